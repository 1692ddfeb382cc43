// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RemoveDelegationTokenRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface RemoveDelegationTokenRecord {
  /** TokenId: versions 0+ */
  tokenId: string
}

export function defaultRemoveDelegationTokenRecord (): RemoveDelegationTokenRecord {
  return { tokenId: "" }
}

function readRemoveDelegationTokenRecord (r: Reader, _version: number, flexible: boolean): RemoveDelegationTokenRecord {
  const m: RemoveDelegationTokenRecord = { tokenId: "" }
  m.tokenId = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRemoveDelegationTokenRecord (m: RemoveDelegationTokenRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.tokenId, flexible)
  if (flexible) size += 1
  return size
}

function putRemoveDelegationTokenRecord (w: Writer, m: RemoveDelegationTokenRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.tokenId); else w.writeString(m.tokenId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RemoveDelegationTokenRecord: valid versions 0-0, flexible 0+. */
export const RemoveDelegationTokenRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeRemoveDelegationTokenRecord (r: Reader, version: number): RemoveDelegationTokenRecord {
  return readRemoveDelegationTokenRecord(r, version, true)
}

export function sizeOfRemoveDelegationTokenRecord (m: RemoveDelegationTokenRecord, version: number): number {
  return sizeRemoveDelegationTokenRecord(m, version, true)
}

export function writeRemoveDelegationTokenRecord (w: Writer, m: RemoveDelegationTokenRecord, version: number): void {
  putRemoveDelegationTokenRecord(w, m, version, true)
}
