"""The group leader's rejoin after a metadata change (partitions added to the input) against a real broker
(Tansu): the join must complete even when its JoinGroup answer arrives while the loop is not inside poll().

kafka-python 3.0.12 asks for that rejoin only through `need_rejoin()` (assignment snapshot != metadata
snapshot), not through `rejoin_needed`; the leader's own assignment, made when the JoinGroup answer arrives,
makes the snapshots equal again, so a join whose answer came between two polls was never awaited again: the
member stayed REBALANCING with heartbeats off and no partitions for good (a broker restarted empty, where the
daemon's own metadata requests had re-created the input with 4 partitions, left the daemon deciding nothing).
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest


def _settings(bootstrap: str) -> Any:
    from triage.config import Settings, TopicSettings

    suffix = uuid.uuid4().hex[:10]
    return Settings(
        bootstrap_servers=bootstrap,
        group_id=f"rejoin-{suffix}",
        topics=TopicSettings.suffixed(suffix),
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
        metadata_max_age_ms=1000,
    )


def test_input_re_created_with_more_partitions_the_leader_rejoins_when_the_join_answer_comes_between_polls(
    kafka_broker: Any,
) -> None:
    from kafka import ConsumerRebalanceListener
    from kafka.admin import NewTopic

    from triage.stream.kafka_io import ensure_topics, make_admin, make_consumer

    settings = _settings(kafka_broker.bootstrap_servers)
    ensure_topics(settings.kafka, partitions=1)
    topic = settings.kafka.topics.input
    assigned: list[set[int]] = []

    class Listener(ConsumerRebalanceListener):
        def on_partitions_revoked(self, revoked: Any) -> None:
            pass

        def on_partitions_assigned(self, partitions: Any) -> None:
            assigned.append({tp.partition for tp in partitions})

    consumer = make_consumer(settings.kafka)
    try:
        consumer.subscribe([topic], listener=Listener())
        deadline = time.monotonic() + 30
        while not assigned and time.monotonic() < deadline:
            consumer.poll(timeout_ms=200)
        assert assigned == [{0}]
        admin = make_admin(settings.kafka)
        try:  # Tansu has no CreatePartitions: the input is re-created with 3 (as after a broker restart)
            admin.delete_topics([topic])
            admin.create_topics([NewTopic(topic, 3, 1)])
        finally:
            admin.close()
        # a busy loop: polls that do not wait (a batch in hand), the work between them. The metadata refresh
        # (1 s) starts the rejoin; Tansu answers JoinGroup after ≈ 3 s, while no poll waits for it.
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            consumer.poll(timeout_ms=0)
            time.sleep(0.3)
        # then an idle loop that waits in poll: the join in flight comes to an assignment
        t0 = time.monotonic()
        while len(assigned) < 2 and time.monotonic() - t0 < 30:
            consumer.poll(timeout_ms=500)
        coordinator = consumer._coordinator
        print("assigned:", assigned, "state:", coordinator.state, "rejoin_needed:", coordinator.rejoin_needed)
        # (Tansu keeps a single member's first assignment of the group generation: which partitions come
        # back is the broker's; that a join completes at all is the client's)
        assert len(assigned) >= 2, "the rejoin after the metadata change never completed"
    finally:
        consumer.close(autocommit=False, timeout_ms=2000)


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q", "-s"])
