// Consumer-group members as real client processes (kafkajs, librdkafka through python
// confluent-kafka, kafka-python) that print one JSON line per event, so a test can follow their
// assignments and kill them for real. A member that cannot start (its client is not installed) fails
// the test's next wait at once.
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { spawnChild } from './child-processes.ts'

export type MemberClient = 'kafkajs' | 'librdkafka' | 'kafka-python'

export interface MemberEvent {
  readonly event: string
  readonly owned?: number[]
  readonly partition?: number
  readonly offset?: number
}

export interface MemberProcess {
  readonly client: MemberClient
  readonly child: ChildProcess
  readonly events: MemberEvent[]
  readonly output: string[]
  readonly exited: Promise<void>
  /** The partitions it owns after its last assignment event. */
  owned (): number[]
  waitFor (predicate: (events: readonly MemberEvent[]) => boolean, timeoutMs: number): Promise<void>
}

/** `sessionTimeoutMs` (default 3000) is the member's session timeout; its heartbeat is a tenth of it. `env` goes to the member process. */
export function startMember (client: MemberClient, bootstrap: string, groupId: string, topic: string, sessionTimeoutMs = 3000, env: Readonly<Record<string, string>> = {}): MemberProcess {
  const options = { env: { ...process.env, ...env, MEMBER_SESSION_TIMEOUT_MS: String(sessionTimeoutMs) } }
  const { child, closed } = client === 'kafkajs'
    ? spawnChild(process.execPath, ['--import', 'tsx', 'test/interop/kafkajs-member.ts', bootstrap, groupId, topic], options)
    : spawnChild('/usr/bin/python3', ['test/interop/group_scenarios.py', client === 'librdkafka' ? 'member' : 'kpmember', bootstrap, topic, groupId], options)
  const events: MemberEvent[] = []
  const output: string[] = []
  const listeners = new Set<() => void>()
  let failure: Error | null = null
  const exited = closed.then(() => {}, (err: Error) => { failure = err }).then(() => { for (const l of listeners) l() })
  createInterface({ input: child.stdout! }).on('line', (line) => {
    output.push(line)
    try {
      events.push(JSON.parse(line) as MemberEvent)
    } catch { /* not an event line */ }
    for (const l of listeners) l()
  })
  createInterface({ input: child.stderr! }).on('line', (line) => output.push(`stderr: ${line}`))
  return {
    client,
    child,
    events,
    output,
    exited,
    owned () {
      const last = [...events].reverse().find((e) => e.event === 'assign' || e.event === 'revoke')
      return last?.event === 'assign' ? last.owned ?? [] : []
    },
    async waitFor (predicate, timeoutMs) {
      if (predicate(events)) return
      if (failure !== null) throw failure
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`${client} member: condition not met in ${timeoutMs} ms; output:\n${output.slice(-20).join('\n')}`)) }, timeoutMs)
        const check = (): void => {
          if (failure !== null) {
            clearTimeout(timer)
            listeners.delete(check)
            reject(failure)
            return
          }
          if (!predicate(events)) return
          clearTimeout(timer)
          listeners.delete(check)
          resolve()
        }
        listeners.add(check)
      })
    }
  }
}
