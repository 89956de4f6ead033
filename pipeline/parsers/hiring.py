"""Section parser: hiring evaluation criteria (section 19).

What to assess ("Communication – Explaining tradeoffs, ..."), practical
exercises (a title line with an optional duration, then its details, or a
"Name (duration): description" line), candidate
signals, red flags and the interview scorecard table (dimension, meets,
exceeds). Whether a line names an exercise is decided by wording (a spaCy rule
over exercise nouns); the rest is layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field

from ..blocks import Block, BlockKind
from ..models import Section, Subsection
from ..nlp import load_vocab
from ..sections import subheading_key
from ..tables import is_column_name, stacked_tables, tables_from_runs
from .common import (
    SENTENCE_ENDS,
    ExtraSubsection,
    FieldsModel,
    Node,
    Point,
    SectionFields,
    block_texts,
    closing_remarks,
    drop_item_lead,
    drop_tables,
    extra_subsection,
    item_tree,
    list_nodes,
    nest_colon_leads,
    own_subheading,
    point,
    split_number,
    split_tables,
    table_header,
    with_labelled_subsections,
)
from .text import (
    CLOSING_STOP,
    OR_SEPARATOR,
    paren_depth,
    split_label,
    split_note,
    split_title_description,
    split_title_detail,
    split_top_level,
)
from .vocabulary import EXPERIENCE_TO_SCORECARD, find_rules

__all__ = [
    "AssessmentArea",
    "Exercise",
    "Hiring",
    "InterviewScorecard",
    "ScorecardRow",
    "is_exercise_title",
    "parse",
    "parse_exercise_title",
]


class AssessmentArea(FieldsModel):
    """One thing to assess in interviews."""

    number: int | None = Field(default=None, description="Number printed before the item, if any.")
    dimension: str = Field(description="What is assessed, e.g. 'Communication'.")
    description: str | None = Field(
        default=None, description="How it shows, e.g. 'Explaining tradeoffs, writing clarity'."
    )
    text: str


class Exercise(FieldsModel):
    """A practical exercise or case study with its details."""

    label: str | None = Field(default=None, description="Label before the name, e.g. 'Exercise A'.")
    name: str | None = Field(
        default=None, description="Exercise name, e.g. 'Experiment design case'; null when the page gives only details."
    )
    duration: str | None = Field(
        default=None, description="Duration as written, e.g. '2–3 hours take-home or 60–90 minute live'."
    )
    format_note: str | None = Field(
        default=None, description="Parenthetical that is not a duration, e.g. 'whiteboard'."
    )
    details: list[Point] = Field(default_factory=list, description="The exercise's details, nested as on the page.")
    text: str | None = Field(
        default=None,
        description="The exercise's line as on the page: its title line, or the whole 'Case: ...' line it opens.",
    )


class ScorecardRow(FieldsModel):
    """One row of the interview scorecard: a dimension and what meeting / exceeding the bar looks like."""

    dimension: str
    meets: str | None = Field(default=None, description="What meeting the bar looks like.")
    exceeds: str | None = Field(default=None, description="What exceeding the bar looks like.")
    weight: str | None = Field(default=None, description="Weight of the dimension, when the table has one.")
    other_cells: list[str] = Field(default_factory=list, description="Cells of columns not recognised.")
    text: str = Field(description="The row's cells joined with ' | '.")


class InterviewScorecard(FieldsModel):
    """The interview scorecard table and the rubric note around it."""

    header: list[str] = Field(default_factory=list, description="Column names as on the page.")
    rubric_notes: list[str] = Field(
        default_factory=list, description="Sentences about the rubric, e.g. the scale used."
    )
    rows: list[ScorecardRow] = Field(default_factory=list)


class Hiring(SectionFields):
    """Typed fields of 'Hiring Evaluation Criteria'."""

    notes: list[str] = Field(
        default_factory=list,
        description="Paragraphs before the first sub-heading, then the remarks closing a signal list.",
    )
    what_to_assess: list[AssessmentArea] = Field(default_factory=list)
    exercises: list[Exercise] = Field(default_factory=list, description="Practical exercises or case studies.")
    exercise_notes: list[str] = Field(default_factory=list, description="Guidance about the exercises as a whole.")
    strong_signals: list[Point] = Field(default_factory=list, description="Strong candidate signals.")
    weak_signals: list[Point] = Field(default_factory=list, description="Weak candidate signals.")
    red_flags: list[Point] = Field(default_factory=list)
    scorecard: InterviewScorecard | None = Field(default=None, description="The interview scorecard dimensions.")
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


# --- exercises -------------------------------------------------------------------------------

_MAX_TITLE_WORDS = 10
_PARENS = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _duration() -> re.Pattern[str]:
    units = "|".join(sorted(load_vocab(EXPERIENCE_TO_SCORECARD)["duration_units"], key=len, reverse=True))
    # "45 minutes", "2–3 hours", and the adjective "30-minute"; a day's share in words, "half day", "full-day"
    return re.compile(rf"\d+\s*(?:[–—-]\s*\d+\s*)?-?(?:{units})\b|\b(?:half|full)[- ]day\b", re.IGNORECASE)


def _is_duration(text: str) -> bool:
    return bool(_duration().search(text))


def _title_words(title: str) -> int:
    """The words of an exercise title outside brackets, less a label numbering it: "Case C: Build a launch
    business case with volume and margin" counts the name's nine, the label being no part of the name."""
    label, name = split_title_description(title)
    counted = name if label and _LABEL_ID.search(label) else title
    return len(_PARENS.sub("", counted).split())


def is_exercise_title(text: str) -> bool:
    """A short line naming an exercise: "Design exercise (whiteboard)" → True, "Build a baseline model" → False.

    A timed name may close on the colon that leads into its details: "Trading case (60 minutes):".
    """
    stripped = _timed_lead(text.strip())
    if not stripped or stripped.endswith((".", ":", ",", ";", "”", '"', "!", "?")):
        return False
    label, _ = split_title_description(stripped)
    head = label or stripped
    if _title_words(stripped) > _MAX_TITLE_WORDS:
        return False
    if find_rules("exercise_nouns", head):
        return True
    name, note = split_note(stripped)
    return bool(note and (_is_duration(note) or _kind_with_mode(name, note) or _run_as(note)))


def _run_as(note: str) -> bool:
    """Whether a title's whole bracket says how the exercise is run: "Flaky test debugging (live)". A format
    word alone names no detail, so the name needs no exercise noun."""
    return note.strip().lower() in _exercise_formats()


_MODE_WORDS = 3


