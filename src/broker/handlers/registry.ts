// The handler registry: each handler file registers the API key and the version range it serves,
// and the network layer dispatches through this table (network/handler-table.ts, shared with the
// controller listener's registry). ApiVersions is derived from it, so a version is advertised only
// when a handler serves it.
import type { ApiRequestMap, ApiResponseMap } from '../../protocol/generated/index.ts'
import type { NoResponse, RequestContext } from '../../network/router.ts'
import { HandlerTable } from '../../network/handler-table.ts'
import { assert } from '../../util/assert.ts'
import type { Broker } from '../broker.ts'

export interface BrokerRequestContext extends RequestContext {
  /** The registry serving this request (ApiVersions reads the supported ranges from it). */
  readonly registry: HandlerRegistry
  /** The node's broker; null only in registries built to test the network layer. */
  readonly broker: Broker | null
}

/** The broker behind a request; handlers other than ApiVersions need one. */
export function brokerOf (ctx: BrokerRequestContext): Broker {
  assert(ctx.broker !== null, 'this handler needs a broker behind its registry')
  return ctx.broker
}

export interface HandlerDefinition<K extends keyof ApiRequestMap> {
  readonly apiKey: K
  readonly minVersion: number
  readonly maxVersion: number
  handle (ctx: BrokerRequestContext, request: ApiRequestMap[K]): ApiResponseMap[K] | NoResponse | Promise<ApiResponseMap[K] | NoResponse>
}

export function defineHandler<K extends keyof ApiRequestMap> (definition: HandlerDefinition<K>): HandlerDefinition<K> {
  return definition
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = HandlerDefinition<any>

export class HandlerRegistry extends HandlerTable<BrokerRequestContext, AnyHandler> {
  private readonly broker: Broker | null

  constructor (handlers: readonly AnyHandler[], broker: Broker | null = null) {
    super(handlers, { noun: 'handler' })
    this.broker = broker
  }

  protected contextFor (ctx: RequestContext): BrokerRequestContext {
    return { ...ctx, registry: this, broker: this.broker }
  }
}
