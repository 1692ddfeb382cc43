// The broker's (node's) configuration keys, with Kafka's names and defaults. Where Rivulet's default
// differs from Kafka's, it is so that `npm start` with no configuration runs one combined node on
// localhost:9092 with its data in ./data (a quorum of one voter); each such key says so.
import { atLeast, between, defineKey, LONG_MAX_TEXT, listOf, messageFormatVersion, oneOf, type ConfigKey } from './config-def.ts'

const INT_MAX_TEXT = '2147483647'

/** The bound on partition replicas one node hosts (Kafka has no such key); named in its errors. */
export const NODE_PARTITIONS_MAX_KEY = 'rivulet.node.partitions.max'

/** Kafka's KRaft election timeout; Rivulet's Raft counts it in ticks (src/node/node-parts.ts). */
export const QUORUM_ELECTION_TIMEOUT_KEY = 'controller.quorum.election.timeout.ms'
/** Two 100 ms Raft ticks: the timeout must outlast the leader's heartbeat, sent every tick. */
export const QUORUM_ELECTION_TIMEOUT_MS_MIN = 200

export const BROKER_CONFIG_KEYS: readonly ConfigKey[] = [
  // Identity and roles. Kafka has no defaults here; Rivulet's make a single node work unconfigured.
  defineKey('node.id', 'int', '1', 'The node id of this process (Rivulet default 1; Kafka requires it in KRaft mode).', { validate: atLeast(0), readOnly: true }),
  defineKey('process.roles', 'list', 'broker,controller', 'The roles of this process: broker, controller or both (combined mode).', { validate: listOf(['broker', 'controller']), readOnly: true }),
  // Kafka 3.8 lets both change per broker (DynamicListenerConfig); Rivulet applies advertised.listeners
  // (the node registers its new endpoints) and refuses a change of listeners (it binds them at start).
  defineKey('listeners', 'list', 'PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093', 'Listener URIs, NAME://host:port.', { perBroker: true }),
  defineKey('advertised.listeners', 'list', null, 'Listener URIs handed to clients; defaults to listeners.', { perBroker: true }),
  defineKey('controller.listener.names', 'list', 'CONTROLLER', 'Names of the listeners used by the controller quorum.', { readOnly: true }),
  defineKey('inter.broker.listener.name', 'string', 'PLAINTEXT', 'Listener name used between brokers.', { readOnly: true }),
  defineKey('broker.rack', 'string', null, 'Rack of this broker, for rack-aware replica placement.', { readOnly: true }),
  defineKey('controller.quorum.voters', 'list', '1@localhost:9093', 'The controller voters, id@host:port (Rivulet default: this node alone).', { readOnly: true }),
  defineKey(QUORUM_ELECTION_TIMEOUT_KEY, 'int', '1000', 'A voter that hears no leader for this long starts an election, after a random wait of up to this long again; a leader that hears no majority steps down within one to two of it (check quorum). Counted in 100 ms Raft ticks, rounded up. Rivulet\'s Raft has this one timeout where Kafka also has controller.quorum.fetch.timeout.ms.', { validate: atLeast(QUORUM_ELECTION_TIMEOUT_MS_MIN), readOnly: true }),
  defineKey('log.dirs', 'list', './data', 'Directories holding the partition logs (Rivulet default ./data).', { readOnly: true }),
  defineKey('metadata.log.dir', 'string', null, 'Directory of the @metadata log; defaults to the first of log.dirs.', { readOnly: true }),
  defineKey(NODE_PARTITIONS_MAX_KEY, 'int', '20000', 'Rivulet only: partition replicas this node may host; CreateTopics, CreatePartitions and auto-creation past it get POLICY_VIOLATION.', { validate: atLeast(1), readOnly: true }),
  defineKey('rivulet.admin.listener', 'string', 'http://localhost:9644', 'Rivulet only: the admin HTTP API (health, cluster state, Prometheus metrics).', { readOnly: true }),
  defineKey('rivulet.log.open.files.max', 'int', '256', 'Rivulet only: segment and index files held open at once across all partition logs; the least recently used is closed past it.', { validate: atLeast(2), readOnly: true }),

  // Topic defaults (the broker-level synonyms of topic configs). The first synonym of each topic config
  // may change cluster-wide or per broker (Kafka's DynamicLogConfig); the others are read-only.
  defineKey('num.partitions', 'int', '1', 'Default partition count of auto-created and unspecified topics.', { validate: atLeast(1), readOnly: true }),
  defineKey('default.replication.factor', 'int', '1', 'Default replication factor of new topics.', { validate: atLeast(1), readOnly: true }),
  defineKey('min.insync.replicas', 'int', '1', 'Minimum ISR size for acks=all produce.', { validate: atLeast(1) }),
  defineKey('rivulet.replication.fsync', 'boolean', 'false', 'Rivulet only: the default of the topic config of that name: acks=all produce also waits for the leader\'s fsync (group-committed), and followers fsync before they fetch again.'),
  defineKey('auto.create.topics.enable', 'boolean', 'true', 'Create a topic on first Metadata/Produce reference.', { readOnly: true }),
  defineKey('delete.topic.enable', 'boolean', 'true', 'Allow DeleteTopics.', { readOnly: true }),
  defineKey('message.max.bytes', 'int', '1048588', 'Largest record batch the broker accepts.', { validate: atLeast(0) }),
  defineKey('log.segment.bytes', 'int', '1073741824', 'Size of a single log segment file.', { validate: atLeast(14) }),
  defineKey('log.roll.ms', 'long', null, 'Time after which a new segment is rolled; overrides log.roll.hours.', { validate: atLeast(1) }),
  defineKey('log.roll.hours', 'int', '168', 'Time after which a new segment is rolled, in hours.', { validate: atLeast(1), readOnly: true }),
  defineKey('log.roll.jitter.ms', 'long', null, 'Maximum jitter subtracted from the roll time.', { validate: atLeast(0) }),
  defineKey('log.roll.jitter.hours', 'int', '0', 'Maximum jitter subtracted from the roll time, in hours.', { validate: atLeast(0), readOnly: true }),
  defineKey('log.retention.ms', 'long', null, 'Retention time; overrides minutes and hours. -1: no limit.'),
  defineKey('log.retention.minutes', 'int', null, 'Retention time in minutes; overrides hours.', { readOnly: true }),
  defineKey('log.retention.hours', 'int', '168', 'Retention time in hours.', { readOnly: true }),
  defineKey('log.retention.bytes', 'long', '-1', 'Maximum partition size before old segments are deleted. -1: no limit.'),
  defineKey('log.retention.check.interval.ms', 'long', '300000', 'How often retention is checked.', { validate: atLeast(1), readOnly: true }),
  defineKey('log.index.interval.bytes', 'int', '4096', 'Bytes between two offset index entries.', { validate: atLeast(0) }),
  defineKey('log.index.size.max.bytes', 'int', '10485760', 'Maximum size of an offset index file.', { validate: atLeast(4) }),
  defineKey('log.segment.delete.delay.ms', 'long', '60000', 'Delay before a .deleted segment file is removed.', { validate: atLeast(0) }),
  defineKey('log.flush.interval.messages', 'long', LONG_MAX_TEXT, 'Messages appended before an fsync.', { validate: atLeast(1) }),
  defineKey('log.flush.interval.ms', 'long', null, 'Maximum time data waits before an fsync; defaults to log.flush.scheduler.interval.ms.'),
  defineKey('log.flush.scheduler.interval.ms', 'long', LONG_MAX_TEXT, 'How often the flusher checks for logs to fsync.', { readOnly: true }),
  defineKey('log.cleanup.policy', 'list', 'delete', 'delete and/or compact.', { validate: listOf(['delete', 'compact']) }),
  defineKey('log.cleaner.delete.retention.ms', 'long', '86400000', 'How long delete tombstones are kept in compacted topics.', { validate: atLeast(0) }),
  defineKey('log.cleaner.min.compaction.lag.ms', 'long', '0', 'Minimum age of a record before it can be compacted.', { validate: atLeast(0) }),
  defineKey('log.cleaner.max.compaction.lag.ms', 'long', LONG_MAX_TEXT, 'Maximum time a record stays uncompacted.', { validate: atLeast(1) }),
  defineKey('log.cleaner.min.cleanable.ratio', 'double', '0.5', 'Minimum dirty ratio before a log is compacted.', { validate: between(0, 1) }),
  defineKey('log.message.timestamp.type', 'string', 'CreateTime', 'CreateTime or LogAppendTime.', { validate: oneOf(['CreateTime', 'LogAppendTime']) }),
  defineKey('log.message.timestamp.difference.max.ms', 'long', LONG_MAX_TEXT, 'Deprecated: allowed difference between the record and the broker time.', { validate: atLeast(0) }),
  defineKey('log.message.timestamp.before.max.ms', 'long', LONG_MAX_TEXT, 'How far before the broker time a record timestamp may be.', { validate: atLeast(0) }),
  defineKey('log.message.timestamp.after.max.ms', 'long', LONG_MAX_TEXT, 'How far after the broker time a record timestamp may be.', { validate: atLeast(0) }),
  defineKey('log.message.format.version', 'string', '3.0-IV1', 'Deprecated and ignored (as Kafka ignores it from 3.0 on): batches are always written in message format v2.', { validate: messageFormatVersion }),
  defineKey('log.message.downconversion.enable', 'boolean', 'true', 'Down-conversion of message formats for old consumers.'),
  defineKey('log.preallocate', 'boolean', 'false', 'Preallocate segment files.'),
  defineKey('compression.type', 'string', 'producer', 'Final compression of a topic: producer keeps what the producer sent.', { validate: oneOf(['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']) }),
  defineKey('unclean.leader.election.enable', 'boolean', 'false', 'Allow a replica outside the ISR to become leader (may lose data).'),

  // Network.
  defineKey('socket.request.max.bytes', 'int', '104857600', 'Largest request frame accepted.', { validate: atLeast(1), readOnly: true }),
  defineKey('queued.max.requests', 'int', '500', 'Requests queued before the network stops reading.', { validate: atLeast(1), readOnly: true }),
  // Kafka's default is -1 (unbounded). Rivulet bounds it by default: 256 MiB holds one frame of the
  // largest size socket.request.max.bytes allows (100 MiB) next to ~150 ordinary 1 MiB produce
  // requests, and is a small share of a laptop's memory. -1 (or any value <= 0) means unbounded.
  defineKey('queued.max.request.bytes', 'long', '268435456', 'Bytes of partly received and unanswered requests, across all connections, before the network stops reading (-1: unbounded).', { readOnly: true }),
  defineKey('rivulet.request.receive.timeout.ms', 'long', '30000', 'Rivulet only: a connection whose request frame is not complete this long after its size arrived is closed (its memory returns to queued.max.request.bytes).', { validate: atLeast(1), readOnly: true }),
  defineKey('rivulet.shutdown.timeout.ms', 'long', '5000', 'Rivulet only: the bound on a shutdown\'s waits: the controlled shutdown (at most half of it) and then in-flight requests being answered before their connections are closed.', { validate: atLeast(0), readOnly: true }),
  defineKey('max.connections', 'int', INT_MAX_TEXT, 'Maximum number of client connections.', { validate: atLeast(0) }),
  defineKey('max.incremental.fetch.session.cache.slots', 'int', '1000', 'Incremental fetch sessions (KIP-227) kept at once; 0 turns them off.', { validate: atLeast(0), readOnly: true }),
  defineKey('connections.max.idle.ms', 'long', '600000', 'Idle connections (nothing read, written or in flight) are closed after this time; negative: never.', { readOnly: true }),

  // Replication and the control plane.
  defineKey('replica.lag.time.max.ms', 'long', '30000', 'A follower not caught up for this long leaves the ISR.', { readOnly: true }),
  // Followers' fetchers (Kafka's ReplicaFetcherThread); Kafka's names and defaults.
  defineKey('num.replica.fetchers', 'int', '1', 'Fetchers per source broker; accepted for compatibility: Rivulet runs one fetcher (one connection, one request in flight) per leader broker.', { validate: atLeast(1), readOnly: true }),
  defineKey('replica.fetch.max.bytes', 'int', '1048576', 'Bytes a follower asks for per partition in one fetch (at least one batch is returned even when it is larger).', { validate: atLeast(0), readOnly: true }),
  defineKey('replica.fetch.response.max.bytes', 'int', '10485760', 'Bytes a follower asks for in one whole fetch response (at least one batch is returned even when it is larger).', { validate: atLeast(0), readOnly: true }),
  defineKey('replica.fetch.wait.max.ms', 'int', '500', 'How long the leader holds a follower fetch that has less than replica.fetch.min.bytes; at most replica.socket.timeout.ms and replica.lag.time.max.ms.', { validate: atLeast(0), readOnly: true }),
  defineKey('replica.fetch.min.bytes', 'int', '1', 'Bytes a follower fetch waits for at the leader (up to replica.fetch.wait.max.ms).', { validate: atLeast(1), readOnly: true }),
  defineKey('replica.fetch.backoff.ms', 'int', '1000', 'How long a follower waits before fetching a partition again after an error.', { validate: atLeast(0), readOnly: true }),
  defineKey('replica.socket.timeout.ms', 'int', '30000', 'The timeout of a follower\'s fetch requests to its leader.', { validate: atLeast(1), readOnly: true }),
  defineKey('broker.session.timeout.ms', 'int', '9000', 'A broker without heartbeats for this long is fenced.', { validate: atLeast(1), readOnly: true }),
  defineKey('controller.socket.timeout.ms', 'int', '30000', 'The timeout of a request this broker forwards to the active controller (it is retried on the next controller until then).', { validate: atLeast(1), readOnly: true }),
  defineKey('broker.heartbeat.interval.ms', 'int', '2000', 'Interval of broker heartbeats to the controller.', { validate: atLeast(1), readOnly: true }),
  defineKey('auto.leader.rebalance.enable', 'boolean', 'true', 'The active controller moves leadership back to preferred replicas when a broker\'s imbalance passes leader.imbalance.per.broker.percentage.', { readOnly: true }),
  defineKey('leader.imbalance.check.interval.seconds', 'long', '300', 'How often the active controller checks leader imbalance.', { validate: atLeast(1), readOnly: true }),
  defineKey('leader.imbalance.per.broker.percentage', 'int', '10', 'Share (percent) of a broker\'s preferred partitions led elsewhere above which leaders are rebalanced.', { validate: atLeast(0), readOnly: true }),
  defineKey('metadata.log.max.record.bytes.between.snapshots', 'long', '20971520', 'Bytes of @metadata records between two snapshots.', { validate: atLeast(1), readOnly: true }),

  // Consumer groups and transactions.
  defineKey('group.min.session.timeout.ms', 'int', '6000', 'Smallest session timeout a member may ask for.', { readOnly: true }),
  defineKey('group.max.session.timeout.ms', 'int', '1800000', 'Largest session timeout a member may ask for.', { readOnly: true }),
  defineKey('group.max.size', 'int', INT_MAX_TEXT, 'Maximum members of one group.', { validate: atLeast(1), readOnly: true }),
  defineKey('group.initial.rebalance.delay.ms', 'int', '3000', 'Delay of the first rebalance of an empty group.', { readOnly: true }),
  defineKey('offsets.retention.minutes', 'int', '10080', 'Committed offsets of an empty group expire after this time.', { validate: atLeast(1), readOnly: true }),
  defineKey('offsets.retention.check.interval.ms', 'long', '600000', 'How often expired offsets are removed.', { validate: atLeast(1), readOnly: true }),
  defineKey('transaction.max.timeout.ms', 'int', '900000', 'Largest transaction timeout a producer may ask for.', { validate: atLeast(1), readOnly: true })
]

export const BROKER_CONFIG_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(BROKER_CONFIG_KEYS.map((k) => [k.name, k]))
