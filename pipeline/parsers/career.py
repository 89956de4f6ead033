"""Section parser: career path and progression (section 15).

Feeder, next and adjacent roles are role names with a parenthetical note or a
trailing qualifier ("Software Engineer with ML focus → Associate Applied
Scientist (if strong ML/statistics foundation)"). Wording decides where a role
name ends and where an arrow is, so those are spaCy Matcher rules built once
from pipeline/vocab/experience_to_scorecard.json (vocabulary.py; roles are
read by common.parse_role, which the experience and scorecard parsers share);
the rest is layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field

from ..blocks import BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab
from .common import (
    CareerRole,
    ExtraSubsection,
    FieldsModel,
    Node,
    RoleTransition,
    SectionFields,
    extra_subsection,
    item_tree,
    list_nodes,
    parse_role,
    with_labelled_subsections,
)
from .text import (
    SENTENCE_GAP,
    paren_depth,
    paren_groups,
    split_at_colon,
    split_enumeration,
    split_note,
    split_title_description,
    split_title_detail,
)
from .vocabulary import EXPERIENCE_TO_SCORECARD, arrow_path, ends_with_role, role_qualifier_words

__all__ = ["CareerPath", "EvolutionStage", "PeriodUnit", "PromotionSkill", "parse", "with_own_role_chain"]


class PromotionSkill(FieldsModel):
    """One skill or dimension needed for promotion."""

    number: int | None = Field(default=None, description="Number printed before the item, if any.")
    name: str | None = Field(default=None, description="Short name before the colon, e.g. 'Scope ownership'.")
    description: str | None = None
    text: str


class PeriodUnit(FastStrEnum):
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
    transition: RoleTransition | None = Field(
        default=None,
        description="The progression a chain of role names joined by arrows names ('Analyst → Manager → Director'), "
        "as a path of roles, not periods (the stage's period is then null).",
    )
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
        default=None, description="The promotion the skills are for, read from the sub-heading or its lead line."
    )
    promotion_skills: list[PromotionSkill] = Field(default_factory=list, description="Skills needed for promotion.")
    promotion_notes: list[str] = Field(default_factory=list, description="Lead sentences of the promotion list.")
    evolution: list[EvolutionStage] = Field(default_factory=list, description="How the role evolves over time.")
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


# --- this section --------------------------------------------------------------------------

_ROLE_LISTS = {"feeder": "feeder_roles", "next": "next_roles", "adjacent": "adjacent_paths"}
_PROMOTION_TO = re.compile(r"\bpromotion\s+(?:to|into)\s+(?P<role>.+)$", re.IGNORECASE)
_HORIZON = re.compile(r"\(([^()]*\b(?:years?|months?|horizon)\b[^()]*)\)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_OPEN_START = re.compile(r"^(?:after|beyond|from|post|over)\b|\+", re.IGNORECASE)
_OPEN_END = re.compile(r"^(?:by|within|first|up to|until)\b", re.IGNORECASE)
# A stage label that dates a stage only by the one before it: "Years 3–5: ...; later: ..." is after year 5.
_LATER = re.compile(r"(?:later|beyond|thereafter|after that|afterwards|long(?:er)?[- ]term)", re.IGNORECASE)


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


def _from_own_role(transition: RoleTransition | None, roles: dict[str, list[CareerRole]]) -> RoleTransition | None:
    """A promotion named by its target alone ("promotion to General Foreman") starts from the page's own role: the
    one the section's feeder arrows lead to ("Journeyman Electrician → Electrical Foreman") or its next-role arrows
    start from, when they name one; else the transition as it is."""
    if transition is None or transition.from_role or not transition.to_role:
        return transition
    own = {role.transition.to_role for role in roles["feeder_roles"] if role.transition}
    own |= {role.transition.from_role for role in roles["next_roles"] if role.transition}
    own -= {None, transition.to_role}
    return transition.model_copy(update={"from_role": own.pop()}) if len(own) == 1 else transition


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, PeriodUnit]:
    units = load_vocab(EXPERIENCE_TO_SCORECARD)["period_units"]
    return {word: PeriodUnit(unit) for unit, words in units.items() for word in words}


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


_STAGE_LABEL_WORDS = 4  # "later", "mid-career", "after two years": a stage label is a few words
# A sentence end before a capital or a digit: where "Year 1: ... . Years 2–3: ..." may open the next stage; the
# stages of an inline list are set off by a dash too ("Years 1–2: A. – Years 3–5: B.").
_STAGE_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?:[–—]\s+)?(?=[A-Z0-9])")


def _labelled_sentences(text: str) -> list[str]:
    """The parts of "Year 1: A. Years 2–3: B." cut where a sentence opens with its own short stage label.

    A sentence without a label ("Year 1: learn. Own the close.") stays in the stage before it.
    """
    if text.count(":") < 2 or split_title_description(text, _STAGE_LABEL_WORDS)[0] is None:
        return [text]  # two stages need two labels, the first one opening the line
    gaps = [
        m.span()
        for m in _STAGE_SENTENCE_GAP.finditer(text)
        if split_title_description(text[m.end() :], _STAGE_LABEL_WORDS)[0] is not None
    ]
    starts = [0, *(end for _, end in gaps)]
    ends = [*(start for start, _ in gaps), len(text)]
    return [text[start:end].strip() for start, end in zip(starts, ends)]


_CLAUSE_GAP = re.compile(r";\s+")


def _labelled_clauses(sentence: str) -> list[str]:
    """The ';' clauses of a labelled sentence when each opens with its own short stage label, lower-case in the
    sentence's run: "Years 1–2: A; years 3–5: B; later: C" → three; "Year 1: learn A; own B" stays one."""
    if ";" not in sentence:
        return [sentence]  # most sentences: one stage
    cuts = [m.span() for m in _CLAUSE_GAP.finditer(sentence) if not paren_depth(sentence, m.start())]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(sentence)]
    clauses = [sentence[start:end].strip() for start, end in zip(starts, ends)]
    if (
        len(clauses) < 2
        or split_title_description(clauses[0], _STAGE_LABEL_WORDS)[0] is None
        or not all(split_at_colon(c, max_words=_STAGE_LABEL_WORDS) for c in clauses[1:])
    ):
        return [sentence]
    return clauses


