"""Synthetic snippets modelled on unseen pages of the family: a Docling conversion of a browser's PDF print, whose
every heading is "##" (the 30/60/90-day goal groups at the section level under "## 6) Goals…"), and a British
republication whose editors re-titled half of the section headings while keeping the outline's numbers."""

from __future__ import annotations

from pipeline import extract
from pipeline.sections import classify_heading
from tests.snippets import html_page

_MD_HEAD = (
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
)


def _html_sections(body: str) -> list[tuple[str, int | None]]:
    (extraction,) = extract(html_page(body), name="snippet.html")
    return [(s["id"], s["number"]) for s in extraction.document["sections"]]


def _section(number: int, title: str, tag: str = "h2") -> str:
    return f"<{tag}>{number}) {title}</{tag}><p>Text under {title.lower()} that says what the role does here.</p>"


def test_hyphenated_compound_is_no_section_number():
    assert classify_heading("30-day goals").number is None
    assert classify_heading("6-month milestones").number is None
    assert classify_heading("12–month milestones").number is None
    # A dash with a space on either side still sets the number apart.
    assert classify_heading("7 - KPIs").number == 7
    assert classify_heading("7 – KPIs").spec.id == "kpis"


def test_goal_groups_at_the_section_level_stay_in_the_goals_section():
    body = (
        "## 6) Goals, Objectives, and Milestones\n\n"
        "## 30-day goals\n\n- Meet every supervisor.\n\n"
        "## 60-day goals\n\n- Publish a baseline of KPIs.\n\n"
        "## 90-day goals\n\n- Complete a mock audit.\n\n"
        "## 7) KPIs and Productivity Metrics\n\n- TAT compliance: 95% within TAT.\n"
    )
    (extraction,) = extract((_MD_HEAD + body).encode("utf-8"), name="snippet.md")
    document = extraction.document
    assert [(s["id"], s["number"]) for s in document["sections"]] == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("goals", 6),
        ("kpis", 7),
    ]
    goals = document["fields"]["goals"]
    assert [goals[key]["heading"] for key in ("day_30", "day_60", "day_90")] == [
        "30-day goals",
        "60-day goals",
        "90-day goals",
    ]
    assert [item["text"] for item in goals["day_90"]["items"]] == ["Complete a mock audit."]


def test_retitled_run_between_known_titles_takes_the_outline_numbers():
    body = (
        _section(8, "Technical Skills Required")
        + _section(9, "How They Work With People")
        + _section(10, "What They Use Every Day")
        + _section(11, "Where the Work Happens")
        + _section(12, "Stakeholders and Collaboration Map")
    )
    assert _html_sections(body) == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("technical_skills", 8),
        ("soft_skills", 9),
        ("tools", 10),
        ("tech_stack", 11),
        ("stakeholders", 12),
    ]


def test_inserted_section_that_renumbers_the_rest_stays_unknown():
    body = (
        _section(8, "Technical Skills Required")
        + _section(9, "Languages Spoken")
        + _section(10, "Soft Skills and Behavioral Capabilities")
        + _section(11, "Tools, Platforms, and Software")
    )
    assert _html_sections(body) == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("technical_skills", 8),
        ("other", 9),
        ("soft_skills", 10),
        ("tools", 11),
    ]


def test_number_past_the_outline_stays_unknown():
    body = (
        _section(19, "Hiring Evaluation Criteria")
        + _section(20, "Final Role Scorecard Summary")
        + _section(21, "Further Reading")
    )
    assert _html_sections(body)[-3:] == [("hiring", 19), ("scorecard", 20), ("other", 21)]


def test_numbered_list_styled_as_headings_takes_no_section_by_number():
    body = (
        _section(3, "Core Responsibilities")
        + "".join(_section(n, title) for n, title in enumerate(["Set the plan", "Run the rota", "Audit", "Coach"], 1))
        + _section(4, "A Week in the Role")
        + _section(5, "Key Deliverables")
    )
    sections = _html_sections(body)
    assert ("day_to_day", 4) not in sections
    assert sections[2] == ("responsibilities", 3) and sections[-1] == ("deliverables", 5)


def test_numbered_subheading_below_the_section_level_takes_no_section_by_number():
    body = (
        _section(8, "Technical Skills Required")
        + _section(9, "Working with spreadsheets", tag="h3")
        + _section(12, "Stakeholders and Collaboration Map")
    )
    assert _html_sections(body) == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("technical_skills", 8),
        ("stakeholders", 12),
    ]


def test_number_that_skips_the_outline_takes_no_section_by_number():
    body = (
        _section(8, "Technical Skills Required")
        + _section(9, "How They Work With People")
        + _section(11, "Where the Work Happens")
        + _section(12, "Stakeholders and Collaboration Map")
    )
    assert _html_sections(body)[2:] == [
        ("technical_skills", 8),
        ("soft_skills", 9),
        ("other", 11),
        ("stakeholders", 12),
    ]


def test_run_after_the_last_known_title_must_reach_the_outlines_end():
    ai = _section(18, "AI / Automation Impact on the Role")
    assessment = _section(19, "How to Assess Candidates")
    assert _html_sections(ai + assessment + _section(20, "The Summary Table"))[2:] == [
        ("ai_impact", 18),
        ("hiring", 19),
        ("scorecard", 20),
    ]
    assert _html_sections(ai + assessment)[2:] == [("ai_impact", 18), ("other", 19)]


def test_title_naming_a_section_held_elsewhere_by_its_number_yields_to_its_own_number():
    # "Role Summary Table": 2 of 3 words are section 1's, which "1) Role Summary" already holds by its number.
    body = (
        _section(18, "AI / Automation Impact on the Role")
        + _section(19, "Hiring Evaluation Criteria")
        + _section(20, "Role Summary Table")
    )
    assert _html_sections(body) == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("ai_impact", 18),
        ("hiring", 19),
        ("scorecard", 20),
    ]
    # Out of order it keeps its words' section: no outline to yield to.
    out_of_order = _section(18, "AI / Automation Impact on the Role") + _section(5, "Role Summary Table")
    assert ("deliverables", 5) not in _html_sections(out_of_order)


def test_hr_editors_plain_synonyms_name_their_sections_unnumbered():
    # British and HR wordings of four titles, matched by their words alone.
    assert [
        classify_heading(title).spec.id
        for title in (
            "Behavioural Competencies",
            "Tools and Technology",
            "Purpose of the Role",
            "Role Summary Scorecard",
        )
    ] == ["soft_skills", "tools", "role_mission", "scorecard"]
    # A sub-heading that only opens with one of them names none.
    assert classify_heading("Behavioural competencies to probe at interview").spec is None
