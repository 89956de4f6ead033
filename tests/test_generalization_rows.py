"""Lost-border table rows cut into cells, on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family: a blank-line text "Technical Recruiter"
page whose KPI and hiring-scorecard tables lost their borders. A target ending "staff+" before the frequency
("... 60–90 days for staff+ Monthly"), a target that restates the metric's acronym before a comparator
("cNPS ≥ +40"), and a scorecard dimension of one word followed by a sentence opening with a verb and naming
a product ("Sourcing Builds accurate Boolean strings ..."). The negative cases guard what the seed pages
and earlier pages read: a bare '+' still joins two words, an acronym that does not name the row's metric
still ends the rationale, and a dimension keeps its plural noun ("Distributed Systems design").
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.tables import match_lost_border_header, split_lost_border_row

KPI_HEADER = "Metric name What it measures Why it matters Example target/benchmark Frequency"
SCORECARD_HEADER = "Dimension What “meets” looks like What “exceeds” looks like"
KPI_TABLE = match_lost_border_header(KPI_HEADER)
SCORECARD_TABLE = match_lost_border_header(SCORECARD_HEADER)

_TEXT = """Technical Recruiter: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

1) Role Summary

The Technical Recruiter hires engineers for the business with several teams.

2) Role Mission

Core mission: fill engineering roles with strong hires that every team can depend on.

{body}
"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract(_TEXT.format(body=body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


def _split(table: Any, cells: list[str]) -> list[str]:
    return split_lost_border_row(table, " ".join(cells))


# --- a '+' closing a number or a word ("staff+", "8+") may end a target --------------------------------


def test_target_ending_with_and_above_plus_keeps_its_frequency() -> None:
    body = (
        "7) KPIs and Productivity Metrics\n\n"
        f"{KPI_HEADER}\n"
        "Time-to-fill Calendar days from requisition approval to accepted offer Core measure of speed and delivery "
        "to the business 35–50 days for mid-level engineers; 60–90 days for staff+ Monthly\n"
        "Time-to-hire Days from candidate first contact to offer acceptance Shows process efficiency ≤ 30 days "
        "Monthly\n"
    )
    first, second = _fields(body)["kpis"]["rows"]
    assert (first["name"], first["target"], first["frequency"]) == (
        "Time-to-fill", "35–50 days for mid-level engineers; 60–90 days for staff+", "Monthly")
    assert (second["target"], second["frequency"]) == ("≤ 30 days", "Monthly")


def test_number_plus_ends_a_target_before_the_frequency() -> None:
    row = ["Senior pipeline depth", "Qualified candidates per senior requisition", "Keeps slates competitive",
           "8+", "Weekly"]
    assert _split(KPI_TABLE, row) == row


def test_bare_plus_still_joins_the_words_around_it() -> None:
    """A '+' standing alone ("Tests + Reviews") links two words: no cell ends on it."""
    row = ["Review throughput", "Merged changes per engineer", "Shows delivery pace", "Tests + Reviews within 1 day",
           "Weekly"]
    assert _split(KPI_TABLE, row) == row


# --- a target may open with the metric's own acronym before a comparator ----------------------------------


def test_target_opening_with_the_metric_acronym() -> None:
    body = (
        "7) KPIs and Productivity Metrics\n\n"
        f"{KPI_HEADER}\n"
        "Candidate experience score (cNPS) Net promoter score from candidates, hired and declined Protects "
        "employer brand in a small talent market cNPS ≥ +40 Quarterly\n"
    )
    (row,) = _fields(body)["kpis"]["rows"]
    assert (row["name"], row["qualifier"]) == ("Candidate experience score (cNPS)", "cNPS")
    assert (row["why_it_matters"], row["target"], row["frequency"]) == (
        "Protects employer brand in a small talent market", "cNPS ≥ +40", "Quarterly")


def test_target_opening_with_an_acronym_the_measure_names() -> None:
    row = ["Forecast accuracy", "MAPE of demand forecast vs actuals", "Drives staffing plans", "MAPE ≤ 10%",
           "Monthly"]
    assert _split(KPI_TABLE, row) == row


def test_acronym_not_naming_the_metric_stays_in_the_rationale() -> None:
    row = ["Availability (SLO attainment)", "Share of SLOs met across tier-1 services",
           "Protects customer trust and contractual SLAs", "≥ 99.9% for tier-1", "Weekly/Monthly"]
    assert _split(KPI_TABLE, row) == row


# --- a scorecard bar opening with a verb after a short dimension ----------------------------------------


def test_bar_opening_with_a_verb_before_a_capitalised_name() -> None:
    body = (
        "19) Hiring Evaluation Criteria\n\n"
        "Scorecard dimensions (interview scoring)\n\n"
        f"{SCORECARD_HEADER}\n"
        "Sourcing Builds accurate Boolean strings and relevant long lists Finds hidden talent pools; outreach "
        "response well above average\n"
        "Automation Writes reliable Python scripts for pipeline reports Automates the weekly funnel review\n"
    )
    rows = _fields(body)["hiring"]["scorecard"]["rows"]
    assert [(row["dimension"], row["meets"], row["exceeds"]) for row in rows] == [
        ("Sourcing", "Builds accurate Boolean strings and relevant long lists",
         "Finds hidden talent pools; outreach response well above average"),
        ("Automation", "Writes reliable Python scripts for pipeline reports", "Automates the weekly funnel review"),
    ]


def test_dimension_keeps_its_plural_noun() -> None:
    """A plural noun inside a dimension reads like a verb before a lower-case word: only listed verbs cut."""
    row = ["Distributed Systems design", "Explains trade-offs in plain language",
           "Changes manager decisions with market data"]
    assert _split(SCORECARD_TABLE, row) == row
