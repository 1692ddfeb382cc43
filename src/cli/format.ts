// `rivulet format --cluster-id ID [--config FILE] [--key=value ...]` and `rivulet random-uuid`, as Kafka's
// `kafka-storage format -t ID -c FILE` and `kafka-storage random-uuid`: format writes meta.properties
// (cluster.id, node.id) into every directory of the node's configuration (log.dirs and metadata.log.dir),
// so that the node of a multi-node cluster can start. Every node of one cluster is formatted with the
// same id. A directory already formatted with that identity is left as it is; one formatted with another
// cluster id or node id refuses the format (one line, exit 1) and nothing is written.
// The node command does the same step itself when RIVULET_CLUSTER_ID is set (formatOnStart below), as
// Kafka's container image formats with its CLUSTER_ID (`kafka-storage format --ignore-formatted`):
// a container of a multi-node cluster formats its empty volume at its first start and keeps it after.
import { CLUSTER_ID_ENV, loadConfig, type LoadedConfig } from '../config/load-config.ts'
import { ConfigError } from '../config/config-def.ts'
import { formatStorage, identityDirs, randomUuid, StorageIdentityError } from '../node/meta-properties.ts'

export interface CommandOutput {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

/** `--cluster-id ID`, `--cluster-id=ID` or Kafka's `-t ID`, taken out of the configuration flags. */
function takeClusterId (args: readonly string[]): { clusterId: string | null, rest: string[] } {
  const rest: string[] = []
  let clusterId: string | null = null
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg.startsWith('--cluster-id=')) clusterId = arg.slice('--cluster-id='.length)
    else if (arg === '--cluster-id' || arg === '-t') clusterId = args[++i] ?? ''
    else rest.push(arg)
  }
  return { clusterId, rest }
}

/** Runs `rivulet format`; returns the exit code (0 done, 1 refused, 2 bad usage or configuration). */
export function formatCommand (args: readonly string[], env: Readonly<Record<string, string | undefined>>, output: CommandOutput): number {
  const { clusterId, rest } = takeClusterId(args)
  if (clusterId === null || clusterId === '') {
    output.err('rivulet format: --cluster-id is required (rivulet random-uuid makes one; give every node of a cluster the same)')
    return 2
  }
  let config
  try {
    config = loadConfig({ argv: rest, env })
  } catch (err) {
    if (err instanceof ConfigError) {
      output.err(`rivulet: ${err.message}`)
      return 2
    }
    throw err
  }
  const nodeId = config.node.nodeId
  try {
    const result = formatStorage(identityDirs(config.list('log.dirs'), config.string('metadata.log.dir')), clusterId, nodeId)
    for (const dir of result.formatted) output.out(`Formatting ${dir} with cluster.id ${clusterId} and node.id ${nodeId}.`)
    for (const dir of result.unchanged) output.out(`${dir} is already formatted with cluster.id ${clusterId} and node.id ${nodeId}; left as it is.`)
    return 0
  } catch (err) {
    if (err instanceof StorageIdentityError) {
      output.err(`rivulet format: ${err.message}`)
      return 1
    }
    throw err
  }
}

/**
 * When RIVULET_CLUSTER_ID is set, formats the node's directories that have no meta.properties yet with
 * it (as `rivulet format --cluster-id`), before the node starts. Returns null to go on starting, or the
 * exit code (1) when a directory belongs to another cluster or node, or the id is not a cluster id.
 */
export function formatOnStart (config: LoadedConfig, env: Readonly<Record<string, string | undefined>>, output: CommandOutput): number | null {
  const clusterId = env[CLUSTER_ID_ENV]
  if (clusterId === undefined || clusterId === '') return null
  const nodeId = config.node.nodeId
  try {
    const result = formatStorage(identityDirs(config.list('log.dirs'), config.string('metadata.log.dir')), clusterId, nodeId)
    for (const dir of result.formatted) output.out(`${CLUSTER_ID_ENV}: formatting ${dir} with cluster.id ${clusterId} and node.id ${nodeId}.`)
    return null
  } catch (err) {
    if (err instanceof StorageIdentityError) {
      output.err(`rivulet: ${CLUSTER_ID_ENV}: ${err.message}`)
      return 1
    }
    throw err
  }
}

export function randomUuidCommand (output: CommandOutput): number {
  output.out(randomUuid())
  return 0
}
