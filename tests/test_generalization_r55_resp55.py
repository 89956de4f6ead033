"""Round 55, resp55: a seed-004 compact text page (it-ops-manager-seed004) read two lists inconsistently.

- Tech stack: "Common service tiers: – Tier 1: identity, email – Tier 2: ... – Tier 3: ..." left the lead empty and
  its three tiers as its siblings: a "Label: text" item ends a lead's run (so that "Typical squad: ..." after the
  plain members of "partnering with:" stays a sibling), and here every member is labelled.
- Responsibilities: "Run identity operations with Okta and Microsoft Entra ID: lifecycle automation, ..." stayed
  whole (detail null) while its siblings split at the colon: the title's nine words passed the eight-word cap, two
  of them in the product name "Microsoft Entra ID".

The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.parsers.responsibilities import split_item_title

PAGE = "it-ops-manager-seed004.synthetic.txt"

# A compact seed-004 page (no blank lines, inline " – " lists) around the sections under test.
_PAGE = """IT Operations Lead
1) Role Summary
The IT Operations Lead keeps the company's internal services running for every team.
2) Role Mission
Core mission:
Run dependable internal IT services for every team that depends on them.
{body}
"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract(_PAGE.format(body=body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


def _environment(fields: dict[str, Any], key: str) -> list[tuple[str, list[str]]]:
    (environment,) = [env for env in fields["tech_stack"]["environments"] if env["key"] == key]
    return [(item["text"], item["sub_items"]) for item in environment["items"]]


# --- synthetic: a lead over labelled members --------------------------------------------------------------

_STACK = (
    "11) Typical Tech Stack / Environment\n"
    "Infrastructure environment – Hybrid estate on VMware and Azure. – Storage tiers: – Gold: all-flash SAN for "
    "databases – Silver: hybrid arrays for file shares – Bronze: object storage for archives\n"
    "Team topology – The lead manages, with: – Service desk analysts – Systems engineers – Typical squad: 2–3 "
    "analysts, 1 engineer.\n"
    "12) Stakeholders and Collaboration Map\nInternal stakeholders\n- Director of IT (manager)\n"
)


def test_synthetic_a_lead_whose_first_item_is_labelled_holds_the_labelled_run() -> None:
    fields = _fields(_STACK)
    assert _environment(fields, "infrastructure") == [
        ("Hybrid estate on VMware and Azure.", []),
        (
            "Storage tiers:",
            [
                "Gold: all-flash SAN for databases",
                "Silver: hybrid arrays for file shares",
                "Bronze: object storage for archives",
            ],
        ),
    ]


def test_synthetic_a_labelled_item_after_plain_members_stays_a_sibling() -> None:
    assert _environment(_fields(_STACK), "team_topology") == [
        ("The lead manages, with:", ["Service desk analysts", "Systems engineers"]),
        ("Typical squad: 2–3 analysts, 1 engineer.", []),
    ]


def test_synthetic_a_plain_item_after_the_labelled_run_closes_it() -> None:
    body = (
        "11) Typical Tech Stack / Environment\n"
        "Application environment – Service tiers: – Tier 1: identity, email – Tier 2: collaboration, printing – "
        "A few legacy applications still need patching.\n"
        "12) Stakeholders and Collaboration Map\nInternal stakeholders\n- Director of IT (manager)\n"
    )
    assert _environment(_fields(body), "application") == [
        ("Service tiers:", ["Tier 1: identity, email", "Tier 2: collaboration, printing"]),
        ("A few legacy applications still need patching.", []),
    ]


# --- synthetic: a colon title naming products -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Run identity operations with Okta and Microsoft Entra ID: lifecycle automation and MFA coverage.",
            "Run identity operations with Okta and Microsoft Entra ID",
        ),
        (
            "Oversee monitoring and alerting with SolarWinds and ServiceNow ITOM: thresholds and noise reduction.",
            "Oversee monitoring and alerting with SolarWinds and ServiceNow ITOM",
        ),
        (
            "Govern endpoint management through Microsoft Intune, SCCM/ConfigMgr and Jamf: baselines, patch rings.",
            "Govern endpoint management through Microsoft Intune, SCCM/ConfigMgr and Jamf",
        ),
    ],
)
def test_synthetic_a_product_name_counts_once_in_a_colon_title(text: str, title: str) -> None:
    assert split_item_title(text) == (title, text[len(title) + 2 :])


def test_synthetic_a_long_plain_sentence_before_a_colon_stays_whole() -> None:
    # nine plain words: a sentence, not a title (as before)
    text = "Own the monthly forecast cycle for assigned business units: collect inputs, update drivers."
    assert split_item_title(text) == (text, None)
    # capitals parted by commas are names of their own, not one: ten terms
    text = "Brief Finance, Legal, Sales, Marketing, Support, Product and Engineering leads: plan it."
    assert split_item_title(text) == (text, None)


# --- the frozen page ----------------------------------------------------------------------------------------


def test_page_service_tiers_nest_under_their_lead() -> None:
    fields = unseen_document(PAGE)["fields"]
    application = _environment(fields, "application")
    assert len(application) == 3
    assert application[2] == (
        "Common service tiers:",
        [
            "Tier 1: identity, email, VPN, file services",
            "Tier 2: collaboration, printing, internal apps",
            "Tier 3: non-critical tools and test systems",
        ],
    )
    topology = _environment(fields, "team_topology")
    assert len(topology) == 1 and topology[0][0] == "IT Operations Manager leading:" and len(topology[0][1]) == 4


def test_page_every_colon_responsibility_splits() -> None:
    items = unseen_document(PAGE)["fields"]["responsibilities"]["items"]
    assert len(items) == 29
    split = [(item["title"], item["detail"].split(" ")[0]) for item in items if item["detail"] is not None]
    assert split == [
        ("Shape sourcing strategy", "decide"),
        ("Own incident management end to end", "triage"),
        ("Manage service desk performance", "queue"),
        ("Oversee IT asset management", "hardware"),
        ("Govern endpoint management through Microsoft Intune, SCCM/ConfigMgr and Jamf", "baselines,"),
        ("Oversee monitoring and alerting with SolarWinds and ServiceNow ITOM", "thresholds,"),
        ("Run identity operations with Okta and Microsoft Entra ID", "lifecycle"),
        ("Administer the Microsoft 365 tenant operationally", "Exchange"),
        ("Build a service culture", "customer"),
    ]
    # the other 20 have no colon and stay whole
    assert all(":" not in item["title"] for item in items if item["detail"] is None)


def test_page_no_noise_or_mojibake() -> None:
    strings = all_strings(unseen_document(PAGE)["fields"])
    for noise in ("Dental", "dental", "implant", "Notify of", "Most Voted", "View all comments", "โ"):
        assert not any(noise in text for text in strings), noise
