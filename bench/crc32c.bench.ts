// CRC32C candidates, in MB/s at 1 KiB, 16 KiB and 1 MiB, next to a memcpy of the same bytes measured
// in the same run. The fastest correct one is what src/protocol/record-batch/crc32c.ts uses.
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { crc32c as chosen, crc32cSoftware } from '../src/protocol/record-batch/crc32c.ts'
import { fmt, measureSync } from './measure.ts'

const require = createRequire(import.meta.url)
const DURATION_MS = 400

export default async function (): Promise<void> {
  const nodeRs = require('@node-rs/crc32') as { crc32c: (b: Buffer, initial?: number) => number }
  const candidates: Array<[string, (b: Buffer) => number]> = [
    ['sse4_crc32 (chosen)', (b) => chosen(b)],
    ['@node-rs/crc32', (b) => nodeRs.crc32c(b) >>> 0],
    ['table-driven JS', (b) => crc32cSoftware(b)]
  ]
  const vector = Buffer.from('123456789')
  for (const [name, fn] of candidates) {
    if (fn(vector) !== 0xe3069283) throw new Error(`${name} is not CRC32C`)
  }
  for (const size of [1024, 16 * 1024, 1024 * 1024]) {
    const data = randomBytes(size)
    const target = Buffer.allocUnsafe(size)
    const copy = measureSync(DURATION_MS, () => { data.copy(target); return size })
    const line = candidates.map(([name, fn]) => {
      const r = measureSync(name.startsWith('table') ? DURATION_MS / 4 : DURATION_MS, () => { fn(data); return size })
      return `${name} ${fmt(r.mbPerSec)} MB/s`
    })
    console.log(`crc32c ${String(size / 1024).padStart(4)} KiB: ${line.join(' | ')} | memcpy ${fmt(copy.mbPerSec)} MB/s`)
  }
}
