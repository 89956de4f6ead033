"""Page chrome after the final scorecard, and article lines that look like an ad's on a page without list markers.

These are synthetic snippets modelled on unseen pages of the family: a reader-mode plain-text page whose
items carry no markers (each one a short paragraph) with a one-line ad among the incident items, and
"Print this page", "Email this page" and "Related: <other page> | <other page>" after its final
scorecard; an old WordPress theme whose post footer reads "This entry was posted in ... Bookmark the
permalink.". The negative cases guard what the seeds keep: article lines that open on a call to
action's verb or say "Related roles:", and the real ads beside the article's lines.
"""

from __future__ import annotations

from pipeline import extract
from tests.snippets import html_fields

SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2>"
    "<table><tr><th>Item</th><th>Summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr>"
    "<tr><td>Main goals</td><td>Reliable planning data</td></tr></table>"
)


def _text_fields(page: str) -> dict:
    return extract(page.encode(), name="page.txt")[0].document["fields"]


def test_print_email_and_related_lines_after_the_scorecard_are_page_chrome() -> None:
    fields = html_fields(
        SCORECARD + "<p>Print this page</p><p>Email this page</p>"
        "<p>Related: Demand Planner Role Blueprint | Logistics Coordinator Role Blueprint</p>"
    )
    assert fields["scorecard"]["notes"] == []
    assert fields["scorecard"]["main_goals"] == ["Reliable planning data"]


def test_wordpress_post_meta_sentence_is_page_chrome() -> None:
    fields = html_fields(
        SCORECARD + '<div class="entry-utility">This entry was posted in <a href="/c/it">Health IT</a>, '
        '<a href="/c/n">Nursing Careers</a> and tagged <a href="#">EHR</a>. '
        'Bookmark the <a href="#">permalink</a>.</div>'
    )
    assert fields["scorecard"]["notes"] == []


def test_article_lines_about_printing_or_related_roles_stay() -> None:
    fields = html_fields(
        SCORECARD + "<p>Related roles: Demand Planner and Logistics Coordinator share most of this scope.</p>"
        "<p>Print this page's checklist before the quarterly review and share it with the planning team.</p>"
    )
    assert fields["scorecard"]["notes"] == [
        "Related roles: Demand Planner and Logistics Coordinator share most of this scope.",
        "Print this page's checklist before the quarterly review and share it with the planning team.",
    ]


# A reader-mode page: "N) Title" headings, items without markers (each a short paragraph), blank lines between.
PLAIN_HEAD = (
    "Test Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\n"
    "The Test Analyst gives planners and operators accurate supply chain data: forecasts, inventory positions, "
    "supplier performance and expedite costs, so that service levels are met at the least inventory cost.\n\n"
    "2) Role Mission\n\n"
    "Core mission: give planners trusted inventory, forecast and supplier data for their weekly decisions.\n\n"
)
PLAIN_TAIL = (
    "16) Risks, Challenges, and Failure Modes\n\n"
    "Common challenges:\n\n"
    "Poor master data quality undermines every report\n\n"
    "Conflicting targets between sales (service) and finance (inventory)\n\n"
    "Too much time spent on manual data preparation\n\n"
    "Anti-patterns:\n\n"
    "Building one-off spreadsheets that nobody else can maintain\n\n"
    "Reporting KPIs without root cause or action\n\n"
    "Common reasons for underperformance:\n\n"
    "Weak Excel or SQL skills slow every deliverable\n\n"
    "Reports published without checking the numbers against operations\n\n"
    "Avoiding difficult conversations with sales or procurement\n\n"
    "Business risks if ineffective:\n\n"
    "Excess stock and write-offs\n\n"
    "Missed customer deliveries, late answers and lost accounts\n\n"
    "20) Final Role Scorecard Summary\n\n"
    "| Item | Summary |\n|---|---|\n"
    "| Role title | Test Analyst |\n"
    "| Role purpose | Provide accurate supply chain analysis that improves service while reducing inventory and "
    "logistics cost. |\n"
    "| Top responsibilities | S&OP support; inventory policy; exception monitoring; supplier scorecards; KPI "
    "dashboards; forecasting |\n"
    "| Top soft skills | Analytical curiosity; communication; attention to detail; stakeholder management |\n"
    "| Top tools | SAP S/4HANA, Kinaxis, Excel, Power BI, Tableau |\n"
    "| Top KPIs | MAPE, forecast bias, inventory turns, days of supply, OTIF, fill rate, expedite cost, report "
    "timeliness |\n"
    "| Main deliverables | KPI dashboard, S&OP pack, forecast accuracy report, inventory health report, "
    "supplier scorecards |\n"
    "| Main goals | Own core reporting by day 60; first policy change by day 90; measurable accuracy gains by "
    "month 12 |\n"
    "| Career progression options | Senior Test Analyst, Demand Planning Manager, Supply Chain Manager |\n"
)


def _plain_strings(body: str) -> set[str]:
    """Every string of the page's typed fields."""
    strings: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            strings.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(_text_fields(PLAIN_HEAD + body + PLAIN_TAIL))
    return strings


def _paragraphs(*lines: str) -> str:
    return "".join(f"{line}\n\n" for line in lines)


OPERATIONAL = (
    "Monitor daily inventory positions and exceptions",
    "Review stockout risk and excess lists; route actions to planners and buyers.",
    "Track supplier delivery performance",
    "Maintain supplier lead-time scorecards; follow up on late deliveries.",
    "Support expedite decisions",
    "Estimate cost and service impact before premium freight is approved.",
)


