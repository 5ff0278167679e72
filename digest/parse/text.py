"""Raw seed text -> Article: headline, furniture, dateline and paragraphs kept apart."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from digest.analyze.headline_grammar import verb_tags
from digest.analyze.lexicon import FUNCTION_WORDS
from digest.errors import SeedError
from digest.model import Article, Paragraph
from digest.parse.deck import split_deck
from digest.parse.decode import clean_text, decode_entities, undouble_quotes
from digest.parse.wire import (
    Wire,
    date_of_line,
    dateline_only,
    is_date_line,
    normalise_dashes,
    opens_with_wire_dateline,
    split_dateline,
    split_rules,
)

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)
_FOLLOW = re.compile(r"^\s*Follow us on\b\s*", re.IGNORECASE)
_IMAGE_SOURCE = re.compile(r"^\s*(?:Image Source|Photo Source|Image credit)\s*:\s*", re.IGNORECASE)
# "(With inputs from agencies)", and a wire story's credits in brackets: "(Reporting by
# Anna Weber; Editing by Mark Potter)".
_ATTRIBUTION = re.compile(
    r"^\(?\s*(?P<text>with (?:inputs?|agency inputs?) from [^)]*?)\s*\)?\.?$"
    r"|^\(\s*(?P<credits>(?:additional )?(?:reporting|writing|editing) by [^)]*?)\s*\)\.?$",
    re.I,
)
_TEASER = re.compile(r"^(?:also read|read also|read more|also see)\s*[:|\-–]\s*(?P<text>.+)$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_HAS_SENTENCE_END = re.compile(r"[.!?…]")
# A headline may end on "?" or "!", on an ellipsis ("Phestival...") or on an abbreviation
# ("in U.S."); never on a full stop that ends a sentence.
_HEADLINE_END = re.compile(r"(?:[?!]|\.\.\.|…|\b(?:[A-Za-z]\.){2,})[\"'”’)\]]*$")
_TRAILING_SEPARATOR = re.compile(r"\s+[-–—|]+$")
_BYLINE = re.compile(r"^By\s+[A-Z]")
_QUOTATION = re.compile(r"^[\"“][^\"“”]+[.!?,][\"”]$")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# Labels a saved page leaves between sentences where an ad or a photo stood: "... said.
# Advertisement The action ...", "Click to Enlarge". Only between sentences, before a capital.
_PAGE_LABEL = re.compile(
    r"(?:^|(?<=[.!?\"”’:] ))(?:Advertisement|ADVERTISEMENT|(?:Click to )?Enlarge(?: this image)?)"
    r" (?=[\"“A-Z])"
    r"|(?:^|(?<= ))Click to enlarge\.(?: |$)"
)
# A subhead, caption or credit a scrape ran into the next sentence with nothing between:
# "FDA proposes calorie counts on menus It could get harder ...", "Photograph: Jo Doe for
# the Guardian The record has ...". A capitalised pronoun, determiner or connective after a
# bare word, lower case after it, opens a sentence ("A" is left out: "Serie A titles"; so
# are "On", "One" and "Two": "the Carry On series", "League One leaders"). A crosshead in
# capitals ("STARS WHO GIVE LOVE A SECOND TRY") ends before a capitalised word or a quote.
_FUSED_OPENER = re.compile(
    r"(?<=[A-Za-z0-9)]) (?=(?:It|He|She|They|We|The|This|These|Those|There|But|Rather|Much|If"
    r"|When|After|While|Although|Some|Many|Most|All|Both|At|In|For|As|Among|Despite|During"
    r"|According|Contrary|Since|Unlike)\s[a-z])"
    r"|(?<=[A-Z)])(?P<caps>) (?=[\"“][A-Z]|[A-Z][a-z])"
)
# A crosshead in capitals runs to three words at least: "BANG ON TREND", "EGOS AND OFFERS".
_CAPS_CROSSHEAD_WORDS = 3
# Where a sentence ends inside a paragraph: the fragment before an opener starts after it,
# or at a credit's label when one comes later ("... in ComScore's data Data: ComScore If").
_SENTENCE_GAP = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_CREDIT_LABEL = re.compile(
    r"(?<!\S)(?:Photograph|Photo|Picture|Image|Source|Data|Credit|Illustration|Graphic|Chart)"
    r"s?: (?=[A-Z])"
)
# The sentence after a fused fragment runs to this many words: "You Can Do It to three."
# names a song, it opens no sentence.
_FUSED_SENTENCE_WORDS = 6
# Words a title of a work runs on with before a capitalised pronoun: "How We Do", "Can It".
_TITLE_RUN_WORDS = frozenset("how what why who where do does did can will would i you".split())
_ENUMERATOR = re.compile(r"\(?\w\)")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_NUMBERS = re.compile(r"\d[\d.,:/\-]*")
# "are increasingly making", "has given", "have been": grammar a headline leaves out.
_COMPOUND_TENSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|been)\s+(?:\w+ly\s+)?"
    r"(?:\w+ing|\w+ed|been|given|shown|taken|made|seen|done|gone|won|lost|told|found)\b",
    re.IGNORECASE,
)
# A headline printed again above the text is cut only when this much text follows it.
_REPEAT_MIN_CHARS = 40
_LEDE_MIN_WORDS = 12  # shorter lines are headlines whatever their grammar
_LONG_LINE_WORDS = 20
_SUBHEADING_MAX_WORDS = 14
# News headlines run to about twenty words at most; a longer line is text.
_HEADLINE_MAX_WORDS = 25
_BYLINE_MAX_WORDS = 8
# Words a headline does not end on but a hard-wrapped line often does.
_JOINING_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as that which who is are was were".split()
)
HEADLINE_ONLY = "only a headline, no article text: the brief has no summary"


@dataclass
class _Furniture:
    """What parsing took off the text so far; frozen into the Article at the end."""

    date: dt.date | None = None
    credit: str = ""
    caption: str = ""
    notes: list[str] = field(default_factory=list)


def parse_text(text: str, *, source: str) -> Article:
    """Return the Article of a raw `.txt` scrape: header furniture, headline, paragraphs."""
    # Entities are decoded once, here: a second pass would turn "&amp;lt;" into "<".
    return _parse(undouble_quotes(decode_entities(clean_text(text))), source, headline=None)


def parse_extracted_text(text: str, *, source: str, headline: str) -> Article:
    """Return the Article of text extracted from a page whose headline is known (HTML).

    Its paragraphs, furniture and dateline are read as a scrape's are; its entities were
    decoded by the extractor, so "&amp;lt;" in the page stays the text "&lt;".
    """
    return _parse(clean_text(text), source, headline=headline or None)


def _parse(text: str, source: str, *, headline: str | None) -> Article:
    """Return the Article of decoded text; `headline`, when known, is not looked for."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
    blocks = [b for b in blocks if b]
    if not blocks:
        raise SeedError(source, "expected article text, found an empty file")
    furniture = _Furniture()
    if _looks_like_header(blocks[0]):
        furniture, rest = _parse_header(blocks[0])
        blocks = ([rest] if rest else []) + blocks[1:]
    if blocks and furniture.date is None and is_date_line(blocks[0]):
        furniture.date = date_of_line(blocks[0])
    if headline is None:
        headline, blocks = _split_headline(blocks)
    return _article_from_blocks(blocks, source=source, headline=headline, furniture=furniture)


