"""Telegraph's API answer, modelled on an unseen page of the family (round 67): airline-dispatcher-telegraph, a
getPage?return_content=true answer {"ok": true, "result": {"path", "url", "title", "content": [Node, ...]}}, a
Node a string or {"tag", "attrs", "children"}.

The JSON reader refused it as no post (not_a_blueprint). It is read as a post now: the Node tree as HTML, media
(img, video, iframe) and the figures holding them dropped with their captions (an ad's banner, an embedded
webinar), an aside kept for the noise rules. Telegraph has no tables: the page types its tools table as a <pre>
of space-aligned columns, and its final scorecard as list items "<b>Label</b><br>value"; its career lines are
"<b>Feeder roles:</b> A; B; C" paragraphs, and a "💬 47 comments in our Telegram chat" line closes it. The
snippets below are synthetic, and so is the page frozen with its answer key.
"""

from __future__ import annotations

import json

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.telegraph import telegraph_article

PAGE = "airline-dispatcher-telegraph.synthetic.json"


def _el(tag: str, *children: object, **attrs: str) -> dict:
    node: dict = {"tag": tag, "children": list(children)}
    if attrs:
        node["attrs"] = attrs
    return node


_CONTENT = [
    _el("p", _el("i", "Ops Notes · 5 min read")),
    _el("h3", "1) Role Summary"),
    _el("p", "The Crew Planner builds crew pairings for the airline with several teams & desks."),
    _el("h3", "2) Role Mission"),
    _el("p", _el("b", "Core mission:"), _el("br"), "Keep every flight legally crewed at the lowest cost."),
    _el("h3", "3) Core Responsibilities"),
    _el("ul", _el("li", "Build monthly pairings"), _el("li", "Repair pairings on the day")),
    _el("figure", _el("iframe", src="/embed/youtube?url=x"), _el("figcaption", "Watch: our crew webinar")),
    _el("aside", "Join our channel ", _el("a", "t.me/crew", href="https://t.me/crew")),
    _el("figure", _el("img", src="/file/ad.jpg"), _el("figcaption", "Sponsored — CrewSoft Academy")),
]


def _answer(content: list | None = None) -> dict:
    return {
        "ok": True,
        "result": {
            "path": "Crew-Planner-Blueprint-01-02",
            "url": "https://telegra.ph/Crew-Planner-Blueprint-01-02",
            "title": "Crew Planner: Role Blueprint",
            "description": "The Crew Planner builds crew pairings...",
            "author_name": "Ops Notes",
            "content": _CONTENT if content is None else content,
            "views": 12,
        },
    }


def test_synthetic_telegraph_node_tree_renders_allowed_tags_and_drops_media_figures():
    article = telegraph_article(_answer())
    assert article["title"] == "Crew Planner: Role Blueprint"
    assert article["url"] == "https://telegra.ph/Crew-Planner-Blueprint-01-02"
    assert article["slug"] == "Crew-Planner-Blueprint-01-02"
    html = article["html"]
    assert "<h3>1) Role Summary</h3>" in html
    assert "several teams &amp; desks" in html  # a string Node is text, escaped
    assert "<b>Core mission:</b><br>Keep" in html
    assert '<aside>Join our channel <a href="https://t.me/crew">t.me/crew</a></aside>' in html
    for gone in ("iframe", "img", "figure", "Watch: our crew webinar", "CrewSoft"):
        assert gone not in html


def test_synthetic_telegraph_result_alone_and_other_json_not_taken_for_telegraph():
    assert telegraph_article(_answer()["result"])["slug"] == "Crew-Planner-Blueprint-01-02"
    assert telegraph_article({"result": {"content": "<p>x</p>", "path": "x"}}) is None
    assert telegraph_article({"result": {"_type": "post", "body": []}}) is None
    assert telegraph_article({"content": [{"type": "paragraph"}], "path": "x"}) is None


def test_synthetic_telegraph_answer_is_read_as_a_post():
    (extraction,) = extract(json.dumps(_answer()).encode(), name="page.json")
    document = extraction.document
    assert document["source"]["url"] == "https://telegra.ph/Crew-Planner-Blueprint-01-02"
    assert document["source"]["slug"] == "Crew-Planner-Blueprint-01-02"
    assert document["source"]["date_published"] is None
    assert document["role"]["title"] == "Crew Planner"
    items = [r["title"] for r in document["fields"]["responsibilities"]["items"]]
    assert items == ["Build monthly pairings", "Repair pairings on the day"]
    strings = " ".join(all_strings(document))
    for noise in ("Watch: our crew webinar", "CrewSoft", "t.me/crew", "Join our channel"):
        assert noise not in strings


