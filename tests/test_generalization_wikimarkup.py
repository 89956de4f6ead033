"""Synthetic snippets modelled on unseen pages of the family: a Confluence (legacy editor) or Jira page saved as
its Atlassian wiki markup source ("h2. " headings, "#" and "*" lists with "**" levels, "||" header rows,
"{panel}" / "{color}" / "{noformat}" macros, "[text|url]" links, "\\\\" line breaks, "(!)" emoticons)."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.wikimarkup import wiki_as_markdown

_HEAD = (
    "h1. Service Desk Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "{toc:maxLevel=2}\n\n"
    "h2. 1) Role Summary\n\nThe *Service Desk Lead* runs the first line of IT support for the company.\n\n"
    "h2. 2) Role Mission\n\n*Core mission:*\nResolve most issues at first contact and keep users informed.\n\n"
)


def wiki_document(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode("utf-8"), name="snippet.txt")
    assert extraction.document is not None, extraction
    return extraction.document


def test_wiki_headings_title_and_numbered_items_with_forced_break_details():
    document = wiki_document(
        "h2. 3) Core Responsibilities\n\n"
        "h3. Strategic responsibilities\n\n"
        "# *Define the desk operating model* \\\\ -- Channels, tiers and hours of coverage.\n"
        "# *Plan capacity and budget* \\\\ -- Forecast ticket volumes and headcount needs.\n\n"
        "h3. Leadership responsibilities\n\n"
        "# *Coach team leads* \\\\ -- Delegate shift leadership.\n"
    )
    assert document["role"]["title"] == "Service Desk Lead"
    assert [s["id"] for s in document["sections"]] == ["role_summary", "role_mission", "responsibilities"]
    assert (
        document["fields"]["role_mission"]["core_mission"]
        == "Resolve most issues at first contact and keep users informed."
    )
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["title"], i["detail"]) for i in items] == [
        ("strategic", "Define the desk operating model", "Channels, tiers and hours of coverage."),
        ("strategic", "Plan capacity and budget", "Forecast ticket volumes and headcount needs."),
        ("leadership", "Coach team leads", "Delegate shift leadership."),
    ]


def test_wiki_nested_bullets_are_sub_items_and_macros_and_emoticons_are_markup():
    document = wiki_document(
        "h2. 4) Day-to-Day Activities\n\n"
        "h3. Daily activities\n\n"
        "* Review the overnight backlog.\n"
        "* Hold a 10--15 minute shift huddle:\n** known issues,\n** changes going live today.\n\n"
        "h2. 19) Hiring Evaluation Criteria\n\n"
        "h3. Red flags\n\n"
        "* Blames users for every problem.\n"
        "* {color:red}(!) Suggests bypassing identity verification.{color}\n"
    )
    fields = document["fields"]
    assert fields["day_to_day"]["daily"]["items"] == [
        {"text": "Review the overnight backlog.", "sub_items": []},
        {"text": "Hold a 10–15 minute shift huddle:", "sub_items": ["known issues", "changes going live today"]},
    ]
    assert [flag["text"] for flag in fields["hiring"]["red_flags"]] == [
        "Blames users for every problem.",
        "Suggests bypassing identity verification.",
    ]


def test_wiki_header_row_and_links_in_cells_keep_their_columns():
    document = wiki_document(
        "h2. 10) Tools, Platforms, and Software\n\n"
        "||Category||Tool||Primary use||Prevalence||\n"
        "|ITSM platform|[ServiceNow ITSM|https://www.servicenow.com/]|Incidents and requests|Common|\n"
        "|Identity|Microsoft Entra ID / Okta|Password resets|Optional|\n"
    )
    tools = document["fields"]["tools"]
    assert tools["columns"] == ["Category", "Tool", "Primary use", "Prevalence"]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in tools["rows"]] == [
        ("ITSM platform", "ServiceNow ITSM", "Incidents and requests", "common"),
        ("Identity", "Microsoft Entra ID / Okta", "Password resets", "optional"),
    ]


def test_wiki_header_cells_opening_rows_are_labels_of_a_two_column_table():
    document = wiki_document(
        "h2. 20) Final Role Scorecard Summary\n\n"
        "||Category||Summary||\n"
        "||Role title|Service Desk Lead|\n"
        "|Top KPIs||FCR, CSAT, backlog age|\n"
    )
    scorecard = document["fields"]["scorecard"]
    assert (scorecard["header"], scorecard["role_title"], scorecard["top_kpis"]) == (
        ["Category", "Summary"],
        "Service Desk Lead",
        ["FCR", "CSAT", "backlog age"],
    )


def test_wiki_skill_items_with_italic_importance_and_use_lines():
    document = wiki_document(
        "h2. 8) Technical Skills Required\n\n"
        "h3. Must-have technical skills\n\n"
        "# *ITSM platform operation (ServiceNow or similar)* _(Critical)_\n"
        "** Use: queues, SLAs and dashboards.\n"
        "# *Workforce management* _(Important)_\n"
        "** Use: roster design.\n"
    )
    skills = document["fields"]["technical_skills"]["skills"]
    assert [(s["name"], s["importance"], s["use"]) for s in skills] == [
        ("ITSM platform operation (ServiceNow or similar)", "critical", "queues, SLAs and dashboards."),
        ("Workforce management", "important", "roster design."),
    ]


def test_wiki_noformat_body_is_no_table_and_lines_keep_their_lengths():
    page = (
        _HEAD + "h2. 20) Final Role Scorecard Summary\n\n||Category||Summary||\n|Role title|Service Desk Lead|\n\n"
        "{noformat}\nPage ID: 1844 | Version 14 | Exported by kb-scraper\n{noformat}\n"
        "Created by [~jdoe] -- see [Related page|https://wiki.example.com/x] [no link|]\r\n"
    )
    markdown = wiki_as_markdown(page)
    assert list(map(len, markdown.splitlines(keepends=True))) == list(map(len, page.splitlines(keepends=True)))
    assert markdown.splitlines()[-2:] == [
        " " * len("{noformat}"),
        "Created by  – see [Related page](https://wiki.example.com/) [no link|]" + " " * 8,
    ]
    (extraction,) = extract(page.encode("utf-8"), name="snippet.txt")
    assert "Page ID" not in str(extraction.document)
    assert extraction.document["fields"]["scorecard"]["role_title"] == "Service Desk Lead"


def test_markdown_and_text_pages_are_not_read_as_wiki_markup():
    markdown = (
        "# Service Desk Lead\n\nh2. headings are how Confluence marks a level-two title.\n\n"
        "## 1) Role Summary\n\n# item\n\n* a bullet -- with a dash\nh3. one more\n"
    )
    assert wiki_as_markdown(markdown) is markdown
    text = "h1. A title\nh2. 1) Role Summary\n\n# not an item\n"  # two heading lines: no wiki page
    assert wiki_as_markdown(text) is text
