"""Round 60: labelled and plain exercise sentences in one list; a two-sentence lead of a variant dimension.

- business-analyst-rest-gutenberg (WordPress REST, Gutenberg): the exercises list "Case: run a 30-minute mock
  workshop ...", "Write three user stories ...", "SQL exercise: reconcile ..." came out as two exercises. The
  labelled "SQL exercise: ..." item counted as a title line, so the list was not read item by item and the plain
  sentence became a detail of "Case".
- iam-engineer-seed000 (seed-000 text): under "By geography" the lead "Core practices are global. Differences
  include:" (six words, two sentences) was read as a variant's name, its three points keeping their commas.

The pages are hand-written (synthetic), with their keys in tests/unseen/answer_keys.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, hiring_exercises, html_fields, unseen_document

BA_PAGE = "business-analyst-rest-gutenberg.synthetic.json"
IAM_PAGE = "iam-engineer-seed000.synthetic.txt"


def _shape(exercise: dict[str, Any]) -> tuple[Any, ...]:
    return exercise["name"], [d["text"] for d in exercise["details"]]


# --- exercises: labelled and plain sentences, one exercise per item ------------------------------------------


def test_synthetic_labelled_and_plain_exercise_sentences_are_one_exercise_each() -> None:
    exercises = hiring_exercises(
        [
            "Case: lead a 20-minute design review of a leave request process",
            "Draft a data dictionary for two tables from a short brief",
            "Excel exercise: reconcile two ledgers of supplier payments",
        ]
    )
    assert [_shape(e) for e in exercises] == [
        ("Case", ["lead a 20-minute design review of a leave request process"]),
        ("Draft a data dictionary for two tables from a short brief", []),
        ("Excel exercise", ["reconcile two ledgers of supplier payments"]),
    ]


def test_synthetic_html_list_with_a_labelled_exercise_last() -> None:
    body = (
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises</h3><ul>"
        "<li>Walk a panel through a past requirements backlog</li>"
        "<li>Modelling exercise: draw the to-be order-to-cash flow in BPMN</li></ul>"
        "<h3>Red flags</h3><ul><li>Blames users.</li></ul>"
    )
    exercises = html_fields(body)["hiring"]["exercises"]
    assert [_shape(e) for e in exercises] == [
        ("Walk a panel through a past requirements backlog", []),
        ("Modelling exercise", ["draw the to-be order-to-cash flow in BPMN"]),
    ]


def test_synthetic_title_line_still_owns_the_lines_after_it() -> None:
    # A title with no description of its own ("Take-home exercise (2–4 hours)") still heads the list.
    exercises = hiring_exercises(
        ["Take-home exercise (2–4 hours)", "Scenario: a retailer loses orders.", "Submit a short written plan."]
    )
    shapes = [(e["name"], e["duration"], len(e["details"])) for e in exercises]
    assert shapes == [("Take-home exercise", "2–4 hours", 2)]


def test_unseen_ba_page_has_its_three_exercises() -> None:
    exercises = unseen_document(BA_PAGE)["fields"]["hiring"]["exercises"]
    assert [_shape(e) for e in exercises] == [
        ("Case", ["run a 30-minute mock workshop on a purchase approval process"]),
        ("Write three user stories with acceptance criteria from a short brief", []),
        ("SQL exercise", ["reconcile two extracts of customer master data"]),
    ]


def test_unseen_ba_page_noise_absent() -> None:
    strings = all_strings(unseen_document(BA_PAGE)["fields"])
    for noise in ("adsbygoogle", "COMPASS15", "Try ReqTrail free", "Get FlowCanvas Free", "Related reading"):
        assert not any(noise in text for text in strings), noise


# --- variants: a two-sentence lead is the dimension's, not a variant ---------------------------------------------


def _variants(items: list[str]) -> list[dict[str, Any]]:
    body = (
        "<h2>17) Role Variants</h2><h3>By company size</h3><ul><li>Small company</li>"
        "<li>One engineer covers everything.</li></ul><h3>By geography</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )
    return html_fields(body)["role_variants"]["dimensions"]


def test_synthetic_two_sentence_lead_is_a_dimension_note() -> None:
    size, geography = _variants(
        ["Duties match across regions. Changes cover:", "local labour law,", "tax rules,", "language support."]
    )
    assert [v["name"] for v in size["variants"]] == ["Small company"]  # a name line is still a variant
    assert geography["variants"] == []
    assert geography["notes"] == [
        {
            "text": "Duties match across regions. Changes cover:",
            "sub_items": ["local labour law", "tax rules", "language support"],
        }
    ]


def test_synthetic_short_name_line_still_names_a_variant() -> None:
    _size, geography = _variants(["Europe", "Works councils weigh in on monitoring."])
    assert [(v["name"], [p["text"] for p in v["points"]]) for v in geography["variants"]] == [
        ("Europe", ["Works councils weigh in on monitoring."])
    ]


def test_unseen_iam_page_geography_lead_and_points() -> None:
    dimensions = unseen_document(IAM_PAGE)["fields"]["role_variants"]["dimensions"]
    geography = next(d for d in dimensions if d["dimension"] == "geography")
    assert geography["variants"] == []
    assert geography["notes"] == [
        {
            "text": "Core practices are global. Differences include:",
            "sub_items": [
                "data residency for identity stores",
                "works council consultation for monitoring features",
                "regional privacy rules affecting logging",
            ],
        }
    ]
    counts = {d["dimension"]: len(d["variants"]) for d in dimensions}
    assert counts == {
        "company_size": 2,
        "industry": 4,
        "geography": 0,
        "product_vs_service": 2,
        "startup_vs_enterprise": 2,
        "regulated": 2,
    }
