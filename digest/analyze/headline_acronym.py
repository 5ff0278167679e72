"""Short names: a headline calls a body by the initials its article uses for it.

Wire headlines name "the European Central Bank" as "ECB" and "General Motors" as "GM"
once the article gives those initials; a long name costs a headline the words its news
needs. A name is shortened only when the article itself uses its initials as a word ("the
BNP's leader"), so no initials are ever made up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from digest.analyze.name_words import INITIAL_SKIPS

_INITIALS = re.compile(r"\b[A-Z]{2,6}\b")
_BRACKETED = re.compile(r"\(\s*[A-Z]{2,6}\s*\)")
# A capitalised word with what may close it: a possessive, then punctuation.
_NAME_WORD = re.compile(r"^(?P<word>[A-Z][a-z][\w\-]*?)(?P<tail>(?:['’]s)?[\"'”’,;:.!?)]*)$")
_LONGEST_NAME = 7


def known_initials(texts: Iterable[str]) -> frozenset[str]:
    """Return the words in capitals of 2-6 letters that the texts use ("GM", "ECB").

    Initials only given in brackets after the name ("Kelmont Bank (KB)") are not the
    article's name for it until it uses them on their own.
    """
    return frozenset(
        match for text in texts for match in _INITIALS.findall(_BRACKETED.sub(" ", text))
    )


def with_initials(tokens: Sequence[str], known: frozenset[str]) -> list[str]:
    """Return the tokens with each name the article also gives by its initials replaced
    by them: "European Central Bank's" -> "ECB's", "US Federal Bureau of Investigation"
    -> "US FBI" (the longest name that matches, from its first word)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        end, initials = _named_by_initials(tokens, i, known)
        if end is None:
            out.append(tokens[i])
            i += 1
            continue
        match = _NAME_WORD.match(tokens[end - 1])
        out.append(initials + (match["tail"] if match else ""))
        i = end
    return out


def _named_by_initials(
    tokens: Sequence[str], start: int, known: frozenset[str]
) -> tuple[int | None, str]:
    """Return where the name opening at `start` ends and its initials, when the article
    knows them; (None, "") when no name opens there or its initials are not in use."""
    if not known or not _NAME_WORD.match(tokens[start]):
        return None, ""
    for end in range(min(len(tokens), start + _LONGEST_NAME), start + 1, -1):
        initials = _initials(tokens[start:end])
        if initials in known:
            return end, initials
    return None, ""


def _initials(run: Sequence[str]) -> str:
    """Return a name's initials ("British National Party" -> "BNP"), or "" for no whole name: a
    word that is neither capitalised nor a joiner, a joiner at an edge, or punctuation
    that parts it."""
    if run[-1] in INITIAL_SKIPS or any(token[-1:] in ',;:.!?)"”' for token in run[:-1]):
        return ""
    letters = []
    for k, token in enumerate(run):
        if token in INITIAL_SKIPS and k:
            continue
        match = _NAME_WORD.match(token)
        if match is None or (match["tail"] and k < len(run) - 1):
            return ""
        letters.append(token[0])
    return "".join(letters) if len(letters) >= 2 else ""
