"""Synthetic snippets modelled on unseen pages of the family: a Sphinx handbook page saved as its
reStructuredText source (titles under "-", "~", "^" lines, "#." items, ":Label:" field lists, list-tables,
"=" ruled simple tables, directives, comments, targets, footnotes, roles and substitutions), and text pages
with ".. " and "^^^" in their prose, which are no reStructuredText."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.rst import rst_as_markdown
from pipeline.textblocks import text_to_pieces

_PAGE = """.. meta::
   :description: Test Analyst role blueprint

.. |br| raw:: html

   <br />

.. _test-analyst:

======================================================================
Test Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
======================================================================

.. this page is generated from a template - do not edit

1) Role Summary
---------------

The **Test Analyst** checks the data for the business, see :ref:`the variants <role-variants>` [#]_.

.. note::

   Second-line role.

.. sidebar:: Sponsored

   **Learn Python in 6 Weeks**

2) Role Mission
---------------

Core mission: make the work reliable for every team that depends on it.

{body}

.. [#] A footnote that is no content.

.. disqus::
   :disqus_identifier: test-analyst
"""


def _page(body: str) -> str:
    return _PAGE.replace("{body}", body)


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract(_page(body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


_RESPONSIBILITIES = """3) Core Responsibilities
------------------------

Strategic responsibilities
~~~~~~~~~~~~~~~~~~~~~~~~~~

#. **Set the limit framework**
   – Propose limits per desk.
#. **Approve new products**
   – Assess the risk of a new product.

Operational responsibilities
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

#. **Produce the daily report**
   – Run the end-of-day process.
"""


def test_auto_numbered_items_under_tilde_titles_are_titled_responsibilities() -> None:
    items = _fields(_RESPONSIBILITIES)["responsibilities"]["items"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in items] == [
        ("strategic", 1, "Set the limit framework", "Propose limits per desk."),
        ("strategic", 2, "Approve new products", "Assess the risk of a new product."),
        ("operational", 1, "Produce the daily report", "Run the end-of-day process."),
    ]


_KPIS = """7) KPIs and Productivity Metrics
--------------------------------

.. list-table:: KPIs
   :header-rows: 1
   :widths: 30 40 30

   * - Metric name
     - What it measures
     - Example target/benchmark
   * - Unexplained P&L
     - Share of daily P&L not
       explained by attribution
     - < 5%
   * - Report timeliness
     - Days | published on time
     - ≥ 98%
"""


def test_a_list_table_is_a_table_of_rows_not_nested_bullets() -> None:
    kpis = _fields(_KPIS)["kpis"]
    assert kpis["intro"] == []
    assert [(r["name"], r["what_it_measures"], r["target"]) for r in kpis["rows"]] == [
        ("Unexplained P&L", "Share of daily P&L not explained by attribution", "< 5%"),
        ("Report timeliness", "Days | published on time", "≥ 98%"),
    ]


_SKILLS = """8) Technical Skills Required
----------------------------

Must-have technical skills
^^^^^^^^^^^^^^^^^^^^^^^^^^

#. **Market risk measurement (VaR, Greeks) (Critical)**

   :Use: daily risk computation.
   :What good looks like: explains why VaR moved.

#. **SQL (Important)**

   :Use: pulling positions.

9) Soft Skills and Behavioral Capabilities
------------------------------------------

**Integrity**

:Why it matters: The role must be able to say no.
:How it shows up: Escalates breaches.
:Strong performance: Catches errors before publication.

18) AI / Automation Impact on the Role
--------------------------------------

- Report production can be automated.
"""


def test_field_lists_are_labelled_skill_details() -> None:
    fields = _fields(_SKILLS)
    skills = fields["technical_skills"]["skills"]
    assert [
        (s["tier"], s["number"], s["name"], s["importance"], s["use"], s["what_good_looks_like"]) for s in skills
    ] == [
        (
            "must_have",
            1,
            "Market risk measurement (VaR, Greeks)",
            "critical",
            "daily risk computation.",
            "explains why VaR moved.",
        ),
        ("must_have", 2, "SQL", "important", "pulling positions.", None),
    ]
    assert fields["technical_skills"]["intro"] == []
    (soft,) = fields["soft_skills"]["skills"]
    assert (soft["name"], soft["why_it_matters"], soft["how_it_shows_up"], soft["strong_performance"]) == (
        "Integrity",
        "The role must be able to say no.",
        "Escalates breaches.",
        "Catches errors before publication.",
    )


_DELIVERABLES = """5) Key Deliverables
-------------------

Daily reports
^^^^^^^^^^^^^

- Daily risk report

Control deliverables
^^^^^^^^^^^^^^^^^^^^

- Limit breach log

.. raw:: latex

   \\newpage

20) Final Role Scorecard Summary
--------------------------------

============  ==================
Category      Executive summary
============  ==================
Role title    Test Analyst
Top KPIs      Unexplained P&L
============  ==================
"""


def test_caret_titles_are_sub_headings_and_equals_rules_no_rows() -> None:
    fields = _fields(_DELIVERABLES)
    deliverables = fields["deliverables"]
    assert deliverables["intro"] == []
    assert [(i["group"], i["name"]) for i in deliverables["items"]] == [
        ("Daily reports", "Daily risk report"),
        ("Control deliverables", "Limit breach log"),
    ]
    scorecard = fields["scorecard"]
    assert (scorecard["role_title"], scorecard["top_kpis"]) == ("Test Analyst", ["Unexplained P&L"])
    assert len(scorecard["rows"]) == 2


def test_explicit_markup_is_blanked_and_roles_read_as_their_text() -> None:
    fields = _fields(_DELIVERABLES)
    assert fields["role_summary"]["paragraphs"] == [
        "The Test Analyst checks the data for the business, see the variants.",
        "Second-line role.",
    ]
    (extraction,) = extract(_page(_DELIVERABLES).encode("utf-8"), name="snippet.txt")
    text = str(extraction.document)
    for markup in (
        ".. ",
        "sidebar",
        "Learn Python",
        "footnote",
        "disqus",
        "newpage",
        "<br",
        "|br|",
        ":ref:",
        "===",
        "^^^",
    ):
        assert markup not in text


def test_the_rewrite_keeps_every_offset() -> None:
    page = _page(_KPIS + _SKILLS)
    markdown = rst_as_markdown(page)
    assert len(markdown) == len(page)
    paragraphs = [p.block for p in text_to_pieces(page) if p.block.kind == "paragraph"]
    assert "Core mission: make the work reliable for every team that depends on it." in [
        page[b.start : b.end] for b in paragraphs
    ]


_PROSE = """# Test Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Test Analyst checks the data.
.. and the reports, when asked.

^^^ see above ^^^

## 2) Role Mission

Core mission: make the work reliable.

## 3) Core Responsibilities

#. Own the daily report
"""


def test_a_markdown_page_with_dots_and_carets_in_its_prose_is_no_restructuredtext() -> None:
    assert rst_as_markdown(_PROSE) is _PROSE
    (extraction,) = extract(_PROSE.encode("utf-8"), name="snippet.md")
    paragraphs = extraction.document["fields"]["role_summary"]["paragraphs"]
    assert any(".. and the reports" in p for p in paragraphs)
