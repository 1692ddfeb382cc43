"""Produces to one partition with acks=all, one message at a time, retrying for ever (librdkafka's
own retries: python confluent-kafka), for `npm run bench replication`'s leader-failover figure.

Usage: failover_probe.py BOOTSTRAP TOPIC PARTITION
  prints `ready` once 20 messages were acknowledged; then the bench kills the partition's leader and
  writes `mark MS` (wall-clock ms, once the process is gone) to stdin; the probe prints
  `recovered ACK_MS` for the first message sent at or after MS that is acknowledged, and exits.
  Every failed delivery is printed as `error MS REASON` (and the probe goes on).
"""
import sys
import threading
import time

from confluent_kafka import Producer

bootstrap, topic, partition = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = Producer({
    "bootstrap.servers": bootstrap,
    "acks": "all",
    "linger.ms": 0,
    "message.timeout.ms": 120000,
})
mark = None


def read_marks():
    global mark
    for line in sys.stdin:
        words = line.split()
        if len(words) == 2 and words[0] == "mark":
            mark = float(words[1])


threading.Thread(target=read_marks, daemon=True).start()
acked = 0
value = b"x" * 100
while True:
    sent_ms = time.time() * 1000
    outcome = []
    p.produce(topic, value=value, partition=partition, on_delivery=lambda err, msg: outcome.append(err))
    while not outcome:
        p.poll(0.05)
    ack_ms = time.time() * 1000
    if outcome[0] is not None:
        print(f"error {ack_ms:.1f} {outcome[0]}", flush=True)
        continue
    acked += 1
    if acked == 20:
        print("ready", flush=True)
    if mark is not None and sent_ms >= mark:
        print(f"recovered {ack_ms:.1f}", flush=True)
        break
