"""Day-to-day groups and stakeholders written as tables: synthetic snippets modelled on unseen pages of the family.

The snippets copy the layout of a Notion-exported markdown "Customer Support Team Lead" page: its recurring
rituals are a table ("| Ritual | Cadence | Participants | Purpose |"), its internal stakeholders a table
("| Stakeholder | Nature of collaboration | Escalation |"), and an escalation point names its target before
the situation ("Incident Commander during outages"). The negative cases guard the list layouts of the seeds.
"""

from __future__ import annotations

from pipeline import extract

_HEAD = (
    "# Support Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Support Lead runs a support team.\n\n"
    "## 2) Role Mission\n\nKeep customers answered.\n\n"
)


def _fields(section: str, body: str) -> dict:
    [result] = extract((_HEAD + section + "\n\n" + body).encode(), name="x.md")
    return result.document["fields"]


def _day_to_day(body: str) -> dict:
    return _fields("## 4) Day-to-Day Activities", body)["day_to_day"]


# --- day-to-day groups written as tables ------------------------------------------------------------


def test_a_rituals_table_gives_an_item_a_row_with_its_cells_labelled_by_column() -> None:
    day = _day_to_day(
        "### Daily activities\n\n- Run the shift huddle.\n\n"
        "### Recurring meetings or rituals\n\n"
        "| Ritual | Cadence | Participants | Purpose |\n|---|---|---|---|\n"
        "| Shift huddle | Daily | Team lead, agents | Targets, incidents, focus |\n"
        "| QA calibration | Weekly / Monthly | Leads, QA specialist | Consistent scoring |\n"
    )
    assert day["recurring_rituals"]["items"] == [
        {
            "text": "Shift huddle",
            "sub_items": ["Cadence: Daily", "Participants: Team lead, agents", "Purpose: Targets, incidents, focus"],
        },
        {
            "text": "QA calibration",
            "sub_items": ["Cadence: Weekly / Monthly", "Participants: Leads, QA specialist", "Purpose: Consistent scoring"],
        },
    ]
    assert day["daily"]["items"] == [{"text": "Run the shift huddle.", "sub_items": []}]
    assert day["unparsed"] == []


def test_a_daily_table_with_an_empty_cell_keeps_the_cells_it_has() -> None:
    day = _day_to_day(
        "### Daily activities\n\n"
        "| Activity | Time | Notes |\n|---|---|---|\n"
        "| Review the queue | 09:00 | Before the huddle |\n"
        "| Spot-check replies |  | Two per agent |\n\n"
        "Times are the team's local time.\n"
    )
    assert day["daily"] == {
        "heading": "Daily activities",
        "intro": ["Times are the team's local time."],
        "items": [
            {"text": "Review the queue", "sub_items": ["Time: 09:00", "Notes: Before the huddle"]},
            {"text": "Spot-check replies", "sub_items": ["Notes: Two per agent"]},
        ],
    }
    assert day["unparsed"] == []


def test_activity_lists_keep_their_nested_items() -> None:
    day = _day_to_day("### Weekly activities\n\n- Write and refine:\n  - scorecards\n  - schedules\n- Run a 1:1.\n")
    assert day["weekly"]["items"] == [
        {"text": "Write and refine:", "sub_items": ["scorecards", "schedules"]},
        {"text": "Run a 1:1.", "sub_items": []},
    ]
    assert day["recurring_rituals"] is None


def test_a_table_under_a_heading_of_no_known_cadence_stays_whole_in_unparsed() -> None:
    day = _day_to_day("### Per-release activities\n\n- Run the checklist.\n\n| Step | Owner |\n|---|---|\n| Freeze | Lead |\n")
    assert day["other"] == [
        {"heading": "Per-release activities", "intro": [], "items": [{"text": "Run the checklist.", "sub_items": []}]}
    ]
    assert day["unparsed"] == ["Step | Owner\nFreeze | Lead"]
