// A Porcupine-style linearizability checker: Wing & Gong's search over a history of calls and
// returns, with memoisation of (set of operations linearized, model state), made P-compositional
// by splitting the history per key (a per-key history is linearizable iff the whole one is, for
// models whose keys are independent). Each key's search has a step budget; running out gives
// 'unknown', which callers report and never count as a pass.

/** One client operation. `output` is undefined and `returnTime` Infinity when it never returned. */
export interface Operation<I, O> {
  readonly clientId: number
  readonly input: I
  readonly output: O | undefined
  readonly callTime: number
  readonly returnTime: number
}

/** What Model.step returns for an output that cannot follow from the state. */
export const ILLEGAL: unique symbol = Symbol('illegal')

export interface Model<S, I, O> {
  /** Which independent sub-history the operation belongs to (e.g. its key). */
  partition (input: I): string
  init (): S
  /**
   * The state after applying `input` with the observed `output` (undefined: unknown, the
   * operation may have taken effect or not), or ILLEGAL when that output is impossible from `state`.
   */
  step (state: S, input: I, output: O | undefined): S | typeof ILLEGAL
  /** A string that identifies the state, for memoisation. */
  stateKey (state: S): string
}

export type CheckVerdict = 'ok' | 'illegal' | 'unknown'

export interface CheckResult {
  readonly verdict: CheckVerdict
  /** Per partition key; 'illegal' or 'unknown' ones explain the verdict. */
  readonly perKey: ReadonlyMap<string, CheckVerdict>
  readonly steps: number
}

export interface CheckOptions {
  /** Search steps per partition before giving up with 'unknown'. */
  readonly stepBudgetPerKey: number
}

export function checkLinearizable<S, I, O> (model: Model<S, I, O>, history: ReadonlyArray<Operation<I, O>>, options: CheckOptions): CheckResult {
  const parts = new Map<string, Array<Operation<I, O>>>()
  for (const op of history) {
    const key = model.partition(op.input)
    let part = parts.get(key)
    if (part === undefined) {
      part = []
      parts.set(key, part)
    }
    part.push(op)
  }
  const perKey = new Map<string, CheckVerdict>()
  let steps = 0
  let verdict: CheckVerdict = 'ok'
  for (const key of [...parts.keys()].sort()) {
    const result = checkSingle(model, parts.get(key)!, options.stepBudgetPerKey)
    steps += result.steps
    perKey.set(key, result.verdict)
    if (result.verdict === 'illegal') verdict = 'illegal'
    else if (result.verdict === 'unknown' && verdict === 'ok') verdict = 'unknown'
  }
  return { verdict, perKey, steps }
}

/** A call or return event in a doubly linked list; a call points at its return (`match`). */
interface Node<I, O> {
  readonly opId: number
  readonly input: I | null
  readonly output: O | undefined
  /** Set on call nodes only. */
  readonly match: Node<I, O> | null
  prev: Node<I, O> | null
  next: Node<I, O> | null
}

function checkSingle<S, I, O> (model: Model<S, I, O>, ops: ReadonlyArray<Operation<I, O>>, stepBudget: number): { verdict: CheckVerdict, steps: number } {
  const head = buildList(ops)
  const linearized = new Bitset(ops.length)
  const seen = new Set<string>()
  const calls: Array<{ node: Node<I, O>, state: S }> = []
  let state = model.init()
  let entry = head.next
  let steps = 0
  while (head.next !== null) {
    if (++steps > stepBudget) return { verdict: 'unknown', steps }
    const node = entry!
    if (node.match !== null) {
      // A call: try to linearize it here.
      const next = model.step(state, node.input!, node.match.output)
      if (next !== ILLEGAL) {
        linearized.set(node.opId)
        const key = linearized.key() + '|' + model.stateKey(next)
        if (!seen.has(key)) {
          seen.add(key)
          calls.push({ node, state })
          state = next
          lift(node)
          entry = head.next
          continue
        }
        linearized.clear(node.opId)
      }
      entry = node.next
    } else {
      // A return whose call we could not linearize before it: undo the last choice.
      const top = calls.pop()
      if (top === undefined) return { verdict: 'illegal', steps }
      state = top.state
      linearized.clear(top.node.opId)
      unlift(top.node)
      entry = top.node.next
    }
  }
  return { verdict: 'ok', steps }
}

/** Events by time; at equal times calls come first (the operations then overlap: the lenient reading). */
function buildList<I, O> (ops: ReadonlyArray<Operation<I, O>>): Node<I, O> {
  const events: Array<{ time: number, isCall: boolean, opId: number }> = []
  ops.forEach((op, opId) => {
    if (!(op.returnTime >= op.callTime)) throw new Error(`operation ${opId} returns before its call`)
    events.push({ time: op.callTime, isCall: true, opId }, { time: op.returnTime, isCall: false, opId })
  })
  events.sort((a, b) => a.time - b.time || (a.isCall === b.isCall ? a.opId - b.opId : a.isCall ? -1 : 1))
  const returns = new Map<number, Node<I, O>>()
  const head: Node<I, O> = { opId: -1, input: null, output: undefined, match: null, prev: null, next: null }
  let last = head
  // Returns are created first so each call can point at its own.
  for (const ev of events) {
    if (!ev.isCall) returns.set(ev.opId, { opId: ev.opId, input: null, output: ops[ev.opId]!.output, match: null, prev: null, next: null })
  }
  for (const ev of events) {
    const node: Node<I, O> = ev.isCall
      ? { opId: ev.opId, input: ops[ev.opId]!.input, output: undefined, match: returns.get(ev.opId)!, prev: null, next: null }
      : returns.get(ev.opId)!
    node.prev = last
    last.next = node
    last = node
  }
  return head
}

/** Takes a call and its return out of the list (the operation is linearized). */
function lift<I, O> (call: Node<I, O>): void {
  call.prev!.next = call.next
  call.next!.prev = call.prev // a call is always followed by at least its return
  const ret = call.match!
  ret.prev!.next = ret.next
  if (ret.next !== null) ret.next.prev = ret.prev
}

function unlift<I, O> (call: Node<I, O>): void {
  const ret = call.match!
  ret.prev!.next = ret
  if (ret.next !== null) ret.next.prev = ret
  call.prev!.next = call
  call.next!.prev = call
}

class Bitset {
  private readonly words: Uint32Array

  constructor (size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32) + 1)
  }

  set (i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31)
  }

  clear (i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31))
  }

  key (): string {
    let s = ''
    for (const w of this.words) s += w.toString(36) + ','
    return s
  }
}
