"""Who says so: when a headline must keep the speaker of a reported clause.

A lead often reports: "Two men were arrested, police said", "Games should carry larger
warnings, the trade secretary has said", "Figures show house prices fell 0.7%". A
headline drops the speaker when it is only the reporter of a fact, and keeps it, short,
when the clause is a claim, so that a claim never reads as a fact:

- a fact: the source is a record (figures, a survey, a study, a report); or the clause
  tells an event (a past or perfect verb, a passive: "died", "was arrested"), a plan
  announced or told by the subject's own voice ("Eriksson revealed Wright-Phillips will
  start", "Ostrowski will visit, his office said"), or a measured change ("traffic rose
  9%");
- a claim: a verb that claims or disputes ("insisted", "warned", "denied") whoever says
  it; a view or forecast (a modal: "should", "could"; a judgement: "is naive"; a future
  that is only said: "Yukos said a court will decide"); a present state ("Britain has
  no choice"); an accusation ("Yukos lied to the court").

A kept closing attribution becomes "..., says Blair" ("..., say experts", "..., Law Lords
rule"); a kept opening one stays "Blair says ...".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from digest.analyze.headline_grammar import (
    BE_FORMS,
    EDGE,
    MODALS,
    bare,
    base_form,
    is_plural_noun,
    present_form,
    verb_tags,
    word_classes,
)
from digest.analyze.headline_subject import OFFICES, last_office
from digest.analyze.text import STOPWORDS

# A source that only keeps the record: what it reports is the news itself.
RECORDS = frozenset(
    """
    figures data statistics survey surveys study studies report reports research poll polls
    index census analysis results accounts documents records estimates count guidelines
    """.split()
)
# Verbs that make what follows a claim whoever says it.
_CLAIMING = frozenset(
    """
    claim claimed claims allege alleged alleges insist insisted insists argue argued argues
    warn warned warns believe believed believes fear feared fears accuse accused accuses
    predict predicted predicts think thinks thought deny denied denies reject rejected
    rejects dismiss dismissed dismisses hope hopes hoped expect expects want wants wish
    doubt doubts
    """.split()
)
# Acts a teller accuses someone of: told as fact, they would convict.
_ACCUSING = frozenset(
    """
    lie cheat steal kill murder abuse discriminate breach violate mislead bribe defraud rig
    torture smuggle launder conspire betray harass assault rape attack threaten fraud
    involve rob
    """.split()
)
# A closing attribution's verb: ", police said", ", say experts", ", the Law Lords ruled".
TAIL_VERBS = frozenset(
    """
    claimed claims insisted insists argued argues warned warns alleged alleges predicted
    predicts denied denies
    """.split()
) | frozenset(
    """
    said says say reported reports told according added claimed suggests suggested shows
    showed found finds ruled rules announced confirmed revealed admitted heard learned learnt
    """.split()
)
# Verbs that report speech: the tail may run on past them (", police said on Monday").
SPEECH = frozenset("said says say told according reported reports claimed".split())
_SPEECH = SPEECH
_SAYING = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "added", "adds", "reported", "reports"}
)
# Verbs a headline puts before their speaker: "..., says Blair", "..., warn MPs".
_INVERTED = frozenset({"say", "warn", "claim", "insist", "predict", "argue", "allege"})
# Verbs of measured change: "traffic rose 9%" is a figure, whoever gives it.
_CHANGES = frozenset(
    """
    rise rises rose risen fall falls fell fallen grow grows grew grown drop drops dropped
    jump jumps jumped climb climbs climbed slip slips slipped slump slumps slumped increase
    increases increased decline declines declined shrink shrinks shrank gain gains gained
    lose loses lost sink sinks sank sunk
    """.split()
)
# A modal that states a view or a forecast: "should", "could"; a plan ("to", "will") is news.
_OPINION_MODALS = MODALS - {"will", "shall"} | frozenset({"ought"})
# "is", "has no choice", and in reported speech "were still the best side", "had no plan"
_STATE_AUXILIARIES = frozenset({"is", "are", "am", "has", "have", "was", "were", "had"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# "reports", "media reports", "unconfirmed press reports": nobody named stands behind them.
_UNNAMED_REPORTS = frozenset({"reports", "media", "press", "newspaper", "unconfirmed"})
_MAX_SPEAKER = 3
_COPULAS = BE_FORMS | {"be", "been", "being"}  # "is being naive" judges too
# Words no speaker's name holds: pronouns, conjunctions, verbs of a clause.
_NOT_SPEAKERS = frozenset(
    "he she it they we i you this that there but and or yet despite although though while "
    "been being was were is are also reportedly who which".split()
)  # "Home Office minister"; a longer speaker is named by its last word


@dataclass(frozen=True)
class Attribution:
    """Who a lead sentence says told it, and with which verb ("police", "said")."""

    source: tuple[str, ...]  # the speaker's tokens, as the lead gives them
    verb: str  # the reporting verb, lower case


def is_record(source: Sequence[str]) -> bool:
    """Return True for a source that keeps the record: "figures", "a survey of 1,300 bosses";
    not unnamed "reports" or "media reports", which are hearsay until someone confirms them."""
    return not is_hearsay(source) and any(bare(t) in RECORDS for t in source)


def is_hearsay(source: Sequence[str]) -> bool:
    """Return True for unnamed "reports" ("say reports", "media reports claim"): what they
    tell, even an event, stays theirs until someone confirms it."""
    words = [bare(t) for t in source]
    return words[-1:] == ["reports"] and set(words) <= _UNNAMED_REPORTS


def is_claim(attribution: Attribution, clause: Sequence[str], *, stated: Sequence[str]) -> bool:
    """Return True when the reported clause (headline words: subject, verb, object) is a
    claim its speaker must stay with; False when the speaker only reports a fact.

    `stated` is the clause's verb group as the lead wrote it ("has died", "is", "rose"):
    a past event is reported, a present state ("Britain has no choice") is a view.
    """
    if attribution.verb in _CLAIMING or is_hearsay(attribution.source):
        return True
    # "in May": a capitalised word inside the clause is a name, never a modal
    words = [bare(w) for k, w in enumerate(clause) if not k or not w.strip(EDGE)[:1].isupper()]
    if any(w in _OPINION_MODALS for w in words) or _judges(words):
        return True
    if any(base_form(w) in _ACCUSING for w in words if w.isalpha()):
        return True
    if is_record(attribution.source) or _speaks_for_subject(attribution.source):
        return False
    future = any(bare(w) in {"will", "would", "shall", "to"} for w in stated)
    if attribution.verb in _SAYING and future:
        return True  # "Yukos said a court will decide": a forecast, unless announced
    if any(w in _CHANGES for w in words) and any(w[:1].isdigit() for w in clause):
        return False  # "container traffic rises 9%": a figure, not an opinion
    return is_view([bare(w) for w in stated])


def _speaks_for_subject(source: Sequence[str]) -> bool:
    """Return True for the subject's own voice: "his office", "its spokesman"."""
    return bool(source) and bare(source[0]) in {"his", "her", "its", "their"}


