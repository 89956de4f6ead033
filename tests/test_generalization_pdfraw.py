"""Synthetic snippets modelled on unseen pages of the family: a site's "Download PDF" converted back by
``pdftotext`` without ``-layout`` (lines wrapped at the PDF's column in a proportional font, no blank line
between paragraphs, short bullets and tables one cell a line, a running header after each page's form feed
and a footer before it)."""

from __future__ import annotations

import json

from pipeline import extract
from pipeline.dumps import is_terminal_dump, running_lines, unwrap_dump

_SITE = "LabAtlas — Role Blueprints"
_ROLE = "Histotechnologist (Histology Technician)"


def _pdftotext(pages: list[list[str]]) -> str:
    """The pages as pdftotext writes them: the running header on every page but the first, a footer with the
    page counter and the URL, and a form feed ending each page."""
    out = []
    for n, lines in enumerate(pages, 1):
        head = [_SITE, _ROLE, ""] if n > 1 else []
        out.append("\n".join(head + lines + ["", f"Page {n} of {len(pages)}", "https://labatlas.example.com/histo/", ""]))
    return "\f".join(out) + "\f"


def _bullets(k: int) -> list[str]:
    """Short lines, as a print's bullets are: what keeps most lines away from the column's width."""
    return [f"• Stain batch {k}.{j} checked." for j in range(14)]


_PAGES = [
    [
        "Histotechnologist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "1) Role Summary",
        "The Histotechnologist prepares tissue specimens for microscopic diagnosis, from grossing",
        "support through processing, embedding, sectioning and staining, so that pathologists can",
        "read slides of consistent quality.",
        *_bullets(1),
        "3) Core Responsibilities",
        "Operational responsibilities",
        "1. Section and stain tissue blocks",
        "– Cut paraffin sections at the thickness the protocol sets and flag folds or chatter to the",
        "lead.",
        "2. Maintain the processors",
        "– Change reagents on schedule and log every rotation in the maintenance record so audits find",
        "no gaps.",
        "Technical responsibilities",
        "1. Validate special stains",
    ],
    [
        "– Run control tissue with each batch of special stains and record the result before releasing",
        "slides.",
        "4) Day-to-Day Activities",
        *_bullets(2),
        "• Holds an accredited post-baccalaureate histotechnology certi-",
    ],
    [
        "ficate program or equivalent experience.",
        *_bullets(3),
        "20) Final Role Scorecard Summary",
        "Role title",
        _ROLE,
        "",
        "Role purpose",
        "Slides of consistent quality, on time.",
    ],
    _bullets(4),
]
_PAGE = _pdftotext(_PAGES)


def test_a_pdftotext_page_with_form_feeds_is_read_as_wrapped_text() -> None:
    """Few lines reach the column's width (short bullets), but each page's form feed says a print."""
    assert is_terminal_dump(_PAGE)
    text = unwrap_dump(_PAGE)
    assert (
        "The Histotechnologist prepares tissue specimens for microscopic diagnosis, from grossing support through"
        " processing, embedding, sectioning and staining, so that pathologists can read slides of consistent"
        " quality.\n" in text
    )
    assert (
        "– Run control tissue with each batch of special stains and record the result before releasing slides.\n"
        in text
    )
    # A word the typesetter broke at the page's end, a running header and footer between its halves.
    assert "• Holds an accredited post-baccalaureate histotechnology certificate program or equivalent experience.\n" in text


def test_a_heading_after_a_line_ending_a_sentence_stays_a_heading() -> None:
    """pdftotext writes no blank line between paragraphs: a short unpunctuated line after a sentence's end,
    however full the line, is a heading, not the detail's next words."""
    text = unwrap_dump(_PAGE)
    assert "no gaps.\nTechnical responsibilities\n" in text
    assert "flag folds or chatter to the lead.\n2. Maintain the processors\n" in text
    items = extract(_PAGE.encode(), name="histo.txt")[0].document["fields"]["responsibilities"]["items"]
    assert [(item["category"], item["title"]) for item in items] == [
        ("operational", "Section and stain tissue blocks"),
        ("operational", "Maintain the processors"),
        ("technical", "Validate special stains"),
    ]


def test_running_header_is_dropped_at_page_edges_but_kept_as_a_scorecard_cell() -> None:
    """The role-title header repeats after each form feed and once more inside the page, as a cell: the copies
    at the pages' edges run, the cell stays."""
    text = unwrap_dump(_PAGE)
    assert _SITE not in text and "Page 2 of 4" not in text and "labatlas.example.com" not in text
    assert text.count(_ROLE) == 1
    assert f"Role title\n{_ROLE}\n" in text


def test_a_line_repeated_at_a_few_page_edges_only_is_no_running_header() -> None:
    """A line that sits at the edges of fewer than half the pages (a subsection's heading a page happens to
    open with) is content, wherever else it repeats."""
    pages = [[f"Line {n}.{j} of the body." for j in range(16)] for n in range(1, 9)]
    for n in (1, 3, 5):
        pages[n].insert(0, "Weekly activities")
    for n in (0, 2, 4, 6):
        pages[n].insert(8, "Weekly activities")
    lines = "\f".join("\n".join(page) + "\n" for page in pages).split("\n")
    assert not any(lines[i] == "Weekly activities" for i in running_lines(lines))


def test_one_stray_form_feed_does_not_make_a_text_page_a_print() -> None:
    """A text page of short lines holding a single form feed (a pasted page break) is no print."""
    text = "\n".join(_bullets(1) + ["\f"] + _bullets(2) + ["A line of prose that runs on a little further.", "next."])
    assert not is_terminal_dump(text)


