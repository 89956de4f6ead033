"""A Google Docs "Download → Markdown" export of a pasted role blueprint, on a twenty-sixth round of unseen pages.

Synthetic snippets modelled on the page: pipe tables with a "| :---- |" alignment row (a soft-skills table among
them, which the soft-skills parser had no path for: the whole table became one skill), a cell's <br> inside a
wrapped sentence, an advanced skill's "...; Why: ..." clause, and the editors' annotations pasted into the draft
(a "> **Comment – Name, 10:42 AM:** ... *Resolved by Name: ...*" quote, a "**Suggested edits (accepted):** ... —
*Name, Mar 12*" line), then a "Related blueprints" footer after section 20. Then the page itself
(tests/unseen/account-executive-gdocs-markdown.synthetic.md) against its answer key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.tables import parse_pipe_row

PAGE = Path(__file__).resolve().parent / "unseen" / "account-executive-gdocs-markdown.synthetic.md"

_PAGE = """# Field Sales Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1\\) Role Summary

The Field Sales Lead wins and grows revenue in a named territory of mid-sized accounts, running discovery, \
negotiation and handoff with a small virtual team of engineers and partners.

> **Comment – Ana Pereira, 9:05 AM:** Should we name the segment here? *Resolved by Tom Reyes: keep as-is.*

**3\\) Core Responsibilities**

### Operational responsibilities

1. **Run qualified discovery calls**
   * Map pains, budget and the decision process before any demo.
2. **Keep the forecast current**
   * Update stages and close dates weekly.

**Suggested edits (accepted):** “Run qualified discovery” replaced “Do discovery” — *Lee Park, Apr 2*

## 7\\) KPIs and Productivity Metrics

| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |
| :---- | :---- | :---- | :---- | :---- |
| Discount discipline | Average discount vs list | Protects margin | \
Average discount \\<15%; every exception approved<br>before quoting | Quarterly |
| Win rate | Closed-won share by value | Qualification quality | ≥ 25%<br>no rep below 15% | Quarterly |

## 8\\) Technical Skills Required

### Advanced or expert-level technical skills

* **Deal structuring (Important)** – ramps, co-terming, true-ups; Why: larger deals need structures that fit budgets.
* **Financial acumen (Optional)** – reading annual reports; speaking to payback. Use: CFO meetings.

**9\\) Soft Skills and Behavioral Capabilities**

| Soft skill | Why it matters | How it shows up | Strong performance |
| :---- | :---- | :---- | :---- |
| Executive presence | Buyers judge credibility quickly | Concise, business-first conversations | \
Executives invite the rep back |
| Curiosity | Discovery quality drives qualification | Asks layered questions | Customers feel understood |
| Resilience | Rejection is constant | Recovers quickly from lost deals | Steady activity all quarter |

## 20\\) Final Role Scorecard Summary

| Item | Executive summary |
| :---- | :---- |
| Role title | Field Sales Lead |
| Top soft skills | 1\\. Executive presence<br>2\\. Curiosity<br>3\\. Resilience |

***

**Related blueprints**

