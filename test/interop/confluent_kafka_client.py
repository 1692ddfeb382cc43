"""librdkafka through python confluent-kafka against a Rivulet broker.

Usage: confluent_kafka_client.py BOOTSTRAP TOPIC_PREFIX
Prints one JSON object with what it observed; exits non-zero on any failure.
"""
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic

bootstrap, prefix = sys.argv[1], sys.argv[2]
out = {}

admin = AdminClient({"bootstrap.servers": bootstrap})
topics = {f"{prefix}-{codec}": codec for codec in ["none", "gzip", "snappy", "lz4", "zstd"]}
futures = admin.create_topics([NewTopic(t, num_partitions=2, replication_factor=1) for t in topics])
for t, f in futures.items():
    f.result(10)
out["created"] = sorted(topics)

for topic, codec in topics.items():
    p = Producer({"bootstrap.servers": bootstrap, "compression.type": codec, "linger.ms": 5})
    delivered = []
    for i in range(20):
        p.produce(topic, key=f"k{i}".encode(), value=(f"{codec}-value-{i}-" * 10).encode(), partition=i % 2,
                  headers=[("h", f"{i}".encode())], timestamp=1_700_000_000_000 + i * 1000,
                  on_delivery=lambda err, msg: delivered.append(err))
    p.flush(15)
    assert len(delivered) == 20 and all(e is None for e in delivered), delivered

    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused-by-assign", "enable.auto.commit": False})
    c.assign([TopicPartition(topic, 0, 0), TopicPartition(topic, 1, 0)])
    got = []
    deadline = time.time() + 20
    while len(got) < 20 and time.time() < deadline:
        m = c.poll(0.5)
        if m is None or m.error():
            continue
        got.append((m.partition(), m.offset(), m.key().decode(), m.value().decode(), dict(m.headers())["h"].decode()))
    assert len(got) == 20, (codec, len(got))
    for part, off, key, value, h in got:
        i = int(key[1:])
        assert value == f"{codec}-value-{i}-" * 10 and h == str(i) and part == i % 2, (part, off, key)
    low, high = c.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    assert (low, high) == (0, 10), (low, high)
    times = c.offsets_for_times([TopicPartition(topic, 1, 1_700_000_000_000 + 7 * 1000)], timeout=10)
    # partition 1 holds i = 1, 3, 5, 7, ... at offsets 0, 1, 2, 3, ...
    assert times[0].offset == 3, times[0].offset
    c.close()
    out[codec] = len(got)

# Describe and alter topic configs through AdminClient (DescribeConfigs, AlterConfigs).
first = sorted(topics)[0]
resource = ConfigResource(ConfigResource.Type.TOPIC, first)
described = admin.describe_configs([resource])[resource].result(10)
assert described["cleanup.policy"].value == "delete", described["cleanup.policy"]
assert described["cleanup.policy"].is_default
resource.set_config("retention.ms", "3600000")
admin.alter_configs([resource])[resource].result(10)
after = admin.describe_configs([ConfigResource(ConfigResource.Type.TOPIC, first)])
after = list(after.values())[0].result(10)
assert after["retention.ms"].value == "3600000" and not after["retention.ms"].is_default, after["retention.ms"]
out["configs"] = "ok"

futures = admin.delete_topics(list(topics))
for t, f in futures.items():
    f.result(10)
out["deleted"] = sorted(topics)
print(json.dumps(out))
