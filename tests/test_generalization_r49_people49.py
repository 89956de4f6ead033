"""Round 49: certifications, reporting line, leadership and stakeholder escalations of three hand-keyed pages.

data-platform-engineer-seed000 (seed 000's text layout) labels its certifications "<name> (Optional): <note>",
one name holding a colon of its own ("SnowPro Advanced: Data Engineer") and one longer than a short label
("AWS Certified Data Analytics or cloud data engineering certifications"); its interaction sentence closes on the
reporting line ("..., with the reporting line usually into a Director of Data Platform or Head of Data
Engineering."). ai-product-manager-crawler-md sets people management apart in its leadership line ("has led
cross-functional launches; people management not required.") and says where a stakeholder's escalations go
("...; escalation on quality disputes goes to the Head of Applied Science."). penetration-tester-seed004's
"Security internship, university red team, or active CTF competitor" is a background (fixed in round 48, pinned
here). The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields, unseen_document

from pipeline import extract
from pipeline.parsers.experience import _certifications

UNSEEN = Path(__file__).resolve().parent / "unseen"
DATA_PLATFORM = "data-platform-engineer-seed000.synthetic.txt"
AI_PM = "ai-product-manager-crawler-md.synthetic.md"
PENTESTER = "penetration-tester-seed004.synthetic.txt"


def _fields(name: str) -> dict[str, Any]:
    return unseen_document(name)["fields"]


def _certs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.requirement, c.note) for c in _certifications(text)]


# --- (a, b) a certification's label closes with its bracketed level ------------------------------------------


def test_synthetic_a_colon_inside_the_name_stays_in_it() -> None:
    assert _certs("SnowPro Advanced: Data Engineer (Optional): relevant where Snowflake is the main warehouse.") == [
        ("SnowPro Advanced: Data Engineer", "optional", "relevant where Snowflake is the main warehouse.")
    ]
    assert _certs("Microsoft Certified: Fabric Analytics Engineer Associate (Preferred): for Power BI shops.") == [
        ("Microsoft Certified: Fabric Analytics Engineer Associate", "preferred", "for Power BI shops.")
    ]


def test_synthetic_a_long_name_labelled_by_its_level_is_a_certification() -> None:
    assert _certs(
        "Google Cloud Professional Data Engineer or equivalent cloud data platform certifications (Optional): "
        "useful on GCP."
    ) == [
        (
            "Google Cloud Professional Data Engineer or equivalent cloud data platform certifications",
            "optional",
            "useful on GCP.",
        )
    ]


def test_synthetic_a_bracket_that_is_no_level_does_not_end_the_label() -> None:
    # "(CDMP)" is the name's acronym, not its level: the line reads as before (its colon a short label's).
    assert _certs("Certified Data Management Professional (CDMP): rarely asked for.") == [
        ("Certified Data Management Professional", None, "rarely asked for.")
    ]


def test_unseen_data_platform_page_has_its_four_certifications_all_optional() -> None:
    experience = _fields(DATA_PLATFORM)["experience"]
    assert [(c["name"], c["requirement"]) for c in experience["certifications"]] == [
        ("Databricks Certified Data Engineer Professional", "optional"),
        ("SnowPro Advanced: Data Engineer", "optional"),
        ("AWS Certified Data Analytics or cloud data engineering certifications", "optional"),
        ("HashiCorp Terraform Associate", "optional"),
    ]
    assert experience["certifications"][1]["note"] == "relevant where Snowflake is the main warehouse."
    assert experience["certification_notes"] == ["Labeling reflects practicality in enterprise hiring."]


# --- (c) a reporting-line clause of the interaction sentence is the reporting line, no team -------------------


_MARKDOWN = (
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n{summary}\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n"
)


def _summary(*paragraphs: str) -> dict[str, Any]:
    page = _MARKDOWN.format(summary="\n\n".join(paragraphs)).encode()
    (extraction,) = extract(page, name="snippet.md")
    return extraction.document["fields"]["role_summary"]


def test_synthetic_reporting_line_clause_closes_the_interaction_sentence() -> None:
    summary = _summary(
        "Typical interaction surfaces include Finance, Legal, Procurement, and Sales Operations, with the "
        "reporting line typically into a VP of Finance or Head of Business Operations."
    )
    assert summary["interaction"]["groups"][0]["teams"] == ["Finance", "Legal", "Procurement", "Sales Operations"]
    assert summary["reporting_line"]["reports_to"] == "VP of Finance or Head of Business Operations"


def test_synthetic_reporting_to_clause_and_a_labelled_line_wins() -> None:
    summary = _summary("Typical interaction surfaces include Security, Legal and IT, reporting to the CISO.")
    assert summary["interaction"]["groups"][0]["teams"] == ["Security", "Legal", "IT"]
    assert summary["reporting_line"]["reports_to"] == "CISO"
    labelled = _summary(
        "Typical interaction surfaces include Security, Legal and IT, reporting to the CISO.",
        "Typical reporting line: Reports to the Director of Security Operations.",
    )
    assert labelled["reporting_line"]["reports_to"] == "Director of Security Operations"


def test_synthetic_a_team_named_reporting_stays_a_team() -> None:
    summary = _summary("Typical interaction surfaces include Finance, Financial Reporting, and Tax.")
    assert summary["interaction"]["groups"][0]["teams"] == ["Finance", "Financial Reporting", "Tax"]
    assert summary["reporting_line"] is None


def test_unseen_data_platform_page_reporting_line_and_nine_teams() -> None:
    summary = _fields(DATA_PLATFORM)["role_summary"]
    assert summary["reporting_line"]["reports_to"] == "Director of Data Platform or Head of Data Engineering"
    teams = summary["interaction"]["groups"][0]["teams"]
    assert len(teams) == 9 and teams[-1] == "Business Intelligence"
    assert not any("reporting line" in team for team in teams)


def test_the_role_reports_where_the_interaction_sentence_says() -> None:
    # The header reads a reporting line from a paragraph of its own; one stated inside another sentence is
    # the role's all the same, so role.reporting_line and the summary's field do not disagree.
    (extraction,) = extract((UNSEEN / DATA_PLATFORM).read_bytes(), name=DATA_PLATFORM)
    assert extraction.document["role"]["reporting_line"] == "Director of Data Platform or Head of Data Engineering"
    sentence = "Typical interaction surfaces include Security, Legal and IT, reporting to the CISO."
    (snippet,) = extract(_MARKDOWN.format(summary=sentence).encode(), name="snippet.md")
    assert snippet.document["role"]["reporting_line"] == "CISO"


# --- (e) a clause setting people management apart is an expectation of its own ------------------------------


def _leadership(*items: str) -> list[tuple[str | None, str]]:
    body = "<h2>14) Required Experience and Qualifications</h2><h3>Leadership experience expectations</h3><ul>"
    experience = html_fields(body + "".join(f"<li>{item}</li>" for item in items) + "</ul>")["experience"]
    return [(x["requirement"], x["text"]) for x in experience["leadership_expectations"]]


def test_synthetic_set_apart_management_is_not_required() -> None:
    assert _leadership("Has run two multi-team programs; direct people management not required.") == [
        ("required", "Has run two multi-team programs"),
        ("not_required", "direct people management not required."),
    ]
    assert _leadership("Led a site-wide rollout. Line management is not expected.") == [
        ("required", "Led a site-wide rollout."),
        ("not_required", "Line management is not expected."),
    ]


def test_synthetic_a_line_with_one_level_stays_one_expectation() -> None:
    assert _leadership("Not required; informal mentoring is a plus.", "Evidence of ownership is valued.") == [
        ("not_required", "Not required; informal mentoring is a plus."),
        ("preferred", "Evidence of ownership is valued."),
    ]


def test_unseen_ai_pm_leadership_line_gives_management_not_required() -> None:
    leadership = _fields(AI_PM)["experience"]["leadership_expectations"]
    assert [(x["requirement"], x["text"]) for x in leadership] == [
        ("required", "has led cross-functional launches"),
        ("not_required", "people management not required."),
    ]


# --- (f) "escalation on X goes to Y": the trigger is X, the target Y ------------------------------------------


def _internal(item: str) -> dict[str, Any]:
    body = f"<h2>12) Stakeholders and Collaboration Map</h2><h3>Internal stakeholders</h3><ul><li>{item}</li></ul>"
    return html_fields(body)["stakeholders"]


def test_synthetic_escalation_clause_names_trigger_and_target() -> None:
    stakeholders = _internal(
        "<strong>Clinical Operations</strong> – site readiness, enrollment; escalation on protocol deviations goes "
        "to the Head of Clinical Quality."
    )
    assert stakeholders["internal"][0]["escalation"] == "protocol deviations"
    assert [(p["trigger"], p["escalate_to"]) for p in stakeholders["escalation_points"]] == [
        ("protocol deviations", ["Head of Clinical Quality"])
    ]


def test_synthetic_escalation_clause_without_a_target_is_unchanged() -> None:
    stakeholders = _internal("<strong>Finance</strong> – headcount approvals and budget; escalation on freezes.")
    assert stakeholders["internal"][0]["escalation"] == "freezes"
    assert stakeholders["escalation_points"] == []


def test_unseen_ai_pm_escalation_on_quality_disputes() -> None:
    stakeholders = _fields(AI_PM)["stakeholders"]
    first = stakeholders["internal"][0]
    assert first["name"] == "Applied Science / ML Engineering"
    assert first["escalation"] == "quality disputes"
    assert first["nature"] == "model selection, evaluation, fine-tuning"
    point = stakeholders["escalation_points"][-1]
    assert (point["trigger"], point["escalate_to"]) == ("quality disputes", ["Head of Applied Science"])
    assert len(stakeholders["internal"]) == 7 and len(stakeholders["external"]) == 2


# --- (d) pinned: a background phrase beside roles is a role --------------------------------------------------


def test_unseen_pentester_internship_background_is_a_prior_role() -> None:
    experience = _fields(PENTESTER)["experience"]
    names = [role["name"] for role in experience["prior_roles"]]
    assert "Security internship, university red team, or active CTF competitor" in names
    assert experience["prior_role_notes"] == []


def test_unseen_data_platform_page_keeps_no_noise() -> None:
    strings = all_strings(_fields(DATA_PLATFORM))
    for noise in ("Dental Clinics", "Orthopedic", "DevOpsSchool", "Inline Feedbacks", "Would love your thoughts"):
        assert not any(noise in text for text in strings), noise
