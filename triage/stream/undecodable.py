"""Input record batches the Kafka client cannot decode, and what the daemon does about them.

Three kinds, told apart by the error the client raises (`reason_of`):

* ``codec_unavailable`` (UnsupportedCodecError: the batch is compressed with a codec whose library this
  install lacks, or with a codec id the client does not know): nothing is wrong with the data, the install
  is. The daemon fails closed: /readyz red, ``triage_input_undecodable_total{reason="codec_unavailable"}``,
  one ``input_undecodable`` error line, the batch in hand is delivered and committed, and it exits with
  EXIT_INPUT_UNDECODABLE (5). Nothing is skipped: a fixed install reads the batch from the committed offset.
  The base install and the image read every Kafka codec (gzip, snappy, lz4, zstd); the
  ``triage_kafka_codec_available`` gauge and the TriageKafkaCodecUnavailable alert show a broken one before
  a batch arrives.
* ``bad_header`` (a record header key that is not UTF-8: the Kafka protocol's header key is a String, UTF-8;
  librdkafka's C API sends any bytes a producer gives it; kafka-python cannot unpack the record
  and raises CorruptRecordError from a UnicodeDecodeError): the batch is sound, one producer wrote a malformed
  header. Handled as a corrupt run below, under its own reason, so the producer's owners are told what to fix.
  kafka-python unpacks a batch record by record and stops at that header: the records after it in the same
  batch cannot be read past it and belong to the run (the probe finds where reading resumes, at the next
  batch).
* ``corrupt_batch`` (a CRC mismatch, a compressed payload that does not decompress, any other failure while
  the client unpacks a batch): the bytes are broken and re-reading them never helps. The offsets of the
  undecodable run (`scan_run`, at most MAX_RUN_OFFSETS at a time) get one coordinates-only dead letter
  (triage.pipeline.deadletter.coordinates_dead_letter: topic, partition, first and last offset, reason; the
  bytes stay in the input topic) and one audit record each (decision dead_letter; Processor.undecodable),
  are committed like any batch, and the partition moves on.

kafka-python (3.0.12) raises such an error from poll() once; polled again at the same position it loops
inside poll() for ever (the failed batch stays next in line and yields nothing: a hot spin that no SIGTERM
ends). `discard_failed_fetch` drops it, and a separate assign-only consumer (`Probe`) finds which partition
and offsets fail, so the daemon's own consumer never polls a failed position without a fresh fetch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import structlog
from kafka import KafkaConsumer, TopicPartition
from kafka import codec as kafka_codec
from kafka.errors import KafkaError, UnsupportedCodecError

from triage.config import KafkaSettings
from triage.errors import UndecodableInputError
from triage.pipeline.deadletter import MAX_ERROR_CHARS

log = structlog.get_logger("triage.stream")

CORRUPT_BATCH = "corrupt_batch"
BAD_HEADER = "bad_header"
CODEC_UNAVAILABLE = "codec_unavailable"
EXIT_INPUT_UNDECODABLE = 5
MAX_RUN_OFFSETS = 1000  # offsets per coordinates dead letter; a longer run gets several
PROBE_FETCH_S = 5.0  # one probe fetch waits at most this long for an answer
SCAN_BUDGET_S = 20.0  # one scan of a run stops after this (the rest is scanned at the next failure)


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A run of consecutive input offsets the client could not decode (`last_offset` inclusive)."""

    topic: str
    partition: int
    first_offset: int
    last_offset: int
    reason: str
    error_type: str

    @property
    def records(self) -> int:
        return self.last_offset - self.first_offset + 1

    @property
    def tp(self) -> TopicPartition:
        return TopicPartition(self.topic, self.partition)

    def describe(self) -> str:
        """PHI-free text: coordinates, count and error class (a decompressor's message is not repeated)."""
        what = {
            CODEC_UNAVAILABLE: "use a codec this install cannot read",
            BAD_HEADER: "cannot be read: the first has a header key that is not UTF-8",
        }.get(self.reason, "are corrupt")
        return (
            f"{self.records} offset(s) {self.first_offset}-{self.last_offset}"
            f" of {self.topic}[{self.partition}] {what} ({self.error_type});"
            " the original bytes stay in the input topic"
        )[:MAX_ERROR_CHARS]


def reason_of(error: BaseException) -> str:
    """codec_unavailable for an UnsupportedCodecError (fix the install), bad_header for a UnicodeDecodeError
    or an error raised from one (kafka-python raises CorruptRecordError from it; its only text decode while it
    unpacks a record is the header key: a producer's malformed header), corrupt_batch for anything else."""
    if isinstance(error, UnsupportedCodecError):
        return CODEC_UNAVAILABLE
    return BAD_HEADER if _from_unicode_error(error) else CORRUPT_BATCH


def _from_unicode_error(error: BaseException | None, depth: int = 0) -> bool:
    if error is None or depth > 4:
        return False
    if isinstance(error, UnicodeDecodeError):
        return True
    return _from_unicode_error(error.__cause__ or error.__context__, depth + 1)


def codec_support() -> dict[str, bool]:
    """Kafka codec → whether this install can decompress it (kafka-python finds the libraries at import)."""
    return {
        "gzip": kafka_codec.has_gzip(),
        "snappy": kafka_codec.has_snappy(),
        "lz4": kafka_codec.has_lz4(),
        "zstd": kafka_codec.has_zstd(),
    }


