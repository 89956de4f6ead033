"""A sixty-eighth round unseen page lost whole: a custom CMS's post {"title", "slug", "published_at", "updated_at",
"body": {"time", "version", "blocks"}, "seo", "navigation", "related"} whose article is an Editor.js save (header,
paragraph with inline HTML, list in the nested-list plugin's and the old string format, checklist, table with
headings, quote, warning, code, delimiter; raw HTML ad slots, an embed, an image and a link card among them) was
refused as unread JSON, and so was the bare save `editor.save()` gives.

Snippets below are synthetic (Editor.js's real block shapes); the page is frozen as tests/unseen/<slug>.synthetic.json
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline import extract
from pipeline.editorjs import editorjs_articles
from pipeline.errors import NotABlueprintError
from tests.snippets import all_strings, unseen_document

_PAGE = "beverage-director-editorjs.synthetic.json"


def _block(kind: str, **data: Any) -> dict[str, Any]:
    return {"id": "xY12ab", "type": kind, "data": data}


def _h(text: str, level: int) -> dict[str, Any]:
    return _block("header", text=text, level=level)


def _item(content: str, *items: dict[str, Any]) -> dict[str, Any]:
    return {"content": content, "meta": {}, "items": list(items)}


_BLOCKS = [
    _block("raw", html='<div class="ad"><span>Advertisement</span><a href="#">Request a Quote</a></div>'),
    _h("1) Role Summary", 2),
    _block("paragraph", text="The <b>Test Role</b> owns the P&amp;L&nbsp;&mdash; <i>all</i> of it.<br>Really."),
    _h("3) Core Responsibilities", 2),
    _h("Strategic responsibilities", 3),
    _block("list", style="ordered", meta={"counterType": "numeric"}, items=[
        _item("<b>Own the P&amp;L targets</b>", _item("– Set cost targets with Finance.")),
        _item("<b>Plan menu cycles</b>", _item("– Refresh menus each season.")),
    ]),
    _block("image", file={"url": "https://cdn.example/a.jpg"}, caption="Photo credit Studio Nine"),
    _h("4) Day-to-Day Activities", 2),
    _h("Daily activities", 3),
    _block("list", style="unordered", items=["Taste open bottles.", "Answer distributor reps."]),
    _h("6) Goals and Success Criteria", 2),
    _h("30-day goals", 3),
    _block("checklist", items=[{"text": "Count all inventory", "checked": True},
                               {"text": "Meet every GM", "checked": False}]),
    _block("warning", title="Partner offer: 20% off Coravin", message="Use code SAVE20 through Dec 31. Sponsored."),
    _h("7) KPIs", 2),
    _block("table", withHeadings=True, content=[
        ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
        ["Beverage cost %", "COGS over sales", "Profit control", "18&ndash;22% blended", "Weekly"],
    ]),
    _block("quote", text="A wine list is a promise to the guest.", caption="Dana W., Beverage Director"),
    _block("delimiter"),
    _block("linkTool", link="https://example.com/x", meta={"title": "Bar Manager: Role Blueprint"}),
    _block("embed", service="youtube", source="https://youtu.be/x", caption="Watch: sponsored by BarVision"),
]  # fmt: skip


def _post(blocks: list, **extra: Any) -> dict[str, Any]:
    return {
        "id": 48213, "slug": "test-role-blueprint", "title": "Test Role: Role Blueprint",
        "published_at": "2025-11-24T15:06:40.000Z", "updated_at": "2025-12-02T09:41:12.000Z",
        "author": {"name": "A. Writer", "bio": "Follow @writer."},
        "body": {"time": 1764000000000, "version": "2.30.2", "blocks": blocks},
        "seo": {"meta_description": "Download the PDF kit today!"},
        "navigation": {"primary": [{"label": "Post a Job", "url": "/jobs"}]},
        "related": [{"title": "Head Sommelier: Role Blueprint", "slug": "head-sommelier"}], **extra,
    }  # fmt: skip


def _document(data: object) -> dict[str, Any]:
    (extraction,) = extract(json.dumps(data).encode("utf-8"), name="post.json")
    return extraction.document


# --- synthetic: an Editor.js post -------------------------------------------------------------------------------------


def test_synthetic_editorjs_post_is_read_with_its_source() -> None:
    document = _document(_post(_BLOCKS))
    source = document["source"]
    assert (source["slug"], source["post_id"]) == ("test-role-blueprint", 48213)
    assert (source["date_published"], source["date_modified"]) == ("2025-11-24T15:06:40", "2025-12-02T09:41:12")
    assert document["role"]["title"] == "Test Role"
    fields = document["fields"]
    assert fields["role_summary"]["paragraphs"] == ["The Test Role owns the P&L — all of it.", "Really."]
    items = fields["responsibilities"]["items"]
    assert [(item["number"], item["title"], item["detail"]) for item in items] == [
        (1, "Own the P&L targets", "Set cost targets with Finance."),
        (2, "Plan menu cycles", "Refresh menus each season."),
    ]
    assert [item["text"] for item in fields["day_to_day"]["daily"]["items"]] == [
        "Taste open bottles.", "Answer distributor reps."]  # fmt: skip
    assert [item["text"] for item in fields["goals"]["day_30"]["items"]] == ["Count all inventory", "Meet every GM"]
    (kpi,) = fields["kpis"]["rows"]
    assert (kpi["name"], kpi["target"], kpi["frequency"]) == ("Beverage cost %", "18–22% blended", "Weekly")
    texts = all_strings(fields) + all_strings(document["sections"])
    noise = (
        "Advertisement", "Request a Quote", "Photo credit", "Partner offer", "SAVE20", "Bar Manager: Role",
        "BarVision", "Download the PDF", "Post a Job", "Head Sommelier", "@writer", "<b>", "<i>", "&amp;", "&nbsp;",
        "<br>", "class=",
    )  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]


def test_synthetic_blocks_render_as_html() -> None:
    article = editorjs_articles(_post(_BLOCKS))
    assert isinstance(article, dict) and article["title"] == "Test Role: Role Blueprint"
    html = article["html"]
    assert "<h2>1) Role Summary</h2>" in html and "<h3>Daily activities</h3>" in html
    assert "<ol><li><b>Own the P&amp;L targets</b><ol><li>– Set cost targets with Finance.</li></ol>\n</li>" in html
    assert "<ul><li>Count all inventory</li><li>Meet every GM</li></ul>" in html
    assert "<tr><th>Metric name</th>" in html and "<tr><td>Beverage cost %</td>" in html
    assert "<blockquote><p>A wine list is a promise to the guest.</p><cite>Dana W., Beverage Director</cite>" in html
    assert '<div class="callout editorjs-warning"><p class="callout-title"><strong>Partner offer' in html
    assert "<hr>" in html
    assert not any(noise in html for noise in ("Advertisement", "Photo credit", "Bar Manager", "BarVision", "youtu"))


def test_synthetic_bare_save_listing_and_other_json() -> None:
    bare = editorjs_articles({"time": 1, "version": "2.30.2", "blocks": [_block("paragraph", text="Alone.")]})
    assert bare == {"html": "<p>Alone.</p>\n"}
    listing = editorjs_articles({"data": [_post([_block("paragraph", text="One.")]), _post([_h("Two", 2)])]})
    assert isinstance(listing, list) and [article["html"] for article in listing] == ["<p>One.</p>\n", "<h2>Two</h2>\n"]
    code = editorjs_articles({"blocks": [_block("code", code="a < b && c")]})
    assert code == {"html": "<pre><code>a &lt; b &amp;&amp; c</code></pre>\n"}
    # blocks of another shape (no "data" object), or none: no Editor.js save
    assert editorjs_articles({"blocks": [{"type": "paragraph", "text": "x"}]}) is None
    assert editorjs_articles({"title": "A", "body": {"blocks": []}}) is None
    with pytest.raises(NotABlueprintError):
        _document({"title": "A", "body": {"time": 1, "blocks": [{"type": "paragraph"}]}})


def test_synthetic_bare_save_is_read() -> None:
    document = _document({"time": 1764000000000, "version": "2.30.2", "blocks": _BLOCKS})
    assert [item["title"] for item in document["fields"]["responsibilities"]["items"]] == [
        "Own the P&L targets", "Plan menu cycles"]  # fmt: skip
    assert len(document["fields"]["kpis"]["rows"]) == 1
    assert document["source"]["slug"] is None


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Beverage Director (Sommelier / Bar Program Lead)"
    assert document["source"]["slug"] == "beverage-director-sommelier-bar-program-lead-role-blueprint"
    assert len(document["sections"]) == 20 and document["quality"]["coverage"] == 1.0
    items = fields["responsibilities"]["items"]
    assert len(items) == 24 and items[1]["title"] == "Own the beverage P&L targets"
    assert (
        items[1]["detail"]
        == "Set annual beverage cost %, sales per cover, and margin targets with Finance and each GM."
    )
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12 and (kpis[3]["name"], kpis[3]["target"], kpis[3]["frequency"]) == (
        "Wine list turnover", "≥ 85% of SKUs sold within 90 days", "Quarterly")  # fmt: skip
    assert [row["tool_text"] for row in fields["tools"]["rows"]][:4] == [
        "BevSpot",
        "Partender",
        "Toast POS",
        "SevenFifty",
    ]
    assert len(fields["tools"]["rows"]) == 12
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 16 and (skills[0]["name"], skills[0]["importance"]) == (
        "Wine knowledge by region and style", "critical")  # fmt: skip
    assert len(fields["soft_skills"]["skills"]) == 8
    goals = [item["text"] for item in fields["goals"]["day_30"]["items"]]
    assert goals[0] == "Complete a full inventory count and variance baseline for every unit" and len(goals) == 4
    daily = fields["day_to_day"]["daily"]["items"]
    assert len(daily) == 4 and len(daily[0]["sub_items"]) == 3
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (6.0, 10.0)
    assert len(fields["experience"]["certifications"]) == 5
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (4, 3, 4)
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10 and len(fields["scorecard"]["top_responsibilities"]) == 10


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    texts = all_strings(document["fields"]) + all_strings(document["sections"]) + [document["role"]["title"]]
    noise = (
        "Upgrade Your Glassware", "Request a Trade Quote", "Advertisement", "Partner offer", "BLUEPRINT20",
        "Get the Hospitality Leaders Weekly", "Sign me up", "No spam", "Share this blueprint", "Post on X",
        "214 shares", "Book a KegSense demo", "KegSense wireless", "pourcostpaul", "Join the discussion",
        "Post Comment", "Would add CMS Advanced", "Bar Manager: Role Blueprint", "sponsored by BarVision",
        "credit Maren Okafor", "Last reviewed by", "Post a Job", "Download the PDF kit", "@priyapours",
        "<b>", "<i>", "&amp;", "&nbsp;", "<br>", "class=",
    )  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]
