"""Synthetic snippets modelled on an unseen page of the family (round 25): a WordPress REST post fetched with
context=edit, its content.rendered "" and its article in content.raw as the editor saved it (Gutenberg block
markup, or a classic-editor post's blank-line paragraphs); and a decision-making authority line whose decider does
something else before the deciding verb ("The Tax Manager recommends positions and signs off on ...").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.parsers.stakeholders import deciders_in

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "tax-manager-rest-edit.synthetic.json"


def _block(name: str, html: str) -> str:
    return f"<!-- wp:{name} -->\n{html}\n<!-- /wp:{name} -->"


_GUTENBERG = "\n\n".join((
    _block("shortcode", "[adsense id=3]"),
    '<!-- wp:heading {"anchor":"h-1"} -->\n<h2 class="wp-block-heading" id="h-1">1) Role Summary</h2>\n'
    "<!-- /wp:heading -->",
    _block("paragraph", "<p>The Tax Manager owns the accuracy of the company&#8217;s tax positions.</p>"),
    _block("paragraph", "<p>Role horizon: Current (a long-established role).</p>"),
    '<!-- wp:block {"ref":812} /-->',
    _block("heading", "<h2>2) Role Mission</h2>"),
    _block("paragraph", "<p>Core mission: ensure the company pays the right amount of tax, on time.</p>"),
    _block("heading", "<h2>3) Core Responsibilities</h2>"),
    _block("list", '<ul class="wp-block-list">' + _block("list-item", "<li>Own the tax calendar</li>")
           + _block("list-item", "<li>Run the compliance cycle</li>") + "</ul>"),
    _block("shortcode", '[newsletter_form id="7"]'),
))  # fmt: skip
_TITLE = "Tax Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
_RAW_READ = "content.rendered empty → content.raw read"


def _post(content: dict, title: dict | None = None, post_id: int = 4471) -> dict:
    return {"id": post_id, "slug": "tax-manager", "title": title or {"raw": _TITLE, "rendered": _TITLE},
            "content": content}  # fmt: skip


def _extract(*posts: dict):  # noqa: ANN202
    data = posts[0] if len(posts) == 1 else list(posts)
    return extract(json.dumps(data).encode("utf-8"), name="post.json")


def _repairs(extraction) -> dict[str, int]:  # noqa: ANN001
    return {f"{r.broken} → {r.fixed}": r.count for r in extraction.repairs}


# --------------------------------------------------------------------------
# content.raw when content.rendered is empty
# --------------------------------------------------------------------------


def test_synthetic_gutenberg_raw_is_read_when_rendered_is_empty() -> None:
    (extraction,) = _extract(_post({"raw": _GUTENBERG, "rendered": "", "protected": False}))
    document = extraction.document
    fields = document["fields"]
    assert document["role"]["title"] == "Tax Manager"
    assert [s["id"] for s in document["sections"]][:3] == ["role_summary", "role_mission", "responsibilities"]
    summary = fields["role_summary"]["paragraphs"]
    assert summary == ["The Tax Manager owns the accuracy of the company’s tax positions."]
    assert fields["role_summary"]["role_horizon"]["horizon"] == "Current"
    titles = [item["title"] for item in fields["responsibilities"]["items"]]
    assert titles == ["Own the tax calendar", "Run the compliance cycle"]
    text = json.dumps(document, ensure_ascii=False)
    for noise in ("wp:", "/-->", "adsense", "newsletter_form", "812", "&#8217;"):
        assert noise not in text
    assert _repairs(extraction) == {_RAW_READ: 1}


def test_synthetic_raw_only_content_and_title_are_read() -> None:
    """No content.rendered key at all (an editor's export), and a title only in title.raw."""
    (extraction,) = _extract(_post({"raw": _GUTENBERG}, {"raw": _TITLE, "rendered": ""}))
    assert extraction.document["role"]["title"] == "Tax Manager"
    assert extraction.blueprint.source.post_id == 4471
    assert _repairs(extraction) == {_RAW_READ: 1, "title.rendered empty → title.raw read": 1}


def test_synthetic_rest_list_reads_each_post_from_where_its_article_is() -> None:
    rendered = _GUTENBERG.replace("Tax Manager", "Payroll Manager")
    result = _extract(
        _post({"raw": "", "rendered": rendered}, {"rendered": "Payroll Manager: Role Blueprint"}, 1),
        _post({"raw": _GUTENBERG, "rendered": ""}, post_id=2),
    )
    assert [(e.blueprint.source.part, e.document["role"]["title"]) for e in result] == [
        ("1", "Payroll Manager"), ("2", "Tax Manager")
    ]
    assert [_repairs(e) for e in result] == [{}, {_RAW_READ: 1}]
    assert result.skipped == []


def test_synthetic_rendered_content_is_read_as_before_whatever_raw_holds() -> None:
    rendered = _GUTENBERG.replace("Role horizon: Current", "Role horizon: Emerging")
    (extraction,) = _extract(_post({"raw": _GUTENBERG, "rendered": rendered}))
    assert extraction.document["fields"]["role_summary"]["role_horizon"]["horizon"] == "Emerging"
    assert _repairs(extraction) == {}


@pytest.mark.parametrize("content", [{"raw": "", "rendered": ""}, {"raw": "  \n", "rendered": ""}])
def test_synthetic_post_with_rendered_and_raw_empty_keeps_its_reason(content: dict) -> None:
    with pytest.raises(NotABlueprintError, match=r"^no role-blueprint sections found$"):
        _extract(_post(content))


def test_synthetic_classic_editor_raw_gets_its_paragraphs_as_wordpress_renders_them() -> None:
    """A classic-editor post's raw content has no <p>: WordPress's wpautop() makes them of its blank lines."""
    raw = (
        "<h2>1) Role Summary</h2>\n\nThe Tax Manager owns the tax positions.\n\n"
        "Role horizon: Current (long established).\n\nReporting line: Reports to the Tax Director.\n\n"
        "<h2>2) Role Mission</h2>\nCore mission: pay the right tax, on time.\n"
        "<h2>3) Core Responsibilities</h2>\n<ul>\n<li>Own the tax calendar</li>\n<li>Run compliance</li>\n</ul>\n"
        "[adsense id=3]\n"
    )
    (extraction,) = _extract(_post({"raw": raw, "rendered": ""}))
    fields = extraction.document["fields"]
    assert fields["role_summary"]["paragraphs"] == ["The Tax Manager owns the tax positions."]
    assert fields["role_summary"]["role_horizon"]["note"] == "long established"
    assert fields["role_summary"]["reporting_line"]["reports_to"] == "Tax Director"
    assert fields["role_mission"]["core_mission"] == "pay the right tax, on time."
    assert [i["title"] for i in fields["responsibilities"]["items"]] == ["Own the tax calendar", "Run compliance"]
    assert "adsense" not in json.dumps(extraction.document)


# --------------------------------------------------------------------------
# A decider's verb phrases coordinated before the deciding verb
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Tax Manager recommends positions and signs off on team workpapers.",
         [("Tax Manager", "recommends positions and signs off on team workpapers")]),
        ("The PM drafts the roadmap and approves scope.", [("PM", "drafts the roadmap and approves scope")]),
        ("the team lead reviews designs or approves merges.",
         [("team lead", "reviews designs or approves merges")]),
        ("The Tax Manager prepares the return, reviews workpapers, and signs off on filings.",
         [("Tax Manager", "prepares the return, reviews workpapers, and signs off on filings")]),
    ],
)  # fmt: skip
def test_synthetic_decider_doing_something_first(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Engineering and Finance approve spend.", [("Engineering", "spend"), ("Finance", "spend")]),
        ("medical reviewers own causality and the PV manager owns reporting strategy",
         [("medical reviewers", "causality"), ("PV manager", "reporting strategy")]),
        ("the business leader decides on org matters, and HR leadership decides on policy exceptions",
         [("business leader", "org matters"), ("HR leadership", "policy exceptions")]),
    ],
)  # fmt: skip
def test_synthetic_coordinated_deciders_are_still_split(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(line)] == expected


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page():  # noqa: ANN201
    (extraction,) = extract(UNSEEN / PAGE, name=PAGE)
    return extraction


