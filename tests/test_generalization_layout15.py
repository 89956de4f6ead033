"""Synthetic snippets modelled on unseen pages of the family: an article saved as PDF by a site's "Download
PDF" plugin and read back with ``pdftotext -layout`` (lines keep their horizontal position, the body at a
left margin, a running header and footer, grid tables as space-aligned columns with a blank line between
rows, items with a hanging indent)."""

from __future__ import annotations

import textwrap

from pipeline import extract
from pipeline.dumps import unwrap_dump

_MARGIN = "     "
_WORDS = (
    "The officer interprets laws and supervisory expectations, turns them into workable policies and "
    "controls, and tests that the business follows them across products, channels and markets. "
)


def _paragraph() -> list[str]:
    return textwrap.wrap(_WORDS * 8, 86)


def _layout_page(body: list[str]) -> str:
    """A pdftotext -layout page: masthead and title further left, the body at a margin, one form feed."""
    lines = [
        "1) Role Summary",
        "",
        *_paragraph(),
        "",
        *_paragraph(),
        "",
        "2) Role Mission",
        "",
        *_paragraph(),
        "",
        *body,
    ]
    top = ["  Example Hub                                      https://hub.example.org", "", ""]
    top += ["  Compliance Officer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path", ""]
    return "\n".join(top + [_MARGIN + line if line else "" for line in lines]) + "\n\f"


def test_the_body_margin_is_removed_so_numbered_headings_start_at_column_0() -> None:
    text = unwrap_dump(_layout_page([]))
    assert "\n1) Role Summary\n" in text and "\n2) Role Mission\n" in text
    assert text.startswith("Example Hub ")
    assert "\nCompliance Officer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n" in text
    (extraction,) = extract(_layout_page([]).encode(), name="page.txt")
    fields = extraction.document["fields"]
    assert len(fields["role_summary"]["paragraphs"]) == 2
    assert fields["role_summary"]["paragraphs"][0] == " ".join(_paragraph())


def test_a_terminal_dump_keeps_its_indentation() -> None:
    """A terminal browser's dump (no form feed: no printed page) is read at the indentation it has."""
    lines = ["   Role Summary", "", *("   " + line for line in _paragraph()), "", "   Role Mission", "", "   Short."]
    assert unwrap_dump("\n".join(lines) + "\n").split("\n")[:3] == [
        "   Role Summary",
        "",
        "   " + " ".join(_paragraph()),
    ]


_HANGING_ITEMS = [
    "Typical interaction teams:",
    "•   Business lines: Retail Banking, Commercial and Corporate Banking, Wealth",
    "    Management, Treasury and Markets",
    "•   Legal, Internal Audit, Operational Risk",
    "",
    "3) Core Responsibilities",
    "",
    "Strategic responsibilities",
    "1.  Maintain the compliance risk assessment for the covered business",
    "    – Identify inherent risks, rate control design, and agree residual risk with the",
    "      business annually.",
    "2.  Translate regulatory change into impact assessments",
    "    – Track new rules and map them to products.",
]


def test_items_with_a_hanging_indent_are_items_not_two_column_tables() -> None:
    text = unwrap_dump(_layout_page(_HANGING_ITEMS))
    assert "|" not in text
    assert (
        "•   Business lines: Retail Banking, Commercial and Corporate Banking, Wealth Management, Treasury and Markets\n"
        "•   Legal, Internal Audit, Operational Risk\n"
    ) in text
    assert (
        "1.  Maintain the compliance risk assessment for the covered business\n"
        "    – Identify inherent risks, rate control design, and agree residual risk with the business annually.\n"
        "2.  Translate regulatory change into impact assessments\n"
    ) in text
    (extraction,) = extract(_layout_page(_HANGING_ITEMS).encode(), name="page.txt")
    items = extraction.document["fields"]["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        (
            "Maintain the compliance risk assessment for the covered business",
            "Identify inherent risks, rate control design, and agree residual risk with the business annually.",
        ),
        ("Translate regulatory change into impact assessments", "Track new rules and map them to products."),
    ]


def test_a_table_whose_first_column_holds_words_stays_a_table() -> None:
    table = ["Tool        Use", "Jira        Backlog and sprint tracking", "1Password   Shared credentials"]
    assert "| Tool | Use |\n| --- | --- |\n| Jira | Backlog and sprint tracking |\n" in unwrap_dump(_layout_page(table))
