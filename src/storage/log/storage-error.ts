// Storage failures as Kafka answers them: an operating-system error from a log file operation (a full
// disk, no file descriptors left, an I/O error, a file removed underneath) becomes a KafkaStorageError,
// which the partition log answers with KAFKA_STORAGE_ERROR (56) for that partition. Anything else
// thrown by storage code is a bug (an assertion) and is not converted.

/** Node's system errors carry an errno name and the failing system call. */
interface SystemError extends Error {
  code: string
  syscall: string
}

export function isSystemError (err: unknown): err is SystemError {
  if (!(err instanceof Error)) return false
  const e = err as Partial<SystemError>
  return typeof e.code === 'string' && typeof e.syscall === 'string'
}

/** The process or the system ran out of file descriptors. */
export function isDescriptorExhaustion (err: unknown): boolean {
  return isSystemError(err) && (err.code === 'EMFILE' || err.code === 'ENFILE')
}

export class KafkaStorageError extends Error {
  override name = 'KafkaStorageError'
  /** The errno name of the cause (ENOSPC, EMFILE, EIO, ENOENT, ...), or SHORT_WRITE. */
  readonly causeCode: string
  readonly path: string

  constructor (operation: string, path: string, causeCode: string, causeMessage: string) {
    super(`RIVULET_ERR_STORAGE: ${operation} ${path} failed: ${causeMessage}`)
    this.causeCode = causeCode
    this.path = path
  }
}

/** Converts a system error into a KafkaStorageError; rethrows anything else unchanged (a bug). */
export function storageErrorOf (err: unknown, operation: string, path: string): KafkaStorageError {
  if (err instanceof KafkaStorageError) return err
  if (!isSystemError(err)) throw err
  return new KafkaStorageError(operation, path, err.code, err.message)
}