def test_synthetic_telegraph_answer_without_nodes_is_still_no_post():
    with pytest.raises(NotABlueprintError, match="^JSON holds no post to read: "):
        extract(json.dumps({"ok": True, "result": {"path": "x", "content": []}}).encode(), name="page.json")


_TOOLS_PRE = (
    "<h2>10) Tools, Platforms, and Software</h2><pre>"
    "Category          Tool                      Primary use                     Usage\n"
    "Crew planning     Jeppesen Crew Pairing     Monthly pairing optimization    Common\n"
    "Crew tracking     Sabre Crew Manager        Day-of-operations crew changes  Common\n"
    "Rostering         Lufthansa NetLine/Crew    Bidline and roster building     Optional</pre>"
)


def test_synthetic_pre_of_aligned_columns_is_the_tools_table():
    tools = html_fields(_TOOLS_PRE)["tools"]
    assert tools["columns"] == ["Category", "Tool", "Primary use", "Usage"]
    assert [row["category"] for row in tools["rows"]] == ["Crew planning", "Crew tracking", "Rostering"]
    assert tools["rows"][1]["primary_use"] == "Day-of-operations crew changes"
    # "Usage" names a use again, but its cells are prevalence labels: the prevalence column
    assert [row["prevalence"] for row in tools["rows"]] == ["common", "common", "optional"]
    assert [row["extra_cells"] for row in tools["rows"]] == [[], [], []]
    assert tools["notes"] == []


def test_synthetic_pre_of_prose_or_code_stays_lines():
    body = (
        "<h2>10) Tools, Platforms, and Software</h2><p>Teams use these tools.</p>"
        "<pre>run   the planner  nightly\nthen  check   results\nand   repeat   weekly</pre>"
    )
    tools = html_fields(body)["tools"]
    assert tools["rows"] == []


_SCORECARD_ITEMS = (
    "<h2>20) Final Role Scorecard Summary</h2><ul>"
    "<li><b>Role title</b><br>Crew Planner</li>"
    "<li><b>Role purpose</b><br>Crew every flight legally at the lowest cost.</li>"
    "<li><b>Top 10 responsibilities</b><br>1) Build pairings 2) Repair pairings 3) Report costs</li>"
    "<li><b>Top KPIs</b><br>Pairing cost, crew utilization, reserve usage</li>"
    "</ul><p>💬 12 comments in our Telegram chat — <a href='https://t.me/x'>discuss this post</a></p>"
)


def test_synthetic_scorecard_as_bold_label_items_gives_rows():
    scorecard = html_fields(_SCORECARD_ITEMS)["scorecard"]
    assert scorecard["role_title"] == "Crew Planner"
    assert scorecard["role_purpose"] == "Crew every flight legally at the lowest cost."
    assert scorecard["top_responsibilities"] == ["Build pairings", "Repair pairings", "Report costs"]
    assert scorecard["top_kpis"] == ["Pairing cost", "crew utilization", "reserve usage"]
    assert [row["label"] for row in scorecard["rows"]] == [
        "Role title",
        "Role purpose",
        "Top 10 responsibilities",
        "Top KPIs",
    ]
    assert scorecard["notes"] == []  # the comment count is the comment area's, not a note


def test_synthetic_career_lines_with_semicolons_give_roles():
    body = (
        "<h2>15) Career Path and Progression</h2>"
        "<p><b>Feeder roles:</b> Crew Scheduler; Flight Attendant; Operations Agent.</p>"
        "<p><b>Next roles:</b> Senior Crew Planner; Crew Planning Manager (with 6+ years).</p>"
    )
    career = html_fields(body)["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Crew Scheduler",
        "Flight Attendant",
        "Operations Agent",
    ]
    assert [(role["name"], role["note"]) for role in career["next_roles"]] == [
        ("Senior Crew Planner", None),
        ("Crew Planning Manager", "with 6+ years"),
    ]
    assert career["notes"] == []


# The page itself ----------------------------------------------------------------------------------------------------


def test_page_is_read_with_its_title_and_sections():
    document = unseen_document(PAGE)
    assert document["role"]["title"] == "Aircraft Dispatcher (Flight Dispatcher)"
    assert document["source"]["url"] == "https://telegra.ph/Aircraft-Dispatcher-Role-Blueprint-11-23"
    assert document["source"]["date_published"] is None
    assert len(document["sections"]) == 20
    assert document["missing_sections"] == []


