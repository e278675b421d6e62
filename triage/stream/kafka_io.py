"""kafka-python clients built from the Kafka settings slice (KafkaSettings), with tenacity retries at the
edges where the broker can be away.

Every client gets the security kwargs (`kafka.security.kafka_kwargs()`: SSL, SASL PLAIN/SCRAM) so tests on
a PLAINTEXT loopback broker and a hospital's SASL_SSL cluster run the same code.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import structlog
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka import errors as kafka_errors
from kafka.admin import NewTopic
from kafka.errors import KafkaConnectionError, KafkaError, KafkaTimeoutError, TopicAlreadyExistsError
from kafka.partitioner.default import DefaultPartitioner, murmur2
from tenacity import (
    Retrying,
    before_sleep_log,
    retry_if_exception_type,
    stop_before_delay,
    stop_when_event_set,
    wait_exponential,
)

from triage.config import LOW_VOLUME_PARTITIONS, KafkaSettings
from triage.errors import TriageError
from triage.lifecycle.shutdown import Shutdown, StoppedError, until_stopped, within_budget
from triage.obs.logging import last_client_error
from triage.stream.transactions import committed_only

if TYPE_CHECKING:
    from triage.stream.port import Producer

T = TypeVar("T")
log = structlog.get_logger("triage.stream")

# errors that mean "the broker is not reachable (yet)": worth waiting for. kafka-python < 3 raises
# NoBrokersAvailable from a constructor, 3.x a KafkaTimeoutError ("Unable to bootstrap").
CONNECT_ERRORS: tuple[type[BaseException], ...] = tuple(
    e
    for e in (getattr(kafka_errors, "NoBrokersAvailable", None), KafkaConnectionError, KafkaTimeoutError)
    if e is not None
)
BOOTSTRAP_ATTEMPT_MS = (
    10_000  # one constructor attempt at most; connect_with_retry repeats until its own timeout
)
MIN_ATTEMPT_MS = 500
NOTICE_AFTER_S = 1.0  # a broker that answers within this is not worth a line
# how long a one-shot command (send, tail, fetch, audit explain/drift, replay, topics, mllp's start) waits for
# Kafka when TRIAGE_BROKER_WAIT_S is unset (the daemon then waits for ever: a one-shot command should fail)
CLI_CONNECT_TIMEOUT_S = 15.0
# Size limits all derive from kafka.max_message_bytes (one setting, so they cannot disagree):
# the parser dead-letters inputs larger than it (reason oversize); the producer sends records up to it plus
# this headroom (headers, framing, a dead letter's original bytes of an input slightly over the limit); a
# dead letter is fitted to the producer's limit less RECORD_OVERHEAD_BYTES (triage.pipeline.deadletter).
OUTPUT_HEADROOM_BYTES = 64 * 1024
# kafka-python's default backs reconnects off up to 30 s: after a network cut the daemon sat idle (and
# green) for 27.6 s. 1 s is short enough to resume promptly and long enough not to hammer a broker.
RECONNECT_BACKOFF_MAX_MS = 1000
RECORD_OVERHEAD_BYTES = 1024
KEY_HASH_MEMO = 65_536  # keys whose murmur2 hash the producer's partitioner remembers (then it starts over)


class KeyHashPartitioner(DefaultPartitioner):
    """kafka-python's DefaultPartitioner (murmur2 of the key, as the Java client: the same partition for the
    same key and partition count), the hash of each key remembered. Its pure-Python murmur2 costs ≈ 10 µs
    per key on the loop thread, and a record's outputs (Flag, audit, flag state) mostly share one key."""

    def __init__(self) -> None:
        self._hashes: dict[bytes, int] = {}

    def partition(
        self, topic: str, key: Any, serialized_key: Any, value: Any, serialized_value: Any, cluster: Any
    ) -> int:
        partitions = cluster.partitions_for_topic(topic) if isinstance(serialized_key, bytes) else None
        if not partitions:  # no key (a random partition), a bytearray key, a topic the metadata lacks
            return super().partition(topic, key, serialized_key, value, serialized_value, cluster)
        hashed = self._hashes.get(serialized_key)
        if hashed is None:
            if len(self._hashes) >= KEY_HASH_MEMO:
                self._hashes.clear()
            hashed = self._hashes[serialized_key] = murmur2(serialized_key) & 0x7FFFFFFF
        return sorted(partitions)[hashed % len(partitions)]


def max_request_size(kafka: KafkaSettings) -> int:
    """The producer's max_request_size: max_message_bytes + OUTPUT_HEADROOM_BYTES."""
    return kafka.max_message_bytes + OUTPUT_HEADROOM_BYTES


