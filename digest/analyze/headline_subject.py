"""A headline's subject, named as headlines name it.

Headlines name a person or a firm by the name alone and put an owner before what it
owns: "England coach Andy Robinson" -> "Robinson", "Swiss cement firm Holcim" -> "Holcim",
"Scarlets and USA Eagles forward Hodges" -> "Hodges", "Japan's Honda" -> "Honda",
"Shares in music giant EMI" -> "EMI shares", "Owners of embattled oil giant Yukos" ->
"Yukos owners", "Trial of Ebbers" -> "Ebbers trial". A descriptor that holds a
preposition or joins two people stays: "Head of US network Fox" and "Actor Hanks and
director Howard" are no descriptor and a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from digest.analyze.headline_clause import Clause, subject_is_plural
from digest.analyze.headline_figures import figure
from digest.analyze.headline_grammar import (
    AUXILIARIES,
    CHANGE_NOUNS,
    CLAUSE_OPENERS,
    DETERMINERS,
    EDGE,
    NAME_HEADS,
    NEGATIONS,
    PARTITIVES,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    bare,
    can_be_noun,
    is_common_noun,
    is_plural_noun,
    verb_tags,
    word_classes,
)
from digest.analyze.headline_tense import verb_group
from digest.analyze.text import STOPWORDS, stem

# Words naming an office, not a person: "Russian President Putin" -> "Putin".
OFFICES = frozenset(
    "president minister secretary chancellor premier leader chairman chief governor mayor "
    "king queen prince princess senator general coach manager boss striker captain".split()
)
# "Shares in EMI", "profits at TimeWarner", "owners of Yukos": what an owner has.
# Titles that stay with a name: "Sir Alex Ferguson" is never "Alex Ferguson".
HONOURS = frozenset(
    {"sir", "dame", "lord", "lady", "baroness", "baron", "duke", "duchess", "earl", "viscount"}
)
_OWNING = frozenset({"of", "in", "at"})
_ARTICLES = frozenset({"the", "a", "an"})
_MAX_HEAD = 2
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whose", "whom"})
_QUANTIFIERS = frozenset(
    "several many most few fewer more less all both each some half dozens hundreds thousands "
    "millions one two three four five six seven eight nine ten".split()
)  # "quarterly profits at X": more words before the preposition is a phrase
# Nouns for a part or a number of something: "Number of Britons" is no "Britons number".
_PARTS = PARTITIVES | frozenset(
    "number numbers group string series range couple pair handful share part total host "
    "fate".split()
)
_COUNTS = (
    STOPWORDS | _QUANTIFIERS | frozenset("eleven twelve twenty thirty forty fifty hundred".split())
)


def renamed(tokens: Sequence[str], clause: Clause) -> Clause:
    """Return the clause with its subject named as headlines name it, the verb agreeing."""
    subject = named_subject(tokens, clause.subject)
    if subject == clause.subject:
        return clause
    plural = subject_is_plural([tokens[i] for i in subject])
    verb = clause.verb
    if plural != clause.plural and "and" in (bare(tokens[i]) for i in clause.subject):
        # "Bath and England centre Tindall believe" -> "Tindall believes"
        _, words = verb_group(tokens, clause.verb_at[0], plural=plural)
        negated = [w for w in clause.verb[:1] if w in NEGATIONS and w not in words]
        verb = (*negated, *words)
    else:
        plural = clause.plural
    return replace(clause, subject=tuple(subject), verb=tuple(verb), plural=plural)


def named_subject(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return the subject's positions as headlines name it, possibly reordered ("EMI shares")."""
    owned = _named_owner_first(tokens, subject) or _owner_first(tokens, subject)
    if owned is not None:
        return owned
    paired = _named_pair(tokens, subject)
    if paired is not None:
        return paired
    subject = _without_owner_descriptor(tokens, _without_appositive(tokens, subject))
    return _without_possessor(tokens, _without_descriptor(tokens, subject))


def _named_pair(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int] | None:
    """Return the two names alone for two people described before their names ("Hollywood
    stars Kevin Spacey and Kate Bosworth", "Actor Hanks and director Howard" -> "Hanks and
    Howard"), None for any other subject. The first must be described ("Scarlets and USA
    Eagles forward Hodges" is a team and a player)."""
    words = [tokens[i] for i in subject]
    joins = [k for k, w in enumerate(words) if w == "and"]
    if len(joins) != 1 or any(w[-1:] in EDGE for w in words[:-1]):
        return None
    first = _described_name(words[: joins[0]])
    second = _described_name(words[joins[0] + 1 :])
    if first is None or second is None or first == 0:
        return None
    at = joins[0] + 1
    return (*subject[first : joins[0] + 1], *subject[at + second :])


