"""Section parser: technical_skills (8) — skills per tier with importance, labelled detail lines and tools.

Tiers come from the sub-headings (canonical keys must_have, good_to_have,
advanced, emerging). Each skill is a list item "Name (Importance)" followed by
detail lines ("Use: ...", "What good looks like: ...", "Value: ..."), nested
under it (seed 000), at the same depth (flat pages), or inline after spaced
dashes ("Name (Critical) – Use: ... – Value: ..."). An emerging tier may write
"Name (Importance): description" on one line (seed 004).

This module also holds the small wording helpers the other parsers of its
group (soft_skills, tools, tech_stack, stakeholders, decision_rights) share:
vocabulary lookup, phrase finding, labelled inline segments, parenthesised
groups, colon-lead nesting and the tool gazetteer.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from pydantic import Field
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..blocks import Block, BlockKind
from ..models import Section
from ..nlp import load_vocab, nlp, phrase_matcher
from .common import FieldsModel, Node, SectionFields, item_tree, split_label, split_note

__all__ = [
    "Importance",
    "SkillDetail",
    "SkillDetailKind",
    "SkillTier",
    "SkillTierHeading",
    "TechnicalSkill",
    "TechnicalSkills",
    "parse",
]

VOCAB_FILE = "skills_to_decisions.json"


# --------------------------------------------------------------------------
# Shared wording helpers (used by this group's parsers)
# --------------------------------------------------------------------------


def vocab(group: str) -> Any:
    """One vocabulary group of this parser group's JSON file."""
    return load_vocab(VOCAB_FILE)[group]


_SPACES = re.compile(r"\s+")


def normalise_label(label: str) -> str:
    """Lower-case a label, collapse spaces and drop quotes and trailing punctuation."""
    text = _SPACES.sub(" ", label.replace("’", "'").replace("“", "").replace("”", "").replace('"', ""))
    return text.strip().strip(".:;,").strip().lower()


@cache
def _label_table(group: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, phrases in vocab(group).items():
        for phrase in phrases:
            table.setdefault(normalise_label(phrase), key)
    return table


def label_key(label: str | None, group: str) -> str | None:
    """Canonical key of a short label ("What good looks like" → what_good_looks_like).

    The label's longest word prefix found in the vocabulary group decides, so
    "Use (examples)" is still a use line; unknown labels give None.
    """
    if not label:
        return None
    table = _label_table(group)
    words = normalise_label(label).split()
    for n in range(len(words), 0, -1):
        key = table.get(" ".join(words[:n]))
        if key is not None:
            return key
    return None


@cache
def _terms_matcher(group: str) -> PhraseMatcher:
    phrases = vocab(group)
    return phrase_matcher(phrases if isinstance(phrases, dict) else {group: phrases})


@lru_cache(maxsize=8192)
def find_terms(text: str, group: str) -> tuple[tuple[str, int, int], ...]:
    """Vocabulary terms in a text: (key, start char, end char), longest match first, in page order.

    A group that is a plain list of phrases reports the group's name as key.
    Cached: short cells such as "Common" or "Critical" recur on every page.
    """
    if not text:
        return ()
    doc = nlp().make_doc(text)
    strings = nlp().vocab.strings
    keys = {(s, e): strings[m] for m, s, e in _terms_matcher(group)(doc)}
    spans = sorted(filter_spans([doc[s:e] for s, e in keys]), key=lambda sp: sp.start)
    return tuple((keys[(sp.start, sp.end)], sp.start_char, sp.end_char) for sp in spans)


def term_keys(text: str, group: str) -> list[str]:
    """Distinct vocabulary keys found in a text, in page order."""
    out: list[str] = []
    for key, _, _ in find_terms(text, group):
        if key not in out:
            out.append(key)
    return out


def starts_with_term(text: str, group: str) -> str | None:
    """Key of a vocabulary term that opens the text ("Optional / Context-specific" → optional)."""
    text = text.lstrip()
    terms = find_terms(text, group)
    return terms[0][0] if terms and terms[0][1] == 0 else None


_PAREN = re.compile(r"[()]")


def paren_groups(text: str) -> list[tuple[int, int, str]]:
    """Top-level parenthesised groups: (start of '(', end after ')', inner text)."""
    if "(" not in text:
        return []
    groups: list[tuple[int, int, str]] = []
    depth, start = 0, -1
    for match in _PAREN.finditer(text):
        index = match.start()
        if text[index] == "(":
            if depth == 0:
                start = index
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1, text[start + 1 : index]))
    return groups


