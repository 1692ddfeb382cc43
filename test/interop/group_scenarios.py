"""Consumer-group scenarios with real clients against a Rivulet broker.

Usage: group_scenarios.py SCENARIO BOOTSTRAP TOPIC
  assignors   librdkafka: range, roundrobin and cooperative-sticky groups of two members, then one leaves
  static      librdkafka: a static member restarts with its group.instance.id and keeps its partitions
              without a rebalance of the other member
  commits     librdkafka: manual and auto commit, committed(), AdminClient list and describe groups
  kafkapython kafka-python: a group consumer consumes and commits; committed() reads it back
  member      librdkafka: one long-lived member (group from argv[4]) that consumes, commits every
              message synchronously and prints one JSON line per assignment change; runs until killed
              (SIGTERM: closes and leaves the group)
  kpmember    the same with kafka-python
Prints one JSON object with what it observed; exits non-zero on any failure (assertions).
"""
import json
import os
import sys
import time

scenario, bootstrap, topic = sys.argv[1], sys.argv[2], sys.argv[3]
PARTITIONS = 4


def produce(n, prefix):
    from confluent_kafka import Producer
    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for i in range(n):
        p.produce(topic, value=f"{prefix}{i}".encode(), partition=i % PARTITIONS)
    assert p.flush(15) == 0


def consumer(group, **extra):
    from confluent_kafka import Consumer
    conf = {"bootstrap.servers": bootstrap, "group.id": group, "auto.offset.reset": "earliest",
            "session.timeout.ms": 6000, "heartbeat.interval.ms": 500, "enable.auto.commit": False}
    conf.update(extra)
    return Consumer(conf)


class Tracker:
    """Follows one member's assignment through its rebalance callbacks (eager or incremental)."""

    def __init__(self, c, name, incremental):
        self.c, self.name, self.incremental = c, name, incremental
        self.owned, self.revoked, self.assigned_events = set(), [], 0

    def on_assign(self, c, parts):
        self.assigned_events += 1
        got = {p.partition for p in parts}
        self.owned = self.owned | got if self.incremental else got

    def on_revoke(self, c, parts):
        lost = {p.partition for p in parts}
        self.revoked.append(sorted(lost))
        self.owned = self.owned - lost

    def subscribe(self):
        self.c.subscribe([topic], on_assign=self.on_assign, on_revoke=self.on_revoke)


