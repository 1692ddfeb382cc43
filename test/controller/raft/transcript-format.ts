// The transcript file format (etcd's datadriven, simplified): blocks of
//   # comments (kept verbatim)
//   command arg key=value key=(a,b)
//   ----
//   expected output (no blank lines; "ok" when a command prints nothing)
// separated by blank lines. REWRITE=1 rewrites the expected outputs from the actual ones.

export interface TranscriptCase {
  /** Comment and blank lines before the command, verbatim. */
  readonly preamble: readonly string[]
  readonly command: string
  readonly expected: string
  /** 1-based line of the command, for error messages. */
  readonly line: number
}

export function parseTranscript (text: string): { cases: TranscriptCase[], trailer: string[] } {
  const lines = text.split('\n')
  const cases: TranscriptCase[] = []
  let preamble: string[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '' || line.startsWith('#')) {
      preamble.push(line)
      i++
      continue
    }
    const commandLine = i + 1
    if (lines[i + 1] !== '----') throw new Error(`line ${i + 2}: expected ---- after the command "${line}"`)
    i += 2
    const output: string[] = []
    while (i < lines.length && lines[i]!.trim() !== '') output.push(lines[i++]!)
    cases.push({ preamble, command: line, expected: output.join('\n'), line: commandLine })
    preamble = []
  }
  return { cases, trailer: preamble }
}

export function formatTranscript (cases: ReadonlyArray<TranscriptCase & { actual: string }>, trailer: readonly string[]): string {
  const out: string[] = []
  for (const c of cases) out.push(...c.preamble, c.command, '----', c.actual)
  out.push(...trailer)
  let text = out.join('\n')
  if (!text.endsWith('\n')) text += '\n'
  return text
}

export interface ParsedCommand {
  readonly name: string
  readonly positional: readonly string[]
  readonly keys: ReadonlyMap<string, string>
}

/** `cmd 1 2 voters=(1,2,3) prevote=true` -> name, positional args, key=value args. */
export function parseCommand (line: string): ParsedCommand {
  const words = line.trim().split(/\s+/)
  const keys = new Map<string, string>()
  const positional: string[] = []
  for (const w of words.slice(1)) {
    const eq = w.indexOf('=')
    if (eq > 0) keys.set(w.slice(0, eq), w.slice(eq + 1))
    else positional.push(w)
  }
  return { name: words[0]!, positional, keys }
}

/** `(1,2,3)` or `()` -> numbers. */
export function parseList (text: string): number[] {
  const inner = text.replace(/^\(/, '').replace(/\)$/, '').trim()
  if (inner === '') return []
  return inner.split(',').map((s) => {
    const n = Number(s.trim())
    if (!Number.isInteger(n)) throw new Error(`not an integer list: ${text}`)
    return n
  })
}
