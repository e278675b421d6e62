"""Daemon settings. Precedence (highest first): CLI flags > ``TRIAGE_*`` environment variables >
config file (``--config FILE`` or ``TRIAGE_CONFIG``; YAML or TOML) > defaults.

Secrets (SASL password, TLS key password) may be given as ``*_file`` paths; they are held as
``SecretStr`` and masked in every dump (``triage config show``).

List settings (``procedure_codes``, ``conclusion_headings``, ``accession_sources``) take either a JSON list
or the comma form in environment variables: ``TRIAGE_PROCEDURE_CODES=CTHEAD,CTHEADWO`` is
``TRIAGE_PROCEDURE_CODES='["CTHEAD","CTHEADWO"]'``.

A ``TRIAGE_*`` environment variable that names no setting is reported by ``load_settings`` as one warning
line on stderr (``triage: warning: unknown setting TRIAGE_FHIR_RELESE ignored; did you mean
TRIAGE_FHIR_RELEASE?``): a warning, not an error, so that a variable meant for another version of triage
does not stop a daemon. An unknown name inside a settings slice (``TRIAGE_TOPICS__AUDT``) is refused by the
slice: one error line with the same hint, never a warning that says 'ignored' beside it.
Settings are frozen once built; each consumer takes its slice, resolved once: ``pipeline`` (the decision
core), ``outputs`` (the Processor: ``run_topics`` with shadow mode applied, FHIR), ``kafka`` (the clients and
the streaming loop), ``obs`` (HTTP endpoints, log level), ``mllp``, ``drift``, ...
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import tzinfo
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from triage.errors import ConfigError
from triage.fhir.flag import DEFAULT_SITE, FhirSite
from triage.hl7.accession import DEFAULT_ACCESSION_SOURCES, field_ref
from triage.priority.policy import DEFAULT_POLICY as DEFAULT_PRIORITY_POLICY
from triage.priority.policy import (
    ChronicUnstated,
    FirstSeen,
    KnownMassEffect,
    PriorityPolicy,
    UnmeasuredShift,
    check_critical_signs,
    check_shift_mm,
)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "model_artifacts"
DEFAULT_HEAD_CT_PATTERN = (
    r"(?i)\b(ct|computed tomography|cat scan)\b.*\b(head|brain|cranial|cranium|skull)\b"
    r"|\b(head|brain)\b.*\bct\b"
)
DEFAULT_FHIR_BASE_URL = "https://triage.example.org/fhir"
DAY_MS = 86_400_000
# environment variables that are not settings but are read by triage itself
OTHER_TRIAGE_ENV = frozenset({"TRIAGE_CONFIG", "TRIAGE_TANSU_BIN"})
_OID = re.compile(r"(?:urn:oid:)?([0-2](?:\.(?:0|[1-9][0-9]*))+)")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
_TOPIC = re.compile(r"[A-Za-z0-9._-]{1,249}")
# one bootstrap server: host:port, an IPv6 address in brackets ([::1]:9092)
_SERVER = re.compile(r"(?:\[(?P<v6>[^\]\s]+)\]|(?P<host>[^\s:/\[\]@?#]+)):(?P<port>[0-9]+)")


def split_list(value: Any) -> Any:
    """A list setting from the environment: a JSON list (``["A","B"]``) or the comma form (``A, B``).
    Lists from a config file or the CLI pass through unchanged."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not a JSON list ({exc.msg}); or write it as A,B,C") from None
    return [part.strip() for part in text.split(",") if part.strip()]


def identifier_system(value: str | None) -> str | None:
    """A FHIR Identifier.system: a URI as given, a bare OID (``2.16.840.1.113883.3.1``) as ``urn:oid:...``."""
    if value is None:
        return None
    text = value.strip()
    oid = _OID.fullmatch(text)
    if oid is not None:
        return f"urn:oid:{oid.group(1)}"
    if text.lower().startswith("urn:oid:"):
        raise ValueError(f"{value!r} is not a valid OID (digits separated by dots, e.g. urn:oid:1.2.3)")
    if not _URI.fullmatch(text):
        raise ValueError(f"{value!r} is neither an absolute URI (https://..., urn:...) nor an OID (1.2.3...)")
    return text


def bootstrap_list(value: str) -> str:
    """Kafka bootstrap servers: a non-empty comma-separated list of ``host:port`` (an IPv6 address in
    brackets, ``[::1]:9092``), port 1-65535; returned without spaces (``a:9092,b:9092``)."""
    servers = [part.strip() for part in value.split(",") if part.strip()]
    if not servers:
        raise ValueError("no server given; write host:port[,host:port...], e.g. localhost:9092")
    for server in servers:
        if "://" in server:
            raise ValueError(f"{server!r} is a URL; write host:port without a scheme, e.g. localhost:9092")
        match = _SERVER.fullmatch(server)
        if match is None:
            raise ValueError(f"{server!r} is not host:port (an IPv6 address goes in brackets: [::1]:9092)")
        if match.group("v6") is not None:
            try:
                ipaddress.IPv6Address(match.group("v6"))
            except ValueError:
                raise ValueError(f"{server!r}: {match.group('v6')!r} is not an IPv6 address") from None
        if not 1 <= int(match.group("port")) <= 65535:
            raise ValueError(f"{server!r}: the port must be 1-65535")
    return ",".join(servers)


def compiled_pattern(value: str | None) -> str | None:
    """A regular expression setting: it must compile (Python ``re`` syntax)."""
    if value is None:
        return None
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return value


