"""Synthetic snippets modelled on unseen pages of the family, round 16: a Docusaurus MDX source page (JSX
components, <Tabs>/<TabItem>, ":::" admonitions, an authority table) and a Drupal page (a scorecard table under
the red flags list)."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from tests.snippets import html_fields

_MD_HEAD = (
    "# Platform Product Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Platform Product Manager owns platform strategy for many teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make shared capabilities adopted products.\n\n"
)


def _md_fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_MD_HEAD + body).encode(), name="snippet.md")
    return extraction.document["fields"]


_RESPONSIBILITIES = "## 3) Core Responsibilities\n\n### Strategic responsibilities\n\n1. **Define platform vision** – Articulate direction.\n\n"


def test_jsx_component_line_and_classname_ad_slot_are_markup() -> None:
    fields = _md_fields(
        _RESPONSIBILITIES
        + '<AdBanner product="hr-payroll-suite" />\n\n<div className="ad-slot">\n'
        "**PayFlow HR** — Run payroll for 10 or 10,000 employees. Book a demo today → [payflow.example](https://payflow.example)\n"
        "</div>\n\n## 4) Day-to-Day Activities\n\n### Daily activities\n\n- Triage feedback\n"
    )
    responsibilities = fields["responsibilities"]
    assert responsibilities["intro"] == []
    assert [item["title"] for item in responsibilities["items"]] == ["Define platform vision"]


def test_a_capitalised_tag_with_text_on_its_line_stays_text() -> None:
    # Only a tag alone on its line is a component's markup; "<Note> text" is not read away.
    fields = _md_fields(_RESPONSIBILITIES + "<Note> Scope varies by company size.\n\n## 4) Day-to-Day Activities\n\n- Triage\n")
    assert fields["responsibilities"]["intro"] == ["<Note> Scope varies by company size."]


def test_tab_item_label_heads_its_content_as_a_heading_form_does() -> None:
    tabs = _md_fields(
        '## 17) Role Variants\n\n<Tabs groupId="size">\n<TabItem value="startup" label="Startup" default>\n\n'
        "- Often the first PM for internal tools.\n\n</TabItem>\n<TabItem value=\"enterprise\">\n\n"
        "- Strong governance and chargeback.\n\n</TabItem>\n</Tabs>\n"
    )["role_variants"]
    headings = _md_fields(
        "## 17) Role Variants\n\n### Startup\n\n- Often the first PM for internal tools.\n\n"
        "### enterprise\n\n- Strong governance and chargeback.\n"
    )["role_variants"]
    assert tabs == headings
    assert [dimension["heading"] for dimension in tabs["dimensions"]] == ["Startup", "enterprise"]  # label, else value


def test_admonition_fences_are_markup_and_a_real_title_leads_the_content() -> None:
    kpis = _md_fields(
        "## 7) KPIs and Productivity Metrics\n\n:::note\nTargets are examples.\n:::\n\n"
        "| Metric | What it measures | Target |\n|---|---|---|\n| Self-service ratio | % of requests without a ticket | ≥ 85% |\n\n"
        "::: {.warning}\nAdjust for scale.\n:::\n"
    )["kpis"]
    assert kpis["intro"] == ["Targets are examples."]
    assert [row["name"] for row in kpis["rows"]] == ["Self-service ratio"]
    assert kpis["notes"] == [{"lead": None, "intro": ["Adjust for scale."], "items": []}]
    titled = _md_fields("## 7) KPIs and Productivity Metrics\n\n:::caution Measurement caveats\nTargets are examples.\n:::\n")
    bold = _md_fields("## 7) KPIs and Productivity Metrics\n\n**Measurement caveats**\n\nTargets are examples.\n")
    assert titled["kpis"] == bold["kpis"]


_DECISIONS = "## 13) Decision Rights and Scope of Authority\n\n### Can decide independently\n\n- Backlog ordering\n\n"


def test_two_column_authority_table_rows_are_area_lines() -> None:
    rights = _md_fields(
        _DECISIONS + "### Budget, architecture, vendor, delivery, hiring, compliance authority\n\n"
        "| Area | Authority |\n|---|---|\n| Budget | Recommends only |\n| Hiring | Interviews; not the hiring manager |\n"
        "| Travel | Books own trips |\n"
    )["decision_rights"]
    assert rights["budget"] == {"area": "budget", "label": "Budget", "text": "Recommends only", "sub_items": []}
    assert rights["hiring"]["text"] == "Interviews; not the hiring manager"
    assert rights["other_areas"] == [{"area": "other", "label": "Travel", "text": "Books own trips", "sub_items": []}]


def test_a_wider_table_under_the_authority_heading_is_no_area_list() -> None:
    rights = _md_fields(
        _DECISIONS + "### Authority\n\n| Area | Authority | Limit |\n|---|---|---|\n| Budget | Recommends | $10k |\n"
    )["decision_rights"]
    assert rights["budget"] is None


def _hiring(body: str) -> dict[str, Any]:
    return html_fields(f"<h2>19) Hiring Evaluation Criteria</h2>{body}<h2>20) Final Role Scorecard Summary</h2><p>x</p>")["hiring"]


_SCORECARD_TABLE = (
    "<table><caption>Interview scorecard</caption><thead><tr><th>Dimension</th><th>What meets looks like</th>"
    "<th>What exceeds looks like</th></tr></thead><tbody><tr><td>Planning</td><td>Builds a logic model</td>"
    "<td>Links to equity data</td></tr></tbody></table>"
)


def test_scorecard_table_under_the_red_flags_is_the_scorecard() -> None:
    hiring = _hiring("<h3>Red flags</h3><ul><li>Blames partners.</li></ul>" + _SCORECARD_TABLE)
    assert hiring["unparsed"] == []
    assert [point["text"] for point in hiring["red_flags"]] == ["Blames partners."]
    assert hiring["scorecard"]["header"] == ["Dimension", "What meets looks like", "What exceeds looks like"]
    assert [(row["dimension"], row["meets"], row["exceeds"]) for row in hiring["scorecard"]["rows"]] == [
        ("Planning", "Builds a logic model", "Links to equity data")
    ]


def test_a_table_without_meets_and_exceeds_columns_is_no_scorecard() -> None:
    table = "<table><tr><th>Stage</th><th>Owner</th></tr><tr><td>Screen</td><td>Recruiter</td></tr></table>"
    hiring = _hiring("<h3>Red flags</h3><ul><li>Blames partners.</li></ul>" + table)
    assert hiring["scorecard"] is None
    assert hiring["unparsed"] == ["Stage | Owner\nScreen | Recruiter"]


def _certifications(line: str) -> list[tuple[str, str | None]]:
    fields = _md_fields(f"## 14) Required Experience and Qualifications\n\n**Certifications:**\n\n- {line}\n")
    return [(cert["name"], cert["requirement"]) for cert in fields["experience"]["certifications"]]


def test_second_alternative_certification_shares_the_issuer_lead() -> None:
    assert _certifications("AWS Certified Cloud Practitioner or Solutions Architect – Associate – Optional") == [
        ("AWS Certified Cloud Practitioner", "optional"),
        ("AWS Certified Solutions Architect – Associate", "optional"),
    ]


def test_a_second_certification_naming_its_own_issuer_keeps_its_name() -> None:
    assert _certifications("AWS Certified Cloud Practitioner or CompTIA Cloud+ Practitioner – Optional") == [
        ("AWS Certified Cloud Practitioner", "optional"),
        ("CompTIA Cloud+ Practitioner", "optional"),
    ]
