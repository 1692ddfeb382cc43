"""A consumer that reads every partition of a topic from offset 0 by assignment (no group) and prints
each record it is given, for the replication tests (what a consumer saw must be in the final log).

Usage: offset_recorder.py CLIENT BOOTSTRAP TOPIC PARTITIONS   (CLIENT: librdkafka | kafka-python)
stdin: a line "stop" (or the end of stdin) stops it.
stdout, one JSON object a line: {"p": partition, "o": offset, "v": "value"} per record,
{"error": "..."} per consumer error, {"done": true} at the end.
"""
import json
import sys
import threading

client, bootstrap, topic, partitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
stop = threading.Event()


def emit_all(objs):
    if objs:
        sys.stdout.write("".join(json.dumps(o) + "\n" for o in objs))
        sys.stdout.flush()


def watch_stdin():
    for line in sys.stdin:
        if line.strip() == "stop":
            break
    stop.set()


threading.Thread(target=watch_stdin, daemon=True).start()
if client == "librdkafka":
    from confluent_kafka import Consumer, TopicPartition
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "offset-recorder-unused", "enable.auto.commit": False,
                  "topic.metadata.refresh.interval.ms": 1000})
    c.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    while not stop.is_set():
        out = []
        for m in c.consume(num_messages=500, timeout=0.2):
            if m.error():
                out.append({"error": m.error().name()})
            else:
                out.append({"p": m.partition(), "o": m.offset(), "v": m.value().decode()})
        emit_all(out)
    c.close()
elif client == "kafka-python":
    from kafka import KafkaConsumer, TopicPartition
    # api_version given: kafka-python 2.0.2's version probe fails with "Invalid file object: None" when a
    # node it probes is down (it is, during the tests), where the consumer itself would go on.
    c = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, metadata_max_age_ms=1000,
                      api_version=(2, 5, 0))
    tps = [TopicPartition(topic, p) for p in range(partitions)]
    c.assign(tps)
    for tp in tps:
        c.seek(tp, 0)
    while not stop.is_set():
        out = []
        try:
            for tp, records in c.poll(timeout_ms=200, max_records=500).items():
                for m in records:
                    out.append({"p": m.partition, "o": m.offset, "v": m.value.decode()})
        except Exception as e:  # a failover error kafka-python raises to the caller: print it and poll again
            out.append({"error": repr(e)})
        emit_all(out)
    c.close()
else:
    raise SystemExit(f"unknown client {client}")
emit_all([{"done": True}])
