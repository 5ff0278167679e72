"""Cheap per-word features of a lead sentence for the learned headline word scorer.

No word list learned from a corpus: how rare a word is comes from general English
frequencies (wordfreq), the rest from the article itself and the word's shape and place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wordfreq import zipf_frequency

from digest.analyze.headline_clause import Clause
from digest.analyze.headline_cuts import ATTRIBUTION, word_key
from digest.analyze.text import STOPWORDS, plain_words

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
    "general_rarity",
    "rare_and_recurring",
    "in_subject",
    "in_verb",
    "in_object",
    "object_index",
)
_DIGIT = re.compile(r"\d")
_MONEY = re.compile(r"[$£€%]|\d(?:bn|m|k)\b")
_LETTERS = re.compile(r"[A-Za-z]")
_STRIP = "\"'“”‘’()[],;:.!?"
# Zipf frequency (log10 per billion words) of the rarest words wordfreq lists; a word it
# does not know is rarer still.
_RAREST_ZIPF = 1.0
_COMMONEST_ZIPF = 8.0


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


def general_rarity(token: str) -> float:
    """Return how rare a token's first word is in English at large (wordfreq), 0 to 7.

    General frequencies, not this corpus's: a name or a technical term is rare anywhere,
    "said" and "year" are common anywhere.
    """
    found = plain_words(token)
    if not found:
        return 0.0
    zipf = zipf_frequency(found[0], "en") or _RAREST_ZIPF
    return _COMMONEST_ZIPF - zipf


def word_features(
    tokens: Sequence[str], sentences: Sequence[str], clause: Clause | None = None
) -> list[tuple[float, ...]]:
    """Return one feature row per token of the lead sentence, in FEATURE_NAMES order.

    `sentences` are the article's sentences, the lead first; `clause` is the lead's main
    clause when one was found (a word's role in it: subject, verb or object).
    """
    subject = frozenset(clause.subject if clause else ())
    verb = frozenset(clause.verb_at if clause else ())
    objects = {i: k for k, i in enumerate(clause.rest if clause else ())}
    counts = _count(sentences)
    bare = [t.strip(_STRIP) for t in tokens]
    lower = [b.lower() for b in bare]
    keys = [word_key(t) for t in tokens]
    caps = [b[:1].isupper() for b in bare]
    later = [math.log(counts.later.get(k, 0) + 1) for k in keys]
    n = len(tokens)
    rows: list[tuple[float, ...]] = []
    brackets, quoted, part, attributed = 0, False, 1, False
    for i, token in enumerate(tokens):
        quotes = sum(token.count(q) for q in '"“”')
        article = math.log(counts.article.get(keys[i], 0) + 1)
        rarity = general_rarity(token)
        row = {
            "relative_position": i / n,
            "log_position": math.log(i + 1),
            "stopword": float(lower[i] in STOPWORDS),
            "capitalised": float(i > 0 and caps[i]),
            "all_capitals": float(len(bare[i]) > 1 and bare[i].isupper()),
            "digits": float(bool(_DIGIT.search(token))),
            "money_or_share": float(bool(_MONEY.search(token))),
            "in_brackets": float(brackets > 0 or token.startswith("(")),
            "in_quotes": float(quoted or quotes > 0),
            "first_clause": float(part == 1),
            "after_attribution": float(attributed),
            "attribution": float(lower[i] in ATTRIBUTION),
            "log_article_count": article,
            "log_lead_count": math.log(counts.lead.get(keys[i], 0) + 1),
            "log_letters": math.log(len(_LETTERS.findall(bare[i])) + 1),
            "adverb": float(lower[i].endswith("ly")),
            "past_or_gerund": float(lower[i].endswith(("ed", "ing"))),
            "plural": float(lower[i].endswith("s") and not lower[i].endswith("ss")),
            "follows_comma": float(i > 0 and tokens[i - 1].endswith((",", ";", ":"))),
            "log_sentence_words": math.log(n),
            "log_later_count": later[i],
            "in_second_sentence": float(keys[i] in counts.second),
            "opens_sentence": float(i == 0),
            "after_stopword": float(i > 0 and lower[i - 1] in STOPWORDS),
            "before_stopword": float(i + 1 < n and lower[i + 1] in STOPWORDS),
            "capitalised_count": float(i > 0 and caps[i]) * article,
            "sentence_share": counts.sentences.get(keys[i], 0) / counts.size,
            "keyword_rank": 1.0 / (1.0 + counts.rank.get(keys[i], 99)),
            "name_end": float(caps[i] and (i + 1 == n or not caps[i + 1])),
            "name_start": float(caps[i] and i + 1 < n and caps[i + 1]),
            "neighbour_later": max(later[i - 1] if i else 0.0, later[i + 1] if i + 1 < n else 0.0),
            "general_rarity": rarity,
            "rare_and_recurring": rarity * later[i],
            "in_subject": float(i in subject),
            "in_verb": float(i in verb),
            "in_object": float(i in objects),
            "object_index": math.log(objects[i] + 1) if i in objects else 0.0,
        }
        rows.append(tuple(row[name] for name in FEATURE_NAMES))
        brackets = max(0, brackets + token.count("(") - token.count(")"))
        quoted = quoted != (quotes % 2 == 1)
        part += token.endswith((",", ";", ":")) or token in {"-", "–", "—"}
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
