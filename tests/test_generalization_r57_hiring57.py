"""Round 57: an exercise offered in two formats, its time in a bracket after the first (OceanWP + WPBakery).

"Take-home (3 hours max) or live pairing: build a small feature ..." sat above "System design conversation:
design a notifications feature ...". The bracket inside the label hid it from the label readers: the task
sentence became the name, the label a "label", and the duration was lost, while its siblings were named by
their labels with the task as a detail. The page is hand-written (synthetic), with its key in
tests/unseen/answer_keys.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, hiring_exercises, unseen_document

PAGE = "fullstack-developer-wpbakery.synthetic.html"


def _exercises(items: list[str]) -> list[dict[str, Any]]:
    return hiring_exercises(items, role="Full-Stack Developer")


def _shape(exercise: dict[str, Any]) -> tuple[Any, ...]:
    details = [d["text"] for d in exercise["details"]]
    return exercise["label"], exercise["text"], exercise["name"], exercise["duration"], exercise["format_note"], details


def test_synthetic_timed_format_alternatives_are_named_like_their_siblings() -> None:
    exercises = _exercises(
        [
            "Take-home (4 hours max) or live pairing: add a search box with an API route and tests.",
            "Architecture conversation: sketch an audit log for a multi-tenant app.",
        ]
    )
    assert [_shape(e) for e in exercises] == [
        (
            None,
            "Take-home (4 hours max) or live pairing: add a search box with an API route and tests.",
            "Take-home or live pairing",
            "4 hours max",
            None,
            ["add a search box with an API route and tests."],
        ),
        (
            None,
            "Architecture conversation: sketch an audit log for a multi-tenant app.",
            "Architecture conversation",
            None,
            None,
            ["sketch an audit log for a multi-tenant app."],
        ),
    ]


def test_synthetic_time_after_the_first_of_other_formats() -> None:
    [first, _] = _exercises(
        ["Live coding (60 minutes) or take-home: build a rate-limited endpoint.", "Design review: a caching layer."]
    )
    assert (first["text"], first["name"], first["duration"]) == (
        "Live coding (60 minutes) or take-home: build a rate-limited endpoint.",
        "Live coding or take-home",
        "60 minutes",
    )
    assert [d["text"] for d in first["details"]] == ["build a rate-limited endpoint."]


def test_unseen_page_exercises_are_split_alike() -> None:
    document = unseen_document(PAGE)
    exercises = document["fields"]["hiring"]["exercises"]
    assert [_shape(e) for e in exercises] == [
        (
            None,
            (
                "Take-home (3 hours max) or live pairing: build a small feature with a Next.js page, an API endpoint, "
                "and a Postgres table, with tests."
            ),
            "Take-home or live pairing",
            "3 hours max",
            None,
            ["build a small feature with a Next.js page, an API endpoint, and a Postgres table, with tests."],
        ),
        (
            None,
            "System design conversation: design a notifications feature for a SaaS product.",
            "System design conversation",
            None,
            None,
            ["design a notifications feature for a SaaS product."],
        ),
        (
            None,
            "Code review exercise: review a flawed pull request and explain the feedback.",
            "Code review exercise",
            None,
            None,
            ["review a flawed pull request and explain the feedback."],
        ),
    ]
    hiring = document["fields"]["hiring"]
    assert (len(hiring["what_to_assess"]), len(hiring["strong_signals"]), len(hiring["weak_signals"])) == (5, 3, 2)
    assert len(hiring["red_flags"]) == 3 and len(hiring["scorecard"]["rows"]) == 6
    texts = all_strings(hiring)
    for noise in ("Advertisements", "Lakeshore", "Download the PDF", "Weekly Hiring Digest", "TallyHire", "wpb_"):
        assert not any(noise in text for text in texts)
