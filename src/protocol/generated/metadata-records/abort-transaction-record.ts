// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AbortTransactionRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfNullableString } from '../../primitives/writer.ts'

export interface AbortTransactionRecord {
  /** Reason: versions 0+, tag 0 */
  reason: string | null
}

export function defaultAbortTransactionRecord (): AbortTransactionRecord {
  return { reason: null }
}

function readAbortTransactionRecord (r: Reader, _version: number, flexible: boolean): AbortTransactionRecord {
  const m: AbortTransactionRecord = { reason: null }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          m.reason = r.readCompactNullableString()
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeAbortTransactionRecord (m: AbortTransactionRecord, _version: number, flexible: boolean): number {
  let size = 0
  if (flexible) {
    let count = 0
    if (!(m.reason === null)) {
      count++
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.reason, true)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putAbortTransactionRecord (w: Writer, m: AbortTransactionRecord, _version: number, flexible: boolean): void {
  if (flexible) {
    let count = 0
    if (!(m.reason === null)) count++
    w.writeUnsignedVarInt(count)
    if (!(m.reason === null)) {
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.reason, true)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeCompactNullableString(m.reason)
    }
  }
}

/** AbortTransactionRecord: valid versions 0-0, flexible 0+. */
export const AbortTransactionRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAbortTransactionRecord (r: Reader, version: number): AbortTransactionRecord {
  return readAbortTransactionRecord(r, version, true)
}

export function sizeOfAbortTransactionRecord (m: AbortTransactionRecord, version: number): number {
  return sizeAbortTransactionRecord(m, version, true)
}

export function writeAbortTransactionRecord (w: Writer, m: AbortTransactionRecord, version: number): void {
  putAbortTransactionRecord(w, m, version, true)
}
