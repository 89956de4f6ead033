"""Parsers of sections 14-20: experience, career path, risks, role variants, AI impact, hiring, scorecard.

Expectations were checked by hand against the two seed pages in raw/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import Extraction, extract
from pipeline.blocks import Block
from pipeline.coverage import coverage_counts
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import ai_impact, career, experience, hiring, risks, scorecard, variants
from pipeline.parsers.common import item_tree, nest_colon_leads, parse_role
from pipeline.parsers.experience import degree_levels, fields_of_study, parse_years, requirement_level
from pipeline.parsers.hiring import is_exercise_title, parse_exercise_title
from pipeline.parsers.scorecard import match_label, split_items
from pipeline.parsers.text import split_enumeration, split_title_description
from pipeline.parsers.variants import is_variant_name
from pipeline.parsers.vocabulary import arrow_path, ends_with_role, find_rules, rule_set, text_doc
from pipeline.textblocks import text_to_pieces

SECTIONS = ["experience", "career_path", "risks", "role_variants", "ai_impact", "hiring", "scorecard"]


@pytest.fixture(params=["seed000", "seed004"])
def seed(request: pytest.FixtureRequest) -> Extraction:
    return request.getfixturevalue(request.param)


def _section(extraction: Extraction, section_id: str) -> Section:
    return next(s for s in extraction.blueprint.sections if s.id.value == section_id)


def _item(text: str, depth: int = 0, marker: str = "-", number: int | None = None) -> Block:
    return Block.list_item(text, 0, len(text), depth, marker, number)


def _para(text: str) -> Block:
    return Block.paragraph(text, 0, len(text))


def _synthetic(section_id: SectionId, subs: list[tuple[str | None, str, list[Block]]]) -> Section:
    return Section(
        id=section_id,
        number=None,
        title=section_id.value,
        blocks=[],
        subsections=[Subsection(key=key, title=title, blocks=blocks) for key, title, blocks in subs],
    )


# --- every section, both seeds ---------------------------------------------------------------


@pytest.mark.parametrize("section_id", SECTIONS)
def test_nothing_unparsed_and_coverage(seed: Extraction, section_id: str) -> None:
    section = _section(seed, section_id)
    fields = getattr(seed.blueprint.fields, section_id)
    assert fields.unparsed == []
    blocks = list(section.blocks) + [b for sub in section.subsections for b in sub.blocks]
    covered, total, *_ = coverage_counts(blocks, fields.model_dump(mode="json"))
    assert total > 0 and covered / total >= 0.99


# --- helpers: years, requirement words, degrees, fields --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commonly 0–3 years of industry experience", (0, 3, False, "0–3 years")),
        ("6–10+ years in platform roles", (6, 10, True, "6–10+ years")),
        ("2–4+ years", (2, 4, True, "2–4+ years")),
        ("5+ years of backend work", (5, None, True, "5+ years")),
        ("3 to 5 years of experience", (3, 5, False, "3 to 5 years")),
        ("at least 4 years leading teams", (4, None, True, "at least 4 years")),
        ("up to 2 years", (None, 2, False, "up to 2 years")),
        ("two to four years", (2, 4, False, "two to four years")),
        ("8 yrs in SRE", (8, 8, False, "8 yrs")),
        # The range written first wins, then the more specific form at its position.
        ("3 years in ops, then 5+ years in SRE", (3, 3, False, "3 years")),
        ("at least 2 years, ideally 4-6 years", (2, None, True, "at least 2 years")),
        ("up to 3+ years", (None, 3, False, "up to 3+ years")),
    ],
)
def test_parse_years(text: str, expected: tuple) -> None:
    years = parse_years(text)
    assert years is not None
    assert (years.min_years, years.max_years, years.open_ended, years.range_text) == expected
    assert years.text == text


@pytest.mark.parametrize(
    "text",
    ["Months 0–3: learning systems", "Strong internship experience can substitute", "a 2-week sprint", "ISO 27001"],
)
def test_parse_years_negatives(text: str) -> None:
    assert parse_years(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PhD is a plus but not required for Associate", "plus"),
        ("PhD is not expected at Associate level (though possible).", "not_required"),
        ("Domain specialization is usually not required at Associate level.", "not_required"),
        ("No formal leadership required.", "not_required"),
        ("BS may be acceptable if paired with strong experience", "acceptable"),
        ("Many enterprise teams prefer MS for scientist tracks", "preferred"),
        ("MS in Computer Science or similar is common.", "common"),
        ("Optional", "optional"),
        ("Common in enterprise, usually provided", "common"),
        ("Domain depth is context-specific", "context_specific"),
        ("Expected: ability to learn domain metrics", "required"),
        ("Evidence of ownership is valued:", "preferred"),
        ("Helpful: familiarity with one domain", "plus"),
        ("Cloud certification required", "required"),
    ],
)
def test_requirement_level(text: str, expected: str) -> None:
    assert requirement_level(text) == expected


@pytest.mark.parametrize("text", ["Azure/AWS/GCP", "internal", "Software/IT context: search, knowledge bases"])
def test_requirement_level_negatives(text: str) -> None:
    assert requirement_level(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Common: BS/MS in Computer Science", ["bachelor", "master"]),
        ("PhD is a plus", ["phd"]),
        ("Master’s degree in Statistics", ["master"]),
        ("Bachelor's degree or equivalent", ["bachelor"]),
        ("Associate degree in IT", ["associate"]),
        ("M.S. or Ph.D. preferred", ["master", "phd"]),
        ("Not required at Associate level", []),  # the seniority word is not a degree
        ("p99 latency under 200 ms", []),  # lowercase 'ms' is not a master's degree
    ],
)
def test_degree_levels(text: str, expected: list[str]) -> None:
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "fields", "related"),
    [
        (
            "MS in Computer Science, Machine Learning, Statistics, or similar is common.",
            ["Computer Science", "Machine Learning", "Statistics"],
            True,
        ),
        (
            "Common: BS/MS in Data Science, Applied Mathematics, or related fields.",
            ["Data Science", "Applied Mathematics"],
            True,
        ),
        ("Bachelor’s degree in Computer Science or a related field", ["Computer Science"], True),
        ("BS in Electrical Engineering preferred", ["Electrical Engineering"], False),
        ("Many teams prefer MS for scientist tracks", [], False),
        ("PhD is not expected", [], False),
    ],
)
def test_fields_of_study(text: str, fields: list[str], related: bool) -> None:
    assert fields_of_study(text) == (fields, related)


# --- helpers: titles, roles, arrows ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambiguous success metrics: stakeholders disagree", ("Ambiguous success metrics", "stakeholders disagree")),
        ("“Leaderboard chasing”: optimizing one metric.", ("Leaderboard chasing", "optimizing one metric.")),
        ("Months 0–3: mostly executing experiments.", ("Months 0–3", "mostly executing experiments.")),
        ("After 12–24 months (typical): moving on", ("After 12–24 months (typical)", "moving on")),
        (
            "Synthetic data generation (controlled): creating examples",
            ("Synthetic data generation (controlled)", "creating examples"),
        ),
        # negatives: unchanged
        (
            "Role fundamentals are stable globally. Variations typically involve:",
            (None, "Role fundamentals are stable globally. Variations typically involve:"),
        ),
        (
            "write a short decision memo: “ship, iterate, or stop.”",
            (None, "write a short decision memo: “ship, iterate, or stop.”"),
        ),
        ("Not required.", (None, "Not required.")),
        ("See https://example.com for details", (None, "See https://example.com for details")),
        ("Error analysis (slices: by locale) matters", (None, "Error analysis (slices: by locale) matters")),
        (
            "A much longer opening clause that runs well past eight words here: then text",
            (None, "A much longer opening clause that runs well past eight words here: then text"),
        ),
    ],
)
def test_split_title_description(text: str, expected: tuple) -> None:
    assert split_title_description(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python, SQL (Spark, Hive), and Git", ["Python", "SQL (Spark, Hive)", "Git"]),
        ("a; b [c; d]; or e.", ["a", "b [c; d]", "e"]),
        ("single item", ["single item"]),
    ],
)
def test_split_enumeration(text: str, expected: list[str]) -> None:
    assert split_enumeration(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "note", "qualifier", "from_role", "to_role"),
    [
        ("Data Scientist (entry-level)", "Data Scientist", "entry-level", None, None, None),
        ("Analytics Engineer with ML projects", "Analytics Engineer", None, "with ML projects", None, None),
        (
            "Research Assistant (NLP) transitioning to industry",
            "Research Assistant",
            "NLP",
            "transitioning to industry",
            None,
            None,
        ),
        (
            "Research Scientist (rare, context-specific) if the org has a lab",
            "Research Scientist",
            "rare, context-specific",
            "if the org has a lab",
            None,
            None,
        ),
        (
            "Data Scientist (NLP-focused) (if leaning toward analytics)",
            "Data Scientist (NLP-focused)",
            "if leaning toward analytics",
            None,
            None,
            None,
        ),
        (
            "ML/Data Science intern → Associate Applied Scientist",
            "ML/Data Science intern",
            None,
            None,
            "ML/Data Science intern",
            "Associate Applied Scientist",
        ),
        (
            "Software Engineer with ML focus → Associate Applied Scientist (if strong ML/statistics foundation)",
            "Software Engineer",
            "if strong ML/statistics foundation",
            "with ML focus",
            "Software Engineer with ML focus",
            "Associate Applied Scientist",
        ),
        ("Junior Analyst -> Data Analyst", "Junior Analyst", None, None, "Junior Analyst", "Data Analyst"),
        # negatives: no qualifier split when the qualifier word does not follow a role noun
        ("Head of Data Platform", "Head of Data Platform", None, None, None, None),
        (
            "AI Platform / ML Tools (developer productivity)",
            "AI Platform / ML Tools",
            "developer productivity",
            None,
            None,
            None,
        ),
    ],
)
def test_parse_role(
    text: str, name: str, note: str | None, qualifier: str | None, from_role: str | None, to_role: str | None
) -> None:
    role = parse_role(text)
    assert (role.name, role.note, role.qualifier) == (name, note, qualifier)
    assert (role.transition.from_role if role.transition else None) == from_role
    assert (role.transition.to_role if role.transition else None) == to_role
    assert role.text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("data → model → evaluation → decision", ["data", "model", "evaluation", "decision"]),
        ("Associate -> Applied Scientist", ["Associate", "Applied Scientist"]),
        ("Optional (→ Important if scaling)", []),  # inside parentheses: not a path
        ("no arrow here", []),
        ("→ dangling", []),
    ],
)
def test_arrow_path(text: str, expected: list[str]) -> None:
    assert arrow_path(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Research Assistant/Engineer", True),
        ("applied scientist intern", True),
        ("AI platform/tooling roles", True),
        ("Strong candidates often show experience moving from data", False),
        ("Security/privacy training", False),
    ],
)
def test_ends_with_role(text: str, expected: bool) -> None:
    assert ends_with_role(text) is expected


# --- helpers: variants, exercises, scorecard labels -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Startup/small growth company", True),
        ("Healthcare/finance (regulated)", True),
        ("Enterprise SaaS (knowledge work, CRM, ITSM)", True),
        ("Horizontal SaaS / productivity / developer tools", True),
        ("Security", True),
        ("Faster iteration, less formal governance; higher risk of technical debt.", False),
        ("Data residency constraints and localization requirements.", False),
        ("Role fundamentals are stable globally. Variations typically involve:", False),
        ("Core responsibilities remain stable, but variation exists in:", False),
    ],
)
def test_is_variant_name(text: str, expected: bool) -> None:
    assert is_variant_name(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take-home or live exercise (2–4 hours)", True),
        ("Design exercise (whiteboard)", True),
        ("Debugging prompt", True),
        ("Exercise B: Experiment design case (45–60 minutes)", True),
        ("SQL screen (30 min)", True),  # a duration alone marks a title
        ("Build a baseline (e.g., logistic regression + TF-IDF or small transformer fine-tune)", False),
        ("Provide evaluation, error analysis, and 2–3 next-step recommendations", False),
        ("Given a small labeled text dataset:", False),
        ("Show training curves and a confusion matrix; ask candidate to diagnose likely causes.", False),
    ],
)
def test_is_exercise_title(text: str, expected: bool) -> None:
    assert is_exercise_title(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exercise A: Applied ML mini-project (2–3 hours take-home or 60–90 minute live)",
            ("Exercise A", "Applied ML mini-project", "2–3 hours take-home or 60–90 minute live", None),
        ),
        ("Design exercise (whiteboard)", (None, "Design exercise", None, "whiteboard")),
        ("Debugging prompt", (None, "Debugging prompt", None, None)),
    ],
)
def test_parse_exercise_title(text: str, expected: tuple) -> None:
    assert parse_exercise_title(text) == expected


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Top tools or platforms", "top_tools"),
        ("Top tools/platforms", "top_tools"),
        ("Top 5 tools", "top_tools"),
        ("Top 10 technical skills", "top_technical_skills"),
        ("Top 10 soft skills", "top_soft_skills"),
        ("Key KPIs", "top_kpis"),
        ("Role title", "role_title"),
        ("Career progression options:", "career_progression_options"),
        ("Hiring focus", None),
        ("Tools budget owner", None),  # a known word opening a longer, unknown label
    ],
)
def test_match_label(label: str, field: str | None) -> None:
    assert match_label(label)[0] == field


def test_match_label_opening_a_merged_cell() -> None:
    assert match_label("Role title Associate Applied Scientist", whole=False) == ("role_title", 10)
    assert match_label("Something else entirely", whole=False) == (None, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "1) Python 2) ML fundamentals 3) PyTorch (or equivalent DL framework)",
            ["Python", "ML fundamentals", "PyTorch (or equivalent DL framework)"],
        ),
        (
            "Python; PyTorch; evaluation metrics (F1/NDCG/etc.); Git/PR workflows",
            ["Python", "PyTorch", "evaluation metrics (F1/NDCG/etc.)", "Git/PR workflows"],
        ),
        (
            "Python, Spark/Databricks (or equivalent), MLflow/W&B (optional)",
            ["Python", "Spark/Databricks (or equivalent)", "MLflow/W&B (optional)"],
        ),
        ("Model cards; error analysis, benchmarks", ["Model cards", "error analysis, benchmarks"]),  # ';' wins over ','
        ("Reduce p99 by 2) caching", ["Reduce p99 by 2) caching"]),  # a lone number is not a run
    ],
)
def test_split_items(value: str, expected: list[str]) -> None:
    assert split_items(value) == expected


def test_nest_colon_leads() -> None:
    blocks = [
        _item("Intro sentence."),
        _item("Expectations will shift toward:"),
        _item("Stronger evaluation skills."),
        _item("Data governance fluency."),
        _item("Model differentiation will come from:"),
        _item("Better datasets", depth=1),
        _item("Better evaluation", depth=1),
    ]
    roots = nest_colon_leads(item_tree(blocks))
    assert [r.text for r in roots] == [
        "Intro sentence.",
        "Expectations will shift toward:",
        "Model differentiation will come from:",
    ]
    assert [c.text for c in roots[1].children] == ["Stronger evaluation skills.", "Data governance fluency."]
    assert [c.text for c in roots[2].children] == ["Better datasets", "Better evaluation"]
    # Without a colon lead nothing moves.
    flat = nest_colon_leads(item_tree([_item("A."), _item("B.")]))
    assert [(r.text, len(r.children)) for r in flat] == [("A.", 0), ("B.", 0)]


# --- 14. experience --------------------------------------------------------------------------


def test_experience_seed000(seed000: Extraction) -> None:
    exp = seed000.blueprint.fields.experience
    years = exp.years_of_experience
    assert (years.min_years, years.max_years, years.open_ended) == (0, 3, False)
    assert years.text.startswith("Commonly 0–3 years of industry experience")
    assert exp.experience_notes == [
        "Candidates may be new graduates with strong internships, publications, open-source contributions, "
        "or substantial project portfolios."
    ]
    assert [e.degree_levels for e in exp.education] == [["master"], ["phd"], ["bachelor"]]
    assert [e.requirement for e in exp.education] == ["common", "plus", "acceptable"]
    assert exp.education[0].fields_of_study == [
        "Computer Science",
        "Machine Learning",
        "Statistics",
        "Applied Mathematics",
        "Data Science",
        "Electrical Engineering",
    ]
    assert exp.education[0].related_fields_accepted is True
    assert [(c.name, c.requirement, c.requirement_text) for c in exp.certifications] == [
        ("Cloud fundamentals", "optional", "Optional"),
        ("ML specialty certs", "optional", "Optional"),
    ]
    assert exp.certifications[0].note == "e.g., AWS/Azure/GCP fundamentals."
    assert exp.certification_notes == [
        "Labeling reflects practicality in enterprise hiring.",
        "Security/privacy training is typically internal post-hire rather than pre-hire.",
    ]
    assert exp.certifications_heading_note == "relevant but rarely required"
    assert [(r.name, r.note, r.qualifier) for r in exp.prior_roles] == [
        ("Data Scientist", "entry-level", None),
        ("ML Engineer", "junior", None),
        ("Research Assistant/Engineer", None, None),
        ("Applied Research Intern", None, None),
        ("Analytics Engineer", None, "with ML projects"),
    ]
    assert len(exp.prior_role_notes) == 1 and "data → model → evaluation" in exp.prior_role_notes[0]
    assert [(d.label, d.requirement) for d in exp.domain_knowledge] == [
        (None, "not_required"),
        ("Expected", "required"),
        ("Helpful", "plus"),
    ]
    assert [(x.text, x.requirement) for x in exp.leadership_expectations] == [
        ("Not required.", "not_required"),
        ("Evidence of ownership is valued:", "preferred"),
    ]
    assert exp.leadership_expectations[1].sub_items == [
        "leading a project module",  # the comma that led each bullet on to the next is no part of it
        "coordinating with partners",
        "writing design docs",
        "delivering to timelines",
    ]


def test_experience_seed004(seed004: Extraction) -> None:
    exp = seed004.blueprint.fields.experience
    years = exp.years_of_experience
    assert (years.min_years, years.max_years, years.open_ended, years.range_text) == (0, 2, False, "0–2 years")
    assert exp.experience_notes == ["Strong internship/research experience can substitute for full-time years."]
    first = exp.education[0]
    assert (first.label, first.degree_levels, first.requirement) == ("Common", ["bachelor", "master"], "common")
    assert first.fields_of_study == [
        "Computer Science",
        "Machine Learning",
        "Data Science",
        "Computational Linguistics",
        "Applied Mathematics",
    ]
    assert [(e.degree_levels, e.requirement) for e in exp.education[1:]] == [
        (["master", "bachelor"], "preferred"),
        (["phd"], "not_required"),
    ]
    assert [(c.name, c.detail, c.requirement, c.requirement_text) for c in exp.certifications] == [
        ("Cloud fundamentals", "Azure/AWS/GCP", "optional", "Optional"),
        ("Responsible AI or privacy training", "internal", "common", "Common in enterprise, usually provided"),
    ]
    assert exp.certification_notes == []
    assert exp.certifications_heading_note == "generally optional; do not substitute for demonstrated skill"
    assert [(r.name, r.qualifier) for r in exp.prior_roles] == [
        ("ML/NLP research intern", None),
        ("applied scientist intern", None),
        ("data scientist intern", None),
        ("Software engineer", "with ML focus transitioning into science role"),
        ("Academic research assistant", "in NLP, information retrieval, or computational linguistics"),
    ]
    assert exp.prior_role_notes == []
    assert [d.label for d in exp.domain_knowledge] == [
        "Software/IT context",
        "Familiarity with enterprise data realities",
        None,
    ]
    assert exp.domain_knowledge[2].requirement == "context_specific"
    assert [x.requirement for x in exp.leadership_expectations] == ["not_required", "preferred"]


def test_experience_other_role_family() -> None:
    """Another role of the family (a DevOps Manager page), written the way these pages write it."""
    section = _synthetic(
        SectionId.EXPERIENCE,
        [
            ("years", "Typical years of experience", [_item("2+ years leading engineers within 6–10+ years overall.")]),
            (
                "education",
                "Education",
                [
                    _item("Bachelor’s degree in Computer Science, Information Systems, or equivalent experience."),
                    _item("Master’s degree is a plus."),
                ],
            ),
            (
                "certifications",
                "Certifications",
                [
                    _item("AWS Certified Solutions Architect – Professional (Preferred)"),
                    _item("CKA (Certified Kubernetes Administrator) – Context-specific"),
                    _item("AWS Certified Machine Learning – Specialty"),
                    _item("Certifications matter less than hands-on production experience."),
                ],
            ),
            ("prior_roles", "Prior roles", [_item("Senior DevOps Engineer, Site Reliability Engineer, Platform Lead")]),
        ],
    )
    exp = experience.parse(section)
    years = exp.years_of_experience
    assert (years.min_years, years.max_years, years.open_ended, years.range_text) == (2, None, True, "2+ years")
    assert [(e.degree_levels, e.fields_of_study, e.related_fields_accepted, e.requirement) for e in exp.education] == [
        (["bachelor"], ["Computer Science", "Information Systems"], True, None),
        (["master"], [], False, "plus"),
    ]
    assert [(c.name, c.detail, c.requirement) for c in exp.certifications] == [
        ("AWS Certified Solutions Architect – Professional", None, "preferred"),
        ("CKA", "Certified Kubernetes Administrator", "context_specific"),
        ("AWS Certified Machine Learning – Specialty", None, None),
    ]
    assert exp.certification_notes == ["Certifications matter less than hands-on production experience."]
    assert [r.name for r in exp.prior_roles] == ["Senior DevOps Engineer", "Site Reliability Engineer", "Platform Lead"]
    assert exp.unparsed == []


def test_experience_unknown_subsection_kept() -> None:
    section = _synthetic(
        SectionId.EXPERIENCE,
        [
            ("years", "Typical years of experience", [_item("5+ years in infrastructure roles.")]),
            (None, "Security clearance", [_item("Clearance may be required for public-sector work.")]),
        ],
    )
    exp = experience.parse(section)
    assert (exp.years_of_experience.min_years, exp.years_of_experience.open_ended) == (5, True)
    assert [(o.heading, [p.text for p in o.points]) for o in exp.other] == [
        ("Security clearance", ["Clearance may be required for public-sector work."])
    ]
    assert exp.unparsed == []


# --- 15. career path -------------------------------------------------------------------------


def test_career_seed000(seed000: Extraction) -> None:
    path = seed000.blueprint.fields.career_path
    assert path.notes == ["A role architecture view should clarify how Associates grow in both scope and influence."]
    assert [(r.name, r.transition.to_role) for r in path.feeder_roles] == [
        ("ML/Data Science intern", "Associate Applied Scientist"),
        ("Junior Data Scientist", "Associate Applied Scientist"),
        ("Research Engineer / Research Assistant", "Associate Applied Scientist"),
        ("Software Engineer", "Associate Applied Scientist"),
    ]
    last = path.feeder_roles[3]
    assert (last.transition.from_role, last.qualifier, last.note) == (
        "Software Engineer with ML focus",
        "with ML focus",
        "if strong ML/statistics foundation",
    )
    assert [(r.name, r.note) for r in path.next_roles] == [
        ("Applied Scientist", "next level; larger scope ownership, more autonomy"),
        ("ML Engineer", "if candidate prefers production systems and MLOps depth"),
        ("Data Scientist", "if role shifts toward analytics/experimentation rather than modeling"),
    ]
    assert [r.name for r in path.adjacent_paths] == [
        "Experimentation Scientist",
        "Relevance/Ranking Scientist",
        "NLP/LLM Applied Scientist",
        "Trust/Safety/Abuse ML Specialist",
        "AI Platform / ML Tools",
    ]
    assert (path.promotion_transition.from_role, path.promotion_transition.to_role) == (
        "Associate",
        "Applied Scientist",
    )
    assert path.promotion_notes == ["Promotion typically requires expansion across five dimensions:"]
    assert [(s.number, s.name) for s in path.promotion_skills] == [
        (1, "Scope ownership"),
        (2, "Technical depth"),
        (3, "Operational maturity"),
        (4, "Cross-functional influence"),
        (5, "Consistency"),
    ]
    assert path.promotion_skills[4].description == "delivers results reliably across multiple cycles, not one-off wins."
    assert [(e.period, e.period_unit, e.period_start, e.period_end) for e in path.evolution] == [
        ("Months 0–3", "month", 0, 3),
        ("Months 3–12", "month", 3, 12),
        ("After 12–24 months (typical)", "month", 12, 24),
    ]


def test_career_seed004(seed004: Extraction) -> None:
    path = seed004.blueprint.fields.career_path
    first = path.feeder_roles[0]
    assert (first.name, first.transition.from_role, first.transition.to_role) == (
        "NLP/ML Intern",
        "NLP/ML Intern",
        "Associate NLP Scientist",
    )
    assert [(r.name, r.note, r.qualifier, r.transition) for r in path.feeder_roles[1:]] == [
        ("Data Scientist", "entry", "with strong NLP portfolio", None),
        ("Software Engineer", "entry", "with ML research/project work", None),
        ("Research Assistant", "NLP", "transitioning to industry", None),
    ]
    assert path.next_roles_horizon == "1–3 year horizon"
    assert [(r.name, r.note) for r in path.next_roles] == [
        ("NLP Scientist / Applied Scientist", "mid-level"),
        ("Machine Learning Engineer", "if leaning toward production systems"),
        ("Data Scientist (NLP-focused)", "if leaning toward analytics + modeling blend"),
        ("Research Scientist", "rare, context-specific"),
    ]
    assert path.next_roles[3].qualifier.startswith("if the org has a fundamental research lab")
    assert len(path.adjacent_paths) == 4
    assert path.promotion_transition.to_role == "NLP Scientist (mid-level)"
    assert path.promotion_transition.from_role == "Associate NLP Scientist"  # the feeder arrows' target
    assert [s.name for s in path.promotion_skills] == [
        "Stronger problem framing",
        "Demonstrated shipped impact",
        "Reliable evaluation design",
        "Broader technical depth",
        "Increased autonomy",
    ]
    assert [(e.period, e.period_unit) for e in path.evolution] == [
        ("Associate", None),
        ("Mid-level Scientist", None),
        ("Senior Scientist", None),
        ("Principal/Staff Scientist", None),
    ]


def test_career_other_role_family() -> None:
    section = _synthetic(
        SectionId.CAREER_PATH,
        [
            (
                "feeder",
                "Common feeder roles",
                [_item("Senior DevOps Engineer → DevOps Manager"), _item("SRE Lead -> DevOps Manager")],
            ),
            (
                "next",
                "Next likely roles",
                [_item("Director of Platform Engineering (next level)"), _item("Head of SRE")],
            ),
            (
                "promotion",
                "Skills needed for promotion (DevOps Manager → Director)",
                [_item("Budget ownership – plans spend.")],
            ),
            (
                "evolution",
                "How the role evolves",
                [_item("Year 1: stabilize on-call."), _item("Years 2–3: scale the team.")],
            ),
        ],
    )
    path = career.parse(section)
    assert [(r.name, r.transition.to_role) for r in path.feeder_roles] == [
        ("Senior DevOps Engineer", "DevOps Manager"),
        ("SRE Lead", "DevOps Manager"),
    ]
    assert [(r.name, r.note) for r in path.next_roles] == [
        ("Director of Platform Engineering", "next level"),
        ("Head of SRE", None),
    ]
    assert (path.promotion_transition.from_role, path.promotion_transition.to_role) == ("DevOps Manager", "Director")
    assert [(s.name, s.description) for s in path.promotion_skills] == [("Budget ownership", "plans spend.")]
    assert [(e.period_unit, e.period_start, e.period_end) for e in path.evolution] == [("year", 1, 1), ("year", 2, 3)]


# --- 16. risks -------------------------------------------------------------------------------


def test_risks_seed000(seed000: Extraction) -> None:
    r = seed000.blueprint.fields.risks
    counts = [
        len(r.challenges),
        len(r.bottlenecks),
        len(r.anti_patterns),
        len(r.underperformance_reasons),
        len(r.business_risks),
    ]
    assert counts == [5, 4, 5, 5, 4]
    first = r.challenges[0]
    assert first.title == "Ambiguous success metrics"
    assert first.description == "stakeholders disagree on “what good looks like,” causing churn."
    assert r.anti_patterns[0].title == "Leaderboard chasing"
    assert (
        r.bottlenecks[0].title is None
        and r.bottlenecks[0].text == "Dependence on data engineering for logging/pipelines."
    )
    assert r.notes == [
        "Applied science roles fail when scientific rigor, product alignment, or engineering integration breaks down."
    ]


def test_risks_seed004(seed004: Extraction) -> None:
    r = seed004.blueprint.fields.risks
    counts = [
        len(r.challenges),
        len(r.bottlenecks),
        len(r.anti_patterns),
        len(r.underperformance_reasons),
        len(r.business_risks),
    ]
    assert counts == [5, 4, 5, 5, 4]
    assert [a.title for a in r.anti_patterns] == ["Metric chasing", None, None, "Ignoring baselines", None]
    assert r.underperformance_reasons[3].title == "Communication gaps"
    assert r.underperformance_reasons[3].description == "stakeholders don’t understand results or next steps."


# --- 17. role variants -----------------------------------------------------------------------


def _variant_shape(fields: variants.RoleVariants) -> list[tuple[str, list[tuple[str, int]], int]]:
    return [(g.dimension.value, [(v.name, len(v.points)) for v in g.variants], len(g.notes)) for g in fields.dimensions]


def test_variants_seed000(seed000: Extraction) -> None:
    v = seed000.blueprint.fields.role_variants
    assert _variant_shape(v) == [
        (
            "company_size",
            [
                ("Startup/small growth company", 3),
                ("Mid-size product company", 2),
                ("Large enterprise software company", 3),
            ],
            0,
        ),
        (
            "industry",
            [
                ("Horizontal SaaS / productivity / developer tools", 1),
                ("IT operations / observability", 1),
                ("Security", 1),
                ("Healthcare/finance", 1),
            ],
            0,
        ),
        ("geography", [], 1),
        ("product_vs_service", [("Product-led", 1), ("Service-led / internal IT", 1)], 0),
        ("startup_vs_enterprise", [("Startup", 0), ("Enterprise", 0)], 0),
        ("regulated", [("Regulated", 0), ("Non-regulated", 0)], 0),
    ]
    industry = v.dimensions[1]
    assert industry.variants[3].note == "regulated"
    geography = v.dimensions[2]
    assert geography.notes[0].text == "Role fundamentals are stable globally. Variations typically involve:"
    assert geography.notes[0].sub_items == [
        "data residency requirements",
        "language/locale evaluation needs",
        "region-specific privacy rules and review processes",
    ]
    startup = v.dimensions[4]
    assert (startup.heading, startup.heading_note) == ("Startup vs enterprise (operating model)", "operating model")
    assert startup.variants[0].description == "ownership breadth, speed, improvisation; fewer formal artifacts."
    assert v.dimensions[0].variants[0].points[0].text.startswith("Broader scope: data extraction")


def test_variants_seed004(seed004: Extraction) -> None:
    v = seed004.blueprint.fields.role_variants
    assert _variant_shape(v) == [
        ("company_size", [("Startup / small company", 2), ("Enterprise", 2)], 0),
        (
            "industry",
            [("Enterprise SaaS", 1), ("Developer platforms", 1), ("Security software", 1), ("Productivity suites", 1)],
            0,
        ),
        ("geography", [], 1),
        ("product_vs_service", [("Product-led", 1), ("Service-led / consulting", 1)], 0),
        ("startup_vs_enterprise", [("Startup", 0), ("Enterprise", 0)], 0),
        ("regulated", [("Regulated/high-risk domains", 0), ("Non-regulated", 0)], 0),
    ]
    assert v.dimensions[1].heading_note == "within software/IT contexts"
    assert v.dimensions[1].variants[0].note == "knowledge work, CRM, ITSM"
    # Compact style flattens the geography points: they are nested under the lead again.
    assert len(v.dimensions[2].notes[0].sub_items) == 3


def test_variants_unknown_dimension() -> None:
    section = _synthetic(
        SectionId.ROLE_VARIANTS,
        [(None, "By team maturity", [_item("Greenfield team"), _item("More architecture decisions.")])],
    )
    group = variants.parse(section).dimensions[0]
    assert (group.dimension, group.heading) == ("other", "By team maturity")
    assert [(x.name, [p.text for p in x.points]) for x in group.variants] == [
        ("Greenfield team", ["More architecture decisions."])
    ]


# --- 18. AI impact ---------------------------------------------------------------------------


def test_ai_impact_seed000(seed000: Extraction) -> None:
    a = seed000.blueprint.fields.ai_impact
    assert [len(a.automatable_tasks), len(a.human_critical_tasks), len(a.changes), len(a.new_expectations)] == [
        5,
        5,
        2,
        3,
    ]
    assert a.changes_horizon == "2–5 years"
    assert [(c.text, len(c.sub_items)) for c in a.changes] == [
        ("Greater expectation that Associates:", 3),
        ("Increased prevalence of:", 3),
    ]
    assert a.human_critical_tasks[3].label == "Responsible AI judgment"
    assert a.new_expectations[2].label == "More “full lifecycle” mindset"


def test_ai_impact_seed004(seed004: Extraction) -> None:
    a = seed004.blueprint.fields.ai_impact
    assert [x.label for x in a.automatable_tasks] == [
        "Experiment scaffolding",
        "Code assistance",
        "Initial error clustering",
        "Synthetic data generation (controlled)",
        "Documentation drafts",
    ]
    assert [(c.text[:30], len(c.sub_items)) for c in a.changes] == [
        ("The Associate NLP Scientist wi", 0),
        ("Expectations will shift toward", 3),
        ("Model differentiation will inc", 3),
    ]
    assert [s.text for s in a.new_expectations[0].sub_items] == [
        "Fine-tuned small/medium models vs hosted LLM APIs",
        "Retrieval improvements vs generative approaches",
    ]
    assert a.changes_horizon == "2–5 years"


# --- 19. hiring ------------------------------------------------------------------------------


def test_hiring_seed000(seed000: Extraction) -> None:
    h = seed000.blueprint.fields.hiring
    assert [(x.number, x.dimension) for x in h.what_to_assess] == [
        (1, "ML fundamentals and applied judgment"),
        (2, "Statistics and experimentation"),
        (3, "Coding ability (Python)"),
        (4, "Data fluency (SQL + data reasoning)"),
        (5, "Evaluation mindset"),
        (6, "Communication"),
        (7, "Responsible AI awareness"),
    ]
    assert h.what_to_assess[5].description == "Explaining tradeoffs, writing clarity, stakeholder framing."
    assert [len(h.strong_signals), len(h.weak_signals), len(h.red_flags)] == [5, 5, 5]
    assert [(e.label, e.name, e.duration) for e in h.exercises] == [
        ("Exercise A", "Applied ML mini-project", "2–3 hours take-home or 60–90 minute live"),
        ("Exercise B", "Experiment design case", "45–60 minutes"),
        ("Exercise C", "Data debugging", "30–45 minutes"),
    ]
    assert h.exercise_notes == ["Choose one primary exercise and one lightweight follow-up to fit interview loops."]
    a, b, c = h.exercises
    assert [p.text for p in a.details] == [
        "Input: small dataset + problem statement (classification/ranking/regression).",
        "Tasks:",
        "Evaluation: correctness, reproducibility, clarity, tradeoffs.",
    ]
    assert len(a.details[1].sub_items) == 4  # build, propose, perform, write
    assert [p.text for p in b.details] == ["Scenario: product wants to ship a new ranking model.", "Candidate must:"]
    assert len(b.details[1].sub_items) == 3
    assert len(c.details) == 2
    # Scorecard: a border-less table whose cells pipeline/tables.py recovers.
    sc = h.scorecard
    assert sc.rubric_notes == ["Use a consistent rubric for panel calibration."]
    assert len(sc.rows) == 8
    assert sc.header[0] == "Dimension" and "meets" in sc.header[1] and "exceeds" in sc.header[2]
    assert (sc.rows[0].dimension, sc.rows[0].meets, sc.rows[0].exceeds) == (
        "ML fundamentals",
        "Correct baseline approach, sensible model selection, avoids common pitfalls",
        "Deep intuition; explains tradeoffs, constraints, and failure modes clearly",
    )
    assert [r.dimension for r in sc.rows][-1] == "Collaboration"


def test_hiring_exercises_from_seed000_text() -> None:
    """The exercises sub-section of seed 000, read by the block stage from the page's text."""
    raw = (
        "Choose one primary exercise and one lightweight follow-up to fit interview loops.\n\n"
        "Exercise A: Applied ML mini-project (2–3 hours take-home or 60–90 minute live) – Input: small dataset + "
        "problem statement (classification/ranking/regression). – Tasks: – build a baseline model, – propose "
        "evaluation plan and guardrails, – perform error analysis, – write a short decision memo: "
        "“ship, iterate, or stop.” – Evaluation: correctness, reproducibility, clarity, tradeoffs.\n\n"
        "Exercise B: Experiment design case (45–60 minutes) – Scenario: product wants to ship a new ranking model. – "
        "Candidate must: – define success metrics + guardrails, – identify risks (novelty effects, feedback loops), – "
        "propose rollout and stopping criteria.\n"
    )
    blocks = [p.block for p in text_to_pieces(raw)]
    h = hiring.parse(_synthetic(SectionId.HIRING, [("exercises", "Practical exercises", blocks)]))
    assert h.exercise_notes == ["Choose one primary exercise and one lightweight follow-up to fit interview loops."]
    assert [(e.label, e.name, e.duration) for e in h.exercises] == [
        ("Exercise A", "Applied ML mini-project", "2–3 hours take-home or 60–90 minute live"),
        ("Exercise B", "Experiment design case", "45–60 minutes"),
    ]
    assert [p.text for p in h.exercises[0].details] == [
        "Input: small dataset + problem statement (classification/ranking/regression).",
        "Tasks:",
        "Evaluation: correctness, reproducibility, clarity, tradeoffs.",
    ]
    assert h.unparsed == []


