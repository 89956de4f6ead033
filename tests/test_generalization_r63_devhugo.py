"""Round 63, devhugo63: a DEV Community (Forem) article saved as HTML (data-annotation-lead-devto) and a Hugo markdown
source with a docs theme's shortcodes (wind-turbine-technician-hugo-shortcodes).

* Forem prints an embedded post as a liquid-tag card in the article body ("ltag__link": the other post's title as an
  <h2>, its author and date, its tags): the <h2> stood as a 21st section. Such a card (and a user's or tag's card,
  a feed's "crayons-story") is another page's preview, chrome as a bookmark card is.
* Forem's code block has a <clipboard-copy> button ("Copy code"), which stood as a KPI note: a button, chrome.
* A Hugo '{{% details title="Bottlenecks" %}}' box holds a sub-list whose heading is only its title: blanked with
  the tag, every risk sub-list fell into challenges. A titled disclosure, tab or callout shortcode's title heads
  what it encloses, as an HTML <summary> does.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline import extract
from pipeline.markdown_html import shortcode_title

DEVTO = "data-annotation-lead-devto.synthetic.html"
HUGO = "wind-turbine-technician-hugo-shortcodes.synthetic.md"

# --- synthetic: Forem's cards and code block --------------------------------------------------------------------------

_EMBED_CARD = (
    '<div class="ltag__link"><a href="https://dev.to/x/other-post" class="ltag__link__link">'
    '<div class="ltag__link__content"><h2>Why review queues stall</h2><h3>Sam Lee ・ Jan 9</h3>'
    '<div class="ltag__link__taglist"><span class="ltag__link__tag">#ops</span></div></div></a></div>'
)
_USER_CARD = (
    '<div class="ltag__user ltag__user__id__42"><div class="ltag__user__content"><h2>'
    '<a class="ltag__user__link" href="/sam">Sam Lee</a></h2><div class="ltag__user__summary">Writes about ops.'
    "</div></div></div>"
)
_RISKS = (
    "<h2>16) Risks, Challenges, and Failure Modes</h2><h3>Common role challenges</h3>"
    "<ul><li>Unclear guidelines slow every reviewer.</li><li>Vendor churn resets quality.</li></ul>"
)
_KPIS = (
    "<h2>7) KPIs and Productivity Metrics</h2><table><tr><th>KPI</th><th>Target</th><th>Frequency</th></tr>"
    "<tr><td>Label accuracy</td><td>&ge; 98%</td><td>Weekly</td></tr>"
    "<tr><td>Rework rate</td><td>&le; 3%</td><td>Monthly</td></tr></table>"
    "<p><strong>Notes:</strong> Report accuracy per label class, not just overall.</p>"
    '<div class="highlight js-code-highlight"><pre class="highlight python"><code>accuracy = correct / total\n'
    '</code></pre><clipboard-copy for="code-snippet" class="highlight__copy"><span class="copy-text">Copy code'
    "</span></clipboard-copy></div>"
)


@pytest.mark.parametrize("card", [_EMBED_CARD, _USER_CARD], ids=["embedded-post", "user"])
def test_synthetic_a_forem_card_in_the_article_is_no_section(card: str) -> None:
    fields = html_fields(_RISKS + card + _KPIS)
    assert [item["text"] for item in fields["risks"]["challenges"]] == [
        "Unclear guidelines slow every reviewer.",
        "Vendor churn resets quality.",
    ]
    strings = all_strings(fields)
    assert not any(noise in text for text in strings for noise in ("Why review queues", "Sam Lee", "#ops"))
    assert len(fields["kpis"]["rows"]) == 2


def test_synthetic_forem_copy_button_is_no_kpi_note() -> None:
    fields = html_fields(_KPIS)
    (note,) = fields["kpis"]["notes"]
    assert note["intro"][0] == "Report accuracy per label class, not just overall."
    assert not any("Copy code" in text for text in all_strings(fields))


# --- synthetic: Hugo's titled shortcodes ------------------------------------------------------------------------------

_MARKDOWN = """# Test Role

## 1) Role Summary

The Test Role does this work for the business with several teams.

## 2) Role Mission

Core mission: make the work reliable for every team that depends on it.

## 16) Risks, Challenges, and Failure Modes

