"""Table cells with line breaks, table captions, and career options led by a phrase, on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family: a classic-theme WordPress "iOS Engineer"
page whose tools cells list two products on two lines ("Firebase Crashlytics<br>Sentry") and whose final
scorecard's "Main goals" cell holds a goal per line; a Gutenberg "Scrum Master" post whose KPI table has a
<figcaption> note under it ("Targets are starting points; ..."); and final scorecards whose career options end
with "adjacent moves to X, Y or Z". The negative cases guard what the seed pages and earlier pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline.htmlblocks import html_to_pieces
from pipeline.parsers.scorecard import item_groups, split_items
from pipeline.parsers.tools import split_tools
from tests.snippets import html_fields


def _tables(html: str) -> list[tuple[list[str] | None, list[list[str]] | None]]:
    return [(p.block.header, p.block.rows) for p in html_to_pieces(html).pieces if p.block.kind == "table"]


def _texts(html: str) -> list[tuple[str, str]]:
    return [(p.block.kind, p.block.text) for p in html_to_pieces(html).pieces]


def _tools(tool_cells: list[str]) -> list[dict[str, Any]]:
    rows = "".join(
        f"<tr><td>Category {k}</td><td>{cell}</td><td>Common</td><td>Use</td></tr>" for k, cell in enumerate(tool_cells)
    )
    body = (
        "<h2>10) Tools, Platforms, and Software</h2>"
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><td><strong>Category</strong></td><td><strong>Tool / platform</strong></td>"
        "<td><strong>Adoption</strong></td><td><strong>Primary use</strong></td></tr>"
        f"{rows}</tbody></table></figure>"
    )
    return html_fields(body, role="iOS Engineer")["tools"]["rows"]


def _scorecard(rows: dict[str, str]) -> dict[str, Any]:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows.items())
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        f"<table><tbody><tr><td>Category</td><td>Summary</td></tr><tr><td>Role title</td><td>iOS Engineer</td></tr>{cells}"
        "</tbody></table>"
    )
    return html_fields(body, role="iOS Engineer")["scorecard"]


# --- a <br> in a table cell is a line break ---------------------------------------------------------------


def test_br_in_a_cell_is_a_line_break_and_source_newlines_are_spaces() -> None:
    html = (
        "<table><tr><th>Tool</th><th>Use</th></tr>"
        "<tr><td>Firebase Crashlytics<br>Sentry</td><td>Crash and\nerror reporting</td></tr>"
        "<tr><td><p>Slack</p><p>Confluence</p></td><td><strong>Chat</strong> and docs</td></tr></table>"
    )
    assert _tables(html) == [
        (
            ["Tool", "Use"],
            [["Firebase Crashlytics\nSentry", "Crash and error reporting"], ["Slack\nConfluence", "Chat and docs"]],
        )
    ]


def test_each_line_of_a_tools_cell_is_a_tool() -> None:
    rows = _tools(
        ["Firebase Crashlytics<br>Sentry", "Xcode Cloud<br />Bitrise, GitHub Actions", "Spark<br>(Databricks / EMR)"]
    )
    assert [(r["tool_text"], [(t["name"], t["variants"]) for t in r["tools"]]) for r in rows] == [
        ("Firebase Crashlytics\nSentry", [("Firebase Crashlytics", []), ("Sentry", [])]),
        ("Xcode Cloud\nBitrise, GitHub Actions", [("Xcode Cloud", []), ("Bitrise", []), ("GitHub Actions", [])]),
        # A line opening with a parenthetical continues the tool before it.
        ("Spark (Databricks / EMR)", [("Spark", ["Databricks", "EMR"])]),
    ]


def test_a_br_that_wraps_prose_in_a_cell_is_a_space() -> None:
    html = (
        "<table><tr><th>Metric</th><th>Exceeds</th><th>Tools</th></tr>"
        "<tr><td>Incidents per month<br>(monitor-detected)</td><td>Defines metrics<br>and a lifecycle plan</td>"
        "<td>Xcode<br>fastlane</td></tr></table>"
    )
    assert _tables(html) == [
        (
            ["Metric", "Exceeds", "Tools"],
            [["Incidents per month (monitor-detected)", "Defines metrics and a lifecycle plan", "Xcode\nfastlane"]],
        )
    ]
    # A pipe cell's "\n" before a parenthetical (markdown "Spark<br>(Databricks)") keeps the tool whole too.
    assert [(t.name, t.variants) for t in split_tools("Spark\n(Databricks / EMR)")] == [
        ("Spark", ["Databricks", "EMR"])
    ]


def test_tools_cells_without_line_breaks_split_as_before() -> None:
    assert [t.name for t in split_tools("Azure / AWS / GCP")] == ["Azure", "AWS", "GCP"]
    assert [t.name for t in split_tools("CI/CD")] == ["CI/CD"]
    assert [t.name for t in split_tools("Firebase Crashlytics Sentry")] == ["Firebase Crashlytics Sentry"]
    assert [t.name for t in split_tools("A /\nB")] == ["A", "B"]  # a slash before a line break is spaced


def test_scorecard_cell_lines_are_items_and_main_goals_keep_their_lines() -> None:
    scorecard = _scorecard(
        {
            "Top KPIs": "Crash-free sessions<br>Launch time<br>Hang rate",
            "Main goals": "30/60/90-day ramp to owning a feature area<br>6&#8211;12 months: readiness for senior level",
            "Career progression options": "Senior iOS Engineer<br>Mobile Tech Lead<br>adjacent: Mobile Platform Engineer, Engineering Manager",
        }
    )
    assert scorecard["top_kpis"] == ["Crash-free sessions", "Launch time", "Hang rate"]
    assert (
        scorecard["main_goals"]
        == ["30/60/90-day ramp to owning a feature area", "6–12 months: readiness for senior level"]
    )
    assert [(r["name"], r["note"]) for r in scorecard["career_progression_options"]] == [
        ("Senior iOS Engineer", None),
        ("Mobile Tech Lead", None),
        ("Mobile Platform Engineer", "adjacent"),
        ("Engineering Manager", "adjacent"),
    ]


# --- a table's caption ------------------------------------------------------------------------------------


KPIS = (
    "<h2>7) KPIs and Productivity Metrics</h2>"
    '<figure class="wp-block-table"><table><thead><tr><th>Metric name</th><th>What it measures</th>'
    "<th>Example target</th><th>Frequency</th></tr></thead><tbody>"
    "<tr><td>Sprint goal hit rate</td><td>Sprints meeting their goal</td><td>70–85%</td><td>Per sprint</td></tr>"
    "</tbody></table>{caption}</figure>"
    "<p><strong>Notes on use</strong></p><ul><li>Look at trends over three sprints.</li></ul>"
)


def test_a_figcaption_note_under_a_kpi_table_is_a_kpi_note() -> None:
    caption = '<figcaption class="wp-element-caption">Targets are starting points; calibrate against the team&#8217;s own baseline.</figcaption>'
    kpis = html_fields(KPIS.format(caption=caption), role="Scrum Master")["kpis"]
    assert [r["name"] for r in kpis["rows"]] == ["Sprint goal hit rate"]
    assert kpis["notes"] == [
        {
            "lead": None,
            "intro": ["Targets are starting points; calibrate against the team’s own baseline."],
            "items": [],
        },
        {
            "lead": "Notes on use",
            "intro": [],
            "items": [{"text": "Look at trends over three sprints.", "sub_items": []}],
        },
    ]


def test_a_caption_before_its_table_is_read_right_after_it() -> None:
    html = (
        "<figure><figcaption>Source: team survey, 2025.</figcaption>"
        "<table><tr><th>Metric</th><th>Target</th></tr><tr><td>Lead time</td><td>2 days</td></tr></table></figure>"
        "<table><caption>All targets are medians.</caption><tr><th>Tool</th></tr><tr><td>Jira</td></tr></table>"
    )
    assert _texts(html) == [
        ("table", "Metric | Target\nLead time | 2 days"),
        ("paragraph", "Source: team survey, 2025."),
        ("table", "Tool\nJira"),
        ("paragraph", "All targets are medians."),
    ]


def test_a_caption_that_only_titles_its_table_is_left_out() -> None:
    caption = "<figcaption>Table 1: KPIs for the Scrum Master role</figcaption>"
    assert html_fields(KPIS.format(caption=caption), role="Scrum Master")["kpis"]["notes"] == [
        {
            "lead": "Notes on use",
            "intro": [],
            "items": [{"text": "Look at trends over three sprints.", "sub_items": []}],
        }
    ]
    html = "<figure><table><tr><th>Tool</th></tr><tr><td>Jira</td></tr></table><figcaption>Common tooling</figcaption></figure>"
    assert _texts(html) == [("table", "Tool\nJira")]


# --- career options led by a phrase ------------------------------------------------------------------------


def test_career_options_adjacent_moves_to_are_roles_noted_with_the_lead_phrase() -> None:
    scorecard = _scorecard(
        {
            "Career progression options": "Senior Scrum Master, Agile Coach, Release Train Engineer, Delivery Manager; "
            "adjacent moves to Product Owner or Program Manager"
        }
    )
    assert [(r["name"], r["note"]) for r in scorecard["career_progression_options"]] == [
        ("Senior Scrum Master", None),
        ("Agile Coach", None),
        ("Release Train Engineer", None),
        ("Delivery Manager", None),
        ("Product Owner", "adjacent moves to"),
        ("Program Manager", "adjacent moves to"),
    ]
    assert item_groups(
        "Senior DBA; Database Architect; lateral paths into SRE, Data Engineering, or Data Security", roles=True
    ) == [
        (None, ["Senior DBA"]),
        (None, ["Database Architect"]),
        ("lateral paths into", ["SRE", "Data Engineering", "Data Security"]),
    ]


def test_roles_without_a_lead_phrase_keep_their_commas_and_ors() -> None:
    # A comma or an 'or' inside a role's title, and a lone lead phrase (seed 004), stay as before.
    assert item_groups("Senior iOS Engineer; Mobile Tech Lead; Engineering Manager, Mobile", roles=True) == [
        (None, ["Senior iOS Engineer", "Mobile Tech Lead", "Engineering Manager, Mobile"])
    ]
    assert item_groups("Head of SRE; Director of Platform Engineering or Infrastructure", roles=True) == [
        (None, ["Head of SRE", "Director of Platform Engineering or Infrastructure"])
    ]
    assert item_groups(
        "ML Engineer; long-term path to Senior/Staff/Principal Scientist based on impact", roles=True
    ) == [(None, ["ML Engineer", "long-term path to Senior/Staff/Principal Scientist based on impact"])]


def test_a_lead_phrase_is_no_label_outside_career_options() -> None:
    assert split_items("Jira, Confluence; migrations to Postgres, MySQL") == [
        "Jira, Confluence",
        "migrations to Postgres, MySQL",
    ]
