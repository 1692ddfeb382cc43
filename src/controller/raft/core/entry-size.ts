// Sizes of entries as the limits count them (maxSizePerMsg, maxInflightBytes, Ready pagination).
import type { Entry } from './types.ts'

/** What an entry costs on the wire beyond its payload: term, index and type, roughly as encoded. */
export const ENTRY_OVERHEAD_BYTES = 16

export function entrySizeBytes (entry: Entry): number {
  return entry.data.byteLength + ENTRY_OVERHEAD_BYTES
}

/** Payload bytes only: what the uncommitted-bytes quota counts (an empty entry costs nothing). */
export function payloadBytes (entries: ReadonlyArray<{ readonly data: Uint8Array }>): number {
  let total = 0
  for (const e of entries) total += e.data.byteLength
  return total
}

export function entriesSizeBytes (entries: readonly Entry[]): number {
  let total = 0
  for (const e of entries) total += entrySizeBytes(e)
  return total
}

/**
 * The longest prefix of `entries` within `maxBytes`, but never fewer than one entry: a single
 * entry larger than the limit must still be able to travel, or replication would stall on it.
 */
export function limitSize (entries: readonly Entry[], maxBytes: number): readonly Entry[] {
  if (entries.length === 0) return entries
  let size = entrySizeBytes(entries[0]!)
  let limit = 1
  for (; limit < entries.length; limit++) {
    size += entrySizeBytes(entries[limit]!)
    if (size > maxBytes) break
  }
  return limit === entries.length ? entries : entries.slice(0, limit)
}
