"""Regenerate schemas/blueprint.schema.json from the models: ``python -m pipeline.schemagen [--check]``."""

from __future__ import annotations

import sys

from .schema import SCHEMA_PATH, generate_schema, schema_text


def main() -> int:
    """Write the schema generated from the models to schemas/ (or check it with --check)."""
    text = schema_text(generate_schema())
    if "--check" in sys.argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.is_file() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is stale; run: python -m pipeline.schemagen", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
