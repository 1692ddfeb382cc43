// The replicated state machine of the simulation: a small key-value store with put, get and
// compare-and-set, every operation (reads too) applied through the log.
import type { Entry } from '../../src/controller/raft/core/types.ts'
import { EntryType } from '../../src/controller/raft/core/types.ts'
import type { KvInput, KvOutput } from '../check/kv-model.ts'

export interface KvCommand {
  readonly opId: number
  readonly input: KvInput
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function encodeCommand (command: KvCommand): Uint8Array {
  return encoder.encode(JSON.stringify(command))
}

/** The command in a Normal entry; null for a leader's empty entry or a conf change. */
export function decodeCommand (entry: Entry): KvCommand | null {
  if (entry.type !== EntryType.Normal || entry.data.byteLength === 0) return null
  return JSON.parse(decoder.decode(entry.data)) as KvCommand
}

export class KvStateMachine {
  private readonly values: Map<string, string>
  appliedIndex: number

  constructor (appliedIndex: number, values: Map<string, string> = new Map()) {
    this.appliedIndex = appliedIndex
    this.values = values
  }

  static fromSnapshot (index: number, data: Uint8Array): KvStateMachine {
    const pairs = data.byteLength === 0 ? [] : JSON.parse(decoder.decode(data)) as Array<[string, string]>
    return new KvStateMachine(index, new Map(pairs))
  }

  /** Applies the next entry; returns the command's answer when the entry carried one. */
  apply (entry: Entry): { opId: number, output: KvOutput } | null {
    if (entry.index !== this.appliedIndex + 1) throw new Error(`apply out of order: ${entry.index} after ${this.appliedIndex}`)
    this.appliedIndex = entry.index
    const command = decodeCommand(entry)
    if (command === null) return null
    const input = command.input
    const current = this.values.get(input.key) ?? null
    switch (input.kind) {
      case 'put':
        this.values.set(input.key, input.value)
        return { opId: command.opId, output: 'ok' }
      case 'get':
        return { opId: command.opId, output: current }
      case 'cas': {
        const swaps = current === input.expected
        if (swaps) this.values.set(input.key, input.value)
        return { opId: command.opId, output: swaps }
      }
    }
  }

  snapshotData (): Uint8Array {
    return encoder.encode(this.digest())
  }

  /** The state as a canonical string: equal states, equal digests. */
  digest (): string {
    return JSON.stringify([...this.values].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  }
}