def _clause_stages(clauses: list[str]) -> list[EvolutionStage]:
    """A sentence's stage, or the stages of its labelled ';' clauses, a "later" one dated by the one before it
    (the clauses run on in one sentence: "later" is after the clause before; across sentences or items a
    "Long term" stays undated)."""
    if len(clauses) == 1:
        return [_stage(clauses[0])]
    return _dated_by_previous([_stage(clause, _run_label(clause)) for clause in clauses])


def _run_label(clause: str) -> tuple[str, str] | None:
    """The label and description of a stage cut from a line; None to read it as a title (_stage). A clause after
    a ';' goes on in its sentence: its label may be lower-case ("years 3–5", "later")."""
    if split_title_description(clause)[0] is not None:
        return None
    return split_at_colon(clause, max_words=_STAGE_LABEL_WORDS)


def _dated_by_previous(stages: list[EvolutionStage]) -> list[EvolutionStage]:
    """The stages of one sentence's clauses, a "later" stage open-ended after the dated stage before it:
    "Years 3–5: B; later: C" → C from year 5 on."""
    for k in range(1, len(stages)):
        before, stage = stages[k - 1], stages[k]
        if (
            stage.period
            and stage.period_unit is None
            and _LATER.fullmatch(stage.period.strip())
            and before.period_unit is not None
            and before.period_end is not None
        ):
            update = {"period_unit": before.period_unit, "period_start": before.period_end, "period_end": None}
            stages[k] = stage.model_copy(update=update)
    return stages


def _stages(node: Node) -> list[EvolutionStage]:
    """The stages of one line: "Early: demos → later: deal strategy" is two, each step labelled and described.

    An arrow inside one stage's description ("Months 0–3: learn A → B") leaves the line one stage; sentences
    that each open with their own label ("Year 1: A → B. Years 2–3: C → D.") are a stage each, and so are the ';'
    clauses of one that each do ("Years 1–2: A; years 3–5: B; later: C").
    """
    sentences = [_labelled_clauses(sentence) for sentence in _labelled_sentences(node.text)]
    if len(sentences) > 1 or len(sentences[0]) > 1:
        return [stage for clauses in sentences for stage in _clause_stages(clauses)]
    steps = arrow_path(node.text)
    # The steps after an arrow go on in the line's sentence: their labels may be lower-case ("later").
    later = [split_at_colon(step, max_words=_STAGE_LABEL_WORDS) for step in steps[1:]]
    if later and all(later) and split_title_description(steps[0])[0]:
        return [_stage(steps[0]), *(_stage(step, parts) for step, parts in zip(steps[1:], later))]
    if chain := _labelled_chain(node.text) or (len(steps) >= _MIN_CHAIN_ROLES and _dated_chain(node.text)):
        return chain
    return [_stage(node.text)]


