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

from digest.analyze.entities import article_paragraphs, find_mentions, fold_short_names, lead_end
from digest.analyze.lexicon import is_news_source
from digest.model import Article

_MAX_SUBJECTS = 6
_POSSESSIVE = re.compile(r"['’]s?$")
# "TV", "PM": two capitals that are not in the alias table are rarely a subject.
_SHORT = 2


def find_subjects(article: Article, *, aliases: Mapping[str, str]) -> tuple[str, ...]:
    """Return the article's named subjects, most mentioned first.

    A subject is named twice or more, or named in the headline or lead, where news puts
    what the article is about.
    """
    paragraphs = article_paragraphs(article)
    mentions = find_mentions(paragraphs)  # the keywords' own: kept from their analysis
    fuller = fold_short_names(mentions, aliases)
    lead = lead_end(article, paragraphs)
    counts: Counter[str] = Counter()
    in_lead: set[str] = set()
    for mention in mentions:
        name = subject_name(fuller.get(mention.name, mention.name), aliases=aliases)
        if name:
            counts[name] += 1
            if mention.start < lead:
                in_lead.add(name)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(name for name, n in ranked if n >= 2 or name in in_lead)[:_MAX_SUBJECTS]


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
