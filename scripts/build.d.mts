// Types of scripts/build.mjs (plain JavaScript so that npm's prestart runs it without a compile), for its test.
export function newestMtimeMs (path: string): number
export function staleness (root: string): { stale: boolean, reason: string }
export function build (root: string): void
