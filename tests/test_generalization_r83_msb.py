"""Round 83 unseen page: an underground mining shift boss, plain text copied from Word Online. Headings are
"N) Title" lines, bullets "•\t" and numbered items "N.\t", each with a "– detail" line; tables are written one cell
a line with a blank line between rows; every page break repeats "Company Confidential – Page N of 9" and a
"Northreef Mining Group | People & Capability | HR-BP-114 Rev 3" header. Two ads, a footer with a "Related
documents" line, and mojibake in the article and an ad.

Fixed here:
- the final scorecard (a one-cell-a-line table, "Item" / "Summary") lost 8 of its 10 rows: its "Top 10
  responsibilities" cell "1. Run ... 2. Allocate ..." was read as a list item and its label line as a sub-heading;
  in a section opening with such a table, a sub-heading over a one-line list item is a row's two cells again;
- "Remote and tele-remote loading (Emerging)" went to the skills' intro and its Use / What-good lines to the skill
  above: a short name line right over a skill's "Use:" line is a skill, a bracketed rating word that names no
  importance level ("Emerging", vocab rating_words) kept as its verbatim rating;
- tech stack environments written as a label line over its text ("Mine infrastructure" / "Decline access ...",
  "Shift model" / "12-hour ...") were the intro's or the environment above's items: such a pair, a blank line
  above it, is an environment of its own (parsers.common.label_over_text);
- role variants "By commodity" and "Contractor vs owner-operator" were variants of the dimension above: a line over
  its text worded as a dimension ("By ...", "A vs B") opens a dimension of its own;
- "Statutory Mine Manager's certificate – Advanced (for progression)": a career stage after the dash is the level,
  the closing bracket its note, as for a requirement level;
- "Related documents: HR-BP-113 Mine Captain | ..." was kept as a scorecard note: a document-control line listing
  related documents by their codes is the footer's (noise widget_patterns);
- "Geotechnical engineer on call for seismic events" was a trigger alone: a role said with when it answers
  ("on call", "on duty", "on shift") still names whom to turn to.

Left: the second years range "8–12+ years" stays text in experience_notes (the schema holds one range);
"Titles vary: ..." under "By geography" is read as a variant named "Titles vary".

Snippets below are synthetic; the page is frozen as tests/unseen/mining-shift-boss.synthetic.txt with its key in
tests/unseen/answer_keys/mining-shift-boss.md.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.parsers.experience import _certifications
from pipeline.parsers.stakeholders import escalation_point
from tests.snippets import all_strings, unseen_document

_PAGE = "mining-shift-boss.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


def _synthetic(body: str) -> dict[str, Any]:
    page = (
        "Test Role Blueprint\n\n1) Role Summary\nThe Test Role runs the harbour cranes for the terminal.\n\n"
        "2) Role Mission\nCore mission: keep the quay moving safely.\n\n" + body
    )
    (extraction,) = extract(page.encode(), name="synthetic-test-role.txt")
    return extraction.document["fields"]


# --- synthetic: a one-cell-a-line scorecard whose cell opens with a number ----------------------------------------

_SCORECARD = (
    "20) Final Role Scorecard Summary\n\nItem\nSummary\n\nRole title\nQuay Crane Lead\n\n"
    "Role purpose\nKeep the quay cranes loading ships safely and on time.\n\n"
    "Top 10 responsibilities\n1. Brief the crane crews 2. Check the spreaders 3. Sequence the bays\n\n"
    "Top 10 soft skills\n1. Calm under pressure 2. Clear radio talk 3. Fairness\n\n"
    "Top tools\nNavis N4, crane telemetry\n\nMain goals\nSafe lifts, fast turnarounds\n"
)


def test_synthetic_cell_line_scorecard_numbered_cell_keeps_its_row() -> None:
    scorecard = _synthetic(_SCORECARD)["scorecard"]
    assert scorecard["top_responsibilities"] == ["Brief the crane crews", "Check the spreaders", "Sequence the bays"]
    assert scorecard["top_soft_skills"] == ["Calm under pressure", "Clear radio talk", "Fairness"]
    assert scorecard["top_tools"] == ["Navis N4", "crane telemetry"]
    assert scorecard["main_goals"] == ["Safe lifts", "fast turnarounds"]
    assert scorecard["notes"] == []


# --- synthetic: a skill whose rating is no importance word ----------------------------------------------------------

_SKILLS = (
    "8) Technical Skills\n\nCore technical skills\n\nTwin-lift operations (Critical)\nUse: Lifting two boxes at once.\n"
    "What good looks like: No dropped twin lifts.\n\nEmerging future skills\n\n"
    "Automated stacking oversight (Emerging)\nUse: Watching automated stacking cranes.\n"
    "What good looks like: Clears faults within the shift.\n"
)


def test_synthetic_name_line_over_use_line_is_a_skill() -> None:
    skills = _synthetic(_SKILLS)["technical_skills"]
    assert skills["intro"] == []
    last = skills["skills"][-1]
    assert (last["name"], last["importance"], last["importance_note"]) == (
        "Automated stacking oversight",
        None,
        "Emerging",
    )
    assert last["use"] == "Watching automated stacking cranes."
    assert len(skills["skills"][0]["details"]) == 2


# --- synthetic: environments and variant dimensions as label lines over their text ---------------------------------

_STACK = (
    "11) Typical Tech Stack / Environment\n\nQuay layout\nSix berths with twelve ship-to-shore cranes.\n\n"
    "Crane fleet\nTwin-lift cranes, straddle carriers and reach stackers.\n\n"
    "Data environment\nTerminal operating system.\n\n"
    "Roster model\nFour-panel rotating shifts with a relief pool.\n"
)


def test_synthetic_label_lines_over_text_are_environments() -> None:
    stack = _synthetic(_STACK)["tech_stack"]
    assert stack["intro"] == []
    assert [env["name"] for env in stack["environments"]] == [
        "Quay layout",
        "Crane fleet",
        "Data environment",
        "Roster model",
    ]
    assert all(len(env["items"]) == 1 for env in stack["environments"])


_VARIANTS = (
    "17) Role Variants\n\nBy company size\nSmall terminals combine the lead and planner duties.\n\n"
    "By cargo type\nBulk terminals add grab cranes; container terminals use spreaders.\n\n"
    "Union vs non-union port\nUnion ports fix gang sizes by agreement.\n"
)


def test_synthetic_dimension_lines_open_their_own_dimension() -> None:
    dimensions = _synthetic(_VARIANTS)["role_variants"]["dimensions"]
    assert [d["heading"] for d in dimensions] == ["By company size", "By cargo type", "Union vs non-union port"]
    assert all(d["variants"] == [] and len(d["notes"]) == 1 for d in dimensions)


# --- synthetic: a stage level before a bracket, an on-call role, a related-documents footer --------------------------


def test_synthetic_stage_level_after_dash_with_bracket_note() -> None:
    (cert,) = _certifications("Harbour Master's ticket – Advanced (for promotion)")
    assert (cert.name, cert.requirement_text, cert.note) == ("Harbour Master's ticket", "Advanced", "for promotion")


def test_synthetic_on_call_role_for_trigger() -> None:
    point = escalation_point("Marine pilot on duty for vessel drift")
    assert (point.trigger, point.escalate_to) == ("vessel drift", ["Marine pilot on duty"])


def test_synthetic_related_documents_line_is_footer() -> None:
    page = _SCORECARD + "\nRelated documents: OPS-QC-12 Crane Planner | OPS-QC-14 Lasher\n"
    assert not any("Related documents" in text for text in all_strings(_synthetic(page)))


# --- the page ------------------------------------------------------------------------------------------------------


def test_page_scorecard_rows() -> None:
    scorecard = _fields()["scorecard"]
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["top_responsibilities"][0] == "Run the pre-shift line-up"
    assert len(scorecard["top_technical_skills"]) == 10
    assert scorecard["top_soft_skills"][-1] == "Integrity"
    assert "Dräger X-am 5000" in scorecard["top_tools"]
    assert len(scorecard["top_kpis"]) == 5 and len(scorecard["main_deliverables"]) == 5
    assert len(scorecard["main_goals"]) == 4
    assert scorecard["career_progression_options"][0]["transition"]["path"] == [
        "Mine Captain",
        "Underground Superintendent",
        "Production Manager",
    ]
    assert scorecard["notes"] == []


def test_page_emerging_skill() -> None:
    skills = _fields()["technical_skills"]
    assert skills["intro"] == [] and len(skills["skills"]) == 14
    emerging = [s for s in skills["skills"] if s["tier"] == "emerging"]
    assert [s["name"] for s in emerging] == [
        "Battery-electric vehicle operations",
        "Remote and tele-remote loading",
        "Proximity detection and collision avoidance",
    ]
    assert emerging[1]["importance_note"] == "Emerging"
    assert emerging[1]["use"] == "Supervising loaders operated from surface."
    assert len(emerging[0]["details"]) == 2


def test_page_environments() -> None:
    stack = _fields()["tech_stack"]
    assert stack["intro"] == []
    assert [env["name"] for env in stack["environments"]] == [
        "Mine infrastructure",
        "Mining methods",
        "Equipment fleet",
        "Data and systems",
        "Safety environment",
        "Shift model",
        "Scale or complexity",
    ]


def test_page_variant_dimensions() -> None:
    dimensions = _fields()["role_variants"]["dimensions"]
    assert [d["heading"] for d in dimensions] == [
        "By company size",
        "By commodity",
        "By geography",
        "Contractor vs owner-operator",
        "Regulated vs less regulated",
    ]
    assert [d["dimension"] for d in dimensions][::2] == ["company_size", "geography", "regulated"]


def test_page_certification_and_escalation() -> None:
    fields = _fields()
    cert = fields["experience"]["certifications"][3]
    assert (cert["name"], cert["requirement_text"], cert["note"]) == (
        "Statutory Mine Manager's certificate",
        "Advanced",
        "for progression",
    )
    point = fields["stakeholders"]["escalation_points"][1]
    assert (point["trigger"], point["escalate_to"]) == ("seismic events", ["Geotechnical engineer on call"])
    assert not any("Related documents" in text for text in all_strings(unseen_document(_PAGE)))
