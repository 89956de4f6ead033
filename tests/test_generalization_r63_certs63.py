"""Round 63 (certs63): a certifications table, a dotted initialism naming a variant, and a tool after "non-".

wind-turbine-technician-hugo-shortcodes (Hugo markdown) and release-train-engineer-jira-wiki (Jira wiki markup)
give their certifications as a table under the "Certifications" sub-heading ("Certification | Status | Notes"):
the experience parser read no tables, so the whole table went to experience.unparsed and certifications stayed
empty. The Hugo page's geography variant "U.S.: OSHA and NFPA 70E requirements; ..." went to the dimension's
notes (the dots of "U.S." read as a sentence end); the Jira page's skill "Rally or Azure DevOps Boards
configuration" took Atlassian from "non-Atlassian tooling". The pages are frozen in tests/unseen (keys in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields, unseen_document, use_line_skill_tools

HUGO = "wind-turbine-technician-hugo-shortcodes.synthetic.md"
JIRA = "release-train-engineer-jira-wiki.synthetic.txt"


def _certifications_table(header: tuple[str, ...], *rows: tuple[str, ...]) -> dict[str, Any]:
    """Section 14 of a synthetic HTML page with a years sub-section and a certifications table."""
    cells = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return html_fields(
        "<h2>14) Required Experience and Qualifications</h2>"
        "<h3>Typical years of experience</h3><ul><li>3–5 years in field service.</li></ul>"
        f"<h3>Certifications</h3><table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
    )["experience"]


def _read(experience: dict[str, Any]) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [
        (c["name"], c["detail"], c["requirement"], c["requirement_text"], c["note"])
        for c in experience["certifications"]
    ]


# --- certifications table --------------------------------------------------------------------------


def test_a_synthetic_certifications_table_is_read_one_certification_a_row() -> None:
    experience = _certifications_table(
        ("Certification", "Status", "Notes"),
        ("GWO Basic Safety Training (BST)", "Required", "Renewed every 2 years"),
        ("OSHA 10", "Required in US", "OSHA 30 preferred for mid level"),
        ("FAA Part 107 (drone pilot)", "Optional", "For inspection drones"),
        ("ITIL 4 Foundation", "Context-specific", ""),
    )
    assert _read(experience) == [
        ("GWO Basic Safety Training", "BST", "required", "Required", "Renewed every 2 years"),
        ("OSHA 10", None, "required", "Required in US", "OSHA 30 preferred for mid level"),
        ("FAA Part 107", "drone pilot", "optional", "Optional", "For inspection drones"),
        ("ITIL 4 Foundation", None, "context_specific", "Context-specific", None),
    ]
    assert experience["unparsed"] == []


def test_the_columns_are_found_by_their_header_words_not_their_position() -> None:
    experience = _certifications_table(
        ("Why", "Level", "Certification"),
        ("Broadens coaching credibility", "Preferred", "SAFe Practice Consultant (SPC)"),
    )
    assert _read(experience) == [
        ("SAFe Practice Consultant", "SPC", "preferred", "Preferred", "Broadens coaching credibility")
    ]
    experience = _certifications_table(
        ("Certification", "Requirement", "Notes"), ("PMP (Project Management Professional)", "Optional", "Helpful")
    )
    assert _read(experience) == [("PMP", "Project Management Professional", "optional", "Optional", "Helpful")]


def test_a_table_without_a_certification_column_stays_unparsed() -> None:
    # Negative case: no header names a certification; the table is not read as one.
    experience = _certifications_table(("Item", "Notes"), ("Safety training", "Yearly"))
    assert experience["certifications"] == []
    assert experience["unparsed"] == ["Item | Notes\nSafety training | Yearly"]


def test_the_hugo_page_certifications_table() -> None:
    experience = unseen_document(HUGO)["fields"]["experience"]
    assert [(name, requirement, text) for name, _, requirement, text, _ in _read(experience)] == [
        ("GWO Basic Safety Training", "required", "Required"),
        ("GWO Basic Technical Training", "preferred", "Preferred"),
        ("OSHA 10", "required", "Required in US"),
        ("NFPA 70E", "optional", "Optional"),
        ("CPR / First Aid / AED", "required", "Required"),
        ("Valid driver's license", "required", "Required"),
        ("FAA Part 107", "optional", "Optional"),
    ]
    assert experience["certifications"][0]["detail"] == "BST"
    assert experience["certifications"][2]["note"] == "OSHA 30 preferred for mid level"
    assert experience["unparsed"] == []


def test_the_jira_page_certifications_table() -> None:
    experience = unseen_document(JIRA)["fields"]["experience"]
    assert [(name, detail, requirement) for name, detail, requirement, _, _ in _read(experience)] == [
        ("SAFe Release Train Engineer", "RTE", "required"),
        ("SAFe Practice Consultant", "SPC", "preferred"),
        ("PMP", "Project Management Professional", "optional"),
        ("ICAgile Certified Professional – Enterprise Agility", "ICP-ENT", "optional"),
        ("ITIL 4 Foundation", None, "context_specific"),
    ]
    assert experience["unparsed"] == []


# --- variants: a dotted initialism -----------------------------------------------------------------


def _geography(*items: str) -> dict[str, Any]:
    body = "<h2>17) Role Variants</h2><h3>By geography</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    (group,) = html_fields(body)["role_variants"]["dimensions"]
    return group


def test_a_synthetic_variant_named_by_a_dotted_initialism() -> None:
    group = _geography(
        "<strong>U.S.:</strong> OSHA requirements; long distances between sites.",
        "<strong>U.K. and EU:</strong> GDPR applies.",
        "<strong>Europe:</strong> GWO widely mandated.",
    )
    assert [(v["name"], v["description"]) for v in group["variants"]] == [
        ("U.S.", "OSHA requirements; long distances between sites."),
        ("U.K. and EU", "GDPR applies."),
        ("Europe", "GWO widely mandated."),
    ]
    assert group["notes"] == []


def test_a_sentence_is_still_no_variant_name() -> None:
    # Negative case: a real sentence end before the colon keeps the line a note.
    group = _geography("Rules differ. See below: local law applies.")
    assert group["variants"] == []
    assert [note["text"] for note in group["notes"]] == ["Rules differ. See below: local law applies."]


def test_the_hugo_page_geography_variants() -> None:
    dimensions = unseen_document(HUGO)["fields"]["role_variants"]["dimensions"]
    (geography,) = [group for group in dimensions if group["dimension"] == "geography"]
    assert [v["name"] for v in geography["variants"]] == ["U.S.", "Europe", "Offshore"]
    assert geography["notes"] == []


# --- tools: "non-" ---------------------------------------------------------------------------------


def test_a_synthetic_tool_after_non_is_no_mention() -> None:
    line = ("Azure DevOps Boards configuration (Optional)", "supporting trains that run on non-Atlassian tooling.")
    assert use_line_skill_tools(line) == {"Azure DevOps Boards configuration": ["Azure DevOps Boards"]}
    assert use_line_skill_tools(line, table=("Atlassian",)) == {
        "Azure DevOps Boards configuration": ["Azure DevOps Boards"]
    }
    # The same name, not after "non-", is still a mention.
    admin = use_line_skill_tools(("Board admin (Optional)", "Atlassian and Jira admin."))
    assert admin["Board admin"] == ["Atlassian", "Jira"]


def test_the_jira_page_skill_takes_no_tool_from_non_atlassian() -> None:
    skills = unseen_document(JIRA)["fields"]["technical_skills"]["skills"]
    (skill,) = [s for s in skills if s["name"] == "Rally or Azure DevOps Boards configuration"]
    assert skill["tools"] == ["Rally", "Azure DevOps Boards"]


def test_the_tax_manager_page_geography_variants() -> None:
    # The same fix on an earlier unseen page (WordPress REST edit JSON): its key counts 3 geography variants.
    dimensions = unseen_document("tax-manager-rest-edit.synthetic.json")["fields"]["role_variants"]["dimensions"]
    (geography,) = [group for group in dimensions if group["dimension"] == "geography"]
    assert [v["name"] for v in geography["variants"]] == ["U.S.", "UK/EU", "APAC"]
    assert geography["notes"] == []
