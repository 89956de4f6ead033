"""A seventieth round unseen page, a clinical research role in crawler markdown, came out well but for four fields:
a skill's "GCP, ICH E6(R3) and 21 CFR Part 11 knowledge" tagged Google Cloud (GCP is Good Clinical Practice
there); "studies in Medidata Rave, Veeva Vault CDMS or Oracle InForm" lost the product its tools table names
"Medidata Rave EDC" and split "Oracle InForm" into two tools; a KPI measured "Per audit" read as a project's
cadence; and a "Manager" title made the role a people manager while its leadership heading says "without direct
reports".

Snippets below are synthetic (made-up products and roles); the page is frozen as tests/unseen/<slug>.synthetic.md
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from pipeline.header import manages_no_one, seniority_of
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers.kpis import frequencies_of
from tests.snippets import all_strings, skill_tools, unseen_document, use_line_skill_tools

_PAGE = "clinical-data-manager.synthetic.md"


# --- the rules, on synthetic input ---------------------------------------------------------------------------


def test_synthetic_cloud_acronym_beside_regulations_is_the_regulation():
    tools = use_line_skill_tools(
        ("Trial regulations", "applying GCP, ICH E6 and 21 CFR Part 11 to every audit trail."),
        ("Cloud hosting", "running workloads on AWS, Azure or GCP."),
        ("Cloud regulations", "GCP data residency rules for regulated workloads."),
        ("Analytics platform", "BigQuery datasets on GCP."),
    )
    assert tools["Trial regulations"] == []
    assert tools["Cloud hosting"] == ["AWS", "Azure", "GCP"]
    assert tools["Cloud regulations"] == ["GCP"]  # a cloud named: the platform, whatever else the text says
    assert tools["Analytics platform"] == ["BigQuery", "GCP"]  # no regulation named


def test_synthetic_product_named_without_its_kind_acronym():
    table = ("Zentrial Capture EDC", "Zentrial Capture Coder", "Veeva Vault CDMS")
    tools = use_line_skill_tools(
        ("Capture systems", "building studies in Zentrial Capture or Veeva Vault CDMS."), table=table
    )
    assert tools["Capture systems"] == ["Zentrial Capture", "Veeva Vault CDMS"]


def test_synthetic_maker_before_a_page_tool_is_one_product():
    table = ("Oracle Clinical One", "Trialbase", "Castor EDC")
    tools = use_line_skill_tools(
        ("Study builds", "configuring Oracle Trialbase or Castor EDC."),
        ("Databases", "tuning Oracle or Oracle Trialbase back ends."),
        table=table,
    )
    assert tools["Study builds"] == ["Oracle Trialbase", "Castor EDC"]
    assert tools["Databases"] == ["Oracle", "Oracle Trialbase"]  # the maker named alone too stays a tool


def test_synthetic_per_audit_and_per_inspection_are_event_driven():
    assert frequencies_of("Per audit") == ["ad_hoc"]
    assert frequencies_of("Per inspection") == ["ad_hoc"]
    assert frequencies_of("Annual / per audit") == ["yearly", "ad_hoc"]
    assert frequencies_of("Per audit engagement") == ["per_project"]  # an auditor's engagement is a project
    assert frequencies_of("Quarterly audit") == ["quarterly"]
    assert frequencies_of("Per study") == ["per_project"]


def _leadership(heading: str) -> list[Section]:
    sub = Subsection(key="leadership", title=heading, blocks=[])
    return [
        Section(id=SectionId.RESPONSIBILITIES, number=3, title="Core Responsibilities", blocks=[], subsections=[sub])
    ]


def test_synthetic_manager_without_direct_reports_manages_no_one():
    assert manages_no_one(_leadership("Leadership responsibilities (site-level, without direct reports)"))
    assert not manages_no_one(_leadership("Leadership responsibilities (manages 4 direct reports)"))
    assert seniority_of("Trial Supplies Manager", manages_people=False).value == "unknown"


# --- the page ------------------------------------------------------------------------------------------------


def test_unseen_page_fixed_fields():
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert skill_tools(fields, "GCP, ICH E6(R3) and 21 CFR Part 11 knowledge") == []
    assert skill_tools(fields, "EDC system proficiency") == ["Medidata Rave", "Veeva Vault CDMS", "Oracle InForm"]
    audit = [row for row in fields["kpis"]["rows"] if row["name"] == "Audit and inspection findings"]
    assert [(row["frequency"], row["frequencies"]) for row in audit] == [("Per audit", ["ad_hoc"])]
    assert document["role"]["title"] == "Clinical Data Manager"
    assert document["role"]["seniority"] == "unknown"


def test_unseen_page_main_fields():
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["missing_sections"] == []
    assert document["role"]["horizon"] == "Current"
    assert len(fields["role_summary"]["paragraphs"]) == 2
    assert len(fields["role_mission"]["strategic_importance"]) == 3
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 4
    items = fields["responsibilities"]["items"]
    assert [item["number"] for item in items] == list(range(1, 24))
    categories = [item["category"] for item in items]
    assert [categories.count(c) for c in dict.fromkeys(categories)] == [4, 4, 6, 3, 4, 2]
    assert items[0]["title"] == "Shape the data collection strategy at protocol stage"
    day = fields["day_to_day"]
    assert [
        len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    ] == [5, 4, 4, 4, 3]
    assert len(fields["deliverables"]["items"]) == 14

    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Time to database lock",
        "≤ 6 weeks from LPLV",
        "Per study",
    )
    assert kpis[7]["why_it_matters"] == "Signals the quality—and discipline—of the lock process"
    assert kpis[11]["frequencies"] == ["half_yearly"]

    skills = fields["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in dict.fromkeys(tiers)] == [6, 5, 3, 3]
    assert [skill["number"] for skill in skills] == list(range(1, 18))
    assert [skill["importance"] for skill in skills[:6]] == ["critical"] * 4 + ["important"] * 2
    assert skills[4]["name"] == "CDISC standards – CDASH and SDTM"
    assert skills[11]["importance_levels"] == ["optional", "important"]
    assert len(fields["soft_skills"]["skills"]) == 7

    tools = fields["tools"]["rows"]
    assert len(tools) == 22
    assert [tool["name"] for tool in tools[0]["tools"]] == ["Medidata Rave EDC"]
    assert (tools[0]["category"], tools[0]["prevalence"]) == ("EDC", "common")

    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3, 7, False)
    career = fields["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Clinical Data Associate",
        "Clinical Data Coordinator",
        "Clinical Research Associate",
        "Medical Coder",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Senior Clinical Data Manager",
        "Clinical Data Management Lead",
        "Associate Director, Clinical Data Management",
    ]
    assert len(career["adjacent_paths"]) == 5
    assert len(fields["scorecard"]["rows"]) == 10
    assert len(fields["scorecard"]["career_progression_options"]) == 4


def test_unseen_page_noise_and_mojibake_gone():
    strings = all_strings(unseen_document(_PAGE)["fields"])
    noise = (
        "Skip to content", "Meera Raghunathan", "Dental Implant", "smilefinder", "LASIK", "Related posts",
        "Notify of", "Archives", "555-0147", "hello@roleblueprintshub.com", "RoleBlueprints Academy",
        "All rights reserved", "reviewing EDC query listings on two monitors", "wp-content",
        "โ", "&#8211;", "&amp;", "**", "](", "![",
    )  # fmt: skip
    for word in noise:
        assert not [s for s in strings if word in s], word
    assert any("company’s regulatory standing" in s for s in strings)
