// Consumer-group members as real client processes (kafkajs, librdkafka through python
// confluent-kafka, kafka-python) that print one JSON line per event, so a test can follow their
// assignments and kill them for real.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

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

/** `sessionTimeoutMs` (default 3000) is the member's session timeout; its heartbeat is a tenth of it. */
export function startMember (client: MemberClient, bootstrap: string, groupId: string, topic: string, sessionTimeoutMs = 3000): MemberProcess {
  const options = { stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEMBER_SESSION_TIMEOUT_MS: String(sessionTimeoutMs) } }
  const child = client === 'kafkajs'
    ? spawn(process.execPath, ['--import', 'tsx', 'test/interop/kafkajs-member.ts', bootstrap, groupId, topic], options)
    : spawn('/usr/bin/python3', ['test/interop/group_scenarios.py', client === 'librdkafka' ? 'member' : 'kpmember', bootstrap, topic, groupId], options)
  const events: MemberEvent[] = []
  const output: string[] = []
  const listeners = new Set<() => void>()
  const exited = new Promise<void>((resolve) => child.on('exit', () => { resolve(); for (const l of listeners) l() }))
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
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`${client} member: condition not met in ${timeoutMs} ms; output:\n${output.slice(-20).join('\n')}`)) }, timeoutMs)
        const check = (): void => {
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
