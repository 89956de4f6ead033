"""Turn scraped role-blueprint pages into typed, schema-validated JSON blueprints.

Library use::

    from pipeline import extract
    [result] = extract("raw/000_de98393afd8030e6.txt")
    result.blueprint.role.title   # 'Associate Applied Scientist'
"""

from __future__ import annotations

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
    UnsupportedInputError,
    ValidationError,
)
from .extract import Extraction, extract  # noqa: E402
from .blueprint import Blueprint  # noqa: E402
from .models import SCHEMA_VERSION  # noqa: E402
from .options import ExtractOptions  # noqa: E402

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
    "UnsupportedInputError",
    "ValidationError",
    "__version__",
    "extract",
]
