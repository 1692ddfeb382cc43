// The history format's reader and the error classification table (test/chaos/history.ts).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CLASSES, classifyError, finalRead, HistoryWriter, parseEvent, readHistoryFiles, type HistoryEvent } from './history.ts'
import { tempDir } from '../helpers/child-processes.ts'
import { runPython } from '../helpers/python.ts'

test('the classification: fail only where the record was certainly not appended, info when unsure or unknown', () => {
  const fail = ['INVALID_RECORD', 'MSG_SIZE_TOO_LARGE', '_QUEUE_FULL', '_UNKNOWN_PARTITION']
  const info = [
    '_MSG_TIMED_OUT', '_TIMED_OUT', '_TRANSPORT', 'NOT_ENOUGH_REPLICAS', 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', 'REQUEST_TIMED_OUT', 'NOT_LEADER_OR_FOLLOWER',
    'NOT_LEADER_FOR_PARTITION', '_PURGE_QUEUE', '_PURGE_INFLIGHT', '_OUTSTANDING_AT_STOP', 'REBALANCE_IN_PROGRESS',
    'KafkaJSNumberOfRetriesExceeded', 'KafkaJSNonRetriableError', 'KafkaJSRequestTimeoutError', 'KafkaJSConnectionError',
    'SOMETHING_NEW', 'constructor', 'toString'
  ]
  for (const name of fail) assert.equal(classifyError(name), 'fail', name)
  for (const name of info) assert.equal(classifyError(name), 'info', name)
})

test('the table is data: every entry fail or info with a reason, and the default info', () => {
  assert.equal(ERROR_CLASSES.default, 'info')
  for (const [name, entry] of Object.entries(ERROR_CLASSES.errors)) {
    assert.ok(entry.class === 'fail' || entry.class === 'info', name)
    assert.ok(entry.why.length > 10, `${name} has a reason`)
  }
})

test('the python clients classify with the same table', async () => {
  const names = [...Object.keys(ERROR_CLASSES.errors), 'SOMETHING_NEW']
  const script = 'import json, sys; sys.dont_write_bytecode = True; sys.path.insert(0, sys.argv[1]); import rk_client; print(json.dumps([rk_client.classify(n) for n in sys.argv[2:]]))'
  const out = await runPython(script, [join(import.meta.dirname, 'clients'), ...names], 20_000)
  assert.deepEqual(JSON.parse(out.trim().split('\n').at(-1)!), names.map(classifyError))
})

test('a history folder: every line of every .jsonl read and checked; a torn last line skipped and counted', () => {
  const dir = tempDir('history-')
  const w = new HistoryWriter(join(dir, 'p1.jsonl'), 'p1')
  w.write('ok', 'start', { client: 'test', role: 'producer' })
  w.write('invoke', 'send', { key: '1', value: 'p1:0' })
  w.write('ok', 'send', { key: '1', value: 'p1:0', partition: 1, offset: 0 })
  w.write('invoke', 'send', { key: '2', value: 'p1:1' })
  w.write('info', 'send', { key: '2', value: 'p1:1', error: '_MSG_TIMED_OUT' })
  w.write('invoke', 'commit', { offsets: [{ partition: 1, offset: 1 }] })
  w.write('fail', 'commit', { offsets: [{ partition: 1, offset: 1 }], error: 'X' })
  w.write('ok', 'stop', { reason: 'SIGTERM' })
  w.close()
  const poll = { t: 1, process: 'final', type: 'ok', f: 'poll', records: [{ partition: 1, offset: 1, key: null, value: 'b' }, { partition: 1, offset: 0, key: '1', value: 'a' }] }
  const assign = { t: 2, process: 'final', type: 'ok', f: 'assign', partitions: [0, 1], mode: 'assign' }
  writeFileSync(join(dir, 'final.jsonl'), `${JSON.stringify(assign)}\n${JSON.stringify(poll)}\n{"t":3,"process":"fi`)
  writeFileSync(join(dir, 'notes.txt'), 'not a history file')
  const { events, torn } = readHistoryFiles(dir)
  assert.deepEqual(torn, [join(dir, 'final.jsonl')])
  assert.equal(events.length, 10)
  assert.deepEqual(events.filter((e) => e.process === 'p1').map((e) => `${e.f}:${e.type}`), ['start:ok', 'send:invoke', 'send:ok', 'send:invoke', 'send:info', 'commit:invoke', 'commit:fail', 'stop:ok'])
  assert.deepEqual(finalRead(events).get(1)!.map((r) => r.value), ['a', 'b'])

  // A broken line anywhere but last is a client bug, not a kill.
  writeFileSync(join(dir, 'final.jsonl'), `{"t":3,"process":"fi\n${JSON.stringify(poll)}\n`)
  assert.throws(() => readHistoryFiles(dir), /final\.jsonl:1: not JSON/)
})