def test_hiring_seed004(seed004: Extraction) -> None:
    h = seed004.blueprint.fields.hiring
    assert len(h.what_to_assess) == 7
    assert (h.what_to_assess[0].dimension, h.what_to_assess[0].number) == ("NLP fundamentals and task framing", None)
    assert (
        h.what_to_assess[0].description
        == "Can the candidate map a business need to an NLP task with appropriate metrics?"
    )
    assert [(e.name, e.duration, e.format_note) for e in h.exercises] == [
        ("Take-home or live exercise", "2–4 hours", None),
        ("Design exercise", None, "whiteboard"),
        ("Debugging prompt", None, None),
    ]
    assert h.exercises[0].details[0].text == "Given a small labeled text dataset:"
    assert len(h.exercises[0].details[0].sub_items) == 2
    assert [len(h.exercises[1].details), len(h.exercises[2].details)] == [2, 1]
    assert [len(h.strong_signals), len(h.weak_signals), len(h.red_flags)] == [5, 4, 4]
    sc = h.scorecard
    assert sc.header == ["Dimension", "What “meets bar” looks like for Associate", "What “exceeds” looks like"]
    assert sc.rubric_notes == ["Use a consistent rubric (e.g., 1–5 scale) across dimensions:"]
    assert [r.dimension for r in sc.rows] == [
        "NLP fundamentals",
        "Modeling",
        "Evaluation rigor",
        "Data skills",
        "Coding",
        "Communication",
        "Responsible AI",
    ]
    assert (sc.rows[4].meets, sc.rows[4].exceeds) == (
        "Clean Python; basic tests; reproducibility",
        "Strong modularity, performance awareness",
    )


