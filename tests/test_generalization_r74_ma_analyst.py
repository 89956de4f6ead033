"""A seventy-fourth round unseen page: an email newsletter's text/plain part, hard-wrapped at 72 columns (paragraphs,
"*" bullets, numbered items and "–" detail lines go on at the item's text column), "N) Title" headings underlined
with dashes, "=====" rules around a sponsor box and the footer, and the KPI, tools and scorecard tables as markdown
pipe rows that the mailer did not wrap. The page was read line by line:

* its pipe rows, each far longer than any terminal's width, made the dump test (dumps.is_terminal_dump) take the
  page for one written a paragraph a line, so no wrapped line was joined: every item kept its first line only, the
  continuation lines landing in intros and notes or standing as items of their own in nearly every section. A row
  laid out whole says nothing of the wrap width, as the width is read already: it no longer counts against it;
* a rule drawn across the width (a setext underline, an email's "=====") was joined to the line after it, its
  length reaching the width: a rule is laid out whole too, continuing no line and continued by none;
* the email's footer, its subscription notice and its "Unsubscribe | Update your preferences | ..." row (read as a
  table), stayed in the last section: both are widget lines now (noise.json's widget_patterns).

Snippets below are synthetic; the page is frozen as tests/unseen/ma-analyst.synthetic.txt with its key in
tests/unseen/answer_keys/ma-analyst.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.dumps import is_terminal_dump, unwrap_dump
from pipeline.noise import is_widget
from tests.snippets import all_strings, unseen_document

_PAGE = "ma-analyst.synthetic.txt"

# --- the rule, on synthetic lines --------------------------------------------------------------------------------

_WRAPPED_ITEMS = """\
Daily activities

  * Reconcile the ledger feeds against the bank statements and flag any
    break older than two days to the controller.
  * Review the exception queue, close the items with evidence and route
    the rest to the owning team.

