"""Round 79 unseen page: a hotel general manager, the web version of a beehiiv newsletter issue. Every block sits in
its own email row (<tr><td class="dd">) of nested role="presentation" tables with inline styles; headings
<h2 class="heading">N) Title</h2> and <h3>, lists of <li class="listItem"><p>, content tables "bh__table". Around
and inside the article: a site nav, an issue/date/author line, a "Together with NightLedger" sponsor box after
the KPI notes, a mid-article subscribe box ("Was this forwarded to you? ..." over an e-mail field) after the
escalation points, a "Sponsored" event ad, a closing sign-off ("That’s the full blueprint. Hit reply and tell us
... — Marisol"), a closing subscribe form and a footer. Four mojibake sequences.

Fixed here:
- the sponsor box went into the KPI notes (its headline, copy and two bullets): "Together with <Name>" as a whole
  block is a newsletter's sponsorship label (noise.json ad_label_patterns), and a sponsor's box between its label
  and its button may hold a few bullets of the product's points (noise._mark_sponsor_boxes: up to five lines,
  list items among them) when a line of it names the sponsor;
- "Was this forwarded to you? Get the next blueprint in your inbox." became a third escalation point: a sign-up
  form (one asking for an e-mail address) goes with its caption, a line or two of short paragraphs that are its
  box's only other content (htmlblocks._drop_form_caption);
- the sign-off "... Hit reply and tell us which hospitality role we should map next. — Marisol" became a scorecard
  note: "hit reply and tell us" in the last section is a newsletter's call to its readers (newsletter_calls);
- the core mission began with the section's intro ("The mission statement below is the one most owners and
  operators would recognize; ...") before "Core mission: Run a safe ...": unlabelled paragraphs before a labelled
  core mission (an inline "Core mission:" or its sub-heading) introduce it, and go to the role mission's new field
  intro (schema 2.3.0);
- "Analyze a hotel P&L and STR report; present a 90-day plan." got the duration "90-day": a spoken duration in days
  or weeks after the sentence's verb is the horizon of what the candidate makes, not how long the exercise lasts
  (minutes and hours still are, wherever they stand; days opening the sentence too: "A 2-day onsite case").

Snippets below are synthetic; the page is frozen as tests/unseen/hotel-general-manager.synthetic.html with its key
in tests/unseen/answer_keys/hotel-general-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from tests.snippets import all_strings, hiring_exercises, html_fields, unseen_document

_PAGE = "hotel-general-manager.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


def _row(inner: str) -> str:
    """One email row of a newsletter's layout, as beehiiv writes each block."""
    return f'<table role="presentation" width="100%"><tr><td class="dd">{inner}</td></tr></table>'


# --- synthetic: a newsletter's sponsor box with bullets ---------------------------------------------------------------

_SPONSOR_BOX = _row(
    '<table role="presentation" width="100%"><tr><td>'
    "<p>Together with Quillbase</p>"
    "<p>Close the month before lunch on day one</p>"
    "<p>Quillbase matches invoices, receipts and card feeds automatically, so your team reviews exceptions only."
    " Over 900 finance teams switched this year.</p>"
    "<ul><li><p>Variance alerts every morning</p></li><li><p>Works with every major ERP</p></li></ul>"
    '<table role="presentation"><tr><td><a href="https://link.example.email/ss/c/trk1">Start a free 30-day trial</a>'
    "</td></tr></table></td></tr></table>"
)


def _kpi_body(after_notes: str) -> str:
    return (
        "<h2>7) KPIs and Productivity Metrics</h2>"
        "<table><tr><th>Metric name</th><th>What it measures</th><th>Why it matters</th>"
        "<th>Example target/benchmark</th><th>Frequency</th></tr>"
        "<tr><td>Close time</td><td>Days to close the books</td><td>Timely reporting</td><td>5 days</td>"
        "<td>Monthly</td></tr>"
        "<tr><td>Accuracy</td><td>Adjustments after close</td><td>Trust in numbers</td><td>Under 2</td>"
        "<td>Monthly</td></tr></table>"
        + _row("<p>Notes: Benchmark close time against the same peer group for a year before changing it.</p>")
        + after_notes
        + "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3><ul><li>Excel (Critical)</li></ul>"
    )


