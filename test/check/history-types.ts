// The history the chaos clients write (JSON lines, one file per client process), typed as
// BRIEF-14.md states it. test/chaos/history.ts (the clients helper's) is the shared home of these
// types; the checkers define what they read here so they stand alone, and the two are kept equal.
//
// `type` follows Jepsen: "ok" done, "fail" definitely not done, "info" indeterminate.

export type EventType = 'invoke' | 'ok' | 'fail' | 'info'

interface EventBase {
  /** ms since the epoch */
  readonly t: number
  /** unique per client process, e.g. "rk-producer-1"; the final reader is "final" */
  readonly process: string
  readonly type: EventType
}

/** invoke {key, value}; ok adds {partition, offset}; fail/info add {error}. `value` is unique in a run. */
export interface SendEvent extends EventBase {
  readonly f: 'send'
  readonly key: string
  readonly value: string
  readonly partition?: number
  readonly offset?: number
  readonly error?: string
}

export interface PolledRecord {
  readonly partition: number
  readonly offset: number
  readonly key: string | null
  readonly value: string
}

/** Only non-empty polls are written. */
export interface PollEvent extends EventBase {
  readonly f: 'poll'
  readonly records: readonly PolledRecord[]
}

/** The process now owns exactly these partitions (a rebalance's new assignment, or a manual assign). */
export interface AssignEvent extends EventBase {
  readonly f: 'assign'
  readonly partitions: readonly number[]
  readonly mode: 'subscribe' | 'assign'
}

export interface RevokeEvent extends EventBase {
  readonly f: 'revoke'
  readonly partitions: readonly number[]
}

export interface SeekEvent extends EventBase {
  readonly f: 'seek'
  readonly partition: number
  readonly offset: number
}

/** offset = the next offset to read (Kafka's meaning). */
export interface CommitEvent extends EventBase {
  readonly f: 'commit'
  readonly offsets: ReadonlyArray<{ readonly partition: number, readonly offset: number }>
  readonly error?: string
}

export interface StartEvent extends EventBase { readonly f: 'start' }
export interface StopEvent extends EventBase { readonly f: 'stop', readonly reason?: string }

export type HistoryEvent = SendEvent | PollEvent | AssignEvent | RevokeEvent | SeekEvent | CommitEvent | StartEvent | StopEvent

/** One line of `<runDir>/nemesis.jsonl`. A kill's "end" is the restart. */
export interface NemesisEvent {
  readonly t: number
  readonly kind: string
  readonly phase: 'start' | 'end'
  /** node ids */
  readonly targets: readonly number[]
  readonly detail?: unknown
}
