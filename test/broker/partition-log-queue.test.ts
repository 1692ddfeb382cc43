// The partition log queue: creations and deletions in arrival order, slices bounded in time and count,
// a yield to the event loop between slices, a change queued once when it is already the name's last
// pending one, deletions pending until they ran, failures reported once. The clock
// is the test's: each change costs 1 ms of it, so the slicing does not depend on the machine's speed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PartitionLogQueue, LOG_CHANGE_SLICE_MS, LOG_CHANGES_PER_SLICE_MAX, type LogChange } from '../../src/broker/partition-log-queue.ts'

function change (partition: number, kind: 'create' | 'delete' = 'create', topicId = 'id'): LogChange {
  return { kind, topic: 't', partition, topicId }
}

function recorder (clock: { ms: number }): { done: string[], slices: number[], queue: PartitionLogQueue } {
  const done: string[] = []
  const slices: number[] = []
  const queue = new PartitionLogQueue({
    create: (c) => { done.push(`+${c.topicId}/${c.partition}`); clock.ms += 1 },
    delete: (c) => { done.push(`-${c.topicId}/${c.partition}`); clock.ms += 1 },
    syncSlice: async () => { slices.push(done.length) },
    failed: () => assert.fail('nothing fails here')
  }, () => clock.ms)
  return { done, slices, queue }
}

test('changes run in slices of LOG_CHANGE_SLICE_MS, with other work between slices, each change once', async () => {
  const { done, slices, queue } = recorder({ ms: 0 })
  for (let p = 0; p < 100; p++) queue.add(change(p))
  queue.add(change(5)) // already queued: not twice
  // Other work on the event loop: it must get turns while the queue drains.
  let interleaved = 0
  const other = (async () => {
    while (done.length < 100) {
      if (done.length > 0) interleaved++
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  await queue.drained()
  await other
  assert.deepEqual(done, Array.from({ length: 100 }, (_, i) => `+id/${i}`))
  assert.deepEqual(slices, Array.from({ length: 100 / LOG_CHANGE_SLICE_MS }, (_, i) => (i + 1) * LOG_CHANGE_SLICE_MS), 'one directory sync per slice')
  assert.ok(interleaved >= 5, `other work ran between slices (${interleaved} turns)`)
  assert.equal(queue.size(), 0)
})

test('deletions and creations keep their order; a name deleted and recreated (a new topic id) is another change', async () => {
  const { done, queue } = recorder({ ms: 0 })
  queue.add(change(0, 'delete', 'old'))
  queue.add(change(0, 'create', 'new'))
  queue.add(change(0, 'delete', 'new'))
  queue.add(change(0, 'create', 'newer'))
  queue.add(change(0, 'create', 'newer'))
  await queue.drained()
  assert.deepEqual(done, ['-old/0', '+new/0', '-new/0', '+newer/0'])
})

test('a fast disk still yields every LOG_CHANGES_PER_SLICE_MAX changes; failures are reported once with their count', async () => {
  const reports: Array<[number, unknown]> = []
  let syncs = 0
  const queue = new PartitionLogQueue({
    create: (c) => { if (c.partition % 100 === 0) throw new Error(`no room for ${c.partition}`) },
    delete: () => assert.fail('no deletions here'),
    syncSlice: async () => { syncs++ },
    failed: (count, first) => reports.push([count, first])
  }, () => 0)
  const total = LOG_CHANGES_PER_SLICE_MAX * 3 + 1
  for (let p = 0; p < total; p++) queue.add(change(p))
  await queue.drained()
  assert.equal(syncs, 4)
  assert.equal(reports.length, 1)
  assert.equal(reports[0]![0], Math.ceil(total / 100))
  assert.match(String(reports[0]![1]), /no room for 0/)
})

test('close drops the changes not started and waits for the slice under way; nothing is queued after', async () => {
  const clock = { ms: 0 }
  const { done, queue } = recorder(clock)
  for (let p = 0; p < 100; p++) queue.add(change(p))
  await new Promise((resolve) => setImmediate(resolve))
  await new Promise((resolve) => setImmediate(resolve))
  await queue.close()
  assert.ok(done.length > 0 && done.length < 100, `${done.length} done before close`)
  assert.equal(queue.size(), 0)
  const after = done.length
  queue.add(change(500))
  await new Promise((resolve) => setImmediate(resolve))
  await queue.drained()
  assert.equal(done.length, after, 'nothing runs after close')
})

test('a change after another kind of change for the name is always queued: the last one queued is in force after the drain', async () => {
  const { done, queue } = recorder({ ms: 0 })
  // Created, then removed, then added again before the queue ran: the log must exist at the end.
  queue.add(change(0, 'create'))
  queue.add(change(0, 'delete'))
  queue.add(change(0, 'create'))
  // Deleted, then added again, removed again and added again.
  queue.add(change(1, 'delete'))
  queue.add(change(1, 'create'))
  queue.add(change(1, 'delete'))
  queue.add(change(1, 'create'))
  await queue.drained()
  assert.deepEqual(done, ['+id/0', '-id/0', '+id/0', '-id/1', '+id/1', '-id/1', '+id/1'])
})

test('a deletion is pending from add until it ran, however many are queued for the name', async () => {
  let queue: PartitionLogQueue | null = null
  const seen: boolean[] = []
  queue = new PartitionLogQueue({
    create: () => { seen.push(queue!.deletionPending('t', 0)) },
    delete: () => { seen.push(queue!.deletionPending('t', 0)) },
    syncSlice: async () => {},
    failed: () => assert.fail('nothing fails here')
  }, () => 0)
  assert.equal(queue.deletionPending('t', 0), false)
  queue.add(change(0, 'delete', 'old'))
  queue.add(change(0, 'create', 'new'))
  queue.add(change(0, 'delete', 'new'))
  queue.add(change(1, 'create'))
  assert.equal(queue.deletionPending('t', 0), true)
  assert.equal(queue.deletionPending('t', 1), false)
  await queue.drained()
  // During the first deletion a second one is still queued; the creation between them sees it too.
  assert.deepEqual(seen, [true, true, true, false])
  assert.equal(queue.deletionPending('t', 0), false)
})

test('a deletion dropped by close stays pending: its log is still not to be used', async () => {
  const { queue } = recorder({ ms: 0 })
  queue.add(change(0, 'delete'))
  await queue.close()
  assert.equal(queue.deletionPending('t', 0), true)
})
