"""Round 78 unseen page: a diesel technician, plain text in seed 000's blank-line layout (sub-headings as paragraph
lines, "  • " and "    – " markers, border-less tables), the whole file saved through cp1252 mojibake (its bullets,
dashes, arrows, "»", "©" and NBSPs too), around a menu, a breadcrumb, a byline, two ads (truck insurance, equipment
auctions), related posts, a wpDiscuz thread, a course promotion and a footer.

Fixed here:
- the tech stack's sub-heading "Shop environment" went as an ad's button (a call to action's verb opening a short
  line): a plain text's paragraph naming a sub-heading of its section by its last word ("... environment") over the
  article's list is that sub-heading when its one cue is the verb, as a heading is ("Shop and infrastructure
  environment");
- the border-less tools row "Service information Mitchell 1 TruckSeries, OEM service portals Repair procedures ..."
  lost its second tool to the use ("Mitchell 1 | TruckSeries, OEM service portals Repair ..."): a tool cell listing
  items that each open on a name, ending on a lower-case word before a capitalised one, is not split again at a
  cost for its commas (a use's list begun in the tool cell is cut between two capitalised words, "Core Web |
  Vitals").

Snippets below are synthetic; the page is frozen as tests/unseen/diesel-technician.synthetic.txt with its key in
tests/unseen/answer_keys/diesel-technician.md.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from pipeline import extract
from tests.snippets import TOOLS_HEADER, all_strings, split_lost_border, unseen_document

_PAGE = "diesel-technician.synthetic.txt"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a plain text's sub-heading opened by a button's verb ------------------------------------------------

_PROSE = (
    "The Widget Technician installs, inspects, maintains, calibrates, and repairs the widgets that the operations "
    "teams depend on every shift, and keeps the fleet safe, available, and documented. "
)


def _environments(heading: str) -> list[tuple[str | None, int]]:
    """The tech stack's environments of a blank-line text page whose second sub-heading is ``heading``."""
    page = (
        "Widget Technician: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        f"1) Role Summary\n\n{_PROSE * 3}\n\n{_PROSE * 2}\n\n2) Role Mission\n\n{_PROSE * 2}\n\n"
        "11) Typical Tech Stack / Environment\n\nThe Widget Technician works in a plant.\n\n"
        "Equipment environment\n\n  • Fleet of 2,000 widgets per site.\n  • High-risk subset: pressure widgets.\n\n"
        f"{heading}\n\n  • Widget bench with calibrated analyzers.\n  • Isolated power maintained by Facilities.\n\n"
        "Safety environment\n\n  • Lockout/tagout on every widget.\n"
    )
    (extraction,) = extract(page.encode(), name="widget-technician.txt")
    return [(e["name"], len(e["items"])) for e in extraction.document["fields"]["tech_stack"]["environments"]]


@pytest.mark.parametrize(
    "heading", ["Shop environment", "Call center environment", "Contact center environment", "Shop environments"]
)
def test_synthetic_a_paragraph_naming_an_environment_stays_its_sub_heading(heading: str) -> None:
    assert _environments(heading) == [("Equipment environment", 2), (heading, 2), ("Safety environment", 1)]


@pytest.mark.parametrize("line", ["Shop", "Shop now", "Shop Heavy Equipment", "Book your environment"])
def test_synthetic_a_buttons_line_over_a_list_still_goes(line: str) -> None:
    # No sub-heading's last word, or a second cue after the verb: the button goes, its list joins the one above.
    assert _environments(line) == [("Equipment environment", 4), ("Safety environment", 1)]


# --- synthetic: a border-less tools row listing names with commas ----------------------------------------------------

_OTHER_ROWS = [
    "Diagnostic software Cummins INSITE Engine diagnostics and calibrations Common",
    "Telematics Geotab / Samsara Remote fault codes and location Optional",
    "Electrical test tools Fluke 88V multimeter Voltage and current tests Common",
]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        (
            "Service information Mitchell 1 TruckSeries, OEM service portals Repair procedures and wiring diagrams "
            "Common",
            [
                "Service information",
                "Mitchell 1 TruckSeries, OEM service portals",
                "Repair procedures and wiring diagrams",
            ],
        ),
        (
            "Service information ALLDATA Collision, OEM repair portals Repair procedures and torque specs Common",
            ["Service information", "ALLDATA Collision, OEM repair portals", "Repair procedures and torque specs"],
        ),
    ],
)
def test_synthetic_a_tool_cell_listing_names_keeps_them(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [line, *_OTHER_ROWS])[0] == [*cells, "Common"]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        # The use's list begun in the tool cell, cut between capitalised words: split again as before.
        (
            "Monitoring Datadog RUM Real-user performance, Core Web Vitals, session replay Common",
            ["Monitoring", "Datadog RUM", "Real-user performance, Core Web Vitals, session replay"],
        ),
        (
            "Design and collaboration Figma Design specs, prototypes, design tokens, Dev Mode handoff Common",
            ["Design and collaboration", "Figma", "Design specs, prototypes, design tokens, Dev Mode handoff"],
        ),
        # An item opening on a lower-case word: split again, as before, to the same cells.
        (
            "Brake tools Pushrod stroke gauge, slack adjuster tools Brake adjustment checks Common",
            ["Brake tools", "Pushrod stroke gauge, slack adjuster tools", "Brake adjustment checks"],
        ),
    ],
)
def test_synthetic_a_use_list_begun_in_the_tool_cell_is_still_split_again(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [line, *_OTHER_ROWS])[0] == [*cells, "Common"]


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_shop_environment_is_the_first_environments_name() -> None:
    environments = _fields()["tech_stack"]["environments"]
    assert [(e["key"], e["name"], len(e["items"])) for e in environments] == [
        (None, "Shop environment", 2),
        (None, "Equipment environment", 2),
        (None, "Safety environment", 1),
        ("delivery_model", "Delivery model", 1),
        ("scale", "Scale or complexity context", 1),
        ("team_topology", "Team topology", 1),
    ]
    assert environments[0]["items"][0]["text"].startswith("Multi-bay shop with pits or column lifts")
    assert environments[1]["items"][0]["text"].startswith("Mixed Class 6–8 trucks from Freightliner")