StrList = Annotated[list[str], NoDecode]


class TopicSettings(BaseModel):
    # a plain model (not BaseSettings): only TRIAGE_TOPICS__* env vars reach it, never a bare INPUT=...
    model_config = ConfigDict(extra="forbid", frozen=True)

    input: str = "hl7.oru"
    worklist: str = "worklist.priority"
    shadow_worklist: str = "worklist.priority.shadow"
    audit: str = "triage.audit"
    dead_letter: str = "hl7.oru.dlq"
    # compacted topic, key = accession, value = latest Flag state; lets the lifecycle survive restarts
    flag_state: str = "triage.flag-state"
    # a shadow instance keeps its own lifecycle state and dead letters, so running a candidate model next to
    # the live one never changes the live Flags' lifecycle nor doubles the live dead-letter queue
    shadow_flag_state: str = "triage.flag-state.shadow"
    shadow_dead_letter: str = "hl7.oru.dlq.shadow"
    review: str = "triage.review"  # network/rules disagreements, when Settings.publish_review

    @field_validator("*")
    @classmethod
    def _kafka_name(cls, value: str) -> str:
        # what Kafka accepts as a topic name; an empty or illegal one fails only at the broker, if at all
        if not _TOPIC.fullmatch(value) or value in (".", ".."):
            raise ValueError(f"{value!r} is not a Kafka topic name (1-249 of a-z A-Z 0-9 . _ -)")
        return value

    @model_validator(mode="after")
    def _distinct(self) -> TopicSettings:
        # an output equal to the input makes the daemon re-read what it wrote (its own dead letters, Flags,
        # audit records: an endless loop); two outputs of one run sharing a topic mix record kinds (a
        # compacted flag-state topic would drop audit records, replay would count Flags as audits), and shadow
        # Flags must never reach the live worklist. The live flag state and dead letters may equal the shadow
        # ones: the shadow overlay (deploy/k8s) sets them so, to show what a shadow pod uses (run_topics)
        live = ("input", "worklist", "flag_state", "dead_letter", "audit", "review")
        shadow = ("input", "shadow_worklist", "shadow_flag_state", "shadow_dead_letter", "audit", "review")
        for names in (live, shadow, ("worklist", "shadow_worklist")):  # every topic is in live or shadow
            seen: dict[str, str] = {}
            for name in names:
                value = getattr(self, name)
                if value in seen and seen[value] != name:
                    first = seen[value]
                    what = "the input topic" if first == "input" else f"topics.{first}"
                    raise ValueError(
                        f"topics.{name} is {value!r}, the same as {what}: these topics must differ"
                    )
                seen[value] = name
        return self

    @classmethod
    def suffixed(cls, suffix: str) -> TopicSettings:
        """Every default topic name with ``.<suffix>`` appended: an isolated set of topics (tests, benchmarks,
        side-by-side runs on one broker) that cannot forget a topic when a new one is added."""
        return cls(**{name: f"{field.default}.{suffix}" for name, field in cls.model_fields.items()})


# Partitions per topic, deploy/README.md "Topics" (its table is checked against topic_specs by
# tests/test_deploy.py): the input and every topic keyed like it get TOPIC_PARTITIONS (`triage topics create
# --partitions`, `triage run --create-topics`); dead letters and review records, a trickle, at most
# LOW_VOLUME_PARTITIONS. The sandbox (`triage broker`, `triage demo`) makes 3 of each, for a laptop.
TOPIC_PARTITIONS = 6
LOW_VOLUME_PARTITIONS = 3


