"""Round 64, pymupdf64: the text PyMuPDF's page.get_text("text") gives for a browser's "Print to PDF" of a blueprint
(structural-engineer-pymupdf-text): pages joined by form feeds, a print header and footer line on each, lines wrapped
at the PDF's width, a bullet "•" or a number "1." alone on its line before its item, tables one cell a line.

* The page was not read as a print at all: the running header's gap ("12/3/26, 9:41 AM    <title>") opened a run of
  "table" lines that, with no blank line in the text, never closed, so no line counted as wrapped prose; and the
  footer ("https://…    N/22") was not seen to count pages because the last printed page was short. Header and
  footer lines stayed in 45 fields, and no wrapped line was joined.
* A lone marker line is set before its item's text, so "•" / "text" reads as one item; a wrapped line that opens
  with an aside ("(PE) or …") reads on from a long line above.
* A table printed one cell a line, its cells wrapped over several lines, is cut into cells by the cues that a line
  reads on (lowercase, an aside, a line above stopping mid-clause), its rows kept aligned by a column's closed
  vocabulary (a KPI's frequency, a tool's prevalence); a final scorecard's label lines ("Top KPIs") head their
  values' lines.

The page is frozen in tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, unseen_document

from pipeline import extract

PAGE = "structural-engineer-pymupdf-text.synthetic.txt"

_HEADER = "5/6/26, 2:05 PM    Test Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path - Hub"
_FOOTER = "https://hub.example/roles/test-analyst/    {n}/{total}"

_PROSE = (
    "The Test Analyst plans, designs, and runs the checks that keep the product working for the\n"
    "customers who depend on it every day, from the first requirement review to the final release\n"
    "sign-off, and reports what the checks found to the teams that build and ship the product.\n"
)

_PAGES = [
    "Test Analyst: Role Blueprint\n1) Role Summary\n" + _PROSE * 3 + "2) Role Mission\nCore mission:\n"
    "Keep every release safe to ship by finding the defects that matter before customers do, and\n"
    "by making the results easy to act on.\n",
    "3) Core Responsibilities\nStrategic responsibilities\n1.\nPlan the test approach for each release\n"
    "– Agree scope, risks, and exit criteria with the product owner before the sprint starts and\n"
    "record them in the plan.\n2.\nReview requirements for testability\n"
    "– Flag ambiguous acceptance criteria early so the team can fix them before any code is written.\n"
    "4) Day-to-Day Activities\nDaily activities\n•\nRun the regression suite and triage every failure before the\n"
    "stand-up meeting.\n•\nLog defects with steps, evidence, and severity.\n" + _PROSE * 2,
    "7) KPIs and Productivity Metrics\nMetric name\nWhat it measures\nWhy it matters\nExample\ntarget/benchmark\n"
    "Frequency\nDefect escape rate\nShare of defects\nfound after release\nEscapes cost the\nmost to fix\n"
    "< 5% of all\nDefects found\nMonthly\nTest cycle time\nDays from build to\nsign-off\nSlow cycles\n"
    "delay releases\n≤ 2 days\nPer release\nAutomation coverage\nShare of cases\nautomated\n"
    "Manual runs do not\nscale\n≥ 70%\nQuarterly\n8) Technical Skills Required\n" + _PROSE * 2,
    "9) Soft Skills and Behavioral Capabilities\n" + _PROSE * 2 + "Thanks for reading.\n",
]


def _print(pages: list[str]) -> str:
    """The pages as PyMuPDF's text of a browser's print: header first, footer last, a form feed between pages."""
    total = len(pages)
    return "\f".join(f"{_HEADER}\n{body}{_FOOTER.format(n=n, total=total)}\n" for n, body in enumerate(pages, 1))


def _fields() -> dict[str, Any]:
    (extraction,) = extract(_print(_PAGES).encode("utf-8"), name="print.txt")
    return extraction.document["fields"]


# --- synthetic --------------------------------------------------------------------------------------------------------


def test_print_lines_are_dropped_and_wrapped_lines_joined() -> None:
    fields = _fields()
    strings = all_strings(fields)
    assert not [s for s in strings if "5/6/26" in s or "hub.example" in s]
    assert fields["role_mission"]["core_mission"] == (
        "Keep every release safe to ship by finding the defects that matter before customers do, and by making the "
        "results easy to act on."
    )
    assert [item["text"] for item in fields["day_to_day"]["daily"]["items"]] == [
        "Run the regression suite and triage every failure before the stand-up meeting.",
        "Log defects with steps, evidence, and severity.",
    ]


def test_numbered_items_alone_on_their_line_keep_their_titles() -> None:
    items = _fields()["responsibilities"]["items"]
    assert [(item["number"], item["category"], item["title"]) for item in items] == [
        (1, "strategic", "Plan the test approach for each release"),
        (2, "strategic", "Review requirements for testability"),
    ]
    assert items[0]["detail"].endswith("before the sprint starts and record them in the plan.")


def test_a_table_one_cell_a_line_is_rebuilt() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Defect escape rate", "< 5% of all Defects found", "Monthly"),
        ("Test cycle time", "≤ 2 days", "Per release"),
        ("Automation coverage", "≥ 70%", "Quarterly"),
    ]
    assert rows[0]["what_it_measures"] == "Share of defects found after release"


# --- the page ------------------------------------------------------------------------------------------------------


def test_page_has_no_print_lines_or_ads() -> None:
    strings = all_strings(unseen_document(PAGE)["fields"])
    for noise in ("12/3/26", "aecrolehub.example", "Sign up free", "SPANWISE", "Post Comment"):
        assert not [s for s in strings if noise in s], noise


def test_page_tables() -> None:
    fields = unseen_document(PAGE)["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "RFI response time",
        "≤ 5 working days (≤ 2 for urgent field RFIs)",
        "Monthly",
    )
    assert kpis[1]["target"] == "< 10% of total RFIs attributable to structural design"
    tools = fields["tools"]["rows"]
    assert len(tools) == 16
    assert [row["tool_text"] for row in tools[:3]] == ["ETABS", "SAP2000", "RISA-3D"]
    assert (tools[-1]["category"], tools[-1]["prevalence_text"]) == ("Sustainability", "Context-specific")
    scorecard = fields["hiring"]["scorecard"]["rows"]
    assert [row["dimension"] for row in scorecard] == [
        "Structural fundamentals",
        "Code application",
        "Modeling and verification",
        "Documentation quality",
        "Communication",
        "Project delivery",
    ]
    assert scorecard[4]["meets"] == "Writes clear RFI responses"


def test_page_wrapped_items_and_counts() -> None:
    fields = unseen_document(PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 19
    assert [item["number"] for item in items] == list(range(1, 20))
    assert items[7]["title"] == "Develop and analyze structural models"
    assert items[13]["detail"].endswith("request supplementary borings when needed.")
    stakeholders = fields["stakeholders"]
    assert (len(stakeholders["upstream"]), len(stakeholders["downstream"]), len(stakeholders["external"])) == (4, 4, 5)
    assert len(fields["ai_impact"]["new_expectations"]) == 4
    risks = fields["risks"]
    counts = (len(risks["bottlenecks"]), len(risks["underperformance_reasons"]), len(risks["business_risks"]))
    assert counts == (4, 4, 3)
    assert len(fields["technical_skills"]["skills"]) == 18
    assert len(fields["hiring"]["exercises"]) == 4
    assert len(fields["experience"]["education"]) == 2
    # A wrapped line opening with an aside reads on: "… a licensed Professional Engineer" / "(PE) or Structural …".
    paragraphs = fields["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert "Professional Engineer (PE) or Structural Engineer (SE) who seals" in paragraphs[1]


def test_page_final_scorecard_label_lines() -> None:
    scorecard = unseen_document(PAGE)["fields"]["scorecard"]
    assert scorecard["role_title"] == "Structural Engineer"
    assert len(scorecard["rows"]) == 10
    assert [len(scorecard[key]) for key in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10,
        10,
        10,
    ]
    # The row crosses a page break between "Bluebeam" and "Revu".
    assert scorecard["top_tools"][6] == "Bluebeam Revu"
    assert len(scorecard["top_tools"]) == 9
    assert scorecard["notes"] == []
