// Counters of the Raft transport, per peer and for the listener, for /metrics and for tests.
// Every dropped message is counted here under exactly one reason.

export const DropReason = {
  /** The peer's queue was at its message or byte bound (peer slow, stopped or unreachable). */
  QueueFull: 'queueFull',
  /** One encoded message was larger than frameBytesMax: no peer would accept it. */
  TooLarge: 'tooLarge',
  /** Still queued when the peer was removed from the membership. */
  PeerRemoved: 'peerRemoved',
  /** Still queued, or sent afterwards, when the transport was closed. */
  TransportClosed: 'transportClosed'
} as const
export type DropReason = typeof DropReason[keyof typeof DropReason]

export const InboundRejection = {
  /** A length prefix above frameBytesMax. */
  FrameTooLarge: 'frameTooLarge',
  /** Bytes that do not decode (bad protobuf, bad magic or version, invalid field values). */
  Malformed: 'malformed',
  /** A well-formed Hello from another cluster, for another node, or from an unknown peer. */
  HelloRejected: 'helloRejected',
  /** A message whose from/to do not match the connection's Hello. */
  Misaddressed: 'misaddressed',
  /** No Hello within helloTimeoutMs of accepting the connection. */
  HelloTimeout: 'helloTimeout',
  /** inboundConnectionsMax connections were already open. */
  TooManyConnections: 'tooManyConnections'
} as const
export type InboundRejection = typeof InboundRejection[keyof typeof InboundRejection]

export type DropCounts = Record<DropReason, number>
export type RejectionCounts = Record<InboundRejection, number>

export interface PeerStats {
  /** Messages (and their bytes, with framing) handed to the socket. */
  messagesSent: number
  bytesSent: number
  /** Messages (and frame bytes) received from this peer and passed to the handler. */
  messagesReceived: number
  bytesReceived: number
  messagesDropped: DropCounts
  /** Bytes the socket still buffered when a connection was lost: their messages are lost too. */
  bytesLostOnDisconnect: number
  connectAttempts: number
  /** Attempts that reached the peer; reconnects = connects - 1 when > 0. */
  connects: number
  connectFailures: number
  disconnects: number
  /** Gauges, at the time of the stats() call. */
  queueMessages: number
  queueBytes: number
  socketBufferedBytes: number
  connected: boolean
}

export interface TransportStats {
  readonly peers: ReadonlyMap<number, PeerStats>
  /** Messages addressed to a node that is not (or no longer) a peer. */
  messagesDroppedUnknownPeer: number
  /** All drops counted by peers since removed (their per-peer stats are gone). */
  messagesDroppedRemovedPeers: number
  inboundAccepted: number
  inboundRejected: RejectionCounts
}

export function zeroDropCounts (): DropCounts {
  return { queueFull: 0, tooLarge: 0, peerRemoved: 0, transportClosed: 0 }
}

export function zeroRejectionCounts (): RejectionCounts {
  return { frameTooLarge: 0, malformed: 0, helloRejected: 0, misaddressed: 0, helloTimeout: 0, tooManyConnections: 0 }
}

export function zeroPeerStats (): PeerStats {
  return {
    messagesSent: 0,
    bytesSent: 0,
    messagesReceived: 0,
    bytesReceived: 0,
    messagesDropped: zeroDropCounts(),
    bytesLostOnDisconnect: 0,
    connectAttempts: 0,
    connects: 0,
    connectFailures: 0,
    disconnects: 0,
    queueMessages: 0,
    queueBytes: 0,
    socketBufferedBytes: 0,
    connected: false
  }
}
