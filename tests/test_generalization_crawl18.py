"""Round-18 crawler and risks rules: synthetic snippets modelled on unseen pages of the family.

A crawler API's JSON whose page is markdown (Firecrawl's /scrape and /crawl responses, Apify's
website-content-crawler dataset), and a flat risks list whose bold labels open with a group's name.
"""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError

_ROLE = "Data Privacy Analyst"
_MARKDOWN = (
    f"# {_ROLE}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Data Privacy Analyst turns privacy law into controls over personal data.\n\n"
    "## 2) Role Mission\n\nCore mission: make every processing activity lawful and documented.\n\n"
    "## 3) Core Responsibilities\n\n- Operate the DSR process\n- Maintain records of processing activities\n"
)
_URL = "https://example.test/blog/data-privacy-analyst-role-blueprint/"


def _metadata(url: str = _URL) -> dict:
    return {
        "title": f"{_ROLE}: Role Blueprint, Responsibilities, Skills - Example Blog",
        "language": "en-US",
        "sourceURL": url,
        "url": url,
        "publishedTime": "2025-03-04T07:12:33+00:00",
        "modifiedTime": "2025-03-06T11:40:02+00:00",
        "statusCode": 200,
    }


def _responsibilities(extraction) -> list[str]:
    return [item["text"] for item in extraction.document["fields"]["responsibilities"]["items"]]


# --------------------------------------------------------------------------
# A crawler's markdown page in JSON
# --------------------------------------------------------------------------


def test_a_firecrawl_scrape_response_is_read_as_its_markdown_page() -> None:
    response = {"success": True, "data": {"markdown": _MARKDOWN, "metadata": _metadata()}}
    (extraction,) = extract(json.dumps(response).encode(), name="page.json")
    source = extraction.document["source"]
    assert (source["input_form"], source["part"], source["url"], source["slug"]) == (
        "wp_json",
        None,
        _URL,
        "data-privacy-analyst-role-blueprint",
    )
    assert (source["date_published"], source["date_modified"]) == (
        "2025-03-04T07:12:33+00:00",
        "2025-03-06T11:40:02+00:00",
    )
    assert (extraction.document["role"]["title"], extraction.document["role"]["title_source"]) == (_ROLE, "wp_title")
    assert _responsibilities(extraction) == ["Operate the DSR process", "Maintain records of processing activities"]


def test_its_fields_are_those_of_the_same_markdown_saved_as_md() -> None:
    response = {"success": True, "data": {"markdown": _MARKDOWN, "metadata": _metadata()}}
    (from_json,) = extract(json.dumps(response).encode(), name="page.json")
    (from_md,) = extract(_MARKDOWN.encode(), name="page.md")
    assert from_json.document["fields"] == from_md.document["fields"]
    assert from_json.document["sections"] == from_md.document["sections"]


def test_a_crawl_list_under_data_and_an_apify_dataset_give_one_page_each() -> None:
    urls = [f"https://example.test/blog/{slug}/" for slug in ("a", "b")]
    crawl = {"success": True, "status": "completed", "data": [{"markdown": _MARKDOWN, "metadata": _metadata(u)} for u in urls]}
    apify = [{"url": u, "metadata": {"canonicalUrl": u, "title": _ROLE}, "text": "plain", "markdown": _MARKDOWN} for u in urls]
    for data in (crawl, apify):
        result = extract(json.dumps(data).encode(), name="crawl.json")
        assert [(e.document["source"]["part"], e.document["source"]["slug"]) for e in result] == [("0", "a"), ("1", "b")]


def test_a_text_field_holding_markdown_headings_is_the_page() -> None:
    item = {"url": _URL, "text": _MARKDOWN}
    (extraction,) = extract(json.dumps(item).encode(), name="page.json")
    assert extraction.document["source"]["slug"] == "data-privacy-analyst-role-blueprint"
    assert _responsibilities(extraction) == ["Operate the DSR process", "Maintain records of processing activities"]


