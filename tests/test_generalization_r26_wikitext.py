"""A wiki's role page saved as its MediaWiki wikitext source, on a twenty-sixth round of unseen pages.

Synthetic snippets modelled on the page: closed "== 1) Role Summary ==" headings (AsciiDoc's are open on the
right), "# '''Title'''" items with their "#: – detail" lines, "; term" / ": definition" lists, "{|" tables with a
"|+" caption, "!" header cells, "|-" row separators, "||" cells or one cell a line, "rowspan=2 |" and
"colspan=5 style=... |" attributes and a "#" list inside a cell, templates ("{{DISPLAYTITLE:...}}", an infobox,
"{{Sponsored|...}}", "{{Citation needed|...}}"), footnotes "<ref>...</ref>", an ad <div>, and a talk page's signed
comments copied under the article. Then the page itself (tests/unseen/environmental-engineer-wikitext.synthetic.txt)
against its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import Extraction, extract
from pipeline.models import SectionId
from pipeline.wikitext import wikitext_as_markdown

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "environmental-engineer-wikitext.synthetic.txt"
CANONICAL = [s.value for s in SectionId if s is not SectionId.OTHER]

_HEAD = (
    "{{DISPLAYTITLE:Water Quality Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path}}\n"
    "{{Infobox job\n| title = Water Quality Engineer\n| horizon = Current\n}}\n"
    "== 1) Role Summary ==\nThe '''Water Quality Engineer''' keeps drinking water safe.<ref>Scope note.</ref>\n\n"
    "== 2) Role Mission ==\n'''Core mission:'''\nDeliver compliant water every day.\n\n"
)


def wikitext_document(body: str, head: str = _HEAD) -> dict[str, Any]:
    (extraction,) = extract((head + body).encode("utf-8"), name="snippet.txt")
    assert extraction.document is not None, extraction
    return extraction.document




# --- the rewrite -----------------------------------------------------------------------------------------


def test_lines_keep_their_length_and_markup_is_gone() -> None:
    text = (
        "== 1) Summary ==\n"
        "=== Strategic responsibilities ===\n"
        "# '''Own the plan''' for [[Water Safety|water safety]]<ref name=a>See [https://x.example EPA].</ref>\n"
        "#: – Track rules{{Citation needed|date=May 2025}} and [https://epa.example/r rule changes].\n"
        "** Sub point with ''emphasis''\n"
        "__TOC__ <!-- an editor's note -->\n"
        "[[Category:Engineering roles]]\n"
        "== 2) Mission ==\n"
    )
    markdown = wikitext_as_markdown(text)
    assert [len(line) for line in markdown.split("\n")] == [len(line) for line in text.split("\n")]
    assert [line.rstrip() for line in markdown.split("\n")] == [
        "## 1) Summary",
        "### Strategic responsibilities",
        "- **Own the plan** for water safety",
        " - Track rules and rule changes.",
        " - Sub point with emphasis",
        "",
        "",
        "## 2) Mission",
        "",
    ]


def test_wikitext_is_told_from_asciidoc_dokuwiki_and_markdown() -> None:
    """AsciiDoc writes "== Title" open on the right and "'''" as a rule; DokuWiki closes its headings with "="
    too, but writes **bold**, no '''bold''' or "{|" table."""
    wiki = "== A ==\n== B ==\n== C ==\nThe '''role''' owns it.\n"
    assert wikitext_as_markdown(wiki) != wiki
    for other in (
        "== A\n== B\n== C\n'''\nText.\n",  # AsciiDoc
        "====== A ======\n===== B =====\n===== C =====\nThe **role** owns it.\n",  # DokuWiki
        "Title\n=====\n\n## A\nThe '''role''' quoted.\n",  # markdown
        "== A ==\n== B ==\nThe '''role''' owns it.\n",  # two headings: too few
    ):
        assert wikitext_as_markdown(other) == other


def test_a_table_is_written_as_pipe_rows_over_its_span() -> None:
    text = (
        '== A ==\n== B ==\n== C ==\n{| class="wikitable"\n|+ KPI set\n! Metric !! Target !! Frequency\n|-\n'
        "| Uptime || 99% || rowspan=2 | Monthly\n|-\n| Latency\n| 200 ms\n|-\n"
        "| colspan=3 style=\"background:#eee\" | ''Targets are examples.''\n|}\nAfter."
    )
    markdown = wikitext_as_markdown(text)
    assert len(markdown) == len(text) and markdown.endswith("\nAfter.")
    assert [line.rstrip() for line in markdown.split("\n") if line.strip()][3:] == [
        "| Metric | Target | Frequency |",
        "| Uptime | 99% | Monthly |",
        "| Latency | 200 ms | Monthly |",
        "Targets are examples.",  # a closing row across the table: its note, as the HTML reader reads one
        "After.",
    ]


# --- typed fields ---------------------------------------------------------------------------------------


def test_title_from_displaytitle_else_from_the_infobox() -> None:
    body = "== 3) Core Responsibilities ==\n* Sample the network.\n"
    assert wikitext_document(body)["role"]["title"] == "Water Quality Engineer"
    head = _HEAD.replace("{{DISPLAYTITLE:Water Quality Engineer: Role Blueprint, ", "{{Short description|")
    assert "DISPLAYTITLE" not in head
    document = wikitext_document(
        body, head=head.replace("title = Water Quality Engineer", "title = Potable Water Lead")
    )
    assert document["role"]["title"] == "Potable Water Lead"


def test_numbered_items_with_detail_lines_are_responsibilities() -> None:
    items = wikitext_document(
        "== 3) Core Responsibilities ==\n=== Strategic responsibilities ===\n"
        "# '''Translate rule changes into plans'''\n#: – Track proposed rules and assess applicability.\n"
        "# '''Shape the capital plan'''\n#: – Scope upgrades and estimates.\n"
        "=== Operational responsibilities ===\n# '''Run the sampling calendar'''\n#: – Own every deadline.\n"
    )["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["title"], i["detail"]) for i in items] == [
        ("strategic", "Translate rule changes into plans", "Track proposed rules and assess applicability."),
        ("strategic", "Shape the capital plan", "Scope upgrades and estimates."),
        ("operational", "Run the sampling calendar", "Own every deadline."),
    ]


def test_kpi_table_rowspan_one_cell_a_line_caption_and_a_note_row() -> None:
    kpis = wikitext_document(
        "== 7) KPIs and Productivity Metrics ==\n"
        '{| class="wikitable sortable"\n|+ Water Quality Engineer – KPI set\n'
        "! Metric name !! What it measures !! Why it matters !! Example target/benchmark !! Frequency\n|-\n"
        "| Permit exceedances || Limit exceedances || Compliance exposure || 0 per year || Monthly\n|-\n"
        "| On-time submissions\n| Reports submitted by the due date\n| Missed deadlines are violations\n"
        "| 100%\n| Monthly\n|-\n"
        "| Data validity rate || Valid samples || Defensibility || ≥ 98%<ref>Permit terms.</ref>"
        " || rowspan=2 | Monthly\n"
        "|-\n| QA/QC conformance || Events meeting holding times || Prevents resampling || ≥ 97%\n|-\n"
        "| Emissions intensity || CO2e per unit || Sustainability || 3&ndash;5% a year{{Citation needed|date=May 2025}}"
        " || Annual\n|-\n"
        "| colspan=5 style=\"background:#f8f9fa;\" | ''Note: self-reporting is always expected.''\n|}\n"
    )["fields"]["kpis"]
    assert kpis["columns"][0] == "Metric name"
    assert [(r["name"], r["target"], r["frequency"]) for r in kpis["rows"]] == [
        ("Permit exceedances", "0 per year", "Monthly"),
        ("On-time submissions", "100%", "Monthly"),
        ("Data validity rate", "≥ 98%", "Monthly"),
        ("QA/QC conformance", "≥ 97%", "Monthly"),
        ("Emissions intensity", "3–5% a year", "Annual"),
    ]
    assert kpis["notes"][0]["intro"] == ["Note: self-reporting is always expected."]


def test_tools_rowspan_category_over_rows_written_one_cell_a_line() -> None:
    rows = wikitext_document(
        '== 10) Tools, Platforms, and Software ==\n{| class="wikitable"\n'
        "! Category !! Tool, platform, or software !! Primary use !! Common / Optional / Context-specific\n|-\n"
        "| rowspan=2 | EHS management systems\n| Enablon / Sphera\n| Compliance calendar\n| Common\n|-\n"
        "| Intelex\n| EHS records\n| Optional\n|-\n"
        "| GIS and mapping || [[ArcGIS|ArcGIS Pro]] / QGIS || Site maps || Common\n|}\n"
    )["fields"]["tools"]["rows"]
    assert [(r["category"], r["tool_text"], r["prevalence"]) for r in rows] == [
        ("EHS management systems", "Enablon / Sphera", "common"),
        ("EHS management systems", "Intelex", "optional"),
        ("GIS and mapping", "ArcGIS Pro / QGIS", "common"),
    ]


def test_scorecard_rows_and_a_numbered_list_inside_a_cell() -> None:
    scorecard = wikitext_document(
        '== 20) Final Role Scorecard Summary ==\n{| class="wikitable"\n|+ Summary\n'
        "! Category !! Executive summary\n|-\n| Role title || Water Quality Engineer\n|-\n"
        "| Top 10 soft skills ||\n# Judgment and integrity\n# Systems thinking\n# Calm under pressure\n|-\n"
        "| Top tools or platforms || LIMS, ArcGIS Pro, Power BI\n|}\n"
    )["fields"]["scorecard"]
    assert scorecard["role_title"] == "Water Quality Engineer" and scorecard["unparsed"] == []
    assert scorecard["top_soft_skills"] == ["Judgment and integrity", "Systems thinking", "Calm under pressure"]
    assert scorecard["top_tools"] == ["LIMS", "ArcGIS Pro", "Power BI"]
    assert [row["label"] for row in scorecard["rows"]] == ["Role title", "Top 10 soft skills", "Top tools or platforms"]


def test_definition_lists_are_labels_soft_skills_groups_areas_and_exercises() -> None:
    fields = wikitext_document(
        "== 5) Key Deliverables ==\n; Permitting deliverables\n: Air permit applications.\n: Annual reports.\n"
        "; Engineering deliverables\n: Basis-of-design documents.\n: Feasibility studies.\n\n"
        "== 9) Soft Skills and Behavioral Capabilities ==\n; Systems thinking\n"
        ": ''Why it matters:'' one change shifts loads.\n: ''How it shows up:'' asks what else a change touches.\n"
        ": ''Strong performance:'' catches cross-media effects.\n\n"
        "== 13) Decision Rights and Scope of Authority ==\n"
        "=== Budget, architecture, vendor, delivery, hiring, compliance authority ===\n"
        "; Budget\n: manages project budgets once approved.\n; Vendor\n: recommends laboratories.\n\n"
        "== 19) Hiring Evaluation Criteria ==\n=== Practical exercises or case studies ===\n"
        "; Exercise A: Permit applicability case (60 minutes)\n: A plant adds a coating line.\n"
    )["fields"]
    assert [(d["group"], d["name"]) for d in fields["deliverables"]["items"]] == [
        ("Permitting deliverables", "Air permit applications"),
        ("Permitting deliverables", "Annual reports"),
        ("Engineering deliverables", "Basis-of-design documents"),
        ("Engineering deliverables", "Feasibility studies"),
    ]
    (skill,) = fields["soft_skills"]["skills"]
    assert (skill["name"], skill["why_it_matters"], skill["strong_performance"]) == (
        "Systems thinking", "one change shifts loads.", "catches cross-media effects."
    )  # fmt: skip
    rights = fields["decision_rights"]
    assert (rights["budget"]["text"], rights["vendor"]["text"]) == (
        "manages project budgets once approved.", "recommends laboratories."
    )  # fmt: skip
    assert rights["other_areas"] == []
    (exercise,) = fields["hiring"]["exercises"]
    assert (exercise["name"], exercise["duration"], exercise["details"][0]["text"]) == (
        "Permit applicability case", "60 minutes", "A plant adds a coating line."
    )  # fmt: skip


def test_ads_menus_templates_and_a_talk_pages_signed_comments_are_gone() -> None:
    head = (
        '<div class="site-menu">[[Main Page|Home]] · [[Special:Random|Random role]]</div>\n'
        "{{Sponsored|advertiser=AquaLab|headline=Same-week PFAS results|button=Request a quote}}\n" + _HEAD
    )
    document = wikitext_document(
        "== 4) Day-to-Day Activities ==\n=== Daily activities ===\n* Review overnight data.\n* Answer questions.\n\n"
        "<div class=\"ad\" style=\"border:1px dashed #999;\">\n'''Advertisement'''<br />\n"
        "'''CarbonTrail Suite''' – emissions ledger.<br />\n[https://ct.example/demo Book a demo]\n</div>\n\n"
        "== 14) Required Experience and Qualifications ==\n=== Typical years of experience ===\n"
        "* Commonly '''3–7 years''' of experience.\n\n"
        "== References ==\n<references />\n{{Newsletter box\n| title = Get the weekly Role Digest\n"
        "| button = Subscribe now\n}}\n\n"
        "== Discussion ==\n=== Years too low? ===\n"
        "Is 3–7 right? Ours need 10. [[User:Jo|Jo]] 14:02, 3 October 2025 (UTC)\n"
        ": 12–15 for principals? [[User:Mb|Mb]] ([[User talk:Mb|talk]]) 09:15, 4 October 2025 (UTC)\n"
        "[[Category:Engineering roles]]\n",
        head=head,
    )
    strings = all_strings(document)
    for noise in ("Random role", "AquaLab", "Same-week PFAS", "Request a quote", "Advertisement", "CarbonTrail",
                  "Book a demo", "Role Digest", "Subscribe now", "Years too low", "Ours need 10", "principals",
                  "UTC", "Category:", "Scope note", "{{", "[[", "'''", "<ref", "<br"):  # fmt: skip
        assert not [s for s in strings if noise in s], noise
    assert [s["id"] for s in document["sections"]][-1] == "experience"
    assert [item["text"] for item in document["fields"]["day_to_day"]["daily"]["items"]] == [
        "Review overnight data.", "Answer questions.",
    ]  # fmt: skip
    years = document["fields"]["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3.0, 7.0)


def test_a_blueprint_section_with_a_signed_line_is_kept() -> None:
    """Only a heading that names no section of the blueprint opens a talk page's comments."""
    fields = wikitext_document(
        "== 16) Risks, Challenges, and Failure Modes ==\n=== Bottlenecks ===\n* Agency review times.\n"
        "* Lab capacity. [[User:Jo|Jo]] 14:02, 3 October 2025 (UTC)\n"
    )["fields"]
    assert len(fields["risks"]["bottlenecks"]) == 2


