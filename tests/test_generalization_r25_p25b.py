"""Three general defects seen on a twenty-fifth round of unseen pages, on synthetic snippets and on the pages.

A BBCode forum repost of a Restaurant General Manager page opens its promotion list with a clause, "Moving to
multi-unit leadership requires:", right under "Skills needed for promotion": the lead was read as a sub-heading
of its own and the four skills went to career_path.other. A lynx dump of a Network Security Engineer page has a
feeder move with a note on each side, "SOC Analyst (Tier 2) → Network Security Engineer (with strong networking
skills)", whose second note was lost; its WordPress byline "Posted on [20]November 18, 2025 by ..." gave no
date; and its References list, where lynx resolves the page's in-page anchors against the page's own address,
gave no source URL. The negative cases guard what earlier pages read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.parsers.common import parse_role
from pipeline.sources import byline_date, _dump_url

UNSEEN = Path(__file__).parent / "unseen"

TITLE = "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
SUMMARY = "1) Role Summary\n\nThe Test Role does things for the business and works with many teams.\n\n"
MISSION = "2) Role Mission\n\nCore mission:\nDeliver value.\n\n"
CAREER = "15) Career Path and Progression\n\n"
PROMOTION = "Skills needed for promotion\n\n"
SKILLS = "  • Leading through other managers.\n  • Consistent results across periods.\n\n"


def _document(body: str, head: str = "") -> dict[str, Any]:
    [result] = extract((head + TITLE + SUMMARY + MISSION + body).encode(), name="x.txt")
    return result.document


def _career(body: str) -> dict[str, Any]:
    return _document(CAREER + body)["fields"]["career_path"]


# --- a colon lead that is a clause, right under a known sub-heading -------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Moving to multi-unit leadership requires:",
        "The next level typically involves:",
        "Readiness signals include:",
        "What the panel expects:",
    ],
)
def test_a_clause_lead_introduces_the_list_of_the_sub_heading_above(lead: str) -> None:
    career = _career(PROMOTION + lead + "\n\n" + SKILLS)
    assert [skill["text"] for skill in career["promotion_skills"]] == [
        "Leading through other managers.",
        "Consistent results across periods.",
    ]
    assert career["promotion_notes"] == [lead]
    assert career["other"] == []


def test_a_named_label_under_the_sub_heading_still_opens_a_sub_section() -> None:
    career = _career(PROMOTION + "Mentoring expectations:\n\n" + SKILLS)
    assert career["promotion_skills"] == []
    assert [extra["heading"] for extra in career["other"]] == ["Mentoring expectations"]


def test_a_clause_lead_after_items_of_the_sub_heading_still_opens_a_sub_section() -> None:
    # Only a lead with nothing between it and its sub-heading introduces that sub-heading's list.
    body = PROMOTION + "  • Scope ownership.\n\nStaff promotion requires:\n\n" + SKILLS
    assert [extra["heading"] for extra in _career(body)["other"]] == ["Staff promotion requires"]


# --- a move with a note on each side ----------------------------------------------------------------------


def test_the_movers_note_and_the_moves_note_are_both_kept() -> None:
    role = parse_role("SOC Analyst (Tier 2) → Network Security Engineer (with strong networking skills)")
    assert (role.name, role.note) == ("SOC Analyst", "Tier 2; with strong networking skills")
    assert role.transition is not None and role.transition.to_role == "Network Security Engineer"


@pytest.mark.parametrize(
    ("text", "name", "note"),
    [
        ("Bar Manager → General Manager (with FOH cross-training)", "Bar Manager", "with FOH cross-training"),
        ("SOC Analyst (Tier 2) → Incident Responder", "SOC Analyst", "Tier 2"),
        ("Data Analyst (entry)", "Data Analyst", "entry"),
        ("Presales Engineer → Solutions Architect (Pre-Sales)", "Presales Engineer", None),
    ],
)
def test_one_note_stays_as_it_was(text: str, name: str, note: str | None) -> None:
    role = parse_role(text)
    assert (role.name, role.note) == (name, note)


# --- WordPress's byline on a text page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Posted on November 18, 2025 by Priyanka Deshmane - 4 Comments",
        "   Posted on [November 18, 2025](https://x.example/2025/11/18/) by [Priyanka](https://x.example/a/)",
        "   Posted on [November][20] 18, 2025 by [Priyanka][21] Deshmane",  # a lynx dump, unwrapped
        "   Posted on [20]November 18, 2025 by [21]Priyanka Deshmane",  # as lynx prints it
        "[Posted on [November 18, 2025](https://x.example/2025/11/18/)]{.posted-on}",  # a pandoc span
        "Published on 18 Nov 2025",
    ],
)
def test_a_posted_on_byline_gives_the_date(byline: str) -> None:
    assert byline_date("Site\n\nTitle\n\n" + byline + "\n\n1) Role Summary\n\nText.\n") == "2025-11-18"


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nPosted on\n\n1) Role Summary\n\nText.\n",  # the label alone, its date elsewhere
        "Title\n\n1) Role Summary\n\nPosted on November 18, 2025 by a reader\n",  # a comment after the article opens
        "Title\n\nWe posted on November 18, 2025 a new page.\n\n1) Role Summary\n",  # prose, no byline
    ],
)
def test_no_byline_no_date(text: str) -> None:
    assert byline_date(text) is None


def test_a_text_pages_byline_is_its_source_date() -> None:
    assert _document("", head="Posted on November 18, 2025 by Ana\n\n")["source"]["date_published"] == "2025-11-18"


# --- a lynx dump's own address -------------------------------------------------------------------------------

PAGE = "https://x.example/network-engineer-role-blueprint/"


def _references(*urls: str) -> str:
    return "body\n\nReferences\n\n   Visible links:\n" + "".join(f"  {n}. {url}\n" for n, url in enumerate(urls, 1))


def test_the_address_the_in_page_anchors_share_is_the_dumps_url() -> None:
    text = _references(PAGE + "#content", "https://x.example/", PAGE, PAGE + "#comments", PAGE + "#section-1")
    assert _dump_url(text) == PAGE


def test_a_lone_skip_link_gives_no_url() -> None:
    # A skip link may point to the site's root: one anchor proves nothing.
    assert _dump_url(_references("https://x.example/#content", "https://x.example/", PAGE)) is None
    assert _dump_url("no references here\n") is None


# --- the pages themselves --------------------------------------------------------------------------------------


def _page(name: str) -> dict[str, Any]:
    path = UNSEEN / name
    [result] = extract(path.read_bytes(), name=path.name)
    return result.document


def test_restaurant_bbcode_page_reads_its_promotion_skills() -> None:
    career = _page("restaurant-general-manager-bbcode.synthetic.txt")["fields"]["career_path"]
    assert [skill["text"] for skill in career["promotion_skills"]] == [
        "Leading through other GMs rather than directly on the floor",
        "Consistent financial results across several periods, not one good quarter",
        "A track record of developing managers into GMs",
        "Comfort with data across several units and with corporate planning cycles",
    ]
    assert career["promotion_notes"] == ["Moving to multi-unit leadership requires:"]
    assert career["other"] == []
    assert [len(career[key]) for key in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 4, 5]


def test_network_security_lynx_page_keeps_both_notes_and_reads_its_source() -> None:
    document = _page("network-security-engineer-lynx.synthetic.txt")
    feeders = document["fields"]["career_path"]["feeder_roles"]
    assert [(role["name"], role["note"]) for role in feeders] == [
        ("Network Engineer", None),
        ("Firewall Administrator", None),
        ("SOC Analyst", "Tier 2; with strong networking skills"),
        ("NOC Engineer", None),
    ]
    source = document["source"]
    assert source["date_published"] == "2025-11-18"
    assert source["url"] == "https://www.netdefensecareers.com/network-security-engineer-role-blueprint/"
    assert source["slug"] == "network-security-engineer-role-blueprint"
