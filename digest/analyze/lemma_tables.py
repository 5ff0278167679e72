"""lemminflect's lemma and inflection tables, each word's entry read when first asked for.

lemminflect reads the whole of both tables (120,000 lines) into dicts the first time a
word is looked up: about 0.3 s, most of the analysis of a rebuild that analyses one
article. `install` gives lemminflect tables holding the same lines, split at the line
breaks only, whose entry for a word is made from that word's lines when asked for, by
lemminflect's own line reader and in file order, as its loader makes it. Only the tables
are swapped; every lookup still goes through lemminflect, by the functions here.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import lemminflect
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos

Entry = dict[str, Any]


class WordTable:
    """A lemminflect table read on demand: `get(word, default)` as its dict answers it."""

    def __init__(self, path: Path, entry: Callable[[list[str]], Entry]) -> None:
        lines = gzip.decompress(path.read_bytes()).decode().split("\n")
        self.lines = lines[:-1] if lines and not lines[-1] else lines
        self.words = [line.partition(",")[0] for line in self.lines]
        self.index: dict[str, list[str]] | None = None  # for a table not sorted by word
        if self.words != sorted(self.words):
            self.index = {}
            for word, line in zip(self.words, self.lines, strict=True):
                self.index.setdefault(word, []).append(line)
        self.entry = entry
        self.made: dict[str, Entry | None] = {}  # entries made, and words set by lemminflect

    def get(self, word: str, default: Any = None) -> Any:
        """Return the word's entry, made from its lines, or `default` when it has none."""
        if word not in self.made:
            lines = self._lines_of(word)
            self.made[word] = self.entry(lines) if lines else None
        made = self.made[word]
        return default if made is None else made

    def __setitem__(self, word: str, entry: Entry) -> None:
        # lemminflect's loader sets the entries of a few auxiliary verbs by hand.
        self.made[word] = entry

    def _lines_of(self, word: str) -> list[str]:
        if self.index is not None:
            return self.index.get(word, [])
        return self.lines[bisect_left(self.words, word) : bisect_right(self.words, word)]


def lemma_entry(lines: list[str]) -> Entry:
    """Return a word's lemmas by part of speech, as LemmaLUCodec.load makes them."""
    entry: Entry = {}
    for line in lines:
        _, category, forms = LemmaLUCodec.fromString(line)
        entry[categoryToUPos(category)] = forms
    return entry


def inflection_entry(lines: list[str]) -> Entry:
    """Return a lemma's forms by tag, as InflectionLUCodec.load makes them."""
    entry: Entry = {}
    for line in lines:
        entry.update(InflectionLUCodec.fromString(line)[2])
    return entry


def all_lemmas(word: str, upos: str | None = None) -> Entry:
    """Return lemminflect's getAllLemmas(word, upos): lemmas by part of speech."""
    install()
    return dict(lemminflect.getAllLemmas(word, upos))


def all_inflections(lemma: str, upos: str | None = None) -> Entry:
    """Return lemminflect's getAllInflections(lemma, upos): forms by Penn tag."""
    install()
    return dict(lemminflect.getAllInflections(lemma, upos))


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """Return lemminflect's getInflection(lemma, tag): the spellings of one form."""
    install()
    return tuple(lemminflect.getInflection(lemma, tag))


@cache
def install() -> None:
    """Give lemminflect's lemmatizer and inflector tables read on demand, once."""
    lemmas, inflections = Lemmatizer(), Inflections()
    if not hasattr(lemmas, "lemma_dict"):
        lemmas.lemma_dict = WordTable(Path(lemmas.lemma_lu_fn), lemma_entry)
    if not hasattr(inflections, "infl_dict"):
        table = WordTable(Path(inflections.infl_lu_fn), inflection_entry)
        inflections.infl_dict = InflectionLUCodec.updateForAuxMod(table)
