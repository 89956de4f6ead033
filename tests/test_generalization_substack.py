"""Synthetic snippets modelled on unseen pages of the family: a Substack post (a table typed into a code block
with its dashes rule, an image's caption, footnote anchors, a newsletter's sponsor and calls to action) and a
plain-text page whose mid-article ad ends on its fine print."""

from __future__ import annotations

from pipeline import extract
from tests.snippets import html_fields

_TOOLS_PRE = (
    "<h2>10) Tools, Platforms, and Software</h2>"
    "<pre><code>Category   Tool / platform      Primary use         Prevalence\n"
    "{rule}"
    "CMS        WordPress / Webflow  Publishing          Common\n"
    "SEO        Ahrefs / Semrush     Keyword research    Common</code></pre>"
)


def test_a_code_blocks_table_reads_its_dashes_rule_as_no_row() -> None:
    rule = "---------  -------------------  ------------------  ----------\n"
    rows = html_fields(_TOOLS_PRE.format(rule=rule))["tools"]["rows"]
    assert [(r["category"], r["tool_text"], r["primary_use"]) for r in rows] == [
        ("CMS", "WordPress / Webflow", "Publishing"),
        ("SEO", "Ahrefs / Semrush", "Keyword research"),
    ]


def test_a_code_blocks_table_without_a_rule_reads_the_same_rows() -> None:
    rows = html_fields(_TOOLS_PRE.format(rule=""))["tools"]["rows"]
    assert [r["category"] for r in rows] == ["CMS", "SEO"]


_EXPERIENCE = (
    "<h2>14) Required Experience and Qualifications</h2>"
    "<p><strong>Typical years of experience:</strong> 5–8 years in content roles.</p>"
    "<p><strong>Leadership experience:</strong> Managing freelancers is expected.</p>"
    "{figure}"
    "<h2>15) Career Path and Progression</h2><ul><li><p>Senior Content Writer → Content Marketing Manager</p></li></ul>"
)


def test_an_images_caption_is_no_text_of_its_section() -> None:
    figure = (
        '<div class="captioned-image-container"><figure><a class="image-link" href="https://cdn.example/x.png">'
        '<picture><img src="https://cdn.example/x.png" alt="Career ladder"></picture></a>'
        '<figcaption class="image-caption">The content career ladder I sketch for every new hire. Yes, it was drawn'
        " on an iPad at an airport.</figcaption></figure></div>"
    )
    experience = html_fields(_EXPERIENCE.format(figure=figure))["experience"]
    assert [e["text"] for e in experience["leadership_expectations"]] == ["Managing freelancers is expected."]


def test_a_tables_figcaption_note_is_still_read_under_the_table() -> None:
    figure = (
        "<h2>7) KPIs and Productivity Metrics</h2><figure><table><tr><th>KPI</th><th>Target</th></tr>"
        "<tr><td>Organic sessions</td><td>+30% YoY</td></tr></table><img src='chart.png' alt=''>"
        "<figcaption>Targets are starting points; calibrate against your own baseline.</figcaption></figure>"
    )
    kpis = html_fields(figure)["kpis"]
    assert [r["name"] for r in kpis["rows"]] == ["Organic sessions"]
    assert kpis["notes"] == [
        {"lead": None, "intro": ["Targets are starting points; calibrate against your own baseline."], "items": []}
    ]


def test_a_phrase_titling_an_image_stays_text_of_its_section() -> None:
    figure = "<figure><img src='ladder.png' alt=''><figcaption>Content career ladder</figcaption></figure>"
    experience = html_fields(_EXPERIENCE.format(figure=figure))["experience"]
    assert [e["text"] for e in experience["leadership_expectations"]] == [
        "Managing freelancers is expected.",
        "Content career ladder",
    ]


_KPIS = (
    "<h2>7) KPIs and Productivity Metrics</h2><p>Here is the KPI set I use; adjust for early-stage brands.{mark}</p>"
    "<ul><li><p><strong>Organic sessions</strong> — visits from search — proves compounding — target: +30% YoY"
    " — frequency: Monthly</p></li></ul>"
)


def test_a_footnote_anchor_glued_to_a_sentence_is_dropped() -> None:
    marks = [
        '<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a>',  # Substack
        '<sup id="fnref1"><a href="#fn1">1</a></sup>',  # Pandoc, Markdown renderers
        '<sup data-fn="a1b2" class="fn"><a href="#a1b2" id="a1b2-link">1</a></sup>',  # WordPress footnotes block
    ]
    for mark in marks:
        intro = html_fields(_KPIS.format(mark=mark))["kpis"]["intro"]
        assert intro == ["Here is the KPI set I use; adjust for early-stage brands."], mark


def test_a_spaced_link_to_a_fragment_stays_text() -> None:
    intro = html_fields(_KPIS.format(mark=' See step <a href="#step-2">2</a>.'))["kpis"]["intro"]
    assert intro == ["Here is the KPI set I use; adjust for early-stage brands. See step 2."]


