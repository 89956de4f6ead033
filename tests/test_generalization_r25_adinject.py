"""Promos an ad plugin injected inside the article, a round-25 unseen page's metadata and two parser gaps.

These are synthetic snippets modelled on an unseen WordPress page whose ad-insertion plugins put their promos
among the article's own blocks, under class names the chrome vocabulary does not know (the snippets use
meaningless ones, "q1", so the text alone must tell): a "Sponsored" row inside the tools table, a
"Sponsored • ... start your free trial →" row across the KPI table, a "Sponsored" badge item among the
responsibilities, a floating video player's "Watch: ... (sponsored by ...)" title, an Amazon affiliate box, a
newsletter box whose body opens on "Weekly", an ad slot's "Continue reading below" and a banner's caption
closing on "Book a 15-minute demo." The ads take the site's subject, so they share the article's words. The
negative cases guard what the article says of prices, sponsorship and weekly work. The page itself is frozen
as tests/unseen/ecommerce-merchandising-manager-adinject.synthetic.html.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

ROLE = "E-commerce Merchandising Manager"
PAGE = Path(__file__).resolve().parent / "unseen" / "ecommerce-merchandising-manager-adinject.synthetic.html"
HEAD = (
    f"<h1>{ROLE}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    "<h2>1) Role Summary</h2><p>The role owns what shoppers see on category pages: sort orders, landing pages, "
    "search merchandising and the promotional calendar of every channel, so that traffic turns into revenue "
    "without costly mistakes.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: present the right products on every category page and channel.</p>"
    "<h3>Primary business outcomes expected</h3><ul><li>Conversion rate improvement on owned category pages</li>"
    "<li>Product content completeness across every channel</li></ul>"
)
RESPONSIBILITIES = (
    "<h2>3) Core Responsibilities</h2><h3>Operational responsibilities</h3><ol>"
    "<li>Run the weekly trading cycle and brief the team on category page changes</li>"
    "<li>Manage product listing sort orders by margin and stock on category pages</li>"
    "{injected}"
    "<li>Coordinate launches of Black Friday and other trading events</li></ol>"
)
TABLES = (
    "<h2>7) KPIs and Productivity Metrics</h2><figure><table><thead><tr><th>Metric name</th><th>What it measures</th>"
    "<th>Why it matters</th><th>Example target/benchmark</th><th>Frequency</th></tr></thead><tbody>"
    "<tr><td>Sell-through rate</td><td>Units sold over units received</td><td>Stock health</td><td>≥ 70%</td>"
    "<td>Weekly</td></tr>{kpi_row}"
    "<tr><td>Cost per acquisition</td><td>Paid media spend per order</td><td>Margin</td><td>Under $4,000 a month in "
    "total</td><td>Monthly</td></tr></tbody></table></figure>{after_kpis}"
    "<h2>10) Tools, Platforms, and Software</h2><figure><table><thead><tr><th>Category</th><th>Tool</th>"
    "<th>Primary use</th><th>Common / Optional / Context-specific</th></tr></thead><tbody>"
    "<tr><td>Site search</td><td>Algolia</td><td>Search merchandising rules</td><td>Common</td></tr>{tool_row}"
    "<tr><td>PIM</td><td>Akeneo</td><td>Product data quality</td><td>Common</td></tr></tbody></table></figure>"
)


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((HEAD + body).encode(), name="snippet.html")
    return extraction.document["fields"]


def _page(**parts: str) -> str:
    body = RESPONSIBILITIES.format(injected=parts.get("injected", ""))
    return body + TABLES.format(
        kpi_row=parts.get("kpi_row", ""), after_kpis=parts.get("after_kpis", ""), tool_row=parts.get("tool_row", "")
    )


def _dump(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False)


# --- rows an ad plugin put in the article's tables ----------------------------------------------------------------


def test_a_sponsored_row_of_the_tools_table_is_dropped() -> None:
    fields = _fields(_page(tool_row=(
        '<tr class="q1"><td>Sponsored</td><td>ShopMetrics Pro</td><td>Ad – all your merchandising KPIs in one screen. '
        'Try ShopMetrics free for 30 days</td><td><a href="https://shopmetrics.example/pricing">From $49/mo →</a>'
        "</td></tr>"
    )))  # fmt: skip
    assert [row["tool_text"] for row in fields["tools"]["rows"]] == ["Algolia", "Akeneo"]
    assert "ShopMetrics" not in _dump(fields)


def test_a_promoting_row_across_the_kpi_table_is_dropped() -> None:
    fields = _fields(_page(kpi_row=(
        '<tr class="q2"><td colspan="5"><span class="q3">Sponsored</span> • <a href="https://shopmetrics.example/trial">'
        "ShopMetrics tracks sell-through and GMROI for you – start your free trial →</a></td></tr>"
    )))  # fmt: skip
    assert [row["name"] for row in fields["kpis"]["rows"]] == ["Sell-through rate", "Cost per acquisition"]
    assert fields["kpis"]["notes"] == [] and "ShopMetrics" not in _dump(fields)


def test_a_price_or_a_group_label_in_a_table_stays() -> None:
    # Negative cases: a target with a price names no sponsor, and a row across the table naming a group is the
    # article's (its rows keep their group).
    fields = _fields(_page(kpi_row='<tr><td colspan="5">Conversion metrics</td></tr>'))
    rows = fields["kpis"]["rows"]
    assert [row["name"] for row in rows] == ["Sell-through rate", "Cost per acquisition"]
    assert rows[1]["target"] == "Under $4,000 a month in total"
    assert "Conversion metrics" in _dump(fields["kpis"])


# --- an item among the article's items ----------------------------------------------------------------------------


def test_a_sponsored_badge_item_among_the_responsibilities_is_dropped() -> None:
    fields = _fields(_page(injected=(
        '<li class="q4"><span class="q5">Sponsored</span> <a href="https://go.merchflow.example/demo">MerchFlow AI '
        "sorts your category pages by margin – book a free demo today</a></li>"
    )))  # fmt: skip
    assert [item["title"] for item in fields["responsibilities"]["items"]] == [
        "Run the weekly trading cycle and brief the team on category page changes",
        "Manage product listing sort orders by margin and stock on category pages",
        "Coordinate launches of Black Friday and other trading events",
    ]
    assert "MerchFlow" not in _dump(fields)


def test_an_advertisement_item_with_a_price_is_dropped_but_an_item_on_sponsored_content_stays() -> None:
    fields = _fields(_page(injected=(
        '<li><em>Advertisement</em> – <a href="https://learn.example/ga4">Master GA4 in a weekend: course now $19 '
        "(was $129)</a></li>"
        '<li><a href="https://example.com/sponsored">Sponsored content performance</a> reviewed weekly</li>'
    )))  # fmt: skip
    titles = [item["title"] for item in fields["responsibilities"]["items"]]
    assert "Master GA4" not in _dump(fields)
    assert len(titles) == 4 and titles[2] == "Sponsored content performance reviewed weekly"


MARKDOWN = f"""# {ROLE}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The role owns what shoppers see on category pages: sort orders, landing pages and search merchandising.

