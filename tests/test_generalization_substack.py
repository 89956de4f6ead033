"""Synthetic snippets modelled on unseen pages of the family: a Substack post (a table typed into a code block
with its dashes rule, an image's caption, footnote anchors, a newsletter's sponsor and calls to action) and a
plain-text page whose mid-article ad ends on its fine print."""

from __future__ import annotations

from tests.snippets import html_fields

_TOOLS_PRE = (
    "<h2>10) Tools, Platforms, and Software</h2>"
    "<pre><code>Category   Tool / platform      Primary use         Prevalence\n"
    "{rule}"
    "CMS        WordPress / Webflow  Publishing          Common\n"
    "SEO        Ahrefs / Semrush     Keyword research    Common</code></pre>"
)


def test_a_code_blocks_table_reads_its_dashes_rule_as_no_row() -> None:
    rule = "---------  -------------------  ------------------  ----------\n"
    rows = html_fields(_TOOLS_PRE.format(rule=rule))["tools"]["rows"]
    assert [(r["category"], r["tool_text"], r["primary_use"]) for r in rows] == [
        ("CMS", "WordPress / Webflow", "Publishing"),
        ("SEO", "Ahrefs / Semrush", "Keyword research"),
    ]


def test_a_code_blocks_table_without_a_rule_reads_the_same_rows() -> None:
    rows = html_fields(_TOOLS_PRE.format(rule=""))["tools"]["rows"]
    assert [r["category"] for r in rows] == ["CMS", "SEO"]
