"""Section parser: stakeholders (12) — who the role works with, who decides, where to escalate.

Internal and external stakeholders are a name item followed by its lines:
labelled "Nature: ..." / "Escalation: ..." items at the same depth (seed 000),
an unlabelled description item (seed 004), nested items, or the same written
inline ("Name – Nature: ... – Escalation: ..." or "Name – Nature: ... . Escalation:
..."). A new stakeholder starts at an item that reads like a name (short, no
closing full stop, not a known label). Escalation points may read "trigger →
escalate to X". A line "Peer roles: A, B, C" plays the sub-heading it opens with
(common.with_labelled_subsections, as the variants and KPI parsers do). Stakeholders,
peer roles and dependencies may be written as a table: one of them a row, its
columns read by their header's wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import Field
from spacy.matcher import Matcher

from ..blocks import Block, BlockKind, FastStrEnum
from ..layout import QUOTE_OPENERS, is_code_like_word, is_quotation
from ..models import Section
from ..nlp import load_vocab, nlp
from ..sections import subheading_key
from .common import (
    FieldsModel,
    Node,
    Point,
    SectionFields,
    detail_labels,
    first_by_kind,
    item_tree,
    nest_colon_leads,
    node_labelled_parts,
    point,
    split_lead,
    with_labelled_subsections,
)
from .text import (
    LEADING_ARTICLE,
    OR_SEPARATOR,
    SENTENCE_GAP,
    heading_note,
    labelled_segments,
    normalise_label,
    paren_depth,
    split_at_colon,
    split_enumeration,
    split_label,
    split_note,
    split_title_detail,
    split_top_level,
)
from .vocabulary import (
    EXPERIENCE_TO_SCORECARD,
    SKILLS_TO_DECISIONS,
    body_nouns,
    ends_with_role,
    find_terms,
    label_key,
    label_kind,
    names_a_role,
    names_a_team,
)

__all__ = [
    "CollaborationMode",
    "Decider",
    "DecisionAuthority",
    "Dependency",
    "EscalationPoint",
    "PeerRole",
    "Stakeholder",
    "StakeholderDetail",
    "StakeholderDetailKind",
    "StakeholderGroup",
    "Stakeholders",
    "parse",
]

_GROUP = "stakeholder_details"


class StakeholderDetailKind(FastStrEnum):
    """What a stakeholder's line describes."""

    NATURE = "nature"
    ESCALATION = "escalation"
    FREQUENCY = "frequency"
    INPUTS = "inputs"
    OUTPUTS = "outputs"
    DESCRIPTION = "description"
    OTHER = "other"


class StakeholderDetail(FieldsModel):
    """One line about a stakeholder."""

    label: str | None = Field(
        description="Label as printed ('Nature', 'Escalation'); null for an unlabelled description."
    )
    kind: StakeholderDetailKind = Field(
        description="Canonical kind from the label; 'description' for an unlabelled line, 'other' for an unknown label."
    )
    text: str = Field(description="The line's text after its label.")


class Stakeholder(FieldsModel):
    """An internal or external stakeholder of the role."""

    name: str = Field(description="Stakeholder (role, team or party) without the trailing parenthetical.")
    note: str | None = Field(
        default=None, description="The name's parenthetical, e.g. 'context-specific', 'Manager/Lead'."
    )
    nature: str | None = Field(
        default=None, description="Nature of the collaboration: the 'Nature:' line, else the unlabelled description."
    )
    escalation: str | None = Field(
        default=None, description="Text of the 'Escalation:' line: what is escalated with them."
    )
    details: list[StakeholderDetail] = Field(
        default_factory=list, description="Every line about the stakeholder in page order."
    )
    text: str = Field(description="The stakeholder's own line as on the page.")


class PeerRole(FieldsModel):
    """A peer role named in the enumeration of peer roles."""

    name: str
    note: str | None = Field(default=None, description="Trailing parenthetical, e.g. 'org-dependent'.")
    text: str = Field(description="The role as written in the enumeration.")


class Dependency(FieldsModel):
    """An upstream dependency or downstream consumer."""

    name: str = Field(description="The item without its trailing parenthetical.")
    note: str | None = Field(
        default=None, description="Trailing parenthetical (examples or a condition such as 'if used')."
    )
    sub_items: list[str] = Field(default_factory=list)
    text: str = Field(description="The item as on the page.")


class CollaborationMode(FieldsModel):
    """A line of the 'nature of collaboration' list ("Co-design: PM + Scientist define ...")."""

    label: str | None = Field(description="Label before the colon ('Co-design'); null when unlabelled.")
    text: str = Field(description="The text after the label.")


class Decider(FieldsModel):
    """Who makes a decision, and over what."""

    name: str = Field(description="Role or group that decides ('PM', 'product owners').")
    scope: str | None = Field(
        default=None,
        description="What they decide ('product tradeoffs'), or the condition an aside names ('for high risk').",
    )
    text: str = Field(description="The line or clause the decider was read from.")


class DecisionAuthority(FieldsModel):
    """Typical decision-making authority: the statement and who decides."""

    text: str = Field(description="The statement lines as on the page, joined by newlines.")
    deciders: list[Decider] = Field(default_factory=list, description="Who makes the final decisions, as named.")


class EscalationPoint(FieldsModel):
    """A situation to escalate, and to whom when the page says so."""

    trigger: str = Field(description="The situation that calls for escalation.")
    action: str | None = Field(
        default=None, description="What to do, as written after the arrow ('escalate to manager + data governance')."
    )
    escalate_to: list[str] = Field(default_factory=list, description="Roles or groups to escalate to.")
    text: str = Field(description="The item as on the page.")


class StakeholderGroup(FieldsModel):
    """A sub-heading this parser does not know, with its items."""

    heading: str
    items: list[Point] = Field(default_factory=list)


class Stakeholders(SectionFields):
    """Typed fields of the stakeholders section."""

    intro: list[str] = Field(
        default_factory=list,
        description=(
            "Paragraphs before the first sub-heading, then a stakeholder list's lead paragraph and quotations set"
            " among the lists (a pull quote)."
        ),
    )
    internal: list[Stakeholder] = Field(default_factory=list)
    internal_qualifier: str | None = Field(
        default=None, description="Parenthetical of the internal stakeholders heading."
    )
    external: list[Stakeholder] = Field(default_factory=list)
    external_qualifier: str | None = Field(
        default=None, description="Parenthetical of the external stakeholders heading, e.g. 'when applicable'."
    )
    peer_roles: list[PeerRole] = Field(default_factory=list)
    upstream: list[Dependency] = Field(default_factory=list, description="Upstream dependencies.")
    downstream: list[Dependency] = Field(default_factory=list, description="Downstream consumers.")
    nature_of_collaboration: list[CollaborationMode] = Field(default_factory=list)
    decision_making_authority: DecisionAuthority | None = None
    escalation_points: list[EscalationPoint] = Field(default_factory=list)
    other: list[StakeholderGroup] = Field(
        default_factory=list, description="Sub-sections with headings this parser does not know."
    )


# --------------------------------------------------------------------------
# Stakeholder lists
# --------------------------------------------------------------------------

_MAX_NAME_WORDS = 9
_SENTENCE_ENDS = (".", ";", "!", "?")
_PARENTHETICAL = re.compile(r"\([^()]*\)")


def looks_like_name(text: str) -> bool:
    """A stakeholder name line: short, capitalised, no closing full stop, not "Label: text"."""
    text = text.strip()
    bare = _PARENTHETICAL.sub("", text).strip()
    if not bare or text.endswith(_SENTENCE_ENDS) or split_label(text)[0] is not None:
        return False
    opens = bare[0].isupper() or bare[0].isdigit() or _opens_with_product(bare)
    return opens and len(bare.split()) <= _MAX_NAME_WORDS


def _opens_with_product(name: str) -> bool:
    """Whether a lower-case name opens with a product or platform written with an inner capital ("iOS Engineers",
    "macOS admins", "eBay partners"): its maker's spelling, a capital's match, not a description's first word."""
    return name[0].islower() and is_code_like_word(name.split(None, 1)[0])


def _detail(label: str | None, value: str) -> StakeholderDetail:
    kind = label_kind(label, _GROUP, StakeholderDetailKind.OTHER) if label else StakeholderDetailKind.DESCRIPTION
    if kind == StakeholderDetailKind.OTHER and label and label.lower().startswith(_CLAUSE_RANKS):
        kind = label_kind(label.split(None, 1)[1], _GROUP, kind)  # "first escalation" is an escalation
    return StakeholderDetail.__pydantic_validator__.validate_python(
        {"label": label or None, "kind": kind, "text": value}
    )


# A sentence end, a semicolon or a spaced dash before a word: where "Nature: ... . Escalation: ..."
# (or "nature: ...; escalation: ...", "nature: ... – escalation: ...") may open its next label.
# The semicolon and the dash separate the parts, the full stop ends the sentence before it.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])\s+|;\s+|\s+[–—-]\s+)(?=[A-Za-z])")


def _detail_label(text: str) -> tuple[str | None, str]:
    """(label as printed, value) of a line opening with a known detail label in any case, else (None, text).

    "nature: build partners" → ("nature", "build partners"); editors write the labels lower-case too.
    """
    stripped = text.strip()
    label, value = split_label(stripped[:1].upper() + stripped[1:])
    return (stripped[: len(label)], value) if label and label_key(label, _GROUP) else (None, stripped)


def _details(label: str | None, value: str) -> list[StakeholderDetail]:
    """The detail a label opens, split where a known label follows a sentence end or a spaced dash.

    "Nature: own requirements. Escalation: scope changes." → nature, escalation; an unknown
    label after a full stop ("... data. Note: ...") stays inside the text. Unlabelled text
    opening with a known label ("nature: ...") is that label's.
    """
    if ":" not in value:
        if ";" in value and (clauses := _clause_details(label, value)):
            return clauses
        return [_detail(label, value.strip())]  # most lines: no label to open a second detail, or to read here
    breaks = [m for m in _SENTENCE_BREAK.finditer(value) if _detail_label(value[m.end() :])[0]]
    starts = [0, *(m.end() for m in breaks)]
    pieces = [value[start:stop].strip() for start, stop in zip(starts, [*(m.start() for m in breaks), len(value)])]
    pieces = _without_line_stop(pieces)
    first = _detail_label(pieces[0]) if label is None else (label, pieces[0])
    return [_detail(*first), *(_detail(*_detail_label(piece)) for piece in pieces[1:])]


