"""A sponsorship-labelled ad of any length, and a related-pages toggle after the last section.

These are synthetic snippets modelled on unseen pages of the family (a Notion-exported markdown
page with a "> 📣 **Sponsored** — ..." callout of some forty words under the goals section, and a
"<details><summary>📎 Related pages</summary>" toggle of links after the final scorecard). The
negative cases guard what the seeds keep: long article prose that names a sponsor or a sponsorship,
a label without anything promotional after it, and words that begin like a label ("Ad-hoc").
"""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from pipeline.noise import _normal

HEAD = (
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Test Role leads a support team that resolves customer issues and keeps the queue healthy.\n\n"
    "## 2) Role Mission\n\nCore mission: resolve customer issues quickly and develop every agent on the team.\n\n"
    "## 6) Goals, Objectives, and Milestones\n\n"
    "### 30-day goals\n\n- Finish the help desk training.\n- Meet every agent one-to-one.\n\n"
    "### What high performance looks like\n\n"
    "- Anticipates volume spikes and re-plans coverage before SLAs break.\n"
    "- Coaches agents from evidence, not from impressions.\n\n"
)
TAIL = (
    "## 20) Final Role Scorecard Summary\n\n"
    "| Item | Summary |\n|---|---|\n| Role title | Test Role |\n| Main goals | Healthy queue and growing agents |\n\n"
)
HIGH_PERFORMANCE = [
    "Anticipates volume spikes and re-plans coverage before SLAs break.",
    "Coaches agents from evidence, not from impressions.",
]
LONG_AD = (
    "> 📣 **Sponsored** — **Slotwise for Support Teams:** forecast-driven shift swaps, break reminders and "
    'coverage heatmaps. *"We cut schedule admin from 6 hours to 40 minutes a week."* '
    "[Book a demo](https://slotwise.example/demo) · [See pricing](https://slotwise.example/pricing)\n\n"
)


def _fields(page: str, name: str = "x.md") -> dict:
    return extract(page.encode(), name=name)[0].document["fields"]


def _high_performance(fields: dict) -> tuple[list[str], list[str]]:
    goals = fields["goals"]
    return [i["text"] for i in goals["high_performance"]], goals["high_performance_intro"]
LABELLED_COPY = (
    "Slotwise for Support Teams gives forecast-driven shift swaps, break reminders and coverage heatmaps "
    "that cut schedule admin from six hours to forty minutes a week for every support lead."
)
RELATED_LINKS = (
    "<details>\n<summary>📎 Related pages</summary>\n\n"
    "- [Senior Agent Blueprint](Senior%20Agent%20Blueprint%20d2e3f4a5b6c7.md)\n"
    "- [Support Manager Blueprint](Support%20Manager%20Blueprint%20a1b2c3d4e5f6.md)\n\n</details>\n\n"
)


def test_a_long_sponsored_callout_goes_whatever_its_length() -> None:
    fields = _fields(HEAD + LONG_AD + TAIL)
    assert _high_performance(fields) == (HIGH_PERFORMANCE, [])
    assert "Slotwise" not in json.dumps(fields)


@pytest.mark.parametrize(
    "ad",
    [
        f"Sponsored: {LABELLED_COPY} Book a demo | See pricing",  # buttons without links (a text scrape)
        f"**Advertisement** — {LABELLED_COPY} [Start free trial →](https://slotwise.example/trial)",
        f"[Ad] {LABELLED_COPY} Plans from $29 per agent a month.",  # a bracketed label, a price
        f"📣 PARTNER CONTENT | {LABELLED_COPY} Try it free · Read the case study",
        "> 📣 **Sponsored** — **Slotwise:** shift swaps made easy. [Book a demo](https://slotwise.example/demo)",  # short
    ],
)
def test_a_sponsorship_label_and_a_promotion_make_a_block_an_ad_of_any_length(ad: str) -> None:
    assert _high_performance(_fields(HEAD + ad + "\n\n" + TAIL)) == (HIGH_PERFORMANCE, [])


@pytest.mark.parametrize(
    "prose",
    [
        # Sponsorship named in the prose, not as a label: the article's own words, however promotional.
        "Executive sponsorship is essential: without a director who backs the team's targets, the lead cannot "
        "protect coverage or coaching time when volume spikes, and agents read the silence as a signal that "
        "quality matters less. Learn more in the playbook.",
        "Sponsored by the Head of Support, the coaching program gives every lead two hours a week for one-to-ones "
        "and calibration, and the lead reports progress monthly to the sponsor of the program. See the playbook.",
        # A word that begins like a label.
        "Ad-hoc requests from Sales and Customer Success go through the escalation queue, where the lead triages "
        "them against the SLA, tags the requester and books a review with Tier 2 when the issue repeats. Book a review.",
        # A label with nothing promotional after it: no link, price or button.
        "Sponsored — the coaching program is funded by the Head of Support, who reviews its results every quarter "
        "with the leads and decides with them which agents join the next cohort and which skills it covers.",
    ],
)
def test_long_prose_naming_a_sponsor_stays(prose: str) -> None:
    assert _high_performance(_fields(HEAD + prose + "\n\n" + TAIL)) == (HIGH_PERFORMANCE, [prose])


@pytest.mark.parametrize(
    "related",
    [
        RELATED_LINKS,
        # The toggle's titles as plain text: the summary heads them, the related pages' label ends the article.
        "<details>\n<summary>Related pages</summary>\n\n- Senior Agent Blueprint\n- Support Manager Blueprint\n\n</details>\n\n",
        "### 🔗 Related pages\n\n- Senior Agent Blueprint\n- Support Manager Blueprint\n\n",
        "📎 Related links\n\n- Senior Agent Blueprint\n- Support Manager Blueprint\n\n",
    ],
)
def test_a_related_pages_list_after_the_last_section_goes(related: str) -> None:
    fields = _fields(HEAD + TAIL + related + "[**Duplicate this template**](https://www.notion.so/t) · [Get Notion free](https://www.notion.so/s)\n")
    assert fields["scorecard"]["notes"] == []
    assert "Related" not in json.dumps(fields) and "Senior Agent" not in json.dumps(fields)


def test_a_list_item_heading_its_own_items_after_the_table_stays() -> None:
    # Only a comment area's or related pages' label ends the article, not any list heading nested items.
    notes = "- Review cadence\n  - Refresh the scorecard every quarter.\n"
    fields = _fields(HEAD + TAIL + notes)
    assert "Refresh the scorecard every quarter." in json.dumps(fields)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("📎 Related pages", "related pages"),
        ("⚠️ Warning: keep personal handling low", "warning: keep personal handling low"),
        ("→  Read more", "read more"),
        ("≥ 90% positive", "≥ 90% positive"),  # a sign of the text's own, no icon
        ("© 2025 RoleGuide Library", "© 2025 roleguide library"),
        ("Related 📎 pages", "related 📎 pages"),
    ],
)
def test_normal_drops_a_leading_icon_only(text: str, normal: str) -> None:
    assert _normal(text) == normal
