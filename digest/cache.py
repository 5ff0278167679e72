"""Analysis cache entries: a brief keyed by its seed's bytes, the settings and digest's version.

Pure: this module turns briefs into text and back; the store (store.py) keeps the text. An
entry that does not read back exactly is a miss, never an error: the seed is analysed again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from digest import __version__
from digest.config import Settings
from digest.model import Article, Brief, Paragraph, Seed

FORMAT = 1  # bump when the entry layout changes; old entries then never match


# Modules and packages that only run after analysis: changing them re-renders pages, never
# re-analyses. A package counts with every module in it, also one added later.
AFTER_ANALYSIS = frozenset(
    {"cli.py", "evaluate.py", "feed.py", "frontmatter_yaml.py", "init.py", "outlets.py",
     "passthrough.py", "paths.py", "pipeline.py", "plugin.py", "preview.py", "seeds.py",
     "store.py", "write.py", "group/", "render/"}
)  # fmt: skip


def runs_after_analysis(name: str) -> bool:
    """Return True for a module path below the package ("render/pages.py") that analysis
    never loads, by AFTER_ANALYSIS."""
    return name in AFTER_ANALYSIS or name.split("/", 1)[0] + "/" in AFTER_ANALYSIS


@lru_cache(maxsize=2)
def code_version(*, analysis_only: bool = False) -> str:
    """Return digest's version and a hash of its code and learned models (see `hash_code`)."""
    return hash_code(Path(__file__).parent, analysis_only=analysis_only)


def hash_code(package: Path, *, analysis_only: bool = False) -> str:
    """Return digest's version and a hash of its code and learned models.

    The version alone is not enough: an installed-from-source digest changes without a
    new version number, and stale analyses must never be served. With `analysis_only`,
    the modules that run after analysis are left out; a module not listed there counts.
    """
    digest = hashlib.sha256(__version__.encode())
    # The learned models and the word tables are data beside the code, and change analyses
    # just as much.
    files = [
        *package.rglob("*.py"),
        *package.rglob("analyze/models/*.json"),
        *package.rglob("analyze/data/*.json"),
    ]
    for path in sorted(files):
        name = path.relative_to(package).as_posix()
        if analysis_only and runs_after_analysis(name):
            continue
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(seed: Seed, settings: Settings) -> str:
    """Return the key of a seed's analysis: everything that can change the brief is in it."""
    analysis = (
        settings.summary_sentences,
        settings.summary_words,
        settings.keyword_count,
        settings.language,
        settings.max_words,
        settings.aliases,
    )
    code = code_version(analysis_only=True)
    digest = hashlib.sha256(f"{FORMAT}|{code}|{analysis!r}|{seed.source}|".encode())
    digest.update(seed.data)
    return digest.hexdigest()


def encode_brief(brief: Brief) -> str:
    """Return an analysed brief as compact, stable JSON."""
    data = asdict(brief)
    date = brief.article.date
    data["article"]["date"] = date.isoformat() if date else None
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode_brief(text: str) -> Brief | None:
    """Return the brief an entry holds, or None when the entry is damaged or of another shape."""
    try:
        data = json.loads(text)
        return _brief(data)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _brief(data: dict[str, Any]) -> Brief:
    raw = dict(data["article"])
    raw["paragraphs"] = tuple(Paragraph(**p) for p in raw["paragraphs"])
    raw["date"] = dt.date.fromisoformat(raw["date"]) if raw["date"] else None
    for field in ("teasers", "topics", "notes"):
        raw[field] = tuple(raw[field])
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    fields["article"] = Article(**raw)
    brief = Brief(**fields)
    if not all(isinstance(s, str) for s in (*brief.keywords, *brief.summary, brief.title)):
        raise TypeError("cache entry holds a value of the wrong type")
    return brief