_MIN_CHAIN_ROLES = 3
_CHAIN_ROLE_WORDS = 5  # "Director of Security GRC", "Head of Security Risk"
# Where the sentence goes on after a chain's last role: "... → CISO; the focus moves to strategy."
# The period closing the sentence on the last role splits nothing off: "... → IT Operations Manager.", nor after
# the last role's bracket: "... → Audit Manager (Payroll and People Processes)."
_AFTER_CHAIN = re.compile(r"[;:]\s+|(?<=[\w)])\.(?:\s+|$)|\s+[–—]\s+")
# "... → Director of Support, with the focus moving ...": a comma before a lower-case word ends the last role
# (a role's own comma opens its team, capitalised: "Senior Manager, Support Operations"); the clause after it
# says how the path goes, within the sentence: the chain stage's description.
_CHAIN_CLAUSE = re.compile(r",\s+(?=[a-z])")
_ROLE_CHOICE = re.compile(r" or | / ")  # a step of two roles: "Systems Administrator or Endpoint Engineer"


def _is_role_name(step: str) -> bool:
    """A short capitalised name, or a choice of them, no label and no sentence: "Director of Security GRC", not
    "Year 1: learn"; a trailing bracket notes the name, its words no part of it ("Audit Manager (Payroll and
    People Processes)")."""
    words = max(len(split_note(choice)[0].split()) for choice in _ROLE_CHOICE.split(step))
    if step.endswith((" or", " and")):
        return False  # a branch the arrows write as "A (IC) or → B": no step of its own
    return step[:1].isupper() and words <= _CHAIN_ROLE_WORDS and ":" not in step and not step.endswith(".")


def _role_chain(text: str, steps: list[str]) -> list[EvolutionStage]:
    """The stages of a label-less chain of three or more role names, "Analyst → Manager → Director → CISO; the
    focus moves ...": the chain one stage whose transition is the path of roles (role names are no periods, as
    a feeder's arrows are a move), what the sentence says after the last one a stage of its own, a comma's clause
    ("..., with the focus moving ...") the chain stage's description; [] when a step is no short name (a
    sentence, a label)."""
    if len(steps) < _MIN_CHAIN_ROLES:
        return []
    last, *rest = _AFTER_CHAIN.split(steps[-1], maxsplit=1)
    clause = _CHAIN_CLAUSE.split(last, maxsplit=1) if "," in last and not "".join(rest).strip() else [last]
    last, description = clause[0], (clause[1].strip().rstrip(".") if len(clause) == 2 else None)
    roles = [*steps[:-1], last.strip()]
    if not all(_is_role_name(role) for role in roles):
        return []
    after = rest[0].strip() if rest else ""
    chain = text[: text.rindex(steps[-1]) + len(last)].strip() if after else text.strip()  # as on the page
    path = RoleTransition(from_role=roles[0], to_role=roles[-1], path=roles)
    stage = EvolutionStage(transition=path, description=description, text=chain)
    return [stage, *([_stage(after)] if after else [])]


def _chain_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[EvolutionStage]]:
    """The paragraphs beside an evolution list that are no chain of roles, and the stages of those that are
    ("Typical path: Senior SOC Analyst → SOC Manager → Director → CISO."): a path the role evolves along, as
    a stage written in the list is, not a note."""
    kept: list[str] = []
    stages: list[EvolutionStage] = []
    for text in paragraphs:
        if chain := _labelled_chain(text):
            stages += chain
        else:
            kept.append(text)
    return kept, stages


def _labelled_chain(text: str) -> list[EvolutionStage]:
    """The stages of a chain of roles, a short label naming it perhaps ("Typical path: A → B → C or D", in the
    list or beside it): the label is no period of a stage, the chain its transition; [] when no chain."""
    body = _chain_body(text)
    if not (chain := _role_chain(body, arrow_path(body))):
        return []
    label = text[: len(text) - len(body)]
    return [chain[0].model_copy(update={"text": label + chain[0].text}), *chain[1:]]


def _dated_chain(text: str) -> list[EvolutionStage]:
    """The stage a period labels whose description is a chain of roles ("Beyond 5 years: A → B → C."): the period
    dates it, the chain is its transition (the chain no period's but a description would leave it untyped);
    [] when the description is no chain of role names."""
    parts = split_at_colon(text, max_words=_STAGE_LABEL_WORDS)
    if parts is None or _period_numbers(parts[0])[0] is None:
        return []
    chain = _role_chain(parts[1], arrow_path(parts[1]))
    if len(chain) != 1:
        return []  # no chain, or words after it: the line stays one stage, as written
    return [_stage(text, parts).model_copy(update={"transition": chain[0].transition})]


def _chain_body(text: str) -> str:
    """The chain after a short label naming it ("Typical path: A → B → C" → "A → B → C"); a period's label
    ("Years 3–5: A → B → C") dates a stage, it names no path: the text whole."""
    parts = split_at_colon(text, max_words=_STAGE_LABEL_WORDS)
    if parts is None or _period_numbers(parts[0])[0] is not None:
        return text
    return parts[1]


