"""kafka-python against a Rivulet broker: producer, consumer by assignment, admin client.

Usage: kafka_python_client.py BOOTSTRAP TOPIC
Prints one JSON object; exits non-zero on any failure.
"""
import json
import sys

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

bootstrap, topic = sys.argv[1], sys.argv[2]
admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="kafka-python-test")
admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
listed = admin.list_topics()
assert topic in listed, listed

producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", compression_type="gzip")
for i in range(25):
    producer.send(topic, key=f"k{i}".encode(), value=f"value-{i}".encode())
producer.flush(15)
producer.close()

consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, consumer_timeout_ms=5000)
tp = TopicPartition(topic, 0)
consumer.assign([tp])
consumer.seek_to_beginning(tp)
got = [(m.offset, m.key.decode(), m.value.decode()) for m in consumer]
assert [g[0] for g in got] == list(range(25)), got
assert all(v == f"value-{int(k[1:])}" for _, k, v in got)
end = consumer.end_offsets([tp])[tp]
assert end == 25, end
consumer.close()
admin.delete_topics([topic])
admin.close()
print(json.dumps({"consumed": len(got), "end": end}))
