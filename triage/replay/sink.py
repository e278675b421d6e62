"""Where replayed audit records go: a JSONL file (default) or a topic of the user's choice.

File lines are the live audit record bytes (`triage.pipeline.audit.audit_json_bytes`) minus the two fields
that differ on every run, `timings` and `processed_at`, so the same range and models give the same file,
byte for byte (`keep_timings=True` keeps them, at the price of determinism). Topic output carries the live
bytes, headers and keys unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from triage.core import RecordOutcome
from triage.errors import DeliveryError, InputFileError
from triage.pipeline.audit import AuditRecord, audit_json_bytes, deterministic_view


def audit_line(record: AuditRecord, keep_timings: bool = False) -> bytes:
    """One JSONL line (with newline) for an audit record: its one serialization, without timings unless
    asked."""
    body = record.to_json()
    body = body if keep_timings else deterministic_view(body)
    return audit_json_bytes(body) + b"\n"


class Sink(Protocol):
    def write(self, per_record: Sequence[Sequence[RecordOutcome]]) -> None:
        """`per_record[i][m]` = outcome of record i under model m (models in CLI order)."""

    def commit(self) -> int | None:
        """Make everything written durable; returns the file length (None for a topic)."""

    def close(self) -> None: ...


class JsonlSink:
    """Appends complete lines; on resume the file is first cut back to the checkpoint's length."""

    def __init__(self, path: Path, *, resume_bytes: int | None = None, keep_timings: bool = False) -> None:
        self.path = path
        self.keep_timings = keep_timings
        try:
            if resume_bytes is None:
                self._fh = open(path, "wb")  # noqa: SIM115 - closed in close()
            else:
                self._fh = open(path, "r+b")  # noqa: SIM115
                size = os.fstat(self._fh.fileno()).st_size
                if size < resume_bytes:
                    raise InputFileError(
                        f"{path} has {size} bytes but the checkpoint says {resume_bytes} were written; "
                        "the output was truncated or replaced, start the replay again without --resume"
                    )
                self._fh.truncate(resume_bytes)
                self._fh.seek(resume_bytes)
        except OSError as exc:
            raise InputFileError(f"cannot write replay output {path}: {exc.strerror}") from exc

    def write(self, per_record: Sequence[Sequence[RecordOutcome]]) -> None:
        keep = self.keep_timings
        lines = [
            audit_line(audit, keep)
            for outcomes in per_record
            for outcome in outcomes
            for audit in outcome.audits
        ]
        self._fh.write(b"".join(lines))

    def commit(self) -> int:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        return self._fh.tell()

    def close(self) -> None:
        self._fh.close()


class TopicSink:
    """Produces the audit outputs to `topic` (and, only when asked, the Flags to the live worklist)."""

    def __init__(
        self,
        producer: Any,
        topic: str,
        *,
        audit_topic: str,
        flag_topics: Sequence[str] = (),
        live_worklist: str | None = None,
    ) -> None:
        self._producer = producer
        self._topic = topic
        self._audit_topic = audit_topic
        self._flag_topics = set(flag_topics)
        self._live_worklist = live_worklist
        self._futures: list[Any] = []

    def write(self, per_record: Sequence[Sequence[RecordOutcome]]) -> None:
        send = self._producer.send
        for outcomes in per_record:
            for outcome in outcomes:
                for msg in outcome.outputs:
                    if msg.topic == self._audit_topic:
                        target = self._topic
                    elif self._live_worklist is not None and msg.topic in self._flag_topics:
                        target = self._live_worklist
                    else:
                        continue  # flag-state updates and dead letters of a replay never leave it
                    self._futures.append(
                        send(target, key=msg.key, value=msg.value, headers=list(msg.headers))
                    )

    def commit(self) -> None:
        from kafka.errors import KafkaError

        self._producer.flush()
        try:
            for fut in self._futures:
                fut.get(timeout=30)
        except KafkaError as exc:
            raise DeliveryError(f"replay output to {self._topic} was not acknowledged: {exc}") from exc
        finally:
            self._futures.clear()
        return None

    def close(self) -> None:
        self._producer.close()
