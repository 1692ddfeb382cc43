// `npm run codegen:check`: regenerates into a temporary folder and fails on any difference from the
// committed src/protocol/generated and test/protocol/generated. Skips (exit 0) when the specs are absent.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { DEFAULT_OUTPUT, REPO_ROOT, writeGenerated } from './generate-protocol.ts'

function listFiles (dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listFiles(path))
    else out.push(path)
  }
  return out
}

function diffDirs (expectedDir: string, actualDir: string): string[] {
  const problems: string[] = []
  const expected = new Set(listFiles(expectedDir).map((p) => relative(expectedDir, p)))
  const actual = new Set(listFiles(actualDir).map((p) => relative(actualDir, p)))
  for (const rel of expected) {
    if (!actual.has(rel)) problems.push(`missing from the repo: ${rel}`)
    else if (!readFileSync(join(expectedDir, rel)).equals(readFileSync(join(actualDir, rel)))) problems.push(`differs: ${rel}`)
  }
  for (const rel of actual) if (!expected.has(rel)) problems.push(`not generated (stale): ${rel}`)
  return problems
}

const specDir = resolve(process.argv[2] ?? join(REPO_ROOT, '../shared/kafka-spec'))
if (!existsSync(join(specDir, 'messages'))) {
  console.log(`codegen:check: skipped, no Kafka specs at ${specDir}`)
  process.exit(0)
}
const tmp = mkdtempSync(join(tmpdir(), 'rivulet-codegen-'))
try {
  const out = { src: join(tmp, 'src'), test: join(tmp, 'test') }
  writeGenerated(specDir, out)
  const problems = [
    ...diffDirs(out.src, DEFAULT_OUTPUT.src).map((p) => `src/protocol/generated: ${p}`),
    ...diffDirs(out.test, DEFAULT_OUTPUT.test).map((p) => `test/protocol/generated: ${p}`)
  ]
  if (problems.length > 0) {
    console.error('codegen:check FAILED: the committed codecs differ from what the generator writes:')
    for (const p of problems) console.error(`  ${p}`)
    console.error('Run `npm run codegen -- ../shared/kafka-spec` and commit the result.')
    process.exit(1)
  }
  console.log(`codegen:check: generated code matches the specs in ${specDir}`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