class TopicRetention(BaseModel):
    """What `triage topics create` (and --create-topics, `triage broker`) asks the broker to keep, per topic
    (``TRIAGE_TOPIC_RETENTION__AUDIT=-1``); defaults from deploy/README.md "Topics". Milliseconds; -1 keeps
    records forever; None leaves the broker's default. The input retention is the recovery window for
    oversize dead letters (their original exists only in the input topic)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input: int | None = Field(7 * DAY_MS, ge=-1)
    worklist: int | None = Field(7 * DAY_MS, ge=-1)
    shadow_worklist: int | None = Field(30 * DAY_MS, ge=-1)
    audit: int | None = Field(-1, ge=-1)  # the medico-legal trail: kept until an archive moves it out
    review: int | None = Field(-1, ge=-1)
    dead_letter: int | None = Field(90 * DAY_MS, ge=-1)  # reports nobody triaged: weeks to look and re-drive
    shadow_dead_letter: int | None = Field(30 * DAY_MS, ge=-1)
    # flag-state topics are compacted (latest state per accession, never expired); a state record stays
    # uncompacted at least this long
    flag_state_min_compaction_lag_ms: int = Field(3_600_000, ge=0)

    @field_validator(
        "input", "worklist", "shadow_worklist", "audit", "review", "dead_letter", "shadow_dead_letter"
    )
    @classmethod
    def _not_zero(cls, value: int | None) -> int | None:
        if value == 0:
            raise ValueError("0 would delete records at once: -1 keeps them forever, else milliseconds > 0")
        return value


class KafkaSecurity(BaseModel):
    """Passed through to kafka-python (security_protocol, sasl_mechanism, ssl_*)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    sasl_password_file: Path | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    ssl_password: SecretStr | None = None
    ssl_password_file: Path | None = None
    ssl_check_hostname: bool = True

    @model_validator(mode="after")
    def _read_secret_files(self) -> KafkaSecurity:
        for name in ("sasl_password", "ssl_password"):
            path: Path | None = getattr(self, f"{name}_file")
            if path is not None and getattr(self, name) is None:
                try:
                    # resolved once, while the (frozen) model is being validated
                    object.__setattr__(self, name, SecretStr(path.read_text().strip()))
                except OSError as exc:
                    raise ValueError(f"cannot read {name}_file {path}: {exc.strerror}") from exc
        return self

    def kafka_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for KafkaConsumer/KafkaProducer/KafkaAdminClient."""
        kw: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.sasl_mechanism:
            kw["sasl_mechanism"] = self.sasl_mechanism
            kw["sasl_plain_username"] = self.sasl_username
            kw["sasl_plain_password"] = self.sasl_password.get_secret_value() if self.sasl_password else None
        if self.security_protocol in ("SSL", "SASL_SSL"):
            kw["ssl_check_hostname"] = self.ssl_check_hostname
            for src, dst in (
                ("ssl_cafile", "ssl_cafile"),
                ("ssl_certfile", "ssl_certfile"),
                ("ssl_keyfile", "ssl_keyfile"),
            ):
                value = getattr(self, src)
                if value is not None:
                    kw[dst] = str(value)
            if self.ssl_password is not None:
                kw["ssl_password"] = self.ssl_password.get_secret_value()
        return kw


class MllpSettings(BaseModel):
    """`triage mllp`, the MLLP front door (``TRIAGE_MLLP__PORT=2575`` ...). Frozen: read once at start-up."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str = "0.0.0.0"
    port: int = Field(2575, ge=0, le=65535)  # 0 = any free port (tests)
    # largest frame accepted (bytes between 0x0B and 0x1C); None = Settings.max_message_bytes, what the daemon
    # accepts (Settings fills it in, so `config show` prints the number); a larger frame is answered AR and
    # discarded, the connection stays usable
    max_frame_bytes: int | None = Field(None, ge=1024)
    max_connections: int = Field(256, ge=1)  # more are closed at once (logged)
    # a connection that sends nothing (or does not read its ACKs) for this long is closed: half-open peers
    idle_timeout_s: float = Field(300.0, gt=0)
    # a frame that has started (0x0B received) must end (0x1C) within this, however its bytes trickle in;
    # else the connection is closed (slowloris: a byte every few seconds would hold a slot forever)
    frame_timeout_s: float = Field(60.0, gt=0)
    # the broker must acknowledge the write within this, else the sender gets AE (it resends: at least once)
    ack_timeout_s: float = Field(10.0, gt=0)
    # TLS: certificate and key together; with a CA file clients must present a certificate it signed
    tls_certfile: Path | None = None
    tls_keyfile: Path | None = None
    tls_cafile: Path | None = None
    # MSH-3/MSH-4 of the ACKs when the message does not name a receiving application/facility (MSH-5/6)
    ack_application: str = Field("TRIAGE", min_length=1, max_length=180)
    http_port: int | None = Field(8081, ge=0, le=65535)  # /metrics /healthz /readyz; None = off

    @model_validator(mode="after")
    def _tls_pair(self) -> MllpSettings:
        if (self.tls_certfile is None) != (self.tls_keyfile is None):
            raise ValueError("tls_certfile and tls_keyfile go together")
        if self.tls_cafile is not None and self.tls_certfile is None:
            raise ValueError("tls_cafile (client certificates) needs tls_certfile and tls_keyfile")
        return self


class DriftSettings(BaseModel):
    """Rolling topic drift in the daemon (triage.drift.monitor, ``TRIAGE_DRIFT__WINDOW=500`` ...): on when
    `enabled` and a topic model is found at `topics_dir` (None: ``<model_dir>/topics``, shipped beside the
    classifier); without one the daemon runs without drift metrics (logged). LDA runs in its own thread fed by
    a bounded queue (full: the report is dropped and counted), never in the decide/deliver loop."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    topics_dir: Path | None = None
    window: int = Field(500, ge=1)  # reports in the rolling window
    interval_s: float = Field(5.0, gt=0)  # how often the gauges are updated
    queue_size: int = Field(1000, ge=1)  # reports waiting for the drift thread; more are dropped
    sample_every: int = Field(1, ge=1)  # keep every N-th scored report (bounds the thread's CPU)


class PrioritySettings(BaseModel):
    """The worklist priority policy (triage.priority.policy, ``TRIAGE_PRIORITY__SHIFT_MM=3`` ...): the
    environment/config-file face of PriorityPolicy, whose defaults, value types and checks it takes (the
    defaults follow the ACR Actionable Reporting Work Group, module docstring there)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    shift_mm: float = DEFAULT_PRIORITY_POLICY.shift_mm  # a midline shift of at least this many mm is critical
    # mass-effect signs that make a positive critical (besides the shift)
    critical_signs: StrList = Field(default_factory=lambda: list(DEFAULT_PRIORITY_POLICY.critical_signs))
    unmeasured_shift: UnmeasuredShift = DEFAULT_PRIORITY_POLICY.unmeasured_shift  # no mm given, not mild
    known_mass_effect: KnownMassEffect = DEFAULT_PRIORITY_POLICY.known_mass_effect  # stated stable/improving
    first_seen: FirstSeen = DEFAULT_PRIORITY_POLICY.first_seen  # an affirmed bleed with no change stated
    chronic_unstated: ChronicUnstated = DEFAULT_PRIORITY_POLICY.chronic_unstated  # chronic, no change stated

    @field_validator("critical_signs", mode="before")
    @classmethod
    def _signs_list(cls, value: Any) -> Any:
        return split_list(value)

    # PriorityPolicy's own checks, field by field so that the error line names the setting
    @field_validator("critical_signs")
    @classmethod
    def _signs(cls, value: list[str]) -> list[str]:
        check_critical_signs(value)
        return value

    @field_validator("shift_mm")
    @classmethod
    def _shift(cls, value: float) -> float:
        check_shift_mm(value)
        return value

    def policy(self) -> PriorityPolicy:
        return PriorityPolicy(
            shift_mm=self.shift_mm,
            critical_signs=tuple(self.critical_signs),  # type: ignore[arg-type]
            unmeasured_shift=self.unmeasured_shift,
            known_mass_effect=self.known_mass_effect,
            first_seen=self.first_seen,
            chronic_unstated=self.chronic_unstated,
        )


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    """What the decision core needs and nothing else: every entry point (run, replay, label, evaluate,
    audit drift) builds its core from this slice, so the same settings give the same decision."""

    decision_policy: Literal["model", "rules", "ensemble"] = "ensemble"
    threshold: float | None = None  # a site's operating threshold; None: the artifact's
    conclusion_headings: tuple[str, ...] = ()
    procedure_codes: tuple[str, ...] = ()
    procedure_pattern: str | None = DEFAULT_HEAD_CT_PATTERN
    max_message_bytes: int | None = 1_000_000
    # the longest report text (scored text, and the FINDINGS beside it) the core decides; longer ones are
    # not decided (dead letter / bad row `report_too_long`), never truncated: a cut report may lose the
    # sentence that makes it positive. None: no bound
    max_report_chars: int | None = 200_000
    hl7_timezone: str = "UTC"
    rules_terms_file: Path | None = None
    accession_sources: tuple[str, ...] = DEFAULT_ACCESSION_SOURCES
    priority: PriorityPolicy = DEFAULT_PRIORITY_POLICY

    @property
    def hl7_tzinfo(self) -> tzinfo:
        return ZoneInfo(self.hl7_timezone)


