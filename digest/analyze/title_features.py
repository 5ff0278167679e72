"""Cheap per-word features of a lead sentence for the learned headline word scorer."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from digest.analyze.text import STOPWORDS, plain_words, stem

# The order of the weights in title_model.py; bench/learn_title.py writes both.
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
)
ATTRIBUTION = frozenset("said says reported reports told according added claimed".split())
_DIGIT = re.compile(r"\d")
_MONEY = re.compile(r"[$£€%]|\d(?:bn|m|k)\b")
_LETTERS = re.compile(r"[A-Za-z]")


def word_key(token: str) -> str:
    """Return the stem a token is counted under: its first word, lower case."""
    found = plain_words(token)
    return stem(found[0]) if found else token.lower()


def word_features(tokens: Sequence[str], sentences: Sequence[str]) -> list[tuple[float, ...]]:
    """Return one feature row per token of the lead sentence, in FEATURE_NAMES order.

    `sentences` are the article's sentences, the lead first.
    """
    article_counts = Counter(word_key(t) for s in sentences for t in s.split())
    lead_counts = Counter(word_key(t) for s in sentences[:3] for t in s.split())
    later_counts = Counter(word_key(t) for s in sentences[1:] for t in s.split())
    second = {word_key(t) for t in (sentences[1].split() if len(sentences) > 1 else [])}
    bare_words = [t.strip("\"'“”‘’()[],;:.!?").lower() for t in tokens]
    n = len(tokens)
    sentence_counts = Counter(k for s in sentences for k in {word_key(t) for t in s.split()})
    ranked = sorted(
        (k for k in article_counts if k not in STOPWORDS and k[:1].isalpha()),
        key=lambda k: (-article_counts[k], k),
    )
    rank = {k: r for r, k in enumerate(ranked)}
    caps = [bool(w[:1].isupper()) for w in (t.strip("\"'“”‘’()[],;:.!?") for t in tokens)]
    later = [math.log(later_counts.get(word_key(t), 0) + 1) for t in tokens]
    rows: list[tuple[float, ...]] = []
    brackets, quoted, clause, attributed = 0, False, 1, False
    for i, token in enumerate(tokens):
        in_brackets = brackets > 0 or token.startswith("(")
        quotes = sum(token.count(q) for q in '"“”')
        in_quotes = quoted or quotes > 0
        bare = token.strip("\"'“”‘’()[],;:.!?")
        lower = bare.lower()
        key = word_key(token)
        is_attribution = lower in ATTRIBUTION
        rows.append(
            (
                i / n,
                math.log(i + 1),
                float(lower in STOPWORDS),
                float(i > 0 and bare[:1].isupper()),
                float(len(bare) > 1 and bare.isupper()),
                float(bool(_DIGIT.search(token))),
                float(bool(_MONEY.search(token))),
                float(in_brackets),
                float(in_quotes),
                float(clause == 1),
                float(attributed),
                float(is_attribution),
                math.log(article_counts.get(key, 0) + 1),
                math.log(lead_counts.get(key, 0) + 1),
                math.log(len(_LETTERS.findall(bare)) + 1),
                float(lower.endswith("ly")),
                float(lower.endswith(("ed", "ing"))),
                float(lower.endswith("s") and not lower.endswith("ss")),
                float(i > 0 and tokens[i - 1].endswith((",", ";", ":"))),
                math.log(n),
                math.log(later_counts.get(key, 0) + 1),
                float(key in second),
                float(i == 0),
                float(i > 0 and bare_words[i - 1] in STOPWORDS),
                float(i + 1 < n and bare_words[i + 1] in STOPWORDS),
                float(i > 0 and bare[:1].isupper()) * math.log(article_counts.get(key, 0) + 1),
                sentence_counts.get(key, 0) / len(sentences),
                1.0 / (1.0 + rank.get(key, 99)),
                float(caps[i] and (i + 1 == n or not caps[i + 1])),
                float(caps[i] and i + 1 < n and caps[i + 1]),
                max(later[i - 1] if i else 0.0, later[i + 1] if i + 1 < n else 0.0),
            )
        )
        brackets = max(0, brackets + token.count("(") - token.count(")"))
        quoted = quoted != (quotes % 2 == 1)
        clause += token.endswith((",", ";", ":")) or token in {"-", "–", "—"}
        attributed = attributed or is_attribution
    return rows
