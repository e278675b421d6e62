"""Start-up check of every topic the daemon reads or writes: a misnamed topic stops it with one clear line,
instead of being auto-created by the broker (Tansu and many clusters create a topic a producer writes to)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import structlog
from kafka.errors import KafkaError

from triage.config import TOPIC_PARTITIONS
from triage.errors import ConfigError, TriageError
from triage.stream.kafka_io import cli_connect_timeout_s, ensure_topics, make_admin, topic_configs

if TYPE_CHECKING:
    from triage.config import KafkaSettings, RunTopics

log = structlog.get_logger("triage.stream.topics")


class MissingTopicsError(ConfigError):
    """Topics the daemon needs do not exist (exit 2, unless --create-topics)."""


def required_topics(kafka: KafkaSettings, t: RunTopics) -> list[str]:
    """Input, Flags (live or shadow), audit, dead letters and flag state (the shadow ones in shadow mode) and
    the review topic when `publish_review`."""
    names = [t.input, t.flag, t.audit, t.dead_letter, t.flag_state]
    if kafka.publish_review:
        names.append(t.review)
    return list(dict.fromkeys(names))


def check_topics(
    kafka: KafkaSettings, topics: RunTopics, *, create: bool | None = None, connect_timeout_s: float = 60.0
) -> None:
    """Raise MissingTopicsError naming every missing topic of the run (`topics`); with `create` (default
    kafka.create_topics) create the missing ones first (triage.stream.kafka_io.ensure_topics), with the
    deploy guide's partitions and replication 1 (a small install; a cluster's topics come from `triage topics
    create` or its tooling)."""
    create = kafka.create_topics if create is None else create
    if create:
        created = ensure_topics(kafka, partitions=TOPIC_PARTITIONS)
        if created:
            log.info("topics_created", topics=created)
    admin = make_admin(kafka, connect_timeout_s=connect_timeout_s)
    try:
        existing = set(admin.list_topics())
    except KafkaError as exc:
        where = kafka.bootstrap_servers
        raise TriageError(f"cannot list topics on {where}: {type(exc).__name__}") from exc
    finally:
        admin.close()
    missing = [name for name in required_topics(kafka, topics) if name not in existing]
    if missing:
        raise MissingTopicsError(
            f"missing Kafka topic(s) on {kafka.bootstrap_servers}: {', '.join(missing)}"
            " (create them, e.g. `triage topics create`, or start with --create-topics)"
        )


def create_topics(
    kafka: KafkaSettings, *, partitions: int = TOPIC_PARTITIONS, replication: int = 3
) -> dict[str, Any]:
    """`triage topics create`: create the daemon's missing topics with triage.stream.kafka_io.topic_configs
    (retention per kafka.topic_retention, flag state compacted); existing topics are not changed.

    Returns ``{"created": [names], "existing": [names], "configs": {created name: {config: value}}}``.
    Raises TriageError when the broker cannot be reached or refuses (e.g. replication > brokers)."""
    configs = topic_configs(kafka)
    admin = make_admin(kafka, connect_timeout_s=cli_connect_timeout_s(kafka), notice=True)
    try:
        before = set(admin.list_topics())
    except KafkaError as exc:
        where = kafka.bootstrap_servers
        raise TriageError(f"cannot list topics on {where}: {type(exc).__name__}") from exc
    finally:
        admin.close()
    created = ensure_topics(kafka, partitions=partitions, replication=replication)
    return {
        "created": created,
        "existing": [name for name in configs if name in before],
        "configs": {name: configs[name] for name in created},
    }
