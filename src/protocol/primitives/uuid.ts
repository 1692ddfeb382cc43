// Kafka's Uuid in its text form: the 16 bytes in base64url without padding (22 characters), as
// Kafka's Uuid.toString() prints topic ids. The all-zero uuid means "no id".

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'

export function uuidFromBytes (buf: Buffer, offset: number): string {
  return buf.toString('base64url', offset, offset + 16)
}

/** Writes a uuid given in text form; throws on anything that is not 16 bytes of base64url. */
export function writeUuidBytes (uuid: string, buf: Buffer, offset: number): void {
  if (uuid.length !== 22) throw new TypeError(`not a Kafka uuid: ${uuid}`)
  const written = buf.write(uuid, offset, 16, 'base64url')
  if (written !== 16) throw new TypeError(`not a Kafka uuid: ${uuid}`)
}

export function isUuid (text: string): boolean {
  return text.length === 22 && /^[A-Za-z0-9_-]{21}[AQgw]$/.test(text)
}
