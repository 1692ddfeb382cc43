// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DefaultPrincipalData.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface DefaultPrincipalData {
  /** Type: versions 0+ */
  type: string
  /** Name: versions 0+ */
  name: string
  /** TokenAuthenticated: versions 0+ */
  tokenAuthenticated: boolean
}

export function defaultDefaultPrincipalData (): DefaultPrincipalData {
  return { type: "", name: "", tokenAuthenticated: false }
}

function readDefaultPrincipalData (r: Reader, _version: number, flexible: boolean): DefaultPrincipalData {
  const m: DefaultPrincipalData = { type: "", name: "", tokenAuthenticated: false }
  m.type = (flexible ? r.readCompactString() : r.readString())
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.tokenAuthenticated = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDefaultPrincipalData (m: DefaultPrincipalData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.type, flexible)
  size += sizeOfString(m.name, flexible)
  size += 1
  if (flexible) size += 1
  return size
}

function putDefaultPrincipalData (w: Writer, m: DefaultPrincipalData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.type); else w.writeString(m.type)
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeBoolean(m.tokenAuthenticated)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DefaultPrincipalData: valid versions 0-0, flexible 0+. */
export const DefaultPrincipalDataVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDefaultPrincipalData (r: Reader, version: number): DefaultPrincipalData {
  return readDefaultPrincipalData(r, version, true)
}

export function sizeOfDefaultPrincipalData (m: DefaultPrincipalData, version: number): number {
  return sizeDefaultPrincipalData(m, version, true)
}

export function writeDefaultPrincipalData (w: Writer, m: DefaultPrincipalData, version: number): void {
  putDefaultPrincipalData(w, m, version, true)
}
