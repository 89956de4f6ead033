"""A sixty-seventh round unseen page: a DatoCMS GraphQL Content Delivery API answer ({"data": {"roleBlueprint":
{..., "content": {"value": {"schema": "dast", "document": {...}}, "blocks": [...], "links": [...]}}}}), its article
a Structured Text (DAST) tree whose "block" nodes name table records (columns + rows keyed by column name), an ad
record and a newsletter record. No reader took it, so the page was refused as not_a_blueprint. datocms.py renders
a record's Structured Text as HTML, its table records as tables, and drops the records that are calls to action.

Snippets below are synthetic (DatoCMS's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from tests.snippets import all_strings, unseen_document

_PAGE = "pastry-chef-datocms.synthetic.json"


def _span(value: str, *marks: str) -> dict[str, Any]:
    return {"type": "span", "value": value, "marks": list(marks)}


def _para(*children: dict[str, Any]) -> dict[str, Any]:
    return {"type": "paragraph", "children": list(children)}


def _heading(level: int, text: str) -> dict[str, Any]:
    return {"type": "heading", "level": level, "children": [_span(text)]}


def _list(style: str, *items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "list", "style": style, "children": [{"type": "listItem", "children": i} for i in items]}


# Records named as no promotion: an ad and a sign-up box are told by their fields (a button, a form's input).
_AD = {"id": "ad1", "__typename": "HeroStripRecord", "heading": "Acme Ovens – 20% off", "body": "Try Acme today.",
       "buttonLabel": "Order Acme", "buttonUrl": "https://acme.example.com"}  # fmt: skip
_SIGNUP = {"id": "nl1", "__typename": "InboxDigestRecord", "title": "The Weekly Digest", "placeholder": "Your email",
           "description": "Join 9,000 readers."}  # fmt: skip
_KPI_TABLE = {
    "id": "t1",
    "__typename": "TableBlockRecord",
    "table": {
        "columns": ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
        # Row objects keyed by column name, in another key order than the columns'.
        "data": [{"Frequency": "Weekly", "Metric name": "Turnaround", "Example target/benchmark": "≤ 5 days",
                  "What it measures": "Days to deliver", "Why it matters": "Speed"}],
    },
}  # fmt: skip
_LINKED = {"id": "r9", "__typename": "RoleBlueprintRecord", "title": "Other Role: Role Blueprint", "slug": "other"}


def _answer(*nodes: dict[str, Any], listing: bool = False) -> bytes:
    record = {
        "id": "42", "title": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "slug": "test-role", "_publishedAt": "2024-03-18T09:42:11+00:00", "_updatedAt": "2025-11-02T16:05:37+02:00",
        "seo": {"title": "Test Role | Site Name", "description": "Everything hiring managers need to know."},
        "content": {
            "value": {"schema": "dast", "document": {"type": "root", "children": [
                _heading(2, "1) Role Summary"),
                _para(_span("The Test Role does this work for the business with several teams.")),
                {"type": "block", "item": "ad1"},
                _heading(2, "2) Role Mission"),
                _para(_span("Core mission:", "strong"), _span(" make the work reliable for every team.")),
                *nodes,
                {"type": "block", "item": "nl1"},
            ]}},
            "blocks": [_AD, _KPI_TABLE, _SIGNUP],
            "links": [_LINKED],
        },
    }  # fmt: skip
    data = {"allRoleBlueprints": [record]} if listing else {"roleBlueprint": record}
    return json.dumps({"data": data}).encode()


def _document(data: bytes) -> dict[str, Any]:
    (extraction,) = extract(data, name="datocms.json")
    return extraction.document


# --- synthetic: an answer, or a listing of one record, read as a page ------------------------------------------------


def test_synthetic_record_and_listing_are_read_with_their_meta() -> None:
    for listing in (False, True):
        document = _document(_answer(_heading(2, "9) Soft Skills"), _list("bulleted", [_para(_span("Discretion"))]),
                                     listing=listing))  # fmt: skip
        source = document["source"]
        assert (source["slug"], source["url"], source["date_published"], source["date_modified"]) == (
            "test-role",
            None,
            "2024-03-18T09:42:11",
            "2025-11-02T14:05:37",
        )
        assert document["role"]["title"] == "Test Role"
        assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Discretion"]


def test_synthetic_lists_tables_by_column_name_and_calls_to_action_dropped() -> None:
    document = _document(_answer(
        _heading(2, "3) Core Responsibilities"), _heading(3, "Strategic responsibilities"),
        _list("numbered", [_para(_span("Own the plan", "strong")), _para(_span("– Keep the plan current."))],
              [_para(_span("Lead reviews", "strong")), _para(_span("– Run the weekly review."))]),
        _heading(2, "7) KPIs and Productivity Metrics"), {"type": "block", "item": "t1"},
        _heading(2, "15) Career Path and Progression"),
        _para(_span("Typical progression: A → B. See also "), {"type": "inlineItem", "item": "r9"}, _span(".")),
        {"type": "code", "code": "<script src=\"https://x.example/embed.js\"></script>"},
    ))  # fmt: skip
    fields = document["fields"]
    assert [(i["category"], i["title"], i["detail"]) for i in fields["responsibilities"]["items"]] == [
        ("strategic", "Own the plan", "Keep the plan current."),
        ("strategic", "Lead reviews", "Run the weekly review."),
    ]
    assert [(r["name"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]] == [
        ("Turnaround", "≤ 5 days", "Weekly")
    ]
    career = fields["career_path"]
    assert career["feeder_roles"] == [] and career["next_roles"] == []
    strings = all_strings([fields, document["role"], document["sections"]])
    noise = ("Acme", "Weekly Digest", "Join 9,000", "Your email", "embed.js", "<script", "Site Name",
             "Everything hiring managers", "TableBlockRecord", "ad1", "dast")  # fmt: skip
    assert [n for n in noise if any(n in text for text in strings)] == []


def test_synthetic_record_of_calls_to_action_only_is_refused() -> None:
    data = json.loads(_answer())
    data["data"]["roleBlueprint"]["content"]["value"]["document"]["children"] = [{"type": "block", "item": "ad1"}]
    with pytest.raises(NotABlueprintError, match="^JSON holds no post to read: "):
        extract(json.dumps(data).encode(), name="datocms.json")


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_reads_all_sections_title_and_meta() -> None:
    document = unseen_document(_PAGE)
    assert document["missing_sections"] == []
    assert document["role"]["title"] == "Pastry Chef (Executive Pastry Chef)"
    source = document["source"]
    assert (source["slug"], source["date_published"], source["date_modified"]) == (
        "pastry-chef-executive-pastry-chef-role-blueprint",
        "2026-03-14T08:12:40",
        "2026-04-02T17:55:03",
    )
    assert document["quality"]["unparsed_items"] == 0


def test_page_responsibilities_skills_and_tables() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    # The key counts 16, but its own categories list 3 + 4 + 4 + 2 + 2 + 2 items, as the page has.
    assert Counter(i["category"] for i in items) == {
        "strategic": 3, "operational": 4, "technical": 4, "cross_functional": 2, "governance": 2, "leadership": 2,
    }  # fmt: skip
    run = next(i for i in items if i["title"] == "Run daily production planning and par levels")
    assert run["detail"] == "Set pars by outlet from occupancy forecasts and banquet event orders (BEOs)."
    skills = fields["technical_skills"]["skills"]
    assert Counter(s["tier"] for s in skills) == {"must_have": 5, "good_to_have": 3, "advanced": 3, "emerging": 2}
    showpieces = next(s for s in skills if s["name"] == "Sugar and chocolate showpieces")
    assert showpieces["importance_note"] == "Optional → Important for competition or luxury properties"
    assert len(fields["soft_skills"]["skills"]) == 6
    kpis = [(r["name"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]]
    assert len(kpis) == 10
    assert kpis[0] == ("Pastry food cost %", "22–26% of pastry revenue", "Monthly")
    tools = fields["tools"]["rows"]
    assert len(tools) == 11
    assert (tools[0]["category"], tools[0]["tool_text"], tools[0]["prevalence"]) == (
        "Recipe management and costing",
        "Galley",
        "common",
    )
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (8.0, 12.0)
    assert [c["requirement"] for c in fields["experience"]["certifications"]] == ["required", "optional", "common"]
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == ["Pastry Sous Chef", "Pastry Chef de Partie", "Head Baker"]
    assert [r["name"] for r in career["next_roles"]] == [
        "Corporate Pastry Chef",
        "Executive Chef",
        "Director of Culinary Operations",
    ]
    assert len(career["adjacent_paths"]) == 3
    # The scorecard table follows a "Practical exercise:" line under the scorecard's sub-heading.
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]] == [
        "Pastry technique",
        "Costing and business sense",
        "Leadership",
        "Food safety",
        "Creativity",
    ]
    assert fields["hiring"]["unparsed"] == []
    assert len(fields["scorecard"]["top_responsibilities"]) == 10


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    strings = all_strings([document["fields"], document["role"], document["sections"]])
    noise = (
        "Cacao Lumière", "Order Cacao", "Single-origin couverture", "cacaolumiere.example.com",
        "Chef's Pass newsletter", "Join 48,000 chefs", "Your work email", "No spam, unsubscribe anytime",
        "Share on X", "Share on LinkedIn", "Copy link", "Marisol T.", "Log in with Disqus", "4 Comments",
        "disqus.com/embed.js", "<script", "© 2026 KitchenCareers Hub", "Cookie Settings", "14 min read",
        "Role Blueprints /", "KitchenCareers Hub", "tbl0", "cta_valrhona01", "nl_signup22", "__typename",
    )  # fmt: skip
    assert [n for n in noise if any(n in text for text in strings)] == []
    career = unseen_document(_PAGE)["fields"]["career_path"]
    roles = [r["name"] for key in ("feeder_roles", "next_roles", "adjacent_paths") for r in career[key]]
    assert not any("Sous Chef: Role" in name for name in roles)
