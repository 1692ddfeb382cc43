// The node's identity, roles and quorum, mapped once from Kafka's KRaft keys into one typed object
// (node.id, process.roles, controller.quorum.voters, controller.listener.names, listeners,
// advertised.listeners, inter.broker.listener.name, broker.rack, broker.session.timeout.ms,
// broker.heartbeat.interval.ms), and validated as Kafka's KafkaConfig validates them: each refusal is
// one ConfigError line naming the key. Pure: no I/O.
//
// One difference from Kafka, so that `npm start` and every single-node set-up stay as they are: a
// quorum of one voter opens no controller port (the log has no peers), so a node that is the only voter
// may leave its controller listener out of `listeners`. With more than one voter Kafka's rule holds.
import { ConfigError } from './config-def.ts'
import { parseListeners, type ListenerAddress } from './listeners.ts'

/** What node-settings reads of a loaded configuration (LoadedConfig has it). */
export interface ConfigReader {
  int (name: string): number
  list (name: string): readonly string[]
  string (name: string): string | null
}

export interface VoterAddress {
  readonly host: string
  readonly port: number
}

export interface NodeSettings {
  readonly nodeId: number
  readonly broker: boolean
  readonly controller: boolean
  /** controller.quorum.voters by id, in id order. */
  readonly voters: ReadonlyMap<number, VoterAddress>
  readonly listeners: readonly ListenerAddress[]
  /** advertised.listeners, or listeners when it is not set. */
  readonly advertisedListeners: readonly ListenerAddress[]
  readonly controllerListenerNames: readonly string[]
  /** This node's controller listener (the first of controller.listener.names it listens on); null if none. */
  readonly controllerListener: ListenerAddress | null
  readonly interBrokerListenerName: string
  readonly rack: string | null
  readonly brokerSessionTimeoutMs: number
  readonly brokerHeartbeatIntervalMs: number
}

const VOTERS_KEY = 'controller.quorum.voters'

/** `1@host:port,2@host:port`: Kafka's QuorumConfig.parseVoterConnections, one line per bad entry. */
export function parseVoters (entries: readonly string[]): Map<number, VoterAddress> {
  const voters = new Map<number, VoterAddress>()
  for (const entry of entries) {
    const match = /^(\d+)@(\[[^\]]+\]|[^:@[\]]+):(\d+)$/.exec(entry.trim())
    if (match === null) throw new ConfigError(VOTERS_KEY, `Invalid value ${entry} for configuration ${VOTERS_KEY}: each entry must be {id}@{host}:{port}`)
    const id = Number(match[1])
    const port = Number(match[3])
    if (id > 2147483647) throw new ConfigError(VOTERS_KEY, `Invalid value ${entry} for configuration ${VOTERS_KEY}: id ${match[1]} is not a 32-bit integer`)
    if (port < 1 || port > 65535) throw new ConfigError(VOTERS_KEY, `Invalid value ${entry} for configuration ${VOTERS_KEY}: port ${port} is out of range`)
    if (voters.has(id)) throw new ConfigError(VOTERS_KEY, `Invalid value ${entries.join(',')} for configuration ${VOTERS_KEY}: duplicate entry for voter id ${id}`)
    voters.set(id, { host: match[2]!.replace(/^\[|\]$/g, ''), port })
  }
  return new Map([...voters].sort((a, b) => a[0] - b[0]))
}

function idSet (voters: ReadonlyMap<number, VoterAddress>): string {
  return `Set(${[...voters.keys()].join(', ')})`
}

