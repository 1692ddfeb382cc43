"""A chaos workload client on librdkafka (confluent-kafka), writing the history of test/chaos/history.ts.

Usage: rk_client.py producer|consumer|final --bootstrap HOST:PORT[,..] --topic T --partitions N
                    --process NAME --history FILE [mode flags]
  producer  --rate MSGS_PER_S (50) --keys K (= partitions): an idempotent acks=all producer sending value
            "<process>:<n>" with key str(n % K) to partition key % N; "invoke" before produce(), then
            ok/fail/info from the delivery report (a success without an offset is info _NO_OFFSET).
  consumer  --group G (absent: assign every partition from the beginning) --commit auto|manual
            --session-timeout-ms (6000): polls message by message, writes what it polled in batches
            (always before a rebalance's lines); manual commits (commit(asynchronous=False) after each
            batch) are written invoke, then ok/fail/info.
  final     --ends p:o,p:o [--timeout-s 60]: reads every partition from offset 0 to its end, writes poll
            lines (process "final" unless --process says otherwise), exits 1 if an end is not reached.
SIGTERM (or SIGINT) stops a client in order: a producer flushes (--stop-timeout-s, 30) and writes every send still
outstanding as info (_OUTSTANDING_AT_STOP); a consumer closes (leaving its group). Then a "stop" line and
exit 0. A producer whose librdkafka state turns fatal (through error_cb, produce(), poll() or flush())
is replaced by a new one (a new producer id): librdkafka 2.0.2 raises such fatal idempotence errors for
broker answers Kafka gives too (see README, Chaos testing). Any other KafkaException out of a loop
writes a stop line "crashed: ..." and exits 1.
Every line is flushed as written, so a SIGKILL loses at most a torn last line.
"""
import argparse
import json
import os
import signal
import sys
import time

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaException, Producer, TopicPartition

CONSUME_BATCH_MAX = 500
CONSUME_TIMEOUT_S = 0.5

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "error-classes.json")) as _f:
    _CLASSES = json.load(_f)


def classify(name):
    """'fail' only for errors that prove the operation was not done (error-classes.json); else 'info'."""
    entry = _CLASSES["errors"].get(name)
    return entry["class"] if entry is not None else _CLASSES["default"]


class History:
    def __init__(self, path, process):
        self.file = open(path, "a")
        self.process = process

    def write(self, type_, f, **fields):
        line = {"t": time.time() * 1000, "process": self.process, "type": type_, "f": f}
        line.update(fields)
        self.file.write(json.dumps(line) + "\n")
        self.file.flush()


class Stop:
    """Set by SIGTERM or SIGINT; the loops check it between polls."""
    def __init__(self):
        self.reason = None
        signal.signal(signal.SIGTERM, self.on_signal)
        signal.signal(signal.SIGINT, self.on_signal)

    def on_signal(self, signum, _frame):
        self.reason = signal.Signals(signum).name


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def delivery_outcome(err, msg, key, value):
    """The history line (type, fields) of a delivery report. An ok send carries its offset (the checker
    places it by that): a success without one (librdkafka's RD_KAFKA_OFFSET_INVALID, -1001, which an
    idempotent producer's implicitly acknowledged records can have) is indeterminate for the history,
    'info' _NO_OFFSET."""
    if err is not None:
        return classify(err.name()), {"key": key, "value": value, "error": err.name(), "detail": err.str()}
    offset = msg.offset()
    if offset is None or offset < 0:
        return classify("_NO_OFFSET"), {"key": key, "value": value, "error": "_NO_OFFSET",
                                        "detail": f"delivered to partition {msg.partition()} without an offset ({offset})"}
    return "ok", {"key": key, "value": value, "partition": msg.partition(), "offset": offset}