* [Strategic Account Executive: Role Blueprint](https://example.com/strategic-account-executive)
* [Sales Engineer: Role Blueprint](https://example.com/sales-engineer)
"""


def _document(text: str, name: str = "gdocs.md") -> dict[str, Any]:
    (extraction,) = extract(text.encode(), name=name)
    return extraction.document


@pytest.fixture(scope="module")
def synthetic() -> dict[str, Any]:
    return _document(_PAGE)


def test_a_soft_skills_pipe_table_is_one_skill_a_row(synthetic: dict[str, Any]) -> None:
    skills = synthetic["fields"]["soft_skills"]["skills"]
    assert [s["name"] for s in skills] == ["Executive presence", "Curiosity", "Resilience"]
    assert skills[0]["why_it_matters"] == "Buyers judge credibility quickly"
    assert skills[0]["how_it_shows_up"] == "Concise, business-first conversations"
    assert skills[2]["strong_performance"] == "Steady activity all quarter"
    assert [d["kind"] for d in skills[1]["details"]] == ["why_it_matters", "how_it_shows_up", "strong_performance"]


def test_a_cell_br_inside_a_wrapped_sentence_is_a_space_elsewhere_a_line_break(synthetic: dict[str, Any]) -> None:
    # A pipe cell's <br> is read as an HTML cell's is (tables.continues_cell_line): a line opening with a function
    # word or a parenthesis goes on with the line before; a name or a bare word opens a line of its own.
    targets = [row["target"] for row in synthetic["fields"]["kpis"]["rows"]]
    assert targets == ["Average discount <15%; every exception approved before quoting", "≥ 25% no rep below 15%"]
    assert parse_pipe_row("| Xcode<br>fastlane | per month<br>(monitored) | a<br/>b |") == [
        "Xcode\nfastlane",
        "per month (monitored)",
        "a\nb",
    ]
    top = synthetic["fields"]["scorecard"]["top_soft_skills"]
    assert "Executive presence" in json.dumps(top) and "Resilience" in json.dumps(top)


def test_a_why_clause_in_a_skill_description_is_a_labelled_detail(synthetic: dict[str, Any]) -> None:
    skills = {s["name"]: s for s in synthetic["fields"]["technical_skills"]["skills"]}
    details = skills["Deal structuring"]["details"]
    assert [(d["label"], d["kind"], d["text"]) for d in details] == [
        (None, "description", "ramps, co-terming, true-ups"),
        ("Why", "why", "larger deals need structures that fit budgets."),
    ]
    details = skills["Financial acumen"]["details"]
    assert [(d["label"], d["text"]) for d in details] == [
        (None, "reading annual reports; speaking to payback."),
        ("Use", "CFO meetings."),
    ]


def test_pasted_doc_comments_and_suggested_edits_are_no_content(synthetic: dict[str, Any]) -> None:
    fields = json.dumps(synthetic["fields"], ensure_ascii=False)
    for noise in ("Comment –", "Ana Pereira", "Resolved by", "Suggested edits", "Lee Park"):
        assert noise not in fields
    assert synthetic["fields"]["role_summary"]["paragraphs"] == [_PAGE.split("\n\n")[2].replace("\\\n", "")]
    responsibilities = synthetic["fields"]["responsibilities"]
    assert responsibilities["intro"] == []
    assert [item["title"] for item in responsibilities["items"]] == [
        "Run qualified discovery calls",
        "Keep the forecast current",
    ]


def test_an_article_line_about_comments_or_suggestions_stays() -> None:
    text = _PAGE.replace(
        "> **Comment – Ana Pereira, 9:05 AM:** Should we name the segment here? *Resolved by Tom Reyes: keep as-is.*",
        "Comment threads on proposals are answered within a day. Suggested next steps: a pilot and a review.",
    )
    paragraphs = _document(text)["fields"]["role_summary"]["paragraphs"]
    assert paragraphs[-1] == (
        "Comment threads on proposals are answered within a day. Suggested next steps: a pilot and a review."
    )


def test_a_related_blueprints_footer_is_no_subsection(synthetic: dict[str, Any]) -> None:
    (last,) = [s for s in synthetic["sections"] if s["number"] == 20]
    assert last["subsections"] == []
    assert "Related blueprints" not in json.dumps(synthetic, ensure_ascii=False)


# --- the page itself --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract(PAGE)
    return extraction.document


def test_the_page_reads_its_soft_skills_table_row_by_row(page: dict[str, Any]) -> None:
    skills = page["fields"]["soft_skills"]["skills"]
    assert [s["name"] for s in skills] == [
        "Executive presence",
        "Curiosity and active listening",
        "Resilience and composure",
        "Commercial judgment",
        "Orchestration / leading without authority",
        "Integrity and trustworthiness",
        "Written communication and storytelling",
        "Time and territory discipline",
    ]
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in skills)
    assert not any("soft_skills" in w for w in page["quality"].get("warnings", []))


def test_the_page_keeps_no_editor_annotation_nor_footer(page: dict[str, Any]) -> None:
    fields = json.dumps(page["fields"], ensure_ascii=False)
    for noise in ("Comment –", "Dana Whitfield", "Resolved by", "Suggested edits", "Jordan Ochoa", "<br>"):
        assert noise not in fields
    assert len(page["fields"]["role_summary"]["paragraphs"]) == 2
    assert page["fields"]["responsibilities"]["intro"] == []
    assert len(page["fields"]["responsibilities"]["items"]) == 21
    (last,) = [s for s in page["sections"] if s["number"] == 20]
    assert last["subsections"] == []


def test_the_page_reads_its_kpi_cell_and_why_clauses(page: dict[str, Any]) -> None:
    (discount,) = [r for r in page["fields"]["kpis"]["rows"] if r["name"] == "Discount discipline"]
    assert discount["target"] == "Average discount <20%; 100% of exceptions approved before quoting"
    advanced = [s for s in page["fields"]["technical_skills"]["skills"] if s["tier"] == "advanced"]
    assert len(advanced) == 3
    assert all([d["kind"] for d in s["details"]] == ["description", "why"] for s in advanced)
    assert advanced[1]["details"][1]["text"] == "economic buyers decide on financial logic."
