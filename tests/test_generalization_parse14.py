"""Generalization tests from the fourteenth round of unseen pages: synthetic snippets modelled on unseen pages
of the family (a LinkedIn article pasted as text, a readability dump, an Obsidian clip)."""

from __future__ import annotations

from pipeline.parsers.tools import split_tools
from tests.snippets import html_fields


def _tool_rows(lines: list[str]) -> list[tuple]:
    body = "<h2>10) Tools, Platforms, and Software</h2>" + "".join(f"<p>{line}</p>" for line in lines)
    rows = html_fields(body)["tools"]["rows"]
    return [(r["category"], [t["name"] for t in r["tools"]], r["primary_use"], r["prevalence"]) for r in rows]


def test_tool_lines_of_four_parts_are_read_in_column_order() -> None:
    """'Category — Tools — Use — Prevalence' lines whose tools the gazetteer does not know: the tools are the
    second part, not the first."""
    assert _tool_rows(
        [
            "Sourcing — LinkedIn Recruiter — Passive candidate search — Common",
            "Scheduling — GoodTime / ModernLoop — Interview scheduling automation — Optional",
            "Background checks — Checkr / HireRight — Pre-employment screening — Context-specific",
        ]
    ) == [
        ("Sourcing", ["LinkedIn Recruiter"], "Passive candidate search", "common"),
        ("Scheduling", ["GoodTime", "ModernLoop"], "Interview scheduling automation", "optional"),
        ("Background checks", ["Checkr", "HireRight"], "Pre-employment screening", "context_specific"),
    ]


def test_a_lone_four_part_line_keeps_the_vocabulary_reading() -> None:
    """Negative: one full-width line is no run: its tools are still the part naming known tools."""
    assert _tool_rows(["Jira — Tickets and sprints — backlog — Common", "Git — Version control — Common"]) == [
        (None, ["Jira"], "Tickets and sprints — backlog", "common"),
        (None, ["Git"], "Version control", "common"),
    ]


def test_a_mixed_case_product_name_is_a_product() -> None:
    """'hireEZ' (lower-case first letter, capitals after it) names a product, as 'iCIMS' does."""
    assert [t.name for t in split_tools("SeekOut / hireEZ / Gem")] == ["SeekOut", "hireEZ", "Gem"]
    assert _tool_rows(
        [
            "Sourcing — SeekOut / hireEZ / Gem — Diversity sourcing, outreach sequences — Optional",
            "Applicant tracking — iCIMS / Lever — Requisitions — Common",
        ]
    ) == [
        ("Sourcing", ["SeekOut", "hireEZ", "Gem"], "Diversity sourcing, outreach sequences", "optional"),
        ("Applicant tracking", ["iCIMS", "Lever"], "Requisitions", "common"),
    ]


def test_a_lower_case_sentence_is_still_no_tool_line() -> None:
    """Negative: a line of common words is a note, not a row."""
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2><p>Jira — Tickets — Common</p><p>most teams use spreadsheets.</p>"
    )
    assert fields["tools"]["notes"] == ["most teams use spreadsheets."]


def _career_options(value: str) -> list[tuple]:
    body = (
        "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Field</th><th>Summary</th></tr>"
        f"<tr><td>Career progression options</td><td>{value}</td></tr></table>"
    )
    return [(r["name"], r["note"]) for r in html_fields(body)["scorecard"]["career_progression_options"]]


def test_a_bare_group_word_opens_a_group_of_career_options() -> None:
    """'...; adjacent Revenue Accountant, Treasury Analyst': 'adjacent' labels the group and both parts split on ','."""
    assert _career_options(
        "Senior AR Specialist, Credit Analyst, AR Team Lead; adjacent Revenue Accountant, Treasury Analyst"
    ) == [
        ("Senior AR Specialist", None),
        ("Credit Analyst", None),
        ("AR Team Lead", None),
        ("Revenue Accountant", "adjacent"),
        ("Treasury Analyst", "adjacent"),
    ]


def test_a_plain_semicolon_list_of_roles_stays_unlabelled() -> None:
    """Negative: capitalised or mixed-case role names are no group word ('iOS Engineer')."""
    assert _career_options("Senior Engineer; iOS Engineer, Platform Engineer") == [
        ("Senior Engineer", None),
        ("iOS Engineer, Platform Engineer", None),
    ]


def _certifications(items: list[str]) -> list[tuple]:
    body = "<h2>14) Experience and Qualifications</h2><h3>Certifications</h3><ul>"
    body += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    rows = html_fields(body)["experience"]["certifications"]
    return [(c["name"], c["detail"], c["note"], c["requirement"]) for c in rows]


def test_a_certification_issuer_goes_to_the_note() -> None:
    """'X (ACR) from NACM' reads as 'X (ACR)': name without the acronym, the acronym its detail, the issuer a note."""
    assert _certifications(
        [
            "Certified Credit and Collection Professional (CCCP) from NACM (Optional)",
            "Certified Accounts Receivable Specialist (CARS) (Optional)",
            "Certified ScrumMaster (CSM) offered by Scrum Alliance – Optional",
        ]
    ) == [
        ("Certified Credit and Collection Professional", "CCCP", "from NACM", "optional"),
        ("Certified Accounts Receivable Specialist", "CARS", None, "optional"),
        ("Certified ScrumMaster", "CSM", "offered by Scrum Alliance", "optional"),
    ]


def test_a_lower_case_source_is_no_issuer() -> None:
    """Negative: 'from an accredited university' names no issuer: the name keeps it."""
    assert _certifications(["Certificate from an accredited university (Optional)"]) == [
        ("Certificate from an accredited university", None, None, "optional")
    ]


def _experience(sub: str, items: list[str]) -> dict:
    body = f"<h2>14) Experience and Qualifications</h2><h3>{sub}</h3><ul>"
    body += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return html_fields(body)["experience"]


def test_an_agent_noun_alternative_of_a_role_is_a_role() -> None:
    """'X or Y' where X is a role and Y ends in an agent noun ('builder'): one prior role (the
    clinical-data-manager key counts it as one background of 4), no note."""
    experience = _experience("Prior role backgrounds commonly seen", ["Clinical database programmer or EDC builder"])
    assert [r["name"] for r in experience["prior_roles"]] == ["Clinical database programmer or EDC builder"]
    assert experience["prior_role_notes"] == []


def test_an_alternative_that_is_no_agent_noun_stays_a_note() -> None:
    """Negative: 'or equivalent experience' names no role: the item stays a note."""
    experience = _experience("Prior role backgrounds commonly seen", ["Software engineer or equivalent experience"])
    assert experience["prior_roles"] == []
    assert experience["prior_role_notes"] == ["Software engineer or equivalent experience"]


def test_a_degree_in_some_place_names_no_field() -> None:
    """'may substitute for a degree in some CROs': a determiner opens a place, not a field of study."""
    education = _experience(
        "Education",
        ["Bachelor's degree in Life Sciences or Nursing", "Equivalent experience may substitute for a degree in some CROs."],
    )["education"]
    assert [e["fields_of_study"] for e in education] == [["Life Sciences", "Nursing"], []]
