// Captures request frames from real clients, to refresh test/protocol/golden/frames.json:
//   node --import tsx test/protocol/golden/capture.ts
// It runs a tiny responder on 127.0.0.1 that answers ApiVersions, Metadata, Produce and
// InitProducerId with our own encoders (just enough for the clients to send what we want to
// capture), drives kcat, python confluent_kafka (librdkafka) and kafkajs at it, and records the
// first frame of each (client, API, version). Not part of `npm test`: the captured bytes are.
import { createServer, type Socket } from 'node:net'
import { writeFileSync } from 'node:fs'
import { Kafka, logLevel } from 'kafkajs'
import { Reader } from '../../../src/protocol/primitives/reader.ts'
import { API_SPECS, ApiKey, requestHeaderVersion } from '../../../src/protocol/generated/api-keys.ts'
import { decodeRequestHeader } from '../../../src/protocol/generated/headers.ts'
import { requestCodec } from '../../../src/protocol/generated/index.ts'
import { encodeResponse } from '../../../src/network/connection.ts'
import { apiVersionsResponse } from '../../../src/network/api-versions.ts'
import { defaultMetadataResponse, type MetadataRequest } from '../../../src/protocol/generated/messages/metadata.ts'
import { defaultProduceResponse, type ProduceRequest } from '../../../src/protocol/generated/messages/produce.ts'
import { defaultInitProducerIdResponse } from '../../../src/protocol/generated/messages/init-producer-id.ts'
import { runChild } from '../../helpers/child-processes.ts'

export interface GoldenFrame { client: string, apiKey: number, apiVersion: number, hex: string }

const frames: GoldenFrame[] = []
let currentClient = 'none'
let port = 0

function respond (frame: Buffer): Buffer | null {
  const apiKey = frame.readInt16BE(0)
  const apiVersion = frame.readInt16BE(2)
  if (!frames.some((f) => f.client === currentClient && f.apiKey === apiKey && f.apiVersion === apiVersion)) {
    frames.push({ client: currentClient, apiKey, apiVersion, hex: frame.toString('hex') })
  }
  const r = new Reader(frame)
  const header = decodeRequestHeader(r, requestHeaderVersion(apiKey, apiVersion))
  const request = requestCodec(apiKey)!.decode(r, apiVersion)
  switch (apiKey) {
    case ApiKey.ApiVersions:
      // Every API is advertised: librdkafka enables RecordBatch v2 (MsgVer2) only when both Produce v3+
      // and Fetch v4+ are listed; with Produce alone it sends the old MessageSet format.
      return encodeResponse(header, apiVersionsResponse(API_SPECS.map((s) => ({ apiKey: s.apiKey, minVersion: s.minVersion, maxVersion: s.maxVersion })), 0), apiVersion)
    case ApiKey.Metadata: {
      const m = request as MetadataRequest
      const response = defaultMetadataResponse()
      response.brokers = [{ nodeId: 1, host: '127.0.0.1', port, rack: null }]
      response.clusterId = 'golden-cluster'
      response.controllerId = 1
      response.topics = (m.topics ?? [{ name: 'golden', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }]).map((t) => ({
        errorCode: 0, name: t.name, topicId: 'Z29sZGVuLXRvcGljLWlkAA', isInternal: false, topicAuthorizedOperations: -2147483648,
        partitions: [{ errorCode: 0, partitionIndex: 0, leaderId: 1, leaderEpoch: 0, replicaNodes: [1], isrNodes: [1], offlineReplicas: [] }]
      }))
      return encodeResponse(header, response, apiVersion)
    }
    case ApiKey.Produce: {
      const p = request as ProduceRequest
      if (p.acks === 0) return null
      const response = defaultProduceResponse()
      response.responses = p.topicData.map((t) => ({
        name: t.name,
        partitionResponses: t.partitionData.map((pd) => ({ index: pd.index, errorCode: 0, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: 0n, recordErrors: [], errorMessage: null, currentLeader: { leaderId: -1, leaderEpoch: -1 } }))
      }))
      return encodeResponse(header, response, apiVersion)
    }
    case ApiKey.InitProducerId: {
      const response = defaultInitProducerIdResponse()
      response.producerId = 1000n
      response.producerEpoch = 0
      return encodeResponse(header, response, apiVersion)
    }
    default:
      return null
  }
}

function serve (socket: Socket): void {
  let buffered = Buffer.alloc(0)
  socket.on('error', () => {})
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk])
    while (buffered.length >= 4 && buffered.length >= 4 + buffered.readInt32BE(0)) {
      const size = buffered.readInt32BE(0)
      const frame = buffered.subarray(4, 4 + size)
      buffered = buffered.subarray(4 + size)
      const out = respond(frame)
      if (out !== null) socket.write(out)
    }
  })
}

/** Runs a client process without blocking the event loop (the responder runs in this process). Its exit
 *  code does not matter (the responder answers only what is captured); a client not installed stops the capture. */
async function run (command: string, args: string[], input = '', timeoutMs = 30000): Promise<void> {
  await runChild(command, args, { input, timeoutMs })
}

const server = createServer(serve)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
port = (server.address() as { port: number }).port
const broker = `127.0.0.1:${port}`

currentClient = 'kcat'
await run('kcat', ['-b', broker, '-L', '-t', 'golden'])
await run('kcat', ['-b', broker, '-P', '-t', 'golden', '-p', '0', '-k', 'key-1', '-H', 'trace=abc', '-X', 'linger.ms=0'], 'value-1\n')

currentClient = 'confluent-kafka'
await run('/usr/bin/python3', ['-c', `
from confluent_kafka import Producer
p = Producer({'bootstrap.servers': '${broker}', 'client.id': 'golden-python', 'enable.idempotence': True})
p.produce('golden', key=b'key-2', value=b'value-2', partition=0, headers=[('h', b'v')])
p.flush(10)
`])

currentClient = 'kafkajs'
const kafka = new Kafka({ clientId: 'golden-kafkajs', brokers: [broker], logLevel: logLevel.NOTHING })
const producer = kafka.producer()
await producer.connect()
await producer.send({ topic: 'golden', acks: -1, messages: [{ key: 'key-3', value: 'value-3', partition: 0, headers: { h: 'v' } }] })
await producer.disconnect()

server.close()
frames.sort((a, b) => a.client.localeCompare(b.client) || a.apiKey - b.apiKey || a.apiVersion - b.apiVersion)
writeFileSync(new URL('./frames.json', import.meta.url), JSON.stringify(frames, null, 1) + '\n')
console.log(frames.map((f) => `${f.client} key=${f.apiKey} v${f.apiVersion} ${f.hex.length / 2} bytes`).join('\n'))
