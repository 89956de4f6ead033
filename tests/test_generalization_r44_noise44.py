"""Round 44: two pieces of site chrome kept as the article's (tests/unseen/talent-head-md-dotted.synthetic.md and
tests/unseen/vp-engineering-details-toggles.synthetic.html, their keys in tests/unseen/answer_keys/).

A lead magnet, the site's free resource offered inside the article ("Get our free Hiring Plan Template — Download the
spreadsheet (no sign-up required)."), took the article's subject and was kept as the soft skills' intro; a responsive
theme's hint over a scrolling table ("Scroll sideways to see all columns →") was kept as a KPI note and as a
sub-heading over the KPI table. Both are chrome, cut by their form, not their words. The snippets are synthetic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields, html_page

from pipeline import extract
from pipeline.noise import is_widget

UNSEEN = Path(__file__).resolve().parent / "unseen"
TALENT_PAGE = "talent-head-md-dotted.synthetic.md"
VP_PAGE = "vp-engineering-details-toggles.synthetic.html"

_SOFT_SKILLS = (
    "<h2>9) Soft Skills and Behavioral Capabilities</h2><ol>"
    "<li><strong>Executive influence</strong><ul><li>Why it matters: budgets follow trust.</li></ul></li>"
    "<li><strong>Candidate empathy</strong><ul><li>Why it matters: every candidate is a referrer.</li></ul></li>"
    "</ol>"
)
_TOOLS = "<h2>10) Tools, Platforms, and Software</h2><ul><li>Greenhouse: requisitions and scorecards</li></ul>"
_KPI_TABLE = (
    "<table><thead><tr><th>Metric name</th><th>Example target</th><th>Frequency</th></tr></thead><tbody>"
    "<tr><td>Time to fill</td><td>45 days</td><td>Monthly</td></tr>"
    "<tr><td>Offer acceptance rate</td><td>85%</td><td>Monthly</td></tr></tbody></table>"
)


def _markdown(body: str) -> dict[str, Any]:
    page = (
        "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1. Role Summary\n\nThe Test Role runs hiring for every team in the company.\n\n"
        "## 2. Role Mission\n\nHire the people the plan needs, on time and fairly.\n\n" + body
    )
    (extraction,) = extract(page.encode(), name="snippet.md")
    return extraction.document


def _section(document: dict[str, Any], section_id: str) -> dict[str, Any]:
    (section,) = [s for s in document["sections"] if s["id"] == section_id]
    return section


# --- a lead magnet ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "promo",
    [
        "<p><strong>Get our free Hiring Plan Template</strong> — <a href='https://example.org/t/'>Download the "
        "spreadsheet</a> (no sign-up required).</p>",
        "<p>Grab the free candidate experience checklist — subscribe and we send it straight away.</p>",
        "<blockquote><p>Download our free 30-60-90 day onboarding plan template.</p></blockquote>",
    ],
)
def test_synthetic_a_lead_magnet_after_a_list_goes(promo: str) -> None:
    fields = html_fields(_SOFT_SKILLS + promo + _TOOLS)
    assert fields["soft_skills"]["intro"] == []
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == ["Executive influence", "Candidate empathy"]
    strings = all_strings(fields)
    assert not any("free" in s.lower() and ("template" in s.lower() or "checklist" in s.lower()) for s in strings)


def test_synthetic_a_lead_magnet_in_a_markdown_blockquote_goes() -> None:
    body = (
        "## 9. Soft Skills and Behavioral Capabilities\n\n"
        "1. **Executive influence**\n   * Why it matters: budgets follow trust.\n"
        "2. **Candidate empathy**\n   * Why it matters: every candidate is a referrer.\n\n"
        "> **Get our free Hiring Plan Template** — [Download the spreadsheet](https://example.org/t/ \"Template\")"
        " (no sign-up required).\n\n"
        "## 10. Tools, Platforms, and Software\n\n* Greenhouse: requisitions and scorecards\n"
    )
    document = _markdown(body)
    assert document["fields"]["soft_skills"]["intro"] == []
    assert len(document["fields"]["soft_skills"]["skills"]) == 2
    assert not any("Hiring Plan Template" in s for s in all_strings(document))


def test_synthetic_an_article_line_naming_a_free_resource_stays() -> None:
    # A free tool the article names, with no call to take it, is the article's.
    note = "Free templates in the ATS help small teams keep scorecards consistent."
    fields = html_fields(_SOFT_SKILLS + f"<p>{note}</p>" + _TOOLS)
    assert note in all_strings(fields)


# --- a scrolling table's hint -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hint",
    [
        "Scroll sideways to see all columns →",
        "Scroll horizontally",
        "Swipe to see more",
        "← scroll →",
        "Scroll right to view the full table.",
        "Swipe left for more",
    ],
)
def test_synthetic_a_scroll_hint_is_a_widget(hint: str) -> None:
    assert is_widget(hint)


@pytest.mark.parametrize(
    "line", ["Scroll depth", "Scroll depth and time on page", "Scroll through the backlog to see what changed"]
)
def test_synthetic_an_article_line_on_scrolling_is_no_widget(line: str) -> None:
    assert not is_widget(line)


def test_synthetic_a_scroll_hint_over_a_kpi_table_is_no_note() -> None:
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2><p>Metrics are read as a balanced set.</p>"
        "<p class='has-small-font-size'><em>Scroll sideways to see all columns &#8594;</em></p>"
        "<div class='table-responsive' style='overflow-x:auto'>" + _KPI_TABLE + "</div>"
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    document = extraction.document
    kpis = document["fields"]["kpis"]
    assert kpis["notes"] == []
    assert [row["name"] for row in kpis["rows"]] == ["Time to fill", "Offer acceptance rate"]
    assert _section(document, "kpis")["subsections"] == []
    assert not any("Scroll" in s for s in all_strings(document))


def test_synthetic_a_swipe_hint_over_a_markdown_table_goes() -> None:
    body = (
        "## 7. KPIs and Productivity Metrics\n\n_Swipe to see more →_\n\n"
        "| Metric name | Example target | Frequency |\n|:---|:---:|---:|\n"
        "| Time to fill | 45 days | Monthly |\n| Offer acceptance rate | 85% | Monthly |\n"
    )
    document = _markdown(body)
    assert document["fields"]["kpis"]["notes"] == []
    assert len(document["fields"]["kpis"]["rows"]) == 2
    assert not any("Swipe" in s for s in all_strings(document))


# --- the pages --------------------------------------------------------------------------------------------------------


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return json.loads(json.dumps(extraction.document))


def test_page_talent_head_loses_its_lead_magnet() -> None:
    document = _page(TALENT_PAGE)
    soft_skills = document["fields"]["soft_skills"]
    assert soft_skills["intro"] == []
    assert len(soft_skills["skills"]) == 8
    assert soft_skills["skills"][-1]["name"] == "Candidate empathy"
    strings = all_strings(document)
    assert not any("Hiring Plan Template" in s or "no sign-up required" in s for s in strings)
    assert len(document["fields"]["tools"]["rows"]) == 20  # the table under it is whole
    assert document["quality"]["coverage"] == 1.0


def test_page_vp_engineering_loses_its_scroll_hint() -> None:
    document = _page(VP_PAGE)
    kpis = document["fields"]["kpis"]
    assert [note["lead"] for note in kpis["notes"]] == ["Notes on implementation"]
    assert len(kpis["rows"]) == 14
    assert kpis["rows"][0]["name"] == "Deployment frequency"
    assert [sub["title"] for sub in _section(document, "kpis")["subsections"]] == ["Notes on implementation"]
    assert not any("Scroll sideways" in s for s in all_strings(document))
