"""Synthetic snippets modelled on unseen pages of the family: an article saved as PDF by a site's "Download
PDF" plugin and read back with ``pdftotext -layout`` (lines keep their horizontal position, the body at a
left margin, a running header and footer, grid tables as space-aligned columns with a blank line between
rows, items with a hanging indent)."""

from __future__ import annotations

import textwrap

from pipeline import extract
from pipeline.dumps import _table_rows, unwrap_dump

_MARGIN = "     "
_WORDS = (
    "The officer interprets laws and supervisory expectations, turns them into workable policies and "
    "controls, and tests that the business follows them across products, channels and markets. "
)


def _paragraph() -> list[str]:
    return textwrap.wrap(_WORDS * 8, 86)


def _layout_page(body: list[str]) -> str:
    """A pdftotext -layout page: masthead and title further left, the body at a margin, one form feed."""
    lines = [
        "1) Role Summary",
        "",
        *_paragraph(),
        "",
        *_paragraph(),
        "",
        "2) Role Mission",
        "",
        *_paragraph(),
        "",
        *body,
    ]
    top = ["  Example Hub                                      https://hub.example.org", "", ""]
    top += ["  Compliance Officer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path", ""]
    return "\n".join(top + [_MARGIN + line if line else "" for line in lines]) + "\n\f"


def test_the_body_margin_is_removed_so_numbered_headings_start_at_column_0() -> None:
    text = unwrap_dump(_layout_page([]))
    assert "\n1) Role Summary\n" in text and "\n2) Role Mission\n" in text
    assert text.startswith("Example Hub ")
    assert "\nCompliance Officer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n" in text
    (extraction,) = extract(_layout_page([]).encode(), name="page.txt")
    fields = extraction.document["fields"]
    assert len(fields["role_summary"]["paragraphs"]) == 2
    assert fields["role_summary"]["paragraphs"][0] == " ".join(_paragraph())


def test_a_terminal_dump_keeps_its_indentation() -> None:
    """A terminal browser's dump (no form feed: no printed page) is read at the indentation it has."""
    lines = ["   Role Summary", "", *("   " + line for line in _paragraph()), "", "   Role Mission", "", "   Short."]
    assert unwrap_dump("\n".join(lines) + "\n").split("\n")[:3] == [
        "   Role Summary",
        "",
        "   " + " ".join(_paragraph()),
    ]


_HANGING_ITEMS = [
    "Typical interaction teams:",
    "•   Business lines: Retail Banking, Commercial and Corporate Banking, Wealth",
    "    Management, Treasury and Markets",
    "•   Legal, Internal Audit, Operational Risk",
    "",
    "3) Core Responsibilities",
    "",
    "Strategic responsibilities",
    "1.  Maintain the compliance risk assessment for the covered business",
    "    – Identify inherent risks, rate control design, and agree residual risk with the",
    "      business annually.",
    "2.  Translate regulatory change into impact assessments",
    "    – Track new rules and map them to products.",
]


def test_items_with_a_hanging_indent_are_items_not_two_column_tables() -> None:
    text = unwrap_dump(_layout_page(_HANGING_ITEMS))
    assert "|" not in text
    assert (
        "•   Business lines: Retail Banking, Commercial and Corporate Banking, Wealth Management, Treasury and Markets\n"
        "•   Legal, Internal Audit, Operational Risk\n"
    ) in text
    assert (
        "1.  Maintain the compliance risk assessment for the covered business\n"
        "    – Identify inherent risks, rate control design, and agree residual risk with the business annually.\n"
        "2.  Translate regulatory change into impact assessments\n"
    ) in text
    (extraction,) = extract(_layout_page(_HANGING_ITEMS).encode(), name="page.txt")
    items = extraction.document["fields"]["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        (
            "Maintain the compliance risk assessment for the covered business",
            "Identify inherent risks, rate control design, and agree residual risk with the business annually.",
        ),
        ("Translate regulatory change into impact assessments", "Track new rules and map them to products."),
    ]


def test_a_table_whose_first_column_holds_words_stays_a_table() -> None:
    table = ["Tool        Use", "Jira        Backlog and sprint tracking", "1Password   Shared credentials"]
    assert "| Tool | Use |\n| --- | --- |\n| Jira | Backlog and sprint tracking |\n" in unwrap_dump(_layout_page(table))


_FOOTER = "https://hub.example.org/compliance-officer/                       Page {n} of 3"
_HEADER = "Compliance Officer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"


def _printed(pages: list[list[str]]) -> str:
    """Pages of a layout body, each closed by the footer, a form feed and the next page's running header."""
    out = []
    for n, lines in enumerate(pages, 1):
        body = [_MARGIN + line if line else "" for line in lines]
        out.append("\n".join(body) + "\n\n\n  " + _FOOTER.format(n=n) + "\f  " + _HEADER + "\n")
    return _layout_page([]) + "\n".join(out)


_GRID = [
    "7) KPIs and Productivity Metrics",
    "",
    "Metric name          What it measures       Example target /     Frequency",
    "                                            benchmark",
    "",
    "Monitoring plan      % of planned           ≥ 95% of reviews     Quarterly",
    "completion           monitoring reviews     completed in plan",
    "",
    "Advisory             Average days to        ≤ 3 business days    Monthly",
    "turnaround           respond",
    "",
    "Self-identified      Share of issues        > 70% self-          Annual",
    "issue ratio          found by compliance    identified",
]


