"""Parsers of sections 8–13: technical skills, soft skills, tools, tech stack, stakeholders, decision rights.

Seed expectations were checked by hand against raw/000_... and raw/004_...
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.blocks import Block
from pipeline.coverage import coverage_counts
from pipeline.models import Section, SectionId, Subsection
from pipeline.nlp import nlp
from pipeline.parsers import decision_rights, soft_skills, stakeholders, tech_stack, technical_skills, tools, vocabulary
from pipeline.parsers.decision_rights import AuthorityArea, area_authority
from pipeline.parsers.stakeholders import deciders_in, escalation_point, escalation_targets, looks_like_name
from pipeline.parsers.technical_skills import Importance, SkillDetailKind, SkillTier, split_importance
from pipeline.parsers.text import labelled_segments, paren_groups, split_title_detail, split_top_level
from pipeline.parsers.tools import Prevalence, column_roles, split_prevalence, split_tools
from pipeline.parsers.vocabulary import label_key, tools_by_segment, tools_in

ROOT = Path(__file__).resolve().parent.parent
MY_SECTIONS = ["technical_skills", "soft_skills", "tools", "tech_stack", "stakeholders", "decision_rights"]


# --------------------------------------------------------------------------
# helpers for synthetic sections
# --------------------------------------------------------------------------


def _item(text: str, depth: int = 0, number: int | None = None, marker: str = "-") -> Block:
    return Block.list_item(text, 0, len(text), depth, f"{number}." if number else marker, number)


def _para(text: str) -> Block:
    return Block.paragraph(text, 0, len(text))


def _section(
    section_id: SectionId, blocks: list[Block], subs: list[tuple[str | None, str, list[Block]]] = ()
) -> Section:
    return Section(
        id=section_id,
        number=None,
        title=section_id.value,
        blocks=blocks,
        subsections=[Subsection(key=key, title=title, blocks=b) for key, title, b in subs],
    )


# --------------------------------------------------------------------------
# every section: nothing unplaced, everything covered
# --------------------------------------------------------------------------


@pytest.mark.parametrize("section_id", MY_SECTIONS)
@pytest.mark.parametrize("seed", ["seed000", "seed004"])
def test_unparsed_empty_and_coverage(seed: str, section_id: str, request: pytest.FixtureRequest) -> None:
    extraction = request.getfixturevalue(seed)
    fields = getattr(extraction.blueprint.fields, section_id)
    assert fields is not None
    assert fields.unparsed == []
    (section,) = [s for s in extraction.blueprint.sections if s.id.value == section_id]
    blocks = list(section.blocks) + [b for sub in section.subsections for b in sub.blocks]
    covered, total, *_ = coverage_counts(blocks, fields.model_dump(mode="json"))
    assert total > 0
    assert covered / total >= 0.99


# --------------------------------------------------------------------------
# 8) Technical skills
# --------------------------------------------------------------------------


def _tier_counts(fields: technical_skills.TechnicalSkills) -> dict[str, int]:
    return dict(Counter(skill.tier.value for skill in fields.skills))


def test_technical_skills_tiers_000(seed000) -> None:
    fields = seed000.blueprint.fields.technical_skills
    assert _tier_counts(fields) == {"must_have": 6, "good_to_have": 6, "advanced": 5, "emerging": 4}
    assert [t.tier for t in fields.tiers] == [
        SkillTier.MUST_HAVE,
        SkillTier.GOOD_TO_HAVE,
        SkillTier.ADVANCED,
        SkillTier.EMERGING,
    ]
    assert [t.qualifier for t in fields.tiers] == [None, None, "not required initially, but valued", "next 2–5 years"]
    assert fields.intro[0].startswith("This role requires credible ML fundamentals")
    must = [s for s in fields.skills if s.tier == SkillTier.MUST_HAVE]
    assert [s.number for s in must] == [1, 2, 3, 4, 5, 6]


def test_technical_skill_details_000(seed000) -> None:
    skills = {s.name: s for s in seed000.blueprint.fields.technical_skills.skills}
    python = skills["Python for ML and data work"]
    assert python.importance == Importance.CRITICAL
    assert python.importance_note == "Critical"
    assert python.use == "training scripts, evaluation, feature pipelines, analysis notebooks."
    assert python.what_good_looks_like == "clean code, debugging, testing basics, packaging familiarity."
    assert [(d.label, d.kind) for d in python.details] == [
        ("Use", SkillDetailKind.USE),
        ("Expectations", SkillDetailKind.EXPECTATIONS),
    ]
    assert python.text == "Python for ML and data work (Critical)"
    assert python.tools == ["Python"]

    stats = skills["Statistics and experimentation basics"]
    assert stats.details[1].kind == SkillDetailKind.PRACTICAL
    assert skills["Machine learning fundamentals"].details[1].kind == SkillDetailKind.INCLUDES

    # A parenthetical that is not a rating stays in the name.
    distributed = skills["Distributed data processing (Spark / distributed SQL engines)"]
    assert distributed.importance == Importance.IMPORTANT
    assert "Spark" in distributed.tools
    assert skills["Version control (Git) and collaborative workflows"].tools == ["Git"]

    # Unlabelled detail lines are kept as notes.
    cloud = skills["Cloud ML workflows"]
    assert cloud.details[1].label is None and cloud.details[1].kind == SkillDetailKind.NOTE
    assert cloud.details[1].text == "Provider may vary (Azure/AWS/GCP)."
    assert cloud.tools == ["Azure", "AWS", "GCP"]
    assert skills["PyTorch or TensorFlow"].tools == ["PyTorch", "TensorFlow"]

    ranking = skills["Ranking/recommendation systems"]
    assert ranking.importance == Importance.OPTIONAL
    assert ranking.importance_levels == [Importance.OPTIONAL, Importance.IMPORTANT]
    assert ranking.importance_note == "Optional → Important if team domain"
    privacy = skills["Privacy-preserving ML concepts"]
    assert privacy.importance_levels == [Importance.OPTIONAL, Importance.CONTEXT_SPECIFIC]
    llmops = skills["LLMOps / GenAIOps fundamentals"]
    assert llmops.importance_note == "Optional; increasing demand"
    assert llmops.importance_levels == [Importance.OPTIONAL]


def test_technical_skills_tiers_004(seed004) -> None:
    fields = seed004.blueprint.fields.technical_skills
    assert _tier_counts(fields) == {"must_have": 7, "good_to_have": 5, "advanced": 4, "emerging": 4}
    assert fields.tiers[2].qualifier == "not required at hire; growth targets"
    assert fields.tiers[3].qualifier == "2–5 year view; still grounded in current practice"
    assert all(s.number is None for s in fields.skills)


def test_technical_skill_details_004(seed004) -> None:
    skills = {s.name: s for s in seed004.blueprint.fields.technical_skills.skills}
    python = skills["Python for ML/NLP"]
    assert python.use.startswith("data preprocessing, training scripts")
    assert (
        python.what_good_looks_like
        == "readable modules, reproducible results, basic testing for metrics and preprocessing."
    )
    hf = skills["Hugging Face ecosystem"]
    assert [d.kind for d in hf.details] == [SkillDetailKind.USE, SkillDetailKind.VALUE]
    assert hf.details[1].text == "accelerates iteration and standardizes experimentation."
    assert hf.tools == ["Hugging Face"]  # "transformers" in lower case is the concept, not the library
    pii = skills["Text data privacy and PII handling"]
    assert pii.importance == Importance.IMPORTANT and pii.importance_note == "Important in enterprise contexts"
    prompting = skills["Prompting and LLM application patterns"]
    assert prompting.importance_note == "Optional / Context-specific"
    assert prompting.importance_levels == [Importance.OPTIONAL, Importance.CONTEXT_SPECIFIC]
    assert skills["Optimization for inference"].tools == ["ONNX", "TensorRT"]
    assert skills["One major ML framework"].tools == ["PyTorch", "TensorFlow"]

    # Emerging tier written inline: "Name (Importance): description".
    emerging = [s for s in skills.values() if s.tier == SkillTier.EMERGING]
    assert [s.name for s in emerging] == [
        "Evaluation of LLM systems beyond single metrics",
        "Data-centric AI practices",
        "Agentic workflow evaluation",
        "Model governance automation",
    ]
    data_centric = skills["Data-centric AI practices"]
    assert data_centric.importance == Importance.IMPORTANT
    assert data_centric.details[0].kind == SkillDetailKind.DESCRIPTION
    assert data_centric.details[0].text.startswith("systematic dataset improvement loops")
    assert skills["Agentic workflow evaluation"].importance_levels == [Importance.OPTIONAL, Importance.CONTEXT_SPECIFIC]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python for ML (Critical)", ("Python for ML", "Critical", "")),
        ("Version control (Git) and workflows (Important)", ("Version control (Git) and workflows", "Important", "")),
        (
            "Spark (Databricks / EMR) (Optional; context-specific)",
            ("Spark (Databricks / EMR)", "Optional; context-specific", ""),
        ),
        ("Data-centric AI (Important): loops, data", ("Data-centric AI", "Important", ": loops, data")),
        # negatives: no rating in parentheses
        ("Version control (Git)", ("Version control (Git)", None, "")),
        ("Python for ML", ("Python for ML", None, "")),
        ("Time series (forecasting, causal) basics", ("Time series (forecasting, causal) basics", None, "")),
    ],
)
def test_split_importance(text: str, expected: tuple[str, str | None, str]) -> None:
    assert split_importance(text) == expected


@pytest.mark.parametrize(
    ("text", "head", "segments"),
    [
        (
            "Attention to detail – Why it matters: bugs – How it shows up: checks",
            "Attention to detail",
            [("Why it matters", "bugs"), ("How it shows up", "checks")],
        ),
        (
            "Python (Critical) – Use: scripts – Value: speed",
            "Python (Critical)",
            [("Use", "scripts"), ("Value", "speed")],
        ),
        # negatives: dashes that do not open a labelled segment stay in the text
        ("Communication – explaining tradeoffs", "Communication – explaining tradeoffs", []),
        ("Cloud (Azure – Note: varies)", "Cloud (Azure – Note: varies)", []),
        ("Plain text", "Plain text", []),
    ],
)
def test_labelled_segments(text: str, head: str, segments: list[tuple[str, str]]) -> None:
    assert labelled_segments(text) == (head, segments)


@pytest.mark.parametrize(
    ("label", "group", "key"),
    [
        ("Use", "skill_details", "use"),
        ("What good looks like", "skill_details", "what_good_looks_like"),
        ("Use (examples)", "skill_details", "use"),
        ("Why it matters", "soft_skill_details", "why_it_matters"),
        ("Nature", "stakeholder_details", "nature"),
        ("Vendors", "authority_areas", "vendor"),
        ("Product Manager", "stakeholder_details", None),
        ("Depth", "skill_details", None),
        (None, "skill_details", None),
    ],
)
def test_label_key(label: str | None, group: str, key: str | None) -> None:
    assert label_key(label, group) == key


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Use: PyTorch (common) or TensorFlow to train", ("PyTorch", "TensorFlow")),
        ("Hugging Face Transformers for fine-tuning", ("Hugging Face Transformers",)),
        ("Weights & Biases and MLflow", ("Weights & Biases", "MLflow")),
        ("Provider may vary (Azure/AWS/GCP).", ("Azure", "AWS", "GCP")),
        # negatives: ordinary words in lower case are not products
        ("understanding transformers and teams", ()),
        ("", ()),
    ],
)
def test_tools_in(text: str, found: tuple[str, ...]) -> None:
    assert tools_in(text) == found


def test_a_tool_name_with_a_hash_is_a_name_not_a_comment() -> None:
    # tools.txt lists "C#"; the skills reader once cut it at the '#' and found "C".
    assert tools_by_segment(["Backend services in C# and .NET"]) == [["C#", ".NET"]]


def test_tools_by_segment_keeps_each_text_apart() -> None:
    assert tools_by_segment(["Python and Git", "no tools here", "Docker"]) == [["Python", "Git"], [], ["Docker"]]
    assert tools_by_segment([]) == []


@pytest.mark.parametrize(
    "text",
    [
        "cannot use AWS; don't use Git",  # special cases split letters from letters
        "10km of K8s, 5TB on S3 and 2GB in EC2s",  # units split off after a digit
        "AWS's cloud, T-SQL, PL/SQL, C# and C++",
        "(PyTorch,TensorFlow) and node.js/Next.js or ASP.NET",
        "gonna use dbt with Amazon Web Services",
        "Amazon and web services",  # every word of a name, not the name
        "Ｐｙｔｈｏｎ and Pythön",  # not ASCII: left to spaCy
        "no tools here at all",
    ],
)
def test_the_tool_pre_check_never_skips_a_text_spacy_would_match(text: str) -> None:
    matcher, _ = vocabulary._tool_matcher()
    if matcher(nlp().make_doc(text)):
        assert vocabulary._may_name_a_tool(text)


def test_the_tool_pre_check_skips_texts_without_a_tool_word() -> None:
    assert not vocabulary._may_name_a_tool("Explaining tradeoffs to stakeholders")
    assert not vocabulary._may_name_a_tool("web services for clients")  # "Amazon Web Services" needs "amazon" too


def test_paren_groups() -> None:
    assert paren_groups("A (b (c)) d (e)") == [(2, 9, "b (c)"), (12, 15, "e")]
    assert paren_groups("no parentheses") == []


def test_technical_skills_flat_and_inline_layouts() -> None:
    """Detail lines at the skill's own depth, and details written inline after dashes."""
    section = _section(
        SectionId.TECHNICAL_SKILLS,
        [],
        [
            (
                "must_have",
                "Must-have skills",
                [
                    _item("Kubernetes operations (Critical)"),
                    _item("Use: cluster upgrades, autoscaling."),
                    _item("What good looks like: zero-downtime upgrades."),
                    _item("Terraform (Important) – Use: infrastructure as code – Value: repeatable environments"),
                ],
            ),
            (None, "Domain extras (nice to know)", [_item("Service mesh basics (Optional)")]),
        ],
    )
    fields = technical_skills.parse(section)
    assert fields.unparsed == []
    k8s, terraform, mesh = fields.skills
    assert k8s.name == "Kubernetes operations" and k8s.use == "cluster upgrades, autoscaling."
    assert k8s.what_good_looks_like == "zero-downtime upgrades."
    assert k8s.tools == ["Kubernetes"]
    assert terraform.name == "Terraform" and terraform.importance == Importance.IMPORTANT
    assert [(d.label, d.text) for d in terraform.details] == [
        ("Use", "infrastructure as code"),
        ("Value", "repeatable environments"),
    ]
    assert mesh.tier == SkillTier.OTHER
    assert fields.tiers[1].heading == "Domain extras (nice to know)" and fields.tiers[1].qualifier == "nice to know"


