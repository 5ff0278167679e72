"""Cheap per-word features of a lead sentence for the learned headline word scorer."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from digest.analyze.text import STOPWORDS, plain_words, stem

# The features of the model in models/title.json, which bench/learn_title.py writes.
FEATURE_NAMES: tuple[str, ...] = (
    "relative_position",
    "log_position",
    "stopword",
    "capitalised",
    "all_capitals",
    "digits",
    "money_or_share",
    "in_brackets",
    "in_quotes",
    "first_clause",
    "after_attribution",
    "attribution",
    "log_article_count",
    "log_lead_count",
    "log_letters",
    "adverb",
    "past_or_gerund",
    "plural",
    "follows_comma",
    "log_sentence_words",
    "log_later_count",
    "in_second_sentence",
    "opens_sentence",
    "after_stopword",
    "before_stopword",
    "capitalised_count",
    "sentence_share",
    "keyword_rank",
    "name_end",
    "name_start",
    "neighbour_later",
    "rarity",
    "rare_and_recurring",
    "headline_lift",
)
ATTRIBUTION = frozenset("said says reported reports told according added claimed".split())
_DIGIT = re.compile(r"\d")
_MONEY = re.compile(r"[$£€%]|\d(?:bn|m|k)\b")
_LETTERS = re.compile(r"[A-Za-z]")
_STRIP = "\"'“”‘’()[],;:.!?"


@dataclass(frozen=True)
class CommonWords:
    """What is known of everyday news words, by word key (see `word_key`).

    `rarity` is -log of the share of articles using the word; `lift` is how much likelier
    than an average lead word it is to make the headline (log odds). Only common words are
    listed (bench/learn_title.py learns them): any other word is rarer than all of them,
    and nothing is known of its lift.
    """

    rarity: Mapping[str, float]
    lift: Mapping[str, float]
    unknown_rarity: float

    def rarity_of(self, key: str) -> float:
        """Return how rare a word is across articles."""
        return self.rarity.get(key, self.unknown_rarity)


@dataclass(frozen=True)
class _Counts:
    """What the article says about each word key, counted once per article."""

    article: Counter[str]
    lead: Counter[str]
    later: Counter[str]
    sentences: Counter[str]
    second: frozenset[str]
    rank: Mapping[str, int]
    size: int


def word_key(token: str) -> str:
    """Return the stem a token is counted under: its first word, lower case."""
    found = plain_words(token)
    return stem(found[0]) if found else token.lower()


def word_features(
    tokens: Sequence[str], sentences: Sequence[str], *, common: CommonWords
) -> list[tuple[float, ...]]:
    """Return one feature row per token of the lead sentence, in FEATURE_NAMES order.

    `sentences` are the article's sentences, the lead first.
    """
    counts = _count(sentences)
    bare = [t.strip(_STRIP) for t in tokens]
    lower = [b.lower() for b in bare]
    keys = [word_key(t) for t in tokens]
    caps = [b[:1].isupper() for b in bare]
    later = [math.log(counts.later.get(k, 0) + 1) for k in keys]
    n = len(tokens)
    rows: list[tuple[float, ...]] = []
    brackets, quoted, clause, attributed = 0, False, 1, False
    for i, token in enumerate(tokens):
        quotes = sum(token.count(q) for q in '"“”')
        article = math.log(counts.article.get(keys[i], 0) + 1)
        rows.append(
            (
                i / n,
                math.log(i + 1),
                float(lower[i] in STOPWORDS),
                float(i > 0 and caps[i]),
                float(len(bare[i]) > 1 and bare[i].isupper()),
                float(bool(_DIGIT.search(token))),
                float(bool(_MONEY.search(token))),
                float(brackets > 0 or token.startswith("(")),
                float(quoted or quotes > 0),
                float(clause == 1),
                float(attributed),
                float(lower[i] in ATTRIBUTION),
                article,
                math.log(counts.lead.get(keys[i], 0) + 1),
                math.log(len(_LETTERS.findall(bare[i])) + 1),
                float(lower[i].endswith("ly")),
                float(lower[i].endswith(("ed", "ing"))),
                float(lower[i].endswith("s") and not lower[i].endswith("ss")),
                float(i > 0 and tokens[i - 1].endswith((",", ";", ":"))),
                math.log(n),
                later[i],
                float(keys[i] in counts.second),
                float(i == 0),
                float(i > 0 and lower[i - 1] in STOPWORDS),
                float(i + 1 < n and lower[i + 1] in STOPWORDS),
                float(i > 0 and caps[i]) * article,
                counts.sentences.get(keys[i], 0) / counts.size,
                1.0 / (1.0 + counts.rank.get(keys[i], 99)),
                float(caps[i] and (i + 1 == n or not caps[i + 1])),
                float(caps[i] and i + 1 < n and caps[i + 1]),
                max(later[i - 1] if i else 0.0, later[i + 1] if i + 1 < n else 0.0),
                common.rarity_of(keys[i]),
                common.rarity_of(keys[i]) * later[i],
                common.lift.get(keys[i], 0.0),
            )
        )
        brackets = max(0, brackets + token.count("(") - token.count(")"))
        quoted = quoted != (quotes % 2 == 1)
        clause += token.endswith((",", ";", ":")) or token in {"-", "–", "—"}
        attributed = attributed or lower[i] in ATTRIBUTION
    return rows


def _count(sentences: Sequence[str]) -> _Counts:
    """Return the article's word-key counts the features look up."""
    keyed = [[word_key(t) for t in s.split()] for s in sentences]
    article = Counter(k for s in keyed for k in s)
    # Content words by how often the article uses them: a cheap stand-in for its keywords.
    ranked = sorted(
        (k for k in article if k not in STOPWORDS and k[:1].isalpha()),
        key=lambda k: (-article[k], k),
    )
    return _Counts(
        article=article,
        lead=Counter(k for s in keyed[:3] for k in s),
        later=Counter(k for s in keyed[1:] for k in s),
        sentences=Counter(k for s in keyed for k in set(s)),
        second=frozenset(keyed[1] if len(keyed) > 1 else ()),
        rank={k: r for r, k in enumerate(ranked)},
        size=len(sentences),
    )