def is_view(stated: Sequence[str]) -> bool:
    """Return True for a verb group that states no event: "has no choice", "embrace",
    "are here to stay", "were still the best side"; False for "has died", "is being
    sued", "rose", "will be unveiled"."""
    if not stated:
        return False
    first = stated[0]
    following = stated[1] if len(stated) > 1 else ""
    if stated[-1] == "being":
        return True  # "is being naive": a judgement; "is being sued" ends on its participle
    if first in _STATE_AUXILIARIES:
        return not following or not verb_tags(following) & {"VBN", "VBG"}
    if first in MODALS:
        return False  # "will be unveiled": a plan (the opinion modals are claims already)
    tags = verb_tags(first)
    return bool(tags & {"VBZ", "VBP"}) and "VBD" not in tags


def _judges(words: Sequence[str]) -> bool:
    """Return True for a judgement: a copula before an adjective or "of" ("is naive",
    "is of fundamental importance", "are unlikely")."""
    for k, word in enumerate(words[:-1]):
        following = words[k + 1]
        judged = following == "of" or word_classes(following) == {"ADJ"}
        if word in _COPULAS and judged:
            return True
    return False


def speaker(source: Sequence[str]) -> str:
    """Return the speaker as a headline names it: "the trade secretary" -> "trade
    secretary", "business lobby group the CBI" -> "CBI" (a given name the article drops
    later is gone before: "Tony Blair" -> "Blair")."""
    words = [t.strip(EDGE) for t in source if bare(t) not in _ARTICLES and t.strip(EDGE)]
    if "of" in words[1:-1]:
        # "a panel of industry experts", "a committee of MPs": the members say it; "a
        # survey of 1,300 bosses" reports a finding, whose speaker the headline leaves out
        of = len(words) - 1 - words[::-1].index("of")
        if is_record(words[:of]):
            return ""
        words = words[of + 1 :]
    if _joined_office(words):
        return " ".join(words)  # "the trade and industry secretary", kept whole
    if not words or any(w.lower() in _NOT_SPEAKERS | STOPWORDS for w in words[-1:] + words):
        return ""  # ", it has been announced", ", but insisted", ", faster than predicted"
    last = words[-1]
    if not last[:1].isupper() and "NOUN" not in word_classes(last.lower()):
        return ""  # a speaker is named by a name or a noun
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if start < len(words):
        name = words[start:]
        return " ".join(name[last_office(name) + 1 :][-_MAX_SPEAKER:])  # "First Minister McConnell"
    return " ".join(words if len(words) <= _MAX_SPEAKER else words[-1:])


