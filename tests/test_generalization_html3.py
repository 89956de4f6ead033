"""HTML tables with spans, definition lists, table captions and entry dates on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (a WordPress block-theme "Product
Manager" page): a KPI table whose <thead> opens with a title row spanning every column, a tools table
whose category cells span the rows of their tools, a final scorecard table without a header row,
soft skills (and other labelled items) written as <dl> terms and descriptions, <figcaption> captions
under tables, and a publication date printed only as <time datetime> next to the title. The negative
cases guard what the seed pages and earlier pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

HEAD = (
    "<html><head><title>Product Manager: Role Blueprint</title></head><body><main>"
    "<h1>Product Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    "<h2>1) Role Summary</h2><p>The Product Manager owns outcomes.</p>"
)
TAIL = "</main></body></html>"


def _document(body: str, head: str = HEAD) -> dict[str, Any]:
    [result] = extract((head + body + TAIL).encode(), name="x.html")
    return result.document


def _fields(body: str) -> dict[str, Any]:
    return _document(body)["fields"]


def _tables(html: str) -> list[tuple[list[str] | None, list[list[str]] | None]]:
    return [(p.block.header, p.block.rows) for p in html_to_pieces(html).pieces if p.block.kind == "table"]


# --- colspan: a title row, and cells spanning columns ---------------------------------------------------

KPI_TABLE = (
    "<h2>7) KPIs and Productivity Metrics</h2>"
    "<p>The metrics below are illustrative.</p>"
    '<figure class="wp-block-table"><table><thead>'
    '<tr><th colspan="5">Illustrative KPIs</th></tr>'
    "<tr><th>Metric</th><th>What it measures</th><th>Why it matters</th><th>Example target</th><th>Frequency</th></tr>"
    "</thead><tbody>"
    "<tr><td>Time to value</td><td>Days from sign-up to first key action</td><td>Drives activation</td>"
    "<td>&lt; 7 days</td><td>Monthly</td></tr>"
    "<tr><td>Roadmap predictability</td><td>Committed items delivered</td><td>Builds trust</td>"
    "<td>80–90%</td><td>Quarterly</td></tr>"
    "</tbody></table><figcaption>Table 1: KPIs for the Product Manager role</figcaption></figure>"
)


def test_title_row_spanning_the_table_is_a_caption_and_the_next_row_the_header() -> None:
    kpis = _fields(KPI_TABLE)["kpis"]
    assert kpis["columns"] == ["Metric", "What it measures", "Why it matters", "Example target", "Frequency"]
    assert [
        (r["name"], r["what_it_measures"], r["why_it_matters"], r["target"], r["frequency"]) for r in kpis["rows"]
    ] == [
        ("Time to value", "Days from sign-up to first key action", "Drives activation", "< 7 days", "Monthly"),
        ("Roadmap predictability", "Committed items delivered", "Builds trust", "80–90%", "Quarterly"),
    ]
    # Neither the title row nor the figcaption is text of the section.
    assert kpis["intro"] == ["The metrics below are illustrative."]
    assert kpis["notes"] == []


def test_colspan_cell_fills_its_columns_its_text_in_the_first_the_rest_empty() -> None:
    html = (
        "<table><thead><tr><th>Metric</th><th>Target</th><th>Frequency</th><th>Owner</th></tr></thead><tbody>"
        '<tr><td>Adoption</td><td colspan="2">25% monthly</td><td>PM</td></tr>'
        '<tr><td colspan="3">Retention</td><td>PM</td></tr>'
        "</tbody></table>"
    )
    assert _tables(html) == [
        (
            ["Metric", "Target", "Frequency", "Owner"],
            [["Adoption", "25% monthly", "", "PM"], ["Retention", "", "", "PM"]],
        )
    ]


def test_header_cell_spanning_two_columns_keeps_the_header_as_wide_as_the_rows() -> None:
    html = (
        '<table><tr><th>Dimension</th><th colspan="2">Bar</th></tr>'
        "<tr><td>Execution</td><td>Ships</td><td>Ships early</td></tr></table>"
    )
    assert _tables(html) == [(["Dimension", "Bar", ""], [["Execution", "Ships", "Ships early"]])]


def test_one_cell_row_inside_the_body_stays_a_row() -> None:
    html = (
        "<table><thead><tr><th>Category</th><th>Tool</th></tr></thead><tbody>"
        '<tr><td colspan="2">Analytics</td></tr><tr><td>BI</td><td>Looker</td></tr></tbody></table>'
    )
    # Not a caption (the header is above it): a row spanning the table stays a row, of its one cell (a group
    # label, see htmlblocks.group_label).
    assert _tables(html) == [(["Category", "Tool"], [["Analytics"], ["BI", "Looker"]])]


def test_one_column_table_keeps_its_header() -> None:
    html = "<table><tr><th>Tool</th></tr><tr><td>Jira</td></tr></table>"
    assert _tables(html) == [(["Tool"], [["Jira"]])]


# --- rowspan: a cell carried into the rows below ----------------------------------------------------------

TOOLS_TABLE = (
    "<h2>10) Tools, Platforms, and Software</h2>"
    '<figure class="wp-block-table"><table><thead>'
    "<tr><th>Category</th><th>Tool</th><th>Primary use</th><th>Prevalence</th></tr></thead><tbody>"
    '<tr><td rowspan="3">Product analytics</td><td>Amplitude</td><td>Event analytics</td><td>Common</td></tr>'
    "<tr><td>Mixpanel</td><td>Event analytics alternative</td><td>Optional</td></tr>"
    "<tr><td>Looker</td><td>BI dashboards</td><td>Context-specific</td></tr>"
    '<tr><td rowspan="2">Work management</td><td>Jira</td><td>Backlog</td><td rowspan="2">Common</td></tr>'
    "<tr><td>Linear</td><td>Issue tracking</td></tr>"
    "</tbody></table><figcaption>Table 2: Common product management tooling</figcaption></figure>"
)


def test_rowspan_category_is_carried_into_the_rows_below_at_its_column() -> None:
    tools = _fields(TOOLS_TABLE)["tools"]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in tools["rows"]] == [
        ("Product analytics", "Amplitude", "Event analytics", "common"),
        ("Product analytics", "Mixpanel", "Event analytics alternative", "optional"),
        ("Product analytics", "Looker", "BI dashboards", "context_specific"),
        ("Work management", "Jira", "Backlog", "common"),
        ("Work management", "Linear", "Issue tracking", "common"),
    ]
    assert tools["notes"] == []  # the figcaption is no note


def test_rowspan_in_a_middle_column_keeps_later_cells_in_place() -> None:
    html = (
        "<table><tr><th>A</th><th>B</th><th>C</th></tr>"
        '<tr><td>a1</td><td rowspan="2">b</td><td>c1</td></tr>'
        "<tr><td>a2</td><td>c2</td></tr>"
        "<tr><td>a3</td><td>b3</td><td>c3</td></tr></table>"
    )
    assert _tables(html) == [(["A", "B", "C"], [["a1", "b", "c1"], ["a2", "b", "c2"], ["a3", "b3", "c3"]])]


# --- a header row only where the first row reads as one ---------------------------------------------------

SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2>"
    '<figure class="wp-block-table"><table><tbody>'
    "<tr><td>Role title</td><td>Product Manager</td></tr>"
    "<tr><td>Role purpose</td><td>Discover and deliver product outcomes.</td></tr>"
    "<tr><td>Top tools</td><td>Jira; Figma; Amplitude</td></tr>"
    "</tbody></table></figure>"
)


def test_headerless_scorecard_keeps_its_first_labelled_row() -> None:
    scorecard = _fields(SCORECARD)["scorecard"]
    assert scorecard["header"] == []
    assert scorecard["role_title"] == "Product Manager"
    assert scorecard["role_purpose"] == "Discover and deliver product outcomes."
    assert scorecard["top_tools"] == ["Jira", "Figma", "Amplitude"]


def test_td_header_row_over_labelled_rows_stays_the_header() -> None:
    scorecard = _fields(SCORECARD.replace("<tbody>", "<tbody><tr><td>Item</td><td>Executive summary</td></tr>"))[
        "scorecard"
    ]
    assert scorecard["header"] == ["Item", "Executive summary"]
    assert [row["label"] for row in scorecard["rows"]] == ["Role title", "Role purpose", "Top tools"]


def test_td_header_row_naming_a_scorecard_label_stays_the_header_over_other_rows() -> None:
    # "Tools" is a scorecard label, but the row after it ("Jira") is none: the first row heads the table.
    html = "<table><tr><td>Tools</td><td>Use</td></tr><tr><td>Jira</td><td>Backlog</td></tr></table>"
    assert _tables(html) == [(["Tools", "Use"], [["Jira", "Backlog"]])]


def test_th_header_over_labelled_rows_is_the_header() -> None:
    html = (
        "<table><tr><th>Role title</th><th>Product Manager</th></tr>"
        "<tr><td>Role purpose</td><td>Ship outcomes.</td></tr></table>"
    )
    assert _tables(html) == [(["Role title", "Product Manager"], [["Role purpose", "Ship outcomes."]])]


# --- definition lists ------------------------------------------------------------------------------------


def test_definition_list_soft_skills_open_one_skill_per_term() -> None:
    soft = _fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><dl>"
        "<dt>Customer empathy</dt>"
        "<dd><strong>Why it matters:</strong> Decisions start from user pain.</dd>"
        "<dd><strong>How it shows up:</strong> Talks to customers weekly.</dd>"
        "<dd><strong>Strong performance:</strong> The team quotes customers.</dd>"
        "<dt>Written communication</dt>"
        "<dd>Why it matters: Docs scale decisions.</dd>"
        "</dl>"
    )["soft_skills"]
    assert soft["intro"] == []
    assert [
        (s["name"], s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"]) for s in soft["skills"]
    ] == [
        (
            "Customer empathy",
            "Decisions start from user pain.",
            "Talks to customers weekly.",
            "The team quotes customers.",
        ),
        ("Written communication", "Docs scale decisions.", None, None),
    ]


def test_definition_list_technical_skills_with_a_div_grouped_term() -> None:
    tech = _fields(
        "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3><dl>"
        "<dt>Data analysis with SQL (Critical)</dt><dd>Use: Size opportunities.</dd>"
        "<div><dt>Agile delivery practices (Important)</dt><dd>Use: Plan sprints.</dd></div>"
        "</dl>"
    )["technical_skills"]
    assert [(s["name"], s["tier"], s["importance"], s["use"]) for s in tech["skills"]] == [
        ("Data analysis with SQL", "must_have", "critical", "Size opportunities."),
        ("Agile delivery practices", "must_have", "important", "Plan sprints."),
    ]


def test_definition_list_stakeholders_with_their_nature_and_escalation() -> None:
    stakeholders = _fields(
        "<h2>12) Stakeholders and Collaboration Map</h2><h3>Internal stakeholders</h3><dl>"
        "<dt>Engineering Manager</dt><dd>Nature of collaboration: Capacity planning.</dd>"
        "<dd>Escalation: Director of Engineering.</dd>"
        "<dt>Product Design</dt><dd>Nature of collaboration: Discovery.</dd></dl>"
    )["stakeholders"]
    assert [(s["name"], s["nature"], s["escalation"]) for s in stakeholders["internal"]] == [
        ("Engineering Manager", "Capacity planning.", "Director of Engineering."),
        ("Product Design", "Discovery.", None),
    ]


def test_description_of_paragraphs_gives_one_description_line_each() -> None:
    soft = _fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><dl><dt>Customer empathy</dt><dd>"
        "<p><strong>Why it matters:</strong> Decisions start from user pain.</p>"
        "<p><strong>How it shows up:</strong> Talks to customers weekly.</p></dd></dl>"
    )["soft_skills"]
    assert [(s["name"], s["why_it_matters"], s["how_it_shows_up"]) for s in soft["skills"]] == [
        ("Customer empathy", "Decisions start from user pain.", "Talks to customers weekly.")
    ]


def test_list_item_paragraphs_are_lines_not_glued_text() -> None:
    html = "<ul><li><p>Customer empathy</p><p>Why: pain.</p></li><li>Lead <b>bold</b><p>detail</p>\n</li></ul>"
    assert [(p.block.text, p.block.depth) for p in html_to_pieces(html).pieces] == [
        ("Customer empathy", 0),
        ("Why: pain.", 1),
        ("Lead bold", 0),
        ("detail", 1),
    ]


def test_definition_list_nested_in_a_list_item_hangs_under_it() -> None:
    html = "<ul><li>Customer empathy<dl><dt>Why</dt><dd>Pain.</dd></dl></li></ul>"
    assert [(p.block.text, p.block.depth) for p in html_to_pieces(html).pieces] == [
        ("Customer empathy", 0),
        ("Why", 1),
        ("Pain.", 2),
    ]


# --- captions ---------------------------------------------------------------------------------------------


def test_figcaption_of_an_image_is_still_text() -> None:
    html = '<figure><img src="x.png"><figcaption>Discovery loop of the team</figcaption></figure>'
    assert [p.block.text for p in html_to_pieces(html).pieces] == ["Discovery loop of the team"]


# --- the entry's publication date ------------------------------------------------------------------------

BLOCK_THEME = (
    "<html><head><title>Product Manager: Role Blueprint</title></head><body>"
    '<aside><time datetime="2024-01-01">Recent post</time></aside><main>'
    "<h1>Product Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    '<div class="wp-block-post-date"><time datetime="2025-03-14">March 14, 2025</time></div>'
    "<h2>1) Role Summary</h2><p>The Product Manager owns outcomes.</p>"
)


def test_date_published_from_the_time_next_to_the_title() -> None:
    assert _document("", head=BLOCK_THEME)["source"]["date_published"] == "2025-03-14"


def test_date_published_skips_the_updated_time_of_a_classic_entry_header() -> None:
    head = (
        '<html><head><title>T</title></head><body><article><header class="entry-header">'
        "<h1>Product Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        '<time class="updated" datetime="2025-06-01">June 1</time>'
        '<time class="entry-date published" datetime="2025-03-14T09:00:00+00:00">March 14</time>'
        "</header><h2>1) Role Summary</h2><p>The Product Manager owns outcomes.</p>"
    )
    assert _document("</article>", head=head)["source"]["date_published"] == "2025-03-14T09:00:00+00:00"


def test_meta_published_time_wins_over_a_printed_date() -> None:
    head = BLOCK_THEME.replace(
        "<head>", '<head><meta property="article:published_time" content="2025-03-10T08:00:00+00:00">'
    )
    assert _document("", head=head)["source"]["date_published"] == "2025-03-10T08:00:00+00:00"


def test_no_date_from_outside_the_entry() -> None:
    # The only dated <time> is a sidebar's, outside the <main> that holds the title.
    head = BLOCK_THEME.replace(
        '<div class="wp-block-post-date"><time datetime="2025-03-14">March 14, 2025</time></div>', ""
    )
    assert _document("", head=head)["source"]["date_published"] is None
