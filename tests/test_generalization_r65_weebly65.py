"""Round 65 (weebly65): closing paragraphs, unnamed variants, environment and business-value wording.

dental-hygienist-weebly (a Weebly page saved as HTML) closes its "Common reasons for underperformance" list with
two paragraphs, and its "New expectations" list with one: they became items (one split at its colon into a fake
"A second pattern is burnout"), not the section's notes. Its "By geography" mixes a "Scope varies by state: ..."
bullet with two that name no variant, which went to notes; "By practice size" was of dimension other; "Clinical
environment" and "Software environment" got no key; and "The business value is measured in ..." gave no
business value. solutions-consultant-starlight's labelled bullets before the sub-headings ("Startup: ...",
"Regulated industries: ...") became notes. The page is frozen in tests/unseen (its key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, html_fields, unseen_document

from pipeline import extract

PAGE = "dental-hygienist-weebly.synthetic.html"


def _texts(items: list[dict[str, Any]]) -> list[str]:
    return [item["text"] for item in items]


# --- synthetic snippets -----------------------------------------------------------------------------------------------


def test_synthetic_paragraphs_closing_a_risk_list_are_notes() -> None:
    risks = html_fields(
        "<h2>16) Risks, Challenges, and Failure Modes</h2>"
        "<h3>Common reasons for underperformance</h3><ul><li>Weak follow-up</li><li>Poor planning</li></ul>"
        "<p>Teams find these late. Reviews catch them early.</p>"
        "<p>Another pattern is fatigue: long weeks without rest wear people down. Rotation helps.</p>"
        "<h3>Business risks</h3><ul><li>Lost customers</li></ul>"
    )["risks"]
    assert _texts(risks["underperformance_reasons"]) == ["Weak follow-up", "Poor planning"]
    assert risks["notes"] == [
        "Teams find these late. Reviews catch them early.",
        "Another pattern is fatigue: long weeks without rest wear people down. Rotation helps.",
    ]
    assert _texts(risks["business_risks"]) == ["Lost customers"]


def test_synthetic_one_sentence_line_after_the_bullets_stays_an_item() -> None:
    """A text page's item that lost its bullet is one sentence; a closing remark is prose."""
    risks = html_fields(
        "<h2>16) Risks, Challenges, and Failure Modes</h2>"
        "<h3>Business risks</h3><ul><li>Lost customers</li></ul><p>Low engagement from unresearched segments.</p>"
    )["risks"]
    assert _texts(risks["business_risks"]) == ["Lost customers", "Low engagement from unresearched segments."]
    assert risks["notes"] == []


def test_synthetic_paragraph_closing_new_expectations_is_a_note() -> None:
    ai = html_fields(
        "<h2>18) AI / Automation Impact on the Role</h2>"
        "<h3>New expectations</h3><ul><li>Explain AI output to customers</li><li>Data literacy: read dashboards</li>"
        "</ul><p>AI does not replace judgement. It shifts time toward conversation.</p>"
    )["ai_impact"]
    assert _texts(ai["new_expectations"]) == ["Explain AI output to customers", "Data literacy: read dashboards"]
    assert ai["notes"] == ["AI does not replace judgement. It shifts time toward conversation."]


def test_synthetic_only_unnamed_bullets_stay_notes() -> None:
    """The common form: a dimension written as sentences, no variant named, keeps them as its notes."""
    (group,) = html_fields(
        "<h2>17) Role Variants</h2><h3>By geography</h3>"
        "<ul><li>Some regions allow remote practice for licensed staff in rural areas</li></ul>"
    )["role_variants"]["dimensions"]
    assert group["variants"] == []
    notes = [note["text"] for note in group["notes"]]
    assert notes == ["Some regions allow remote practice for licensed staff in rural areas"]


def test_synthetic_practice_size_is_company_size() -> None:
    dims = html_fields(
        "<h2>17) Role Variants</h2><h3>By practice size</h3><ul><li>Solo practice: broad duties</li>"
        "<li>Group practice: narrow duties</li></ul><h3>By clinic size</h3><ul><li>Small clinic: all tasks</li></ul>"
    )["role_variants"]["dimensions"]
    assert [d["dimension"] for d in dims] == ["company_size", "company_size"]


