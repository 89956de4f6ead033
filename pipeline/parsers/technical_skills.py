"""Section parser: technical_skills (8) — skills per tier with importance, labelled detail lines and tools.

Tiers come from the sub-headings (canonical keys must_have, good_to_have,
advanced, emerging). Each skill is a list item "Name (Importance)" followed by
detail lines ("Use: ...", "What good looks like: ...", "Value: ..."), nested
under it (seed 000), at the same depth (flat pages), or inline after spaced
dashes ("Name (Critical) – Use: ... – Value: ..."). An emerging tier may write
"Name (Importance): description" on one line (seed 004). A tier may also be a
table, one skill a row, its columns read by their header's wording (a Tier
column, when there is one, gives each row's tier). A sub-heading that is itself a
detail's label ("## What good looks like:", as Docling prints a bold lead)
labels the paragraph under it, a detail of the skill before; a sub-heading that is no tier name over
detail lines ("#### Survival analysis (Important)" over "Use: ...") names the skill they describe. A detail's
bare label as a term over its definition (a <dt> "Use" over its <dd>) labels that definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pydantic import Field

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab
from ..sections import subheading_key
from .common import (
    FieldsModel,
    Node,
    SectionFields,
    drop_item_lead,
    first_by_kind,
    item_tree,
    labelled_by_heading,
    split_number,
    term_label,
    term_labelled_parts,
)
from .text import heading_note, labelled_segments, labelled_sentences, paren_depth, paren_groups, split_label
from .vocabulary import (
    SKILLS_TO_DECISIONS,
    find_terms,
    label_key,
    label_kind,
    page_tool_names,
    starts_with_term,
    tools_by_segment,
    tools_in,
    writes_name,
)

__all__ = [
    "Importance",
    "SkillDetail",
    "SkillDetailKind",
    "SkillTier",
    "SkillTierHeading",
    "TechnicalSkill",
    "TechnicalSkills",
    "parse",
    "split_importance",
    "with_page_tools",
]

# --------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------


class SkillTier(FastStrEnum):
    """Tier of a technical skill, from the sub-heading it is listed under."""

    MUST_HAVE = "must_have"
    GOOD_TO_HAVE = "good_to_have"
    ADVANCED = "advanced"
    EMERGING = "emerging"
    OTHER = "other"


class Importance(FastStrEnum):
    """Importance level of a skill as rated on the page."""

    CRITICAL = "critical"
    IMPORTANT = "important"
    OPTIONAL = "optional"
    CONTEXT_SPECIFIC = "context_specific"


class SkillDetailKind(FastStrEnum):
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
    why: str | None = Field(
        default=None, description="Text of the 'Why:' ('Why it matters:') line, else of the 'Value:' line."
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

# The members by value: a dict lookup instead of Enum.__call__ (~1 µs, ~50 times a page).
_TIERS: dict[str, SkillTier] = {tier.value: tier for tier in SkillTier}
_IMPORTANCE: dict[str, Importance] = {level.value: level for level in Importance}


def split_importance(text: str) -> tuple[str, str | None, str]:
    """Split a skill line into (name, importance rating, text after the rating).

    "Python for ML (Critical)" → ("Python for ML", "Critical", "");
    "Data-centric AI (Important): loops, synthetic data" → ("Data-centric AI", "Important", ": loops, synthetic data").
    A parenthetical that does not open with an importance word stays in the name.
    """
    candidates = [g for g in paren_groups(text) if starts_with_term(g[2], "importance")]
    if not candidates:
        return _trailing_importance(text)
    # Prefer the rating that ends the name (nothing, or a ':'/dash description, after it); most lines have one.
    chosen = candidates[0]
    if len(candidates) > 1:
        chosen = next(
            (g for g in candidates if not text[g[1] :].strip() or text[g[1] :].lstrip()[:1] in ":–—-"), chosen
        )
    start, end, inner = chosen
    return text[:start].strip(), inner.strip(), text[end:]


@lru_cache(maxsize=1)
def _condition() -> re.Pattern[str]:
    """A word that opens the condition of a rating ("Critical in regulated industries")."""
    words = load_vocab(SKILLS_TO_DECISIONS)["importance_conditions"]
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _trailing_rating() -> re.Pattern[str]:
    """A rating that ends the line without brackets, its qualifier kept: " – Critical", ": Important",
    a status badge " CRITICAL" or " OPTIONAL → Important if the company outsources support"."""
    words = [w for terms in load_vocab(SKILLS_TO_DECISIONS)["importance"].values() for w in terms]
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r"(?P<sep>\s+[–—-]\s+|\s*:\s+|\s+)(?P<rating>(?P<word>" + alternatives + r")(?:\s*(?:→|->|=>)\s*\S.*)?)$",
        re.IGNORECASE,
    )


def _trailing_importance(text: str) -> tuple[str, str | None, str]:
    """(name, rating, "") of a line whose rating follows the name unbracketed; (text, None, "") otherwise.

    A bare word counts only after a dash or colon, or as an upper-case badge after a name that is not all
    capitals, so a name that merely holds such a word ("Critical path analysis", "High availability") keeps it.
    """
    text = text.strip()
    found = _trailing_rating().search(text)
    if found is None:
        return text, None, ""
    name = text[: found.start()].strip()
    badge = found["word"].isupper() and not name.isupper()
    if not name or not (found["sep"].strip() or badge):
        return text, None, ""
    return name, found["rating"], ""


# Where a rating names its next level: "Optional → Critical in ...", "Context-specific; Critical ...".
_LEVEL_BREAK = re.compile(r"→|->|=>|[;/,]")


def _importance_levels(note: str | None) -> list[Importance]:
    """The levels a rating names, not the words of its conditions.

    "Optional → Critical in regulated or high-risk environments" → optional, critical: "high" is part of
    the compound "high-risk" and sits in the condition after "in".
    """
    if not note:
        return []
    levels: list[Importance] = []
    for key, start, end in find_terms(note, "importance"):
        if note[start - 1 : start] == "-" or note[end : end + 1] == "-":
            continue  # a word of a compound: "high-risk", "high-scale"
        breaks = [m.end() for m in _LEVEL_BREAK.finditer(note, 0, start)]
        if _condition().search(note, breaks[-1] if breaks else 0, start):
            continue
        level = _IMPORTANCE[key]
        if level not in levels:
            levels.append(level)
    return levels


def _detail(label: str | None, value: str, *, inline: bool = False) -> SkillDetail:
    if label:
        kind = label_kind(label, "skill_details", SkillDetailKind.OTHER)
        return SkillDetail.__pydantic_validator__.validate_python({"label": label, "kind": kind, "text": value})
    return SkillDetail.__pydantic_validator__.validate_python(
        {"label": None, "kind": SkillDetailKind.DESCRIPTION if inline else SkillDetailKind.NOTE, "text": value}
    )


def _node_details(node: Node) -> list[SkillDetail]:
    """Details of a detail line (inline labelled segments included) and of the lines nested under it, a term's
    ("Use" over its definition) labelled by it. "Use: X. What good looks like: Y" on one line is two details."""
    parts = term_labelled_parts(node, _DETAILS)
    return [_detail(label, value) for part in parts for label, value in labelled_sentences(*part, _is_detail_label)]


_DETAILS = "skill_details"
_LEAD_PUNCT = re.compile(r"^[\s:–—-]+")


def _is_detail_label(label: str) -> bool:
    """A label of one of a skill's details ("Use", "What good looks like")."""
    return label_key(label, "skill_details") is not None