def _kind_with_mode(name: str, note: str) -> bool:
    """Whether a name ends in a kind of exercise and its bracket says how it is run: "Field scenario (verbal)",
    "Pricing simulation (panel)". A kind alone ("Scenario:") more often leads an exercise's details."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in _sequence_nouns() and len(note.split()) <= _MODE_WORDS


def parse_exercise_title(text: str) -> tuple[str | None, str, str | None, str | None]:
    """Read a title line: "Exercise B: Design case (45–60 min)" → ("Exercise B", "Design case", "45–60 min", None).

    The parts are (label, name, duration, format note); a parenthetical without a duration is the format note.
    A task before the colon is no label: "Process a mock article into a case: validity, coding (60 minutes)" is
    all the name.
    """
    body, note = split_note(_timed_lead(text.strip()))
    if note is None and (timed := _timed_alternatives(body)):
        body, note = timed
    label, name = split_title_description(body)
    if label and _is_task(label):
        label, name = None, body
    return label, name, *_timed_note(note)


def _timed_note(note: str | None) -> tuple[str | None, str | None]:
    """(duration, format note) of a title's parenthetical: "take-home, 3 hours" → ("3 hours", "take-home"),
    "whiteboard" → (None, "whiteboard"). Its comma parts that state no time say how the exercise is run."""
    if not note or not _is_duration(note):
        return None, note
    if (formatted := _formatted_duration(note)) is not None:
        return formatted
    parts = [part.strip() for part in note.split(",")]
    timed = [part for part in parts if _is_duration(part)]
    untimed = [part for part in parts if part and not _is_duration(part)]
    if not untimed:
        return note, None
    return ", ".join(timed), ", ".join(untimed)


def _formatted_duration(note: str) -> tuple[str, str] | None:
    """(duration, format) of a parenthetical that writes how the exercise is run beside its one duration, with no
    comma: "60 minutes live" → ("60 minutes", "live"). Other words beside a time qualify it ("10 minutes plus
    questions"), and two times are alternatives ("2–3 hours take-home or 60–90 minute live"): None for those."""
    times = list(_duration().finditer(note))
    if len(times) != 1:
        return None
    time = times[0]
    rest = f"{note[: time.start()]} {note[time.end() :]}".strip(" –—-:;")
    return (time.group(), rest) if rest.lower() in _exercise_formats() else None


@lru_cache(maxsize=1)
def _exercise_formats() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["exercise_formats"])


def _format_alternatives(name: str) -> bool:
    """Whether a name offers ways to run one exercise, each opening with a format word: "Take-home or live
    pairing", "Live coding or take-home"."""
    options = OR_SEPARATOR.split(name.strip().lower())
    return len(options) >= 2 and all(
        any(option == word or option.startswith(f"{word} ") for word in _exercise_formats()) for option in options
    )


def _timed_alternatives(title: str) -> tuple[str, str] | None:
    """(name, duration) of format alternatives with the time in a bracket after the first one: "Take-home (3
    hours max) or live pairing" → ("Take-home or live pairing", "3 hours max"). The bracket belongs to the
    take-home, but the time is the exercise's: there is no other. A bracket closing the title is split_note's."""
    if "(" not in title:
        return None
    notes = _PARENS.findall(title)
    if len(notes) != 1 or title.rstrip().endswith(")") or not _is_duration(notes[0]):
        return None
    name = " ".join(_PARENS.sub("", title).split())
    return (name, notes[0][1:-1].strip()) if _format_alternatives(name) else None


def _timed_lead(text: str) -> str:
    """A title line without the colon closing a timed name ("Trading case (60 minutes):", its details nested
    under it); any other line as it is ("Candidates complete two exercises:" leads into a list)."""
    if text.endswith(":") and (note := split_note(text[:-1].rstrip())[1]) and _is_duration(note):
        return text[:-1].rstrip()
    return text


# Words opening a verb's object: "Process a ...", "Review the ...", "Map each ...". A label names a noun.
_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "each", "every", "your", "their", "our"})


def _is_task(label: str) -> bool:
    """Whether the text before an exercise's colon is a task, a verb and its object ("Process a mock literature
    article into a case"), not a label ("Case study 2", "Exercise A", "Take-home"): its second word of three or
    more opens an object."""
    words = _PARENS.sub("", label).split()
    return len(words) >= 3 and words[1] in _OBJECT_DETERMINERS


# "Name (45 minutes): description" / "Name (45 minutes) – description" / "Name (45 minutes). Description": a
# bracket closed by a full stop ends a title sentence (split_exercise_lead asks it to hold the duration).
_TITLE_END = re.compile(r":\s+|\s+[–—-]\s+|(?<=\))\.\s+")
_LABEL_ID = re.compile(r"\s(?:[A-Z]|\d{1,2})$")  # the letter or number closing a label: "Exercise B", "Case study 2"


def split_exercise_lead(text: str) -> tuple[str, str] | None:
    """Split a line that opens with an exercise title from its description, else None.

    "Review exercise (45 minutes): critique a module." → ("Review exercise (45 minutes)", "critique a module.");
    "Exercise B: Failure diagnosis – Candidate classifies ..." → ("Exercise B: Failure diagnosis", "Candidate ...").
    The title ends with a duration in brackets, or opens with a label ("Exercise B:"): a plain "Scenario: ..."
    line stays a detail of the exercise above it.
    """
    for cut in _TITLE_END.finditer(text):
        if paren_depth(text, cut.start()):
            continue
        head, description = text[: cut.start()].strip(), text[cut.end() :].strip()
        if _title_words(head) > _MAX_TITLE_WORDS:
            return None
        note = split_note(head)[1]
        label = split_title_description(head)[0]
        timed = (note is not None and _is_duration(note)) or _timed_alternatives(head) is not None
        if description and (timed or (label and _LABEL_ID.search(label))) and is_exercise_title(head):
            return head, description
    return None


def _exercise(
    title: str | None, blocks: list[Block], whole_sentence: bool = False, line: str | None = None
) -> Exercise:
    """An exercise from its title and the blocks under it. `line` is the page's line when the title was cut
    from it ("Case: a vendor proposes ..." titled "Case"): the exercise's text is its line as on the page."""
    details = [point(node) for node in nest_colon_leads(item_tree(blocks))]
    if title is None:
        return Exercise(details=details)
    # "2. Facilitation case (45 minutes)" as a sub-heading or bold line: the number is no part of the name.
    label, name, duration, note = parse_exercise_title(split_number(title)[1])
    if duration is None and blocks:
        duration, note = _described_timing(blocks[0].text, note)
    elif duration is None and whole_sentence and (spoken := _spoken_duration(name)):
        duration = spoken  # "30-minute mock demo to a panel": the sentence says how long
    elif duration is None:
        duration = _time_limit(name)  # "Exercise A: classify five products ... within 45 minutes"
    return Exercise(label=label, name=name, duration=duration, format_note=note, details=details, text=line or title)


# What may stand before a duration opening a sentence: its article ("A 2-day onsite case").
_OPENING_ARTICLES = frozenset(("a", "an", "one"))


def _spoken_duration(sentence: str) -> str | None:
    """The duration a sentence telling an exercise gives it, as an adjective or a count ("30-minute mock demo to a
    panel" → "30-minute"), else None. In minutes or hours it is the sitting's wherever it stands; in days or weeks
    only opening the sentence ("A 2-day onsite case"): after a verb it is the horizon of what the candidate makes
    ("Analyze a P&L; present a 90-day plan.", "Draft a 2-week sprint plan"), as "in 30 days" is (_sitting_limit)."""
    spoken = _duration().search(sentence)
    if spoken is None:
        return None
    before = sentence[: spoken.start()].split()
    if _sitting_duration().search(spoken.group()) or not before or (
        len(before) == 1 and before[0].lower() in _OPENING_ARTICLES
    ):
        return spoken.group()
    return None