# "define needs, interview, decide; escalation on feedback delays": a clause after a ';' naming a detail by its
# word, no colon, then what it is about ("on ...", dropped) or when it applies ("when offers exceed band", kept).
# The detail word may head a noun ("escalation point for borrower complaints"): the two words are the label.
_CLAUSE_LABEL = re.compile(
    r"(?P<label>[A-Za-z]+(?:\s+(?:points?|contact)(?=\s+(?:on|about|over|for|when|if|whenever)\s))?)"
    r"\s+(?:(?:on|about|over|for)\s+)?(?P<text>\S.*)",
    re.IGNORECASE,
)
_CLAUSE_WORDS = ("on ", "about ", "over ", "for ", "when ", "if ", "whenever ")
_CLAUSE_HEADS = ("point ", "points ", "contact ")
# "oversight and delegation; escalate all safety concerns.": the line's last clause opening with the verb itself,
# then what is escalated, is the escalation detail as "escalation on ..." is ("escalates ...", the stakeholder's,
# too). Not whom or where it goes alone ("escalate to the PI", "escalate through the lead"): the text keeps it.
_ESCALATE_VERBS = ("escalate", "escalates")
_WHOM_WORDS = ("to ", "through ", "via ")
# A rank before the detail word: "...; first escalation for routine issues" (where the stakeholder stands on the
# escalation path); the clause is still that detail, its label keeps the rank.
_CLAUSE_RANKS = ("first ", "initial ", "final ", "last ")


def _about(rest: str) -> bool:
    """Whether the words after a clause's first open with what it is about or when it applies ("on freezes"),
    after a noun the first word heads ("point for complaints")."""
    rest = rest.lower()
    if rest.startswith(_CLAUSE_HEADS):
        rest = rest.split(None, 1)[-1]
    return rest.startswith(_CLAUSE_WORDS)


def _clause_details(label: str | None, value: str) -> list[StakeholderDetail]:
    """The details of a line whose ';' clauses after the first open with a known detail word and a preposition
    or condition ("...; escalation on freezes"), each such clause a detail (the clauses after it its text), or
    whose last clause escalates what follows the verb ("...; escalate dosing questions"); [] when none does."""
    parts: list[tuple[str | None, list[str]]] = [(label, [])]
    clauses = value.split(";")
    for n, clause in enumerate(clauses, 1):
        clause = clause.strip()
        rank = clause.split(None, 1)[0] + " " if clause.lower().startswith(_CLAUSE_RANKS) else ""
        words = clause[len(rank) :].split(None, 1)
        labelled = (
            parts[-1][1]
            and len(words) == 2
            and _about(words[1])
            and label_key(words[0], _GROUP)
            and _CLAUSE_LABEL.fullmatch(clause[len(rank) :])
        )
        if (
            not labelled
            and n == len(clauses)
            and parts[-1][1]
            and len(words) == 2
            and words[0].lower() in _ESCALATE_VERBS
            and not words[1].startswith(_WHOM_WORDS)
        ):
            parts.append((rank + words[0], [words[1]]))
        elif labelled:
            parts.append((rank + labelled["label"], [_escalated(labelled["label"], labelled["text"])[0]]))
        else:
            parts[-1][1].append(clause)
    if len(parts) == 1:
        return []
    values = _without_line_stop(["; ".join(texts) for _, texts in parts])
    return [_detail(part_label, value) for (part_label, _), value in zip(parts, values)]


_KEPT_STOPS = ("etc.", "e.g.", "i.e.", "Inc.", "Ltd.", "Co.")  # a full stop that is part of the last word


def _without_line_stop(clauses: list[str]) -> list[str]:
    """The clauses one line was cut into, less the line's closing full stop when the clauses before the last close
    on none: cut at a ';' or a spaced dash ("nature: priorities; escalation: disputed awards."), the stop ends the
    line, not the last clause, so every value closes alike. Clauses cut at full stops ("Nature: x. Escalation: y.")
    are sentences, each keeping its own; a lone clause is the line's whole description and keeps it too."""
    if (
        len(clauses) < 2
        or clauses[-2].endswith(".")
        or not clauses[-1].endswith(".")
        or clauses[-1].endswith(("..", *_KEPT_STOPS))
    ):
        return clauses
    return [*clauses[:-1], clauses[-1][:-1].rstrip()]


def _escalated(label: str, text: str) -> tuple[str, str | None]:
    """(what is escalated, where it goes) of an escalation clause naming both, "(escalation on) quality disputes goes
    to the Head of Applied Science" → ("quality disputes", "goes to the Head of Applied Science"): the verb agrees
    with "escalation", so the words before it are the trigger alone; (text, None) for any other clause."""
    if " to " not in text or label_key(label, _GROUP) != StakeholderDetailKind.ESCALATION:
        return text, None  # nearly every clause
    goes = _GOES_TO.search(text)
    if goes is None or not (trigger := text[: goes.start()].strip(" ,")):
        return text, None
    return trigger, text[goes.start() :].strip().rstrip(".")


def _clause_escalations(text: str) -> list[EscalationPoint]:
    """The escalation points a stakeholder's line states in a clause of its own: "...; escalation on quality
    disputes goes to the Head of Applied Science." → trigger "quality disputes", to "Head of Applied Science"."""
    if "scalat" not in text or ";" not in text:
        return []  # nearly every line
    points: list[EscalationPoint] = []
    for clause in split_top_level(text, ";")[1:]:
        words = clause.split(None, 1)
        if len(words) < 2 or not _about(words[1]):
            continue  # as _clause_details reads a detail's clause: its word, then what it is about
        labelled = _CLAUSE_LABEL.fullmatch(clause.strip())
        if labelled and (escalated := _escalated(labelled["label"], labelled["text"]))[1]:
            trigger, action = escalated
            targets = [LEADING_ARTICLE.sub("", name) for name in escalation_targets(action or "")]
            points.append(EscalationPoint(trigger=trigger, action=action, escalate_to=targets, text=clause.strip()))
    return points


def _node_details(node: Node) -> list[StakeholderDetail]:
    """Details of a line (inline labelled segments included) and of the lines nested under it."""
    return [detail for label, value in node_labelled_parts(node) for detail in _details(label, value)]


def _named_description(text: str) -> tuple[str, str] | None:
    """(name, description) of "Product Manager – defines outcomes", else None."""
    title, detail = split_title_detail(text)
    return (title, detail) if detail and looks_like_name(title) else None


# A comma after a short name opening how the role deals with it: "Customers, indirectly via Support tickets".
_NATURE_ASIDE = re.compile(
    r",\s+(?=(?:(?:in)?directly|mainly|mostly|primarily|chiefly|largely|usually|typically|often|occasionally"
    r"|sometimes|only|via|through)\s)"
)


def _named_aside(text: str) -> tuple[str, str] | None:
    """(name, nature) of "Customers, indirectly via Support tickets", as "Name – nature" is; None when the first
    comma opens no such aside ("Customers, partners, and vendors")."""
    comma = text.find(",")
    aside = _NATURE_ASIDE.match(text, comma) if comma > 0 else None
    if aside is None or paren_depth(text, comma):
        return None
    name = text[: aside.start()].strip()
    return (name, text[aside.end() :].strip()) if looks_like_name(name) else None


def _bracketed_label(text: str) -> tuple[str | None, str]:
    """("Name (note)", value) of a line whose name's brackets hold commas before the colon, which split_label
    takes for no label: "Software vendors (SAP, Salesforce): product roadmap" → the name with its bracket, the
    value; (None, text) for any other line."""
    if ")" not in text:
        return None, text  # nearly every line: no bracket closes before a colon
    close = text.find("): ")
    name = text[: close + 1].strip()
    if close < 0 or paren_depth(text, close + 1) or not looks_like_name(name):
        return None, text
    return name, text[close + 3 :].strip()


# A piece of a listed name: a few words, none of which opens a clause ("Works with finance, legal and HR" is a
# sentence's subject and its objects, not three kinds of stakeholder).
_LISTED_NAME_WORDS = 3
_CLAUSE_OPENERS = frozenset(("with", "to", "for", "on", "by", "from", "as", "is", "are", "who", "that", "when"))


def _listed_label(text: str) -> tuple[str | None, str]:
    """("A, B, and C", value) of a line naming several kinds of stakeholder before its colon, which split_label
    takes for no label (its labels hold no comma): "Clergy, celebrants, and cemeteries: service partners" → the
    names, the nature; (None, text) for any other line. Each comma piece is a short noun phrase, the whole a
    name (capitalised, a few words, no sentence end)."""
    if ", " not in text or ": " not in text:
        return None, text  # nearly every line: no comma before a colon to read
    parts = split_at_colon(text, max_words=_MAX_NAME_WORDS)
    if parts is None or "," not in parts[0] or not looks_like_name(parts[0]):
        return None, text
    pieces = split_enumeration(parts[0], ",")
    if len(pieces) < 2 or not all(
        0 < len(words := piece.split()) <= _LISTED_NAME_WORDS and _CLAUSE_OPENERS.isdisjoint(map(str.lower, words))
        for piece in pieces
    ):
        return None, text
    return parts


def _name_label(text: str) -> tuple[str | None, str]:
    """split_label of a stakeholder's line, its name's brackets allowed to hold commas, and its name a list of
    kinds ("Clergy, celebrants, and cemeteries: service partners")."""
    label, value = split_label(text)
    if label is not None:
        return label, value
    label, value = _bracketed_label(text)
    return (label, value) if label is not None else _listed_label(text)


