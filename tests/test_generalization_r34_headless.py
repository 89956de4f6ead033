"""Two thirty-fourth round unseen pages lost whole: headless CMS responses whose article is rich text JSON, no HTML,
refused as "JSON holds no post to read". A Sanity GROQ response ({"ms", "query", "result": [document]}) keeps the
article as Portable Text (a flat list of blocks, lists as runs of listItem blocks by level, @sanity/table objects);
a Storyblok CDN story ({"story": {"content": {"body": [bloks]}}}) as ProseMirror rich text bloks and table bloks,
among ad, newsletter, share-bar, related-story and comment bloks.

Snippets below are synthetic (the CMSs' real shapes); the pages are frozen as tests/unseen/<slug>.synthetic.json with
their keys in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.richtext import portable_text_html, prosemirror_html
from tests.snippets import all_strings

UNSEEN = Path(__file__).resolve().parent / "unseen"
_SANITY_PAGE = "compensation-analyst-sanity.synthetic.json"
_STORYBLOK_PAGE = "quality-improvement-nurse-storyblok.synthetic.json"


# Portable Text as Sanity Studio saves it -----------------------------------------------------------------------------


def _span(text: str, *marks: str) -> dict[str, Any]:
    return {"_type": "span", "_key": "s1", "text": text, "marks": list(marks)}


def _block(*spans: str | dict[str, Any], style: str = "normal", mark_defs: list | None = None,
           **list_item: Any) -> dict[str, Any]:
    children = [_span(s) if isinstance(s, str) else s for s in spans]
    return {"_type": "block", "_key": "b1", "style": style, "markDefs": mark_defs or [], "children": children,
            **list_item}


def _item(text: str | dict[str, Any], kind: str = "bullet", level: int = 1) -> dict[str, Any]:
    return _block(text, listItem=kind, level=level)


def _pt_table(*rows: list[str]) -> dict[str, Any]:
    return {"_type": "table", "_key": "t1", "rows": [{"_type": "tableRow", "_key": "r", "cells": row} for row in rows]}


_AD = {"_type": "adBlock", "_key": "a1", "advertiser": "Sunnyvale Dental Group", "headline": "Book a Dental Cleaning",
       "cta": {"label": "Find a Dentist"}}
_NEWSLETTER = {"_type": "newsletterSignup", "_key": "n1", "heading": "The Weekly Pay Brief",
               "buttonLabel": "Subscribe now"}
_IMAGE = {"_type": "image", "_key": "i1", "asset": {"_ref": "image-abc123-1600x900-jpg"}, "alt": "A stock photo"}

_PT_OPENING = [
    _block("1) Role Summary", style="h2"),
    _block("The Test Role does this work for the business with several teams."),
    _block("2) Role Mission", style="h2"),
    _block("Core mission: make the work reliable for every team that depends on it."),
]


def _sanity_response(*blocks: dict[str, Any], result_list: bool = True, **fields: Any) -> bytes:
    document = {
        "_id": "doc-1", "_type": "post", "_createdAt": "2024-03-11T09:14:52Z", "_updatedAt": "2025-01-27T16:40:03Z",
        "title": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "slug": {"_type": "slug", "current": "test-role-blueprint"}, "publishedAt": "2024-03-12T07:00:00.000Z",
        "excerpt": "A short teaser for the listing page.",
        "comments": [{"name": "Jo Reader", "text": "Great post, thanks!"}],
        "body": [*_PT_OPENING, *blocks],
        **fields,
    }
    return json.dumps({"ms": 12, "query": '*[_type == "post"]', "result": [document] if result_list else document}
                      ).encode()


def _sanity_document(data: bytes) -> dict[str, Any]:
    (extraction,) = extract(data, name="groq.json")
    return extraction.document


def test_portable_text_blocks_marks_soft_breaks_and_links() -> None:
    link = {"_type": "link", "_key": "lk1", "href": "https://example.com/guide"}
    html = portable_text_html([
        _block("Notes", style="h3"),
        _block(_span("Core mission:", "strong"), " owns the ", _span("price of work", "em"), ": a & b\nsecond line ",
               _span("the guide", "lk1"), ".", mark_defs=[link]),
        _block("Quoted.", style="blockquote"),
        _AD, _IMAGE,
        _block(_span("x < y", "code"), {"_type": "inlineWidget", "_key": "w", "label": "Widget text"}),
    ])
    assert html == (
        "<h3>Notes</h3>\n"
        "<p><strong>Core mission:</strong> owns the <em>price of work</em>: a &amp; b<br>second line the guide.</p>\n"
        "<blockquote>Quoted.</blockquote>\n"
        "<p><code>x &lt; y</code></p>\n"
    )


def test_portable_text_list_runs_nest_by_level_and_tables_keep_their_header() -> None:
    html = portable_text_html([
        _item("One", "number"), _item("Two", "number"), _item("Two a", "bullet", 2), _item("Three", "number"),
        _item("Bullet after", "bullet"),
        _block("Between."),
        _item("Deep", "bullet", 3),
        _pt_table(["Metric", "Target"], ["Turnaround", "≤ 2 days\nfor offers"]),
    ])
    assert html == (
        "<ol><li>One</li>\n<li>Two<ul><li>Two a</li></ul>\n</li>\n<li>Three</li></ol>\n"
        "<ul><li>Bullet after</li></ul>\n"
        "<p>Between.</p>\n"
        "<ul><li><ul><li><ul><li>Deep</li></ul>\n</li></ul>\n</li></ul>\n"
        "<table><thead><tr><th>Metric</th><th>Target</th></tr></thead>"
        "<tbody><tr><td>Turnaround</td><td>≤ 2 days<br>for offers</td></tr></tbody></table>\n"
    )


def test_a_groq_response_is_read_with_its_title_slug_and_dates() -> None:
    document = _sanity_document(_sanity_response(_block("9) Soft Skills", style="h2"), _item("Discretion")))
    source = document["source"]
    assert (source["input_form"], source["part"], source["slug"], source["url"]) == (
        "wp_json", None, "test-role-blueprint", None
    )
    assert (source["date_published"], source["date_modified"]) == ("2024-03-12T07:00:00", "2025-01-27T16:40:03")
    assert (document["role"]["title"], document["role"]["title_source"]) == ("Test Role", "wp_title")
    assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Discretion"]


def test_a_single_document_is_read_and_dated_by_its_creation_without_a_publish_date() -> None:
    data = json.loads(_sanity_response(_block("9) Soft Skills", style="h2"), _item("Discretion"), result_list=False))
    del data["result"]["publishedAt"]
    for response in (data, data["result"]):  # in a GROQ response, or the document alone (an export's line)
        document = _sanity_document(json.dumps(response).encode())
        assert (document["source"]["slug"], document["source"]["date_published"]) == (
            "test-role-blueprint", "2024-03-11T09:14:52"
        )


def test_numbered_blocks_with_a_soft_break_are_responsibilities_with_details_and_custom_objects_are_dropped() -> None:
    document = _sanity_document(_sanity_response(
        _block("3) Core Responsibilities", style="h2"),
        _AD,
        _block("Strategic responsibilities", style="h3"),
        _block(_span("Maintain the pricing method", "strong"), "\n– Keep benchmark matches documented.",
               listItem="number", level=1),
        _NEWSLETTER,
        _block(_span("Recommend structure changes", "strong"), "\n– Model range movements by family.",
               listItem="number", level=1),
        _IMAGE,
        _block("8) Technical Skills", style="h2"),
        _block("Must-have technical skills", style="h3"),
        _item(_span("Advanced Excel modeling (Critical)", "strong")),
        _item("Use: merit matrices and cost models.", level=2),
    ))
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in items] == [
        ("strategic", 1, "Maintain the pricing method", "Keep benchmark matches documented."),
        ("strategic", 2, "Recommend structure changes", "Model range movements by family."),
    ]
    (skill,) = document["fields"]["technical_skills"]["skills"]
    assert (skill["name"], skill["importance"], skill["use"]) == (
        "Advanced Excel modeling", "critical", "merit matrices and cost models."
    )
    strings = all_strings([document["fields"], document["role"], document["sections"]])
    noise = ("Sunnyvale", "Dental", "Find a Dentist", "Pay Brief", "Subscribe", "stock photo", "image-abc123",
             "teaser", "Jo Reader", "_type", "_key", "markDefs")
    assert [n for n in noise if any(n in text for text in strings)] == []


def test_a_groq_list_of_documents_gives_a_part_each() -> None:
    first = json.loads(_sanity_response(_block("9) Soft Skills", style="h2"), _item("Discretion")))["result"][0]
    second = dict(first, _id="doc-2", title="Other Role: Role Blueprint", slug={"current": "other-role"})
    no_article = {"_id": "doc-3", "_type": "post", "title": "Draft", "body": [_AD]}
    result = extract(json.dumps({"ms": 3, "query": "*", "result": [first, second, no_article]}).encode(),
                     name="groq.json")
    assert [(e.document["source"]["part"], e.document["source"]["slug"], e.document["role"]["title"])
            for e in result] == [("0", "test-role-blueprint", "Test Role"), ("1", "other-role", "Other Role")]
    assert [s.part for s in result.skipped] == ["2"]


# ProseMirror / TipTap JSON as Storyblok saves it ---------------------------------------------------------------------


def _text(value: str, *marks: str) -> dict[str, Any]:
    node: dict[str, Any] = {"type": "text", "text": value}
    if marks:
        node["marks"] = [{"type": mark, "attrs": {"href": "https://example.com"}} if mark == "link" else {"type": mark}
                         for mark in marks]
    return node


def _pm(kind: str, *content: dict[str, Any] | str, **attrs: Any) -> dict[str, Any]:
    node: dict[str, Any] = {"type": kind, "content": [_text(c) if isinstance(c, str) else c for c in content]}
    if attrs:
        node["attrs"] = attrs
    return node


def _para(*content: dict[str, Any] | str) -> dict[str, Any]:
    return _pm("paragraph", *content)


def _heading(level: int, text: str) -> dict[str, Any]:
    return _pm("heading", text, level=level)


def _pm_list(kind: str, *items: dict[str, Any] | str, **attrs: Any) -> dict[str, Any]:
    return _pm(kind, *(_pm("list_item", _para(i)) if isinstance(i, str) else i for i in items), **attrs)


def _doc(*content: dict[str, Any]) -> dict[str, Any]:
    return {"type": "doc", "content": list(content)}


_PROMO_BLOK = {"type": "blok", "attrs": {"id": "p1", "body": [
    {"_uid": "u9", "component": "promo_box", "title": "Earn 10 CE hours with our Bootcamp", "button": "Claim it"}]}}


def test_prosemirror_nodes_render_as_their_elements() -> None:
    html = prosemirror_html(_doc(
        _heading(3, "Notes"),
        _para(_text("Core mission:", "bold"), " ship ", _text("fast", "italic"), " & <safe>",
              {"type": "hard_break"}, "see ", _text("the guide", "link"), "."),
        {"type": "horizontal_rule"},
        _pm("blockquote", _para("Quoted.")),
        _pm_list("ordered_list", "Five", order=5),
        _pm_list("bulletList", _pm("listItem", _para("Outer"), _pm_list("bullet_list", "Inner"))),
        _PROMO_BLOK,
        _pm("code_block", "x < y"),
        _pm("table", _pm("tableRow", _pm("tableHeader", _para("Metric"))),
            _pm("tableRow", _pm("tableCell", _para("A")))),
    ))
    assert html == (
        "<h3>Notes</h3>\n"
        "<p><strong>Core mission:</strong> ship <em>fast</em> &amp; &lt;safe&gt;<br>see the guide.</p>\n"
        "<hr><blockquote><p>Quoted.</p>\n</blockquote>\n"
        '<ol start="5"><li><p>Five</p>\n</li>\n</ol>\n'
        "<ul><li><p>Outer</p>\n<ul><li><p>Inner</p>\n</li>\n</ul>\n</li>\n</ul>\n"
        "<pre><code>x &lt; y</code></pre>\n"
        "<table><tr><th><p>Metric</p>\n</th>\n</tr>\n<tr><td><p>A</p>\n</td>\n</tr>\n</table>\n"
    )
    assert prosemirror_html({"type": "paragraph", "content": []}) is None
    assert prosemirror_html({"nodeType": "document", "content": []}) is None


def _blok(component: str, **fields: Any) -> dict[str, Any]:
    return {"_uid": "u1", "component": component, **fields,
            "_editable": '<!--#storyblok#{"name": "%s", "space": "1"}-->' % component}


def _rich(*content: dict[str, Any]) -> dict[str, Any]:
    return _blok("rich_text_section", text=_doc(*content))


def _sb_table(header: list[str], *rows: list[str]) -> dict[str, Any]:
    return _blok("table", table={
        "thead": [{"_uid": "h", "value": cell, "component": "_table_head"} for cell in header],
        "tbody": [{"_uid": "r", "component": "_table_row",
                   "body": [{"_uid": "c", "value": cell, "component": "_table_col"} for cell in row]} for row in rows],
    }, caption="")


_SB_OPENING = _rich(
    _heading(2, "1) Role Summary"), _para("The Test Role does this work for the business with several teams."),
    _heading(2, "2) Role Mission"), _para("Core mission: make the work reliable for every team that depends on it."),
)
_SB_NOISE_BLOKS = [
    _blok("ad_banner", advertiser="Maple Senior Living", headline="Compare Senior Living Near You",
          text=_doc(_para("Tour communities with verified reviews.")), cta_label="Find Senior Care"),
    _blok("newsletter_cta", headline="Get the Weekly Digest", button_label="Subscribe free"),
    _blok("share_bar", networks=[{"name": "LinkedIn", "label": "Share on LinkedIn"}]),
    _blok("related_articles", headline="You might also like", articles=[{"title": "Other Role: Role Blueprint"}]),
    _blok("comments_embed", heading="Join the discussion", empty_state="Be the first to comment"),
]


def _story(*bloks: dict[str, Any], **story_fields: Any) -> dict[str, Any]:
    return {
        "name": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "id": 612884731, "slug": "test-role-blueprint", "full_slug": "blog/test-role-blueprint",
        "created_at": "2025-03-11T09:42:17.318Z", "published_at": "2025-04-02T06:15:03.904Z",
        "first_published_at": "2025-03-12T07:00:00.000Z",
        "content": {"_uid": "root", "component": "article", "intro": "A teaser for the listing page.",
                    "hero_image": {"filename": "https://a.storyblok.com/f/1/hero.jpg", "alt": "Hero"},
                    "body": [_SB_OPENING, *bloks]},
        **story_fields,
    }


def _storyblok_document(response: dict[str, Any]) -> dict[str, Any]:
    (extraction,) = extract(json.dumps(response).encode(), name="story.json")
    return extraction.document


def test_a_story_reads_its_rich_text_and_table_bloks_in_order_and_drops_every_other_component() -> None:
    document = _storyblok_document({"story": _story(
        _SB_NOISE_BLOKS[0],
        _rich(_heading(2, "7) KPIs and Productivity Metrics"), _PROMO_BLOK),
        _SB_NOISE_BLOKS[1],
        _sb_table(["Metric name", "What it measures", "Example target/benchmark", "Frequency"],
                  ["Falls with injury rate", "Falls per 1,000 days", "≤ 0.4 per 1,000 patient days", "Monthly"],
                  ["Sustained improvement rate", "Gains held", "≥ 80% sustained", "Annually"]),
        _blok("grid", columns=[_rich(_heading(2, "9) Soft Skills"), _pm_list("bullet_list", "Facilitation"))]),
        *_SB_NOISE_BLOKS[2:],
    ), "cv": 1743574503, "rels": [], "links": []})
    rows = document["fields"]["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Falls with injury rate", "≤ 0.4 per 1,000 patient days", "Monthly"),
        ("Sustained improvement rate", "≥ 80% sustained", "Annually"),
    ]
    assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Facilitation"]
    strings = all_strings([document["fields"], document["role"], document["sections"]])
    noise = ("Senior Living", "Tour communities", "Find Senior Care", "Weekly Digest", "Subscribe", "Share on",
             "You might also like", "Other Role", "Join the discussion", "first to comment", "Bootcamp", "Claim it",
             "teaser", "storyblok", "_uid", "_table_col")
    assert [n for n in noise if any(n in text for text in strings)] == []


def test_a_story_gives_title_slug_id_and_dates() -> None:
    document = _storyblok_document({"story": _story(_rich(_heading(2, "9) Soft Skills"),
                                                          _pm_list("bullet_list", "Facilitation")))})
    source = document["source"]
    assert (source["input_form"], source["slug"], source["post_id"], source["url"]) == (
        "wp_json", "test-role-blueprint", 612884731, None
    )
    assert (source["date_published"], source["date_modified"]) == ("2025-03-12T07:00:00", "2025-04-02T06:15:03")
    assert document["role"]["title"] == "Test Role"


def test_hard_breaks_split_title_and_detail_and_a_continued_list_keeps_its_numbers() -> None:
    def numbered(title: str, detail: str) -> dict[str, Any]:
        return _pm("list_item", _para(_text(title, "bold"), {"type": "hard_break"}, detail))

    document = _storyblok_document({"story": _story(_rich(
        _heading(2, "3) Core Responsibilities"),
        _heading(3, "Strategic responsibilities"),
        _pm("ordered_list", numbered("Set unit aims", "– Turn goals into SMART aims."), order=1),
        _heading(3, "Operational responsibilities"),
        _pm("ordered_list", numbered("Lead PDSA cycles", "– Facilitate small tests of change."), order=2),
    ))})
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in items] == [
        ("strategic", 1, "Set unit aims", "Turn goals into SMART aims."),
        ("operational", 2, "Lead PDSA cycles", "Facilitate small tests of change."),
    ]


def test_a_story_whose_body_is_one_rich_text_doc_and_a_stories_list_are_read() -> None:
    story = _story()
    story["content"]["body"] = _doc(_heading(2, "1) Role Summary"), _para("The Test Role does the work."),
                                    _heading(2, "2) Role Mission"), _para("Core mission: reliable work."),
                                    _heading(2, "9) Soft Skills"), _pm_list("bullet_list", "Facilitation"))
    assert [s["name"] for s in _storyblok_document({"story": story})["fields"]["soft_skills"]["skills"]] == [
        "Facilitation"
    ]
    other = dict(story, id=7, slug="other-role", name="Other Role: Role Blueprint")
    result = extract(json.dumps({"stories": [story, other]}).encode(), name="stories.json")
    assert [(e.document["source"]["part"], e.document["source"]["slug"]) for e in result] == [
        ("612884731", "test-role-blueprint"), ("7", "other-role")
    ]


def test_a_post_like_objects_prosemirror_body_is_its_html() -> None:
    # A TipTap-based CMS (Payload, Strapi's editor) saving the article as a doc beside title and slug.
    post = {"title": "Test Role: Role Blueprint", "slug": "test-role", "body": _doc(
        _heading(2, "1) Role Summary"), _para("The Test Role does the work."),
        _heading(2, "2) Role Mission"), _para("Core mission: reliable work."),
        _heading(2, "9) Soft Skills"), _pm_list("bullet_list", "Facilitation"),
    )}
    document = _storyblok_document(post)
    assert (document["source"]["slug"], [s["name"] for s in document["fields"]["soft_skills"]["skills"]]) == (
        "test-role", ["Facilitation"]
    )


@pytest.mark.parametrize(
    "data",
    [
        {"ms": 2, "query": "*", "result": []},
        {"ms": 2, "query": "*", "result": [{"_id": "x", "_type": "post", "title": "No body", "body": [_AD]}]},
        {"story": {"name": "Empty", "content": {"component": "page", "body": _SB_NOISE_BLOKS}}},
        {"stories": []},
    ],
)
def test_a_response_without_article_text_is_refused_naming_sanity_and_storyblok(data: dict[str, Any]) -> None:
    with pytest.raises(NotABlueprintError) as refused:
        extract(json.dumps(data).encode(), name="cms.json")
    assert "README's \"Input forms\"" in str(refused.value)  # which names Sanity and Storyblok


# the pages -------------------------------------------------------------------------------------------------------


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


def _counts(items: list[dict[str, Any]], key: str) -> dict[str, int]:
    return {value: sum(i[key] == value for i in items) for value in dict.fromkeys(i[key] for i in items)}


_SANITY_NOISE = [
    "Harborview Orthopedic Centers", "Find a Knee Specialist Near You", "Compare joint replacement surgeons",
    "Book a Consultation", "Move freely again", "LumaLedger Payroll Cloud", "Run global payroll in 150+ countries",
    "Start your free 30-day trial", "The Total Rewards Brief", "Join 40,000 HR leaders", "Subscribe free",
    "Brightsmile Dental Network", "Find Trusted Dental Implant Clinics", "Explore Clinics", "You might also like",
    "Payroll Specialist: Role Blueprint", "Share this blueprint", "reviewing a salary band chart",
    "Photo: Unsplash / Markus Winkler", "downloadable template for the merit matrix", "Priya Raghunathan",
    "WorldatWork Certification Prep", "See course dates", "Log in", "_key", "markDefs", "_type",
    "image-4b1f0c9e2a7d83f5e6c1", "<br>", "<strong>", "&amp;",
]


@pytest.fixture(scope="module")
def sanity_page() -> dict[str, Any]:
    return _page(_SANITY_PAGE)


def test_the_sanity_page_is_read_whole_and_clean(sanity_page: dict[str, Any]) -> None:
    page = sanity_page
    assert (page["role"]["title"], page["role"]["horizon"]) == ("Compensation Analyst", "Current")
    source = page["source"]
    assert (source["input_form"], source["part"], source["slug"]) == (
        "wp_json", None, "compensation-analyst-role-blueprint"
    )
    assert (source["date_published"], source["date_modified"]) == ("2024-03-12T07:00:00", "2025-01-27T16:40:03")
    assert len(page["sections"]) == 20 and not page["missing_sections"]
    assert page["quality"]["coverage"] == 1.0
    strings = all_strings([page["fields"], page["role"], page["sections"]])
    assert [phrase for phrase in _SANITY_NOISE if any(phrase in text for text in strings)] == []
    assert any("owns the price of work:" in text for text in page["fields"]["role_summary"]["paragraphs"])


def test_the_sanity_pages_lists_and_tables(sanity_page: dict[str, Any]) -> None:
    fields = sanity_page["fields"]
    assert fields["role_mission"]["core_mission"].startswith("Ensure every pay decision in the company is market-")
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 5
    items = fields["responsibilities"]["items"]
    assert _counts(items, "category") == {"strategic": 4, "operational": 5, "technical": 5, "cross_functional": 4,
                                          "governance": 4, "leadership": 2}
    by_title = {i["title"]: i["detail"] for i in items}
    assert by_title["Run the annual merit and promotion cycle"] == (
        "Build merit matrices, load budgets into the comp planning tool, validate manager inputs, and reconcile"
        " final outputs with Payroll."
    )
    assert "organization’s" in by_title["Ensure pay-transparency compliance"]
    day = fields["day_to_day"]
    assert [len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals",
                                           "incident_work")] == [5, 5, 5, 5, 4]
    assert len(fields["deliverables"]["items"]) == 11
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14 and len(fields["kpis"]["columns"]) == 5
    assert (kpis[2]["name"], kpis[2]["target"], kpis[2]["frequency"]) == (
        "Merit budget adherence", "Within ±0.1% of budget", "Per cycle"
    )
    skills = fields["technical_skills"]["skills"]
    assert _counts(skills, "tier") == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    assert (skills[7]["name"], skills[7]["importance"]) == ("Data visualization (Tableau / Power BI)", "important")
    assert len(fields["soft_skills"]["skills"]) == 7
    tools = fields["tools"]["rows"]
    assert len(tools) == 16 and (tools[-1]["category"], tools[-1]["prevalence"]) == (
        "Ticketing / case management", "optional"
    )
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5)
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "HR Coordinator", "HR Analyst / People Analytics Analyst", "Payroll Analyst", "Financial Analyst"
    ]
    assert [len(career["next_roles"]), len(career["adjacent_paths"])] == [3, 4]
    scorecard_rows = fields["hiring"]["scorecard"]["rows"]
    assert len(scorecard_rows) == 7 and scorecard_rows[1]["dimension"] == "Excel modeling"
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["role_title"] == "Compensation Analyst"
    assert scorecard["top_responsibilities"][-1] == "Pay-transparency compliance"
    assert [len(scorecard[k]) for k in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10, 10, 10
    ]


_STORYBLOK_NOISE = [
    "Compare Senior Living Communities Near You", "Tour assisted-living options", "Find Senior Care",
    "Maplewood Senior Living Finder", "Discover Accredited Dental Clinics", "See Dental Clinics",
    "Get the Weekly CareerPulse Digest", "Join 48,000 healthcare leaders", "Subscribe free", "you@hospital.org",
    "Earn 12 CNE contact hours", "Claim your seat", "Share on LinkedIn", "Tweet this",
    "Clinical Nurse Educator: Role Blueprint", "Patient Safety Officer: Role Blueprint",
    "7 Ways Charge Nurses Can Cut Handoff Errors", "Join the discussion", "Be the first to comment",
    "Sign in to reply", "CareerAtlas Media", "Cookie preferences", "storyblok", "_table_col", "_uid", "Sponsored",
    "<br>", "<strong>", "&amp;",
]


@pytest.fixture(scope="module")
def storyblok_page() -> dict[str, Any]:
    return _page(_STORYBLOK_PAGE)


def test_the_storyblok_page_is_read_whole_and_clean(storyblok_page: dict[str, Any]) -> None:
    page = storyblok_page
    assert (page["role"]["title"], page["role"]["horizon"]) == ("Quality Improvement Nurse", "Current")
    source = page["source"]
    assert (source["input_form"], source["slug"], source["post_id"]) == (
        "wp_json", "quality-improvement-nurse-role-blueprint", 612884731
    )
    assert (source["date_published"], source["date_modified"]) == ("2025-03-12T07:00:00", "2025-04-02T06:15:03")
    assert len(page["sections"]) == 20 and not page["missing_sections"]
    assert page["quality"]["coverage"] == 1.0
    strings = all_strings([page["fields"], page["role"], page["sections"]])
    assert [phrase for phrase in _STORYBLOK_NOISE if any(phrase in text for text in strings)] == []


def test_the_storyblok_pages_lists_and_tables(storyblok_page: dict[str, Any]) -> None:
    fields = storyblok_page["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 25 and [i["number"] for i in items] == list(range(1, 26))  # the lists continue numbering
    # "Clinical and analytical responsibilities" stands where the family writes "Technical responsibilities".
    assert _counts(items, "category") == {"strategic": 4, "operational": 5, "technical": 5, "cross_functional": 4,
                                          "governance": 4, "leadership": 3}
    assert [i["title"] for i in items if i["category"] == "governance"] == [
        "Ensure accurate external quality reporting", "Maintain continuous survey readiness",
        "Protect peer review and patient safety work product", "Keep policies aligned with practice",
    ]
    assert items[0]["detail"] == ("Convert board-approved goals (e.g., reduce CAUTI by 30%) into SMART aims, driver"
                                  " diagrams, and project charters for specific units.")
    day = fields["day_to_day"]
    assert [len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals")] == [
        5, 5, 7, 5
    ]
    assert len(day["daily"]["items"][1]["sub_items"]) == 3
    assert len(fields["deliverables"]["items"]) == 14
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "CAUTI standardized infection ratio", "SIR ≤ 0.75 or below national baseline", "Monthly"
    )
    skills = fields["technical_skills"]["skills"]
    assert _counts(skills, "tier") == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    assert (skills[6]["name"], skills[6]["importance"]) == ("Spreadsheet analysis (Excel pivot tables, lookups)",
                                                            "important")
    assert len(fields["soft_skills"]["skills"]) == 8
    tools = fields["tools"]["rows"]
    assert len(tools) == 16 and (tools[-1]["category"], tools[-1]["tool_text"]) == ("Learning", "IHI Open School / LMS")
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3, 7)
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Staff Registered Nurse", "Charge Nurse", "Clinical Nurse Educator", "Infection Preventionist"
    ]
    assert [len(career["next_roles"]), len(career["adjacent_paths"])] == [3, 4]
    scorecard_rows = fields["hiring"]["scorecard"]["rows"]
    assert [r["dimension"] for r in scorecard_rows] == [
        "Improvement methods", "Measurement", "Clinical judgment", "Facilitation", "Communication",
        "Regulatory knowledge", "Culture",
    ]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["role_title"] == "Quality Improvement Nurse"
    assert (scorecard["top_responsibilities"][0], scorecard["top_responsibilities"][-1]) == (
        "Translate quality priorities into unit aims", "Develop unit quality champions"
    )
    assert [len(scorecard[k]) for k in ("top_responsibilities", "top_technical_skills", "top_soft_skills",
                                        "top_tools")] == [10, 10, 10, 8]
