"""librdkafka (python confluent-kafka) committing offsets for partitions it assigns itself.

Usage: offsets_client.py BOOTSTRAP TOPIC GROUP MODE   (MODE: commit | check)
"""
import json
import sys

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, topic, group, mode = sys.argv[1:5]
c = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False})
tp = TopicPartition(topic, 0)
if mode == "commit":
    p = Producer({"bootstrap.servers": bootstrap})
    for i in range(10):
        p.produce(topic, value=f"v{i}".encode(), partition=0)
    p.flush(10)
    c.assign([TopicPartition(topic, 0, 0)])
    seen = 0
    while seen < 6:
        m = c.poll(5)
        assert m is not None
        if not m.error():
            seen += 1
    c.commit(offsets=[TopicPartition(topic, 0, 6)], asynchronous=False)
committed = c.committed([tp], timeout=10)
print(json.dumps({"committed": committed[0].offset}))
c.close()
