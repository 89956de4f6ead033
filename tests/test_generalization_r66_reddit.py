"""A sixty-sixth round unseen page lost whole: a Reddit post saved as "<post url>.json" (a list of two Listings, the
post's t3 thing then its t1 comments) was refused as "JSON holds no post to read". The post's selftext (Reddit
markdown, "&", "<", ">" stored escaped, "&#x200B;" spacer lines, "^(superscript)") is the article; the comments are
never read. Read whole, its sign-off after the closing "***" rule ("EDIT: ...", a "^(Not medical advice ...)"
disclaimer) landed in the final scorecard's notes: it is the poster's, not the article's.

Snippets below are synthetic (Reddit's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.reddit import post_markdown, reddit_articles
from tests.snippets import all_strings, unseen_document

_PAGE = "respiratory-therapist-reddit-json.synthetic.json"

_SELFTEXT = (
    "Long-time lurker, first post. Mods, move it if needed.\n\n&amp;#x200B;\n\n"
    "# Test Role: Role Blueprint\n\n"
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "## 9) Soft Skills\n\n- Discretion &amp; tact\n- Patience\n\n"
    "## 7) KPIs\n\n| KPI | Target |\n|:-|:-|\n| Error rate | &lt; 2% |\n| Uptime | &gt;= 99.9% |\n\n"
    "&amp;#x200B;\n\n***\n\nEDIT: fixed the table. Edit 2: thanks for the gold!\n\n"
    "^(Not legal advice. Views are my own.)\n"
)


def _post(selftext: str = _SELFTEXT, **fields: Any) -> dict[str, Any]:
    data = {
        "id": "abc123",
        "name": "t3_abc123",
        "title": "Test Role: Role Blueprint (long post, sorry)",
        "selftext": selftext,
        "selftext_html": "&lt;!-- SC_OFF --&gt;&lt;div class=\"md\"&gt;&lt;p&gt;Long&lt;/p&gt;&lt;/div&gt;",
        "permalink": "/r/testsub/comments/abc123/test_role_blueprint/",
        "url": "https://www.reddit.com/r/testsub/comments/abc123/test_role_blueprint/",
        "created_utc": 1733573400.0,
        "edited": False,
        "is_self": True,
        **fields,
    }
    return {"kind": "t3", "data": data}


def _listing(*children: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"after": None, "dist": len(children), "children": list(children)}}


_COMMENTS = _listing(
    {"kind": "t1", "data": {"author": "AutoModerator", "body": "I am a bot. ## 3) Core Responsibilities\n\n- Spam"}},
    {"kind": "more", "data": {"count": 3, "children": ["x1", "x2"]}},
)


def _extracted(data: object) -> list[dict[str, Any]]:
    return [extraction.document for extraction in extract(json.dumps(data).encode("utf-8"), name="post.json")]


# --- synthetic: a post's .json -------------------------------------------------------------------------------------


def test_synthetic_post_json_is_read_from_its_selftext_with_its_source() -> None:
    (document,) = _extracted([_listing(_post()), _COMMENTS])
    source = document["source"]
    assert source["url"] == "https://www.reddit.com/r/testsub/comments/abc123/test_role_blueprint/"
    assert source["slug"] == "test_role_blueprint"
    assert (source["date_published"], source["date_modified"]) == ("2024-12-07T12:10:00", None)
    assert source["input_form"] == "wp_json"
    fields = document["fields"]
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == ["Discretion & tact", "Patience"]
    assert [row["target"] for row in fields["kpis"]["rows"]] == ["< 2%", ">= 99.9%"]


def test_synthetic_comments_sign_off_and_markup_are_in_no_field() -> None:
    (document,) = _extracted([_listing(_post(edited=1733581999.0)), _COMMENTS])
    assert document["source"]["date_modified"] == "2024-12-07T14:33:19"
    strings = all_strings(document["fields"])
    for noise in ("AutoModerator", "I am a bot", "Spam", "EDIT", "thanks for the gold", "Not legal advice",
                  "&amp;", "&lt;", "&gt;", "&#x200B;", "\u200b", "^(", "***"):  # fmt: skip
        assert not any(noise in text for text in strings), noise


def test_synthetic_subreddit_listing_is_one_page_per_self_post() -> None:
    second = _post(permalink="/r/testsub/comments/def456/second_role/", id="def456")
    link_post = _post(selftext="", title="A link post", is_self=False, permalink="/r/testsub/comments/g7/link/")
    documents = _extracted(_listing(_post(), second, link_post))
    assert [d["source"]["slug"] if d else None for d in documents[:2]] == ["test_role_blueprint", "second_role"]
    articles = reddit_articles(_listing(_post(), second, link_post))
    assert isinstance(articles, list) and len(articles) == 3 and articles[2]["markdown"] is None


def test_synthetic_listing_without_a_self_post_is_refused_and_other_lists_are_not_reddit() -> None:
    with pytest.raises(NotABlueprintError, match="^JSON holds no post to read: "):
        _extracted([_listing(_post(selftext="")), _COMMENTS])
    assert reddit_articles([{"id": 1, "content": {"rendered": "<p>x</p>"}}]) is None
    assert reddit_articles({"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {}}]}}) is None


# --- synthetic: Reddit markdown ------------------------------------------------------------------------------------


def test_synthetic_superscript_markup_never_survives() -> None:
    text = post_markdown("## Notes\n\nA ^(small note (see below)) and ^tiny word; 10^6 stays.\n\nLast line.\n")
    assert text == "## Notes\n\nA small note (see below) and tiny word; 10^6 stays.\n\nLast line.\n"


def test_synthetic_sign_off_is_cut_only_at_the_end_of_the_post() -> None:
    text = post_markdown("## 5) Goals\n\nEDIT: this line is mid-post.\n\n- Ship it\n\n---\n\nUpdate: typo fixed\n")
    assert text == "## 5) Goals\n\nEDIT: this line is mid-post.\n\n- Ship it\n"
    assert post_markdown("## 5) Goals\n\n- Ship it\n\nThanks for reading!\n").endswith("Thanks for reading!\n")


# --- the unseen page -----------------------------------------------------------------------------------------------


def test_page_is_read_whole_from_its_selftext() -> None:
    document = unseen_document(_PAGE)
    assert document["quality"]["coverage"] == 1.0 and document["missing_sections"] == []
    assert document["role"]["title"] == "Respiratory Therapist"
    source = document["source"]
    assert source["slug"] == "respiratory_therapist_role_blueprint"
    assert source["url"] == "https://www.reddit.com/r/respiratorytherapy/comments/1h8rt4q/respiratory_therapist_role_blueprint/"
    assert source["date_published"] == "2024-12-07T12:10:00"
    fields = document["fields"]
    assert [item["number"] for item in fields["responsibilities"]["items"]] == list(range(1, 28))
    assert len(fields["kpis"]["rows"]) == 12 and len(fields["tools"]["rows"]) == 19
    assert len(fields["technical_skills"]["skills"]) == 18 and len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10 and fields["scorecard"]["notes"] == []
    targets = [row["target"] for row in fields["kpis"]["rows"]]
    assert targets[0] == "< 5 per 1,000 ventilator days" and targets[2] == ">= 90% resulted within 15 minutes"
    assert any(row["tool_text"].startswith("Fisher & Paykel Airvo 2") for row in fields["tools"]["rows"])
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2.0, 5.0)


# The answer key's NOISE list (tests/unseen/answer_keys/respiratory-therapist-reddit-json.md), all in no field.
_NOISE = (
    "Long-time lurker, 9 years bedside", "Mods, if this is too long for rule 4", "TL;DR: full blueprint below",
    "Mobile users, sorry", "EDIT: fixed the KPI table", "thanks for the award, kind stranger", "Not medical advice",
    "Shameless plug", "VentRx Academy", "BREATHE40", "Great write-up, saving this", "Hard disagree about ACLS",
    "AutoModerator", "I am a bot, and this action was performed automatically", "Reminder of Rule 3", "[removed]",
    "VentPrep Pro", "ventprep-pro dot com", "DM me for recruiter info", "SC_OFF", "&#x200B;", "\u200b", "&amp;",
    "&gt;", "&lt;", "**", "<strong>", "^(", "Education/Resources", "Wholesome",
)  # fmt: skip


def test_page_noise_is_in_no_field() -> None:
    document = unseen_document(_PAGE)
    strings = all_strings(document["fields"]) + all_strings(document["sections"])
    for noise in _NOISE:
        assert not any(noise in text for text in strings), noise


# --- round 66's Outline page: its source read from the document ---------------------------------------------------

_OUTLINE_PAGE = "ediscovery-analyst-outline-api.synthetic.json"
_OUTLINE_TEXT = (
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "## 9) Soft Skills\n\n- Discretion\n- Patience\n"
)


def _outline_document(**fields: Any) -> dict[str, Any]:
    return {
        "id": "e4a1b7c9-0000", "urlId": "Ab12Cd34Ef", "url": "/doc/test-role-blueprint-Ab12Cd34Ef",
        "title": "Test Role: Role Blueprint", "text": _OUTLINE_TEXT, "createdAt": "2026-11-30T15:20:44.118Z",
        "publishedAt": "2026-11-30T15:41:09.227Z", "updatedAt": "2026-12-05T21:47:03.602Z",
        "createdBy": {"name": "Jordan Lee"}, **fields,
    }  # fmt: skip


def test_synthetic_outline_document_gives_its_slug_and_dates() -> None:
    (document,) = _extracted({"data": _outline_document(), "policies": [{"id": "x"}], "status": 200, "ok": True})
    source = document["source"]
    assert (source["url"], source["slug"]) == (None, "test-role-blueprint-Ab12Cd34Ef")  # a path: the host is unknown
    assert (source["date_published"], source["date_modified"]) == ("2026-11-30T15:41:09", "2026-12-05T21:47:03")
    assert [skill["name"] for skill in document["fields"]["soft_skills"]["skills"]] == ["Discretion", "Patience"]


def test_synthetic_outline_list_is_one_page_per_document() -> None:
    second = _outline_document(urlId="Zz99Yy88Xx", url="https://wiki.example.com/doc/second-Zz99Yy88Xx")
    documents = _extracted({"data": [_outline_document(), second], "pagination": {"limit": 25, "offset": 0}})
    assert [(d["source"]["url"], d["source"]["slug"]) for d in documents] == [
        (None, "test-role-blueprint-Ab12Cd34Ef"),
        ("https://wiki.example.com/doc/second-Zz99Yy88Xx", "second-Zz99Yy88Xx"),
    ]


def test_outline_page_source_is_read() -> None:
    document = unseen_document(_OUTLINE_PAGE)
    source = document["source"]
    assert source["slug"] == "ediscovery-analyst-role-blueprint-Qm7TzL2pXa"
    assert (source["date_published"], source["date_modified"]) == ("2026-11-30T15:41:09", "2026-12-05T21:47:03")
    assert document["role"]["title"] == "eDiscovery Analyst" and document["quality"]["coverage"] == 1.0