def dead_letter_budget(kafka: KafkaSettings) -> int:
    """Largest dead letter (key + value + headers) the daemon sends: fits the producer's limit."""
    return max_request_size(kafka) - RECORD_OVERHEAD_BYTES


def cli_connect_timeout_s(kafka: KafkaSettings) -> float:
    """How long a command other than the daemon waits for Kafka: `kafka.broker_wait_s` (TRIAGE_BROKER_WAIT_S)
    when set, else CLI_CONNECT_TIMEOUT_S."""
    return kafka.broker_wait_s if kafka.broker_wait_s is not None else CLI_CONNECT_TIMEOUT_S


class BrokerUnavailableError(TriageError):
    """The Kafka cluster could not be reached within the connect timeout."""


def _stdlib_logger() -> Any:
    import logging

    return logging.getLogger("triage.stream")


def connect_with_retry(
    factory: Callable[[int | None], T],
    what: str,
    timeout_s: float = 60.0,
    shutdown: Shutdown | None = None,
    reserve_s: float = 0.0,
    *,
    servers: str = "",
    notice: bool = False,
) -> T:
    """Call `factory(attempt_ms)` (a client constructor; `attempt_ms` its bootstrap timeout, the time left,
    at most BOOTSTRAP_ATTEMPT_MS) until the broker answers; exponential backoff 0.2 s → 5 s. The whole wait
    is `timeout_s`: no attempt nor backoff starts that would end after it (two 10 s bootstraps made a 15 s
    wait last 20 s). With `notice` (a one-shot command, not the daemon with its JSON log) one stderr line
    says what it waits for once the broker has not answered for NOTICE_AFTER_S. With `shutdown`: gives up
    (StoppedError) when its stop budget less `reserve_s` is spent, also in the middle of an attempt."""
    started = time.monotonic()
    stops: Any = stop_before_delay(timeout_s)
    sleep: Callable[[float], Any] = time.sleep
    if shutdown is not None:
        stops = stops | (lambda _state: shutdown.expired(reserve_s))
        sleep = lambda seconds: shutdown.sleep(seconds, reserve_s)  # noqa: E731
    retrying = Retrying(
        retry=retry_if_exception_type(CONNECT_ERRORS),
        wait=wait_exponential(multiplier=0.2, min=0.2, max=5.0),
        stop=stops,
        sleep=sleep,
        # a command that prints the notice line says it once; the daemon logs each failed attempt
        before_sleep=None if notice else before_sleep_log(_stdlib_logger(), 30),
        reraise=True,
    )
    where = f" at {servers}" if servers else ""

    def attempt() -> T:
        return within_budget(
            lambda: factory(attempt_ms(timeout_s - (time.monotonic() - started))), shutdown, reserve_s
        )

    timer = threading.Timer(
        NOTICE_AFTER_S, say, (f"waiting for Kafka{where} (the {what}, up to {timeout_s:g} s)",)
    )
    timer.daemon = True
    if notice:
        timer.start()
    try:
        return retrying(attempt)
    except CONNECT_ERRORS as exc:
        if shutdown is not None and shutdown.expired(reserve_s):
            raise StoppedError(f"stopped while connecting the {what}") from exc
        raise BrokerUnavailableError(
            f"cannot reach Kafka{where} for the {what} within {timeout_s:g} s: {exc}"
        ) from exc
    finally:
        timer.cancel()


def connect_client(
    client: Callable[..., T],
    cfg: dict[str, Any],
    what: str,
    servers: str,
    timeout_s: float,
    shutdown: Shutdown | None = None,
    reserve_s: float = 0.0,
    *,
    notice: bool = False,
) -> T:
    """`client(**cfg)` (a kafka-python client class) through `connect_with_retry`, each attempt's bootstrap
    timeout set to what is left of `timeout_s`."""
    return connect_with_retry(
        lambda ms: client(**with_attempt_ms(cfg, ms)),
        what,
        timeout_s,
        shutdown,
        reserve_s,
        servers=servers,
        notice=notice,
    )


def attempt_ms(left_s: float) -> int:
    """One bootstrap attempt's timeout: what is left of the whole wait, at most BOOTSTRAP_ATTEMPT_MS and at
    least MIN_ATTEMPT_MS (a client needs a moment to connect at all)."""
    return int(min(BOOTSTRAP_ATTEMPT_MS, max(MIN_ATTEMPT_MS, left_s * 1000)))


def say(line: str) -> None:
    """One `triage: ...` line on stderr for the person at a one-shot command (the daemon logs JSON)."""
    print(f"triage: {line}", file=sys.stderr, flush=True)


