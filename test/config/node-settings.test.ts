// The KRaft keys mapped into NodeSettings, and each refusal as Kafka's KafkaConfig words it (one line,
// naming the key).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadConfig } from '../../src/config/load-config.ts'
import { ConfigError } from '../../src/config/config-def.ts'
import { quorumTimings } from '../../src/node/node-parts.ts'

function load (flags: Record<string, string>): ReturnType<typeof loadConfig> {
  return loadConfig({ argv: Object.entries(flags).map(([k, v]) => `--${k}=${v}`), env: {} })
}

const three = '1@127.0.0.1:9093,2@127.0.0.2:9093,3@127.0.0.3:9093'

test('no configuration: one combined node, the only voter, with Kafka default heartbeat and session timeout', () => {
  const s = load({}).node
  assert.equal(s.nodeId, 1)
  assert.equal(s.broker, true)
  assert.equal(s.controller, true)
  assert.deepEqual([...s.voters], [[1, { host: 'localhost', port: 9093 }]])
  assert.deepEqual(s.controllerListener, { name: 'CONTROLLER', host: 'localhost', port: 9093 })
  assert.equal(s.interBrokerListenerName, 'PLAINTEXT')
  assert.equal(s.rack, null)
  assert.equal(s.brokerSessionTimeoutMs, 9000)
  assert.equal(s.brokerHeartbeatIntervalMs, 2000)
})

test('controller.quorum.election.timeout.ms: Kafka\'s default 1000 ms is 10 Raft ticks of 100 ms; other values round up to whole ticks', () => {
  assert.deepEqual(quorumTimings(load({})), { tickMs: 100, electionTicks: 10 })
  assert.deepEqual(quorumTimings(load({ 'controller.quorum.election.timeout.ms': '200' })), { tickMs: 100, electionTicks: 2 })
  assert.deepEqual(quorumTimings(load({ 'controller.quorum.election.timeout.ms': '2550' })), { tickMs: 100, electionTicks: 26 })
})

test('a node of three voters: voters by id, its controller listener, its rack', () => {
  const s = load({
    'node.id': '2',
    'controller.quorum.voters': '3@127.0.0.3:9093,1@127.0.0.1:9093,2@127.0.0.2:9093',
    listeners: 'PLAINTEXT://127.0.0.2:9092,CONTROLLER://127.0.0.2:9093',
    'broker.rack': 'r2'
  }).node
  assert.deepEqual([...s.voters.keys()], [1, 2, 3])
  assert.deepEqual(s.voters.get(3), { host: '127.0.0.3', port: 9093 })
  assert.deepEqual(s.controllerListener, { name: 'CONTROLLER', host: '127.0.0.2', port: 9093 })
  assert.equal(s.rack, 'r2')
})

test('a broker-only node follows a quorum it is not in', () => {
  const s = load({ 'node.id': '4', 'process.roles': 'broker', 'controller.quorum.voters': three, listeners: 'PLAINTEXT://127.0.0.4:9092' }).node
  assert.equal(s.controller, false)
  assert.equal(s.controllerListener, null)
})

