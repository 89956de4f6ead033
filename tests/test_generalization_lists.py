"""Lists and their items: synthetic snippets modelled on unseen pages of the family.

The sixth round of unseen pages (a Scrum Master WordPress REST post, an iOS Engineer page from a classic
WordPress theme, a compact-text Database Administrator page) numbered soft skills in their sub-headings or
bold paragraphs, mixed labelled and unlabelled exercise bullets, offered two certifications as
alternatives on one line, combined two stakeholder sub-headings in one, and wrote frequencies only partly
known ("Per test / incident").
"""

from __future__ import annotations

from snippets import html_fields

from pipeline.parsers.common import split_number
from pipeline.parsers.kpis import frequencies_of

_SOFT = "<h2>9) Soft Skills and Behavioral Capabilities</h2>"


def _skills(body: str) -> list[tuple[str, int | None, str | None, str | None]]:
    skills = html_fields(_SOFT + body)["soft_skills"]["skills"]
    return [(s["name"], s["number"], s["group"], s["why_it_matters"]) for s in skills]


def test_numbered_subheading_per_skill_numbers_the_skill() -> None:
    body = (
        "<h3>1. Product and user empathy</h3><p><strong>Why it matters:</strong> Details decide.</p>"
        "<p><strong>How it shows up:</strong> Tests on a device.</p>"
        "<h3>2) Ownership</h3><p><strong>Why it matters:</strong> Releases stay out.</p>"
    )
    assert _skills(body) == [
        ("Product and user empathy", 1, None, "Details decide."),
        ("Ownership", 2, None, "Releases stay out."),
    ]


def test_bold_numbered_paragraph_over_labelled_list_numbers_the_skill() -> None:
    body = (
        "<p><strong>1. Servant leadership</strong></p><ul><li>Why it matters: teams own their process.</li>"
        "<li>How it shows up: asks before telling.</li></ul>"
        "<p><strong>2. Facilitation</strong></p><ul><li>Why it matters: events waste time otherwise.</li></ul>"
    )
    assert _skills(body) == [
        ("Servant leadership", 1, None, "teams own their process."),
        ("Facilitation", 2, None, "events waste time otherwise."),
    ]


def test_unnumbered_subheading_per_skill_has_no_number() -> None:
    body = "<h3>Systems thinking</h3><p><strong>Why it matters:</strong> Parts interact.</p>"
    assert _skills(body) == [("Systems thinking", None, None, "Parts interact.")]


def test_split_number_reads_only_a_leading_item_number() -> None:
    assert split_number("3) Clear writing") == (3, "Clear writing")
    assert split_number("3.5 years of delivery") == (None, "3.5 years of delivery")
    assert split_number("2025. A year") == (None, "2025. A year")
    assert split_number("Facilitation") == (None, "Facilitation")


_HIRING = "<h2>19) Hiring Evaluation Criteria</h2>"


