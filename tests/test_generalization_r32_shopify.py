"""A Shopify (Dawn theme) blog article, from a thirty-second round of unseen pages, and a Google Docs page's sidebar.

The article's sponsored box lost its label line but kept its copy ("... Start your free 14-day trial") as an
escalation point; the store's closing pitch ("Our wholesale team ... — email wholesale@...") was a scorecard note;
an exercise's "(60 minutes live)" stayed one duration; a skill's "(Amazon, TikTok Shop, Walmart)" and "HTML/Liquid"
named only the gazetteer's tools. A Google Docs copy of another page kept its sidebar's "Related Role Blueprints"
label, its teaser titles removed under it. The snippets are synthetic, modelled on the pages; the Shopify page is
frozen as tests/unseen/ecommerce-operations-manager-shopify.synthetic.html with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.parsers.hiring import parse_exercise_title

UNSEEN = Path(__file__).resolve().parent / "unseen"

_ESCALATION = (
    "<h2>3) Stakeholders and Collaboration</h2><h3>Escalation points</h3>"
    "<ul><li>Label costs rising above the shipping budget</li><li>Returns backlog older than three days</li></ul>"
)


def test_synthetic_a_sponsor_box_goes_with_its_free_trial_copy() -> None:
    fields = html_fields(
        _ESCALATION
        + '<div style="border: 1px solid #ddd; padding: 16px;">'
        "<p><strong>Sponsored</strong> &middot; This series is supported by <strong>Boxwell</strong>, "
        "the shipping app for Shopify stores.</p>"
        "<p>Cut label costs and clear the returns backlog. <a href='https://x.example'>Start your free 30-day trial</a></p>"
        "</div><h2>4) Decision Rights</h2><ul><li>Approves carrier rules.</li></ul>"
    )
    points = [point["text"] for point in fields["stakeholders"]["escalation_points"]]
    assert points == ["Label costs rising above the shipping budget", "Returns backlog older than three days"]
    assert not any("trial" in text or "Boxwell" in text for text in all_strings(fields))


def test_synthetic_the_stores_pitch_after_the_scorecard_is_no_note() -> None:
    fields = html_fields(
        "<h2>3) Final Role Scorecard Summary</h2>"
        "<table><tr><th>Category</th><th>Executive summary</th></tr>"
        "<tr><td>Role title</td><td>Test Role</td></tr></table>"
        "<p>Review the scorecard yearly with the hiring manager.</p>"
        "<p>Opening a candle shop of your own? Our studio team is happy to share our packing checklist "
        "— email studio@wickandpine.example.</p>"
    )
    assert fields["scorecard"]["notes"] == ["Review the scorecard yearly with the hiring manager."]


def test_synthetic_a_teaser_boxs_label_goes_with_its_titles() -> None:
    page = (
        "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
        "2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
        "3) Final Role Scorecard Summary\n\nCategory\tExecutive summary\nRole title\tTest Role\n"
        "Role purpose\tKeep the work reliable\n\n"
        "Related Role Blueprints\n"
        "Fraud Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
        "Model Risk Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    )
    (extraction,) = extract(page.encode("utf-8"), name="snippet.txt")
    fields = extraction.document["fields"]
    assert not any("Related" in text or "Fraud Analyst" in text for text in all_strings(fields))


def test_synthetic_a_format_beside_an_exercises_duration_is_its_note() -> None:
    assert parse_exercise_title("Exercise B: Peak plan (60 minutes live)") == (
        "Exercise B",
        "Peak plan",
        "60 minutes",
        "live",
    )
    assert parse_exercise_title("Case (onsite 2 hours)")[2:] == ("2 hours", "onsite")
    # Other words qualify the time, and two times are alternatives: kept whole.
    assert parse_exercise_title("Pitch (10 minutes plus questions)")[2:] == ("10 minutes plus questions", None)
    assert parse_exercise_title("Case (2–3 hours take-home or 60 minute live)")[2:] == (
        "2–3 hours take-home or 60 minute live",
        None,
    )


def test_synthetic_products_listed_beside_a_tool_are_tools() -> None:
    fields = html_fields(
        "<h2>3) Required Technical Skills</h2><h3>Good-to-have technical skills</h3><ul>"
        "<li>Marketplace operations (Amazon, TikTok Shop, Walmart) (Optional)</li>"
        "<li>Basic HTML/Liquid and theme awareness (Optional)</li>"
        "<li>Market risk measurement (VaR, stress testing, Greeks) (Important)</li>"
        "<li>Scripting for automation (Python, APIs) (Important)</li></ul>"
        "<h2>4) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool</th><th>Prevalence</th></tr>"
        "<tr><td>Marketplaces</td><td>Amazon Seller Central / TikTok Shop</td><td>Common</td></tr></table>"
    )
    tools = [skill["tools"] for skill in fields["technical_skills"]["skills"]]
    assert tools == [["TikTok Shop", "Amazon", "Walmart"], ["HTML", "Liquid"], [], ["Python"]]


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name)
    return extraction.document


def test_the_shopify_page_keeps_the_article_and_drops_the_stores_noise() -> None:
    fields = _page("ecommerce-operations-manager-shopify.synthetic.html")["fields"]
    assert len(fields["stakeholders"]["escalation_points"]) == 4
    assert fields["scorecard"]["notes"] == []
    assert len(fields["scorecard"]["rows"]) == 10
    assert len(fields["kpis"]["rows"]) == 16
    assert len(fields["tools"]["rows"]) == 22
    assert len(fields["technical_skills"]["skills"]) == 19
    exercises = [(e["label"], e["duration"], e["format_note"]) for e in fields["hiring"]["exercises"]]
    assert exercises == [
        ("Exercise A", "2 hours", "take-home"),
        ("Exercise B", "60 minutes", "live"),
        ("Exercise C", "30 minutes", None),
    ]
    by_name = {skill["name"]: skill["tools"] for skill in fields["technical_skills"]["skills"]}
    assert by_name["Marketplace operations (Amazon, TikTok Shop, Walmart)"] == ["TikTok Shop", "Amazon", "Walmart"]
    assert by_name["Basic HTML/Liquid and theme awareness"] == ["HTML", "Liquid"]
    text = "\n".join(all_strings(fields))
    for noise in (
        "Parcelwise", "Start your free 14-day trial", "Cut refund time", "Sponsored", "wholesale@",
        "Your cart is empty", "Continue shopping", "Free shipping on orders over", "You may also like",
        "Regular price", "Add to cart", "Sold out", "Back to blog", "Comments have to be approved",
        "Subscribe to our emails", "Powered by Shopify", "STEEP20", "Link copied to clipboard",
    ):
        assert noise not in text, noise