def _is_detail_line(node: Node) -> bool:
    """A line labelled as one of a skill's details ("Use: ..."), or such a label as a term over its
    definition (a <dt> over its <dd>)."""
    return _is_detail_label(split_label(node.text)[0]) or term_label(node, _DETAILS) is not None


def _skill_head(text: str) -> tuple[str, str | None, list[SkillDetail]]:
    """(name, importance rating, inline details) of a skill's own line."""
    head, segments = labelled_segments(text, _is_detail_label)
    name, rating, rest = split_importance(head)
    inline: list[SkillDetail] = []
    # "Name (Critical): text" and "Name (Critical) – text" both describe the skill inline.
    rest, clauses = _labelled_clauses(_LEAD_PUNCT.sub("", rest).strip())
    if rest:
        label, value = split_label(rest)
        inline.append(
            _detail(label, value, inline=True)
            if label_key(label, "skill_details")
            else _detail(None, rest, inline=True)
        )
        inline += [_detail(clause_label, clause_value) for clause_label, clause_value in clauses]
    elif rating is None:
        label, value = split_label(head)
        if label and not label_key(label, "skill_details"):
            name = label
            inline.append(_detail(None, value, inline=True))
    inline += [_detail(seg_label or None, seg_value) for seg_label, seg_value in segments]
    return name, rating, inline


# A clause of a description that opens with a detail's label: "...; Why: larger deals depend on ...".
_CLAUSE_GAP = re.compile(r"(?<=[.;])\s+(?=[A-Z])")