def pump(trackers, until, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for t in trackers:
            t.c.poll(0.1)
        if until():
            return
    raise AssertionError("timed out: " + json.dumps({t.name: sorted(t.owned) for t in trackers}))


def split_exactly(trackers):
    owned = [t.owned for t in trackers]
    return all(owned) and sum(len(o) for o in owned) == PARTITIONS and set().union(*owned) == set(range(PARTITIONS))


def assignors():
    result = {}
    for strategy in ["range", "roundrobin", "cooperative-sticky"]:
        group = f"assign-{strategy}"
        incremental = strategy == "cooperative-sticky"
        a = Tracker(consumer(group, **{"partition.assignment.strategy": strategy}), "a", incremental)
        a.subscribe()
        pump([a], lambda: a.owned == set(range(PARTITIONS)))
        b = Tracker(consumer(group, **{"partition.assignment.strategy": strategy}), "b", incremental)
        b.subscribe()
        pump([a, b], lambda: split_exactly([a, b]))
        moved = a.revoked[-1] if a.revoked else []
        # Cooperative: A gave up only what moved to B, and never all of it at once.
        if incremental:
            assert len(moved) < PARTITIONS and set(moved) == b.owned, (moved, b.owned)
        else:
            assert moved == list(range(PARTITIONS)), moved
        split = {"a": sorted(a.owned), "b": sorted(b.owned), "a_revoked": moved}
        b.c.close()
        pump([a], lambda: a.owned == set(range(PARTITIONS)))
        split["after_leave"] = sorted(a.owned)
        a.c.close()
        result[strategy] = split
    return result


def static():
    group = "static"
    a = Tracker(consumer(group, **{"group.instance.id": "inst-a", "session.timeout.ms": 10000}), "a", False)
    a.subscribe()
    pump([a], lambda: a.owned == set(range(PARTITIONS)))
    b = Tracker(consumer(group, **{"group.instance.id": "inst-b", "session.timeout.ms": 10000}), "b", False)
    b.subscribe()
    pump([a, b], lambda: split_exactly([a, b]))
    b_before, a_revokes = sorted(b.owned), len(a.revoked)
    # B restarts with the same instance id: a static member's close sends no LeaveGroup (KIP-345).
    b.c.close()
    b2 = Tracker(consumer(group, **{"group.instance.id": "inst-b", "session.timeout.ms": 10000}), "b2", False)
    b2.subscribe()
    pump([a, b2], lambda: len(b2.owned) > 0)
    # A keeps polling a while: no rebalance may reach it.
    for _ in range(20):
        for t in (a, b2):
            t.c.poll(0.1)
    assert sorted(b2.owned) == b_before, (b2.owned, b_before)
    assert len(a.revoked) == a_revokes, "the other member was not rebalanced"
    out = {"b": b_before, "b2": sorted(b2.owned), "a_revokes_after_restart": len(a.revoked) - a_revokes}
    a.c.close()
    b2.c.close()
    return out


def commits():
    from confluent_kafka import TopicPartition
    from confluent_kafka.admin import AdminClient
    produce(40, "c")
    manual = consumer("manual")
    manual.subscribe([topic])
    seen = 0
    last = None
    deadline = time.time() + 30
    while seen < 40 and time.time() < deadline:
        m = manual.poll(0.5)
        if m is None or m.error():
            continue
        seen += 1
        last = m
    assert seen == 40, seen
    manual.commit(message=last, asynchronous=False)
    committed = manual.committed([TopicPartition(topic, last.partition())], timeout=10)
    assert committed[0].offset == last.offset() + 1, committed
    manual.commit(asynchronous=False)
    all_committed = manual.committed([TopicPartition(topic, p) for p in range(PARTITIONS)], timeout=10)
    assert sum(tp.offset for tp in all_committed) == 40, all_committed

    auto = consumer("auto", **{"enable.auto.commit": True, "auto.commit.interval.ms": 200})
    auto.subscribe([topic])
    seen = 0
    deadline = time.time() + 30
    while seen < 40 and time.time() < deadline:
        m = auto.poll(0.5)
        if m is not None and not m.error():
            seen += 1
    assert seen == 40, seen
    deadline = time.time() + 10
    total = 0
    while time.time() < deadline:
        auto.poll(0.2)
        total = sum(max(tp.offset, 0) for tp in auto.committed([TopicPartition(topic, p) for p in range(PARTITIONS)], timeout=10))
        if total == 40:
            break
    assert total == 40, total

    # Debian's confluent-kafka 1.7 has list_groups (ListGroups, then DescribeGroups for each group).
    admin = AdminClient({"bootstrap.servers": bootstrap})
    desc = {}
    for g in admin.list_groups(timeout=10):
        if g.id in ("manual", "auto"):
            parts = []
            for m in g.members:
                # The member assignment is the consumer protocol's: version, then topic partitions.
                parts.append(len(m.assignment) > 0)
            desc[g.id] = {"state": g.state, "protocol_type": g.protocol_type, "protocol": g.protocol, "members": len(g.members), "assigned": all(parts)}
    manual.close()
    auto.close()
    return {"manual_committed": 40, "auto_committed": total, "groups": desc}


def kafkapython():
    from kafka import KafkaConsumer, TopicPartition as KTP
    produce(20, "kp")
    c = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="kafka-python", auto_offset_reset="earliest",
                      enable_auto_commit=False, session_timeout_ms=6000, heartbeat_interval_ms=1000,
                      api_version_auto_timeout_ms=10000)
    seen = 0
    deadline = time.time() + 30
    while seen < 20 and time.time() < deadline:
        for records in c.poll(timeout_ms=500).values():
            seen += len(records)
    assert seen == 20, seen
    c.commit()
    committed = sum(c.committed(KTP(topic, p)) or 0 for p in range(PARTITIONS))
    assignment = sorted(tp.partition for tp in c.assignment())
    c.close()
    return {"seen": seen, "committed": committed, "assignment": assignment}


