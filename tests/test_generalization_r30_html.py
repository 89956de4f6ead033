"""Ghost's Koenig cards and a Zendesk Help Center article, from a thirtieth round of unseen pages.

A Ghost post's HTML (its Content API's ``posts[0].html``) holds Koenig cards: a newsletter sign-up card
(``kg-signup-card``: heading, copy, "No spam. Unsubscribe anytime."), product, button and bookmark cards, callout
cards whose icon sits in ``<div class="kg-callout-emoji">``, image cards whose caption credits the photo, toggle
cards introduced by "Click each area to expand.". The sign-up card stood as experience.other, the icons as
paragraphs and notes ("🧭", "📌"), the credit as a KPI note. A Zendesk Help Center article (Copenhagen theme)
closes its body on the document's owner line ("Blueprint owner: ... Questions about this blueprint? Raise a ticket
...") and labels its byline's <time> "Updated" in the meta item after it: the last edit's date, read as the
publication's. The snippets are synthetic, modelled on the pages; the Zendesk page is frozen below as
tests/unseen/*.synthetic.html with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "payroll-operations-lead-zendesk-hc.synthetic.html"

_KPIS = (
    "<h2>3) KPIs and Productivity Metrics</h2>"
    "<table><tr><th>KPI</th><th>Target</th></tr><tr><td>Regretted attrition</td><td>&lt; 8%</td></tr>"
    "<tr><td>Dashboard adoption</td><td>&gt; 70%</td></tr></table>"
)


def _callout(icon: str, text: str) -> str:
    return (
        f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">{icon}</div>'
        f'<div class="kg-callout-text">{text}</div></div>'
    )


def test_ghosts_signup_card_is_chrome() -> None:
    signup = (
        '<div class="kg-card kg-signup-card kg-width-regular " data-lexical-signup-form="" style="display: none;">'
        '<div class="kg-signup-card-content"><div class="kg-signup-card-text ">'
        '<h2 class="kg-signup-card-heading"><span>Get the Weekly Signals newsletter</span></h2>'
        '<p class="kg-signup-card-subheading"><span>Every Friday: one teardown, one template, zero fluff.</span></p>'
        '<form class="kg-signup-card-form"><input type="email" placeholder="Your email"><button>Subscribe</button>'
        '<div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div></form>'
        '<p class="kg-signup-card-disclaimer"><span>No spam. Unsubscribe anytime.</span></p></div></div></div>'
    )
    fields = html_fields(
        "<h2>3) Required Experience and Qualifications</h2><h3>Typical experience range</h3>"
        "<p>6–10 years in analytics.</p><h3>Leadership experience expectations</h3>"
        "<p>Experience managing or mentoring analysts, and presenting to senior leaders, is expected.</p>"
        + signup
        + "<h2>4) Career Path and Progression</h2><p>Next: Head of People Analytics.</p>"
    )
    experience = fields["experience"]
    assert [item["text"] for item in experience["leadership_expectations"]] == [
        "Experience managing or mentoring analysts, and presenting to senior leaders, is expected."
    ]
    assert experience["other"] == []
    text = "\n".join(all_strings(fields))
    for noise in ("Weekly Signals", "Every Friday", "No spam", "Email sent"):
        assert noise not in text


def test_ghosts_product_and_button_cards_are_chrome() -> None:
    cards = (
        '<div class="kg-card kg-product-card"><div class="kg-product-card-container">'
        '<h4 class="kg-product-card-title">Storytelling Masterclass</h4>'
        '<div class="kg-product-card-description"><p>Learn to present workforce data to executives.</p></div>'
        '<a href="https://x.example" class="kg-product-card-button"><span>Enroll now</span></a></div></div>'
        '<div class="kg-card kg-button-card kg-align-center"><a href="/kpi-workbook/" class="kg-btn">'
        "Download the free KPI workbook (XLSX)</a></div>"
    )
    pieces = html_to_pieces("<h1>T</h1><h2>3) KPIs</h2><p>Track the KPIs below.</p>" + cards).pieces
    texts = [piece.block.text for piece in pieces]
    assert texts == ["T", "3) KPIs", "Track the KPIs below."]


def test_ghosts_callout_icon_is_no_paragraph() -> None:
    fields = html_fields(
        _callout("📌", "<b><strong>Notes on implementation:</strong></b> Report KPIs at team level only.") + _KPIS
    )
    text = "\n".join(all_strings(fields))
    assert "📌" not in text
    assert "🧭" not in "\n".join(all_strings(html_fields(_callout("🧭", "Role horizon: Current.") + _KPIS)))


def test_a_callout_text_of_words_with_an_icon_keeps_its_words() -> None:
    pieces = html_to_pieces(
        "<h1>T</h1><h2>3) KPIs</h2>" + _callout("💡", "Keep every cut above five people.")
    ).pieces
    assert [piece.block.text for piece in pieces] == ["T", "3) KPIs", "Keep every cut above five people."]


def _figure(caption: str) -> str:
    return (
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="dash.png" class="kg-image" alt="">'
        f"<figcaption><span>{caption}</span></figcaption></figure>"
    )


def test_an_image_caption_crediting_the_photo_is_no_text() -> None:
    for caption in (
        "Mock-up of a regretted-attrition dashboard – photo via Unsplash / Luke Chesser",
        "Team offsite in Lisbon (Photo by Ana Ruiz)",
        "Workforce planning board © Talent Signals",
        "Quarterly review wall – Image credit: Jo Park",
    ):
        pieces = html_to_pieces("<h1>T</h1><h2>3) KPIs</h2><p>Track these.</p>" + _figure(caption)).pieces
        assert [piece.block.text for piece in pieces] == ["T", "3) KPIs", "Track these."], caption


def test_an_image_caption_titling_the_picture_stays() -> None:
    pieces = html_to_pieces("<h1>T</h1><h2>3) KPIs</h2>" + _figure("Discovery loop of the team")).pieces
    assert [piece.block.text for piece in pieces][-1] == "Discovery loop of the team"


def test_a_toggle_cards_instruction_is_no_intro() -> None:
    toggle = (
        "<h2>3) Typical Tech Stack / Environment</h2><p>Click each area to expand.</p>"
        '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading">'
        '<h4 class="kg-toggle-heading-text">Data environment</h4></div><div class="kg-toggle-content">'
        "<ul><li>Snowflake warehouse with a restricted people-data schema.</li></ul></div></div>"
    )
    fields = html_fields(toggle)
    assert "Click each area to expand." not in all_strings(fields)
    assert fields["tech_stack"]["intro"] == []


def test_a_documents_owner_line_closing_the_article_is_no_note() -> None:
    scorecard = (
        "<h2>3) Final Role Scorecard Summary</h2><table><tr><th>Field</th><th>Summary</th></tr>"
        "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Top KPIs</td><td>Accuracy, timeliness</td></tr>"
        "</table><p>The Test Role reviews its accuracy and timeliness targets with the business teams every year.</p>"
    )
    for footer in (
        "Document owner: People Operations. Review cycle: annual.",
        "Blueprint owner: Global Payroll. Questions about this blueprint? Raise a ticket with the HR team.",
        "Questions about this article? Contact the Job Architecture team.",
    ):
        fields = html_fields(scorecard + f'<p class="wysiwyg-font-size-small">{footer}</p>')
        assert fields["scorecard"]["notes"] == [
            "The Test Role reviews its accuracy and timeliness targets with the business teams every year."
        ], footer


def _byline(items: str) -> bytes:
    return (
        '<html><body><article><header><h1 class="article-title">Test Role: Role Blueprint</h1>'
        f'<div class="article-meta"><ul class="meta-group">{items}</ul></div></header>'
        "<h2>1) Role Summary</h2><p>The role does the work.</p>"
        '<ul class="comment-list"><li><time datetime="2024-03-01T14:02:11Z">March 1</time></li></ul>'
        "</article></body></html>"
    ).encode()


def test_a_byline_date_labelled_updated_is_the_last_edits() -> None:
    stamp = '<li class="meta-data"><time datetime="2024-02-27T09:41:18Z">February 27, 2024</time></li>'
    meta = html_to_pieces(_byline(stamp + '<li class="meta-data">Updated</li>').decode()).meta
    assert (meta.date_published, meta.date_modified) == (None, "2024-02-27T09:41:18Z")
    meta = html_to_pieces(_byline(stamp + '<li class="meta-data">Created</li>').decode()).meta
    assert (meta.date_published, meta.date_modified) == ("2024-02-27T09:41:18Z", None)
    labelled = (
        '<li>Published <time datetime="2024-01-05">Jan 5</time> · Last updated: <time datetime="2024-02-27">Feb 27'
        "</time></li>"
    )
    meta = html_to_pieces(_byline(labelled).decode()).meta
    assert (meta.date_published, meta.date_modified) == ("2024-01-05", "2024-02-27")


def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_zendesk_page_dates_its_last_edit_and_keeps_no_owner_line() -> None:
    document = _page()
    source = document["source"]
    assert (source["date_published"], source["date_modified"]) == (None, "2024-02-27T09:41:18Z")
    fields = document["fields"]
    assert fields["scorecard"]["notes"] == []
    assert len(fields["scorecard"]["rows"]) == 10
    text = "\n".join(all_strings(fields))
    for noise in ("Blueprint owner", "Review cycle", "Questions about this blueprint", "Marisol Quintero"):
        assert noise not in text