def discard_failed_fetch(consumer: KafkaConsumer) -> None:
    """Drop the fetched batch that just failed to decode, so the next poll at that position fetches it
    again (and fails again, once) instead of looping for ever. What kafka-python's Fetcher.close() does."""
    fetcher = getattr(consumer, "_fetcher", None)
    stuck = getattr(fetcher, "_next_partition_records", None)
    if stuck is not None:
        stuck.drain()
        fetcher._next_partition_records = None  # type: ignore[union-attr]
    if fetcher is not None and hasattr(fetcher, "_next_in_line_exception_metadata"):
        fetcher._next_in_line_exception_metadata = None


class Probe:
    """An assign-only consumer that fetches single positions to see whether they decode. Short-lived: the
    daemon opens one when a poll fails to decode and closes it when the run is found."""

    def __init__(self, kafka: KafkaSettings, stop: threading.Event | None = None) -> None:
        from triage.stream.kafka_io import make_consumer

        self.stop = stop or threading.Event()
        self.consumer = make_consumer(kafka, group=False, connect_timeout_s=5.0, max_poll_records=1)
        self._assigned: TopicPartition | None = None

    def close(self) -> None:
        self.consumer.close(autocommit=False)

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def end_offset(self, tp: TopicPartition) -> int:
        return int(self.consumer.end_offsets([tp])[tp])

    def fetch(self, tp: TopicPartition, offset: int) -> BaseException | int | None:
        """The error that reading `tp` at `offset` raises, else the offset of the first record read there,
        else None (nothing within PROBE_FETCH_S, or stopped)."""
        c = self.consumer
        if self._assigned != tp:
            c.assign([tp])
            self._assigned = tp
        c.seek(tp, offset)
        deadline = time.monotonic() + PROBE_FETCH_S
        while time.monotonic() < deadline and not self.stop.is_set():
            try:
                got = c.poll(timeout_ms=100, max_records=1)
            except Exception as exc:  # the decode failure itself, whatever its class
                discard_failed_fetch(c)
                return exc
            for rec in got.get(tp, ()):
                return int(rec.offset)
        return None

    def locate(
        self, positions: Mapping[TopicPartition, int]
    ) -> tuple[TopicPartition, int, BaseException] | None:
        """The first of `positions` (the daemon consumer's, after a failed poll) whose fetch fails."""
        ends = self.consumer.end_offsets(list(positions))
        for tp, offset in sorted(positions.items()):
            if offset >= ends.get(tp, 0):
                continue
            result = self.fetch(tp, offset)
            if isinstance(result, BaseException):
                return tp, offset, result
        return None

    def scan_run(self, tp: TopicPartition, first: int, error: BaseException) -> Undecodable:
        """The undecodable run that starts at `first`: every next offset is fetched until one decodes, the end
        of the partition, MAX_RUN_OFFSETS or SCAN_BUDGET_S. One fetch per offset (a fetch inside a bad batch
        returns that batch again): exact, and bounded."""
        end = self.end_offset(tp)
        deadline = time.monotonic() + SCAN_BUDGET_S
        last = first
        while (
            last + 1 < end
            and last + 1 - first < MAX_RUN_OFFSETS
            and time.monotonic() < deadline
            and not self.stop.is_set()
        ):
            result = self.fetch(tp, last + 1)
            if not isinstance(result, BaseException):
                break
            last += 1
        return Undecodable(tp.topic, tp.partition, first, last, reason_of(error), type(error).__name__)


def is_poll_decode_error(error: BaseException) -> bool:
    """Errors of poll() that may come from unpacking a fetched batch (the Probe tells for sure):
    kafka-python's CorruptRecordError and UnsupportedCodecError, and anything that is not a KafkaError (a
    decompressor's own exception). Other KafkaErrors (network, coordinator) are poll failures."""
    from kafka.errors import CorruptRecordError

    return isinstance(error, CorruptRecordError | UnsupportedCodecError) or not isinstance(error, KafkaError)


def reader_poll(consumer: KafkaConsumer, where: str, **poll_kwargs: Any) -> dict[Any, list[Any]]:
    """`consumer.poll(**poll_kwargs)` for the group-less readers (replay, fetch, tail, the flag-state store):
    a batch that cannot be decoded raises UndecodableInputError naming `where`, instead of the client's
    error once and a spin on the next poll."""
    try:
        return consumer.poll(**poll_kwargs)
    except Exception as exc:
        if not is_poll_decode_error(exc):
            raise
        raise reader_error(exc, where) from exc


def reader_error(error: BaseException, where: str) -> UndecodableInputError:
    """What a group-less reader (replay, fetch) raises for a batch it cannot decode: one clear line that names
    the partition read and what to do; never a retry (kafka-python would spin on the same position)."""
    reason = reason_of(error)
    # the class only for bad_header/corrupt_batch: their text can quote the record's bytes (kafka-python puts
    # the UnicodeDecodeError's repr, the undecodable bytes, in its CorruptRecordError; PHI could be in them);
    # a missing codec's text is the library's own words
    detail = str(error) if reason == CODEC_UNAVAILABLE else type(error).__name__
    hint = {
        CODEC_UNAVAILABLE: "install the codec libraries (python-snappy, lz4, zstandard: the base install "
        "brings them)",
        BAD_HEADER: "a record has a header key that is not UTF-8 (fix the producer); the daemon dead-letters "
        "such a run as coordinates (triage-dlq-format: coordinates)",
    }.get(reason, "the daemon dead-letters such a run as coordinates (triage-dlq-format: coordinates)")
    return UndecodableInputError(
        f"cannot decode a record batch of {where} ({reason}: {detail}); {hint}"[:MAX_ERROR_CHARS],
        reason=reason,
    )


def log_fields(run: Undecodable) -> dict[str, Any]:
    return {
        "topic": run.topic,
        "partition": run.partition,
        "first_offset": run.first_offset,
        "last_offset": run.last_offset,
        "records": run.records,
        "reason": run.reason,
        "error_type": run.error_type,
    }
