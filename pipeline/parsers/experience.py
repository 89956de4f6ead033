"""Section parser: required experience and qualifications (section 14).

Years of experience become numbers ("6–10+ years" → 6, 10, open-ended); degree
levels, requirement words ("a plus", "not expected", "Optional") and role
names are read with spaCy rules built from
pipeline/vocab/experience_to_scorecard.json; the list structure is layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field

from ..blocks import FastStrEnum
from ..models import Section
from ..nlp import load_vocab
from .common import (
    CareerRole,
    ExtraSubsection,
    FieldsModel,
    SectionFields,
    block_texts,
    extra_subsection,
    item_tree,
    list_nodes,
    nest_colon_leads,
    parse_role,
)
from .text import heading_note, split_enumeration, split_note, split_title_description, split_title_detail
from .vocabulary import EXPERIENCE_TO_SCORECARD, ends_with_role, find_rules

__all__ = [
    "Certification",
    "DegreeLevel",
    "DomainKnowledge",
    "EducationRequirement",
    "Experience",
    "LeadershipExpectation",
    "RequirementLevel",
    "YearsOfExperience",
    "degree_levels",
    "fields_of_study",
    "parse",
    "parse_years",
    "requirement_level",
]


class RequirementLevel(FastStrEnum):
    """How strongly the page asks for a qualification."""

    REQUIRED = "required"
    PREFERRED = "preferred"
    PLUS = "plus"
    COMMON = "common"
    ACCEPTABLE = "acceptable"
    OPTIONAL = "optional"
    CONTEXT_SPECIFIC = "context_specific"
    NOT_REQUIRED = "not_required"


class DegreeLevel(FastStrEnum):
    """Level of an academic degree."""

    NONE = "none"
    HIGH_SCHOOL = "high_school"
    DIPLOMA = "diploma"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    PHD = "phd"


class YearsOfExperience(FieldsModel):
    """A range of years of experience, as numbers."""

    min_years: float | None = Field(
        default=None, description="Lower bound in years (null when only a maximum is given)."
    )
    max_years: float | None = Field(
        default=None, description="Upper bound in years (null when open-ended or not given)."
    )
    open_ended: bool = Field(default=False, description="True for '5+ years', '6–10+ years', 'at least 4 years'.")
    range_text: str = Field(description="The range as written, e.g. '0–3 years'.")
    text: str = Field(description="The item as on the page.")


class EducationRequirement(FieldsModel):
    """One education statement: degree levels, fields of study and how strongly they are asked for."""

    label: str | None = Field(default=None, description="Label before a colon, e.g. 'Common'.")
    degree_levels: list[DegreeLevel] = Field(default_factory=list, description="Degree levels named, in page order.")
    fields_of_study: list[str] = Field(
        default_factory=list, description="Fields of study named, e.g. 'Computer Science'."
    )
    related_fields_accepted: bool = Field(
        default=False, description="The list ends with 'or similar' / 'or related fields'."
    )
    requirement: RequirementLevel | None = Field(
        default=None, description="How the statement reads: required, preferred, a plus, common, not required, ..."
    )
    text: str


class Certification(FieldsModel):
    """A certification or training, with its requirement level."""

    name: str = Field(description="Certification or training name, e.g. 'Cloud fundamentals'.")
    detail: str | None = Field(
        default=None, description="Parenthetical that is not the level, e.g. providers 'Azure/AWS/GCP' or 'internal'."
    )
    requirement: RequirementLevel | None = Field(default=None, description="Requirement level as an enum.")
    requirement_text: str | None = Field(
        default=None,
        description="The level as on the page, e.g. 'Optional' or 'Common in enterprise, usually provided'.",
    )
    note: str | None = Field(
        default=None, description="What follows the name, e.g. 'e.g., AWS/Azure/GCP fundamentals.'."
    )
    text: str


class DomainKnowledge(FieldsModel):
    """One domain-knowledge expectation."""

    label: str | None = Field(
        default=None, description="Label before a colon, e.g. 'Expected' or 'Software/IT context'."
    )
    description: str | None = Field(default=None, description="What follows the label; null without a label.")
    requirement: RequirementLevel | None = None
    text: str


class LeadershipExpectation(FieldsModel):
    """One leadership-experience expectation, with the items nested under it."""

    requirement: RequirementLevel | None = None
    sub_items: list[str] = Field(default_factory=list)
    text: str


class Experience(SectionFields):
    """Typed fields of 'Required Experience and Qualifications'."""

    notes: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    years_of_experience: YearsOfExperience | None = Field(default=None, description="The typical years of experience.")
    experience_notes: list[str] = Field(
        default_factory=list, description="The other statements of the years-of-experience sub-section."
    )
    education: list[EducationRequirement] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    certification_notes: list[str] = Field(
        default_factory=list, description="Statements about certifications that name none (lead sentences, policy)."
    )
    certifications_heading_note: str | None = Field(
        default=None, description="Qualifier in the sub-heading, e.g. 'relevant but rarely required'."
    )
    prior_roles: list[CareerRole] = Field(default_factory=list, description="Prior role backgrounds commonly seen.")
    prior_role_notes: list[str] = Field(
        default_factory=list, description="Statements of the prior-roles sub-section that are not role lists."
    )
    domain_knowledge: list[DomainKnowledge] = Field(default_factory=list)
    leadership_expectations: list[LeadershipExpectation] = Field(default_factory=list)
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


# --- requirement words and degrees ---------------------------------------------------------


def requirement_level(text: str) -> RequirementLevel | None:
    """The first requirement phrase in a text: "PhD is a plus but not required" → plus."""
    spans = find_rules("requirement_levels", text)
    return RequirementLevel(spans[0].label_) if spans else None


def degree_levels(text: str) -> list[DegreeLevel]:
    """Degree levels named in a text, in order, without repeats: "BS/MS in CS" → [bachelor, master]."""
    levels: list[DegreeLevel] = []
    for span in find_rules("degree_levels", text):
        level = DegreeLevel(span.label_)
        if level not in levels:
            levels.append(level)
    return levels


_FIELDS_LEAD = re.compile(r"^\s*(?:['’]s\s*)?(?:degrees?\s+)?in\s+", re.IGNORECASE)
_FIELDS_END = re.compile(
    r"\s+(?:is|are|was|were|may|might|can|could|would|will|should|preferred|required|strongly|typically|usually"
    r"|commonly|often|with|for|plus)\b|[.;:]\s|[.;:]$|\s+[–—]\s",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _generic_fields() -> tuple[str, ...]:
    fields = load_vocab(EXPERIENCE_TO_SCORECARD)["generic_fields"]
    return tuple(sorted((g.lower() for g in fields), key=len, reverse=True))


def fields_of_study(text: str) -> tuple[list[str], bool]:
    """Fields listed after a degree: "MS in CS, Statistics, or similar is common" → (["CS", "Statistics"], True)."""
    for span in find_rules("degree_levels", text):
        lead = _FIELDS_LEAD.match(text[span.end_char :])
        if not lead:
            continue
        rest = text[span.end_char + lead.end() :]
        end = _FIELDS_END.search(rest)
        listed = rest[: end.start()] if end else rest
        fields: list[str] = []
        related = False
        for part in split_enumeration(listed, ","):
            lowered = part.lower()
            generic = next(
                (g for g in _generic_fields() if lowered == g or lowered.endswith((f" or {g}", f" and {g}"))), None
            )
            if generic is None:
                fields.append(part)
                continue
            related = True
            head = part[: len(part) - len(generic)].strip()
            head = re.sub(r"\s+(?:or|and)$", "", head).strip()
            if head:
                fields.append(head)
        return fields, related
    return [], False


# --- years -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _years_patterns() -> tuple[dict[str, int], list[tuple[str, re.Pattern[str]]]]:
    vocab = load_vocab(EXPERIENCE_TO_SCORECARD)
    words = {w.lower(): n for w, n in vocab["number_words"].items()}
    num = r"(\d+(?:\.\d+)?|" + "|".join(sorted(words, key=len, reverse=True)) + r")"
    unit = r"\s*(?:years?|yrs?)\b"
    dash = r"\s*(?:[–—-]|to)\s*"
    mins = "|".join(re.escape(w) for w in vocab["years_min_leads"])
    maxs = "|".join(re.escape(w) for w in vocab["years_max_leads"])
    flags = re.IGNORECASE
    patterns = [
        ("range", re.compile(rf"\b{num}\s*\+?{dash}{num}\s*(\+)?{unit}", flags)),
        ("min", re.compile(rf"(?:{mins})\s+{num}\s*(\+)?{unit}", flags)),
        ("max", re.compile(rf"(?:{maxs})\s+{num}\s*(\+)?{unit}", flags)),
        ("plus", re.compile(rf"\b{num}\s*(\+){unit}", flags)),
        ("single", re.compile(rf"\b{num}(){unit}", flags)),
    ]
    return words, patterns


def parse_years(text: str) -> YearsOfExperience | None:
    """Years of experience as numbers: "6–10+ years" → min 6, max 10, open-ended; none found → None."""
    words, patterns = _years_patterns()

    def number(value: str) -> float:
        return float(words.get(value.lower(), value))

    found = [
        (match.start(), order, kind, match)
        for order, (kind, pattern) in enumerate(patterns)
        if (match := pattern.search(text))
    ]
    if not found:
        return None
    # The range written first wins; at one position the more specific pattern ("at least 4 years" over "4 years").
    _, _, kind, match = min(found, key=lambda f: (f[0], f[1]))
    low = high = None
    open_ended = False
    if kind == "range":
        low, high, open_ended = number(match.group(1)), number(match.group(2)), bool(match.group(3))
    elif kind in ("min", "plus"):
        low, open_ended = number(match.group(1)), True
    elif kind == "max":
        high = number(match.group(1))
    else:
        low = high = number(match.group(1))
    return YearsOfExperience(
        min_years=low, max_years=high, open_ended=open_ended, range_text=match.group(0).strip(), text=text
    )


# --- items -----------------------------------------------------------------------------------


def _education(text: str) -> EducationRequirement:
    label, _ = split_title_description(text)
    fields, related = fields_of_study(text)
    return EducationRequirement(
        label=label,
        degree_levels=degree_levels(text),
        fields_of_study=fields,
        related_fields_accepted=related,
        requirement=requirement_level(text),
        text=text,
    )


_TERMINAL = (".", "!", "?")


def _certification(text: str) -> Certification | None:
    """A certification item, or None when the text is a statement that names none.

    "Cloud fundamentals (Optional): e.g., AWS." and "Cloud fundamentals (Azure/AWS/GCP) – Optional" both give
    name 'Cloud fundamentals', level optional; "AWS Certified ML – Specialty" keeps its dash in the name.
    """
    head, note = split_title_description(text)
    if head is None:
        head, note = text.strip(), None
    base, paren = split_note(head)
    title, trailing = split_title_detail(head)
    if paren and requirement_level(paren):
        name, detail, level_text = base, None, paren
    elif trailing and requirement_level(trailing):
        (name, detail), level_text = split_note(title), trailing
    else:
        name, detail, level_text = base, paren, None
    if level_text is None and note is None and (text.rstrip().endswith(_TERMINAL) or len(text.split()) > 8):
        return None  # a sentence about certifications, not one certification
    return Certification(
        name=name,
        detail=detail,
        requirement=requirement_level(level_text) if level_text else None,
        requirement_text=level_text,
        note=note,
        text=text,
    )


def _prior_roles(text: str) -> list[CareerRole]:
    """The roles an item lists, or [] when it is a statement rather than a role list."""
    parts = split_enumeration(text, ",;")
    if len(parts) >= 2:
        roles = [parse_role(part) for part in parts]
        if all(_is_role(r) for r in roles):
            return roles
    # One role, its qualifier possibly an enumeration: "Research assistant in NLP, IR, or linguistics".
    role = parse_role(text)
    return [role] if _is_role(role) else []


def _is_role(role: CareerRole) -> bool:
    return ends_with_role(role.name) and len(role.name.split()) <= _MAX_ROLE_WORDS


_MAX_ROLE_WORDS = 6


def parse(section: Section) -> Experience:
    """Parse the section's blocks into typed fields."""
    unparsed: list[str] = []
    notes = block_texts(section.blocks, unparsed)
    years: YearsOfExperience | None = None
    experience_notes: list[str] = []
    education: list[EducationRequirement] = []
    certifications: list[Certification] = []
    certification_notes: list[str] = []
    cert_heading: str | None = None
    prior_roles: list[CareerRole] = []
    prior_role_notes: list[str] = []
    domain: list[DomainKnowledge] = []
    leadership: list[LeadershipExpectation] = []
    other: list[ExtraSubsection] = []
    for sub in section.subsections:
        key = sub.key or ""
        if key == "years":
            for text in block_texts(sub.blocks, unparsed):
                found = parse_years(text) if years is None else None
                if found:
                    years = found
                else:
                    experience_notes.append(text)
        elif key == "education":
            education += [_education(text) for text in block_texts(sub.blocks, unparsed)]
        elif key == "certifications":
            cert_heading = cert_heading or heading_note(sub.title)
            for text in block_texts(sub.blocks, unparsed):
                cert = _certification(text)
                if cert:
                    certifications.append(cert)
                else:
                    certification_notes.append(text)
        elif key == "prior_roles":
            for text in block_texts(sub.blocks, unparsed):
                roles = _prior_roles(text)
                if roles:
                    prior_roles += roles
                else:
                    prior_role_notes.append(text)
        elif key == "domain":
            domain += [_domain(text) for text in block_texts(sub.blocks, unparsed)]
        elif key == "leadership":
            lead_notes: list[str] = []
            nodes = list_nodes(nest_colon_leads(item_tree(sub.blocks)), lead_notes, unparsed)
            leadership += [LeadershipExpectation(requirement=requirement_level(t), text=t) for t in lead_notes]
            leadership += [
                LeadershipExpectation(requirement=requirement_level(n.text), sub_items=n.descendants(), text=n.text)
                for n in nodes
            ]
        else:
            other.append(extra_subsection(sub.title, sub.blocks))
    if years is None:
        # No years sub-heading: the range may sit in the section's lead text.
        years = next((found for text in notes if (found := parse_years(text))), None)
    return Experience(
        notes=notes,
        years_of_experience=years,
        experience_notes=experience_notes,
        education=education,
        certifications=certifications,
        certification_notes=certification_notes,
        certifications_heading_note=cert_heading,
        prior_roles=prior_roles,
        prior_role_notes=prior_role_notes,
        domain_knowledge=domain,
        leadership_expectations=leadership,
        other=other,
        unparsed=unparsed,
    )


def _domain(text: str) -> DomainKnowledge:
    label, description = split_title_description(text)
    return DomainKnowledge(
        label=label, description=description if label else None, requirement=requirement_level(text), text=text
    )
