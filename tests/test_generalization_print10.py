"""Synthetic snippets modelled on unseen pages of the family: a browser's "Print / Save as PDF" run
through pdftotext (running header and footer on each printed page, form feeds, a ragged right margin)."""

from __future__ import annotations

from pipeline import extract
from pipeline.dumps import _table_rows, unwrap_dump
from pipeline.header import role_title_from
from pipeline.mojibake import Repair, repair_text

_HEADER = "12/6/26, 6:41 AM                Data Steward – Role Blueprint | Example Hub"
_FOOTER = "https://example.org/roles/data-steward/                                   {n}/4"


def _printed(pages: list[list[str]]) -> str:
    """The pages as pdftotext writes a print: header on top, footer with the page counter, a form feed between."""
    out = []
    for n, lines in enumerate(pages, 1):
        out.append(("\f" if n > 1 else "") + _HEADER + "\n\n" + "\n".join(lines) + "\n\n" + _FOOTER.format(n=n))
    return "\n".join(out) + "\n"


def _filler(k: int) -> list[str]:
    return [f"  • Item {k}.{j} keeps the register of data owners current." for j in range(16)]


def test_running_header_and_footer_are_dropped_and_a_paragraph_reads_across_the_page_break() -> None:
    pages = [
        _filler(1) + ["  • Owns the catalogue of critical data elements and the rules that govern"],
        ["    them across systems.", *_filler(2)],
        _filler(3),
        _filler(4),
    ]
    text = unwrap_dump(_printed(pages))
    assert "Example Hub" not in text and "example.org" not in text and "\f" not in text
    item = "  • Owns the catalogue of critical data elements and the rules that govern them across systems.\n"
    assert item in text
    assert text.count("keeps the register") == 64


def test_lines_repeated_away_from_page_edges_are_kept() -> None:
    """A label repeated through the article, or numbered headings a few lines apart, are no running lines."""
    body = []
    for n in range(1, 5):
        body += [f"Phase {n} review", "", "Why it matters:", "  • The close depends on it and on the", "    team."]
        body.append("")
    text = unwrap_dump("\n".join(body * 3) + "\n")
    assert text.count("Why it matters:") == 12
    assert text.count("Phase 2 review") == 3


def test_a_table_printed_over_two_pages_keeps_one_header_row() -> None:
    table = ["Category                  Executive summary", "Role title                Data Steward"]
    pages = [
        [*_filler(1), "", *table],
        ["Category                  Executive summary", "Top KPIs and measures     Days to close", "", *_filler(2)],
        _filler(3),
    ]
    text = unwrap_dump(_printed(pages).replace("/4", "/3"))
    rows = "| Category | Executive summary |\n| --- | --- |\n| Role title | Data Steward |\n"
    assert rows + "| Top KPIs and measures | Days to close |\n" in text


def test_a_print_header_is_no_role_title() -> None:
    """A print's running header, "<date>, <time>   <page title>", names the role after its stamp."""
    page = (
        "12/6/26, 6:41 AM        Data Steward – Role Blueprint | Example Hub\n\n"
        "1) Role Summary\n\nThe Data Steward keeps the data catalogue.\n\n"
        "2) Role Mission\n\nCore mission:\nMake data trustworthy.\n\n"
        "3) Core Responsibilities\n\nStrategic responsibilities\n  1. Own the catalogue\n     – Plan it.\n"
    )
    (extraction,) = extract(page.encode(), name="print.txt")
    assert extraction.document["role"]["title"] == "Data Steward"


def test_a_title_with_a_date_of_its_own_keeps_it() -> None:
    """Only a date with a time, apart from the title, is a print's stamp."""
    assert role_title_from("2026 Data Steward: Role Blueprint, Responsibilities") == "2026 Data Steward"


def _ragged(lines: list[str]) -> str:
    """A pdftotext page: lines that break anywhere short of the widest (a proportional font), ~90 columns."""
    filler = "  • The controller keeps the monthly close on a predictable calendar for the whole team."
    return "\n".join([filler] * 24 + [""] + lines) + "\n"


def test_ragged_lines_that_stop_mid_sentence_join_their_continuation() -> None:
    text = unwrap_dump(
        _ragged(
            [
                "Financial Controller: Role Blueprint, Responsibilities, Skills, KPIs, and",
                "Career Path",
                "",
                "  1. Own the close and reporting roadmap",
                "     – Set a multi-quarter plan to shorten the close, reduce manual journals, and move",
                "       from period-end to continuous accounting.",
                "  • Unqualified audit opinions with no material weaknesses or significant defi-",
                "    ciencies.",
            ]
        )
    )
    assert text.endswith(
        "\nFinancial Controller: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "  1. Own the close and reporting roadmap\n"
        "     – Set a multi-quarter plan to shorten the close, reduce manual journals, and move from period-end"
        " to continuous accounting.\n"
        "  • Unqualified audit opinions with no material weaknesses or significant deficiencies.\n"
    )


def test_lines_that_end_a_clause_or_are_short_stay_apart() -> None:
    lines = [
        "Core mission:",
        "deliver accurate numbers through a well-controlled close and reporting process.",
        "Typical reporting line",
        "reports to the CFO.",
        "A paragraph that stops short of the margin without its full stop",
        "Another paragraph, starting with a capital after a line of full width.",
    ]
    assert unwrap_dump(_ragged(lines)).endswith("\n\n" + "\n".join(lines) + "\n")


