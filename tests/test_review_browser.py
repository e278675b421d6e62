"""The labeling page in a real browser: Debian's chromium, headless, driven by selenium (chromium-driver).

A reviewer labels 20 site reports with the keyboard only; the server is killed with SIGKILL in the middle of
labeling and restarted on the same database; then the export and the report. Skips, saying why, only when
chromium, chromium-driver or selenium cannot be had (`make setup` installs them).
Set TRIAGE_UPDATE_SCREENSHOTS=1 to copy the screenshots into docs/ (docs/validation.md shows them).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from triage.review.store import ReviewStore

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "data" / "site" / "site_reports.jsonl"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or (
    "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").exists() else None
)
TOKEN = "walkthrough-token-0123456789"

try:
    import selenium  # noqa: F401

    HAVE_SELENIUM = True
except ImportError:
    HAVE_SELENIUM = False

pytestmark = [
    pytest.mark.skipif(not HAVE_SELENIUM, reason="selenium is not installed (pip install -e '.[dev]')"),
    pytest.mark.skipif(
        CHROMIUM is None or DRIVER is None,
        reason="Debian's chromium and chromium-driver are not installed (apt-get install chromium "
        "chromium-driver; `make setup` does it)",
    ),
]


def _python(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "triage.cli", *args], env=env, text=True,
                          capture_output=True, timeout=300, **kw)  # fmt: skip


class Server:
    """`triage review serve` as the user runs it, in its own process."""

    def __init__(self, db: Path, tokens: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "triage.cli", "review", "serve", "--db", str(db), "--token-file",
             str(tokens), "--port", "0"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line.startswith("alice: http://127.0.0.1:"), line
        self.url = line.split(": ", 1)[1]

    def kill9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> int | None:
        """SIGTERM; the exit code (None when it had to be killed after 10 s)."""
        if self.proc.poll() is not None:
            return self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


@pytest.fixture
def browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--force-device-scale-factor=1"):  # fmt: skip
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _shown(driver: Any) -> tuple[int | None, str | None]:
    """(report number, accession) on the page; (None, None) on the 'nothing left' page."""
    if driver.find_element("id", "done").is_displayed():
        return None, None
    meta = driver.find_element("id", "meta").text
    parts = dict(zip(meta.split()[0::2], meta.split()[1::2], strict=False))
    number = parts.get("Report", "").lstrip("#")  # empty while the page is still loading
    if not number.isdigit() or "Accession" not in parts:
        return None, None
    return int(number), parts["Accession"]


def _severe(driver: Any) -> list[dict[str, Any]]:
    """The browser console's errors since the last call (failed requests, script errors, CSP blocks)."""
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _wait(driver: Any, condition: Any, timeout: float = 15.0) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.02).until(condition)


