// The frame decoder's admission (a memory reservation before a frame is assembled) and its copy as
// bytes arrive: a partly received frame holds its own size, never its chunks as well. Cuts at every
// byte are tested with the Raft transport's parts (transport-parts.test.ts), which share the decoder.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { FrameDecoder } from '../../src/network/frame-decoder.ts'

function framed (body: Buffer): Buffer {
  const prefix = Buffer.alloc(4)
  prefix.writeInt32BE(body.length, 0)
  return Buffer.concat([prefix, body])
}

test('the admission is asked once per frame, with its size, as soon as the size is read; a refusal holds the frame until admit()', () => {
  const asked: number[] = []
  let answer = false
  const decoder = new FrameDecoder(1000, (size) => { asked.push(size); return answer })
  const first = framed(Buffer.from('hello'))
  decoder.push(first.subarray(0, 4))
  assert.equal(decoder.next(), null)
  assert.deepEqual(asked, [5], 'asked before any byte of the frame arrived')
  assert.equal(decoder.awaitingAdmission(), true)
  decoder.push(first.subarray(4))
  decoder.push(framed(Buffer.from('world')))
  assert.equal(decoder.next(), null, 'whole, but not admitted')
  assert.deepEqual(asked, [5])
  decoder.admit()
  assert.equal(decoder.frameInProgress(), true)
  answer = true
  assert.equal((decoder.next() as Buffer).toString(), 'hello')
  assert.equal((decoder.next() as Buffer).toString(), 'world')
  assert.deepEqual(asked, [5, 5])
  assert.equal(decoder.next(), null)
  assert.throws(() => decoder.admit(), /no frame awaits admission/)
})

test('a frame spanning chunks is copied as its bytes arrive: no chunk is kept until the frame is whole', () => {
  const decoder = new FrameDecoder(1 << 20)
  const body = Buffer.alloc(300_000)
  for (let i = 0; i < body.length; i++) body[i] = i % 251
  const stream = framed(body)
  const cuts = [0, 1000, 70_000, 140_000, 299_999, stream.length]
  let frame: Buffer | null = null
  for (let i = 0; i + 1 < cuts.length; i++) {
    decoder.push(stream.subarray(cuts[i], cuts[i + 1]))
    const next = decoder.next()
    if (i + 2 < cuts.length) {
      assert.equal(next, null)
      assert.equal(decoder.pendingBytes(), 0, `after chunk ${i} every byte is in the frame's own buffer`)
      assert.equal(decoder.frameReceivedBytes(), cuts[i + 1]! - 4)
    } else {
      frame = next as Buffer
    }
  }
  assert.ok(frame !== null)
  assert.ok(frame.equals(body))
})
