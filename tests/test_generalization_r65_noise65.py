"""Round 65, noise65: the noise four unseen pages kept as the article's.

* Hashnode (devrel-manager-hashnode-graphql, read here from its body alone, as html and as markdown: the GraphQL
  answer is another fixer's): a "📣 Sponsor: This post is brought to you by ..." blockquote became the role mission's
  outcomes lead (a label opening a long block, its copy an offer and a promo code, no link); "Follow me on X @handle for
  more ..." and "Join 12,400+ developer advocates reading The ... Dispatch" stayed as scorecard notes.
* Roam (grants-manager-roam-markdown): an ad written as a "Sponsored" bullet's children, a comment header with its
  sort control ("3 Comments · Sort by: Top") and "Ad choices · Why am I seeing this?" stayed as scorecard notes.
* Confluence (identity-governance-analyst-confluence-rest): an internal promo panel after the final table ("Book a
  ... health check with the IAM CoE – 30-minute slots every Thursday. Register via ...") stayed as a scorecard note.
* PyMuPDF text (structural-engineer-pymupdf-text): a mid-page ad between "Advertisement" and its button ("Download the
  Anchor Design Guide"), its headline in capitals ("GRITLINE ANCHORS"), stayed as the soft skills' intro.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract

HASHNODE_HTML = "devrel-manager-hashnode-html-body.synthetic.json"
HASHNODE_MD = "devrel-manager-hashnode-markdown-body.synthetic.json"
ROAM = "grants-manager-roam-markdown.synthetic.md"
CONFLUENCE = "identity-governance-analyst-confluence-rest.synthetic.json"
PYMUPDF = "structural-engineer-pymupdf-text.synthetic.txt"


def _md_fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]


def _txt_fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


_PAGE = """# Platform Advocate: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Platform Advocate helps developers adopt the platform and brings their feedback to the product team.

## 2) Role Mission

**Primary business outcomes expected:**

1. More developer sign-ups from community programs
2. Faster time to the first successful API call

{mission_box}

## 3) Core Responsibilities

### Strategic responsibilities

1. **Own the advocacy roadmap**
   – Pick the developer segments and channels the programs serve.

## 20) Final Role Scorecard Summary

| Category | Executive summary |
| --- | --- |
| Role title | Platform Advocate |
| Role purpose | Grow developer adoption of the platform |

{closing}
"""


# --- synthetic: a sponsor's blockquote, a newsletter pitch and a follow call ------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "> 📣 **Sponsor:** This post is brought to you by **Metricline** — the dashboard that joins stars, forum "
        "activity and sign-ups into one attribution view. Stop guessing which meetup paid off. **Start your free "
        "trial → metricline.dev/advocates** (use code ADVOCATE25 for 25% off the Team plan).",
        "> **Sponsor:** This newsletter is supported by Forkwise, the community analytics tool that shows which "
        "talks, posts and workshops bring developers back, which channels they come from and what they build next "
        "— get 20% off your first year.",
    ],
)
def test_synthetic_a_sponsor_labelled_blockquote_is_no_outcomes_lead(box: str) -> None:
    mission = _md_fields(_PAGE.format(mission_box=box, closing=""))["role_mission"]
    assert mission["outcomes_lead"] is None
    assert len(mission["primary_business_outcomes"]) == 2
    assert not any("Sponsor" in s for s in all_strings(mission))


@pytest.mark.parametrize(
    "closing",
    [
        "💌 **Enjoyed this?** Join 9,800+ platform advocates reading **The Relay Letter** every Tuesday — one tactic, "
        "zero fluff. [Subscribe to The Relay Letter](https://relay.example/subscribe)",
        "*Follow me on Bluesky [@ana.codes](https://bsky.example/ana) for more advocacy field notes.*",
        "Follow me on X @ana_codes for more notes from the field.",
    ],
)
def test_synthetic_a_blogs_sign_off_is_no_scorecard_note(closing: str) -> None:
    scorecard = _md_fields(_PAGE.format(mission_box="", closing=closing))["scorecard"]
    assert scorecard["notes"] == []
    assert scorecard["role_title"] == "Platform Advocate"


def test_synthetic_an_article_line_on_following_up_stays() -> None:
    # "Follow up ..." is the article's advice, not a follow call.
    closing = "Follow up with each speaker for more feedback on the programme after every event."
    notes = _md_fields(_PAGE.format(mission_box="", closing=closing))["scorecard"]["notes"]
    assert notes == [closing]


# --- synthetic: an outliner's ad under its label, a comment header with its sort control ------------------------------

_OUTLINE_TAIL = """Sponsored

- **Fundline Pro — every funder deadline on one calendar**
- Smart calendars and funder matching for teams of every size.
- Start your free 14-day trial
- Ad choices · Why am I seeing this?

7 Comments · Sort by: Newest

