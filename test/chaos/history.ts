// The chaos harness's history: what every workload client did, one JSON object a line, one file per
// client process (<runDir>/history/<process>.jsonl, written by test/chaos/clients/rk_client.py and
// js-client.ts). Every line has t (ms since the epoch), process, type and f; `type` is Jepsen's:
// "invoke" before an operation, then "ok" (done), "fail" (certainly not done) or "info" (unknown).
// Which client errors are "fail" and which "info" is a table (clients/error-classes.json), read by the
// python clients too. The reader tolerates one torn last line per file (a client SIGKILLed mid-write).
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

import type { HistoryEvent, OpType, Outcome, PolledRecord } from '../check/history-types.ts'

// The line types are declared once, in test/check/history-types.ts (the checkers are pure and import
// nothing with I/O); they are re-exported here for the clients and the harness.
export type * from '../check/history-types.ts'

// ---- error classification -------------------------------------------------------------------------

interface ErrorClassTable { readonly default: Outcome, readonly errors: Readonly<Record<string, { readonly class: Outcome, readonly why: string }>> }

export const ERROR_CLASSES_PATH = new URL('./clients/error-classes.json', import.meta.url).pathname
export const ERROR_CLASSES: ErrorClassTable = JSON.parse(readFileSync(ERROR_CLASSES_PATH, 'utf8')) as ErrorClassTable

/** "fail" only for errors that prove the operation was not carried out; anything else (unknown names too) is "info". */
export function classifyError (name: string): Outcome {
  return Object.hasOwn(ERROR_CLASSES.errors, name) ? ERROR_CLASSES.errors[name]!.class : ERROR_CLASSES.default
}

// ---- reading ----------------------------------------------------------------------------------------

export interface HistoryRead {
  readonly events: HistoryEvent[]
  /** Files whose last line was torn (a client killed while writing it): that line is skipped. */
  readonly torn: string[]
}

/** Every event of every `*.jsonl` in `dir`, file by file (not sorted by t). */
export function readHistory (dir: string): HistoryEvent[] {
  return readHistoryFiles(dir).events
}

export function readHistoryFiles (dir: string): HistoryRead {
  const events: HistoryEvent[] = []
  const torn: string[] = []
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const path = join(dir, name)
    const lines = readFileSync(path, 'utf8').split('\n')
    // A file ends with "\n": the last piece is empty, unless the last write was cut short.
    const last = lines.pop()!
    for (let i = 0; i < lines.length; i++) events.push(parseEvent(lines[i]!, `${path}:${i + 1}`))
    if (last !== '') torn.push(path)
  }
  return { events, torn }
}

const TYPES = new Set(['invoke', 'ok', 'fail', 'info'])

/** Parses and checks one history line; throws naming `where` for anything a client should not write. */
export function parseEvent (line: string, where: string): HistoryEvent {
  let e: Record<string, unknown>
  try {
    e = JSON.parse(line) as Record<string, unknown>
  } catch (err) {
    throw new Error(`${where}: not JSON (${(err as Error).message}): ${line.slice(0, 200)}`)
  }
  const bad = (what: string): never => { throw new Error(`${where}: ${what}: ${line.slice(0, 200)}`) }
  const num = (k: string): void => { if (!Number.isInteger(e[k]) || (e[k] as number) < 0) bad(`${k} is not an offset-like integer`) }
  const str = (k: string): void => { if (typeof e[k] !== 'string') bad(`${k} is not a string`) }
  const ints = (k: string): void => { if (!Array.isArray(e[k]) || !(e[k] as unknown[]).every((p) => Number.isInteger(p) && (p as number) >= 0)) bad(`${k} is not a list of partitions`) }
  if (typeof e.t !== 'number' || !Number.isFinite(e.t)) bad('t is not a number')
  str('process')
  if (!TYPES.has(e.type as string)) bad('type is not invoke, ok, fail or info')
  const failed = e.type === 'fail' || e.type === 'info'
  if (failed) str('error')
  switch (e.f) {
    case 'send':
      str('key'); str('value')
      if (e.type === 'ok') { num('partition'); num('offset') }
      break
    case 'poll':
      if (e.type !== 'ok' || !Array.isArray(e.records) || e.records.length === 0) bad('a poll is ok with records')
      for (const r of e.records as Array<Record<string, unknown>>) {
        if (!Number.isInteger(r.partition) || !Number.isInteger(r.offset) || typeof r.value !== 'string' || (r.key !== null && typeof r.key !== 'string')) bad('a polled record is {partition, offset, key, value}')
      }
      break
    case 'assign':
      ints('partitions')
      if (e.mode !== 'subscribe' && e.mode !== 'assign') bad('mode is not subscribe or assign')
      break
    case 'revoke':
      ints('partitions')
      break
    case 'seek':
      num('partition'); num('offset')
      break
    case 'commit':
      if (!Array.isArray(e.offsets) || !(e.offsets as Array<Record<string, unknown>>).every((o) => Number.isInteger(o.partition) && Number.isInteger(o.offset))) bad('offsets is not a list of {partition, offset}')
      break
    case 'start':
      break
    case 'stop':
      str('reason')
      break
    default:
      bad('unknown f')
  }
  if (e.f !== 'send' && e.f !== 'commit' && e.type !== 'ok') bad(`${String(e.f)} lines are ok lines`)
  return e as unknown as HistoryEvent
}

/** The final reader's records (its poll lines), by partition in offset order: the checker's `final`. */
export function finalRead (events: readonly HistoryEvent[], process = 'final'): Map<number, PolledRecord[]> {
  const byPartition = new Map<number, PolledRecord[]>()
  for (const e of events) {
    if (e.process !== process || e.f !== 'poll') continue
    for (const r of e.records) {
      let records = byPartition.get(r.partition)
      if (records === undefined) byPartition.set(r.partition, records = [])
      records.push(r)
    }
  }
  for (const records of byPartition.values()) records.sort((a, b) => a.offset - b.offset)
  return byPartition
}

// ---- writing (js-client.ts) -------------------------------------------------------------------------

/** Appends one line per event with a synchronous write: a SIGKILL loses at most a torn last line. */
export class HistoryWriter {
  private readonly fd: number

  constructor (path: string, private readonly process: string) {
    this.fd = openSync(path, 'a')
  }

  write (type: OpType, f: HistoryEvent['f'], fields: Record<string, unknown> = {}): void {
    writeSync(this.fd, JSON.stringify({ t: Date.now(), process: this.process, type, f, ...fields }) + '\n')
  }

  close (): void {
    closeSync(this.fd)
  }
}
