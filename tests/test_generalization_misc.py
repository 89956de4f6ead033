"""Sections 1, 12 and 14 on a twenty-third round of unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family: a Dental Practice Manager page opens its
certifications with "Helpful, rarely mandatory: – Certified Dental Practice Management Administrator (CDPMA)
(Optional; ...)". The negative cases guard what the seeds read.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields

from pipeline.parsers.summary import split_teams


def _experience(**subsections: list[str]) -> dict[str, Any]:
    """Section 14 with the given sub-headings (keyword: heading, underscores as spaces), one list each."""
    body = "<h2>14) Required Experience and Qualifications</h2>"
    for heading, items in subsections.items():
        body += f"<h3>{heading.replace('_', ' ')}</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    return html_fields(body)["experience"]


# --- certifications ----------------------------------------------------------------------------------


def _certifications(*items: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    found = _experience(Certifications=list(items))
    return [(c["name"], c["requirement"]) for c in found["certifications"]], found["certification_notes"]


def test_a_lead_stating_only_a_level_is_a_note_not_a_certification() -> None:
    # The page's paragraph: an inline list after its lead.
    found = html_fields(
        "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><p>Helpful, rarely mandatory: "
        "– Certified Dental Practice Management Administrator (CDPMA) (Optional; valued in larger groups). – "
        "CPR/BLS certification (Common; often required for all staff).</p>"
    )["experience"]
    assert [(c["name"], c["requirement"]) for c in found["certifications"]] == [
        ("Certified Dental Practice Management Administrator", "optional"),
        ("CPR/BLS certification", "common"),
    ]
    assert found["certification_notes"] == ["Helpful, rarely mandatory:"]
    assert _certifications("Nice to have:<ul><li>PMP (Optional)</li></ul>") == (
        [("PMP", "optional")],
        ["Nice to have:"],
    )


def test_a_lead_naming_certifications_stays_a_certification() -> None:
    # Negative cases: a capitalised name after the level word, or no level at all, names certifications.
    assert _certifications("Standard First Aid:", "Certified ScrumMaster:") == (
        [("Standard First Aid:", None), ("Certified ScrumMaster:", None)],
        [],
    )
    assert _certifications("Optional: AWS Solutions Architect") == ([("AWS Solutions Architect", "optional")], [])


# --- prior roles -------------------------------------------------------------------------------------


def _prior(*items: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    found = _experience(Prior_role_backgrounds_commonly_seen=list(items))
    return [(r["name"], r["qualifier"]) for r in found["prior_roles"]], found["prior_role_notes"]


def test_a_noun_of_a_person_only_ending_is_a_role() -> None:
    assert _prior(
        "Statistical Programmer, Research Biostatistician at an academic medical center, CRO Biostatistician."
    ) == (
        [
            ("Statistical Programmer", None),
            ("Research Biostatistician", "at an academic medical center"),
            ("CRO Biostatistician", None),
        ],
        [],
    )
    assert _prior("Interventional Radiologist, Cardiac Sonographer, Child Psychiatrist, Econometrician.") == (
        [
            ("Interventional Radiologist", None),
            ("Cardiac Sonographer", None),
            ("Child Psychiatrist", None),
            ("Econometrician", None),
        ],
        [],
    )


def test_a_bare_ist_ending_is_no_role() -> None:
    # Negative case: "-ist" alone also ends things ("Checklist", "Assist"), not read as roles.
    assert _prior("Data Analyst, Onboarding Checklist, Support Engineer.") == (
        [("Data Analyst", None), ("Support Engineer", None)],
        ["Onboarding Checklist"],
    )


def test_roles_either_side_of_or_are_one_background() -> None:
    # The keys count "Content Writer or Journalist" (technical-writer-mkdocs) as one background: so is each here.
    assert _prior("Content Writer or Senior Content Writer, Journalist or Editor, SEO Specialist.") == (
        [("Content Writer or Senior Content Writer", None), ("Journalist or Editor", None), ("SEO Specialist", None)],
        [],
    )


def test_a_one_word_alternative_after_a_longer_role_shares_its_words() -> None:
    # Negative cases: "Data Scientist or Engineer" and "Senior or Staff Data Engineer" are one role each.
    assert _prior("Data Scientist or Engineer") == ([("Data Scientist or Engineer", None)], [])
    assert _prior("Senior or Staff Data Engineer") == ([("Senior or Staff Data Engineer", None)], [])


# --- escalation points -------------------------------------------------------------------------------


def _escalations(*items: str) -> list[tuple[list[str], str | None]]:
    body = "<h2>12) Stakeholders and Collaboration Map</h2><h3>Escalation points</h3><ul>"
    body += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    found = html_fields(body)["stakeholders"]["escalation_points"]
    return [(point["escalate_to"], point["action"]) for point in found]


def test_a_deadline_after_the_targets_is_no_part_of_a_target() -> None:
    assert _escalations(
        "Data breach → Owner and privacy officer within 24 hours",
        "Site outage → Operations within one business day of discovery",
    ) == [
        (["Owner", "privacy officer"], "Owner and privacy officer within 24 hours"),
        (["Operations"], "Operations within one business day of discovery"),
    ]


def test_a_within_phrase_naming_no_time_stays_in_the_target() -> None:
    # Negative case: "within the team" says which PM, not when.
    assert _escalations("Scope change → PM within the team") == [(["PM within the team"], "PM within the team")]


# --- interaction teams -------------------------------------------------------------------------------


def test_a_closing_and_without_a_comma_splits_the_teams_as_an_oxford_comma_does() -> None:
    assert split_teams("Finance, commercial and contract administration") == [
        "Finance",
        "commercial",
        "contract administration",
    ]
    assert split_teams("HR, People Operations and Workplace Experience") == [
        "HR",
        "People Operations",
        "Workplace Experience",
    ]
    assert split_teams("Legal, Privacy, and Compliance") == ["Legal", "Privacy", "Compliance"]


def test_a_closing_and_inside_one_name_keeps_the_name() -> None:
    # Negative cases: a head shared by a one-word name, a function name, an acronym's spelled-out name, a
    # qualifier's phrase, and an item with no comma at all.
    assert split_teams("Cloud/Infrastructure Engineers, Storage and Network teams") == [
        "Cloud/Infrastructure Engineers",
        "Storage and Network teams",
    ]
    assert split_teams("Facilities, Health and Safety") == ["Facilities", "Health and Safety"]
    assert split_teams("Legal, Governance, Risk and Compliance (GRC)") == [
        "Legal",
        "Governance, Risk and Compliance (GRC)",
    ]
    assert split_teams("CFO, business-unit GMs during planning and quarterly reviews") == [
        "CFO",
        "business-unit GMs during planning and quarterly reviews",
    ]
    assert split_teams("Physical Security and Corporate Security") == ["Physical Security and Corporate Security"]
