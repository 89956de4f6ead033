"""pandoc's plain text of a WordPress blueprint (``pandoc -f html -t plain``), from a 31st round of unseen pages.

pandoc wraps prose at 72 columns, so the page reads as a terminal dump (dumps.unwrap_dump), whose gutter reader
took a simple table's dash-group rule for a wrapped line of its header ("Metric name -------"); a multiline table
(columns given widths: a line of dashes above and below, rows between blank lines) fell apart into paragraphs.
Such tables are now left to the block reader, which cuts them by their rule (textblocks._simple_table). Also: an
escalation point "CFO for budget concerns" names the CFO, and an authority paragraph's ';' clauses go to the areas
each names. The snippets are synthetic, modelled on the page; the page is frozen as tests/unseen/*.synthetic.txt
with its answer key.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from snippets import all_strings

from pipeline import extract
from pipeline.dumps import unwrap_dump
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "grant-writer-pandoc-plain.synthetic.txt"

_SIMPLE = (
    "  Category     Tool          Primary use\n"
    "  ------------ ------------- --------------------\n"
    "  CRM          Salesforce    Donor records\n"
    "  Design       Canva         Report layout\n"
)
_MULTILINE = (
    "  ------------------------------------------------------------------------\n"
    "  Metric name of the    What it measures             Frequency\n"
    "  thing here\n"
    "  --------------------- ---------------------------- ---------------------\n"
    "  Proposals submitted   Number of full proposals and Quarterly\n"
    "  for the quarter       LOIs submitted in the period\n"
    "\n"
    "  Grant win rate        Share of full proposals      Monthly\n"
    "                        awarded\n"
    "  ------------------------------------------------------------------------\n"
)


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    return [(p.block.header, p.block.rows) for p in text_to_pieces(unwrap_dump(text)) if p.block.kind == "table"]


def test_dump_keeps_a_simple_tables_rule_for_the_block_reader() -> None:
    assert unwrap_dump(f"Intro.\n\n{_SIMPLE}") == f"Intro.\n\n{_SIMPLE}"
    assert _tables(_SIMPLE) == [
        (
            ["Category", "Tool", "Primary use"],
            [["CRM", "Salesforce", "Donor records"], ["Design", "Canva", "Report layout"]],
        )
    ]


def test_multiline_table_reads_its_wrapped_header_and_rows() -> None:
    assert _tables(_MULTILINE) == [
        (
            ["Metric name of the thing here", "What it measures", "Frequency"],
            [
                [
                    "Proposals submitted for the quarter",
                    "Number of full proposals and LOIs submitted in the period",
                    "Quarterly",
                ],
                ["Grant win rate", "Share of full proposals awarded", "Monthly"],
            ],
        )
    ]


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name, name=name)
    assert extraction.document is not None, extraction
    return extraction.document


def test_pandoc_plain_page_against_its_key() -> None:
    fields = _page(PAGE)["fields"]
    kpis = fields["kpis"]
    assert kpis["columns"] == [
        "Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"
    ]
    assert len(kpis["rows"]) == 10
    first = kpis["rows"][0]
    assert (first["name"], first["target"]) == ("Proposals submitted", "8–12 per quarter (mid-size nonprofit)")
    assert fields["tools"]["columns"][3] == "Common / Optional / Context-specific"
    assert len(fields["tools"]["rows"]) == 11
    assert [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]] == [
        "Writing", "Research", "Budgeting", "Project management", "Collaboration", "Ethics and compliance"
    ]
    assert not [s for s in all_strings(fields) if re.search("-{4,}", s)]  # no table rule kept anywhere
    escalation = fields["stakeholders"]["escalation_points"][1]
    assert (escalation["trigger"], escalation["escalate_to"]) == ("budget or compliance concerns", ["CFO"])
    rights = fields["decision_rights"]
    assert rights["budget"]["text"] == "No budget authority beyond small subscriptions under $500"
    assert rights["vendor"]["text"] == "may recommend freelance writers or evaluators"
    assert rights["hiring"]["text"] == "does not hire"
