// Dependencies match the Node versions package.json's `engines` declares, as package-lock.json pins
// them: every package accepts the Node running the tests (what `npm ci` warns about, EBADENGINE), and
// every package, run-time and dev alike, accepts the lowest Node that `engines` allows.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import semver from 'semver'

interface LockEntry { readonly dev?: boolean, readonly optional?: boolean, readonly engines?: { readonly node?: string } | string[] }

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> }

/** Packages whose `engines.node` does not accept `version`, as "path (range)". */
function refusing (version: string, include: (entry: LockEntry) => boolean): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && include(entry))
    .flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
      return range === undefined || semver.satisfies(version, range, { includePrerelease: true }) ? [] : [`${path} (${range})`]
    })
}

test('every locked package accepts the Node running the tests', () => {
  assert.deepEqual(refusing(process.version, () => true), [])
})

test('every locked package accepts the lowest Node that engines allows', () => {
  const lowest = semver.minVersion(pkg.engines.node)
  assert.ok(lowest !== null, pkg.engines.node)
  assert.deepEqual(refusing(lowest.version, () => true), [])
})
