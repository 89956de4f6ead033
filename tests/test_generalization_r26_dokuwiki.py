"""A DokuWiki page saved as its source ("?do=export_raw"), from a twenty-sixth round of unseen pages.

DokuWiki writes "====== Title ======" headings (the more "=", the higher the level; AsciiDoc's reader took them
for its own), "  * " and "  - " list items indented two spaces a level, "^ Header ^" rows over "| cell |" rows
with ":::" cells spanning down and "||" cells spanning across, forced breaks "\\\\" (an item's "Title \\\\ Use: ...
\\\\ What good looks like: ..."), **bold**, //italic//, [[target|text]] links, {{media}} and {{tag>...}} tags,
((footnotes)), ~~NOTOC~~ macros, the Wrap plugin's boxes ("<WRAP sponsor>" an ad) and the discussion plugin's
comments after "~~DISCUSSION~~". The snippets are synthetic, modelled on the page (a clinical hospital
pharmacist's blueprint), which is frozen below as tests/unseen/*.synthetic.txt with its answer key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.dokuwiki import dokuwiki_as_markdown

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "hospital-pharmacist-dokuwiki.synthetic.txt"

_HEAD = """~~NOTOC~~

====== Ward Pharmacist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path ======

===== 1) Role Summary =====

The **Ward Pharmacist** keeps medicine use safe on the wards for every patient((Scope varies by trust.)).

===== 2) Role Mission =====

**Core mission:** \\\\
Make every dose on the ward the right dose, by the right route.

