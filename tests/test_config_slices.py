"""The settings slices the stream, MLLP and observability parts take (Settings.kafka, Settings.obs) carry the
values the whole Settings resolved (environment, config file, flags), frozen."""

from __future__ import annotations

import dataclasses

import pytest

from triage.config import KafkaSettings, ObsSettings, Settings, TopicSettings


def test_the_kafka_and_obs_slices_carry_the_resolved_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_BATCH_MAX_RECORDS", "17")
    monkeypatch.setenv("TRIAGE_PRODUCER__COMPRESSION", "zstd")
    monkeypatch.setenv("TRIAGE_HTTP_PORT", "9191")
    settings = Settings(
        bootstrap_servers="b1:9092,b2:9092",
        topics=TopicSettings.suffixed("x"),
        publish_review=True,
        broker_wait_s=4.5,
        ready_stall_s=12.0,
    )
    kafka, obs = settings.kafka, settings.obs
    for field in dataclasses.fields(KafkaSettings):
        expected = (
            settings.producer.compression if field.name == "compression" else getattr(settings, field.name)
        )
        assert getattr(kafka, field.name) == expected, field.name
    for field in dataclasses.fields(ObsSettings):
        assert getattr(obs, field.name) == getattr(settings, field.name), field.name
    assert (kafka.batch_max_records, kafka.compression, obs.http_port) == (17, "zstd", 9191)
    assert kafka.topics.input == settings.run_topics.input and kafka.publish_review
    with pytest.raises(dataclasses.FrozenInstanceError):
        kafka.group_id = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        obs.http_port = 1  # type: ignore[misc]
