"""Round 77 unseen page: a residential property manager, a PDF's text copied from a viewer (select all, copy) and
saved as .txt: no form feed and no blank line anywhere, lines hard-wrapped at the PDF's column, a running header
("12/7/25, 9:41 PM <title>…") and footer ("https://… Page 3 of 14") between lines (inside tables too), tables one
cell a line, day-to-day bullets whose symbol-font glyph the copy lost (a line opening with its space), Thai-read
mojibake ("โ€“"), two ads, related posts, a comment thread and a footer around the article.

Fixed here:
- the page was read as plain text, every PDF line a block: a page without blank lines whose running lines break it
  into three printed pages at least is a copied print, read as pdftotext's is (running lines dropped, wrapped
  lines and one-cell-a-line tables joined), and a line with a gap (the site's menu) no longer makes the rest of
  such a page a table's run when the wrap width is read;
- its width is read past a few outliers (a comment's line the viewer copied unwrapped), as a dump's is;
- a one-cell-a-line table's cell may be up to 0.6 of the page's width long, not 48 characters
  ("Unpaid rent past the 5th as a share of scheduled rent"): the KPI, tools and hiring scorecard tables;
- the final scorecard's last value stops at a widget's line ("Related Posts");
- an item whose bullet glyph the copy lost (" Review the daily activity report: …") is an item again, its wrapped
  line joined;
- a print's line ending with a comma runs on to the next ("…, a maintenance supervisor," / "2–4 technicians, …");
- after a full line ending on a word, a line the sections' vocabulary knows as a sub-heading ("Next likely roles
  after this role") starts a block of its own;
- a feeder list's chain item kept its label in its first role ("Typical path: Leasing Consultant"): the label is
  no part of the role (career.py).

Snippets below are synthetic; the page is frozen as tests/unseen/property-manager.synthetic.txt with its key in
tests/unseen/answer_keys/property-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.dumps import is_terminal_dump, unwrap_dump
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "property-manager.synthetic.txt"
_HEADER = "12/7/25, 9:41 PM Test Role: Role Blueprint, Responsibilities, Skills..."

_FILLER_WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec "
    "romeo sierra tango uniform victor whiskey xray yankee zulu"
).split()


def _filler(page: int, n: int = 16) -> list[str]:
    """Prose lines wrapped near 90 columns, each unlike the others (no line repeats, as a running one does)."""
    lines = []
    for k in range(n):
        words = [f"{_FILLER_WORDS[(page * 7 + k + j) % 26]}{page}{k}" for j in range(7)]
        lines.append("The reader checks " + " ".join(words) + " and")
    return [*lines[:-1], lines[-1][: -len(" and")] + "."]


def _copied(body: list[list[str]], blank_lines: bool = False) -> str:
    """Pages as a viewer copies them: each page's body between the running header and the footer, no blank line."""
    out: list[str] = []
    for n, lines in enumerate(body, 1):
        out += [_HEADER, *lines, f"https://x.example.org/test-role-blueprint/ Page {n} of {len(body)}"]
    return ("\n\n" if blank_lines else "\n").join(out) + "\n"


_MENU = "Role Blueprints   Salary Data   Interview Kits   About"  # a gap no wrapped line holds, atop the page


def _page(middle: list[str]) -> str:
    return _copied([[_MENU, *_filler(1)], [*_filler(2, 8), *middle, *_filler(3, 8)], _filler(4)])


def _unwrapped(middle: list[str]) -> str:
    """The copied page around these lines, as the block reader gets it: read as a print, unwrapped."""
    text = _page(middle)
    assert is_terminal_dump(text)
    return unwrap_dump(text)


_KPI_TABLE = [
    "7) KPIs and Productivity Metrics",
    "Metric name",
    "What it measures",
    "Example target/benchmark",
    "Frequency",
    "Delinquency rate",
    "Unpaid rent past the 5th as a share of scheduled rent",
    "< 2%",
    "Monthly",
    "Economic occupancy",
    "Rent collected as a share of gross potential rent",
    "≥ 93%",
    "Monthly",
]


# --- synthetic: a PDF's text copied from a viewer ---------------------------------------------------------------------


def test_synthetic_copied_print_is_read_as_a_print() -> None:
    out = _unwrapped([])
    assert "Page 2 of 3" not in out and _HEADER not in out
    assert "november10 and The reader checks india11" in out  # a paragraph's wrapped lines are one line