def _joined_office(words: Sequence[str]) -> bool:
    """Return True for an office named by two fields joined with "and" before its noun:
    "trade and industry secretary", "culture and media minister"."""
    if len(words) != _MAX_SPEAKER + 1 or words[1] != "and":
        return False
    head = words[-1]
    fields = (words[0], words[2])
    return head in OFFICES and all(w.islower() and "NOUN" in word_classes(w) for w in fields)


def attributions(source: Sequence[str], verb: str) -> list[tuple[str, str]]:
    """Return the ways a headline may keep a claim's speaker, as (before, after) the
    clause, in the order an editor prefers them: ", says Tory MP", ", says MP", "MP: "."""
    name = speaker(source)
    if not name and verb in {"reported", "reports"} and "it" in (bare(t) for t in source):
        name = "reports"  # "it has been reported": the reports say so
    if not name:
        return []
    if is_hearsay(source):
        verb = "say"  # ", say reports": "claim reports" would read as a noun phrase
    names = [name, name.split()[-1]] if _shortens(name) else [name]
    ways = [("", _closing(n, verb)) for n in names]
    last = names[-1]
    return [*ways, (f"{last[:1].upper()}{last[1:]}: ", "")]


def _shortens(name: str) -> bool:
    """Return True when a speaker's last word alone still names it: a noun or an acronym
    after a descriptor ("Tory MP" -> "MP", "the trade secretary" -> "secretary"); a name
    is never cut inside ("Lib Dems" never "Dems")."""
    words = name.split()
    last = words[-1]
    if len(words) < 2:
        return False
    if not all(w[:1].isupper() for w in words):
        return True
    return last.isupper() or "NOUN" in word_classes(last.lower())


def _closing(name: str, verb: str) -> str:
    """Return the closing words of a claim: ", says Blair", ", say experts", ", court hears"."""
    # "say the Lib Dems": a name's own verb gives its number where its form does not
    plural = is_plural_noun(name.split()[-1]) or verb_tags(verb) == {"VB", "VBP"}
    plural = plural and not name.endswith("Times")
    said = present_form("say" if verb in _SPEECH else verb, plural=plural)
    if base_form(said) in _INVERTED:
        return f", {said} {name}"
    return f", {name} {said}"
