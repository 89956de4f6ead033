"""Round 70: the tools a technical skill names, lost on several unseen pages of the round.

A page tool closing a skill's line ("... with Postman, REST Assured, or Pact" over the next detail line, one a line
in the skill's text) was read as the first word of a capitalised phrase with the next line's opening word, and
dropped; the gazetteer lacked QuickSight and the chaos engineering tools ("tools such as Gremlin or Chaos Mesh");
a tools table's product spelled out ("IFS Planning and Scheduling Optimization") was not found where a skill
abbreviates it by its maker and initials ("IFS PSO").

Every snippet is synthetic: made-up products for the rules, and small excerpts in the layouts of the round's pages
(a skills table, "Use:" lines under bold skill names, a plain-text tools table), none of those pages copied.
"""

from __future__ import annotations

from pipeline.blocks import Block
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import technical_skills
from pipeline.parsers.technical_skills import _initialised_names, _joined_to_tool
from tests.snippets import html_fields, skill_tools, use_line_skill_tools


def _skills_with_lines(name: str, *details: str, table: tuple[str, ...] = ()) -> list[str]:
    """The tools of one skill whose detail lines are ``details`` (labelled), read against a tools table."""
    blocks = [Block.list_item(name, 0, len(name), 0, "-", None)]
    blocks += [Block.list_item(text, 0, len(text), 1, "-", None) for text in details]
    sub = Subsection(key="must_have", title="Must-have technical skills", blocks=blocks)
    section = Section(id=SectionId.TECHNICAL_SKILLS, number=None, title="Skills", blocks=[], subsections=[sub])
    skills = technical_skills.with_page_tools(technical_skills.parse(section), table)
    (skill,) = skills.skills
    return skill.tools


# --- the rules, on synthetic input ---------------------------------------------------------------------------


def test_synthetic_page_tool_closing_a_line_before_a_capitalised_line():
    tools = _skills_with_lines(
        "Interface testing (Important)",
        "Use: checking service contracts with Postman, or Quillwork",
        "What good looks like: Broken contracts caught before release",
        table=("Postman", "Quillwork"),
    )
    assert tools == ["Postman", "Quillwork"]


def test_synthetic_page_tool_before_a_capitalised_word_on_its_line_is_still_a_phrase():
    tools = _skills_with_lines(
        "Planning (Important)",
        "Use: Quillwork Algebra drills and Postman checks",
        "What good looks like: Plans kept",
        table=("Postman", "Quillwork"),
    )
    assert tools == ["Postman"]  # "Quillwork Algebra" is a phrase of its own on the line


def test_synthetic_joined_word_closing_a_line():
    assert _joined_to_tool("with Postman, or Quillwork\nBroken contracts", "Quillwork", ("Postman",))
    assert not _joined_to_tool("with Postman, or Quillwork Algebra", "Quillwork", ("Postman",))


def test_synthetic_maker_product_spelled_out_is_found_by_its_initials():
    assert _initialised_names(
        [
            "Zentra Route and Crew Planning",
            "Zentra Dynamics 365 Field Service",  # a digit: no initials
            "Zentra mobile app",  # a lower-case kind: none
            "Fleetwise",
        ]
    ) == ["Zentra RCP"]
    tools = use_line_skill_tools(
        ("Route optimization", "tuning engines (Fleetwise Optimizer, Zentra RCP) for travel and skills."),
        ("Crew apps", "rolling out the Zentra app to crews."),
        table=("Fleetwise Optimizer", "Zentra Route and Crew Planning", "Zentra Cloud"),
    )
    assert tools["Route optimization"] == ["Fleetwise Optimizer", "Zentra RCP"]
    assert tools["Crew apps"] == []


def test_synthetic_gazetteer_bi_and_chaos_tools():
    tools = use_line_skill_tools(
        ("Dashboards", "Power BI, Tableau, Looker or QuickSight dashboards for executives."),
        ("Resilience testing", "fault injection with tools such as Gremlin or Chaos Mesh."),
    )
    assert tools["Dashboards"] == ["Power BI", "Tableau", "Looker", "QuickSight"]
    assert tools["Resilience testing"] == ["Gremlin", "Chaos Mesh"]


# --- excerpts in the layouts of the round's pages ----------------------------------------------------------------

