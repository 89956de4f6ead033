"""Round 37: parser leftovers on pages frozen in tests/unseen/ (keys in tests/unseen/answer_keys/).

1. Medium has no tables: the KPI table is re-typed as list items "name — what it measures — why it matters —
   target — frequency", no labels (data-quality-analyst-medium-json): 0 rows. A run of such items, each cut into
   the same 4 or 5 parts, is read as the table in its columns' canonical order.
2. A scraper flattening lists (pricing-analyst-newspaper3k) leaves "1. A – ... 2. B – ... 7. G – ..." in one
   "what to assess" item (1 area, key 7), and certifications "A (Optional) – B (Optional) – C (Context-specific)"
   on one line (1 certification, key 3).
The snippets are synthetic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from snippets import html_fields

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


# --- 1. a KPI table re-typed as unlabelled dash-separated items -----------------------------------------------------

_KPI_ITEMS = [
    "Ticket backlog age — Median age of open tickets — Old tickets signal stalled work — < 10 days — Weekly",
    "First contact resolution — Share solved on first touch — Saves repeat contacts — ≥ 70% — Monthly",
    "Customer satisfaction (CSAT) — Post-ticket survey score — Tracks perceived quality — ≥ 4.5 / 5 — Quarterly",
]


def _kpis(items: list[str]) -> dict[str, Any]:
    lis = "".join(f"<li>{item}</li>" for item in items)
    body = f"<h2>7) KPIs and Productivity Metrics</h2><p>The KPI table as a list.</p><ul>{lis}</ul>"
    return html_fields(body)["kpis"]


def test_synthetic_unlabelled_dash_items_are_the_kpi_table_rows() -> None:
    kpis = _kpis(_KPI_ITEMS)
    assert [row["name"] for row in kpis["rows"]] == [
        "Ticket backlog age", "First contact resolution", "Customer satisfaction (CSAT)"
    ]  # fmt: skip
    first = kpis["rows"][0]
    assert (first["what_it_measures"], first["why_it_matters"], first["target"], first["frequency"]) == (
        "Median age of open tickets", "Old tickets signal stalled work", "< 10 days", "Weekly"
    )  # fmt: skip
    assert [row["frequencies"] for row in kpis["rows"]] == [["weekly"], ["monthly"], ["quarterly"]]
    assert len(kpis["columns"]) == 5
    assert kpis["notes"] == []


def test_synthetic_four_part_items_fill_the_first_four_columns() -> None:
    items = [item.rsplit(" — ", 1)[0] for item in _KPI_ITEMS]
    rows = _kpis(items)["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Ticket backlog age", "< 10 days", None),
        ("First contact resolution", "≥ 70%", None),
        ("Customer satisfaction (CSAT)", "≥ 4.5 / 5", None),
    ]


def test_synthetic_dash_items_of_uneven_parts_or_too_few_stay_notes() -> None:
    uneven = [*_KPI_ITEMS[:2], "Escalation rate — Share escalated — ≤ 5%"]
    for items in (uneven, _KPI_ITEMS[:2]):
        kpis = _kpis(items)
        assert kpis["rows"] == []
        assert len(kpis["notes"][0]["items"]) == len(items)


# --- 2. flattened numbered areas and dashed certifications ----------------------------------------------------------


def test_synthetic_a_numbered_assess_item_running_on_is_one_area_a_number() -> None:
    line = (
        "Judgment – Weighs risk against speed. 2. Communication – Writes clearly. 3. Ownership – Follows through."
    )
    fields = html_fields(f"<h2>19) Hiring Evaluation Criteria</h2><h3>What to assess</h3><ol><li>{line}</li></ol>")
    areas = fields["hiring"]["what_to_assess"]
    assert [(area["number"], area["dimension"], area["description"]) for area in areas] == [
        (1, "Judgment", "Weighs risk against speed."),
        (2, "Communication", "Writes clearly."),
        (3, "Ownership", "Follows through."),
    ]


def test_synthetic_a_single_number_in_an_area_splits_nothing() -> None:
    line = "Judgment – Handles release 2. Then reviews it."
    fields = html_fields(f"<h2>19) Hiring Evaluation Criteria</h2><h3>What to assess</h3><ol><li>{line}</li></ol>")
    assert [area["dimension"] for area in fields["hiring"]["what_to_assess"]] == ["Judgment"]


def _certifications(line: str) -> list[dict[str, Any]]:
    heading = "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3>"
    fields = html_fields(f"{heading}<ul><li>{line}</li></ul>")
    return fields["experience"]["certifications"]


def test_synthetic_a_dashed_line_of_bracketed_levels_is_one_certification_a_part() -> None:
    found = _certifications("CISA (Optional) – ITIL Foundation (Optional) – CIA (Context-specific)")
    assert [(cert["name"], cert["requirement"]) for cert in found] == [
        ("CISA", "optional"), ("ITIL Foundation", "optional"), ("CIA", "context_specific")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("CPA – Optional (Important for accounting-heavy teams)", ["CPA"]),
        ("AWS Certified DevOps Engineer – Professional (Optional)", ["AWS Certified DevOps Engineer – Professional"]),
    ],
)
def test_synthetic_a_dash_before_a_level_or_grade_opens_no_part(line: str, names: list[str]) -> None:
    assert [cert["name"] for cert in _certifications(line)] == names


# --- the pages ------------------------------------------------------------------------------------------------------


def test_the_medium_json_page_reads_its_fourteen_kpis() -> None:
    kpis = _page("data-quality-analyst-medium-json.synthetic.json")["fields"]["kpis"]
    rows = kpis["rows"]
    assert len(rows) == 14
    first = (rows[0]["name"], rows[0]["target"], rows[0]["frequency"])
    assert first == ("Data quality score (tier-1)", "≥ 97%", "Weekly")
    assert rows[0]["what_it_measures"] == "Weighted pass rate of quality rules across tier-1 datasets"
    assert rows[0]["why_it_matters"] == "Single headline indicator of trust in critical data"
    assert (rows[-1]["name"], rows[-1]["target"], rows[-1]["frequencies"]) == (
        "Audit control exceptions", "0 high-severity exceptions", ["yearly"]
    )  # fmt: skip
    assert [row["frequency"] for row in rows].count("Monthly") == 5
    # The rows are no longer notes too.
    assert not any("—" in item["text"] for note in kpis["notes"] for item in note["items"])


def test_the_newspaper_page_reads_seven_areas_and_three_certifications() -> None:
    fields = _page("pricing-analyst-newspaper3k.synthetic.txt")["fields"]
    areas = fields["hiring"]["what_to_assess"]
    assert [area["number"] for area in areas] == [1, 2, 3, 4, 5, 6, 7]
    assert [area["dimension"] for area in areas] == [
        "Pricing and commercial judgment", "Quantitative modeling", "SQL and data handling", "Financial acumen",
        "Communication", "Stakeholder influence", "Integrity",
    ]  # fmt: skip
    assert areas[-1]["description"] == "Consistent application of policy."
    certs = fields["experience"]["certifications"]
    assert [(cert["name"], cert["requirement"]) for cert in certs] == [
        ("Certified Pricing Professional (CPP) from the Professional Pricing Society", "optional"),
        ("Tableau or Power BI data analyst certifications", "optional"),
        ("CFA Level I or financial modeling certificates", "context_specific"),
    ]
    assert not any(" – " in (cert["requirement_text"] or "") for cert in certs)


def test_the_logseq_page_reads_its_seven_flattened_areas() -> None:
    areas = _page("corporate-paralegal-logseq.synthetic.md")["fields"]["hiring"]["what_to_assess"]
    assert [area["dimension"] for area in areas] == [
        "Corporate law fundamentals", "Governance documentation", "Attention to detail", "Systems fluency",
        "Organization", "Communication", "Judgment",
    ]  # fmt: skip
    assert json.dumps(areas).count(" 2. ") == 0
