"""Produce latency at a fixed, moderate rate through librdkafka (python confluent-kafka).

Usage: latency_probe.py BOOTSTRAP TOPIC RATE COUNT ACKS -> prints JSON with p50/p99/max in ms.
"""
import json
import sys
import time

from confluent_kafka import Producer

bootstrap, topic, rate, count, acks = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
p = Producer({"bootstrap.servers": bootstrap, "acks": acks, "linger.ms": 0})
latencies = []


def delivered(err, msg, sent):
    if err is None:
        latencies.append((time.perf_counter() - sent) * 1000)


p.produce(topic, b"warm-up")
p.flush(10)
start = time.perf_counter()
for i in range(count):
    due = start + i / rate
    while time.perf_counter() < due:
        p.poll(0)
    sent = time.perf_counter()
    p.produce(topic, b"x" * 100, on_delivery=lambda err, msg, sent=sent: delivered(err, msg, sent))
    p.poll(0)
p.flush(30)
latencies.sort()
n = len(latencies)
print(json.dumps({"count": n, "p50": latencies[n // 2], "p99": latencies[int(n * 0.99)], "max": latencies[-1]}))
