"""Pages in innerText layout: what a browser's innerText, or a copy of the rendered page, gives.

These are synthetic snippets modelled on unseen pages of the family (a Backend Engineer page
copied from the browser): no list markers at all, every list item and every title and detail
line on a line of its own, sub-headings as plain short lines and tables one cell a line. The
wording here is another role's. The negative cases guard the other layouts: a page with one
bullet line, with "1)" items or with blank-line paragraphs is not re-read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.textblocks import text_to_pieces

TITLE = "Data Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
SUMMARY = (
    "1) Role Summary\n"
    "The Data Analyst turns raw data into decisions. The role owns reporting, analysis and the quality of the "
    "metrics that leaders rely on every week.\n"
    "Role horizon: Current\n\n"
    "2) Role Mission\n"
    "Core mission:\n"
    "Give every team trustworthy numbers and clear analysis so that decisions rest on evidence rather than opinion.\n\n"
)
RESPONSIBILITIES = (
    "3) Core Responsibilities\n"
    "Strategic responsibilities\n"
    "Shape the metrics framework\n"
    "Agree on north-star and guardrail metrics with product leads.\n"
    "Support quarterly planning\n"
    "Size opportunities and estimate impact for the roadmap.\n"
    "Operational responsibilities\n"
    "Maintain recurring dashboards\n"
    "Keep refresh schedules, definitions and owners current.\n\n"
)
DAY_TO_DAY = (
    "4) Day-to-Day Activities\n"
    "Daily activities\n"
    "Answer ad hoc data questions from stakeholders.\n"
    "Check dashboard refreshes and data quality alerts.\n"
    "Weekly activities\n"
    "Publish the weekly business review pack.\n\n"
)
KPIS = (
    "7) KPIs and Productivity Metrics\n"
    "Metric name\nWhat it measures\nWhy it matters\nExample target/benchmark\nFrequency\n"
    "Dashboard freshness\nShare of dashboards refreshed on schedule\nStale data misleads decisions\nAbove 98%\nDaily\n"
    "Request turnaround\nMedian days to answer a data request\nShows responsiveness\nUnder 3 days\nWeekly\n"
    "Targets vary with data maturity.\n\n"
)
SOFT_SKILLS = (
    "9) Soft Skills and Behavioral Capabilities\n"
    "Curiosity\n"
    "Why it matters: the best questions are rarely the first ones asked.\n"
    "How it shows up: digs past the obvious cut of the data.\n"
    "Storytelling with data\n"
    "Why it matters: numbers persuade only when people follow them.\n\n"
)
TOOLS = (
    "10) Tools, Platforms, and Software\n"
    "Category\nTool\nPrimary use\nCommon / Optional / Context-specific\n"
    "BI\nTableau / Looker\nDashboards\nCommon\n"
    "Warehouse\nSnowflake\nAnalytical storage\nCommon\n\n"
)
DECISIONS = (
    "13) Decision Rights and Scope of Authority\n"
    "Can decide independently\n"
    "Chart types, analysis methods and query design.\n"
    "Budget authority\n"
    "None; requests tooling spend through the manager.\n\n"
)
RISKS = (
    "16) Risks, Challenges, and Failure Modes\n"
    "Anti-patterns\n"
    "Reporting numbers without definitions.\n"
    "Building one-off dashboards nobody maintains.\n\n"
)


def _page(*parts: str, responsibilities: str = RESPONSIBILITIES, day_to_day: str = DAY_TO_DAY) -> str:
    """Sections 1 to 4 and the given later ones: five numbered section headings at least, as a page has twenty."""
    return TITLE + SUMMARY + responsibilities + day_to_day + "".join(parts)


def _fields(text: str) -> dict[str, Any]:
    [result] = extract(text.encode(), name="x.txt")
    return result.document["fields"]


# --- lists without markers --------------------------------------------------------------------------------


def test_title_lines_take_the_sentence_line_under_them_as_their_detail() -> None:
    items = _fields(_page(KPIS))["responsibilities"]["items"]
    assert [(item["category"], item["title"], item["detail"]) for item in items] == [
        ("strategic", "Shape the metrics framework", "Agree on north-star and guardrail metrics with product leads."),
        ("strategic", "Support quarterly planning", "Size opportunities and estimate impact for the roadmap."),
        ("operational", "Maintain recurring dashboards", "Keep refresh schedules, definitions and owners current."),
    ]


def test_sentence_lines_under_a_sub_heading_are_items_each() -> None:
    day = _fields(_page(KPIS))["day_to_day"]
    assert [item["text"] for item in day["daily"]["items"]] == [
        "Answer ad hoc data questions from stakeholders.",
        "Check dashboard refreshes and data quality alerts.",
    ]
    assert [item["text"] for item in day["weekly"]["items"]] == ["Publish the weekly business review pack."]


def test_opening_prose_labelled_facts_and_a_leads_one_statement_stay_paragraphs() -> None:
    fields = _fields(_page(KPIS))
    assert fields["role_summary"]["paragraphs"] == [SUMMARY.splitlines()[1]]
    assert fields["role_summary"]["role_horizon"]["horizon"] == "Current"
    assert fields["role_mission"]["core_mission"] == (
        "Give every team trustworthy numbers and clear analysis so that decisions rest on evidence rather than opinion."
    )


def test_labelled_lines_under_a_title_line_are_its_details() -> None:
    skills = _fields(_page(SOFT_SKILLS))["soft_skills"]["skills"]
    assert [(s["name"], s["why_it_matters"], s["how_it_shows_up"]) for s in skills] == [
        ("Curiosity", "the best questions are rarely the first ones asked.", "digs past the obvious cut of the data."),
        ("Storytelling with data", "numbers persuade only when people follow them.", None),
    ]


def test_a_title_naming_one_area_of_authority_and_its_line_are_one_labelled_item() -> None:
    rights = _fields(_page(DECISIONS))["decision_rights"]
    decisions = [d["text"] for d in rights["independent"]["decisions"]]
    assert decisions == ["Chart types, analysis methods and query design."]
    assert (rights["budget"]["label"], rights["budget"]["text"]) == (
        "Budget authority",
        "None; requests tooling spend through the manager.",
    )


def test_a_short_title_line_over_two_sentences_it_does_not_pair_with_is_a_sub_heading() -> None:
    page = _page(RISKS.replace("Anti-patterns\n", "Typical pitfalls\n"))
    risks = _fields(page)["risks"]
    pitfalls = ["Reporting numbers without definitions.", "Building one-off dashboards nobody maintains."]
    assert [(group["heading"], [p["text"] for p in group["points"]]) for group in risks["other"]] == [
        ("Typical pitfalls", pitfalls)
    ]


# --- tables one cell a line ---------------------------------------------------------------------------------


def test_a_kpi_table_one_cell_a_line_and_the_note_under_it() -> None:
    kpis = _fields(_page(KPIS))["kpis"]
    assert kpis["columns"] == KPIS.splitlines()[1:6]
    assert [(r["name"], r["what_it_measures"], r["target"], r["frequency"]) for r in kpis["rows"]] == [
        ("Dashboard freshness", "Share of dashboards refreshed on schedule", "Above 98%", "Daily"),
        ("Request turnaround", "Median days to answer a data request", "Under 3 days", "Weekly"),
    ]
    # The line under the table is a note on it.
    assert kpis["intro"] == []
    assert [(note["lead"], note["intro"]) for note in kpis["notes"]] == [(None, ["Targets vary with data maturity."])]


def test_a_tools_table_one_cell_a_line() -> None:
    rows = _fields(_page(TOOLS))["tools"]["rows"]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in rows] == [
        ("BI", "Tableau / Looker", "Dashboards", "common"),
        ("Warehouse", "Snowflake", "Analytical storage", "common"),
    ]


# --- noise ----------------------------------------------------------------------------------------------------


def test_an_ad_box_between_blank_lines_inside_a_section_is_not_read_as_items() -> None:
    ad = (
        "\nBuild Better Dashboards Faster\n"
        "Reporting plans for growing teams, starting at $9 per month.\n"
        "Start Free Trial\n\n"
    )
    page = _page(KPIS, day_to_day=DAY_TO_DAY.rstrip("\n") + "\n" + ad)
    fields = _fields(page)
    weekly = fields["day_to_day"]["weekly"]
    assert [item["text"] for item in weekly["items"]] == ["Publish the weekly business review pack."]
    assert weekly["intro"] == []
    dumped = str(fields)
    assert "Build Better Dashboards" not in dumped and "Start Free Trial" not in dumped and "$9" not in dumped


# --- other layouts are not re-read ------------------------------------------------------------------------------


def _kinds(text: str) -> list[str]:
    return [piece.block.kind.value for piece in text_to_pieces(text)]


def test_one_bullet_line_keeps_the_page_out_of_inner_text_reading() -> None:
    page = _page(KPIS, day_to_day=DAY_TO_DAY.replace("Publish the weekly", "- Publish the weekly"))
    pieces = text_to_pieces(page)
    shape = next(p.block for p in pieces if p.block.text == "Shape the metrics framework")
    assert shape.kind is BlockKind.PARAGRAPH


def test_numbered_items_repeating_1_keep_the_page_out_of_inner_text_reading() -> None:
    numbered = RESPONSIBILITIES
    for item in ("1) Shape the", "2) Support quarterly", "1) Maintain recurring"):
        numbered = numbered.replace(item[3:], item)
    page = _page(KPIS, SOFT_SKILLS, TOOLS, responsibilities=numbered)
    pieces = text_to_pieces(page)
    check = next(p.block for p in pieces if p.block.text == "Check dashboard refreshes and data quality alerts.")
    assert check.kind is BlockKind.PARAGRAPH
    assert BlockKind.TABLE.value not in _kinds(page)


def test_blank_line_paragraphs_keep_the_page_out_of_inner_text_reading() -> None:
    # Paragraphs of a line or two between blank lines. (A blank line under every line, paragraphs of one line
    # each, is a news extractor's text, read as such: test_generalization_r35_newspaper.)
    lines = _page(KPIS, SOFT_SKILLS, TOOLS).split("\n")
    page = "".join(f"{line}\n" if k % 3 == 1 else f"{line}\n\n" for k, line in enumerate(lines))
    assert set(_kinds(page)) == {BlockKind.HEADING.value, BlockKind.PARAGRAPH.value}


def test_an_inner_text_page_reads_its_lines_as_items_and_tables() -> None:
    page = _page(KPIS, SOFT_SKILLS, TOOLS)
    kinds = _kinds(page)
    assert kinds.count(BlockKind.TABLE.value) == 2
    assert kinds.count(BlockKind.LIST_ITEM.value) == 14


# --- nesting, groups and cells ------------------------------------------------------------------------------

STACK = (
    "11) Typical Tech Stack / Environment\n"
    "Infrastructure\n"
    "Cloud-first with managed Kubernetes.\n"
    "Storage:\n"
    "Data lake (object storage)\n"
    "Data warehouse (SQL layer)\n"
    "Delivery model\n"
    "Trunk-based development behind feature flags.\n\n"
)
VARIANTS = (
    "17) Role Variants\n"
    "By company size\n"
    "Startup\nBroad scope across the stack.\nFewer formal reviews.\n"
    "Enterprise\nNarrow domain ownership.\nFormal change management.\n\n"
)
DELIVERABLES = (
    "5) Key Deliverables\n\n"  # a blank line under the heading opens no new run
    "Design artifacts\n"
    "Decision memo: ship or stop with rationale.\n"
    "Dashboard spec: metrics, owners and refresh.\n"
    "Operational artifacts\n"
    "Runbook: steps to restore the pipeline.\n"
    "Data dictionary: definitions of every field.\n\n"
)


def test_lines_under_a_line_ending_with_a_colon_are_its_children_even_one_opening_with_a_sub_heading_word() -> None:
    environments = _fields(_page(STACK))["tech_stack"]["environments"]
    assert [(e["key"], [(i["text"], i["sub_items"]) for i in e["items"]]) for e in environments] == [
        (
            "infrastructure",
            [
                ("Cloud-first with managed Kubernetes.", []),
                ("Storage:", ["Data lake (object storage)", "Data warehouse (SQL layer)"]),
            ],
        ),
        ("delivery_model", [("Trunk-based development behind feature flags.", [])]),
    ]


def test_titles_over_lines_of_their_own_take_them() -> None:
    [size] = _fields(_page(VARIANTS))["role_variants"]["dimensions"]
    assert [(v["name"], [p["text"] for p in v["points"]]) for v in size["variants"]] == [
        ("Startup", ["Broad scope across the stack.", "Fewer formal reviews."]),
        ("Enterprise", ["Narrow domain ownership.", "Formal change management."]),
    ]


def test_labelled_lines_whose_labels_never_repeat_are_items_under_a_group_title() -> None:
    items = _fields(_page(DELIVERABLES))["deliverables"]["items"]
    assert [(i["group"], i["name"], i["description"]) for i in items] == [
        ("Design artifacts", "Decision memo", "ship or stop with rationale."),
        ("Design artifacts", "Dashboard spec", "metrics, owners and refresh."),
        ("Operational artifacts", "Runbook", "steps to restore the pipeline."),
        ("Operational artifacts", "Data dictionary", "definitions of every field."),
    ]


def test_a_tab_separated_table_ends_at_the_first_line_without_a_tab() -> None:
    kpis = (
        "7) KPIs and Productivity Metrics\n"
        "Metric name\tWhat it measures\tWhy it matters\tExample target/benchmark\tFrequency\n"
        "Dashboard freshness\tShare of dashboards refreshed on schedule\tStale data misleads decisions\t"
        "Above 98%\tDaily\n"
        "Targets vary with data maturity.\n\n"
    )
    fields = _fields(_page(kpis))["kpis"]
    assert [row["name"] for row in fields["rows"]] == ["Dashboard freshness"]
    assert [note["intro"] for note in fields["notes"]] == [["Targets vary with data maturity."]]


def test_a_cell_holding_an_inline_numbered_list_is_a_cell() -> None:
    scorecard = (
        "20) Final Role Scorecard Summary\nItem\nExecutive summary\nRole title\nData Analyst\nTop responsibilities\n"
        "1) Build dashboards 2) Answer data questions 3) Own metric definitions\n\n"
    )
    fields = _fields(_page(scorecard))["scorecard"]
    assert fields["role_title"] == "Data Analyst"
    assert fields["top_responsibilities"] == ["Build dashboards", "Answer data questions", "Own metric definitions"]


# --- the seeds, copied as innerText --------------------------------------------------------------------------

RAW = Path(__file__).resolve().parent.parent / "raw"


def _as_inner_text(page: str) -> str:
    """The page as a browser copy gives it: no bullets, numbers or dashes before items, no blank lines but
    before section headings, pipe tables one cell a line."""
    lines: list[str] = []
    for line in page.splitlines():
        text = line.strip()
        if not text:
            continue
        if re.match(r"\d{1,2}\) ", text) and not line.startswith(" "):
            lines += ["", text]
        elif text.startswith("|"):
            if not re.fullmatch(r"[|:\- ]+", text):
                lines += [cell.strip() for cell in text.strip("|").split("|")]
        elif text not in ("-", "•"):
            text = re.sub(r"^(?:[-•*–—]|\d{1,3}[.)])\s+", "", text)
            lines.append(re.sub(r"\s+-$", "", text))  # compact style's next-item dash
    return "\n".join(lines) + "\n"


def _counts(fields: dict[str, Any]) -> dict[str, int]:
    day, goals, career = fields["day_to_day"], fields["goals"], fields["career_path"]
    return {
        "responsibilities": len(fields["responsibilities"]["items"]),
        "details": sum(1 for item in fields["responsibilities"]["items"] if item["detail"]),
        "day_to_day": sum(len(day[key]["items"]) for key in ("daily", "weekly", "monthly_quarterly")),
        "deliverables": len(fields["deliverables"]["items"]),
        "goals": sum(len(goals[key]["items"]) for key in ("day_30", "day_60", "day_90", "month_6", "month_12")),
        "technical_skills": len(fields["technical_skills"]["skills"]),
        "soft_skills": len(fields["soft_skills"]["skills"]),
        "tools": len(fields["tools"]["rows"]),
        "stakeholders": len(fields["stakeholders"]["internal"]) + len(fields["stakeholders"]["external"]),
        "career": len(career["feeder_roles"]) + len(career["next_roles"]) + len(career["adjacent_paths"]),
        "risks": len(fields["risks"]["anti_patterns"]) + len(fields["risks"]["business_risks"]),
        "hiring_scorecard": len(fields["hiring"]["scorecard"]["rows"]),
    }


@pytest.mark.parametrize("seed", ["000_de98393afd8030e6.txt", "004_c6037ac0a712d293.txt"])
def test_a_seed_copied_as_inner_text_reads_as_the_seed(seed: str) -> None:
    page = (RAW / seed).read_text(encoding="utf-8")
    [copied] = extract(_as_inner_text(page).encode(), name="copy.txt")
    [original] = extract(page.encode(), name=seed)
    assert not re.search(r"(?m)^\s*(?:[-•*–—]\s|\d{1,3}\.\s|\|)", _as_inner_text(page))  # no marker left
    assert "list_item" in {piece.block.kind.value for piece in text_to_pieces(_as_inner_text(page))}
    assert _counts(copied.document["fields"]) == _counts(original.document["fields"])


def test_sub_headings_written_as_paragraphs_blank_lines_around_them_read_the_same() -> None:
    """A browser puts a blank line before and after a <p>: a sub-heading typed as one still heads its items."""
    plain = _fields(_page(KPIS))
    spaced = _page(KPIS)
    headings = ("Strategic responsibilities", "Operational responsibilities", "Daily activities", "Weekly activities")
    for heading in headings:
        spaced = spaced.replace(f"\n{heading}\n", f"\n\n{heading}\n\n")
    assert _fields(spaced)["responsibilities"] == plain["responsibilities"]
    assert _fields(spaced)["day_to_day"] == plain["day_to_day"]


def test_an_ad_headline_glued_to_the_last_item_goes_with_its_ad() -> None:
    """A browser gives an ad's heading no blank line above it, but its <p> copy and button come after blank lines."""
    ad = (
        "Build Better Dashboards Faster\n\n"
        "Reporting plans for growing teams, starting at $9 per month.\n\n"
        "Start Free Trial\n\n"
    )
    fields = _fields(_page(KPIS, day_to_day=DAY_TO_DAY.rstrip("\n") + "\n" + ad))
    assert [item["text"] for item in fields["day_to_day"]["weekly"]["items"]] == [
        "Publish the weekly business review pack."
    ]
    assert "Build Better Dashboards" not in str(fields) and "Start Free Trial" not in str(fields)