def _head(text: str) -> tuple[str, list[StakeholderDetail]]:
    """(name line, inline details) of a stakeholder's own line."""
    head, segments = labelled_segments(text)
    inline = [detail for label, value in segments for detail in _details(label or None, value)]
    label, value = _name_label(head)
    if label and not label_key(label, _GROUP):
        return label, [*_details(None, value), *inline]  # "Product Manager (PM): defines outcomes"
    named = _named_description(head)
    if named:
        return named[0], [*_details(None, named[1]), *inline]  # "Product Manager – defines outcomes"
    if "," in head and (aside := _named_aside(head)):
        return aside[0], [*_details(None, aside[1]), *inline]  # "Customers, indirectly via Support tickets"
    return head, inline


# A stakeholder's line, read once by _head (its name line and inline details), and the detail lines after it.
_Owner = tuple[Block, tuple[str, list[StakeholderDetail]], list[StakeholderDetail]]


def _stakeholder(owner: _Owner) -> Stakeholder:
    block, (name_line, inline), details = owner
    return _named_stakeholder(name_line, inline + details, block.text)


def _named_stakeholder(name_line: str, details: list[StakeholderDetail], text: str) -> Stakeholder:
    """A stakeholder from its name (with its parenthetical), its details and its text as on the page."""
    name, note = split_note(name_line)
    first = first_by_kind(details)
    nature = first.get(StakeholderDetailKind.NATURE) or first.get(StakeholderDetailKind.DESCRIPTION)
    return Stakeholder.__pydantic_validator__.validate_python(
        {
            "name": name,
            "note": note,
            "nature": nature,
            "escalation": first.get(StakeholderDetailKind.ESCALATION),
            "details": details,
            "text": text,
        }
    )


_TableRow = tuple[str, list[tuple[str | None, str]], str]


def _table_rows(table: Block, name_column: int = 0) -> list[_TableRow]:
    """(name cell, (column name, cell) of every other filled cell, the row as on the page) of each named row."""
    header = [cell.strip() for cell in table.header or []]
    rows: list[_TableRow] = []
    for row in table.rows or []:
        cells = [cell.strip() for cell in row]
        name = cells[name_column] if name_column < len(cells) else ""
        if name:
            others = [
                (header[k] if k < len(header) and header[k] else None, cell)
                for k, cell in enumerate(cells)
                if k != name_column and cell
            ]
            rows.append((name, others, " | ".join(cells)))
    return rows


def _table_stakeholders(table: Block) -> list[Stakeholder]:
    """One stakeholder a row of "| Stakeholder | Nature of collaboration | Escalation |", columns in any order.

    A column named like a detail label ("Nature of collaboration", "Escalation", "Cadence") is that detail;
    the name is the first column no label names ("Stakeholder", "Team"), else the first; any other column
    is a detail labelled by its header (kind 'other').
    """
    kinds = [label_key(cell, _GROUP) for cell in table.header or []]
    name_column = kinds.index(None) if None in kinds else 0
    return [
        _named_stakeholder(name, [_detail(label, cell) for label, cell in others], text)
        for name, others, text in _table_rows(table, name_column)
    ]


def _describes(heads: list[_Owner], text: str) -> bool:
    """Whether an unlabelled line describes the stakeholder before it (the last of heads) rather than naming the
    next one.

    Only a bare name line takes the lines after it (seed 004: "ML Engineers" then "Translate model
    prototypes ..."); a stakeholder written whole on one line ("CISO — sets risk appetite.", "External
    auditors and penetration testing firms.") is followed by the next stakeholder. Once the bare name has
    a line, a "Name – description" line after it names the next one. In a plain list of names, where an
    earlier name took no line before the next name came, a long line with no sentence end is one more name
    ("Board members and, in some companies, investors during due diligence"), not a description.
    """
    block, (_, inline), details = heads[-1]
    if block.text.rstrip().endswith(_SENTENCE_ENDS) or inline:
        return False
    if not text.rstrip().endswith(_SENTENCE_ENDS) and any(not d and not i for _, (_, i), d in heads[:-1]):
        return False
    return not (details and _named_description(text))


def stakeholder_list(blocks: list[Block]) -> list[Stakeholder]:
    """Pair each stakeholder name with the lines that follow it (nested or at the same depth); a table gives one
    a row."""
    out: list[Stakeholder] = []
    heads: list[_Owner] = []
    for node in item_tree(blocks):
        if node.block.kind is BlockKind.TABLE:
            out += [_stakeholder(owner) for owner in heads] + _table_stakeholders(node.block)
            heads = []
            continue
        label, _ = split_label(node.text)
        if heads and label_key(label, _GROUP):
            heads[-1][2].extend(_node_details(node))
            continue
        name, _ = _name_label(node.text) if label is None else (label, "")
        starts_new = looks_like_name(node.text) or bool(name and looks_like_name(name))  # "Name: description"
        if heads and not starts_new and not node.children and _describes(heads, node.text):
            heads[-1][2].extend(_node_details(node))  # the unlabelled description of the name before it
            continue
        details: list[StakeholderDetail] = []
        for child in node.children:
            details += _node_details(child)
        heads.append((node.block, _head(node.block.text), details))
    return out + [_stakeholder(owner) for owner in heads]


# --------------------------------------------------------------------------
# Other sub-sections
# --------------------------------------------------------------------------


def _enumerated(pieces: list[str]) -> list[tuple[str, str | None, str]]:
    """(name, note, piece) of each piece of an enumeration: "Data Analyst (org-dependent)" → name, note."""
    return [(name, note, piece) for piece in pieces for name, note in [split_note(piece)] if name]


def peer_roles(texts: list[str]) -> list[PeerRole]:
    """Split each peer-roles line's enumeration into role names."""
    return [
        PeerRole(name=name, note=note, text=piece)
        for text in texts
        for name, note, piece in _enumerated(_peer_pieces(text))
    ]


# A spaced en or em dash between a dash-separated list's items ("A, SRE – A, Cloud – B").
_DASH_SEPARATOR = re.compile(r"\s+[–—]\s+")
_MIN_DASH_ITEMS = 3  # one dash is "Role – what they share", not a list


def _peer_pieces(text: str) -> list[str]:
    """The roles of a peer-roles line: "Engineering Manager, SRE; Engineering Manager, Cloud Infrastructure" →
    two roles. Semicolons (or two or more spaced dashes) between items whose own commas hold a role's ', <Team>'
    qualifier are the list's separators; in a comma list, a role written again and again takes the qualifier after
    it each time."""
    if "–" in text or "—" in text:  # rare: a dash-separated list, seed 004's inline form
        by_dash = [piece.strip(" .") for piece in _DASH_SEPARATOR.split(text)]
        if len(by_dash) >= _MIN_DASH_ITEMS and all(by_dash):
            return by_dash
    if ";" in text:  # rare: most lines are plain comma lists
        by_semicolon = split_enumeration(text, ";")
        if len(by_semicolon) > 1 and any("," in piece for piece in by_semicolon):
            return by_semicolon
    pieces = split_enumeration(text)
    if len(pieces) == 2 and _team_qualified(*pieces):
        return [text.strip(" .")]  # one role and its team: "Engineering Manager, API Gateway (runtime, ...)"
    return _qualified_roles(pieces)


def _team_qualified(title: str, qualifier: str) -> bool:
    """Whether "<title>, <qualifier>" is one role named for its team or area ("Engineering Manager, API Gateway",
    "Associate Director, Clinical Supply Chain"): a role, then a capitalised name with no role noun of its own
    ("Data Engineers, Analytics Engineers" is two roles)."""
    qualifier = (split_note(qualifier.strip())[0] or "").strip()
    return qualifier[:1].isupper() and names_a_role(title) and not names_a_role(qualifier)


def _qualified_roles(pieces: list[str]) -> list[str]:
    """Each piece repeated in the list ("Engineering Manager, SRE, Engineering Manager, Cloud Infrastructure")
    joined to the qualifier after it: a role named twice in one list is named for its teams."""
    if len(pieces) == len(set(pieces)):
        return pieces  # most lists: no role named twice
    out: list[str] = []
    for piece in pieces:
        if out and out[-1] in pieces and pieces.count(out[-1]) > 1 and pieces.count(piece) == 1:
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


_MIN_COMMA_ITEMS = 3


def _inline_list(text: str) -> list[str]:
    """The items of a list written on one line: split at semicolons, else at commas when there are 3 or more.

    A two-part comma line is more often one item ("Availability of clean, governed text data.").
    """
    pieces = split_enumeration(text, ";")
    if len(pieces) == 1:
        by_comma = split_enumeration(text, ",")
        pieces = by_comma if len(by_comma) >= _MIN_COMMA_ITEMS else pieces
    return pieces


_STAKEHOLDER_NAME_WORDS = 6  # a team's name is short; a longer piece is a clause of a sentence


def _inline_stakeholders(blocks: list[Block]) -> list[Stakeholder]:
    """The stakeholders a labelled line lists after its colon ("<b>Internal stakeholders:</b> flight crews,
    Maintenance Control, Crew Scheduling"), or a lone item between its semicolons ("Acquirers (fraud reports);
    vendors (tuning, support); law enforcement (through Legal only)"), a name and its note each; [] for any other
    blocks (a list, a sentence, one name, a name and its description: "Vendors – tuning; escalation via Legal")."""
    if len(blocks) != 1:
        return []
    block = blocks[0]
    if block.kind is BlockKind.PARAGRAPH:
        names = _inline_list(block.text)
    elif block.kind is BlockKind.LIST_ITEM and ";" in block.text:
        # A lone item's commas stay: "Testing laboratories, payers, patient advocacy groups" may be one kind.
        names = split_enumeration(block.text, ";")
    else:
        return []
    by_semicolon = ";" in block.text and ";" not in "".join(names)  # split at them, not at commas
    if len(names) < 2 or not all(_inline_name(name, by_semicolon) for name in names):
        return []
    return [_named_stakeholder(name, [], name) for name in names]


def _inline_name(piece: str, by_semicolon: bool) -> bool:
    """A piece of a one-line list that names a stakeholder: a few words. Between semicolons, a piece's note is
    apart from its name (the bracket says what the work with them is, not who they are), and a piece describing
    its name ("Product Manager – priorities; escalation for scope") makes the line one stakeholder's; a comma
    piece long with its note may be a clause of a sentence."""
    if not by_semicolon:
        return len(piece.split()) <= _STAKEHOLDER_NAME_WORDS
    return len(split_note(piece)[0].split()) <= _STAKEHOLDER_NAME_WORDS and not _head(piece)[1]


