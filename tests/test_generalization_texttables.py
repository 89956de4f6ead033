"""Synthetic snippets modelled on unseen pages of the family: tables of text pages.

``w3m -dump`` draws a bordered table with box-drawing characters ("┌─┬─┐", "│ a │", "├─┼─┤"), other
tools with heavy or double lines ("╔═╦═╗", "╞═╪═╡"): a pandoc grid table's layout, its cells wrapped
within their columns. A table copied from Firefox into Notepad is tab-separated, a cell holding a line break split over
two lines. A border-less tools row's use cell may open with an acronym ("KPI dashboards").
"""

from pipeline import extract
from pipeline.textblocks import text_to_pieces

_PAGE = (
    "Estimator: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Estimator prices construction work for the business.\n\n"
    "2) Role Mission\n\nCore mission: produce complete and competitive cost estimates.\n\n"
)


def _fields(body: str) -> dict:
    return extract((_PAGE + body).encode(), name="x.txt")[0].document["fields"]


def _blocks(text: str) -> list[tuple]:
    return [
        (p.block.kind.value, p.block.text if p.block.kind.value != "table" else (p.block.header, p.block.rows))
        for p in text_to_pieces(text)
    ]


_W3M_KPIS = """7) KPIs and Productivity Metrics

┌──────────────┬──────────────┬─────────────┬──────────────────┬────────────┐
│ Metric name  │ What it      │ Why it      │ Example          │ Frequency  │
│              │ measures     │ matters     │ target/benchmark │            │
├──────────────┼──────────────┼─────────────┼──────────────────┼────────────┤
│ Bid hit rate │ Share of     │ Shows       │ 20–30% on        │ Quarterly  │
│              │ submitted    │ pricing fit │ selected work    │            │
├──────────────┼──────────────┼─────────────┼──────────────────┼────────────┤
│ Scope gaps   │ Unpriced     │ Unrecovered │ 0 per project    │ Per        │
│              │ items        │ cost        │                  │ project    │
└──────────────┴──────────────┴─────────────┴──────────────────┴────────────┘
"""


def test_w3m_box_table_reads_its_wrapped_header_and_cells():
    kpis = _fields(_W3M_KPIS)["kpis"]
    assert kpis["columns"] == [
        "Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"
    ]
    rows = [(r["name"], r["what_it_measures"], r["why_it_matters"], r["target"], r["frequency"]) for r in kpis["rows"]]
    assert rows == [
        ("Bid hit rate", "Share of submitted", "Shows pricing fit", "20–30% on selected work", "Quarterly"),
        ("Scope gaps", "Unpriced items", "Unrecovered cost", "0 per project", "Per project"),
    ]
    assert kpis["intro"] == [] and kpis["notes"] == []


def test_double_line_box_table_with_its_header_rule():
    table = (
        "╔══════════╦════════════╗\n"
        "║ Category ║ Tool       ║\n"
        "╠══════════╬════════════╣\n"
        "║ Take-off ║ Bluebeam   ║\n"
        "║          ║ Revu       ║\n"
        "╠══════════╬════════════╣\n"
        "║ Cost     ║ RSMeans    ║\n"
        "║ data     ║            ║\n"
        "╚══════════╩════════════╝\n"
    )
    rows = [["Take-off", "Bluebeam Revu"], ["Cost data", "RSMeans"]]
    assert _blocks(table) == [("table", (["Category", "Tool"], rows))]


def test_heavy_and_mixed_line_box_tables():
    heavy = "┏━━━━━┳━━━━━┓\n┃ a   ┃ b   ┃\n┣━━━━━╋━━━━━┫\n┃ 1   ┃ 2   ┃\n┗━━━━━┻━━━━━┛\n"
    fancy = (
        "╒═════╤═════╕\n│ a   │ b   │\n╞═════╪═════╡\n│ 1   │ 2   │\n"
        "├─────┼─────┤\n│ 3   │ 4   │\n╘═════╧═════╛\n"
    )
    assert _blocks(heavy) == [("table", (["a", "b"], [["1", "2"]]))]
    assert _blocks(fancy) == [("table", (["a", "b"], [["1", "2"], ["3", "4"]]))]