def test_synthetic_sponsor_box_with_bullets_is_noise() -> None:
    strings = " ".join(all_strings(html_fields(_kpi_body(_SPONSOR_BOX))))
    assert "Benchmark close time" in strings
    for leaked in ("Quillbase", "Close the month before lunch", "Variance alerts", "Works with every major ERP"):
        assert leaked not in strings


def test_synthetic_together_with_in_prose_stays() -> None:
    # An article's line opening on "Together with ..." says more than a sponsor's name: no label.
    line = "Together with Finance, the role sets the close calendar and signs off the accruals."
    assert line in " ".join(all_strings(html_fields(_kpi_body(_row(f"<p>{line}</p>")))))


# --- synthetic: a mid-article sign-up box --------------------------------------------------------------------------

def _stakeholders_body(box: str) -> str:
    return (
        "<h2>12) Stakeholders and Collaboration Map</h2>"
        + _row(
            "<h3>Escalation points</h3><ul><li><p>Regional Director for legal issues.</p></li>"
            "<li><p>Owner for budget changes.</p></li></ul>"
        )
        + box
        + "<h2>13) Decision Rights and Scope of Authority</h2><h3>Can decide independently</h3>"
        "<ul><li>Daily pricing overrides.</li></ul>"
    )


def test_synthetic_signup_form_takes_its_caption() -> None:
    box = _row(
        '<table role="presentation"><tr><td><p>Was this forwarded to you? Get the next issue in your inbox.</p>'
        '<form action="https://example.beehiiv.com/create" method="post"><input type="email" name="email">'
        '<button type="submit">Subscribe</button></form></td></tr></table>'
    )
    fields = html_fields(_stakeholders_body(box))
    points = [point["text"] for point in fields["stakeholders"]["escalation_points"]]
    assert points == ["Regional Director for legal issues.", "Owner for budget changes."]
    assert not any("forwarded" in text for text in all_strings(fields))


def test_synthetic_form_without_email_keeps_its_text() -> None:
    # A form asking for no e-mail address (a feedback poll, a search box) signs nobody up: its caption stays.
    box = _row(
        "<p>Regional Director for brand standards.</p>"
        '<form action="/search"><input type="text" name="q"></form>'
    )
    fields = html_fields(_stakeholders_body(box))
    assert "Regional Director for brand standards." in all_strings(fields)


# --- synthetic: a newsletter's sign-off in the last section --------------------------------------------------------

def test_synthetic_hit_reply_sign_off_is_noise() -> None:
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        "<table><tr><th>Field</th><th>Summary</th></tr><tr><td>Role title</td><td>Test Role</td></tr>"
        "<tr><td>Role purpose</td><td>Make the work reliable.</td></tr></table>"
        "<p>That’s the whole blueprint. Hit reply and tell us which role we should map next. — Sam</p>"
    )
    assert not any("Hit reply" in text for text in all_strings(html_fields(body)))


# --- synthetic: a paragraph introducing the labelled core mission ---------------------------------------------------

_INTRO = "The statement below is the one most finance leaders would recognize across company sizes."
_MISSION = "Close the books on time and give leaders numbers they trust."


