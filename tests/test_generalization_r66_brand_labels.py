"""A sixty-sixth round unseen page: an Outline wiki document (the documents.info API's JSON, its markdown under
"text") for an eDiscovery Analyst. A label had to open with a capital, so a name spelled the brand's way,
"eDiscovery vendors and forensic examiners: collections, overflow processing, hosting", was no label: that external
stakeholder kept the whole line as its name and no nature, and the industry variant "eDiscovery vendor / legal
services provider: …" fell to the group's notes. A lower-case letter before a capital opens a name as a capital
does ("eDiscovery", "iOS"); a plain lower-case word still does not ("a sentence: here").

The page is frozen as tests/unseen/<slug>.synthetic.json with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from pipeline.parsers.text import split_label, split_title_description
from tests.snippets import all_strings, unseen_document

_PAGE = "ediscovery-analyst-outline-api.synthetic.json"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("eDiscovery vendor / legal services provider: SLA driven.", "eDiscovery vendor / legal services provider"),
        ("iOS release train: weekly.", "iOS release train"),
        ("Law firm: matter-based.", "Law firm"),
        ("a plain sentence: with a colon.", None),
        ("e: a lone letter.", None),
    ],
)
def test_a_brand_spelled_in_lower_case_opens_a_title(text: str, title: str | None) -> None:
    assert split_title_description(text, max_words=10)[0] == title


def test_a_brand_spelled_in_lower_case_opens_a_label() -> None:
    assert split_label("eCommerce team: order flow") == ("eCommerce team", "order flow")
    assert split_label("sometimes: never") == (None, "sometimes: never")


def test_the_outline_pages_lower_case_stakeholder_is_split() -> None:
    external = unseen_document(_PAGE)["fields"]["stakeholders"]["external"]
    names = [stakeholder["name"] for stakeholder in external]
    assert names == [
        "Clients' legal and IT teams",
        "eDiscovery vendors and forensic examiners",
        "Opposing counsel's litigation support",
    ]
    assert external[1]["nature"] == "collections, overflow processing, hosting."


def test_the_outline_pages_industry_variants_are_three() -> None:
    dimensions = unseen_document(_PAGE)["fields"]["role_variants"]["dimensions"]
    (industry,) = [group for group in dimensions if group["dimension"] == "industry"]
    assert [variant["name"] for variant in industry["variants"]] == [
        "Law firm",
        "eDiscovery vendor / legal services provider",
        "Corporate legal department",
    ]
    assert industry["notes"] == []


def test_the_outline_pages_promo_and_markup_stay_out() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    for noise in ("RCA-FALL25", "LitSupport Academy", ":::", "==", "mention://", "/doc/"):
        assert not any(noise in text for text in strings), noise
