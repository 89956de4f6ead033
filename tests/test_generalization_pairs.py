"""Sub-headings that name a pair ("Banking and infrastructure environment"), keyed by the known half.

Synthetic headings modelled on unseen pages of the family: a treasury page's tech stack and a
`get_text` page's responsibility groups ("Customer and cross-functional responsibilities").
"""

from __future__ import annotations

import pytest

from pipeline.sections import subheading_key


@pytest.mark.parametrize(
    ("section", "heading", "key"),
    [
        ("tech_stack", "Banking and infrastructure environment", "infrastructure"),
        ("tech_stack", "Shop & infrastructure environment", "infrastructure"),
        ("responsibilities", "Customer and cross-functional responsibilities", "cross_functional"),
        ("responsibilities", "Safety, compliance, and quality responsibilities", "governance"),
        ("role_variants", "Public or regulated companies", "regulated"),
    ],
)
def test_first_word_of_a_pair_is_passed_like_a_qualifier(section: str, heading: str, key: str) -> None:
    assert subheading_key(section, heading) == key


@pytest.mark.parametrize(
    ("section", "heading", "key"),
    [
        # A first word that is a known phrase keeps its own key.
        ("responsibilities", "Strategic and operational responsibilities", "strategic"),
        ("tech_stack", "Data and analytics environment", "data"),
        # A pair of which neither half is known stays unknown.
        ("tech_stack", "Banking and treasury environment", None),
        ("responsibilities", "Customer and partner responsibilities", None),
    ],
)
def test_pair_without_a_passable_first_word_keeps_its_key(section: str, heading: str, key: str | None) -> None:
    assert subheading_key(section, heading) == key
