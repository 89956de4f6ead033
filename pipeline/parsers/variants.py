"""Section parser: role variants (section 17).

Each sub-heading is a dimension (company size, industry, geography, ...), as is
a bullet opening with one ("By company size: startups ...").
Without sub-headings, a flat list of labelled bullets ("Startup: ...",
"Regulated industries: ...", "Geography: ...") is a list of variants, each of
the dimension its label names (subheadings.json "_variant_labels"); a label naming
two ("Large enterprise") takes the one its neighbours name ("Mid-size company").
Inside, a variant is either a short name line followed by its points
("Startup/small growth company", then "Broader scope: ...") or an inline
label ("Startup: ownership breadth, ...", two on one line: "Startup: ...;
enterprise: ..."), or a name and a spaced dash ("Startup – part-time role ..."),
or under a contrast's sub-heading a clause opening with one side's word
("Startups prize speed; enterprises prize ..."); a lead sentence with points
belongs to the dimension itself. Layout decides, so this is plain code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field
from spacy.matcher import PhraseMatcher

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section, Subsection
from ..nlp import load_vocab, nlp, phrase_matcher
from ..sections import subheading_key
from .common import (
    FieldsModel,
    Node,
    Point,
    SectionFields,
    block_texts,
    enumeration_points,
    item_tree,
    label_over_text,
    nest_colon_leads,
    own_subheading,
    point,
    with_labelled_subsections,
)
from .text import (
    heading_note,
    is_short_form,
    paren_depth,
    paren_groups,
    split_at_colon,
    split_note,
    split_title_description,
    split_title_detail,
)

__all__ = ["RoleVariants", "Variant", "VariantDimension", "VariantGroup", "is_variant_name", "parse"]


class VariantDimension(FastStrEnum):
    """What a group of variants varies by."""

    COMPANY_SIZE = "company_size"
    INDUSTRY = "industry"
    GEOGRAPHY = "geography"
    PRODUCT_VS_SERVICE = "product_vs_service"
    STARTUP_VS_ENTERPRISE = "startup_vs_enterprise"
    REGULATED = "regulated"
    OTHER = "other"


class Variant(FieldsModel):
    """One variant of the role (e.g. 'Startup') and how the role differs there."""

    name: str = Field(description="Variant name, e.g. 'Startup/small growth company' or 'Regulated'.")
    note: str | None = Field(default=None, description="Parenthetical after the name, e.g. 'regulated'.")
    description: str | None = Field(
        default=None, description="Inline description after 'Name:', e.g. 'ownership breadth, speed, improvisation'."
    )
    points: list[Point] = Field(default_factory=list, description="Points listed under the variant name.")
    text: str = Field(description="The variant's line as on the page.")


class VariantGroup(FieldsModel):
    """The variants along one dimension, under one sub-heading."""

    dimension: VariantDimension
    heading: str = Field(description="Sub-heading as on the page, e.g. 'By company size'.")
    heading_note: str | None = Field(
        default=None, description="Parenthetical in the heading, e.g. 'within software/IT contexts'."
    )
    notes: list[Point] = Field(
        default_factory=list, description="Points of the dimension not tied to a named variant (lead sentences)."
    )
    variants: list[Variant] = Field(default_factory=list)


class RoleVariants(SectionFields):
    """Typed fields of 'Role Variants'."""

    notes: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    dimensions: list[VariantGroup] = Field(default_factory=list, description="One group per sub-heading, page order.")


_SECTION = "role_variants"
_OWN_LABEL = own_subheading(_SECTION)
_MAX_NAME_WORDS = 6
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TERMINAL = (".", ";", ",", "!", "?", "”", '"')
# A sentence ending inside a line makes it prose, no name: "Core practices are global. Differences include:"
# leads the dimension's points.
_SENTENCE_GAP = re.compile(r"[.!?]\s+(?=[A-Z])")


# A dotted initialism ends no sentence: "U.S.: OSHA requirements" names a variant as "Europe: GWO mandated" does.
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
_CLOSING_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}$")


def _undotted(text: str) -> str:
    """The text with its initialisms' dots dropped ("U.S." → "US"), for the name tests only; the name keeps them."""
    return _INITIALISM.sub(lambda m: m.group().replace(".", ""), text) if "." in text else text


