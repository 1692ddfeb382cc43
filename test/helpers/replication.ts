// Helpers of the replication tests (test/cluster/replication-*.test.ts) over a ProcessCluster:
//   - each node's view of the partitions it hosts and its digest of their stored batches (the admin API's
//     GET /v1/partitions and /v1/partitions/:topic/:partition/digest, src/admin/partition-view.ts);
//   - waits for the ISR (the committed image, through Metadata) and for the replicas to converge;
//   - client processes that print one JSON line per event: the idempotent librdkafka producer of
//     numbered records (test/interop/numbered_producer.py), consumers that print every record they are
//     given (librdkafka and kafka-python: test/interop/offset_recorder.py; kafkajs in this process);
//   - reading a partition back with kcat.
// The processes die with the test that started them (child-processes.ts).
import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { get as httpGet } from 'node:http'
import { createInterface } from 'node:readline'
import { connect as netConnect } from 'node:net'
import { Kafka, logLevel, type Consumer, type ISocketFactory } from 'kafkajs'
import { spawnChild, runChild, killGroup, type ChildExit } from './child-processes.ts'
import { call, type ProcessCluster } from './cluster-processes.ts'
import type { HostedPartitionView, PartitionDigest } from '../../src/admin/partition-view.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'

const ADMIN_TIMEOUT_MS = 5000
/** kafkajs's own socket factory's keep-alive delay. */
const KEEP_ALIVE_DELAY_MS = 60_000
/** How long a client process may take to stop and flush once told to. */
const STOP_TIMEOUT_MS = 90_000

/** GET `path` of node `id`'s admin API (from the cluster's client address); rejects on a status other than 200. */
export async function adminGet<T> (cluster: ProcessCluster, id: number, path: string): Promise<T> {
  const n = cluster.node(id)
  const text = await new Promise<string>((resolve, reject) => {
    const req = httpGet({ host: n.host, port: n.adminPort, path, timeout: ADMIN_TIMEOUT_MS, ...(cluster.clientHost === undefined ? {} : { localAddress: cluster.clientHost }) }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (d: string) => { body += d }).on('end', () => {
        if (res.statusCode === 200) resolve(body); else reject(new Error(`node ${id}: GET ${path} answered ${res.statusCode ?? '?'}: ${body}`))
      }).on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`node ${id}: GET ${path}: no answer in ${ADMIN_TIMEOUT_MS} ms`)))
    req.on('error', reject)
  })
  return JSON.parse(text) as T
}

/** Node `id`'s view of its replica of `topic`-`partition` (undefined when it hosts none). */
export async function hostedPartition (cluster: ProcessCluster, id: number, topic: string, partition: number): Promise<HostedPartitionView | undefined> {
  const { partitions } = await adminGet<{ partitions: HostedPartitionView[] }>(cluster, id, '/v1/partitions')
  return partitions.find((p) => p.topic === topic && p.partition === partition)
}

export async function digestOf (cluster: ProcessCluster, id: number, topic: string, partition: number, end: number): Promise<PartitionDigest> {
  return await adminGet<PartitionDigest>(cluster, id, `/v1/partitions/${encodeURIComponent(topic)}/${partition}/digest?end=${end}`)
}

export interface PartitionState { readonly leader: number, readonly leaderEpoch: number, readonly isr: readonly number[] }

/**
 * Waits until the committed image (Metadata of the live brokers, every one agreeing) shows each of
 * `partitions` of `topic` as `accept` wants it; returns the states by partition.
 */
