"""A sixty-seventh round unseen page: an Intercom Help Center article. Intercom marks every article table
role="presentation" (no thead, no th: the header is a bold first row) and wraps each cell's text in a div > p
("intercom-interblocks-paragraph"). A role="presentation" table was data only nested in an email's layout tables
with bare text cells, so these top-level tables were read as layout, cell by cell as paragraphs: the KPIs, tools,
hiring scorecard and final scorecard came out empty or as loose notes. A top-level presentation table whose cells
hold a paragraph at most, under a bold or <th> header row, is now a table.

Snippets below are synthetic (Intercom's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.html with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "it-procurement-manager-intercom.synthetic.html"
_PARAGRAPH = '<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>{}</p></div>'


def _intercom_table(header: list[str], rows: list[list[str]]) -> str:
    """A table as Intercom's article editor writes it: role="presentation", a bold first row, a div > p per cell."""

    def row(cells: list[str], bold: bool) -> str:
        return "<tr>" + "".join(f"<td>{_PARAGRAPH.format(f'<b>{c}</b>' if bold else c)}</td>" for c in cells) + "</tr>"

    body = row(header, True) + "".join(row(cells, False) for cells in rows)
    table = f'<table role="presentation"><tbody>{body}</tbody></table>'
    return f'<div class="intercom-interblocks-table-container">{table}</div>'


# --- synthetic: Intercom's tables ----------------------------------------------------------------------------------


def test_synthetic_intercom_kpi_table_is_read_as_a_table() -> None:
    table = _intercom_table(
        ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
        [
            ["Cycle time", "Request to order", "Speeds delivery", "≤ 10 business days", "Monthly"],
            ["Savings rate", "Reduction on the first quote", "Budget impact", "8–12%", "Quarterly"],
            ["Coverage", "Spend under contract", "Controls leakage", "≥ 85%", "Monthly"],
        ],
    )
    kpis = html_fields("<h2>7) KPIs and Productivity Metrics</h2>" + table)["kpis"]
    assert kpis["columns"] == [
        "Metric name",
        "What it measures",
        "Why it matters",
        "Example target/benchmark",
        "Frequency",
    ]
    assert [row["name"] for row in kpis["rows"]] == ["Cycle time", "Savings rate", "Coverage"]
    assert [row["target"] for row in kpis["rows"]] == ["≤ 10 business days", "8–12%", "≥ 85%"]
    assert [row["frequency"] for row in kpis["rows"]] == ["Monthly", "Quarterly", "Monthly"]
    assert kpis["notes"] == [] and kpis["intro"] == []


def test_synthetic_intercom_tools_table_keeps_every_row() -> None:
    table = _intercom_table(
        ["Category", "Tool, platform, or software", "Primary use", "Common / Optional / Context-specific"],
        [
            ["Source-to-pay", "Coupa / SAP Ariba", "Sourcing events", "Common"],
            ["SaaS management", "Zylo", "SaaS usage and renewals", "Optional"],
            ["Vendor risk", "OneTrust", "Third-party risk", "Context-specific"],
        ],
    )
    tools = html_fields("<h2>10) Tools, Platforms, and Software</h2>" + table)["tools"]
    assert [row["tool_text"] for row in tools["rows"]] == ["Coupa / SAP Ariba", "Zylo", "OneTrust"]
    assert [row["primary_use"] for row in tools["rows"]] == [
        "Sourcing events",
        "SaaS usage and renewals",
        "Third-party risk",
    ]
    assert [row["prevalence"] for row in tools["rows"]] == ["common", "optional", "context_specific"]
    assert tools["notes"] == []


