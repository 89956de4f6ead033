"""A sixty-eighth round unseen page: a Notion API page saved by a script ({"page": page object, "blocks": [...]},
each block's children inlined under "children"). No reader took it, so the page failed as unread_json. notionapi.py
renders the blocks as HTML (lists grouped, children nested, toggles and columns in order, tables with their header
row, a callout's text without its icon) and drops databases, bookmarks, embeds and media.

Snippets below are synthetic (the Notion API's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.notionapi import notion_articles
from tests.snippets import all_strings, unseen_document

_PAGE = "medical-science-liaison-notion-api.synthetic.json"
_PAGE_ID = "0f3e6b1c2d4a4e5f8a9b0c1d2e3f4a5b"


def _run(text: str, bold: bool = False, href: str | None = None) -> dict[str, Any]:
    annotations = {"bold": bold, "italic": False, "strikethrough": False, "underline": False, "code": False}
    return {"type": "text", "text": {"content": text}, "annotations": annotations, "plain_text": text, "href": href}


def _block(kind: str, body: dict[str, Any], *children: dict[str, Any]) -> dict[str, Any]:
    block = {"object": "block", "id": "b", "type": kind, kind: body, "has_children": bool(children)}
    return {**block, "children": list(children)} if children else block


def _text(kind: str, *runs: dict[str, Any] | str, children: tuple = ()) -> dict[str, Any]:
    rich = [_run(run) if isinstance(run, str) else run for run in runs]
    return _block(kind, {"rich_text": rich, "color": "default"}, *children)


def _table(*rows: tuple[str, ...]) -> dict[str, Any]:
    cells = [_block("table_row", {"cells": [[_run(cell)] for cell in row]}) for row in rows]
    return _block("table", {"table_width": len(rows[0]), "has_column_header": True}, *cells)


_BLOCKS = [
    _text("heading_1", "Test Role: Role Blueprint"),
    _text("paragraph", "Home / Role Library / Testing"),
    _text("heading_2", "1) Role Summary"),
    _text("paragraph", _run("Core mission:", bold=True), " the ", _run("Test Role", href="https://x.example"),
          " runs the lab."),
    _text("heading_2", "3) Core Responsibilities"),
    _text("heading_3", "Strategic responsibilities"),
    _text("numbered_list_item", "Shape the plan", children=(_text("paragraph", "– Review the plan monthly."),)),
    _text("numbered_list_item", "Run the bench", children=(_text("paragraph", "– Keep samples labelled."),)),
    _block("callout", {"rich_text": [_run("Become certified in 12 weeks — use code LAB25 for 25% off.")],
                       "icon": {"type": "emoji", "emoji": "🎓"}}),
    _block("child_database", {"title": "Related roles"}),
    _block("bookmark", {"url": "https://ads.example", "caption": [_run("Sponsored: LabJobs Hub")]}),
    _text("heading_2", "4) Day-to-Day Activities"),
    _block("column_list", {},
           _block("column", {}, _text("heading_3", "Daily activities"), _text("to_do", "Check the queue."),
                  _text("to_do", "Log results.")),
           _block("column", {}, _text("heading_3", "Weekly activities"), _text("bulleted_list_item", "Plan."))),
    _text("heading_2", "7) KPIs and Success Metrics"),
    _table(("Metric name", "Target", "Frequency"), ("Turnaround", "≤ 5 days", "Weekly")),
    _block("callout", {"rich_text": [_run("Note on metrics: never count sales.")],
                       "icon": {"type": "emoji", "emoji": "💡"}}),
    _text("heading_2", "9) Soft Skills"),
    _text("toggle", "Calm under pressure", children=(_text("paragraph", "Why it matters: samples wait."),)),
    _text("heading_2", "20) Final Role Scorecard Summary"),
    _table(("Category", "Executive summary"), ("Top 10 responsibilities", "1. Plan\n2. Bench\n3. Report")),
    _block("image", {"caption": [_run("Stock photo via Unsplash")], "type": "external"}),
]  # fmt: skip


def _page(**extra: Any) -> dict[str, Any]:
    title = {"Name": {"id": "title", "type": "title", "title": [_run("Test Role: Role Blueprint")]},
             "Status": {"type": "status", "status": {"name": "Published"}}}  # fmt: skip
    return {
        "object": "page", "id": _PAGE_ID, "created_time": "2025-11-03T09:12:00.000Z",
        "last_edited_time": "2025-12-01T16:40:00.000Z", "properties": title,
        "url": f"https://www.notion.so/Test-Role-Blueprint-{_PAGE_ID}", "public_url": None, **extra,
    }  # fmt: skip


def _document(data: object) -> dict[str, Any]:
    (extraction,) = extract(json.dumps(data).encode("utf-8"), name="notion.json")
    return extraction.document


# --- synthetic: a Notion page with its blocks ---------------------------------------------------------------------


def test_synthetic_notion_page_is_read_with_its_source() -> None:
    document = _document({"page": _page(), "blocks": _BLOCKS, "next_cursor": None, "has_more": False})
    source = document["source"]
    assert (source["url"], source["slug"]) == (
        f"https://www.notion.so/Test-Role-Blueprint-{_PAGE_ID}",
        "Test-Role-Blueprint",
    )
    assert (source["date_published"], source["date_modified"]) == ("2025-11-03T09:12:00", "2025-12-01T16:40:00")
    assert document["role"]["title"] == "Test Role"
    fields = document["fields"]
    items = fields["responsibilities"]["items"]
    assert [(item["number"], item["title"], item["detail"]) for item in items] == [
        (1, "Shape the plan", "Review the plan monthly."), (2, "Run the bench", "Keep samples labelled.")]  # fmt: skip
    day = fields["day_to_day"]
    assert [item["text"] for item in day["daily"]["items"]] == ["Check the queue.", "Log results."]
    assert [item["text"] for item in day["weekly"]["items"]] == ["Plan."]
    (kpi,) = fields["kpis"]["rows"]
    assert (kpi["name"], kpi["target"], kpi["frequency"]) == ("Turnaround", "≤ 5 days", "Weekly")
    assert fields["soft_skills"]["skills"][0]["name"] == "Calm under pressure"
    assert fields["scorecard"]["top_responsibilities"] == ["Plan", "Bench", "Report"]
    texts = all_strings(fields) + all_strings(document["sections"])
    assert any("Note on metrics: never count sales." in text for text in texts)
    noise = ("LAB25", "Become certified", "Related roles", "LabJobs", "Unsplash", "Published", "plain_text", "**")
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]


def test_synthetic_blocks_render_as_html() -> None:
    article = notion_articles({"page": _page(), "blocks": _BLOCKS})
    assert isinstance(article, dict) and article["title"] == "Test Role: Role Blueprint"
    html = article["html"]
    assert "<p><strong>Core mission:</strong> the Test Role runs the lab.</p>" in html  # a link as its text
    assert "<ol><li>Shape the plan<p>– Review the plan monthly.</p>\n</li>\n<li>Run the bench" in html  # one list
    assert "<ul><li>Check the queue.</li>\n<li>Log results.</li>\n</ul>" in html  # to-dos as a list
    assert "<tr><th>Metric name</th>" in html and "<tr><td>Turnaround</td>" in html
    assert "<td>1. Plan<br>2. Bench<br>3. Report</td>" in html  # a cell's line breaks kept
    assert "<p>Note on metrics: never count sales.</p>" in html and "💡" not in html  # icon dropped
    assert not any(noise in html for noise in ("Related roles", "LabJobs", "Unsplash", "ads.example"))


def test_synthetic_listings_and_other_json() -> None:
    children = notion_articles({"object": "list", "results": _BLOCKS[:4], "next_cursor": None})
    assert isinstance(children, dict) and children["title"] == "Test Role: Role Blueprint"  # the first heading 1
    assert children["url"] is None and "<h2>1) Role Summary</h2>" in children["html"]
    pages = notion_articles({"object": "list", "results": [_page(blocks=_BLOCKS[:2]), _page(children=_BLOCKS[2:4])]})
    assert isinstance(pages, list) and len(pages) == 2 and "<h1>" in pages[0]["html"] and "<h2>" in pages[1]["html"]
    alone = notion_articles(_page(children=_BLOCKS[:2]))
    assert isinstance(alone, dict) and alone["slug"] == "Test-Role-Blueprint"
    # no Notion shape: left to the other readers
    assert notion_articles({"object": "page", "id": "x"}) is None
    assert notion_articles({"results": [{"title": "A", "html": "<p>x</p>"}]}) is None
    assert notion_articles({"posts": [{"title": "A"}]}) is None


# --- the page -----------------------------------------------------------------------------------------------------


def test_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Medical Science Liaison (MSL)"
    assert document["source"]["slug"] == "Medical-Science-Liaison-MSL-Role-Blueprint"
    assert len(document["sections"]) == 20 and document["quality"]["coverage"] == 1.0
    items = fields["responsibilities"]["items"]
    assert len(items) == 25  # Notion numbers each category's list from 1, as it shows it
    assert [item["category"] for item in items].count("leadership") == 3
    assert [item["title"] for item in items[:4]] == [
        "Develop and execute the territory KOL engagement plan", "Translate field insights into medical strategy input",
        "Identify evidence gaps and research opportunities", "Contribute to launch readiness for new indications",
    ]  # fmt: skip
    assert all(item["detail"] for item in items)
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12 and (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "KOL interactions per month", "12–18 per month", "Monthly")  # fmt: skip
    assert any("Note on metrics" in text for text in all_strings(fields["kpis"]))
    tools = fields["tools"]["rows"]
    assert len(tools) == 16 and (tools[0]["category"], tools[0]["tool_text"]) == ("Medical CRM", "Veeva CRM (Medical)")
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 18 and (skills[0]["importance"], skills[0]["use"]) == (
        "critical", "discussing trial design, endpoints, mechanism of action, and guidelines with KOLs.")  # fmt: skip
    assert len(fields["soft_skills"]["skills"]) == 8
    day = fields["day_to_day"]
    assert [len(day[key]["items"]) for key in ("daily", "weekly", "monthly_quarterly")] == [5, 4, 4]
    assert len(fields["goals"]["day_30"]["items"]) == 4
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (4.0, 8.0)
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (5, 3, 4)
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["role_title"] == "Medical Science Liaison (MSL)"
    top = scorecard["top_responsibilities"]
    assert len(top) == 10 and (top[0], top[-1]) == (
        "KOL engagement planning",
        "Compliance with scientific exchange rules",
    )


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    texts = all_strings(document["fields"]) + all_strings(document["sections"]) + [document["role"]["title"]]
    noise = (
        "Role Library", "Browse roles", "Salary Data", "Compare Top Clinical", "careerpulse", "Share this blueprint",
        "Board Certified MSL in", "MedAffairs Academy", "FIELD25", "Unsplash", "Related roles", "PharmaTalent",
        "pharmatalenthub", "Blueprint Weekly", "4 Comments", "Oyelaran", "closer to 10 a month", "BCMAS is worth",
        "Reply · Like", "Load more comments", "Blueprint Atlas", "Cookie settings", "Published", "rich_text",
        "plain_text", "annotations", "table_row", "**", "\\u2013", "🎓", "💡",
    )  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]
