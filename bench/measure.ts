// Timing helpers shared by the benchmarks: run a body repeatedly for a fixed time and report rates.
import { closeSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'

export function nowNs (): bigint {
  return process.hrtime.bigint()
}

/** Runs `body` (which returns the bytes it processed) for about `durationMs`; returns MB/s and ops/s. */
export function measureSync (durationMs: number, body: () => number): { mbPerSec: number, opsPerSec: number } {
  for (let i = 0; i < 200; i++) body() // warm-up: let the JIT settle
  let bytes = 0
  let ops = 0
  const start = nowNs()
  const end = start + BigInt(durationMs) * 1_000_000n
  let now = start
  while (now < end) {
    for (let i = 0; i < 50; i++) { bytes += body(); ops++ }
    now = nowNs()
  }
  const seconds = Number(now - start) / 1e9
  return { mbPerSec: bytes / seconds / 1e6, opsPerSec: ops / seconds }
}

export function fmt (n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile (values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))]!
}

/**
 * The raw fsync rate of the disk under `dir`: a 4 KiB write then fsync, in a loop for about
 * `durationMs`. The baseline for anything that must fsync before it answers (the @metadata log).
 */
export function fsyncRate (dir: string, durationMs: number): number {
  const path = join(dir, `.fsync-probe-${process.pid}`)
  const fd = openSync(path, 'w')
  const block = Buffer.alloc(4096, 1)
  try {
    let n = 0
    const start = nowNs()
    const end = start + BigInt(durationMs) * 1_000_000n
    let now = start
    while (now < end) {
      writeSync(fd, block)
      fsyncSync(fd)
      n++
      now = nowNs()
    }
    return n / (Number(now - start) / 1e9)
  } finally {
    closeSync(fd)
    unlinkSync(path)
  }
}
