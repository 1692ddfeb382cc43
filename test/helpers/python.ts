// Runs a python script with the Debian python3 (confluent-kafka, kafka-python) for real-client tests.
// The child dies with the test (child-processes.ts), also when it fails or times out, and a missing
// interpreter is an error at once (spawn's 'error'), never a hang.
import { runChild } from './child-processes.ts'

/** Runs `script` (python source) with `args`; resolves with its stderr, then its stdout (whose last line stays last). */
export async function runPython (script: string, args: readonly string[], timeoutMs: number): Promise<string> {
  const result = await runChild('/usr/bin/python3', ['-c', script, ...args], { timeoutMs })
  const text = `${result.stderr}${result.stdout}`
  if (result.signal !== null) throw new Error(`python did not finish in ${timeoutMs} ms (${result.signal}): ${text}`)
  return text
}
