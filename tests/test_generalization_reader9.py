"""Synthetic snippets modelled on unseen pages of the family (round 9): a browser's reader-mode or print view
saved as plain text. Section headings numbered with a dot ("1. ROLE SUMMARY"), column-aligned tables whose
header is underlined by dash groups."""

from __future__ import annotations

from typing import Any

from pipeline import extract

_TITLE = "Supply Chain Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"


def _document(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    return extraction.document


def _section_ids(text: str) -> list[str]:
    return [section["id"] for section in _document(text)["sections"]]


_DOTTED = (
    _TITLE + "{1}\n\nThe analyst builds reports for planners.\n\n{2}\n\nCore mission:\nGive planners trusted numbers.\n\n"
    "{3}\n\nResponsibilities are grouped by type.\n\n{4}\n\nDaily Activities:\n\nReview the exception list\n"
)


def test_dot_numbered_section_headings_open_sections_in_any_case():
    for headings in (
        ("1. ROLE SUMMARY", "2. ROLE MISSION", "3. CORE RESPONSIBILITIES", "4. DAY-TO-DAY ACTIVITIES"),
        ("1. Role Summary", "2. Role Mission", "3. Core Responsibilities", "4. Day-to-Day Activities"),
        ("1. ROLE SUMMARY", "SECTION 2 – ROLE MISSION", "3. CORE RESPONSIBILITIES", "Section 4: Day-to-Day Activities"),
    ):
        text = _DOTTED.format(*[None, *headings])
        assert _section_ids(text) == ["role_summary", "role_mission", "responsibilities", "day_to_day"], headings


def test_dot_numbered_item_that_only_opens_like_a_title_stays_an_item():
    text = _DOTTED.format(None, "1) Role Summary", "2) Role Mission", "3) Core Responsibilities", "4) Day-to-Day Activities")
    text = text.replace(
        "Responsibilities are grouped by type.\n",
        "1. Build the forecast model\n2. Core responsibilities include owning the forecast\n",
    )
    document = _document(text)
    assert [s["id"] for s in document["sections"]] == ["role_summary", "role_mission", "responsibilities", "day_to_day"]
    items = [item["text"] for item in document["fields"]["responsibilities"]["items"]]
    assert items == ["Build the forecast model", "Core responsibilities include owning the forecast"]


def test_numbered_list_of_section_titles_is_no_heading():
    # "9. Soft skills" continuing a numbered list under hiring, and a table of contents, open no section.
    text = _DOTTED.format(None, "1) Role Summary", "2) Role Mission", "3) Core Responsibilities", "4) Day-to-Day Activities")
    contents = "Contents\n\n1. Role Summary\n2. Role Mission\n3. Core Responsibilities\n\n"
    loose_contents = "Contents\n\n1. Role Summary\n\n2. Role Mission\n\n3. Core Responsibilities\n\n"
    text = text.replace(_TITLE, _TITLE + contents) + "\n19) Hiring Evaluation Criteria\n\nWhat to assess:\n\n8. SQL\n9. Soft skills\n"
    assert _section_ids(text) == ["role_summary", "role_mission", "responsibilities", "day_to_day", "hiring"]
    dotted = _DOTTED.format(None, "1. ROLE SUMMARY", "2. ROLE MISSION", "3. CORE RESPONSIBILITIES", "4. DAY-TO-DAY ACTIVITIES")
    for toc in (contents, loose_contents):
        document = _document(dotted.replace(_TITLE, _TITLE + toc))
        sections = [(s["id"], s["blocks"][:1]) for s in document["sections"]]
        assert [section_id for section_id, _blocks in sections] == ["role_summary", "role_mission", "responsibilities", "day_to_day"]
        assert sections[0][1][0]["text"] == "The analyst builds reports for planners."


_KPI_TABLE = (
    _TITLE + "1) Role Summary\n\nThe analyst builds reports.\n\n2) Role Mission\n\nCore mission:\nGive planners trusted numbers.\n\n"
    "7) KPIs and Productivity Metrics\n\n"
    "Metric                    Frequency    What it measures                      Why it matters                  Example target / benchmark\n"
    "------------------------  -----------  ------------------------------------  ------------------------------  --------------------------\n"
    "Forecast accuracy (MAPE)  Monthly      Mean absolute percentage error        Drives inventory decisions      MAPE ≤ 30% at SKU level\n"
    "OTIF                      Weekly       Orders delivered on time and in full  Core customer service measure   ≥ 95%\n"
)


def test_dash_rule_under_a_known_header_is_no_row():
    kpis = _document(_KPI_TABLE)["fields"]["kpis"]
    assert [(row["name"], row["frequency"], row["target"]) for row in kpis["rows"]] == [
        ("Forecast accuracy (MAPE)", "Monthly", "MAPE ≤ 30% at SKU level"),
        ("OTIF", "Weekly", "≥ 95%"),
    ]


# A reader view: a blank line around every block, lists under a lead ending ":", details indented under a title.
_READER_VIEW = (
    _TITLE + "1. ROLE SUMMARY\n\nThe analyst turns operational data into decisions. The role sits between planning and"
    " the floor.\n\nTypical interaction teams:\n\nDemand Planning and S&OP\n\nFinance (FP&A, cost accounting)\n\n"
    "Notes\n[1] Expedite cost means premium freight caused by late planning decisions.\n\n"
    "2. ROLE MISSION\n\nCore mission:\nGive planners trusted numbers.\n\n"
    "3. CORE RESPONSIBILITIES\n\nResponsibilities are grouped by type. Scope is an individual contributor.\n\n"
    "Strategic Responsibilities:\n\nSupport the monthly S&OP cycle\n    Prepare the demand review pack.\n\n"
    "Recommend inventory policy changes\n    Propose safety stock updates.\n\n"
    "Operational Responsibilities:\n\nTrack supplier delivery performance\n    Maintain supplier scorecards.\n\n"
    "4. DAY-TO-DAY ACTIVITIES\n\nIncident, Escalation, Or Emergency Work:\n\n"
    "Supplier failure: model the stock cover and propose allocation\n\nSystem outage: support manual order release\n\n"
    "Ad: Need forklift certification for your team? FleetSafe Training offers on-site courses. Book a session.\n\n"
    "SECTION 8 – TECHNICAL SKILLS REQUIRED\n\nMust-Have Technical Skills:\n\n"
    "Advanced Excel (Critical)\n    Use: pivot tables, lookups, Power Query.\n\n"
    "ERP transactions and data model (Critical)\n    Use: SAP S/4HANA tables for stock and orders.\n"
)


def test_reader_view_lists_are_read_as_items_with_their_details():
    fields = _document(_READER_VIEW)["fields"]
    summary = fields["role_summary"]
    assert [group["text"] for group in summary["interaction"]["groups"]] == [
        "Demand Planning and S&OP",
        "Finance (FP&A, cost accounting)",
    ]
    responsibilities = fields["responsibilities"]
    assert responsibilities["intro"] == ["Responsibilities are grouped by type. Scope is an individual contributor."]
    assert [(item["category"], item["title"], item["detail"]) for item in responsibilities["items"]] == [
        ("strategic", "Support the monthly S&OP cycle", "Prepare the demand review pack."),
        ("strategic", "Recommend inventory policy changes", "Propose safety stock updates."),
        ("operational", "Track supplier delivery performance", "Maintain supplier scorecards."),
    ]
    # The ad's line, prose between blank lines, is no incident.
    assert [item["text"] for item in fields["day_to_day"]["incident_work"]["items"]] == [
        "Supplier failure: model the stock cover and propose allocation",
        "System outage: support manual order release",
    ]


def test_reader_view_skill_opening_with_a_tier_word_is_a_skill():
    skills = _document(_READER_VIEW)["fields"]["technical_skills"]
    assert [tier["tier"] for tier in skills["tiers"]] == ["must_have"]
    assert [(skill["name"], skill["tier"], skill["importance"], skill["use"]) for skill in skills["skills"]] == [
        ("Advanced Excel", "must_have", "critical", "pivot tables, lookups, Power Query."),
        ("ERP transactions and data model", "must_have", "critical", "SAP S/4HANA tables for stock and orders."),
    ]


def test_blank_line_page_without_reader_view_lists_keeps_its_paragraphs():
    # The same lines without indented details: too little of a reader view's layout, read as before.
    text = _READER_VIEW.replace("\n    ", "\n\n")
    responsibilities = _document(text)["fields"]["responsibilities"]
    assert responsibilities["items"] == []
    assert responsibilities["intro"][0] == "Responsibilities are grouped by type. Scope is an individual contributor."


_LISTS_UNDER_LEADS = _TITLE + (
    "1) Role Summary\n\nThe analyst turns data into decisions for planners and buyers across the network.\n\n"
    "2) Role Mission\n\nCore mission:\nGive planners trusted numbers.\n\n"
    "15) Career Path and Progression\n\nFeeder Roles:\n\nLogistics Coordinator → Supply Chain Analyst\n\n"
    "Inventory Controller\n\nNext Roles:\n\nSenior Supply Chain Analyst\n\nDemand Planning Manager\n\n"
    "Adjacent Paths:\n\nLogistics Manager\n\nBusiness Intelligence Analyst\n\n"
    "16) Risks, Challenges, and Failure Modes\n\nCommon Challenges:\n\nPoor master data quality undermines every report\n\n"
    "Bottlenecks:\n\nSlow master data change approvals\n\nAnti-Patterns:\n\nBuilding one-off spreadsheets\n"
)


def test_reader_view_without_details_is_known_by_many_lists_under_leads():
    career = _document(_LISTS_UNDER_LEADS)["fields"]["career_path"]
    assert [[role["text"] for role in career[key]] for key in ("feeder_roles", "next_roles", "adjacent_paths")] == [
        ["Logistics Coordinator → Supply Chain Analyst", "Inventory Controller"],
        ["Senior Supply Chain Analyst", "Demand Planning Manager"],
        ["Logistics Manager", "Business Intelligence Analyst"],
    ]
    assert career["notes"] == []


def test_few_lists_under_leads_without_details_read_as_before():
    text = _LISTS_UNDER_LEADS.replace("Anti-Patterns:\n\nBuilding one-off spreadsheets\n", "")
    career = _document(text)["fields"]["career_path"]
    assert career["feeder_roles"] == [] and "Inventory Controller" in career["notes"]


def test_reader_view_item_in_two_sentences_between_items_stays_an_item():
    text = _READER_VIEW.replace(
        "\n\nSystem outage:", "\n\nPort closure: reroute through another port. Tell key customers early.\n\nSystem outage:"
    )
    incidents = _document(text)["fields"]["day_to_day"]["incident_work"]["items"]
    assert [item["text"] for item in incidents] == [
        "Supplier failure: model the stock cover and propose allocation",
        "Port closure: reroute through another port. Tell key customers early.",
        "System outage: support manual order release",
    ]
