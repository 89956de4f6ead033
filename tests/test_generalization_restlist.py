"""REST lists that mix other posts in: synthetic snippets modelled on unseen pages of the family.

A WordPress ``/wp/v2/posts`` list holds whatever the site published: role
blueprints and, between them, news posts ("We are hiring: join our editorial
team"). Each post is judged alone: the blueprints are written and reported,
the news post gets its own not_a_blueprint line, and a file that is no
blueprint at all still says so as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import extract
from pipeline.cli import main
from pipeline.errors import NotABlueprintError
from pipeline.extraction import SkippedPost, extract_file

_BLUEPRINT_BODY = (
    "<h2>1) Role Summary</h2><p>The {role} keeps releases safe and predictable.</p>"
    "<h2>2) Role Mission</h2><p>Give the team fast, reliable evidence about product quality.</p>"
    "<h2>3) Core Responsibilities</h2><ul><li>Maintain the regression suite</li><li>Report release quality</li></ul>"
)
_NEWS_BODY = "<p>Our editorial team is growing. We are looking for writers who love technology. Apply now.</p>"
_NEWS_REASON = "no role-blueprint sections found"


def _post(post_id: int, title: str, body: str) -> dict:
    return {"id": post_id, "slug": f"post-{post_id}", "title": {"rendered": title}, "content": {"rendered": body}}


def _blueprint_post(post_id: int, role: str) -> dict:
    return _post(post_id, f"{role}: Role Blueprint, Responsibilities, Skills", _BLUEPRINT_BODY.format(role=role))


def _news_post(post_id: int) -> dict:
    return _post(post_id, "We are hiring: join our editorial team", _NEWS_BODY)


def _list(*posts: dict) -> bytes:
    return json.dumps(list(posts)).encode("utf-8")


MIXED = _list(_blueprint_post(51877, "QA Automation Engineer"), _news_post(51874), _blueprint_post(51869, "Security Engineer"))


# --------------------------------------------------------------------------
# The library
# --------------------------------------------------------------------------


def test_a_news_post_in_a_list_is_skipped_and_said_so() -> None:
    result = extract(MIXED, name="posts.json")
    assert [(e.blueprint.source.part, e.blueprint.source.post_id, e.blueprint.role.title) for e in result] == [
        ("51877", 51877, "QA Automation Engineer"),
        ("51869", 51869, "Security Engineer"),
    ]
    (skipped,) = result.skipped
    assert (skipped.index, skipped.part, skipped.post_id, skipped.title, skipped.reason) == (
        1, "51874", 51874, "We are hiring: join our editorial team", _NEWS_REASON
    )
    assert isinstance(skipped, SkippedPost) and isinstance(skipped.error, NotABlueprintError)


def test_a_list_of_blueprints_skips_nothing() -> None:
    result = extract(_list(_blueprint_post(1, "QA Engineer"), _blueprint_post(2, "Data Engineer")), name="posts.json")
    assert [e.blueprint.role.title for e in result] == ["QA Engineer", "Data Engineer"]
    assert result.skipped == []


def test_a_list_without_ids_names_the_skipped_post_by_its_place() -> None:
    posts = [{k: v for k, v in post.items() if k != "id"} for post in (_news_post(0), _blueprint_post(0, "QA Engineer"))]
    result = extract(_list(*posts), name="posts.json")
    assert [e.blueprint.source.part for e in result] == ["1"]
    assert [(s.index, s.part, s.post_id) for s in result.skipped] == [(0, "0", None)]


def test_a_list_where_no_post_is_a_blueprint_raises() -> None:
    message = r"^no post of the list is a role blueprint \(no role-blueprint sections found\)$"
    with pytest.raises(NotABlueprintError, match=message):
        extract(_list(_news_post(1), _news_post(2)), name="posts.json")
    with pytest.raises(NotABlueprintError, match=message):  # a list of one post is a list too
        extract(_list(_news_post(1)), name="posts.json")
    # The batch's variant reports each post instead.
    result = extract_file(_list(_news_post(1), _news_post(2)), name="posts.json")
    assert list(result) == [] and [s.part for s in result.skipped] == ["1", "2"]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (_NEWS_BODY.encode("utf-8"), "news.html"),  # a single page
        (json.dumps(_news_post(7)).encode("utf-8"), "post.json"),  # a single REST post, not a list
    ],
)
def test_a_single_page_that_is_no_blueprint_still_raises(data: bytes, name: str) -> None:
    with pytest.raises(NotABlueprintError, match=f"^{_NEWS_REASON}$"):
        extract(data, name=name)
    with pytest.raises(NotABlueprintError, match=f"^{_NEWS_REASON}$"):
        extract_file(data, name=name)


@pytest.mark.parametrize("data", [b"[]", _list({"id": 2, "title": {"rendered": "No content"}}), b'[1, "two"]'])
def test_a_list_that_holds_no_rest_post_still_fails_whole(data: bytes) -> None:
    with pytest.raises(NotABlueprintError, match=r"^JSON holds no post to read \(a WordPress REST post's .*\)$"):
        extract(data, name="posts.json")


def test_an_entry_of_a_list_that_is_no_post_is_skipped_and_the_posts_are_kept() -> None:
    # A scraper that cut one post short (no content) or wrote something else into the list.
    data = _list(_blueprint_post(1, "QA Engineer"), {"id": 2, "title": {"rendered": "No content"}}, "not a post")
    result = extract(data, name="posts.json")
    assert [e.blueprint.role.title for e in result] == ["QA Engineer"]
    reason = (
        "JSON holds no post to read (a WordPress REST post's content.rendered or ACF layouts, a Ghost Content API"
        " post's html, a Contentful entry's Rich Text field, a Drupal JSON:API node's body, a Sanity document's"
        " Portable Text, a Storyblok story, a Strapi entry's rich text and dynamic zone, an Arc XP ANS story's"
        " content_elements, a Medium post's paragraphs, a Telegraph page's content Nodes, a Confluence page's body"
        " (storage or view), a GraphQL answer's post, a crawler item's html or markdown, or any object's article HTML"
        " field)"
    )
    assert [(s.index, s.part, s.post_id, s.title, s.reason) for s in result.skipped] == [
        (1, "1", 2, "No content", reason),  # ids are not all unique ints: parts are places
        (2, "2", None, None, reason),
    ]
    assert all(isinstance(s.error, NotABlueprintError) for s in result.skipped)


# --------------------------------------------------------------------------
# The batch
# --------------------------------------------------------------------------


def _run(*args: str) -> int:
    return CliRunner().invoke(main, list(args)).exit_code


def _report(out: Path) -> dict:
    return json.loads((out / "_report.json").read_text(encoding="utf-8"))


def test_the_batch_writes_the_blueprints_and_reports_the_news_post(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "posts.json").write_bytes(MIXED)
    # Exit 1: a page of the batch is no blueprint (README, "Exit codes"); every other page is written.
    assert _run(str(raw), str(out), "-q") == 1
    pages = _report(out)["pages"]
    assert [(p["part"], p["status"], p["error"], p["reasons"], p["output"], p["title"]) for p in pages] == [
        ("51877", "warning", None, pages[0]["reasons"], "posts.json.51877.json", "QA Automation Engineer"),
        ("51874", "not_a_blueprint", "not_a_blueprint", [_NEWS_REASON], None, "We are hiring: join our editorial team"),
        ("51869", "warning", None, pages[2]["reasons"], "posts.json.51869.json", "Security Engineer"),
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        "_manifest.json", "_report.html", "_report.json", "posts.json.51869.json", "posts.json.51877.json"
    ]
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"]["posts.json"]["outputs"] == ["posts.json.51877.json", "posts.json.51869.json"]

    # A rerun reuses all three results unchanged, the skipped post's included; --check finds no difference.
    assert _run(str(raw), str(out), "-q") == 1
    report = _report(out)
    assert report["summary"]["unchanged"] == 3
    assert [(p["part"], p["status"]) for p in report["pages"]] == [
        ("51877", "warning"), ("51874", "not_a_blueprint"), ("51869", "warning")
    ]
    check = CliRunner().invoke(main, [str(raw), str(out), "--check"])
    assert check.exit_code == 1 and "no differences" in check.stderr

    # The news post becomes a blueprint: its output appears, the others stay.
    (raw / "posts.json").write_bytes(_list(_blueprint_post(51877, "QA Automation Engineer"), _blueprint_post(51874, "Editor")))
    assert _run(str(raw), str(out), "-q") == 0
    assert sorted(p.name for p in out.glob("posts.json.*")) == ["posts.json.51874.json", "posts.json.51877.json"]

    # The list disappears: --prune deletes every output it gave.
    (raw / "posts.json").unlink()
    (raw / "other.json").write_bytes(_list(_blueprint_post(5, "QA Engineer")))
    assert _run(str(raw), str(out), "-q", "--prune") == 0
    assert sorted(p.name for p in out.glob("*.json") if not p.name.startswith("_")) == ["other.json.5.json"]


def test_the_batch_reports_each_post_of_a_list_that_holds_no_blueprint(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "news.json").write_bytes(_list(_news_post(1), _news_post(2)))
    assert _run(str(raw), str(out), "-q") == 1
    pages = _report(out)["pages"]
    assert [(p["part"], p["status"], p["reasons"], p["output"]) for p in pages] == [
        ("1", "not_a_blueprint", [_NEWS_REASON], None),
        ("2", "not_a_blueprint", [_NEWS_REASON], None),
    ]
    assert sorted(p.name for p in out.glob("*.json")) == ["_manifest.json", "_report.json"]


def _fail_on_security_engineer(extract_page):  # noqa: ANN001, ANN202
    """extract_page with an injected bug: the post titled 'Security Engineer…' raises as a parser bug would."""

    def failing(page, name):  # noqa: ANN001, ANN202
        if page.meta.title and page.meta.title.startswith("Security Engineer"):
            raise KeyError("injected parser bug")
        return extract_page(page, name)

    return failing


def test_a_post_that_fails_costs_only_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.extraction

    monkeypatch.setattr(pipeline.extraction, "extract_page", _fail_on_security_engineer(pipeline.extraction.extract_page))
    # The library: the failure is kept on ``skipped``, the other posts come out.
    result = extract(MIXED, name="posts.json")
    assert [e.blueprint.role.title for e in result] == ["QA Automation Engineer"]
    assert [(s.part, type(s.error)) for s in result.skipped] == [("51874", NotABlueprintError), ("51869", KeyError)]
    # A list that gave no blueprint raises its first failure, not 'no blueprint'.
    with pytest.raises(KeyError, match="injected parser bug"):
        extract(_list(_news_post(1), _blueprint_post(2, "Security Engineer")), name="posts.json")

    # The batch: one failed line for that post, in its place; the other blueprint is written.
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "posts.json").write_bytes(MIXED)
    assert _run(str(raw), str(out), "-q", "--jobs", "1") == 1
    pages = _report(out)["pages"]
    assert [(p["part"], p["status"], p["error"], p["output"]) for p in pages] == [
        ("51877", "warning", None, "posts.json.51877.json"),
        ("51874", "not_a_blueprint", "not_a_blueprint", None),
        ("51869", "failed", "internal", None),
    ]
    assert pages[2]["reasons"][0].startswith("KeyError: 'injected parser bug' at test_generalization_restlist.py:")
    assert sorted(p.name for p in out.glob("posts.json.*")) == ["posts.json.51877.json"]