_SKILLS_TABLE = (
    "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3>"
    "<table><thead><tr><th>Skill</th><th>Importance</th><th>Use</th><th>What good looks like</th></tr></thead>"
    "<tbody>"
    "<tr><td>API and contract testing</td><td>Important</td>"
    "<td>Validating service interfaces with Postman, REST Assured, or Pact</td>"
    "<td>Breaking interface changes caught before integration</td></tr>"
    "<tr><td>Chaos and resilience testing</td><td>Context-specific</td>"
    "<td>Fault injection with tools such as Gremlin or Chaos Mesh</td>"
    "<td>Failure modes rehearsed before production</td></tr>"
    "</tbody></table>"
    "<h2>10) Tools, Platforms, and Software</h2>"
    "<table><thead><tr><th>Category</th><th>Tool / platform</th><th>Primary use</th>"
    "<th>Common / Optional / Context-specific</th></tr></thead><tbody>"
    "<tr><td>API testing</td><td>Postman / Newman</td><td>API checks</td><td>Common</td></tr>"
    "<tr><td>API testing</td><td>REST Assured</td><td>Java API suites</td><td>Optional</td></tr>"
    "<tr><td>Contract testing</td><td>Pact</td><td>Consumer-driven contracts</td><td>Context-specific</td></tr>"
    "</tbody></table>"
)


def test_excerpt_skills_table_keeps_the_last_tool_of_a_cell():
    fields = html_fields(_SKILLS_TABLE, role="Quality Engineering Manager")
    assert skill_tools(fields, "API and contract testing") == ["Postman", "REST Assured", "Pact"]
    assert skill_tools(fields, "Chaos and resilience testing") == ["Gremlin", "Chaos Mesh"]
    skills = fields["technical_skills"]["skills"]
    assert [(s["tier"], s["importance"]) for s in skills] == [
        ("must_have", "important"),
        ("must_have", "context_specific"),
    ]
    assert [tool["name"] for row in fields["tools"]["rows"] for tool in row["tools"]] == [
        "Postman",
        "Newman",
        "REST Assured",
        "Pact",
    ]


_USE_LINES = (
    "<h2>8) Technical Skills Required</h2><h3>Good-to-have technical skills</h3><ul>"
    "<li><strong>BI and dashboard design (Important)</strong><br>&#8211; Use: Power BI, Tableau, Looker or "
    "QuickSight dashboards for different audiences.<br>&#8211; Why: adoption depends on clear views.</li>"
    "<li><strong>Schedule optimization tool configuration (Optional)</strong><br>&#8211; Use: tuning optimization "
    "engines (Salesforce Field Service Optimizer, IFS PSO) for travel, skills and SLA weighting.<br>&#8211; Value: "
    "large territories gain travel savings.</li>"
    "</ul>"
    "<h2>10) Tools, Platforms, and Software</h2>"
    "<table><thead><tr><th>Category</th><th>Tool, platform, or software</th><th>Primary use</th>"
    "<th>Common / Optional / Context-specific</th></tr></thead><tbody>"
    "<tr><td>BI</td><td>Power BI / Tableau / Looker</td><td>Dashboards</td><td>Common</td></tr>"
    "<tr><td>Scheduling optimization</td><td>Salesforce Field Service Optimizer / IFS Planning and Scheduling "
    "Optimization</td><td>Automated scheduling</td><td>Context-specific</td></tr>"
    "</tbody></table>"
)


def test_excerpt_use_lines_name_gazetteer_and_initialised_tools():
    fields = html_fields(_USE_LINES, role="Operations Lead")
    assert skill_tools(fields, "BI and dashboard design") == ["Power BI", "Tableau", "Looker", "QuickSight"]
    assert skill_tools(fields, "Schedule optimization tool configuration") == [
        "Salesforce Field Service Optimizer",
        "IFS PSO",
    ]
    skills = fields["technical_skills"]["skills"]
    assert [(s["tier"], s["importance"]) for s in skills] == [
        ("good_to_have", "important"),
        ("good_to_have", "optional"),
    ]
    assert len(fields["tools"]["rows"]) == 2


def test_excerpt_a_jvm_language_names_no_tool():
    # A runtime named as a class of languages ("a JVM language") is no tool the skill uses: left as it was.
    tools = use_line_skill_tools(("Software engineering in Python and a JVM language", "platform services."))
    assert tools["Software engineering in Python and a JVM language"] == ["Python"]
