// Rivulet as a library: run a real broker in process (on an ephemeral port with port 0).
export { startBroker, type BrokerOptions, type RunningBroker } from './broker/start-broker.ts'
