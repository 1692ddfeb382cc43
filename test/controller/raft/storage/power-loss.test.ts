// Power loss at random points of random driver histories (seeded): after each crash the storage
// must reopen to exactly the state after some prefix of the records written since the last sync()
// (nothing synced lost, nothing invented, a torn record dropped whole), whatever torn prefix of the
// unsynced bytes the disk kept.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryStorage } from '../../../../src/controller/raft/core/memory-storage.ts'
import { EntryType, type ConfState, type Entry } from '../../../../src/controller/raft/core/types.ts'
import { FileRaftStorage } from '../../../../src/controller/raft/storage/file-storage.ts'
import { Prng } from '../../../sim/prng.ts'
import { CrashFileIO } from './crash-file-io.ts'

// Real fsyncs prove nothing here (the crash is simulated, or there is none), and tmpfs makes them free.
const SCRATCH_DIR = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
const CS: ConfState = { voters: [1, 2, 3], learners: [], votersOutgoing: [] }
const SEEDS = 100
const STEPS_PER_SEED = 120

/** What a restart would see: the snapshot, the hard state and the entries after the snapshot. */
function describe (s: MemoryStorage | FileRaftStorage): string {
  const snap = s.snapshot().metadata
  const after = snap.index + 1
  const ents = after <= s.lastIndex() ? s.entries(after, s.lastIndex() + 1, Infinity) as Entry[] : []
  const hs = s.initialState().hardState
  return `snap ${snap.index}/${snap.term} hs ${hs.term}/${hs.vote}/${hs.commit} log ${ents.map((e) => `${e.index}/${e.term}/${e.data[0]}`).join(' ')}`
}

function rebuild (from: FileRaftStorage): MemoryStorage {
  const m = new MemoryStorage(from.snapshot())
  const after = from.snapshot().metadata.index + 1
  if (after <= from.lastIndex()) m.append(from.entries(after, from.lastIndex() + 1, Infinity) as Entry[])
  m.setHardState(from.initialState().hardState)
  return m
}

async function runSeed (seed: number, dir: string): Promise<number> {
  const rng = new Prng(seed)
  const io = new CrashFileIO()
  const open = (): FileRaftStorage => FileRaftStorage.open({ dir, bootstrapConfState: CS, segmentBytesMax: 256, io })
  let file = open()
  let model = rebuild(file)
  /** States a crash may leave: after each record written since the last sync. */
  let acceptable = [describe(model)]
  let term = 1
  let commit = 0
  let crashes = 0
  for (let step = 0; step < STEPS_PER_SEED; step++) {
    const last = model.lastIndex()
    const roll = rng.int(0, 99)
    if (roll < 45) {
      const start = Math.max(commit + 1, model.firstIndex(), last + 1 - rng.int(0, 3))
      if (start <= last) term++
      const ents = Array.from({ length: rng.int(1, 4) }, (_, i) => ({ index: start + i, term, type: EntryType.Normal, data: new Uint8Array([rng.int(0, 255)]) }))
      file.append(ents)
      for (const e of ents) { model.append([e]); acceptable.push(describe(model)) }
    } else if (roll < 60) {
      if (last > commit && rng.chance(0.7)) commit = rng.int(commit + 1, last)
      const hs = { term, vote: rng.int(0, 3), commit }
      file.setHardState(hs)
      model.setHardState(hs)
      acceptable.push(describe(model))
    } else if (roll < 75) {
      await file.synced()
      acceptable = [describe(model)]
    } else if (roll < 82) {
      // The application snapshots what it applied (commit is durable first, as a driver ensures).
      await file.synced()
      const snapIndex = model.snapshot().metadata.index
      if (commit > snapIndex) {
        const index = rng.int(snapIndex + 1, commit)
        file.createSnapshot(index, CS, new Uint8Array([index & 0xff]))
        model.createSnapshot(index, CS, new Uint8Array([index & 0xff]))
        const compactTo = rng.int(model.firstIndex() - 1, index)
        if (compactTo >= model.firstIndex()) { file.compact(compactTo); model.compact(compactTo) }
      }
      acceptable = [describe(model)]
    } else if (roll < 85) {
      term++
      const snapshot = { metadata: { index: last + rng.int(1, 3), term, confState: CS }, data: new Uint8Array([7]) }
      file.applySnapshot(snapshot)
      model.applySnapshot(snapshot)
      commit = snapshot.metadata.index
      // Durable at once; the hard state written with it is the last one written before.
      acceptable = [describe(model)]
    } else {
      crashes++
      io.crash((_path, unsynced) => rng.chance(0.5) ? rng.int(0, unsynced) : 0)
      file = open()
      const got = describe(file)
      assert.ok(acceptable.includes(got), `seed ${seed} step ${step}: reopened to\n  ${got}\nnot one of\n  ${acceptable.join('\n  ')}`)
      model = rebuild(file)
      acceptable = [got]
      commit = Math.max(model.initialState().hardState.commit, model.snapshot().metadata.index)
    }
  }
  file.close()
  return crashes
}

test(`power loss at random points of ${SEEDS} seeded histories reopens to a state written since the last sync`, async () => {
  let crashes = 0
  for (let seed = 1; seed <= SEEDS; seed++) {
    const dir = mkdtempSync(join(SCRATCH_DIR, 'rivulet-raft-power-'))
    try {
      crashes += await runSeed(seed, dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  assert.ok(crashes > SEEDS, `crashes happened (${crashes})`)
})