- Dana K. — Exactly what we needed for our rewrite, thanks!
- Load more comments
"""


def test_synthetic_an_ad_under_its_label_and_a_sorted_comment_thread_go() -> None:
    fields = _md_fields(_PAGE.format(mission_box="", closing=_OUTLINE_TAIL))
    strings = all_strings(fields)
    for noise in ("Fundline", "Smart calendars", "Start your free", "Ad choices", "7 Comments", "Dana K.", "Load more"):
        assert not any(noise in s for s in strings), noise
    assert fields["scorecard"]["notes"] == []


def test_synthetic_a_list_under_a_removed_label_that_promotes_nothing_stays() -> None:
    # The label alone says nothing of the list under it: only an item that promotes makes the list an ad.
    closing = "Sponsored\n\n- Community champions programme\n- Quarterly advocate summit\n"
    notes = _md_fields(_PAGE.format(mission_box="", closing=closing))["scorecard"]["notes"]
    assert "Community champions programme" in notes


# --- synthetic: a call-out box's pitch after the final table ----------------------------------------------------------


def test_synthetic_a_booking_pitch_after_the_last_table_goes() -> None:
    closing = (
        "### Book an API design review with the Platform Guild\n\n"
        "Book an API design review with the Platform Guild – 45-minute slots every Tuesday. "
        "Register via the guild page."
    )
    fields = _md_fields(_PAGE.format(mission_box="", closing=closing))
    assert not any("Platform Guild" in s for s in all_strings(fields))
    assert fields["scorecard"]["notes"] == []


# --- synthetic: an ad's capitals headline between its label and its button (a PDF's text) -----------------------------

_TEXT_PAGE = """Site Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
1) Role Summary
The Site Engineer runs daily works on site and keeps the build to drawings, budget and programme.
The role checks heavy-duty fixings, their approvals, cracked masonry and torqlok-style anchor fixings.
9) Soft Skills and Behavioral Capabilities

Clear communication
– Why it matters: crews build what they understand.
– How it shows up: briefs the gangs each morning.
Advertisement
TORQLOK FIXINGS
Heavy-duty fixings with approvals for cracked masonry.
Download the Fixing Selection Guide
Sponsored · torqlok.example
10) Tools, Platforms, and Software
Category
Tool
Primary use
Prevalence
Surveying
Leica total station
Setting out
Common
"""


def test_synthetic_an_ads_capitals_headline_goes_with_its_label_and_button() -> None:
    # The ad's words are the article's (an ad takes the site's subject): its label, button and the product they name
    # tell it, the headline naming it in capitals.
    fields = _txt_fields(_TEXT_PAGE)
    strings = all_strings(fields)
    assert not any("TORQLOK" in s or "Heavy-duty fixings" in s or "Fixing Selection" in s for s in strings)
    assert fields["soft_skills"]["intro"] == []
    assert [s["name"] for s in fields["soft_skills"]["skills"]] == ["Clear communication"]


# --- the unseen pages -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [HASHNODE_HTML, HASHNODE_MD])
def test_unseen_hashnode_bodys_sponsor_and_sign_off_are_gone(page: str) -> None:
    fields = unseen_document(page)["fields"]
    strings = all_strings(fields)
    for noise in ("PulseLoop", "HASHNODE30", "@maya_builds", "Follow me on X", "The DevRel Dispatch", "12,400+"):
        assert not any(noise in s for s in strings), noise
    assert fields["role_mission"]["outcomes_lead"] is None
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 4
    assert fields["scorecard"]["notes"] == []
    assert len(fields["scorecard"]["top_responsibilities"]) == 10


def test_unseen_roam_pages_ad_and_comments_are_gone() -> None:
    strings = all_strings(unseen_document(ROAM)["fields"])
    for noise in (
        "GrantBridge Pro",
        "Smart deadline calendars",
        "Start your free 14-day trial",
        "Ad choices",
        "Why am I seeing this?",
        "3 Comments",
        "Priya N.",
        "Load more comments",
    ):
        assert not any(noise in s for s in strings), noise


def test_unseen_confluence_promo_panel_is_gone() -> None:
    scorecard = unseen_document(CONFLUENCE)["fields"]["scorecard"]
    assert scorecard["notes"] == []
    assert not any("health check" in s for s in all_strings(unseen_document(CONFLUENCE)["fields"]))
    assert scorecard["role_title"] == "Identity Governance Analyst"
    assert len(scorecard["top_responsibilities"]) == 10


def test_unseen_pymupdf_mid_page_ad_is_gone() -> None:
    soft = unseen_document(PYMUPDF)["fields"]["soft_skills"]
    assert soft["intro"] == []
    assert len(soft["skills"]) == 7
    strings = all_strings(unseen_document(PYMUPDF)["fields"])
    assert not any("GRITLINE" in s or "Post-installed anchors" in s for s in strings)
