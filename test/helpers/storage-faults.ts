// Test helpers for storage failures: a small tmpfs that a test can fill (root only; always unmounted),
// a pino logger whose lines the test reads, and a wire-client session for produce and fetch.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pino, type Logger } from 'pino'
import { WireClient, encodeRequest, decodeResponse } from './wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'

export interface LogLine {
  readonly level: number
  readonly msg: string
  readonly [key: string]: unknown
}

/** A logger at info level that keeps every line, parsed. */
export function capturingLogger (): { logger: Logger, lines: LogLine[] } {
  const lines: LogLine[] = []
  const stream = new Writable({
    write (chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) if (text !== '') lines.push(JSON.parse(text) as LogLine)
      done()
    }
  })
  return { logger: pino({ level: 'info' }, stream), lines }
}

/** Whether this process may mount a tmpfs (root in a container with CAP_SYS_ADMIN). */
export function canMountTmpfs (): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'rivulet-tmpfs-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false // not root, or no mount capability: the caller skips and says why
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

/** Runs `body` with a fresh tmpfs of `sizeBytes` mounted on a temporary directory; always unmounts. */
export async function withTmpfs (sizeBytes: number, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-tmpfs-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir])
  try {
    await body(dir)
  } finally {
    execFileSync('umount', ['-l', dir])
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One connection that produces and fetches, one request at a time. */
export class PartitionClient {
  readonly client: WireClient
  private correlation = 0

  private constructor (client: WireClient) {
    this.client = client
  }

  static async connect (port: number): Promise<PartitionClient> {
    return new PartitionClient(await WireClient.connect(port))
  }

  async call<T> (apiKey: number, version: number, body: unknown): Promise<T> {
    this.client.send(encodeRequest(apiKey, version, ++this.correlation, body))
    const frame = await this.client.nextFrame()
    if (frame === null) throw new Error('the broker closed the connection')
    return decodeResponse<T>(frame, apiKey, version).body
  }

  async createTopic (name: string, numPartitions: number, configs: Array<{ name: string, value: string }> = []): Promise<number> {
    const r = await this.call<{ topics: Array<{ errorCode: number }> }>(ApiKey.CreateTopics, 7, { topics: [{ name, numPartitions, replicationFactor: 1, assignments: [], configs }], timeoutMs: 5000, validateOnly: false })
    return r.topics[0]!.errorCode
  }

  async produce (topic: string, partition: number, records: Buffer): Promise<{ errorCode: number, baseOffset: number }> {
    const r = await this.call<ProduceResponse>(ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 5000, topicData: [{ name: topic, partitionData: [{ index: partition, records }] }] })
    const p = r.responses[0]!.partitionResponses[0]!
    return { errorCode: p.errorCode, baseOffset: Number(p.baseOffset) }
  }

  async fetch (topic: string, partition: number, fetchOffset: number, maxBytes = 64 << 20): Promise<{ errorCode: number, highWatermark: number, records: Buffer }> {
    const r = await this.call<FetchResponse>(ApiKey.Fetch, 11, {
      clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 0, maxBytes, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: BigInt(fetchOffset), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: maxBytes }] }],
      forgottenTopicsData: [], rackId: ''
    })
    const p = r.responses[0]!.partitions[0]!
    return { errorCode: p.errorCode, highWatermark: Number(p.highWatermark), records: p.records ?? Buffer.alloc(0) }
  }

  close (): void {
    this.client.close()
  }
}
