"""Round 60 (career): prior roles named by a role's acronym, and a responsibility title with a bracket before its colon.

postgres-dba-singlefile (a SingleFile save of a WordPress page) lists its prior role backgrounds as "Junior DBA,
Linux Systems Administrator, Oracle or SQL Server DBA, ...": the role nouns list words only, so the two names
closed by "DBA" went to prior_role_notes. endpoint-engineer-seed004 (seed 004's compact text) writes
"Maintain evidence for audits (ISO 27001, SOC 2, internal audit): patch reports, ...": the bracket's words counted
towards the title cap, so the item stayed one long title. Both pages are frozen in tests/unseen (keys in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, html_fields, unseen_document

POSTGRES = "postgres-dba-singlefile.synthetic.html"
ENDPOINT = "endpoint-engineer-seed004.synthetic.txt"

_EXPERIENCE = (
    "<h2>14) Required Experience and Qualifications</h2>"
    "<h3>Typical years of experience</h3><ul><li>4–7 years in database operations.</li></ul>"
    "<h3>Prior role backgrounds commonly seen</h3><ul><li>{item}</li></ul>"
)


def _prior(item: str) -> tuple[list[str], list[str]]:
    """(role names, notes) of a synthetic prior-roles sub-section holding one item."""
    experience = html_fields(_EXPERIENCE.format(item=item))["experience"]
    return [role["name"] for role in experience["prior_roles"]], experience["prior_role_notes"]


def _responsibilities(items: list[str]) -> list[tuple[str, str | None]]:
    """(title, detail) of a synthetic governance list holding these one-line items."""
    body = "<h2>3) Core Responsibilities</h2><h3>Governance, compliance, or security responsibilities</h3><ul>"
    body += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return [(item["title"], item["detail"]) for item in html_fields(body)["responsibilities"]["items"]]


# --- synthetic: prior roles closed by a role's acronym -------------------------------------------------------------


def test_synthetic_roles_closed_by_dba_are_roles() -> None:
    assert _prior("Junior DBA, Storage Administrator, MySQL or SQL Server DBA.") == (
        ["Junior DBA", "Storage Administrator", "MySQL or SQL Server DBA"],
        [],
    )


def test_synthetic_other_role_acronyms_and_plurals() -> None:
    assert _prior("Associate PM; Business Analyst; Senior BA; Manual QA") == (
        ["Associate PM", "Business Analyst", "Senior BA", "Manual QA"],
        [],
    )
    assert _prior("Application DBAs, Data Engineers") == (["Application DBAs", "Data Engineers"], [])


@pytest.mark.parametrize("item", ["Release coordination on call until 10 pm.", "Experience in QA is helpful."])
def test_synthetic_lower_case_or_statement_stays_a_note(item: str) -> None:
    assert _prior(item) == ([], [item])


# --- synthetic: a responsibility title with a bracket before its colon ---------------------------------------------


def test_synthetic_bracket_before_colon_splits_title_and_detail() -> None:
    assert _responsibilities(
        [
            "Maintain evidence for audits (SOC 2, ISO 27001, PCI DSS): access reviews, change records, restore logs.",
            "Document retention rules for every regulated store (billing, payroll, customer records): owners.",
        ]
    ) == [
        ("Maintain evidence for audits (SOC 2, ISO 27001, PCI DSS)", "access reviews, change records, restore logs."),
        ("Document retention rules for every regulated store (billing, payroll, customer records)", "owners."),
    ]


def test_synthetic_bracket_with_clauses_still_counts_its_words() -> None:
    item = "Keep the control register (updated monthly; signed off by the control owner and internal audit): scope."
    assert _responsibilities([item]) == [(item, None)]


def test_synthetic_long_title_before_a_bracket_stays_whole() -> None:
    item = "Make sure that every team in the company always follows the data rules (GDPR): training, checks."
    assert _responsibilities([item]) == [(item, None)]


# --- the unseen pages ----------------------------------------------------------------------------------------------


def test_postgres_page_prior_roles_are_the_five_of_the_key() -> None:
    experience = unseen_document(POSTGRES)["fields"]["experience"]
    assert [(r["name"], r["qualifier"]) for r in experience["prior_roles"]] == [
        ("Junior DBA", None),
        ("Linux Systems Administrator", None),
        ("Oracle or SQL Server DBA", None),
        ("Backend Engineer", "with strong SQL"),
        ("Site Reliability Engineer", None),
    ]
    assert experience["prior_role_notes"] == []


def test_postgres_page_keeps_no_noise() -> None:
    strings = all_strings(unseen_document(POSTGRES)["fields"])
    for noise in ("Tundrabyte", "VaultHarbor", "QueryLantern", "Sponsored", "Recommended for you", "gb-headline"):
        assert not [text for text in strings if noise in text], noise


def test_endpoint_page_audit_evidence_item_splits_at_its_colon() -> None:
    items = unseen_document(ENDPOINT)["fields"]["responsibilities"]["items"]
    assert len(items) == 23
    audit = next(item for item in items if item["title"].startswith("Maintain evidence for audits"))
    assert audit["category"] == "governance"
    assert audit["title"] == "Maintain evidence for audits (ISO 27001, SOC 2, internal audit)"
    assert audit["detail"] == "patch reports, encryption status, compliance policy settings, exception registers."
    patch = next(item for item in items if item["title"].startswith("Own monthly patch cycles"))
    assert patch["title"] == "Own monthly patch cycles"


def test_endpoint_page_keeps_no_noise() -> None:
    strings = all_strings(unseen_document(ENDPOINT)["fields"])
    for noise in ("Dental", "Smile with confidence", "Notify of", "Certification Courses"):
        assert not [text for text in strings if noise in text], noise