export async function waitForPartitions (cluster: ProcessCluster, topic: string, partitions: number, what: string, accept: (state: PartitionState, partition: number) => boolean, timeoutMs = 45_000): Promise<PartitionState[]> {
  let seen = 'nothing'
  return await cluster.until(() => `${topic}: ${what}; last seen ${seen}`, async () => {
    const views: PartitionState[][] = []
    for (const n of cluster.liveBrokers()) {
      const t = (await cluster.metadata(n.id, [topic])).topics[0]
      if (t === undefined || t.errorCode !== 0) return null
      views.push([...t.partitions].sort((a, b) => a.partitionIndex - b.partitionIndex).map((p) => ({ leader: p.leaderId, leaderEpoch: p.leaderEpoch, isr: [...p.isrNodes].sort((a, b) => a - b) })))
    }
    seen = JSON.stringify(views)
    if (views.length === 0 || new Set(views.map((v) => JSON.stringify(v))).size !== 1) return null
    const states = views[0]!
    return states.length === partitions && states.every((s, p) => accept(s, p)) ? states : null
  }, timeoutMs)
}

/**
 * Waits until node `id`'s hosted replicas of `topic` (its Partition objects, as the admin API shows
 * them: what its produce and fetch handlers check) are as `accept` wants them. The image a node's
 * Metadata answers from can be ahead of the Partition objects its reconcile updates.
 */
export async function waitForHosted (cluster: ProcessCluster, id: number, topic: string, partitions: number, what: string, accept: (view: HostedPartitionView) => boolean, timeoutMs = 30_000): Promise<void> {
  let seen = 'nothing'
  await cluster.until(() => `node ${id}'s replicas of ${topic}: ${what}; last seen ${seen}`, async () => {
    const { partitions: hosted } = await adminGet<{ partitions: HostedPartitionView[] }>(cluster, id, '/v1/partitions')
    const views = hosted.filter((h) => h.topic === topic)
    seen = JSON.stringify(views.map((v) => ({ p: v.partition, leader: v.leader, epoch: v.leaderEpoch, isr: v.isr, role: v.role })))
    return views.length === partitions && views.every(accept) ? true : null
  }, timeoutMs)
}

/** `a` and `b` hold the same ids. */
export function sameIds (a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && [...a].sort((x, y) => x - y).every((id, i) => id === [...b].sort((x, y) => x - y)[i])
}

/**
 * Waits until every replica in `replicas` (all running) shows each partition of `topic` at one log end
 * offset with its high watermark there too (nothing left to replicate, every copy committed to its end);
 * returns that end by partition.
 */
export async function waitForConvergence (cluster: ProcessCluster, topic: string, partitions: number, replicas: readonly number[], timeoutMs = 30_000): Promise<number[]> {
  let seen = 'nothing'
  return await cluster.until(() => `every copy of ${topic} on nodes ${replicas.join(',')} at one log end offset, with the high watermark there; last seen ${seen}`, async () => {
    const ends: number[] = []
    const views: string[] = []
    for (let p = 0; p < partitions; p++) {
      const states = await Promise.all(replicas.map(async (id) => await hostedPartition(cluster, id, topic, p)))
      views.push(`p${p}: ${states.map((s, i) => `${replicas[i]!}=${s === undefined ? 'none' : `${s.role} leo ${s.logEndOffset ?? '?'} hw ${s.highWatermark ?? '?'}`}`).join(' ')}`)
      const leos = new Set(states.map((s) => s?.logEndOffset))
      if (leos.size !== 1 || states.some((s) => s === undefined || s.highWatermark !== s.logEndOffset)) { ends.push(-1); continue }
      ends.push(states[0]!.logEndOffset!)
    }
    seen = views.join('; ')
    return ends.every((e) => e >= 0) ? ends : null
  }, timeoutMs)
}

/** Asserts that every replica's copy of `topic`-`partition` below `end` is byte-identical (one digest, covering exactly [log start, end)). */
export async function assertCopiesIdentical (cluster: ProcessCluster, topic: string, partition: number, replicas: readonly number[], end: number): Promise<void> {
  const digests = new Map<number, PartitionDigest>()
  for (const id of replicas) digests.set(id, await digestOf(cluster, id, topic, partition, end))
  for (const [id, d] of digests) assert.equal(d.endOffset, end, `node ${id}, ${topic}-${partition}: digest to ${d.endOffset}, not ${end}`)
  assert.equal(new Set([...digests.values()].map((d) => d.sha256)).size, 1, `${topic}-${partition}: the copies differ below ${end}: ${JSON.stringify([...digests])}`)
}

