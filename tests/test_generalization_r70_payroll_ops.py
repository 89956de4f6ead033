"""A seventieth round unseen page: a Payroll Operations Specialist page in blank-line text with pipe tables, no
section 11, an added "21) Frequently Asked Questions" before section 20, and the scraper's cut INSIDE section 20's
table: its last line, "| Top tools or platforms | ADP Workforce Now, ..., ServiceNow HR", has no closing pipe and
only the share bar and comment widget follow. Four of the scorecard's ten rows (Top KPIs, Main deliverables, Main
goals, Career progression options) were missing with no warning: under the "half of them missing" bar of
coverage.scorecard_findings, so the page read as one whose role had no KPIs in its summary.

The rule added: the scorecard's rows come in the family's order; a run of three or more missing at the table's end
is a table the page stops inside, whatever the input form. And a tools cell "Deel / Remote (EOR)" made "EOR" a
variant of Remote alone: an abbreviation of a kind of provider (vocabulary provider_models) closing a '/'-run is
each tool's note, as a listed tool closing one is each one's variant. Snippets below are synthetic; the page is
frozen as
tests/unseen/payroll-operations-specialist.synthetic.txt with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.coverage import scorecard_findings
from pipeline.parsers.tools import split_tools
from tests.snippets import UNSEEN, all_strings, unseen_document

_PAGE = "payroll-operations-specialist.synthetic.txt"

_CUT_WARNING = (
    "scorecard: the table ends after row 6 (Top tools or platforms), its usual last 4 rows missing (top kpis, main"
    " deliverables, main goals, career progression options): the page looks cut short, and that row's cell may be cut"
)


@pytest.fixture(scope="module")
def page() -> Any:
    (extraction,) = extract((UNSEEN / _PAGE).read_bytes(), name=_PAGE)
    return extraction


# --- the rule on synthetic scorecards ----------------------------------------------------------------------------

_ROWS = [
    ("Role title", "role_title"),
    ("Role purpose", "role_purpose"),
    ("Top 10 responsibilities", "top_responsibilities"),
    ("Top 10 technical skills", "top_technical_skills"),
    ("Top 10 soft skills", "top_soft_skills"),
    ("Top tools or platforms", "top_tools"),
    ("Top KPIs", "top_kpis"),
    ("Main deliverables", "main_deliverables"),
    ("Main goals", "main_goals"),
    ("Career progression options", "career_progression_options"),
]
_LONG_PAGE = 20_000  # characters of words before the scorecard: a page of full length, not a stub


def _findings(rows: list[tuple[str, str | None]], weight_before: int = _LONG_PAGE) -> list[str]:
    fields = {"header": ["Category", "Executive summary"], "rows": [
        {"label": label, "value": "x", "field": field} for label, field in rows]}
    return scorecard_findings(fields, weight_before)


def test_synthetic_scorecard_ending_before_its_last_rows_is_cut() -> None:
    assert _findings(_ROWS[:7]) == [
        "the table ends after row 7 (Top KPIs), its usual last 3 rows missing (main deliverables, main goals,"
        " career progression options): the page looks cut short, and that row's cell may be cut"
    ]


def test_synthetic_scorecard_missing_one_or_two_last_rows_is_not_cut() -> None:
    # A page may leave out a row or two anywhere, its last ones too.
    assert _findings(_ROWS[:8]) == []
    assert _findings(_ROWS[:9]) == []
    assert _findings(_ROWS[:4] + _ROWS[6:]) == []  # two rows left out inside the table


def test_synthetic_unknown_rows_after_the_last_known_one_may_be_the_missing_ones() -> None:
    renamed = [("Signature metrics", None), ("Key outputs", None)]
    assert _findings(_ROWS[:7] + renamed) == []  # 3 missing, 2 of them perhaps renamed
    assert _findings(_ROWS[:5] + renamed)[0].startswith(
        "the table ends after row 7 (Key outputs), its usual last 5 rows missing")


def test_synthetic_reordered_scorecard_ending_on_its_last_row_is_not_cut() -> None:
    assert _findings([_ROWS[0], _ROWS[9], *_ROWS[1:6]]) == []


def test_synthetic_short_page_or_half_missing_keeps_its_own_finding() -> None:
    assert _findings(_ROWS[:6], weight_before=500) == []  # a stub page is short throughout
    assert _findings(_ROWS[:4]) == [
        "6 of its usual rows missing (top soft skills, top tools, top kpis, main deliverables, main goals,"
        " career progression options): the page may be cut short"
    ]


# --- the same cut in every input form ----------------------------------------------------------------------------

_BEFORE = "3) Core Responsibilities\n\n" + "".join(
    f"  {n}. Reconcile payroll batch {n} with the accounting team before every monthly close.\n" for n in range(1, 151)
)
_CUT_ROWS = [
    ("Role title", "Test Specialist"),
    ("Role purpose", "Pay people right."),
    ("Top 10 responsibilities", "1) Process payroll 2) Reconcile to GL"),
    ("Top 10 technical skills", "1) Payroll tax 2) Excel"),
    ("Top 10 soft skills", "1) Attention to detail 2) Ownership"),
    ("Top tools or platforms", "ADP Workforce Now, Workday HCM, Service"),
]
_TAIL = "\n\nShare this:\n\nFacebook  X  LinkedIn  WhatsApp  Email  Print\n\nSubscribe\nNotify of\nguest\n0 Comments\n"


def _pipe_page() -> str:
    table = "| Category | Executive summary |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in _CUT_ROWS)
    return (
        "Test Specialist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n1) Role Summary\n\n"
        "The Test Specialist runs payroll.\n\n" + _BEFORE + "\n20) Final Role Scorecard Summary\n\n"
        + table.rstrip(" |\n") + _TAIL  # the last row cut: no closing pipe
    )


def _html_page() -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _CUT_ROWS)
    items = "".join(f"<li>{line.split('. ', 1)[1]}</li>" for line in _BEFORE.splitlines()[2:])
    return (
        "<html><body><h1>Test Specialist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        "<h2>1) Role Summary</h2><p>The Test Specialist runs payroll.</p>"
        f"<h2>3) Core Responsibilities</h2><ol>{items}</ol><h2>20) Final Role Scorecard Summary</h2>"
        f"<table><tr><th>Category</th><th>Executive summary</th></tr>{rows[: -len('</td></tr>')]}"
        "<p>Share this:</p>"  # the page stops inside the last cell
    )


def _blank_line_page() -> str:
    # Seed 000's tables: a row a line, the borders lost.
    table = "Category Executive summary\n" + "".join(f"{a} {b}\n" for a, b in _CUT_ROWS)
    return _pipe_page().split("20)")[0] + "20) Final Role Scorecard Summary\n\n" + table + _TAIL


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cut.txt", _pipe_page()),
        ("cut.md", _pipe_page().replace("\n1) Role Summary", "\n## 1) Role Summary").replace("\n20)", "\n## 20)")),
        ("cut.html", _html_page()),
        ("cut-blank.txt", _blank_line_page()),
    ],
)
def test_synthetic_scorecard_cut_inside_its_table_warns_in_every_form(name: str, text: str) -> None:
    (extraction,) = extract(text.encode(), name=name)
    scorecard = extraction.document["fields"]["scorecard"]
    assert [row["label"] for row in scorecard["rows"]][-1] == "Top tools or platforms"  # the partial row kept
    assert scorecard["top_kpis"] == [] and scorecard["career_progression_options"] == []  # nothing invented
    assert [w for w in extraction.warnings if w.startswith("scorecard:")] == [_CUT_WARNING]


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_scorecard_cut_is_reported(page: Any) -> None:
    assert _CUT_WARNING in page.warnings
    scorecard = page.document["fields"]["scorecard"]
    assert [row["field"] for row in scorecard["rows"]] == [field for _, field in _ROWS[:6]]
    assert scorecard["role_title"] == "Payroll Operations Specialist"
    assert [len(scorecard[key]) for key in ("top_responsibilities", "top_technical_skills", "top_soft_skills")] == [
        10, 10, 10]
    assert scorecard["top_tools"][0] == "ADP Workforce Now"
    assert not any("Share" in tool for tool in scorecard["top_tools"])
    for key in ("top_kpis", "main_deliverables", "main_goals", "career_progression_options"):
        assert scorecard[key] == []


def test_page_structure() -> None:
    document = unseen_document(_PAGE)
    assert document["role"]["title"] == "Payroll Operations Specialist"
    assert document["missing_sections"] == ["tech_stack"]
    assert [(s["id"], s["number"]) for s in document["sections"]][-2:] == [("other", 21), ("scorecard", 20)]


def test_page_section_counts() -> None:
    fields = unseen_document(_PAGE)["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 22
    assert [sum(1 for i in items if i["category"] == c) for c in (
        "strategic", "operational", "technical", "cross_functional", "governance", "leadership")] == [3, 6, 5, 3, 3, 2]
    days = fields["day_to_day"]
    assert [len(days[k]["items"]) for k in (
        "daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")] == [5, 4, 4, 5, 4]
    assert len(fields["deliverables"]["items"]) == 12
    goals = fields["goals"]
    assert [len(goals[k]["items"]) for k in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        4, 3, 3, 3, 3, 2]
    stakeholders = fields["stakeholders"]
    assert [len(stakeholders[k]) for k in ("internal", "external", "peer_roles", "upstream", "downstream")] == [
        7, 2, 5, 4, 4]
    risks = fields["risks"]
    assert [len(risks[k]) for k in (
        "challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")] == [4, 3, 4, 4, 4]
    hiring = fields["hiring"]
    assert [len(hiring[k]) for k in ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")] == [
        6, 3, 4, 3, 3]
    assert len(hiring["scorecard"]["rows"]) == 7
    assert len(fields["soft_skills"]["skills"]) == 7


def test_page_kpis_and_tools() -> None:
    fields = unseen_document(_PAGE)["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Payroll accuracy rate", "≥ 99.5% of payments correct first time", "Per cycle")
    assert (kpis[11]["name"], kpis[11]["target"]) == ("Process improvement delivery", "2 improvements per half-year")
    tools = fields["tools"]["rows"]
    assert len(tools) == 24
    assert (tools[0]["category"], [t["name"] for t in tools[0]["tools"]], tools[0]["prevalence"]) == (
        "Payroll platforms", ["ADP Workforce Now"], "common")
    assert [t["name"] for t in tools[11]["tools"]] == ["Carta", "Shareworks", "E*TRADE Equity Edge"]
    assert (tools[23]["category"], tools[23]["prevalence"]) == ("Documentation", "common")


def test_page_skills_experience_and_career() -> None:
    fields = unseen_document(_PAGE)["fields"]
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 18
    tiers = ("must_have", "good_to_have", "advanced", "emerging")
    assert [sum(1 for s in skills if s["tier"] == t) for t in tiers] == [6, 5, 4, 3]
    by_name = {s["name"]: s for s in skills}
    assert by_name["Wage-and-hour compliance (FLSA and state rules)"]["importance"] == "critical"
    assert by_name["International / global payroll coordination"]["importance_levels"] == ["optional", "important"]
    assert by_name["Mobility and expatriate payroll"]["importance"] == "context_specific"
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 6.0, False)
    assert len(fields["experience"]["certifications"]) == 3
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Payroll Coordinator", "Payroll Associate", "Accounting Clerk", "HR Operations Coordinator"]
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior Payroll Specialist", "Payroll Team Lead / Supervisor", "Global Payroll Analyst"]
    assert len(career["adjacent_paths"]) == 4 and len(career["promotion_skills"]) == 4


def test_page_noise_and_markup_absent() -> None:
    strings = " ".join(all_strings(unseen_document(_PAGE)))
    for noise in ("We value your privacy", "Accept All", "Share this", "WhatsApp", "About the author", "Priya Raman",
                  "View all posts", "Notify of", "0 Comments", "Most Voted", "Inline Feedbacks", "Would love your"):
        assert noise not in strings
    for markup in ("**", "](", "&#", "&amp;", "|---", "â€", "โ€", "\u00a0"):
        assert markup not in strings


# --- a provider model closing a '/'-run of tools ------------------------------------------------------------------


def test_synthetic_provider_model_after_a_slash_run_is_each_tools_note() -> None:
    assert [(t.name, t.variants, t.note) for t in split_tools("Deel / Remote (EOR)")] == [
        ("Deel", [], "EOR"),
        ("Remote", [], "EOR"),
    ]
    assert [(t.name, t.variants, t.note) for t in split_tools("Justworks (PEO)")] == [("Justworks", [], "PEO")]


def test_synthetic_other_asides_after_a_slash_run_keep_their_reading() -> None:
    # A former name stays the last name's own variant, a listed tool qualifies each name as before.
    assert [(t.name, t.variants) for t in split_tools("Loopio / Responsive (RFPIO)")] == [
        ("Loopio", []), ("Responsive", ["RFPIO"])]
    assert [(t.name, t.variants) for t in split_tools("Redshift / Synapse (SQL)")] == [
        ("Redshift", ["SQL"]), ("Synapse", ["SQL"])]


def test_page_eor_qualifies_both_global_payroll_tools() -> None:
    tools = unseen_document(_PAGE)["fields"]["tools"]["rows"]
    assert [(t["name"], t["variants"], t["note"]) for t in tools[4]["tools"]] == [
        ("Deel", [], "EOR"), ("Remote", [], "EOR")]
