"""`triage review`: sampling plan, SQLite labels (kill -9, two reviewers), export, report numbers, the page's
HTTP contract. The browser test is tests/test_review_browser.py."""

from __future__ import annotations

import csv
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from triage.cli import main
from triage.errors import ConfigError, InputFileError
from triage.pipeline.clinical import wilson
from triage.review.results import consensus
from triage.review.sampling import Candidate, make_plan
from triage.review.stats import cohen_kappa, weighted_proportion
from triage.review.store import ReviewStore

SITE = Path(__file__).parent / "data" / "site" / "site_reports.jsonl"
ROOT = Path(__file__).resolve().parent.parent


def _truth() -> dict[str, int]:
    return {json.loads(x)["id"]: json.loads(x)["truth"] for x in SITE.read_text().splitlines()}


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site reports scored by the shipped model: 24 in the random sample (25 % double read), 10 active."""
    db = tmp_path_factory.mktemp("review") / "site.db"
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "init", str(SITE), "--db", str(db), "--sample", "24", "--active", "10",
              "--double-read", "0.25", "--device", "cpu"])  # fmt: skip
    assert exit_info.value.code == 0
    return db


def _copy(db: Path, tmp_path: Path) -> ReviewStore:
    dest = tmp_path / "copy.db"
    src = sqlite3.connect(db)
    with sqlite3.connect(dest) as out:
        src.backup(out)
    src.close()
    return ReviewStore(dest)


# ---------------------------------------------------------------- statistics


def test_wilson_matches_the_textbook_value() -> None:
    low, high = wilson(8, 10)  # Wilson 95 % for 8/10: 0.490 - 0.943 (Newcombe 1998, table I style)
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)


def test_weighted_proportion_uses_stratum_weights_and_kish_n() -> None:
    # 3 of 4 positives found in a stratum of weight 10, 1 of 1 in a stratum of weight 2
    est = weighted_proportion([True, True, True, False, True], [10, 10, 10, 10, 2])
    assert est.value == pytest.approx(32 / 42)
    assert est.n_eff == pytest.approx(42**2 / (4 * 100 + 4))
    assert est.low < est.value < est.high
    equal = weighted_proportion([True] * 8 + [False] * 2, [1.0] * 10)
    assert (equal.low, equal.high) == pytest.approx(wilson(8, 10))


def test_cohen_kappa() -> None:
    pairs = [("bleed", "bleed")] * 20 + [("no_bleed", "no_bleed")] * 15 + [("bleed", "no_bleed")] * 5
    # p_o = 35/40; p_e = (25/40)(20/40) + (15/40)(20/40) = 0.5 -> kappa 0.75
    assert cohen_kappa(pairs) == pytest.approx(0.75)
    assert cohen_kappa([("bleed", "bleed")] * 3) is None
    assert cohen_kappa([]) is None


def test_consensus() -> None:
    assert consensus(["bleed"]) == "bleed"
    assert consensus(["bleed", "no_bleed"]) == "disagreement"
    assert consensus(["bleed", "no_bleed", "bleed"]) == "bleed"
    assert consensus([]) is None


# ---------------------------------------------------------------- sampling


def _cand(i: int, prediction: int, p: float, *, dis: bool = False, unk: float = 0.0) -> Candidate:
    return Candidate(f"r{i}", None, None, None, "t", "t", p, "none", prediction, "model", dis, unk)


def test_plan_is_stratified_and_the_active_queue_takes_each_reason_in_turn() -> None:
    cands = [_cand(i, 1, 0.9) for i in range(20)] + [_cand(100 + i, 0, 0.01) for i in range(200)]
    cands[150] = _cand(150, 0, 0.45)  # nearest the threshold
    cands[151] = _cand(151, 0, 0.02, dis=True)
    cands[152] = _cand(152, 0, 0.02, unk=0.6)
    plan = make_plan(cands, 0.5, sample_size=30, positive_share=0.5, active_size=3, seed=1)
    random_items = [p for p in plan.items if p.queue == "random"]
    assert sorted(p.stratum for p in random_items).count("positive") == 15
    assert len(random_items) == 30 and plan.strata == {"positive": 20, "negative": 200}
    active = {p.reason: p.candidate.key for p in plan.items if p.queue == "active"}
    sampled = {p.candidate.key for p in random_items}
    for reason, key in (("near_threshold", "r150"), ("disagreement", "r151"), ("unknown_words", "r152")):
        assert active.get(reason) == key or key in sampled
    # a short stratum gives its share to the other
    short = make_plan(cands[:3] + cands[20:], 0.5, sample_size=30, positive_share=0.5, active_size=0)
    assert [p.stratum for p in short.items].count("positive") == 3 and len(short.items) == 30
    again = make_plan(cands, 0.5, sample_size=30, active_size=3, seed=1)
    assert [p.candidate.key for p in again.items] == [p.candidate.key for p in plan.items]


def test_drift_outliers_join_the_active_queue_most_surprising_first() -> None:
    from dataclasses import replace

    from triage.review.sampling import DRIFT_MIN_BITS

    cands = [replace(_cand(i, 0, 0.01), drift=9.0) for i in range(40)]
    cands[5] = replace(cands[5], drift=DRIFT_MIN_BITS + 0.5)
    cands[6] = replace(cands[6], drift=DRIFT_MIN_BITS + 2.0)
    cands[7] = replace(cands[7], drift=DRIFT_MIN_BITS - 0.01)  # below the cut: never a drift outlier
    plan = make_plan(cands, 0.5, sample_size=0, active_size=8)
    drifted = [p.candidate.key for p in plan.items if p.reason == "drift_outlier"]
    assert drifted == ["r6", "r5"]
    assert make_plan(cands, 0.5, sample_size=0, active_size=8, drift_min_bits=99.0).items[0].reason != (
        "drift_outlier"
    )


def test_site_style_reports_are_drift_outliers_generator_reports_are_not() -> None:
    """The drift score under the shipped topic model's baseline: the generator's own style (what the baseline
    was fitted on) stays mostly below the cut, the site's hand-written style mostly above it."""
    from triage.offline.synth.corpus import generate_reports
    from triage.review.drift import baseline_surprise
    from triage.review.sampling import DRIFT_MIN_BITS

    topics = ROOT / "model_artifacts" / "topics"
    generator = [r.text for r in generate_reports(300, seed=21)]
    site = [json.loads(x)["text"] for x in SITE.read_text().splitlines()]
    gen_scores = [x for x in baseline_surprise(topics, generator) if x is not None]
    site_scores = [x for x in baseline_surprise(topics, site) if x is not None]
    assert len(site_scores) == 40
    assert sum(x >= DRIFT_MIN_BITS for x in gen_scores) / len(gen_scores) < 0.1
    assert sum(x >= DRIFT_MIN_BITS for x in site_scores) / len(site_scores) > 0.6
    assert baseline_surprise(topics, ["", "subdural subdural"])[0] is None


