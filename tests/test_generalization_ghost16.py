"""Synthetic snippets modelled on unseen pages of the family, round 16 (a Ghost CMS page: Koenig cards,
labelled paragraphs holding inline lists, sub-headings worded by day)."""

from __future__ import annotations

from tests.snippets import html_fields

_DECISIONS = (
    "<h2>13) Decision Rights and Scope of Authority</h2>"
    "<p><strong>Can decide independently:</strong> validation thresholds for owned topics, format of data"
    " requests, documented estimation for small gaps.</p>"
    "<p><strong>Requires team approval:</strong> changes to calculation methodology; new emission factor"
    " sources; changes to the data-owner matrix.</p>"
    "<p><strong>Requires manager approval:</strong> restatements and final disclosure wording.</p>"
)


def _texts(items: list[dict]) -> list[str]:
    return [item["text"] for item in items]


def test_labelled_decision_paragraphs_open_their_groups_with_their_inline_lists() -> None:
    rights = html_fields(_DECISIONS)["decision_rights"]
    assert rights["intro"] == []
    assert _texts(rights["independent"]["decisions"]) == [
        "validation thresholds for owned topics",
        "format of data requests",
        "documented estimation for small gaps",
    ]
    assert _texts(rights["team_approval"]["decisions"]) == [
        "changes to calculation methodology",
        "new emission factor sources",
        "changes to the data-owner matrix",
    ]
    # Too few commas for a list: the one item, as the page wrote it.
    assert _texts(rights["manager_approval"]["decisions"]) == ["restatements and final disclosure wording."]


def test_labelled_ai_paragraph_with_lower_case_list_fills_its_group() -> None:
    ai = html_fields(
        "<h2>18) AI / Automation Impact on the Role</h2>"
        "<p><strong>Tasks that can be automated:</strong> invoice data extraction, variance flagging,"
        " emission factor lookups.</p>"
        "<p><strong>Tasks that remain human-critical:</strong> Materiality judgment and methodology choices.</p>"
        "<p><strong>New expectations:</strong> Fluency with LLM APIs, evaluation of AI answers, and content"
        " designed for machines.</p>"
    )["ai_impact"]
    assert ai["notes"] == []
    assert _texts(ai["automatable_tasks"]) == ["invoice data extraction", "variance flagging", "emission factor lookups"]
    assert _texts(ai["human_critical_tasks"]) == ["Materiality judgment and methodology choices."]
    # A capital opens a sentence or one item: not split at its commas.
    assert _texts(ai["new_expectations"]) == [
        "Fluency with LLM APIs, evaluation of AI answers, and content designed for machines."
    ]


def test_word_before_semicolon_is_no_list_and_unknown_label_stays_prose() -> None:
    rights = html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<p>Note: scope grows with tenure, seniority, and trust.</p>"
        "<p><strong>Requires team approval:</strong> none; the team lead decides alone.</p>"
    )["decision_rights"]
    assert rights["intro"] == ["Note: scope grows with tenure, seniority, and trust."]
    assert _texts(rights["team_approval"]["decisions"]) == ["none; the team lead decides alone."]
    assert rights["team_approval"]["heading"] == "Requires team approval"


def test_labelled_fact_outside_the_listed_sections_is_not_split() -> None:
    mission = html_fields(
        "<h2>3) Core Responsibilities</h2><ul><li>Run the cycle.</li></ul>"
    )["role_mission"]
    assert mission["core_mission"] == "make the work reliable for every team that depends on it."


_RESPONSIBILITIES = (
    "<h2>3) Core Responsibilities</h2>"
    "<h3>Leadership responsibilities</h3>"
    "<ol><li><strong>Own one reporting topic</strong></li><li><strong>Onboard new data contributors</strong></li></ol>"
    '<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">{icon}</div>'
    '<div class="kg-callout-text">{text}</div></div>'
)


def test_callout_icon_and_labelled_tip_are_no_detail_of_the_last_responsibility() -> None:
    tip = "Tip for hiring managers: the first cycle usually takes half of the analyst's year."
    duties = html_fields(_RESPONSIBILITIES.format(icon="💡", text=tip))["responsibilities"]
    assert [(item["title"], item["detail"]) for item in duties["items"]] == [
        ("Own one reporting topic", None),
        ("Onboard new data contributors", None),
    ]
    assert duties["intro"] == [tip]


def test_plain_paragraph_under_a_title_line_stays_its_detail() -> None:
    # The seeds' reading: a paragraph right under a title line with no full stop explains it.
    duties = html_fields(_RESPONSIBILITIES.format(icon="💡", text="Welcome and train the site data owners."))[
        "responsibilities"
    ]
    assert duties["items"][-1]["detail"] == "Welcome and train the site data owners."
    assert duties["intro"] == []


def _goal_headings(body: str) -> dict[str, str | None]:
    goals = html_fields("<h2>6) Goals, Objectives, and Milestones</h2>" + body)["goals"]
    periods = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    return {key: goals[key]["heading"] for key in periods if goals[key]} | {
        "other": [period["heading"] for period in goals["other"]]
    }


