// Runs every transcript in transcripts/: each command's output must equal the recorded one.
// REWRITE=1 records the actual outputs instead (then review the diff like code).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InteractionEnv } from './interaction-env.ts'
import { formatTranscript, parseCommand, parseTranscript } from './transcript-format.ts'

const DIR = join(import.meta.dirname, 'transcripts')
const REWRITE = process.env.REWRITE === '1'

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()

test('there are transcripts to run', () => {
  assert.ok(files.length >= 7, `found ${files.length}`)
})

for (const file of files) {
  test(`transcript ${file}`, () => {
    const path = join(DIR, file)
    const { cases, trailer } = parseTranscript(readFileSync(path, 'utf8'))
    const env = new InteractionEnv()
    const results = cases.map((c) => ({ ...c, actual: env.handle(parseCommand(c.command)) }))
    if (REWRITE) {
      writeFileSync(path, formatTranscript(results, trailer))
      return
    }
    for (const r of results) {
      if (r.actual !== r.expected) {
        assert.fail(`${file}:${r.line}: ${r.command}\n--- expected\n${r.expected}\n--- actual\n${r.actual}\n(REWRITE=1 records the actual output)`)
      }
    }
  })
}