def flush_within(producer: Any, timeout_s: float, shutdown: Shutdown, reserve_s: float = 0.0) -> None:
    """`producer.flush()` for at most `timeout_s`, and once a stop is requested at most what is left of its
    budget less `reserve_s` (looked at every second). KafkaTimeoutError when the time runs out first."""
    deadline = time.monotonic() + timeout_s
    while True:
        left = min(deadline - time.monotonic(), shutdown.remaining(reserve_s))
        try:
            producer.flush(timeout=max(0.0, min(1.0, left)))
            return
        except KafkaTimeoutError:
            if left <= 1.0:
                raise


def wait_for_broker(
    kafka: KafkaSettings,
    *,
    stop: threading.Event,
    on_wait: Callable[[BaseException], None] | None = None,
) -> bool:
    """Block until the cluster answers a bootstrap (an admin client connects), for `kafka.broker_wait_s`
    seconds or, when that is None, until it answers or `stop` is set. Backoff 0.2 s → 5 s between attempts;
    `on_wait(error)` and one `broker_unreachable` log line per failed attempt.

    Returns True when the broker answered, False when `stop` was set first. Raises BrokerUnavailableError
    (the command exits 4) when a finite wait runs out."""
    limit = kafka.broker_wait_s
    cfg = _common(kafka, "admin", KafkaAdminClient)
    started = time.monotonic()

    def probe() -> None:  # in a thread: a stop request ends the wait at once, not after a 10 s bootstrap
        # one attempt never outlasts what is left of the whole wait
        left = None if limit is None else attempt_ms(limit - (time.monotonic() - started))
        until_stopped(lambda: KafkaAdminClient(**with_attempt_ms(cfg, left)).close(), stop)

    def waiting(state: Any) -> None:
        error = state.outcome.exception()
        log.warning(
            "broker_unreachable",
            bootstrap_servers=kafka.bootstrap_servers,
            attempt=state.attempt_number,
            waited_s=round(time.monotonic() - started, 1),
            broker_wait_s=limit,
            error_type=type(error).__name__,
            **({"cause": cause} if (cause := last_client_error()) else {}),
        )
        if on_wait is not None:
            on_wait(error)

    stops: Any = stop_when_event_set(stop)
    if limit is not None:
        stops = stops | stop_before_delay(limit)
    retrying = Retrying(
        retry=retry_if_exception_type(CONNECT_ERRORS),
        wait=wait_exponential(multiplier=0.2, min=0.2, max=5.0),
        stop=stops,
        sleep=stop.wait,
        before_sleep=waiting,
        reraise=True,
    )
    try:
        retrying(probe)
    except StoppedError:
        return False
    except CONNECT_ERRORS as exc:
        if stop.is_set():
            return False
        raise BrokerUnavailableError(
            f"cannot reach Kafka at {kafka.bootstrap_servers} within broker_wait_s={limit:g} s"
            f" ({type(exc).__name__}); unset TRIAGE_BROKER_WAIT_S to wait until it answers"
        ) from exc
    return not stop.is_set()


def with_attempt_ms(cfg: dict[str, Any], ms: int | None) -> dict[str, Any]:
    """`cfg` with one attempt's bootstrap timeout (kafka-python >= 3 clients; `ms` None: as it is)."""
    if ms is None or "bootstrap_timeout_ms" not in cfg:
        return cfg
    return {**cfg, "bootstrap_timeout_ms": ms}


def _common(kafka: KafkaSettings, role: str, client: type) -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "bootstrap_servers": [s.strip() for s in kafka.bootstrap_servers.split(",") if s.strip()],
        "client_id": f"{kafka.client_id}-{role}",
        "reconnect_backoff_max_ms": RECONNECT_BACKOFF_MAX_MS,
        # metadata.max.age.ms: a consumer sees partitions added while it runs (and a producer spreads keys
        # over them) this soon, not after kafka-python's 5 minutes
        "metadata_max_age_ms": kafka.metadata_max_age_ms,
        **kafka.security.kafka_kwargs(),
    }
    if "bootstrap_timeout_ms" in getattr(client, "DEFAULT_CONFIG", {}):  # kafka-python >= 3
        cfg["bootstrap_timeout_ms"] = BOOTSTRAP_ATTEMPT_MS
    return cfg


