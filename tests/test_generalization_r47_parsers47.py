"""Round 47: degrees, certification levels, escalation targets and career options of three hand-keyed pages.

physical-therapist-seed000 (seed 000's text layout) asks for a "Doctor of Physical Therapy (DPT)": the field is the
degree's own name, read only when an "in" followed; it accepts "Older MPT or BSPT degrees ... for therapists
licensed before the DPT transition": a master and a bachelor, not the DPT the condition names, and BSPT is no
field. warehouse-supervisor-wp-classic lists "OSHA 10 (Common) or OSHA 30 General Industry (Preferred)": each side
has its own level. insurance-underwriter-seed004 escalates "→ refer to Underwriting Manager" and closes its career
options with "long-term path to Branch Manager or Chief Underwriting Officer". The pages are frozen in tests/unseen
(keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import extract
from pipeline.parsers.experience import _certifications, _education, fields_of_study
from pipeline.parsers.scorecard import _roles
from pipeline.parsers.stakeholders import escalation_targets

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _fields(name: str) -> dict:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document["fields"]


def _education_rows(text: str) -> list[tuple]:
    return [(e.degree_levels, e.fields_of_study, e.requirement) for e in _education(text)]


# --- degrees --------------------------------------------------------------------------------------


def test_synthetic_field_is_the_professional_doctorate_names_own_after_its_of() -> None:
    assert fields_of_study("Doctor of Physical Therapy (DPT) from an accredited program is required.")[0] == [
        "Physical Therapy"
    ]
    assert fields_of_study("Doctor of Audiology (AuD) is required for licensure.")[0] == ["Audiology"]
    assert fields_of_study("Doctor of Pharmacy (PharmD) or Bachelor of Pharmacy from an accredited program.")[0] == [
        "Pharmacy"
    ]


def test_synthetic_kind_of_degree_is_no_field_and_in_still_names_it() -> None:
    assert fields_of_study("Master of Science preferred.")[0] == []
    assert fields_of_study("Doctor of Nursing Practice (DNP) is a plus.")[0] == []
    assert fields_of_study("Master of Laws (LLM) is a plus.")[0] == []
    assert fields_of_study("A doctor of physical therapy degree is required.")[0] == []
    assert fields_of_study("Bachelor of Science in Nursing (BSN) required.")[0] == ["Nursing"]


def test_synthetic_older_therapy_degrees_are_master_and_bachelor_not_the_condition_degree() -> None:
    text = "Older MPT or BSPT degrees are accepted for therapists licensed before the DPT transition."
    assert _education_rows(text) == [(["master", "bachelor"], [], "acceptable")]


def test_unseen_physical_therapist_education() -> None:
    education = _fields("physical-therapist-seed000.synthetic.txt")["experience"]["education"]
    assert [(e["degree_levels"], e["fields_of_study"], e["requirement"]) for e in education] == [
        (["professional_doctorate"], ["Physical Therapy"], "required"),
        (["master", "bachelor"], [], "acceptable"),
        ([], [], None),
    ]


# --- certification levels -------------------------------------------------------------------------


def test_synthetic_each_alternative_keeps_its_own_bracketed_level() -> None:
    found = _certifications("PMP (Optional) or PRINCE2 Practitioner (Preferred).")
    assert [(c.name, c.detail, c.requirement, c.requirement_text) for c in found] == [
        ("PMP", None, "optional", "Optional"),
        ("PRINCE2 Practitioner", None, "preferred", "Preferred"),
    ]


def test_unseen_warehouse_supervisor_certification_levels() -> None:
    certifications = _fields("warehouse-supervisor-wp-classic.synthetic.html")["experience"]["certifications"]
    assert [(c["name"], c["detail"], c["requirement"]) for c in certifications] == [
        ("OSHA 10", None, "common"),
        ("OSHA 30 General Industry", None, "preferred"),
        # "Important" reads as every certification's "(Important)" does: asked for but not a must.
        ("Forklift trainer / PIT train-the-trainer certification", None, "preferred"),
        ("First Aid/CPR/AED", None, "common"),
        ("APICS CLTD", None, "optional"),
        ("Lean Six Sigma Yellow/Green Belt", None, "optional"),
    ]


# --- escalation and career options ----------------------------------------------------------------


def test_synthetic_refer_to_is_the_verb_not_the_target() -> None:
    assert escalation_targets("refer to Underwriting Manager") == ["Underwriting Manager"]
    assert escalation_targets("Refer to the Claims Director when the reserve exceeds authority") == [
        "the Claims Director"
    ]


def test_synthetic_move_lead_over_alternatives_notes_when() -> None:
    roles = _roles("Senior Analyst; Analytics Manager; long-term path to Head of Analytics or Chief Data Officer")
    assert [(r.name, r.note) for r in roles] == [
        ("Senior Analyst", None),
        ("Analytics Manager", None),
        ("Head of Analytics", "long-term"),
        ("Chief Data Officer", "long-term"),
    ]


def test_unseen_insurance_underwriter_escalations_and_career_options() -> None:
    fields = _fields("insurance-underwriter-seed004.synthetic.txt")
    assert [e["escalate_to"] for e in fields["stakeholders"]["escalation_points"]] == [
        ["Underwriting Manager"],
        ["Exposure Management"],
        ["Compliance"],
    ]
    options = fields["scorecard"]["career_progression_options"]
    assert [(r["name"], r["note"]) for r in options][-2:] == [
        ("Branch Manager", "long-term"),
        ("Chief Underwriting Officer", "long-term"),
    ]
    assert ("Product Manager", "Commercial Lines, adjacent") in [(r["name"], r["note"]) for r in options]
