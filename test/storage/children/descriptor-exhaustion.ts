// Run by descriptor-exhaustion.test.ts under a low `ulimit -n`: a log manager whose process runs out of
// descriptors (every free one held on /dev/null) answers KAFKA_STORAGE_ERROR for the logs it cannot
// reach, logs it once, keeps serving, and recovers once descriptors return. Exits non-zero on failure.
import assert from 'node:assert/strict'
import { closeSync, openSync } from 'node:fs'
import { LogManager, OFFLINE_RETRY_MS } from '../../../src/storage/log/log-manager.ts'
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts'
import { KafkaStorageError } from '../../../src/storage/log/storage-error.ts'
import { SMALL_LOG_CONFIG, batchOf } from '../log-fixture.ts'
import { capturingLogger } from '../../helpers/storage-faults.ts'

const PARTITIONS = 40
const TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAA'

/** Opens /dev/null until the process has no descriptor left; returns them to close later. */
function exhaustDescriptors (): number[] {
  const held: number[] = []
  for (;;) {
    try {
      held.push(openSync('/dev/null', 'r'))
    } catch (err) {
      assert.equal((err as NodeJS.ErrnoException).code, 'EMFILE')
      return held
    }
  }
}

async function main (logDir: string): Promise<void> {
  const { logger, lines } = capturingLogger()
  let nowMs = 1_000_000
  const manager = LogManager.open({ logDir, configFor: () => SMALL_LOG_CONFIG, retentionCheckIntervalMs: 300_000, flushCheckIntervalMs: 1000, clock: () => nowMs, openFilesMax: 16, logger })
  const batch = (): Buffer => batchOf([{ key: null, value: Buffer.alloc(100, 1) }])
  for (let p = 0; p < PARTITIONS; p++) {
    for (let i = 0; i < 3; i++) assert.equal(manager.create('t', p, TOPIC_ID)!.append(batch(), { leaderEpoch: 0, nowMs }).errorCode, 0)
  }
  assert.ok(manager.files.openCount() <= 16, 'the cache keeps its bound')

  // No descriptor left, and none cached: the storage must answer, not throw.
  let held = exhaustDescriptors()
  manager.files.closeAll()
  held = held.concat(exhaustDescriptors())
  const log = manager.get('t', 0)!
  for (let i = 0; i < 3; i++) {
    const failed = log.append(batch(), { leaderEpoch: 0, nowMs })
    assert.equal(failed.errorCode, ErrorCode.KAFKA_STORAGE_ERROR, 'an append that cannot open its segment')
    assert.match((failed as { message: string }).message, /EMFILE/)
  }
  assert.equal(manager.get('t', 1)!.read(0, 1 << 20).errorCode, ErrorCode.KAFKA_STORAGE_ERROR, 'a read that cannot open its segment')
  assert.throws(() => manager.get('t', 2)!.offsetForTimestamp(0), (err: unknown) => err instanceof KafkaStorageError && err.causeCode === 'EMFILE', 'a lookup by time throws KafkaStorageError, answered by ListOffsets')
  assert.equal(manager.create('t', PARTITIONS, TOPIC_ID), undefined, 'a log that cannot be created')
  assert.match(manager.offlineCause('t', PARTITIONS)!, /EMFILE/)
  assert.equal(lines.filter((l) => l.partition === 't-0' && l.msg.includes('storage error')).length, 1, 'logged once for three failed appends')

  for (const fd of held) closeSync(fd)
  const resumed = log.append(batch(), { leaderEpoch: 0, nowMs })
  assert.deepEqual([resumed.errorCode, (resumed as { baseOffset: number }).baseOffset], [0, 3], 'appends resume at the next offset')
  assert.equal(manager.get('t', 1)!.read(0, 1 << 20).errorCode, 0)
  assert.equal(manager.get('t', PARTITIONS), undefined, 'an offline log waits before it is tried again')
  nowMs += OFFLINE_RETRY_MS
  assert.equal(manager.get('t', PARTITIONS)!.logEndOffset(), 0, 'and is created once descriptors return')
  assert.equal(manager.offlineCause('t', PARTITIONS), null)
  await manager.close()
  process.stdout.write('descriptor exhaustion handled\n')
}

await main(process.argv[2]!)
