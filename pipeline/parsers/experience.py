"""Section parser: required experience and qualifications (section 14).

Years of experience become numbers ("6–10+ years" → 6, 10, open-ended); degree
levels, requirement words ("a plus", "not expected", "Optional") and role
names are read with spaCy rules built from
pipeline/vocab/experience_to_scorecard.json; the list structure is layout.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, pairwise

from pydantic import Field
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section, Subsection
from ..nlp import load_vocab
from .common import (
    CareerRole,
    ExtraSubsection,
    FieldsModel,
    SectionFields,
    block_texts,
    closing_remarks,
    continues_line,
    extra_subsection,
    item_tree,
    list_nodes,
    nest_colon_leads,
    parse_role,
    with_labelled_subsections,
)
from .text import (
    OR_SEPARATOR,
    heading_note,
    is_short_form,
    paren_depth,
    split_enumeration,
    split_note,
    split_title_description,
    split_top_level,
)
from .vocabulary import (
    EXPERIENCE_TO_SCORECARD,
    find_rules,
    names_a_role,
    names_a_team,
    role_qualifier_words,
    tools_in,
)

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
    "expectation_level",
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
    # A doctor's degree that licenses a profession (PharmD, MD, JD, DNP): a first professional degree by
    # training, neither a research doctorate (phd) nor a master, so a level of its own.
    PROFESSIONAL_DOCTORATE = "professional_doctorate"
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
    range_text: str = Field(
        description="The range as written, e.g. '0–3 years'; alternative paths' ranges joined by ' or '."
    )
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
    return _level(text, 0, spans[0]) if spans else None


_NO_OPENING = re.compile(r"\s*no\s", re.IGNORECASE)


def _level(text: str, clause_start: int, span) -> RequirementLevel:  # noqa: ANN001
    """A requirement span's level; "required" in a clause opening "No" is none: "No formal people management
    experience required" (however many words between) is not required."""
    level = RequirementLevel(span.label_)
    if level is RequirementLevel.REQUIRED and _NO_OPENING.match(text, clause_start, span.start_char):
        return RequirementLevel.NOT_REQUIRED
    return level


_CLAUSE_END = re.compile(r";\s+|[.!?]\s+(?=[A-Z])")
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _clause_links() -> frozenset[str]:
    """Words that give a later clause no subject of its own: linking words and the requirement phrases' words."""
    vocab = load_vocab(EXPERIENCE_TO_SCORECARD)
    phrases = [phrase for group in vocab["requirement_levels"].values() for phrase in group] + vocab["clause_links"]
    return frozenset(word.lower() for phrase in phrases for word in _WORDS.findall(phrase))


def expectation_level(text: str) -> RequirementLevel | None:
    """The level of what a statement expects, read from its main (first) clause.

    A later clause counts only when it qualifies the main one ("Led a project; not required" → not required).
    One with a subject of its own that is not required sets that thing apart from the expectation
    ("Has led a team of 3+; formal people management not required" → required); other levels in such a
    clause speak of their own subject and are left out.
    """
    return _expectation(text)[0]


def _expectation(text: str) -> tuple[RequirementLevel | None, int | None]:
    """expectation_level, and where the first clause it sets apart as not required starts (None if none)."""
    spans = find_rules("requirement_levels", text)
    if not spans:
        return None, None
    boundaries = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    set_apart: int | None = None
    for k, span in enumerate(spans):
        clause_start = max(b for b in boundaries if b <= span.start_char)
        if clause_start == 0:
            level = _level(text, clause_start, span)
            if level is not RequirementLevel.REQUIRED or len(spans) == k + 1:
                return level, None  # a lesser level wins alone: "Ownership is valued; people management not required"
            # A main clause saying "required" in words sets apart a later clause's own subject that is not, as one
            # that is required by default does: "Directing an agency is expected; formal people management is
            # helpful but not required."
            return level, _set_apart(text, spans[k + 1 :], boundaries)
        if not _has_subject(text, clause_start, span):
            return _level(text, clause_start, span), None
        if set_apart is None and _level(text, clause_start, span) is RequirementLevel.NOT_REQUIRED:
            set_apart = clause_start
    return (RequirementLevel.REQUIRED, set_apart) if set_apart is not None else (None, None)


def _has_subject(text: str, clause_start: int, span) -> bool:  # noqa: ANN001
    """Whether a later clause names a subject of its own before its requirement phrase."""
    return any(w.lower() not in _clause_links() for w in _WORDS.findall(text[clause_start : span.end_char]))


def _set_apart(text: str, spans: list, boundaries: list[int]) -> int | None:  # noqa: ANN001
    """Where the first later clause with a subject of its own that is not required starts, if any."""
    for span in spans:
        clause_start = max(b for b in boundaries if b <= span.start_char)
        if clause_start == 0:
            continue  # the main clause's own phrases: "Required and expected"
        if _has_subject(text, clause_start, span) and _level(text, clause_start, span) is RequirementLevel.NOT_REQUIRED:
            return clause_start
    return None


def _leadership(text: str, sub_items: list[str]) -> list[LeadershipExpectation]:
    """The expectation a line states, or two when a later clause sets a thing of its own apart as not required:
    "has led cross-functional launches; people management not required." → the launches (required, the items
    nested under the line theirs) and people management (not required), each with its level."""
    level, apart = _expectation(text)
    if apart is None:
        return [LeadershipExpectation(requirement=level, sub_items=sub_items, text=text)]
    main = text[:apart].rstrip()
    main = main.rstrip(";") if main.endswith(";") else main  # a full stop ends the sentence it keeps
    return [
        LeadershipExpectation(requirement=level, sub_items=sub_items, text=main),
        LeadershipExpectation(requirement=RequirementLevel.NOT_REQUIRED, text=text[apart:]),
    ]


def degree_levels(text: str) -> list[DegreeLevel]:
    """Degree levels named in a text, in order, without repeats: "BS/MS in CS" → [bachelor, master]."""
    levels: list[DegreeLevel] = []
    for span in find_rules("degree_levels", text):
        level = DegreeLevel(span.label_)
        if level not in levels:
            levels.append(level)
    return levels


# The words after a degree, before its fields: "'s degree in", "in", and the capitalised words after the 'of' of
# a degree's full name, "(Master) of Science in", "(Bachelor) of Applied Science in", "(Doctor of) Philosophy in",
# and the abbreviation in brackets after the word "degree", "Associate degree (AAS) in" (after a degree's full
# name, "Doctor of Pharmacy (PharmD) in the US", the 'in' opens a place). An adverb of how often may stand before
# the 'in': "bachelor's degree, commonly in paralegal studies, ...".
_FIELDS_LEAD = re.compile(
    r"\s*(?:['’]s\s*)?(?:(?:of\s+|(?<=\bof\s))(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+)?"
    r"(?:(?:degrees?\s+|degrees?(?=,)|(?<=degree\s)|(?<=degrees\s))(?:\((?-i:[A-Z])[\w./-]{1,9}\)\s+)?)?"
    r"(?:,?\s*(?:commonly|typically|usually|generally|often|ideally|preferably)\s+)?in\s+",
    re.IGNORECASE,
)
_FIELDS_END = re.compile(
    r"\s+(?:is|are|was|were|may|might|can|could|would|will|should|preferred|required|strongly|typically|usually"
    r"|commonly|often|ideally|preferably|with|for|plus|from)\b|[.;:]\s|[.;:]$|\s+[–—]\s",
    re.IGNORECASE,
)


_BARE_DEGREE_IN = re.compile(r"\bdegrees?\s+in\s+", re.IGNORECASE)


# What joins a listed field to a degree named after it: "Accounting or an MBA" → "Accounting".
_BEFORE_DEGREE = re.compile(r"[\s,/]*(?:\b(?:or|and)\b(?:\s+(?:an?|the)\b)?)?[\s,/]*$", re.IGNORECASE)


def _before_degree(listed: str) -> str:
    """The fields listed before a second degree, without what joins them to it or qualifies its name:
    "Occupational Therapy (MOT/MSOT) or entry-level" → "Occupational Therapy (MOT/MSOT)"."""
    head, _, last = listed.rstrip().rpartition(" ")
    if head and last.lower() in _degree_field_modifiers():
        listed = head
    return _BEFORE_DEGREE.sub("", listed)


def fields_of_study(text: str) -> tuple[list[str], bool]:
    """Fields listed after a degree: "MS in CS, Statistics, or similar is common" → (["CS", "Statistics"], True).

    A degree named among them is a second degree, not a field: "Master's in Accounting or an MBA" → ["Accounting"].
    """
    spans = find_rules("degree_levels", text)
    named = _fields_named_before_degree(text, spans) + _fields_in_degree_names(text, spans)
    named += _fields_after_degree_of(text, spans)
    starts = [lead.end() for span in spans if (lead := _FIELDS_LEAD.match(text, span.end_char))]
    # A degree of no level names its fields too: "Law degree (LLB/JD) or degree in information security, ...".
    starts += [bare.end() for bare in _BARE_DEGREE_IN.finditer(text)]
    # "a degree in some CROs", "a bachelor's in most companies": a determiner opens a place, not a field.
    starts = [start for start in starts if not _opens_with_determiner(text[start:])]
    if starts:
        start = min(starts)
        rest = text[start:]
        end = _FIELDS_END.search(rest)
        listed = rest[: end.start()] if end else rest
        if paren_depth(text, start):
            # "a master's (e.g., MBA or MS in Cybersecurity) is helpful": the fields end with their bracket.
            listed = _before_closing_bracket(listed)
        else:
            # "Dietetics or Clinical Nutrition (required for CDR exam eligibility)": the end fell inside a bracket
            # after the fields, a note on them, not one of them.
            listed = _before_open_bracket(listed)
        # A degree in brackets is the short form of the one named: "Bachelor of Science in Nursing (BSN)".
        after = [other.start_char for other in spans if start <= other.start_char < start + len(listed)]
        degree = next((at for at in after if not paren_depth(text, at)), None)
        if degree is not None:
            listed = _before_degree(listed[: degree - start])
        base, bracket = split_note(listed)
        if bracket and (requirement_level(bracket) or degree_levels(bracket)):
            listed = base  # "…, or a related field (required)": the bracket is the requirement, not a field
        fields: list[str] = []
        related = False
        for part in split_enumeration(listed, ","):
            if (generic := _closing_generic_field(part)) is not None:
                related = True
                part = re.sub(r"\s+(?:or|and)$", "", part[: generic.start_char].strip()).strip()
            for field in _alternatives(part):
                if (opening := find_rules("generic_fields", field)) and opening[0].start_char == 0:
                    related = True  # "or equivalent practical experience": an alternative, not a field
                elif fields and _is_route(field):
                    # "..., or an apprenticeship with HNC": another way into the job, not a field; the list ends.
                    return _in_page_order(named, start, _shared_head_nouns(fields)), related
                else:
                    fields.append(field)
        return _in_page_order(named, start, _shared_head_nouns(fields)), related
    return list(dict.fromkeys(field for _, field in sorted(named))), False


_INDEFINITE_ARTICLE = re.compile(r"an?\s", re.IGNORECASE)
_ROUTE_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _route_nouns() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["education_route_nouns"])


def _is_route(field: str) -> bool:
    """Whether a listed part after the fields names another way into the job, not a field: an indefinite article
    and a route's noun ("an apprenticeship with HNC", "a coding certificate program"); "a related life science",
    "a technical field" are fields, and so is a related one ("a related program of study")."""
    words = _ROUTE_WORDS.findall(field.lower())
    if _INDEFINITE_ARTICLE.match(field) is None or "related" in words:
        return False
    return not _route_nouns().isdisjoint(words)


def _in_page_order(named: list[tuple[int, str]], start: int, listed: list[str]) -> list[str]:
    """The fields listed after a degree, with those named before a "degree" around them in page order; one the
    list already holds ("BS in CS, or a Data Science degree") once."""
    before = [field for at, field in named if at < start]
    after = [field for at, field in named if at >= start and not any(field in other for other in listed)]
    return before + [field for field in listed if field not in before] + after


