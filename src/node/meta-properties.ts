// A node's storage identity: `meta.properties` in each of its directories (log.dirs and, when it is
// separate, metadata.log.dir), as Kafka's KRaft nodes keep it (version=1: cluster.id, node.id,
// directory.id). `rivulet format --cluster-id ID` writes it, as `kafka-storage format` does, and
// `rivulet random-uuid` makes an id (Kafka's Uuid: 16 random bytes in URL-safe base64 without padding).
//
// At start (`loadClusterId`): a node whose meta.properties names another node.id, or whose directories
// name different cluster ids, refuses to start with one line and changes nothing. A node that is not the
// one voter of its own quorum (a multi-voter or broker-only node) must be formatted first: it refuses to
// start without meta.properties, naming the format command, because a cluster id made up on one node
// would never match its peers'. The single combined node of `npm start` still creates its identity at its
// first start.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { parse as parseProperties } from 'dot-properties'

export const META_PROPERTIES_FILE = 'meta.properties'
/** Kafka's MetaPropertiesVersion.V1 (KRaft). */
const META_PROPERTIES_VERSION = 1
/** A Kafka Uuid is 16 bytes; its text form is their URL-safe base64 without padding (22 characters). */
const UUID_BYTES = 16

/** The node's storage identity is missing or disagrees with its configuration: it must not start. */
export class StorageIdentityError extends Error {
  override name = 'StorageIdentityError'
  readonly code: string

  constructor (code: string, message: string) {
    super(`${code}: ${message}`)
    this.code = code
  }
}

export interface MetaProperties {
  readonly clusterId: string
  /** null only in a file that carries no node.id (written by hand). */
  readonly nodeId: number | null
  readonly directoryId: string | null
}

/** Kafka's Uuid.randomUuid: never the zero uuid, the metadata topic's id (1), nor one whose text starts with '-'. */
export function randomUuid (): string {
  for (;;) {
    const bytes = randomBytes(UUID_BYTES)
    const text = bytes.toString('base64url')
    const high = bytes.readBigUInt64BE(0)
    const low = bytes.readBigUInt64BE(8)
    if (high === 0n && (low === 0n || low === 1n)) continue
    if (text.startsWith('-')) continue
    return text
  }
}

/** Kafka's Uuid.fromString: the text must be the URL-safe base64 of exactly 16 bytes. */
export function isValidUuid (text: string): boolean {
  if (!/^[A-Za-z0-9_-]{22}$/.test(text)) return false
  const bytes = Buffer.from(text, 'base64url')
  return bytes.length === UUID_BYTES && bytes.toString('base64url') === text
}

/** The directories that carry meta.properties: every log dir, and metadata.log.dir when it is another one. */
export function identityDirs (logDirs: readonly string[], metadataLogDir: string | null): string[] {
  const dirs = [...logDirs]
  if (metadataLogDir !== null && !dirs.some((d) => resolve(d) === resolve(metadataLogDir))) dirs.push(metadataLogDir)
  return dirs
}

/** The meta.properties of `dir`, or null when it has none; a file without cluster.id or with a bad node.id is refused. */
export function readMetaProperties (dir: string): MetaProperties | null {
  const path = join(dir, META_PROPERTIES_FILE)
  if (!existsSync(path)) return null
  const props = parseProperties(readFileSync(path, 'utf8')) as Record<string, string>
  const clusterId = props['cluster.id']?.trim() ?? ''
  if (clusterId === '') throw new StorageIdentityError('RIVULET_ERR_META_PROPERTIES', `${path} has no cluster.id; it was not written by rivulet format (or kafka-storage format)`)
  const nodeText = props['node.id']?.trim()
  if (nodeText !== undefined && !/^\d+$/.test(nodeText)) throw new StorageIdentityError('RIVULET_ERR_META_PROPERTIES', `${path} has node.id ${nodeText}, which is not a node id`)
  return { clusterId, nodeId: nodeText === undefined ? null : Number(nodeText), directoryId: props['directory.id']?.trim() ?? null }
}

