"""Round 37: leftover noise on pages frozen in tests/unseen/ (keys in tests/unseen/answer_keys/).

A newsletter's sponsor credit opening a paragraph ("Today’s issue is brought to you by X.") over copy with no button;
a newsletter's pitch written as one line closed by its button; a sign-up form's submit button in its own words; an
image's caption crediting its photo; an ad's call opened by "and book"; a share bar's "Copy link"; a post's sign-offs
("Thanks for reading", "Follow X for more", "Originally published at"). The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2>"
    "<table><tr><th>Category</th><th>Executive summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Role purpose</td><td>Keep the books right.</td></tr></table>"
)
_TOOLS = (
    "<h2>10) Tools, Platforms, and Software</h2><p>Tooling varies by team size.</p>"
    "<table><tr><th>Category</th><th>Tool</th><th>Primary use</th><th>Likelihood</th></tr>"
    "<tr><td>Spreadsheets</td><td>Excel</td><td>Models</td><td>Common</td></tr></table>"
)


def _text(fields: dict[str, Any]) -> str:
    return "\n".join(all_strings(fields))


def test_synthetic_a_sponsor_credit_opening_a_paragraph_makes_it_an_ad() -> None:
    ad = (
        "<p><strong>This week’s issue is brought to you by Rowboat.</strong> Sync every customer note into one "
        "timeline, then watch renewals climb in real time. Support teams at 400+ companies use it to close tickets "
        "twice as fast every single quarter.</p>"
    )
    fields = html_fields(_TOOLS + ad)
    assert fields["tools"]["notes"] == ["Tooling varies by team size."]
    assert "Rowboat" not in _text(fields)


def test_synthetic_a_newsletter_pitch_on_one_line_closed_by_its_button_goes() -> None:
    pitch = (
        "<p>📬 The Ledger Letter — one close checklist every Monday, read by 9,200+ accountants. "
        "Join free on Substack →</p>"
    )
    fields = html_fields(_TOOLS + pitch)
    assert fields["tools"]["notes"] == ["Tooling varies by team size."]


def test_synthetic_a_signup_form_takes_its_submit_button() -> None:
    form = (
        "<p>Get new role guides in your inbox every Monday</p><p>Join 12,000 finance leaders. No spam, unsubscribe "
        "anytime.</p><p>Your work email</p><p>Send me the guides</p>"
    )
    fields = html_fields(_TOOLS + form)
    assert fields["tools"]["notes"] == ["Tooling varies by team size."]
    assert "Send me the guides" not in _text(fields)


def test_synthetic_a_post_s_sign_offs_go() -> None:
    closing = (
        "<p>Thanks for reading! If this helped, leave a clap.</p>"
        "<p>Follow Ada Lim for more role guides. I write about finance teams every week.</p>"
        "<p>Originally published at example.org on May 2, 2025.</p>"
    )
    fields = html_fields(_SCORECARD + closing)
    assert fields["scorecard"]["notes"] == []


def test_synthetic_a_follow_up_note_stays() -> None:
    fields = html_fields(_SCORECARD + "<p>Follow up with the controller for more detail on accruals.</p>")
    assert fields["scorecard"]["notes"] == ["Follow up with the controller for more detail on accruals."]


def test_synthetic_a_share_bar_s_copy_link_goes() -> None:
    bar = "<p>Share this guide</p><p>Share on LinkedIn</p><p>Email this page</p><p>Copy link</p>"
    fields = html_fields(_SCORECARD + bar)
    assert fields["scorecard"]["notes"] == []


# --- the pages ------------------------------------------------------------------------------------------------------


def _fields(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name)
    return extraction.document["fields"]


def test_the_substack_page_keeps_no_sponsor_paragraph() -> None:
    fields = _fields("growth-product-manager-substack-api.synthetic.json")
    assert fields["day_to_day"]["incident_work"]["intro"] == []
    assert len(fields["day_to_day"]["incident_work"]["items"]) == 3
    assert "brought to you by Funnelcraft" not in _text(fields)


def test_the_medium_page_keeps_no_newsletter_or_sign_off() -> None:
    fields = _fields("data-quality-analyst-medium-json.synthetic.json")
    # The one escalation point is the authority statement's own last sentence (round 60), no sign-off line.
    assert [(p["trigger"], p["escalate_to"]) for p in fields["stakeholders"]["escalation_points"]] == [
        ("a defect affects regulated reporting or more than one domain", ["the governance council"])
    ]
    text = _text(fields)
    for noise in (
        "The Data Ops Digest",
        "Join free on Substack",
        "read by 11,400+ analysts",
        "Thanks for reading",
        "you can clap up to 50 times",
        "Follow Noor Haddad for more role blueprints",
        "Originally published at careerblueprints.io",
    ):
        assert noise not in text


def test_the_jsonld_page_keeps_no_form_button_or_copy_link() -> None:
    fields = _fields("sourcing-specialist-jsonld-only.synthetic.html")
    assert len(fields["tools"]["notes"]) == 1
    assert fields["scorecard"]["notes"] == []
    text = _text(fields)
    assert "Send me the blueprints" not in text and "Copy link" not in text


def test_the_newspaper_page_keeps_no_caption_or_lasik_ad() -> None:
    fields = _fields("pricing-analyst-newspaper3k.synthetic.txt")
    assert len(fields["tools"]["notes"]) == 1
    text = _text(fields)
    for noise in ("Image: A pricing dashboard", "Thinking About Laser Eye Surgery?", "Compare LASIK clinics"):
        assert noise not in text