def test_a_schema_1_database_gains_the_new_columns_and_keeps_its_labels(
    plan_db: Path, tmp_path: Path
) -> None:
    store = _copy(plan_db, tmp_path)
    store.add_label(1, "Dr A", "bleed")
    with sqlite3.connect(store.path) as conn:  # back to schema 1: the three columns gone
        conn.execute("ALTER TABLE items DROP COLUMN priority")
        conn.execute("ALTER TABLE items DROP COLUMN drift")
        conn.execute("ALTER TABLE items DROP COLUMN findings_evidence")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    reopened = ReviewStore(store.path)
    assert reopened.meta()["schema_version"] == 3
    items = reopened.items()
    assert all(i.priority is None and i.drift is None and i.findings_evidence is None for i in items)
    assert [(x.item_id, x.answer) for x in reopened.labels()] == [(1, "bleed")]


def test_init_scores_as_triage_label_does(plan_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "labelled.jsonl"
    code, _, _ = _cli(["label", str(SITE), "--out", str(out), "--device", "cpu", "-q"], capsys)
    assert code == 0
    labelled = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    store = ReviewStore(plan_db)
    items = store.items()
    assert len(items) == 34 and sum(i.queue == "random" for i in items) == 24
    assert sum(i.readers == 2 for i in items) == 6
    drifted = [i for i in items if i.reason == "drift_outlier"]
    assert drifted and all(i.drift >= store.meta()["plan"]["drift_min_bits"] for i in drifted)
    for item in items:
        row = labelled[item.report_key]
        assert item.probability == row["probability"]
        assert item.rule_assertion == row["rule_assertion"] and item.prediction == row["prediction"]
        assert item.priority == row["priority"]  # the worklist priority `triage label` gives (None: negative)
        assert item.drift is not None and item.drift > 0  # the shipped topic model scored every report
        assert item.stratum == ("positive" if item.prediction else "negative")
        for start, end, _concept, _assertion in item.evidence:
            assert 0 <= start < end <= len(item.scored_text)
        assert item.window_start is not None and item.window_end <= len(item.scored_text)
    meta = store.meta()
    assert meta["strata"] == {
        "positive": sum(r["prediction"] for r in labelled.values()),
        "negative": sum(1 - r["prediction"] for r in labelled.values()),
    }
    assert os.stat(plan_db).st_mode & 0o077 == 0  # PHI: owner only
    code, _, err = _cli(["review", "init", str(SITE), "--db", str(plan_db)], capsys)
    assert code == 2 and "already exists" in err


def test_evidence_span_covers_the_mention(plan_db: Path) -> None:
    item = next(i for i in ReviewStore(plan_db).items() if i.report_key == "site-001")
    spans = [item.scored_text[s:e].lower() for s, e, *_ in item.evidence]
    assert spans == ["subdural haematoma"]


# ---------------------------------------------------------------- store


def test_single_read_reports_go_to_one_reviewer_double_read_to_two(plan_db: Path, tmp_path: Path) -> None:
    store = _copy(plan_db, tmp_path)
    seen: dict[str, list[int]] = {"alice": [], "bob": []}
    while True:
        progressed = False
        for who in seen:
            item = store.next_item(who)
            if item is not None:
                seen[who].append(item.id)
                store.add_label(item.id, who, "no_bleed")
                progressed = True
        if not progressed:
            break
    readers = {i.id: i.readers for i in store.items()}
    both = set(seen["alice"]) & set(seen["bob"])
    assert both == {i for i, r in readers.items() if r == 2}
    assert set(seen["alice"]) | set(seen["bob"]) == set(readers)
    assert store.progress("alice")["open"] == 0
    label = store.labels()[0]
    meta = store.meta()
    assert (label.model_version, label.rules_version) == (meta["model_version"], meta["rules_version"])
    with pytest.raises(ValueError):
        store.add_label(1, "alice", "maybe")


def test_a_claim_keeps_a_report_from_a_second_single_reader(plan_db: Path, tmp_path: Path) -> None:
    store = _copy(plan_db, tmp_path)
    first = store.next_item("alice")
    assert first is not None and first.readers == 1
    assert store.next_item("alice").id == first.id  # asking again shows the same report
    assert store.next_item("bob").id != first.id
    store.add_label(first.id, "alice", "skip")  # a skip leaves the report for someone else
    ids = set()
    while (item := store.next_item("bob")) is not None:
        ids.add(item.id)
        store.add_label(item.id, "bob", "bleed")
    assert first.id in ids


_WRITER = """
import sys
from triage.review.store import ReviewStore
store = ReviewStore(sys.argv[1])
who = sys.argv[2]
items = [i.id for i in store.items()]
n = 0
print("ready", flush=True)
while True:
    for i in items:
        store.add_label(i, who, ("bleed", "no_bleed", "uncertain")[n % 3], "note %d" % n)
        n += 1
"""


def test_kill_9_in_the_middle_of_labeling_leaves_a_sound_database(plan_db: Path, tmp_path: Path) -> None:
    store = _copy(plan_db, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(store.path), who], env=env, stdout=subprocess.PIPE, text=True
        )
        for who in ("alice", "bob")  # two reviewers writing at once
    ]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 60
        while {lab.reviewer for lab in store.labels()} != {"alice", "bob"}:  # both are writing
            assert time.monotonic() < deadline, "the writers never both wrote"
            time.sleep(0.05)
        time.sleep(0.3)
        for p in procs:
            os.kill(p.pid, signal.SIGKILL)
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=10)
    assert all(p.returncode == -signal.SIGKILL for p in procs)
    assert store.integrity() == "ok"
    labels = store.labels()
    assert {lab.reviewer for lab in labels} == {"alice", "bob"}
    assert all(lab.answer in ("bleed", "no_bleed", "uncertain") and lab.note for lab in labels)
    store.add_label(1, "carol", "bleed")  # the database takes new labels after the crash
    assert store.answer_of(1, "carol").answer == "bleed"


