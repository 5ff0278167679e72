"""The GitHub Pages workflows, of this repository and of `digest init`, checked offline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from digest.init import project_files

REPO = Path(__file__).parent.parent
BIN = Path(sys.executable).parent  # check-jsonschema and zizmor come with the test extra


@pytest.fixture(params=["repository", "digest init"])
def workflow(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "repository":
        return REPO / ".github/workflows/pages.yml"
    path = tmp_path / ".github/workflows/pages.yml"
    path.parent.mkdir(parents=True)
    path.write_text(
        project_files(site_name="news", requirement=None)[".github/workflows/pages.yml"]
    )
    return path


def test_workflow_matches_the_github_workflow_schema(workflow: Path) -> None:
    run = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", workflow],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_has_no_high_severity_security_finding(workflow: Path) -> None:
    run = subprocess.run(
        [BIN / "zizmor", "--offline", "--format", "json", workflow],
        capture_output=True, text=True, cwd=workflow.parent,
    )  # fmt: skip
    findings = json.loads(run.stdout)
    high = [
        f"{f['ident']}: {f['desc']}" for f in findings if f["determinations"]["severity"] == "High"
    ]
    assert high == []


def test_workflow_builds_strict_and_deploys_with_the_pages_actions(workflow: Path) -> None:
    data: dict[Any, Any] = yaml.safe_load(workflow.read_text())
    on = data[True]  # PyYAML reads the bare key `on` as the boolean true
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    assert data["concurrency"]["group"] == "pages"
    steps = [s for job in data["jobs"].values() for s in job["steps"]]
    uses = {s["uses"].split("@")[0]: s for s in steps if "uses" in s}
    assert {
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    } <= set(uses)
    assert uses["actions/setup-python"]["with"]["cache"] == "pip"
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "site"
    assert "mkdocs build --strict" in [s.get("run") for s in steps]
    granted = {
        f"{scope}: {level}"
        for job in data["jobs"].values()
        for scope, level in job.get("permissions", {}).items()
    }
    assert {"contents: read", "pages: write", "id-token: write"} <= granted
    assert data["jobs"]["deploy"]["environment"]["name"] == "github-pages"
