"""The process-wide spaCy pipeline and the rule matchers built on it.

Everything here is built once per process and shared: creating a pipeline or
compiling phrase patterns per page would cost more than parsing the page.
The pipeline is ``spacy.blank("en")`` (tokenizer only): rules decide here,
so no trained model is needed, and none is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

__all__ = ["load_vocab", "load_vocab_lines", "nlp", "phrase_matcher"]

@lru_cache(maxsize=1)
def nlp() -> Language:
    """Return the process's spaCy pipeline, built on first use."""
    return spacy.blank("en")


@lru_cache(maxsize=None)
def load_vocab(name: str) -> Any:
    """Load a vocabulary file shipped in pipeline/vocab/ (JSON)."""
    text = resources.files("pipeline.vocab").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


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
