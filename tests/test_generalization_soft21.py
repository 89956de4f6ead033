"""Synthetic snippets modelled on unseen pages of the family: a browser's PDF print converted to markdown by
Docling, which turns a bold lead ("**Why it matters:**") into a `##` sub-heading."""

from __future__ import annotations

from typing import Any

from pipeline import extract

_HEAD = (
    "## Lab Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe manager runs the lab with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: keep the lab running safely and on time.\n\n"
    "## 5) Key Deliverables\n\n- Operations plan\n\n"
    "## 9) Soft Skills and Behavioral Capabilities\n\n"
)


def _soft_skills(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="x.md")
    return extraction.document["fields"]["soft_skills"]


def _summary(skills: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (s["name"], s["number"], s["group"], s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"])
        for s in skills
    ]


def test_label_sub_heading_labels_the_paragraph_under_it_for_the_skill_before():
    fields = _soft_skills(
        "1. People leadership\n\n## Why it matters:\n\nThe team's output is the lab's output.\n\n"
        "– How it shows up: one-to-ones.\n\n– Strong performance: low turnover.\n\n"
        "2. Calm under pressure\n– Why it matters: things break.\n"
    )
    assert fields["intro"] == []
    assert _summary(fields["skills"]) == [
        ("People leadership", 1, None, "The team's output is the lab's output.", "one-to-ones.", "low turnover."),
        ("Calm under pressure", 2, None, "things break.", None, None),
    ]
    assert fields["skills"][0]["details"][0] == {
        "label": "Why it matters",
        "kind": "why_it_matters",
        "text": "The team's output is the lab's output.",
    }


def test_label_sub_heading_without_colon_keeps_the_group_of_the_skills_before():
    fields = _soft_skills(
        "## Leading people\n\n1. Coaching\n\n## What good looks like\n\nSupervisors promoted from within.\n\n"
        "2. Delegation\n– Why it matters: scale.\n"
    )
    assert _summary(fields["skills"]) == [
        ("Coaching", 1, "Leading people", None, None, "Supervisors promoted from within."),
        ("Delegation", 2, "Leading people", "scale.", None, None),
    ]


def test_label_sub_headings_under_a_skill_sub_heading_describe_that_skill():
    fields = _soft_skills(
        "## Systems thinking\n\n## Why it matters\n\nIncidents cross teams.\n\n"
        "## How it shows up\n\nMaps dependencies first.\n\n"
        "## Clear communication\n\n– Why it matters: many audiences.\n"
    )
    assert _summary(fields["skills"]) == [
        ("Systems thinking", None, None, "Incidents cross teams.", "Maps dependencies first.", None),
        ("Clear communication", None, None, "many audiences.", None, None),
    ]


def test_group_sub_heading_opening_with_a_label_word_stays_a_group():
    # "Behaviours" alone is a label ("how it shows up"); a longer heading that opens with it groups skills.
    fields = _soft_skills(
        "## Behaviours under pressure\n\nThe team relies on these.\n\n1. Calm\n– Why it matters: things break.\n"
    )
    assert fields["intro"] == ["The team relies on these."]
    assert _summary(fields["skills"]) == [("Calm", 1, "Behaviours under pressure", "things break.", None, None)]


def test_label_sub_heading_opening_the_section_stays_a_group():
    # No skill before it to describe: the sub-heading groups the skills under it, as before.
    fields = _soft_skills(
        "## Why it matters\n\nEveryone depends on the lab.\n\n1. Calm\n– Why it matters: things break.\n"
    )
    assert fields["intro"] == ["Everyone depends on the lab."]
    assert _summary(fields["skills"]) == [("Calm", 1, "Why it matters", "things break.", None, None)]


def _role_summary(paragraph: str) -> dict[str, Any]:
    page = (
        "## Lab Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        f"## 1) Role Summary\n\nThe manager runs the lab with several teams.\n\n{paragraph}\n\n"
        "## 2) Role Mission\n\nCore mission: keep the lab running safely and on time.\n\n"
        "## 5) Key Deliverables\n\n- Operations plan\n"
    )
    (extraction,) = extract(page.encode(), name="x.md")
    return extraction.document["fields"]["role_summary"]


def test_interaction_verb_is_read_whole_includes_not_include():
    interaction = _role_summary("Typical interaction surface includes the Lab Director, Finance, and Facilities.")[
        "interaction"
    ]
    assert interaction["lead"] == "Typical interaction surface includes"
    assert interaction["groups"][0]["teams"] == ["the Lab Director", "Finance", "Facilities"]


def test_interaction_verb_spans_is_read_whole():
    interaction = _role_summary("Typical interaction surface spans Finance, Procurement, and Facilities.")[
        "interaction"
    ]
    assert interaction["lead"] == "Typical interaction surface spans"
    assert interaction["groups"][0]["teams"] == ["Finance", "Procurement", "Facilities"]


def test_interaction_colon_lead_without_verb_keeps_every_team_whole():
    # No verb, only a colon: the lead ends at it and teams opening with a verb's letters ("Issues", "Coverage")
    # are kept whole.
    interaction = _role_summary("Typical interaction surface: Issues Management, Coverage Analytics, Finance.")[
        "interaction"
    ]
    assert interaction["lead"] == "Typical interaction surface"
    assert interaction["groups"][0]["teams"] == ["Issues Management", "Coverage Analytics", "Finance"]


def test_business_value_verb_is_read_whole():
    summary = _role_summary("The business value created spans faster turnaround, fewer re-tests, and safer labs.")
    assert summary["business_value"] == ["faster turnaround", "fewer re-tests", "safer labs"]