def _labelled_clauses(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A description less its labelled clauses, and those clauses as (label, text): "ramped commitments, co-terming;
    Why: larger deals depend on them" → ("ramped commitments, co-terming", [("Why", "larger deals depend on them")]).
    Only a known detail label opens a clause, after a ";" or a full stop: "... Note: ..." stays in the text."""
    if text.count(":") < 1 + (split_label(text)[0] is not None):  # a clause's label needs a colon of its own
        return text, []
    gaps = [
        gap
        for gap in _CLAUSE_GAP.finditer(text)
        if paren_depth(text, gap.start()) == 0 and _is_detail_label(split_label(text[gap.end() :])[0] or "")
    ]
    if not gaps:
        return text, []
    bounds = [gap.end() for gap in gaps] + [len(text)]
    clauses = [split_label(text[start:stop].rstrip(" ;")) for start, stop in zip(bounds, bounds[1:])]
    return text[: gaps[0].start()].rstrip(" ;"), [(label or "", value.strip()) for label, value in clauses]


_Head = tuple[Block, str, str | None, list[SkillDetail]]


def _build_skill(head: _Head, tier: SkillTier, tools: list[str]) -> TechnicalSkill:
    block, name, rating, details = head
    number = block.number
    if number is None and block.kind is not BlockKind.LIST_ITEM:
        number, name = split_number(name)  # a bold paragraph "1. EHR workflows (Critical)": not a list item's marker
    levels = _importance_levels(rating)
    by_kind = first_by_kind(details)
    return TechnicalSkill.__pydantic_validator__.validate_python(
        {
            "name": name,
            "tier": tier,
            "number": number,
            "importance": levels[0] if levels else None,
            "importance_levels": levels,
            "importance_note": rating,
            "use": by_kind.get(SkillDetailKind.USE),
            "what_good_looks_like": by_kind.get(SkillDetailKind.WHAT_GOOD_LOOKS_LIKE)
            or by_kind.get(SkillDetailKind.EXPECTATIONS),
            # Apart from the bar: "Security review is a common late-stage blocker" says why, not what good looks like;
            # so does a "Value:" line (seed 004's good-to-have skills), where no Why line does.
            "why": by_kind.get(SkillDetailKind.WHY) or by_kind.get(SkillDetailKind.VALUE),
            "details": details,
            "tools": tools,
            "text": block.text,
        }
    )


def _tier_heads(
    blocks: list[Block], intro: list[str], tier: SkillTier, name: Block | None = None
) -> list[tuple[SkillTier, _Head]]:
    """Skill lines of one tier; detail lines at the skill's own depth join the skill before them, or
    the skill the sub-heading ``name`` names."""
    heads: list[tuple[SkillTier, _Head]] = []
    nodes = item_tree(blocks)
    if name is not None:
        heads.append((tier, (name, *_skill_head(name.text))))
    elif nodes and not _is_detail_line(nodes[0]):
        nodes = drop_item_lead(nodes, intro)
    for k, node in enumerate(nodes):
        if node.block.kind == BlockKind.TABLE:
            heads += _table_heads(node.block, tier)
            continue
        if _is_detail_line(node):
            if heads:
                heads[-1][1][3].extend(_node_details(node))
            else:  # a "Use:" line with no skill before it describes no skill of its own
                intro.append(node.text)
            continue
        if node.block.kind == BlockKind.PARAGRAPH and not node.children and split_importance(node.text)[1] is None:
            if k + 1 < len(nodes) and _names_skill_above(node.text) and _is_detail_line(nodes[k + 1]):
                # A name line right over a "Use:" line is that skill's, though its rating is none of the
                # importance words ("Remote and tele-remote loading (Emerging)"): the rating is kept verbatim.
                name, rating = _badged_name(node.text.strip())
                heads.append((tier, (node.block, name, rating, [])))
                continue
            intro.append(node.text)
            continue
        name, rating, details = _skill_head(node.text)
        for child in node.children:
            details += _node_details(child)
        heads.append((tier, (node.block, name, rating, details)))
    return heads


_SKILL_NAME_WORDS = 12  # a skill's name line, its rating included, is short: a longer line is an intro's sentence


def _names_skill_above(text: str) -> bool:
    """Whether a paragraph with no importance word may be a skill's name line: short, no sentence's end, no label."""
    text = text.strip()
    return (
        bool(text)
        and not text.endswith((".", ":", ";", "!", "?"))
        and ": " not in text
        and len(text.split(None, _SKILL_NAME_WORDS)) <= _SKILL_NAME_WORDS
    )


@lru_cache(maxsize=1)
def _rating_words() -> frozenset[str]:
    return frozenset(word.lower() for word in load_vocab(SKILLS_TO_DECISIONS)["rating_words"])


def _badged_name(text: str) -> tuple[str, str | None]:
    """(name, rating) of a skill's name line that closes with a bracketed rating word naming no importance level
    ("Remote loading (Emerging)" → "Remote loading", "Emerging"); (text, None) for any other bracket."""
    if not text.endswith(")"):
        return text, None
    groups = paren_groups(text)
    if not groups or groups[-1][1] != len(text) or groups[-1][2].strip().lower() not in _rating_words():
        return text, None
    start, _, inner = groups[-1]
    return text[:start].strip(), inner.strip()


def _names_skill(blocks: list[Block]) -> bool:
    """Whether the blocks under a sub-heading open with a skill's detail line: the sub-heading names the skill."""
    first = next(iter(item_tree(blocks)), None)
    return first is not None and _is_detail_line(first)


def _table_heads(table: Block, tier: SkillTier) -> list[tuple[SkillTier, _Head]]:
    """One skill a row of a skills table ("| Skill | Importance | Use | What good looks like |").

    Columns are read by their header's wording, in any order: the skill's name (else the first column), its
    importance rating, its tier (else the tier of the sub-heading); any other column is a detail labelled
    by its header ("Use", "Why it matters").
    """
    header = table.header or []
    roles: list[str | None] = []
    for cell in header:
        role = label_key(cell, "skill_columns")
        roles.append(role if role not in roles else None)
    name_column = roles.index("name") if "name" in roles else 0
    heads: list[tuple[SkillTier, _Head]] = []
    for cells in table.rows or []:
        name = cells[name_column].strip() if name_column < len(cells) else ""
        if not name:
            continue
        rating: str | None = None
        row_tier = tier
        details: list[SkillDetail] = []
        for k, cell in enumerate(cells):
            cell = cell.strip()
            role = roles[k] if k < len(roles) else None
            if k == name_column or not cell:
                continue
            if role == "importance":
                rating = cell
            elif role == "tier":
                key = subheading_key("technical_skills", cell)
                row_tier = _TIERS.get(key, tier)
            else:
                details.append(_detail(header[k].strip() if k < len(header) else None, cell))
        row = Block.paragraph(" | ".join(cell.strip() for cell in cells), table.start, table.end)
        heads.append((row_tier, (row, name, rating, details)))
    return heads


def parse(section: Section) -> TechnicalSkills:
    """Skills per tier from the sub-headings; paragraphs that are not skills go to intro."""
    intro: list[str] = []
    tiers: list[SkillTierHeading] = []
    # Each run: its tier, the sub-heading naming its first skill (if one does) and its blocks.
    runs: list[tuple[SkillTier, Block | None, list[Block]]] = [(SkillTier.OTHER, None, list(section.blocks))]
    for sub in section.subsections:
        tier = _TIERS.get(sub.key, SkillTier.OTHER)
        # A label sub-heading continues the run before it (same tier): its text is a detail of that run's last skill.
        continues = tier is SkillTier.OTHER and (len(runs) > 1 or runs[0][2])
        labelled = labelled_by_heading(sub.title, sub.blocks, "skill_details") if continues else None
        if labelled is not None:
            runs[-1][2].extend(labelled)
            continue
        if tier is SkillTier.OTHER and _names_skill(sub.blocks):
            # A sub-heading over a skill's detail lines ("#### Survival analysis (Important)" over "Use: ...",
            # under a tier's heading) is the skill's name, in the tier of the run before it.
            start = sub.blocks[0].start
            runs.append((runs[-1][0], Block.paragraph(sub.title, start, start), list(sub.blocks)))
            continue
        tiers.append(SkillTierHeading(tier=tier, heading=sub.title, qualifier=heading_note(sub.title)))
        runs.append((tier, None, list(sub.blocks)))
    heads = [head for tier, name, blocks in runs for head in _tier_heads(blocks, intro, tier, name)]
    texts = [_tool_text(name, details) for _, (_, name, _, details) in heads]
    skills = [
        _build_skill(head, tier, _skill_tools(head[1], text, _listed(found, ())))
        for (tier, head), text, found in zip(heads, texts, tools_by_segment(texts), strict=True)
    ]
    return TechnicalSkills(intro=intro, tiers=tiers, skills=skills)


def _skill_tools(name: str, text: str, found: list[str]) -> list[str]:
    """The tools a skill's text names, from the tools found in it: the gazetteer's, less those named only inside a
    kind of system ("SQL" of "Distributed SQL"), with those its name lists beside them (see _listed_beside) and the
    Go language (see _go_language)."""
    if found and _tool_concepts()[0].search(text):  # cheap first: most skills name no such kind
        found = _without_concepts(text, found)
    if not _operating_systems().isdisjoint(found):  # a set test first: most skills name no OS
        found = _without_log_sources(text, found)
    if not _regulation_acronyms()[0].isdisjoint(found):  # so too: most skills name no such acronym
        found = _without_regulations(text, found)
    if not _word_tools().isdisjoint(found):  # so too: most skills name no such noun
        found = _without_opening_words(text, found)
    found = _listed_beside(name, found)
    return _go_language(text, found) if "Go" in text else found  # so too: most name no Go


@lru_cache(maxsize=1)
def _word_tools() -> frozenset[str]:
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["word_tools"])


