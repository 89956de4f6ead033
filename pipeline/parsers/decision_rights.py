"""Section parser: decision_rights (13) — what the role decides alone, with the team, or with approval.

The three decision lists come from the sub-headings (canonical keys
independent, team_approval, manager_approval) and keep each heading's
qualifier ("(science + engineering + product as appropriate)"). An approval
heading is keyed by who approves, however worded (sections.subheading_key):
team, peers or a review board → team_approval; supervisor, manager, director, VP, head
or an executive → manager_approval; the lowest level named when a heading names
several. A page's approval headings are read relative to each other when
several fall on the manager tier: the one ranked lowest takes the team tier when
it is free ("Requires HR leadership team approval" beside "Requires HR Director,
business VP or CHRO approval"), and the one ranked highest takes the executive
tier when it names an executive ("Requires executive approval" beside "Requires
manager or director approval"), rather than either being lost to `other`. A company's board (or its audit
committee) ranks above every executive: "Requires board or audit committee approval" beside "Requires CEO/CFO
approval" takes the executive tier and the CEO/CFO list the manager tier, each under its heading as printed,
never the board below the CEO. A heading that says the
role decides alone, anywhere in its words ("Decisions the SRE can make
independently", "... not requiring approval"), keys the independent list; one
ending in "authority" or listing only areas ("Budget, vendor and hiring") keys
the authority list. The authority list reads "Budget: ...", "Architecture: ..." lines into one field per area;
areas the vocabulary does not know are kept with their label. A line naming its area's authority
("Budget authority: none directly") is that area's line wherever it stands, even after a decision list;
so is each ';' clause of a line labelled with several areas, when they pair off in order ("Budget, vendor,
and hiring authority: manages a budget; leads vendor evaluations; hires analysts").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import Field
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab, nlp, phrase_matcher
from ..sections import authority_label_areas, authority_label_ends, is_area_authority_label, subheading_key
from .common import (
    FieldsModel,
    Node,
    Point,
    SectionFields,
    closing_remarks,
    item_tree,
    point,
    with_labelled_subsections,
)
from .text import heading_note, split_at_colon, split_dash_label, split_label, split_note, split_top_level
from .vocabulary import label_kind

__all__ = ["AreaAuthority", "AuthorityArea", "DecisionGroup", "DecisionRights", "parse"]


class AuthorityArea(FastStrEnum):
    """Area of authority named by a label ("Budget:", "Vendors:")."""

    BUDGET = "budget"
    ARCHITECTURE = "architecture"
    VENDOR = "vendor"
    DELIVERY = "delivery"
    HIRING = "hiring"
    COMPLIANCE = "compliance"
    OTHER = "other"


class AreaAuthority(FieldsModel):
    """The role's authority in one area, as stated after its label."""

    area: AuthorityArea
    label: str | None = Field(description="Label as printed ('Budget', 'Vendors'); null for an unlabelled line.")
    text: str = Field(description="The statement after the label.")
    sub_items: list[str] = Field(default_factory=list)


class DecisionGroup(FieldsModel):
    """A list of decisions under one sub-heading."""

    heading: str = Field(description="Sub-heading as on the page.")
    qualifier: str | None = Field(
        default=None, description="The heading's parenthetical, e.g. 'science + engineering + product as appropriate'."
    )
    decisions: list[Point] = Field(default_factory=list)