def _row(n: int) -> list[str]:
    return [f"Metric {n}             Share of cases         Below {n}%             Monthly", ""]


def test_a_grid_table_with_a_blank_line_between_rows_is_one_table_across_page_breaks() -> None:
    """A page break inside a row joins its lines; one between rows leaves no blank line: the row's start opens it."""
    pages = [
        [*_paragraph(), "", *_GRID, "                     vs audit or"],
        ["                     regulator", "", *(line for n in range(1, 9) for line in _row(n))],
        ["Training             % of staff             ≥ 98%                Quarterly", "completion           trained"],
    ]
    pages[2] += ["", "Notes: a rising count can be a good sign.", "", *_paragraph()]
    text = unwrap_dump(_printed(pages))
    assert "Page" not in text and "\f" not in text
    assert (
        "| Metric name | What it measures | Example target / benchmark | Frequency |\n"
        "| --- | --- | --- | --- |\n"
        "| Monitoring plan completion | % of planned monitoring reviews | ≥ 95% of reviews completed in plan | Quarterly |\n"
        "| Advisory turnaround | Average days to respond | ≤ 3 business days | Monthly |\n"
        "| Self-identified issue ratio | Share of issues found by compliance vs audit or regulator "
        "| > 70% self-identified | Annual |\n"
        "| Metric 1 | Share of cases | Below 1% | Monthly |\n"
    ) in text
    assert (
        "| Metric 8 | Share of cases | Below 8% | Monthly |\n"
        "| Training completion | % of staff trained | ≥ 98% | Quarterly |\n"
        "\n"
        "Notes: a rising count can be a good sign.\n"
    ) in text
    (extraction,) = extract(_printed(pages).encode(), name="page.txt")
    rows = extraction.document["fields"]["kpis"]["rows"]
    assert len(rows) == 12
    assert [(row["name"], row["target"]) for row in rows[2:4] + rows[-1:]] == [
        ("Self-identified issue ratio", "> 70% self-identified"),
        ("Metric 1", "Below 1%"),
        ("Training completion", "≥ 98%"),
    ]


def test_one_line_grid_rows_are_rows() -> None:
    grid = ["Item              Summary", "", "Role title        Compliance Officer", "", "Role purpose      Keep"]
    grid += ["                  the bank within its risk appetite.", "", "Closing words of the page."]
    assert (
        "| Item | Summary |\n| --- | --- |\n| Role title | Compliance Officer |\n"
        "| Role purpose | Keep the bank within its risk appetite. |\n\nClosing words of the page.\n"
    ) in unwrap_dump(_layout_page(grid))


def test_runs_whose_cells_start_elsewhere_are_no_grid_rows() -> None:
    """Two aligned runs after a blank line are read one by one, as before: a grid needs two rows under its header."""
    runs = ["Tool        Use", "Jira        Backlog", "", "Slack       Chat", "Zoom        Calls", ""]
    runs += ["Owner   Approver   Note", "", "A line of prose after them."]
    text = unwrap_dump(_layout_page(runs))
    assert (
        "| Tool | Use |\n| --- | --- |\n| Jira | Backlog |\n\n| Slack | Chat |\n| --- | --- |\n| Zoom | Calls |\n"
        in text
    )
    assert "Owner   Approver   Note" in text


def test_a_cell_wrapped_at_its_hyphen_joins_without_a_space() -> None:
    tools = ["Category          Tool                 Prevalence", "", "Surveillance      Behavox / Global     Context-"]
    tools += ["                  Relay                specific", "", "Data              Excel                Common"]
    assert "| Surveillance | Behavox / Global Relay | Context-specific |\n" in unwrap_dump(_layout_page(tools))
    run = ["Tool        Category    Common / Optional / Context-", "                        specific"]
    run += ["NetSuite    ERP         Common"]
    assert _table_rows(run) == [
        ["Tool", "Category", "Common / Optional / Context-specific"],
        ["NetSuite", "ERP", "Common"],
    ]


def test_a_heading_that_opens_a_printed_page_does_not_join_the_item_before_the_break() -> None:
    last = "•   Be recognised by the business as the first point of contact for compliance advice."
    pages = [
        [*_paragraph(), "", "6-month milestones", *[last] * 14],
        ["", "12-month objectives", "•   Deliver the plan."],
    ]
    pages[1] += ["", *_paragraph()]
    text = unwrap_dump(_printed([*pages, _paragraph()]))
    assert f"{last}\n12-month objectives\n•   Deliver the plan.\n" in text


def test_an_item_cut_by_a_page_break_reads_on_at_its_text_column() -> None:
    pages = [[*_paragraph(), "", "Goals", *["•   Keep the register current."] * 14, "•   Own the catalogue of data"]]
    pages += [["    Elements and the rules that govern them.", "", *_paragraph()], _paragraph()]
    text = unwrap_dump(_printed(pages))
    assert "•   Own the catalogue of data Elements and the rules that govern them.\n" in text


def test_a_known_table_header_under_a_hanging_item_starts_the_table() -> None:
    """At an item's text column a line continues the item, unless it is a known table's header line."""
    prose = "This is a long line of prose that sits here to make the page look like a dump of some width.\n" * 3
    table = "     Category Tools Primary use Prevalence\n     Ticketing Jira Tracking Common\n"
    dump = prose + "\n   * Track the tools the team uses every day\n" + table
    assert unwrap_dump(dump).endswith("   * Track the tools the team uses every day\n" + table)
