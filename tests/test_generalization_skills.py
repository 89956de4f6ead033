"""Technical skills, skill tools and mojibake dashes: synthetic snippets modelled on unseen pages of the family.

The "Database Administrator" page wrote each skill tier as a table ("| Skill | Importance | Use | What good
looks like |"); the "iOS Engineer" page named its skills' tools in lowercase ("fastlane") or with names the
gazetteer lacked (UIKit, Core ML); the DBA page came with every dash and arrow as the bare mojibake "โ".
"""

from __future__ import annotations

from pipeline import extract

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
         "Codifying access", None, [("Use", "use"), ("Why it matters", "why")]),
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
