// The clock of a RaftNode: its tick timer and the turn in which it processes Readys. The node takes
// time only through this seam, so a simulation can run the real driver in virtual time (its
// scheduler fires ticks and deferred callbacks as events of its own agenda, one seed one order).
//
// Contract: callbacks run later, never from within the call that registers them, one at a time.
// The node awaits no promise between a callback and the Ready it processes (fsync completion comes
// back through RaftStorage.sync's callback), so a scheduler that runs callbacks in a fixed order
// runs the node in a fixed order.

export interface RaftScheduler {
  /** Calls `callback` every `intervalMs` until the returned function is called. */
  repeat (intervalMs: number, callback: () => void): () => void
  /**
   * Calls `callback` once, after whatever else is already under way in this turn: everything that
   * arrives in one turn (a burst of proposals, a batch of messages) then goes into one Ready.
   */
  defer (callback: () => void): void
}

/** Real time: setInterval for ticks; setImmediate, not a microtask, for the Ready loop. */
export const realTimeScheduler: RaftScheduler = {
  repeat: (intervalMs, callback) => {
    const timer = setInterval(callback, intervalMs)
    return () => { clearInterval(timer) }
  },
  defer: (callback) => { setImmediate(callback) }
}
