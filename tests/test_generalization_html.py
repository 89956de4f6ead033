"""HTML the seeds never showed: page-builder markup, bullets typed into paragraphs, tables built from divs.

These are synthetic snippets modelled on unseen pages of the family (an Elementor WordPress
Machine Learning Engineer page), not copies of them. Each guards the rule, and the negative
cases guard what the seeds' pages rely on: chrome named by its class still goes.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

TITLE = "<h1>Data Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"


def _blocks(body: str) -> list[tuple]:
    """The blocks of a page as (kind, text, extra): a heading's level, an item's depth and marker,
    a table's header and rows."""
    out: list[tuple] = []
    for piece in html_to_pieces(f"<html><body>{body}</body></html>").pieces:
        block = piece.block
        if block.kind == "heading":
            out.append(("heading", block.text, block.level))
        elif block.kind == "list_item":
            out.append(("list_item", block.text, block.depth, block.marker))
        elif block.kind == "table":
            out.append(("table", block.header, block.rows))
        else:
            out.append((block.kind.value, block.text))
    return out


def _fields(body: str) -> dict:
    page = f"<html><body>{TITLE}{body}</body></html>"
    return extract(page.encode(), name="x.html")[0].blueprint.model_dump(mode="json")["fields"]


# --- chrome by class name -------------------------------------------------------------------


def _elementor(widget_class: str, inner: str) -> str:
    return f'<div class="elementor-element elementor-widget {widget_class}"><div class="elementor-widget-container">{inner}</div></div>'


def test_elementor_widgets_hold_the_article_not_chrome() -> None:
    body = (
        _elementor("elementor-widget-nav-menu", "<ul><li><a href='/'>Role Blueprints</a></li></ul>")
        + _elementor("elementor-widget-heading", '<h2 class="elementor-heading-title">1) Role Summary</h2>')
        + _elementor("elementor-widget-text-editor", "<p>The Data Engineer builds and runs the data pipelines.</p>")
        + _elementor("elementor-widget-text-editor csh-ad-box", "<p>Compare Home Solar Installers Near You</p>")
        + _elementor("elementor-widget-heading", '<h2 class="elementor-heading-title">2) Role Mission</h2>')
        + _elementor("elementor-widget-text-editor", "<p>Keep the company's data trustworthy.</p>")
        + _elementor("elementor-widget-author-box", "<p>Priya writes about engineering career frameworks.</p>")
    )
    assert _blocks(body) == [
        ("heading", "1) Role Summary", 2),
        ("paragraph", "The Data Engineer builds and runs the data pipelines."),
        ("heading", "2) Role Mission", 2),
        ("paragraph", "Keep the company's data trustworthy."),
    ]


def test_a_whole_elementor_page_is_a_blueprint() -> None:
    body = "".join(
        _elementor("elementor-widget-heading", f"<h2>{n}) {title}</h2>")
        + _elementor("elementor-widget-text-editor", f"<p>{text}</p>")
        for n, title, text in [
            (1, "Role Summary", "The Data Engineer builds pipelines for analytics and ML."),
            (2, "Role Mission", "Make data reliable, timely and cheap to use."),
        ]
    )
    fields = _fields(body)
    assert fields["role_summary"]["paragraphs"] == ["The Data Engineer builds pipelines for analytics and ML."]
    assert fields["role_mission"]["core_mission"] == "Make data reliable, timely and cheap to use."


def test_an_unknown_builders_widget_words_are_learned_from_the_section_headings_wrappers() -> None:
    def widget(kind: str, inner: str) -> str:
        return f'<div class="zb-el zb-widget {kind}"><div class="zb-widget-inner">{inner}</div></div>'

    body = (
        widget("zb-widget-nav", "<p>Role Blueprints</p>")  # still chrome: 'nav'
        + widget("zb-heading", "<h2>1) Role Summary</h2>")
        + widget("zb-text", "<p>Builds pipelines.</p>")
        + widget("zb-text promo-box", "<p>Buy the course</p>")  # still chrome: 'promo'
        + widget("zb-heading", "<h2>2) Role Mission</h2>")
        + widget("zb-text", "<p>Keeps data trustworthy.</p>")
    )
    assert _blocks(f"<div class='page'>{body}</div>") == [
        ("heading", "1) Role Summary", 2),
        ("paragraph", "Builds pipelines."),
        ("heading", "2) Role Mission", 2),
        ("paragraph", "Keeps data trustworthy."),
    ]