def make_consumer(
    kafka: KafkaSettings,
    *,
    group: bool = True,
    connect_timeout_s: float = 60.0,
    shutdown: Shutdown | None = None,
    reserve_s: float = 0.0,
    notice: bool = False,
    **overrides: Any,
) -> KafkaConsumer:
    """The daemon's input consumer: manual commits, bounded polls; `group=False` for assign()-only readers."""
    cfg: dict[str, Any] = {
        **_common(kafka, "consumer" if group else "reader", KafkaConsumer),
        "enable_auto_commit": False,
        "auto_offset_reset": kafka.auto_offset_reset,
        "isolation_level": kafka.isolation_level,
        "max_poll_records": kafka.batch_max_records,
        "fetch_max_wait_ms": kafka.fetch_max_wait_ms,
        "key_deserializer": None,
        "value_deserializer": None,
    }
    if group:
        cfg.update(
            group_id=kafka.group_id,
            session_timeout_ms=kafka.session_timeout_ms,
            heartbeat_interval_ms=kafka.heartbeat_interval_ms,
        )
    cfg.update(overrides)
    consumer = committed_only(
        connect_client(
            KafkaConsumer,
            cfg,
            "consumer",
            kafka.bootstrap_servers,
            connect_timeout_s,
            shutdown,
            reserve_s,
            notice=notice,
        )
    )
    if group:
        rejoin_until_joined(consumer)
    return consumer


def rejoin_until_joined(consumer: KafkaConsumer) -> None:
    """A rejoin the group coordinator finds needed stays requested until a join completes (Apache Kafka's
    KAFKA-9815, missing from kafka-python 3.0.12). kafka-python asks the leader's rejoin after a metadata
    change (partitions added, the input re-created) only through `need_rejoin()`, comparing the assignment
    snapshot with the metadata snapshot; the leader's own assignment, made when the JoinGroup answer arrives,
    makes them equal again, so a join whose answer came while no poll() waited for it (the loop busy with a
    batch, polls with a short timeout) was never awaited again: the member stayed REBALANCING with its
    heartbeats off and decided nothing, for good (tests/test_group_rejoin_kafka.py). Wraps the coordinator's
    `need_rejoin` (not public API: read defensively, left alone where it is missing)."""
    coordinator = getattr(consumer, "_coordinator", None)
    needed = getattr(coordinator, "need_rejoin", None)
    request = getattr(coordinator, "request_rejoin", None)
    if needed is None or request is None:
        return

    def need_rejoin() -> bool:
        if not needed():
            return False
        request()  # kept until join_group_async completes a join and clears it
        return True

    coordinator.need_rejoin = need_rejoin