# A field written before "degree" where the statement or one of its alternatives opens: "Law degree (LLB/JD) or
# ...", "A nursing degree is required", "..., or a Computer Science degree". Not after other words ("hired without a
# business degree", "where there is no law degree" say what is not asked).
_FIELD_BEFORE_DEGREE = re.compile(
    r"(?P<opening>^|:\s+|,\s+|\b(?:or|and)\s+)(?:(?:an?|the)\s+)?"
    r"(?P<field>(?:(?!(?:or|and)\b)[A-Za-z][\w&-]*\s+){1,3}?)degrees?\b",
    re.IGNORECASE,
)


def _fields_named_before_degree(text: str, spans: tuple[Span, ...]) -> list[tuple[int, str]]:
    """(where, field) of each field a statement names before the word "degree": "Law degree (LLB/JD) or ..." →
    [(0, "law")].

    The words must name a subject: not a degree's level ("Associate degree", "undergraduate degree"), a word that
    qualifies the degree ("a relevant degree", "Advanced degrees") or a function word ("with or without a degree").
    """
    if "degree" not in text.lower():
        return []
    fields: list[tuple[int, str]] = []
    for match in _FIELD_BEFORE_DEGREE.finditer(text):
        field = match["field"].strip()
        start = match.start("field")
        if any(span.start_char < start + len(field) and start < span.end_char for span in spans):
            continue
        if any(word in STOP_WORDS or word in _degree_field_modifiers() for word in field.lower().split()):
            continue
        opens_statement = not match["opening"] or match["opening"][0] == ":"
        fields.append((start, _without_opening_capital(field) if opens_statement else field))
    return fields


def _fields_in_degree_names(text: str, spans: tuple[Span, ...]) -> list[tuple[int, str]]:
    """(where, field) of each field inside a degree name the vocabulary lists whole: "Doctor of Physical Therapy
    (DPT)" → Physical Therapy, "Doctor of Pharmacy" → Pharmacy (the span ends after the field, so the fields read
    after a degree start too late); not a kind of degree ("Master of Laws", "Doctor of Nursing Practice"). A
    degree whose name goes on after the span ("Master of Business Administration") names no field, as before."""
    fields: list[tuple[int, str]] = []
    for span in spans:
        lower = span.text.lower()
        if lower.endswith(" doctorate") and (field := span.text[: -len(" doctorate")]).istitle():
            fields.append((span.start_char, field))  # "Occupational Therapy Doctorate (OTD)" → Occupational Therapy
        if " of " not in lower:
            continue
        at = span.start_char + lower.index(" of ") + 4
        field = text[at : span.end_char]
        if not field.istitle() or _degree_kind(field):
            continue  # "doctor of pharmacy" written in lower case names the degree, not a field's name
        fields.append((at, field))
    return fields


# A degree's full name after its level word: "(Master) of Social Work", 1-3 capitalised words, no "in" after them
# (with one the fields follow it: "Master of Science in Nursing").
_OF_FIELD = re.compile(r"\s+of\s+((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})\b(?!\s+(?:in\b|(?-i:[A-Z])))")


def _fields_after_degree_of(text: str, spans: tuple[Span, ...]) -> list[tuple[int, str]]:
    """(where, field) of a field a degree's full name gives after a bare level word: "Master of Social Work (MSW)"
    → Social Work, "Master of Taxation" → Taxation; not a kind of degree ("Master of Science", "Master of
    Business Administration")."""
    if " of " not in text:
        return []
    fields: list[tuple[int, str]] = []
    for span in spans:
        if " of " in span.text or not (match := _OF_FIELD.match(text, span.end_char)):
            continue
        if not _degree_kind(match[1]):
            fields.append((match.start(1), match[1]))
    return fields


@lru_cache(maxsize=1)
def _degree_kinds() -> tuple[tuple[str, ...], frozenset[str]]:
    vocab = load_vocab(EXPERIENCE_TO_SCORECARD)
    openings = tuple(kind.lower() for kind in vocab["degree_kind_names"])
    return openings, frozenset(kind.lower() for kind in vocab["degree_kind_endings"])


def _degree_kind(words: str) -> bool:
    """Whether the words after a degree's "of" name the kind of degree: open with one ("Science", "Fine Arts") or
    close with a practice doctorate's word ("Nursing Practice")."""
    lower = words.lower()
    openings, endings = _degree_kinds()
    return lower.rsplit(" ", 1)[-1] in endings or any(lower == k or lower.startswith(k + " ") for k in openings)


def _without_opening_capital(field: str) -> str:
    """A field opening the statement without the capital the sentence gave it: "Law degree ..." → "law"; a name
    cased throughout ("Computer Science", "STEM") keeps its case."""
    first, *rest = field.split()
    if first[1:].islower() and all(word.islower() for word in rest):
        return first[:1].lower() + field[1:]
    return field


@lru_cache(maxsize=1)
def _degree_field_modifiers() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["degree_field_modifiers"])


_BRACKET_MARKS = re.compile(r"[()\[\]]")


def _before_closing_bracket(text: str) -> str:
    """The text up to the bracket that closes one opened before it: "Cybersecurity) is" → "Cybersecurity"."""
    depth = 0
    for mark in _BRACKET_MARKS.finditer(text):
        if mark.group() in "([":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return text[: mark.start()].rstrip()
    return text


def _before_open_bracket(text: str) -> str:
    """The text before a bracket left open at its end: "Clinical Nutrition (required" → "Clinical Nutrition"."""
    opened: list[int] = []
    for mark in _BRACKET_MARKS.finditer(text):
        if mark.group() in "([":
            opened.append(mark.start())
        elif opened:
            opened.pop()
    return text[: opened[0]].rstrip() if opened else text


@lru_cache(maxsize=1)
def _field_determiners() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["field_determiners"])


def _opens_with_determiner(listed: str) -> bool:
    """Whether the words after "degree in" open with a determiner ("some", "most"): a place, not a field."""
    first = listed.split(maxsplit=1)
    return bool(first) and first[0].lower() in _field_determiners()


def _closing_generic_field(part: str) -> Span | None:
    """The generic field a listed part is or closes with an 'or'/'and': "Economics or a related quantitative
    field" → "a related quantitative field"; else None."""
    spans = find_rules("generic_fields", part)
    if not spans or spans[-1].end_char != len(part):
        return None
    before = part[: spans[-1].start_char].split()
    return spans[-1] if not before or before[-1].lower() in ("or", "and") else None


@lru_cache(maxsize=1)
def _modifier_endings() -> tuple[str, ...]:
    return tuple(load_vocab(EXPERIENCE_TO_SCORECARD)["field_modifier_endings"])


def _shared_head_nouns(fields: list[str]) -> list[str]:
    """A lone modifier takes the head noun of the field after it: "Electrical or Electronic Engineering" →
    ["Electrical Engineering", "Electronic Engineering"], as "Chemical, Mechanical, or Civil Engineering" does.

    A modifier is one word with an adjective's ending ("Electrical", "Molecular"); a noun field ("Physics or
    Computer Science", "Finance or Business Administration") keeps its own name.
    """
    shared = list(fields)
    for k in range(len(shared) - 2, -1, -1):
        field, following = shared[k], shared[k + 1].split()
        if " " not in field and len(following) >= 2 and field.lower().endswith(_modifier_endings()):
            shared[k] = f"{field} {following[-1]}"
    return shared


def _alternatives(field: str) -> list[str]:
    """ "IR or ML" → ["IR", "ML"], as "IR, or ML" would be; a bracket keeps the text whole; "" → []."""
    if "(" in field:
        return [field]
    return [part for part in OR_SEPARATOR.split(field) if part]


# --- years -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _years_pattern() -> tuple[dict[str, int], re.Pattern[str]]:
    """The number words, and the forms of a range as one pattern, each a named group, most specific first."""
    vocab = load_vocab(EXPERIENCE_TO_SCORECARD)
    words = {w.lower(): n for w, n in vocab["number_words"].items()}
    num = r"(\d+(?:\.\d+)?|" + "|".join(sorted(words, key=len, reverse=True)) + r")"
    unit = r"\s*(?:years?|yrs?)\b"
    dash = r"\s*(?:[–—-]|to)\s*"
    mins = "|".join(re.escape(w) for w in vocab["years_min_leads"])
    maxs = "|".join(re.escape(w) for w in vocab["years_max_leads"])
    forms = [
        ("range", rf"\b{num}\s*\+?{dash}{num}\s*(\+)?{unit}"),
        ("min", rf"(?:{mins})\s+{num}\s*(\+)?{unit}"),
        ("max", rf"(?:{maxs})\s+{num}\s*(\+)?{unit}"),
        ("plus", rf"\b{num}\s*(\+){unit}"),
        ("single", rf"\b{num}(){unit}"),
    ]
    return words, re.compile("|".join(f"(?P<{kind}>{form})" for kind, form in forms), re.IGNORECASE)


def parse_years(text: str) -> YearsOfExperience | None:
    """Years of experience as numbers: "6–10+ years" → min 6, max 10, open-ended; none found → None. Alternative
    paths each with their own range ("PhD plus 2–5 years ...; or MSc with 5–8+ years") span them all: min 2, max 8,
    open-ended."""
    _, pattern = _years_pattern()
    # The range written first wins; at one position the more specific form ("at least 4 years" over "4 years"):
    # the alternation's leftmost match, its first form that matches there.
    match = pattern.search(text)
    if match is None:
        return None
    match = _after_prerequisite(text, match)
    matches = [match] + _alternative_ranges(text, match)
    bounds = [_bounds(m) for m in matches]
    lows = [low for low, _, _ in bounds if low is not None]
    highs = [high for _, high, _ in bounds if high is not None]
    return YearsOfExperience(
        min_years=min(lows, default=None),
        max_years=max(highs, default=None),
        open_ended=any(open_ended for _, _, open_ended in bounds),
        range_text=" or ".join(m.group(0).strip() for m in matches),
        text=text,
    )


# A range gained before the role's own training ("2–5 years of RN experience before NP school", "prior to
# residency"): a prerequisite of the path, its clause closed by ';'.
_PREREQUISITE_CLAUSE = re.compile(r"[^;]*?\b(?:before|prior to)\b[^;]*;")


def _after_prerequisite(text: str, first: re.Match[str]) -> re.Match[str]:
    """The range of the clause after a prerequisite's: "2–5 years of RN experience before NP school; 0–3 years of
    NP experience for staff roles" asks the hire for 0–3 years in the role; else the first range."""
    if ";" not in text[first.end() :]:  # cheap test: most lines give one clause
        return first
    prerequisite = _PREREQUISITE_CLAUSE.match(text, first.end())
    if prerequisite is None:
        return first
    following = _years_pattern()[1].search(text, prerequisite.end())
    if following is None or _PREREQUISITE_CLAUSE.match(text, following.end()):
        return first
    gap = text[first.end() : following.start()]
    # The next clause's own range, not one further on nor an alternative path's ("; or 6+ years", read as such).
    return first if gap.count(";") > 1 or _ALTERNATIVE_GAP.search(gap) else following


# An alternative path is a clause of its own, opened by "; or" before its range: "PhD plus 2–5 years ...; or MSc
# with 5–8+ years". Not a list's "or" ("8–12+ years in IT, infrastructure, or security, including at least 4
# years"), and not ", or" inside one sentence ("3–6 years in product management, or 5–8+ years in an adjacent
# role" keeps its first range, as the frozen product-manager page expects).
_ALTERNATIVE_GAP = re.compile(r";\s*or\b[^;,]*$")


