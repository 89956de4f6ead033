"""The process-wide spaCy pipeline and the rule matchers built on it.

Everything here is built once per process and shared: creating a pipeline or
compiling phrase patterns per page would cost more than parsing the page.
The default is ``spacy.blank("en")`` (tokenizer only), which needs no model
download; a user who has a trained model installed may name it instead.
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

__all__ = ["load_vocab", "nlp", "phrase_matcher", "set_model"]

_model_name: str | None = None


def set_model(name: str | None) -> None:
    """Choose the spaCy pipeline for this process (None: blank English)."""
    global _model_name
    if name != _model_name:
        _model_name = name
        nlp.cache_clear()


@lru_cache(maxsize=1)
def nlp() -> Language:
    """Return the process's spaCy pipeline, loading it on first use."""
    if _model_name is None:
        return spacy.blank("en")
    try:
        return spacy.load(_model_name)
    except OSError as exc:  # not installed: say so, do not try to download it
        raise RuntimeError(
            f"spaCy model {_model_name!r} is not installed; install it or run without --spacy-model"
        ) from exc


@lru_cache(maxsize=None)
def load_vocab(name: str) -> Any:
    """Load a vocabulary file shipped in pipeline/vocab/ (JSON)."""
    text = resources.files("pipeline.vocab").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


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