@dataclass(frozen=True, slots=True)
class RunTopics:
    """The topics one run (`triage run`, `replay`, the demo) reads and writes, shadow mode already applied:
    resolved once at the edge (Settings.run_topics), so no stage asks "shadow?" again. A shadow run sends its
    Flags, lifecycle state and dead letters to the shadow topics (a candidate model running beside the live
    one never changes the live Flags' lifecycle nor doubles the live dead-letter queue); audit records go to
    the shared audit topic and say ``mode=shadow``."""

    input: str
    flag: str  # worklist (live) or shadow_worklist
    flag_state: str
    dead_letter: str
    audit: str
    review: str
    mode: Literal["live", "shadow"] = "live"


@dataclass(frozen=True, slots=True)
class OutputSettings:
    """What the Processor needs beyond the decision core's slice: where each output goes and how a Flag is
    written (FHIR release, the site's identifier systems and base URL)."""

    topics: RunTopics
    fhir_release: Literal["R4", "R4B", "R5"] = "R4B"
    fhir_site: FhirSite = DEFAULT_SITE
    publish_review: bool = False  # network/rules disagreements to topics.review


@dataclass(frozen=True, slots=True)
class KafkaSettings:
    """What the Kafka clients and the streaming loop need (triage.stream, triage.mllp's producer): the
    cluster, the consumer group, batching, delivery and every topic name (creation and retention). The run's
    own topics, shadow mode applied, are the RunTopics slice beside it. Built by Settings.kafka (the
    defaults and validation live there)."""

    bootstrap_servers: str
    group_id: str
    client_id: str
    security: KafkaSecurity
    topics: TopicSettings
    topic_retention: TopicRetention
    compression: Literal["none", "gzip", "snappy", "lz4", "zstd"]
    producer_batch_size: int
    batch_max_records: int
    batch_max_wait_ms: int
    session_timeout_ms: int
    heartbeat_interval_ms: int
    auto_offset_reset: Literal["earliest", "latest"]
    isolation_level: Literal["read_committed", "read_uncommitted"]
    fetch_max_wait_ms: int
    metadata_max_age_ms: int  # Kafka's metadata.max.age.ms, every client (new partitions are seen this soon)
    linger_ms: int
    delivery_timeout_ms: int
    delivery_attempts: int
    state_catchup_timeout_s: float
    input_stall_s: float
    max_message_bytes: int
    create_topics: bool
    broker_wait_s: float | None
    publish_review: bool  # the review topic is one of the run's topics
    # the input keys' site secret (triage.mllp.keys.patient_key): pid-hmac: keys with it, pid-sha256: without
    key_secret: SecretStr | None = None


@dataclass(frozen=True, slots=True)
class ObsSettings:
    """Observability: where /metrics and the probes listen, the log level, when /readyz calls a stalled
    loop red. Built by Settings.obs."""

    http_host: str
    http_port: int
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"]
    ready_stall_s: float


# Kafka's record-batch codecs; every one is readable (the base install brings lz4, python-snappy, zstandard)
PRODUCER_COMPRESSION: tuple[str, ...] = ("none", "gzip", "snappy", "lz4", "zstd")


