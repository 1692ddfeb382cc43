// The simulation's agenda: events by simulated time, ties broken by insertion order (so a run is
// a pure function of its seed). A binary heap.

interface Slot<E> {
  readonly timeMs: number
  readonly seq: number
  readonly event: E
}

export class EventQueue<E> {
  private readonly heap: Array<Slot<E>> = []
  private seq = 0

  get size (): number {
    return this.heap.length
  }

  push (timeMs: number, event: E): void {
    const heap = this.heap
    heap.push({ timeMs, seq: this.seq++, event })
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(heap[i]!, heap[parent]!)) break
      swap(heap, i, parent)
      i = parent
    }
  }

  pop (): { timeMs: number, event: E } | undefined {
    const heap = this.heap
    if (heap.length === 0) return undefined
    const top = heap[0]!
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r
        if (m === i) break
        swap(heap, i, m)
        i = m
      }
    }
    return { timeMs: top.timeMs, event: top.event }
  }
}

function before<E> (x: Slot<E>, y: Slot<E>): boolean {
  return x.timeMs < y.timeMs || (x.timeMs === y.timeMs && x.seq < y.seq)
}

function swap<E> (heap: Array<Slot<E>>, i: number, j: number): void {
  const t = heap[i]!
  heap[i] = heap[j]!
  heap[j] = t
}