{body}
"""


def _risks(body: str) -> dict[str, Any]:
    (extraction,) = extract(_MARKDOWN.replace("{body}", body).encode(), name="snippet.md")
    return extraction.document["fields"]["risks"]


def _box(open_tag: str, close_tag: str, items: list[str]) -> str:
    return "\n".join([open_tag, "", *(f"- {item}" for item in items), "", close_tag, ""])


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ('{{% details title="{title}" closed="true" %}}', "{{% /details %}}"),
        ('{{< expand "{title}" >}}', "{{< /expand >}}"),
        ('{{% tab header="{title}" %}}', "{{% /tab %}}"),
        ('{{< callout type="warning" title="{title}" >}}', "{{< /callout >}}"),
    ],
    ids=["details", "expand-positional", "docsy-tab", "callout"],
)
def test_synthetic_a_titled_shortcode_heads_the_list_it_encloses(opening: str, closing: str) -> None:
    body = _box(opening.replace("{title}", "Bottlenecks"), closing, ["Crane availability.", "Slow OEM support."])
    body += _box(opening.replace("{title}", "Anti-patterns"), closing, ["Reset-and-go.", "Paperwork later."])
    risks = _risks(body)
    assert [item["text"] for item in risks["bottlenecks"]] == ["Crane availability.", "Slow OEM support."]
    assert [item["text"] for item in risks["anti_patterns"]] == ["Reset-and-go.", "Paperwork later."]
    assert risks["challenges"] == []


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ('{{% details title="Common role challenges" closed="true" %}}', "**Common role challenges**"),
        ('  {{< tab name="Weekly" >}}', "**Weekly**"),
        ('{{< callout type="tip" title="Warning" >}}', None),  # a bare admonition type, as a callout's header
        ('{{< callout type="info" >}}', None),
        ('{{< card link="/roles/x/" title="Solar PV Installer" >}}', None),  # a card's title is no heading
        ('{{< newsletter title="Subscribe to The Newsletter" >}}', None),
        ("{{% /details %}}", None),
        ('Text {{% details title="Bottlenecks" %}}', None),
    ],
)
def test_synthetic_shortcode_title_reads_titled_containers_only(line: str, title: str | None) -> None:
    assert shortcode_title(line) == title


# --- the pages -------------------------------------------------------------------------------------------------------


def test_devto_page_embed_card_and_copy_button_are_gone() -> None:
    document = unseen_document(DEVTO)
    assert len(document["sections"]) == 20
    assert "Gold sets that actually catch errors" not in [section["title"] for section in document["sections"]]
    strings = all_strings(document)
    for noise in ("Copy code", "Gold sets that actually catch errors", "Priya Raman", "#datascience", "#mlops"):
        assert not any(noise in text for text in strings), noise
    assert len(document["fields"]["kpis"]["rows"]) == 10
    assert document["fields"]["kpis"]["notes"][0]["intro"][0].startswith("Report agreement and accuracy per label")


def test_hugo_page_details_titles_sort_the_risks() -> None:
    risks = unseen_document(HUGO)["fields"]["risks"]
    counts = {key: len(risks[key]) for key in ("challenges", "bottlenecks", "anti_patterns")}
    assert counts == {"challenges": 4, "bottlenecks": 3, "anti_patterns": 4}
    assert len(risks["underperformance_reasons"]) == 4
    assert [item["text"] for item in risks["business_risks"]][0] == "Serious injury or fatality at height."
    assert risks["bottlenecks"][0]["text"] == "Crane availability for major component exchanges."
    assert [item["text"].split(":")[0] for item in risks["anti_patterns"]] == [
        "Reset-and-go",
        "Paperwork later",
        "Normalization of deviance",
        "Working alone",
    ]


def test_hugo_page_tabs_still_head_the_day_to_day_lists() -> None:
    fields = unseen_document(HUGO)["fields"]
    day = fields["day_to_day"]
    cadences = [day[key] for key in ("daily", "weekly", "monthly_quarterly")]
    headings = [cadence["heading"] for cadence in cadences]
    assert headings == ["Daily activities", "Weekly activities", "Monthly activities"]
    assert [len(cadence["items"]) for cadence in cadences] == [8, 5, 5]
    assert not any(mark in text for text in all_strings(fields) for mark in ("{{<", "{{%", ">}}", "%}}"))
