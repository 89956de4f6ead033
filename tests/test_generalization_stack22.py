"""Synthetic snippets modelled on unseen pages of the family: a scraper that read a page's mobile rendering,
where each responsive table row comes out as a block of "Column: value" lines (stacked rows)."""

from __future__ import annotations

from typing import Any

from pipeline import extract

_HEAD = """Pharmacist Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

1) Role Summary

The Pharmacist Lead runs the hospital pharmacy with several teams.

2) Role Mission

Core mission: run a safe, compliant and cost-effective pharmacy service.

"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="stacked.txt")
    return extraction.document["fields"]


_KPIS = """7) KPIs and Productivity Metrics

Targets vary by hospital size.

Metric: Medication error rate
What it measures: Errors per 1,000 doses
Why it matters: Patient safety
Target: < 0.5 per 1,000 doses
Frequency: Monthly

Metric: Inventory turns
What it measures: Cost of goods over inventory
Why it matters: Cash in stock
Target:
Frequency: Quarterly

Metric: Formulary compliance
What it measures: % of doses from formulary items
Frequency: Quarterly
"""


def test_stacked_kpi_rows_are_a_table_a_missing_or_empty_cell_left_empty():
    kpis = _fields(_KPIS)["kpis"]
    assert kpis["intro"] == ["Targets vary by hospital size."]
    assert kpis["columns"] == ["Metric", "What it measures", "Why it matters", "Target", "Frequency"]
    assert [r["text"] for r in kpis["rows"]] == [
        "Medication error rate | Errors per 1,000 doses | Patient safety | < 0.5 per 1,000 doses | Monthly",
        "Inventory turns | Cost of goods over inventory | Cash in stock |  | Quarterly",
        "Formulary compliance | % of doses from formulary items |  |  | Quarterly",
    ]


def test_stacked_tool_rows_are_a_table():
    tools = _fields(
        "10) Tools, Platforms, and Software\n\n"
        "Tool: Epic Willow\nPrimary use: Order verification\nPrevalence: Common\n\n"
        "Tool: Microsoft Excel\nPrimary use: Budget tracking\nPrevalence: Optional\n"
    )["tools"]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in tools["rows"]] == [
        (None, "Epic Willow", "Order verification", "common"),
        (None, "Microsoft Excel", "Budget tracking", "optional"),
    ]
    assert tools["notes"] == []


def test_stacked_scorecards_are_tables():
    fields = _fields(
        "19) Hiring Evaluation Criteria\n\nScorecard dimensions\n\n"
        "Dimension: Operational leadership\nMeets: Runs stable rosters\nExceeds: Redesigns workflows\n\n"
        "Dimension: Financial management\nMeets: Explains variances\nExceeds: Delivers savings\n\n"
        "20) Final Role Scorecard Summary\n\n"
        "Item: Role title\nSummary: Pharmacist Lead\n\n"
        "Item: Top KPIs\nSummary: Medication error rate; inventory turns\n"
    )
    scorecard = fields["hiring"]["scorecard"]
    assert scorecard["rubric_notes"] == []
    assert [(r["dimension"], r["meets"], r["exceeds"]) for r in scorecard["rows"]] == [
        ("Operational leadership", "Runs stable rosters", "Redesigns workflows"),
        ("Financial management", "Explains variances", "Delivers savings"),
    ]
    summary = fields["scorecard"]
    assert summary["notes"] == []
    assert summary["role_title"] == "Pharmacist Lead"
    assert summary["top_kpis"] == ["Medication error rate", "inventory turns"]


def test_one_labelled_block_is_no_table():
    # A single "Metric: ... / Target: ..." block has no repeating rows: it stays prose.
    kpis = _fields("7) KPIs and Productivity Metrics\n\nMetric: Error rate\nTarget: < 1%\nFrequency: Monthly\n")["kpis"]
    assert kpis["rows"] == []
    assert kpis["intro"] == ["Metric: Error rate", "Target: < 1%", "Frequency: Monthly"]


def test_labelled_lines_naming_no_known_table_stay_prose():
    # "Owner: ... / Review: ..." repeats, but its labels are no columns of a KPI table.
    kpis = _fields(
        "7) KPIs and Productivity Metrics\n\nOwner: Pharmacy\nReview: Monthly\n\nOwner: Finance\nReview: Weekly\n"
    )["kpis"]
    assert kpis["rows"] == []
    assert kpis["intro"] == ["Owner: Pharmacy", "Review: Monthly", "Owner: Finance", "Review: Weekly"]


def test_a_lone_stacked_tool_row_stays_notes_not_garbage_rows():
    # One row has no repeating label, so no table: its "Column: value" lines are no tool bullets or categories.
    tools = _fields(
        "10) Tools, Platforms, and Software\n\nTool: Epic Willow\nPrimary use: Order verification\nPrevalence: Common\n"
    )["tools"]
    assert tools["rows"] == []
    assert tools["notes"] == ["Tool: Epic Willow", "Primary use: Order verification", "Prevalence: Common"]
