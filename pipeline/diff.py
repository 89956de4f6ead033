"""Field-level comparison of two output folders (``extract --diff OLD_OUT NEW_OUT``).

Pages are matched by their blueprint's path relative to the folder. For a
page in both, every field that was added, removed or changed is reported
with its JSON path, e.g. ``$.fields.kpis.rows[3].target``:

* objects are compared key by key;
* lists are aligned first (difflib, on each element's canonical JSON), so one
  inserted responsibility is one added element, not every later one changed;
  an added element's index is its index in NEW, a removed one's in OLD, a
  changed one's in NEW;
* anything else is changed when its value differs (numbers by value: 3 and 3.0
  are equal).

The article blocks (``sections``) are left out unless asked for: their text is
in the typed fields too, and their character offsets shift with any edit of
the page, which would drown the fields that matter.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .writer import TEMP_MARK

__all__ = ["Change", "FolderDiff", "PageDiff", "diff_documents", "diff_folders", "format_diff", "json_path"]

#: files in an output folder that are not blueprints
_RESERVED = ("_report.json", "_manifest.json")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Change:
    """One field that differs."""

    kind: str  # added, removed, changed
    path: str
    old: Any = None
    new: Any = None


@dataclass
class PageDiff:
    """One blueprint file compared."""

    name: str
    status: str  # unchanged, changed, added (only in NEW), removed (only in OLD), unreadable
    changes: list[Change] = field(default_factory=list)
    error: str | None = None

    def counts(self) -> dict[str, int]:
        """Fields per kind of change."""
        counts = {"added": 0, "removed": 0, "changed": 0}
        for change in self.changes:
            counts[change.kind] += 1
        return counts


@dataclass
class FolderDiff:
    """Two output folders compared."""

    pages: list[PageDiff]

    @property
    def equal(self) -> bool:
        return all(page.status == "unchanged" for page in self.pages)

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts of pages per status and of fields per kind of change."""
        pages = {"compared": len(self.pages), "unchanged": 0, "changed": 0, "added": 0, "removed": 0, "unreadable": 0}
        fields = {"added": 0, "removed": 0, "changed": 0}
        for page in self.pages:
            pages[page.status] += 1
            for kind, count in page.counts().items():
                fields[kind] += count
        return {"pages": pages, "fields": fields}


def json_path(parts: tuple[str | int, ...]) -> str:
    """('fields', 'kpis', 'rows', 3, 'target') → "$.fields.kpis.rows[3].target"."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _IDENTIFIER.match(part):
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, bool) or isinstance(new, bool):
        return type(old) is type(new) and old == new
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return old == new
    if type(old) is not type(new):
        return False
    return old == new


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _walk(old: Any, new: Any, parts: tuple[str | int, ...]) -> Iterator[Change]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in old.items():
            if key in new:
                yield from _walk(value, new[key], (*parts, key))
            else:
                yield Change("removed", json_path((*parts, key)), old=value)
        for key, value in new.items():
            if key not in old:
                yield Change("added", json_path((*parts, key)), new=value)
        return
    if isinstance(old, list) and isinstance(new, list):
        if old == new:
            return
        matcher = difflib.SequenceMatcher(
            None, [_canonical(v) for v in old], [_canonical(v) for v in new], autojunk=False
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for k in range(paired):
                yield from _walk(old[i1 + k], new[j1 + k], (*parts, j1 + k))
            for i in range(i1 + paired, i2):
                yield Change("removed", json_path((*parts, i)), old=old[i])
            for j in range(j1 + paired, j2):
                yield Change("added", json_path((*parts, j)), new=new[j])
        return
    if not _same(old, new):
        yield Change("changed", json_path(parts), old=old, new=new)


def diff_documents(old: Any, new: Any, include_sections: bool = False) -> list[Change]:
    """Every field added, removed or changed between two blueprints."""
    if not include_sections and isinstance(old, dict) and isinstance(new, dict):
        old = {k: v for k, v in old.items() if k != "sections"}
        new = {k: v for k, v in new.items() if k != "sections"}
    return list(_walk(old, new, ()))


def blueprint_files(folder: Path) -> list[str]:
    """Relative POSIX names of the blueprint files under an output folder, sorted."""
    names = []
    for path in folder.rglob("*.json"):
        name = path.relative_to(folder).as_posix()
        if name in _RESERVED or TEMP_MARK in path.name or not path.is_file():
            continue
        names.append(name)
    return sorted(names)


def _load(path: Path) -> tuple[Any, str | None]:
    try:
        return json.loads(path.read_bytes()), None
    except (OSError, ValueError) as exc:
        return None, f"{type(exc).__name__}: {exc}"


def diff_folders(old: Path, new: Path, include_sections: bool = False) -> FolderDiff:
    """Compare every blueprint of two output folders."""
    old_names, new_names = set(blueprint_files(old)), set(blueprint_files(new))
    pages = []
    for name in sorted(old_names | new_names):
        if name not in new_names:
            pages.append(PageDiff(name, "removed"))
            continue
        if name not in old_names:
            pages.append(PageDiff(name, "added"))
            continue
        if (old / name).read_bytes() == (new / name).read_bytes():
            pages.append(PageDiff(name, "unchanged"))
            continue
        old_doc, old_error = _load(old / name)
        new_doc, new_error = _load(new / name)
        if old_error or new_error:
            side = "OLD" if old_error else "NEW"
            pages.append(PageDiff(name, "unreadable", error=f"{side}: {old_error or new_error}"))
            continue
        changes = diff_documents(old_doc, new_doc, include_sections)
        pages.append(PageDiff(name, "changed" if changes else "unchanged", changes))
    return FolderDiff(pages)


def _show(value: Any, limit: int = 100) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_diff(result: FolderDiff, old_label: str = "OLD_OUT", new_label: str = "NEW_OUT") -> list[str]:
    """The comparison as lines for a person: one block per differing page, then the summary."""
    lines = []
    for page in result.pages:
        if page.status == "unchanged":
            continue
        if page.status == "added":
            lines.append(f"+ {page.name}: new page (only in {new_label})")
        elif page.status == "removed":
            lines.append(f"- {page.name}: page removed (only in {old_label})")
        elif page.status == "unreadable":
            lines.append(f"! {page.name}: not readable as JSON ({page.error})")
        else:
            counts = page.counts()
            lines.append(
                f"~ {page.name}: {counts['changed']} changed, {counts['added']} added, {counts['removed']} removed"
            )
            for change in page.changes:
                if change.kind == "changed":
                    lines.append(f"    ~ {change.path}: {_show(change.old)} → {_show(change.new)}")
                elif change.kind == "added":
                    lines.append(f"    + {change.path}: {_show(change.new)}")
                else:
                    lines.append(f"    - {change.path}: {_show(change.old)}")
    summary = result.summary()
    pages, fields = summary["pages"], summary["fields"]
    lines.append(
        f"pages: {pages['compared']} compared, {pages['unchanged']} unchanged, {pages['changed']} changed, "
        f"{pages['added']} added, {pages['removed']} removed"
        + (f", {pages['unreadable']} unreadable" if pages["unreadable"] else "")
        + f"; fields: {fields['changed']} changed, {fields['added']} added, {fields['removed']} removed"
    )
    return lines
