"""Markdown pages whose section headings are setext-underlined, and HTML comments in markdown.

Synthetic snippets modelled on unseen pages of the family: a Marketing Operations Manager page a
Turndown-style crawler wrote, with sections 1-10 as setext headings ("1) Role Summary" over
"---------------"), sections 11-20 as "## 11) ..." and "**1) Take-home exercise**" lines, and HTML
comments left by the CMS ("<!-- wp:list -->", "<!-- ad-slot -->"). The negative cases guard what the
seeds read: a numbered list's last item over a rule stays an item, plain pages keep their headings.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.textblocks import text_to_pieces

TITLE = "Foo Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n============================\n\n"
SETEXT_SECTIONS = (
    "1) Role Summary\n---------------\n\nThe Foo Manager runs the foo systems.\n\n"
    "2) Role Mission\n---------------\n\nCore mission: make foo reliable.\n\n"
    "3) Core Responsibilities\n========================\n\n**Strategic responsibilities**\n\n"
    "1. Own the foo roadmap\n2. Define the foo model\n\n"
)


def _document(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")
    return extraction.document


def _sections(text: str) -> list[tuple[str, int]]:
    return [(section["id"], section["number"]) for section in _document(text)["sections"]]


def _blocks(text: str) -> list[tuple[str, int | None, str]]:
    return [(p.block.kind.value, p.block.level, p.block.text) for p in text_to_pieces(text)]


# --- setext-underlined numbered headings -----------------------------------------------------------------


def test_underlined_sections_count_on_a_page_that_marks_its_later_sections() -> None:
    text = TITLE + SETEXT_SECTIONS + "## 4) Day-to-Day Activities\n\n**Daily activities**\n\n* Check foo queues.\n\n"
    text += "## 5) Key Deliverables\n\n* Foo runbook\n"
    document = _document(text)
    assert [(s["id"], s["number"]) for s in document["sections"]] == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("responsibilities", 3),
        ("day_to_day", 4),
        ("deliverables", 5),
    ]
    fields = document["fields"]
    assert fields["role_summary"]["paragraphs"] == ["The Foo Manager runs the foo systems."]
    assert [(i["category"], i["number"], i["title"]) for i in fields["responsibilities"]["items"]] == [
        ("strategic", 1, "Own the foo roadmap"),
        ("strategic", 2, "Define the foo model"),
    ]


def test_the_underline_gives_the_level_where_plain_numbered_lines_are_items() -> None:
    text = "1) Role Summary\n===============\n\nText.\n\n2) Role Mission\n---------------\n\n## 3) Core Responsibilities\n\n## 4) Day-to-Day Activities\n"
    assert _blocks(text) == [
        ("heading", 1, "1) Role Summary"),
        ("paragraph", None, "Text."),
        ("heading", 2, "2) Role Mission"),
        ("heading", 2, "3) Core Responsibilities"),
        ("heading", 2, "4) Day-to-Day Activities"),
    ]


def test_bold_numbered_exercises_do_not_hide_underlined_sections() -> None:
    text = (
        TITLE
        + SETEXT_SECTIONS
        + (
            "19) Hiring Evaluation Criteria\n------------------------------\n\n**Practical exercises**\n\n"
            "**1) Take-home exercise** (90 minutes)\n\nBuild a routing model.\n\n"
            "**2) Live case** (45 minutes)\n\nDiagnose a funnel.\n"
        )
    )
    document = _document(text)
    assert [(s["id"], s["number"]) for s in document["sections"]] == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("responsibilities", 3),
        ("hiring", 19),
    ]
    exercises = document["fields"]["hiring"]["exercises"]
    assert [(e["name"], e["duration"], [d["text"] for d in e["details"]]) for e in exercises] == [
        ("Take-home exercise", "90 minutes", ["Build a routing model."]),
        ("Live case", "45 minutes", ["Diagnose a funnel."]),
    ]


def test_a_numbered_lists_last_item_over_a_rule_stays_an_item() -> None:
    # The page marks its headings ("## N)"), so its plain "N) ..." lines are items; a "---" right under
    # the list's last item, or after a blank line, is a rule.
    text = (
        "# Foo Manager\n\n## 3) Core Responsibilities\n\n1) Shape the agenda\n2) Run the review\n---\n\n"
        "3) Keep the records\n\n---\n\n## 4) Day-to-Day Activities\n"
    )
    assert _blocks(text) == [
        ("heading", 1, "Foo Manager"),
        ("heading", 2, "3) Core Responsibilities"),
        ("list_item", None, "Shape the agenda"),
        ("list_item", None, "Run the review"),
        ("list_item", None, "Keep the records"),
        ("heading", 2, "4) Day-to-Day Activities"),
    ]


def test_an_underlined_sentence_item_stays_an_item() -> None:
    # Only a short title line is a heading: a numbered sentence over dashes is an item over a rule.
    text = "# Foo Manager\n\n## 3) Core Responsibilities\n\n## 4) Day-to-Day Activities\n\n1) Check the queues every morning before standup.\n---\n"
    assert _blocks(text)[-1] == ("list_item", None, "Check the queues every morning before standup.")


# --- HTML comments are no content -------------------------------------------------------------------------


def test_wordpress_block_comments_leave_no_paragraph_or_detail() -> None:
    sections = ["Role Summary", "Role Mission", "Core Responsibilities", "Day-to-Day Activities"]
    body = "\n\n".join(
        f"<!-- wp:heading -->\n## {n}) {title}\n<!-- /wp:heading -->\n\n"
        f"<!-- wp:paragraph -->\nText for {title}.\n<!-- /wp:paragraph -->\n\n"
        "<!-- wp:list -->\n* item a\n* item b\n<!-- /wp:list -->"
        for n, title in enumerate(sections, 1)
    )
    fields = _document("# Foo Manager: Role Blueprint\n\n" + body)["fields"]
    assert fields["role_summary"]["paragraphs"] == ["Text for Role Summary."]
    assert [(i["title"], i["detail"]) for i in fields["responsibilities"]["items"]] == [
        ("item a", None),
        ("item b", None),
    ]


def test_a_comment_inside_a_line_or_over_lines_goes_and_offsets_index_the_page() -> None:
    text = (
        "Keep this <!-- note --> text.\n"
        "<!-- TODO editor:\n<div class='x'>refresh</div>\n--> After the comment.\n\n"
        "<!-- ad-slot --> * First item\n"
        "| Metric | Target |\n|---|---|\n| Uptime <!-- check --> | 99.9% |\n"
    )
    pieces = text_to_pieces(text)
    assert [(p.block.kind.value, p.block.text) for p in pieces] == [
        ("paragraph", "Keep this text."),
        ("paragraph", "After the comment."),
        ("list_item", "First item"),
        ("table", "Metric | Target\nUptime | 99.9%"),
    ]
    after, item = pieces[1].block, pieces[2].block
    assert text[after.start : after.end] == "After the comment."
    assert text[item.start : item.end] == "* First item"


def test_a_comment_never_closed_hides_nothing() -> None:
    text = "A stray <!-- in a line.\n\nThe next paragraph.\n"
    assert _blocks(text) == [
        ("paragraph", None, "A stray <!-- in a line."),
        ("paragraph", None, "The next paragraph."),
    ]


def test_several_comments_on_one_line_all_go() -> None:
    assert _blocks("* Own <!-- 1 --> the <!-- 2 -->roadmap<!-- 3 -->\n") == [("list_item", None, "Own the roadmap")]
