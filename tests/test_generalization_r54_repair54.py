"""Round 54: a seed-004 bare ``โ`` between a letter and a digit read as an opening quote.

k8s-platform-engineer-seed004 (seed 004's compact text, bare ``โ`` for lost 3-byte characters) writes its 12-month
goal as "the provider’s supported version window (N to Nโ2)": the version skew N–2, an en dash as the page's other
spans. With a letter before it and a digit after, the bare lead byte fell through every rule to the last one, an
opening quote ("N“2"); a quote never opens right after a letter. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline.mojibake import repair_text

K8S = "k8s-platform-engineer-seed004.synthetic.txt"
B = "\u0e42"  # the bare lead byte, as the seed-004 scraper leaves it


def _repaired(text: str) -> str:
    return repair_text(text)[0]


# --- synthetic: a letter, the bare lead byte, a digit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (f"- Stay in the supported window (N to N{B}2).", "- Stay in the supported window (N to N–2)."),
        (f"Supports the current minor release and n{B}1.", "Supports the current minor release and n–1."),
        (f"Prior roles: teacher in K{B}12 or higher education.", "Prior roles: teacher in K–12 or higher education."),
    ],
)
def test_synthetic_letter_then_digit_is_an_en_dash(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


def test_synthetic_quote_open_on_the_line_closes_before_a_digit() -> None:
    # A footnote mark after a quoted phrase: the quote the line opened closes there.
    assert _repaired(f"Adopt the {B}golden path{B}2 for new services.") == "Adopt the “golden path”2 for new services."


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (f"Ship 1{B}3 changes in Q3{B}Q4.", "Ship 1–3 changes in Q3–Q4."),  # ranges, as before
        (f"The team{B}s board {B}self-service{B} portal.", "The team’s board “self-service” portal."),
        (f"Availability ({B}99.9% of minutes).", "Availability (≥99.9% of minutes)."),  # a target's floor
        (f"Offer {B}24/7 cover{B} to tenants.", "Offer “24/7 cover” to tenants."),  # a quote opening on a digit
    ],
)
def test_synthetic_other_bare_forms_unchanged(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


# --- the page ---------------------------------------------------------------------------------------------------------


def test_k8s_twelve_month_goal_keeps_the_version_skew_dash() -> None:
    items = [item["text"] for item in unseen_document(K8S)["fields"]["goals"]["month_12"]["items"]]
    assert len(items) == 4
    assert items[0] == (
        "Keep 100% of clusters within the provider’s supported version window (N to N–2) with no upgrade-caused Sev1"
        " incidents."
    )


def test_k8s_no_bare_lead_byte_and_no_quote_glued_to_a_digit() -> None:
    strings = all_strings(unseen_document(K8S))
    assert not [s for s in strings if B in s]
    assert not [s for s in strings if "N“2" in s]
    # The page's quoted phrases still open and close: "golden paths", "self-service".
    assert any("Establish “golden paths” (service templates" in s for s in strings)
    assert any("a “self-service” product" in s for s in strings)
