"""Synthetic snippets modelled on the eleventh round of unseen pages of the family (Confluence status badges,
Wix and Word exports).

Each test reads a minimal page through pipeline.extract and checks the typed fields of the rule it guards.
"""

from __future__ import annotations

from pipeline import extract
from snippets import html_fields

_SKILLS = "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3>"


def _skills(body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    fields = html_fields(_SKILLS + body)["technical_skills"]
    return [(s["name"], s["importance"], s["importance_note"], s["use"]) for s in fields["skills"]]


def test_skill_rating_as_status_badge_after_a_bold_numbered_paragraph() -> None:
    """A bold numbered paragraph ending in an upper-case badge heads its skill; its "Use:" bullets follow it."""
    assert _skills(
        '<p><strong>1. Commercial negotiation</strong> <span class="status-macro">CRITICAL</span></p>'
        "<ul><li>Use: price, term, uplift caps.</li></ul>"
        "<p><strong>2. Spend analysis</strong> <span>CONTEXT-SPECIFIC</span></p><ul><li>Use: spend cubes.</li></ul>"
    ) == [
        ("Commercial negotiation", "critical", "CRITICAL", "price, term, uplift caps."),
        ("Spend analysis", "context_specific", "CONTEXT-SPECIFIC", "spend cubes."),
    ]


def test_skill_badge_keeps_its_qualifier_verbatim() -> None:
    """ "OPTIONAL → Important if …" is the rating, both levels read, the qualifier kept as printed."""
    fields = html_fields(
        _SKILLS + "<ul><li>Outsourcing contracts OPTIONAL → Important if the company outsources support</li></ul>"
    )["technical_skills"]
    (skill,) = fields["skills"]
    assert skill["name"] == "Outsourcing contracts"
    assert skill["importance_levels"] == ["optional", "important"]
    assert skill["importance_note"] == "OPTIONAL → Important if the company outsources support"


def test_skill_rating_after_dash_or_colon() -> None:
    assert _skills(
        "<ol><li>Commercial negotiation – Critical<br/>– Use: price.</li><li>Spend analysis: Important</li></ol>"
    ) == [("Commercial negotiation", "critical", "Critical", "price."), ("Spend analysis", "important", "Important", None)]


def test_importance_word_inside_a_skill_name_is_no_rating() -> None:
    """A name that holds such a word (or ends in it in lower case, or is all capitals) keeps it."""
    assert _skills(
        "<ul><li>Critical path analysis (Important)</li><li>Designing for high</li>"
        "<li>Incident response: critical systems first</li></ul>"
    ) == [
        ("Critical path analysis", "important", "Important", None),
        ("Designing for high", None, None, None),
        ("Incident response", None, None, None),
    ]


def test_use_line_before_any_skill_is_no_skill() -> None:
    fields = html_fields(_SKILLS + "<ul><li>Use: price and terms.</li><li>Negotiation (Critical)</li></ul>")[
        "technical_skills"
    ]
    assert [s["name"] for s in fields["skills"]] == ["Negotiation"]
    assert fields["intro"] == ["Use: price and terms."]


_STAKEHOLDERS = "<h2>12) Stakeholders and Collaboration Map</h2><h3>Internal stakeholders</h3>"


def test_stakeholder_column_header_opened_by_a_qualifier_word() -> None:
    """ "Typical escalation" is the escalation column: an opening "Typical"/"Main"/"Key" does not change it."""
    (row,) = html_fields(
        _STAKEHOLDERS + "<table><tr><th>Stakeholder</th><th>Main nature of collaboration</th>"
        "<th>Typical escalation</th></tr><tr><td>Legal</td><td>Contract terms</td><td>Liability caps</td></tr></table>"
    )["stakeholders"]["internal"]
    assert (row["name"], row["nature"], row["escalation"]) == ("Legal", "Contract terms", "Liability caps")


def test_stakeholder_column_qualifier_alone_or_before_an_unknown_label_names_nothing() -> None:
    (row,) = html_fields(
        _STAKEHOLDERS + "<table><tr><th>Typical</th><th>Typical contact</th><th>Escalation</th></tr>"
        "<tr><td>Legal</td><td>General counsel</td><td>Liability caps</td></tr></table>"
    )["stakeholders"]["internal"]
    assert (row["name"], row["escalation"]) == ("Legal", "Liability caps")
    assert [(d["label"], d["kind"]) for d in row["details"]] == [("Typical contact", "other"), ("Escalation", "escalation")]


_RESPONSIBILITIES = "<h2>3) Core Responsibilities</h2>"


def _responsibilities(items: str) -> list[tuple[str, str | None]]:
    fields = html_fields(_RESPONSIBILITIES + "<ul>" + items + "</ul>")["responsibilities"]
    return [(r["title"], r["detail"]) for r in fields["items"]]


def test_long_responsibility_title_ends_at_a_dash_opening_a_sentence() -> None:
    assert _responsibilities(
        "<li>Support Sales and Customer Success in privacy due diligence – Answer security questionnaires and"
        " join customer audit calls.</li>"
    ) == [
        (
            "Support Sales and Customer Success in privacy due diligence",
            "Answer security questionnaires and join customer audit calls.",
        )
    ]


def test_long_responsibility_sentence_with_a_lower_case_aside_stays_whole() -> None:
    text = "Keep every regional processing record current and reviewed by its owners – especially after a new vendor."
    assert _responsibilities(f"<li>{text}</li>") == [(text.rstrip(), None)]


_DELIVERABLES = "<h2>6) Key Deliverables</h2>"


def test_deliverable_acronym_in_brackets_is_part_of_its_name() -> None:
    items = html_fields(
        _DELIVERABLES + "<ul><li>Record of Processing Activities (ROPA)</li><li>Impact assessments (DPIAs).</li>"
        "<li>Golden sets (for regressions).</li></ul>"
    )["deliverables"]["items"]
    assert [(d["name"], d["description"]) for d in items] == [
        ("Record of Processing Activities (ROPA)", None),
        ("Impact assessments (DPIAs)", None),
        ("Golden sets", "for regressions"),
    ]


_EXPERIENCE = "<h2>14) Required Experience and Qualifications</h2><h3>Education</h3>"


def _education(items: str) -> list[tuple[list[str], list[str], bool]]:
    experience = html_fields(_EXPERIENCE + f"<ul>{items}</ul>")["experience"]
    return [(e["degree_levels"], e["fields_of_study"], e["related_fields_accepted"]) for e in experience["education"]]


def test_law_degrees_have_levels_and_a_bare_degree_names_its_fields() -> None:
    """LLB is a bachelor, LLM a master, JD a professional doctorate (round 44: neither a master nor a PhD);
    "Law degree" names its field, and "degree in X, Y or Z" lists fields with no level."""
    assert _education(
        "<li>Law degree (LLB/JD) or degree in information security, computer science or business</li>"
        "<li>LLM in data protection law</li><li>A degree in Finance or Accounting, or a related field</li>"
    ) == [
        (
            ["bachelor", "professional_doctorate"],
            ["law", "information security", "computer science", "business"],
            False,
        ),
        (["master"], ["data protection law"], False),
        ([], ["Finance", "Accounting"], True),
    ]


def test_degree_with_a_level_still_reads_its_own_fields_first() -> None:
    assert _education("<li>Bachelor's degree in Nursing, with a degree in public health preferred</li>") == [
        (["bachelor"], ["Nursing"], False)
    ]


def _business_value(sentence: str) -> list[str]:
    page = (
        "<h1>Site Coordinator: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        f"<h2>1) Role Summary</h2><p>The Site Coordinator runs studies. {sentence}</p>"
        "<h2>2) Role Mission</h2><p>Core mission: run studies well.</p>"
        "<h2>3) Core Responsibilities</h2><ul><li>Run the site.</li></ul>"
    )
    (extraction,) = extract(page.encode(), name="snippet.html")
    return extraction.document["fields"]["role_summary"]["business_value"]


def test_business_value_comparatives_joined_by_a_comma_share_one_noun() -> None:
    assert _business_value(
        "The business value created is faster, more predictable enrollment, fewer protocol deviations, and a"
        " site reputation that wins future studies."
    ) == ["faster, more predictable enrollment", "fewer protocol deviations", "a site reputation that wins future studies"]


def test_business_value_one_word_nouns_stay_apart() -> None:
    assert _business_value("The business value created includes revenue, retention, and trust.") == [
        "revenue",
        "retention",
        "trust",
    ]
    assert _business_value("The business value created includes lower costs, faster delivery.") == [
        "lower costs",
        "faster delivery",
    ]