# --------------------------------------------------------------------------
# 9) Soft skills
# --------------------------------------------------------------------------


def test_soft_skills_000(seed000) -> None:
    fields = seed000.blueprint.fields.soft_skills
    assert len(fields.skills) == 8
    assert [s.number for s in fields.skills] == list(range(1, 9))
    first = fields.skills[0]
    assert first.name == "Structured problem framing"
    assert first.why_it_matters == "Prevents building models that optimize the wrong goal."
    assert first.how_it_shows_up == "Clarifies objectives, constraints, and success metrics before coding."
    assert first.strong_performance == "Produces crisp problem statements and gets stakeholder alignment early."
    assert [d.label for d in first.details] == ["Why it matters", "How it shows up", "Strong performance"]
    communication = fields.skills[2]
    assert communication.name == "Clear technical communication" and communication.note == "written and verbal"
    assert fields.skills[3].name == "Collaboration and “engineering empathy”"
    assert fields.intro[0].startswith("These capabilities are core differentiators")


def test_soft_skills_004(seed004) -> None:
    fields = seed004.blueprint.fields.soft_skills
    assert [s.name for s in fields.skills] == [
        "Scientific thinking and intellectual honesty",
        "Structured problem solving",
        "Attention to detail",
        "Communication and stakeholder clarity",
        "Collaboration and feedback receptiveness",
        "Prioritization and time management",
        "Responsible AI mindset",
    ]
    detail = fields.skills[2]
    assert detail.why_it_matters == "small preprocessing/evaluation bugs can invalidate weeks of work."
    assert (
        detail.how_it_shows_up == "checks splits, seeds, leakage, unit tests for metrics, careful dataset versioning."
    )
    assert detail.strong_performance == "consistently produces reliable results and catches issues early."
    assert all(s.why_it_matters and s.how_it_shows_up and s.strong_performance for s in fields.skills)
    assert fields.skills[0].text.startswith("Scientific thinking and intellectual honesty – Why it matters:")


