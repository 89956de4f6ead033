"""A thirty-second round unseen page lost whole: a headless CMS's delivery API response (Contentful CDA), its article
a Rich Text document (a JSON tree of nodes, no HTML) in an entry's fields, refused as "JSON is not a WordPress REST
post (no content.rendered)".

Snippets below are synthetic (Contentful's real node types); the page is frozen as
tests/unseen/learning-experience-designer-contentful.synthetic.json with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.richtext import rich_text_html
from tests.snippets import all_strings

UNSEEN = Path(__file__).resolve().parent / "unseen"
_PAGE = "learning-experience-designer-contentful.synthetic.json"


# Rich Text nodes as the Contentful editor saves them -------------------------------------------------------------


def _text(value: str, *marks: str) -> dict[str, Any]:
    return {"nodeType": "text", "value": value, "marks": [{"type": mark} for mark in marks], "data": {}}


def _node(kind: str, *content: dict[str, Any], **data: Any) -> dict[str, Any]:
    return {"nodeType": kind, "data": data, "content": list(content)}


def _para(*pieces: str | dict[str, Any]) -> dict[str, Any]:
    return _node("paragraph", *(_text(p) if isinstance(p, str) else p for p in pieces))


def _heading(level: int, text: str) -> dict[str, Any]:
    return _node(f"heading-{level}", _text(text))


def _list(kind: str, *items: dict[str, Any] | str) -> dict[str, Any]:
    """An ordered or unordered list, each item a list-item holding a paragraph (the editor's only way), or as given."""
    def item(value: dict[str, Any] | str) -> dict[str, Any]:
        if isinstance(value, str):
            value = _para(value)
        return value if value["nodeType"] == "list-item" else _node("list-item", value)

    return _node(kind, *map(item, items))


def _table(header: list[str], *rows: list[str]) -> dict[str, Any]:
    def row(cells: list[str], kind: str) -> dict[str, Any]:
        return _node("table-row", *(_node(kind, _para(cell)) for cell in cells))

    return _node("table", row(header, "table-header-cell"), *(row(cells, "table-cell") for cells in rows))


def _link(kind: str, target: str) -> dict[str, Any]:
    return {"target": {"sys": {"id": target, "type": "Link", "linkType": kind}}}


def _embedded(kind: str, target: str) -> dict[str, Any]:
    return {"nodeType": kind, "data": _link("Entry", target), "content": []}


def _document(*blocks: dict[str, Any]) -> dict[str, Any]:
    return _node("document", *blocks)


_OPENING = (
    _heading(2, "1) Role Summary"),
    _para("The Test Role does this work for the business with several teams."),
    _heading(2, "2) Role Mission"),
    _para("Core mission: make the work reliable for every team that depends on it."),
)
_SKILLS = (_heading(2, "9) Soft Skills"), _list("unordered-list", "Learner empathy"))
_PROMO = {
    "sys": {"id": "promo1", "type": "Entry", "contentType": {"sys": {"id": "promoBlock"}}},
    "fields": {"headline": "Find Top-Rated Dental Clinics Near You", "ctaLabel": "Browse Dental Clinics",
               "body": _document(_para("Compare verified dental clinics and book same-week appointments."))},
}


def _entry(*blocks: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "metadata": {"tags": []},
        "sys": {"id": "7LxdBlueprint", "type": "Entry", "createdAt": "2025-01-09T11:42:07.118Z",
                "updatedAt": "2025-03-04T13:27:45.602Z", "contentType": {"sys": {"id": "blogPost"}}},
        "fields": {
            "title": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
            "slug": "test-role-blueprint",
            "author": {"sys": {"id": "author1", "type": "Link", "linkType": "Entry"}},
            "body": _document(*_OPENING, *blocks),
            **fields,
        },
    }


def _array(*items: dict[str, Any]) -> bytes:
    response = {"sys": {"type": "Array"}, "total": len(items), "skip": 0, "limit": 100, "items": list(items),
                "includes": {"Entry": [_PROMO]}}
    return json.dumps(response).encode()


def _documents(data: bytes) -> list[dict[str, Any]]:
    return [extraction.document for extraction in extract(data, name="entries.json")]


# the renderer ----------------------------------------------------------------------------------------------------


def test_marks_escaping_soft_breaks_and_links_render_as_html() -> None:
    document = _document(
        _para(_text("Core mission:", "bold"), _text(" ship "), _text("fast", "italic", "underline"),
              _text(" & <safe>\nsecond line "), _text("x < y", "code")),
        _node("paragraph", _text("See "), _node("hyperlink", _text("WCAG 2.2 AA"), uri="https://w3.org/"),
              _text(" and "), _node("entry-hyperlink", _text("the guide"), **_link("Entry", "e1")), _text(".")),
    )
    assert rich_text_html(document) == (
        "<p><strong>Core mission:</strong> ship <u><em>fast</em></u> &amp; &lt;safe&gt;<br>second line "
        "<code>x &lt; y</code></p>\n"
        "<p>See WCAG 2.2 AA and the guide.</p>\n"
    )


def test_blocks_tables_and_lists_render_as_their_elements() -> None:
    document = _document(
        _heading(3, "Notes"), _node("hr"), _node("blockquote", _para("Quoted.")),
        _list("ordered-list", "One"), _table(["Metric", "Target"], ["Completion", "80%"]),
    )
    assert rich_text_html(document) == (
        "<h3>Notes</h3>\n<hr><blockquote><p>Quoted.</p>\n</blockquote>\n"
        "<ol><li><p>One</p>\n</li>\n</ol>\n"
        "<table><tr><th><p>Metric</p>\n</th>\n<th><p>Target</p>\n</th>\n</tr>\n"
        "<tr><td><p>Completion</p>\n</td>\n<td><p>80%</p>\n</td>\n</tr>\n</table>\n"
    )


def test_embedded_entries_and_assets_are_dropped_and_non_documents_are_none() -> None:
    document = _document(
        _para("Before."),
        _embedded("embedded-entry-block", "promo1"),
        _node("paragraph", _text("Inline "), _embedded("embedded-entry-inline", "promo1"), _text("after.")),
        {"nodeType": "embedded-asset-block", "data": _link("Asset", "img1"), "content": []},
        {"nodeType": "embedded-resource-block", "data": {}, "content": [_para("Resource text")]},
    )
    assert rich_text_html(document) == "<p>Before.</p>\n<p>Inline after.</p>\n"
    assert rich_text_html({"nodeType": "paragraph", "content": []}) is None
    assert rich_text_html("<p>HTML</p>") is None


# entries read as pages -------------------------------------------------------------------------------------------


def test_a_table_with_header_cells_is_the_kpi_table() -> None:
    (document,) = _documents(_array(_entry(
        _heading(2, "7) KPIs and Success Metrics"),
        _table(
            ["Metric name", "What it measures", "Example target/benchmark", "Frequency"],
            ["Time-to-proficiency", "Days to first solo task", "20–30% reduction", "Quarterly"],
            ["Course completion rate", "Share of enrolled who finish", "≥ 80% for required paths", "Monthly"],
        ),
    )))
    rows = document["fields"]["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Time-to-proficiency", "20–30% reduction", "Quarterly"),
        ("Course completion rate", "≥ 80% for required paths", "Monthly"),
    ]