def _alternative_ranges(text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """The ranges after the first that each open an alternative path (an "or" clause) of their own."""
    found: list[re.Match[str]] = []
    if ";" not in text[first.end() :]:  # cheap test: most lines give one range
        return found
    _, pattern = _years_pattern()
    end = first.end()
    for match in pattern.finditer(text, end):
        if not _ALTERNATIVE_GAP.search(text[end : match.start()]):
            break
        found.append(match)
        end = match.end()
    return found


@lru_cache(maxsize=1)
def _own_role_markers() -> tuple[str, ...]:
    return tuple(w.lower() for w in load_vocab(EXPERIENCE_TO_SCORECARD)["years_own_role_markers"])


def _own_role_years(texts: list[str]) -> YearsOfExperience | None:
    """The range of the line a list of ranges by level marks as the page's own role: "Entry agronomist: 0–2 years",
    "Crop Agronomist (this role): 3–7 years", "Senior agronomist: 8–12+ years" → 3–7; None when no line says so
    (the first range is the role's, as before), or the marker follows the range ("3–5 years in a role like this
    role")."""
    if len(texts) < 2:
        return None  # cheap first: one line is the role's anyway
    for text in texts:
        lower = text.lower()
        at = min((i for marker in _own_role_markers() if (i := lower.find(marker)) >= 0), default=-1)
        if at < 0:
            continue  # most lines: no marker (a substring test)
        found = parse_years(text)
        if found is not None and found.range_text and lower.find(found.range_text.split(" or ")[0].lower()) > at:
            return found
    return None


def with_own_role_years(experience: Experience, title: str | None) -> Experience:
    """The experience with the years of the line a list of ranges by level labels with the page's own role (known
    only here): "Entry consultant: 0–2 years", "Solar Sales Consultant: 2–5 years", "Senior Solar Consultant:
    5–8 years" on the Residential Solar Sales Consultant's page → 2–5, not the first line's 0–2. The label is the
    whole text before the colon, the title or its last two words or more (a shorter tail, "Consultant", names a
    level's line as well); the title itself before a tail. The line chosen before goes back among the notes, where
    the own line stood."""
    years = experience.years_of_experience
    notes = experience.experience_notes
    if not title or years is None or not notes:
        return experience  # most pages: no list of ranges by level
    words = title.casefold().split()
    if len(words) < 2:
        return experience
    names = [" ".join(words[i:]) for i in range(len(words) - 1)]  # the title, then shorter tails
    own: tuple[int, int, YearsOfExperience] | None = None
    for index, note in enumerate(notes):
        label, colon, _ = note.partition(":")
        if not colon or len(label) > 80:
            continue  # cheap first: most notes have no short label
        label = " ".join(label.casefold().split())
        if label in names and (own is None or names.index(label) < own[0]):
            if (found := parse_years(note)) is not None:
                own = (names.index(label), index, found)
    if own is None or years.text.partition(":")[0].casefold().strip() in names[: own[0] + 1]:
        return experience  # no line of the role's own, or the one chosen is it already
    _, index, found = own
    return experience.model_copy(
        update={"years_of_experience": found, "experience_notes": [*notes[:index], years.text, *notes[index + 1 :]]}
    )


def _bounds(match: re.Match[str]) -> tuple[float | None, float | None, bool]:
    """A matched range's lower and upper bound and whether it is open-ended."""
    words, pattern = _years_pattern()
    kind = match.lastgroup
    first = pattern.groupindex[kind]  # the form's own groups follow its named group

    def number(k: int) -> float:
        value = match.group(first + k)
        return float(words.get(value.lower(), value))

    if kind == "range":
        return number(1), number(2), bool(match.group(first + 3))
    if kind in ("min", "plus"):
        return number(1), None, True
    if kind == "max":
        return None, number(1), False
    return number(1), number(1), False


# --- items -----------------------------------------------------------------------------------


def _education(text: str) -> list[EducationRequirement]:
    """One statement per clause that names a degree or a requirement of its own: "BS in CS is common; MS in IR
    is a plus" names two degrees, two levels; "Equivalent experience is widely accepted; an MBA is rarely
    required" accepts experience in place of a degree and does not ask for the MBA."""
    clauses = [clause.strip() for clause in _CLAUSE_END.split(text)]
    if len(clauses) >= 2 and any(degree_levels(clause) for clause in clauses):
        if all(degree_levels(clause) or requirement_level(clause) for clause in clauses):
            return _with_equivalence_notes(text, clauses)
    return [_degree_statement(text)]


_EQUIVALENT = re.compile(r"\bequivalent\b", re.IGNORECASE)


def _with_equivalence_notes(text: str, clauses: list[str]) -> list[EducationRequirement]:
    """A statement per clause, but a clause after a degree's that only accepts equivalent experience in its place
    ("...or human resources is common; equivalent experience is accepted.") or only restates its level ("...
    preferred; not required.") names no degree of its own: it notes the degree's statement, whose text keeps it
    (its fields and level are the degree clause's)."""
    statements: list[EducationRequirement] = []
    for clause in clauses:
        if statements and statements[-1].degree_levels and not degree_levels(clause) and _notes_degree(clause):
            start = text.find(statements[-1].text)
            joined = text[start : text.find(clause, start) + len(clause)] if start >= 0 else statements[-1].text
            statements[-1] = statements[-1].model_copy(update={"text": joined})
        else:
            statements.append(_degree_statement(clause))
    return statements


def _notes_degree(clause: str) -> bool:
    """Whether a clause after a degree's only notes it: accepting equivalent experience, or a bare level
    restating it ("Bachelor's degree in aviation preferred; not required.")."""
    return _EQUIVALENT.search(clause) is not None or _is_level(clause.rstrip(".").strip())


def _degree_statement(text: str) -> EducationRequirement:
    label, _ = split_title_description(text)
    fields, related = fields_of_study(text)
    return EducationRequirement(
        label=label,
        degree_levels=degree_levels(_without_condition(text)) or degree_levels(text),
        fields_of_study=fields,
        related_fields_accepted=related,
        requirement=requirement_level(text),
        text=text,
    )


# Whom a requirement holds for, after its word, to the clause's end: "... are accepted for therapists licensed
# before the DPT transition".
_FOR_CONDITION = re.compile(r"\s+for\s+[^,;:.]*")


def _without_condition(text: str) -> str:
    """The text without the "for ..." that follows its requirement word: a degree named there says whom the
    requirement holds for ("Older MPT or BSPT degrees are accepted for therapists licensed before the DPT
    transition" asks for no DPT); the text as it is without one."""
    if " for " not in text or not (spans := find_rules("requirement_levels", text)):
        return text
    condition = _FOR_CONDITION.search(text, spans[0].end_char)
    return text[: condition.start()] + text[condition.end() :] if condition else text


_TERMINAL = (".", "!", "?")
_LEVEL_DASH = re.compile(r"\s+[–—-]\s+")


def _level_spans(text: str) -> list[Span]:
    """A certification's level words in page order, importance words included ("Important")."""
    return sorted(find_rules("requirement_levels", text) + find_rules("importance_levels", text), key=lambda s: s.start)


# "expected for senior progression", "expected within 2 years of hire": what a later stage asks for, not the hire.
_LATER_EXPECTATION = re.compile(r"expected\s+(?:for|within|after|by|before)\b", re.IGNORECASE)


def _certification_level(text: str) -> RequirementLevel | None:
    spans = _level_spans(text)
    return RequirementLevel(spans[0].label_) if spans else None


def _hiring_level(level_text: str) -> RequirementLevel | None:
    """The level a certification's level text asks of the hire: its first level word but one scoped to a later
    stage, which is still the item's level text ("Advanced; expected for senior progression" asks none)."""
    spans = [span for span in _level_spans(level_text) if not _LATER_EXPECTATION.match(level_text, span.start_char)]
    if len(spans) > 1 and "/" in level_text and _slash_pair(level_text, spans):
        # "Common/required": two levels given as one, the hire is asked the stronger (the enum lists it first).
        order = list(RequirementLevel)
        return min((RequirementLevel(span.label_) for span in spans), key=order.index)
    return RequirementLevel(spans[0].label_) if spans else None


def _slash_pair(level_text: str, spans: list[Span]) -> bool:
    """Whether the level text is its levels alone, joined by slashes: "Common/required", "Preferred / required"."""
    gaps = [level_text[a.end_char : b.start_char] for a, b in pairwise(spans)]
    bare = spans[0].start_char == 0 and spans[-1].end_char == len(level_text.rstrip(". "))
    return bare and all(gap.strip() == "/" for gap in gaps)


def _opens_on_level(text: str) -> bool:
    """Whether the text opens on a level phrase: "Required within 90 days of hire", "Preferred"."""
    spans = _level_spans(text)
    return bool(spans) and spans[0].start_char == 0


def _is_level(text: str) -> bool:
    """The whole text is one level phrase: "Optional", "Nice to have", "Important"."""
    spans = _level_spans(text)
    return len(spans) == 1 and spans[0].start_char == 0 and spans[0].end_char == len(text)


def _split_level(text: str) -> tuple[str, str, str | None] | None:
    """(name, level text, note) when the text ends with a level: in its last parenthesis, or from the first dash
    segment that reads as one ("AWS Certified DevOps Engineer – Professional – Common in AWS shops"); else None.

    A dash level before the parenthesis is the level and the parenthesis a note on it, even when the note
    names a level of its own: "CPA – Optional (Important for accounting-heavy teams)".
    """
    base, paren = split_note(text)
    if paren and _certification_level(paren):
        if found := _dash_level(base) or (not _is_level(paren) and _closing_level(base)):
            return *found, paren
        return base, paren, None
    if paren and paren.lower() in _stage_levels():
        return base, paren, None  # "(FMA) (Advanced)": a stage, the level text; the acronym stays the name's detail
    if paren and (found := _dash_level(base)) and _stage_segment(found[1]):
        # "Statutory Mine Manager's certificate – Advanced (for progression)": a stage after the dash, the bracket
        # closing the item a note on it, as a level's bracket is ("CPA – Optional (Important for ...)").
        return *found, paren
    if found := _dash_level(text):
        return *found, None
    return _level_before_condition(text)


@lru_cache(maxsize=1)
def _stage_levels() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["certification_stage_levels"])


# A level in brackets, then a lowercase condition closing the item: "CDL Class A (Required) with clean driving record."
_BRACKET_THEN_CONDITION = re.compile(r"\(([^()]+)\),?\s+([a-z][^()]*?)\.?\Z")


def _level_before_condition(text: str) -> tuple[str, str, str] | None:
    """(name, level text, condition) when a level in brackets is followed by a condition on it; else None."""
    match = _BRACKET_THEN_CONDITION.search(text)
    if match and (name := text[: match.start()].strip()) and _certification_level(match.group(1)):
        return name, match.group(1), match.group(2)
    return None


_CONDITION_WORDS = frozenset(("where", "when", "if", "unless", "as", "not"))


def _closing_level(text: str) -> tuple[str, str] | None:
    """(name, level text) of a name its own level word closes, "LCSW or LMSW licence required": that word is the
    level, a bracket after it a note on it, even one naming another level ("state-specific; LCSW preferred ...").
    A level a condition leads ("State licensure where required") is the name's; a bracket that is a level alone,
    "(Critical)", is the level, asked first (_split_level)."""
    spans = _level_spans(text)
    if not spans or spans[-1].end_char != len(text) or not spans[-1].start_char:
        return None
    if text[: spans[-1].start_char].split()[-1].lower() in _CONDITION_WORDS:
        return None
    return text[: spans[-1].start_char].strip(), text[spans[-1].start_char :]


def _dash_level(text: str) -> tuple[str, str] | None:
    """(name, level text) from the first dash segment of the text that reads as a level; else None."""
    cuts = [m for m in _LEVEL_DASH.finditer(text) if not paren_depth(text, m.start())]
    for cut, following in zip(cuts, cuts[1:] + [None]):
        segment = text[cut.end() : following.start() if following else len(text)]
        if _certification_level(segment) or _stage_segment(segment):
            return text[: cut.start()].strip(), text[cut.end() :].strip()
    return None


def _stage_segment(segment: str) -> bool:
    """Whether a dash segment opens with a career stage alone, as its first clause: "Expert; distinguishes top
    reporters." is the level text of "RDR (NCRA) – Expert; ...", asking no requirement of the hire."""
    head = segment.split(";", 1)[0].strip().rstrip(".")
    return head.lower() in _stage_levels()


@lru_cache(maxsize=1)
def _name_colon_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab(EXPERIENCE_TO_SCORECARD)["certification_name_colon_words"])


