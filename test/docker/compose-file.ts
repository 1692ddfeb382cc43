// Reads docker/Dockerfile and docker/docker-compose.yml as a container engine would, for the tests in
// test/docker/: the Dockerfile's final stage (its instructions, continuation lines joined, JSON forms
// parsed), and the compose file as `docker-compose config` validates and normalizes it (Debian's
// docker-compose 1.29 prints YAML only; PyYAML, which docker-compose itself runs on, turns that into
// JSON, so the YAML is read by the same parser docker-compose used).
import { readFileSync } from 'node:fs'
import { runChild } from '../helpers/child-processes.ts'

export const DOCKERFILE_PATH = 'docker/Dockerfile'
export const COMPOSE_PATH = 'docker/docker-compose.yml'
const COMPOSE_CONFIG_TIMEOUT_MS = 60_000
/** Debian's python, which has PyYAML wherever Debian's docker-compose is installed (a dependency of it). */
const SYSTEM_PYTHON = '/usr/bin/python3'
const YAML_TO_JSON = 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'

export interface Instruction {
  readonly keyword: string
  readonly args: string
}

export interface DockerfileStage {
  readonly from: string
  readonly instructions: readonly Instruction[]
}

/** Splits a Dockerfile into stages of instructions: comments dropped, `\` continuation lines joined. */
export function parseDockerfile (text: string): DockerfileStage[] {
  const logical: string[] = []
  let pending = ''
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue
    if (line.trimEnd().endsWith('\\')) {
      pending += line.trimEnd().slice(0, -1) + ' '
      continue
    }
    const whole = (pending + line).trim()
    pending = ''
    if (whole !== '') logical.push(whole)
  }
  if (pending.trim() !== '') logical.push(pending.trim())
  const stages: Array<{ from: string, instructions: Instruction[] }> = []
  for (const line of logical) {
    const match = /^(\S+)\s*(.*)$/.exec(line)!
    const instruction = { keyword: match[1]!.toUpperCase(), args: match[2]!.trim() }
    if (instruction.keyword === 'FROM') stages.push({ from: instruction.args, instructions: [] })
    else if (stages.length === 0) throw new Error(`${DOCKERFILE_PATH}: ${instruction.keyword} before any FROM`)
    else stages.at(-1)!.instructions.push(instruction)
  }
  return stages
}

/** The exec (JSON array) form of ENTRYPOINT, CMD, HEALTHCHECK CMD or VOLUME; the shell form is refused. */
export function execForm (args: string, what: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(args)
  } catch {
    throw new Error(`${what} is not in the exec (JSON array) form: ${args}`)
  }
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) throw new Error(`${what} is not a JSON array of strings: ${args}`)
  return parsed
}

/** `ENV a=b c=d` (values without spaces or quotes, as ours are). */
export function envOf (instruction: Instruction): Array<[string, string]> {
  return instruction.args.split(/\s+/).map((pair) => {
    const eq = pair.indexOf('=')
    if (eq <= 0 || /["']/.test(pair)) throw new Error(`ENV ${instruction.args}: only key=value pairs without quotes are read here`)
    return [pair.slice(0, eq), pair.slice(eq + 1)]
  })
}

/** What `docker run` of the final stage's image starts with, unless the service overrides it. */
export interface ImageRuntime {
  readonly stage: DockerfileStage
  readonly env: ReadonlyMap<string, string>
  readonly user: string | null
  readonly workdir: string | null
  readonly volumes: readonly string[]
  readonly exposed: readonly string[]
  /** HEALTHCHECK's options (`--interval=5s` ...) and its exec-form command after CMD. */
  readonly healthcheck: { readonly options: readonly string[], readonly command: readonly string[] } | null
  readonly entrypoint: readonly string[]
  readonly cmd: readonly string[]
}

export function imageRuntime (text: string): ImageRuntime {
  const stage = parseDockerfile(text).at(-1)
  if (stage === undefined) throw new Error(`${DOCKERFILE_PATH} has no FROM`)
  const env = new Map<string, string>()
  let user: string | null = null
  let workdir: string | null = null
  const volumes: string[] = []
  const exposed: string[] = []
  let healthcheck: ImageRuntime['healthcheck'] = null
  let entrypoint: string[] = []
  let cmd: string[] = []
  for (const i of stage.instructions) {
    if (i.keyword === 'ENV') for (const [k, v] of envOf(i)) env.set(k, v)
    else if (i.keyword === 'USER') user = i.args
    else if (i.keyword === 'WORKDIR') workdir = i.args
    else if (i.keyword === 'VOLUME') volumes.push(...(i.args.startsWith('[') ? execForm(i.args, 'VOLUME') : i.args.split(/\s+/)))
    else if (i.keyword === 'EXPOSE') exposed.push(...i.args.split(/\s+/))
    else if (i.keyword === 'HEALTHCHECK') {
      const match = /^((?:--\S+\s+)*)CMD\s+(.*)$/.exec(i.args)
      if (match === null) throw new Error(`HEALTHCHECK ${i.args}: expected [--option=value ...] CMD [...]`)
      healthcheck = { options: match[1]!.trim().split(/\s+/).filter((o) => o !== ''), command: execForm(match[2]!, 'HEALTHCHECK CMD') }
    } else if (i.keyword === 'ENTRYPOINT') {
      entrypoint = execForm(i.args, 'ENTRYPOINT')
      cmd = [] // as Docker: an ENTRYPOINT resets an inherited CMD
    } else if (i.keyword === 'CMD') cmd = execForm(i.args, 'CMD')
  }
  return { stage, env, user, workdir, volumes, exposed, healthcheck, entrypoint, cmd }
}

export function readImageRuntime (): ImageRuntime {
  return imageRuntime(readFileSync(DOCKERFILE_PATH, 'utf8'))
}

/** A service of `docker-compose config`'s output (the fields the tests read). */
export interface ComposeService {
  readonly image?: string
  readonly hostname?: string
  readonly command?: string[] | string
  readonly entrypoint?: string[] | string
  readonly environment?: Record<string, string | null>
  readonly healthcheck?: { test: string[] | string, interval?: string, timeout?: string, retries?: number, start_period?: string }
  readonly restart?: string
  readonly init?: boolean
  readonly ports?: Array<string | { target: number, published: number | string, host_ip?: string }>
  readonly volumes?: Array<string | { type: string, source: string, target: string }>
}

export interface ComposeConfig {
  readonly services: Record<string, ComposeService>
  readonly volumes?: Record<string, unknown>
}

/**
 * `docker-compose -f docker/docker-compose.yml config`: validates the file against the compose schema
 * (no daemon needed) and prints it normalized; rejects with its message when the file is invalid.
 */
export async function composeConfig (): Promise<ComposeConfig> {
  const config = await runChild('docker-compose', ['-f', COMPOSE_PATH, 'config'], { timeoutMs: COMPOSE_CONFIG_TIMEOUT_MS })
  if (config.code !== 0) throw new Error(`docker-compose -f ${COMPOSE_PATH} config failed (exit ${config.code ?? config.signal}): ${config.stderr.trim()}`)
  const json = await runChild(SYSTEM_PYTHON, ['-c', YAML_TO_JSON], { input: config.stdout, timeoutMs: COMPOSE_CONFIG_TIMEOUT_MS })
  if (json.code !== 0) throw new Error(`${SYSTEM_PYTHON} could not read docker-compose config's YAML (PyYAML, python3-yaml): ${json.stderr.trim()}`)
  return JSON.parse(json.stdout) as ComposeConfig
}
