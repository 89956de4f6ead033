"""Round 82 unseen page: a payroll compliance auditor, in the seed-004 compact plain-text layout: no blank lines,
"N) Title" headings, "- " bullets, skills and soft skills opened by a bare "-" line, inline " – " lists, pipe tables
with "|---|" rows, a bare "โ" for each lost en dash, quote and arrow ("โฅ" for ≥), one ad between §10 and §11
("Struggling With Timesheet Chaos? ... Start Free Trial") and one after the scorecard ("Unlock Payroll Savings
Today ... Get Free Quotes").

The writer found no misread. Fixed here all the same:
- "Auditor → Senior Auditor → Audit Manager (Payroll and People Processes)." (how the role evolves) was kept as
  an untyped stage: a chain's last role closed by a bracket note and the sentence's period was no role name (the
  period after ")" split nothing off, and the bracket's words counted towards the name's five). The period after a
  bracket closes the sentence as it does after a word, and a trailing bracket notes a name without lengthening
  it: the chain is the stage's transition, Auditor → Audit Manager (Payroll and People Processes).

Left, as the writer judged (ACCEPTABLE): the senior range "Senior variants expect 8–12+ years." stays a note (the
schema holds one range); the CPP's "Important" maps to requirement "preferred", its text kept word for word.

Snippets below are synthetic; the page is frozen as tests/unseen/payroll-compliance-auditor.synthetic.txt with its
key in tests/unseen/answer_keys/payroll-compliance-auditor.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.career import _labelled_chain
from tests.snippets import all_strings, unseen_document

_PAGE = "payroll-compliance-auditor.synthetic.txt"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a chain of roles whose last role carries a bracket note ------------------------------------------


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            "Analyst → Senior Analyst → Review Manager (Benefits and Pensions Operations).",
            ["Analyst", "Senior Analyst", "Review Manager (Benefits and Pensions Operations)"],
        ),
        ("Clerk → Officer → Lead Officer (regional).", ["Clerk", "Officer", "Lead Officer (regional)"]),
    ],
)
def test_synthetic_chain_ending_on_a_bracket_note_is_a_transition(text: str, path: list[str]) -> None:
    (stage,) = _labelled_chain(text)
    assert stage.transition is not None
    assert stage.transition.path == path
    assert (stage.transition.from_role, stage.transition.to_role) == (path[0], path[-1])
    assert stage.text == text


def test_synthetic_sentence_after_a_bracketed_last_role_is_its_own_stage() -> None:
    first, after = _labelled_chain("Clerk → Officer → Lead Officer (regional). Then the scope widens to policy.")
    assert first.transition is not None and first.transition.to_role == "Lead Officer (regional)"
    assert after.transition is None and after.text == "Then the scope widens to policy."


def test_synthetic_long_name_inside_a_chain_is_still_no_role() -> None:
    # The bracket's words are a note; the name itself over five words is still a sentence, no role.
    assert _labelled_chain("Clerk → Officer → works on the very largest of the regional accounts (later).") == []


# --- the page, against its key --------------------------------------------------------------------------------------


def test_page_role_and_sections() -> None:
    document = _document()
    assert document["role"]["title"] == "Payroll Compliance Auditor"
    assert document["role"]["horizon"] == "Current"
    assert document["role"]["reporting_line"] == (
        "Reports to the Internal Audit Manager or Payroll Controls Lead within Finance."
    )
    assert document["missing_sections"] == []
    summary = _fields()["role_summary"]
    assert len(summary["business_value"]) == 3
    assert summary["business_value"][-1] == "Supports clean external audits and SOX sign-off on payroll controls."
    assert [g["area"] for g in summary["interaction"]["groups"]] == ["Payroll", "HR", "Finance", "Risk", "External"]
    assert summary["interaction"]["groups"][-1]["area_note"] == "context-specific"
    mission = _fields()["role_mission"]
    assert mission["core_mission"].startswith("Provide reliable, evidence-based assurance that every employee is paid")
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 3)


def test_page_responsibilities() -> None:
    items = _fields()["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 4,
        "technical": 4,
        "cross_functional": 3,
        "governance": 2,
        "leadership": 2,
    }
    assert items[0]["title"] == "Risk-rank payroll processes"
    assert items[0]["detail"].startswith("score entities, pay groups")
    assert items[7]["title"] == "Build data analytics tests"
    assert not any(item["detail"].startswith("detail:") for item in items)
    assert items[-1]["title"] == "Coach payroll staff on control evidence"


def test_page_day_to_day_deliverables_goals() -> None:
    fields = _fields()
    days = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(days[k]["items"]) for k in keys] == [4, 3, 3, 3, 3]
    assert days["daily"]["items"][0]["text"].startswith("Pull pay-run extracts")
    groups: dict[str, int] = {}
    for item in fields["deliverables"]["items"]:
        groups[item["group"]] = groups.get(item["group"], 0) + 1
    assert groups == {"Audit deliverables": 3, "Analytics deliverables": 2, "Remediation deliverables": 2}
    assert fields["deliverables"]["items"][-1]["name"] == "Retest memos confirming closure"
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[k]["items"]) for k in keys] == [3, 2, 2, 2, 2, 2]
    assert goals["day_60"]["items"][1]["text"] == "Build 3–5 analytics tests on full populations."
    assert goals["month_12"]["items"][1]["text"] == "Automate at least 40% of recurring tests."


def test_page_kpis() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Payroll accuracy rate", "≥ 99.5% error-free", "Per pay run"),
        ("Audit plan completion", "≥ 90% of plan by year end", "Quarterly"),
        ("Finding closure time", "Median < 60 days", "Monthly"),
        ("Repeat finding rate", "< 10%", "Quarterly"),
        ("Tax remittance timeliness", "100% on time", "Monthly"),
        ("Overpayment recovery", "≥ 85% recovered within 90 days", "Quarterly"),
        ("Analytics coverage", "40–60% of tests", "Quarterly"),
        ("Stakeholder satisfaction (qualitative)", "Consistently “meets/exceeds”", "Annually"),
    ]
    (notes,) = _fields()["kpis"]["notes"]
    assert len(notes["items"]) == 2


def test_page_skills_and_tools() -> None:
    fields = _fields()
    skills = fields["technical_skills"]["skills"]
    assert [(s["tier"], s["name"], s["importance"]) for s in skills] == [
        ("must_have", "Payroll calculation mechanics", "critical"),
        ("must_have", "Employment and payroll tax law", "critical"),
        ("must_have", "Audit methodology and sampling", "critical"),
        ("must_have", "Spreadsheet analysis", "important"),
        ("good_to_have", "SQL for payroll data", "important"),
        ("good_to_have", "HCM payroll system configuration", "important"),
        ("advanced", "Multi-country payroll compliance", "optional"),
        ("advanced", "Forensic payroll investigation", "context_specific"),
        ("emerging", "Continuous controls monitoring", "important"),
        ("emerging", "AI-assisted anomaly detection", "optional"),
    ]
    multi = skills[6]
    assert multi["importance_note"] == "Optional → Important if the employer pays staff in several countries"
    assert multi["importance_levels"] == ["optional", "important"]
    assert skills[4]["why"] == "replaces manual sampling."
    soft = fields["soft_skills"]["skills"]
    assert [s["name"] for s in soft] == [
        "Professional skepticism",
        "Discretion and confidentiality",
        "Clear written reporting",
        "Constructive influence",
    ]
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)
    rows = fields["tools"]["rows"]
    assert len(rows) == 9
    assert [t["name"] for t in rows[0]["tools"]] == ["Workday", "SAP SuccessFactors", "ADP"]
    assert [t["name"] for t in rows[7]["tools"]] == ["Oracle", "SAP S/4HANA"]
    assert [r["prevalence"] for r in rows] == [
        "common",
        "optional",
        "common",
        "common",
        "optional",
        "common",
        "optional",
        "context_specific",
        "common",
    ]


def test_page_stack_stakeholders_decisions() -> None:
    fields = _fields()
    envs = fields["tech_stack"]["environments"]
    assert len(envs) == 6
    assert envs[4]["items"][0]["text"].startswith("2,000–50,000 employees")
    people = fields["stakeholders"]
    assert [(p["name"], p["nature"]) for p in people["internal"]] == [
        ("Internal Audit Manager", "Approves scope, reviews workpapers, signs reports."),
        ("Payroll Manager", "Owns pay processing and most remediation actions."),
        ("HR Operations", "Owns master data, contracts and classification."),
        ("Controller / Tax", "Uses findings for accruals and filings."),
    ]
    assert [p["name"] for p in people["external"]] == ["External auditors", "Tax authorities"]
    assert [p["name"] for p in people["peer_roles"]] == [
        "Internal Auditor",
        "Payroll Systems Analyst",
        "SOX Compliance Analyst",
    ]
    escalations = people["escalation_points"]
    assert [(e["trigger"], e["escalate_to"]) for e in escalations] == [
        ("Suspected fraud", ["Internal Audit Manager", "Legal"]),
        ("Missed tax deadline", ["Controller"]),
    ]
    rights = fields["decision_rights"]
    assert len(rights["independent"]["decisions"]) == 2
    assert len(rights["team_approval"]["decisions"]) == 1
    assert len(rights["manager_approval"]["decisions"]) == 2
    assert (rights["budget"]["text"], rights["vendor"]["text"]) == ("none.", "may recommend analytics tools.")
    assert rights["compliance"]["text"] == "may require evidence but cannot change pay."


def test_page_experience() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 6.0, False)
    assert experience["experience_notes"] == ["Senior variants expect 8–12+ years."]
    (education,) = experience["education"]
    assert education["degree_levels"] == ["bachelor"]
    assert education["fields_of_study"] == ["Accounting", "Finance", "Business"]
    assert [(c["name"], c["detail"], c["requirement_text"]) for c in experience["certifications"]] == [
        ("Certified Payroll Professional", "CPP", "Important"),
        ("Certified Internal Auditor", "CIA", "Optional"),
        ("CPA / ACCA", None, "Context-specific"),
    ]
    assert len(experience["prior_roles"]) == 2


def test_page_career() -> None:
    career = _fields()["career_path"]
    feeder = career["feeder_roles"]
    assert [r["name"] for r in feeder] == ["Payroll Specialist", "Audit Associate"]
    assert feeder[0]["transition"]["path"] == ["Payroll Specialist", "Payroll Compliance Auditor"]
    assert feeder[1]["note"] == "external"
    assert [r["name"] for r in career["next_roles"]] == ["Senior Payroll Auditor", "Payroll Controls Manager"]
    assert career["next_roles_horizon"] == "2–4 year horizon"
    assert [r["name"] for r in career["adjacent_paths"]] == ["Payroll Systems Analyst", "Employment Tax Specialist"]
    assert len(career["promotion_skills"]) == 1
    (stage,) = career["evolution"]
    assert stage["transition"]["path"] == [
        "Auditor",
        "Senior Auditor",
        "Audit Manager (Payroll and People Processes)",
    ]


def test_page_risks_variants_ai_hiring() -> None:
    fields = _fields()
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[k]) for k in keys] == [2, 1, 2, 1, 1]
    dims = fields["role_variants"]["dimensions"]
    assert [d["dimension"] for d in dims] == ["company_size", "industry", "geography", "regulated"]
    assert [len(d["variants"]) + len(d["notes"]) for d in dims] == [2, 2, 1, 1]
    ai = fields["ai_impact"]
    keys = ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")
    assert [len(ai[k]) for k in keys] == [2, 2, 1, 1]
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[k]) for k in keys] == [3, 2, 1, 1, 1]
    assert [r["dimension"] for r in hiring["scorecard"]["rows"]] == [
        "Payroll mechanics",
        "Audit judgment",
        "Communication",
    ]


def test_page_scorecard() -> None:
    card = _fields()["scorecard"]
    assert card["role_title"] == "Payroll Compliance Auditor"
    assert len(card["rows"]) == 10
    lists = ("top_responsibilities", "top_technical_skills", "top_soft_skills", "top_tools", "top_kpis")
    assert [len(card[k]) for k in lists] == [10, 10, 10, 8, 7]
    assert [len(card[k]) for k in ("main_deliverables", "main_goals", "career_progression_options")] == [5, 3, 3]
    assert (card["top_responsibilities"][0], card["top_responsibilities"][-1]) == ("Risk-rank payroll", "Retest fixes")


@pytest.mark.parametrize(
    "noise",
    [
        "Unlock Payroll Savings Today",
        "Compare outsourced payroll providers",
        "all in one place",
        "Get Free Quotes",
        "Struggling With Timesheet Chaos",
        "cloud time-clock",
        "free for 30 days",
        "Start Free Trial",
        "โ",
        "|---|",
    ],
)
def test_page_keeps_no_noise(noise: str) -> None:
    assert not [text for text in all_strings(_fields()) if noise in text]


def test_page_keeps_no_raw_pipe_cell() -> None:
    # A row's "text" joins its cells with " | " (as written); no string opens or closes on a raw pipe.
    assert not [text for text in all_strings(_fields()) if text.strip().startswith("|") or text.strip().endswith("|")]


def test_page_skill_names_are_clean() -> None:
    fields = _fields()
    names = [s["name"] for s in fields["technical_skills"]["skills"] + fields["soft_skills"]["skills"]]
    assert not [n for n in names if n.endswith(" -") or "– Use:" in n or "– Why it matters:" in n or n == "-"]
