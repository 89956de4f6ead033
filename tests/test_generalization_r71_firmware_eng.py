"""A seventy-first round unseen page: crawler markdown whose UTF-8 was decoded once as Windows-1252 (mojibake, NBSPs,
a closing quote that lost its last byte), with ads, an author line, related posts, archives and a wpDiscuz widget.
Every field its key lists came out right; only the tools a technical skill names were uneven:

- "Embedded C (and modern C++ where used)" gave ["C++"]: a one-letter language is a tool in prose only where a list
  joins it to another, so the C the skill is named after was lost though the tools table lists C;
- "deploying quantized models with TensorFlow Lite Micro or vendor NPUs" gave ["TensorFlow"]: the gazetteer lacked
  the Lite runtimes, so the longer product's name was cut to the one it holds.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.md with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.parsers.vocabulary import tools_in
from tests.snippets import all_strings, skill_tools, unseen_document, use_line_skill_tools

_PAGE = "senior-firmware-engineer.synthetic.md"


# --- the rules, on synthetic input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "table", "tools"),
    [
        ("Embedded C (and modern C++ where used)", ("C", "C++", "Python"), ["C", "C++"]),
        ("Statistical computing in R", ("R", "Python"), ["R"]),
        ("Base R and Python scripting", ("R", "Python"), ["R", "Python"]),
        # Part of a product's name the table lists: the product, not the language.
        ("R Shiny dashboards", ("R", "R Shiny"), ["R Shiny"]),
        # Glued to a sign, or a letter the table does not list: no language.
        ("C# services", ("C", "C#"), ["C#"]),
        ("R&D tooling in Python", ("R", "Python"), ["Python"]),
        ("Vitamin C dosing", ("Python",), []),
        # Inside the name's brackets a letter is a note's word: only a list there names it (see the list rule).
        ("Scripting (plan B when Python is missing)", ("B", "Python"), ["Python"]),
    ],
)
def test_synthetic_letter_language_named_in_a_skill_name(name: str, table: tuple[str, ...], tools: list[str]) -> None:
    assert use_line_skill_tools((name, "writing and reviewing code."), table=table) == {name: tools}


def test_synthetic_letter_in_a_use_line_stays_list_only() -> None:
    # Prose names a letter language only where a list joins it: "grade C" is a rating, "in C or Rust" a language.
    tools = use_line_skill_tools(
        ("Code quality", "keeping modules at grade C or better."),
        ("Drivers", "written in C or Rust."),
        table=("C", "Rust"),
    )
    assert tools == {"Code quality": [], "Drivers": ["C", "Rust"]}


def test_synthetic_lite_runtimes_win_over_tensorflow() -> None:
    assert tools_in("quantized models on TensorFlow Lite Micro or CMSIS-NN") == ("TensorFlow Lite Micro",)
    assert tools_in("TensorFlow Lite models on phones, TensorFlow in training") == ("TensorFlow Lite", "TensorFlow")


# --- the page ------------------------------------------------------------------------------------------------


def test_page_skill_tools() -> None:
    fields = unseen_document(_PAGE)["fields"]
    assert skill_tools(fields, "Embedded C (and modern C++ where used)") == ["C", "C++"]
    assert skill_tools(fields, "TinyML / on-device inference") == ["TensorFlow Lite Micro"]
    assert skill_tools(fields, "RTOS concepts and practice") == ["FreeRTOS", "Zephyr", "ThreadX", "SafeRTOS"]
    assert skill_tools(fields, "Timing and schedulability analysis") == ["Percepio Tracealyzer", "SEGGER SystemView"]
    assert skill_tools(fields, "Rust for embedded") == ["Rust"]


def test_page_role_and_coverage() -> None:
    document = unseen_document(_PAGE)
    role = document["role"]
    assert (role["title"], role["seniority"], role["horizon"]) == ("Senior Firmware Engineer", "senior", "Current")
    assert document["quality"]["coverage"] == 1.0 and document["missing_sections"] == []
    assert (document["source"]["date_published"], document["source"]["date_modified"]) == ("2025-03-14", "2025-06-02")
    summary = document["fields"]["role_summary"]
    assert len(summary["paragraphs"]) == 2  # the key's "3 paragraphs" counts the business-value list after them
    assert "connected devices — from bootloaders" in summary["paragraphs"][0]
    mission = document["fields"]["role_mission"]
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 4)


def test_page_responsibilities_activities_deliverables_goals() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert Counter(item["category"] for item in items) == {
        "strategic": 4,
        "operational": 4,
        "technical": 5,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert all(item["detail"] and "**" not in item["title"] for item in items)
    days = fields["day_to_day"]
    assert [
        len(days[key]["items"])
        for key in ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    ] == [5, 5, 5, 5, 4]
    assert Counter(item["group"] for item in fields["deliverables"]["items"]) == {
        "Design and architecture deliverables": 3,
        "Code and release deliverables": 4,
        "Safety, security, and quality deliverables": 5,
    }
    goals = fields["goals"]
    assert [len(goals[key]["items"]) for key in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        4,
        3,
        3,
        3,
        3,
        3,
    ]
    assert len(goals["high_performance"]) == 5


def test_page_kpis() -> None:
    rows = [(row["name"], row["target"], row["frequency"]) for row in unseen_document(_PAGE)["fields"]["kpis"]["rows"]]
    assert len(rows) == 13
    assert rows[0] == ("Field failure rate (firmware-attributed)", "≤ 0.5 per 1,000 devices per quarter", "Monthly")
    assert rows[2] == ("OTA update success rate", "≥ 99.5% success; 0 bricked units", "Per release")
    assert rows[7] == ("Board bring-up lead time", "≤ 10 working days per board revision", "Per board revision")
    assert rows[-1] == ("Mentoring contribution", "1 mentee active; 1 guideline or talk per quarter", "Quarterly")


def test_page_skills_and_tools() -> None:
    fields = unseen_document(_PAGE)["fields"]
    skills = fields["technical_skills"]["skills"]
    assert Counter(skill["tier"] for skill in skills) == {
        "must_have": 6,
        "good_to_have": 5,
        "advanced": 4,
        "emerging": 3,
    }
    assert [skill["importance"] for skill in skills] == [
        "critical", "critical", "critical", "critical", "important", "important",
        "important", "important", "important", "optional", "context_specific",
        "optional", "important", "context_specific", "important",
        "optional", "context_specific", "important",
    ]  # fmt: skip
    assert skills[11]["importance_levels"] == ["optional", "critical"]
    assert len(fields["soft_skills"]["skills"]) == 7
    rows = fields["tools"]["rows"]
    assert len(rows) == 27
    c = rows[0]["tools"][0]
    assert (rows[0]["category"], c["name"], c["variants"], rows[0]["prevalence"]) == (
        "Languages",
        "C",
        ["C99", "C11"],
        "common",
    )
    assert [t["name"] for t in rows[12]["tools"]] == ["Polyspace", "PC-lint Plus", "Parasoft C/C++test"]
    git = rows[18]["tools"][0]
    assert (git["name"], git["variants"]) == ("Git", ["GitHub", "GitLab", "Bitbucket"])
    assert len(fields["tech_stack"]["environments"]) == 8


def test_page_people_experience_career_hiring() -> None:
    fields = unseen_document(_PAGE)["fields"]
    stakeholders = fields["stakeholders"]
    assert [
        len(stakeholders[key])
        for key in ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    ] == [8, 3, 4, 3, 3, 3]
    rights = fields["decision_rights"]
    assert [len(rights[key]["decisions"]) for key in ("independent", "team_approval", "manager_approval")] == [4, 3, 4]
    experience = fields["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (6.0, 10.0, True)
    assert [
        len(experience[key])
        for key in ("education", "certifications", "prior_roles", "domain_knowledge", "leadership_expectations")
    ] == [2, 2, 3, 2, 2]
    career = fields["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Firmware Engineer",
        "Embedded Software Engineer",
        "Hardware Engineer",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Staff Firmware Engineer / Principal Embedded Engineer",
        "Firmware Architect",
        "Firmware Engineering Manager",
    ]
    assert len(career["adjacent_paths"]) == 4 and len(career["evolution"]) == 3
    risks = fields["risks"]
    assert [
        len(risks[key])
        for key in ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    ] == [4, 3, 4, 3, 4]
    ai = fields["ai_impact"]
    assert [len(ai[key]) for key in ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")] == [
        4,
        4,
        3,
        3,
    ]
    hiring = fields["hiring"]
    assert [len(hiring[key]) for key in ("what_to_assess", "strong_signals", "weak_signals", "red_flags")] == [
        6,
        4,
        3,
        3,
    ]
    assert [exercise["name"] for exercise in hiring["exercises"]] == [
        "Code review exercise",
        "Design case",
        "Bench debugging",
    ]
    assert len(hiring["scorecard"]["rows"]) == 6
    assert len(fields["scorecard"]["rows"]) == 10 and fields["scorecard"]["role_title"] == "Senior Firmware Engineer"


# The answer key's noise list.
_NOISE = (
    "Skip to content",
    "Role Blueprints",
    "Interview Kits",
    "Contact Us",
    "Embedded & Hardware",
    "Plan Your Dream Kitchen Remodel",
    "kitchen remodeling contractors",
    "Get Free Remodel Quotes",
    "Go Solar for Less This Season",
    "rooftop solar installers",
    "Calculate My Roof",
    "Renée Castellanos",
    "RenÃ©e",
    "19 min read",
    "Related Posts",
    "Embedded Linux Engineer: Role Blueprint",
    "Hardware Test Lead",
    "Archives",
    "Notify of",
    "Inline Feedbacks",
    "View all comments",
    "Would love your thoughts",
    "© 2025 RoleBook",
    "All rights reserved",
    "Privacy Policy",
    "014-2290",
    "rolebook.example.com",
    "ads.example.net",
)


def test_page_noise_and_mojibake_absent() -> None:
    strings = " ".join(all_strings(unseen_document(_PAGE)["fields"]))
    for noise in _NOISE:
        assert noise not in strings, noise
    for leftover in ("â€", "â‰", "â†", "Ã", "Â", "\u00a0", "**", "](", "&#", "&amp;"):
        assert leftover not in strings, leftover
    assert all(text in strings for text in ("I²C", "TÜV", "hardware–firmware", "“fix”", "≤ 0.5"))
