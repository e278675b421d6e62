"""Issue 11, installing triage: the `train` extra (training-only packages out of the daemon and its image)
and a package installed without the source tree (no model beside it: one line saying where it looked and
how to get one).

Both are driven through the `triage` command line in a subprocess: without the training packages (an
import blocker makes them absent for that process only) and from a wheel built from this tree and unpacked
into a temporary directory, run from a temporary working directory so the source tree is not on sys.path.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRAIN_MODULES = ("sklearn", "matplotlib")
# Runs `triage ARGS` in a process where the `train` extra's packages cannot be imported.
WITHOUT_TRAIN = f"""
import sys
class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {TRAIN_MODULES!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, Absent())
from triage.cli import main
main(sys.argv[1:])
"""


def clean_env(**extra: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")} | extra


def without_train(*args: str, cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_TRAIN, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=clean_env(),
        timeout=timeout,
    )


# ---------------------------------------------------------------------------------------------------------
# the train extra
# ---------------------------------------------------------------------------------------------------------
def _requirement_names(reqs: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() for r in reqs}


def test_training_packages_are_an_extra_that_dev_includes() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    base = _requirement_names(project["dependencies"])
    extras = project["optional-dependencies"]
    assert {"scikit-learn", "matplotlib"} <= _requirement_names(extras["train"])
    assert not {"scikit-learn", "matplotlib"} & base
    assert {"gensim", "torch", "medspacy", "tqdm"} <= base  # imported by the daemon / label / replay
    assert "triage[train]" in extras["dev"]  # `make setup` installs .[dev]: CI keeps training


def test_every_kafka_codec_is_read_by_the_base_install_and_the_image() -> None:
    """librdkafka and Java producers compress with gzip, snappy, lz4 or zstd: the libraries kafka-python's
    kafka.codec looks for are base dependencies (the image installs `.`), and this environment has them."""
    from kafka import codec

    base = _requirement_names(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"])
    assert {"lz4", "python-snappy", "zstandard"} <= base
    assert codec.has_gzip() and codec.has_snappy() and codec.has_lz4() and codec.has_zstd()
    payload = b"OBX|1|TX|||no acute intracranial hemorrhage~" * 50
    for encode, decode in (
        (codec.snappy_encode, codec.snappy_decode),
        (codec.lz4_encode, codec.lz4_decode),
        (codec.zstd_encode, codec.zstd_decode),
    ):
        assert decode(encode(payload)) == payload
    assert "kafka.codec" in (REPO / "deploy" / "Dockerfile").read_text()  # the build checks them too


def test_container_image_installs_no_extra() -> None:
    text = (REPO / "deploy" / "Dockerfile").read_text()
    installs = re.findall(r"pip install (\S+)", text)
    assert "." in installs and not [i for i in installs if i.startswith(".[")], installs


@pytest.mark.kafka
def test_the_daemon_runs_without_the_training_packages(tmp_path: Path) -> None:
    """The demo: embedded broker, the live daemon with the shipped model, a feed, Flags and dead letters."""
    proc = without_train("demo", "--n", "6", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "records fed:" in proc.stdout and "flags published:" in proc.stdout


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("train", ["DATA.csv", "--out", "model"]),
        ("evaluate", ["artifact", "DATA.csv", "--out", "eval"]),
        ("mine fit", ["DATA.csv", "--out", "lda"]),
        ("audit drift", ["--data", "DATA.csv", "--plot", "drift.png"]),
    ],
)
def test_training_commands_without_the_extra_say_how_to_install_it(
    command: str, args: list[str], tmp_path: Path
) -> None:
    (tmp_path / "DATA.csv").write_text("text,label\nno bleed,0\n")
    proc = without_train(*command.split(), *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    line = proc.stderr.strip()
    assert line.startswith(f"triage: error: `triage {command}") and "needs the train packages" in line
    assert "scikit-learn" in line and "pip install 'triage[train]'" in line
    assert not (tmp_path / "model").exists()


# ---------------------------------------------------------------------------------------------------------
# installed without the source tree
# ---------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This tree's wheel (built from a copy of pyproject.toml, README.md and triage/, so the working tree
    gets no build/ directory), unpacked as an installed package would be: the directory to put on
    PYTHONPATH."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "triage", src / "triage", ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(root),
            ".",
        ],
        capture_output=True,
        text=True,
        cwd=src,
        timeout=300,
    )
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip()[-300:]}")
    wheel = next(root.glob("triage-*.whl"))
    site = root / "site"
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        assert not [n for n in names if "model_artifacts" in n or n.endswith("model.pt")], "model in wheel"
        zf.extractall(site)
    return site


def run_installed(site: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=clean_env(PYTHONPATH=str(site), **env),
        timeout=240,
    )


def test_installed_package_is_the_one_tested(installed: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import triage, triage.config as c; print(triage.__file__); print(c.DEFAULT_MODEL_DIR)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(PYTHONPATH=str(installed)),
        timeout=60,
    )
    module, default = proc.stdout.split()
    assert Path(module).is_relative_to(installed) and not Path(default).exists()


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--bootstrap-servers", "127.0.0.1:9"],
        ["label", "reports.jsonl", "--out", "out.jsonl"],
        ["demo", "--n", "2"],
    ],
    ids=["run", "label", "demo"],
)
def test_no_model_beside_an_installed_package_is_one_line_saying_how_to_get_one(
    installed: Path, tmp_path: Path, args: list[str]
) -> None:
    (tmp_path / "reports.jsonl").write_text(json.dumps({"text": "IMPRESSION: no bleed."}) + "\n")
    proc = run_installed(installed, *args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    line = proc.stderr.strip()
    looked = installed / "model_artifacts"
    assert line.startswith(f"triage: error: no model at {looked} (the default")
    for how in ("make model", "--model DIR", "TRIAGE_MODEL_DIR", "triage train"):
        assert how in line, how
    assert not (tmp_path / "out.jsonl").exists()


def test_model_flag_and_env_name_themselves(installed: Path, tmp_path: Path) -> None:
    proc = run_installed(installed, "run", "--model", str(tmp_path / "nope"), cwd=tmp_path)
    assert proc.returncode == 2 and f"no model at {tmp_path / 'nope'} (--model)" in proc.stderr
    proc = run_installed(
        installed, "label", "x.jsonl", "--out", "y.jsonl", cwd=tmp_path, TRIAGE_MODEL_DIR=str(tmp_path / "m")
    )
    assert proc.returncode == 2 and "(TRIAGE_MODEL_DIR)" in proc.stderr


def test_installed_package_scores_with_a_model_it_is_pointed_at(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "reports.jsonl").write_text(
        json.dumps({"id": 1, "text": "IMPRESSION: Acute subdural hematoma."}) + "\n"
    )
    model = REPO / "model_artifacts"
    proc = run_installed(
        installed,
        "label",
        "reports.jsonl",
        "--out",
        "out.jsonl",
        "-q",
        cwd=tmp_path,
        TRIAGE_MODEL_DIR=str(model),
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    row = json.loads((tmp_path / "out.jsonl").read_text())
    assert row["id"] == 1 and 0.0 <= row["probability"] <= 1.0