def test_a_list_of_title_cased_names_keeps_its_last_name_before_a_foreign_run() -> None:
    career = (
        "15) Career Path and Progression\nNext likely roles\nSenior Data Analyst\nAnalytics Engineering Lead\n\n"
        "Cloud Hosting For Growing Teams\n\nStart Free Trial\n\n"
    )
    next_roles = _fields(_page(career))["career_path"]["next_roles"]
    assert [role["name"] for role in next_roles] == ["Senior Data Analyst", "Analytics Engineering Lead"]


def test_a_sub_heading_with_a_long_parenthesised_qualifier_is_a_sub_heading() -> None:
    ai = (
        "18) AI / Automation Impact on the Role\n"
        "How AI changes the role over the next 2–5 years (Current → more platform- and governance-centric)\n"
        "Less time on boilerplate queries, more on metric design.\n"
        "More review of generated analyses.\n\n"
    )
    impact = _fields(_page(ai))["ai_impact"]
    assert impact["changes_horizon"] == "2–5 years"
    assert [change["text"] for change in impact["changes"]] == [
        "Less time on boilerplate queries, more on metric design.",
        "More review of generated analyses.",
    ]


# --- a Firefox copy pasted into Notepad: blank lines around <p>s and sub-headings --------------------------------
# Modelled on a Facilities Manager page (UTF-16, tab-separated tables): a section's one-sentence intro over its
# first sub-heading, deliverables as <p> groups whose lines are <br>'s, and two approval headings on the manager
# tier. Another role's wording here.

