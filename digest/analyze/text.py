"""Word lists and token helpers shared by the analyzers."""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    """
    a an the and or but nor so yet of in on at to for from by with without about into
    onto over under after before during since until as than that this these those is are
    was were be been being has have had do does did will would can could may might must
    shall should it its he she they them his her their we our you your i me my who whom
    whose which what when where why how not no also very just more most such there here
    all any some each other own same than then too up down out off again further once s
    t
    """.split()
)

# Words that point back to an earlier sentence: a summary must not open on one of these
# unless the sentence before it is in the summary too.
OPENERS = frozenset(
    """
    he she they it his her their its him them this these those that but however also
    meanwhile moreover furthermore and so then yet still instead such there
    """.split()
)

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def words(text: str) -> list[str]:
    """Return the alphabetic words of a text, in order."""
    return WORD.findall(text)


def opens_with_reference(sentence: str) -> bool:
    """Return True when a sentence opens with a pronoun or connective needing context."""
    first = words(sentence)[:1]
    return bool(first) and first[0].lower() in OPENERS