/** An idempotent batch's producer id, epoch and first sequence. */
export interface BatchProducer { readonly producerId: number, readonly producerEpoch: number, readonly baseSequence: number }

/**
 * One Produce v9 of `values` (one batch, with no producer id unless `producer` gives one) sent to node
 * `id` itself, answered or not: the partition's error code and base offset as that node answers,
 * without a client's retries.
 */
export async function produceDirect (cluster: ProcessCluster, id: number, topic: string, partition: number, values: readonly string[], acks: number, timeoutMs: number, producer?: BatchProducer): Promise<{ errorCode: number, baseOffset: number, errorMessage: string | null }> {
  const n = cluster.node(id)
  const records = buildRecordBatch({ ...producer, records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp: Date.now() })) })
  const response = await call<ProduceResponse>(n.host, n.clientPort, ApiKey.Produce, 9, {
    transactionalId: null, acks, timeoutMs, topicData: [{ name: topic, partitionData: [{ index: partition, records }] }]
  }, timeoutMs + ADMIN_TIMEOUT_MS, cluster.clientHost)
  const r = response.responses[0]!.partitionResponses[0]!
  return { errorCode: r.errorCode, baseOffset: Number(r.baseOffset), errorMessage: r.errorMessage }
}

/** The records of `topic`-`partition` a consumer can read (to the high watermark), read with kcat: offset and value. */
export async function readPartition (bootstrap: string, topic: string, partition: number): Promise<Array<{ o: number, v: string }>> {
  const result = await runChild('kcat', ['-b', bootstrap, '-C', '-q', '-t', topic, '-p', String(partition), '-o', 'beginning', '-e', '-f', '%o %s\\n'], { timeoutMs: 60_000 })
  if (result.code !== 0) throw new Error(`kcat -C ${topic}-${partition} exited ${result.code ?? result.signal ?? '?'}: ${result.stderr}`)
  return result.stdout.split('\n').filter((l) => l !== '').map((line) => {
    const space = line.indexOf(' ')
    return { o: Number(line.slice(0, space)), v: line.slice(space + 1) }
  })
}

/** A client process that prints one JSON object a line and stops (and flushes) on "stop" at its stdin. */
export class LineProcess<T> {
  readonly name: string
  readonly child: ChildProcess
  readonly lines: T[] = []
  readonly stderr: string[] = []
  readonly closed: Promise<ChildExit>
  exit: ChildExit | null = null

  constructor (name: string, command: string, args: readonly string[]) {
    this.name = name
    const { child, closed } = spawnChild(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child = child
    this.closed = closed.then((exit) => { this.exit = exit; return exit })
    this.closed.catch(() => {}) // awaited by stop(); a spawn failure shows there and in running()
    child.stdin!.on('error', () => {}) // EPIPE after the process died: its exit tells why
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as T)
      } catch {
        this.stderr.push(`(stdout, not JSON) ${line}`)
      }
    })
    createInterface({ input: child.stderr! }).on('line', (line) => this.stderr.push(line))
  }

  /** Throws when the process has exited before being told to stop. */
  assertRunning (): void {
    if (this.exit !== null) throw new Error(`${this.name} exited (${this.exit.signal ?? `code ${this.exit.code ?? '?'}`}) before the test stopped it: ${this.tail()}`)
  }

  /** The first and last lines of its stderr (a traceback starts at the top), then its last output lines. */
  tail (lines = 15): string {
    const stderr = this.stderr.length <= 2 * lines ? this.stderr : [...this.stderr.slice(0, lines), '...', ...this.stderr.slice(-lines)]
    return [...stderr, ...this.lines.slice(-5).map((l) => JSON.stringify(l))].join('\n')
  }

  /** Tells it to stop and waits for its exit (killing it after STOP_TIMEOUT_MS). */
  async stop (): Promise<ChildExit> {
    if (this.exit === null) this.child.stdin!.end('stop\n')
    const timer = setTimeout(() => killGroup(this.child, 'SIGKILL'), STOP_TIMEOUT_MS)
    try {
      return await this.closed
    } finally {
      clearTimeout(timer)
    }
  }
}