def test_the_markdown_page_keeps_its_byline_date_when_the_json_has_none() -> None:
    markdown = _MARKDOWN.replace("\n\n## 1)", "\n\nBy Jane Doe · March 14, 2026\n\n## 1)", 1)
    (extraction,) = extract(json.dumps({"markdown": markdown}).encode(), name="page.json")
    assert (extraction.document["source"]["url"], extraction.document["source"]["date_published"]) == (None, "2026-03-14")


@pytest.mark.parametrize(
    "data",
    [
        {"success": False, "error": "Request timed out"},
        {"code": "rest_post_invalid_id", "message": "Invalid post ID.", "data": {"status": 404}},
        {"success": True, "data": {"metadata": _metadata()}},  # no markdown asked for
        {"url": _URL, "text": "Plain words of a page, no headings at all."},
        {"url": _URL, "markdown": "   \n"},
    ],
)
def test_a_crawler_json_without_a_markdown_page_still_fails(data: dict) -> None:
    with pytest.raises(NotABlueprintError, match=r"^JSON holds no post to read: "):
        extract(json.dumps(data).encode(), name="page.json")


def test_an_article_objects_html_is_still_read_as_html() -> None:
    # A readability object with a "text" field beside its HTML: the HTML is the page, as before.
    html = "<h1>Test Role: Role Blueprint</h1><h2>1) Role Summary</h2><p>x</p><h2>2) Role Mission</h2><p>y</p>"
    html += "<h2>3) Core Responsibilities</h2><ul><li>From the HTML</li></ul>"
    article = {"title": "Test Role", "content": html, "text": _MARKDOWN}
    (extraction,) = extract(json.dumps(article).encode(), name="article.json")
    assert _responsibilities(extraction) == ["From the HTML"]


# --------------------------------------------------------------------------
# A flat risks list whose labels open with a group's name
# --------------------------------------------------------------------------


def _risks(items: str) -> dict:
    markdown = _MARKDOWN + f"\n## 16) Risks, Challenges, and Failure Modes\n\n{items}"
    (extraction,) = extract(markdown.encode(), name="page.md")
    return extraction.document["fields"]["risks"]


def test_a_label_opening_with_a_group_in_the_singular_goes_to_that_group() -> None:
    risks = _risks(
        "- **Late involvement:** privacy pulled in days before launch.\n"
        "- **Business risk if ineffective:** fines, lost enterprise deals, reputational damage.\n"
        "- **Anti-pattern in reviews – checkbox PIAs:** assessments done for form only.\n"
        "- **Common challenge for new analysts:** no data map to start from.\n"
    )
    assert risks["notes"] == []
    assert [(r["title"], r["description"]) for r in risks["business_risks"]] == [
        (None, "fines, lost enterprise deals, reputational damage.")
    ]
    assert [(r["title"], r["description"]) for r in risks["anti_patterns"]] == [
        ("checkbox PIAs", "assessments done for form only.")
    ]
    # An item no label files is the section's own, a challenge (its list is under no group heading), after those
    # a label filed there.
    assert [(r["title"], r["description"]) for r in risks["challenges"]] == [
        (None, "no data map to start from."),
        ("Late involvement", "privacy pulled in days before launch."),
    ]


def test_a_long_label_opening_with_a_plural_or_no_group_stays_a_risk_of_its_own() -> None:
    items = [
        "Challenges of scaling a team across many time zones: handoffs slip.",  # a title of its own
        "Common challenges for privacy teams everywhere: too few people.",
        "Risk of stale records of processing: the map drifts from reality.",  # "risk" names no group
        "Stale data map after system changes: RoPA drifts.",
    ]
    risks = _risks("".join(f"- {item}\n" for item in items))
    # Filed by no label, each is a risk of the section's one list: a challenge, its title as written.
    assert [r["text"] for r in risks["challenges"]] == items
    assert risks["notes"] == []
    assert not any(risks[group] for group in ("anti_patterns", "business_risks", "bottlenecks"))
