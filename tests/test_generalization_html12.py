"""Synthetic snippets modelled on unseen pages of the family (round 12): the article republished on MediaWiki
(headline anchors, "[edit]" controls in the headings) and written in Microsoft Word, pasted with Word's HTML
(list items as "MsoListParagraph" paragraphs, their level in the style, the marker typed into the text)."""

from __future__ import annotations

from snippets import html_fields, html_page

from pipeline import extract

_CAREER = (
    "<h2>15) Career Path and Progression</h2>"
    "<h3>Adjacent career paths</h3><ul><li>Transportation Manager</li></ul>"
    "{heading}<ul><li>P&amp;L ownership for a full site.</li></ul>"
    "<h2>16) Risks, Challenges, and Failure Modes</h2><p>Volume is volatile.</p>"
)


def _career(heading: str) -> tuple[list[str], list[str]]:
    career = html_fields(_CAREER.format(heading=heading))["career_path"]
    return [a["name"] for a in career["adjacent_paths"]], [p["text"] for p in career["promotion_skills"]]


def test_heading_anchor_with_a_chrome_word_is_kept() -> None:
    expected = (["Transportation Manager"], ["P&L ownership for a full site."])
    for heading in (
        '<h3><span class="mw-headline" id="Skills_needed_for_promotion">Skills needed for promotion</span></h3>',
        '<h3 id="skills-needed-for-promotion">Skills needed for promotion</h3>',
    ):
        assert _career(heading) == expected


def test_heading_named_chrome_by_its_class_still_goes() -> None:
    # A class naming chrome is evidence an id slug is not: the heading goes, its list joins the one before.
    heading = '<h3 class="promo-title" id="skills-needed-for-promotion">Skills needed for promotion</h3>'
    assert _career(heading) == (["Transportation Manager", "P&L ownership for a full site"], [])


def test_chrome_id_outside_a_heading_still_goes() -> None:
    body = (
        "<h2>3) Core Responsibilities</h2><ul><li>Run the site – Own daily operations.</li></ul>"
        '<p id="{}">Also runs the quarterly budget reviews with finance.</p>'
    )
    assert html_fields(body.format("promotion"))["responsibilities"]["intro"] == []
    assert html_fields(body.format("budget"))["responsibilities"]["intro"] == [
        "Also runs the quarterly budget reviews with finance."
    ]


_EDIT = (
    '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
    '<a href="/index.php?action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span>'
)


