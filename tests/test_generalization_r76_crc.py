"""Round 76 unseen page: a clinical research coordinator, Firecrawl-style crawler markdown of a WordPress site
(nav list, cookie banner, breadcrumb, byline, a Table of Contents of 20 anchor links, "## N) Title" sections, bold
"1. **Title**" responsibilities with "– detail" lines, pipe tables), a sponsored solar ad after the KPI notes, an
inline newsletter box after section 13, tags, an author box, related posts, a comment thread and form, a sidebar and
a footer around the article. Four mojibake characters (โ€“, โ‰ฅ, โ‰ค, โ†’).

Fixed here:
- a one-line downstream list cut at its commas though it is a sentence ("Sponsor data management, biostatistics,
  and regulatory submission teams rely on the site's data."): a comma piece too long for a name (its note aside)
  makes the line one item, as a one-line stakeholder list is read;
- "By therapeutic area" (and "therapy area") heads the industry dimension of the role variants, not "other";
- a stakeholder's line closing on a clause that opens with the verb ("...; escalate all safety concerns
  immediately.", "...; escalates ...") kept the clause in the nature: it is the escalation detail, as
  "...; escalation on ..." is ("escalate to ..." / "through ..." / "via ..." names whom, and stays);
- an adverb closing a target inside a list stayed in its name ("PI immediately, then the sponsor" → "PI
  immediately"): each name drops it, as the list's last one did;
- a skill's product words that a list joins to its tools ("Rave" of the table's "Medidata Rave") were put after
  the tools found: each goes where the text names it ("Rave, InForm, Vault EDC, or REDCap");
- "eConsent" of "Medidata eConsent" was a tool of "Decentralized trial and eConsent platforms": a last word the
  tools table writes after two makers ("Medidata eConsent", "REDCap eConsent") is the kind both sell, no product.

Left (see the fix report): "By setting" stays the industry dimension (the family's reading since the care-setting
pages, the key corrected); "a fully executed clinical trial agreement" keeps its article; "the sponsor" keeps its
article as escalation targets do across the family.

Snippets below are synthetic; the page is frozen as tests/unseen/clinical-research-coordinator.synthetic.md with its
key in tests/unseen/answer_keys/clinical-research-coordinator.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import escalation_point
from tests.snippets import all_strings, html_fields, unseen_document, use_line_skill_tools

_PAGE = "clinical-research-coordinator.synthetic.md"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


def _stakeholders(heading: str, items: list[str]) -> dict[str, Any]:
    body = (
        f"<h2>12) Stakeholders and Collaboration Map</h2><h3>{heading}</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )
    return html_fields(body)["stakeholders"]


# --- synthetic: a one-line dependency list that is a sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sponsor data management, biostatistics, and regulatory submission teams rely on the site's data.",
        "Payroll, Finance, and benefits carriers depend on accurate enrollment data every month.",
    ],
)
def test_synthetic_a_sentence_with_listed_subjects_is_one_dependency(line: str) -> None:
    downstream = _stakeholders("Downstream consumers", [line])["downstream"]
    assert [d["text"] for d in downstream] == [line]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Finance, Sales Operations, and Customer Success", ["Finance", "Sales Operations", "Customer Success"]),
        (
            "Approved plans, vendor quotes, and signed purchase orders.",
            ["Approved plans", "vendor quotes", "signed purchase orders"],
        ),
        # A long note is no clause: the names stay apart.
        (
            "Engineering (string files), Localization (source strings and context), Support (macros and help "
            "articles that quote UI text).",
            ["Engineering", "Localization", "Support"],
        ),
    ],
)
def test_synthetic_a_one_line_list_of_names_still_splits(line: str, names: list[str]) -> None:
    downstream = _stakeholders("Downstream consumers", [line])["downstream"]
    assert [d["name"] for d in downstream] == names


# --- synthetic: a closing "; escalate ..." clause of a stakeholder's line ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "nature", "escalation"),
    [
        (
            "<strong>Research nurse</strong> – Drug administration and clinical assessments; escalate dosing or "
            "infusion questions.",
            "Drug administration and clinical assessments",
            "dosing or infusion questions",
        ),
        (
            "<strong>Store Manager</strong> – Staffing and daily targets; escalates safety incidents.",
            "Staffing and daily targets",
            "safety incidents",
        ),
    ],
)
def test_synthetic_a_closing_escalate_clause_is_the_escalation(line: str, nature: str, escalation: str) -> None:
    (one,) = _stakeholders("Internal stakeholders", [line])["internal"]
    assert (one["nature"], one["escalation"]) == (nature, escalation)


@pytest.mark.parametrize(
    ("line", "nature"),
    [
        # Whom it goes to, not what: the text keeps it.
        (
            "<strong>Product Manager</strong> – Priorities and scope; escalate to the Director when blocked.",
            "Priorities and scope; escalate to the Director when blocked.",
        ),
        (
            "<strong>Hardware team</strong> – Board bring-up; escalate through the hardware lead.",
            "Board bring-up; escalate through the hardware lead.",
        ),
        # Not the line's last clause: a statement among others.
        (
            "<strong>Service Desk</strong> – Runbook users; escalate tier 3 issues; provide user feedback.",
            "Runbook users; escalate tier 3 issues; provide user feedback.",
        ),
        (
            "<strong>Finance</strong> – Budget approvals; invoices and accruals.",
            "Budget approvals; invoices and accruals.",
        ),
    ],
)
def test_synthetic_other_clauses_stay_in_the_nature(line: str, nature: str) -> None:
    (one,) = _stakeholders("Internal stakeholders", [line])["internal"]
    assert (one["nature"], one["escalation"]) == (nature, None)


# --- synthetic: an adverb closing a target inside a list --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "targets"),
    [
        ("Serious adverse event → PI immediately, then the sponsor within 24 hours.", ["PI", "the sponsor"]),
        (
            "Chemical spill → Safety Officer immediately, then the Plant Manager.",
            ["Safety Officer", "the Plant Manager"],
        ),
        ("Data breach → Security first, then Legal promptly.", ["Security", "Legal"]),
    ],
)
def test_synthetic_an_adverb_inside_a_target_list_is_no_name(line: str, targets: list[str]) -> None:
    assert escalation_point(line).escalate_to == targets


def test_synthetic_targets_without_adverbs_stay() -> None:
    point = escalation_point("Outage → escalate to the EM and, if unresolved, to the Director.")
    assert point.escalate_to == ["the EM", "the Director"]


# --- synthetic: "By therapeutic area" ---------------------------------------------------------------------------------


def _dimension(heading: str) -> list[tuple[str, str]]:
    body = (
        f"<h2>17) Role Variants</h2><h3>{heading}</h3>"
        "<ul><li><strong>Oncology:</strong> long treatment cycles.</li></ul>"
    )
    return [(g["dimension"], g["heading"]) for g in html_fields(body)["role_variants"]["dimensions"]]


@pytest.mark.parametrize(
    ("heading", "dimension"),
    [
        ("By therapeutic area", "industry"),
        ("By therapy area", "industry"),
        ("Therapeutic area", "industry"),
        ("By setting", "industry"),  # as before
        ("By payer mix", "other"),  # as before
    ],
)
def test_synthetic_therapeutic_area_is_the_industry_dimension(heading: str, dimension: str) -> None:
    assert _dimension(heading) == [(dimension, heading)]


# --- synthetic: a skill's tools in page order; a kind two makers sell -------------------------------------------------


def test_synthetic_product_words_go_where_the_text_names_them() -> None:
    tools = use_line_skill_tools(
        (
            "EDC data entry and query management",
            "Enter eCRFs and answer queries in Rave, InForm, Vault EDC, or REDCap.",
        ),
        table=("Medidata Rave", "Oracle InForm", "Veeva Vault EDC", "REDCap"),
    )
    assert tools == {"EDC data entry and query management": ["Rave", "InForm", "Vault EDC", "REDCap"]}
    tools = use_line_skill_tools(
        ("EDC data entry", "Answer queries in Rave or REDCap."), table=("Medidata Rave", "REDCap")
    )
    assert tools == {"EDC data entry": ["Rave", "REDCap"]}
    # A tool found after the product word keeps its place after it; none named so: the order as found.
    tools = use_line_skill_tools(("EDC data entry", "Answer queries in REDCap."), table=("Medidata Rave", "REDCap"))
    assert tools == {"EDC data entry": ["REDCap"]}


def test_synthetic_a_last_word_two_makers_share_is_a_kind() -> None:
    skill = ("Decentralized trial and eConsent platforms", "Remote consent and home-health visits.")
    shared = use_line_skill_tools(skill, table=("Medidata eConsent", "Veeva MyVeeva", "REDCap eConsent", "REDCap"))
    assert shared == {"Decentralized trial and eConsent platforms": []}
    # One maker's coined product stays a tool its last word names.
    alone = use_line_skill_tools(
        ("Data center inventory", "Track racks and power in dcTrack."), table=("Sunbird dcTrack", "Nlyte")
    )
    assert alone == {"Data center inventory": ["dcTrack"]}


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_downstream_sentence_is_one_consumer_and_upstream_splits_at_semicolons() -> None:
    s = _fields()["stakeholders"]
    assert [d["name"] for d in s["downstream"]] == [
        "Sponsor data management, biostatistics, and regulatory submission teams rely on the site's data"
    ]
    assert [d["name"] for d in s["upstream"]] == [
        "Sponsor protocol, lab manual, and EDC access",
        "IRB approval",
        "a fully executed clinical trial agreement",
    ]


def test_internal_stakeholders_nature_and_escalation() -> None:
    internal = _fields()["stakeholders"]["internal"]
    assert [(s["name"], s["nature"], s["escalation"]) for s in internal] == [
        (
            "Principal Investigator",
            "Medical oversight, eligibility sign-off, and delegation",
            "all safety concerns immediately",
        ),
        ("Research nurse", "Drug administration and clinical assessments", "dosing or infusion questions"),
        ("Investigational pharmacy", "IP storage, dispensing, and accountability", "temperature excursions"),
        (
            "Research billing / finance",
            "Charge routing and sponsor invoicing",
            "billing errors to the Clinical Research Manager",
        ),
    ]


def test_escalation_points() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("Possible eligibility violation", ["PI"]),
        ("Serious adverse event", ["PI", "the sponsor"]),
        ("Repeated sponsor system or kit failures", ["Clinical Research Manager"]),
    ]
    assert points[1]["action"] == "PI immediately, then the sponsor within 24 hours"


def test_role_variant_dimensions() -> None:
    dims = _fields()["role_variants"]["dimensions"]
    assert [(d["dimension"], d["heading"], len(d["variants"])) for d in dims] == [
        ("industry", "By setting", 2),
        ("industry", "By therapeutic area", 1),
        ("geography", "By geography", 0),
        ("regulated", "Regulated vs non-regulated environment", 0),
    ]
    assert [v["name"] for v in dims[0]["variants"]] == ["Academic medical center", "Independent research site / SMO"]
    assert dims[1]["variants"][0]["name"] == "Oncology"


def test_skill_tools() -> None:
    tools = {s["name"]: s["tools"] for s in _fields()["technical_skills"]["skills"]}
    assert tools["EDC data entry and query management"] == ["Rave", "InForm", "Vault EDC", "REDCap"]
    assert tools["Decentralized trial and eConsent platforms"] == []


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Clinical Research Coordinator"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Clinical Research Manager or Research Operations")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("Research sites employ this role because sponsors pay per enrolled")
    assert f["role_mission"]["core_mission"].startswith("Deliver protocol-compliant, well-documented study visits")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 20
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert sorted(counts.values()) == [2, 3, 3, 3, 4, 5]
    assert items[0]["title"] == "Assess protocol feasibility"
    assert items[1]["detail"] == (
        "Identify referral clinics, EHR search criteria, and community outreach suited to the study population."
    )
    assert items[-1]["title"] == "Lead study start-up checklists"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 4, 3]
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 8
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2, 2, 2, 2, 3, 2]
    assert len(g["high_performance"]) == 3


_KPIS = [
    ("Enrollment vs target", "≥ 100% of target by end of the recruitment window", "Monthly"),
    ("Screen failure rate", "< 30% (varies by protocol)", "Monthly"),
    ("Retention rate", "≥ 90%", "Quarterly"),
    ("Visit window compliance", "≥ 95% of visits", "Monthly"),
    ("Data entry timeliness", "≥ 90% within 5 business days", "Weekly"),
    ("Query resolution time", "≤ 7 days median", "Weekly"),
    ("Protocol deviation rate", "< 2 per 100 visits", "Monthly"),
    ("SAE reporting timeliness", "100%", "Per event"),
    ("Consent compliance", "100%", "Per monitoring visit"),
    ("Monitoring findings", "0 major / 0 critical", "Per visit"),
    ("Regulatory document currency", "100% current", "Quarterly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Participants randomized compared with the contracted site target"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 16
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["ICH-GCP and human subjects regulations"] == ["critical"]
    assert importance["EDC data entry and query management"] == ["important"]
    assert importance["IATA dangerous goods shipping"] == ["context_specific"]
    assert importance["Coverage analysis and budget negotiation support"] == ["optional", "important"]
    assert importance["AI-assisted pre-screening review"] == ["optional"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Meticulous attention to detail", "Adaptability to protocol change")
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 17
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Medidata Rave, Oracle InForm, Veeva Vault EDC"] == [
        "Medidata Rave",
        "Oracle InForm",
        "Veeva Vault EDC",
    ]
    assert names["Medidata eConsent / Veeva MyVeeva, REDCap eConsent"] == [
        "Medidata eConsent",
        "Veeva MyVeeva",
        "REDCap eConsent",
    ]
    assert names["Microsoft 365 (Excel, Outlook, Teams)"] == ["Microsoft 365"]
    assert names["Box / SharePoint"] == ["Box", "SharePoint"]


def test_experience_career_and_scorecard() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    assert len(f["experience"]["certifications"]) == 5
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]][0] == "Clinical Research Assistant"
    assert len(c["feeder_roles"]) == 3
    assert len(c["next_roles"]) == 3
    assert c["next_roles"][-1]["name"] == "Clinical Research Manager"
    assert len(c["adjacent_paths"]) == 3
    assert len(c["promotion_skills"]) == 2
    dims = f["hiring"]["scorecard"]["rows"]
    assert [d["dimension"] for d in dims] == [
        "GCP knowledge",
        "Consent practice",
        "Documentation",
        "Organization",
        "Communication",
        "Safety reporting",
    ]
    assert dims[0]["meets"] == "Knows reporting timelines and PI versus coordinator duties"
    assert len(f["scorecard"]["rows"]) == 10
    assert f["scorecard"]["role_title"] == "Clinical Research Coordinator"


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "This website uses cookies",
        "Lena Okafor-Whitfield",
        "22 min read",
        "Table of Contents",
        "Thinking About Going Solar",
        "Get My Free Solar Quotes",
        "Get one new role blueprint every Tuesday",
        "18,000+ HR partners",
        "About the author",
        "You may also like",
        "3 thoughts on",
        "Marcus T.",
        "Leave a Reply",
        "Get the RoleCompass Weekly",
        "Pharmacovigilance Specialist",
        "RoleCompass Media",
        "555-0198",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("**", "](", "| ---", "* * *", "โ"):
        assert not any(mark in s for s in strings), mark
