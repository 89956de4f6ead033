"""Synthetic snippets modelled on unseen pages of the family (hiring exercises, interaction teams, reporting line,
final scorecard career options, WordPress post ids).

Each snippet is a minimal page run through ``pipeline.extract`` (or the parser function it exercises), with the
negative cases that guard the seeds' behaviour where a rule could over-fire.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces
from pipeline.parsers.hiring import split_exercise_lead
from pipeline.parsers.scorecard import item_groups, split_items
from pipeline.parsers.summary import parse_reporting_line, split_teams

_MD_HEAD = (
    "# X Architect: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1. Role Summary\n\nThe X Architect designs things.\n\n"
)
_TXT_HEAD = (
    "Senior RAG Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Senior RAG Engineer builds retrieval systems for enterprise assistants.\n\n"
)


def _fields(body: str, name: str) -> dict[str, Any]:
    head = _MD_HEAD if name.endswith(".md") else _TXT_HEAD
    [result] = extract((head + body).encode(), name=name)
    return result.document["fields"]


def _exercises(body: str, name: str) -> list[tuple[Any, ...]]:
    return [
        (e["label"], e["name"], e["duration"], e["text"], [(d["text"], d["sub_items"]) for d in e["details"]])
        for e in _fields(body, name)["hiring"]["exercises"]
    ]


# --- hiring: exercises ---------------------------------------------------------------------------------------


def test_exercise_per_bullet_with_description() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises or case studies\n\n"
        "* **Architecture case (60–90 minutes):** design a landing zone; cover identity and key management.\n"
        "  * Follow-up: defend one trade-off.\n"
        "* **Review exercise (45 minutes)** – critique a Terraform module with deliberate flaws.\n"
    )
    assert _exercises(body, "x.md") == [
        (
            None,
            "Architecture case",
            "60–90 minutes",
            "Architecture case (60–90 minutes): design a landing zone; cover identity and key management.",
            [("design a landing zone; cover identity and key management.", ["Follow-up: defend one trade-off."])],
        ),
        (
            None,
            "Review exercise",
            "45 minutes",
            "Review exercise (45 minutes) – critique a Terraform module with deliberate flaws.",
            [("critique a Terraform module with deliberate flaws.", [])],
        ),
    ]


def test_labelled_exercise_paragraph_after_one_with_details() -> None:
    body = (
        "19) Hiring Evaluation Criteria\n\nPractical exercises or case studies (recommended)\n\n"
        "Case study 1: Retrieval design (60 minutes)\n\n"
        "  • Design a support assistant over five million documents.\n\n"
        "Case study 2: Failure diagnosis – Candidate receives ten bad answers and must classify root causes.\n"
    )
    assert _exercises(body, "x.txt") == [
        (
            "Case study 1",
            "Retrieval design",
            "60 minutes",
            "Case study 1: Retrieval design (60 minutes)",
            [("Design a support assistant over five million documents.", [])],
        ),
        (
            "Case study 2",
            "Failure diagnosis",
            None,
            "Case study 2: Failure diagnosis – Candidate receives ten bad answers and must classify root causes.",
            [("Candidate receives ten bad answers and must classify root causes.", [])],
        ),
    ]


def test_labelled_detail_lines_stay_details() -> None:
    # As on the seeds: "Scenario: ..." and "Evaluation: ..." under a title are details, not exercises.
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises or case studies\n\n"
        "* Exercise B: Experiment design case (45–60 minutes)\n"
        "  * Scenario: product wants to ship a new ranking model.\n"
        "  * Evaluation: correctness, reproducibility – and clarity.\n"
    )
    assert _exercises(body, "x.md") == [
        (
            "Exercise B",
            "Experiment design case",
            "45–60 minutes",
            "Exercise B: Experiment design case (45–60 minutes)",
            [
                ("Scenario: product wants to ship a new ranking model.", []),
                ("Evaluation: correctness, reproducibility – and clarity.", []),
            ],
        )
    ]


def test_exercises_written_as_name_colon_description() -> None:
    # No exercise noun in "System design" or "Debugging session": every top-level item reads "Name: ...".
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises\n\n"
        "* System design: a fraud scoring service with p95 latency under 100 ms (60 minutes).\n"
        "* Take-home: turn a notebook into a tested training pipeline (3–4 hours).\n"
        "* Debugging session: diagnose a model whose accuracy dropped after a schema change.\n"
    )
    assert [(e[1], e[2], [d[0] for d in e[4]]) for e in _exercises(body, "x.md")] == [
        ("System design", "60 minutes", ["a fraud scoring service with p95 latency under 100 ms (60 minutes)."]),
        ("Take-home", "3–4 hours", ["turn a notebook into a tested training pipeline (3–4 hours)."]),
        ("Debugging session", None, ["diagnose a model whose accuracy dropped after a schema change."]),
    ]


def test_a_flat_list_of_exercise_sentences_is_one_exercise_each() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises\n\n"
        "* 90-minute SQL and analysis exercise on a sample product dataset.\n"
        "* Experiment design case: design and read out an A/B test with a guardrail breach.\n"
        "* Presentation of a past project to a mixed panel.\n"
    )
    assert [(e[1], [d[0] for d in e[4]]) for e in _exercises(body, "x.md")] == [
        ("90-minute SQL and analysis exercise on a sample product dataset", []),
        ("Experiment design case", ["design and read out an A/B test with a guardrail breach."]),
        ("Presentation of a past project to a mixed panel", []),
    ]


def test_title_lines_with_labels_are_not_name_colon_description() -> None:
    body = (
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises or case studies\n\n"
        "* Exercise A: Modeling case (60 minutes)\n"
        "  * Scenario: a churn model regressed.\n"
        "* Exercise B: Experiment design case (45–60 minutes)\n"
        "  * Scenario: product wants to ship a new ranking model.\n"
    )
    assert [(e[0], e[1], e[2], len(e[4])) for e in _exercises(body, "x.md")] == [
        ("Exercise A", "Modeling case", "60 minutes", 1),
        ("Exercise B", "Experiment design case", "45–60 minutes", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Exercise A: Data platform design review (60 minutes)",  # a title without a description
        "Candidate runs the incident: roles, decisions, communication, and follow-up.",
        "Input: small dataset + problem statement (classification/ranking/regression).",
        "Given a short description (two pages) – propose a plan.",  # a bracket that is no duration
    ],
)
def test_split_exercise_lead_negatives(text: str) -> None:
    assert split_exercise_lead(text) is None


# --- role summary: interaction teams and reporting line --------------------------------------------------------


def test_team_bullet_spelling_out_an_acronym_stays_whole() -> None:
    body = (
        "**Typical interaction teams:**\n\n"
        "* Governance, Risk and Compliance (GRC) and Internal Audit\n"
        "* Security: Security Engineering, Cloud Center of Excellence (CCoE), Governance, Risk & Compliance (GRC)\n"
    )
    groups = _fields(body, "x.md")["role_summary"]["interaction"]["groups"]
    assert [(g["area"], g["teams"]) for g in groups] == [
        (None, ["Governance, Risk and Compliance (GRC) and Internal Audit"]),
        (
            "Security",
            ["Security Engineering", "Cloud Center of Excellence (CCoE)", "Governance, Risk & Compliance (GRC)"],
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NLP Scientists, ML Engineers (MLE), Data", ["NLP Scientists", "ML Engineers (MLE)", "Data"]),
        ("Security, Legal/Compliance (as needed)", ["Security", "Legal/Compliance (as needed)"]),
        ("Product Management, Design, and Legal", ["Product Management", "Design", "Legal"]),
    ],
)
def test_split_teams_keeps_other_splits(text: str, expected: list[str]) -> None:
    assert split_teams(text) == expected


def test_reporting_line_ends_at_semicolon() -> None:
    body = (
        "Typical reporting line: Reports to an Engineering Manager, AI Platform, or to a Director of Applied AI "
        "Engineering; works as a senior individual contributor.\n\n"
    )
    line = _fields(body, "x.txt")["role_summary"]["reporting_line"]
    assert line["reports_to"] == "Engineering Manager, AI Platform, or Director of Applied AI Engineering"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Typical reporting line: Reports to the Head of Data Platform or (rarely; small firms) the CTO. "
                "Works with Finance."
            ),
            "Head of Data Platform or (rarely; small firms) the CTO",
        ),
        (
            "Typical reporting line (inferred): Reports to a Senior/Lead NLP Scientist within the AI & ML department.",
            "Senior/Lead NLP Scientist",  # the unit the manager sits in is the department, read apart
        ),
    ],
)
def test_reporting_line_first_clause(text: str, expected: str) -> None:
    line = parse_reporting_line(text)
    assert line is not None and line.reports_to == expected


# --- final scorecard: grouped career options -------------------------------------------------------------------


def test_career_options_in_labelled_groups() -> None:
    body = (
        "## 20. Final Role Scorecard Summary\n\n| Category | Executive summary |\n|---|---|\n"
        "| Career progression options | Principal X Architect, Head of X (large orgs); "
        "adjacent: Platform Architect, Product Security Architect (AppSec) |\n"
    )
    options = _fields(body, "x.md")["scorecard"]["career_progression_options"]
    assert [(o["name"], o["note"]) for o in options] == [
        ("Principal X Architect", None),
        ("Head of X", "large orgs"),
        ("Platform Architect", "adjacent"),
        ("Product Security Architect", "adjacent; AppSec"),
    ]


def test_item_groups() -> None:
    assert item_groups("A, B; lateral: C") == [(None, ["A", "B"]), ("lateral", ["C"])]
    # A ';' list whose items read "Name: description" is not a list of groups.
    assert split_items("Python: scripting; SQL: queries; Spark") == ["Python: scripting", "SQL: queries", "Spark"]
    assert split_items("Model cards; error analysis, benchmarks") == ["Model cards", "error analysis, benchmarks"]
    # In a plain list a group's label may be content: it stays on the group's first item.
    assert split_items("Python: scripting; SQL, Spark") == ["Python: scripting", "SQL", "Spark"]
    assert split_items("Jira, Confluence; cloud: AWS, Azure") == ["Jira", "Confluence", "cloud: AWS", "Azure"]


# --- WordPress HTML: post id -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "post_id"),
    [
        ('<body class="single single-post postid-48213 wp-embed"><p>x</p></body>', 48213),
        ('<body class="page-template page page-id-77"><p>x</p></body>', 77),
        ('<body class="home"><article id="post-12"><p>x</p></article><article id="post-9"></article></body>', 12),
        ('<body class="archive"><article id="post-preview"><p>x</p></article></body>', None),
        ('<body class="single xpostid-5"><p>x</p></body>', None),
    ],
)
def test_post_id_from_body_class_or_article(html: str, post_id: int | None) -> None:
    assert html_to_pieces(f"<html><head><title>t</title></head>{html}</html>").meta.post_id == post_id


def test_a_final_scorecard_without_a_header_row_keeps_its_first_row() -> None:
    # Any form: a pipe table whose first row is already "Role title | ..." (the editor's table had no header).
    body = (
        "## 20. Final Role Scorecard Summary\n\n"
        "| Role title | Product Manager |\n|---|---|\n"
        "| Role purpose | Discover and deliver product outcomes. |\n"
    )
    scorecard = _fields(body, "x.md")["scorecard"]
    assert (scorecard["role_title"], scorecard["role_purpose"], scorecard["header"]) == (
        "Product Manager",
        "Discover and deliver product outcomes.",
        [],
    )