const refusals: Array<[string, Record<string, string>, string, string]> = [
  ['controller not among the voters', { 'node.id': '4', 'controller.quorum.voters': three },
    'controller.quorum.voters', "If process.roles contains the 'controller' role, the node id 4 must be included in the set of voters controller.quorum.voters=Set(1, 2, 3)"],
  ['broker-only node among the voters', { 'node.id': '1', 'process.roles': 'broker', 'controller.quorum.voters': three, listeners: 'PLAINTEXT://127.0.0.1:9092' },
    'controller.quorum.voters', "If process.roles contains just the 'broker' role, the node id 1 must not be included in the set of voters controller.quorum.voters=Set(1, 2, 3)"],
  ['duplicate voter ids', { 'controller.quorum.voters': '1@127.0.0.1:9093,2@127.0.0.2:9093,1@127.0.0.3:9093' },
    'controller.quorum.voters', 'Invalid value 1@127.0.0.1:9093,2@127.0.0.2:9093,1@127.0.0.3:9093 for configuration controller.quorum.voters: duplicate entry for voter id 1'],
  ['a voter entry without a port', { 'controller.quorum.voters': '1@127.0.0.1:9093,2@127.0.0.2' },
    'controller.quorum.voters', 'Invalid value 2@127.0.0.2 for configuration controller.quorum.voters: each entry must be {id}@{host}:{port}'],
  ['a voter entry without an id', { 'controller.quorum.voters': 'localhost:9093' },
    'controller.quorum.voters', 'Invalid value localhost:9093 for configuration controller.quorum.voters: each entry must be {id}@{host}:{port}'],
  ['a voter port out of range', { 'controller.quorum.voters': '1@localhost:70000' },
    'controller.quorum.voters', 'Invalid value 1@localhost:70000 for configuration controller.quorum.voters: port 70000 is out of range'],
  ['no voters', { 'controller.quorum.voters': '' },
    'controller.quorum.voters', 'If using process.roles, controller.quorum.voters must contain a parseable set of voters.'],
  ['no roles', { 'process.roles': '' },
    'process.roles', 'Invalid value for configuration process.roles: Rivulet runs in KRaft mode only; set broker, controller or both'],
  ['a role twice', { 'process.roles': 'broker,broker' },
    'process.roles', 'Duplicate role names found in `process.roles`: broker,broker'],
  ['a controller of three voters without its controller listener', { 'controller.quorum.voters': three, listeners: 'PLAINTEXT://127.0.0.1:9092' },
    'controller.listener.names', "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role"],
  ['a controller-only node, the only voter, without its controller listener', { 'process.roles': 'controller', listeners: '' },
    'controller.listener.names', "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role"],
  ['a broker-only node listening on its controller listener', { 'process.roles': 'broker', 'node.id': '4', 'controller.quorum.voters': three, listeners: 'PLAINTEXT://127.0.0.4:9092,CONTROLLER://127.0.0.4:9093' },
    'controller.listener.names', "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role"],
  ['no controller listener names', { 'controller.listener.names': '' },
    'controller.listener.names', 'controller.listener.names must contain at least one value when running in KRaft mode'],
  ['a controller-only node with a client listener', { 'process.roles': 'controller' },
    'listeners', 'The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller'],
  ['a broker with only a controller listener', { listeners: 'CONTROLLER://localhost:9093' },
    'listeners', 'The listeners config must contain a listener not in controller.listener.names when process.roles contains the broker role (clients connect to it)'],
  ['a broker advertising its controller listener', { 'advertised.listeners': 'PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093' },
    'advertised.listeners', 'The advertised.listeners config must not contain KRaft controller listeners from controller.listener.names when process.roles contains the broker role because Kafka clients that send requests via advertised listeners do not send requests to KRaft controllers -- they only send requests to KRaft brokers.'],
  ['inter.broker.listener.name naming the controller listener', { 'inter.broker.listener.name': 'CONTROLLER' },
    'inter.broker.listener.name', "controller.listener.names must not contain a value appearing in the 'inter.broker.listener.name' configuration (CONTROLLER)"],
  ['inter.broker.listener.name naming no listener', { 'inter.broker.listener.name': 'INTERNAL' },
    'inter.broker.listener.name', 'inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are PLAINTEXT'],
  ['advertised.listeners naming a listener not in listeners (a typo)', { listeners: 'INTERNAL://127.0.0.1:9092,EXTERNAL://127.0.0.1:9094,CONTROLLER://127.0.0.1:9093', 'inter.broker.listener.name': 'INTERNAL', 'advertised.listeners': 'INTERNAL://rivulet-1:9092,EXTRNAL://localhost:9094' },
    'advertised.listeners', 'advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found INTERNAL,EXTRNAL. The valid options based on the current configuration are INTERNAL,EXTERNAL,CONTROLLER'],
  ['a heartbeat interval of 0', { 'broker.heartbeat.interval.ms': '0' },
    'broker.heartbeat.interval.ms', 'Invalid value 0 for configuration broker.heartbeat.interval.ms: Value must be at least 1'],
  ['an election timeout shorter than two Raft ticks', { 'controller.quorum.election.timeout.ms': '100' },
    'controller.quorum.election.timeout.ms', 'Invalid value 100 for configuration controller.quorum.election.timeout.ms: Value must be at least 200']
]

for (const [what, flags, key, message] of refusals) {
  test(`refused with one line: ${what}`, () => {
    assert.throws(() => load(flags), (err: unknown) => {
      assert.ok(err instanceof ConfigError)
      assert.equal(err.key, key)
      assert.equal(err.message, message)
      assert.ok(!err.message.includes('\n'))
      return true
    })
  })
}
