"""Synthetic snippets modelled on unseen pages of the family (round 19): career stages and decision rights."""

from __future__ import annotations

from typing import Any

from tests.snippets import html_fields

# --- career stages told in one paragraph -------------------------------------------------------------


def _evolution(paragraph: str) -> list[tuple[Any, ...]]:
    found = html_fields(
        "<h2>15) Career Path and Progression</h2><h3>How the role evolves</h3><p>" + paragraph + "</p>"
    )["career_path"]["evolution"]
    return [(s["period"], s["period_unit"], s["period_start"], s["period_end"], s["description"]) for s in found]


def test_sentences_each_opening_with_a_period_label_are_stages_of_their_own() -> None:
    assert _evolution(
        "Year 1: Treasury Analyst → reliable operator of daily cash. Years 2–3: Senior Treasury Analyst → "
        "owner of processes. Years 4+: Treasury Manager → leads the team."
    ) == [
        ("Year 1", "year", 1.0, 1.0, "Treasury Analyst → reliable operator of daily cash."),
        ("Years 2–3", "year", 2.0, 3.0, "Senior Treasury Analyst → owner of processes."),
        ("Years 4+", "year", 4.0, None, "Treasury Manager → leads the team."),
    ]


def test_month_and_long_term_labels_open_stages_too() -> None:
    assert _evolution(
        "0–12 months: learns the case workflow. Months 12–24: owns a product portfolio. "
        "Long term: leads signal management."
    ) == [
        ("0–12 months", "month", 0.0, 12.0, "learns the case workflow."),
        ("Months 12–24", "month", 12.0, 24.0, "owns a product portfolio."),
        ("Long term", None, None, None, "leads signal management."),
    ]


def test_a_sentence_without_a_label_stays_in_the_stage_before_it() -> None:
    # Negative case: only a sentence opening with "Label:" starts a stage.
    assert _evolution("Year 1: learns the systems. By month 6 owns the daily close. Years 2–3: leads projects.") == [
        ("Year 1", "year", 1.0, 1.0, "learns the systems. By month 6 owns the daily close."),
        ("Years 2–3", "year", 2.0, 3.0, "leads projects."),
    ]


def test_a_paragraph_not_opening_with_a_label_stays_one_stage() -> None:
    # Negative case: a prose paragraph whose later sentence has a colon is not cut.
    assert _evolution("The role grows from execution to ownership. Later stages: Senior Analyst → Manager.") == [
        (None, None, None, None, None),
    ]


# --- deciders of a decision-making authority paragraph -----------------------------------------------


def _deciders(paragraph: str) -> list[tuple[str, str | None]]:
    found = html_fields(
        "<h2>12) Stakeholders and Collaboration Map</h2><h3>Decision-making authority</h3><p>" + paragraph + "</p>"
    )["stakeholders"]["decision_making_authority"]["deciders"]
    return [(d["name"], d["scope"]) for d in found]


def test_an_and_opening_a_decider_and_its_verb_starts_a_clause_without_a_comma() -> None:
    assert _deciders(
        "The specialist decides on case validity and coding; medical reviewers own final causality "
        "and the PV manager owns reporting strategy."
    ) == [
        ("specialist", "case validity and coding"),
        ("medical reviewers", "final causality"),
        ("PV manager", "reporting strategy"),
    ]


def test_a_named_team_after_a_bare_and_decides_its_own_scope() -> None:
    assert _deciders("The manager approves vendors and Finance approves spend above budget.") == [
        ("manager", "vendors"),
        ("Finance", "spend above budget"),
    ]


def test_an_and_inside_the_deciders_or_the_scope_does_not_cut() -> None:
    # Negative cases: "Engineering and Finance" decide together; "their own tooling" is scope, "own" no verb.
    assert _deciders("Engineering and Finance approve spend.") == [("Engineering", "spend"), ("Finance", "spend")]
    assert _deciders("The EM owns hiring and their own tooling.") == [("EM", "hiring and their own tooling")]
    assert _deciders("The lead decides on staffing and Engineering's own roadmap.") == [
        ("lead", "staffing and Engineering's own roadmap")
    ]
