// The admin HTTP API (fastify, `rivulet.admin.listener`, default http://localhost:9644): health and
// readiness, cluster and topic state as JSON, and Prometheus metrics.
//   GET /healthz            the process is up
//   GET /readyz             the broker is registered and its Kafka listener accepts (503 otherwise)
//   GET /v1/cluster         cluster id, controller, brokers (fenced or not), the @metadata quorum: leader,
//                           epoch, high watermark, voters and observers with log end offset and lag
//   GET /v1/metadata/image  the offset of this node's committed image and a SHA-256 of it (its snapshot
//                           records): two nodes at one offset must show one digest
//   GET /v1/topics          topics with their ids and partition counts
//   GET /v1/topics/:name    partitions (leader, replicas, ISR, log start and end offsets, size) and configs
//   GET /v1/reassignments   partition reassignments in progress (topic, partition, replicas, adding, removing),
//                           as this node's image shows them
//   GET /v1/partitions      every partition hosted here: topic, partition, leader, leader epoch, ISR, role
//                           (leader, follower, offline), log start and end offsets, high watermark
//   GET /v1/partitions/:topic/:partition/digest?end=N
//                           SHA-256 of the stored batches from the log start below offset N (whole
//                           batches, never decoded): replicas agree byte for byte when digests do
//   GET /v1/groups          consumer groups with state, protocol type and member count
//   GET /v1/groups/:id      members and their partitions, committed offsets, log end offsets and lag
//   GET /metrics            Prometheus text format
import { createHash } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import { imageToRecords } from '../controller/metadata/image-records.ts'
import { encodeMetadataRecords } from '../controller/metadata/metadata-record.ts'
import type { Broker } from '../broker/broker.ts'
import { resolveTopicConfigs } from '../config/topic-config.ts'
import type { NodeMetrics } from './metrics.ts'
import { describeGroup, listGroups } from './group-view.ts'
import { listReassignments } from '../controller/quorum-controller/reassignment.ts'
import { hostedPartitions, partitionDigest } from './partition-view.ts'
import { describeMetadataQuorumRequest, quorumDescriptionOf, type QuorumReplicaState } from '../controller/metadata/quorum-fetch.ts'

export interface AdminServerOptions {
  readonly host: string
  readonly port: number
  readonly broker: Broker
  readonly metrics: NodeMetrics
  readonly ready: () => boolean
}

export function buildAdminServer (options: AdminServerOptions): FastifyInstance {
  const app = Fastify({ logger: false })
  const { broker, metrics } = options
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.get('/readyz', async (_req, reply) => {
    if (options.ready()) return { status: 'ready' }
    return await reply.code(503).send({ status: 'not ready' })
  })
  app.get('/v1/cluster', async () => {
    const image = broker.image()
    // Asked of the quorum's leader as DescribeQuorum is (through the controller channel); null when none answers.
    const quorum = quorumDescriptionOf(await broker.controller.describeQuorum(describeMetadataQuorumRequest()))
    const replica = (r: QuorumReplicaState): Record<string, number> => ({
      id: r.replicaId, logEndOffset: r.logEndOffset, lag: Math.max(0, quorum!.highWatermark - r.logEndOffset), lastFetchTimestamp: r.lastFetchTimestamp, lastCaughtUpTimestamp: r.lastCaughtUpTimestamp
    })
    return {
      clusterId: broker.clusterId,
      // Without an answer, the leader this node knows (null when none): never itself by default.
      controllerId: quorum?.leaderId ?? broker.metadataLeaderId(),
      quorum: quorum === null
        ? null
        : { leaderId: quorum.leaderId, leaderEpoch: quorum.leaderEpoch, highWatermark: quorum.highWatermark, voters: quorum.voters.map(replica), observers: quorum.observers.map(replica) },
      brokers: [...image.brokers.values()].map((b) => ({ id: b.id, fenced: b.fenced, rack: b.rack, endpoints: b.endpoints }))
    }
  })
  app.get('/v1/metadata/image', async () => {
    const image = broker.image()
    return { offset: image.offset, digest: createHash('sha256').update(encodeMetadataRecords(imageToRecords(image))).digest('hex') }
  })
  app.get('/v1/topics', async () => {
    const image = broker.image()
    return { topics: [...image.topicsById.values()].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ name: t.name, id: t.id, partitions: t.partitions.size })) }
  })
  app.get<{ Params: { name: string } }>('/v1/topics/:name', async (req, reply) => {
    const topic = broker.image().topic(req.params.name)
    if (topic === undefined) return await reply.code(404).send({ error: `unknown topic ${req.params.name}` })
    const partitions = [...topic.partitions.values()].sort((a, b) => a.partitionId - b.partitionId).map((p) => {
      const hosted = broker.partitions.get(topic.name, p.partitionId)
      const online = hosted?.isOnline() === true ? hosted : null
      return {
        partition: p.partitionId, leader: p.leader, leaderEpoch: p.leaderEpoch, replicas: p.replicas, isr: p.isr,
        logStartOffset: online?.logStartOffset() ?? null, highWatermark: online?.highWatermark() ?? null, logEndOffset: online?.logEndOffset() ?? null, sizeBytes: online?.log().sizeBytes() ?? null
      }
    })
    const configs = resolveTopicConfigs(broker.image().topicConfig(topic.name), broker.effectiveConfig()).map((c) => ({ name: c.def.key.name, value: c.text, source: c.source, isDefault: c.source === 5 }))
    return { name: topic.name, id: topic.id, partitions, configs }
  })
  app.get('/v1/reassignments', async () => ({
    reassignments: listReassignments(broker.image(), null).flatMap((t) => t.partitions.map((p) => ({
      topic: t.name, partition: p.partitionIndex, replicas: p.replicas, adding: p.addingReplicas, removing: p.removingReplicas
    })))
  }))
  registerPartitionRoutes(app, broker)
  app.get('/v1/groups', async () => ({ groups: listGroups(broker) }))
  app.get<{ Params: { id: string } }>('/v1/groups/:id', async (req, reply) => {
    const group = describeGroup(broker, req.params.id)
    if (group === null) return await reply.code(404).send({ error: `unknown group ${req.params.id}` })
    return group
  })
  app.get('/metrics', async (_req, reply) => {
    return await reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics())
  })
  return app
}

/** The hosted partitions and their digests (partition-view.ts). */
function registerPartitionRoutes (app: FastifyInstance, broker: Broker): void {
  app.get('/v1/partitions', async () => ({ partitions: hostedPartitions(broker) }))
  app.get<{ Params: { topic: string, partition: string }, Querystring: { end?: string } }>('/v1/partitions/:topic/:partition/digest', async (req, reply) => {
    const result = partitionDigest(broker, req.params.topic, req.params.partition, req.query.end)
    if (result.status !== 200) return await reply.code(result.status).send({ error: result.error })
    return result.digest
  })
}