## 2) Role Mission

Core mission: present the right products on every category page and channel.

## 3) Core Responsibilities

### Operational responsibilities

- Run the weekly trading cycle and brief the team on category page changes
- **Sponsored** [MerchFlow AI sorts your category pages by margin – book a free demo today](https://go.merchflow.example)
- Coordinate launches of Black Friday and other trading events

## 10) Tools, Platforms, and Software

| Category | Tool | Primary use | Common / Optional / Context-specific |
|---|---|---|---|
| Site search | Algolia | Search merchandising rules | Common |
| Sponsored | ShopMetrics Pro | Ad – all your merchandising KPIs in one screen | [From $49/mo →](https://sm.example) |
| PIM | Akeneo | Product data quality | Common |
"""


def test_a_markdown_pages_sponsored_item_and_table_row_go_too() -> None:
    # The rules read the blocks, not the markup: a crawler's markdown of such a page loses them the same way.
    (extraction,) = extract(MARKDOWN.encode(), name="snippet.md")
    fields = extraction.document["fields"]
    assert [item["title"] for item in fields["responsibilities"]["items"]] == [
        "Run the weekly trading cycle and brief the team on category page changes",
        "Coordinate launches of Black Friday and other trading events",
    ]
    assert [row["tool_text"] for row in fields["tools"]["rows"]] == ["Algolia", "Akeneo"]


# --- short blocks that say what they are ---------------------------------------------------------------------------


def test_a_video_players_sponsored_title_goes_though_it_shares_the_articles_words() -> None:
    fields = _fields(_page(injected="") + (
        '<div class="q6"><div class="q7">×</div><div class="q8">Watch: 5 Black Friday category page merchandising '
        'mistakes (sponsored by Cartwheel)</div><div class="q9"><a href="https://cartwheel.example/webinar">Register '
        "for the webinar</a></div></div>"
    ))  # fmt: skip
    dump = _dump(fields)
    assert "Watch:" not in dump and "Cartwheel" not in dump and "×" not in dump


def test_an_affiliate_box_goes_with_its_disclosure() -> None:
    fields = _fields(_page(after_kpis=(
        '<div class="q10"><p>Our pick: books every merchandiser should own</p><div><span>Retail Merchandising Math'
        '</span> <span>$34.99</span> <a href="https://www.amazon.example/dp/B0X1">Check price on Amazon</a></div>'
        '<div><span>The Category Page Playbook</span> <span>$27.50</span> <a href="https://www.amazon.example/dp/B0X2">'
        "Check price on Amazon</a></div><p>As an Amazon Associate we earn from qualifying purchases.</p></div>"
    )))  # fmt: skip
    dump = _dump(fields)
    for noise in ("Our pick", "Merchandising Math", "$34.99", "Check price", "Amazon Associate"):
        assert noise not in dump
    assert fields["kpis"]["notes"] == []


def test_a_banner_caption_stacking_a_demo_offer_and_its_button_goes() -> None:
    fields = _fields(
        '<div class="q11"><a href="https://track.example/c?id=1"><img src="b.png" alt=""></a><p class="q12">PixelShelf '
        "– one catalogue for every channel. Book a 15-minute demo.</p></div>" + _page()
    )
    assert fields["role_mission"]["outcomes_lead"] is None and "PixelShelf" not in _dump(fields)


def test_continue_reading_below_is_an_ad_slots_line() -> None:
    slot = '<div class="q13"><p>Continue reading below</p><ins class="adsbygoogle"></ins></div>'
    fields = _fields(_page(after_kpis=slot))
    assert "Continue reading" not in _dump(fields)


# --- a newsletter box opening on a sub-heading's word ---------------------------------------------------------------

ACTIVITIES = (
    "<h2>4) Day-to-Day Activities</h2><h3>Weekly activities</h3><ul><li>Weekly trading meeting with buying.</li>"
    "<li>Search term review of zero-result queries.</li></ul>"
    "<h3>Incident, escalation, or emergency work</h3><p>Incidents are frequent at peak:</p><ul><li>Pricing errors "
    "visible on category pages need a takedown.</li></ul>{box}"
)


def test_a_newsletter_box_whose_body_opens_on_weekly_goes() -> None:
    fields = _fields(_page() + ACTIVITIES.format(box=(
        '<div class="q14"><h4>Get the Merch Memo</h4><p>Weekly trading tips for e-commerce teams. Join 18,000 retail '
        'pros.</p><form><input type="email"><button>Sign me up</button></form><p>No spam. Unsubscribe anytime.</p>'
        "</div>"
    )))  # fmt: skip
    day_to_day = fields["day_to_day"]
    assert [item["text"] for item in day_to_day["incident_work"]["items"]] == [
        "Pricing errors visible on category pages need a takedown."
    ]
    assert "Weekly trading tips" not in _dump(fields) and "No spam" not in _dump(fields)
    assert [item["text"] for item in day_to_day["weekly"]["items"]] == [
        "Weekly trading meeting with buying.", "Search term review of zero-result queries.",
    ]  # fmt: skip


def test_sentences_opening_on_weekly_without_a_signal_stay() -> None:
    # Negative case: a paragraph of sentences opening on "Weekly" is no longer shielded as a sub-heading, but
    # without a promotion's signal it is the article's.
    box = "<p>Weekly reviews follow the trading calendar. Peaks need more.</p>"
    fields = _fields(_page() + ACTIVITIES.format(box=box))
    assert "Weekly reviews follow the trading calendar. Peaks need more." in _dump(fields["day_to_day"])


def test_prose_naming_a_sponsor_stays() -> None:
    # Negative case: "sponsored by" in the article's prose, not a credit in brackets after an ad's title.
    line = "Category page projects sponsored by the trading team are reviewed at the weekly trading meeting."
    fields = _fields(_page() + ACTIVITIES.format(box=f"<p>{line}</p>"))
    assert line in _dump(fields)


# --- parsers and metadata --------------------------------------------------------------------------------------------


def test_a_merchandiser_in_a_list_of_prior_roles_is_a_role() -> None:
    fields = _fields(
        "<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds commonly seen</h3><ul><li>"
        "E-commerce Merchandiser, Digital Trading Executive, Assistant Buyer, Visual Merchandiser.</li></ul>"
    )
    experience = fields["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "E-commerce Merchandiser", "Digital Trading Executive", "Assistant Buyer", "Visual Merchandiser",
    ]  # fmt: skip
    assert experience["prior_role_notes"] == []


HIRING = "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises or case studies</h3><ul>{items}</ul>"


def test_timed_exercise_names_closing_on_a_colon_are_titles() -> None:
    fields = _fields(HIRING.format(items=(
        "<li>Trading case (60 minutes):<ul><li>candidate receives a week of category data,</li>"
        "<li>presents a one-page plan.</li></ul></li>"
        "<li>Page critique (30 minutes):<ul><li>candidate reviews a live category page.</li></ul></li>"
    )))  # fmt: skip
    exercises = fields["hiring"]["exercises"]
    assert [(e["name"], e["duration"], [d["text"] for d in e["details"]]) for e in exercises] == [
        ("Trading case", "60 minutes", ["candidate receives a week of category data,", "presents a one-page plan."]),
        ("Page critique", "30 minutes", ["candidate reviews a live category page."]),
    ]


def test_an_untimed_lead_closing_on_a_colon_is_no_title() -> None:
    # Negative case: a lead into a list names no exercise by its colon alone.
    fields = _fields(HIRING.format(items=(
        "<li>Candidates complete the following:<ul><li>a trading case on a week of data,</li>"
        "<li>a critique of a live category page.</li></ul></li>"
    )))  # fmt: skip
    assert [e["name"] for e in fields["hiring"]["exercises"]] == [None]


ENTRY = (
    "<html><head><meta property='article:published_time' content='2025-09-14T08:12:00+00:00'></head><body><article>"
    "<header class='entry-header'><h1 class='entry-title'>{role}: Role Blueprint</h1><div class='entry-meta'>"
    "<time class='entry-date published' datetime='2025-09-14T08:12:00+00:00'>September 14, 2025</time>{updated}"
    "</div></header><div class='entry-content'><h2>1) Role Summary</h2><p>Text.</p></div>{comments}</article>"
    "</body></html>"
)


def test_the_entry_headers_updated_time_dates_the_last_edit() -> None:
    page = ENTRY.format(
        role=ROLE, comments="", updated="<time class='updated' datetime='2025-11-02T10:40:00+00:00'>Nov 2</time>"
    )
    meta = html_to_pieces(page).meta
    assert (meta.date_published, meta.date_modified) == ("2025-09-14T08:12:00+00:00", "2025-11-02T10:40:00+00:00")


def test_an_updated_time_outside_the_entry_header_is_not_the_pages() -> None:
    # Negative case: a comment's edit time lies outside the title's header.
    comments = (
        "<ol class='comments'><li><time class='updated' datetime='2025-12-01T09:00:00+00:00'>Dec 1</time></li></ol>"
    )
    meta = html_to_pieces(ENTRY.format(role=ROLE, comments=comments, updated="")).meta
    assert meta.date_modified is None


# --- the page itself -------------------------------------------------------------------------------------------------

NOISE = [
    "Try ShopMetrics free for 30 days", "ShopMetrics tracks sell-through and GMROI for you", "ShopMetrics Pro",
    "From $49/mo", "MerchFlow AI auto-sorts your category pages by margin", "Master GA4 in a weekend",
    "How to become a Buyer", "Continue reading below", "Advertisement", "Watch: 5 Black Friday merchandising mistakes",
    "Get the Merch Memo", "Join 18,000 retail pros", "Retail Merchandising Math, 4th Edition", "$34.99",
    "Check price on Amazon", "Also read", "Merchandiser salary guide 2025", "PixelPIM", "BloomCart", "ShelfWise",
    "Sponsored", "Leave a Comment", "Tomasz K.", "Copyright © 2025 RetailCareerHub", "Sign me up", "Our pick",
    "Amazon Associate", "No spam", "×",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract(PAGE, name=PAGE.name)
    return extraction.document


def test_the_page_keeps_no_injected_promo(page: dict[str, Any]) -> None:
    dump = json.dumps(page["fields"], ensure_ascii=False) + json.dumps(page["sections"], ensure_ascii=False)
    assert [noise for noise in NOISE if noise in dump] == []
    fields = page["fields"]
    assert fields["role_mission"]["outcomes_lead"] is None
    assert fields["goals"]["high_performance_intro"] == []
    assert fields["day_to_day"]["incident_work"]["intro"] == [
        "Digital merchandising incidents are frequent during peak periods:"
    ]
    assert [note["lead"] for note in fields["kpis"]["notes"]] == ["Notes on measurement"]
    assert fields["role_summary"]["paragraphs"][1].endswith("assortment, pricing and promotional decisions.")


def test_the_page_reads_its_tables_lists_and_parsers_whole(page: dict[str, Any]) -> None:
    fields = page["fields"]
    assert len(fields["responsibilities"]["items"]) == 26
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14 and (kpis[6]["name"], kpis[7]["name"]) == (
        "Zero-result search rate", "Product content completeness",
    )  # fmt: skip
    tools = fields["tools"]["rows"]
    assert len(tools) == 21 and (tools[9]["tool_text"], tools[10]["tool_text"]) == ("Adobe Analytics", "Optimizely")
    assert len(fields["technical_skills"]["skills"]) == 19 and len(fields["soft_skills"]["skills"]) == 8
    assert [role["name"] for role in fields["experience"]["prior_roles"]] == [
        "E-commerce Merchandiser", "Digital Trading Executive", "Assistant Buyer", "Category Analyst",
        "Online Marketing Executive",
    ]  # fmt: skip
    assert [(e["name"], e["duration"]) for e in fields["hiring"]["exercises"]] == [
        ("Trading case", "60 minutes"), ("Page critique", "30 minutes"),
    ]  # fmt: skip
    assert (page["source"]["date_published"], page["source"]["date_modified"]) == (
        "2025-09-14T08:12:00+00:00", "2025-11-02T10:40:00+00:00",
    )  # fmt: skip