def _certifications(text: str) -> list[Certification]:
    """The certifications of an item (two for "A or B"), or none when the text is a statement that names none.

    The level is the last part when it reads as one: "Cloud fundamentals (Azure/AWS/GCP) – Optional" and
    "CCSP – Certified Cloud Security Professional (Important)"; or it closes a label before a note
    "Cloud fundamentals (Optional): e.g., AWS.". Colons and dashes before the level stay in the name
    ("HashiCorp Certified: Terraform Associate – Optional", "AWS Certified ML – Specialty").
    """
    if (
        ": " in text
        and (kind := _KIND_LABEL.match(text))
        and _names_kind(kind.group(1))
        and not _opens_on_level(text[kind.end() :])
    ):
        # "State license: Certified Shorthand Reporter (CSR) or ...": the kind of credential labels the names; a
        # level after the colon ("BLS certification: Required") is the named credential's own.
        label = kind.group(1)
        return [
            found.model_copy(update={"note": "; ".join(filter(None, (label, found.note))), "text": text})
            for found in _certifications(text[kind.end() :])
        ]
    if ";" in text and (parts := _level_parts(text)):
        return _part_certifications(text, parts)
    if ". " in text and (stated := _level_statement(text)):
        return stated
    if (parts := _bracketed_level_list(text)) is not None:
        return _part_certifications(text, parts)
    if (parts := _dashed_level_list(text)) is not None:
        return _part_certifications(text, parts)
    if (parts := _alternative_level_list(text)) is not None:
        return _part_certifications(text, parts)
    if text.endswith(":") and _level_lead(text):
        return []  # the items' common level, a note: it names no certification
    if text.endswith(")") and (paired := _bracketed_other(text)):
        return paired
    head, note = _level_label(text) or split_title_description(text)
    if head is None and ") " in text and (dashed := _BRACKETED_LEVEL_DASH.search(text)):
        # "HIPAA privacy training certificate (Common) – annual.": the name and its level in brackets, a dash,
        # then a note (once bold, its label); the first such dash only, when its bracket is a level.
        if (found := _split_level(text[: dashed.start() + 1])) and _is_level(found[1]):
            head, note = text[: dashed.start() + 1], text[dashed.end() :].strip() or None
    if head is None or head.split()[-1].lower() in _name_colon_words():
        head, note = None, None  # no label, or "Microsoft Certified: ..." naming the certification
    if head is not None and note and _is_level(head):
        if ";" in note and (listed := _listed_under_level(text, note, head)):
            return listed
        name_part, level_text, note = note, head, None  # "Optional: AWS Solutions Architect"
    elif head is not None and (found := _split_level(head)):
        name_part, level_text, level_note = found
        note = "; ".join(filter(None, (level_note, note)))
    elif found := _split_level(text.strip()):
        name_part, level_text, note = found
    elif head is None and (stated := _stated_level(text) or _trailing_level(text)):
        return _stated_certifications(text, *stated)
    else:
        name_part, level_text = head or text.strip(), None
    if level_text is None and note is None and (text.rstrip().endswith(_TERMINAL) or len(text.split()) > 8):
        if text.rstrip().endswith(_TERMINAL) or not _titled_names(text):
            return []  # a sentence about certifications, not one certification
    if " is " in name_part or " are " in name_part:  # cheap first: nearly every name holds no verb
        if _says_none_required(name_part):
            return []  # "ROS certifications are rarely required (Optional)": a statement, however levelled
    if issuer := _issuer(name_part):
        name_part, note = name_part[: issuer.start()], "; ".join(filter(None, (issuer.group(1), note)))
    if (example := _example_lead(name_part)) and _kind_is_the_name(example.group(1), name_part[example.end() :]):
        # The examples are instances of the kind, or where it is had: the kind is what is asked for.
        examples = name_part[len(example.group(1)) :].strip(" ,")
        name_part, note = example.group(1), "; ".join(filter(None, (examples, note)))
    elif example:
        name_part, note = name_part[example.end() :], "; ".join(filter(None, (example.group(1), note)))
    return _named_certifications(name_part, level_text, note, text)


# A bracket closing before a spaced dash: "Name (Level) – note" (opens on the literal ")").
_BRACKETED_LEVEL_DASH = re.compile(r"\) [–—-] ")


# A short label before a colon, then a capitalised name: "State license: Certified Shorthand Reporter (CSR)".
_KIND_LABEL = re.compile(r"([A-Z][\w-]*(?: [\w-]+){0,2}):\s+(?=[A-Z])")


def _names_kind(label: str) -> bool:
    """Whether a label names the kind of credential its item names ("State license", "Professional
    certification"), by a word of a certifications table's name column; not a name's own colon
    ("Microsoft Certified: ...") nor a level ("Optional: ..."), which read otherwise."""
    last = label.rsplit(" ", 1)[-1].lower()
    if last in _name_colon_words():
        return False
    return any(word in last for word in _kind_words())


@lru_cache(maxsize=1)
def _kind_words() -> tuple[str, ...]:
    return tuple(load_vocab(EXPERIENCE_TO_SCORECARD)["certification_columns"]["name"])


def _bracketed_other(text: str) -> list[Certification] | None:
    """A name with no level of its own, then a bracket whose level closes another name: "BLS (ACLS preferred)"
    prefers ACLS, not BLS, whose level the page does not state; the bracket is its note (the other name may be a
    certification or its issuer: "CPR (AHA preferred)"). None for any other item ("CPR (preferred)", "SHRM-CP
    (optional; PHR accepted)", "Security+ (DoD 8570 required)")."""
    base, paren = split_note(text)
    if not paren or _level_spans(base) or not (found := _closing_level(paren)) or not _acronym(found[0]):
        return None
    if not _names_certification(base):
        return None
    return [Certification(name=base, note=paren, text=text)]


# The lower-case words a certification's title may hold between its capitalised ones ("Certificate of Demonstrated
# Proficiency"), and the words joining alternatives.
_NAME_JOINERS = frozenset(("of", "in", "for", "and", "or", "the", "on", "to", "&", "/", "-", "–"))
_PARENTHETICAL = re.compile(r"\([^()]*\)")


def _titled_names(text: str) -> bool:
    """Whether a long item with no full stop is titles, not a sentence: outside its parentheses every word is
    capitalised or joins them ("Cabin Crew Attestation (EASA) or FAA Certificate of Demonstrated Proficiency
    (obtained in airline training)": a licence's long names, its note in parentheses). A sentence holds lower-case
    words ("Certifications are rarely required for this role")."""
    words = _PARENTHETICAL.sub(" ", text).split()
    return len(words) > 2 and all(w[0].isupper() or w[0].isdigit() or w in _NAME_JOINERS for w in words)


def _listed_under_level(text: str, body: str, level_text: str) -> list[Certification] | None:
    """The certifications a level label lists, one a ';' part: "Optional: SQL certificates; Unity Certified
    Associate (Optional)." → two, a part with no level of its own at the label's; None when a part names none."""
    parts = split_top_level(body, ";")
    if len(parts) < 2:
        return None
    listed: list[Certification] = []
    for part in parts:
        found = _certifications(part.strip())
        if not found:
            return None  # "Optional: helpful in audit-heavy teams; rarely asked": a note, not a list
        listed += [
            cert.model_copy(update={"text": text})
            if cert.requirement
            else cert.model_copy(
                update={"requirement": _hiring_level(level_text), "requirement_text": level_text, "text": text}
            )
            for cert in found
        ]
    return listed


def _says_none_required(name_part: str) -> bool:
    """Whether a name part is a sentence saying certifications are not asked for: "ROS or robotics certifications
    are rarely required". What is rarely or not required is no certification the hire needs, a note on them."""
    verbs = [m for m in _LEVEL_VERB.finditer(name_part) if not paren_depth(name_part, m.start())]
    if not verbs:
        return False
    predicate = name_part[verbs[-1].end() :].strip().rstrip(".")
    return _is_level(predicate) and _certification_level(predicate) is RequirementLevel.NOT_REQUIRED


def _named_certifications(name_part: str, level_text: str | None, note: str | None, text: str) -> list[Certification]:
    """A certification for each alternative the name part names ("CISSP or CISM"), all at the stated level."""
    requirement = _hiring_level(level_text) if level_text else None
    return [
        Certification(
            name=name, detail=detail, requirement=requirement, requirement_text=level_text, note=note, text=text
        )
        for name, detail in map(split_note, _alternative_certifications(name_part))
    ]


def _level_label(text: str) -> tuple[str, str] | None:
    """(label, note) of an item whose label closes with its level in brackets: the colon after the level ends the
    label, however long the name ("AWS Certified Data Analytics or cloud data engineering certifications
    (Optional): helpful ..."), and a colon before it is the name's ("SnowPro Advanced: Data Engineer (Optional):
    relevant where ..."); else None."""
    if "):" not in text:
        return None  # nearly every item
    end = text.index("):") + 1
    head, note = text[:end].strip(), text[end + 1 :].strip()
    level = split_note(head)[1]
    if not note or paren_depth(text, end) or not level or not _certification_level(level):
        return None
    return head, note


# The verb between a sentence's certifications and their level: "A and B certifications are context-specific."
_LEVEL_VERB = re.compile(r" (?:is|are) ")


def _stated_level(text: str) -> tuple[list[str], str] | None:
    """(names, level text) of a sentence whose predicate is only a level, "Envision SP and state MOT/work-zone
    certifications are context-specific." → ["Envision SP", "state MOT/work-zone certifications"]; else None.
    Its subject must name something, an acronym or a capitalised word after the first: "Vendor certifications
    are optional." names none, a note."""
    if " are " not in text and " is " not in text:
        return None  # nearly every item
    verbs = [m for m in _LEVEL_VERB.finditer(text) if not paren_depth(text, m.start())]
    if not verbs:
        return None
    subject, level_text = text[: verbs[-1].start()].strip(), text[verbs[-1].end() :].strip().rstrip(".")
    words = subject.split()
    if not _is_level(level_text) or not (words[0].isupper() or any(w[:1].isupper() or w.isupper() for w in words[1:])):
        return None
    ands = [m.start() for m in re.finditer(" and ", subject) if not paren_depth(subject, m.start())]
    if len(ands) == 1 and subject[:1].isupper():
        return [subject[: ands[0]], subject[ands[0] + 5 :]], level_text  # two certifications, one level
    return [subject], level_text


def _trailing_level(text: str) -> tuple[list[str], str] | None:
    """([name], level text) of a name its level closes with no verb or bracket, "AWS Cloud Practitioner optional."
    → "AWS Cloud Practitioner", "optional"; else None. Every word before the level is capitalised, an acronym or
    more than one word: a name, not a sentence ("Cloud certifications optional") nor a generic ("Certifications
    optional")."""
    body = text.rstrip().rstrip(".")
    spans = _level_spans(body)
    if not spans or spans[-1].end_char != len(body) or not spans[-1].start_char:
        return None  # no level, one inside the text, or the whole text one ("None required")
    words = body[: spans[-1].start_char].split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words) or not (words[0].isupper() or words[1:]):
        return None
    return [" ".join(words)], body[spans[-1].start_char :]


def _stated_certifications(text: str, names: list[str], level_text: str) -> list[Certification]:
    requirement = _hiring_level(level_text)
    return [
        Certification(name=name, detail=detail, requirement=requirement, requirement_text=level_text, text=text)
        for name, detail in map(split_note, names)
    ]


@lru_cache(maxsize=1)
def _certification_column_words() -> dict[str, tuple[str, ...]]:
    columns = load_vocab(EXPERIENCE_TO_SCORECARD)["certification_columns"]
    return {role: tuple(words) for role, words in columns.items()}


def _certification_tables(blocks: list[Block]) -> tuple[list[Certification], list[Block]]:
    """(the certifications of the tables with a certification column, the other blocks): a table
    "Certification | Status | Notes" is a list of certifications, one a row, not text to leave unplaced."""
    certifications: list[Certification] = []
    rest: list[Block] = []
    for block in blocks:
        found = _table_certifications(block) if block.kind is BlockKind.TABLE else None
        if found is None:
            rest.append(block)
        else:
            certifications += found
    return certifications, rest


def _table_certifications(table: Block) -> list[Certification] | None:
    """The certifications of a table, one a row; None when no header names a certification column."""
    columns = _certification_columns(table.header or [])
    if columns is None:
        return None
    return [found for cells in table.rows or [] for found in _row_certifications(cells, *columns)]


def _certification_columns(header: list[str]) -> tuple[int, int | None] | None:
    """(the name column, the level column or None), by header words, not position; None without a name column.
    The level is looked for first: "Certification level" is the level, "Certification" the name."""
    words = _certification_column_words()
    lowered = [cell.lower() for cell in header]
    level_at = next((i for i, cell in enumerate(lowered) if any(w in cell for w in words["level"])), None)
    names = (i for i, cell in enumerate(lowered) if i != level_at and any(w in cell for w in words["name"]))
    name_at = next(names, None)
    return None if name_at is None else (name_at, level_at)


