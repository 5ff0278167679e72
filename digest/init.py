"""`digest init`: a new project that builds at once, written from templates shipped in the package.

Unlike write.py, which owns the generated pages, this writes the files a person owns afterwards
(mkdocs.yml, docs/about.md, ...): it only ever creates files, and never replaces one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

from digest import __version__
from digest.errors import DigestError

# Stored without their leading dot: package-data globs and many tools skip dot-files.
_DOTTED = {"gitignore": ".gitignore", "github": ".github"}
# digest's distribution: the command, the import and the MkDocs plugin are all named `digest`,
# but the PyPI project of that name is another program.
DISTRIBUTION = "mkdocs-news-digest-plugin"
_REQUIREMENTS_HELP = f"""\
# What the site's CI (.github/workflows/pages.yml) installs to build the site: digest, as
# the {DISTRIBUTION} distribution, with MkDocs and Material for MkDocs.
# To install a copy that is not on PyPI, name it by git URL and commit instead:
#   {DISTRIBUTION} @ git+https://github.com/OWNER/digest@COMMIT
"""


class InitError(DigestError):
    """A project cannot be written where it was asked for."""


@dataclass(frozen=True)
class InitResult:
    """What `init_project` wrote, and the files it found already there and left alone."""

    written: tuple[str, ...]
    kept: tuple[str, ...]
    pinned: bool  # True when requirements.txt names where this digest was installed from


def init_project(target: Path, *, force: bool = False) -> InitResult:
    """Write a new project into `target`; an existing non-empty folder needs `force`."""
    if target.exists() and not target.is_dir():
        raise InitError(f"{target}: expected a folder, found a file")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise InitError(f"{target}: expected an empty folder, found files (use --force to add)")
    requirement = digest_requirement()
    files = project_files(site_name=target.resolve().name, requirement=requirement)
    written, kept = [], []
    for relative, text in files.items():
        path = target / relative
        if path.exists():
            kept.append(relative)  # never overwrite: the person may have edited it
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(relative)
    return InitResult(tuple(written), tuple(kept), pinned=requirement is not None)


def project_files(*, site_name: str, requirement: str | None) -> dict[str, str]:
    """Return the new project's files by relative POSIX path, in sorted order."""
    root = resources.files("digest") / "templates" / "project"
    files = dict(_walk(root, ""))
    # json.dumps gives a double-quoted string, which is valid YAML for any folder name.
    files["mkdocs.yml"] = Template(files["mkdocs.yml"]).substitute(site_name=json.dumps(site_name))
    files["requirements.txt"] = _REQUIREMENTS_HELP + (requirement or published_requirement()) + "\n"
    return dict(sorted(files.items()))


def published_requirement() -> str:
    """Return the pip requirement of releases compatible with the running digest: its
    version's bug-fix releases, which build the same site."""
    return f"{DISTRIBUTION}~={__version__}"


def digest_requirement() -> str | None:
    """Return a pip requirement for the running digest when it was installed from git."""
    try:
        raw = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    info = json.loads(raw) if raw else {}
    vcs = info.get("vcs_info") or {}
    if vcs.get("vcs") != "git" or not info.get("url"):
        return None  # a local folder or a wheel: nothing CI could install from
    return f"{DISTRIBUTION} @ git+{info['url']}@{vcs['commit_id']}"


def _walk(folder: Traversable, prefix: str) -> list[tuple[str, str]]:
    out = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        # Only top-level names lose their dot: seeds/README.md stays as it is.
        name = prefix + (item.name if prefix else _DOTTED.get(item.name, item.name))
        if item.is_dir():
            out += _walk(item, name + "/")
        else:
            out.append((name, item.read_text(encoding="utf-8")))
    return out
