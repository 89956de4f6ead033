"""Technical skills, skill tools and mojibake dashes: synthetic snippets modelled on unseen pages of the family.

The "Database Administrator" page wrote each skill tier as a table ("| Skill | Importance | Use | What good
looks like |"); the "iOS Engineer" page named its skills' tools in lowercase ("fastlane") or with names the
gazetteer lacked (UIKit, Core ML); the DBA page came with every dash and arrow as the bare mojibake "โ".
"""

from __future__ import annotations

from snippets import html_fields

from pipeline import extract
from pipeline.mojibake import repair_text

TITLE = "Database Administrator (DBA): Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"


def text_fields(body: str) -> dict:
    """The typed fields of a compact-text page: the title, then ``body``."""
    return extract((TITLE + body).encode("utf-8"), name="x.txt")[0].document["fields"]


def skill_rows(body: str) -> list[tuple]:
    skills = text_fields("8) Technical Skills Required\n" + body)["technical_skills"]["skills"]
    return [
        (s["tier"], s["name"], s["importance"], s["importance_levels"], s["importance_note"], s["use"],
         s["what_good_looks_like"], [(d["label"], d["kind"]) for d in s["details"]])
        for s in skills
    ]


# --- 1. a skill tier written as a table --------------------------------------------------------------


def test_a_tier_table_gives_one_skill_a_row_with_its_columns_by_header() -> None:
    rows = skill_rows(
        "Must-have technical skills\n"
        "| Skill | Importance | Use | What good looks like |\n|---|---|---|---|\n"
        "| Advanced SQL | Critical | Writing queries | Spots bad joins |\n"
        "| Infrastructure as code | Optional \u2192 Important if the platform is cloud-first | Builds | Reviewed |\n"
        "Emerging future skills\n"
        "| Skill | Importance | Use | Why it matters |\n|---|---|---|---|\n"
        "| Policy-as-code | Context-specific | Codifying access | Audits get easier |\n"
    )
    assert rows == [
        ("must_have", "Advanced SQL", "critical", ["critical"], "Critical", "Writing queries", "Spots bad joins",
         [("Use", "use"), ("What good looks like", "what_good_looks_like")]),
        ("must_have", "Infrastructure as code", "optional", ["optional", "important"],
         "Optional \u2192 Important if the platform is cloud-first", "Builds", "Reviewed",
         [("Use", "use"), ("What good looks like", "what_good_looks_like")]),
        ("emerging", "Policy-as-code", "context_specific", ["context_specific"], "Context-specific",
         "Codifying access", None, [("Use", "use"), ("Why it matters", "why")]),  # its why is `why`, not the bar
    ]


def test_skill_table_columns_in_another_order_and_a_tier_column() -> None:
    rows = skill_rows(
        "| Use | Tier | Technical skill | Priority | Notes |\n|---|---|---|---|---|\n"
        "| Queries | Must-have | Advanced SQL | Critical | Daily work |\n"
        "| Pipelines | Good-to-have | Terraform |  |  |\n"
    )
    assert rows == [
        ("must_have", "Advanced SQL", "critical", ["critical"], "Critical", "Queries", None,
         [("Use", "use"), ("Notes", "other")]),
        ("good_to_have", "Terraform", None, [], None, "Pipelines", None, [("Use", "use")]),
    ]


def test_skill_table_row_text_and_tools() -> None:
    skills = text_fields(
        "8) Technical Skills Required\nMust-have technical skills\n"
        "| Skill | Importance | Use |\n|---|---|---|\n| Scripting (PowerShell, Bash) | Important | Automating checks |\n"
    )["technical_skills"]["skills"]
    assert [(s["text"], s["tools"], s["number"]) for s in skills] == [
        ("Scripting (PowerShell, Bash) | Important | Automating checks", ["PowerShell", "Bash"], None)
    ]


def test_skill_list_items_stay_as_they_were() -> None:
    """Guard: list-item skills with nested detail lines (seed 000's layout) are still one skill an item."""
    rows = skill_rows(
        "Must-have technical skills\n- Advanced SQL (Critical)\n  - Use: writing queries\n"
        "  - What good looks like: spots bad joins\n"
    )
    assert rows == [
        ("must_have", "Advanced SQL", "critical", ["critical"], "Critical", "writing queries", "spots bad joins",
         [("Use", "use"), ("What good looks like", "what_good_looks_like")]),
    ]


# --- 2. a skill's tools: mobile names, and the page's own lower-case tool names ----------------------------


def skill_tools(skills_html: str, tools_rows: str = "") -> list[tuple[str, list[str]]]:
    body = "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3><ol>" + skills_html + "</ol>"
    if tools_rows:
        body += (
            "<h2>10) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool</th>"
            "<th>Primary use</th><th>Common / Optional / Context-specific</th></tr>" + tools_rows + "</table>"
        )
    return [(s["name"], s["tools"]) for s in html_fields(body)["technical_skills"]["skills"]]


