"""Round 47: a WordPress TablePress page whose tables DataTables draws (warehouse-supervisor-wp-classic).

DataTables puts the class "no-footer" on every table it draws and on its wrapper: read as the word "footer", the
KPI and tools tables were dropped whole as a site footer. Kept, the widget's controls beside them ("Show 10
entries", "Search:", "Showing 1 to 12 of 12 entries", "Previous 1 Next") leaked into the KPI intro and notes, and
the frequency "Hourly / Daily" read as [daily, other]. The page is frozen in tests/unseen (its key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.htmlblocks import chrome_class
from pipeline.noise import is_widget
from pipeline.parsers.kpis import frequencies_of

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "warehouse-supervisor-wp-classic.synthetic.html"
WIDGET_TEXT = ("Show", "entries", "Search", "Showing", "Previous", "Next", "search box")


def _data_table(number: int, header: list[str], rows: list[list[str]]) -> str:
    """A TablePress table as DataTables leaves it in a saved page: its controls around it, "no-footer" on both."""
    cells = "".join(f"<th class='sorting'>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<div id="tablepress-{number}_wrapper" class="dataTables_wrapper no-footer">'
        f'<div class="dataTables_length"><label>Show <select><option value="10">10</option>'
        f'<option value="25">25</option></select> entries</label></div>'
        f'<div class="dataTables_filter"><label>Search:<input type="search"></label></div>'
        f'<table id="tablepress-{number}" class="tablepress tablepress-id-{number} dataTable no-footer">'
        f"<thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
        f'<div class="dataTables_info" role="status">Showing 1 to {len(rows)} of {len(rows)} entries</div>'
        f'<div class="dataTables_paginate paging_simple_numbers"><a class="paginate_button previous disabled">'
        f'Previous</a><span><a class="paginate_button current">1</a></span>'
        f'<a class="paginate_button next disabled">Next</a></div></div>'
    )


KPI_TABLE = _data_table(
    3,
    ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
    [
        ["Picks per hour", "Lines picked per labor hour", "Labor cost", "&ge; 120", "Hourly / Daily"],
        ["Ship accuracy", "Orders shipped right", "Chargebacks", "&ge; 99.7%", "Daily"],
        ["Absence rate", "Unplanned absences", "Plan stability", "&lt; 4%", "Weekly"],
    ],
)
TOOLS_TABLE = _data_table(
    4,
    ["Category", "Tool, platform, or software", "Primary use", "Common / Optional / Context-specific"],
    [
        ["Warehouse management", "Korber WMS", "Waves and exceptions", "Common"],
        ["Data capture", "Honeywell RF guns", "Scanning", "Common"],
        ["Reporting", "Looker", "Shift dashboards", "Optional"],
    ],
)


def _kpis(body: str) -> dict:
    return html_fields(f"<h2>7) KPIs and Success Metrics</h2>{body}<h2>8) Technical Skills</h2><p>x</p>")["kpis"]


def _tools(body: str) -> dict:
    return html_fields(f"<h2>10) Tools and Platforms</h2>{body}<h2>11) Tech Stack</h2><p>x</p>")["tools"]


def _document(name: str) -> dict:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


# --- class words that negate are no chrome ----------------------------------------------------------


@pytest.mark.parametrize(
    "classes",
    ["dataTables_wrapper no-footer", "tablepress dataTable no-footer", "ast-no-sidebar",
     "page-without-sidebar", "footer-less", "layout-no-header"],
)  # fmt: skip
def test_synthetic_a_class_naming_what_an_element_lacks_is_no_chrome(classes: str) -> None:
    assert not chrome_class(classes)


@pytest.mark.parametrize("classes", ["site-footer", "footer", "entry-footer", "wpdiscuz_no_add_comment", "sidebar"])
def test_synthetic_chrome_words_still_name_chrome(classes: str) -> None:
    assert chrome_class(classes)


def test_synthetic_kpi_table_drawn_by_datatables_is_kept_without_its_controls() -> None:
    kpis = _kpis("<p>Targets are examples.</p>" + KPI_TABLE + "<p><strong>Notes:</strong> post the board.</p>")
    assert [(r["name"], r["target"], r["frequencies"]) for r in kpis["rows"]] == [
        ("Picks per hour", "≥ 120", ["hourly", "daily"]),
        ("Ship accuracy", "≥ 99.7%", ["daily"]),
        ("Absence rate", "< 4%", ["weekly"]),
    ]
    assert kpis["intro"] == ["Targets are examples."]
    strings = all_strings({k: v for k, v in kpis.items() if k != "rows"})
    assert not [s for s in strings if any(word in s for word in WIDGET_TEXT)]


def test_synthetic_tools_table_drawn_by_datatables_is_kept_without_its_controls() -> None:
    tools = _tools("<p>Use the search box to filter the table by category or tool.</p>" + TOOLS_TABLE)
    assert [(r["category"], r["tool_text"], r["prevalence"]) for r in tools["rows"]] == [
        ("Warehouse management", "Korber WMS", "common"),
        ("Data capture", "Honeywell RF guns", "common"),
        ("Reporting", "Looker", "optional"),
    ]
    assert tools["notes"] == []


def test_synthetic_a_real_footer_still_goes() -> None:
    tools = _tools(TOOLS_TABLE + '<div class="site-footer"><p>Powered by Astra WordPress Theme</p></div>')
    assert len(tools["rows"]) == 3
    assert "Powered by" not in " ".join(all_strings(tools))


# --- the widget's controls copied as text ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Show 10 entries", "Show entries", "Show 10 25 50 100 entries", "Search:", "Showing 1 to 12 of 12 entries",
     "Showing 1 to 10 of 1,057 entries (filtered from 2,000 total entries)", "Previous 1 Next", "PreviousNext",
     "Previous 1 2 3 … 9 Next", "Use the search box to filter the table by category or tool."],
)  # fmt: skip
def test_synthetic_datatables_control_lines_are_widget_lines(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line", ["Show your work to the team.", "Search: SEO tools and rank trackers", "Previous roles and next steps"]
)
def test_synthetic_article_lines_like_them_are_not(line: str) -> None:
    assert not is_widget(line)


def test_synthetic_text_page_drops_the_controls_around_a_tab_table() -> None:
    text = (
        "Shift Supervisor: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "1) Role Summary\nThe Shift Supervisor runs a warehouse shift for the operations team.\n\n"
        "2) Role Mission\nCore mission: run a safe and productive shift that ships every order on time.\n\n"
        "7) KPIs and Success Metrics\nTargets below are examples.\nShow 10 entries\nSearch:\n"
        "Metric name\tWhat it measures\tWhy it matters\tExample target/benchmark\tFrequency\n"
        "Units per hour\tUnits per labor hour\tProductivity\t140 UPH\tHourly / Daily\n"
        "Order accuracy\tOrders shipped right\tClient retention\t99.8%\tDaily\n"
        "Absenteeism rate\tUnplanned absences\tLabor plan\t< 5%\tWeekly\n"
        "Showing 1 to 3 of 3 entries\nPrevious 1 Next\n\n"
        "8) Technical Skills\nWMS operation (Critical)\n"
    )
    (extraction,) = extract(text.encode(), name="page.txt")
    kpis = extraction.document["fields"]["kpis"]
    assert [r["name"] for r in kpis["rows"]] == ["Units per hour", "Order accuracy", "Absenteeism rate"]
    assert kpis["intro"] == ["Targets below are examples."]
    assert kpis["notes"] == []


# --- frequencies --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("Hourly / Daily", ["hourly", "daily"]), ("Hourly", ["hourly"]), ("Per hour", ["hourly"]),
     ("Every hour", ["hourly"]), ("Hourly / per shift", ["hourly", "per_shift"])],
)  # fmt: skip
def test_synthetic_hourly_is_a_frequency(printed: str, expected: list[str]) -> None:
    assert frequencies_of(printed) == expected


# --- the page ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict:
    return _document(PAGE)


def test_page_kpi_table_is_read_whole(page: dict) -> None:
    rows = page["fields"]["kpis"]["rows"]
    assert len(rows) == 12
    assert (rows[0]["name"], rows[0]["target"], rows[0]["frequencies"]) == (
        "Units per hour (UPH)", "≥ 100% of engineered standard (e.g., 140 UPH each-pick)", ["hourly", "daily"]
    )  # fmt: skip
    assert [r["name"] for r in rows][1:3] == ["Order accuracy", "Dock-to-stock time"]
    assert rows[-1]["name"] == "Training compliance"
    assert page["fields"]["kpis"]["intro"] == [
        "Targets below are realistic for a mid-size ambient-goods 3PL. Engineered standards and client SLAs "
        "override these examples."
    ]
    assert [len(note["items"]) for note in page["fields"]["kpis"]["notes"]] == [2]


def test_page_tools_table_is_read_whole(page: dict) -> None:
    tools = page["fields"]["tools"]
    assert len(tools["rows"]) == 13
    assert (tools["rows"][0]["category"], tools["rows"][0]["tool_text"]) == ("Warehouse management", "Manhattan WMS")
    assert [t["name"] for t in tools["rows"][1]["tools"]] == ["Blue Yonder WMS", "SAP EWM"]
    assert tools["rows"][4]["tool_text"] == "Kronos / UKG Pro Workforce Management"
    assert tools["notes"] == []


@pytest.mark.parametrize(
    "noise",
    ["Search:", "Showing 1 to", "entries", "Show 10", "Previous", "Use the search box", "HaulSafe", "PalletPro",
     "ShiftWell", "Advertisement", "Table of Contents", "Skip to content", "Powered by Astra", "Spot on about"],
)  # fmt: skip
def test_page_noise_is_absent(page: dict, noise: str) -> None:
    assert not [s for s in all_strings(page["fields"]) if noise in s]
