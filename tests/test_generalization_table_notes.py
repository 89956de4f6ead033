"""Notes under a KPI table: synthetic snippets modelled on unseen pages of the family.

A data-product page closed its HTML KPI table with a row of cells spanning columns ("Note: avoid vanity
metrics ..."), read as a tenth KPI; an innerText page put its note on the line under the table, read
as the section's intro. Both are notes on the table.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields

_KPIS = (
    "<h2>7) KPIs and Productivity Metrics</h2><p>The framework below balances adoption and trust.</p>"
    "<table><tr><th>KPI</th><th>Definition</th><th>Why it matters</th><th>Target</th><th>Frequency</th></tr>"
    "<tr><td>Weekly active consumers</td><td>Distinct users of the product</td><td>Adoption</td>"
    "<td>≥ 200</td><td>Weekly</td></tr>"
    "{last_row}</table>"
)
_ROW = "<tr><td>Freshness SLO</td><td>Share of loads on time</td><td>Trust</td><td>≥ 99%</td>{frequency}</tr>"


def _kpis(last_row: str) -> dict[str, Any]:
    return html_fields(_KPIS.format(last_row=last_row), role="Data Product Manager")["kpis"]


def test_a_closing_row_of_spanning_cells_holds_notes() -> None:
    kpis = _kpis(
        '<tr><td colspan="2">Note: avoid vanity metrics.</td><td colspan="3">Pair adoption with trust.</td></tr>'
    )
    assert [row["name"] for row in kpis["rows"]] == ["Weekly active consumers"]
    assert kpis["intro"] == ["The framework below balances adoption and trust."]
    assert [(note["lead"], note["intro"]) for note in kpis["notes"]] == [
        (None, ["Note: avoid vanity metrics.", "Pair adoption with trust."])
    ]


def test_a_closing_row_of_one_cell_holds_a_note() -> None:
    kpis = _kpis('<tr><td colspan="5">Targets vary with data maturity.</td></tr>')
    assert len(kpis["rows"]) == 1
    assert [note["intro"] for note in kpis["notes"]] == [["Targets vary with data maturity."]]


def test_a_closing_row_missing_a_cell_is_a_row() -> None:
    # Four of five cells, none spanning: a KPI whose frequency the page left out.
    kpis = _kpis(_ROW.format(frequency=""))
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Weekly active consumers", "≥ 200", "Weekly"),
        ("Freshness SLO", "≥ 99%", None),
    ]
    assert kpis["notes"] == []
