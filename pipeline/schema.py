"""The blueprint JSON Schema: generated from the models, committed, and enforced.

``schemas/blueprint.schema.json`` is the contract HR systems read. It is
generated from the pydantic models (``python -m pipeline.schema``) and a test
fails when the committed file is stale. Every document is validated against
it before it is written: fastjsonschema on the hot path (compiled once per
process), with jsonschema's reference validator as the cross-check in tests.
"""

from __future__ import annotations

import copy
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ValidationError
from .blueprint import Blueprint
from .models import SCHEMA_VERSION

__all__ = ["SCHEMA_PATH", "committed_schema", "generate_schema", "validate"]

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "blueprint.schema.json"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate_schema() -> dict[str, Any]:
    """Build the blueprint's JSON Schema (Draft 2020-12) from the models."""
    schema = Blueprint.model_json_schema()
    return {
        "$schema": _DIALECT,
        "$id": f"https://role-blueprints.invalid/schemas/blueprint-{SCHEMA_VERSION}.schema.json",
        **schema,
    }


def schema_text(schema: dict[str, Any]) -> str:
    """Serialise a schema the way it is committed."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@lru_cache(maxsize=1)
def committed_schema() -> dict[str, Any]:
    """The committed schema file; generated from the models when not installed beside the package."""
    if SCHEMA_PATH.is_file():
        return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return generate_schema()


@lru_cache(maxsize=1)
def _compiled():  # noqa: ANN202
    import fastjsonschema

    # fastjsonschema rewrites the dict it compiles: give it its own copy.
    schema = copy.deepcopy(committed_schema())
    schema.pop("$schema", None)  # it knows drafts 4-7; the keywords used here are common to all
    return fastjsonschema.compile(schema)


def validate(document: dict[str, Any]) -> None:
    """Raise ValidationError when a document does not match the schema."""
    import fastjsonschema

    try:
        _compiled()(document)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ValidationError(f"schema validation failed: {exc.message}") from exc


def main() -> int:
    """Write the schema generated from the models to schemas/ (or check it with --check)."""
    text = schema_text(generate_schema())
    if "--check" in sys.argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.is_file() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is stale; run: python -m pipeline.schema", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
