// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DelegationTokenRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DelegationTokenRecord {
  /** Owner: versions 0+ */
  owner: string
  /** Requester: versions 0+ */
  requester: string
  /** Renewers: versions 0+ */
  renewers: string[]
  /** IssueTimestamp: versions 0+ */
  issueTimestamp: bigint
  /** MaxTimestamp: versions 0+ */
  maxTimestamp: bigint
  /** ExpirationTimestamp: versions 0+ */
  expirationTimestamp: bigint
  /** TokenId: versions 0+ */
  tokenId: string
}

export function defaultDelegationTokenRecord (): DelegationTokenRecord {
  return { owner: "", requester: "", renewers: [], issueTimestamp: 0n, maxTimestamp: 0n, expirationTimestamp: 0n, tokenId: "" }
}

function readDelegationTokenRecord (r: Reader, _version: number, flexible: boolean): DelegationTokenRecord {
  const m: DelegationTokenRecord = { owner: "", requester: "", renewers: [], issueTimestamp: 0n, maxTimestamp: 0n, expirationTimestamp: 0n, tokenId: "" }
  m.owner = (flexible ? r.readCompactString() : r.readString())
  m.requester = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Renewers is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.renewers = items
  }
  m.issueTimestamp = r.readInt64()
  m.maxTimestamp = r.readInt64()
  m.expirationTimestamp = r.readInt64()
  m.tokenId = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDelegationTokenRecord (m: DelegationTokenRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.owner, flexible)
  size += sizeOfString(m.requester, flexible)
  {
    size += sizeOfArrayLength(m.renewers.length, flexible)
    for (const item of m.renewers) size += sizeOfString(item, flexible)
  }
  size += 8
  size += 8
  size += 8
  size += sizeOfString(m.tokenId, flexible)
  if (flexible) size += 1
  return size
}

function putDelegationTokenRecord (w: Writer, m: DelegationTokenRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.owner); else w.writeString(m.owner)
  if (flexible) w.writeCompactString(m.requester); else w.writeString(m.requester)
  w.writeArrayLength(m.renewers.length, flexible)
  for (const item of m.renewers) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  w.writeInt64(m.issueTimestamp)
  w.writeInt64(m.maxTimestamp)
  w.writeInt64(m.expirationTimestamp)
  if (flexible) w.writeCompactString(m.tokenId); else w.writeString(m.tokenId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DelegationTokenRecord: valid versions 0-0, flexible 0+. */
export const DelegationTokenRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDelegationTokenRecord (r: Reader, version: number): DelegationTokenRecord {
  return readDelegationTokenRecord(r, version, true)
}

export function sizeOfDelegationTokenRecord (m: DelegationTokenRecord, version: number): number {
  return sizeDelegationTokenRecord(m, version, true)
}

export function writeDelegationTokenRecord (w: Writer, m: DelegationTokenRecord, version: number): void {
  putDelegationTokenRecord(w, m, version, true)
}
