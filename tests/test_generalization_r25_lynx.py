"""Terminal dumps whose tables set a full cell one space from the next, on a twenty-fifth round of unseen pages.

These are synthetic snippets modelled on an unseen page of the family: a Network Security Engineer page saved
with ``lynx -dump``. Its paragraphs and tables are indented three spaces, its tables' cells wrap within their
columns (header cells too: "Example target/" over "benchmark"), and a cell that fills its column sits one space
from the next column's text ("Firewall change Median time from"), where the column reader looked for gutters of
two. The page also numbers its promotion skills inside one sentence ("requires: 1. ownership ...; 2. ...") and
closes its reporting line with a cross-link to another page of the site. The negative cases guard what earlier
pages read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import Extraction, coverage, extract
from pipeline.blocks import Block
from pipeline.dumps import unwrap_dump

# A lynx dump opens with the site's links and ends with its References list.
HEAD = (
    "   [1]Skip to content\n\n     * [2]Home\n     * [3]Blog\n\n"
    "Network Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
)
REFERENCES = "\nReferences\n\n   Visible links:\n" + "".join(f"   {n}. https://x.example/{n}\n" for n in range(1, 9))


def dump(body: str) -> Extraction:
    return extract((HEAD + body + REFERENCES).encode(), name="x.txt")[0]


def fields(body: str) -> dict[str, Any]:
    return dump(body).blueprint.model_dump()["fields"]


KPI_TABLE = """7) KPIs and Productivity Metrics

   Targets below are starting benchmarks.

   Metric name     What it measures  Why it matters  Example target/ Frequency
                                                     benchmark
   Ticket lead     Median days from  Slow work       ≤ 3 business    Weekly
   time            request to done   invites         days
                                     bypasses
   Rollback rate   % of changes      Shows quality   < 2% of changes Monthly
                   rolled back       of execution
   Patch latency   Days from         Edge devices    ≤ 14 days for   Per
                   advisory to       are exploited   critical        advisory
                   patched device    first
   Log coverage    % of devices      Detection       ≥ 98% coverage  Monthly
                   sending parsed    depends on
                   logs              telemetry
"""

TOOLS_TABLE = """10) Tools, Platforms, and Software

   Category         Tool, platform, or  Primary use           Common /
                    software                                  Optional /
                                                              Context-specific
   Next-gen         Palo Alto Networks  Perimeter and         Common
   firewall         NGFW / Panorama     internal firewalling
   Cloud network    AWS Security Groups VPC traffic filtering Common
   security         / AWS Network
                    Firewall
   SIEM             Microsoft Sentinel  Cloud-native SIEM     Optional
                                        with KQL
"""

SCORECARD_TABLE = """19) Hiring Evaluation Criteria

   Scorecard dimensions

   Dimension              What “meets” looks like    What “exceeds” looks like
   Networking             Correct routing/NAT        Fast root cause from
   fundamentals           reasoning                  captures
   Firewall policy design Least-privilege rules with Optimizes large rule
                          clear objects              bases
   Automation             Writes working scripts     Builds reusable pipelines
