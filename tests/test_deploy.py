"""Deployment files (deploy/): Dockerfile, compose stack, Kubernetes manifests, Prometheus rules.

They are checked against the code they deploy: topic names, the HTTP port and the environment variable names
are derived from triage.config.Settings, so renaming a setting or a topic fails here instead of in a hospital.
"""

from __future__ import annotations

import copy
import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from triage.config import Settings, TopicSettings

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE = DEPLOY / "docker-compose.yml"
COMPOSE_GPU = DEPLOY / "docker-compose.gpu.yml"
DOCKERFILE = DEPLOY / "Dockerfile"

HTTP_PORT = Settings.model_fields["http_port"].default
TOPIC_DEFAULTS = {name: field.default for name, field in TopicSettings.model_fields.items()}
CREATE_LINE = re.compile(r"^\s*create\s+(?P<topic>\S+)\s+(?P<partitions>\d+)(?P<configs>(?:\s+\S+=\S+)*)\s*$")
PINNED_TAG = re.compile(r"^[\w./-]+:v?\d+\.\d+\.\d+[\w.-]*(@sha256:[0-9a-f]{64})?$")


# ---------------------------------------------------------------------------------------------------------
# helpers derived from the code
# ---------------------------------------------------------------------------------------------------------
def settings_env_names() -> set[str]:
    """Every environment variable Settings reads: TRIAGE_<FIELD> and TRIAGE_<FIELD>__<SUBFIELD>."""
    names = {"TRIAGE_CONFIG"}  # the config-file path read by load_settings()
    for name, field in Settings.model_fields.items():
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            names |= {f"TRIAGE_{name}__{sub}".upper() for sub in ann.model_fields}
        else:
            names.add(f"TRIAGE_{name}".upper())
    return names


