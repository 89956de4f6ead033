"""Round 53: an inline list of lowercase fragments or counts kept whole, and a seed-004 bare ``โ`` read the wrong way.

product-ops-manager-wp-astra (WordPress, Astra/Spectra) writes its incident work as "... the role steps in when: –
a launch must be paused ...; – a tracking break ...; – a tool outage ...": every item opens in lower case, so the
inline-list rule kept the paragraph whole. salesforce-admin-seed004 (seed 004's compact text, bare ``โ`` for lost
3-byte characters) writes "team with: – 1–3 admins – 1–2 Salesforce developers – a business analyst ..." (a count
closed the sub-list), "Zero P1; โ1 P2 per quarter" (the cap ≤ read as ≥: the meaning reversed) and "Sandbox โ UAT
โ production promotion; ..." (arrows read as dashes on a line whose list is joined by well-formed ones). The pages
are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline.blocks import Block
from pipeline.layout import split_inline_list
from pipeline.mojibake import repair_text

ASTRA = "product-ops-manager-wp-astra.synthetic.html"
SALESFORCE = "salesforce-admin-seed004.synthetic.txt"
B = "\u0e42"  # the bare lead byte, as the seed-004 scraper leaves it


def _pieces(text: str) -> list[tuple[str, int | None, str]]:
    return [
        (p.block.kind.value, p.block.depth, p.block.text)
        for p in split_inline_list(Block.paragraph(text, 0, len(text)))
    ]


def _repaired(text: str) -> str:
    return repair_text(text)[0]


# --- synthetic: inline lists -----------------------------------------------------------------------------------------


def test_synthetic_lowercase_fragments_after_a_colon_lead_are_a_list() -> None:
    text = "The analyst is paged when: – a feed stops arriving; – a dashboard shows stale numbers; – a model fails."
    assert _pieces(text) == [
        ("paragraph", None, "The analyst is paged when:"),
        ("list_item", 0, "a feed stops arriving;"),
        ("list_item", 0, "a dashboard shows stale numbers;"),
        ("list_item", 0, "a model fails."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The platform – which we run ourselves – is small.",  # a prose aside between dashes
        "Note: the team – small and senior – owns it.",  # no colon right before the first dash
        "Success means: – every exposure has an owner – changes are fast and safe",  # no semicolons closing fragments
    ],
)
def test_synthetic_prose_dashes_stay_whole(text: str) -> None:
    assert _pieces(text) == [("paragraph", None, text)]


def test_synthetic_counts_under_an_open_parent_are_its_members() -> None:
    text = "Team topology – The analyst sits in a data team with: – 2–4 analysts – 1 data engineer – a shared designer"
    assert _pieces(text) == [
        ("paragraph", None, "Team topology"),
        ("list_item", 0, "The analyst sits in a data team with:"),
        ("list_item", 1, "2–4 analysts"),
        ("list_item", 1, "1 data engineer"),
        ("list_item", 1, "a shared designer"),
    ]


def test_synthetic_incident_work_fragments_in_an_html_page_are_items() -> None:
    day = html_fields(
        "<h2>4) Day-to-Day Activities</h2><h3>Incident, escalation, or emergency work</h3>"
        "<p>The role is rarely on call, but steps in when: &#8211; a release must be rolled back; &#8211; a data feed"
        " breaks before a board meeting; &#8211; an outage blocks planning.</p>"
    )["day_to_day"]["incident_work"]
    assert day["intro"] == ["The role is rarely on call, but steps in when:"]
    assert [item["text"] for item in day["items"]] == [
        "a release must be rolled back;",
        "a data feed breaks before a board meeting;",
        "an outage blocks planning.",
    ]


# --- synthetic: bare ``โ`` before a capped count, and in a stage chain ---------------------------------------------


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # a cap after a part that allows none of a worse kind, in the same cell
        (f"| Change safety | Zero P1; {B}1 P2 per quarter | Quarterly |", "Zero P1; ≤1 P2 per quarter"),
        (f"| Release quality | 0 critical, {B}2 minor per release | Per release |", "0 critical, ≤2 minor"),
        # a cap on a count the row's metric names as a failure
        (f"| Escaped defects | Bugs found in production | {B}2 per release | Per release |", "≤2 per release"),
        (f"| Post-sale escalations | Count per half-year | {B}1 per half-year | Half-year |", "≤1 per half-year"),
        # still floors: a share of failures handled, and a count on a row that names none
        (f"| Incidents resolved within SLA | Share of P1s | {B}95% | Monthly |", "≥95%"),
        (f"| Enhancements delivered | Count per month | {B}4 per month | Monthly |", "≥4 per month"),
        (f"| Defect-free releases | Count per quarter | {B}3 per quarter |", "≥3 per quarter"),  # a compound whole
    ],
)
def test_synthetic_bare_lead_before_a_capped_count_is_at_most(broken: str, meant: str) -> None:
    assert meant in _repaired(broken)


def test_synthetic_stage_chain_on_a_dash_joined_line_is_arrows() -> None:
    line = f"Delivery model – Two-week sprints. – Dev {B} QA {B} production release; gated by CAB. – Quarterly audits."
    assert _repaired(line) == (
        "Delivery model – Two-week sprints. – Dev → QA → production release; gated by CAB. – Quarterly audits."
    )


def test_synthetic_clear_dashes_beside_a_chain_stay_dashes() -> None:
    line = f"AWS Certified Database {B} Specialty {B} Optional"  # a certificate's level, no chain
    assert _repaired(line) == "AWS Certified Database – Specialty – Optional"


# --- the frozen pages ------------------------------------------------------------------------------------------------


def test_astra_incident_work_is_three_items() -> None:
    fields = unseen_document(ASTRA)["fields"]
    incident = fields["day_to_day"]["incident_work"]
    assert incident["intro"] == ["Product operations is rarely on call, but the role steps in when:"]
    assert [item["text"] for item in incident["items"]] == [
        "a launch must be paused and customer-facing messages rewritten;",
        "a tracking break corrupts an executive dashboard before a board meeting;",
        "a tool outage or permission error blocks planning.",
    ]
    strings = all_strings(unseen_document(ASTRA))
    for noise in ("Report this ad", "Lakeshore Smile Studio", "Marisol Tenorio", "&#8211;"):
        assert not any(noise in text for text in strings)


def _environment(key: str) -> dict:
    (environment,) = [
        env for env in unseen_document(SALESFORCE)["fields"]["tech_stack"]["environments"] if env["key"] == key
    ]
    return environment


def test_salesforce_team_topology_has_its_four_members() -> None:
    (item,) = _environment("team_topology")["items"]
    assert item["text"].endswith("CRM platform team with:")
    assert item["sub_items"] == [
        "1–3 admins",
        "1–2 Salesforce developers",
        "a business analyst or product owner",
        "shared integration and security engineers",
    ]


def test_salesforce_delivery_model_is_three_items_with_arrows() -> None:
    texts = [item["text"] for item in _environment("delivery_model")["items"]]
    assert len(texts) == 3
    assert texts[1] == "Sandbox → UAT → production promotion; validation deployments run before release windows."


def test_salesforce_incident_cap_is_at_most() -> None:
    document = unseen_document(SALESFORCE)
    rows = {row["name"]: row["target"] for row in document["fields"]["kpis"]["rows"]}
    assert len(rows) == 15
    assert rows["Production incidents caused by change"] == "Zero P1; ≤1 P2 per quarter"
    assert rows["Release success rate"].startswith("≥95%")  # the page's floors stay floors
    assert rows["User satisfaction (CSAT)"] == "≥4.3/5 average"
    assert not any(B in text for text in all_strings(document))