def _names_dependency(piece: str) -> bool:
    """Whether a comma piece of a one-line list names a dependency: a few words, its note aside. Commas may join a
    sentence's subjects ("Data management, biostatistics, and submission teams rely on the site's data."), its
    last piece then too long for a name: the line is one item."""
    return len(split_note(piece)[0].split()) <= _STAKEHOLDER_NAME_WORDS


def _dependencies(nodes: list[Node]) -> list[Dependency]:
    """One dependency per item; a sub-section holding one plain item is a list written on one line."""
    if len(nodes) == 1 and not nodes[0].children:
        pieces = _inline_list(nodes[0].text)
        if len(pieces) > 1 and (";" in nodes[0].text or all(map(_names_dependency, pieces))):
            return [Dependency(name=name, note=note, text=piece) for name, note, piece in _enumerated(pieces)]
    out: list[Dependency] = []
    for node in nodes:
        name, note = split_note(node.text)
        out.append(Dependency(name=name, note=note, sub_items=node.descendants(), text=node.text))
    return out


def _row_peer(name_cell: str, _: list[tuple[str | None, str]], text: str) -> PeerRole:
    """A peer role from a table row; its other cells stay in its text, as on the page."""
    name, note = split_note(name_cell)
    return PeerRole(name=name, note=note, text=text)


def _row_dependency(name_cell: str, others: list[tuple[str | None, str]], text: str) -> Dependency:
    """A dependency from a table row: its other cells sub-items labelled by their column ("Owner: WFM")."""
    name, note = split_note(name_cell)
    sub_items = [f"{label}: {cell}" if label else cell for label, cell in others]
    return Dependency(name=name, note=note, sub_items=sub_items, text=text)


_CLAUSE = re.compile(r"\s*;\s*")
_JOINERS = re.compile(r"\s*,\s*(?:and\s+(?!then\b))?|\s+(?:\+|&|and)\s+")
_LEADING_JOIN = re.compile(r"^(?:and|but|while|whereas|then)\s+", re.IGNORECASE)


def _names(text: str) -> list[str]:
    return [n.strip(" .,:") for n in _JOINERS.split(text) if n.strip(" .,:")]


_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)
_BARE_AND = re.compile(r"(?<!,)\s+and\s+", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 4  # "the PV manager", "Finance", "senior medical reviewers": a decider is a few words


def _names_decider(text: str) -> bool:
    return bool(find_terms(text, "decided_by") or find_terms(text, "decider_verbs"))


def _and_clauses(clause: str) -> list[str]:
    """A clause cut again at an "and" without a comma when a decider and its deciding verb follow it.

    "medical reviewers own causality and the PV manager owns reporting strategy" → two clauses;
    "the specialist decides on case validity and coding" and "Engineering and Finance approve spend" stay one:
    what follows the "and" is no subject and verb of its own, or what precedes it decides nothing.
    """
    if " and " not in clause:
        return [clause]  # most clauses: no bare "and" to cut at
    parts: list[str] = []
    start = 0
    for join in _BARE_AND.finditer(clause):
        verbs = find_terms(clause[join.end() :], "decider_verbs")
        subject = clause[join.end() : join.end() + verbs[0][1]].strip() if verbs else ""
        if (
            subject
            and len(subject.split()) <= _MAX_SUBJECT_WORDS
            and not subject.endswith(("'s", "’s"))  # "and Engineering's own roadmap": "own" the adjective
            and _co_decider(subject)
            and _names_decider(clause[start : join.start()])
        ):
            parts.append(clause[start : join.start()])
            start = join.end()
    parts.append(clause[start:])
    return parts


def _decision_clauses(text: str) -> list[str]:
    """The clauses of a statement: its ';' parts, each cut again at ", and ..." where a part names its own decider
    (and at a bare "and" that opens one: _and_clauses); not where the deciding verb follows it straight, its subject
    the part's before ("X prepares returns, and signs off on filings").

    "the business leader decides on org matters, and HR leadership decides on policy exceptions" → two clauses;
    "the PM decides scope, timing and budget, and the launch date" stays one.
    """
    clauses: list[str] = []
    for clause in (part for sentence in _sentences(text.strip()) for part in _CLAUSE.split(sentence)):
        start = 0
        for join in _CLAUSE_JOIN.finditer(clause):
            if _names_decider(clause[join.end() :]) and not _opens_with_verb(clause[join.end() :]):
                clauses.append(clause[start : join.start()])
                start = join.end()
        clauses.append(clause[start:])
    return [part for piece in clauses for part in _and_clauses(piece)]


def _sentences(text: str) -> list[str]:
    """A statement's sentences, so a decider's scope ends with its own."""
    return SENTENCE_GAP.split(text) if ". " in text else [text]  # most statements: one sentence


def _opens_with_verb(part: str) -> bool:
    """Whether a part after ", and" is a verb phrase sharing the subject before it ("..., and signs off on X")."""
    verbs = find_terms(part, "decider_verbs")
    return bool(verbs) and verbs[0][1] == 0


@lru_cache(maxsize=1)
def _passive_decision() -> Matcher:
    """The passive "X is decided (jointly) with Y" / "X is made jointly by Y": Y decides X.

    The participles are those of the "decided_by" vocabulary ("made", "signed off"); an adverb may stand on
    either side of them, which the vocabulary phrases ("decided by") do not allow.
    """
    adverb = {"LOWER": {"REGEX": r"^(?:\w+ly|together|also)$"}, "OP": "?"}
    be = {"LOWER": {"IN": ["is", "are", "was", "were", "be", "been", "gets", "get"]}, "OP": "?"}
    by_or_with = {"LOWER": {"IN": ["by", "with"]}}
    matcher = Matcher(nlp().vocab)
    for phrase in load_vocab(SKILLS_TO_DECISIONS)["decided_by"]:
        participle = [{"LOWER": token.lower_} for token in nlp().make_doc(phrase)[:-1]]
        matcher.add("PASSIVE_DECISION", [[be, adverb, *participle, adverb, by_or_with]])
    return matcher


# An aside set off by commas right after the "and"/"or" joining two deciders: "the Manager and, for high risk,
# the CISO". A few words: a longer run between commas is more of the enumeration.
_ASIDE_AFTER_JOIN = re.compile(r"\s+(?:and|or),\s+([^,;()]+?),\s+(?=\S)", re.IGNORECASE)
_MAX_ASIDE_WORDS = 8


def _aside_parts(names: str) -> list[tuple[str, str | None]]:
    """The names cut at each aside after their joining "and"/"or", each part with the aside that opens it (its
    condition): "the Manager and, for high risk, the CISO" → [("the Manager", None), ("the CISO", "for high risk")].

    Read as plain commas, the aside was a decider of its own and the "and" was left on the name before it.
    """
    if ", " not in names:
        return [(names, None)]  # most enumerations: no aside to look for
    parts: list[tuple[str, str | None]] = []
    start, aside = 0, None
    for join in _ASIDE_AFTER_JOIN.finditer(names):
        if len(join.group(1).split()) <= _MAX_ASIDE_WORDS:
            parts.append((names[start : join.start()], aside))
            start, aside = join.end(), join.group(1).strip()
    parts.append((names[start:], aside))
    return parts


def _with_condition(scope: str | None, condition: str | None) -> str | None:
    """What a decider decides, and the condition an aside puts on it: "exceptions, for high risk"."""
    return f"{scope}, {condition}" if scope and condition else scope or condition


def _named_after(after: str, clause: str, scope: str | None = None) -> list[Decider]:
    """The deciders listed after "made by": "the PM (scope), the tech lead" → one each, a note their scope;
    an aside before a name its condition ("the Manager and, for high risk, the CISO")."""
    found: list[Decider] = []
    for part, condition in _aside_parts(after):
        for piece in split_enumeration(part):
            for name in _names(piece) if "(" not in piece else [piece]:
                who, note = split_note(name)
                found.append(Decider(name=who, scope=_with_condition(scope or note, condition), text=clause))
    return found


_ARTICLE = re.compile(r"^(?:the|a|an|our)\s+", re.IGNORECASE)


def _co_decider(name: str) -> bool:
    """Whether who a decision is taken "with" decides: "Sales leadership", "the PM", "product owners";
    not what it is taken with ("input from Security", "data")."""
    name = _ARTICLE.sub("", name)
    return name[:1].isupper() or names_a_role(name) or names_a_team(name)


def _passive_decider(clause: str) -> list[Decider] | None:
    """The deciders of "X is decided jointly with Y" (or "... jointly by Y"): Y, scope X; None if not passive.

    Taken with what decides nothing ("Scope is decided with input from Security"), it names no decider.
    """
    if " with " not in clause and " by " not in clause:
        return None
    # Longest match: the one taking the "is" and the adverbs around the participle.
    passive = max(_passive_decision()(nlp().make_doc(clause), as_spans=True), key=len, default=None)
    # "The EM owns staffing decisions made with HR": the active verb before it names the decider.
    if passive is None or find_terms(clause[: passive.start_char], "decider_verbs"):
        return None
    scope = _LEADING_JOIN.sub("", clause[: passive.start_char].strip()) or None
    deciders = _named_after(clause[passive.end_char :].strip(" :"), clause, scope)
    if passive[-1].lower_ == "with" and not all(_co_decider(d.name) for d in deciders):
        return []
    return deciders


# The words before a deciding verb that end coordinating it with another verb phrase: "... recommends positions and".
_VERB_PHRASE_JOIN = re.compile(r"(?:^|,?\s+)(?:and|or)$", re.IGNORECASE)


def _shared_subject(subject: str) -> tuple[str, str] | None:
    """The decider of verb phrases coordinated before the deciding verb, and the phrases before it:
    "The Tax Manager recommends positions and" (signs off on ...) → ("The Tax Manager", "recommends positions and").

    The decider is the longest opening that names a role or team, else the longest one in capitals ("The PM");
    None when the words end in no "and"/"or" ("Engineering and Finance" approve) or open with no such name.
    """
    if not _VERB_PHRASE_JOIN.search(subject):
        return None
    words = subject.split()
    openings = [(" ".join(words[:end]), " ".join(words[end:])) for end in range(len(words) - 2, 0, -1)]
    bare = [_ARTICLE.sub("", name) for name, _ in openings]
    for accepts in (lambda name: names_a_role(name) or names_a_team(name), _capitalised):
        found = next((opening for opening, name in zip(openings, bare, strict=True) if name and accepts(name)), None)
        if found is not None:
            return found
    return None


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() for word in name.split())


