"""The committed baseline: `extract raw/ out/ --check` passes, and catches an edited output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from conftest import OUT, RAW
from pipeline.cli import main


def test_baseline_is_current() -> None:
    result = CliRunner().invoke(main, [str(RAW), str(OUT), "--check", "--jobs", "2"])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "no differences" in result.stderr


def test_check_reports_an_edited_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(OUT, out)
    target = out / "004_c6037ac0a712d293.txt.json"
    document = json.loads(target.read_text(encoding="utf-8"))
    document["fields"]["kpis"]["rows"][0]["frequency"] = "Yearly"
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "stale.txt.json").write_text("{}\n", encoding="utf-8")
    result = CliRunner().invoke(main, [str(RAW), str(out), "--check"])
    assert result.exit_code == 1
    assert "~ 004_c6037ac0a712d293.txt.json: changed" in result.stdout
    assert '-          "frequency": "Yearly",' in result.stdout
    assert "- stale.txt.json: in the baseline but no longer produced" in result.stdout


def test_every_baseline_output_validates_with_the_reference_validator() -> None:
    import jsonschema

    from pipeline.schema import committed_schema

    validator = jsonschema.Draft202012Validator(committed_schema())
    outputs = sorted(p for p in OUT.rglob("*.json") if not p.name.startswith("_"))
    assert len(outputs) == 12  # 2 seeds + 10 synthetic renderings (the REST list gives two)
    for path in outputs:
        document = json.loads(path.read_text(encoding="utf-8"))
        errors = sorted(validator.iter_errors(document), key=str)
        assert not errors, f"{path.name}: {errors[0].message}"
