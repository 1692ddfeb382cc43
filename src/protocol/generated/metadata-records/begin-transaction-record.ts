// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: BeginTransactionRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfNullableString } from '../../primitives/writer.ts'

export interface BeginTransactionRecord {
  /** Name: versions 0+, tag 0 */
  name: string | null
}

export function defaultBeginTransactionRecord (): BeginTransactionRecord {
  return { name: null }
}

function readBeginTransactionRecord (r: Reader, _version: number, flexible: boolean): BeginTransactionRecord {
  const m: BeginTransactionRecord = { name: null }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          m.name = r.readCompactNullableString()
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeBeginTransactionRecord (m: BeginTransactionRecord, _version: number, flexible: boolean): number {
  let size = 0
  if (flexible) {
    let count = 0
    if (!(m.name === null)) {
      count++
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.name, true)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putBeginTransactionRecord (w: Writer, m: BeginTransactionRecord, _version: number, flexible: boolean): void {
  if (flexible) {
    let count = 0
    if (!(m.name === null)) count++
    w.writeUnsignedVarInt(count)
    if (!(m.name === null)) {
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.name, true)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeCompactNullableString(m.name)
    }
  }
}

/** BeginTransactionRecord: valid versions 0-0, flexible 0+. */
export const BeginTransactionRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeBeginTransactionRecord (r: Reader, version: number): BeginTransactionRecord {
  return readBeginTransactionRecord(r, version, true)
}

export function sizeOfBeginTransactionRecord (m: BeginTransactionRecord, version: number): number {
  return sizeBeginTransactionRecord(m, version, true)
}

export function writeBeginTransactionRecord (w: Writer, m: BeginTransactionRecord, version: number): void {
  putBeginTransactionRecord(w, m, version, true)
}
