// docker/docker-compose.yml, proven without a container engine: Debian's docker-compose 1.29 validates
// it and prints it normalized, and each of its three services is started as a local process with the
// service's own command and environment. A real client (kcat, librdkafka) then produces and consumes
// through the external listeners, a topic created with the defaults has 3 replicas and
// min.insync.replicas=2, and the three nodes form one cluster. Processes die with the test
// (test/helpers/child-processes.ts).
//
// What is substituted to run a service as a process, and nothing else:
//   - the program: the image's ENTRYPOINT + CMD (`node dist/cli/rivulet.js`, no service overrides it)
//     runs as `<this node> --import tsx src/cli/rivulet.ts` in the repository's root: the image's
//     WORKDIR holds dist/ compiled from this src/ (the same CLI, without a build here); the
//     healthcheck's `node` is this node too.
//   - in the environment (the image's ENV, then the service's `environment` over it), in the values:
//     a service's name as a host name -> 127.0.0.K (rivulet-1 -> 127.0.0.1, in service order);
//     the wildcard bind address (0.0.0.0, or an empty host as in `NAME://:9092`) of service N -> 127.0.0.N;
//     `localhost` in service N's values (its advertised external listener) -> 127.0.0.N;
//     the service's volume mount path (/var/lib/rivulet) at the start of a value, or of an item of a
//     list value (log.dirs) -> a temp dir of its own (every data dir lies under the mount: checked).
// The healthcheck runs as given, in the service's environment; once also with the container's own
// admin listener value (http://0.0.0.0:9644, which the command turns into 127.0.0.1:9644, node 1's
// address here), and once against a stopped node, where it must fail.
// Published ports are not mapped: each node binds its container ports on its own address, and the
// external listener's port is published as itself (checked below), so localhost:19092 on a docker host
// is 127.0.0.1:19092 here. The ports are the compose file's, fixed: a port already in use stops the
// test with a line naming it.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { runChild, spawnChild, tempDir, type TestChild } from '../helpers/child-processes.ts'
import { findOnPath } from '../../scripts/preflight/probe.ts'
import { parseListeners } from '../../src/config/listeners.ts'
import { isValidUuid } from '../../src/node/meta-properties.ts'
import { composeConfig, readImageRuntime, type ComposeConfig, type ComposeService, type ImageRuntime } from './compose-file.ts'

const SKIP = findOnPath('docker-compose', process.env.PATH ?? '') === null
  ? 'docker-compose is not installed (apt-get install -y docker-compose; npm test\'s preflight installs it)'
  : findOnPath('kcat', process.env.PATH ?? '') === null ? 'kcat is not installed (apt-get install -y kcat)' : false
/** Three nodes starting under tsx on a shared machine, then forming their quorum and unfencing. */
const READY_TIMEOUT_MS = 120_000
const HEALTHCHECK_TIMEOUT_MS = 10_000
const CLIENT_TIMEOUT_MS = 60_000
const TOPIC = 'compose-proof'
const RECORDS = 20
const OUTPUT_LINES_KEPT = 40

function hostOf (n: number): string {
  return `127.0.0.${n}`
}

interface LocalService {
  readonly name: string
  /** 1-based, in service-name order: the service's address is 127.0.0.n. */
  readonly n: number
  readonly argv: readonly string[]
  readonly env: Readonly<Record<string, string>>
  readonly healthcheck: readonly string[]
  readonly dataDir: string
}

/** The service's one volume's mount path in the container. */
function mountOf (name: string, service: ComposeService): string {
  const mounts = (service.volumes ?? []).map((v) => typeof v === 'string' ? v.split(':')[1]! : v.target)
  assert.equal(mounts.length, 1, `${name} has one volume`)
  return mounts[0]!
}

/** The data dirs the service's environment names: every log.dirs entry and metadata.log.dir when set. */
function dataDirsOf (env: Readonly<Record<string, string | null>>): string[] {
  const logDirs = (env.RIVULET_LOG_DIRS ?? '').split(',').map((d) => d.trim()).filter((d) => d !== '')
  const metadata = env.RIVULET_METADATA_LOG_DIR ?? ''
  return metadata === '' ? logDirs : [...logDirs, metadata]
}

/** `path` with `mount` replaced by `dir` when the path starts with it (as a whole component); else unchanged. */
function underMount (path: string, mount: string, dir: string): string {
  return path === mount || path.startsWith(`${mount}/`) ? `${dir}${path.slice(mount.length)}` : path
}

