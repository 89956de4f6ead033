"""Round 61 (turndown): a table Turndown wrote without its GFM tables plugin, a cell a paragraph.

devops-engineer-turndown-md is Turndown's default markdown of a WordPress post: every <th> and <td> became a
paragraph of its own, a blank line between any two cells and rows no different from cells. Its KPIs, tools,
hiring scorecard and final scorecard came out with no typed rows, their cells loose in intro/notes (the final
scorecard's "1) " lost to a list marker), and the tools and hiring sections raised no warning. The page is frozen
in tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.coverage import prose_findings
from pipeline.textblocks import text_to_pieces

PAGE = "devops-engineer-turndown-md.synthetic.md"

_HEAD = (
    "Site Engineer: Role Blueprint\n=============================\n\n"
    "1) Role Summary\n---------------\n\nThe Site Engineer keeps the sites running for every team.\n\n"
    "2) Role Mission\n---------------\n\nKeep the sites fast, safe and cheap for every team that depends on them.\n\n"
)
_KPIS = (
    "7) KPIs and Productivity Metrics\n--------------------------------\n\n"
    "Targets are set against the current baseline.\n\n"
    "Metric name\n\nWhat it measures\n\nExample target/benchmark\n\nFrequency\n\n"
    "Uptime\n\nShare of minutes the site serves\n\n≥ 99.9%\n\nMonthly\n\n"
    "Page weight\n\nMedian bytes per page view\n\n< 1 MB\n\nWeekly\n\n"
)
_TOOLS = (
    "10) Tools, Platforms, and Software\n----------------------------------\n\n"
    "Category\n\nTool, platform, or software\n\nPrimary use\n\nCommon / Optional / Context-specific\n\n"
    "Monitoring\n\nGrafana\n\nDashboards and alerts\n\nCommon\n\n"
    "CDN\n\nFastly\n\nEdge caching\n\nOptional\n\n"
)
_SCORECARD = (
    "20) Final Role Scorecard Summary\n--------------------------------\n\n"
    "Category\n\nExecutive summary\n\n"
    "Role title\n\nSite Engineer\n\n"
    "Top 10 responsibilities\n\n1) Run the sites 2) Tune the caches 3) Answer the pages\n\n"
    "Top KPIs\n\nUptime, page weight\n"
)


def _fields(*sections: str) -> tuple[dict, list[str]]:
    (extraction,) = extract((_HEAD + "".join(sections)).encode(), name="site.md")
    return extraction.document["fields"], extraction.warnings


# --- synthetic: cells as blank-line separated paragraphs --------------------------------------------------------


def test_synthetic_kpi_cells_as_paragraphs_make_rows() -> None:
    fields, warnings = _fields(_KPIS, _TOOLS)
    kpis = fields["kpis"]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Uptime", "≥ 99.9%", "Monthly"),
        ("Page weight", "< 1 MB", "Weekly"),
    ]
    assert kpis["intro"] == ["Targets are set against the current baseline."]
    assert not any(w.startswith("kpis:") for w in warnings)


def test_synthetic_tool_cells_as_paragraphs_make_rows() -> None:
    tools = _fields(_KPIS, _TOOLS)[0]["tools"]
    assert [(row["category"], row["tool_text"], row["primary_use"], row["prevalence"]) for row in tools["rows"]] == [
        ("Monitoring", "Grafana", "Dashboards and alerts", "common"),
        ("CDN", "Fastly", "Edge caching", "optional"),
    ]
    assert tools["notes"] == []


def test_synthetic_scorecard_cells_keep_labels_and_numbered_values() -> None:
    scorecard = _fields(_KPIS, _TOOLS, _SCORECARD)[0]["scorecard"]
    assert scorecard["role_title"] == "Site Engineer"
    assert scorecard["top_responsibilities"] == ["Run the sites", "Tune the caches", "Answer the pages"]
    assert [row["label"] for row in scorecard["rows"]] == ["Role title", "Top 10 responsibilities", "Top KPIs"]
    assert scorecard["notes"] == []


def test_synthetic_header_lines_without_blank_lines_are_not_this_layout() -> None:
    # A header whose cells are lines of one block (a text dump's) is read by tables.stacked_tables, not here;
    # with its rows' cells glued in pairs it is no table of this layout either.
    glued = _KPIS.replace("Metric name\n\nWhat it measures", "Metric name\nWhat it measures")
    pieces = text_to_pieces(_HEAD + glued)
    assert BlockKind.TABLE not in {piece.block.kind for piece in pieces}


def test_synthetic_a_lone_column_name_paragraph_stays_a_paragraph() -> None:
    page = _HEAD + "Frequency\n\nWeekly reviews keep the numbers honest.\n"
    kinds = [piece.block.kind for piece in text_to_pieces(page)]
    assert BlockKind.TABLE not in kinds


# --- synthetic: the warning for a table's cells left in prose -----------------------------------------------------


def test_synthetic_header_cells_in_notes_are_reported() -> None:
    finding = "{} lines of its intro/notes name table columns: a table read cell by cell as prose"
    tools = {"notes": ["Category", "Tool, platform, or software", "Primary use"], "rows": [{"category": "CI"}]}
    assert prose_findings(tools, 150) == [finding.format(3)]
    rubric = {"header": [], "rows": [], "rubric_notes": ["Dimension", "What “meets” looks like"]}
    assert prose_findings({"notes": [], "scorecard": rubric}, 150) == [finding.format(2)]


def test_synthetic_one_column_name_in_notes_is_no_finding() -> None:
    assert prose_findings({"notes": ["Frequency", "Reviewed every quarter."], "rows": [{}]}, 150) == []


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_kpis_read_twelve_rows() -> None:
    kpis = unseen_document(PAGE)["fields"]["kpis"]
    rows = [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]]
    assert len(rows) == 12
    assert rows[2] == ("Change failure rate", "≤ 15%", "Monthly")
    assert rows[5] == ("Infrastructure drift count", "0 unreviewed drift items older than 7 days", "Weekly")
    assert rows[11] == ("Developer satisfaction with platform", "≥ 4.0 / 5", "Quarterly")
    assert len(kpis["intro"]) == 1
    assert [len(note["items"]) for note in kpis["notes"]] == [2]


def test_page_tools_read_use_and_prevalence() -> None:
    tools = unseen_document(PAGE)["fields"]["tools"]
    rows = tools["rows"]
    assert len(rows) == 17
    assert all(row["primary_use"] and row["prevalence"] for row in rows)
    assert (rows[2]["tool_text"], rows[2]["primary_use"]) == ("GitHub Actions", "Build, test, and deploy workflows")
    assert [row["prevalence_text"] for row in rows].count("Context-specific") == 2
    assert [row["prevalence_text"] for row in rows].count("Optional") == 2
    assert "Primary use" not in all_strings(tools["notes"])


def test_page_hiring_scorecard_reads_six_dimensions() -> None:
    scorecard = unseen_document(PAGE)["fields"]["hiring"]["scorecard"]
    assert [row["dimension"] for row in scorecard["rows"]] == [
        "CI/CD engineering",
        "Infrastructure as code",
        "Kubernetes operations",
        "Observability and incident response",
        "Security and compliance",
        "Collaboration and communication",
    ]
    assert scorecard["rubric_notes"] == []


def test_page_final_scorecard_reads_its_rows() -> None:
    scorecard = unseen_document(PAGE)["fields"]["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["role_title"] == "DevOps Engineer"
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["top_responsibilities"][0] == "Operate CI/CD pipelines"
    assert scorecard["top_technical_skills"][-1] == "Prometheus / Grafana and Datadog"
    assert scorecard["top_soft_skills"][-1] == "Pragmatism"
    assert len(scorecard["top_tools"]) == 12
    assert len(scorecard["top_kpis"]) == 8
    assert [option["name"] for option in scorecard["career_progression_options"]][-1] == "FinOps Engineer"
    labels = [row["label"] for row in scorecard["rows"]]
    assert "Top 10 responsibilities" in labels and "Top 10 soft skills" in labels
    assert scorecard["notes"] == []


def test_page_noise_absent() -> None:
    strings = "\n".join(all_strings(unseen_document(PAGE)))
    for noise in ("Advertisement", "NimbusLedger", "Share this:", "Like Loading", "Marek Oduya", "Leave a Reply"):
        assert noise not in strings
