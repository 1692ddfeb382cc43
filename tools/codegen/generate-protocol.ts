// The Kafka protocol code generator: `npm run codegen -- ../shared/kafka-spec`.
// Reads every JSON message spec and writes src/protocol/generated/ (committed) and the random message
// builders of the round-trip tests (test/protocol/generated/). Output is deterministic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSpecs, kebab, type MessageSpec } from './spec-model.ts'
import { assembleModule, emitMessage } from './emit-message.ts'
import { emitApiKeys, emitErrorCodes, emitIndex, emitMetadataRecordIndex, emitRandomBuilders, pairApis } from './emit-tables.ts'

export interface OutputDirs {
  readonly src: string
  readonly test: string
}

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const DEFAULT_OUTPUT: OutputDirs = {
  src: join(REPO_ROOT, 'src/protocol/generated'),
  test: join(REPO_ROOT, 'test/protocol/generated')
}

/** Returns every generated file as [path relative to its output dir, content]. */
export function generateFiles (specDir: string): { src: Map<string, string>, test: Map<string, string> } {
  const specs = loadSpecs(specDir, join(REPO_ROOT, 'tools/codegen/rivulet-records'))
  const apis = pairApis(specs)
  const src = new Map<string, string>()
  const modulePath = new Map<MessageSpec, string>()
  for (const api of apis) {
    const file = `messages/${api.file}.ts`
    src.set(file, assembleModule([api.request.sourceFile, api.response.sourceFile], [emitMessage(api.request), emitMessage(api.response)], '../../primitives'))
    modulePath.set(api.request, file)
    modulePath.set(api.response, file)
  }
  const headers = specs.filter((s) => s.type === 'header')
  src.set('headers.ts', assembleModule(headers.map((h) => h.sourceFile), headers.map(emitMessage), '../primitives'))
  for (const h of headers) modulePath.set(h, 'headers.ts')
  const others: Array<{ path: string }> = []
  for (const spec of specs.filter((s) => s.type === 'data')) {
    const file = `data/${kebab(spec.name)}.ts`
    src.set(file, assembleModule([spec.sourceFile], [emitMessage(spec)], '../../primitives'))
    others.push({ path: `./${file}` })
    modulePath.set(spec, file)
  }
  const records = specs.filter((s) => s.type === 'metadata').sort((a, b) => (a.apiKey ?? 0) - (b.apiKey ?? 0))
  for (const spec of records) {
    const file = `metadata-records/${kebab(spec.name)}.ts`
    src.set(file, assembleModule([spec.sourceFile], [emitMessage(spec)], '../../primitives'))
    modulePath.set(spec, file)
  }
  src.set('metadata-records/index.ts', emitMetadataRecordIndex(records))
  src.set('api-keys.ts', emitApiKeys(apis))
  src.set('error-codes.ts', emitErrorCodes())
  src.set('index.ts', emitIndex(apis, others))
  const test = new Map<string, string>()
  const randomSpecs = specs.filter((s) => modulePath.has(s))
  test.set('random-messages.ts', emitRandomBuilders(randomSpecs, apis, (spec) => `../../../src/protocol/generated/${modulePath.get(spec)!}`))
  return { src, test }
}

export function writeGenerated (specDir: string, out: OutputDirs): number {
  const files = generateFiles(specDir)
  rmSync(out.src, { recursive: true, force: true })
  rmSync(out.test, { recursive: true, force: true })
  let count = 0
  for (const [dir, map] of [[out.src, files.src], [out.test, files.test]] as const) {
    for (const [rel, content] of map) {
      const path = join(dir, rel)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, content)
      count++
    }
  }
  return count
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const specDir = process.argv[2] ?? '../shared/kafka-spec'
  const count = writeGenerated(resolve(specDir), DEFAULT_OUTPUT)
  console.log(`codegen: wrote ${count} files from ${specDir}`)
}