def test_hiring_scorecard_unsplit_row_is_unparsed() -> None:
    table = Block.table(
        ["Dimension", "Meets", "Exceeds"],
        [
            ["Coding", "Clean code", "Great code"],
            ["Communication Explains work clearly; writes coherent memo Influences decisions", "", ""],
        ],
        0,
        10,
    )
    h = hiring.parse(_synthetic(SectionId.HIRING, [("scorecard", "Scorecard dimensions", [table])]))
    assert [(r.dimension, r.meets, r.exceeds) for r in h.scorecard.rows] == [("Coding", "Clean code", "Great code")]
    assert h.unparsed == ["Communication Explains work clearly; writes coherent memo Influences decisions"]


# --- 20. scorecard summary -------------------------------------------------------------------


def test_scorecard_seed000(seed000: Extraction) -> None:
    s = seed000.blueprint.fields.scorecard
    assert s.header == ["Category", "Executive summary"]
    assert s.role_title == "Associate Applied Scientist"
    assert s.role_purpose.startswith("Translate business problems into validated ML solutions")
    assert len(s.top_responsibilities) == 10 and s.top_responsibilities[0] == "Problem framing into ML tasks"
    assert s.top_technical_skills[7] == "PyTorch (or equivalent DL framework)"
    assert s.top_soft_skills[-1] == "Comfort with ambiguity"
    assert len(s.top_tools) == 12 and "Spark/Databricks (or equivalent)" in s.top_tools
    assert len(s.top_kpis) == 10 and s.top_kpis[0] == "Experiment throughput"
    assert len(s.main_deliverables) == 11 and s.main_deliverables[-1] == "post-launch analysis"
    assert s.main_goals[0] == "30/60/90-day onboarding-to-impact ramp"
    assert [(r.name, r.note) for r in s.career_progression_options][:2] == [
        ("Applied Scientist", "primary"),
        ("ML Engineer", "production/MLOps track"),
    ]
    assert len(s.career_progression_options) == 7
    assert [r.label for r in s.rows][5] == "Top tools or platforms"
    assert all(r.field is not None for r in s.rows) and len(s.rows) == 10


