"""Section parser: career path and progression (section 15).

Feeder, next and adjacent roles are role names with a parenthetical note or a
trailing qualifier ("Software Engineer with ML focus → Associate Applied
Scientist (if strong ML/statistics foundation)"). Wording decides where a role
name ends and where an arrow is, so those are spaCy Matcher rules built once
from pipeline/vocab/experience_to_scorecard.json; the rest is layout.

The rule matcher and the role parser live here because the experience and
scorecard parsers read role names too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from functools import cache, lru_cache

from pydantic import Field
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..blocks import BlockKind
from ..models import Section
from ..nlp import load_vocab, nlp
from .common import FieldsModel, Node, SectionFields, item_tree, split_note, split_title_detail
from .risks import ExtraSubsection, extra_subsection, paren_depth, split_title_description

__all__ = [
    "CareerPath",
    "CareerRole",
    "EvolutionStage",
    "PeriodUnit",
    "PromotionSkill",
    "RoleTransition",
    "RuleSet",
    "arrow_path",
    "ends_with_role",
    "find_rules",
    "parse",
    "parse_role",
    "rule_set",
    "text_doc",
]

VOCAB = "experience_to_scorecard.json"


class RoleTransition(FieldsModel):
    """A move between roles written with arrows ("A → B"), every step as on the page."""

    from_role: str | None = Field(default=None, description="Role the move starts from (the feeder role).")
    to_role: str | None = Field(default=None, description="Role the move leads to, without its trailing note.")
    path: list[str] = Field(default_factory=list, description="Every step of the arrow chain, as on the page.")


class CareerRole(FieldsModel):
    """A role named on the page, with its parenthetical note and trailing qualifier split off."""

    name: str = Field(description="Role name, e.g. 'Data Scientist'.")
    note: str | None = Field(
        default=None, description="Parenthetical note, e.g. 'entry-level' or 'if strong ML/statistics foundation'."
    )
    qualifier: str | None = Field(
        default=None,
        description="Trailing qualifier after the name, e.g. 'with ML focus', 'transitioning to industry'.",
    )
    transition: RoleTransition | None = Field(default=None, description="The arrow move, when written 'A → B'.")
    sub_items: list[str] = Field(default_factory=list, description="Items nested under this one on the page.")
    text: str = Field(description="The role as on the page.")


class PromotionSkill(FieldsModel):
    """One skill or dimension needed for promotion."""

    number: int | None = Field(default=None, description="Number printed before the item, if any.")
    name: str | None = Field(default=None, description="Short name before the colon, e.g. 'Scope ownership'.")
    description: str | None = None
    text: str


class PeriodUnit(StrEnum):
    """Unit of a time span."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class EvolutionStage(FieldsModel):
    """One stage of how the role evolves: a period or career stage and what happens in it."""

    period: str | None = Field(
        default=None, description="Period or stage as on the page, e.g. 'Months 0–3' or 'Senior Scientist'."
    )
    period_unit: PeriodUnit | None = Field(default=None, description="Unit of the period's numbers, when numeric.")
    period_start: float | None = Field(default=None, description="Start of the period, in period_unit.")
    period_end: float | None = Field(default=None, description="End of the period, in period_unit (null: open-ended).")
    description: str | None = None
    text: str


class CareerPath(SectionFields):
    """Typed fields of 'Career Path and Progression'."""

    notes: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    feeder_roles: list[CareerRole] = Field(default_factory=list, description="Common roles people come from.")
    next_roles: list[CareerRole] = Field(default_factory=list, description="Next likely roles after this one.")
    next_roles_horizon: str | None = Field(
        default=None, description="Time horizon the page gives for the next roles, e.g. '1–3 year horizon'."
    )
    adjacent_paths: list[CareerRole] = Field(default_factory=list, description="Adjacent career paths.")
    promotion_transition: RoleTransition | None = Field(
        default=None, description="The promotion the skills are for, read from the sub-heading."
    )
    promotion_skills: list[PromotionSkill] = Field(default_factory=list, description="Skills needed for promotion.")
    promotion_notes: list[str] = Field(default_factory=list, description="Lead sentences of the promotion list.")
    evolution: list[EvolutionStage] = Field(default_factory=list, description="How the role evolves over time.")
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


