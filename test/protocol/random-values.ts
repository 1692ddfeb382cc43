// Seeded random field values for the generated round-trip builders (test/protocol/generated/).
// xorshift128+ over two 32-bit halves is enough here: we need reproducible variety, not quality.

export interface RandomValues {
  bool (): boolean
  int8 (): number
  int16 (): number
  uint16 (): number
  int32 (): number
  uint32 (): number
  int64 (): bigint
  float64 (): number
  string (): string
  bytes (): Buffer
  uuid (): string
  isNull (): boolean
  array<T> (item: () => T): T[]
}

export function seededRandom (seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9
  let b = Math.imul(seed ^ 0x85ebca6b, 0xc2b2ae35) >>> 0 || 0x27d4eb2f
  return () => {
    let t = a ^ (a << 11)
    a = b
    b = (b ^ (b >>> 19)) ^ (t ^ (t >>> 8))
    t = b >>> 0
    return t / 0x100000000
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-é€😀'

export function randomValues (next: () => number, options: { arrayLengthMax?: number, bytesMax?: number } = {}): RandomValues {
  const arrayLengthMax = options.arrayLengthMax ?? 3
  const bytesMax = options.bytesMax ?? 24
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  // Edge values come up often: they are where encoders break.
  const pick = <T>(edges: readonly T[], other: () => T): T => next() < 0.3 ? edges[int(0, edges.length - 1)]! : other()
  return {
    bool: () => next() < 0.5,
    int8: () => pick([-128, -1, 0, 127], () => int(-128, 127)),
    int16: () => pick([-32768, -1, 0, 32767], () => int(-32768, 32767)),
    uint16: () => pick([0, 65535], () => int(0, 65535)),
    int32: () => pick([-2147483648, -1, 0, 2147483647], () => int(-2147483648, 2147483647)),
    uint32: () => pick([0, 4294967295], () => int(0, 4294967295)),
    int64: () => pick([-(2n ** 63n), -1n, 0n, 2n ** 63n - 1n], () => BigInt.asIntN(64, (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff)))),
    float64: () => pick([0, -1.5, Number.MAX_VALUE, Number.MIN_VALUE], () => (next() - 0.5) * 1e6),
    string: () => {
      const n = int(0, 12)
      let s = ''
      for (let i = 0; i < n; i++) s += [...ALPHABET][int(0, [...ALPHABET].length - 1)]
      return s
    },
    bytes: () => {
      const b = Buffer.allocUnsafe(int(0, bytesMax))
      for (let i = 0; i < b.length; i++) b[i] = int(0, 255)
      return b
    },
    uuid: () => {
      const b = Buffer.allocUnsafe(16)
      for (let i = 0; i < 16; i++) b[i] = int(0, 255)
      return b.toString('base64url')
    },
    isNull: () => next() < 0.2,
    array: <T>(item: () => T): T[] => {
      const n = int(0, arrayLengthMax)
      const out: T[] = []
      for (let i = 0; i < n; i++) out.push(item())
      return out
    }
  }
}
