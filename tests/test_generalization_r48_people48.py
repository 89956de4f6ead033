"""Round 48: prior roles, certifications, degree fields, reporting lines, deciders, escalations and area authority.

Four hand-keyed pages: datacenter-technician-wp-rest lists "IT help desk or desktop support" and "Low-voltage or
fiber installer" beside two roles (read as notes: their heads are no role nouns), says "Shift Lead first;
facilities on-call for power or cooling; security manager for access breaches." (targets read as triggers) and
"Can decide ...; cannot approve ..." (deciders "Can", "cannot"), and puts "None directly; ..." under "Budget,
vendor, and hiring authority" (left in other_areas). clinical-social-worker-wp-generatepress lists five
backgrounds in one comma line ("LMSW hospital social worker, ED social worker, ...": three went to notes) and asks
for a "Master of Social Work (MSW)" (no field). civil-engineer-seed000 states "Envision SP and state MOT/work-zone
certifications are context-specific." (a note), asks for a "BS in Civil Engineering from an ABET-accredited
program" (the clause kept in the field) and reports to "A (consulting); B (public works)" (B lost).
pharmacy-technician-seed004 escalates "to pharmacist-in-charge same shift" (the timing kept in the target). The
pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

from snippets import html_fields, unseen_document

from pipeline.parsers.experience import _certifications, _prior_roles, fields_of_study
from pipeline.parsers.stakeholders import deciders_in, escalation_point
from pipeline.parsers.summary import parse_reporting_line

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _fields(name: str) -> dict:
    return unseen_document(name)["fields"]


def _backgrounds(*items: str) -> tuple[list[str], list[str]]:
    body = "<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds commonly seen</h3><ul>"
    experience = html_fields(body + "".join(f"<li>{item}</li>" for item in items) + "</ul>")["experience"]
    return [role["name"] for role in experience["prior_roles"]], experience["prior_role_notes"]


# --- prior roles ------------------------------------------------------------------------------------


def test_synthetic_a_phrase_item_beside_roles_is_a_background() -> None:
    assert _backgrounds(
        "Help desk or desktop support", "Field service technician", "Cable installer", "Military radio operator"
    ) == (
        ["Help desk or desktop support", "Field service technician", "Cable installer", "Military radio operator"],
        [],
    )


def test_synthetic_a_statement_beside_roles_stays_a_note() -> None:
    # Negative: a sentence about candidates, or a labelled line, is no background.
    assert _backgrounds(
        "Field service technician",
        "Help desk or desktop support",
        "Strong candidates have racked and cabled at least one full data hall.",
        "Typical path: help desk first, then the floor.",
    ) == (
        ["Field service technician", "Help desk or desktop support"],
        [
            "Strong candidates have racked and cabled at least one full data hall.",
            "Typical path: help desk first, then the floor.",
        ],
    )


def test_synthetic_a_lone_non_role_item_stays_a_note() -> None:
    # Negative: with no role beside it, nothing says the item is a background.
    assert _backgrounds("Help desk or desktop support") == ([], ["Help desk or desktop support"])


def test_synthetic_a_social_worker_is_a_role() -> None:
    roles, notes = _prior_roles("Hospital social worker, ED social worker, community mental health clinician.")
    assert [role.name for role in roles] == [
        "Hospital social worker",
        "ED social worker",
        "community mental health clinician",
    ]
    assert notes == []


# --- certifications -------------------------------------------------------------------------------


def test_synthetic_a_sentence_stating_a_level_names_its_certifications() -> None:
    found = _certifications("Envision SP and state MOT/work-zone certifications are context-specific.")
    assert [(c.name, c.requirement) for c in found] == [
        ("Envision SP", "context_specific"),
        ("state MOT/work-zone certifications", "context_specific"),
    ]
    assert [(c.name, c.requirement) for c in _certifications("ACLS is required.")] == [("ACLS", "required")]


def test_synthetic_a_sentence_naming_no_certification_stays_a_note() -> None:
    assert _certifications("Vendor certifications are optional.") == []
    assert _certifications("Certifications are rarely required; a portfolio matters far more.") == []


# --- fields of study ------------------------------------------------------------------------------


def test_synthetic_a_degree_s_full_name_gives_its_field() -> None:
    assert fields_of_study("Master of Social Work (MSW) from a CSWE-accredited program (required).")[0] == [
        "Social Work"
    ]
    assert fields_of_study("Master of Taxation (MTax) or Master of Accountancy is valued.")[0] == [
        "Taxation",
        "Accountancy",
    ]
    # Negative: the kind of degree is no field, and "in" still names it.
    assert fields_of_study("Master of Business Administration (MBA) preferred.")[0] == []
    assert fields_of_study("Bachelor of Applied Science in Medical Imaging preferred.")[0] == ["Medical Imaging"]


def test_synthetic_the_school_a_degree_is_from_is_no_part_of_its_field() -> None:
    assert fields_of_study("BS in Civil Engineering from an ABET-accredited program is required.")[0] == [
        "Civil Engineering"
    ]


# --- reporting line -------------------------------------------------------------------------------


def test_synthetic_a_reporting_line_keeps_each_setting_s_managers() -> None:
    line = parse_reporting_line("Typical reporting line: Data Lead (startups); VP Analytics or CDO (enterprise).")
    assert line is not None and line.reports_to == "Data Lead (startups); VP Analytics or CDO (enterprise)"


def test_synthetic_a_reporting_line_clause_of_another_kind_is_left_out() -> None:
    line = parse_reporting_line("Typical reporting line: Reports to the Data Lead; dotted line to the CFO.")
    assert line is not None and line.reports_to == "Data Lead"
    line = parse_reporting_line("Typical reporting line: Reports to the Data Lead; in smaller firms, to the CFO.")
    assert line is not None and line.reports_to == "Data Lead"


# --- stakeholders ---------------------------------------------------------------------------------


def test_synthetic_a_modal_or_a_negation_is_no_decider() -> None:
    found = deciders_in("Can decide the order of tickets; cannot approve power changes; the PM can approve spend.")
    assert [(d.name, d.scope) for d in found] == [("PM", "spend")]


def test_synthetic_final_choice_decides() -> None:
    assert [d.name for d in deciders_in("The attending physician makes the final choice.")] == [
        "attending physician"
    ]


def test_synthetic_one_line_escalation_order_names_its_targets() -> None:
    points = [escalation_point(t) for t in ("Shift Lead first", "facilities on-call for power or cooling")]
    assert [(p.trigger, p.escalate_to) for p in points] == [
        ("first", ["Shift Lead"]),
        ("power or cooling", ["facilities on-call"]),
    ]
    # Negative: a situation with no role or team before "for" stays a trigger.
    assert escalation_point("Budget overruns for the quarter").escalate_to == []


def test_synthetic_timing_is_no_part_of_an_escalation_target() -> None:
    point = escalation_point("Stock discrepancy → escalate to pharmacist-in-charge same shift.")
    assert point.escalate_to == ["pharmacist-in-charge"]
    assert point.action == "escalate to pharmacist-in-charge same shift"


# --- decision rights ------------------------------------------------------------------------------

_RIGHTS = "<h2>13) Decision Rights and Scope of Authority</h2><h3>Budget, vendor, and hiring authority</h3>"


def test_synthetic_a_heading_naming_several_areas_gives_each_its_paragraph() -> None:
    rights = html_fields(_RIGHTS + "<p>None directly; may recommend tools and sit on interview panels.</p>")[
        "decision_rights"
    ]
    text = "None directly; may recommend tools and sit on interview panels."
    assert [rights[area]["text"] for area in ("budget", "vendor", "hiring")] == [text, text, text]
    assert rights["other_areas"] == []


def test_synthetic_a_list_under_such_a_heading_keeps_its_items_apart() -> None:
    # Negative: a list item naming no area stays unlabelled (one item may be about something else).
    rights = html_fields(_RIGHTS + "<ul><li>Escalates anything unusual to the Treasurer.</li></ul>")["decision_rights"]
    assert rights["budget"] is None
    assert [a["text"] for a in rights["other_areas"]] == ["Escalates anything unusual to the Treasurer."]


# --- the pages ------------------------------------------------------------------------------------


def test_datacenter_page_backgrounds_escalations_deciders_and_authority() -> None:
    fields = _fields("datacenter-technician-wp-rest.synthetic.json")
    experience = fields["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "IT help desk or desktop support",
        "Field service technician",
        "Low-voltage or fiber installer",
        "Military electronics or communications technician",
    ]
    assert experience["prior_role_notes"] == []
    stakeholders = fields["stakeholders"]
    assert [(p["trigger"], p["escalate_to"]) for p in stakeholders["escalation_points"]] == [
        ("first", ["Shift Lead"]),
        ("power or cooling", ["facilities on-call"]),
        ("access breaches", ["security manager"]),
    ]
    assert stakeholders["decision_making_authority"]["deciders"] == []
    rights = fields["decision_rights"]
    for area in ("budget", "vendor", "hiring"):
        assert rights[area]["text"].startswith("None directly; may recommend tools and consumables")
    assert rights["other_areas"] == []


def test_social_worker_page_backgrounds_and_degree_field() -> None:
    experience = _fields("clinical-social-worker-wp-generatepress.synthetic.html")["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "LMSW hospital social worker",
        "ED social worker",
        "hospice or home health social worker",
        "community mental health clinician",
        "skilled nursing facility social services director",
    ]
    assert experience["prior_role_notes"] == []
    assert [(e["degree_levels"], e["fields_of_study"]) for e in experience["education"]] == [
        (["master"], ["Social Work"])
    ]


def test_civil_page_certifications_field_and_reporting_line() -> None:
    fields = _fields("civil-engineer-seed000.synthetic.txt")
    experience = fields["experience"]
    assert [(c["name"], c["requirement"]) for c in experience["certifications"]][-2:] == [
        ("Envision SP", "context_specific"),
        ("state MOT/work-zone certifications", "context_specific"),
    ]
    assert len(experience["certifications"]) == 6
    assert experience["certification_notes"] == ["Labeling reflects how agencies and consultancies weigh licensure."]
    assert experience["education"][0]["fields_of_study"] == ["Civil Engineering"]
    assert fields["role_summary"]["reporting_line"]["reports_to"] == (
        "Project Manager or Transportation Group Lead (consulting); "
        "Assistant City Engineer or Design Section Supervisor (public works)"
    )


def test_pharmacy_page_escalation_target_without_its_timing() -> None:
    points = _fields("pharmacy-technician-seed004.synthetic.txt")["stakeholders"]["escalation_points"]
    assert [p["escalate_to"] for p in points] == [
        ["pharmacist-in-charge"],
        ["Pharmacy Manager", "Diversion Prevention"],
        ["pharmacist", "purchasing"],
    ]
