"""Daemon settings. Precedence (highest first): CLI flags > ``TRIAGE_*`` environment variables >
config file (``--config FILE`` or ``TRIAGE_CONFIG``; YAML or TOML) > defaults.

Secrets (SASL password, TLS key password) may be given as ``*_file`` paths; they are held as
``SecretStr`` and masked in every dump (``triage config show``).
"""

from __future__ import annotations

import os
import tomllib
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from triage.errors import ConfigError

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "model_artifacts"
DEFAULT_HEAD_CT_PATTERN = (
    r"(?i)\b(ct|computed tomography|cat scan)\b.*\b(head|brain|cranial|cranium|skull)\b"
    r"|\b(head|brain)\b.*\bct\b"
)


class TopicSettings(BaseModel):
    # a plain model (not BaseSettings): only TRIAGE_TOPICS__* env vars reach it, never a bare INPUT=...
    model_config = ConfigDict(extra="forbid")

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

    @classmethod
    def suffixed(cls, suffix: str) -> TopicSettings:
        """Every default topic name with ``.<suffix>`` appended: an isolated set of topics (tests, benchmarks,
        side-by-side runs on one broker) that cannot forget a topic when a new one is added."""
        return cls(**{name: f"{field.default}.{suffix}" for name, field in cls.model_fields.items()})


class KafkaSecurity(BaseModel):
    """Passed through to kafka-python (security_protocol, sasl_mechanism, ssl_*)."""

    model_config = ConfigDict(extra="forbid")

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
                    setattr(self, name, SecretStr(path.read_text().strip()))
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
    # accepts; a larger frame is answered AR and discarded, the connection stays usable
    max_frame_bytes: int | None = Field(None, ge=1024)
    max_connections: int = Field(256, ge=1)  # more are closed at once (logged)
    # a connection that sends nothing (or does not read its ACKs) for this long is closed: half-open peers
    idle_timeout_s: float = Field(300.0, gt=0)
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


class Settings(BaseSettings):
    """All daemon settings. Nested fields use ``__`` in environment variables,
    e.g. ``TRIAGE_TOPICS__AUDIT=my.audit`` or ``TRIAGE_SECURITY__SASL_MECHANISM=SCRAM-SHA-512``."""

    model_config = SettingsConfigDict(env_prefix="TRIAGE_", env_nested_delimiter="__", extra="forbid")

    bootstrap_servers: str = "localhost:9092"
    group_id: str = "triage"
    client_id: str = "triage"
    topics: TopicSettings = Field(default_factory=TopicSettings)
    security: KafkaSecurity = Field(default_factory=KafkaSecurity)
    mllp: MllpSettings = Field(default_factory=MllpSettings)

    # micro-batching
    batch_max_records: int = Field(256, ge=1)
    batch_max_wait_ms: int = Field(20, ge=0)
    session_timeout_ms: int = Field(10_000, ge=1000)
    heartbeat_interval_ms: int = Field(3_000, ge=100)
    # a new group starts at the oldest retained record: a triage daemon must not skip reports
    auto_offset_reset: Literal["earliest", "latest"] = "earliest"
    # upper bound on how long a fetch waits for data; small keeps latency low on brokers without
    # long-poll wake-up (Tansu); Apache Kafka answers as soon as data arrives either way
    fetch_max_wait_ms: int = Field(10, ge=0)
    linger_ms: int = Field(2, ge=0)  # producer batching delay
    delivery_timeout_ms: int = Field(30_000, ge=1000)  # a batch's outputs must be acknowledged within this
    delivery_attempts: int = Field(3, ge=1)  # tenacity attempts per batch before seeking back and re-polling
    state_catchup_timeout_s: float = Field(60.0, gt=0)  # reading the flag-state topic at startup/rebalance
    # the one size limit: larger input records are dead-lettered as oversize, the producer sends records up
    # to it + 64 KiB, dead letters are fitted below that (triage.stream.kafka_io.max_request_size)
    max_message_bytes: int = Field(1_000_000, ge=1024)
    create_topics: bool = False  # create missing topics at start-up instead of refusing to start
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
    conclusion_headings: list[str] = Field(default_factory=list)
    publish_review: bool = False  # send network/rules disagreements to topics.review for a radiologist

    # which reports are scored; others get an audit record "skipped: procedure_filter"
    procedure_codes: list[str] = Field(default_factory=list)  # exact OBR-4.1 codes (any match scores)
    procedure_pattern: str | None = DEFAULT_HEAD_CT_PATTERN  # regex on OBR-4.2 text; None disables

    fhir_release: Literal["R4B", "R5"] = "R4B"
    # shadow: Flags go to topics.shadow_worklist, state and dead letters to the shadow topics (for_run());
    # audit records (shared topic) say mode=shadow
    shadow: bool = False

    # observability
    http_host: str = "0.0.0.0"
    http_port: int = Field(8080, ge=0, le=65535)  # /metrics, /healthz, /readyz; 0 = any free port
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @property
    def flag_topic(self) -> str:
        return self.topics.shadow_worklist if self.shadow else self.topics.worklist

    @property
    def mode(self) -> str:
        return "shadow" if self.shadow else "live"

    def for_run(self) -> Settings:
        """The settings a daemon runs with: in shadow mode `topics.flag_state` and `topics.dead_letter` are
        the shadow topics (Flags already go to `flag_topic`). Idempotent; live settings are returned as is."""
        if not self.shadow:
            return self
        topics = self.topics.model_copy(
            update={
                "flag_state": self.topics.shadow_flag_state,
                "dead_letter": self.topics.shadow_dead_letter,
            }
        )
        return self.model_copy(update={"topics": topics})

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
    try:
        raw = path.read_text()
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
    try:
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        kind = path.suffix.lstrip(".") or "YAML"
        raise ConfigError(f"config file {path} is not valid {kind}: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must contain a mapping of settings at top level")
    return data


def load_settings(config_file: Path | None = None, **cli_overrides: Any) -> Settings:
    """Build Settings: CLI > env (TRIAGE_*) > config file (`config_file` or TRIAGE_CONFIG) > defaults.

    `cli_overrides` are field names (nested ones as dicts, e.g. ``topics={"input": "x"}``); a value of None
    means "flag not given" and is ignored, also inside nested dicts."""
    path = config_file or (Path(os.environ["TRIAGE_CONFIG"]) if os.environ.get("TRIAGE_CONFIG") else None)
    file_values = read_config_file(path) if path is not None else {}
    overrides = _drop_none(cli_overrides)
    token = _FILE_VALUES.set(file_values)
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        where = f" (config file {path})" if path is not None else ""
        raise ConfigError(f"invalid setting {loc or '(root)'}: {first['msg']}{where}") from exc
    finally:
        _FILE_VALUES.reset(token)


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
