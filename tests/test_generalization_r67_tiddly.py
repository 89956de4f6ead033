"""A sixty-seventh round unseen page lost whole: a TiddlyWiki 5 tiddler saved as ".tid" (header fields "name: value",
a blank line, then the body in TiddlyWiki wikitext) was ignored by its suffix. Saved as .txt, its "!! 1) Role
Summary" headings, "#"/"#*" lists, "|!Header |h" tables with "|caption|c" rows and "''bold''" marks were not read.

Snippets below are synthetic (TiddlyWiki's real syntax); the page is frozen as tests/unseen/<slug>.synthetic.tid
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.sources import InputForm, form_of
from pipeline.tiddlywiki import read_tiddler, wikitext_as_markdown
from tests.snippets import all_strings, unseen_document

_PAGE = "pharmacy-buyer-tiddlywiki.synthetic.tid"

_HEADER = (
    "created: 20250102030405006\nmodified: 20250203040506007\nmodifier: jdoe\n"
    "tags: [[Role Blueprints]] Ops\ntitle: Test Role — Role Blueprint\ntype: text/vnd.tiddlywiki\n\n"
)
_BODY = (
    "<<toc-selective-expandable 'Role Blueprints'>>\n\n{{Ops Nav}}\n\n"
    '<$button to="Role Blueprints">Back to all</$button>\n\n'
    "! Test Role: Role Blueprint\n\n"
    "!! 1) Role Summary\n\nThe ''Test Role'' keeps the //operations// of the [[Ops Team|Ops]] running.\n\n"
    "!! 2) Role Mission\n\n''Core mission:''\nKeep every order on time for the business.\n\n"
    "!! 3) Core Responsibilities\n\n!!! Strategic responsibilities\n"
    "# ''Plan the quarter''\n#* – Set the order plan with finance.\n"
    "# ''Review suppliers''\n#* – Score each supplier every month.\n\n"
    "!! 7) KPIs and Productivity Metrics\n\n"
    "|KPI table — Test Role|c\n|!Metric name |!Target |!Frequency |h\n"
    "|Order accuracy |≥ 99% |Weekly |\n|Fill rate |≥ 95% |Monthly |\n\n"
    "!! 9) Soft Skills\n\n# ''Attention to detail''\n#* Why it matters: errors cost money.\n"
    "# ''Calm under pressure''\n#* Why it matters: shortages arrive unannounced.\n\n"
    "{{Test Role — Role Blueprint/Comments}}\n"
)


def _document(text: str, name: str = "role.tid") -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name=name)
    return extraction.document


# --- synthetic: the reader --------------------------------------------------------------------------------------


def test_synthetic_tid_suffix_is_a_text_input() -> None:
    assert form_of("exports/Pharmacy Buyer.tid") is InputForm.TEXT


def test_synthetic_header_is_read_and_blanked_at_its_length() -> None:
    tiddler = read_tiddler(_HEADER + "!! 1) Role Summary\n")
    assert (tiddler.title, tiddler.created, tiddler.modified) == (
        "Test Role — Role Blueprint",
        "2025-01-02T03:04:05",
        "2025-02-03T04:05:06",
    )
    assert tiddler.markdown
    assert len(tiddler.text) == len(_HEADER) + len("!! 1) Role Summary\n")
    assert tiddler.text.split("\n")[:7] == [" " * len(line) for line in _HEADER.split("\n")[:7]]
    assert tiddler.text.endswith("## 1) Role Summary\n")


def test_synthetic_plain_and_markdown_types_are_not_rewritten() -> None:
    plain = read_tiddler("title: X\ntype: text/plain\n\n!! Not a heading ''kept''\n")
    assert not plain.markdown and plain.text.endswith("!! Not a heading ''kept''\n")
    markdown = read_tiddler("title: X\ntype: text/x-markdown\n\n## Heading\n")
    assert markdown.markdown and markdown.text.endswith("## Heading\n")


def test_synthetic_wikitext_lines_keep_their_lengths() -> None:
    lines = [
        "!!! Strategic responsibilities",
        "#* – Set the order plan.",
        "** Nested bullet",
        "|!Metric |!Target |h",
        "|KPI table|c",
        "|Order accuracy |≥ 99% |",
        "''Bold'' //italic// __under__ ~~gone~~ [[Text|Target]] [ext[Site|https://x.example]] <<toc>> {{Nav}}",
        "@@color:red;Warning@@ <$button message=\"tm-edit-tiddler\">Edit this tiddler</$button>",
        "<<<",
        "\\define thing()",
        "body of the macro",
        "\\end",
    ]
    out = wikitext_as_markdown("\n".join(lines)).split("\n")
    assert [len(line) for line in out] == [len(line) for line in lines]
    assert [line.rstrip() for line in out] == [
        "### Strategic responsibilities",
        " - – Set the order plan.",
        " - Nested bullet",
        "|Metric |Target |",
        "",
        "|Order accuracy |≥ 99% |",
        "**Bold** italic under gone Text Site",
        "Warning",
        "",
        "",
        "",
        "",
    ]


# --- synthetic: a whole tiddler -----------------------------------------------------------------------------------


def test_synthetic_tiddler_reads_sections_tables_and_lists() -> None:
    document = _document(_HEADER + _BODY)
    assert document["source"]["date_published"] == "2025-01-02T03:04:05"
    assert document["source"]["date_modified"] == "2025-02-03T04:05:06"
    fields = document["fields"]
    assert document["role"]["title"] == "Test Role"
    assert fields["role_mission"]["core_mission"] == "Keep every order on time for the business."
    items = fields["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        ("Plan the quarter", "Set the order plan with finance."),
        ("Review suppliers", "Score each supplier every month."),
    ]
    kpis = fields["kpis"]
    assert kpis["columns"] == ["Metric name", "Target", "Frequency"]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Order accuracy", "≥ 99%", "Weekly"),
        ("Fill rate", "≥ 95%", "Monthly"),
    ]
    skills = fields["soft_skills"]["skills"]
    assert [(skill["name"], skill["why_it_matters"]) for skill in skills] == [
        ("Attention to detail", "errors cost money."),
        ("Calm under pressure", "shortages arrive unannounced."),
    ]
    strings = all_strings(document)
    for noise in ("''", "toc-selective", "Ops Nav", "Back to all", "$button", "KPI table", "/Comments", "jdoe", "#*"):
        assert not any(noise in text for text in strings), noise


def test_synthetic_tiddler_without_type_is_wikitext() -> None:
    document = _document(_HEADER.replace("type: text/vnd.tiddlywiki\n", "") + _BODY)
    assert len(document["fields"]["kpis"]["rows"]) == 2


# --- the unseen page ------------------------------------------------------------------------------------------------


def test_page_is_read_with_its_title_dates_and_twenty_sections() -> None:
    document = unseen_document(_PAGE)
    assert document["role"]["title"] == "Pharmacy Buyer (Pharmaceutical Purchasing Specialist)"
    assert document["role"]["horizon"] == "Current"
    assert document["role"]["reporting_line"].startswith("reports to the Pharmacy Operations Manager or")
    assert (document["source"]["date_published"], document["source"]["date_modified"]) == (
        "2026-11-03T14:15:22",
        "2026-11-20T09:30:11",
    )
    assert document["missing_sections"] == []
    assert len(document["fields"]) == 20


def test_page_responsibilities_skills_and_day_to_day() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 21
    assert [item["category"] for item in items].count("operational") == 5
    assert items[4]["title"] == "Place daily wholesaler and direct orders"
    assert items[4]["detail"].startswith("Review suggested orders in Epic Willow Inventory")
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 16
    assert (skills[2]["name"], skills[2]["importance"]) == (
        "Drug product knowledge (NDC, strengths, dosage forms, therapeutic equivalents)",
        "critical",
    )
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]][:2] == [
        "Attention to detail",
        "Calm under pressure",
    ]
    assert len(fields["soft_skills"]["skills"]) == 6
    daily = fields["day_to_day"]["daily"]["items"]
    assert len(daily) == 7
    assert daily[3]["sub_items"] == [
        "Prioritize ICU, ED and OR cabinets.",
        "Coordinate emergency borrow/loan with sister hospitals.",
    ]


def test_page_tables_drop_captions_and_header_markers() -> None:
    fields = unseen_document(_PAGE)["fields"]
    rows = fields["kpis"]["rows"]
    assert len(rows) == 12
    assert (rows[0]["name"], rows[0]["target"], rows[0]["frequency"]) == (
        "Inventory turns",
        "10–12 turns per year",
        "Monthly",
    )
    tools = fields["tools"]["rows"]
    assert len(tools) == 13
    assert (tools[0]["tools"][0]["name"], tools[0]["prevalence"]) == ("Epic Willow Inventory", "common")
    dimensions = fields["hiring"]["scorecard"]["rows"]
    assert len(dimensions) == 6
    assert dimensions[0]["exceeds"] == "Proposes safe equivalents across manufacturers and forms"
    assert fields["scorecard"]["header"] == ["Category", "Executive summary"]
    assert len(fields["scorecard"]["rows"]) == 10


def test_page_mission_lists_and_no_noise() -> None:
    document = unseen_document(_PAGE)
    mission = document["fields"]["role_mission"]
    assert mission["core_mission"].startswith("Secure an uninterrupted, compliant and cost-effective supply")
    assert len(mission["strategic_importance"]) == 3
    assert len(mission["primary_business_outcomes"]) == 4
    strings = all_strings(document)
    noise = (
        "20261103141522000", "mdelacruz", "rpatel-admin", "revision: 14", "type: text/vnd", "toc-selective",
        "Pharmacy Procurement Nav", "Draft status", "Blueprint Review Log", "@@", "<$button", "Back to all blueprints",
        "Edit this tiddler", "tm-edit-tiddler", "Open the interview kit", "Buyer Interview Kit", "Sponsored",
        "shortageiq.example.com", "list-links", "/Comments", "''", "|h", "|c", "!!", "#*", "<<<",
        "KPI table", "Tool table", "Interview scorecard",
    )
    for text in noise:
        assert not any(text in value for value in strings), text