class ProducerSettings(BaseModel):
    """The outputs' producer (``TRIAGE_PRODUCER__COMPRESSION=zstd``). `compression` is the record-batch codec
    of every output (Flags, audit records, dead letters, flag state; also `triage mllp`'s input writes):
    none by default, because most output batches hold one record at hospital feed rates, where a codec
    saves little (benchmarks/compression.py; deploy/README.md, "Output compression")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    compression: Literal["none", "gzip", "snappy", "lz4", "zstd"] = "none"
    # the most bytes of one record batch per partition (kafka-python's batch_size; a record larger than it
    # goes alone). Kept at most max_message_bytes, so a batch of several records is never larger than the
    # broker takes one record to be.
    batch_size: int = Field(262_144, ge=1024)


class Settings(BaseSettings):
    """All daemon settings. Nested fields use ``__`` in environment variables,
    e.g. ``TRIAGE_TOPICS__AUDIT=my.audit`` or ``TRIAGE_SECURITY__SASL_MECHANISM=SCRAM-SHA-512``."""

    model_config = SettingsConfigDict(
        env_prefix="TRIAGE_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    bootstrap_servers: str = "localhost:9092"
    group_id: str = "triage"
    client_id: str = "triage"
    topics: TopicSettings = Field(default_factory=TopicSettings)
    topic_retention: TopicRetention = Field(default_factory=TopicRetention)
    security: KafkaSecurity = Field(default_factory=KafkaSecurity)
    # TRIAGE_KEY_SECRET: a site secret for the input's patient keys (HMAC-SHA256 of PID-3, ``pid-hmac:``);
    # without it the key is an unsalted SHA-256 (``pid-sha256:``), enumerable over an MRN space
    key_secret: SecretStr | None = None
    mllp: MllpSettings = Field(default_factory=MllpSettings)
    drift: DriftSettings = Field(default_factory=DriftSettings)
    priority: PrioritySettings = Field(default_factory=PrioritySettings)
    producer: ProducerSettings = Field(default_factory=ProducerSettings)

    # micro-batching
    batch_max_records: int = Field(256, ge=1)
    batch_max_wait_ms: int = Field(20, ge=0)
    session_timeout_ms: int = Field(10_000, ge=1000)
    heartbeat_interval_ms: int = Field(3_000, ge=100)
    # a new group starts at the oldest retained record: a triage daemon must not skip reports
    auto_offset_reset: Literal["earliest", "latest"] = "earliest"
    # Kafka's consumer isolation.level for every reader of the input (daemon, probe, replay, fetch, tail):
    # read_committed skips the records of aborted transactions (a transactional upstream producer that
    # aborts must not get Flags) and waits at the last stable offset for open ones. Needs a broker that
    # keeps the transaction index (Apache Kafka does; the embedded Tansu does not: deploy/README.md)
    isolation_level: Literal["read_committed", "read_uncommitted"] = "read_committed"
    # upper bound on how long a fetch waits for data when there is none. Apache Kafka answers a waiting fetch
    # as soon as a record arrives, the embedded Tansu does not: it looks again after half the wait, so under
    # a stream a record waits up to half of it (benchmarks/fetch_wait.py, 100 records/s, 2026-12-07: send ->
    # seen p99 57-59 ms at 100 ms, 16-17 ms at 20 ms, 10-12 ms at 10 ms). 20 ms: idle, 50 fetches a second,
    # 7.5-10 % of a core in the daemon and 2-3.5 % in Tansu on the 2-core dev box (5-6.6 % and 1 % at 100 ms;
    # 15 % and 4 % at 10 ms). On Apache Kafka a larger value (500) costs no latency and saves that idle CPU.
    fetch_max_wait_ms: int = Field(20, ge=0)
    # Kafka's metadata.max.age.ms for every client (consumer, readers, producer, admin): how often the
    # cluster metadata is read again even when nothing failed. It is how a client learns of partitions added
    # while it runs: kafka-python's default (300,000) left records on a new input partition unread (and the
    # group unbalanced) for up to 5 minutes; 30 s costs one small metadata request per client per 30 s
    metadata_max_age_ms: int = Field(30_000, ge=1000)
    linger_ms: int = Field(2, ge=0)  # producer batching delay
    delivery_timeout_ms: int = Field(30_000, ge=1000)  # a batch's outputs must be acknowledged within this
    delivery_attempts: int = Field(3, ge=1)  # tenacity attempts per batch before seeking back and re-polling
    state_catchup_timeout_s: float = Field(60.0, gt=0)  # reading the flag-state topic at startup/rebalance
    # /readyz input_moving: red when records wait beyond a partition's position and it has not moved for
    # this long (the end offsets are read every half of it; triage.stream.progress)
    input_stall_s: float = Field(10.0, gt=0)
    # the one size limit: larger input records are dead-lettered as oversize, the producer sends records up
    # to it + 64 KiB, dead letters are fitted below that (triage.stream.kafka_io.max_request_size)
    max_message_bytes: int = Field(1_000_000, ge=1024)
    # the longest report text the decision core decides (characters). 200,000 is ~50x the longest real
    # radiology report (a few thousand characters, a long multi-part CT/MR at most ~20,000) yet bounds what
    # one record costs (a 900 KB report of 36,000 sentences held its partition ~18 s): longer reports are
    # dead-lettered `report_too_long`, never truncated (a cut report may lose its positive sentence)
    max_report_chars: int = Field(200_000, ge=1000)
    create_topics: bool = False  # create missing topics at start-up instead of refusing to start
    # start-up wait for the broker (seconds): None = until it answers (/readyz 503, /healthz 200 meanwhile);
    # a finite wait that runs out stops `triage run` with one error line and exit code 4
    broker_wait_s: float | None = Field(None, gt=0)
    ready_stall_s: float = Field(30.0, gt=0)  # /readyz 503 when the loop has not gone round for this long

    # model
    model_dir: Path = DEFAULT_MODEL_DIR
    device: Literal["auto", "cpu", "cuda"] = "auto"
    # torch intra-op CPU threads for scoring; None = usable CPUs - 1 (at least 1): the daemon parses, builds
    # outputs and talks to Kafka in another thread while a batch is scored, and oversubscribed torch threads
    # slow every batch down (measured: 2 threads on 2 busy cores score 10x slower than 1)
    score_threads: int | None = Field(None, ge=1)
    threshold: float | None = Field(None, ge=0.0, le=1.0)  # override the artifact's operating threshold
    # decision: network, ConText rules, or both (triage.pipeline.policy documents the combination)
    decision_policy: Literal["model", "rules", "ensemble"] = "ensemble"
    rules_terms_file: Path | None = None  # a site's extra ICH target terms (triage.rules, JSON)
    # a site's extra conclusion heading names (e.g. ASSESSMENT), beside IMPRESSION/CONCLUSION/SUMMARY/...
    conclusion_headings: StrList = Field(default_factory=list)
    publish_review: bool = False  # send network/rules disagreements to topics.review for a radiologist

    # which reports are scored; others get an audit record "skipped: procedure_filter"
    procedure_codes: StrList = Field(default_factory=list)  # exact OBR-4.1 codes (any match scores)
    procedure_pattern: str | None = DEFAULT_HEAD_CT_PATTERN  # regex on OBR-4.2 text; None disables

    # the fields that may carry the accession number, tried in order; the first value that can be an
    # identifier wins (a digit, not only zeros, no space: triage.hl7.accession), e.g. OBR-3,OBR-20 for a feed
    # whose OBR-18 holds something else; OBR-18! trusts the field (any value). The default suits IHE feeds
    # (IPC-1, OBR-18) and the rest
    accession_sources: StrList = Field(default_factory=lambda: list(DEFAULT_ACCESSION_SOURCES))

    # the sender's time zone (IANA name) for HL7 timestamps without an offset; UTC when not set
    hl7_timezone: str = "UTC"

    # FHIR: release of the Flags (R4 = 4.0.1, validated with the R4B models: Flag and Device are identical),
    # identifier systems (absolute URI, or a bare OID written as urn:oid:...) and the base URL of the
    # profile, extension, CodeSystem and model-identifier URLs (triage.fhir.flag)
    fhir_release: Literal["R4", "R4B", "R5"] = "R4B"
    # patient identifier system; None: urn:triage:id-authority:<PID-3.4> (the value alone without PID-3.4)
    fhir_patient_system: str | None = None
    fhir_accession_system: str = "urn:triage:accession"
    # visit (PV1-19) identifier system; None: urn:triage:visit-number[:<MSH-4>]
    fhir_visit_system: str | None = None
    fhir_base_url: str = DEFAULT_FHIR_BASE_URL
    # shadow: Flags go to topics.shadow_worklist, state and dead letters to the shadow topics (run_topics);
    # audit records (shared topic) say mode=shadow
    shadow: bool = False

    # observability
    # loopback by default: /metrics and the probes answer only on this host. A container or pod must listen on
    # every interface for the kubelet's probes and Prometheus: deploy/ sets TRIAGE_HTTP_HOST=0.0.0.0.
    http_host: str = "127.0.0.1"
    http_port: int = Field(8080, ge=0, le=65535)  # /metrics, /healthz, /readyz; 0 = any free port
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("procedure_codes", "conclusion_headings", "accession_sources", mode="before")
    @classmethod
    def _list_from_env(cls, value: Any) -> Any:
        return split_list(value)

    @model_validator(mode="after")
    def _effective_frame_limit(self) -> Settings:
        # mllp.max_frame_bytes unset means max_message_bytes (what the daemon accepts): resolved here, once,
        # so `triage config show` prints the limit `triage mllp` applies instead of null
        if self.mllp.max_frame_bytes is None:
            mllp = self.mllp.model_copy(update={"max_frame_bytes": self.max_message_bytes})
            object.__setattr__(self, "mllp", mllp)  # frozen: set once, while validating
        return self

    @field_validator("accession_sources")
    @classmethod
    def _accession_fields(cls, value: list[str]) -> list[str]:
        refs = [field_ref(v) for v in value]
        if not refs:
            raise ValueError("at least one field is needed, e.g. OBR-18,OBR-3")
        if len({r.field_name for r in refs}) != len(refs):
            raise ValueError(f"a field is listed twice: {','.join(map(str, refs))}")
        return [str(r) for r in refs]

    @field_validator("bootstrap_servers")
    @classmethod
    def _servers(cls, value: str) -> str:
        return bootstrap_list(value)

    @field_validator("procedure_pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        return compiled_pattern(value)

    @field_validator("hl7_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as America/New_York)") from None
        return value

    @field_validator("fhir_patient_system", "fhir_accession_system", "fhir_visit_system")
    @classmethod
    def _system(cls, value: str | None) -> str | None:
        return identifier_system(value)

    @field_validator("fhir_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        text = value.strip().rstrip("/")
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", text):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return text

    @property
    def hl7_tzinfo(self) -> tzinfo:
        """The zone HL7 timestamps without an offset are read in."""
        return ZoneInfo(self.hl7_timezone)

    @property
    def flag_topic(self) -> str:
        return self.topics.shadow_worklist if self.shadow else self.topics.worklist

    @property
    def mode(self) -> str:
        return "shadow" if self.shadow else "live"

    @cached_property
    def pipeline(self) -> PipelineSettings:
        """The slice the decision core reads (triage.pipeline.decision), resolved once."""
        return PipelineSettings(
            decision_policy=self.decision_policy,
            threshold=self.threshold,
            conclusion_headings=tuple(self.conclusion_headings),
            procedure_codes=tuple(self.procedure_codes),
            procedure_pattern=self.procedure_pattern,
            max_message_bytes=self.max_message_bytes,
            max_report_chars=self.max_report_chars,
            hl7_timezone=self.hl7_timezone,
            rules_terms_file=self.rules_terms_file,
            accession_sources=tuple(self.accession_sources),
            priority=self.priority.policy(),
        )

    @cached_property
    def run_topics(self) -> RunTopics:
        """The topics a run reads and writes, shadow mode applied: a run takes it once at its edge."""
        t = self.topics
        return RunTopics(
            input=t.input,
            flag=self.flag_topic,
            flag_state=t.shadow_flag_state if self.shadow else t.flag_state,
            dead_letter=t.shadow_dead_letter if self.shadow else t.dead_letter,
            audit=t.audit,
            review=t.review,
            mode="shadow" if self.shadow else "live",
        )

    @cached_property
    def outputs(self) -> OutputSettings:
        """The Processor's output slice, taken once when it is built."""
        return OutputSettings(
            topics=self.run_topics,
            fhir_release=self.fhir_release,
            fhir_site=FhirSite(
                base_url=self.fhir_base_url,
                patient_system=self.fhir_patient_system,
                accession_system=self.fhir_accession_system,
                visit_system=self.fhir_visit_system,
            ),
            publish_review=self.kafka.publish_review,  # one source: the run's topics include the review topic
        )

    @cached_property
    def kafka(self) -> KafkaSettings:
        """The Kafka clients' and the streaming loop's slice, taken once at the edge."""
        return KafkaSettings(
            bootstrap_servers=self.bootstrap_servers,
            group_id=self.group_id,
            client_id=self.client_id,
            security=self.security,
            topics=self.topics,
            topic_retention=self.topic_retention,
            compression=self.producer.compression,
            producer_batch_size=min(self.producer.batch_size, self.max_message_bytes),
            batch_max_records=self.batch_max_records,
            batch_max_wait_ms=self.batch_max_wait_ms,
            session_timeout_ms=self.session_timeout_ms,
            heartbeat_interval_ms=self.heartbeat_interval_ms,
            auto_offset_reset=self.auto_offset_reset,
            isolation_level=self.isolation_level,
            fetch_max_wait_ms=self.fetch_max_wait_ms,
            metadata_max_age_ms=self.metadata_max_age_ms,
            linger_ms=self.linger_ms,
            delivery_timeout_ms=self.delivery_timeout_ms,
            delivery_attempts=self.delivery_attempts,
            state_catchup_timeout_s=self.state_catchup_timeout_s,
            input_stall_s=self.input_stall_s,
            max_message_bytes=self.max_message_bytes,
            create_topics=self.create_topics,
            broker_wait_s=self.broker_wait_s,
            publish_review=self.publish_review,
            key_secret=self.key_secret,
        )

    @cached_property
    def obs(self) -> ObsSettings:
        """The observability slice (HTTP endpoints, log level, readiness stall)."""
        return ObsSettings(
            http_host=self.http_host,
            http_port=self.http_port,
            log_level=self.log_level,
            ready_stall_s=self.ready_stall_s,
        )

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Settings:
        """A copy with `update` applied and its slices resolved again (never the original's, cached)."""
        copied = super().model_copy(update=update, deep=deep)
        for name in _SLICES:
            copied.__dict__.pop(name, None)
        return copied

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # init kwargs are the CLI flags; the config file (set by load_settings) is the lowest layer
        return (init_settings, env_settings, file_secret_settings, _ConfigFileSource(settings_cls))


