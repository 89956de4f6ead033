"""Fast paths of the page assembly (reading, coverage) give what the plain ones gave."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipeline.batch as batch
from pipeline.options import ExtractOptions


@pytest.mark.parametrize("max_bytes", [50, 1000])
def test_a_file_grown_since_stat_is_read_to_the_same_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, max_bytes: int
) -> None:
    """process_file reads a buffer of the size stat() gave, then on to max_bytes + 1 if the file holds more."""
    (tmp_path / "page.txt").write_bytes(b"x" * 100)
    real_stat = Path.stat

    def stale_stat(self: Path, **kwargs: object) -> os.stat_result:  # the file was 10 bytes when stat() ran
        fields = list(real_stat(self, **kwargs))
        fields[6] = 10  # st_size
        return os.stat_result(fields)

    read: list[bytes] = []
    monkeypatch.setattr(Path, "stat", stale_stat)
    monkeypatch.setattr(batch, "extract", lambda data, **_: read.append(data) or [])
    batch.process_file(tmp_path, ExtractOptions(max_bytes=max_bytes), "page.txt")
    assert read == [b"x" * min(100, max_bytes + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "deployableโ€”turning 3โ5 years",  # Thai-form mojibake: repaired, then tested for the western form
        "the companyâ€™s rÃ©sumÃ©",  # western mojibake only
        "rÃ©sumÃ© and deployableโ€”turning",  # both
        "3) Core Respon\u00adsibilities\u200b, 8\u00a0years",  # invisible characters and a no-break space
        "ภาษาไทย: a Thai page keeps its letters",
        "plain ASCII, &shy; entity",
    ],
)
def test_repair_text_given_the_utf8_bytes_repairs_as_it_does_alone(text: str) -> None:
    from pipeline.mojibake import repair_text

    assert repair_text(text, text.encode("utf-8")) == repair_text(text)


def _validated(**fields: object) -> object:
    from pipeline.blocks import Block

    return Block.__pydantic_validator__.validate_python(fields)


def test_block_builders_give_the_validated_block_and_its_json() -> None:
    """The builders set the fields directly: the same block as the validator's, its JSON form pydantic's dump."""
    from pipeline.blocks import Block, BlockKind, block_json

    header, rows = ["Tool", "Use"], [["Jira", "tracking"], ["dbt", ""]]
    pairs = [
        (Block.heading("Core duties", 0, 11, 2), _validated(kind=BlockKind.HEADING, text="Core duties", start=0, end=11, level=2)),
        (Block.paragraph("Own it.", 3, 10), _validated(kind=BlockKind.PARAGRAPH, text="Own it.", start=3, end=10)),
        (
            Block.list_item("Ship", 5, 9, 1, "-"),
            _validated(kind=BlockKind.LIST_ITEM, text="Ship", start=5, end=9, depth=1, marker="-", number=None),
        ),
        (
            Block.list_item("Ship", 5, 9, 0, "3.", 3),
            _validated(kind=BlockKind.LIST_ITEM, text="Ship", start=5, end=9, depth=0, marker="3.", number=3),
        ),
        (
            Block.table(header, rows, 0, 40),
            _validated(
                kind=BlockKind.TABLE, text="Tool | Use\nJira | tracking\ndbt | ", start=0, end=40, header=header, rows=rows
            ),
        ),
        (Block.table([], [], 0, 0), _validated(kind=BlockKind.TABLE, text="", start=0, end=0, header=[], rows=[])),
    ]
    for built, validated in pairs:
        assert built == validated and list(built.__dict__.items()) == list(validated.__dict__.items())
        assert built.model_fields_set == validated.model_fields_set
        assert list(block_json(built).items()) == list(validated.model_dump(mode="json").items())
        copy = built.model_copy(update={"text": "changed", "depth": 4})  # a copy's JSON is its own, not the original's
        assert block_json(copy) == copy.model_dump(mode="json") != block_json(built)
        with pytest.raises(ValueError, match="frozen"):
            built.text = "x"  # type: ignore[misc]
    table = pairs[4][0]
    rows.append(["added", "later"])  # the caller's lists are not the block's
    assert table.rows == [["Jira", "tracking"], ["dbt", ""]]


def test_the_document_sections_are_the_models_dump() -> None:
    from pipeline.extraction import extract
    from pipeline.models import section_json

    page = (Path(__file__).resolve().parent.parent / "pipeline" / "warm_up_page.txt").read_text(encoding="utf-8")
    extraction = extract(page.encode(), name="page.txt")[0]
    dumped = extraction.blueprint.model_dump(mode="json")
    assert extraction.document == dumped and list(extraction.document) == list(dumped)
    assert [section_json(section) for section in extraction.blueprint.sections] == dumped["sections"]


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_sections_built_unchecked_are_the_validated_ones(name: str) -> None:
    """_section builds its Section and Subsection models without their validators: the same models."""
    from pipeline.extraction import extract
    from pipeline.models import Section, Subsection

    page = (Path(__file__).resolve().parent.parent / "pipeline" / "warm_up_page.txt").read_text(encoding="utf-8")
    sections = extract(page.encode(), name=name)[0].blueprint.sections
    assert sections
    for built in sections:
        validated = Section.__pydantic_validator__.validate_python(
            {
                "id": built.id,
                "number": built.number,
                "title": built.title,
                "blocks": list(built.blocks),
                "subsections": [
                    Subsection.__pydantic_validator__.validate_python(
                        {"key": sub.key, "title": sub.title, "blocks": list(sub.blocks)}
                    )
                    for sub in built.subsections
                ],
            }
        )
        assert built == validated and list(built.__dict__.items()) == list(validated.__dict__.items())
        assert built.model_fields_set == validated.model_fields_set
        assert [sub.model_fields_set for sub in built.subsections] == [
            sub.model_fields_set for sub in validated.subsections
        ]
        assert built.model_dump(mode="json") == validated.model_dump(mode="json")
        with pytest.raises(ValueError, match="frozen"):
            built.title = "x"  # type: ignore[misc]
        copy = built.model_copy(update={"title": "changed"})
        assert copy.title == "changed" and copy.blocks == built.blocks and built.title != "changed"


def test_a_section_the_schema_rejects_fails_the_final_validation() -> None:
    """Sections are built unchecked: data of the wrong type is caught by the document's validation."""
    from pipeline.blocks import built_model
    from pipeline.extraction import extract
    from pipeline.models import Section, SectionId, section_json
    from pipeline.schema import ValidationError, validate

    page = (Path(__file__).resolve().parent.parent / "pipeline" / "warm_up_page.txt").read_text(encoding="utf-8")
    document = dict(extract(page.encode(), name="page.txt")[0].document)
    validate(document)
    bad = built_model(Section, {"id": SectionId.OTHER, "number": "7", "title": "T", "blocks": [], "subsections": []})
    document["sections"] = [section_json(bad)]
    with pytest.raises(ValidationError, match="sections"):
        validate(document)
