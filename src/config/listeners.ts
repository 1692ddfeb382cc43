// Parses Kafka listener URIs (`NAME://host:port`), as in `listeners` and `advertised.listeners`.
import { ConfigError } from './config-def.ts'

export interface ListenerAddress {
  readonly name: string
  /** Empty means every interface, as in Kafka. */
  readonly host: string
  readonly port: number
}

export function parseListener (key: string, uri: string): ListenerAddress {
  const match = /^([A-Za-z0-9_]+):\/\/(\[[^\]]*\]|[^:/]*):(\d+)$/.exec(uri.trim())
  if (match === null) throw new ConfigError(key, `Invalid value ${uri} for configuration ${key}: expected NAME://host:port`)
  const port = Number(match[3])
  if (port > 65535) throw new ConfigError(key, `Invalid value ${uri} for configuration ${key}: port ${port} is out of range`)
  const host = match[2]!.startsWith('[') ? match[2]!.slice(1, -1) : match[2]!
  return { name: match[1]!.toUpperCase(), host, port }
}

export function parseListeners (key: string, uris: readonly string[]): ListenerAddress[] {
  const listeners = uris.map((uri) => parseListener(key, uri))
  const names = new Set<string>()
  for (const l of listeners) {
    if (names.has(l.name)) throw new ConfigError(key, `Invalid value ${uris.join(',')} for configuration ${key}: listener name ${l.name} appears twice`)
    names.add(l.name)
  }
  return listeners
}
