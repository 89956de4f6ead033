"""The process-wide spaCy pipeline and the rule matchers built on it.

Everything here is built once per process and shared: creating a pipeline or
compiling phrase patterns per page would cost more than parsing the page.
The pipeline is ``spacy.blank("en")`` (tokenizer only): rules decide here,
so no trained model is needed, and none is downloaded.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any, TypeVar

import spacy
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LIKE_NUM, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher

__all__ = ["VocabularyError", "load_vocab", "load_vocab_lines", "nlp", "per_word", "phrase_matcher", "tokens_of_words"]


# The lexeme attributes the pipeline's rules read (token.lower_, .is_alpha, ...; the matchers' "LOWER",
# "IS_TITLE", ...); a word's ORTH and length spaCy always sets. Its other getters (norm, shape, prefix, suffix,
# like_url, is_stop, ...) run once for every word new to the process, a third of the cost of tokenizing it.
READ_LEXEME_ATTRIBUTES = frozenset((LOWER, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LIKE_NUM))


@lru_cache(maxsize=1)
def nlp() -> Language:
    """Return the process's spaCy pipeline, built on first use, computing only the word attributes read."""
    language = spacy.blank("en")
    getters = language.vocab.lex_attr_getters
    language.vocab.lex_attr_getters = {
        attr: getter for attr, getter in getters.items() if attr in READ_LEXEME_ATTRIBUTES
    }
    return language


class VocabularyError(ValueError):
    """A vocabulary file of the tool itself (pipeline/vocab/) cannot be read: no fault of the page being read."""


@lru_cache(maxsize=None)
def load_vocab(name: str) -> Any:
    """Load a vocabulary file shipped in pipeline/vocab/ (JSON).

    A file that does not parse is named in the error: a bare JSONDecodeError raised while a page is read passed for
    a fault of the page (round 80: a vocabulary file caught half-written by a checkout failed a markdown page with
    "Expecting property name ... line 2 column 1 (char 2) at decoder.py:353"). Costs nothing until a parse fails;
    lru_cache keeps no exception, so the next call reads the file again.
    """
    text = resources.files("pipeline.vocab").joinpath(name).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError as exc:  # JSONDecodeError, or an integer literal past Python's digit limit
        raise VocabularyError(f"vocabulary file pipeline/vocab/{name} is not valid JSON ({exc})") from exc


@lru_cache(maxsize=None)
def load_vocab_lines(name: str) -> tuple[str, ...]:
    """Load a one-entry-per-line vocabulary file from pipeline/vocab/, skipping blanks and comment lines.

    Only a line that starts with '#' is a comment: "C#" is a name.
    """
    text = resources.files("pipeline.vocab").joinpath(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def phrase_matcher(phrases: Mapping[str, Iterable[str]]) -> PhraseMatcher:
    """Build a case-insensitive PhraseMatcher with one label per key."""
    language = nlp()
    matcher = PhraseMatcher(language.vocab, attr="LOWER")
    for label, variants in phrases.items():
        patterns = [language.make_doc(v) for v in variants if v.strip()]
        if not patterns:
            # An empty group would silently match nothing and hide a typo.
            raise ValueError(f"vocabulary group {label!r} has no phrases")
        matcher.add(label, patterns)
    return matcher


_Value = TypeVar("_Value")
_WORDS_CACHED = 65536  # words a per-word cache keeps per process; past that it starts afresh


def per_word(
    cache: dict[str, _Value], words: Sequence[str], compute: Callable[[list[str]], list[_Value]]
) -> list[_Value]:
    """Each word's value from a per-process cache; the words not in it yet computed together, by one
    ``compute(unseen words)`` call (one Doc for all of them, see tokens_of_words), and kept."""
    try:
        return [cache[word] for word in words]  # the usual case: every word seen before
    except KeyError:
        pass
    if len(cache) > _WORDS_CACHED:
        cache.clear()
    unseen = [word for word in dict.fromkeys(words) if word not in cache]
    cache.update(zip(unseen, compute(unseen), strict=True))
    return [cache[word] for word in words]


def tokens_of_words(words: Sequence[str]) -> list[list[tuple[str, int, int]]]:
    """Each word's tokens as (lower-cased form, start, end within the word), the words tokenized in one Doc.

    spaCy's tokenizer splits a text at its spaces and tokenizes each chunk on its own (its special cases hold
    no space), so a word's tokens are the same wherever it stands: callers cache them per word. The words
    hold no whitespace.
    """
    starts = list(accumulate((len(word) + 1 for word in words[:-1]), initial=0))
    tokens: list[list[tuple[str, int, int]]] = [[] for _ in words]
    for token in nlp().make_doc(" ".join(words)):
        k = bisect_right(starts, token.idx) - 1
        start = token.idx - starts[k]
        tokens[k].append((token.lower_, start, start + len(token)))
    return tokens
