"""Terminal-browser dumps: wrapped lines, space-aligned tables and ``[N]`` link markers.

These are synthetic snippets modelled on unseen pages of the family (the "SOC
Analyst" page came as a ``lynx -dump`` / ``w3m -dump``: every paragraph, item and
"– detail" hard-wrapped at ~76 columns, tables as space-aligned columns whose
cells wrap within their column, links as ``[N]text`` with a References list),
plus the pages that are no dump and must stay as they are.
"""

from __future__ import annotations

from conftest import SEED_000, SEED_004
from pipeline import extract
from pipeline.dumps import is_terminal_dump, unwrap_dump

# A lynx dump opens with the site's links: "[1]Skip to content", the menu.
HEAD = "   [1]Skip to content\n   * [2]Home\n\nX Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
REFERENCES = "\nReferences\n\n" + "".join(f"  {n:>2}. https://site.example/{n}\n" for n in range(1, 30))


def fields(body: str) -> dict:
    """The typed fields of a lynx dump of HEAD + body (its References list appended)."""
    return extract((HEAD + body + REFERENCES).encode(), name="x.txt")[0].blueprint.model_dump()["fields"]


def test_wrapped_paragraphs_lines_and_details_are_joined() -> None:
    f = fields(
        """1) Role Summary

   The analyst watches security telemetry around the clock, triages alerts
   and escalates confirmed incidents to responders.

   Typical reporting line: SOC Team Lead or SOC Manager, within the Security
   Operations function under the CISO.

3) Core Responsibilities

   Strategic responsibilities

   1. Feed detection improvement priorities
      – Log recurring false positives and coverage gaps so that detection
        engineering can prioritize tuning.
"""
    )
    assert f["role_summary"]["paragraphs"] == [
        "The analyst watches security telemetry around the clock, triages alerts and escalates confirmed incidents to responders."
    ]
    assert f["role_summary"]["reporting_line"]["reports_to"] == (
        "SOC Team Lead or SOC Manager, within the Security Operations function under the CISO"
    )
    [item] = f["responsibilities"]["items"]
    assert (item["title"], item["detail"]) == (
        "Feed detection improvement priorities",
        "Log recurring false positives and coverage gaps so that detection engineering can prioritize tuning.",
    )
    assert f["responsibilities"]["intro"] == []


def test_a_table_whose_cells_wrap_within_their_column_gives_one_row_per_table_row() -> None:
    f = fields(
        """10) Tools, Platforms, and Software

Category       Tool or platform       Primary use             Common /
                                                              Optional /
                                                              Context-specific
SIEM           [19]Splunk Enterprise  Log correlation,        Common
               Security / Microsoft   alerting
               Sentinel
SOAR           Splunk SOAR / Cortex   Automated enrichment    Context-specific
               XSOAR / Tines
Threat         MISP / Recorded        Indicator enrichment    Common
intelligence   Future / VirusTotal    and reputation
"""
    )
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in f["tools"]["rows"]] == [
        ("SIEM", "Splunk Enterprise Security / Microsoft Sentinel", "Log correlation, alerting", "common"),
        ("SOAR", "Splunk SOAR / Cortex XSOAR / Tines", "Automated enrichment", "context_specific"),
        ("Threat intelligence", "MISP / Recorded Future / VirusTotal", "Indicator enrichment and reputation", "common"),
    ]


def test_a_kpi_table_whose_first_column_wraps_too() -> None:
    f = fields(
        """7) KPIs and Productivity Metrics

Metric          What it measures  Why it matters   Example target   Frequency
                                                   / benchmark
Mean time to    Time from alert   Delayed pickup   Critical ≤ 15    Daily
acknowledge     creation to       extends          min; High ≤ 30
(MTTA)          analyst pickup    attacker dwell   min
                                  time
Escalation      % of escalations  Protects         ≥ 80%            Monthly
accuracy        confirmed as      responder
                true incidents    capacity
SLA compliance  % alerts handled  Contractual and  ≥ 95%            Weekly
                within SLA        customer
"""
    )
    rows = f["kpis"]["rows"]
    assert [(r["name"], r["what_it_measures"], r["why_it_matters"], r["target"], r["frequency"]) for r in rows] == [
        (
            "Mean time to acknowledge (MTTA)",
            "Time from alert creation to analyst pickup",
            "Delayed pickup extends attacker dwell time",
            "Critical ≤ 15 min; High ≤ 30 min",
            "Daily",
        ),
        (
            "Escalation accuracy",
            "% of escalations confirmed as true incidents",
            "Protects responder capacity",
            "≥ 80%",
            "Monthly",
        ),
        ("SLA compliance", "% alerts handled within SLA", "Contractual and customer", "≥ 95%", "Weekly"),
    ]
    assert f["kpis"]["columns"][3] == "Example target / benchmark"