def test_soft_skills_flat_labels_and_paragraphs() -> None:
    section = _section(
        SectionId.SOFT_SKILLS,
        [
            _para("Behaviours matter."),
            _item("Ownership"),
            _item("Why it matters: incidents need owners."),
            _item("Strong performance: closes loops."),
        ],
    )
    fields = soft_skills.parse(section)
    assert fields.intro == ["Behaviours matter."]
    (skill,) = fields.skills
    assert skill.name == "Ownership" and skill.why_it_matters == "incidents need owners."
    assert skill.how_it_shows_up is None and skill.strong_performance == "closes loops."


# --------------------------------------------------------------------------
# 10) Tools
# --------------------------------------------------------------------------


def _row(fields: tools.Tools, tool_text: str) -> tools.ToolRow:
    (row,) = [r for r in fields.rows if r.tool_text == tool_text]
    return row


def test_tools_000(seed000) -> None:
    fields = seed000.blueprint.fields.tools
    assert len(fields.rows) == 27
    assert fields.columns == [
        "Category",
        "Tool, platform, or software",
        "Primary use",
        "Common / Optional / Context-specific",
    ]
    assert fields.notes[0].startswith("Tooling varies by enterprise standardization.")
    azure = fields.rows[0]
    assert (azure.category, [t.name for t in azure.tools], azure.prevalence) == (
        "Cloud platforms",
        ["Azure"],
        Prevalence.CONTEXT_SPECIFIC,
    )
    assert azure.primary_use == "Managed compute, storage, ML services, identity integration"
    spark = _row(fields, "Spark (Databricks / EMR / Synapse etc.)")
    assert [(t.name, t.variants) for t in spark.tools] == [("Spark", ["Databricks", "EMR", "Synapse"])]
    assert spark.category == "Data or analytics" and spark.prevalence == Prevalence.COMMON
    tracking = _row(fields, "MLflow / Weights & Biases")
    assert [t.name for t in tracking.tools] == ["MLflow", "Weights & Biases"]
    assert tracking.prevalence == Prevalence.OPTIONAL and tracking.prevalence_qualifier == "one is common"
    assert tracking.prevalence_text == "Optional (one is common)"
    secrets = _row(fields, "Secrets manager (Key Vault / Secrets Manager)")
    assert [(t.name, t.variants) for t in secrets.tools] == [("Secrets manager", ["Key Vault", "Secrets Manager"])]
    pytest_row = _row(fields, "pytest")
    assert pytest_row.prevalence == Prevalence.OPTIONAL and pytest_row.prevalence_qualifier == "but recommended"
    rai = _row(fields, "Fairlearn / AIF360 (or internal tools)")
    assert rai.prevalence_levels == [Prevalence.OPTIONAL, Prevalence.CONTEXT_SPECIFIC]
    assert [(t.name, t.note) for t in rai.tools] == [("Fairlearn", None), ("AIF360", "or internal tools")]
    sql = _row(fields, "SQL (platform-specific)")
    assert [(t.name, t.variants, t.note) for t in sql.tools] == [("SQL", [], "platform-specific")]
    assert Counter(r.prevalence for r in fields.rows) == {
        Prevalence.COMMON: 12,
        Prevalence.CONTEXT_SPECIFIC: 9,
        Prevalence.OPTIONAL: 6,
    }


