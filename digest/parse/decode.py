"""Seed bytes -> clean text, whatever the encoding; binary data is refused."""

from __future__ import annotations

import html
import re

import charset_normalizer

from digest.errors import SeedError
from digest.model import Seed


def decode_seed(seed: Seed) -> str:
    """Return a seed's clean text, whatever its encoding; binary data is a SeedError.

    UTF-8 and UTF-16 are recognised by their byte-order mark or their bytes; anything else
    goes to charset-normalizer, which is maintained and tested on far more text than we have.
    """
    text = _decode(seed.data)
    if text is None or _mostly_controls(text):
        raise SeedError(
            seed.source,
            "expected text in UTF-8, UTF-16 or a single-byte encoding such as cp1252, "
            "found binary data",
        )
    return clean_text(text)


def clean_text(text: str) -> str:
    """Return text with one kind of line break and no control characters but tab and newline."""
    text = _ANSI.sub("", text) if "\x1b" in text else text
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Terminal colour codes (ESC [ 31 m) come with text pasted from a console; drop them whole.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
# C0 and C1 controls but tab and newline, DEL, and a byte-order mark left inside the text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# git's rule for telling binary from text: a NUL byte in the first 8000 bytes.
_SNIFF_BYTES = 8000
# Western encodings preferred when they read a text as well as the detector's pick does.
_PREFERRED = ("cp1252", "latin_1")
_MAX_CHAOS = 0.2  # the detector's "mess" ratio of a decoding, at its own default threshold


def _decode(data: bytes) -> str | None:
    """Return the decoded text, or None when no encoding explains the bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec)
    if b"\x00" in data[:_SNIFF_BYTES]:
        return _utf16_without_bom(data)
    text = _strict(data, "utf-8")
    return text if text is not None else _detect(data)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return UTF-16 text told by its NULs: the zero half of ASCII characters, all on one side."""
    sample = data[:_SNIFF_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # UTF-16 text with some Latin in it has NULs on one side, for a good share of characters;
    # a stray NUL or two in a text file, or NULs all over, is binary.
    one_sided = min(even, odd) * 4 <= max(even, odd)
    if len(data) % 2 or not one_sided or max(even, odd) * 8 < len(sample) // 2:
        return None
    return _strict(data, "utf-16-le" if odd > even else "utf-16-be")


def _detect(data: bytes) -> str | None:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    # On short texts the detector's first pick is often an exotic code page (mac_latin2 for
    # English with a euro sign). A Western encoding that reads the text at least as coherently
    # wins: legacy scrapes of English-language news are nearly always cp1252. The price: a short
    # Czech or Turkish text in its own legacy code page may be read as cp1252.
    for codec in _PREFERRED:
        for match in matches:
            if (
                codec in match.could_be_from_charset
                and match.chaos <= _MAX_CHAOS
                and match.coherence >= best.coherence
            ):
                text = _strict(data, codec)
                if text is not None:
                    return text
    return str(best)


def _mostly_controls(text: str) -> bool:
    """Return True for "text" that is mostly control characters: binary read as text."""
    sample = text[:_SNIFF_BYTES]
    controls = len(_CONTROLS.findall(sample.replace("\r", "").replace("\f", "")))
    return controls * 10 > len(sample)


def decode_entities(text: str) -> str:
    """Return text with its HTML character references (`&#039;`, `&amp;`) decoded, once.

    Scraped feeds carry them. Only references closed by ";" count: `html.unescape` alone
    would also read the legacy "&not" in "this&nothing". A reference to a line break or a
    control character becomes a space or nothing, so decoding never changes the text's
    lines. Decoded text is still plain text: renderers escape it like any other.
    """
    return _ENTITY.sub(_entity_text, text) if "&" in text else text


_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity_text(match: re.Match[str]) -> str:
    char = html.unescape(match.group())
    if char == match.group():  # not a reference HTML knows ("&G;" in "D&G;"): left as it is
        return char
    if char.isspace():
        return " "
    return _CONTROLS.sub("", char)


def undouble_quotes(text: str) -> str:
    """Return text exported through CSV with its quotes undoubled: '""Glee"" star' -> '"Glee"'.

    Only a text whose every quote mark is doubled is read that way; a lone '"' anywhere means
    the doubling, if any, is the writer's own.
    """
    if '""' not in text or _LONE_QUOTE.search(text):
        return text
    return text.replace('""', '"')


_LONE_QUOTE = re.compile(r'(?<!")"(?!")|(?<!")(?:"{3}|"{5})(?!")')