# The passives whose subject is what the decider owns or decides, as the active verb's object would be:
# "engineering approach is owned by engineering"; so is the subject of where a decision rests ("final go/no-go rests
# with ...", "brand decisions stay with ..."). "Final calls are made by ..." names the decisions themselves.
_OWNING_PASSIVES = ("owned", "decided", "rest", "lie", "sit", "resid", "stay", "remain")
_BE = re.compile(r"\s+(?:is|are|was|were|be|been)$", re.IGNORECASE)


def _owned_subject(clause: str, by: tuple[str, int, int]) -> str | None:
    """What a clause "X is owned (decided) by Y" or "X rests with Y" says Y owns: X; None for the other passives,
    with nothing before the verb, or with an active verb there naming its own decider ("The EM owns staffing
    decisions owned by ...")."""
    if not clause[by[1] :].lower().startswith(_OWNING_PASSIVES):
        return None
    subject = _BE.sub("", _LEADING_JOIN.sub("", clause[: by[1]].strip()))
    return subject if subject and not find_terms(subject, "decider_verbs") else None


# A second verb joined to the deciding one, its object shared or unsaid: "decides and signs", "approves or rejects".
_JOINED_VERB = re.compile(r"(?:and|or)\s", re.IGNORECASE)
# "decides on X", "has final authority over X": the preposition is the verb's, no part of what is decided.
_SCOPE_PREPOSITION = re.compile(r"^(?:on|upon|over)\s+(?!behalf\b)(?=\S)", re.IGNORECASE)
# A modal verb, or a negation, closing the words before a deciding verb.
_MODAL = re.compile(r"(?:^|\s+)(?:can|may|might|must|should|shall|will|would|could)$", re.IGNORECASE)
_NEGATION = re.compile(r"(?:^|\s)(?:cannot|can[’']t|not|never)$", re.IGNORECASE)


# Deciders each over a scope of their own after one resting verb: "sit with the PM for guidance, with Sales for
# deal exceptions, and with the council for list prices".
_WITH_AGAIN = re.compile(r",\s+(?:and\s+)?with\s+(?=\S)", re.IGNORECASE)
_FOR_SCOPE = re.compile(r"\s+for\s+(?=\S)", re.IGNORECASE)


def _scoped_groups(after: str, clause: str, scope: str | None) -> list[Decider]:
    """The deciders after "made by" / "rests with"; a "with" repeated after a comma opens another group, its
    "for ..." its scope, not part of a name."""
    if ", " not in after or not _WITH_AGAIN.search(after):
        return _named_after(after, clause, scope)  # most statements: one group of deciders
    found: list[Decider] = []
    for group in _WITH_AGAIN.split(after):
        who, *what = _FOR_SCOPE.split(group, maxsplit=1)
        found += _named_after(who, clause, what[0].strip() if what else scope)
    return found


# "X require(s) Y approval" / "X need(s) approval from Y": Y decides X, named by the approval it gives, not by a verb.
_REQUIRED_APPROVAL = re.compile(
    r"(?P<scope>\S.*?)\s+(?:require|requires|need|needs)\s+(?:"
    r"(?P<who>\S.*?)(?:'s|’s)?\s+(?:approval|sign-off|signoff|sign off)"
    r"|(?:approval|sign-off|signoff|sign off)\s+(?:from|by)\s+(?P<after>\S.*))",
    re.IGNORECASE,
)


def _required_approval(clause: str) -> list[Decider] | None:
    """The deciders of "product commitments require Product approval" (or "... need sign-off from the CFO"): who
    gives the approval, scope what needs it; None for any other clause, or one whose approver names no one."""
    if "approv" not in clause and "sign" not in clause:
        return None  # most clauses: no approval to require
    match = _REQUIRED_APPROVAL.fullmatch(clause)
    if match is None:
        return None
    who = match["who"] or match["after"]
    scope = _LEADING_JOIN.sub("", match["scope"]).strip() or None
    deciders = _named_after(who.strip(" :"), clause, scope)
    return deciders if deciders and all(_co_decider(d.name) for d in deciders) else None


def deciders_in(text: str) -> list[Decider]:
    """Deciders named inline: "X and Y decide Z", "... made by X, Y" or "Z is decided jointly with X".

    "seniors and product owners decide final trade-offs" →
    seniors, product owners (scope "final trade-offs").
    """
    found: list[Decider] = []
    for clause in _decision_clauses(text):
        clause = clause.strip().rstrip(".")
        by = find_terms(clause, "decided_by")
        if by:
            found += _scoped_groups(clause[by[0][2] :].strip(" :"), clause, _owned_subject(clause, by[0]))
            continue
        passive = _passive_decider(clause)
        if passive is not None:
            found += passive
            continue
        required = _required_approval(clause)
        if required is not None:
            found += required
            continue
        verbs = _deciding_verbs(clause)
        if verbs:
            subject = _LEADING_JOIN.sub("", clause[: verbs[0][1]].strip())
            if _NEGATION.search(subject):
                continue  # "cannot approve changes": what the role may not decide names no decider
            subject = _MODAL.sub("", subject)  # "Can decide ...": the modal is no decider, "The PM can" is the PM
            if _opens_with_own_verb(subject, clause[verbs[0][1] : verbs[0][2]]):
                continue  # "Recommends designs and owns ...": the role's own verbs, its decider unsaid
            # "decides on X", "signs off on X": the verb's preposition is no part of what is decided
            scope = _SCOPE_PREPOSITION.sub("", clause[verbs[0][2] :].strip()) or None
            if scope is None and clause.startswith("give", verbs[0][1]):  # "gives final clearance": what is given
                scope = clause[verbs[0][1] : verbs[0][2]].split(None, 1)[1]
            if scope and _JOINED_VERB.match(scope):  # "decides and signs": the verbs together are what they do
                scope = clause[verbs[0][1] :].strip()
            shared = _shared_subject(subject)
            if shared is not None:  # what the decider does first is part of what they decide
                subject, scope = shared[0], f"{shared[1]} {clause[verbs[0][1] :].strip()}"
            parts = _aside_parts(subject)
            if subject and sum(len(part.split()) for part, _ in parts) <= 8:
                found += [
                    Decider(name=name, scope=_with_condition(scope, condition), text=clause)
                    for part, condition in parts
                    for name in _shared_role_nouns(_names(part))
                ]
    return [_without_article(decider) for decider in found]


# The word before an "own" that makes it the adjective, not the deciding verb: a preposition or a possessive ("stops
# work on own authority", "at their own discretion"). "own" is the one deciding verb that is also an adjective.
_OWN_ADJECTIVE_BEFORE = re.compile(r"\b(?:on|at|in|of|by|under|with|within|their|its|his|her|our|my|your)\s+$", re.I)


def _deciding_verbs(clause: str) -> tuple[tuple[str, int, int], ...]:
    """The deciding verbs of a clause, an "own" after a preposition or possessive dropped: "Stops work for safety or
    weather on own authority" names the role's own authority, no one who owns it."""
    verbs = find_terms(clause, "decider_verbs")
    if not any(clause[start:end].lower() == "own" for _, start, end in verbs):
        return verbs  # most clauses: no bare "own"
    return tuple(
        verb
        for verb in verbs
        if not (clause[verb[1] : verb[2]].lower() == "own" and _OWN_ADJECTIVE_BEFORE.search(clause[: verb[1]]))
    )


def _without_article(decider: Decider) -> Decider:
    """The decider named as a role is, without its leading article ("the autonomy lead" → "autonomy lead"), as the
    reporting line names its managers: the article is the sentence's, no part of the name."""
    name = LEADING_ARTICLE.sub("", decider.name, count=1)
    return decider if name == decider.name else decider.model_copy(update={"name": name})


def _opens_with_own_verb(subject: str, verb: str) -> bool:
    """Whether the words before a deciding verb are a verb phrase the role itself opens the sentence with, its
    subject left unsaid: "Recommends designs and" (owns ...). Its first word is a capitalised verb in -s, as the
    deciding verb is (a plural subject takes "own", not "owns": "Partners review and approve"), and names no role
    or team ("Operations reviews and approves" is a team's)."""
    if not verb.endswith("s") or not _VERB_PHRASE_JOIN.search(subject):
        return False
    first = subject.split(None, 1)[0]
    return (
        first[:1].isupper()
        and first[1:].islower()
        and first.endswith("s")
        and not first.endswith("ss")
        and not (names_a_role(first) or names_a_team(first))
    )


def _shared_role_nouns(names: list[str]) -> list[str]:
    """The role noun closing a list shared by the lone modifiers before it: "product and engineering leaders" →
    "product leaders", "engineering leaders". A lone lower-case word that is no role, nor a plural that names no
    function ("seniors and product owners"), names no one alone; a capitalised one may be a team of its own
    ("Finance and HR leads")."""
    shared = list(names)
    for k in range(len(shared) - 2, -1, -1):
        modifier, after = shared[k], shared[k + 1]
        if " " in after and _lone_modifier(modifier) and not LEADING_ARTICLE.match(after) and ends_with_role(after):
            shared[k] = f"{modifier} {after.rsplit(None, 1)[1]}"
    return shared


def _lone_modifier(name: str) -> bool:
    """Whether a name is one lower-case word that names no one alone: no role noun, no plural but a function's
    ("sales", "operations")."""
    if not (name.isalpha() and name.islower()) or ends_with_role(name):
        return False
    return not name.endswith("s") or names_a_team(name)


# A lead naming what is decided, not who decides: "final decisions on:", "final say over:". The items below it
# are "<area> (<decider>)", the reverse of "made by:"'s "<decider> (<area>)".
_AREAS_LEAD = re.compile(r"\s(?:on|over)\s*:$", re.IGNORECASE)


