"""Tools written as lists, and marketing, finance and HR tools: synthetic snippets modelled on unseen pages of the family.

Editors who do not use a table write section 10 as bullets under category sub-headings ("### Spreadsheets and
BI" then "- Excel (Common) – modelling") or prevalence sub-headings ("### Optional tools"), as one flat list of
"Category: Tool A, Tool B (Common)" bullets, or as "Lead: a • b" lines; a page that lost its markup keeps the
same lines as paragraphs. The FP&A, Marketing
Operations and HR pages named planning, martech and HR systems the gazetteer lacked ("Enterprise planning
platforms (Anaplan, Adaptive Planning, Pigment, Oracle EPM)", "reverse ETL with Hightouch or Census").
"""

from __future__ import annotations

from snippets import html_fields

from pipeline import extract
from pipeline.parsers.tools import split_tools

NEXT = "<h2>11) Typical Tech Stack / Environment</h2><ul><li>Cloud platform in use.</li></ul>"
TEXT_HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "2) Role Mission\n\nCore mission: make the work reliable for every team.\n\n"
    "3) Core Responsibilities\n\nOwn the thing.\n\nRun the other.\n\n"
)


def rows(tools: dict) -> list[tuple]:
    return [
        (r["category"], [t["name"] for t in r["tools"]], r["tool_text"], r["primary_use"], r["prevalence"])
        for r in tools["rows"]
    ]


def html_tools(section: str) -> dict:
    return html_fields("<h2>10) Tools, Platforms, and Software</h2>" + section + NEXT)["tools"]


# --- 1. a tools section written as lists -------------------------------------------------------------------


def test_bullets_under_category_sub_headings_are_rows() -> None:
    tools = html_tools(
        "<p>Labels show how often a tool appears in this role.</p>"
        "<h3>Spreadsheets and BI</h3><ul><li>Excel (Common) – modelling and ad-hoc analysis</li>"
        "<li>Tableau or Power BI (Common): dashboards</li></ul>"
        "<h3>Data</h3><ul><li>SQL warehouse: Snowflake / BigQuery (Context-specific)</li></ul>"
    )
    assert rows(tools) == [
        ("Spreadsheets and BI", ["Excel"], "Excel", "modelling and ad-hoc analysis", "common"),
        ("Spreadsheets and BI", ["Tableau", "Power BI"], "Tableau or Power BI", "dashboards", "common"),
        ("SQL warehouse", ["Snowflake", "BigQuery"], "Snowflake / BigQuery", None, "context_specific"),
    ]
    assert tools["notes"] == ["Labels show how often a tool appears in this role."]
    assert tools["rows"][0]["text"] == "Excel (Common) – modelling and ad-hoc analysis"
    assert tools["rows"][0]["prevalence_text"] == "Common"


def test_markdown_sub_headings_and_bullets_give_the_same_rows() -> None:
    page = TEXT_HEAD.replace("1) ", "## 1) ").replace("2) ", "## 2) ").replace("3) ", "## 3) ") + (
        "## 10) Tools, Platforms, and Software\n\n### Spreadsheets and BI\n"
        "- Excel (Common) – modelling and ad-hoc analysis\n- Tableau or Power BI (Common): dashboards\n"
        "### Data\n- SQL warehouse: Snowflake / BigQuery (Context-specific)\n\n"
        "## 11) Typical Tech Stack / Environment\n\n- Cloud platform in use.\n"
    )
    tools = extract(("# " + page).encode(), name="x.md")[0].document["fields"]["tools"]
    assert [(r[0], r[1], r[4]) for r in rows(tools)] == [
        ("Spreadsheets and BI", ["Excel"], "common"),
        ("Spreadsheets and BI", ["Tableau", "Power BI"], "common"),
        ("SQL warehouse", ["Snowflake", "BigQuery"], "context_specific"),
    ]


def test_a_flat_list_of_category_labelled_bullets() -> None:
    tools = html_tools(
        "<ul><li>Spreadsheets: Excel, Google Sheets (Common)</li><li>BI: Tableau / Power BI (Optional)</li>"
        "<li>Planning: Anaplan or Adaptive Planning (Context-specific) – driver-based forecasts</li>"
        "<li>Jira – Common – ticketing and sprint boards</li><li>Internal wiki (Common): runbooks</li></ul>"
    )
    assert rows(tools) == [
        ("Spreadsheets", ["Excel", "Google Sheets"], "Excel, Google Sheets", None, "common"),
        ("BI", ["Tableau", "Power BI"], "Tableau / Power BI", None, "optional"),
        ("Planning", ["Anaplan", "Adaptive Planning"], "Anaplan or Adaptive Planning", "driver-based forecasts",
         "context_specific"),
        (None, ["Jira"], "Jira", "ticketing and sprint boards", "common"),
        (None, ["Internal wiki"], "Internal wiki", "runbooks", "common"),
    ]  # fmt: skip
    assert tools["notes"] == []


def test_lead_lines_joined_by_bullets_give_a_row_per_tool_under_the_lead() -> None:
    tools = html_tools(
        "<p>Spreadsheets: Excel • Google Sheets (Common)</p><p>HRIS: Workday • BambooHR (Context-specific)</p>"
        "<p>Tool choices depend on the company.</p>"
    )
    assert rows(tools) == [
        ("Spreadsheets", ["Excel"], "Excel", None, None),
        ("Spreadsheets", ["Google Sheets"], "Google Sheets", None, "common"),
        ("HRIS", ["Workday"], "Workday", None, None),
        ("HRIS", ["BambooHR"], "BambooHR", None, "context_specific"),
    ]
    assert tools["notes"] == ["Tool choices depend on the company."]


