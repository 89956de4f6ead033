"""Round 57: the tools of a full-stack page's skills (fullstack-developer-wpbakery, OceanWP + WPBakery HTML).

The skill "Prisma ORM (Important)" got the tools ['SQL']: the gazetteer lacked Prisma (it knew "Prisma Cloud" only),
and the page's tools table could not supply it, "Prisma ORM" being a capitalised phrase. Nor did it know the other
Node.js ORMs (TypeORM, Sequelize, Drizzle) or NestJS. 'SQL' comes from the skill's "What good looks like" line
("Knows when to drop to raw SQL ... reviews generated SQL"): a skill's tools are read from its name and every
detail line, and a language the line says the performer writes is kept (the corpus' one other such tool read off
that line, Helm of "writes clean manifests and Helm charts", is right). The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import unseen_document, use_line_skill_tools

from pipeline.parsers.vocabulary import tools_in

PAGE = "fullstack-developer-wpbakery.synthetic.html"


def _page_skill_tools() -> dict[str, list[str]]:
    return {skill["name"]: skill["tools"] for skill in unseen_document(PAGE)["fields"]["technical_skills"]["skills"]}


# --- synthetic snippets ---------------------------------------------------------------------------


def test_synthetic_an_orm_named_by_its_product_and_kind_is_a_tool() -> None:
    assert use_line_skill_tools(("Prisma ORM (Important)", "schema modelling, migrations, type-safe queries.")) == {
        "Prisma ORM": ["Prisma"]
    }


def test_synthetic_node_orms_listed_in_brackets_are_tools() -> None:
    skill = ("Data access (TypeORM, Sequelize, or Drizzle) (Important)", "entities and migrations.")
    tools = use_line_skill_tools(skill)
    assert tools == {"Data access (TypeORM, Sequelize, or Drizzle)": ["TypeORM", "Sequelize", "Drizzle"]}


def test_synthetic_nestjs_anchors_its_bracket_list_without_a_tools_table() -> None:
    skill = ("Node.js API development (Express / NestJS) (Critical)", "middleware, validation.")
    (tools,) = use_line_skill_tools(skill).values()
    assert sorted(tools) == ["Express", "NestJS", "Node.js"]


def test_synthetic_ordinary_words_in_lower_case_name_no_orm() -> None:
    skill = ("Express concerns early (Important)", "a drizzle of small changes; a prisma of views.")
    assert use_line_skill_tools(skill) == {"Express concerns early": []}


def test_synthetic_palo_alto_products_keep_their_whole_names() -> None:
    assert tools_in("Zero-trust remote access with Prisma Access and Zscaler") == ("Prisma Access",)
    assert tools_in("Posture findings in Prisma Cloud") == ("Prisma Cloud",)


# --- the page -------------------------------------------------------------------------------------


def test_page_prisma_skill_names_prisma_and_the_sql_it_writes() -> None:
    assert _page_skill_tools()["Prisma ORM"] == ["Prisma", "SQL"]


def test_page_other_skills_tools_unchanged() -> None:
    tools = _page_skill_tools()
    assert len(tools) == 18
    # REST is an API style, no tool (round 62)
    assert tools["Node.js API development (Express / NestJS)"] == ["Node.js", "Express", "NestJS"]
    assert tools["SQL and PostgreSQL"] == ["SQL", "PostgreSQL"]
    assert tools["Automated testing (Jest / Playwright)"] == ["Jest", "Playwright"]
    assert tools["AWS fundamentals (ECS, RDS, S3)"] == ["AWS", "ECS", "RDS", "S3", "Postgres"]
    assert tools["Application security"] == []


def test_page_tools_table_lists_prisma_as_one_tool() -> None:
    rows = unseen_document(PAGE)["fields"]["tools"]["rows"]
    assert len(rows) == 18
    (row,) = [row for row in rows if row["tool_text"] == "Prisma"]
    assert [tool["name"] for tool in row["tools"]] == ["Prisma"]
