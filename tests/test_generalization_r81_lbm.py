"""Round 81 unseen page: a public library branch manager, saved as a WordPress REST API *page* object
(/wp-json/wp/v2/pages/ID: type "page", a parent, slashes escaped as \\/ and non-ASCII as \\uXXXX) whose
content.rendered is classic-editor markup: headings written as <p><strong>N) Title</strong></p> after
<p>&nbsp;</p> spacers, list items as <p>• ...</p> lines, responsibilities as "• <strong>Title</strong> &#8211;
detail", skill details split by <br />, inline-styled tables with bold <td> header cells. It carries a "SPONSORED"
ad before the article, an "Advertisement" between sections 9 and 10, Jetpack share and related blocks, and three
mojibake sequences.

Fixed here:
- under "Next likely roles", "Library Branch Manager → Regional Manager" then "Regional Manager → Deputy Director
  of Public Services" named the second role "Regional Manager" again: a move that goes on from a step an earlier
  move of the list reached is named by the step after it (the Deputy Director), its move kept;
- "State librarian certification (Required in some states)" was a required certification: "required in some /
  certain ...", "required by some ...", "required for some ..." (and "mandatory in some") scope the requirement to
  some places or employers, context_specific;
- "By setting" with "Urban branches ..." / "Rural branches ..." was of dimension industry: a setting sub-heading
  whose items all open with a word for a kind of place (urban, rural, suburban, metro, ...) is a geography;
- "By branch size" with "Small branch" / "Flagship branch" was of dimension other: "flagship" names a size (the
  largest site of a system), so the size heading's variants are all named by size: company_size.

Left: the second range "Large or flagship branches: 6–10+ years" stays in experience_notes (the schema holds one
range); the pre-article intro paragraph is dropped (the key calls it harmless).

Snippets below are synthetic; the page is frozen as tests/unseen/library-branch-manager.synthetic.json with its key
in tests/unseen/answer_keys/library-branch-manager.md.
"""

from __future__ import annotations

from typing import Any

from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "library-branch-manager.synthetic.json"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a next-role list written a move a line -----------------------------------------------------------


def _career(items: list[str], role: str = "Test Role") -> dict[str, Any]:
    lis = "".join(f"<li>{item}</li>" for item in items)
    body = f"<h2>15) Career Path</h2><h3>Next likely roles</h3><ul>{lis}</ul>"
    return html_fields(body, role)["career_path"]


def test_synthetic_next_move_continuing_an_earlier_one_is_named_by_its_next_step() -> None:
    career = _career(["Test Role → Senior Test Role", "Senior Test Role → Head of Testing"])
    assert [role["name"] for role in career["next_roles"]] == ["Senior Test Role", "Head of Testing"]
    second = career["next_roles"][1]["transition"]
    assert (second["from_role"], second["to_role"]) == ("Senior Test Role", "Head of Testing")


def test_synthetic_next_move_continuing_a_chain_without_the_own_role() -> None:
    career = _career(["Quality Lead → Quality Manager", "Quality Manager → Director of Quality"])
    assert [role["name"] for role in career["next_roles"]] == ["Quality Lead", "Director of Quality"]


def test_synthetic_next_moves_from_unrelated_steps_keep_their_first_step() -> None:
    career = _career(["Senior Analyst → Principal Analyst", "Data Engineer → Staff Data Engineer"])
    assert [role["name"] for role in career["next_roles"]] == ["Senior Analyst", "Data Engineer"]


# --- synthetic: a certification required in some places ----------------------------------------------------------


def _certifications(items: list[str]) -> list[dict[str, Any]]:
    lis = "".join(f"<li>{item}</li>" for item in items)
    body = f"<h2>14) Experience &amp; Qualifications</h2><h3>Certifications</h3><ul>{lis}</ul>"
    return html_fields(body)["experience"]["certifications"]


def test_synthetic_certification_required_in_some_places_is_context_specific() -> None:
    certs = _certifications(
        [
            "State teaching license (Required in some states)",
            "Forklift operator card (Required by certain employers)",
            "First Aid / CPR (Required)",
        ]
    )
    assert [(c["name"], c["requirement"]) for c in certs] == [
        ("State teaching license", "context_specific"),
        ("Forklift operator card", "context_specific"),
        ("First Aid / CPR", "required"),
    ]
    assert certs[0]["requirement_text"] == "Required in some states"


# --- synthetic: variants by setting and by size -----------------------------------------------------------------


def _variants(body: str) -> list[dict[str, Any]]:
    return html_fields(f"<h2>17) Role Variants</h2>{body}")["role_variants"]["dimensions"]


def test_synthetic_setting_of_places_is_a_geography() -> None:
    groups = _variants(
        "<h3>By setting</h3><ul><li>Urban offices face heavier walk-in demand.</li>"
        "<li>Rural offices cover a wide area with few staff.</li></ul>"
    )
    assert groups[0]["dimension"] == "geography"


def test_synthetic_setting_of_workplaces_stays_an_industry() -> None:
    groups = _variants(
        "<h3>By setting</h3><ul><li>Hospital: acute cases and short stays.</li>"
        "<li>Rural clinic: broad caseload, few specialists.</li></ul>"
    )
    assert groups[0]["dimension"] == "industry"


def test_synthetic_size_heading_with_a_flagship_variant_is_company_size() -> None:
    groups = _variants(
        "<h3>By site size</h3><ul><li>Small site: the manager works the floor.</li>"
        "<li>Flagship site: the manager leads department heads.</li></ul>"
    )
    assert groups[0]["dimension"] == "company_size"


# --- the page --------------------------------------------------------------------------------------------------


def test_page_next_roles_name_each_step_once() -> None:
    career = _fields()["career_path"]
    assert [r["name"] for r in career["next_roles"]] == ["Regional Manager", "Deputy Director of Public Services"]
    last = career["next_roles"][1]["transition"]
    assert (last["from_role"], last["to_role"]) == ("Regional Manager", "Deputy Director of Public Services")
    assert [r["name"] for r in career["feeder_roles"]] == ["Assistant Branch Manager", "Children’s Librarian"]


def test_page_certification_levels() -> None:
    certs = _fields()["experience"]["certifications"]
    assert [(c["name"], c["requirement"], c["requirement_text"]) for c in certs] == [
        ("State librarian certification", "context_specific", "Required in some states"),
        ("Certified Public Library Administrator, CPLA", "optional", "Optional, advanced"),
        ("First Aid / CPR", "common", "Common, often provided by employer"),
    ]


def test_page_variant_dimensions() -> None:
    groups = _fields()["role_variants"]["dimensions"]
    assert [(g["heading"], g["dimension"]) for g in groups] == [
        ("By branch size", "company_size"),
        ("By setting", "geography"),
        ("By governance", "other"),
        ("By community profile", "other"),
    ]
    assert [v["name"] for v in groups[0]["variants"]] == ["Small branch", "Flagship branch"]


def test_page_key_counts_and_noise() -> None:
    fields = _fields()
    assert fields["experience"]["years_of_experience"]["min_years"] == 3
    assert fields["experience"]["years_of_experience"]["max_years"] == 5
    text = "\n".join(all_strings(fields))
    for leaked in ("Soundproof Work Pods", "Math Tutor", "Share this", "School Librarian: Role Blueprint", "โ"):
        assert leaked not in text
