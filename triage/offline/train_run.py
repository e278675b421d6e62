"""`triage train` as one library call: inputs checked, the artifact trained (triage.offline.runs), and with
site labels the K-fold cross-validation of the recipe on them (triage.offline.crossval) recorded in the
artifact's manifest and site_cv.md. The command only turns its options into a TrainConfig."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from triage.errors import ConfigError
from triage.model.config import TrainConfig
from triage.offline.outputs import partial_dir
from triage.offline.progress import Log, quiet
from triage.offline.tables import DEFAULT_READ, ReadOptions, check_out_dir, require_file


def train_artifact(
    data: Path,
    out: Path,
    cfg: TrainConfig,
    *,
    grid: dict[str, list[Any]] | None = None,
    read_options: ReadOptions = DEFAULT_READ,
    unlabeled: Path | None = None,
    unlabeled_options: ReadOptions | None = None,
    site_labels: Path | None = None,
    site_weight: float = 5.0,
    site_cv: int = 0,
    site_cv_geometry: str = "small",
    force: bool = False,
    progress: bool = True,
    log: Log = quiet,
) -> dict[str, Any]:
    """Train `data` (+ `site_labels`) into the artifact directory `out` and return its manifest. Every
    check that can fail fast does before training: the input files, `out` (an existing artifact needs
    `force`), the geometry, the grid, and whether the site labels can be dealt into `site_cv` folds."""
    from triage.model.config import validate_grid
    from triage.offline.runs import run_training

    require_file(data)
    if unlabeled is not None:
        require_file(unlabeled, "--unlabeled")
    if site_labels is not None:
        require_file(site_labels, "--site-labels")
    if site_cv_geometry not in ("small", "same"):
        raise ConfigError(f"--site-cv-geometry {site_cv_geometry!r}: small or same")
    check_out_dir(out, force)
    cross_validate = site_labels is not None and site_cv > 0
    if cross_validate:
        from triage.offline.crossval import plan_folds

        plan_folds(
            site_labels, cfg, site_cv, read_options
        )  # a file that cannot be split fails before training
    search = validate_grid(grid, cfg) if grid is not None else None
    # built in OUT.partial/ and renamed to OUT once complete: a stop never leaves a half-written artifact
    with partial_dir(out, whole=True) as work:
        manifest = run_training(
            data,
            work,
            cfg,
            grid=search,
            progress=progress,
            log=log,
            read_options=read_options,
            unlabeled_path=unlabeled,
            unlabeled_options=unlabeled_options or read_options,
            site_labels_path=site_labels,
            site_weight=site_weight,
        )
        if cross_validate:
            from triage.model.artifact import update_manifest
            from triage.offline.crossval import cross_validate_site, markdown

            cv = cross_validate_site(
                data,
                site_labels,  # type: ignore[arg-type]
                cfg,
                site_cv,
                geometry=site_cv_geometry,
                read_options=read_options,
                site_weight=site_weight,
                progress=progress,
                log=log,
            )
            manifest = update_manifest(work, site_cv=cv)
            (work / "site_cv.md").write_text(markdown(cv), encoding="utf-8")
    return manifest
