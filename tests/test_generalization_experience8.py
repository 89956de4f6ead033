"""Sections 14 and 20 on an eighth round of unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (an FP&A Analyst page in compact text,
a Network Engineer WordPress post, an HR Business Partner page): a certification written "Name – Level
(note)", alternatives sharing a body's name ("CIPD Level 5 or Level 7"), fields of study sharing a head
noun ("Electrical or Electronic Engineering"), "a related quantitative field" closing a field list, an
education line accepting experience in place of a degree (Marketing Operations Manager page), and a
final scorecard table cut short by the scraper. The negative cases guard what the seed pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract

HEAD = (
    "Test Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\nThe Test Analyst builds plans.\n"
    "2) Role Mission\nCore mission:\nDeliver plans.\n"
)


def _experience(subsections: dict[str, list[str]]) -> dict[str, Any]:
    body = "".join(f"{heading}\n" + "".join(f"- {item}\n" for item in items) for heading, items in subsections.items())
    [result] = extract((HEAD + "14) Required Experience and Qualifications\n" + body).encode(), name="x.txt")
    return result.document["fields"]["experience"]


# --- certifications ----------------------------------------------------------------------------------


def _certifications(*items: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    found = _experience({"Certifications": list(items)})["certifications"]
    return [(c["name"], c["detail"], c["requirement"], c["requirement_text"], c["note"]) for c in found]


def test_dash_level_before_a_bracket_is_the_level_and_the_bracket_a_note() -> None:
    assert _certifications(
        "CPA – Optional (Important for accounting-heavy FP&A teams)",
        "CFA (Level I or higher) – Optional",
        "CMA – Context-specific (Critical in manufacturing cost roles)",
    ) == [
        ("CPA", None, "optional", "Optional", "Important for accounting-heavy FP&A teams"),
        ("CFA", "Level I or higher", "optional", "Optional", None),
        ("CMA", None, "context_specific", "Context-specific", "Critical in manufacturing cost roles"),
    ]


def test_bracket_level_after_a_dash_that_is_part_of_the_name_stays_the_level() -> None:
    # Negative cases: the dash segment is no level, so the bracket is.
    assert _certifications(
        "CCSP – Certified Cloud Security Professional (Important)",
        "AWS Certified ML – Specialty (Optional)",
        "ITIL 4 Foundation – Context-specific (enterprise IT and regulated environments)",
    ) == [
        ("CCSP – Certified Cloud Security Professional", None, "preferred", "Important", None),
        ("AWS Certified ML – Specialty", None, "optional", "Optional", None),
        (
            "ITIL 4 Foundation",
            None,
            "context_specific",
            "Context-specific (enterprise IT and regulated environments)",
            None,
        ),
    ]


def test_an_alternative_opening_with_a_word_of_the_first_name_shares_its_start() -> None:
    names = [c[0] for c in _certifications(
        "CIPD Level 5 or Level 7 (Common in the UK and Ireland)",
        "Microsoft Certified: Azure Administrator Associate or Azure Developer Associate (Optional)",
        "Certified ScrumMaster (CSM) or Certified Scrum Product Owner (CSPO) (Optional)",
    )]  # fmt: skip
    assert names == [
        "CIPD Level 5", "CIPD Level 7",
        "Microsoft Certified: Azure Administrator Associate", "Microsoft Certified: Azure Developer Associate",
        "Certified ScrumMaster", "Certified Scrum Product Owner",
    ]  # fmt: skip


# --- fields of study -------------------------------------------------------------------------------


def _education(*items: str) -> list[tuple[list[str], bool, str | None]]:
    found = _experience({"Education": list(items)})["education"]
    return [(e["fields_of_study"], e["related_fields_accepted"], e["requirement"]) for e in found]


def test_a_lone_modifier_shares_the_head_noun_of_the_field_after_it() -> None:
    assert _education(
        "Bachelor’s degree in Computer Science, Information Technology, Electrical or Electronic Engineering, "
        "or Telecommunications is common.",
        "BS in Electrical or Computer Engineering",
        "MS in Chemical, Mechanical, or Civil Engineering is preferred.",
    ) == [
        (
            [
                "Computer Science",
                "Information Technology",
                "Electrical Engineering",
                "Electronic Engineering",
                "Telecommunications",
            ],
            False,
            "common",
        ),
        (["Electrical Engineering", "Computer Engineering"], False, None),
        (["Chemical Engineering", "Mechanical Engineering", "Civil Engineering"], False, "preferred"),
    ]


def test_a_noun_field_before_or_keeps_its_own_name() -> None:
    # Negative cases: a discipline of its own shares no head noun.
    assert _education(
        "BS in Physics or Computer Science",
        "Bachelor’s degree in Finance or Business Administration",
        "MS in Statistics or Applied Mathematics",
    ) == [
        (["Physics", "Computer Science"], False, None),
        (["Finance", "Business Administration"], False, None),
        (["Statistics", "Applied Mathematics"], False, None),
    ]


def test_a_related_field_with_a_qualifier_and_a_requirement_bracket_is_no_field() -> None:
    assert _education(
        "Bachelor’s degree in Finance, Accounting, Economics, or a related quantitative field (required).",
        "Bachelor’s degree in Human Resource Management or a related field (Common).",
        "BS in Data Science or related technical fields",
    ) == [
        (["Finance", "Accounting", "Economics"], True, "required"),
        (["Human Resource Management"], True, "common"),
        (["Data Science"], True, None),
    ]


def test_a_clause_accepting_experience_and_one_not_asking_for_a_degree_are_two_statements() -> None:
    """Each clause of the line names a degree or a requirement of its own; a clause with neither stays whole."""
    found = _experience({"Education": [
        "Equivalent experience is widely accepted; an MBA is rarely required.",
        "Bachelor's degree in Finance; ideally with exposure to planning systems.",
    ]})["education"]  # fmt: skip
    assert [(e["degree_levels"], e["requirement"], e["text"]) for e in found] == [
        ([], "acceptable", "Equivalent experience is widely accepted"),
        (["master"], "not_required", "an MBA is rarely required."),
        (["bachelor"], None, "Bachelor's degree in Finance; ideally with exposure to planning systems."),
    ]


def test_a_bracket_that_is_no_requirement_stays_in_the_field() -> None:
    assert _education("Bachelor’s degree in Computer Science (CS) or a related field") == [
        (["Computer Science (CS)"], True, None)
    ]


# --- final scorecard cut short ---------------------------------------------------------------------

_SCORECARD_ROWS = [
    ("Role title", "Test Analyst"),
    ("Role purpose", "Deliver plans the business trusts."),
    ("Top 10 responsibilities", "1) Build the forecast 2) Run variance reviews"),
    ("Top 10 technical skills", "Excel modeling; SQL; planning tools"),
    ("Top 10 soft skills", "Communication; judgment"),
    ("Top tools or platforms", "Excel, Anaplan, Power BI"),
    ("Top KPIs", "Forecast accuracy, close timeliness"),
    ("Main deliverables", "Monthly package, forecast bridges"),
    ("Main goals", "90-day ownership of one business unit"),
    ("Career progression options", "Senior FP&A Analyst, FP&A Manager"),
]
_COMMENTS = "Subscribe\nNotify of\nguest\n0 Comments\nInline Feedbacks\nView all comments\n"


# A page of full length before its scorecard (~2,000 words), as a scraper's cut in the last section leaves it.
_FULL_PAGE_TEXT = "3) Core Responsibilities\n" + "".join(
    f"- Review plan {n} with the finance team, the budget owners and the business unit leads every month.\n"
    for n in range(150)
)


def _scorecard_warnings(rows: list[tuple[str, str]], after: str = "", before: str = _FULL_PAGE_TEXT) -> list[str]:
    table = "| Item | Executive summary |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
    page = HEAD + before + "20) Final Role Scorecard Summary\n" + table + after
    [result] = extract(page.encode(), name="x.txt")
    return [w for w in result.warnings if w.startswith("scorecard:")]


def test_a_scorecard_table_cut_short_warns_with_the_rows_it_lacks() -> None:
    assert _scorecard_warnings(_SCORECARD_ROWS[:4], _COMMENTS) == [
        "scorecard: 6 of its usual rows missing (top soft skills, top tools, top kpis, main deliverables, "
        "main goals, career progression options): the page may be cut short"
    ]


def test_a_short_scorecard_on_a_page_short_throughout_does_not_warn() -> None:
    # Negative case: a stub page (a few lines a section, as the tests' mini seeds) is short everywhere.
    assert _scorecard_warnings(_SCORECARD_ROWS[:2], before="") == []


def test_a_whole_scorecard_or_one_without_a_row_or_two_does_not_warn() -> None:
    assert _scorecard_warnings(_SCORECARD_ROWS) == []
    assert _scorecard_warnings(_SCORECARD_ROWS[:5] + _SCORECARD_ROWS[6:9]) == []


def test_scorecard_rows_under_unknown_labels_may_be_the_missing_ones() -> None:
    renamed = [("Signature " + label.split()[-1], value) for label, value in _SCORECARD_ROWS[5:]]
    assert _scorecard_warnings(_SCORECARD_ROWS[:5] + renamed) == []


def test_a_scorecard_without_a_table_gets_no_rows_warning() -> None:
    page = (
        HEAD + _FULL_PAGE_TEXT + "20) Final Role Scorecard Summary\nThe Test Analyst owns the plan and the forecast.\n"
    )
    [result] = extract(page.encode(), name="x.txt")
    assert [w for w in result.warnings if w.startswith("scorecard:")] == []
