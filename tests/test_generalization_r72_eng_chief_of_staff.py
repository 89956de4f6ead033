"""Round 72: a Chief of Staff, Engineering page in seed 000's blank-line text form with the Thai code-page mojibake
everywhere (tests/unseen/engineering-chief-of-staff.synthetic.txt, its key in tests/unseen/answer_keys/). Every
field of the key came out right but one (the key's own slips aside: the summary has 2 paragraphs, not 4, its
interaction list 9 teams, not 10, and the responsibilities 6 groups, not 7, as the page has them); the tests below
keep it so.

The one: the title's "Chief" made the role C-suite. "Chief of Staff" names a post (a leader's office), no officer's
level, and no staff-level IC either: seniority.json's posts_without_level holds such names, whose level words give
none, so the page's own cue decides ("is a senior, non-coding leadership-support role" → senior). That cue needed
its level read past a comma (coordinate adjectives) and hyphened compounds before the role noun. A level named
after the title's "to" is the leader the role serves ("Chief of Staff to the CTO"). The snippets are synthetic.
"""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.header import _self_described_level, seniority_of
from tests.snippets import all_strings, unseen_document

_PAGE = "engineering-chief-of-staff.synthetic.txt"


# --- the rules: posts named with level words, the leader served, the self-description (synthetic) -------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Chief of Staff, Engineering", "unknown"),
        ("Engineering Chief of Staff", "unknown"),
        ("Deputy Chief of Staff", "unknown"),
        ("Senior Chief of Staff", "senior"),  # a level word outside the post still counts
        ("Chief of Staff to the CTO", "unknown"),  # the CTO is whom the role serves
        ("Executive Assistant to the CEO", "unknown"),
        ("Chief Engineer", "unknown"),
        ("Staff Accountant", "unknown"),
        ("Senior Staff Accountant", "senior"),
        # unchanged
        ("Chief Technology Officer", "chief"),
        ("Chief Engineering Officer", "chief"),
        ("CTO", "chief"),
        ("Staff Engineer", "staff"),
        ("Head of Go-to-Market", "head"),  # a hyphened 'to' turns to no one
        ("VP Go-to-Market", "vp"),
    ],
)
def test_synthetic_title_levels(title: str, level: str) -> None:
    assert seniority_of(title).value == level


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("The Chief of Staff, Operations is a senior, non-coding leadership-support role for the COO.", "senior"),
        ("The Reporting Analyst is a junior, hands-on reporting position in Finance.", "junior"),
        ("The Platform Lead is a senior individual-contributor role.", "senior"),
        # no self-description: a joiner, or another person, before the noun
        ("The role is a senior or staff-level role.", "unknown"),
        ("The planner is senior, and works with senior leaders in the role.", "unknown"),
    ],
)
def test_synthetic_self_description_past_comma_and_compounds(sentence: str, level: str) -> None:
    assert _self_described_level([sentence]).value == level


# --- the page ------------------------------------------------------------------------------


def _fields() -> dict:
    return unseen_document(_PAGE)["fields"]


def test_page_role() -> None:
    role = unseen_document(_PAGE)["role"]
    assert role["title"] == "Chief of Staff, Engineering"
    assert role["seniority"] == "senior"
    assert role["horizon"] == "Current"
    assert role["reporting_line"] == (
        "Reports directly to the CTO or SVP/VP of Engineering; "
        "dotted line to the CEO’s Chief of Staff in some companies."
    )


