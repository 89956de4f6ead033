"""Defects seen on round-30 unseen pages: a Word "Save as Plain Text" page, and typed fields shared by all layouts.

1. Word writes a table cell's paragraph break as a line break with no tab: when the cell is its row's last, the
   rest of the cell is a tab-less line between two rows. The table ended there, the rest of the cell and every
   row after it went to notes, one with a raw tab. Such a line finishes the row's last cell; no text keeps a tab.
2. Teams (and business values) separated by spaced dashes on one line were split on their inner commas.
3. "No formal line management required." read as required.
4. Alternatives sharing their noun ("IWFM Level 3 or Level 4 Certificate in ...", "Workday Payroll or ADP product
   certification") left the first without it; a certification's vendors as examples ("..., e.g., Cornerstone
   or Docebo") were taken for certifications; "Articulate Rise" lost its vendor; an equivalence clause after a
   degree's ("...; equivalent experience is accepted.") was an education entry of its own.

Synthetic snippets of each, then the Word plain-text page (tests/unseen/*.synthetic.txt) against its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings

from pipeline import extract
from pipeline.parsers.experience import _alternative_certifications, _certifications, _education, expectation_level
from pipeline.parsers.summary import business_values, split_teams
from pipeline.parsers.vocabulary import tools_in
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
WORD_PAGE = "facilities-coordinator-word-plaintext.synthetic.txt"


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name, name=name)
    assert extraction.document is not None, extraction
    return extraction.document


# --- 1. a last cell's paragraph break in a tab-separated table ---------------------------------------------

_SCORECARD = (
    "20) Final Role Scorecard Summary\r\n"
    "Category\tExecutive summary\r\n"
    "Role title\tOffice Coordinator\r\n"
    "Main goals\t30-day control of the queue; 6-month clean records;\r\n"
    "12-month savings and zero audit findings\r\n"
    "Career progression options\tSenior Office Coordinator, Office Manager\r\n"
)


def _tables(text: str) -> list[Any]:
    return [piece.block for piece in text_to_pieces(text) if piece.block.kind == "table"]


def test_a_tab_less_line_between_rows_finishes_the_last_cell_of_the_row_above() -> None:
    (table,) = _tables(_SCORECARD)
    assert [list(row) for row in table.rows] == [
        ["Role title", "Office Coordinator"],
        ["Main goals", "30-day control of the queue; 6-month clean records; 12-month savings and zero audit findings"],
        ["Career progression options", "Senior Office Coordinator, Office Manager"],
    ]


def test_a_title_line_after_a_finished_cell_still_ends_the_table() -> None:
    """Negative: a short capitalised line after a cell that reads as finished is no part of it."""
    text = _SCORECARD.replace("12-month savings and zero audit findings", "Career").replace(
        "clean records;", "clean records"
    )
    tables = _tables(text)
    last = ["Main goals", "30-day control of the queue; 6-month clean records"]
    assert [list(row) for row in tables[0].rows][-1] == last
    assert all("Career" not in "".join(row) for row in tables[0].rows)


def test_no_text_block_keeps_a_tab() -> None:
    text = "Intro line\r\nOldest\tMost Voted\r\n\u2022\tAn item\tafter a stray tab\r\n"
    texts = [piece.block.text for piece in text_to_pieces(text)]
    assert texts == ["Intro line", "Oldest Most Voted", "An item after a stray tab"]


# --- 2. a list whose separators are spaced dashes ---------------------------------------------------------


def test_spaced_dashes_separate_the_teams_not_their_commas() -> None:
    assert split_teams("Office Management – Finance / Procurement – Environment, Health and Safety (EHS) – "
                       "external landlords, property managers, and service vendors") == [
        "Office Management",
        "Finance / Procurement",
        "Environment, Health and Safety (EHS)",
        "external landlords, property managers, and service vendors",
    ]  # fmt: skip
    # Negative: a comma list whose members carry one dash each keeps its commas as separators.
    assert split_teams("Sales – EMEA, Sales – APAC, Marketing – Global") == [
        "Sales – EMEA", "Sales – APAC", "Marketing – Global",
    ]  # fmt: skip


def test_spaced_dashes_separate_business_values() -> None:
    assert business_values("fewer outages – lower spend per seat – faster, safer releases") == [
        "fewer outages", "lower spend per seat", "faster, safer releases",
    ]  # fmt: skip


# --- 3. a negated requirement -------------------------------------------------------------------------


def test_no_x_required_is_not_required() -> None:
    assert expectation_level("No formal line management required.") == "not_required"
    assert expectation_level("No formal people management experience required.") == "not_required"
    assert expectation_level("Formal line management is required.") == "required"


# --- 4. certifications and education --------------------------------------------------------------------


def test_alternatives_share_the_noun_of_the_last() -> None:
    assert _alternative_certifications("IWFM Level 3 or Level 4 Certificate in Facilities Management") == [
        "IWFM Level 3 Certificate in Facilities Management",
        "IWFM Level 4 Certificate in Facilities Management",
    ]
    assert _alternative_certifications("Workday Payroll or ADP product certification") == [
        "Workday Payroll product certification",
        "ADP product certification",
    ]
    # Negatives: bare grades and names of their own stay as they were.
    assert _alternative_certifications("CIPD Level 5 or Level 7") == ["CIPD Level 5", "CIPD Level 7"]
    assert _alternative_certifications("NEBOSH General Certificate or OSHA 30-Hour") == [
        "NEBOSH General Certificate",
        "OSHA 30-Hour",
    ]


def test_vendor_examples_are_the_note_of_the_certification() -> None:
    found = _certifications("Vendor LMS administrator certification, e.g., Cornerstone or Docebo (Optional)")
    assert [(c.name, c.note, c.requirement) for c in found] == [
        ("Vendor LMS administrator certification", "e.g., Cornerstone or Docebo", "optional")
    ]
    # Negative: acronyms after the kind are certifications, the kind their note.
    found = _certifications("Specialty certification such as CCRN or CEN (Context-specific)")
    assert [(c.name, c.note) for c in found] == [
        ("CCRN", "Specialty certification"),
        ("CEN", "Specialty certification"),
    ]


def test_articulate_products_keep_their_vendor() -> None:
    assert tools_in("Basic authoring tools (Articulate Rise / Docebo)") == ("Articulate Rise", "Docebo")


def test_an_equivalence_clause_is_part_of_the_degree_before_it() -> None:
    (entry,) = _education("Bachelor's degree in accounting or finance is common; equivalent experience is accepted.")
    assert entry.degree_levels == ["bachelor"] and entry.fields_of_study == ["accounting", "finance"]
    assert entry.requirement == "common"
    assert entry.text.endswith("equivalent experience is accepted.")
    # Negative: an equivalence clause first, before any degree, stays a statement of its own.
    assert len(_education("Equivalent experience is widely accepted; an MBA is rarely required.")) == 2


# --- the page ---------------------------------------------------------------------------------------------


def test_word_plain_text_page_against_its_key() -> None:
    document = _page(WORD_PAGE)
    fields = document["fields"]
    assert not any("\t" in text for text in all_strings(fields))
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["notes"] == []
    assert scorecard["main_goals"][-1] == (
        "12-month project leadership, documented savings, and zero major audit findings"
    )
    assert [role["name"] for role in scorecard["career_progression_options"]][:3] == [
        "Senior Facilities Coordinator", "Facilities Manager", "Workplace Operations Manager",
    ]  # fmt: skip
    (group,) = fields["role_summary"]["interaction"]["groups"]
    assert len(group["teams"]) == 8
    assert group["teams"][-1] == "external landlords, property managers, and service vendors"
    experience = fields["experience"]
    assert experience["leadership_expectations"][0]["requirement"] == "not_required"
    names = [c["name"] for c in experience["certifications"]]
    assert "IWFM Level 3 Certificate in Facilities Management" in names
    assert "IWFM Level 4 Certificate in Facilities Management" in names
