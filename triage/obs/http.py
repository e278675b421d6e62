"""HTTP endpoints: /metrics (Prometheus text format), /healthz, /readyz (JSON). Stdlib server in a thread."""

from __future__ import annotations

import errno
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

from prometheus_client import CONTENT_TYPE_LATEST

from triage.obs.health import Health
from triage.obs.metrics import Metrics


class _ThreadingHTTPServerV6(ThreadingHTTPServer):
    address_family = socket.AF_INET6  # the stdlib server is AF_INET only: `--host ::1` failed to resolve


def host_port(host: str, port: int) -> str:
    """`host:port`, an IPv6 literal in brackets (`[::1]:8765`) as a URL writes it."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def listen_error(what: str, host: str, port: int, exc: OSError, port_flag: str, host_flag: str) -> str:
    """One line for a listener that cannot bind, with the flag to change: the port when it is taken or
    privileged, else the address (not this host's, no such name)."""
    if exc.errno in (errno.EADDRINUSE, errno.EACCES):
        hint = f"choose another {port_flag}, or 0 for any free port"
    else:
        hint = f"give {host_flag} an address of this host"
    return f"cannot serve {what} on {host_port(host, port)}: {exc.strerror or exc} ({hint})"


class BackgroundServer:
    """A stdlib ThreadingHTTPServer served from a daemon thread: `.start()`, `.port` (port 0 picks a free
    one), `.stop()`. Shared by the metrics/health endpoints and the review page (triage/review/web.py)."""

    thread_name = "triage-http"

    def __init__(self, host: str, port: int, handler: type[BaseHTTPRequestHandler]) -> None:
        server = _ThreadingHTTPServerV6 if ":" in host else ThreadingHTTPServer
        self._server = server((host, port), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._server.serve_forever, name=self.thread_name, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class ObsServer(BackgroundServer):
    """`ObsServer(metrics, health, host, port).start()`; port 0 picks a free one (see `.port`)."""

    def __init__(self, metrics: Metrics, health: Health, host: str = "127.0.0.1", port: int = 8080) -> None:
        self.metrics = metrics
        self.health = health
        super().__init__(host, port, _make_handler(metrics, health))


def _make_handler(metrics: Metrics, health: Health) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                metrics.ready.set(1 if health.ready()[0] else 0)
                self._send(200, metrics.render(), CONTENT_TYPE_LATEST)
            elif path == "/healthz":
                ok, body = health.alive()
                self._json(200 if ok else 503, body)
            elif path == "/readyz":
                ok, body = health.ready()
                self._json(200 if ok else 503, body)
            else:
                self._json(404, {"error": "not found", "endpoints": ["/metrics", "/healthz", "/readyz"]})

        def _json(self, code: int, body: dict[str, Any]) -> None:
            self._send(code, json.dumps(body).encode("utf-8"), "application/json")

        def _send(self, code: int, payload: bytes, content_type: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # probes every few seconds: not worth a line
            return

    return Handler