_SOFT = (
    "<h2>9) Soft Skills and Behavioral Capabilities</h2><ol><li><p><strong>Editorial judgment</strong><br>"
    "Why it matters: x.<br>How it shows up: y.<br>Strong performance: z.</p></li></ol>{after}"
    "<h2>10) Tools, Platforms, and Software</h2><ul><li><p>CMS: WordPress</p></li></ul>"
)
_LONG_SPONSOR = (
    "Lumaflow also ships a content ROI report that joins GA4 sessions with CRM opportunities, so you can stop"
    " building that spreadsheet by hand every month, and it exports straight to slides for the quarterly review."
    ' <a href="https://lumaflow.io/roi">See the Lumaflow ROI report</a>.'
)


def test_a_newsletters_sponsor_credit_in_the_article_is_an_ad() -> None:
    sponsors = [
        f"<p><strong>A word from this week&#8217;s sponsor.</strong> {_LONG_SPONSOR}</p>",
        '<p><strong>A word from this week&#8217;s sponsor.</strong> Lumaflow ships a content ROI report. <a href="'
        'https://lumaflow.io/roi">See the Lumaflow ROI report</a>.</p>',
        f"<p>Thanks to our sponsor: {_LONG_SPONSOR}</p>",
        f"<p>Today&#8217;s issue is brought to you by Lumaflow. {_LONG_SPONSOR}</p>",
    ]
    for sponsor in sponsors:
        assert html_fields(_SOFT.format(after=sponsor))["soft_skills"]["intro"] == [], sponsor


def test_prose_naming_a_sponsor_is_no_sponsor_credit() -> None:
    prose = "<p>Thanks to our sponsor network, the role gets executive backing for every new content program.</p>"
    assert html_fields(_SOFT.format(after=prose))["soft_skills"]["intro"] == [
        "Thanks to our sponsor network, the role gets executive backing for every new content program."
    ]


_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2><p><strong>Role title:</strong> Content Marketing Manager</p>"
    "<p><strong>Role purpose:</strong> Plan content that builds audience and pipeline.</p>{after}"
)


def test_a_newsletters_calls_to_its_readers_after_the_scorecard_are_noise() -> None:
    calls = (
        "<p><strong>Paid subscribers:</strong> the editable Google Sheet version of this blueprint, plus my hiring kit"
        " (take-home brief, edit test, scorecard), is in the members-only library. Upgrade to paid for $8/month.</p>"
        '<p>If this was useful, forward it to the person who keeps asking you "what does a content lead do?"</p>'
        "<p>Thanks for reading! Share this post with a colleague who hires writers.</p>"
    )
    scorecard = html_fields(_SCORECARD.format(after=calls))["scorecard"]
    assert [r["label"] for r in scorecard["rows"]] == ["Role title", "Role purpose"]
    assert scorecard["notes"] == []


def test_the_articles_note_on_paid_subscribers_stays() -> None:
    note = "<p>Growth in paid subscribers is the newsletter team's measure, not this role's.</p>"
    assert html_fields(_SCORECARD.format(after=note))["scorecard"]["notes"] == [
        "Growth in paid subscribers is the newsletter team's measure, not this role's."
    ]


def _text_soft_skills_intro(ad_end: str) -> list[str]:
    """A text page whose soft skills end on a car-rental ad (headline, copy, button, then ``ad_end``)."""
    page = (
        "Dental Practice Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "1) Role Summary\n\nThe Dental Practice Manager runs the business side of a dental practice.\n\n"
        "2) Role Mission\n\nCore mission: keep the practice running for patients and the team.\n\n"
        "9) Soft Skills and Behavioral Capabilities\n\n"
        "Most failures are about people, not software.\n\n"
        "  1. Patient empathy\n    – Why it matters: Anxious patients cancel appointments and fees go unpaid.\n"
        "    – How it shows up: Explains cancellations, bookings, fees and hidden costs calmly.\n\n\n"
        "Book a Rental Car for Your Next Trip\n\nCompare rental deals from 500+ suppliers across 60 countries.\n\n"
        f"Find a Car{ad_end}"
        "10) Tools, Platforms, and Software\n\n"
        "Category Tool or platform Primary use Common / Optional / Context-specific\n"
        "Practice management Dentrix / Eaglesoft Scheduling and claims Common\n"
    )
    (extraction,) = extract(page.encode(), name="x.txt")
    return extraction.document["fields"]["soft_skills"]["intro"]


def test_an_ads_fine_print_under_its_button_goes_with_the_ad() -> None:
    fine_print = "\n\nNo hidden fees — free cancellation on most bookings.\n\n\n"
    assert _text_soft_skills_intro(fine_print) == ["Most failures are about people, not software."]


def test_a_line_set_off_from_an_ads_button_stays_the_articles() -> None:
    article_line = "\n\n\nMost failures come from how patient cancellations, bookings and fees are explained.\n\n"
    assert _text_soft_skills_intro(article_line) == [
        "Most failures are about people, not software.",
        "Most failures come from how patient cancellations, bookings and fees are explained.",
    ]