def test_synthetic_intercom_cell_of_two_paragraphs_stays_one_cell() -> None:
    table = _intercom_table(
        ["Dimension", "What meets looks like", "What exceeds looks like"],
        [
            ["Negotiation", "Hits target price", "Trades terms for value"],
            ["Analytics", "Clean models", "Benchmarks with market data"],
            ["Risk", "Follows policy", "Designs proportionate controls"],
        ],
    ).replace("Hits target price", "Hits target price</p></div>" + _PARAGRAPH.format("Keeps standard terms"))
    hiring = html_fields("<h2>19) Hiring Evaluation Criteria</h2><h3>Scorecard dimensions</h3>" + table)["hiring"]
    rows = hiring["scorecard"]["rows"]
    assert [row["dimension"] for row in rows] == ["Negotiation", "Analytics", "Risk"]
    assert "Hits target price" in rows[0]["meets"] and "Keeps standard terms" in rows[0]["meets"]
    assert rows[2]["exceeds"] == "Designs proportionate controls"
    assert hiring["other"] == []


def test_synthetic_presentation_table_holding_a_list_stays_layout() -> None:
    # A list (or a heading, a nested table) in a cell is a layout's column, whatever the header row looks like.
    table = _intercom_table(
        ["Left", "Right"],
        [["Own the plan", "Read weekly"], ["Run the audit", "Read monthly"]],
    ).replace("Own the plan", "<ul><li>Own the regional plan – agree the priorities.</li></ul>")
    fields = html_fields("<h2>3) Core Responsibilities</h2>" + table)
    strings = all_strings(fields["responsibilities"])
    assert any("Own the regional plan" in text for text in strings)
    assert not any(" | " in text for text in strings)


# --- the page ------------------------------------------------------------------------------------------------------


def test_page_kpis_are_the_eleven_table_rows() -> None:
    kpis = unseen_document(_PAGE)["fields"]["kpis"]
    assert len(kpis["rows"]) == 11
    assert kpis["rows"][0]["name"] == "Negotiated savings %"
    assert kpis["rows"][0]["target"] == "8–12% of addressable spend"
    assert kpis["rows"][-1]["name"] == "Stakeholder satisfaction"
    assert kpis["rows"][-1]["frequency"] == "Semi-annual"
    assert "Metric name" not in [note["lead"] for note in kpis["notes"]]


def test_page_tools_are_the_twelve_table_rows() -> None:
    tools = unseen_document(_PAGE)["fields"]["tools"]
    assert [row["tool_text"] for row in tools["rows"]] == [
        "Coupa / SAP Ariba",
        "ServiceNow SAM Pro",
        "Flexera One",
        "Zylo / Vendr",
        "Gartner / Forrester portals",
        "Microsoft Excel",
        "Power BI",
        "DocuSign CLM",
        "ServiceNow ITSM",
        "OneTrust / Prevalent",
        "AWS Cost Explorer / Azure Cost Management",
        "Microsoft Teams",
    ]
    assert tools["rows"][2]["prevalence"] == "context_specific"
    assert tools["notes"] == []


def test_page_hiring_and_final_scorecards_are_tables() -> None:
    fields = unseen_document(_PAGE)["fields"]
    assert [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]] == [
        "Negotiation skill",
        "Licensing expertise",
        "Analytical rigor",
        "Stakeholder management",
        "Risk and compliance",
    ]
    assert fields["hiring"]["other"] == []
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 8
    assert scorecard["role_title"] == "IT Procurement Manager (Technology Sourcing)"
    assert len(scorecard["top_responsibilities"]) == 10
    assert len(scorecard["top_tools"]) == 11
    assert len(scorecard["top_kpis"]) == 5
    assert len(scorecard["career_progression_options"]) == 4
    assert scorecard["notes"] == []


def test_page_full_coverage_and_no_noise() -> None:
    document = unseen_document(_PAGE)
    assert document["quality"]["coverage"] == 1.0
    strings = all_strings(document["fields"]) + all_strings(document["sections"])
    noise = [
        "Book a demo",
        "Spendlytic",
        "free spend health check",
        "Search for articles",
        "Advice and answers",
        "Go to Northpeak",
        "All Collections",
        "Written by",
        "Updated over a week ago",
        "Did this answer your question",
        "Related Articles",
        "How to export a blueprint",
        "Chat with us",
        "We run on Intercom",
        "All rights reserved",
        "Privacy policy",
        "Table of contents",
        "Procurement lifecycle diagram",
        "Deutsch",
        "intercom-interblocks",
        "&amp;",
        "<",
    ]
    assert [word for word in noise if any(word in text for text in strings)] == []