def _stage(text: str, parts: tuple[str, str] | None = None) -> EvolutionStage:
    period, description = parts or split_title_description(text)
    unit = start = end = None
    if period:
        unit, start, end = _period_numbers(period)
    return EvolutionStage(
        period=period,
        period_unit=unit,
        period_start=start,
        period_end=end,
        description=description if period else None,
        text=text,
    )


def _promotion_skill(node: Node) -> PromotionSkill:
    return _skill(node.text, node.block.number, node.descendants())


def _skill(text: str, number: int | None, details: list[str]) -> PromotionSkill:
    """A skill from its text ("Scope ownership: ..."), the number printed before it and the lines under it."""
    name, description = split_title_description(text)
    if name is None:
        title, detail = split_title_detail(text)
        if detail:
            name, description = title, detail
    if details:
        extra = " ".join(details)
        description = f"{description} {extra}".strip() if description else extra
    return PromotionSkill(number=number, name=name, description=description if name or details else None, text=text)


# An item's number inside a sentence: "(1) ownership", "1) ownership", "1. ownership".
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?:\((\d{1,2})\)|(\d{1,2})([.)]))\s+(?=\S)")
# What closes an inline item before the next number: its separator, and the closing "and" before the last.
_ITEM_END = re.compile(r"(?:[\s,;]+(?:and|or))?[\s,;.]*$")


def _inline_skills(notes: list[str]) -> tuple[list[str], list[PromotionSkill]]:
    """The skills a promotion paragraph numbers in one sentence ("Promotion to Senior requires: 1. ownership of
    designs; 2. automation that others use; ..."), and the notes left: each such paragraph's lead."""
    kept: list[str] = []
    skills: list[PromotionSkill] = []
    for note in notes:
        cuts = _inline_cuts(note)
        if not cuts:
            kept.append(note)
            continue
        if lead := note[: cuts[0][0]].strip():
            kept.append(lead)
        stops = [start for start, _ in cuts[1:]] + [len(note)]
        for number, ((_, begin), stop) in enumerate(zip(cuts, stops), 1):
            if item := _ITEM_END.sub("", note[begin:stop]).strip():
                skills.append(_skill(item, number, []))
    return kept, skills


def _inline_cuts(text: str) -> list[tuple[int, int]]:
    """(marker start, item start) of each item of an inline run numbered 1, 2, ... in one marker style; [] for
    fewer than two."""
    if "1" not in text or "2" not in text:
        return []  # most notes: no run of items 1 and 2, no regex scan
    cuts: list[tuple[int, int]] = []
    style = ""
    for match in _INLINE_NUMBER.finditer(text):
        paren, number, closer = match.groups()
        marker = "()" if paren else closer
        if int(paren or number) == len(cuts) + 1 and style in ("", marker):
            style = marker
            cuts.append((match.start(), match.end()))
    return cuts if len(cuts) >= 2 else []


# The list a promotion line names after "requires:", one sentence ("Senior Full-Stack Developer → requires:
# leading initiatives, designing systems, and mentoring"): a few short items, no prose with a comma or two.
_REQUIRES = re.compile(r"\brequires?:\s+(?=\S)")
_MIN_REQUIRED = 3
_REQUIRED_WORDS = 8


def _required_skills(notes: list[str]) -> tuple[list[str], list[PromotionSkill], RoleTransition | None]:
    """The skills a promotion paragraph lists after "requires:", the notes left (each such paragraph's lead, as
    for numbered ones) and the role its arrow names ("Senior Full-Stack Developer → requires: a, b, c")."""
    kept: list[str] = []
    skills: list[PromotionSkill] = []
    transition = None
    for note in notes:
        match = _REQUIRES.search(note) if "require" in note else None
        items = split_enumeration(note[match.end() :], closing=True) if match else []
        if match is None or len(items) < _MIN_REQUIRED or any(len(i.split()) > _REQUIRED_WORDS for i in items):
            kept.append(note)
            continue
        lead = note[: match.end()].strip()
        kept.append(lead)
        skills += [_skill(item, None, []) for item in items]
        transition = transition or _arrow_to_requirements(lead)
    return kept, skills, transition


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """The verbs a lead clause cuts before its list ("Promotion requires", "Moving up means"): subheadings.json's
    list-lead ends."""
    return frozenset(load_vocab("subheadings.json")["_list_leads"]["ends"])