# Where a sentence opens: the text's start, a new line, or after a sentence's or a label's end.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n])\s*$")
_LIST_JOINER = re.compile(r"\s*(?:[,/&+]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


def _without_opening_words(text: str, found: list[str]) -> list[str]:
    """The tools less the trade's nouns the gazetteer lists as products, where the text writes them only opening a
    line or a sentence and joined to lowercase words no tool: "Airflow and static pressure measurement" measures
    air; "orchestration with Airflow", "Airflow DAG design" and "Airflow, dbt and Spark" name the scheduler."""
    return [tool for tool in found if tool not in _word_tools() or _names_word_tool(text, tool, found)]


def _names_word_tool(text: str, tool: str, found: list[str]) -> bool:
    return any(_is_tool_hit(text, hit, found) for hit in re.finditer(rf"(?<!\w){re.escape(tool)}(?!\w)", text))


def _is_tool_hit(text: str, hit: re.Match[str], found: list[str]) -> bool:
    """Mid-sentence, or opening one before no list, a list of tools, or a capitalised word ("Airflow DAGs")."""
    if not _SENTENCE_OPENS.search(text, 0, hit.start()):
        return True
    joiner = _LIST_JOINER.match(text, hit.end())
    if joiner is None or joiner.end() == hit.end() or not text[joiner.end() : joiner.end() + 1].islower():
        return True
    return any(text.startswith(other, joiner.end()) for other in found)


@lru_cache(maxsize=1)
def _tool_concepts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kinds of system of the vocabulary as their category is written ("Distributed SQL"; in lower case,
    "distributed SQL engines", the words describe engines that run the language, a tool there): a pre-check of
    their bare text (a literal search, no word bounds to slow it), and the pattern finding them as words."""
    concepts = "|".join(map(re.escape, load_vocab(SKILLS_TO_DECISIONS)["tool_concepts"]))
    return re.compile(concepts), re.compile(rf"\b(?:{concepts})\b")


def _without_concepts(text: str, found: list[str]) -> list[str]:
    """The tools less those the text names only inside a kind of system: "Distributed SQL and NewSQL systems" names
    no SQL; "SQL access to Distributed SQL stores" does, by its first "SQL"."""
    rest = _tool_concepts()[1].sub(lambda concept: " " * len(concept.group()), text)
    return [tool for tool in found if re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", rest, re.IGNORECASE)]


@lru_cache(maxsize=1)
def _operating_systems() -> frozenset[str]:
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["operating_systems"])


# A log's noun after an OS's name: "event logs", "audit logs", "events", "telemetry" ("Windows event logs").
_LOG_NOUN = re.compile(
    r"\s+(?:(?:event|audit|security|system|auth|authentication)\s+)?(?:logs?|events|telemetry)\b", re.IGNORECASE
)


def _without_log_sources(text: str, found: list[str]) -> list[str]:
    """The tools less the operating systems the text names only as a log's source: "understanding Windows event
    logs, Sysmon" reads telemetry, it runs no Windows; "Windows and Linux internals" names the platforms."""
    return [tool for tool in found if tool not in _operating_systems() or not _only_log_source(text, tool)]


def _only_log_source(text: str, name: str) -> bool:
    """Whether every place the text names the OS has a log's noun after it."""
    hits = list(re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", text))
    return bool(hits) and all(_LOG_NOUN.match(text, hit.end()) for hit in hits)


@lru_cache(maxsize=1)
def _regulation_acronyms() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The cloud acronyms that abbreviate a regulation too ("GCP"), and the patterns of the words naming a
    regulation and a cloud (see skills_to_decisions.json's regulation_acronyms)."""
    vocab = load_vocab(SKILLS_TO_DECISIONS)["regulation_acronyms"]
    words = (
        re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, vocab[key]))})(?!\w)", re.IGNORECASE)
        for key in ("regulation_words", "cloud_words")
    )
    return frozenset(vocab["acronyms"]), *words


def _without_regulations(text: str, found: list[str]) -> list[str]:
    """The tools less the cloud acronyms the text uses for a regulation: "GCP, ICH E6(R3) and 21 CFR Part 11
    knowledge" names Good Clinical Practice, no cloud. A text naming a cloud too ("on AWS, Azure or GCP", "cloud
    regulations") keeps the platform; so does one naming no regulation."""
    acronyms, regulation, cloud = _regulation_acronyms()
    if not regulation.search(text) or cloud.search(text):
        return found
    return [tool for tool in found if tool not in acronyms]


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["programming_languages"])


