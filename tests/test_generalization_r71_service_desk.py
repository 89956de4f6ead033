"""A seventy-first round unseen page: an IT Service Desk Manager page in plain text, blank-line style with CRLF,
"N. Title" headings and UPPER-CASE sub-headings, in two layouts the text reader did not know:

- LETTERED list items, "a) Define the service desk operating model", each over its detail lines indented by a
  tab ("<TAB>– Decide channels ..."). The lettered lines stayed paragraphs (with their "a)") and the detail lines
  became the items: titles lost, soft skills collapsed into one, career roles, deliverables, day-to-day, goals
  and mission lists empty, decision-rights areas "other", 484 strings opening with a letter.
- ASCII-bordered pipe tables, MySQL-style: "+---+" above the header, under it and under the body, no border
  between body lines. Every body line was read as a wrapped line of ONE grid-table row: KPIs 13 rows -> 1, tools
  23 -> 1, hiring scorecard 7 -> 1, final scorecard 10 -> 1 (with a false "cut short" warning).

The rules added (textblocks): "a)", "(a)" and "a." open list items on a page that holds a run of them (a "b"
line marked alike), read as numbered items are, the letter their number; a grid whose one-line header is ruled
with "-" over ONE run of body lines, each filling its first cell, is read a row a line. Snippets below are
synthetic; the page is frozen as tests/unseen/it-service-desk-manager.synthetic.txt with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from pipeline import extract
from pipeline.textblocks import text_to_pieces
from tests.snippets import UNSEEN, all_strings

_PAGE = "it-service-desk-manager.synthetic.txt"


@pytest.fixture(scope="module")
def page() -> Any:
    (extraction,) = extract((UNSEEN / _PAGE).read_bytes(), name=_PAGE)
    return extraction


@pytest.fixture(scope="module")
def fields(page: Any) -> dict[str, Any]:
    return page.document["fields"]


def _blocks(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(p.block.kind.value, p.block.text, p.block.depth, p.block.number) for p in text_to_pieces(text)]


def _table(text: str) -> tuple[list[str], list[list[str]]]:
    (table,) = [p.block for p in text_to_pieces(text) if p.block.kind.value == "table"]
    return table.header, table.rows


# --- the rules on synthetic snippets -----------------------------------------------------------------------------


def test_synthetic_lettered_run_reads_as_numbered_items_with_tab_indented_details() -> None:
    text = "a) Own the roadmap\n\t– Plan the quarter.\n\nb) Run the team\n\t– Hold one-to-ones.\n"
    assert _blocks(text) == [
        ("list_item", "Own the roadmap", 0, 1),
        ("list_item", "Plan the quarter.", 1, None),
        ("list_item", "Run the team", 0, 2),
        ("list_item", "Hold one-to-ones.", 1, None),
    ]


def test_synthetic_lettered_styles_in_parentheses_and_with_a_full_stop() -> None:
    assert [b[:2] for b in _blocks("(a) First point\n(b) Second point\n")] == [
        ("list_item", "First point"),
        ("list_item", "Second point"),
    ]
    assert [b[:2] for b in _blocks("a. First point\n\nb. Second point\n")] == [
        ("list_item", "First point"),
        ("list_item", "Second point"),
    ]


def test_synthetic_lone_lettered_line_on_a_page_with_runs_is_an_item() -> None:
    # A sub-heading's one-item list ("a) 6–10 years ...") on a page that writes its lists so.
    text = "a) One\n\nb) Two\n\nYEARS\n\na) 6–10 years in support.\n"
    assert [b[:2] for b in _blocks(text)][-1] == ("list_item", "6–10 years in support.")


def test_synthetic_lettered_prose_without_a_run_stays_prose() -> None:
    # No "b)" line: a paragraph opening "a) " is the writer's, not a list; nor does a "b." run make "a)" items.
    assert [b[:2] for b in _blocks("a) this sentence opens so.\n\nAnother paragraph.\n")] == [
        ("paragraph", "a) this sentence opens so."),
        ("paragraph", "Another paragraph."),
    ]
    assert _blocks("a) one thing\n\nb. other thing\n")[0][0] == "paragraph"


def test_synthetic_word_tab_lettered_items_keep_their_reader() -> None:
    # Word's "a.<TAB>text" items are read by their own rule (depth from the marker), as before.
    blocks = _blocks("•\tTop item\na.\tSub one\nb.\tSub two\n")
    assert [(kind, text, depth) for kind, text, depth, _number in blocks] == [
        ("list_item", "Top item", 0),
        ("list_item", "Sub one", 1),
        ("list_item", "Sub two", 1),
    ]


_BORDER = "+------+--------+------+"


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def test_synthetic_bordered_table_without_row_borders_is_a_row_a_line() -> None:
    text = _lines(
        _BORDER, "| Name | Target | Freq |", _BORDER, "| FCR  | ≥ 70%  | Week |", "| ASA  | ≤ 60 s | Day  |", _BORDER
    )
    assert _table(text) == (["Name", "Target", "Freq"], [["FCR", "≥ 70%", "Week"], ["ASA", "≤ 60 s", "Day"]])


def test_synthetic_grid_table_row_wrapped_over_lines_stays_one_row() -> None:
    # pandoc's grid table: "=" under the header, a border under every row; a wrapped row is one row.
    rule = _BORDER.replace("-", "=")
    text = _lines(
        _BORDER, "| Name | Target | Freq |", rule, "| FCR  | ≥ 70%  | Week |", "| rate | of all |      |", _BORDER
    )
    assert _table(text) == (["Name", "Target", "Freq"], [["FCR rate", "≥ 70% of all", "Week"]])
    # Ruled with "-" too, a continuation line that leaves the first cell blank keeps the row whole.
    text = _lines(
        _BORDER, "| Name | Target | Freq |", _BORDER, "| FCR  | ≥ 70%  | Week |", "|      | of all |      |", _BORDER
    )
    assert _table(text) == (["Name", "Target", "Freq"], [["FCR", "≥ 70% of all", "Week"]])
    # Nor does a wrapped row whose last line fills its first cell only: most lines of a row a line fill every cell.
    text = _lines(_BORDER, "| Name | Target | Freq |", _BORDER, "| FCR  | ≥ 70%  | Week |", "| rate |        |      |")
    assert _table(text) == (["Name", "Target", "Freq"], [["FCR rate", "≥ 70%", "Week"]])


def test_synthetic_bordered_table_with_a_blank_cell_is_still_a_row_a_line() -> None:
    text = _lines(
        _BORDER,
        "| Name | Target | Freq |",
        _BORDER,
        "| FCR  | ≥ 70%  | Week |",
        "| ASA  |        | Day  |",
        "| CSAT | ≥ 90%  | Month|",
        _BORDER,
    )
    assert _table(text)[1] == [["FCR", "≥ 70%", "Week"], ["ASA", "", "Day"], ["CSAT", "≥ 90%", "Month"]]


def test_synthetic_grid_table_with_row_borders_keeps_its_wrapped_rows() -> None:
    text = _lines(
        _BORDER,
        "| Name | Target | Freq |",
        _BORDER,
        "| FCR  | ≥ 70%  | Week |",
        "| rate | of all |      |",
        _BORDER,
        "| ASA  | ≤ 60 s | Day  |",
        _BORDER,
    )
    assert _table(text) == (
        ["Name", "Target", "Freq"],
        [["FCR rate", "≥ 70% of all", "Week"], ["ASA", "≤ 60 s", "Day"]],
    )


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_reads_cleanly(page: Any) -> None:
    document = page.document
    assert document["role"]["title"] == "IT Service Desk Manager"
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0
    assert page.warnings == []  # no "cut short" scorecard, no lists read as prose


def test_page_no_letters_borders_or_noise_left(fields: dict[str, Any]) -> None:
    strings = all_strings(fields)
    assert [s for s in strings if re.match(r"\(?[a-g][.)]\s", s)] == []
    noise = ("+---", "\r", "\t", "Dental", "Skip to content", "Search for:", "Print this page", "Share this")
    noise += ("Notify of", "0 Comments", "Would love your thoughts", "RoleBlueprints", "Most Voted", "â", "โ")
    assert [s for s in strings if any(n in s for n in noise)] == []
    assert not {"Home", "Blueprints", "Facebook", "LinkedIn", "X", "guest", "Subscribe"} & set(strings)


def test_page_summary_and_mission(fields: dict[str, Any]) -> None:
    summary = fields["role_summary"]
    assert summary["role_horizon"]["horizon"] == "Current"
    groups = summary["interaction"]["groups"]
    assert [g["text"] for g in groups][::5] == [
        "Desktop / End-User Computing and field support",
        "Vendors and managed service providers",
    ]
    assert len(groups) == 6
    mission = fields["role_mission"]
    assert mission["core_mission"].startswith("Run a service desk that restores users")
    assert len(mission["strategic_importance"]) == 4 and len(mission["primary_business_outcomes"]) == 5
    assert mission["strategic_importance"][0].startswith("The service desk is the most visible IT function;")


def test_page_responsibilities_titles_and_details(fields: dict[str, Any]) -> None:
    items = fields["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert list(counts.values()) == [3, 5, 4, 2, 2, 3]
    assert items[0]["title"] == "Define the service desk operating model"
    assert items[0]["detail"].startswith("Decide channels (portal, chat, phone, walk-up), tiers,")
    assert items[-1]["title"] == "Manage vendor and outsourced desk performance"
    assert all(item["detail"] for item in items)


def test_page_day_to_day_deliverables_goals(fields: dict[str, Any]) -> None:
    day = fields["day_to_day"]
    groups = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[g]["items"]) for g in groups] == [5, 5, 5, 5, 3]
    assert [d["intro"] for d in (day[g] for g in groups)] == [[]] * 5
    deliverables = fields["deliverables"]["items"]
    assert len(deliverables) == 11 and len({d["group"] for d in deliverables}) == 3
    assert deliverables[-1]["text"] == "Continual improvement register with owners and dates"
    goals = fields["goals"]
    milestones = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[m]["items"]) for m in milestones] == [3, 3, 3, 3, 3, 2]
    assert len(goals["high_performance"]) == 4


def test_page_kpi_rows(fields: dict[str, Any]) -> None:
    rows = fields["kpis"]["rows"]
    assert len(rows) == 13
    assert (rows[0]["name"], rows[0]["target"], rows[0]["frequency"]) == (
        "First contact resolution (FCR)",
        "≥ 70% for eligible contacts",
        "Weekly",
    )
    assert (rows[2]["target"], rows[-1]["name"], rows[-1]["frequency"]) == (
        "≤ 60 seconds phone; ≤ 30 seconds chat",
        "Analyst attrition",
        "Quarterly",
    )
    assert [len(note["items"]) for note in fields["kpis"]["notes"]] == [2]


def test_page_tools_rows(fields: dict[str, Any]) -> None:
    rows = fields["tools"]["rows"]
    assert len(rows) == 23
    assert [t["name"] for t in rows[2]["tools"]] == ["BMC Helix", "Ivanti Neurons"]
    assert (rows[2]["category"], rows[2]["prevalence"]) == ("ITSM platform", "context_specific")
    assert (rows[-1]["tool_text"], rows[-1]["prevalence"]) == ("ServiceNow HAM / Snipe-IT", "context_specific")


def test_page_skills(fields: dict[str, Any]) -> None:
    skills = fields["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 5, 3, 3]
    assert (skills[0]["name"], skills[0]["importance"]) == ("ITIL service management practices", "critical")
    xla = skills[12]
    assert xla["name"] == "Experience-level agreements (XLA) and sentiment measurement"
    assert xla["importance_levels"] == ["optional", "important"]
    soft = fields["soft_skills"]["skills"]
    assert [s["name"] for s in soft][::6] == ["People leadership and coaching", "Continuous improvement mindset"]
    assert len(soft) == 7
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_page_stakeholders_and_decision_rights(fields: dict[str, Any]) -> None:
    stakeholders = fields["stakeholders"]
    assert [s["name"] for s in stakeholders["internal"]] == [
        "Head of IT Operations",
        "Resolver group leads",
        "Problem and change managers",
        "Information security team",
        "HR and Facilities",
    ]
    assert len(stakeholders["external"]) == 2 and len(stakeholders["peer_roles"]) == 5
    rights = fields["decision_rights"]
    assert [len(rights[g]["decisions"]) for g in ("independent", "team_approval", "manager_approval")] == [3, 2, 4]
    areas = ("budget", "architecture", "vendor", "delivery", "hiring", "compliance")
    assert [rights[a]["label"] for a in areas] == [
        "Budget",
        "Architecture",
        "Vendor",
        "Delivery",
        "Hiring",
        "Compliance",
    ]
    assert rights["other_areas"] == []


def test_page_experience_and_career(fields: dict[str, Any]) -> None:
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (6.0, 10.0, False)
    assert years["text"].startswith("6–10 years in IT support")
    assert len(fields["experience"]["certifications"]) == 5
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Service Desk Team Lead",
        "Senior Service Desk Analyst",
        "Desktop Support Supervisor",
        "Contact Center Supervisor",
    ]
    assert [r["name"] for r in career["next_roles"]] == [
        "Head of End-User Services",
        "IT Service Management Lead / ITSM Process Owner",
        "IT Operations Manager",
    ]
    assert len(career["adjacent_paths"]) == 4 and len(career["promotion_skills"]) == 3
    assert [e["period"] for e in career["evolution"]] == ["Year 1", "Years 2–3", "Beyond"]


def test_page_hiring_and_scorecard(fields: dict[str, Any]) -> None:
    hiring = fields["hiring"]
    assert len(hiring["what_to_assess"]) == 5
    assert [(e["name"], e["duration"]) for e in hiring["exercises"]] == [
        ("Queue scenario", "45 minutes"),
        ("Data case", None),
    ]
    assert [len(hiring[k]) for k in ("strong_signals", "weak_signals", "red_flags")] == [2, 2, 2]
    dimensions = [row["dimension"] for row in hiring["scorecard"]["rows"]]
    assert dimensions[::6] == ["Service management", "Automation and self-service"] and len(dimensions) == 7
    scorecard = fields["scorecard"]
    assert scorecard["role_title"] == "IT Service Desk Manager"
    assert scorecard["role_purpose"].startswith("Lead the IT service desk so users are restored quickly")
    assert len(scorecard["top_responsibilities"]) == 10 and len(scorecard["top_kpis"]) == 8
    assert scorecard["career_progression_options"][-1]["name"] == "ITSM Platform Product Owner"