def test_a_chrome_named_wrapper_holding_the_numbered_sections_stays() -> None:
    body = (
        '<div class="content widget-area"><h2>1) Role Summary</h2><p>Builds pipelines.</p>'
        '<div class="sidebar"><p>Popular posts</p></div>'
        "<h2>2) Role Mission</h2><p>Keeps data trustworthy.</p></div>"
    )
    assert _blocks(body) == [
        ("heading", "1) Role Summary", 2),
        ("paragraph", "Builds pipelines."),
        ("heading", "2) Role Mission", 2),
        ("paragraph", "Keeps data trustworthy."),
    ]


def test_state_classes_name_no_chrome() -> None:
    body = '<div class="entry has-header-image"><h2>1) Role Summary</h2><p>Builds pipelines.</p></div>'
    assert _blocks(body) == [("heading", "1) Role Summary", 2), ("paragraph", "Builds pipelines.")]


def test_chrome_without_section_headings_still_goes() -> None:
    body = (
        '<div class="entry-header"><h2>Data Engineer</h2><p>By Priya Raman</p></div>'
        '<div class="widget widget_text"><h3>Newsletter</h3><p>Join 40,000+ hiring leaders</p></div>'
        '<div class="wp-block-group"><h2>1) Role Summary</h2><p>Builds pipelines.</p></div>'
        '<div class="elementor-widget-text-editor widget"><p>A plain widget class still names chrome.</p></div>'
    )
    assert _blocks(body) == [("heading", "1) Role Summary", 2), ("paragraph", "Builds pipelines.")]


# --- bullets typed into paragraphs ----------------------------------------------------------


def test_a_bullet_paragraph_is_one_item() -> None:
    assert _blocks("<p>&#8226; Keeps data trustworthy.</p><p>&#9642; Cuts reporting cost.</p>") == [
        ("list_item", "Keeps data trustworthy.", 0, "•"),
        ("list_item", "Cuts reporting cost.", 0, "▪"),
    ]


def test_hyphen_lines_of_a_paragraph_are_items_and_dash_lines_their_details() -> None:
    body = "<p>- Run pipelines &#8211; keep SLAs<br>- Handle on-call<br>&#8211; triage alerts</p>"
    assert _blocks(body) == [
        ("list_item", "Run pipelines – keep SLAs", 0, "-"),
        ("list_item", "Handle on-call", 0, "-"),
        ("list_item", "triage alerts", 1, "–"),
    ]


def test_a_lead_line_before_bullet_lines_stays_a_paragraph() -> None:
    assert _blocks("<p>Outcomes:<br>* Faster releases<br>· Fewer incidents</p>") == [
        ("paragraph", "Outcomes:"),
        ("list_item", "Faster releases", 0, "*"),
        ("list_item", "Fewer incidents", 0, "·"),
    ]


def test_a_hyphen_without_a_space_opens_no_item() -> None:
    assert _blocks("<p>-5% churn since the launch.</p><p>Data-driven teams ship - sometimes.</p>") == [
        ("paragraph", "-5% churn since the launch."),
        ("paragraph", "Data-driven teams ship - sometimes."),
    ]


def test_bullet_paragraphs_fill_the_mission_lists() -> None:
    body = (
        "<h2>1) Role Summary</h2><p>The Data Engineer builds pipelines.</p><h2>2) Role Mission</h2>"
        "<p><b>Strategic importance to the company</b></p><p>&#8226; Keeps data trustworthy.</p>"
        "<p>&#8226; Cuts reporting cost.</p>"
        "<p><b>Primary business outcomes expected</b></p><p>- Fresh dashboards<br>- Fewer incidents</p>"
    )
    mission = _fields(body)["role_mission"]
    assert mission["strategic_importance"] == ["Keeps data trustworthy.", "Cuts reporting cost."]
    assert mission["primary_business_outcomes"] == ["Fresh dashboards", "Fewer incidents"]


# --- tables built from divs -----------------------------------------------------------------


def _row(cells: list[str], cls: str = "row", cell: str = "div") -> str:
    return f'<div class="{cls}">' + "".join(f"<{cell} class='cell'>{c}</{cell}>" for c in cells) + "</div>"


