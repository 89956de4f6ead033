"""Round 54: k8s-platform-engineer-seed004 (compact seed-004 layout) and its KPI table.

Two KPI defects were reported. A bracketed acronym after a KPI name ("Platform availability (SLO)") gets no
qualifier while "(platform NPS)" does: deliberate, a one-token capitals note is the name's short form
(text.is_short_form, as "Mean time to restore (MTTR)", "Recordable incident rate (TRIR)"), pinned here. The
frequency "Per event / Monthly" reads ['monthly', 'other']: 'other' is appended last as a flag (the list must not
read narrower than the page, pinned by "Per test / incident" → [per_incident, other]). "Per event" now names a
cadence, ad_hoc (measured whenever the occasion arises, off the calendar; an event is no incident), so the row reads
[ad_hoc, monthly] in the printed order. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.parsers.kpis import frequencies_of

K8S = "k8s-platform-engineer-seed004.synthetic.txt"


def _kpi_rows(table: str) -> list[dict]:
    page = (
        "1) Role Summary\nThe Platform Engineer runs the Kubernetes platform for product teams.\n"
        "7) KPIs and Productivity Metrics\n"
        "| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |\n"
        "|---|---|---|---|---|\n" + table + "8) Technical Skills Required\n- Kubernetes administration\n"
    )
    (extraction,) = extract(page.encode(), name="platform-engineer.txt")
    return extraction.document["fields"]["kpis"]["rows"]


# --- synthetic: a bracketed acronym is the name's short form, a bracketed phrase its qualifier ----------------------


def test_synthetic_bracketed_acronym_is_no_qualifier() -> None:
    rows = _kpi_rows(
        "| Platform availability (SLO) | Uptime of the API | Tenants rely on it | 99.95% | Monthly |\n"
        "| Mean time to restore (MTTR) | Time to recover | Limits impact | <45 minutes | Per incident |\n"
        "| Developer satisfaction (platform NPS) | Survey score | Adoption | NPS >30 | Quarterly |\n"
    )
    assert [(row["name"], row["qualifier"]) for row in rows] == [
        ("Platform availability (SLO)", None),
        ("Mean time to restore (MTTR)", None),
        ("Developer satisfaction (platform NPS)", "platform NPS"),
    ]


# --- synthetic: "per event" is an ad hoc cadence, read in the printed order -------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("Per event", ["ad_hoc"]), ("Each event", ["ad_hoc"]), ("Per event / Monthly", ["ad_hoc", "monthly"]),
     ("Quarterly, every event", ["quarterly", "ad_hoc"]), ("Per incident / Monthly", ["per_incident", "monthly"]),
     ("Event-driven", ["other"])],
)  # fmt: skip
def test_synthetic_per_event_is_ad_hoc(printed: str, expected: list[str]) -> None:
    assert frequencies_of(printed) == expected


def test_synthetic_per_event_row_keeps_printed_order() -> None:
    (row,) = _kpi_rows("| Critical CVE patch time | Days to patch | Exposure | <7 days | Per event / Monthly |\n")
    assert (row["frequency"], row["frequencies"]) == ("Per event / Monthly", ["ad_hoc", "monthly"])


# --- the frozen page ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def k8s() -> dict:
    return unseen_document(K8S)


def test_k8s_kpi_rows_names_and_frequencies(k8s: dict) -> None:
    rows = k8s["fields"]["kpis"]["rows"]
    assert len(rows) == 15
    assert (rows[0]["name"], rows[0]["qualifier"], rows[0]["frequencies"]) == (
        "Platform availability (SLO)",
        None,
        ["monthly"],
    )
    assert (rows[7]["frequency"], rows[7]["frequencies"]) == ("Per incident / Monthly", ["per_incident", "monthly"])
    assert [row["qualifier"] for row in rows if row["qualifier"]] == [
        "requests vs allocatable",
        "platform changes",
        "platform incidents",
        "cluster components",
        "platform NPS",
    ]
    assert (rows[10]["name"], rows[10]["frequencies"]) == (
        "Critical CVE patch time (cluster components)",
        ["ad_hoc", "monthly"],
    )
    assert len(k8s["fields"]["kpis"]["notes"][0]["items"]) == 3


def test_k8s_no_noise_or_pipe_markup_in_kpis(k8s: dict) -> None:
    strings = all_strings(k8s["fields"]["kpis"]["rows"])
    assert not any("|---" in s or "\u0e42" in s or "DevOpsSchool" in s for s in strings)
