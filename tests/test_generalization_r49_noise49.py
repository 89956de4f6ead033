"""Round 49, noise: an ad's copy under its linked banner image, on a crawler's markdown page.

ai-product-manager-crawler-md (Firecrawl-style markdown of a WordPress page) places an ad between soft skill 7 and
the next section: a banner image linked to the ad's click URL, then "**LumaFit Smart Treadmills** – Train at home
with live coaching. [Shop the Spring Sale](...)". The banner line leaves no text; the copy line, with no price and
a link a quarter of its text, read as the soft skills' intro. A line right under a linked banner that closes on a
promotional link is the ad's. The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the
snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
AI_PM = "ai-product-manager-crawler-md.synthetic.md"

_PAGE = (
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Test Role keeps the warehouse running for every team that depends on it.\n\n"
    "## 9) Soft Skills and Behavioral Capabilities\n\n"
    "1. **Calm under pressure**\n– Why it matters: outages happen.\n"
    "2. **Clear writing**\n– Why it matters: decisions are written down.\n\n"
    "{between}\n\n"
    "## 10) Tools, Platforms, and Software\n\n"
    "| Category | Tool | Primary use | Common / Optional / Context-specific |\n| --- | --- | --- | --- |\n"
    "| Ticketing | Jira | Tracks work | Common |\n"
)
_BANNER = "[![Brightline Kayaks – 20% off touring kayaks]({src})]({target})"
_AD_TARGET = "https://ads.example.com/click?cid=brightline"


def _document(between: str) -> dict[str, Any]:
    (extraction,) = extract(_PAGE.format(between=between).encode(), name="snippet.md")
    return extraction.document


def _soft_skills(document: dict[str, Any]) -> dict[str, Any]:
    return document["fields"]["soft_skills"]


# --- synthetic: the ad's copy under its banner goes; the article's lines under its figures stay ----------


def test_synthetic_copy_closing_on_a_button_under_a_linked_banner_is_the_ads() -> None:
    banner = _BANNER.format(src="https://example.com/uploads/kayak-728x90.gif", target=_AD_TARGET)
    copy = (
        "**Brightline Kayaks** – Paddle further this summer. [Shop the Kayak Sale](https://ads.example.com/click?cta=1)"
    )
    document = _document(f"{banner}\n\n{copy}")
    soft = _soft_skills(document)
    assert soft["intro"] == []
    assert [skill["name"] for skill in soft["skills"]] == ["Calm under pressure", "Clear writing"]
    strings = all_strings(document["fields"]) + all_strings(document["sections"])
    assert not any("Brightline" in text or "Kayak Sale" in text for text in strings)


def test_synthetic_banner_with_a_link_title_and_copy_on_the_next_line() -> None:
    banner = f'[![Ad](https://example.com/uploads/desk.jpg)]({_AD_TARGET} "Desk Sale")'
    copy = "Standing desks with memory presets. [Get a Standing Desk Quote](https://ads.example.com/click?cta=2)"
    document = _document(f"{banner}\n{copy}")
    assert _soft_skills(document)["intro"] == []
    assert not any("Standing desks" in text for text in all_strings(document["fields"]))


def test_synthetic_line_under_a_figure_linking_to_its_full_size_image_stays() -> None:
    # A thumbnail linking to its own full-size image is the article's figure, whatever link closes the line under it.
    figure = _BANNER.format(
        src="https://example.com/uploads/tiers-300.png", target="https://example.com/uploads/tiers.png"
    )
    line = "The tiers build on each other over the first year. [See the full chart](https://example.com/tiers/)"
    document = _document(f"{figure}\n\n{line}")
    assert any("The tiers build on each other" in text for text in all_strings(document["sections"]))


def test_synthetic_line_under_a_banner_closing_on_no_button_stays() -> None:
    # The article's own link closing the line ("Jira") promotes nothing: the line is not the ad's copy.
    banner = _BANNER.format(src="https://example.com/uploads/kayak-728x90.gif", target=_AD_TARGET)
    line = "Both skills show most in the team's tickets, written in [Jira](https://www.atlassian.com/software/jira)"
    document = _document(f"{banner}\n\n{line}")
    assert any("Both skills show most" in text for text in all_strings(document["sections"]))


def test_synthetic_long_paragraph_under_a_banner_stays() -> None:
    # An ad's copy is a few sentences: a paragraph past that is the article's, whatever its last link says.
    banner = _BANNER.format(src="https://example.com/uploads/kayak-728x90.gif", target=_AD_TARGET)
    line = (
        "Both skills grow with practice: the team reviews its incidents every month, writes down what it "
        "learned, and shares the notes with the other squads so that the same mistakes are not made twice "
        "in the next quarter. [Learn more](https://example.com/reviews/)"
    )
    document = _document(f"{banner}\n\n{line}")
    assert any("Both skills grow with practice" in text for text in all_strings(document["sections"]))


# --- the page --------------------------------------------------------------------------------------------


def test_ai_pm_lumafit_ad_after_soft_skill_7_is_gone() -> None:
    (extraction,) = extract((UNSEEN / AI_PM).read_bytes(), name=AI_PM)
    document = extraction.document
    soft = _soft_skills(document)
    assert soft["intro"] == []
    assert len(soft["skills"]) == 7
    assert soft["skills"][-1]["name"] == "Resilience and composure"
    strings = all_strings(document["fields"]) + all_strings(document["sections"]) + all_strings(document["role"])
    for noise in ("LumaFit", "Shop the Spring Sale", "Northwind Dental", "Oakridge Cabinetry", "Harborline"):
        assert not any(noise in text for text in strings), noise
    # The article's own links and bold lines stay: the Jira cell, the skills' bold names.
    rows = document["fields"]["tools"]["rows"]
    assert len(rows) == 14
    assert rows[0]["tool_text"] == "Jira"
    assert [skill["name"] for skill in soft["skills"]][:2] == ["Judgment under uncertainty", "Customer empathy"]
