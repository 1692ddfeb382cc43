// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: SaslHandshakeRequest.json, SaslHandshakeResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface SaslHandshakeRequest {
  /** Mechanism: versions 0+ */
  mechanism: string
}

export function defaultSaslHandshakeRequest (): SaslHandshakeRequest {
  return { mechanism: "" }
}

function readSaslHandshakeRequest (r: Reader, _version: number, flexible: boolean): SaslHandshakeRequest {
  const m: SaslHandshakeRequest = { mechanism: "" }
  m.mechanism = (flexible ? r.readCompactString() : r.readString())
  return m
}

function sizeSaslHandshakeRequest (m: SaslHandshakeRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.mechanism, flexible)
  return size
}

function putSaslHandshakeRequest (w: Writer, m: SaslHandshakeRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.mechanism); else w.writeString(m.mechanism)
}

/** SaslHandshakeRequest: valid versions 0-1, never flexible. */
export const SaslHandshakeRequestVersions = { min: 0, max: 1, flexibleMin: -1 } as const

export function decodeSaslHandshakeRequest (r: Reader, version: number): SaslHandshakeRequest {
  return readSaslHandshakeRequest(r, version, false)
}

export function sizeOfSaslHandshakeRequest (m: SaslHandshakeRequest, version: number): number {
  return sizeSaslHandshakeRequest(m, version, false)
}

export function writeSaslHandshakeRequest (w: Writer, m: SaslHandshakeRequest, version: number): void {
  putSaslHandshakeRequest(w, m, version, false)
}

export interface SaslHandshakeResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Mechanisms: versions 0+ */
  mechanisms: string[]
}

export function defaultSaslHandshakeResponse (): SaslHandshakeResponse {
  return { errorCode: 0, mechanisms: [] }
}

function readSaslHandshakeResponse (r: Reader, _version: number, flexible: boolean): SaslHandshakeResponse {
  const m: SaslHandshakeResponse = { errorCode: 0, mechanisms: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Mechanisms is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.mechanisms = items
  }
  return m
}

function sizeSaslHandshakeResponse (m: SaslHandshakeResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.mechanisms.length, flexible)
    for (const item of m.mechanisms) size += sizeOfString(item, flexible)
  }
  return size
}

function putSaslHandshakeResponse (w: Writer, m: SaslHandshakeResponse, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.mechanisms.length, flexible)
  for (const item of m.mechanisms) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
}

/** SaslHandshakeResponse: valid versions 0-1, never flexible. */
export const SaslHandshakeResponseVersions = { min: 0, max: 1, flexibleMin: -1 } as const

export function decodeSaslHandshakeResponse (r: Reader, version: number): SaslHandshakeResponse {
  return readSaslHandshakeResponse(r, version, false)
}

export function sizeOfSaslHandshakeResponse (m: SaslHandshakeResponse, version: number): number {
  return sizeSaslHandshakeResponse(m, version, false)
}

export function writeSaslHandshakeResponse (w: Writer, m: SaslHandshakeResponse, version: number): void {
  putSaslHandshakeResponse(w, m, version, false)
}
