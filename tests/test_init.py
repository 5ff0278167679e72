"""`digest init`: a new project that builds at once, and never overwrites a file."""

from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from conftest import CORPUS
from packaging.requirements import Requirement
from test_plugin import REPO, mkdocs_build

from digest.cli import main

EXPECTED = [
    ".github/workflows/pages.yml",
    ".gitignore",
    "README.md",
    "docs/about.md",
    "mkdocs.yml",
    "requirements.txt",
    "seeds/README.md",
]


def files_in(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_new_project_builds_strict_with_no_seed_into_an_empty_briefing(tmp_path: Path) -> None:
    root = tmp_path / "news"
    assert main(["init", str(root)]) == 0
    assert files_in(root) == EXPECTED
    run = mkdocs_build(root, "--strict")
    assert run.returncode == 0, run.stderr
    home = (root / "site/index.html").read_text()
    assert "No briefs yet" in home
    assert (root / "site/about/index.html").exists()
    assert 'site_name: "news"' in (root / "mkdocs.yml").read_text()


def test_digest_build_on_a_new_project_is_clean_under_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["init", str(tmp_path / "news")])
    monkeypatch.chdir(tmp_path / "news")
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0  # seeds/README.md is not reported as a seed
    assert "0 briefs" in capsys.readouterr().out


def test_new_project_turns_its_seeds_into_briefs(tmp_path: Path) -> None:
    root = tmp_path / "news"
    assert main(["init", "--quiet", str(root)]) == 0
    shutil.copy(CORPUS / "004_mombasa_port.txt", root / "seeds")
    run = mkdocs_build(root, "--strict")
    assert run.returncode == 0, run.stderr
    assert "Mombasa" in (root / "site/index.html").read_text()
    (brief,) = (root / "site/briefs").rglob("index.html")
    assert "Full text" in brief.read_text()


def test_gitignore_covers_what_a_build_generates(tmp_path: Path) -> None:
    root = tmp_path / "news"
    main(["init", str(root)])
    shutil.copy(CORPUS / "004_mombasa_port.txt", root / "seeds")
    assert mkdocs_build(root).returncode == 0
    ignored = (root / ".gitignore").read_text().split()
    for generated in ("site/", "/docs/briefs/", "/docs/topics/", "/docs/days/", "/docs/index.md"):
        assert generated in ignored
        assert (root / generated.strip("/")).exists()


def test_refuses_a_non_empty_folder_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["init", str(tmp_path)]) == 1
    assert "expected an empty folder" in capsys.readouterr().err
    assert files_in(tmp_path) == ["notes.txt"]


def test_force_adds_missing_files_and_keeps_existing_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: mine\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/about.md").write_text("# Who we are\n")
    assert main(["init", "--force", str(tmp_path)]) == 0
    assert (tmp_path / "mkdocs.yml").read_text() == "site_name: mine\n"
    assert (tmp_path / "docs/about.md").read_text() == "# Who we are\n"
    assert files_in(tmp_path) == EXPECTED
    assert "kept" in capsys.readouterr().err


def test_refuses_a_file_as_the_project_folder(tmp_path: Path) -> None:
    (tmp_path / "news").write_text("")
    assert main(["init", "--force", str(tmp_path / "news")]) == 1


def test_template_configures_mkdocs_like_this_repository(tmp_path: Path) -> None:
    main(["init", str(tmp_path / "news")])
    ours = yaml.safe_load((REPO / "mkdocs.yml").read_text())
    theirs = yaml.safe_load((tmp_path / "news/mkdocs.yml").read_text())
    assert theirs.keys() == ours.keys()
    for key in ours.keys() - {"site_name"}:
        assert theirs[key] == ours[key], key


def test_requirements_install_digest_by_its_own_distribution_not_the_pypi_digest(
    tmp_path: Path,
) -> None:
    main(["init", str(tmp_path / "news")])
    lines = (tmp_path / "news/requirements.txt").read_text().splitlines()
    (line,) = [line for line in lines if line and not line.startswith("#")]
    requirement = Requirement(line)
    assert requirement.name == "mkdocs-news-digest-plugin"  # `digest` on PyPI is another program
    # The distribution installed here is that one, with the command and the plugin `digest`.
    installed = metadata.distribution(requirement.name)
    assert requirement.url or requirement.specifier.contains(installed.version)
    points = {(p.group, p.name): p.value for p in installed.entry_points}
    assert points[("console_scripts", "digest")] == "digest.cli:run"
    assert points[("mkdocs.plugins", "digest")] == "digest.plugin:DigestPlugin"


def test_requirements_pin_the_commit_of_a_digest_installed_from_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FromGit:
        def read_text(self, name: str) -> str:
            assert name == "direct_url.json"
            return '{"url": "https://example.org/digest.git", "vcs_info": {"vcs": "git", ' \
                '"commit_id": "0123abc"}}'  # fmt: skip

    monkeypatch.setattr(metadata, "distribution", lambda name: FromGit())
    main(["init", str(tmp_path / "news")])
    text = (tmp_path / "news/requirements.txt").read_text()
    assert "\nmkdocs-news-digest-plugin @ git+https://example.org/digest.git@0123abc\n" in text


def test_readme_offers_mkdocs_and_zensical_and_the_workflow_builds_with_mkdocs(
    tmp_path: Path,
) -> None:
    main(["init", str(tmp_path / "news")])
    readme = (tmp_path / "news/README.md").read_text()
    assert "mkdocs build --strict" in readme
    assert "digest build --strict && .venv/bin/zensical build" in readme
    workflow = yaml.safe_load((tmp_path / "news/.github/workflows/pages.yml").read_text())
    runs = [s.get("run", "") for s in workflow["jobs"]["build"]["steps"]]
    assert "pip install -r requirements.txt" in runs and "mkdocs build --strict" in runs


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("summary_words", -5, "summary_words: expected a whole number >= 1, found -5"),
        ("page_keywords", -1, "page_keywords: expected a whole number >= 0, found -1"),
        ("keyword_count", "many", "keyword_count"),
        ("aliases", {"Kenya": 3}, "aliases.Kenya: expected a list of names"),
    ],
)
def test_a_bad_option_stops_the_build_naming_it(
    tmp_path: Path, option: str, value: object, message: str
) -> None:
    root = tmp_path / "news"
    main(["init", str(root)])
    config = (root / "mkdocs.yml").read_text()
    option_line = yaml.safe_dump({option: value}, default_flow_style=True).strip()[1:-1]
    (root / "mkdocs.yml").write_text(
        config.replace("seeds_dir: seeds", f"seeds_dir: seeds\n      {option_line}")
    )
    run = mkdocs_build(root)
    assert run.returncode == 1
    assert message in run.stderr
    assert not (root / "docs/index.md").exists()  # refused before anything was written