def test_page_section_counts() -> None:
    document = unseen_document(_PAGE)
    assert document["missing_sections"] == []
    fields = document["fields"]
    summary = fields["role_summary"]
    assert len(summary["paragraphs"]) == 2
    assert summary["interaction"]["groups"][0]["teams"][-1] == "Internal Communications"
    assert len(summary["interaction"]["groups"][0]["teams"]) == 9
    mission = fields["role_mission"]
    assert mission["core_mission"].startswith("Multiply the effectiveness of engineering leadership")
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 4)
    items = fields["responsibilities"]["items"]
    assert Counter(item["category"] for item in items) == {
        "strategic": 4,
        "operational": 5,
        "other": 3,
        "cross_functional": 3,
        "governance": 2,
        "leadership": 3,
    }
    assert {item["category_heading"] for item in items if item["category"] == "other"} == {
        "Communication responsibilities"
    }
    assert items[10]["title"] == "Produce the engineering leadership “state of the org” reporting"
    assert all(item["detail"] for item in items)
    day = fields["day_to_day"]
    assert [len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals",
                                           "incident_work")] == [4, 5, 4, 5, 3]  # fmt: skip
    assert Counter(item["group"] for item in fields["deliverables"]["items"]) == {
        "Planning and goal artifacts": 4, "Leadership operating artifacts": 4, "Communication artifacts": 3,
        "Special project artifacts": 3}  # fmt: skip
    goals = fields["goals"]
    assert [len(goals[k]["items"]) for k in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        4, 4, 4, 3, 4, 2]  # fmt: skip
    assert len(goals["success_definition"]["criteria"]) == 3
    assert len(goals["high_performance"]) == 5
    assert len(fields["soft_skills"]["skills"]) == 7
    assert [len(env["items"]) for env in fields["tech_stack"]["environments"]] == [2, 2, 2, 2, 1, 2, 2, 2]
    people = fields["stakeholders"]
    assert [len(people[k]) for k in ("internal", "external", "peer_roles", "upstream", "downstream",
                                     "escalation_points")] == [6, 2, 4, 3, 3, 3]  # fmt: skip
    rights = fields["decision_rights"]
    assert [len(rights[k]["decisions"]) for k in ("independent", "team_approval", "manager_approval")] == [4, 3, 4]
    assert all(rights[k] for k in ("budget", "architecture", "vendor", "delivery", "hiring", "compliance"))
    risks = fields["risks"]
    assert [len(risks[k]) for k in ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons",
                                    "business_risks")] == [3, 2, 3, 3, 3]  # fmt: skip
    assert risks["anti_patterns"][0]["title"] == "Shadow CTO"
    dimensions = fields["role_variants"]["dimensions"]
    assert [(d["dimension"], len(d["variants"]) or len(d["notes"])) for d in dimensions] == [
        ("company_size", 2), ("industry", 2), ("geography", 1), ("product_vs_service", 2),
        ("startup_vs_enterprise", 2), ("regulated", 2)]  # fmt: skip
    ai = fields["ai_impact"]
    assert [len(ai[k]) for k in ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")] == [
        4, 4, 2, 2]  # fmt: skip
    hiring = fields["hiring"]
    assert [len(hiring[k]) for k in ("what_to_assess", "exercises", "strong_signals", "weak_signals",
                                     "red_flags")] == [6, 2, 3, 2, 3]  # fmt: skip
    assert [r["dimension"] for r in hiring["scorecard"]["rows"]] == [
        "Operating cadence design", "Executive writing", "Influence without authority", "Judgment and discretion",
        "Engineering literacy", "Program execution"]  # fmt: skip


def test_page_kpi_rows() -> None:
    rows = [(r["name"], r["target"], r["frequency"]) for r in _fields()["kpis"]["rows"]]
    assert rows == [
        ("Planning cycle on-time completion", "Plan published within 5 business days of target", "Per planning cycle"),
        ("OKR quality score", "≥ 85% of key results measurable", "Per planning cycle"),
        ("OKR review completion", "100% of scheduled reviews held", "Quarterly"),
        ("Action item closure rate", "≥ 80% closed on time", "Bi-weekly"),
        ("Decision log coverage", "≥ 90% of ELT decisions logged", "Monthly"),
        ("Pre-read timeliness", "≥ 90% of meetings", "Weekly"),
        ("Offsite outcome follow-through", "≥ 75% of offsite actions completed", "Per offsite"),
        ("Leadership satisfaction with cadence", "≥ 4.2/5 in pulse survey", "Quarterly"),
        ("Communication reach", "≥ 70% open or attendance", "Monthly"),
        ("Priority clarity (engagement item)", "+10 points year over year", "Per survey cycle"),
        ("Special project delivery", "≥ 80% of milestones met", "Per project"),
        ("CTO calendar leverage", "≥ 40% of CTO time on strategy", "Quarterly"),
    ]
    assert len(_fields()["kpis"]["notes"][0]["items"]) == 2