""" * 6

_PIPE_ROW = (
    "| Close cycle time | Days from period end to a signed trial balance for every entity in scope | Faster close "
    "frees time for analysis | 5 business days | Monthly |"
)


def _email_page(rows: int) -> str:
    table = "| Metric | What it measures | Why it matters | Target | Frequency |\n|---|---|---|---|---|\n"
    return _WRAPPED_ITEMS + table + "\n".join([_PIPE_ROW] * rows) + "\n"


def test_synthetic_pipe_rows_do_not_hide_the_wrap_width() -> None:
    """Pipe rows longer than any terminal, a table's each, leave a page whose other lines pack up to 72 columns
    a hard-wrapped one."""
    assert is_terminal_dump(_email_page(rows=20))


def test_synthetic_wrapped_bullets_joined_and_rows_kept() -> None:
    text = unwrap_dump(_email_page(rows=20))
    lines = text.split("\n")
    assert (
        "  * Reconcile the ledger feeds against the bank statements and flag any break older than two days to the "
        "controller." in lines
    )
    assert lines.count(_PIPE_ROW) == 20


def test_synthetic_page_a_paragraph_a_line_is_no_dump() -> None:
    """Long prose lines, each a paragraph (seed 000's layout), still say the page is not wrapped, pipe rows or not."""
    paragraph = "The analyst owns the close calendar and " + "reviews every reconciliation with the team " * 5
    page = "\n\n".join([paragraph] * 30) + "\n\n" + _email_page(rows=3)
    assert not is_terminal_dump(page)


def test_synthetic_rule_line_joins_no_line() -> None:
    """An underline as wide as its heading, and a "=====" rule at the wrap width, stay lines of their own."""
    heading = "12) Stakeholders and Collaboration Map"
    text = unwrap_dump(_WRAPPED_ITEMS + f"{heading}\n{'-' * len(heading)}\n\n" + "=" * 72 + "\nForward to a friend\n")
    lines = text.split("\n")
    assert [heading, "-" * len(heading)] == lines[lines.index(heading) : lines.index(heading) + 2]
    assert "=" * 72 in lines and "Forward to a friend" in lines


@pytest.mark.parametrize("line", [
    "You are receiving this email because you subscribed to Ledger Notes Weekly at ledgernotes.example.",
    "You received this newsletter because you signed up on our site.",
    "Unsubscribe | Update your preferences | View our privacy policy",
    "Update your email preferences · Unsubscribe",
    "Unsubscribe",
])
def test_synthetic_email_footer_lines_are_widgets(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize("line", [
    "Unsubscribe rate below 0.3% per campaign",
    "Update customer preferences in the CRM after each call.",
    "You are responsible for receiving goods at the dock.",
])
def test_synthetic_article_lines_on_the_same_words_stay(line: str) -> None:
    assert not is_widget(line)


# --- the page ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def test_page_role_and_coverage(document: dict[str, Any]) -> None:
    role = document["role"]
    assert (role["title"], role["horizon"]) == ("M&A Analyst", "Current")
    assert role["reporting_line"] == (
        "Reports to a Corporate Development Manager or Director, who in turn reports to the VP Corporate "
        "Development or directly to the CFO.")
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0
    assert document["quality"]["unparsed_items"] == 0


def test_page_summary_paragraphs_and_interaction(document: dict[str, Any]) -> None:
    summary = document["fields"]["role_summary"]
    assert len(summary["paragraphs"]) == 2
    assert summary["paragraphs"][0].startswith("The M&A Analyst in a corporate development team supports the full ")
    assert summary["paragraphs"][1].endswith("hands over clean integration inputs once a transaction is signed.")
    assert summary["role_horizon"]["note"].endswith("tooling is shifting toward AI-assisted screening and diligence")
    groups = summary["interaction"]["groups"]
    assert len(groups) == 6
    assert groups[0]["teams"] == ["Corporate Development leadership (Director / VP Corporate Development)"]
    assert groups[5]["teams"] == ["investment banks", "transaction services firms", "law firms"]


def test_page_mission(document: dict[str, Any]) -> None:
    mission = document["fields"]["role_mission"]
    assert mission["strategic_importance"][0] == (
        "Acquisitions are often the largest single capital decisions a company makes; analytical errors at this "
        "stage are expensive and hard to reverse.")
    assert len(mission["strategic_importance"]) == 3
    assert len(mission["primary_business_outcomes"]) == 4
    assert mission["strategic_importance_lead"] is None and mission["outcomes_lead"] is None


def test_page_responsibilities(document: dict[str, Any]) -> None:
    responsibilities = document["fields"]["responsibilities"]
    items = responsibilities["items"]
    categories = [i["category"] for i in items]
    assert [categories.count(c) for c in (
        "strategic", "operational", "technical", "cross_functional", "governance", "leadership")] == [4, 4, 5, 3, 2, 2]
    assert items[0]["detail"] == (
        "Build long lists from market maps, databases and BU input; score targets against strategic fit, size and "
        "actionability criteria.")
    assert all(i["detail"] and i["detail"].endswith(".") for i in items)
    assert len(responsibilities["intro"]) == 1


def test_page_day_to_day_goals_deliverables(document: dict[str, Any]) -> None:
    fields = document["fields"]
    day = fields["day_to_day"]
    groups = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[g]["items"]) for g in groups] == [4, 4, 4, 4, 3]
    assert all(not day[g]["intro"] for g in groups)
    assert day["daily"]["items"][0]["text"] == (
        "Update the live deal model with new data room documents and management answers.")
    goals = fields["goals"]
    periods = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[p]["items"]) for p in periods] == [3, 3, 2, 2, 3, 2]
    assert all(not goals[p]["intro"] for p in periods)
    assert goals["high_performance"][-1]["text"] == (
        "Keeps advisors and internal teams moving without needing escalation from the deal lead.")
    deliverables = fields["deliverables"]
    assert len(deliverables["items"]) == 10 and deliverables["intro"] == []
    assert deliverables["items"][8]["text"] == (
        "Integration handover pack (business case, synergy baseline, Day 1 risks)")


