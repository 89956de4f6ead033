"""Synthetic snippets modelled on unseen pages of the family: html2text / pandoc markdown.

These converters escape a list number's dot ("1\\. Frame ..."), write rules as "* * *",
emphasis with underscores ("_Role horizon:_"), links by reference ("[text][7]" with
"[7]: https://..." at the page's end) and tables as pandoc grid or simple tables.
"""

from pipeline import extract
from pipeline.textblocks import text_to_pieces

_TITLE = "# Data Scientist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"


def _fields(body: str) -> dict:
    return extract((_TITLE + body).encode(), name="x.md")[0].document["fields"]


def _blocks(text: str) -> list[tuple]:
    return [
        (p.block.kind.value, p.block.text if p.block.kind.value != "table" else (p.block.header, p.block.rows))
        for p in text_to_pieces(text)
    ]


def test_escaped_ordered_list_items_are_numbered_items():
    responsibilities = _fields(
        "3) Core Responsibilities\n------------------------\n\n### Strategic responsibilities ###\n\n"
        "1\\. __Frame business questions__\n   – Agree the decision to be made.\n\n"
        "2\\. __Shape the roadmap__\n   – Size candidate projects.\n"
    )["responsibilities"]
    assert responsibilities["intro"] == []
    assert [(i["number"], i["title"], i["detail"]) for i in responsibilities["items"]] == [
        (1, "Frame business questions", "Agree the decision to be made."),
        (2, "Shape the roadmap", "Size candidate projects."),
    ]


def test_escaped_closing_parenthesis_marks_an_item():
    assert _blocks("1\\) Agree the decision to be made before the analysis.\n") == [
        ("list_item", "Agree the decision to be made before the analysis.")
    ]


def test_escaped_punctuation_in_text_is_the_character():
    assert _blocks("Use snake\\_case names \\*not\\* emphasis.\n") == [
        ("paragraph", "Use snake_case names *not* emphasis.")
    ]


def test_thematic_breaks_are_no_content():
    assert _blocks("  * Moves decisions.\n\n* * *\n\n- - -\n\n***\n\n___\n\nNext paragraph.\n") == [
        ("list_item", "Moves decisions."),
        ("paragraph", "Next paragraph."),
    ]


def test_a_bullet_or_a_setext_underline_is_no_thematic_break():
    assert _blocks("* * item with stars\n\nRole Summary\n---\n\n- - - item\n") == [
        ("list_item", "* item with stars"),
        ("heading", "Role Summary"),
        ("list_item", "- - item"),
    ]


def test_underscore_emphasis_label():
    summary = _fields(
        "1) Role Summary\n---------------\n\nThe Data Scientist turns questions into evidence.\n\n"
        "_Role horizon:_ Current. The role is established.\n"
    )["role_summary"]
    assert summary["role_horizon"]["horizon"] == "Current"
    assert summary["paragraphs"] == ["The Data Scientist turns questions into evidence."]


def test_underscores_inside_words_and_urls_stay():
    assert _blocks("Set max_retry_count in https://x.io/a_b_c and _this_ too.\n") == [
        ("paragraph", "Set max_retry_count in https://x.io/a_b_c and this too.")
    ]


def test_reference_links_unwrap_and_definitions_are_no_content():
    assert _blocks(
        "See the [hiring guide][3] and ![logo][4] here.\n\n[![Learn Spanish][7]][8]\n\n"
        "[3]: https://example.com/guide\n[7]: https://example.com/a.png\n"
    ) == [("paragraph", "See the hiring guide and  here.")]


_GRID = (
    "+-------------+-----------+-------------+\n"
    "| Tool        | Category  | Prevalence  |\n"
    "+=============+===========+=============+\n"
    "| Python      | Language  | Common      |\n"
    "| (pandas)    |           |             |\n"
    "+-------------+-----------+-------------+\n"
    "| dbt         | Data      | Optional    |\n"
    "|             | transform |             |\n"
    "+-------------+-----------+-------------+\n"
)