INTRO_RESPONSIBILITIES = (
    "3) Core Responsibilities\n\n"
    "Responsibilities below reflect an analyst embedded in one product area.\n\n"
    "Strategic responsibilities\n\n"
    "Shape the metrics framework\n"
    "Agree on north-star and guardrail metrics with product leads.\n"
    "Support quarterly planning\n"
    "Size opportunities and estimate impact for the roadmap.\n\n"
    "Operational responsibilities\n\n"
    "Maintain recurring dashboards\n"
    "Keep refresh schedules, definitions and owners current.\n\n"
)
GROUPED_DELIVERABLES = (
    "5) Key Deliverables\n\n"
    "Reporting outputs\n"
    "Weekly business review pack\n"
    "Metric definitions catalogue\n"
    "Executive KPI dashboard\n\n"
    "Analysis outputs\n"
    "Experiment readouts\n"
    "Opportunity sizing models\n\n"
    "Data quality outputs\n"
    "Freshness and completeness monitors\n"
    "Incident log for broken metrics\n\n"
)
APPROVALS = (
    "13) Decision Rights and Scope of Authority\n\n"
    "Can decide independently\n"
    "Chart types, analysis methods and query design.\n\n"
    "Requires manager/director approval\n"
    "New recurring reports for other departments.\n"
    "Changes to a certified metric definition.\n\n"
    "Requires executive approval\n"
    "Publishing figures outside the company.\n\n"
)


