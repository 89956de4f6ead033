"""Round 59 (people): who decides under "final decisions on:", and a level said as "individual-contributor role".

network-engineer-seed000 (seed 000's plain text) lists its authority as "final decisions on:" then nested items
"architecture (Network Architect)", ...: the area comes first and the decider in brackets, the reverse of "made by:"
lists ("PM (product tradeoffs)"), so the decider came out as the area. data-solutions-architect-seed004 (seed 004's
compact text) says "is a senior individual-contributor role" with no level in its title: the hyphen token stopped
the '<level> [words] <role noun>' pattern, so seniority was unknown. Both pages are frozen in tests/unseen (keys in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.header import _self_described_level

NETWORK = "network-engineer-seed000.synthetic.txt"
ARCHITECT = "data-solutions-architect-seed004.synthetic.txt"


def _authority(lines: list[str]) -> dict:
    """The decision-making authority of a synthetic plain-text page with these lines under its sub-heading."""
    page = [
        "Platform Engineer: Role Blueprint",
        "",
        "12) Stakeholders and Collaboration Map",
        "",
        "Typical decision-making authority",
        "",
        *lines,
        "",
        "6) Goals, Objectives, and Milestones",
        "",
        "30-day goals",
        "- Learn the platform and its owners.",
    ]
    (extraction,) = extract("\n".join(page).encode(), name="platform-engineer.txt")
    return extraction.document["fields"]["stakeholders"]["decision_making_authority"]


def _pairs(authority: dict) -> list[tuple[str, str | None, str]]:
    return [(d["name"], d["scope"], d["text"]) for d in authority["deciders"]]


# --- synthetic ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", ["final decisions on:", "final say over:"])
def test_synthetic_areas_lead_puts_the_bracket_as_decider(lead: str) -> None:
    authority = _authority(
        [
            f"  • The engineer decides implementation detail within standards; {lead}",
            "  • platform architecture (Principal Architect),",
            "  • access exceptions (Security),",
            "  • production changes (CAB).",
        ]
    )
    assert _pairs(authority) == [
        ("Principal Architect", "platform architecture", "platform architecture (Principal Architect)"),
        ("Security", "access exceptions", "access exceptions (Security)"),
        ("CAB", "production changes", "production changes (CAB)"),
    ]


def test_synthetic_made_by_lead_still_names_the_decider_first() -> None:
    authority = _authority(
        [
            "  • The engineer recommends; final decisions typically made by:",
            "  • Principal Architect (platform architecture),",
            "  • CAB (production changes).",
        ]
    )
    assert _pairs(authority) == [
        ("Principal Architect", "platform architecture", "Principal Architect (platform architecture)"),
        ("CAB", "production changes", "CAB (production changes)"),
    ]


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("The Data Solutions Architect is a senior individual-contributor role that designs platforms.", "senior"),
        ("The Support Analyst is a junior individual-contributor position in the service team.", "junior"),
        ("The Data Solutions Architect is a senior individual contributor role that designs platforms.", "senior"),
        ("The role is a senior or staff-level role.", "unknown"),
    ],
)
def test_synthetic_hyphenated_individual_contributor_reads_the_level(sentence: str, level: str) -> None:
    assert _self_described_level([sentence]).value == level


# --- the pages ----------------------------------------------------------------------------------------------------


def test_network_engineer_page_deciders_are_the_bracketed_names() -> None:
    authority = unseen_document(NETWORK)["fields"]["stakeholders"]["decision_making_authority"]
    assert _pairs(authority) == [
        ("Network Architect", "architecture", "architecture (Network Architect)"),
        ("Security", "security policy exceptions", "security policy exceptions (Security)"),
        ("CAB", "change approval", "change approval (CAB)"),
    ]


def test_network_engineer_page_keeps_no_noise() -> None:
    strings = all_strings(unseen_document(NETWORK)["fields"])
    for noise in ("Dental Clinics", "Orthopedic", "Notify of", "Inline Feedbacks", "DevOpsSchool", "โ"):
        assert not any(noise in text for text in strings), noise


def test_data_solutions_architect_page_is_senior() -> None:
    document = unseen_document(ARCHITECT)
    assert document["role"]["title"] == "Data Solutions Architect"
    assert document["role"]["seniority"] == "senior"
    assert not any("โ" in text for text in all_strings(document["fields"]))
