"""Round 82 unseen page: an irrigation technician (golf & landscape), saved as the JSON list WordPress's REST API
returns for /wp-json/wp/v2/posts?per_page=2: the blueprint post (its title.rendered holding "&#038;", its 20
sections Gutenberg HTML with <h3 class="wp-block-heading"> sub-headings, "<strong>Title</strong><br>– detail"
items, figure.wp-block-table tables and a final scorecard table without <thead>) and a short news post. The
blueprint carries three mojibake sequences, a pool-resurfacing ad before section 2, a sponsored solar aside before
section 9 and a Jetpack "Related" block at its end.

Fixed here:
- the role title read "Irrigation Technician (Golf &#038; Landscape)": a REST post's title.rendered is HTML, so its
  entities are decoded before the title is read from it (the scorecard's "Role title" row already read "&");
- section 13's "Decisions requiring superintendent approval" went to decision_rights.other and "Decisions requiring
  general manager or owner approval" took the manager tier: a superintendent (who runs a site or a course's
  upkeep) is a manager-level approver and a business's owner an executive one, so the superintendent's list is the
  manager tier and the general manager's or owner's the executive tier ("product owner", a Scrum team's member,
  is a team-level approver, not an owner).

Snippets below are synthetic; the page is frozen as tests/unseen/irrigation-technician.synthetic.json with its key
in tests/unseen/answer_keys/irrigation-technician.md.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline.header import role_facts
from pipeline.sections import subheading_key
from pipeline.sources import pages_from_bytes
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "irrigation-technician.synthetic.json"
_MAX = 20 * 1024 * 1024


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a REST post's title is HTML -----------------------------------------------------------------------


def _rest_posts(title: str) -> bytes:
    post = {
        "id": 501,
        "slug": "test-role",
        "link": "https://example.com/test-role/",
        "title": {"rendered": title},
        "content": {"rendered": "<h2>1) Role Summary</h2><p>The Test Role does the work.</p>"},
    }
    return json.dumps([post]).encode("utf-8")


@pytest.mark.parametrize(
    ("rendered", "expected"),
    [
        ("Test Role (Sales &#038; Service): Role Blueprint", "Test Role (Sales & Service): Role Blueprint"),
        ("Test Role (R&amp;D): Role Blueprint", "Test Role (R&D): Role Blueprint"),
        ("Test Role &#8211; Field: Role Blueprint", "Test Role \u2013 Field: Role Blueprint"),
        ("Test Role: Role Blueprint", "Test Role: Role Blueprint"),  # no entity: unchanged
    ],
)
def test_synthetic_rest_title_entities_are_decoded(rendered: str, expected: str) -> None:
    (page,) = pages_from_bytes(_rest_posts(rendered), "posts.json", _MAX)
    assert page.meta.title == expected


def test_synthetic_rest_title_entities_reach_the_role_title() -> None:
    title = "Test Role (Sales &#038; Service): Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
    role = role_facts([("wp_title", pages_from_bytes(_rest_posts(title), "posts.json", _MAX)[0].meta.title)], [])
    assert (role.title, role.title_source) == ("Test Role (Sales & Service)", "wp_title")


# --- synthetic: who approves decides the tier ---------------------------------------------------------------------

_DECISIONS = (
    "<h2>13) Decision Rights</h2>"
    "<h3>Decisions this role can make independently</h3><ul><li>Daily adjustments within agreed targets</li></ul>"
    "<h3>Decisions requiring {lower} approval</h3><ul><li>Shutting down a whole site section</li>"
    "<li>Purchases above the petty-cash limit</li></ul>"
    "<h3>Decisions requiring {upper} approval</h3><ul><li>Capital replacement of the main pump</li></ul>"
)


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        ("superintendent", "general manager or owner"),
        ("site superintendent", "owner"),
        ("supervisor", "general manager or owner"),
    ],
)
def test_synthetic_superintendent_and_owner_approval_tiers(lower: str, upper: str) -> None:
    rights = html_fields(_DECISIONS.format(lower=lower, upper=upper))["decision_rights"]
    assert rights["manager_approval"]["heading"] == f"Decisions requiring {lower} approval"
    assert len(rights["manager_approval"]["decisions"]) == 2
    assert rights["executive_approval"]["heading"] == f"Decisions requiring {upper} approval"
    assert rights["other"] == []


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Decisions requiring superintendent approval", "manager_approval"),
        ("Requires owner approval", "manager_approval"),  # an executive: the shared manager tier when alone
        ("Requires product owner approval", "team_approval"),  # a Scrum team's member, not the business's owner
        ("Requires team or product owner sign-off", "team_approval"),
    ],
)
def test_synthetic_approver_headings_are_keyed(heading: str, key: str) -> None:
    assert subheading_key("decision_rights", heading) == key


# --- the page ---------------------------------------------------------------------------------------------------


def test_page_title_has_no_entity() -> None:
    role = _document()["role"]
    assert role["title"] == "Irrigation Technician (Golf & Landscape)"
    assert role["title"] == _fields()["scorecard"]["role_title"]
    assert not any("&#" in s or "&amp;" in s for s in all_strings(_document()))


def test_page_decision_tiers_follow_the_reporting_line() -> None:
    rights = _fields()["decision_rights"]
    assert [d["text"] for d in rights["independent"]["decisions"]] == [
        "Daily run-time adjustments within the agreed moisture targets",
        "Repair methods and parts for routine breaks",
        "Order of preventive maintenance on the route",
    ]
    assert rights["manager_approval"]["heading"] == "Decisions requiring superintendent approval"
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "Shutting down irrigation to a whole hole or course section",
        "Purchases above the petty-cash limit",
        "Changes to seasonal water budgets",
    ]
    assert rights["executive_approval"]["heading"] == "Decisions requiring general manager or owner approval"
    assert [d["text"] for d in rights["executive_approval"]["decisions"]] == [
        "Capital replacement of pumps or central control",
        "Contracts with renovation or pump service vendors",
    ]
    assert rights["team_approval"] is None
    assert rights["other"] == []


def test_page_keeps_what_already_matched_the_key() -> None:
    fields = _fields()
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2, 5, False)
    assert len(fields["experience"]["certifications"]) == 5
    assert len(fields["scorecard"]["rows"]) == 10
    noise = ("Pool", "Sponsored", "Solar", "Installers", "Related", "Arborist", "greenhouse", "โ")
    strings = all_strings(_document())
    assert not [s for s in strings for word in noise if word in s]