def _nested_decider(text: str, areas_first: bool) -> Decider:
    """One item of the list under the authority statement: "Engineering owners (workload changes)" names the
    decider first; under an areas lead "change approval (CAB)." names the area first (its closing stop dropped)."""
    if not areas_first:
        who, scope = split_note(text)
        return _without_article(Decider(name=who, scope=scope, text=text))
    text = text.removesuffix(".")
    area, who = split_note(text)
    return _without_article(Decider(name=who, scope=area, text=text) if who else Decider(name=area, text=text))


def decision_authority(nodes: list[Node]) -> DecisionAuthority:
    """The authority statement; who decides from its nested list or its wording."""
    deciders: list[Decider] = []
    for node in nodes:
        if node.children:
            areas_first = _AREAS_LEAD.search(node.text.rstrip()) is not None
            for text in node.sub_items():  # "Engineering owners (workload changes),": without the joining comma
                deciders.append(_nested_decider(text, areas_first))
        else:
            deciders += deciders_in(node.text)
    return DecisionAuthority(text="\n".join(node.text for node in nodes), deciders=deciders)


_ARROW = re.compile(r"\s*(?:→|->|=>|⇒)\s*")


@lru_cache(maxsize=1)
def _adverbs() -> tuple[str, ...]:
    adverbs = load_vocab(SKILLS_TO_DECISIONS)["trailing_adverbs"]
    return tuple(sorted((normalise_label(a) for a in adverbs), key=len, reverse=True))


def _strip_adverbs(text: str) -> str:
    """Drop trailing adverbs: "Responsible AI/Security immediately" → "Responsible AI/Security"."""
    changed = True
    while changed:
        changed = False
        for adverb in _adverbs():
            if text.lower().endswith(" " + adverb):
                text = text[: -len(adverb) - 1].rstrip(" ,")
                changed = True
    return text


@lru_cache(maxsize=1)
def _action_verbs() -> frozenset[str]:
    """First words of the verbs an escalation action opens with ('pause the rollout', 'escalate for review')."""
    vocab = load_vocab(SKILLS_TO_DECISIONS)
    return frozenset(phrase.split()[0].lower() for phrase in [*vocab["action_verbs"], *vocab["escalate_to"]])


# A condition ends the target list ("escalate to X when ..."), as does a new clause or sentence, or a relative
# clause after a comma, which says what the target does ("escalate to the dentist, who follows ...").
_CONDITION = re.compile(r"[.;]|,?\s+(?:when|if|for|once|before|after|unless)\s+|,\s+(?:who|which)\s+")
# "..., if unresolved, to the Director": the further target a condition leads to.
_FURTHER_TARGET = re.compile(r",\s*(?:then\s+)?to\s+")
_TRAILING_JOIN = re.compile(r"\s+(?:and|or|then)$", re.IGNORECASE)
# "audit lead, then IT Audit Manager", "Legal, and then General Counsel": the order a sequencing word gives is the
# list's order, so the word is no part of the next target's name.
# "the design authority, then to the steering committee": the "to" repeated after it is no part of the name either.
_SEQUENCE_WORD = re.compile(r"^(?:(?:and|or)\s+)?(?:then|finally)\s+(?:to\s+)?(?=\S)", re.IGNORECASE)


def _shared_head(modifier: str, name: str, text: str) -> str | None:
    """One name for "Security and Privacy Office": a lone capitalised word that is no role, 'and', a longer name."""
    if " " in modifier or not modifier[:1].isupper() or " " not in name or ends_with_role(modifier):
        return None
    if LEADING_ARTICLE.match(name):
        return None  # "Security and the incident commander": a name of its own after the article shares no head
    if modifier.isupper() and not names_a_team(modifier):
        return None  # an acronym naming no function is a role's ("PM and PMO Manager"), not a shared modifier
    joined = re.search(rf"{re.escape(modifier)}\s+(?:and|&)\s+{re.escape(name)}", text)
    return joined.group(0) if joined else None


def _department_run(role: str, name: str, text: str) -> str | None:
    """One name for "Director of Data & Analytics", "Head of Risk & Compliance": a rank's department runs on past
    an '&' to a capitalised name that is no role; an '&' after a role noun ("CFO & Legal") joins two targets."""
    if not name[:1].isupper() or ends_with_role(role) or not names_a_role(role) or names_a_role(name):
        return None
    joined = re.search(rf"{re.escape(role)}\s*&\s*{re.escape(name)}", text)
    return joined.group(0) if joined else None


@lru_cache(maxsize=1)
def _deadline() -> re.Pattern[str]:
    """A deadline closing a target phrase, "within 24 hours", "within one business day", "within the hour": when,
    not whom, the action's text keeps it."""
    units = "|".join(sorted(load_vocab(EXPERIENCE_TO_SCORECARD)["duration_units"], key=len, reverse=True))
    return re.compile(rf",?\s+within\s+(?:\S+\s+){{0,2}}(?:{units})\b.*$", re.IGNORECASE)


# How an escalation is made, after whom it goes to: "escalate to PM with impact summary" (the action keeps it).
# Not after a lower-case noun of an act done together ("prior consultation with the authority", "a discussion
# with Legal", "alignment with Finance"): that "with" names the other party, part of the target.
_MANNER = re.compile(r"(?<![a-z](?:tion|sion|ment))\s+with\s.*$")


# The way a party is reached, after its name: "notify the customer in writing", "inform Legal by email".
_REACHED_BY = re.compile(r"\s+(?:in writing|in person|by (?:phone|telephone|e-?mail|radio|text|letter))$")
# A verb that reaches whom it names, "call the service manager", "contact the on-call engineer": the party is its
# object (the vocabulary's escalating verbs are read by _escalation_to).
_CONTACT_VERB = re.compile(r"(?:call|contact|phone|page|alert)\s+(?=\S)", re.IGNORECASE)


def _reached(name: str) -> str:
    """Whom a second escalating verb reaches, "(escalate to incident leadership and) notify engineering executives"
    → "engineering executives", "call the service manager" → "the service manager": the verb is the action's, not
    part of the target's name."""
    if name.split(None, 1)[0].lower() not in _action_verbs():
        return name  # most names: no verb first
    escalation = _escalation_to(name)
    if escalation is None and (contact := _CONTACT_VERB.match(name)):
        escalation = contact.span()
    rest = name[escalation[1] :].strip() if escalation and escalation[0] == 0 else ""
    return rest or name


def _target_names(text: str) -> list[str]:
    """The names of a target phrase, a trailing deadline, manner and adverbs and a dangling 'and' dropped."""
    text = _TRAILING_JOIN.sub("", _strip_adverbs(_MANNER.sub("", _deadline().sub("", text.strip(" ,:")))))
    targets: list[str] = []
    for name in [one for named in _names(text) for one in _alternative_roles(named)]:
        # An adverb may close a name inside the list too: "PI immediately, then the sponsor".
        name = _reached(_strip_adverbs(_SEQUENCE_WORD.sub("", name)))
        if " in " in name or " by " in name:  # cheap first: most names say no way of reaching them
            name = _REACHED_BY.sub("", name)
        joined = None
        if targets:
            joined = _shared_head(targets[-1], name, text) or _department_run(targets[-1], name, text)
        if joined:
            targets[-1] = joined
        else:
            targets.append(name)
    return targets


def _alternative_roles(name: str) -> list[str]:
    """Two roles either of whom takes the escalation, "Head of Product Operations or VP Product", are two targets, as
    with 'and'; so are a role and a committee ("Board chair or development committee": a body that decides, named
    in lower case as prose writes it), and two that each open with 'the' ("the judge or the noticing attorney"); an
    'or' inside one name ("CISO or security leadership": a group) keeps it whole."""
    if " or " not in name:
        return [name]  # most names
    parts = OR_SEPARATOR.split(name)
    if len(parts) == 2 and parts[0][:1].isupper() and names_a_role(parts[0]):
        if (parts[1][:1].isupper() and names_a_role(parts[1])) or _names_body(parts[1]):
            return parts
    if len(parts) == 2 and all(part.startswith("the ") for part in parts):
        return parts  # "the judge or the noticing attorney": each side its own article, two parties
    return [name]


def _names_body(name: str) -> bool:
    """Whether a name is a committee or council ("development committee", "Audit Committee"), not a function's team
    ("security leadership")."""
    return name.rsplit(None, 1)[-1].lower() in body_nouns() and names_a_team(name)


# "Privacy risks go to the Chief Privacy Officer", "escalate immediately to the Controller": a verb that moves an
# escalation on, then "to" and whom it goes to, an adverb between them allowed (the vocabulary's "escalate to" is
# one phrase and takes none).
_GOES_TO = re.compile(
    r"\b(?:(?:is|are|gets?)\s+)?(?:escalated?|escalates|escalation|go|goes)\s+(?:(?:[a-z]+ly|straight)\s+)?to\s+(?=\S)",
    re.IGNORECASE,
)


# "escalate through the provider support plan", "escalate via the vendor portal": the channel it goes through is
# where it goes, as a "to" names whom.
_ESCALATES_THROUGH = re.compile(r"\bescalat(?:e|es|ed)\s+(?:[a-z]+ly\s+)?(?:through|via)\s+(?=\S)", re.IGNORECASE)


# "raise immediately with the judge": the vocabulary's "raise with" with an adverb between its words (a phrase of
# the vocabulary takes none); "aise" is looked for first, so nearly every text skips the regex.
_RAISES_WITH = re.compile(r"\brais(?:e|es|ed)\s+[a-z]+ly\s+(?:with|to)\s+(?=\S)", re.IGNORECASE)