class DecisionRights(SectionFields):
    """Typed fields of the decision_rights section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    independent: DecisionGroup | None = Field(default=None, description="Decisions the role can make independently.")
    team_approval: DecisionGroup | None = Field(default=None, description="Decisions that require team approval.")
    manager_approval: DecisionGroup | None = Field(
        default=None,
        description="Decisions that require manager, director or executive approval (executives included when the"
        " page has no list of their own).",
    )
    executive_approval: DecisionGroup | None = Field(
        default=None,
        description="Decisions that require executive approval, when the page lists them apart from those a manager"
        " or director approves.",
    )
    budget: AreaAuthority | None = None
    architecture: AreaAuthority | None = None
    vendor: AreaAuthority | None = None
    delivery: AreaAuthority | None = None
    hiring: AreaAuthority | None = None
    compliance: AreaAuthority | None = None
    other_areas: list[AreaAuthority] = Field(
        default_factory=list, description="Authority lines of areas not listed above (or repeated), with their label."
    )
    other: list[DecisionGroup] = Field(
        default_factory=list, description="Decision lists under sub-headings this parser does not know (or repeated)."
    )


_GROUPS = ("independent", "team_approval", "manager_approval", "executive_approval")


def area_authority(text: str, sub_items: list[str] | None = None) -> AreaAuthority:
    """One authority line: "Budget: no direct budget authority" → area budget.

    A bare label with the statement on the line under it ("Budget:" then "no budget ownership", as text
    dumps that put every text node on its own line write it) reads the same.
    """
    if sub_items and text.endswith(":") and split_label(f"{text} {sub_items[0]}")[0] is not None:
        text, sub_items = f"{text} {sub_items[0]}", sub_items[1:]
    label, value = _split_clause_label(text)
    area = label_kind(label, "authority_areas", AuthorityArea.OTHER)
    return AreaAuthority(area=area, label=label, text=value, sub_items=sub_items or [])


def _split_clause_label(text: str) -> tuple[str | None, str]:
    """split_label, also for a ';' clause whose label runs on in lower case ("vendor authority: input only"),
    the label kept as printed; and an area's authority label closed by a spaced dash for its colon, as compact
    pages write labels ("Budget authority – None; provides estimates")."""
    if not text[:1].islower():
        label, value = split_label(text)
        return (label, value) if label is not None else split_dash_label(text, _is_area_authority_label)
    label, value = split_label(text[:1].upper() + text[1:])
    return (None, text) if label is None else (text[: len(label)], value)


def _is_area_authority_label(label: str) -> bool:
    """Whether a label names one area's authority ("Hiring authority", "Architecture and systems authority")."""
    return is_area_authority_label(label) or _area_and_kin_label(label)


def _is_area_authority_line(text: str) -> bool:
    """Whether a line is labelled "<one area> authority" ("Hiring authority: ..."; not "Budget and hiring authority")."""
    label, _ = _split_clause_label(text)
    return label is not None and _is_area_authority_label(label)


_MAX_KIN_WORDS = 2  # "Architecture and systems authority", "Budget and financial authority"


def _area_and_kin_label(label: str) -> bool:
    """An area's label paired with a word for the same ground the vocabulary does not know as an area
    ("Architecture and systems authority" → architecture): the first area names it, as "Architecture authority"
    would. Not two known areas ("Budget and hiring authority"), whose line is read clause by clause."""
    head, _, end = label.rpartition(" ")
    first, joined, kin = head.partition(" and ")
    return (
        bool(joined)
        and 0 < len(kin.split()) <= _MAX_KIN_WORDS
        and is_area_authority_label(f"{first} {end}")
        and not authority_label_areas(label)
    )


@cache
def _next_authority_label() -> re.Pattern[str]:
    """A sentence end followed by what may open an "<Area> authority:" line, the one paragraph holding several;
    a spaced dash may stand for the colon ("Budget authority – none. Vendor authority – recommends only.")."""
    ends = "|".join(re.escape(end) for end in authority_label_ends())
    # After a ';' the next area's label may run on in lower case: "Budget authority: none; vendor authority: ...".
    colon = r"(?::|\s+[–—])"  # or the spaced dash a compact page writes for it
    return re.compile(rf"(?:(?<=[.;])\s+(?=[A-Z])|(?<=;)\s+(?=[a-z]))(?=[^.:;]{{0,40}}\s(?i:{ends}){colon}\s)")


