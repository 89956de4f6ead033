"""Round 79 unseen page: a museum curator (collections), a WordPress post in the OceanWP theme (top bar, logo
header with a dropdown menu, page header with H1 and breadcrumbs, post meta, Jetpack sharing and related posts,
author bio, post navigation, a Disqus embed, sidebar widgets, footer and cookie banner), its 20 sections as
"<h2 class="wp-block-heading">N) ...</h2>" with Gutenberg tables, two AdSense blocks inside the article and four
mojibake sequences.

Fixed here:
- "Skills needed for promotion", then "<p>To move to Senior Curator: – A. – B. – C.</p>", put the three skills
  under a sub-section "To move to Senior Curator" (career_path.other): a colon lead right under a known
  sub-heading that opens with an infinitive of purpose ("To move to ...", "To become ...") is a clause introducing
  that sub-heading's list, no name of a sub-section; the lead names the promotion's target role as well;
- "Fellowship of the Museums Association (FMA) (Advanced)" kept "(FMA)" in the name and "Advanced" as its detail:
  a closing bracket that is a career-stage word alone ("Advanced", "Intermediate") is the item's level text (it
  asks no requirement), so the bracket before it is the name's detail, as "(AMA) (Common in the UK)" gives;
- a closing paragraph after the last soft skill, "Behaviours that stand out: ...", became a fourth detail
  (how_it_shows_up) of that skill: a last line in its own element, after a skill whose details share one element
  (a "<p>" split at its "<br>"s), under a label that only opens with a detail's word, is a section note (intro).

Left (see the fix report): "By museum type" as the industry dimension of the variants (a guess that museum type is
an industry), the leadership paragraph split at its semicolon.

Snippets below are synthetic; the page is frozen as tests/unseen/museum-curator.synthetic.html with its key in
tests/unseen/answer_keys/museum-curator.md.
"""

from __future__ import annotations

from typing import Any

from pipeline.parsers.experience import _certifications
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "museum-curator.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a purpose lead under the promotion sub-heading -------------------------------------------------------

_PROMOTION = (
    "<h2>15) Career Path and Progression</h2>"
    "<h3>Common feeder roles</h3><ul><li>Junior Analyst → Test Role</li></ul>"
    "<h3>Skills needed for promotion</h3>"
    "<p>{lead} &#8211; Own the quarterly plan. &#8211; Coach two juniors. &#8211; Present to the board.</p>"
)


def test_synthetic_infinitive_lead_introduces_promotion_list() -> None:
    career = html_fields(_PROMOTION.format(lead="To become a Principal Analyst:"))["career_path"]
    assert [s["text"] for s in career["promotion_skills"]] == [
        "Own the quarterly plan.",
        "Coach two juniors.",
        "Present to the board.",
    ]
    assert career["other"] == []
    assert career["promotion_notes"] == ["To become a Principal Analyst:"]
    assert career["promotion_transition"]["to_role"] == "Principal Analyst"
    assert career["promotion_transition"]["from_role"] == "Test Role"


def test_synthetic_move_to_lead_names_target_role() -> None:
    career = html_fields(_PROMOTION.format(lead="To move to Lead Analyst:"))["career_path"]
    assert len(career["promotion_skills"]) == 3
    assert career["promotion_transition"]["to_role"] == "Lead Analyst"


def test_synthetic_named_lead_still_opens_a_subsection() -> None:
    # Negative: a named label ("Mentoring expectations:") under the heading is a sub-section of its own.
    career = html_fields(_PROMOTION.format(lead="Mentoring expectations:"))["career_path"]
    assert career["promotion_skills"] == []
    assert [o["heading"] for o in career["other"]] == ["Mentoring expectations"]


# --- synthetic: a career-stage bracket on a certification ------------------------------------------------------------


def test_synthetic_stage_bracket_is_level_text() -> None:
    (cert,) = _certifications("Chartered Fellowship of the Test Institute (CFTI) (Advanced)")
    assert (cert.name, cert.detail, cert.requirement, cert.requirement_text) == (
        "Chartered Fellowship of the Test Institute",
        "CFTI",
        None,
        "Advanced",
    )
    (alone,) = _certifications("Diploma in Test Practice (Intermediate)")
    assert (alone.name, alone.detail, alone.requirement_text) == ("Diploma in Test Practice", None, "Intermediate")