def _row_certifications(cells: list[str], name_at: int, level_at: int | None) -> list[Certification]:
    """A row's certifications, as a list item's: the name cell read as the list reader reads a name ("GWO Basic
    Safety Training (BST)": its acronym the detail; "A or B" two), the level cell its level text kept verbatim
    ("Required in US"), the other cells its note. A name cell with its level in it stands for the level cell."""
    name_part = cells[name_at].strip() if name_at < len(cells) else ""
    if not name_part:
        return []  # an empty or spanned row
    level_text = (cells[level_at].strip() or None) if level_at is not None and level_at < len(cells) else None
    notes = [cell.strip() for i, cell in enumerate(cells) if i not in (name_at, level_at) and cell.strip()]
    if level_text is None and (found := _split_level(name_part)):
        name_part, level_text, level_note = found
        notes[:0] = [level_note] if level_note else []
    return _named_certifications(name_part, level_text, "; ".join(notes) or None, " | ".join(cells))


def _certification_texts(blocks: list[Block], unparsed: list[str]) -> list[str]:
    """The texts of a certifications sub-section, a certification the block layer cut at the dash before its
    grade whole again: "A – B (Optional) – AWS Certified Security – Specialty, C (Optional)" reaches the parser
    as dash items, "Specialty, C (Optional)" one of them, though the grade closes the AWS name."""
    if all(block.marker != "–" for block in blocks):
        return block_texts(blocks, unparsed)  # most lists: no dash piece the block layer cut from a line
    texts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None and continues_line(previous, block) and _continues_name(texts[-1], block.text):
            texts[-1] = f"{texts[-1]} – {block.text}"
        else:
            texts += block_texts([block], unparsed)
        previous = block
    return texts


def _continues_name(before: str, piece: str) -> bool:
    """Whether a dash piece continues the certification named before the dash: its grade ("AWS Certified
    Security – Specialty") or the subject of a program's lead ("SAP Certified Application Associate – SAP S/4HANA
    Financial Accounting (Preferred)", one certification: SAP names its exams so)."""
    if _opens_with_grade(piece):
        return True
    if not _program_lead(before):
        return False
    # "AWS Certified – Cloud Practitioner": a lead closed by 'Certified' names no certification yet, whatever follows.
    return not _names_certification(piece, whole=not _certified_word(before.split()[-1]))


_LEAD_WORDS = 6  # "SAP Certified Application Associate", "Google Cloud Certified"
# Grades a program's lead may close with besides the level words ("Certified Payroll Specialist – ...").
_LEAD_GRADES = frozenset(("specialist",))


def _program_lead(text: str) -> bool:
    """A certification program's lead that waits for its subject: a short name with no bracket, colon, dash or
    level, closed by 'Certified' ("AWS Certified") or by a grade after it ("SAP Certified Application Associate")."""
    words = text.split()
    if not 2 <= len(words) <= _LEAD_WORDS or any(mark in text for mark in "(:–") or _level_spans(text):
        return False
    last = words[-1].lower()
    if _certified_word(last):
        return True
    return (last in _level_words() or last in _LEAD_GRADES) and any(map(_certified_word, words[:-1]))


def _names_certification(piece: str, whole: bool = True) -> bool:
    """Whether a dash piece after a program's lead is a certification of its own or only its level, not the
    lead's subject: a level ("Optional") or a name with its own 'Certified'; after a lead that is a ``whole``
    name already, also one with a certification noun, a closing grade word or only acronyms ("CPA / ACCA")."""
    name = re.split(r"[(:]", piece, maxsplit=1)[0].strip().rstrip(".")
    words = name.split()
    lower = [word.lower() for word in words]
    if not words or _is_level(name) or any(map(_certified_word, lower)):
        return True
    if not whole:
        return False
    if any(word in _certification_nouns() for word in lower) or lower[-1] in _level_words():
        return True
    return all(is_short_form(word) or word == "/" for word in words)


# What may follow a grade word that closes a name: the end, a list's comma, an 'or', a bracket.
_AFTER_GRADE = re.compile(r"[,;]\s|$|\s+or\s|\s+\(")


def _opens_with_grade(text: str) -> bool:
    """Whether the text opens with a grade word that closes the name before it ("Specialty, Azure ...",
    "Professional (Optional)"), not with a name of its own ("Professional Scrum Master")."""
    word, _, _ = text.partition(" ")
    grade = word.rstrip(",;")
    return grade.lower() in _level_words() and _AFTER_GRADE.match(text, len(grade)) is not None


def _level_statement(text: str) -> list[Certification] | None:
    """The certifications after an opening sentence that only states how much they are asked for, that sentence
    their note: "Rarely required. Useful: Amazon Ads certifications (Optional), CIM ... (Optional)." → two, each
    noted "Rarely required"; None when the first sentence is more than a level or nothing names a certification."""
    first, _, rest = text.partition(". ")
    if not _is_level(first.strip()) or not (found := _certifications(rest.strip())):
        return None
    return [
        cert.model_copy(update={"note": "; ".join(filter(None, (first.strip(), cert.note))), "text": text})
        for cert in found
    ]


def _bracketed_level_list(text: str) -> list[str] | None:
    """The parts of a comma list whose every part closes with its level in brackets, after a short lead
    ("Useful: A (Optional), B (Optional)."), else None: each part names a certification of its own."""
    head, body = split_title_description(text.rstrip().rstrip("."), max_words=3)
    parts = split_top_level(body if head else text.rstrip().rstrip("."), ",")
    if len(parts) < 2 or not all(part.endswith(")") and (found := _split_level(part)) and found[0] for part in parts):
        return None
    return parts


def _dashed_level_list(text: str) -> list[str] | None:
    """The parts of an inline dash list whose every part closes with its level in brackets ("A (Optional) – B
    (Optional) – C (Context-specific)": a scraper's flattened list), else None. A dash before a level
    ("CPA – Optional (Important for ...)") or a grade ("AWS Certified ML – Specialty") opens no part."""
    if ") " not in text:
        return None  # nearly every item: no bracket closes before a dash
    cuts = [m for m in _LEVEL_DASH.finditer(text) if not paren_depth(text, m.start()) and text[m.start() - 1] == ")"]
    if not cuts:
        return None
    starts = [0] + [cut.end() for cut in cuts]
    stops = [cut.start() for cut in cuts] + [len(text)]
    parts = [text[a:b].strip() for a, b in zip(starts, stops)]
    closed = (part.endswith(")") and (found := _split_level(part)) and found[0] and found[2] is None for part in parts)
    return parts if all(closed) else None


# The 'or' between two alternatives that each close with their own bracket: "OSHA 10 (Common) or OSHA 30 (...)".
_OR_AFTER_BRACKET = re.compile(r"(?<=\))\s+or\s+")


def _alternative_level_list(text: str) -> list[str] | None:
    """The alternatives of an 'or' whose every side closes with its own level in brackets ("OSHA 10 (Common) or
    OSHA 30 General Industry (Preferred)": each level is its own side's, not the last one for both), else None."""
    if ") or " not in text:
        return None  # nearly every item
    body = text.rstrip().rstrip(".")
    parts = [part.strip() for part in _OR_AFTER_BRACKET.split(body)]
    levelled = (part.endswith(")") and (found := _split_level(part)) and found[0] and not found[2] for part in parts)
    return parts if len(parts) >= 2 and all(levelled) else None


def _level_lead(text: str) -> bool:
    """A lead that only states the level of the items after it: opened by a level, no capitalised word after its
    first ("Helpful, rarely mandatory:", "Nice to have:", "Optional, valued in larger groups:"); a lead naming
    certifications ("AWS certifications (Optional):", "Standard First Aid:") is not one."""
    spans = _level_spans(text)
    return bool(spans) and spans[0].start_char == 0 and not any(word[:1].isupper() for word in text.split()[1:])


def _level_clause(text: str) -> tuple[str, list[Certification]] | None:
    """(statement, certifications) of an item whose first clause only states a level for certifications as a whole
    and whose rest names levelled ones: "None required; AWS Cloud Practitioner optional." → "None required", a note,
    and AWS Cloud Practitioner (optional); else None ("Critical; 2+ exams passed is typical" names none)."""
    first, _, rest = (part.strip() for part in text.partition(";"))
    if not _is_level(first) or not (found := _certifications(rest)) or not all(cert.requirement for cert in found):
        return None
    return first, [cert.model_copy(update={"text": text}) for cert in found]


_LEVELLESS_NAME_WORDS = 6  # a certification named without its level is short; a note after a level is a clause


def _level_parts(text: str) -> list[str] | None:
    """The parts of an item between semicolons outside brackets when each names a certification with its level,
    "Six Sigma Green Belt – Common; Black Belt – Optional"; else None: a note after a semicolon ("Critical; 2+
    exams passed is typical") belongs to the level before it.
    """
    parts = split_top_level(text, ";")
    if len(parts) < 2:
        return None
    levelled = [bool((found := _split_level(part)) and found[0]) for part in parts]
    if all(levelled):
        return parts
    # Two levels or more, the parts between them short names: a list whose unmarked items state no level ("FAA
    # Dispatcher certificate (required); company dispatch qualification; ETOPS qualification (preferred)").
    short = all(len(part.split()) <= _LEVELLESS_NAME_WORDS for part, level in zip(parts, levelled) if not level)
    return parts if sum(levelled) >= 2 and short else None


def _part_certifications(text: str, parts: list[str]) -> list[Certification]:
    """The certifications of each part, in order; a part naming a grade by its grade word and head alone takes
    the start of the certification before it (see _with_shared_head)."""
    certifications: list[Certification] = []
    for part in parts:
        for found in _certifications(part):
            name = _with_shared_head(certifications[-1].name, found.name) if certifications else found.name
            certifications.append(found.model_copy(update={"name": name, "text": text}))
    return certifications


def _with_shared_head(previous: str, name: str) -> str:
    """A grade named by its grade word and head alone, after a certification ending with the same head, with
    that certification's start: "Six Sigma Green Belt – Common; Black Belt – Optional" → "Six Sigma Black Belt"
    (the grades as _with_shared_ending reads them); else the name as it is.
    """
    start, _, head = previous.rpartition(" ")
    if start and name.endswith(f" {head}") and (graded := _with_shared_ending([start, name])):
        return graded[-1]
    return name


@lru_cache(maxsize=1)
def _issuer_pattern() -> re.Pattern[str]:
    leads = sorted(load_vocab(EXPERIENCE_TO_SCORECARD)["certification_issuer_leads"], key=len, reverse=True)
    lead = "|".join(r"\s+".join(map(re.escape, words.split())) for words in leads)
    return re.compile(rf"\s+((?:{lead})\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})$")


def _issuer(name_part: str) -> re.Match[str] | None:
    """The issuer closing a certification's name, "... (CCCP) from NACM": a lead word and a capitalised name.

    The issuer goes to the note, so the name is the certification alone and its acronym its detail, as for
    "Certified Accounts Receivable Specialist (CARS)".
    """
    return _issuer_pattern().search(name_part) if " " in name_part else None


@lru_cache(maxsize=1)
def _example_lead_pattern() -> re.Pattern[str]:
    leads = sorted(load_vocab(EXPERIENCE_TO_SCORECARD)["certification_example_leads"], key=len, reverse=True)
    lead = "|".join(r"\s+".join(map(re.escape, words.split())) for words in leads)
    return re.compile(rf"^(.*\b[A-Za-z][a-z]+),?\s+(?:{lead})\s+(?=[A-Z0-9])")


def _example_lead(name_part: str) -> re.Match[str] | None:
    """A kind of certification before the names it gives as examples, "Specialty certification such as CCRN, CMSRN
    or CEN": the kind (closing with a common noun) goes to the note, the names are the certifications, unless the
    kind is the name (_kind_is_the_name). Examples inside a bracket ("Quality certification (credential such as
    CPHQ)") are the name's detail."""
    found = _example_lead_pattern().match(name_part) if " " in name_part else None
    return found if found and not paren_depth(name_part, found.end()) else None


_VENDOR_WORD = re.compile(r"[A-Z][a-z][\w-]*")  # "Docebo", "Cornerstone": not an acronym ("CCRN", "PMP")