def make_producer(
    kafka: KafkaSettings,
    *,
    connect_timeout_s: float = 60.0,
    shutdown: Shutdown | None = None,
    reserve_s: float = 0.0,
    notice: bool = False,
    **overrides: Any,
) -> KafkaProducer:
    """Idempotent producer (acks=all): a broker-side retry never writes an output twice."""
    cfg: dict[str, Any] = {
        **_common(kafka, "producer", KafkaProducer),
        "enable_idempotence": True,
        "acks": "all",
        "linger_ms": kafka.linger_ms,
        "delivery_timeout_ms": kafka.delivery_timeout_ms,
        "request_timeout_ms": min(kafka.delivery_timeout_ms // 2, 30_000),
        "max_request_size": max_request_size(kafka),
        # send() waits this long at most for metadata (an unknown topic), not kafka-python's 60 s default
        "max_block_ms": min(kafka.delivery_timeout_ms, 60_000),
        "compression_type": {"none": None}.get(kafka.compression, kafka.compression),
        "batch_size": kafka.producer_batch_size,
        "partitioner": KeyHashPartitioner(),
    }
    cfg.update(overrides)
    return connect_client(
        KafkaProducer,
        cfg,
        "producer",
        kafka.bootstrap_servers,
        connect_timeout_s,
        shutdown,
        reserve_s,
        notice=notice,
    )


def make_admin(
    kafka: KafkaSettings,
    *,
    connect_timeout_s: float = 60.0,
    shutdown: Shutdown | None = None,
    reserve_s: float = 0.0,
    notice: bool = False,
) -> KafkaAdminClient:
    cfg = _common(kafka, "admin", KafkaAdminClient)
    return connect_client(
        KafkaAdminClient,
        cfg,
        "admin client",
        kafka.bootstrap_servers,
        connect_timeout_s,
        shutdown,
        reserve_s,
        notice=notice,
    )


def topic_configs(kafka: KafkaSettings) -> dict[str, dict[str, str]]:
    """Topic name → the broker configs the deploy guide asks for (kafka.topic_retention): ``retention.ms``
    of the input, worklist, audit, review and dead-letter topics (live and shadow; a None setting leaves
    the broker's default) and ``cleanup.policy=compact`` + ``min.compaction.lag.ms`` of the flag-state
    topics. Every topic the daemon reads or writes is a key (the review topic with `publish_review`)."""
    t, r = kafka.topics, kafka.topic_retention
    retention = {
        t.input: r.input,
        t.worklist: r.worklist,
        t.shadow_worklist: r.shadow_worklist,
        t.audit: r.audit,
        t.dead_letter: r.dead_letter,
        t.shadow_dead_letter: r.shadow_dead_letter,
    }
    if kafka.publish_review:
        retention[t.review] = r.review
    configs = {name: {} if ms is None else {"retention.ms": str(ms)} for name, ms in retention.items()}
    compact = {"cleanup.policy": "compact", "min.compaction.lag.ms": str(r.flag_state_min_compaction_lag_ms)}
    configs.update({name: dict(compact) for name in (t.flag_state, t.shadow_flag_state)})
    return configs


def topic_specs(kafka: KafkaSettings, partitions: int = 3, replication: int = 1) -> list[NewTopic]:
    """Every topic the daemon reads or writes, with topic_configs() (flag state compacted, retention).
    `partitions` for the input, worklist, audit and flag-state topics; the review and dead-letter topics
    get at most ``LOW_VOLUME_PARTITIONS`` (triage.config; the deploy guide's table)."""
    t = kafka.topics
    low_volume = {t.review, t.dead_letter, t.shadow_dead_letter}
    return [
        NewTopic(
            name,
            min(partitions, LOW_VOLUME_PARTITIONS) if name in low_volume else partitions,
            replication,
            topic_configs=configs or None,
        )
        for name, configs in topic_configs(kafka).items()
    ]


def ensure_topics(
    kafka: KafkaSettings, partitions: int = 3, replication: int = 1, *, extra: Iterable[NewTopic] = ()
) -> list[str]:
    """Create the daemon's topics that do not exist yet; returns the names created. Idempotent.

    Production clusters usually create topics through their own tooling; this is for the demo, tests and
    small installs. (Tansu 0.6.0 accepts the topic configs but neither enforces nor returns them in
    DescribeConfigs; the state store reads the latest value per key either way.)"""
    admin = make_admin(kafka)
    try:
        existing = set(admin.list_topics())
        wanted = [s for s in [*topic_specs(kafka, partitions, replication), *extra] if s.name not in existing]
        if not wanted:
            return []
        with contextlib.suppress(TopicAlreadyExistsError):  # another instance won the race
            admin.create_topics(wanted)
        return [s.name for s in wanted]
    except KafkaError as exc:
        raise TriageError(f"cannot create topics: {exc}") from exc
    finally:
        admin.close()


def did_you_mean(topic: str, known: Iterable[str]) -> str:
    """`; did you mean 'worklist.priority'?` for a mistyped topic name (difflib over the broker's topics;
    internal `__` topics left out), or "" when none is close."""
    import difflib

    close = difflib.get_close_matches(
        topic, sorted(t for t in known if not t.startswith("__")), n=1, cutoff=0.8
    )
    return f"; did you mean {close[0]!r}?" if close else ""


def partitions_of(consumer: KafkaConsumer, topic: str, timeout_s: float = 30.0) -> Sequence[int]:
    """Partition ids of `topic` (waits for metadata; a topic that does not exist is an error)."""
    import time

    deadline = time.monotonic() + timeout_s
    while True:
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return sorted(parts)
        if time.monotonic() > deadline:
            raise TriageError(f"topic {topic!r} does not exist on {consumer.config['bootstrap_servers']}")
        time.sleep(0.1)


def close_producer(producer: Producer | KafkaProducer, timeout_s: float) -> None:
    """Close a producer whose records the broker may never acknowledge. kafka-python's close() raises
    (KafkaTimeoutError from its flush) before it marks itself closed, so its __del__ closes again at exit and
    prints "Exception ignored ... KafkaTimeoutError" with a traceback on stderr: after a failed close the
    sender is stopped without sending (the unacknowledged batches fail, as they already did for us: they
    are not committed) and the now empty producer closes at once. The daemon's and the MLLP listener's."""
    try:
        producer.close(timeout=timeout_s)
        return
    except Exception as exc:
        log.warning("producer_close_failed", error_type=type(exc).__name__)
    sender = getattr(
        producer, "_sender", None
    )  # kafka-python's I/O thread (not public API: read defensively)
    if sender is not None and hasattr(sender, "force_close"):
        sender.force_close()
        sender.join(1.0)
    try:
        producer.close(timeout=0)
    except Exception as exc:
        log.warning("producer_close_failed", error_type=type(exc).__name__, forced=True)
