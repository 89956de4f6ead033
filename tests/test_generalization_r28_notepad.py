"""A browser page selected and pasted into Notepad, saved in Windows-1252, from a twenty-eighth round of unseen pages.

The copy writes each table row as one line of tab-separated cells (a cell's <br> breaks the row's line), keeps
the bullets the page typed as characters ("• ", "– " details) and loses those of its HTML lists: their items are
plain lines right under their sub-heading, with no blank line anywhere but before a section. The code page has
no "→", "≤" or "≥": the file holds "?" for them. The snippets are synthetic, modelled on the page (an accounts
payable supervisor's blueprint), which is frozen below as tests/unseen/*.synthetic.txt with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.parsers.tools import split_tools
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "accounts-payable-supervisor-notepad-cp1252.synthetic.txt"

# A table's tab-separated lines: what tells a browser copy (and lets other pages skip the reading below).
_KPIS = (
    "7) KPIs and Productivity Metrics\r\n"
    "Metric name\tWhat it measures\tWhy it matters\tExample target/benchmark\tFrequency\r\n"
    "Backlog age\tDays an item waits\tShows the queue\tUnder 5 days\tWeekly\r\n"
    "Error rate\tShare of items fixed later\tShows quality\tUnder 2%\tMonthly\r\n"
)


def _document(body: str, tabbed: bool = True) -> dict[str, Any]:
    text = "Kennel Supervisor: Role Blueprint\r\n1) Role Summary\r\nThe Kennel Supervisor runs the floor.\r\n" + body
    (extraction,) = extract((text + ("\r\n" + _KPIS if tabbed else "")).encode("cp1252"), name="snippet.txt")
    assert extraction.document is not None
    return extraction.document


_DAY = (
    "\r\n4) Day-to-Day Activities\r\n"
    "The rhythm is set by the feeding rounds.\r\n"
    "Daily activities\r\n"
    "Walk the kennels and check every run.\r\n"
    "Review the boarding list; assign the rounds.\r\n"
    "Answer owners' calls about “when can I pick up?” questions.\r\n"
    "Weekly activities\r\n"
    "• Order food and bedding.\r\n"
    "• Meet the veterinary team.\r\n"
    "Monthly or quarterly activities\r\n"
    "• Count the drug cupboard.\r\n"
    "Recurring meetings or rituals\r\n"
    "Daily 10-minute team stand-up\r\n"
    "Weekly rota review with the practice manager\r\n"
    "Quarterly hygiene audit\r\n"
)


def test_lines_that_fill_a_list_sub_heading_alone_are_its_items() -> None:
    day = _document(_DAY)["fields"]["day_to_day"]
    assert day["intro"] == ["The rhythm is set by the feeding rounds."]
    assert day["daily"]["intro"] == []
    assert [item["text"] for item in day["daily"]["items"]] == [
        "Walk the kennels and check every run.",
        "Review the boarding list; assign the rounds.",
        "Answer owners' calls about “when can I pick up?” questions.",
    ]
    assert len(day["weekly"]["items"]) == 2
    # A meeting line naming a cadence already seen ("Daily ...") is an item, not a sub-heading of its own.
    assert [item["text"] for item in day["recurring_rituals"]["items"]] == [
        "Daily 10-minute team stand-up",
        "Weekly rota review with the practice manager",
        "Quarterly hygiene audit",
    ]
    assert day["weekly"]["intro"] == [] and len(day["daily"]["items"]) == 3


def test_lines_read_as_items_only_on_a_page_with_tab_separated_tables() -> None:
    # Another plain-text layout (no tab-separated table) keeps them as the parsers read them until now.
    day = _document(_DAY, tabbed=False)["fields"]["day_to_day"]
    assert day["daily"]["items"] == [] and len(day["daily"]["intro"]) == 3


def test_an_intro_stays_an_intro() -> None:
    body = (
        "\r\n4) Day-to-Day Activities\r\n"
        "Daily activities\r\n"
        "Most of the day goes to the floor.\r\n"
        "Rounds come first, then the calls.\r\n"
        "• Walk the kennels.\r\n"
        "• Review the boarding list.\r\n"
        "Incident, escalation, or emergency work\r\n"
        "An animal escapes its run. Staff search the grounds and call the owner.\r\n"
        "A dog is sick overnight.\r\n"
    )
    day = _document(body)["fields"]["day_to_day"]
    # Lines over the sub-heading's items are its intro; a line of two sentences is prose, and so is its run.
    assert day["daily"]["intro"] == ["Most of the day goes to the floor.", "Rounds come first, then the calls."]
    assert [item["text"] for item in day["daily"]["items"]] == ["Walk the kennels.", "Review the boarding list."]
    assert day["incident_work"]["items"] == [] and len(day["incident_work"]["intro"]) == 2


def test_a_lead_ending_with_a_colon_and_a_labelled_fact_bound_the_list() -> None:
    body = (
        "Role horizon: Current (an established role).\r\n"
        "Typical interaction teams:\r\n"
        "Veterinary nurses\r\n"
        "Front desk and reception\r\n"
        "Practice management\r\n"
        "Typical reporting line: Reports to the Practice Manager.\r\n"
        "\r\n2) Role Mission\r\n"
        "Core mission:\r\n"
        "Keep every animal clean, fed, and calm.\r\n"
        "Strategic importance to the company\r\n"
        "Animal welfare: the kennel is where the practice's care is seen.\r\n"
        "Reputation: owners judge the practice by their pet's stay.\r\n"
    )
    fields = _document(body)["fields"]
    summary = fields["role_summary"]
    assert [group["text"] for group in summary["interaction"]["groups"]] == [
        "Veterinary nurses",
        "Front desk and reception",
        "Practice management",
    ]
    assert summary["reporting_line"]["reports_to"].startswith("Practice Manager")
    assert summary["paragraphs"] == ["The Kennel Supervisor runs the floor."]
    mission = fields["role_mission"]
    assert mission["core_mission"] == "Keep every animal clean, fed, and calm."
    assert len(mission["strategic_importance"]) == 2 and mission["strategic_importance_lead"] is None


def test_goal_horizons_and_high_performance_lines_are_items() -> None:
    body = (
        "\r\n6) Goals, Objectives, and Milestones\r\n"
        "30-day goals\r\n"
        "Learn the boarding system.\r\n"
        "Meet every kennel attendant.\r\n"
        "60-day goals\r\n"
        "Own the weekly rota.\r\n"
        "Close out the cleaning backlog.\r\n"
        "Role success definition\r\n"
        "Every animal goes home healthy and the team stays.\r\n"
        "What high performance looks like\r\n"
        "Rounds are never late.\r\n"
        "Owners rarely complain.\r\n"
    )
    goals = _document(body)["fields"]["goals"]
    assert [len(goals[key]["items"]) for key in ("day_30", "day_60")] == [2, 2]
    assert goals["day_30"]["intro"] == []
    assert goals["success_definition"]["text"] == "Every animal goes home healthy and the team stays."
    assert [item["text"] for item in goals["high_performance"]] == ["Rounds are never late.", "Owners rarely complain."]


def test_a_lost_arrow_between_role_names_is_read_as_the_arrow() -> None:
    body = (
        "\r\n15) Career Path and Progression\r\n"
        "Common feeder roles into this role\r\n"
        "Senior Kennel Attendant ? Kennel Supervisor\r\n"
        "Veterinary Assistant (Boarding) ? Kennel Supervisor\r\n"
        "Next likely roles after this role\r\n"
        "Practice Manager (larger team)\r\n"
        "Hospital Operations Lead\r\n"
        "Adjacent career paths\r\n"
        "Veterinary Nurse (clinical focus)\r\n"
        "Animal Welfare Inspector\r\n"
    )
    career = _document(body)["fields"]["career_path"]
    feeders = career["feeder_roles"]
    assert [(role["name"], role["note"]) for role in feeders] == [
        ("Senior Kennel Attendant", None),
        ("Veterinary Assistant", "Boarding"),
    ]
    assert feeders[0]["transition"]["to_role"] == "Kennel Supervisor"
    assert feeders[0]["text"] == "Senior Kennel Attendant ? Kennel Supervisor"  # the page's text, as written
    assert [role["name"] for role in career["next_roles"]] == ["Practice Manager", "Hospital Operations Lead"]
    assert [role["name"] for role in career["adjacent_paths"]] == ["Veterinary Nurse", "Animal Welfare Inspector"]
    assert career["notes"] == []


def test_a_lone_question_mark_in_a_role_list_is_left_as_written() -> None:
    body = (
        "\r\n15) Career Path and Progression\r\n"
        "Common feeder roles into this role\r\n"
        "- Senior Kennel Attendant ? Kennel Supervisor\r\n"
        "- Veterinary Assistant with boarding experience\r\n"
    )
    feeders = _document(body)["fields"]["career_path"]["feeder_roles"]
    assert feeders[0]["name"] == "Senior Kennel Attendant ? Kennel Supervisor" and feeders[0]["transition"] is None


def test_a_variant_labelled_by_its_own_dimension_is_a_variant() -> None:
    body = (
        "\r\n17) Role Variants\r\n"
        "By company size\r\n"
        "Small practice: one supervisor covers kennels and reception.\r\n"
        "Hospital group: a supervisor per site.\r\n"
        "Regulated vs non-regulated\r\n"
        "Regulated or public company: stricter records and audits.\r\n"
        "Non-regulated/private: lighter records, the same welfare duties.\r\n"
    )
    dimensions = _document(body)["fields"]["role_variants"]["dimensions"]
    assert [(d["dimension"], [v["name"] for v in d["variants"]]) for d in dimensions] == [
        ("company_size", ["Small practice", "Hospital group"]),
        ("regulated", ["Regulated or public company", "Non-regulated/private"]),
    ]


def test_a_comma_series_under_what_to_assess_is_the_list() -> None:
    body = "\r\n19) Hiring Evaluation Criteria\r\nWhat to assess\r\n"
    body += "Animal handling, team leadership, and record keeping.\r\n"
    hiring = _document(body)["fields"]["hiring"]
    assert [area["dimension"] for area in hiring["what_to_assess"]] == [
        "Animal handling",
        "Team leadership",
        "Record keeping",
    ]
    # A sentence with commas but no series closed by "and" stays a note.
    body = "\r\n19) Hiring Evaluation Criteria\r\nWhat to assess\r\nAssess handling first, then leadership.\r\n"
    hiring = _document(body)["fields"]["hiring"]
    assert hiring["what_to_assess"] == [] and hiring["notes"] == ["Assess handling first, then leadership."]


def test_a_capitalised_line_of_a_split_cell_is_an_entry_of_its_own() -> None:
    text = (
        "10) Tools, Platforms, and Software\n"
        "Category\tTool, platform, or software\tPrimary use\tCommon / Optional / Context-specific\n"
        "ERP\tSAP S/4HANA\n"
        "Oracle Fusion Cloud ERP\tAP processing in large enterprises\tContext-specific\n"
        "Facilities\tBuilding management\n"
        "system (BMS)\tAlarms and set-points\tCommon\n"
    )
    [table] = [p.block for p in text_to_pieces(text) if p.block.kind.value == "table"]
    assert [row[1] for row in table.rows] == [
        "SAP S/4HANA\nOracle Fusion Cloud ERP",
        "Building management system (BMS)",
    ]
    assert [tool.name for tool in split_tools(table.rows[0][1])] == ["SAP S/4HANA", "Oracle Fusion Cloud ERP"]


# --- the page itself -----------------------------------------------------------------------------------


NOISE = (
    "Skip to content",
    "CareerFrame Insights",
    "Reject Non-Essential",
    "PayStream Nimbus",
    "Trusted by 2,300+",
    "VeritaLedger",
    "Book a Live Demo",
    "ClearRemit Pro",
    "WhatsApp",
    "Tipalti",
    "touchless rate",
    "Senior AP Analyst",
    "Vendor Master Data Specialist",
    "Join 48,000",
    "Back to top",
)


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    assert extraction.document is not None
    return extraction.document


def test_the_notepad_page_title_sections_and_noise(page: dict[str, Any]) -> None:
    assert len(page["sections"]) == 20 and page["missing_sections"] == []
    assert page["role"]["title"] == "Accounts Payable Supervisor"
    strings = all_strings(page["fields"])
    assert [noise for noise in NOISE if any(noise in s for s in strings)] == []
    summary = page["fields"]["role_summary"]
    assert len(summary["paragraphs"]) == 3
    assert [group["text"] for group in summary["interaction"]["groups"]][::3] == [
        "Procurement / Purchasing",
        "Tax (indirect tax, 1099 / withholding)",
        "Internal Audit and External Auditors",
    ]


def test_the_notepad_page_lists(page: dict[str, Any]) -> None:
    fields = page["fields"]
    mission = fields["role_mission"]
    assert len(mission["strategic_importance"]) == 4 and len(mission["primary_business_outcomes"]) == 5
    assert mission["primary_business_outcomes"][0] == "On-time payment rate at or above target with minimal late fees."
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [6, 5, 5, 5, 4]
    assert all(day[key]["intro"] == [] for key in keys) and day["other"] == []
    assert day["daily"]["items"][0]["text"].startswith("Check invoice inboxes, OCR capture queues")
    assert [item["text"] for item in day["recurring_rituals"]["items"]][::4] == [
        "Daily 10-minute team stand-up",
        "Quarterly audit and controls check-in",
    ]
    goals = fields["goals"]
    periods = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in periods] == [4, 4, 4, 4, 4, 2]
    assert all(goals[key]["intro"] == [] for key in periods)
    assert len(goals["high_performance"]) == 5 and goals["high_performance_intro"] == []
    assert goals["day_30"]["items"][0]["text"].startswith("Learn the ERP, AP automation tool")
    assert len(fields["responsibilities"]["items"]) == 28 and len(fields["deliverables"]["items"]) == 14


def test_the_notepad_page_career_variants_and_hiring(page: dict[str, Any]) -> None:
    fields = page["fields"]
    career = fields["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Senior Accounts Payable Specialist",
        "Accounts Payable Team Lead",
        "Staff Accountant",
        "Procure-to-Pay Analyst",
    ]
    assert {role["transition"]["to_role"] for role in career["feeder_roles"]} == {"Accounts Payable Supervisor"}
    assert [role["name"] for role in career["next_roles"]] == [
        "Accounts Payable Manager",
        "Procure-to-Pay (P2P) Manager",
        "Accounting Manager",
    ]
    assert len(career["adjacent_paths"]) == 5 and career["notes"] == []
    dimensions = fields["role_variants"]["dimensions"]
    assert [len(d["variants"]) for d in dimensions] == [3, 3, 3, 2, 2, 2]
    assert dimensions[-1]["heading"] == "Regulated vs non-regulated"
    assessed = [area["dimension"] for area in fields["hiring"]["what_to_assess"]]
    assert assessed[0] == "AP process depth" and assessed[-1] == "Openness to automation" and len(assessed) == 6


def test_the_notepad_page_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 16 and kpis[0]["frequency"] == "Weekly"
    # "≤" is "?" in the file: the comparator cannot be known, the text is kept as written.
    assert kpis[0]["target"] == "? 5 business days (PO-backed) ? 8 business days (non-PO)"
    rows = fields["tools"]["rows"]
    assert len(rows) == 20
    assert [tool["name"] for tool in rows[1]["tools"]] == ["SAP S/4HANA", "Oracle Fusion Cloud ERP"]
    assert len(fields["scorecard"]["rows"]) == 10