def _enumerated_skills(notes: list[str]) -> list[PromotionSkill]:
    """The skills a promotion paragraph lists as one bare sentence, no lead ("Managing managers, multi-year
    strategy, budget ownership, and executive influence."); none from a sentence of prose, a colon's lead or a
    clause ("Promotion requires scope, ..."), nor from items too long for a skill's name. The note stays as
    printed: the list's joining words ("and") are the page's and typed nowhere else."""
    skills: list[PromotionSkill] = []
    for note in notes:
        # A colon's lead, an arrow's chain or a second sentence: prose, no bare list.
        prose = ":" in note or "→" in note or SENTENCE_GAP.search(note) is not None
        items = [] if prose else split_enumeration(note, closing=True)
        if (
            len(items) < _MIN_REQUIRED
            or any(len(item.split()) > _REQUIRED_WORDS for item in items)
            or not _clause_words().isdisjoint(word.lower() for word in items[0].split())
        ):
            continue
        skills += [_skill(item, None, []) for item in items]
    return skills


def _arrow_to_requirements(lead: str) -> RoleTransition | None:
    """The promotion a lead names by pointing from its role to what it asks: "Senior Full-Stack Developer →
    requires:" (the arrow reads "to become one, it takes")."""
    steps = arrow_path(lead)
    if len(steps) != 2 or steps[1].lower() not in ("requires:", "require:") or not _is_role_name(steps[0]):
        return None
    return RoleTransition(to_role=steps[0])


# A title-cased role name: capitalised words, with the joiners and brackets such names hold ("Head of
# Finance", "Staff Accountant (AP/GL)", "Procure-to-Pay Analyst").
_ROLE_NAME = r"[A-Z][\w&'’./-]*(?:\s+(?:[A-Z0-9][\w&'’./-]*|\([^()]*\)|of|and|for|in|the|&))*"
# "Team Lead ? Supervisor": a page saved in a code page without "→" wrote "?" for it.
_LOST_ARROW = re.compile(rf"({_ROLE_NAME}) \? ({_ROLE_NAME})")
# Lines of one list written so that tell the loss: one alone may be the writer's own question mark.
_LOST_ARROW_LINES = 2
# A lead line naming the promotion, "Promotion to Principal Cloud Architect typically requires:": the role is the
# title-cased name (its alternatives kept, as a sub-heading's: "Senior Tax Manager or Tax Director"), up to
# where the lower-case sentence goes on.
# A lead opening with an infinitive of purpose names it as well: "To move to Senior Curator:", "To step up to
# Lead Engineer:", "To become a Principal Consultant:".
_LEAD_PROMOTION_TO = re.compile(
    rf"(?:\b(?i:promotion\s+(?:to|into))|^To\s+(?:(?:move|step|progress|advance)(?:\s+up)?\s+(?:to|into)|become|reach))"
    rf"\s+(?:(?i:an?|the)\s+)?({_ROLE_NAME}(?:\s+or\s+{_ROLE_NAME})*)"
)


def _lead_transition(leads: list[str]) -> RoleTransition | None:
    """The promotion a lead line of the promotion skills names, when the sub-heading names none."""
    for lead in leads:
        if ("romotion" in lead or lead.startswith("To ")) and (match := _LEAD_PROMOTION_TO.search(lead)):
            return RoleTransition(to_role=match.group(1).strip())
    return None


def _lost_arrow(text: str) -> re.Match[str] | None:
    """The two role names of a line "A ? B", the arrow between them lost; None for any other line."""
    return _LOST_ARROW.fullmatch(text.strip().rstrip(".")) if " ? " in text else None


# A clause after a role's note that tells what the person brings or wants, as "with ..." and "for ..." do: a
# participle, or an adjective with its preposition ("interested in customer-facing work", "looking to move into
# SRE", "keen on automation"); lower-case, so no second role name ("(junior) or Analyst" names no clause).
_PERSON_CLAUSE = re.compile(r"[a-z]+(?:ing|ed)\b|[a-z]+ (?:in|on|to|about|for|with|from)\b")


def _opens_qualifier(clause: str) -> bool:
    return clause.split(" ", 1)[0] in role_qualifier_words() or _PERSON_CLAUSE.match(clause) is not None


def _noted_then_qualified(role: CareerRole) -> CareerRole:
    """A role left whole whose note sits mid-line, a qualifier after it, read as "Research Scientist (rare,
    context-specific) if ..." is: "Principal Engineer, Infrastructure (rare, large organizations) for org-wide
    technical strategy" → name, note, qualifier. The word before its note names no role ("Infrastructure"), so
    the qualifier rule, which wants a role noun there, left the line whole."""
    if role.note or role.qualifier or role.transition or not (groups := paren_groups(role.name)):
        return role
    end = groups[-1][1]
    clause = role.name[end:].strip()
    if not _opens_qualifier(clause):
        return role  # no clause after the bracket ("Data Scientist (NLP-focused)"), or not a qualifier's
    head = parse_role(role.name[:end], role.sub_items)
    if head.note is None or head.qualifier or head.transition:
        return role
    return head.model_copy(update={"qualifier": clause, "text": role.text})


