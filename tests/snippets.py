"""Minimal blueprint pages around a few sections, for tests that check one rule on a snippet.

A page needs a title and three canonical sections to be read as a blueprint (extraction._MIN_SECTIONS):
these builders give it a role summary and a role mission before the sections under test.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pipeline import extract
from pipeline.blocks import Block
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import technical_skills

UNSEEN = Path(__file__).resolve().parent / "unseen"

_HTML = (
    "<h1>{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    "<h2>1) Role Summary</h2><p>The {role} does this work for the business with several teams.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team that depends on it.</p>"
    "{body}"
)


def html_page(body: str, role: str = "Test Role") -> bytes:
    """An HTML blueprint page: title, sections 1 and 2, then ``body`` (more <h2>N) ...</h2> sections)."""
    return _HTML.format(role=role, body=body).encode("utf-8")


def html_fields(body: str, role: str = "Test Role") -> dict[str, Any]:
    """The typed fields of html_page(body)."""
    (extraction,) = extract(html_page(body, role), name="snippet.html")
    return extraction.document["fields"]


@cache
def unseen_document(name: str) -> dict[str, Any]:
    """The document of the hand-written page tests/unseen/``name``, extracted once per test process (shared: do
    not change it)."""
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


def all_strings(value: object) -> list[str]:
    """Every string a document (or any part of it) holds, at any depth: where a test looks for noise or markup
    left in a field (a row's cells are lists, so a search of the JSON text would find "[[" in no wiki link)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in all_strings(item)] if isinstance(value, list) else []


def use_line_skill_tools(
    *lines: tuple[str, str], tier: str = "good_to_have", table: tuple[str, ...] = ()
) -> dict[str, list[str]]:
    """Each technical skill's tools, the skills given as (name line, Use line) under one tier, read again against
    the names of the page's tools table when ``table`` gives them."""
    blocks = [
        Block.list_item(text, 0, len(text), depth, "-", None)
        for name, use in lines
        for text, depth in ((name, 0), (f"Use: {use}", 1))
    ]
    sub = Subsection(key=tier, title="Technical skills", blocks=blocks)
    section = Section(id=SectionId.TECHNICAL_SKILLS, number=None, title="Skills", blocks=[], subsections=[sub])
    skills = technical_skills.parse(section)
    if table:
        skills = technical_skills.with_page_tools(skills, table)
    return {skill.name: skill.tools for skill in skills.skills}


def row_tools(fields: dict[str, Any], tool_text: str) -> list[tuple[str, list[str], str | None]]:
    """(name, variants, note) of each tool of the tools row whose tool cell reads ``tool_text``."""
    (row,) = [row for row in fields["tools"]["rows"] if row["tool_text"] == tool_text]
    return [(tool["name"], tool["variants"], tool["note"]) for tool in row["tools"]]


def skill_tools(fields: dict[str, Any], name: str) -> list[str]:
    """The tools of the technical skill named ``name``."""
    (skill,) = [skill for skill in fields["technical_skills"]["skills"] if skill["name"] == name]
    return skill["tools"]


def hiring_exercises(items: list[str], role: str = "Test Role") -> list[dict[str, Any]]:
    """The hiring exercises read from a markdown page whose "Practical exercises" list holds ``items``."""
    body = (
        f"# {role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        f"## 1. Role Summary\n\nThe {role} does this work for the business with several teams.\n\n"
        "## 19. Hiring Evaluation Criteria\n\n### Practical exercises or case studies\n\n"
        + "".join(f"* {item}\n" for item in items)
        + "\n### Red flags\n\n* Blames others.\n"
    )
    (extraction,) = extract(body.encode(), name="synthetic.md")
    return extraction.document["fields"]["hiring"]["exercises"]


# A compact text page with an ad label line ({label}) after a list in two sections, for tests that check the
# label is read as noise in .txt and .md, not as one more item.
AD_LABEL_TEXT_PAGE = """Test Role: Role Blueprint

1) Role Summary
The Test Role does this work for the business with several teams.

2) Role Mission
Core mission: make the work reliable for every team that depends on it.
Primary business outcomes:
- Pipelines are fresh every morning.
- Finance trusts the revenue mart.
{label}

8) Technical Skills
Must-have:
- Advanced SQL
- Python for data engineering
{label}
Emerging:
- dbt
"""


# The seeds' lost-border table headers (seed 000), for tests that cut synthetic rows of their tables.
KPI_HEADER = "Metric name What it measures Why it matters Example target/benchmark Frequency"
TOOLS_HEADER = "Category Tool, platform, or software Primary use Common / Optional / Context-specific"


def split_lost_border(header: str, lines: list[str]) -> list[list[str]]:
    """The cells of ``lines``, rows of a table whose borders were lost, under the known ``header``."""
    from pipeline.tables import match_lost_border_header, split_lost_border_rows

    table = match_lost_border_header(header)
    assert table is not None
    return split_lost_border_rows(table, lines)
