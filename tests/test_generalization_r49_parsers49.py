"""Round 49: a career chain of role names, the scorecard's main goals, of two hand-keyed pages.

ai-product-manager-crawler-md (a crawler's markdown of a WordPress page) tells how the role evolves with
"Product Manager → AI Product Manager → Senior AI Product Manager → Group Product Manager, AI. Over time ...": a
progression of roles, one stage whose transition is the path, not four stages with role names for periods.
penetration-tester-seed004 (seed 004's text layout) writes its "Main goals" row as a ';' list, split as every
other Top/Main row is. The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are
synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import html_fields, unseen_document

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
AI_PM = "ai-product-manager-crawler-md.synthetic.md"
PENTESTER = "penetration-tester-seed004.synthetic.txt"

_MARKDOWN = (
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "## 15) Career Path and Progression\n\n### How this role evolves over time\n\n{evolution}\n"
)


def _fields(name: str) -> dict[str, Any]:
    return unseen_document(name)["fields"]


def _evolution(text: str) -> list[dict[str, Any]]:
    (extraction,) = extract(_MARKDOWN.format(evolution=text).encode(), name="snippet.md")
    return extraction.document["fields"]["career_path"]["evolution"]


# --- a chain of role names is a progression, not periods -------------------------------------------------


def test_synthetic_role_chain_is_one_stage_with_its_path_and_no_period() -> None:
    stages = _evolution(
        "Support Analyst → Senior Support Analyst → Support Team Lead, EMEA. Over time the work moves from "
        "tickets to process design."
    )
    assert [(stage["period"], stage["text"]) for stage in stages] == [
        (None, "Support Analyst → Senior Support Analyst → Support Team Lead, EMEA"),
        (None, "Over time the work moves from tickets to process design."),
    ]
    assert stages[0]["transition"] == {
        "from_role": "Support Analyst",
        "to_role": "Support Team Lead, EMEA",
        "path": ["Support Analyst", "Senior Support Analyst", "Support Team Lead, EMEA"],
    }
    assert stages[1]["transition"] is None
    assert all(stage["description"] is None for stage in stages)


def test_synthetic_role_chain_alone_in_a_bullet_is_one_stage() -> None:
    stages = _evolution("- Buyer → Senior Buyer → Category Manager → Head of Procurement")
    assert len(stages) == 1 and stages[0]["period"] is None
    assert stages[0]["transition"]["path"] == ["Buyer", "Senior Buyer", "Category Manager", "Head of Procurement"]


def test_synthetic_time_labelled_stages_keep_their_periods_and_no_transition() -> None:
    stages = _evolution("- Months 0–3: learn the ledger.\n- Year 2: own the close.\n- After 12–36 months: lead a team.")
    assert [(s["period"], s["period_unit"], s["period_start"], s["period_end"]) for s in stages] == [
        ("Months 0–3", "month", 0, 3),
        ("Year 2", "year", 2, 2),
        ("After 12–36 months", "month", 12, 36),
    ]
    assert all(stage["transition"] is None for stage in stages)


def test_unseen_ai_product_manager_evolution_is_the_chain_then_the_sentence() -> None:
    evolution = _fields(AI_PM)["career_path"]["evolution"]
    assert len(evolution) == 2
    chain, after = evolution
    assert chain["period"] is None
    assert chain["text"] == (
        "Product Manager → AI Product Manager → Senior AI Product Manager → Group Product Manager, AI"
    )
    assert chain["transition"]["path"] == [
        "Product Manager", "AI Product Manager", "Senior AI Product Manager", "Group Product Manager, AI",
    ]  # fmt: skip
    assert (chain["transition"]["from_role"], chain["transition"]["to_role"]) == (
        "Product Manager", "Group Product Manager, AI",
    )  # fmt: skip
    assert after["text"].startswith("Over time the focus moves from single-feature delivery")
    assert (after["period"], after["transition"]) == (None, None)


# --- main goals are split as the other Top/Main rows -----------------------------------------------------


def _scorecard(goals: str) -> dict[str, Any]:
    body = (
        "<h2>20) Final Role Scorecard Summary</h2><table><tbody><tr><td>Item</td><td>Executive summary</td></tr>"
        "<tr><td>Role title</td><td>Test Role</td></tr>"
        "<tr><td>Top KPIs</td><td>Cycle time; error rate</td></tr>"
        f"<tr><td>Main goals</td><td>{goals}</td></tr></tbody></table>"
    )
    return html_fields(body)["scorecard"]


def test_synthetic_main_goals_split_at_semicolons_as_top_kpis_are() -> None:
    card = _scorecard("90-day ownership of the queue; 6-month cycle time at target; 12-month lead, with a deputy")
    assert card["top_kpis"] == ["Cycle time", "error rate"]
    assert card["main_goals"] == [
        "90-day ownership of the queue", "6-month cycle time at target", "12-month lead, with a deputy",
    ]  # fmt: skip
    row = next(row for row in card["rows"] if row["field"] == "main_goals")
    assert row["value"] == "90-day ownership of the queue; 6-month cycle time at target; 12-month lead, with a deputy"


def test_synthetic_numbered_main_goals_and_a_single_goal() -> None:
    assert _scorecard("1) Own the queue 2) Hit the SLA 3) Train a deputy")["main_goals"] == [
        "Own the queue", "Hit the SLA", "Train a deputy",
    ]  # fmt: skip
    assert _scorecard("Stable queue within 90 days")["main_goals"] == ["Stable queue within 90 days"]


def test_unseen_penetration_tester_main_goals_are_four_items() -> None:
    card = _fields(PENTESTER)["scorecard"]
    assert card["main_goals"] == [
        "30/60/90-day ramp to independent testing of scoped areas",
        "6–12 month practical certification and end-to-end small engagements",
        "consistent low-noise reporting",
        "growing autonomy across web, API, and internal testing",
    ]
    assert (len(card["top_responsibilities"]), len(card["top_tools"]), len(card["main_deliverables"])) == (10, 10, 7)


# --- what stays as it was, by the rules the other rows and groups follow -----------------------------------


def test_unseen_ai_product_manager_top_tools_keep_a_slash_pair_as_one_of_ten() -> None:
    # The key counts ten tools with "OpenAI/Azure OpenAI APIs" one of them; the tools table's splitter keeps an
    # unspaced slash whole unless both sides are known tools whole ("Azure OpenAI APIs" is none).
    tools = _fields(AI_PM)["scorecard"]["top_tools"]
    assert len(tools) == 10 and tools[-1] == "OpenAI/Azure OpenAI APIs"


def test_unseen_ai_product_manager_geography_sentence_is_the_dimension_note() -> None:
    # Every other group names its variants ("**Startup:** ..."); a sentence with no name is a note of the group,
    # as on the corpus pages ("GDPR regions require stricter consent ...").
    groups = {group["dimension"]: group for group in _fields(AI_PM)["role_variants"]["dimensions"]}
    assert [len(groups[d]["variants"]) for d in ("company_size", "industry", "product_vs_service")] == [3, 2, 2]
    geography = groups["geography"]
    assert geography["variants"] == []
    assert [note["text"] for note in geography["notes"]] == [
        "EU markets require EU AI Act readiness and stricter data residency."
    ]
