"""A patient's PID-3 as a digest, never the identifier: the input topic's Kafka key (triage.mllp.keys) and the
patient a flag-state record belongs to (triage.pipeline.state.FlagState.patient_digest). Kept here, below
both, so the decision core and the ingest edge digest a patient the same way."""

from __future__ import annotations

import hashlib
import hmac

from pydantic import SecretStr

PATIENT_KEY_PREFIX = "pid-sha256:"  # no site secret: plain SHA-256, enumerable over an MRN space
PATIENT_HMAC_PREFIX = "pid-hmac:"  # with TRIAGE_KEY_SECRET: HMAC-SHA256(secret, PID-3)
PATIENT_KEY_PREFIXES = (PATIENT_KEY_PREFIX, PATIENT_HMAC_PREFIX)


def patient_identifier(patient_id: str, authority: str | None) -> str:
    """PID-3 in the CX notation the key digests: ``ID^^^AUTHORITY``, or ``ID`` without an authority."""
    return f"{patient_id}^^^{authority}" if authority else patient_id


def patient_key(patient_id: str, authority: str | None = None, secret: SecretStr | None = None) -> str:
    """The Kafka key of a patient: ``pid-sha256:`` + SHA-256 (hex) of ``patient_identifier`` in UTF-8 (a lone
    surrogate passed through, so a broken identifier still has one key); with a site `secret`,
    ``pid-hmac:`` + HMAC-SHA256(secret, the same bytes). Never the identifier itself."""
    raw = patient_identifier(patient_id, authority).encode("utf-8", "surrogatepass")
    if secret is not None and secret.get_secret_value():
        key = secret.get_secret_value().encode("utf-8")
        return PATIENT_HMAC_PREFIX + hmac.new(key, raw, hashlib.sha256).hexdigest()
    return PATIENT_KEY_PREFIX + hashlib.sha256(raw).hexdigest()
