"""Round 62: a percentile opening a KPI's measure, a category closing on an edition word, a bracket after a
generic tool name.

observability-engineer-seed000 (plain text, tables whose borders were lost, cells joined by single spaces) wrote
"Dashboard query performance p95 dashboard load time Slow dashboards ...": no cell could open on the lower-case
'p95', so the row had too few starts, fell back to any word and cut "... load | time". Its tools rows
"Observability SaaS Datadog ..." gave category 'Observability' and tool 'SaaS Datadog': 'SaaS' (an edition word)
opened the tool cell before the known 'Datadog'. detection-engineer-seed004's "Detonation lab (VMs, Sysmon)" and
erp-consultant-wp2md's "Financial reporting (D365)" read their brackets as variants (other names of a product):
the one lists what the lab holds, the other where the reporting runs. The pages are synthetic, frozen in
tests/unseen with their keys in tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from snippets import KPI_HEADER, TOOLS_HEADER, all_strings, row_tools, split_lost_border, unseen_document

from pipeline.parsers.tools import split_tools

OBSERVABILITY = "observability-engineer-seed000.synthetic.txt"
DETECTION = "detection-engineer-seed004.synthetic.txt"
ERP = "erp-consultant-wp2md.synthetic.md"


def _tools(cell: str) -> list[tuple[str, list[str], str | None]]:
    return [(tool.name, tool.variants, tool.note) for tool in split_tools(cell)]


# --- synthetic rows: a percentile opening the measure ----------------------------------------------


def test_synthetic_a_percentile_opens_what_a_kpi_measures() -> None:
    rows = split_lost_border(
        KPI_HEADER,
        [
            "Search latency p99 query response time Slow search loses users < 800 ms Weekly",
            "Checkout speed p95 time from cart to confirmation Drop-off rises with delay ≤ 4 seconds Monthly",
        ],
    )
    assert rows == [
        ["Search latency", "p99 query response time", "Slow search loses users", "< 800 ms", "Weekly"],
        [
            "Checkout speed",
            "p95 time from cart to confirmation",
            "Drop-off rises with delay",
            "≤ 4 seconds",
            "Monthly",
        ],
    ]


def test_synthetic_a_percentile_before_a_comparator_still_opens_the_target() -> None:
    # round 59's form: the percentile is the target's statistic, not the measure's
    rows = split_lost_border(
        KPI_HEADER,
        ["Failover time Time to promote a replica Long failovers breach SLAs p95 ≤ 5 seconds Quarterly"],
    )
    assert rows == [
        ["Failover time", "Time to promote a replica", "Long failovers breach SLAs", "p95 ≤ 5 seconds", "Quarterly"]
    ]


# --- synthetic rows: a category closing on an edition word before a known tool ---------------------------


def test_synthetic_an_edition_word_closes_the_category_before_a_known_tool() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Monitoring SaaS Datadog Metrics, traces and monitors Common",
            "Monitoring SaaS New Relic Application performance Optional",
            "Data warehouse Cloud Snowflake Analytics storage Context-specific",
        ],
    )
    assert [row[:2] for row in rows] == [
        ["Monitoring SaaS", "Datadog"],
        ["Monitoring SaaS", "New Relic"],
        ["Data warehouse Cloud", "Snowflake"],
    ]


def test_synthetic_an_edition_after_a_known_tool_stays_with_it() -> None:
    rows = split_lost_border(TOOLS_HEADER, ["Application security Snyk Enterprise SCA and license scanning Common"])
    assert rows == [["Application security", "Snyk Enterprise", "SCA and license scanning", "Common"]]


# --- synthetic cells: a bracket after a generic name --------------------------------------------------


def test_synthetic_a_bracket_listing_a_class_of_things_is_a_note_and_its_tools_the_rows() -> None:
    assert _tools("Detonation lab (VMs, Sysmon)") == [("Detonation lab", [], "VMs, Sysmon"), ("Sysmon", [], None)]
    assert _tools("Test harness (VMs)") == [("Test harness", [], "VMs")]


def test_synthetic_one_name_after_an_activity_is_where_it_runs() -> None:
    assert _tools("Financial reporting (D365)") == [("Financial reporting", [], "D365")]
    assert _tools("Log shipping (Splunk)") == [("Log shipping", [], "Splunk"), ("Splunk", [], None)]


def test_synthetic_products_after_a_kind_or_a_product_stay_variants() -> None:
    assert _tools("Secrets manager (Key Vault / Secrets Manager)") == [
        ("Secrets manager", ["Key Vault", "Secrets Manager"], None)
    ]
    assert _tools("Logic analyzer (Saleae)") == [("Logic analyzer", ["Saleae"], None)]
    assert _tools("Dock appointment scheduling (e.g., Opendock)") == [
        ("Dock appointment scheduling", ["Opendock"], None)
    ]
    assert _tools("Microsoft Sentinel (KQL)") == [("Microsoft Sentinel", ["KQL"], None)]


# --- the pages ------------------------------------------------------------------------------------


def test_page_observability_dashboard_kpi_and_saas_tools_are_cut_as_the_key_says() -> None:
    document = unseen_document(OBSERVABILITY)
    fields = document["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 16
    (dashboard,) = [row for row in kpis if row["name"].startswith("Dashboard query")]
    assert dashboard["name"] == "Dashboard query performance"
    assert dashboard["what_it_measures"] == "p95 dashboard load time"
    assert dashboard["target"] == "< 3 seconds for golden-signal dashboards"
    assert dashboard["frequency"] == "Monthly"
    tools = fields["tools"]["rows"]
    assert len(tools) == 26
    saas = [row for row in tools if row["category"] == "Observability SaaS"]
    assert [(row["tool_text"], row["prevalence"]) for row in saas] == [
        ("Datadog", "context_specific"),
        ("Honeycomb", "optional"),
    ]
    assert row_tools(fields, "Datadog") == [("Datadog", [], None)]
    assert [row["category"] for row in tools if row["tool_text"] == "Cloud cost explorer / Vantage"] == [
        "FinOps / cost tooling"
    ]
    strings = all_strings(document)
    assert not any("SaaS Datadog" in text or "SaaS Honeycomb" in text for text in strings)
    assert not any(noise in text for text in strings for noise in ("LASIK", "Notify of", "DevOpsSchool"))


def test_page_detection_lab_row_holds_its_tools() -> None:
    fields = unseen_document(DETECTION)["fields"]
    assert len(fields["tools"]["rows"]) == 24
    assert row_tools(fields, "Detonation lab (VMs, Sysmon)") == [
        ("Detonation lab", [], "VMs, Sysmon"),
        ("Sysmon", [], None),
    ]
    assert row_tools(fields, "Microsoft Sentinel (KQL)") == [("Microsoft Sentinel", ["KQL"], None)]


def test_page_erp_financial_reporting_names_its_platform_in_a_note() -> None:
    fields = unseen_document(ERP)["fields"]
    assert len(fields["tools"]["rows"]) == 14
    assert row_tools(fields, "Financial reporting (D365)") == [("Financial reporting", [], "D365")]
    assert row_tools(fields, "Lifecycle Services (LCS)") == [("Lifecycle Services", ["LCS"], None)]