def test_scorecard_seed004(seed004: Extraction) -> None:
    s = seed004.blueprint.fields.scorecard
    assert s.header == ["Item", "Executive summary"]
    assert s.role_title == "Associate NLP Scientist"
    assert [len(s.top_responsibilities), len(s.top_technical_skills), len(s.top_soft_skills)] == [10, 10, 10]
    assert s.top_technical_skills[4] == "evaluation metrics (F1/NDCG/etc.)"
    assert s.top_tools[:3] == ["Python", "PyTorch", "Hugging Face"] and len(s.top_tools) == 10
    assert s.rows[5].label == "Top tools/platforms" and s.rows[5].field == "top_tools"
    assert len(s.top_kpis) == 10 and len(s.main_deliverables) == 8
    assert [(r.name, r.note) for r in s.career_progression_options][:5] == [
        ("NLP Scientist", "mid-level"),
        ("Applied Scientist", None),
        ("ML Engineer", None),
        ("Information Retrieval Scientist/Engineer", None),
        ("Responsible AI specialist", "adjacent"),
    ]


def test_scorecard_unknown_and_merged_rows() -> None:
    table = Block.table(
        ["Category", "Executive summary"],
        [
            ["Role title Platform Engineer", ""],  # border-less row: a known label still opens it
            ["Hiring focus", "Systems thinking"],  # unknown label: kept as a row
            ["Mystery cell with no label", ""],  # nothing to split on
        ],
        0,
        10,
    )
    s = scorecard.parse(Section(id=SectionId.SCORECARD, number=20, title="Scorecard", blocks=[table], subsections=[]))
    assert s.role_title == "Platform Engineer"
    assert [(r.label, r.value, r.field) for r in s.rows] == [
        ("Role title", "Platform Engineer", "role_title"),
        ("Hiring focus", "Systems thinking", None),
    ]
    assert s.unparsed == ["Mystery cell with no label"]


