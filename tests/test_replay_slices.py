"""Replay takes the settings' slices (Settings.kafka; Settings.pipeline and .outputs for its Processors), as
the stream layer does: the topics it refuses to write come from the Kafka slice it is given."""

from __future__ import annotations

import pytest

from triage.config import Settings, TopicSettings
from triage.errors import ConfigError
from triage.replay.engine import ReplayOptions, forbidden_out_topics, run_replay
from triage.replay.range import parse_bound


def _opts(out_topic: str, **kw: object) -> ReplayOptions:
    return ReplayOptions(
        topic="in",
        from_bound=parse_bound("beginning"),
        to_bound=parse_bound("end"),
        out_topic=out_topic,
        **kw,
    )  # type: ignore[arg-type]


def test_the_kafka_slice_names_the_topics_a_replay_refuses() -> None:
    kafka = Settings(topics=TopicSettings.suffixed("site")).kafka
    t = kafka.topics
    bad = forbidden_out_topics(t, live_worklist_ok=False)
    assert {t.input, t.flag_state, t.dead_letter, t.worklist, t.audit, t.shadow_flag_state} <= set(bad)
    assert t.worklist not in forbidden_out_topics(t, live_worklist_ok=True)
    with pytest.raises(ConfigError, match="live worklist"):
        run_replay(kafka, _opts(t.worklist), [])
    with pytest.raises(ConfigError, match="shadow lifecycle state"):
        run_replay(kafka, _opts(t.shadow_flag_state), [])
    # the worklist allowed, the next check speaks: the slice's topics were the only ones consulted
    with pytest.raises(ConfigError, match="batch-size"):
        run_replay(kafka, _opts(t.worklist, live_worklist_ok=True, batch_size=0), [])
    with pytest.raises(ConfigError, match="batch-size"):
        run_replay(kafka, _opts(Settings().kafka.topics.worklist, batch_size=0), [])  # not this site's
