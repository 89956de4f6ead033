"""A seventy-first round unseen page: the AMP version of a WordPress post (amp-sidebar menu, amp-accordion table of
contents, share bars, amp-ad slots with fallback promo copy, one between sections 9 and 10). Every field its key
lists came out right; only the tools a technical skill names were uneven:

- "Use: Triggering remediation from alerts (StackStorm, Event-Driven Ansible)." gave ["Ansible"]: the gazetteer
  lacked StackStorm and Event-Driven Ansible, so the longer product's name was cut to the one it holds.

"Streaming telemetry (gNMI, OpenConfig)" keeps no tools: a protocol and a family of data models, no software the
tools table lists (it lists gNMIc, the client). Snippets below are synthetic; the page is frozen as
tests/unseen/<slug>.synthetic.html with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from collections import Counter

from pipeline.parsers.vocabulary import tools_in
from tests.snippets import all_strings, skill_tools, unseen_document, use_line_skill_tools

_PAGE = "network-automation-engineer.synthetic.html"


# --- the rule, on synthetic input ------------------------------------------------------------------------------


def test_synthetic_longer_product_holding_a_tool_wins() -> None:
    assert tools_in("remediation runbooks (StackStorm, Event-Driven Ansible)") == ("StackStorm", "Event-Driven Ansible")
    assert tools_in("Event-Driven Ansible rulebooks beside Ansible playbooks") == ("Event-Driven Ansible", "Ansible")
    # A lower-case phrase names no product: "event-driven ansible" is a description there.
    assert tools_in("an event-driven ansible setup") == ()


def test_synthetic_use_line_with_event_driven_runbooks() -> None:
    tools = use_line_skill_tools(
        ("Alert-driven remediation (Optional)", "closing tickets from alerts with Event-Driven Ansible or StackStorm."),
        ("Config management (Critical)", "Ansible roles and playbooks."),
        table=("Ansible", "AWX", "Ansible Automation Platform"),
    )
    assert tools == {
        "Alert-driven remediation": ["Event-Driven Ansible", "StackStorm"],
        "Config management": ["Ansible"],
    }


def test_synthetic_protocol_list_names_no_tool() -> None:
    tools = use_line_skill_tools(
        ("Streaming telemetry (gNMI, OpenConfig)", "subscribing to state at scale."),
        table=("gNMIc", "Telegraf"),
    )
    assert tools == {"Streaming telemetry (gNMI, OpenConfig)": []}


# --- the page ------------------------------------------------------------------------------------------------


def test_page_skill_tools() -> None:
    fields = unseen_document(_PAGE)["fields"]
    assert skill_tools(fields, "Event-driven automation") == ["StackStorm", "Event-Driven Ansible"]
    assert skill_tools(fields, "Ansible for configuration management") == ["Ansible"]
    assert skill_tools(fields, "Network validation tools (Batfish, pyATS)") == ["Batfish", "pyATS"]
    assert skill_tools(fields, "Streaming telemetry (gNMI, OpenConfig)") == []
    assert skill_tools(fields, "CI/CD tooling (GitLab CI, GitHub Actions, Jenkins)") == [
        "GitLab CI",
        "GitHub Actions",
        "Jenkins",
    ]


def test_page_role_and_coverage() -> None:
    document = unseen_document(_PAGE)
    role = document["role"]
    assert (role["title"], role["seniority"], role["horizon"]) == ("Network Automation Engineer", "mid", "Current")
    assert document["quality"]["coverage"] == 1.0 and document["missing_sections"] == []
    summary = document["fields"]["role_summary"]
    assert len(summary["paragraphs"]) == 2  # the key's "3 paragraphs" counts the typed blocks after them
    teams = [team for group in summary["interaction"]["groups"] for team in group["teams"]]
    assert len(teams) == 6
    assert teams[0] == "Network Engineering and Network Operations Center (NOC)"
    assert summary["reporting_line"]["reports_to"] == (
        "Network Engineering Manager or the Head of Infrastructure Automation"
    )
    mission = document["fields"]["role_mission"]
    assert mission["core_mission"].startswith("Make every network change predictable, reviewable, and reversible")
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (4, 5)


def test_page_responsibilities_activities_deliverables_goals() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert Counter(item["category"] for item in items) == {
        "strategic": 4,
        "operational": 4,
        "technical": 6,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Define the automation backlog with network leadership"
    assert items[0]["detail"] == "Rank candidate workflows by change volume, failure history, and toil hours saved."
    days = fields["day_to_day"]
    assert [
        len(days[key]["items"])
        for key in ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    ] == [5, 4, 4, 5, 3]
    assert Counter(item["group"] for item in fields["deliverables"]["items"]) == {
        "Automation code and pipelines": 4,
        "Data and validation artifacts": 3,
        "Operational and knowledge artifacts": 3,
    }
    goals = fields["goals"]
    assert [len(goals[key]["items"]) for key in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        3,
        3,
        3,
        3,
        3,
        2,
    ]
    assert len(goals["high_performance"]) == 4


def test_page_kpis() -> None:
    kpis = unseen_document(_PAGE)["fields"]["kpis"]
    rows = [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]]
    assert len(rows) == 13
    assert rows[0] == ("Automation coverage", "≥ 70% of standard changes within 12 months", "Monthly")
    assert rows[3] == ("Mean time to rollback", "≤ 15 minutes for automated rollback", "Per incident")
    assert rows[-1] == ("Stakeholder satisfaction", "≥ 4.2/5 average", "Half-yearly")
    assert [row["frequencies"][0] for row in kpis["rows"]] == [
        "monthly",
        "monthly",
        "monthly",
        "per_incident",
        "weekly",
        "monthly",
        "weekly",
        "quarterly",
        "quarterly",
        "monthly",
        "per_release",
        "monthly",
        "half_yearly",
    ]


def test_page_skills_and_tools() -> None:
    fields = unseen_document(_PAGE)["fields"]
    skills = fields["technical_skills"]["skills"]
    assert [skill["tier"] for skill in skills] == ["must_have"] * 6 + ["good_to_have"] * 5 + ["advanced"] * 4 + [
        "emerging"
    ] * 3
    assert [skill["importance"] for skill in skills] == [
        "critical", "critical", "critical", "critical", "important", "important",
        "important", "important", "important", "important", "optional",
        "important", "optional", "context_specific", "context_specific",
        "important", "optional", "important",
    ]  # fmt: skip
    assert skills[10]["importance_levels"] == ["optional", "important"]
    assert len(fields["soft_skills"]["skills"]) == 7
    rows = fields["tools"]["rows"]
    assert len(rows) == 25
    assert [(r["category"], [t["name"] for t in r["tools"]], r["prevalence"]) for r in rows[:3]] == [
        ("Programming languages", ["Python"], "common"),
        ("Programming languages", ["Go"], "context_specific"),
        ("Automation frameworks", ["Ansible", "AWX", "Ansible Automation Platform"], "common"),
    ]
    assert ([t["name"] for t in rows[17]["tools"]], rows[17]["prevalence"]) == (
        ["Cisco ACI", "Arista CloudVision", "Juniper Apstra"],
        "context_specific",
    )
    assert [len(env["items"]) for env in fields["tech_stack"]["environments"]] == [3, 2, 2, 2, 2, 2, 2]


def test_page_people_experience_career_hiring() -> None:
    fields = unseen_document(_PAGE)["fields"]
    stakeholders = fields["stakeholders"]
    assert [
        len(stakeholders[key])
        for key in ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    ] == [6, 3, 5, 3, 3, 3]
    rights = fields["decision_rights"]
    assert [len(rights[key]["decisions"]) for key in ("independent", "team_approval", "manager_approval")] == [4, 3, 4]
    experience = fields["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (4.0, 7.0, False)
    assert [len(experience[key]) for key in ("education", "prior_roles", "domain_knowledge")] == [2, 3, 2]
    career = fields["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Network Engineer",
        "NOC Engineer",
        "Systems / DevOps Engineer",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Senior Network Automation Engineer",
        "Network Reliability Engineer",
        "Network Automation Architect",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Site Reliability Engineer",
        "Cloud Network Engineer",
        "Platform Engineer",
        "Network Security Automation Engineer",
    ]
    risks = fields["risks"]
    assert [
        len(risks[key])
        for key in ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    ] == [3, 2, 3, 3, 3]
    assert [len(g["variants"]) + len(g["notes"]) for g in fields["role_variants"]["dimensions"]] == [2, 3, 1, 2, 2, 2]
    hiring = fields["hiring"]
    assert [len(hiring[key]) for key in ("what_to_assess", "strong_signals", "weak_signals", "red_flags")] == [
        5,
        3,
        2,
        3,
    ]
    assert len(hiring["exercises"]) == 3 and len(hiring["scorecard"]["rows"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10
    assert fields["scorecard"]["role_title"] == "Network Automation Engineer"


# The answer key's noise list ("Menu", "Tagged" and the related posts' role names are words of the article too).
_NOISE = (
    "Advertisement",
    "Compare Solar Installers Near You",
    "Our electricity bill dropped by half",
    "Get My Solar Quote",
    "Find Pet-Friendly Vacation Rentals",
    "Browse Pet-Friendly Stays",
    "Table of Contents",
    "[hide]",
    "Skip to content",
    "Close menu",
    "BlueprintHub",
    "Role Blueprints",
    "Salary Guides",
    "Interview Kits",
    "Meera Kulkarni",
    "November 14, 2026",
    "14 min read",
    "7 Comments",
    "Share on LinkedIn",
    "Found this useful",
    "You may also like",
    "Cloud Network Engineer: Role Blueprint",
    "Join the discussion",
    "Leave a comment",
    "Posted in",
    "NetDevOps",
    "editors@blueprinthub.example",
    "555-0143",
    "Privacy Policy",
    "All rights reserved",
    "View Non-AMP Version",
    "ca-pub-",
    "amp-",
    "example-solar",
    "example-rentals",
)


def test_page_noise_entities_and_markup_absent() -> None:
    strings = " ".join(all_strings(unseen_document(_PAGE)["fields"]))
    for noise in _NOISE:
        assert noise not in strings, noise
    for leftover in ("&#", "&amp;", "<li", "**", "](", "\u00a0", "â€", "Ã"):
        assert leftover not in strings, leftover
    assert "≥ 4.2/5" in strings and "“automated.”" in strings
