"""Shared fixtures: the real seed pages, extracted once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import Extraction, extract

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
OUT = ROOT / "out"
SEED_000 = RAW / "000_de98393afd8030e6.txt"
SEED_004 = RAW / "004_c6037ac0a712d293.txt"


def _one(path: Path) -> Extraction:
    (result,) = extract(path, name=path.relative_to(RAW).as_posix())
    return result


@pytest.fixture(scope="session")
def seed000() -> Extraction:
    """Seed 000 (Associate Applied Scientist), blank-line text style."""
    return _one(SEED_000)


@pytest.fixture(scope="session")
def seed004() -> Extraction:
    """Seed 004 (Associate NLP Scientist), compact text style."""
    return _one(SEED_004)
