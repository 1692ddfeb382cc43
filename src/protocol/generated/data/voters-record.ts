// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: VotersRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface VotersRecordEndpoint {
  /** Name: versions 0+ */
  name: string
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
}

export interface VotersRecordKRaftVersionFeature {
  /** MinSupportedVersion: versions 0+ */
  minSupportedVersion: number
  /** MaxSupportedVersion: versions 0+ */
  maxSupportedVersion: number
}

export interface VotersRecordVoter {
  /** VoterId: versions 0+ */
  voterId: number
  /** VoterDirectoryId: versions 0+ */
  voterDirectoryId: string
  /** Endpoints: versions 0+ */
  endpoints: VotersRecordEndpoint[]
  /** KRaftVersionFeature: versions 0+ */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature
}

export interface VotersRecord {
  /** Version: versions 0+ */
  version: number
  /** Voters: versions 0+ */
  voters: VotersRecordVoter[]
}

export function defaultVotersRecordEndpoint (): VotersRecordEndpoint {
  return { name: "", host: "", port: 0 }
}

function readVotersRecordEndpoint (r: Reader, _version: number, flexible: boolean): VotersRecordEndpoint {
  const m: VotersRecordEndpoint = { name: "", host: "", port: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readUInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVotersRecordEndpoint (m: VotersRecordEndpoint, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfString(m.host, flexible)
  size += 2
  if (flexible) size += 1
  return size
}

function putVotersRecordEndpoint (w: Writer, m: VotersRecordEndpoint, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeUInt16(m.port)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVotersRecordKRaftVersionFeature (): VotersRecordKRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readVotersRecordKRaftVersionFeature (r: Reader, _version: number, flexible: boolean): VotersRecordKRaftVersionFeature {
  const m: VotersRecordKRaftVersionFeature = { minSupportedVersion: 0, maxSupportedVersion: 0 }
  m.minSupportedVersion = r.readInt16()
  m.maxSupportedVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVotersRecordKRaftVersionFeature (_m: VotersRecordKRaftVersionFeature, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putVotersRecordKRaftVersionFeature (w: Writer, m: VotersRecordKRaftVersionFeature, _version: number, flexible: boolean): void {
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVotersRecordVoter (): VotersRecordVoter {
  return { voterId: 0, voterDirectoryId: ZERO_UUID, endpoints: [], kRaftVersionFeature: defaultVotersRecordKRaftVersionFeature() }
}

function readVotersRecordVoter (r: Reader, version: number, flexible: boolean): VotersRecordVoter {
  const m: VotersRecordVoter = { voterId: 0, voterDirectoryId: ZERO_UUID, endpoints: [], kRaftVersionFeature: defaultVotersRecordKRaftVersionFeature() }
  m.voterId = r.readInt32()
  m.voterDirectoryId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Endpoints is null but not nullable in this version')
    const items: VotersRecordEndpoint[] = []
    for (let i = 0; i < n; i++) items.push(readVotersRecordEndpoint(r, version, flexible))
    m.endpoints = items
  }
  m.kRaftVersionFeature = readVotersRecordKRaftVersionFeature(r, version, flexible)
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVotersRecordVoter (m: VotersRecordVoter, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 16
  {
    size += sizeOfArrayLength(m.endpoints.length, flexible)
    for (const item of m.endpoints) size += sizeVotersRecordEndpoint(item, version, flexible)
  }
  size += sizeVotersRecordKRaftVersionFeature(m.kRaftVersionFeature, version, flexible)
  if (flexible) size += 1
  return size
}

function putVotersRecordVoter (w: Writer, m: VotersRecordVoter, version: number, flexible: boolean): void {
  w.writeInt32(m.voterId)
  w.writeUuid(m.voterDirectoryId)
  w.writeArrayLength(m.endpoints.length, flexible)
  for (const item of m.endpoints) { putVotersRecordEndpoint(w, item, version, flexible) }
  putVotersRecordKRaftVersionFeature(w, m.kRaftVersionFeature, version, flexible)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVotersRecord (): VotersRecord {
  return { version: 0, voters: [] }
}

function readVotersRecord (r: Reader, version: number, flexible: boolean): VotersRecord {
  const m: VotersRecord = { version: 0, voters: [] }
  m.version = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Voters is null but not nullable in this version')
    const items: VotersRecordVoter[] = []
    for (let i = 0; i < n; i++) items.push(readVotersRecordVoter(r, version, flexible))
    m.voters = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVotersRecord (m: VotersRecord, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.voters.length, flexible)
    for (const item of m.voters) size += sizeVotersRecordVoter(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putVotersRecord (w: Writer, m: VotersRecord, version: number, flexible: boolean): void {
  w.writeInt16(m.version)
  w.writeArrayLength(m.voters.length, flexible)
  for (const item of m.voters) { putVotersRecordVoter(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** VotersRecord: valid versions 0-0, flexible 0+. */
export const VotersRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeVotersRecord (r: Reader, version: number): VotersRecord {
  return readVotersRecord(r, version, true)
}

export function sizeOfVotersRecord (m: VotersRecord, version: number): number {
  return sizeVotersRecord(m, version, true)
}

export function writeVotersRecord (w: Writer, m: VotersRecord, version: number): void {
  putVotersRecord(w, m, version, true)
}
