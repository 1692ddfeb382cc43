// The interface between the network layer and whatever serves requests (the broker's handler
// registry). The network layer must not import the broker, so it defines what it dispatches to.
import type { RequestHeader } from '../protocol/generated/headers.ts'

/** A handler returns this instead of a response when Kafka sends none (Produce with acks=0). */
export const NO_RESPONSE: unique symbol = Symbol('no response')
export type NoResponse = typeof NO_RESPONSE

export interface ApiVersionRange {
  readonly apiKey: number
  readonly minVersion: number
  readonly maxVersion: number
}

export interface RequestContext {
  readonly header: RequestHeader
  readonly connectionId: number
  readonly remoteAddress: string
  readonly listenerName: string
}

export interface RequestRouter {
  /** The versions served for an API key, or undefined when the API is not served at all. */
  versionRange (apiKey: number): ApiVersionRange | undefined
  /** Every API served, in key order (ApiVersions is built from this). */
  supportedApis (): readonly ApiVersionRange[]
  /** Serves one decoded request; a synchronous result avoids a promise per request. */
  handle (ctx: RequestContext, request: unknown): unknown
}

/** Why a client's frame was refused and its connection closed: a metrics label, one per check. */
export type MalformedRequestReason = 'invalid_size' | 'too_short' | 'unknown_api_key' | 'malformed_header' | 'unsupported_version' | 'malformed_body'

/** Told about every answered request and every refused one (metrics); must be cheap: it runs on the request path. */
export interface RequestObserver {
  requestCompleted (apiKey: number, durationMs: number, requestBytes: number, responseBytes: number): void
  /** A malformed request closed its connection (each one is counted, though its WARN may be suppressed). */
  requestMalformed (reason: MalformedRequestReason): void
  /** A connection stalled in the middle of a frame past its receive timeout and was closed. */
  requestReceiveTimedOut (): void
}
