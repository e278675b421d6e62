"""`triage review serve`: the labeling page. Stdlib http.server (as triage/obs/http.py), no external assets.

Security: bound to 127.0.0.1 by default; any other address needs TLS (``--tls-cert``/``--tls-key``). Every
request needs a reviewer's token: ``Authorization: Bearer <token>`` (scripts), or the ``triage_review``
cookie the page's first URL (``/?token=...``) sets (HttpOnly, SameSite=Strict, Secure under TLS) before
redirecting to a URL without it. A token names its reviewer: that name is who each label records. POSTs also
need the ``X-Triage-Review`` header (a cross-site form cannot send it). The page's Content-Security-Policy
allows nothing outside this server.

PHI: report text leaves this process only in the bodies of /api responses (``Cache-Control: no-store``);
nothing is logged per request (no access log: URLs may carry a token), and errors name ids, never text.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import json
import ssl
from http.server import BaseHTTPRequestHandler
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from triage.errors import ConfigError
from triage.obs.http import BackgroundServer, listen_error
from triage.review.store import ANSWERS, Item, ReviewStore

COOKIE = "triage_review"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
STATIC = {"/app.js": "text/javascript; charset=utf-8", "/app.css": "text/css; charset=utf-8"}
MAX_BODY = 64 * 1024


def _item_id(value: Any) -> int | None:
    """A non-negative integer that SQLite can hold (ids, Content-Length), else None: a bool, a float,
    ``1e400`` or ``10**30`` is not one (they raised OverflowError and dropped the connection)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if 0 <= number < 2**63 else None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _static(name: str) -> bytes:
    return resources.files("triage.review").joinpath("static", name).read_bytes()


def item_json(item: Item, meta: dict[str, Any], *, blind: bool = False) -> dict[str, Any]:
    """What the page shows of one report. `blind`: without the product's decision and highlights, so a
    reader's label for the estimate is not anchored on the answer under test."""
    body: dict[str, Any] = {
        "id": item.id,
        "report_key": item.report_key,
        "accession": item.accession,
        "procedure_code": item.procedure_code,
        "document_type": item.document_type,
        "scored_text": item.scored_text,
        "text": item.text,
        "queue": item.queue,
        "reason": item.reason,
        "readers": item.readers,
        "blind": blind,
    }
    if not blind:
        body.update(
            {
                "probability": item.probability,
                "threshold": meta.get("threshold"),
                "rule_assertion": item.rule_assertion,
                "prediction": item.prediction,
                "decided_by": item.decided_by,
                "priority": item.priority,
                "policy": meta.get("policy"),
                "evidence": item.evidence,
                "window": None if item.window_start is None else [item.window_start, item.window_end],
                "findings_evidence": item.findings_evidence,
                "unknown_share": item.unknown_share,
                "model_version": meta.get("model_version"),
                "rules_version": meta.get("rules_version"),
            }
        )
    return body


class ReviewServer(BackgroundServer):
    """`ReviewServer(store, tokens).start()`; `tokens` maps each secret token to its reviewer's name; port 0
    picks a free port (see `.port`)."""

    thread_name = "triage-review"

    def __init__(
        self,
        store: ReviewStore,
        tokens: dict[str, str],
        host: str = "127.0.0.1",
        port: int = 8765,
        *,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
        blind: bool = False,
    ) -> None:
        if not tokens:
            raise ConfigError("the review server needs at least one reviewer token")
        if (tls_cert is None) != (tls_key is None):
            raise ConfigError("--tls-cert and --tls-key go together")
        if not is_loopback(host) and tls_cert is None:
            raise ConfigError(
                f"binding the review page to {host} exposes report text to the network: give --tls-cert and "
                f"--tls-key, or bind 127.0.0.1"
            )
        self.store = store
        self.tls = tls_cert is not None
        try:
            super().__init__(host, port, _make_handler(store, dict(tokens), self.tls, blind))
        except OSError as exc:  # port taken, address not on this host: a usage error, not a bug
            raise ConfigError(listen_error("the review page", host, port, exc, "--port", "--host")) from None
        if tls_cert is not None and tls_key is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            try:
                context.load_cert_chain(tls_cert, tls_key)
            except (OSError, ssl.SSLError) as exc:
                self._server.server_close()
                raise ConfigError(f"cannot load --tls-cert/--tls-key: {exc}") from None
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)


