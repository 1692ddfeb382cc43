// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: PartitionChangeRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface PartitionChangeRecord {
  /** PartitionId: versions 0+ */
  partitionId: number
  /** TopicId: versions 0+ */
  topicId: string
  /** Isr: versions 0+, tag 0 */
  isr: number[] | null
  /** Leader: versions 0+, tag 1 */
  leader: number
  /** Replicas: versions 0+, tag 2 */
  replicas: number[] | null
  /** RemovingReplicas: versions 0+, tag 3 */
  removingReplicas: number[] | null
  /** AddingReplicas: versions 0+, tag 4 */
  addingReplicas: number[] | null
  /** LeaderRecoveryState: versions 0+, tag 5 */
  leaderRecoveryState: number
  /** Directories: versions 1+, tag 8 */
  directories: string[] | null
  /** EligibleLeaderReplicas: versions 2+, tag 6 */
  eligibleLeaderReplicas: number[] | null
  /** LastKnownElr: versions 2+, tag 7 */
  lastKnownElr: number[] | null
}

export function defaultPartitionChangeRecord (): PartitionChangeRecord {
  return { partitionId: -1, topicId: ZERO_UUID, isr: null, leader: -2, replicas: null, removingReplicas: null, addingReplicas: null, leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null }
}

function readPartitionChangeRecord (r: Reader, version: number, flexible: boolean): PartitionChangeRecord {
  const m: PartitionChangeRecord = { partitionId: -1, topicId: ZERO_UUID, isr: null, leader: -2, replicas: null, removingReplicas: null, addingReplicas: null, leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null }
  m.partitionId = r.readInt32()
  m.topicId = r.readUuid()
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          {
            const n = r.readArrayLength(true)
            if (n < 0) m.isr = null
            else {
              const items: number[] = []
              for (let i = 0; i < n; i++) items.push(r.readInt32())
              m.isr = items
            }
          }
          break
        case 1:
          m.leader = r.readInt32()
          break
        case 2:
          {
            const n = r.readArrayLength(true)
            if (n < 0) m.replicas = null
            else {
              const items: number[] = []
              for (let i = 0; i < n; i++) items.push(r.readInt32())
              m.replicas = items
            }
          }
          break
        case 3:
          {
            const n = r.readArrayLength(true)
            if (n < 0) m.removingReplicas = null
            else {
              const items: number[] = []
              for (let i = 0; i < n; i++) items.push(r.readInt32())
              m.removingReplicas = items
            }
          }
          break
        case 4:
          {
            const n = r.readArrayLength(true)
            if (n < 0) m.addingReplicas = null
            else {
              const items: number[] = []
              for (let i = 0; i < n; i++) items.push(r.readInt32())
              m.addingReplicas = items
            }
          }
          break
        case 5:
          m.leaderRecoveryState = r.readInt8()
          break
        case 6:
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
        case 7:
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
        case 8:
          if (version >= 1) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) m.directories = null
              else {
                const items: string[] = []
                for (let i = 0; i < n; i++) items.push(r.readUuid())
                m.directories = items
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

function sizePartitionChangeRecord (m: PartitionChangeRecord, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 16
  if (flexible) {
    let count = 0
    if (!(m.isr === null)) {
      count++
      let fieldSize = 0
      if (m.isr === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.isr.length, true)
        fieldSize += m.isr.length * 4
      }
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (!(m.leader === -2)) {
      count++
      let fieldSize = 0
      fieldSize += 4
      size += sizeOfUnsignedVarInt(1) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (!(m.replicas === null)) {
      count++
      let fieldSize = 0
      if (m.replicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.replicas.length, true)
        fieldSize += m.replicas.length * 4
      }
      size += sizeOfUnsignedVarInt(2) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (!(m.removingReplicas === null)) {
      count++
      let fieldSize = 0
      if (m.removingReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.removingReplicas.length, true)
        fieldSize += m.removingReplicas.length * 4
      }
      size += sizeOfUnsignedVarInt(3) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (!(m.addingReplicas === null)) {
      count++
      let fieldSize = 0
      if (m.addingReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.addingReplicas.length, true)
        fieldSize += m.addingReplicas.length * 4
      }
      size += sizeOfUnsignedVarInt(4) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (!(m.leaderRecoveryState === -1)) {
      count++
      let fieldSize = 0
      fieldSize += 1
      size += sizeOfUnsignedVarInt(5) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 2 && !(m.eligibleLeaderReplicas === null)) {
      count++
      let fieldSize = 0
      if (m.eligibleLeaderReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.eligibleLeaderReplicas.length, true)
        fieldSize += m.eligibleLeaderReplicas.length * 4
      }
      size += sizeOfUnsignedVarInt(6) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 2 && !(m.lastKnownElr === null)) {
      count++
      let fieldSize = 0
      if (m.lastKnownElr === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.lastKnownElr.length, true)
        fieldSize += m.lastKnownElr.length * 4
      }
      size += sizeOfUnsignedVarInt(7) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 1 && !(m.directories === null)) {
      count++
      let fieldSize = 0
      if (m.directories === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.directories.length, true)
        fieldSize += m.directories.length * 16
      }
      size += sizeOfUnsignedVarInt(8) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putPartitionChangeRecord (w: Writer, m: PartitionChangeRecord, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionId)
  w.writeUuid(m.topicId)
  if (flexible) {
    let count = 0
    if (!(m.isr === null)) count++
    if (!(m.leader === -2)) count++
    if (!(m.replicas === null)) count++
    if (!(m.removingReplicas === null)) count++
    if (!(m.addingReplicas === null)) count++
    if (!(m.leaderRecoveryState === -1)) count++
    if (version >= 2 && !(m.eligibleLeaderReplicas === null)) count++
    if (version >= 2 && !(m.lastKnownElr === null)) count++
    if (version >= 1 && !(m.directories === null)) count++
    w.writeUnsignedVarInt(count)
    if (!(m.isr === null)) {
      let fieldSize = 0
      if (m.isr === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.isr.length, true)
        fieldSize += m.isr.length * 4
      }
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      if (m.isr === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.isr.length, true)
        for (const item of m.isr) { w.writeInt32(item) }
      }
    }
    if (!(m.leader === -2)) {
      let fieldSize = 0
      fieldSize += 4
      w.writeUnsignedVarInt(1)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt32(m.leader)
    }
    if (!(m.replicas === null)) {
      let fieldSize = 0
      if (m.replicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.replicas.length, true)
        fieldSize += m.replicas.length * 4
      }
      w.writeUnsignedVarInt(2)
      w.writeUnsignedVarInt(fieldSize)
      if (m.replicas === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.replicas.length, true)
        for (const item of m.replicas) { w.writeInt32(item) }
      }
    }
    if (!(m.removingReplicas === null)) {
      let fieldSize = 0
      if (m.removingReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.removingReplicas.length, true)
        fieldSize += m.removingReplicas.length * 4
      }
      w.writeUnsignedVarInt(3)
      w.writeUnsignedVarInt(fieldSize)
      if (m.removingReplicas === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.removingReplicas.length, true)
        for (const item of m.removingReplicas) { w.writeInt32(item) }
      }
    }
    if (!(m.addingReplicas === null)) {
      let fieldSize = 0
      if (m.addingReplicas === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.addingReplicas.length, true)
        fieldSize += m.addingReplicas.length * 4
      }
      w.writeUnsignedVarInt(4)
      w.writeUnsignedVarInt(fieldSize)
      if (m.addingReplicas === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.addingReplicas.length, true)
        for (const item of m.addingReplicas) { w.writeInt32(item) }
      }
    }
    if (!(m.leaderRecoveryState === -1)) {
      let fieldSize = 0
      fieldSize += 1
      w.writeUnsignedVarInt(5)
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
      w.writeUnsignedVarInt(6)
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
      w.writeUnsignedVarInt(7)
      w.writeUnsignedVarInt(fieldSize)
      if (m.lastKnownElr === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.lastKnownElr.length, true)
        for (const item of m.lastKnownElr) { w.writeInt32(item) }
      }
    }
    if (version >= 1 && !(m.directories === null)) {
      let fieldSize = 0
      if (m.directories === null) fieldSize += sizeOfArrayLength(-1, true)
      else {
        fieldSize += sizeOfArrayLength(m.directories.length, true)
        fieldSize += m.directories.length * 16
      }
      w.writeUnsignedVarInt(8)
      w.writeUnsignedVarInt(fieldSize)
      if (m.directories === null) {
        w.writeArrayLength(-1, true)
      } else {
        w.writeArrayLength(m.directories.length, true)
        for (const item of m.directories) { w.writeUuid(item) }
      }
    }
  }
}

/** PartitionChangeRecord: valid versions 0-2, flexible 0+. */
export const PartitionChangeRecordVersions = { min: 0, max: 2, flexibleMin: 0 } as const

export function decodePartitionChangeRecord (r: Reader, version: number): PartitionChangeRecord {
  return readPartitionChangeRecord(r, version, true)
}

export function sizeOfPartitionChangeRecord (m: PartitionChangeRecord, version: number): number {
  return sizePartitionChangeRecord(m, version, true)
}

export function writePartitionChangeRecord (w: Writer, m: PartitionChangeRecord, version: number): void {
  putPartitionChangeRecord(w, m, version, true)
}
