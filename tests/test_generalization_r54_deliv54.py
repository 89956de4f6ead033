"""Round 54: a deliverables group heading with commas, a career role with its note mid-line, a certification's
later-stage expectation.

appsec-engineer-seed000 (seed 000's blank-line text) heads its third deliverables group "Standards, reporting,
and enablement": the section reader took the line, its commas a sentence's, for prose, so it went to the intro
and its 5 items to the group above (9 items). k8s-platform-engineer-seed004 lists the next role "Principal
Engineer, Infrastructure (rare, large organizations) for org-wide technical strategy": the word before the note
names no role, so the qualifier rule left the line whole as its name. cloud-engineer-rest-elementor (WP REST,
Elementor) marks a certification "(Advanced; expected for senior progression)": 'expected' made it required,
though it is what a later stage asks, not the hire. data-engineer-wp-newspaper keeps a deliverable's trailing
bracket as its description (checked: nothing is lost). The pages are frozen in tests/unseen (keys in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, html_fields, unseen_document

from pipeline import extract

APPSEC = "appsec-engineer-seed000.synthetic.txt"
K8S = "k8s-platform-engineer-seed004.synthetic.txt"
CLOUD = "cloud-engineer-rest-elementor.synthetic.json"
DATAENG = "data-engineer-wp-newspaper.synthetic.html"

_GOALS = "<h2>6) Goals, Objectives, and Milestones</h2><h3>30-day goals</h3><ul><li>Learn the stack.</li></ul>"

# Seed 000's text layout: blank lines between blocks, "  • " items, "N) Title" section headings.
_TEXT = """Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

1) Role Summary

The Test Role does this work for the business with several teams.

2) Role Mission

Core mission: make the work reliable for every team that depends on it.

5) Key Deliverables

{body}

6) Goals, Objectives, and Milestones

30-day goals

  • Learn the stack.