def _kind_is_the_name(kind: str, examples: str) -> bool:
    """Whether a kind before its examples is what the item asks for, the examples its note: a kind closing on no
    certification noun names a field or a training ("Cloud fundamentals such as AWS Cloud Practitioner", as the
    seeds write "Cloud fundamentals (Optional): e.g., AWS/Azure/GCP fundamentals."), any credential in it will do;
    so does one whose examples are vendors (_vendor_examples). "Specialty certification such as CCRN or CEN" asks
    for one of the certifications it names."""
    return kind.split()[-1].lower() not in _certification_nouns() or _vendor_examples(examples)


def _vendor_examples(examples: str) -> bool:
    """Whether the examples after a certification's kind are the vendors it is had from: each a name or two written
    as words, no acronym ("Vendor LMS administrator certification, e.g., Cornerstone or Docebo"); "Specialty
    certification such as CCRN or CEN" names certifications."""
    names = [name for part in split_enumeration(examples.rstrip(". ")) for name in OR_SEPARATOR.split(part)]
    return all(0 < len(words := name.split()) <= 2 and all(map(_VENDOR_WORD.fullmatch, words)) for name in names)


def _alternative_certifications(name_part: str) -> list[str]:
    """ "A or B" (or "A, B, or C") as one certification each when every side is a whole name, else [name_part].

    "Professional Scrum Master I (PSM I) or Certified ScrumMaster (CSM)", "PSM II or A-CSM", "CISSP or CISM":
    either one is asked for, at the line's level. "AWS or Azure certification" and "AWS Certified Solutions
    Architect – Associate or Professional" share words (one certification, two providers or levels), and
    "CKA or equivalent" names one. A second name that opens with a word of the first's after its start
    shares what comes before it: "CIPD Level 5 or Level 7" → "CIPD Level 5", "CIPD Level 7". Grades of one
    certification share its start and its ending ("NEBOSH National or International Diploma", see
    _with_shared_ending), and so do bare grades ("CFA Level I or II", see _with_shared_grade_start); a "+" product
    shares its vendor ("CompTIA CySA+ or Security+" → "CompTIA Security+").
    """
    if acronym_closed := _acronym_closed_names(name_part):
        return acronym_closed
    cuts = [m for m in OR_SEPARATOR.finditer(name_part) if not paren_depth(name_part, m.start())]
    if len(cuts) != 1:
        return [name_part]
    # "ACCA, CA, or CIMA": the commas before the 'or' separate alternatives too.
    names = [*split_enumeration(name_part[: cuts[0].start()], ","), name_part[cuts[0].end() :].strip()]
    first, others = names[0], names[1:]
    if not all(name[:1].isupper() or name[:1].isdigit() for name in names):
        return [name_part]
    if _open_article_phrase(first):
        return [name_part]
    if graded := _with_shared_ending(names) or _with_shared_grade_start(names):
        return graded
    if _one_phrase(names) or any(map(_bare_grade, others)) or any(map(_opens_on_grade, others)):
        return [name_part]
    if (_whole_name(first) and all(_whole_name(name) or _acronym(name) for name in others)) or all(
        map(_acronym, names)
    ):
        shared = (_with_field_head(first, _with_issuer_lead(first, _with_shared_start(first, name))) for name in others)
        named = [_with_shared_noun(first, names[-1]), *(_with_shared_vendor(first, name) for name in shared)]
        return [*named[:-1], _without_shared_noun(first, named[-1])]
    return [name_part]


def _bare_grade(name: str) -> bool:
    """A grade alone, its acronym after it perhaps: "Associate (APTD)" after "ATD Certified Professional in Talent
    Development (CPTD) or". It names the body's other credential without its full name, which the page does not
    give: the line stays one certification rather than a made-up name ("ATD Certified Professional in Associate")."""
    words = split_note(name)[0].split()
    return 1 <= len(words) <= 2 and all(word.lower() in _level_words() for word in words)


def _opens_on_grade(name: str) -> bool:
    """An alternative that opens on a number ("30-hour General Industry" after "OSHA 10-hour or"): a grade of the
    first's certification, not a name of its own, the issuer before the first's grade and the words after its own
    both shared. Either side alone would lose a part of the name ("OSHA 10-hour", "30-hour General Industry"), so
    the line stays one certification, as it does for a bare grade (bare grades the first ends on are split with
    its start before this, see _with_shared_grade_start)."""
    return name[:1].isdigit()


def _acronym_closed_names(name_part: str) -> list[str] | None:
    """ "A (X) / B (Y)" as one certification each: every side between spaced slashes a name closed by its own
    acronym, "Accredited Payables Specialist (APS) / Certified AP Specialist (CAPS)"; else None ("Azure / AWS
    certification" shares its noun, "Cloud fundamentals (Azure/AWS/GCP)" has one name)."""
    if " / " not in name_part:
        return None
    names = split_top_level(name_part, "/")
    if len(names) < 2 or not all(_closed_by_acronym(name) for name in names):
        return None
    return names


def _closed_by_acronym(name: str) -> bool:
    body, note = split_note(name)
    return bool(note and " " in body and is_short_form(note))


@lru_cache(maxsize=1)
def _grade_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab(EXPERIENCE_TO_SCORECARD)["certification_grade_heads"])


def _with_shared_ending(names: list[str]) -> list[str] | None:
    """The grades of one certification, each with the start and the ending the alternatives share, when the
    last alternative is a grade word and a grade head and the others end with a grade word: "NEBOSH National
    or International Diploma" → "NEBOSH National Diploma", "NEBOSH International Diploma"; "Lean Six Sigma
    Green or Black Belt" likewise. A grade word is a capitalised word (not an acronym, not a number: "CIPD
    Level 5 or Advanced Diploma" names two certifications); else None.
    """
    first, last = names[0].split(), names[-1].split()
    if len(last) != 2 or last[1].lower() not in _grade_heads() or first[-1].lower() in _grade_heads():
        return None
    if any(" " in name for name in names[1:-1]):
        return None
    grades = [first[-1], *names[1:-1], last[0]]
    if not all(word.isalpha() and word[:1].isupper() and not word.isupper() for word in grades):
        return None
    return [" ".join([*first[:-1], grade, last[1]]) for grade in grades]


@lru_cache(maxsize=1)
def _name_modifier_endings() -> tuple[str, ...]:
    vocab = load_vocab(EXPERIENCE_TO_SCORECARD)
    return (*vocab["field_modifier_endings"], *vocab["name_modifier_endings"])


def _open_article_phrase(first: str) -> bool:
    """Whether the first alternative stops inside a noun phrase: it closes with "the" and one modifier ("Diplomate
    of the American or European College of Veterinary Surgeons"), so the "or" joins two modifiers of the phrase
    the last alternative ends, one body's name, and neither side is a certification alone ("Diplomate of the
    American"). The modifier is a capitalised word with an adjective's ending (field_modifier_endings,
    name_modifier_endings: "National", "Royal", "American", "British"); "Member of the Institute or Fellow of ..."
    closes on a noun and splits as before. Costs a split of the first alternative, only for lines with an "or".
    """
    words = first.split()
    return (
        len(words) >= 3
        and words[-2] == "the"
        and words[-1][:1].isupper()
        and words[-1].isalpha()
        and words[-1].lower().endswith(_name_modifier_endings())
    )


def _one_phrase(names: list[str]) -> bool:
    """Whether the alternatives are the bodies of one phrase: the first opens it with lowercase words and the last
    closes it with a common noun, "Progress toward SOA (ASA/FSA), CAS (ACAS/FCAS), or IFoA qualification". Neither
    lead nor noun is a name's, so no side is a certification of its own: the phrase is one, as "AWS or Azure
    certification" is. "Certified Safety Professional (CSP) or NEBOSH diploma" opens with a name and stays two.
    """
    return names[-1].split()[-1].islower() and any(word.islower() for word in names[0].split()[1:])


# A grade written alone: a roman numeral, a number or a letter ("Level I or II", "Part 1 or 2", "Class A or B").
_BARE_GRADE = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|\d+|[A-Z]")


def _with_shared_grade_start(names: list[str]) -> list[str] | None:
    """The grades of one certification, each with the start of the first, when the first ends with a bare grade
    and every other alternative is one: "CFA Level I or II" → "CFA Level I", "CFA Level II"; "ACCA Part 1, 2 or 3"
    likewise. A bare grade names no certification of its own (it is not an acronym like "CISM"); else None.
    """
    start, _, grade = names[0].rpartition(" ")
    if not start or not all(_BARE_GRADE.fullmatch(name) for name in [grade, *names[1:]]):
        return None
    # "SIE / Series 6 or 7": the grades are the last slashed name's, the names before it stand alone.
    *alone, start = start.split(" / ")
    return [*alone, f"{start} {grade}", *(f"{start} {name}" for name in names[1:])]


@lru_cache(maxsize=1)
def _certification_nouns() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["certification_nouns"])


def _with_shared_noun(first: str, last: str) -> str:
    """first, with the ending it shares with the last alternative when it names only what comes before it: a
    grade ("IWFM Level 3 or Level 4 Certificate in Facilities Management" → "IWFM Level 3 Certificate in
    Facilities Management") or a product ("Workday Payroll or ADP product certification" → "Workday Payroll
    product certification", the lower-case words closing on a certification noun); else first as it is."""
    words, tail = first.split(), last.split()
    if len(words) >= 2 and len(tail) > 2 and words[-2] == tail[0] and _BARE_GRADE.fullmatch(words[-1]):
        if _BARE_GRADE.fullmatch(tail[1]):
            return " ".join([*words, *tail[2:]])
    if first.endswith(")") or any(word.islower() for word in words) or tail[-1].lower() not in _certification_nouns():
        return first
    lower = len(tail)
    while lower > 1 and tail[lower - 1].islower():
        lower -= 1
    return " ".join([*words, *tail[lower:]]) if tail[lower - 1][:1].isupper() else first


# A last alternative's bracket, then the lower-case noun the alternatives share: "FNP-C (AANP) board certification".
_BRACKET_THEN_NOUN = re.compile(r"(.+\))\s+[a-z][a-z -]*\Z")


def _without_shared_noun(first: str, last: str) -> str:
    """The last alternative without the noun all share when the first is closed by its bracket: "FNP-BC (ANCC) or
    FNP-C (AANP) board certification" → "FNP-C (AANP)", its bracket its detail as the first's is; else last."""
    if not first.endswith(")") or not last.endswith(_certification_suffixes()):
        return last
    match = _BRACKET_THEN_NOUN.match(last)
    return match.group(1) if match else last


@lru_cache(maxsize=1)
def _certification_suffixes() -> tuple[str, ...]:
    return tuple(f" {noun}" for noun in _certification_nouns())


def _with_shared_vendor(first: str, second: str) -> str:
    """A lone "+" product after a vendor's "+" product takes the vendor: "CompTIA CySA+ or Security+" →
    "CompTIA Security+"; so does a lone acronym before the shared noun ("IAAP CPACC or WAS accessibility
    certification" → "IAAP WAS accessibility certification")."""
    words = first.split()
    if len(words) == 2 and words[1].endswith("+") and second.endswith("+") and " " not in second:
        return f"{words[0]} {second}"
    if len(words) == 2 and _acronym(words[1]) and _acronym_before_noun(second):
        return f"{words[0]} {second}"
    return second


def _acronym_before_noun(name: str) -> bool:
    """An acronym and the lower-case noun the first alternative shares ("WAS accessibility certification" after
    "IAAP CPACC or"): the words frame both acronyms, so the vendor before the first is the second's too."""
    opening, _, tail = name.partition(" ")
    return _acronym(opening) and not opening.endswith("+") and bool(tail) and tail.islower()


def _with_shared_start(first: str, second: str) -> str:
    """second, with the words of first before the word second opens with, when first has that word after its start."""
    words = first.split()
    opening = second.split()[0]
    if len(second.split()) >= 2 and opening in words[1:]:
        return " ".join(words[: words.index(opening, 1)] + [second])
    return second


_ISSUER_LEAD_WORDS = 3  # "AWS Certified", "Google Cloud Certified"


