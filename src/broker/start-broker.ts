// Starts a Rivulet node's Kafka listener from a loaded configuration, in process. This is what
// `npm start` runs and what embedding code and tests call. Today it serves the APIs registered in
// the handler list below; the storage engine, topics and the @metadata log join it as they land.
import { mkdirSync } from 'node:fs'
import type { Logger } from 'pino'
import { KafkaServer } from '../network/server.ts'
import { HandlerRegistry } from './handlers/registry.ts'
import { apiVersionsHandler } from './handlers/18-api-versions.ts'
import { loadConfig, type LoadedConfig } from '../config/load-config.ts'
import { parseListeners } from '../config/listeners.ts'
import { ConfigError } from '../config/config-def.ts'
import { createLogger, silentLogger } from '../util/logger.ts'

export interface BrokerOptions {
  /** Config keys and values as flags would give them, e.g. { 'log.dirs': '/tmp/x' }. */
  readonly config?: Readonly<Record<string, string>>
  /** A loaded configuration; wins over `config`. */
  readonly loadedConfig?: LoadedConfig
  readonly logger?: Logger
}

export interface RunningBroker {
  readonly host: string
  readonly port: number
  readonly config: LoadedConfig
  close (): Promise<void>
}

export const HANDLERS = [apiVersionsHandler]

export async function startBroker (options: BrokerOptions = {}): Promise<RunningBroker> {
  const config = options.loadedConfig ?? loadConfig({
    argv: Object.entries(options.config ?? {}).map(([k, v]) => `--${k}=${v}`),
    env: {}
  })
  const logger = options.logger ?? silentLogger()
  const controllerNames = new Set(config.list('controller.listener.names'))
  const client = parseListeners('listeners', config.list('listeners')).find((l) => !controllerNames.has(l.name))
  if (client === undefined) throw new ConfigError('listeners', 'Invalid value for configuration listeners: no client (non-controller) listener')
  for (const dir of config.list('log.dirs')) mkdirSync(dir, { recursive: true })
  const server = new KafkaServer({
    host: client.host === '' ? '0.0.0.0' : client.host,
    port: client.port,
    listenerName: client.name,
    router: new HandlerRegistry(HANDLERS),
    logger,
    connectionsMax: config.int('max.connections'),
    limits: {
      requestBytesMax: config.int('socket.request.max.bytes'),
      inflightRequestsMax: Math.min(config.int('queued.max.requests'), 1000),
      writeBufferBytesMax: 16 * 1024 * 1024
    },
    closeTimeoutMs: 30_000
  })
  const address = await server.listen()
  return { host: address.host, port: address.port, config, close: () => server.close() }
}

export { createLogger }
