"""An idempotent librdkafka producer (confluent-kafka, enable.idempotence, acks=all) writing numbered
records until told to stop, for the replication tests.

Usage: numbered_producer.py BOOTSTRAP TOPIC PARTITIONS [INTERVAL_MS]
Record i has the value str(i) and goes to partition i % PARTITIONS, one every INTERVAL_MS (default 5).
stdin: a line "stop" (or the end of stdin) stops producing; then it flushes (FLUSH_TIMEOUT_S) and exits.
stdout, one JSON object a line:
  {"dr": i, "p": partition, "o": offset, "err": null}      an acknowledged record
  {"dr": i, "p": partition, "o": -1, "err": "NAME"}         a record that failed (with the error's name)
  {"error": "NAME", "fatal": bool, "reason": "..."}         librdkafka's error callback
  {"done": true, "produced": n, "unflushed": m}             at the end
"""
import json
import sys
import threading
import time

from confluent_kafka import Producer

FLUSH_TIMEOUT_S = 60
bootstrap, topic, partitions = sys.argv[1], sys.argv[2], int(sys.argv[3])
interval_s = (int(sys.argv[4]) if len(sys.argv) > 4 else 5) / 1000.0
stop = threading.Event()


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def watch_stdin():
    for line in sys.stdin:
        if line.strip() == "stop":
            break
    stop.set()


def on_error(err):
    emit({"error": err.name(), "fatal": err.fatal(), "reason": err.str()})


def on_delivery(err, msg):
    i = int(msg.value().decode())
    if err is None:
        emit({"dr": i, "p": msg.partition(), "o": msg.offset(), "err": None})
    else:
        emit({"dr": i, "p": msg.partition(), "o": -1, "err": err.name()})


threading.Thread(target=watch_stdin, daemon=True).start()
p = Producer({
    "bootstrap.servers": bootstrap,
    "enable.idempotence": True,
    "acks": "all",
    "linger.ms": 5,
    # Longer than the test's time without enough in-sync replicas: records wait and are retried, not failed.
    "message.timeout.ms": 120000,
    "retry.backoff.ms": 100,
    "error_cb": on_error,
})
i = 0
while not stop.is_set():
    try:
        p.produce(topic, value=str(i).encode(), partition=i % partitions, on_delivery=on_delivery)
        i += 1
    except BufferError:
        pass  # the local queue is full (no leader for a while): serve delivery reports, then try again
    p.poll(interval_s)
unflushed = p.flush(FLUSH_TIMEOUT_S)
emit({"done": True, "produced": i, "unflushed": unflushed})