def _make_handler(
    store: ReviewStore, tokens: dict[str, str], tls: bool, blind: bool
) -> type[BaseHTTPRequestHandler]:
    meta = store.meta()
    page = _static("index.html")

    def reviewer_of(token: str | None) -> str | None:
        if not token:
            return None
        for known, name in tokens.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                return name
        return None

    class Handler(BaseHTTPRequestHandler):
        server_version = "triage-review"
        sys_version = ""

        def _reviewer(self) -> str | None:
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Bearer "):
                return reviewer_of(auth[7:].strip())
            for part in self.headers.get("Cookie", "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == COOKIE:
                    return reviewer_of(value)
            return None

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/healthz":
                return self._json(200, {"status": "ok"})
            if url.path == "/favicon.ico":
                return self._send(204, b"", "image/x-icon")
            if url.path == "/" and "token" in parse_qs(url.query):
                token = parse_qs(url.query)["token"][0]
                if reviewer_of(token) is None:
                    return self._json(401, {"error": "unknown token"})
                cookie = f"{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/" + ("; Secure" if tls else "")
                return self._send(303, b"", "text/plain", {"Location": "/", "Set-Cookie": cookie})
            reviewer = self._reviewer()
            if reviewer is None:
                return self._json(401, {"error": "open the URL `triage review serve` printed for you"})
            if url.path == "/":
                return self._send(200, page, "text/html; charset=utf-8")
            if url.path in STATIC:
                return self._send(200, _static(url.path[1:]), STATIC[url.path])
            if url.path == "/api/next":
                return self._json(200, self._next(reviewer))
            if url.path.startswith("/api/item/"):
                item_id = _item_id(url.path.rsplit("/", 1)[1])
                item = None if item_id is None else store.item(item_id)
                if item is None:
                    return self._json(404, {"error": "no such report"})
                return self._json(200, self._with_answer(item, reviewer))
            return self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            reviewer = self._reviewer()
            if reviewer is None:
                return self._json(401, {"error": "unauthorized"})
            if self.headers.get("X-Triage-Review") != "1":
                return self._json(403, {"error": "missing X-Triage-Review header"})
            if urlsplit(self.path).path != "/api/label":
                return self._json(404, {"error": "not found"})
            length = _item_id(self.headers.get("Content-Length") or "0")
            if length is None:  # "abc" or -1 (a read to the end of the stream: the thread hangs)
                return self._json(400, {"error": "Content-Length must be a byte count"})
            if length > MAX_BODY:
                return self._json(413, {"error": "body too large"})
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
                item_id, answer = _item_id(body["item"]), str(body["answer"])
                note = body.get("note")
            except (ValueError, KeyError, TypeError):
                item_id = None
            if item_id is None:
                return self._json(400, {"error": "expected JSON {item, answer, note}"})
            if answer not in ANSWERS:
                return self._json(400, {"error": f"answer must be one of {', '.join(ANSWERS)}"})
            try:
                store.add_label(item_id, reviewer, answer, note if isinstance(note, str) else None)
            except KeyError:
                return self._json(404, {"error": f"no report {item_id}"})
            return self._json(200, self._next(reviewer))

        def _next(self, reviewer: str) -> dict[str, Any]:
            item = store.next_item(reviewer)
            return {
                "reviewer": reviewer,
                "progress": store.progress(reviewer),
                "item": None if item is None else item_json(item, meta, blind=blind),
            }

        def _with_answer(self, item: Item, reviewer: str) -> dict[str, Any]:
            label = store.answer_of(item.id, reviewer)
            return {
                "reviewer": reviewer,
                "progress": store.progress(reviewer),
                "item": item_json(item, meta, blind=blind),
                "answer": None if label is None else {"answer": label.answer, "note": label.note},
            }

        def _json(self, code: int, body: dict[str, Any]) -> None:
            self._send(code, json.dumps(body).encode("utf-8"), "application/json")

        def _send(
            self, code: int, payload: bytes, content_type: str, extra: dict[str, str] | None = None
        ) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("X-Frame-Options", "DENY")
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # no access log: URLs may hold a token
            return

        def handle_one_request(self) -> None:
            """A request that fails is answered 500, with no traceback on the server's stderr (the stdlib
            prints one per failure and drops the connection unanswered)."""
            try:
                super().handle_one_request()
            except (ConnectionError, TimeoutError):
                self.close_connection = True
            except Exception as exc:
                self.close_connection = True
                with contextlib.suppress(Exception):
                    self._json(500, {"error": f"internal error ({type(exc).__name__})"})

    return Handler
