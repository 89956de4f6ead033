"""Site noise inside and after the article: teaser lists of related posts, newsletter sign-up
boxes and the site's course promotions after the last table.

These are synthetic snippets modelled on unseen pages of the family (a text page from another
scraper, a reader-crawler markdown page and an Elementor WordPress page), not copies of them.
The negative cases guard what the seeds keep: article lists, lines that mention a newsletter
or privacy in prose, and the article's own notes after a table.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.noise import is_widget

TITLE = "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
FILLER = [
    "## 1) Role Summary",
    "The Test Role plans and runs studies that shape product decisions for the product area.",
    "## 2) Role Mission",
    "The Test Role turns evidence about users into decisions the product teams act on.",
]


def _blueprint(lines: list[str]) -> dict:
    """Extract a markdown page holding the given sections after two filler ones."""
    page = "\n\n".join([f"# {TITLE}", *FILLER, *lines])
    return extract(page.encode(), name="x.md")[0].blueprint.model_dump(mode="json")


def _fields(lines: list[str]) -> dict:
    return _blueprint(lines)["fields"]


def _environments(fields: dict) -> list[tuple[str, list[str]]]:
    return [(e["name"], [i["text"] for i in e["items"]]) for e in fields["tech_stack"]["environments"]]


TECH_STACK = [
    "## 11) Typical Tech Stack / Environment",
    "### Team topology",
    "* Embedded model: one researcher per two squads.",
    "* Alternative: a central team taking requests through an intake board.",
]
STAKEHOLDERS = ["## 12) Stakeholders and Collaboration Map", "### Peer roles", "Product Designer, Content Designer"]
TEAM_TOPOLOGY = (
    "Team topology",
    [
        "Embedded model: one researcher per two squads.",
        "Alternative: a central team taking requests through an intake board.",
    ],
)


# --------------------------------------------------------------------------
# teaser lists: other pages' titles, with or without a "Related posts:" lead
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lead", ["Related posts:", "You may also like:", "Related articles", None])
def test_teaser_list_inside_the_article_is_removed(lead: str | None) -> None:
    teasers = [
        "* Product Designer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "* Service Designer – Role Blueprint, Responsibilities and Career Path",
        "* Research Operations Manager: Role Blueprint",
    ]
    fields = _fields([*TECH_STACK, *([lead] if lead else []), "\n".join(teasers), *STAKEHOLDERS])
    assert _environments(fields) == [TEAM_TOPOLOGY]


def test_list_naming_one_blueprint_among_article_items_stays() -> None:
    """Only a list made wholly of page titles is a teaser list."""
    items = [
        "* Career ladder: see the Senior Test Role: Role Blueprint for the next level.",
        "* Internal mobility into adjacent research roles.",
    ]
    fields = _fields([*TECH_STACK, "### Delivery model", "\n".join(items), *STAKEHOLDERS])
    assert _environments(fields) == [
        TEAM_TOPOLOGY,
        (
            "Delivery model",
            [
                "Career ladder: see the Senior Test Role: Role Blueprint for the next level.",
                "Internal mobility into adjacent research roles.",
            ],
        ),
    ]


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Related posts:", True),
        ("Recent Posts:", True),
        ("Share this:", True),
        ("Related posts", True),
        # one word with a colon is a label the article may use
        ("Email:", False),
        ("Meta:", False),
        ("Related work:", False),
    ],
)
def test_widget_line_with_its_label_colon(line: str, widget: bool) -> None:
    assert is_widget(line) is widget


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("By Jane Doe on March 3, 2025", True),
        ("by admin on 2024-01-01", True),
        ("By Rajesh Kumar · March 14, 2026 · 14 min read", True),
        ("By Meera Iyer | Updated December 1, 2026", True),
        # a role-variant sub-heading: "on" and "-" inside a word are no byline's separator
        ("By region", False),
        ("By organization size", False),
        ("By deployment location", False),
        ("By full-stack teams", False),
    ],
)
def test_a_byline_separates_its_author_by_a_spaced_mark(line: str, widget: bool) -> None:
    assert is_widget(line) is widget


# --------------------------------------------------------------------------
# newsletter sign-up boxes
# --------------------------------------------------------------------------

RISKS = [
    "## 16) Risks, Challenges, and Failure Modes",
    "### Business risks if this role is ineffective",
    "* Features launched with low adoption and costly redesigns.",
    "* Accessibility failures leading to legal exposure.",
]
VARIANTS = ["## 17) Role Variants", "### By company size", "* Startup: one researcher for the whole company."]
BUSINESS_RISKS = ["Features launched with low adoption and costly redesigns.", "Accessibility failures leading to legal exposure."]


def _business_risks(fields: dict) -> list[str]:
    return [r["text"] for r in fields["risks"]["business_risks"]]


@pytest.mark.parametrize(
    "box",
    [
        [
            "Join 40,000+ product people",
            "Get our weekly newsletter with new role blueprints, interview kits and salary guides.",
            "Your email address",
            "Subscribe",
            "We respect your privacy. Unsubscribe at any time.",
        ],
        [
            "Stay ahead of the curve",
            "Role blueprints and interview kits for product teams, delivered to your inbox every Tuesday.",
            "Enter your email",
            "Sign up",
            "No spam. Read our privacy policy.",
        ],
    ],
)
def test_newsletter_box_inside_the_article_is_removed(box: list[str]) -> None:
    fields = _fields([*RISKS, "\n".join(box), *VARIANTS])
    assert _business_risks(fields) == BUSINESS_RISKS


def test_lines_mentioning_a_newsletter_in_prose_stay() -> None:
    """Two sign-up words in long lines, no field or button: the article's own lines."""
    lines = [
        "Low newsletter engagement because segments were never researched.",
        "Unsubscribe rates climb when the email cadence ignores what users asked for.",
    ]
    fields = _fields([*RISKS, "\n".join(lines), *VARIANTS])
    assert _business_risks(fields) == [*BUSINESS_RISKS, *lines]


