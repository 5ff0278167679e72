"""Names in a text: the people, places and bodies it mentions, as a reader would write them.

A name is a run of capitalised words ("Kim Jong Un", "Bank of England"), cleaned the way an
editor would: "Russia's President Vladimir Putin" names "Russia" and "Vladimir Putin";
"Austrian Jurgen Melzer" names "Austrian" and "Jurgen Melzer"; "US-led" names "US"; "If",
"Many" and "I'm" are capitalised by grammar and name nothing.

A word capitalised only by its place (opening a sentence, after a quote or colon, in a
Title Case headline) is a name only with evidence: the text capitalises it elsewhere, it is
an acronym, or English has no such common word ("Kenya", "Xinhua"). A common word opening
a sentence before a name ("Former Chelsea", "Praising Celtic") is left off when the text
names the rest on its own; "Public Accounts Committee" stays whole; a common plural opening
a sentence before "of" ("Members of the UK", "Shares of Carrow Bank") is no part of a name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from digest.analyze.lexicon import (
    BODY_WORDS,
    FUNCTION_WORDS,
    LEAD_INS,
    TITLE_MODIFIERS,
    WEEKDAYS,
    is_dictionary_word,
    is_inflected_noun,
    is_verb_form,
    shipped_aliases,
    word_classes,
    zipf,
)
from digest.analyze.name_words import (
    INITIALS,
    JOINERS,
    LOWER_WORD,
    Token,
    acronym,
    capitalised,
    in_title_case,
    is_title,
    name_words,
    shouted,
    trim_edges,
)
from digest.analyze.sentences import split_sentences
from digest.analyze.text import unescape
from digest.model import Article

# Sentences of the first body paragraph that make the lead, with the headline, and the
# words they hold at least.
LEAD_SENTENCES = 2
LEAD_WORDS = 50


@dataclass(frozen=True)
class Mention:
    """One name as written, and where: offsets count in the paragraphs joined by newlines."""

    name: str
    start: int
    end: int
    sentence: int  # 0 for the text's first sentence


@dataclass(frozen=True)
class _Evidence:
    """What the text capitalises away from a sentence's start, in ordinary sentences."""

    words: frozenset[str]  # every capitalised word
    starts: frozenset[str]  # the first word of a name
    singles: frozenset[str]  # a name of one word
    pairs: frozenset[tuple[str, str]]  # two words in a row inside a name
    lower_words: frozenset[str]  # every word written in lower case
    describing: frozenset[str]  # a lower-case adjective right before a name: "lowly"


