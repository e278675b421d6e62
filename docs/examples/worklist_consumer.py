"""A worklist consumer written with another client library (confluent-kafka, i.e. librdkafka), as a hospital's
integration team would write one: it reads triage's FHIR Flags from `worklist.priority` and keeps one worklist
entry per Flag id, deduplicating redeliveries.

Why deduplicate: triage delivers at least once. After a daemon crash the records of the last uncommitted batch
are decided again and their Flags published again, with the same Flag id (sha256 of accession and model
version) and the same source headers. The rule, per Flag id:

* remember the status you applied and the source position of the record that caused it (headers
  ``triage-source-topic``, ``-partition``, ``-offset``, ``-message-index``: the input message);
* a record whose source position is not after the one remembered is a duplicate: skip it. A study's messages
  are in one input partition (the input is keyed by accession), so its source positions only grow;
* otherwise apply it: ``active`` → show / re-show the study on the worklist (``triage-flag-action`` created or
  reactivated), ``inactive`` → take it off (withdrawn: a corrected report turned negative),
  ``entered-in-error`` → take it off (the report was cancelled).

Priority: every active Flag carries the header ``triage-priority`` (critical | urgent | routine | review, the
same code as its worklist-priority category). Route or sort on it without parsing the JSON: critical first,
then urgent, review, routine; a Flag re-published with another priority (``triage-flag-action: updated``, same
id and status) re-sorts the study. Routine is still a positive to read, never "no bleed".

The simpler rule "apply when the status differs from the one held for the Flag id" also ends in the right
state, but can show a withdrawn study again for a moment when a crash replays active → inactive.

Run:  python worklist_consumer.py --bootstrap-servers HOST:PORT [--topic worklist.priority] [--group worklist]
      [--idle-exit-s S]   (without it: until Ctrl-C / SIGTERM).
One JSON line per record (event applied | duplicate, with its priority), then the worklist (the Flag ids shown
as active, and their reading order by priority).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time

from confluent_kafka import Consumer, KafkaException

READING_ORDER = ("critical", "urgent", "review", "routine")  # the triage-priority header's codes, first first


def source_position(headers: list[tuple[str, bytes]] | None) -> tuple[str, int, int, int, int]:
    h = {k: (v or b"").decode() for k, v in headers or []}
    return (
        h.get("triage-source-topic", ""),
        int(h.get("triage-source-partition", -1)),
        int(h.get("triage-source-offset", -1)),
        int(h.get("triage-message-index", 0)),
        int(h.get("triage-order-index", 0)),  # the order of a multi-order message
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap-servers", required=True)
    parser.add_argument("--topic", default="worklist.priority")
    parser.add_argument("--group", default="worklist")
    parser.add_argument(
        "--idle-exit-s", type=float, default=None, help="exit after this long without records"
    )
    args = parser.parse_args()

    consumer = Consumer(
        {
            "bootstrap.servers": args.bootstrap_servers,
            "group.id": args.group,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,  # commit after the worklist has applied the record
        }
    )
    stop = False

    def on_signal(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    worklist: dict[str, dict[str, object]] = {}  # Flag id -> what this consumer shows (a real one: a table)
    last: float | None = None  # when the last record came, or the partitions were assigned

    def on_assign(_consumer: object, _partitions: object) -> None:
        nonlocal last
        last = time.monotonic()

    consumer.subscribe([args.topic], on_assign=on_assign)
    try:
        while not stop:
            msg = consumer.poll(0.5)
            if msg is None:
                idle = time.monotonic() - last if last is not None else 0.0
                if args.idle_exit_s is not None and idle > args.idle_exit_s:
                    break
                continue
            if msg.error():
                raise KafkaException(msg.error())
            last = time.monotonic()
            flag = json.loads(msg.value())
            headers = msg.headers() or []
            position = source_position(headers)
            held = worklist.get(flag["id"])
            event = "duplicate" if held is not None and tuple(held["source"]) >= position else "applied"  # type: ignore[arg-type]
            priority = dict(headers).get("triage-priority", b"").decode() or None
            if event == "applied":
                worklist[flag["id"]] = {
                    "status": flag["status"],
                    "accession": msg.key().decode(),
                    "source": position,
                    "priority": priority,
                }
            action = dict(headers).get("triage-flag-action", b"").decode()
            line = {
                "event": event,
                "flag_id": flag["id"],
                "status": flag["status"],
                "action": action,
                "priority": priority,
                "accession": msg.key().decode(),
                "source": list(position),
                "partition": msg.partition(),
                "offset": msg.offset(),
            }
            print(json.dumps(line), flush=True)
            consumer.commit(message=msg, asynchronous=False)
    finally:
        consumer.close()
    on_list = sorted(i for i, e in worklist.items() if e["status"] == "active")

    def rank(flag_id: str) -> int:
        priority = worklist[flag_id]["priority"]
        return READING_ORDER.index(priority) if priority in READING_ORDER else len(READING_ORDER)

    order = sorted(on_list, key=lambda i: (rank(i), i))  # a real worklist adds the report time
    print(
        json.dumps({"event": "worklist", "active": on_list, "flags": len(worklist), "reading_order": order}),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
