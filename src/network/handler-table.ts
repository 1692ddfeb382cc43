// The table both handler registries share (the broker's HandlerRegistry and the controller
// listener's ControllerApiRegistry): each handler registers the API key and the version range it
// serves, checked against the spec; the table answers the RequestRouter's questions from it, so a
// version is advertised (ApiVersions) only when a handler serves it, and dispatches each request
// with the context its registry builds. It lives in the network layer, which may import neither.
import { apiSpec, type ApiSpec } from '../protocol/generated/api-keys.ts'
import { assert } from '../util/assert.ts'
import type { ApiVersionRange, RequestContext, RequestRouter } from './router.ts'

/** What the table needs of a handler; C is the context its registry gives it. */
export interface TableHandler<C> {
  readonly apiKey: number
  readonly minVersion: number
  readonly maxVersion: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handle (ctx: C, request: any): unknown
}

export interface HandlerTableOptions {
  /** How the checks' messages name a handler ('handler', 'controller handler'). */
  readonly noun: string
  /** A further check of each handler's API (after the key is known, before duplicates are). */
  readonly checkSpec?: (spec: ApiSpec) => void
}

export abstract class HandlerTable<C, H extends TableHandler<C> = TableHandler<C>> implements RequestRouter {
  private readonly byKey: Array<H | undefined> = []
  private readonly ranges: ApiVersionRange[]

  protected constructor (handlers: readonly H[], options: HandlerTableOptions) {
    const { noun } = options
    for (const handler of handlers) {
      const spec = apiSpec(handler.apiKey)
      assert(spec !== undefined, `${noun} for unknown API key ${handler.apiKey}`)
      options.checkSpec?.(spec)
      assert(this.byKey[handler.apiKey] === undefined, `two ${noun}s for ${spec.name}`)
      assert(handler.minVersion >= spec.minVersion && handler.maxVersion <= spec.maxVersion && handler.minVersion <= handler.maxVersion,
        `${spec.name} ${noun} serves v${handler.minVersion}-v${handler.maxVersion}, outside the spec's v${spec.minVersion}-v${spec.maxVersion}`)
      this.byKey[handler.apiKey] = handler
    }
    this.ranges = handlers
      .map((h) => ({ apiKey: h.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion }))
      .sort((a, b) => a.apiKey - b.apiKey)
  }

  /** The context a handler of this registry is given for one request. */
  protected abstract contextFor (ctx: RequestContext): C

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
    return handler.handle(this.contextFor(ctx), request)
  }
}