# "Go" as a list's item: after "in", "with", "or", "and", a comma or a slash ("in Go or Python", "Python, Go").
_GO_ITEM = re.compile(r"(?:\b(?:in|with|or|and)\s+|[,/]\s*)Go\b(?![-'’])")


def _go_language(text: str, found: list[str]) -> list[str]:
    """The tools with the Go language where a list joins "Go" to a language found ("in Go or Python"): the
    gazetteer lacks it, "go" being a verb too ("Go-live", "Go/no-go"), and knows "Golang" only."""
    item = _GO_ITEM.search(text)
    if item is not None and "Go" not in found and "Golang" not in found:
        languages = tuple(_languages().intersection(found))
        if languages and _joined_to_tool(text, "Go", languages):
            at = item.end() - len("Go")
            before = sum(0 <= text.find(tool) < at for tool in found)
            return [*found[:before], "Go", *found[before:]]
    return found


def _tool_text(name: str, details: list[SkillDetail]) -> str:
    """Where a skill may name its tools: its name and detail lines, one a line."""
    return "\n".join([name] + [d.text for d in details])


def with_page_tools(fields: TechnicalSkills, table_names: Iterable[str]) -> TechnicalSkills:
    """The skills with the tools they name among the page's own tools table, not only the gazetteer's.

    "Use: managing accounts ... in Gainsight and Salesforce." names Gainsight when the page's tools table lists it.
    Only a skill whose text holds such a name is read again.
    """
    table_names = list(table_names)
    products = (*page_tool_names(table_names), *_coined_names(table_names))
    parts = (*_name_parts(products, table_names), *_initialised_names(table_names))
    names = tuple(dict.fromkeys((*products, *page_tool_names(parts))))
    listed = _ambiguous_tools().intersection(table_names)
    words = _product_words(table_names)
    if not names and not listed and not words:
        return fields
    letters = [name for name in names if len(name) == 1]  # the table's one-letter languages ("C", "R"): most none
    makers: frozenset[str] | None = None  # built for the first skill that names a tool: a few pages have none
    modules: list[tuple[str, str, str]] | None = None  # so too
    skills = list(fields.skills)
    for k, skill in enumerate(skills):
        text = _tool_text(skill.name, skill.details)
        tools = skill.tools
        lowered = text.lower()  # a skill may write a table's name in other capitals (see writes_name)
        if any(name in text for name in listed) or any(writes_name(text, lowered, name) for name in names):
            found = _listed(tools_by_segment([text], names)[0], listed)
            if "+" in text:  # "Lexis+, then Lexis": the brand of a "+" product found is that product, not another
                found = [tool for tool in found if tool + "+" not in found]
            if letters:
                found = _letter_languages(skill.name, text, found, letters)
            if found:
                makers = _makers(table_names) if makers is None else makers
                found = _with_makers_products(text, found, makers)
                found += _makers_listed(text, found, makers)
                modules = _modules(table_names) if modules is None else modules
                found = _without_vendors(found + _modules_listed(text, found, modules))
            tools = _skill_tools(skill.name, text, found)
        named = _product_words_listed(text, tools, words) if tools and words else []  # a list joins them to a tool
        if tools is not skill.tools or named:
            skills[k] = skill.model_copy(update={"tools": _in_page_order(text, tools, named)})
    return fields.model_copy(update={"skills": skills})


def _in_page_order(text: str, tools: list[str], named: list[str]) -> list[str]:
    """The tools with the product words a list joins to them, each where the text names it: "Rave, InForm, or
    REDCap" lists Rave first. A tool the text writes otherwise (not found in it) keeps its place."""
    for word in named:
        at = text.find(word)
        before = sum(0 <= text.find(tool) < at for tool in tools)
        tools = [*tools[:before], word, *tools[before:]]
    return tools


# A capital letter standing as a word: not glued to a sign or a word ("C#", "C++", "R&D", "C-suite", "R's", "C/C++",
# whose list the list rule reads) nor an initial ("C. Smith").
_LETTER_WORD = re.compile(r"(?<![\w&'’.+#/-])[A-Z](?![\w&'’+#/-]|\.\w)")


def _letter_languages(name: str, text: str, found: list[str], letters: list[str]) -> list[str]:
    """The tools with the one-letter languages of the tools table ("C", "R") that the skill's name names as a word,
    outside its brackets: "Embedded C (and modern C++ where used)", "Statistical computing in R". In prose a letter
    is a tool only where a list joins it to another (see page_tool_names); a skill's name titles a skill, and a
    letter there, where the table lists it as a tool, is the language."""
    head = name.partition("(")[0]
    if not any(letter in head for letter in letters):  # a substring test first: most names hold none
        return found
    for word in _LETTER_WORD.finditer(head):  # the name opens the text: a place in the head is one in the text
        letter = word.group()
        if letter in letters and letter not in found and not _inside_found(head, word.start(), found):
            before = sum(0 <= text.find(tool) < word.start() for tool in found)
            found = [*found[:before], letter, *found[before:]]
    return found


def _inside_found(text: str, at: int, found: list[str]) -> bool:
    """Whether the place is inside a tool found there: "R" of "R Shiny" names that product, not the language."""
    return any(
        text.startswith(tool, start)
        for tool in found
        if len(tool) > 1
        for start in range(max(0, at - len(tool) + 1), at + 1)
    )


# A maker's name and one capitalised word, closing the name or before a lower-case word: "Microsoft Defender for".
_PRODUCT_WORD = re.compile(r"^([A-Z][^\s]*) ([A-Z][A-Za-z]{2,})(?= [^A-Z\s]|$)", re.MULTILINE)


