// The group store of a broker-only node. Groups are coordinated by the node that leads the @metadata
// quorum (coordinator-activation.ts), and a broker-only node never leads it: its GroupCoordinator is
// never loaded and answers every group request NOT_COORDINATOR, as a Kafka broker answers for a group
// it does not coordinate (FindCoordinator names the quorum leader). The handlers reach that coordinator
// as on every broker, so a broker-only node needs a store behind it all the same; this one reads the
// node's committed image and refuses every write as a voter that is not the active controller does
// (NOT_CONTROLLER, naming the leader), so nothing is ever written from here.
import type { MetadataImage } from '../controller/metadata/metadata-image.ts'
import type { MetadataLeadership } from '../controller/metadata/metadata-log.ts'
import type { GroupStore } from '../controller/group/group-coordinator.ts'
import { NotControllerError } from '../controller/quorum-controller/controller-api.ts'

export class ObserverGroupStore implements GroupStore {
  private readonly images: { image (): MetadataImage }
  private readonly leadership: { leader (): MetadataLeadership }

  constructor (images: { image (): MetadataImage }, leadership: { leader (): MetadataLeadership }) {
    this.images = images
    this.leadership = leadership
  }

  image (): MetadataImage {
    return this.images.image()
  }

  /** The coordinator folds nothing while it is not loaded, and it never is here. */
  onImage (): void {}

  async writeGroupRecords (): Promise<void> {
    throw this.refusal()
  }

  async commitOffsets (): Promise<number[]> {
    throw this.refusal()
  }

  async deleteOffsets (): Promise<void> {
    throw this.refusal()
  }

  private refusal (): NotControllerError {
    return new NotControllerError('a broker-only node coordinates no groups: the node leading the @metadata quorum does', this.leadership.leader().leaderId)
  }
}