def test_tools_004(seed004) -> None:
    fields = seed004.blueprint.fields.tools
    assert len(fields.rows) == 33
    assert fields.columns == [
        "Category",
        "Tool / platform / software",
        "Primary use",
        "Common / Optional / Context-specific",
    ]
    clouds = _row(fields, "Azure / AWS / GCP")
    assert [t.name for t in clouds.tools] == ["Azure", "AWS", "GCP"]
    assert clouds.category == "Cloud platforms" and clouds.prevalence == Prevalence.COMMON
    git = _row(fields, "Git (GitHub/Azure Repos/GitLab)")
    assert [(t.name, t.variants) for t in git.tools] == [("Git", ["GitHub", "Azure Repos", "GitLab"])]
    rai = _row(fields, "Internal RAI tools; fairness libraries (e.g., Fairlearn)")
    assert [(t.name, t.variants) for t in rai.tools] == [
        ("Internal RAI tools", []),
        ("fairness libraries", ["Fairlearn"]),
    ]
    langchain = _row(fields, "LangChain / LlamaIndex")
    assert langchain.prevalence_levels == [Prevalence.OPTIONAL, Prevalence.CONTEXT_SPECIFIC]
    assert _row(fields, "Weights & Biases").tools[0].name == "Weights & Biases"
    assert Counter(r.prevalence for r in fields.rows) == {
        Prevalence.COMMON: 16,
        Prevalence.CONTEXT_SPECIFIC: 11,
        Prevalence.OPTIONAL: 6,
    }


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Azure / AWS / GCP", [("Azure", [], None), ("AWS", [], None), ("GCP", [], None)]),
        ("MLflow / Weights & Biases", [("MLflow", [], None), ("Weights & Biases", [], None)]),
        ("Spark (Databricks / EMR / Synapse etc.)", [("Spark", ["Databricks", "EMR", "Synapse"], None)]),
        ("Data lake (ADLS/S3/GCS)", [("Data lake", ["ADLS", "S3", "GCS"], None)]),
        ("GitHub/GitLab", [("GitHub", [], None), ("GitLab", [], None)]),
        # negatives: kept whole
        ("Docker", [("Docker", [], None)]),
        ("CI/CD pipelines", [("CI/CD pipelines", [], None)]),
        ("SQL (platform-specific)", [("SQL", [], "platform-specific")]),
    ],
)
def test_split_tools(cell: str, expected: list[tuple[str, list[str], str | None]]) -> None:
    assert [(t.name, t.variants, t.note) for t in split_tools(cell)] == expected