def _variant_label(text: str, max_words: int) -> tuple[str | None, str]:
    """(name, description) of an inline line, as split_title_description reads it, a dotted initialism in the name
    no sentence end ("U.S.: OSHA and NFPA 70E requirements" → "U.S.")."""
    label, description = split_title_description(text, max_words=max_words)
    if label is not None or ".:" not in text and ". " not in text:
        return label, description  # nearly every line: a name found, or none with a dot in it
    parts = split_at_colon(text.strip())
    if parts is None or parts[0] == _undotted(parts[0]):
        return label, description
    if split_title_description(f"{_undotted(parts[0])}: {parts[1]}", max_words=max_words)[0] is None:
        return label, description
    return parts[0].strip(), parts[1]


def is_variant_name(text: str) -> bool:
    """A short name line without sentence punctuation: "Mid-size company" → True, "Faster iteration." → False,
    nor two sentences: "Core practices are global. Differences include:" → False.

    A name with its description after a colon is the inline form, no name line: "Healthcare: HIPAA" → False; so
    is one before a spaced dash: "Healthcare – HIPAA" → False.
    """
    stripped = text.strip().rstrip(":").strip()
    if stripped[-1:] == "." and stripped[-3:-2] == ".":
        stripped = _undotted(stripped)  # "U.S." closing the name ends no sentence; checked cheaply first
    if not stripped or stripped.endswith(_TERMINAL) or split_at_colon(stripped):
        return False
    name, _ = split_note(stripped)
    if ";" in name or ("," in name and not _is_kind_series(name)) or _SENTENCE_GAP.search(name):
        return False
    return 0 < len(_WORD.findall(_without_short_forms(name))) <= _MAX_NAME_WORDS and not _is_dashed(stripped)


def _without_short_forms(name: str) -> str:
    """The name less a bracketed short form inside it, which restates words already counted: "Dental service
    organization (DSO) or large group" is a name of six words, as it would be without the acronym."""
    if "(" not in name:
        return name  # cheap first: most names have no bracket
    for start, end, inner in reversed(paren_groups(name)):
        if is_short_form(inner.strip()):
            name = f"{name[:start]}{name[end:]}"
    return name


def _is_dashed(text: str) -> bool:
    """Whether a line is a name, a spaced dash and its description: "Startup – few tools" (_dashed_variant)."""
    name, description = split_title_detail(text)
    return description is not None and is_variant_name(name)


_SERIES_PART_WORDS = 2  # each kind in a series is named in a word or two: "Hotel, resort or casino"
_SERIES_JOIN = re.compile(r"(?:^|\s)(?:or|and|&)\s")


def _is_kind_series(name: str) -> bool:
    """Whether a name's commas list kinds of one variant, the last joined by "or" / "and": "Hotel, resort or
    casino", "Startups, scale-ups, and enterprises". A clause after a comma ("Faster iteration, less formal
    governance") is no series, and a series of dimensions ("By industry, geography, and regulation") heads
    several groups, no variant."""
    *firsts, last = name.split(",")
    joined = _SERIES_JOIN.split(last.strip())
    if len(joined) != 2:
        return False
    parts = [*firsts, *joined] if joined[0] else [*firsts, joined[1]]  # "..., and enterprises": a serial comma
    return (
        len(parts) >= 3
        and all(0 < len(_WORD.findall(part)) <= _SERIES_PART_WORDS for part in parts)
        and subheading_key(_SECTION, name) is None
    )