# --- the page -------------------------------------------------------------------------------------------

NOISE = [
    "AquaVerity Labs", "Same-week PFAS results, NELAP accredited", "Request a quote today", "CarbonTrail ESG Suite",
    "Book a 20-minute demo", "Sponsored content. RoleWiki does not endorse advertisers.", "Advertisement",
    "Share this page", "Share on LinkedIn", "Email a colleague", "Printable version", "Random role",
    "Get the weekly Role Digest", "Subscribe now", "Join 48,000 HR and engineering leaders", "Rkaminski",
    "14:02, 3 October 2025 (UTC)", "Salesforce Net Zero Cloud", "cheap ISO 14001 certificates in 48 hours",
    "Mbeltran", "Category:Engineering roles", "Citation needed", "Civil & Environmental", "Do not renumber headings",
    "{{", "}}", "[[", "]]", "'''", "''", "<ref", "|-", "rowspan", "colspan", "<br />", "&ndash;", "__TOC__", "#:",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> Extraction:
    (extraction,) = extract(UNSEEN / PAGE, name=PAGE)
    return extraction


def test_page_title_sections_noise_and_coverage(page: Extraction) -> None:
    """Wrong before: AsciiDoc's reader took the "== T ==" headings and nothing else, "# item" lines were headings,
    the tables lost their header, cells and spans, the talk page was a section of its own."""
    document = page.document
    role = document["role"]
    assert (role["title"], role["horizon"]) == ("Environmental Engineer", "Current")
    assert document["fields"]["role_summary"]["reporting_line"]["reports_to"] == (
        "Environmental Engineering Manager or site EHS Director"
    )
    assert [section["id"] for section in document["sections"]] == CANONICAL
    assert page.warnings == [] and document["quality"]["coverage"] >= 0.999
    strings = all_strings(document)
    text = (UNSEEN / PAGE).read_text(encoding="utf-8")
    for noise in NOISE:
        assert noise in text, f"{noise!r} is not on the page: the check would prove nothing"
        assert not [s for s in strings if noise in s], noise


def test_page_lists_and_definitions(page: Extraction) -> None:
    fields = page.document["fields"]
    mission = fields["role_mission"]
    assert mission["core_mission"].startswith("Keep every site permitted, compliant and continuously improving")
    assert len(mission["strategic_importance"]) == 4
    assert mission["primary_business_outcomes"][-1] == "Audit-ready environmental data that supports ESG disclosures"
    items = fields["responsibilities"]["items"]
    assert [
        sum(1 for i in items if i["category"] == c)
        for c in ("strategic", "operational", "technical", "cross_functional", "governance", "leadership")
    ] == [4, 5, 6, 3, 4, 2]
    calendar = next(i for i in items if i["title"] == "Operate the compliance calendar")
    assert calendar["detail"].startswith("Maintain the register of permit conditions, sampling, inspection")
    skills = fields["technical_skills"]["skills"]
    tiers = ("must_have", "good_to_have", "advanced", "emerging")
    assert [sum(1 for s in skills if s["tier"] == t) for t in tiers] == [
        6, 5, 4, 3,
    ]  # fmt: skip
    assert skills[6]["name"] == "Air dispersion modeling (AERMOD)" and skills[6]["importance"] == "important"
    soft = fields["soft_skills"]["skills"]
    assert len(soft) == 7 and all(
        s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft
    )
    deliverables = fields["deliverables"]["items"]
    assert [sum(1 for d in deliverables if d["group"] == g) for g in (
        "Permitting and regulatory deliverables", "Engineering deliverables", "Program and data deliverables")] == [
        4, 3, 5,
    ]  # fmt: skip
    assert fields["decision_rights"]["other_areas"] == [] and fields["decision_rights"]["compliance"] is not None
    assert len(fields["goals"]["success_definition"]["criteria"]) == 4
    assert len(fields["career_path"]["promotion_skills"]) == 5 and len(fields["hiring"]["what_to_assess"]) == 6
    assert len(fields["hiring"]["exercises"]) == 3


def test_page_tables(page: Extraction) -> None:
    fields = page.document["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 15
    assert [(r["name"], r["target"], r["frequency"]) for r in kpis[2:6]] == [
        ("On-time regulatory submissions", "100%", "Monthly"),
        ("Corrective action closure rate", "≥ 90% on time; 0 items older than 180 days", "Monthly"),
        ("Data validity rate", "≥ 98% sample validity; ≥ 95% CEMS data availability", "Monthly"),
        ("Sampling QA/QC conformance", "≥ 97%", "Monthly"),
    ]
    assert kpis[8]["target"] == "3–5% per year against baseline"
    tools = fields["tools"]["rows"]
    assert len(tools) == 18 and [t["category"] for t in tools[:3]] == ["EHS management systems"] * 3
    assert (tools[3]["tool_text"], tools[3]["prevalence"]) == ("AERMOD View (Lakes Environmental) / BREEZE",
                                                              "context_specific")  # fmt: skip
    hiring = fields["hiring"]["scorecard"]
    assert [r["dimension"] for r in hiring["rows"]] == [
        "Regulatory knowledge", "Engineering fundamentals", "Data defensibility", "Communication",
        "Judgment and integrity", "Project management", "Collaboration with operations",
    ]  # fmt: skip
    assert hiring["rows"][0]["meets"] == "Correct applicability for common programs"
    assert hiring["rubric_notes"] == ["Score each dimension 1–4; a 1 on Judgment and integrity is disqualifying."]
    scorecard = fields["scorecard"]
    assert scorecard["role_title"] == "Environmental Engineer" and len(scorecard["rows"]) == 10
    assert [len(scorecard[key]) for key in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10, 10, 10,
    ]  # fmt: skip
    assert scorecard["top_soft_skills"][-1] == "Practical problem solving"
