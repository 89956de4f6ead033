"""Round 82 unseen page: a port operations supervisor, saved as a Drupal 10 Olivero node page: the article in
`field--name-body` with one `paragraph--type--text` per section and `paragraph--type--table` tablefield bundles
(KPIs, tools, hiring scorecard, summary with "1. X<br />2. Y" Top-10 cells), around it the main menu, a breadcrumb,
an author/date line, a Drupal comment, a "Related content" view, a footer and the EU Cookie Compliance banner (also
inside drupalSettings), two ads inside the article, and four mojibake sequences (`โ€™`, bare `โ`, `โ‰ฅ`, `โ†’`).

Fixed here:
- the adjacent paths "Port Operations Supervisor → HSE Manager" (and two more) were all named "Port Operations
  Supervisor", the role itself: an adjacent path whose line starts from the page's own role is named by the step
  after it, the move kept; the rule rounds 79 and 81 gave next roles, extended to adjacent paths;
- the decision-making authority "Stops work for safety or weather on own authority" gave a decider "Stops work for
  safety or weather on" with scope "authority": "own" after a preposition or possessive ("on own authority", "at
  their own discretion") is the adjective, no deciding verb; the line names the role's own authority, no decider.

Left (see the fix report): the secondary years ranges (2–4 years as foreman, 8–12+ at large hubs: the model holds
one range), CILT's "Advanced" level, the "Typical progression" chain after the lists (kept as text under other),
the comma-split interaction teams, the lower-case "reports to", "Shipboard officer" / "moving ashore", and the
domain's environment keys, variant dimensions and "Per vessel call" frequency (all kept as text).

Snippets below are synthetic; the page is frozen as tests/unseen/port-operations-supervisor.synthetic.html with its
key in tests/unseen/answer_keys/port-operations-supervisor.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import deciders_in
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "port-operations-supervisor.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: adjacent paths written as moves from the role itself ---------------------------------------------


def _career_section(adjacent: list[str]) -> str:
    return (
        "<h2>15) Career Path and Progression</h2><h3>Common feeder roles</h3><ul><li>Junior Surveyor</li></ul>"
        "<h3>Next likely roles</h3><ul><li>Senior Surveyor</li></ul><h3>Adjacent career paths</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in adjacent)
        + "</ul>"
    )


def test_synthetic_an_adjacent_path_from_the_role_is_named_by_its_target() -> None:
    career = html_fields(
        _career_section(["Land Surveyor → GIS Analyst", "Land Surveyor → Building Inspector (public sector)"]),
        role="Land Surveyor",
    )["career_path"]
    paths = career["adjacent_paths"]
    assert [p["name"] for p in paths] == ["GIS Analyst", "Building Inspector"]
    assert [p["transition"]["path"] for p in paths] == [
        ["Land Surveyor", "GIS Analyst"],
        ["Land Surveyor", "Building Inspector"],
    ]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Surveyor"]


def test_synthetic_an_adjacent_path_from_another_role_keeps_its_name() -> None:
    # The line's first step is no form of the page's role: it names a path of its own, as before.
    paths = html_fields(_career_section(["Project Surveyor → Site Manager"]), role="Land Surveyor")["career_path"][
        "adjacent_paths"
    ]
    assert [p["name"] for p in paths] == ["Project Surveyor"]


# --- synthetic: "own" the adjective in an authority line ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stops work for safety or weather on own authority",
        "Closes the pool at their own discretion for lightning",
    ],
)
def test_synthetic_own_after_a_preposition_or_possessive_names_no_decider(text: str) -> None:
    assert deciders_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Engineering owns the roadmap", "Engineering"), ("Shift leads own the rota", "Shift leads")],
)
def test_synthetic_own_as_a_verb_still_names_its_decider(text: str, name: str) -> None:
    assert [d.name for d in deciders_in(text)] == [name]


# --- the page ----------------------------------------------------------------------------------------------------


def test_the_port_pages_adjacent_paths_are_named_by_their_targets() -> None:
    career = _fields()["career_path"]
    paths = career["adjacent_paths"]
    assert [p["name"] for p in paths] == ["HSE Manager", "Automation Operations Lead", "Customer Service Manager"]
    assert paths[2]["note"] == "shipping lines"
    assert all(p["transition"]["from_role"] == "Port Operations Supervisor" for p in paths)
    assert [r["name"] for r in career["next_roles"]] == [
        "Terminal Operations Manager",
        "Shift Operations Manager",
        "Vessel Planning Manager",
    ]
    assert [r["name"] for r in career["feeder_roles"]] == ["Stevedoring Foreman", "Crane Driver", "Vessel Planner"]


def test_the_port_pages_decision_authority_names_no_cut_decider() -> None:
    authority = _fields()["stakeholders"]["decision_making_authority"]
    assert authority["deciders"] == []
    assert authority["text"] == (
        "Allocates gangs and equipment within the shift plan\nStops work for safety or weather on own authority"
    )


def test_the_port_pages_noise_and_mojibake() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for noise in ("Ship Your Car Overseas", "Speak Portuguese by Summer", "We use cookies", "harbourhand"):
        assert not any(noise in s for s in strings)
    assert not any("โ" in s for s in strings)
