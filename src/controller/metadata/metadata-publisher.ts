// The one apply path of the @metadata log: committed entries — at start the snapshot and the entries
// replayed after it, afterwards every entry the log's Raft node applies, whoever proposed it, and a
// snapshot the quorum's leader sends a node too far behind (it replaces the image) — are
// folded here into the MetadataImage, in order, and each subscriber (the broker's partitions, the
// group coordinator, the node's own dynamic configs) is told of the new image before anything else
// runs. Nothing else changes the image: writers (the controller, the coordinators) read image(),
// propose records to the log, and wait with appliedTo(offset) until their entry is published here.
// A proposal that fails never reaches this path, so it leaves nothing to undo.
//
// Snapshots (metadata.log.max.record.bytes.between.snapshots) are taken from the published image,
// one at a time, after the entry that crossed the bound; a snapshot that fails is logged and the log
// keeps its entries (the next entry tries again).
import type { Logger } from 'pino'
import { MetadataImage } from './metadata-image.ts'
import { imageToRecords } from './image-records.ts'
import type { MetadataEntry, MetadataLog } from './metadata-log.ts'
import type { MetadataRecord } from './metadata-record.ts'
import { silentLogger } from '../../util/logger.ts'

/** Told of each committed entry once it is folded into the image: the new image, the one before, and the entry's records. */
export type ImageListener = (image: MetadataImage, previous: MetadataImage, records: readonly MetadataRecord[]) => void

export class MetadataPublisher {
  private readonly log: MetadataLog
  private readonly logger: Logger
  /** metadata.log.max.record.bytes.between.snapshots. */
  private readonly snapshotBytes: number
  private current: MetadataImage
  /** The offset of the last entry published (empty entries included). */
  private applied: number
  private readonly listeners: ImageListener[] = []
  private waiters: Array<{ readonly offset: number, readonly resolve: () => void }> = []
  private snapshotting: Promise<void> | null = null

  private constructor (log: MetadataLog, image: MetadataImage, applied: number, snapshotBytes: number, logger: Logger) {
    this.log = log
    this.current = image
    this.applied = applied
    this.snapshotBytes = snapshotBytes
    this.logger = logger
  }

  /** Folds what the log replayed at open (its newest snapshot, then the entries after it), then follows the log. */
  static open (log: MetadataLog, snapshotBytes: number, logger: Logger = silentLogger()): MetadataPublisher {
    const { snapshot, entries, appliedOffset } = log.replay()
    let image = snapshot === null ? MetadataImage.empty() : MetadataImage.empty().apply(snapshot.records, snapshot.offset)
    for (const entry of entries) image = image.apply(entry.records, entry.offset)
    const publisher = new MetadataPublisher(log, image, Math.max(image.offset, appliedOffset ?? log.endOffset() - 1), snapshotBytes, logger.child({ module: 'metadata-publisher' }))
    log.onApply((entry) => publisher.publish(entry))
    return publisher
  }

  /** The image as of the last published entry. */
  image (): MetadataImage {
    return this.current
  }

  /** The offset of the last entry published. */
  appliedOffset (): number {
    return this.applied
  }

  /** Subscribers are told in the order they subscribed. */
  subscribe (listener: ImageListener): void {
    this.listeners.push(listener)
  }

  /** Resolves once the entry at `offset` is published (the image read after includes it). */
  async appliedTo (offset: number): Promise<void> {
    if (this.applied >= offset) return
    await new Promise<void>((resolve) => this.waiters.push({ offset, resolve }))
  }

  /** Waits for the snapshot in progress, if any. */
  async close (): Promise<void> {
    await this.snapshotting
  }

  private publish (entry: MetadataEntry): void {
    this.applied = entry.offset
    if (entry.snapshot === true) {
      // A snapshot from the quorum's leader: the image is replaced, subscribers see the whole of it.
      const previous = this.current
      this.current = MetadataImage.empty().apply(entry.records, entry.offset)
      for (const listener of this.listeners) listener(this.current, previous, entry.records)
    } else if (entry.records.length > 0) {
      const previous = this.current
      this.current = previous.apply(entry.records, entry.offset)
      for (const listener of this.listeners) listener(this.current, previous, entry.records)
      this.maybeSnapshot()
    }
    if (this.waiters.length === 0) return
    const ready = this.waiters.filter((w) => w.offset <= this.applied)
    if (ready.length === 0) return
    this.waiters = this.waiters.filter((w) => w.offset > this.applied)
    for (const w of ready) w.resolve()
  }

  private maybeSnapshot (): void {
    if (this.snapshotting !== null || this.log.bytesSinceSnapshot() < this.snapshotBytes) return
    const image = this.current
    // Not from inside the log's apply: the snapshot is written once the log's Ready in progress is done.
    this.snapshotting = Promise.resolve()
      .then(async () => await this.log.snapshot(image.offset, imageToRecords(image)))
      .catch((err: unknown) => { this.logger.error({ err, offset: image.offset }, 'snapshot of the metadata image failed; the log keeps its entries') })
      .finally(() => { this.snapshotting = null })
  }
}