def test_a_cell_line_opening_with_a_number_stays_in_its_row() -> None:
    f = fields(
        """20) Final Role Scorecard Summary

Item                        Summary
Role title                  X Analyst
Top 10 responsibilities     1) Alert monitoring 2) Triage and classification
                            3) Containment playbooks 4) Shift handover
Top KPIs                    MTTA; time to triage
"""
    )["scorecard"]
    assert [(r["label"], r["value"]) for r in f["rows"]] == [
        ("Role title", "X Analyst"),
        (
            "Top 10 responsibilities",
            "1) Alert monitoring 2) Triage and classification 3) Containment playbooks 4) Shift handover",
        ),
        ("Top KPIs", "MTTA; time to triage"),
    ]
    assert f["top_kpis"] == ["MTTA", "time to triage"]
    assert f["notes"] == []


def test_a_skill_title_wrapped_before_its_importance_closes() -> None:
    f = fields(
        """8) Technical Skills Required

   Good-to-have technical skills

   1. SOAR playbook usage (Optional → Important if the SOC runs automated
      containment)
      – Use: triggering, monitoring and troubleshooting automated actions.
"""
    )["technical_skills"]
    assert [(s["name"], s["importance"], s["importance_note"]) for s in f["skills"]] == [
        ("SOAR playbook usage", "optional", "Optional → Important if the SOC runs automated containment")
    ]
    assert f["intro"] == []


def test_link_markers_are_links_so_buttons_and_course_lists_go() -> None:
    extraction = extract(
        (
            HEAD
            + """4) Day-to-Day Activities

   Daily activities

   * Triage SIEM and EDR alerts in priority order:
     + critical and high alerts on crown-jewel assets first,
     + identity alerts.

   Advertisement

   Upgrade Your Home Office Chair
   ErgoFlex Pro – lumbar support rated by 12,000 remote workers.
   [17]Shop ErgoFlex    [18]Compare Models

20) Final Role Scorecard Summary

Item                        Summary
Role title                  X Analyst
Top KPIs                    MTTA; time to triage

   Certification Courses

   DevOpsSchool has introduced a series of professional certification
   courses designed to enhance your skills. Explore the following programs:

   * [23]DevSecOps Certification
   * [24]SRE Certification
"""
            + REFERENCES
        ).encode(),
        name="x.txt",
    )[0]
    f = extraction.blueprint.model_dump()["fields"]
    [item] = f["day_to_day"]["daily"]["items"]
    assert item["sub_items"] == [
        "critical and high alerts on crown-jewel assets first",  # its joining comma dropped (round 51)
        "identity alerts",  # and the full stop closing the split sentence (round 70)
    ]
    assert [(r["label"], r["value"]) for r in f["scorecard"]["rows"]] == [
        ("Role title", "X Analyst"),
        ("Top KPIs", "MTTA; time to triage"),
    ]
    assert f["scorecard"]["notes"] == [] and f["scorecard"]["unparsed"] == []
    dumped = extraction.blueprint.model_dump_json()
    for noise in ("ErgoFlex", "Compare Models", "DevSecOps", "Certification", "[1", "[2", "https://"):
        assert noise not in dumped


def test_a_w3m_dump_without_link_list_is_known_by_its_wrap_width() -> None:
    wrapped = "".join(
        f"   Sentence {n} of a paragraph that the terminal browser wrapped at its\n   width, line after line.\n\n"
        for n in range(12)
    )
    assert is_terminal_dump(wrapped)
    assert unwrap_dump(wrapped).split("\n")[:2] == [
        "   Sentence 0 of a paragraph that the terminal browser wrapped at its width, line after line.",
        "",
    ]


def test_unwrap_keeps_short_lines_nesting_and_reads_links() -> None:
    page = (
        "   Upgrade Your Home Office Chair\n"
        "   ErgoFlex Pro – lumbar support rated by remote workers.\n"
        "   See the [5]Splunk documentation for details, or the [6]vendor pages at\n"
        "   the end.\n"
        "   * Triage alerts:\n"
        "     o identity alerts,\n"
        "     o malware alerts.\n"
        "   [1]Home » [2]Security Roles » SOC Analyst\n"
    )
    assert unwrap_dump(page) == (
        "   Upgrade Your Home Office Chair\n"
        "   ErgoFlex Pro – lumbar support rated by remote workers.\n"
        "   See the [Splunk][5] documentation for details, or the [vendor][6] pages at the end.\n"
        "   * Triage alerts:\n"
        "     - identity alerts,\n"
        "     - malware alerts.\n"
        "   [Home][1] » [Security Roles][2] » SOC Analyst\n"
    )