@lru_cache(maxsize=1)
def _sitting_duration() -> re.Pattern[str]:
    """A duration in a sitting's units, minutes or hours ("45 minutes", "30-minute", "2-hour")."""
    units = "|".join(sorted(load_vocab(EXPERIENCE_TO_SCORECARD)["sitting_units"], key=len, reverse=True))
    return re.compile(rf"\d\s*-?(?:{units})\b", re.IGNORECASE)


def _some_unlabelled(blocks: list[Block], exercise_items: set[int]) -> bool:
    """Whether some exercise item of the list is a plain sentence, not a "Name: description" line."""
    return any(id(b) in exercise_items and _named_exercise(b.text, any_label=True) is None for b in blocks)


def _told_in_a_sentence(text: str) -> bool:
    """Whether a "Name: description (duration)." line is one exercise told in a sentence closing on its time. A
    label holding a bracket or an id ("Excel case (60 minutes): ...", "Case A: ...") titles the line instead."""
    named = _named_exercise(text, any_label=True)
    return bool(
        named and split_note(named[0])[1] is None and not _LABEL_ID.search(named[0]) and _trailing_duration(named[1])
    )


def _told_exercise(text: str, blocks: list[Block]) -> Exercise:
    """An exercise told in one labelled sentence: "Live troubleshooting: ... (30 minutes)" is named by its label
    and timed by its closing bracket, its text the line as written."""
    name, description = split_label(text)
    duration, note = _timed_note(split_note(description or text)[1])
    details = [point(node) for node in nest_colon_leads(item_tree(blocks))]
    return Exercise(name=name, duration=duration, format_note=note, details=details, text=text)


def _lone_timed_task(blocks: list[Block]) -> Block | None:
    """The paragraph alone under the exercises heading that sets a task with its time limit at its close:
    "Process a sample box and write a collection-level record in 60–90 minutes." is the exercise, not a note
    on the exercises (a note gives no time to work in)."""
    content = [b for b in blocks if b.kind != BlockKind.HEADING]
    if len(content) != 1 or content[0].kind != BlockKind.PARAGRAPH:
        return None
    return content[0] if _time_limit_close().search(content[0].text.rstrip()) else None


@lru_cache(maxsize=1)
def _time_limit_close() -> re.Pattern[str]:
    """A time limit closing a sentence: "... in 60–90 minutes.", "within 2 hours"."""
    return re.compile(rf"\b(?:in|within|under)\s+(?:{_duration().pattern})\s*[.!]?$", re.IGNORECASE)


def _described_timing(text: str, note: str | None) -> tuple[str | None, str | None]:
    """(duration, format note) an exercise's description gives, the format note kept if the title had one.

    "System design: a fraud scoring service ... (60 minutes)." states the time in a bracket after the description;
    "Schedule exercise: build a weekly schedule ... in 2–4 hours (take-home)." inside it, as a time limit, and how
    the exercise is run in the bracket. The description stays whole: the page says it so.
    """
    aside = split_note(text)[1]
    if aside and _is_duration(aside):
        return aside, note
    if note is None and aside and _run_as(aside):
        note = aside.strip()
    return _time_limit(text), note


@lru_cache(maxsize=1)
def _sitting_limit() -> re.Pattern[str]:
    """A time limit set in a sentence, "in 2–4 hours", "within 90 minutes", "under 1 hour": how long the candidate
    works. Minutes and hours only: "in 30 days" in a case is the horizon of the plan asked for, no sitting."""
    units = "|".join(sorted(load_vocab(EXPERIENCE_TO_SCORECARD)["sitting_units"], key=len, reverse=True))
    return re.compile(rf"\b(?:in|within|under)\s+(\d+\s*(?:[–—-]\s*\d+\s*)?(?:{units}))\b", re.IGNORECASE)


# A relative word opening a clause about something of the case: "a set that has a backup available in 90 minutes".
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where|when)\b", re.IGNORECASE)


def _time_limit(text: str) -> str | None:
    """The time limit a sentence sets its task, as written ("2–4 hours"), else None. In a relative clause the
    time is the case's own ("a backup available in 90 minutes"), the task's no limit."""
    for limit in _sitting_limit().finditer(text):
        clause = text[max(text.rfind(mark, 0, limit.start()) for mark in ",;:") + 1 : limit.start()]
        if not _RELATIVE.search(clause):
            return limit.group(1)
    return None


def _trailing_duration(text: str) -> str | None:
    note = split_note(text)[1]
    return note if note and _is_duration(note) else None


_LABEL_WORDS = 4


@lru_cache(maxsize=1)
def _part_labels() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["exercise_part_labels"])


@lru_cache(maxsize=1)
def _sequence_nouns() -> frozenset[str]:
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["exercise_sequence_labels"])


def _sequence_label(text: str) -> str | None:
    """The noun of a label numbering exercises ("Case B: role-play ..." → "case"), else None."""
    label = split_label(text, max_words=3)[0]
    if label is None or (numbered := _LABEL_ID.search(label)) is None:
        return None
    noun = label[: numbered.start()].strip().lower()
    return noun if noun in _sequence_nouns() else None


def _label_led(blocks: list[Block]) -> bool:
    """Every top-level item reads "Name: description", two or more: each one is an exercise.

    "System design: a real-time fraud scoring service ..." / "Take-home: turn a notebook into ..." name no
    exercise noun; the layout says it. A list with a title line among them ("Take-home exercise (2–4 hours)"
    and its "Scenario: ..." details) is not label-led, nor one whose labels name the parts of an exercise
    ("Input: ..." / "Tasks: ..." / "Evaluation: ..." under "Exercise A: Sourcing sprint (45 minutes)").
    """
    top = [b for b in blocks if b.kind == BlockKind.LIST_ITEM and not b.depth]
    if len(top) < 2:
        return False
    for block in top:
        named = _named_exercise(block.text, any_label=True)
        if named is None or named[0].lower() in _part_labels():
            return False
        if is_exercise_title(block.text):
            return False  # "Exercise A: Design case (45 minutes)" is a title line: its label is no name
    return True


def _sentence_led(blocks: list[Block]) -> bool:
    """A flat list, two items or more, each naming an exercise in a sentence: each item is one exercise.

    "90-minute SQL and analysis exercise on a sample dataset." / "Presentation of a past project to a
    panel." A list with nested items has titles and their details, and is read that way. With no title line
    at all (every block a sentence), the sentences need no exercise noun: under the exercises heading
    "Written answer to five security questionnaire items." is one exercise, unless its label names a part
    of one ("Scenario: ...").
    """
    items = [b for b in blocks if b.kind == BlockKind.LIST_ITEM]
    if len(items) < 2 or any(b.depth for b in items):
        return False
    if all(find_rules("exercise_nouns", b.text) for b in items):
        return True
    return all(
        b.text.rstrip().endswith(SENTENCE_ENDS)
        for b in blocks
        if b.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
    ) and not any((split_label(b.text)[0] or "").lower() in _part_labels() for b in items)


_DETAIL_DASHES = ("–", "—")


def _top_items(blocks: list[Block]) -> list[Block]:
    """The top-level items of a list, without the "– detail" lines flattened beside the "•" items they detail."""
    top = [b for b in blocks if b.kind == BlockKind.LIST_ITEM and not b.depth]
    lead_marker = top[0].marker if top else None
    return [b for b in top if b.marker == lead_marker or b.marker not in _DETAIL_DASHES]


