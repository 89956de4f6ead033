"""Synthetic snippets modelled on unseen pages of the family (round 7): practical exercises, escalation points
and prior-role lists worded in ways the seeds do not use.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract

_MD_HEAD = (
    "# X Architect: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1. Role Summary\n\nThe X Architect designs things.\n\n"
)
_TXT_HEAD = (
    "Technical Recruiter: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Technical Recruiter hires engineers for product teams.\n\n"
)


def _fields(body: str, name: str) -> dict[str, Any]:
    head = _MD_HEAD if name.endswith(".md") else _TXT_HEAD
    [result] = extract((head + body).encode(), name=name)
    return result.document["fields"]


def _exercises(body: str, name: str) -> list[tuple[Any, ...]]:
    return [
        (e["label"], e["name"], e["duration"], [d["text"] for d in e["details"]])
        for e in _fields(body, name)["hiring"]["exercises"]
    ]


# --- hiring: exercises ---------------------------------------------------------------------------------------


def test_part_labels_after_an_exercise_title_are_its_details() -> None:
    body = (
        "19) Hiring Evaluation Criteria\n\nPractical exercises or case studies\n\n"
        "Exercise A: Sourcing sprint (45 minutes) – Input: a job description. – Tasks: build a Boolean string,"
        " write two outreach messages. – Evaluation: targeting accuracy, personalization.\n\n"
        "Exercise B: Intake role-play (30 minutes) – An interviewer plays a demanding hiring manager.\n\n"
    )
    assert _exercises(body, "x.txt") == [
        (
            "Exercise A",
            "Sourcing sprint",
            "45 minutes",
            [
                "Input: a job description.",
                "Tasks: build a Boolean string, write two outreach messages.",
                "Evaluation: targeting accuracy, personalization.",
            ],
        ),
        ("Exercise B", "Intake role-play", "30 minutes", ["An interviewer plays a demanding hiring manager."]),
    ]


def test_a_label_led_list_without_part_labels_is_still_one_exercise_per_label() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises\n\n"
        "* System design: a fraud scoring service (60 minutes).\n"
        "* Debugging session: diagnose a model whose accuracy dropped.\n"
    )
    assert _exercises(body, "x.md") == [
        (None, "System design", "60 minutes", ["a fraud scoring service (60 minutes)."]),
        (None, "Debugging session", None, ["diagnose a model whose accuracy dropped."]),
    ]


def test_a_flat_list_of_sentences_without_exercise_nouns_is_one_exercise_each() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises\n\n"
        "* 30-minute mock demo to a panel acting as a prospect.\n"
        "* Written answer to five security questionnaire items.\n"
        "* Debug a provided logic-analyzer capture of a failing I2C transaction (30 minutes).\n"
    )
    assert _exercises(body, "x.md") == [
        (None, "30-minute mock demo to a panel acting as a prospect", "30-minute", []),
        (None, "Written answer to five security questionnaire items", None, []),
        (None, "Debug a provided logic-analyzer capture of a failing I2C transaction", "30 minutes", []),
    ]


def test_a_labelled_sentence_among_plain_ones_is_named_by_its_label() -> None:
    body = (
        "19) Hiring Evaluation Criteria\n\nPractical exercises\n\n"
        "  • Build a small REST service with persistence and tests (take-home, 3–4 hours).\n"
        "  • System design: rate limiter or order service.\n\n"
    )
    assert _exercises(body, "x.txt") == [
        (None, "Build a small REST service with persistence and tests", "3–4 hours", []),  # format: take-home
        (None, "System design", None, ["rate limiter or order service."]),
    ]


def test_a_flat_list_of_exercise_parts_stays_one_exercise() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises\n\n"
        "* Scenario: a retailer loses orders at checkout.\n"
        "* Deliverables: a written diagnosis and a rollback plan.\n"
    )
    assert _exercises(body, "x.md") == [
        (
            None,
            None,
            None,
            ["Scenario: a retailer loses orders at checkout.", "Deliverables: a written diagnosis and a rollback plan."],
        )
    ]


def test_a_title_line_over_flat_sentences_keeps_them_as_its_details() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises\n\n"
        "Data debugging exercise (30–45 minutes)\n\n"
        "* Provide a broken metric or dataset with leakage.\n"
        "* Candidate identifies the issue and proposes fixes.\n"
    )
    assert _exercises(body, "x.md") == [
        (
            None,
            "Data debugging exercise",
            "30–45 minutes",
            ["Provide a broken metric or dataset with leakage.", "Candidate identifies the issue and proposes fixes."],
        )
    ]


# --- experience: prior roles ---------------------------------------------------------------------------------


def _prior(body: str) -> tuple[list[str], list[str]]:
    experience = _fields("14) Required Experience and Qualifications\n\n" + body, "x.txt")["experience"]
    return [role["name"] for role in experience["prior_roles"]], experience["prior_role_notes"]


def test_job_title_head_nouns_outside_tech_name_prior_roles() -> None:
    body = (
        "Prior role backgrounds commonly seen\n\n"
        "  • Agency technical recruiter, Sourcer, Paralegal, Financial Controller, Recruiting Coordinator.\n\n"
    )
    assert _prior(body) == (
        ["Agency technical recruiter", "Sourcer", "Paralegal", "Financial Controller", "Recruiting Coordinator"],
        [],
    )


def test_a_background_that_names_no_role_stays_a_note() -> None:
    body = "Prior role backgrounds commonly seen\n\n  • Sourcer, Recruiting Coordinator, Other.\n\n"
    assert _prior(body) == (["Sourcer", "Recruiting Coordinator"], ["Other"])


# --- stakeholders: escalation points -------------------------------------------------------------------------


def _stakeholders(body: str) -> dict[str, Any]:
    return _fields("## 12) Stakeholders and Collaboration Map\n\n" + body, "x.md")["stakeholders"]


def _escalations(body: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e["trigger"], e["action"], e["escalate_to"]) for e in _stakeholders(body)["escalation_points"]]


def test_a_team_or_function_before_for_is_an_escalation_target() -> None:
    one_line = "### Escalation points\n\n* Sales Engineering Manager for resource conflicts; Product for commitments.\n"
    assert _escalations(one_line) == [
        ("resource conflicts", "Sales Engineering Manager", ["Sales Engineering Manager"]),
        ("commitments", "Product", ["Product"]),
    ]
    body = (
        "### Escalation points\n\n"
        "* Legal for contract terms.\n"
        "* Platform Engineering team for outages.\n"
        "* Priority conflicts for the quarter.\n"
    )
    assert _escalations(body) == [
        ("contract terms", "Legal", ["Legal"]),
        ("outages", "Platform Engineering team", ["Platform Engineering team"]),
        ("Priority conflicts for the quarter", None, []),
    ]


def test_authority_and_escalation_heading_routes_each_item_by_its_wording() -> None:
    body = (
        "### Decision-making authority and escalation\n\n"
        "* Decides implementation details within owned modules.\n"
        "* Escalate to the Embedded Software Lead when an interface changes.\n"
    )
    fields = _stakeholders(body)
    assert fields["decision_making_authority"]["text"] == "Decides implementation details within owned modules."
    assert [(e["trigger"], e["escalate_to"]) for e in fields["escalation_points"]] == [
        ("an interface changes", ["the Embedded Software Lead"])
    ]


def test_authority_heading_alone_keeps_escalating_items_as_authority() -> None:
    body = (
        "### Decision-making authority\n\n"
        "* Decides implementation details within owned modules.\n"
        "* Escalate to the Embedded Software Lead when an interface changes.\n"
    )
    fields = _stakeholders(body)
    assert fields["escalation_points"] == []
    assert "Escalate to the Embedded Software Lead" in fields["decision_making_authority"]["text"]