def parse_date(raw: object) -> tuple[dt.date | None, str]:
    """Return a date and, when it could not be read, a note saying what was found."""
    if isinstance(raw, dt.datetime):
        return raw.date(), ""
    if isinstance(raw, dt.date):
        return raw, ""
    text = str(raw).strip()
    try:
        return dt.date.fromisoformat(text[:10]), ""
    except ValueError:
        return None, f"expected a date as YYYY-MM-DD, found {text[:40]!r}; shown as undated"


def _looks_like_header(block: str) -> bool:
    return bool(_DATE_LINE.match(block) or _FOLLOW.match(block) or _IMAGE_SOURCE.match(block))


def _parse_header(block: str) -> tuple[_Furniture, str]:
    """Split the scrape's first block into date, credit and caption, and the text after them.

    A caption follows the page's "Follow us on" or "Image Source" marker; without one, what
    follows the date is the article itself, which a scrape may run on after it on one line.
    """
    furniture = _Furniture()
    rest = block
    if m := _DATE_LINE.match(rest):
        furniture.date, note = parse_date(m.group(1))
        furniture.notes += [note] if note else []
        rest = rest[m.end() :]
    marked = False
    if m := _FOLLOW.match(rest):
        rest, marked = rest[m.end() :], True
    if m := _IMAGE_SOURCE.match(rest):
        furniture.credit, rest = _split_credit(rest[m.end() :])
        marked = True
    if not marked:
        return furniture, rest.strip()
    # The caption is the header's first line; a scrape may run the lead on after a newline.
    caption, _, after = rest.partition("\n")
    furniture.caption = " ".join(caption.split())
    return furniture, after.strip()


