"""Round 56, noise56: an Elementor post as WordPress's REST API returns it (cloud-engineer-rest-elementor).

- The posts widget's title "Related roles" after the final scorecard table stayed, its cards gone as link-dense
  teasers: an empty subsection of the scorecard. A related-posts widget's title with nothing of the article under
  it, after the article's content, is chrome.
- The soft skills' intro closed on the Toggle widget's hint "Click each capability to expand.": the page's
  mechanics. The hint sentence goes, the intro stays.
- Round 55's text case: in .txt and .md a line "- Advertisement -" lent its closing " -" as the next item's
  bullet (compact style), leaving a bare "Advertisement" item and making the next line an item.

The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import AD_LABEL_TEXT_PAGE, all_strings, html_fields, unseen_document

from pipeline import extract

PAGE = "cloud-engineer-rest-elementor.synthetic.json"
_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Category</th><th>Summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Top KPIs</td><td>Lead time, change failure rate</td></tr>"
    "</table>"
)


def _cards(n: int = 3) -> str:
    """A posts widget's teaser cards: a linked title, a date and a linked "Read More »" each."""
    return "".join(
        f'<article><h3><a href="https://site.example/role-{i}/">Role {i}: Role Blueprint, Skills, KPIs</a></h3>'
        f'<div><span>October 2{i}, 2025</span></div><a href="https://site.example/role-{i}/">Read More »</a></article>'
        for i in range(n)
    )


def _sections(body: str) -> list[dict]:
    (extraction,) = extract(_page(body).encode(), name="snippet.html")
    return extraction.document["sections"]


def _page(body: str) -> str:
    return (
        "<html><body><h1>Test Role: Role Blueprint</h1><h2>1) Role Summary</h2><p>The Test Role builds things.</p>"
        "<h2>2) Role Mission</h2><p>Core mission: keep the platform reliable.</p>"
        f"<h2>3) Core Responsibilities</h2><ul><li>Own the platform</li><li>Run on-call</li></ul>{body}"
        "</body></html>"
    )


# --- a related-posts widget's title after the article's content ------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Related roles", "Related Role Blueprints", "You may also like", "More from Role Blueprints", "Read next"]
)
def test_synthetic_related_widget_title_after_the_scorecard_goes_with_its_cards(title: str) -> None:
    sections = _sections(f"{_SCORECARD}<h2>{title}</h2>{_cards()}")
    scorecard = sections[-1]
    assert scorecard["id"] == "scorecard"
    assert scorecard.get("subsections", []) == []
    assert [t for t in all_strings(sections) if title in t or "Read More" in t] == []


def test_synthetic_heading_with_article_text_under_it_stays() -> None:
    # A heading over the article's own text is no widget's title, whatever its words.
    sections = _sections(f"{_SCORECARD}<h3>More context</h3><p>Scorecards are reviewed with the hiring manager yearly"
                         " and kept with the blueprint.</p>")
    assert "More context" in all_strings(sections)


# --- a collapsible widget's hint closing a paragraph ------------------------------------------------------------

_INTRO = "These behaviours separate good from great."
_SKILLS = (
    "<h4>Scientific integrity</h4><dl><dt>Why it matters</dt><dd>Pressure is constant.</dd><dt>How it shows up</dt>"
    "<dd>Documents every deviation.</dd></dl><h4>Learning orientation</h4><dl><dt>Why it matters</dt>"
    "<dd>Methods evolve.</dd></dl><h2>10) Tools, Platforms, and Software</h2><ul><li>Terraform</li></ul>"
)


def _soft_skills(intro: str) -> dict:
    return html_fields(f"<h2>9) Soft Skills and Behavioral Capabilities</h2><p>{intro}</p>{_SKILLS}")["soft_skills"]


@pytest.mark.parametrize(
    "hint", ["Click each capability to expand.", "Tap to expand.", "Click to expand/collapse.", "Expand all",
             "(Click on any skill to expand.)", "Click here to expand."]
)  # fmt: skip
def test_synthetic_ui_hint_sentence_goes_and_the_intro_stays(hint: str) -> None:
    soft = _soft_skills(f"{_INTRO} {hint}")
    assert soft["intro"] == [_INTRO]
    assert [s["name"] for s in soft["skills"]] == ["Scientific integrity", "Learning orientation"]


@pytest.mark.parametrize(
    "sentence",
    ["Costs expand.", "Scope tends to expand.", "Plans collapse when owners leave and nobody can expand.",
     "Click to expand the escalation matrix below, then review it."],
)  # fmt: skip
def test_synthetic_article_sentence_ending_in_expand_stays(sentence: str) -> None:
    assert _soft_skills(f"{_INTRO} {sentence}")["intro"] == [f"{_INTRO} {sentence}"]


# --- round 55's text case: "- Advertisement -" in .txt and .md ---------------------------------------------------

_TEXT = AD_LABEL_TEXT_PAGE


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
@pytest.mark.parametrize("label", ["- Advertisement -", "- Sponsored -", "- ADVERTISEMENT -"])
def test_synthetic_dashed_label_line_in_text_is_no_item(name: str, label: str) -> None:
    (extraction,) = extract(_TEXT.format(label=label).encode(), name=name)
    fields = extraction.document["fields"]
    assert fields["role_mission"]["primary_business_outcomes"] == [
        "Pipelines are fresh every morning.", "Finance trusts the revenue mart."
    ]  # fmt: skip
    skills = fields["technical_skills"]["skills"]
    assert [(s["name"], s["tier"]) for s in skills] == [
        ("Advanced SQL", "must_have"), ("Python for data engineering", "must_have"), ("dbt", "emerging")
    ]  # fmt: skip
    assert [t for t in all_strings(fields) if "dvertisement" in t.lower() or "Sponsored" in t] == []


def test_synthetic_compact_item_ending_in_a_glued_bullet_still_splits() -> None:
    # Compact style: "- Advanced SQL -" glues the next item's bullet; a line that is no ad label still lends it.
    text = _TEXT.replace("- Advanced SQL\n- Python", "- Advanced SQL -\nPython").format(label="")
    (extraction,) = extract(text.encode(), name="page.txt")
    skills = extraction.document["fields"]["technical_skills"]["skills"]
    assert [s["name"] for s in skills] == ["Advanced SQL", "Python for data engineering", "dbt"]


# --- the page -------------------------------------------------------------------------------------------------


def test_page_scorecard_holds_no_related_roles_heading() -> None:
    sections = unseen_document(PAGE)["sections"]
    assert [s["number"] for s in sections] == list(range(1, 21))
    assert sections[-1]["id"] == "scorecard"
    assert sections[-1].get("subsections", []) == []
    assert [t for t in all_strings(sections) if "Related roles" in t] == []


def test_page_soft_skills_intro_without_the_toggle_hint() -> None:
    soft = unseen_document(PAGE)["fields"]["soft_skills"]
    assert soft["intro"] == [
        "Technical depth gets a Cloud Engineer (AWS) hired; these behaviors decide whether the platform is trusted."
    ]
    assert len(soft["skills"]) == 7


def test_page_holds_none_of_the_keys_noise() -> None:
    document = unseen_document(PAGE)
    texts = all_strings([document["fields"], document["sections"], document["role"]])
    noise = ["Sponsored", "adsbygoogle", "Nimbus Ledger", "Table of Contents", "Blueprint Brief", "Related roles",
             "Read More", "Leave a Reply", "Priya Raman", "Continue reading", "Click each", "to expand"]  # fmt: skip
    assert [(n, t) for n in noise for t in texts if n in t] == []