def _with_issuer_lead(first: str, second: str) -> str:
    """second, with the issuer's lead first opens with ("AWS Certified", "Microsoft Certified:") when second names
    no issuer of its own: "AWS Certified Cloud Practitioner or Solutions Architect – Associate" → "AWS Certified
    Solutions Architect – Associate". A second side with its own "Certified", a product ("Azure Fundamentals") or
    a brand-cased opening word ("CompTIA Cloud+") names its issuer and stays as it is; so does one not ending with a
    program's level word (certification_level_words: "Microsoft SC-200" is another vendor's) or a grade a lead
    closes with ("Relativity Certified User or Review Specialist" → "Relativity Certified Review Specialist").
    """
    words = first.split()
    lead = next((k for k, word in enumerate(words[1:_ISSUER_LEAD_WORDS], 1) if _certified_word(word)), None)
    closing = second.split()[-1].lower()
    if lead is None or len(second.split()) < 2 or (closing not in _level_words() and closing not in _LEAD_GRADES):
        return second
    if any(map(_certified_word, second.split())) or not second[1:].split()[0].islower() or tools_in(second):
        return second
    return " ".join([*words[: lead + 1], second])


@lru_cache(maxsize=1)
def _field_leads() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["certification_field_leads"])


_FIELD_WORDS = 3  # "Board Certified Specialist in Oncology", "... in Speech-Language Pathology"


def _with_field_head(first: str, second: str) -> str:
    """second, with the head first names its field after, when second is a field alone: "Board Certified
    Specialist in Oncology (CSO) or Renal (CSR)" → "Board Certified Specialist in Renal (CSR)". Both sides are
    written alike, each closed by its acronym, and the field alone is a capitalised word or two with no acronym
    and no "Certified" (those name a certification of their own: "... (CQM) or Six Sigma" stays as it is).
    """
    field, acronym = split_note(second)
    words, first_acronym = split_note(first)
    field, words = field.split(), words.split()
    if not (acronym and first_acronym and 1 <= len(field) <= 2):
        return second
    if not all(word[:1].isupper() and not word.isupper() for word in field):
        return second
    lead = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower() in _field_leads()), None)
    if lead is None or len(words) - lead - 1 > _FIELD_WORDS or any(map(_certified_word, field)):
        return second
    return " ".join([*words[: lead + 1], second])


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab(EXPERIENCE_TO_SCORECARD)["certification_level_words"])


def _certified_word(word: str) -> bool:
    return word.lower().rstrip(":") in _name_colon_words()


def _whole_name(text: str) -> bool:
    """A name of its own: two words or more, or closed by its acronym ("Certified ScrumMaster (CSM)")."""
    return len(text.split()) >= 2 or text.endswith(")")


def _acronym(text: str) -> bool:
    """One token in capitals, or a "+" product name that stands for one: "CISM", "A-CSM", "Security+"."""
    return " " not in text and (text.isupper() or (text.endswith("+") and text[:1].isupper()))


def _prior_roles(text: str) -> tuple[list[CareerRole], list[str]]:
    """The roles an item lists, and its parts that are not roles; ([], [text]) for a statement.

    A list keeps each part that is a role, the rest go to notes: one odd part does not make four roles a
    statement. "A or B" is one background (HR analysts count "Technical trainer or developer advocate" once,
    see _is_role). A list that separates its roles by semicolons keeps commas inside a role's qualifier
    ("Staff RN in med-surg, ICU or ED; charge nurse"), unless every comma part is a role of its own
    ("Backend engineer; data engineer, analytics engineer").
    """
    parts = _continued(split_enumeration(text, ",;"))
    if ";" in text:
        parts = [role for part in split_enumeration(text, ";") for role in _comma_roles(part)]
    if len(parts) >= 2:
        roles = [_background_role(part) for part in parts]
        named = [_is_role(role) for role in roles]
        found = list(compress(roles, named))
        # Most parts roles: the first part's qualifier ("Staff Nurse with precepting experience, Charge Nurse,
        # ...") ends at its comma, it does not swallow the roles after it.
        mostly_roles = 2 * len(found) > len(roles)
        if len(found) == len(roles) or (len(found) >= 2 and (mostly_roles or not _is_role(parse_role(text)))):
            named = [
                known
                or _titled_agent(role)
                or _bare_acronym(role)
                or _sentence_agent(role, found)
                or _lone_titled_agent(role, found)
                for role, known in zip(roles, named, strict=True)
            ]
            found = list(compress(roles, named))
            odd = [role for role, known in zip(roles, named, strict=True) if not known]
            # Each odd part a kind of work, one or several ("Associate Brand Manager, Assistant Brand Manager,
            # shopper or trade marketing, management consulting with a consumer practice"): all backgrounds.
            if odd and len(found) >= 2 and all(map(_listed_background, odd)):
                return roles, []
            return found, [role.text for role in odd]
    # One role, its qualifier possibly an enumeration: "Research assistant in NLP, IR, or linguistics".
    role = parse_role(text)
    return ([role], []) if _is_role(role) else ([], [text])


def _backgrounds(texts: list[str]) -> tuple[list[CareerRole], list[str]]:
    """The roles and notes of a background list's items, in page order.

    An item beside roles is a background too when it is a phrase, though its head is no role noun ("IT help
    desk or desktop support", "Low-voltage or fiber installer" beside "Field service technician"); a sentence
    about candidates stays a note.
    """
    read = [_prior_roles(text) for text in texts]
    listed = any(roles for roles, _ in read)
    roles: list[CareerRole] = []
    notes: list[str] = []
    for text, (found, rest) in zip(texts, read, strict=True):
        if listed and rest == [text] and _background_phrase(text):
            found, rest = [parse_role(text)], []
        roles += found
        notes += rest
    return roles, notes


def _listed_background(role: CareerRole) -> bool:
    """A part among roles naming a kind of work by its function, "retail tech support (e.g., Genius Bar)" beside
    "Help Desk Technician, ..., field service technician": a noun phrase of a few words, no figure and no
    sentence, closed by a business function ("support", "operations", "sales"), perhaps graded as a role is
    ("customer support Tier 2", "IT support L1": a support tier), or by a kind of work before a 'with' of its
    setting ("management consulting with a consumer practice"); or a role's alternative ("sales analyst or
    category development"); not a thing a candidate has ("Onboarding Checklist", "a strong portfolio")."""
    name = _without_grade(role.name)
    words = name.split()
    if not 2 <= len(words) <= _MAX_ROLE_WORDS or any(c.isdigit() for c in name) or not _background_phrase(role.text):
        return False
    if " with " in name:
        words = name.partition(" with ")[0].split()
    last = words[-1].lower()
    named = names_a_team(last) or last in _TRAINING_PROGRAMS or (len(words) >= 2 and last in _WORK_KINDS)
    # A function of two words, alone or after one modifier, closes it too: "loss prevention", "retail customer
    # service" (not "experience in customer service", a thing a candidate has).
    if named or (len(words) <= 3 and names_a_team(" ".join(words[-2:]).lower())):
        return words[0].lower() not in _DETERMINERS
    sides = _or_sides(name)
    return len(sides) == 2 and any(_names_role(side) for side in sides)


# A training programme a background names as its last word: "new graduate OT residency" beside "Staff OT, ...".
_TRAINING_PROGRAMS = frozenset(("residency", "fellowship", "internship", "apprenticeship", "traineeship"))
# Kinds of work a background names after its field, no business function the team words list: "management
# consulting", "category development", "market research".
_WORK_KINDS = frozenset(("consulting", "development", "research"))
# A phrase opened so names a thing a candidate has: "a strong portfolio", "the right certifications".
_DETERMINERS = frozenset(("a", "an", "the", "some", "any", "strong", "solid", "good", "proven"))


def _background_role(text: str) -> CareerRole:
    """A listed role, one named by a role's acronym keeping its setting apart as its qualifier: "Staff OT in a
    SNF" → "Staff OT", "in a SNF"; "COTA who completed a bridge program" → "COTA" (the role nouns the qualifier
    split looks for are lower-case words, the acronyms count in capitals only)."""
    role = parse_role(text)
    if role.qualifier is None and (cut := _after_role_acronym(role.name)) is not None:
        return role.model_copy(update={"name": role.name[:cut], "qualifier": role.name[cut + 1 :]})
    return role


_ACRONYM_THEN_WORD = re.compile(r"\b([A-Z]{2,5})s?(?= ([a-z]+)\b)")


def _after_role_acronym(name: str) -> int | None:
    """Where the role acronym a qualifier word follows ends in a name: "per diem OT in acute care" → 11."""
    for match in _ACRONYM_THEN_WORD.finditer(name):
        if match[1] in _ROLE_ACRONYMS and match[2] in role_qualifier_words():
            return match.end()
    return None


def _background_phrase(text: str) -> bool:
    """A noun phrase, not a statement: no label colon ("Typical path: ..."), no sentence longer than a role
    name ("Strong candidates have run a support team through a tooling migration.")."""
    words = len(text.split())
    return ":" not in text and words <= 2 * _MAX_ROLE_WORDS and not (text.endswith(".") and words > _MAX_ROLE_WORDS)


def _comma_roles(text: str) -> list[str]:
    """A part's comma-separated roles when each is a role, else the part whole (its commas a qualifier's)."""
    parts = _continued(split_enumeration(text, ","))
    return parts if len(parts) >= 2 and all(_is_role(parse_role(part)) for part in parts) else [text]


# A clause that a sequence word opens goes on with the background before it, the path it took: "Field engineer
# promoted to team lead, then manager" is one background, "then manager" no role of its own.
_SEQUENCE_CLAUSE = re.compile(r"(?:and |or )?(?:then|later|eventually|subsequently)\b", re.IGNORECASE)


def _continued(parts: list[str]) -> list[str]:
    """The parts of an enumeration, each one a sequence word opens joined to the one before it."""
    if len(parts) < 2 or not any(_SEQUENCE_CLAUSE.match(part) for part in parts[1:]):
        return parts  # most lists: no such clause
    joined = parts[:1]
    for part in parts[1:]:
        if _SEQUENCE_CLAUSE.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


@lru_cache(maxsize=1)
def _agent_suffixes() -> tuple[str, ...]:
    return tuple(load_vocab(EXPERIENCE_TO_SCORECARD)["role_agent_suffixes"])


def _agent_noun(name: str) -> bool:
    """A name ending in an agent noun ("EDC builder"): a role when it is the alternative of one ("Clinical
    database programmer or EDC builder"), though the role nouns do not list it."""
    words = name.split()
    return 0 < len(words) <= _MAX_ROLE_WORDS and words[-1].lower().endswith(_agent_suffixes())


def _titled_agent(role: CareerRole) -> bool:
    """A title-cased name of two words or more ending in an agent noun the role nouns do not list ("Threat
    Hunter", "Incident Handler"): a role when listed among roles, as a job title is written; one word alone
    ("Other") is no title, nor is a bare "-ist" ending ("Onboarding Checklist"), nor a noun naming no job (see
    _NO_JOB_NOUNS)."""
    words = role.name.split()
    if not _agent_name(words):
        return False
    return all(word[:1].isupper() for word in words)


# Words ending as agent nouns do that are no job alone: a remainder ("Other"), a comparison or a grade ("Similar",
# "Senior", "Prior"), a function word ("Either").
_LONE_NON_AGENTS = frozenset(
    ("other", "others", "either", "neither", "similar", "senior", "junior", "prior", "former", "major", "minor")
)


def _lone_titled_agent(role: CareerRole, listed: list[CareerRole]) -> bool:
    """One capitalised word closed by an agent noun's ending among two or more title-cased roles of more words
    ("Licensed Funeral Director, Embalmer, Funeral Service Apprentice"): a job named by its trade's one word, as
    the list writes its other titles, though the role nouns do not list it. Not a remainder nor a grade word
    ("Sourcer, Recruiting Coordinator, Other"), nor a word in capitals (an acronym, see _bare_acronym). A
    compound of such words joined by a hyphen names one dual-trade job ("Slinger-Signaller", "Driver-Mechanic"):
    each part capitalised, the last closes the agent noun."""
    word = role.name
    if " " in word or role.qualifier or not all(map(_capitalised_word, word.split("-"))):
        return False
    word = word.rpartition("-")[2]
    lowered = word.lower()
    if len(word) < 5 or not lowered.endswith(_TITLE_AGENT_ENDINGS):
        return False
    if lowered in _LONE_NON_AGENTS or lowered in _NO_JOB_NOUNS:
        return False
    titled = [words for other in listed if len(words := other.name.split()) >= 2]
    return sum(all(word[:1].isupper() for word in words) for words in titled) >= 2


