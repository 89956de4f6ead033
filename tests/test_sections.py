"""Section detection: numbered, markdown and bare headings map to canonical ids, sub-headings to keys."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp import nlp
from pipeline.sections import (
    _PARENTHESISED,
    HeadingMatch,
    _classify_tokens,
    _names_section,
    _number_matcher,
    _section_matcher,
    _words,
    classify_heading,
    section_specs,
    subheading_key,
)


@pytest.mark.parametrize(
    ("heading", "number", "section"),
    [
        ("1) Role Summary", 1, "role_summary"),
        ("7) KPIs and Productivity Metrics", 7, "kpis"),
        ("18) AI / Automation Impact on the Role", 18, "ai_impact"),
        ("11) Typical Tech Stack / Environment", 11, "tech_stack"),
        ("7. KPIs", 7, "kpis"),
        ("Section 3: Core Responsibilities", 3, "responsibilities"),
        ("Key Deliverables", None, "deliverables"),
        ("Goals and Milestones", None, "goals"),
        ("20) Final Role Scorecard Summary", 20, "scorecard"),
        # Wording variants across the family.
        ("3) Key Responsibilities", 3, "responsibilities"),
        ("9) Soft Skills", 9, "soft_skills"),
        ("14) Experience and Qualifications", 14, "experience"),
        # Its own number agreeing, a title may add words of its own (a HubSpot page's section 13).
        ("13) Decision Rights and Ownership", 13, "decision_rights"),
    ],
)
def test_known_headings(heading: str, number: int | None, section: str) -> None:
    match = classify_heading(heading)
    assert match.number == number
    assert match.spec is not None and match.spec.id == section


@pytest.mark.parametrize(
    "heading",
    ["9) Hobbies and Interests", "Data environment", "Typical decision-making authority", "Notes", "Subscribe"],
)
def test_other_headings_map_to_no_section(heading: str) -> None:
    assert classify_heading(heading).spec is None


@pytest.mark.parametrize(
    "heading",
    [
        "Decision Rights and Ownership",  # no number: most of a title's words must be the section's
        "12) Decision Rights and Ownership",  # another section's number
        "13) Decision rights are escalated to the manager when budgets exceed plan",  # a numbered sentence
    ],
)
def test_a_title_with_words_of_its_own_needs_its_sections_number(heading: str) -> None:
    assert classify_heading(heading).spec is None


@pytest.mark.parametrize(
    ("section", "heading", "key"),
    [
        ("responsibilities", "Strategic responsibilities (early-career scope; executed with guidance)", "strategic"),
        ("responsibilities", "Cross-functional / stakeholder responsibilities", "cross_functional"),
        ("responsibilities", "Cross-functional or stakeholder responsibilities", "cross_functional"),
        ("day_to_day", "Monthly or quarterly activities", "monthly_quarterly"),
        ("technical_skills", "Advanced or expert-level technical skills (not required initially, but valued)", "advanced"),
        ("decision_rights", "Decisions requiring manager/director/executive approval", "manager_approval"),
        ("decision_rights", "Requires team approval (science + engineering + product as appropriate)", "team_approval"),
        ("goals", "30-day goals (onboarding and baseline productivity)", "day_30"),
        ("responsibilities", "Applied science artifacts", None),
        ("kpis", "Daily activities", None),
    ],
)
def test_subheading_keys(section: str, heading: str, key: str | None) -> None:
    assert subheading_key(section, heading) == key


@pytest.mark.parametrize(
    "heading",
    [
        "",
        " ",
        " 7) Role Summary",
        "\t3. Key Deliverables",
        "7 ) Goals",
        "12-month goals",
        "123) Goals",
        "٣) Role Summary",
        "²) Role Summary",
        "SECTION 3 - KPIs",
        "Part 2: Tooling",
        "Parts list",
        "(Role Summary)",
        "“Role Summary”",
        "Role-summary  ",
        "ROLE SUMMARY",
        "Role summaries",
        "A day in the life",
        "Applied science artifacts",
        "Decisions requiring approval",
        "\u212aPIs and metrics",
        "Σ notes",
        "Notes",
    ],
)
def test_untokenized_answer_is_the_tokenized_one(heading: str) -> None:
    assert classify_heading(heading) == _classify_tokens(heading)


def _classify_on_copies(text: str) -> HeadingMatch:
    """_classify_tokens as first written: number matcher over the whole doc, section matcher over a copy of the title."""
    doc = nlp().make_doc(text)
    number, body_start = None, 0
    for _match_id, start, end in sorted(_number_matcher()(doc), key=lambda m: (m[1], -m[2])):
        if start == 0:
            digits = re.search(r"\d+", doc[start:end].text)
            number, body_start = (int(digits.group(0)) if digits else None), end
            break
    body = doc[body_start:]
    title = body.text.strip()
    at_start = [(match_id, end) for match_id, start, end in _section_matcher()(body.as_doc()) if start == 0]
    if not at_start:
        return HeadingMatch(number, title, None, 0.0)
    core_words = _words(nlp().make_doc(_PARENTHESISED.sub("", title))) or 1
    best = None
    for match_id, end in at_start:
        coverage = _words(body[:end]) / core_words
        spec = section_specs()[nlp().vocab.strings[match_id]]
        if best is None or (coverage, end) > best[:2]:
            best = (coverage, end, spec)
    coverage, _end, spec = best
    return HeadingMatch(number, title, spec if _names_section(number, spec, coverage) else None, coverage)


@pytest.mark.parametrize(
    "heading",
    [
        "",
        "7",
        "7)",
        "Section 7",
        "Section 7:",
        "Section 7: Section 8: KPIs",
        "Part 2 - Part 3 - Tooling",
        "7) 8) Role Summary",
        "7) Role Summary 8) Role Mission",
        "7)Role Summary",
        "7.Role Summary",
        "12. 3. Key Deliverables (context-specific)",
        "3) Key Responsibilities and Key Deliverables",
        "Core Responsibilities (IC scope) and more",
        "KPIs and Productivity Metrics",
        "Goals, Objectives, and Milestones",
        "AI / Automation Impact on the Role",
        " 7) Role Summary",
        "SECTION 3 - KPIs - Section 4",
    ],
)
def test_matching_on_spans_answers_as_matching_on_copies(heading: str) -> None:
    assert _classify_tokens(heading) == _classify_on_copies(heading)


@pytest.mark.parametrize(
    "heading",
    ["Role Summary", "Core Responsibilities 7)", "Key 7. Deliverables", "A day in the life", "Sections 3: KPIs", "Parts: 2)", "Σ 7)"],
)
def test_a_heading_without_a_number_opening_skips_the_number_matcher(heading: str) -> None:
    assert _classify_tokens(heading, numbered=False) == _classify_tokens(heading) == classify_heading(heading)