def test_pages_that_are_no_dump_are_not_read_as_one() -> None:
    assert not is_terminal_dump(SEED_000.read_text(encoding="utf-8"))
    assert not is_terminal_dump(SEED_004.read_text(encoding="utf-8"))
    # The article's own reading list, numbered titles rather than a browser's URLs.
    assert not is_terminal_dump(
        "1) Role Summary\n\nText [1].\n\nReferences\n\n1. NIST SP 800-61, Incident Handling Guide\n"
    )
    # Short lines only, none near a terminal's width: a compact page of items.
    assert not is_terminal_dump("".join(f"- Item number {n} of a list\n" for n in range(40)))


def test_a_table_with_centred_header_cells_and_no_link_list() -> None:
    """w3m centres header cells; its dump has no References list when links are not numbered."""
    rows = unwrap_dump(
        "   Scorecard dimensions\n\n"
        "       Dimension            Meets expectations      Exceeds expectations\n"
        "Investigation reasoning  Reaches a correct       Identifies scope and\n"
        "                         disposition             related activity\n"
        "Query skills             Writes working          Writes efficient,\n"
        "                         searches                reusable queries\n"
    ).split("\n")
    assert rows[2:7] == [
        "| Dimension | Meets expectations | Exceeds expectations |",
        "| --- | --- | --- |",
        "| Investigation reasoning | Reaches a correct disposition | Identifies scope and related activity |",
        "| Query skills | Writes working searches | Writes efficient, reusable queries |",
        "",
    ]


def test_a_linked_image_is_a_link_by_its_alt_text() -> None:
    assert unwrap_dump("   [12][IMG]\n   [13][ShieldNova logo] Protect every endpoint today.\n") == (
        "   [IMG][12]\n   [ShieldNova logo][13] Protect every endpoint today.\n"
    )


def test_a_reading_list_of_urls_without_link_markers_makes_no_dump() -> None:
    page = (
        "1) Role Summary\n\nSee the NIST guide [1] and the ATT&CK matrix [2].\n\nReferences\n\n1. https://nist.gov/\n"
    )
    assert not is_terminal_dump(page)
    assert is_terminal_dump(page.replace("guide [1]", "[1]guide").replace("matrix [2]", "[2]matrix"))


def test_a_dash_line_written_in_a_paragraph_wraps_under_its_dash() -> None:
    """Real lynx output of "<p>– a<br>– b</p>": the dash is text, its wrapped lines sit at the paragraph's indent."""
    assert unwrap_dump(
        "   Notes on using these metrics\n"
        "   – Review reliability and cost metrics together; cutting cost by\n"
        "   removing tests or retries is a false economy.\n"
        "   – Do not use team metrics to rank individual engineers.\n"
        "    1. Data modeling for analytics (Critical)\n"
        "       – Use: reviewing dimensional models, wide tables, and slowly\n"
        "       changing dimensions for correctness and performance.\n"
    ) == (
        "   Notes on using these metrics\n"
        "   – Review reliability and cost metrics together; cutting cost by removing tests or retries is a false economy.\n"
        "   – Do not use team metrics to rank individual engineers.\n"
        "    1. Data modeling for analytics (Critical)\n"
        "       – Use: reviewing dimensional models, wide tables, and slowly changing dimensions for correctness and performance.\n"
    )


def test_a_table_header_lynx_writes_under_a_paragraph_starts_a_line() -> None:
    """lynx writes a complex table's rows as lines of words, the header on the line after the lead paragraph."""
    assert unwrap_dump(
        "   Tooling varies by enterprise standardization. Items below reflect common\n"
        "   stacks; labels indicate likelihood.\n"
        "   Category Tool, platform, or software Primary use Common / Optional /\n"
        "   Context-specific\n"
        "   Cloud platforms Azure Managed compute, storage Context-specific\n"
    ) == (
        "   Tooling varies by enterprise standardization. Items below reflect common stacks; labels indicate likelihood.\n"
        "   Category Tool, platform, or software Primary use Common / Optional / Context-specific\n"
        "   Cloud platforms Azure Managed compute, storage Context-specific\n"
    )
