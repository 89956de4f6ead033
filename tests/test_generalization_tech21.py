"""Synthetic snippets modelled on unseen pages of the family: a browser's PDF print converted to markdown by
Docling (or Marker), which turns a skill's bold lead ("**What good looks like:**") into a `##` sub-heading."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from tests.snippets import html_fields

_HEAD = (
    "## Lab Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe manager runs the lab with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: keep the lab running safely and on time.\n\n"
    "## 5) Key Deliverables\n\n- Operations plan\n\n"
    "## 8) Technical Skills Required\n\n"
)


def _technical_skills(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="x.md")
    return extraction.document["fields"]["technical_skills"]


def _summary(skills: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(s["name"], s["number"], s["tier"], s["importance"], s["use"], s["what_good_looks_like"]) for s in skills]


def _tiers(fields: dict[str, Any]) -> list[tuple[str, str]]:
    return [(t["tier"], t["heading"]) for t in fields["tiers"]]


def test_label_sub_heading_labels_the_paragraph_under_it_for_the_skill_before():
    fields = _technical_skills(
        "### Must-have technical skills\n\n1. SQL (Critical)\n\n## What good looks like:\n\n"
        "Writes queries others can read.\n\n– Use: reporting and audits.\n\n2. Python (Important)\n– Use: automation.\n\n"
        "## Good-to-have technical skills\n\n1. Tableau (Optional)\n– Use: dashboards.\n"
    )
    assert fields["intro"] == []
    assert _tiers(fields) == [
        ("must_have", "Must-have technical skills"),
        ("good_to_have", "Good-to-have technical skills"),
    ]
    assert _summary(fields["skills"]) == [
        ("SQL", 1, "must_have", "critical", "reporting and audits.", "Writes queries others can read."),
        ("Python", 2, "must_have", "important", "automation.", None),
        ("Tableau", 1, "good_to_have", "optional", "dashboards.", None),
    ]
    assert fields["skills"][0]["details"] == [
        {"label": "What good looks like", "kind": "what_good_looks_like", "text": "Writes queries others can read."},
        {"label": "Use", "kind": "use", "text": "reporting and audits."},
    ]


def test_label_sub_headings_without_colon_each_label_their_paragraph():
    fields = _technical_skills(
        "### Must-have technical skills\n\n1. SQL (Critical)\n\n#### Why it matters\n\nEvery report runs on it.\n\n"
        "#### Use:\n\nMonth-end reporting.\n\n2. Python (Important)\n– Use: automation.\n"
    )
    assert fields["intro"] == []
    assert _tiers(fields) == [("must_have", "Must-have technical skills")]
    assert _summary(fields["skills"]) == [
        ("SQL", 1, "must_have", "critical", "Month-end reporting.", None),
        ("Python", 2, "must_have", "important", "automation.", None),
    ]
    assert [(d["label"], d["kind"]) for d in fields["skills"][0]["details"]] == [
        ("Why it matters", "why"),
        ("Use", "use"),
    ]
    assert fields["skills"][0]["why"] == "Every report runs on it."


def test_label_heading_in_html_labels_the_paragraph_under_it():
    fields = html_fields(
        "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3>"
        "<ol><li>SQL (Critical)</li></ol><h3>Why:</h3><p>Audits depend on it.</p>"
        "<ol start='2'><li>Python (Important)</li></ol>"
    )["technical_skills"]
    assert _tiers(fields) == [("must_have", "Must-have technical skills")]
    assert [(s["name"], s["tier"], s["details"]) for s in fields["skills"]] == [
        ("SQL", "must_have", [{"label": "Why", "kind": "why", "text": "Audits depend on it."}]),
        ("Python", "must_have", []),
    ]


def test_group_sub_heading_opening_with_a_label_word_stays_a_group():
    # "Use cases" is a label; a longer heading that opens with it groups the skills under it.
    fields = _technical_skills(
        "### Must-have technical skills\n\n1. SQL (Critical)\n\n## Use cases in regulated labs\n\n"
        "These apply under GxP.\n\n2. Validation scripting (Important)\n"
    )
    assert fields["intro"] == ["These apply under GxP."]
    assert _tiers(fields) == [("must_have", "Must-have technical skills"), ("other", "Use cases in regulated labs")]
    assert _summary(fields["skills"]) == [
        ("SQL", 1, "must_have", "critical", None, None),
        ("Validation scripting", 2, "other", "important", None, None),
    ]


def test_label_sub_heading_opening_the_section_stays_a_heading():
    # No skill before it to describe: the sub-heading heads the skills under it, as before.
    fields = _technical_skills("## Why:\n\nSkills matter here.\n\n1. SQL (Critical)\n– Use: reporting.\n")
    assert fields["intro"] == ["Skills matter here."]
    assert _tiers(fields) == [("other", "Why")]
    assert _summary(fields["skills"]) == [("SQL", 1, "other", "critical", "reporting.", None)]


def test_tier_and_group_sub_headings_still_open_their_tier():
    fields = _technical_skills(
        "### Must-have technical skills\n\n1. SQL (Critical)\n\n## Data platforms\n\n1. Snowflake (Important)\n"
        "– Use: warehousing.\n\n## Emerging future skills\n\n1. LLM tooling (Optional)\n"
    )
    assert _tiers(fields) == [
        ("must_have", "Must-have technical skills"),
        ("other", "Data platforms"),
        ("emerging", "Emerging future skills"),
    ]
    assert _summary(fields["skills"]) == [
        ("SQL", 1, "must_have", "critical", None, None),
        ("Snowflake", 1, "other", "important", "warehousing.", None),
        ("LLM tooling", 1, "emerging", "optional", None, None),
    ]
