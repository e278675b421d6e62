"""Prometheus metrics of the daemon (one registry per Daemon, so tests and the demo can run several).

Names follow Prometheus conventions (`_total` counters, `_seconds` histograms). Labels are bounded sets
(decision, reason, stage, partition): never an accession or any other per-message value.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

if TYPE_CHECKING:
    from triage.pipeline.audit import AuditRecord

STAGE_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)
# report time (OBR-22 / OBR-7 / MSH-7) → Flag acknowledged: seconds to days (feeds can lag, replays more)
CLINICAL_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 12 * 3600, 86400, 7 * 86400)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = Counter(
            "triage_records_consumed", "Kafka records consumed from the input topic", registry=r
        )
        self.decisions = Counter(
            "triage_decisions", "HL7 messages decided, by decision", ["decision"], registry=r
        )
        self.scored = Counter("triage_reports_scored", "Reports scored by the model", registry=r)
        self.decided_by = Counter(
            "triage_decided_by",
            "Scored reports by the component that decided under the decision policy (triage.pipeline.policy)",
            ["decided_by", "assertion"],
            registry=r,
        )
        self.disagreements = Counter(
            "triage_disagreements",
            "Scored reports where the network and the ConText rules pointed different ways (cases to label)",
            registry=r,
        )
        self.unknown_share = Histogram(
            "triage_unknown_token_share",
            "Share of a scored report's tokens outside the model's vocabulary: the first drift signal (a "
            "feed whose wording the model never saw moves this up)",
            buckets=(0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0),
            registry=r,
        )
        # rolling topic drift (triage.drift.monitor: off the hot path, updated every drift.interval_s)
        self.topic_drift_jsd = Gauge(
            "triage_topic_drift_jsd",
            "Jensen-Shannon divergence (bits, 0..1) of the last TRIAGE_DRIFT__WINDOW scored reports' LDA "
            "topic mixture from the topic model's reference mixture (the training corpus)",
            registry=r,
        )
        self.unknown_share_rolling = Gauge(
            "triage_unknown_token_share_rolling",
            "Mean share of tokens outside the classifier's vocabulary over the drift window",
            registry=r,
        )
        self.drift_window_reports = Gauge(
            "triage_topic_drift_window_reports", "Reports in the drift window (the gauges above)", registry=r
        )
        self.drift_dropped = Counter(
            "triage_topic_drift_dropped",
            "Reports not given to the drift thread because its queue was full (drift only; decisions are "
            "unaffected)",
            registry=r,
        )
        self.flagged = Counter(
            "triage_flags_published",
            "FHIR Flags published (acknowledged), by lifecycle action",
            ["action"],
            registry=r,
        )
        self.flagged_priority = Counter(
            "triage_flags_by_priority",
            "Active FHIR Flags published (created, updated, reactivated), by worklist priority"
            " (critical, urgent, routine, review; triage.priority)",
            ["priority"],
            registry=r,
        )
        self.skipped = Counter("triage_skipped", "Messages skipped, by reason", ["reason"], registry=r)
        self.dead_lettered = Counter(
            "triage_dead_letters", "Messages sent to the dead-letter topic, by reason", ["reason"], registry=r
        )
        self.batch_size = Histogram(
            "triage_batch_size_records", "Records per micro-batch", buckets=BATCH_BUCKETS, registry=r
        )
        self.stage = Histogram(
            "triage_stage_seconds",
            "Latency per stage: parse (per record), score and process (per batch), produce (until all outputs"
            " are acknowledged), commit, batch (poll end to commit)",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=r,
        )
        self.clinical_latency = Histogram(
            "triage_clinical_latency_seconds",
            "From the report's own time (OBR-22, else OBR-7, else MSH-7) to the Flag's acknowledgement",
            buckets=CLINICAL_BUCKETS,
            registry=r,
        )
        self.lag = Gauge(
            "triage_consumer_lag_records",
            "High watermark minus next offset, per input partition",
            ["topic", "partition"],
            registry=r,
        )
        self.delivery_failures = Counter(
            "triage_delivery_failures",
            "Output sends that were not acknowledged, one per output per attempt (retried, or dead-lettered)",
            registry=r,
        )
        self.commit_failures = Counter("triage_commit_failures", "Offset commits that failed", registry=r)
        self.rebalances = Counter("triage_rebalances", "Partition assignments received", registry=r)
        self.processing_errors = Counter(
            "triage_processing_errors", "Batches whose processing raised (isolated per record)", registry=r
        )
        self.input_undecodable = Counter(
            "triage_input_undecodable",
            "Input offsets the Kafka client could not decode, by reason: corrupt_batch or bad_header (a "
            "header key that is not UTF-8; both dead-lettered as coordinates, skipped) or codec_unavailable "
            "(the daemon stops with exit code 5)",
            ["reason"],
            registry=r,
        )
        self.codec_available = Gauge(
            "triage_kafka_codec_available",
            "1 when this install can read Kafka record batches compressed with the codec",
            ["codec"],
            registry=r,
        )
        self.stale_results = Counter(
            "triage_stale_results",
            "Reports whose OBR-25 stepped back behind the status their study's Flag rests on (a late P after "
            "the F): scored and audited (flag_action stale), the Flag left as it was",
            registry=r,
        )
        self.flag_state_entries = Gauge(
            "triage_flag_state_entries", "Studies in the flag-state cache", registry=r
        )
        self.ready = Gauge("triage_ready", "1 when /readyz answers 200", registry=r)
        self.model_info = Gauge(
            "triage_model_info",
            "Loaded model (value 1)",
            ["model_version", "model_sha256", "normalization_version", "mode"],
            registry=r,
        )

    def observe_decisions(self, audits: Iterable[AuditRecord]) -> None:
        """Count a batch's decisions: tallied here, then one increment per label set (a labelled child's
        lookup costs more than the count)."""
        decisions: collections.Counter[str] = collections.Counter()
        decided_by: collections.Counter[tuple[str, str]] = collections.Counter()
        skipped: collections.Counter[str] = collections.Counter()
        dead_lettered: collections.Counter[str] = collections.Counter()
        scored = disagreements = stale = 0
        for audit in audits:
            decision = str(audit.decision)
            if audit.flag_action == "stale":
                stale += 1
            decisions[decision] += 1
            if decision in ("positive", "negative"):
                scored += 1
                assertion = audit.rules.assertion if audit.rules is not None else "none"
                decided_by[(audit.decided_by or "unknown", assertion)] += 1
                if audit.disagreement:
                    disagreements += 1
                if audit.unknown_share is not None:
                    self.unknown_share.observe(audit.unknown_share)
            elif decision == "skipped":
                skipped[audit.reason or "unknown"] += 1
            elif decision == "dead_letter":
                dead_lettered[audit.reason or "unknown"] += 1
        for metric, counts in (
            (self.decisions, decisions),
            (self.skipped, skipped),
            (self.dead_lettered, dead_lettered),
        ):
            for label, n in counts.items():
                metric.labels(label).inc(n)
        for labels, n in decided_by.items():
            self.decided_by.labels(*labels).inc(n)
        if scored:
            self.scored.inc(scored)
        if disagreements:
            self.disagreements.inc(disagreements)
        if stale:
            self.stale_results.inc(stale)

    def observe_flag(self, audit: AuditRecord, published_at: datetime) -> None:
        self.flagged.labels(str(audit.flag_action)).inc()
        if audit.flag_status == "active":
            self.flagged_priority.labels(audit.priority or "unknown").inc()
        then = audit.report_time
        if then is not None and then.tzinfo is not None:
            self.clinical_latency.observe(max(0.0, (published_at - then).total_seconds()))

    def render(self) -> bytes:
        return generate_latest(self.registry)
