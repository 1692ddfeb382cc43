// docker/Dockerfile and .dockerignore, read as docker would (no container engine here to build them):
// a multi-stage build whose runtime stage is node:20 slim with production dependencies only, a non-root
// user, the data volume, the ports, a HEALTHCHECK on /readyz that is the compose file's, and the
// `rivulet` command; the build context holds what the Dockerfile copies and nothing else.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { DOCKERFILE_PATH, composeConfig, execForm, imageRuntime, parseDockerfile, readImageRuntime } from './compose-file.ts'
import { findOnPath } from '../../scripts/preflight/probe.ts'

const dockerfile = readFileSync(DOCKERFILE_PATH, 'utf8')

test('two stages: npm ci and npm run build in the first; the runtime stage is node 20 slim with the pruned node_modules and dist/ only', () => {
  const stages = parseDockerfile(dockerfile)
  assert.equal(stages.length, 2)
  const [build, runtime] = stages as [typeof stages[0], typeof stages[0]]
  assert.match(build.from, /^node:20[-\w.]* AS build$/)
  const buildRuns = build.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join(' && ')
  for (const step of ['npm ci', 'npm run build', 'npm prune --omit=dev']) assert.ok(buildRuns.includes(step), `the build stage runs ${step}`)
  assert.match(runtime.from, /^node:20(\.\d+)*-(bookworm-)?slim$/)
  const copies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args)
  assert.deepEqual(copies, ['--from=build /build/package.json ./', '--from=build /build/node_modules ./node_modules', '--from=build /build/dist ./dist'])
  assert.ok(!runtime.instructions.some((i) => i.keyword === 'RUN' && /npm (ci|install)/.test(i.args)), 'nothing is installed in the runtime stage')
})

test('the runtime runs `node dist/cli/rivulet.js` as a non-root user made in the image, with its data in a volume', () => {
  const image = readImageRuntime()
  assert.deepEqual([...image.entrypoint, ...image.cmd], ['node', 'dist/cli/rivulet.js'])
  assert.equal(image.workdir, '/opt/rivulet')
  assert.ok(image.user !== null && !['root', '0', '0:0'].includes(image.user), `USER ${image.user}`)
  const creates = image.stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join(' ')
  assert.match(creates, new RegExp(`useradd .*\\b${image.user}\\b`))
  assert.deepEqual(image.volumes, ['/var/lib/rivulet'])
  assert.ok(image.env.get('RIVULET_LOG_DIRS')!.startsWith('/var/lib/rivulet/'), 'the logs are in the volume')
  assert.match(creates, /chown -R rivulet:rivulet \/var\/lib\/rivulet/)
  for (const port of ['9092', '9093', '9644']) assert.ok(image.exposed.includes(port), `EXPOSE ${port}`)
  assert.ok([...image.env.keys()].every((k) => k === 'NODE_ENV' || k.startsWith('RIVULET_')), 'configuration by RIVULET_* only')
})

test('HEALTHCHECK asks /readyz with node (slim has no curl), bounded, and is the compose file\'s healthcheck', { skip: findOnPath('docker-compose', process.env.PATH ?? '') === null ? 'docker-compose is not installed (apt-get install -y docker-compose; npm test\'s preflight installs it)' : false }, async () => {
  const image = readImageRuntime()
  assert.ok(image.healthcheck !== null)
  assert.equal(image.healthcheck.command[0], 'node')
  assert.ok(image.healthcheck.command.join(' ').includes("'/readyz'"))
  assert.ok(image.healthcheck.command.join(' ').includes('AbortSignal.timeout('), 'the request has a timeout of its own')
  for (const option of ['--interval=', '--timeout=', '--start-period=', '--retries=']) assert.ok(image.healthcheck.options.some((o) => o.startsWith(option)), option)
  const compose = await composeConfig()
  for (const [name, service] of Object.entries(compose.services)) {
    assert.ok(Array.isArray(service.healthcheck?.test), name)
    assert.deepEqual(service.healthcheck.test, ['CMD', ...image.healthcheck.command], `${name}'s healthcheck is the image's`)
  }
})

/** .dockerignore as docker applies it to our simple patterns: the last matching line wins; a directory pattern covers what is under it. */
function ignored (patterns: readonly string[], path: string): boolean {
  let result = false
  for (const raw of patterns) {
    const negated = raw.startsWith('!')
    const pattern = (negated ? raw.slice(1) : raw).replace(/\/$/, '')
    const matches = pattern === '*' || path === pattern || path.startsWith(`${pattern}/`)
    if (matches) result = !negated
  }
  return result
}

test('.dockerignore sends the build what the Dockerfile copies, and neither node_modules, dist/ nor data', () => {
  const patterns = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
  const build = parseDockerfile(dockerfile)[0]!
  const sources = build.instructions.filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(/\s+/).slice(0, -1))
  assert.ok(sources.length >= 4)
  for (const source of sources) {
    const path = source.replace(/\/$/, '')
    assert.ok(existsSync(path), `${path} exists`)
    assert.ok(!ignored(patterns, path), `${path} reaches the build`)
  }
  for (const path of ['node_modules', 'dist', 'data', '.git', 'test', 'bench', 'README.md']) assert.ok(ignored(patterns, path), `${path} stays out`)
  assert.ok(!ignored(patterns, 'src/cli/rivulet.ts'))
})

test('the Dockerfile reader refuses what it cannot read exactly (shell forms, quoted ENV values)', () => {
  assert.throws(() => execForm('node dist/cli/rivulet.js', 'ENTRYPOINT'), /exec \(JSON array\) form/)
  assert.throws(() => imageRuntime('FROM x\nENV A="b c"\n'), /without quotes/)
  assert.deepEqual(imageRuntime('FROM x\nCMD ["a"]\nENTRYPOINT ["b"]\n').cmd, [])
  assert.deepEqual(imageRuntime('FROM x\nENV A=1 \\\n  B=2\n').env, new Map([['A', '1'], ['B', '2']]))
})
