"""Observability without Kafka: PHI-safe JSON logs, metric bookkeeping from audit records, HTTP endpoints."""

from __future__ import annotations

import io
import json
import urllib.error
import urllib.request
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog

from triage.core import DecisionKind, FlagAction, SourceRef
from triage.obs.health import Health
from triage.obs.http import ObsServer
from triage.obs.logging import configure_logging, decision_fields
from triage.obs.metrics import Metrics
from triage.pipeline.audit import AuditRecord, AuditRules, ModelInfo, build_audit
from triage.priority import PriorityGrade


def _audit(**kw: Any) -> AuditRecord:
    """A typed audit record as the Processor builds it, with `kw` fields replaced."""
    base = build_audit(
        source=SourceRef("t", 1, 7, 0),
        decision=DecisionKind.POSITIVE,
        model=ModelInfo("m-1", "0" * 64, "norm-2", 0.5, "rules-1", "ensemble"),
        mode="live",
        processed_at=datetime(2024, 1, 1, tzinfo=UTC),
        timings={"parse_ms": 1.0, "score_ms": 2.0, "total_ms": 3.0},
        control_id="MSG1",
        accession="A1",
        score=0.93,
        flag_action=FlagAction.CREATED,
        flag_id="ich-x",
        flag_status="active",
        grade=PriorityGrade("critical", ()),
    )
    return replace(base, **kw)


def test_logs_are_json_lines_without_phi() -> None:
    out = io.StringIO()
    configure_logging("INFO", stream=out)
    log = structlog.get_logger("t")
    log.info("decision", **decision_fields(_audit()))
    log.info("oops", accession="A2", text="Acute SDH in Mr Smith", patient_name="SMITH^JOHN", DOB="19500101")
    log.debug("hidden")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [e["event"] for e in lines] == ["decision", "oops"]
    first, second = lines
    assert first["control_id"] == "MSG1" and first["accession"] == "A1" and first["latency_ms"] == 3.0
    assert first["decision"] == "positive" and first["flag_action"] == "created" and first["level"] == "info"
    assert "Smith" not in out.getvalue() and "19500101" not in out.getvalue()
    assert second["accession"] == "A2"
    assert second["phi_fields_dropped"] == ["DOB", "patient_name", "text"]


def test_metrics_count_decisions_and_clinical_latency() -> None:
    m = Metrics()
    now = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    m.observe_decisions(
        [
            _audit(),
            _audit(
                decision="negative",
                flag_action="none",
                flag_id=None,
                decided_by="rules_veto",
                disagreement=True,
                rules=AuditRules("historical", ("subdural",), "heading", ()),
                unknown_share=0.35,
            ),
            _audit(decision="skipped", reason="not_oru"),
            _audit(decision="dead_letter", reason="oversize"),
            _audit(decision="dead_letter", reason="oversize"),
            _audit(  # a late P after the F: the Flag left as it was
                decision="negative", flag_action="stale", reason="stale_result_status", flag_result_status="F"
            ),
        ]
    )
    m.observe_flag(_audit(report_time=now - timedelta(seconds=90)), now)
    m.observe_flag(_audit(flag_action="updated", flag_status="active", priority="routine"), now)
    m.observe_flag(_audit(flag_action="withdrawn", flag_status="inactive", priority=None), now)
    text = m.render().decode()

    def value(line_start: str) -> float:
        return next(float(line.split()[-1]) for line in text.splitlines() if line.startswith(line_start))

    assert value('triage_decisions_total{decision="positive"}') == 1
    assert value("triage_reports_scored_total") == 3
    assert value("triage_stale_results_total") == 1
    assert value('triage_decided_by_total{assertion="historical",decided_by="rules_veto"}') == 1
    assert value("triage_disagreements_total") == 1
    assert value('triage_unknown_token_share_bucket{le="0.3"}') == 0
    assert value('triage_unknown_token_share_bucket{le="0.4"}') == 1
    assert value('triage_skipped_total{reason="not_oru"}') == 1
    assert value('triage_dead_letters_total{reason="oversize"}') == 2
    assert value('triage_flags_published_total{action="created"}') == 1
    assert value('triage_flags_by_priority_total{priority="critical"}') == 1
    assert value('triage_flags_by_priority_total{priority="routine"}') == 1
    assert 'priority="unknown"' not in text and value('triage_flags_published_total{action="withdrawn"}') == 1
    assert value('triage_clinical_latency_seconds_bucket{le="60.0"}') == 0
    assert value('triage_clinical_latency_seconds_bucket{le="120.0"}') == 1
    assert value("triage_clinical_latency_seconds_sum") == 90


def _get(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_http_endpoints_follow_health() -> None:
    health = Health(stall_after_s=3600)
    server = ObsServer(Metrics(), health, "127.0.0.1", 0).start()
    try:
        code, body = _get(server.port, "/healthz")
        assert code == 200 and json.loads(body)["status"] == "ok"
        code, body = _get(server.port, "/readyz")
        assert code == 503 and json.loads(body)["checks"]["model_loaded"] is False
        health.model_loaded = True
        health.joined = True
        health.set_broker(True)
        code, body = _get(server.port, "/readyz")
        assert code == 200 and json.loads(body)["status"] == "ready", body
        health.set_broker(False, "KafkaConnectionError")
        code, body = _get(server.port, "/readyz")
        assert code == 503 and json.loads(body)["broker_error"] == "KafkaConnectionError"
        assert json.loads(body)["status"] == "not_ready"
        code, body = _get(server.port, "/metrics")
        assert code == 200 and b"triage_ready 0.0" in body
        assert _get(server.port, "/nope")[0] == 404
        health.stall_after_s = 0.0  # a loop that stopped going round is not alive
        assert _get(server.port, "/healthz")[0] == 503
    finally:
        server.stop()