def test_a_box_framing_a_paragraph_is_no_table():
    framed = (
        "Intro line.\n\n"
        "╭───────────────────────────╮\n"
        "│ Build smarter with        │\n"
        "│ ProBuild Estimating Cloud │\n"
        "╰───────────────────────────╯\n\n"
        "After.\n"
    )
    assert _blocks(framed) == [
        ("paragraph", "Intro line."),
        ("paragraph", "Build smarter with"),
        ("paragraph", "ProBuild Estimating Cloud"),
        ("paragraph", "After."),
    ]


def test_a_line_of_box_characters_that_is_no_border_is_text():
    assert _blocks("┌ Note: read this first\n") == [("paragraph", "┌ Note: read this first")]


_TOOLS = """10) Tools, Platforms, and Software

Category Tool or platform Primary use Common / Optional / Context-specific
Accounting QuickBooks / Xero Bookkeeping and expense tracking Common
{row}
"""


def _tool_cells(row: str) -> tuple:
    tools = _fields(_TOOLS.format(row=row))["tools"]["rows"]
    return tuple((r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in tools)


def test_a_use_opening_with_an_acronym_leaves_the_name_its_last_capitalised_word():
    row = "Analytics Dental Intelligence / Jarvis Analytics KPI dashboards, huddle reports, unscheduled lists Optional"
    assert _tool_cells(row)[1] == (
        "Analytics", "Dental Intelligence / Jarvis Analytics", "KPI dashboards, huddle reports, unscheduled lists", "optional"
    )
    row = "Analytics Practice Analytics Pro KPI dashboards and huddle reports Optional"
    assert _tool_cells(row)[1][1:3] == ("Practice Analytics Pro", "KPI dashboards and huddle reports")


def test_a_use_opening_with_a_capitalised_word_before_an_acronym_keeps_it():
    # As the seeds' rows: the name before ends in lower case or a bracket, no run of capitalised words.
    assert _tool_cells("AI or ML scikit-learn Classical ML, baselines, pipelines Common")[1] == (
        "AI or ML", "scikit-learn", "Classical ML, baselines, pipelines", "common"
    )
    assert _tool_cells("Data Spark (Databricks / EMR) Distributed ETL, feature generation Common")[1][1:3] == (
        "Spark (Databricks / EMR)", "Distributed ETL, feature generation"
    )
    # A modifier amid capitalised words opens the description.
    assert _tool_cells("Data Apache Hop Visual ETL pipelines Optional")[1][1:3] == ("Apache Hop", "Visual ETL pipelines")


_TAB_KPIS = (
    "7) KPIs and Productivity Metrics\n\n"
    "Metric name\tWhat it measures\tWhy it matters\tExample target/benchmark\tFrequency\n"
    "PPM completion rate\t% of planned tasks done on time\tPrevents breakdowns\t≥ 95% on time\tMonthly\n"
    "Critical system availability\tUptime of critical plant\tOutages stop work\t≥ 99.95% excluding planned\n"
    "maintenance windows\tMonthly\n"
    "Budget variance\tActual vs forecast opex\tPredictability for Finance\t±3% of budget\tMonthly\n"
)


def test_a_copied_tab_table_joins_a_cell_split_over_two_lines():
    # Firefox's copy of a cell holding a <br>, pasted into Notepad (saved as UTF-16).
    (extraction,) = extract((_PAGE + _TAB_KPIS).encode("utf-16"), name="x.txt")
    rows = extraction.document["fields"]["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("PPM completion rate", "≥ 95% on time", "Monthly"),
        ("Critical system availability", "≥ 99.95% excluding planned maintenance windows", "Monthly"),
        ("Budget variance", "±3% of budget", "Monthly"),
    ]


def test_tab_rows_with_an_empty_last_cell_are_rows_of_their_own():
    scorecard = (
        "19) Hiring Evaluation Criteria\n\nScorecard dimensions\n\n"
        "Dimension\tWhat “meets” looks like\tWhat “exceeds” looks like\n"
        "Communication\tClear and timely updates\t\n"
        "Leadership\tRuns a steady team\t\n"
        "Vendor management\tRuns KPI reviews\tRe-tendered contracts with gains\n"
    )
    rows = _fields(scorecard)["hiring"]["scorecard"]["rows"]
    assert [(r["dimension"], r["meets"], r["exceeds"]) for r in rows] == [
        ("Communication", "Clear and timely updates", None),
        ("Leadership", "Runs a steady team", None),
        ("Vendor management", "Runs KPI reviews", "Re-tendered contracts with gains"),
    ]

