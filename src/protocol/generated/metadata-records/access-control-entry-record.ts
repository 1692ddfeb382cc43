// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AccessControlEntryRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface AccessControlEntryRecord {
  /** Id: versions 0+ */
  id: string
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** PatternType: versions 0+ */
  patternType: number
  /** Principal: versions 0+ */
  principal: string
  /** Host: versions 0+ */
  host: string
  /** Operation: versions 0+ */
  operation: number
  /** PermissionType: versions 0+ */
  permissionType: number
}

export function defaultAccessControlEntryRecord (): AccessControlEntryRecord {
  return { id: ZERO_UUID, resourceType: 0, resourceName: "", patternType: 0, principal: "", host: "", operation: 0, permissionType: 0 }
}

function readAccessControlEntryRecord (r: Reader, _version: number, flexible: boolean): AccessControlEntryRecord {
  const m: AccessControlEntryRecord = { id: ZERO_UUID, resourceType: 0, resourceName: "", patternType: 0, principal: "", host: "", operation: 0, permissionType: 0 }
  m.id = r.readUuid()
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  m.patternType = r.readInt8()
  m.principal = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.operation = r.readInt8()
  m.permissionType = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAccessControlEntryRecord (m: AccessControlEntryRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  size += 1
  size += sizeOfString(m.principal, flexible)
  size += sizeOfString(m.host, flexible)
  size += 1
  size += 1
  if (flexible) size += 1
  return size
}

function putAccessControlEntryRecord (w: Writer, m: AccessControlEntryRecord, _version: number, flexible: boolean): void {
  w.writeUuid(m.id)
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  w.writeInt8(m.patternType)
  if (flexible) w.writeCompactString(m.principal); else w.writeString(m.principal)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AccessControlEntryRecord: valid versions 0-0, flexible 0+. */
export const AccessControlEntryRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAccessControlEntryRecord (r: Reader, version: number): AccessControlEntryRecord {
  return readAccessControlEntryRecord(r, version, true)
}

export function sizeOfAccessControlEntryRecord (m: AccessControlEntryRecord, version: number): number {
  return sizeAccessControlEntryRecord(m, version, true)
}

export function writeAccessControlEntryRecord (w: Writer, m: AccessControlEntryRecord, version: number): void {
  putAccessControlEntryRecord(w, m, version, true)
}