# --------------------------------------------------------------------------
# the site's promotion after the last table
# --------------------------------------------------------------------------

SCORECARD = [
    "## 20) Final Role Scorecard Summary",
    "| Category | Summary |\n|---|---|\n| Role title | Test Role |\n| Top KPIs | Study cycle time, decision adoption rate |",
]
LONG_PROMO = (
    "DevOpsSchool has introduced a series of professional certification courses designed to enhance your skills "
    "and expertise in cutting-edge technologies and methodologies. Whether you are aiming to excel in development, "
    "security, or operations, these certifications provide a comprehensive learning experience. Explore the "
    "following programs:"
)
SHORT_PROMO = (
    "ExampleAcademy has introduced a series of professional certification courses designed to enhance your skills "
    "and expertise in cutting-edge technologies and methodologies. [Explore the Research Certification](https://e.com/c)"
)


@pytest.mark.parametrize(
    "promo",
    [
        ["### Certification Courses", LONG_PROMO],
        ["### Certification Courses", SHORT_PROMO],
        ["## Certification Courses", LONG_PROMO, "Gain the expertise needed with hands-on training and globally recognized certifications."],
        ["Enroll now in our research leadership courses and save 20% this month."],
    ],
)
def test_promotion_after_the_last_table_is_removed(promo: list[str]) -> None:
    fields = _fields([*SCORECARD, *promo])
    assert fields["scorecard"]["notes"] == []
    assert fields["scorecard"]["top_kpis"] == ["Study cycle time", "decision adoption rate"]


@pytest.mark.parametrize(
    "note",
    [
        # 28 words: judged as a short block, and kept
        "Read this scorecard together with the KPI table: study cycle time and decision adoption rate "
        "matter only when the product teams act on the findings each quarter.",
        # over 30 words, after the table: the article's own note
        "Read this scorecard together with the KPI table and the responsibilities: study cycle time and decision "
        "adoption rate matter only when the product teams act on the findings, and the role owns that follow-up "
        "with them every quarter.",
    ],
)
def test_article_note_after_the_last_table_stays(note: str) -> None:
    fields = _fields([*SCORECARD, note])
    assert fields["scorecard"]["notes"] == [note]


def test_course_promotion_after_the_last_table_goes_on_a_page_about_training() -> None:
    """The article names certification courses too: the promotion's several phrases decide, and
    its heading, left with nothing below it, goes with it."""
    scorecard = [
        SCORECARD[0],
        SCORECARD[1] + "\n| Growth | Certification courses in research methods and professional certification |",
    ]
    blueprint = _blueprint([*scorecard, "### Certification Courses", LONG_PROMO])
    assert blueprint["fields"]["scorecard"]["notes"] == []
    assert [s["subsections"] for s in blueprint["sections"] if s["id"] == "scorecard"] == [[]]


def test_article_note_naming_courses_after_the_last_table_stays() -> None:
    """One promotion phrase in words the article uses: the article's own note."""
    note = (
        "Study cycle time and decision adoption rate are the top KPIs of the Test Role; research methods courses "
        "count toward the growth goals, and the role title stays Test Role in every summary category of the scorecard."
    )
    scorecard = [SCORECARD[0], SCORECARD[1] + "\n| Growth | Research methods courses and goals |"]
    fields = _fields([*scorecard, note])
    assert fields["scorecard"]["notes"] == [note]


@pytest.mark.parametrize("line", ["Post Views: 1,284", "Views: 12.5k", "3,210 views", "19 min read", "7 minutes read"])
def test_view_counters_and_reading_times_are_widget_lines(line: str) -> None:
    assert is_widget(line)


def test_post_views_after_the_last_table_is_removed() -> None:
    fields = _fields([*SCORECARD, "Post Views: 1,284"])
    assert fields["scorecard"]["notes"] == []
