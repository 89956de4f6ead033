"""Four thirty-sixth round unseen pages lost whole: post APIs' JSON whose article is no WordPress REST field.

Substack's /api/v1/posts/<slug> answers one post with its article under "body_html"; HubSpot's CMS v3 blog posts a
{"results": [post]} listing, the article under "postBody" and the title under "name"; Arc XP's Content API an ANS
story, its article typed "content_elements"; Medium's ?format=json its post's typed paragraphs, behind the
"])}while(1);</x>" guard. HubSpot's body keeps HubL's "{{cta('...')}}" leftovers, never text. Snippets below are
synthetic (the APIs' real shapes); the pages are frozen as tests/unseen/<slug>.synthetic.json, keys in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.apijson import medium_post_article, without_json_guard
from pipeline.errors import NotABlueprintError
from pipeline.htmlblocks import blank_shortcodes
from pipeline.report_html import page_view, render_report
from tests.snippets import all_strings

UNSEEN = Path(__file__).resolve().parent / "unseen"

_SKILLS = (
    "<h2>1) Role Summary</h2><p>The role keeps the books.</p><h2>2) Role Mission</h2><p>Core mission: accuracy.</p>"
    "<h2>9) Soft Skills</h2><ul><li>Discretion</li><li>Judgment</li></ul>"
)


def _document(data: Any, name: str = "post.json") -> dict[str, Any]:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    (extraction,) = extract(raw, name=name)
    return extraction.document


def _soft_skills(document: dict[str, Any]) -> list[str]:
    return [skill["name"] for skill in document["fields"]["soft_skills"]["skills"]]


# Any post API: an article HTML field ------------------------------------------------------------------------------


def test_a_substack_post_reads_body_html_not_its_truncated_text() -> None:
    document = _document({
        "id": 1, "title": "Test Role: Role Blueprint", "slug": "test-role", "post_date": "2025-10-07T11:02:44.118Z",
        "updated_at": "2025-10-08T07:15:09Z", "canonical_url": "https://pub.substack.com/p/test-role",
        "description": "<p>Teaser only</p>", "truncated_body_text": "<p>Cut short</p>", "body_html": _SKILLS,
    })
    source = document["source"]
    assert (source["slug"], source["url"], source["date_published"], source["date_modified"]) == (
        "test-role", "https://pub.substack.com/p/test-role", "2025-10-07T11:02:44", "2025-10-08T07:15:09"
    )
    assert document["role"]["title"] == "Test Role"
    assert _soft_skills(document) == ["Discretion", "Judgment"]
    assert not any("Teaser" in text or "Cut short" in text for text in all_strings(document["fields"]))


def test_a_hubspot_listing_reads_post_body_and_name_never_the_summary() -> None:
    document = _document({"total": 1, "paging": None, "results": [{
        "id": "118734520961", "name": "Test Role: Role Blueprint", "htmlTitle": "Test Role | Blog",
        "slug": "blog/test-role", "url": "https://blog.example/blog/test-role", "publishDate": "2024-05-14T13:00:00Z",
        "updated": "2024-06-03T16:22:05.482Z", "postSummary": "<p>Summary paragraph</p>",
        "postBody": _SKILLS + "<p>{{cta('3d9a7b52-11fe-4c3e')}}</p>",
        "widgets": {"nav": {"body": {"html": "<ul><li>Blog Home</li></ul>"}}},
    }]})
    assert document["role"]["title"] == "Test Role"
    assert (document["source"]["slug"], document["source"]["date_published"]) == ("test-role", "2024-05-14T13:00:00")
    assert _soft_skills(document) == ["Discretion", "Judgment"]
    text = "\n".join(all_strings(document["fields"]))
    assert "cta(" not in text and "Summary paragraph" not in text and "Blog Home" not in text


def test_a_post_without_a_known_body_name_reads_its_longest_html_field() -> None:
    document = _document({"headline": "Test Role", "teaser_html": "<p>Short</p>", "rendered": "<p>x</p>" + _SKILLS})
    assert _soft_skills(document) == ["Discretion", "Judgment"]


def test_json_of_another_kind_is_still_refused() -> None:
    for data in ({"title": "Not a post", "caption": "<em>an image</em>"}, {"results": [{"name": "x", "count": 3}]}):
        with pytest.raises(NotABlueprintError, match=r"no object in it holds article HTML$"):
            extract(json.dumps(data).encode(), name="other.json")


# Arc XP ANS ---------------------------------------------------------------------------------------------------------


def _text(content: str) -> dict[str, Any]:
    return {"type": "text", "content": content}


def test_an_ans_story_reads_its_elements_and_drops_the_furniture() -> None:
    story = {
        "type": "story", "version": "0.10.9", "headlines": {"basic": "Test Role: Role Blueprint"},
        "first_publish_date": "2024-04-16T13:00:00.000Z", "last_updated_date": "2024-04-18T09:42:51.117Z",
        "canonical_url": "/careers/2024/04/16/test-role/",
        "content_elements": [
            {"type": "header", "level": 2, "content": "1) Role Summary"},
            {"type": "text", "content": "The role <i>checks</i> every number."},
            {"type": "header", "level": 2, "content": "7) KPIs and Productivity Metrics"},
            {"type": "table", "header": [_text("Metric name"), _text("Example target"), _text("Frequency")],
             "rows": [[_text("Correction rate"), _text("&lt; 1 per 100"), _text("Monthly")],
                      [_text("Turnaround"), _text("≤ 2 days"), _text("Weekly")]]},
            {"type": "raw_html", "content": "<div class='ad'>Advertisement: Harborline Mortgage</div>"},
            {"type": "interstitial_link", "content": "Read more: another story", "url": "https://x.example/a"},
            {"type": "quote", "subtype": "pullquote", "content_elements": [_text("Pulled quote")]},
            {"type": "correction", "text": "An earlier version misstated this."},
            {"type": "divider"},
            {"type": "header", "level": 2, "content": "9) Soft Skills"},
            {"type": "list", "list_type": "unordered", "items": [
                _text("<b>Discretion</b>"), {"type": "list", "list_type": "unordered", "items": [_text("Why: x")]},
                _text("Judgment"),
            ]},
        ],
    }
    document = _document(story)
    assert document["role"]["title"] == "Test Role"
    source = document["source"]
    assert (source["slug"], source["url"], source["date_published"], source["date_modified"]) == (
        "test-role", None, "2024-04-16T13:00:00", "2024-04-18T09:42:51"
    )
    kpis = document["fields"]["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis] == [
        ("Correction rate", "< 1 per 100", "Monthly"), ("Turnaround", "≤ 2 days", "Weekly")
    ]
    assert _soft_skills(document) == ["Discretion", "Judgment"]
    text = "\n".join(all_strings(document["fields"]))
    for noise in ("Harborline", "Read more", "Pulled quote", "earlier version", "<b>"):
        assert noise not in text


# Medium -------------------------------------------------------------------------------------------------------------


def _medium(*paragraphs: dict[str, Any]) -> bytes:
    post = {
        "title": "Test Role: Role Blueprint", "uniqueSlug": "test-role-9f3c", "mediumUrl": "https://medium.com/p/9f3c",
        "firstPublishedAt": 1741003200456, "latestPublishedAt": 1741104455012,
        "previewContent": {"bodyModel": {"paragraphs": [{"type": 1, "text": "Preview copy"}]}},
        "content": {"bodyModel": {"paragraphs": list(paragraphs)}},
    }
    return b"])}while(1);</x>" + json.dumps({"success": True, "payload": {"value": post}}).encode()


def _p(kind: int, text: str, *markups: dict[str, Any]) -> dict[str, Any]:
    return {"name": "a1", "type": kind, "text": text, "markups": list(markups)}


def test_the_json_hijacking_guards_are_blanked_in_place() -> None:
    assert without_json_guard('])}while(1);</x>{"a": 1}') == ' ' * 16 + '{"a": 1}'
    assert without_json_guard(")]}'\n[1]") == "    \n[1]"
    assert without_json_guard('{"a": "])}while(1);"}') == '{"a": "])}while(1);"}'


def test_medium_paragraphs_become_html_by_type_markups_by_offset() -> None:
    article = medium_post_article(json.loads(_medium(
        _p(3, "1) Role Summary"),
        _p(1, "👏 Role horizon: Current", {"type": 1, "start": 3, "end": 16}),
        _p(9, "One"), _p(9, "Two"), _p(10, "First\n– detail", {"type": 1, "start": 0, "end": 5}),
        _p(4, "Photo by Someone"), _p(7, "Pulled"), _p(11, "Webinar replay"), _p(13, "Sub"),
        _p(8, "a < b"),
    )[16:]))
    assert article is not None
    assert article["html"] == (
        "<h3>1) Role Summary</h3>\n<p>👏 <strong>Role horizon:</strong> Current</p>\n"
        "<ul><li>One</li><li>Two</li></ul>\n<ol><li><strong>First</strong><br>– detail</li></ol>\n"
        "<h4>Sub</h4>\n<pre>a &lt; b</pre>\n"
    )
    assert (article["slug"], article["date_published"], article["date_modified"]) == (
        "test-role-9f3c", "2025-03-03T12:00:00", "2025-03-04T16:07:35"
    )


def test_a_medium_pre_pipe_table_is_read_as_that_table() -> None:
    pre = (
        "Category        | Tool / platform   | Adoption\n"
        "----------------+-------------------+---------\n"
        "Data warehouse  | Snowflake         | Common\n"
        "Orchestration   | Airflow / Dagster | Optional"
    )
    document = _document(_medium(
        _p(3, "1) Role Summary"), _p(1, "The role keeps data honest."), _p(3, "2) Role Mission"), _p(1, "Trust."),
        _p(3, "10) Tools, Platforms, and Software"), _p(8, pre),
    ), name="post.json")
    rows = document["fields"]["tools"]["rows"]
    assert [(row["category"], [tool["name"] for tool in row["tools"]], row["prevalence"]) for row in rows] == [
        ("Data warehouse", ["Snowflake"], "common"), ("Orchestration", ["Airflow", "Dagster"], "optional")
    ]
    assert document["source"]["url"] == "https://medium.com/p/9f3c"
    text = "\n".join(all_strings(document["fields"]))
    assert "---" not in text and "Preview copy" not in text


# HubL leftovers and the HTML report ---------------------------------------------------------------------------------


def test_a_template_expression_alone_in_its_paragraph_is_blanked_in_prose_it_stays() -> None:
    assert blank_shortcodes("<p>{{cta('3d9a7b52')}}</p>") == "<p>" + " " * 19 + "</p>"
    assert blank_shortcodes("<p>{{ module.cta }}</p>") == "<p>" + " " * 16 + "</p>"
    assert blank_shortcodes("<p>Type {{ first_name }} here.</p>") == "<p>Type {{ first_name }} here.</p>"


def test_the_html_report_counts_a_failed_page_as_failed() -> None:
    class _Page:
        path, part, status, reasons, error = "page.json", None, "failed", ["malformed JSON"], "malformed_json"
        output = None
        coverage, repairs, removed_blocks, sections_found = None, {}, 0, []

    html = render_report([page_view(_Page())])
    assert "<title>Extraction report: 1 page(s), 1 failed, 0 not a blueprint</title>" in html


# The pages ----------------------------------------------------------------------------------------------------------


def _page(slug: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / f"{slug}.synthetic.json").read_bytes(), name=f"{slug}.synthetic.json")
    return extraction.document


def _noise_absent(fields: dict[str, Any], *noise: str) -> None:
    text = "\n".join(all_strings(fields))
    for item in noise:
        assert item not in text, item


def test_the_substack_page() -> None:
    document = _page("growth-product-manager-substack-api")
    fields = document["fields"]
    assert document["role"]["title"] == "Growth Product Manager"
    assert len(fields["responsibilities"]["items"]) == 20
    assert len(fields["kpis"]["rows"]) == 14 and fields["kpis"]["rows"][0]["name"] == "Activation rate"
    assert len(fields["technical_skills"]["skills"]) == 18 and len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["tools"]["rows"]) == 21
    assert (fields["experience"]["years_of_experience"]["min_years"], fields["experience"]["years_of_experience"][
        "max_years"]) == (4, 7)
    assert len(fields["scorecard"]["rows"]) == 10
    _noise_absent(fields, "Subscribe for free", "truncated", "<p", "class=")


def test_the_hubspot_page() -> None:
    document = _page("partner-marketing-manager-hubspot-api")
    fields = document["fields"]
    assert document["role"]["title"] == "Partner Marketing Manager"
    url = "https://blog.brightwave-growth.example/blog/partner-marketing-manager-role-blueprint"
    assert document["source"]["url"] == url
    assert len(fields["responsibilities"]["items"]) == 22
    rows = fields["kpis"]["rows"]
    assert len(rows) == 14 and (rows[0]["name"], rows[0]["target"], rows[0]["frequency"]) == (
        "Partner-sourced pipeline", "25–35% of total new pipeline", "Monthly"
    )
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]][:2] == [
        "Influence without authority", "Commercial judgment"
    ]
    assert len(fields["tools"]["rows"]) == 20 and len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert fields["career_path"]["feeder_roles"][0]["name"] == "Field Marketing Manager"
    _noise_absent(fields, "{{cta(", "Download the free template", "hs-cta-wrapper", "hbspt.cta.load", "Most popular",
                  "Blog Home", "Share on LinkedIn", "Great breakdown, we use almost the same MDF tiers!",
                  "<!--more-->")


def test_the_arc_page() -> None:
    document = _page("newsroom-data-editor-arc-ans")
    fields = document["fields"]
    assert document["role"]["title"] == "Newsroom Data Editor"
    assert document["source"]["date_published"] == "2024-04-16T13:00:00"
    assert len(fields["responsibilities"]["items"]) == 23
    rows = fields["kpis"]["rows"]
    assert len(rows) == 15 and (rows[-1]["name"], rows[-1]["frequency"]) == ("Stakeholder satisfaction", "Quarterly")
    assert len(fields["technical_skills"]["skills"]) == 18 and len(fields["tools"]["rows"]) == 22
    assert len(fields["stakeholders"]["internal"]) == 6 and len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10
    _noise_absent(fields, "PitchSide", "Harborline Mortgage", "Gift Article", "Share on Facebook", "Read more:",
                  "Photo by Ramona Quist", "Our data desk is hiring", "An earlier version of this article",
                  "Join the conversation", "Enter your email address", "class=", "&#8211;", "<b>")


def test_the_medium_page() -> None:
    document = _page("data-quality-analyst-medium-json")
    fields = document["fields"]
    assert document["role"]["title"] == "Data Quality Analyst"
    assert document["source"]["date_published"] == "2025-03-03T12:00:00"
    assert len(fields["responsibilities"]["items"]) == 25
    assert len(fields["technical_skills"]["skills"]) == 18 and len(fields["soft_skills"]["skills"]) == 7
    tools = fields["tools"]["rows"]
    assert len(tools) == 19 and tools[0]["text"].startswith("Data warehouse | Snowflake")
    scorecard = fields["hiring"]["scorecard"]["rows"]
    assert len(scorecard) == 6 and scorecard[3]["text"].startswith("Tooling | Has written tests in one framework")
    assert [role["name"] for role in fields["career_path"]["next_roles"]][0] == "Senior Data Quality Analyst"
    assert len(fields["scorecard"]["rows"]) == 10
    _noise_absent(fields, "Photo by Mika Baumeister", "Quarrystone", "Webinar replay", "----------------+",
                  "])}while(1);", "1*Xq3vT9dQ", "Great breakdown! The alert precision KPI hit home",
                  "Towards Data Teams")
