"""Round 53: tool cells and skills' tools four hand-written pages read wrong.

finops-analyst-seed000 writes "Azure Cost Management + Billing" (split into a fake tool 'Billing') and skills whose
use lines name CUR, Savings Plans and Reserved Instances (the gazetteer lacked them); noc-engineer-firecrawl-md
writes "SecureCRT / PuTTY via jump host" ('via jump host' went into both names); salesforce-admin-seed004 writes
"Marketo / Account Engagement (Pardot)" (Pardot, Account Engagement's former name, was given to Marketo too);
product-ops-manager-wp-astra names "(LookML, dbt metrics)" in a skill's name (only dbt was found). The pages are
synthetic, frozen in tests/unseen with their keys in tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from snippets import all_strings, row_tools, skill_tools, unseen_document

from pipeline.parsers.technical_skills import _listed_beside
from pipeline.parsers.tools import split_tools

FINOPS = "finops-analyst-seed000.synthetic.txt"
NOC = "noc-engineer-firecrawl-md.synthetic.md"
SALESFORCE = "salesforce-admin-seed004.synthetic.txt"
ASTRA = "product-ops-manager-wp-astra.synthetic.html"


def _tools(cell: str) -> list[tuple[str, list[str], str | None]]:
    return [(tool.name, tool.variants, tool.note) for tool in split_tools(cell)]


def _tool_names(fields: dict) -> list[str]:
    return [tool["name"] for row in fields["tools"]["rows"] for tool in row["tools"]]


# --- synthetic cells ------------------------------------------------------------------------------


def test_synthetic_a_plus_before_one_generic_word_closes_the_name() -> None:
    assert _tools("Azure Cost Management + Billing") == [("Azure Cost Management + Billing", [], None)]
    assert _tools("Google Ads + Analytics / Slack") == [("Google Ads + Analytics", [], None), ("Slack", [], None)]
    # a tool after the '+' (known, or a name of several words) is a tool of its own, as round 50 has it
    assert [name for name, _, _ in _tools("AWS CUR + Athena")] == ["AWS CUR", "Athena"]
    assert [name for name, _, _ in _tools("Power BI + DAX")] == ["Power BI", "DAX"]
    assert [name for name, _, _ in _tools("Jest / Vitest + Testing Library")] == ["Jest", "Vitest", "Testing Library"]


def test_synthetic_a_closing_via_clause_is_each_tools_note() -> None:
    assert _tools("SecureCRT / PuTTY via jump host") == [
        ("SecureCRT", [], "via jump host"),
        ("PuTTY", [], "via jump host"),
    ]
    assert _tools("MobaXterm via bastion server") == [("MobaXterm", [], "via bastion server")]
    # a capitalised word after 'via' may be a product's own: left as written
    assert _tools("Access via VPN") == [("Access via VPN", [], None)]


def test_synthetic_a_former_name_in_brackets_is_the_last_names_only() -> None:
    assert _tools("Marketo / Account Engagement (Pardot)") == [
        ("Marketo", [], None),
        ("Account Engagement", ["Pardot"], None),
    ]
    # a shared language after known names still qualifies the whole run (round 49)
    assert _tools("Snowflake / BigQuery (SQL)") == [("Snowflake", ["SQL"], None), ("BigQuery", ["SQL"], None)]


def test_synthetic_a_bracket_list_anchored_by_a_tool_before_lower_case_words() -> None:
    assert _listed_beside("Semantic layer and metric modeling (LookML, dbt metrics)", ["dbt"]) == ["dbt", "LookML"]
    # an ambiguous name anchors nothing, whatever follows it
    assert _listed_beside("Scaling frameworks (SAFe, LeSS, Nexus rollout)", ["Nexus"]) == ["Nexus"]


# --- the pages ------------------------------------------------------------------------------------


def test_page_finops_billing_is_part_of_azures_product() -> None:
    fields = unseen_document(FINOPS)["fields"]
    assert row_tools(fields, "Azure Cost Management + Billing") == [("Azure Cost Management + Billing", [], None)]
    assert [name for name, _, _ in row_tools(fields, "AWS CUR + Athena")] == ["AWS CUR", "Athena"]
    assert "Billing" not in _tool_names(fields)
    assert len(fields["tools"]["rows"]) == 21


def test_page_finops_skills_name_cur_and_commitment_discounts() -> None:
    fields = unseen_document(FINOPS)["fields"]
    assert skill_tools(fields, "Cloud billing data and pricing models") == ["CUR", "Azure", "GCP"]
    assert skill_tools(fields, "Commitment-based discount management") == [
        "Savings Plans",
        "Reserved Instances",
        "Azure",
        "GCP",
    ]


def test_page_noc_remote_access_tools_without_the_via_clause() -> None:
    fields = unseen_document(NOC)["fields"]
    assert row_tools(fields, "SecureCRT / PuTTY via jump host") == [
        ("SecureCRT", [], "via jump host"),
        ("PuTTY", [], "via jump host"),
    ]
    assert not [name for name in _tool_names(fields) if "via" in name]
    assert len(fields["tools"]["rows"]) == 17


def test_page_salesforce_pardot_is_account_engagements_only() -> None:
    fields = unseen_document(SALESFORCE)["fields"]
    assert row_tools(fields, "Marketo / Account Engagement (Pardot)") == [
        ("Marketo", [], None),
        ("Account Engagement", ["Pardot"], None),
    ]
    assert len(fields["tools"]["rows"]) == 25


def test_page_astra_semantic_layer_skill_names_lookml() -> None:
    document = unseen_document(ASTRA)
    fields = document["fields"]
    assert skill_tools(fields, "Semantic layer and metric modeling (LookML, dbt metrics)") == ["dbt", "LookML"]
    assert not [text for text in all_strings(document) if "Report this ad" in text]