_NUMBERED = re.compile(r"\s+\d")
# A lower-case word right before a capitalised one: "the lowly Harbour Herons".
_BEFORE_A_NAME = re.compile(r"(?<![\w'’])([a-z]+) (?=[A-Z][a-z])")
# An ordinal or a rank just before a word: "5th Precinct", "#1 Rank", "22nd Amendment".
_RANKED = re.compile(r"(?:\b\d+(?:st|nd|rd|th)|#\d+)\s+$", re.IGNORECASE)
_CLOSING = frozenset(".!?…\"'”’")
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$|n['’]t$", re.IGNORECASE)
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")  # "MPs", "PCs": a kind of thing, not a name
# Plural nouns whose possessive is part of a name: "People's Republic", "Women's Open".
_PLURAL_OWNERS = frozenset({"people", "women", "men", "children"})
# Words that end a name after its possessive: a day ("New Year's Eve", "Mother's Day") or a
# company's suffix ("McDonald's Corp"); alone, "Eve" and "Inc" are no keyword.
_POSSESSED_ENDS = frozenset({"Eve", "Day", "Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC"})


def article_paragraphs(article: Article) -> tuple[str, ...]:
    """Return the headline (when the article has its own) and paragraphs, each closed by a
    full stop and with HTML entities decoded: the text keywords and subjects are read from.

    A subheading has no full stop; without one YAKE reads it and the next paragraph's
    first words as one sentence ("tight deadline Construction").
    """
    texts = [p.text for p in article.paragraphs]
    if article.title and (not texts or texts[0] != article.title):
        texts.insert(0, article.title)
    return tuple(
        unescape(t if t.rstrip()[-1:] in _CLOSING else t + ".") for t in texts if t.strip()
    )


def lead_end(article: Article, paragraphs: Sequence[str]) -> int:
    """Return where the lead ends in the paragraphs joined by newlines: after the first
    sentences of the first body paragraph (the headline and any line before it included)."""
    body = [unescape(p.text) for p in article.paragraphs if not p.is_subheading]
    # A first line with no full stop is the article's own headline: the lead follows it.
    while len(body) > 1 and body[0].rstrip()[-1:] not in _CLOSING:
        body.pop(0)
    first = body[0] if body else ""
    offset = 0
    for paragraph in paragraphs:
        if first and paragraph.startswith(first):
            return offset + _lead_length(split_sentences(paragraph))
        offset += len(paragraph) + 1
    return offset


def _lead_length(sentences: Sequence[str]) -> int:
    """Return the length of a paragraph's lead: its first two sentences, and more while
    they hold fewer than LEAD_WORDS words (a short first line is often a headline)."""
    taken, words = 0, 0
    for sentence in sentences:
        if taken >= LEAD_SENTENCES and words >= LEAD_WORDS:
            break
        taken += 1
        words += len(sentence.split())
    return len(" ".join(sentences[:taken]))


@lru_cache(maxsize=8)
def find_mentions(paragraphs: tuple[str, ...]) -> tuple[Mention, ...]:
    """Return the names in the paragraphs, in text order (kept for the next analyzer)."""
    sentences = list(_sentences(paragraphs))
    runs = []
    for text, start in sentences:
        tokens = name_words(text, start)
        title_case = in_title_case(text, tokens)
        runs.append((list(_runs(tokens, text, start)), title_case))
    evidence = _evidence(runs, sentences)
    mentions = []
    for number, (sentence_runs, title_case) in enumerate(runs):
        text, offset = sentences[number]
        for run in sentence_runs:
            for part in _names(run, evidence, title_case=title_case):
                # As written: "Women's Basketball Coaches Association", "Standard & Poor".
                name = " ".join(text[part[0].start - offset : part[-1].end - offset].split())
                before = text[: part[0].start - offset]
                if not _part_of_a_label(name, before, text[part[-1].raw_end - offset :]):
                    mentions.append(Mention(name, part[0].start, part[-1].end, number))
    return tuple(_split_joined_names(_join_fields("\n".join(paragraphs), mentions)))


def _part_of_a_label(name: str, before: str, after: str) -> bool:
    """Return True for what is no name on its own: a person's initials ("J.S."), or a common
    word numbered ("School" of "School 21", "Chapter" of "Chapter 11") or ranked ("Precinct"
    of "5th Precinct", "Rank" of "#1 Rank"): a reader gets a word cut from its label."""
    if INITIALS.match(name) and name.casefold() not in shipped_aliases():
        return True
    numbered = bool(_NUMBERED.match(after) or _RANKED.search(before))
    return " " not in name and numbered and is_dictionary_word(name)


def fold_short_names(mentions: Iterable[Mention], keep: Mapping[str, str]) -> dict[str, str]:
    """Return {name: fuller name} for one-word names the text also gives in full.

    "Putin" is "Vladimir Putin" and "Kim" is "Kim Jong Un" when the text names them so; a
    name in `keep` (a place: "Kenya" beside "Kenya Airways") stays itself. See `_short_form`.
    """
    counts = Counter(m.name for m in mentions)
    fuller: dict[str, str] = {}
    for name in counts:
        if " " in name or name.casefold() in keep:
            continue
        longer = [c for c in counts if " " in c and _short_form(name, c.split())]
        if longer:
            fuller[name] = max(longer, key=lambda c: (counts[c], c))
    return fuller


def _short_form(name: str, words: list[str]) -> bool:
    """Return True when `name` is how a text shortens a longer name: a surname ("Putin" of
    "Vladimir Putin"), or the first word of a name of no common words ("Kim" of "Kim Jong
    Un"); "Paterson" is not the "Paterson Education Fund"."""
    if name == words[-1]:
        return True
    return name == words[0] and not any(is_dictionary_word(w) for w in words[1:])


def _sentences(paragraphs: Sequence[str]) -> Iterable[tuple[str, int]]:
    """Yield each sentence with its offset in the paragraphs joined by newlines."""
    offset = 0
    for paragraph in paragraphs:
        cursor = 0
        for sentence in split_sentences(paragraph):
            at = paragraph.find(sentence, cursor)
            at = cursor if at < 0 else at
            yield sentence, offset + at
            cursor = at + len(sentence)
        offset += len(paragraph) + 1


def _runs(tokens: Sequence[Token], sentence: str, offset: int) -> Iterable[list[Token]]:
    """Yield runs of capitalised tokens, joiners allowed inside, only spaces or "&" between."""
    run: list[Token] = []
    for token in tokens:
        capital = capitalised(token.text)
        joiner = bool(run) and token.text in JOINERS
        if run:
            gap = sentence[run[-1].raw_end - offset : token.start - offset].strip()
            if (gap and gap != "&") or run[-1].cut or not (capital or joiner):
                yield run
                run, joiner = [], False
        if capital or joiner:
            run.append(token)
    if run:
        yield run


def _evidence(
    runs: Sequence[tuple[list[list[Token]], bool]], sentences: Sequence[tuple[str, int]]
) -> _Evidence:
    words: set[str] = set()
    starts: set[str] = set()
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for sentence_runs, title_case in runs:
        if title_case:
            continue
        for run in sentence_runs:
            named = [
                t
                for t in run
                if not t.initial and capitalised(t.text) and t.text.lower() not in FUNCTION_WORDS
            ]
            words.update(t.text for t in named)
            if named and named[0] is run[0]:
                starts.add(run[0].text)
            rest = [t for t in run if not (t.initial and t.text.lower() in FUNCTION_WORDS)]
            if len(rest) == 1 and not rest[0].initial:  # "If Wales win": "Wales" alone
                singles.add(rest[0].text)
            pairs.update((a.text, b.text) for a, b in itertools.pairwise(run) if not a.initial)
    lower_words = {w for text, _ in sentences for w in LOWER_WORD.findall(text)}
    describing = {
        w
        for text, _ in sentences
        for w in _BEFORE_A_NAME.findall(text)
        if word_classes(w) == {"ADJ"}
    }
    return _Evidence(
        frozenset(words),
        frozenset(starts),
        frozenset(singles),
        frozenset(pairs),
        frozenset(lower_words),
        frozenset(describing),
    )


def _names(run: list[Token], evidence: _Evidence, *, title_case: bool) -> Iterable[list[Token]]:
    """Yield the names in one run of capitalised tokens."""
    parts: list[list[Token]] = [[]]
    for i, token in enumerate(run):
        if token.text == "and" and _joins_a_body(parts[-1], run[i + 1 :]):
            parts[-1].append(token)
            continue
        if token.text == "for" and not (parts[-1] and _body_word(parts[-1][-1].text)):
            parts.append([])  # "Institute for Fiscal Studies"; not "Jugnot for The Chorus"
            continue
        if _breaks(token, run, i, evidence, title_case=title_case) or _of_after_person(
            token, parts[-1]
        ):
            parts.append([])
            continue
        parts[-1].append(token)
        if token.possessive and not (_owned_name(token) or _owns_a_fixed_name(run, i)):
            parts.append([])
    for i, part in enumerate(parts):
        if i and _common_head(parts[i - 1], part):
            continue
        for name in _named_parts(part):
            if not title_case or _title_part(name, evidence):
                yield name


def _common_head(owner: list[Token], part: list[Token]) -> bool:
    """Return True for a common plural alone after a name's possessive: "Services" of "Good
    Shepherd's Services", the head of the owner's name, no name itself."""
    if not (owner and owner[-1].possessive and len(part) == 1):
        return False
    word = part[0].text.lower()
    # A plural by its lemma: "Cyclops" of "X-Men's Cyclops" is a name.
    return is_dictionary_word(word) and is_inflected_noun(word) and not acronym(part[0].text)


def _breaks(
    token: Token, run: list[Token], i: int, evidence: _Evidence, *, title_case: bool
) -> bool:
    """Return True when a token is not part of a name and splits the run there."""
    word, lower = token.text, token.text.lower()
    if lower == "i" or _CONTRACTION.search(word) or PLURAL_ACRONYM.match(word):
        return True
    if lower in WEEKDAYS or (is_title(run, i) and not _names_a_body(run, i)):
        return True
    if word == "and":
        return True  # unless it joins a body's name, which `_names` sees first
    if _shouted_heading(run, i) and not title_case:
        return True  # before the pairs: the heading's own run pairs its words with the name
    following = _next_name_word(run, i)
    if (word, following) in evidence.pairs:
        return False  # "Six Nations", "Security Council": named so elsewhere too
    if token.initial and _plural_before_of(run, i):
        return True  # "Members of the UK's second largest building society": who, not a body
    # "CORNERSTONE INVESTORS Glencore has met": a subheading run into the sentence.
    if i == 0 and lower in FUNCTION_WORDS and not acronym(word):
        return True  # "... $4 trillion However, ...": a full stop lost, not a name
    if not (token.initial or title_case):
        return False  # capitalised where a common word would not be: a name
    if acronym(word) and not title_case and not shouted(word):
        return False  # "KRT", "UN"; in a line of capitals, a word
    if lower in FUNCTION_WORDS or lower in LEAD_INS:
        return True
    if title_case:
        return word not in evidence.words  # its names are named again in the text
    if not _common(word, evidence) or word.casefold() in shipped_aliases():
        return False  # "Kenya", "Xinhua", "Wales": a name
    if not following:
        return word not in evidence.singles  # "Public", "Many" alone; "Bush" said so before
    # "Lowly Herons beat ..." where the text says "the lowly Harbour Herons": a description
    # capitalised by its place, no part of the name; "New York" is a place's whole name.
    described = lower in evidence.describing
    if described and f"{lower} {following.lower()}" not in shipped_aliases():
        return True
    return following in evidence.starts or is_verb_form(word)  # "Former Chelsea"


# A plural this common ("members" 5.4, "shares" 4.6, "residents" 4.6; not "pirates" 4.0)
# opening a sentence before "of" names who or what, not a body. Chosen by reading lists.
PLURAL_BEFORE_OF_ZIPF = 4.4


def _plural_before_of(run: list[Token], i: int) -> bool:
    """Return True for a common plural before "of" ("Members of the UK", "Residents of
    the city"): people of a place or body, capitalised only by where it stands."""
    word = run[i].text.lower()
    plural = is_dictionary_word(word) and is_inflected_noun(word) and word.endswith("s")
    # Not a rarer one, which may open a title: "Pirates of the Caribbean".
    common = plural and zipf(word) >= PLURAL_BEFORE_OF_ZIPF
    return common and i + 1 < len(run) and run[i + 1].text == "of"


def _body_word(word: str) -> bool:
    """Return True for a word that ends a body's name, or its plural: "Centers" of "Centers
    for Disease Control"."""
    lower = word.lower()
    return lower in BODY_WORDS or lower.removesuffix("s") in BODY_WORDS


def _shouted_heading(run: list[Token], i: int) -> bool:
    """Return True for a common word in capitals that runs on into a name written in
    lower-case letters: "CORNERSTONE INVESTORS Glencore has met", a subheading."""
    word = run[i].text
    return shouted(word) and acronym(word) and any(not acronym(t.text) for t in run[i + 1 :])


def _names_a_body(run: list[Token], i: int) -> bool:
    """Return True for a title word before a body's word, which makes it part of the body's
    name: "Premier" of "Ryman Premier League"; not "Chinese Premier Wen Jiabao"."""
    return i + 1 < len(run) and run[i + 1].text.lower() in BODY_WORDS


def _next_name_word(run: list[Token], i: int) -> str:
    """Return the next word of the name after run[i], past joiners ("Drug" after "Food" in
    "Food and Drug Administration"), "" when none follows."""
    j = next((j for j in range(i + 1, len(run)) if run[j].text not in JOINERS), len(run))
    named = j < len(run) and capitalised(run[j].text) and not is_title(run, j)
    return run[j].text if named else ""


def _common(word: str, evidence: _Evidence) -> bool:
    """Return True for a common English word: one the lexicon holds, or the text writes
    in lower case elsewhere ("Calorie counting ..." beside "calorie counts"); a compound
    of such words ("Chart-topping")."""
    return all(
        is_dictionary_word(part) or part.lower() in evidence.lower_words
        for part in word.split("-")
        if part
    )


def _title_part(part: list[Token], evidence: _Evidence) -> bool:
    """Return True for a name in a Title Case line: a word no common one, or two words the
    text names together ("West Ham"); "New" and "Emissions" are not."""
    if any(not _common(t.text, evidence) for t in part):
        return True
    return any((a.text, b.text) in evidence.pairs for a, b in itertools.pairwise(part))


def _joins_a_body(part: list[Token], rest: list[Token]) -> bool:
    """Return True for "and" inside a body's name: common words before it, and the run
    ends on a word like "Administration" ("Securities and Exchange Commission",
    "Department of Health and Human Services"; not "Russia and China")."""
    before = [t.text for t in part if t.text not in JOINERS]
    return (
        bool(before and rest)
        and all(is_dictionary_word(w) for w in before)
        and before[-1].lower() not in BODY_WORDS
        and rest[0].text[:1].isupper()
        and rest[-1].text.lower() in BODY_WORDS
    )


def _of_after_person(token: Token, part: list[Token]) -> bool:
    """Return True for "of" after a person's name: "Elena Dementieva of Russia"."""
    return (
        token.text == "of"
        and len(part) >= 2
        and not any(is_dictionary_word(t.text) or acronym(t.text) for t in part)
    )


def _owned_name(token: Token) -> bool:
    """Return True for a possessive that belongs inside a name: "Women's", "People's",
    "Teachers'"; not "Russia's" or "the North's"."""
    lower = token.text.lower()
    return lower in _PLURAL_OWNERS or (lower.endswith("s") and is_dictionary_word(lower))


def _owns_a_fixed_name(run: list[Token], i: int) -> bool:
    """Return True for a possessive that a day or a company's suffix completes: "New Year's
    Eve", "Valentine's Day", "McDonald's Corp"; not "Apple's Safari"."""
    return i + 1 < len(run) and run[i + 1].text in _POSSESSED_ENDS


def _named_parts(part: list[Token]) -> Iterable[list[Token]]:
    """Yield the names in a part: edges trimmed, a demonym before a person's name apart."""
    trimmed = trim_edges(part)
    if all(t.text.lower() in TITLE_MODIFIERS for t in trimmed):
        return  # "Deputy", "Foreign": a title's first word, left alone
    split = _demonym_before_person(trimmed)
    if split:
        yield trimmed[:split]
        yield trimmed[split:]
    elif trimmed:
        yield trimmed


def _demonym_before_person(part: list[Token]) -> int:
    """Return the length of a demonym or a place's other name opening a person's name,
    else 0.

    "Austrian Jurgen Melzer", "North Korean Kim Jong Un", "US Jane Marsh"; not "French Open"
    or "British Airways", whose words are common English, nor a place's own name, which is
    a first name too ("Virginia Pellow", "India Marsh").
    """
    for size in (2, 1):
        head = " ".join(t.text for t in part[:size]).casefold()
        rest = part[size:]
        place = shipped_aliases().get(head, head).casefold()
        if len(part) > size and place != head:
            person = not any(is_dictionary_word(t.text) or acronym(t.text) for t in rest)
            return size if person else 0
    return 0


def _join_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a body's field joined on after "in": "Society for Research in
    Child Development", "Alliance for Girls in Sport" are one name, not two fragments.

    Only after a body's "for" ("<Society> for ...") and only common words after "in", so a
    place stays apart: "Institute for Fiscal Studies in London".
    """
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last and last.sentence == m.sentence and text[last.end : m.start] == " in ":
            words = last.name.split()
            body_for = any(
                _body_word(w) and after == "for" for w, after in itertools.pairwise(words)
            )
            field = all(is_dictionary_word(w) for w in m.name.split())
            if body_for and field and m.name.casefold() not in shipped_aliases():
                out[-1] = replace(last, name=f"{last.name} in {m.name}", end=m.end)
                continue
        out.append(m)
    return out


def _split_joined_names(mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with two names a headline ran together split apart: "MG Rover
    China" when the text also names "MG Rover" alone; "Public Health England" stays."""
    alone = {m.name for m in mentions}
    out = []
    for m in mentions:
        words = m.name.split()
        for size in (2, 1):
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            known = shipped_aliases().get(tail.casefold(), "").casefold() == tail.casefold()
            if len(words) >= size + 2 and known and head in alone:
                cut = m.start + len(head) + 1
                out += [
                    replace(m, name=head, end=m.start + len(head)),
                    replace(m, name=tail, start=cut),
                ]
                break
        else:
            out.append(m)
    return out