def _escalation_to(text: str) -> tuple[int, int] | None:
    """The span of the first phrase before whom an escalation goes to: the vocabulary's ("escalate to", "raise
    with", "notify"), a moving verb's "to" ("go to", "escalate immediately to"), the channel escalating goes
    through ("escalate through", "escalate via") or a raise with an adverb ("raise immediately with"); None if none."""
    terms = find_terms(text, "escalate_to")
    found = (terms[0][1], terms[0][2]) if terms else None
    if " to " in text and (goes := _GOES_TO.search(text)) is not None and (found is None or goes.start() < found[0]):
        found = goes.span()
    if (" through " in text or " via " in text) and (
        (through := _ESCALATES_THROUGH.search(text)) is not None and (found is None or through.start() < found[0])
    ):
        found = through.span()
    if "aise" in text and (raised := _RAISES_WITH.search(text)) is not None and (
        found is None or raised.start() < found[0]
    ):
        found = raised.span()
    return found


def escalation_targets(action: str) -> list[str]:
    """Who an action escalates to.

    "escalate to manager + data governance" → manager, data governance; "escalate to the EM and, if
    unresolved, to the Director" → the EM, the Director; "escalate immediately to Controller and VP Finance" →
    Controller, VP Finance; an action that opens with no verb is the target itself: "Director and Finance
    partner" → Director, Finance partner.
    """
    escalation = _escalation_to(action)
    if escalation:
        rest = action[escalation[1] :]
    elif action and action.split()[0].lower() not in _action_verbs():
        rest = action
    else:
        return []
    first, *conditions = _CONDITION.split(rest)
    targets = _target_names(first)
    # "escalate to supervisor and, if required, the jurisdiction": a list left open by its 'and' runs on past the
    # condition's comma.
    runs_on = bool(conditions) and _TRAILING_JOIN.search(first.rstrip()) is not None
    for n, clause in enumerate(conditions):
        further = _FURTHER_TARGET.split(clause, maxsplit=1)
        if len(further) == 2:
            targets += _target_names(further[1])
        elif n == 0 and runs_on and "," in clause:
            targets += [name for name in _target_names(clause.split(",", 1)[1]) if not _is_act(name)]
    return targets


def _is_act(name: str) -> bool:
    """Whether a name past a condition is an act, not whom ("and, if needed, pause the rollout")."""
    return name.split(None, 1)[0].lower() in _action_verbs()


# "ML Engineering Manager for priority conflicts", "Director of CS for executive escalations", "Incident
# Commander during outages", "security manager for access breaches": a role, then what is escalated to it or
# the situation that calls for it. The role may carry its team after a comma ("Director of Product, Developer
# Platform for roadmap conflicts"), _team_qualified deciding.
_ROLE_FOR = re.compile(
    r"^(?P<role>[A-Za-z][^,;:()]*?(?:,\s+[A-Z][^,;:()]*?)?)"
    r"\s+(?:for|during|when|whenever|if|in case of|upon)\s+(?P<trigger>\S.*)$"
)


# "Escalate to the Delivery Manager when an impediment ...": the condition after the action is the trigger
# (not one after a comma: "escalate to the EM and, if unresolved, to the Director" leads to a further target).
_ESCALATION_CONDITION = re.compile(r"(?<!,)\s+(?:when|if|once|whenever)\s+", re.IGNORECASE)


# "Escalates to the GM: sustained service misses, serious incidents": a colon after the target ends it.
_TARGET_END = re.compile(r":\s+")


def _escalation_opening(text: str) -> tuple[str, str] | None:
    """(trigger, action) of an item that opens with escalating ("Escalate to X when Y" → Y, "Escalate to X"); the
    triggers may follow the target after a colon ("Escalate to X: Y, Z" → "Y, Z", "Escalate to X")."""
    escalation = _escalation_to(text)
    if not escalation or escalation[0] != 0:
        return None
    target, *triggers = _TARGET_END.split(text, maxsplit=1)
    if triggers and target[escalation[1] :].strip() and not _ESCALATION_CONDITION.search(target):
        return triggers[0].rstrip("."), target
    action, *condition = _ESCALATION_CONDITION.split(text.rstrip("."), maxsplit=1)
    return (condition[0] if condition else action), action


def _lone_target(text: str) -> tuple[str, str] | None:
    """(when, whom) of an item naming only whom to escalate to and when, "Shift Lead first" → ("first", "Shift
    Lead"): one step of an escalation order written on one line; else None."""
    item = text.strip().rstrip(".")
    target = _strip_adverbs(item)
    if target == item or len(target.split()) > _MAX_SUBJECT_WORDS or not (names_a_role(target) or names_a_team(target)):
        return None
    return item[len(target) :].strip(" ,"), target


_MAX_TARGET_WORDS = 6  # "Director of Spiritual Care", "Head of Patient Experience and Quality"


def _bare_target(text: str) -> bool:
    """Whether an escalation item is only whom to turn to, a title-cased role or team of a few words ("Director of
    Spiritual Care", "Safeguarding Lead", "Security Operations"): an escalation list written as its targets, the
    situation left unsaid; not a situation ("Data access or privacy concerns", "scope changes")."""
    item = text.strip().rstrip(".")
    if not item[:1].isupper() or "(" in item:
        return False  # cheap first: a lower-case item is a situation, a bracket may hold one ("(workload, ...)")
    words = item.split()
    # A name is title-cased, but for its joiners: "Unresolved disputes with CRO partners" is a situation.
    if len(words) > _MAX_TARGET_WORDS or not all(w[:1].isupper() or w in _NAME_JOINERS for w in words[1:]):
        return False
    return names_a_role(item) or names_a_team(item)


_NAME_JOINERS = frozenset(("of", "and", "&", "for"))


def _arrow_paths(text: str) -> list[str]:
    """The escalation paths of a line: "Unresolved L1 issue → L2; suspected breach → Security Operations" is two,
    each ';' part its own trigger → target; "outage → page on-call; notify the EM" is one path, its second part
    an action with no arrow of its own."""
    if ";" not in text:
        return [text]  # most lines: one path
    parts = split_enumeration(text, ";")
    paths = [part for part in parts if _is_path(part)]
    return parts if len(parts) > 1 and len(paths) == len(parts) else [text]


def _is_path(part: str) -> bool:
    """A part of a line that is an escalation path of its own: "trigger → target", or a situation and where it
    goes ("technical escalation to network engineering on-call"), not an action alone ("notify the EM")."""
    if len(halves := _ARROW.split(part, maxsplit=1)) == 2:
        return all(halves)
    goes = _GOES_TO.search(part) if " to " in part else None
    return goes is not None and bool(part[: goes.start()].strip())


# "SOC", "NOC", "IAM", "CISO": an acronym alone, a team or role known by its initials (no vocabulary lists them all).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&/]{1,7}")


def _names_whom(name: str) -> bool:
    """Whether the words before "for <trigger>" name whom to turn to: a role, a team, or one by its initials."""
    return names_a_role(name) or names_a_team(name) or bool(_ACRONYM.fullmatch(name)) or _named_function(name)


# Whom to turn to said with when they answer: "Geotechnical engineer on call", "Duty manager on shift".
_ON_DUTY = re.compile(r"\s+on[- ](?:call|duty|shift|site|standby)$", re.IGNORECASE)


def _names_role_for(role: str) -> bool:
    """Whether the words before "for <trigger>" name whom to turn to, a role with its team after a comma
    ("Associate Director, Clinical Supply Chain") included, or a role said with when it answers ("Geotechnical
    engineer on call": the role is whom, the words after it when)."""
    if " on" in role:  # cheap first: most roles say no "on call"
        role = _ON_DUTY.sub("", role)
    if "," not in role:
        # "Board chair or development committee for policy exceptions": either of two, each whom to turn to.
        return _names_whom(role) or (" or " in role and len(_alternative_roles(role)) == 2)
    return _team_qualified(*role.split(",", 1)) and _names_whom(role.split(",", 1)[0])


def _named_function(name: str) -> bool:
    """A capitalised name closed by a business function, "Security Operations", "Network Engineering": a team's
    proper name that no vocabulary lists whole, where "Operations" or "Engineering" alone is one."""
    words = name.split()
    return 1 < len(words) <= _MAX_SUBJECT_WORDS and _capitalised(name) and names_a_team(words[-1])


_TO_WHOM = re.compile(r"^to\s+(?=\S)", re.IGNORECASE)


def _dashed_path(text: str) -> tuple[str, str] | None:
    """(trigger, whom) of "Safety threats – site lead and Director immediately" or "Supplier failure – to the
    commercial director": the arrow form written with a spaced dash, whom it goes to after the dash. Only when a
    "to" says so or every name after it is whom to turn to: a dash also sets a situation's own detail apart
    ("Outages – customer-facing systems down")."""
    trigger, whom = split_title_detail(text.strip().rstrip("."))
    if whom is None or _ARROW.search(whom):
        return None
    said = _TO_WHOM.match(whom)
    whom = whom[said.end() :] if said else whom
    # After "to", a name ("to SRO, then the board") or an article opens whom; a verb is an infinitive ("to be
    # agreed"). Without it, only names of whom to turn to.
    named = said is not None and (whom[:1].isupper() or LEADING_ARTICLE.match(whom) is not None)
    return (trigger, whom) if (named and _target_names(whom)) or _names_each(whom) else None


def escalation_point(text: str) -> EscalationPoint:
    """Split "trigger → escalate to X" into its parts; "X for trigger" ("X during trigger", "X when trigger") names X
    when X is a role or team; "Escalate to X when trigger" opens with its action; any other plain item is a trigger
    only."""
    parts = _ARROW.split(text.strip(), maxsplit=1)
    role_for = _ROLE_FOR.match(text.strip())
    if len(parts) == 2 and parts[0] and parts[1]:
        trigger, action = parts[0].strip(), parts[1].strip().rstrip(".")
    elif role_for and _names_role_for(role_for.group("role")):
        # The action is the role or team itself ("Product for commitments"), as in "Director and Finance partner".
        trigger, action = role_for.group("trigger").rstrip("."), role_for.group("role")
    else:
        label, value = split_label(text)
        if label and _escalation_to(value):
            trigger, action = label, value.rstrip(".")
        elif (opening := _escalation_opening(text.strip())) is not None:
            trigger, action = opening
        elif " to " in text and (goes := _GOES_TO.search(text)) is not None and text[: goes.start()].strip():
            # "Privacy risks go to the Chief Privacy Officer": the situation, then where it goes. Only a moving
            # verb cuts there: "notify" or "involve" may be the situation's own verb ("Incidents that involve PII").
            trigger, action = text[: goes.start()].strip(" ,–—:"), text[goes.start() :].strip().rstrip(".")
        elif (lone := _lone_target(text)) is not None:
            trigger, action = lone
        elif (dashed := _dashed_path(text)) is not None:
            trigger, action = dashed
        elif _bare_target(text):
            # "Director of Spiritual Care", "Safeguarding Lead": whom to turn to, no situation named.
            trigger, action = "", text.strip().rstrip(".")
        else:
            trigger, action = text.strip().rstrip("."), None
    # An escalation chain, "Senior SOC Analyst → SOC Lead → Incident Commander → CISO": each step a target.
    targets = [name for step in _ARROW.split(action or "") for name in escalation_targets(step)]
    if role_for and action == role_for.group("role") and "," in action:
        targets = [action]  # one role and its team, not two targets
    return EscalationPoint(trigger=trigger, action=action, escalate_to=targets, text=text)