def _shared_label_authorities(node: Node) -> list[AreaAuthority]:
    """The authorities of a line whose label names several areas, one ';' clause each, in order.

    "Budget, vendor, and hiring authority: manages a budget; leads vendor evaluations; hires analysts."
    → budget, vendor and hiring. When the clauses do not pair off with the areas, none: the line stays where it
    stands ("Budget and hiring authority: shared with the Group PM." in an approval list stays a decision).
    """
    parts = split_at_colon(node.text, max_words=_SHARED_LABEL_WORDS)
    # Only a label that says "authority": "Budget and vendor: spend above $10k" in a decision list is a decision.
    areas = authority_label_areas(parts[0]) if parts and parts[0].lower().endswith(authority_label_ends()) else []
    if not areas:
        return []
    label, value = parts
    clauses = split_top_level(value, ";")
    if len(clauses) != len(areas):
        return []
    kinds = [label_kind(area, "authority_areas", AuthorityArea.OTHER) for area in areas]
    return [
        AreaAuthority(area=kind, label=label, text=clause, sub_items=node.descendants() if k == len(kinds) else [])
        for k, (kind, clause) in enumerate(zip(kinds, clauses, strict=True), 1)
    ]


_SHARED_LABEL_WORDS = 8  # "Budget, architecture, vendor and hiring authority"


def _area_authorities(node: Node) -> list[AreaAuthority]:
    """The area authority lines a line holds, none unless it opens with one.

    "Budget authority: none directly. Hiring authority: participates in loops." → budget and hiring;
    so does "Budget authority: none directly. Hiring: participates in loops."
    """
    text = node.text
    if not _is_area_authority_line(text):
        return _shared_label_authorities(node) if ":" in text else []
    splits = {m.end() for m in _next_authority_label().finditer(text) if _is_area_authority_line(text[m.end() :])}
    # Once such a line opens the paragraph, a known area's bare label after a sentence end opens that area too.
    splits |= {m.end() for m in _next_label().finditer(text) if _known_area_line(text[m.end() :])}
    return _authorities_split_at(node, [0, *sorted(splits)])


def _authorities_split_at(node: Node, starts: list[int]) -> list[AreaAuthority]:
    """The area authority line each part of a node's text from one start to the next reads as; the items
    nested under the node go with the last."""
    text = node.text
    stops = [*starts[1:], len(text)]
    # The ';' that ends a clause before the next area's label is no part of its statement.
    # So is a dash that joins it to the next ("Budget: small funds only. – Vendors: ...").
    lines = [
        text[start:stop].strip().removesuffix(";").rstrip("–—").rstrip()
        for start, stop in zip(starts, stops, strict=True)
    ]
    return [area_authority(line) for line in lines[:-1]] + [area_authority(lines[-1], node.descendants())]


@cache
def _next_label() -> re.Pattern[str]:
    """A sentence end followed by what may open a "Label:" line."""
    # Lines may be joined by a spaced dash: "Budget: small funds only. – Vendors: recommends platforms."
    return re.compile(r"(?<=[.;])\s+(?:[–—]\s+)?(?=[A-Z][^.:;]{0,40}:\s)")


def _known_area_line(text: str) -> bool:
    """Whether a line opens with a label the vocabulary knows as an authority area ("Vendor: ...")."""
    label, _ = split_label(text)
    return label is not None and label_kind(label, "authority_areas", AuthorityArea.OTHER) != AuthorityArea.OTHER


def _labelled_area_authorities(node: Node) -> list[AreaAuthority]:
    """Under the authority heading, the area lines one paragraph holds, a known area's bare label opening each
    after a sentence end: "Budget: owns cost lines. Vendor: may order local services." → budget and vendor."""
    text = node.text
    return _authorities_split_at(
        node, [0] + [m.end() for m in _next_label().finditer(text) if _known_area_line(text[m.end() :])]
    )


_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z])")


@cache
def _area_mentions() -> PhraseMatcher:
    return phrase_matcher(load_vocab("skills_to_decisions.json")["authority_area_mentions"])


