// The one way Rivulet creates loggers: pino, JSON lines, level from RIVULET_LOG_LEVEL (default info).
// Modules take a child logger with their bindings ({ module: 'network' }, { topic, partition }).
import { pino, type Logger } from 'pino'

export type { Logger }

export function createLogger (options: { level?: string, name?: string } = {}): Logger {
  return pino({
    name: options.name ?? 'rivulet',
    level: options.level ?? process.env.RIVULET_LOG_LEVEL ?? 'info'
  })
}

/** A logger that discards everything, for embedded use and tests that assert on behaviour, not logs. */
export function silentLogger (): Logger {
  return pino({ level: 'silent' })
}
