"""Sub-headings that name a pair ("Banking and infrastructure environment"), keyed by the known half; prior
roles a rank opens ("Head of Change in a local authority").

Synthetic headings modelled on unseen pages of the family: a treasury page's tech stack and a
`get_text` page's responsibility groups ("Customer and cross-functional responsibilities"), a UK page's
previous roles.
"""

from __future__ import annotations

import pytest

from pipeline.parsers.experience import _prior_roles
from pipeline.parsers.vocabulary import split_role_qualifier
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


# --------------------------------------------------------------------------
# prior roles: a name a rank opens ("Head of Change") is a role, its qualifier split off
# --------------------------------------------------------------------------


def test_rank_opened_role_with_a_qualifier_is_a_prior_role() -> None:
    roles, notes = _prior_roles("Delivery Manager, PMO Lead, Head of Change in a local authority.")
    assert [(role.name, role.qualifier) for role in roles] == [
        ("Delivery Manager", None),
        ("PMO Lead", None),
        ("Head of Change", "in a local authority"),
    ]
    assert notes == []


def test_rank_before_a_lowercase_name_is_no_role() -> None:
    assert split_role_qualifier("Head of the queue in winter") == ("Head of the queue in winter", None)