@pytest.mark.parametrize(
    "piece",
    [
        "Excel, e.g.",
        "Tableau etc.",
        "ETC",
        "such as Looker",
        "For Example\tdbt",
        "sparks etch",
        "ſuch as X",
        "E.G. Jira",
        " \t; Power\u00a0BI\u2003 ;.",
        "i.e.,Asana",
        "regex/etc)",
    ],
)
def test_strip_fillers_pre_check_keeps_the_pattern(piece: str) -> None:
    r"""The lower-case pre-check and the split-and-join give what the filler pattern and r"\s+" → " " give."""
    fillers, _ = tools._fillers()
    expected = re.sub(r"\s+", " ", fillers.sub(" ", piece)).strip(" ,;").rstrip(".").strip()
    assert tools._strip_fillers(piece) == expected


@pytest.mark.parametrize(
    ("cell", "levels", "qualifier"),
    [
        ("Common", [Prevalence.COMMON], None),
        ("Optional (one is common)", [Prevalence.OPTIONAL], "one is common"),
        ("Optional / Context-specific", [Prevalence.OPTIONAL, Prevalence.CONTEXT_SPECIFIC], None),
        ("Context-specific", [Prevalence.CONTEXT_SPECIFIC], None),
        ("Rare", [], None),
    ],
)
def test_split_prevalence(cell: str, levels: list[Prevalence], qualifier: str | None) -> None:
    assert split_prevalence(cell) == (levels, qualifier)


def test_column_roles() -> None:
    assert column_roles(
        ["Category", "Tool, platform, or software", "Primary use", "Common / Optional / Context-specific"]
    ) == [
        "category",
        "tool",
        "primary_use",
        "prevalence",
    ]
    assert column_roles(["Tool", "Category", "Purpose"]) == ["tool", "category", "primary_use"]
    # Unreadable headers: the family's usual order.
    assert column_roles(["A", "B", "C", "D"]) == ["category", "tool", "primary_use", "prevalence"]


def test_tools_unsplit_row_is_unparsed() -> None:
    table = Block.table(
        ["Category", "Tool", "Primary use", "Prevalence"], [["Cloud platforms Azure Compute Common", "", "", ""]], 0, 10
    )
    fields = tools.parse(_section(SectionId.TOOLS, [table]))
    assert fields.rows == [] and fields.unparsed == ["Cloud platforms Azure Compute Common"]


