"""warm_up builds, once and before workers fork, what every page needs."""

from __future__ import annotations

import gc

from conftest import RAW
from pipeline import extract
from pipeline.extraction import warm_up
from pipeline.parsers import vocabulary
from pipeline.tables import _tool_matcher


def test_warm_up_builds_the_rules_a_first_page_would_otherwise_build_and_freezes_them() -> None:
    warm_up()
    assert _tool_matcher.cache_info().currsize == 1  # the tools gazetteer
    built = vocabulary.rule_set.cache_info().currsize  # experience, career, hiring... rule sets
    extract(RAW / "000_de98393afd8030e6.txt")
    assert vocabulary.rule_set.cache_info().currsize == built  # the seed needed none it did not build
    assert gc.get_freeze_count() > 10_000  # the long-lived heap is out of the collector's way
