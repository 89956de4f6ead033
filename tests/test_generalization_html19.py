"""Synthetic snippets modelled on the nineteenth round of unseen pages of the family.

A MarkDownload clip links a credential or a sibling role inside the article's own lists
("[ASQ Certified Quality Engineer (CQE)][14] – Important"): such an item, linked among plain
items of its list, is the article's, while lists made of links (menus, related posts) still go.
"""

from __future__ import annotations

import json

from pipeline import extract
from tests.snippets import html_fields

_MD_PAGE = """# Quality Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Quality Engineer keeps processes capable and stable on the production floor.

## 2) Role Mission

**Core mission:** Ship conforming parts and reduce the cost of poor quality.

## 14) Required Experience and Qualifications

### Certifications

-   {cert} – Important
-   Six Sigma Green Belt – Common

## 15) Career Path and Progression

### Next likely roles after this role

-   Senior Quality Engineer

[1]: https://www.asq.org/cert/quality-engineer
"""


def _md_fields(cert: str) -> dict:
    (extraction,) = extract(_MD_PAGE.format(cert=cert).encode(), name="clip.md")
    return extraction.document["fields"]


def test_markdown_reference_linked_certification_among_plain_ones_is_kept() -> None:
    certifications = _md_fields("[ASQ Certified Quality Engineer (CQE)][1]")["experience"]["certifications"]
    assert [(c["name"], c["detail"], c["requirement"], c["requirement_text"]) for c in certifications] == [
        ("ASQ Certified Quality Engineer", "CQE", "preferred", "Important"),
        ("Six Sigma Green Belt", None, "common", "Common"),
    ]


def test_markdown_inline_linked_certification_among_plain_ones_is_kept() -> None:
    link = "[ASQ Certified Quality Engineer (CQE)](https://www.asq.org/cert/quality-engineer)"
    certifications = _md_fields(link)["experience"]["certifications"]
    assert [c["name"] for c in certifications] == ["ASQ Certified Quality Engineer", "Six Sigma Green Belt"]


_HTML_BODY = (
    "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul>"
    "<li><a href='https://asq.org/cert/cqe'>ASQ Certified Quality Engineer (CQE)</a> – Important</li>"
    "<li>Six Sigma Green Belt – Common</li></ul>"
    "<h3>Related posts</h3><ul><li><a href='/cqe-exam'>How to pass the CQE exam</a></li>"
    "<li><a href='/tools'>Top quality tools for engineers</a></li></ul>"
    "<h2>15) Career Path and Progression</h2><h3>Next likely roles after this role</h3><ul>"
    "<li>Senior Quality Engineer</li><li><a href='/sqe'>Supplier Quality Engineer</a></li>"
    "<li>Plant Quality Manager</li></ul>"
    "<p>Site pages</p><ul><li><a href='/'>Home</a></li><li><a href='/careers'>Careers</a></li>"
    "<li>Quality Engineer</li><li><a href='/about'>About</a></li></ul>"
)


def test_html_linked_items_among_plain_ones_are_kept() -> None:
    fields = html_fields(_HTML_BODY, "Quality Engineer")
    assert [c["name"] for c in fields["experience"]["certifications"]] == [
        "ASQ Certified Quality Engineer",
        "Six Sigma Green Belt",
    ]
    assert fields["experience"]["certifications"][0]["requirement"] == "preferred"
    assert [r["name"] for r in fields["career_path"]["next_roles"]] == [
        "Senior Quality Engineer",
        "Supplier Quality Engineer",
        "Plant Quality Manager",
    ]


def test_html_lists_made_of_links_inside_sections_still_go() -> None:
    """A related-posts list (all links) and a menu whose one plain item is the current page stay out."""
    dumped = json.dumps(html_fields(_HTML_BODY, "Quality Engineer"))
    for link_text in ("How to pass the CQE exam", "Top quality tools", "Home", "Careers", "About"):
        assert link_text not in dumped
