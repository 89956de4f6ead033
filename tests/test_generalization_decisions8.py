"""Decision rights and stakeholders as worded on unseen pages of the family.

These are synthetic snippets modelled on unseen pages (an HR Business Partner Elementor HTML page whose
approval sub-headings name an HR leadership team and an HR Director / VP / CHRO, a Marketing Operations
Manager crawler-markdown page), not copies of them.
"""

from __future__ import annotations

import pytest

from snippets import html_fields


def _decision_rights(*groups: tuple[str, str]) -> dict:
    """The decision_rights fields of a page whose section 13 has one sub-heading and one decision per group."""
    body = "".join(f"<h3>{heading}</h3><ul><li>{decision}</li></ul>" for heading, decision in groups)
    return html_fields(f"<h2>13) Decision Rights and Scope of Authority</h2>{body}")["decision_rights"]


def _tiers(rights: dict) -> dict[str, object]:
    """Each group's heading by tier; the other groups' headings as a list."""
    tiers: dict[str, object] = {
        tier: rights[tier] and rights[tier]["heading"] for tier in ("independent", "team_approval", "manager_approval")
    }
    tiers["other"] = [group["heading"] for group in rights["other"]]
    return tiers


# --------------------------------------------------------------------------
# decision rights: approval headings read relative to each other
# --------------------------------------------------------------------------


def test_leadership_team_beside_named_executives_is_the_team_tier() -> None:
    rights = _decision_rights(
        ("Can decide independently", "Routine policy questions."),
        ("Requires HR leadership team approval", "Exceptions to policy."),
        ("Requires HR Director, business VP or CHRO approval", "Terminations for cause."),
    )
    assert _tiers(rights) == {
        "independent": "Can decide independently",
        "team_approval": "Requires HR leadership team approval",
        "manager_approval": "Requires HR Director, business VP or CHRO approval",
        "other": [],
    }
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Terminations for cause."]


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("Requires manager approval", "Requires director approval"),
        ("Requires leadership approval", "Requires VP / executive approval"),
        ("Requires steering committee sign-off", "Requires CFO approval"),
        ("Requires engineering leadership team approval", "Requires Chief Product Officer approval"),
    ],
)
def test_lower_of_two_manager_tier_headings_takes_the_free_team_tier(lower: str, higher: str) -> None:
    # The page's order does not matter: the rank does.
    for groups in [((lower, "A."), (higher, "B.")), ((higher, "B."), (lower, "A."))]:
        assert _tiers(_decision_rights(*groups)) == {
            "independent": None,
            "team_approval": lower,
            "manager_approval": higher,
            "other": [],
        }


@pytest.mark.parametrize(
    ("heading", "tier"),
    [
        ("Requires peer review", "team_approval"),
        ("Requires CAB approval", "team_approval"),
        ("Requires Change Advisory Board (CAB) approval", "team_approval"),
        ("Requires CHRO approval", "manager_approval"),
        ("Requires HR leadership team approval", "manager_approval"),
    ],
)
def test_one_approval_heading_keeps_its_own_tier(heading: str, tier: str) -> None:
    rights = _decision_rights(("Can decide independently", "A."), (heading, "B."))
    assert _tiers(rights)[tier] == heading


def test_team_tier_already_taken_leaves_the_tiers_as_keyed() -> None:
    # Seed wording: team, then manager/director/executive; a third approval list has no free tier.
    rights = _decision_rights(
        ("Requires peer review", "A."),
        ("Requires manager/director/executive approval", "B."),
        ("Requires CHRO approval", "C."),
    )
    assert _tiers(rights) == {
        "independent": None,
        "team_approval": "Requires peer review",
        "manager_approval": "Requires manager/director/executive approval",
        "other": ["Requires CHRO approval"],
    }


def test_equal_ranks_tell_nothing_apart() -> None:
    rights = _decision_rights(("Requires director approval", "A."), ("Requires director approval for spend", "B."))
    assert _tiers(rights) == {
        "independent": None,
        "team_approval": None,
        "manager_approval": "Requires director approval",
        "other": ["Requires director approval for spend"],
    }