def test_an_ordered_lists_numbers_come_from_its_structure_and_soft_breaks_split_title_and_detail() -> None:
    (document,) = _documents(_array(_entry(
        _heading(2, "3) Core Responsibilities"),
        _heading(3, "Operational responsibilities"),
        _list(
            "ordered-list",
            _para(_text("Manage course projects end-to-end", "bold"), _text("\n– Plan scope, milestones and reviews.")),
            _para(_text("Run pilots", "bold"), _text("\n– Conduct beta cohorts and iterate.")),
        ),
        _heading(3, "Technical responsibilities"),
        _list("ordered-list", _node("list-item", _para(_text("Produce multimedia assets", "bold")),
                                    _list("unordered-list", "Script, record and edit screencasts."))),
    )))
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in items] == [
        ("operational", 1, "Manage course projects end-to-end", "Plan scope, milestones and reviews."),
        ("operational", 2, "Run pilots", "Conduct beta cohorts and iterate."),
        ("technical", 1, "Produce multimedia assets", "Script, record and edit screencasts."),
    ]


def test_embedded_promos_and_includes_are_never_read() -> None:
    (document,) = _documents(_array(_entry(
        _heading(2, "9) Soft Skills"),
        _embedded("embedded-entry-block", "promo1"),
        _para(""),
        _list("unordered-list", "Learner empathy", "Attention to detail"),
        {"nodeType": "embedded-asset-block", "data": _link("Asset", "img1"), "content": []},
    )))
    skills = document["fields"]["soft_skills"]["skills"]
    assert [s["name"] for s in skills] == ["Learner empathy", "Attention to detail"]
    strings = all_strings([document["fields"], document["role"], document["sections"]])
    assert not any("Dental" in text or "promo1" in text or "nodeType" in text for text in strings)


