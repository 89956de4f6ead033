"""A SharePoint Online modern page (round 29's unseen page "hris-analyst-sharepoint"): an HR intranet's article
whose canvas holds the site's web parts between its sections, and synthetic snippets of the same layout:

- a News web part between two sections: its title ("News"), a "See all" link, then teaser cards of a title, a
  summary and a byline dated relatively ("Tom Whitaker · 5 days ago"). Only its first card went; the repeated
  cards go whole, told by their structure, whatever words they share with the article;
- a call-to-action web part between two sections: a headline, a sentence of copy and a button linking out. Only
  its button went; the box's headline and copy go with it (the intranet's notice takes the article's subject);
- the page's social bar, its counters run together ("37 likes4 comments1,284 views"): widget lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.noise import is_widget

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "hris-analyst-sharepoint.synthetic.html"

_TOOLS = (
    "<h2>10) Tools, Platforms, and Software</h2><p>Exact tools vary by platform choice.</p>"
    "<table><tr><th>Category</th><th>Tool</th><th>Use</th></tr>"
    "<tr><td>HCM platform</td><td>Workday HCM</td><td>Core HR and reporting</td></tr>"
    "<tr><td>Payroll</td><td>ADP Workforce Now</td><td>Payroll processing</td></tr></table>"
)
_TECH_STACK = (
    "<h2>11) Typical Tech Stack / Environment</h2><p>The analyst works in a SaaS-first environment.</p>"
    "<h3>Data environment</h3><ul><li>Reporting inside the HCM platform.</li><li>A cloud data warehouse.</li></ul>"
)


def _card(title: str, summary: str, byline: str) -> str:
    return (
        '<div class="ms-DocumentCard" role="listitem">'
        '<div class="ms-DocumentCardPreview"><img src="t.jpg" alt=""></div>'
        f'<div class="ms-DocumentCardTitle">{title}</div><div class="ms-DocumentCard-description">{summary}</div>'
        f'<div class="ms-DocumentCardActivity"><span>{byline}</span></div></div>'
    )


def _news(*cards: tuple[str, str, str]) -> str:
    return (
        '<div data-sp-feature-tag="News"><div class="ms-NewsWebPart"><div class="webPartHeader">'
        '<h2 class="webPartTitle">News</h2><a class="seeAll" href="/sites/hub/_layouts/15/news.aspx">See all</a>'
        f'</div><div role="list">{"".join(_card(*card) for card in cards)}</div></div></div>'
    )


_CARDS = (
    ("Meet our new Wellbeing Champions for the Lisbon office", "Twelve colleagues run walking clubs.",
     "Sofia Almeida · 2 days ago"),
    ("Payroll reporting platform refreshed for every team", "Updated HCM reporting rules for payroll processing.",
     "Tom Whitaker · 5 days ago"),
    ("Cloud data warehouse reporting for the business", "The analyst team works with Workday and ADP platforms.",
     "Anouk de Vries · 1 week ago"),
)  # fmt: skip


# --- a News web part: its cards go whole ---------------------------------------------------------------------------


def test_a_news_web_parts_cards_between_sections_go_whole() -> None:
    fields = html_fields(_TOOLS + _news(*_CARDS) + _TECH_STACK)
    assert fields["tools"]["notes"] == ["Exact tools vary by platform choice."]
    assert len(fields["tools"]["rows"]) == 2
    text = "\n".join(all_strings(fields))
    for title, summary, byline in _CARDS:
        for line in (title, summary, byline):
            assert line not in text
    assert "See all" not in text and "News" not in text.split("\n")


def test_cards_dated_in_hours_with_a_two_line_card_go_too() -> None:
    cards = "".join(
        f"<p>{title}</p><p>{byline}</p>"
        for title, byline in (
            ("Benefits portal moves to a new payroll platform", "Hannah Okafor | 3 hours ago"),
            ("Reporting office hours every Tuesday", "Liam Chen | yesterday"),
            ("New HCM release notes published", "Mia Park | 2 weeks ago"),
        )
    )
    fields = html_fields(_TOOLS + "<h3>Latest news</h3>" + cards + _TECH_STACK)
    assert fields["tools"]["notes"] == ["Exact tools vary by platform choice."]
    text = "\n".join(all_strings(fields))
    assert "Latest news" not in text and "ago" not in text and "yesterday" not in text


def test_article_lines_dated_relatively_without_repeated_cards_stay() -> None:
    body = (
        _TOOLS + "<h2>11) Typical Tech Stack / Environment</h2><p>The analyst works in a SaaS-first environment.</p>"
        "<p>Workday HCM replaced the legacy HRIS platform 5 years ago.</p><p>Payroll moved to ADP.</p>"
        "<p>Reporting moved to the cloud data warehouse 2 years ago.</p>"
    )
    text = "\n".join(all_strings(html_fields(body)))
    assert "Workday HCM replaced the legacy HRIS platform 5 years ago." in text
    assert "Reporting moved to the cloud data warehouse 2 years ago." in text


# --- a call-to-action web part: the box goes with its button -------------------------------------------------------

_GOALS = (
    "<h2>6) Goals, Objectives, and Milestones</h2><p>This plan assumes a new hire into the HRIS team.</p>"
    "<h3>30-day goals</h3><ul><li>Review the benefits enrolment configuration and the medical plan setup.</li>"
    "<li>Learn the deadline for each payroll change.</li><li>Load the pension plans for the new year.</li>"
    "<li>Log each event after a payroll run.</li></ul>"
    "<h3>What high performance looks like</h3><ul><li>Finds data problems before payroll does.</li>"
    "<li>Closes enrolment tickets before each deadline.</li></ul>"
)
_CALLOUT = (
    '<div data-sp-feature-tag="Call to action"><div class="ms-CallToAction">'
    '<div class="ms-CallToAction-title">Benefits enrolment closes Friday</div>'
    '<div class="ms-CallToAction-description">Review your medical, dental and pension choices for 2026 before 23:59'
    " on Friday 30 May. Changes after the deadline need a qualifying life event.</div>"
    '<a class="ms-Button ms-Button--primary" href="https://benefits.example.com">'
    '<span class="ms-Button-label">Open benefits portal</span></a></div></div>'
)
_KPIS = (
    "<h2>7) KPIs and Productivity Metrics</h2><p>Targets depend on company size.</p>"
    "<table><tr><th>Metric</th><th>Target</th></tr><tr><td>Data accuracy</td><td>99%</td></tr></table>"
)


def test_a_call_to_action_boxs_headline_and_copy_go_with_its_button() -> None:
    fields = html_fields(_GOALS + _CALLOUT + _KPIS)
    goals = fields["goals"]
    assert goals["high_performance_intro"] == []
    assert [item["text"] for item in goals["high_performance"]] == [
        "Finds data problems before payroll does.",
        "Closes enrolment tickets before each deadline.",
    ]
    text = "\n".join(all_strings(fields))
    assert "Benefits enrolment closes Friday" not in text and "qualifying life event" not in text


# --- the social bar: engagement counters, however run together ------------------------------------------------------


def test_engagement_counters_are_widget_lines_whatever_the_spacing() -> None:
    assert is_widget("37 likes4 comments1,284 views")
    assert is_widget("12 likes · 3 comments · 1.2k views")
    assert is_widget("1 like")
    assert not is_widget("37 likes from the HR community")


def test_a_social_bar_after_the_scorecard_is_no_note() -> None:
    body = (
        "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Category</th><th>Summary</th></tr>"
        "<tr><td>Role title</td><td>HRIS Analyst</td></tr><tr><td>Top KPIs</td><td>Data accuracy</td></tr></table>"
        '<div class="ms-SocialBar"><button>Like</button><span class="likeCount">37 likes</span>'
        '<span class="commentCount">4 comments</span><span class="viewCount">1,284 views</span></div>'
        "<h2>Comments</h2><p>Great page, thanks!</p>"
    )
    scorecard = html_fields(body)["scorecard"]
    assert scorecard["notes"] == []
    assert "views" not in "\n".join(all_strings(scorecard))


# --- the page itself -------------------------------------------------------------------------------------------

# The answer key's NOISE list (tests/unseen/answer_keys/hris-analyst-sharepoint.md), all in no field.
_NOISE = (
    "Employee Assistance Program", "0800 458 2271", "Benefits enrolment closes Friday", "Citrix gateway unavailable",
    "INC0048213", "Search this site", "App launcher", "Expense claims portal", "Book a meeting room",
    "Holiday calendar 2025", "Payslip self-service", "Meet our new Wellbeing Champions",
    "Hybrid working guidelines refreshed", "1,000 days without a lost-time injury",
    "Job Architecture Framework v3.xlsx",
    "Salary Banding Principles.pdf", "Really helpful for our team restructure", "contractor HRIS roles in Kraków",
    "late cost-centre rename", "Add a comment", "Hannah Okafor", "1,284 views", "Northwind Meridian Group",
    "_spPageContextInfo", "ms-Button", "Save for later", "2,941 members",
)  # fmt: skip


def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_sharepoint_page_keeps_no_web_part_or_social_bar_in_its_fields() -> None:
    fields = _page()["fields"]
    tools = fields["tools"]
    assert tools["notes"] == [
        "Exact tools vary by platform choice; the labels show how likely each tool is in a typical mid-size to large"
        " software company."
    ]
    assert len(tools["rows"]) == 21
    goals = fields["goals"]
    assert goals["high_performance_intro"] == []
    assert len(goals["high_performance"]) == 5
    assert fields["scorecard"]["notes"] == []
    text = "\n".join(all_strings(fields))
    assert [noise for noise in _NOISE if noise in text] == []
    for line in ("Tom Whitaker · 5 days ago", "The Rotterdam site celebrates", "Review your medical, dental"):
        assert line not in text
