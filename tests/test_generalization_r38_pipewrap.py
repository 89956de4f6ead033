"""Round 38: pipe-table rows a scraper wrapped inside a long cell (compact text style).

The scraper saved each row on one line but broke a long cell's text onto the next line, which then opens without
a pipe: "| Average discount depth | ... | Shows where margin is being given away" over "and which segments drive it |
≤ 18% | Monthly |". The two lines are one row: the rest completes the row's missing cells, or only goes on with its
last cell. A line after the table stays out of it. The snippets are synthetic; the page is frozen in tests/unseen/
(its key in tests/unseen/answer_keys/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings

from pipeline import extract
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "pricing-manager-compact-damage.synthetic.txt"

_HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\nThe Test Role does this work for the business with several teams.\n"
    "2) Role Mission\nCore mission: make the work reliable for every team that depends on it.\n"
)
_KPI_HEADER = (
    "| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |\n"
    "|---|---|---|---|---|\n"
)
_KPI_ROWS = (
    "| Ticket backlog age | Median age of open tickets | Old tickets signal stalled work | < 10 days | Weekly |\n"
    "| First contact resolution | Share of tickets solved on first touch | Saves repeat contacts\n"
    "and frees agents for harder work | ≥ 70% | Monthly |\n"
    "| Customer satisfaction | Post-ticket survey score | Tracks perceived quality | ≥ 4.5 / 5 | Quarterly |\n"
)


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


def _tables(text: str) -> list[Any]:
    return [piece.block for piece in text_to_pieces(text) if piece.block.kind == "table"]


def test_synthetic_a_wrapped_row_completes_its_missing_cells() -> None:
    (table,) = _tables(_KPI_HEADER + _KPI_ROWS)
    assert len(table.rows) == 3
    assert table.rows[1] == [
        "First contact resolution", "Share of tickets solved on first touch",
        "Saves repeat contacts and frees agents for harder work", "≥ 70%", "Monthly",
    ]  # fmt: skip


def test_synthetic_a_wrapped_kpi_row_keeps_its_target_and_frequency() -> None:
    kpis = _fields("7) KPIs and Productivity Metrics\n" + _KPI_HEADER + _KPI_ROWS)["kpis"]
    assert [row["name"] for row in kpis["rows"]] == [
        "Ticket backlog age", "First contact resolution", "Customer satisfaction"
    ]  # fmt: skip
    row = kpis["rows"][1]
    assert (row["why_it_matters"], row["target"], row["frequency"]) == (
        "Saves repeat contacts and frees agents for harder work", "≥ 70%", "Monthly"
    )  # fmt: skip


def test_synthetic_a_numbered_tool_row_wrapped_in_its_use_cell() -> None:
    tools = (
        "10) Tools, Platforms, and Software\n"
        "| # | Category | Tool / platform / software | Primary use | Common / Optional / Context-specific |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Ticketing | Zendesk | Queues and macros | Common |\n"
        "| 2 | Knowledge base | Guru / Confluence | Answers kept current\n"
        "for every agent | Optional |\n"
        "| 3 | Telephony | Aircall | Inbound calls | Context-specific |\n"
    )
    rows = _fields(tools)["tools"]["rows"]
    assert [(row["category"], row["tool_text"], row["primary_use"], row["prevalence"]) for row in rows] == [
        ("Ticketing", "Zendesk", "Queues and macros", "common"),
        ("Knowledge base", "Guru / Confluence", "Answers kept current for every agent", "optional"),
        ("Telephony", "Aircall", "Inbound calls", "context_specific"),
    ]
    assert [row["extra_cells"] for row in rows] == [["1"], ["2"], ["3"]]


def test_synthetic_the_last_row_s_wrapped_cell_is_kept() -> None:
    scorecard = (
        "20) Final Role Scorecard Summary\n| Item | Executive summary |\n|---|---|\n"
        "| Role title | Test Role |\n"
        "| Main deliverables | Support playbook; macro library; escalation matrix\n"
        "and quality rubric; weekly queue report |\n"
        "Share this:\n"
    )
    assert _fields(scorecard)["scorecard"]["main_deliverables"] == [
        "Support playbook", "macro library", "escalation matrix and quality rubric", "weekly queue report"
    ]  # fmt: skip


def test_synthetic_a_rest_without_a_pipe_reading_on_joins_the_cell() -> None:
    text = "| Item | Summary |\n|---|---|\n| Role title | Test Role |\n| Main goals | Cut backlog\nand raise CSAT\n"
    (table,) = _tables(text)
    assert table.rows == [["Role title", "Test Role"], ["Main goals", "Cut backlog and raise CSAT"]]


def test_synthetic_a_paragraph_after_a_cut_last_row_stays_out() -> None:
    text = "| Item | Summary |\n|---|---|\n| Role title | Test Role\nThe summary above is indicative only.\n"
    pieces = text_to_pieces(text)
    assert pieces[0].block.rows == [["Role title", "Test Role"]]
    assert [p.block.text for p in pieces[1:]] == ["The summary above is indicative only."]


def test_synthetic_a_line_with_too_many_cells_stays_out() -> None:
    text = "| Item | Summary |\n|---|---|\n| Role title | Test Role\nHome | Blog | About |\n"
    (table,) = _tables(text)
    assert table.rows[0] == ["Role title", "Test Role"]  # the line's three cells are no rest of a two-cell row


def test_synthetic_rows_written_without_closing_pipes_are_not_cut() -> None:
    # A table that never closes its rows: no row is cut, a line under it is no rest of one.
    text = "| Item | Summary\n|---|---\n| Role title | Test Role\nand the lines below it\n"
    pieces = text_to_pieces(text)
    assert pieces[0].block.rows == [["Role title", "Test Role"]]
    assert pieces[1].block.text == "and the lines below it"


# --- the page ---------------------------------------------------------------------------------------------------


def _page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document["fields"]


def test_page_kpis_fourteen_rows_wrapped_ones_whole() -> None:
    rows = _page()["kpis"]["rows"]
    assert len(rows) == 14
    by_name = {row["name"]: row for row in rows}
    depth = by_name["Average discount depth"]
    assert (depth["why_it_matters"], depth["target"], depth["frequency"]) == (
        "Shows where margin is being given away and which segments drive it",
        "Within band set by policy (e.g., ≤ 18% mid-market)",
        "Monthly",
    )
    uplift = by_name["Renewal price uplift realized"]
    assert (uplift["why_it_matters"], uplift["target"], uplift["frequency"]) == (
        "Protects recurring revenue against inflation and cost growth", "≥ 75% of policy uplift realized", "Quarterly"
    )  # fmt: skip
    assert not any(row["name"].startswith("and ") for row in rows)
    assert all(row["frequency"] for row in rows)


def test_page_tools_twenty_two_rows_numbers_kept_out_of_the_category() -> None:
    rows = _page()["tools"]["rows"]
    assert [row["extra_cells"] for row in rows] == [[str(n)] for n in range(1, 23)]
    assert rows[0]["category"] == "CRM" and rows[21]["category"] == "Usage metering"
    pricing = rows[11]
    assert (pricing["category"], pricing["tool_text"], pricing["primary_use"], pricing["prevalence"]) == (
        "Pricing software", "PROS / Vendavo / Pricefx", "Price optimization and price management at scale",
        "context_specific",
    )  # fmt: skip
    assert all(row["prevalence"] for row in rows)


def test_page_final_scorecard_main_deliverables_eight_items() -> None:
    fields = _page()
    deliverables = fields["scorecard"]["main_deliverables"]
    assert len(deliverables) == 8
    assert deliverables[-2:] == ["sales playbooks and value calculators", "pricing decision memos"]
    assert fields["scorecard"]["role_title"] == "Senior Pricing Manager"
    text = "\n".join(all_strings(fields))
    for noise in ("Advertisement", "Find Certified Solar Installers", "Like Loading", "Sign me up", "Related Posts"):
        assert noise not in text