# --------------------------------------------------------------------------
# 11) Tech stack
# --------------------------------------------------------------------------

_ENV_KEYS = ["infrastructure", "application", "data", "security", "delivery_model", "sdlc", "scale", "team_topology"]


def test_tech_stack_000(seed000) -> None:
    fields = seed000.blueprint.fields.tech_stack
    assert [e.key.value for e in fields.environments] == _ENV_KEYS
    assert fields.environments[5].name == "Agile/SDLC context"
    infra = fields.environments[0]
    assert [i.text for i in infra.items] == [
        "Cloud-first, with controlled access to production datasets via enterprise identity and approvals.",
        "Managed compute options:",
        "Storage:",
        "Separation of dev/test/prod environments, with gated promotion for production artifacts.",
    ]
    assert infra.items[1].sub_items == [
        "CPU clusters for feature engineering",
        "GPU pools for deep learning (shared capacity, quota-managed)",
    ]
    data = fields.environments[2]
    assert [len(i.sub_items) for i in data.items] == [4, 3]
    security = fields.environments[3]
    assert security.items[1].label == "Privacy requirements"
    assert fields.intro == [
        "The Associate Applied Scientist typically operates inside a product-aligned ML pod "
        "or a platform-oriented applied science team."
    ]


def test_tech_stack_004_inline_items(seed004) -> None:
    fields = seed004.blueprint.fields.tech_stack
    assert [e.key.value for e in fields.environments] == [k for k in _ENV_KEYS if k != "sdlc"]
    infra = fields.environments[0]
    assert len(infra.items) == 3 and infra.items[0].text.startswith("Cloud-first environment using Azure/AWS/GCP")
    application = fields.environments[1]
    assert [i.text for i in application.items][1] == "Common deployment patterns:"
    assert application.items[1].sub_items == [
        "Central inference service for multiple products",
        "Feature-specific inference endpoints",
        "Batch scoring pipelines for indexing, enrichment, or analytics",
    ]
    topology = fields.environments[-1]
    assert len(topology.items) == 2
    assert topology.items[0].sub_items == [
        "ML Engineers for productionization",
        "Data Engineers for pipelines",
        "Product Engineering for feature integration",
    ]
    assert topology.items[1].label == "Typical squad" and topology.items[1].sub_items == []


def test_tech_stack_unknown_heading_and_lead_items() -> None:
    section = _section(
        SectionId.TECH_STACK,
        [_item("Linux everywhere")],
        [(None, "Observability stack", [_para("Prometheus and Grafana.")])],
    )
    fields = tech_stack.parse(section)
    assert fields.environments[0].key is None and fields.environments[0].name is None
    assert (
        fields.environments[1].name == "Observability stack"
        and fields.environments[1].items[0].text == "Prometheus and Grafana."
    )


# --------------------------------------------------------------------------
# 12) Stakeholders
# --------------------------------------------------------------------------


def test_stakeholders_000(seed000) -> None:
    fields = seed000.blueprint.fields.stakeholders
    assert [s.name for s in fields.internal] == [
        "Applied Science Manager / Senior Applied Scientist",
        "Product Manager",
        "Software Engineers",
        "ML Engineer / MLOps Engineer",
        "Data Engineers",
        "UX Research / Design",
        "Security / Privacy / Compliance / Legal",
        "Customer Support / Operations",
    ]
    assert [s.name for s in fields.external] == [
        "Enterprise customers / customer engineering",
        "Vendors / data providers",
    ]
    assert fields.external_qualifier == "when applicable"
    pm = fields.internal[1]
    assert pm.note == "PM"
    assert pm.nature == "defines product outcomes, helps prioritize, aligns on success metrics and guardrails."
    assert pm.escalation == "metric conflicts, tradeoffs between model performance and UX/business constraints."
    support = fields.internal[-1]
    assert support.note == "context-specific" and support.escalation is None
    assert support.nature == "feedback loops, edge cases, human-in-the-loop workflows."
    assert [(p.name, p.note) for p in fields.peer_roles] == [
        ("Associate Data Scientist", None),
        ("Associate ML Engineer", None),
        ("Software Engineer II", None),
        ("Data Analyst", None),
        ("Research Engineer", "org-dependent"),
    ]
    assert len(fields.upstream) == 4 and fields.upstream[2].note == "if used"
    assert len(fields.downstream) == 4 and fields.downstream[3].note == "model cards, risk notes"
    authority = fields.decision_making_authority
    assert authority.text == "Associate contributes recommendations; final decisions typically made by:"
    assert [(d.name, d.scope) for d in authority.deciders] == [
        ("Senior Applied Scientist/Manager", "methodology, ship readiness"),
        ("PM", "product tradeoffs"),
        ("Engineering lead", "system constraints"),
    ]
    assert fields.escalation_points[0].trigger == "Conflicting metric definitions or goal misalignment"
    assert all(e.escalate_to == [] and e.action is None for e in fields.escalation_points)
    assert len(fields.escalation_points) == 4