# ---------------------------------------------------------------- export and report


def _label_all(store: ReviewStore, truth: dict[str, int], flip: set[str] = frozenset()) -> None:
    for who in ("alice", "bob"):
        while (item := store.next_item(who)) is not None:
            value = truth[item.report_key]
            if who == "bob" and item.report_key in flip:
                value = 1 - value
            store.add_label(item.id, who, "bleed" if value else "no_bleed")


def test_export_is_what_train_reads(plan_db: Path, tmp_path: Path, capsys) -> None:
    from triage.offline.datasets import read_dataset

    store = _copy(plan_db, tmp_path)
    truth = _truth()
    double = next(i for i in store.items() if i.readers == 2)
    _label_all(store, truth, flip={double.report_key})
    out = tmp_path / "labels.csv"
    code, stdout, _ = _cli(["review", "export", "--db", str(store.path), "--out", str(out)], capsys)
    assert code == 0 and "1 left out" in stdout  # the double-read disagreement
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 33 and all(int(r["label"]) == truth[r["id"]] for r in rows)
    data = read_dataset(out)
    assert len(data) == 33 and data.labels.sum() == sum(int(r["label"]) for r in rows)
    assert os.stat(out).st_mode & 0o077 == 0
    code, _, err = _cli(["review", "export", "--db", str(store.path), "--out", str(out)], capsys)
    assert code == 2 and "already exists" in err
    code, _, err = _cli(["review", "export", "--db", str(store.path), "-o", str(out), "--force",
                         "--uncertain-as", "maybe"], capsys)  # fmt: skip
    assert code == 2 and "--uncertain-as" in err