# --- spaCy rules ---------------------------------------------------------------------------


def _token_pattern(tokens: list[str]) -> list[dict]:
    """Matcher pattern of a tokenized phrase with wildcards: '*' any one optional word, '#' one optional number."""
    pattern: list[dict] = []
    for text in tokens:
        if text == "*":
            pattern.append({"IS_ALPHA": True, "OP": "?"})
        elif text == "#":
            pattern.append({"LIKE_NUM": True, "OP": "?"})
        elif _is_abbreviation(text):
            pattern.append({"ORTH": text})
        else:
            pattern.append({"LOWER": text.lower()})
    return pattern


def _is_abbreviation(token: str) -> bool:
    """'MS', 'M.S.', 'GED' are matched case-sensitively (so 'ms' in running text is not a degree)."""
    return len(token) > 1 and token.isupper()


class RuleSet:
    """Vocabulary phrases compiled for speed: PhraseMatchers for plain phrases, a Matcher only for wildcards."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        language = nlp()
        self.lower = PhraseMatcher(language.vocab, attr="LOWER")
        self.exact = PhraseMatcher(language.vocab, attr="ORTH")
        self.wild = Matcher(language.vocab)
        heads: set[str] = set()
        for label, phrases in groups.items():
            lower, exact, wild = [], [], []
            for phrase in phrases:
                if not phrase.strip():
                    continue
                doc = language.make_doc(phrase)
                tokens = [t.text for t in doc]
                if "*" in tokens or "#" in tokens:
                    wild.append(_token_pattern(tokens))
                    heads.add(tokens[0].lower())
                elif all(_is_abbreviation(t) for t in tokens):
                    exact.append(doc)
                else:
                    lower.append(doc)
            if not (lower or exact or wild):
                # An empty group would silently match nothing and hide a typo.
                raise ValueError(f"vocabulary group {label!r} has no phrases")
            if lower:
                self.lower.add(label, lower)
            if exact:
                self.exact.add(label, exact)
            if wild:
                self.wild.add(label, wild)
        # The Matcher costs ~20x a PhraseMatcher: run it only on texts holding a wildcard phrase's first word.
        self.wild_heads = (
            re.compile(r"\b(?:" + "|".join(re.escape(h) for h in sorted(heads)) + r")\b", re.IGNORECASE)
            if heads
            else None
        )

    def spans(self, doc: Doc, text: str) -> list[Span]:
        """Non-overlapping matches in page order, the longest winning overlaps."""
        matches = self.lower(doc) + self.exact(doc)
        if self.wild_heads is not None and self.wild_heads.search(text):
            matches += self.wild(doc)
        spans = [Span(doc, start, end, label=match_id) for match_id, start, end in matches]
        return sorted(filter_spans(spans), key=lambda span: span.start)


@cache
def rule_set(key: str) -> RuleSet:
    """The compiled rules of one vocabulary entry (a dict of groups, or a list: one group named after the key)."""
    entry = load_vocab(VOCAB)[key]
    groups = entry if isinstance(entry, Mapping) else {key: entry}
    return RuleSet(groups)


@lru_cache(maxsize=512)
def text_doc(text: str) -> Doc:
    """The tokenized text (cached: one item is often asked several questions; labels recur across pages)."""
    return nlp().make_doc(text)


def find_rules(key: str, text: str) -> list[Span]:
    """Matches of a vocabulary entry in a text, in page order: find_rules("arrows", "A → B") → [→]."""
    return rule_set(key).spans(text_doc(text), text)


@lru_cache(maxsize=1)
def _role_words() -> PhraseMatcher:
    """Role nouns ('engineer', 'intern') and the words that open a trailing qualifier ('with', 'if')."""
    language = nlp()
    matcher = PhraseMatcher(language.vocab, attr="LOWER")
    matcher.add("ROLE_NOUN", [language.make_doc(word) for word in sorted(_role_nouns())])
    matcher.add("QUALIFIER", [language.make_doc(word) for word in sorted(_qualifier_words())])
    return matcher


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab(VOCAB)["role_qualifier_words"])


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    nouns = {n.lower() for n in load_vocab(VOCAB)["role_nouns"]}
    return frozenset(nouns | {n + "s" for n in nouns})


@lru_cache(maxsize=1)
def _arrows() -> tuple[str, ...]:
    return tuple(load_vocab(VOCAB)["arrows"])


# --- roles ---------------------------------------------------------------------------------


def ends_with_role(text: str) -> bool:
    """Whether a name ends with a role noun: "Research Assistant/Engineer" → True, "data decision" → False."""
    name, _ = split_note(text)
    words = _WORDS.findall(name.lower())
    return bool(words) and words[-1] in _role_nouns()


def arrow_path(text: str) -> list[str]:
    """Steps of an arrow chain outside parentheses: "A → B (x)" → ["A", "B (x)"]; no arrow → []."""
    if not any(arrow in text for arrow in _arrows()):
        return []
    cuts = [(s.start_char, s.end_char) for s in find_rules("arrows", text) if not paren_depth(text, s.start_char)]
    if not cuts:
        return []
    bounds = [0] + [c for cut in cuts for c in cut] + [len(text)]
    steps = [text[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]
    return steps if all(steps) else []


def _split_qualifier(text: str) -> tuple[str, str | None]:
    """Split a trailing qualifier off a role: "Engineer with ML focus" → ("Engineer", "with ML focus").

    The qualifier word must follow a role noun, or the note closing after one
    ("Research Assistant (NLP) transitioning to industry"), outside parentheses.
    """
    if _qualifier_words().isdisjoint(_WORDS.findall(text.lower())):
        return text, None  # most roles: no qualifier word at all
    doc = text_doc(text)
    nouns: set[int] = set()
    qualifier_label = nlp().vocab.strings["QUALIFIER"]
    for match_id, start, _ in sorted(_role_words()(doc), key=lambda m: m[1]):
        if match_id != qualifier_label:
            nouns.add(start)
            continue
        token = doc[start]
        if start == 0 or paren_depth(text, token.idx):
            continue
        before = start - 1
        if doc[before].text == ")":
            opening = next((k for k in range(before - 1, -1, -1) if doc[k].text == "("), None)
            before = opening - 1 if opening else -1
        if before in nouns:
            return text[: token.idx].strip(), text[token.idx :].strip()
    return text, None


_WORDS = re.compile(r"[a-z]+")


def parse_role(text: str, sub_items: list[str] | None = None) -> CareerRole:
    """Read one role: "Research Assistant (NLP) transitioning to industry" → name, note 'NLP', qualifier."""
    cleaned = text.strip().rstrip(".;,").strip()
    path = arrow_path(cleaned)
    transition = None
    base, to_note = cleaned, None
    if len(path) >= 2:
        base = path[0]
        to_role, to_note = split_note(path[-1])
        transition = RoleTransition(from_role=path[0], to_role=to_role, path=path)
    name_part, qualifier = _split_qualifier(base)
    name, note = split_note(name_part)
    return CareerRole(
        name=name or name_part,
        note=note or to_note,
        qualifier=qualifier,
        transition=transition,
        sub_items=sub_items or [],
        text=text.strip(),
    )


# --- this section --------------------------------------------------------------------------

_ROLE_LISTS = {"feeder": "feeder_roles", "next": "next_roles", "adjacent": "adjacent_paths"}
_PROMOTION_TO = re.compile(r"\bpromotion\s+(?:to|into)\s+(?P<role>.+)$", re.IGNORECASE)
_HORIZON = re.compile(r"\(([^()]*\b(?:years?|months?|horizon)\b[^()]*)\)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_OPEN_START = re.compile(r"^(?:after|beyond|from|post|over)\b|\+", re.IGNORECASE)
_OPEN_END = re.compile(r"^(?:by|within|first|up to|until)\b", re.IGNORECASE)


def _promotion_transition(heading: str) -> RoleTransition | None:
    """The promotion a heading names: "(Associate → Applied Scientist)" or "promotion to NLP Scientist"."""
    inner = re.findall(r"\(([^()]*)\)", heading)
    for candidate in [*inner, heading]:
        path = arrow_path(candidate)
        if len(path) >= 2:
            return RoleTransition(from_role=path[0], to_role=path[-1], path=path)
    match = _PROMOTION_TO.search(heading)
    if match:
        return RoleTransition(to_role=match.group("role").strip())
    return None


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, PeriodUnit]:
    return {word: PeriodUnit(unit) for unit, words in load_vocab(VOCAB)["period_units"].items() for word in words}


def _period_numbers(period: str) -> tuple[PeriodUnit | None, float | None, float | None]:
    """(unit, start, end) of "Months 0–3" → (month, 0, 3); "After 12–24 months" → (month, 12, 24)."""
    units = _unit_words()
    unit = next((units[w] for w in re.findall(r"[a-z]+", period.lower()) if w in units), None)
    numbers = [float(n) for n in _NUMBER.findall(period)]
    if unit is None or not numbers:
        return None, None, None
    if len(numbers) >= 2:
        return unit, numbers[0], numbers[1]
    if _OPEN_START.search(period):
        return unit, numbers[0], None
    if _OPEN_END.search(period):
        return unit, None, numbers[0]
    return unit, numbers[0], numbers[0]


def _stage(node: Node) -> EvolutionStage:
    period, description = split_title_description(node.text)
    unit = start = end = None
    if period:
        unit, start, end = _period_numbers(period)
    return EvolutionStage(
        period=period,
        period_unit=unit,
        period_start=start,
        period_end=end,
        description=description if period else None,
        text=node.text,
    )


def _promotion_skill(node: Node) -> PromotionSkill:
    name, description = split_title_description(node.text)
    if name is None:
        title, detail = split_title_detail(node.text)
        if detail:
            name, description = title, detail
    if node.children:
        extra = " ".join(node.descendants())
        description = f"{description} {extra}".strip() if description else extra
    return PromotionSkill(
        number=node.block.number, name=name, description=description if name or node.children else None, text=node.text
    )


def _roots(nodes: list[Node], notes: list[str], unparsed: list[str]) -> list[Node]:
    """List nodes, with lead paragraphs moved to notes (their items lifted) and tables to unparsed."""
    out: list[Node] = []
    for node in nodes:
        if node.block.kind == BlockKind.TABLE:
            unparsed.append(node.text)
        elif node.block.kind == BlockKind.PARAGRAPH:
            notes.append(node.text)
            out.extend(node.children)
        else:
            out.append(node)
    return out


def parse(section: Section) -> CareerPath:
    """Parse the section's blocks into typed fields."""
    roles: dict[str, list[CareerRole]] = {name: [] for name in _ROLE_LISTS.values()}
    notes: list[str] = []
    promotion_notes: list[str] = []
    promotion_skills: list[PromotionSkill] = []
    evolution: list[EvolutionStage] = []
    other: list[ExtraSubsection] = []
    unparsed: list[str] = []
    horizon: str | None = None
    transition: RoleTransition | None = None
    for node in _roots(item_tree(section.blocks), notes, unparsed):
        notes.append(node.text)
        notes.extend(node.descendants())
    for sub in section.subsections:
        key = sub.key or ""
        tree = item_tree(sub.blocks)
        if key in _ROLE_LISTS:
            if key == "next" and horizon is None and (match := _HORIZON.search(sub.title)):
                horizon = match.group(1).strip()
            for node in _roots(tree, notes, unparsed):
                roles[_ROLE_LISTS[key]].append(parse_role(node.text, node.descendants()))
        elif key == "promotion":
            transition = transition or _promotion_transition(sub.title)
            promotion_skills += [_promotion_skill(n) for n in _roots(tree, promotion_notes, unparsed)]
        elif key == "evolution":
            for node in _roots(tree, notes, unparsed):
                if node.children:
                    evolution.append(_stage(node))
                    evolution += [_stage(child) for child in node.children]
                else:
                    evolution.append(_stage(node))
        else:
            other.append(extra_subsection(sub.title, sub.blocks))
    return CareerPath(
        notes=notes,
        next_roles_horizon=horizon,
        promotion_transition=transition,
        promotion_skills=promotion_skills,
        promotion_notes=promotion_notes,
        evolution=evolution,
        other=other,
        unparsed=unparsed,
        **roles,
    )
