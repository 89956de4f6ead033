"""Emacs Org-mode source saved as text, from a twenty-fifth round of unseen pages.

A blog written in Org and scraped as its source writes "* 1) Role Summary   :hr:roles:" headings (with TODO, DONE
and COMMENT keywords), "#+TITLE:" and other keyword lines, "#+BEGIN_EXPORT html" blocks holding the site's menus
and ads, ":PROPERTIES:" and ":LOGBOOK:" drawers, "CLOSED: [...]" planning lines, "|---+---|" table rules,
"- Term :: definition" items and inline /italic/, =verbatim=, ~code~, [[url][text]] links, [fn:1] references and
"[@6]" counter cookies. Read as markdown, the whole page was lost. The snippets are synthetic, modelled on the
page (an insurance claims manager's blueprint), which is frozen below as tests/unseen/*.synthetic.txt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.orgmode import org_as_markdown
from pipeline.parsers.text import split_note

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "insurance-claims-manager-org.synthetic.txt"

_HEAD = """#+TITLE: Claims Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
#+AUTHOR: A. Writer
#+OPTIONS: toc:2 num:nil

* 1) Role Summary                                                 :hr:roles:
:PROPERTIES:
:CUSTOM_ID: role-summary
:END:
The Claims Lead runs a claims desk for the business, working with /several/ teams.

* TODO 2) Role Mission                                            :hr:roles:
Core mission: settle claims fairly for every customer who depends on the desk.

"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.txt")
    return extraction.document


def _lengths(text: str) -> list[int]:
    return [len(line) for line in text.split("\n")]


# --- detection -----------------------------------------------------------------------------------------


def test_a_markdown_page_with_star_bullets_is_no_org_source() -> None:
    page = "# Title\n\n## 1) Role Summary\n\n* item one\n* item two\n** not a heading\n\n#+ stray\n"
    assert org_as_markdown(page) is page
    one_keyword = "#+TITLE: Title\n* 1) Role Summary\n* item\n"  # one keyword line is not enough
    assert org_as_markdown(one_keyword) is one_keyword


def test_an_org_page_is_rewritten_line_for_line_at_the_same_length() -> None:
    page = _HEAD + "* DONE 3) Core Responsibilities :core:\nCLOSED: [2024-05-01 Wed 17:42]\n** Strategic\n- /a/ :: b\n"
    out = org_as_markdown(page)
    assert _lengths(out) == _lengths(page)
    lines = [line.rstrip() for line in out.split("\n")]
    assert lines[0] == "# Claims Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
    assert lines[1:4] == ["", "", ""]  # "#+AUTHOR:", "#+OPTIONS:", the blank line
    assert "# 1) Role Summary" in lines and "# 2) Role Mission" in lines and "# 3) Core Responsibilities" in lines
    assert "## Strategic" in lines and "- a: b" in lines
    assert not any(":PROPERTIES:" in line or "CLOSED:" in line or ":hr:" in line for line in lines)


# --- what Org does not export --------------------------------------------------------------------------


def test_comment_and_noexport_subtrees_export_blocks_drawers_and_comments_are_blanked() -> None:
    page = _HEAD + (
        "# TODO(editor): check the numbers\n"
        '#+BEGIN_EXPORT html\n<div class="ad">Buy Harborline funding now</div>\n#+END_EXPORT\n'
        "* 3) Core Responsibilities\n"
        ':LOGBOOK:\n- State "TODO" from "DRAFT" [2024-04-28 Sun 21:07]\n  ask Tomas for an anecdote\n:END:\n'
        "1. *Own the claims plan*\n"
        "* COMMENT Reader comments\n- Priya K. :: Great breakdown\n"
        "* Sponsored                                   :noexport:\n** Orthopedic Clinics Near You\nCompare clinics.\n"
        "* 4) Day-to-Day Activities\n- Review the queue.\n"
    )
    out = org_as_markdown(page)
    for gone in ("TODO(editor)", "Harborline", "#+", "LOGBOOK", "ask Tomas", "Priya", "Reader comments",
                 "Sponsored", "Orthopedic", "Compare clinics"):  # fmt: skip
        assert gone not in out
    assert "# 4) Day-to-Day Activities" in out  # the excluded subtree ends at the next heading of its level
    assert "- Review the queue." in out


