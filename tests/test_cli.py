"""The CLI through its entry point: build, analyze, exit codes."""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, SEEDS

from digest.cli import _parser, _progress_bar, main
from digest.config import Settings
from digest.pipeline import build


def test_analyze_prints_one_json_object_per_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["analyze", str(SEEDS / "furniture_full.txt"), str(SEEDS / "no_header.txt")])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and len(lines) == 2
    record = json.loads(lines[0])
    assert list(record) == [
        "id",
        "title",
        "date",
        "keywords",
        "summary",
        "topics",
        "story",
        "outlet",
    ]
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


def test_analyze_jsonl_gives_a_copy_the_story_of_its_brief_and_its_own_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (SEEDS / "furniture_full.txt").read_text().split("\n\n", 1)[1]
    lines = [
        {"id": "wire", "text": "Grain deal signed in Moscow\n\n" + body},
        {"id": "paper", "text": "Moscow and Kyiv agree on grain\n\n" + body},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(x) + "\n" for x in lines))
    assert main(["analyze", "--jsonl", str(source)]) == 0
    wire, paper = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert wire["story"] == paper["story"] and wire["summary"] == paper["summary"]
    assert wire["title"] == "Grain deal signed in Moscow"
    assert paper["title"] == "Moscow and Kyiv agree on grain"


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
    assert "6 briefs" in out.out and "notes.csv" in out.err
    assert (tmp_path / "docs/days/2024-03-05.md").exists()
    assert main(["build", "--strict"]) == 1


def test_verbose_build_says_how_long_each_stage_took(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-v"]) == 0
    (stages,) = [line for line in capsys.readouterr().err.splitlines() if "stages:" in line]
    for stage in ("read", "analyse", "group", "render", "write"):
        assert re.search(rf"\b{stage} \d+\.\d\d s", stages), stage
    assert "(7 of 7 seeds analysed)" in stages  # a cold build analyses every seed


def test_unknown_command_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["publish"])
    assert caught.value.code == 2


def subcommand_names() -> list[str]:
    (action,) = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(action.choices)


@pytest.mark.parametrize("command", [[], *([name] for name in subcommand_names())])
def test_every_help_says_what_it_does_with_an_example(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main([*command, "--help"])
    text = capsys.readouterr().out
    assert caught.value.code == 0
    assert "Example" in text and "usage: digest" in text


def test_show_prints_one_brief_for_a_quick_look(capsys: pytest.CaptureFixture[str]) -> None:
    seed = SEEDS / "furniture_full.txt"
    assert main(["show", str(seed)]) == 0
    out = capsys.readouterr().out
    record = json.loads(_analyze_one(seed, capsys))
    assert out.splitlines()[0] == record["title"]
    assert "21 January 2024" in out and "Moscow" in out
    assert "Keywords: " + record["keywords"][0] in out
    assert "Topics: " in out and "Image Source" not in out
    first_summary_words = " ".join(record["summary"][0].split()[:4])
    assert first_summary_words in " ".join(out.split())


def _analyze_one(seed: Path, capsys: pytest.CaptureFixture[str]) -> str:
    main(["analyze", str(seed)])
    return capsys.readouterr().out


def test_show_names_a_seed_that_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: cannot be read" in capsys.readouterr().err


def test_quiet_build_prints_no_closing_line_and_verbose_lists_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    (tmp_path / "seeds/notes.csv").unlink()
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    shutil.rmtree(tmp_path / "docs")
    assert main(["build", "--verbose"]) == 0
    captured = capsys.readouterr()
    assert "wrote docs/index.md" in captured.err
    assert "6 briefs" in captured.out


def test_build_off_a_terminal_draws_no_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert "analysing" not in err and "\r" not in err


def test_progress_counts_every_analysed_seed(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    calls: list[tuple[int, int]] = []
    build(Settings(), root=tmp_path, progress=lambda done, total: calls.append((done, total)))
    seeds = len([p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")])
    assert calls == [(n, seeds) for n in range(1, seeds + 1)]


def test_a_bad_setting_exits_1_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - digest:\n      summary_sentences: 0\n"
    )
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 1
    assert "summary_sentences: expected a whole number >= 1, found 0" in capsys.readouterr().err


def test_a_missing_config_file_is_an_error_not_the_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--config", str(tmp_path / "nope.yml")]) == 1
    assert "nope.yml: expected a MkDocs config file" in capsys.readouterr().err


def test_progress_bar_draws_on_a_terminal_once_a_build_is_slow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with _progress_bar(enabled=True) as progress:
        progress(1, 2)
        time.sleep(1.5)  # past the bar's delay: short builds draw nothing
        progress(2, 2)
    assert "analysing" in terminal.getvalue() and "2/2" in terminal.getvalue()