def settings_from_env(env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Settings:
    """Build Settings from exactly these variables (secret *_FILE paths replaced by real temporary files)."""
    import os

    for key in list(os.environ):
        if key.upper().startswith("TRIAGE_"):
            monkeypatch.delenv(key)
    for key, value in env.items():
        if key.endswith("_FILE"):
            secret = tmp_path / key.lower()
            secret.write_text("not-a-real-secret\n")
            value = str(secret)
        monkeypatch.setenv(key, value)
    return Settings()


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def topic_lines(script: str) -> dict[str, tuple[int, dict[str, str]]]:
    """`create <topic> <partitions> k=v ...` lines of a topic script -> {topic: (partitions, configs)}."""
    out: dict[str, tuple[int, dict[str, str]]] = {}
    for line in script.splitlines():
        m = CREATE_LINE.match(line)
        if m:
            configs = dict(kv.split("=", 1) for kv in m["configs"].split())
            assert m["topic"] not in out, f"topic {m['topic']} created twice"
            out[m["topic"]] = (int(m["partitions"]), configs)
    return out


def healthcheck_code(argv: list[str]) -> str:
    """The `python -c CODE` of a health check, which must be real Python probing /healthz."""
    assert argv[:2] == ["python", "-c"], argv
    code = argv[2]
    compile(code, "<healthcheck>", "exec")
    return code


# ---------------------------------------------------------------------------------------------------------
# Dockerfile
# ---------------------------------------------------------------------------------------------------------
def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs with line continuations joined and comments dropped."""
    lines: list[tuple[str, str]] = []
    buf = ""
    for raw in path.read_text().splitlines():
        stripped = raw.strip()
        if not buf and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            buf += stripped[:-1] + " "
            continue
        buf += stripped
        instr, _, rest = buf.partition(" ")
        lines.append((instr.upper(), rest.strip()))
        buf = ""
    return lines


@pytest.fixture(scope="module")
def dockerfile() -> dict[str, Any]:
    instrs = dockerfile_instructions(DOCKERFILE)
    global_args = {}
    stages: list[list[tuple[str, str]]] = []
    for instr, rest in instrs:
        if instr == "FROM":
            stages.append([])
        if not stages:
            if instr == "ARG":
                name, _, default = rest.partition("=")
                global_args[name] = default
            continue
        stages[-1].append((instr, rest))
    return {"args": global_args, "stages": stages}


def test_dockerfile_is_multistage_on_a_pinned_slim_python_base(dockerfile: dict[str, Any]) -> None:
    assert len(dockerfile["stages"]) >= 2
    base = dockerfile["args"]["PYTHON_IMAGE"]
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", base), base
    for stage in dockerfile["stages"]:
        assert stage[0][1].split()[0] == "${PYTHON_IMAGE}", "every stage uses the same pinned base"


def test_dockerfile_runtime_stage_is_non_root_without_build_tools(dockerfile: dict[str, Any]) -> None:
    runtime = dockerfile["stages"][-1]
    text = "\n".join(f"{i} {r}" for i, r in runtime)
    assert not re.search(r"apt-get install|build-essential|\bgcc\b|pip install", text), "runtime stage builds"
    users = [r for i, r in runtime if i == "USER"]
    assert users, "runtime stage sets no USER"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) > 0, f"runtime user {users[-1]!r} must be a numeric non-root uid"
    order = [i for i, _ in runtime]
    assert order.index("USER") < order.index("ENTRYPOINT")
    assert json.loads(dict(runtime)["ENTRYPOINT"]) == ["triage", "run"]


def test_dockerfile_torch_comes_from_a_pinned_wheel_index(dockerfile: dict[str, Any]) -> None:
    builder = dockerfile["stages"][0]
    args = dict(r.partition("=")[::2] for i, r in builder if i == "ARG")
    assert re.fullmatch(r"\d+\.\d+\.\d+", args["TORCH_VERSION"])
    assert args["TORCH_INDEX_URL"] == "https://download.pytorch.org/whl/cpu"
    runs = " ".join(r for i, r in builder if i == "RUN")
    assert '"torch==${TORCH_VERSION}" --index-url "${TORCH_INDEX_URL}"' in runs


def test_dockerfile_healthcheck_probes_healthz_on_the_daemon_port(dockerfile: dict[str, Any]) -> None:
    runtime = dict(dockerfile["stages"][-1])
    cmd = runtime["HEALTHCHECK"].split(" CMD ", 1)[1]
    code = healthcheck_code(json.loads(cmd))
    assert f"127.0.0.1:{HTTP_PORT}/healthz" in code
    assert f"TRIAGE_HTTP_PORT={HTTP_PORT}" in runtime["ENV"]
    # the CLI listens on loopback by default; in a container the probes and Prometheus come from outside
    assert Settings.model_fields["http_host"].default == "127.0.0.1"
    assert "TRIAGE_HTTP_HOST=0.0.0.0" in runtime["ENV"]
    assert runtime["EXPOSE"] == str(HTTP_PORT)


def test_dockerfile_ships_the_model_where_triage_model_dir_points(dockerfile: dict[str, Any]) -> None:
    runtime = dockerfile["stages"][-1]
    copies = [r.split() for i, r in runtime if i == "COPY" and not r.startswith("--from")]
    model_copy = [c for c in copies if c[0] == "model_artifacts"]
    assert model_copy, "the shipped model is not copied into the image"
    env = dict(runtime)["ENV"]
    assert f"TRIAGE_MODEL_DIR={model_copy[0][-1]}" in env
    # every ENV TRIAGE_* is a real setting
    for name in re.findall(r"(TRIAGE_\w+)=", env):
        assert name in settings_env_names(), name


def test_dockerfile_copies_only_files_that_exist_and_are_not_ignored(dockerfile: dict[str, Any]) -> None:
    sources = []
    for stage in dockerfile["stages"]:
        for instr, rest in stage:
            if instr == "COPY" and not rest.startswith("--from"):
                sources += rest.split()[:-1]
    assert sources
    allowed = [
        ln[1:].rstrip("/")
        for ln in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
        if ln.startswith("!")
    ]
    for src in sources:
        assert (REPO / src).exists(), f"COPY {src}: not in the build context"
        assert src.rstrip("/") in allowed, f"COPY {src}: excluded by Dockerfile.dockerignore"


def test_triage_run_is_a_registered_command() -> None:
    from typer.main import get_command

    from triage.cli import app

    command = get_command(app)
    assert "run" in command.commands, "ENTRYPOINT runs `triage run`, which the CLI does not define"  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------------------
# docker compose
# ---------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE)


def compose_cli() -> list[str] | None:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


@pytest.mark.parametrize("files", [[COMPOSE], [COMPOSE, COMPOSE_GPU]], ids=["cpu", "cpu+gpu"])
def test_compose_config_validates_with_the_compose_cli(files: list[Path]) -> None:
    cli = compose_cli()
    if cli is None:
        pytest.skip(
            "no compose CLI here: neither the `docker compose` plugin nor `docker-compose` is installed"
        )
    args = [*cli, *(a for f in files for a in ("-f", str(f))), "config"]
    # `config` resolves and validates the files against the compose schema; it needs no Docker engine
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"{shlex.join(args)} failed:\n{proc.stderr}"
    resolved = yaml.safe_load(proc.stdout)
    assert {"kafka", "kafka-init", "triage"} <= set(resolved["services"])
    if COMPOSE_GPU in files:
        triage = resolved["services"]["triage"]
        assert triage["environment"]["TRIAGE_DEVICE"] == "cuda"
        assert triage["deploy"]["resources"]["reservations"]["devices"][0]["capabilities"] == ["gpu"]


def test_compose_images_are_pinned(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        image = service.get("image", "")
        assert image and ":latest" not in image, f"{name}: unpinned image {image!r}"
        if "build" not in service:
            assert PINNED_TAG.match(image), f"{name}: {image!r} is not pinned to an exact version"
    assert compose["services"]["kafka"]["image"].startswith("apache/kafka:"), (
        "the official Apache Kafka image"
    )


def test_compose_kafka_runs_in_kraft_mode(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    env = {k: str(v) for k, v in kafka["environment"].items()}
    assert not any("ZOOKEEPER" in k for k in env)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"].split(",")
    node_id = env["KAFKA_NODE_ID"]
    voters = dict(v.split("@", 1) for v in env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(","))
    assert node_id in voters
    listeners = dict(item.split("://", 1) for item in env["KAFKA_LISTENERS"].split(","))
    assert voters[node_id].endswith(listeners["CONTROLLER"].lstrip(":").rpartition(":")[2])
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", env["CLUSTER_ID"]), "CLUSTER_ID must be a base64 UUID"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    assert "test" in kafka["healthcheck"]


def test_compose_topic_job_creates_exactly_the_settings_topics(compose: dict[str, Any]) -> None:
    job = compose["services"]["kafka-init"]
    assert job["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert job["restart"] == "no"
    script = "\n".join(job["command"])
    # compose interpolates "$x": a shell variable must be written "$$x"
    assert not re.search(r"(?<!\$)\$(?!\$)", script.replace("$$", "")), "unescaped $ in the kafka-init script"
    topics = topic_lines(script)
    assert set(topics) == expected_topics()
    check_topic_policies(topics)


def check_topic_policies(topics: dict[str, tuple[int, dict[str, str]]]) -> None:
    """Retention and compaction rules the ops guide promises."""
    t = TOPIC_DEFAULTS
    assert topics[t["flag_state"]][1].get("cleanup.policy") == "compact"
    assert topics[shadow_state_topic()][1].get("cleanup.policy") == "compact"
    input_retention = int(topics[t["input"]][1]["retention.ms"])
    assert topics[t["audit"]][1]["retention.ms"] == "-1", "audit records are kept until archived"
    dlq_retention = int(topics[t["dead_letter"]][1]["retention.ms"])
    assert dlq_retention >= 30 * 24 * 3600 * 1000 and dlq_retention > input_retention
    # Flags keep per-study order: the worklist topics have as many partitions as the input
    assert topics[t["worklist"]][0] == topics[t["shadow_worklist"]][0] == topics[t["input"]][0]


def test_compose_triage_service_waits_for_topics_and_uses_real_settings(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    triage = compose["services"]["triage"]
    assert triage["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
    env = {k: str(v) for k, v in triage["environment"].items()}
    unknown = set(env) - settings_env_names()
    assert not unknown, f"not Settings fields: {unknown}"
    settings = settings_from_env(env, monkeypatch, tmp_path)
    # the daemon reaches the broker on an advertised listener
    advertised = compose["services"]["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert f"PLAINTEXT://{settings.bootstrap_servers}" in advertised.split(",")
    code = healthcheck_code(triage["healthcheck"]["test"][1:])
    assert f"127.0.0.1:{settings.http_port}/healthz" in code
    assert settings.http_host == "0.0.0.0"  # Prometheus scrapes triage:8080 from its own container
    assert triage["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (COMPOSE.parent / triage["build"]["context"] / triage["build"]["dockerfile"]).is_file()
    assert not triage["user"].startswith("0")


def test_compose_prometheus_is_optional_and_scrapes_the_daemon(compose: dict[str, Any]) -> None:
    prom = compose["services"]["prometheus"]
    assert prom["profiles"] == ["monitoring"]
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in prom["volumes"])
    for host in mounts:
        assert (DEPLOY / host).is_file(), host
    config = load_yaml(DEPLOY / "prometheus.yml")
    assert [mounts[f"./{Path(r).name}"] for r in config["rule_files"]] == config["rule_files"]
    job = next(j for j in config["scrape_configs"] if j["job_name"] == "triage")
    sd = job["dns_sd_configs"][0]
    assert sd["names"] == ["triage"] and sd["port"] == HTTP_PORT
    assert job["metrics_path"] == "/metrics"


# ---------------------------------------------------------------------------------------------------------
# Kubernetes
# ---------------------------------------------------------------------------------------------------------
def k8s_documents() -> list[tuple[Path, dict[str, Any]]]:
    docs = []
    for path in sorted(K8S.rglob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                docs.append((path, doc))
    return docs


def base_object(kind: str, name: str | None = None) -> dict[str, Any]:
    found = [
        d
        for p, d in k8s_documents()
        if p.parent == K8S / "base" and d["kind"] == kind and (name is None or d["metadata"]["name"] == name)
    ]
    assert len(found) == 1, f"expected one {kind} {name or ''} in deploy/k8s/base, found {len(found)}"
    return found[0]


def strategic_merge(base: Any, patch: Any) -> Any:
    """The part of kustomize's strategic merge these manifests use: maps merge, named lists merge by name."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = dict(base)
        for key, value in patch.items():
            out[key] = strategic_merge(base[key], value) if key in base else value
        return out
    if (
        isinstance(base, list)
        and isinstance(patch, list)
        and all(isinstance(x, dict) and "name" in x for x in base + patch)
    ):
        merged = {x["name"]: x for x in base}
        for item in patch:
            merged[item["name"]] = (
                strategic_merge(merged[item["name"]], item) if item["name"] in merged else item
            )
        return list(merged.values())
    return patch


def overlay(name: str) -> dict[str, dict[str, Any]]:
    """The base objects (kustomization resources) of an overlay, patched: kind -> object."""
    root = K8S / "overlays" / name
    kust = load_yaml(root / "kustomization.yaml")
    assert [(root / r).resolve() for r in kust["resources"]] == [(K8S / "base").resolve()]
    listed = load_yaml(K8S / "base" / "kustomization.yaml")["resources"]
    objects = {d["kind"]: copy.deepcopy(d) for f in listed for d in [load_yaml(K8S / "base" / f)]}
    for patch_ref in kust["patches"]:
        patch = load_yaml(root / patch_ref["path"])
        assert patch["metadata"]["name"] == objects[patch["kind"]]["metadata"]["name"], (
            "patch targets nothing"
        )
        objects[patch["kind"]] = strategic_merge(objects[patch["kind"]], patch)
    for image in kust.get("images", []):
        for container in objects["Deployment"]["spec"]["template"]["spec"]["containers"]:
            repo, _, _tag = container["image"].rpartition(":")
            if repo == image["name"]:
                container["image"] = f"{repo}:{image['newTag']}"
    if "namespace" in kust:
        for obj in objects.values():
            obj["metadata"]["namespace"] = kust["namespace"]
    return objects


def gpu_deployment() -> dict[str, Any]:
    return overlay("gpu")["Deployment"]


def shadow_state_topic() -> str:
    """The shadow overlay's own flag-state topic (created by the topic jobs beside the defaults)."""
    return str(overlay("shadow")["ConfigMap"]["data"]["TRIAGE_TOPICS__FLAG_STATE"])


def expected_topics() -> set[str]:
    return set(TOPIC_DEFAULTS.values()) | {shadow_state_topic()}


def input_partitions() -> int:
    """hl7.oru partitions as created by the compose job and the Kubernetes job (they must agree)."""
    job = base_object("Job")
    k8s_topics = topic_lines(job["spec"]["template"]["spec"]["containers"][0]["args"][0])
    compose_topics = topic_lines("\n".join(load_yaml(COMPOSE)["services"]["kafka-init"]["command"]))
    assert {t: p for t, (p, _) in k8s_topics.items()} == {t: p for t, (p, _) in compose_topics.items()}
    return k8s_topics[TOPIC_DEFAULTS["input"]][0]


def test_every_manifest_has_the_required_fields() -> None:
    docs = k8s_documents()
    kinds = {d["kind"] for _, d in docs}
    assert {"Deployment", "ConfigMap", "Secret", "Service", "PodDisruptionBudget", "Job"} <= kinds
    for path, doc in docs:
        assert doc.get("apiVersion") and doc.get("kind"), path
        if doc["kind"] != "Kustomization":
            assert doc.get("metadata", {}).get("name"), f"{path}: metadata.name"


def test_manifests_validate_against_the_kubernetes_schemas() -> None:
    kv = pytest.importorskip("kubernetes_validate", reason="kubernetes-validate (dev extra) not installed")
    objects = [
        (p, d) for p, d in k8s_documents() if d["kind"] != "Kustomization" and p.parent == K8S / "base"
    ]
    for name in ("gpu", "shadow"):
        objects += [(K8S / "overlays" / name, obj) for obj in overlay(name).values()]
    for path, doc in objects:
        try:
            kv.validate(doc, kv.latest_version(), strict=True)
        except kv.ValidationError as exc:
            where = ".".join(str(p) for p in exc.path)
            pytest.fail(f"{path.relative_to(REPO)} {doc['kind']}: {where}: {exc.message}")


def test_kustomizations_list_existing_files() -> None:
    base = load_yaml(K8S / "base" / "kustomization.yaml")
    listed = set(base["resources"])
    on_disk = {p.name for p in (K8S / "base").glob("*.yaml")} - {"kustomization.yaml"}
    # applied on their own, on purpose (see the comments in kustomization.yaml)
    assert on_disk - listed == {"secret.yaml", "topics-job.yaml"}
    assert listed <= on_disk
    overlays = sorted(p.name for p in (K8S / "overlays").iterdir())
    assert overlays == ["gpu", "shadow"]
    for name in overlays:
        kust = load_yaml(K8S / "overlays" / name / "kustomization.yaml")
        for patch in kust["patches"]:
            assert (K8S / "overlays" / name / patch["path"]).is_file()


@pytest.mark.parametrize("variant", ["cpu", "gpu"])
def test_deployment_probes_resources_and_security(variant: str) -> None:
    deployment = base_object("Deployment") if variant == "cpu" else gpu_deployment()
    spec = deployment["spec"]
    assert 1 <= spec["replicas"] <= input_partitions(), "more consumers than hl7.oru partitions sit idle"
    pod = spec["template"]["spec"]
    assert (
        spec["selector"]["matchLabels"].items()
        <= pod.get("labels", spec["template"]["metadata"]["labels"]).items()
    )
    (container,) = pod["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}

    def probe(kind: str) -> tuple[str, int]:
        get = container[kind]["httpGet"]
        port = get["port"]
        return get["path"], ports[port] if isinstance(port, str) else port

    assert probe("livenessProbe") == ("/healthz", HTTP_PORT)
    assert probe("readinessProbe") == ("/readyz", HTTP_PORT)
    assert probe("startupProbe") == ("/healthz", HTTP_PORT)
    resources = container["resources"]
    for section in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(resources[section]), section
    if variant == "gpu":
        assert resources["limits"]["nvidia.com/gpu"] == 1
        assert container["image"].endswith("-cuda")
        env = {e["name"]: e.get("value") for e in container["env"]}
        assert env["TRIAGE_DEVICE"] == "cuda"
    else:
        assert "nvidia.com/gpu" not in resources["limits"]
    sec = pod["securityContext"]
    assert sec["runAsNonRoot"] is True and sec["runAsUser"] > 0
    dockerfile_user = [r for i, r in dockerfile_instructions(DOCKERFILE) if i == "USER"][-1]
    assert str(sec["runAsUser"]) == dockerfile_user.split(":")[0], "pod uid differs from the image's user"
    csec = container["securityContext"]
    assert csec["allowPrivilegeEscalation"] is False and csec["readOnlyRootFilesystem"] is True
    from triage.lifecycle.shutdown import SHUTDOWN_BOUND_S

    # the daemon ends within SHUTDOWN_BOUND_S of SIGTERM in every state; the grace period must be longer
    assert pod["terminationGracePeriodSeconds"] > SHUTDOWN_BOUND_S, "the kubelet would SIGKILL a clean stop"
    compose = yaml.safe_load((REPO / "deploy" / "docker-compose.yml").read_text())
    graces = [svc["stop_grace_period"] for svc in compose["services"].values() if "stop_grace_period" in svc]
    assert graces and all(int(str(g).rstrip("s")) > SHUTDOWN_BOUND_S for g in graces), graces


def test_deployment_environment_is_real_settings_from_configmap_and_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    deployment = base_object("Deployment")
    configmap = base_object("ConfigMap")
    secret = base_object("Secret")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert container["envFrom"] == [{"configMapRef": {"name": configmap["metadata"]["name"]}}]
    valid = settings_env_names()

    data = {k: str(v) for k, v in configmap["data"].items()}
    assert not set(data) - valid, f"ConfigMap keys that are not Settings fields: {set(data) - valid}"
    assert not [k for k in data if "PASSWORD" in k and not k.endswith("_FILE")], "a secret in the ConfigMap"

    env: dict[str, str] = dict(data)
    secret_keys = set(secret["stringData"])
    for item in container["env"]:
        if not item["name"].startswith("TRIAGE_"):
            continue
        assert item["name"] in valid, f"{item['name']} is not a Settings field"
        source = item.get("valueFrom", {})
        if "secretKeyRef" in source:
            ref = source["secretKeyRef"]
            assert ref["name"] == secret["metadata"]["name"] and ref["key"] in secret_keys
            env[item["name"]] = "user-from-secret"
        elif "fieldRef" in source:
            env[item["name"]] = "triage-7d9f-abcde"
        else:
            env[item["name"]] = item["value"]

    # secret files: the mounted Secret provides exactly the paths the settings point at
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}
    mounted_files = set()
    for name, volume in volumes.items():
        if "secret" in volume:
            assert volume["secret"]["secretName"] == secret["metadata"]["name"]
            for item in volume["secret"]["items"]:
                assert item["key"] in secret_keys
                mounted_files.add(f"{mounts[name]}/{item['path']}")
    for key in ("TRIAGE_SECURITY__SASL_PASSWORD_FILE", "TRIAGE_SECURITY__SSL_CAFILE"):
        assert data[key] in mounted_files, f"{key}={data[key]} is not a file of the mounted Secret"

    # the values themselves are valid settings (types, enums, ranges)
    for key in ("TRIAGE_SECURITY__SSL_CAFILE",):
        ca = tmp_path / "ca.crt"
        ca.write_text("pem")
        env[key] = str(ca)
    settings = settings_from_env(env, monkeypatch, tmp_path)
    assert settings.security.security_protocol == "SASL_SSL"
    assert settings.security.sasl_password is not None, "password read from the mounted file"
    assert settings.http_port == HTTP_PORT
    assert settings.http_host == "0.0.0.0"  # the kubelet's probes and Prometheus reach the pod IP
    assert settings.topics.model_dump() == TOPIC_DEFAULTS


def test_gpu_overlay_env_names_are_settings() -> None:
    (container,) = gpu_deployment()["spec"]["template"]["spec"]["containers"]
    names = {e["name"] for e in container["env"] if e["name"].startswith("TRIAGE_")}
    assert names <= settings_env_names()


def test_shadow_overlay_is_isolated_from_the_live_daemon(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    objects = overlay("shadow")
    live = base_object("ConfigMap")["data"]
    data = {k: str(v) for k, v in objects["ConfigMap"]["data"].items()}
    assert set(data) <= settings_env_names()
    settings = settings_from_env(data, monkeypatch, tmp_path)
    assert settings.shadow and settings.mode == "shadow"
    assert settings.flag_topic == TOPIC_DEFAULTS["shadow_worklist"]
    # its own consumer group (it reads every input record too) and its own lifecycle state
    assert settings.group_id != live["TRIAGE_GROUP_ID"]
    assert settings.topics.flag_state != live["TRIAGE_TOPICS__FLAG_STATE"]
    # its own namespace: the live selectors (Service, PDB, Deployment) cannot pick up shadow pods
    namespaces = {obj["metadata"].get("namespace") for obj in objects.values()}
    assert len(namespaces) == 1 and None not in namespaces
    base_image = base_object("Deployment")["spec"]["template"]["spec"]["containers"][0]["image"]
    assert objects["Deployment"]["spec"]["template"]["spec"]["containers"][0]["image"] != base_image


def test_service_and_pdb_select_the_daemon_pods() -> None:
    deployment = base_object("Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    service = base_object("Service")
    assert service["spec"]["selector"].items() <= labels.items()
    (port,) = service["spec"]["ports"]
    assert port["targetPort"] in {p["name"] for p in container["ports"]}
    assert service["metadata"]["annotations"]["prometheus.io/port"] == str(HTTP_PORT)
    pdb = base_object("PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pdb["spec"]["maxUnavailable"] < deployment["spec"]["replicas"]


def test_kubernetes_topic_job_matches_settings_and_compose() -> None:
    job = base_object("Job")
    topics = topic_lines(job["spec"]["template"]["spec"]["containers"][0]["args"][0])
    assert set(topics) == expected_topics()
    check_topic_policies(topics)
    assert input_partitions() >= 1


def guide_topic_partitions() -> dict[str, int]:
    """deploy/README.md "Topics": {topic: partitions} from its table."""
    text = (DEPLOY / "README.md").read_text()
    section = text.split("## Topics", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| [^|]+ \| (\d+) \|", section, flags=re.M)
    return {topic: int(n) for topic, n in rows}


def test_partitions_have_one_source_of_truth() -> None:
    """`triage topics create` / `triage run --create-topics` (topic_specs at TOPIC_PARTITIONS), the deploy
    guide's table, the compose job and the Kubernetes job give every topic the same partitions."""
    from triage.config import TOPIC_PARTITIONS, Settings
    from triage.stream.kafka_io import topic_specs

    guide = guide_topic_partitions()
    code = {
        spec.name: spec.num_partitions
        for spec in topic_specs(Settings(publish_review=True).kafka, TOPIC_PARTITIONS)
    }
    assert code == guide, "deploy/README.md Topics table and triage.stream.kafka_io.topic_specs disagree"
    job = base_object("Job")
    k8s = {
        t: p for t, (p, _) in topic_lines(job["spec"]["template"]["spec"]["containers"][0]["args"][0]).items()
    }
    assert k8s == guide
    input_partitions()  # compose == Kubernetes


# ---------------------------------------------------------------------------------------------------------
# Prometheus alert rules
# ---------------------------------------------------------------------------------------------------------
SERIES_SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created")}


def exported_series() -> dict[str, set[str]]:
    """Series name -> label names, for every metric the daemon registers (triage.obs.metrics.Metrics)."""
    from prometheus_client.metrics import MetricWrapperBase

    from triage.obs.metrics import Metrics

    metrics = Metrics()
    labels = {}
    for collector in vars(metrics).values():
        if isinstance(collector, MetricWrapperBase):
            for family in collector.describe():
                labels[family.name] = set(collector._labelnames)
    series: dict[str, set[str]] = {}
    for family in metrics.registry.collect():
        for suffix in SERIES_SUFFIXES.get(family.type, ("",)):
            series[family.name + suffix] = labels[family.name] | ({"le"} if suffix == "_bucket" else set())
    return series


def alert_rules() -> list[dict[str, Any]]:
    config = load_yaml(DEPLOY / "alerts.yml")
    return [rule for group in config["groups"] for rule in group["rules"]]


def test_alert_rules_are_well_formed() -> None:
    rules = alert_rules()
    alerts = [r for r in rules if "alert" in r]
    assert len(alerts) >= 8
    names = [r["alert"] for r in alerts]
    assert len(names) == len(set(names)), "duplicate alert names"
    for rule in alerts:
        assert rule["expr"].strip(), rule["alert"]
        assert rule["labels"]["severity"] in {"critical", "warning", "info"}, rule["alert"]
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], rule["alert"]
    recorded = {r["record"] for r in rules if "record" in r}
    used = {name for r in rules for name in re.findall(r"\btriage:[\w:]+", r["expr"])}
    assert used <= recorded, f"recording rules used but not defined: {used - recorded}"
    # the ops guide promises these signals
    text = " ".join(r["expr"] for r in alerts)
    for metric in ("consumer_lag", "dead_letter", "positive_ratio", "clinical_latency"):
        assert metric in text, f"no alert on {metric}"


def test_alert_metric_names_and_labels_exist_in_the_daemon() -> None:
    from triage.core import DecisionKind

    series = exported_series()
    for rule in alert_rules():
        expr = rule["expr"]
        names = set(re.findall(r"\b(triage_[a-z0-9_]+)\b", expr))
        unknown = names - set(series)
        assert not unknown, (
            f"{rule.get('alert') or rule.get('record')}: not exported by the daemon: {unknown}"
        )
        for name, selector in re.findall(r"\b(triage_[a-z0-9_]+)\{([^}]*)\}", expr):
            for label, value in re.findall(r'(\w+)\s*=~?\s*"([^"]*)"', selector):
                assert label in series[name], f"{name} has no label {label!r}"
                if label == "decision":
                    assert value in {str(d) for d in DecisionKind}, f"no decision {value!r}"


# ---------------------------------------------------------------------------------------------------------
# ops guide
# ---------------------------------------------------------------------------------------------------------
def test_ops_guide_references_existing_files() -> None:
    text = (DEPLOY / "README.md").read_text()
    paths = set(re.findall(r"`((?:deploy|schemas|benchmarks)/[\w./-]+)`", text))
    assert paths, "the guide names no files"
    missing = sorted(p for p in paths if not (REPO / p.rstrip("/")).exists())
    assert not missing, f"deploy/README.md names files that do not exist: {missing}"