def paren_depth(text: str, index: int) -> int:
    """Parenthesis nesting depth at a position."""
    return max(0, text.count("(", 0, index) - text.count(")", 0, index))


_SPACED_DASH = re.compile(r"\s+[–—-]\s+")


def labelled_segments(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split "Head – Label: text – Label: text" at spaced dashes that open a labelled segment.

    "Attention to detail – Why it matters: bugs – How it shows up: checks" →
    ("Attention to detail", [("Why it matters", "bugs"), ("How it shows up", "checks")]).
    A dash not followed by a short "Label:" stays inside the text around it.
    """
    cuts = [
        m
        for m in _SPACED_DASH.finditer(text)
        if paren_depth(text, m.start()) == 0 and split_label(text[m.end() :])[0] is not None
    ]
    if not cuts:
        return text.strip(), []
    head = text[: cuts[0].start()].strip()
    segments: list[tuple[str, str]] = []
    for k, cut in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else len(text)
        label, value = split_label(text[cut.end() : stop])
        segments.append((label or "", value.strip()))
    return head, segments


_LEAD_PUNCT = re.compile(r"^[\s:–—-]+")


def strip_lead(text: str) -> str:
    """Drop the ':' or dash that joins an inline description to its name."""
    return _LEAD_PUNCT.sub("", text).strip()


def nest_colon_leads(nodes: list[Node]) -> list[Node]:
    """Nest the flat items that follow a "lead:" item under it.

    Inline lists flattened by the scraper ("Common deployment patterns: – A – B")
    arrive as siblings; the run ends at the next lead, or at a "Label: text" item.
    Items already nested are left alone.
    """
    out: list[Node] = []
    lead: Node | None = None
    for node in nodes:
        text = node.text.rstrip()
        is_item = node.block.kind == BlockKind.LIST_ITEM
        if lead is not None and is_item and not text.endswith(":") and split_label(text)[0] is None:
            lead.children.append(node)
            continue
        lead = node if is_item and text.endswith(":") and not node.children else None
        out.append(node)
    return out


@lru_cache(maxsize=1)
def _tool_names() -> tuple[str, ...]:
    """Tool names of the gazetteer pipeline/vocab/tools.txt (one a line, '#' comments)."""
    try:
        text = resources.files("pipeline.vocab").joinpath("tools.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ()
    names = []
    for line in text.splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.append(name)
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=1)
def _tool_matcher() -> tuple[PhraseMatcher, dict[int, str]] | None:
    names = _tool_names()
    if not names:
        return None
    language = nlp()
    matcher = PhraseMatcher(language.vocab, attr="LOWER")
    ids: dict[int, str] = {}
    for name in names:
        ids[language.vocab.strings.add(name)] = name
        matcher.add(name, [language.make_doc(name)])
    return matcher, ids


def tools_by_segment(texts: list[str]) -> list[list[str]]:
    """Tool names of the gazetteer found in each text, longest match first, in page order.

    The texts are tokenised together once (one doc per section, not one per
    item). Matching ignores case, but a name written with capitals is not taken
    from all-lowercase text ("understanding transformers" is not the library).
    """
    built = _tool_matcher()
    if built is None or not texts:
        return [[] for _ in texts]
    matcher, ids = built
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    bounds, offset = [], 0
    for text in texts:
        bounds.append(offset + len(text))
        offset += len(text) + 1
    doc = nlp().make_doc(joined)
    found: dict[tuple[int, int], str] = {}
    for match_id, start, end in matcher(doc):
        name = ids[match_id]
        if doc[start:end].text.islower() and not name.islower():
            continue
        found.setdefault((start, end), name)
    out: list[list[str]] = [[] for _ in texts]
    for span in sorted(filter_spans([doc[s:e] for s, e in found]), key=lambda sp: sp.start):
        segment = next(k for k, bound in enumerate(bounds) if span.start_char < bound)
        name = found[(span.start, span.end)]
        if name not in out[segment]:
            out[segment].append(name)
    return out


@lru_cache(maxsize=8192)
def tools_in(text: str) -> tuple[str, ...]:
    """Tool names of the gazetteer found in one text ("Use: PyTorch or TensorFlow" → PyTorch, TensorFlow)."""
    return tuple(tools_by_segment([text])[0])


# --------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------


class SkillTier(StrEnum):
    """Tier of a technical skill, from the sub-heading it is listed under."""

    MUST_HAVE = "must_have"
    GOOD_TO_HAVE = "good_to_have"
    ADVANCED = "advanced"
    EMERGING = "emerging"
    OTHER = "other"


class Importance(StrEnum):
    """Importance level of a skill as rated on the page."""

    CRITICAL = "critical"
    IMPORTANT = "important"
    OPTIONAL = "optional"
    CONTEXT_SPECIFIC = "context_specific"


class SkillDetailKind(StrEnum):
    """What a skill's detail line is about, from its label."""

    USE = "use"
    WHAT_GOOD_LOOKS_LIKE = "what_good_looks_like"
    EXPECTATIONS = "expectations"
    VALUE = "value"
    WHY = "why"
    INCLUDES = "includes"
    PRACTICAL = "practical"
    EXAMPLES = "examples"
    DESCRIPTION = "description"
    NOTE = "note"
    OTHER = "other"


class SkillDetail(FieldsModel):
    """One detail line of a skill: its label as printed and the text after it."""

    label: str | None = Field(
        description="Label as printed ('Use', 'What good looks like'); null for an unlabelled line."
    )
    kind: SkillDetailKind = Field(
        description="Canonical kind of the line: from the label; 'description' for text written inline after the "
        "skill's name, 'note' for an unlabelled line, 'other' for an unknown label."
    )
    text: str = Field(description="The line's text after its label.")


class TechnicalSkill(FieldsModel):
    """A technical skill with its tier, importance, detail lines and the tools it names."""

    name: str = Field(description="Skill name without the importance parenthetical.")
    tier: SkillTier
    number: int | None = Field(default=None, description="Item number as printed, if the list is numbered.")
    importance: Importance | None = Field(
        default=None,
        description="Primary importance: the first level the rating names ('Optional → Important if ...' → optional).",
    )
    importance_levels: list[Importance] = Field(
        default_factory=list, description="Every importance level the rating names, in page order."
    )
    importance_note: str | None = Field(
        default=None,
        description="The importance rating verbatim, qualifiers included ('Optional → Important if team domain').",
    )
    use: str | None = Field(default=None, description="Text of the 'Use:' line.")
    what_good_looks_like: str | None = Field(
        default=None, description="Text of the 'What good looks like:' line, else of the 'Expectations:' line."
    )
    details: list[SkillDetail] = Field(
        default_factory=list, description="Every detail line, labelled or not, in page order."
    )
    tools: list[str] = Field(default_factory=list, description="Tool and platform names the skill's text mentions.")
    text: str = Field(description="The skill's own line as on the page.")


class SkillTierHeading(FieldsModel):
    """A tier sub-heading as published, with its qualifier."""

    tier: SkillTier
    heading: str = Field(description="Sub-heading as on the page.")
    qualifier: str | None = Field(
        default=None,
        description="The heading's parenthetical, e.g. 'not required initially, but valued', 'next 2–5 years'.",
    )


class TechnicalSkills(SectionFields):
    """Typed fields of the technical_skills section."""

    intro: list[str] = Field(
        default_factory=list, description="Paragraphs that are not skills (section intro, tier notes)."
    )
    tiers: list[SkillTierHeading] = Field(default_factory=list, description="The tier sub-headings in page order.")
    skills: list[TechnicalSkill] = Field(default_factory=list)


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------

_TIERS = {tier.value for tier in SkillTier}


def split_importance(text: str) -> tuple[str, str | None, str]:
    """Split a skill line into (name, importance rating, text after the rating).

    "Python for ML (Critical)" → ("Python for ML", "Critical", "");
    "Data-centric AI (Important): loops, synthetic data" → ("Data-centric AI", "Important", ": loops, synthetic data").
    A parenthetical that does not open with an importance word stays in the name.
    """
    candidates = [g for g in paren_groups(text) if starts_with_term(g[2], "importance")]
    if not candidates:
        return text.strip(), None, ""
    # Prefer the rating that ends the name (nothing, or a ':'/dash description, after it).
    chosen = next(
        (g for g in candidates if not text[g[1] :].strip() or text[g[1] :].lstrip()[:1] in ":–—-"), candidates[0]
    )
    start, end, inner = chosen
    return text[:start].strip(), inner.strip(), text[end:]


def _importance_levels(note: str | None) -> list[Importance]:
    return [Importance(key) for key in term_keys(note or "", "importance")]


def _detail(label: str | None, value: str, *, inline: bool = False) -> SkillDetail:
    if label:
        key = label_key(label, "skill_details")
        kind = SkillDetailKind(key) if key in SkillDetailKind._value2member_map_ else SkillDetailKind.OTHER
        return SkillDetail(label=label, kind=kind, text=value)
    return SkillDetail(label=None, kind=SkillDetailKind.DESCRIPTION if inline else SkillDetailKind.NOTE, text=value)


def _line_details(text: str) -> list[SkillDetail]:
    """Details of one detail line (which may itself carry inline labelled segments)."""
    head, segments = labelled_segments(text)
    label, value = split_label(head)
    details = [_detail(label, value)] if head else []
    details += [_detail(seg_label or None, seg_value) for seg_label, seg_value in segments]
    return details


def _node_details(node: Node) -> list[SkillDetail]:
    details = _line_details(node.text)
    for child in node.children:
        details += _node_details(child)
    return details


def _skill_head(text: str) -> tuple[str, str | None, list[SkillDetail]]:
    """(name, importance rating, inline details) of a skill's own line."""
    head, segments = labelled_segments(text)
    name, rating, rest = split_importance(head)
    inline: list[SkillDetail] = []
    rest = strip_lead(rest)
    if rest:
        label, value = split_label(rest)
        inline.append(
            _detail(label, value, inline=True)
            if label_key(label, "skill_details")
            else _detail(None, rest, inline=True)
        )
    elif rating is None:
        label, value = split_label(head)
        if label and not label_key(label, "skill_details"):
            name = label
            inline.append(_detail(None, value, inline=True))
    inline += [_detail(seg_label or None, seg_value) for seg_label, seg_value in segments]
    return name, rating, inline


_Head = tuple[Block, str, str | None, list[SkillDetail]]


def _build_skill(head: _Head, tier: SkillTier, tools: list[str]) -> TechnicalSkill:
    block, name, rating, details = head
    levels = _importance_levels(rating)
    by_kind: dict[SkillDetailKind, str] = {}
    for detail in details:
        by_kind.setdefault(detail.kind, detail.text)
    return TechnicalSkill(
        name=name,
        tier=tier,
        number=block.number,
        importance=levels[0] if levels else None,
        importance_levels=levels,
        importance_note=rating,
        use=by_kind.get(SkillDetailKind.USE),
        what_good_looks_like=by_kind.get(SkillDetailKind.WHAT_GOOD_LOOKS_LIKE)
        or by_kind.get(SkillDetailKind.EXPECTATIONS),
        details=details,
        tools=tools,
        text=block.text,
    )


def _tier_heads(blocks: list[Block], intro: list[str]) -> list[_Head]:
    """Skill lines of one tier; detail lines at the skill's own depth join the skill before them."""
    heads: list[_Head] = []
    for node in item_tree(blocks):
        label, _ = split_label(node.text)
        if heads and label_key(label, "skill_details"):
            heads[-1][3].extend(_node_details(node))
            continue
        if node.block.kind == BlockKind.PARAGRAPH and not node.children and split_importance(node.text)[1] is None:
            intro.append(node.text)
            continue
        name, rating, details = _skill_head(node.text)
        for child in node.children:
            details += _node_details(child)
        heads.append((node.block, name, rating, details))
    return heads


def parse(section: Section) -> TechnicalSkills:
    """Skills per tier from the sub-headings; paragraphs that are not skills go to intro."""
    intro: list[str] = []
    tiers: list[SkillTierHeading] = []
    heads = [(SkillTier.OTHER, head) for head in _tier_heads(list(section.blocks), intro)]
    for sub in section.subsections:
        tier = SkillTier(sub.key) if sub.key in _TIERS else SkillTier.OTHER
        tiers.append(SkillTierHeading(tier=tier, heading=sub.title, qualifier=split_note(sub.title)[1]))
        heads += [(tier, head) for head in _tier_heads(list(sub.blocks), intro)]
    tool_texts = [" ".join([head[1]] + [d.text for d in head[3]]) for _, head in heads]
    tools = tools_by_segment(tool_texts)
    skills = [_build_skill(head, tier, found) for (tier, head), found in zip(heads, tools, strict=True)]
    return TechnicalSkills(intro=intro, tiers=tiers, skills=skills)