def _prose_authorities(authority: AreaAuthority) -> list[AreaAuthority]:
    """An unlabelled line under the authority heading, one sentence at a time, each to the areas it names.

    "No budget or hiring authority. May evaluate vendors and banks but does not sign contracts." → budget and
    hiring (the first sentence each), vendor (the second). A sentence that names no area stays unlabelled.
    """
    if authority.label is not None or authority.area != AuthorityArea.OTHER:
        return [authority]
    sentences = [clause for sentence in _SENTENCE_END.split(authority.text) for clause in _area_clauses(sentence)]
    found: list[AreaAuthority] = []
    for k, (sentence, areas) in enumerate(sentences, 1):
        sub_items = authority.sub_items if k == len(sentences) else []
        found += [
            AreaAuthority(area=AuthorityArea(area), label=None, text=sentence, sub_items=sub_items)
            for area in areas or [AuthorityArea.OTHER.value]
        ]
    return found


def _mentioned_areas(text: str) -> dict[str, None]:
    """The authority areas a text names, in order."""
    doc = nlp().make_doc(text)
    return dict.fromkeys(nlp().vocab.strings[match_id] for match_id, _start, _end in _area_mentions()(doc))


def _area_clauses(sentence: str) -> list[tuple[str, dict[str, None]]]:
    """A sentence's ';' clauses with the areas each names, when each names one and they differ ("No budget
    authority beyond $500; may recommend freelance writers; does not hire" → budget, vendor, hiring); else the
    sentence whole with the areas it names."""
    clauses = split_top_level(sentence, ";") if ";" in sentence else []
    named = [_mentioned_areas(clause) for clause in clauses]
    if len(clauses) >= 2 and all(named) and len({area for areas in named for area in areas}) > 1:
        return [(clause.rstrip("."), areas) for clause, areas in zip(clauses, named, strict=True)]
    return [(sentence, _mentioned_areas(sentence))]


def _area_paragraph(node: Node) -> list[AreaAuthority]:
    """A paragraph of two or more known area labels is the authority list, wherever it stands: "Budget: manages
    the tooling budget. Vendor: selects auditors." after the last approval list, with no heading of its own.

    One labelled line is not enough: "Budget: spend above $10k" in an approval list is a decision.
    """
    if node.block.kind != BlockKind.PARAGRAPH or not _known_area_line(node.text):
        return []
    authorities = _labelled_area_authorities(node)
    return authorities if len(authorities) >= 2 else []


def _area_heading_authority(title: str, blocks: list[Block]) -> AreaAuthority | None:
    """The authority under a sub-heading that names one area's ("### Budget authority" over its line), read as
    the line "Budget authority: ..." would be: its first line the statement, the lines after it sub-items.
    None for any other sub-heading, or one with no line under it."""
    label = title.strip().rstrip(":").rstrip()
    if not is_area_authority_label(label):
        return None
    texts = [text for node in item_tree(blocks) for text in (node.text, *node.descendants())]
    return area_authority(f"{label}: {texts[0]}", texts[1:]) if texts else None


def _heading_areas(title: str) -> list[AuthorityArea]:
    """The known areas a sub-heading names when it names several: "Budget, vendor, and hiring authority"."""
    kinds = (label_kind(area, "authority_areas", AuthorityArea.OTHER) for area in authority_label_areas(title.strip()))
    return [kind for kind in kinds if kind != AuthorityArea.OTHER]


def _one_paragraph(nodes: list[Node]) -> bool:
    """A sub-section that is one paragraph: the heading's answer as a whole, where a list's items may each be about
    something else ("Escalates anything unusual to the Treasurer.")."""
    return len(nodes) == 1 and nodes[0].block.kind == BlockKind.PARAGRAPH and not nodes[0].children


def _one_line(nodes: list[Node]) -> bool:
    """A sub-section that is one line, a paragraph or a lone list item: the heading's answer as a whole."""
    return (
        len(nodes) == 1 and nodes[0].block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and not nodes[0].children
    )


