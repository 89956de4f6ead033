"""Two thirty-third round unseen pages lost whole: CMS JSON whose article is not where a WordPress REST post keeps it.

A Drupal 10 JSON:API response holds its article in a node's attributes.body.processed, refused as no post; a
WordPress REST post built with ACF flexible content holds its sections as layouts in acf.sections (text blocks,
ACF Table Field tables, an accordion, CTA/newsletter/ad/related layouts), read as its near-empty content.rendered.

Snippets below are synthetic (the two CMSes' real shapes); the pages are frozen as tests/unseen/*.synthetic.json
with their keys in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.cmsjson import flexible_content_html, is_promotion
from tests.snippets import all_strings

UNSEEN = Path(__file__).resolve().parent / "unseen"
_DRUPAL_PAGE = "procurement-category-manager-drupal-jsonapi.synthetic.json"
_ACF_PAGE = "inventory-control-analyst-wp-acf-rest.synthetic.json"

_OPENING = (
    "<h2>1) Role Summary</h2><p>The Test Role keeps the work reliable for several teams across the business.</p>"
    "<h2>2) Role Mission</h2><p><strong>Core mission:</strong> make the work dependable for every team.</p>"
)
_SOFT_SKILLS = "<h2>9) Soft Skills</h2><ul><li>Attention to detail</li><li>Calm under pressure</li></ul>"


def _documents(data: object, name: str = "page.json") -> list[dict[str, Any]]:
    return [extraction.document for extraction in extract(json.dumps(data).encode(), name=name)]


# Drupal JSON:API ---------------------------------------------------------------------------------------------------


def _node(nid: int, body: dict[str, Any] | None, **attributes: Any) -> dict[str, Any]:
    uuid = f"2f6b1c8e-0000-4a7b-8e15-{nid:012d}"
    return {
        "type": "node--article",
        "id": uuid,
        "links": {"self": {"href": f"https://cms.example.org/jsonapi/node/article/{uuid}?resourceVersion=id%3A9"}},
        "attributes": {
            "drupal_internal__nid": nid,
            "title": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
            "created": "2025-02-11T09:30:00+02:00",
            "changed": "2025-03-18T09:41:07+00:00",
            "path": {"alias": f"/blog/test-role-{nid}", "pid": 8841, "langcode": "en"},
            **({"body": body} if body is not None else {}),
            **attributes,
        },
        "relationships": {"uid": {"data": {"type": "user--user", "id": "a7d4"}}},
    }


def _body(html: str, **fields: str) -> dict[str, Any]:
    return {"value": html, "format": "full_html", "processed": html, "summary": "", **fields}


_AUTHOR = {
    "type": "user--user", "id": "a7d4",
    "attributes": {"display_name": "Henrike Example",
                   "field_bio": {"processed": "<p>Henrike Example writes on careers. <strong>Sponsored</strong>.</p>"}},
}  # fmt: skip


def _jsonapi(data: object) -> dict[str, Any]:
    return {"jsonapi": {"version": "1.0"}, "data": data, "included": [_AUTHOR], "links": {"self": {"href": "x"}}}


def test_a_single_node_resource_is_the_files_page_with_its_source() -> None:
    (document,) = _documents(_jsonapi(_node(4127, _body(_OPENING + _SOFT_SKILLS))))
    source = document["source"]
    assert (source["input_form"], source["part"], source["post_id"], source["slug"]) == (
        "wp_json", None, 4127, "test-role-4127"
    )
    assert source["url"] == "https://cms.example.org/blog/test-role-4127"
    assert (source["date_published"], source["date_modified"]) == ("2025-02-11T07:30:00", "2025-03-18T09:41:07")
    assert (document["role"]["title"], document["role"]["title_source"]) == ("Test Role", "wp_title")
    assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Attention to detail",
                                                                                 "Calm under pressure"]
    assert not any("Henrike" in text or "Sponsored" in text for text in all_strings(document))


def test_processed_html_is_read_before_the_saved_value_and_the_canonical_metatag_gives_the_url() -> None:
    body = _body(_OPENING + "<drupal-media data-entity-uuid='x'></drupal-media>" + _SOFT_SKILLS)
    body["processed"] = _OPENING + _SOFT_SKILLS.replace("Calm under pressure", "Calm under load")
    canonical = {"tag": "link", "attributes": {"rel": "canonical", "href": "https://www.example.org/blog/test"}}
    (document,) = _documents(_jsonapi(_node(7, body, metatag=[canonical])))
    assert document["source"]["url"] == "https://www.example.org/blog/test"
    assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]][-1] == "Calm under load"


def test_a_body_without_processed_html_reads_its_value_and_a_node_without_body_its_longest_html_field() -> None:
    only_value = {"value": _OPENING + _SOFT_SKILLS, "format": "basic_html", "processed": None}
    sponsor = {"value": "<p>Supported by <strong>TenderNest</strong>.</p>", "processed": "<p>TenderNest</p>"}
    no_body = _node(9, None, field_article={"processed": _OPENING + _SOFT_SKILLS}, field_sponsor_cta=sponsor)
    documents = _documents(_jsonapi([_node(8, only_value), no_body]))
    assert [(d["source"]["part"], d["source"]["post_id"]) for d in documents] == [("8", 8), ("9", 9)]
    for document in documents:
        assert len(document["fields"]["soft_skills"]["skills"]) == 2
        assert not any("TenderNest" in text for text in all_strings(document))


def test_each_node_of_a_list_is_a_part_and_another_resource_is_reported_as_no_post() -> None:
    term = {"type": "taxonomy_term--tags", "id": "t1", "attributes": {"name": "Category Management"}}
    result = extract(json.dumps(_jsonapi([_node(11, _body(_OPENING + _SOFT_SKILLS)), term])).encode(), name="p.json")
    # Parts are named by index, as a REST list's are when not every entry has a post id.
    assert [(e.document["source"]["part"], e.document["source"]["post_id"]) for e in result] == [("0", 11)]
    assert [s.part for s in result.skipped] == ["1"]


# ACF flexible content ---------------------------------------------------------------------------------------------


def _post(acf: object, content: str = "<p>A short intro to the blueprint.</p>") -> list[dict[str, Any]]:
    post = {
        "id": 40231, "date_gmt": "2024-09-18T08:12:44", "slug": "test-role-blueprint",
        "link": "https://site.example/career-hub/test-role-blueprint/",
        "title": {"rendered": "Test Role: Role Blueprint"}, "content": {"rendered": content, "protected": False},
    }  # fmt: skip
    if acf is not None:
        post["acf"] = acf
    return [post]


def _text_block(heading: str, body: str) -> dict[str, Any]:
    return {"acf_fc_layout": "text_block", "heading": heading, "heading_tag": "h2", "body": body}


def _table(heading: str, header: list[str], *rows: list[str], use_header: bool = True) -> dict[str, Any]:
    return {
        "acf_fc_layout": "table_block", "heading": heading, "intro": "<p>Benchmarks for a mid-size team.</p>",
        "table": {"acftf": {"v": "1.3.21"}, "p": {"o": {"uh": 1}}, "caption": "", "use_header": use_header,
                  "header": [{"c": cell} for cell in header], "body": [[{"c": cell} for cell in row] for row in rows]},
    }  # fmt: skip


_OPENING_LAYOUTS = [
    _text_block("1) Role Summary", "<p>The Test Role keeps the work reliable for several teams in the business.</p>"),
    _text_block("2) Role Mission", "<p><strong>Core mission:</strong> make the work dependable for every team.</p>"),
]
_CTA = {
    "acf_fc_layout": "cta_banner", "title": "Get 20% off ScanPro rugged scanners", "subtitle": "Count faster.",
    "button": {"title": "Shop now", "url": "https://scanpro.example/deals"}, "sponsored_label": "Sponsored",
}  # fmt: skip
_NEWSLETTER = {"acf_fc_layout": "newsletter", "title": "The Stockroom Weekly", "text": "<p>Join 48,000 pros.</p>"}
_RELATED = {"acf_fc_layout": "related_posts", "heading": "You may also like",
            "posts": [{"ID": 1, "post_title": "Demand Planner: Role Blueprint"}]}
_AD = {"acf_fc_layout": "ad_slot", "html": "<p class='ad-label'>Advertisement</p><a href='#'>BrightSmile Dental</a>"}


def test_an_acf_table_layout_is_the_kpi_table() -> None:
    kpis = _table(
        "7) KPIs and Productivity Metrics",
        ["Metric name", "What it measures", "Example target/benchmark", "Frequency"],
        ["Inventory record accuracy", "Matched locations", "≥ 98% for A items", "Weekly"],
        ["Receiving accuracy", "Correct receipts", "≥ 99.5%", "Monthly"],
    )
    (document,) = _documents(_post({"sections": [*_OPENING_LAYOUTS, kpis]}))
    rows = document["fields"]["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Inventory record accuracy", "≥ 98% for A items", "Weekly"),
        ("Receiving accuracy", "≥ 99.5%", "Monthly"),
    ]


def test_promotion_layouts_are_dropped_and_the_sections_read_in_order() -> None:
    acf = {"hero_style": "compact", "page_builder": [*_OPENING_LAYOUTS, _CTA, _text_block("9) Soft Skills", (
        "<ul><li>Attention to detail</li><li>Calm under pressure</li></ul>")), _NEWSLETTER, _AD, _RELATED]}
    (document,) = _documents(_post(acf))
    assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Attention to detail",
                                                                                 "Calm under pressure"]
    assert document["fields"]["role_mission"]["core_mission"].startswith("make the work dependable")
    noise = ["ScanPro", "Shop now", "Sponsored", "Stockroom Weekly", "48,000", "You may also like", "Demand Planner",
             "Advertisement", "BrightSmile", "acf_fc_layout"]
    strings = all_strings([document["fields"], document["role"], document["sections"]])
    assert [phrase for phrase in noise if any(phrase in text for text in strings)] == []


def test_unnumbered_layout_headings_are_sub_headings_and_an_untitled_block_continues_its_section() -> None:
    acf = {"sections": [
        *_OPENING_LAYOUTS,
        _text_block("3) Core Responsibilities", "<p>Responsibilities are grouped by type.</p>"),
        _text_block("Strategic responsibilities", "<ol><li><strong>Shape the accuracy strategy</strong><br />\r\n"
                                                  "&#8211; Turn targets into a roadmap.</li></ol>"),
        _CTA,
        _text_block("Operational responsibilities", "<ol><li><strong>Run the cycle count program</strong></li>"
                                                    "<li><strong>Investigate variances</strong></li></ol>"),
        _text_block("", "<ol start='4'><li><strong>Post adjustments</strong></li></ol>"),
    ]}  # fmt: skip
    (document,) = _documents(_post(acf))
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["title"]) for i in items] == [
        ("strategic", "Shape the accuracy strategy"),
        ("operational", "Run the cycle count program"),
        ("operational", "Investigate variances"),
        ("operational", "Post adjustments"),
    ]
    assert items[0]["detail"] == "Turn targets into a roadmap."


def test_an_accordion_layouts_panels_are_titled_sub_sections() -> None:
    accordion = {
        "acf_fc_layout": "accordion", "heading": "9) Soft Skills and Behavioral Capabilities",
        "intro": "<p>Most failures are behavioural.</p>",
        "items": [{"title": "1. Analytical rigor", "open_by_default": True, "content": "<p>Why: causes.</p>"},
                  {"title": "2. Persistence", "open_by_default": False, "content": "<p>Why: follow-up.</p>"}],
    }  # fmt: skip
    html = flexible_content_html({"sections": [accordion]})
    assert html.index("<h2>9) Soft Skills") < html.index("<h4>1. Analytical rigor</h4>") < html.index("follow-up")
    (document,) = _documents(_post({"sections": [*_OPENING_LAYOUTS, accordion]}))
    assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Analytical rigor", "Persistence"]


def test_a_table_without_its_header_row_and_the_promotion_names() -> None:
    html = flexible_content_html({"x": [_table("Tools", ["Category", "Tool"], ["ERP", "SAP"], use_header=False)]})
    assert "<thead>" not in html and "<td>ERP</td><td>SAP</td>" in html and html.startswith("<h3>Tools</h3>")
    promotions = ["cta_banner", "ad_slot", "newsletter", "related_posts", "promoBox", "sponsoredAds", "subscribe-form"]
    assert all(map(is_promotion, promotions))
    assert not any(map(is_promotion, ["text_block", "table_block", "accordion", "wysiwyg", "downloads", "adjacent"]))


def test_a_rest_post_without_acf_layouts_reads_as_before() -> None:
    content = _OPENING + _SOFT_SKILLS
    plain = _documents(_post(None, content))
    assert flexible_content_html({"hero_style": "compact", "show_toc": True, "gallery": [{"ID": 3}]}) == ""
    assert _documents(_post({"hero_style": "compact", "sidebar": "career-hub"}, content)) == plain
    assert _documents(_post([], content)) == plain  # ACF answers [] for a post without fields


# the pages -------------------------------------------------------------------------------------------------------

_DRUPAL_NOISE = [
    "Advertisement", "Tired of chasing quotes across five inboxes?", "QuoteHarbor", "Sourcing Signals, every Thursday",
    "Join 18,000 buyers", "You might also like", "Supplier Risk Analyst: Role Blueprint",
    "Seven clauses every SaaS renewal should renegotiate", "Ridgeway Cargo Cover", "LedgerLoop",
    "Share it with your team", "editorial@sourcingdesk.io", "Editor's note", "TenderNest", "Henrike Achterberg",
    "twelve years running indirect categories", "Procurement Careers", "drupal-media", "data-entity-uuid", "loading=",
    "/sites/default/files", "\\u003C", "<", "&nbsp;", "&amp;", "adnexio", "Sponsored",
]
_ACF_NOISE = [
    "Get 20% off ScanPro X9 rugged barcode scanners", "Count faster with 2D imaging", "Shop now", "Sponsored",
    "Moving your warehouse? Compare 3 quotes from Atlas Freight Movers", "Get my free quote", "Advertisement",
    "The Stockroom Weekly", "Join 48,000 supply chain pros", "By signing up you agree to our Privacy Policy",
    "Subscribe", "BrightSmile Dental", "Compare top-rated dental clinics near you", "Share on LinkedIn", "Post on X",
    "Email this page", "Est. reading time", "You may also like", "Warehouse Supervisor: Role Blueprint",
    "Demand Planner: Role Blueprint", "acf_fc_layout", "&#8211;", "<li>", "StockroomHub",
]


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


@pytest.fixture(scope="module")
def drupal() -> dict[str, Any]:
    return _page(_DRUPAL_PAGE)


@pytest.fixture(scope="module")
def acf() -> dict[str, Any]:
    return _page(_ACF_PAGE)


def _noise_kept(page: dict[str, Any], noise: list[str]) -> list[str]:
    strings = all_strings([page["fields"], page["role"], page["sections"]])
    return [phrase for phrase in noise if any(phrase in text for text in strings)]


def _counts(items: list[dict[str, Any]], key: str) -> dict[str, int]:
    return {value: sum(i[key] == value for i in items) for value in dict.fromkeys(i[key] for i in items)}


def test_the_drupal_page_is_read_whole_and_clean(drupal: dict[str, Any]) -> None:
    assert (drupal["role"]["title"], drupal["role"]["horizon"]) == ("Procurement Category Manager", "Current")
    source = drupal["source"]
    assert (source["input_form"], source["part"], source["post_id"], source["slug"]) == (
        "wp_json", "4127", 4127, "procurement-category-manager-role-blueprint"
    )
    assert source["url"] == "https://www.sourcingdesk.io/blog/procurement-category-manager-role-blueprint"
    assert (source["date_published"], source["date_modified"]) == ("2025-02-11T07:30:00", "2025-03-18T09:41:07")
    assert len(drupal["sections"]) == 20 and not drupal["missing_sections"]
    assert drupal["quality"]["coverage"] == 1.0
    assert _noise_kept(drupal, _DRUPAL_NOISE) == []
    assert drupal["fields"]["scorecard"]["notes"] == [
        "A one-page view for job architecture, workforce planning, and interview kit design."
    ]
    assert "Image" not in drupal["fields"]["role_summary"]["paragraphs"]


def test_the_drupal_pages_lists_and_tables(drupal: dict[str, Any]) -> None:
    fields = drupal["fields"]
    items = fields["responsibilities"]["items"]
    assert _counts(items, "category") == {"strategic": 5, "operational": 5, "technical": 4, "cross_functional": 4,
                                          "governance": 4, "leadership": 3}
    assert (items[0]["title"], items[0]["detail"]) == (
        "Own multi-year category strategies for assigned spend areas",
        "Build 3-year category plans covering spend baseline, market analysis, supplier landscape, sourcing levers,"
        " risk, and savings pipeline.",
    )
    assert len(fields["role_summary"]["interaction"]["groups"]) == 8
    day = fields["day_to_day"]
    assert [len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals",
                                           "incident_work")] == [5, 5, 4, 5, 4]
    assert _counts(fields["deliverables"]["items"], "group") == {
        "Category strategy artifacts": 5, "Sourcing event artifacts": 5,
        "Contract and supplier management artifacts": 4, "Reporting artifacts": 3,
    }
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 16
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Validated savings", "3–7% of addressable category spend per year", "Quarterly"
    )
    assert kpis[-1]["name"] == "Team capability (if managing)"
    skills = fields["technical_skills"]["skills"]
    assert _counts(skills, "tier") == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 4}
    assert (skills[0]["name"], skills[0]["importance"]) == ("Spend analysis and data handling", "critical")
    assert len(fields["soft_skills"]["skills"]) == 8
    tools = fields["tools"]["rows"]
    assert len(tools) == 19 and (tools[0]["category"], tools[0]["tool_text"]) == ("Source-to-pay suite", "SAP Ariba")
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (6, 10)
    career = fields["career_path"]
    assert [len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])] == [4, 3, 4]
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]] == [
        "Spend analysis", "Sourcing strategy", "Negotiation", "Contract awareness", "Stakeholder management",
        "Supplier management", "Communication", "Integrity",
    ]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert [len(scorecard[k]) for k in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10, 10, 10
    ]


def test_the_acf_page_is_read_whole_and_clean(acf: dict[str, Any]) -> None:
    assert (acf["role"]["title"], acf["role"]["horizon"]) == ("Inventory Control Analyst", "Current")
    source = acf["source"]
    assert (source["input_form"], source["part"], source["post_id"], source["slug"]) == (
        "wp_json", "40231", 40231, "inventory-control-analyst-role-blueprint"
    )
    assert len(acf["sections"]) == 20 and not acf["missing_sections"]
    assert acf["quality"]["coverage"] == 1.0
    assert _noise_kept(acf, _ACF_NOISE) == []


def test_the_acf_pages_lists_and_tables(acf: dict[str, Any]) -> None:
    fields = acf["fields"]
    items = fields["responsibilities"]["items"]
    assert _counts(items, "category") == {"strategic": 4, "operational": 6, "technical": 5, "cross_functional": 4,
                                          "governance": 4, "leadership": 2}
    assert items[4]["title"] == "Run the cycle count program"
    assert len(fields["role_summary"]["paragraphs"]) == 2
    assert len(fields["role_summary"]["interaction"]["groups"]) == 7
    day = fields["day_to_day"]
    assert [len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals",
                                           "incident_work")] == [6, 5, 5, 5, 4]
    assert len(fields["deliverables"]["items"]) == 12
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Inventory record accuracy (IRA)", "≥ 98% for A items; ≥ 95% overall", "Weekly"
    )
    assert (kpis[-1]["name"], kpis[-1]["frequency"]) == ("Stakeholder satisfaction", "Semiannual")
    skills = fields["technical_skills"]["skills"]
    assert _counts(skills, "tier") == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    assert [s["name"] for s in fields["soft_skills"]["skills"]] == [
        "Analytical rigor", "Attention to detail", "Integrity and objectivity", "Influence without authority",
        "Clear communication", "Persistence", "Calm under pressure",
    ]
    tools = fields["tools"]["rows"]
    assert len(tools) == 19 and (tools[-1]["category"], tools[-1]["tool_text"]) == ("Audit / GRC", "AuditBoard")
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5)
    career = fields["career_path"]
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior Inventory Control Analyst", "Inventory Control Manager", "Inventory Planning Manager"
    ]
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert [len(scorecard[k]) for k in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10, 10, 10
    ]


# what the Drupal page showed of HTML pages -------------------------------------------------------------------------


def _html_page(tail: str) -> dict[str, Any]:
    html = (
        "<html><head><title>Test Role: Role Blueprint</title></head><body><article>"
        + _OPENING.replace("</p><h2>2)", "</p><div><div class='field__label visually-hidden'>Image</div>"
                           "<img src='/cycle.png' alt=''></div><h2>2)")
        + "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Category</th><th>Executive summary</th></tr>"
        "<tr><td>Role title</td><td>Test Role</td></tr></table>" + tail + "</article></body></html>"
    )
    (extraction,) = extract(html.encode(), name="page.html")
    return extraction.document


def test_a_visually_hidden_field_label_is_no_paragraph() -> None:
    document = _html_page("")
    assert document["fields"]["role_summary"]["paragraphs"] == [
        "The Test Role keeps the work reliable for several teams across the business."
    ]


def test_an_editors_note_after_the_last_table_is_no_scorecard_note() -> None:
    document = _html_page("<p><em>Editor’s note: this blueprint was last reviewed in March 2025. Email "
                          "editors@site.example.</em></p>")
    assert document["fields"]["scorecard"]["rows"][0]["value"] == "Test Role"
    assert not any("Editor" in text or "editors@" in text for text in all_strings(document["fields"]))
