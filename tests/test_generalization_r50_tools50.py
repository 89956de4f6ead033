"""Round 50: tool names a tool cell or a skill writes short.

it-project-coordinator-seed004 has the skill "MS Project or Smartsheet" (the gazetteer knew only "Microsoft
Project", so Smartsheet alone was found), the tool cell "ServiceNow PPM / SPM" (a bare 'SPM', and the skill of that
name had a bare 'ServiceNow' besides) and "Zephyr / Xray for Jira" ('for Jira' went to Xray alone).
frontend-engineer-seed000 has "Jest / Vitest + Testing Library" (one tool 'Vitest + Testing Library'). The pages are
frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.parsers.tools import split_tools

UNSEEN = Path(__file__).resolve().parent / "unseen"
COORDINATOR = "it-project-coordinator-seed004.synthetic.txt"
FRONTEND = "frontend-engineer-seed000.synthetic.txt"


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    found = {}
    for name in (COORDINATOR, FRONTEND):
        (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
        found[name] = extraction.document
    return found


def _names(cell: str) -> list[str]:
    return [tool.name for tool in split_tools(cell)]


def _row_tools(fields: dict, tool_text: str) -> list[str]:
    (row,) = [row for row in fields["tools"]["rows"] if row["tool_text"] == tool_text]
    return [tool["name"] for tool in row["tools"]]


def _skill_tools(fields: dict, name: str) -> list[str]:
    (skill,) = [skill for skill in fields["technical_skills"]["skills"] if skill["name"] == name]
    return skill["tools"]


# --- synthetic cells ------------------------------------------------------------------------------


def test_synthetic_a_vendors_module_acronyms_each_take_the_vendor() -> None:
    assert _names("ServiceNow PPM / SPM") == ["ServiceNow PPM", "ServiceNow SPM"]
    assert _names("SolarWinds NPM / NTA") == ["SolarWinds NPM", "SolarWinds NTA"]
    # an acronym the gazetteer knows alone is a product of its own; so are a product's words after a vendor
    assert _names("Oracle EBS / SAP") == ["Oracle EBS", "SAP"]
    assert _names("Azure DevOps / GitHub") == ["Azure DevOps", "GitHub"]


def test_synthetic_a_platform_after_a_run_of_add_ons_is_each_ones() -> None:
    assert _names("Zephyr / Xray for Jira") == ["Zephyr for Jira", "Xray for Jira"]
    assert _names("Tempo / Xray for Jira") == ["Tempo for Jira", "Xray for Jira"]
    # a product's own 'for' (no known platform, or a name of several words), and a comma list, stay as written
    assert _names("Google Business Profile / Yelp for Business") == ["Google Business Profile", "Yelp for Business"]
    assert _names("Proofpoint / Microsoft Defender for Office 365") == [
        "Proofpoint",
        "Microsoft Defender for Office 365",
    ]
    assert _names("Wiz / Prisma Cloud / Defender for Cloud") == ["Wiz", "Prisma Cloud", "Defender for Cloud"]
    assert _names("Slack, Xray for Jira") == ["Slack", "Xray for Jira"]


def test_synthetic_a_spaced_plus_joins_two_tools_an_unspaced_one_is_the_names() -> None:
    assert _names("Jest / Vitest + Testing Library") == ["Jest", "Vitest", "Testing Library"]
    assert _names("Power BI + DAX") == ["Power BI", "DAX"]
    assert _names("C++ / Python") == ["C++", "Python"]
    assert _names("Westlaw / Lexis+ / Practical Law") == ["Westlaw", "Lexis+", "Practical Law"]


# --- the pages ------------------------------------------------------------------------------------


def test_page_coordinator_ms_project_skill_names_both_tools(documents: dict[str, dict]) -> None:
    fields = documents[COORDINATOR]["fields"]
    assert _skill_tools(fields, "MS Project or Smartsheet") == ["MS Project", "Smartsheet"]


def test_page_coordinator_servicenow_modules(documents: dict[str, dict]) -> None:
    fields = documents[COORDINATOR]["fields"]
    assert _row_tools(fields, "ServiceNow PPM / SPM") == ["ServiceNow PPM", "ServiceNow SPM"]
    assert _skill_tools(fields, "ServiceNow PPM / SPM") == ["ServiceNow PPM", "ServiceNow SPM"]
    # the bare platform stays where the skill names no module of it
    assert _skill_tools(fields, "ITSM and change management processes") == ["ServiceNow"]
    assert _skill_tools(fields, "Portfolio-level tooling administration") == ["Jira", "Smartsheet", "ServiceNow PPM"]


def test_page_coordinator_test_management_add_ons_are_for_jira(documents: dict[str, dict]) -> None:
    fields = documents[COORDINATOR]["fields"]
    assert _row_tools(fields, "Zephyr / Xray for Jira") == ["Zephyr for Jira", "Xray for Jira"]
    assert len(fields["tools"]["rows"]) == 22


def test_page_frontend_testing_tools_split_at_the_plus(documents: dict[str, dict]) -> None:
    fields = documents[FRONTEND]["fields"]
    assert _row_tools(fields, "Jest / Vitest + Testing Library") == ["Jest", "Vitest", "Testing Library"]
    assert "Testing Library" in _skill_tools(fields, "Frontend testing")
    names = [tool["name"] for row in fields["tools"]["rows"] for tool in row["tools"]]
    assert not any("+" in name for name in names)
