// One positioned write of a whole buffer through the FileHandleCache. A short write (the disk filled
// up part way) is continued; a failure throws KafkaStorageError and the caller cuts the file back.
import { writeSync } from 'node:fs'
import type { FileHandleCache } from './file-handles.ts'
import { KafkaStorageError, storageErrorOf } from './storage-error.ts'

export function writeFully (files: FileHandleCache, path: string, flags: number, bytes: Buffer, position: number): void {
  let done = 0
  while (done < bytes.length) {
    let n: number
    try {
      n = writeSync(files.fd(path, flags), bytes, done, bytes.length - done, position + done)
    } catch (err) {
      throw storageErrorOf(err, 'write', path)
    }
    if (n <= 0) throw new KafkaStorageError('write', path, 'SHORT_WRITE', `wrote ${done} of ${bytes.length} bytes`)
    done += n
  }
}
