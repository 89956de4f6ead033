"""A sixty-ninth round unseen page lost whole: Hygraph's (GraphCMS's) GraphQL answer {"data": {"post": {"title",
"slug", "publishedAt", "updatedAt", "content": {"json": {"children": [...]}, "references": [...]}}}} whose Rich
Text field held only its Slate AST (heading-two, paragraph, bulleted/numbered lists of list-item and
list-item-child with nested lists, tables of table_head/table_body/table_row/table_cell holding paragraphs,
block-quote, code-block; CtaBlock embeds, an image and a newsletter "class" wrapper among them) was refused as
unread JSON.

Snippets below are synthetic (Hygraph's real node shapes); the page is frozen as tests/unseen/<slug>.synthetic.json
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.hygraph import hygraph_articles
from tests.snippets import all_strings, unseen_document

_PAGE = "flight-nurse-hygraph.synthetic.json"


def _node(kind: str, *children: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": kind, **extra, "children": list(children) or [{"text": ""}]}


def _t(text: str, **marks: bool) -> dict[str, Any]:
    return {"text": text, **marks}


def _p(*leaves: dict[str, Any]) -> dict[str, Any]:
    return _node("paragraph", *leaves)


def _li(text: str, *nested: dict[str, Any]) -> dict[str, Any]:
    return _node("list-item", _node("list-item-child", _t(text)), *nested)


def _row(cell: str, *texts: str) -> dict[str, Any]:
    return _node("table_row", *(_node(cell, _p(_t(text))) for text in texts))


_CHILDREN = [
    _node("embed", nodeId="cta01", nodeType="CtaBlock", isInline=False),
    _node("heading-two", _t("1) Role Summary")),
    _p(_t("The "), _t("Test Role", bold=True), _t(" owns the "), _node("link", _t("P&L"), href="https://x.example")),
    _node("image", src="https://media.graphassets.com/abc", title="Crew photo"),
    _node("heading-two", _t("3) Core Responsibilities")),
    _node("heading-three", _t("Strategic responsibilities")),
    _node("numbered-list",
          _li("Own the P&L targets", _node("bulleted-list", _li("– Set cost targets with Finance."))),
          _li("Plan the budget", _node("bulleted-list", _li("– Review spend monthly.")))),
    _node("class", _node("heading-four", _t("Get the Weekly Brief")), _p(_t("One email every Monday.")),
          className="newsletter"),
    _node("heading-two", _t("4) Day-to-Day Activities")),
    _node("heading-three", _t("Daily activities")),
    _node("bulleted-list", _li("Check the kit"), _li("Brief the crew")),
    _node("class", _p(_t("Kept wrapper text.")), className="callout"),
    _node("heading-two", _t("7) KPIs")),
    _node("table",
          _node("table_head", _row("table_header_cell", "Metric name", "What it measures", "Why it matters",
                                   "Example target / benchmark", "Frequency")),
          _node("table_body", _row("table_cell", "Chart completion", "Charts done", "Billing", "≥ 98%", "Weekly"))),
    _node("block-quote", _t("Safety first.")),
    _node("code-block", _t("<!-- hygraph:comments-widget mount=#thread -->")),
    _node("code-block", _t("a < b")),
    _node("video", src="https://video.example/v.mp4"),
]  # fmt: skip


def _post(children: list, **extra: Any) -> dict[str, Any]:
    return {
        "id": "clpost01", "title": "Test Role (Hygraph)", "slug": "test-role-blueprint",
        "publishedAt": "2025-11-24T15:06:40.000Z", "updatedAt": "2025-12-02T09:41:12.000Z",
        "seo": {"description": "Download the PDF kit today!"},
        "content": {"json": {"children": children}, "references": [
            {"__typename": "CtaBlock", "id": "cta01", "heading": "Hiring now in 12 states", "buttonLabel": "Apply"}]},
        "author": {"name": "A. Writer", "bio": "Former nurse, 11 years."}, **extra,
    }  # fmt: skip


def _document(data: object) -> dict[str, Any]:
    (extraction,) = extract(json.dumps(data).encode("utf-8"), name="post.json")
    return extraction.document


# --- synthetic: a Hygraph post ----------------------------------------------------------------------------------------


def test_synthetic_ast_renders_as_html() -> None:
    article = hygraph_articles({"data": {"post": _post(_CHILDREN)}})
    assert isinstance(article, dict) and article["title"] == "Test Role (Hygraph)"
    assert article["slug"] == "test-role-blueprint" and article["date_published"] == "2025-11-24T15:06:40"
    html = article["html"]
    assert "<h2>1) Role Summary</h2>" in html and "<h4>Get" not in html
    assert "<p>The <strong>Test Role</strong> owns the P&amp;L</p>" in html
    assert "<ol><li>Own the P&amp;L targets<ul><li>– Set cost targets with Finance.</li>" in html
    assert "<table><thead><tr><th><p>Metric name</p>" in html and "<td><p>≥ 98%</p>" in html
    assert "<p>Kept wrapper text.</p>" in html and "<blockquote>Safety first.</blockquote>" in html
    assert "<pre>a &lt; b</pre>" in html
    noise = (
        "graphassets",
        "Weekly Brief",
        "every Monday",
        "comments-widget",
        "video.example",
        "Hiring now",
        "CtaBlock",
    )
    assert not [phrase for phrase in noise if phrase in html]


def test_synthetic_post_is_read_with_its_source() -> None:
    document = _document({"data": {"post": _post(_CHILDREN)}})
    source = document["source"]
    assert (source["slug"], source["date_modified"]) == ("test-role-blueprint", "2025-12-02T09:41:12")
    fields = document["fields"]
    items = fields["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        ("Own the P&L targets", "Set cost targets with Finance."),
        ("Plan the budget", "Review spend monthly."),
    ]
    assert [item["text"] for item in fields["day_to_day"]["daily"]["items"]] == ["Check the kit", "Brief the crew"]
    (kpi,) = fields["kpis"]["rows"]
    assert (kpi["name"], kpi["target"], kpi["frequency"]) == ("Chart completion", "≥ 98%", "Weekly")
    texts = all_strings(fields) + all_strings(document["sections"])
    noise = ("Hiring now", "Apply", "Weekly Brief", "every Monday", "comments-widget", "PDF kit", "A. Writer",
             "11 years", "graphassets", "<strong>", "&amp;")  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]


def test_synthetic_listing_and_html_sibling_and_other_json() -> None:
    one, two = _post([_p(_t("One."))]), _post([_node("heading-two", _t("Two"))])
    listing = hygraph_articles({"data": {"posts": [one, two]}})
    assert isinstance(listing, list) and [a["html"] for a in listing] == ["<p>One.</p>\n", "<h2>Two</h2>\n"]
    raw = hygraph_articles({"post": {"title": "A", "body": {"raw": {"children": [_p(_t("Raw."))]}}}})
    assert isinstance(raw, dict) and raw["html"] == "<p>Raw.</p>\n"
    assert hygraph_articles({"data": {"post": {"title": "A", "content": {"json": {}}}}}) is None
    # a field with "html" too is the GraphQL reader's: its HTML is what is read, not the AST
    post = _post([_p(_t("From the AST."))])
    titles = ("1) Role Summary", "2) Role Mission", "5) Key Deliverables", "9) Soft Skills", "16) Risks")
    post["content"]["html"] = "".join(f"<h2>{title}</h2><p>From the HTML field, under {title}.</p>" for title in titles)
    document = _document({"data": {"post": post}})
    texts = all_strings(document["sections"])
    assert any("From the HTML field" in text for text in texts)
    assert not any("From the AST" in text for text in texts)


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Flight Nurse (Critical Care Transport RN)"
    assert len(document["sections"]) == 20 and document["quality"]["coverage"] == 1.0
    items = fields["responsibilities"]["items"]
    assert len(items) == 24 and items[0]["title"] == "Advance the program's clinical capability"
    assert [item["category"] for item in items].count("leadership") == 2
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 9 and (kpis[1]["name"], kpis[1]["target"], kpis[1]["frequency"]) == (
        "Chart completion within 24h", "≥ 98%", "Weekly")  # fmt: skip
    tools = fields["tools"]["rows"]
    assert len(tools) == 11 and [row["tool_text"] for row in tools][:3] == [
        "ImageTrend Elite",
        "emsCharts",
        "Hamilton T1",
    ]
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 12 and (skills[0]["name"], skills[0]["importance"]) == (
        "Critical care assessment and resuscitation", "critical")  # fmt: skip
    assert len(fields["soft_skills"]["skills"]) == 6
    daily = fields["day_to_day"]["daily"]["items"]
    assert len(daily) == 5 and len(daily[1]["sub_items"]) == 4
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3.0, 5.0)
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (3, 3, 3)
    assert len(fields["hiring"]["scorecard"]["rows"]) == 5
    assert len(fields["scorecard"]["rows"]) == 10 and len(fields["scorecard"]["top_responsibilities"]) == 10


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    texts = all_strings(document["fields"]) + all_strings(document["sections"]) + [document["role"]["title"]]
    noise = (
        "MedVac Talent Partners", "Sign-on bonus", "See open flight nurse roles", "SkyShift", "Free resume review",
        "Book a free call", "Night-shift premiums", "Apply in 3 minutes", "Pass the CFRN on your first try", "FLY20",
        "Clinician Brief", "One email every Thursday", "14,000+", "hygraph:comments-widget", "disqus_thread",
        "Dana Whitcombe", "11 years on rotor-wing", "graphassets", "CtaBlock", "clx9cta0air", "RotorCareers",
        "list-item-child", "table_header_cell", '"type":',
    )  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]