def test_a_sections_one_sentence_intro_between_blank_lines_over_its_first_sub_heading_is_its_intro() -> None:
    responsibilities = _fields(_page(KPIS, responsibilities=INTRO_RESPONSIBILITIES))["responsibilities"]
    assert responsibilities["intro"] == ["Responsibilities below reflect an analyst embedded in one product area."]
    assert [(item["category"], item["title"]) for item in responsibilities["items"]] == [
        ("strategic", "Shape the metrics framework"),
        ("strategic", "Support quarterly planning"),
        ("operational", "Maintain recurring dashboards"),
    ]


def test_a_flat_list_of_sentences_with_no_sub_heading_keeps_its_items() -> None:
    outcomes = "5) Key Deliverables\n\nA weekly review pack for leadership.\nA metric definitions catalogue.\n\n"
    deliverables = _fields(_page(KPIS, outcomes))["deliverables"]
    assert deliverables["intro"] == []
    assert [(item["group"], item["text"]) for item in deliverables["items"]] == [
        (None, "A weekly review pack for leadership."),
        (None, "A metric definitions catalogue."),
    ]


def test_runs_of_a_title_over_short_lines_repeated_are_groups_of_items() -> None:
    deliverables = _fields(_page(KPIS, GROUPED_DELIVERABLES))["deliverables"]
    assert deliverables["intro"] == []
    assert [(item["group"], item["name"]) for item in deliverables["items"]] == [
        ("Reporting outputs", "Weekly business review pack"),
        ("Reporting outputs", "Metric definitions catalogue"),
        ("Reporting outputs", "Executive KPI dashboard"),
        ("Analysis outputs", "Experiment readouts"),
        ("Analysis outputs", "Opportunity sizing models"),
        ("Data quality outputs", "Freshness and completeness monitors"),
        ("Data quality outputs", "Incident log for broken metrics"),
    ]


