// What the driver (raft-node.ts) needs of a transport between voters. RaftTransport (protobuf over
// TCP) is the implementation; the seam lets the driver run over another one (an in-memory network).
// A node with no peers (a quorum of one voter) has no network at all.
import type { Message, NodeId } from '../core/types.ts'
import type { PeerAddress } from './peer-link.ts'

export interface RaftNetwork {
  /** Delivers messages from peers (set before start()). */
  onMessage (handler: (message: Message) => void): void
  /** A peer could not be reached (a message to it was dropped or its connection broke). */
  onUnreachable (handler: (peer: NodeId) => void): void
  /** A Snap message to `peer` was written out (true) or dropped (false). */
  onSnapshotStatus (handler: (peer: NodeId, delivered: boolean) => void): void
  start (): Promise<void>
  /** Queues messages for their peers; never blocks, never throws for an unreachable peer. */
  send (messages: readonly Message[]): void
  /** Where this node listens (after start()). */
  address (): PeerAddress
  addPeer (id: NodeId, address: PeerAddress): void
  close (): Promise<void>
}
