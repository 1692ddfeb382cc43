/**
 * Always-on assertion (kept in production, as TigerBeetle does): a failed assert is a bug in
 * Rivulet, never bad input. Bad input is answered with a Kafka error code instead.
 */
export class AssertionError extends Error {
  override name = 'AssertionError'
}

export function assert (condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message)
}