def test_wiki_edit_controls_leave_the_headings() -> None:
    body = (
        f'<h2><span class="mw-headline" id="6)_Goals">6) Goals, Objectives, and Milestones</span>{_EDIT}</h2>'
        f"<h3>30-day goals (learn the building) [<a href='/e?section=4'>edit source</a>]</h3>"
        "<ul><li>Walk every process path.</li></ul>"
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    goals = extraction.document["fields"]["goals"]["day_30"]
    assert extraction.blueprint.sections[2].title == "Goals, Objectives, and Milestones"
    assert (goals["heading"], goals["qualifier"]) == ("30-day goals (learn the building)", "learn the building")


def test_an_edit_link_that_is_no_bracketed_control_stays() -> None:
    body = "<h2>6) Goals, Objectives, and Milestones</h2><h3>30-day goals: <a href='/x'>edit</a> the plan</h3><p>x</p>"
    (extraction,) = extract(html_page(body), name="snippet.html")
    assert extraction.document["fields"]["goals"]["day_30"]["heading"] == "30-day goals: edit the plan"


def _word_marker(marker: str) -> str:
    return (
        f'<!--[if !supportLists]--><span style="font-family:Symbol">{marker}'
        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp; </span></span><!--[endif]-->'
    )


def _word_item(marker: str, level: int, text: str) -> str:
    return (
        f'<p class="MsoListParagraphCxSpMiddle" style="text-indent:-.25in;mso-list:l1 level{level} lfo2">'
        f"{_word_marker(marker)}{text}<o:p></o:p></p>"
    )


def test_word_numbered_list_paragraphs_are_responsibilities() -> None:
    body = (
        "<h2>3) Core Responsibilities</h2>"
        '<p class="MsoNormal"><b>Strategic responsibilities<o:p></o:p></b></p>'
        + _word_item("1.", 1, "<b>Own the safety plan</b>&nbsp;&#8211; Build a 12-month roadmap.")
        + _word_item("2.", 1, "<b>Set targets</b>&nbsp;&#8211; Agree KPI definitions.")
    )
    items = html_fields(body)["responsibilities"]["items"]
    assert [(i["number"], i["title"], i["detail"]) for i in items] == [
        (1, "Own the safety plan", "Build a 12-month roadmap."),
        (2, "Set targets", "Agree KPI definitions."),
    ]


def test_word_level_two_bullets_nest_under_their_item() -> None:
    body = (
        "<h2>4) Day-to-Day Activities</h2>"
        '<p class="MsoNormal"><b>Daily activities<o:p></o:p></b></p>'
        + _word_item("·", 1, "Site walks with engineers:")
        + _word_item("o", 2, "loading dock operations,")
        + _word_item("§", 3, "forklift lanes")
        + _word_item("·", 1, "Review incident reports.")
    )
    daily = html_fields(body)["day_to_day"]["daily"]
    assert daily["intro"] == []
    assert [(i["text"], i["sub_items"]) for i in daily["items"]] == [
        ("Site walks with engineers:", ["loading dock operations", "forklift lanes"]),
        ("Review incident reports.", []),
    ]


def test_word_paragraph_without_a_list_level_stays_a_paragraph() -> None:
    body = (
        "<h2>4) Day-to-Day Activities</h2>"
        '<p class="MsoNormal" style="mso-list:none">Own the day: walk the floor before the shift starts.</p>'
    )
    assert html_fields(body)["day_to_day"]["intro"] == ["Own the day: walk the floor before the shift starts."]


def test_wiki_references_and_their_heading_leave_the_last_section() -> None:
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        '<p>Targets are typical.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;</a></sup></p>'
        f'<h2><span class="mw-headline" id="References">References</span>{_EDIT}</h2>'
        '<div class="mw-references-wrap"><ol class="references">'
        '<li id="cite_note-1"><a href="#cite_ref-1">^</a> <span class="reference-text">Internal deck.</span></li>'
        "</ol></div>"
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    last = extraction.document["sections"][-1]
    assert (last["title"], last["subsections"]) == ("Final Role Scorecard Summary", [])
    assert [b["text"] for b in last["blocks"]] == ["Targets are typical."]


def test_wiki_footer_dates_the_last_edit() -> None:
    footer = (
        '<div id="footer"><ul><li id="footer-info-lastmod">'
        " This page was last edited on 14 March 2026, at 10:22.</li></ul></div>"
    )
    body = "<h2>3) Core Responsibilities</h2><ul><li>Run the site – Own daily operations.</li></ul>" + footer
    (extraction,) = extract(html_page(body), name="snippet.html")
    assert extraction.document["source"]["date_modified"] == "2026-03-14"
    (plain,) = extract(html_page(body.replace("last edited on", "reviewed on")), name="snippet.html")
    assert plain.document["source"]["date_modified"] is None


def test_a_link_preview_card_is_no_part_of_the_article() -> None:
    """A Ghost page's "Related reading" bookmark cards (title, blurb, author, publisher) landed in scorecard.notes."""
    card = (
        '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.org/x">'
        '<div class="kg-bookmark-content"><div class="kg-bookmark-title">Carbon Accounting Lead: Role Blueprint</div>'
        '<div class="kg-bookmark-description">The senior role that owns GHG methodology.</div>'
        '<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Priya N.</span></div></div></a></figure>'
    )
    body = "<h2>3) Core Responsibilities</h2><ul><li>Own the GHG inventory.</li></ul>" + card
    dumped = str(html_fields(body))
    assert "Own the GHG inventory." in dumped
    assert "Carbon Accounting Lead" not in dumped and "Priya N." not in dumped


def test_a_word_list_paragraph_keeps_a_first_word_that_is_no_marker() -> None:
    """Only a number, one letter or a roman numeral is Word's typed marker: "Misc." is the item's first word."""
    body = (
        "<h2>4) Day-to-Day Activities</h2><h3>Daily activities</h3>"
        '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1">Misc. admin tasks and follow-ups</p>'
        '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1">b. Review the incident log</p>'
    )
    items = html_fields(body)["day_to_day"]["daily"]["items"]
    assert [item["text"] for item in items] == ["Misc. admin tasks and follow-ups", "Review the incident log"]
