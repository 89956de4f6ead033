"""Notion-exported markdown: task-list checkboxes, toggles wrapping a group, numbered toggle titles.

These are synthetic snippets modelled on unseen pages of the family (a Notion page exported to
markdown whose 30/60/90-day goals are checkbox items, whose last group of responsibilities is
folded into a toggle, ``<details><summary>``, and whose soft skills are one toggle each with a
numbered title), not copies of them. The negative cases guard what earlier pages keep: a bracketed
word that is no checkbox, and a toggle whose body is one paragraph or a lead over bullets (an
exercise, an FAQ entry) staying one item.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.textblocks import text_to_pieces

TITLE = "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
FILLER = "".join(
    f"## {number}) {name}\n\nText.\n\n"
    for number, name in [
        (1, "Role Summary"),
        (2, "Role Mission"),
        (5, "Key Deliverables"),
    ]
)


def _fields(body: str) -> dict:
    """Extract a Notion-markdown page holding the given sections after three filler ones."""
    return extract((TITLE + FILLER + body).encode(), name="x.md")[0].document["fields"]


# --------------------------------------------------------------------------
# task-list checkboxes: markup, not text
# --------------------------------------------------------------------------


def test_checkbox_after_a_bullet_is_dropped_from_the_item() -> None:
    goals = _fields(
        "## 6) Goals, Objectives, and Milestones\n\n### 30-day goals\n\n"
        "- [x] Finish the tool training.\n- [ ] Publish the first scorecard.\n* [X] Meet every agent.\n\n"
        "### 60-day goals\n\n1. [ ] Run a calibration session.\n2. [x] Fix one broken macro.\n"
    )["goals"]
    assert [i["text"] for i in goals["day_30"]["items"]] == [
        "Finish the tool training.",
        "Publish the first scorecard.",
        "Meet every agent.",
    ]
    assert [i["text"] for i in goals["day_60"]["items"]] == ["Run a calibration session.", "Fix one broken macro."]


def test_bracketed_words_that_are_no_checkbox_stay() -> None:
    assert [(p.block.kind.value, p.block.text) for p in text_to_pieces("- [Optional] Own the budget.\n- [x]\n")] == [
        ("list_item", "[Optional] Own the budget."),
        ("list_item", "[x]"),
    ]


# --------------------------------------------------------------------------
# a toggle per soft skill: a numbered title gives the skill's number
# --------------------------------------------------------------------------

SOFT_SKILL_TOGGLES = (
    "## 9) Soft Skills and Behavioral Capabilities\n\n"
    "<details>\n<summary>1. Coaching and feedback</summary>\n\n"
    "**Why it matters:** Agent quality is the main lever.\n"
    "**How it shows up:** Ticket-based feedback.\n"
    "**Strong performance:** QA scores rise.\n\n"
    "</details>\n\n"
    "<details>\n<summary>2) Calm under pressure (during outages)</summary>\n\n"
    "**Why it matters:** Outages spread panic.\n\n"
    "</details>\n\n"
    "<details>\n<summary>Fairness</summary>\n\n**Why it matters:** Agents watch.\n\n</details>\n"
)


def test_a_numbered_toggle_title_numbers_its_soft_skill() -> None:
    skills = _fields(SOFT_SKILL_TOGGLES)["soft_skills"]["skills"]
    assert [(s["name"], s["note"], s["number"], s["text"]) for s in skills] == [
        ("Coaching and feedback", None, 1, "1. Coaching and feedback"),
        ("Calm under pressure", "during outages", 2, "2) Calm under pressure (during outages)"),
        ("Fairness", None, None, "Fairness"),
    ]
    assert [(s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"]) for s in skills] == [
        ("Agent quality is the main lever.", "Ticket-based feedback.", "QA scores rise."),
        ("Outages spread panic.", None, None),
        ("Agents watch.", None, None),
    ]


def test_a_numbered_list_of_soft_skills_keeps_its_marker_numbers() -> None:
    skills = _fields(
        "## 9) Soft Skills and Behavioral Capabilities\n\n"
        "3. Empathy\n    - Why it matters: trust.\n4. 24/7 calm\n    - Why it matters: outages.\n"
    )["soft_skills"]["skills"]
    assert [(s["name"], s["number"], s["why_it_matters"]) for s in skills] == [
        ("Empathy", 3, "trust."),
        ("24/7 calm", 4, "outages."),
    ]


# --------------------------------------------------------------------------
# a toggle folding a group: its summary a sub-heading, its items items
# --------------------------------------------------------------------------

RESPONSIBILITIES = (
    "## 3) Core Responsibilities\n\n"
    "### Operational responsibilities\n\n"
    "1. **Own the queue**\n    - Watch SLA timers through the shift.\n"
    "2. **Run team reporting**\n    - Publish the weekly scorecard.\n\n"
    "<details>\n<summary>Leadership responsibilities (people management)</summary>\n\n"
    "3. **Coach agents one-to-one**\n    - Hold bi-weekly 1:1s.\n"
    "4. **Onboard new hires** — run nesting periods.\n"
    "5. **Protect team health**\n    - Watch for burnout signals.\n\n"
    "</details>\n"
)


def test_a_toggle_around_a_list_of_entries_is_a_group_of_items() -> None:
    items = _fields(RESPONSIBILITIES)["responsibilities"]["items"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in items] == [
        ("operational", 1, "Own the queue", "Watch SLA timers through the shift."),
        ("operational", 2, "Run team reporting", "Publish the weekly scorecard."),
        ("leadership", 3, "Coach agents one-to-one", "Hold bi-weekly 1:1s."),
        ("leadership", 4, "Onboard new hires", "run nesting periods."),
        ("leadership", 5, "Protect team health", "Watch for burnout signals."),
    ]
    assert items[-1]["category_heading"] == "Leadership responsibilities (people management)"


def test_a_toggle_around_sub_headings_heads_them() -> None:
    text = "<details>\n<summary>More goals</summary>\n\n### 6-month goals\n\n- Cut the backlog.\n\n</details>\n"
    assert [(p.block.kind.value, p.block.text) for p in text_to_pieces(text)] == [
        ("heading", "More goals"),
        ("heading", "6-month goals"),
        ("list_item", "Cut the backlog."),
    ]


def test_a_toggle_around_flat_steps_or_a_paragraph_stays_one_exercise() -> None:
    hiring = _fields(
        "## 19) Hiring Evaluation Criteria\n\n### Practical exercises or case studies\n\n"
        "<details>\n<summary>Exercise 1: Queue triage case (45 minutes)</summary>\n\n"
        "- Sort twenty tickets by urgency.\n- Explain the order.\n\n</details>\n\n"
        "<details>\n<summary>Exercise 2: Coaching role-play (30 minutes)</summary>\n\n"
        "Give feedback on a recorded call.\n\n</details>\n\n"
        "### Red flags\n\n* Blames agents.\n"
    )["hiring"]
    assert [(e["label"], e["name"], e["duration"], [d["text"] for d in e["details"]]) for e in hiring["exercises"]] == [
        ("Exercise 1", "Queue triage case", "45 minutes", ["Sort twenty tickets by urgency.", "Explain the order."]),
        ("Exercise 2", "Coaching role-play", "30 minutes", ["Give feedback on a recorded call."]),
    ]
    assert [flag["text"] for flag in hiring["red_flags"]] == ["Blames agents."]


def test_a_toggle_around_one_entry_with_nested_details_stays_one_item() -> None:
    text = "<details>\n<summary>Who owns it?</summary>\n\n- The domain team.\n    - Backed by a steward.\n\n</details>\n"
    assert [(p.block.kind.value, p.block.text, p.block.depth) for p in text_to_pieces(text)] == [
        ("list_item", "Who owns it?", 0),
        ("list_item", "The domain team.", 1),
        ("list_item", "Backed by a steward.", 2),
    ]
