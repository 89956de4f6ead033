"""Round 38: parser leftovers on pages frozen in tests/unseen/ (keys in tests/unseen/answer_keys/).

1. A scraper's inline list "Typical interaction teams: A – B – ... – J" (cloud-security-engineer-cut-extra) is cut
   by the block layer into a paragraph ending at the first team and one dash item a team: 1 team, 9 unparsed.
2. The same cut falls inside a certification "AWS Certified Security – Specialty, B (AZ-500), or C (Optional;
   valued)": "AWS Certified Security" and "Specialty, B, or C" came out, the AWS one with no level.
3. "Certifications" over "Relevant but rarely mandatory: – A (Optional) – B (Optional) – C (Context-specific)"
   (clinical-data-scientist-lost-borders): the lead became a sub-heading of its own, the three went to `other`.
4. A crawl cut short mid-item (actuarial-manager-apify, item 2) kept "**Patience with complex" as a skill name.
The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"

_PAGE = (
    "{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe {role} does this work for the business with several teams.\n\n{summary}\n\n"
    "2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "3) Key Responsibilities\n\nStrategic responsibilities\n\n  1. Own the roadmap\n\n{body}"
)


def _text_document(summary: str = "", body: str = "", role: str = "Test Role") -> dict[str, Any]:
    """A blueprint in the blank-line text layout of seed 000."""
    page = _PAGE.format(role=role, summary=summary or "Role horizon: Current.", body=body)
    (extraction,) = extract(page.encode("utf-8"), name="snippet.txt")
    return extraction.document


def _pages(name: str) -> list[dict[str, Any]]:
    return [extraction.document for extraction in extract((UNSEEN / name).read_bytes(), name=name)]


# --- 1. an interaction line cut at its dashes -------------------------------------------------------------------------


def test_synthetic_an_interaction_line_joined_by_dashes_keeps_every_team() -> None:
    line = "Typical interaction teams: Finance – Revenue Operations – Governance, Risk and Compliance (GRC) – Legal"
    summary = _text_document(summary=line)["fields"]["role_summary"]
    groups = summary["interaction"]["groups"]
    assert [team for group in groups for team in group["teams"]] == [
        "Finance", "Revenue Operations", "Governance, Risk and Compliance (GRC)", "Legal"
    ]  # fmt: skip
    assert summary["interaction"]["text"] == line
    assert summary["unparsed"] == []


def test_synthetic_dash_items_after_a_plain_paragraph_stay_where_they_were() -> None:
    # Not an interaction sentence: the dash items are no teams (they stay unplaced, as before).
    summary = _text_document(summary="Typical reporting line: the Director – Finance – Legal")["fields"]["role_summary"]
    assert summary["interaction"] is None


# --- 2. a certification cut at the dash before its grade ------------------------------------------------------------


def _certifications(line: str) -> list[tuple[str, str | None]]:
    body = f"14) Required Experience and Qualifications\n\nCertifications\n\n{line}\n"
    certifications = _text_document(body=body)["fields"]["experience"]["certifications"]
    return [(cert["name"], cert["requirement"]) for cert in certifications]


def test_synthetic_a_grade_after_a_dash_closes_the_certification_before_it() -> None:
    line = (
        "Certifications help with screening. – AWS Certified Security – Specialty, Azure Security Engineer Associate"
        " (AZ-500), or Google Professional Cloud Security Engineer (Optional; valued) – CompTIA Security+ (Optional)"
    )
    assert _certifications(line) == [
        ("AWS Certified Security – Specialty", "optional"),
        ("Azure Security Engineer Associate", "optional"),
        ("Google Professional Cloud Security Engineer", "optional"),
        ("CompTIA Security+", "optional"),
    ]


def test_synthetic_a_dash_before_a_name_that_opens_with_a_grade_word_still_parts_it() -> None:
    line = "Certifications help. – Professional Scrum Master I (Optional) – ITIL 4 Foundation (Optional)"
    assert _certifications(line) == [("Professional Scrum Master I", "optional"), ("ITIL 4 Foundation", "optional")]


# --- 3. a level lead set as a sub-heading under an empty "Certifications" -------------------------------------------


def test_synthetic_a_level_lead_under_an_empty_certifications_heading_leads_its_items() -> None:
    line = "Relevant but rarely mandatory: – CISA (Optional) – PMP (Optional) – Cloud certifications (Context-specific)"
    body = f"14) Required Experience and Qualifications\n\nCertifications\n\n{line}\n"
    experience = _text_document(body=body)["fields"]["experience"]
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("CISA", "optional"), ("PMP", "optional"), ("Cloud certifications", "context_specific")
    ]  # fmt: skip
    assert experience["certifications_heading_note"] == "Relevant but rarely mandatory"
    assert experience["other"] == []


# --- 4. a bold lead a crawl cut short ---------------------------------------------------------------------------------


def test_synthetic_a_bold_marker_left_open_at_the_end_is_no_text() -> None:
    body = (
        "9) Soft Skills and Behavioral Capabilities\n\n"
        "  1. Attention to detail\n    – Why it matters: small errors change member benefits.\n"
        "  2. **Patience with complex"
    )
    skills = _text_document(body=body)["fields"]["soft_skills"]["skills"]
    assert [(skill["name"], skill["text"]) for skill in skills] == [
        ("Attention to detail", "Attention to detail"),
        ("Patience with complex", "Patience with complex"),
    ]


# --- the pages --------------------------------------------------------------------------------------------------------


def test_the_cut_extra_page_reads_ten_teams_and_whole_certifications() -> None:
    (document,) = _pages("cloud-security-engineer-cut-extra.synthetic.txt")
    summary = document["fields"]["role_summary"]
    teams = [team for group in summary["interaction"]["groups"] for team in group["teams"]]
    assert len(teams) == 10
    assert (teams[0], teams[2], teams[6], teams[-1]) == (
        "Platform Engineering", "DevOps / CI-CD owners", "Governance, Risk and Compliance (GRC)", "FinOps"
    )  # fmt: skip
    assert summary["unparsed"] == []
    certifications = [(c["name"], c["requirement"]) for c in document["fields"]["experience"]["certifications"]]
    assert certifications[:3] == [
        ("AWS Certified Security – Specialty", "optional"),
        ("Azure Security Engineer Associate", "optional"),
        ("Google Professional Cloud Security Engineer", "optional"),
    ]
    assert not any(name.startswith("Specialty") for name, _ in certifications)


def test_the_lost_borders_page_reads_its_three_certifications() -> None:
    (document,) = _pages("clinical-data-scientist-lost-borders.synthetic.txt")
    experience = document["fields"]["experience"]
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("SAS Certified Clinical Trials Programmer", "optional"),
        ("CDISC training certificates for SDTM/ADaM", "optional"),
        ("Cloud data platform certifications", "context_specific"),
    ]
    assert experience["other"] == []


def test_the_apify_page_keeps_no_bold_marker_of_its_cut_item() -> None:
    blueprint, pension = _pages("actuarial-manager-apify.synthetic.json")
    assert blueprint["role"]["title"] == "Actuarial Manager"
    skills = pension["fields"]["soft_skills"]["skills"]
    assert [skill["name"] for skill in skills] == [
        "Attention to detail", "Clear written communication", "Patience with complex"
    ]  # fmt: skip
    assert not any("**" in text for text in all_strings(pension["fields"]))