def test_one_run_of_short_lines_alone_is_a_list_not_a_group() -> None:
    flat = "5) Key Deliverables\n\nWeekly review pack\nMetric definitions catalogue\nExecutive KPI dashboard\n\n"
    items = _fields(_page(KPIS, flat))["deliverables"]["items"]
    assert [(item["group"], item["name"]) for item in items] == [
        (None, "Weekly review pack"),
        (None, "Metric definitions catalogue"),
        (None, "Executive KPI dashboard"),
    ]


def test_skills_whose_titles_are_over_labelled_lines_are_no_groups() -> None:
    soft = (
        "9) Soft Skills and Behavioral Capabilities\n\n"
        "Curiosity\n"
        "Why it matters: the best questions are rarely the first ones asked.\n"
        "How it shows up: digs past the obvious cut of the data.\n\n"
        "Storytelling with data\n"
        "Why it matters: numbers persuade only when people follow them.\n"
        "How it shows up: leads with the decision, then the evidence.\n\n"
    )
    skills = _fields(_page(KPIS, soft))["soft_skills"]["skills"]
    assert [(s["name"], s["why_it_matters"]) for s in skills] == [
        ("Curiosity", "the best questions are rarely the first ones asked."),
        ("Storytelling with data", "numbers persuade only when people follow them."),
    ]