def test_grid_table_rows_join_their_wrapped_cells():
    assert _blocks(_GRID) == [
        ("table", (["Tool", "Category", "Prevalence"], [["Python (pandas)", "Language", "Common"], ["dbt", "Data transform", "Optional"]]))
    ]
    tools = _fields("10) Tools, Platforms, and Software\n----------------------------------\n\n" + _GRID)["tools"]
    assert [(r["tool_text"], r["category"], r["prevalence_text"]) for r in tools["rows"]] == [
        ("Python (pandas)", "Language", "Common"),
        ("dbt", "Data transform", "Optional"),
    ]
    assert tools["unparsed"] == []


def test_grid_table_headers_wrap_words_wrap_at_hyphens_and_markdown_is_read():
    grid = (
        "+--------+----------------+\n| KPI    | Example target |\n|        | / benchmark    |\n+========+================+\n"
        "| __Lift__ | zero post-     |\n|        | release drops  |\n+--------+----------------+\n"
    )
    assert _blocks(grid) == [("table", (["KPI", "Example target / benchmark"], [["Lift", "zero post-release drops"]]))]


def test_grid_table_without_header_border_or_bottom_border():
    grid = "+-----+-----+\n| a   | b   |\n+-----+-----+\n| 1   | 2   |\n| 3   |     |\n\nAfter.\n"
    assert _blocks(grid) == [("table", (["a", "b"], [["1 3", "2"]])), ("paragraph", "After.")]


def test_a_plus_line_that_is_no_border_is_text():
    assert _blocks("+2–5% relative improvement\n+ item\n") == [
        ("paragraph", "+2–5% relative improvement"),
        ("list_item", "item"),
    ]


_SIMPLE = (
    "Dimension              Weight  Meets the bar            Exceeds the bar\n"
    "---------------------  ------  -----------------------  -------------------\n"
    "Statistical reasoning  25%     Chooses correct tests    Spots confounders\n"
    "Communication          10%     Clear readout            Tailors the story\n"
)


def test_simple_table_columns_come_from_the_dash_groups():
    assert _blocks("Intro line.\n\n" + _SIMPLE + "\nAfter.\n") == [
        ("paragraph", "Intro line."),
        (
            "table",
            (
                ["Dimension", "Weight", "Meets the bar", "Exceeds the bar"],
                [
                    ["Statistical reasoning", "25%", "Chooses correct tests", "Spots confounders"],
                    ["Communication", "10%", "Clear readout", "Tailors the story"],
                ],
            ),
        ),
        ("paragraph", "After."),
    ]


def test_simple_table_is_a_hiring_scorecard_with_the_article_in_its_columns():
    hiring = _fields(
        "19) Hiring Evaluation Criteria\n------------------------------\n\n__Interview scorecard__\n\n" + _SIMPLE
    )["hiring"]
    assert [(r["dimension"], r["weight"], r["meets"], r["exceeds"]) for r in hiring["scorecard"]["rows"]] == [
        ("Statistical reasoning", "25%", "Chooses correct tests", "Spots confounders"),
        ("Communication", "10%", "Clear readout", "Tailors the story"),
    ]


def test_dash_groups_without_a_header_line_or_rows_are_no_table():
    # Without a table the dash groups are a rule: no content.
    assert _blocks("Some words here\n\n-----  -----\nrow  one\n") == [
        ("paragraph", "Some words here"),
        ("paragraph", "row  one"),
    ]
    assert _blocks("  * An item line\n-----  -----\nrow  one\n") == [
        ("list_item", "An item line"),
        ("paragraph", "row  one"),
    ]
    assert _blocks("Header  Other\n-----  -----\n\nNo rows.\n") == [
        ("paragraph", "Header  Other"),
        ("paragraph", "No rows."),
    ]