function escapeRegExp (text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The service's command and environment with exactly the substitutions of the file comment. */
function localService (name: string, n: number, names: readonly string[], service: ComposeService, image: ImageRuntime): LocalService {
  assert.equal(service.command, undefined, `${name} keeps the image's command`)
  assert.equal(service.entrypoint, undefined, `${name} keeps the image's entrypoint`)
  const program = [...image.entrypoint, ...image.cmd]
  assert.deepEqual(program, ['node', 'dist/cli/rivulet.js'])
  const mount = mountOf(name, service)
  const dataDir = tempDir(`rivulet-compose-${name}-`)
  const substitute = (value: string): string => {
    let out = value
    names.forEach((other, i) => { out = out.replace(new RegExp(`\\b${escapeRegExp(other)}\\b`, 'g'), hostOf(i + 1)) })
    out = out.replace(/\b0\.0\.0\.0\b/g, hostOf(n)).replace(/:\/\/:/g, `://${hostOf(n)}:`).replace(/\blocalhost\b/g, hostOf(n))
    // The mount path only where a path starts: at the start of the value or of a list item.
    return out.split(',').map((item) => underMount(item, mount, dataDir)).join(',')
  }
  const env: Record<string, string> = {}
  for (const [key, value] of [...image.env, ...Object.entries(service.environment ?? {})]) env[key] = substitute(value ?? '')
  const test = service.healthcheck?.test
  assert.ok(Array.isArray(test) && test[0] === 'CMD' && test[1] === 'node', `${name}'s healthcheck is CMD node ...`)
  return {
    name,
    n,
    argv: [process.execPath, '--import', 'tsx', 'src/cli/rivulet.ts'],
    env,
    healthcheck: [process.execPath, ...test.slice(2)],
    dataDir
  }
}

/** Every address the service binds: its listeners and its admin API. */
function bindings (service: LocalService): Array<{ host: string, port: number, what: string }> {
  const listeners = parseListeners('listeners', service.env.RIVULET_LISTENERS!.split(','))
  const admin = new URL(service.env.RIVULET_RIVULET_ADMIN_LISTENER!)
  return [
    ...listeners.map((l) => ({ host: l.host, port: l.port, what: `its ${l.name} listener` })),
    { host: admin.hostname, port: Number(admin.port), what: 'its admin API' }
  ]
}

async function assertFree (host: string, port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer()
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(`${host}:${port} (${what}, a fixed port of docker/docker-compose.yml) cannot be bound: ${err.code ?? err.message}; stop what holds it (e.g. npm run cluster) and run the test again`))
    })
    server.listen(port, host, () => server.close(() => resolve()))
  })
}

interface Running {
  readonly service: LocalService
  readonly process: TestChild
  readonly output: string[]
}

function start (service: LocalService): Running {
  const child = spawnChild(service.argv[0]!, service.argv.slice(1), { env: service.env })
  const output: string[] = []
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString().split('\n').filter((l) => l !== ''))
    output.splice(0, Math.max(0, output.length - OUTPUT_LINES_KEPT))
  }
  child.child.stdout!.on('data', keep)
  child.child.stderr!.on('data', keep)
  return { service, process: child, output }
}

function exited (r: Running): boolean {
  return r.process.child.exitCode !== null || r.process.child.signalCode !== null
}