def _press(driver: Any, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(keys).perform()


def _screenshot(driver: Any, tmp: Path, name: str) -> Path:
    path = tmp / name
    driver.save_screenshot(str(path))
    if os.environ.get("TRIAGE_UPDATE_SCREENSHOTS") == "1":
        shutil.copy(path, ROOT / "docs" / name)
    return path


# the priority badge backgrounds of triage/review/static/app.css (#decision .priority.*)
PRIORITY_BADGES = {"critical": "#b00020", "urgent": "#ffe3c2", "routine": "#e6eef6", "review": "#efe6f7"}


def test_the_docs_picture_of_the_page_shows_the_priority_badge() -> None:
    """docs/validation.md shows docs/review_page.png: it was taken before the page showed the worklist
    priority (a positive report without its badge). The labeling test writes it (TRIAGE_UPDATE_SCREENSHOTS=1)
    at the first report with a priority; this checks the committed picture has a badge, by its colours."""
    image = pytest.importorskip("PIL.Image", reason="Pillow (with the train extra's matplotlib)")
    css = (ROOT / "triage" / "review" / "static" / "app.css").read_text()
    for level, colour in PRIORITY_BADGES.items():
        assert (
            f".priority.{level} {{" in css and colour in css.split(f".priority.{level} {{")[1].split("}")[0]
        )
    with image.open(ROOT / "docs" / "review_page.png") as picture:
        colours = picture.convert("RGB").getcolors(maxcolors=1 << 20) or []
    count = {f"#{r:02x}{g:02x}{b:02x}": n for n, (r, g, b) in colours}
    badge = max(count.get(c, 0) for c in PRIORITY_BADGES.values())
    assert badge >= 300, f"no priority badge in docs/review_page.png ({badge} badge-coloured pixels)"


def test_keyboard_labeling_of_20_reports_survives_kill_9_then_export_and_report(
    browser: Any, tmp_path: Path
) -> None:
    rows = [json.loads(x) for x in SITE.read_text().splitlines()]
    truth = {r["accession"]: r["truth"] for r in rows}
    db = tmp_path / "site.db"
    done = _python("review", "init", str(SITE), "--db", str(db), "--sample", "24", "--active", "10",
                   "--double-read", "0.25", "--device", "cpu")  # fmt: skip
    assert done.returncode == 0, done.stderr
    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps({"alice": TOKEN}))
    server = Server(db, tokens)
    try:
        browser.get(server.url)
        _wait(browser, lambda d: _shown(d)[0] is not None)
        assert "?token" not in browser.current_url  # the token left the address bar
        assert browser.find_elements("css selector", "#report mark.ev"), "rule evidence is highlighted"
        assert browser.find_elements("css selector", "#report .win"), "the deciding window is marked"

        pressed, seconds, killed = 0, [], False
        planned = {i.id: i for i in ReviewStore(db).items()}
        priorities_seen = set()
        while len(ReviewStore(db).labels()) < 20:
            number, accession = _shown(browser)
            assert number is not None and accession in truth
            # the decision's worklist priority, next to the decision (none for a negative)
            shown_priority = browser.find_elements("css selector", "#decision #priority")
            if planned[number].priority:
                assert [e.text for e in shown_priority] == [f"priority: {planned[number].priority.upper()}"]
                if not priorities_seen:  # the docs' picture: a positive report with its priority badge
                    _screenshot(browser, tmp_path, "review_page.png")
                priorities_seen.add(planned[number].priority)
            else:
                assert shown_priority == [] and planned[number].prediction == 0
            if pressed == 3:  # a note, typed without the mouse
                _press(browser, "/")
                _press(browser, "small volume, see thin slices")
                _press(browser, "\ue007")  # Enter: keeps the note, leaves the field
            start = time.perf_counter()
            _press(browser, "b" if truth[accession] else "n")
            pressed += 1
            if pressed == 10 and not killed:  # SIGKILL while the answer is on its way
                assert _severe(browser) == []  # up to here: no failed request, no script error, no CSP block
                server.kill9()
                killed = True
                assert ReviewStore(db).integrity() == "ok"
                server = Server(db, tokens)
                browser.get(server.url)
                _wait(browser, lambda d: _shown(d)[0] is not None)
                _severe(browser)  # the answer that was in flight failed, as it should: drained
                continue
            _wait(browser, lambda d, n=number: _shown(d)[0] != n)
            seconds.append(time.perf_counter() - start)
        store = ReviewStore(db)
        labels = store.labels()
        assert len(labels) == 20 and pressed - 20 <= 1  # at most the answer in flight at the kill was lost
        assert store.integrity() == "ok"
        items = {i.id: i for i in store.items()}
        for label in labels:
            assert label.reviewer == "alice" and label.model_version == store.meta()["model_version"]
            assert label.answer == ("bleed" if truth[items[label.item_id].accession] else "no_bleed")
        assert sum(1 for lab in labels if lab.note == "small volume, see thin slices") == 1
        assert priorities_seen, "a positive report's priority was shown"

        # <- shows the previous answer, marked; -> returns to the queue
        _press(browser, "\ue012")  # ArrowLeft
        _wait(browser, lambda d: d.find_elements("css selector", "#answers button.chosen"))
        _press(browser, "\ue014")  # ArrowRight
        _wait(browser, lambda d: not d.find_elements("css selector", "#answers button.chosen"))
        print(f"\nseconds per label (key -> next report shown): median {statistics.median(seconds):.3f}, "
              f"max {max(seconds):.3f}, n={len(seconds)}")  # fmt: skip
        assert statistics.median(seconds) < 2.0
        assert _severe(browser) == []
        assert server.stop() == 0  # SIGTERM: a clean exit within 10 s
    finally:
        server.stop()

    out = tmp_path / "labels.csv"
    done = _python("review", "export", "--db", str(db), "--out", str(out))
    assert done.returncode == 0, done.stderr
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    # one reader labeled 20: a double-read report among them awaits its second reader, not exported
    answered = {lab.item_id for lab in ReviewStore(db).labels()}
    complete = {planned[i].accession for i in answered if planned[i].readers == 1}
    assert len(answered) == 20 and len(complete) < 20  # the plan deals double-read reports to her too
    assert {r["accession"] for r in exported} == complete
    assert all(int(r["label"]) == truth[r["accession"]] for r in exported)
    report_dir = tmp_path / "report"
    done = _python("review", "report", "--db", str(db), "--out", str(report_dir))
    assert done.returncode == 0, done.stderr
    report = json.loads((report_dir / "report.json").read_text())
    assert report["random_sample"]["labeled"] == sum(1 for r in exported if r["queue"] == "random")
    browser.get((report_dir / "report.html").as_uri())
    assert "local performance report" in browser.find_element("tag name", "h1").text
    _screenshot(browser, tmp_path, "review_report.png")