def producer(args, h, stop):
    keys = args.keys or args.partitions
    outstanding = {}  # value -> key, from invoke to its delivery report
    fatal = []

    def on_delivery(err, msg):
        value = msg.value().decode()
        type_, fields = delivery_outcome(err, msg, outstanding.pop(value), value)
        h.write(type_, "send", **fields)

    def on_error(err):
        log("librdkafka error:", err.name(), err.str(), "fatal" if err.fatal() else "")
        if err.fatal():
            fatal.append(err)

    def take_fatal(e, where):
        # A fatal error can come out of a call as well as through error_cb: the same replacement.
        # Any other KafkaException is the client's end.
        if not e.args[0].fatal():
            raise e
        log(f"librdkafka fatal error out of {where}():", e.args[0].name(), e.args[0].str())
        fatal.append(e.args[0])

    def new_producer():
        # message.timeout.ms 0 (never): when a record times out, librdkafka bumps the producer epoch
        # (KIP-360) and sends the records still in doubt again from sequence 0 under the new epoch,
        # which any broker must append, so records already written show up twice (seen in the long
        # run: seeds 9 and 21, after 6 and 3 restart-all in 60 s). Idempotence holds within an epoch;
        # a client-made duplicate says nothing of the broker, so the workload never lets records time out.
        conf = {
            "bootstrap.servers": args.bootstrap, "enable.idempotence": True, "acks": "all",
            "message.timeout.ms": 0, "linger.ms": 5, "retry.backoff.ms": 100, "error_cb": on_error,
        }
        # librdkafka's own debug contexts (e.g. "eos,msg") into the client's log, to see why it did what it did.
        if os.environ.get("CHAOS_RK_DEBUG"):
            conf["debug"] = os.environ["CHAOS_RK_DEBUG"]
        return Producer(conf)

    p = new_producer()
    interval_s = 1.0 / args.rate
    n = 0
    next_at = time.monotonic()
    while stop.reason is None:
        if fatal:
            # The idempotent producer is unusable: its outstanding records end as _PURGE_* (info), and
            # a new producer (a new producer id) goes on.
            try:
                p.purge()
                p.poll(0)
            except KafkaException:
                pass  # its fatal error again: records without a report end as _OUTSTANDING_AT_STOP (info)
            p = new_producer()
            fatal.clear()
        key = str(n % keys)
        value = f"{args.process}:{n}"
        n += 1
        h.write("invoke", "send", key=key, value=value)
        outstanding[value] = key
        try:
            p.produce(args.topic, key=key.encode(), value=value.encode(), partition=int(key) % args.partitions,
                      on_delivery=on_delivery)
        except BufferError:
            del outstanding[value]
            h.write("fail", "send", key=key, value=value, error="_QUEUE_FULL")
        except KafkaException as e:
            del outstanding[value]
            err = e.args[0]
            h.write(classify(err.name()), "send", key=key, value=value, error=err.name(), detail=err.str())
            if err.fatal():
                fatal.append(err)
        next_at += interval_s
        # poll() returns early when it serves a report: wait out the rest of the interval. (A negative
        # timeout would wait without end.)
        while stop.reason is None and time.monotonic() < next_at and not fatal:
            try:
                p.poll(max(0.0, next_at - time.monotonic()))
            except KafkaException as e:
                take_fatal(e, "poll")
    try:
        p.flush(args.stop_timeout_s)
    except KafkaException as e:
        take_fatal(e, "flush")
    for value, key in list(outstanding.items()):
        h.write("info", "send", key=key, value=value, error="_OUTSTANDING_AT_STOP")
    h.write("ok", "stop", reason=stop.reason)
    # The producer's destructor would wait for the records still outstanding: leave without it.
    h.file.close()
    os._exit(0)


def records_of(messages):
    records = []
    for m in messages:
        if m.error() is not None:
            log("consumer error:", m.error().name(), m.error().str())
            continue
        key = m.key()
        records.append({"partition": m.partition(), "offset": m.offset(),
                        "key": None if key is None else key.decode(), "value": m.value().decode()})
    return records


def commit(c, h, topic, records):
    ends = {}
    for r in records:
        ends[r["partition"]] = max(ends.get(r["partition"], 0), r["offset"] + 1)
    offsets = [{"partition": p, "offset": o} for p, o in sorted(ends.items())]
    h.write("invoke", "commit", offsets=offsets)
    try:
        result = c.commit(offsets=[TopicPartition(topic, p, o) for p, o in sorted(ends.items())], asynchronous=False)
    except KafkaException as e:
        err = e.args[0]
        h.write(classify(err.name()), "commit", offsets=offsets, error=err.name(), detail=err.str())
        return
    failed = [tp.error for tp in result if tp.error is not None]
    if failed:
        h.write(classify(failed[0].name()), "commit", offsets=offsets, error=failed[0].name(), detail=failed[0].str())
    else:
        h.write("ok", "commit", offsets=offsets)


