"""Subjects: the named things an article is about, normalised so briefs can share them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from digest.analyze.sentences import split_sentences
from digest.analyze.text import STOPWORDS
from digest.model import Article

# Demonyms and short forms -> the place a topic page is named after.
DEMONYMS: Mapping[str, str] = {
    "afghan": "Afghanistan",
    "american": "United States",
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "united states": "United States",
    "argentine": "Argentina",
    "australian": "Australia",
    "bangladeshi": "Bangladesh",
    "brazilian": "Brazil",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "canadian": "Canada",
    "chinese": "China",
    "egyptian": "Egypt",
    "european": "Europe",
    "eu": "European Union",
    "french": "France",
    "german": "Germany",
    "greek": "Greece",
    "indian": "India",
    "indonesian": "Indonesia",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "kenyan": "Kenya",
    "korean": "Korea",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "lebanese": "Lebanon",
    "mexican": "Mexico",
    "nepali": "Nepal",
    "nepalese": "Nepal",
    "nigerian": "Nigeria",
    "pakistani": "Pakistan",
    "palestinian": "Palestine",
    "philippine": "Philippines",
    "filipino": "Philippines",
    "polish": "Poland",
    "russian": "Russia",
    "saudi": "Saudi Arabia",
    "south african": "South Africa",
    "spanish": "Spain",
    "sri lankan": "Sri Lanka",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
    "vietnamese": "Vietnam",
    "yemeni": "Yemen",
    "dutch": "Netherlands",
    "scottish": "Scotland",
    "welsh": "Wales",
}
# Titles that precede a name: "President Vladimir Putin" is about "Vladimir Putin".
_TITLES = frozenset(
    """
    president prime minister foreign defence defense finance home leader chief king
    queen prince princess pope general secretary chancellor governor senator mp mr mrs
    ms dr sir state-run supreme former deputy vice spokesperson spokesman minister's
    """.split()
)
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    """.split()
)
# Capitalised only because they open a sentence.
_OPENING_WORDS = frozenset(
    """
    both earlier later meanwhile however while although according amid despite last next
    """.split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the))*")
_MAX_SUBJECTS = 6


def find_subjects(article: Article, *, aliases: Mapping[str, str]) -> tuple[str, ...]:
    """Return the article's named subjects, most mentioned first.

    A subject is named twice or more, or named in the lead paragraph, where news puts
    what the article is about.
    """
    counts: Counter[str] = Counter()
    lead: set[str] = set()
    for number, paragraph in enumerate(article.body):
        for sentence in split_sentences(paragraph.text):
            names = _names_in(sentence, aliases=aliases)
            counts.update(names)
            if number == 0:
                lead.update(names)
    folded = _fold_short_names(counts)
    ranked = sorted(folded.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(name for name, n in ranked if n >= 2 or name in lead)[:_MAX_SUBJECTS]


def _fold_short_names(counts: Counter[str]) -> Counter[str]:
    """Count "Kim" as "Kim Jong Un" when the article names him in full."""
    folded: Counter[str] = Counter()
    for name, n in counts.items():
        fuller = [
            c
            for c in counts
            if c != name and " " not in name and name in (c.split()[0], c.split()[-1])
        ]
        folded[max(fuller, key=lambda c: (counts[c], c)) if fuller else name] += n
    return folded


def normalise_subject(name: str, *, aliases: Mapping[str, str]) -> str:
    """Return the canonical form of a subject: aliases first, then demonyms."""
    key = " ".join(name.split()).casefold()
    if key in aliases:
        return aliases[key]
    return DEMONYMS.get(key, " ".join(name.split()))


def _names_in(sentence: str, *, aliases: Mapping[str, str]) -> list[str]:
    names = []
    for m in _NAME.finditer(sentence):
        words = [_POSSESSIVE.sub("", w.strip(".,")) for w in m.group(0).split()]
        words = [w for w in words if w and w.lower() not in _CALENDAR]
        # A run's edges may carry title words and joiners: "President Vladimir Putin of".
        if m.start() == 0 and words and words[0].lower() in _OPENING_WORDS:
            words.pop(0)
        while words and (words[0].lower() in _TITLES or words[0].lower() in STOPWORDS):
            words.pop(0)
        while words and words[-1].lower() in STOPWORDS:
            words.pop()
        if not words or (m.start() == 0 and len(words) == 1 and words[0].lower() in STOPWORDS):
            continue
        names.extend(_split_demonym(" ".join(words), aliases=aliases))
    return [n for n in names if n]


def _split_demonym(name: str, *, aliases: Mapping[str, str]) -> list[str]:
    """Return the subjects in a run: "North Korean Foreign Minister" -> ["North Korea"]."""
    words = name.split()
    for size in (2, 1):
        head = " ".join(words[:size]).casefold()
        if len(words) > size and head in DEMONYMS and words[size].lower() in _TITLES:
            return [DEMONYMS[head]]
    if (
        len(words) == 1
        and words[0].isupper()
        and len(words[0]) <= 2
        and name.casefold() not in DEMONYMS
    ):
        return []
    return [normalise_subject(name, aliases=aliases)]