def test_service_information_row_keeps_both_tools() -> None:
    (row,) = [r for r in _fields()["tools"]["rows"] if r["category"] == "Service information"]
    assert [tool["name"] for tool in row["tools"]] == ["Mitchell 1 TruckSeries", "OEM service portals"]
    assert row["primary_use"] == "Repair procedures and wiring diagrams"
    assert row["prevalence"] == "common"


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Diesel Technician"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"] == (
        "Reports to the Shop Foreman or Service Manager within the Fleet Maintenance or Dealer Service department."
    )
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("Fleets, dealerships, and equipment contractors employ this role")
    (group,) = f["role_summary"]["interaction"]["groups"]
    assert len(group["teams"]) == 6
    assert (group["teams"][0], group["teams"][-1]) == ("Shop Foreman / Lead Technician", "Warranty Administrator")
    m = f["role_mission"]
    assert m["core_mission"].startswith("Keep every assigned truck and machine safe, compliant, and available")
    assert len(m["strategic_importance"]) == 3
    assert len(m["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 20
    assert Counter(i["category"] for i in items) == {
        "strategic": 3,
        "operational": 4,
        "technical": 5,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Flag recurring failures to the foreman"
    assert items[0]["detail"] == (
        "Spot patterns across units (e.g., repeat EGR cooler leaks, DEF doser faults) and propose campaign repairs."
    )
    assert items[-1]["title"] == "Lead a bay or shift when designated"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 3, 3, 3, 3]
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 7
    assert deliverables[-1]["text"] == "Out-of-service tags and defect reports."
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2, 2, 1, 2, 2, 1]
    assert g["success_definition"]["text"].startswith("Success means units leave the bay fixed the first time")
    assert len(g["high_performance"]) == 3


_KPIS = [
    ("First-time fix rate", "≥ 92%", "Monthly"),
    ("Comeback rate", "≤ 3%", "Monthly"),
    ("Technician efficiency", "85–110%", "Weekly"),
    ("PM on-time completion", "≥ 98%", "Monthly"),
    ("Average repair turnaround", "≤ 24 hours for routine repairs", "Weekly"),
    ("Roadside out-of-service rate", "≤ 5% (below national average)", "Quarterly"),
    ("Warranty claim approval rate", "≥ 95%", "Monthly"),
    ("Repair order documentation accuracy", "≥ 98%", "Monthly"),
    ("Safety incidents", "0 recordables", "Quarterly"),
    ("Training hours completed", "40 hours per year", "Annual"),
]


def test_kpi_rows() -> None:
    kpis = _fields()["kpis"]
    rows = kpis["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "% of repair orders not reopened for the same complaint within 30 days"
    assert rows[0]["why_it_matters"] == "Measures diagnostic accuracy and repair quality"
    assert rows[8]["why_it_matters"] == "Protects people and insurance costs"
    assert [len(note["items"]) for note in kpis["notes"]] == [2]


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 15
    assert Counter(s["tier"] for s in skills) == {"must_have": 5, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Diesel engine diagnosis and repair"] == ["critical"]
    assert importance["Electrical troubleshooting"] == ["important"]
    assert importance["Aftertreatment systems (DPF, SCR, DEF)"] == ["important"]
    assert importance["Welding and fabrication"] == ["optional"]
    assert importance["HVAC and refrigerant handling"] == ["context_specific"]
    assert importance["Automated manual transmission diagnosis"] == ["optional", "important"]
    assert importance["Natural gas engine service"] == ["context_specific"]
    assert skills[-1]["name"] == "Natural gas engine service"
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 6
    assert (soft[0]["name"], soft[-1]["name"]) == (
        "Methodical troubleshooting discipline",
        "Customer and driver empathy",
    )
    assert soft[0]["why_it_matters"] == "Guessing with parts is expensive and causes comebacks."
    assert soft[-1]["strong_performance"] == "Drivers ask for this technician by name."


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 15
    assert [tool["name"] for tool in rows[0]["tools"]] == ["Cummins INSITE"]
    assert rows[0]["primary_use"] == "Engine diagnostics and calibrations"
    assert [tool["name"] for tool in rows[6]["tools"]] == ["Fullbay", "TMT Fleet Maintenance", "Decisiv"]
    assert [tool["name"] for tool in rows[-1]["tools"]] == ["Mobile column lifts", "floor jacks", "jack stands"]
    assert rows[-1]["primary_use"] == "Safe lifting of vehicles"
    assert Counter(r["prevalence"] for r in rows) == {"common": 8, "context_specific": 3, "optional": 4}


def test_stakeholders_and_decision_rights() -> None:
    f = _fields()
    s = f["stakeholders"]
    assert [x["name"] for x in s["internal"]][::2] == ["Shop Foreman / Lead Technician", "Parts Department"]
    assert len(s["external"]) == 2
    assert len(s["peer_roles"]) == 5
    assert [x["text"] for x in s["escalation_points"]] == [
        "Safety-critical defect on a unit scheduled to dispatch → Shop Foreman.",
        "Warranty coverage disputes → Warranty Administrator.",
    ]
    d = f["decision_rights"]
    assert [len(d[k]["decisions"]) for k in ("independent", "team_approval", "manager_approval")] == [3, 2, 2]


def test_experience_and_career() -> None:
    f = _fields()
    e = f["experience"]
    years = e["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    assert len(e["education"]) == 2
    certifications = e["certifications"]
    assert len(certifications) == 4
    assert certifications[0]["name"] == "ASE Medium/Heavy Truck (T-series) certifications"
    assert certifications[-1]["requirement_text"] == "Optional → Important if road testing loaded units."
    assert [r["name"] for r in e["prior_roles"]] == [
        "Lube Technician",
        "Diesel Apprentice",
        "Tire Technician",
        "Military wheeled-vehicle mechanic",
    ]
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Diesel Apprentice",
        "Lube Technician",
        "Military Wheeled Vehicle Mechanic",
    ]
    assert [r["name"] for r in c["next_roles"]] == [
        "Master Diesel Technician",
        "Shop Foreman / Lead Technician",
        "Field Service Technician",
    ]
    assert len(c["adjacent_paths"]) == 3
    assert (len(c["promotion_skills"]), len(c["evolution"])) == (2, 2)
    assert c["evolution"][0]["text"] == "Years 0–2: mostly PM work and routine repairs under a lead."


def test_hiring_and_final_scorecard() -> None:
    f = _fields()
    h = f["hiring"]
    assert [len(h[k]) for k in ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")] == [
        4, 2, 2, 1, 2,
    ]
    rows = h["scorecard"]["rows"]
    assert [r["dimension"] for r in rows] == [
        "Diagnostic reasoning",
        "Brake and safety knowledge",
        "Electrical skills",
        "Documentation",
        "Tools and certifications",
    ]
    assert (rows[0]["meets"], rows[0]["exceeds"]) == (
        "Follows a logical test sequence to the fault",
        "Finds intermittent faults quickly and explains why",
    )
    sc = f["scorecard"]
    assert len(sc["rows"]) == 10
    assert sc["role_title"] == "Diesel Technician"
    lists = ("top_responsibilities", "top_technical_skills", "top_soft_skills", "top_tools", "top_kpis")
    assert [len(sc[k]) for k in lists] == [10, 10, 10, 8, 8]
    assert (sc["top_responsibilities"][0], sc["top_responsibilities"][-1]) == (
        "Preventive maintenance inspections",
        "Apprentice mentoring",
    )
    assert (sc["top_tools"][0], sc["top_tools"][-1]) == ("Cummins INSITE", "Geotab/Samsara")
    assert len(sc["main_deliverables"]) == 5
    assert [r["name"] for r in sc["career_progression_options"]][::5] == [
        "Master Diesel Technician",
        "Fleet Maintenance Manager",
    ]


def test_noise_absent_and_no_mojibake_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "FleetRoles Hub",
        "Skilled Trades & Transport",
        "Renata Kowalczyk",
        "17 min read",
        "Compare Commercial Truck Insurance",
        "Get My Free Quote",
        "no obligation",
        "Find Used Heavy Equipment at Auction",
        "Browse This Week",
        "Related Posts",
        "Heavy Equipment Mechanic: Role Blueprint",
        "Notify of",
        "Inline Feedbacks",
        "Marcus T.",
        "cut comebacks in half",
        "Lena Ortiz",
        "Would love your thoughts",
        "FleetRoles Academy",
        "ASE T-series exams",
        "All rights reserved",
        "Privacy Policy",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("â€", "â†", "â‰", "Â", "Ã"):
        assert not any(mark in s for s in strings), mark
