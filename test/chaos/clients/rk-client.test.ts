// rk_client.py's consumer loop against a scripted stand-in for confluent-kafka's Consumer (its rebalance
// callbacks run inside poll(), as librdkafka's do): what was polled under an assignment is written, and
// in manual mode committed, before the revoke that ends it; the next records start a new batch.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { tempDir } from '../../helpers/child-processes.ts'
import { runPython } from '../../helpers/python.ts'
import { readHistoryFiles } from '../history.ts'

const SCRIPT = `
import sys, types
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[1])
import rk_client
from confluent_kafka import TopicPartition

class Msg:
    def __init__(self, p, o): self.p, self.o = p, o
    def error(self): return None
    def key(self): return str(self.p).encode()
    def value(self): return ("v%d@%d" % (self.p, self.o)).encode()
    def partition(self): return self.p
    def offset(self): return self.o

class Stop: reason = None
stop = Stop()
# What each poll() does, in order: a message, or a rebalance (its callbacks run inside that poll(),
# which then returns the next message if any is given with it), or None (nothing waiting).
SCRIPT = [Msg(0, 0), Msg(0, 1), Msg(1, 0), ("rebalance", [1], Msg(1, 0)), Msg(1, 1), None, Msg(1, 2)]

class FakeConsumer:
    def __init__(self, conf): self.owned = []
    def subscribe(self, topics, on_assign, on_revoke):
        self.on_assign, self.on_revoke = on_assign, on_revoke
        self.rebalance([0, 1])
    def rebalance(self, parts):
        if self.owned: self.on_revoke(self, [TopicPartition("t", p) for p in self.owned])
        self.owned = parts
        self.on_assign(self, [TopicPartition("t", p) for p in parts])
    def poll(self, timeout):
        if not SCRIPT:
            stop.reason = "SIGTERM"
            return None
        step = SCRIPT.pop(0)
        if isinstance(step, tuple):
            self.rebalance(step[1])
            return step[2]
        return step
    def commit(self, offsets, asynchronous):
        return [TopicPartition(tp.topic, tp.partition, tp.offset) for tp in offsets]
    def close(self): self.on_revoke(self, [TopicPartition("t", p) for p in self.owned])

args = types.SimpleNamespace(bootstrap="x", group="g", commit=sys.argv[3], process="c", topic="t", partitions=2, session_timeout_ms=6000)
rk_client.consumer(args, rk_client.History(sys.argv[2], "c"), stop, make_consumer=FakeConsumer)
`

async function run (commit: 'manual' | 'auto'): Promise<string[]> {
  const dir = tempDir('rk-consumer-')
  await runPython(SCRIPT, [import.meta.dirname, join(dir, 'c.jsonl'), commit], 20_000)
  const { events, torn } = readHistoryFiles(dir)
  assert.deepEqual(torn, [])
  return events.map((e) => {
    switch (e.f) {
      case 'poll': return `poll ${e.records.map((r) => `${r.partition}@${r.offset}`).join(',')}`
      case 'commit': return `commit ${e.type} ${e.offsets.map((o) => `${o.partition}:${o.offset}`).join(',')}`
      case 'assign': case 'revoke': return `${e.f} ${e.partitions.join(',')}`
      default: return e.f
    }
  })
}

test('rk_client.py consumer: records polled before a rebalance are written (and committed) before its revoke, those after it in a new batch', async () => {
  assert.deepEqual(await run('manual'), [
    'assign 0,1',
    'poll 0@0,0@1,1@0', 'commit invoke 0:2,1:1', 'commit ok 0:2,1:1',
    'revoke 0,1', 'assign 1',
    'poll 1@0,1@1', 'commit invoke 1:2', 'commit ok 1:2',
    'poll 1@2', 'commit invoke 1:3', 'commit ok 1:3',
    'revoke 1', 'stop'
  ])
  assert.deepEqual(await run('auto'), ['assign 0,1', 'poll 0@0,0@1,1@0', 'revoke 0,1', 'assign 1', 'poll 1@0,1@1', 'poll 1@2', 'revoke 1', 'stop'])
})