def _product_words(table_names: Iterable[str]) -> dict[str, str]:
    """The words the tools table's names give a maker's product by, with the maker's name before them: "Defender"
    of "Microsoft Defender for Endpoint", "Purview" of "Microsoft Purview". One capitalised word after the maker's,
    closing the name or before a lower-case qualifier; a name going on in capitals ("Jira Service Management") is
    the whole name's."""
    words: dict[str, str] = {}
    for maker, word in _PRODUCT_WORD.findall("\n".join(table_names)):  # one scan of the names, a name a line
        if word not in _editions():  # "SaaS" of "Flexera SaaS": a deployment, no product of the maker's
            words.setdefault(word, f"{maker} {word}")
    return words


def _product_words_listed(text: str, found: list[str], words: dict[str, str]) -> list[str]:
    """The product words a list joins to a tool found, each an item of its own: "verify Defender or CrowdStrike
    agent health", and "Prophet, AXIS, or ResQ" through AXIS. After its maker's name ("Jamf Pro, Intune"), in a
    tool found, or before a noun it qualifies ("ITSM flow designers", "CPQ familiarity") it names no product."""
    named = [word for word, product in words.items() if word in text and product not in text]
    if not named:
        return []  # most skills
    named = [word for word in named if not any(word in tool for tool in found) and _stands_as_item(text, word)]
    return _joined_to_found(text, named, found)


def _joined_to_found(text: str, named: list[str], found: list[str]) -> list[str]:
    """The named words a list joins to a tool found, or to one of them joined so ("Prophet, AXIS, or ResQ"), in
    page order, as the tools found."""
    listed: list[str] = []
    while joined := [word for word in named if _joined_to_tool(text, word, (*found, *listed))]:
        listed += joined
        named = [word for word in named if word not in joined]
    return sorted(listed, key=text.find)


# What closes a list's item: a joiner (",", "/", " or ", " and "), a closing bracket, the sentence's or line's end.
_ITEM_END = re.compile(r"\s*[,;/)]|\s+(?:or|and)\s|\.?\s*(?:\n|$)|\.\s")


def _stands_as_item(text: str, word: str) -> bool:
    """Whether the word closes a list's item somewhere in the text, no noun after it."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if _ITEM_END.match(text, end):
            return True
        start = text.find(word, end)
    return False


def _coined_names(table_names: Iterable[str]) -> list[str]:
    """Names of the tools table where a maker's name precedes a coined word written lower case first ("Sunbird
    dcTrack", "Dell iDRAC"): products, though they close on no capital (see page_tool_names). After a coined
    name the word names a module of that product ("REDCap eConsent"); the gazetteer's names are found anyway."""
    # One scan of the names, a line each: names closing on a capital passed page_tool_names already.
    joined = "\n".join(table_names)
    coined = []
    for match in _CLOSING_COINED.finditer(joined):
        start = joined.rfind("\n", 0, match.start()) + 1
        maker, name = joined[start : match.start()], joined[start : match.end()]
        if maker[:1].isupper() and not any(map(_is_coined, maker.split())) and not tools_in(name):
            coined.append(name)
    return coined


# A maker's name before two capitalised words or more, function words between: "IFS Planning and Scheduling
# Optimization", "SAP Extended Warehouse Management"; a digit or a lower-case kind ends no such name.
_SPELLED_OUT = re.compile(r"^([A-Z][\w.+-]*)((?: (?:[A-Z][a-z]+|and|of|for|&)){2,})$", re.MULTILINE)


def _initialised_names(table_names: Iterable[str]) -> list[str]:
    """The tools table's names of a maker's product spelled out, as a skill abbreviates them: the maker's name and
    the initials of the capitalised words ("IFS PSO" of "IFS Planning and Scheduling Optimization", "SAP EWM" of
    "SAP Extended Warehouse Management"). A skill's text names the product so as written only."""
    initialised = []
    for maker, words in _SPELLED_OUT.findall("\n".join(table_names)):  # one scan of the names, a name a line
        initials = "".join(word[0] for word in words.split() if word[0].isupper())
        if len(initials) > 1:
            initialised.append(f"{maker} {initials}")
    return initialised


def _makers(table_names: Iterable[str]) -> frozenset[str]:
    """The first words of the tools table's names that are a maker's before a product's ("Allscripts" of
    "Allscripts Sunrise", "Zalando" of "Zalando operator"), not a name of the table on their own ("Epic" of "Epic
    Secure Chat" is one)."""
    names = list(table_names)
    found = _MAKER.findall("\n" + "\n".join(names))  # one scan, a name a line
    # Before a lower-case kind only a plain word is a maker ("Zalando operator"); an acronym or a coined word names
    # the standard the tools serve ("ADaM tooling").
    return frozenset(maker for maker, capital in found if capital or maker[1:].islower()).difference(names)


# A name's last word opening lower case and holding a capital: "dcTrack" of "Sunbird dcTrack".
_CLOSING_COINED = re.compile(r" [a-z][a-z0-9]*[A-Z][\w.+-]*$", re.MULTILINE)
# A capitalised word before a capitalised one (kept, to tell), or before one lower-case word closing the name.
_MAKER = re.compile(r"\n([A-Z][A-Za-z]{2,}) (?:([A-Z])|[a-z]+(?=\n|\Z))")
# What joins two items of a list (", ", " or ", ", and ", " / "), after a tool and before one.
_JOINER_AFTER = re.compile(r"\s*(?:[,/]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_JOINER_BEFORE = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s*/\s*|\s(?:and|or)\s+)$")
_JOINER_REACH = 8  # the longest joiner's characters, ", and  " and the like