def _item_led(blocks: list[Block]) -> bool:
    """A list with no title line where some top-level items are labelled exercises: each item is one exercise.

    "Facilitate a 20-minute mini retrospective." / "Case: a team misses its sprint goal ..." / "Read a
    cumulative flow diagram ...": the unlabelled sentences are exercises like the labelled one, not its
    details. A list with a title line ("Take-home exercise (2–4 hours)" over its "Scenario: ..." lines) is
    read by titles, and items nested deeper stay details.
    """
    top = _top_items(blocks)
    return (
        len(top) >= 2
        and all(b.kind == BlockKind.LIST_ITEM for b in blocks if b.kind not in (BlockKind.HEADING, BlockKind.TABLE))
        and any(_exercise_lead(b, label_led=False) for b in top)
        and not any(_is_title_line(b.text) for b in top)
    )


_NAME_LIST_ITEMS = 3  # a title and one fragment may be a title and its detail; three names make a list


def _name_list(blocks: list[Block]) -> bool:
    """A flat list of bare names, one of them naming an exercise: each item is one exercise.

    "Live table simulation with seeded dealer errors" / "Payout math test" / "Role-played guest dispute": every
    item a capitalised name of two words or more with no sentence end, label, dash or bracket, none a task (a
    verb and its object), all at the top level under one marker. An exercise's details tell something: a
    task, a sentence, a "Scenario: ..." label, or a one-word fragment ("SQL", "Python"); a title with a
    bracket ("Case study (60 minutes)") heads the lines under it.
    """
    items = [b for b in blocks if b.kind != BlockKind.HEADING]
    if len(items) < _NAME_LIST_ITEMS or any(
        b.kind != BlockKind.LIST_ITEM or b.depth or b.marker != items[0].marker for b in items
    ):
        return False
    return all(_bare_name(b.text) for b in items) and any(is_exercise_title(b.text) for b in items)


def _bare_name(text: str) -> bool:
    text = text.strip()
    return (
        _is_short_title(text)
        and len(text.split()) >= 2
        and not text.endswith(_NO_TITLE_END)
        and "(" not in text
        and not _is_task(text)
    )


def _is_title_line(text: str) -> bool:
    """Whether a line only titles an exercise, its details on the lines after it: "Take-home exercise (2–4
    hours)". A labelled sentence ("SQL exercise: reconcile two extracts") is a whole exercise, an item like its
    unlabelled siblings."""
    return is_exercise_title(text) and _named_exercise(text, any_label=False) is None


def _named_exercise(text: str, any_label: bool) -> tuple[str, str] | None:
    """(name, description) of a "Name: description" line whose short label names the exercise, else None.

    Any label does in a label-led list; elsewhere it must hold an exercise noun, so "Take-home: prioritize ..."
    or "SQL exercise: compute ..." starts an exercise even after a title line with no colon, while "Scenario:
    ..." stays a detail and "Exercise B: Design case" (a label ending in an id) is a title line.
    """
    label, description = split_label(text)
    if not (label and description) or len(_PARENS.sub("", label).split()) > _LABEL_WORDS:
        return None
    if any_label or (not _LABEL_ID.search(label) and find_rules("exercise_nouns", label)):
        return label, description
    return None


def _exercise_lead(block: Block, label_led: bool) -> tuple[str, str] | None:
    """(title, description) of a line that is a whole exercise; what is nested under it are more details."""
    top = not block.depth
    if label_led and top and block.kind == BlockKind.LIST_ITEM:
        named = _named_exercise(block.text, any_label=True)
        if named and _LABEL_ID.search(named[0]):
            # "Exercise A: Load board triage (30 minutes). The candidate ...": the label numbers it; with no title
            # of its own ("Case A: 90-day plan for ..., presented to a panel."), its sentence names the exercise,
            # as the numbered paragraph's does.
            return split_exercise_lead(block.text) or (block.text.rstrip().removesuffix("."), "")
        return named
    return split_exercise_lead(block.text) or (_named_exercise(block.text, any_label=False) if top else None)


def _exercises(blocks: list[Block], notes: list[str], unparsed: list[str]) -> list[Exercise]:
    """Group the sub-section into exercises: each title line owns the items up to the next one."""
    exercises: list[Exercise] = []
    title: Block | None = None
    run: list[Block] = []
    # Titles are copies made here, by id: each is held in `made`, so that no later copy takes a freed one's id.
    made: list[Block] = []
    told: set[int] = set()  # titles of exercises told whole in one labelled, timed sentence
    lines: dict[int, str] = {}  # the page's line of each title cut from its description
    bare: list[Block] = []  # the title item of the exercise just flushed, if it had no detail of its own

    def flush() -> None:
        bare[:] = [title] if title is not None and not run else []
        if title is not None and id(title) in told:
            exercises.append(_told_exercise(title.text, _rebased(run)))
        elif title is not None or run:
            whole = sentence_led or lone_task is not None
            line = lines.get(id(title)) if title is not None else None
            exercises.append(_exercise(title.text if title else None, _rebased(run), whole_sentence=whole, line=line))

    blocks = _run_on_exercises(blocks)
    label_led = _label_led(blocks)
    item_led = not label_led and _item_led(blocks)
    sentence_led = not label_led and not item_led and _sentence_led(blocks)
    lone_task = _lone_timed_task(blocks)  # "Process a sample box ... in 60–90 minutes.": told in its one sentence
    # In an item-led or sentence-led list, or a list of bare names, each top-level item is one exercise, named by
    # its label when it has one ("System design: rate limiter or order service.").
    named = not (label_led or item_led or sentence_led) and _name_list(blocks)
    exercise_items = {id(b) for b in _top_items(blocks)} if item_led or sentence_led or named else set()
    # Only beside unlabelled sentences does a labelled one keep its whole line: in a list all of labels, the
    # label is each exercise's text and the rest its detail.
    told_items = exercise_items if _some_unlabelled(blocks, exercise_items) else set()
    paired_titles = _paired_titles(blocks)
    for k, block in enumerate(blocks):
        if block.kind == BlockKind.TABLE:
            unparsed.append(block.text)
        elif paired_titles:
            # "Working interview (half day)" / "Observe restraint ... under supervision." / "Dosage calculation
            # quiz" / ...: each short line titles an exercise, the sentence after it is its description.
            if id(block) in paired_titles:
                flush()
                title, run = block, []
            elif block.kind != BlockKind.HEADING:
                run.append(block)
        elif block.kind == BlockKind.HEADING:
            continue
        elif block.kind == BlockKind.PARAGRAPH and (parts := _lettered_parts(block.text)):
            flush()  # each lettered part one exercise told in a sentence ("(a) a 45-minute risk case; (b) ...")
            exercises += [
                _exercise(part, [], whole_sentence=True).model_copy(update={"label": letter}) for letter, part in parts
            ]
            title, run = None, []
        elif id(block) in told_items and _told_in_a_sentence(block.text):
            # "Live troubleshooting: an EC2 instance ... (30 minutes).": among sentences each timed at its end, a
            # labelled one is told the same way; its text keeps the whole line, as theirs does.
            flush()
            title, run = block.model_copy(update={"text": block.text.rstrip().removesuffix(".")}), []
            made.append(title)
            told.add(id(title))
        elif lead := _exercise_lead(block, label_led) or (
            _named_exercise(block.text, any_label=True) if id(block) in exercise_items else None
        ):
            flush()
            head, description = lead
            title, run = block.model_copy(update={"text": head}), [block.model_copy(update={"text": description})]
            run = run if description else []
            if description:
                made.append(title)
                lines[id(title)] = block.text
        elif (sentence_led and block.kind == BlockKind.LIST_ITEM) or id(block) in exercise_items:
            # "Presentation of a past project to a mixed panel.": the sentence names the exercise.
            flush()
            title, run = block.model_copy(update={"text": block.text.rstrip().rstrip(".")}), []
        elif (
            block.kind == BlockKind.PARAGRAPH
            and (noun := _sequence_label(block.text))
            and (title is None or _sequence_label(title.text) == noun)
        ):
            # "Case A: ... (45 minutes)." / "Case B: role-play ... (15 minutes).": each numbered paragraph one
            # exercise; under a title of another kind ("Take-home (3 hours)") "Task 1: ..." stays a detail.
            flush()
            title, run = block, []
        elif (
            block.kind == BlockKind.PARAGRAPH
            and block.text.rstrip().endswith((".", "!", "?"))  # first: is_exercise_title may tokenize
            and not is_exercise_title(block.text)
        ):
            if title is None and not run and (_trailing_duration(block.text) or block is lone_task):
                # "Candidate reviews a flawed data set and proposes root causes (60 minutes).": a timed task
                # opening the sub-section is the exercise itself, told in one sentence.
                title = block
            elif title is None and not run:
                notes.append(block.text)  # before any exercise: "Choose one primary exercise and one follow-up."
            else:
                run.append(block)  # a sentence inside an exercise is one of its details
        elif (title is not None or exercises) and _code_sample(block, blocks[k + 1 : k + 2]):
            notes.append(block.text)  # a sample handed to candidates, or its lead-in: no exercise of its own
        elif block.kind == BlockKind.PARAGRAPH or is_exercise_title(block.text):
            flush()
            title, run = block, []
        elif (
            _untimed_title(block, title, run, blocks[k + 1 : k + 2])
            or _sibling_exercise(block, title, run, bare)
        ):
            # "First-90-days plan" after "Incident tabletop (60 minutes)" and its details: the next exercise.
            flush()
            title, run = block, []
        elif title is None and not run and _opening_task(block):
            # "Locate a task and limits in the manual and write the logbook entry" opening the list, no title
            # line above it: the task is an exercise, as its sibling tasks after it are (_sibling_exercise).
            title = block
        else:
            run.append(block)
    flush()
    return exercises