def test_mobile_tools_of_the_gazetteer_are_named() -> None:
    assert skill_tools(
        "<li><strong>SwiftUI and UIKit</strong> (Critical)<ul><li>Use: screens tested with XCTest.</li></ul></li>"
        "<li><strong>CI/CD and fastlane</strong> (Important)<ul><li>Use: builds to TestFlight.</li></ul></li>"
        "<li><strong>On-device ML (Core ML)</strong> (Important)</li>"
    ) == [
        ("SwiftUI and UIKit", ["SwiftUI", "UIKit", "XCTest"]),
        ("CI/CD and fastlane", ["fastlane", "TestFlight"]),
        ("On-device ML (Core ML)", ["Core ML"]),
    ]


def test_ordinary_words_are_no_mobile_tools() -> None:
    """Guard: "Combine" and "Core data" open lines as ordinary words; the gazetteer leaves them out."""
    assert skill_tools(
        "<li><strong>Combine</strong> (Optional)<ul><li>Use: reactive streams.</li></ul></li>"
        "<li><strong>Data modelling</strong> (Critical)<ul><li>Use: Core data assets are versioned.</li></ul></li>"
    ) == [("Combine", []), ("Data modelling", [])]


def test_a_lower_case_name_of_the_tools_table_is_a_skill_tool_but_not_a_function_word() -> None:
    assert skill_tools(
        "<li><strong>Log analysis</strong> (Important)<ul><li>Use: reports with pgbadger, shared with others."
        "</li></ul></li>"
        "<li><strong>Pgbadger-style reports</strong> (Optional)</li>",
        "<tr><td>Monitoring</td><td>pgbadger / others</td><td>Log reports</td><td>Common</td></tr>",
    ) == [("Log analysis", ["pgbadger"]), ("Pgbadger-style reports", [])]


# --- 4. bare "โ" mojibake: a career step's arrow, a dash before a level -----------------------------------


def test_a_career_step_before_a_label_colon_is_an_arrow() -> None:
    lines = repair_text(
        "- DBA \u0e42 Senior DBA: from operating systems to designing the platform.\n"
        "- Senior DBA \u0e42 Lead DBA or Database Architect: sets standards.\n"
    )[0].splitlines()
    assert lines == [
        "- DBA → Senior DBA: from operating systems to designing the platform.",
        "- Senior DBA → Lead DBA or Database Architect: sets standards.",
    ]


def test_a_label_after_a_dash_stays_a_dash() -> None:
    """Guard: a skill and its detail label, a group and its label, keep their dash."""
    lines = repair_text(
        "- Python (Critical) \u0e42 Python basics: loops and types\n"
        "- Data environment \u0e42 Platform and operations: runs the estate\n"
    )[0].splitlines()
    assert lines == [
        "- Python (Critical) – Python basics: loops and types",
        "- Data environment – Platform and operations: runs the estate",
    ]


def test_a_name_dash_before_a_level_dash_is_a_dash_too() -> None:
    lines = repair_text(
        "- AWS Certified Database \u0e42 Specialty \u0e42 Optional\n- Analyst \u0e42 Senior Analyst \u0e42 Lead Analyst\n"
        "- Terraform \u0e42 Optional \u0e42 Important if cloud-first\n"
    )[0].splitlines()
    assert lines == [
        "- AWS Certified Database – Specialty – Optional",
        "- Analyst → Senior Analyst → Lead Analyst",
        "- Terraform – Optional → Important if cloud-first",
    ]


def test_career_evolution_and_certification_of_a_mojibake_page() -> None:
    f = text_fields(
        "14) Required Experience and Qualifications\nCertifications\n- AWS Certified Database \u0e42 Specialty \u0e42 Optional\n"
        "15) Career Path and Progression\nHow this role evolves over time\n"
        "- DBA \u0e42 Senior DBA: from operating systems to designing the platform.\n"
    )
    assert [(c["name"], c["requirement"]) for c in f["experience"]["certifications"]] == [
        ("AWS Certified Database – Specialty", "optional")
    ]
    assert [e["period"] for e in f["career_path"]["evolution"]] == ["DBA → Senior DBA"]


# --- 3. gazetteer names that are ordinary terms too ----------------------------------------------------------


def test_an_ambiguous_name_is_a_skill_tool_only_where_the_tools_table_lists_it() -> None:
    skills = (
        "<li><strong>Scaled agile frameworks (SAFe, LeSS, Nexus)</strong> (Optional)</li>"
        "<li><strong>Probabilistic forecasting (Monte Carlo simulation)</strong> (Optional)</li>"
    )
    assert skill_tools(skills) == [
        ("Scaled agile frameworks (SAFe, LeSS, Nexus)", []),
        ("Probabilistic forecasting (Monte Carlo simulation)", []),
    ]
    assert skill_tools(
        skills, "<tr><td>Artifacts</td><td>Nexus / Artifactory</td><td>Package storage</td><td>Common</td></tr>"
    ) == [
        ("Scaled agile frameworks (SAFe, LeSS, Nexus)", ["Nexus"]),
        ("Probabilistic forecasting (Monte Carlo simulation)", []),
    ]
