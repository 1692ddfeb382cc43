// One record of the @metadata log: its type (KRaft's apiKey of the record), the version it is
// encoded in, and its data. Framed as KRaft frames them: unsigned varint type, unsigned varint
// version, then the record body (flexible encoding).
import { Reader, DecodeError } from '../../protocol/primitives/reader.ts'
import { Writer, sizeOfUnsignedVarInt } from '../../protocol/primitives/writer.ts'
import { METADATA_RECORD_CODECS, MetadataRecordType, type MetadataRecordMap, type MetadataRecordCodec } from '../../protocol/generated/metadata-records/index.ts'

export type MetadataRecordTypeId = keyof MetadataRecordMap

export type MetadataRecord = {
  [K in MetadataRecordTypeId]: { readonly type: K, readonly data: MetadataRecordMap[K] }
}[MetadataRecordTypeId]

/** Builds a record of `type`, encoded at that type's latest version. */
export function record<K extends MetadataRecordTypeId> (type: K, data: MetadataRecordMap[K]): { readonly type: K, readonly data: MetadataRecordMap[K] } {
  return { type, data }
}

function codecOf (type: number): MetadataRecordCodec<unknown> | undefined {
  return (METADATA_RECORD_CODECS as unknown as Record<number, MetadataRecordCodec<unknown> | undefined>)[type]
}

export function sizeOfMetadataRecord (r: MetadataRecord): number {
  const codec = codecOf(r.type)!
  return sizeOfUnsignedVarInt(r.type) + sizeOfUnsignedVarInt(codec.latestVersion) + codec.sizeOf(r.data, codec.latestVersion)
}

export function writeMetadataRecord (w: Writer, r: MetadataRecord): void {
  const codec = codecOf(r.type)!
  w.writeUnsignedVarInt(r.type)
  w.writeUnsignedVarInt(codec.latestVersion)
  codec.write(w, r.data, codec.latestVersion)
}

export function readMetadataRecord (reader: Reader): MetadataRecord {
  const type = reader.readUnsignedVarInt()
  const version = reader.readUnsignedVarInt()
  const codec = codecOf(type)
  if (codec === undefined) throw new DecodeError(`unknown @metadata record type ${type}`)
  if (version > codec.latestVersion) throw new DecodeError(`@metadata record type ${type} version ${version} is newer than this node knows (${codec.latestVersion})`)
  const r = { type, data: codec.decode(reader, version) } as MetadataRecord
  // Version 0 of Rivulet's OffsetCommitRecord removed the offset when it was negative; version 1
  // stores any offset as sent and marks a removal with Removed (see its spec).
  if (r.type === MetadataRecordType.OffsetCommit && version === 0 && r.data.offset < 0n) r.data.removed = true
  return r
}

/** Records encoded back to back (one log entry holds a batch of them). */
export function encodeMetadataRecords (records: readonly MetadataRecord[]): Buffer {
  let size = 0
  for (const r of records) size += sizeOfMetadataRecord(r)
  const w = Writer.alloc(size)
  for (const r of records) writeMetadataRecord(w, r)
  return w.buf
}

export function decodeMetadataRecords (bytes: Buffer): MetadataRecord[] {
  const reader = new Reader(bytes)
  const out: MetadataRecord[] = []
  while (reader.remaining() > 0) out.push(readMetadataRecord(reader))
  return out
}
