"""Sub-sections and list parsers on a fourth round of unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (Customer Success Manager, SOC
Analyst, Solutions Architect (Pre-Sales)): a promotion lead that restates its sub-heading, sub-headings
opened by a qualifier word ("Common challenges"), a feeder move into a title with its own parenthetical,
an aside inside the interaction enumeration, two inline variants on one line, and an assessment area
closed by a full stop. The negative cases guard what the seed pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract

TITLE = "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
SUMMARY = "1) Role Summary\n\nThe Test Role does things for the business and works with many teams.\n\n"
MISSION = "2) Role Mission\n\nCore mission:\nDeliver value.\n\n"


def _fields(body: str) -> dict[str, Any]:
    [result] = extract((TITLE + SUMMARY + MISSION + body).encode(), name="x.txt")
    return result.document["fields"]


def _subsection_titles(body: str, section: str) -> list[str]:
    [result] = extract((TITLE + SUMMARY + MISSION + body).encode(), name="x.txt")
    [found] = [s for s in result.document["sections"] if s["id"] == section]
    return [sub["title"] for sub in found["subsections"]]


# --- a lead right under a known sub-heading --------------------------------------------------------

CAREER = "15) Career Path and Progression\n\n"
PROMOTION = "Skills needed for promotion (Test Role → Senior Test Role)\n\n"


def test_a_lead_restating_its_sub_heading_introduces_the_list_under_it() -> None:
    career = _fields(
        CAREER
        + PROMOTION
        + "Promotion typically requires: 1. Consistent wins on complex deals. 2. Executive presence.\n\n"
    )["career_path"]
    assert [(s["number"], s["text"]) for s in career["promotion_skills"]] == [
        (1, "Consistent wins on complex deals."),
        (2, "Executive presence."),
    ]
    assert career["promotion_notes"] == ["Promotion typically requires:"]
    assert career["other"] == []


def test_a_lead_that_restates_nothing_still_opens_a_sub_section() -> None:
    body = (
        CAREER
        + PROMOTION
        + "Mentoring expectations:\n\n  • Coach two newer colleagues.\n  • Run one brown-bag session.\n\n"
    )
    titles = _subsection_titles(body, "career_path")
    assert titles == ["Skills needed for promotion (Test Role → Senior Test Role)", "Mentoring expectations"]


def test_a_restating_lead_after_items_of_the_sub_heading_opens_a_sub_section() -> None:
    # Only a lead with nothing between it and the sub-heading introduces that sub-heading's list.
    body = (
        CAREER + PROMOTION + "  • Scope ownership.\n\nPromotion evidence:\n\n  • Two launches.\n  • Peer feedback.\n\n"
    )
    titles = _subsection_titles(body, "career_path")
    assert titles == ["Skills needed for promotion (Test Role → Senior Test Role)", "Promotion evidence"]


# --- a qualifier word before a known sub-heading ----------------------------------------------------

RISKS = "16) Risks, Challenges, and Failure Modes\n\n"


def test_a_qualifier_word_before_a_known_sub_heading_keeps_its_key() -> None:
    risks = _fields(
        RISKS
        + "Common challenges\n\n  • Alert fatigue from noisy rules.\n  • Gaps in log coverage.\n\n"
        + "Typical bottlenecks\n\n  • Slow access approvals.\n\n"
        + "Most common anti-patterns\n\n  • Closing alerts without notes.\n\n"
    )["risks"]
    assert [c["text"] for c in risks["challenges"]] == ["Alert fatigue from noisy rules.", "Gaps in log coverage."]
    assert [b["text"] for b in risks["bottlenecks"]] == ["Slow access approvals."]
    assert [a["text"] for a in risks["anti_patterns"]] == ["Closing alerts without notes."]
    assert risks["other"] == []


def test_a_qualifier_word_alone_or_before_an_unknown_heading_names_nothing() -> None:
    from pipeline.sections import subheading_key

    assert subheading_key("risks", "Common") is None
    assert subheading_key("risks", "Key stakeholders") is None
    # A phrase holding the word matches as it is: "Typical reporting line" is its own key.
    assert subheading_key("role_summary", "Typical reporting line") == "reporting_line"
    assert subheading_key("risks", "Common reasons for underperformance") == "underperformance"


# --- a feeder move into a title with its own parenthetical ------------------------------------------


def _feeders(*items: str) -> list[tuple[str, str | None, str | None]]:
    body = CAREER + "Common feeder roles into this role\n\n" + "".join(f"  • {item}\n" for item in items) + "\n"
    roles = _fields(body)["career_path"]["feeder_roles"]
    return [(r["name"], r["note"], r["transition"]["to_role"]) for r in roles]


def test_the_target_titles_own_parenthetical_stays_with_the_target() -> None:
    assert _feeders(
        "Software Engineer → Solutions Architect (Pre-Sales)",
        "Account Manager (SMB) → Customer Success Manager (Enterprise)",
    ) == [
        ("Software Engineer", None, "Solutions Architect (Pre-Sales)"),
        ("Account Manager", "SMB", "Customer Success Manager (Enterprise)"),
    ]


def test_a_lower_case_condition_on_the_target_is_the_moves_note() -> None:
    # Seed 000: the condition is the feeder's, the target keeps its bare name.
    assert _feeders("Junior Data Scientist → Associate Applied Scientist (if strong ML/statistics foundation)") == [
        ("Junior Data Scientist", "if strong ML/statistics foundation", "Associate Applied Scientist")
    ]


# --- an aside inside the interaction enumeration -----------------------------------------------------


def _interaction(sentence: str) -> list[str]:
    body = "1) Role Summary\n\nThe Test Role does things for the business.\n\n" + sentence + "\n\n" + MISSION
    [result] = extract((TITLE + body).encode(), name="x.txt")
    return [
        team for group in result.document["fields"]["role_summary"]["interaction"]["groups"] for team in group["teams"]
    ]


def test_an_aside_after_the_closing_and_is_no_team_and_the_last_member_keeps_its_commas() -> None:
    assert _interaction(
        "Typical interaction surfaces include Sales Leadership, Engineering, Partner/Alliances teams and, above all,"
        " the customer’s IT, architecture and business stakeholders."
    ) == [
        "Sales Leadership",
        "Engineering",
        "Partner/Alliances teams",
        "the customer’s IT, architecture and business stakeholders",
    ]
    assert _interaction("Typical interaction surfaces include Engineering, Product and, where needed, Legal.") == [
        "Engineering",
        "Product",
        "Legal",
    ]


def test_an_enumeration_without_an_aside_splits_on_every_comma() -> None:
    assert _interaction(
        "Typical interaction surfaces include Engineering, Design, and Legal, depending on the product."
    ) == [
        "Engineering",
        "Design",
        "Legal",
    ]


# --- inline variants -----------------------------------------------------------------------------------

VARIANTS = "17) Role Variants\n\nStartup vs enterprise\n\n"


def _variants(*items: str) -> list[tuple[str, str | None, str]]:
    body = VARIANTS + "".join(f"  • {item}\n" for item in items) + "\n"
    [group] = _fields(body)["role_variants"]["dimensions"]
    return [(v["name"], v["description"], v["text"]) for v in group["variants"]]


def test_a_semicolon_and_a_name_with_a_colon_open_another_inline_variant() -> None:
    assert _variants("Startup: building playbooks from scratch; enterprise: executing mature playbooks at scale.") == [
        ("Startup", "building playbooks from scratch", "Startup: building playbooks from scratch"),
        ("Enterprise", "executing mature playbooks at scale.", "enterprise: executing mature playbooks at scale."),
    ]


def test_a_semicolon_without_a_name_stays_in_the_variants_description() -> None:
    assert _variants("Startup: ownership breadth, speed; fewer formal artifacts.") == [
        (
            "Startup",
            "ownership breadth, speed; fewer formal artifacts.",
            "Startup: ownership breadth, speed; fewer formal artifacts.",
        )
    ]


# --- an assessment area closed by a full stop ------------------------------------------------------------


def _assessed(*items: str) -> list[tuple[str, str | None]]:
    body = "19) Hiring Evaluation Criteria\n\nWhat to assess in interviews\n\n"
    body += "".join(f"  {n}. {item}\n" for n, item in enumerate(items, 1)) + "\n"
    return [(a["dimension"], a["description"]) for a in _fields(body)["hiring"]["what_to_assess"]]


def test_an_assessment_area_without_a_description_loses_its_full_stop_only() -> None:
    assert _assessed(
        "Commercial acumen – renewal and expansion conversations.",
        "Communication and executive presence.",
        "Tooling: CRM, BI dashboards, etc.",
        "Tooling breadth across CRM, BI dashboards, etc.",
    ) == [
        ("Commercial acumen", "renewal and expansion conversations."),
        ("Communication and executive presence", None),
        ("Tooling", "CRM, BI dashboards, etc."),
        ("Tooling breadth across CRM, BI dashboards, etc.", None),
    ]


def test_a_short_name_and_description_line_is_an_inline_variant_not_a_name_line() -> None:
    # 042: "Healthcare: HIPAA ..." has no sentence punctuation, yet it names a variant and describes it.
    body = "17) Role Variants\n\nBy industry\n\n" + "".join(
        f"  • {item}\n"
        for item in (
            "Financial services: BCBS 239 and model risk requirements dominate",
            "Healthcare: HIPAA and clinical data standards",
            "SaaS: customer trust, SOC 2, and product analytics definitions",
        )
    )
    [group] = _fields(body + "\n")["role_variants"]["dimensions"]
    assert [(v["name"], v["description"], v["points"]) for v in group["variants"]] == [
        ("Financial services", "BCBS 239 and model risk requirements dominate", []),
        ("Healthcare", "HIPAA and clinical data standards", []),
        ("SaaS", "customer trust, SOC 2, and product analytics definitions", []),
    ]


def test_a_name_line_closed_by_a_colon_still_leads_its_points() -> None:
    body = "17) Role Variants\n\nBy company size\n\n  • Startup:\n    ◦ Broader scope.\n    ◦ Fewer artifacts.\n\n"
    [group] = _fields(body)["role_variants"]["dimensions"]
    assert [(v["name"], [p["text"] for p in v["points"]]) for v in group["variants"]] == [
        ("Startup", ["Broader scope.", "Fewer artifacts."])
    ]


# --- decision rights: a council's approval, and one line for several authority areas --------------------

DECISIONS = "13) Decision Rights and Scope of Authority\n\n"


def test_a_councils_approval_is_the_team_approval_group() -> None:
    rights = _fields(DECISIONS + "Requires governance council approval\n\n  • Tier-1 metric definitions\n\n")[
        "decision_rights"
    ]
    assert rights["team_approval"]["decisions"] == [{"text": "Tier-1 metric definitions", "sub_items": []}]
    assert rights["other"] == []


def test_a_line_labelled_with_several_areas_gives_each_area_its_clause() -> None:
    rights = _fields(
        DECISIONS
        + "Requires director or executive approval\n\n  • Headcount changes\n\n"
        + "Budget, vendor, and hiring authority: manages a tooling budget; leads vendor evaluations;"
        " hires analysts with manager approval.\n\n"
    )["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Headcount changes"]
    assert [(rights[area]["label"], rights[area]["text"]) for area in ("budget", "vendor", "hiring")] == [
        ("Budget, vendor, and hiring authority", "manages a tooling budget"),
        ("Budget, vendor, and hiring authority", "leads vendor evaluations"),
        ("Budget, vendor, and hiring authority", "hires analysts with manager approval."),
    ]


def test_a_line_whose_clauses_do_not_pair_with_its_areas_and_a_decision_naming_areas_stay_decisions() -> None:
    rights = _fields(
        DECISIONS
        + "Requires director or executive approval\n\n  • Budget and vendor: spend above the team allocation\n\n"
        + "Budget and hiring authority: shared with the Head of Data.\n\n"
    )["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "Budget and vendor: spend above the team allocation",
        "Budget and hiring authority: shared with the Head of Data.",
    ]
    assert (rights["budget"], rights["vendor"], rights["hiring"], rights["other_areas"]) == (None, None, None, [])
