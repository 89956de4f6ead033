"""Round 64 (gsites64): a Google Sites page saved as HTML.

school-counselor-google-sites put section 17 in a collapsible group: a '<div role="button" aria-expanded="false"
aria-controls="...">' over its body, marked aria-hidden="true" until the button is pressed. The body was dropped as
hidden chrome and the section came out empty with coverage 1.0. Around the article: a newsletter box whose Google
Form was saved as its "Loading…" placeholder (kept in soft skills), a comment widget under "Comments (3)" whose sort
bar and first byline were kept as the scorecard's notes, an ad whose "Name: pitch" headline cut its copy off from
its button (the copy kept in day-to-day), and an evolution line of three stages set off by ". – " read as one.
The page is frozen in tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, html_fields, unseen_document

PAGE = "school-counselor-google-sites.synthetic.html"

_SECTIONS = (
    "<h2>3) Core Responsibilities</h2><ol><li>Plan the program.</li><li>Run the groups.</li></ol>"
    "<h2>4) Day-to-Day Activities</h2><h3>Daily activities</h3><ul><li>Meet students.</li></ul>"
)


def _collapsible(body_attrs: str, control_attrs: str) -> dict[str, Any]:
    """Section 17 in a synthetic collapsible group, its body with the given attributes."""
    return html_fields(
        _SECTIONS
        + f'<div><div role="button" tabindex="0" {control_attrs}><h2>17) Role Variants</h2>'
        '<span aria-hidden="true">Expand</span></div>'
        f"<div {body_attrs}><p><strong>By company size</strong></p>"
        "<ul><li>Startup: one person covers every grade.</li><li>Enterprise: a team per grade level.</li></ul>"
        "</div></div>"
        "<h2>18) AI / Automation Impact on the Role</h2><h3>Tasks that can be automated</h3>"
        "<ul><li>Transcript audits.</li></ul>"
    )


def _variants(fields: dict[str, Any]) -> list[str]:
    return [v["text"] for d in fields["role_variants"]["dimensions"] for v in d["variants"]]


# --- a collapsed body is the article's --------------------------------------------------------------


def test_a_synthetic_collapsed_body_its_button_controls_is_kept() -> None:
    fields = _collapsible('id="body-17" aria-hidden="true"', 'aria-expanded="false" aria-controls="body-17"')
    assert _variants(fields) == ["Startup: one person covers every grade.", "Enterprise: a team per grade level."]
    assert "Expand" not in all_strings(fields)  # the button's hidden icon label stays chrome


def test_a_synthetic_hidden_box_no_control_expands_stays_dropped() -> None:
    # The control names another element: the hidden box is a copy, not the body it shows.
    fields = _collapsible('id="body-17" aria-hidden="true"', 'aria-expanded="false" aria-controls="elsewhere"')
    assert _variants(fields) == []
    assert "Startup: one person covers every grade." not in all_strings(fields)


def test_the_page_keeps_its_collapsible_role_variants() -> None:
    variants = unseen_document(PAGE)["fields"]["role_variants"]
    dimensions = variants["dimensions"]
    assert [d["heading"] for d in dimensions] == [
        "By school level",
        "By district type",
        "Public vs private",
        "By geography",
        "Regulated vs non-regulated setting",
    ]
    assert sum(len(d["variants"]) + len(d["notes"]) for d in dimensions) == 11
    first = _variants(unseen_document(PAGE)["fields"])[0]
    assert first == "Elementary: classroom lessons and behavior support dominate."


# --- noise around the article ------------------------------------------------------------------------


def test_a_synthetic_signup_box_with_a_loading_form_goes() -> None:
    fields = html_fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><p>Trust matters more than knowledge here.</p>"
        "<ul><li>Empathy and active listening</li><li>Crisis judgment and composure</li></ul>"
        "<p><strong>Sign up for the Team Corner newsletter</strong></p>"
        "<p>Monthly tips on deadlines and wellness, straight to your inbox.</p>"
        '<div data-embed-type="form"><iframe src="https://docs.google.com/forms/x"></iframe><div>Loading…</div></div>'
        "<h2>10) Tools, Platforms, and Software</h2><ul><li>Zoom</li></ul>"
    )
    strings = all_strings(fields)
    assert fields["soft_skills"]["intro"] == ["Trust matters more than knowledge here."]
    assert not {"Loading…", "Sign up for the Team Corner newsletter"} & set(strings)


def test_a_synthetic_comments_count_heading_ends_the_article() -> None:
    fields = html_fields(
        "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Category</th><th>Executive summary</th></tr>"
        "<tr><td>Role title</td><td>Test Role</td></tr></table>"
        "<h3>Comments (2)</h3><p>Sort by:</p><ul><li>Top</li><li>Latest</li></ul><p>Dana K. (parent) 2 weeks ago</p>"
        "<p>Great page, thanks!</p>"
    )
    assert fields["scorecard"]["notes"] == []
    assert not {"Top", "Latest", "Sort by:"} & set(all_strings(fields))


def test_a_synthetic_ad_headline_named_like_a_field_takes_its_copy_with_it() -> None:
    fields = html_fields(
        "<h2>4) Day-to-Day Activities</h2><h3>Crisis, escalation, or emergency work</h3>"
        "<p>Counselors respond first:</p><ul><li>Complete risk assessments the same day.</li>"
        "<li>Run small-group sessions with teachers, online or in person.</li>"
        "<li>Prep certified test coordinators.</li></ul>"
        "<p>Sponsored</p><p>Acme Tutoring: SAT prep from $29 a session</p>"
        "<p>Small-group test prep with certified teachers, online or in person.</p>"
        '<p><a href="https://ads.example.com/acme">Book a free trial lesson</a></p>'
        "<h2>5) Key Deliverables</h2><ul><li>Annual program plan.</li></ul>"
    )
    strings = all_strings(fields)
    assert "Complete risk assessments the same day." in strings
    assert "Small-group test prep with certified teachers, online or in person." not in strings


def test_the_page_drops_its_newsletter_comments_and_ad_copy() -> None:
    document = unseen_document(PAGE)
    fields = document["fields"]
    assert fields["soft_skills"]["intro"] == [
        "Many counseling failures are not about knowledge but about trust, judgment, and follow-through."
    ]
    assert fields["scorecard"]["notes"] == []
    assert document["sections"][19]["subsections"] == []
    incident = fields["day_to_day"]["incident_work"]
    assert incident["intro"] == ["Counselors are first responders for student emotional crises:"]
    strings = all_strings(document)
    for noise in (
        "Loading…",
        "Sign up for the Counseling Corner newsletter",
        "Small-group test prep with certified teachers, online or in person.",
        "Dana K. (parent) 2 weeks ago",
        "Expand",
    ):
        assert noise not in strings


# --- career stages set off by dashes ----------------------------------------------------------------


def test_a_synthetic_inline_evolution_line_is_split_at_each_stage() -> None:
    fields = html_fields(
        "<h2>15) Career Path and Progression</h2><h3>How the role evolves over time</h3>"
        "<ul><li>Months 0–6: learning the caseload. – Months 6–18: running groups."
        " – Year 2+: leading a program.</li></ul>"
        "<h2>16) Risks, Challenges, and Failure Modes</h2><ul><li>Burnout.</li></ul>"
    )
    stages = fields["career_path"]["evolution"]
    assert [(s["period"], s["description"]) for s in stages] == [
        ("Months 0–6", "learning the caseload."),
        ("Months 6–18", "running groups."),
        ("Year 2+", "leading a program."),
    ]


def test_the_page_reads_three_evolution_stages() -> None:
    stages = unseen_document(PAGE)["fields"]["career_path"]["evolution"]
    assert [(s["period"], s["period_start"], s["period_end"]) for s in stages] == [
        ("Years 1–2", 1.0, 2.0),
        ("Years 3–5", 3.0, 5.0),
        ("Year 5+", 5.0, None),
    ]
    assert stages[2]["description"] == "department or district roles."
