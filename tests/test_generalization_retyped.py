"""Synthetic snippets modelled on unseen pages of the family: a Substack post, whose editor has no tables, so
the author re-typed the KPI table as a bulleted list ("Name — measures — why — target: ... — frequency: ...")
and the interview scorecard as paragraphs ("Dimension: Meets: ... Exceeds: ...")."""

from __future__ import annotations

from typing import Any

from pipeline.parsers.kpis import Frequency, frequencies_of
from tests.snippets import html_fields


def _kpis(body: str) -> dict[str, Any]:
    return html_fields(f"<h2>7) KPIs and Productivity Metrics</h2>{body}")["kpis"]


def _row(row: dict[str, Any]) -> tuple:
    return (row["name"], row["what_it_measures"], row["why_it_matters"], row["target"], row["frequency"],
            row["frequencies"])


def test_kpi_list_items_with_labelled_target_and_frequency_are_rows():
    kpis = _kpis(
        "<p>Here is the KPI set I use.</p><ul>"
        "<li><p><strong>Organic sessions</strong> — visits from search — proves the library compounds"
        " — target: +30–50% year over year — frequency: Monthly</p></li>"
        "<li><p><strong>Content-sourced leads (MQLs)</strong> – leads whose first conversion was content"
        " – shows content captures demand, not just traffic – target: 150–300 per quarter"
        " – frequency: Monthly</p></li>"
        "<li><p><strong>Cost per published piece</strong>: blended cost per asset; keeps the program efficient;"
        " target: within budget; frequency: Quarterly</p></li>"
        "<li><p><strong>Content refresh rate (context-specific)</strong> — % of decaying pages refreshed"
        " — protects past investment — target: ≥ 20 pages per quarter — frequency: Quarterly</p></li>"
        "</ul><p><strong>Notes on measurement:</strong> attribution for content is messy.</p>"
    )
    assert [_row(row) for row in kpis["rows"]] == [
        ("Organic sessions", "visits from search", "proves the library compounds", "+30–50% year over year",
         "Monthly", ["monthly"]),
        ("Content-sourced leads (MQLs)", "leads whose first conversion was content",
         "shows content captures demand, not just traffic", "150–300 per quarter", "Monthly", ["monthly"]),
        ("Cost per published piece", "blended cost per asset", "keeps the program efficient", "within budget",
         "Quarterly", ["quarterly"]),
        ("Content refresh rate (context-specific)", "% of decaying pages refreshed", "protects past investment",
         "≥ 20 pages per quarter", "Quarterly", ["quarterly"]),
    ]
    assert kpis["rows"][3]["context_specific"] is True
    assert kpis["columns"] == ["Metric name", "What it measures", "Why it matters", "target", "frequency"]
    assert kpis["intro"] == ["Here is the KPI set I use."]
    assert [(note["lead"], note["intro"], note["items"]) for note in kpis["notes"]] == [
        ("Notes on measurement", ["attribution for content is messy."], [])
    ]


def test_kpi_paragraphs_with_a_labelled_measure_fill_the_other_slot():
    kpis = _kpis(
        "<p>Time to hire — keeps roles filled — target: 30 days — frequency: Monthly</p>"
        "<p>Offer acceptance — candidates keep their word — target: ≥ 85% — frequency: Quarterly</p>"
        "<p>Hiring manager satisfaction — the partner trusts the process — target: 4.5/5"
        " — frequency: Per hire</p>"
    )
    assert [_row(row) for row in kpis["rows"]] == [
        ("Time to hire", "keeps roles filled", None, "30 days", "Monthly", ["monthly"]),
        ("Offer acceptance", "candidates keep their word", None, "≥ 85%", "Quarterly", ["quarterly"]),
        ("Hiring manager satisfaction", "the partner trusts the process", None, "4.5/5", "Per hire", ["per_hire"]),
    ]


def test_two_retyped_kpis_are_too_few_to_be_a_table():
    kpis = _kpis(
        "<ul><li><p>Organic sessions — visits from search — target: +30% — frequency: Monthly</p></li>"
        "<li><p>Cadence adherence — % shipped on date — target: ≥ 90% — frequency: Weekly</p></li></ul>"
    )
    assert kpis["rows"] == []
    assert [item["text"] for note in kpis["notes"] for item in note["items"]] == [
        "Organic sessions — visits from search — target: +30% — frequency: Monthly",
        "Cadence adherence — % shipped on date — target: ≥ 90% — frequency: Weekly",
    ]