def test_goal_headings_worded_by_day_span_take_the_period_their_last_day_falls_in() -> None:
    body = "".join(
        f"<h3>{heading}</h3><ul><li>Deliver one thing.</li></ul>"
        for heading in ("First 30 days", "By day 60", "Within 90 days", "Months 4–6", "Year 2 and beyond", "Stretch goals")
    )
    assert _goal_headings(body) == {
        "day_30": "First 30 days",
        "day_60": "By day 60",
        "day_90": "Within 90 days",
        "month_6": "Months 4–6",
        "long_term": "Year 2 and beyond",
        "other": ["Stretch goals"],
    }


def test_day_range_heading_takes_the_period_of_its_end_and_a_taken_period_stays_other() -> None:
    body = "".join(
        f"<h3>{heading}</h3><ul><li>Deliver one thing.</li></ul>"
        for heading in ("Days 1–30", "Days 31-60", "60-day goals")
    )
    assert _goal_headings(body) == {"day_30": "Days 1–30", "day_60": "Days 31-60", "other": ["60-day goals"]}


def test_escalation_and_urgent_work_headings_are_incident_work() -> None:
    for heading in ("Escalation and deadline-driven work", "Urgent work", "Escalations"):
        days = html_fields(
            "<h2>4) Day-to-Day Activities</h2><h3>Daily activities</h3><ul><li>Review submissions.</li></ul>"
            f"<h3>{heading}</h3><ul><li>Late site data close to the deadline.</li></ul>"
        )["day_to_day"]
        assert days["incident_work"]["heading"] == heading
        assert days["other"] == []


def test_dimension_word_inside_a_longer_industry_phrase_names_the_industry() -> None:
    variants = html_fields(
        "<h2>17) Role Variants</h2><ul>"
        "<li><strong>Mid-size company:</strong> generalist scope.</li>"
        "<li><strong>Financial services:</strong> financed emissions and product disclosures.</li>"
        "<li><strong>Consulting firm:</strong> reports for several clients.</li>"
        "<li><strong>Large enterprise:</strong> specialised by topic.</li>"
        "</ul>"
    )["role_variants"]
    assert [(group["heading"], group["dimension"]) for group in variants["dimensions"]] == [
        ("Mid-size company", "company_size"),
        ("Financial services", "industry"),
        ("Consulting firm", "product_vs_service"),
        # Names a size and an enterprise: the size, as its neighbour names alone.
        ("Large enterprise", "company_size"),
    ]


def test_unknown_environment_labels_open_environments_of_their_own() -> None:
    stack = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2>"
        "<p><strong>Data environment:</strong> ERP, utility portals and supplier spreadsheets.</p>"
        "<p><strong>Reporting environment:</strong> A collaborative reporting tool.</p>"
        "<p><strong>Hosting notes:</strong> Mostly cloud.</p>"
        "<p><strong>Team topology:</strong> 2–8 person team with 30–200 data owners.</p>"
    )["tech_stack"]
    assert [(env["key"], env["name"], [item["text"] for item in env["items"]]) for env in stack["environments"]] == [
        ("data", "Data environment", ["ERP, utility portals and supplier spreadsheets."]),
        # An unknown label not ending in "environment" stays an item of the environment before it.
        (None, "Reporting environment", ["A collaborative reporting tool.", "Hosting notes: Mostly cloud."]),
        # A digit after the colon opens the known sub-heading too.
        ("team_topology", "Team topology", ["2–8 person team with 30–200 data owners."]),
    ]


def test_labelled_paragraphs_open_day_to_day_and_risk_groups() -> None:
    fields = html_fields(
        "<h2>4) Day-to-Day Activities</h2>"
        "<p><strong>Daily:</strong> review dashboards, answer data questions, log changes.</p>"
        "<p><strong>Weekly:</strong> Team check-in on the calendar, with the open gaps.</p>"
        "<h2>16) Risks, Challenges, and Failure Modes</h2>"
        "<p><strong>Common role challenges:</strong> late data, changing rules, unclear ownership.</p>"
        "<p><strong>Bottlenecks:</strong> Data owners who answer late.</p>"
    )
    days, risks = fields["day_to_day"], fields["risks"]
    assert days["intro"] == [] and risks["notes"] == []
    assert _texts(days["daily"]["items"]) == ["review dashboards", "answer data questions", "log changes"]
    assert _texts(days["weekly"]["items"]) == ["Team check-in on the calendar, with the open gaps."]
    assert _texts(risks["challenges"]) == ["late data", "changing rules", "unclear ownership"]
    assert _texts(risks["bottlenecks"]) == ["Data owners who answer late."]


def test_a_heading_that_only_mentions_a_span_names_no_period() -> None:
    """A span is a period's heading only when it is the heading, give or take a preposition and a word."""
    body = "".join(
        f"<h3>{heading}</h3><ul><li>Deliver one thing.</li></ul>"
        for heading in ("By day 60", "Common pitfalls in the first 90 days", "2-week onboarding checklist")
    )
    assert _goal_headings(body) == {
        "day_60": "By day 60",
        "other": ["Common pitfalls in the first 90 days", "2-week onboarding checklist"],
    }
