// The handler registry: each handler file registers the API key and the version range it serves,
// and the network layer dispatches through this table. ApiVersions is derived from it, so a version
// is advertised only when a handler serves it.
import { apiSpec } from '../../protocol/generated/api-keys.ts'
import type { ApiRequestMap, ApiResponseMap } from '../../protocol/generated/index.ts'
import type { ApiVersionRange, NoResponse, RequestContext, RequestRouter } from '../../network/router.ts'
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

export class HandlerRegistry implements RequestRouter {
  private readonly byKey: Array<AnyHandler | undefined> = []
  private readonly ranges: ApiVersionRange[]
  private readonly broker: Broker | null

  constructor (handlers: readonly AnyHandler[], broker: Broker | null = null) {
    this.broker = broker
    for (const handler of handlers) {
      const spec = apiSpec(handler.apiKey)
      assert(spec !== undefined, `handler for unknown API key ${handler.apiKey}`)
      assert(this.byKey[handler.apiKey] === undefined, `two handlers for ${spec.name}`)
      assert(handler.minVersion >= spec.minVersion && handler.maxVersion <= spec.maxVersion && handler.minVersion <= handler.maxVersion,
        `${spec.name} handler serves v${handler.minVersion}-v${handler.maxVersion}, outside the spec's v${spec.minVersion}-v${spec.maxVersion}`)
      this.byKey[handler.apiKey] = handler
    }
    this.ranges = handlers
      .map((h) => ({ apiKey: h.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion }))
      .sort((a, b) => a.apiKey - b.apiKey)
  }

  versionRange (apiKey: number): ApiVersionRange | undefined {
    const handler = this.byKey[apiKey]
    return handler === undefined ? undefined : { apiKey, minVersion: handler.minVersion, maxVersion: handler.maxVersion }
  }

  supportedApis (): readonly ApiVersionRange[] {
    return this.ranges
  }

  handle (ctx: RequestContext, request: unknown): unknown {
    const handler = this.byKey[ctx.header.requestApiKey]
    assert(handler !== undefined, 'the network layer dispatches only served API keys')
    const brokerCtx: BrokerRequestContext = { ...ctx, registry: this, broker: this.broker }
    return handler.handle(brokerCtx, request)
  }
}
