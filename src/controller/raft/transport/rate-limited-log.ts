// Warnings that can come in floods (dropped messages, rejected connections): the first of a kind is
// logged at once, later ones at most once per interval with the number suppressed meanwhile. This
// limits log lines only; the callers count every event in their stats.
import type { Logger } from 'pino'

interface KeyState {
  lastLoggedMs: number
  suppressed: number
}

export class RateLimitedLog {
  private readonly logger: Logger
  private readonly intervalMs: number
  private readonly now: () => number
  /** One entry per (peer, reason) or (reason): bounded by peers x reasons. */
  private readonly keys = new Map<string, KeyState>()

  constructor (logger: Logger, intervalMs: number, now: () => number) {
    this.logger = logger
    this.intervalMs = intervalMs
    this.now = now
  }

  warn (key: string, fields: Record<string, unknown>, text: string): void {
    const nowMs = this.now()
    const state = this.keys.get(key)
    if (state !== undefined && nowMs - state.lastLoggedMs < this.intervalMs) {
      state.suppressed++
      return
    }
    const suppressed = state === undefined ? 0 : state.suppressed
    this.logger.warn({ ...fields, suppressed }, text)
    if (state === undefined) this.keys.set(key, { lastLoggedMs: nowMs, suppressed: 0 })
    else { state.lastLoggedMs = nowMs; state.suppressed = 0 }
  }

  /** Forgets a key (a removed peer), so the map stays bounded under membership churn. */
  forget (keyPrefix: string): void {
    for (const key of this.keys.keys()) if (key.startsWith(keyPrefix)) this.keys.delete(key)
  }
}