def test_page_tools_pre_is_ten_rows():
    tools = unseen_document(PAGE)["fields"]["tools"]
    assert len(tools["rows"]) == 10
    assert tools["rows"][0]["category"] == "Flight planning"
    assert [tool["name"] for tool in tools["rows"][0]["tools"]] == ["Sabre Flight Plan Manager"]
    assert tools["rows"][-1]["tool_text"] == "ARINC / SITA voice patches"
    assert [row["prevalence"] for row in tools["rows"]][-3:] == ["context_specific", "common", "optional"]
    assert tools["notes"] == []


def test_page_final_scorecard_rows():
    scorecard = unseen_document(PAGE)["fields"]["scorecard"]
    assert [row["label"] for row in scorecard["rows"]] == [
        "Role title", "Role purpose", "Top 10 responsibilities", "Top tools or platforms", "Top KPIs",
        "Career progression options",
    ]  # fmt: skip
    assert scorecard["role_title"] == "Aircraft Dispatcher (Flight Dispatcher)"
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["notes"] == []


def test_page_career_paths():
    career = unseen_document(PAGE)["fields"]["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Dispatch Assistant", "Operations Agent", "Military Flight Operations Specialist",
    ]  # fmt: skip
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior Dispatcher",
        "Dispatch Shift Supervisor",
        "Chief Dispatcher",
    ]
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "IROPS Coordinator", "Fuel Efficiency Analyst", "Dispatch Instructor",
    ]  # fmt: skip


def test_page_counts_and_no_noise():
    document = unseen_document(PAGE)
    fields = document["fields"]
    assert len(fields["kpis"]["rows"]) == 8
    assert len(fields["hiring"]["scorecard"]["rows"]) == 4
    strings = all_strings(document)
    text = "\n".join(strings)
    for noise in (
        "Join our channel", "t.me/occ_dispatch_hub", "18,400 subscribers", "SkyLedger Academy", "DISPATCH25",
        "8c1f0b2ad44e9b77.jpg", "dQw4OCC2024", "Watch: A night in the OCC", "AeroPath Careers webinar",
        "47 comments in our Telegram chat", "discuss this post", "t.me/occ_dispatch_chat",
        "Share: Telegram · X · LinkedIn · Copy link", "OCC Digest newsletter", "occdigest.aero", "11 min read",
        "Marisol Ketter", '"tag"', '"children"', "<b>", "<br", "<pre",
    ):  # fmt: skip
        assert noise not in text, noise


def test_synthetic_certifications_with_levels_on_some_parts_are_split():
    body = (
        "<h2>14) Required Experience and Qualifications</h2>"
        "<p><b>Certifications:</b> FAA Dispatcher certificate (required); company desk qualification;"
        " ETOPS qualification (preferred).</p>"
    )
    certifications = html_fields(body)["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certifications] == [
        ("FAA Dispatcher certificate", "required"),
        ("company desk qualification", None),
        ("ETOPS qualification", "preferred"),
    ]


def test_page_certifications_keep_their_own_levels():
    certifications = unseen_document(PAGE)["fields"]["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certifications] == [
        ("FAA Aircraft Dispatcher certificate", "required"),
        ("company dispatch qualification", None),
        ("ETOPS qualification", "preferred"),
    ]


def test_synthetic_stakeholders_listed_with_commas_after_their_label():
    body = (
        "<h2>12) Stakeholders and Collaboration Map</h2>"
        "<p><b>Internal stakeholders:</b> flight crews, Crew Scheduling, Load Planning, Meteorology.</p>"
        "<p><b>External stakeholders:</b> FAA ATCSCC, code-share partners, fuel suppliers.</p>"
    )
    stakeholders = html_fields(body)["stakeholders"]
    assert [s["name"] for s in stakeholders["internal"]] == [
        "flight crews", "Crew Scheduling", "Load Planning", "Meteorology",
    ]  # fmt: skip
    assert [s["name"] for s in stakeholders["external"]] == ["FAA ATCSCC", "code-share partners", "fuel suppliers"]


def test_page_stakeholders_are_split():
    stakeholders = unseen_document(PAGE)["fields"]["stakeholders"]
    assert len(stakeholders["internal"]) == 6
    assert stakeholders["internal"][1]["name"] == "Maintenance Control"
    assert [s["name"] for s in stakeholders["external"]] == [
        "FAA ATCSCC", "ARTCC TMUs", "code-share partners", "fuel suppliers",
    ]  # fmt: skip


def test_page_education_is_one_statement_its_level_restated():
    education = unseen_document(PAGE)["fields"]["experience"]["education"]
    assert [(e["degree_levels"], e["requirement"]) for e in education] == [(["bachelor"], "preferred")]
    assert education[0]["text"] == "Bachelor's degree in aviation or related field preferred; not required."