def test_page_tools_rows() -> None:
    rows = [(r["category"], [t["name"] for t in r["tools"]], r["prevalence"]) for r in _fields()["tools"]["rows"]]
    assert len(rows) == 22
    assert rows[0] == ("Collaboration", ["Slack"], "common")
    assert rows[1] == ("Collaboration", ["Microsoft Teams"], "context_specific")
    assert rows[7] == ("OKR management", ["Lattice Goals", "Workboard", "Quantive"], "optional")
    assert rows[8] == ("Project / portfolio management", ["Jira", "Jira Align"], "common")
    assert rows[12] == ("BI and dashboards", ["Looker", "Tableau", "Power BI"], "context_specific")
    assert rows[21] == ("AI assistants", ["ChatGPT Enterprise", "Microsoft Copilot", "Gemini"], "context_specific")
    assert Counter(prevalence for _, _, prevalence in rows) == {"common": 10, "optional": 7, "context_specific": 5}


def test_page_technical_skills() -> None:
    skills = [(s["tier"], s["name"], s["importance_levels"]) for s in _fields()["technical_skills"]["skills"]]
    assert Counter(tier for tier, _, _ in skills) == {"must_have": 5, "good_to_have": 4, "advanced": 4, "emerging": 3}
    assert skills[0] == ("must_have", "OKR and goal-setting frameworks", ["critical"])
    assert skills[4] == ("must_have", "Software delivery literacy", ["important"])
    assert skills[7] == ("good_to_have", "Financial planning basics", ["important", "context_specific"])
    assert skills[9] == ("advanced", "Board and investor communication", ["critical"])
    assert skills[10] == ("advanced", "M&A technical integration planning", ["optional"])
    assert skills[14] == ("emerging", "Engineering productivity measurement", ["important", "context_specific"])
    assert skills[15] == ("emerging", "AI adoption governance", ["optional"])
    assert not any("(" in name for _, name, _ in skills)


def test_page_experience_and_career() -> None:
    fields = _fields()
    experience = fields["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (8.0, 12.0, False)
    assert [len(experience[k]) for k in ("education", "certifications", "prior_roles", "domain_knowledge",
                                         "leadership_expectations")] == [2, 3, 6, 2, 2]  # fmt: skip
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Technical Program Manager",
        "Engineering Manager",
        "Management Consultant",
        "Strategy and Operations Manager",
    ]
    assert {r["transition"]["to_role"] for r in career["feeder_roles"]} == {"Chief of Staff, Engineering"}
    assert [r["name"] for r in career["next_roles"]] == [
        "Head of Engineering Operations", "Director of Engineering", "VP of Strategy and Operations",
        "General Manager of a product line"]  # fmt: skip
    assert all(r["note"] for r in career["next_roles"])
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "Chief of Staff to the CEO", "Head of Technical Program Management", "Product Operations leadership",
        "Corporate strategy or corporate development"]  # fmt: skip
    assert career["promotion_transition"]["to_role"] == "Head of Engineering Operations"
    assert (len(career["promotion_skills"]), len(career["evolution"])) == (3, 3)
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["role_title"] == "Chief of Staff, Engineering"
    assert len(scorecard["career_progression_options"]) == 5


_NOISE = (
    "Find Trusted Fertility Clinics",
    "Explore accredited IVF centers",
    "Every journey to parenthood",
    "Explore Fertility Clinics",
    "Book a consultation today",
    "Compare Top Orthopedic Hospitals",
    "joint replacement specialists",
    "Explore Orthopedic Care",
    "Subscribe",
    "Notify of",
    "0 Comments",
    "Newest",
    "Most Voted",
    "Inline Feedbacks",
    "View all comments",
    "Certification Courses",
    "DevOpsSchool",
    "Would love your thoughts",
    "comment.x",
)


def test_page_noise_and_mojibake_absent() -> None:
    strings = all_strings(unseen_document(_PAGE))
    text = "\n".join(strings)
    for noise in _NOISE:
        assert noise not in text, noise
    for mark in ("โ", "€", "‰", "ฅ", "Â", "Ã", "&amp;", "&#", "**", "]("):
        assert mark not in text, mark
    assert "()" not in strings and "guest" not in strings
