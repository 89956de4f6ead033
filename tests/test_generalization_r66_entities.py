"""A sixty-sixth round unseen page: a WordPress REST post whose content.rendered was escaped twice ("&amp;#8211;",
"&amp;amp;", "&amp;nbsp;"), so one HTML decode left ~150 literal entities in the fields: year ranges lost, team
lists split at "&amp", every dash shown as "&#8211;". The HTML is escaped once more before parsing (code samples
left as they are) and the repair counted. The same page showed four generic defects: a feeder/next/adjacent list
written on one labelled line, kept whole as a note; an <h3>Failure modes</h3> under "16) Risks" read as a second
risks section; internal stakeholders written as one line of "Name (note)" kept as one stakeholder; a weak-signals
list closing with "What to assess: ...", "Practical exercise: ...", "Red flags: ..." items kept as signals.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.json with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "museum-registrar-wp-double-escaped.synthetic.json"
_LEFTOVERS = ("&#8211;", "&#8217;", "&amp;", "&nbsp;", "&quot;", "&#")


def _post_document(html: str) -> tuple[dict[str, Any], list[Any]]:
    post = {
        "id": 7,
        "slug": "test-role",
        "link": "https://example.org/test-role/",
        "title": {"rendered": "Test Role"},
        "content": {"rendered": html},
    }
    (extraction,) = extract(json.dumps(post).encode("utf-8"), name="post.json")
    return extraction.document, extraction.repairs


_DOUBLE = (
    "<h2>1) Role Summary</h2><p>The Test Role keeps the museum&amp;#8217;s records &amp;#8211; all of them.</p>"
    "<p><strong>Typical interaction surface:</strong> Curatorial &amp;#8211; Care &amp;amp; Conservation "
    "&amp;#8211; Exhibitions &amp;amp; Design</p>"
    "<h2>2) Role Mission</h2><p>Core mission: keep every record of the collection right.</p>"
    "<h2>14) Required Experience and Qualifications</h2>"
    "<p><strong>Typical years of experience:</strong> 3&amp;#8211;6&amp;nbsp;years in registration.</p>"
    "<p>Show entities in code as written: <code>&amp;nbsp;</code></p>"
)


def test_synthetic_double_escaped_post_is_decoded_fully_and_counted() -> None:
    document, repairs = _post_document(_DOUBLE)
    fields = document["fields"]
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3.0, 6.0)
    teams = fields["role_summary"]["interaction"]["groups"][0]["teams"]
    assert teams == ["Curatorial", "Care & Conservation", "Exhibitions & Design"]
    assert fields["role_summary"]["paragraphs"][0] == "The Test Role keeps the museum’s records – all of them."
    assert [(r.broken, r.fixed, r.count) for r in repairs if r.broken == "double-escaped entity"] == [
        ("double-escaped entity", "character", 8)
    ]


def _texts_and_repairs(html: str) -> tuple[list[str], list[tuple[str, int]]]:
    page = html_to_pieces(html)
    return [piece.block.text for piece in page.pieces], [(r.broken, r.count) for r in page.repairs]


def test_synthetic_code_keeps_its_entity_and_single_escapes_are_untouched() -> None:
    texts, repairs = _texts_and_repairs(
        "<p>R&amp;D &amp;#8211; x &amp;#x2264; 5</p><pre>a &amp;nbsp; b</pre><p><code>&amp;amp;</code> y</p>"
    )
    assert texts[0] == "R&D – x ≤ 5"
    assert "a &nbsp; b" in texts and "&amp; y" in texts
    assert repairs == [("double-escaped entity", 2)]
    texts, repairs = _texts_and_repairs("<p>R&amp;D &amp; Ops &#8211; &amp;notanentity; &nbsp;x?a=1&amp;b=2</p>")
    assert texts == ["R&D & Ops – &notanentity; x?a=1&b=2"] and repairs == []


_CAREER = (
    "<h2>15) Career Path and Progression</h2>"
    "<p><strong>Common feeder roles:</strong> Registration Assistant; Assistant Registrar (the most direct route); "
    "Art Handler / Preparator (with documentation experience).</p>"
    "<p><strong>Next likely roles:</strong> Senior Registrar, Chief Registrar (head of department), Head of "
    "Collections.</p>"
    "<p><strong>Adjacent career paths:</strong> Most people move on to logistics, data, or exhibitions work.</p>"
)


def test_synthetic_inline_role_lists_are_split_into_roles() -> None:
    career = html_fields(_CAREER)["career_path"]
    assert [(r["name"], r["note"]) for r in career["feeder_roles"]] == [
        ("Registration Assistant", None),
        ("Assistant Registrar", "the most direct route"),
        ("Art Handler / Preparator", "with documentation experience"),
    ]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Registrar", "Chief Registrar", "Head of Collections"]
    # A sentence is no list of roles: it stays a note.
    assert career["adjacent_paths"] == []
    assert career["notes"] == ["Most people move on to logistics, data, or exhibitions work."]


_RISKS = (
    "<h2>16) Risks, Challenges, and Failure Modes</h2>"
    "<h3>Common challenges</h3><ul><li>Calendars change late.</li><li>Storage is full.</li></ul>"
    "<h3>Failure modes</h3><ul><li>Records lag behind moves.</li><li>Values not updated.</li></ul>"
    "<h3>Business risks</h3><ul><li>Legal claims from lenders.</li></ul>"
    "<h2>17) Role Variants</h2><ul><li>Small museum: does everything.</li></ul>"
)


def test_synthetic_failure_modes_subheading_stays_in_its_section() -> None:
    (extraction,) = extract(
        ("<h1>Test Role</h1><h2>1) Role Summary</h2><p>The Test Role does this work for the business.</p>" + _RISKS)
        .encode("utf-8"),
        name="risks.html",
    )
    assert [s["id"] for s in extraction.document["sections"]].count("risks") == 1
    assert not any("more than once" in warning for warning in extraction.warnings)
    risks = extraction.document["fields"]["risks"]
    assert len(risks["challenges"]) == 2 and len(risks["business_risks"]) == 1
    assert any("Records lag behind moves." in text for text in all_strings(risks["other"]))


_STAKEHOLDERS = (
    "<h2>12) Stakeholders and Collaboration Map</h2>"
    "<p><strong>Internal stakeholders:</strong> Curators (object selection), Conservation (condition), "
    "Finance (insurance), Security (access and incidents).</p>"
    "<p><strong>External stakeholders:</strong> Lenders and borrowers, fine-art shippers, couriers.</p>"
)


def test_synthetic_one_line_of_named_stakeholders_is_a_stakeholder_each() -> None:
    stakeholders = html_fields(_STAKEHOLDERS)["stakeholders"]
    assert [(s["name"], s["note"]) for s in stakeholders["internal"]] == [
        ("Curators", "object selection"),
        ("Conservation", "condition"),
        ("Finance", "insurance"),
        ("Security", "access and incidents"),
    ]
    # Kinds named in lower case are stakeholders each too (round 67's Telegraph page: "flight crews, ...").
    assert [s["name"] for s in stakeholders["external"]] == ["Lenders and borrowers", "fine-art shippers", "couriers"]


_HIRING = (
    "<h2>19) Hiring Evaluation Criteria</h2>"
    "<h3>Strong candidate signals</h3><ul><li>Explains a loan step by step.</li></ul>"
    "<h3>Weak candidate signals</h3><ul><li>Treats records as an afterthought.</li></ul>"
    "<ul><li>What to assess: accuracy, loan knowledge, judgment.</li>"
    "<li>Practical exercise: draft a condition report from photographs.</li>"
    "<li>Red flags: casual attitude to paperwork.</li></ul>"
)


def test_synthetic_labelled_items_closing_a_signals_list_go_to_their_groups() -> None:
    hiring = html_fields(_HIRING)["hiring"]
    assert [p["text"] for p in hiring["weak_signals"]] == ["Treats records as an afterthought."]
    assert [p["text"] for p in hiring["red_flags"]] == ["casual attitude to paperwork."]
    assert len(hiring["what_to_assess"]) == 1 and len(hiring["exercises"]) == 1


def test_unseen_page_matches_its_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Museum Registrar"
    assert document["quality"]["coverage"] == 1.0 and document["missing_sections"] == []
    assert [s["id"] for s in document["sections"]].count("risks") == 1
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3.0, 6.0)
    assert fields["role_summary"]["reporting_line"]["reports_to"] == (
        "Head of Collections, Chief Registrar, or Director of Collections & Exhibitions"
    )
    assert len(fields["role_summary"]["interaction"]["groups"][0]["teams"]) == 8
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Registration Assistant",
        "Collections Assistant",
        "Assistant Registrar",
        "Art Handler / Preparator",
    ]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Registrar", "Chief Registrar", "Head of Collections"]
    assert len(career["adjacent_paths"]) == 4
    assert len(fields["stakeholders"]["internal"]) == 7
    assert len(fields["hiring"]["weak_signals"]) == 2 and len(fields["hiring"]["red_flags"]) == 1
    assert len(fields["risks"]["challenges"]) == 3 and len(fields["risks"]["business_risks"]) == 3
    assert any(text == "≥ 99% in spot checks" for text in all_strings(fields["kpis"]))


def test_unseen_page_keeps_no_entity_and_no_noise() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    for leftover in _LEFTOVERS:
        assert not any(leftover in text for text in strings), leftover
    for noise in ("Museum-Grade Crates", "ccAds.push", "Share this:", "Leave a Reply", "[vc_row]", "[caption id=",
                  "Subscribe to The Blueprint Brief", "Marguerite D."):  # fmt: skip
        assert not any(noise in text for text in strings), noise