def _opening_task(block: Block) -> bool:
    """Whether a sub-section's first block is a top-level list item telling a task, a verb and its object, with
    no sentence's end: an exercise named by what the candidate does, not a detail of a title to come."""
    text = block.text.rstrip()
    return block.kind == BlockKind.LIST_ITEM and not block.depth and not text.endswith(SENTENCE_ENDS) and _is_task(text)


_PAIRED_LIST_ITEMS = 4  # two exercises at least: one pair alone says nothing of a layout


def _paired_titles(blocks: list[Block]) -> set[int]:
    """The ids of the title lines of a flat list whose items alternate a short title and one sentence describing
    it ("Dosage calculation quiz" / "Five drug and fluid-rate problems in 15 minutes."), else an empty set. Seed
    004's titles own several detail lines, most with no sentence end: such a list does not alternate."""
    items = [b for b in blocks if b.kind != BlockKind.HEADING]
    if (
        len(items) < _PAIRED_LIST_ITEMS
        or len(items) % 2
        or any(b.kind != BlockKind.LIST_ITEM or b.depth or b.marker != items[0].marker for b in items)
    ):
        return set()
    titles, sentences = items[0::2], items[1::2]
    if all(_is_short_title(b.text) for b in titles) and all(
        b.text.rstrip().endswith(SENTENCE_ENDS) and not _is_short_title(b.text) for b in sentences
    ):
        return {id(b) for b in titles}
    return set()


def _is_short_title(text: str) -> bool:
    """A capitalised line of a few words, with no sentence end, label or dash: "Working interview (half day)"."""
    text = text.strip()
    return (
        text[:1].isupper()
        and not text.endswith((".", ":", ",", ";", "!", "?"))
        and ":" not in text
        and not any(dash in text for dash in _DETAIL_DASHES)
        and _title_words(text) <= _MAX_TITLE_WORDS
    )


def _code_sample(block: Block, following: list[Block]) -> bool:
    """Whether a paragraph after the exercises is a code sample (a code block's lines, kept as lines: the only
    paragraph of several) or the lead-in ending in a colon just before one ("Sample request handed to candidates:")."""
    if block.kind != BlockKind.PARAGRAPH:
        return False
    if "\n" in block.text:
        return True
    return block.text.rstrip().endswith(":") and bool(following) and _code_sample(following[0], [])


_UNTIMED_TITLE_WORDS = 4  # "First-90-days plan", "Portfolio review": a title without a duration is a name
_NO_TITLE_END = (".", ":", ",", ";", "!", "?", "”", '"', ")")


def _untimed_title(block: Block, title: Block | None, run: list[Block], following: list[Block]) -> bool:
    """Whether a list item titles one more exercise though it has neither an exercise noun nor a duration.

    "First-90-days plan" after "Incident tabletop (60 minutes)" and its detail sentences, with a sentence of its
    own under it: an item with the title line's marker and no deeper than it, a few words and no sentence end,
    label or dash, between sentences (the details of the exercise before it, and its own). A short fragment
    among fragments ("SQL", "Python") or led into by a colon stays a detail.
    """
    if title is None or not run or block.kind != BlockKind.LIST_ITEM or title.kind != BlockKind.LIST_ITEM:
        return False
    text = block.text.strip()
    if (
        block.marker != title.marker
        or (block.depth or 0) > (title.depth or 0)
        or not text[:1].isupper()
        or text.endswith(_NO_TITLE_END)
        or ":" in text
        or any(dash in text for dash in _DETAIL_DASHES)
        or len(text.split()) > _UNTIMED_TITLE_WORDS
    ):
        return False
    return _task_line(run[-1].text) and any(
        nxt.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) and _ends_sentence(nxt.text) for nxt in following
    )


def _ends_sentence(text: str) -> bool:
    """Whether a line closes on a sentence's end, a quoted one's too: "“A spore test comes back positive. What do
    you do?”" is a question put to the candidate."""
    return text.rstrip().rstrip("”\"").endswith(SENTENCE_ENDS)


def _sibling_exercise(block: Block, title: Block | None, run: list[Block], bare: list[Block]) -> bool:
    """Whether a list item is the next exercise after one with no detail of its own, the two items of one list:
    both tasks, a verb and its object ("Write a daily note from a short case vignette" / "Demonstrate a stand-pivot
    transfer ..."), or a third after two detail-less ones in a row, none "Label: ..." ("Recorded mock-trial exercise
    (15 minutes)" / "Sight translation of a plea form (5 minutes)" / "Ethics scenario interview"). A title naming
    no task over labelled or deeper lines ("Take-home exercise (2–4 hours)" / "Scenario: ...") keeps them."""
    if run or title is None or not _alike(title, block):
        return False
    if _is_task(title.text) and _is_task(block.text):
        return True
    return bool(bare) and _alike(bare[-1], block) and split_label(block.text)[0] is None