def test_report_numbers_are_the_weighted_estimates(plan_db: Path, tmp_path: Path, capsys) -> None:
    from triage.pipeline.policy import decide

    store = _copy(plan_db, tmp_path)
    truth = _truth()
    _label_all(store, truth)
    out = tmp_path / "report"
    code, stdout, _ = _cli(["review", "report", "--db", str(store.path), "--out", str(out)], capsys)
    assert code == 0 and "sensitivity" in stdout
    report = json.loads((out / "report.json").read_text())
    meta = store.meta()
    sample = [i for i in store.items() if i.queue == "random"]
    n_h = {h: sum(i.stratum == h for i in sample) for h in ("positive", "negative")}
    w = {i.id: meta["strata"][i.stratum] / n_h[i.stratum] for i in sample}
    for policy in ("model", "rules", "ensemble"):
        pred = {
            i.id: decide(policy, i.probability, meta["threshold"], i.rule_assertion).positive for i in sample
        }
        bleeds = [i for i in sample if truth[i.report_key]]
        clear = [i for i in sample if not truth[i.report_key]]
        sens = sum(w[i.id] for i in bleeds if pred[i.id]) / sum(w[i.id] for i in bleeds)
        spec = sum(w[i.id] for i in clear if not pred[i.id]) / sum(w[i.id] for i in clear)
        assert report["policies"][policy]["sensitivity"]["value"] == pytest.approx(sens)
        assert report["policies"][policy]["specificity"]["value"] == pytest.approx(spec)
    ensemble = {i.id: i.prediction for i in sample}
    ppv_items = [i for i in sample if ensemble[i.id]]
    assert report["policies"]["ensemble"]["ppv"]["value"] == pytest.approx(
        sum(truth[i.report_key] for i in ppv_items) / len(ppv_items)  # one stratum: weights cancel
    )
    prevalence = sum(w[i.id] * truth[i.report_key] for i in sample) / sum(w.values())
    assert report["prevalence"]["value"] == pytest.approx(prevalence)
    point = report["operating_points"]["model"]
    assert point is None or point["sensitivity"]["value"] >= 0.95
    assert report["double_reading"] == {"pairs": 6, "kappa": 1.0}
    assert {g["group"] for g in report["by_procedure_code"]} <= {"CTHEAD", "MRBRAIN", "CTA"}
    html = (out / "report.html").read_text()
    assert "data:image/png;base64," in html and "Sign-off" in html and "http" not in html.split("<img")[0]
    assert (out / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    texts = [json.loads(x)["text"] for x in SITE.read_text().splitlines()]
    assert not any(t.splitlines()[-1] in html for t in texts)  # no report text in the report


# ---------------------------------------------------------------- the page's HTTP contract


def _request(url: str, *, token: str | None = None, body: dict | None = None, header: bool = True):
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
        if header:
            headers["X-Triage-Review"] = "1"
    req = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_server_needs_a_token_and_records_who(plan_db: Path, tmp_path: Path) -> None:
    from triage.review.web import ReviewServer

    store = _copy(plan_db, tmp_path)
    token = "a" * 32
    server = ReviewServer(store, {token: "alice"}, port=0).start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        assert _request(base + "/api/next")[0] == 401
        assert _request(base + "/api/next", token="b" * 32)[0] == 401
        status, headers, body = _request(base + "/api/next", token=token)
        assert status == 200 and headers["Cache-Control"] == "no-store"
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        item = json.loads(body)["item"]
        assert item["scored_text"] and item["evidence"] is not None
        assert _request(base + "/api/label", token=token, body={"item": item["id"], "answer": "bleed"},
                        header=False)[0] == 403  # fmt: skip
        assert _request(base + "/api/label", token=token, body={"item": item["id"], "answer": "x"})[0] == 400
        status, _, body = _request(
            base + "/api/label", token=token, body={"item": item["id"], "answer": "bleed"}
        )
        assert status == 200 and json.loads(body)["item"]["id"] != item["id"]
        assert store.answer_of(item["id"], "alice").answer == "bleed"
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        conn.request("GET", f"/?token={token}")  # the first URL sets the cookie and drops the token
        response = conn.getresponse()
        assert response.status == 303 and response.getheader("Location") == "/"
        cookie = response.getheader("Set-Cookie")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        conn.request("GET", "/", headers={"Cookie": cookie.split(";")[0]})
        page = conn.getresponse()
        assert page.status == 200 and b"/app.js" in page.read()
        conn.close()
    finally:
        server.stop()
    with pytest.raises(ConfigError, match="--tls-cert"):
        ReviewServer(store, {token: "alice"}, host="0.0.0.0", port=0)


def test_serve_cli_errors_are_one_line(plan_db: Path, tmp_path: Path, capsys) -> None:
    code, _, err = _cli(["review", "serve", "--db", str(plan_db)], capsys)
    assert code == 2 and "--reviewer" in err
    code, _, err = _cli(["review", "serve", "--db", str(tmp_path / "none.db"), "-r", "a"], capsys)
    assert code == 2 and "not a review database" in err
    assert err.count("\n") == 1


def test_serve_on_a_taken_port_is_one_error_line(plan_db: Path, capsys) -> None:
    """A port another program holds is a usage error, not `internal error: OSError at triage/obs/http.py`."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        argv = ["review", "serve", "--db", str(plan_db), "-r", "a", "--port", str(port)]
        code, out, err = _cli(argv, capsys)
    assert code == 2 and out == "" and "--port" in err
    assert err.startswith(f"triage: error: cannot serve the review page on 127.0.0.1:{port}: ")
    assert "internal error" not in err and err.count("\n") == 1


def _ipv6_loopback() -> bool:
    import socket

    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _ipv6_loopback(), reason="this host has no IPv6 loopback (::1)")
def test_serve_on_the_ipv6_loopback(plan_db: Path, capsys) -> None:
    """`--host ::1` is loopback (no TLS needed) but ended `internal error: gaierror at triage/obs/http.py`:
    the stdlib server is IPv4 only. It now listens on ::1, and the URL has the address in brackets."""
    import socket

    from triage.review.web import ReviewServer

    server = ReviewServer(ReviewStore(plan_db), {"a" * 32: "alice"}, host="::1", port=0).start()
    try:
        conn = http.client.HTTPConnection("::1", server.port, timeout=10)
        conn.request("GET", "/api/next")
        assert conn.getresponse().status == 401  # the review page's own answer, over IPv6
        conn.close()
    finally:
        server.stop()
    with socket.socket(socket.AF_INET6) as taken:
        taken.bind(("::1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = _cli(["review", "serve", "--db", str(plan_db), "-r", "a", "--host", "::1",
                             "--port", str(port)], capsys)  # fmt: skip
    assert code == 2 and err.count("\n") == 1
    assert (
        err.startswith(f"triage: error: cannot serve the review page on [::1]:{port}: ") and "--port" in err
    )


def test_a_listener_error_names_the_flag_to_change() -> None:
    """A taken or privileged port points at the port flag; an address this host does not have (or a name
    that does not resolve) at the host flag, not at the port as before."""
    import errno
    import socket

    from triage.obs.http import listen_error

    taken = OSError(errno.EADDRINUSE, "Address already in use")
    assert listen_error("/metrics", "127.0.0.1", 80, taken, "--http-port", "--http-host") == (
        "cannot serve /metrics on 127.0.0.1:80: Address already in use"
        " (choose another --http-port, or 0 for any free port)"
    )
    elsewhere = OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")
    line = listen_error("the review page", "10.255.255.1", 0, elsewhere, "--port", "--host")
    assert line.endswith("(give --host an address of this host)")
    unknown = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert "Name or service not known (give --host" in listen_error(
        "x", "nosuch", 1, unknown, "--port", "--host"
    )


def test_a_failed_create_leaves_neither_the_database_nor_a_partial_one(tmp_path: Path) -> None:
    """All or nothing, through the shared offline.outputs.partial_file: an item the schema cannot take stops
    the init with nothing under the database's name or beside it (it left `plan.db.partial` behind)."""
    db = tmp_path / "plan.db"
    with pytest.raises(sqlite3.Error):
        ReviewStore.create(db, {"source": "x"}, [{"id": 1, "evidence": []}])
    assert list(tmp_path.iterdir()) == []


def test_create_is_owner_only_and_never_replaces_a_database(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    ReviewStore.create(db, {"source": "x"}, [])
    assert db.stat().st_mode & 0o777 == 0o600 and ReviewStore(db).items() == []
    before = db.read_bytes()
    with pytest.raises(InputFileError, match="already exists"):
        ReviewStore.create(db, {"source": "y"}, [])
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["plan.db"]


def test_store_refuses_other_files(tmp_path: Path) -> None:
    other = tmp_path / "x.db"
    other.write_text("not sqlite")
    with pytest.raises(InputFileError):
        ReviewStore(other)


# ---------------------------------------------------------------- site labels in training, promotion check


def test_group_split_keeps_a_study_in_one_split() -> None:
    from triage.model.config import make_config
    from triage.offline.datasets import group_split

    cfg = make_config(None, seed=3)
    keys = [f"ACC{i // 3}" for i in range(600)]  # three reports per study
    split = group_split(keys, cfg)
    where = {}
    for name in ("train", "val", "test"):
        for i in getattr(split, name):
            assert where.setdefault(keys[i], name) == name
    assert len(split.train) + len(split.val) + len(split.test) == 600
    assert 0.1 < len(split.test) / 600 < 0.3


@pytest.mark.trained  # trains a network
def test_train_with_site_labels_then_promotion_check(tmp_path: Path, capsys) -> None:
    from triage.offline.synth.corpus import generate_reports, write_jsonl

    synth = tmp_path / "synth.jsonl"
    write_jsonl(generate_reports(800, seed=5), synth)
    site = tmp_path / "site.csv"
    with site.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "accession", "text", "label"])
        writer.writeheader()
        for row in map(json.loads, SITE.read_text().splitlines()):
            writer.writerow({"id": row["id"], "accession": row["accession"], "text": row["text"],
                             "label": row["truth"]})  # fmt: skip
    out = tmp_path / "candidate"
    code, _, err = _cli(["train", str(synth), "--out", str(out), "--site-labels", str(site), "--site-cv", "0",
                         "--epochs", "3", "--lstm-units", "32", "--w2v-dim", "50", "--w2v-min-count", "2",
                         "--w2v-epochs", "5", "--threads", "1", "--device", "cpu", "-q"], capsys)  # fmt: skip
    assert code == 0, err
    manifest = json.loads((out / "manifest.json").read_text())
    info = manifest["training_data"]["site_labels"]
    assert info["n_reports"] == 40 and info["positives"] == 17 and info["weight"] == 5.0
    assert sum(info["split"].values()) == 40
    assert "site labels: 40 report(s)" in err
    code, stdout, err = _cli(["review", "promote-check", str(out), "--labels", str(site), "--device", "cpu"],
                             capsys)  # fmt: skip
    # the candidate saw all but its site test split: too few reports left to compare -> refused
    assert code == 1 and f"(n={info['split']['test']})" in stdout
    assert "refused: only" in err


