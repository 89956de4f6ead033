"""Generalization tests, round 13 (MkDocs Material): synthetic snippets modelled on unseen pages of the family.

Static-site and code-host themes add controls to the article's markup: a permalink after each heading
("¶", "#", an icon), content tabs made of radio inputs and <label for> labels, admonition boxes titled by
their type. These tests check that the controls do not reach the typed fields.
"""

from __future__ import annotations

from tests.snippets import html_fields

_ITEMS = "<ol><li>Own the plan<br>– Keep the roadmap current.</li></ol>"


def _headings(heading: str) -> list[str]:
    fields = html_fields(f"<h2>3) Core Responsibilities</h2>{heading}{_ITEMS}")
    return [item["category_heading"] for item in fields["responsibilities"]["items"]]


def test_sphinx_and_mkdocs_headerlink_is_dropped() -> None:
    heading = '<h3 id="strategic">Strategic responsibilities<a class="headerlink" href="#strategic">&para;</a></h3>'
    assert _headings(heading) == ["Strategic responsibilities"]


def test_hash_link_to_the_heading_wrapper_is_dropped() -> None:
    """Hugo and Docusaurus print "#"; the anchor may be the id of a wrapper around the heading."""
    heading = '<div id="strategic"><h3>Strategic responsibilities <a class="hash-link" href="#strategic">#</a></h3></div>'
    assert _headings(heading) == ["Strategic responsibilities"]


def test_github_icon_anchor_named_by_the_heading_slug_is_dropped() -> None:
    heading = (
        '<h3><a id="user-content-strategic-responsibilities" class="anchor" href="#strategic-responsibilities">'
        '<svg><path d="M0 0"></path></svg></a>Strategic responsibilities</h3>'
    )
    assert _headings(heading) == ["Strategic responsibilities"]


def test_a_symbol_link_to_another_anchor_stays() -> None:
    """Only a link to the heading's own anchor is its permalink: a footnote-like mark elsewhere is the text's."""
    heading = '<h3 id="strategic">Strategic responsibilities <a href="#note-1">§</a></h3>'
    assert _headings(heading) == ["Strategic responsibilities §"]


def test_a_worded_link_to_the_heading_stays() -> None:
    heading = '<h3 id="strategic"><a href="#strategic">Strategic responsibilities</a></h3>'
    assert _headings(heading) == ["Strategic responsibilities"]
