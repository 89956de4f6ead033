"""A sixty-eighth round unseen page lost whole: the MediaWiki Action API's action=parse answer ({"parse": {"title",
"pageid", "displaytitle", "text": {"*": html}, "sections", "categories"}}) failed as unread_json. Once its rendered
HTML was read, its <dl><dt>Label</dt><dd>value</dd></dl> pairs (MediaWiki's ";Label" / ":value") were left
unplaced: the summary's horizon, the mission's core mission, the six stakeholder pairs, the education line.

Snippets below are synthetic (the API's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.json with
its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json

from pipeline import extract
from pipeline.apijson import mediawiki_parse_article
from tests.snippets import all_strings, unseen_document

_PAGE = "genetic-counselor-mediawiki-api.synthetic.json"

_SECTIONS = (
    "1) Role Summary", "2) Role Mission", "3) Core Responsibilities", "7) KPIs and Productivity Metrics",
    "8) Technical Skills", "14) Experience and Qualifications",
)  # fmt: skip
_EDIT = '<span class="mw-editsection">[<a href="/w/index.php?action=edit">edit</a>]</span>'
_ARTICLE = (
    '<div class="mw-parser-output"><p>The <b>Test Counselor</b> counsels patients.</p>'
    + "".join(f'<h2><span class="mw-headline">{title}</span>{_EDIT}</h2><p>Text of {title}.</p>' for title in _SECTIONS)
)


def _answer(text: object, **fields: object) -> bytes:
    parse = {"title": "Test Counselor (role blueprint)", "pageid": 77, "revid": 9, "text": text, **fields}
    return json.dumps({"parse": parse}).encode()


def _document(data: bytes, name: str) -> dict:
    (extraction,) = extract(data, name=name)
    return extraction.document


def test_parse_answer_formatversion_1_and_2_are_one_article():
    v1 = mediawiki_parse_article(json.loads(_answer({"*": _ARTICLE})))
    v2 = mediawiki_parse_article(json.loads(_answer(_ARTICLE)))
    assert v1 == v2 == {"id": 77, "html": _ARTICLE, "title": "Test Counselor (role blueprint)"}
    assert mediawiki_parse_article({"parse": {"title": "x", "text": {"*": ""}}}) is None
    assert mediawiki_parse_article({"query": {"pages": []}}) is None


def test_displaytitle_without_tags_when_no_plain_title():
    answer = {"parse": {"displaytitle": '<span class="mw-page-title-main">Test &amp; Counselor</span>', "text": "<p>x"}}
    assert mediawiki_parse_article(answer)["title"] == "Test & Counselor"


def test_parse_answer_reads_as_the_page_with_its_title_and_pageid():
    document = _document(_answer(_ARTICLE), "synthetic-mediawiki.json")
    assert document["role"]["title"] == "Test Counselor"  # the wiki's disambiguator is no part of the role
    assert document["source"]["post_id"] == 77
    assert document["source"]["url"] is None and document["source"]["date_published"] is None
    assert [s["id"] for s in document["sections"]][:3] == ["role_summary", "role_mission", "responsibilities"]
    assert not any(text in ("edit", "[edit]") or "[edit]" in text for text in all_strings(document))


def _dl_page(dl: str) -> dict:
    html = f"<html><body><h2>1) Role Summary</h2><p>The Test Role runs tests.</p>{dl}<h2>12) Stakeholders</h2>"
    html += (
        "<dl><dt>Internal stakeholders</dt><dd>Oncologists, surgeons, nursing</dd>"
        "<dt>External stakeholders</dt><dd>Testing laboratories, payers</dd>"
        "<dt>Escalation points</dt><dd>Manager; medical director</dd></dl>"
    )
    html += "".join(f"<h2>{title}</h2><p>Text of {title}.</p>" for title in _SECTIONS[1:]) + "</body></html>"
    return _document(html.encode(), "synthetic-dl.html")


def test_label_value_definition_list_is_placed():
    document = _dl_page("<dl><dt>Role horizon</dt><dd>Current (well established)</dd></dl>")
    assert document["role"]["horizon"] == "Current"
    stakeholders = document["fields"]["stakeholders"]
    assert [s["name"] for s in stakeholders["internal"]] == ["Oncologists", "surgeons", "nursing"]
    # As a "**External stakeholders:** ..." line reads: the parser splits no external list at commas.
    assert [s["name"] for s in stakeholders["external"]] == ["Testing laboratories, payers"]
    assert len(stakeholders["escalation_points"]) == 2
    assert stakeholders["unparsed"] == [] and document["fields"]["role_summary"]["unparsed"] == []


def test_term_with_several_descriptions_stays_a_list():
    # A glossary's term and its descriptions are no label/value pair: still a term over its items.
    document = _dl_page("<dl><dt>Typical tasks</dt><dd>Counsel patients</dd><dd>Order tests</dd></dl>")
    summary = json.dumps(document["fields"]["role_summary"])
    assert "Typical tasks: Counsel patients" not in summary and "Order tests" in summary


def test_unseen_page_reads_whole():
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Genetic Counselor" and document["role"]["horizon"] == "Current"
    assert document["source"]["post_id"] == 4821 and document["source"]["input_form"] == "wp_json"
    assert len(document["sections"]) == 20 and document["quality"]["coverage"] == 1.0
    assert fields["role_mission"]["core_mission"].startswith("Provide accurate, patient-centered genetic counseling")
    assert len(fields["responsibilities"]["items"]) == 23
    assert len(fields["kpis"]["rows"]) == 10
    assert len(fields["technical_skills"]["skills"]) == 16 and len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["tools"]["rows"]) == 11
    stakeholders = fields["stakeholders"]
    assert stakeholders["unparsed"] == [] and stakeholders["internal"][0]["name"] == "Oncologists"
    assert stakeholders["external"][0]["name"] == "Testing laboratories, payers, patient advocacy groups"
    assert [e["text"] for e in fields["experience"]["education"]] == [
        "Master's degree in Genetic Counseling from an ACGC-accredited program"
    ]
    assert fields["experience"]["notes"] == []
    career = fields["career_path"]
    assert career["feeder_roles"][0]["name"] == "Genetic Counselor I" and len(career["next_roles"]) == 3
    assert [s["text"] for s in career["promotion_skills"]][0] == "Program development and metrics ownership"
    assert len(career["evolution"]) == 2
    assert fields["goals"]["success_definition"]["text"].startswith("Patients get timely, appropriate testing")


def test_unseen_page_noise_absent():
    strings = all_strings(unseen_document(_PAGE))
    noise = (
        "HelixPath", "IVF success", "NovaScrubs", "Shop Scrubs", "needs additional citations", "Learn how and when",
        "Find sources", "Professional Status Survey", "Cytogenetic Technologist", "GeneWikiFan42", "CareerGenome",
        "Post Comment", "NewPP", "For the laboratory-based role", "Role blueprint for a licensed", "&amp;", "<b>",
    )  # fmt: skip
    assert not [(n, s) for s in strings for n in noise if n in s]
    assert "Contents" not in strings and "[1]" not in " ".join(strings)
