"""Turn scraped role-blueprint pages into typed, schema-validated JSON blueprints.

Library use::

    from pipeline import extract
    [result] = extract("raw/000_de98393afd8030e6.txt")
    result.blueprint.role.title   # 'Associate Applied Scientist'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    BinaryInputError,
    CorruptGzipError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedJSONError,
    NotABlueprintError,
    PipelineError,
    UnreadJSONError,
    UnsupportedInputError,
    ValidationError,
)
from .models import SCHEMA_VERSION  # noqa: E402
from .options import ExtractOptions  # noqa: E402

if TYPE_CHECKING:  # imported on first use at run time: see __getattr__
    from .blueprint import Blueprint
    from .extraction import Extraction, extract

__all__ = [
    "SCHEMA_VERSION",
    "BinaryInputError",
    "Blueprint",
    "CorruptGzipError",
    "DecodeError",
    "EmptyInputError",
    "ExtractOptions",
    "Extraction",
    "InputError",
    "InputTooLargeError",
    "MalformedJSONError",
    "NotABlueprintError",
    "PipelineError",
    "UnreadJSONError",
    "UnsupportedInputError",
    "ValidationError",
    "__version__",
    "extract",
]


def __getattr__(name: str) -> object:
    """extract, Extraction and Blueprint, imported on first use.

    They bring in spaCy and the section pipelines (about half a second): a command that extracts
    nothing (a rerun over unchanged pages, diff, --help) does not pay it.
    """
    if name in ("extract", "Extraction"):
        from . import extraction

        return getattr(extraction, name)
    if name == "Blueprint":
        from .blueprint import Blueprint

        return Blueprint
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
