// Partition directories the metadata does not know are never deleted at start (issue 11): they are
// renamed aside as Kafka's LogManager does (`<topic>-<partition>.<uuid>-stray`) with a WARN naming
// each, and left there; only a deletion in the @metadata log (DeleteTopics) deletes a log.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { Kafka, logLevel } from 'kafkajs'
import { startBroker, type RunningBroker } from '../../src/index.ts'

interface LogLine { level: number, msg: string, topic?: string, partition?: number, path?: string }

function capturingLogger (): { logger: pino.Logger, lines: LogLine[] } {
  const lines: LogLine[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line) as LogLine) } })
  return { logger, lines }
}

test('a partition directory the image does not know is moved aside with a WARN, never deleted; DeleteTopics deletes', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-stray-'))
  const config = { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir }
  let broker: RunningBroker | null = null
  try {
    broker = await startBroker({ config })
    let kafka = new Kafka({ clientId: 'stray-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    let admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'kept', numPartitions: 1 }, { topic: 'renamed', numPartitions: 1 }] })
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'kept', messages: [{ value: 'k' }] })
    await producer.send({ topic: 'renamed', messages: [{ value: 'r' }] })
    await producer.disconnect()
    await admin.disconnect()
    await broker.close()
    broker = null

    // A log of a topic the metadata never had, and a log whose topic id is not the image's topic's.
    cpSync(join(dir, 'kept-0'), join(dir, 'ghost-3'), { recursive: true })
    const metadataPath = join(dir, 'renamed-0', 'partition.metadata')
    const foreignId = 'AAAAAAAAAAAAAAAAAAAAAQ'
    writeFileSync(metadataPath, readFileSync(metadataPath, 'utf8').replace(/topic_id: .*/, `topic_id: ${foreignId}`))
    // The records of a log (its .log segments): what a stray must keep (indexes may be rebuilt when it is opened).
    const records = (path: string): string[] => readdirSync(path).filter((n) => n.endsWith('.log')).sort().map((n) => `${n}:${readFileSync(join(path, n)).toString('hex')}`)
    const ghostRecords = records(join(dir, 'ghost-3'))
    assert.ok(ghostRecords.length > 0 && ghostRecords[0]!.length > 30)

    const { logger, lines } = capturingLogger()
    broker = await startBroker({ config, logger })
    const strays = readdirSync(dir).filter((n) => n.endsWith('-stray')).sort()
    assert.equal(strays.length, 2, readdirSync(dir).join())
    assert.match(strays[0]!, /^ghost-3\.[0-9a-f]{32}-stray$/)
    assert.match(strays[1]!, /^renamed-0\.[0-9a-f]{32}-stray$/)
    assert.deepEqual(records(join(dir, strays[0]!)), ghostRecords, 'the stray keeps its records')
    assert.ok(readFileSync(join(dir, strays[1]!, 'partition.metadata'), 'utf8').includes(foreignId))
    const warnings = lines.filter((l) => l.level === 40 && l.msg.includes('stray'))
    assert.deepEqual(warnings.map((w) => `${w.topic}-${w.partition}`).sort(), ['ghost-3', 'renamed-0'])
    for (const w of warnings) assert.ok(w.path !== undefined && strays.some((s) => w.path!.endsWith(s)))
    assert.equal(lines.filter((l) => l.msg.includes('deleting')).length, 0, 'nothing deleted at start')

    // The image's topic gets a fresh log; the kept one is untouched.
    kafka = new Kafka({ clientId: 'stray-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    admin = kafka.admin()
    await admin.connect()
    assert.deepEqual((await admin.fetchTopicOffsets('kept')).map((p) => p.high), ['1'])
    assert.deepEqual((await admin.fetchTopicOffsets('renamed')).map((p) => p.high), ['0'])

    // An explicit deletion in the log deletes the data; strays stay where they are.
    await admin.deleteTopics({ topics: ['kept'] })
    await admin.disconnect()
    await broker.close()
    broker = null
    assert.ok(!existsSync(join(dir, 'kept-0')))
    assert.ok(readdirSync(dir).every((n) => !n.startsWith('kept-0.') || n.endsWith('-delete')), readdirSync(dir).join())
    broker = await startBroker({ config })
    await broker.close()
    broker = null
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('-stray')).sort(), strays, 'strays are never deleted or reopened')
    assert.ok(!readdirSync(dir).some((n) => n.startsWith('kept-0')), 'the deleted log is gone for good')
  } finally {
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
