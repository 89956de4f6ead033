"""Round 49: tool cells naming a product's editions around a '/', and what closes a '/'-run of names.

data-platform-engineer-seed000 (seed 000's text, table cells joined by one space) has the tools row "Data or
analytics dbt Core / dbt Cloud SQL transformation, testing, documentation Common": the tool cell ended after 'dbt'
('Core' opened the use), since the gazetteer's "Cloud SQL" forbade the cut before 'SQL'. ai-product-manager-crawler-md
writes "Snowflake / BigQuery (SQL)" (the aside went to BigQuery alone) and "OpenAI / Azure OpenAI / Anthropic APIs"
(only Anthropic had its APIs). The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the
snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snippets import all_strings, split_lost_border

from pipeline import extract
from pipeline.parsers.tools import split_tools

UNSEEN = Path(__file__).resolve().parent / "unseen"
DATA_PLATFORM = "data-platform-engineer-seed000.synthetic.txt"
AI_PM = "ai-product-manager-crawler-md.synthetic.md"
TOOLS_HEADER = "Category Tool, platform, or software Primary use Common / Optional / Context-specific"


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    found = {}
    for name in (DATA_PLATFORM, AI_PM):
        (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
        found[name] = extraction.document
    return found


def _row(fields: dict, tool_text: str) -> dict:
    (row,) = [row for row in fields["tools"]["rows"] if row["tool_text"] == tool_text]
    return row


def _tools(fields: dict, tool_text: str) -> list[dict]:
    return [
        {"name": tool["name"], "variants": tool["variants"], "note": tool["note"]}
        for tool in _row(fields, tool_text)["tools"]
    ]


# --- a lost-border tool cell keeps a product's editions -------------------------------------------


def test_synthetic_a_repeated_lower_case_brand_keeps_both_editions_in_the_tool_cell() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Data or analytics Apache Spark Distributed batch processing Common",
            "Data or analytics dbt Core / dbt Cloud SQL models, tests, docs Common",
            "Data or analytics dbt Cloud / dbt Core SQL models and lineage Optional",
            "Orchestration Apache Airflow Workflow scheduling Common",
        ],
    )
    assert rows[1] == ["Data or analytics", "dbt Core / dbt Cloud", "SQL models, tests, docs", "Common"]
    assert rows[2] == ["Data or analytics", "dbt Cloud / dbt Core", "SQL models and lineage", "Optional"]
    # The rows around them keep their cuts.
    assert rows[0] == ["Data or analytics", "Apache Spark", "Distributed batch processing", "Common"]
    assert rows[3] == ["Orchestration", "Apache Airflow", "Workflow scheduling", "Common"]


def test_synthetic_other_slash_runs_keep_their_cuts() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Data or analytics Fivetran / dbt Cloud data warehouse loading Common",
            "Data or analytics Google Cloud SQL / Cloud Spanner Managed databases Common",
            "Data or analytics Power BI / Power Automate Reporting and flows Common",
        ],
    )
    assert rows == [
        ["Data or analytics", "Fivetran / dbt", "Cloud data warehouse loading", "Common"],
        ["Data or analytics", "Google Cloud SQL / Cloud Spanner", "Managed databases", "Common"],
        ["Data or analytics", "Power BI / Power Automate", "Reporting and flows", "Common"],
    ]


def test_unseen_data_platform_dbt_row_is_cut_after_both_editions(documents: dict) -> None:
    fields = documents[DATA_PLATFORM]["fields"]
    row = _row(fields, "dbt Core / dbt Cloud")
    assert row["category"] == "Data or analytics"
    assert row["primary_use"] == "SQL transformation, testing, documentation"
    assert [tool["name"] for tool in row["tools"]] == ["dbt Core", "dbt Cloud"]
    assert row["prevalence"] == "common"
    # Every row of the 28 is cut as the key has it; the other slash runs are unchanged.
    rows = fields["tools"]["rows"]
    assert len(rows) == 28
    assert _row(fields, "Delta Lake / Apache Iceberg")["primary_use"] == "Open table formats for the lakehouse"
    assert _row(fields, "Cloud cost explorer / Snowflake resource monitors")["primary_use"] == (
        "Spend tracking and budget alerts"
    )
    assert not [row for row in rows if row["tool_text"] == "dbt" or row["primary_use"].startswith("Core /")]
    assert not [text for text in all_strings(fields) if "Core / dbt Cloud SQL" in text]


# --- what closes a '/'-run of names qualifies each of them ---------------------------------------


def test_synthetic_a_listed_tool_in_parentheses_after_a_slash_run_qualifies_every_name() -> None:
    assert [(t.name, t.variants) for t in split_tools("Redshift / Synapse (SQL)")] == [
        ("Redshift", ["SQL"]),
        ("Synapse", ["SQL"]),
    ]
    # An unlisted aside is the last name's own (a former name, its vendor), and so is one after a comma list.
    assert [(t.name, t.variants) for t in split_tools("Loopio / Responsive (RFPIO)")] == [
        ("Loopio", []),
        ("Responsive", ["RFPIO"]),
    ]
    assert [(t.name, t.variants) for t in split_tools("Python, R (SQL)")] == [("Python", []), ("R", ["SQL"])]


def test_synthetic_a_vendor_runs_closing_apis_are_each_vendors() -> None:
    assert [t.name for t in split_tools("Stripe / PayPal Braintree / Adyen SDKs")] == [
        "Stripe SDKs",
        "PayPal Braintree SDKs",
        "Adyen SDKs",
    ]
    assert [t.name for t in split_tools("Google Maps / Mapbox APIs")] == ["Google Maps APIs", "Mapbox APIs"]
    # Not any plural acronym: an IDE is no kind of "VS Code".
    assert [t.name for t in split_tools("VS Code / JetBrains IDEs")] == ["VS Code", "JetBrains IDEs"]


def test_unseen_ai_product_manager_slash_runs_share_their_aside_and_kind(documents: dict) -> None:
    fields = documents[AI_PM]["fields"]
    assert _tools(fields, "Snowflake / BigQuery (SQL)") == [
        {"name": "Snowflake", "variants": ["SQL"], "note": None},
        {"name": "BigQuery", "variants": ["SQL"], "note": None},
    ]
    assert [tool["name"] for tool in _row(fields, "OpenAI / Azure OpenAI / Anthropic APIs")["tools"]] == [
        "OpenAI APIs",
        "Azure OpenAI APIs",
        "Anthropic APIs",
    ]
    assert len(fields["tools"]["rows"]) == 14


def test_unseen_fpa_analyst_same_run_shares_its_aside_too() -> None:
    # The corpus page writing the same cell: the one change this round makes to it.
    name = "fpa-analyst-compact-cut-short.synthetic.txt"
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    assert _tools(extraction.document["fields"], "Snowflake / BigQuery (SQL)") == [
        {"name": "Snowflake", "variants": ["SQL"], "note": None},
        {"name": "BigQuery", "variants": ["SQL"], "note": None},
    ]
