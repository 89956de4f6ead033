"""A browser-printed PDF converted by poppler's ``pdftohtml -s -i -noframes``, from a 65th round of unseen pages.

poppler sets one ``<div id="pageN-div" style="position:relative;...">`` per PDF page, in it one absolutely
positioned ``<p style="top:..px;left:..px" class="ftNN">`` per printed run, font sizes in ``.ftNN{}`` rules. A
table's cells are runs on one top, an item's wrapped detail a run set further in, and every page repeats the
browser's header (date, title) and footer (URL, "N/14"). Read as HTML, every run was a paragraph: the KPI, tool
and scorecard tables came out empty, wrapped lines cut items in two, and the header and footer were read as
certifications and stakeholders. The page divs are now laid out as pdftotext -layout prints a PDF, as
pdf2htmlEX's are (pdfhtml.py), and read as such a print is. The snippets are synthetic, modelled on the page (an
HVAC service technician's blueprint), which is frozen below as tests/unseen/*.synthetic.html with its key.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import Extraction, extract
from pipeline.htmlblocks import html_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = UNSEEN / "hvac-service-technician-pdftohtml.synthetic.html"

_CSS = (
    "p {margin: 0; padding: 0;}\t.ft00{font-size:9px;font-family:Helvetica;color:#000000;}\n"
    ".ft02{font-size:13px;font-family:Times;color:#1e1e1e;}\n.ft04{font-size:15px;font-family:Helvetica;}\n"
    ".ft05{font-size:21px;font-family:Helvetica;color:#0b3d5c;}\n.ft08{font-size:11px;font-family:Times;}\n"
)

# A run: (top px, left px, font class, inner HTML).
Run = tuple[int, int, str, str]


def _poppler(pages: list[list[Run]]) -> bytes:
    """pdftohtml's page: each PDF page a div of positioned runs, the browser's header and footer on each."""
    divs = []
    for number, runs in enumerate(pages, 1):
        chrome = [
            (24, 36, "ft00", "12/7/26,&#160;10:41&#160;AM"),
            (24, 300, "ft00", "Test&#160;Role:&#160;Role&#160;Blueprint,&#160;Responsibilities,&#160;KPI…"),
            (1156, 36, "ft00", "https://www.example.com/blueprints/test-role-blueprint/"),
            (1156, 850, "ft00", f"{number}/{len(pages)}"),
        ]
        ps = "".join(
            f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{font}">{html}</p>\n'
            for top, left, font, html in [*chrome[:2], *runs, *chrome[2:]]
        )
        divs.append(
            f'<a name={number}></a><div id="page{number}-div" style="position:relative;width:918px;height:1188px;">'
            f"\n{ps}</div>\n<hr/>\n"
        )
    return (
        "<!DOCTYPE html><html>\n<head>\n<title>Test Role: Role Blueprint</title>\n"
        '<meta name="generator" content="pdftohtml 0.86.1"/>\n'
        f'<style type="text/css">\n<!--\n\t{_CSS}-->\n</style>\n</head>\n'
        f'<body bgcolor="#A0A0A0" vlink="blue" link="blue">\n{"".join(divs)}</body>\n</html>\n'
    ).encode("utf-8")


def _text(top: int, html: str, left: int = 72, font: str = "ft02") -> Run:
    return top, left, font, html


_KPI_COLUMNS = (76, 232, 404, 578, 748)


def _cells(top: int, *cells: str, font: str = "ft08") -> list[Run]:
    return [(top, left, font, cell) for left, cell in zip(_KPI_COLUMNS, cells) if cell]


_PAGES: list[list[Run]] = [
    [
        _text(80, "<b>1) Role Summary</b>&#160;", font="ft05"),
        _text(110, "The Test Role keeps systems running for customers and keeps records complete for the&#160;"),
        _text(128, "branch and its audits.&#160;"),
        _text(142, "<b>2) Role Mission</b>&#160;", font="ft05"),
        _text(166, "<b>Strategic importance to the company</b> – Service revenue is more stable than new&#160;"),
        _text(184, "construction work. – First-time fixes drive retention and referral volume. – Compliant&#160;"),
        _text(202, "handling protects the company from fines.&#160;"),
        _text(230, "<b>3) Core Responsibilities</b>&#160;", font="ft05"),
        _text(262, "<b>Strategic responsibilities</b>&#160;", font="ft04"),
        _text(284, "1.&#160;<b>Build a loyal customer base</b>", left=90),
        _text(302, "– Deliver consistent service quality so customers request the same technician and&#160;", left=108),
        _text(320, "renew maintenance plans.&#160;", left=118),
        _text(344, "2.&#160;<b>Identify upgrade opportunities</b>", left=90),
        _text(362, "– Flag aging equipment and hand qualified leads to advisors with photos.&#160;", left=108),
        _text(390, "<b>Operational responsibilities</b>&#160;", font="ft04"),
        _text(412, "3.&#160;<b>Run scheduled service calls</b>", left=90),
        _text(430, "– Arrive within the promised window and close the job in the app before&#160;", left=108),
        _text(448, "leaving site.&#160;", left=118),
        _text(490, "<b>7) KPIs and Productivity Metrics</b>&#160;", font="ft05"),
        _text(520, "Targets below are typical for a service branch.&#160;"),
        *_cells(550, "<b>Metric name</b>", "<b>What it measures</b>", "<b>Why it matters</b>",
                "<b>Example target/benchmark</b>", "<b>Frequency</b>"),
        *_cells(572, "First-time fix rate", "% of repair calls resolved", "Drives customer", "≥ 85%", "Weekly"),
        *_cells(587, "", "on the first visit", "satisfaction and truck"),
        *_cells(602, "", "", "productivity"),
        *_cells(624, "Callbacks within 30 days", "% of completed jobs", "Reveals misdiagnosis and", "≤ 5%",
                "Monthly"),
        *_cells(639, "", "needing a return visit for", "workmanship quality"),
        *_cells(654, "", "the same issue within 30"),
        *_cells(669, "", "days"),
        *_cells(691, "Maintenance agreement", "% of eligible non-member", "Builds recurring revenue", "20–30%",
                "Monthly"),
        *_cells(706, "conversion", "calls that sign a", "and future demand"),
        *_cells(721, "", "maintenance plan"),
        _text(750, "<b>Notes on use:</b> read first-time fix and callbacks together.&#160;"),
    ],
    [
        _text(80, "<b>14) Required Experience and Qualifications</b>&#160;", font="ft05"),
        _text(112, "<b>Certifications</b>", font="ft04"),
        _text(136, "•&#160;EPA Section 608 Universal (Required).", left=90),
        _text(154, "•&#160;NATE certification (Preferred).", left=90),
        _text(180, "<b>Prior role backgrounds commonly seen</b>", font="ft04"),
        *[_text(204 + 18 * n, f"•&#160;Prior Role {n}", left=90) for n in range(1, 15)],
    ],
    [
        _text(80, "<b>15) Career Path and Progression</b>&#160;", font="ft05"),
        _text(112, "<b>Common feeder roles</b>", font="ft04"),
        *[_text(136 + 18 * n, f"•&#160;Feeder Role {n}", left=90) for n in range(1, 17)],
    ],
]


@pytest.fixture(scope="module")
def snippet() -> Extraction:
    (extraction,) = extract(_poppler(_PAGES), name="snippet.html")
    return extraction


def _printed(pages: list[list[Run]]) -> str:
    printed = html_to_pieces(_poppler(pages).decode()).printed
    assert printed is not None
    return printed


def test_runs_on_one_top_make_one_line_in_their_columns_and_each_page_ends_in_a_form_feed() -> None:
    printed = _printed([_cells(100, "Name", "Measures", "Why"), [_text(100, "on page two")]])
    first, second, rest = printed.split("\f")
    (line,) = [line for line in first.split("\n") if "Name" in line]
    assert line.split() == ["Name", "Measures", "Why"] and "on page two" in second and rest == ""
    assert "&#160;" not in printed and "\xa0" not in printed and "<b>" not in printed


def test_an_ordinary_page_with_a_page1_div_is_html() -> None:
    page = '<html><body><div id="page1-div"><h2>1) Role Summary</h2><p>Text.</p></div></body></html>'
    assert html_to_pieces(page).printed is None


def test_the_kpi_table_reads_its_rows_with_wrapped_cells_joined(snippet: Extraction) -> None:
    kpis = snippet.document["fields"]["kpis"]
    rows = [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]]
    assert rows == [
        ("First-time fix rate", "≥ 85%", "Weekly"),
        ("Callbacks within 30 days", "≤ 5%", "Monthly"),
        ("Maintenance agreement conversion", "20–30%", "Monthly"),
    ]
    assert "needing a return visit for the same issue within 30 days" in json.dumps(kpis["rows"][1])


def test_responsibilities_keep_their_categories_and_wrapped_details(snippet: Extraction) -> None:
    items = snippet.document["fields"]["responsibilities"]["items"]
    assert [(item["category"], item["title"]) for item in items] == [
        ("strategic", "Build a loyal customer base"),
        ("strategic", "Identify upgrade opportunities"),
        ("operational", "Run scheduled service calls"),
    ]
    assert items[0]["detail"].endswith("request the same technician and renew maintenance plans.")
    assert items[2]["detail"].endswith("close the job in the app before leaving site.")


def test_wrapped_dash_items_of_a_paragraph_are_joined(snippet: Extraction) -> None:
    mission = snippet.document["fields"]["role_mission"]
    assert mission["strategic_importance"] == [
        "Service revenue is more stable than new construction work.",
        "First-time fixes drive retention and referral volume.",
        "Compliant handling protects the company from fines.",
    ]


def test_the_browsers_header_and_footer_are_in_no_field(snippet: Extraction) -> None:
    fields = json.dumps(snippet.document["fields"], ensure_ascii=False)
    for noise in ("10:41", "example.com/blueprints", "1/3", "2/3", "3/3", "KPI…"):
        assert noise not in fields
    certifications = snippet.document["fields"]["experience"]["certifications"]
    assert [item["name"] for item in certifications] == ["EPA Section 608 Universal", "NATE certification"]


@pytest.fixture(scope="module")
def page() -> dict:
    (extraction,) = extract(PAGE.read_bytes(), name=PAGE.name)
    return extraction.document


def test_the_page_reads_its_tables(page: dict) -> None:
    fields = page["fields"]
    assert len(fields["kpis"]["rows"]) == 15 and len(fields["tools"]["rows"]) == 16
    assert [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]] == [
        "Technical diagnostics", "Safety and compliance", "Customer communication", "Documentation", "Reliability",
    ]
    assert len(fields["scorecard"]["rows"]) == 10 and fields["scorecard"]["role_title"] == "HVAC Service Technician"
    assert "Category" not in [row["category"] for row in fields["tools"]["rows"]]  # the repeated header row


def test_the_page_reads_its_lists(page: dict) -> None:
    fields = page["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 20 and len({item["category"] for item in items}) == 6
    assert len(fields["soft_skills"]["skills"]) == 10
    assert len(fields["role_mission"]["strategic_importance"]) == 4
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 4
    assert len(fields["role_summary"]["interaction"]["groups"]) == 6
    assert all(skill["use"] for skill in fields["technical_skills"]["skills"])
    assert [exercise["name"] for exercise in fields["hiring"]["exercises"]][:3] == [
        "Bench test", "Written quiz", "Customer role-play",
    ]
    assert len(fields["experience"]["certifications"]) == 5 and len(fields["stakeholders"]["external"]) == 3


def test_the_pages_print_chrome_is_in_no_field(page: dict) -> None:
    fields = json.dumps(page["fields"], ensure_ascii=False)
    for noise in ("10:41", "tradesroleatlas.com", "/14", "KPI…", "CoolPath", "Skip to content", "&#160;"):
        assert noise not in fields