# "Escalates to the Finance Director for spend overruns, to the CISO for suspected breaches": after the escalating
# verb, each "to X for Y" is a path of its own, X whom it goes to and Y what calls for it.
_FURTHER_WHOM = re.compile(r",\s*(?:and\s+|then\s+)?(?=to\s)")
_FOR_TRIGGER = re.compile(r"\s+for\s+")


def _whom_for_clauses(text: str) -> list[tuple[str, str, str]] | None:
    """(clause, action, trigger) of each "to X for Y" clause of an item opening with escalating, the verb carried
    to the later clauses ("..., to the CISO for breaches" → "Escalates to the CISO"); None unless every clause
    has a trigger after "for" and the first X names whom (a role, a team, initials; the later X's are whom by the
    repeated "to X for Y"): a line of one clause naming no one is left to escalation_point."""
    escalation = _escalation_to(text)
    if not escalation or escalation[0] != 0 or _ARROW.search(text):
        return None
    verb = text[: escalation[1]].rstrip() + " "  # "Escalates to ", "Escalate immediately to "
    clauses: list[tuple[str, str, str]] = []
    for n, clause in enumerate(_FURTHER_WHOM.split(text.strip().rstrip("."))):
        whom, *trigger = _FOR_TRIGGER.split(clause[escalation[1] :] if n == 0 else clause[len("to ") :], maxsplit=1)
        whom = whom.strip()
        if not trigger or not whom or (n == 0 and not _names_each(whom)):
            return None
        clauses.append((clause, verb + whom, trigger[0]))
    return clauses


def _names_each(whom: str) -> bool:
    """Whether each name of a target phrase names whom to turn to ("the Site Manager and HSE")."""
    names = _target_names(whom)
    return bool(names) and all(_names_whom(LEADING_ARTICLE.sub("", name)) for name in names)


def escalation_points(text: str) -> list[EscalationPoint]:
    """The escalation points of an item: one per "to X for Y" clause of an item opening with escalating (see
    _whom_for_clauses), each stored as "Escalate to X when Y" is (trigger Y, action "Escalate to X"); else the
    one escalation_point reads."""
    clauses = _whom_for_clauses(text) if " for " in text else None  # cheap first: most items name no "for"
    if not clauses:
        return [escalation_point(text)]
    whole = len(clauses) == 1
    return [
        EscalationPoint(
            trigger=trigger, action=action, escalate_to=escalation_targets(action), text=text if whole else clause
        )
        for clause, action, trigger in clauses
    ]


# --------------------------------------------------------------------------
# Section
# --------------------------------------------------------------------------


_SECTION = "stakeholders"


def _stakeholder_detail(group_key: str | None, label: str) -> bool:
    """A detail line of the stakeholder list it is in ("Escalation path: EM, then Director")."""
    return group_key in ("internal", "external") and normalise_label(label) in detail_labels(_GROUP)


_HEADING_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")
_AUTHORITY_KEYS = ("decision_authority", "escalation_points")


@lru_cache(maxsize=1)
def _escalation_heads() -> frozenset[str]:
    """The head word of the escalation-points sub-headings ('escalation' of 'escalation points', '... path')."""
    return frozenset(phrase.split()[0] for phrase in load_vocab("subheadings.json")[_SECTION]["escalation_points"])


def _heading_part_key(part: str) -> str | None:
    """The key of one part of a joined sub-heading; the head word alone ("... and escalation") names its key."""
    key = subheading_key(_SECTION, part)
    if key is None and normalise_label(part).removesuffix("s") in _escalation_heads():
        return "escalation_points"
    return key


def _names_authority_and_escalation(title: str) -> bool:
    """A sub-heading naming both: "Decision-making authority and escalation points" (or "... and escalation")."""
    return set(_AUTHORITY_KEYS) <= {_heading_part_key(part) for part in _HEADING_JOIN.split(title)}


def _escalates(text: str) -> bool:
    """An item that says where to escalate ("Escalate to the Delivery Manager when ...", "outage → page on-call")
    and names no decider ("The PO decides scope; escalate to ..." is an authority statement)."""
    return bool(_ARROW.search(text) or _escalation_to(text)) and not deciders_in(text)


def _escalation_sentences(node: Node) -> list[str]:
    """The sentences after the first of an authority statement that say where to escalate: "The PO decides scope.
    Unresolved conflicts go to the design authority, then to the steering committee." → the second."""
    if node.children or ". " not in node.text:
        return []  # most statements: one sentence, or a lead over a list of deciders
    return [sentence for sentence in _sentences(node.text)[1:] if _escalates(sentence)]


def _without_quotations(blocks: Sequence[Block], quotes: list[str]) -> list[Block]:
    """The blocks less the quotations, which go to ``quotes``: a pull quote after a list ('"The best managers ..."
    — VP Engineering') names no stakeholder, dependency or decider."""
    quoted = [
        b for b in blocks if b.text[:1] in QUOTE_OPENERS and b.kind is BlockKind.PARAGRAPH and is_quotation(b.text)
    ]
    if not quoted:
        return list(blocks)  # most sub-sections: no quotation
    quotes += [block.text for block in quoted]
    return [block for block in blocks if all(block is not quote for quote in quoted)]


def parse(section: Section) -> Stakeholders:
    """Each known sub-section into its field; unknown sub-headings are kept under `other`."""
    section = with_labelled_subsections(section, _SECTION, _stakeholder_detail)
    intro = [b.text for b in section.blocks if b.kind == BlockKind.PARAGRAPH]
    unparsed = [b.text for b in section.blocks if b.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING)]
    stakeholders: dict[str, list[Stakeholder]] = {"internal": [], "external": []}
    qualifiers: dict[str, str | None] = {}
    dependencies: dict[str, list[Dependency]] = {"upstream": [], "downstream": []}
    peers: list[PeerRole] = []
    modes: list[CollaborationMode] = []
    authority: list[Node] = []
    escalations: list[EscalationPoint] = []
    other: list[StakeholderGroup] = []
    quotes: list[str] = []
    for sub in section.subsections:
        blocks = _without_quotations(sub.blocks, quotes)
        if sub.key in stakeholders:  # builds its own tree
            lead, blocks = split_lead(blocks)
            if lead is not None:
                intro.append(lead)
            stakeholders[sub.key] += _inline_stakeholders(blocks) or stakeholder_list(blocks)
            qualifiers.setdefault(sub.key, heading_note(sub.title))
            continue
        nodes = item_tree(blocks)
        rows: list[_TableRow] = []
        if sub.key in dependencies or sub.key == "peer_roles":
            # Written as a table: a row a dependency or a peer role, named by its first cell.
            rows = [row for node in nodes if node.block.kind is BlockKind.TABLE for row in _table_rows(node.block)]
            nodes = [node for node in nodes if node.block.kind is not BlockKind.TABLE]
        texts = [t for node in nodes for t in [node.text, *node.descendants()]]
        if sub.key in dependencies:
            dependencies[sub.key] += _dependencies(nodes) + [_row_dependency(*row) for row in rows]
        elif sub.key == "peer_roles":
            peers += peer_roles(texts) + [_row_peer(*row) for row in rows]
        elif sub.key == "collaboration":
            modes += [CollaborationMode(label=label, text=value) for label, value in map(split_label, texts)]
        elif sub.key in _AUTHORITY_KEYS and _names_authority_and_escalation(sub.title):
            # One sub-heading for both fields: each item goes where its wording puts it.
            stated: list[Node] = []
            for node in nodes:
                if _escalates(node.text):
                    escalations += [point for t in [node.text, *node.descendants()] for point in escalation_points(t)]
                else:
                    stated.append(node)
                    escalations += [escalation_point(text) for text in _escalation_sentences(node)]
            authority += nest_colon_leads(stated, until_label=True)
        elif sub.key == "decision_authority":
            authority += nest_colon_leads(nodes, until_label=True)
            escalations += [escalation_point(text) for node in nodes for text in _escalation_sentences(node)]
        elif sub.key == "escalation_points":
            if len(texts) == 1 and not _ARROW.search(texts[0]):
                # Written on one line: "sponsor for conflicts; steering committee for re-baselines."
                # An arrow line is one path ("outage → page on-call; notify the EM").
                texts = split_enumeration(texts[0], ";")
            escalations += [point for t in texts for path in _arrow_paths(t) for point in escalation_points(path)]
        else:
            other.append(StakeholderGroup(heading=sub.title, items=[point(n) for n in nodes]))
    # A stakeholder's line may say what is escalated to whom ("...; escalation on X goes to Y"): a point too.
    escalations += [
        point for group in stakeholders.values() for one in group for point in _clause_escalations(one.text)
    ]
    return Stakeholders(
        intro=intro + quotes,
        internal=stakeholders["internal"],
        internal_qualifier=qualifiers.get("internal"),
        external=stakeholders["external"],
        external_qualifier=qualifiers.get("external"),
        peer_roles=peers,
        upstream=dependencies["upstream"],
        downstream=dependencies["downstream"],
        nature_of_collaboration=modes,
        decision_making_authority=decision_authority(authority) if authority else None,
        escalation_points=escalations,
        other=other,
        unparsed=unparsed,
    )