def _role(text: str, sub_items: list[str], lost: bool) -> CareerRole:
    """One role of a feeder, next or adjacent list; with ``lost``, " ? " between two role names is read as the
    arrow it was, the text kept as on the page."""
    if ":" in text and "→" in text and (body := _chain_body(text)) != text and len(arrow_path(body)) >= 2:
        # A chain's label is no part of its first role ("Typical path: Leasing Consultant → ... → Manager").
        role = _noted_then_qualified(parse_role(body, sub_items))
        return role.model_copy(update={"text": text.strip()})
    if not lost or (names := _lost_arrow(text)) is None:
        return _noted_then_qualified(parse_role(text, sub_items))
    role = parse_role(f"{names.group(1)} → {names.group(2)}", sub_items)
    return role.model_copy(update={"text": text.strip()})


_MIN_COMMA_ROLES = 3
_INLINE_ROLE_WORDS = 6  # "Art Handler / Preparator": a role's name, its note aside, is a few words


def _continued_moves(roles: list[CareerRole]) -> list[CareerRole]:
    """The next roles, a move that goes on from a step an earlier move reached named by the step after it: under
    "Next likely roles", "Branch Manager → Regional Manager" then "Regional Manager → Deputy Director" is one path
    written a move a line, and its second line names the Deputy Director, not the Regional Manager again (the
    move kept). A first step no earlier move reaches ("Senior Consultant → Principal ...") names its line."""
    if len(roles) < 2 or sum(role.transition is not None for role in roles) < 2:
        return roles  # nearly every list: one move at most
    reached: set[str] = set()
    out: list[CareerRole] = []
    for role in roles:
        move = role.transition
        if move is not None and len(move.path) >= 2 and role.name == move.from_role:
            if move.path[0].strip().lower() in reached:
                role = role.model_copy(update={"name": _step_name(move.path[1])})
            reached.update(step.strip().lower() for step in move.path[1:])
        out.append(role)
    return out


def _inline_roles(text: str) -> list[str]:
    """The roles of a feeder, next or adjacent list written on one line: split at semicolons, else at commas when
    every piece is a short capitalised name ("Collections Manager, Exhibitions Manager (track), ..."); [] for a
    sentence ("Most come from analytics, finance, or operations.")."""
    pieces = split_enumeration(text, ";")
    if len(pieces) == 1:
        by_comma = split_enumeration(text, ",")  # two parts are more often one role: "Engineering Manager, SRE"
        pieces = by_comma if len(by_comma) >= _MIN_COMMA_ROLES else pieces
    names = [split_note(piece)[0] or "" for piece in pieces]
    if all(name[:1].isupper() and len(name.split()) <= _INLINE_ROLE_WORDS for name in names):
        return pieces
    if len(pieces) >= _MIN_COMMA_ROLES and names[0][:1].isupper() and all(_lower_role(piece) for piece in pieces):
        return pieces  # in sentence case: "Nurse educator roles, quality improvement specialist, medical ... liaison"
    return []


def _lower_role(piece: str) -> bool:
    """Whether a piece of a one-line list in sentence case is a role: a few words closed by a role noun, a
    qualifier after them aside ("medical science liaison for nutrition companies")."""
    name = parse_role(piece, []).name or ""
    return len(name.split()) <= _INLINE_ROLE_WORDS and ends_with_role(name)