/** Runs the service's healthcheck (as docker would, in its environment) until it passes. */
async function waitHealthy (running: readonly Running[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  const pending = new Set(running)
  while (pending.size > 0) {
    for (const r of pending) {
      if (exited(r)) assert.fail(`${r.service.name} exited (${r.process.child.exitCode ?? r.process.child.signalCode}):\n${r.output.join('\n')}`)
      const check = await runChild(r.service.healthcheck[0]!, r.service.healthcheck.slice(1), { env: r.service.env, timeoutMs: HEALTHCHECK_TIMEOUT_MS })
      if (check.code === 0) pending.delete(r)
    }
    if (pending.size === 0) break
    if (Date.now() > deadline) assert.fail(`not healthy within ${READY_TIMEOUT_MS} ms: ${[...pending].map((r) => `${r.service.name}:\n${r.output.join('\n')}`).join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function kcat (args: readonly string[], input?: string): Promise<string> {
  const result = await runChild('kcat', args, { timeoutMs: CLIENT_TIMEOUT_MS, ...(input === undefined ? {} : { input }) })
  assert.equal(result.code, 0, `kcat ${args.join(' ')}: exit ${result.code ?? result.signal}: ${result.stderr}`)
  return result.stdout
}

async function getJson<T> (service: LocalService, path: string): Promise<T> {
  const admin = new URL(service.env.RIVULET_RIVULET_ADMIN_LISTENER!)
  const response = await fetch(new URL(path, admin), { signal: AbortSignal.timeout(HEALTHCHECK_TIMEOUT_MS) })
  assert.equal(response.status, 200, `${service.name} ${path}`)
  return await response.json() as T
}

interface KcatMetadata {
  brokers: Array<{ id: number, name: string }>
  topics: Array<{ topic: string, partitions?: Array<{ partition: number, leader: number, replicas: Array<{ id: number }>, isrs: Array<{ id: number }> }> }>
}

let loaded: { compose: ComposeConfig, image: ImageRuntime } | null = null
async function load (): Promise<{ compose: ComposeConfig, image: ImageRuntime }> {
  loaded ??= { compose: await composeConfig(), image: readImageRuntime() }
  return loaded
}

test('docker-compose validates the file; every service is a combined node configured by RIVULET_* only, with its own volume, a healthcheck, an init and a restart policy', { skip: SKIP }, async () => {
  const { compose } = await load()
  const names = Object.keys(compose.services).sort()
  assert.deepEqual(names, ['rivulet-1', 'rivulet-2', 'rivulet-3'])
  const volumes = new Set<string>()
  const clusterIds = new Set<string>()
  names.forEach((name, i) => {
    const s = compose.services[name]!
    const env = s.environment ?? {}
    assert.ok(Object.keys(env).every((k) => k.startsWith('RIVULET_')), `${name}: RIVULET_* variables only`)
    assert.equal(s.hostname, name)
    assert.equal(env.RIVULET_NODE_ID, String(i + 1))
    assert.equal(env.RIVULET_PROCESS_ROLES, 'broker,controller')
    assert.equal(env.RIVULET_CONTROLLER_QUORUM_VOTERS, names.map((other, k) => `${k + 1}@${other}:9093`).join(','))
    assert.equal(env.RIVULET_DEFAULT_REPLICATION_FACTOR, '3')
    assert.equal(env.RIVULET_MIN_INSYNC_REPLICAS, '2')
    assert.ok(isValidUuid(env.RIVULET_CLUSTER_ID ?? ''), `${name}: RIVULET_CLUSTER_ID is a cluster id`)
    clusterIds.add(env.RIVULET_CLUSTER_ID!)
    assert.ok(s.restart === 'unless-stopped' || s.restart === 'always', `${name}: restart ${s.restart}`)
    assert.ok(s.healthcheck !== undefined, `${name}: healthcheck`)
    assert.equal(s.init, true, `${name}: an init as PID 1 forwards docker stop's SIGTERM to the node`)
    // Every listener binds all interfaces of the container.
    for (const l of parseListeners('listeners', env.RIVULET_LISTENERS!.split(','))) assert.ok(l.host === '' || l.host === '0.0.0.0', `${name}: ${l.name} binds ${l.host}`)
    assert.match(env.RIVULET_RIVULET_ADMIN_LISTENER!, /^http:\/\/0\.0\.0\.0:\d+$/)
    // The internal listener is advertised by service name; the external one as localhost:P, P published as itself.
    const advertised = new Map(parseListeners('advertised.listeners', env.RIVULET_ADVERTISED_LISTENERS!.split(',')).map((l) => [l.name, l]))
    assert.equal(advertised.get(env.RIVULET_INTER_BROKER_LISTENER_NAME!)?.host, name)
    const external = advertised.get('EXTERNAL')
    assert.equal(external?.host, 'localhost')
    assert.equal(external.port, (i + 1) * 10000 + 9092)
    const published = (s.ports ?? []).map((p) => typeof p === 'string' ? p.replace(/\/tcp$/, '') : `${p.host_ip === undefined ? '' : `${p.host_ip}:`}${p.published}:${p.target}`)
    assert.ok(published.some((p) => p.endsWith(`:${external.port}:${external.port}`)), `${name} publishes ${external.port} as itself: ${published.join(', ')}`)
    // The data outlives the container only inside the volume.
    const mount = mountOf(name, s)
    const dataDirs = dataDirsOf(env)
    assert.ok(dataDirs.length > 0, `${name}: RIVULET_LOG_DIRS is set`)
    for (const dir of dataDirs) assert.ok(dir.startsWith(`${mount}/`), `${name}: ${dir} lies under its volume ${mount}`)
    for (const v of s.volumes ?? []) {
      const source = typeof v === 'string' ? v.split(':')[0]! : v.source
      assert.ok(compose.volumes !== undefined && source in compose.volumes, `${name}: ${source} is a named volume`)
      volumes.add(source)
    }
  })
  assert.equal(volumes.size, 3, 'a volume per node')
  assert.equal(clusterIds.size, 1, 'one cluster id')
})