def test_ligatures_are_spelled_out_and_counted_as_repairs() -> None:
    text, repairs = repair_text("Late \ufb01nancing approvals, \ufb02ux reviews and o\ufb03ce \ufb01les.")
    assert text == "Late financing approvals, flux reviews and office files."
    assert repairs == [Repair("\ufb01", "fi", 2), Repair("\ufb02", "fl", 1), Repair("\ufb03", "ffi", 1)]


def test_a_ligature_standing_alone_stays() -> None:
    text, repairs = repair_text("The \ufb01 ligature, as in \ufb01le.")
    assert (text, repairs) == ("The \ufb01 ligature, as in file.", [Repair("\ufb01", "fi", 1)])


def test_a_one_line_table_row_with_full_cells_does_not_absorb_the_next() -> None:
    run = [
        "Dimension                 Weight    What “meets” looks like                       What “exceeds” looks like",
        "Close leadership          20%       Has run a reliable close with clear           Has cut close time materially",
        "                                    ownership                                     with sustained quality",
        "Internal controls         20%       Understands control design and remediation    Has built an ICFR program or",
        "Systems and automation    10%       Competent ERP and close tool user             Has led tool selection",
    ]
    assert _table_rows(run) == [
        ["Dimension", "Weight", "What “meets” looks like", "What “exceeds” looks like"],
        [
            "Close leadership",
            "20%",
            "Has run a reliable close with clear ownership",
            "Has cut close time materially with sustained quality",
        ],
        ["Internal controls", "20%", "Understands control design and remediation", "Has built an ICFR program or"],
        ["Systems and automation", "10%", "Competent ERP and close tool user", "Has led tool selection"],
    ]


def test_a_wrapped_cell_that_reads_on_with_a_capital_still_joins_its_row() -> None:
    run = [
        "Tool        Category    Common / Optional /",
        "                        Context-specific",
        "NetSuite    ERP         Common",
    ]
    assert _table_rows(run) == [
        ["Tool", "Category", "Common / Optional / Context-specific"],
        ["NetSuite", "ERP", "Common"],
    ]


_WRAPPED_TITLE_PAGE = """Financial Controller: Role Blueprint, Responsibilities, Skills, KPIs, and
Career Path

1) Role Summary

The Financial Controller owns the close.

2) Role Mission

Core mission:
Deliver accurate numbers.

{heading}

Common feeder roles into this role
  • Assistant Controller → Financial Controller

Next likely roles after this role
  • VP Finance
"""


def test_a_page_title_wrapped_before_a_section_name_opens_no_section() -> None:
    (extraction,) = extract(
        _WRAPPED_TITLE_PAGE.format(heading="15) Career Path and Progression").encode(), name="p.txt"
    )
    career = extraction.document["fields"]["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == ["Assistant Controller"]
    assert [role["name"] for role in career["next_roles"]] == ["VP Finance"]
    assert not any("more than once" in warning for warning in extraction.warnings)


def test_a_section_title_after_a_line_ending_with_a_full_stop_opens_its_section() -> None:
    page = _WRAPPED_TITLE_PAGE.replace("KPIs, and\nCareer Path", "KPIs, and Career Path").format(heading="")
    page = page.replace("Deliver accurate numbers.\n", "Deliver accurate numbers.\nCareer Path\n")
    (extraction,) = extract(page.encode(), name="p.txt")
    assert [role["name"] for role in extraction.document["fields"]["career_path"]["next_roles"]] == ["VP Finance"]


_TEASER_PAGE = """Data Steward: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

1) Role Summary

The Data Steward keeps the data catalogue.

2) Role Mission

Core mission:
Make data trustworthy.

20) Final Role Scorecard Summary

Role title: Data Steward
Role purpose: keep the data catalogue trustworthy.

{tail}
"""


def test_related_titles_printed_as_plain_lines_are_no_notes() -> None:
    tail = (
        "Data Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
        "Data Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    )
    (extraction,) = extract(_TEASER_PAGE.format(tail=tail).encode(), name="p.txt")
    assert "Role Blueprint" not in str(extraction.document["fields"]["scorecard"])


def test_a_single_titled_line_after_the_article_is_no_teaser_list() -> None:
    tail = "Data Engineer: Role Blueprint is the companion page for the platform side of this work.\n"
    (extraction,) = extract(_TEASER_PAGE.format(tail=tail).encode(), name="p.txt")
    assert extraction.document["fields"]["scorecard"]["notes"][-1] == tail.strip()


def test_a_word_broken_at_a_line_end_hyphen_is_joined_whole_and_a_compound_keeps_its_hyphen() -> None:
    text = unwrap_dump(
        _ragged(
            [
                "  • Executives act on the Controller’s explanations of the monthly close without follow-",
                "    up meetings, and leadership trusts the numbers without re-",
                "    checking them or asking for the supporting schedules; the financial state-",
                "    ments are issued on time, and every follow up is tracked.",
            ]
        )
    )
    assert text.endswith(
        "  • Executives act on the Controller’s explanations of the monthly close without follow-up meetings,"
        " and leadership trusts the numbers without re-checking them or asking for the supporting schedules;"
        " the financial statements are issued on time, and every follow up is tracked.\n"
    )