#: Settings' slices, each resolved once (functools.cached_property in the frozen model's __dict__)
_SLICES = ("pipeline", "run_topics", "outputs", "kafka", "obs")

_FILE_VALUES: ContextVar[dict[str, Any] | None] = ContextVar("triage_config_file_values", default=None)


class _ConfigFileSource(PydanticBaseSettingsSource):
    """The values of the config file given to load_settings(); pydantic-settings deep-merges the layers."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        values = _FILE_VALUES.get() or {}
        return values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(_FILE_VALUES.get() or {})


def read_config_file(path: Path) -> dict[str, Any]:
    """Read a YAML or TOML config file into a dict, with one clear error when it cannot be used."""
    kind = "TOML" if path.suffix == ".toml" else "YAML"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"config file {path}: not UTF-8 text (byte {exc.start})") from None
    # the parsers' messages quote the offending line, which may hold a secret: only its position is shown
    try:
        data = tomllib.loads(raw) if kind == "TOML" else yaml.safe_load(raw)
    except tomllib.TOMLDecodeError as exc:
        where = f" at line {exc.lineno}, column {exc.colno}" if hasattr(exc, "lineno") else _toml_where(exc)
        raise ConfigError(f"config file {path}: not valid TOML{where}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise ConfigError(f"config file {path}: not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must contain a mapping of settings at top level")
    return data


def _toml_where(exc: tomllib.TOMLDecodeError) -> str:
    # Python < 3.14 puts the position only in the message: "... (at line 3, column 7)"
    found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    return f" at line {found[1]}, column {found[2]}" if found else ""


def known_env_names() -> set[str]:
    """Every TRIAGE_* environment variable triage reads: one per setting, one per nested setting
    (``TRIAGE_TOPICS__AUDIT``), and the few that are not settings (OTHER_TRIAGE_ENV)."""
    names = set(OTHER_TRIAGE_ENV)
    for name, field in Settings.model_fields.items():
        names.add(f"TRIAGE_{name.upper()}")
        nested = field.annotation
        if isinstance(nested, type) and issubclass(nested, BaseModel):
            names.update(f"TRIAGE_{name.upper()}__{sub.upper()}" for sub in nested.model_fields)
    return names


def unknown_env_warnings(environ: Mapping[str, str] | None = None) -> list[str]:
    """One line per TRIAGE_* variable that names no setting, with the closest known name when there is one."""
    env = os.environ if environ is None else environ
    known = known_env_names()
    lines = []
    for key in sorted(env):
        if key.upper().startswith("TRIAGE_") and key.upper() not in known and not _in_a_slice(key):
            lines.append(f"unknown setting {key} ignored{_did_you_mean(key, known)}")
    return lines


def _did_you_mean(key: str, known: set[str]) -> str:
    close = difflib.get_close_matches(key.upper(), sorted(known), n=1, cutoff=0.75)
    return f"; did you mean {close[0]}?" if close else ""


def _in_a_slice(key: str) -> bool:
    """TRIAGE_<SLICE>__<NAME> of a settings slice: the slice refuses an unknown name (an error line with the
    hint, from load_settings), so it is not also warned about as 'ignored'."""
    head, sep, _ = key.upper().removeprefix("TRIAGE_").partition("__")
    field = Settings.model_fields.get(head.lower())
    nested = field.annotation if field is not None else None
    return bool(sep) and isinstance(nested, type) and issubclass(nested, BaseModel)


def _warn_stderr(message: str) -> None:
    print(f"triage: warning: {message}", file=sys.stderr, flush=True)


def load_settings(
    config_file: Path | None = None,
    *,
    warn: Callable[[str], None] | None = _warn_stderr,
    **cli_overrides: Any,
) -> Settings:
    """Build Settings: CLI > env (TRIAGE_*) > config file (`config_file` or TRIAGE_CONFIG) > defaults.

    `cli_overrides` are field names (nested ones as dicts, e.g. ``topics={"input": "x"}``); a value of None
    means "flag not given" and is ignored, also inside nested dicts. Unknown TRIAGE_* variables are passed
    to `warn` (default: one ``triage: warning:`` line each on stderr; None: not checked)."""
    if warn is not None:
        for line in unknown_env_warnings():
            warn(line)
    path = config_file or (Path(os.environ["TRIAGE_CONFIG"]) if os.environ.get("TRIAGE_CONFIG") else None)
    file_values = read_config_file(path) if path is not None else {}
    overrides = _drop_none(cli_overrides)
    token = _FILE_VALUES.set(file_values)
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        unknown = _unknown_file_key(exc, file_values)
        if unknown is not None:
            raise ConfigError(f"config file {path}: {unknown}") from None
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        where = f" (config file {path})" if path is not None else ""
        msg = str(first["msg"]).removeprefix("Value error, ")
        if first["type"] == "extra_forbidden" and len(first["loc"]) == 2 and path is None:
            name = "TRIAGE_" + "__".join(str(p).upper() for p in first["loc"])
            msg = f"unknown setting {name}{_did_you_mean(name, known_env_names())}"
        env_name = "TRIAGE_" + "__".join(str(p).upper() for p in first["loc"])
        if (
            first["loc"]
            and first["loc"][0] not in overrides
            and env_name in os.environ
            and env_name not in msg
        ):
            where = f" (from {env_name}){where}"  # name the variable the user set, not only the field
        raise ConfigError(f"invalid setting {loc or '(root)'}: {msg}{where}") from exc
    except SettingsError as exc:  # a TRIAGE_<SLICE> value that is not JSON (pydantic-settings parses it)
        cause = f" ({type(exc.__cause__).__name__}: {exc.__cause__})" if exc.__cause__ else ""
        raise ConfigError(f"invalid setting: {exc}{cause}") from exc
    finally:
        _FILE_VALUES.reset(token)


def _unknown_file_key(exc: ValidationError, file_values: Mapping[str, Any]) -> str | None:
    """'unknown setting KEY; did you mean CLOSEST?' for the first key of the config file that names no setting
    (a typo there was 'Extra inputs are not permitted', naming neither the fix nor the file's own spelling),
    or None when no such key is in the file (an unknown TRIAGE_<SLICE>__<NAME> is the environment's)."""
    for error in exc.errors():
        loc = error["loc"]
        if error["type"] != "extra_forbidden" or not loc:
            continue
        value: Any = file_values
        for part in loc:
            if not isinstance(value, Mapping) or part not in value:
                break
            value = value[part]
        else:
            model: Any = Settings
            for part in loc[:-1]:
                field = getattr(model, "model_fields", {}).get(str(part))
                model = field.annotation if field is not None else None
            known = sorted(getattr(model, "model_fields", ()))
            prefix = ".".join(str(p) for p in loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]).lower(), known, n=1, cutoff=0.6)
            hint = f"; did you mean {'.'.join(filter(None, (prefix, close[0])))}?" if close else ""
            return f"unknown setting {'.'.join(str(p) for p in loc)}{hint}"
    return None


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            value = _drop_none(value)
            if not value:
                continue
        if value is not None:
            out[key] = value
    return out


def masked_dump(settings: Settings) -> dict[str, Any]:
    """Settings as JSON-able dict with secrets replaced by '***' (pydantic's SecretStr already masks)."""
    return settings.model_dump(mode="json")