"""


def _document(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.txt")
    assert extraction.document is not None
    return extraction.document




def _newlines(text: str) -> list[int]:
    return [k for k, char in enumerate(text) if char == "\n"]


# --- detection and the rewrite -------------------------------------------------------------------------


def test_pages_of_other_markups_are_left_as_they_are() -> None:
    for page in (
        "# Title\n\n## 1) Role Summary\n\n* item\n\nSetext\n======\n",
        "= Title\n\n== 1) Role Summary\n\n== 2) Role Mission\n",  # AsciiDoc: no closing run
        "== 1) Role Summary ==\n\n== 2) Role Mission ==\n* item\n",  # MediaWiki's levels: no "=====" heading
        "====== Title ======\nplain text, one heading\n",
    ):
        assert dokuwiki_as_markdown(page) is page


def test_a_dokuwiki_page_is_rewritten_at_its_length_its_line_ends_kept() -> None:
    page = _HEAD + (
        "===== 3) Core Responsibilities =====\n\n==== Strategic ====\n\n"
        "  - **Own the formulary** \\\\ – Prepare monographs for P&T.\n"
        "  - **Lead stewardship** \\\\ – Translate targets into unit actions.\n"
        "    * nested point\n"
        "  * //bullet// with [[roles:talk|a talk page]] and [[https://example.org|a site]]{{tag>x y}}\n"
    )
    out = dokuwiki_as_markdown(page)
    assert len(out) == len(page)
    assert set(_newlines(page)) <= set(_newlines(out))  # the page's lines start where they did
    lines = [line.rstrip() for line in out.split("\n")]
    assert "# Ward Pharmacist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path" in lines
    assert "## 1) Role Summary" in lines and "### Strategic" in lines
    assert lines[lines.index("1. **Own the formulary**") + 1] == "  – Prepare monographs for P&T."
    assert "2. **Lead stewardship**" in lines and "  - nested point" in lines
    assert "- bullet with a talk page and [a site](https://example.org)" in lines
    for gone in ("~~", "((", "Scope varies", "\\\\", "{{", "[["):
        assert gone not in out


def test_tables_header_rows_rowspans_and_a_colspan_row() -> None:
    page = _HEAD + (
        "^ Category ^ Tool ^ Use ^\n"
        "| Drug information | Lexicomp | Dosing |\n"
        "| ::: | Micromedex | Monographs |\n"
        "| ::: | UpToDate | Guidelines |\n"
        "| //Notes: tie tools to units.// |||\n"
    )
    rows = [line.rstrip() for line in dokuwiki_as_markdown(page).split("\n") if line.startswith("|")]
    assert rows == [
        "|Category|Tool|Use|",
        "|Drug information|Lexicomp|Dosing|",
        "|Drug information|Micromedex|Monographs|",
        "|Drug information|UpToDate|Guidelines|",
        "|Notes: tie tools to units.|",
    ]


# --- what is not the article ---------------------------------------------------------------------------


def test_a_sponsor_wrap_and_the_discussion_thread_are_blanked_boxes_and_notes_keep_their_text() -> None:
    page = _HEAD + (
        "<WRAP sponsor center 90%>\n**PharmaCE Academy** – review course \\\\\n<WRAP inner>\nsave 20%\n</WRAP>\n"
        "Enroll now.\n</WRAP>\n\n"
        "<WRAP round box>\nA box of the article.\n</WRAP>\n"
        "<note tip>Edit the page, not the template.</note>\n\n"
        "<code>\n| not | a | table |\n</code>\n\n"
        "~~DISCUSSION~~\n\n===== Discussion =====\n\n**marta.h**, 2025/10/04 08:51 \\\\\nGreat page!\n"
    )
    out = dokuwiki_as_markdown(page)
    for gone in ("PharmaCE", "save 20%", "Enroll now", "WRAP", "<note", "not | a", "Discussion", "marta", "Great"):
        assert gone not in out
    assert "A box of the article." in out and "Edit the page, not the template." in out


def test_a_discussion_macro_above_the_article_leaves_its_sections() -> None:
    page = "~~DISCUSSION~~\n" + _HEAD + "===== Discussion =====\n\nGreat page!\n"
    out = dokuwiki_as_markdown(page)
    assert "Make every dose on the ward the right dose" in out and "Great page!" not in out


# --- typed fields from DokuWiki layouts ---------------------------------------------------------------


def test_forced_breaks_split_titles_from_details_and_labels() -> None:
    fields = _document(
        "===== 3) Core Responsibilities =====\n\n==== Operational responsibilities ====\n\n"
        "  - **Verify medication orders** \\\\ – Review each order before release to nursing.\n"
        "  - **Cover rotas and on-call** \\\\ – Provide evening and weekend cover.\n\n"
        "===== 8) Technical Skills Required =====\n\n==== Must-have technical skills ====\n\n"
        "  - **Clinical pharmacokinetics** (Critical) \\\\ Use: vancomycin AUC dosing. \\\\ What good looks like:"
        " correct level timing.\n"
    )["fields"]
    assert fields["role_mission"]["core_mission"] == "Make every dose on the ward the right dose, by the right route."
    items = fields["responsibilities"]["items"]
    assert [(i["number"], i["title"], i["detail"]) for i in items] == [
        (1, "Verify medication orders", "Review each order before release to nursing."),
        (2, "Cover rotas and on-call", "Provide evening and weekend cover."),
    ]
    (skill,) = fields["technical_skills"]["skills"]
    assert (skill["name"], skill["importance"], skill["use"], skill["what_good_looks_like"]) == (
        "Clinical pharmacokinetics",
        "critical",
        "vancomycin AUC dosing.",
        "correct level timing.",
    )


def test_header_rows_rowspans_and_a_notes_row_in_typed_tables() -> None:
    fields = _document(
        "===== 7) KPIs and Productivity Metrics =====\n\n"
        "^ Metric name ^ What it measures ^ Example target/benchmark ^ Frequency ^\n"
        "| Order verification turnaround | Time to verification | ≤ 15 min | Daily |\n"
        "| Intervention acceptance rate | Accepted recommendations | ≥ 85% | Monthly |\n"
        "| //Notes on implementation: tie KPIs to the unit.// ||||\n\n"
        "===== 10) Tools, Platforms, and Software =====\n\n"
        "^ Category ^ Tool, platform, or software ^ Primary use ^ Common / Optional / Context-specific ^\n"
        "| Drug information | Lexicomp | Dosing, interactions | Common |\n"
        "| ::: | Micromedex | Drug monographs | Common |\n"
        "| ::: | BNF / BNFc | UK dosing reference | Context-specific |\n"
        "| Education | Learning management system | Mandatory training | Common |\n"
    )["fields"]
    kpis = fields["kpis"]
    assert [row["name"] for row in kpis["rows"]] == ["Order verification turnaround", "Intervention acceptance rate"]
    assert kpis["columns"][0] == "Metric name"
    tools = fields["tools"]["rows"]
    assert [(row["category"], row["tool_text"]) for row in tools] == [
        ("Drug information", "Lexicomp"),
        ("Drug information", "Micromedex"),
        ("Drug information", "BNF / BNFc"),
        ("Education", "Learning management system"),
    ]


# --- the page ------------------------------------------------------------------------------------------

NOISE = [
    "MedStaff Locum Network", "Find locum pharmacy shifts near you", "Browse Open Shifts",
    "Ads help keep this wiki free", "PharmaCE Academy", "Enroll before Nov 30", "ROLEWIKI20",
    "Subscribe to the Role Library digest", "Share on LinkedIn", "Last modified: 2025/10/03", "Recent Changes",
    "Media Manager", "Trace: » start", "Great page, we used the scorecard section",
    "Looking for weekend locum cover", "Enter your comment", "third letter of", "Powered by DokuWiki",
    "~~NOTOC~~", "~~DISCUSSION~~", "{{tag>", "**", "\\\\", "[[", "]]", "((", "{{", "<WRAP", "<note", ":::", "^ ",
    "This page follows the standard 20-section blueprint", "Also worth adding time to first antibiotic review",
    "Collaborative practice privileges vary", "ASHP-endorsed", "//",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_dokuwiki_page_sections_title_and_noise(page: dict[str, Any]) -> None:
    assert len(page["sections"]) == 20 and page["missing_sections"] == []
    assert page["role"]["title"] == "Clinical Hospital Pharmacist" and page["role"]["horizon"] == "Current"
    strings = [s for s in all_strings({k: v for k, v in page.items() if k != "source"})]
    assert [noise for noise in NOISE if any(noise in s for s in strings)] == []
    assert not any("\\" in s for s in strings)


def test_the_dokuwiki_page_responsibilities_and_skills(page: dict[str, Any]) -> None:
    fields = page["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 26 and all(item["detail"] for item in items)
    operational = [item for item in items if item["category"] == "operational"]
    assert [item["title"] for item in operational] == [
        "Verify medication orders within turnaround standards",
        "Conduct daily patient profile reviews",
        "Perform medication reconciliation at transitions of care",
        "Counsel patients and caregivers at discharge",
        "Cover rotas and on-call",
    ]
    assert operational[0]["number"] == 1 and operational[0]["detail"].startswith("Review each order for indication")
    assert fields["role_mission"]["core_mission"].startswith("Ensure that every patient on the assigned service")
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 19 and fields["technical_skills"]["intro"] == [
        "Licensure is the entry ticket; the skills below separate a verifying pharmacist from a clinical one."
        " Importance ratings reflect acute-care expectations."
    ]
    assert all(skill["use"] for skill in skills if skill["tier"] != "emerging")
    assert [skill["name"] for skill in skills if _has_detail(skill, "what_good_looks_like")] == [
        "Clinical pharmacotherapy across common inpatient conditions",
        "Order verification and prescription screening",
        "Clinical pharmacokinetics and TDM",
    ]
    # Schema 2.2.0: a "Why" line has a field of its own, apart from the bar the page sets.
    assert all(skill["why"] for skill in skills if _has_detail(skill, "why"))
    assert [skill["name"] for skill in skills if skill["what_good_looks_like"]] == [
        "Clinical pharmacotherapy across common inpatient conditions",
        "Order verification and prescription screening",
        "Clinical pharmacokinetics and TDM",
    ]
    assert len(fields["soft_skills"]["skills"]) == 8


def _has_detail(skill: dict[str, Any], kind: str) -> bool:
    return any(detail["kind"] == kind for detail in skill["details"])


def test_the_dokuwiki_page_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14 and kpis[0]["name"] == "Order verification turnaround"
    assert kpis[-1]["name"] == "Prescriber / nursing satisfaction"
    tools = fields["tools"]["rows"]
    assert len(tools) == 21 and all(row["category"] and row["category"] != ":::" for row in tools)
    assert [row["category"] for row in tools[:3]] == ["EHR / pharmacy information system"] * 3
    assert tools[7]["tool_text"] == "BNF / BNFc" and tools[7]["category"] == "Drug information"
    dimensions = [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]]
    assert len(dimensions) == 8 and dimensions[0] == "Clinical pharmacotherapy" and dimensions[-1] == "Teaching & QI"
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["notes"] == []
    assert scorecard["top_responsibilities"][0] == "Order verification within turnaround standards"
    assert len(scorecard["top_responsibilities"]) == 10


def test_the_dokuwiki_page_numbered_items(page: dict[str, Any]) -> None:
    fields = page["fields"]
    assert [item["number"] for item in fields["hiring"]["what_to_assess"]] == [1, 2, 3, 4, 5, 6]
    assert json.dumps(fields["career_path"]["feeder_roles"]).count('"name"') >= 3
