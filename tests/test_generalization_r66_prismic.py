"""A sixty-sixth round unseen page: a Prismic REST API v2 search response ({"page", "results": [document]}), its
article a document's "data": StructuredText nodes ({"type": "heading2" | "o-list-item" | ..., "text", "spans"}) in
a slice zone of text and table slices, between CTA banners, newsletter boxes, a share bar, related documents and a
comments widget. No reader took it, so the page was refused as not_a_blueprint. prismic.py renders a document's
rich text and its article slices as HTML; a slice that is a call to action (a filled link field, a sign-up form's
fields) or named as a promotion is dropped.

Snippets below are synthetic (Prismic's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.prismic import structured_text_html
from tests.snippets import all_strings, unseen_document

_PAGE = "bioinformatics-scientist-prismic.synthetic.json"


def _node(kind: str, text: str, *spans: tuple[int, int, str]) -> dict[str, Any]:
    return {"type": kind, "text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]}


def _text_slice(*nodes: dict[str, Any]) -> dict[str, Any]:
    return {"slice_type": "text_block", "primary": {"content": list(nodes)}, "items": []}


def _cell(text: str, kind: str = "data") -> dict[str, Any]:
    return {"type": kind, "content": [_node("paragraph", text)]}


def _table_slice(header: list[str], *rows: list[str]) -> dict[str, Any]:
    table = {
        "head": {"rows": [{"cells": [_cell(c, "header") for c in header]}]},
        "body": {"rows": [{"cells": [_cell(c) for c in row]} for row in rows]},
    }
    return {"slice_type": "data_table", "primary": {"caption": [], "table": table}, "items": []}


# Calls to action under names no promotion word gives away: decided by their fields.
_HERO_OFFER = {
    "slice_type": "hero_strip",
    "primary": {"headline": [_node("heading3", "Acme Pipelines")], "body": [_node("paragraph", "Try Acme today.")],
                "cta_link": {"link_type": "Web", "url": "https://acme.example.com"}},
    "items": [],
}  # fmt: skip
_MAILING_BOX = {
    "slice_type": "inbox_digest",
    "primary": {"title": [_node("heading3", "The Weekly Digest")], "description": [_node("paragraph", "Join 9,000.")],
                "submit_label": "Sign me up", "form_action": "https://lists.example.com/post"},
    "items": [],
}  # fmt: skip
_MORE_READING = {
    "slice_type": "more_reading",
    "primary": {"heading": [_node("heading2", "You might also like")]},
    "items": [{"doc": {"id": "X1", "type": "post", "link_type": "Document"}, "teaser": [_node("paragraph", "Other")]}],
}


def _response(*slices: dict[str, Any], envelope: bool = True) -> bytes:
    document = {
        "id": "ZxB7qhIAACQA", "uid": "test-role", "url": "/roles/test-role", "type": "role_blueprint",
        "href": "https://example.cdn.prismic.io/api/v2/documents/search?ref=abc",
        "first_publication_date": "2024-03-18T09:42:11+0000", "last_publication_date": "2025-11-02T16:05:37+0200",
        "lang": "en-us",
        "data": {
            "title": [_node("heading1", "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path")],
            "meta_description": "Everything hiring managers need to know.",
            "body": [
                _text_slice(_node("heading2", "1) Role Summary"),
                            _node("paragraph", "The Test Role does this work for the business with several teams.")),
                _HERO_OFFER,
                _text_slice(_node("heading2", "2) Role Mission"),
                            _node("paragraph", "Core mission: make the work reliable for every team.")),
                *slices,
                _MAILING_BOX,
                _MORE_READING,
            ],
        },
    }  # fmt: skip
    return json.dumps({"page": 1, "results_per_page": 20, "results": [document]} if envelope else document).encode()


def _document(data: bytes) -> dict[str, Any]:
    (extraction,) = extract(data, name="prismic.json")
    return extraction.document


# --- synthetic: StructuredText as HTML -----------------------------------------------------------------------------


def test_synthetic_structured_text_groups_list_items_and_nests_overlapping_spans() -> None:
    html = structured_text_html([
        _node("heading3", "Strategic"),
        _node("o-list-item", "Own the plan\n– Keep it <current>.", (0, 12, "strong")),
        _node("o-list-item", "Lead reviews"),
        _node("list-item", "Skill (Critical)", (6, 16, "em"), (0, 5, "hyperlink")),
        _node("image", ""),
        _node("paragraph", "bold both italic", (0, 9, "strong"), (5, 16, "em")),
        _node("preformatted", "x < y"),
    ])  # fmt: skip
    assert html == (
        "<h3>Strategic</h3>\n"
        "<ol><li><strong>Own the plan</strong><br>– Keep it &lt;current&gt;.</li><li>Lead reviews</li></ol>\n"
        "<ul><li>Skill <em>(Critical)</em></li></ul>\n"
        "<p><strong>bold </strong><strong><em>both</em></strong><em> italic</em></p>\n"
        "<pre>x &lt; y</pre>\n"
    )


def test_synthetic_span_offsets_count_code_points() -> None:
    assert structured_text_html([_node("paragraph", "😀 ≥ 5 days", (2, 5, "strong"))]) == (
        "<p>😀 <strong>≥ 5</strong> days</p>\n"
    )


# --- synthetic: a search response, or a document alone, read as a page -------------------------------------------


def test_synthetic_search_response_and_document_alone_are_read_with_their_meta() -> None:
    for envelope in (True, False):
        document = _document(
            _response(
                _text_slice(_node("heading2", "9) Soft Skills"), _node("list-item", "Discretion")), envelope=envelope
            )
        )
        source = document["source"]
        assert (source["slug"], source["url"], source["date_published"], source["date_modified"]) == (
            "test-role",
            None,
            "2024-03-18T09:42:11",
            "2025-11-02T14:05:37",
        )
        assert document["role"]["title"] == "Test Role"
        assert [s["name"] for s in document["fields"]["soft_skills"]["skills"]] == ["Discretion"]


def test_synthetic_slices_read_in_order_and_calls_to_action_dropped() -> None:
    document = _document(_response(
        _text_slice(_node("heading2", "3) Core Responsibilities"), _node("heading3", "Strategic responsibilities"),
                    _node("o-list-item", "Own the plan\n– Keep the plan current.", (0, 12, "strong")),
                    _node("o-list-item", "Lead reviews\n– Run the weekly review.", (0, 12, "strong"))),
        _text_slice(_node("heading2", "7) KPIs and Productivity Metrics")),
        _table_slice(["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
                     ["Turnaround", "Days to deliver", "Speed", "≤ 5 days", "Weekly"]),
    ))  # fmt: skip
    fields = document["fields"]
    assert [(i["category"], i["title"], i["detail"]) for i in fields["responsibilities"]["items"]] == [
        ("strategic", "Own the plan", "Keep the plan current."),
        ("strategic", "Lead reviews", "Run the weekly review."),
    ]
    assert [(r["name"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]] == [
        ("Turnaround", "≤ 5 days", "Weekly")
    ]
    strings = all_strings([fields, document["role"], document["sections"]])
    noise = (
        "Acme",
        "Weekly Digest",
        "Join 9,000",
        "Sign me up",
        "You might also like",
        "Other",
        "Everything hiring managers",
        "text_block",
        "heading2",
    )
    assert [n for n in noise if any(n in text for text in strings)] == []


def test_synthetic_document_of_calls_to_action_only_is_refused() -> None:
    data = json.loads(_response())
    data["results"][0]["data"]["body"] = [_HERO_OFFER, _MAILING_BOX, _MORE_READING]
    with pytest.raises(NotABlueprintError, match="^JSON holds no post to read: "):
        extract(json.dumps(data).encode(), name="prismic.json")


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_reads_all_sections_title_and_meta() -> None:
    document = unseen_document(_PAGE)
    assert document["missing_sections"] == []
    assert document["role"]["title"] == "Bioinformatics Scientist"
    source = document["source"]
    assert (source["slug"], source["url"], source["date_published"]) == (
        "bioinformatics-scientist",
        None,
        "2026-03-18T09:42:11",
    )


def test_page_responsibilities_skills_and_tables() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert Counter(i["category"] for i in items) == {
        "strategic": 4,
        "operational": 4,
        "technical": 6,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    run = next(i for i in items if i["title"] == "Run and monitor production pipelines")
    assert run["detail"] == (
        "Launch, monitor and troubleshoot Nextflow and Snakemake runs on AWS Batch and the HPC cluster;"
        " resolve failed tasks and resubmit."
    )
    skills = fields["technical_skills"]["skills"]
    assert Counter(s["tier"] for s in skills) == {"must_have": 7, "good_to_have": 5, "advanced": 4, "emerging": 3}
    assert ("Containers (Docker/Singularity)", "important") in [(s["name"], s["importance"]) for s in skills]
    assert len(fields["soft_skills"]["skills"]) == 6
    kpis = [(r["name"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]]
    assert len(kpis) == 10
    assert kpis[2] == ("Variant-calling concordance", "SNV F1 ≥ 0.995; indel F1 ≥ 0.98", "Per release")
    assert len(fields["tools"]["rows"]) == 17
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3.0, 7.0)
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Bioinformatics Analyst",
        "Postdoctoral Fellow",
        "Research Software Engineer",
    ]
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]] == [
        "NGS data processing",
        "Workflow engineering",
        "Statistics",
        "Biological interpretation",
        "Communication",
        "Collaboration",
    ]
    assert len(fields["scorecard"]["top_tools"]) == 10


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    strings = all_strings([document["fields"], document["role"], document["sections"]])
    noise = (
        "GenomeStack",
        "petabyte scale",
        "Start free 30-day trial",
        "HelixBench",
        "Stop fighting your HPC queue",
        "in one click",
        "Book a demo",
        "processed by Friday",
        "genomics architect",
        "The Sequenced Weekly",
        "18,000 computational biologists",
        "Subscribe now",
        "Unsubscribe anytime",
        "Hiring Digest",
        "Sign me up",
        "respect your privacy",
        "Share on LinkedIn",
        "Copy link",
        "Be the first to share",
        "You might also like",
        "Clinical Data Manager",
        "Sponsored",
        "sktwi1xtmkfgx8626",
        "text_block$",
        "o-list-item",
        "heading2",
        "Everything hiring managers need",
        "genomestack.example.io",
    )
    assert [n for n in noise if any(n in text for text in strings)] == []