def test_div_rows_of_one_width_are_a_table_whatever_their_classes() -> None:
    grid = (
        '<div class="csh-grid">'
        + _row(["Category", "Tool", "Prevalence"], "row header")
        + _row(["Orchestration", "Kubeflow Pipelines / Airflow", "Common"])
        + _row(["Streaming", "<p>Kafka</p>", "Context-specific"])
        + "</div>"
        + '<div class="grid">'
        + _row(["Metric", "Target"], "tr", "span")
        + _row(["Latency", "&lt; 120 ms"], "tr", "span")
        + "</div>"
    )
    assert _blocks(grid) == [
        ("table", ["Category", "Tool", "Prevalence"],
         [["Orchestration", "Kubeflow Pipelines / Airflow", "Common"], ["Streaming", "Kafka", "Context-specific"]]),
        ("table", ["Metric", "Target"], [["Latency", "< 120 ms"]]),
    ]  # fmt: skip


def test_a_div_tables_heading_and_body_groups_are_one_table() -> None:
    table = (
        '<div class="divTable"><div class="table-header">' + _row(["Metric", "Target"], "divTableRow") + "</div>"
        '<div class="divTableBody">'
        + _row(["Latency", "p95 < 120 ms"], "divTableRow")
        + _row(["Availability", "99.9%"], "divTableRow")
        + "</div></div>"
    )
    assert _blocks(table) == [("table", ["Metric", "Target"], [["Latency", "p95 < 120 ms"], ["Availability", "99.9%"]])]


def test_cells_that_repeat_their_column_label_are_cells_not_rows() -> None:
    def labelled(pairs: list[tuple[str, str]]) -> str:
        return (
            '<div class="row">'
            + "".join(
                f'<div class="cell"><span class="label">{label}</span><span>{value}</span></div>'
                for label, value in pairs
            )
            + "</div>"
        )

    grid = labelled([("Tool", "Airflow"), ("Use", "Scheduling")]) + labelled([("Tool", "Kafka"), ("Use", "Streams")])
    assert _blocks(grid) == [("table", ["Tool Airflow", "Use Scheduling"], [["Tool Kafka", "Use Streams"]])]


def test_two_div_tables_in_a_row_stay_two() -> None:
    first = '<div class="t">' + _row(["Metric", "Target"]) + _row(["Latency", "120 ms"]) + "</div>"
    second = '<div class="t">' + _row(["Tool", "Use"]) + _row(["Kafka", "Streams"]) + "</div>"
    assert _blocks(first + second) == [
        ("table", ["Metric", "Target"], [["Latency", "120 ms"]]),
        ("table", ["Tool", "Use"], [["Kafka", "Streams"]]),
    ]


def test_a_div_table_fills_the_tools_rows() -> None:
    body = (
        "<h2>10) Tools, Platforms, and Software</h2><div class='grid'>"
        + _row(["Category", "Tool / platform", "Primary use", "Prevalence"])
        + _row(["Orchestration", "Airflow", "Scheduling", "Common"])
        + _row(["Streaming", "Kafka", "Event streams", "Optional"])
        + "</div>"
    )
    tools = _fields(body)["tools"]
    assert [(r["category"], r["tool_text"], r["prevalence"]) for r in tools["rows"]] == [
        ("Orchestration", "Airflow", "common"),
        ("Streaming", "Kafka", "optional"),
    ]
    assert tools["notes"] == []


def test_div_layouts_that_are_no_table_stay_text() -> None:
    prose = "A long explanation of the role that runs on well past a table cell's short phrase. " * 2
    body = (
        _row(["Lone row", "of two cells"])  # one row is no table
        + _row([prose, "Side note"])
        + _row([prose, "Other note"])  # prose laid out in columns
        + '<div class="card"><h3>Systems thinking</h3><p>Sees failures across stages.</p></div>'
        + '<div class="card"><h3>Ownership</h3><p>Owns the outcome.</p></div>'  # cards: headings, not cells
    )
    assert _blocks(body) == [
        ("paragraph", "Lone row"),
        ("paragraph", "of two cells"),
        ("paragraph", prose.strip()),
        ("paragraph", "Side note"),
        ("paragraph", prose.strip()),
        ("paragraph", "Other note"),
        ("heading", "Systems thinking", 3),
        ("paragraph", "Sees failures across stages."),
        ("heading", "Ownership", 3),
        ("paragraph", "Owns the outcome."),
    ]


def test_a_run_of_equally_named_chrome_rows_still_goes() -> None:
    comments = "".join(_row([name, text], "comment") for name, text in [("Marcus", "Great post"), ("Lena", "Thanks")])
    assert _blocks(f"<h2>1) Role Summary</h2><p>Builds pipelines.</p>{comments}") == [
        ("heading", "1) Role Summary", 2),
        ("paragraph", "Builds pipelines."),
    ]
