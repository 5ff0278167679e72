"""Subjects: the named things an article is about, normalised so briefs can share them.

A subject is a name (see `entities`): a person, place or body, never a word capitalised
by grammar, never the agency or outlet that reported it. Variants are one subject: the
alias table (shipped, overridden by the `aliases` setting) makes "UK", "Britain" and
"British" the "United Kingdom", and "Putin" is "Vladimir Putin" where the article names
him in full.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from digest.analyze.entities import find_mentions, fold_short_names
from digest.analyze.lexicon import is_news_source
from digest.model import Article

_MAX_SUBJECTS = 6
_POSSESSIVE = re.compile(r"['’]s?$")
# "TV", "PM": two capitals that are not in the alias table are rarely a subject.
_SHORT = 2


def find_subjects(article: Article, *, aliases: Mapping[str, str]) -> tuple[str, ...]:
    """Return the article's named subjects, most mentioned first.

    A subject is named twice or more, or named in the lead paragraph, where news puts
    what the article is about.
    """
    paragraphs = [p.text for p in article.body]
    mentions = find_mentions(paragraphs)
    fuller = fold_short_names(mentions, aliases)
    lead_end = len(paragraphs[0]) if paragraphs else 0
    counts: Counter[str] = Counter()
    lead: set[str] = set()
    for mention in mentions:
        name = subject_name(fuller.get(mention.name, mention.name), aliases=aliases)
        if name:
            counts[name] += 1
            if mention.start < lead_end:
                lead.add(name)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(name for name, n in ranked if n >= 2 or name in lead)[:_MAX_SUBJECTS]


def subject_name(name: str, *, aliases: Mapping[str, str]) -> str:
    """Return the subject a name stands for, "" when it names none (an agency, "TV")."""
    canonical = normalise_subject(name, aliases=aliases)
    if is_news_source(name) or is_news_source(canonical):
        return ""
    if len(name) <= _SHORT and name.casefold() not in aliases:
        return ""
    return canonical


def normalise_subject(name: str, *, aliases: Mapping[str, str]) -> str:
    """Return the canonical form of a subject: "Britain", "UK", "Britons" -> "United Kingdom"."""
    spaced = " ".join(name.split())
    key = _POSSESSIVE.sub("", spaced).casefold()
    if key in aliases:
        return aliases[key]
    # A plural of a listed name: "Kenyans" when the table lists "Kenyan".
    if key.endswith("s") and key[:-1] in aliases:
        return aliases[key[:-1]]
    return spaced
