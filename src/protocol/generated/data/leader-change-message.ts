// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: LeaderChangeMessage.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface LeaderChangeMessageVoter {
  /** VoterId: versions 0+ */
  voterId: number
}

export interface LeaderChangeMessage {
  /** Version: versions 0+ */
  version: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** Voters: versions 0+ */
  voters: LeaderChangeMessageVoter[]
  /** GrantingVoters: versions 0+ */
  grantingVoters: LeaderChangeMessageVoter[]
}

export function defaultLeaderChangeMessageVoter (): LeaderChangeMessageVoter {
  return { voterId: 0 }
}

function readLeaderChangeMessageVoter (r: Reader, _version: number, flexible: boolean): LeaderChangeMessageVoter {
  const m: LeaderChangeMessageVoter = { voterId: 0 }
  m.voterId = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderChangeMessageVoter (_m: LeaderChangeMessageVoter, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (flexible) size += 1
  return size
}

function putLeaderChangeMessageVoter (w: Writer, m: LeaderChangeMessageVoter, _version: number, flexible: boolean): void {
  w.writeInt32(m.voterId)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaderChangeMessage (): LeaderChangeMessage {
  return { version: 0, leaderId: 0, voters: [], grantingVoters: [] }
}

function readLeaderChangeMessage (r: Reader, version: number, flexible: boolean): LeaderChangeMessage {
  const m: LeaderChangeMessage = { version: 0, leaderId: 0, voters: [], grantingVoters: [] }
  m.version = r.readInt16()
  m.leaderId = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Voters is null but not nullable in this version')
    const items: LeaderChangeMessageVoter[] = []
    for (let i = 0; i < n; i++) items.push(readLeaderChangeMessageVoter(r, version, flexible))
    m.voters = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('GrantingVoters is null but not nullable in this version')
    const items: LeaderChangeMessageVoter[] = []
    for (let i = 0; i < n; i++) items.push(readLeaderChangeMessageVoter(r, version, flexible))
    m.grantingVoters = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderChangeMessage (m: LeaderChangeMessage, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 4
  {
    size += sizeOfArrayLength(m.voters.length, flexible)
    for (const item of m.voters) size += sizeLeaderChangeMessageVoter(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.grantingVoters.length, flexible)
    for (const item of m.grantingVoters) size += sizeLeaderChangeMessageVoter(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putLeaderChangeMessage (w: Writer, m: LeaderChangeMessage, version: number, flexible: boolean): void {
  w.writeInt16(m.version)
  w.writeInt32(m.leaderId)
  w.writeArrayLength(m.voters.length, flexible)
  for (const item of m.voters) { putLeaderChangeMessageVoter(w, item, version, flexible) }
  w.writeArrayLength(m.grantingVoters.length, flexible)
  for (const item of m.grantingVoters) { putLeaderChangeMessageVoter(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** LeaderChangeMessage: valid versions 0-0, flexible 0+. */
export const LeaderChangeMessageVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeLeaderChangeMessage (r: Reader, version: number): LeaderChangeMessage {
  return readLeaderChangeMessage(r, version, true)
}

export function sizeOfLeaderChangeMessage (m: LeaderChangeMessage, version: number): number {
  return sizeLeaderChangeMessage(m, version, true)
}

export function writeLeaderChangeMessage (w: Writer, m: LeaderChangeMessage, version: number): void {
  putLeaderChangeMessage(w, m, version, true)
}