def test_tls_when_bound_beyond_loopback(plan_db: Path, tmp_path: Path) -> None:
    import shutil
    import ssl

    from triage.review.web import ReviewServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed to make a test certificate)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    command = [
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-days",
        "1",
    ]
    subprocess.run([*command, "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    token = "t" * 32
    server = ReviewServer(
        _copy(plan_db, tmp_path), {token: "alice"}, "0.0.0.0", 0, tls_cert=cert, tls_key=key
    )
    server.start()
    try:
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        conn = http.client.HTTPSConnection("127.0.0.1", server.port, timeout=10, context=context)
        conn.request("GET", f"/?token={token}")
        response = conn.getresponse()
        assert response.status == 303 and "Secure" in response.getheader("Set-Cookie")
        conn.close()
    finally:
        server.stop()


def test_status_counts_answers_without_text(plan_db: Path, tmp_path: Path, capsys) -> None:
    store = _copy(plan_db, tmp_path)
    for answer in ("bleed", "no_bleed", "skip"):
        item = store.next_item("alice")
        store.add_label(item.id, "alice", answer)
    code, out, _ = _cli(["review", "status", "--db", str(store.path)], capsys)
    assert code == 0
    assert "34 report(s) planned" in out and "alice: 1 bleed, 1 no_bleed, 0 uncertain, 1 skip" in out
    done = sum(1 for line in out.splitlines() if line.startswith(("random: 1 of 24", "active: 1 of 10")))
    assert done == 2  # two answered reports (one random, one active, in plan order); the skip counts for none
    texts = [json.loads(x)["text"] for x in SITE.read_text().splitlines()]
    assert not any(t[:30] in out for t in texts)


def test_init_from_hl7_files_keeps_ids_and_the_parsers_fields(tmp_path: Path, capsys) -> None:
    hl7 = Path(__file__).parent / "data" / "hl7"
    db = tmp_path / "hl7.db"
    code, _, err = _cli(
        ["review", "init", str(hl7), "--db", str(db), "--sample", "10", "--device", "cpu"], capsys
    )
    assert code == 0, err
    assert "ADT^A01 is not a report" in err  # what label reports, reported here too
    items = {i.report_key: i for i in ReviewStore(db).items()}
    ct = items["oru_ct_head_sections_v251.hl7#0"]
    assert (ct.accession, ct.procedure_code, ct.document_type) == ("ACC20240315001", "CTHEADWO", "F")
    raw = (hl7 / "oru_ct_head_sections_v251.hl7").read_bytes().decode("latin-1")
    assert ct.scored_text.split()[0] in raw and len(ct.text) > len(ct.scored_text)


def test_a_double_read_disagreement_goes_to_a_third_reader(plan_db: Path, tmp_path: Path) -> None:
    from triage.review.results import site_labels

    store = _copy(plan_db, tmp_path)
    double = next(i for i in store.items() if i.readers == 2)
    store.add_label(double.id, "alice", "bleed")
    store.add_label(double.id, "bob", "no_bleed")
    assert next(s for s in site_labels(store) if s.item.id == double.id).answer == "disagreement"
    seen = []
    while (item := store.next_item("carol")) is not None:
        seen.append(item.id)
        store.add_label(item.id, "carol", "bleed" if item.id == double.id else "no_bleed")
    assert double.id in seen
    assert next(s for s in site_labels(store) if s.item.id == double.id).label == 1
    agreed = next(i for i in store.items() if i.readers == 2 and i.id != double.id)
    store.add_label(agreed.id, "alice", "no_bleed")  # carol + alice agree: no fourth reader
    assert store.next_item("dave") is None or store.next_item("dave").id != agreed.id


def test_a_double_read_report_is_exported_once_it_has_both_readers(
    plan_db: Path, tmp_path: Path, capsys
) -> None:
    """What `review status` counts as not done is not exported either: a report planned for two readers with
    one answer has no site label yet (an auditor expects two independent answers behind a double-read
    label); it is left out and named in the count, and exported once the second reader answers."""
    store = _copy(plan_db, tmp_path)
    double = next(i for i in store.items() if i.readers == 2)
    single = next(i for i in store.items() if i.readers == 1 and i.queue == double.queue)
    store.add_label(double.id, "alice", "bleed")
    store.add_label(single.id, "alice", "no_bleed")
    code, out, _ = _cli(["review", "status", "--db", str(store.path)], capsys)
    planned = sum(1 for i in store.items() if i.queue == double.queue)
    assert code == 0 and f"{double.queue}: 1 of {planned} report(s) have all their readers" in out
    first = tmp_path / "first.csv"
    code, out, _ = _cli(["review", "export", "--db", str(store.path), "--out", str(first)], capsys)
    assert code == 0
    assert out.strip().endswith(f"exported 1 labeled report(s) -> {first}; 1 left out (1 awaiting reader)")
    assert [r["id"] for r in csv.DictReader(first.open(encoding="utf-8"))] == [single.report_key]
    store.add_label(double.id, "bob", "bleed")
    second = tmp_path / "second.csv"
    code, out, _ = _cli(["review", "export", "--db", str(store.path), "--out", str(second)], capsys)
    assert code == 0 and out.strip().endswith("; 0 left out")
    rows = {r["id"]: r for r in csv.DictReader(second.open(encoding="utf-8"))}
    assert rows[double.report_key]["label"] == "1" and rows[double.report_key]["reviewers"] == "alice;bob"


def test_uncertain_answers_follow_uncertain_as(plan_db: Path, tmp_path: Path) -> None:
    from triage.review.results import export_csv

    store = _copy(plan_db, tmp_path)
    item = store.next_item("alice")
    store.add_label(item.id, "alice", "uncertain", "hedged, thin slices needed")
    other = store.next_item("alice")
    store.add_label(other.id, "alice", "no_bleed")
    for mode, expected in (("exclude", None), ("positive", "1"), ("negative", "0")):
        out = tmp_path / f"{mode}.csv"
        written, left_out = export_csv(store, out, mode)  # type: ignore[arg-type]
        rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
        assert (written, left_out) == ((1, {"uncertain": 1}) if expected is None else (2, {}))
        assert rows.get(item.report_key, {}).get("label") == expected
        assert "note" not in next(iter(rows.values()))  # notes (free text, PHI) stay in the database


def test_server_answers_odd_requests_without_a_traceback(plan_db: Path, tmp_path: Path, capfd) -> None:
    """An id SQLite cannot hold, a Content-Length of 'abc' or -1, an item of 1e400: each raised in the
    handler (a stderr traceback, the connection dropped unanswered; -1 hung the thread reading to EOF)."""
    import socket

    from triage.review.web import ReviewServer

    token = "c" * 32
    server = ReviewServer(_copy(plan_db, tmp_path), {token: "alice"}, port=0).start()
    auth = f"Host: x\r\nAuthorization: Bearer {token}\r\nX-Triage-Review: 1\r\n"

    def status(request: str, body: bytes = b"") -> bytes:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as conn:
            conn.sendall(request.encode() + body)
            return conn.recv(4096).split(b"\r\n")[0]

    try:
        assert b"404" in status(f"GET /api/item/{10**25} HTTP/1.1\r\n{auth}\r\n")
        assert b"404" in status(f"GET /api/item/-1 HTTP/1.1\r\n{auth}\r\n")
        for length in ("abc", "-1"):
            head = f"POST /api/label HTTP/1.1\r\n{auth}Content-Length: {length}\r\n\r\n"
            assert b"400" in status(head, b"{}"), length
        for item in (b"1e400", b"true", str(10**25).encode()):
            body = b'{"item": ' + item + b', "answer": "bleed"}'
            head = f"POST /api/label HTTP/1.1\r\n{auth}Content-Length: {len(body)}\r\n\r\n"
            assert b"400" in status(head, body), item
    finally:
        server.stop()
    assert "Traceback" not in capfd.readouterr().err


def test_the_deciding_findings_sentence_and_its_evidence_offsets() -> None:
    """The sentence of the FINDINGS holding the first positive mention, the mentions inside it re-based on
    it (the page marks them); a negated mention elsewhere is not shown."""
    from triage.review.source import deciding_sentence
    from triage.rules.result import Evidence

    findings = "Ventricles normal. No mass.  There is a small acute subdural hematoma, 4 mm.\nNo shift."
    start = findings.index("subdural hematoma")
    evidence = (
        Evidence(findings.index("mass"), findings.index("mass") + 4, "mass", "negated", "findings"),
        Evidence(start, start + len("subdural hematoma"), "subdural", "affirmed", "findings"),
    )
    sentence, marks = deciding_sentence(findings, evidence)
    assert sentence == "There is a small acute subdural hematoma, 4 mm."
    assert [(sentence[s:e], c, a) for s, e, c, a in marks] == [("subdural hematoma", "subdural", "affirmed")]
    assert deciding_sentence(findings, evidence[:1]) == (None, ())  # nothing positive: nothing to show
    scored = Evidence(0, 4, "subdural", "affirmed", "scored")
    assert deciding_sentence(findings, (scored,)) == (None, ())  # conclusion evidence is not the FINDINGS'