def _inline_variants(text: str, points: list[Point], name_words: int = _MAX_NAME_WORDS) -> list[Variant]:
    """The variants an inline line names, one per "; name: " or ". Name: " part; the points nested under the line
    are the last's.

    "Startup: playbooks from scratch; enterprise: mature playbooks at scale." → Startup, enterprise;
    "Startup: ownership breadth, speed; fewer formal artifacts." → Startup alone (no name opens the part).
    """
    label, description = _variant_label(text, name_words)
    if not label:
        return []
    # A "; " outside brackets before another short name and its colon ends one variant's part of the line.
    named_at = text.find(":")
    cuts = [
        m
        for m in _PART_BREAK.finditer(text)
        if not paren_depth(text, m.start())
        and _names_variant(text[m.end() :])
        and m.start() > named_at  # "U.K. and EU: GDPR": a dot inside the name cuts nothing
        and (text[m.start()] == ";" or not _is_aside(text[m.end() :]))
    ]
    if not cuts:
        return [_variant(label, description, text, points)]
    bounds = [0, *(bound for cut in cuts for bound in cut.span()), len(text)]
    first, *others = [text[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]
    named = [(label, _variant_label(first, _MAX_NAME_WORDS)[1], first)]
    named += [(*(split_at_colon(part) or (part, None)), part) for part in others]
    return [*(_variant(*part) for part in named[:-1]), _variant(*named[-1], points)]


def _dashed_variant(text: str, points: list[Point]) -> list[Variant]:
    """The variant a line names before a spaced dash, as "Name: detail" names one: "Startup – broad scope, few
    tools." → Startup and its description (a bold name, then "&#8211;", on WordPress pages); [] when the words
    before the dash are no name ("Most teams in most regions work alike – ...": a sentence, past a name's length)."""
    name, description = split_title_detail(text)
    if description is None or not is_variant_name(name):
        return []
    return [_variant(name, description, text, points)]


def _labelled_bullet(node: Node, name_words: int = _MAX_NAME_WORDS) -> list[Variant]:
    """The variants a line names inline, "Name: detail" or "Name – detail"; [] for any other line."""
    points = [point(child) for child in node.children]
    return _inline_variants(node.text, points, name_words) or _dashed_variant(node.text, points)


def _variant(label: str, description: str | None, text: str, points: list[Point] | None = None) -> Variant:
    name, note = _name_note(label)
    return Variant(name=_capitalised(name), note=note, description=description, points=points or [], text=text)


def _capitalised(name: str) -> str:
    """A variant's name opening with a capital, as a name does: the second of "Startup: speed; enterprise: scale"
    opens its clause in lower case, mid-line, and would read as another kind of name than the first. A coined
    word's own case stays ("iOS-first", "eCommerce")."""
    if name[:1].islower() and not name[1:2].isupper():
        return name[0].upper() + name[1:]
    return name


def _name_note(label: str) -> tuple[str, str | None]:
    """A variant's name and its bracketed note; a closing initialism keeps its last dot ("U.S.")."""
    name, note = split_note(label)
    if note is None and name[-1:] != "." and _CLOSING_INITIALISM.search(label.strip()):
        name += "."
    return name, note


# A "; ", or a sentence end (its full stop kept with the part before): "Grocery: freshness. Apparel: conversion."
_PART_BREAK = re.compile(r"(?:;|(?<=[.!?]))\s+")


# A sentence of the same variant's description may open with a label of its own: "Startup: broad scope. Note:
# titles vary." is one variant. After a "; " such a word is no more likely, and is left to _names_variant.
_ASIDE_LABELS = frozenset(("note", "notes", "example", "examples", "e.g", "tip", "caveat", "exception", "warning"))


def _is_aside(part: str) -> bool:
    """Whether a part after a sentence end opens with an aside's label ("Note:", "Example:"), not a variant's."""
    return part.split(":", 1)[0].strip().lower().rstrip(".") in _ASIDE_LABELS


def _names_variant(part: str) -> bool:
    """Whether a part of an inline line opens with a variant's name and a colon: "enterprise: mature ..."."""
    named = split_at_colon(part, max_words=_MAX_NAME_WORDS)
    return named is not None and is_variant_name(named[0])


# A variant's name among inline siblings may run longer than a name standing alone: beside "Medical devices: ISO
# 14155, ...", "Digital health and software as a medical device: app-based endpoints, ..." is a variant too.
_SIBLING_NAME_WORDS = 10


def _group(sub: Subsection) -> VariantGroup:
    group, inline_notes = _read_group(sub, _MAX_NAME_WORDS)
    if inline_notes and any(variant.description is not None for variant in group.variants):
        group = _read_group(sub, _SIBLING_NAME_WORDS)[0]
    if group.variants and group.dimension is VariantDimension.OTHER and "egment" in sub.title:
        if _SEGMENT_HEADING.fullmatch(split_note(sub.title)[0].strip()):
            group = group.model_copy(update={"dimension": _segment_dimension(group.variants)})
    elif group.variants and group.dimension is VariantDimension.OTHER and "size" in sub.title.lower():
        if _SIZE_HEADING.fullmatch(split_note(sub.title)[0].strip()) and _named_by_size(group.variants):
            group = group.model_copy(update={"dimension": VariantDimension.COMPANY_SIZE})
    elif group.dimension is VariantDimension.INDUSTRY and "etting" in sub.title and _places(group):
        group = group.model_copy(update={"dimension": VariantDimension.GEOGRAPHY})
    return group


def _places(group: VariantGroup) -> bool:
    """Whether every item of a "By setting" group opens with a word for a kind of place ("Urban branches face
    ...", "Rural: ..."): the settings are geographies, not the industry's care or work settings (hospital, clinic)."""
    texts = [variant.name for variant in group.variants] or [note.text for note in group.notes]
    return bool(texts) and all(_opens_with(text, VariantDimension.GEOGRAPHY) for text in texts)


def _opens_with(text: str, dimension: VariantDimension) -> bool:
    """Whether a known word or phrase of the dimension opens the text."""
    strings = nlp().vocab.strings
    doc = nlp().make_doc(text)
    return any(not start and strings[match_id] == dimension.value for match_id, start, _end in _label_matcher()(doc))


# A heading naming the size of the place the role works in, by a noun no phrase lists ("By plant size", "By
# campus size", "Fleet size"): a company size when its variants are named by sizes ("Small plant", "Large plant").
_SIZE_HEADING = re.compile(r"(?:by\s+)?(?:[^\W\d_][\w-]*\s+){1,2}size", re.IGNORECASE)


def _named_by_size(variants: list[Variant]) -> bool:
    """Whether every variant's name names a company size ("Small plant", "Mid-size", "Large plant")."""
    return all(dim is VariantDimension.COMPANY_SIZE for dim in _run_dimensions([v.name for v in variants]))


# A heading naming the market's segments ("By segment", "By market segment"): which dimension it is its variants
# say, as "segment" means a company's size on a sales page (SMB / mid-market / enterprise) and a kind of business
# elsewhere (luxury / extended stay hotels, fine dining / fast casual).
_SEGMENT_HEADING = re.compile(r"(?:by\s+)?(?:(?:market|customer|business)\s+)?segments?", re.IGNORECASE)


def _segment_dimension(variants: list[Variant]) -> VariantDimension:
    """Company size when a variant's name names a size ("SMB", "Mid-market", "Enterprise"), else industry: the
    segments are kinds of the business ("Luxury", "Extended stay")."""
    sized = any(dim in _SIZES for dim in _run_dimensions([variant.name for variant in variants]))
    return VariantDimension.COMPANY_SIZE if sized else VariantDimension.INDUSTRY


_CONTRAST = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)