def _exercises(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    exercises = html_fields(_HIRING + body)["hiring"]["exercises"]
    return [(e["name"], e["duration"], [d["text"] for d in e["details"]]) for e in exercises]


def test_numbered_exercise_subheading_keeps_its_number_out_of_the_name() -> None:
    body = "<h3>2. Facilitation case study (45 minutes)</h3><ul><li>Run a retrospective.</li></ul>"
    assert _exercises(body) == [("Facilitation case study", "45 minutes", ["Run a retrospective."])]


def test_flat_list_with_some_labelled_exercises_is_one_exercise_per_item() -> None:
    body = (
        "<h3>Practical exercises or case studies</h3><ul>"
        "<li>Facilitate a 20-minute mini retrospective with interviewers acting as the team.</li>"
        "<li>Case: a team misses its sprint goal three sprints in a row &#8211; diagnose it.</li>"
        "<li>Read a cumulative flow diagram and explain what is happening.<ul><li>Use the sample board.</li></ul></li>"
        "</ul>"
    )
    assert _exercises(body) == [
        ("Facilitate a 20-minute mini retrospective with interviewers acting as the team", None, []),
        ("Case", None, ["a team misses its sprint goal three sprints in a row – diagnose it."]),
        ("Read a cumulative flow diagram and explain what is happening", None, ["Use the sample board."]),
    ]


def test_title_line_over_labelled_details_stays_one_exercise() -> None:
    body = (
        "<h3>Practical exercises or case studies</h3><ul>"
        "<li>Take-home exercise (2–4 hours)</li><li>Scenario: a retailer loses orders.</li>"
        "<li>Case: the checkout service times out under load.</li><li>Submit a short written plan.</li></ul>"
    )
    assert _exercises(body) == [
        ("Take-home exercise", "2–4 hours", ["Scenario: a retailer loses orders."]),
        ("Case", None, ["the checkout service times out under load.", "Submit a short written plan."]),
    ]


def test_flat_list_without_an_exercise_label_is_not_split() -> None:
    body = (
        "<h3>Practical exercises or case studies</h3><ul>"
        "<li>Scenario: a retailer loses orders.</li><li>Propose a recovery plan.</li></ul>"
    )
    assert _exercises(body) == [(None, None, ["Scenario: a retailer loses orders.", "Propose a recovery plan."])]


_EXPERIENCE = "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3>"


def _certs(items: list[str]) -> list[tuple[str, str | None, str | None, str | None]]:
    body = _EXPERIENCE + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    certs = html_fields(body)["experience"]["certifications"]
    return [(c["name"], c["detail"], c["requirement"], c["requirement_text"]) for c in certs]


def test_alternative_certifications_on_one_line_are_two_at_the_same_level() -> None:
    assert _certs(
        [
            "Professional Scrum Master I (PSM I) or Certified ScrumMaster (CSM) (Important – used as a screening filter)",
            "CISSP or CISM – Optional",
        ]
    ) == [
        ("Professional Scrum Master I", "PSM I", "preferred", "Important – used as a screening filter"),
        ("Certified ScrumMaster", "CSM", "preferred", "Important – used as a screening filter"),
        ("CISSP", None, "optional", "Optional"),
        ("CISM", None, "optional", "Optional"),
    ]


def test_or_inside_one_certification_name_does_not_split_it() -> None:
    assert _certs(
        [
            "AWS or Azure certification (Optional)",
            "CKA or equivalent (Important)",
            "AWS Certified Solutions Architect – Associate or Professional (Common)",
        ]
    ) == [
        ("AWS or Azure certification", None, "optional", "Optional"),
        ("CKA or equivalent", None, "preferred", "Important"),
        ("AWS Certified Solutions Architect – Associate or Professional", None, "common", "Common"),
    ]


_STAKEHOLDERS = "<h2>12) Stakeholders and Collaboration Map</h2>"
_AUTHORITY_ITEMS = (
    "<ul><li>The team decides how to do the work; the Product Owner decides what to build.</li>"
    "<li>Escalate to the Delivery Manager when an impediment stays open longer than one sprint.</li></ul>"
)


def _authority_and_escalations(heading: str) -> tuple[str | None, list[str]]:
    f = html_fields(f"{_STAKEHOLDERS}<h3>{heading}</h3>{_AUTHORITY_ITEMS}")["stakeholders"]
    authority = f["decision_making_authority"]
    return authority and authority["text"], [e["text"] for e in f["escalation_points"]]


def test_combined_authority_and_escalation_heading_routes_each_item() -> None:
    expected = (
        "The team decides how to do the work; the Product Owner decides what to build.",
        ["Escalate to the Delivery Manager when an impediment stays open longer than one sprint."],
    )
    assert _authority_and_escalations("Decision-making authority and escalation points") == expected
    assert _authority_and_escalations("Escalation path / decision-making authority") == expected


def test_authority_heading_alone_keeps_every_item() -> None:
    assert _authority_and_escalations("Decision-making authority") == (
        "The team decides how to do the work; the Product Owner decides what to build.\n"
        "Escalate to the Delivery Manager when an impediment stays open longer than one sprint.",
        [],
    )


def test_frequency_part_matching_no_cadence_adds_other() -> None:
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2><table><thead><tr><th>Metric</th><th>What it measures</th>"
        "<th>Why it matters</th><th>Example target</th><th>Frequency</th></tr></thead><tbody>"
        "<tr><td>Restore success rate</td><td>Share of restore tests that succeed</td><td>Backups are only as good"
        " as restores</td><td>100%</td><td>Per test / incident</td></tr></tbody></table>"
    )
    (row,) = html_fields(body)["kpis"]["rows"]
    assert (row["frequency"], row["frequencies"]) == ("Per test / incident", ["per_incident", "other"])
    assert frequencies_of("Quarterly, or after major changes") == ["quarterly", "other"]


def test_frequency_alternatives_all_known_or_qualified_add_nothing() -> None:
    assert frequencies_of("Per A/B / Release") == ["per_ab_test", "per_release"]
    assert frequencies_of("Weekly/Monthly") == ["weekly", "monthly"]
    assert frequencies_of("Weekly (for monitoring)") == ["weekly"]
    assert frequencies_of("Per test") == ["other"]


def test_timed_title_in_a_mixed_list_keeps_its_duration() -> None:
    body = (
        "<h3>Practical exercises or case studies</h3><ul>"
        "<li>Take-home (3–4 hours): build a small list/detail app with offline caching.</li>"
        "<li>Live debugging: find the cause of a crash in a sample project.</li>"
        "<li>Walk through an app you shipped and its trade-offs.</li></ul>"
    )
    assert _exercises(body) == [
        ("Take-home", "3–4 hours", ["build a small list/detail app with offline caching."]),
        ("Live debugging", None, ["find the cause of a crash in a sample project."]),
        ("Walk through an app you shipped and its trade-offs", None, []),
    ]


def test_escalation_item_opening_with_its_action_has_trigger_and_target() -> None:
    f = html_fields(f"{_STAKEHOLDERS}<h3>Decision-making authority and escalation points</h3>{_AUTHORITY_ITEMS}")
    (point,) = f["stakeholders"]["escalation_points"]
    assert (point["trigger"], point["action"], point["escalate_to"]) == (
        "an impediment stays open longer than one sprint",
        "Escalate to the Delivery Manager",
        ["the Delivery Manager"],
    )


def test_bullet_joined_lists_after_a_lead_are_read_item_by_item() -> None:
    """A horizontal list flattened by a scraper into one "Lead: a • b • c" paragraph (HTML or text alike)."""
    fields = html_fields(
        "<p>Primary business outcomes expected: Faster decisions • Fewer manual reports • Trusted KPIs</p>"
        "<h2>14) Required Experience and Qualifications</h2>"
        "<p>Typical prior roles: Reporting Analyst • BI Developer • Finance Analyst</p>"
    )
    outcomes = fields["role_mission"]["primary_business_outcomes"]
    assert outcomes == ["Faster decisions", "Fewer manual reports", "Trusted KPIs"]
    experience = fields["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == ["Reporting Analyst", "BI Developer", "Finance Analyst"]
    assert experience["prior_role_notes"] == []
