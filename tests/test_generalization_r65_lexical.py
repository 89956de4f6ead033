"""A sixty-fifth round unseen page lost whole: a Ghost Admin API answer whose post has "html": null and its article
only in "lexical", a JSON string of Ghost's Lexical editor state, was refused ("no role-blueprint sections found")
and its title lost. Ghost's older "mobiledoc" field is read the same way.

Snippets below are synthetic (Ghost's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with its
key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.richtext import lexical_html, mobiledoc_html
from tests.snippets import all_strings, unseen_document

_PAGE = "community-operations-lead-ghost-lexical.synthetic.json"


def _text(text: str, bits: int = 0) -> dict[str, Any]:
    return {"type": "extended-text", "text": text, "format": bits, "detail": 0, "mode": "normal", "style": ""}


def _block(kind: str, *children: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": kind, "children": list(children), "direction": "ltr", "format": "", "indent": 0, **extra}


def _heading(text: str, tag: str = "h2") -> dict[str, Any]:
    return _block("heading", _text(text), tag=tag)


def _bullets(*items: str) -> dict[str, Any]:
    return _block("list", *(_block("listitem", _text(item)) for item in items), listType="bullet")


def _lexical(*nodes: dict[str, Any]) -> str:
    return json.dumps({"root": _block("root", *nodes)})


_OPENING = (
    _heading("1) Role Summary"),
    _block("paragraph", _text("The Test Role runs the community operations work for the business.")),
    _heading("2) Role Mission"),
    _block("paragraph", _text("Core mission: keep the community safe and well run for every member.")),
    _heading("5) Key Deliverables"),
    _bullets("Monthly health report", "Moderation playbook"),
)


def _ghost(post: dict[str, Any]) -> dict[str, Any]:
    (extraction,) = extract(json.dumps({"posts": [post]}).encode("utf-8"), name="ghost.json")
    return extraction.document


def _post(**fields: Any) -> dict[str, Any]:
    return {
        "id": "1a",
        "title": "Test Role: Role Blueprint",
        "slug": "test-role",
        "html": None,
        "plaintext": None,
        "mobiledoc": None,
        "lexical": None,
        **fields,
    }


# --- synthetic: Lexical nodes rendered -------------------------------------------------------------------------------


def test_synthetic_lexical_text_formats_lists_and_line_breaks() -> None:
    state = _lexical(
        _block(
            "paragraph",
            _text("Bold", 1),
            _text(" and "),
            _text("italic code", 2 | 16),
            {"type": "linebreak"},
            _block("link", _text("a link"), url="https://x.example"),
        ),
        _block("list", _block("listitem", _text("One"), _bullets("Sub")), listType="number"),
        {"type": "horizontalrule"},
        _block("quote", _text("Q & A")),
    )
    assert lexical_html(state) == (
        "<p><strong>Bold</strong> and <code><em>italic code</em></code><br>a link</p>\n"
        "<ol><li>One<ul><li>Sub</li>\n</ul>\n</li>\n</ol>\n<hr>\n<blockquote>Q &amp; A</blockquote>\n"
    )


def test_synthetic_lexical_cards_kept_and_furniture_dropped() -> None:
    state = _lexical(
        {"type": "html", "html": "<table><tr><td>KPI</td></tr></table>"},
        {"type": "callout", "calloutText": "<p>Note</p>", "calloutEmoji": "!"},
        {"type": "toggle", "heading": "Bottlenecks", "content": "<ul><li>Approvals</li></ul>"},
        {"type": "bookmark", "url": "https://x.example", "metadata": {"title": "Read next"}},
        {"type": "signup", "header": "Get the newsletter", "buttonText": "Subscribe"},
        {"type": "button", "buttonText": "Join the community"},
        {"type": "paywall"},
        {"type": "image", "src": "a.jpg", "caption": "A photo"},
        {"type": "markdown", "markdown": "- a < b"},
    )
    assert lexical_html(state) == (
        "<table><tr><td>KPI</td></tr></table>\n"
        '<div class="kg-card kg-callout-card"><div class="kg-callout-text"><p>Note</p></div></div>\n'
        '<div class="kg-card kg-toggle-card"><h4 class="kg-toggle-heading-text">Bottlenecks</h4>'
        '<div class="kg-toggle-content"><ul><li>Approvals</li></ul></div></div>\n'
        "<pre>- a &lt; b</pre>\n"
    )


def test_synthetic_not_lexical_is_none() -> None:
    assert lexical_html(None) is None
    assert lexical_html("not json") is None
    assert lexical_html('{"blocks": []}') is None


def test_synthetic_ghost_post_with_lexical_only_is_read_with_its_title() -> None:
    document = _ghost(_post(lexical=_lexical(*_OPENING, _heading("9) Soft Skills"), _bullets("Calm", "Fair"))))
    assert document["role"]["title"] == "Test Role"
    assert document["source"]["slug"] == "test-role"
    assert [skill["name"] for skill in document["fields"]["soft_skills"]["skills"]] == ["Calm", "Fair"]
    assert document["fields"]["role_mission"]["core_mission"].startswith("keep the community safe")


def test_synthetic_ghost_post_html_wins_over_lexical() -> None:
    html = (
        "<h2>1) Role Summary</h2><p>From the html field, read as it is.</p><h2>2) Role Mission</h2>"
        "<p>Core mission: serve members.</p><h2>9) Soft Skills</h2><ul><li>A</li></ul>"
    )
    document = _ghost(_post(html=html, lexical=_lexical(*_OPENING, _heading("9) Soft Skills"), _bullets("B"))))
    assert [skill["name"] for skill in document["fields"]["soft_skills"]["skills"]] == ["A"]


def test_synthetic_ghost_post_with_mobiledoc_only() -> None:
    mobiledoc = {
        "version": "0.3.1",
        "markups": [["strong"]],
        "atoms": [],
        "cards": [
            ["html", {"html": "<h2>9) Soft Skills</h2><ul><li>Calm</li><li>Fair</li></ul>"}],
            ["bookmark", {"url": "https://x.example"}],
        ],
        "sections": [
            [1, "h2", [[0, [], 0, "1) Role Summary"]]],
            [1, "p", [[0, [0], 1, "The Test Role"], [0, [], 0, " runs the community operations work."]]],
            [1, "h2", [[0, [], 0, "5) Key Deliverables"]]],
            [3, "ul", [[[0, [], 0, "Monthly health report"]], [[0, [], 0, "Moderation playbook"]]]],
            [10, 0],
            [10, 1],
        ],
    }
    assert mobiledoc_html(json.dumps(mobiledoc)) == (
        "<h2>1) Role Summary</h2>\n<p><strong>The Test Role</strong> runs the community operations work.</p>\n"
        "<h2>5) Key Deliverables</h2>\n<ul><li>Monthly health report</li><li>Moderation playbook</li></ul>\n"
        "<h2>9) Soft Skills</h2><ul><li>Calm</li><li>Fair</li></ul>\n"
    )
    document = _ghost(_post(mobiledoc=json.dumps(mobiledoc)))
    assert [skill["name"] for skill in document["fields"]["soft_skills"]["skills"]] == ["Calm", "Fair"]
    assert document["role"]["title"] == "Test Role"


# --- the unseen page -------------------------------------------------------------------------------------------------

_NOISE = (
    "Try ModSquad Pro free for 14 days",
    "Start your free trial",
    "Share this post",
    "Share on LinkedIn",
    "Copy link",
    "Get the RoleCraft Weekly",
    "By signing up you agree",
    "Keep reading",
    "How analysts triage reports",
    "Join the community",
    "12 comments",
    "disqus",
    "Become a member",
    "Photo by",
    "<p>",
    "<li>",
    "&lt;",
)


def test_unseen_ghost_lexical_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Community Operations Lead"
    assert len(fields) == 20
    responsibilities = fields["responsibilities"]["items"]
    assert len(responsibilities) == 23
    assert responsibilities[0]["title"] == "Define the community operating model"
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 11
    assert (kpis[0]["name"], kpis[0]["frequency"]) == ("Moderation response time (median)", "Weekly")
    assert len(fields["tools"]["rows"]) == 14
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == [
        "Calm judgment under pressure",
        "Fairness and consistency",
        "Empathetic communication",
        "Volunteer leadership and motivation",
        "Cross-functional influence",
        "Resilience and boundary-setting",
    ]
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (5.0, 8.0)
    risks = fields["risks"]
    assert [len(risks[key]) for key in ("challenges", "bottlenecks", "anti_patterns", "business_risks")] == [3, 2, 3, 3]


def test_unseen_ghost_lexical_page_keeps_no_noise() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    assert [noise for noise in _NOISE if any(noise in text for text in strings)] == []
