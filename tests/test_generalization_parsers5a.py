"""Seniority, escalation targets, KPI frequencies and tools named in skills.

These are synthetic snippets modelled on unseen pages of the family (a Customer Success Manager page from a
crawler: an account-facing "Manager" who manages a book of customers, not people, whose leadership
responsibilities are "informal at this level"; escalation points written "Director of CS for executive
escalations", and a SOC Analyst page's chain "Senior SOC Analyst → SOC Lead → Incident Commander → CISO"; a
"Bi-annual" KPI; business tools such as Gainsight named in a skill's "Use:" line). The negative
cases guard people managers (DevOps, Engineering, Data Engineering Manager) and what the seeds read.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.header import seniority_of
from pipeline.parsers.kpis import frequencies_of
from pipeline.parsers.stakeholders import escalation_point
from pipeline.parsers.vocabulary import page_tool_names


def _page(title: str, leadership_heading: str, leadership_experience: str) -> str:
    return (
        f"# {title}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1) Role Summary\n\nThe role owns outcomes for its area.\n\n"
        "## 2) Role Mission\n\n**Core mission:** deliver value.\n\n"
        "## 3) Core Responsibilities\n\n"
        "#### Strategic responsibilities\n\n1. **Own the plan**\n    - Keep it current.\n\n"
        f"#### {leadership_heading}\n\n2. **Mentor new colleagues**\n    - Review their work.\n\n"
        "## 14) Required Experience and Qualifications\n\n"
        "**Typical years of experience**\n\n- 3–5 years.\n\n"
        f"**Leadership experience expectations**\n\n- {leadership_experience}\n"
    )


def _role(text: str) -> dict[str, Any]:
    [result] = extract(text.encode(), name="page.md")
    return result.document["role"]


# --- 1. seniority: a "Manager" who manages no one ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        # Account-facing and business managers manage a portfolio, a partner base or a process, not people.
        ("Customer Success Manager", "unknown"),
        ("Senior Customer Success Manager", "senior"),
        ("Renewals Manager", "unknown"),
        ("Partner Manager", "unknown"),
        ("Technical Account Manager", "unknown"),
        ("Product Marketing Manager", "unknown"),
        # People managers, and a manager of a team of the same family, stay managers.
        ("Data Engineering Manager", "manager"),
        ("Customer Success Team Manager", "manager"),
        ("Manager of Customer Success", "manager"),
        ("Senior Manager, Customer Success", "manager"),
        ("Director of Customer Success", "director"),
    ],
)
def test_seniority_of_portfolio_managers(title: str, level: str) -> None:
    assert seniority_of(title).value == level


@pytest.mark.parametrize(
    ("heading", "experience"),
    [
        ("Leadership responsibilities (informal at this level)", "Some mentoring of peers is a plus."),
        ("Leadership responsibilities (influence-based; no direct reports)", "Leads through influence."),
        ("Leadership responsibilities", "Not required; informal mentoring is a plus."),
    ],
)
def test_a_page_saying_its_manager_has_no_reports_drops_the_manager_level(heading: str, experience: str) -> None:
    """'Marketing Manager' is a manager by title; the page says the role has no reports."""
    assert _role(_page("Marketing Manager", heading, experience))["seniority"] == "unknown"
    assert _role(_page("Senior Marketing Manager", heading, experience))["seniority"] == "senior"


@pytest.mark.parametrize(
    ("heading", "experience"),
    [
        ("Leadership responsibilities (people management and team building)", "Has managed 4+ direct reports."),
        # Of the candidate's past, not of the role: a first-time manager still manages people.
        ("Leadership responsibilities", "Prior people management not required for first-time managers."),
        ("Leadership responsibilities", "Has led a team; formal people management not required."),
    ],
)
def test_a_people_manager_page_stays_manager(heading: str, experience: str) -> None:
    assert _role(_page("Engineering Manager", heading, experience))["seniority"] == "manager"


def test_no_reports_wording_does_not_lower_a_title_without_manager() -> None:
    page = _page("Senior Data Engineer", "Leadership responsibilities (informal at this level)", "Not required.")
    assert _role(page)["seniority"] == "senior"


# --- 2. escalation points: "<role> for <trigger>", the role's rank at its start ----------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "escalate_to"),
    [
        ("CS Team Lead for at-risk renewals", "at-risk renewals", ["CS Team Lead"]),
        ("Director of CS for executive escalations", "executive escalations", ["Director of CS"]),
        ("VP Support for SLA failures", "SLA failures", ["VP Support"]),
        ("VP of Support for SLA failures.", "SLA failures", ["VP of Support"]),
        ("Head of Customer Success for churn above plan", "churn above plan", ["Head of Customer Success"]),
        ("Vice President of Sales for discounts over 20%", "discounts over 20%", ["Vice President of Sales"]),
        # An escalation chain: each step after the first arrow is a target.
        (
            "Senior SOC Analyst → SOC Lead → Incident Commander → CISO",
            "Senior SOC Analyst",
            ["SOC Lead", "Incident Commander", "CISO"],
        ),
        ("Outage → page on-call → escalate to the EM", "Outage", ["the EM"]),
        (
            "Unreleased features → Product Management and SA leadership.",
            "Unreleased features",
            ["Product Management", "SA leadership"],
        ),
        # A rank word opening no name: the whole item is the trigger.
        ("Director approval for spend above budget", "Director approval for spend above budget", []),
        ("Head of the queue for stale tickets", "Head of the queue for stale tickets", []),
    ],
)
def test_escalation_point_role_for_trigger(text: str, trigger: str, escalate_to: list[str]) -> None:
    point = escalation_point(text)
    assert (point.trigger, point.escalate_to) == (trigger, escalate_to)


def test_escalation_points_on_one_line_each_get_their_role() -> None:
    page = (
        "# Customer Success Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1) Role Summary\n\nThe role owns a book of customers.\n\n"
        "## 2) Role Mission\n\n**Core mission:** retain customers.\n\n"
        "## 12) Stakeholders and Collaboration Map\n\n"
        "**Escalation points**\n\n"
        "- CS Team Lead for at-risk renewals; Director of CS for executive escalations; VP Support for SLA failures.\n"
    )
    [result] = extract(page.encode(), name="page.md")
    points = result.document["fields"]["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("at-risk renewals", ["CS Team Lead"]),
        ("executive escalations", ["Director of CS"]),
        ("SLA failures", ["VP Support"]),
    ]


# --- 3. KPI frequencies: twice a year is half-yearly, every two years is no listed cadence ------------------


@pytest.mark.parametrize(
    ("printed", "frequencies"),
    [
        ("Bi-annual", ["half_yearly"]),
        ("Bi-annually", ["half_yearly"]),
        ("Twice a year", ["half_yearly"]),
        ("Twice yearly", ["half_yearly"]),
        ("Semi-annual", ["half_yearly"]),
        ("Semiannually", ["half_yearly"]),
        ("Quarterly / Bi-annual", ["quarterly", "half_yearly"]),
        # The seeds' and earlier pages' cadences keep their reading.
        ("Annual", ["yearly"]),
        ("Annually", ["yearly"]),
        ("Bi-weekly", ["biweekly"]),
        ("Half-yearly", ["half_yearly"]),
        # Every two years: no cadence of the list, and surely not twice a year.
        ("Biennial", ["other"]),
        ("Every two years", ["other"]),
    ],
)
def test_kpi_frequency_twice_a_year(printed: str, frequencies: list[str]) -> None:
    assert [f.value for f in frequencies_of(printed)] == frequencies


# --- 4. tools a skill names: the page's own tools table, and business tools in the gazetteer ---------------


def _skills_page(use_line: str, tool_rows: list[str]) -> str:
    return (
        "# Customer Success Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1) Role Summary\n\nThe role owns a book of customers.\n\n"
        "## 2) Role Mission\n\n**Core mission:** retain customers.\n\n"
        "## 8) Technical Skills Required\n\n#### Must-have technical skills\n\n"
        f"1. **Account platform proficiency** (Critical)\n    - Use: {use_line}\n\n"
        "## 10) Tools, Platforms, and Software\n\n"
        "| Category | Tool | Primary use | Prevalence |\n|---|---|---|---|\n" + "\n".join(tool_rows) + "\n"
    )


def _skill_tools(page: str) -> list[str]:
    [result] = extract(page.encode(), name="page.md")
    return result.document["fields"]["technical_skills"]["skills"][0]["tools"]


def test_a_skill_names_the_business_tools_of_the_gazetteer() -> None:
    page = _skills_page("managing accounts and renewals in Gainsight and Salesforce.", [])
    assert _skill_tools(page) == ["Gainsight", "Salesforce"]


def test_a_skill_names_the_tools_of_the_pages_own_table_in_page_order() -> None:
    rows = [
        "| Customer success platform | Flowdesk / RenewIQ | Health scores | Common |",
        "| CRM | Salesforce | Pipeline | Common |",
        "| Work tracking | Linear | Issues | Optional |",
        "| Secrets | Secrets manager (Vaultly) | Keys | Optional |",
    ]
    use = "renewals in RenewIQ, Flowdesk-style playbooks, issues in Linear and a secrets manager."
    assert _skill_tools(_skills_page(use, rows)) == ["RenewIQ", "Flowdesk", "Linear"]


@pytest.mark.parametrize(
    "use",
    [
        "Linear algebra for churn models.",  # a table name opening a sentence may be the ordinary word
        "Statistics and Linear Algebra basics.",  # ... as may one inside a capitalised phrase
        "keeping flowdesk notes",  # a capitalised name is not taken from lower-case text
        "CI/CD for integrations.",  # a two-letter name of the table ("GitLab (Actions / CI)") is a practice
    ],
)
def test_table_names_that_may_be_ordinary_words_are_not_taken_for_tools(use: str) -> None:
    rows = [
        "| Work tracking | Linear | Issues | Optional |",
        "| CS platform | Flowdesk | Health | Common |",
        "| CI/CD | GitLab (Actions / CI) | Pipelines | Common |",
    ]
    assert _skill_tools(_skills_page(use, rows)) == []


def test_page_tool_names_keep_products_the_gazetteer_lacks() -> None:
    names = ["RenewIQ", "Salesforce", "Secrets manager", "in-house platform", "Power Renewals", "CI", "Linear"]
    assert page_tool_names(names) == ("RenewIQ", "Power Renewals", "Linear")
