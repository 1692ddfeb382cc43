// The storage health of one partition log, logged on change only: the first failure is logged with
// its cause, repeats of the same cause are counted, a different cause is logged again, and the first
// success afterwards logs the recovery with the count. A full disk under a busy producer so costs two
// log lines per partition, not one per request.
import type { Logger } from '../../util/logger.ts'
import type { KafkaStorageError } from './storage-error.ts'

export class StorageFaultLog {
  private readonly logger: Logger
  private readonly operation: string
  /** The errno name of the failure in progress; null while healthy. */
  private causeCode: string | null = null
  private failures = 0

  constructor (logger: Logger, operation: string) {
    this.logger = logger
    this.operation = operation
  }

  failing (): boolean {
    return this.causeCode !== null
  }

  failed (err: KafkaStorageError): void {
    this.failures++
    if (this.causeCode === err.causeCode) return
    this.causeCode = err.causeCode
    this.logger.error({ operation: this.operation, cause: err.causeCode, path: err.path, error: err.message }, `storage error: ${this.operation} answers KAFKA_STORAGE_ERROR until it succeeds again`)
  }

  succeeded (): void {
    if (this.causeCode === null) return
    this.logger.warn({ operation: this.operation, cause: this.causeCode, failedOperations: this.failures }, `storage recovered: ${this.operation} works again`)
    this.causeCode = null
    this.failures = 0
  }
}
