// Cleanup when this test process ends: on exit, and on SIGINT/SIGTERM/SIGHUP, after which the signal's
// default action runs again (a listener would otherwise cancel it) unless another listener remains to
// decide. Cleanups must be synchronous: an exit handler cannot wait.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/** `first`: run before the listeners already installed (e.g. before the ones that kill the nodes). */
export function onProcessEnd (cleanup: () => void, options: { readonly first?: boolean } = {}): void {
  if (options.first === true) process.prependListener('exit', cleanup)
  else process.on('exit', cleanup)
  for (const signal of SIGNALS) {
    const listener = (): void => {
      cleanup()
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    }
    if (options.first === true) process.prependOnceListener(signal, listener)
    else process.once(signal, listener)
  }
}