test('lines a client must not write are refused', () => {
  const base = { t: 1, process: 'p' }
  const bad: Array<[object, RegExp]> = [
    [{ ...base, type: 'ok', f: 'send', key: '1', value: 'v' }, /partition/],
    [{ ...base, type: 'fail', f: 'send', key: '1', value: 'v' }, /error/],
    [{ ...base, type: 'ok', f: 'send', key: 1, value: 'v', partition: 0, offset: 0 }, /key/],
    [{ ...base, type: 'ok', f: 'poll', records: [] }, /records/],
    [{ ...base, type: 'ok', f: 'poll', records: [{ partition: 0, offset: 0, key: null }] }, /polled record/],
    [{ ...base, type: 'ok', f: 'assign', partitions: [0], mode: 'other' }, /mode/],
    [{ ...base, type: 'invoke', f: 'assign', partitions: [0], mode: 'assign' }, /ok lines/],
    [{ ...base, type: 'ok', f: 'commit', offsets: [{ partition: 0 }] }, /offsets/],
    [{ ...base, type: 'maybe', f: 'start' }, /type/],
    [{ ...base, type: 'ok', f: 'jump' }, /unknown f/],
    [{ t: 'now', process: 'p', type: 'ok', f: 'start' }, /t is not/]
  ]
  for (const [line, error] of bad) assert.throws(() => parseEvent(JSON.stringify(line), 'x'), error, JSON.stringify(line))
  const good: HistoryEvent = { ...base, type: 'ok', f: 'seek', partition: 2, offset: 7 }
  assert.deepEqual(parseEvent(JSON.stringify(good), 'x'), good)
})

test('rk_client.py: a delivery report writes ok only with a non-negative offset; a success without one is info _NO_OFFSET', async () => {
  const script = `
import json, sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[1])
import rk_client
class Msg:
    def __init__(self, offset): self._offset = offset
    def partition(self): return 2
    def offset(self): return self._offset
class Err:
    def name(self): return "_MSG_TIMED_OUT"
    def str(self): return "Local: Message timed out"
out = [rk_client.delivery_outcome(None, Msg(o), "2", "p:%s" % i) for i, o in enumerate([0, 41, -1001, -1, None])]
out.append(rk_client.delivery_outcome(Err(), Msg(-1), "2", "p:9"))
print(json.dumps(out))`
  const out = JSON.parse((await runPython(script, [join(import.meta.dirname, 'clients')], 20_000)).trim().split('\n').at(-1)!) as Array<[string, Record<string, unknown>]>
  assert.deepEqual(out.map(([type, fields]) => [type, fields.offset ?? fields.error]), [['ok', 0], ['ok', 41], ['info', '_NO_OFFSET'], ['info', '_NO_OFFSET'], ['info', '_NO_OFFSET'], ['info', '_MSG_TIMED_OUT']])
  assert.equal(classifyError('_NO_OFFSET'), 'info')
  for (const [i, [type, fields]] of out.entries()) parseEvent(JSON.stringify({ t: 1, process: 'p', type, f: 'send', ...fields }), `report ${i}`)
})
