"""JSON-LD export: a schema.org JobPosting per page, names checked against the kept vocabulary."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import RAW
from pipeline.batch import BatchOptions, run_batch
from pipeline.export.jsonld import (
    CONTEXT,
    EXTENSION_IRI,
    EXTENSION_TERM,
    JsonLdSink,
    job_posting,
    jsonld_name,
    months_of_experience,
    properties_of,
    vocabulary,
)
from pipeline.parsers.experience import parse_years

SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """Every page under raw/ extracted, with the JSON-LD sink."""
    out = tmp_path_factory.mktemp("jsonld") / "out"
    report = run_batch(RAW, out, BatchOptions(jobs=2), sinks=[JsonLdSink(out)])
    assert report.pages and all(p.output for p in report.pages)
    return out, report.pages


def _pairs(exported: tuple[Path, list[Any]]) -> list[tuple[str, dict, dict]]:
    out, pages = exported
    pairs = []
    for page in pages:
        blueprint = json.loads((out / page.output).read_text(encoding="utf-8"))
        posting = json.loads((out / jsonld_name(page.output)).read_text(encoding="utf-8"))
        pairs.append((page.output, blueprint, posting))
    return pairs


def _typed_nodes(value: Any, where: str = "$") -> list[tuple[str, dict]]:
    """Every JSON object of the schema.org part (the extension literal excluded), with its path."""
    found = []
    if isinstance(value, dict):
        found.append((where, value))
        for key, item in value.items():
            if key in ("@context", EXTENSION_TERM):
                continue
            found.extend(_typed_nodes(item, f"{where}.{key}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_typed_nodes(item, f"{where}[{index}]"))
    return found


def test_one_job_posting_per_page(exported: tuple[Path, list[Any]]) -> None:
    pairs = _pairs(exported)
    assert len(pairs) == len(exported[1]) >= 12  # 2 seeds + 10 synthetic renderings (a REST list gives 2)
    for name, blueprint, posting in pairs:
        assert posting["@context"] == CONTEXT and posting["@context"][0] == "https://schema.org", name
        assert posting["@type"] == "JobPosting"
        assert posting["title"] == blueprint["role"]["title"]
        assert posting["description"].startswith(blueprint["fields"]["role_summary"]["paragraphs"][0])
        assert blueprint["fields"]["role_mission"]["core_mission"] in posting["description"]
        assert len(posting["responsibilities"]) == len(blueprint["fields"]["responsibilities"]["items"])
        skills = {s["name"] for s in blueprint["fields"]["technical_skills"]["skills"]}
        skills |= {s["name"] for s in blueprint["fields"]["soft_skills"]["skills"]}
        assert set(posting["skills"]) == skills
        assert posting["occupationalCategory"] == blueprint["role"]["department"]


def test_every_type_and_property_belongs_to_the_kept_schema_org_list(exported: tuple[Path, list[Any]]) -> None:
    types = vocabulary()["types"]
    for name, _, posting in _pairs(exported):
        for where, node in _typed_nodes(posting):
            assert "@type" in node, f"{name} {where}: an object without a schema.org type"
            assert node["@type"] in types, f"{name} {where}: {node['@type']} is not in the kept list"
            allowed = properties_of(node["@type"])
            for key in node:
                if key.startswith("@"):
                    assert key in ("@context", "@type"), f"{name} {where}: keyword {key}"
                elif key == EXTENSION_TERM and where == "$":
                    continue
                else:
                    assert key in allowed, f"{name} {where}: {key} is not a property of {node['@type']}"


def test_the_kept_vocabulary_is_consistent() -> None:
    types = vocabulary()["types"]
    for name, entry in types.items():
        assert entry["parent"] is None or entry["parent"] in types, name
    job = properties_of("JobPosting")
    for used in [
        "title",
        "description",
        "responsibilities",
        "skills",
        "qualifications",
        "educationRequirements",
        "experienceRequirements",
        "occupationalCategory",
        "url",
        "datePosted",
    ]:
        assert used in job
    assert "credentialCategory" in properties_of("EducationalOccupationalCredential")
    assert "monthsOfExperience" in properties_of("OccupationalExperienceRequirements")
    assert "monthsOfExperience" not in job
    with pytest.raises(KeyError):
        properties_of("Occupation")


def test_months_of_experience_matches_the_parsed_years(exported: tuple[Path, list[Any]]) -> None:
    for name, blueprint, posting in _pairs(exported):
        years = (blueprint["fields"]["experience"] or {}).get("years_of_experience")
        if years is None:
            assert "experienceRequirements" not in posting, name
            continue
        reparsed = parse_years(years["text"])
        assert reparsed is not None and reparsed.min_years == years["min_years"]
        requirement = posting["experienceRequirements"]
        assert requirement["@type"] == "OccupationalExperienceRequirements"
        assert requirement["monthsOfExperience"] == years["min_years"] * 12, name
        assert requirement["description"] == years["text"]


def test_months_of_experience_rule() -> None:
    assert months_of_experience({"min_years": 0.0, "max_years": 3.0}) == 0
    assert months_of_experience({"min_years": 5.0, "max_years": None, "open_ended": True}) == 60
    assert months_of_experience({"min_years": 1.5, "max_years": 3.0}) == 18
    assert months_of_experience({"min_years": None, "max_years": 2.0}) is None  # "up to 2 years": no minimum stated
    assert months_of_experience(None) is None


def test_nothing_the_vocabulary_lacks_is_dropped(exported: tuple[Path, list[Any]]) -> None:
    for name, blueprint, posting in _pairs(exported):
        extension = posting[EXTENSION_TERM]
        assert extension == {k: v for k, v in blueprint.items() if k != "sections"}, name
        for section in ["kpis", "goals", "stakeholders", "decision_rights", "career_path", "scorecard", "tools"]:
            assert extension["fields"][section], f"{name}: {section}"


def test_url_and_date_posted_only_when_the_input_carries_them(exported: tuple[Path, list[Any]]) -> None:
    by_name = {name: (blueprint, posting) for name, blueprint, posting in _pairs(exported)}
    _, seed = by_name["000_de98393afd8030e6.txt.json"]
    assert "url" not in seed and "datePosted" not in seed
    blueprint, html = by_name["synthetic/000_de98393afd8030e6.synthetic.html.json"]
    assert html["url"] == blueprint["source"]["url"].strip()
    assert html["url"].startswith("https://")
    assert html["datePosted"] == blueprint["source"]["date_published"]


def test_education_and_qualifications_keep_only_what_the_role_asks_for(exported: tuple[Path, list[Any]]) -> None:
    by_name = {name: posting for name, _, posting in _pairs(exported)}
    seed000 = by_name["000_de98393afd8030e6.txt.json"]
    # "MS ... is common" and "BS may be acceptable" are requirements; "PhD is a plus" is not.
    assert [c["credentialCategory"] for c in seed000["educationRequirements"]] == [
        "postgraduate degree",
        "bachelor degree",
    ]
    assert all(c["@type"] == "EducationalOccupationalCredential" for c in seed000["educationRequirements"])
    assert not any("PhD" in c["description"] for c in seed000["educationRequirements"])
    seed004 = by_name["004_c6037ac0a712d293.txt.json"]
    # "Common: BS/MS in ..." asks for at least a bachelor's degree.
    assert seed004["educationRequirements"][0]["credentialCategory"] == "bachelor degree"
    certificates = [q for q in seed004["qualifications"] if isinstance(q, dict)]
    # "Cloud fundamentals" is optional: not a qualification the role asks for.
    assert [c["name"] for c in certificates] == ["Responsible AI or privacy training"]


def test_jsonld_expands_offline_with_only_schema_org_terms_and_the_extension(exported: tuple[Path, list[Any]]) -> None:
    """A real JSON-LD processor (pyld) expands every document; schema.org's context is stubbed, never fetched."""
    pyld = pytest.importorskip("pyld")
    jsonld = pyld.jsonld

    def loader(url: str, options: dict | None = None) -> dict:
        if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
            return {
                "contentType": "application/ld+json",
                "contextUrl": None,
                "documentUrl": url,
                "document": {"@context": {"@vocab": SCHEMA}},
            }
        raise AssertionError(f"the test must not fetch {url}")

    types = vocabulary()["types"]
    every_property = set().union(*(properties_of(t) for t in types))

    def check(node: Any, name: str) -> None:
        if isinstance(node, list):
            for item in node:
                check(item, name)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@type":
                    for iri in value:
                        assert iri.removeprefix(SCHEMA) in types, f"{name}: type {iri}"
                elif not key.startswith("@"):
                    assert key.startswith(SCHEMA) and key.removeprefix(SCHEMA) in every_property, f"{name}: {key}"
                    check(value, name)

    for name, blueprint, posting in _pairs(exported):
        [expanded] = jsonld.expand(posting, {"documentLoader": loader})
        literal = expanded.pop(EXTENSION_IRI)
        assert literal == [{"@type": "@json", "@value": {k: v for k, v in blueprint.items() if k != "sections"}}]
        check(expanded, name)


