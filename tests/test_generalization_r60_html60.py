"""Round 60, html60: a WordPress page with the Kadence theme and Kadence Blocks (systems-analyst-wp-kadence) and a
WordPress REST post of Gutenberg blocks (business-analyst-rest-gutenberg).

* One unclosed </div> in the theme's <header id="masthead"> made libxml2 nest all that follows in the header (a
  browser closes it): the header went as chrome, the article with it, and the page came out not_a_blueprint. A
  header, nav, footer or aside (or a "site-header" box) holding three section headings or more is read into.
* Kadence Tabs' title list (ul.kt-tabs-title-list > li > a > span.kt-title-text: "Must-have", "Good-to-have", ...)
  was read as a list: four fake technical skills of tier "other". Its labels go to the panels at their places
  (aria-controls names the tab's own <li>), and a label its panel's opening heading says at length is dropped.
* A Gutenberg quote block signed by a <cite> ('Priya Raman, Business Analysis Lead') is a pull quote: its quote
  and cite stood as two responsibilities intro paragraphs. A blockquote with no cite, or holding a list, stays.
* A <details> box's hint 'Click to expand the full stakeholder map for this role.' stood as stakeholders.intro.

Not fixed: the KPI table's labelled caption 'Table 1. KPI reference set ... (targets are illustrative, ...)' is
still left out: the frozen grc-manager-gutenberg-blocks key wants a caption of the same kind ('Table 1. Example
GRC KPIs; adapt targets to ...') out of the KPI notes.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import UNSEEN, all_strings, html_fields, unseen_document

from pipeline import extract
from pipeline.noise import is_widget

KADENCE = "systems-analyst-wp-kadence.synthetic.html"
GUTENBERG = "business-analyst-rest-gutenberg.synthetic.json"

_SECTIONS = (
    "<h1>IT Analyst: Role Blueprint</h1><h2>{n1}Role Summary</h2><p>The analyst turns needs into specifications.</p>"
    "<h2>{n2}Core Responsibilities</h2><ol><li>Elicit requirements</li><li>Write specifications</li></ol>"
    "<h2>{n3}Key Deliverables</h2><ul><li>Requirements document</li><li>Test plan</li></ul>"
)
_MENU = (
    '<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/b">Blog</a></li></ul>'
    "</nav>"
)


def _fields(html: str) -> dict[str, Any]:
    (extraction,) = extract(f"<html><body>{html}</body></html>".encode(), name="snippet.html")
    return extraction.document["fields"]


# --- synthetic: the article nested in the header by an unclosed tag --------------------------------------------------


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize(
    "header",
    [
        '<header id="masthead" class="site-header" role="banner"><div class="site-header-wrap">{menu}<div>',
        '<div id="masthead" class="site-header"><div class="site-header-wrap"><div>{menu}</div>',
    ],
)
def test_synthetic_an_unclosed_header_box_holding_the_article_is_read_into(header: str, numbered: bool) -> None:
    numbers = ("1) ", "3) ", "5) ") if numbered else ("", "", "")
    sections = _SECTIONS.format(n1=numbers[0], n2=numbers[1], n3=numbers[2])
    fields = _fields(header.format(menu=_MENU) + sections + '<footer class="site-footer">© 2026 RoleCraft</footer>')
    assert fields["role_summary"]["paragraphs"] == ["The analyst turns needs into specifications."]
    assert [item["title"] for item in fields["responsibilities"]["items"]] == [
        "Elicit requirements",
        "Write specifications",
    ]
    assert [item["name"] for item in fields["deliverables"]["items"]] == ["Requirements document", "Test plan"]
    assert not {"Home", "Blog", "© 2026 RoleCraft"} & set(all_strings(fields))


def test_synthetic_a_header_with_widget_headings_still_goes() -> None:
    header = "<header><h3>Recent Posts</h3><h3>Categories</h3><h3>About us</h3><p>RoleCraft Library</p></header>"
    fields = _fields(header + _SECTIONS.format(n1="1) ", n2="3) ", n3="5) "))
    assert "RoleCraft Library" not in all_strings(fields)


# --- synthetic: Kadence Tabs ------------------------------------------------------------------------------------------

_TIERS = [("Must-have", "Must-have technical skills", "SQL (Critical)"),
          ("Good-to-have", "Good-to-have technical skills", "Power BI (Optional)"),
          ("Advanced / expert", "Advanced or expert-level technical skills", "Data migration (Optional)")]  # fmt: skip


def _kadence_tabs(panel_headings: bool) -> str:
    titles = "".join(
        f'<li id="tab-{n}" class="kt-title-item kt-title-item-{n}"><a href="#tab-{n}" data-tab="{n}" '
        f'class="kt-tab-title" role="tab" aria-controls="tab-{n}"><span class="kt-title-text">{label}</span></a></li>'
        for n, (label, _, _) in enumerate(_TIERS, 1)
    )
    panels = "".join(
        f'<div class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-{n}" role="tabpanel">'
        '<div class="kt-tab-inner-content-inner">'
        + (f"<h3>{heading}</h3>" if panel_headings else "")
        + f"<ol><li><strong>{skill}</strong><br>– Use: daily analysis.</li></ol></div></div>"
        for n, (_, heading, skill) in enumerate(_TIERS, 1)
    )
    return (
        '<div class="wp-block-kadence-tabs"><div class="kt-tabs-wrap kt-tabs-has-3-tabs">'
        f'<ul class="kt-tabs-title-list kb-tab-title-columns-3">{titles}</ul>'
        f'<div class="kt-tabs-content-wrap">{panels}</div></div></div>'
    )


def _skills(panel_headings: bool) -> dict[str, Any]:
    tabs = _kadence_tabs(panel_headings)
    body = f"<h2>8) Technical Skills Required</h2><p>Select a tab.</p>{tabs}<h2>9) Soft Skills</h2>"
    return html_fields(body)["technical_skills"]


def test_synthetic_kadence_tab_titles_are_no_skills_when_panels_head_themselves() -> None:
    skills = _skills(panel_headings=True)
    assert [(s["tier"], s["name"]) for s in skills["skills"]] == [
        ("must_have", "SQL"), ("good_to_have", "Power BI"), ("advanced", "Data migration")]  # fmt: skip
    assert [t["heading"] for t in skills["tiers"]] == [heading for _, heading, _ in _TIERS]


def test_synthetic_kadence_tab_titles_head_panels_without_headings() -> None:
    skills = _skills(panel_headings=False)
    assert [(s["tier"], s["name"]) for s in skills["skills"]] == [
        ("must_have", "SQL"), ("good_to_have", "Power BI"), ("advanced", "Data migration")]  # fmt: skip
    assert [t["heading"] for t in skills["tiers"]] == [label for label, _, _ in _TIERS]


# --- synthetic: pull quotes -------------------------------------------------------------------------------------------

_QUOTE = "“Most projects fail in the meeting where nobody wrote down what approved means.”"


def _responsibilities(quote: str) -> dict[str, Any]:
    body = (
        f"<h2>3) Core Responsibilities</h2><p>Grouped as most IT functions describe the role.</p>{quote}"
        "<ol><li>Elicit requirements</li><li>Write specifications</li></ol><h2>4) Day-to-Day Activities</h2>"
    )
    return html_fields(body)["responsibilities"]


def test_synthetic_a_signed_gutenberg_quote_is_a_pull_quote() -> None:
    cite = "<cite>Priya Raman, Business Analysis Lead</cite>"
    quote = f'<blockquote class="wp-block-quote"><p>{_QUOTE}</p>{cite}</blockquote>'
    responsibilities = _responsibilities(quote)
    assert responsibilities["intro"] == ["Grouped as most IT functions describe the role."]
    assert not {_QUOTE, "Priya Raman, Business Analysis Lead"} & set(all_strings(responsibilities))


_PASSAGE = "Most projects fail in the meeting where nobody wrote down what approved means."


@pytest.mark.parametrize(
    "quote",
    [
        f"<blockquote><p>{_PASSAGE}</p></blockquote>",
        f"<blockquote><ul><li>{_PASSAGE}</li></ul><cite>Charter</cite></blockquote>",
    ],
)
def test_synthetic_an_unsigned_or_structured_blockquote_stays(quote: str) -> None:
    assert _PASSAGE in all_strings(_responsibilities(quote))


# --- synthetic: a collapsible box's hint ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Click to expand the full stakeholder map for this role.", True),
        ("Tap to view all tools", True),
        ("Expand to see the full matrix.", True),
        ("Click to expand the matrix below, then review it", False),
        ("Expand the team to cover the new region.", False),
    ],
)
def test_synthetic_a_hint_naming_what_it_opens_is_widget_text(line: str, widget: bool) -> None:
    assert is_widget(line) is widget


# --- the pages --------------------------------------------------------------------------------------------------------


def test_kadence_page_skills_have_no_tab_titles() -> None:
    skills = unseen_document(KADENCE)["fields"]["technical_skills"]
    tiers = [s["tier"] for s in skills["skills"]]
    assert len(tiers) == 18
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 5, 4, 3]
    assert not {"Must-have", "Good-to-have", "Advanced / expert", "Emerging"} & {s["name"] for s in skills["skills"]}


def test_kadence_page_with_an_unclosed_header_div_reads_the_same() -> None:
    html = (UNSEEN / KADENCE).read_text(encoding="utf-8")
    broken = html.replace(
        '</div></div></div></div>\n<div id="mobile-header"', '</div></div></div>\n<div id="mobile-header"', 1
    )
    assert broken != html
    (extraction,) = extract(broken.encode(), name="broken.html")
    document = extraction.document
    assert document is not None and document["missing_sections"] == []
    assert document["fields"] == unseen_document(KADENCE)["fields"]


@pytest.fixture(scope="module")
def gutenberg() -> dict[str, Any]:
    return unseen_document(GUTENBERG)["fields"]


def test_gutenberg_page_pull_quote_is_no_intro(gutenberg: dict[str, Any]) -> None:
    intro = gutenberg["responsibilities"]["intro"]
    assert len(intro) == 1 and intro[0].startswith("Responsibilities are grouped")
    assert not any("Priya Raman" in text or "Most ERP projects" in text for text in all_strings(gutenberg))


def test_gutenberg_page_details_hint_is_no_stakeholder_intro(gutenberg: dict[str, Any]) -> None:
    stakeholders = gutenberg["stakeholders"]
    assert stakeholders["intro"] == []
    assert (len(stakeholders["internal"]), len(stakeholders["external"])) == (5, 3)
    assert not any("Click to expand" in text for text in all_strings(gutenberg))