def _one_line_chain(text: str) -> bool:
    """Whether a role list's one line is an arrow chain of role names ("Ski Patroller → Senior Patroller → Team
    Leader"), each step a short capitalised name, as one list item of the chain would be; not a sentence with an
    arrow in it ("Most move → management after years")."""
    steps = arrow_path(text)  # no arrow on the line (most): one regex search
    return len(steps) >= 2 and all(
        step[:1].isupper() and len(split_note(step)[0].split()) <= _INLINE_ROLE_WORDS for step in steps
    )


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
    section = with_labelled_subsections(section, "career_path")  # "<strong>How the role evolves:</strong> A → B"
    for node in list_nodes(item_tree(section.blocks), notes, unparsed):
        notes.append(node.text)
        notes.extend(node.descendants())
    for sub in section.subsections:
        key = sub.key or ""
        tree = item_tree(sub.blocks)
        if key in _ROLE_LISTS:
            if key == "next" and horizon is None and (match := _HORIZON.search(sub.title)):
                horizon = match.group(1).strip()
            lead = len(notes)
            nodes = list_nodes(tree, notes, unparsed)
            if not nodes and len(notes) == lead + 1 and len(inline := _inline_roles(notes[lead])) > 1:
                del notes[lead]  # "<strong>Common feeder roles:</strong> A; B (note); C": the list on one line
                roles[_ROLE_LISTS[key]] += [_role(piece, [], False) for piece in inline]
                continue
            if not nodes and len(notes) == lead + 1 and _one_line_chain(notes[lead]):
                # "<strong>Common feeder roles:</strong> A → B → C": the chain the one item a list would hold.
                roles[_ROLE_LISTS[key]].append(_role(notes.pop(), [], False))
                continue
            if len(nodes) == 1 and not nodes[0].children and len(inline := _inline_roles(nodes[0].text)) > 1:
                # "-   Nurse educator partnership roles, quality improvement specialist, ...": one item, the list.
                roles[_ROLE_LISTS[key]] += [_role(piece, [], False) for piece in inline]
                continue
            lost = sum(_lost_arrow(node.text) is not None for node in nodes) >= _LOST_ARROW_LINES
            for node in nodes:
                roles[_ROLE_LISTS[key]].append(_role(node.text, node.sub_items(), lost))
        elif key == "promotion":
            transition = transition or _promotion_transition(sub.title)
            lead = len(promotion_notes)
            items = list_nodes(tree, promotion_notes, unparsed)
            promotion_skills += [_promotion_skill(n) for n in items]
            if not items:  # the skills numbered inside the sub-heading's sentence, or listed after "requires:"
                promotion_notes[lead:], inline = _inline_skills(promotion_notes[lead:])
                if not inline:
                    promotion_notes[lead:], inline, named = _required_skills(promotion_notes[lead:])
                    transition = transition or named
                if not inline:
                    inline = _enumerated_skills(promotion_notes[lead:])
                promotion_skills += inline
            transition = transition or _lead_transition(promotion_notes[lead:])
        elif key == "evolution":
            if all(block.kind is BlockKind.PARAGRAPH for block in sub.blocks):
                # Told in prose, no list: each paragraph is a stage (a lead before a list stays a note).
                evolution += [stage for node in tree for stage in _stages(node)]
                continue
            lead = len(notes)
            for node in list_nodes(tree, notes, unparsed):
                # Items nested under a stage ("Associate: ..." under a lead) are stages of their own.
                evolution += _stages(node)
                evolution += [stage for child in node.children for stage in _stages(child)]
            notes[lead:], paths = _chain_paragraphs(notes[lead:])
            evolution += paths
        else:
            other.append(extra_subsection(sub.title, sub.blocks))
    roles["next_roles"] = _continued_moves(roles["next_roles"])
    return CareerPath(
        notes=notes,
        next_roles_horizon=horizon,
        promotion_transition=_from_own_role(transition, roles),
        promotion_skills=promotion_skills,
        promotion_notes=promotion_notes,
        evolution=evolution,
        other=other,
        unparsed=unparsed,
        **roles,
    )


# --- the page's own role in a chain ----------------------------------------------------------------------------


def with_own_role_chain(career: CareerPath, title: str | None) -> CareerPath:
    """The career path with the roles a chain through the page's own role names ("Typical progression: Analyst →
    Manager → <the role> → Head of X / Chief X", a note of the section): the steps before the role are
    feeder roles, each with its move up to the role; the steps after it next roles, each with the move from the
    role. A step that is a choice ("Head of X / Chief X") is a role each; a role the lists name already is not
    repeated (merged by name: it takes the move when it has none)."""
    for field in ("next_roles", "adjacent_paths"):  # an adjacent path is a move from the role, as a next role
        roles = getattr(career, field)
        if title and any(_moves_from(role, title) for role in roles):
            career = career.model_copy(update={field: [_next_step(role, title) for role in roles]})
    path = _own_role_path(career, title) if title else None
    if path is None:
        return career  # most pages: no chain, or none through the role
    own = next(i for i, step in enumerate(path) if _same_role(step, title or ""))
    feeders = [(step, path[i : own + 1]) for i, step in enumerate(path[:own])]
    nexts = [(step, path[own : own + 2 + i]) for i, step in enumerate(path[own + 1 :])]
    return career.model_copy(
        update={
            "feeder_roles": _merged_roles(career.feeder_roles, feeders, title or ""),
            "next_roles": _merged_roles(career.next_roles, nexts, title or ""),
        }
    )


def _moves_from(role: CareerRole, title: str) -> bool:
    """Whether a next role's (or an adjacent path's) line is a move from the page's own role, named by its first
    step ("Port Operations Supervisor → HSE Manager" under "Adjacent career paths")."""
    move = role.transition
    return (
        move is not None
        and len(move.path) >= 2
        and role.name == move.from_role
        and (_same_role(role.name, title) or _own_role_shortened(role.name, title))
    )


_SHORT_ROLE_WORDS = 2  # "Floor Supervisor": a shortening names the role's post, a word alone ("Supervisor") no role