def test_synthetic_text_with_blank_lines_or_without_running_lines_is_no_copied_print() -> None:
    # Blank lines between its lines: no copied print, whose one-cell-a-line tables are built.
    text = _copied([_filler(1), [*_filler(2, 8), *_KPI_TABLE, *_filler(3, 8)], _filler(4)], blank_lines=True)
    assert "| Metric name |" not in unwrap_dump(text)
    # No running lines, no blank lines: a plain text page written one line a paragraph.
    plain = "\n".join(" ".join(_filler(page)) for page in range(1, 30)) + "\n"
    assert not is_terminal_dump(plain)


def test_synthetic_copied_print_table_cells_may_be_longer_than_48_characters() -> None:
    out = _unwrapped(_KPI_TABLE)
    assert "| Metric name | What it measures | Example target/benchmark | Frequency |" in out
    assert "| Delinquency rate | Unpaid rent past the 5th as a share of scheduled rent | < 2% | Monthly |" in out


def test_synthetic_a_long_line_after_short_ones_is_no_cell() -> None:
    # A paragraph's line (most of the width) ends the run of short lines: no table of one row.
    lines = ["Metric name", "What it measures", "Example target/benchmark", "Frequency", "Delinquency rate"]
    lines.append("Unpaid rent past the fifth day of the month as a share of scheduled rent, which the site")
    out = _unwrapped(lines)
    assert "| Metric name |" not in out


def test_synthetic_lost_bullet_glyph_makes_an_item_whose_wrapped_line_joins() -> None:
    lines = [
        "Daily activities",
        " Review the daily activity report: move-ins, move-outs, traffic, applications, and open work",
        "orders.",
        " Monthly owner or asset manager review",
    ]
    out = _unwrapped(lines)
    item = "• Review the daily activity report: move-ins, move-outs, traffic, applications, and open work orders."
    assert item in out
    assert "\n• Monthly owner or asset manager review\n" in out


def test_synthetic_a_space_before_lowercase_is_no_lost_bullet() -> None:
    out = _unwrapped(["Daily activities", " and a line that opens in lowercase"])
    assert "• and a line" not in out


def test_synthetic_width_is_read_past_a_comment_copied_unwrapped() -> None:
    lines = [
        "Typical reporting line: Reports to the Regional Property Manager within the management company's",
        "Operations division.",
        "A comment the viewer copied unwrapped runs well past the column of the PDF that every other line keeps to.",
    ]
    out = _unwrapped(lines)
    assert "within the management company's Operations division." in out


def test_synthetic_a_comma_ends_no_line_of_an_item() -> None:
    lines = [
        "Team topology",
        "• Property manager, assistant manager, 2–3 leasing consultants, a dedicated maintenance supervisor,",
        "2–4 technicians, and a porter.",
        "• Short item after it,",
        "• Another item.",
    ]
    out = _unwrapped(lines)
    assert "a dedicated maintenance supervisor, 2–4 technicians, and a porter." in out
    assert "\n• Another item." in out  # an item's marker still opens its own item


def test_synthetic_a_known_subheading_after_a_full_line_opens_a_block() -> None:
    lines = [
        "Common feeder roles",
        "• Leasing Consultant",
        "• Typical path: Leasing Consultant → Assistant Property Manager → Residential Property Manager",
        "Next likely roles after this role",
        "• Regional Property Manager",
    ]
    out = _unwrapped(lines)
    assert "\nNext likely roles after this role\n" in out


def test_synthetic_a_line_after_a_comma_stays_in_its_item_however_known() -> None:
    lines = [
        "Prior role backgrounds commonly seen",
        "• KYC / AML analyst, Internal auditor (financial services), Operational risk analyst, Compliance",
        "Regulatory affairs associate",
    ]
    out = _unwrapped(lines)
    assert "\nRegulatory affairs associate\n" in out  # "Compliance" ends no item on a word the next continues
    lines[1] = "• KYC / AML analyst, Internal auditor (financial services), Operational risk analyst, and the"
    lines[2] = "Regulatory affairs associate"
    assert "and the Regulatory affairs associate" in _unwrapped(lines)


def test_synthetic_scorecard_last_value_stops_at_a_widget_line() -> None:
    lines = [
        "20) Final Role Scorecard Summary",
        "Category",
        "Executive summary",
        "Role title",
        "Test Role",
        "Career progression options",
        "Senior Property Manager, Regional Property Manager, Director",
        "of Property Operations, Asset Manager, Revenue Manager",
        "Related Posts",
    ]
    out = _unwrapped(lines)
    row = "| Career progression options | Senior Property Manager, Regional Property Manager, Director of Property"
    assert row in out
    assert "Revenue Manager |" in out
    assert "\nRelated Posts\n" in out


