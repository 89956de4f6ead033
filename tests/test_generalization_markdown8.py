"""Blockquotes and sign-up boxes in markdown pages.

Synthetic snippets modelled on unseen pages of the family: a Marketing Operations Manager page a
reader-crawler wrote, whose newsletter box (an <aside> on the site) came out as a blockquote in the
middle of the article ("> ### Get the Role Blueprint digest", "> **Your work email** ____ [Sign me up](...)",
"> *No spam. Unsubscribe anytime.*"), and whose article quotes a tip the same way. The negative cases
guard what the seeds read: a target written "> 95%" at a line's start is no quote, and an article line
that mentions an email alone is no sign-up form.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.textblocks import text_to_pieces

TITLE = "# Foo Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
HEAD = (
    "## 1) Role Summary\n\nThe Foo Manager runs the foo systems for the business.\n\n"
    "## 2) Role Mission\n\nCore mission: make foo reliable for every team.\n\n"
)
GOALS = (
    "## 6) Goals, Objectives, and Milestones\n\n### What high performance looks like\n\n"
    "* Anticipates the impact of new campaigns before requests arrive.\n"
    "* Reconciles numbers across systems so debates focus on decisions.\n\n{box}\n"
    "## 7) KPIs and Productivity Metrics\n\n"
    "| Metric name | What it measures | Example target/benchmark | Frequency |\n|---|---|---|---|\n"
    "| Routing SLA | Leads routed in time | 95% within 5 minutes | Weekly |\n\n{notes}"
)
HIGH_PERFORMANCE = [
    "Anticipates the impact of new campaigns before requests arrive.",
    "Reconciles numbers across systems so debates focus on decisions.",
]


def _fields(box: str = "", notes: str = "") -> dict[str, Any]:
    text = TITLE + HEAD + GOALS.format(box=box, notes=notes)
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]


def _blocks(text: str) -> list[tuple[str, int | None, str, str]]:
    """Each block's kind, level, text and the page's characters it spans."""
    return [
        (p.block.kind.value, p.block.level, p.block.text, text[p.block.start : p.block.end])
        for p in text_to_pieces(text)
    ]


# --- blockquote markers -------------------------------------------------------------------------------------


def test_a_quotes_lines_are_read_without_their_markers() -> None:
    text = "> ### Get the digest\n>\n> One new blueprint every week.\n>\n> * First point\n> > Nested quote line\n"
    assert _blocks(text) == [
        ("heading", 3, "Get the digest", "### Get the digest"),
        ("paragraph", None, "One new blueprint every week.", "One new blueprint every week."),
        ("list_item", None, "First point", "* First point"),
        ("paragraph", None, "Nested quote line", "Nested quote line"),
    ]


def test_a_quoted_bold_line_and_a_commented_line_lose_their_markers() -> None:
    text = "> **Certification Courses**\n<!-- box -->\n> Our academy runs courses.\n"
    assert [(kind, level, block) for kind, level, block, _ in _blocks(text)] == [
        ("heading", 4, "Certification Courses"),
        ("paragraph", None, "Our academy runs courses."),
    ]


@pytest.mark.parametrize(
    "line", ["> 95% of demo requests routed within 5 minutes", "> $1M pipeline influenced", ">= 3 years"]
)
def test_a_comparison_opening_a_line_is_no_quote(line: str) -> None:
    assert _blocks(line) == [("paragraph", None, line, line)]


def test_a_quoted_article_tip_stays_without_its_marker() -> None:
    notes = "> Tip: calibrate targets to your funnel before you publish them.\n"
    assert _fields(notes=notes)["kpis"]["notes"] == [
        {"lead": None, "intro": ["Tip: calibrate targets to your funnel before you publish them."], "items": []}
    ]


# --- newsletter boxes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        # The crawler's blockquote of the site's <aside>.
        (
            "> ### Get the Foo Blueprint digest\n>\n"
            "> One new blueprint every Tuesday, plus interview kits and salary benchmarks. "
            "Join 48,000+ HR and people leaders.\n>\n"
            "> **Your work email** ____________ [Sign me up](https://example.com/newsletter/)\n>\n"
            "> *No spam. Unsubscribe anytime.*\n"
        ),
        # The same box in other words, unquoted.
        (
            "### Never miss a blueprint\n\nEvery Friday, one role and its interview kit for 12k people leaders.\n\n"
            "**Your business email** [Count me in](https://example.com/join/)\n\nCancel anytime.\n"
        ),
    ],
)
def test_a_newsletter_box_goes_whole(box: str) -> None:
    goals = _fields(box=box)["goals"]
    assert [item["text"] for item in goals["high_performance"]] == HIGH_PERFORMANCE
    assert goals["high_performance_intro"] == []
    assert goals["other"] == []


def test_one_line_mentioning_an_email_is_no_form() -> None:
    box = "Replies to stakeholders from your work email within a day.\n"
    assert _fields(box=box)["goals"]["high_performance_intro"] == [
        "Replies to stakeholders from your work email within a day."
    ]