/** Writes meta.properties durably: a temp file, fsynced, renamed over, and the directory fsynced. */
function writeMetaProperties (dir: string, clusterId: string, nodeId: number): void {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, META_PROPERTIES_FILE)
  const text = `#\n#Written by Rivulet (rivulet format)\ncluster.id=${clusterId}\ndirectory.id=${randomUuid()}\nnode.id=${nodeId}\nversion=${META_PROPERTIES_VERSION}\n`
  const fd = openSync(`${path}.tmp`, 'w')
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(`${path}.tmp`, path)
  const dirFd = openSync(dir, 'r')
  try {
    fsyncSync(dirFd)
  } finally {
    closeSync(dirFd)
  }
}

/** Refuses an existing meta.properties that names another node id (one line, nothing changed). */
function checkNodeId (dir: string, found: MetaProperties, nodeId: number): void {
  if (found.nodeId === null || found.nodeId === nodeId) return
  throw new StorageIdentityError('RIVULET_ERR_NODE_ID', `${join(dir, META_PROPERTIES_FILE)} belongs to node.id ${found.nodeId}, but this node is configured with node.id ${nodeId}; it does not start (nor overwrite it)`)
}

export interface FormatResult {
  /** Directories given meta.properties now. */
  readonly formatted: readonly string[]
  /** Directories that already had this cluster id and node id. */
  readonly unchanged: readonly string[]
}

/**
 * `rivulet format`: writes meta.properties with `clusterId` and `nodeId` in each of `dirs`. A directory
 * formatted with the same identity is left as it is (so that formatting twice is harmless); one formatted
 * with another cluster id or node id refuses the whole format before anything is written.
 */
export function formatStorage (dirs: readonly string[], clusterId: string, nodeId: number): FormatResult {
  if (!isValidUuid(clusterId)) throw new StorageIdentityError('RIVULET_ERR_CLUSTER_ID', `Cluster ID string ${clusterId} does not appear to be a valid UUID (22 characters of URL-safe base64; rivulet random-uuid makes one)`)
  const unchanged: string[] = []
  const todo: string[] = []
  for (const dir of dirs) {
    const found = readMetaProperties(dir)
    if (found === null) {
      todo.push(dir)
      continue
    }
    if (found.clusterId !== clusterId) {
      throw new StorageIdentityError('RIVULET_ERR_CLUSTER_ID', `${join(dir, META_PROPERTIES_FILE)} is already formatted with cluster.id ${found.clusterId}; it is not overwritten with ${clusterId}`)
    }
    checkNodeId(dir, found, nodeId)
    unchanged.push(dir)
  }
  for (const dir of todo) writeMetaProperties(dir, clusterId, nodeId)
  return { formatted: todo, unchanged }
}

export interface IdentityOptions {
  /** identityDirs(log.dirs, metadata.log.dir). */
  readonly dirs: readonly string[]
  readonly nodeId: number
  /** The node is the only voter of its quorum (`npm start`): it creates its identity at its first start. */
  readonly createIfMissing: boolean
  /** How the operator formats this node, for the refusal line (e.g. `rivulet format --cluster-id <uuid> --config server.properties`). */
  readonly formatHint: string
}

/** The cluster id this node starts with; see the file comment for when it refuses. */
export function loadClusterId (options: IdentityOptions): string {
  const found = options.dirs.map((dir) => ({ dir, props: readMetaProperties(dir) }))
  for (const { dir, props } of found) if (props !== null) checkNodeId(dir, props, options.nodeId)
  const ids = new Set(found.flatMap((f) => f.props === null ? [] : [f.props.clusterId]))
  if (ids.size > 1) {
    throw new StorageIdentityError('RIVULET_ERR_CLUSTER_ID', `the directories of this node belong to different clusters (${found.filter((f) => f.props !== null).map((f) => `${f.dir}: ${f.props!.clusterId}`).join(', ')}); it does not start`)
  }
  const missing = found.filter((f) => f.props === null).map((f) => f.dir)
  if (missing.length > 0 && !options.createIfMissing) {
    throw new StorageIdentityError('RIVULET_ERR_NOT_FORMATTED', `${missing.map((d) => join(d, META_PROPERTIES_FILE)).join(', ')} not found: a node of a multi-node cluster must be formatted with its cluster's id first: ${options.formatHint}`)
  }
  const clusterId = ids.size === 1 ? [...ids][0]! : randomUuid()
  for (const dir of missing) writeMetaProperties(dir, clusterId, options.nodeId)
  return clusterId
}
