// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RemoveUserScramCredentialRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface RemoveUserScramCredentialRecord {
  /** Name: versions 0+ */
  name: string
  /** Mechanism: versions 0+ */
  mechanism: number
}

export function defaultRemoveUserScramCredentialRecord (): RemoveUserScramCredentialRecord {
  return { name: "", mechanism: 0 }
}

function readRemoveUserScramCredentialRecord (r: Reader, _version: number, flexible: boolean): RemoveUserScramCredentialRecord {
  const m: RemoveUserScramCredentialRecord = { name: "", mechanism: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.mechanism = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRemoveUserScramCredentialRecord (m: RemoveUserScramCredentialRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 1
  if (flexible) size += 1
  return size
}

function putRemoveUserScramCredentialRecord (w: Writer, m: RemoveUserScramCredentialRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt8(m.mechanism)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RemoveUserScramCredentialRecord: valid versions 0-0, flexible 0+. */
export const RemoveUserScramCredentialRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeRemoveUserScramCredentialRecord (r: Reader, version: number): RemoveUserScramCredentialRecord {
  return readRemoveUserScramCredentialRecord(r, version, true)
}

export function sizeOfRemoveUserScramCredentialRecord (m: RemoveUserScramCredentialRecord, version: number): number {
  return sizeRemoveUserScramCredentialRecord(m, version, true)
}

export function writeRemoveUserScramCredentialRecord (w: Writer, m: RemoveUserScramCredentialRecord, version: number): void {
  putRemoveUserScramCredentialRecord(w, m, version, true)
}
