import { test } from 'node:test'
import assert from 'node:assert/strict'
import { assert as rivuletAssert, AssertionError } from '../src/util/assert.ts'

test('assert throws AssertionError with its message when the condition is false', () => {
  assert.throws(() => rivuletAssert(false, 'boom'), (err: unknown) => err instanceof AssertionError && err.message === 'boom')
  rivuletAssert(true, 'never thrown')
})
