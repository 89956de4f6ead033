"""Round 58: a seed-004 chain of one-word lowercase stages read as dashes on a line of intact – separators.

product-analyst-seed004 (seed 004's compact text: bare ``โ`` for lost 3-byte characters beside the layout's own
intact ``–``) writes its data environment "Layered warehouse models: raw โ staging โ marts, with dbt tests on key
tables. – Product events ... – Metrics catalog ...". A chain of three steps was read as arrows only when its first
two were capitalised, and its last step ran on to the comma's clause ("marts, with dbt tests ..."), so both bare
``โ`` took the line's intact ``–``: "raw – staging – marts", and the three items stayed one. The page is frozen in
tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline.mojibake import repair_text

PAGE = "product-analyst-seed004.synthetic.txt"
B = "\u0e42"  # the bare lead byte, as the seed-004 scraper leaves it


def _repaired(text: str) -> str:
    return repair_text(text)[0]


# --- synthetic: one-word stages linked by the bare lead byte -----------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # on a line whose own separators are intact –, the last stage ending at a comma's clause
        (
            f"Data environment – Layered models: raw {B} staging {B} marts, with tests. – Events joined to billing.",
            "Data environment – Layered models: raw → staging → marts, with tests. – Events joined to billing.",
        ),
        (
            f"Delivery model – dev {B} pre-prod {B} prod; gated by review. – Weekly releases.",
            "Delivery model – dev → pre-prod → prod; gated by review. – Weekly releases.",
        ),
        # in a label's text, every separator of the line bare (the last one a clear dash, after a full stop)
        (
            f"- Layered models: raw {B} staging {B} marts, with tests. {B} Events joined to billing.",
            "- Layered models: raw → staging → marts, with tests. – Events joined to billing.",
        ),
    ],
)
def test_synthetic_one_word_stage_chain_is_arrows(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # a lowercase aside of several words between two dashes, on a line of intact – , as before
        (
            f"Delivery model – the team {B} small and senior {B} owns releases. – Weekly.",
            "Delivery model – the team – small and senior – owns releases. – Weekly.",
        ),
        # a capitalised word before a comma opens a list or a place, not a chain's last stage
        (
            f"Client communication – Weave {B} Phones, texting {B} Optional",
            "Client communication – Weave – Phones, texting – Optional",
        ),
        # a lone bare separator between two words of a list joined by intact –: no chain of three
        (
            f"Data environment – Marts {B} curated tables. – Events joined to billing.",
            "Data environment – Marts – curated tables. – Events joined to billing.",
        ),
    ],
)
def test_synthetic_no_stage_chain_stays_dashes(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


# --- the page -----------------------------------------------------------------------------------------------------


def _environments() -> dict[str, list[str]]:
    environments = unseen_document(PAGE)["fields"]["tech_stack"]["environments"]
    return {env["key"]: [item["text"] for item in env["items"]] for env in environments}


def test_data_environment_is_three_items_with_the_stage_arrows() -> None:
    assert _environments()["data"] == [
        "Layered warehouse models: raw → staging → marts, with dbt tests on key tables.",
        "Product events joined to account, subscription, and billing data for monetization analysis.",
        "Metrics catalog or semantic layer (LookML or dbt semantic models) for certified definitions.",
    ]


def test_other_environments_split_as_before() -> None:
    counts = {key: len(items) for key, items in _environments().items()}
    assert counts == {
        "infrastructure": 3,
        "application": 3,
        "data": 3,
        "security": 3,
        "delivery_model": 3,
        "scale": 2,
        "team_topology": 2,
    }


def test_no_bare_lead_byte_nor_noise_left() -> None:
    strings = all_strings(unseen_document(PAGE))
    assert not [s for s in strings if B in s]
    assert not [s for s in strings if "raw – staging" in s]
    for noise in ("Dental", "dental", "clinic", "Near You", "all in one place", "patient reviews"):
        assert not [s for s in strings if noise in s]
