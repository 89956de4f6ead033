"""Emoji decorating headings: synthetic snippets modelled on unseen pages of the family.

A Notion-exported page (round 9) put an emoji before every heading ("## 📌 1) Role Summary",
"### 🗓️ 30-day goals", "# 🎧 Customer Support Team Lead: Role Blueprint, ..."): the page was
rejected as no blueprint. Leading (and trailing) pictographs are decoration in every input form;
symbols that are content ("C++", "$50K", "°C", "Salesforce™", a heading of stars only) stay.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.header import role_title_from
from pipeline.sections import classify_heading, subheading_key, undecorated
from tests.snippets import html_fields

_TITLE = "Support Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"


def _document(data: str, name: str) -> dict:
    (extraction,) = extract(data.encode("utf-8"), name=name)
    return extraction.document


def _outline(document: dict) -> list[tuple[str, int | None, str, list[tuple[str | None, str]]]]:
    return [
        (s["id"], s["number"], s["title"], [(sub["key"], sub["title"]) for sub in s["subsections"]])
        for s in document["sections"]
    ]


_OUTLINE = [
    ("role_summary", 1, "Role Summary", []),
    ("role_mission", 2, "Role Mission", []),
    (
        "responsibilities",
        3,
        "Core Responsibilities",
        [("strategic", "Strategic responsibilities"), ("governance", "Governance responsibilities")],
    ),
    ("day_to_day", 4, "Day-to-Day Activities", [("daily", "Daily activities")]),
]


def test_markdown_page_with_emoji_headings_is_read_whole_with_clean_titles():
    page = (
        f"# 🎧 {_TITLE}\n\n## 📌 1) Role Summary\n\nThe Support Lead leads support.\n\n"
        "## 🎯 2) Role Mission\n\nCore mission: help.\n\n## 🧩 3) Core Responsibilities\n\n"
        "### 🎯 Strategic responsibilities\n\n1. **Set targets** – weekly.\n\n"
        "### 🛡️ Governance responsibilities\n\n- Keep audits clean.\n\n"
        "## 📅 4) Day-to-Day Activities\n\n### ☀️ Daily activities\n\n- Run the huddle.\n"
    )
    document = _document(page, "page.md")
    assert document["role"]["title"] == "Support Lead"
    assert _outline(document) == _OUTLINE
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["category_heading"]) for i in items] == [
        ("strategic", "Strategic responsibilities"),
        ("governance", "Governance responsibilities"),
    ]


def test_html_emoji_leftovers_span_img_and_entity_are_decoration():
    page = (
        f"<h1>🎧 {_TITLE}</h1>"
        '<h2><span class="emoji">📌</span> 1) Role Summary</h2><p>The Support Lead leads support.</p>'
        '<h2><img class="emoji" alt="🎯" src="https://s.w.org/images/core/emoji/1f3af.svg"> 2) Role Mission</h2>'
        "<p>Core mission: help.</p>"
        '<h2><span class="emoji">🧩</span>3) Core Responsibilities</h2>'
        "<h3>🎯 Strategic responsibilities</h3><ol><li><strong>Set targets</strong> – weekly.</li></ol>"
        "<h3>&#x2705; Governance responsibilities</h3><ul><li>Keep audits clean.</li></ul>"
        "<h2>📅 4) Day-to-Day Activities</h2><h3>☀️ Daily activities</h3><ul><li>Run the huddle.</li></ul>"
    )
    document = _document(page, "page.html")
    assert document["role"]["title"] == "Support Lead"
    assert _outline(document) == _OUTLINE


def test_plain_text_emoji_heading_lines_open_sections():
    page = (
        f"🎧 {_TITLE}\n\n📌 1) Role Summary\n\nThe Support Lead leads support.\n\n🎯 2) Role Mission\n\n"
        "Core mission: help.\n\n🧩 3) Core Responsibilities\n\n🎯 Strategic responsibilities\n\n"
        "  1. Set targets\n    – weekly.\n\n✅ Governance responsibilities\n\n  • Keep audits clean.\n\n"
        "📅 4) Day-to-Day Activities\n\n☀️ Daily activities\n\n  • Run the huddle.\n"
    )
    assert _outline(_document(page, "page.txt")) == _OUTLINE


def test_emoji_sub_headings_key_tiers_and_horizons():
    fields = html_fields(
        "<h2>6) Goals, Objectives, and Milestones</h2>"
        "<h3>🗓️ 30-day goals (learn the queue)</h3><ul><li>Finish tool training.</li></ul>"
        "<h3>📈 6-month milestones</h3><ul><li>CSAT at target.</li></ul>"
        "<h2>8) Technical Skills Required</h2>"
        "<h3>✅ Must-have technical skills</h3><ul><li>Queue management (Critical)</li></ul>"
        "<h3>➕ Good-to-have technical skills</h3><ul><li>Basic SQL (Optional)</li></ul>"
    )
    goals = fields["goals"]
    assert (goals["day_30"]["heading"], [i["text"] for i in goals["day_30"]["items"]]) == (
        "30-day goals (learn the queue)",
        ["Finish tool training."],
    )
    assert [i["text"] for i in goals["month_6"]["items"]] == ["CSAT at target."]
    skills = fields["technical_skills"]["skills"]
    assert [(s["tier"], s["name"], s["importance"]) for s in skills] == [
        ("must_have", "Queue management", "critical"),
        ("good_to_have", "Basic SQL", "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📌 1) Role Summary", "1) Role Summary"),
        ("🗓️30-day goals", "30-day goals"),  # a pictograph may touch the word after it
        ("1️⃣ Role Summary", "Role Summary"),  # a keycap opens with an ASCII digit
        ("👩‍💻 Engineering roles", "Engineering roles"),  # zero-width joiner sequence
        ("🇺🇸 Geography", "Geography"),  # flag: regional indicators
        ("➤ ★ Role Variants", "Role Variants"),
        ("Customer Support Team Lead 🎧", "Customer Support Team Lead"),
        ("Excel ✔", "Excel"),
    ],
)
def test_undecorated_strips_pictographs_at_either_end(text, expected):
    assert undecorated(text) == expected


@pytest.mark.parametrize(
    "text", ["C++", "$50K budget", "°C ranges", "Salesforce™", "★★★", "⭐ ⭐", "7) KPIs", "→ Next role", "Café"]
)
def test_undecorated_keeps_content_symbols(text):
    assert undecorated(text) is text


def test_classification_sees_through_decoration_only():
    assert classify_heading("🧾 20) Final Role Scorecard Summary").spec.id == "scorecard"
    assert classify_heading("✅ 20) Final Role Scorecard Summary").number == 20
    assert classify_heading("★★★").title == "★★★"
    assert classify_heading("°C Role Summary").spec is None  # a glued non-emoji symbol is content
    assert subheading_key("technical_skills", "✅ Must-have technical skills") == "must_have"
    assert subheading_key("technical_skills", "Must-have technical skills") == "must_have"
    assert subheading_key("goals", "🗓️ 60-day goals") == "day_60"
    assert subheading_key("goals", "$60-day goals") is None


def test_role_title_loses_decoration_at_both_ends():
    assert role_title_from(f"🎧 {_TITLE}") == "Support Lead"
    assert role_title_from("Customer Support Team Lead 🎧 | RoleGuide") == "Customer Support Team Lead"
    assert role_title_from("C++ Engineer: Role Blueprint, Responsibilities") == "C++ Engineer"
    assert role_title_from("📘 Role Blueprint") is None


def test_bold_emoji_paragraph_before_a_list_opens_a_sub_section_like_a_plain_one():
    for lead in ("**Focus areas**", "**🧭 Focus areas**"):
        page = (
            f"# {_TITLE}\n\n## 1) Role Summary\n\nThe Support Lead leads support.\n\n## 2) Role Mission\n\n"
            f"Core mission: help.\n\n## 5) Key Deliverables\n\n{lead}\n\n- Weekly scorecard\n- QA report\n"
        )
        assert _outline(_document(page, "page.md"))[2] == (
            "deliverables",
            5,
            "Key Deliverables",
            [(None, "Focus areas")],
        )
