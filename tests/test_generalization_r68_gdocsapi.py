"""A sixty-eighth round unseen page lost whole: the Google Docs API's documents.get answer ({"title", "documentId",
"body": {"content": [structural elements]}, "lists", "headers", "footers", "inlineObjects", ...}) was refused as
unread_json. Its text is split across textRuns ending in "\n"; list items are bulleted paragraphs whose numbering
lives in "lists" (one list id numbering on across sub-headings); detail lines are indented plain paragraphs under an
item; a table cell's lines are split by "\u000b" soft breaks; a table of contents repeats the headings; an image, its
italic caption, a suggested insertion, an editor's bracketed note and an end-of-document line sit among the text.

Snippets below are synthetic (the API's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.gdocsapi import gdocs_api_article
from tests.snippets import all_strings, unseen_document

_PAGE = "solar-installation-supervisor-gdocs-api.synthetic.json"


def _run(text: str, bold: bool = False, italic: bool = False, **extra: Any) -> dict[str, Any]:
    style = {**({"bold": True} if bold else {}), **({"italic": True} if italic else {})}
    return {"startIndex": 1, "endIndex": 2, "textRun": {"content": text, "textStyle": style, **extra}}


def _para(*runs: dict[str, Any], style: str = "NORMAL_TEXT", **extra: Any) -> dict[str, Any]:
    return {"paragraph": {"elements": list(runs), "paragraphStyle": {"namedStyleType": style}, **extra}}


def _h(text: str, level: int) -> dict[str, Any]:
    return _para(_run(f"{text}\n"), style=f"HEADING_{level}")


def _item(text: str, list_id: str, level: int = 0) -> dict[str, Any]:
    return _para(_run(f"{text}\n", bold=list_id == "kix.num"), bullet={"listId": list_id, "nestingLevel": level})


def _detail(text: str) -> dict[str, Any]:
    paragraph = _para(_run(f"{text}\n"))
    paragraph["paragraph"]["paragraphStyle"]["indentStart"] = {"magnitude": 36, "unit": "PT"}
    return paragraph


def _cell(*lines: str, bold: bool = False) -> dict[str, Any]:
    return {"content": [_para(_run(f"{line}\n", bold=bold)) for line in lines]}


_LISTS = {
    "kix.num": {"listProperties": {"nestingLevels": [{"glyphType": "DECIMAL"}, {"glyphType": "ALPHA"}]}},
    "kix.dot": {"listProperties": {"nestingLevels": [{"glyphSymbol": "●"}, {"glyphSymbol": "○"}]}},
}
_CONTENT = [
    {"sectionBreak": {"sectionStyle": {}}},
    _para(_run("Test Role: Role Blueprint\n"), style="TITLE"),
    {"tableOfContents": {"content": [_para(_run("1) Role Summary\n")), _para(_run("3) Core Responsibilities\n"))]}},
    _h("1) Role Summary", 2),
    _para(_run("The "), _run("Test Role", bold=True), _run(" runs the crew.\n")),
    _para({"inlineObjectElement": {"inlineObjectId": "kix.img1"}}, _run("\n")),
    _para(_run("Figure 1 – roof_photo.jpg\n", italic=True)),
    _h("3) Core Responsibilities", 2),
    _h("Strategic responsibilities", 3),
    _item("Plan crew capacity", "kix.num"), _detail("– Balance crew size and travel."),
    _h("Operational responsibilities", 3),
    _item("Run the job site", "kix.num"), _detail("– Hold the morning tailgate."),
    _para(_run("[Internal: check these with Maria]\n", italic=True)),
    _h("4) Day-to-Day Activities", 2),
    _h("Daily activities", 3),
    _item("Walk the roof", "kix.dot"), _item("Check anchors", "kix.dot", 1), _item("Log photos", "kix.dot"),
    _h("13) Decision Rights", 2),
    _h("Requires team approval", 3),
    _para(_run("Swapping crew members\n"), bullet={"listId": "kix.dot2"}),
    _para(_run("Lending an installer", suggestedInsertionIds=["suggest.x1"]), _run(" to another crew\n"),
          bullet={"listId": "kix.dot2"}),
    _h("20) Final Role Scorecard Summary", 2),
    {"table": {"rows": 2, "columns": 2, "tableRows": [
        {"tableCells": [_cell("Item", bold=True), _cell("Executive summary", bold=True)]},
        {"tableCells": [_cell("Top 10 responsibilities"), _cell("1) Run the site\u000b2) Plan capacity", "3) Coach")]},
    ]}},
    _para(_run("— End of blueprint. Questions: #field-ops on Slack —\n", italic=True)),
]  # fmt: skip


def _doc(content: list, **extra: Any) -> dict[str, Any]:
    return {
        "title": "Test Role – Role Blueprint [DRAFT]", "documentId": "1abcDEF", "revisionId": "ALx",
        "body": {"content": content}, "lists": _LISTS,
        "headers": {"kix.h1": {"content": [_para(_run("Acme Energy — Field Operations\n"))]}},
        "footers": {"kix.f1": {"content": [_para(_run("Confidential — internal draft\n"))]}},
        "inlineObjects": {"kix.img1": {"inlineObjectProperties": {"embeddedObject": {"title": "crew photo"}}}},
        **extra,
    }  # fmt: skip


# --- synthetic: a Docs API document -----------------------------------------------------------------------------------


def test_synthetic_document_renders_as_html() -> None:
    article = gdocs_api_article(_doc(_CONTENT))
    assert isinstance(article, dict) and article["title"] == "Test Role – Role Blueprint [DRAFT]"
    html = article["html"]
    assert "<h1>Test Role: Role Blueprint</h1>" in html and html.count("1) Role Summary") == 1  # no TOC
    assert "<p>The <strong>Test Role</strong> runs the crew.</p>" in html
    # one list id runs on across the sub-heading: the second part starts at 2; a detail line stays in its item
    assert "<ol><li><strong>Plan crew capacity</strong><p>– Balance crew size and travel.</p></li></ol>" in html
    assert '<ol start="2"><li><strong>Run the job site</strong>' in html
    assert "<ul><li>Walk the roof<ul><li>Check anchors</li></ul></li><li>Log photos</li></ul>" in html
    assert "<li>to another crew</li>" in html  # the suggested insertion is not yet the text
    assert "<tr><th><strong>Item</strong></th>" in html
    assert "<td>1) Run the site<br>2) Plan capacity<br>3) Coach</td>" in html
    noise = ("Figure 1", "roof_photo", "Internal:", "Maria", "End of blueprint", "Acme", "Confidential", "Lending",
             "crew photo", "\u000b", "\n")  # fmt: skip
    assert not [phrase for phrase in noise if phrase in html]


def test_synthetic_document_is_read_as_a_blueprint() -> None:
    (extraction,) = extract(json.dumps(_doc(_CONTENT)).encode("utf-8"), name="doc.json")
    document = extraction.document
    assert document["role"]["title"] == "Test Role"
    fields = document["fields"]
    items = fields["responsibilities"]["items"]
    assert [(item["number"], item["title"], item["detail"]) for item in items] == [
        (1, "Plan crew capacity", "Balance crew size and travel."),
        (2, "Run the job site", "Hold the morning tailgate."),
    ]
    daily = fields["day_to_day"]["daily"]["items"]
    assert [(item["text"], item["sub_items"]) for item in daily] == [
        ("Walk the roof", ["Check anchors"]), ("Log photos", [])]  # fmt: skip
    assert fields["scorecard"]["top_responsibilities"] == ["Run the site", "Plan capacity", "Coach"]
    texts = all_strings(fields) + all_strings(document["sections"])
    noise = ("Figure 1", "Internal:", "End of blueprint", "Acme", "Confidential", "Lending")
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]


def test_other_json_is_not_a_docs_document() -> None:
    assert gdocs_api_article({"title": "A", "body": {"content": []}}) is None  # no documentId
    assert gdocs_api_article({"title": "A", "body": "<p>x</p>", "documentId": "1"}) is None
    assert gdocs_api_article(_doc([{"sectionBreak": {}}])) is None  # nothing to read


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Solar Installation Supervisor (PV Crew Lead)"
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    items = fields["responsibilities"]["items"]
    assert [item["number"] for item in items] == list(range(1, 24))
    assert items[0]["title"] == "Plan weekly crew capacity against the install schedule"
    assert items[18]["detail"] == (
        "Capture required CompanyCam photos at each install stage to support inspection, warranty claims, and rebate "
        "programs."
    )
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 13 and (kpis[1]["name"], kpis[1]["target"], kpis[1]["frequency"]) == (
        "First-time inspection pass rate", "≥ 92%", "Monthly")  # fmt: skip
    assert len(fields["tools"]["rows"]) == 10 and len(fields["technical_skills"]["skills"]) == 17
    assert len(fields["soft_skills"]["skills"]) == 9
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (4.0, 8.0)
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (5, 3, 3)
    assert len(fields["hiring"]["scorecard"]["rows"]) == 6
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    top = scorecard["top_responsibilities"]
    assert len(top) == 10 and (top[0], top[-1]) == ("Run the daily job site", "Coach installers and apprentices")


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    texts = all_strings(document["fields"]) + all_strings(document["sections"])
    noise = (
        "SunForge Energy Partners", "DRAFT v0.7", "Owner: Field Ops", "Last reviewed", "Template: Role Blueprint",
        "Confidential", "[Internal:", "check OSHA numbers with Maria", "crew_rooftop_photo", "Figure 1",
        "placeholder, replace", "PV crew installing rails", "googleusercontent", "kix.", "suggest.k2x9wq4mfz1a",
        "End of blueprint", "#field-ops-enablement", "1vQx7Rk2Lm9PbN4sT0dY8cHf3GjWqZ5aE6uI1oK2rS8w", "PAGE_NUMBER",
        "HEADING_2", "NORMAL_TEXT", "textRun", "\u000b",
    )  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]
