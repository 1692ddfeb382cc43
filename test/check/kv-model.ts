// The key-value model the simulated state machine is checked against: per key a register with
// put, get and compare-and-set. Keys are independent, so histories split by key.
import { ILLEGAL, type Model, type Operation } from './linearizability.ts'

export type KvInput =
  | { readonly kind: 'put', readonly key: string, readonly value: string }
  | { readonly kind: 'get', readonly key: string }
  | { readonly kind: 'cas', readonly key: string, readonly expected: string | null, readonly value: string }

/** put: 'ok'; get: the value (null = absent); cas: whether it swapped. */
export type KvOutput = 'ok' | string | null | boolean

export type KvOperation = Operation<KvInput, KvOutput>

/** The state of one key's register. */
type KvState = string | null

export const kvModel: Model<KvState, KvInput, KvOutput> = {
  partition: (input) => input.key,
  init: () => null,
  step (state, input, output) {
    switch (input.kind) {
      case 'put':
        return output === undefined || output === 'ok' ? input.value : ILLEGAL
      case 'get':
        // A get changes nothing; with an unknown output anything goes.
        return output === undefined || output === state ? state : ILLEGAL
      case 'cas': {
        const swaps = state === input.expected
        if (output !== undefined && output !== swaps) return ILLEGAL
        return swaps ? input.value : state
      }
    }
  },
  stateKey: (state) => state === null ? '\u0000' : state
}
