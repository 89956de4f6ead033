"""Round 36: leftovers of earlier rounds' pages, all frozen in tests/unseen/ with their keys.

1. A share bar written as one line after a lead of its own ("Found this useful? Share it with your team: Copy link ·
   Post on LinkedIn · Email a colleague") is split at its "·" into a lead and items before the noise filter runs:
   the lead went, its items stayed (the Notion page's scorecard.notes). Such a lead over items that are all share
   actions goes whole, as the one-line "Share: LinkedIn | X | Email" does.
2. A prior background "A or B" is one background, as every answer key counts it ("Technical trainer or developer
   advocate", "Teacher or higher-education instructor"): it was split in two when both sides were roles.
3. The German-chrome WordPress page (round 35, frozen here with its key): "Customs Declarant at a broker" was a
   note, not a role (no role noun "declarant"); "ATLAS (German customs IT system)" took its description for a
   product variant.
The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.parsers.experience import _prior_roles
from pipeline.parsers.tools import split_tools

UNSEEN = Path(__file__).resolve().parent / "unseen"
_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2>"
    "<table><tr><th>Category</th><th>Executive summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Role purpose</td><td>Keep the books right.</td></tr></table>"
)


# --- 1. a share bar split into its lead and items ------------------------------------------------------------------


def test_synthetic_a_share_bar_split_at_its_dots_goes_whole() -> None:
    bar = "Found this useful? Share it with your team: Copy link · Post on LinkedIn · Email a colleague"
    fields = html_fields(f"{_SCORECARD}<p>{bar}</p>")
    assert fields["scorecard"]["notes"] == []
    text = "\n".join(all_strings(fields))
    for noise in ("Copy link", "Post on LinkedIn", "Email a colleague", "Share it with your team"):
        assert noise not in text


def test_synthetic_a_share_bar_lead_over_its_items_goes_whole() -> None:
    fields = html_fields(
        _SCORECARD + "<p>Share this blueprint with a colleague:</p><ul><li>Share on X</li><li>Send via WhatsApp</li>"
        "<li>Print</li></ul>"
    )
    assert fields["scorecard"]["notes"] == []
    assert not {"Share on X", "Send via WhatsApp", "Print"} & set(all_strings(fields))


def test_synthetic_a_lead_of_the_article_over_channels_that_are_no_share_actions_stays() -> None:
    # Negative: the items are the article's channels, not share buttons; the lead names no share bar.
    fields = html_fields(_SCORECARD + "<p>Share of pipeline by channel:</p><ul><li>Paid social</li><li>Email</li></ul>")
    assert "Paid social" in all_strings(fields)


# --- 2. "A or B" is one background ---------------------------------------------------------------------------------


def _names(text: str) -> tuple[list[str], list[str]]:
    roles, notes = _prior_roles(text)
    return [role.name for role in roles], notes


def test_synthetic_a_background_or_its_alternative_is_one_background() -> None:
    assert _names("Technical trainer or developer advocate") == (["Technical trainer or developer advocate"], [])
    assert _names("Teacher or higher-education instructor, corporate trainer, technical writer.") == (
        ["Teacher or higher-education instructor", "corporate trainer", "technical writer"],
        [],
    )
    for line in ("Senior Payroll Analyst or Payroll Team Lead", "Clinical database programmer or EDC builder"):
        # The second's alternative is an agent noun the role nouns do not list: a role all the same.
        assert _names(line) == ([line], [])


def test_synthetic_an_or_that_joins_no_role_stays_a_note() -> None:
    # Negative: "equivalent experience" is no role, the line is a statement.
    assert _names("Software engineer or equivalent experience") == ([], ["Software engineer or equivalent experience"])


def test_synthetic_a_customs_declarant_is_a_role() -> None:
    roles, notes = _prior_roles("Customs Declarant at a broker, Export Coordinator, Import Clerk.")
    assert [(role.name, role.qualifier) for role in roles] == [
        ("Customs Declarant", "at a broker"),
        ("Export Coordinator", None),
        ("Import Clerk", None),
    ]
    assert notes == []


# --- 3. a parenthetical that says what kind of tool it is ------------------------------------------------------------


def _tools(cell: str) -> list[tuple[str, list[str], str | None]]:
    return [(tool.name, tool.variants, tool.note) for tool in split_tools(cell)]


def test_synthetic_a_parenthetical_naming_the_tool_s_kind_is_its_note() -> None:
    assert _tools("ATLAS (German customs IT system)") == [("ATLAS", [], "German customs IT system")]
    assert _tools("Veeva Vault (EU regulatory submissions platform)") == [
        ("Veeva Vault", [], "EU regulatory submissions platform")
    ]


def test_synthetic_a_parenthetical_of_products_keeps_its_variants() -> None:
    # Negative cases: product names, a product's module, a product line.
    assert _tools("Broker portals (e.g., DHL, Kuehne+Nagel, DB Schenker)") == [
        ("Broker portals", ["DHL", "Kuehne+Nagel", "DB Schenker"], None)
    ]
    assert _tools("SAP S/4HANA (QM module)") == [("SAP S/4HANA", ["QM module"], None)]
    assert _tools("Oracle (Oracle Health System)") == [("Oracle", ["Oracle Health System"], None)]


# --- the pages ------------------------------------------------------------------------------------------------------


def _fields(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name)
    return extraction.document["fields"]


def test_the_notion_page_keeps_no_share_callout() -> None:
    fields = _fields("revenue-accountant-notion-site.synthetic.html")
    assert fields["scorecard"]["notes"] == []
    assert len(fields["scorecard"]["rows"]) == 10
    text = "\n".join(all_strings(fields))
    for noise in ("Copy link", "Post on LinkedIn", "Email a colleague", "Found this useful"):
        assert noise not in text


def test_the_gitbook_page_has_five_backgrounds() -> None:
    experience = _fields("solutions-engineer-gitbook.synthetic.html")["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Software engineer or developer",
        "Implementation or professional services consultant",
        "Technical support or support engineer",
        "Systems or sales engineer",
        "Technical trainer or developer advocate",
    ]
    assert experience["prior_role_notes"] == []


def test_the_markitdown_page_reads_teacher_or_instructor_as_one_background() -> None:
    experience = _fields("instructional-designer-markitdown.synthetic.md")["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Teacher or higher-education instructor",
        "corporate trainer",
        "e-learning developer",
        "technical writer",
        "support or operations specialist",
    ]


@pytest.fixture(scope="module")
def german() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / "customs-compliance-specialist-german-chrome.synthetic.html")
    assert extraction.blueprint.role.title == "Customs Compliance Specialist"
    return extraction.document["fields"]


def test_the_german_chrome_page_has_the_key_s_five_backgrounds(german: dict[str, Any]) -> None:
    experience = german["experience"]
    assert [(role["name"], role["qualifier"], role["note"]) for role in experience["prior_roles"]] == [
        ("Customs Declarant", "at a broker", None),
        ("Export Coordinator", None, None),
        ("Import Clerk", None, None),
        ("Freight Forwarding Agent", None, None),
        ("Customs Officer", None, "public sector"),
    ]
    assert experience["prior_role_notes"] == []
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3, 6)


def test_the_german_chrome_page_reads_its_tools_as_its_key(german: dict[str, Any]) -> None:
    rows = german["tools"]["rows"]
    assert len(rows) == 16
    tools = {tool["name"]: tool for row in rows for tool in row["tools"]}
    assert (tools["ATLAS"]["variants"], tools["ATLAS"]["note"]) == ([], "German customs IT system")
    assert tools["Broker portals"]["variants"] == ["DHL", "Kuehne+Nagel", "DB Schenker"]
    assert tools["Supplier portal"]["variants"] == ["SAP Ariba"]
    # The rest of the page as its key reads it, and none of its German chrome.
    assert len(german["kpis"]["rows"]) == 14
    assert len(german["soft_skills"]["skills"]) == 7
    assert len(german["hiring"]["scorecard"]["rows"]) == 7
    assert len(german["scorecard"]["rows"]) == 10
    text = "\n".join(all_strings(german))
    for noise in (
        "Wir benötigen Ihre Zustimmung",
        "Alle akzeptieren",
        "Sie sind hier",
        "Auf LinkedIn teilen",
        "Über den Autor",
        "Schreibe einen Kommentar",
        "Das könnte Sie auch interessieren",
        "Jetzt Newsletter abonnieren",
        "Jetzt kostenlos testen",
        "ZollPilot Cloud",
        "Lesezeit",
        "Zuletzt aktualisiert",
        "Impressum",
        "&#8211;",
        "<br>",
    ):
        assert noise not in text, noise
