"""Synthetic snippets modelled on unseen pages of the family: the compact FP&A Analyst page (seed-004 text,
bare ``โ`` mojibake mixed with well-formed `` – `` list separators).

A dash inside brackets is an item's own, not a list separator; a chain of bare ``โ`` between short
capitalised phrases is an arrow chain; a bare ``โ`` between numbered tokens or amounts is a range's dash.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.blocks import Block
from pipeline.layout import split_inline_list

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
