"""Round 74 unseen page: a semiconductor process engineer, a whole WordPress HTML document with an Easy Table of
Contents box, "Back to top ↑" links, <sup> footnote references with a Notes list, and tables in
figure.wp-block-table.

One field came out wrong. A "Was this article helpful?" widget after the article holds the line its script shows
once a button is pressed, hidden until then by its inline style ('<p class="wth-thanks" style="display:none">Thanks
for your feedback!</p>'); the question and the buttons went, the hidden line landed in the scorecard's notes. An
element hidden by its own inline style is no text a reader sees, unless it is (or holds) a heading, a list or a
table: the collapsed body of an expander is the article's. The thanks line is also a feedback widget's line when a
text rendering shows it.

Snippets below are synthetic; the page is frozen as tests/unseen/semiconductor-process-engineer.synthetic.html with
its key in tests/unseen/answer_keys/semiconductor-process-engineer.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "semiconductor-process-engineer.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: an element hidden by its inline style ----------------------------------------------------------------


def _deliverables(after_list: str) -> tuple[list[str], list[str]]:
    body = (
        f"<h2>5) Key Deliverables</h2><ul><li>Quarterly capacity plan</li><li>Vendor scorecards</li></ul>{after_list}"
    )
    fields = html_fields(body)["deliverables"]
    return [item["text"] for item in fields["items"]], fields["intro"]


@pytest.mark.parametrize(
    "style",
    ["display:none", "display: none;", "color:#333; visibility: hidden", "DISPLAY:NONE !important"],
)
def test_synthetic_line_hidden_by_its_style_is_dropped(style: str) -> None:
    widget = f'<div class="rate-box"><p class="rate-done" style="{style}">Your vote was recorded.</p></div>'
    items, intro = _deliverables(widget)
    assert items == ["Quarterly capacity plan", "Vendor scorecards"]
    assert "Your vote was recorded." not in all_strings(html_fields(f"<h2>5) Key Deliverables</h2>{widget}"))
    assert intro == []


@pytest.mark.parametrize(
    "style",
    ["overflow:hidden", "display:block", "text-decoration:none", "--toggle-display:none"],
)
def test_synthetic_style_that_shows_the_line_keeps_it(style: str) -> None:
    body = f'<h2>5) Key Deliverables</h2><ul><li style="{style}">Quarterly capacity plan</li></ul>'
    items = [item["text"] for item in html_fields(body)["deliverables"]["items"]]
    assert items == ["Quarterly capacity plan"]


def test_synthetic_collapsed_body_holding_a_list_stays() -> None:
    # An expander whose class no vocabulary knows: its body, hidden until the click, is the article's.
    expander = (
        '<div class="expand-container"><div class="expand-control">Show more deliverables</div>'
        '<div class="expand-content" style="display:none"><ul><li>Audit evidence pack</li></ul></div></div>'
    )
    items, _ = _deliverables(expander)
    assert "Audit evidence pack" in items


def test_synthetic_hidden_accordion_panel_paragraph_stays() -> None:
    # A panel by its class: shown by its tab or header, hidden by its style until then, as before.
    body = (
        '<h2>5) Key Deliverables</h2><div class="accordion-content" style="display:none">'
        "<p>Every release ships a signed runbook.</p></div>"
    )
    assert "Every release ships a signed runbook." in all_strings(html_fields(body)["deliverables"])


@pytest.mark.parametrize("line", ["Thanks for your feedback!", "Thank you for the feedback."])
def test_synthetic_thanks_line_of_a_text_page_is_widget_noise(line: str) -> None:
    # A text rendering shows what the style hid: the widget's line between two sections, its question gone.
    text = (
        "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
        "2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
        f"5) Key Deliverables\n\n- Quarterly capacity plan\n- Vendor scorecards\n\n{line}\n\n"
        "6) Goals\n\n30-day goals\n\n- Learn the tools\n"
    )
    (extraction,) = extract(text.encode(), name="snippet.txt")
    strings = all_strings(extraction.document["fields"])
    assert {"Quarterly capacity plan", "Learn the tools"} <= set(strings)
    assert not any("feedback" in s for s in strings)


def test_synthetic_feedback_sentence_of_the_article_stays() -> None:
    body = "<h2>5) Key Deliverables</h2><ul><li>Thanks for your feedback notes sent to each reviewer</li></ul>"
    items = [item["text"] for item in html_fields(body)["deliverables"]["items"]]
    assert items == ["Thanks for your feedback notes sent to each reviewer"]


# --- the page: the fixed field ---------------------------------------------------------------------------------------


def test_hidden_thanks_line_is_no_scorecard_note() -> None:
    document = unseen_document(_PAGE)
    assert document["fields"]["scorecard"]["notes"] == []
    assert not any("Thanks for your feedback" in text for text in all_strings(document))


# --- the page: the key's main fields ---------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Semiconductor Process Engineer"
    assert document["missing_sections"] == []
    summary = fields["role_summary"]
    assert len(summary["paragraphs"]) == 2
    assert summary["paragraphs"][0].endswith("meets its specification.")
    mission = fields["role_mission"]
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 4)
    items = fields["responsibilities"]["items"]
    categories = [item["category"] for item in items]
    keys = ("strategic", "operational", "technical", "cross_functional", "governance", "leadership")
    assert [categories.count(c) for c in keys] == [3, 5, 5, 3, 3, 2]
    assert len(items) == 21
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 4, 4, 5, 3]
    deliverables = fields["deliverables"]["items"]
    groups = [item["group"] for item in deliverables]
    assert len(deliverables) == 10
    assert [groups.count(g) for g in dict.fromkeys(groups)] == [3, 3, 4]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 3, 2, 3, 2]
    assert len(goals["high_performance"]) == 4
    assert len(fields["tech_stack"]["environments"]) == 7
    stakeholders = fields["stakeholders"]
    keys = ("internal", "external", "upstream", "downstream", "escalation_points")
    assert [len(stakeholders[key]) for key in keys] == [5, 3, 4, 4, 2]
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [3, 2, 3, 2, 3]
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == [
        "Ownership under pressure",
        "Data-driven judgement",
        "Clear technical communication",
        "Collaboration across functions",
        "Safety mindset",
        "Structured problem solving",
        "Teaching and coaching",
    ]
    assert [group["dimension"] for group in fields["role_variants"]["dimensions"]] == [
        "company_size",
        "industry",
        "geography",
        "product_vs_service",
        "startup_vs_enterprise",
        "regulated",
    ]
    ai = fields["ai_impact"]
    keys = ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")
    assert [len(ai[key]) for key in keys] == [3, 3, 2, 2]
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [5, 2, 2, 2, 2]
    rows = fields["scorecard"]["rows"]
    assert len(rows) == 10
    assert (rows[0]["value"], rows[-1]["label"]) == ("Semiconductor Process Engineer", "Career progression options")


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Module Cpk on critical parameters", "Cpk ≥ 1.33 (≥ 1.67 for automotive)", "Monthly"),
        ("Excursion count", "≤ 2 per month per module", "Weekly"),
        ("Mean time to contain", "< 4 hours", "Per event"),
        ("Repeat excursion rate", "0% repeats within 6 months", "Quarterly"),
        ("Defect density contribution", "≤ 0.05 defects/cm² adder", "Weekly"),
        ("Module-limited yield loss", "< 0.5% of die", "Monthly"),
        ("Scrap and rework rate", "< 0.1% scrap; < 1% rework", "Weekly"),
        ("Chamber availability", "≥ 90%", "Weekly"),
        ("Post-PM recovery time", "< 8 hours", "Per PM"),
        ("Tool-to-tool matching", "Within ±2% of fleet mean", "Monthly"),
        ("Change-control cycle time", "≤ 30 days for standard changes", "Monthly"),
        ("Consumable cost per wafer pass", "5–10% reduction per year", "Quarterly"),
        ("Qualification on-time rate", "≥ 95% on time", "Per project"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 23
    assert [(row["category"], row["tool_text"], row["prevalence_levels"]) for row in rows[:3]] == [
        ("Process equipment", "Lam Research Kiyo / Flex etch platforms", ["common"]),
        ("Process equipment", "Applied Materials Centura / Producer", ["common"]),
        ("Process equipment", "Tokyo Electron Tactras / Telius", ["context_specific"]),
    ]
    by_text = {row["tool_text"]: row for row in rows}
    assert (
        by_text["Nova / Onto OCD systems"]["category"],
        by_text["Nova / Onto OCD systems"]["prevalence_levels"],
    ) == (
        "Metrology",
        ["optional"],
    )
    mes = by_text["MES (Applied SmartFactory / Critical Manufacturing)"]["tools"]
    assert [(tool["name"], tool["variants"]) for tool in mes] == [
        ("MES", ["Applied SmartFactory", "Critical Manufacturing"])
    ]
    assert (rows[-1]["category"], rows[-1]["tool_text"], rows[-1]["prevalence_levels"]) == (
        "Collaboration",
        "Microsoft Teams / Outlook",
        ["common"],
    )


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 5, 3, 3]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "critical", "critical", "important", "critical"),
        *("important", "important", "important", "optional", "important"),
        *("optional", "context_specific", "optional"),
        *("important", "optional", "context_specific"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["High-aspect-ratio and atomic layer etch"]["importance_levels"] == ["optional", "critical"]


def test_experience_years_and_certifications() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 7.0, False)
    assert "[3]" not in years["text"]
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("Six Sigma Green Belt", "optional"),
        ("SEMI S2/S8 safety awareness", "context_specific"),
        ("Internal tool and gas safety certifications", "required"),
    ]
    assert (len(experience["education"]), len(experience["prior_roles"])) == (2, 3)


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["transition"]["from_role"] for role in career["feeder_roles"]] == [
        "Associate Process Engineer",
        "Equipment Engineer",
        "Process Technician (with degree)",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Senior Process Engineer",
        "Process Integration Engineer",
        "Module Engineering Manager",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Yield Engineer",
        "Equipment vendor Applications Engineer",
        "Technology Development (R&D) Engineer",
        "Quality or Reliability Engineer",
    ]


@pytest.mark.parametrize(
    "noise",
    [
        "Table of Contents",
        "Toggle",
        "Back to top",
        "↑",
        "[1]",
        "[2]",
        "[3]",
        "↩",
        "SEMI E133",
        "public job postings",
        "Cleanroom Garments",
        "Shop Cleanroom Apparel",
        "SEMICON West",
        "Register Now",
        "Was this article helpful",
        "Thanks for your feedback",
        "Related Posts",
        "Notify of",
        "Inline Feedbacks",
        "Ravi K.",
        "All rights reserved",
        "555-0142",
        "Skip to content",
        "Maren Lindqvist",
        "Posted in",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    assert not any(noise in text for text in all_strings(unseen_document(_PAGE)))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for mark in ("\u0e42", "â€", "&#", "&amp;", "&lt;", "**", "](", "<sup>", "<strong>"):
        assert not any(mark in text for text in strings), mark
