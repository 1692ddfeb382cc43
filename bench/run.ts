// `npm run bench [name ...]`: runs every bench/*.bench.ts (or those whose file name contains a given
// name) one after another, so that each figure is printed next to a baseline measured in the same run.
// A bench file default-exports `async function (): Promise<void>` that prints its own figures.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const filters = process.argv.slice(2)
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort()

for (const name of files) {
  console.log(`\n## ${name}`)
  const mod = await import(pathToFileURL(join(here, name)).href) as { default: () => Promise<void> }
  await mod.default()
}