def test_lists_of_short_lines_after_a_sections_table_are_no_groups_of_it() -> None:
    sidebar = "Popular Posts\nHow to Become a Data Analyst\nTop SQL Interview Questions\n\n"
    sidebar += "Quick Links\nAbout Us\nPrivacy Policy\nContact\n\n"
    fields = _fields(_page(TOOLS, sidebar))
    assert "Popular Posts" not in str(fields) and "Top SQL Interview" not in str(fields)
    assert [row["category"] for row in fields["tools"]["rows"]] == ["BI", "Warehouse"]


def test_an_executive_approval_heading_after_a_manager_one_takes_the_executive_tier() -> None:
    rights = _fields(_page(KPIS, APPROVALS))["decision_rights"]
    manager, executive = rights["manager_approval"], rights["executive_approval"]
    assert manager["heading"] == "Requires manager/director approval"
    assert [d["text"] for d in manager["decisions"]] == [
        "New recurring reports for other departments.",
        "Changes to a certified metric definition.",
    ]
    assert executive["heading"] == "Requires executive approval"
    assert [d["text"] for d in executive["decisions"]] == ["Publishing figures outside the company."]


def test_an_executive_heading_worded_otherwise_takes_the_executive_tier_too() -> None:
    page = _page(KPIS, APPROVALS.replace("Requires executive approval", "Requires executive sign-off"))
    rights = _fields(page)["decision_rights"]
    assert rights["executive_approval"]["heading"] == "Requires executive sign-off"
    assert [d["text"] for d in rights["executive_approval"]["decisions"]] == ["Publishing figures outside the company."]
    assert len(rights["manager_approval"]["decisions"]) == 2


def test_a_decision_naming_an_approver_inside_the_list_stays_a_decision() -> None:
    page = _page(KPIS, APPROVALS.replace("Changes to a certified metric definition.", "Changes needing VP approval"))
    rights = _fields(page)["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "New recurring reports for other departments.",
        "Changes needing VP approval",
    ]
    assert rights["executive_approval"]["heading"] == "Requires executive approval"
