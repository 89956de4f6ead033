"""Synthetic snippets modelled on the tenth round of unseen pages of the family (Ghost/Hugo markdown, PDF print).

Each test reads a minimal page through pipeline.extract and checks the typed fields of the rule it guards.
"""

from __future__ import annotations

from snippets import html_fields

_CAREER = "<h2>15) Career Path and Progression</h2>"


def test_career_evolution_written_as_a_long_label_before_the_chain() -> None:
    """A six-word label opening the paragraph is the evolution sub-heading, the chain its stage."""
    career = html_fields(
        _CAREER + "<h3>Next likely roles after this role</h3><ul><li>Senior Payroll Specialist</li></ul>"
        "<p><strong>How the role evolves over time:</strong> Payroll Specialist → Senior Payroll Specialist"
        " → Payroll Manager.</p>"
    )["career_path"]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Payroll Specialist"]
    assert [s["text"] for s in career["evolution"]] == [
        "Payroll Specialist → Senior Payroll Specialist → Payroll Manager."
    ]
    assert career["notes"] == [] and career["promotion_notes"] == []


def test_career_label_not_a_known_sub_heading_stays_a_note() -> None:
    """A labelled paragraph that names no career sub-heading is left where it is."""
    career = html_fields(
        _CAREER + "<p><strong>Typical timeline for most people:</strong> two to four years per level.</p>"
    )["career_path"]
    assert career["notes"] == ["Typical timeline for most people: two to four years per level."]
    assert career["evolution"] == []


_VARIANTS = "<h2>17) Role Variants</h2>"


def test_variant_dimension_label_alone_over_nested_variants() -> None:
    """ "By company size:" alone on a bullet, its variants nested under it, heads them like a sub-heading."""
    variants = html_fields(
        _VARIANTS + "<ul><li><strong>By company size:</strong><ul><li>Startup (&lt; 200 employees): payroll often"
        " outsourced.</li><li>Enterprise: specialists focus on one region.</li></ul></li>"
        "<li><strong>By industry:</strong> software companies emphasize equity.</li></ul>"
    )["role_variants"]
    assert variants["notes"] == []
    size, industry = variants["dimensions"]
    assert (size["dimension"], size["heading"], size["notes"]) == ("company_size", "By company size", [])
    assert [(v["name"], v["note"], v["description"]) for v in size["variants"]] == [
        ("Startup", "< 200 employees", "payroll often outsourced."),
        ("Enterprise", None, "specialists focus on one region."),
    ]
    assert (industry["dimension"], industry["notes"]) == (
        "industry",
        [{"text": "software companies emphasize equity.", "sub_items": []}],
    )


def test_variant_name_ending_in_colon_under_a_sub_heading_stays_a_variant() -> None:
    """Under a known sub-heading, "Startup:" over its points is a variant name line, not a new sub-heading."""
    variants = html_fields(
        _VARIANTS + "<h3>By company size</h3><ul><li>Startup:<ul><li>payroll often outsourced.</li></ul></li>"
        "<li>Enterprise:<ul><li>one region.</li></ul></li></ul>"
    )["role_variants"]
    (size,) = variants["dimensions"]
    assert size["dimension"] == "company_size"
    assert [(v["name"], [p["text"] for p in v["points"]]) for v in size["variants"]] == [
        ("Startup", ["payroll often outsourced."]),
        ("Enterprise", ["one region."]),
    ]


def test_label_alone_naming_no_sub_heading_stays_a_note() -> None:
    """A lead bullet that names no known dimension keeps its nested items as notes."""
    variants = html_fields(
        _VARIANTS + "<ul><li>Common patterns:<ul><li>Startup: payroll often outsourced.</li></ul></li>"
        "<li><strong>By industry:</strong> software companies emphasize equity.</li></ul>"
    )["role_variants"]
    assert variants["notes"] == ["Common patterns:", "Startup: payroll often outsourced."]
    assert [d["dimension"] for d in variants["dimensions"]] == ["industry"]


_EXPERIENCE = "<h2>14) Required Experience and Qualifications</h2>"


def _certifications(items: str) -> list[tuple[str, str | None]]:
    experience = html_fields(_EXPERIENCE + f"<h3>Certifications</h3><ul>{items}</ul>")["experience"]
    return [(c["name"], c["requirement"]) for c in experience["certifications"]]


def test_certification_alternatives_listed_with_commas_and_a_closing_or() -> None:
    """ "ACCA, CA, or CIMA" asks for any one of three certifications, each at the line's level."""
    assert _certifications("<li>ACCA, CA, or CIMA (Common outside the US as the CPA equivalent)</li>") == [
        ("ACCA", "common"),
        ("CA", "common"),
        ("CIMA", "common"),
    ]
    assert _certifications("<li>CISSP, CISM or CISA (Optional)</li>") == [
        ("CISSP", "optional"),
        ("CISM", "optional"),
        ("CISA", "optional"),
    ]


def test_certification_levels_of_one_name_listed_with_commas_stay_one() -> None:
    """Levels of one certification ("…, Developer, or SysOps Administrator") and a generic closing part stay whole."""
    assert _certifications(
        "<li>AWS Certified Solutions Architect, Developer, or SysOps Administrator (Optional)</li>"
        "<li>CKA, CKAD, or equivalent (Optional)</li><li>CISSP or CISM (Optional)</li>"
    ) == [
        ("AWS Certified Solutions Architect, Developer, or SysOps Administrator", "optional"),
        ("CKA, CKAD, or equivalent", "optional"),
        ("CISSP", "optional"),
        ("CISM", "optional"),
    ]


def _education(items: str) -> list[tuple[list[str], list[str]]]:
    experience = html_fields(_EXPERIENCE + f"<h3>Education expectations</h3><ul>{items}</ul>")["experience"]
    return [(e["degree_levels"], e["fields_of_study"]) for e in experience["education"]]


def test_degree_named_after_or_is_a_second_degree_not_a_field() -> None:
    """ "Master's in Accounting or an MBA": the MBA is a degree; the fields end before it."""
    assert _education(
        "<li>Master’s in Accounting or an MBA is a plus, not a requirement.</li>"
        "<li>MS in Statistics or PhD in Physics preferred.</li>"
    ) == [(["master"], ["Accounting"]), (["master", "phd"], ["Statistics"])]


def test_fields_joined_by_or_without_a_degree_stay_fields() -> None:
    """Alternatives that name no degree are all fields (the seeds' "Accounting or Finance")."""
    assert _education("<li>Bachelor’s degree in Accounting, Economics or Finance (expected).</li>") == [
        (["bachelor"], ["Accounting", "Economics", "Finance"])
    ]


def test_systems_environment_is_the_application_environment() -> None:
    """Business roles name the template's application environment after their systems of record."""
    stack = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2><h3>Systems environment</h3><ul><li>A cloud HCM suite as the"
        " system of record.</li></ul><h3>Data and integration environment</h3><ul><li>Inbound feeds.</li></ul>"
        "<h3>Operating rhythm</h3><ul><li>Monthly close.</li></ul>"
    )["tech_stack"]
    assert [(e["key"], e["name"]) for e in stack["environments"]] == [
        ("application", "Systems environment"),
        ("data", "Data and integration environment"),
        (None, "Operating rhythm"),
    ]
