"""Round 46: items of four hand-keyed pages (exercises, tools, deciders, the tools a skill names).

branch-manager-wp-rest (a WordPress REST post) tells three labelled exercises in one paragraph ("Exercise A: ...
(45 minutes) – ... Exercise B: Role play (20 minutes) – ..."): they came out as one. electrical-foreman-seed004 (seed
004's text layout) titles an exercise "Field scenario (verbal)", a kind of exercise with its mode in brackets and no
duration: it became a detail of the exercise above, and its tools table's "Greenlee / Milwaukee hydraulic benders and
knockout kits" left a bare brand beside a long phrase. product-designer-wp-gutenberg says "engineering approach is
owned by engineering": the decider had no scope. school-principal-seed000's skills name "PowerSchool" and "MAP
Growth", its tools table "PowerSchool SIS" and "NWEA MAP Growth": the skills named no tool. The pages are frozen in
tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.parsers.stakeholders import deciders_in
from pipeline.parsers.tools import split_tools

UNSEEN = Path(__file__).resolve().parent / "unseen"
RED_FLAGS = "<h3>Red flags</h3><ul><li>Blames others for misses.</li></ul><h2>20) Final Role Scorecard</h2><p>x</p>"


def _exercises(body: str) -> list[tuple]:
    heading = "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises</h3>"
    hiring = html_fields(f"{heading}{body}{RED_FLAGS}")["hiring"]
    return [
        (e["label"], e["name"], e["duration"], e["format_note"], [d["text"] for d in e["details"]])
        for e in hiring["exercises"]
    ]


def _document(name: str) -> dict:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


# --- exercises ---------------------------------------------------------------------------------


def test_synthetic_labelled_exercises_run_on_in_one_paragraph_are_one_each() -> None:
    assert _exercises(
        "<p>Exercise A: Branch turnaround case (45 minutes) &#8211; Candidate reviews a scorecard, then presents a "
        "plan. Exercise B: Role play (20 minutes) &#8211; A customer wants to wire money overseas. Exercise C: "
        "Coaching observation (20 minutes) &#8211; Candidate gives feedback on a call.</p>"
    ) == [
        ("Exercise A", "Branch turnaround case", "45 minutes", None,
         ["Candidate reviews a scorecard, then presents a plan."]),
        ("Exercise B", "Role play", "20 minutes", None, ["A customer wants to wire money overseas."]),
        ("Exercise C", "Coaching observation", "20 minutes", None, ["Candidate gives feedback on a call."]),
    ]


def test_synthetic_numbered_cases_run_on_without_dashes_are_one_each() -> None:
    assert _exercises(
        "<p>Case 1: Pricing review (30 minutes). The candidate reprices a book. Case 2: Client call (15 minutes). "
        "The candidate handles an objection.</p>"
    ) == [
        ("Case 1", "Pricing review", "30 minutes", None, ["The candidate reprices a book."]),
        ("Case 2", "Client call", "15 minutes", None, ["The candidate handles an objection."]),
    ]


def test_synthetic_a_label_out_of_sequence_cuts_nothing() -> None:
    # "Task 2:" after "Exercise A" is no next exercise: the sentence stays whole.
    assert _exercises(
        "<p>Exercise A: Pricing review (30 minutes) &#8211; The candidate reprices a book. Task 2: explain it.</p>"
    ) == [("Exercise A", "Pricing review", "30 minutes", None, ["The candidate reprices a book. Task 2: explain it."])]


@pytest.mark.parametrize("nested", [True, False], ids=["nested", "flat"])
def test_synthetic_a_kind_of_exercise_with_its_mode_in_brackets_is_a_title(nested: bool) -> None:
    items = [
        ("Drawing review exercise (30–45 minutes)", ["Given a floor plan and riser:"]),
        ("Field scenario (verbal)", ["“The GC wants ceilings closed Friday.”", "Explain how they sequence the crew"]),
        ("Troubleshooting walk-through", ["Show a circuit with a tripping GFCI."]),
    ]
    if nested:
        body = "".join(f"<li>{t}<ul>{''.join(f'<li>{d}</li>' for d in ds)}</ul></li>" for t, ds in items)
    else:
        body = "".join(f"<li>{t}</li>{''.join(f'<li>{d}</li>' for d in ds)}" for t, ds in items)
    assert _exercises(f"<ul>{body}</ul>") == [
        (None, "Drawing review exercise", "30–45 minutes", None, ["Given a floor plan and riser:"]),
        (None, "Field scenario", None, "verbal",
         ["“The GC wants ceilings closed Friday.”", "Explain how they sequence the crew"]),
        (None, "Troubleshooting walk-through", None, None, ["Show a circuit with a tripping GFCI."]),
    ]


def test_the_branch_manager_posts_three_exercises() -> None:
    document = _document("branch-manager-wp-rest.synthetic.json")
    exercises = document["fields"]["hiring"]["exercises"]
    assert [(e["label"], e["name"], e["duration"]) for e in exercises] == [
        ("Exercise A", "Branch turnaround case", "45 minutes"),
        ("Exercise B", "Role play", "20 minutes"),
        ("Exercise C", "Coaching observation", "20 minutes"),
    ]
    assert [[d["text"] for d in e["details"]] for e in exercises] == [
        ["Candidate reviews a branch scorecard with falling deposits and two repeat audit findings, then presents a "
         "90-day plan."],
        ["An older customer wants to wire $18,000 to a “grandson” overseas."],
        ["Candidate gives feedback on a recorded banker conversation."],
    ]  # fmt: skip
    strings = all_strings(document["fields"])
    assert not any(noise in text for text in strings for noise in ("Harbor Pet Insurance", "QuillMeal", "mc4wp"))


def test_the_foreman_pages_three_exercises_and_its_benders() -> None:
    fields = _document("electrical-foreman-seed004.synthetic.txt")["fields"]
    exercises = fields["hiring"]["exercises"]
    assert [(e["name"], e["duration"], e["format_note"]) for e in exercises] == [
        ("Drawing review exercise", "30–45 minutes", None),
        ("Field scenario", None, "verbal"),
        ("Troubleshooting walk-through", None, None),
    ]
    assert exercises[0]["details"][0]["sub_items"] == [
        "Identify conflicts, missing information, and code issues",
        "Propose RFIs and a crew plan for the first two weeks",
    ]
    assert [d["text"] for d in exercises[1]["details"]] == [
        "“The GC wants ceilings closed Friday, but you have two failed inspections and a late switchgear delivery.”",
        "Explain how they sequence the crew, communicate, and protect the company commercially",
    ]
    benders = next(row for row in fields["tools"]["rows"] if row["category"] == "Power tools")
    assert [tool["name"] for tool in benders["tools"]] == [
        "Greenlee hydraulic benders and knockout kits",
        "Milwaukee hydraulic benders and knockout kits",
    ]


# --- tools -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Greenlee / Milwaukee hydraulic benders", ["Greenlee hydraulic benders", "Milwaukee hydraulic benders"]),
        ("Fluke / Klein multimeters", ["Fluke multimeters", "Klein multimeters"]),
        ("ICE / EEX / CME data feeds", ["ICE data feeds", "EEX data feeds", "CME data feeds"]),
        # An acronym after a brand is the kind's own word; two products, or a known one, share nothing.
        ("Quartzy / LIMS inventory module", ["Quartzy", "LIMS inventory module"]),
        ("Excel / Google Sheets", ["Excel", "Google Sheets"]),
        ("Slack / Microsoft Teams", ["Slack", "Microsoft Teams"]),
        ("Cable pullers (Greenlee Tugger / Super Tugger)", ["Cable pullers"]),
    ],
)
def test_synthetic_brands_sharing_a_kind_each_take_it(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


# --- deciders ----------------------------------------------------------------------------------


def test_synthetic_what_is_owned_by_a_decider_is_its_scope() -> None:
    line = (
        "The designer owns design decisions; product scope is decided jointly with the PM; "
        "engineering approach is owned by engineering."
    )
    assert [(d.name, d.scope) for d in deciders_in(line)] == [
        ("designer", "design decisions"),
        ("PM", "product scope"),
        ("engineering", "engineering approach"),
    ]
    # The other passives name the decisions themselves, as before.
    assert [(d.name, d.scope) for d in deciders_in("Final calls are made by the PM.")] == [("PM", None)]


def test_the_designer_pages_third_decider_has_its_scope() -> None:
    fields = _document("product-designer-wp-gutenberg.synthetic.html")["fields"]
    deciders = fields["stakeholders"]["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [
        ("designer", "design decisions within the product area"),
        ("PM", "product scope"),
        ("engineering", "engineering approach"),
    ]


# --- the tools a skill names -------------------------------------------------------------------

SKILLS = (
    "<h2>8) Technical Skills</h2><h3>Must-have technical skills</h3><ol>"
    "<li>Student information systems reporting (Critical)"
    "<ul><li>Use: PowerSchool or Infinite Campus queries.</li></ul></li>"
    "<li>Assessment literacy (Critical)<ul><li>Use: interpreting MAP Growth and state assessment data.</li></ul></li>"
    "<li>Collaboration suites (Important)<ul><li>Use: sharing calendars in Google and Microsoft tools.</li></ul></li>"
    "</ol>"
)
TOOLS = (
    "<h2>10) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool, platform, or software</th>"
    "<th>Primary use</th><th>Common / Optional / Context-specific</th></tr>"
    "<tr><td>Student information system</td><td>PowerSchool SIS</td><td>Attendance</td><td>Common</td></tr>"
    "<tr><td>Student information system</td><td>Infinite Campus</td><td>Attendance</td><td>Context-specific</td></tr>"
    "<tr><td>Assessment</td><td>NWEA MAP Growth</td><td>Interim assessment</td><td>Common</td></tr>"
    "<tr><td>Productivity</td><td>Google Workspace for Education</td><td>Documents</td><td>Common</td></tr>"
    "</table><h2>11) Technology Stack</h2><p>x</p>"
)


def test_synthetic_a_skill_names_a_table_tool_by_a_distinctive_part_of_its_name() -> None:
    skills = html_fields(SKILLS + TOOLS)["technical_skills"]["skills"]
    assert [(skill["name"], skill["tools"]) for skill in skills] == [
        ("Student information systems reporting", ["PowerSchool", "Infinite Campus"]),
        ("Assessment literacy", ["MAP Growth"]),
        ("Collaboration suites", []),  # "Google" alone is a maker, no tool of the table
    ]


def test_the_principal_pages_skills_name_its_sis_and_assessment() -> None:
    skills = _document("school-principal-seed000.synthetic.txt")["fields"]["technical_skills"]["skills"]
    tools = {skill["name"]: skill["tools"] for skill in skills}
    assert tools["Student information systems reporting"] == ["PowerSchool", "Infinite Campus"]
    assert tools["Student data analysis and assessment literacy"] == ["MAP Growth"]
    assert sum(1 for found in tools.values() if found) == 2
