"""Round 39: a tools table of three columns writes each row's prevalence in the tool cell.

support-director-compact-cols (frozen as tests/unseen/support-director-compact-cols.synthetic.txt, key in
tests/unseen/answer_keys/) has "| Category | Tools | Primary use |" rows such as "Zendesk (Common)" and
"Slack / Microsoft Teams (Common)": with no prevalence column the label was read as a product variant of the last
tool, and every row's prevalence was empty. The snippets are synthetic; the four-column tables of the seeds read
as before (their rows keep the prevalence cell).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.parsers.tools import Prevalence, split_prevalence

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "support-director-compact-cols.synthetic.txt"
NEXT = "<h2>11) Typical Tech Stack / Environment</h2><ul><li>Cloud platform in use.</li></ul>"


def _tools(header: list[str], rows: list[list[str]]) -> dict[str, Any]:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return html_fields(f"<h2>10) Tools, Platforms, and Software</h2>{table}{NEXT}")["tools"]


def _read(row: dict[str, Any]) -> tuple:
    tools = [(tool["name"], tool["variants"], tool["note"]) for tool in row["tools"]]
    return tools, row["prevalence"], row["prevalence_levels"], row["prevalence_text"]


THREE_COLUMNS = ["Category", "Tools", "Primary use"]


def test_synthetic_a_label_closing_the_tool_cell_is_the_rows_prevalence() -> None:
    tools = _tools(
        THREE_COLUMNS,
        [
            ["Help desk", "Freshservice (Common)", "Ticketing and SLA policies"],
            ["Chat", "Discord / Mattermost (Optional)", "Team chat"],
            ["Voice", "Aircall (Context-specific)", "Phone queues"],
            ["Warehouse", "Spark (Databricks / EMR) (Optional)", "Joins"],
        ],
    )
    assert [_read(row) for row in tools["rows"]] == [
        ([("Freshservice", [], None)], "common", ["common"], "Common"),
        ([("Discord", [], None), ("Mattermost", [], None)], "optional", ["optional"], "Optional"),
        ([("Aircall", [], None)], "context_specific", ["context_specific"], "Context-specific"),
        ([("Spark", ["Databricks", "EMR"], None)], "optional", ["optional"], "Optional"),
    ]
    assert [row["tool_text"] for row in tools["rows"]][0] == "Freshservice (Common)"  # the cell as on the page
    assert tools["rows"][0]["primary_use"] == "Ticketing and SLA policies"


def test_synthetic_a_labels_qualifier_after_a_semicolon() -> None:
    (row,) = _tools(THREE_COLUMNS, [["Help desk", "Kayako (Optional; for EU teams)", "Ticketing"]])["rows"]
    assert _read(row) == ([("Kayako", [], None)], "optional", ["optional"], "Optional; for EU teams")
    assert row["prevalence_qualifier"] == "for EU teams"


def test_synthetic_labels_on_only_some_tools_stay_theirs() -> None:
    rows = _tools(
        THREE_COLUMNS,
        [
            ["Tracking", "Jira (Common), Linear (Optional)", "Issues"],
            ["Docs", "Notion (Optional), Confluence", "Wiki"],
            ["Chat", "Slack (Common), Zoom (Common)", "Calls"],
        ],
    )["rows"]
    assert [_read(row) for row in rows] == [
        ([("Jira", [], "Common"), ("Linear", [], "Optional")], "common", ["common", "optional"], None),
        ([("Notion", [], "Optional"), ("Confluence", [], None)], "optional", ["optional"], None),
        ([("Slack", [], None), ("Zoom", [], None)], "common", ["common"], "Common"),  # the same on every tool
    ]


def test_synthetic_a_parenthetical_that_is_no_label_stays_the_tools() -> None:
    rows = _tools(
        THREE_COLUMNS,
        [["Data", "SQL (warehouse-specific)", "Queries"], ["Data", "Excel (Common in startups)", "Models"]],
    )["rows"]
    assert [_read(row) for row in rows] == [
        ([("SQL", [], "warehouse-specific")], None, [], None),
        ([("Excel", ["Common in startups"], None)], None, [], None),  # a label with words of its own: not read
    ]


def test_synthetic_a_prevalence_column_still_gives_the_prevalence() -> None:
    (row,) = _tools(
        ["Category", "Tool", "Primary use", "Common / Optional / Context-specific"],
        [["Data", "Spark (Databricks / EMR)", "Batch jobs", "Optional"]],
    )["rows"]
    assert _read(row) == ([("Spark", ["Databricks", "EMR"], None)], "optional", ["optional"], "Optional")


def test_synthetic_a_tools_own_label_beside_the_prevalence_column_is_its_note() -> None:
    # A label is never a product: "Duck Creek Claims (Context-specific)" names no variant of Duck Creek Claims.
    (row,) = _tools(
        ["Category", "Tool", "Primary use", "Common / Optional / Context-specific"],
        [["Claims", "Guidewire ClaimCenter, Duck Creek Claims (Context-specific)", "Claims system", "Common"]],
    )["rows"]
    assert _read(row) == (
        [("Guidewire ClaimCenter", [], None), ("Duck Creek Claims", [], "Context-specific")],
        "common",
        ["common"],
        "Common",
    )


@pytest.mark.parametrize(
    ("cell", "levels", "qualifier"),
    [
        ("Optional; for EU teams", [Prevalence.OPTIONAL], "for EU teams"),
        ("Common; Optional in startups", [Prevalence.COMMON], "Optional in startups"),
        ("Optional, Context-specific", [Prevalence.OPTIONAL, Prevalence.CONTEXT_SPECIFIC], None),
    ],
)
def test_synthetic_split_prevalence_reads_a_tail_as_the_qualifier(
    cell: str, levels: list[Prevalence], qualifier: str | None
) -> None:
    assert split_prevalence(cell) == (levels, qualifier)


# --- the page itself -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_support_director_tools_rows_carry_their_prevalence(page: dict[str, Any]) -> None:
    tools = page["fields"]["tools"]
    assert tools["columns"] == THREE_COLUMNS
    rows = tools["rows"]
    assert len(rows) == 24
    assert Counter(row["prevalence"] for row in rows) == {"common": 9, "context_specific": 8, "optional": 7}
    assert all(row["prevalence_levels"] == [row["prevalence"]] for row in rows)
    assert _read(rows[0]) == ([("Zendesk", [], None)], "common", ["common"], "Common")
    assert rows[0]["primary_use"] == "Omnichannel ticketing, macros, triggers, SLA policies"
    assert _read(rows[8]) == ([("Klaus", [], None)], "optional", ["optional"], "Optional")
    slack = rows[22]
    assert (slack["category"], slack["tool_text"]) == ("Collaboration", "Slack / Microsoft Teams (Common)")
    assert _read(slack) == ([("Slack", [], None), ("Microsoft Teams", [], None)], "common", ["common"], "Common")
    # No label is left as a product variant or a note of a tool.
    labels = {"Common", "Optional", "Context-specific"}
    assert not [tool for row in rows for tool in row["tools"] if labels & {*tool["variants"], tool["note"]}]


def test_support_director_keeps_its_noise_out(page: dict[str, Any]) -> None:
    strings = all_strings(page["fields"])
    for noise in ("Smile Abroad Dental", "Lumenpath Coworking", "We use Kustomer instead of Zendesk", "โ"):
        assert not [text for text in strings if noise in text]