def test_sub_headings_that_name_a_prevalence_give_it_to_their_rows() -> None:
    tools = html_tools(
        "<h3>Common tools</h3><ul><li>Excel – modelling</li><li>Jira (Optional)</li></ul>"
        "<h3>Context-specific</h3><ul><li>Snowflake</li><li>Planning: Anaplan</li></ul>"
    )
    assert rows(tools) == [
        (None, ["Excel"], "Excel", "modelling", "common"),
        (None, ["Jira"], "Jira", None, "optional"),
        (None, ["Snowflake"], "Snowflake", None, "context_specific"),
        ("Planning", ["Anaplan"], "Anaplan", None, "context_specific"),
    ]


def test_a_page_that_lost_its_markup_keeps_its_sub_headings_as_categories() -> None:
    page = TEXT_HEAD + (
        "10) Tools, Platforms, and Software\n\nLabels indicate how often the tool appears.\n\n"
        "Spreadsheets and BI\n\nExcel (Common) – modelling and ad-hoc analysis\n\n"
        "Tableau or Power BI (Common): dashboards\n\n"
        "11) Typical Tech Stack / Environment\n\nCloud platform in use.\n"
    )
    tools = extract(page.encode(), name="x.txt")[0].document["fields"]["tools"]
    assert rows(tools) == [
        ("Spreadsheets and BI", ["Excel"], "Excel", "modelling and ad-hoc analysis", "common"),
        ("Spreadsheets and BI", ["Tableau", "Power BI"], "Tableau or Power BI", "dashboards", "common"),
    ]
    assert tools["notes"] == ["Labels indicate how often the tool appears."]


def test_prose_bullets_stay_notes() -> None:
    tools = html_tools(
        "<p>Tools vary by company.</p><ul><li>Most teams use Excel.</li>"
        "<li>Dashboards matter: leaders read them weekly.</li><li>Standard reporting – weekly</li></ul>"
    )
    assert tools["rows"] == []
    assert tools["notes"] == [
        "Tools vary by company.",
        "Most teams use Excel.",
        "Dashboards matter: leaders read them weekly.",
        "Standard reporting – weekly",
    ]


def test_bullets_around_a_table_stay_notes() -> None:
    tools = html_tools(
        "<table><tr><th>Category</th><th>Tool</th><th>Primary use</th><th>Common / Optional / Context-specific</th>"
        "</tr><tr><td>BI</td><td>Tableau</td><td>Dashboards</td><td>Common</td></tr></table>"
        "<ul><li>Excel (Common) – modelling</li></ul>"
    )
    assert rows(tools) == [("BI", ["Tableau"], "Tableau", "Dashboards", "common")]
    assert tools["notes"] == ["Excel (Common) – modelling"]


def test_or_splits_a_tool_cell_only_between_known_tools() -> None:
    assert [t.name for t in split_tools("Tableau or Power BI")] == ["Tableau", "Power BI"]
    assert [t.name for t in split_tools("Anaplan or Adaptive Planning")] == ["Anaplan", "Adaptive Planning"]
    assert [t.name for t in split_tools("In-house or vendor tool")] == ["In-house or vendor tool"]
    # an alternative built in-house is a note on the tool before it, no tool of its own
    assert [(t.name, t.note) for t in split_tools("Excel or in-house models")] == [("Excel", "or in-house models")]


# --- 2. marketing, finance and HR tools -------------------------------------------------------------------


def skill_tools(skills: list[str], table_tools: list[str] = ()) -> list[list[str]]:
    body = "<h2>8) Technical Skills Required</h2><h3>Good-to-have technical skills</h3><ol>"
    body += "".join(f"<li><strong>{name}</strong> (Important)</li>" for name in skills) + "</ol>"
    if table_tools:
        body += (
            "<h2>10) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool</th>"
            "<th>Primary use</th><th>Common / Optional / Context-specific</th></tr>"
            + "".join(
                f"<tr><td>Systems</td><td>{tool}</td><td>Daily work</td><td>Common</td></tr>" for tool in table_tools
            )
            + "</table>"
        )
    return [s["tools"] for s in html_fields(body)["technical_skills"]["skills"]]


def test_planning_martech_and_hr_systems_are_skill_tools() -> None:
    assert skill_tools(
        [
            "Enterprise planning platforms (Anaplan, Adaptive Planning, Oracle EPM)",
            "Warehouse-native activation (reverse ETL with Hightouch)",
            "HRIS proficiency – Workday, SuccessFactors or BambooHR",
            "Tag management with Google Tag Manager and Marketo Engage",
        ]
    ) == [
        ["Anaplan", "Adaptive Planning", "Oracle EPM"],
        ["Hightouch"],
        ["Workday", "SuccessFactors", "BambooHR"],
        ["Google Tag Manager", "Marketo Engage"],
    ]


def test_tool_names_that_are_ordinary_words_count_only_where_the_tools_table_lists_them() -> None:
    skills = [
        "Sales engagement platforms (Outreach, Salesloft)",
        "Outreach and sourcing strategy",
        "Customer data platforms such as Segment",
        "Recruiting systems (Greenhouse, Lever)",
    ]
    assert skill_tools(skills) == [["Salesloft"], [], [], []]
    listed = [skills[0], *skills[2:]]
    assert skill_tools(listed, ["Outreach", "Segment", "Greenhouse / Lever"]) == [
        ["Outreach", "Salesloft"],
        ["Segment"],
        ["Greenhouse", "Lever"],
    ]
