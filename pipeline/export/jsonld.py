"""A blueprint as a schema.org ``JobPosting`` in JSON-LD.

The schema.org properties are a projection of the blueprint that any JSON-LD
or schema.org consumer (an ATS, a search engine's job parser) understands:
title, description, responsibilities, skills, qualifications, education and
experience requirements, occupational category, url and date posted.

Everything schema.org has no property for (KPIs, goals, stakeholders,
decision rights, career path, scorecard, tools, the tiers and importance of
skills, requirement levels, ...) is not dropped: the ``roleBlueprint`` term
carries the typed blueprint itself — the JSON document without its article
blocks. The term is defined in the document's own context as a JSON literal
(``"@type": "@json"``, JSON-LD 1.1) under an IRI of this project, so JSON-LD
processors keep it verbatim instead of reading its keys as schema.org terms,
and the schema.org part stays clean.

The context ``https://schema.org`` is a name, never fetched here.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from ..writer import TEMP_MARK, document_bytes
from ._files import write_if_changed

__all__ = [
    "CONTEXT",
    "EXTENSION_IRI",
    "EXTENSION_TERM",
    "JsonLdSink",
    "job_posting",
    "jsonld_name",
    "months_of_experience",
    "properties_of",
    "vocabulary",
]

SCHEMA_ORG = "https://schema.org"
#: the one term this project adds: the typed blueprint, kept as a JSON literal
EXTENSION_TERM = "roleBlueprint"
#: a tag URI (RFC 4151): an identifier minted without owning a domain, never dereferenced
EXTENSION_IRI = "tag:role-blueprint-extract,2025:roleBlueprint"
CONTEXT: list[Any] = [SCHEMA_ORG, {EXTENSION_TERM: {"@id": EXTENSION_IRI, "@type": "@json"}}]

#: requirement levels that state what the role asks for (as opposed to a bonus or "not required")
_BASELINE = {None, "required", "common", "acceptable"}

#: credentialCategory values as job-posting consumers expect them, per degree level
_CREDENTIAL_CATEGORY = {
    "high_school": "high school",
    "diploma": "professional certificate",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "professional_doctorate": "postgraduate degree",
    "phd": "postgraduate degree",
}
_EDUCATIONAL_LEVEL = {
    "high_school": "High school",
    "diploma": "Diploma",
    "associate": "Associate degree",
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "professional_doctorate": "Professional doctorate (PharmD, JD, MD)",
    "phd": "Doctorate (PhD)",
}
_DEGREE_ORDER = ["high_school", "diploma", "associate", "bachelor", "master", "professional_doctorate", "phd"]


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The schema.org types and properties kept in pipeline/vocab/schemaorg_jobposting.json."""
    text = resources.files("pipeline.vocab").joinpath("schemaorg_jobposting.json").read_text(encoding="utf-8")
    return json.loads(text)


def properties_of(type_name: str) -> frozenset[str]:
    """Every property a schema.org type may carry: its own and its ancestors'."""
    types = vocabulary()["types"]
    if type_name not in types:
        raise KeyError(f"not a type in the kept schema.org vocabulary: {type_name}")
    found: set[str] = set()
    current: str | None = type_name
    while current is not None:
        found.update(types[current]["properties"])
        current = types[current]["parent"]
    return frozenset(found)


def jsonld_name(output: str) -> str:
    """OUT-relative name of a page's JSON-LD: its blueprint's name with .jsonld for .json."""
    return output.removesuffix(".json") + ".jsonld"


def months_of_experience(years: dict[str, Any] | None) -> int | float | None:
    """monthsOfExperience for a parsed range: the minimum years × 12 (None when no minimum is stated)."""
    if not years or years.get("min_years") is None:
        return None
    months = float(years["min_years"]) * 12
    return int(months) if months.is_integer() else round(months, 1)


