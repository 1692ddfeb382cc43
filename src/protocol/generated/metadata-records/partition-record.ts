// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: PartitionRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface PartitionRecord {
  /** PartitionId: versions 0+ */
  partitionId: number
  /** TopicId: versions 0+ */
  topicId: string
  /** Replicas: versions 0+ */
  replicas: number[]
  /** Isr: versions 0+ */
  isr: number[]
  /** RemovingReplicas: versions 0+ */
  removingReplicas: number[]
  /** AddingReplicas: versions 0+ */
  addingReplicas: number[]
  /** Leader: versions 0+ */
  leader: number
  /** LeaderRecoveryState: versions 0+, tag 0 */
  leaderRecoveryState: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** PartitionEpoch: versions 0+ */
  partitionEpoch: number
  /** Directories: versions 1+ */
  directories: string[]
  /** EligibleLeaderReplicas: versions 2+, tag 1 */
  eligibleLeaderReplicas: number[] | null
  /** LastKnownElr: versions 2+, tag 2 */
  lastKnownElr: number[] | null
}

export function defaultPartitionRecord (): PartitionRecord {
  return { partitionId: -1, topicId: ZERO_UUID, replicas: [], isr: [], removingReplicas: [], addingReplicas: [], leader: -1, leaderRecoveryState: 0, leaderEpoch: -1, partitionEpoch: -1, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null }
}

function readPartitionRecord (r: Reader, version: number, flexible: boolean): PartitionRecord {
  const m: PartitionRecord = { partitionId: -1, topicId: ZERO_UUID, replicas: [], isr: [], removingReplicas: [], addingReplicas: [], leader: -1, leaderRecoveryState: 0, leaderEpoch: -1, partitionEpoch: -1, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null }
  m.partitionId = r.readInt32()
  m.topicId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Replicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.replicas = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Isr is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.isr = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('RemovingReplicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.removingReplicas = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('AddingReplicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.addingReplicas = items
  }
  m.leader = r.readInt32()
  m.leaderEpoch = r.readInt32()
  m.partitionEpoch = r.readInt32()
  if (version >= 1) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Directories is null but not nullable in this version')
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push(r.readUuid())
      m.directories = items
    }
  }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          m.leaderRecoveryState = r.readInt8()
          break
        case 1:
          if (version >= 2) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) m.eligibleLeaderReplicas = null
              else {
                const items: number[] = []
                for (let i = 0; i < n; i++) items.push(r.readInt32())
                m.eligibleLeaderReplicas = items
              }
            }
          } else r.skip(size)
          break
        case 2:
          if (version >= 2) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) m.lastKnownElr = null
              else {
                const items: number[] = []
                for (let i = 0; i < n; i++) items.push(r.readInt32())
                m.lastKnownElr = items
              }
            }
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizePartitionRecord (m: PartitionRecord, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 16
  {
    size += sizeOfArrayLength(m.replicas.length, flexible)
    size += m.replicas.length * 4
  }
  {
    size += sizeOfArrayLength(m.isr.length, flexible)
    size += m.isr.length * 4
  }
  {
    size += sizeOfArrayLength(m.removingReplicas.length, flexible)
    size += m.removingReplicas.length * 4
  }
  {
    size += sizeOfArrayLength(m.addingReplicas.length, flexible)
    size += m.addingReplicas.length * 4
  }
  size += 4
  size += 4
  size += 4
  if (!(version >= 1) && !((m.directories !== null && m.directories.length === 0))) throw new Error('PartitionRecord.directories is not supported in version ' + version)
  if (version >= 1) {
    {
      size += sizeOfArrayLength(m.directories.length, flexible)
      size += m.directories.length * 16
    }
  }
  if (flexible) {
    let count = 0
    if (!(m.leaderRecoveryState === 0)) {
      count++
      let fieldSize = 0
      fieldSize += 1
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 2 && !(m.eligibleLeaderReplicas === null)) {
      count++
      let fieldSize = 0
      if (m.eligibleLeaderReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.eligibleLeaderReplicas.length, true)
        fieldSize += m.eligibleLeaderReplicas.length * 4
      }
      size += sizeOfUnsignedVarInt(1) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 2 && !(m.lastKnownElr === null)) {
      count++
      let fieldSize = 0
      if (m.lastKnownElr === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.lastKnownElr.length, true)
        fieldSize += m.lastKnownElr.length * 4
      }
      size += sizeOfUnsignedVarInt(2) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putPartitionRecord (w: Writer, m: PartitionRecord, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionId)
  w.writeUuid(m.topicId)
  w.writeArrayLength(m.replicas.length, flexible)
  for (const item of m.replicas) { w.writeInt32(item) }
  w.writeArrayLength(m.isr.length, flexible)
  for (const item of m.isr) { w.writeInt32(item) }
  w.writeArrayLength(m.removingReplicas.length, flexible)
  for (const item of m.removingReplicas) { w.writeInt32(item) }
  w.writeArrayLength(m.addingReplicas.length, flexible)
  for (const item of m.addingReplicas) { w.writeInt32(item) }
  w.writeInt32(m.leader)
  w.writeInt32(m.leaderEpoch)
  w.writeInt32(m.partitionEpoch)
  if (version >= 1) {
    w.writeArrayLength(m.directories.length, flexible)
    for (const item of m.directories) { w.writeUuid(item) }
  }
  if (flexible) {
    let count = 0
    if (!(m.leaderRecoveryState === 0)) count++
    if (version >= 2 && !(m.eligibleLeaderReplicas === null)) count++
    if (version >= 2 && !(m.lastKnownElr === null)) count++
    w.writeUnsignedVarInt(count)
    if (!(m.leaderRecoveryState === 0)) {
      let fieldSize = 0
      fieldSize += 1
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt8(m.leaderRecoveryState)
    }
    if (version >= 2 && !(m.eligibleLeaderReplicas === null)) {
      let fieldSize = 0
      if (m.eligibleLeaderReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.eligibleLeaderReplicas.length, true)
        fieldSize += m.eligibleLeaderReplicas.length * 4
      }
      w.writeUnsignedVarInt(1)
      w.writeUnsignedVarInt(fieldSize)
      if (m.eligibleLeaderReplicas === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.eligibleLeaderReplicas.length, true)
        for (const item of m.eligibleLeaderReplicas) { w.writeInt32(item) }
      }
    }
    if (version >= 2 && !(m.lastKnownElr === null)) {
      let fieldSize = 0
      if (m.lastKnownElr === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.lastKnownElr.length, true)
        fieldSize += m.lastKnownElr.length * 4
      }
      w.writeUnsignedVarInt(2)
      w.writeUnsignedVarInt(fieldSize)
      if (m.lastKnownElr === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.lastKnownElr.length, true)
        for (const item of m.lastKnownElr) { w.writeInt32(item) }
      }
    }
  }
}

/** PartitionRecord: valid versions 0-2, flexible 0+. */
export const PartitionRecordVersions = { min: 0, max: 2, flexibleMin: 0 } as const

export function decodePartitionRecord (r: Reader, version: number): PartitionRecord {
  return readPartitionRecord(r, version, true)
}

export function sizeOfPartitionRecord (m: PartitionRecord, version: number): number {
  return sizePartitionRecord(m, version, true)
}

export function writePartitionRecord (w: Writer, m: PartitionRecord, version: number): void {
  putPartitionRecord(w, m, version, true)
}
