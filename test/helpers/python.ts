// Runs a python script with the Debian python3 (confluent-kafka, kafka-python) for real-client tests.
// The child is killed when the test is done with it, also when it fails or times out, and a missing
// interpreter is an error at once (spawn's 'error'), never a hang.
import { spawn } from 'node:child_process'

/** Runs `script` (python source) with `args`; resolves with stdout and stderr together. */
export async function runPython (script: string, args: readonly string[], timeoutMs: number): Promise<string> {
  const child = spawn('/usr/bin/python3', ['-c', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    return await new Promise<string>((resolve, reject) => {
      let text = ''
      const timer = setTimeout(() => reject(new Error(`python did not finish in ${timeoutMs} ms: ${text}`)), timeoutMs)
      child.stdout.on('data', (d: Buffer) => { text += d.toString() })
      child.stderr.on('data', (d: Buffer) => { text += d.toString() })
      child.on('error', (err) => { clearTimeout(timer); reject(err) })
      child.on('exit', () => { clearTimeout(timer); resolve(text) })
    })
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
}
