"""evaluate: the quality table reads the reference scorer's lines and the stories' mix check."""

from __future__ import annotations

import json
from pathlib import Path

from digest.evaluate import CHECKS, Check, Scored, mix_violations, score, story_fold_of, table_rows

_SCORER = """import sys
print("summaries: 3 articles (P@3: ...)")
print("  project   P@3=0.887 R1=0.566 R2=0.533 words=65.3 sentences=2.88 dangling=0.000")
print("  lead-3    P@3=0.591 R1=0.446 R2=0.362 words=60.4 sentences=3.00 dangling=0.002")
print("  yake n=3      p10=0.205 r10top=0.055")
print("        wire: wire furniture in headline or summary; lead: ...")
sys.exit(1 if "--min-p3" in sys.argv else 0)
"""


def test_the_scorer_s_figures_are_read_per_system(tmp_path: Path) -> None:
    (tmp_path / "score.py").write_text(_SCORER, encoding="utf-8")
    check = Check("summaries (BBC)", "bbc-body", "summaries", ("--min-r2", "0.50"))
    scored = score(tmp_path, check, tmp_path / "g", tmp_path / "p", ())
    assert scored.met
    assert scored.figures["project"]["R2"] == "0.533"
    assert scored.figures["lead-3"]["P@3"] == "0.591"
    assert scored.figures["yake n=3"] == {"p10": "0.205", "r10top": "0.055"}
    assert "wire:" not in scored.figures and "wire" not in scored.figures
    row = table_rows(check, scored, scored)
    assert row == [
        ["summaries (BBC)", "ROUGE-2 F1", "0.533", "0.533", ">= 0.50", "yes", "lead-3 0.362"]
    ]


def test_a_target_above_the_ci_gate_is_shown_with_whether_it_is_met() -> None:
    check = Check("h", "bbc-body", "titles", ("--min-r1", "0.28"), targets={"--min-r1": "0.30"})
    figures = {"project": {"R1": "0.290"}}
    rows = table_rows(check, Scored(figures, True), Scored(figures, True))
    assert rows == [["h", "ROUGE-1 F1", "0.290", "0.290", ">= 0.30 (CI gate >= 0.28)", "no", ""]]


def test_a_target_met_on_the_whole_set_but_not_on_the_held_out_fold_is_not_met() -> None:
    check = Check("h", "bbc-body", "titles", ("--min-r1", "0.28"), targets={"--min-r1": "0.30"})
    held = Scored({"project": {"R1": "0.296"}}, True)
    whole = Scored({"project": {"R1": "0.300"}}, True)
    rows = table_rows(check, held, whole)
    assert rows == [["h", "ROUGE-1 F1", "0.296", "0.300", ">= 0.30 (CI gate >= 0.28)", "no", ""]]


def test_a_bound_the_scorer_refuses_is_not_met(tmp_path: Path) -> None:
    (tmp_path / "score.py").write_text(_SCORER, encoding="utf-8")
    check = Check("summaries (BBC)", "bbc-body", "summaries", ("--min-p3", "0.95"))
    assert not score(tmp_path, check, tmp_path / "g", tmp_path / "p", check.bounds).met


def test_a_limit_the_scorer_has_no_flag_for_is_checked_from_its_figures() -> None:
    check = next(c for c in CHECKS if c.limits)
    figures = {"project": {"largest": "10", "in_shared": "0.700"}}
    rows = table_rows(check, Scored(figures, True), Scored(figures, True))
    assert ["", "share in a story of 2+", "0.700", "0.700", "<= 0.6", "no", ""] in rows


def test_a_mixed_in_article_sharing_a_story_with_an_event_s_reports_is_counted(
    tmp_path: Path,
) -> None:
    rows = [
        {"id": "ECB+/1_1ecb", "story": "a"},
        {"id": "ECB+/1_2ecb", "story": "a"},
        {"id": "mix/business/001", "story": "a"},
        {"id": "mix/business/002", "story": "b"},
        {"id": "mix/business/003", "story": "b"},
    ]
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert mix_violations(out) == 1


def test_both_events_of_an_ecb_topic_fall_in_one_fold() -> None:
    assert story_fold_of("ECB+/12_3ecb") == story_fold_of("ECB+/12_10ecbplus")
    assert {story_fold_of(f"ECB+/{t}_1ecb") for t in range(1, 30)} == {0, 1}