def test_an_entry_gives_title_slug_and_dates_from_its_fields_and_sys() -> None:
    (document,) = _documents(_array(_entry(*_SKILLS, publishDate="2025-01-16T08:00:00.000+02:00")))
    source = document["source"]
    assert (source["input_form"], source["part"], source["slug"], source["url"]) == (
        "wp_json", None, "test-role-blueprint", None
    )
    assert (source["date_published"], source["date_modified"]) == ("2025-01-16T06:00:00", "2025-03-04T13:27:45")
    assert (document["role"]["title"], document["role"]["title_source"]) == ("Test Role", "wp_title")


def test_a_single_entry_response_without_a_publish_date_is_dated_by_its_sys() -> None:
    entry = _entry(*_SKILLS, url="https://learn.example/blog/test-role-blueprint/")
    (document,) = _documents(json.dumps(entry).encode())
    source = document["source"]
    assert (source["url"], source["date_published"]) == (
        "https://learn.example/blog/test-role-blueprint/", "2025-01-09T11:42:07"
    )
    assert document["role"]["title"] == "Test Role"


def test_the_longest_rich_text_field_is_the_article_and_each_item_a_part() -> None:
    first = _entry(_heading(2, "9) Soft Skills"), _list("unordered-list", "Learner empathy"),
                   summary=_document(_para("A short teaser for the listing page.")))
    second = _entry(slug="other-role")
    second["fields"]["title"] = "Other Role: Role Blueprint"
    second["fields"]["body"] = _document(*_OPENING, _heading(2, "9) Soft Skills"))
    no_article = {"sys": {"id": "x", "type": "Entry"}, "fields": {"title": "Draft", "body": "plain text only"}}
    result = extract(_array(first, second, no_article), name="entries.json")
    documents = [extraction.document for extraction in result]
    assert [(d["source"]["part"], d["source"]["slug"], d["role"]["title"]) for d in documents] == [
        ("0", "test-role-blueprint", "Test Role"),
        ("1", "other-role", "Other Role"),
    ]
    assert [s["name"] for s in documents[0]["fields"]["soft_skills"]["skills"]] == ["Learner empathy"]
    assert not any("teaser" in text for text in all_strings(documents[0]))
    assert [(s.part, s.title) for s in result.skipped] == [("2", None)]


@pytest.mark.parametrize(
    "data",
    [
        {"sys": {"type": "Array"}, "items": [{"sys": {"type": "Entry"}, "fields": {"title": "No rich text"}}]},
        {"sys": {"type": "Entry"}, "fields": {"body": _document(_embedded("embedded-entry-block", "promo1"))}},
        {"data": {"attributes": {"title": "A Strapi article", "blocks": []}}},
    ],
)
def test_a_json_of_another_cms_is_refused_pointing_to_what_the_reader_takes(data: dict[str, Any]) -> None:
    with pytest.raises(NotABlueprintError) as refused:
        extract(json.dumps(data).encode(), name="cms.json")
    for name in ("WordPress REST", "Ghost", "crawler", "README's \"Input forms\""):
        assert name in str(refused.value)


