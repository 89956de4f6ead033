"""Typed-field defects seen on round-28 unseen pages, in the parsers shared by every layout.

1. An exercise item written "Exercise A: Load board triage (30 minutes). The candidate ..." (a label numbering
   it, the timed name closed by a full stop) was named "Exercise A", its name and duration left in its details.
2. A department named with a slash ("within the Operations / Supply Chain department") was not read.
3. A bracket in the middle of a tool's name ("OTA Insight (Lighthouse) Rate Insight") was taken as the whole's
   variants, the halves glued ("OTA Insight Rate Insight"): the name stays as written.
4. A prior role ending in "Chef" was no role ("Executive Chef in an institutional setting" went to the notes);
   a move's condition closing its target ("→ Dietary Services Manager (with healthcare diet training)") stayed
   in the path. ("at <kind of employer>" after a role stays its qualifier: "District Manager" is the name a
   job-title taxonomy files, "at a contract food service company" the context kept beside it.)
5. Two certifications written "A (X) / B (Y)" were read as one.

Synthetic snippets of each, then the four pages (tests/unseen/*.synthetic.*) against their answer keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import html_fields

from pipeline import extract
from pipeline.header import _department
from pipeline.parsers.common import parse_role
from pipeline.parsers.experience import _certifications, _prior_roles
from pipeline.parsers.hiring import split_exercise_lead
from pipeline.parsers.tools import split_tools

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name, name=name)
    assert extraction.document is not None, extraction
    return extraction.document


# --- 1. a labelled exercise whose timed name closes with a full stop ---------------------------------------------


def test_a_timed_name_closed_by_a_full_stop_ends_the_exercise_title() -> None:
    assert split_exercise_lead("Exercise A: Load board triage (30 minutes). The candidate receives a board.") == (
        "Exercise A: Load board triage (30 minutes)",
        "The candidate receives a board.",
    )
    # Without a duration in the bracket the sentence is no title: a plain "Scenario (remote). ..." stays whole.
    assert split_exercise_lead("Scenario (remote). The candidate joins a call.") is None


def test_label_led_exercise_items_take_their_name_and_duration() -> None:
    fields = html_fields(
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises or case studies</h3><ul>"
        "<li><strong>Exercise A: Dock schedule triage (30 minutes).</strong> The candidate reorders a day of"
        " dock appointments after two late trucks.</li>"
        "<li><strong>Exercise B: Claim letter (20 minutes).</strong> Draft a freight claim for a damaged"
        " pallet.</li></ul>"
    )
    exercises = fields["hiring"]["exercises"]
    assert [(e["label"], e["name"], e["duration"]) for e in exercises] == [
        ("Exercise A", "Dock schedule triage", "30 minutes"),
        ("Exercise B", "Claim letter", "20 minutes"),
    ]
    assert [e["details"][0]["text"] for e in exercises] == [
        "The candidate reorders a day of dock appointments after two late trucks.",
        "Draft a freight claim for a damaged pallet.",
    ]


# --- 2. a department named with a slash ---------------------------------------------------------------------------


def test_a_department_named_with_a_slash() -> None:
    text = "Reports to a Transportation Supervisor within the Operations / Supply Chain department."
    assert _department([text]) == "Operations / Supply Chain"
    assert _department(["Sits within the AI & ML department."]) == "AI & ML"


# --- 3. a bracket in the middle of a tool's name -------------------------------------------------------------------


def test_a_bracket_inside_a_tool_name_keeps_the_name_as_written() -> None:
    (tool,) = split_tools("OTA Insight (Lighthouse) Rate Insight")
    assert (tool.name, tool.variants, tool.note) == ("OTA Insight (Lighthouse) Rate Insight", [], None)
    # A closing bracket still lists the tool's variants.
    (spark,) = split_tools("Spark (Databricks / EMR)")
    assert (spark.name, spark.variants) == ("Spark", ["Databricks", "EMR"])


# --- 4. prior roles and career moves -------------------------------------------------------------------------------


def test_a_chef_is_a_prior_role() -> None:
    roles, notes = _prior_roles("Retail Food Service Manager, Executive Chef in an institutional setting.")
    assert [(r.name, r.qualifier) for r in roles] == [
        ("Retail Food Service Manager", None),
        ("Executive Chef", "in an institutional setting"),
    ]
    assert notes == []


def test_a_moves_condition_is_no_step_of_its_path() -> None:
    role = parse_role("Retail Food Service Manager → Dietary Services Manager (with healthcare diet training)")
    assert role.note == "with healthcare diet training"
    assert role.transition is not None
    assert role.transition.path == ["Retail Food Service Manager", "Dietary Services Manager"]
    assert role.transition.to_role == "Dietary Services Manager"
    # A capitalised bracket is the target's own name: it stays in the path.
    titled = parse_role("Solutions Engineer → Solutions Architect (Pre-Sales)")
    assert titled.transition is not None and titled.transition.path[-1] == "Solutions Architect (Pre-Sales)"


def test_the_kind_of_employer_is_the_roles_qualifier() -> None:
    role = parse_role("District Manager at a contract food service company (multi-account operations)")
    assert (role.name, role.qualifier, role.note) == (
        "District Manager",
        "at a contract food service company",
        "multi-account operations",
    )
    # Other qualifiers stay qualifiers.
    assert parse_role("Software Engineer with ML focus").qualifier == "with ML focus"
    # And such a role is still a role of a comma series.
    roles, notes = _prior_roles("Tax Supervisor at a public accounting firm, Cash Management Associate at a bank.")
    assert [(r.name, r.qualifier) for r in roles] == [
        ("Tax Supervisor", "at a public accounting firm"),
        ("Cash Management Associate", "at a bank"),
    ]
    assert notes == []


# --- 5. two certifications, each closed by its acronym ---------------------------------------------------------------


def test_two_acronym_closed_certifications_between_slashes_are_two() -> None:
    found = _certifications("Accredited Payables Specialist (APS) / Certified AP Specialist (CAPS) — Optional")
    assert [(c.name, c.detail, c.requirement_text) for c in found] == [
        ("Accredited Payables Specialist", "APS", "Optional"),
        ("Certified AP Specialist", "CAPS", "Optional"),
    ]
    # One name with its providers in a bracket stays one.
    (one,) = _certifications("Cloud fundamentals (Azure/AWS/GCP) – Optional")
    assert one.name == "Cloud fundamentals"


# --- the pages -----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jina() -> dict[str, Any]:
    return _page("logistics-coordinator-jina-reader.synthetic.md")


def test_the_jina_page_exercises_and_department(jina: dict[str, Any]) -> None:
    assert jina["role"]["department"] == "Operations / Supply Chain"
    exercises = jina["fields"]["hiring"]["exercises"]
    assert [(e["label"], e["name"], e["duration"]) for e in exercises] == [
        ("Exercise A", "Load board triage", "30 minutes"),
        ("Exercise B", "Rate and mode selection", "20 minutes"),
        ("Exercise C", "Invoice audit", "15 minutes"),
    ]
    assert exercises[0]["details"][0]["text"].startswith("The candidate receives a board of 15 loads")
    hiring = jina["fields"]["hiring"]
    assert [len(hiring[k]) for k in ("strong_signals", "weak_signals", "red_flags")] == [3, 3, 3]


def test_the_evernote_page_keeps_a_bracketed_tool_name_whole() -> None:
    rows = _page("hotel-revenue-manager-evernote-enex.synthetic.enex")["fields"]["tools"]["rows"]
    tools = {tool["name"]: tool["variants"] for row in rows for tool in row["tools"]}
    assert tools["OTA Insight (Lighthouse) Rate Insight"] == []
    assert "OTA Insight Rate Insight" not in tools


def test_the_archive_page_prior_roles_and_career() -> None:
    fields = _page("dietary-services-manager-archive-ph.synthetic.html")["fields"]
    experience = fields["experience"]
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Assistant Dietary Services Manager",
        "Food Service Supervisor",
        "Dining Services Director",
        "Retail Food Service Manager",
        "Executive Chef",
    ]
    assert experience["prior_role_notes"] == []
    career = fields["career_path"]
    assert len(career["feeder_roles"]) == 5
    assert all(r["transition"]["path"][-1] == "Dietary Services Manager" for r in career["feeder_roles"])
    assert career["feeder_roles"][3]["note"] == "with healthcare diet training"
    assert [(r["name"], r["qualifier"]) for r in career["adjacent_paths"]][1] == (
        "District Manager",
        "at a contract food service company",
    )
    assert len(career["adjacent_paths"]) == 4


def test_the_notepad_page_certifications() -> None:
    experience = _page("accounts-payable-supervisor-notepad-cp1252.synthetic.txt")["fields"]["experience"]
    assert [(c["name"], c["detail"], c["requirement"]) for c in experience["certifications"]][:3] == [
        ("Certified Accounts Payable Professional", "CAPP", "optional"),
        ("Accredited Payables Specialist", "APS", "optional"),
        ("Certified AP Specialist", "CAPS", "optional"),
    ]
