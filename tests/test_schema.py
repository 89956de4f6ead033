"""The committed schema is what the models generate; outputs validate against it."""

from __future__ import annotations

import jsonschema

from pipeline.schema import SCHEMA_PATH, generate_schema, schema_text


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(generate_schema()), (
        "schemas/blueprint.schema.json is stale: run `python -m pipeline.schemagen`"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    schema = generate_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
