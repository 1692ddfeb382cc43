"""librdkafka's idempotent producer against a Rivulet broker. Usage: idempotent_producer.py BOOTSTRAP TOPIC"""
import json
import sys

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, topic = sys.argv[1], sys.argv[2]
p = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all", "linger.ms": 2})
errors = []
for i in range(200):
    p.produce(topic, value=f"v{i}".encode(), partition=0, on_delivery=lambda err, msg: errors.append(err) if err else None)
p.flush(20)
assert not errors, errors
c = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused", "enable.auto.commit": False})
c.assign([TopicPartition(topic, 0, 0)])
values = []
while len(values) < 200:
    m = c.poll(5)
    assert m is not None, len(values)
    if not m.error():
        values.append(m.value().decode())
assert values == [f"v{i}" for i in range(200)], values[:5]
print(json.dumps({"produced": 200}))
