"""Round 57: a career role's note followed by a participle clause, a promotion line listing what it takes.

tech-support-engineer-seed004 (seed 004's compact text) lists the feeder role "QA Tester (junior) interested in
customer-facing work": 'interested' is no listed qualifier word, so the line stayed whole as the role's name.
fullstack-developer-wpbakery (OceanWP + WPBakery HTML) writes its promotion skills as one paragraph, "Senior
Full-Stack Developer → requires: leading ..., designing ..., raising ..., and mentoring ...": only numbered
inline runs were split, so the skills and the transition were empty and the line a note. The pages are frozen
in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, html_fields, unseen_document

SUPPORT = "tech-support-engineer-seed004.synthetic.txt"
FULLSTACK = "fullstack-developer-wpbakery.synthetic.html"


def _career(subsections: str) -> dict[str, Any]:
    body = f"<h2>15) Career Path and Progression</h2>{subsections}"
    return html_fields(body)["career_path"]


def _feeders(*items: str) -> list[tuple[str, str | None, str | None]]:
    lis = "".join(f"<li>{item}</li>" for item in items)
    career = _career(f"<h3>Common feeder roles into this role</h3><ul>{lis}</ul>")
    return [(r["name"], r["note"], r["qualifier"]) for r in career["feeder_roles"]]


def _promotion(paragraph: str) -> dict[str, Any]:
    return _career(f"<h3>Skills needed for promotion</h3><p>{paragraph}</p>")


# --- synthetic snippets ---------------------------------------------------------------------------


def test_synthetic_note_then_participle_clause_is_a_qualifier() -> None:
    assert _feeders(
        "QA Analyst (junior) interested in customer-facing work",
        "Service Desk Agent (Tier 1) looking to move into operations",
        "Data Analyst (BI) keen on automation",
    ) == [
        ("QA Analyst", "junior", "interested in customer-facing work"),
        ("Service Desk Agent", "Tier 1", "looking to move into operations"),
        ("Data Analyst", "BI", "keen on automation"),
    ]


def test_synthetic_note_without_clause_or_with_a_second_role_stays() -> None:
    assert _feeders("Data Scientist (NLP-focused)", "Network Technician (II) or Field Engineer") == [
        ("Data Scientist", "NLP-focused", None),
        ("Network Technician (II) or Field Engineer", None, None),
    ]


def test_synthetic_role_arrow_requires_list_gives_skills_and_transition() -> None:
    career = _promotion(
        "Staff Engineer → requires: owning cross-team architecture, setting technical direction, "
        "and growing senior engineers."
    )
    assert [s["text"] for s in career["promotion_skills"]] == [
        "owning cross-team architecture",
        "setting technical direction",
        "growing senior engineers",
    ]
    assert career["promotion_transition"]["to_role"] == "Staff Engineer"
    assert career["promotion_notes"] == ["Staff Engineer → requires:"]


def test_synthetic_promotion_to_requires_list_is_read_alike() -> None:
    career = _promotion("Promotion to Lead Analyst requires: owning a domain, coaching peers, and shaping the roadmap.")
    assert [s["text"] for s in career["promotion_skills"]] == [
        "owning a domain",
        "coaching peers",
        "shaping the roadmap",
    ]
    assert career["promotion_transition"]["to_role"] == "Lead Analyst"


def test_synthetic_requires_prose_stays_a_note() -> None:
    text = "Promotion requires: consistent delivery over twelve months, usually with sponsor support."
    career = _promotion(text)
    assert career["promotion_skills"] == []
    assert career["promotion_notes"] == [text]


# --- the pages --------------------------------------------------------------------------------------


def test_support_page_feeder_roles() -> None:
    roles = unseen_document(SUPPORT)["fields"]["career_path"]["feeder_roles"]
    assert [(r["name"], r["note"], r["qualifier"]) for r in roles] == [
        ("Customer Support Specialist", "Tier 1", None),
        ("IT Help Desk Analyst", None, "with scripting or API experience"),
        ("QA Tester", "junior", "interested in customer-facing work"),
        ("Implementation Specialist", None, "with strong technical troubleshooting"),
    ]


def test_fullstack_page_promotion_skills() -> None:
    career = unseen_document(FULLSTACK)["fields"]["career_path"]
    assert [s["text"] for s in career["promotion_skills"]] == [
        "leading multi-sprint initiatives",
        "designing systems across services",
        "raising team quality standards",
        "mentoring consistently",
    ]
    assert career["promotion_transition"]["to_role"] == "Senior Full-Stack Developer"
    assert [len(career[k]) for k in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 3, 4]


def test_pages_keep_no_noise() -> None:
    noise = {
        SUPPORT: ["Dental Clinics", "Share this:", "Notify of", "SupportOps Weekly", "DevOpsSchool"],
        FULLSTACK: [
            "Advertisements",
            "Lakeshore Coding Bootcamp",
            "Download the PDF",
            "Leave a Reply",
            "Marcus Oyelaran",
        ],
    }
    for page, strings in noise.items():
        texts = all_strings(unseen_document(page)["fields"])
        assert [s for s in strings if any(s in t for t in texts)] == []