_TITLE = "Histotechnologist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n1) Role Summary\nA role.\n"
_KPI_HEADER = "Metric\nWhat it measures\nExample target\nFrequency\nWhy it matters\n\n"
_KPI_ROW = "Block rejection rate\nBlocks recut as a share of blocks cut\n< 2%\nMonthly\nRecuts delay diagnosis\n"


def _kpis(body: str) -> dict:
    return extract((_TITLE + "7) KPIs and Productivity Metrics\n" + body).encode(), name="histo.txt")[0].document[
        "fields"
    ]["kpis"]


def test_a_table_cell_wrapped_onto_a_second_line_is_joined() -> None:
    """A row written one cell a line, a long cell wrapped onto a second line (in lowercase): one row all the same."""
    row = "Slide turnaround\nHours from grossing to slides delivered for routine\nbiopsies\n90% within 24 hours\nDaily\nDrives diagnosis time\n"
    kpis = _kpis(_KPI_HEADER + row + "\n" + _KPI_ROW)
    assert [(r["name"], r["what_it_measures"], r["target"]) for r in kpis["rows"]] == [
        ("Slide turnaround", "Hours from grossing to slides delivered for routine biopsies", "90% within 24 hours"),
        ("Block rejection rate", "Blocks recut as a share of blocks cut", "< 2%"),
    ]


def test_a_row_with_an_extra_line_that_reads_on_from_none_ends_the_table() -> None:
    """One line more than the cells, none continuing the line above (a capital after a whole cell): no row is
    guessed, the table ends before it."""
    row = "Slide turnaround\nHours to slides\nDelivered daily\n90% within 24 hours\nDaily\nDrives diagnosis time\n"
    kpis = _kpis(_KPI_HEADER + _KPI_ROW + "\n" + row)
    assert [r["name"] for r in kpis["rows"]] == ["Block rejection rate"]


def test_a_table_header_right_under_its_intro_sentence() -> None:
    """No blank line between the intro's last sentence and the header's first column name."""
    kpis = _kpis("Targets below are typical for an accredited\nhistology laboratory.\n" + _KPI_HEADER + _KPI_ROW)
    assert [r["name"] for r in kpis["rows"]] == ["Block rejection rate"]
    assert kpis["intro"] == ["Targets below are typical for an accredited", "histology laboratory."]


def test_a_column_name_under_a_line_that_ends_no_sentence_opens_no_table() -> None:
    """A line reading on into a column name ("…tracked by" / "Metric") is no table's header."""
    kpis = _kpis("Each target is tracked by\n" + _KPI_HEADER + _KPI_ROW)
    assert kpis["rows"] == []


def test_two_rows_a_page_break_left_without_a_blank_line_are_two_rows() -> None:
    """Running header and footer removed between two rows took the blank line between them: a block of twice
    the header's lines holds two rows."""
    row = "Slide turnaround\nHours from grossing to slides delivered\n90% within 24 hours\nDaily\nDrives diagnosis time\n"
    kpis = _kpis(_KPI_HEADER + _KPI_ROW + row + "\n" + _KPI_ROW.replace("Block", "Cassette"))
    assert [r["name"] for r in kpis["rows"]] == ["Block rejection rate", "Slide turnaround", "Cassette rejection rate"]


def test_a_two_column_row_of_four_lines_is_not_split_into_two_rows() -> None:
    """Under a two-column header, four lines may be one row whose cell wrapped: no second row is made of them."""
    body = (
        "20) Final Role Scorecard Summary\nCategory\nSummary\n\nRole title\nHistotechnologist\n\n"
        "Top tools\nLeica processors, Sakura\nembedders, Ventana stainers\nand LIS\n"
    )
    scorecard = extract((_TITLE + body).encode(), name="histo.txt")[0].document["fields"]["scorecard"]
    assert [row["label"] for row in scorecard["rows"]] == ["Role title"]


def test_a_scorecard_printed_cell_by_cell_is_not_cut_with_the_ad_under_it() -> None:
    # pdftotext writes a two-column scorecard label over value, one line each; an ad's short lines follow. Read as
    # one run of short lines with the ad, its last rows went with it; the labels now keep them on the article's side.
    rows = "\n".join(
        f"{label}\n{value}"
        for label, value in [
            ("Role title", "Clinical Laboratory Scientist"),
            ("Top KPIs", "STAT TAT, critical value compliance"),
            ("Main deliverables", "Verified results, QC records, validation reports"),
            ("Main goals", "Independent practice by 90 days"),
            ("Career progression options", "Senior CLS, Technical Specialist"),
        ]
    )
    ad = "Find Reliable Home Solar Installers\nCompare certified rooftop solar installers near you.\nGet Free Solar Quotes"
    page = (
        "Clinical Laboratory Scientist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "1) Role Summary\n\nThe Clinical Laboratory Scientist runs and verifies laboratory tests for patient care.\n\n"
        "2) Role Mission\n\nCore mission: accurate, timely results that clinicians can trust.\n\n"
        "7) KPIs and Productivity Metrics\n\n- STAT turnaround time\n- Critical value compliance\n\n"
        f"20) Final Role Scorecard Summary\n\n{rows}\n\n{ad}\n"
    )
    (extraction,) = extract(page.encode(), name="print.txt")
    dumped = json.dumps(extraction.document["fields"]["scorecard"])
    assert "Independent practice by 90 days" in dumped and "Senior CLS, Technical Specialist" in dumped
    assert "Solar" not in dumped
