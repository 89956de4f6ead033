"""A sixty-eighth round unseen page: an EPUB 3 chapter saved as .xhtml. The suffix was not read at all (the page
counted as ignored), though XHTML is HTML that lxml's HTML parser reads whole (its XML declaration, self-closing
tags, epub: attributes). Once read, the chapter's sidebar box ('<aside epub:type="sidebar">', a tip from the
field) was dropped as a site's aside: in an EPUB document such an aside is the book's text (its footnote asides
still go). And the hiring section's "Practical exercises" held one paragraph setting a task with its time limit
("... in 60–90 minutes."), read as a note on the exercises, not as the exercise.

Snippets below are synthetic (EPUB's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.xhtml with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.sources import InputForm, form_of
from tests.snippets import all_strings, html_fields, html_page, unseen_document

_PAGE = "archivist-epub-xhtml.synthetic.xhtml"
_TIP = "Survey the backlog first: one line per accession with extent and research value."


def _xhtml(body: str, epub: bool = True) -> bytes:
    """An XHTML chapter around html_page(body): XML declaration, xmlns (and the EPUB namespace when ``epub``)."""
    namespaces = 'xmlns="http://www.w3.org/1999/xhtml"' + (' xmlns:epub="http://www.idpf.org/2007/ops"' * epub)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        + f'<html {namespaces}><head><title>Chapter 3</title><meta charset="utf-8"/></head><body>'.encode()
        + html_page(body)
        + b"</body></html>"
    )


def _strings(page: bytes, name: str = "chapter.xhtml") -> list[str]:
    (extraction,) = extract(page, name=name)
    return all_strings(extraction.document)


def _tip_aside(attributes: str) -> str:
    section = "<h2>3) Core Responsibilities</h2><ul><li>Process collections</li></ul>"
    return f"{section}<aside {attributes}><p>{_TIP}</p></aside>"


# --- synthetic: .xhtml is HTML --------------------------------------------------------------------------------------


def test_synthetic_xhtml_suffixes_are_html() -> None:
    assert form_of("OEBPS/Text/ch07.xhtml") == InputForm.HTML
    assert form_of("saved.XHT") == InputForm.HTML


def test_synthetic_xhtml_chapter_is_read_with_its_self_closing_tags() -> None:
    body = '<h2>3) Core Responsibilities</h2><span epub:type="pagebreak" title="12"/><ul><li>Process the backlog</li>'
    body += "<li>Answer reference questions</li></ul>"
    (extraction,) = extract(_xhtml(body), name="ch03.xhtml")
    document = extraction.document
    assert document["role"]["title"] == "Test Role"
    items = document["fields"]["responsibilities"]["items"]
    assert [item["title"] for item in items] == ["Process the backlog", "Answer reference questions"]
    assert not any("xml version" in text or "12" == text for text in all_strings(document))


# --- synthetic: an EPUB sidebar is the book's text ------------------------------------------------------------------


def test_synthetic_epub_sidebar_and_tip_asides_are_kept() -> None:
    for attributes in ('epub:type="sidebar" class="box"', 'epub:type="tip"', 'epub:type="note"', 'role="doc-tip"'):
        assert any(_TIP in text for text in _strings(_xhtml(_tip_aside(attributes)))), attributes


def test_synthetic_epub_footnote_asides_stay_dropped() -> None:
    for kind in ("footnote", "endnote", "rearnote"):
        aside = f'epub:type="{kind}" role="doc-{kind}"'
        assert not any(_TIP in text for text in _strings(_xhtml(_tip_aside(aside)))), kind


def test_synthetic_web_page_asides_stay_dropped() -> None:
    """Without the EPUB namespace a doc-tip aside, and any sidebar, is still the site's chrome."""
    for attributes in ('role="doc-tip"', 'class="sidebar"'):
        assert not any(_TIP in text for text in _strings(_xhtml(_tip_aside(attributes), epub=False))), attributes
        assert not any(_TIP in text for text in _strings(html_page(_tip_aside(attributes)), "page.html")), attributes


# --- synthetic: a lone timed task is the exercise -------------------------------------------------------------------


def _exercises(paragraph: str) -> dict[str, Any]:
    fields = html_fields(f"<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises</h3><p>{paragraph}</p>")
    return fields["hiring"]


def test_synthetic_lone_paragraph_with_a_time_limit_is_the_exercise() -> None:
    hiring = _exercises("Draft a retention schedule for a sample department within 2 hours.")
    assert hiring["exercise_notes"] == []
    assert [(e["name"], e["duration"]) for e in hiring["exercises"]] == [
        ("Draft a retention schedule for a sample department within 2 hours", "2 hours")
    ]


def test_synthetic_lone_note_without_a_time_limit_stays_a_note() -> None:
    hiring = _exercises("Use the same exercise for every candidate on the shortlist.")
    assert hiring["exercises"] == []
    assert hiring["exercise_notes"] == ["Use the same exercise for every candidate on the shortlist."]


# --- the page -------------------------------------------------------------------------------------------------------


def test_page_is_read_whole() -> None:
    document = unseen_document(_PAGE)
    assert document["role"]["title"] == "Archivist (Digital and Special Collections)"
    assert document["missing_sections"] == []
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 22
    assert len(fields["kpis"]["rows"]) == 8
    assert len(fields["tools"]["rows"]) == 12


def test_page_sidebar_tip_kept_outside_the_outcomes() -> None:
    document = unseen_document(_PAGE)
    mission = document["fields"]["role_mission"]
    assert len(mission["primary_business_outcomes"]) == 5
    assert not any("collection survey" in text for text in mission["primary_business_outcomes"])
    assert any("run a quick “collection survey” of the backlog" in text for text in all_strings(document))


def test_page_practical_exercise_is_an_exercise() -> None:
    hiring = unseen_document(_PAGE)["fields"]["hiring"]
    assert hiring["exercise_notes"] == []
    assert [(e["name"], e["duration"]) for e in hiring["exercises"]] == [
        ("Process a sample box and write a DACS-compliant collection-level record in 60–90 minutes", "60–90 minutes")
    ]


def test_page_keeps_no_noise() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    for noise in ("SHELF20", "Meridian Press", "ISBN", "Council on Library Resources", "OCLC Research", "cite.1"):
        assert not any(noise in text for text in strings), noise
