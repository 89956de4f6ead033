"""Round 77 unseen page: a logistics dispatcher, plain text in seed 000's blank-line style (tables whose borders
were lost, cells joined by one space), Thai-code-page mojibake, a pet-insurance ad over the title, a "Sponsored"
language-course ad between sections 10 and 11, a moving-company ad, a wpDiscuz thread, a course promo, related
posts and a footer.

Fixed here:
- a tools row whose tool cell lists names with commas where the table's other rows join theirs with '/' ("Samsara
  Dispatch, Motive Dispatch | Dispatch and tracking ...") was split again as if a use's list had begun in the tool
  cell, and came out as tool "Samsara" and use "Dispatch, Motive Dispatch Dispatch and ...": a tool cell of names
  alone, no plain lower-case word among them, is the page's own comma list and is not split again;
- a category holding an acronym ("Electronic POD and mobile apps") was cut after its first word, the rest taken
  for the tool and the real tools ("Descartes / WorkWave driver app") for the use's first words: a use cell opening
  on a '/'-run of names costs what a product's name there does, for the run is the tool cell's;
- "Truck driver" opening a prior-role list in sentence case ("Truck driver, warehouse lead, ..., load planner")
  went to the notes, as its agent noun is not among the role nouns: a sentence-case name closed by an agent noun
  ("-er", "-or") among roles the list writes in sentence case too is one, as a title-cased one already was in a
  title-cased list; not a thing a candidate has ("a strong communicator", "time as a driver"), nor a workplace
  ("public sector", "call center"), nor a lower-case one among title-cased roles ("Data Analyst, ..., power user");
- a variant's points that are one sentence split into bullets ("US FMCSA ... rules,", "urban ... bans,",
  "cross-border paperwork and language needs.") kept that sentence's commas and stop: they are dropped, as they
  are from nested sub-items.

Snippets below are synthetic; the page is frozen as tests/unseen/logistics-dispatcher.synthetic.txt with its key in
tests/unseen/answer_keys/logistics-dispatcher.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.snippets import all_strings, html_fields, split_lost_border, unseen_document

_PAGE = "logistics-dispatcher.synthetic.txt"
TOOLS_HEADER = "Category Tool, platform, or software Primary use Common / Optional / Context-specific"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a tool cell listing names with commas, in a table that joins them with '/' --------------------------

_SLASHED_ROWS = [
    "Field service ServiceTitan / Housecall Pro Job booking and invoicing Common",
    "Field service Jobber / FieldEdge Quotes and scheduling Optional",
    "Parts ordering SupplyHouse / Ferguson Online Parts lookup and orders Common",
    "Maintenance Fleetio / TMT Fleet Maintenance Unit availability and defect tracking Optional",
]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        (
            "Field service Zuper Mobile, Workiz Mobile Mobile job tickets and photos Optional",
            ["Field service", "Zuper Mobile, Workiz Mobile", "Mobile job tickets and photos", "Optional"],
        ),
        (
            "Mapping Verizon Connect, Geotab Drive Drive times and geofences Common",
            ["Mapping", "Verizon Connect, Geotab Drive", "Drive times and geofences", "Common"],
        ),
    ],
)
def test_synthetic_a_comma_list_of_names_stays_in_the_tool_cell(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [*_SLASHED_ROWS, line])[-1] == cells


def test_synthetic_a_uses_list_begun_in_the_tool_cell_still_moves_to_the_use_cell() -> None:
    # A plain lower-case word in the comma list ("performance"): the use's list, split again as before.
    line = "Monitoring Datadog RUM Real-user performance, Core Web Vitals, session replay Common"
    assert split_lost_border(TOOLS_HEADER, [*_SLASHED_ROWS, line])[-1] == [
        "Monitoring",
        "Datadog RUM",
        "Real-user performance, Core Web Vitals, session replay",
        "Common",
    ]


# --- synthetic: a use cell does not open on a '/'-run of names ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        (
            "Electronic POD and mobile apps Descartes / WorkWave driver app ePOD, photos, signatures Common",
            ["Electronic POD and mobile apps", "Descartes / WorkWave driver app", "ePOD, photos, signatures", "Common"],
        ),
        (
            "Electronic EDI and portal apps SPS / TrueCommerce web portal eInvoices, ASNs Common",
            ["Electronic EDI and portal apps", "SPS / TrueCommerce web portal", "eInvoices, ASNs", "Common"],
        ),
    ],
)
def test_synthetic_a_slash_run_of_names_opens_the_tool_cell(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [*_SLASHED_ROWS, line])[-1] == cells


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        # A use opening on one capitalised word before a lower-case one still opens there.
        (
            "Route optimization Trimble Appian DirectRoute Multi-stop distribution routing Context-specific",
            ["Route optimization", "Trimble Appian DirectRoute", "Multi-stop distribution routing",
             "Context-specific"],
        ),
        (
            "Reefer monitoring Thermo King TracKing / Carrier Lynx Fleet Trailer temperature and alarms "
            "Context-specific",
            ["Reefer monitoring", "Thermo King TracKing / Carrier Lynx Fleet", "Trailer temperature and alarms",
             "Context-specific"],
        ),
    ],
)
def test_synthetic_tool_rows_as_they_were(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [*_SLASHED_ROWS, line])[-1] == cells


# --- synthetic: a sentence-case agent noun among prior roles ----------------------------------------------------------


def _prior(*items: str) -> tuple[list[str], list[str]]:
    body = "<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds commonly seen</h3><ul>"
    body += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    found = html_fields(body)["experience"]
    return [r["name"] for r in found["prior_roles"]], found["prior_role_notes"]


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        (
            "Delivery driver, warehouse associate, load planner.",
            ["Delivery driver", "warehouse associate", "load planner"],
        ),
        (
            "Court interpreter, legal secretary, paralegal.",
            ["Court interpreter", "legal secretary", "paralegal"],
        ),
        (
            "Data reporter, news applications developer, research analyst.",
            ["Data reporter", "news applications developer", "research analyst"],
        ),
    ],
)
def test_synthetic_a_sentence_case_agent_noun_among_roles_is_a_role(line: str, roles: list[str]) -> None:
    assert _prior(line) == (roles, [])


@pytest.mark.parametrize(
    ("line", "roles", "notes"),
    [
        ("Data analyst, product manager, a strong communicator.", ["Data analyst", "product manager"],
         ["a strong communicator"]),
        ("Data analyst, product manager, public sector.", ["Data analyst", "product manager"], ["public sector"]),
        ("Support analyst, team lead, call center.", ["Support analyst", "team lead"], ["call center"]),
        # Among title-cased roles a lower-case name is no job title.
        ("Data Analyst, QA Engineer, delivery driver.", ["Data Analyst", "QA Engineer"], ["delivery driver"]),
    ],
)
def test_synthetic_what_a_candidate_has_or_where_they_worked_stays_a_note(
    line: str, roles: list[str], notes: list[str]
) -> None:
    assert _prior(line) == (roles, notes)


# --- synthetic: a variant's points that are one sentence split into bullets -------------------------------------------


def _variants(*items: str) -> list[dict[str, Any]]:
    body = "<h2>17) Role Variants</h2><h3>By geography</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    (group,) = html_fields(body)["role_variants"]["dimensions"]
    return group["variants"]


def test_synthetic_a_split_sentences_list_punctuation_is_dropped_from_points() -> None:
    (variant,) = _variants(
        "Rules vary by region:", "US hours rules versus EU tachograph rules,", "urban delivery bans,",
        "cross-border paperwork."
    )
    assert [p["text"] for p in variant["points"]] == [
        "US hours rules versus EU tachograph rules",
        "urban delivery bans",
        "cross-border paperwork",
    ]


def test_synthetic_points_of_their_own_keep_their_stops() -> None:
    (variant,) = _variants("Rules vary by region:", "US rules differ.", "EU rules differ, often widely.")
    assert [p["text"] for p in variant["points"]] == ["US rules differ.", "EU rules differ, often widely."]


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def _tool_rows() -> list[tuple[str, list[str], str, str]]:
    return [
        (r["category"], [t["name"] for t in r["tools"]], r["primary_use"], r["prevalence"])
        for r in _fields()["tools"]["rows"]
    ]


def test_comma_listed_tools_and_an_acronym_in_a_category() -> None:
    rows = _tool_rows()
    assert rows[1] == (
        "Transportation management (TMS)",
        ["Samsara Dispatch", "Motive Dispatch"],
        "Dispatch and tracking for smaller fleets",
        "optional",
    )
    assert rows[11] == (
        "Electronic POD and mobile apps",
        ["Descartes driver app", "WorkWave driver app"],
        "ePOD, photos, signatures",
        "common",
    )


def test_truck_driver_is_a_prior_role() -> None:
    ex = _fields()["experience"]
    assert [r["name"] for r in ex["prior_roles"]] == [
        "Truck driver",
        "warehouse lead",
        "customer service representative",
        "freight broker assistant",
        "load planner",
    ]
    assert ex["prior_roles"][2]["qualifier"] == "in logistics"
    assert ex["prior_role_notes"] == ["Strong candidates can explain how a load moves from tender to invoice."]


def test_geography_points_without_list_punctuation() -> None:
    (geography,) = [d for d in _fields()["role_variants"]["dimensions"] if d["dimension"] == "geography"]
    (variant,) = geography["variants"]
    assert [p["text"] for p in variant["points"]] == [
        "US FMCSA Hours-of-Service versus EU tachograph rules",
        "urban low-emission zones and delivery time bans",
        "cross-border paperwork and language needs",
    ]


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Logistics Dispatcher"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"] == (
        "reports to the Dispatch Supervisor or Transportation Manager within the Operations department."
    )
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Logistics Dispatcher is the real-time coordinator of a trucking or last-mile")
    assert "accurate ETAs—turning" in paragraphs[1]
    assert f["role_mission"]["core_mission"].startswith("Get every load and every stop delivered on time, safely")
    importance = f["role_mission"]["strategic_importance"]
    assert len(importance) == 3
    assert importance[0].startswith("Keep service promises that win repeat shipper contracts")
    outcomes = f["role_mission"]["primary_business_outcomes"]
    assert len(outcomes) == 4
    assert outcomes[-1].startswith("Fewer service failures, claims, and detention charges")
    items = f["responsibilities"]["items"]
    assert len(items) == 24
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3, "operational": 6, "technical": 5, "cross_functional": 4, "governance": 4, "leadership": 2
    }
    assert items[0]["title"] == "Balance service and cost on every assignment"
    assert items[0]["detail"].startswith("Weigh on-time risk, empty miles, driver hours")
    assert items[-1]["title"] == "Coach new dispatchers and driver trainees"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 4, 5, 4]
    assert d["daily"]["items"][2]["sub_items"][-1] == "geofence arrivals that were not followed by a POD"
    assert len(f["deliverables"]["items"]) == 9
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [4, 3, 3, 3, 3, 2]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("On-time delivery (OTD)", "≥ 95% (last-mile ≥ 97%)", "Weekly"),
    ("On-time pickup (OTP)", "≥ 96%", "Weekly"),
    ("Proactive delay notification rate", "≥ 90%", "Weekly"),
    ("Empty mile ratio", "≤ 12% (regional truckload)", "Monthly"),
    ("Truck utilization", "1,800–2,200 miles/week", "Weekly"),
    ("Stops per route hour", "18–25 stops/hour (residential parcel)", "Daily"),
    ("Hours-of-Service violations", "0 violations", "Monthly"),
    ("Detention hours", "≤ 2 hours average per stop", "Monthly"),
    ("POD capture rate", "≥ 98%", "Daily"),
    ("Load tender acceptance rate", "≥ 92%", "Weekly"),
    ("Driver call response time", "≤ 5 minutes", "Daily"),
    ("First-attempt delivery success", "≥ 96%", "Weekly"),
    ("Cargo claims ratio", "≤ 0.5%", "Quarterly"),
    ("Driver satisfaction with dispatch", "≥ 4/5", "Quarterly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "% of deliveries made within the appointment or time window"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 18
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["TMS load and trip management"] == ["critical"]
    assert importance["Spreadsheet skills (Excel or Google Sheets)"] == ["important"]
    assert importance["Hazmat regulations awareness"] == ["context_specific"]
    assert importance["Reefer and cold-chain monitoring"] == ["optional", "important"]
    assert importance["Cross-border documentation"] == ["optional", "critical"]
    assert importance["Customer self-service visibility tools"] == ["optional"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Calm under pressure", "Customer service orientation")
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _tool_rows()
    assert len(rows) == 21
    assert rows[0] == (
        "Transportation management (TMS)",
        ["McLeod LoadMaster", "TMW Suite", "Revenova"],
        "Load entry, dispatch board, trip close-out",
        "common",
    )
    assert rows[6][1] == ["Trimble MAPS"]  # "(PC*MILER / CoPilot)" is one tool's variants
    assert rows[-1] == (
        "Maintenance", ["Fleetio", "TMT Fleet Maintenance"], "Unit availability and defect tracking", "optional"
    )
    counts = {label: [r[3] for r in rows].count(label) for label in {r[3] for r in rows}}
    assert counts == {"common": 10, "optional": 6, "context_specific": 5}


def test_experience_career_and_scorecard() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, True)
    assert len(f["experience"]["education"]) == 2
    certifications = f["experience"]["certifications"]
    assert len(certifications) == 4
    assert certifications[0]["name"] == "Certified Dispatcher or freight dispatcher course certificate"
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Truck Driver", "Warehouse Lead", "Logistics Customer Service Representative",
        "Dispatch Assistant / Dispatch Clerk",
    ]
    assert [r["name"] for r in c["next_roles"]] == [
        "Senior Dispatcher", "Dispatch Supervisor", "Load Planner / Transportation Planner"
    ]
    assert len(c["adjacent_paths"]) == 5
    assert c["adjacent_paths"][-1]["name"] == "Last-Mile Operations Manager"
    assert (len(c["promotion_skills"]), len(c["evolution"])) == (4, 3)
    s = f["scorecard"]
    assert s["role_title"] == "Logistics Dispatcher"
    assert s["role_purpose"].startswith("Keep trucks and delivery vans moving on time")
    assert (s["top_responsibilities"][0], s["top_responsibilities"][-1]) == (
        "Assign loads and routes", "Coordinate with warehouse and maintenance"
    )
    assert len(s["top_technical_skills"]) == 10
    assert len(s["top_soft_skills"]) == 10
    assert (s["top_tools"][0], s["top_tools"][-1]) == ("McLeod/TMW TMS", "Excel")
    assert len(s["top_kpis"]) == 9


def test_noise_absent_and_mojibake_repaired() -> None:
    strings = all_strings(_document()["fields"])
    noise = (
        "Compare Pet Insurance Plans",
        "Your best friend deserves a plan",
        "Sponsored",
        "Learn a New Language in 12 Weeks",
        "Priya, Lisbon",
        "Book a Moving Company",
        "Get Moving Quotes",
        "Notify of",
        "Inline Feedbacks",
        "Dwayne Pruitt",
        "night dispatch needs its own playbook",
        "HaulPath Academy",
        "Truck Dispatcher Bootcamp",
        "Related Posts",
        "Fleet Manager: Role Blueprint",
        "RoleBlueprints Hub",
        "All rights reserved",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    assert not any("โ" in s for s in strings)
