"""A sixty-sixth round unseen page lost whole: a Tumblr API v2 answer in the Neue Post Format (NPF), {"meta",
"response": {"posts": [post]}}, was refused as "JSON holds no post to read". A post's article is its "content" list of
typed blocks: text blocks by subtype (heading1/2, list items nested by indent_level, indented, quote, chat), formatting
ranges by character offset; image and link blocks (captions, alt text, ad cards) are not the article. Tumblr has no
list-item paragraph nor table block, so the page wrote each item's "– detail" as an indented block after it, its
two-column scorecard as one " | " row a paragraph, and its hiring scorecard as "Dimension: … — Meets: … — Exceeds: …"
bullets; its sign-off asked readers to reblog.

Snippets below are synthetic (NPF's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with its
key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.tumblr import tumblr_articles
from tests.snippets import all_strings, html_fields, html_page, unseen_document

_PAGE = "fleet-maintenance-manager-tumblr-npf.synthetic.json"


def _text(text: str, subtype: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, **({"subtype": subtype} if subtype else {}), **extra}


_CONTENT = [
    {"type": "image", "media": [{"url": "https://64.media.tumblr.com/x.jpg"}], "alt_text": "Trucks on lifts",
     "caption": "our shop at dawn"},
    {"type": "link", "url": "https://tyres.example/", "title": "Tyre Deals", "description": "Book a van today"},
    _text("Test Role", "heading1"),
    _text("1) Role Summary", "heading2"),
    _text("The Test Role runs the shop for the business with several teams.", formatting=[
        {"start": 4, "end": 13, "type": "bold"}, {"start": 18, "end": 22, "type": "link", "url": "https://x.example"}]),
    _text("3) Core Responsibilities", "heading2"),
    _text("Strategic responsibilities", "heading2"),
    _text("Set the maintenance strategy", "ordered-list-item"),
    _text("– Define PM intervals by asset class.", "indented"),
    _text("Own the budget", "ordered-list-item"),
    _text("– Forecast and explain variances.", "indented"),
    _text("4) Day-to-Day Activities", "heading2"),
    _text("Daily activities", "heading2"),
    _text("Review the overnight alerts:", "unordered-list-item"),
    _text("engine codes,", "unordered-list-item", indent_level=1),
    _text("brake defects.", "unordered-list-item", indent_level=1),
    _text("Walk the shop floor.", "unordered-list-item"),
]  # fmt: skip


def _post(content: list, **extra: Any) -> dict[str, Any]:
    return {
        "type": "blocks", "blog_name": "ablog", "id": 7382, "post_url": "https://ablog.tumblr.com/post/7382/test-role",
        "slug": "test-role", "date": "2026-11-18 14:22:07 GMT", "timestamp": 1795530127, "summary": "Summary title",
        "tags": ["diesel tech life"], "content": content, "layout": [{"type": "rows", "truncate_after": 1}],
        "trail": [], **extra,
    }  # fmt: skip


def _document(data: object) -> dict[str, Any]:
    (extraction,) = extract(json.dumps(data).encode("utf-8"), name="tumblr.json")
    return extraction.document


# --- synthetic: an NPF post -----------------------------------------------------------------------------------------


def test_synthetic_npf_answer_is_read_with_its_source() -> None:
    document = _document({"meta": {"status": 200, "msg": "OK"}, "response": {"posts": [_post(_CONTENT)]}})
    source = document["source"]
    assert (source["url"], source["slug"]) == ("https://ablog.tumblr.com/post/7382/test-role", "test-role")
    assert source["date_published"] == "2026-11-24T14:22:07"  # the timestamp's UTC moment
    assert document["role"]["title"] == "Test Role"
    items = document["fields"]["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        ("Set the maintenance strategy", "Define PM intervals by asset class."),
        ("Own the budget", "Forecast and explain variances."),
    ]
    daily = document["fields"]["day_to_day"]["daily"]["items"]
    assert [(item["text"], len(item["sub_items"])) for item in daily] == [
        ("Review the overnight alerts:", 2), ("Walk the shop floor.", 0)]  # fmt: skip
    texts = all_strings(document["fields"])
    assert not any(noise in text for text in texts for noise in ("Trucks on lifts", "shop at dawn", "Book a van", "<"))


def test_synthetic_npf_blocks_render_as_html() -> None:
    article = tumblr_articles({"response": {"post": _post(_CONTENT)}})
    assert isinstance(article, dict) and article["title"] == "Test Role"
    html = article["html"]
    assert "The <strong>Test Role</strong> runs the shop" in html  # bold by character offset; a link as its text
    assert "<ol><li>Set the maintenance strategy<p>– Define PM intervals by asset class.</p></li><li>Own" in html
    assert "<ul><li>Review the overnight alerts:<ul><li>engine codes,</li><li>brake defects.</li></ul>\n</li>" in html
    assert "Tyre" not in html and "Trucks" not in html


def test_synthetic_post_alone_reblog_trail_and_other_json() -> None:
    alone = tumblr_articles(_post([_text("Only a note.")]))
    assert isinstance(alone, dict) and alone["html"] == "<p>Only a note.</p>\n" and alone["title"] == "Summary title"
    reblog = tumblr_articles(_post([], trail=[{"content": [_text("Reblogged text.")], "blog": {"name": "b"}}]))
    assert isinstance(reblog, dict) and reblog["html"] == "<p>Reblogged text.</p>\n"
    own = tumblr_articles(_post([_text("Mine.")], trail=[{"content": [_text("Theirs.")]}]))
    assert isinstance(own, dict) and own["html"] == "<p>Mine.</p>\n"
    # Other JSON is no NPF post: a ProseMirror doc's content holds paragraphs, a list of strings no blocks
    assert tumblr_articles({"type": "doc", "content": [{"type": "paragraph", "content": []}]}) is None
    assert tumblr_articles({"content": ["a", "b"]}) is None
    assert tumblr_articles({"response": {"blog": {"name": "b"}}}) is None


def test_synthetic_two_column_pipe_paragraphs_are_a_table() -> None:
    rows = ["Role title | Test Role", "Top KPIs | Availability, cost per mile", "Main goals | Clean inspections"]
    fields = html_fields(
        "<h2>20) Final Role Scorecard Summary</h2><p><strong>Category | Executive summary</strong></p>"
        + "".join(f"<p>{row}</p>" for row in rows)
    )
    scorecard = fields["scorecard"]
    assert scorecard["role_title"] == "Test Role"
    assert scorecard["top_kpis"] == ["Availability", "cost per mile"]
    assert [row["label"] for row in scorecard["rows"]] == ["Role title", "Top KPIs", "Main goals"]


def test_synthetic_one_pipe_in_prose_is_no_table() -> None:
    body = (
        "<h2>17) Role Variants</h2><p>Scope | what the role covers and why it matters to the business.</p>"
        "<p>Pay | set by band.</p><p>Hours | standard.</p><p>Place | on site.</p>"
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    blocks = [block for section in extraction.document["sections"] for block in section["blocks"]]
    assert "table" not in {block["kind"] for block in blocks}
    assert "Scope | what the role covers and why it matters to the business." in [block["text"] for block in blocks]


def test_synthetic_labelled_dimension_lines_are_the_hiring_scorecard() -> None:
    fields = html_fields(
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Scorecard dimensions</h3><ul>"
        "<li>Dimension: Technical expertise — Meets: diagnoses faults — Exceeds: leads root-cause work</li>"
        "<li>Dimension: Financial management — Meets: stays within budget — Exceeds: cuts cost per mile</li></ul>"
    )
    rows = fields["hiring"]["scorecard"]["rows"]
    assert [(row["dimension"], row["meets"], row["exceeds"]) for row in rows] == [
        ("Technical expertise", "diagnoses faults", "leads root-cause work"),
        ("Financial management", "stays within budget", "cuts cost per mile"),
    ]


def test_synthetic_reblog_sign_off_is_noise() -> None:
    fields = html_fields(
        "<h2>20) Final Role Scorecard Summary</h2><p>The Test Role is judged on fleet availability.</p>"
        "<blockquote>💬 If this helped, reblog it so others see it. My ask box is open!</blockquote>"
    )
    assert not any("reblog" in text or "ask box" in text for text in all_strings(fields))


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Fleet Maintenance Manager"
    assert len(document["sections"]) == 20
    responsibilities = fields["responsibilities"]["items"]
    assert len(responsibilities) == 20 and len({item["category"] for item in responsibilities}) == 6
    assert responsibilities[0]["detail"] == (
        "Define PM intervals by asset class, duty cycle and OEM guidance; shift from reactive to planned work."
    )
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12 and kpis[0]["name"] == "Fleet availability %" and kpis[-1]["name"] == "Parts fill rate"
    assert (kpis[0]["target"], kpis[0]["frequency"]) == ("≥ 92% (on-road), ≥ 88% (off-road)", "Daily")
    assert len(fields["tools"]["rows"]) == 10
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 16 and (skills[0]["name"], skills[0]["importance"]) == (
        "Heavy truck systems diagnostics", "critical")  # fmt: skip
    assert len(fields["soft_skills"]["skills"]) == 7
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (8.0, 12.0)
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (4, 3, 3)
    assert [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]] == [
        "Technical expertise", "Maintenance program management", "Financial management", "People leadership",
        "Data and systems",
    ]  # fmt: skip
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["role_title"] == "Fleet Maintenance Manager"
    assert len(scorecard["top_responsibilities"]) == 10 and len(scorecard["top_kpis"]) == 6


def test_page_keeps_no_noise() -> None:
    document = unseen_document(_PAGE)
    texts = all_strings(document["fields"]) + all_strings(document["sections"])
    noise = (
        "TreadLine", "Tyre Deals", "FLEET15", "new long post under the cut", "our heavy shop at 6am",
        "Three refuse trucks on lifts", "If this helped, reblog it", "My ask box is open", "Excel template",
        "DM me", "Ask me anything", "Tip jar", "supervisor interview", "our FMIS is a nightmare", "wrenchandledger",
        "diesel tech life", "Sponsored:", "subtype", "formatting", "**",
    )  # fmt: skip
    assert not [(phrase, text) for text in texts for phrase in noise if phrase in text]