# Member processes (startMember in test/helpers/group-member.ts) take their session timeout from the
# test: short for churn, long where a broker restart must not look like a dead session to the client.
SESSION_MS = int(os.environ.get("MEMBER_SESSION_TIMEOUT_MS", "3000"))


def member():
    group = sys.argv[4]
    c = consumer(group, **{"session.timeout.ms": SESSION_MS, "heartbeat.interval.ms": SESSION_MS // 10})
    owned = set()

    def report(event):
        print(json.dumps({"event": event, "owned": sorted(owned)}), flush=True)

    def on_assign(_c, parts):
        owned.clear()
        owned.update(p.partition for p in parts)
        report("assign")

    def on_revoke(_c, parts):
        owned.clear()
        report("revoke")

    c.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
    stop = install_sigterm()
    while not stop:
        m = c.poll(0.2)
        if m is not None and not m.error():
            try:
                c.commit(message=m, asynchronous=False)
                print(json.dumps({"event": "msg", "partition": m.partition(), "offset": m.offset()}), flush=True)
            except Exception as err:  # a commit refused by a rebalance is expected; the member goes on
                print(json.dumps({"event": "commit-refused", "error": str(err)}), flush=True)
    c.close()
    sys.exit(0)


def install_sigterm():
    import signal
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    return stop


def kpmember():
    from kafka import KafkaConsumer, ConsumerRebalanceListener
    from kafka.structs import OffsetAndMetadata
    group = sys.argv[4]
    c = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest", enable_auto_commit=False,
                      session_timeout_ms=SESSION_MS, heartbeat_interval_ms=SESSION_MS // 10, api_version_auto_timeout_ms=10000)
    owned = set()

    class Listener(ConsumerRebalanceListener):
        def on_partitions_assigned(self, assigned):
            owned.clear()
            owned.update(tp.partition for tp in assigned)
            print(json.dumps({"event": "assign", "owned": sorted(owned)}), flush=True)

        def on_partitions_revoked(self, revoked):
            owned.clear()
            print(json.dumps({"event": "revoke", "owned": []}), flush=True)

    # kafka-python's leader assigns from its metadata cache and assigns nothing for a topic it has not
    # loaded yet (a Stable generation with no owners until its next metadata refresh forces a rejoin);
    # loading the topic first keeps that client race out of the churn test's ownership check.
    c.partitions_for_topic(topic)
    c.subscribe([topic], listener=Listener())
    stop = install_sigterm()
    while not stop:
        for tp, records in c.poll(timeout_ms=200).items():
            for r in records:
                try:
                    c.commit({tp: OffsetAndMetadata(r.offset + 1, "")})
                    print(json.dumps({"event": "msg", "partition": tp.partition, "offset": r.offset}), flush=True)
                except Exception as err:
                    print(json.dumps({"event": "commit-refused", "error": str(err)}), flush=True)
    c.close()
    sys.exit(0)


def ensure_topic():
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(topic, num_partitions=PARTITIONS, replication_factor=1)]).values():
        try:
            f.result(10)
        except Exception as err:  # already there: the test created it, or another scenario did
            assert "TOPIC_ALREADY_EXISTS" in str(err), err


ensure_topic()
out = {"assignors": assignors, "static": static, "commits": commits, "kafkapython": kafkapython, "member": member, "kpmember": kpmember}[scenario]()
print(json.dumps(out))