def consumer(args, h, stop, make_consumer=Consumer):
    """Polls message by message (Consumer.poll), keeping the records polled but not yet written in a batch
    that is written (a poll line, then in manual mode its commit) when no more are waiting, at
    CONSUME_BATCH_MAX, and before any rebalance line: on_assign and on_revoke run inside poll() and write
    the batch first. So every record given under an assignment is written before the line that ends it,
    and a manual commit of it is made under the generation it was fetched in (in on_revoke, Kafka's
    pattern). Not consume(num_messages): librdkafka 2.0.2's batch consume can return messages fetched
    under the old assignment after the rebalance callbacks ran inside the same call, while poll() drops
    outdated messages one by one."""
    manual = args.commit == "manual"
    c = make_consumer({
        "bootstrap.servers": args.bootstrap,
        # librdkafka wants a group id even to assign; an assigning consumer never joins or commits.
        "group.id": args.group or f"{args.process}-assigns",
        "enable.auto.commit": args.group is not None and not manual,
        "auto.commit.interval.ms": 1000,
        "auto.offset.reset": "earliest",
        "session.timeout.ms": args.session_timeout_ms,
        "heartbeat.interval.ms": max(100, args.session_timeout_ms // 10),
    })
    batch = []  # records polled, not yet written

    def write_batch():
        if not batch:
            return
        records = batch[:]
        batch.clear()
        h.write("ok", "poll", records=records)
        if manual and args.group is not None:
            commit(c, h, args.topic, records)

    def on_assign(_c, parts):
        write_batch()
        h.write("ok", "assign", partitions=sorted(tp.partition for tp in parts), mode="subscribe")

    def on_revoke(_c, parts):  # also lost partitions (no on_lost given)
        write_batch()
        h.write("ok", "revoke", partitions=sorted(tp.partition for tp in parts))

    if args.group is not None:
        c.subscribe([args.topic], on_assign=on_assign, on_revoke=on_revoke)
    else:
        c.assign([TopicPartition(args.topic, p, OFFSET_BEGINNING) for p in range(args.partitions)])
        h.write("ok", "assign", partitions=list(range(args.partitions)), mode="assign")
    while stop.reason is None:
        # Wait up to CONSUME_TIMEOUT_S for a first message, then take what is waiting without waiting.
        m = c.poll(CONSUME_TIMEOUT_S)
        while m is not None:
            batch.extend(records_of([m]))
            if len(batch) >= CONSUME_BATCH_MAX or stop.reason is not None:
                break
            m = c.poll(0)
        write_batch()
    c.close()  # leaves the group: on_revoke runs in here
    h.write("ok", "stop", reason=stop.reason)


def final(args, h, _stop):
    ends = {int(p): int(o) for p, o in (pair.split(":") for pair in args.ends.split(",") if pair)}
    c = Consumer({"bootstrap.servers": args.bootstrap, "group.id": f"{args.process}-assigns",
                  "enable.auto.commit": False, "auto.offset.reset": "error"})
    c.assign([TopicPartition(args.topic, p, 0) for p in sorted(ends)])
    h.write("ok", "assign", partitions=sorted(ends), mode="assign")
    position = {p: 0 for p in ends}
    deadline = time.monotonic() + args.timeout_s
    while any(position[p] < ends[p] for p in ends):
        if time.monotonic() > deadline:
            short = {p: f"{position[p]}/{ends[p]}" for p in ends if position[p] < ends[p]}
            log(f"final: did not reach the ends in {args.timeout_s} s (partition: read/end): {short}")
            return 1
        records = []
        for m in c.consume(num_messages=CONSUME_BATCH_MAX, timeout=CONSUME_TIMEOUT_S):
            if m.error() is not None:
                log("final: consumer error:", m.error().name(), m.error().str())
                if m.error().name() == "_AUTO_OFFSET_RESET":
                    return 1  # offset 0 is gone
                continue
            if m.offset() < ends[m.partition()]:
                records.extend(records_of([m]))
                position[m.partition()] = m.offset() + 1
        if records:
            h.write("ok", "poll", records=records)
    c.close()
    h.write("ok", "stop", reason="read to the ends")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=["producer", "consumer", "final"])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--process")
    parser.add_argument("--history", required=True)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--keys", type=int)
    parser.add_argument("--group")
    parser.add_argument("--commit", choices=["auto", "manual"], default="auto")
    parser.add_argument("--session-timeout-ms", type=int, default=6000)
    parser.add_argument("--ends", default="")
    parser.add_argument("--timeout-s", type=float, default=60)
    parser.add_argument("--stop-timeout-s", type=float, default=30)
    args = parser.parse_args()
    if args.process is None:
        if args.mode != "final":
            parser.error("--process is required")
        args.process = "final"
    h = History(args.history, args.process)
    stop = Stop()
    h.write("ok", "start", client="librdkafka", role=args.mode)
    try:
        code = {"producer": producer, "consumer": consumer, "final": final}[args.mode](args, h, stop)
    except KafkaException as e:  # a fatal client error: this client is done
        h.write("ok", "stop", reason=f"crashed: {e.args[0].name()}: {e.args[0].str()}")
        raise
    sys.exit(code or 0)


if __name__ == "__main__":
    main()
