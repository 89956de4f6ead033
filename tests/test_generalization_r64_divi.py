"""A sixty-fourth round unseen page: a WordPress REST post whose content.rendered holds Divi Builder's shortcodes
unrendered. Its responsibility categories, day-to-day tab groups and goal horizons exist only as a toggle's, a tab's
and an accordion item's title attribute ('[et_pb_toggle title="Operational responsibilities"]'), which went with the
blanked tag; a call to action ('[et_pb_cta title=... button_text=...]body[/et_pb_cta]') kept its body as the
mission's outcomes lead; and the role summary's two paragraphs, raw text between blank lines inside [et_pb_text]
(wpautop never ran), came out as one.

Snippets below are synthetic (Divi's real shortcode shapes); the page is frozen as tests/unseen/<slug>.synthetic.json
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline import extract
from pipeline.htmlblocks import blank_shortcodes, shortcode_heading
from tests.snippets import all_strings, unseen_document

_PAGE = "customer-onboarding-specialist-rest-divi.synthetic.json"
_ATTRIBUTES = '_builder_version="4.24.0" _module_preset="default" global_colors_info="{}"'
_NOISE = ("Start your free trial", "Try it free", "Kickstartly", "No credit card required", "et_pb_",
          "_builder_version", "global_colors_info", "<br", "<strong>")


def _post(content: str) -> bytes:
    return json.dumps({
        "id": 7, "slug": "test-role-blueprint", "type": "post", "link": "https://example.com/test-role-blueprint/",
        "title": {"rendered": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"},
        "content": {"rendered": content, "protected": False},
    }).encode()


def _document(content: str) -> dict[str, Any]:
    (extraction,) = extract(_post(content), name="post.json")
    return extraction.document


def _divi(*modules: str) -> str:
    """Modules in one Divi section, row and column, a line each, as the builder saves them."""
    opening = (
        f'[et_pb_section fb_built="1" {_ATTRIBUTES}][et_pb_row {_ATTRIBUTES}][et_pb_column type="4_4" {_ATTRIBUTES}]'
    )
    return "\n".join([opening, *modules, _TAIL, "[/et_pb_column][/et_pb_row][/et_pb_section]"])


def _text(body: str) -> str:
    return f"[et_pb_text {_ATTRIBUTES}]{body}[/et_pb_text]"


# Sections enough for a blueprint, after the ones a test reads.
_TAIL = (
    f"[et_pb_text {_ATTRIBUTES}]<h2>9) Soft Skills</h2><ul><li>Customer empathy</li><li>Patience</li></ul>"
    "<h2>14) Experience</h2><p>Typical years of experience: 1-4 years.</p>"
    "<h2>15) Career Path</h2><p>Next roles: Customer Success Manager.</p>[/et_pb_text]"
)
_SUMMARY = _text(
    "<h2>1) Role Summary</h2>\n\nThe Test Role runs the onboarding of new customers from signature to first value.\n\n"
    "In a software company the role exists because the first 90 days decide renewals.\n\n"
    "<p><strong>Role horizon:</strong> Current.</p>"
)
_MISSION = _text(
    "<h2>2) Role Mission</h2>\n<p><strong>Core mission:</strong><br />\nGet every customer to first value quickly.</p>"
    "<p><strong>Primary business outcomes expected:</strong></p><ul><li>Higher retention</li><li>Faster go-live</li>"
    "</ul>"
)
_CTA = (
    f'[et_pb_cta title="Start your free trial" button_url="https://ads.example/signup?a=1&amp;b=2" button_text="Try '
    f'it free" {_ATTRIBUTES}]Kickstartly Hub: portals in an afternoon. No credit card required.[/et_pb_cta]'
)


def _toggle(title: str, *items: str) -> str:
    entry = "<li><strong>{}</strong><br />\n&#8211; Do {} every week.</li>"
    entries = "".join(entry.format(item, item.lower()) for item in items)
    return f'[et_pb_toggle title="{title}" open="off" {_ATTRIBUTES}]<ol>{entries}</ol>[/et_pb_toggle]'


def _tab(title: str, *items: str) -> str:
    return f'[et_pb_tab title="{title}" {_ATTRIBUTES}]<ul>{"".join(f"<li>{i}</li>" for i in items)}</ul>[/et_pb_tab]'


def _accordion_item(title: str, *items: str) -> str:
    entries = "".join(f"<li>{item}</li>" for item in items)
    return f'[et_pb_accordion_item title="{title}" open="off" {_ATTRIBUTES}]<ul>{entries}</ul>[/et_pb_accordion_item]'


def test_synthetic_titled_container_opening_becomes_its_heading_at_the_same_length() -> None:
    html = '<p>Intro.</p>[et_pb_toggle title="Daily" open="off"]<ul><li>Check the queue</li></ul>[/et_pb_toggle]'
    blanked = blank_shortcodes(html, headings=True)
    assert len(blanked) == len(html)
    assert blanked.startswith("<p>Intro.</p><h3>Daily</h3> ")
    assert "[" not in blanked
    assert blank_shortcodes(html).startswith("<p>Intro.</p>" + " " * 10)  # the text reader's columns: blanks


def test_synthetic_shortcode_heading_by_a_word_of_its_name() -> None:
    assert shortcode_heading("et_pb_accordion_item", ' title="30-day goals" open="on"') == "30-day goals"
    assert shortcode_heading("su_tab", ' title="Weekly"') == "Weekly"
    assert shortcode_heading("et_pb_tabs", f" {_ATTRIBUTES}") is None  # the tab row: no title of its own
    assert shortcode_heading("et_pb_image", ' title_text="hero" alt="A hero"') is None
    assert shortcode_heading("et_pb_toggle", ' title="Note"') is None  # a bare admonition type heads nothing


def test_synthetic_divi_toggles_give_responsibility_categories() -> None:
    document = _document(_divi(
        _SUMMARY, _text("<h2>3) Core Responsibilities</h2>"),
        _toggle("Strategic responsibilities", "Plan onboarding", "Define first value"),
        _toggle("Operational responsibilities", "Run kickoff calls", "Train users", "Keep records"),
    ))
    items = document["fields"]["responsibilities"]["items"]
    assert [(item["category"], item["title"]) for item in items] == [
        ("strategic", "Plan onboarding"), ("strategic", "Define first value"), ("operational", "Run kickoff calls"),
        ("operational", "Train users"), ("operational", "Keep records"),
    ]
    assert items[2]["category_heading"] == "Operational responsibilities"


def test_synthetic_divi_tabs_and_accordion_give_day_to_day_groups_and_goal_horizons() -> None:
    document = _document(_divi(
        _SUMMARY, _text("<h2>4) Day-to-Day Activities</h2>"), f"[et_pb_tabs {_ATTRIBUTES}]",
        _tab("Daily", "Check the onboarding queue.", "Answer customer questions."),
        _tab("Weekly", "Run status calls.", "Update the plan.", "Review blockers."),
        "[/et_pb_tabs]", _text("<h2>6) Goals and Objectives</h2>"), f"[et_pb_accordion {_ATTRIBUTES}]",
        _accordion_item("30-day goals", "Learn the product.", "Shadow five onboardings."),
        _accordion_item("90-day goals", "Manage 15 onboardings."),
        "[/et_pb_accordion]",
    ))
    day_to_day, goals = document["fields"]["day_to_day"], document["fields"]["goals"]
    assert [len(day_to_day[group]["items"]) for group in ("daily", "weekly")] == [2, 3]
    assert day_to_day["other"] == []
    assert [item["text"] for item in goals["day_30"]["items"]] == ["Learn the product.", "Shadow five onboardings."]
    assert [item["text"] for item in goals["day_90"]["items"]] == ["Manage 15 onboardings."]
    assert goals["other"] == []


def test_synthetic_divi_call_to_action_goes_whole() -> None:
    document = _document(_divi(_SUMMARY, _MISSION, _CTA))
    mission = document["fields"]["role_mission"]
    assert mission["outcomes_lead"] is None
    assert mission["primary_business_outcomes"] == ["Higher retention", "Faster go-live"]
    assert not [text for text in all_strings(document) if any(noise in text for noise in _NOISE)]


def test_synthetic_unrendered_builder_text_splits_at_blank_lines() -> None:
    document = _document(_divi(_SUMMARY, _MISSION))
    summary, mission = document["fields"]["role_summary"], document["fields"]["role_mission"]
    assert summary["paragraphs"] == [
        "The Test Role runs the onboarding of new customers from signature to first value.",
        "In a software company the role exists because the first 90 days decide renewals.",
    ]
    assert summary["role_horizon"]["horizon"] == "Current"
    assert mission["core_mission"] == "Get every customer to first value quickly."


def test_page_categories_groups_and_horizons() -> None:
    fields = unseen_document(_PAGE)["fields"]
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    counts = {category: categories.count(category) for category in dict.fromkeys(categories)}
    assert counts == {"strategic": 4, "operational": 5, "technical": 4, "cross_functional": 4, "governance": 3,
                      "leadership": 2}
    day_to_day = fields["day_to_day"]
    groups = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day_to_day[group]["items"]) for group in groups] == [5, 5, 4, 4, 3]
    assert day_to_day["daily"]["items"][0]["text"].startswith("Check the onboarding queue in Rocketlane")
    goals = fields["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[horizon]["items"]) for horizon in horizons] == [3, 3, 3, 3, 3, 2]
    assert "Manage 15 or more concurrent onboardings." in [item["text"] for item in goals["day_90"]["items"]]


def test_page_summary_paragraphs_and_no_ad() -> None:
    document = unseen_document(_PAGE)
    paragraphs = document["fields"]["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Customer Onboarding Specialist guides newly signed B2B SaaS customers")
    assert paragraphs[1].startswith("In a software organization this role exists")
    assert document["fields"]["role_mission"]["outcomes_lead"] is None
    assert len(document["fields"]["role_mission"]["primary_business_outcomes"]) == 4
    assert not [text for text in all_strings(document) if any(noise in text for noise in _NOISE)]
