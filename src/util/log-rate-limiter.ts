// Keeps a hostile or broken client from flooding the log: at most `linesMax` lines per `intervalMs`
// pass; the rest are counted and reported in one summary line per interval. Counting every event
// (metrics) is the caller's job; this only decides what is written. Pure: time is an argument.

export interface LogRateLimit {
  readonly linesMax: number
  readonly intervalMs: number
}

export class LogRateLimiter {
  readonly limit: LogRateLimit
  private windowStartMs = -Infinity
  private linesInWindow = 0
  private suppressed = 0
  private lastSummaryMs = -Infinity

  constructor (limit: LogRateLimit) {
    if (!(limit.linesMax >= 1 && limit.intervalMs > 0)) throw new Error(`RIVULET_ERR_LOG_RATE_LIMIT: ${limit.linesMax} lines per ${limit.intervalMs} ms`)
    this.limit = limit
  }

  /** True when one more line may be written now; false counts it as suppressed. */
  admit (nowMs: number): boolean {
    if (nowMs - this.windowStartMs >= this.limit.intervalMs) {
      this.windowStartMs = nowMs
      this.linesInWindow = 0
    }
    if (this.linesInWindow < this.limit.linesMax) {
      this.linesInWindow++
      return true
    }
    this.suppressed++
    return false
  }

  /**
   * The lines suppressed since the last summary, at most once per interval (0 otherwise, and when
   * none were): the caller writes one summary line for a non-zero answer.
   */
  takeSuppressed (nowMs: number): number {
    if (this.suppressed === 0 || nowMs - this.lastSummaryMs < this.limit.intervalMs) return 0
    const count = this.suppressed
    this.suppressed = 0
    this.lastSummaryMs = nowMs
    return count
  }
}