def _contrast_dimension(heading: str) -> VariantDimension:
    """The dimension a heading no phrase knows names as a contrast of two kinds ("Product-led vs sales-led"): the
    one its first kind names, as a flat list's label is read. A first kind naming none ("Franchise vs
    corporate-owned"), or any other heading, stays of dimension other."""
    kinds = _CONTRAST.split(heading, maxsplit=1)
    return _label_dimensions(kinds[0])[0] if len(kinds) == 2 else VariantDimension.OTHER


# The dimensions whose variants are sides of a contrast, each with the dimensions whose words name those sides: a
# company's size is told by "startups" and "enterprises" as often as by "small" and "large", and the other way.
_SIZES = frozenset((VariantDimension.COMPANY_SIZE, VariantDimension.STARTUP_VS_ENTERPRISE))
_SIDED = {
    VariantDimension.COMPANY_SIZE: _SIZES,
    VariantDimension.STARTUP_VS_ENTERPRISE: _SIZES,
    VariantDimension.PRODUCT_VS_SERVICE: frozenset((VariantDimension.PRODUCT_VS_SERVICE,)),
    VariantDimension.REGULATED: frozenset((VariantDimension.REGULATED,)),
}


def _side_variants(text: str, dimension: VariantDimension, points: list[Point]) -> list[Variant]:
    """The variants a sentence of a contrast names clause by clause, each clause opening with a word for one side
    of the group's dimension: "Startups prize speed; enterprises prize standardization." → Startups, enterprises,
    each described by its clause, as "Startup: speed; enterprise: standardization." is read. The side's word is
    the clause's subject ("Small labs combine ...", "Service and consulting firms rotate ..."), so the clause stays
    whole, opening with a capital as the first does; only a bracket right after the side's word is lifted out, as
    the side's note ("Regulated (GxP) work adds ..."), as a labelled name's is. Two sides at least; a clause opening
    otherwise ("Startups rarely use it; the role exists mainly in enterprises.") leaves the sentence a note. The
    points nested under the line are the last variant's."""
    sides = _SIDED.get(dimension)
    if sides is None or ";" not in text and ". " not in text:
        return []  # nearly every line
    cuts = [m for m in _PART_BREAK.finditer(text) if not paren_depth(text, m.start())]
    bounds = [0, *(bound for cut in cuts for bound in cut.span()), len(text)]
    clauses = [text[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]
    named = [_opening_side(clause, sides) for clause in clauses]
    if len(clauses) < 2 or None in named or len({side.lower().rstrip("s") for side in named}) < 2:
        return []
    last = len(clauses) - 1
    return [
        Variant(
            name=_capitalised(side),
            note=note,
            description=_capitalised(description),
            points=points if k == last else [],
            text=clause,
        )
        for k, (side, clause) in enumerate(zip(named, clauses, strict=True))
        for note, description in [_side_note(side, clause)]
    ]


def _side_note(side: str, clause: str) -> tuple[str | None, str]:
    """The bracket right after a side's opening word, and the clause without it: "service-led (co-development)
    designers work ..." → ("co-development", "service-led designers work ..."); (None, clause) without one."""
    rest = clause[len(side) :]
    groups = paren_groups(rest) if rest.lstrip().startswith("(") else []  # nearly every clause has none
    if not groups:
        return None, clause
    _start, end, inner = groups[0]
    return inner.strip(), side + rest[end:]


def _opening_side(clause: str, sides: frozenset[VariantDimension]) -> str | None:
    """The words opening the clause that name a side of one of the dimensions (the longest known phrase), when
    more follows them; else None."""
    doc = nlp().make_doc(clause)
    strings = nlp().vocab.strings
    ends = [
        end
        for match_id, start, end in _label_matcher()(doc)
        if not start and VariantDimension(strings[match_id]) in sides
    ]
    return doc[: max(ends)].text if ends and max(ends) < len(doc) else None


def _read_group(sub: Subsection, name_words: int) -> tuple[VariantGroup, bool]:
    """The sub-heading's group, names of inline variants up to ``name_words`` words long; and whether a line that
    was no variant could have been an inline one (a line of its own, neither a name line nor under one)."""
    try:
        dimension = VariantDimension(sub.key) if sub.key else _contrast_dimension(sub.title)
    except ValueError:
        dimension = VariantDimension.OTHER
    notes: list[Point] = []
    variants: list[Variant] = []
    current: dict | None = None
    inline_notes = False

    def close() -> None:
        nonlocal current
        if current is not None:
            current["points"] = enumeration_points(current["points"])  # "US rules,", "urban bans,", "paperwork."
            variants.append(Variant(**current))
            current = None

    for node in nest_colon_leads(item_tree(sub.blocks)):
        if node.block.kind == BlockKind.TABLE:
            (current["points"] if current else notes).append(point(node))
            continue
        if is_variant_name(node.text):
            # Name line: "Startup/small growth company", its points follow.
            close()
            name, note = _name_note(node.text.strip().rstrip(":"))
            current = {"name": name, "note": note, "points": [point(c) for c in node.children], "text": node.text}
        elif current is not None:
            # Under a name line, "Broader scope: ..." is one of its points.
            current["points"].append(point(node))
        else:
            # Only a line that is neither a name line nor under one can be the inline form: split it only then.
            inline = _labelled_bullet(node, name_words) or _side_variants(
                node.text, dimension, [point(child) for child in node.children]
            )
            if inline:
                # Inline form: "Startup: ownership breadth, speed; fewer formal artifacts."
                variants += inline
            else:
                inline_notes = True
                notes.append(point(node))
    close()
    group = VariantGroup(
        dimension=dimension, heading=sub.title, heading_note=heading_note(sub.title), notes=notes, variants=variants
    )
    return group, inline_notes


@lru_cache(maxsize=1)
def _label_matcher() -> PhraseMatcher:
    labels = load_vocab("subheadings.json")["_variant_labels"]
    return phrase_matcher({key: phrases for key, phrases in labels.items() if not key.startswith("_")})


def _label_dimensions(name: str) -> list[VariantDimension]:
    """The dimensions the label's known words or phrases name, the first named first: "Large enterprise" →
    company_size, startup_vs_enterprise; [other] when it names none. A word inside a longer known phrase names
    only the phrase's dimension: "Financial services" is an industry, not a service company."""
    matches = sorted(_label_matcher()(nlp().make_doc(name)), key=lambda m: (m[1], -m[2]))
    named: dict[VariantDimension, None] = {}
    reach = 0  # the end of the matches read so far: one ending no further lies inside an earlier one
    for match_id, _start, end in matches:
        if end > reach:
            named[VariantDimension(nlp().vocab.strings[match_id])] = None
            reach = end
    return list(named) or [VariantDimension.OTHER]


# "A vs B", "A versus B": a label contrasting two variants of one dimension.
_CONTRAST = re.compile(r" (?:vs\.?|versus) ", re.IGNORECASE)


def _run_dimensions(names: list[str]) -> list[VariantDimension]:
    """The dimension of each label of a run: a label naming two ("Startup / small company", "Large enterprise")
    takes the one a neighbouring label names alone ("Mid-size company": the run is of company sizes), else the
    one it names first; a contrast names what it contrasts first ("Regulated vs lightly regulated jurisdictions"
    is regulated, whatever its neighbours)."""
    named = [_label_dimensions(name) for name in names]
    resolved = []
    for k, dimensions in enumerate(named):
        if _CONTRAST.search(names[k]):
            resolved.append(dimensions[0])
            continue
        neighbours = [named[j][0] for j in (k - 1, k + 1) if 0 <= j < len(named) and len(named[j]) == 1]
        resolved.append(next((dim for dim in dimensions if dim in neighbours), dimensions[0]))
    return resolved


def _node_blocks(node: Node) -> list[Block]:
    return [node.block, *(block for child in node.children for block in _node_blocks(child))]


def _flat_groups(blocks: list[Block]) -> tuple[list[Block], list[VariantGroup]] | None:
    """The blocks read as one flat list of labelled bullets: the blocks no bullet names a variant in, and a group
    per named one; None when they are not one.

    "Startup: ...", "Enterprise: ...", "Geography: ..." → a group each (startup_vs_enterprise twice, then
    geography), whose one variant is the bullet. A list whose labels all name dimensions ("By company size: ...") is
    the dimension form instead. Siblings stay siblings: a bullet's points are the items nested under it.
    """
    nodes = item_tree(blocks)
    read = [(node, _bullet_groups(node)) if node.block.kind == BlockKind.LIST_ITEM else (node, []) for node in nodes]
    labels = [heads[0][0] for _node, heads in read if heads]
    if len(labels) < 2 or all(subheading_key(_SECTION, label) for label in labels):
        return None
    # No sub-heading names a group: each labelled bullet is its own, headed by its label as printed (a
    # heading is the page's words); its dimension says which bullets belong together.
    groups: list[VariantGroup] = []
    rest: list[Block] = []
    dimensions = iter(_run_dimensions([heading for _node, heads in read for heading, _note, _variants in heads]))
    for node, heads in read:
        if not heads:
            rest += _node_blocks(node)
        groups += [
            VariantGroup(dimension=next(dimensions), heading=heading, heading_note=note, variants=variants)
            for heading, note, variants in heads
        ]
    return rest, groups


def _bullet_groups(node: Node) -> list[tuple[str, str | None, list[Variant]]]:
    """(heading, note, variants) of each group a flat list's bullet makes: one per variant it names ("Startup:
    ...; enterprise: ..." two), or one for a bullet labelled by a dimension whose description names the variants
    ("By property size: Small casinos: ...; large resorts: ...": the label heads them, as in the dimension form;
    its description's "; name:" cuts no new dimension)."""
    variants = _labelled_bullet(node)
    if len(variants) > 1 and _is_dimension_label(variants[0].name):
        label, description = _variant_label(node.text, _MAX_NAME_WORDS)
        inner = _inline_variants(description, [point(child) for child in node.children])
        if label and len(inner) > 1:
            return [(*_name_note(label), inner)]
    return [(variant.name, variant.note, [variant]) for variant in variants]


def _is_dimension_label(label: str) -> bool:
    """Whether a bullet's label names a dimension, not a variant: "By property size", "Company size"."""
    return label[:3].lower() == "by " or subheading_key(_SECTION, label) is not None


def parse(section: Section) -> RoleVariants:
    """Parse the section's blocks into typed fields."""
    unparsed: list[str] = []
    flat = _flat_groups(section.blocks) if section.blocks else None
    if flat is not None and not section.subsections:
        return RoleVariants(notes=block_texts(flat[0], unparsed), dimensions=flat[1], unparsed=unparsed)
    if flat is not None:
        # Labelled bullets ("Startup: ...", "Regulated industries: ...") before the sub-headings: variants of
        # the dimensions their labels name, as without sub-headings, the sub-headings' groups after them.
        section = section.model_copy(update={"blocks": flat[0]})
    # "By company size: startups ..." as one bullet; "Regulated: ..." under "Regulated vs non-regulated" a variant.
    section = with_labelled_subsections(section, _SECTION, _OWN_LABEL)
    section = _with_dimension_lines(section)
    rest, labelled = _labelled_paragraphs(section.blocks)
    notes = block_texts(rest, unparsed)
    dimensions = (flat[1] if flat else []) + labelled + [_group(sub) for sub in section.subsections]
    return RoleVariants(notes=notes, dimensions=dimensions, unparsed=unparsed)


def _labelled_paragraphs(blocks: list[Block]) -> tuple[list[Block], list[VariantGroup]]:
    """The blocks that are no labelled paragraph, and a group for each variant written as one: a name line and
    its text in the same paragraph ("<p><strong>Enterprise</strong><br>Specialized tiers, ...</p>", two blocks of
    one span), as "Enterprise: Specialized tiers, ..." is one. Its dimension is its name's, as in a flat list."""
    rest: list[Block] = []
    pairs: list[tuple[Block, Block]] = []
    for block in blocks:
        label = rest[-1] if rest else None
        if (
            label is not None
            and block.kind is BlockKind.PARAGRAPH
            and label.kind is BlockKind.PARAGRAPH
            and (label.start, label.end) == (block.start, block.end)
            and is_variant_name(label.text)
        ):
            pairs.append((rest.pop(), block))
        else:
            rest.append(block)
    if not pairs:
        return rest, []  # nearly every section
    names = [split_note(label.text.strip().rstrip(":")) for label, _ in pairs]
    groups = [
        VariantGroup(
            dimension=dimension,
            heading=name,
            heading_note=note,
            variants=[Variant(name=name, note=note, description=body.text, text=f"{label.text}\n{body.text}")],
        )
        for (name, note), (label, body), dimension in zip(
            names, pairs, _run_dimensions([name for name, _ in names]), strict=True
        )
    ]
    return rest, groups


_DIMENSION_LINE_WORDS = 5  # "By company size", "Contractor vs owner-operator", "Regulated vs less regulated"


def _dimension_line(blocks: list[Block], k: int) -> str | None:
    """The dimension a line of a sub-section's blocks names when it is a heading the sections did not take for one:
    a label on its own line over its text ("By commodity" / "Coal operations add ..."), worded as a dimension is
    ("By ...", a contrast "Contractor vs owner-operator"); else None."""
    label = label_over_text(blocks, k, _DIMENSION_LINE_WORDS)
    return label if label is not None and (_is_dimension_label(label) or _CONTRAST.search(label)) else None


def _with_dimension_lines(section: Section) -> Section:
    """The section, each dimension line inside a sub-section's blocks made a sub-section of its own: a page pasted
    as plain text writes every dimension as a line over its text, and only the ones a phrase knows ("By company
    size") became sub-headings; the next ("By commodity") was left as a line of the group above it."""
    subsections: list[Subsection] = []
    split = False
    for sub in section.subsections:
        blocks = list(sub.blocks)
        cuts = [
            k for k in range(1, len(blocks) - 1) if blocks[k].kind is BlockKind.PARAGRAPH and _dimension_line(blocks, k)
        ]
        if not cuts:
            subsections.append(sub)
            continue
        split = True
        subsections.append(sub.model_copy(update={"blocks": blocks[: cuts[0]]}))
        for at, end in zip(cuts, [*cuts[1:], len(blocks)]):
            title = blocks[at].text.strip()
            subsections.append(
                Subsection(key=subheading_key(_SECTION, title), title=title, blocks=blocks[at + 1 : end])
            )
    return section.model_copy(update={"subsections": subsections}) if split else section
