"""Date lines, mid-article ads and the site's course promotions after the last table.

These are synthetic snippets modelled on unseen pages of the family (a blank-line text page
with a holiday ad between two sections and an academy's course promotion after the final
scorecard), not copies of them. The negative cases guard what the seeds keep: article lines
that start with "Updated" or "Published", an article line after an ad, and the article's own
notes under the scorecard table.
"""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from pipeline.noise import is_widget

HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\n"
    "The Test Role designs cloud solutions for enterprise customers and works with many teams across the company.\n\n"
    "2) Role Mission\n\n"
    "Core mission:\nWin technically sound deals.\n\n"
)
SCORECARD = "20) Final Role Scorecard Summary\n\nCategory Executive summary\nRole title Test Role\nMain goals Win deals\n\n"
COMMENTS = "Subscribe\nNotify of\nguest\n"


def _fields(body: str) -> dict:
    """Extract a blank-line text page holding the given sections after two filler ones."""
    return extract((HEAD + body).encode(), name="x.txt")[0].document["fields"]


# --------------------------------------------------------------------------
# date lines: a lead word and a date; an article line starting with the verb stays
# --------------------------------------------------------------------------

DELIVERABLES = (
    "5) Key Deliverables\n\n"
    "Handoff artifacts\n\n"
    "  • Technical handoff package for Professional Services.\n"
    "  • {line}\n"
    "  • Field feedback entries.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Updated reference architectures and demo assets in the shared library.",
        "Published case studies approved by the customer.",
        "Last updated runbooks for the demo environments.",
    ],
)
def test_a_list_item_starting_with_a_date_lines_verb_stays(line: str) -> None:
    fields = _fields(DELIVERABLES.format(line=line) + SCORECARD)
    assert [i["name"] for i in fields["deliverables"]["items"]] == [
        "Technical handoff package for Professional Services",
        line.rstrip("."),
        "Field feedback entries",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Updated on 12 March 2025",
        "Last updated: 14 March 2026",
        "Published March 3, 2025",
        "Updated: 2025-03-12",
        "Published by Jane Doe on 12/03/2025",
        "Updated 2 days ago",
        "Last updated:",
        "Published on",
    ],
)
def test_a_date_line_is_a_widget(line: str) -> None:
    assert is_widget(line)


def test_a_date_line_between_sections_goes() -> None:
    fields = _fields(DELIVERABLES.format(line="Field notes.") + "Updated on 12 March 2025\n\n" + SCORECARD)
    assert [i["name"] for i in fields["deliverables"]["items"]] == [
        "Technical handoff package for Professional Services",
        "Field notes",
        "Field feedback entries",
    ]
    assert "12 March" not in json.dumps(fields)


# --------------------------------------------------------------------------
# a mid-article ad: an offer right after its removed lines is its last line
# --------------------------------------------------------------------------

SOFT_SKILLS = (
    "9) Soft Skills and Behavioral Capabilities\n\n"
    "  1. Storytelling\n"
    "    – Why it matters: Buyers stay early in the deal when the summer demo works.\n\n"
)
VILLA_AD = (
    "Discover Luxury Villa Stays\n\n"
    "Handpicked holiday villas with private pools across 40 destinations.\n\n"
    "Explore Villas\n\n"
)
TOOLS = (
    "10) Tools, Platforms, and Software\n\n"
    "Category Tool, platform, or software Primary use Common / Optional / Context-specific\n"
    "Collaboration Slack Connect Shared channels Optional\n\n"
)


@pytest.mark.parametrize(
    "offer",
    [
        "Book early — save up to 25% on summer stays.",
        "Early summer stays from $199 per night for the whole deal.",
        "Limited early summer stays left for the demo season.",
    ],
)
def test_an_offer_after_an_ads_lines_goes_with_the_ad(offer: str) -> None:
    fields = _fields(SOFT_SKILLS + VILLA_AD + offer + "\n\n" + TOOLS + SCORECARD)
    assert fields["soft_skills"]["intro"] == []
    assert [s["name"] for s in fields["soft_skills"]["skills"]] == ["Storytelling"]
    assert not any(word in json.dumps(fields) for word in ("Villa", "villa", "summer stays"))


