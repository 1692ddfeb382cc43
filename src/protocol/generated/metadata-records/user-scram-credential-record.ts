// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: UserScramCredentialRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfBytes } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface UserScramCredentialRecord {
  /** Name: versions 0+ */
  name: string
  /** Mechanism: versions 0+ */
  mechanism: number
  /** Salt: versions 0+ */
  salt: Buffer
  /** StoredKey: versions 0+ */
  storedKey: Buffer
  /** ServerKey: versions 0+ */
  serverKey: Buffer
  /** Iterations: versions 0+ */
  iterations: number
}

export function defaultUserScramCredentialRecord (): UserScramCredentialRecord {
  return { name: "", mechanism: 0, salt: EMPTY_BYTES, storedKey: EMPTY_BYTES, serverKey: EMPTY_BYTES, iterations: 0 }
}

function readUserScramCredentialRecord (r: Reader, _version: number, flexible: boolean): UserScramCredentialRecord {
  const m: UserScramCredentialRecord = { name: "", mechanism: 0, salt: EMPTY_BYTES, storedKey: EMPTY_BYTES, serverKey: EMPTY_BYTES, iterations: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.mechanism = r.readInt8()
  m.salt = (flexible ? r.readCompactBytes() : r.readBytes())
  m.storedKey = (flexible ? r.readCompactBytes() : r.readBytes())
  m.serverKey = (flexible ? r.readCompactBytes() : r.readBytes())
  m.iterations = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUserScramCredentialRecord (m: UserScramCredentialRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 1
  size += sizeOfBytes(m.salt, flexible)
  size += sizeOfBytes(m.storedKey, flexible)
  size += sizeOfBytes(m.serverKey, flexible)
  size += 4
  if (flexible) size += 1
  return size
}

function putUserScramCredentialRecord (w: Writer, m: UserScramCredentialRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt8(m.mechanism)
  if (flexible) w.writeCompactBytes(m.salt); else w.writeBytes(m.salt)
  if (flexible) w.writeCompactBytes(m.storedKey); else w.writeBytes(m.storedKey)
  if (flexible) w.writeCompactBytes(m.serverKey); else w.writeBytes(m.serverKey)
  w.writeInt32(m.iterations)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UserScramCredentialRecord: valid versions 0-0, flexible 0+. */
export const UserScramCredentialRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeUserScramCredentialRecord (r: Reader, version: number): UserScramCredentialRecord {
  return readUserScramCredentialRecord(r, version, true)
}

export function sizeOfUserScramCredentialRecord (m: UserScramCredentialRecord, version: number): number {
  return sizeUserScramCredentialRecord(m, version, true)
}

export function writeUserScramCredentialRecord (w: Writer, m: UserScramCredentialRecord, version: number): void {
  putUserScramCredentialRecord(w, m, version, true)
}