"""


def _text_deliverables(body: str) -> dict[str, Any]:
    (extraction,) = extract(_TEXT.format(body=body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]["deliverables"]


def _grouped(deliverables: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(item["group"], item["name"]) for item in deliverables["items"]]


# --- synthetic: a group heading with commas -------------------------------------------------------------------------


def test_synthetic_a_title_line_with_commas_between_items_heads_a_group() -> None:
    deliverables = _text_deliverables(
        "Deliverables should be reviewable.\n\n"
        "Design artifacts\n\n  • Design documents.\n\n  • Review records.\n\n"
        "Tooling and automation\n\n  • Scanner pipelines.\n\n"
        "Policy, reporting, and training\n\n  • Coding standards.\n\n  • Risk dashboard."
    )
    assert _grouped(deliverables) == [
        ("Design artifacts", "Design documents"),
        ("Design artifacts", "Review records"),
        ("Tooling and automation", "Scanner pipelines"),
        ("Policy, reporting, and training", "Coding standards"),
        ("Policy, reporting, and training", "Risk dashboard"),
    ]
    assert deliverables["intro"] == ["Deliverables should be reviewable."]


def test_synthetic_a_sentence_or_a_lead_between_items_stays_prose() -> None:
    # A full stop or a colon closes a sentence or a lead, not a heading; the items stay in their group.
    deliverables = _text_deliverables(
        "Design artifacts\n\n  • Design documents.\n\n"
        "Most of these are reviewed, signed, and filed.\n\n  • Review records.\n\n"
        "Also, for larger teams:\n\n  • Risk dashboard."
    )
    assert _grouped(deliverables) == [
        ("Design artifacts", "Design documents"),
        ("Design artifacts", "Review records"),
        ("Design artifacts", "Risk dashboard"),
    ]
    assert deliverables["intro"] == ["Most of these are reviewed, signed, and filed.", "Also, for larger teams:"]


# --- synthetic: a role's note mid-line, a qualifier after it ------------------------------------------------------


def _next_roles(items: list[str]) -> list[tuple[str, str | None, str | None]]:
    body = (
        "<h2>15) Career Path and Progression</h2><h3>Next likely roles after this role</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul>{_GOALS}"
    )
    return [(r["name"], r["note"], r["qualifier"]) for r in html_fields(body)["career_path"]["next_roles"]]


def test_synthetic_a_note_mid_line_then_a_qualifier_splits_as_after_a_role_noun() -> None:
    assert _next_roles(
        [
            "Principal Engineer, Data (rare, large companies) for company-wide strategy",
            "Head of Security, EMEA (regional) when the org spans several markets",
            "Research Scientist (rare, context-specific) if the org has a research lab",
        ]
    ) == [
        ("Principal Engineer, Data", "rare, large companies", "for company-wide strategy"),
        ("Head of Security, EMEA", "regional", "when the org spans several markets"),
        ("Research Scientist", "rare, context-specific", "if the org has a research lab"),
    ]


def test_synthetic_a_bracket_with_no_qualifier_after_it_keeps_the_line_as_read() -> None:
    assert _next_roles(
        [
            "Data Scientist (NLP-focused) (if leaning toward analytics)",
            "Staff Engineer, Platform (rare) and mentor",
            "Engineering Manager (people leadership)",
        ]
    ) == [
        ("Data Scientist (NLP-focused)", "if leaning toward analytics", None),
        ("Staff Engineer, Platform (rare) and mentor", None, None),
        ("Engineering Manager", "people leadership", None),
    ]


# --- synthetic: a certification expected at a later stage ---------------------------------------------------------


def _certifications(items: list[str]) -> list[tuple[str, str | None, str | None]]:
    body = (
        "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul>{_GOALS}"
    )
    certifications = html_fields(body)["experience"]["certifications"]
    return [(c["name"], c["requirement"], c["requirement_text"]) for c in certifications]


def test_synthetic_an_expectation_for_a_later_stage_does_not_make_a_certification_required() -> None:
    assert _certifications(
        [
            "Cloud Architect – Professional (Advanced; expected for senior progression)",
            "Kubernetes Administrator (Advanced; optional)",
            "Security Specialist (expected within 2 years of hire)",
            "Linux Administrator (Expected)",
            "Network Associate (Preferred; expected for promotion)",
        ]
    ) == [
        ("Cloud Architect – Professional", None, "Advanced; expected for senior progression"),
        ("Kubernetes Administrator", "optional", "Advanced; optional"),
        ("Security Specialist", None, "expected within 2 years of hire"),
        ("Linux Administrator", "required", "Expected"),
        ("Network Associate", "preferred", "Preferred; expected for promotion"),
    ]


# --- the pages ----------------------------------------------------------------------------------------------------


def test_appsec_page_deliverables_have_three_groups() -> None:
    deliverables = unseen_document(APPSEC)["fields"]["deliverables"]
    groups = [item["group"] for item in deliverables["items"]]
    assert list(dict.fromkeys(groups)) == [
        "Security design and assessment artifacts",
        "Security tooling and automation",
        "Standards, reporting, and enablement",
    ]
    assert [groups.count(group) for group in dict.fromkeys(groups)] == [5, 4, 5]
    assert deliverables["intro"] == [
        "Deliverables should be concrete, reviewable, and linked to measurable risk reduction."
    ]
    third = [item["name"] for item in deliverables["items"][9:]]
    assert third == [
        "Secure coding standards per language and framework",
        "Vulnerability severity and SLA policy for application findings",
        "Monthly application risk dashboard and quarterly executive summary",
        "Training materials",
        "Incident contributions",
    ]


def test_appsec_page_keeps_no_noise() -> None:
    texts = all_strings(unseen_document(APPSEC)["fields"])
    for noise in ["Find Top-Rated Dental Clinics", "Find Trusted Orthopedic Hospitals", "Notify of", "โ"]:
        assert not [text for text in texts if noise in text], noise


def test_k8s_page_next_role_with_a_note_mid_line() -> None:
    roles = unseen_document(K8S)["fields"]["career_path"]["next_roles"]
    assert [(r["name"], r["note"], r["qualifier"]) for r in roles] == [
        ("Senior / Staff Platform Engineer", "broader architecture scope", None),
        ("Platform Architect or Cloud Architect", "if leaning toward enterprise design", None),
        ("Platform Engineering Manager", "if moving into people leadership", None),
        ("Principal Engineer, Infrastructure", "rare, large organizations", "for org-wide technical strategy"),
    ]


def test_cloud_page_advanced_certification_is_not_required() -> None:
    certifications = unseen_document(CLOUD)["fields"]["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certifications] == [
        ("AWS Certified Solutions Architect – Associate", "preferred"),
        ("AWS Certified SysOps Administrator – Associate", "optional"),
        ("HashiCorp Certified: Terraform Associate", "optional"),
        ("AWS Certified DevOps Engineer – Professional", None),
        ("AWS Certified Security – Specialty", "context_specific"),
    ]
    assert certifications[3]["requirement_text"] == "Advanced; expected for senior progression"


def test_dataeng_page_deliverable_bracket_is_kept_as_description() -> None:
    items = unseen_document(DATAENG)["fields"]["deliverables"]["items"]
    templates = next(item for item in items if item["name"] == "Reusable ingestion templates")
    assert templates["description"] == "for example a generic REST API loader with pagination and rate limiting"
    assert templates["text"].startswith("Reusable ingestion templates (for example a generic REST API loader")
    assert [sum(item["group"] == g for item in items) for g in dict.fromkeys(i["group"] for i in items)] == [6, 4, 3]
