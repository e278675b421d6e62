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
        producer = {"compression": settings.producer.compression, "producer_batch_size": 262_144}
        expected = producer[field.name] if field.name in producer else getattr(settings, field.name)
        assert getattr(kafka, field.name) == expected, field.name
    for field in dataclasses.fields(ObsSettings):
        assert getattr(obs, field.name) == getattr(settings, field.name), field.name
    assert (kafka.batch_max_records, kafka.compression, obs.http_port) == (17, "zstd", 9191)
    assert kafka.topics.input == settings.run_topics.input and kafka.publish_review
    with pytest.raises(dataclasses.FrozenInstanceError):
        kafka.group_id = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        obs.http_port = 1  # type: ignore[misc]


def test_slices_are_resolved_once_and_a_copy_resolves_its_own() -> None:
    settings = Settings(publish_review=True)
    for name in ("pipeline", "run_topics", "outputs", "kafka", "obs"):
        assert getattr(settings, name) is getattr(settings, name), name  # not rebuilt on every access
    copied = settings.model_copy(update={"group_id": "other", "shadow": True, "ready_stall_s": 3.0})
    assert (copied.kafka.group_id, copied.obs.ready_stall_s) == ("other", 3.0)
    assert (
        copied.run_topics.mode == "shadow" and copied.outputs.topics.flag == settings.topics.shadow_worklist
    )
    assert settings.kafka.group_id != "other" and settings.run_topics.mode == "live"
    assert copied == Settings(publish_review=True, group_id="other", shadow=True, ready_stall_s=3.0)


@pytest.mark.parametrize("value", ["true", "false"])
def test_publish_review_has_one_source(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """The review topic is a run topic (Settings.kafka) and an output (Settings.outputs): the same setting."""
    monkeypatch.setenv("TRIAGE_PUBLISH_REVIEW", value)
    settings = Settings()
    assert settings.outputs.publish_review is settings.kafka.publish_review is (value == "true")


def test_ready_stall_reaches_the_demo_daemons_health(monkeypatch: pytest.MonkeyPatch) -> None:
    """TRIAGE_READY_STALL_S sets /readyz of `triage demo`'s daemon (and of any Daemon: obs or health is
    required, no default that ignores it)."""
    from test_pipeline_support import KeywordScorer

    from triage.offline.demo import demo_daemon, demo_settings
    from triage.pipeline.process import Processor
    from triage.stream.daemon import Daemon

    monkeypatch.setenv("TRIAGE_READY_STALL_S", "7.5")
    settings = demo_settings("127.0.0.1:9", None)
    processor = Processor.from_settings(KeywordScorer(), settings)  # type: ignore[arg-type]
    assert demo_daemon(settings, processor).health.ready_stall_s == 7.5
    with pytest.raises(TypeError, match="obs"):
        Daemon(settings.kafka, processor)
