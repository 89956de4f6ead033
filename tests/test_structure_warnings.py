"""A section read as prose is said: coverage alone calls a misread layout complete.

A KPI table whose rows arrive as paragraphs lands whole in the section's
intro: every word is in a typed field, coverage is 1.0, and the page would be
reported ok with no KPI rows. The warning names such sections.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_corpus import SEED_000, SEED_004, mini_seed
from pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
_PROSE = "most of its text was read as prose (intro/notes), not into typed fields"


def _prose_warnings(path_or_bytes: Path | bytes, name: str | None = None) -> list[str]:
    (extraction,) = extract(path_or_bytes, name=name)
    return sorted(w.split(":")[0] for w in extraction.warnings if w.endswith(_PROSE))


@pytest.mark.parametrize("path", sorted((ROOT / "raw").rglob("*.*")), ids=lambda p: p.name)
def test_the_seeds_in_every_form_are_read_into_typed_fields(path: Path) -> None:
    if path.name.startswith("wp_posts"):  # a REST list: every post
        assert all(not w.endswith(_PROSE) for e in extract(path) for w in e.warnings)
        return
    assert _prose_warnings(path) == []


def test_sections_cut_to_their_intro_are_not_called_prose() -> None:
    # Each section cut to its first lines: the KPI section is its intro and a table header.
    assert _prose_warnings(mini_seed(SEED_004).encode(), "mini.txt") == []
    assert _prose_warnings(mini_seed(SEED_000).encode(), "mini.txt") == []


def test_tables_and_lists_arriving_as_paragraphs_are_named() -> None:
    # tests/hostile: seed lines each wrapped in <p>, so the KPI and tools tables' rows and the soft skills'
    # lines are paragraphs; every word still lands in some typed field.
    page = ROOT / "tests" / "hostile" / "-leading-dash.synthetic.html"
    (extraction,) = extract(page)
    assert extraction.document["quality"]["coverage"] >= 0.99
    assert extraction.document["fields"]["kpis"]["rows"] == []
    assert _prose_warnings(page) == ["kpis", "scorecard", "soft_skills", "tools"]