def test_the_page_is_read_from_content_raw(page) -> None:  # noqa: ANN001
    document = page.document
    fields = document["fields"]
    assert document["role"]["title"] == "Tax Manager"
    assert document["missing_sections"] == [] and len(document["sections"]) == 20
    assert document["source"]["post_id"] == 4471
    counts = (
        len(fields["responsibilities"]["items"]), len(fields["deliverables"]["items"]), len(fields["kpis"]["rows"]),
        len(fields["technical_skills"]["skills"]), len(fields["soft_skills"]["skills"]), len(fields["tools"]["rows"]),
    )  # fmt: skip
    assert counts == (24, 18, 15, 19, 8, 22)
    assert fields["kpis"]["rows"][-1]["name"] == "Team development"
    assert _repairs(page) == {_RAW_READ: 1}


def test_the_page_decider_keeps_what_it_does(page) -> None:  # noqa: ANN001
    authority = page.document["fields"]["stakeholders"]["decision_making_authority"]
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("Tax Manager", "recommends positions and signs off on team workpapers"),
        ("Tax Director", "significant positions and the final provision"),
        ("CFO", "material planning and settlements"),
    ]


_NOISE = [
    "Find Verified Physiotherapy Clinics", "Explore Clinics", "Book your first session today", "LedgerNest",
    "Compare Top-Rated Dental Clinics", "Book a Dental Checkup", "[adsense", "[newsletter_form",
    "Finance Careers Digest", "Join 18,000+", "Sign me up", "Disclosure: CareerAtlas HQ", "Table of contents",
    "You might also like", "Transfer Pricing Analyst: Role Blueprint", "Payroll Manager: Role Blueprint",
    "TaxPro Academy", "View Exam Bundles", "Share this blueprint", "Would love your thoughts", "Join the discussion",
    "Notify of", "Inline Feedbacks", "Advertisement", "Sponsored", "<!-- wp:", "/-->", "<br", "&#8211;", "&amp;",
]  # fmt: skip


def test_the_page_keeps_no_noise(page) -> None:  # noqa: ANN001
    text = json.dumps(page.document["fields"], ensure_ascii=False)
    assert [noise for noise in _NOISE if noise in text] == []
    assert "\\/" not in json.dumps(page.document, ensure_ascii=False)