def test_synthetic_other_brackets_unchanged() -> None:
    # Negatives: a level bracket, and a bracket that is no stage word, read as before.
    (common,) = _certifications("Associate of the Test Institute (ATI) (Common in the UK)")
    assert (common.name, common.detail, common.requirement) == ("Associate of the Test Institute", "ATI", "common")
    (provider,) = _certifications("Cloud fundamentals (Azure/AWS/GCP)")
    assert (provider.name, provider.detail, provider.requirement_text) == ("Cloud fundamentals", "Azure/AWS/GCP", None)


# --- synthetic: a closing paragraph after the last soft skill --------------------------------------------------------

_SOFT = (
    "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
    "<h3>Calm judgement</h3><p>Why it matters: Decisions carry risk.<br>How it shows up: Weighs evidence first.<br>"
    "Strong performance: Peers trust the call.</p>"
    "<h3>Clear writing</h3><p>Why it matters: Readers are busy.<br>How it shows up: Short plain sentences.<br>"
    "Strong performance: Nobody asks twice.</p>"
    "<p>{closing}</p>"
)


def test_synthetic_closing_labelled_paragraph_is_section_note() -> None:
    closing = "Behaviours that stand out: patience, candour, and care under pressure."
    soft = html_fields(_SOFT.format(closing=closing))["soft_skills"]
    assert [s["name"] for s in soft["skills"]] == ["Calm judgement", "Clear writing"]
    assert [d["label"] for d in soft["skills"][1]["details"]] == [
        "Why it matters",
        "How it shows up",
        "Strong performance",
    ]
    assert soft["intro"] == [closing]


def test_synthetic_closing_whole_label_stays_a_detail() -> None:
    # Negative: a detail's own label in a paragraph of its own is still that skill's detail.
    soft = html_fields(_SOFT.format(closing="How it shows up: Edits twice before sending."))["soft_skills"]
    details = soft["skills"][1]["details"]
    assert [d["kind"] for d in details][-1] == "how_it_shows_up"
    assert soft["intro"] == []


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_promotion_skills() -> None:
    career = _fields()["career_path"]
    assert [s["text"] for s in career["promotion_skills"]] == [
        "Lead a major exhibition with external loans.",
        "Build a multi-year collecting plan and secure funding for it.",
        "Manage and develop other curators.",
    ]
    assert career["other"] == []
    assert career["promotion_transition"]["to_role"] == "Senior Curator"
    assert career["promotion_transition"]["from_role"] == "Museum Curator (Collections)"


def test_page_certifications() -> None:
    certs = _fields()["experience"]["certifications"]
    assert [(c["name"], c["detail"], c["requirement"], c["requirement_text"]) for c in certs] == [
        ("Associateship of the Museums Association", "AMA", "common", "Common in the UK"),
        ("Provenance research training such as the ERIC or APRI courses", None, "optional", "Optional"),
        ("Object handling and packing certificate", None, "optional", "Optional"),
        ("CITES and cultural property compliance training", None, "context_specific", "Context-specific"),
        ("Fellowship of the Museums Association", "FMA", None, "Advanced"),
    ]


def test_page_soft_skills_and_closing_note() -> None:
    soft = _fields()["soft_skills"]
    assert [s["name"] for s in soft["skills"]] == [
        "Scholarly judgement",
        "Storytelling for general audiences",
        "Diplomacy with donors and lenders",
        "Cultural sensitivity and humility",
        "Project organisation",
        "Ethical integrity",
    ]
    assert all(len(s["details"]) == 3 for s in soft["skills"])
    assert soft["intro"] == [
        "Behaviours that stand out: punctual record keeping, generosity with knowledge, and calm under deadline "
        "pressure."
    ]


def test_page_no_noise() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for noise in ("Tidewater Kayak", "Brightwell Orthodontics", "Advertisement", "disqus", "Sign me up", "โ"):
        assert not any(noise in s for s in strings), noise
