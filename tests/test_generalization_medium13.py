"""Synthetic snippets modelled on unseen pages of the family: an article cross-posted to Medium, which has
no tables (tables written as <pre> blocks aligned by spaces, lines broken by <br>; a scorecard as
"Label — value" lines), and labels written inline after a full stop."""

from __future__ import annotations

from pipeline.parsers.experience import expectation_level

from snippets import html_fields

_KPI_LINES = [
    "Metric               What it measures                Target / benchmark     Frequency   Why it matters",
    "Forecast accuracy    Variance of forecast vs actual  Within 5% of commit    Weekly      Plans depend on it",
    "Lead routing SLA     % of leads assigned in SLA      98% within 15 minutes  Daily       Speed drives conversion",
]
_TOOL_LINES = [
    "Category        Tool                     Prevalence   Primary use",
    "CRM             Salesforce Sales Cloud   Common       System of record for accounts;",
    "                                                      reports and dashboards",
    "Forecasting     Clari                    Optional     Forecast roll-ups",
]


def _pre(lines: list[str], br: bool = True) -> str:
    return "<pre><span>" + ("<br/>" if br else "\n").join(lines) + "</span></pre>"


def test_space_aligned_table_in_pre_is_read_as_a_table():
    for br in (True, False):
        kpis = html_fields("<h2>7) KPIs and Productivity Metrics</h2>" + _pre(_KPI_LINES, br) + "<h2>8) Technical Skills</h2><p>x</p>")["kpis"]
        assert [(r["name"], r["what_it_measures"], r["target"], r["frequency"], r["why_it_matters"]) for r in kpis["rows"]] == [
            ("Forecast accuracy", "Variance of forecast vs actual", "Within 5% of commit", "Weekly", "Plans depend on it"),
            ("Lead routing SLA", "% of leads assigned in SLA", "98% within 15 minutes", "Daily", "Speed drives conversion"),
        ]
        assert kpis["intro"] == []


def test_indented_line_in_pre_table_wraps_the_row_above():
    tools = html_fields("<h2>10) Tools, Platforms, and Software</h2>" + _pre(_TOOL_LINES) + "<h2>11) Tech Stack</h2><p>x</p>")["tools"]
    assert [(r["category"], r["tool_text"], r["prevalence"], r["primary_use"]) for r in tools["rows"]] == [
        ("CRM", "Salesforce Sales Cloud", "common", "System of record for accounts; reports and dashboards"),
        ("Forecasting", "Clari", "optional", "Forecast roll-ups"),
    ]


def test_pre_without_a_table_stays_prose_with_its_br_lines_apart():
    kpis = html_fields(
        "<h2>7) KPIs and Productivity Metrics</h2><pre><span>Targets are starting points.<br/>Adjust them to the team.</span></pre>"
        "<h2>8) Technical Skills</h2><p>x</p>"
    )["kpis"]
    assert kpis["rows"] == []
    assert kpis["intro"] == ["Targets are starting points.", "Adjust them to the team."]


def test_none_required_is_not_required():
    assert expectation_level("None required; evidence of owning a process is valued.") == "not_required"
    assert expectation_level("No people management needed.") == "not_required"
    assert expectation_level("Not needed but helpful") == "optional"
    assert expectation_level("Team leadership required; none needed for the junior variant") == "required"


def test_scorecard_written_as_label_lines():
    lines = "Role title — Data Analyst<br/>Role purpose: Turn data into decisions.<br/>Top KPIs — Forecast accuracy, pipeline coverage"
    scorecard = html_fields("<h2>20) Final Role Scorecard Summary</h2><pre><span>" + lines + "</span></pre>")["scorecard"]
    assert (scorecard["role_title"], scorecard["role_purpose"], scorecard["top_kpis"]) == (
        "Data Analyst", "Turn data into decisions.", ["Forecast accuracy", "pipeline coverage"]
    )
    assert [(row["label"], row["field"]) for row in scorecard["rows"]] == [
        ("Role title", "role_title"), ("Role purpose", "role_purpose"), ("Top KPIs", "top_kpis")
    ]
    assert scorecard["notes"] == []


def test_scorecard_lone_label_line_or_unknown_labels_stay_notes():
    one = html_fields("<h2>20) Final Role Scorecard Summary</h2><p>Role title — Data Analyst</p><p>Use this as a checklist.</p>")
    assert (one["scorecard"]["rows"], one["scorecard"]["notes"]) == ([], ["Role title — Data Analyst", "Use this as a checklist."])
    unknown = html_fields("<h2>20) Final Role Scorecard Summary</h2><p>Note — read the table above.</p><p>Tip: start small.</p>")
    assert (unknown["scorecard"]["rows"], unknown["scorecard"]["role_title"]) == ([], None)


def test_soft_skill_labels_inline_after_a_full_stop():
    skills = html_fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><ol><li><strong>Business acumen</strong> — Why it matters: numbers"
        " need context. How it shows up: asks what decision it supports. Strong performance: acts the same day.</li>"
        "<li><strong>Attention to detail</strong> — Why it matters: small errors add up. Note: see the KPIs.</li></ol>"
        "<h2>10) Tools, Platforms, and Software</h2><p>x</p>"
    )["soft_skills"]["skills"]
    assert [(s["name"], s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"]) for s in skills] == [
        ("Business acumen", "numbers need context.", "asks what decision it supports.", "acts the same day."),
        ("Attention to detail", "small errors add up. Note: see the KPIs.", None, None),
    ]


def test_technical_skill_labels_inline_after_a_full_stop():
    skills = html_fields(
        "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3><ul><li><strong>SQL for revenue data"
        " (Critical)</strong> — Use: joins across CRM and billing. What good looks like: no double counting.</li></ul>"
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><p>x</p>"
    )["technical_skills"]["skills"]
    assert [(s["name"], s["importance"], s["use"], s["what_good_looks_like"]) for s in skills] == [
        ("SQL for revenue data", "critical", "joins across CRM and billing.", "no double counting.")
    ]