def test_risks_and_ai_impact_keep_unknown_subsections() -> None:
    blocks = [_item("Vendor lock-in: hard to switch providers.")]
    r = risks.parse(_synthetic(SectionId.RISKS, [(None, "Security risks", blocks)]))
    assert [(o.heading, o.points[0].text) for o in r.other] == [
        ("Security risks", "Vendor lock-in: hard to switch providers.")
    ]
    a = ai_impact.parse(_synthetic(SectionId.AI_IMPACT, [(None, "Tooling shifts", blocks)]))
    assert a.other[0].heading == "Tooling shifts" and a.unparsed == []
    c = career.parse(_synthetic(SectionId.CAREER_PATH, [(None, "Lateral moves", blocks)]))
    assert c.other[0].points[0].text == "Vendor lock-in: hard to switch providers."


RENDERINGS = ["000_de98393afd8030e6.synthetic.md", "004_c6037ac0a712d293.synthetic.html"]


@pytest.mark.parametrize("name", RENDERINGS)
def test_other_renderings_give_the_same_fields(name: str, seed000: Extraction, seed004: Extraction) -> None:
    """Markdown and HTML renderings of a seed (tools/render_synthetic.py) give the same typed fields as its text."""
    path = Path(__file__).resolve().parent.parent / "raw" / "synthetic" / name
    if not path.is_file():
        pytest.skip("raw/synthetic/ not rendered")
    (rendered,) = extract(path, name=f"synthetic/{name}")
    text = seed000 if name.startswith("000") else seed004
    for section_id in SECTIONS:
        assert getattr(rendered.blueprint.fields, section_id) == getattr(text.blueprint.fields, section_id), section_id


@pytest.mark.parametrize(
    "text",
    [
        "Computer Science",
        "a related quantitative field",
        "Related Fields",
        "or equivalent practical experience",
        "SIMILAR",
        "relevant fields (e.g., Physics)",
        "Économie or a relevant field",
        "",
        "MS or B.Sc. in Physics; ms in cs",
        "No degree required",
        "Top 3 KPIs",
        "Important",
        "AWS Certified Solutions Architect",
    ],
)
def test_rule_gate_keeps_the_matches(text: str) -> None:
    """find_rules' gate skips only texts its rules find nothing in (wildcard phrases, exact ones, any case)."""
    for key in ("generic_fields", "degree_levels", "requirement_levels", "importance_levels", "scorecard_fields"):
        rules = rule_set(key)
        # Compared by place and label: find_rules' cache may hold spans of a Doc text_doc's cache has let go.
        found = [(span.start, span.end, span.label_) for span in find_rules(key, text)]
        assert found == [(span.start, span.end, span.label_) for span in rules.spans(text_doc(text), text)], key
