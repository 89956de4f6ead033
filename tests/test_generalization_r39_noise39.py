"""Round 39: an html2text page's noise and byline (tests/unseen/payroll-director-md-unnumbered.synthetic.md, its key in
tests/unseen/answer_keys/).

An ad whose sponsorship label closes it ("Sponsored · Why am I seeing this ad?" under its button) takes its headline
with it; an author box in the third person after the article's content ("About <Name>", "<Name> writes ...", "View
all posts by <Name> →") is the site's; a text page's byline dates the last edit ("· Updated April 2, 2025"). The
snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields, html_page

from pipeline import extract
from pipeline.extraction import Extraction

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "payroll-director-md-unnumbered.synthetic.md"

_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2>"
    "<table><tr><th>Category</th><th>Executive summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Role purpose</td><td>Keep the books right.</td></tr></table>"
)


def _text(fields: dict[str, Any]) -> str:
    return "\n".join(all_strings(fields))


def _markdown(body: str, byline: str = "") -> Extraction:
    page = (
        "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n" + byline + "\n\n"
        "## Role Summary\n\nThe Test Role keeps the payroll books right for every team in the company.\n\n"
        "## Role Mission\n\n**Core mission:**  \nPay every employee correctly and on time.\n\n"
        "**Primary business outcomes expected:**\n\n  * Payroll accuracy above 99.8%.\n"
        "  * Zero missed pay dates.\n\n" + body
    )
    (extraction,) = extract(page.encode(), name="snippet.md")
    return extraction


# --- an ad closed by its label ----------------------------------------------------------------------------------------

_CLOSED_AD = (
    "* * *\n\n![](https://ads.example.net/banner.jpg)\n\n**The Garden You Keep Sketching**\n\n"
    "Compare certified landscapers near you, check verified reviews, and get three quotes in two days.\n\n"
    '_"We had our quotes on Monday and hired a crew by Friday."_ — Sam, Denver CO\n\n'
    "[Get My Free Quotes](https://ads.example.net/click)\n\n"
    "Free design visit with every quote — limited slots this month.\n\n"
    "Sponsored · [Why am I seeing this ad?](https://ads.example.net/why)\n\n* * *\n\n"
)
_RESPONSIBILITIES = (
    "## Core Responsibilities\n\n### Strategic responsibilities\n\n"
    "  1. **Own the payroll strategy**  \n     – Decide which countries run in-house.\n\n"
)


def test_synthetic_an_ad_closed_by_its_label_takes_its_headline() -> None:
    extraction = _markdown(_CLOSED_AD + _RESPONSIBILITIES)
    (mission,) = [s for s in extraction.document["sections"] if s["id"] == "role_mission"]
    assert [sub["title"] for sub in mission["subsections"]] == ["Core mission", "Primary business outcomes expected"]
    dumped = "\n".join(all_strings(extraction.document))
    assert "The Garden You Keep" not in dumped and "landscapers" not in dumped
    items = extraction.document["fields"]["responsibilities"]["items"]
    assert [item["title"] for item in items] == ["Own the payroll strategy"]


def test_synthetic_a_label_opening_an_ad_still_spares_the_article_line_before_it() -> None:
    # The label opens the ad here: the article's item above it, with no signal, stays.
    ad = "Ad: Need forklift certification for your team? FleetSafe Training offers on-site courses. Book a session."
    incidents = ("Supplier failure: model the stock cover and propose allocation", "System outage: run manual release")
    text = (
        "# Test Role: Role Blueprint\n\n1) Role Summary\n\nThe analyst turns data into decisions.\n\n"
        "2) Role Mission\n\nGive planners trusted numbers.\n\n3) Core Responsibilities\n\nTrack supplier delivery.\n\n"
        "4) Day-to-Day Activities\n\nIncident, escalation, or emergency work:\n\n"
    ) + "\n\n".join((*incidents, ad))
    (extraction,) = extract(text.encode(), name="snippet.txt")
    strings = set(all_strings(extraction.document["fields"]))
    assert set(incidents) <= strings
    assert not any("FleetSafe" in s for s in strings)


# --- an author box ----------------------------------------------------------------------------------------------------


def test_synthetic_an_author_box_with_its_title_goes() -> None:
    box = "<h3>About Sam Ortiz</h3><p>Sam Ortiz is a payroll consultant who advised forty companies on their books.</p>"
    (extraction,) = extract(html_page(_SCORECARD + box), name="snippet.html")
    assert extraction.document["fields"]["scorecard"]["notes"] == []
    assert extraction.document["sections"][-1]["subsections"] == []  # its title goes with it
    assert "Sam Ortiz" not in "\n".join(all_strings(extraction.document))


def test_synthetic_a_bio_telling_of_a_person_goes_without_a_title() -> None:
    bio = "<p>Lorna writes role guides for finance teams. She spent eleven years in shared services.</p>"
    assert html_fields(_SCORECARD + bio)["scorecard"]["notes"] == []


def test_synthetic_the_link_to_an_author_s_posts_goes() -> None:
    for line in ("More from Lorna Vittadini →", "Read more articles by Dana Whit on our site, updated weekly for you."):
        assert html_fields(_SCORECARD + f"<p>{line}</p>")["scorecard"]["notes"] == []


def test_synthetic_notes_naming_a_source_or_the_article_s_words_stay() -> None:
    for note in (
        "Gartner has estimated that errors in the books cost firms dearly every year.",  # tells of no person
        "Keep the books right is the purpose every team shares.",
        "Expect more from the finance team.",
    ):
        assert html_fields(_SCORECARD + f"<p>{note}</p>")["scorecard"]["notes"] == [note]


def test_synthetic_an_author_box_in_markdown_goes_with_its_archive_link() -> None:
    table = "## Final Role Scorecard Summary\n\nCategory | Executive summary  \n---|---  \nRole title | Test Role  \n\n"
    box = (
        "**About Priya Nandakumar**\n\nPriya covers compensation and payroll for growing companies. "
        "[View all posts by Priya Nandakumar →](https://example.org/author/priya/)\n"
    )
    fields = _markdown(table + box).document["fields"]
    assert fields["scorecard"]["notes"] == []
    assert "Priya" not in _text(fields)


# --- the byline's dates -----------------------------------------------------------------------------------------------


def _dates(byline: str) -> tuple[str | None, str | None]:
    source = _markdown("", byline).document["source"]
    return source["date_published"], source["date_modified"]


def test_synthetic_a_byline_dates_the_last_edit() -> None:
    byline = "By [Ann Lee](https://example.org/author/ann/) · March 11, 2025 · Updated April 2, 2025 · 9 min read"
    assert _dates(byline) == ("2025-03-11", "2025-04-02")
    assert _dates("By Ann Lee | 11 March 2025 | Last updated: 2 April 2025") == ("2025-03-11", "2025-04-02")


def test_synthetic_a_wordpress_posted_on_byline_dates_the_last_edit() -> None:
    byline = "Posted on [November 28, 2026](https://example.org/2026/11/28/) by Meera Iyer · Updated December 1, 2026"
    assert _dates(byline) == ("2026-11-28", "2026-12-01")
    assert _dates("Posted on November 28, 2026 by Meera Iyer") == ("2026-11-28", None)


def test_synthetic_an_update_off_the_byline_s_line_dates_nothing() -> None:
    assert _dates("By Ann Lee | March 11, 2025 | 9 min read\n\nUpdated April 2, 2025") == ("2025-03-11", None)


# --- the page ---------------------------------------------------------------------------------------------------------


def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_page_keeps_no_author_box_or_ad_headline() -> None:
    document = _page()
    fields = document["fields"]
    assert fields["scorecard"]["notes"] == []
    assert len(fields["scorecard"]["rows"]) == 10
    (mission,) = [s for s in document["sections"] if s["id"] == "role_mission"]
    assert [sub["title"] for sub in mission["subsections"]] == [
        "Core mission",
        "Strategic importance to the company",
        "Primary business outcomes expected",
    ]
    (scorecard,) = [s for s in document["sections"] if s["id"] == "scorecard"]
    assert [block["kind"] for block in scorecard["blocks"]] == ["table"] and scorecard["subsections"] == []


def test_the_page_reads_both_byline_dates() -> None:
    source = _page()["source"]
    assert (source["date_published"], source["date_modified"]) == ("2025-03-11", "2025-04-02")


# The answer key's NOISE list, all in no field.
NOISE = (
    "Skip to content", "Design the Kitchen You Keep Pinning", "Get My Free Quotes",
    "Free 3D layout consultation with every quote", "Why am I seeing this ad?", "Is Your Roof Ready for Solar?",
    "Check My Savings", "Federal tax credit eligibility varies", "Lorna Vittadini", "24 min read", "Copy link",
    "[hide]", "Gareth Osei", "Would add a KPI for bank detail change fraud attempts blocked",
    "owns benefits administration and 401(k) remittances", "Your email address will not be published",
    "Save my name, email, and website in this browser", "Post Comment", "Get new blueprints every Tuesday",
    "Join 18,000+ HR and finance leaders", "Theme: Counterpoint by Northlane Studio", "© 2025 RoleAtlas Hub",
    "Back to top", "roleatlashub.com", "View all posts by", "writes role blueprints",
)  # fmt: skip


def test_the_page_keeps_no_noise_in_any_field_or_section() -> None:
    document = _page()
    text = "\n".join(all_strings(document["fields"]) + all_strings(document["sections"]))
    assert [noise for noise in NOISE if noise in text] == []