# Two reports in a style of our own (not the generator's): the bleed is stated only in the FINDINGS, the
# IMPRESSION says nothing of it (the product decides by the FINDINGS); and a plain negative.
FINDINGS_ONLY = [
    {
        "id": "F1",
        "accession": "ACC-F1",
        "text": "EXAM: CT head without contrast.\nFINDINGS: The ventricles are normal in size. There is a "
        "small acute subdural hematoma along the left frontal convexity. No midline shift.\nIMPRESSION: "
        "Stable exam compared with prior. Follow up as clinically indicated.",
    },
    {
        "id": "N1",
        "accession": "ACC-N1",
        "text": "FINDINGS: Normal ventricles and sulci.\nIMPRESSION: No acute intracranial hemorrhage.",
    },
]


def test_a_report_decided_by_its_findings_shows_the_deciding_findings_sentence(
    browser: Any, tmp_path: Path
) -> None:
    """decided_by findings showed the IMPRESSION with nothing marked: the reviewer could not see why the
    product called it positive. Now the FINDINGS sentence that decided is shown with its evidence marked,
    as the conclusion's is; a report decided by its conclusion shows no such block."""
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in FINDINGS_ONLY))
    db = tmp_path / "f.db"
    done = _python("review", "init", str(src), "--db", str(db), "--sample", "2", "--active", "0",
                   "--device", "cpu")  # fmt: skip
    assert done.returncode == 0, done.stderr
    items = {i.accession: i for i in ReviewStore(db).items()}
    assert items["ACC-F1"].decided_by == "findings" and items["ACC-N1"].decided_by != "findings"
    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps({"alice": TOKEN}))
    server = Server(db, tokens)
    try:
        browser.get(server.url)
        seen = set()
        for _ in range(2):
            _wait(browser, lambda d: _shown(d)[0] is not None and _shown(d)[1] not in seen)
            _, accession = _shown(browser)
            seen.add(accession)
            block = browser.find_element("id", "findings")
            if accession == "ACC-F1":
                assert block.is_displayed()
                sentence = browser.find_element("id", "findings-sentence").text
                assert (
                    sentence == "There is a small acute subdural hematoma along the left frontal convexity."
                )
                marks = browser.find_elements("css selector", "#findings-sentence mark.ev")
                assert marks and "subdural" in marks[0].text and "affirmed" in marks[0].get_attribute("class")
                assert "FINDINGS" in browser.find_element("id", "findings-label").text
                _screenshot(browser, tmp_path, "review_findings.png")
            else:
                assert not block.is_displayed()
            _press(browser, "s")  # skip: the next report
        assert seen == {"ACC-F1", "ACC-N1"}
        assert _severe(browser) == []
    finally:
        server.stop()
