"""Round 38: arrows on a compact seed-004 page whose every dash, quote and arrow is a bare ``โ``.

A chain of four or more short phrases joined by bare ``โ`` is an arrow chain whatever their case ("CRM → CPQ →
contract management → billing → ERP"), and every link of a role chain is an arrow, the last one to a choice of roles
too; an escalation item, a situation then only the names of the roles or teams it goes to, reads as an arrow. A
label's text, a certificate's level, tools after a situation and a line that is no list item stay dashes. The
snippets are synthetic; the page is frozen in tests/unseen/ (key in tests/unseen/answer_keys/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.mojibake import repair_text

B = "\u0e42"  # the bare lead character left when both continuation bytes are lost
UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "pricing-manager-compact-damage.synthetic.txt"


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # Four lowercase steps after a label: a flow, though the line's list is joined by dashes.
        (
            f"Data environment {B} Event flow: web events {B} ingestion queue {B} feature store {B} model serving. "
            f"{B} Dashboards read the warehouse.",
            "Data environment – Event flow: web events → ingestion queue → feature store → model serving. "
            "– Dashboards read the warehouse.",
        ),
        # A role chain's last step is a choice of two roles, too long for one step.
        (
            f"- Claims Analyst {B} Claims Manager {B} Head of Claims Operations / Chief Operating Officer (long-term)",
            "- Claims Analyst → Claims Manager → Head of Claims Operations / Chief Operating Officer (long-term)",
        ),
    ],
)
def test_synthetic_every_link_of_a_chain_is_an_arrow(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (
            f"- Security incidents touching customer or employee data {B} CISO and Legal.",
            "- Security incidents touching customer or employee data → CISO and Legal.",
        ),
        (
            f"- Vendor invoices disputed beyond terms {B} Procurement Manager, then Controller.",
            "- Vendor invoices disputed beyond terms → Procurement Manager, then Controller.",
        ),
        (
            f"* Payroll errors affecting many employees at once {B} Payroll Operations promptly.",
            "* Payroll errors affecting many employees at once → Payroll Operations promptly.",
        ),
        (
            f"<li>Outages breaching the customer SLA of tier-1 services {B} Incident Commander and Support</li>",
            "<li>Outages breaching the customer SLA of tier-1 services → Incident Commander and Support</li>",
        ),
    ],
)
def test_synthetic_an_escalation_item_to_capitalised_roles_is_an_arrow(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # A label and the question that assesses it.
        (
            f"- Analytical depth {B} Can they build a price waterfall?",
            "- Analytical depth – Can they build a price waterfall?",
        ),
        # A certificate and its level (page-family.md: an en dash).
        (
            f"- CFA or CPA {B} Optional, useful in finance-led teams",
            "- CFA or CPA – Optional, useful in finance-led teams",
        ),
        # A situation, then tools: no role or team among the names.
        (
            f"- Experience with pricing tools across regions {B} Salesforce CPQ and Zuora.",
            "- Experience with pricing tools across regions – Salesforce CPQ and Zuora.",
        ),
        # A sub-heading's text opened by a role: a sentence, not names only.
        (
            f"Team topology {B} Senior Pricing Manager leads 2{B}4 analysts.",
            "Team topology – Senior Pricing Manager leads 2–4 analysts.",
        ),
        # Not a list item.
        (
            f"Typical reporting line in larger companies {B} Director of Pricing",
            "Typical reporting line in larger companies – Director of Pricing",
        ),
        # Sentences joined by bare separators are list items, not steps.
        (
            f"Outcomes {B} Faster close. {B} Fewer errors. {B} Happier owners. {B} Cleaner audits.",
            "Outcomes – Faster close. – Fewer errors. – Happier owners. – Cleaner audits.",
        ),
    ],
)
def test_synthetic_dashes_that_are_no_arrows(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


def _page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_pricing_manager_page_reads_its_arrows() -> None:
    document = _page()
    fields = document["fields"]
    escalations = fields["stakeholders"]["escalation_points"]
    assert [(point["trigger"], point["action"]) for point in escalations] == [
        ("Discount requests above delegated authority", "Director of Pricing, then CRO/CFO"),
        ("Pricing terms with legal or regulatory risk", "Legal and Compliance"),
        ("Price-book errors affecting invoices", "Revenue Accounting and Billing Operations immediately"),
    ]
    assert all(point["escalate_to"] for point in escalations)
    assert escalations[0]["escalate_to"][0] == "Director of Pricing"
    (application,) = [env for env in fields["tech_stack"]["environments"] if env["key"] == "application"]
    assert [item["text"] for item in application["items"]] == [
        "Quote-to-cash chain: CRM → CPQ → contract management → billing → ERP.",
        "Pricing logic lives in CPQ price rules and billing rate plans; website pricing pages are managed by the web "
        "team with pricing sign-off.",
    ]
    strings = all_strings(fields)
    assert (
        "Pricing Analyst → Senior Pricing Analyst → Pricing Manager → Senior Pricing Manager → Director of Pricing → "
        "VP Revenue Strategy / Chief Commercial Officer (long-term)"
    ) in strings
    # The dashes around them stay: a certificate's level, a label's question, a sub-heading's text.
    assert "Certified Pricing Professional (CPP) from the Professional Pricing Society – Optional" in strings
    assert (
        fields["experience"]["certifications"][2]["text"]
        == "CFA or CPA – Optional, useful in finance-led pricing teams"
    )
    assert any(s.startswith("Analytical depth – Can they build a price waterfall") for s in strings)
    assert not any(B in s for s in all_strings(document))


def test_the_pricing_manager_page_repairs_fourteen_arrows_in_the_article() -> None:
    text, repairs = repair_text((UNSEEN / PAGE).read_text(encoding="utf-8"))
    arrows = [line for line in text.splitlines() if "→" in line]
    assert sum(line.count("→") for line in arrows) == 16  # 14 in the article, 2 in the solar ads (noise)
    assert sum(r.count for r in repairs if (r.broken, r.fixed) == (B, "→")) == 16
    assert sum("Solar" in line or "power bill" in line or "clean energy" in line for line in arrows) == 2