def test_synthetic_labelled_bullets_before_subheadings_are_variants() -> None:
    variants = html_fields(
        "<h2>17) Role Variants</h2><ul><li><strong>Startup:</strong> one person covers everything.</li>"
        "<li><strong>Enterprise vendor:</strong> specialists per domain.</li>"
        "<li><strong>Regulated industries:</strong> heavier review.</li></ul>"
        "<h3>By geography</h3><ul><li>EMEA roles carry more GDPR work.</li></ul>"
    )["role_variants"]
    assert variants["notes"] == []
    assert [(d["dimension"], d["heading"], [v["name"] for v in d["variants"]]) for d in variants["dimensions"]] == [
        ("startup_vs_enterprise", "Startup", ["Startup"]),
        ("startup_vs_enterprise", "Enterprise vendor", ["Enterprise vendor"]),
        ("regulated", "Regulated industries", ["Regulated industries"]),
        ("geography", "By geography", []),
    ]


def test_synthetic_software_environment_is_application_a_clinical_one_keeps_its_name() -> None:
    """A clinical setting (operatories, wards) is no kind the stack enum names: its heading stays, keyed none."""
    envs = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2><h3>Clinical environment</h3><ul><li>Four operatories</li></ul>"
        "<h3>Software environment</h3><ul><li>One practice management system</li></ul>"
    )["tech_stack"]["environments"]
    assert [(env["name"], env["key"]) for env in envs] == [
        ("Clinical environment", None),
        ("Software environment", "application"),
    ]


def _summary(paragraph: str) -> dict[str, Any]:
    page = (
        f"<h1>Test Role: Role Blueprint</h1><h2>1) Role Summary</h2><p>{paragraph}</p>"
        "<h2>2) Role Mission</h2><p>Core mission: make the work reliable.</p>"
        "<h2>3) Core Responsibilities</h2><ul><li>Do the work</li></ul>"
    )
    (extraction,) = extract(page.encode(), name="snippet.html")
    return extraction.document["fields"]["role_summary"]


def test_synthetic_business_value_is_measured_in() -> None:
    summary = _summary(
        "The role exists to keep customers. The business value is measured in retention, revenue, and satisfaction."
    )
    assert summary["business_value"] == ["retention", "revenue", "satisfaction"]


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_underperformance_reasons_are_the_four_bullets() -> None:
    risks = unseen_document(PAGE)["fields"]["risks"]
    assert [item["title"] or item["text"] for item in risks["underperformance_reasons"]] == [
        "Weak patient communication",
        "Poor time management",
        "Inconsistent calibration with the dentist, producing conflicting diagnoses",
        "Avoidance of difficult conversations about periodontal disease and cost",
    ]
    assert len(risks["notes"]) == 2 and risks["notes"][1].startswith("A second pattern is burnout: ")
    assert "A second pattern is burnout" not in [item["title"] for item in risks["underperformance_reasons"]]
    assert [len(risks[k]) for k in ("challenges", "bottlenecks", "anti_patterns", "business_risks")] == [3, 2, 2, 2]


def test_page_new_expectations_are_three() -> None:
    ai = unseen_document(PAGE)["fields"]["ai_impact"]
    assert [item["label"] or item["text"] for item in ai["new_expectations"]] == [
        "Comfort explaining AI-annotated images to patients",
        "Judgement to override an AI finding when the clinical picture disagrees",
        "Basic data literacy",
    ]
    assert len(ai["notes"]) == 1 and ai["notes"][0].startswith("AI does not replace the hygienist")


def test_page_role_variants() -> None:
    dims = unseen_document(PAGE)["fields"]["role_variants"]["dimensions"]
    assert [(d["heading"], d["dimension"], len(d["variants"])) for d in dims] == [
        ("By practice size", "company_size", 2),
        ("By setting", "industry", 3),
        ("By geography", "geography", 1),
        ("Startup vs established practice", "startup_vs_enterprise", 2),
        ("Regulated vs less regulated settings", "regulated", 0),  # a lone sentence: the dimension's note
    ]
    # A dimension's bullets that name no variant stay its notes, beside one that does ("Scope varies by state: …"):
    # a sentence is no variant's name.
    geography = dims[2]
    assert [v["name"] for v in geography["variants"]] == ["Scope varies by state"]
    assert len(geography["notes"]) == 2


def test_page_tech_stack_environments_keyed() -> None:
    envs = unseen_document(PAGE)["fields"]["tech_stack"]["environments"]
    assert [env["key"] for env in envs] == [
        None,
        "application",
        "data",
        "security",
        "delivery_model",
        "scale",
        "team_topology",
    ]


def test_page_business_value_and_no_noise() -> None:
    document = unseen_document(PAGE)
    assert document["fields"]["role_summary"]["business_value"][:2] == [
        "periodontal health outcomes",
        "recall retention",
    ]
    strings = "\n".join(all_strings([document["fields"], document["role"]]))
    for noise in ("Powered by Weebly", "Get the Chairside Digest", "Leave a Reply.", "OptiView Loupes", "wsite-"):
        assert noise not in strings