/** Reads and checks the KRaft keys; throws ConfigError (one line) on the first violation. */
export function nodeSettings (config: ConfigReader): NodeSettings {
  const nodeId = config.int('node.id')
  const roles = config.list('process.roles')
  if (roles.length === 0) throw new ConfigError('process.roles', 'Invalid value for configuration process.roles: Rivulet runs in KRaft mode only; set broker, controller or both')
  if (new Set(roles).size !== roles.length) throw new ConfigError('process.roles', `Duplicate role names found in \`process.roles\`: ${roles.join(',')}`)
  const broker = roles.includes('broker')
  const controller = roles.includes('controller')

  const voters = parseVoters(config.list(VOTERS_KEY))
  if (voters.size === 0) throw new ConfigError(VOTERS_KEY, `If using process.roles, ${VOTERS_KEY} must contain a parseable set of voters.`)
  if (controller && !voters.has(nodeId)) {
    throw new ConfigError(VOTERS_KEY, `If process.roles contains the 'controller' role, the node id ${nodeId} must be included in the set of voters ${VOTERS_KEY}=${idSet(voters)}`)
  }
  if (!controller && voters.has(nodeId)) {
    throw new ConfigError(VOTERS_KEY, `If process.roles contains just the 'broker' role, the node id ${nodeId} must not be included in the set of voters ${VOTERS_KEY}=${idSet(voters)}`)
  }

  const listeners = parseListeners('listeners', config.list('listeners'))
  const advertisedTexts = config.list('advertised.listeners')
  const advertisedListeners = advertisedTexts.length > 0 ? parseListeners('advertised.listeners', advertisedTexts) : listeners
  const controllerListenerNames = config.list('controller.listener.names').map((n) => n.toUpperCase())
  if (controllerListenerNames.length === 0) throw new ConfigError('controller.listener.names', 'controller.listener.names must contain at least one value when running in KRaft mode')
  const isControllerName = (l: ListenerAddress): boolean => controllerListenerNames.includes(l.name)
  const controllerListener = controllerListenerNames.map((n) => listeners.find((l) => l.name === n)).find((l) => l !== undefined) ?? null
  // A controller-only node serves nothing but its controller listener, so it needs one even as the only voter.
  if (controller && controllerListener === null && (voters.size > 1 || !broker)) {
    throw new ConfigError('controller.listener.names', "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role")
  }
  if (broker && !controller && controllerListener !== null) {
    throw new ConfigError('controller.listener.names', "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role")
  }
  if (!broker && listeners.some((l) => !isControllerName(l))) {
    throw new ConfigError('listeners', 'The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller')
  }

  const interBrokerListenerName = (config.string('inter.broker.listener.name') ?? 'PLAINTEXT').toUpperCase()
  if (broker) {
    if (!listeners.some((l) => !isControllerName(l))) {
      throw new ConfigError('listeners', 'The listeners config must contain a listener not in controller.listener.names when process.roles contains the broker role (clients connect to it)')
    }
    if (advertisedTexts.length > 0 && advertisedListeners.some(isControllerName)) {
      throw new ConfigError('advertised.listeners', 'The advertised.listeners config must not contain KRaft controller listeners from controller.listener.names when process.roles contains the broker role because Kafka clients that send requests via advertised listeners do not send requests to KRaft controllers -- they only send requests to KRaft brokers.')
    }
    if (controllerListenerNames.includes(interBrokerListenerName)) {
      throw new ConfigError('inter.broker.listener.name', `controller.listener.names must not contain a value appearing in the 'inter.broker.listener.name' configuration (${interBrokerListenerName})`)
    }
    if (!advertisedListeners.some((l) => l.name === interBrokerListenerName)) {
      throw new ConfigError('inter.broker.listener.name', `inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are ${advertisedListeners.filter((l) => !isControllerName(l)).map((l) => l.name).join(',')}`)
    }
    // A name not among the listeners (a typo) would otherwise leave its listener advertised as its
    // bound address (localhost for every interface) without a word; the dynamic path refuses it too.
    if (advertisedTexts.length > 0 && advertisedListeners.some((a) => !listeners.some((l) => l.name === a.name))) {
      throw new ConfigError('advertised.listeners', `advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found ${advertisedListeners.map((l) => l.name).join(',')}. The valid options based on the current configuration are ${listeners.map((l) => l.name).join(',')}`)
    }
  }

  const brokerSessionTimeoutMs = config.int('broker.session.timeout.ms')
  const brokerHeartbeatIntervalMs = config.int('broker.heartbeat.interval.ms')
  const rack = config.string('broker.rack')
  return {
    nodeId,
    broker,
    controller,
    voters,
    listeners,
    advertisedListeners,
    controllerListenerNames,
    controllerListener,
    interBrokerListenerName,
    rack: rack === null || rack === '' ? null : rack,
    brokerSessionTimeoutMs,
    brokerHeartbeatIntervalMs
  }
}