def test_stakeholders_004(seed004) -> None:
    fields = seed004.blueprint.fields.stakeholders
    assert len(fields.internal) == 7 and len(fields.external) == 2
    manager = fields.internal[0]
    assert (manager.name, manager.note) == ("Senior/Lead NLP Scientist / Applied Science Manager", "manager")
    assert manager.nature == "Sets direction, prioritization, review standards, and quality bars."
    assert manager.details[0].label is None
    assert [s.name for s in fields.external] == ["Vendors for labeling services", "Cloud/platform providers"]
    assert fields.external[1].nature == "Support for managed ML services, cost optimization, GPU capacity."
    assert fields.external_qualifier == "context-specific"
    assert [p.name for p in fields.peer_roles] == [
        "Associate Data Scientist",
        "Associate Applied Scientist",
        "ML Engineer I/II",
        "Data Analyst",
        "MLOps Engineer",
    ]
    assert (fields.nature_of_collaboration[0].label, fields.nature_of_collaboration[0].text) == (
        "Co-design",
        "PM + Scientist define success metrics and acceptance thresholds.",
    )
    assert [m.label for m in fields.nature_of_collaboration] == ["Co-design", "Co-build", "Co-validate"]
    deciders = fields.decision_making_authority.deciders
    assert [(d.name, d.scope) for d in deciders] == [
        ("seniors", "final trade-offs and ship/no-ship calls"),
        ("product owners", "final trade-offs and ship/no-ship calls"),
    ]
    first, second, third = fields.escalation_points
    assert first.trigger == "Data access blocked or unclear governance"
    assert first.escalate_to == ["manager", "data governance"]
    assert second.escalate_to == ["Responsible AI/Security"]
    assert second.action == "escalate to Responsible AI/Security immediately"
    assert third.escalate_to == [] and third.action == "escalate for evaluation redesign"
    assert fields.downstream[0].name == "Product features"


def test_stakeholder_pairing_without_details() -> None:
    """A name directly followed by another name is a stakeholder without lines, not a description."""
    section = _section(
        SectionId.STAKEHOLDERS,
        [],
        [
            (
                "internal",
                "Internal stakeholders",
                [
                    _item("Finance (budget owners)"),
                    _item("Security team"),
                    _item("Nature: threat models and reviews."),
                    _item("Platform team"),
                    _item("Owns the shared clusters and on-call rotations for the platform."),
                    _item("Product Manager (PM): defines outcomes"),
                ],
            )
        ],
    )
    fields = stakeholders.parse(section)
    assert [(s.name, s.note) for s in fields.internal] == [
        ("Finance", "budget owners"),
        ("Security team", None),
        ("Platform team", None),
        ("Product Manager", "PM"),
    ]
    assert fields.internal[0].nature is None
    assert fields.internal[1].nature == "threat models and reviews."
    assert fields.internal[2].nature.startswith("Owns the shared clusters")
    assert fields.internal[3].nature == "defines outcomes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Product Manager (PM)", True),
        ("Security / Privacy / Compliance / Legal (enterprise; context-specific intensity)", True),
        ("Sets direction, prioritization, review standards, and quality bars.", False),
        ("Nature: guidance on approach.", False),
        ("translate model prototypes to production services and advise on inference constraints", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        (
            "Data access blocked → escalate to manager + data governance.",
            "Data access blocked",
            ["manager", "data governance"],
        ),
        ("Outage -> escalate to on-call lead immediately", "Outage", ["on-call lead"]),
        ("Budget overrun: escalate to director and finance", "Budget overrun", ["director", "finance"]),
        # negatives: no arrow, no escalation wording
        (
            "Production regressions or incidents involving models",
            "Production regressions or incidents involving models",
            [],
        ),
    ],
)
def test_escalation_point(text: str, trigger: str, targets: list[str]) -> None:
    point = escalation_point(text)
    assert (point.trigger, point.escalate_to, point.text) == (trigger, targets, text)


def test_escalation_targets_negative() -> None:
    assert escalation_targets("escalate for evaluation redesign") == []
    assert escalation_targets("") == []


def test_deciders_in() -> None:
    assert [(d.name, d.scope) for d in deciders_in("Final calls are made by the PM and the tech lead.")] == [
        ("PM", None),
        ("tech lead", None),
    ]
    assert deciders_in("Associate recommends options backed by data.") == []


# --------------------------------------------------------------------------
# 13) Decision rights
# --------------------------------------------------------------------------


def test_decision_rights_000(seed000) -> None:
    fields = seed000.blueprint.fields.decision_rights
    assert len(fields.independent.decisions) == 4 and fields.independent.qualifier is None
    assert fields.team_approval.qualifier == "science + engineering + product as appropriate"
    assert len(fields.team_approval.decisions) == 4
    assert fields.manager_approval.qualifier == "or formal review boards"
    assert fields.manager_approval.decisions[-1].text == "Vendor/tool procurement commitments."
    assert len(fields.manager_approval.decisions) == 5
    assert (
        fields.budget.text
        == "No direct budget ownership; may influence compute spend via design choices; escalates quota needs."
    )
    assert fields.vendor.label == "Vendors" and fields.vendor.area == AuthorityArea.VENDOR
    assert fields.compliance.text == "Responsible for adhering to processes; not an approver."
    assert fields.other_areas == [] and fields.other == []
    assert fields.intro[0].startswith("Associate-level decision rights are meaningful but bounded")


