"""Invisible break and join characters: synthetic snippets modelled on an unseen page of the family.

Text from another scraping pipeline (an MLOps Engineer page) kept soft hyphens, zero-width spaces and
zero-width joiners inside words, headings included ("3) Core Respon\u00adsibilities", "Kuber\u00adnetes"):
five sections were not recognised and 83 values carried the characters. They are dropped where no-break
spaces are folded, raw or as entities, and counted among the page's repairs.
"""

from __future__ import annotations

import json

from pipeline import extract
from pipeline.mojibake import repair_text

_PAGE = (
    "MLOps Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\n"
    "The MLOps Engineer runs the model platform.\n"
    "2) Role Mission\n"
    "Core mission: ship models safely.\n"
    "3) Core Respon\u00adsibilities\n"
    "Tech\u200bnical responsibilities\n"
    "- Operate Kuber\u00adnetes clusters and ML\u200dflow tracking\n"
    "8) Tech\u200bnical Skills Required\n"
    "Must-have technical skills\n"
    "- Kuber\u00adnetes (Critical)\n"
)


def test_headings_and_values_hold_no_invisible_characters() -> None:
    (extraction,) = extract(_PAGE.encode("utf-8"), name="mlops.txt")
    document = extraction.document
    assert [s["id"] for s in document["sections"]] == [
        "role_summary", "role_mission", "responsibilities", "technical_skills",
    ]  # fmt: skip
    (item,) = document["fields"]["responsibilities"]["items"]
    assert (item["category"], item["text"]) == ("technical", "Operate Kubernetes clusters and MLflow tracking")
    (skill,) = document["fields"]["technical_skills"]["skills"]
    assert (skill["name"], skill["importance"]) == ("Kubernetes", "critical")
    assert not any(char in json.dumps(document, ensure_ascii=False) for char in "\u00ad\u200b\u200d")
    assert [(r.broken, r.fixed, r.count) for r in extraction.repairs] == [
        ("soft hyphen", "removed", 3), ("zero-width joiner", "removed", 1), ("zero-width space", "removed", 2),
    ]  # fmt: skip


def test_entity_forms_are_dropped_too() -> None:
    text, repairs = repair_text(
        "Kuber&shy;netes, ML&#8203;flow&zwj;, Py&#xAD;Torch, Ray&#65279; and 8&nbsp;GPU&ZeroWidthSpace;s"
    )
    assert text == "Kubernetes, MLflow, PyTorch, Ray and 8 GPUs"
    assert {(r.broken, r.count) for r in repairs} == {
        ("soft hyphen", 2), ("zero-width space", 2), ("zero-width joiner", 1), ("zero-width no-break space", 1),
    }  # fmt: skip


def test_other_characters_and_entities_stay() -> None:
    # A hyphen, an em dash, an en dash and other entities are text: only the invisible ones go.
    text, repairs = repair_text("Sub-team – work—done &amp; &ndash; &#8211; caf\u00e9")
    assert (text, repairs) == ("Sub-team – work—done &amp; &ndash; &#8211; caf\u00e9", [])