"""


# --- tables whose full cells sit one space from the next -------------------------------------------------


def test_a_kpi_table_with_one_space_gutters_gives_one_row_per_kpi() -> None:
    rows = fields(KPI_TABLE)["kpis"]["rows"]
    assert [(r["name"], r["what_it_measures"], r["target"], r["frequency"]) for r in rows] == [
        ("Ticket lead time", "Median days from request to done", "≤ 3 business days", "Weekly"),
        ("Rollback rate", "% of changes rolled back", "< 2% of changes", "Monthly"),
        ("Patch latency", "Days from advisory to patched device", "≤ 14 days for critical", "Per advisory"),
        ("Log coverage", "% of devices sending parsed logs", "≥ 98% coverage", "Monthly"),
    ]
    assert rows[2]["why_it_matters"] == "Edge devices are exploited first"


def test_a_header_cell_wrapped_at_its_slash_is_one_column_name() -> None:
    kpis = fields(KPI_TABLE)["kpis"]
    assert kpis["columns"][3] == "Example target/benchmark"
    assert all(not row["other_cells"] for row in kpis["rows"])


def test_a_tools_table_with_one_space_gutters_gives_its_rows() -> None:
    rows = fields(TOOLS_TABLE)["tools"]["rows"]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in rows] == [
        ("Next-gen firewall", "Palo Alto Networks NGFW / Panorama", "Perimeter and internal firewalling", "common"),
        ("Cloud network security", "AWS Security Groups / AWS Network Firewall", "VPC traffic filtering", "common"),
        ("SIEM", "Microsoft Sentinel", "Cloud-native SIEM with KQL", "optional"),
    ]


def test_a_hiring_scorecard_with_one_space_gutters_gives_its_dimensions() -> None:
    rows = fields(SCORECARD_TABLE)["hiring"]["scorecard"]["rows"]
    assert [(r["dimension"], r["meets"], r["exceeds"]) for r in rows] == [
        ("Networking fundamentals", "Correct routing/NAT reasoning", "Fast root cause from captures"),
        ("Firewall policy design", "Least-privilege rules with clear objects", "Optimizes large rule bases"),
        ("Automation", "Writes working scripts", "Builds reusable pipelines"),
    ]


def test_words_sharing_a_space_column_are_not_cut_into_columns() -> None:
    # Negative case: every line has a space at one position, but no line starts a cell there after a wider gap.
    table = (
        "   Role            Common use\n"
        "   Analyst         Daily triage\n"
        "   Engineer        Rule review\n"
    )
    assert "| Role | Common use |" in unwrap_dump(HEAD + table + REFERENCES)


def test_a_table_with_wide_gutters_reads_as_before() -> None:
    # Negative case: the layout the column reader read already (test_generalization_dumps).
    table = (
        "   Category       Tool or platform       Primary use\n"
        "   SIEM           Splunk Enterprise      Log correlation,\n"
        "                  Security               alerting\n"
        "   SOAR           Splunk SOAR            Automated enrichment\n"
    )
    row = "| SIEM | Splunk Enterprise Security | Log correlation, alerting |"
    assert unwrap_dump(HEAD + table + REFERENCES).count(row) == 1


# --- a table read one row per printed line is reported ---------------------------------------------------


def _findings(rows: list[list[str]]) -> list[str]:
    """The findings on a KPI section holding one table of these rows."""
    table = Block.table(["Metric name", "What it measures", "Target", "Frequency"], rows, 0, 10)
    return coverage.line_row_findings(coverage.coverage_counts([table], {"rows": []}, "kpis").line_rows)


def test_a_table_read_one_row_per_printed_line_is_a_finding() -> None:
    rows = [
        ["Firewall change", "Median time from", "≤ 3 business", "Weekly"],
        ["lead time", "approved request", "days for", ""],
        ["", "to implemented", "standard", ""],
        ["Change success", "% of network", "≥ 98%", "Monthly"],
        ["rate", "security changes", "successful", ""],
        ["", "implemented", "changes", ""],
    ]
    [finding] = _findings(rows)
    assert finding.startswith("4 of a table's 6 rows have no label and no capital")


def test_a_table_with_a_few_lowercase_tools_is_no_finding() -> None:
    # Negative case: a tool named in lowercase ("dbt", "pgAdmin") opens a row of the page's own.
    rows = [
        ["dbt", "Transformations", "Common", ""],
        ["pgAdmin", "Database administration", "Optional", ""],
        ["k6", "load testing", "optional", ""],
        ["Airflow", "Orchestration", "Common", ""],
        ["Spark", "Processing", "Common", ""],
    ]
    assert _findings(rows) == []


# --- promotion skills numbered inside one sentence -------------------------------------------------------


def _promotion(paragraph: str) -> tuple[list[tuple[int | None, str]], list[str]]:
    body = f"15) Career Path and Progression\n\n   Skills needed for promotion\n\n   {paragraph}\n"
    career = fields(body)["career_path"]
    return [(s["number"], s["text"]) for s in career["promotion_skills"]], career["promotion_notes"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Promotion to Senior requires: 1. ownership of designs; 2. automation that others use; and 3. mentoring.",
        "Promotion to Senior requires (1) ownership of designs, (2) automation that others use and (3) mentoring.",
        "Promotion to Senior requires: 1) ownership of designs 2) automation that others use 3) mentoring.",
    ],
)
def test_skills_numbered_inside_one_sentence_are_the_promotion_skills(paragraph: str) -> None:
    skills, notes = _promotion(paragraph)
    assert skills == [(1, "ownership of designs"), (2, "automation that others use"), (3, "mentoring")]
    assert notes == [paragraph[: paragraph.index("1") - (1 if "(1)" in paragraph else 0)].strip()]


def test_a_promotion_sentence_without_a_numbered_run_stays_a_note() -> None:
    # Negative case: one number is no run of items.
    text = "Promotion to Senior takes 1. clear ownership of designs across several environments."
    assert _promotion(text) == ([], [text])


# --- the reporting line's cross-link to another page -----------------------------------------------------


def _reporting_line(paragraph: str) -> str | None:
    return dump(f"1) Role Summary\n\n   {paragraph}\n").blueprint.role.reporting_line


def test_a_cross_link_closing_the_reporting_line_is_no_part_of_it() -> None:
    line = _reporting_line(
        "Typical reporting line: reports to the Network Security Manager. See also our Security Engineer "
        "blueprint for the broader role."
    )
    assert line == "reports to the Network Security Manager."


def test_a_second_sentence_of_the_reporting_line_stays() -> None:
    # Negative case: a sentence that says more of the line is no cross-link.
    text = "reports to the Head of Security. In smaller companies, reports to the CTO."
    assert _reporting_line(f"Typical reporting line: {text}") == text


# --- the page itself -------------------------------------------------------------------------------------

PAGE = Path(__file__).resolve().parent / "unseen" / "network-security-engineer-lynx.synthetic.txt"


@pytest.fixture(scope="module")
def page() -> Extraction:
    return extract(PAGE.read_bytes(), name=PAGE.name)[0]


def test_the_page_reads_its_fifteen_kpis_whole(page: Extraction) -> None:
    rows = page.blueprint.model_dump()["fields"]["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Firewall change lead time", "≤ 3 business days for standard changes", "Weekly"),
        ("Change success rate", "≥ 98% successful changes", "Monthly"),
        ("Unused rule ratio", "< 5% after recertification", "Quarterly"),
        ("Overly permissive rules", "Zero new; existing reduced 50% per year", "Monthly"),
        ("Rule recertification completion", "100% of in-scope rules", "Quarterly"),
        ("Internet exposure count", "0 unowned exposures", "Weekly"),
        ("Critical device patch latency", "≤ 14 days for critical advisories", "Per advisory"),
        ("Configuration compliance", "≥ 95% compliant devices", "Monthly"),
        ("IPS false positive rate", "< 20% of alerts", "Monthly"),
        ("Network log source coverage", "≥ 98% coverage", "Monthly"),
        ("Containment time (network)", "≤ 30 minutes for P1 incidents", "Per incident"),
        ("Segmentation coverage", "80% in year one, 95% in year two", "Quarterly"),
        ("VPN/ZTNA availability", "≥ 99.9% monthly", "Monthly"),
        ("Audit findings (network)", "No findings older than 90 days", "Quarterly"),
        ("Automation coverage", "≥ 60% of standard changes", "Quarterly"),
    ]


def test_the_page_reads_its_twenty_five_tools(page: Extraction) -> None:
    tools = page.blueprint.model_dump()["fields"]["tools"]
    rows = [(r["category"], r["tool_text"], r["prevalence"]) for r in tools["rows"]]
    assert len(rows) == 25
    assert rows[0] == ("Next-gen firewall", "Palo Alto Networks NGFW / Panorama", "common")
    assert ("Remote access / ZTNA", "Cisco Secure Client (AnyConnect)", "context_specific") in rows
    assert ("Automation / IaC", "Python (Netmiko, NAPALM, requests)", "common") in rows
    assert ("DNS security", "Infoblox BloxOne Threat Defense", "optional") in rows
    assert rows[-1] == ("Collaboration", "Confluence / Microsoft Teams", "common")
    assert tools["notes"] == [
        "Vendor choice varies widely; labels show how likely each tool is in a typical enterprise."
    ]


def test_the_page_reads_its_seven_scorecard_dimensions(page: Extraction) -> None:
    scorecard = page.blueprint.model_dump()["fields"]["hiring"]["scorecard"]
    assert [r["dimension"] for r in scorecard["rows"]] == [
        "Networking fundamentals",
        "Firewall policy design",
        "Segmentation and architecture",
        "Detection and response support",
        "Automation",
        "Communication",
        "Operational discipline",
    ]
    assert scorecard["rows"][2]["exceeds"] == "Balances risk, cost and operability across estates"
    assert scorecard["rubric_notes"] == []


def test_the_page_reads_its_promotion_skills_and_reporting_line(page: Extraction) -> None:
    blueprint = page.blueprint.model_dump()
    career = blueprint["fields"]["career_path"]
    assert [s["text"] for s in career["promotion_skills"]] == [
        "ownership of designs across multiple environments",
        "automation that others use",
        "influence on standards and roadmap",
        "mentoring of junior engineers",
        "credible communication with auditors and leadership",
    ]
    assert career["promotion_notes"] == ["Promotion to Senior requires:"]
    assert "See also" not in blueprint["role"]["reporting_line"]


def test_the_page_has_no_warning_and_no_noise(page: Extraction) -> None:
    assert page.warnings == []
    text = str(page.blueprint.model_dump()["fields"])
    for noise in ("Harborview", "SkyNest", "Quoteline", "Marek Kowalczyk", "IFRAME", "No spam", "[55]", "[49]"):
        assert noise not in text