def _own_role_shortened(step: str, title: str) -> bool:
    """Whether a next-role chain's first step names the page's role shortened, as a chain writes steps: "Floor
    Supervisor" for "Casino Floor Supervisor", the title's last two words or more, the words it drops a setting, no
    rank or deputy's word ("Store Manager" is the next step of an "Assistant Store Manager", "Data Engineer" a
    step below a "Senior Data Engineer")."""
    words, full = step.lower().split(), (split_note(title)[0] or title).lower().split()
    if len(words) < _SHORT_ROLE_WORDS or len(words) >= len(full) or full[-len(words) :] != words:
        return False
    return not _below_or_above(full[: -len(words)])


def _below_or_above(words: list[str]) -> bool:
    """Whether a title's leading words hold a rank (seniority.json's levels) or a deputy's word ("assistant")."""
    text = f" {' '.join(words)} "
    return any(f" {word} " in text for word in _rank_and_deputy_words())


@lru_cache(maxsize=1)
def _rank_and_deputy_words() -> tuple[str, ...]:
    levels = load_vocab("seniority.json")["levels"]
    ranks = [word.lower() for level, names in levels.items() if level != "_comment" for word in names]
    return (*ranks, *(word.lower() for word in load_vocab(EXPERIENCE_TO_SCORECARD)["role_deputy_words"]))


def _next_step(role: CareerRole, title: str) -> CareerRole:
    """A next role written as the move from the page's own role ("Crop Agronomist → Senior Agronomist → Regional
    Agronomy Manager") named by the step after the role (Senior Agronomist), not the role itself; the move kept."""
    if not _moves_from(role, title) or role.transition is None:
        return role  # "Senior Solutions Consultant → Principal ...": the line's first step is a next role of its own
    return role.model_copy(update={"name": _step_name(role.transition.path[1])})


def _step_name(step: str) -> str:
    """A move's step as a role's name: a lower-case bracket is a note on the step ("Lead (player-coach)"); a
    capitalised one is part of its title."""
    name, note = split_note(step)
    return name if name and note and note[:1].islower() else step


def _own_role_path(career: CareerPath, title: str) -> list[str] | None:
    """The first chain of roles of the section's notes (its lead, before the role lists) with the page's own role
    as a step. A chain under "How the role evolves" is left to that list: it tells how the role grows, and pages
    writing one list their feeder and next roles whole."""
    if "→" not in "".join(career.notes):
        return None  # cheap first: most sections write no chain in their notes
    paths = [s.transition.path for note in career.notes for s in _labelled_chain(note) if s.transition]
    return next((path for path in paths if any(_same_role(step, title) for step in path)), None)


def _same_role(step: str, title: str) -> bool:
    """Whether a chain's step is the role the page is about, its bracketed note aside ("Data Protection Officer
    (DPO)")."""
    return (split_note(step)[0] or step).strip().lower() == (split_note(title)[0] or title).strip().lower()


def _merged_roles(listed: list[CareerRole], steps: list[tuple[str, list[str]]], title: str) -> list[CareerRole]:
    """The listed roles, then each role of the chain's steps the list does not name, with its move (from or to
    that role itself when its step is a choice: "Head of X" of "Head of X / Chief X"). A choice naming the page's
    role again ("Manager, or <the role> → Y": a second branch) names it as no feeder or next role of its own."""
    roles = list(listed)
    for step, moves in steps:
        for name in _ROLE_CHOICE.split(step):
            name = name.strip(" ,;")
            if not name or _same_role(name, title):
                continue
            ends = (name if moves[0] == step else moves[0], name if moves[-1] == step else moves[-1])
            transition = RoleTransition(from_role=ends[0], to_role=ends[1], path=moves)
            at = next((i for i, role in enumerate(roles) if _names_listed(name, role.name)), None)
            if at is None:
                roles.append(CareerRole(name=name, transition=transition, text=name))
            elif roles[at].transition is None:
                roles[at] = roles[at].model_copy(update={"transition": transition})
    return roles


def _names_listed(step: str, listed: str) -> bool:
    """Whether a chain's step names a listed role: the same name, or one of a listed choice ("Billing Supervisor" of
    "Billing Team Lead / Billing Supervisor"), or a chain's shortening of it, two words or more found in order
    in its name ("Senior Specialist" for "Senior Medical Billing Specialist": a chain writes steps short)."""
    words = step.lower().split()
    for choice in _ROLE_CHOICE.split(listed):
        name = choice.strip().lower().split()
        if name == words or (len(words) > 1 and _in_order(words, name)):
            return True
    return False


def _in_order(words: list[str], name: list[str]) -> bool:
    """Whether the words occur in the name in their order, others between them perhaps."""
    rest = iter(name)
    return all(word in rest for word in words)
