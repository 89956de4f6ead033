"""Round 81 unseen page: a railway signal engineer, plain text in the compact layout (no blank lines, "N) Title"
headings, "- " bullets, "-" alone before skill and soft-skill items, "– Use:" lines, inline " – " lists) with every
table written as tab-separated rows, 14 bare "โ" mojibake marks, a menu and title line on top, an app ad between
sections 9 and 10, and related posts, a wpDiscuz widget and a copyright line at the bottom.

Fixed here:
- "Budget authority – None; provides estimates for design hours." and "Vendor authority – Recommends suppliers; no
  contract authority." after the manager-approval list were read as its third and fourth decisions, budget and
  vendor left null: an area's authority label ("<Area> authority") closed by a spaced dash for its colon, as
  compact pages write labels, is that area's authority line, as "Budget authority: ..." is, wherever it stands;
- "Bachelor's degree in electrical or electronic engineering, or an apprenticeship with HNC." gave "an
  apprenticeship" as a field of study, and no level for the HNC: a part after the fields that opens with "a"/"an"
  and names a route into the job (apprenticeship, certificate program, traineeship, ...) ends the list of fields;
  HNC / HND (Higher National Certificate / Diploma) are the diploma level.

Left: the "Typical path: A → B → C → D" line stays a note (the schema has no ladder field; its roles are the
feeder and next roles already); "Per commissioning", "Per possession", "Per stage" KPI frequencies stay "other"
with their words kept (mapping them would be a guess about railway work).

Snippets below are synthetic; the page is frozen as tests/unseen/railway-signal-engineer.synthetic.txt with its
key in tests/unseen/answer_keys/railway-signal-engineer.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.parsers.experience import degree_levels, fields_of_study
from tests.snippets import html_fields, unseen_document

_PAGE = "railway-signal-engineer.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: an area's authority label closed by a spaced dash -----------------------------------------------------

_COMPACT = """Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
1) Role Summary
The Test Role does this work for the business with several teams.
2) Role Mission
Core mission: make the work reliable for every team that depends on it.
13) Decision Rights and Scope of Authority
Can decide independently
- Order of the checks within a session.
Requires manager/director/executive approval
- Handback with open test failures.
- Deviations from group standards.
{lines}
14) Required Experience and Qualifications
Typical years of experience
- 3–7 years in the field.
"""


def _compact_decisions(lines: str) -> dict[str, Any]:
    (extraction,) = extract(_COMPACT.format(lines=lines).encode(), name="snippet.txt")
    return extraction.document["fields"]["decision_rights"]


def test_synthetic_compact_dash_labelled_authority_lines_leave_the_approval_list() -> None:
    rights = _compact_decisions(
        "Budget authority – None; provides estimates for design hours.\n"
        "Vendor authority – Recommends suppliers; no contract authority."
    )
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "Handback with open test failures.",
        "Deviations from group standards.",
    ]
    assert (rights["budget"]["label"], rights["budget"]["text"]) == (
        "Budget authority",
        "None; provides estimates for design hours.",
    )
    assert (rights["vendor"]["label"], rights["vendor"]["text"]) == (
        "Vendor authority",
        "Recommends suppliers; no contract authority.",
    )


def test_synthetic_html_dash_labelled_authority_lines_one_paragraph() -> None:
    rights = html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2><h3>Requires manager approval</h3>"
        "<ul><li>Handback with open failures.</li></ul>"
        "<p>Hiring authority – joins interview loops. Architecture authority – none.</p>"
    )["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Handback with open failures."]
    assert rights["hiring"]["text"] == "joins interview loops."
    assert rights["architecture"]["text"] == "none."


@pytest.mark.parametrize(
    "line",
    [
        "Budget holder – approves spend above the threshold.",  # no "<Area> authority" label
        "Budget and hiring authority – shared with the Group PM.",  # several areas, no clause each
        "Vendor changes – need the director's sign-off.",
    ],
)
def test_synthetic_other_dashed_lines_stay_decisions(line: str) -> None:
    rights = _compact_decisions(line)
    assert rights["manager_approval"]["decisions"][-1]["text"] == line
    assert rights["budget"] is None and rights["vendor"] is None and rights["hiring"] is None


# --- synthetic: another route into the job after the fields of study ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Bachelor's degree in electrical or electronic engineering, or an apprenticeship with HNC.",
            ["electrical engineering", "electronic engineering"],
        ),
        (
            "Associate degree in Health Information Technology, or a coding certificate program accredited by AHIMA.",
            ["Health Information Technology"],
        ),
        (
            "BEng in Civil Engineering, Surveying, or a traineeship with a contractor.",
            ["Civil Engineering", "Surveying"],
        ),
    ],
)
def test_synthetic_a_route_after_the_fields_is_no_field(text: str, fields: list[str]) -> None:
    assert fields_of_study(text)[0] == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # an article-led field after the list is still a field
        (
            "Degree in Biology, Chemistry, or a related life science.",
            ["Biology", "Chemistry", "a related life science"],
        ),
        ("Degree in marketing, business, or a technical field.", ["marketing", "business", "a technical field"]),
        # a related one too, whatever its noun (the review of this round's merge: "program" is a route's word)
        (
            "Degree in Computer Science, Statistics, or a related program of study.",
            ["Computer Science", "Statistics", "a related program of study"],
        ),
        # the first field may open with an article
        ("Bachelor's degree in a technical discipline.", ["a technical discipline"]),
        # a route's word with no article names a field
        (
            "Degree in Kinesiology, Exercise Science, or Athletic Training.",
            ["Kinesiology", "Exercise Science", "Athletic Training"],
        ),
    ],
)
def test_synthetic_other_fields_stay(text: str, fields: list[str]) -> None:
    assert fields_of_study(text)[0] == fields


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Bachelor's degree in engineering, or an apprenticeship with HNC.", ["bachelor", "diploma"]),
        ("HND in Electrical and Electronic Engineering.", ["diploma"]),
        ("A Higher National Certificate in engineering.", ["diploma"]),
    ],
)
def test_synthetic_hnc_and_hnd_are_the_diploma_level(text: str, levels: list[str]) -> None:
    assert [level.value for level in degree_levels(text)] == levels


# --- the page -----------------------------------------------------------------------------------------------------


def test_page_decision_rights() -> None:
    rights = _fields()["decision_rights"]
    assert [d["text"] for d in rights["independent"]["decisions"]] == [
        "Test sequence during a principles test session.",
        "Acceptance of minor drafting comments.",
    ]
    assert [d["text"] for d in rights["team_approval"]["decisions"]] == ["Changes to control tables after checking."]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "Handback of the railway with outstanding test failures.",
        "Deviations from group signalling standards.",
    ]
    assert rights["budget"]["text"] == "None; provides estimates for design hours."
    assert rights["vendor"]["text"] == "Recommends suppliers; no contract authority."
    assert rights["other_areas"] == [] and rights["intro"] == [] and rights["unparsed"] == []


def test_page_education() -> None:
    (education,) = _fields()["experience"]["education"]
    assert education["fields_of_study"] == ["electrical engineering", "electronic engineering"]
    assert education["degree_levels"] == ["bachelor", "diploma"]


def test_page_experience_and_career() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3, 7, False)
    assert [(c["name"], c["detail"], c["requirement"]) for c in experience["certifications"]] == [
        ("IRSE Licence – Principles Designer", None, "required"),
        ("Personal Track Safety", "PTS", "required"),
        ("Chartered Engineer", "CEng", "optional"),
    ]
    career = _fields()["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == ["Graduate Signalling Engineer", "Signalling Technician"]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Signalling Engineer", "Principal Signalling Engineer"]
    assert career["notes"] == [
        "Typical path: Graduate Signalling Engineer → Signalling Engineer → Senior Signalling Engineer → Principal"
        " Signalling Engineer."
    ]


def test_page_has_no_bare_mojibake_mark() -> None:
    assert "โ" not in str(unseen_document(_PAGE))
