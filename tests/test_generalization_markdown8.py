"""Blockquotes, sign-up boxes and unrendered shortcodes in text and markdown pages.

Synthetic snippets modelled on unseen pages of the family: a Marketing Operations Manager page a
reader-crawler wrote, whose newsletter box (an <aside> on the site) came out as a blockquote in the
middle of the article ("> ### Get the Role Blueprint digest", "> **Your work email** ____ [Sign me up](...)",
"> *No spam. Unsubscribe anytime.*"), and whose article quotes a tip the same way; and a WordPress site
whose shortcode plugin was switched off ('[su_button url="..."]Download the PDF[/su_button]'), scraped
to text or markdown. The negative cases guard what the seeds read: a target written "> 95%" at a line's
start is no quote, an article line that mentions an email alone is no sign-up form, and markdown links,
reference links, "[1]" markers and bracketed words in prose are no shortcodes.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.layout import md_heading
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


# --- unrendered shortcodes ----------------------------------------------------------------------------------

CAREER = (
    "## 15) Career Path and Progression\n\n### Next likely roles\n\n"
    "* Senior Foo Manager\n* Head of [su_highlight]Foo[/su_highlight] Operations\n\n{below}"
)


def _career(below: str) -> dict[str, Any]:
    (extraction,) = extract((TITLE + HEAD + CAREER.format(below=below)).encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]["career_path"]


def test_shortcodes_on_a_markdown_page_leave_their_words() -> None:
    below = (
        '[su_box title="Sponsored"]Struggling with alert noise? NetPulse Monitor watches 500 devices.[/su_box]\n\n'
        'Most move up after two years. [su_button url="https://x.example/pdf"]Download the PDF[/su_button] of the '
        "ladder.\n"
    )
    career = _career(below)
    assert [role["name"] for role in career["next_roles"]] == ["Senior Foo Manager", "Head of Foo Operations"]
    assert career["notes"] == ["Most move up after two years. Download the PDF of the ladder."]


def test_shortcodes_on_a_text_page_leave_their_words() -> None:
    text = (
        "Foo Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n1) Role Summary\n"
        "The Foo Manager runs the foo systems. [su_note]It reports to the Director of Operations.[/su_note]\n"
        "2) Role Mission\nCore mission: make foo reliable for every team.\n"
        '15) Career Path and Progression\nNext likely roles\n- Senior Foo Manager\n- [anchor id="head"]Head of Foo\n'
    )
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    fields = extraction.document["fields"]
    assert fields["role_summary"]["paragraphs"] == [
        "The Foo Manager runs the foo systems. It reports to the Director of Operations."
    ]
    assert [role["name"] for role in fields["career_path"]["next_roles"]] == ["Senior Foo Manager", "Head of Foo"]


def test_a_blanked_shortcode_keeps_offsets_true() -> None:
    text = '> [su_note]Tip: calibrate targets[/su_note]\n## [anchor id="kpis"]7) KPIs\n[adsense]\nDone.\n'
    assert _blocks(text) == [
        ("paragraph", None, "Tip: calibrate targets", "Tip: calibrate targets[/su_note]"),
        ("heading", 2, "7) KPIs", '## [anchor id="kpis"]7) KPIs'),
        ("paragraph", None, "Done.", "Done."),
    ]


def test_links_markers_and_bracketed_words_are_no_shortcodes() -> None:
    line = (
        "Read the [guide](https://example.com/guide), the [notes][1] and [set k=3](https://example.com/k) "
        "first [1]; mark extras [Optional] and quote it [sic]."
    )
    assert _blocks(line) == [
        (
            "paragraph",
            None,
            "Read the guide, the notes and set k=3 first [1]; mark extras [Optional] and quote it [sic].",
            line,
        )
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("## Title", (2, "Title")),
        ("## Title ##", (2, "Title")),
        ("### Learn C#", (3, "Learn C#")),  # a "#" glued to the title is its text, not a closing run
        ("## Title##", (2, "Title##")),
        ("# #", (1, "")),
        ("####### Seven", None),
        ("##Title", None),
        ("## T\n#", (2, "T")),
        ("## T\nmore", None),
        ("#\u00a0Title\u00a0#", (1, "Title")),
        ("## a # b  ##  ", (2, "a # b")),
    ],
)
def test_md_heading_reads_level_and_title(line: str, heading: tuple[int, str] | None) -> None:
    """The level and title of an ATX heading, its closing run of "#" (after a space) left out; or no heading."""
    assert md_heading(line) == heading