def test_an_item_opening_on_a_button_verb_does_not_make_its_list_an_ad() -> None:
    strings = _plain_strings(
        "3) Core Responsibilities\n\nOperational responsibilities:\n\n" + _paragraphs(*OPERATIONAL)
    )
    assert set(OPERATIONAL) <= strings


SOFT_SKILLS = (
    "Analytical Curiosity",
    "Why it matters: the first number is rarely the full story.",
    "Strong performance: explanations that hold up when operations check them.",
    "Stakeholder Management",
    "Why it matters: sales, operations and finance want different things from the same stock.",
    "Strong performance: trusted by all functions as an honest broker.",
    "Calm Under Pressure",
    "Why it matters: shortages and disruptions need fast, accurate answers.",
    "Strong performance: gives a usable answer within hours, not days.",
)
SOFT_SKILLS_INTRO = (
    "These capabilities decide whether planners, buyers and finance act on the analyst's numbers: strong "
    "performance shows in how the analyst handles pressure, stakeholders with different goals, and every "
    "function that depends on timely and accurate answers.\n\n"
)
HIGH_PERFORMANCE = (
    "Reports are trusted and on time, with no manual fixes",
    "Problems are flagged before they reach the customer",
)


def test_a_promotion_word_and_title_case_names_in_the_article_are_no_ad() -> None:
    strings = _plain_strings(
        "6) Goals, Objectives, and Milestones\n\nWhat high performance looks like:\n\n"
        + _paragraphs(*HIGH_PERFORMANCE)
        + "9) Soft Skills and Behavioral Capabilities\n\n"
        + SOFT_SKILLS_INTRO
        + _paragraphs(*SOFT_SKILLS)
    )
    assert set(HIGH_PERFORMANCE) <= strings
    # A labelled line is kept as its label's value ("Why it matters: …" → why_it_matters) under its skill.
    assert {line.split(": ", 1)[-1] for line in SOFT_SKILLS} <= strings


INCIDENTS = (
    "Supplier failure or port disruption: model the stock cover and propose an allocation",
    "Sudden demand spike: run scenarios for expedite, substitution or allocation",
    "System outage: support manual order release with spreadsheets",
)
LABELLED_AD = "Ad: Need forklift certification for your team? FleetSafe Training offers on-site courses in 48 states."


def test_a_labelled_one_line_ad_goes_and_the_items_before_it_stay() -> None:
    strings = _plain_strings(
        "4) Day-to-Day Activities\n\nDaily activities:\n\n"
        + _paragraphs("Review the overnight replenishment run and the supplier exception list")
        + "Incident, escalation, or emergency work:\n\n"
        + _paragraphs(*INCIDENTS, LABELLED_AD)
    )
    assert set(INCIDENTS) <= strings
    assert not any("FleetSafe" in s or "forklift" in s for s in strings)


TOOLS_NOTES = (
    "The planning tool varies most between companies; ERP and Excel are almost universal.",
    "Scale Or Complexity:",
    "Thousands of inventory items across several supply chain locations.",
    "Team Topology:",
    "The analyst works in a central planning team with demand planners and finance.",
    "Inventory and forecast reports follow the supply chain review.",
)
BOXED_AD = (
    "-- Advertisement --",
    "ColdChain Pro Data Loggers: monitor temperature on every shipment. Starter kit from $299. Request a quote.",
    "-- End of advertisement --",
)


def test_article_lines_apart_from_an_ads_signals_stay_in_its_run() -> None:
    # No sub-heading splits the run: the labels, foreign to the article or in title case, lie lines away from the ad.
    strings = _plain_strings(
        "10) Tools, Platforms, and Software\n\n"
        "| Category | Tool | Prevalence |\n|---|---|---|\n| ERP | SAP S/4HANA | Common |\n| Planning | Kinaxis | Optional |\n\n"
        + _paragraphs(*TOOLS_NOTES, *BOXED_AD)
    )
    assert set(TOOLS_NOTES) <= strings
    assert not any("ColdChain" in s or "advertisement" in s.lower() for s in strings)


def test_weak_cues_that_agree_still_make_an_ad() -> None:
    # A question over a button, each line sharing the article's words: an ad of weak cues (the seeds' kind).
    item = "Inventory reports come with cost, service and supply risk quantified"
    ad = ("Looking for better inventory forecasts?", "Try it free for 14 days")
    strings = _plain_strings(
        "6) Goals, Objectives, and Milestones\n\nWhat high performance looks like:\n\n" + _paragraphs(item, *ad)
    )
    assert item in strings
    assert not strings & set(ad)


def test_short_items_opening_on_button_verbs_far_apart_are_a_list() -> None:
    # Two item titles on a call to action's verb, each with its detail line between: a list, not an ad's cues.
    items = (
        "Support expedite decisions",
        "Estimate cost and service impact before premium freight is approved.",
        "Track supplier delivery performance",
        "Maintain supplier scorecards; follow up on late deliveries.",
        "Check inventory exceptions",
        "Route stockout risk and excess lists to planners and buyers.",
    )
    strings = _plain_strings("3) Core Responsibilities\n\nOperational responsibilities:\n\n" + _paragraphs(*items))
    assert set(items) <= strings
