"""A seventy-first round unseen page: a whole WordPress HTML document (Astra-like theme) for a Data Protection
Officer, soft skills as a table, a hiring scorecard with a Weight column, ads, a newsletter box, related posts and a
wpDiscuz area around the article.

Its reporting line "Reports functionally to the board or Audit & Risk Committee to preserve independence;
administratively to ..." kept its lead and purpose in reports_to (an adverb naming the line stopped the reading of
"reports ... to"); the chain "Privacy Analyst → Privacy Manager → Data Protection Officer → Head of Privacy / Chief
Privacy Officer" stayed a note (no feeder or next role from it); an escalation target "prior consultation with the
authority" lost "with the authority" (read as the manner of escalating); the byline's microdata date, printed as
text ("March 14, 2026", no content attribute), was not read; and the tools cell "DataGuidance / IAPP resources"
gave "DataGuidance resources" ("resources", a generic kind, was shared as a class of devices is).

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.html with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.parsers.career import CareerPath, EvolutionStage, with_own_role_chain
from pipeline.parsers.common import CareerRole, RoleTransition
from pipeline.parsers.stakeholders import escalation_point
from pipeline.parsers.summary import parse_reporting_line
from pipeline.parsers.tools import split_tools
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "data-protection-officer.synthetic.html"


# --- the rules, on synthetic lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reports_to"),
    [
        (
            "Reporting line: Reports functionally to the Audit Committee to stay independent; "
            "administratively to the CFO.",
            "Audit Committee",
        ),
        (
            "Reporting line: Reports clinically to the Lead Pharmacist and administratively to the Site Manager.",
            "Lead Pharmacist",
        ),
        ("Reporting line: Reports dotted-line to the Head of Risk.", "Head of Risk"),
        ("Reporting line: The Safety Officer reports operationally to the Plant Manager.", "Plant Manager"),
        # No kind of line: an alternative ("directly") and a dotted line after "with" stay as they were.
        (
            "Reporting line: Reports to the Head of Sales or, in small firms, directly to the CEO.",
            "Head of Sales or, in small firms, directly to the CEO",
        ),
        ("Reporting line: Reports to the Head of X or to the VP of Y.", "Head of X or VP of Y"),
    ],
)
def test_synthetic_reporting_adverb_and_purpose(line: str, reports_to: str) -> None:
    reporting = parse_reporting_line(line)
    assert reporting is not None
    assert reporting.reports_to == reports_to
    assert reporting.text == line


@pytest.mark.parametrize(
    ("line", "targets"),
    [
        (
            "Unresolved dispute → joint review and a discussion with Finance.",
            ["joint review", "a discussion with Finance"],
        ),
        ("Audit finding → alignment with the regulator.", ["alignment with the regulator"]),
        ("Scope slip → escalate to PM with impact summary", ["PM"]),  # how it is escalated: no target's part
    ],
)
def test_synthetic_with_completing_a_target(line: str, targets: list[str]) -> None:
    assert escalation_point(line).escalate_to == targets


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Lexology / ICO resources", ["Lexology", "ICO resources"]),
        ("MedDRA / WHODrug dictionaries", ["MedDRA dictionaries", "WHODrug dictionaries"]),
        ("Barcode / RFID scanners", ["Barcode scanners", "RFID scanners"]),  # a class of devices is shared
        ("Greenlee / Milwaukee hydraulic benders", ["Greenlee hydraulic benders", "Milwaukee hydraulic benders"]),
    ],
)
def test_synthetic_generic_kind_after_acronym_is_not_shared(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


def test_synthetic_chain_through_own_role_gives_feeders_and_next_roles() -> None:
    career = CareerPath(
        notes=["Typical path: Junior Buyer → Buyer → Category Manager → Head of Procurement / CPO"],
        feeder_roles=[
            CareerRole(name="Buyer", text="Buyer"),
            CareerRole(name="Sourcing Analyst", text="Sourcing Analyst"),
        ],
        next_roles=[CareerRole(name="Head of Procurement", text="Head of Procurement")],
    )
    roles = with_own_role_chain(career, "Category Manager")
    feeders = [(r.name, r.transition.path if r.transition else None) for r in roles.feeder_roles]
    assert feeders == [
        ("Buyer", ["Buyer", "Category Manager"]),
        ("Sourcing Analyst", None),
        ("Junior Buyer", ["Junior Buyer", "Buyer", "Category Manager"]),
    ]
    nexts = [(r.name, r.transition.from_role, r.transition.to_role) for r in roles.next_roles]
    assert nexts == [
        ("Head of Procurement", "Category Manager", "Head of Procurement"),
        ("CPO", "Category Manager", "CPO"),
    ]
    assert with_own_role_chain(career, "Procurement Director") == career  # the chain does not pass through it
    # A chain under "How the role evolves" stays that list's.
    path = ["Junior Buyer", "Category Manager", "Head of Procurement"]
    evolving = CareerPath(
        evolution=[EvolutionStage(transition=RoleTransition(from_role=path[0], to_role=path[-1], path=path), text="")]
    )
    assert with_own_role_chain(evolving, "Category Manager") == evolving


def test_synthetic_chain_step_merges_with_listed_choice_or_longer_name() -> None:
    listed = ["Senior Claims Examiner", "Claims Team Lead / Claims Supervisor"]
    career = CareerPath(
        notes=["Claims Examiner → Senior Examiner → Claims Supervisor → Claims Manager"],
        next_roles=[CareerRole(name=name, text=name) for name in listed],
    )
    roles = with_own_role_chain(career, "Claims Examiner").next_roles
    assert [r.name for r in roles] == [*listed, "Claims Manager"]
    assert roles[0].transition is not None and roles[0].transition.path == ["Claims Examiner", "Senior Examiner"]


def test_synthetic_chain_in_page_notes() -> None:
    body = (
        "<h2>15) Career Path and Progression</h2><p>Typical progression: Intern → Test Role → Lead Test Role</p>"
        "<h3>Common feeder roles into this role</h3><ul><li>Analyst</li></ul>"
    )
    career = html_fields(body)["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == ["Analyst", "Intern"]
    assert [r["name"] for r in career["next_roles"]] == ["Lead Test Role"]


def test_synthetic_microdata_date_as_text() -> None:
    page = (
        "<html><body><article><h1>Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        '<div class="entry-meta"><span itemprop="datePublished">March 14, 2026</span> / '
        '<span itemprop="dateModified">2 Apr 2026</span></div>'
        "<h2>1) Role Summary</h2><p>The Test Role does this work for the business with several teams.</p>"
        "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team that depends on it.</p>"
        "</article></body></html>"
    )
    (extraction,) = extract(page.encode(), name="snippet.html")
    source = extraction.document["source"]
    assert (source["date_published"], source["date_modified"]) == ("2026-03-14", "2026-04-02")


# --- the page --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict:
    return unseen_document(_PAGE)


def test_reporting_line(document: dict) -> None:
    line = document["fields"]["role_summary"]["reporting_line"]
    assert line["reports_to"] == "board or Audit & Risk Committee"
    assert "administratively to the General Counsel or Chief Risk Officer" in line["text"]
    assert document["role"]["reporting_line"].startswith("Reports functionally to the board")


def test_career_chain_roles(document: dict) -> None:
    career = document["fields"]["career_path"]
    feeders = {r["name"]: r for r in career["feeder_roles"]}
    assert list(feeders) == [
        "Privacy Manager",
        "Privacy Counsel",
        "Information Security Manager",
        "Compliance Manager",
        "Privacy Analyst",
    ]
    assert feeders["Privacy Analyst"]["transition"]["path"] == [
        "Privacy Analyst",
        "Privacy Manager",
        "Data Protection Officer",
    ]
    assert feeders["Privacy Manager"]["transition"]["to_role"] == "Data Protection Officer"
    assert feeders["Compliance Manager"]["note"] == "regulated industries"
    assert [r["name"] for r in career["next_roles"]] == ["Head of Privacy", "Chief Privacy Officer", "General Counsel"]
    assert career["next_roles"][1]["transition"]["from_role"] == "Data Protection Officer"
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "Chief Information Security Officer",
        "Head of Data Governance",
        "AI Governance Lead",
    ]
    assert (len(career["promotion_skills"]), len(career["evolution"])) == (3, 3)


def test_escalation_target_whole(document: dict) -> None:
    points = document["fields"]["stakeholders"]["escalation_points"]
    assert [p["escalate_to"] for p in points] == [
        ["executive risk acceptance or prior consultation with the authority"],
        ["Audit & Risk Committee"],
    ]


def test_microdata_date_published(document: dict) -> None:
    assert document["source"]["date_published"] == "2026-03-14"
    assert document["source"]["post_id"] == 48213


def test_main_fields(document: dict) -> None:
    assert document["role"]["title"] == "Data Protection Officer"
    assert document["role"]["horizon"] == "Current"
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0
    fields = document["fields"]
    assert len(fields["role_summary"]["interaction"]["groups"]) == 5
    assert len(fields["role_mission"]["strategic_importance"]) == 3
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 4
    assert len(fields["responsibilities"]["items"]) == 18
    day = fields["day_to_day"]
    assert [
        len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    ] == [4, 4, 4, 4, 3]
    assert len(fields["deliverables"]["items"]) == 9
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 10
    assert [(k["name"], k["target"], k["frequency"]) for k in kpis[:2]] == [
        ("DSR on-time closure rate", "≥ 98% on time", "Monthly"),
        ("Median DSR closure time", "≤ 15 days", "Monthly"),
    ]
    assert (kpis[9]["name"], kpis[9]["target"], kpis[9]["frequency"]) == (
        "Stakeholder satisfaction",
        "≥ 4.0/5",
        "Annual",
    )
    skills = fields["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [5, 4, 3, 3]
    by_name = {s["name"]: s for s in skills}
    assert by_name["GDPR and UK GDPR expertise"]["importance"] == "critical"
    assert by_name["Privacy-enhancing technologies"]["importance_levels"] == ["optional", "important"]
    assert by_name["Regulatory investigation handling"]["importance"] == "context_specific"
    soft = fields["soft_skills"]["skills"]
    assert [s["name"] for s in soft][:2] == ["Independence and integrity", "Pragmatic judgment"]
    assert len(soft) == 6 and all(s["why_it_matters"] for s in soft)
    rows = fields["tools"]["rows"]
    assert len(rows) == 21
    by_text = {row["tool_text"]: row for row in rows}
    assert [t["name"] for t in by_text["DataGuidance / IAPP resources"]["tools"]] == ["DataGuidance", "IAPP resources"]
    assert [t["name"] for t in by_text["Cookiebot / Usercentrics"]["tools"]] == ["Cookiebot", "Usercentrics"]
    assert by_text["OneTrust"]["prevalence"] == "common"
    assert len(fields["tech_stack"]["environments"]) == 8
    stakeholders = fields["stakeholders"]
    assert (len(stakeholders["internal"]), len(stakeholders["external"])) == (5, 3)
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (5, 10, True)
    assert len(fields["experience"]["certifications"]) == 4
    hiring = fields["hiring"]
    assert [r["weight"] for r in hiring["scorecard"]["rows"]] == ["25%", "20%", "15%", "15%", "15%", "10%"]
    assert (len(hiring["what_to_assess"]), len(hiring["exercises"]), len(hiring["red_flags"])) == (4, 2, 2)
    assert len(fields["role_variants"]["dimensions"]) == 6
    assert len(fields["scorecard"]["rows"]) == 10


@pytest.mark.parametrize(
    "noise",
    [
        "Get Free Solar Quotes",
        "Browse Trainers",
        "Weekly Blueprint Digest",
        "you@company.com",
        "Related Posts",
        "Would love your thoughts",
        "Marta Kowalczyk",
        "18 min read",
        "Powered by Astra",
        "RoleAtlas",
    ],
)
def test_noise_absent(document: dict, noise: str) -> None:
    assert not any(noise in text for text in all_strings(document))


def test_no_mojibake_left(document: dict) -> None:
    texts = all_strings(document)
    for mark in ("â€", "Â", "Ã", "&#8211;", "&amp;", "&raquo;", "<", "**"):
        assert not any(mark in text for text in texts), mark