def test_a_quote_keeps_its_text_an_example_and_source_block_do_not() -> None:
    page = _HEAD + (
        "* 19) Hiring Evaluation Criteria\n"
        "#+BEGIN_QUOTE\nThe best claims managers audit everything.\n#+END_QUOTE\n"
        "#+begin_example\nSample scenario card\n  Inventory: 1,840 | Cycle time: 27 days\n#+end_example\n"
        "#+BEGIN_SRC sql\nSELECT * FROM claims;\n#+END_SRC\n"
    )
    out = org_as_markdown(page)
    assert "The best claims managers audit everything." in out
    assert "QUOTE" not in out and "Sample scenario card" not in out and "Inventory" not in out
    assert "SELECT" not in out


def test_the_page_todo_keywords_and_exclude_tags_are_read_from_its_keywords() -> None:
    page = _HEAD + (
        "#+TODO: REVIEW | PUBLISHED\n#+EXCLUDE_TAGS: private\n"
        "* REVIEW 3) Core Responsibilities  :hr:\n- Own the plan.\n"
        "* Internal notes  :private:\nnot for readers\n"
    )
    lines = [line.rstrip() for line in org_as_markdown(page).split("\n")]
    assert "# 3) Core Responsibilities" in lines and "- Own the plan." in lines
    assert not any("REVIEW" in line or "not for readers" in line or "Internal notes" in line for line in lines)


# --- inline markup -------------------------------------------------------------------------------------


def test_inline_markup_links_footnotes_and_counter_cookies() -> None:
    page = _HEAD + (
        "* 8) Technical Skills Required\n"
        "1. [@6] *Claims reserving* (Critical)\n"
        "   - Use: =Power BI= and ~Guidewire ClaimCenter~ dashboards[fn:1]; see"
        " [[https://example.org/][The Institutes]] or [[https://example.org/x]] and [[#kpis][the KPIs]].\n"
        "|-----+-----|\n"
        "[fn:1] Benchmarks compiled from interviews.\n"
    )
    out = org_as_markdown(page)
    assert "1. *Claims reserving* (Critical)" in out
    assert (
        "   - Use: `Power BI` and `Guidewire ClaimCenter` dashboards; see [The Institutes](https://example.org/)"
        " or <https://example.org/x> and the KPIs." in out
    )
    assert "|-----|-----|" in out and "Benchmarks" not in out and "[@6]" not in out


# --- typed fields from Org layouts ---------------------------------------------------------------------


def test_the_title_comes_from_the_title_keyword() -> None:
    role = _fields("* 3) Core Responsibilities\n- Own the plan.\n")["role"]
    assert role["title"] == "Claims Lead"


def test_org_table_rules_are_no_rows() -> None:
    body = (
        "* 7) KPIs and Productivity Metrics                           :hr:roles:kpi:\n"
        "#+CAPTION: KPIs\n#+NAME: tbl-kpis\n"
        "| Metric name     | What it measures  | Example target/benchmark | Frequency |\n"
        "|-----------------+-------------------+--------------------------+-----------|\n"
        "| Claim cycle time | Days to close    | ≤ 30 days                | Weekly    |\n"
        "| Reopen rate      | Reopened claims  | < 4%                     | Monthly   |\n"
    )
    rows = _fields(body)["fields"]["kpis"]["rows"]
    assert [(r["name"], r["frequency"]) for r in rows] == [("Claim cycle time", "Weekly"), ("Reopen rate", "Monthly")]


def test_description_items_are_labelled_details() -> None:
    body = (
        "* 9) Soft Skills and Behavioral Capabilities\n"
        "1. *Empathy under pressure*\n"
        "   - Why it matters :: Claimants are in the worst week of their lives.\n"
        "   - How it shows up :: Listens first.\n"
        "   - Strong performance :: Customers call it fair.\n"
        "* 12) Stakeholders and Collaboration Map\n"
        "** Internal stakeholders\n"
        "- Underwriting :: loss trends, coverage intent.\n"
        "- Finance :: LAE budget, quarter close.\n"
        "* 13) Decision Rights and Scope of Authority\n"
        "** Budget, architecture, vendor, delivery, hiring, compliance authority\n"
        "- Budget :: Manages the team's expense within plan.\n"
        "- Hiring :: Hiring manager for adjusters.\n"
    )
    fields = _fields(body)["fields"]
    (skill,) = fields["soft_skills"]["skills"]
    assert (skill["name"], skill["why_it_matters"], skill["how_it_shows_up"], skill["strong_performance"]) == (
        "Empathy under pressure",
        "Claimants are in the worst week of their lives.",
        "Listens first.",
        "Customers call it fair.",
    )
    internal = fields["stakeholders"]["internal"]
    assert [(s["name"], s["nature"]) for s in internal] == [
        ("Underwriting", "loss trends, coverage intent."),
        ("Finance", "LAE budget, quarter close."),
    ]
    rights = fields["decision_rights"]
    assert (rights["budget"]["label"], rights["budget"]["text"]) == (
        "Budget",
        "Manages the team's expense within plan.",
    )
    assert rights["hiring"]["text"] == "Hiring manager for adjusters."


