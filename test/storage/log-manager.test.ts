// The log manager: partitions found again after a restart, the clean-shutdown marker deciding whether
// logs are recovered, Kafka's directory names, deletion by rename, and retention across all logs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LogManager, parsePartitionDir } from '../../src/storage/log/log-manager.ts'
import { SMALL_LOG_CONFIG, batchOf } from './log-fixture.ts'
import type { LogConfig } from '../../src/storage/log/partition-log.ts'

function openManager (logDir: string, config: LogConfig = SMALL_LOG_CONFIG): LogManager {
  return LogManager.open({ logDir, configFor: () => config, retentionCheckIntervalMs: 300_000, flushCheckIntervalMs: 1000, clock: () => 1_000_000 })
}

test('partition directory names: topics may contain dashes and dots', () => {
  assert.deepEqual(parsePartitionDir('orders-0'), ['orders', 0])
  assert.deepEqual(parsePartitionDir('my-topic.v2-17'), ['my-topic.v2', 17])
  assert.equal(parsePartitionDir('orders-0.abc-delete'), null)
  assert.equal(parsePartitionDir('.rivulet-local'), null)
})

test('logs survive a clean restart without recovery, and a crash with recovery', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-logs-'))
  try {
    let manager = openManager(logDir)
    assert.equal(manager.previousShutdownClean, false, 'a new directory has no clean shutdown behind it')
    for (const [topic, partition] of [['orders', 0], ['orders', 1], ['pay-ments', 0]] as const) {
      const log = manager.create(topic, partition, 'AAAAAAAAAAAAAAAAAAAAAA')!
      for (let i = 0; i < 5; i++) log.append(batchOf([{ key: null, value: Buffer.from(`${topic}${i}`) }]), { leaderEpoch: 0, nowMs: 0 })
    }
    assert.ok(existsSync(join(logDir, 'pay-ments-0', '00000000000000000000.log')))
    await manager.close()
    manager = openManager(logDir)
    assert.equal(manager.previousShutdownClean, true)
    assert.deepEqual([...manager.all().keys()].sort(), ['orders-0', 'orders-1', 'pay-ments-0'])
    assert.equal(manager.get('orders', 1)!.logEndOffset(), 5)
    manager.get('orders', 1)!.append(batchOf([{ key: null, value: Buffer.from('unflushed') }]), { leaderEpoch: 0, nowMs: 0 })
    // Crash: no close. The next open sees an unclean shutdown and scans past the recovery points.
    await manager.store.flush()
    const crashed = manager
    manager = openManager(logDir)
    assert.equal(manager.previousShutdownClean, false)
    assert.equal(manager.get('orders', 1)!.logEndOffset(), 6)
    void crashed
    await manager.close()
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
})

test('deleting a partition renames its directory away at once and removes it afterwards', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-logs-'))
  try {
    const manager = openManager(logDir)
    manager.create('gone', 0, 'AAAAAAAAAAAAAAAAAAAAAA')!.append(batchOf([{ key: null, value: Buffer.from('x') }]), { leaderEpoch: 0, nowMs: 0 })
    manager.delete('gone', 0)
    assert.equal(manager.get('gone', 0), undefined)
    assert.ok(!existsSync(join(logDir, 'gone-0')))
    assert.ok(readdirSync(logDir).some((n) => /^gone-0\.[0-9a-f]{32}-delete$/.test(n)), 'renamed to Kafka\'s -delete form')
    await manager.removalsDone()
    assert.ok(!readdirSync(logDir).some((n) => n.endsWith('-delete')), 'then removed (off the event loop)')
    const again = manager.create('gone', 0, 'AAAAAAAAAAAAAAAAAAAAAA')!
    assert.equal(again.logEndOffset(), 0, 'a re-created partition starts empty')
    await manager.close()
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
})

test('retention runs over every log', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-logs-'))
  try {
    const manager = openManager(logDir, { ...SMALL_LOG_CONFIG, segmentBytes: 512, retentionBytes: 600 })
    for (const topic of ['a', 'b']) {
      const log = manager.create(topic, 0, 'AAAAAAAAAAAAAAAAAAAAAA')!
      for (let i = 0; i < 20; i++) log.append(batchOf([{ key: null, value: Buffer.alloc(100) }]), { leaderEpoch: 0, nowMs: 0 })
      log.updateHighWatermark(log.logEndOffset())
    }
    assert.ok(manager.runRetention(2_000_000) > 0)
    for (const log of manager.all().values()) assert.ok(log.sizeBytes() <= 600 + 512 && log.logStartOffset() > 0)
    await manager.close()
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
})
