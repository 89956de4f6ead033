"""Round 51: the tools a technical skill names.

it-support-specialist-wp-rest (a WP REST post) has "Windows 10/11 and macOS troubleshooting" (the gazetteer knew
no bare 'Windows', so only macOS was found) and "Use: verify Defender or CrowdStrike agent health, BitLocker/FileVault
escrow" (the table's "Microsoft Defender for Endpoint" goes by 'Defender' there; BitLocker and FileVault were
unknown). bi-analyst-seed000 has "DAX or Tableau calculations" (DAX, Power BI's formula language, was unknown).
engineering-manager-platform-seed004 has "Use: AWS/Azure/GCP networking, IAM, ..." where IAM, the practice, came out
as a tool. The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.parsers.technical_skills import SkillTier, TechnicalSkill, TechnicalSkills, with_page_tools
from pipeline.parsers.vocabulary import tools_in

UNSEEN = Path(__file__).resolve().parent / "unseen"
IT_SUPPORT = "it-support-specialist-wp-rest.synthetic.json"
BI_ANALYST = "bi-analyst-seed000.synthetic.txt"
EM_PLATFORM = "engineering-manager-platform-seed004.synthetic.txt"


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    found = {}
    for name in (IT_SUPPORT, BI_ANALYST, EM_PLATFORM):
        (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
        found[name] = extraction.document
    return found


def _skill_tools(fields: dict, prefix: str) -> list[str]:
    (skill,) = [skill for skill in fields["technical_skills"]["skills"] if skill["name"].startswith(prefix)]
    return skill["tools"]


def _page_tools(use: str, table: list[str], tools: list[str] | None = None) -> list[str]:
    """The tools of one skill whose Use line is ``use``, read again against a tools table."""
    skill = TechnicalSkill(
        name="Endpoint security",
        tier=SkillTier.ADVANCED,
        details=[{"label": "Use", "kind": "use", "text": use}],
        tools=list(tools_in(use)) if tools is None else tools,
        text="Endpoint security",
    )
    return with_page_tools(TechnicalSkills(skills=[skill]), table).skills[0].tools


# --- synthetic snippets ---------------------------------------------------------------------------


def test_synthetic_a_desktop_os_with_its_version_suffix_is_a_tool() -> None:
    assert tools_in("Windows 10/11 and macOS troubleshooting") == ("Windows", "macOS")
    assert tools_in("Windows 11 imaging with Windows Autopilot") == ("Windows", "Windows Autopilot")
    # in lower case the word is no product: maintenance windows
    assert tools_in("patching in agreed maintenance windows") == ()


def test_synthetic_encryption_and_formula_languages_are_tools() -> None:
    assert tools_in("BitLocker/FileVault escrow") == ("BitLocker", "FileVault")
    assert tools_in("DAX or Tableau calculations") == ("DAX", "Tableau")
    assert tools_in("Low-code automation (Power Automate, Okta Workflows)") == ("Power Automate", "Okta Workflows")


def test_synthetic_a_concept_acronym_alone_is_no_tool() -> None:
    assert tools_in("AWS/Azure/GCP networking, IAM, managed services") == ("AWS", "Azure", "GCP")
    assert tools_in("least-privilege roles in AWS IAM") == ("AWS IAM",)


def test_synthetic_a_tools_table_that_lists_iam_makes_it_the_skills_tool() -> None:
    assert _page_tools("IAM policies and identity federation", ["AWS", "IAM", "Okta"]) == ["IAM"]
    assert _page_tools("IAM policies and identity federation", ["AWS", "Okta"]) == []


def test_synthetic_a_makers_product_word_listed_beside_a_tool_names_it() -> None:
    table = ["Microsoft Defender for Endpoint", "CrowdStrike Falcon", "Jamf Pro", "Microsoft Intune"]
    # in page order (round 76): the product word where the text names it
    assert _page_tools("verify Defender or CrowdStrike agent health", table) == ["Defender", "CrowdStrike"]
    assert _page_tools("CrowdStrike, Defender and Intune consoles", table) == ["CrowdStrike", "Defender"]
    # after its maker's name the word is the product's part, not a name of its own
    assert _page_tools("enrolment in Jamf Pro, Intune", table) == ["Jamf Pro", "Intune"]
    # alone, with no tool beside it, or before a noun it qualifies, the word names nothing
    assert _page_tools("a strong defender of user privacy", table) == []
    assert _page_tools("Defender agent health checks", table) == []


def test_synthetic_a_product_word_qualifying_a_noun_is_no_tool() -> None:
    table = ["ServiceNow ITSM", "Salesforce CPQ", "Power Automate"]
    assert _page_tools("PowerShell, ITSM flow designers or Power Automate", table) == ["PowerShell", "Power Automate"]
    # a name going on in capitals is the whole name's: 'Service' of 'Jira Service Management' is none
    table = ["Jira Service Management", "Slack"]
    assert _page_tools("Slack, Service desks", table, ["Slack"]) == ["Slack"]


def test_synthetic_product_words_chain_through_a_list() -> None:
    table = ["FIS Prophet", "Moody's AXIS", "ResQ"]
    assert _page_tools("projection in Prophet, AXIS, or ResQ", table, ["ResQ"]) == ["Prophet", "AXIS", "ResQ"]


# --- the pages ------------------------------------------------------------------------------------


def test_page_it_support_windows_and_endpoint_security_tools(documents: dict[str, dict]) -> None:
    fields = documents[IT_SUPPORT]["fields"]
    assert _skill_tools(fields, "Windows 10/11 and macOS") == ["Windows", "macOS"]
    assert _skill_tools(fields, "Endpoint security tooling") == ["Defender", "CrowdStrike", "BitLocker", "FileVault"]
    assert _skill_tools(fields, "Microsoft Intune and Windows Autopilot") == [
        "Microsoft Intune",
        "Windows Autopilot",
        "Windows",
    ]
    assert _skill_tools(fields, "Low-code automation") == ["Power Automate", "Okta Workflows"]
    # its Use line names no tool of the table: protocols are no tools
    assert _skill_tools(fields, "Networking fundamentals") == []
    assert len(fields["technical_skills"]["skills"]) == 12
    assert len(fields["tools"]["rows"]) == 13


def test_page_bi_analyst_dax_is_a_tool(documents: dict[str, dict]) -> None:
    fields = documents[BI_ANALYST]["fields"]
    assert _skill_tools(fields, "DAX or Tableau calculations") == ["DAX", "Tableau"]
    assert _skill_tools(fields, "AI-assisted analytics") == ["Copilot", "DAX", "SQL"]
    # the tools a skill's own Use line names are its tools: 'versioning SQL and dbt code'
    assert _skill_tools(fields, "Git and pull-request workflows") == ["Git", "SQL", "dbt"]
    assert len(fields["technical_skills"]["skills"]) == 17


def test_page_em_platform_iam_is_no_tool(documents: dict[str, dict]) -> None:
    fields = documents[EM_PLATFORM]["fields"]
    assert _skill_tools(fields, "Public cloud fundamentals") == ["AWS", "Azure", "GCP"]
    tools = [tool for skill in fields["technical_skills"]["skills"] for tool in skill["tools"]]
    assert "IAM" not in tools
    assert len(fields["technical_skills"]["skills"]) == 17
