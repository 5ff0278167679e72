"""cache: a brief survives the round trip; a damaged entry is a miss; keys follow inputs."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_article, make_brief

import digest.cache
from digest.cache import (
    cache_key,
    code_version,
    decode_brief,
    encode_brief,
    hash_code,
    runs_after_analysis,
)
from digest.config import Settings
from digest.model import Paragraph, Seed


def test_brief_round_trips_exactly() -> None:
    article = make_article(
        "One.\n\nTwo.", date=dt.date(2024, 1, 21), teasers=("Also this",), notes=("a note",)
    )
    article = replace(article, paragraphs=(*article.paragraphs, Paragraph("Sub", True)))
    brief = make_brief(article=article, subjects=("Kenya",), keywords=("port", "Mombasa"))
    assert decode_brief(encode_brief(brief)) == brief
    undated = make_brief(article=make_article(date=None))
    assert decode_brief(encode_brief(undated)) == undated


@pytest.mark.parametrize(
    "entry",
    ["", "{", "[]", '{"article": {}}', '{"title": 3}', encode_brief(make_brief())[:-20]],
)
def test_damaged_entry_is_a_miss(entry: str) -> None:
    assert decode_brief(entry) is None


def test_entry_of_wrong_types_is_a_miss() -> None:
    entry = encode_brief(make_brief()).replace('"keywords":["council","plan"]', '"keywords":[1]')
    assert decode_brief(entry) is None


def test_key_changes_with_bytes_source_and_analysis_settings_only() -> None:
    seed = Seed("seeds/a.txt", b"text")
    key = cache_key(seed, Settings())
    assert key == cache_key(Seed("seeds/a.txt", b"text"), Settings())
    assert key != cache_key(Seed("seeds/a.txt", b"text!"), Settings())
    assert key != cache_key(Seed("seeds/b.txt", b"text"), Settings())
    assert key != cache_key(seed, Settings(summary_words=60))
    assert key == cache_key(seed, Settings(date_format="%Y"))  # a page setting, not analysis


def test_code_left_out_of_analysis_keys_is_never_loaded_by_analysis() -> None:
    # Editing a page template must not re-analyse a large site, but editing anything analysis
    # runs must: the modules left out of the key are checked to be outside analysis.
    script = (
        "import sys, digest.batch; "
        "print(*(m.__file__ for n, m in sys.modules.items() if n.startswith('digest.')), sep='\\n')"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    package = Path(digest.cache.__file__).parent
    # By file, so a package is its `__init__.py`, as `hash_code` names it.
    loaded = {Path(f).relative_to(package).as_posix() for f in run.stdout.splitlines()}
    assert "analyze/brief.py" in loaded and "parse/__init__.py" in loaded
    assert not any(runs_after_analysis(name) for name in loaded)
    assert runs_after_analysis("group/stories.py") and runs_after_analysis("render/pages.py")
    assert code_version(analysis_only=True) != code_version()


def test_a_changed_learned_model_changes_the_analysis_key(tmp_path: Path) -> None:
    package = tmp_path / "digest"
    shutil.copytree(Path(digest.cache.__file__).parent, package)
    before = hash_code(package, analysis_only=True)
    model = package / "analyze" / "models" / "summary.json"
    model.write_text(model.read_text(encoding="utf-8").replace('"bias": ', '"bias": 1'))
    assert hash_code(package, analysis_only=True) != before
