"""Synthetic snippets modelled on unseen pages of the family: a blueprint built with Divi (Elegant Themes' page
builder), whose blurb modules title the 30/60/90-day goals with '<h4 class="et_pb_module_header">', whose page
title stands in a fullwidth header module, and whose call-to-action boxes (promotion, newsletter) carry titles of
the same class."""

from __future__ import annotations

import json

from pipeline import extract
from pipeline.mojibake import repair_text
from tests.snippets import html_fields, html_page


def _blurb(title: str, items: list[str]) -> str:
    """A Divi blurb module as Divi writes it: image wrapper, then the title and the description."""
    lis = "".join(f"<li>{item}</li>" for item in items)
    return (
        '<div class="et_pb_module et_pb_blurb et_pb_blurb_0"><div class="et_pb_blurb_content">'
        '<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"></span></div>'
        f'<div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>{title}</span></h4>'
        f'<div class="et_pb_blurb_description"><ul>{lis}</ul></div></div></div></div>'
    )


def _goal_groups(goals: dict) -> list[tuple[str | None, list[str]]]:
    return [
        (goals[key]["heading"], [item["text"] for item in goals[key]["items"]]) if goals[key] else (key, [])
        for key in ("day_30", "day_60", "day_90")
    ]


def test_divi_blurb_titles_named_module_header_head_the_goal_groups():
    body = (
        "<h2>6) Goals, Objectives, and Milestones</h2><p>Milestones assume a new educator.</p>"
        + _blurb("30-day goals (orientation to the role)", ["Meet every nurse manager."])
        + _blurb("60-day goals (first programs)", ["Deliver a first skills session."])
        + _blurb("90-day goals (ownership)", ["Publish the unit education plan."])
        + "<h3>6-month milestones</h3><ul><li>Own the orientation pathway.</li></ul>"
    )
    goals = html_fields(body)["goals"]
    assert _goal_groups(goals) == [
        ("30-day goals (orientation to the role)", ["Meet every nurse manager."]),
        ("60-day goals (first programs)", ["Deliver a first skills session."]),
        ("90-day goals (ownership)", ["Publish the unit education plan."]),
    ]
    assert goals["other"] == []
    assert goals["intro"] == ["Milestones assume a new educator."]


def test_theme_subheading_named_section_header_is_a_heading():
    body = (
        "<h2>6) Goals, Objectives, and Milestones</h2>"
        '<h3 class="section-header">30-day goals</h3><ul><li>Meet the team.</li></ul>'
        '<h3 class="section-header">60-day goals</h3><ul><li>Ship the first report.</li></ul>'
    )
    goals = html_fields(body)["goals"]
    assert _goal_groups(goals)[:2] == [("30-day goals", ["Meet the team."]), ("60-day goals", ["Ship the first report."])]