def _feeders(item: str) -> list[dict[str, Any]]:
    body = (
        f"<h2>15) Career Path and Progression</h2><h3>Common feeder roles</h3><ul><li>Analyst</li><li>{item}</li></ul>"
    )
    return html_fields(body)["career_path"]["feeder_roles"]


def test_synthetic_a_chain_label_is_no_part_of_a_feeder_role() -> None:
    role = _feeders("Typical path: Intern → Analyst → Test Role")[-1]
    assert role["name"] == "Intern"
    assert role["transition"]["from_role"] == "Intern"
    assert role["transition"]["path"] == ["Intern", "Analyst", "Test Role"]
    assert role["text"] == "Typical path: Intern → Analyst → Test Role"  # as on the page


def test_synthetic_a_feeder_chain_without_a_label_stays_as_it_was() -> None:
    role = _feeders("Analyst → Test Role")[-1]
    assert (role["name"], role["transition"]["from_role"]) == ("Analyst", "Analyst")


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Residential Property Manager"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"] == (
        "Reports to the Regional Property Manager within the management company's Operations division."
    )
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("Owners and management companies employ this role because")
    assert f["role_summary"]["role_horizon"]["note"] == (
        "well-established; demand steady as build-to-rent and institutional multifamily ownership expand"
    )
    importance = f["role_mission"]["strategic_importance"]
    assert len(importance) == 3
    assert importance[0].endswith("every dollar of NOI is capitalized into the property's valuation.")
    assert f["role_mission"]["strategic_importance_lead"] is None
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    r = f["responsibilities"]
    items = r["items"]
    assert len(items) == 20
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3, "operational": 5, "technical": 4, "cross_functional": 3, "governance": 3, "leadership": 2,
    }  # fmt: skip
    assert items[0]["title"] == "Prepare the annual operating budget"
    assert items[0]["detail"] == (
        "Build revenue, payroll, repairs and maintenance, utilities, and capital lines with the regional manager; "
        "defend assumptions to the asset manager."
    )
    assert items[-1]["title"] == "Set team goals and schedules"
    assert len(r["intro"]) == 1  # no wrapped tails


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 4, 4, 3]
    assert all(d[k]["intro"] == [] for k in cadences)
    assert d["daily"]["items"][0]["text"] == (
        "Review the daily activity report: move-ins, move-outs, traffic, applications, and open work orders."
    )
    assert d["recurring_rituals"]["items"][-1]["text"] == "Quarterly resident town hall or newsletter"
    assert len(f["deliverables"]["items"]) == 9
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2] * 6
    assert len(g["high_performance"]) == 3


_KPIS = [
    ("Physical occupancy", "≥ 95%", "Weekly"),
    ("Economic occupancy", "≥ 93%", "Monthly"),
    ("Delinquency rate", "< 2%", "Monthly"),
    ("Lease renewal rate", "55–60%", "Monthly"),
    ("Average days vacant", "≤ 21 days", "Monthly"),
    ("Make-ready turn time", "5–7 days", "Per unit turn"),
    ("Lead-to-lease conversion", "12–15%", "Weekly"),
    ("Work order completion time", "≤ 48 hours", "Weekly"),
    ("Controllable expense variance", "Within ±3%", "Monthly"),
    ("Resident satisfaction score", "≥ 4.2/5", "Quarterly"),
    ("Online reputation rating", "≥ 4.0 stars", "Monthly"),  # its cells split by a page break
    ("Lease file audit accuracy", "≥ 98%", "Quarterly"),
]


def test_kpi_rows_and_notes() -> None:
    k = _fields()["kpis"]
    assert [(r["name"], r["target"], r["frequency"]) for r in k["rows"]] == _KPIS
    assert k["rows"][2]["what_it_measures"] == "Unpaid rent past the 5th as a share of scheduled rent"
    assert k["rows"][10]["what_it_measures"] == "Average review score across Google and ILS sites"
    assert len(k["intro"]) == 1
    items = [item["text"] for note in k["notes"] for item in note["items"]]
    assert items == [
        "Read occupancy and delinquency together; buying occupancy with weak screening raises bad debt later.",
        "Adjust targets for seasonality, since most markets lease fastest between May and August.",
    ]


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 15
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Property management software operation"] == ["critical"]
    assert importance["Leasing and sales process"] == ["important"]
    assert importance["Affordable housing compliance (LIHTC, Section 8)"] == ["optional", "important"]
    assert importance["Data privacy in resident screening"] == ["context_specific"]
    assert skills[1]["what_good_looks_like"].endswith("the seven federally protected classes.")
    assert f["technical_skills"]["intro"] == [
        "Importance ratings reflect what a regional manager expects at hire for a conventional market-rate property."
    ]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert soft[0]["name"] == "Customer service orientation"
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 13
    assert [tool["name"] for tool in rows[0]["tools"]] == ["Yardi Voyager", "RealPage OneSite", "AppFolio", "Entrata"]
    assert (rows[0]["category"], rows[0]["prevalence"]) == ("Property management software", "common")
    assert (rows[1]["category"], rows[1]["prevalence"]) == ("Revenue management", "context_specific")
    assert [tool["name"] for tool in rows[1]["tools"]] == ["YieldStar", "LRO", "AI Revenue Management"]
    assert rows[-1]["category"] == "E-signature"
    assert [tool["name"] for tool in rows[-1]["tools"]] == ["DocuSign", "Blue Moon eSignature"]
    assert [r["prevalence"] for r in rows].count("common") == 7


