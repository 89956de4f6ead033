"""Synthetic snippets modelled on unseen pages of the family, round 23: skills written as definition lists, in
HTML (a Next.js page: an <h4> per skill under its tier's <h3>, its "Use" / "What good looks like" / "Why"
as <dt> labels over <dd> texts) and in kramdown / PHP Markdown Extra / pandoc markdown (a soft skill's name
on a line, its ": **Why it matters:** ..." definitions under it)."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.textblocks import text_to_pieces
from tests.snippets import html_fields

_TECH = "<h2>8) Technical Skills Required</h2>"
_SOFT = "<h2>9) Soft Skills and Behavioral Capabilities</h2>"

_MD_HEAD = (
    "# Legal Operations Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Legal Operations Manager runs the business of the legal department.\n\n"
    "## 2) Role Mission\n\nCore mission: make legal work measurable and efficient.\n\n"
)


def _md_fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_MD_HEAD + body).encode(), name="snippet.md")
    return extraction.document["fields"]


def _tech(fields: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (s["name"], s["tier"], s["importance_levels"], s["use"], s["what_good_looks_like"], s["text"])
        for s in fields["technical_skills"]["skills"]
    ]


def _soft(fields: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (s["name"], s["group"], s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"])
        for s in fields["soft_skills"]["skills"]
    ]


# --- HTML: a sub-heading per skill under its tier, its details a definition list --------------------------


def test_skill_subheadings_under_a_tier_name_skills_and_dt_labels_their_dd() -> None:
    fields = html_fields(
        _TECH + "<p>Importance reflects a mid-level role.</p><h3>Must-have technical skills</h3>"
        "<h4>Survival analysis (Important)</h4><dl><dt>Use</dt><dd>Kaplan&ndash;Meier, Cox models.</dd>"
        "<dt>What good looks like</dt><dd>Censoring handled correctly.</dd><dt>Why</dt><dd>Endpoints are times.</dd></dl>"
        "<h4>CDISC standards (SDTM / ADaM) (Important)</h4><dl><dt>Use</dt><dd>Submission datasets.</dd></dl>"
        "<h3>Advanced or expert-level technical skills</h3>"
        "<h4>Bayesian methods (Optional &rarr; Important if the company runs adaptive studies)</h4>"
        "<dl><dt>Use</dt><dd>Borrowing from historical controls.</dd></dl>"
    )
    tech = fields["technical_skills"]
    assert tech["intro"] == ["Importance reflects a mid-level role."]
    assert [(t["tier"], t["heading"]) for t in tech["tiers"]] == [
        ("must_have", "Must-have technical skills"),
        ("advanced", "Advanced or expert-level technical skills"),
    ]
    assert _tech(fields) == [
        (
            "Survival analysis",
            "must_have",
            ["important"],
            "Kaplan–Meier, Cox models.",
            "Censoring handled correctly.",
            "Survival analysis (Important)",
        ),
        (
            "CDISC standards (SDTM / ADaM)",
            "must_have",
            ["important"],
            "Submission datasets.",
            None,
            "CDISC standards (SDTM / ADaM) (Important)",
        ),
        (
            "Bayesian methods",
            "advanced",
            ["optional", "important"],
            "Borrowing from historical controls.",
            None,
            "Bayesian methods (Optional → Important if the company runs adaptive studies)",
        ),
    ]
    assert [(d["label"], d["kind"], d["text"]) for d in tech["skills"][0]["details"]] == [
        ("Use", "use", "Kaplan–Meier, Cox models."),
        ("What good looks like", "what_good_looks_like", "Censoring handled correctly."),
        ("Why", "why", "Endpoints are times."),
    ]


def test_skill_subheading_over_labelled_paragraphs_names_the_skill() -> None:
    fields = html_fields(
        _TECH + "<h3>Must-have technical skills</h3>"
        "<h4>Survival analysis (Important)</h4><p>Use: Kaplan-Meier, Cox models.</p>"
        "<p>What good looks like: Censoring handled correctly.</p>"
    )
    assert fields["technical_skills"]["intro"] == []
    assert _tech(fields) == [
        (
            "Survival analysis",
            "must_have",
            ["important"],
            "Kaplan-Meier, Cox models.",
            "Censoring handled correctly.",
            "Survival analysis (Important)",
        )
    ]


def test_group_subheading_over_skill_items_stays_a_tier_of_its_own() -> None:
    # A sub-heading that is no tier name over skill items groups them: it names no skill.
    fields = html_fields(
        _TECH + "<h3>Must-have technical skills</h3><ul><li>Python (Critical)<br>Use: pipelines.</li></ul>"
        "<h3>Domain analytics</h3><ul><li>SQL (Important)<br>Use: cohorts.</li></ul>"
    )
    assert [(t["tier"], t["heading"]) for t in fields["technical_skills"]["tiers"]] == [
        ("must_have", "Must-have technical skills"),
        ("other", "Domain analytics"),
    ]
    assert _tech(fields) == [
        ("Python", "must_have", ["critical"], "pipelines.", None, "Python (Critical)"),
        ("SQL", "other", ["important"], "cohorts.", None, "SQL (Important)"),
    ]


def test_soft_skill_subheadings_over_dt_labels_name_the_skills() -> None:
    fields = html_fields(
        _SOFT + "<p>These behaviours separate good from great.</p>"
        "<h4>Scientific integrity</h4><dl><dt>Why it matters</dt><dd>Pressure is constant.</dd>"
        "<dt>How it shows up</dt><dd>Documents every deviation.</dd>"
        "<dt>Strong performance</dt><dd>Teams trust the numbers.</dd></dl>"
        "<h4>Learning orientation</h4><dl><dt>Why it matters</dt><dd>Methods evolve.</dd></dl>"
    )
    assert fields["soft_skills"]["intro"] == ["These behaviours separate good from great."]
    assert _soft(fields) == [
        (
            "Scientific integrity",
            None,
            "Pressure is constant.",
            "Documents every deviation.",
            "Teams trust the numbers.",
        ),
        ("Learning orientation", None, "Methods evolve.", None, None),
    ]


def test_dt_that_names_a_skill_is_no_label() -> None:
    # A term that is no detail label names its skill; its labelled descriptions are its details, as before.
    fields = html_fields(
        _SOFT + "<dl><dt>Customer empathy</dt><dd>Why it matters: Decisions start from pain.</dd>"
        "<dd>How it shows up: Talks to customers.</dd></dl>"
    )
    assert _soft(fields) == [("Customer empathy", None, "Decisions start from pain.", "Talks to customers.", None)]


# --- markdown definition lists ----------------------------------------------------------------------------


def test_kramdown_definition_list_soft_skills() -> None:
    fields = _md_fields(
        "## 9) Soft Skills and Behavioral Capabilities\n\nTrust decides the role.\n\n"
        "Change leadership\n: **Why it matters:** Lawyers are cautious.\n: **How it shows up:** Pilots with willing teams.\n"
        ": **Strong performance:** New processes stick.\n\n"
        "Business acumen\n\n: Why it matters: Decisions trade cost and risk.\n\n"
        "## 10) Tools, Platforms, and Software\n\n- Ironclad\n"
    )
    assert fields["soft_skills"]["intro"] == ["Trust decides the role."]
    assert _soft(fields) == [
        ("Change leadership", None, "Lawyers are cautious.", "Pilots with willing teams.", "New processes stick."),
        ("Business acumen", None, "Decisions trade cost and risk.", None, None),
    ]


def test_pandoc_definition_list_labels_a_skill_subheading() -> None:
    fields = _md_fields(
        "## 8) Technical Skills Required\n\n### Must-have technical skills\n\n#### CLM administration (Critical)\n\n"
        "Use\n:   Templates and approval rules.\n\nWhat good looks like\n:   Safe workflow changes.\n\n"
        "## 9) Soft Skills and Behavioral Capabilities\n\n- Business acumen\n"
    )
    assert _tech(fields) == [
        (
            "CLM administration",
            "must_have",
            ["critical"],
            "Templates and approval rules.",
            "Safe workflow changes.",
            "CLM administration (Critical)",
        )
    ]


def test_definition_line_reads_as_an_item_under_its_term() -> None:
    pieces = text_to_pieces("Change leadership\n: Why it matters: Trust.\n: How it shows up: Pilots.\n")
    assert [(p.block.kind, p.block.text, p.block.depth) for p in pieces] == [
        ("list_item", "Change leadership", 0),
        ("list_item", "Why it matters: Trust.", 1),
        ("list_item", "How it shows up: Pilots.", 1),
    ]


def test_colon_line_without_a_term_above_stays_a_paragraph() -> None:
    # Under a heading, or two blank lines below a paragraph, a ": " line defines nothing.
    pieces = text_to_pieces("## Notes\n\n: not a definition\n\nA paragraph.\n\n\n: nor this\n")
    assert [(p.block.kind, p.block.text) for p in pieces] == [
        ("heading", "Notes"),
        ("paragraph", ": not a definition"),
        ("paragraph", "A paragraph."),
        ("paragraph", ": nor this"),
    ]