def _described_name(words: Sequence[str]) -> int | None:
    """Return where the closing name of a person's description starts ("director | Ron
    Howard": 1; "Kate Bosworth": 0), None when the words are no description and name."""
    plain = [w.strip(EDGE) for w in words]
    start = len(plain)
    while start > 0 and plain[start - 1][:1].isupper() and plain[start - 1].isalpha():
        start -= 1
    if start == len(plain) or not all(w.isalpha() for w in plain[:start]):
        return None
    described = [w.lower() for w in plain[:start]]
    if any(w in STOPWORDS for w in described):
        return None
    if start == 0 and len(plain) > 1 and _says_who(plain[0].lower()):
        return 1  # "Actor Tom Hanks": the noun for what he does opens the name
    if start and not _person_noun(described[-1]):
        return None
    return start


def _person_noun(word: str) -> bool:
    """Return True for a noun for people: "stars", "director", "Irishmen", "duo"."""
    return _says_who(word) or _says_who(word.rstrip("s")) or word in _PEOPLE_NOUNS


# Nouns for people that no ending tells (general English).
_PEOPLE_NOUNS = frozenset("stars star duo pair couple irishmen men women legend legends".split())


def _without_appositive(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return the name alone for a subject that describes before it names, between
    commas: "The UK's biggest brewer, Scottish and Newcastle," -> "Scottish and Newcastle"
    (headlines name, the article describes)."""
    words = [tokens[i] for i in subject]
    comma = next((k for k, w in enumerate(words[:-1]) if w.endswith(",")), None)
    if comma is None or any(w.endswith(",") for w in words[comma + 1 : -1]):
        return subject
    described, name = words[: comma + 1], [w.strip(EDGE) for w in words[comma + 1 :]]
    head = bare(described[-1])
    if described[-1].strip(EDGE)[:1].isupper() or "NOUN" not in word_classes(head):
        return subject  # "Scotland, Wales and Ireland": a list of names
    joined = {"and", "&", "of"}
    if not name[0][:1].isupper() or not all(w[:1].isupper() or w in joined for w in name):
        return subject
    return subject[comma + 1 :]


def _without_owner_descriptor(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return "Kelly's religious views" for "new education secretary Kelly's religious
    views": a descriptor before a possessive name goes as it goes before a closing name."""
    words = [tokens[i].strip(EDGE) for i in subject]
    owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owner is None or not words[owner][:1].isupper() or owner + 1 >= len(words):
        return subject
    start = owner
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1  # "Ruth Kelly's": the whole name stays
    descriptor = [w.lower() for w in words[:start]]
    if not descriptor or any(w in STOPWORDS or not w.isalpha() for w in descriptor):
        return subject  # "the head of Kelly's office": a phrase, no descriptor
    return subject[start:]


def _without_descriptor(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return the subject without a descriptor before its closing name.

    "Swiss cement firm Holcim" -> "Holcim"; "Head of US network Fox" stays (a preposition
    or lower-case stopword makes it a phrase, "and" between names excepted).
    """
    words = [tokens[i].strip(EDGE) for i in subject]
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or _inside_name(words, start - 1)):
        start -= 1
    if start == len(words) or _joined(words):
        return subject
    if start == 0:  # all capitalised: "Bookmaker William Hill", "Russian President Putin"
        office = last_office(words)
        if office >= 0:
            return subject[office + 1 :]
        first = words[0].lower()
        if _says_who(first):
            return subject  # "Actor Willis sues": the reader learns who Willis is
        # A run set off by a comma mid-sentence is capitalised as a name, not as the
        # sentence's opening: "..., Harbour Labs Europe, is to close" keeps every word.
        named_aside = subject[0] > 0 and tokens[subject[0] - 1].endswith(",")
        descriptor = (
            len(words) > 2 and is_common_noun(first) and first not in HONOURS and not named_aside
        )
        return subject[1:] if descriptor or _names_a_person(words) else subject
    before = words[start - 1].lower()
    # "carmaker", "e-tailer": a lower-case word the lexicon lacks is a compound noun
    unknown = not word_classes(before) and before.replace("-", "").isalpha() and len(before) > 4
    if "NOUN" not in word_classes(before) and not (unknown and before not in _COUNTS):
        return subject  # "many Britons", "two Swiss firms": a quantity is no descriptor
    if _says_who(before) and not _compound(words, start - 1):
        return subject[start - 1 :]  # "Italian conductor Viotti" -> "Conductor Viotti"
    return subject[start:]


def last_office(words: Sequence[str]) -> int:
    """Return where the last office before a name stands in a capitalised run ("First
    Minister McConnell" -> 1), or -1."""
    offices = [k for k, w in enumerate(words[:-1]) if w.lower() in OFFICES and not _body(words, k)]
    return max(offices, default=-1)


def _body(words: Sequence[str], k: int) -> bool:
    """Return True for an office word that is an adjective too, opening a two-word name
    whose last word is a noun: "The Premier League", "General Motors" name bodies, while
    "Chinese Premier Wen Jiabao" and "Premier Wen" name a person by the office."""
    opening = k == 0 or (k == 1 and words[0].lower() == "the")
    noun = "NOUN" in word_classes(words[-1].lower())
    return opening and k == len(words) - 2 and noun and "ADJ" in word_classes(words[k].lower())


def _compound(words: Sequence[str], k: int) -> bool:
    """Return True when a common noun before word `k` makes one noun with it ("car maker",
    "record producer"): "Maker BMW" would say nothing. A name before it does not ("Oasis
    singer"), nor an adjective ("Italian conductor")."""
    if k == 0:
        return False
    word = words[k - 1]
    lower = word.lower()
    if word[:1].isupper() and k - 1 > 0:
        return False
    return can_be_noun(lower) and "ADJ" not in word_classes(lower)


# Nouns for how a person or firm stands to another, not what they do: "Labour member".
_RELATIONS = frozenset(
    "member owner user customer supporter follower partner rival buyer seller holder "
    "bidder investor shareholder fan".split()
) | frozenset(
    # Nouns in "-er" for a standing or a kind of film, not a trade: "winner Levy".
    "winner loser teenager youngster newcomer beginner thriller blockbuster".split()
)


def _says_who(word: str) -> bool:
    """Return True for a noun naming what a person does, kept before the name it
    describes as headlines keep it ("Conductor Viotti dies", "Sprinter Walker quits"):
    the surname alone would leave the reader asking who. An office goes ("Putin")."""
    # "midfielder", "rapper": a compound the lexicon lacks is a noun all the same; one of
    # "-maker" names a firm as often ("carmaker Vantor Motors"), whose name says enough
    unknown = (
        not word_classes(word) and word.isalpha() and len(word) > 4 and not word.endswith("maker")
    )
    return (
        (is_common_noun(word) or unknown)
        and word.endswith(_PERSON_ENDINGS)
        and word not in OFFICES | HONOURS | _RELATIONS
    )


# Lower-case particles inside a person's name: "Ruud van Nistelrooy", "Luis de Souza".
_NAME_PARTICLES = frozenset("van von der den de di da du dos le la bin al".split())


def _inside_name(words: Sequence[str], k: int) -> bool:
    """Return True for a name particle between two capitalised words: the name goes on
    past it ("Ruud van Nistelrooy" is never "Nistelrooy")."""
    if words[k] not in _NAME_PARTICLES or not 0 < k < len(words) - 1:
        return False
    return words[k - 1][:1].isupper() and words[k + 1][:1].isupper()


# Endings of nouns for people by what they do: "Actor", "Singer", "Comedian", "Guitarist".
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ess")


def _names_a_person(words: Sequence[str]) -> bool:
    """Return True for "Actor Willis", "Sprinter Collins": a noun for what a person does,
    then a word the lexicon does not know, a name; not "Labour Party", "Winter Olympics"."""
    if len(words) != 2 or word_classes(words[1].lower()):
        return False
    first = words[0].lower()
    return is_common_noun(first) and first.endswith(_PERSON_ENDINGS) and first not in HONOURS


def _joined(words: Sequence[str]) -> bool:
    """Return True when a lower-case stopword or preposition ties the subject's words into
    a phrase ("Head of US network Fox"); "and" between two names does not ("Scarlets and
    USA Eagles forward Hodges"), "and" before a lower-case word does ("Actor Hanks and
    director Howard" names two people)."""
    for k, word in enumerate(words):
        if not word.islower() or word not in STOPWORDS | PREPOSITIONS:
            continue
        between_names = (
            word == "and" and 0 < k < len(words) - 1 and words[k - 1][:1].isupper()
        ) and words[k + 1][:1].isupper()
        if not between_names:
            return True
    return False


def _without_possessor(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return "Honda" for "Japan's Honda": a possessive name before a one-word name goes.

    Only before a word the lexicon does not know, a name for certain: "Ocean's Twelve",
    "Spain's Football Federation" and "Sony's Portable" keep what makes them names.
    """
    words = [tokens[i].strip(EDGE) for i in subject]
    if len(words) != 2 or not words[0].endswith(("'s", "’s")) or not words[0][:1].isupper():
        return subject
    name = words[1]
    unknown = not word_classes(name.lower()) and figure(name) == name  # "Twelve" is a number
    if not name[:1].isupper() or not name.isalpha() or not unknown:
        return subject  # "Japan's economy": the possessor is what the subject is about
    return subject[1:]


def _owner_first(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int] | None:
    """Return "EMI shares" for "Shares in music giant EMI": a plural head owned by a closing
    name goes after the name; None when the subject is not of that shape."""
    words = [bare(tokens[i]) for i in subject]
    link = next((k for k, w in enumerate(words) if w in _OWNING), None)
    if link is None:
        return None
    head = [k for k in range(link) if words[k] not in _ARTICLES]
    role = bool(head) and _role(words[head[-1]])
    if not head or len(head) > _MAX_HEAD or not (role or is_plural_noun(tokens[subject[link - 1]])):
        return None
    if any(_is_quantity(words[k]) or "NOUN" not in word_classes(words[k]) for k in head):
        return None  # "Most areas of the US", "Four members of", "British producers of"
    if any(tokens[subject[k]][:1].isupper() for k in head[1:]):
        return None  # "Bank of England", "Hearts of Oak": a name holding "of"
    owner = [subject[k] for k in range(link + 1, len(subject)) if words[k] not in _ARTICLES]
    after = tokens[owner[0]].strip(EDGE) if owner else ""
    # "Hearts of Oak" may be a name; "hopes of winning Oscars" is a clause; "head of US TV
    # network Fox" is a role, whose firm the name closing the phrase says
    of_name = words[link] == "of" and (after[:1].isupper() or _gerund(after.lower()))
    if (not after or of_name) and not (role and after[:1].isupper()):
        return None
    name = _closing_name(tokens, owner)
    if role and (name is None or name == owner):
        return None  # "Head of Fox" is _named_owner_first's; "owner of the club" names none
    return None if name is None else (*name, *(subject[k] for k in head))


def _named_owner_first(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int] | None:
    """Return "Ebbers trial" for "Trial of Ebbers", "Lloyd's of London head" for "Head of
    Lloyd's of London": a noun of a name goes after the name; None for another shape.

    The name must open on a word the lexicon does not know ("Hearts of Oak" may be a name)
    and the noun must head no name itself ("Bank of England", "Chancellor of the Exchequer").
    """
    words = [bare(tokens[i]) for i in subject]
    start = 1 if words[:1] and words[0] in _ARTICLES else 0
    if len(words) < start + 3 or words[start + 1] != "of":
        return None
    head, owner = words[start], subject[start + 2 :]
    if "NOUN" not in word_classes(head) or head in OFFICES | HONOURS | _PARTS or _is_quantity(head):
        return None
    if stem(head) in NAME_HEADS:
        return None
    names = [tokens[i].strip(EDGE) for i in owner]
    if word_classes(names[0].lower()) or not all(
        n[:1].isupper() or n in {"and", "of"} for n in names
    ):
        return None
    if any(n.endswith(("'s", "’s")) and m[:1].isupper() for n, m in pairwise(names)):
        return None  # "Fate of Russia's Yuganskneftegas": the owner has an owner
    return None if not names[-1][:1].isupper() else (*owner, subject[start])


def _closing_name(tokens: Sequence[str], owner: Sequence[int]) -> Sequence[int] | None:
    """Return the name closing an owner phrase ("UK drink and food firm Allied Domecq" ->
    "Allied Domecq"), or None when the phrase does not end on a name after a descriptor."""
    start = len(owner)
    while start > 0 and tokens[owner[start - 1]].strip(EDGE)[:1].isupper():
        start -= 1
    if start == len(owner):
        return None
    if start and "NOUN" not in word_classes(bare(tokens[owner[start - 1]])):
        return None  # "Deutsche Boerse and the LSE": two owners
    return owner[start:]


# Nouns for who leads or holds a firm, said after its name: "Yukos owner", "Fox boss".
_FIRM_ROLES = frozenset("head boss chief founder creator owner board".split())


def _role(word: str) -> bool:
    """Return True for a singular noun for a person's role towards a firm or a work, which
    a headline puts after the name ("majority owner of oil firm Yukos" -> "Yukos majority
    owner", "creator of TV soap Brookside" -> "Brookside creator"); never an office."""
    return word in _FIRM_ROLES or (word in _RELATIONS and not is_plural_noun(word))


def _is_quantity(word: str) -> bool:
    """Return True for a count or quantifier: "most", "several", "four", "120"."""
    return word in DETERMINERS | STOPWORDS | _QUANTIFIERS or not word.isalpha()


def _gerund(word: str) -> bool:
    return word.endswith("ing") and "VBG" in verb_tags(word)


def trimmed_subject(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return the subject without what follows its head, for a headline that fits no other
    way: "A system to make it easier to create addresses" -> "A system"."""
    for k in range(1, len(subject)):
        word = bare(tokens[subject[k]])
        following = bare(tokens[subject[k + 1]]) if k + 1 < len(subject) else ""
        opens = (
            (word == "to" and "VB" in verb_tags(following))
            or (word.endswith("ing") and "VBG" in verb_tags(word) and _opens_phrase(following))
            or word in _RELATIVE_WORDS
        )
        head = [bare(tokens[i]) for i in subject[:k]]
        if opens and any("NOUN" in word_classes(w) or w[:1].isupper() for w in head):
            return subject[:k]
    return subject


def _opens_phrase(word: str) -> bool:
    """Return True for a word that opens a participle's phrase ("living in", "using the")."""
    return word in DETERMINERS or word in PREPOSITIONS  # "labeling requirements" is a noun


# Prepositions that open a phrase after a subject's head and only say where or which:
# "Hunts in England and Wales", "Tickets for the festival" ("of" and "by" are left: "Number
# of people", "suits worn by the Beatles" say what the subject is).
_POSTMODIFIERS = frozenset("in at for from on with over around across near".split())


def headed_subject(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return the subject up to its head, without the phrase after it ("Hunts in England
    and Wales" -> "Hunts", "Mobile phone that recognises movements" -> "Mobile phone"), for
    a candidate headline the word scorer weighs against the whole; the subject itself when
    it has no such phrase or holds a verb (a subject read wrong: "Citizens ... believe")."""
    words = [bare(tokens[i]) for i in subject]
    outside = next((k for k, w in enumerate(words) if w in _RELATIVE_WORDS), len(words))
    if any(word_classes(w) == {"VERB"} and _finite(w) for w in words[:outside]):
        return subject
    for k in range(1, len(subject)):
        word = bare(tokens[subject[k]])
        following = tokens[subject[k + 1]] if k + 1 < len(subject) else ""
        opens = (
            word in _POSTMODIFIERS
            or word in _RELATIVE_WORDS
            or (_gerund(word) and (_opens_phrase(bare(following)) or following[:1].isupper()))
        )
        if not opens:
            continue
        last = tokens[subject[k - 1]]
        head = "NOUN" in word_classes(bare(last)) or last.strip(EDGE)[:1].isupper()
        # "those who love gadgets", "a slump in profitability", "three of the nominees in
        # the category": the phrase says who or what, and the head alone says nothing
        wanting = bare(last) in _EMPTY_HEADS | CHANGE_NOUNS or _counted(words[: k - 1])
        return subject[:k] if head and last[-1:] not in EDGE and not wanting else subject
    return subject


# Heads that point at what their phrase names (general English pronouns).
_EMPTY_HEADS = frozenset("those these that this one ones anyone someone everyone all".split())


def _counted(words: Sequence[str]) -> bool:
    """Return True for words before a head that count part of a set: "three of the"."""
    return len(words) >= 2 and words[1] == "of" and (words[0] in _COUNTS or words[0].isdigit())


def _finite(word: str) -> bool:
    return bool(verb_tags(word) & {"VBZ", "VBP"})  # "convicted" is as often a participle


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# What may stand before a descriptor's noun inside it: "French carmaker", "US insurance
# broker", "Ryman Premier League leaders", "the world's largest retailer".
_DESCRIPTOR_REACH = 5


def object_descriptors(tokens: Sequence[str], positions: Sequence[int]) -> set[int]:
    """Return the positions of descriptors before a name in an object, which headlines
    leave out as they do in a subject: "in talks with French carmaker PSA Peugeot Citroen"
    -> "with PSA Peugeot Citroen", "face trip to Ryman Premier League leaders Yeading" ->
    "to Yeading". A noun for what a person does stays ("appoints psychologist Collins"),
    so does a descriptor joined to the phrase before it ("Bank of England governor")."""
    dropped: set[int] = set()
    for k in range(1, len(positions)):
        if not _descriptor_head(tokens, positions, k):
            continue
        start = _descriptor_start(tokens, positions, k)
        if start is None:
            continue
        if start and bare(tokens[positions[start - 1]]) in POSSESSIVE_PRONOUNS:
            start -= 1  # "with his old club Portsmouth" -> "with Portsmouth", not "his Portsmouth"
        dropped.update(positions[start:k])
    return dropped


def _descriptor_head(tokens: Sequence[str], positions: Sequence[int], k: int) -> bool:
    """Return True when the word before position k is a common noun and a name opens at k
    that the lexicon does not know as a word: "carmaker | PSA", "leaders | Yeading"."""
    noun, name = tokens[positions[k - 1]], tokens[positions[k]]
    if positions[k] != positions[k - 1] + 1 or noun[-1:] in EDGE or not noun.isalpha():
        return False
    classes = word_classes(noun)
    # "carmaker", "e-tailer": a lower-case word the lexicon lacks is a compound noun
    compound = not classes and len(noun) > 4 and noun.replace("-", "").isalpha()
    compound = compound and noun not in _COUNTS | PREPOSITIONS | CLAUSE_OPENERS
    if not noun.islower() or not ("NOUN" in classes or compound):
        return False
    if "ADJ" in classes or noun in _ORDINALS:
        return False  # "new Ford", "fifth Spaniard": no descriptor
    if _gerund(noun):
        return False  # "by beating | French Open champion": a verb, no descriptor
    if _says_who(noun) or noun in OFFICES or noun in HONOURS:
        return False  # "psychologist Collins", "president Putin" (the subject keeps them too)
    bare_name = re.sub(r"['’]s$", "", name.strip(EDGE))  # "department Defra's"
    following = tokens[positions[k + 1]] if k + 1 < len(positions) else ""
    if not bare_name.isalpha() or (bare_name.isupper() and not following[:1].isupper()):
        return False  # "laptop PC": an acronym alone names a kind as often as a firm
    if not bare_name[:1].isupper() or word_classes(bare_name.lower()):
        return False
    return not _opens_clause_at(tokens, positions, k)


def _opens_clause_at(tokens: Sequence[str], positions: Sequence[int], k: int) -> bool:
    """Return True when the name at k is the subject of a clause with no "that": "way |
    Kelmont is governed" keeps "way", which the clause says more of."""
    end = k
    while end < len(positions) and tokens[positions[end]].strip(EDGE)[:1].isupper():
        end += 1
    after = bare(tokens[positions[end]]) if end < len(positions) else ""
    return after in AUXILIARIES or (word_classes(after) == {"VERB"} and _finite(after))


def _descriptor_start(tokens: Sequence[str], positions: Sequence[int], k: int) -> int | None:
    """Return where the descriptor ending before position k starts: at the opening of its
    noun phrase (after a preposition, a determiner or the verb), None when a word that
    ties it to what comes before ("of", a number, a comma) stands inside the reach."""
    start = k - 1
    while start > 0 and k - start < _DESCRIPTOR_REACH:
        before = tokens[positions[start - 1]]
        word = bare(before)
        if before[-1:] in EDGE or positions[start - 1] != positions[start] - 1:
            return start if before[-1:] in EDGE and word not in _COUNTS else None
        if word in PREPOSITIONS or word in DETERMINERS or word in {"and", "or"}:
            infinitive = word == "to" and "VB" in verb_tags(bare(tokens[positions[start]]))
            return None if word == "of" or infinitive else start  # "to make | Sandoz unit"
        if not (before.isalpha() or before.endswith(("'s", "’s"))) or word in _COUNTS:
            return None
        if word_classes(word) == {"VERB"} or _gerund(word):
            return None  # "after criticising | referee Kaplan": a verb opens no descriptor
        start -= 1
    if start or bare(tokens[positions[0] - 1]) == "to":
        return None  # "to join | Preston": the object opens on the verb after "to"
    return 0
