"""A sixty-fifth round unseen page lost whole: a Hashnode GraphQL answer {"data": {"publication": {"post": {...}}}}
was refused as "JSON holds no post to read". Its post holds the article twice, as content.markdown and content.html,
beside its comments, author, tags and seo. A GraphQL answer's post is found down the query's path (Hashnode's
data.publication.post, WPGraphQL's data.post, a listing's posts.nodes or edges[].node) and read as a post, its HTML
first. Its markdown copy showed two defects of the markdown reader: a fenced code block's "# comment" line was read
as a heading (a fifth skill tier), and Hashnode's "%[url]" embed line was kept as text.

Snippets below are synthetic (Hashnode's and WPGraphQL's real shapes); the page is frozen as
tests/unseen/<slug>.synthetic.json with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline import extract
from pipeline.apijson import graphql_articles
from pipeline.errors import NotABlueprintError
from pipeline.textblocks import text_to_pieces
from tests.snippets import UNSEEN, all_strings, unseen_document

_PAGE = "devrel-manager-hashnode-graphql.synthetic.json"

_HTML = (
    "<h2>1) Role Summary</h2><p>The Test Role does this work for the business with several teams.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team that depends on it.</p>"
    "<h2>9) Soft Skills</h2><ul><li>Discretion</li><li>Patience</li></ul>"
)
_MARKDOWN = (
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "## 9) Soft Skills\n\n- Discretion\n- Patience\n"
)
_COMMENT = {"node": {"content": {"markdown": "## Great post\n\nThis is gold.", "html": "<p>This is gold.</p>"}}}


def _post(**content: str) -> dict[str, Any]:
    return {
        "id": "6752f0c4b1a9e3d7c8f21a45",
        "slug": "test-role",
        "title": "Test Role",
        "url": "https://maya.hashnode.dev/test-role",
        "publishedAt": "2026-11-18T07:30:12.418Z",
        "updatedAt": "2026-11-21T16:02:55.091Z",
        "author": {"name": "Ann Author", "bio": {"html": "<p>Writes about things.</p>"}},
        "tags": [{"name": "Careers"}],
        "seo": {"title": "SEO title", "description": "<p>Teaser</p>"},
        "content": content,
        "comments": {"edges": [_COMMENT]},
    }


def _document(data: object) -> dict[str, Any]:
    (extraction,) = extract(json.dumps(data).encode("utf-8"), name="graphql.json")
    return extraction.document


# --- synthetic: a GraphQL answer's post ----------------------------------------------------------------------------


def test_synthetic_hashnode_answer_is_read_with_its_source() -> None:
    document = _document({"data": {"publication": {"id": "p1", "title": "Blog", "post": _post(html=_HTML)}}})
    source = document["source"]
    assert (source["url"], source["slug"]) == ("https://maya.hashnode.dev/test-role", "test-role")
    assert (source["date_published"], source["date_modified"]) == ("2026-11-18T07:30:12", "2026-11-21T16:02:55")
    assert [skill["name"] for skill in document["fields"]["soft_skills"]["skills"]] == ["Discretion", "Patience"]
    assert not any("gold" in text or "Writes about" in text for text in all_strings(document["fields"]))


def test_synthetic_html_is_read_before_markdown_and_markdown_alone_too() -> None:
    both = graphql_articles({"data": {"publication": {"post": _post(html=_HTML, markdown=_MARKDOWN)}}})
    assert isinstance(both, dict) and both["html"] == _HTML and "markdown" not in both
    alone = _document({"data": {"publication": {"post": _post(markdown=_MARKDOWN)}}})
    assert alone["source"]["input_form"] == "wp_json"
    assert [skill["name"] for skill in alone["fields"]["soft_skills"]["skills"]] == ["Discretion", "Patience"]


def test_synthetic_wpgraphql_post_and_a_bare_post_object() -> None:
    wpgraphql = {"title": "Test Role", "content": _HTML, "dateGmt": "2026-03-01T09:00:00", "slug": "test-role",
                 "uri": "/2026/03/test-role/", "modified": "2026-03-02T10:00:00"}  # fmt: skip
    document = _document({"data": {"postBy": wpgraphql}})
    assert (document["source"]["slug"], document["source"]["date_published"]) == ("test-role", "2026-03-01T09:00:00")
    assert document["fields"]["role_mission"]["core_mission"].startswith("make the work reliable")
    assert graphql_articles(_post(html=_HTML))["html"] == _HTML  # the post object saved alone


def test_synthetic_listing_nodes_and_edges_are_one_page_each() -> None:
    first, second = _post(html=_HTML), _post(html=_HTML)
    first["slug"], second["slug"] = "first-role", "second-role"
    for listing in ({"nodes": [first, second]}, {"edges": [{"node": first}, {"node": second}]}):
        result = extract(json.dumps({"data": {"publication": {"posts": listing}}}).encode(), name="list.json")
        assert [e.document["source"]["slug"] for e in result] == ["first-role", "second-role"]


def test_synthetic_answer_without_a_post_is_still_refused() -> None:
    for data in ({"data": {"publication": {"title": "Blog", "comments": {"edges": [_COMMENT]}}}},
                 {"data": {"post": None}, "errors": [{"message": "Post not found"}]}):  # fmt: skip
        with pytest.raises(NotABlueprintError, match="JSON holds no post to read"):
            _document(data)


# --- synthetic: the markdown reader --------------------------------------------------------------------------------


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(piece.block.kind.value, piece.block.text) for piece in text_to_pieces(text)]


def test_synthetic_fenced_code_is_one_paragraph_and_no_heading() -> None:
    text = "## Emerging\n\n- AI DX\n\n```\n# run this first\ncurl -s https://x \\\n  -H 'A: b'\n```\n\nAfter.\n"
    assert _blocks(text) == [
        ("heading", "Emerging"),
        ("list_item", "AI DX"),
        ("paragraph", "# run this first\ncurl -s https://x \\\n  -H 'A: b'"),
        ("paragraph", "After."),
    ]
    # Round 67: a fence naming its language ("```bash") is a snippet to run, no prose: dropped, no heading either.
    assert _blocks(text.replace("```\n#", "```bash\n#")) == [
        ("heading", "Emerging"),
        ("list_item", "AI DX"),
        ("paragraph", "After."),
    ]
    assert _blocks("Intro\n\n~~~\n# yaml comment\nkey: value\n~~~~\n") == [
        ("paragraph", "Intro"),
        ("paragraph", "# yaml comment\nkey: value"),
    ]


def test_synthetic_unclosed_or_underlining_fence_fences_nothing() -> None:
    assert _blocks("```\n# Title\n\nText.\n") == [("paragraph", "```"), ("heading", "Title"), ("paragraph", "Text.")]
    assert ("heading", "Next") in _blocks("Title\n~~~~~\n\n# Next\n\nTitle two\n~~~~~\n")


def test_synthetic_hashnode_embed_line_is_no_text() -> None:
    text = "## 20) Final Scorecard\n\n%[https://www.youtube.com/watch?v=abc123]\n\n%%[newsletter-widget]\n\nKept.\n"
    assert _blocks(text) == [("heading", "20) Final Scorecard"), ("paragraph", "Kept.")]
    assert _blocks("Margin grew 5%[note] this year.\n") == [("paragraph", "Margin grew 5%[note] this year.")]


# --- the unseen page -----------------------------------------------------------------------------------------------


def test_page_is_read_whole_from_its_html() -> None:
    document = unseen_document(_PAGE)
    assert document["quality"]["coverage"] == 1.0 and document["missing_sections"] == []
    assert document["role"]["title"] == "Developer Relations Manager"
    assert document["source"]["slug"] == "developer-relations-manager-role-blueprint"
    assert document["source"]["date_published"] == "2026-11-18T07:30:12"
    fields = document["fields"]
    assert len(fields["kpis"]["rows"]) == 10 and len(fields["tools"]["rows"]) == 11
    assert [item["number"] for item in fields["responsibilities"]["items"]] == list(range(1, 19))
    assert len(fields["soft_skills"]["skills"]) == 6


def test_page_comments_author_and_embed_are_in_no_field() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    for noise in ("This is gold", "Counterpoint: I'd drop Orbit", "Tomasz Wierzbicki", "Priya Raghunathan",
                  "Maya Okonkwo-Reyes", "dQw4DevRelTalk", "embed-wrapper", "Hey folks"):  # fmt: skip
        assert not any(noise in text for text in strings), noise


def test_page_markdown_copy_has_four_skill_tiers_and_no_embed() -> None:
    page = json.loads((UNSEEN / _PAGE).read_text(encoding="utf-8"))
    del page["data"]["publication"]["post"]["content"]["html"]
    document = _document(page)
    skills = document["fields"]["technical_skills"]
    assert [tier["tier"] for tier in skills["tiers"]] == ["must_have", "good_to_have", "advanced", "emerging"]
    assert len(skills["skills"]) == 12
    assert not any("dQw4DevRelTalk" in text or "```" in text for text in all_strings(document["fields"]))