export interface DeliveryLine { readonly dr?: number, readonly p?: number, readonly o?: number, readonly err?: string | null, readonly error?: string, readonly fatal?: boolean, readonly reason?: string, readonly done?: boolean, readonly produced?: number, readonly unflushed?: number }

/** The idempotent acks=all librdkafka producer of numbered records (numbered_producer.py): record i goes to partition i % partitions. */
export class NumberedProducer extends LineProcess<DeliveryLine> {
  constructor (bootstrap: string, topic: string, partitions: number, intervalMs = 5) {
    super('the librdkafka producer', '/usr/bin/python3', ['test/interop/numbered_producer.py', bootstrap, topic, String(partitions), String(intervalMs)])
  }

  /** The acknowledged deliveries (in the order of their reports), from line `from` on. */
  acked (from = 0): Array<{ i: number, p: number, o: number }> {
    const out: Array<{ i: number, p: number, o: number }> = []
    for (let k = from; k < this.lines.length; k++) {
      const l = this.lines[k]!
      if (l.dr !== undefined && l.err === null) out.push({ i: l.dr, p: l.p!, o: l.o! })
    }
    return out
  }

  failed (): DeliveryLine[] {
    return this.lines.filter((l) => l.dr !== undefined && l.err !== null)
  }

  errors (): DeliveryLine[] {
    return this.lines.filter((l) => l.error !== undefined)
  }

  /** Waits until at least `count` deliveries of each partition are acknowledged after line `from`. */
  async waitForAcks (cluster: ProcessCluster, what: string, from: number, partitions: number, count: number, timeoutMs = 30_000): Promise<void> {
    await untilRunning(cluster, () => this.assertRunning(), () => `${what}: ${count} acknowledged deliveries per partition (now ${JSON.stringify(this.ackedPerPartition(from, partitions))}; producer said: ${this.tail(5)})`, () => this.ackedPerPartition(from, partitions).every((n) => n >= count), timeoutMs)
  }

  private ackedPerPartition (from: number, partitions: number): number[] {
    const counts = new Array<number>(partitions).fill(0)
    for (const a of this.acked(from)) counts[a.p]!++
    return counts
  }
}

export interface SeenRecord { readonly p: number, readonly o: number, readonly v: string }
export type RecorderLine = Partial<SeenRecord> & { readonly error?: string, readonly done?: boolean }

/** What a consumer was given, by client. */
export interface RecordingConsumer {
  readonly client: string
  seen (): SeenRecord[]
  /** Throws when it stopped on its own. */
  assertRunning (): void
  stop (): Promise<void>
  /** Ends it whatever its state (for a finally: a kafkajs consumer left running keeps the test file's process alive). */
  close (): Promise<void>
  tail (): string
}

/** A librdkafka or kafka-python consumer process reading every partition from offset 0 (offset_recorder.py). */
export function startRecorder (client: 'librdkafka' | 'kafka-python', bootstrap: string, topic: string, partitions: number): RecordingConsumer {
  const proc = new LineProcess<RecorderLine>(`the ${client} consumer`, '/usr/bin/python3', ['test/interop/offset_recorder.py', client, bootstrap, topic, String(partitions)])
  return {
    client,
    seen: () => proc.lines.filter((l): l is SeenRecord & RecorderLine => l.p !== undefined),
    assertRunning: () => proc.assertRunning(),
    stop: async () => {
      const exit = await proc.stop()
      if (exit.code !== 0) throw new Error(`${proc.name} exited ${exit.signal ?? exit.code ?? '?'}: ${proc.tail()}`)
    },
    close: async () => {
      if (proc.exit === null) killGroup(proc.child, 'SIGKILL')
      await proc.closed.catch(() => {})
    },
    tail: () => proc.tail()
  }
}

/**
 * A kafkajs consumer in this process, in its own group (its coordinator must stay up), from the
 * beginning; its connections come from `localAddress` when given (outside any cut of loopback-partition.ts).
 */
