"""A sixty-sixth round unseen page: OneNote clipboard HTML saved in a knowledge-base portal. OneNote (as Word and
many WYSIWYG editors and CMSs do) writes a nested list beside its parent's <li>, not in it:
"<ol><li>Parent</li><ul><li>– detail</li></ul></ol>". The HTML reader read a list's <li> children only, so every
such sub-list was dropped whole, silently (coverage measures the blocks read: text lost before them is never
counted). Its items, once read, open with a typed dash ("– Use: ...") that hid their labels. And an editor's
OneNote "To Do" tagged paragraph ("Check with Legal ... (Priya)") was read as article text: on a page OneNote
wrote (its generator <meta>), a lone paragraph led by that tag icon is dropped.

Snippets below are synthetic (OneNote's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.htm with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from tests.snippets import all_strings, html_fields, html_page, unseen_document

_PAGE = "franchise-business-consultant-onenote.synthetic.htm"


def _onenote_list(tag: str, *items: tuple[str, list[str]]) -> str:
    """A OneNote list: each item's sub-list a sibling after its </li>."""
    parts = []
    for text, subs in items:
        parts.append(f'<li style="margin-top:0"><span style="font-size:11.0pt">{text}</span></li>')
        if subs:
            inner = "".join(f"<li><span>{sub}</span></li>" for sub in subs)
            parts.append(f'<ul style="margin-left:.375in" type=circle>{inner}</ul>')
    return f"<{tag} type=1>{''.join(parts)}</{tag}>"


def _onenote_fields(body: str) -> dict[str, Any]:
    """The typed fields of a page OneNote wrote: its head names it the generator."""
    page = b'<head><meta name=Generator content="Microsoft OneNote 15"></head>' + html_page(body)
    (extraction,) = extract(page, name="snippet.html")
    return extraction.document["fields"]


# --- synthetic: a sub-list beside its item --------------------------------------------------------------------------


def test_synthetic_sibling_sub_list_is_the_responsibility_detail() -> None:
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><p><b>Strategic responsibilities</b></p>"
        + _onenote_list(
            "ol",
            ("Build annual plans", ["&#8211; Agree goals and the actions behind them."]),
            ("Segment the portfolio", ["&#8211; Decide where visit time goes."]),
        )
    )
    items = fields["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        ("Build annual plans", "Agree goals and the actions behind them."),
        ("Segment the portfolio", "Decide where visit time goes."),
    ]


def test_synthetic_sibling_sub_list_is_an_activity_sub_items() -> None:
    fields = html_fields(
        "<h2>4) Day-to-Day Activities</h2><p><b>Daily activities</b></p>"
        + _onenote_list("ul", ("Visit restaurants.", []), ("Review flash reports:", ["sales", "speed of service"]))
    )
    daily = fields["day_to_day"]["daily"]["items"]
    assert [(item["text"], item["sub_items"]) for item in daily] == [
        ("Visit restaurants.", []),
        ("Review flash reports:", ["sales", "speed of service"]),
    ]


def test_synthetic_dashed_labels_under_a_soft_skill() -> None:
    fields = html_fields(
        "<h2>9) Soft Skills</h2>"
        + _onenote_list(
            "ol",
            (
                "Coaching",
                [
                    "&#8211; Why it matters: Owners need not follow advice.",
                    "- How it shows up: Asks questions.",
                    "&#8226; Strong performance: Owners adopt advice.",
                ],
            ),
        )
    )
    (skill,) = fields["soft_skills"]["skills"]
    assert skill["name"] == "Coaching"
    assert skill["why_it_matters"] == "Owners need not follow advice."
    assert skill["how_it_shows_up"] == "Asks questions."
    assert skill["strong_performance"] == "Owners adopt advice."


def test_synthetic_dashed_use_under_a_technical_skill() -> None:
    fields = html_fields(
        "<h2>8) Technical Skills</h2><p><b>Must-have technical skills</b></p>"
        + _onenote_list("ol", ("P&amp;L analysis (Critical)", ["&#8211; Use: reading P&amp;Ls and cash flow."]))
    )
    (skill,) = fields["technical_skills"]["skills"]
    assert (skill["name"], skill["importance"]) == ("P&L analysis", "critical")
    assert skill["use"] == "reading P&Ls and cash flow."


def test_synthetic_todo_tagged_note_is_dropped_important_tag_kept() -> None:
    fields = _onenote_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2><p><b>Vendor authority</b></p>"
        "<p>May recommend approved vendors.</p>"
        '<p><img src="image001.png" alt="To Do">&nbsp;Check the template before next edit (Priya)</p>'
        '<h2>1b) Notes</h2><p><img src="image002.png" alt="Important">&nbsp;Role horizon: Current.</p>'
    )
    strings = " ".join(all_strings(fields))
    assert "Priya" not in strings and "Check the template" not in strings
    assert "May recommend approved vendors" in strings


def test_synthetic_todo_checklist_stays() -> None:
    fields = _onenote_fields(
        "<h2>5) Key Deliverables</h2>"
        '<p><img alt="To Do"> Weekly portfolio scorecard</p><p><img alt="To Do"> Quarterly business review deck</p>'
    )
    strings = " ".join(all_strings(fields))
    assert "Weekly portfolio scorecard" in strings and "Quarterly business review deck" in strings


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_responsibility_details() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 20 and all(item["detail"] for item in items)
    assert items[0]["detail"] == "Agree sales, margin, people and development goals and the actions behind them."
    assert (items[-1]["title"], items[-1]["detail"]) == (
        "Mentor newer consultants",
        "Run ride-alongs and share portfolio playbooks with new FBCs.",
    )
    # the section's closing note is no longer the last item's detail, its own detail lost
    assert fields["responsibilities"]["intro"][-1].startswith("Not every consultant carries all of these")


def test_page_skill_labels() -> None:
    fields = unseen_document(_PAGE)["fields"]
    technical = fields["technical_skills"]["skills"]
    assert len(technical) == 12 and all(skill["use"] for skill in technical)
    assert technical[0]["use"] == "reading franchisee P&Ls, prime cost, controllables and cash flow."
    soft = fields["soft_skills"]["skills"]
    assert len(soft) == 9
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)
    assert soft[0]["why_it_matters"] == "Franchisees own their businesses and do not have to follow advice."


def test_page_flash_report_sub_items_and_no_editor_note() -> None:
    document = unseen_document(_PAGE)
    daily = document["fields"]["day_to_day"]["daily"]["items"]
    assert [item["sub_items"] for item in daily if item["text"] == "Review daily flash reports:"] == [
        ["sales vs last year", "speed of service", "labor percentage"]
    ]
    strings = " ".join(all_strings(document))
    assert "Priya" not in strings and "To Do" not in strings
    for noise in ("TillStream", "Was this article helpful?", "Skip to main content", "&nbsp;", "alt="):
        assert noise not in strings