def test_page_kpi_rows(document: dict[str, Any]) -> None:
    kpis = document["fields"]["kpis"]
    rows = kpis["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Qualified pipeline coverage", "8–12 qualified targets per theme", "Quarterly"),
        ("Screening-to-outreach conversion", "≥ 30% of profiles approved", "Quarterly"),
        ("Model accuracy (error rate)", "Zero material errors reaching investment committee", "Per deal"),
        ("Model turnaround time", "≤ 5 business days for a first-cut model", "Per deal"),
        ("Diligence request closure", "≥ 90% closed before final offer", "Weekly (live deals)"),
        ("Red-flag capture", "No material surprises in the first 6 months post-close", "Per deal"),
        ("IC memo first-pass approval", "≥ 80% first-pass", "Per deal"),
        ("Deal timeline adherence", "≥ 90% of milestones on time", "Per deal"),
        ("Synergy realization", "≥ 85% of case by month 24", "Quarterly"),
        ("Valuation accuracy", "Signed price within the approved range on 100% of deals", "Per deal"),
        ("Advisor cost control", "Within ±10% of budget", "Per deal"),
        ("Stakeholder satisfaction", "≥ 4.2 / 5 average", "Semi-annual"),
    ]
    assert len(kpis["intro"]) == 1
    assert [n["text"] for n in kpis["notes"][0]["items"]] == [
        "Per-deal metrics are reviewed in the post-deal retrospective, not only at year end.",
        "Synergy realization is a lagging indicator and is reported for 24 months after close.",
    ]


def test_page_technical_skills(document: dict[str, Any]) -> None:
    technical = document["fields"]["technical_skills"]
    skills = technical["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 4, 3, 3]
    assert [s["importance"] for s in skills] == [
        "critical", "critical", "critical", "important", "critical", "important",
        "important", "important", "important", "optional",
        "optional", "context_specific", "optional",
        "important", "optional", "optional",
    ]
    carve_out = skills[12]
    assert carve_out["name"] == "Carve-out and divestiture analysis"
    assert carve_out["importance_levels"] == ["optional", "important"]
    assert carve_out["importance_note"] == "Optional → Important if the company is reshaping its portfolio"
    assert skills[1]["name"] == "Valuation methods (DCF, comparables, precedents)"
    assert skills[0]["use"] == "building integrated models for the target and the combined group."
    assert skills[0]["what_good_looks_like"] == "balanced, error-checked models with clear inputs and scenarios."
    assert all(s["use"] and s["what_good_looks_like"] for s in skills)
    assert len(technical["intro"]) == 1


def test_page_soft_skills(document: dict[str, Any]) -> None:
    soft = document["fields"]["soft_skills"]
    assert [s["name"] for s in soft["skills"]] == [
        "Professional skepticism", "Attention to detail", "Structured communication", "Discretion and integrity",
        "Resilience under deadline pressure", "Stakeholder management", "Commercial judgment"]
    assert soft["skills"][0]["why_it_matters"] == "Sellers and sponsors both present the best version of the story."
    assert soft["skills"][-1]["strong_performance"] == "Recommendations reflect both value and executability."
    assert len(soft["intro"]) == 1


def test_page_tools_rows(document: dict[str, Any]) -> None:
    rows = document["fields"]["tools"]["rows"]
    assert len(rows) == 23
    assert [(r["category"], [t["name"] for t in r["tools"]], r["prevalence"]) for r in rows[:3]] == [
        ("Spreadsheet modelling", ["Microsoft Excel"], "common"),
        ("Presentation", ["Microsoft PowerPoint"], "common"),
        ("Presentation add-ins", ["Macabacus", "UpSlide"], "optional"),
    ]
    assert [r["prevalence"] for r in rows].count("context_specific") == 4


def test_page_stack_stakeholders_decisions(document: dict[str, Any]) -> None:
    fields = document["fields"]
    environments = fields["tech_stack"]["environments"]
    assert [len(e["items"]) for e in environments] == [2, 2, 1, 1, 1, 1]
    stakeholders = fields["stakeholders"]
    assert (len(stakeholders["internal"]), len(stakeholders["external"])) == (6, 3)
    # "...; escalation point for scope and timeline issues.": the clause is the escalation detail (round 77).
    assert stakeholders["internal"][0]["nature"] == "sets priorities, reviews all outputs"
    assert stakeholders["internal"][0]["escalation"] == "scope and timeline issues"
    assert [p["name"] for p in stakeholders["peer_roles"]] == [
        "FP&A Analyst", "Strategy Analyst", "Treasury Analyst", "Investor Relations Analyst"]
    assert [d["name"] for d in stakeholders["decision_making_authority"]["deciders"]] == [
        "deal lead", "investment committee", "board"]
    assert len(stakeholders["escalation_points"]) == 1
    assert [d["name"] for d in stakeholders["downstream"]] == [
        "Investment committee", "board of directors", "Integration Management Office"]
    decisions = fields["decision_rights"]
    assert [len(decisions[k]["decisions"]) for k in ("independent", "team_approval", "manager_approval")] == [3, 2, 4]
    assert decisions["vendor"]["text"] == "may compare data providers; contracts are signed by the director."
    assert decisions["other_areas"] == []


def test_page_experience_and_career(document: dict[str, Any]) -> None:
    experience = document["fields"]["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2, 4, False)
    assert experience["experience_notes"] == []
    assert experience["education"][0]["related_fields_accepted"] is True
    assert experience["education"][0]["fields_of_study"] == ["Finance", "Accounting", "Economics"]
    assert [c["name"] for c in experience["certifications"]] == [
        "CFA Level I", "CFA Level II", "ACA / ACCA / CPA", "FMVA"]
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Investment Banking Analyst", "Transaction Services (Financial Due Diligence) Associate",
        "Equity Research Associate", "FP&A Analyst", "Big Four Valuation Analyst"]
    assert [e["text"] for e in experience["leadership_expectations"]] == [
        "None required; experience running a workstream on a live deal is a strong signal."]
    career = document["fields"]["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Investment Banking Analyst", "Transaction Services Associate", "FP&A Analyst", "Valuation Analyst"]
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior M&A Analyst / Corporate Development Associate", "Corporate Development Manager"]
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "Post-merger Integration Manager", "Corporate Strategy Manager", "FP&A Manager", "Private Equity Associate"]
    assert len(career["promotion_skills"]) == 1 and career["promotion_notes"] == [] and career["notes"] == []
    assert career["evolution"][1]["description"] == (
        "owns full deal analysis and starts managing advisors and junior analysts.")


