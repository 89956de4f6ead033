"""A PDF shown as pdf2htmlEX's HTML on a document-sharing site, from a twenty-ninth round of unseen pages.

pdf2htmlEX sets every printed line as an absolutely positioned ``<div class="t x.. y.. fs..">`` inside
``<div id="page-container">``, one ``<div class="pf" data-page-no="N">`` per PDF page, places and sizes in the
page's CSS. Words are often apart by empty spacing spans (``<span class="_ _1"></span>``) rather than spaces, a
table's cells are divs on one baseline, or one div with wide spacing spans between them; every page repeats its
header and footer; words break at hyphens. Read as HTML, the spans glued words ("4)Day-to-Day Activities": nine
sections lost), every printed line was a paragraph and the tables were lines. The page-container is now laid
out as pdftotext -layout prints a PDF and read as such a print is. The snippets are synthetic, modelled on the
page (a quality assurance specialist's blueprint), which is frozen below as tests/unseen/*.synthetic.html with
its answer key.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import Extraction, extract
from pipeline.htmlblocks import html_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = UNSEEN / "quality-assurance-specialist-pdf2htmlex.synthetic.html"

# The page's CSS as pdf2htmlEX writes it: the font set 4x larger and scaled down by its matrix, x and y classes in
# px, spacing spans by width (._1 a word's space, ._3 a cell's gap) or by a negative margin (._0); then the
# print rules in pt, which must not override the screen's.
_CSS = (
    ".m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}"
    ".fs0{font-size:40.000000px;}.fs1{font-size:56.000000px;}.fs2{font-size:30.000000px;}.fs3{font-size:34.000000px;}"
    "._0{margin-left:-1.104000px;}._1{width:3.712000px;}._3{width:14.400000px;}"
    ".x1{left:99.211000px;}.x2{left:116.218600px;}.x3{left:136.060800px;}.x4{left:138.895400px;}"
    ".x5{left:680.304000px;}.x6{left:153.068400px;}.x7{left:238.106400px;}.x8{left:377.001800px;}"
    ".x9{left:515.897200px;}.xa{left:654.792600px;}"
    "@media print{.x1{left:70.000000pt;}.x7{left:168.000000pt;}}"
)
_SIZES = {"fs0": 10.0, "fs1": 14.0, "fs2": 7.5, "fs3": 8.5}  # on the page, after the matrix
_PAGE_TOP = 1100.0

# A printed line: its font class and its divs, each (x class, inner HTML).
Row = tuple[str, list[tuple[str, str]]]


def _line(x: str, markup: str, font: str = "fs0") -> Row:
    return font, [(x, markup)]


def _pdf2htmlex(pages: list[list[Row]], chrome: str = "") -> bytes:
    """A pdf2htmlEX page: the site's chrome, then each PDF page's rows top down, every row's divs on one baseline
    (its y class), a running header on top and a "Page N of M" footer at the foot beside a copyright line."""
    ys: list[float] = []
    body: list[str] = []
    for number, rows in enumerate(pages, 1):
        bottom = _PAGE_TOP
        rows = [_line("x1", "RoleMap — Test Role blueprint", "fs2"), *rows]
        divs = []
        for font, cells in rows:
            bottom -= 1.87 * _SIZES[font] * (1.6 if font == "fs1" else 1.0)
            ys.append(bottom)
            y = f"y{len(ys):x}"
            divs += [f'<div class="t m0 {x} h2 {y} ff1 {font} fc0 sc0 ls0 ws0">{markup}</div>' for x, markup in cells]
        ys.append(60.0)
        footer = f"y{len(ys):x}"
        counter = f"Page {number}{_GAP}of {len(pages)}"
        divs.append(f'<div class="t m0 x5 h6 {footer} ff1 fs2">{counter}</div>')
        divs.append(f'<div class="t m0 x1 h6 {footer} ff1 fs2">© 2025 RoleMap. Licensed for personal use.</div>')
        body.append(
            f'<div id="pf{number:x}" class="pf w0 h0" data-page-no="{number}"><div class="pc pc{number:x} w0 h0">'
            f'<img class="bi x0 y0 w1 h1" alt="" src="bg{number}.png"/>{"".join(divs)}</div></div>'
        )
    css = _CSS + "".join(f".y{k:x}{{bottom:{y:.6f}px;}}" for k, y in enumerate(ys, 1))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><meta name="generator" content="pdf2htmlEX"/>'
        "<title>Test-Role-Blueprint.pdf | DocuShelf</title>"
        '<link rel="canonical" href="https://docs.example/doc/1/Test-Role-Blueprint"/>'
        f'<style type="text/css">{css}</style></head><body>{chrome}'
        f'<div id="page-container">{"".join(body)}</div></body></html>'
    ).encode("utf-8")


_GAP = '<span class="_ _1"></span>'  # a word's space, set as a span
_CELL = '<span class="_ _3"></span>'  # a table cell's gap within one div
_KERN = '<span class="_ _0"></span>'  # a negative offset between words

_BULLETS = [f"•{_CELL}Item{_GAP}number {n} of{_KERN}the list." for n in range(1, 7)]

_PAGES: list[list[Row]] = [
    [
        _line("x1", f"Test Role: Role Blueprint,{_GAP}Responsibilities", "fs1"),
        _line("x1", f"1){_GAP}Role Summary", "fs1"),
        _line("x1", f"The Test Role reviews{_GAP}records and drives devia-"),
        _line("x1", f"tion and{_GAP}CAPA investigations to closure across the site."),
        _line("x1", "Role horizon: Current (an established role)."),
        _line("x1", f"2){_KERN}Role Mission", "fs1"),
        _line("x1", "Core mission:"),
        _line("x1", "Assure that every batch meets its requirements."),
        _line("x1", f"4){_KERN}Day-to-Day{_GAP}Activities", "fs1"),
        _line("x1", "Daily activities"),
        *[_line("x2", bullet) for bullet in _BULLETS[:3]],
        _line("x2", f"•{_CELL}Walk the manufacturing floor: check line clearance, status labels, logbooks and"),
        _line("x3", "gowning behaviour."),
        *[_line("x2", bullet) for bullet in _BULLETS[3:]],
        _line("x1", "Weekly activities"),
        *[_line("x2", bullet) for bullet in _BULLETS],
    ],
    [
        _line("x1", f"7){_GAP}KPIs and Productivity{_GAP}Metrics", "fs1"),
        _line("x1", "Targets below are typical of a mid-size site."),
        ("fs3", [("x1", "Metric name"), ("x7", "What it measures"), ("x8", "Why it matters"), ("x9", "Example"),
                 ("xa", "Frequency")]),
        ("fs3", [("x9", "target/benchmark")]),
        ("fs3", [("x1", "Batch record review"), ("x7", "Days from batch"), ("x8", "Drives on-time"),
                 ("x9", "≤ 5 working days"), ("xa", "Weekly")]),
        ("fs3", [("x1", "cycle time"), ("x7", "completion to QA"), ("x8", "disposition"),
                 ("x9", "for 95% of batches")]),
        ("fs3", [("x1", "Deviation closure"), ("x7", f"%{_GAP}of deviations"), ("x8", "Open deviations"),
                 ("x9", "≥ 90%"), ("xa", "Monthly")]),
        ("fs3", [("x1", "on time"), ("x7", "closed within 30"), ("x8", "block release")]),
        ("fs3", [("x7", "days")]),
        ("fs3", [("x1", "CAPA effectiveness"), ("x7", "% of CAPAs passing"), ("x8", "Shows whether fixes"),
                 ("x9", "≥ 85%"), ("xa", "Quarterly")]),
        ("fs3", [("x7", "effectiveness check"), ("x8", "actually work")]),
        _line("x1", "Notes on use: metrics should be trended, not read as single points."),
        _line("x1", f"10){_GAP}Tools, Platforms, and{_KERN}Software", "fs1"),
        _line("x1", f"Category{_CELL}Tool / platform{_CELL}Primary use{_CELL}Common / Optional", "fs3"),
        _line("x1", f"eQMS{_CELL}Veeva Vault QMS{_CELL}Deviations, CAPA, change control{_CELL}Common", "fs3"),
        _line("x1", f"Document management{_CELL}Veeva Vault QualityDocs{_CELL}SOP lifecycle{_CELL}Common", "fs3"),
        _line("x1", f"Statistics{_CELL}Minitab{_CELL}Trending, control{_GAP}charts{_CELL}Optional", "fs3"),
        _line("x1", f"11){_GAP}Typical Tech Stack", "fs1"),
        *[_line("x2", bullet) for bullet in _BULLETS],
    ],
    [
        _line("x1", f"12){_GAP}Stakeholders and{_KERN}Collaboration Map", "fs1"),
        _line("x1", "Internal stakeholders"),
        *[_line("x2", bullet) for bullet in _BULLETS],
        _line("x1", "External stakeholders"),
        *[_line("x2", bullet) for bullet in _BULLETS],
    ],
]

_CHROME = (
    '<header class="ds-topbar"><a href="/upload">Upload</a><a href="/login">Sign in</a></header>'
    '<div class="ds-docmeta"><h1>Test-Role-Blueprint.pdf</h1><span>Uploaded by qa_anya_k</span></div>'
    '<div class="ds-ad"><b>Harborview Lab Coats</b><u>Shop Cleanroom Gear</u></div>'
    '<div id="sidebar"><div id="outline"><ul><li><a href="#pf1" data-dest-detail="[1]">1) Role Summary</a></li>'
    "</ul></div></div>"
)


@pytest.fixture(scope="module")
def snippet() -> Extraction:
    (extraction,) = extract(_pdf2htmlex(_PAGES, _CHROME), name="snippet.html")
    return extraction


def _printed(pages: list[list[Row]]) -> str:
    printed = html_to_pieces(_pdf2htmlex(pages).decode()).printed
    assert printed is not None
    return printed


def test_spacing_spans_are_spaces_and_a_cells_gap_keeps_columns_apart() -> None:
    printed = _printed([[_line("x1", f"1){_KERN}Role{_GAP}Summary", "fs1"), _line("x1", f"A{_CELL}B{_CELL}C")]])
    lines = [line.strip() for line in printed.split("\n")]
    assert "1) Role Summary" in lines and "A  B  C" in lines
    assert printed.count("\f") == 1 and "<span" not in printed


def test_divs_on_one_baseline_make_one_line_in_their_columns_and_the_print_rules_do_not_move_them() -> None:
    row = ("fs3", [("x7", "second"), ("x1", "first"), ("x8", "third")])  # written out of order
    (line,) = [line for line in _printed([[row]]).split("\n") if "first" in line]
    assert line.split() == ["first", "second", "third"]
    # .x7 is at 238 px on screen (its 168 pt is the print's): two columns of gap at the least, in page order.
    assert line.index("second") - line.index("first") > len("first") + 2


def test_the_pages_come_in_order_each_closed_by_a_form_feed() -> None:
    printed = _printed([[_line("x1", "on page one")], [_line("x1", "on page two")]])
    first, second, rest = printed.split("\f")
    assert "on page one" in first and "on page two" in second and rest == ""


def test_a_theme_page_container_without_pdf_pages_is_html() -> None:
    page = (
        '<html><head><title>T</title></head><body><div id="page-container"><div id="et-main-area">'
        "<h1>Test Role</h1><h2>1) Role Summary</h2><p>Text.</p></div></div></body></html>"
    )
    read = html_to_pieces(page)
    assert read.printed is None and any("Role Summary" in piece.block.text for piece in read.pieces)


def test_headings_with_spacing_spans_open_their_sections(snippet: Extraction) -> None:
    document = snippet.document
    found = [section["id"] for section in document["sections"]]
    assert found == ["role_summary", "role_mission", "day_to_day", "kpis", "tools", "tech_stack", "stakeholders"]
    assert snippet.blueprint.role.title == "Test Role"
    assert snippet.blueprint.role.horizon == "Current"


def test_the_head_names_the_source_and_the_chrome_around_the_pages_is_not_read(snippet: Extraction) -> None:
    source = snippet.document["source"]
    assert (source["input_form"], source["url"]) == ("html", "https://docs.example/doc/1/Test-Role-Blueprint")
    strings = "\n".join(all_strings(snippet.document))
    for noise in ("Upload", "Sign in", "qa_anya_k", "Harborview", "Shop Cleanroom Gear", "RoleMap", "Page 2 of 3",
                  "© 2025", "<span", "data-dest-detail", "\f"):  # fmt: skip
        assert noise not in strings, noise


def test_paragraphs_and_items_are_joined_across_printed_lines(snippet: Extraction) -> None:
    fields = snippet.document["fields"]
    (paragraph,) = fields["role_summary"]["paragraphs"]
    assert paragraph == (
        "The Test Role reviews records and drives deviation and CAPA investigations to closure across the site."
    )
    daily = [item["text"] for item in fields["day_to_day"]["daily"]["items"]]
    assert len(daily) == 7 and len(fields["day_to_day"]["weekly"]["items"]) == 6
    assert daily[3] == (
        "Walk the manufacturing floor: check line clearance, status labels, logbooks and gowning behaviour."
    )
    assert daily[0] == "Item number 1 of the list."


def test_a_table_of_divs_with_wrapped_cells_is_read_row_by_row(snippet: Extraction) -> None:
    kpis = snippet.document["fields"]["kpis"]
    rows = [(r["name"], r["what_it_measures"], r["target"], r["frequency"]) for r in kpis["rows"]]
    assert rows == [
        ("Batch record review cycle time", "Days from batch completion to QA", "≤ 5 working days for 95% of batches",
         "Weekly"),
        ("Deviation closure on time", "% of deviations closed within 30 days", "≥ 90%", "Monthly"),
        ("CAPA effectiveness", "% of CAPAs passing effectiveness check", "≥ 85%", "Quarterly"),
    ]  # fmt: skip
    assert "Notes on use" in json.dumps(kpis["notes"])


def test_a_table_whose_rows_are_single_lines_with_gaps_between_cells(snippet: Extraction) -> None:
    tools = snippet.document["fields"]["tools"]["rows"]
    assert [(row["category"], [t["name"] for t in row["tools"]], row["prevalence"]) for row in tools] == [
        ("eQMS", ["Veeva Vault QMS"], "common"),
        ("Document management", ["Veeva Vault QualityDocs"], "common"),
        ("Statistics", ["Minitab"], "optional"),
    ]


# --- the page itself, frozen with its answer key ----------------------------------------------------------------

_NOISE = [
    "RoleMap — Quality Assurance Specialist blueprint", "Page 3 of 12", "of 12", "© 2025 RoleMap",
    "Published by RoleMap Research", "Download PDF", "Upload", "Sign in", "Join free", "Search 40 million documents",
    "Uploaded by qa_anya_k", "2,318 views", "Report this document", "Add to collection",
    "Harborview Lab Coats", "Shop Cleanroom Gear", "Northwind Senior Living", "Book a Free Tour", "Related documents",
    "SOP Template – Deviation Management", "GMP Internal Audit Checklist", "Thanks for sharing",
    "pharma_mike88", "Write a comment", "Subscribe to digest", "DocuShelf Inc", "<span", 'class="_',
    "data-dest-detail", "pf3", "\f",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> Extraction:
    (extraction,) = extract(PAGE)
    return extraction


def _fields(page: Extraction) -> dict[str, Any]:
    return page.document["fields"]


def test_page_all_sections_no_noise_and_no_glued_words(page: Extraction) -> None:
    document = page.document
    assert document["missing_sections"] == [] and len(document["sections"]) == 20
    assert page.warnings == []
    role = document["role"]
    assert (role["title"], role["horizon"]) == ("Quality Assurance Specialist", "Current")
    assert document["source"]["url"] == "https://www.docushelf.net/doc/88412037/Quality-Assurance-Specialist-Role-Blueprint"
    strings = "\n".join(all_strings(document))
    for noise in _NOISE:
        assert noise not in strings, noise
    for glued in ("theQA", "reviewsand", "Strategicimportance", "andcustomer", "devia-", "4)Day"):
        assert glued not in strings, glued
    assert "Host and support regulatory and customer inspections" in strings


def test_page_responsibilities_day_to_day_and_deliverables(page: Extraction) -> None:
    fields = _fields(page)
    items = fields["responsibilities"]["items"]
    assert [item["number"] for item in items] == list(range(1, 22))
    assert Counter(item["category"] for item in items) == {
        "strategic": 3, "operational": 5, "technical": 5, "cross_functional": 3, "governance": 3, "leadership": 2,
    }  # fmt: skip
    assert all(item["detail"] for item in items)
    assert items[4]["detail"] == (
        "Triage classification (minor/major/critical), ensure immediate containment, and challenge root cause "
        "analysis for scientific soundness."
    )
    day = fields["day_to_day"]
    counts = [len(day[key]["items"]) for key in ("daily", "weekly", "monthly_quarterly", "recurring_rituals")]
    assert counts + [len(day["incident_work"]["items"])] == [5, 5, 5, 5, 4]
    assert len(fields["deliverables"]["items"]) == 12


def test_page_kpi_and_tools_tables(page: Extraction) -> None:
    fields = _fields(page)
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 15 and all(row["frequency"] for row in kpis)
    first = kpis[0]
    assert (first["name"], first["target"]) == ("Batch record review cycle time", "≤ 5 working days for 95% of batches")
    # The row the page break cut: its cells' last lines on the next page.
    cost = kpis[13]
    assert cost["name"] == "Cost of poor quality (area)"
    assert cost["what_it_measures"] == (
        "Value of rejected, reworked or written-off material attributable to quality events"
    )
    assert kpis[14]["name"] == "Training compliance"
    tools = fields["tools"]["rows"]
    assert len(tools) == 16 and all(row["prevalence"] for row in tools)
    assert [t["name"] for t in tools[9]["tools"]] == ["Veeva Vault Audit", "eQMS audit module"]


def test_page_skills_career_hiring_and_scorecard(page: Extraction) -> None:
    fields = _fields(page)
    skills = fields["technical_skills"]["skills"]
    tiers = Counter(skill["tier"] for skill in skills)
    assert tiers == {"must_have": 6, "good_to_have": 4, "advanced": 3, "emerging": 3}
    assert len(fields["soft_skills"]["skills"]) == 7
    experience = fields["experience"]["years_of_experience"]
    assert (experience["min_years"], experience["max_years"]) == (3, 6)
    career = fields["career_path"]
    assert [len(career[key]) for key in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 3, 4]
    rights = fields["decision_rights"]
    assert [len(rights[key]["decisions"]) for key in ("independent", "team_approval", "manager_approval")] == [3, 3, 3]
    assert len(fields["hiring"]["scorecard"]["rows"]) == 6
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["role_title"] == "Quality Assurance Specialist"
    assert [len(scorecard[key]) for key in ("top_responsibilities", "top_tools", "top_kpis")] == [10, 7, 6]
