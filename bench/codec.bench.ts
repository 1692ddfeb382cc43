// Codec throughput for the hot APIs: Produce v9 and Fetch v13, requests and responses, decode and
// encode, in MB/s, next to a baseline measured in the same run: copying the same number of bytes.
import { randomBytes } from 'node:crypto'
import { Reader } from '../src/protocol/primitives/reader.ts'
import { Writer } from '../src/protocol/primitives/writer.ts'
import { REQUEST_CODECS, RESPONSE_CODECS, ApiKey, type MessageCodec } from '../src/protocol/generated/index.ts'
import type { ProduceRequest, ProduceResponse } from '../src/protocol/generated/messages/produce.ts'
import type { FetchRequest, FetchResponse } from '../src/protocol/generated/messages/fetch.ts'
import { fmt, measureSync } from './measure.ts'

const TOPICS = 4
const PARTITIONS = 8
const RECORDS_BYTES = 16 * 1024
const DURATION_MS = 700

const topicName = (t: number): string => `bench-topic-${t}`
const topicId = (t: number): string => Buffer.alloc(16, t + 1).toString('base64url')

function produceRequest (): ProduceRequest {
  return {
    transactionalId: null, acks: -1, timeoutMs: 30000,
    topicData: Array.from({ length: TOPICS }, (_, t) => ({
      name: topicName(t),
      partitionData: Array.from({ length: PARTITIONS }, (_, p) => ({ index: p, records: randomBytes(RECORDS_BYTES) }))
    }))
  }
}

function produceResponse (): ProduceResponse {
  return {
    throttleTimeMs: 0, nodeEndpoints: [],
    responses: Array.from({ length: TOPICS }, (_, t) => ({
      name: topicName(t),
      partitionResponses: Array.from({ length: PARTITIONS }, (_, p) => ({
        index: p, errorCode: 0, baseOffset: BigInt(p * 1000), logAppendTimeMs: -1n, logStartOffset: 0n, recordErrors: [], errorMessage: null, currentLeader: { leaderId: -1, leaderEpoch: -1 }
      }))
    }))
  }
}

function fetchRequest (): FetchRequest {
  return {
    clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 500, minBytes: 1, maxBytes: 52428800, isolationLevel: 1, sessionId: 0, sessionEpoch: -1,
    topics: Array.from({ length: TOPICS }, (_, t) => ({
      topic: '', topicId: topicId(t),
      partitions: Array.from({ length: PARTITIONS }, (_, p) => ({ partition: p, currentLeaderEpoch: 0, fetchOffset: BigInt(p * 1000), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1048576 }))
    })),
    forgottenTopicsData: [], rackId: ''
  }
}

function fetchResponse (): FetchResponse {
  return {
    throttleTimeMs: 0, errorCode: 0, sessionId: 0, nodeEndpoints: [],
    responses: Array.from({ length: TOPICS }, (_, t) => ({
      topic: '', topicId: topicId(t),
      partitions: Array.from({ length: PARTITIONS }, (_, p) => ({
        partitionIndex: p, errorCode: 0, highWatermark: 5000n, lastStableOffset: 5000n, logStartOffset: 0n,
        divergingEpoch: { epoch: -1, endOffset: -1n }, currentLeader: { leaderId: -1, leaderEpoch: -1 }, snapshotId: { endOffset: -1n, epoch: -1 },
        abortedTransactions: [], preferredReadReplica: -1, records: randomBytes(RECORDS_BYTES)
      }))
    }))
  }
}

function bench (label: string, codec: MessageCodec<unknown>, message: unknown, version: number): void {
  const size = codec.sizeOf(message, version)
  const w = Writer.alloc(size)
  codec.write(w, message, version)
  const encoded = w.buf
  const target = Buffer.allocUnsafe(size)
  const copy = measureSync(DURATION_MS, () => { encoded.copy(target); return size })
  const encode = measureSync(DURATION_MS, () => {
    const out = Writer.alloc(codec.sizeOf(message, version))
    codec.write(out, message, version)
    return out.offset
  })
  const decode = measureSync(DURATION_MS, () => { codec.decode(new Reader(encoded), version); return size })
  console.log(`${label.padEnd(20)} ${fmt(size / 1024).padStart(5)} KiB | decode ${fmt(decode.mbPerSec).padStart(7)} MB/s (${fmt(decode.mbPerSec / copy.mbPerSec, 2)}x copy) | encode ${fmt(encode.mbPerSec).padStart(7)} MB/s (${fmt(encode.mbPerSec / copy.mbPerSec, 2)}x copy) | copy baseline ${fmt(copy.mbPerSec)} MB/s`)
}

export default async function (): Promise<void> {
  console.log(`codec: ${TOPICS} topics x ${PARTITIONS} partitions, ${RECORDS_BYTES / 1024} KiB record sets where the message carries records`)
  const req = REQUEST_CODECS as unknown as Record<number, MessageCodec<unknown>>
  const res = RESPONSE_CODECS as unknown as Record<number, MessageCodec<unknown>>
  bench('Produce v9 request', req[ApiKey.Produce]!, produceRequest(), 9)
  bench('Produce v9 response', res[ApiKey.Produce]!, produceResponse(), 9)
  bench('Fetch v13 request', req[ApiKey.Fetch]!, fetchRequest(), 13)
  bench('Fetch v13 response', res[ApiKey.Fetch]!, fetchResponse(), 13)
}