# the page --------------------------------------------------------------------------------------------------------

_NOISE = [
    "Find Top-Rated Dental Clinics Near You", "Compare verified dental clinics", "A healthy smile opens every door",
    "Browse Dental Clinics", "Your new smile starts here", "Recover Faster with Trusted Physiotherapy Centers",
    "Compare certified physiotherapy centers", "Explore Physio Centers", "Book a free mobility assessment today",
    "Get the Weekly Role Blueprint Digest", "Join 48,000 HR", "Subscribe now", "No spam. Unsubscribe anytime",
    "Marisol Okafor", "@marisol_writes", "Customer Education Manager: Role Blueprint",
    "10 Authoring Tools Compared for 2025", "seven challengers tested side by side", "Related reading",
    "Instructional Designer vs. Learning Experience Designer: What Changed?", "stock image #88213", "PixelHarbor",
    "CareerCanvas Media", "Sponsored", "brightsmile-finder", "movewell-physio", "utm_source", "nodeType",
    "embedded-entry-block", '"sys"', "ctfassets", "<br>", "<strong>", "&amp;",
]


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / _PAGE).read_bytes(), name=_PAGE)
    return extraction.document


def test_the_contentful_page_is_read_whole_and_clean(page: dict[str, Any]) -> None:
    assert (page["role"]["title"], page["role"]["horizon"]) == ("Learning Experience Designer", "Current")
    source = page["source"]
    assert (source["input_form"], source["part"], source["slug"]) == (
        "wp_json", None, "learning-experience-designer-role-blueprint"
    )
    assert (source["date_published"], source["date_modified"]) == ("2025-01-16T08:00:00", "2025-03-04T13:27:45")
    assert len(page["sections"]) == 20 and not page["missing_sections"]
    assert page["quality"]["coverage"] == 1.0
    strings = all_strings([page["fields"], page["role"], page["sections"]])
    assert [phrase for phrase in _NOISE if any(phrase in text for text in strings)] == []


def test_the_contentful_pages_lists_and_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    items = fields["responsibilities"]["items"]
    counts = {c: sum(i["category"] == c for i in items) for c in dict.fromkeys(i["category"] for i in items)}
    assert counts == {"strategic": 4, "operational": 4, "technical": 5, "cross_functional": 3, "governance": 3,
                      "leadership": 2}
    by_title = {i["title"]: i["detail"] for i in items}
    assert by_title["Manage course development projects end-to-end"].startswith("Plan scope, milestones, SME reviews")
    assert "WCAG 2.2 AA" in by_title["Build accessible and localizable content"]
    assert len(fields["role_summary"]["interaction"]["groups"]) == 6
    assert len(fields["day_to_day"]["daily"]["items"]) == 5
    assert fields["day_to_day"]["daily"]["items"][4]["sub_items"] == [
        "completion and drop-off points", "assessment item performance", "satisfaction comments"
    ]
    deliverables = [d["text"] for d in fields["deliverables"]["items"]]
    assert len(deliverables) == 14 and deliverables[-1] == "Localization kit (source files, glossary, screenshots list)"
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14
    assert (kpis[13]["name"], kpis[13]["target"], kpis[13]["frequency"]) == (
        "Stakeholder satisfaction", "≥ 4/5 average", "Half-year"
    )
    skills = fields["technical_skills"]["skills"]
    assert [sum(s["tier"] == t for s in skills) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [
        6, 5, 4, 3
    ]
    assert (skills[4]["name"], skills[4]["importance"]) == (
        "LMS/LXP administration basics and e-learning standards (SCORM, xAPI)", "important"
    )
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["tools"]["rows"]) == 21
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3, 6)
    career = fields["career_path"]
    assert career["feeder_roles"][0]["name"] == "Instructional Designer" and len(career["feeder_roles"]) == 5
    assert [len(career["next_roles"]), len(career["adjacent_paths"])] == [3, 4]
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]][-1] == "Collaboration and feedback"
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert [len(scorecard[k]) for k in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10, 10, 10
    ]
    assert scorecard["top_soft_skills"][-1] == "Resilience under deadlines"
