"""A blueprint saved by archive.today (archive.ph), from a twenty-eighth round of unseen pages.

The archive strips every class and id, inlines the styles, sets its own header box on top ("Saved from
[original URL]", "archived 14 Mar 2026 09:12:33 UTC") and writes its own head: og:url names the snapshot and
article:modified_time is the capture's time. The site's ads are boxes of divs (headline, copy, quote, button,
fine print); one headline names its advertiser as "Name: Tagline", which reads as a "Label: value" line. The
snippets are synthetic, modelled on the page (a dietary services manager's blueprint), which is frozen below
as tests/unseen/*.synthetic.html with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = UNSEEN / "dietary-services-manager-archive-ph.synthetic.html"

_SKILLS = "".join(
    f"<li><strong>{name}</strong><br>&#8211; Why it matters: {why}<br>&#8211; How it shows up: {how}</li>"
    for name, why, how in [
        (
            "Calm command",
            "walk-in coolers and fryers fail on busy nights.",
            "re-assigns cooks and keeps ranges running.",
        ),
        (
            "Cost discipline",
            "rental plans for coolers and fryers add up.",
            "reviews every equipment deposit and month.",
        ),
        ("Service focus", "guests judge the kitchen by its plates.", "rounds on tables and fixes complaints."),
    ]
)


def _ad(headline: str) -> str:
    """An ad box as the site sets it: a div of divs, no class to name it."""
    return (
        f'<div style="border-radius:14px;text-align:center;"><div style="font-weight:800;">{headline}</div>'
        "<div>Walk-in coolers, fryers and ranges from $149/month with no deposit for the first 6 months.</div>"
        "<div>“Grow your menu without growing your debt.”</div>"
        '<a href="https://ads.example/?utm_medium=banner">Request a Rental Quote</a>'
        "<div>Decision in one business day for qualified buyers.</div></div>"
    )


def _soft_skills(ad: str) -> dict[str, Any]:
    body = (
        "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
        "<p>Most failures in this role come from leading people under pressure, not from recipes.</p>"
        f"<ol>{_SKILLS}</ol>{ad}"
        "<h2>10) Tools, Platforms, and Software</h2><ul><li>CBORD for menus and diet orders</li></ul>"
    )
    return html_fields(body, role="Kitchen Manager")["soft_skills"]


def test_an_ad_whose_headline_names_its_advertiser_goes_whole() -> None:
    soft = _soft_skills(_ad("Brightway Finance: Restaurant Equipment Rental Plans"))
    assert soft["intro"] == ["Most failures in this role come from leading people under pressure, not from recipes."]
    assert [skill["name"] for skill in soft["skills"]] == ["Calm command", "Cost discipline", "Service focus"]
    strings = "\n".join(all_strings(soft))
    for line in ("Brightway", "Walk-in coolers, fryers and ranges from", "Request a Rental Quote", "Decision in one"):
        assert line not in strings


def test_an_article_field_line_listing_title_case_items_is_still_cut_from_the_ad_after_it() -> None:
    # A field's value lists its items: "Next roles: Director of Operations; Regional Manager" stays a field line.
    body = (
        "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
        f"<ol>{_SKILLS}</ol>"
        "<p>Next Roles: Director of Kitchen Operations; Regional Kitchen Manager</p>"
        + _ad("Rent Commercial Kitchen Equipment by the Month")
        + "<h2>10) Tools, Platforms, and Software</h2><ul><li>CBORD for menus and diet orders</li></ul>"
    )
    strings = "\n".join(all_strings(html_fields(body, role="Kitchen Manager")["soft_skills"]))
    assert "Director of Kitchen Operations; Regional Kitchen Manager" in strings
    assert "Rent Commercial" not in strings and "Request a Rental Quote" not in strings


_SNAPSHOT = """<html><head>
<meta property="og:url" content="https://archive.is/Ab3xZ"><meta property="og:site_name" content="archive.is">
<meta property="article:modified_time" content="2026-02-20T10:00:00Z">
<title>Pastry Chef: Role Blueprint</title></head><body>
<div><table><tr><td><a href="https://archive.is/">archive.today</a></td><td>Saved from</td>
<td><input type="text" name="q" value="https://careers.example.org/roles/pastry-chef-blueprint/"></td></tr>
<tr><td>no other snapshots from this url</td><td>archived 20 Feb 2026 10:00:00 UTC</td></tr></table></div>
<div><h1>Pastry Chef: Role Blueprint</h1>{byline}<p>The Pastry Chef runs the pastry section.</p></div>
</body></html>"""


def test_a_snapshots_url_is_the_page_it_was_saved_from() -> None:
    meta = html_to_pieces(_SNAPSHOT.format(byline="")).meta
    assert meta.url == "https://careers.example.org/roles/pastry-chef-blueprint/"
    assert meta.slug == "pastry-chef-blueprint"
    # The head's date is the capture's: no date of the page's own.
    assert (meta.date_published, meta.date_modified) == (None, None)


def test_a_snapshots_dates_are_its_bylines() -> None:
    byline = "<div>By <a href='#'>Ana Ruiz</a> <span>· 4 Feb 2026</span> <span>· Last updated: 11 Feb 2026</span></div>"
    meta = html_to_pieces(_SNAPSHOT.format(byline=byline)).meta
    assert (meta.date_published, meta.date_modified) == ("2026-02-04", "2026-02-11")


def test_a_page_that_is_no_snapshot_keeps_its_heads_url_and_dates() -> None:
    page = _SNAPSHOT.format(byline="<div>By Ana Ruiz · 4 Feb 2026</div>").replace(
        "https://archive.is/Ab3xZ", "https://www.example.com/archive.is-review/"
    )
    meta = html_to_pieces(page).meta
    assert meta.url == "https://www.example.com/archive.is-review/"
    assert (meta.date_published, meta.date_modified) == (None, "2026-02-20T10:00:00Z")


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract(PAGE.read_bytes(), name=PAGE.name)
    assert extraction.document is not None
    return extraction.document


def test_the_page_is_the_original_post_dated_by_its_byline(page: dict[str, Any]) -> None:
    source = page["source"]
    assert source["url"] == "https://www.roleatlascareers.com/blueprints/dietary-services-manager-role-blueprint/"
    assert source["slug"] == "dietary-services-manager-role-blueprint"
    assert (source["date_published"], source["date_modified"]) == ("2026-03-02", "2026-03-09")


def test_the_pages_leasing_ad_is_gone_from_the_soft_skills(page: dict[str, Any]) -> None:
    soft = page["fields"]["soft_skills"]
    assert len(soft["intro"]) == 1 and soft["intro"][0].startswith("Most failures in this role are not about recipes")
    assert len(soft["skills"]) == 8


def test_the_pages_noise_is_in_no_field(page: dict[str, Any]) -> None:
    strings = "\n".join(all_strings(page["fields"]))
    for noise in (
        "archived 14 Mar 2026",
        "Saved from",
        "All snapshots from host",
        "Compare Accredited Dental Clinics",
        "FreshLine Capital",
        "Combi ovens, blast chillers and dish machines from",
        "Get a Leasing Quote",
        "Book Eye Care Consultations",
    ):
        assert noise not in strings