def test_stack_stakeholders_experience_and_career() -> None:
    f = _fields()
    envs = f["tech_stack"]["environments"]
    assert [len(e["items"]) for e in envs] == [2, 1, 1, 1, 1]
    assert envs[-1]["items"][0]["text"].endswith("a maintenance supervisor, 2–4 technicians, and a porter.")
    s = f["stakeholders"]
    assert (len(s["internal"]), len(s["external"])) == (4, 2)
    assert [r["name"] for r in s["peer_roles"]] == [
        "Assistant Property Manager",
        "Leasing Manager",
        "Maintenance Supervisor",
        "Community Association Manager",
        "Commercial Property Manager",
    ]
    e = f["experience"]
    years = e["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 6.0, False)
    assert years["text"].endswith("at least 2 years as an assistant property manager or leasing manager.")
    assert len(e["certifications"]) == 4
    assert [r["name"] for r in e["prior_roles"]][-1] == "Community Association Manager"
    c = f["career_path"]
    assert [r["name"] for r in c["next_roles"]] == [
        "Senior Property Manager",
        "Regional Property Manager",
        "Director of Property Operations",
    ]
    assert len(c["adjacent_paths"]) == 3
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Leasing Consultant",
        "Assistant Property Manager",
        "Leasing Manager",
        "Leasing Consultant",  # the arrow line, its chain as the transition
    ]
    assert c["feeder_roles"][-1]["transition"]["path"] == [
        "Leasing Consultant",
        "Assistant Property Manager",
        "Residential Property Manager",
    ]
    assert c["evolution"][1]["text"].endswith("is common after 5–8 years at the regional level.")
    assert f["ai_impact"]["changes"][0]["text"].endswith("exceptions, residents, and financial judgment.")


def test_hiring_and_final_scorecard() -> None:
    f = _fields()
    rows = f["hiring"]["scorecard"]["rows"]
    assert [r["dimension"] for r in rows] == [
        "Financial management",
        "Compliance knowledge",
        "Leasing and sales",
        "Resident relations",
        "Leadership",
    ]
    assert rows[0]["meets"] == "Reads an income statement and explains variances"
    assert rows[-1]["exceeds"] == "Has developed staff who were promoted"
    sc = f["scorecard"]
    assert sc["role_title"] == "Residential Property Manager"
    assert sc["role_purpose"].endswith("treated fairly under housing law.")
    assert len(sc["top_responsibilities"]) == 10
    assert (sc["top_responsibilities"][3], sc["top_responsibilities"][-1]) == ("Unit turns", "Staff leadership")
    assert (sc["top_technical_skills"][2], sc["top_technical_skills"][-1]) == ("Fair housing", "Insurance claims")
    assert (sc["top_soft_skills"][0], sc["top_soft_skills"][-1]) == ("Customer service", "Integrity")
    assert len(sc["top_tools"]) == 10
    assert len(sc["top_kpis"]) == 8
    assert len(sc["main_deliverables"]) == 6
    assert [r["name"] for r in sc["career_progression_options"]][-1] == "Revenue Manager"


@pytest.mark.parametrize(
    "noise",
    [
        "12/7/25, 9:41 PM",
        "Responsibiliti...",
        "careerframeworks.example.org",
        "Page 1 of 14",
        "Skip to content",
        "Renata Okafor",
        "Planning a Move This Season?",
        "Get Free Moving Quotes",
        "Advertisement",
        "self-storage",
        "Related Posts",
        "Leasing Consultant: Role Blueprint",
        "Notify of",
        "painfully accurate",
        "Rent Manager",
        "Would love your thoughts",
        "CareerFrameworks Media",
        "555) 014-2290",
        "โ",
    ],
)
def test_noise_absent(noise: str) -> None:
    assert not any(noise in s for s in all_strings(_fields())), noise