def _alike(item: Block, other: Block) -> bool:
    """Whether two blocks are items of one list: list items with the same marker, at the same depth."""
    return (
        item.kind == other.kind == BlockKind.LIST_ITEM
        and item.marker == other.marker
        and (item.depth or 0) == (other.depth or 0)
    )


def _task_line(text: str) -> bool:
    """Whether a detail reads as a task of the exercise before, not an entry of a short list: a sentence, or a
    fragment twice a title's length ("Diagnose likely causes from the trace and logs and propose a fix")."""
    return text.rstrip().endswith(SENTENCE_ENDS) or len(text.split()) > 2 * _UNTIMED_TITLE_WORDS


# "... a 90-day plan. Exercise B: Role play (20 minutes)": an exercise's label run on after a sentence's end.
_EXERCISE_LABEL = re.compile(r"([A-Z][a-z]+(?:[ -][a-z]+)?) ([A-Z]|\d{1,2}):\s")
_SENTENCE_CLOSERS = '.!?”"'


def _run_on_exercises(blocks: list[Block]) -> list[Block]:
    """The blocks with the next labelled exercise run on into a line ("Exercise A: ... (45 minutes) – Candidate
    reviews ... a 90-day plan. Exercise B: Role play (20 minutes) – ...", one paragraph a scraper flattened) cut
    off as a line of its own; the same list when there is none. Only the label after the one before counts
    ("Exercise B" after "Exercise A"), so a stray "Task 2:" in a sentence cuts nothing."""
    out: list[Block] = []
    label: tuple[str, str] | None = None  # noun and id of the last exercise label
    for block in blocks:
        text = block.text
        if ":" not in text:  # no label opens the line, nor runs on in it
            out.append(block)
            continue
        if (opening := _EXERCISE_LABEL.match(text)) and opening[1].lower() in _sequence_nouns():
            label = opening[1], opening[2]
        if label is None or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            out.append(block)
            continue
        cuts, label = _next_labels(text, label)
        if not cuts:
            out.append(block)
            continue
        out.append(block.model_copy(update={"text": block.text[: cuts[0]].rstrip()}))
        ends = cuts[1:] + [len(block.text)]
        out += [Block.paragraph(block.text[a:b].strip(), block.start, block.end) for a, b in zip(cuts, ends)]
    return out if len(out) != len(blocks) else blocks


def _next_labels(text: str, label: tuple[str, str]) -> tuple[list[int], tuple[str, str]]:
    """Where a line's run-on labels start, each the one after the label before ("Exercise B" after "Exercise A")
    and right after a sentence's end, and the last label. Plain substring searches: the next label is known."""
    cuts: list[int] = []
    noun, id_ = label
    while True:
        following = chr(ord(id_) + 1) if id_.isalpha() else str(int(id_) + 1)
        at = text.find(f"{noun} {following}: ", cuts[-1] + 1 if cuts else 1)
        if at < 2 or text[at - 1] != " " or text[at - 2] not in _SENTENCE_CLOSERS:
            return cuts, (noun, id_)
        cuts.append(at)
        id_ = following


# "(a) a risk case; (b) a board summary; (c) a role-play": letters opening the parts of one line.
_LETTERED = re.compile(r"(?:^|(?<=\s))\(([a-z])\)\s+")
_PART_END = re.compile(r"[\s;,.]*(?:\b(?:and|or)\b)?[\s;,.]*$")  # "...; and " before the next letter


def _lettered_parts(text: str) -> list[tuple[str, str]]:
    """(letter, part) of each part of a line that lists exercises as "(a) ...; (b) ...", two or more, else [].

    The line opens with "(a)" and the letters run on in order, so a stray "(b)" inside a sentence splits nothing.
    """
    if not text.startswith("(a)"):
        return []
    marks = list(_LETTERED.finditer(text))
    if len(marks) < 2 or any(m.group(1) != chr(ord("a") + k) for k, m in enumerate(marks)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(m.group().strip(), _PART_END.sub("", text[m.end() : end])) for m, end in zip(marks, ends)]


def _rebased(blocks: list[Block]) -> list[Block]:
    """Shift list depths so the shallowest item of an exercise sits at depth 0."""
    depths = [b.depth for b in blocks if b.kind == BlockKind.LIST_ITEM and b.depth is not None]
    shift = min(depths) if depths else 0
    if not shift:
        return blocks
    return [
        b.model_copy(update={"depth": b.depth - shift}) if b.kind == BlockKind.LIST_ITEM and b.depth else b
        for b in blocks
    ]


# --- what to assess ------------------------------------------------------------------------


def _assessment(node: Node) -> AssessmentArea:
    dimension, description = split_title_detail(node.text)
    if description is None:
        label, rest = split_title_description(node.text)
        if label:
            dimension, description = label, rest
        else:
            dimension = CLOSING_STOP.sub("", dimension)  # "5. Communication and executive presence."
    if node.children:
        nested = " ".join(node.descendants())
        description = f"{description} {nested}" if description else nested
    return AssessmentArea(number=node.block.number, dimension=dimension, description=description, text=node.text)


# A ';' list of areas names each in a few words: "Commercial acumen; people leadership; resilience."
_AREA_WORDS = 6


# The last part of a series written out in a sentence's commas: "A, B, and C".
_SERIES_END = re.compile(r"(?:and|or)\s+")
# A series with no "and" is a bare list when it has this many parts ("medical skills, toboggan skills, avalanche
# judgment, leadership on scene, written reports."): three short comma parts may be a sentence's clauses.
_BARE_SERIES = 4


def _inline_assessments(blocks: list[Block]) -> list[AssessmentArea]:
    """The areas of a sub-section written as one line and no list, each part an area: ';'-joined, or a series
    of ','-joined ones its last closed by "and" ("Process depth, control mindset, and openness to change.") or,
    four or more, bare ("medical skills, toboggan skills, avalanche judgment, written reports."); [] otherwise
    (a sentence with a ';' in it is a note)."""
    if len(blocks) != 1 or blocks[0].kind is not BlockKind.PARAGRAPH:
        return []
    text = blocks[0].text
    if ";" in text:
        parts = [CLOSING_STOP.sub("", part.strip()) for part in split_top_level(text, ";")]
    elif "," in text:
        parts = [CLOSING_STOP.sub("", part.strip()) for part in split_top_level(text, ",")]
        if (last := _SERIES_END.match(parts[-1])) is not None:
            parts[-1] = parts[-1][last.end() :]
        elif len(parts) < _BARE_SERIES:
            return []
    else:
        return []
    if len(parts) < 3 or not all(0 < len(part.split()) <= _AREA_WORDS for part in parts):
        return []
    return [AssessmentArea(dimension=part[:1].upper() + part[1:], text=part) for part in parts]


# The next number of a numbered item run on in its line: "... a deal decision? 2. Quantitative modeling – ...".
_RUN_ON_NUMBER = re.compile(r"(?<=[.?!:;)]\s)(\d{1,2})([.)])\s+(?=[A-Z])")
_MIN_RUN_ON = 2  # one number after a sentence may be the writer's ("... version 2. Then ..."); a run is a list


