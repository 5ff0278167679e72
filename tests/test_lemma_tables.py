"""lemma_tables: lemminflect's tables read on demand answer every word as its loaders do."""

from __future__ import annotations

import gzip
from pathlib import Path

from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer

from digest.analyze.lemma_tables import (
    WordTable,
    all_inflections,
    all_lemmas,
    inflection,
    inflection_entry,
    lemma_entry,
)


def test_the_lemma_table_read_on_demand_holds_every_entry_lemminflect_loads() -> None:
    path = Lemmatizer().lemma_lu_fn
    loaded = LemmaLUCodec.load(path)
    table = WordTable(Path(path), lemma_entry)
    assert table.index is None  # sorted by word: a word's lines are found by bisection
    assert all(table.get(word, {}) == entry for word, entry in loaded.items())
    assert table.get("zzzqx", {}) == {} and table.get("", {}) == {}


def test_the_inflection_table_read_on_demand_holds_every_entry_lemminflect_loads() -> None:
    path = Inflections().infl_lu_fn
    loaded = InflectionLUCodec.load(path)
    table = InflectionLUCodec.updateForAuxMod(WordTable(Path(path), inflection_entry))
    assert all(table.get(word, {}) == entry for word, entry in loaded.items())
    assert table.get("be") == {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",),
                               "VBN": ("been",), "VBP": ("am", "are"), "VBZ": ("is",)}  # fmt: skip


def test_a_table_not_sorted_by_word_is_indexed(tmp_path: Path) -> None:
    path = tmp_path / "lu.csv.gz"
    path.write_bytes(gzip.compress(b"rose,noun,rose\nran,verb,run\nrose,verb,rise\n"))
    table = WordTable(path, lemma_entry)
    assert table.index is not None
    assert table.get("rose") == {"NOUN": ("rose",), "VERB": ("rise",)}


def test_lookups_answer_as_lemminflect_does() -> None:
    assert all_lemmas("rose") == {"NOUN": ("rose",), "VERB": ("rise",)}
    assert all_lemmas("told", "VERB") == {"VERB": ("tell",)}
    assert all_inflections("rise", "VERB")["VBD"] == ("rose",)
    assert inflection("rise", "VBZ") == ("rises",)