def test_a_plural_ending_in_brackets_is_no_note() -> None:
    assert split_note("State/provincial adjuster licence(s)") == ("State/provincial adjuster licence(s)", None)
    assert split_note("Professional certification(s).") == ("Professional certification(s)", None)
    assert split_note("Applied Scientist (next level)") == ("Applied Scientist", "next level")  # negative case


# --- the page ------------------------------------------------------------------------------------------

NOISE = [
    "Harborline Legal Funding", "Get a Free Case Review", "ClaimPilot Pro", "FIELDNOTES20", "Brightmoor Dental",
    "Compare Clinics Now", "Orthopedic", "Westcoast Roofing", "Book Your Free Inspection", "Lumenvale",
    "One role blueprint every Tuesday", "Unsubscribe anytime", "Share this blueprint", "Role Blueprints »",
    "Notify me of follow-up", "Join the discussion", "Priya K.", "DaveTheAdjuster", "All rights reserved",
    ":PROPERTIES:", ":CUSTOM_ID:", ":LOGBOOK:", "CLOSED: [2024", "ask Tomas", "double-check the complaint ratio",
    "#+", ":noexport:", ":hr:roles:", "[@6]", " :: ", "[fn:", "Benchmarks compiled", "Footnotes", "Sample scenario",
    "/Director of Claims/", "~Guidewire", "=Power BI=",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_org_page_sections_title_and_noise(page: dict[str, Any]) -> None:
    sections = [s["id"] for s in page["sections"]]
    assert len(sections) == 20 and page["missing_sections"] == []
    assert page["role"]["title"] == "Insurance Claims Manager"
    assert page["role"]["horizon"] == "Current"
    assert page["quality"]["coverage"] == 1.0
    text = json.dumps(page, ensure_ascii=False)
    assert [noise for noise in NOISE if noise in text] == []


def test_the_org_page_lists_and_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 24
    technical = [item["title"] for item in items if item["category"] == "technical"]
    assert technical[0] == "Configure and tune claims system workflows" and len(technical) == 4
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 16 and kpis[0]["name"] == "Claim cycle time (FNOL to close)"
    assert kpis[-1]["name"] == "Team attrition"
    assert len(fields["technical_skills"]["skills"]) == 19
    assert len(fields["tools"]["rows"]) == 18
    scorecard = fields["hiring"]["scorecard"]["rows"]
    assert [row["dimension"] for row in scorecard][-1] == "Communication" and len(scorecard) == 7
    exercises = fields["hiring"]["exercises"]
    assert [(e["label"], e["name"], e["duration"]) for e in exercises] == [
        ("Exercise A", "Large-loss file review", "60 minutes"),
        ("Exercise B", "KPI pack diagnosis", "45 minutes"),
        ("Exercise C", "Difficult conversation role-play", "30 minutes"),
    ]
    assert len(fields["scorecard"]["rows"]) == 10 and fields["scorecard"]["role_title"] == "Insurance Claims Manager"


def test_the_org_page_description_items_and_certifications(page: dict[str, Any]) -> None:
    fields = page["fields"]
    skills = fields["soft_skills"]["skills"]
    assert len(skills) == 8 and all(s["why_it_matters"] and s["how_it_shows_up"] for s in skills)
    assert [s["name"] for s in skills if not s["strong_performance"]] == [
        "Clear written communication",
        "Resilience and composure during surges",
    ]
    stakeholders = fields["stakeholders"]
    assert (len(stakeholders["internal"]), len(stakeholders["external"])) == (8, 5)
    assert stakeholders["internal"][1]["name"] == "Underwriting"
    assert stakeholders["internal"][1]["nature"].startswith("loss trends, coverage intent")
    rights = fields["decision_rights"]
    areas = ("budget", "architecture", "vendor", "delivery", "hiring", "compliance")
    labels = ["Budget", "Architecture", "Vendors", "Delivery", "Hiring", "Compliance"]
    assert [rights[area]["label"] for area in areas] == labels
    experience = fields["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (8.0, 12.0)
    certifications = experience["certifications"]
    assert certifications[0]["name"] == "State/provincial adjuster licence(s)" and certifications[0]["detail"] is None
    assert certifications[1]["name"] == "AIC — Associate in Claims" and len(certifications) == 5
