// The Raft core's public surface, for the driver (raft-node) and the tests.
export { RaftCore, type RaftStatus, type ProgressStatus } from './raft-core.ts'
export type { Ready } from './ready.ts'
export type { RaftConfig, BugSwitches } from './config.ts'
export type { LogStorage, StorageError, InitialState } from './log-storage.ts'
export { MemoryStorage, emptySnapshot, EMPTY_CONF_STATE, EMPTY_HARD_STATE } from './memory-storage.ts'
export { encodeConfChange, decodeConfChange, applyConfChange } from './conf-change.ts'
export { entrySizeBytes, ENTRY_OVERHEAD_BYTES } from './entry-size.ts'
export * from './types.ts'
