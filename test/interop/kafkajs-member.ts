// A kafkajs consumer-group member in its own process, so tests can kill it for real.
// Usage: node --import tsx test/interop/kafkajs-member.ts BOOTSTRAP GROUP TOPIC
// Prints one JSON line per event: {"event":"assign","memberId":m,"owned":[...]} after each join,
// {"event":"msg","partition":p,"offset":o} per message, once its commit is answered (as the
// librdkafka member does: a test that has seen every message then sees every commit).
// SIGTERM makes it leave the group cleanly; SIGKILL leaves the broker to time it out.
import { Kafka, logLevel } from 'kafkajs'

const [bootstrap, groupId, topic] = process.argv.slice(2) as [string, string, string]
// MEMBER_RETRIES shortens kafkajs's retries (default 5), so that a consumer whose coordinator is gone
// crashes and restarts (looking the coordinator up again) sooner.
const kafka = new Kafka({ clientId: 'kafkajs-member', brokers: [bootstrap], logLevel: process.env.KAFKAJS_LOG === '1' ? logLevel.INFO : logLevel.NOTHING, ...(process.env.MEMBER_RETRIES === undefined ? {} : { retry: { retries: Number(process.env.MEMBER_RETRIES) } }) })
const sessionTimeout = Number(process.env.MEMBER_SESSION_TIMEOUT_MS ?? 3000)
// kafkajs heartbeats between fetches, so a fetch must wait less than the session timeout.
const consumer = kafka.consumer({ groupId, sessionTimeout, heartbeatInterval: sessionTimeout / 10, rebalanceTimeout: 10_000, maxWaitTimeInMs: 500 })
const commitAttemptsMax = process.env.MEMBER_COMMIT_ATTEMPTS === undefined ? null : Number(process.env.MEMBER_COMMIT_ATTEMPTS)
const print = (o: object): void => { process.stdout.write(JSON.stringify(o) + '\n') }

consumer.on(consumer.events.GROUP_JOIN, (e) => {
  print({ event: 'assign', memberId: e.payload.memberId, owned: (e.payload.memberAssignment[topic] ?? []).slice().sort((a, b) => a - b) })
})
await consumer.connect()
await consumer.subscribe({ topic, fromBeginning: true })
await consumer.run({
  autoCommit: false,
  eachMessage: async ({ partition, message }) => {
    // A commit refused while the group rebalances is tried again once the member has rejoined; if
    // the partition moved, its new owner reads from the last commit and gets the message again.
    for (let attempt = 1; ; attempt++) {
      try {
        await consumer.commitOffsets([{ topic, partition, offset: String(BigInt(message.offset) + 1n) }])
        break
      } catch (err) {
        print({ event: 'commit-refused', error: String(err) })
        // With MEMBER_COMMIT_ATTEMPTS set, a commit still failing is thrown to kafkajs's runner, which
        // retries, then restarts the consumer: the only way kafkajs looks for a new coordinator when its
        // coordinator's node is gone (it reconnects to the same node id otherwise). The message is then
        // not reported as consumed.
        if (commitAttemptsMax !== null && attempt >= commitAttemptsMax) throw err
        if (attempt >= 10) break
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
    }
    print({ event: 'msg', partition, offset: Number(message.offset) })
  }
})
process.on('SIGTERM', () => { void consumer.disconnect().then(() => process.exit(0)) })