def test_dashed_prose_list_without_target_or_frequency_labels_stays_notes():
    kpis = _kpis(
        "<table><tr><th>Metric</th><th>What it measures</th><th>Target</th></tr>"
        "<tr><td>Cycle time</td><td>Days from brief to publish</td><td>≤ 10 days</td></tr></table>"
        "<ul><li>Review the dashboard — weekly — with the editor: keep it short</li>"
        "<li>Compare cohorts — by channel — note: attribution is directional</li>"
        "<li>Share results — in the marketing review — purpose: trust</li></ul>"
    )
    assert [row["name"] for row in kpis["rows"]] == ["Cycle time"]
    assert [item["text"] for note in kpis["notes"] for item in note["items"]] == [
        "Review the dashboard — weekly — with the editor: keep it short",
        "Compare cohorts — by channel — note: attribution is directional",
        "Share results — in the marketing review — purpose: trust",
    ]


def _scorecard(body: str) -> dict[str, Any]:
    return html_fields(f"<h2>19) Hiring Evaluation Criteria</h2><h3>Scorecard</h3>{body}")["hiring"]["scorecard"]


def test_scorecard_paragraphs_with_meets_and_exceeds_labels_are_rows():
    scorecard = _scorecard(
        "<p>Score each dimension 1–4.</p>"
        "<p><strong>Writing and editing:</strong> Meets: clean, structured copy; solid line edits. Exceeds:"
        " distinctive voice.</p>"
        "<p><strong>Content strategy</strong> — Meets: coherent plan tied to audiences. Exceeds: plan tied to"
        " revenue goals.</p>"
        "<p><strong>Leadership:</strong> Meets: manages freelancers reliably.</p>"
    )
    assert scorecard["header"] == ["", "Meets", "Exceeds"]
    assert scorecard["rubric_notes"] == ["Score each dimension 1–4."]
    assert [(row["dimension"], row["meets"], row["exceeds"]) for row in scorecard["rows"]] == [
        ("Writing and editing", "clean, structured copy; solid line edits.", "distinctive voice."),
        ("Content strategy", "coherent plan tied to audiences.", "plan tied to revenue goals."),
        ("Leadership", "manages freelancers reliably.", None),
    ]


def test_scorecard_lines_without_meets_and_exceeds_labels_stay_rubric_notes():
    lines = [
        "Scale: 1 = below the bar; 4 = outstanding.",
        "Weighting: Writing: 30%. Strategy: 30%. Leadership: 40%.",
        "Calibration: Use: the debrief compares scores.",
    ]
    scorecard = _scorecard("".join(f"<p>{line}</p>" for line in lines))
    assert scorecard["rows"] == []
    assert scorecard["rubric_notes"] == lines


def test_one_retyped_dimension_line_stays_a_rubric_note():
    line = "Writing and editing: Meets: clean copy. Exceeds: distinctive voice."
    scorecard = _scorecard(f"<p>{line}</p><p>Use the debrief to calibrate.</p>")
    assert scorecard["rows"] == []
    assert scorecard["rubric_notes"] == [line, "Use the debrief to calibrate."]


def test_per_study_and_per_submission_are_project_cadences():
    assert frequencies_of("Per study") == [Frequency.PER_PROJECT]
    assert frequencies_of("Per submission") == [Frequency.PER_PROJECT]
    assert frequencies_of("Per study / release") == [Frequency.PER_PROJECT, Frequency.PER_RELEASE]
    assert frequencies_of("Per send") == [Frequency.OTHER]  # no unit of project work: still named by none


def test_retyped_kpis_under_a_sub_heading_and_labels_claiming_both_text_fields():
    kpis = _kpis(
        "<h3>Delivery KPIs</h3><ul>"
        "<li>Cycle time — measures: days from brief to publish — why it matters: speed — target: ≤ 10 days</li>"
        "<li>Rework rate — measures: pieces sent back — why it matters: quality — extra context"
        " — target: ≤ 10%</li>"
        "<li>On-time rate — measures: pieces shipped on date — why it matters: trust"
        " — frequency: Weekly</li></ul>"
    )
    assert [_row(row) for row in kpis["rows"]] == [
        ("Cycle time", "days from brief to publish", "speed", "≤ 10 days", None, []),
        ("Rework rate", "pieces sent back", "quality", "≤ 10%", None, []),
        ("On-time rate", "pieces shipped on date", "trust", None, "Weekly", ["weekly"]),
    ]
    assert [row["other_cells"] for row in kpis["rows"]] == [[], [{"column": "column 6", "value": "extra context"}], []]
    assert [note["lead"] for note in kpis["notes"]] == ["Delivery KPIs"]