def _split_credit(text: str) -> tuple[str, str]:
    """Return (credit, caption): the credit is the run of upper-case words that opens the text."""
    words = text.split(" ")
    n = 0
    # "A" and "I" open captions ("AP A ferry leaves..."), they are not part of a credit.
    while n < len(words) and _is_credit_word(words[n]):
        n += 1
    if n == len(words):  # all capitals: no caption to tell apart, keep it all as the credit
        return text.strip(), ""
    return " ".join(words[:n]).strip(), " ".join(words[n:])


def _is_credit_word(word: str) -> bool:
    return bool(word) and word not in ("A", "I") and not any(c.islower() for c in word)


def _split_headline(blocks: list[str]) -> tuple[str, list[str]]:
    """Return (headline, the blocks after it); ("", blocks) when the text opens on no headline.

    A scrape carries its headline as its first line, alone in its block or followed by the
    text on the next line ("Headline\\nFirst paragraph...").
    """
    if not blocks:
        return "", blocks
    if len(blocks) > 1 and is_date_line(blocks[0]):  # a blog's date line above its headline
        headline, rest_blocks = _split_headline(blocks[1:])
        return headline, [blocks[0], *rest_blocks]
    first, _, rest = blocks[0].partition("\n")
    first, rest = " ".join(first.split()), rest.strip()
    if not _is_headline(first, rest, following=len(blocks) > 1):
        return "", blocks
    # A site's separator left at the end ("Movie Review - In A Better World -") is no word.
    headline = _TRAILING_SEPARATOR.sub("", normalise_dashes(first))
    return headline, _without_repeated_headline(first, ([rest] if rest else []) + blocks[1:])


def _without_repeated_headline(headline: str, blocks: list[str]) -> list[str]:
    """Return the blocks with the headline cut from the start of the first, where a scrape
    printed it again run into the text ("... says slain woman's dad Lima, Peru - Accused
    murderer ..."): fused to the lead, it would open the summary and hide the dateline."""
    if not blocks or not headline:
        return blocks
    text = " ".join(blocks[0].split())
    # The repeat may carry the agency's tag the headline line lost ("... in SD Guard (AP)"),
    # and a new start follows it: a dateline or a capital. A lead that opens on the
    # headline's words runs on in lower case ("Ferry strike ends after the crews ...").
    repeat = re.match(re.escape(headline) + r"(?:\s\([A-Z][\w .]{0,20}\))?\s(?=[A-Z])", text)
    if repeat is None or len(text) - repeat.end() < _REPEAT_MIN_CHARS:
        return blocks
    return [text[repeat.end() :], *blocks[1:]]


def _is_headline(line: str, rest_of_block: str, *, following: bool) -> bool:
    """Return True for a short line that no sentence end closes, furniture excepted.

    A line with text after it (in its block, or `following` blocks) must not read as a
    lede that lost its full stop.

    When the text goes on in the same block, the line must not read as the first line of a
    hard-wrapped paragraph: it ends on a joining word or a comma, is about as long as the
    line after it, or that line starts in lower case.
    """
    words = line.split()
    if (
        not 1 < len(words) <= _HEADLINE_MAX_WORDS  # one word is a label: "Analysis", a venue
        or not _WORDS.search(line)
        or _is_quotation(line)
        # Alone, the line is the article's headline whatever its grammar: nothing is lost.
        or (bool(rest_of_block or following) and _reads_as_lede(line, words))
        or len(_NUMBERS.findall(line)) > len(_WORDS.findall(line))  # "Nadal 6-7 6-2 Roddick"
        or (_SENTENCE_END.search(line) and not _HEADLINE_END.search(line))
        or line[-1] in ",;:"
        or (_BYLINE.match(line) and len(words) <= _BYLINE_MAX_WORDS)
        or opens_with_wire_dateline(line)
        or dateline_only(line) is not None
        or _TEASER.match(line)
        or _ATTRIBUTION.match(line)
        or not split_rules(line)
    ):
        return False
    if not rest_of_block:
        return True
    next_lines = [n.strip() for n in rest_of_block.split("\n", 3)[:3]]
    # A wrapped line is about as long as the longest after it (a question or an ellipsis
    # does not wrap a paragraph), or not much shorter when the text runs on in lower case.
    share = len(line) / max(map(len, next_lines))
    return not (
        words[-1].lower() in _JOINING_WORDS
        or (share > 0.8 and not _HEADLINE_END.search(line))
        or (share > 0.5 and next_lines[0][:1].islower())
    )