def _run_on_items(blocks: list[Block]) -> list[Block]:
    """The blocks with a numbered item whose line runs on into the next numbers ("1. A – x. 2. B – y. 3. C")
    split into one item a number, as the scraper flattened them; the same list when there is none."""
    out: list[Block] = []
    for block in blocks:
        number, closer = block.number, (block.marker or ".")[-1:]  # "1." runs on with "2.", "1)" with "2)"
        if number is None or f" {number + 1}{closer} " not in block.text:  # nearly every item: no regex scan
            out.append(block)
            continue
        cuts: list[re.Match[str]] = []
        for match in _RUN_ON_NUMBER.finditer(block.text):
            if int(match[1]) == number + len(cuts) + 1 and match[2] == closer:
                cuts.append(match)
        if len(cuts) < _MIN_RUN_ON:
            out.append(block)
            continue
        starts = [0] + [cut.end() for cut in cuts]
        stops = [cut.start() for cut in cuts] + [len(block.text)]
        for k, (a, b) in enumerate(zip(starts, stops)):
            text = block.text[a:b].strip()
            out.append(Block.list_item(text, block.start, block.end, block.depth, f"{number + k}{closer}", number + k))
    return out if len(out) != len(blocks) else blocks


# --- scorecard table -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _column_words() -> dict[str, tuple[str, ...]]:
    return {role: tuple(words) for role, words in load_vocab(EXPERIENCE_TO_SCORECARD)["scorecard_columns"].items()}


def _columns(header: list[str], width: int) -> dict[str, int]:
    """Column index of each role: dimension first; meets / exceeds / weight by header words, else by position."""
    roles: dict[str, int] = {"dimension": 0}
    for index, name in enumerate(header[1:], start=1):
        lowered = name.lower()
        for role, words in _column_words().items():
            if role not in roles and any(w in lowered for w in words):
                roles[role] = index
                break
    free = [i for i in range(1, width) if i not in roles.values()]
    for role in ("meets", "exceeds"):
        if role not in roles and free:
            roles[role] = free.pop(0)
    return roles


_MAX_DIMENSION_WORDS = 6


def _cell(cells: list[str], index: int | None) -> str | None:
    return cells[index] or None if index is not None and index < len(cells) else None


def _scorecard_rows(table: Block, unparsed: list[str]) -> list[ScorecardRow]:
    header = table.header or []
    rows = table.rows or []
    width = max([len(header), *(len(r) for r in rows)], default=0)
    roles = _columns(header, width)
    out: list[ScorecardRow] = []
    known = set(roles.values())
    for cells in rows:
        filled = [c.strip() for c in cells]
        if not any(filled):
            continue
        if width >= 2 and not any(filled[1:]) and len(filled[0].split()) > _MAX_DIMENSION_WORDS:
            # A border-less row whose cells were not recovered: its parts are unknown.
            unparsed.append(filled[0])
            continue
        out.append(
            ScorecardRow(
                dimension=filled[0],
                meets=_cell(filled, roles.get("meets")),
                exceeds=_cell(filled, roles.get("exceeds")),
                weight=_cell(filled, roles.get("weight")),
                other_cells=[c for i, c in enumerate(filled) if i not in known and c],
                text=" | ".join(filled),
            )
        )
    return out


def _is_scorecard_table(block: Block) -> bool:
    """A table whose column names say what meets and what exceeds looks like: the interview scorecard."""
    if block.kind != BlockKind.TABLE or not block.header:
        return False
    names = [name.lower() for name in block.header[1:]]
    words = _column_words()
    return all(any(word in name for name in names for word in words[role]) for role in ("meets", "exceeds"))


def _lift_scorecard_tables(section: Section) -> tuple[Section, list[Block]]:
    """The section without the scorecard tables it holds outside a scorecard sub-section, and those tables.

    A scorecard labelled by a <caption> (dropped as a title) or by nothing sits under whatever came before it
    (the red flags' list): its columns tell it. A page with a scorecard sub-section keeps its layout. A
    scorecard written as stacked rows or one cell a line (stacked_tables) is a table there too.
    """
    if any(sub.key == "scorecard" for sub in section.subsections):
        return section, []
    stacked = [stacked_tables(section.blocks), *(stacked_tables(sub.blocks) for sub in section.subsections)]
    tables = [b for blocks in stacked for b in blocks if _is_scorecard_table(b)]
    if not tables:
        return section, []
    ids = {id(b) for b in tables}
    kept = [
        sub.model_copy(update={"blocks": [b for b in blocks if id(b) not in ids]})
        for sub, blocks in zip(section.subsections, stacked[1:])
    ]
    blocks = [b for b in stacked[0] if id(b) not in ids]
    return section.model_copy(update={"blocks": blocks, "subsections": kept}), tables


def _scorecard_tables_home(section: Section) -> Section:
    """The section with the scorecard tables a labelled line carved off the scorecard sub-section moved back to it.

    "Practical exercise: ..." between the scorecard's sub-heading and its table opens a sub-section of its own,
    which took the table after it; the scorecard sub-section, left without a table, is where it belongs.
    """
    home = next((sub for sub in section.subsections if sub.key == "scorecard"), None)
    if home is None or any(block.kind == BlockKind.TABLE for block in home.blocks):
        return section
    tables = [b for sub in section.subsections if sub.key != "scorecard" for b in sub.blocks if _is_scorecard_table(b)]
    if not tables:
        return section
    ids = {id(b) for b in tables}
    subsections = [
        sub.model_copy(update={"blocks": [*sub.blocks, *tables]})
        if sub is home
        else sub.model_copy(update={"blocks": [b for b in sub.blocks if id(b) not in ids]})
        for sub in section.subsections
    ]
    return section.model_copy(update={"subsections": subsections})


def _scorecard(blocks: list[Block], unparsed: list[str]) -> InterviewScorecard:
    tables, notes = split_tables(stacked_tables(blocks))  # stacked: "Dimension: ... / Meets: ..." rows
    header = table_header(tables)
    rows = [row for table in tables for row in _scorecard_rows(table, unparsed)]
    return InterviewScorecard(header=header, rubric_notes=notes, rows=rows)


# A scorecard re-typed as lines by an editor without tables (Substack): "Strategic thinking: Meets: ...
# Exceeds: ...", one dimension a line, its bars led by column names ("Meets", "Exceeds"; see is_column_name).
_BAR_LABEL = re.compile(r"(?:^|(?<=[.;:!?—–] ))([A-Z][^.;:!?—–]{0,40}):(?=\s|$)")
_DIMENSION_END = " :—–-"
_BAR_END = " —–"
_MIN_RETYPED_DIMENSIONS = 2  # under the scorecard sub-heading: two such lines already make the table
_RETYPED_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def _retyped_scorecard(blocks: list[Block]) -> list[Block]:
    """The scorecard sub-section's blocks with a run of re-typed dimension lines made one table."""
    if sum(1 for block in blocks if block.text.count(":") >= 2) < _MIN_RETYPED_DIMENSIONS:
        return blocks  # a real table, or prose about the rubric
    return tables_from_runs(blocks, _dimension_block, _retyped_dimensions)


