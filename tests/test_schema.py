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


def test_fast_str_enum_reads_like_a_str_enum() -> None:
    from enum import Enum

    from pipeline.blocks import Block, BlockKind
    from pipeline.models import SectionId, Seniority

    for enum in (BlockKind, SectionId, Seniority):
        for member in enum:
            assert member.value == Enum.__dict__["value"].__get__(member, enum) == str(member)
            assert type(member.value) is str
    block = Block.paragraph("Own the roadmap.", 0, 16)
    assert block.model_dump(mode="json")["kind"] == "paragraph"
    assert block.model_dump_json().startswith('{"kind":"paragraph",')


def test_validate_describes_where_a_document_fails() -> None:
    import pytest

    from pipeline.errors import ValidationError
    from pipeline.schema import validate

    with pytest.raises(ValidationError, match=r"^schema validation failed at \(document\): "):
        validate({"schema_version": "1.0.0"})
