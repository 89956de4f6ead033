"""Round 79 unseen page: a crop agronomist (field crops), saved as one WordPress REST post on a single line with `\\/`
escaping: its title with `&amp;`, an excerpt ending in "Continue reading", a Rank Math table of contents, an Ad
Inserter block between sections 7 and 8, Jetpack share and related-post blocks after section 20, and four mojibake
sequences (`โ€™`, `โ‰ฅ`, `โ€“`, `โ†’`: UTF-8 read as Thai cp874).

Fixed here:
- the years list by level ("Entry agronomist: 0–2 years", "Crop Agronomist (this role): 3–7 years", "Senior or
  lead agronomist: 8–12+ years") gave the first line's 0–2: a line marked as the page's own role ("this role",
  "this position" before its range; vocab years_own_role_markers) gives the role's range, the others are notes;
- next roles written as moves from the role itself ("Crop Agronomist → Senior Agronomist → Regional Agronomy
  Manager", "Crop Agronomist → Technical Agronomist (manufacturer)") were both named "Crop Agronomist": a next
  role whose line starts from the page's own role is named by the step after it, the move kept;
- the interaction item "Seed, crop protection and fertilizer manufacturer representatives" gave three teams
  ("Seed", "crop protection", ...): two lower-case words naming no team, role or plural before the closing 'and'
  share a head of three words or more after it (the representatives of three kinds of manufacturer).

Left (see the fix report): "Per season" KPI frequency, the "By employer type" / "By farm scale" variant dimensions,
the agronomy environments' keys, ARM's full name as a variant and CPAg's "Advanced" (all kept as text).

Snippets below are synthetic; the page is frozen as tests/unseen/crop-agronomist.synthetic.json with its key in
tests/unseen/answer_keys/crop-agronomist.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.summary import split_teams
from tests.snippets import html_fields, unseen_document

_PAGE = "crop-agronomist.synthetic.json"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: the role's own line in a years list by level -----------------------------------------------------


def _years_section(*items: str) -> str:
    return (
        "<h2>14) Required Experience and Qualifications</h2><h3>Typical years of experience</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )


@pytest.mark.parametrize(
    ("items", "years", "notes"),
    [
        (
            ("Junior surveyor: 0–2 years", "Land Surveyor (this role): 4–8 years", "Principal surveyor: 10+ years"),
            (4.0, 8.0, False),
            ["Junior surveyor: 0–2 years", "Principal surveyor: 10+ years"],
        ),
        (
            ("Associate level: 1–3 years", "For this position: 5–9+ years in the trade"),
            (5.0, 9.0, True),
            ["Associate level: 1–3 years"],
        ),
    ],
)
def test_synthetic_the_line_marked_as_this_role_gives_the_range(
    items: tuple[str, ...], years: tuple[float, float, bool], notes: list[str]
) -> None:
    experience = html_fields(_years_section(*items))["experience"]
    found = experience["years_of_experience"]
    assert (found["min_years"], found["max_years"], found["open_ended"]) == years
    assert experience["experience_notes"] == notes


@pytest.mark.parametrize(
    ("items", "years"),
    [
        # No marker: the first range is the role's, as before.
        (("Entry level: 0–2 years", "Senior level: 5–8 years"), (0.0, 2.0)),
        # The marker after the range qualifies the experience, it marks no line.
        (("2–4 years in a role like this role", "6+ years for leads"), (2.0, 4.0)),
    ],
)
def test_synthetic_other_years_lists_keep_their_first_range(items: tuple[str, ...], years: tuple[float, float]) -> None:
    found = html_fields(_years_section(*items))["experience"]["years_of_experience"]
    assert (found["min_years"], found["max_years"]) == years


# --- synthetic: next roles written as moves from the role itself -------------------------------------------------


def _next_roles(*items: str, role: str = "Land Surveyor") -> list[dict[str, Any]]:
    body = (
        "<h2>15) Career Path and Progression</h2><h3>Next likely roles</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )
    return html_fields(body, role=role)["career_path"]["next_roles"]


def test_synthetic_next_role_from_the_own_role_is_named_by_the_step_after_it() -> None:
    roles = _next_roles(
        "Land Surveyor → Senior Surveyor → Survey Manager",
        "Land Surveyor → GIS Analyst (public sector)",
        "Land Surveyor → Solutions Architect (Pre-Sales)",
    )
    assert [(r["name"], r["note"]) for r in roles] == [
        ("Senior Surveyor", None),
        ("GIS Analyst", "public sector"),
        ("Solutions Architect (Pre-Sales)", None),
    ]
    assert roles[0]["transition"] == {
        "from_role": "Land Surveyor",
        "to_role": "Survey Manager",
        "path": ["Land Surveyor", "Senior Surveyor", "Survey Manager"],
    }


def test_synthetic_next_role_from_another_role_keeps_its_first_step() -> None:
    roles = _next_roles("Senior Surveyor → Survey Manager", "Survey Manager")
    assert [r["name"] for r in roles] == ["Senior Surveyor", "Survey Manager"]


# --- synthetic: two-word modifiers sharing a long head ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Seed, crop protection and fertilizer manufacturer representatives",
            ["Seed, crop protection and fertilizer manufacturer representatives"],
        ),
        (
            "Timber, road construction and gravel supplier account managers",
            ["Timber, road construction and gravel supplier account managers"],
        ),
        # Before a head of two words the pair is a member of its own.
        (
            "Landlord, cleaning contractor and maintenance vendors",
            ["Landlord", "cleaning contractor", "maintenance vendors"],
        ),
        # A team or a role is a member of its own.
        ("Seed, customer service and dealer account managers", ["Seed", "customer service", "dealer account managers"]),
        (
            "Principal, school psychologist and special education case managers",
            ["Principal", "school psychologist", "special education case managers"],
        ),
        ("Finance, Procurement and Real Estate", ["Finance", "Procurement", "Real Estate"]),
    ],
)
def test_synthetic_two_word_modifiers_share_a_long_head(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


# --- the page -----------------------------------------------------------------------------------------------------


def test_page_years_are_the_roles_own_line() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 7.0, False)
    assert years["text"] == "Crop Agronomist (this role): 3–7 years of field agronomy"
    assert experience["experience_notes"] == [
        "Entry agronomist: 0–2 years (often after summer scouting internships)",
        "Senior or lead agronomist: 8–12+ years",
    ]


def test_page_next_roles_are_named_by_the_step_after_the_role() -> None:
    roles = _fields()["career_path"]["next_roles"]
    assert [(r["name"], r["note"], r["transition"]["to_role"]) for r in roles] == [
        ("Senior Agronomist", None, "Regional Agronomy Manager"),
        ("Technical Agronomist", "manufacturer", "Technical Agronomist"),
    ]
    assert [r["transition"]["from_role"] for r in roles] == ["Crop Agronomist", "Crop Agronomist"]
    # The feeder roles were right and stay so.
    assert [r["name"] for r in _fields()["career_path"]["feeder_roles"]] == [
        "Agronomy Intern",
        "Seed Sales Representative",
    ]


def test_page_manufacturer_representatives_are_one_team() -> None:
    groups = _fields()["role_summary"]["interaction"]["groups"]
    assert len(groups) == 6
    assert groups[3]["teams"] == ["Seed, crop protection and fertilizer manufacturer representatives"]
    assert groups[2]["teams"] == ["Precision agriculture specialists (GIS, variable-rate, machine data)"]