def _dimension_block(block: Block) -> tuple[Block, list[tuple[str, str]]] | None:
    cells = _dimension_line(block)
    return None if cells is None else (block, cells)


def _dimension_line(block: Block | None) -> list[tuple[str, str]] | None:
    """[("", dimension), (bar label, text), ...] of a line "Dimension: Meets: ... Exceeds: ..."; None for
    any other block."""
    if block is None or block.kind not in _RETYPED_KINDS or "\n" in block.text:
        return None
    text = block.text
    marks = [match for match in _BAR_LABEL.finditer(text) if is_column_name(match[1])]
    if not marks:
        return None
    if marks[0].start() == 0 and len(marks) > 1:
        # "Dimension: Technical expertise — Meets: ... — Exceeds: ...": the line names its first column too
        dimension = text[marks[0].end() : marks[1].start()].strip().rstrip(_DIMENSION_END)
        marks = marks[1:]
    else:
        dimension = text[: marks[0].start()].rstrip(_DIMENSION_END)
    if not dimension or len(dimension.split()) > _MAX_DIMENSION_WORDS:
        return None
    ends = [match.start() for match in marks[1:]] + [len(text)]
    # a bar's text ends before the dash that leads the next bar's label ("Meets: ... — Exceeds: ...")
    bars = [(match[1], text[match.end() : end].rstrip(_BAR_END).strip()) for match, end in zip(marks, ends)]
    return [("", dimension), *bars]


def _retyped_dimensions(run: list[tuple[Block, list[tuple[str, str]]]]) -> list[Block]:
    """The run as one scorecard table when its labels say what meets and exceeds look like, else its blocks."""
    if len(run) < _MIN_RETYPED_DIMENSIONS:
        return [block for block, _ in run]
    labels: dict[str, str] = {}  # lower-cased label -> label as first written, in page order
    for _, cells in run:
        for label, _ in cells:
            labels.setdefault(label.lower(), label)
    rows = [[dict((label.lower(), value) for label, value in cells).get(key, "") for key in labels] for _, cells in run]
    table = Block.table(list(labels.values()), rows, run[0][0].start, run[-1][0].end)
    return [table] if _is_scorecard_table(table) else [block for block, _ in run]


# --- the section -----------------------------------------------------------------------------

_OWN_LABEL = own_subheading("hiring")
_SIGNALS = {"strong_signals": "strong_signals", "weak_signals": "weak_signals", "red_flags": "red_flags"}


_MIN_LABELLED_TAIL = 2


def _labelled_tail(sub: Subsection) -> int:
    """Where a signals list's closing run of items labelled with the other groups' names begins ("Weak candidate
    signals" then "What to assess: ...", "Practical exercise: ...", "Red flags: ..."), else len(blocks): those
    items are the groups written as one line each, not signals. Needs two or more, each naming a group."""
    blocks = sub.blocks
    start = len(blocks)
    while start and blocks[start - 1].kind is BlockKind.LIST_ITEM and not blocks[start - 1].depth:
        label, value = split_label(blocks[start - 1].text)
        key = subheading_key("hiring", label) if label and value else None
        if key is None or key == sub.key or key == "scorecard":
            break
        start -= 1
    return start if len(blocks) - start >= _MIN_LABELLED_TAIL and start > 0 else len(blocks)


def _lifted_labelled_tails(section: Section) -> Section:
    """The section with each signals sub-section's labelled closing items made sub-sections of their own."""
    subsections: list[Subsection] = []
    for sub in section.subsections:
        start = _labelled_tail(sub) if sub.key in _SIGNALS else len(sub.blocks)
        subsections.append(sub.model_copy(update={"blocks": sub.blocks[:start]}) if start < len(sub.blocks) else sub)
        for block in sub.blocks[start:]:
            label, value = split_label(block.text)
            body = block.model_copy(update={"text": value, "start": max(block.start, block.end - len(value))})
            subsections.append(Subsection(key=subheading_key("hiring", label or ""), title=label or "", blocks=[body]))
    if len(subsections) == len(section.subsections):
        return section
    return section.model_copy(update={"subsections": subsections})


def _list_numbers(blocks: list[Block]) -> list[int]:
    return [b.number for b in blocks if b.kind == BlockKind.LIST_ITEM and not b.depth and b.number is not None]


def _runs_on(before: list[int], numbers: list[int]) -> bool:
    """Whether a list's numbering runs on from the list before ("What to assess" 1–3, then "Leadership and
    communication" from 4): the same group goes on under a sub-heading of its own."""
    return bool(before and numbers) and numbers[0] == before[-1] + 1


def parse(section: Section) -> Hiring:
    """Parse the section's blocks into typed fields."""
    unparsed: list[str] = []
    assess: list[AssessmentArea] = []
    exercises: list[Exercise] = []
    exercise_notes: list[str] = []
    signals: dict[str, list[Point]] = {name: [] for name in _SIGNALS.values()}
    scorecard: InterviewScorecard | None = None
    other: list[ExtraSubsection] = []
    section, lifted = _lift_scorecard_tables(section)
    if lifted:
        scorecard = _scorecard(lifted, unparsed)
    # "<strong>Practical exercises:</strong> (a) ...; (b) ..." in a paragraph: that sub-section, its content inline.
    section = _scorecard_tables_home(_lifted_labelled_tails(with_labelled_subsections(section, "hiring", _OWN_LABEL)))
    notes = block_texts(section.blocks, unparsed)
    run_key, run_numbers = "", []  # the group before and its list's numbers, for a list running on from them
    for sub in section.subsections:
        numbers = _list_numbers(sub.blocks)
        key = sub.key or (run_key if _runs_on(run_numbers, numbers) else "")
        run_key, run_numbers = key, numbers
        if key == "assess":
            # A lead paragraph (or a numbered list's lead read as an item) is a note; the items nested under it
            # are assessment areas.
            inline = _inline_assessments(sub.blocks)
            if not inline:
                items = _run_on_items(sub.blocks)  # "1. A – ... 2. B – ... 7. G – ..." flattened on one line
                inline = [_assessment(n) for n in list_nodes(drop_item_lead(item_tree(items), notes), notes, unparsed)]
            assess += inline
        elif key == "exercises":
            exercises += _exercises(sub.blocks, exercise_notes, unparsed)
        elif key in _SIGNALS:
            nodes = closing_remarks(drop_tables(nest_colon_leads(item_tree(sub.blocks)), unparsed), notes)
            signals[_SIGNALS[key]] += [point(node) for node in nodes]
        elif key == "scorecard" and scorecard is None:
            scorecard = _scorecard(_retyped_scorecard(sub.blocks), unparsed)
        elif not key and is_exercise_title(sub.title):
            # "Exercise A: Platform roadmap case (60 minutes)" as a sub-heading of its own (an accordion's
            # section, an <h4>): one exercise, its blocks the details.
            exercises.append(_exercise(sub.title, _rebased(sub.blocks)))
        else:
            other.append(extra_subsection(sub.title, sub.blocks))
    return Hiring(
        notes=notes,
        what_to_assess=assess,
        exercises=exercises,
        exercise_notes=exercise_notes,
        scorecard=scorecard,
        other=other,
        unparsed=unparsed,
        **signals,
    )
