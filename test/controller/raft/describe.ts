// Text renderings of the core's data for transcripts (etcd's DescribeMessage and friends, our
// own format): stable, compact, one line per message or entry.
import { decodeConfChange } from '../../../src/controller/raft/core/conf-change.ts'
import type { Ready } from '../../../src/controller/raft/core/ready.ts'
import { ConfChangeType, EntryType, MessageType, type ConfState, type Entry, type HardState, type Message, type Snapshot } from '../../../src/controller/raft/core/types.ts'

const MESSAGE_NAMES = new Map<number, string>(Object.entries(MessageType).map(([name, type]) => [type, `Msg${name}`]))
const decoder = new TextDecoder()

export function describeEntry (e: Entry): string {
  if (e.type === EntryType.ConfChange) {
    const cc = decodeConfChange(e.data)
    const kind = cc.type === ConfChangeType.AddVoter ? 'v' : cc.type === ConfChangeType.AddLearner ? 'l' : 'r'
    return `${e.term}/${e.index} EntryConfChange ${kind}${cc.nodeId}`
  }
  return `${e.term}/${e.index} EntryNormal ${JSON.stringify(decoder.decode(e.data))}`
}

export function describeConfState (c: ConfState): string {
  return `Voters:[${c.voters.join(' ')}] Learners:[${c.learners.join(' ')}]`
}

export function describeSnapshot (s: Snapshot): string {
  return `Index:${s.metadata.index} Term:${s.metadata.term} ConfState:${describeConfState(s.metadata.confState)}`
}

export function describeHardState (h: HardState): string {
  return `Term:${h.term} Vote:${h.vote} Commit:${h.commit}`
}

export function describeMessage (m: Message): string {
  let s = `${m.from}->${m.to} ${MESSAGE_NAMES.get(m.type) ?? `Msg${m.type}`} Term:${m.term} Log:${m.logTerm}/${m.index}`
  if (m.reject) s += ` Rejected (Hint: ${m.rejectHint})`
  if (m.commit !== 0) s += ` Commit:${m.commit}`
  if (m.entries.length > 0) s += ` Entries:[${m.entries.map(describeEntry).join(', ')}]`
  if (m.snapshot !== null) s += ` Snapshot: ${describeSnapshot(m.snapshot)}`
  if (m.context.byteLength > 0) s += ' (transfer)'
  return s
}

export function describeReady (rd: Ready): string[] {
  const lines: string[] = []
  if (rd.hardState !== null) lines.push(`HardState ${describeHardState(rd.hardState)}`)
  if (rd.entries.length > 0) lines.push('Entries:', ...rd.entries.map((e) => `  ${describeEntry(e)}`))
  if (rd.snapshot !== null) lines.push(`Snapshot ${describeSnapshot(rd.snapshot)}`)
  if (rd.committedEntries.length > 0) lines.push('CommittedEntries:', ...rd.committedEntries.map((e) => `  ${describeEntry(e)}`))
  if (rd.messages.length > 0) lines.push('Messages:', ...rd.messages.map((m) => `  ${describeMessage(m)}`))
  if (rd.mustSync) lines.push('MustSync')
  return lines
}