def _is_quotation(line: str) -> bool:
    """Return True for a line that is all a quotation: '"Do you have it in your heart?"'."""
    return bool(_QUOTATION.match(line))


def _reads_as_lede(line: str, words: list[str]) -> bool:
    """Return True for a long line written as a sentence, not in headlinese: a lede that
    lost its full stop.

    Headlines leave out auxiliaries and run short; a long line that is a question ("So
    who, if anyone, is playing politics...?"), uses a compound tense ("are increasingly
    making", "has given") or runs past twenty words is text. Headlines in title case
    ("Carriers Are Blocking One Of The Best Features") are written in full and stay
    headlines.
    """
    if len(words) < _LEDE_MIN_WORDS or _in_title_case(line):
        return False
    return (
        line.rstrip("\"'”’").endswith("?")
        or bool(_COMPOUND_TENSE.search(line))
        or len(words) >= _LONG_LINE_WORDS
    )


def _in_title_case(line: str) -> bool:
    """Return True when most longer words but the first are capitalised, as in "Jobs Data
    Lifts Wall Street"."""
    longer = [w for w in _WORDS.findall(line)[1:] if len(w) >= 4]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= 0.7 * len(longer)


def _article_from_blocks(
    blocks: list[str], *, source: str, headline: str, furniture: _Furniture
) -> Article:
    parts = _read_blocks(blocks)
    paragraphs = _text_paragraphs(parts.paragraphs, source=source, headline=headline)
    wire = parts.wire or Wire("")
    notes = furniture.notes + ([HEADLINE_ONLY] if not paragraphs else [])
    return Article(
        source=source,
        paragraphs=paragraphs,
        date=furniture.date,
        dateline=wire.dateline,
        agency=wire.agency,
        caption=furniture.caption or wire.caption,
        credit=furniture.credit or wire.credit,
        deck=wire.deck,
        attribution=parts.attribution,
        teasers=tuple(parts.teasers),
        title=headline,
        headline=headline,
        notes=tuple(notes),
    )


