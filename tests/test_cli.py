"""The CLI through its entry point: build, analyze, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, SEEDS

from digest.cli import main


def test_analyze_prints_one_json_object_per_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["analyze", str(SEEDS / "furniture_full.txt"), str(SEEDS / "no_header.txt")])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and len(lines) == 2
    record = json.loads(lines[0])
    assert list(record) == ["id", "title", "date", "keywords", "summary", "topics", "story"]
    assert record["date"] == "2024-01-21" and record["summary"]
    assert "Image Source" not in json.dumps(record)


def test_analyze_jsonl_reads_text_like_a_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SEEDS / "furniture_full.txt").read_text()
    lines = [
        {"id": "a", "text": text},
        {"id": "b", "text": "", "title": "Nothing"},
        {"id": "c", "text": "One plain sentence here.", "date": "2024-02-03", "title": "T"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(x) + "\n" for x in lines))
    code = main(["analyze", "--jsonl", str(source)])
    captured = capsys.readouterr()
    records = [json.loads(x) for x in captured.out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[0]["date"] == "2024-01-21"
    assert records[1]["error"] and code == 1
    assert "empty file" in captured.err
    assert records[2]["title"] == "T" and records[2]["date"] == "2024-02-03"


def test_analyze_needs_seeds_or_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze"]) == 2
    assert "give seed files or --jsonl" in capsys.readouterr().err


def test_build_writes_pages_and_strict_fails_on_reported_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    out = capsys.readouterr()
    assert "5 briefs" in out.out and "notes.csv" in out.err
    assert (tmp_path / "docs/days/2024-03-05.md").exists()
    assert main(["build", "--strict"]) == 1


def test_unknown_command_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["publish"])
    assert caught.value.code == 2