def _capitalised_word(word: str) -> bool:
    """Whether a word is one capital then lower-case letters: "Slinger" yes, "HGV", "slinger", "" no."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _agent_name(words: list[str]) -> bool:
    """Whether a name's words are two or more closed by an agent noun's ending, no noun naming no job."""
    if not 2 <= len(words) <= _MAX_ROLE_WORDS:
        return False
    last = words[-1].lower()
    return last.endswith(_TITLE_AGENT_ENDINGS) and last not in _NO_JOB_NOUNS


def _sentence_agent(role: CareerRole, listed: list[CareerRole]) -> bool:
    """A name in sentence case closed by an agent noun the role nouns do not list ("Truck driver", "flight
    follower") among roles its list writes in sentence case too ("warehouse lead", "load planner"): a role, as
    _titled_agent's is in a title-cased list, where a lower-case one is no title ("Data Analyst, QA Engineer,
    power user"). Not a thing a candidate has: a determiner or 'as' says so ("a strong communicator", "time as a
    driver")."""
    words = role.name.split()
    if not _agent_name(words) or not all(map(_sentence_cased, words[1:])):
        return False
    lowered = [word.lower() for word in words]
    if not _DETERMINERS.isdisjoint(lowered) or "as" in lowered or any(map(str.isdigit, role.name)):
        return False
    return bool(listed) and all(_sentence_cased(word) for other in listed for word in other.name.split()[1:])


def _sentence_cased(word: str) -> bool:
    """A word as sentence case writes it past the first: lower-case, or an acronym ("QA", "ICU")."""
    return not word[:1].isupper() or word.isupper()


def _bare_acronym(role: CareerRole) -> bool:
    """A part that is an acronym alone ("SLPA", "LPNs") listed among roles: a job title written short, as the
    family writes rehab and care roles, though _ROLE_ACRONYMS cannot list every profession's."""
    return role.qualifier is None and role.note is None and _BARE_ACRONYM.fullmatch(role.name) is not None


# Two to six capitals, a plural 's' allowed; the part's closing period is the list's, not the acronym's.
_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}s?\.?")


# Nouns ending as agent nouns do that name no job: where one worked ("public sector", "call center", "software
# vendor"), or how one uses a product ("power user", "end user": see _USER_ROLES).
_NO_JOB_NOUNS = frozenset(("sector", "center", "vendor", "user"))

# The agent-noun endings a title-cased role name may close with though the role nouns do not list it ("-ist" also
# ends things: "Checklist"; such roles are listed).
_TITLE_AGENT_ENDINGS = ("er", "or")


def _is_role(role: CareerRole) -> bool:
    """A name ending with a role noun or opened by a rank ("Head of Change"), or two such alternatives of one
    background ("Senior DevOps Engineer or DevOps Team Lead", the second perhaps an agent noun: "Clinical
    database programmer or EDC builder"). The 'or' of "Software engineer or equivalent experience" joins no
    role: a statement."""
    sides = _or_sides(role.name)
    if len(sides) == 2 and _names_role(sides[0]) and (_names_role(sides[1]) or _agent_noun(sides[1])):
        return True
    return _names_role(role.name)


def _or_sides(name: str) -> list[str]:
    """A name's two sides around its one 'or' outside brackets, else the name alone."""
    cuts = [m for m in OR_SEPARATOR.finditer(name) if not paren_depth(name, m.start())] if " or " in name else []
    return [name[: cuts[0].start()], name[cuts[0].end() :]] if len(cuts) == 1 else [name]


def _names_role(name: str) -> bool:
    """A name ending with a role noun or a role's acronym ("Junior DBA") or opened by a rank, a grade after it
    allowed ("Software Engineer II", "Clinical Nurse 3"); each of its " / " or " or " alternatives within the word
    cap ("Clinical Nurse III / Clinical Ladder nurse", "Senior Manager of Customer Support or Technical Support")."""
    bare = _without_setting(_without_grade(name))
    named = names_a_role(bare) or _ends_with_role_acronym(bare) or _ends_with_user_role(bare)
    return named and all(len(side.split()) <= _MAX_ROLE_WORDS for side in _ALTERNATIVES.split(name))


# Job titles written as their acronym ("Junior DBA", "Oracle or SQL Server DBA", "Senior BA"). They count only in
# capitals: lower-case "pm" or "ba" is no role ("3 pm"); "SRE" the role nouns already list.
# Rehab therapists too: "Staff OT", "COTA", "travel PT", "school-based SLP".
_ROLE_ACRONYMS = frozenset(
    ("DBA", "BA", "PM", "TPM", "PO", "QA", "SDET", "SDR", "BDR", "OT", "COTA", "PT", "PTA", "SLP", "CNA")
)


def _ends_with_role_acronym(name: str) -> bool:
    """A name closed by a role's acronym, plural too: "Junior DBA", "SQL Server DBAs" → True; "at 3 pm" → False."""
    last = split_note(name)[0].rpartition(" ")[2]
    return last in _ROLE_ACRONYMS or (last.endswith("s") and last[:-1] in _ROLE_ACRONYMS)


# The business users an ERP rollout names as roles ("SAP finance key user", "Workday power user"): the department's
# appointed experts of the system the name opens with; a 'user' alone ("end user", a bare "power user") is no role.
_USER_ROLES = re.compile(r"\w\s+(?:key|power|super)[ -]users?$", re.IGNORECASE)


def _ends_with_user_role(name: str) -> bool:
    return _USER_ROLES.search(split_note(name)[0]) is not None


def _without_setting(name: str) -> str:
    """A role's name without the one unit it was held in, "of a/an ..." after it: "Head Chef of a single unit"
    names a head chef, as "Culinary Director at a smaller group" names a director (the name stays whole, as a
    career step's "General Manager of a product line" does). A name's own "of" takes no article ("Director of
    Engineering")."""
    if " of a" not in name:
        return name  # most names
    cut = _OF_ONE.search(name)
    return name[: cut.start()] if cut else name


_OF_ONE = re.compile(r" of an? (?=[a-z])")
_ALTERNATIVES = re.compile(r" / |\s+or\s+")
# The word a grade may follow after a role noun: "SOC Analyst Tier 3", "Support Engineer Level II".
_GRADE_WORD = re.compile(r" (?:Tier|Level|Grade|Band)$")
# A grade's short form, its word's initial run on to its number: a support tier "L2", "T1", a level "L5".
_SHORT_GRADE = re.compile(r"[LT]\d{1,2}")


def _without_grade(name: str) -> str:
    """A role's or team's name without the grade closing it, which says how senior, not what the work is:
    "Software Engineer II", "SOC Analyst Tier 3", "customer support Tier 2", "support engineer L2" → the name
    before it (the grade's word goes with it); a name closed by no grade as it is."""
    start, _, last = name.rpartition(" ")
    if not start or not (_BARE_GRADE.fullmatch(last) or _SHORT_GRADE.fullmatch(last)):
        return name
    cut = _GRADE_WORD.search(start)
    return start[: cut.start()] if cut else start


_MAX_ROLE_WORDS = 6


def parse(section: Section) -> Experience:
    """Parse the section's blocks into typed fields."""
    # "<strong>Domain knowledge expectations:</strong> SaaS metrics, ..." written where other pages put a sub-heading.
    section = with_labelled_subsections(section, "experience")
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
    for sub, lead in _with_level_leads(section.subsections):
        key = sub.key or ""
        if key == "years":
            texts = block_texts(sub.blocks, unparsed)
            own = _own_role_years(texts) if years is None else None
            years = years or own
            for text in texts:
                found = parse_years(text) if years is None else None
                if found:
                    years = found
                elif own is None or text is not own.text:
                    experience_notes.append(text)
        elif key == "education":
            education += [item for text in block_texts(sub.blocks, unparsed) for item in _education(text)]
        elif key == "certifications":
            cert_heading = cert_heading or heading_note(sub.title) or lead
            if lead and lead != cert_heading:
                certification_notes.append(lead)  # the heading has a note of its own: the level lead is a note
            table_certifications, blocks = _certification_tables(sub.blocks)
            certifications += table_certifications
            for text in _certification_texts(blocks, unparsed):
                if ";" in text and (stated := _level_clause(text)):
                    certification_notes.append(stated[0])
                    certifications += stated[1]
                elif found := _certifications(text):
                    certifications += found
                else:
                    certification_notes.append(text)
        elif key == "prior_roles":
            roles, rest = _backgrounds(block_texts(sub.blocks, unparsed))
            prior_roles += roles
            prior_role_notes += rest
        elif key == "domain":
            domain += [_domain(text) for text in block_texts(sub.blocks, unparsed)]
        elif key == "leadership":
            lead_notes: list[str] = []
            # A paragraph of several sentences after the list ("Employers increasingly hire ...") remarks on the
            # section; it states no expectation.
            tree = closing_remarks(nest_colon_leads(item_tree(sub.blocks)), notes, prose=True)
            nodes = list_nodes(tree, lead_notes, unparsed)
            leadership += [item for t in lead_notes for item in _leadership(t, [])]
            leadership += [item for n in nodes for item in _leadership(n.text, n.sub_items())]
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


def _with_level_leads(subsections: list[Subsection]) -> list[tuple[Subsection, str | None]]:
    """Each sub-section, with the level lead it took in: "Certifications" over "Relevant but rarely mandatory:
    – A (Optional) – B (Optional)", the lead read as a sub-heading of its own (unknown), leaves the known heading
    empty; the certifications are the items under the lead, and the lead says their common level."""
    merged: list[tuple[Subsection, str | None]] = []
    for sub in subsections:
        if merged and (last := merged[-1][0]).key == "certifications" and not last.blocks and _level_heading(sub):
            merged[-1] = (last.model_copy(update={"blocks": sub.blocks}), sub.title)
        else:
            merged.append((sub, None))
    return merged


def _level_heading(sub: Subsection) -> bool:
    """An unknown sub-heading that only states a level: level words, no capitalised word after its first."""
    return (
        sub.key is None
        and bool(_level_spans(sub.title))
        and not any(word[:1].isupper() for word in sub.title.split()[1:])
    )


def _domain(text: str) -> DomainKnowledge:
    label, description = split_title_description(text)
    modifier = _opens_with_modifier(text) or _only_modifiers(text)
    requirement = None if modifier else expectation_level(text)
    return DomainKnowledge(label=label, description=description if label else None, requirement=requirement, text=text)


# The word after an opening level word: a noun it modifies unless a function word ("common in fintech").
_NEXT_WORD = re.compile(r" ([a-z][\w-]*)")


def _modifies_noun(text: str, span: Span) -> bool:
    """Whether a 'common' level word is an adjective of the noun after it ("common diseases")."""
    if span.label_ != RequirementLevel.COMMON or span.text.endswith("ly"):
        return False  # an adverb, "Commonly expected: ...", modifies the level after it
    following = _NEXT_WORD.match(text, span.end_char)
    return following is not None and following.group(1) not in STOP_WORDS


def _only_modifiers(text: str) -> bool:
    """Whether every level word of an item is an adjective inside it, "Companion-animal medicine, common diseases,
    ...": the kind of knowledge, not a level, which a label, a bracket or a dash-set tail ("– Common") states."""
    spans = find_rules("requirement_levels", text)
    return bool(spans) and all(_modifies_noun(text, span) for span in spans)


def _opens_with_modifier(text: str) -> bool:
    """Whether the text opens with a 'common' word that modifies the noun after it, "common attack techniques,
    SOC 2 ...", "Standard accounting controls": what kind of knowledge, not how often it is asked, which a label
    ("Common: ...") or a bracket ("(common)") states. "Preferred experience in ..." still states its level."""
    if text[:1].lower() not in "cstw":
        return False  # nearly every item: no 'common', 'typical', 'standard', 'widespread' opening
    spans = find_rules("requirement_levels", text)
    if not spans or spans[0].start_char or spans[0].label_ != RequirementLevel.COMMON:
        return False
    return _modifies_noun(text, spans[0])