def _makers_listed(text: str, found: list[str], makers: frozenset[str]) -> list[str]:
    """The makers a list joins to a tool found, "Epic or Allscripts": the maker's name alone stands for its product
    there. Elsewhere a maker's name is a company ("Microsoft" of a sentence), no tool; before a capitalised word
    it opens another name, and after a tool's name it goes on that name ("Zoom Interpretation, Interprefy")."""
    named = [maker for maker in makers if maker in text and maker not in found]  # most texts name none
    named = [maker for maker in named if not any(f"{tool} {maker}" in text for tool in found)]
    return _joined_to_found(text, named, found) if named else []


def _with_makers_products(text: str, found: list[str], makers: frozenset[str]) -> list[str]:
    """The tools with a maker found (the gazetteer's "Oracle") joined to a tool found right after it: "Oracle
    InForm" is Oracle's InForm, one product, where the tools table names Oracle a maker ("Oracle Clinical One /
    InForm"). The maker stays a tool of its own where the text names it alone too ("Oracle or Oracle InForm")."""
    for maker in makers.intersection(found):  # most skills: none
        products = [tool for tool in found if tool != maker and f"{maker} {tool}" in text]
        if not products:
            continue
        found = [f"{maker} {tool}" if tool in products else tool for tool in found]
        if text.count(maker) == sum(text.count(f"{maker} {tool}") for tool in products):
            found.remove(maker)
    return found


def _modules(table_names: list[str]) -> list[tuple[str, str, str]]:
    """(name, vendor, module) of the tools table's names closed by a module acronym: "ServiceNow SPM"."""
    split = (name.rpartition(" ") for name in table_names)
    return [(f"{vendor} {module}", vendor, module) for vendor, _, module in split if vendor and _is_acronym(module)]


def _modules_listed(text: str, found: list[str], modules: list[tuple[str, str, str]]) -> list[str]:
    """The tools table's modules of a found module's vendor that a list joins to it by their acronym alone:
    "ServiceNow PPM / SPM" names ServiceNow SPM where the table lists it (as the tools parser reads the cell)."""
    listed = []
    for name, vendor, module in modules:
        if module in text and name not in found:  # most modules: not in the text
            siblings = tuple(tool for tool in found if tool.startswith(f"{vendor} "))
            if siblings and _joined_to_tool(text, module, siblings):
                listed.append(name)
    return listed


def _without_vendors(found: list[str]) -> list[str]:
    """The tools without a vendor's bare name beside its module ("ServiceNow" beside "ServiceNow PPM"): the text
    names the module's platform again, no other tool. A product of the vendor's ("Azure" beside "Azure DevOps")
    stays: only a module acronym closes the name."""
    vendors = {tool.rpartition(" ")[0] for tool in found if _is_acronym(tool.rpartition(" ")[2])}
    return [tool for tool in found if tool not in vendors] if vendors.intersection(found) else found


def _joined_to_tool(text: str, word: str, tools: tuple[str, ...]) -> bool:
    """Whether a list joins the word, standing alone (no capitalised word after it), to one of the tools."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        alone = not (text[start - 1 : start].isalnum() or text[end : end + 1].isalnum())
        if alone and not _CAPITALISED_AFTER.match(text, end):
            before = _JOINER_BEFORE.search(text, max(0, start - _JOINER_REACH), start)
            if before and any(_ends_with_word(text, before.start(), tool) for tool in tools):
                return True
            after = _JOINER_AFTER.match(text, end)
            if after and any(_starts_with_word(text, after.end(), tool) for tool in tools):
                return True
        start = text.find(word, end)
    return False


_CAPITALISED_AFTER = re.compile(r"[^\S\n]+[A-Z]")  # on the word's line: the next line opens a sentence of its own


def _ends_with_word(text: str, end: int, word: str) -> bool:
    start = end - len(word)
    return start >= 0 and text.startswith(word, start) and not text[start - 1 : start].isalnum()


def _starts_with_word(text: str, start: int, word: str) -> bool:
    end = start + len(word)
    return text.startswith(word, start) and not text[end : end + 1].isalnum()


# A one-word brand and an edition's "+": "Lexis+"; not "C++", "Notepad++", nor a short word ("Go+").
_PLUS_EDITION = re.compile(r"[A-Z][a-z]{3,}\+")
_CAPITAL_INSIDE = re.compile(r"\S[A-Z]")  # a capital inside a word: a coined word's ("PowerSchool") or an acronym's


def _name_parts(products: Iterable[str], table_names: Iterable[str]) -> list[str]:
    """The parts of the tools table's names a skill's text may name them by: a distinctive leading or trailing
    part of a product the gazetteer lacks ("PowerSchool" of "PowerSchool SIS", "MAP Growth" of "NWEA MAP Growth"),
    and the brands of names that share a kind ("MedDRA" of "MedDRA dictionaries" beside "WHODrug dictionaries"),
    and the brand of a one-word product closed by an edition's "+" ("Lexis" of "Lexis+": "in Westlaw or Lexis")."""
    parts: list[str] = []
    shared = None  # the last words two names share, built for the first coined name: most pages have none
    for name in products:
        if name[-1:] == "+" and _PLUS_EDITION.fullmatch(name):  # a character test first: most names hold none
            parts.append(name[:-1])
        if " " in name and _CAPITAL_INSIDE.search(name):  # one regex first: most names hold no coined word
            words = name.split()
            if shared is None:
                ends = [other.rpartition(" ")[2] for other in table_names if " " in other]
                shared = {end for end in ends if ends.count(end) > 1}
            # A last word two makers' names share is the kind both sell ("eConsent" of "Medidata eConsent" and
            # "REDCap eConsent"), no one product's name.
            parts += [
                " ".join(p)
                for k in {1, len(words) - 1}
                for p in (words[:k], words[k:])
                if _distinctive(p) and not (p == words[-1:] and p[0] in shared)
            ]
            if _names_kind_after(words):
                parts.append(" ".join(words[:-1]))
    kinds: dict[str, list[str]] = {}  # a lower-case kind -> the brands named with it
    for name in table_names:
        brand, _, kind = name.partition(" ")
        if kind.islower() and brand[:1].isupper():  # a capitalised brand: "boom lifts" names a kind of lift
            kinds.setdefault(kind, []).append(brand)
    return parts + [brand for brands in kinds.values() if len(brands) > 1 for brand in brands]