def test_decision_rights_004(seed004) -> None:
    fields = seed004.blueprint.fields.decision_rights
    assert fields.independent.heading == "Decisions this role can make independently (within guardrails)"
    assert fields.independent.qualifier == "within guardrails"
    assert fields.team_approval.qualifier == "science/engineering peers"
    assert fields.manager_approval.qualifier is None
    assert [len(g.decisions) for g in (fields.independent, fields.team_approval, fields.manager_approval)] == [4, 4, 5]
    assert fields.hiring.text == "may support interviews as shadow panelist (optional)."
    assert fields.architecture.text == "contributes technical recommendations; does not own end-to-end architecture."
    assert fields.delivery.label == "Delivery"


@pytest.mark.parametrize(
    ("text", "area", "label"),
    [
        ("Budget: none", AuthorityArea.BUDGET, "Budget"),
        ("Vendor/tool selection: recommends only", AuthorityArea.VENDOR, "Vendor/tool selection"),
        ("People: mentors interns", AuthorityArea.HIRING, "People"),
        # negatives: unknown area keeps its label; unlabelled text stays whole
        ("Travel: books own trips", AuthorityArea.OTHER, "Travel"),
        ("No formal authority beyond own tasks.", AuthorityArea.OTHER, None),
    ],
)
def test_area_authority(text: str, area: AuthorityArea, label: str | None) -> None:
    authority = area_authority(text)
    assert (authority.area, authority.label) == (area, label)


def test_decision_rights_unknown_areas_and_headings() -> None:
    section = _section(
        SectionId.DECISION_RIGHTS,
        [_item("Loose item with no label")],
        [
            (
                "authority",
                "Budget, architecture, vendor, delivery, hiring, compliance authority",
                [
                    _item("Budget: none."),
                    _item("Budget: still none."),
                    _item("Travel: own trips."),
                ],
            ),
            (None, "Decisions during incidents", [_item("Roll back a release.")]),
        ],
    )
    fields = decision_rights.parse(section)
    assert fields.budget.text == "none."
    assert [(a.area, a.label, a.text) for a in fields.other_areas] == [
        (AuthorityArea.BUDGET, "Budget", "still none."),
        (AuthorityArea.OTHER, "Travel", "own trips."),
    ]
    assert fields.other[0].heading == "Decisions during incidents"
    assert fields.unparsed == ["Loose item with no label"]


# --------------------------------------------------------------------------
# Other renderings of the seeds give the same typed fields
# --------------------------------------------------------------------------

_SYNTHETIC = ROOT / "raw" / "synthetic"
_RENDERINGS = [
    ("seed000", "000_de98393afd8030e6.synthetic.md"),
    ("seed000", "000_de98393afd8030e6.synthetic.html"),
    ("seed004", "004_c6037ac0a712d293.synthetic.md"),
    ("seed004", "004_c6037ac0a712d293.synthetic.html"),
]


@pytest.mark.parametrize(("seed", "name"), _RENDERINGS)
def test_renderings_parse_like_the_text_seed(seed: str, name: str, request: pytest.FixtureRequest) -> None:
    path = _SYNTHETIC / name
    if not path.is_file():
        pytest.skip(f"{name} is not in raw/synthetic")
    (rendered,) = extract(path, name=f"synthetic/{name}")
    text_seed = request.getfixturevalue(seed)
    for section_id in MY_SECTIONS:
        assert rendered.document["fields"][section_id] == text_seed.document["fields"][section_id], section_id


# --- the shared splitters' fast paths give what the full scans give ---------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("a, b; c", ["a", "b", "c"]),
        ("a) b, c", ["a) b", "c"]),  # a stray closing bracket opens nothing
        ("a ] b; c", ["a ] b", "c"]),
        ("(a, b), c", ["(a, b)", "c"]),
        ("cost per 1,000 queries, uptime", ["cost per 1,000 queries", "uptime"]),
        ("up 1,000,000, down", ["up 1,000,000", "down"]),
        ("1,0000, x", ["1", "0000", "x"]),  # four digits after the comma: no thousands separator
    ],
)
def test_split_top_level_with_and_without_brackets(text: str, parts: list[str]) -> None:
    assert split_top_level(text, ",;") == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("early-career work—especially", ("early-career work—especially", None)),  # dashes, none spaced
        ("a -b", ("a -b", None)),
        ("a- b", ("a- b", None)),
        ("Title\u00a0– detail", ("Title", "detail")),
        ("Title\t-\tdetail", ("Title", "detail")),
        ("x (a - b) - y", ("x (a - b)", "y")),
    ],
)
def test_split_title_detail_finds_only_spaced_dashes(text: str, expected: tuple[str, str | None]) -> None:
    assert split_title_detail(text) == expected