test('the three services, run as local processes with their exact commands and environments, form one cluster that kcat produces to and consumes from', { skip: SKIP, timeout: 5 * 60_000 }, async (t: TestContext) => {
  const { compose, image } = await load()
  const names = Object.keys(compose.services).sort()
  const services = names.map((name, i) => localService(name, i + 1, names, compose.services[name]!, image))
  assert.ok(existsSync('src/cli/rivulet.ts'), 'the test runs in the repository\'s root')
  for (const s of services) for (const b of bindings(s)) await assertFree(b.host, b.port, `${s.name}'s ${b.what}`)
  const clusterId = compose.services[names[0]!]!.environment!.RIVULET_CLUSTER_ID!
  const startedMs = performance.now()
  const running = services.map(start)
  await waitHealthy(running)
  t.diagnostic(`three nodes healthy in ${Math.round(performance.now() - startedMs)} ms`)

  await t.test('the healthcheck, given the container\'s own admin listener value (host 0.0.0.0), reaches the node', async () => {
    const first = running[0]!.service
    const original = compose.services[first.name]!.environment!.RIVULET_RIVULET_ADMIN_LISTENER!
    const port = new URL(original).port
    assert.equal(new URL(original).hostname, '0.0.0.0', original)
    // Node 1's admin API is bound on 127.0.0.1 here, where the command sends a 0.0.0.0 host.
    assert.equal(first.env.RIVULET_RIVULET_ADMIN_LISTENER, `http://${hostOf(1)}:${port}`)
    const check = await runChild(first.healthcheck[0]!, first.healthcheck.slice(1), { env: { ...first.env, RIVULET_RIVULET_ADMIN_LISTENER: original }, timeoutMs: HEALTHCHECK_TIMEOUT_MS })
    assert.equal(check.code, 0, `healthcheck with ${original}: ${check.stderr}`)
  })

  await t.test('each node formatted its volume with the compose file\'s cluster id at its first start', () => {
    for (const r of running) {
      const props = readFileSync(join(r.service.env.RIVULET_LOG_DIRS!, 'meta.properties'), 'utf8')
      assert.match(props, new RegExp(`^cluster.id=${escapeRegExp(clusterId)}$`, 'm'))
      assert.match(props, new RegExp(`^node.id=${r.service.n}$`, 'm'))
      assert.ok(r.output.some((l) => l.includes('RIVULET_CLUSTER_ID: formatting')), `${r.service.name} says it formatted`)
    }
  })

  await t.test('one cluster: the same id, controller and three unfenced brokers on every node, each with its internal and external endpoints', async () => {
    interface Cluster { clusterId: string, controllerId: number, quorum: { voters: Array<{ id: number }> } | null, brokers: Array<{ id: number, fenced: boolean, endpoints: Array<{ name: string, host: string, port: number }> }> }
    let views: Cluster[] = []
    for (let attempt = 0; attempt < 60; attempt++) {
      views = await Promise.all(services.map(async (s) => await getJson<Cluster>(s, '/v1/cluster')))
      if (views.every((v) => v.brokers.length === 3 && v.brokers.every((b) => !b.fenced) && v.controllerId === views[0]!.controllerId)) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    for (const v of views) {
      assert.equal(v.clusterId, clusterId)
      assert.equal(v.controllerId, views[0]!.controllerId)
      assert.deepEqual(v.quorum?.voters.map((r) => r.id).sort(), [1, 2, 3])
      assert.deepEqual(v.brokers.map((b) => b.id).sort(), [1, 2, 3])
      for (const b of v.brokers) {
        assert.equal(b.fenced, false)
        const endpoints = b.endpoints.map((e) => `${e.name}://${e.host}:${e.port}`).sort()
        assert.deepEqual(endpoints, [`EXTERNAL://${hostOf(b.id)}:${b.id * 10000 + 9092}`, `INTERNAL://${hostOf(b.id)}:9092`])
      }
    }
  })

  await t.test('Metadata through a listener names the brokers by that listener: the external ports from outside, the service names inside', async () => {
    const external = JSON.parse(await kcat(['-b', `${hostOf(1)}:19092`, '-L', '-J'])) as KcatMetadata
    assert.deepEqual(external.brokers.map((b) => `${b.id} ${b.name}`).sort(), [1, 2, 3].map((k) => `${k} ${hostOf(k)}:${k * 10000 + 9092}`))
    const internal = JSON.parse(await kcat(['-b', `${hostOf(2)}:9092`, '-L', '-J'])) as KcatMetadata
    assert.deepEqual(internal.brokers.map((b) => `${b.id} ${b.name}`).sort(), [1, 2, 3].map((k) => `${k} ${hostOf(k)}:9092`))
  })

  await t.test('a topic created with the defaults has 3 replicas, all in sync, and min.insync.replicas=2; kcat produces acks=all and consumes it back', async () => {
    const kafka = new Kafka({ clientId: 'compose-test', brokers: [`${hostOf(1)}:19092`], logLevel: logLevel.NOTHING })
    const admin = kafka.admin()
    await admin.connect()
    try {
      // No partition count, no replication factor: CreateTopics' -1, the brokers' defaults.
      assert.equal(await admin.createTopics({ topics: [{ topic: TOPIC }], waitForLeaders: true }), true)
      const described = await admin.describeConfigs({ resources: [{ type: 2, name: TOPIC, configNames: ['min.insync.replicas'] }], includeSynonyms: false })
      assert.equal(described.resources[0]!.configEntries.find((e) => e.configName === 'min.insync.replicas')?.configValue, '2')
    } finally {
      await admin.disconnect()
    }
    const metadata = JSON.parse(await kcat(['-b', `${hostOf(1)}:19092`, '-L', '-J', '-t', TOPIC])) as KcatMetadata
    const partitions = metadata.topics.find((x) => x.topic === TOPIC)?.partitions ?? []
    assert.ok(partitions.length >= 1)
    for (const p of partitions) {
      assert.deepEqual(p.replicas.map((r) => r.id).sort(), [1, 2, 3])
      assert.deepEqual(p.isrs.map((r) => r.id).sort(), [1, 2, 3])
    }
    const sent = Array.from({ length: RECORDS }, (_, i) => `key-${i}:value-${i}`)
    await kcat(['-b', `${hostOf(1)}:19092`, '-P', '-t', TOPIC, '-K', ':', '-X', 'acks=all', '-X', 'enable.idempotence=true'], `${sent.join('\n')}\n`)
    const read = await kcat(['-b', `${hostOf(3)}:39092`, '-C', '-t', TOPIC, '-o', 'beginning', '-c', String(RECORDS), '-e', '-q', '-f', '%k:%s\\n'])
    assert.deepEqual(read.split('\n').filter((l) => l !== '').sort(), [...sent].sort())
    // Every node holds every record of the topic (replicated over the internal listener).
    interface Hosted { partitions: Array<{ topic: string, logEndOffset: number | null, highWatermark: number | null }> }
    const totals = async (): Promise<number[]> => await Promise.all(services.map(async (s) => (await getJson<Hosted>(s, '/v1/partitions')).partitions.filter((p) => p.topic === TOPIC).reduce((sum, p) => sum + (p.highWatermark ?? 0), 0)))
    let seen: number[] = []
    for (let attempt = 0; attempt < 60; attempt++) {
      seen = await totals()
      if (seen.every((n) => n === RECORDS)) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    assert.deepEqual(seen, [RECORDS, RECORDS, RECORDS], 'high watermarks of the topic on nodes 1, 2, 3')
  })

  await t.test('a restarted node keeps its volume\'s identity (formatted once) and rejoins', async () => {
    const second = running[1]!
    second.process.child.kill('SIGTERM')
    const exit = await second.process.closed
    assert.equal(exit.code, 0, second.output.join('\n'))
    const down = await runChild(second.service.healthcheck[0]!, second.service.healthcheck.slice(1), { env: second.service.env, timeoutMs: HEALTHCHECK_TIMEOUT_MS })
    assert.equal(down.code, 1, 'the healthcheck fails while the node is stopped')
    const again = start(second.service)
    await waitHealthy([again])
    assert.ok(!again.output.some((l) => l.includes('RIVULET_CLUSTER_ID: formatting')), 'not formatted again')
    const cluster = await getJson<{ clusterId: string, brokers: Array<{ id: number, fenced: boolean }> }>(second.service, '/v1/cluster')
    assert.equal(cluster.clusterId, clusterId)
  })
})