def _of_areas(authority: AreaAuthority, areas: list[AuthorityArea]) -> list[AreaAuthority]:
    """An unlabelled line naming no area, the one paragraph under a heading naming several, is each heading area's
    authority: "None directly; may recommend tools ..." under "Budget, vendor, and hiring authority"."""
    if not areas or authority.label is not None or authority.area != AuthorityArea.OTHER:
        return [authority]
    return [authority.model_copy(update={"area": area}) for area in areas]


def _unnamed_heading_areas(node: Node, read: list[AreaAuthority], areas: list[AuthorityArea]) -> list[AreaAuthority]:
    """The heading's areas an unlabelled lone line names only some of, each given the line whole: under "Budget and
    vendor authority", "No budget authority; provides input on tool evaluations and renewals" speaks for vendor
    too, though only budget is named (the heading says what the line is about)."""
    named = {authority.area for authority in read}
    if not areas or any(authority.label is not None for authority in read) or not named <= set(areas):
        return []
    if len({authority.text for authority in read}) > 1:
        return []  # a line read sentence by sentence gives each area its own, no area the line whole
    text = node.text.strip()
    return [AreaAuthority(area=area, label=None, text=text) for area in areas if area not in named]


def _table_authorities(node: Node) -> list[AreaAuthority]:
    """Under the authority heading, a two-column table's rows as "Area: authority" lines
    ("| Budget | Recommends only |" → budget); none for any other block."""
    block = node.block
    if block.kind != BlockKind.TABLE or len(block.header or ()) != 2:
        return []
    rows = (row for row in block.rows or [] if len(row) == 2)
    return [area_authority(f"{area}: {authority}") for area, authority in rows]


def _claimed_elsewhere(authorities: list[AreaAuthority]) -> list[AreaAuthority]:
    """An authority list less the copies of an unlabelled sentence naming several areas whose area another line of
    the list states: beside "Manages the development budget.", "Selects vendors up to an agreed spend limit." is
    the vendor line, not a second budget one. A sentence keeps each copy no other line claims ("No budget or hiring
    authority." alone is both), and at least one."""
    texts: dict[str, set[AuthorityArea]] = {}
    for authority in authorities:
        if authority.label is None:
            texts.setdefault(authority.text, set()).add(authority.area)
    shared = {text for text, areas in texts.items() if len(areas) > 1}
    if not shared:
        return authorities  # most lists: each line names one area
    claimed = {authority.area for authority in authorities if authority.text not in shared}
    dropped: set[tuple[str, AuthorityArea]] = set()
    for text in shared:
        areas = [a.area for a in authorities if a.text == text and a.label is None]
        kept = [area for area in areas if area not in claimed] or areas[:1]
        dropped |= {(text, area) for area in areas if area not in kept}
    return [a for a in authorities if a.label is not None or (a.text, a.area) not in dropped]


_TEAM_TIER, _MANAGER_TIER, _EXECUTIVE_TIER = "team_approval", "manager_approval", "executive_approval"


@dataclass(frozen=True)
class _ApproverRanks:
    """Each approver phrase's rank (subheadings.json "_approval").

    The company's board (and its audit committee) ranks above everyone, for it oversees the executives. Below
    it a person ranks above any other body (a team, review board or committee deciding as a group), then by
    level and by the order of the vocabulary, lowest first: "CHRO" over "HR Director" over "HR leadership team".
    """

    matcher: PhraseMatcher  # labels each approver phrase by itself
    ranks: dict[str, tuple[bool, bool, int]]
    levels: dict[str, str]  # each phrase's level: "team", "manager" or "executive"
    bodies: frozenset[str]


# The bodies that govern a company, above its executives: "Requires board or audit committee approval" ranks
# over "Requires CEO/CFO approval". A programme, project or investment board runs one piece of work (a body).
_GOVERNING_BODIES = ("board", "board of directors", "audit committee")


@cache
def _approver_ranks() -> _ApproverRanks:
    data = load_vocab("subheadings.json")["_approval"]
    bodies = frozenset(data["bodies"])
    levels = {phrase: level["level"] for level in data["levels"] for phrase in level["approvers"]}
    levels |= {phrase: "executive" for phrase in _GOVERNING_BODIES if phrase not in levels}
    return _ApproverRanks(
        matcher=phrase_matcher({phrase: [phrase] for phrase in levels}),
        ranks={phrase: (phrase in _GOVERNING_BODIES, phrase not in bodies, k) for k, phrase in enumerate(levels)},
        levels=levels,
        bodies=bodies,
    )


