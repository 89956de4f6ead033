"""Synthetic snippets modelled on unseen pages of the family (round 17: trafilatura's plain-text extraction of a
WordPress blueprint, with no title line, "N) Title" headings, "- " items and "– detail" lines)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.parsers.experience import parse_years
from pipeline.parsers.text import split_label

_PAGE = (
    "1) Role Summary\nThe Test Role does this work for the business with several teams.\n"
    "2) Role Mission\nCore mission:\nMake the work reliable for every team that depends on it.\n"
    "{body}"
)


def text_fields(body: str) -> dict[str, Any]:
    """The typed fields of a trafilatura-style text page: sections 1 and 2, then ``body``."""
    (extraction,) = extract(_PAGE.format(body=body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


# --- years of experience: alternative paths ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "open_ended", "range_text"),
    [
        (
            "PhD plus 2–5 years of postdoctoral or industry research experience; or MSc with 5–8+ years of "
            "relevant industry experience.",
            2.0,
            8.0,
            True,
            "2–5 years or 5–8+ years",
        ),
        ("5 years of industry experience; or 3 years with a PhD.", 3.0, 5.0, False, "5 years or 3 years"),
        ("BSc with 4–6 years; or MSc with 2+ years", 2.0, 6.0, True, "4–6 years or 2+ years"),
    ],
)
def test_alternative_paths_span_their_ranges(
    text: str, low: float, high: float, open_ended: bool, range_text: str
) -> None:
    years = parse_years(text)
    assert years is not None
    assert (years.min_years, years.max_years, years.open_ended, years.range_text) == (
        low,
        high,
        open_ended,
        range_text,
    )


@pytest.mark.parametrize(
    ("text", "low", "high", "open_ended", "range_text"),
    [
        ("0–3 years", 0.0, 3.0, False, "0–3 years"),
        ("2–4+ years in software delivery", 2.0, 4.0, True, "2–4+ years"),
        # An "or" inside the first path's wording opens no second path: the later years are a different thing.
        ("3–5 years in ML or analytics, 2 years leading teams", 3.0, 5.0, False, "3–5 years"),
        # ", or" inside one sentence keeps the first range (the product-manager page of round 6 expects it).
        ("3–6 years in product management, or 5–8+ years in an adjacent role", 3.0, 6.0, False, "3–6 years"),
    ],
)
def test_one_path_keeps_its_first_range(text: str, low: float, high: float, open_ended: bool, range_text: str) -> None:
    years = parse_years(text)
    assert years is not None
    assert (years.min_years, years.max_years, years.open_ended, years.range_text) == (
        low,
        high,
        open_ended,
        range_text,
    )


def test_alternative_paths_on_a_page() -> None:
    fields = text_fields(
        "14) Required Experience and Qualifications\nTypical years of experience\n"
        "- PhD plus 2–5 years of postdoctoral research; or MSc with 5–8+ years of relevant industry experience.\n"
    )
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 8.0, True)


# --- hiring: a singular "Practical exercise" heading over a one-sentence timed task -----------------


def test_singular_exercise_heading_and_its_timed_sentence() -> None:
    hiring = text_fields(
        "19) Hiring Evaluation Criteria\nWhat to assess\n- Experimental design and statistics\n"
        "Practical exercise\n"
        "Candidate reviews a flawed assay data set and proposes root causes (60 minutes).\n"
    )["hiring"]
    assert [(e["name"], e["duration"]) for e in hiring["exercises"]] == [
        ("Candidate reviews a flawed assay data set and proposes root causes", "60 minutes")
    ]
    assert hiring["exercise_notes"] == []
    assert hiring["notes"] == []


def test_untimed_guidance_sentence_stays_an_exercise_note() -> None:
    hiring = text_fields(
        "19) Hiring Evaluation Criteria\nPractical exercises\nChoose one primary exercise and one follow-up.\n"
        "- Take-home exercise (2–4 hours)\n"
    )["hiring"]
    assert hiring["exercise_notes"] == ["Choose one primary exercise and one follow-up."]
    assert [(e["name"], e["duration"]) for e in hiring["exercises"]] == [("Take-home exercise", "2–4 hours")]


def test_a_listed_or_before_a_later_range_opens_no_path() -> None:
    years = parse_years(
        "8–12+ years in IT, infrastructure, or security, including at least 4 years designing cloud environments."
    )
    assert years is not None
    assert (years.min_years, years.max_years, years.open_ended, years.range_text) == (8.0, 12.0, True, "8–12+ years")


# --- labels: a lone "/" between two names is no word ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Principal Scientist / Associate Director (manager): priorities, review, escalation of scientific risk.",
            ("Principal Scientist / Associate Director (manager)", "priorities, review, escalation of scientific risk."),
        ),
        ("Legal & Compliance Partner Team Leads: contract terms.", ("Legal & Compliance Partner Team Leads", "contract terms.")),
        # Six words are a sentence with a colon, joiners or not.
        ("The team meets every Monday morning: standup.", (None, "The team meets every Monday morning: standup.")),
    ],
)
def test_split_label_does_not_count_joiners(text: str, expected: tuple[str | None, str]) -> None:
    assert split_label(text) == expected


def test_stakeholder_with_two_titles_keeps_its_name_and_nature() -> None:
    stakeholders = text_fields(
        "12) Stakeholders and Collaboration Map\nInternal stakeholders\n"
        "- Principal Scientist / Associate Director (manager): priorities, review, escalation of scientific risk.\n"
        "- Project leader: timelines and stage-gate preparation.\n"
    )["stakeholders"]
    assert [(s["name"], s["nature"]) for s in stakeholders["internal"]] == [
        ("Principal Scientist / Associate Director", "priorities, review, escalation of scientific risk."),
        ("Project leader", "timelines and stage-gate preparation."),
    ]


# --- AI impact: flat labelled items with no sub-headings ----------------------------------------


def test_flat_items_labelled_with_a_list_name_go_to_that_list() -> None:
    ai = text_fields(
        "18) AI / Automation Impact on the Role\n"
        "- Automatable: plate QC, curve fitting, literature triage.\n"
        "- Human-critical: hypothesis selection, experimental judgment.\n"
        "- New expectations: working with predictive models as routine tools.\n"
        "- Literature review: much faster with language models.\n"
    )["ai_impact"]
    items = {key: [(item["label"], item["description"]) for item in ai[key]]
             for key in ("automatable_tasks", "human_critical_tasks", "new_expectations")}  # fmt: skip
    assert items == {
        "automatable_tasks": [("Automatable", "plate QC, curve fitting, literature triage.")],
        "human_critical_tasks": [("Human-critical", "hypothesis selection, experimental judgment.")],
        "new_expectations": [("New expectations", "working with predictive models as routine tools.")],
    }
    # A label that names no list is an item of its own, kept where it was.
    assert ai["notes"] == ["Literature review: much faster with language models."]


def test_labelled_items_under_a_sub_heading_keep_their_labels() -> None:
    ai = text_fields(
        "18) AI / Automation Impact on the Role\nTasks that can be automated\n"
        "- New expectations: drafting status reports.\n"
    )["ai_impact"]
    assert [(i["label"], i["description"]) for i in ai["automatable_tasks"]] == [
        ("New expectations", "drafting status reports.")
    ]
    assert ai["new_expectations"] == []
