"""Synthetic snippets modelled on unseen pages of the family: the compact FP&A Analyst page (seed-004 text,
bare ``โ`` mojibake mixed with well-formed `` – `` list separators).

A dash inside brackets is an item's own, not a list separator; a chain of bare ``โ`` between short
capitalised phrases is an arrow chain; a bare ``โ`` between numbered tokens or amounts is a range's dash.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.blocks import Block
from pipeline.layout import split_inline_list
from pipeline.mojibake import repair_text

B = "\u0e42"  # the bare lead character left when both continuation bytes are lost


def _fields(body: str) -> dict:
    page = "1) Role Summary\nThe FP&A Analyst builds plans.\n2) Role Mission\nCore mission:\nDeliver plans.\n" + body
    (result,) = extract(page.encode("utf-8"), name="snippet.txt")
    return result.document["fields"]


def _split(text: str) -> list[tuple[str, str]]:
    return [(p.block.kind.value, p.block.text) for p in split_inline_list(Block.paragraph(text, 0, len(text)))]


def test_a_dash_inside_brackets_does_not_stop_an_inline_list() -> None:
    fields = _fields(
        "5) Key Deliverables\nReporting deliverables – Monthly package (P&L, KPIs). – Forecast bridges "
        "(prior outlook – current outlook) and walk charts. – Executive dashboards.\n"
    )
    assert [(item["group"], item["text"]) for item in fields["deliverables"]["items"]] == [
        ("Reporting deliverables", "Monthly package (P&L, KPIs)."),
        ("Reporting deliverables", "Forecast bridges (prior outlook – current outlook) and walk charts."),
        ("Reporting deliverables", "Executive dashboards."),
    ]


def test_a_dash_inside_square_brackets_and_after_a_stray_closing_one() -> None:
    assert _split("Outputs – Plan [draft – final] per unit. – Review notes.") == [
        ("paragraph", "Outputs"),
        ("list_item", "Plan [draft – final] per unit."),
        ("list_item", "Review notes."),
    ]
    # "1)" closes nothing: the dash after it is outside any bracket and still cuts.
    assert _split("Step 1) Intake – Scope review. – Sign-off.") == [
        ("paragraph", "Step 1) Intake"),
        ("list_item", "Scope review."),
        ("list_item", "Sign-off."),
    ]


def test_a_line_whose_only_dash_is_inside_brackets_stays_a_paragraph() -> None:
    assert _split("Forecast bridges (prior outlook – current outlook) and walk charts.") == [
        ("paragraph", "Forecast bridges (prior outlook – current outlook) and walk charts."),
    ]


def test_a_chain_of_bare_arrows_on_a_line_of_dashes() -> None:
    fields = _fields(
        "11) Typical Tech Stack / Environment\nTeam topology – Analysts sit in a central team. – Typical structure: "
        f"VP Finance {B} Director of FP&A {B} FP&A Manager {B} FP&A Analysts.\n"
    )
    assert [[item["text"] for item in group["items"]] for group in fields["tech_stack"]["environments"]] == [
        [
            "Analysts sit in a central team.",
            "Typical structure: VP Finance → Director of FP&A → FP&A Manager → FP&A Analysts.",
        ]
    ]


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (f"Path – Staff Accountant {B} Senior Accountant {B} Controller", "Path – Staff Accountant → Senior Accountant → Controller"),
        # Inside brackets, the line's list separators say nothing: a flow of two short phrases.
        (f"Bridges – Forecast bridges (prior outlook {B} current outlook). – Dashboards.",
         "Bridges – Forecast bridges (prior outlook → current outlook). – Dashboards."),
    ],
)
def test_arrows_beside_well_formed_dashes(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # One bare separator among dashes is one of them (seed-004 pages lose a list's separators too).
        (f"Team charter – Hiring plan {B} Onboarding guide", "Team charter – Hiring plan – Onboarding guide"),
        # A chain whose next link is a level: the item's name, then its level.
        (f"- AWS Certified Database {B} Specialty {B} Optional", "- AWS Certified Database – Specialty – Optional"),
        # Sentences joined by bare separators are list items, not steps.
        (f"Outcomes – Faster close. {B} Fewer errors. {B} Happier owners.",
         "Outcomes – Faster close. – Fewer errors. – Happier owners."),
        # A label after the separator.
        (f"Surface – Finance: FP&A, Accounting {B} Business: Sales {B} Systems: ERP",
         "Surface – Finance: FP&A, Accounting – Business: Sales – Systems: ERP"),
    ],
)
def test_dashes_that_are_no_chain(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (f"Base salary $65,000{B}$85,000 per year", "Base salary $65,000–$85,000 per year"),
        (f"annual operating plan in Q3{B}Q4; long-range plan", "annual operating plan in Q3–Q4; long-range plan"),
        (f"H1{B}H2 reviews, FY24{B}FY25 plans, L3{B}L4 bands", "H1–H2 reviews, FY24–FY25 plans, L3–L4 bands"),
        (f"coverage 9am{B}5pm, 2024{B}2026 roadmap", "coverage 9am–5pm, 2024–2026 roadmap"),
        (f"£40k{B}£60k or ₹5{B}₹8 lakh", "£40k–£60k or ₹5–₹8 lakh"),
        # A bare โ before a euro sign reads as a lead and a continuation byte: between digits it is a range.
        (f"€5{B}€10 per seat", "€5–€10 per seat"),
    ],
)
def test_ranges_of_amounts_and_numbered_periods(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (f"Progress toward {B}Scientist{B} level", "Progress toward “Scientist” level"),
        (f"the organization{B}s data", "the organization’s data"),
        (f"scored {B}3{B} on the rubric", "scored “3” on the rubric"),
        # A lost-last ``โ€`` after a word is still a closing quote.
        (f"{B}meets bar{B}\u20ac looks like", "“meets bar” looks like"),
    ],
)
def test_quotes_next_to_numbers_stay_quotes(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


def test_a_quarter_range_in_a_page_line() -> None:
    fields = _fields(
        "11) Typical Tech Stack / Environment\nOperating cadence – Monthly close on a 5"
        f"{B}8 business-day calendar. – Annual operating plan in Q3{B}Q4; budgets of $50K{B}$2M.\n"
    )
    assert [[item["text"] for item in group["items"]] for group in fields["tech_stack"]["environments"]] == [
        ["Monthly close on a 5–8 business-day calendar.", "Annual operating plan in Q3–Q4; budgets of $50K–$2M."]
    ]
