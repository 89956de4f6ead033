"""Round 52: in the seed-004 compact text, sibling '- ' exercise titles without the word "exercise".

"Flaky test debugging (live)" (a bracket saying only how it is run) and "Test strategy discussion" (a short
untimed title after a long task fragment) were read as details of "Take-home or live exercise (2–3 hours)".
The page is hand-written (synthetic), with its key in tests/unseen/answer_keys.
"""

from __future__ import annotations

from snippets import unseen_document

from pipeline import extract
from pipeline.parsers.hiring import is_exercise_title

PAGE = "qa-automation-engineer-seed004.synthetic.txt"


def _exercises(lines: list[str]) -> list[dict]:
    page = "1) Role Summary\nThe role keeps releases safe.\n2) Role Mission\nShip with confidence.\n"
    page += "3) Core Responsibilities\n- Maintain the regression suites.\n19) Hiring Evaluation Criteria\n"
    page += "Practical exercises or case studies (recommended)\n" + "\n".join(lines)
    page += "\nRed flags\n- Blames others for every failure.\n"
    (extraction,) = extract(page.encode("utf-8"), name="synthetic.txt")
    return extraction.document["fields"]["hiring"]["exercises"]


def test_synthetic_bracket_of_a_format_titles_an_exercise() -> None:
    assert is_exercise_title("Incident triage (whiteboard)")
    assert is_exercise_title("Flaky test debugging (live)")
    assert not is_exercise_title("Automate three journeys (e.g., login)")
    assert not is_exercise_title("Diagnose likely causes (live).")


def test_synthetic_sibling_titles_each_start_an_exercise() -> None:
    exercises = _exercises(
        [
            "- Take-home exercise (3 hours)",
            "- Given a sample service and its API:",
            "- Write four API checks covering contracts and negative paths",
            "- Summarise what was left out and why in a short note",
            "- Log analysis (whiteboard)",
            "- Explain a burst of intermittent timeouts seen in the nightly run",
            "- Release readiness discussion",
            "- Walk through a release plan; ask the candidate which risks block the go decision.",
        ]
    )
    assert [(e["name"], e["duration"], e["format_note"]) for e in exercises] == [
        ("Take-home exercise", "3 hours", None),
        ("Log analysis", None, "whiteboard"),
        ("Release readiness discussion", None, None),
    ]
    assert exercises[0]["details"][0]["sub_items"] == [
        "Write four API checks covering contracts and negative paths",
        "Summarise what was left out and why in a short note",
    ]
    assert [d["text"] for d in exercises[2]["details"]] == [
        "Walk through a release plan; ask the candidate which risks block the go decision."
    ]


def test_synthetic_short_fragments_stay_details() -> None:
    exercises = _exercises(
        [
            "- Take-home exercise (3 hours)",
            "- Languages allowed:",
            "- Python",
            "- Java",
            "- TypeScript tests only",
            "- Submit the repository link by email.",
        ]
    )
    assert len(exercises) == 1
    assert exercises[0]["details"][0]["sub_items"][:3] == ["Python", "Java", "TypeScript tests only"]


def test_unseen_page_has_three_exercises() -> None:
    exercises = unseen_document(PAGE)["fields"]["hiring"]["exercises"]
    assert [e["text"] for e in exercises] == [
        "Take-home or live exercise (2–3 hours)",
        "Flaky test debugging (live)",
        "Test strategy discussion",
    ]
    assert exercises[0]["details"][0]["sub_items"] == [
        "Automate three user journeys with Playwright or Cypress and two API checks",
        "Provide a short README explaining design choices and what was left out",
    ]
    assert [d["text"] for d in exercises[1]["details"]] == [
        "“This test passes locally but fails 1 in 5 runs in CI.”",
        "Diagnose likely causes from the trace and logs and propose a fix",
    ]
    assert exercises[2]["details"][0]["text"].startswith("Present a new checkout feature;")