def _highest_approver(heading: str) -> str | None:
    """The highest approver a heading names outside a trailing note (in the note if only there)."""
    approvers = _approver_ranks()
    for text in filter(None, split_note(heading)):
        # The longest phrase wins: "leadership team" is one body, not leadership and a team.
        spans = filter_spans(approvers.matcher(nlp().make_doc(text), as_spans=True))
        if spans:
            return max((span.label_ for span in spans), key=approvers.ranks.__getitem__)
    return None


def _approval_tiers(headings: list[tuple[str, str | None]]) -> list[str | None]:
    """The key of each (heading, key) of a section, its approval headings read relative to each other.

    When several approval headings fall on the manager tier, each ranked by the highest approver it names:
    - the one ranked strictly highest takes the executive tier when that approver is an executive and the
      others name a manager-level person (a manager, director, head or VP): "Requires Treasurer, CFO or
      board approval" beside "Requires Treasury Manager approval"; or whatever the others name when it is
      the board: "Requires board approval" beside "Requires CEO approval", the CEO's the manager tier;
    - otherwise, if the team tier is free, the one ranked strictly lowest takes it: "Requires HR leadership
      team approval" beside "Requires HR Director, business VP or CHRO approval" is the team tier;
    - then, if the manager tier is still shared, the highest takes the executive tier as above:
      "Requires executive approval" beside a team list and "Requires manager or director approval".
    Either way a list is not lost to `other`: when the highest took the executive tier first and two lists are
    left on the manager tier, the lower of them takes the free team tier ("Requires manager approval" beside
    "Requires CEO approval" and "Requires board approval").
    """
    keys = [key for _heading, key in headings]
    managers = [k for k, key in enumerate(keys) if key == _MANAGER_TIER]
    if len(managers) < 2:
        return keys
    approvers = {k: approver for k in managers if (approver := _highest_approver(headings[k][0])) is not None}
    if len(approvers) < len(managers):
        return keys
    table = _approver_ranks()
    ranks = {k: table.ranks[approver] for k, approver in approvers.items()}

    def executive_above() -> int | None:
        """The heading ranked strictly highest, when it names an executive above the others' managers."""
        highest = max(ranks.values())
        above = [k for k, rank in ranks.items() if rank == highest]
        if len(ranks) < 2 or len(above) > 1 or table.levels[approvers[above[0]]] != "executive":
            return None
        return above[0]

    top = executive_above()
    if top is not None and (
        approvers[top] in _GOVERNING_BODIES
        or all(
            table.levels[approver] == "manager" and approver not in table.bodies
            for k, approver in approvers.items()
            if k != top
        )
    ):
        keys[top] = _EXECUTIVE_TIER
        del ranks[top]
        if len(ranks) < 2:
            return keys
    lowest = min(ranks.values())
    below = [k for k, rank in ranks.items() if rank == lowest]
    # An executive is no team, however low they rank here: "Requires owner approval" beside "Requires executive
    # approval" (a studio's owner is its manager's manager) stays on the manager tier, the executives' above it. A
    # body of executives may be ("Requires HR leadership team approval" beside named executives).
    lowest_approver = approvers[below[0]]
    if (
        _TEAM_TIER not in keys
        and len(below) == 1
        and (table.levels[lowest_approver] != "executive" or lowest_approver in table.bodies)
    ):
        keys[below[0]] = _TEAM_TIER
        del ranks[below[0]]
    top = executive_above() if _EXECUTIVE_TIER not in keys else None
    if top is not None:
        keys[top] = _EXECUTIVE_TIER
    return keys


def _group(title: str, nodes: list[Node]) -> DecisionGroup:
    return DecisionGroup(heading=title, qualifier=heading_note(title), decisions=[point(n) for n in nodes])