def test_divi_call_to_action_titles_go_with_their_boxes():
    # The promotion and newsletter modules title themselves with the same class as a blurb: their box names
    # them chrome, and the title goes with it.
    body = (
        "<h2>5) Key Deliverables</h2>"
        '<div class="et_pb_module et_pb_promo"><div class="et_pb_promo_description">'
        '<h2 class="et_pb_module_header">Upgrade Your Home Office</h2><p>Ergonomic standing desks.</p></div></div>'
        "<ul><li>Annual unit education plan</li></ul>"
        '<div class="et_pb_module et_pb_newsletter"><div class="et_pb_newsletter_description">'
        '<h2 class="et_pb_module_header">Get New Role Blueprints Weekly</h2><p>Join 18,000 HR professionals.</p>'
        "</div></div>"
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    assert [item["name"] for item in extraction.document["fields"]["deliverables"]["items"]] == [
        "Annual unit education plan"
    ]
    text = json.dumps(extraction.document)
    assert "Upgrade Your Home Office" not in text
    assert "Get New Role Blueprints Weekly" not in text


def test_divi_fullwidth_header_box_stays_chrome_and_its_title_names_the_role():
    # The fullwidth header module is the entry's header: its subhead (a category line) is no content.
    sections = html_page("<h2>5) Key Deliverables</h2><ul><li>Annual unit education plan</li></ul>").decode()
    sections = sections.split("</h1>", 1)[1]
    page = (
        '<html><body><section class="et_pb_module et_pb_fullwidth_header"><div class="et_pb_fullwidth_header_container">'
        '<h1 class="et_pb_module_header">Clinical Nurse Educator: Role Blueprint, Responsibilities, Skills, KPIs, and '
        'Career Path</h1><span class="et_pb_fullwidth_header_subhead">Healthcare &amp; Nursing · Role Blueprints</span>'
        f"</div></section>{sections}</body></html>"
    ).encode()
    (extraction,) = extract(page, name="divi.html")
    assert extraction.document["role"]["title"] == "Clinical Nurse Educator"
    assert "Healthcare & Nursing" not in json.dumps(extraction.document)


def test_heading_with_another_chrome_word_or_in_a_header_box_is_still_chrome():
    body = (
        "<h2>5) Key Deliverables</h2><ul><li>Annual unit education plan</li></ul>"
        '<div class="site-header"><h3 class="header">Acme Careers</h3></div>'
        '<h3 class="comments-header">3 Comments</h3>'
        '<h3 class="header" aria-hidden="true">Skip to content</h3>'
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    assert [item["name"] for item in extraction.document["fields"]["deliverables"]["items"]] == [
        "Annual unit education plan"
    ]
    text = json.dumps(extraction.document)
    for chrome in ("Acme Careers", "3 Comments", "Skip to content"):
        assert chrome not in text


def test_divi_blurb_icon_glyphs_are_no_text():
    # Divi prints each blurb's icon as a private-use character of its icon font, here as a reference.
    body = (
        "<h2>6) Goals, Objectives, and Milestones</h2><p>Milestones assume a new educator.</p>"
        '<div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap">'
        '<span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe0e5;</span></span></div>'
        '<div class="et_pb_blurb_container"><h4>30-day goals</h4><ul><li>Meet every nurse manager.</li></ul></div></div>'
    )
    goals = html_fields(body)["goals"]
    assert goals["intro"] == ["Milestones assume a new educator."]
    assert goals["day_30"]["intro"] == []
    assert [item["text"] for item in goals["day_30"]["items"]] == ["Meet every nurse manager."]


def test_icon_font_glyphs_in_any_form_leave_the_text_and_other_characters_stay():
    # Font Awesome and dashicons glyphs as characters or references (hex, decimal), a Material Design Icons glyph
    # past U+F0000; an emoji with its variation selector, a fullwidth comma, a curly quote and "&#8217;" are text.
    body = (
        "<h2>5) Key Deliverables</h2><ul>"
        "<li><i class='fa fa-check'>\uf00c</i> Annual unit education plan</li>"
        "<li><span class='dashicons'>&#xF155;</span>Orientation curriculum</li>"
        "<li><i class='icon'>&#61452;</i> Simulation scenarios</li>"
        "<li><span class='mdi'>&#x0F0001;</span>\U000f0002Microlearning modules</li>"
        "<li>Learner\u2019s guide &#8217;tip sheets\u2019 \u2705\ufe0f, printed\uff0c bound</li>"
        "</ul>"
    )
    items = [item["name"] for item in html_fields(body)["deliverables"]["items"]]
    assert items == [
        "Annual unit education plan",
        "Orientation curriculum",
        "Simulation scenarios",
        "Microlearning modules",
        "Learner\u2019s guide \u2019tip sheets\u2019 \u2705\ufe0f, printed\uff0c bound",
    ]


def test_icon_font_glyphs_leave_a_text_page_and_are_counted_as_repairs():
    # A page's innerText keeps the icon font's private-use characters as they are ("\ue0e5 30-day goals").
    text = "\ue0e5 30-day goals \uf00c done \U000f0002 \u2013 Learner\u2019s guide \u2705"
    repaired, repairs = repair_text(text)
    assert repaired == " 30-day goals  done  \u2013 Learner\u2019s guide \u2705"
    assert [(r.broken, r.fixed, r.count) for r in repairs] == [("icon-font glyph", "removed", 3)]
    assert repair_text("Learner\u2019s guide \uff0c\ufeff")[0] == "Learner\u2019s guide \uff0c"  # not a glyph, BOM dropped
