"""Round 50: certifications, escalation targets and spaced lost comparison signs of two hand-keyed pages.

frontend-engineer-seed000 (seed 000's text layout) writes one certification line as "None required; AWS Cloud
Practitioner optional.": a statement that no certification is required, then a certification closed by a bare
level word. it-project-coordinator-seed004 (seed 004's compact layout) escalates "to PM with impact summary" (how
the escalation is made kept in the target) and "to PM and PMO Manager" (two roles read as one, "PM" taken for a
modifier shared with "PMO Manager"). Seed 004's bare lead byte also stands for a lost ≥/≤ after a space, at the
start of a table cell or a label's value ("| โ 90% of ... |", "Target: โ 4.5/5"): a dash there before. The pages
are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import html_fields, unseen_document

from pipeline.mojibake import repair_text
from pipeline.parsers.experience import _certifications, _level_clause
from pipeline.parsers.stakeholders import escalation_point

UNSEEN = Path(__file__).resolve().parent / "unseen"
FRONTEND = "frontend-engineer-seed000.synthetic.txt"
IT_PC = "it-project-coordinator-seed004.synthetic.txt"


def _fields(name: str) -> dict[str, Any]:
    return unseen_document(name)["fields"]


# --- (a) a level-only clause before a semicolon is a note; a bare level word closes a certification ----------


def _experience(*items: str) -> dict[str, Any]:
    body = "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul>"
    return html_fields(body + "".join(f"<li>{item}</li>" for item in items) + "</ul>")["experience"]


def test_synthetic_none_required_then_a_levelled_certification() -> None:
    experience = _experience("None required; AWS Cloud Practitioner optional.", "CISSP (Preferred)")
    assert [(c["name"], c["requirement"]) for c in experience["certifications"]] == [
        ("AWS Cloud Practitioner", "optional"),
        ("CISSP", "preferred"),
    ]
    assert experience["certifications"][0]["text"] == "None required; AWS Cloud Practitioner optional."
    assert experience["certification_notes"] == ["None required"]


def test_synthetic_level_clause_before_stated_and_bracketed_levels() -> None:
    stated = _experience("Not required; CompTIA Security+ and Azure Fundamentals are nice to have.")
    assert [(c["name"], c["requirement"]) for c in stated["certifications"]] == [
        ("CompTIA Security+", "plus"),
        ("Azure Fundamentals", "plus"),
    ]
    assert stated["certification_notes"] == ["Not required"]
    bracketed = _experience("Rarely required; Google Cloud Digital Leader (Optional).")
    assert [(c["name"], c["requirement"]) for c in bracketed["certifications"]] == [
        ("Google Cloud Digital Leader", "optional")
    ]


def test_synthetic_a_bare_trailing_level_closes_a_name_only() -> None:
    assert [(c.name, c.requirement) for c in _certifications("PMP preferred.")] == [("PMP", "preferred")]
    assert [(c.name, c.requirement) for c in _certifications("Certified Scrum Master helpful")] == [
        ("Certified Scrum Master", "plus")
    ]
    # A sentence or a generic noun names no certification: the line stays a note.
    assert _certifications("Cloud certifications optional.") == []
    assert _certifications("Certifications optional.") == []
    # A level, then a note on it: no level-only clause before certifications.
    assert _level_clause("Critical; 2+ exams passed is typical") is None


def test_unseen_frontend_certifications_and_the_none_required_note() -> None:
    experience = _fields(FRONTEND)["experience"]
    assert [(c["name"], c["requirement"]) for c in experience["certifications"]] == [
        ("AWS Cloud Practitioner", "optional"),
        ("IAAP WAS", "optional"),
    ]
    assert experience["certification_notes"] == [
        "Certifications carry little weight for this role; demonstrated work matters more.",
        "None required",
        "Cloud or security certifications are context-specific and rarely requested.",
    ]


# --- (b) an escalation target is whom it goes to: not how, and a role's acronym is a role --------------------


def _targets(text: str) -> tuple[str | None, list[str]]:
    point = escalation_point(text)
    return point.action, point.escalate_to


def test_synthetic_how_an_escalation_is_made_is_no_part_of_its_target() -> None:
    assert _targets("Vendor slip → escalate to PM with impact summary.") == (
        "escalate to PM with impact summary",
        ["PM"],
    )
    assert _targets("Outage → escalate to the EM with a written summary within 24 hours.")[1] == ["the EM"]


def test_synthetic_a_role_acronym_before_and_is_a_target_of_its_own() -> None:
    assert _targets("Resource conflict → escalate to PM and PMO Manager.")[1] == ["PM", "PMO Manager"]
    assert _targets("Privacy breach → DPO and privacy counsel immediately.")[1] == ["DPO", "privacy counsel"]
    # A function or plain word before 'and' still shares the name after it.
    assert _targets("Data leak → escalate to Security and Privacy Office.")[1] == ["Security and Privacy Office"]
    assert _targets("Budget overrun → escalate to IT and Finance Office.")[1] == ["IT and Finance Office"]


def test_unseen_it_pc_escalation_targets() -> None:
    points = _fields(IT_PC)["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("Missed critical-path date or vendor milestone", ["PM"]),
        ("Unresolved cross-project resource conflict", ["PM", "PMO Manager"]),
        ("Compliance or security concern in a change", ["Change Manager", "Security"]),
    ]
    assert points[0]["action"] == "escalate to PM with impact summary"


# --- (d) a spaced bare lead byte opening a cell's or a label's target number is a lost ≥/≤ -------------------

B = "\u0e42"  # the bare Thai lead a lost ≥ (E2 89 A5) or – (E2 80 93) leaves


def _repaired(text: str) -> str:
    return repair_text(text)[0]


def test_synthetic_spaced_sign_opening_a_table_cell() -> None:
    row = f"| Ticket closure | % closed in SLA | Trust | {B} 90% of tickets closed within SLA | Monthly |"
    assert _repaired(row) == row.replace(B, "≥")
    duration = f"| Review turnaround | Days to review | Flow | {B} 2 business days | Weekly |"
    assert _repaired(duration) == duration.replace(B, "≤")


def test_synthetic_spaced_sign_opening_a_target_label() -> None:
    assert _repaired(f"Target: {B} 4.5/5 average rating") == "Target: ≥ 4.5/5 average rating"
    assert _repaired(f"Target: {B} 3 errors per audit") == "Target: ≤ 3 errors per audit"


def test_synthetic_spaced_lead_between_words_or_numbers_keeps_its_repair() -> None:
    assert _repaired(f"Typically 3 {B} 5 years in the role.") == "Typically 3 – 5 years in the role."
    assert _repaired(f"| Range | 3 {B} 5 |") == "| Range | 3 – 5 |"
    assert _repaired(f"| Ablation | baseline {B} ablation |") == "| Ablation | baseline → ablation |"


def test_unseen_it_pc_kpi_targets_keep_their_floor_sign() -> None:
    targets = {row["name"]: row["target"] for row in _fields(IT_PC)["kpis"]["rows"]}
    assert targets["Milestone on-time rate"] == "≥85% of milestones on time per quarter"
    assert targets["RAID log currency"] == "≥95% of open entries updated within 14 days"