def _document(**experience: Any) -> dict:
    fields = {
        "experience": {
            "years_of_experience": None,
            "education": [],
            "certifications": [],
            "domain_knowledge": [],
            "leadership_expectations": [],
            **experience,
        }
    }
    return {
        "schema_version": "2.1.0",
        "source": {"path": "x.txt", "url": "ftp://not-a-page", "date_published": "soon"},
        "role": {"title": None, "department": None},
        "fields": fields,
        "quality": {},
        "sections": [],
        "missing_sections": [],
    }


def test_a_sparse_blueprint_gives_a_sparse_posting() -> None:
    posting = job_posting(_document())
    assert set(posting) == {"@context", "@type", EXTENSION_TERM}  # no empty properties, no bad url or date
    assert "sections" not in posting[EXTENSION_TERM]


def test_degree_levels_and_requirement_levels() -> None:
    education = [
        {"degree_levels": ["phd"], "requirement": "preferred", "text": "PhD preferred."},
        {"degree_levels": ["master", "bachelor"], "requirement": "required", "text": "MS or BS required."},
        {"degree_levels": ["none"], "requirement": None, "text": "No degree needed with experience."},
        {"degree_levels": [], "requirement": "required", "text": "A relevant background."},
    ]
    years = {
        "min_years": None,
        "max_years": 2.0,
        "open_ended": False,
        "range_text": "up to 2 years",
        "text": "Up to 2 years.",
    }
    posting = job_posting(_document(education=education, years_of_experience=years))
    assert posting["educationRequirements"] == [
        {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "bachelor degree",
            "educationalLevel": "Bachelor's degree",
            "description": "MS or BS required.",
        }
    ]
    assert posting["experienceRequirements"] == {
        "@type": "OccupationalExperienceRequirements",
        "description": "Up to 2 years.",
    }


