// Timing helpers shared by the benchmarks: run a body repeatedly for a fixed time and report rates.

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
