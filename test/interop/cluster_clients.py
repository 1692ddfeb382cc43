"""A Kafka client bootstrapped from ONE node of a Rivulet cluster: sees every broker, creates a topic
through that node (it forwards to the active controller), produces to and reads back every partition
wherever its leader is.

Usage: cluster_clients.py confluent|kafka-python BOOTSTRAP TOPIC PARTITIONS
Prints one JSON object {"brokers": [...], "leaders": {partition: leader}, "consumed": n}; exits
non-zero on any failure.
"""
import json
import sys
import time

client, bootstrap, topic, partitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
PER_PARTITION = 10
out = {}


def expected():
    return sorted((p, f"{topic}-{p}-{i}") for p in range(partitions) for i in range(PER_PARTITION))


if client == "confluent":
    from confluent_kafka import Consumer, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})
    out["brokers"] = sorted(admin.list_topics(timeout=10).brokers)
    for f in admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)]).values():
        f.result(15)
    deadline = time.time() + 15
    while True:
        meta = admin.list_topics(topic=topic, timeout=10).topics[topic]
        leaders = {p: m.leader for p, m in meta.partitions.items()}
        if len(leaders) == partitions and all(v >= 0 for v in leaders.values()):
            break
        assert time.time() < deadline, leaders
        time.sleep(0.2)
    out["leaders"] = leaders
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5})
    errors = []
    for part in range(partitions):
        for i in range(PER_PARTITION):
            p.produce(topic, value=f"{topic}-{part}-{i}".encode(), partition=part, on_delivery=lambda err, _m: errors.append(err))
    assert p.flush(20) == 0
    assert len(errors) == partitions * PER_PARTITION and all(e is None for e in errors), errors
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused-by-assign", "enable.auto.commit": False})
    c.assign([TopicPartition(topic, part, 0) for part in range(partitions)])
    got = []
    deadline = time.time() + 20
    while len(got) < partitions * PER_PARTITION and time.time() < deadline:
        m = c.poll(0.5)
        if m is None or m.error():
            continue
        got.append((m.partition(), m.value().decode()))
    c.close()
else:
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.admin import NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="kafka-python-cluster")
    out["brokers"] = sorted(b["node_id"] for b in admin.describe_cluster()["brokers"])
    admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    deadline = time.time() + 15
    while True:
        producer._metadata.request_update()
        parts = producer.partitions_for(topic) or set()
        leaders = {p: producer._metadata.leader_for_partition(TopicPartition(topic, p)) for p in parts}
        if len(leaders) == partitions and all(v is not None and v >= 0 for v in leaders.values()):
            break
        assert time.time() < deadline, leaders
        time.sleep(0.2)
    out["leaders"] = leaders
    futures = [producer.send(topic, value=f"{topic}-{part}-{i}".encode(), partition=part) for part in range(partitions) for i in range(PER_PARTITION)]
    producer.flush(20)
    for f in futures:
        f.get(10)
    producer.close()
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, consumer_timeout_ms=5000)
    tps = [TopicPartition(topic, part) for part in range(partitions)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    got = [(m.partition, m.value.decode()) for m in consumer]
    consumer.close()
    admin.close()

assert sorted(got) == expected(), (len(got), sorted(got)[:5])
out["consumed"] = len(got)
print(json.dumps(out))