def test_a_jsonld_lives_as_long_as_its_json(tmp_path: Path) -> None:
    (tmp_path / "kept.txt.json").write_text("{}")
    (tmp_path / "kept.txt.jsonld").write_text("{}")
    (tmp_path / "gone.txt.jsonld").write_text("{}")  # its blueprint was pruned
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "gone.md.jsonld").write_text("{}")
    sink = JsonLdSink(tmp_path)
    sink.close(SimpleNamespace(interrupted=False))
    assert sorted(p.name for p in tmp_path.rglob("*.jsonld")) == ["kept.txt.jsonld"]


def test_a_professional_doctorate_is_a_postgraduate_credential() -> None:
    # "Doctor of Pharmacy (PharmD) is required": no PhD, and no requirement to drop either.
    education = [
        {"degree_levels": ["professional_doctorate"], "requirement": "required", "text": "PharmD required."},
        {"degree_levels": ["professional_doctorate", "phd"], "requirement": "required", "text": "JD or PhD required."},
    ]
    posting = job_posting(_document(education=education))
    assert [(e["credentialCategory"], e["educationalLevel"]) for e in posting["educationRequirements"]] == [
        ("postgraduate degree", "Professional doctorate (PharmD, JD, MD)"),
        ("postgraduate degree", "Professional doctorate (PharmD, JD, MD)"),
    ]
