// The history the chaos clients write (JSON lines, one file per client process), as types only: the
// one declaration of the line types, read by the pure checkers here and re-exported by
// test/chaos/history.ts (which reads and writes the files). Plus the nemesis log's line, which the
// runner writes.
//
// `type` follows Jepsen: "invoke" before an operation, then "ok" (done), "fail" (certainly not done)
// or "info" (unknown).

export type OpType = 'invoke' | 'ok' | 'fail' | 'info'
export type Outcome = 'fail' | 'info'

interface Line { readonly t: number, readonly process: string }

export interface SendInvoke extends Line { readonly f: 'send', readonly type: 'invoke', readonly key: string, readonly value: string }
export interface SendOk extends Line { readonly f: 'send', readonly type: 'ok', readonly key: string, readonly value: string, readonly partition: number, readonly offset: number }
/** `error`: the classification key (error-classes.json); `detail`: the client's message, when it has one. */
export interface SendFailed extends Line { readonly f: 'send', readonly type: Outcome, readonly key: string, readonly value: string, readonly error: string, readonly detail?: string }

export interface PolledRecord { readonly partition: number, readonly offset: number, readonly key: string | null, readonly value: string }
/** Only non-empty polls are written. The final reader writes these too (process "final"). */
export interface PollOk extends Line { readonly f: 'poll', readonly type: 'ok', readonly records: readonly PolledRecord[] }

/** The process now owns exactly `partitions` (a rebalance's new assignment, or a manual assign). */
export interface AssignOk extends Line { readonly f: 'assign', readonly type: 'ok', readonly partitions: readonly number[], readonly mode: 'subscribe' | 'assign' }
export interface RevokeOk extends Line { readonly f: 'revoke', readonly type: 'ok', readonly partitions: readonly number[] }
export interface SeekOk extends Line { readonly f: 'seek', readonly type: 'ok', readonly partition: number, readonly offset: number }

/** offset: the next to read (Kafka's meaning). Auto commits are not written. */
export interface CommittedOffset { readonly partition: number, readonly offset: number }
export interface CommitInvoke extends Line { readonly f: 'commit', readonly type: 'invoke' | 'ok', readonly offsets: readonly CommittedOffset[] }
export interface CommitFailed extends Line { readonly f: 'commit', readonly type: Outcome, readonly offsets: readonly CommittedOffset[], readonly error: string, readonly detail?: string }

/** `client` (librdkafka | kafkajs) and `role` (producer | consumer | final) say who wrote the file. */
export interface StartOk extends Line { readonly f: 'start', readonly type: 'ok', readonly client?: string, readonly role?: string }
export interface StopOk extends Line { readonly f: 'stop', readonly type: 'ok', readonly reason: string }

export type HistoryEvent = SendInvoke | SendOk | SendFailed | PollOk | AssignOk | RevokeOk | SeekOk | CommitInvoke | CommitFailed | StartOk | StopOk

/** One line of `<runDir>/nemesis.jsonl` (the runner's). A kill's "end" is the restart. */
export interface NemesisEvent {
  readonly t: number
  readonly kind: string
  readonly phase: 'start' | 'end'
  /** node ids */
  readonly targets: readonly number[]
  readonly detail?: unknown
}