@dataclass
class _Parts:
    """The blocks of a text read so far: paragraphs, tail furniture and the dateline."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    attribution: str = ""
    teasers: list[str] = field(default_factory=list)
    wire: Wire | None = None  # set once the text's opening was read for a dateline


def _read_blocks(blocks: list[str]) -> _Parts:
    parts = _Parts()
    for part in (p for b in blocks for h in _heading_split(b) for p in split_rules(h)):
        line = _PAGE_LABEL.sub("", " ".join(part.split()))
        if m := _ATTRIBUTION.match(line):
            parts.attribution = m.group("text") or m.group("credits")
        elif m := _TEASER.match(line):
            parts.teasers.append(m.group("text"))
        elif parts.wire is None and (only := dateline_only(line)) is not None:
            parts.wire = only  # "WASHINGTON (AP) _" on a line of its own
        else:
            for text, is_fragment in _split_fused(line):
                if is_fragment:
                    parts.paragraphs.append(Paragraph(text, is_subheading=True))
                else:
                    parts.paragraphs += _text_or_deck(text, parts)
    return parts


def _text_or_deck(line: str, parts: _Parts) -> list[Paragraph]:
    """Return a paragraph of text; the first one's deck, run into its lead, goes apart as a
    subheading, so the summary opens on the news ("US employers added jobs ...")."""
    is_first = all(p.is_subheading for p in parts.paragraphs)
    paragraph = _paragraph(line, parts)
    if not is_first or paragraph.is_subheading:
        return [paragraph]
    deck, text = split_deck(paragraph.text)
    if not deck:
        return [paragraph]
    return [Paragraph(deck, is_subheading=True), Paragraph(text)]


def _split_fused(line: str) -> list[tuple[str, bool]]:
    """Return a line's pieces, each with whether it is a subhead or caption fused to the text.

    A fused fragment runs from a sentence's end (or the line's start) to a capitalised
    opener, has no sentence end of its own and is as short as a subheading; the sentence
    after it is long enough to be one.
    """
    pieces: list[tuple[str, bool]] = []
    start = 0
    for m in _FUSED_OPENER.finditer(line):
        gaps = [g.end() for g in _SENTENCE_GAP.finditer(line, start, m.start())]
        gaps += [c.start() for c in _CREDIT_LABEL.finditer(line, start, m.start())]
        begin = max(gaps, default=start)
        fragment = line[begin : m.start()].strip()
        after = _SENTENCE_GAP.split(line[m.end() :], maxsplit=1)[0]
        if m.group("caps") is not None and not (begin > 0 and _is_caps_crosshead(fragment, after)):
            continue  # in capitals, only between sentences: "NEW YORK CITY Police" opens one
        if not _is_fused_fragment(fragment) or len(after.split()) < _FUSED_SENTENCE_WORDS:
            continue
        if line[start:begin].strip():
            pieces.append((line[start:begin].strip(), False))
        pieces.append((fragment, True))
        start = m.end()
    pieces.append((line[start:].strip(), False))
    return [p for p in pieces if p[0]]


def _is_caps_crosshead(fragment: str, after: str) -> bool:
    """Return True for a crosshead in capitals before a sentence: "DAY GAMES IN J-LEAGUE".

    A title in capitals may be the subject of the sentence it opens: "KNIGHTS OF THE OLD
    REPUBLIC II Looks set to build on ..." (a verb, then a word that is no function word).
    """
    if len(fragment.split()) < _CAPS_CROSSHEAD_WORDS or any(c.islower() for c in fragment):
        return False
    first, second = ([w.lower() for w in _WORDS.findall(after)[:2]] + ["", ""])[:2]
    is_verb = bool(verb_tags(first) & {"VBZ", "VBD"})
    return not (is_verb and second not in FUNCTION_WORDS)


def _is_fused_fragment(fragment: str) -> bool:
    """Return True for words that can be a subhead run into a sentence: short, no sentence
    end or quotation, not closing on a word a title runs on with ("Ice Cube's How We do")."""
    words = fragment.split()
    return (
        0 < len(words) <= _SUBHEADING_MAX_WORDS
        and bool(_WORDS.search(fragment))
        and not _SENTENCE_END.search(fragment)
        # A quotation and its speaker that lost their full stop is text, not a caption.
        and not _QUOTE_MARKS.search(fragment)
        and words[-1].lower() not in _JOINING_WORDS | _TITLE_RUN_WORDS
        and not _ENUMERATOR.fullmatch(words[-1])  # "... two facts: 1) We ..." is a list
    )


def _paragraph(line: str, parts: _Parts) -> Paragraph:
    """Return a paragraph; the text's opening gives its dateline to `parts`.

    The dateline opens the text, after any deck or standfirst with no full stop.
    """
    is_subheading = _is_subheading(line)
    if parts.wire is None and not is_subheading:
        wire = split_dateline(line)
        if wire.dateline or wire.agency or wire.caption:
            parts.wire, line = wire, wire.text
        elif _SENTENCE_END.search(line):
            parts.wire = wire  # the first sentence of text: no dateline after it
    return Paragraph(normalise_dashes(line), is_subheading=is_subheading)


def _text_paragraphs(
    paragraphs: list[Paragraph], *, source: str, headline: str
) -> tuple[Paragraph, ...]:
    """Return the paragraphs of an article that has text or a headline; else a SeedError."""
    if headline or any(not p.is_subheading for p in paragraphs):
        return tuple(paragraphs)
    if not any(_HAS_SENTENCE_END.search(p.text) for p in paragraphs):
        found = "only page furniture" if not paragraphs else "only subheadings"
        raise SeedError(source, f"expected a paragraph of article text, found {found}")
    # Short lines, one with a sentence in it ("Port reopens. Details to follow"): text.
    return tuple(Paragraph(p.text) for p in paragraphs)


def _heading_split(block: str) -> list[str]:
    """Return a block with a leading headline line split off: "Headline\\nFirst paragraph...".

    Scrapes often put a subheading on its own line with no blank line after it. A
    hard-wrapped paragraph is told apart: its first line runs on (it ends on a joining word
    or a comma) or is about as long as the line after it.
    """
    first, _, rest = block.partition("\n")
    first, rest = first.strip(), rest.strip()
    words = first.split()
    if (
        not rest
        or not rest[0].isupper()
        or not _is_subheading(first)
        or words[-1].lower().strip(",;:") in _JOINING_WORDS
        or first[-1] in ",;:-"
        or len(first) > 0.8 * len(rest.partition("\n")[0])
    ):
        return [block]
    return [first, rest]


def _is_subheading(line: str) -> bool:
    return not _SENTENCE_END.search(line) and len(line.split()) <= _SUBHEADING_MAX_WORDS
