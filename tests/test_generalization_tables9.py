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


# --- stakeholders written as tables -----------------------------------------------------------------


def _stakeholders(body: str) -> dict:
    return _fields("## 12) Stakeholders and Collaboration Map", body)["stakeholders"]


def test_a_stakeholder_table_gives_a_stakeholder_a_row_mapped_by_its_header() -> None:
    people = _stakeholders(
        "### Internal stakeholders\n\n"
        "| Stakeholder | Nature of collaboration | Escalation |\n|---|---|---|\n"
        "| Support Manager / Head of Support | Targets, staffing | SLA risk, HR cases |\n"
        "| Billing (Finance) | Refunds | Refunds above lead authority |\n"
    )
    assert people["internal"] == [
        {
            "name": "Support Manager / Head of Support",
            "note": None,
            "nature": "Targets, staffing",
            "escalation": "SLA risk, HR cases",
            "details": [
                {"label": "Nature of collaboration", "kind": "nature", "text": "Targets, staffing"},
                {"label": "Escalation", "kind": "escalation", "text": "SLA risk, HR cases"},
            ],
            "text": "Support Manager / Head of Support | Targets, staffing | SLA risk, HR cases",
        },
        {
            "name": "Billing",
            "note": "Finance",
            "nature": "Refunds",
            "escalation": "Refunds above lead authority",
            "details": [
                {"label": "Nature of collaboration", "kind": "nature", "text": "Refunds"},
                {"label": "Escalation", "kind": "escalation", "text": "Refunds above lead authority"},
            ],
            "text": "Billing (Finance) | Refunds | Refunds above lead authority",
        },
    ]
    assert people["unparsed"] == []


def test_stakeholder_table_columns_in_another_order_with_an_unknown_column_kept_as_a_detail() -> None:
    people = _stakeholders(
        "### External stakeholders\n\n"
        "| Escalate | Partner | Owner | Interaction |\n|---|---|---|---|\n"
        "| Missed SLA | BPO vendor | Lead | Weekly review |\n"
    )
    [vendor] = people["external"]
    assert (vendor["name"], vendor["nature"], vendor["escalation"]) == ("BPO vendor", "Weekly review", "Missed SLA")
    assert vendor["details"] == [
        {"label": "Escalate", "kind": "escalation", "text": "Missed SLA"},
        {"label": "Owner", "kind": "other", "text": "Lead"},
        {"label": "Interaction", "kind": "nature", "text": "Weekly review"},
    ]


def test_a_stakeholder_list_around_a_table_keeps_page_order() -> None:
    people = _stakeholders(
        "### Internal stakeholders\n\n- Support Manager\n  - Nature: targets.\n\n"
        "| Team | Collaboration |\n|---|---|\n| Billing | Refunds |\n\n"
        "- Customer Success — renewal context.\n"
    )
    assert [(p["name"], p["nature"]) for p in people["internal"]] == [
        ("Support Manager", "targets."),
        ("Billing", "Refunds"),
        ("Customer Success", "renewal context."),
    ]


def test_peer_roles_and_dependencies_written_as_tables() -> None:
    fields = _stakeholders(
        "### Peer roles\n\n| Peer role | Shared work |\n|---|---|\n| QA Specialist (org-dependent) | Calibration |\n\n"
        "### Upstream dependencies\n\n| Dependency | From |\n|---|---|\n| Forecasts and schedules | WFM |\n"
    )
    assert fields["peer_roles"] == [
        {"name": "QA Specialist", "note": "org-dependent", "text": "QA Specialist (org-dependent) | Calibration"}
    ]
    assert fields["upstream"] == [
        {"name": "Forecasts and schedules", "note": None, "sub_items": ["From: WFM"], "text": "Forecasts and schedules | WFM"}
    ]
    assert fields["unparsed"] == []


def test_peer_roles_and_dependencies_written_as_lists_are_unchanged() -> None:
    fields = _stakeholders(
        "### Peer roles\n\n- Other Support Team Leads, QA Specialist, Workforce Analyst.\n\n"
        "### Upstream dependencies\n\n- Accurate forecasts from WFM.\n- Release notes from Product.\n"
    )
    assert [p["name"] for p in fields["peer_roles"]] == ["Other Support Team Leads", "QA Specialist", "Workforce Analyst"]
    assert [d["name"] for d in fields["upstream"]] == ["Accurate forecasts from WFM", "Release notes from Product"]


# --- escalation points naming their target first ----------------------------------------------------


def test_a_role_then_the_situation_that_calls_for_it_is_an_escalation_target() -> None:
    fields = _stakeholders(
        "### Escalation points\n\n"
        "- Support Manager for policy exceptions; Incident Commander during outages; Engineering if Sev-1 bugs pile up.\n"
    )
    assert [(p["trigger"], p["action"], p["escalate_to"]) for p in fields["escalation_points"]] == [
        ("policy exceptions", "Support Manager", ["Support Manager"]),
        ("outages", "Incident Commander", ["Incident Commander"]),
        ("Sev-1 bugs pile up", "Engineering", ["Engineering"]),
    ]


def test_a_situation_then_a_condition_names_no_target() -> None:
    fields = _stakeholders("### Escalation points\n\n- Security incidents if customer PII is exposed.\n")
    assert [(p["trigger"], p["action"], p["escalate_to"]) for p in fields["escalation_points"]] == [
        ("Security incidents if customer PII is exposed", None, [])
    ]
