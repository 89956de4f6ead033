"""Synthetic snippets modelled on unseen pages of the family: tables written one cell a line by a text dump (the
text/plain part of a newsletter, some HTML-to-text converters): a header block of column names, one a line, then
each row as a block of exactly as many lines, the blocks between blank lines."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.blocks import Block
from pipeline.tables import stacked_tables

_PAGE = (
    "Data Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Data Analyst turns the company's data into decisions with several teams.\n\n"
    "2) Role Mission\n\nCore mission: make the numbers reliable for every team that depends on them.\n\n"
)


def text_fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_PAGE + body).encode("utf-8"), name="snippet.txt")
    assert extraction.document is not None, extraction
    return extraction.document["fields"]


_TOOLS = (
    "10) Tools, Platforms, and Software\n\n"
    "Category\nTool\nPrimary use\nPrevalence\n\n"
    "Data and BI\nPower BI / Tableau\nDashboards and board reporting\nCommon\n\n"
    "Data and BI\nExcel / Google Sheets\nActivity data collection\nCommon\n\n"
    "Supplier ratings\nEcoVadis / CDP Supply Chain\nSupplier assessment and data requests\nContext-specific\n\n"
)


def test_tools_table_one_cell_a_line_gives_every_row_whole():
    tools = text_fields(_TOOLS)["tools"]
    assert tools["columns"] == ["Category", "Tool", "Primary use", "Prevalence"]
    assert [(row["category"], row["tool_text"], row["primary_use"], row["prevalence"]) for row in tools["rows"]] == [
        ("Data and BI", "Power BI / Tableau", "Dashboards and board reporting", "common"),
        ("Data and BI", "Excel / Google Sheets", "Activity data collection", "common"),
        ("Supplier ratings", "EcoVadis / CDP Supply Chain", "Supplier assessment and data requests",
         "context_specific"),
    ]  # fmt: skip
    assert tools["notes"] == []


def test_kpi_table_one_cell_a_line_keeps_the_paragraph_under_it_as_notes():
    fields = text_fields(
        "7) KPIs and Productivity Metrics\n\n"
        "Metric\nWhat it measures\nWhy it matters\nExample target\nFrequency\n\n"
        "Scope 1 and 2 emissions\nTonnes CO2e from owned operations\nThe core disclosure number\n"
        "4-7% lower per year\nAnnual\n\n"
        "Milestones on track\nShare of roadmap milestones delivered on time\nShows the program delivers\n"
        "≥ 85%\nQuarterly\n\n"
        "Targets vary with the company's baseline year and the maturity of its inventory.\n\n"
    )
    kpis = fields["kpis"]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Scope 1 and 2 emissions", "4-7% lower per year", "Annual"),
        ("Milestones on track", "≥ 85%", "Quarterly"),
    ]
    assert kpis["rows"][1]["what_it_measures"] == "Share of roadmap milestones delivered on time"
    assert [note["intro"] for note in kpis["notes"]] == [
        ["Targets vary with the company's baseline year and the maturity of its inventory."]
    ]


def _lines(*groups: list[str]) -> list[Block]:
    """One paragraph block a line, as a text page gives them: groups of lines between blank lines."""
    blocks: list[Block] = []
    offset = 0
    for group in groups:
        for line in group:
            blocks.append(Block.paragraph(line, offset, offset + len(line)))
            offset += len(line) + 1
        offset += 1  # the blank line
    return blocks


_HEADER = ["Category", "Tool", "Primary use", "Prevalence"]
_ROW = ["Collaboration", "Confluence / SharePoint", "Methodology and evidence repository", "Common"]


def _kinds(blocks: list[Block]) -> list[str]:
    return [block.kind.value for block in stacked_tables(blocks)]


def test_cell_line_rows_end_at_a_block_of_another_width_or_a_sentence():
    notes = ["Pick one tool per category", "Reuse what finance already licenses", "Keep evidence in one place"]
    sentence = ["Most teams standardise on one platform.", "Tool", "Use", "Common"]
    (table, *rest) = stacked_tables(_lines(_HEADER, _ROW, notes, sentence))
    assert table.rows == [_ROW]
    assert [block.text for block in rest] == notes + sentence


def test_lines_naming_columns_that_are_no_header_block_stay_lines():
    # A list of short lines under a sub-heading opening with a column's name: no header block of a known kind.
    assert _kinds(_lines(["Prevalence", "Common in larger companies", "Optional in startups", "Rare"], _ROW)) == [
        "paragraph"
    ] * 8
    # Column names at the end of a longer block of lines: the header block is not whole.
    assert _kinds(_lines(["Tools we compared", *_HEADER], _ROW)) == ["paragraph"] * 9
    # Rows of the header's width, but their lines not between blank lines: not this layout.
    assert _kinds(_lines(_HEADER + _ROW)) == ["paragraph"] * 8


def test_hiring_and_final_scorecards_one_cell_a_line():
    fields = text_fields(
        "19) Hiring Evaluation Criteria\n\nInterview scorecard\n\n"
        "Dimension\nWhat meets looks like\nWhat exceeds looks like\n\n"
        "GHG accounting\nExplains scopes and factors\nHas led an assured inventory\n\n"
        "Program management\nRuns a roadmap with owners\nHas cut emissions at scale\n\n"
        "20) Final Role Scorecard Summary\n\n"
        "Category\nSummary\n\nRole title\nSustainability Program Manager\n\nMission\nTurn commitments into programs\n\n"
    )
    rows = fields["hiring"]["scorecard"]["rows"]
    assert [(row["dimension"], row["meets"], row["exceeds"]) for row in rows] == [
        ("GHG accounting", "Explains scopes and factors", "Has led an assured inventory"),
        ("Program management", "Runs a roadmap with owners", "Has cut emissions at scale"),
    ]
    scorecard = fields["scorecard"]
    assert scorecard["header"] == ["Category", "Summary"] and scorecard["notes"] == []
    assert (scorecard["role_title"], scorecard["role_purpose"]) == (
        "Sustainability Program Manager", "Turn commitments into programs"
    )  # fmt: skip


def test_hiring_scorecard_without_its_sub_heading_one_cell_a_line_or_stacked():
    """Under no scorecard sub-heading, the scorecard's columns tell it, whichever way its rows are written."""
    signals = "Strong signals\n\n- Has shipped a disclosure\n\n"
    cell_lines = (
        "Dimension\nWhat meets looks like\nWhat exceeds looks like\n\n"
        "GHG accounting\nExplains scopes\nLed an inventory\n\nProgram management\nRuns a roadmap\nCut emissions\n\n"
    )
    stacked = (
        "Dimension: GHG accounting\n\nWhat meets looks like: Explains scopes\n\n"
        "What exceeds looks like: Led an inventory\n\n"
        "Dimension: Program management\n\nWhat meets looks like: Runs a roadmap\n\n"
        "What exceeds looks like: Cut emissions\n\n"
    )
    for rows in (cell_lines, stacked):
        hiring = text_fields("19) Hiring Evaluation Criteria\n\n" + rows + signals)["hiring"]
        assert [row["text"] for row in hiring["scorecard"]["rows"]] == [
            "GHG accounting | Explains scopes | Led an inventory",
            "Program management | Runs a roadmap | Cut emissions",
        ]
        assert hiring["notes"] == [] and [point["text"] for point in hiring["strong_signals"]] == [
            "Has shipped a disclosure"
        ]