export async function startKafkajsRecorder (bootstrap: string, topic: string, groupId: string, localAddress?: string): Promise<RecordingConsumer> {
  const socketFactory: ISocketFactory = ({ host, port, onConnect }) => {
    const socket = netConnect({ host, port, ...(localAddress === undefined ? {} : { localAddress }) }, onConnect)
    socket.setKeepAlive(true, KEEP_ALIVE_DELAY_MS)
    return socket
  }
  const kafka = new Kafka({ clientId: 'replication-recorder', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING, socketFactory, retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 1000 } })
  const consumer: Consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500, sessionTimeout: 15_000, retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 1000 } })
  const seen: SeenRecord[] = []
  const problems: string[] = []
  let crashed: string | null = null
  consumer.on(consumer.events.CRASH, (e) => {
    const payload = e.payload as { error: Error, restart: boolean }
    problems.push(`crash (restart ${String(payload.restart)}): ${payload.error.message}`)
    if (!payload.restart) crashed = payload.error.message
  })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      seen.push({ p: partition, o: Number(message.offset), v: message.value?.toString() ?? '' })
    }
  })
  return {
    client: 'kafkajs',
    seen: () => seen,
    assertRunning: () => { if (crashed !== null) throw new Error(`the kafkajs consumer stopped: ${crashed}`) },
    stop: async () => { await consumer.disconnect() },
    close: async () => { await consumer.disconnect().catch(() => {}) },
    tail: () => problems.slice(-10).join('\n')
  }
}

/** Polls `done` until it holds, and fails at once (not at the timeout) when `assertRunning` throws: the client process died. */
async function untilRunning (cluster: ProcessCluster, assertRunning: () => void, what: () => string, done: () => boolean, timeoutMs: number): Promise<void> {
  let died: Error | null = null
  await cluster.until(what, async () => {
    try {
      assertRunning()
    } catch (err) {
      died = err as Error
      return true
    }
    return done() ? true : null
  }, timeoutMs)
  if (died !== null) throw died
}

/** Waits until consumer `c` has been given every partition to its end (`ends`: offsets by partition). */
export async function waitForConsumer (cluster: ProcessCluster, c: RecordingConsumer, ends: readonly number[], timeoutMs = 60_000): Promise<void> {
  await untilRunning(cluster, () => c.assertRunning(), () => `the ${c.client} consumer to read every partition to ${ends.join(',')}`, () => {
    const reached = new Array<number>(ends.length).fill(0)
    for (const r of c.seen()) reached[r.p] = Math.max(reached[r.p]!, r.o + 1)
    return reached.every((o, p) => o >= ends[p]!)
  }, timeoutMs)
}

/**
 * Waits until each consumer has read every partition to its end (`ends`), stops it, and asserts that it
 * was given every offset and only records of the final log (offset -> value by partition), at their
 * offsets: no consumer read a record that later disappeared.
 */
export async function assertConsumersReadTheFinalLog (cluster: ProcessCluster, consumers: readonly RecordingConsumer[], ends: readonly number[], finalLog: ReadonlyArray<ReadonlyMap<number, string>>): Promise<void> {
  for (const c of consumers) {
    await waitForConsumer(cluster, c, ends)
    await c.stop()
    const wrong: string[] = []
    for (const r of c.seen()) {
      const v = finalLog[r.p]?.get(r.o)
      if (v !== r.v) wrong.push(`p${r.p} offset ${r.o}: given ${JSON.stringify(r.v)}, the final log has ${v === undefined ? 'nothing' : JSON.stringify(v)}`)
    }
    assert.deepEqual(wrong.slice(0, 10), [], `the ${c.client} consumer was given ${wrong.length} records that are not in the final log`)
    for (let p = 0; p < ends.length; p++) {
      const offsets = new Set(c.seen().filter((r) => r.p === p).map((r) => r.o))
      assert.equal(offsets.size, ends[p], `the ${c.client} consumer missed offsets of partition ${p}`)
    }
  }
}