def _not_a_tier(_: str | None, label: str) -> bool:
    """Whether a labelled line stays a line: all but an approval tier's ("Requires team approval: ..."); an area's
    authority line ("Budget authority: ...") is read as such below."""
    return subheading_key("decision_rights", label) not in _GROUPS


def parse(section: Section) -> DecisionRights:
    """Decision lists by sub-heading key; authority lines by area label."""
    # "Can decide independently: a, b" as a list item or paragraph is written where other pages put the sub-heading.
    section = with_labelled_subsections(section, "decision_rights", _not_a_tier)
    intro: list[str] = []
    groups: dict[str, DecisionGroup] = {}
    other: list[DecisionGroup] = []
    areas: dict[str, AreaAuthority] = {}
    other_areas: list[AreaAuthority] = []
    unparsed: list[str] = []

    def add_area(authority: AreaAuthority) -> None:
        if authority.area != AuthorityArea.OTHER and authority.area.value not in areas:
            areas[authority.area.value] = authority
        else:
            other_areas.append(authority)

    def took_areas(node: Node) -> bool:
        """Add the "<Area> authority: ..." lines a node holds, or the areas of a paragraph labelled by two or
        more; whether it held any."""
        authorities = _area_authorities(node) or _area_paragraph(node)
        for authority in authorities:
            add_area(authority)
        return bool(authorities)

    for block in section.blocks:
        if block.kind == BlockKind.PARAGRAPH and not took_areas(Node(block)):
            intro.append(block.text)
    # Labelled area lines before any sub-heading are authority; other items cannot be placed.
    for node in item_tree([b for b in section.blocks if b.kind == BlockKind.LIST_ITEM]):
        authority = area_authority(node.text, node.descendants())
        if authority.area != AuthorityArea.OTHER:
            add_area(authority)
        else:
            unparsed.append(node.text)
            unparsed.extend(node.descendants())
    keys = _approval_tiers([(sub.title, sub.key) for sub in section.subsections])
    for sub, key in zip(section.subsections, keys, strict=True):
        if key == "authority":
            nodes = item_tree(sub.blocks)
            heading_areas = _heading_areas(sub.title) if _one_paragraph(nodes) else []
            lone_areas = _heading_areas(sub.title) if _one_line(nodes) else []
            found: list[AreaAuthority] = []
            for node in nodes:
                authorities = _table_authorities(node) or _area_authorities(node) or _labelled_area_authorities(node)
                if node.block.kind != BlockKind.TABLE:  # a table that is no area list stays whole
                    authorities = [read for authority in authorities for read in _prose_authorities(authority)]
                    authorities = [read for authority in authorities for read in _of_areas(authority, heading_areas)]
                    authorities += _unnamed_heading_areas(node, authorities, lone_areas)
                found += authorities
            for authority in _claimed_elsewhere(found):
                add_area(authority)
            continue
        if (authority := _area_heading_authority(sub.title, sub.blocks)) is not None:
            add_area(authority)
            continue
        decisions = [node for node in item_tree(sub.blocks) if not took_areas(node)]
        # A paragraph of several sentences after the list ("This last right is the most important one ...") remarks
        # on the rights above; it is none of them.
        decisions = closing_remarks(decisions, intro, prose=True)
        if key in _GROUPS and key not in groups:
            groups[key] = _group(sub.title, decisions)
        else:
            other.append(_group(sub.title, decisions))
    return DecisionRights(
        intro=intro,
        independent=groups.get("independent"),
        team_approval=groups.get("team_approval"),
        manager_approval=groups.get("manager_approval"),
        executive_approval=groups.get("executive_approval"),
        budget=areas.get("budget"),
        architecture=areas.get("architecture"),
        vendor=areas.get("vendor"),
        delivery=areas.get("delivery"),
        hiring=areas.get("hiring"),
        compliance=areas.get("compliance"),
        other_areas=other_areas,
        other=other,
        unparsed=unparsed,
    )
