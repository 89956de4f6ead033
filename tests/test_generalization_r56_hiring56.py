"""Round 56: a labelled exercise sentence among plain ones, each timed at its end (WordPress REST, Elementor).

"Live troubleshooting: an EC2 instance in a private subnet cannot reach S3 (30 minutes)." sat under two plain
sentences ("Review a flawed Terraform pull request and explain the risks (45 minutes)."). Its text was cut to
the label and the scenario, with its duration, went into details: the shape differed from its siblings'.
The page is hand-written (synthetic), with its key in tests/unseen/answer_keys.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, hiring_exercises, unseen_document

PAGE = "cloud-engineer-rest-elementor.synthetic.json"


def _exercises(items: list[str]) -> list[dict[str, Any]]:
    return hiring_exercises(items, role="Cloud Engineer")


def _shape(exercise: dict[str, Any]) -> tuple[Any, ...]:
    details = [d["text"] for d in exercise["details"]]
    return exercise["text"], exercise["name"], exercise["duration"], exercise["format_note"], details


def test_synthetic_labelled_timed_sentence_keeps_its_whole_line() -> None:
    exercises = _exercises(
        [
            "Review a pull request that widens an IAM policy (45 minutes).",
            "Incident drill: a NAT gateway fails during a release (20 minutes, live).",
            "Sketch a backup plan for a tier-1 database (30 minutes).",
        ]
    )
    assert [_shape(e) for e in exercises] == [
        (
            "Review a pull request that widens an IAM policy (45 minutes)",
            "Review a pull request that widens an IAM policy",
            "45 minutes",
            None,
            [],
        ),
        (
            "Incident drill: a NAT gateway fails during a release (20 minutes, live)",
            "Incident drill",
            "20 minutes",
            "live",
            [],
        ),
        (
            "Sketch a backup plan for a tier-1 database (30 minutes)",
            "Sketch a backup plan for a tier-1 database",
            "30 minutes",
            None,
            [],
        ),
    ]


def test_synthetic_list_all_of_labels_keeps_label_and_detail() -> None:
    exercises = _exercises(
        [
            "Cost case: cut a monthly bill by 15% without losing resilience (60 minutes).",
            "Walkthrough: explain a failed Terraform apply to a product team (15 minutes).",
        ]
    )
    assert [_shape(e) for e in exercises] == [
        (
            "Cost case: cut a monthly bill by 15% without losing resilience (60 minutes).",  # the line as written
            "Cost case",
            "60 minutes",
            None,
            ["cut a monthly bill by 15% without losing resilience (60 minutes)."],
        ),
        (
            "Walkthrough: explain a failed Terraform apply to a product team (15 minutes).",
            "Walkthrough",
            "15 minutes",
            None,
            ["explain a failed Terraform apply to a product team (15 minutes)."],
        ),
    ]


def test_synthetic_untimed_label_among_sentences_still_names_the_exercise() -> None:
    exercises = _exercises(
        ["Build a small VPC module with tests (take-home, 3 hours).", "System design: a multi-account landing zone."]
    )
    assert [_shape(e) for e in exercises][1] == (
        "System design: a multi-account landing zone.",
        "System design",
        None,
        None,
        ["a multi-account landing zone."],
    )


def test_unseen_page_exercises_keep_the_item_as_written() -> None:
    exercises = unseen_document(PAGE)["fields"]["hiring"]["exercises"]
    assert [_shape(e) for e in exercises] == [
        (
            "Review a flawed Terraform pull request and explain the risks (45 minutes)",
            "Review a flawed Terraform pull request and explain the risks",
            "45 minutes",
            None,
            [],
        ),
        (
            "Design a VPC and account layout for a new three-tier service (60 minutes, whiteboard)",
            "Design a VPC and account layout for a new three-tier service",
            "60 minutes",
            "whiteboard",
            [],
        ),
        (
            "Live troubleshooting: an EC2 instance in a private subnet cannot reach S3 (30 minutes)",
            "Live troubleshooting",
            "30 minutes",
            None,
            [],
        ),
    ]


def test_unseen_page_hiring_rest_and_noise() -> None:
    document = unseen_document(PAGE)
    hiring = document["fields"]["hiring"]
    assert [row["dimension"] for row in hiring["scorecard"]["rows"]] == [
        "AWS fundamentals",
        "Infrastructure as code",
        "Troubleshooting",
        "Security mindset",
        "Cost awareness",
        "CI/CD and automation",
        "Communication",
    ]
    strings = all_strings(document)
    for noise in ("adsbygoogle", "Nimbus Ledger", "Priya Raman", "Leave a Reply", "Read More »", "Post on X"):
        assert not any(noise in text for text in strings), noise
