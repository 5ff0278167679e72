"""Story words: the words of story texts counted, kept between builds.

A text's counts do not depend on the rest of the corpus, so a rebuild counts the words of
new texts only (`count_words`). Each word carries how many more times it is capitalised
inside a sentence than at its start: a word mostly written so is a name.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]

# Texts are searched as `tokenised` gives them: underscores made spaces (matching "\w" is
# faster than "[^\W_]"), a line break first (so an opener needs no "^" or look-behind).
WORD = re.compile(r"\w+(?:['’]\w+)*")  # a word, with its apostrophes: "don't", "O’Neill"
_SENTENCE_OPENER = re.compile(r"(?:[.!?][\"”’)]*\s|\n)\W*?(\w+(?:['’]\w+)*)")
STOPWORDS = frozenset(
    """a about above after again against ago all almost also although always am among an and
    another any are around as at back be became because become been before being below between
    both but by can could did do does doing done down during each either else even ever every
    few for from further get gets got had has have having he her here hers herself him himself
    his how however i if in into is it its itself just last least less like made make many may
    me might more most much must my myself neither never new no nor not now of off often on once
    one only or other others our ours ourselves out over own per perhaps put rather really said
    same say says see seen she should since so some still such than that the their theirs them
    themselves then there these they this those though three through thus to too two under
    until up upon us very was we well were what when where whether which while who whom whose
    why will with within without would yet you your yours yourself yourselves
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    week weeks month months year years""".split()
)


@dataclass(frozen=True)
class WordCounts:
    """The distinct words of one text: their columns (ascending), how often each occurs,
    and how many more times it is capitalised inside a sentence than at its start."""

    columns: Ints
    counts: Ints
    capitals: Ints


@dataclass(frozen=True)
class StoryWords:
    """Word counts of story texts, kept between builds: a text's counts do not depend on
    the rest of the corpus, and counting is most of the cost of making vectors."""

    version: str  # the digest code that counted them
    vocabulary: tuple[str, ...]  # the words of the texts, sorted: a word's column is its place
    texts: Mapping[str, WordCounts]  # text key -> its counts


def text_key(text: str) -> str:
    """Return a key naming a text by its content."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def count_words(
    texts: Sequence[str], known: StoryWords | None = None, *, version: str = ""
) -> StoryWords:
    """Return the word counts of the texts, reusing those `known` (of the same version) has.

    Columns are places in the sorted vocabulary of these texts alone, so the counts, and
    the vectors made of them, do not depend on what earlier builds counted.
    """
    keyed = dict(zip(map(text_key, texts), texts, strict=True))
    stored = known.texts if known is not None and known.version == version else {}
    kept = {k: stored[k] for k in keyed if k in stored}
    unseen = {k: t for k, t in keyed.items() if k not in stored}
    found, fresh = counted(list(unseen.values()))
    old = known.vocabulary if known is not None and kept else ()
    used = np.zeros(len(old), dtype=bool)
    for counts in kept.values():
        used[counts.columns] = True
    vocabulary = tuple(sorted({*itertools.compress(old, used.tolist()), *found}))
    place = {word: i for i, word in enumerate(vocabulary)}
    if vocabulary != old:  # sorted both: stored columns keep their order when they move
        moved = np.array([place.get(word, -1) for word in old], dtype=np.int64)
        kept = {k: WordCounts(moved[c.columns], c.counts, c.capitals) for k, c in kept.items()}
    at = np.array([place[word] for word in found], dtype=np.int64)
    for key, counts in zip(unseen, fresh, strict=True):
        columns = at[counts.columns]
        order = np.argsort(columns, kind="stable")
        kept[key] = WordCounts(columns[order], counts.counts[order], counts.capitals[order])
    return StoryWords(version, vocabulary, {k: kept[k] for k in keyed})