def test_page_risks_variants_ai_hiring(document: dict[str, Any]) -> None:
    fields = document["fields"]
    risks = fields["risks"]
    assert [len(risks[k]) for k in (
        "challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")] == [3, 1, 3, 1, 1]
    dimensions = fields["role_variants"]["dimensions"]
    assert [len(d["variants"]) for d in dimensions[:2]] == [2, 3]
    assert dimensions[0]["variants"][0]["description"] == (
        "one or two analysts cover the whole process, including integration planning.")
    assert all(not d["notes"] or len(d["notes"]) == 1 for d in dimensions)
    ai = fields["ai_impact"]
    assert [len(ai[k]) for k in ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")] == [
        3, 3, 1, 1]
    hiring = fields["hiring"]
    assert len(hiring["what_to_assess"]) == 5
    assert [e["name"] for e in hiring["exercises"]] == ["Three-hour modelling test", "Memo exercise"]
    assert [len(hiring[k]) for k in ("strong_signals", "weak_signals", "red_flags")] == [2, 2, 2]
    assert [r["dimension"] for r in hiring["scorecard"]["rows"]] == [
        "Financial modelling", "Valuation judgment", "Accounting depth", "Commercial thinking", "Communication",
        "Attention to detail", "Discretion and integrity"]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["role_title"] == "M&A Analyst"


def test_page_noise_and_mojibake_gone(document: dict[str, Any]) -> None:
    text = " ".join(all_strings({k: v for k, v in document.items() if k != "source"}))
    for noise in (
        "View this email in your browser", "ROLE BLUEPRINTS WEEKLY", "Issue #112", "SPONSORED", "VaultLine",
        "Know someone hiring", "Forward to a friend", "roleblueprints.example", "You are receiving this email",
        "Unsubscribe", "Update your preferences", "privacy policy", "Role Blueprints Media Ltd", "Harbour Lane",
        "United Kingdom", "Copyright ©", "All rights reserved", "=====", "-----", "|---|",
    ):
        assert noise not in text, noise
    for mark in ("â€", "Ã", "**", "](", "&amp;", "&#"):
        assert mark not in text
    assert "considers — what the target is worth" in document["fields"]["role_mission"]["core_mission"]
    assert document["fields"]["scorecard"].get("notes", []) == []
