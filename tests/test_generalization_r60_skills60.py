"""Round 60 (skills): a skill's "Why:" line and the tools its text names, on four pages of different sources.

business-analyst-rest-gutenberg (a WP REST post of Gutenberg blocks) writes "Use:" and "Why:" under most skills and
"What good looks like:" under few: the Why line stayed in details[] only, so 11 of 17 skills had
what_good_looks_like null and the Why line in no field. Schema 2.2.0 gives it a field of its own, `why`: filling
what_good_looks_like with it would call a reason ("Security review is a common late-stage blocker") a bar. it-asset-manager-seed000 (seed 000's plain text) had "SaaS" as a tool of three skills: a tools-table
name cut as "Flexera SaaS" gave "SaaS" as a distinctive part of it, though it is a deployment word (tables.json
tool_editions); and "Oracle and IBM licensing" lost IBM, which the gazetteer lacked. postgres-dba-singlefile (HTML)
took "SCRAM" from "(pgAudit, row-level security, SCRAM)" for a product, and its tuning skill named pg_stat_statements,
unknown to the gazetteer. systems-analyst-wp-kadence (HTML) named MuleSoft, BizTalk, Azure Integration Services and
Celonis, all unknown, so the middleware skill gave only "Azure". The pages are frozen in tests/unseen (keys in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, skill_tools, unseen_document, use_line_skill_tools

from pipeline.blocks import Block
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import technical_skills
from pipeline.parsers.vocabulary import tools_in

BA = "business-analyst-rest-gutenberg.synthetic.json"
ITAM = "it-asset-manager-seed000.synthetic.txt"
PG = "postgres-dba-singlefile.synthetic.html"
KADENCE = "systems-analyst-wp-kadence.synthetic.html"


def _skills(*skills: tuple[str, list[str]]) -> list[technical_skills.TechnicalSkill]:
    """The skills of one must-have tier, each given as its name line and its detail lines, nested under it."""
    blocks = [
        Block.list_item(text, 0, len(text), depth, "-", None)
        for name, details in skills
        for text, depth in ((name, 0), *((detail, 1) for detail in details))
    ]
    sub = Subsection(key="must_have", title="Must-have technical skills", blocks=blocks)
    section = Section(id=SectionId.TECHNICAL_SKILLS, number=None, title="Skills", blocks=[], subsections=[sub])
    return technical_skills.parse(section).skills


# --- synthetic: the Why line ----------------------------------------------------------------------


def test_synthetic_why_line_fills_why_and_leaves_the_bar_unwritten() -> None:
    skills = _skills(
        ("SQL (Critical)", ["Use: reconciling ERP extracts.", "Why: evidence beats opinion."]),
        ("Power BI (Optional)", ["Use: mock-ups.", "Why it matters: speeds agreement on reports."]),
        ("Excel (Important)", ["Use: fit-gap lists."]),
    )
    assert [(s.name, s.use, s.why, s.what_good_looks_like) for s in skills] == [
        ("SQL", "reconciling ERP extracts.", "evidence beats opinion.", None),
        ("Power BI", "mock-ups.", "speeds agreement on reports.", None),
        ("Excel", "fit-gap lists.", None, None),
    ]
    assert [d.kind for d in skills[0].details] == ["use", "why"]  # the line stays in details too


def test_synthetic_a_written_bar_and_the_why_line_each_keep_their_field() -> None:
    skills = _skills(
        ("BPMN (Critical)", ["Why: a shared language.", "What good looks like: models owners sign."]),
        ("UAT (Important)", ["Why: closes the loop.", "Expectations: scripts cover negative paths."]),
    )
    assert [s.what_good_looks_like for s in skills] == ["models owners sign.", "scripts cover negative paths."]
    assert [s.why for s in skills] == ["a shared language.", "closes the loop."]


# --- synthetic: the tools a skill names -------------------------------------------------------------


def test_synthetic_integration_mining_and_postgres_names_are_tools() -> None:
    assert tools_in("message queues, Azure Integration Services, MuleSoft or BizTalk flows.") == (
        "Azure Integration Services",
        "MuleSoft",
        "BizTalk",
    )
    assert tools_in("Process mining (Celonis, Power Automate Process Mining)") == ("Celonis", "Power Automate")
    assert tools_in("EXPLAIN plans, pg_stat_statements, indexing strategy.") == ("pg_stat_statements",)
    assert tools_in("Oracle and IBM licensing") == ("Oracle", "IBM")


def test_synthetic_a_deployment_word_of_a_table_name_is_no_tool() -> None:
    # "Flexera SaaS" (a table cell cut short) made "SaaS" a distinctive part of a product name.
    tools = use_line_skill_tools(
        ("SaaS management (Important)", "finding SaaS subscriptions through identity and Zylo data."),
        ("FinOps (Important)", "total spend across on-premises, SaaS, and cloud."),
        table=("Zylo", "Productiv", "Flexera SaaS"),
    )
    assert tools == {"SaaS management": ["Zylo"], "FinOps": []}


def test_synthetic_an_acronym_beside_a_practice_in_a_name_list_is_no_product() -> None:
    tools = use_line_skill_tools(
        ("Security hardening (pgAudit, row-level security, SCRAM) (Important)", "audit trails."),
        ("Database DevOps (Flyway, Liquibase, SSDT) (Important)", "migrations as code."),
        table=("pgAudit", "Flyway", "Liquibase"),
    )
    # A list of products alone keeps its acronym: SSDT is a product.
    assert tools == {
        "Security hardening (pgAudit, row-level security, SCRAM)": ["pgAudit"],
        "Database DevOps (Flyway, Liquibase, SSDT)": ["Flyway", "Liquibase", "SSDT"],
    }


# --- the pages ------------------------------------------------------------------------------------


def test_page_ba_every_skill_has_its_why_line_in_why() -> None:
    skills = unseen_document(BA)["fields"]["technical_skills"]["skills"]
    assert len(skills) == 17
    # Each skill writes a bar or a reason: 3 bars, 14 Why lines, none lost.
    assert all(bool(skill["why"]) != bool(skill["what_good_looks_like"]) for skill in skills)
    why = {skill["name"]: skill["why"] for skill in skills}
    bar = {skill["name"]: skill["what_good_looks_like"] for skill in skills}
    assert why["SQL for data analysis"] == "evidence beats opinion in requirement debates."
    assert bar["SQL for data analysis"] is None
    assert bar["Process modelling (BPMN 2.0)"] == "models process owners recognise and sign."  # its own bar
    assert (sum(1 for text in bar.values() if text), sum(1 for text in why.values() if text)) == (3, 14)


def test_page_itam_skills_name_no_saas_and_keep_ibm() -> None:
    document = unseen_document(ITAM)
    fields = document["fields"]
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 18
    assert not any("SaaS" in skill["tools"] for skill in skills)
    assert skill_tools(fields, "SaaS management and SSO-based discovery") == []
    assert skill_tools(fields, "FinOps and cloud cost governance") == []
    assert skill_tools(fields, "Oracle and IBM licensing") == ["Oracle", "IBM"]
    assert skill_tools(fields, "Discovery and inventory tools") == ["Intune", "Lansweeper", "SCCM", "MECM"]
    assert not any("Dental" in text or "Orthopedic" in text for text in all_strings(document))


def test_page_postgres_skills_name_pg_stat_statements_not_scram() -> None:
    fields = unseen_document(PG)["fields"]
    assert len(fields["technical_skills"]["skills"]) == 22
    assert skill_tools(fields, "Query performance tuning") == ["pg_stat_statements"]
    assert skill_tools(fields, "Security hardening (pgAudit, row-level security, SCRAM)") == ["pgAudit"]
    assert skill_tools(fields, "Backup and recovery with pgBackRest") == ["pgBackRest"]


def test_page_kadence_middleware_and_mining_skills_name_their_products() -> None:
    fields = unseen_document(KADENCE)["fields"]
    assert skill_tools(fields, "Enterprise integration patterns and middleware") == [
        "Azure Integration Services",
        "MuleSoft",
        "BizTalk",
    ]
    assert skill_tools(fields, "Process mining (Celonis, Power Automate Process Mining)") == [
        "Celonis",
        "Power Automate",
    ]
    assert skill_tools(fields, "SQL querying and data analysis") == ["SQL", "SQL Server", "Oracle"]