@pytest.mark.parametrize(
    "mission_html",
    [
        f"<p>{_INTRO}</p><p>Core mission: {_MISSION}</p>",  # an inline label
        f"<p>{_INTRO}</p><h3>Core mission</h3><p>{_MISSION}</p>",  # a sub-heading
    ],
)
def test_synthetic_intro_before_labelled_core_mission(mission_html: str) -> None:
    body = (
        "<h1>Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        "<h2>1) Role Summary</h2><p>The Test Role does this work for the business with several teams.</p>"
        f"<h2>2) Role Mission</h2>{mission_html}"
        "<h2>3) Core Responsibilities</h2><h3>Strategic responsibilities</h3><ul><li>Plan the close.</li></ul>"
    )
    (extraction,) = extract(body.encode(), name="snippet.html")
    mission = extraction.document["fields"]["role_mission"]
    assert mission["core_mission"] == _MISSION
    assert mission["intro"] == [_INTRO]


def test_synthetic_unlabelled_mission_stays_the_mission() -> None:
    # With no label anywhere, the section's first paragraph is the mission, as before.
    body = (
        "<h1>Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        "<h2>1) Role Summary</h2><p>The Test Role does this work for the business with several teams.</p>"
        f"<h2>2) Role Mission</h2><p>{_MISSION}</p>"
        "<h2>3) Core Responsibilities</h2><h3>Strategic responsibilities</h3><ul><li>Plan the close.</li></ul>"
    )
    (extraction,) = extract(body.encode(), name="snippet.html")
    mission = extraction.document["fields"]["role_mission"]
    assert (mission["core_mission"], mission["intro"]) == (_MISSION, [])


# --- synthetic: a plan's horizon is no exercise's duration ----------------------------------------------------------

@pytest.mark.parametrize(
    ("item", "duration"),
    [
        ("Analyze a store P&L and a traffic report; present a 90-day plan.", None),  # the plan's horizon
        ("Review the backlog and draft a 2-week sprint plan for the team.", None),
        ("30-minute mock demo to a panel of sales leaders.", "30-minute"),  # minutes: the sitting's
        ("A 2-day onsite case with the leadership team.", "2-day"),  # opening the sentence: the exercise's own
    ],
)
def test_synthetic_spoken_duration_of_a_sentence_exercise(item: str, duration: str | None) -> None:
    # A list of plain sentences, as the page's: each sentence tells one exercise whole.
    exercise = hiring_exercises([item, "Role-play a difficult client meeting."])[0]
    assert exercise["duration"] == duration


# --- the page ------------------------------------------------------------------------------------------------------

def test_page_core_mission_without_its_intro() -> None:
    mission = _fields()["role_mission"]
    assert mission["core_mission"] == (
        "Run a safe, well-maintained hotel that delivers consistent guest satisfaction and team engagement while"
        " producing the GOP, RevPAR index, and asset value the owner underwrote."
    )
    assert len(mission["intro"]) == 1 and mission["intro"][0].startswith("The mission statement below is the one")
    assert len(mission["strategic_importance"]) == 3 and len(mission["primary_business_outcomes"]) == 5


def test_page_kpi_notes_hold_only_the_notes() -> None:
    (notes,) = _fields()["kpis"]["notes"]
    assert notes["lead"] == "Notes"
    assert len(notes["intro"]) == 1 and notes["intro"][0].startswith("Benchmark RGI and satisfaction")
    assert notes["items"] == []


def test_page_escalation_points_are_two() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [point["escalate_to"] for point in points] == [["Regional Director"], ["Owner"]]


def test_page_scorecard_notes_hold_no_sign_off() -> None:
    notes = _fields()["scorecard"]["notes"]
    assert not any("Hit reply" in note or "Marisol" in note for note in notes)


def test_page_exercise_has_no_plan_horizon_duration() -> None:
    exercise = _fields()["hiring"]["exercises"][0]
    assert exercise["text"] == "Analyze a hotel P&L and STR report; present a 90-day plan"
    assert exercise["duration"] is None


def test_page_newsletter_furniture_is_gone() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for leaked in ("NightLedger", "forwarded to you", "Hit reply", "Marisol", "Lodging Leaders Forum"):
        assert not any(leaked in text for text in strings), leaked
