// A segment file (or a whole partition directory) deleted while the node runs: at the next start the
// log end falls, and before any offset is handed out again a WARN names the partition and the offsets
// expected and found. (Before: the log end fell to 0 and offsets were handed out again, silently.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import { PartitionClient, capturingLogger, type LogLine } from '../helpers/storage-faults.ts'

const BATCHES = 10

function lossLines (lines: readonly LogLine[], partition: string): LogLine[] {
  return lines.filter((l) => l.level === 40 && l.msg.startsWith('offsets lost') && l.partition === partition)
}

test('a segment or a partition directory deleted under a running node: a WARN with partition and offsets at the next start, before offsets are handed out again', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-deleted-'))
  const { logger, lines } = capturingLogger()
  const start = async (): Promise<RunningBroker> => await startBroker({ logger, config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': logDir } })
  let broker = await start()
  let client = await PartitionClient.connect(broker.port)
  try {
    assert.equal(await client.createTopic('gone', 2), ErrorCode.NONE)
    for (let i = 0; i < BATCHES; i++) {
      for (const p of [0, 1]) assert.deepEqual(await client.produce('gone', p, buildRecordBatch({ records: [{ key: null, value: Buffer.from(`v${i}`) }] })), { errorCode: ErrorCode.NONE, baseOffset: i })
    }
    // While the node runs: partition 0 loses its segment file, partition 1 its whole directory.
    const dir0 = join(logDir, 'gone-0')
    for (const n of readdirSync(dir0)) if (n.endsWith('.log')) unlinkSync(join(dir0, n))
    rmSync(join(logDir, 'gone-1'), { recursive: true, force: true })
    client.close()
    await broker.close()

    broker = await start()
    client = await PartitionClient.connect(broker.port)
    for (const partition of ['gone-0', 'gone-1']) {
      const warned = lossLines(lines, partition).find((l) => l.kind === 'below-recovery-point')
      assert.ok(warned !== undefined, `a WARN for ${partition}: ${JSON.stringify(lossLines(lines, partition))}`)
      assert.equal(warned.expectedOffset, BATCHES)
      assert.equal(warned.foundOffset, 0)
    }
    // Kafka's LogLoader continues from what is on disk: the offsets come again, after the WARN.
    assert.deepEqual(await client.produce('gone', 0, buildRecordBatch({ records: [{ key: null, value: Buffer.from('again') }] })), { errorCode: ErrorCode.NONE, baseOffset: 0 })
  } finally {
    client.close()
    await broker.close()
    rmSync(logDir, { recursive: true, force: true })
  }
})
