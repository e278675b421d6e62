"""Kafka's metadata.max.age.ms (TRIAGE_METADATA_MAX_AGE_MS): every client the daemon makes carries it, so
partitions added to the input while the daemon runs are consumed within 30 s, not kafka-python's 5 minutes.
Pure: the clients' configs are captured where they would connect (no broker)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from pydantic import ValidationError

from triage.config import Settings
from triage.stream import kafka_io


@pytest.fixture
def configs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[type, dict[str, Any]]]:
    seen: list[tuple[type, dict[str, Any]]] = []

    def capture(client: type, cfg: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        seen.append((client, cfg))
        return SimpleNamespace(config=cfg)  # what make_consumer's wrappers read of a client

    monkeypatch.setattr(kafka_io, "connect_client", capture)
    return seen


def _make_all(settings: Settings) -> None:
    kafka_io.make_consumer(settings.kafka)
    kafka_io.make_consumer(settings.kafka, group=False)
    kafka_io.make_producer(settings.kafka)
    kafka_io.make_admin(settings.kafka)


def test_every_client_carries_the_metadata_max_age_default(configs: list) -> None:
    settings = Settings()
    assert settings.metadata_max_age_ms == 30_000 == settings.kafka.metadata_max_age_ms
    _make_all(settings)
    assert [c for c, _ in configs] == [KafkaConsumer, KafkaConsumer, KafkaProducer, KafkaAdminClient]
    for client, cfg in configs:
        assert cfg["metadata_max_age_ms"] == 30_000 != client.DEFAULT_CONFIG["metadata_max_age_ms"]
        unknown = set(cfg) - set(client.DEFAULT_CONFIG)  # kafka-python refuses a config it does not know
        assert not unknown, (client.__name__, unknown)


def test_the_site_setting_reaches_the_consumer(configs: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_METADATA_MAX_AGE_MS", "5000")
    _make_all(Settings())
    assert {cfg["metadata_max_age_ms"] for _, cfg in configs} == {5000}
    monkeypatch.setenv("TRIAGE_METADATA_MAX_AGE_MS", "10")  # a metadata request every 10 ms: refused
    with pytest.raises(ValidationError, match="metadata_max_age_ms"):
        Settings()
