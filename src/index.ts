// Rivulet as a library: run a real broker in process (on an ephemeral port with port 0).
export { startBroker, startNode, startAnyNode, type BrokerOptions, type RunningBroker, type NodeOptions, type RunningNode } from './node/node.ts'
export { startController, type RunningController } from './node/controller-node.ts'