def test_an_article_line_after_an_ad_without_an_offer_stays() -> None:
    line = "Buyers stay early in the deal when the summer demo works."
    fields = _fields(SOFT_SKILLS + VILLA_AD + line + "\n\n" + TOOLS + SCORECARD)
    assert fields["soft_skills"]["intro"] == [line]
    assert "Villa" not in json.dumps(fields)


def test_an_offer_worded_article_line_without_an_ad_before_it_stays() -> None:
    line = "Book early demo slots when the summer deal cycle starts."
    fields = _fields(SOFT_SKILLS + line + "\n\n" + TOOLS + SCORECARD)
    assert fields["soft_skills"]["intro"] == [line]


# --------------------------------------------------------------------------
# the site's course catalogue after the final scorecard
# --------------------------------------------------------------------------

CERTIFICATIONS = (
    "14) Required Experience and Qualifications\n\n"
    "Certifications\n\n"
    "  • AWS Certified Solutions Architect and Kubernetes certification; SRE foundation training is a plus.\n\n"
)


@pytest.mark.parametrize(
    "catalogue",
    [
        "AWS Solutions Architect Training, Kubernetes Certification and SRE Foundation by our academy",
        "Kubernetes Certification, SRE Foundation, and AWS Solutions Architect Training",
        "AWS Architect Bootcamp & Kubernetes Administrator Course at CloudSkills Institute.",
    ],
)
def test_a_course_catalogue_after_the_final_scorecard_goes_on_a_page_naming_the_courses(catalogue: str) -> None:
    fields = _fields(CERTIFICATIONS + SCORECARD + "Certification Courses\n\n" + catalogue + "\n\n" + COMMENTS)
    assert fields["scorecard"]["notes"] == []
    assert fields["scorecard"]["main_goals"] == ["Win deals"]


def test_an_academy_promotion_after_the_final_scorecard_goes() -> None:
    promo = "Upskill in cloud architecture with our academy: live labs and real projects."
    fields = _fields(SCORECARD + promo + "\n\n" + COMMENTS)
    assert fields["scorecard"]["notes"] == []


@pytest.mark.parametrize(
    "note",
    [
        "AWS certification and Kubernetes training matter less than discovery skill when deals are won.",
        "Training and Certification",
        "Read this scorecard with the certification list in section 14: AWS Certified Solutions Architect first.",
    ],
)
def test_an_article_note_naming_certifications_after_the_final_scorecard_stays(note: str) -> None:
    fields = _fields(CERTIFICATIONS + SCORECARD + note + "\n\n" + COMMENTS)
    assert fields["scorecard"]["notes"] == [note]


PROGRAMS = (
    "Certification Courses\n\n"
    "Our academy offers professional programs for engineers. Explore the following programs:\n\n"
    "  • DevSecOps Certification\n"
    "  • SRE Certification\n"
    "  • Kubernetes Administrator Course\n\n"
)


def test_a_course_catalogue_list_after_the_final_scorecard_goes_with_its_lead() -> None:
    fields = _fields(CERTIFICATIONS + SCORECARD + PROGRAMS + COMMENTS)
    assert fields["scorecard"]["notes"] == []
    assert fields["scorecard"]["main_goals"] == ["Win deals"]


def test_a_list_of_certifications_inside_the_article_stays() -> None:
    certifications = (
        "14) Required Experience and Qualifications\n\n"
        "Certifications\n\n"
        "  • AWS Solutions Architect Certification\n"
        "  • Kubernetes Administrator Certification\n\n"
    )
    fields = _fields(certifications + SCORECARD + COMMENTS)
    assert [c["name"] for c in fields["experience"]["certifications"]] == [
        "AWS Solutions Architect Certification",
        "Kubernetes Administrator Certification",
    ]


def test_an_article_list_after_the_final_scorecard_stays() -> None:
    notes = "Use the scorecard with care:\n\n  • Review it every quarter.\n  • Share it with the hiring panel.\n\n"
    fields = _fields(SCORECARD + notes + COMMENTS)
    assert fields["scorecard"]["notes"] == ["Review it every quarter.", "Share it with the hiring panel."]