def job_posting(document: dict[str, Any]) -> dict[str, Any]:
    """The JSON-LD JobPosting of one blueprint document."""
    role = document.get("role") or {}
    source = document.get("source") or {}
    fields = document.get("fields") or {}
    node: dict[str, Any] = {"@context": CONTEXT, "@type": "JobPosting"}
    _put(node, "title", role.get("title"))
    _put(node, "description", _description(fields))
    _put(node, "responsibilities", _responsibilities(fields.get("responsibilities")))
    _put(node, "skills", _skills(fields))
    experience = fields.get("experience") or {}
    _put(node, "qualifications", _qualifications(experience))
    _put(node, "educationRequirements", _education(experience))
    _put(node, "experienceRequirements", _experience(experience))
    _put(node, "occupationalCategory", role.get("department"))
    url = source.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        node["url"] = url
    _put(node, "datePosted", _iso_date(source.get("date_published")))
    node[EXTENSION_TERM] = {key: value for key, value in document.items() if key != "sections"}
    return node


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", []):
        node[key] = value


def _description(fields: dict[str, Any]) -> str | None:
    parts = list((fields.get("role_summary") or {}).get("paragraphs") or [])
    mission = (fields.get("role_mission") or {}).get("core_mission")
    if mission:
        parts.append(mission)
    return "\n\n".join(p.strip() for p in parts if p and p.strip()) or None


def _responsibilities(section: dict[str, Any] | None) -> list[str]:
    out = []
    for item in (section or {}).get("items") or []:
        title = (item.get("title") or "").strip().rstrip(":")
        detail = (item.get("detail") or "").strip()
        out.append(f"{title}: {detail}" if title and detail else title or detail or item.get("text", ""))
    return [text for text in out if text]


def _skills(fields: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for section in ("technical_skills", "soft_skills"):
        for skill in (fields.get(section) or {}).get("skills") or []:
            name = (skill.get("name") or "").strip()
            if name and name not in names:
                names.append(name)
    return names


def _with_sub_items(text: str, sub_items: list[str]) -> str:
    if not sub_items:
        return text
    lead = text.rstrip().rstrip(":")
    return f"{lead}: " + ", ".join(s.strip().rstrip(",;.") for s in sub_items) + "."


def _qualifications(experience: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for cert in experience.get("certifications") or []:
        if cert.get("requirement") in _BASELINE:
            out.append(
                {
                    "@type": "EducationalOccupationalCredential",
                    "credentialCategory": "professional certificate",
                    "name": cert["name"],
                    "description": cert["text"],
                }
            )
    for key in ("domain_knowledge", "leadership_expectations"):
        for item in experience.get(key) or []:
            if item.get("requirement") in _BASELINE:
                out.append(_with_sub_items(item["text"], item.get("sub_items") or []))
    return out


def _education(experience: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for item in experience.get("education") or []:
        levels = [level for level in item.get("degree_levels") or [] if level in _CREDENTIAL_CATEGORY]
        if not levels or item.get("requirement") not in _BASELINE:
            continue
        lowest = min(levels, key=_DEGREE_ORDER.index)  # "BS/MS" asks for at least a bachelor's
        out.append(
            {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": _CREDENTIAL_CATEGORY[lowest],
                "educationalLevel": _EDUCATIONAL_LEVEL[lowest],
                "description": item["text"],
            }
        )
    return out


def _experience(experience: dict[str, Any]) -> dict[str, Any] | None:
    years = experience.get("years_of_experience")
    if not years:
        return None
    node: dict[str, Any] = {"@type": "OccupationalExperienceRequirements"}
    months = months_of_experience(years)
    if months is not None:
        node["monthsOfExperience"] = months
    node["description"] = years.get("text") or years.get("range_text")
    return node


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


class JsonLdSink:
    """Writes OUT/<relative path>.jsonld beside each blueprint.

    A .jsonld lives as long as its .json: when the batch (with --prune) has
    deleted a blueprint, the sink deletes its JSON-LD at the end of the run.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: set[str] = set()

    def add(self, page: Any, document: bytes | None) -> None:
        if document is None or not page.output:
            return
        name = jsonld_name(page.output)
        target = self.out / name
        if not target.resolve().is_relative_to(self.out.resolve()):
            return
        write_if_changed(target, document_bytes(job_posting(orjson.loads(document))))
        self.written.add(name)

    def close(self, report: Any) -> None:
        if getattr(report, "interrupted", False) or not self.out.is_dir():
            return
        for path in self.out.rglob("*.jsonld"):
            if TEMP_MARK in path.name or not path.is_file():
                continue
            name = path.relative_to(self.out).as_posix()
            if name not in self.written and not path.with_suffix(".json").exists():
                path.unlink(missing_ok=True)
