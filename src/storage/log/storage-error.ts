// Storage failures as Kafka answers them: an operating-system error from a log file operation (a full
// disk, no file descriptors left, an I/O error, a file removed underneath) becomes a KafkaStorageError,
// which the partition log answers with KAFKA_STORAGE_ERROR (56) for that partition. lmdb (the local
// store) reports a failed commit as an Error whose `code` is the errno number; that is a storage
// error too. Anything else thrown by storage code is a bug (an assertion) and is not converted.
import { constants } from 'node:os'

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

const ERRNO_NAMES = new Map(Object.entries(constants.errno).map(([name, value]) => [value, name]))

/** Converts a system (or lmdb) error into a KafkaStorageError; rethrows anything else unchanged (a bug). */
export function storageErrorOf (err: unknown, operation: string, path: string): KafkaStorageError {
  if (err instanceof KafkaStorageError) return err
  if (isSystemError(err)) return new KafkaStorageError(operation, path, err.code, err.message)
  const errno = err instanceof Error ? (err as { code?: unknown }).code : undefined
  if (typeof errno === 'number' && ERRNO_NAMES.has(errno)) return new KafkaStorageError(operation, path, ERRNO_NAMES.get(errno)!, err instanceof Error ? err.message : '')
  throw err
}