def _names_kind_after(words: list[str]) -> bool:
    """Whether a name is a maker's product and its kind's acronym: "Medidata Rave EDC" is the Rave EDC of
    Medidata, which a skill names "Medidata Rave". Two capitalised words at least before the acronym: a maker's
    name alone ("Medidata" of "Medidata CTMS") names no one product."""
    return len(words) > 2 and _is_acronym(words[-1]) and all(word[:1].isupper() for word in words[:-1])


def _distinctive(words: list[str]) -> bool:
    """Whether a part of a tool's name names the tool alone: one coined word ("PowerSchool", "MedDRA"), or a few
    capitalised words holding a coined word or an acronym ("MAP Growth"). A maker's or an ordinary word alone
    ("Google", "Campus", "SIS") names no one tool."""
    if len(words) == 1:
        return _is_coined(words[0]) and words[0] not in _editions()  # "SaaS" of "Flexera SaaS" names a kind
    return all(word[:1].isupper() for word in words) and any(_is_coined(w) or _is_acronym(w) for w in words)


def _is_coined(word: str) -> bool:
    """A word with a capital after its first letter, and lower-case ones: "PowerSchool", "MedDRA", "iCIMS"."""
    return not word[1:].islower() and not word.isupper() and word.lower() != word  # str methods: C loops


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


@lru_cache(maxsize=1)
def _editions() -> frozenset[str]:
    """Edition and deployment words closing a product's name ("Cloud", "SaaS"): a kind of offering, no product."""
    return frozenset(load_vocab("tables.json")["tool_editions"])


@lru_cache(maxsize=1)
def _ambiguous_tools() -> frozenset[str]:
    """Gazetteer names that are ordinary terms too: "Nexus" of "SAFe, LeSS, Nexus", "Monte Carlo simulation",
    "Erlang-based staffing" (the queueing formula of workforce planning, no language)."""
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["ambiguous_tools"])


def _listed(tools: list[str], listed: Iterable[str]) -> list[str]:
    """The tools without the ambiguous names the page's tools table does not list."""
    return [tool for tool in tools if tool not in _ambiguous_tools() or tool in listed]


# Names a skill lists: a bracket's items ("(Amazon, TikTok Shop, Walmart)"), or words joined by a slash ("HTML/Liquid").
_LIST_ITEMS = re.compile(r"\s*(?:,\s*(?:(?:or|and)\s+)?|\s(?:or|and)\s|/)\s*")
_SLASHED = re.compile(r"[\w.+#-]+(?:/[\w.+#-]+)+")
# A product's name: up to three words, each opening with a capital or a digit ("Walmart", "ION Wallstreet", "Cin7").
_PRODUCT = re.compile(r"[A-Z0-9][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){0,2}")
_GENERIC_PLURAL = re.compile(r"\b[A-Z]{2,}s$")  # a kind of thing, no product: "APIs", "Apple Intelligence APIs"


def _whole_name(tool: str, items: list[str]) -> str:
    """The listed item a tool found opens, when coined words close it: "OpenRoads GenerativeComponents" is a
    product of its own, not OpenRoads; "Spark Structured Streaming" (ordinary words) stays Spark's."""
    for item in items:
        rest = item[len(tool) + 1 :].split() if item.startswith(f"{tool} ") else ()
        if rest and all(map(_is_coined, rest)) and _PRODUCT.fullmatch(item):
            return item
    return tool


def _anchors_list(item: str, tools: list[str]) -> bool:
    """Whether a listed item is a tool found, or one before lower-case words only ("dbt metrics"): its list names
    tools. An ambiguous name anchors nothing: "Nexus" of "(SAFe, LeSS, Nexus)" is a framework there."""
    head, _, rest = item.partition(" ")
    tool = item if item in tools else head if rest.islower() and head in tools else None
    return tool is not None and tool not in _ambiguous_tools()


def _listed_beside(name: str, tools: list[str]) -> list[str]:
    """The tools, with the product names a skill's name lists beside one of them: "Marketplace operations (Amazon,
    TikTok Shop, Walmart)" names Amazon and Walmart with TikTok Shop, "Basic HTML/Liquid" Liquid with HTML, which the
    gazetteer lacks, and "(LookML, dbt metrics)" LookML through "dbt metrics" (see _anchors_list). A list none of
    whose items is a tool found lists no tools ("(VaR, stress testing, Greeks)"); a part of a tool's name is no tool
    of its own ("RDS" of "Amazon RDS/Aurora"), nor a name holding one ("Spark Structured Streaming" beside Spark).
    A list naming a practice too ("(pgAudit, row-level security, SCRAM)") lists features: its bare acronyms are
    methods or standards there, the gazetteer's acronyms aside."""
    if not tools:
        return tools
    found = list(tools)
    lists = [inner for _, _, inner in paren_groups(name)] + _SLASHED.findall(name)
    for items in (_LIST_ITEMS.split(text.strip()) for text in lists):
        if not any(_anchors_list(item, tools) for item in items):
            continue
        found = [_whole_name(tool, items) for tool in found]
        practices = any(item.islower() and not _anchors_list(item, tools) for item in items)  # "row-level security"
        found += [
            item
            for item in items
            if _PRODUCT.fullmatch(item)
            and not _GENERIC_PLURAL.search(item)
            and not (_is_acronym(item) and practices)  # beside a practice, an acronym names a method ("SCRAM")
            and item not in _ambiguous_tools()  # an ordinary word too ("Outreach"): a tool where the table lists it
            and not any(item in tool or tool in item for tool in found)
        ]
    return found