def counted(texts: Sequence[str]) -> tuple[list[str], list[WordCounts]]:
    """Return the words of the texts and each text's counts, a column being a place in them."""
    tokens, token_rows = tokenised(texts, WORD)
    openers, opener_rows = tokenised(texts, _SENTENCE_OPENER)
    # Each distinct spelling is normalised once; the per-token work stays in C (map, bincount).
    index, raw = spelling_ids(tokens)
    words, capital = spelling_words(list(index))
    found = list(dict.fromkeys(w for w in words if w))
    column = {word: i for i, word in enumerate(found)}
    word_of = np.array([column.get(w, -1) for w in words], dtype=np.int64)
    width = max(len(found), 1)
    keep = word_of[raw] >= 0
    cells, inverse = np.unique(token_rows[keep] * width + word_of[raw[keep]], return_inverse=True)
    counts = np.bincount(inverse, minlength=len(cells))
    capitals = np.bincount(inverse, weights=capital[raw[keep]], minlength=len(cells))
    # A capital opening a sentence says nothing; one inside it marks a name.
    opened = np.fromiter((index.get(t, -1) for t in openers), dtype=np.int64, count=len(openers))
    first = opened >= 0
    first[first] = capital[opened[first]] & (word_of[opened[first]] >= 0)
    starts = opener_rows[first] * width + word_of[opened[first]]
    at = np.minimum(np.searchsorted(cells, starts), max(len(cells) - 1, 0))
    at = at[cells[at] == starts] if len(cells) else at[:0]  # an opener is one of its text's words
    net = (capitals - np.bincount(at, minlength=len(cells))).astype(np.int64)
    bounds = np.searchsorted(cells // width, np.arange(len(texts) + 1))
    return found, [
        WordCounts(cells[a:b] % width, counts[a:b], net[a:b])
        for a, b in itertools.pairwise(bounds.tolist())
    ]


def joined_ints(parts: Sequence[Ints]) -> Ints:
    """Return the arrays end to end; no arrays make an empty one."""
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def spelling_ids(tokens: Sequence[str]) -> tuple[dict[str, int], Ints]:
    """Return each distinct spelling's number (in order of first use) and each token's."""
    index = {token: i for i, token in enumerate(dict.fromkeys(tokens))}
    return index, np.fromiter(map(index.__getitem__, tokens), dtype=np.int64, count=len(tokens))


def tokenised(texts: Sequence[str], pattern: re.Pattern[str]) -> tuple[list[str], Ints]:
    """Return every match of `pattern` across the texts and the row each came from; a text is
    searched with underscores as spaces and a line break before it."""
    found = [pattern.findall("\n" + text.replace("_", " ")) for text in texts]
    lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    return list(itertools.chain.from_iterable(found)), np.repeat(np.arange(len(texts)), lengths)


def spelling_words(spellings: Sequence[str]) -> tuple[list[str], npt.NDArray[np.bool_]]:
    """Return each spelling's word ("" when dropped) and whether it is capitalised."""
    words = []
    for token in spellings:
        word = token.replace("’", "'").removesuffix("'s").lower()
        dropped = word in STOPWORDS or len(word) < 2 or (word.isdigit() and len(word) < 3)
        words.append("" if dropped else word)
    capital = np.fromiter((t[0].isupper() for t in spellings), dtype=bool, count=len(spellings))
    return words, capital


def range_indices(starts: Ints, lengths: Ints) -> Ints:
    """Return the positions of each run [start, start + length), the runs end to end."""
    offsets = np.cumsum(lengths) - lengths
    at: Ints = np.arange(int(lengths.sum())) + np.repeat(starts - offsets, lengths)
    return at


# ---------------------------------------------------------------- kept between builds
# The store (digest.store) keeps these arrays as they are; only this module reads them.


def words_to_arrays(words: StoryWords) -> dict[str, npt.NDArray[Any]]:
    """Return the word counts as named arrays for the next build."""
    entries = list(words.texts.values())
    return {
        "version": np.array(words.version),
        "vocabulary": np.array("\n".join(words.vocabulary)),  # a word never holds a line break
        "keys": np.array(list(words.texts), dtype=str),
        "sizes": np.array([len(e.columns) for e in entries], dtype=np.int64),
        # 32 bits hold any column or count a text has, in half the space.
        "columns": joined_ints([e.columns for e in entries]).astype(np.int32),
        "counts": joined_ints([e.counts for e in entries]).astype(np.int32),
        "capitals": joined_ints([e.capitals for e in entries]).astype(np.int32),
    }


def words_from_arrays(arrays: Mapping[str, npt.NDArray[Any]] | None) -> StoryWords | None:
    """Return the word counts `words_to_arrays` gave, None when they are missing or damaged
    (the words are counted again: only time is lost)."""
    if arrays is None:
        return None
    try:
        keys = [str(k) for k in arrays["keys"]]
        columns, counts, capitals = (
            arrays[n].astype(np.int64) for n in ("columns", "counts", "capitals")
        )
        vocabulary = tuple(str(arrays["vocabulary"]).split("\n")) if len(columns) else ()
        if {len(counts), len(capitals)} != {len(columns)}:
            raise ValueError("parts of different lengths")
        bounds = runs(keys, arrays["sizes"], len(columns))
        if len(columns) and not 0 <= int(columns.min()) <= int(columns.max()) < len(vocabulary):
            raise ValueError("a column outside the vocabulary")
        version = str(arrays["version"])
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    texts = {k: WordCounts(columns[a:b], counts[a:b], capitals[a:b]) for k, a, b in bounds}
    return StoryWords(version, vocabulary, texts)


def runs(keys: Sequence[str], sizes: npt.NDArray[Any], total: int) -> list[tuple[str, int, int]]:
    """Return each key's run [start, end) of values stored end to end, `sizes` per key;
    raise ValueError when the sizes cannot be right."""
    if len(sizes) != len(keys):
        raise ValueError("parts of different lengths")
    ends = run_ends(sizes, total)
    return list(zip(keys, [0, *ends[:-1]], ends, strict=True))


def run_ends(sizes: npt.NDArray[Any], total: int) -> list[int]:
    """Return where each run of values stored end to end ends, `sizes` per run; raise
    ValueError when the sizes cannot add up to the `total` values stored."""
    if int(sizes.sum()) != total:
        raise ValueError("parts of different lengths")
    if len(sizes) and int(sizes.min()) < 0:
        raise ValueError("a part of fewer than no values")
    ends: list[int] = np.cumsum(sizes, dtype=np.int64).tolist()
    return ends
