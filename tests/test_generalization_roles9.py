"""Prior roles and numbered skill paragraphs on a ninth round of unseen pages of the family.

These are synthetic snippets modelled on an unseen page (a Clinical Informatics Nurse page from an old
WordPress theme whose author wrote skills as bold numbered paragraphs and listed prior roles on one line
separated by semicolons, a role's qualifier holding commas). The negative cases guard comma lists.
"""

from __future__ import annotations

from snippets import html_fields


def _prior_roles(line: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    experience = html_fields(
        f"<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds</h3><ul><li>{line}</li></ul>"
    )["experience"]
    return [(role["name"], role["qualifier"]) for role in experience["prior_roles"]], experience["prior_role_notes"]


def test_semicolons_separate_roles_whose_qualifiers_hold_commas() -> None:
    assert _prior_roles("Staff RN in med-surg, ICU or ED; charge nurse; clinical nurse educator; EHR credentialed trainer.") == (
        [("Staff RN", "in med-surg, ICU or ED"), ("charge nurse", None), ("clinical nurse educator", None),
         ("EHR credentialed trainer", None)],
        [],
    )  # fmt: skip


def test_comma_parts_of_a_semicolon_list_that_are_all_roles_are_roles() -> None:
    assert _prior_roles("Backend engineer; data engineer, analytics engineer") == (
        [("Backend engineer", None), ("data engineer", None), ("analytics engineer", None)],
        [],
    )


def test_a_comma_list_of_roles_is_still_split_at_its_commas() -> None:
    assert _prior_roles("Data Analyst, BI Developer, Finance Analyst")[0] == [
        ("Data Analyst", None), ("BI Developer", None), ("Finance Analyst", None),
    ]  # fmt: skip


def test_a_skill_written_as_a_bold_numbered_paragraph_gets_its_number() -> None:
    fields = html_fields(
        "<h2>8) Technical Skills Required</h2><p><strong>Must-have technical skills</strong></p>"
        "<p><b>1. EHR nursing workflows in Epic (Critical)</b><br />Use: build and test order sets.</p>"
        "<p><b>2. Clinical decision support (Important)</b><br />Use: tune alerts with pharmacy.</p>"
    )
    skills = fields["technical_skills"]["skills"]
    assert [(s["number"], s["name"], s["importance"], s["use"]) for s in skills] == [
        (1, "EHR nursing workflows in Epic", "critical", "build and test order sets."),
        (2, "Clinical decision support", "important", "tune alerts with pharmacy."),
    ]
