"""Recover the cells of the tables published on role-blueprint pages.

Tables reach us in three forms:

* pipe rows (``| a | b |``) from compact text and markdown: split on the
  unescaped pipes;
* header lines of the table kinds this page family publishes (KPIs, tools,
  hiring scorecard, final role scorecard), recognised from vocabularies of
  column names so that the rows under them can be split;
* "lost-border" rows: an HTML table flattened by a text scraper into one line
  per row, its cells joined by single spaces. The borders are gone, so we put
  them back with a dynamic-programming search over the places where a cell can
  start, scoring each candidate cell by what its column is known to hold:
  vocabularies (frequencies, prevalence labels, scorecard labels, typical
  first words of descriptions), a gazetteer of software tools, capitalisation,
  numbers and ranges, parentheses, and, across the rows of one table, category
  cells that repeat.

Nothing here depends on one page's rows: the vocabularies live in
``pipeline/vocab/`` and are loaded once per process, as is the spaCy matcher.
Every public function is pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, count, zip_longest
from operator import itemgetter, not_
from typing import NamedTuple, TypeVar

from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from spacy.util import filter_spans

from .blocks import Block, BlockKind
from .dumps import ends_mid_clause
from .nlp import load_vocab, load_vocab_lines, nlp, per_word, tokens_of_words

__all__ = [
    "EM_DASH_CELLS",
    "KnownTable",
    "column_cell",
    "column_roles",
    "continues_cell_line",
    "is_column_line",
    "is_column_name",
    "is_pipe_separator",
    "grid_header_width",
    "group_label",
    "join_continued_tables",
    "match_header_cells",
    "match_lost_border_header",
    "names_a_column",
    "may_open_header",
    "parse_pipe_row",
    "split_lost_border_row",
    "split_lost_border_rows",
    "stacked_tables",
    "tables_from_runs",
    "too_long_for_a_row_label",
]


@dataclass(frozen=True)
class KnownTable:
    """A table kind of the page family and its column names as written on the page."""

    kind: str  # "kpi", "tools", "hiring_scorecard" or "role_scorecard"
    columns: tuple[str, ...]


# --------------------------------------------------------------------------
# Pipe tables
# --------------------------------------------------------------------------

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# A pipe row is one line: crawlers write a line break inside a cell as <br>, which
# becomes the "\n" the HTML path gives a cell's <br>. MarkItDown (markdownify) writes it as a run of spaces
# inside the cell ("≥ 85% (required)   ≥ 60% (elective)"): a cell's own words are never three spaces apart.
_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*| {3,}", re.IGNORECASE)


def is_pipe_separator(line: str) -> bool:
    """True for a markdown table separator row such as ``|---|:---:|``."""
    return "|" in line and "-" in line and _SEPARATOR.match(line) is not None


def parse_pipe_row(line: str) -> list[str] | None:
    """Split a pipe-table row into stripped cells; None when the line is not one.

    Separator rows are pipe rows too (their cells are dashes): check
    :func:`is_pipe_separator` first. Outer pipes are optional, but a line
    without them needs two inner pipes, so prose with one "a | b" aside is not
    taken for a table. A cell's <br> becomes a line break.
    """
    cells = _pipe_cells(line)
    if cells is not None and ("<" in line or "   " in line):
        return [_cell_lines(cell) if "<" in cell or "   " in cell else cell for cell in cells]
    return cells


def _function_word(word: str) -> bool:
    """A stop word that is no number ("before", "and"; not "two"): it continues a clause, it opens no item."""
    return word in nlp().Defaults.stop_words and not like_num(word)


def _cell_lines(cell: str) -> str:
    """A pipe cell with its <br>s as line breaks, "\n", read as the HTML reader reads a cell's (continues_cell_line):
    a line that goes on with the one before is joined to it with a space."""
    lines: list[str] = []
    for line in _CELL_BREAK.split(cell):
        if not (line := line.strip()):
            continue
        if lines and continues_cell_line(lines[-1], line):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


def continues_cell_line(before: str, line: str) -> bool:
    """Whether a table cell's line, after a <br>, goes on with the line before rather than opening an entry of
    its own; one reading for every reader of a cell's breaks (HTML, pipe rows). It goes on when it is a
    parenthetical qualifying the line ("≥ 97%<br>(≥ 95% during peak)"), or lowercase words the line before
    left open: after a comma ("Order risk scoring,<br>chargeback protection"), or opening with a function word
    ("metrics<br>and a lifecycle plan"). A name opens an entry ("Xcode<br>fastlane": two tools), as does a
    numbered line ("1) Own the plan<br>2) Run events": a list in the cell)."""
    head = line[0]
    if head == "(":
        return True
    return head.islower() and (before[-1] == "," or _function_word(line.split(None, 1)[0]))


def _pipe_cells(line: str) -> list[str] | None:
    """parse_pipe_row's cells, <br> left as written."""
    if "|" not in line:  # the common case on every page line: stay cheap
        return None
    text = line.strip()
    if "\\" not in text:  # no escaped pipe: every pipe separates cells, plain string methods do
        if text == "|":
            return None
        leading = text[0] == "|"
        trailing = text[-1] == "|"
        if not (leading or trailing) and text.count("|") < 2:
            return None
        return [cell.strip() for cell in text[leading : len(text) - trailing].split("|")]
    pipes = [m.start() for m in _UNESCAPED_PIPE.finditer(text)]
    if not pipes or text == "|":
        return None
    leading = pipes[0] == 0
    trailing = pipes[-1] == len(text) - 1 and len(text) > 1
    if not (leading or trailing) and len(pipes) < 2:
        return None
    if leading:
        text = text[1:]
    if trailing:
        text = text[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(text)]


# --------------------------------------------------------------------------
# Vocabularies (data files in pipeline/vocab/, loaded once)
# --------------------------------------------------------------------------

_QUOTES = "\"“”‘’«»"
_QUOTE_CHARS = str.maketrans("", "", _QUOTES)
_SLASH = re.compile(r"\s*/\s*")


@lru_cache(maxsize=65536)
def _header_key(text: str) -> str:
    """Normalise a column name for comparison: case, quotes, commas, slash spacing."""
    text = _SLASH.sub(" / ", text.translate(_QUOTE_CHARS).lower().replace(",", " "))
    return " ".join(text.split())


@dataclass(frozen=True)
class _KindSpec:
    """Column vocabulary of one table kind."""

    kind: str
    roles: tuple[str, ...]  # usual column order
    exact: dict[str, str]  # header key -> role
    prefixed: tuple[tuple[str, str], ...]  # (header key prefix, role): "... for Associate"
    min_columns: int
    required: frozenset[str]

    def role_of(self, column: str) -> str | None:
        """Return the role a column name plays in this kind of table, if known.

        A name with an article the vocabulary writes without ("Meets the bar") plays
        the same role: the article tells no column from another.
        """
        key = _header_key(column)
        role = self.role_of_key(key)
        if role is None and "the " in key:
            role = self.role_of_key(" ".join(word for word in key.split() if word != "the"))
        return role

    def role_of_key(self, key: str) -> str | None:
        """Like role_of, for a name already normalised with _header_key."""
        role = self.exact.get(key)
        if role is not None:
            return role
        for prefix, prefixed_role in self.prefixed:
            if key.startswith(prefix + " ") and 1 <= len(key[len(prefix) :].split()) <= 3:
                return prefixed_role
        return None


@dataclass(frozen=True)
class _Vocab:
    """Everything the splitter knows about the tables of the page family."""

    kinds: tuple[_KindSpec, ...]
    header_first_words: frozenset[str]
    header_initials: frozenset[str]  # their first characters
    # Every leading run of whole words of a known column name ("", "what", "what it", ...): a span
    # of header words whose key is not one of these can only name a column as a "prefix *" name.
    column_starts: frozenset[str]
    name_prefixes: tuple[str, ...]  # the "prefix *" names' prefixes, each followed by a space
    min_known_columns: int  # the fewest known columns any kind accepts
    scorecard_labels: frozenset[str]  # lower-cased, single-spaced
    frequency: re.Pattern[str]
    prevalence: re.Pattern[str]
    function_words: frozenset[str]
    matters_starts: frozenset[str]
    measure_starts: frozenset[str]
    target_starts: frozenset[str]
    bar_starts: frozenset[str]
    category_words: frozenset[str]
    categories: frozenset[str]  # whole category labels, header-key normalised
    tool_spellings: dict[str, frozenset[str]]  # lower-cased name -> spellings as listed


def _kind_spec(kind: str, spec: dict) -> _KindSpec:
    """Build one kind's column vocabulary from its JSON entry."""
    exact: dict[str, str] = {}
    prefixed: list[tuple[str, str]] = []
    for role, variants in spec["columns"].items():
        for variant in variants:
            if variant.endswith(" *"):
                prefixed.append((_header_key(variant[:-2]), role))
            else:
                exact[_header_key(variant)] = role
    return _KindSpec(kind, tuple(spec["columns"]), exact, tuple(prefixed), spec["min_columns"],
                     frozenset(spec["required"]))


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first so prefixes do not win."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _frequency_pattern(words: list[str], leads: list[str]) -> re.Pattern[str]:
    """Compile the grammar of a frequency cell: 'Monthly', 'Per A/B / Release', 'Weekly/Monthly'."""
    item = rf"(?:(?:{_alternation(words)})\b|(?:{_alternation(leads)})(?:\s+|-)[^\s()]+(?:\s+[^\s()]+){{0,3}}?)"
    return re.compile(rf"(?i){item}(?:\s*(?:/|,|\+|&|\bor\b|\band\b)\s*{item})*(?:\s*\([^()]*\))?")


def _prevalence_pattern(words: list[str]) -> re.Pattern[str]:
    """Compile the grammar of a prevalence cell: 'Optional / Context-specific', 'Optional (one is common)'."""
    item = rf"(?:{_alternation(words)})\b"
    return re.compile(
        rf"(?i){item}(?:\s*(?:/|,|\bor\b|\band\b)\s*{item})*(?:\s*\([^()]*\))?(?:\s*(?:→|->)\s*\S.*)?"
    )


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    """Load the table vocabularies once per process."""
    data = load_vocab("tables.json")
    kinds = tuple(_kind_spec(kind, spec) for kind, spec in data["kinds"].items())
    names = [key for spec in kinds for key in [*spec.exact, *(p for p, _ in spec.prefixed)]]
    first_words = {key.split()[0] for key in names}
    column_starts = {" ".join(key.split()[:k]) for key in names for k in range(len(key.split()) + 1)}
    category_words = {
        word for line in load_vocab_lines("tool_categories.txt") for word in _word_key(line).replace("/", " ").split()
    }
    spellings: dict[str, set[str]] = {}
    for name in load_vocab_lines("tools.txt"):
        spellings.setdefault(name.lower(), set()).add(name)
    return _Vocab(
        kinds=kinds,
        header_first_words=frozenset(first_words),
        header_initials=frozenset(word[0] for word in first_words),
        column_starts=frozenset(column_starts),
        name_prefixes=tuple(sorted({p + " " for spec in kinds for p, _ in spec.prefixed})),
        min_known_columns=min(spec.min_columns for spec in kinds),
        scorecard_labels=frozenset(_header_key(label) for label in data["role_scorecard_labels"]),
        frequency=_frequency_pattern(data["frequency_words"], data["frequency_leads"]),
        prevalence=_prevalence_pattern(data["prevalence_words"]),
        function_words=frozenset(data["function_words"]),
        matters_starts=frozenset(w.lower() for w in data["matters_starts"]),
        measure_starts=frozenset(w.lower() for w in data["measure_starts"]),
        target_starts=frozenset(w.lower() for w in data["target_starts"]),
        bar_starts=frozenset(w.lower() for w in data["bar_starts"]),
        category_words=frozenset(category_words) - {"or", "and", "&"},
        categories=frozenset(_header_key(line) for line in load_vocab_lines("tool_categories.txt")),
        tool_spellings={k: frozenset(v) for k, v in spellings.items()},
    )


def _language() -> Language:
    """The process's tokenizer-only pipeline: building one per row would dominate the cost."""
    return nlp()


@lru_cache(maxsize=1)
def _tool_matcher() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The tool gazetteer as lower-cased token sequences, by first token, built once per process."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for doc in _tool_matcher_docs():
        if len(doc):
            lowers = tuple(token.lower_ for token in doc)
            names.setdefault(lowers[0], set()).add(lowers)
    return {first: tuple(sorted(sequences)) for first, sequences in names.items()}


# --------------------------------------------------------------------------
# Header recognition
# --------------------------------------------------------------------------

# What joins a table's cells on a page that flattens each row into one line of text: "Metric — Target — Frequency".
EM_DASH_CELLS = " — "
_MAX_COLUMN_WORDS = 12  # the longest known column name has 9 words
_MAX_UNKNOWN_WORDS = 4  # an unlisted extra column ("Owner", "Data source") is short


def match_lost_border_header(line: str) -> KnownTable | None:
    """Recognise the header line of a known table kind; return its kind and columns as written."""
    if not may_open_header(line[:1]):
        return None  # most page lines: a bullet, '#', a digit... no column name starts with
    first = line.split(None, 1)
    if not first or not _opens_header(first[0]):
        return None  # nearly every page line ends here, before the line is split into words
    if line.rstrip().endswith((".", ":", ";", "!")):
        return None  # a sentence, not a header (a header may end "Common?", so '?' is not ruled out)
    if "\t" in line.strip():
        # Tab-separated (Word's "Plain Text" export of a table): the tabs are the cell boundaries, a
        # column name of unknown wording ("Example target or benchmark") read whole, not by its words.
        cells = [cell.strip() for cell in line.strip().split("\t")]
        if (known := match_header_cells(cells)) is not None:
            return known
    if "—" in line and EM_DASH_CELLS in line:
        # Cells joined by em dashes (a careers site's plain-text copy of its tables): the dashes are the
        # cell boundaries, as tabs are.
        if (known := match_header_cells([cell.strip() for cell in line.split(EM_DASH_CELLS)])) is not None:
            return known
    return _match_header_line(line)


@lru_cache(maxsize=4096)
def _match_header_line(line: str) -> KnownTable | None:
    """The known table a line heads, past match_lost_border_header's quick checks.

    Cached: a page family's header lines, and its section titles that open with a column word
    ("Typical years of experience"), recur on every page; a KnownTable is frozen, so pages share it.
    """
    vocab = _vocab()
    words = line.split()
    if len(words) > 40:
        return None  # a sentence, not a header
    names = _column_names(words)
    if sum(1 for spans in names if spans) < vocab.min_known_columns:
        return None  # each known column needs a start word of its own: a title, not a header
    if not _fits_one_unknown_column(names):
        return None  # no kind accepts two unknown columns: a sentence that mentions column words
    best: tuple[tuple[int, int], KnownTable] | None = None
    for spec in vocab.kinds:
        found = _segment_header(words, names, spec)
        if found is None:
            continue
        columns, known, unknown = found
        rank = (known, -unknown)
        if best is None or rank > best[0]:
            best = (rank, KnownTable(spec.kind, columns))
    return best[1] if best else None


@lru_cache(maxsize=4096)
def may_open_header(char: str) -> bool:
    """Whether a line starting with this character may open with a known column name.

    _header_key drops quotes and commas and lower-cases the rest, so past those (and any leading
    space) the line's first character, lower-cased, opens the first word's key.
    """
    return char.isspace() or char in _QUOTES or char == "," or char.lower()[:1] in _vocab().header_initials


@lru_cache(maxsize=65536)
def _opens_header(word: str) -> bool:
    """Whether a line starting with this word may be a header: the word opens a known column name."""
    return (_header_key(word).split() or [""])[0] in _vocab().header_first_words


@lru_cache(maxsize=4096)
def is_column_name(cell: str) -> bool:
    """Whether a cell names a known column of some table kind ("Metric name", "Primary use").

    Cached: an innerText page asks it of its lines, and the family's column names recur on every page.
    """
    return any(spec.role_of(cell) for spec in _vocab().kinds)


# The longest known column name is shorter than this: a longer line needs no lookup (nor a place in its cache).
_COLUMN_NAME_CHARS = 80


def is_column_line(line: str) -> bool:
    """Whether a line of prose is a known column's name alone: a table's header cell left as a paragraph."""
    return len(line) <= _COLUMN_NAME_CHARS and is_column_name(line)


# The skills tables' column names (skills_to_decisions.json groups): a skill's name, its importance and tier,
# and its details ("Use", "Why it matters"). A skills table is no known kind (its rows are read by the skills
# parsers, by header wording), but a grid of cells is rebuilt from its header as a known table is.
_SKILL_NAME_COLUMNS = "skill_columns"
_SKILL_DETAIL_COLUMNS = ("skill_details", "soft_skill_details")
_MIN_GRID_COLUMNS = 2


@lru_cache(maxsize=1)
def _skill_columns() -> tuple[frozenset[str], frozenset[str]]:
    """The header keys of a skills table's name column, and of all its columns."""
    data = load_vocab("skills_to_decisions.json")
    names = frozenset(_header_key(name) for name in data[_SKILL_NAME_COLUMNS]["name"])
    groups = (data[_SKILL_NAME_COLUMNS], *(data[group] for group in _SKILL_DETAIL_COLUMNS))
    return names, frozenset(_header_key(name) for group in groups for names in group.values() for name in names)


@lru_cache(maxsize=4096)
def names_a_column(cell: str) -> bool:
    """Whether a cell names a column of a table the family publishes: a known kind's ("Primary use") or a
    skills table's ("Capability", "Why it matters"). Cached: asked of the first cell of a page's grids."""
    return is_column_name(cell) or _header_key(cell) in _skill_columns()[1]


def grid_header_width(cells: Sequence[str]) -> int:
    """How many of a grid's leading cells are its header row, 0 when they head no table of the family.

    A page builder's CSS grid (Webflow's "w-layout-grid") writes a table as cells without rows, the column
    count in a style sheet the page does not carry: the leading cells that name columns are the header,
    and as many columns as they are, when they head a known table kind or a skills table (its name column
    among them: "Skill | Importance | Use").
    """
    width = 0
    while width < len(cells) and names_a_column(cells[width]):
        width += 1
    if width < _MIN_GRID_COLUMNS:
        return 0
    header = cells[:width]
    if match_header_cells(header) is not None or any(_header_key(cell) in _skill_columns()[0] for cell in header):
        return width
    return 0


def closed_vocabulary(table: KnownTable, column: int) -> re.Pattern[str] | None:
    """The pattern a known table's column's cells match when the family writes them from a closed vocabulary
    (a KPI's frequency "Monthly", a tool's prevalence "Common"), else None."""
    spec = next(spec for spec in _vocab().kinds if spec.kind == table.kind)
    role = spec.role_of(table.columns[column])
    return _vocab().frequency if role == "frequency" else _vocab().prevalence if role == "prevalence" else None


def match_header_cells(cells: Sequence[str]) -> KnownTable | None:
    """Recognise the header cells of a pipe or HTML table as a known table kind."""
    best: tuple[tuple[int, int], KnownTable] | None = None
    for spec in _vocab().kinds:
        roles = [spec.role_of(cell) for cell in cells]
        known = [role for role in roles if role]
        unknown = len(roles) - len(known)
        if _acceptable(spec, known, unknown):
            rank = (len(known), -unknown)
            if best is None or rank > best[0]:
                best = (rank, KnownTable(spec.kind, tuple(cell.strip() for cell in cells)))
    return best[1] if best else None


def _acceptable(spec: _KindSpec, roles: list[str], unknown: int) -> bool:
    """Whether recognised column roles are enough to call a header this kind."""
    return (
        len(roles) >= spec.min_columns
        and len(set(roles)) == len(roles)
        and spec.required <= set(roles)
        and (unknown == 0 or (unknown == 1 and len(roles) >= 3))
    )


def _column_names(words: list[str]) -> list[list[str]]:
    """For each start word i, the keys of words[i:i+1], words[i:i+2], ... that may name a known column.

    Shared by every table kind. A span stops growing once its key is neither the start of a known
    column name nor a "prefix *" name: no longer span can be one either.
    """
    vocab = _vocab()
    keys = [_header_key(word) for word in words]
    n = len(words)
    names: list[list[str]] = []
    for i in range(n):
        spans: list[str] = []
        key = ""
        for j in range(i + 1, min(n, i + _MAX_COLUMN_WORDS) + 1):
            if keys[j - 1]:
                key = f"{key} {keys[j - 1]}" if key else keys[j - 1]
            if key not in vocab.column_starts and not key.startswith(vocab.name_prefixes):
                break
            spans.append(key)
        names.append(spans)
    return names


def _fits_one_unknown_column(names: list[list[str]]) -> bool:
    """Whether the words no column name can span fit in one unknown column (_MAX_UNKNOWN_WORDS at most).

    Only the spans of _column_names can be known columns, and every kind accepts at most one
    unknown column (see _acceptable): a line failing this can be no kind's header.
    """
    reach = 0  # the words before reach lie in some span
    first = last = -1  # the first and last word in no span
    for i, spans in enumerate(names):
        reach = max(reach, i + len(spans))
        if i >= reach:
            first = i if first < 0 else first
            last = i
    return last - first < _MAX_UNKNOWN_WORDS


def _segment_header(
    words: list[str], names: list[list[str]], spec: _KindSpec
) -> tuple[tuple[str, ...], int, int] | None:
    """Cover a header line with column names of one kind (DP: fewest unknown words, then fewest columns)."""
    n = len(words)
    # best[i]: ((unknown columns, unknown words, columns), previous cut, role) for words[:i]
    best: list[tuple[tuple[int, int, int], int, str | None] | None] = [None] * (n + 1)
    best[0] = ((0, 0, 0), -1, None)
    for i in range(n):
        if best[i] is None:
            continue
        unknown, unknown_words, count = best[i][0]
        roles = [spec.role_of_key(key) for key in names[i]]
        # Past the named spans only an unknown column (a few words, capitalised) can end.
        unknown_end = min(n, i + _MAX_UNKNOWN_WORDS) if words[i][:1].isupper() else i
        for j in range(i + 1, max(i + len(roles), unknown_end) + 1):
            role = roles[j - i - 1] if j - i <= len(roles) else None
            if role is not None:
                cost = (unknown, unknown_words, count + 1)
            elif j <= unknown_end:
                cost = (unknown + 1, unknown_words + j - i, count + 1)
            else:
                continue
            if best[j] is None or cost < best[j][0]:
                best[j] = (cost, i, role)
    if best[n] is None:
        return None
    columns: list[str] = []
    roles_found: list[str] = []
    j = n
    while j > 0:
        _, i, role = best[j]
        columns.append(" ".join(words[i:j]))
        if role:
            roles_found.append(role)
        j = i
    unknown = best[n][0][0]
    if not _acceptable(spec, roles_found, unknown):
        return None
    return tuple(reversed(columns)), len(roles_found), unknown


@lru_cache(maxsize=256)
def column_roles(table: KnownTable) -> tuple[str, ...]:
    """Return the role of each column ('metric', 'tool', 'frequency', ... or 'other')."""
    spec = next((s for s in _vocab().kinds if s.kind == table.kind), None)
    if spec is None:
        return ("other",) * len(table.columns)
    roles = [spec.role_of(column) for column in table.columns]
    if None in roles and len(table.columns) == len(spec.roles):
        # Unlisted wording in the usual layout: the column plays the (unclaimed) role of its position.
        roles = [role or (spec.roles[i] if spec.roles[i] not in roles else None) for i, role in enumerate(roles)]
    return tuple(role or "other" for role in roles)


# --------------------------------------------------------------------------
# Tables cut by page breaks and line wraps
# --------------------------------------------------------------------------


def join_continued_tables(tables: Sequence[Block]) -> list[Block]:
    """A section's tables with the pieces of each table put back together.

    A printed page (a browser's "Save as PDF" read back by a PDF-to-markdown converter) cuts a table at
    every page break, repeating its header, and gives a row that wraps across the break or a line a
    continuation row: its first (name) cell empty, the wrapped words in a few cells. Adjacent tables with
    the same header are one table (their repeated header, also when left among the rows, is no row), and a
    continuation row is joined to the row above, cell by cell (see _continues_row).
    """
    if len(tables) < 2 and not any(_may_continue(table) for table in tables):
        return list(tables)  # nearly every section: one table, no row with an empty first cell or the header's
    runs: list[list[Block]] = []
    for table in tables:
        if runs and table.header and _cells_key(table.header) == _cells_key(runs[-1][0].header or []):
            runs[-1].append(table)
        else:
            runs.append([table])
    return [_joined_table(run) for run in runs]


# A "Label: value" line of a stacked row; the value may be empty ("Target:" with nothing after it).
_LABELLED_LINE = re.compile(r"([^:]{1,60}):(?:\s+(.*))?", re.DOTALL)


def stacked_tables(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each run of stacked rows made one table.

    A responsive table read from its mobile rendering gives each row as a block of "Column: value" lines,
    one paragraph per cell ("Metric: Inventory turns", "Target: 10-12", ..., then "Metric: ..." again). A
    run of such lines whose first label comes back at least once, and whose labels name the columns of a
    known table kind (the vocabularies of match_header_cells), is that table: the labels are its header,
    each block from the first label to the next is a row, a label a row lacks leaves its cell empty.
    Requiring known column names keeps ordinary labelled details ("Why it matters:", "Use:") out. A text
    dump's table stacks its cells without labels, under a header block: see _cell_line_tables.
    """
    blocks = _cell_line_tables(blocks)
    if sum(1 for block in blocks if block.kind is BlockKind.PARAGRAPH and ":" in block.text) < 4:
        return list(blocks)  # nearly every section: no run of labelled lines to read
    return tables_from_runs(blocks, _labelled_cell, _stacked_table)


def group_label(cells: list[str], width: int) -> str | None:
    """The group label a row of a table ``width`` columns wide is, else None: a row of one cell across a
    wider table, as the HTML reader keeps a row spanning every column amid the rows ("Accuracy metrics"
    over the KPIs under it, "Top lists" in a scorecard)."""
    return cells[0] if len(cells) == 1 < width else None


_Reading = TypeVar("_Reading")


def tables_from_runs(
    blocks: Iterable[Block],
    read: Callable[[Block], _Reading | None],
    build: Callable[[list[_Reading]], list[Block]],
) -> list[Block]:
    """The blocks with each run of consecutive blocks that ``read`` takes (None: it does not) replaced by what
    ``build`` makes of the run's readings: one table, or the run's own blocks when they make none. How a
    table written line by line (stacked cells, a list re-typing a table) is found among a section's blocks."""
    out: list[Block] = []
    run: list[_Reading] = []
    for block in blocks:
        reading = read(block)
        if reading is not None:
            run.append(reading)
            continue
        if run:
            out += build(run)
            run = []
        out.append(block)
    if run:
        out += build(run)
    return out


def _labelled_cell(block: Block | None) -> tuple[Block, str, str] | None:
    """(the block, its label, its value) for a paragraph "Label: value" whose label names a known column."""
    if block is None or block.kind is not BlockKind.PARAGRAPH or "\n" in block.text:
        return None
    cell = column_cell(block.text)
    return None if cell is None else (block, *cell)


def column_cell(text: str) -> tuple[str, str] | None:
    """(label, value) of a line "Label: value" whose label names a known column ("Category: Pharmacy
    information system"): a cell of a stacked table's row; None for any other line."""
    match = _LABELLED_LINE.fullmatch(text.strip())
    if match is None or not is_column_name(match[1].strip()):
        return None
    return match[1].strip(), (match[2] or "").strip()


def _stacked_table(run: list[tuple[Block, str, str]]) -> list[Block]:
    """The run as one table when its rows repeat the labels of a known table's columns, else its blocks."""
    if not run:
        return []
    first = _header_key(run[0][1])
    starts = [k for k, (_, label, _) in enumerate(run) if _header_key(label) == first]
    groups = [
        [(_header_key(label), label, value) for _, label, value in run[a:b]]
        for a, b in zip(starts, starts[1:] + [len(run)])
    ]
    header: dict[str, str] = {}  # key -> label as written, in page order; a label one row lacks taken from the others
    for group in groups:
        for key, label, _ in group:
            header.setdefault(key, label)
    keys = list(header)
    # Each row names its columns once and in the header's order (a missing one skipped).
    orderly = all((order := [keys.index(key) for key, _, _ in group]) == sorted(set(order)) for group in groups)
    if len(groups) < 2 or len(keys) < 2 or not orderly or match_header_cells(list(header.values())) is None:
        return [block for block, _, _ in run]
    rows = [[dict((key, value) for key, _, value in group).get(key, "") for key in keys] for group in groups]
    return [Block.table(list(header.values()), rows, run[0][0].start, run[-1][0].end)]


# A row's first cell names it (a metric, a tool category, a dimension): longer, it is a sentence.
_ROW_LABEL_WORDS = 8
_PARENTHESISED = re.compile(r"\([^)]*\)")  # a label's aside ("Cloud platforms (AWS, Azure, GCP)") adds no words


def too_long_for_a_row_label(label: str) -> bool:
    """Whether a table row's first cell has too many words to name the row: a sentence, not a label. Its
    aside in brackets does not count ("Drive software (e.g., SINAMICS Startdrive, ...)")."""
    return len(_PARENTHESISED.sub("", label).split(None, _ROW_LABEL_WORDS)) > _ROW_LABEL_WORDS


def _cell_line_tables(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with each table written one cell a line, its rows between blank lines, made one table.

    A text dump of a table (an email's text/plain part, some HTML-to-text converters) gives its header as a
    block of lines, a known column name a line ("Category", "Tool", "Primary use", "Prevalence"), then each
    row as a block of as many lines, a cell a line, the blocks between blank lines (innerText's one-cell-a-line
    tables, without blank lines, are textblocks' _cell_table). The section's blocks keep no blank line but their
    offsets do: a gap wider than the header's first (line to line) is one.
    """
    heads = {k for k, block in enumerate(blocks) if _names_column(block)}
    if len(heads) < 2:
        return blocks  # nearly every section: no header block of two column names or more
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        found = _cell_line_table(blocks, k) if k in heads else None
        if found is None:
            out.append(blocks[k])
            k += 1
        else:
            table, k = found
            out.append(table)
    return out


def opens_cell_line_table(blocks: Sequence[Block]) -> bool:
    """Cheap test: whether the blocks open with a header block of a table written one cell a line ("Item" over
    "Summary"), as _cell_line_tables reads one: two one-line column names, the first two blocks."""
    return len(blocks) >= 2 and _names_column(blocks[0]) and _names_column(blocks[1])


def _names_column(block: Block) -> bool:
    """Cheap tests first: whether a block is one line naming a known column ("Primary use")."""
    text = block.text
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(text) <= 80
        and may_open_header(text[:1])
        and "\n" not in text
        and is_column_name(text)
    )


def _cell_line_table(blocks: Sequence[Block], k: int) -> tuple[Block, int] | None:
    """(the table whose header block opens at blocks[k], the index past its last row), or None.

    The header block is whole (a blank line or an intro's sentence before it, a blank line after it) and a known
    table kind's header, every line a column name. Each row is the next block of exactly as many one-line
    paragraphs (or one more, a long cell wrapped onto two lines; or twice as many, two rows), its first cell a
    row's name, not a sentence: the first block that is not one (a paragraph of notes, a list) ends the table.
    """
    if k + 1 >= len(blocks):
        return None
    line = _gap(blocks[k], blocks[k + 1])  # the gap from line to line within a block
    if k and _gap(blocks[k - 1], blocks[k]) <= line and not blocks[k - 1].text.rstrip().endswith(_SENTENCE_END):
        return None  # a header block opens after a blank line, a sentence's end (its intro) or the section's start
    end = k + 1
    while end < len(blocks) and _gap(blocks[end - 1], blocks[end]) <= line and _names_column(blocks[end]):
        end += 1
    header = [block.text.strip() for block in blocks[k:end]]
    width = len(header)
    if not _block_ends(blocks, end, line) or match_header_cells(header) is None:
        return None
    rows: list[list[str]] = []
    while end + width <= len(blocks):
        if _block_ends(blocks, end + width, line) or _two_rows(blocks, end, width, line):
            size = width
        elif end + width < len(blocks) and _block_ends(blocks, end + width + 1, line):
            size = width + 1  # a cell wrapped onto two lines
        else:
            break
        cells = blocks[end : end + size]
        one_block = all(_gap(above, below) <= line for above, below in zip(cells, cells[1:]))
        if not one_block or any(cell.kind is not BlockKind.PARAGRAPH or "\n" in cell.text for cell in cells):
            break
        row: list[str] | None = [cell.text.strip() for cell in cells]
        if size > width and (row := _wrapped_cell_joined(row)) is None:
            break
        label = row[0]
        if label.endswith(_SENTENCE_END) or too_long_for_a_row_label(label):
            break
        rows.append(row)
        end += size
    if not rows:
        return None
    return Block.table(header, rows, blocks[k].start, blocks[end - 1].end), end


# A block of twice as many lines as a table of this many columns holds two rows: a page break between them
# took their blank line with the running header and footer. Narrower, it may be one row whose cell wrapped.
_TWO_ROWS_MIN_COLUMNS = 3


def _two_rows(blocks: Sequence[Block], k: int, width: int, line: int) -> bool:
    """Whether the row block at blocks[k] is two rows of this table, no blank line between them."""
    end = k + 2 * width
    return width >= _TWO_ROWS_MIN_COLUMNS and end <= len(blocks) and _block_ends(blocks, end, line)


def _wrapped_cell_joined(lines: list[str]) -> list[str] | None:
    """A row's lines, one more than its cells, with the line a long cell wrapped onto joined to it: the first
    that reads on from the line above (it opens in lowercase, or the line above stops on a comma, a hyphen
    or a word no cell ends with); None when no line does."""
    for j in range(1, len(lines)):
        above = lines[j - 1]
        if lines[j][:1].islower() or above.endswith(_NO_CELL_END) or ends_mid_clause(above):
            return lines[: j - 1] + [f"{above} {lines[j]}"] + lines[j + 1 :]
    return None


def _gap(above: Block, below: Block) -> int:
    return below.start - above.end


def _block_ends(blocks: Sequence[Block], k: int, line: int) -> bool:
    """Whether a block of lines ends before blocks[k]: a blank line (a gap wider than line to line), or the end."""
    return k == len(blocks) or _gap(blocks[k - 1], blocks[k]) > line


def _may_continue(table: Block) -> bool:
    """Cheap test: whether a row of the table may continue the row above or repeat the header."""
    first = (table.header or [""])[0]
    return any(row and (not row[0].strip() or row[0] == first) for row in table.rows or ())


def _cells_key(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(_header_key(cell) for cell in cells)


def _joined_table(run: list[Block]) -> Block:
    """One table of the pieces of a run, its continuation rows joined to the rows above; the piece itself when
    unchanged."""
    header = list(run[0].header or [])
    key = _cells_key(header)
    required = _required_columns(header)
    rows: list[list[str]] = []
    for cells in chain.from_iterable(table.rows or () for table in run):
        if header and len(cells) == len(header) and _cells_key(cells) == key:
            continue  # the header repeated where the page broke
        if rows and _continues_row(rows[-1], cells, required):
            rows[-1] = [f"{above} {below}".strip() for above, below in zip_longest(rows[-1], cells, fillvalue="")]
        else:
            rows.append(cells)
    if len(run) == 1 and rows == run[0].rows:
        return run[0]
    return Block.table(header, rows, run[0].start, run[-1].end)


def _required_columns(header: list[str]) -> tuple[int, ...]:
    """The columns a row of this table must fill to stand alone: its kind's required columns, else its first
    (name) column."""
    known = match_header_cells(header) if header else None
    spec = next((s for s in _vocab().kinds if known and s.kind == known.kind), None)
    if known is None or spec is None:
        return (0,)
    return tuple(k for k, role in enumerate(column_roles(known)) if role in spec.required)


def _continues_row(above: list[str], cells: list[str], required: tuple[int, ...]) -> bool:
    """Whether a row continues the row above: its first cell empty, it leaves a column its table requires empty,
    it fills at most half of its cells, and none of them repeats the cell above (wrapped words are new words).

    "| | | operate | | |" under "| Audit findings | ... | Accreditation is a license to | ... |" continues it; a row
    that could stand alone is a row, "| | Grafana | Dashboards | Common |" (a tool under the category above), and
    so is a row repeating a value above, "| | SRE | | |" under an owner "SRE" (a row that lost its name).
    """
    if not cells or cells[0].strip():
        return False
    filled = [k for k, cell in enumerate(cells) if cell.strip()]
    return (
        0 < 2 * len(filled) <= len(cells)
        and any(k >= len(cells) or not cells[k].strip() for k in required)
        and not any(k < len(above) and cells[k].strip() == above[k].strip() for k in filled)
    )


# --------------------------------------------------------------------------
# Lost-border rows: token features
# --------------------------------------------------------------------------

# Token shapes: what the first character(s) say about a word's role in a cell.
_TITLE, _CAMEL, _ACRONYM, _NUMBER, _SYMBOL, _QUOTED, _LOWER, _PUNCT = range(8)

_LEADING_PUNCT = "([{“\"‘'"
_SYMBOL_STARTS = "≥≤<>+~±=≈$€£#%"
_COMPARATORS = "≥≤<>+~±"
_COMPARISON_SIGNS = "≥≤<>~±=≈"  # a word of these alone ("≤", ">=") opens a target: "≤ 0.5% variance"
_SENTENCE_END = (".", ";", ":", "?", "!")
_NO_CELL_END = (",", ";", ":", "/", "&", "(", "-", "–", "—", "→", "+")
_AND_ABOVE = re.compile(r"[\w%]\+$")  # '+' closing a number or word ("8+", "staff+", "40%+") may end a cell
_FORBIDDEN = -40.0  # a boundary the page's own conventions rule out
_SPLIT_RUN = 2 * _FORBIDDEN  # ...the worst of them: one splitting a "/"-joined run of names
_START_SCORE = {_TITLE: 2.0, _NUMBER: 2.0, _SYMBOL: 2.0, _ACRONYM: 1.0, _CAMEL: 1.0, _QUOTED: 0.5}
_PART = re.compile(r"[-/]")
_ANGLED = re.compile(r"<\w[^<>\s]*>")  # "<797>", "<797>/<800>": a reference in angle brackets, where "<5%" compares
_WORD_CORE = re.compile(r"^[^\w%$€£#≥≤<>+~±]+|[^\w%+)]+$")


def _word_key(word: str) -> str:
    """Lower-cased word without surrounding punctuation, for vocabulary lookups."""
    if word.isalpha():  # letters are word characters (\w): nothing to strip
        return word.lower()
    return _WORD_CORE.sub("", word).lower() or word.lower()


def _shape(word: str) -> int:
    """Classify a word by how it begins: Title, CamelCase, ACRONYM, number, symbol, lower..."""
    if word[0] in "“\"" and len(word) > 1:
        return _QUOTED
    core = word.lstrip(_LEADING_PUNCT)
    if not core:
        return _PUNCT
    first = core[0]
    if first == "<" and _ANGLED.match(core):
        return _shape(core[1:])  # "USP <797>": a chapter in angle brackets, read as in parentheses, no comparison
    if first in _SYMBOL_STARTS or (first in "-–" and core[1:2].isdigit()):
        return _SYMBOL
    if first.isdigit():
        return _NUMBER
    if not first.isalpha():
        return _PUNCT
    if not first.isupper():  # lower case, or a script without case: not a cell start
        # islower(): every cased letter is lower case, so none is upper case (the usual word, decided in C)
        return _CAMEL if not core.islower() and any(ch.isupper() for ch in core) else _LOWER
    part = core if core.isalpha() else _PART.split(core, maxsplit=1)[0]  # letters hold no "-" nor "/"
    if part[1:].isalpha() and part[1:].islower():
        return _TITLE  # the usual capitalised word: a lower-case letter stays past any plural 's', so no acronym
    letters = [ch for ch in part if ch.isalpha()]
    plural_stripped = part[:-1] if part.endswith("s") and len(letters) > 2 else part
    if all(ch.isupper() or not ch.isalpha() for ch in plural_stripped) and (len(letters) > 1 or "/" in core):
        return _ACRONYM  # AWS, KPIs, A/B, NLP/LLM, CI-CD
    if any(ch.isupper() for ch in part[1:]):
        return _CAMEL  # PyTorch, MLflow, GitHub
    return _TITLE


_ENCLOSER = re.compile(r'[()\[\]“”"]')
_VERSION = re.compile(r"\d+(?:\.\d+)*")
_LOWER_TOOL_START = 1.0  # a cell opening on a lower-case product name ("pytest", "project44 / FourKites")
_LOWER_VALUE_START = 1.0  # a scorecard summary opening on a lower-case word after its known label ("p99 ...")
_VERSION_START = 0.0  # a cell opening on a bare number right after a capitalised name word: rather the name's number
# A lower-case percentile opens what a KPI measures ("Dashboard query performance | p95 dashboard load time"), as
# '%' does ("% of services ..."): a statistic a name seldom ends on, though a capitalised start is likelier.
_PERCENTILE_START = 1.0
_PERCENTILE = re.compile(r"p\d{1,2}(?:\.\d+)?")


class _Word(NamedTuple):
    """What a word says on its own; its neighbours and the row decide the rest."""

    key: str
    shape: int
    enclosers: str  # its brackets and quotes, in order
    digit: bool  # holds a digit
    number: bool  # a number, range or comparison
    opens: bool  # starts with a parenthesis or bracket
    # Cells do not end with it (punctuation, a comma, a slash, 'of', 'per', 'and'...): then the next word's
    # start score, _FORBIDDEN, or _SPLIT_RUN past a lone '/'; 0.0 (false) where a cell may end.
    no_cell_end: float
    sentence_end: bool
    start: float  # score of a cell starting with it, as far as the word alone says
    opens_tool: bool  # one of its tokens opens a gazetteer name: a row without such a word holds no tool
    version: bool  # a bare number ("21", "365", "9.4"): after a name it is the name's ("Pinnacle 21", "Office 365")


@lru_cache(maxsize=65536)
def _word(word: str) -> _Word:
    """Per-word features, cached: a table's words recur across its rows and pages."""
    shape = _shape(word)
    key = _word_key(word)
    opens = word[0] in "([" or (word[0] == "<" and shape != _SYMBOL)  # "<797>" (see _shape), as "(797)"
    letters = word.isalpha()  # holds no bracket, quote nor digit: the usual word skips those scans
    if word == "/":
        start = _SPLIT_RUN  # "renv / conda": a run of names joined by slashes is one cell
    elif shape == _LOWER and word[0] == "p" and _PERCENTILE.fullmatch(word):
        start = _PERCENTILE_START
    elif shape in (_PUNCT, _LOWER):
        start = _FORBIDDEN  # cells start capitalised (a lower-case tool may: see _row), never on '/', '&', '–'
    elif opens:
        start = _START_SCORE[shape] - 4.0  # a parenthesis qualifies the words before it
    else:
        start = _START_SCORE[shape]
    return _Word(  # positional: a keyword call costs twice as much, on every new word
        key,
        shape,
        "" if letters else "".join(_ENCLOSER.findall(word)),  # enclosers
        not letters and any(map(str.isdigit, word)),  # digit
        shape == _NUMBER or (shape == _SYMBOL and word[0] in _COMPARATORS),  # number
        opens,
        _next_start(word, shape, key),  # no_cell_end
        word.endswith(_SENTENCE_END),  # sentence_end
        start,
        # A word's tokens are the same wherever it stands (_word_tokens): its own are the row's.
        not _tool_matcher().keys().isdisjoint(form for form, _, _ in _word_tokens([word])[0]),  # opens_tool
        shape == _NUMBER and _VERSION.fullmatch(word) is not None,  # version
    )


def _next_start(word: str, shape: int, key: str) -> float:
    """The start score a word leaves to the next one if no cell ends with it (see _Word.no_cell_end), else 0.0."""
    if word == "/":
        return _SPLIT_RUN
    if shape == _PUNCT or (word.endswith(_NO_CELL_END) and not _AND_ABOVE.search(word)):
        return _FORBIDDEN
    if shape == _SYMBOL and not word.strip(_COMPARISON_SIGNS):
        return _FORBIDDEN  # a lone comparison sign is a target's first word, never a cell's last
    return _FORBIDDEN if key in _vocab().function_words else 0.0


def _enclosed(enclosers: Sequence[str]) -> list[bool]:
    """Mark words that begin inside parentheses or quotes (never a cell start), from each word's enclosers."""
    inside = [False] * len(enclosers)
    if not any(enclosers):
        return inside  # most rows: no bracket or quote at all
    parens = quotes = 0
    straight = False
    for i, word_enclosers in enumerate(enclosers):
        inside[i] = parens > 0 or quotes > 0 or straight
        for ch in word_enclosers:
            if ch in "([":
                parens += 1
            elif ch in ")]":
                parens = max(0, parens - 1)
            elif ch == "“":
                quotes += 1
            elif ch == "”":
                quotes = max(0, quotes - 1)
            elif ch == '"':
                straight = not straight
    if parens or quotes or straight:
        # Unbalanced: the scraper cut something; trust capitalisation alone.
        return [False] * len(enclosers)
    return inside


class _ToolMatch(NamedTuple):
    """A gazetteer hit over a row's tokens: tokens start..end-1 (what spaCy's filter_spans reads)."""

    start: int
    end: int
    first: int  # the word its first token is in
    begin: int  # where in that word the hit begins
    last: int  # the word its last token is in


def _tool_marks(
    words: Sequence[str], word_tokens: list[_WordTokens] | None = None
) -> tuple[list[bool], list[bool], list[bool]]:
    """Find gazetteer tools: (word starts a tool, word continues a tool, word is part of a tool).

    A hit is any run of the row's tokens whose lower-cased forms spell a listed name, as spaCy's
    PhraseMatcher(attr="LOWER") would find over the row's Doc; overlapping hits are then resolved
    by filter_spans. The row's tokens are its words' tokens (see _word_tokens, unless given),
    cached per word, so no Doc is built per row.
    """
    n = len(words)
    starts, continues, covered = [False] * n, [False] * n, [False] * n
    if word_tokens is None:
        word_tokens = _word_tokens(words)
    tokens = list(chain.from_iterable(word_tokens))  # (lower-cased form, start, end within its word)
    lowers = list(map(itemgetter(0), tokens))
    names = _tool_matcher()
    # A hit starts at a token that opens a tool name: those few are picked out in C, then tried in turn.
    spans = [
        (t, t + len(name))
        for t in compress(count(), map(names.__contains__, lowers))
        for name in names[lowers[t]]
        if tuple(lowers[t : t + len(name)]) == name
    ]
    if not spans:
        return starts, continues, covered
    word_ends = list(accumulate(map(len, word_tokens)))  # word i's tokens end before token word_ends[i]
    spellings = _vocab().tool_spellings
    hits: list[_ToolMatch] = []
    for start, end in spans:
        first, last = bisect_right(word_ends, start), bisect_right(word_ends, end - 1)
        begin, stop = tokens[start][1], tokens[end - 1][2]
        if first == last:
            text = words[first][begin:stop]
        else:  # the words it spans joined by single spaces, as on the row's Doc
            text = " ".join([words[first][begin:], *words[first + 1 : last], words[last][:stop]])
        if _tool_case_ok(text, spellings):
            hits.append(_ToolMatch(start, end, first, begin, last))
    if any(hit.start < before.end for before, hit in zip(hits, hits[1:])):
        hits = filter_spans(hits)  # overlapping hits: keep the longest; disjoint ones (in start order) stay as they are
    for hit in hits:
        lead = len(words[hit.first]) - len(words[hit.first].lstrip(_LEADING_PUNCT))
        if hit.begin <= lead:
            starts[hit.first] = True
        for k in range(hit.first, hit.last + 1):
            covered[k] = True
        for k in range(hit.first + 1, hit.last + 1):
            continues[k] = True
    return starts, continues, covered


@lru_cache(maxsize=1)
def _tool_tokens() -> frozenset[str]:
    """Every token of every gazetteer name, lower-cased: what a word must be to take part in a match."""
    return frozenset(token.lower_ for doc in _tool_matcher_docs() for token in doc)


@lru_cache(maxsize=1)
def _tool_matcher_docs() -> tuple:  # noqa: ANN202 - spaCy Docs
    names = {name for spellings in _vocab().tool_spellings.values() for name in spellings}
    return tuple(_language().make_doc(name) for name in sorted(names))


_WordTokens = tuple[tuple[str | None, int, int], ...]
_word_tokens_cache: dict[str, _WordTokens] = {}


def _word_tokens(words: Sequence[str]) -> list[_WordTokens]:
    """Each word's tokens as the tool matcher needs them: (lower-cased form, start, end within the word).

    A word's tokens are the same wherever it stands (see tokens_of_words): they
    are cached per word (nlp.per_word). A word none of whose tokens is in a tool
    name (see _is_toolless) gets the single form None, a barrier no match can
    include, and spaCy is spared new lexemes for each unseen ordinary word.
    """
    return per_word(_word_tokens_cache, words, _tokenized)


def _tokenized(words: list[str]) -> list[_WordTokens]:
    toolless = [_is_toolless(word) for word in words]
    spelled_words = [word for word, none in zip(words, toolless) if not none]
    spelled = iter(tokens_of_words(spelled_words) if spelled_words else ())
    return [((None, 0, len(word)),) if none else tuple(next(spelled)) for word, none in zip(words, toolless)]


# Punctuation that may cling to a plain word ("tools,", "(analyses).") and that no tool token is made
# of alone (unlike '-', '/', '&', '!', '#'; tested); never an apostrophe, part of the suffixes "'s", "’s".
_CLINGING_PUNCT = ',.;:?()[]{}"“”'
# Letter runs joined by '-' or '/' ("risk-based", "cycles/month"): spaCy's infixes split each joiner off alone.
_JOINED_LETTERS = re.compile(r"[A-Za-z]+(?:[-/][A-Za-z]+)*")
_JOINER = re.compile(r"[-/]")
_JOINERS = ("-", "/")


def _is_toolless(word: str) -> bool:
    """Whether no token spaCy gives the word can be part of a tool name, known without tokenizing it.

    Holds for runs of ASCII letters, maybe joined by '-' or '/', with clinging
    punctuation around them, if no stretch of the word that a token or a run
    of tokens may cover (one that starts and ends at the word's ends or at a
    joiner, see below) is a special case (as "cannot", "x.", "and/or") or a
    tool token, and no tool name is a joiner alone. spaCy's prefixes and
    suffixes other than "'s"/"’s", and units or currencies after a digit,
    contain no ASCII letter, and each infix holds a non-letter ('-' or '/'
    alone between two letters): so only a special case could split a letter
    run or start a token inside one. Every other token lies in the
    punctuation around the runs, and no tool token is made of that alone.
    """
    specials, tool_tokens = _special_cases(), _tool_tokens()
    if word.isalpha() and word.isascii():  # the usual word: its one stretch is itself
        return word not in specials and word.lower() not in tool_tokens
    run = word.strip(_CLINGING_PUNCT)
    if not run.isascii() or not (run.isalpha() or _JOINED_LETTERS.fullmatch(run)):
        return False
    if run.isalpha():  # no joint: each stretch is the run with clinging punctuation around it, so it is
        special_runs, tool_runs = _clinging_stripped()  # a special case or tool token only if its run is one's
        if run not in special_runs and run.lower() not in tool_runs:
            return True
    lead = len(word) - len(word.lstrip(_CLINGING_PUNCT))
    tail = lead + len(run)
    joints = [joint for match in _JOINER.finditer(run) for joint in (lead + match.start(), lead + match.end())]
    for begin in [*range(lead + 1), *joints]:
        for end in [*joints, *range(tail, len(word) + 1)]:
            if begin >= end:
                continue
            stretch = word[begin:end]
            if stretch in specials:
                return False
            if stretch in _JOINERS:  # a joiner alone, between two letter runs: a tool only if one is named so
                if (stretch,) in _tool_matcher().get(stretch, ()):
                    return False
            elif stretch.lower() in tool_tokens:
                return False
    return True


@lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    return frozenset(_language().tokenizer.rules or {})


@lru_cache(maxsize=1)
def _clinging_stripped() -> tuple[frozenset[str], frozenset[str]]:
    """The special cases, and the tool tokens, with the clinging punctuation around them stripped."""
    return (
        frozenset(case.strip(_CLINGING_PUNCT) for case in _special_cases()),
        frozenset(token.strip(_CLINGING_PUNCT) for token in _tool_tokens()),
    )


def _tool_case_ok(text: str, spellings: dict[str, frozenset[str]]) -> bool:
    """Accept a gazetteer hit unless case says it is an ordinary word ('teams', 'Rest')."""
    listed = spellings.get(text.lower(), frozenset())
    if text in listed:
        return True
    if not any(ch.isupper() for ch in text):
        return False
    # Acronym-only names (REST, LIME) must be written as listed.
    return any(not name.isupper() for name in listed)


class _Row(NamedTuple):  # a tuple: built for every row line, read by every scorer call
    """One row line with the per-word features the cell scorers need."""

    words: tuple[str, ...]
    keys: tuple[str, ...]
    shapes: tuple[int, ...]
    tool_start: tuple[bool, ...]
    start: tuple[float, ...]  # score of a cell starting at word i (i >= 1)
    titles: tuple[float, ...]  # prefix sums: unexpected Title words inside a cell
    lowers: tuple[float, ...]  # prefix sums: plain lower-case words outside brackets
    tools: tuple[float, ...]  # prefix sums: gazetteer tools starting outside brackets
    numbers: tuple[float, ...]  # prefix sums: numbers, ranges and comparisons
    digits: tuple[float, ...]  # prefix sums: words holding a digit

    def text(self, a: int, b: int) -> str:
        """Cell text for words a..b-1."""
        return " ".join(self.words[a:b])

    @staticmethod
    def count(sums: tuple[float, ...], a: int, b: int) -> float:
        """Number of flagged words among a..b-1."""
        return sums[b] - sums[a] if b > a else 0


_JOINING = frozenset({"and", "or", "nor"})  # conjunctions that join names as well as clauses


def _row(words: tuple[str, ...], word_tokens: list[_WordTokens] | None = None) -> _Row:
    """Compute the word features of a row line's words (word_tokens: their tokens, if at hand).

    Besides the per-word flags (cached per word) it scores each word as a cell start (from the
    words around the boundary) and weighs each capitalised ordinary word that a
    sentence-case cell would not contain: a word after a sentence end is
    expected; so, half, is one that continues a Title Case run ("Net Promoter
    Score"): such runs are names, not two cells.
    """
    # One tuple per feature of _Word, each holding that feature of every word in turn.
    keys, shapes, enclosers, digit, number, opens, no_cell_end, sentence_end, word_start, opens_tool, version = (
        tuple(zip(*map(_word, words))) or ((),) * len(_Word._fields)
    )
    inside = _enclosed(enclosers)
    if any(opens_tool):
        tool_start, tool_continues, tool_covered = _tool_marks(words, word_tokens)
    else:  # no hit can start (_tool_marks would mark none): about half the rows
        tool_start = tool_continues = tool_covered = [False] * len(words)
    start: list[float] = []
    # Prefix sums (see _Row), each running total appended word by word.
    titles, lowers, tools = [0.0], [0.0], [0.0]
    title_sum = lower_sum = tool_sum = 0.0
    # What the previous word says: no cell ends with it, it ends a sentence, it is a Title word outside a tool name.
    after_no_end = 0.0
    after_end = after_title = prose_name = False
    for shape, opener, no_end, end, score, enclosed, tool, continues, covered in zip(
        shapes, opens, no_cell_end, sentence_end, word_start, inside, tool_start, tool_continues, tool_covered
    ):
        if enclosed or continues or after_no_end:
            # never split inside brackets, quotes, a tool name, nor after 'of', ',' and the like, '/' least of all
            score = after_no_end or _FORBIDDEN
        elif tool and shape == _LOWER:
            score = _LOWER_TOOL_START  # a cell may start with a lower-case tool, like pytest
        start.append(score)
        if shape == _TITLE:
            if not after_title:
                # A capitalised run after a lower-case word no cell ends on ('the', 'of', 'postings,'; counted in
                # lowers) is a name the prose holds ("on the Universal Journal"): its capitals mark no cell start.
                # Not after 'and' / 'or', which join names ("Epic Prelude and Cadence | Registration ...").
                prose_name = after_no_end and lowers[-1] != lowers[-2] and keys[len(titles) - 2] not in _JOINING
            if not (enclosed or covered or after_end or prose_name):
                title_sum += 0.5 if after_title else 1.0
            after_title = not covered
        elif shape == _LOWER:
            after_title = False
            if not (enclosed or covered or opener):
                lower_sum += 1.0
        else:
            # An acronym opens a name as a Title word does: "MAP Growth", "SAP Concur" read as one name.
            after_title = shape == _ACRONYM and not covered
            prose_name = False  # an acronym opens a name of its own
        if tool and not enclosed:
            tool_sum += 1.0
        titles.append(title_sum)
        lowers.append(lower_sum)
        tools.append(tool_sum)
        after_no_end, after_end = no_end, end
    if any(opens) and not _ACRONYM_SHAPES.isdisjoint(compress(shapes, opens)):  # few rows hold "(ABC)"
        _bind_acronym_names(words, shapes, opens, start)
    if any(version):  # few rows hold a bare number
        _keep_product_numbers(shapes, sentence_end, version, start)
    if "/" in words:  # few rows hold a lone slash
        _open_slash_runs(words, shapes, no_cell_end, inside, tool_continues, start)
        _keep_brand_editions(words, keys, shapes, inside, tool_start, tool_continues, start)
    if start:
        start[0] = 0.0  # the first cell always starts at the first word
    return _Row(
        words=words,
        keys=keys,
        shapes=shapes,
        tool_start=tuple(tool_start),
        start=tuple(start),
        titles=tuple(titles),
        lowers=tuple(lowers),
        tools=tuple(tools),
        numbers=tuple(accumulate(number, initial=0.0)),  # a flag counts 1.0: the same sums, added in C
        digits=tuple(accumulate(digit, initial=0.0)),
    )


_ACRONYM_SHAPES = frozenset({_ACRONYM, _CAMEL})  # "(KPIs)" reads as CamelCase


def _bind_acronym_names(words: Sequence[str], shapes: Sequence[int], opens: Sequence[bool], start: list[float]) -> None:
    """Keep a name with its own acronym in parentheses ("Cumulative Layout Shift (CLS)", "Interaction to Next
    Paint (INP)"): no cell starts among the words whose initials spell it, for the acronym closes the name."""
    for p in compress(range(len(words)), opens):
        if shapes[p] not in _ACRONYM_SHAPES:
            continue
        letters = _acronym_letters(words[p])
        if letters and (first := _spelled_from(words, p, letters)) is not None:
            for i in range(first + 1, p):
                start[i] = min(start[i], _FORBIDDEN)


@lru_cache(maxsize=4096)
def _acronym_letters(word: str) -> str:
    """The letters of an acronym in parentheses ("(CLS)": "CLS"; "(KPIs)": "KPI"), else ''; cached, as a table's
    acronyms recur down its rows and across pages."""
    letters = word.strip(_CLINGING_PUNCT).removesuffix("s")
    return letters if len(letters) >= 2 and letters.isalpha() and letters.isupper() else ""


def _spelled_from(words: Sequence[str], p: int, letters: str) -> int | None:
    """The first of the words before word p whose initials spell the letters, read backwards; a function word
    the acronym leaves out may stand between them ("Interaction to Next Paint": INP; "Mean Time to Restore": MTTR)."""
    function_words = _vocab().function_words
    j, i = len(letters) - 1, p - 1
    while i >= 0 and j >= 0:
        word = words[i].lstrip(_LEADING_PUNCT)
        if word[:1].upper() == letters[j]:
            j -= 1
        elif word not in function_words:
            return None
        i -= 1
    return i + 1 if j < 0 else None


def _keep_product_numbers(
    shapes: Sequence[int], sentence_end: Sequence[bool], version: Sequence[bool], start: list[float]
) -> None:
    """Make a bare number right after a capitalised name word a poor cell start: "Pinnacle 21", "Office 365" are
    one product's name, seldom a name closing one cell and a number opening the next."""
    for i in compress(range(len(start)), version):
        if i and start[i] > _FORBIDDEN and shapes[i - 1] in (_TITLE, _CAMEL) and not sentence_end[i - 1]:
            start[i] = _VERSION_START


def _open_slash_runs(
    words: Sequence[str],
    shapes: Sequence[int],
    no_cell_end: Sequence[float],
    inside: Sequence[bool],
    continues: Sequence[bool],
    start: list[float],
) -> None:
    """Let a lower-case word joined by a lone '/' to a capitalised name open a cell, as a listed lower-case tool
    may: "project44 / FourKites", "zibble / Quorix" are runs of product names (lower-case ones exist: dbt, npm,
    pandas), and the category before them ends where the run begins."""
    for k in compress(range(len(words) - 1), map("/".__eq__, words)):
        i = k - 1  # the word before the slash, the run's first name
        if (
            i > 0
            and shapes[i] == _LOWER
            and shapes[k + 1] in _NAME_SHAPES
            and not (no_cell_end[i - 1] or inside[i] or continues[i])
        ):
            start[i] = max(start[i], _LOWER_TOOL_START)


def _keep_brand_editions(
    words: Sequence[str],
    keys: Sequence[str],
    shapes: Sequence[int],
    inside: Sequence[bool],
    tool_start: Sequence[bool],
    continues: Sequence[bool],
    start: list[float],
) -> None:
    """Keep a product's edition with its brand around a lone '/' ("dbt Core / dbt Cloud"): the capitalised word
    after a listed lower-case product, or after a brand the run names again, is an edition, no cell start. Names
    sharing their brand are parallel: the second ends after its edition, so a gazetteer name that edition opens
    ("Cloud SQL" in "dbt Cloud SQL transformation") does not carry the cell past it."""
    n, k = len(words), -1
    for _ in range(words.count("/")):
        k = words.index("/", k + 1)  # each slash in turn, found in C: a row holds one or two
        brand, edition = k - 2, k - 1
        if brand < 0 or k + 1 == n:
            continue
        repeated = keys[k + 1] == keys[brand]
        lower_product = tool_start[brand] and shapes[brand] == _LOWER
        if not (repeated or lower_product):
            continue  # cheap first: most runs name different products, none a lower-case one
        if inside[brand] or inside[edition] or shapes[edition] not in _NAME_SHAPES:
            continue
        # A brand named again is a name's, before an edition on both sides ("Power BI / Power Automate").
        repeated = repeated and (tool_start[brand] or shapes[brand] in _NAME_SHAPES)
        repeated = repeated and k + 2 < n and shapes[k + 2] in _NAME_SHAPES
        if not (repeated or lower_product):
            continue
        start[edition] = _SPLIT_RUN
        if repeated:
            start[k + 2] = _SPLIT_RUN
            after = k + 3
            if after < n and continues[after] and tool_start[k + 2] and not continues[k + 2] and not inside[after]:
                start[after] = _word(words[after]).start


# --------------------------------------------------------------------------
# Lost-border rows: what each column holds
# --------------------------------------------------------------------------

_TITLE_INSIDE = 2.5  # cost of a capitalised ordinary word inside a sentence-case cell
_NO_MATCH = -15.0  # a vocabulary column whose text is not in its vocabulary
_ODD_VOCAB = -4.0  # ...unless it is short and capitalised: an unlisted value
_EMPTY = -8.0  # a vocabulary column left empty (the page omitted the value)
_EMPTYABLE = frozenset({"frequency", "prevalence", "weight"})
_LISTED_TOOL = -8.0  # a comma list in a tool cell, where the table's other rows keep theirs in the use cell


def _long(n: int, limit: int, rate: float) -> float:
    """Penalty for a cell longer than its column usually is."""
    return -rate * max(0, n - limit)


def _sentence_case(row: _Row, a: int, b: int) -> float:
    """Cost of capitalised ordinary words inside a sentence-case cell, worst at its end ('... Net Promoter')."""
    cost = _TITLE_INSIDE * row.count(row.titles, a + 1, b)
    if b - 1 > a and row.count(row.titles, b - 1, b):
        cost += 1.5  # a cell does not end on a dangling capitalised word: that word starts the next one
    return -cost


# Word endings in "s" that make no third-person verb: "Process", "Status", "Analysis", a possessive ("Cohen's").
_NO_VERB_S = ("ss", "us", "is", "'s", "’s")


def _verb_s(row: _Row, a: int) -> bool:
    """Whether a cell opens with a third-person verb ('Reduces', 'Indicates'), typical of rationale."""
    key = row.keys[a]
    return (
        key in _vocab().matters_starts
        or (row.shapes[a] == _TITLE and key.endswith("s") and not key.endswith(_NO_VERB_S) and len(key) > 4)
    )


def _score_metric(row: _Row, a: int, b: int, _: dict) -> float:
    """A KPI name: short, sentence case, not a number."""
    score = _sentence_case(row, a, b) + _long(b - a, 6, 0.6)
    score -= 1.0 * row.count(row.numbers, a, b)
    if row.shapes[a] in (_NUMBER, _SYMBOL):
        score -= 2.0
    if row.keys[a] in _vocab().matters_starts:
        score -= 1.5
    return score


def _score_measures(row: _Row, a: int, b: int, _: dict) -> float:
    """What a KPI measures: 'Number of ...', '% of ...', 'Time from ...'."""
    vocab = _vocab()
    score = _sentence_case(row, a, b) - 1.0 * row.count(row.numbers, a, b)
    if row.keys[a] in vocab.measure_starts or row.words[a] == "%":
        score += 1.5
    elif _verb_s(row, a):
        score -= 1.5
    return score


def _score_matters(row: _Row, a: int, b: int, _: dict) -> float:
    """Why a KPI matters: usually opens with a verb ('Reduces ...', 'Prevents ...')."""
    vocab = _vocab()
    score = _sentence_case(row, a, b) - 1.0 * row.count(row.numbers, a, b)
    if row.keys[a] in vocab.matters_starts:
        score += 2.5
    elif _verb_s(row, a):
        score += 0.5
    if row.keys[a] in vocab.measure_starts or row.words[a] == "%":
        score -= 1.0
    return score


def _score_target(row: _Row, a: int, b: int, _: dict) -> float:
    """An example target: numbers, ranges, comparisons, or an imperative ('Meet ...', 'Reduce ...')."""
    vocab = _vocab()
    score = -0.8 * _TITLE_INSIDE * row.count(row.titles, a + 1, b)
    if row.shapes[a] in (_NUMBER, _SYMBOL) and row.words[a] != "%":
        score += 2.5
    elif _names_metric_before_comparator(row, a) or _percentile_before_comparator(row, a):
        score += 4.0  # "cNPS ≥ +40": outweighs the cut right at the comparator, which a symbol start favours
    elif row.keys[a] in vocab.target_starts or _names_measure_before_comparator(row, a):
        score += 1.5
    elif row.keys[a] in vocab.matters_starts or _verb_s(row, a):
        score -= 1.5
    if row.count(row.digits, a, b):
        score += 1.0
    if _strands_target_opener(row, a):
        score -= _STRANDED_OPENER
    return score


# Cost of a target opening on the number a capitalised target opener before it governs ("Reduce | 5–10% over two
# years"): that word is the target's first, left to end the rationale as a one-word cell of its own.
_STRANDED_OPENER = 3.0


def _strands_target_opener(row: _Row, a: int) -> bool:
    """Whether a target starting at a number or comparison leaves behind the word that opens it: a capitalised
    word of the target openers ("Reduce", "Within", "Below") right before it, which a sentence-case rationale
    does not end on."""
    return (
        a > 0
        and row.shapes[a] in (_NUMBER, _SYMBOL)
        and row.shapes[a - 1] == _TITLE
        and row.keys[a - 1] in _vocab().target_starts
    )


def _names_metric_before_comparator(row: _Row, a: int) -> bool:
    """Whether a target opens with the row's own metric acronym before a comparator ("MAPE ≤ 10%").

    An acronym ending the rationale ("... contractual SLAs | ≥ 99.9%") has the same shape: the target's
    unit is told apart by naming the metric, so the row's earlier cells spell it ("Score (cNPS)"), or by
    labelling the first of thresholds the target lists per class (see _labels_first_threshold).
    """
    if row.shapes[a] not in (_ACRONYM, _CAMEL) or a + 1 >= len(row.words) or row.shapes[a + 1] != _SYMBOL:
        return False
    if row.words[a + 1][0] not in _COMPARATORS:
        return False
    key = row.keys[a]
    return any(earlier.strip("()") == key for earlier in row.keys[:a]) or _labels_first_threshold(row, a)


_LONGEST_THRESHOLD_LABEL = 3  # words: "enterprise accounts ≤ 5", "stroke alerts ≤ 20 minutes"


def _labels_first_threshold(row: _Row, a: int) -> bool:
    """Whether the acronym at a labels the first of the thresholds a target lists per class ("ED ≤ 60 minutes;
    inpatient ≤ 4 hours", "CT ≥ 75%; MRI ≥ 80%"): a later threshold, after a ';', opens on a label of its own, so
    the first one has one too, not the rationale's last word. A modifier before the acronym makes it the
    rationale's noun ("a contemporaneous TMF | ≥ 95% complete; filing lag ≤ 30 days")."""
    if a == 0 or row.keys[a - 1].endswith(_MODIFIER_ENDINGS):
        return False
    words, shapes = row.words, row.shapes
    for j in range(a + 2, len(words) - 2):
        if not words[j].endswith(";"):
            continue
        for k in range(j + 1, min(j + 2 + _LONGEST_THRESHOLD_LABEL, len(words))):
            if k > j + 1 and shapes[k] == _SYMBOL and words[k][0] in _COMPARATORS:
                return True
            if shapes[k] in (_NUMBER, _SYMBOL, _PUNCT):
                break  # a bare value after the ';' ("≤ 15% at family level"): no label
    return False


def _names_measure_before_comparator(row: _Row, a: int) -> bool:
    """Whether a target opens with its measure's short name before a comparator ("Cohen's kappa ≥ 0.7", "Error
    rate < 1%"): a capitalised word and at most one lower-case word are too short a sentence to be the rationale's,
    which ends before it."""
    if row.shapes[a] != _TITLE:
        return False
    for j in range(a + 1, min(a + 3, len(row.words))):
        if row.words[j] in _COMPARISON_WORDS:
            return True
        if row.shapes[j] != _LOWER or row.keys[j] in _vocab().function_words:
            return False
    return False


def _percentile_before_comparator(row: _Row, a: int) -> bool:
    """Whether a target opens with a lower-case percentile before a comparison sign ("p95 ≤ 5 seconds")."""
    return (
        row.shapes[a] == _LOWER
        and a + 1 < len(row.words)
        and row.words[a + 1] in _COMPARISON_WORDS
        and _PERCENTILE.fullmatch(row.words[a]) is not None
    )


def _score_vocab_cell(pattern: re.Pattern[str], row: _Row, a: int, b: int) -> float:
    """A cell drawn from a closed vocabulary (frequency, prevalence)."""
    if b == a:
        return _FORBIDDEN if b == len(row.words) and _ends_with_label(pattern, row) else _EMPTY
    if pattern.fullmatch(row.text(a, b)):
        return 3.0
    if b - a <= 3 and row.shapes[a] == _TITLE:
        return _ODD_VOCAB
    return _NO_MATCH


def _ends_with_label(pattern: re.Pattern[str], row: _Row) -> bool:
    """Whether the row ends with a capitalised word of the column's vocabulary ("... Common"): the column's own
    cell, which an earlier cell must not swallow while this one is left empty."""
    return row.shapes[-1] == _TITLE and _is_label(pattern.pattern, row.words[-1])


@lru_cache(maxsize=4096)
def _is_label(pattern: str, word: str) -> bool:
    """Whether a word is a whole cell of a vocabulary column, cached: the same few labels close row after row."""
    return re.fullmatch(pattern, word) is not None  # the pattern's text holds its flags; re compiles it once


def _score_frequency(row: _Row, a: int, b: int, _: dict) -> float:
    """How often a KPI is reviewed: 'Monthly', 'Per launch', 'Weekly/Monthly'."""
    return _score_vocab_cell(_vocab().frequency, row, a, b)


def _score_prevalence(row: _Row, a: int, b: int, _: dict) -> float:
    """How common a tool is: 'Common', 'Optional (one is common)', 'Optional / Context-specific'."""
    return _score_vocab_cell(_vocab().prevalence, row, a, b)


def _score_category(row: _Row, a: int, b: int, context: dict) -> float:
    """A tool category: a few category words ('Monitoring / observability'), repeated across rows."""
    vocab = _vocab()
    keys = [k for k in row.keys[a:b] if k not in ("/", "&", "or", "and", "")]
    share = sum(k in vocab.category_words for k in keys) / max(1, len(keys))
    score = 2.0 * share + _long(b - a, 4, 0.8) - 1.5 * row.count(row.titles, a + 1, b)
    for i in range(a, b):
        if row.tool_start[i] and row.keys[i] not in vocab.category_words:
            score -= 2.0  # a product name belongs to the tool column
    repeats = context.get("repeats", {})
    # Every row sharing the label goes on to its last word: the shorter end counts as this row's own (see
    # _repeated_prefixes), the longer one as the table's.
    shared_to_end = repeats.get(b, 0) >= 2 and repeats.get(b - 1) == 1
    ends_title = b - 1 > a and row.shapes[b - 1] == _TITLE and row.keys[b - 1] not in vocab.category_words
    if ends_title and not shared_to_end:
        score -= 1.5  # a label ends on its category noun; a capitalised word past it opens a product's name
    elif b - 1 > a and row.shapes[b - 1] == _CAMEL and row.shapes[b - 2] == _LOWER and not shared_to_end:
        # ...so does a brand's CamelCase right after a lower-case word ("Inventory and ordering | McKesson
        # Connect"): a label's own ("Data / MLOps") follows a '/' or opens it.
        score -= 2 * 1.5
    if any(map(_ends_list_item, row.words[a : b - 1])) and "," in _PARENTHESISED.sub("", row.text(a, b)):
        score += _LISTED_TOOL  # a label lists nothing: a comma list ("CSOS, DEA Form 222") is the tool cell's
    if _header_key(row.text(a, b)) in vocab.categories:
        score += 2.0  # a label seen across the family ("Responsible AI", "Testing or QA")
    if repeats.get(b, 0) >= 2:
        score += 3.0  # the same prefix opens other rows of this table
    return score


def _ends_list_item(word: str) -> bool:
    """Whether a word closes on a comma: a list's item, unless brackets hold it (see _score_category)."""
    return word[-1] == ","


def _score_tool(row: _Row, a: int, b: int, context: dict) -> float:
    """A tool cell: product names (gazetteer, CamelCase, ACRONYM), slash-joined, few plain words."""
    score = -0.7 * row.count(row.lowers, a, b) + _long(b - a, 8, 0.5)
    commas = context.get("list_commas")  # set where the table's rows keep their lists out of the tool cell
    if commas and commas[b] > commas[a]:
        score += _LISTED_TOOL
    if row.tool_start[a]:
        score += 2.0
    elif row.shapes[a] in (_CAMEL, _ACRONYM):
        score += 1.0
    elif row.shapes[a] in (_NUMBER, _SYMBOL):
        score -= 1.0
    return score


_NAME_SHAPES = (_TITLE, _ACRONYM, _CAMEL)
# "Visual", "Managed"... and "-sian", an adjective from a name ("Bayesian", "Gaussian", "Cartesian"); not all
# of "-ian": an agent noun ends many a product's name ("PI Historian", "Data Guardian", "Clinician Portal")
_MODIFIER_ENDINGS = ("al", "ed", "ive", "ing", "able", "ible", "ous", "ful", "less", "sian")


def _score_use(row: _Row, a: int, b: int, _: dict) -> float:
    """What a tool is used for: a sentence-case description, not product names.

    A description opens with a capitalised word or an acronym ("Bookkeeping and ...", "KPI dashboards"). A noun
    amid a run of capitalised words ends the tool's name, the description opens after it ("Jarvis Analytics |
    KPI dashboards"); a modifier opens it ("Apache Hop | Visual ETL pipelines"). A bracket or a comma ends a run;
    a product's number does not ("Pinnacle 21 Enterprise | CDISC validation").
    """
    score = _sentence_case(row, a, b) - 1.0 * row.count(row.tools, a, b)
    ends_name = (
        0 < a < b - 1
        and row.shapes[a + 1] in _NAME_SHAPES
        and (
            row.shapes[a - 1] in _NAME_SHAPES
            and row.words[a - 1][-1].isalnum()
            or row.shapes[a - 1] == _NUMBER
            and _product_number(row, a - 1)
        )
        and not row.keys[a].endswith(_MODIFIER_ENDINGS)
        and "-" not in row.keys[a]  # a compound modifier: "End-to-end", "Real-time"
        and not _word(row.words[a]).no_cell_end  # a name ends no cell on a comma: "SSO, MFA, ..." is a list
        and not _follows_known_tool(row, a)
    )
    if row.tool_start[a] or (row.shapes[a] == _ACRONYM and _names_vendor_product(row, a)) or _numbered_name(row, a, b):
        score -= 1.5  # a product's name: the tool cell's
    elif ends_name and row.keys[a] in _name_closing_words():
        score -= 1.5  # the noun closing a product's name ("Okta Workforce Identity", "Flexera SaaS Manager")
    elif row.shapes[a] in (_TITLE, _ACRONYM) and not ends_name:
        # Not on a "/"-run of names ("IEP / SEIS ..."): products, which go on the tool's name before them
        # ("Frontline IEP / SEIS | IEP development") or open the tool cell ("Electronic POD and mobile apps |
        # Descartes / WorkWave driver app"), not a description's first words.
        if not (a + 2 < b and row.words[a + 1] == "/" and row.shapes[a + 2] in _NAME_SHAPES):
            score += 1.5
        else:
            score -= 1.5
    return score


@lru_cache(maxsize=1)
def _name_closing_words() -> frozenset[str]:
    """The plain capitalised words that close the gazetteer's names of several words ("Snow License Manager",
    "Ping Identity", "Google Cloud"): after a name word and before another, such a word is the name's last."""
    names = (name.split() for spellings in _vocab().tool_spellings.values() for name in spellings)
    return frozenset(words[-1].lower() for words in names if len(words) > 1 and _shape(words[-1]) == _TITLE)


_LONGEST_TOOL_NAME = 4  # words: the longest gazetteer name _follows_known_tool looks back over


def _follows_known_tool(row: _Row, a: int) -> bool:
    """Whether a plain capitalised word that is no edition ('Custom', 'Fast', 'Core') comes right after a known
    tool's whole name ('Semgrep', 'HashiCorp Vault'): it opens the use ("Semgrep | Custom SAST rules ..."), for
    the gazetteer closed the name before it; an unknown name ("Jarvis Analytics") may still end on such a word,
    unless a '/'-joined run of one-word names closed it (see _ends_one_word_names)."""
    if row.shapes[a] != _TITLE:
        return False
    held = row.keys[a] in _tool_tokens()  # a word known names hold ("Enterprise", "Core")
    if held and row.keys[a] in _edition_words():
        return False  # an edition may go on any name ("Snyk Enterprise", "Workday Recruiting Enterprise")
    if not held and _ends_one_word_names(row, a):
        return True
    for j in range(a - 1, max(-1, a - 1 - _LONGEST_TOOL_NAME), -1):
        if row.tool_start[j]:
            # Any other word a known name holds ("Core" of ".NET Core") opens the use after a whole known name as
            # a plain word does: "SAP S/4HANA Finance | Core FI/CO configuration ...".
            return " ".join(row.keys[j:a]) in _vocab().tool_spellings
    return False


@lru_cache(maxsize=1)
def _edition_words() -> frozenset[str]:
    """The words naming a product's edition or tier ("Enterprise", "Cloud", "Server"), lower-cased."""
    return frozenset(word.lower() for word in load_vocab("tables.json")["tool_editions"])


def _ends_one_word_names(row: _Row, a: int) -> bool:
    """Whether word a comes right after a '/'-joined run of one-word names ending on a CamelCase one, after the
    lower-case end of the category ("Remote access GlobalProtect / FortiClient | User VPN ..."): names joined by
    '/' are alike, so the last is one word as the first is, whatever the gazetteer knows of them."""
    j = a - 1
    if j < 3 or row.words[j - 1] != "/" or row.shapes[j] != _CAMEL or not row.words[j].isalpha():
        return False  # nearly every word: no slash two words before it
    while j >= 2 and row.words[j - 1] == "/" and row.shapes[j - 2] in _NAME_SHAPES:
        j -= 2
    return j >= 1 and row.shapes[j - 1] == _LOWER and row.words[j - 1].isalpha()


_PLAIN_SHAPES = (_TITLE, _LOWER)  # words, not technical tokens ("802.1X", "MAB", "RADIUS/TACACS+")


def _names_vendor_product(row: _Row, a: int) -> bool:
    """Whether an acronym right after a vendor the gazetteer knows only as the first word of its products' names
    ('Cisco' of "Cisco IOS", "Cisco Meraki") names one more of them ("Cisco ISE"), before a technical token
    ("802.1X", "MAB"): a use rarely opens on an unexplained acronym followed by one, as "KPI dashboards" does."""
    if row.shapes[a] != _ACRONYM or a < 2 or a + 1 >= len(row.words) or row.shapes[a + 1] in _PLAIN_SHAPES:
        return False
    if row.tool_start[a] or row.tool_start[a - 1] or not row.words[a - 1].isalpha():
        return False  # a known name, its own cell's; or the word before ends a cell ("Splunk," ...)
    vendor = row.keys[a - 1]
    return vendor not in _vocab().tool_spellings and any(len(name) > 1 for name in _tool_matcher().get(vendor, ()))


def _numbered_name(row: _Row, a: int, b: int) -> bool:
    """Whether a cell opens on a name word and its number right after another name word ("CSOS, DEA | Form 222
    CII ordering"): the name goes on over its number ("DEA Form 222"), as "Office 365" does."""
    return (
        a + 1 < b
        and row.shapes[a - 1] in _NAME_SHAPES
        and row.words[a - 1][-1].isalnum()
        and _product_number(row, a + 1)
    )


def _product_number(row: _Row, i: int) -> bool:
    """Whether the number at word i belongs to the capitalised name word before it ("Pinnacle 21", "Office 365")."""
    return i > 0 and row.shapes[i - 1] in (_TITLE, _CAMEL) and _VERSION.fullmatch(row.words[i]) is not None


def _score_dimension(row: _Row, a: int, b: int, _: dict) -> float:
    """A scorecard dimension: a short noun phrase ('Statistics & experimentation')."""
    score = _sentence_case(row, a, b) + _long(b - a, 4, 0.8)
    if _verb_s(row, a):
        score -= 2.0
    if _swallows_verb(row, a, b):
        score -= 2.0
    return score


def _swallows_verb(row: _Row, a: int, b: int) -> bool:
    """Whether a short cell holds, past its first word, a capitalised verb opening a scorecard bar's clause
    ("Sourcing Builds accurate ..."): the next cell starts there, whatever capitalised name follows.

    The verbs are listed (not any word ending in 's'): a dimension's plural noun ("Distributed Systems
    design") reads the same by shape.
    """
    bar_starts = _vocab().bar_starts
    for i in range(a + 1, min(b, a + 6) - 1):  # a name is a few words; its last word opens no clause in it
        if row.shapes[i] == _TITLE and row.shapes[i + 1] == _LOWER and row.keys[i] in bar_starts:
            return True
    return False


def _score_bar(row: _Row, a: int, b: int, context: dict) -> float:
    """What meets or exceeds the bar: descriptions, often opening with a verb."""
    score = _sentence_case(row, a, b)
    if _verb_s(row, a):
        score += 1.0
    if context.get("whole_clauses") and _dangles(row, a, b):
        score -= 1.5  # enough to break a tie between two capitalised starts, not to undo a clear cut
    return score


def _dangles(row: _Row, a: int, b: int) -> bool:
    """Whether a cell ends on a one-word clause and the next one opens on a clause of a word or two ("FE passed;
    clear | PE plan; ..."): the cut fell inside one clause ("clear PE plan;")."""
    words = row.words
    return a < b - 1 and words[b - 2].endswith(";") and any(word.endswith(";") for word in words[b : b + 2])


def _score_weight(row: _Row, a: int, b: int, _: dict) -> float:
    """A scorecard weight: a number or percentage."""
    if b == a:
        return _EMPTY
    return 2.0 if row.count(row.digits, a, b) == b - a else _NO_MATCH


def _score_label(row: _Row, a: int, b: int, _: dict) -> float:
    """The final scorecard's row label: a known label, else a short phrase."""
    if _header_key(row.text(a, b)) in _vocab().scorecard_labels:
        return 8.0
    return _long(b - a, 4, 0.8) - 1.0 * row.count(row.titles, a + 1, b)


_FIRST_ITEM = re.compile(r"^(?:1[.)]|\(1\)|\(?a\))$")


def _score_summary(row: _Row, a: int, b: int, _: dict) -> float:
    """The final scorecard's summary: free text, often a numbered list starting at '1)'."""
    return 1.0 if _FIRST_ITEM.match(row.words[a]) else 0.0


def _score_free(row: _Row, a: int, b: int, _: dict) -> float:
    """Free text (executive summary, unknown columns): no expectations."""
    return 0.0


_SCORERS = {
    "metric": _score_metric,
    "measures": _score_measures,
    "matters": _score_matters,
    "target": _score_target,
    "frequency": _score_frequency,
    "category": _score_category,
    "tool": _score_tool,
    "use": _score_use,
    "prevalence": _score_prevalence,
    "dimension": _score_dimension,
    "meets": _score_bar,
    "exceeds": _score_bar,
    "weight": _score_weight,
    "label": _score_label,
    "summary": _score_summary,
}
_REPEATING = frozenset({"category"})  # columns whose values repeat down the table


# --------------------------------------------------------------------------
# Lost-border rows: the search
# --------------------------------------------------------------------------

_GAP = re.compile(r"\s*\t\s*| {2,}")


def split_lost_border_row(table: KnownTable, line: str) -> list[str]:
    """Split one border-less row line into exactly len(table.columns) cells."""
    return _split(column_roles(table), line, {})


def split_lost_border_rows(table: KnownTable, lines: list[str]) -> list[list[str]]:
    """Split the row lines of one table, using what the rows share (repeated categories)."""
    roles = column_roles(table)
    row_words = [tuple(line.split()) for line in lines]
    # The table's unseen words go through one Doc, not one per row; each row then takes its share.
    tokens = _word_tokens(list(chain.from_iterable(row_words)))
    ends = accumulate(map(len, row_words))
    rows = [_row(words, tokens[end - len(words) : end]) for words, end in zip(row_words, ends)]
    if "tool" in roles[1:]:
        rows = list(map(_keep_editions_before_tools, rows))
    repeating = bool(_REPEATING & set(roles[:1]))
    repeats = _repeated_prefixes(rows) if repeating else [{} for _ in rows]
    if repeating:
        _open_after_repeated_categories(rows, repeats)
    cells = [_split(roles, line, {"repeats": rep}, row) for line, row, rep in zip(lines, rows, repeats, strict=True)]
    if roles[:1] == ("label",):
        _resplit_after_known_labels(roles, lines, rows, cells)
    if "target" in roles[1:]:
        _resplit_percentile_targets(roles, lines, rows, cells)
    if _BAR_ROLES.intersection(roles[:-1]):
        _resplit_dangling(roles, lines, rows, cells)
    if "tool" in roles[:-1]:
        _resplit_listed_tools(roles, lines, rows, cells, repeats)
    if repeating:
        # An empty category cell (a tab-separated row opening with a tab) continues the category above,
        # as an HTML table's rowspan cell does.
        for above, row_cells in zip(cells, cells[1:]):
            row_cells[0] = row_cells[0] or above[0]
    return cells


def _keep_editions_before_tools(row: _Row) -> _Row:
    """Let no cell open on an edition or deployment word right before a known tool's name ("Observability SaaS |
    Datadog", "Tableau Online | Tableau ..."): editions follow a name ("Snyk Enterprise"), none opens one, so the
    word closes the cell before it (a category ending on its deployment) and the known name opens the next."""
    editions = _edition_words()
    if editions.isdisjoint(row.keys):
        return row  # cheap first: most rows hold no edition word
    opens: list[int] = [
        i - 1
        for i in compress(range(2, len(row.words)), row.tool_start[2:])  # a row names a tool or two
        if row.keys[i - 1] in editions and not row.tool_start[i - 1] and row.start[i - 1] > _FORBIDDEN
    ]
    if not opens:
        return row
    start = list(row.start)
    for i in opens:
        start[i] = _FORBIDDEN
    return row._replace(start=tuple(start))


_BAR_ROLES = frozenset({"meets", "exceeds"})


def _resplit_dangling(roles: tuple[str, ...], lines: list[str], rows: list[_Row], cells: list[list[str]]) -> None:
    """Split again, against one-word closing clauses, the rows whose bar cell ends on one ("FE passed; clear |
    PE plan; ..."), where the table's other rows end theirs on whole phrases: two capitalised starts ('PE' twice)
    tie, and the earlier is the wrong one. The last cell ends with its row, on whatever the page wrote."""
    bars = [c for c, role in enumerate(roles[:-1]) if role in _BAR_ROLES]
    # A ';' first: most cells hold none.
    dangling = {k for c in bars for k, row in enumerate(cells) if ";" in row[c] and _dangling_text(row[c], row[c + 1])}
    if dangling and len(dangling) * 2 < len(cells):
        for k in dangling:
            cells[k] = _split(roles, lines[k], {"whole_clauses": True}, rows[k])


def _resplit_listed_tools(
    roles: tuple[str, ...], lines: list[str], rows: list[_Row], cells: list[list[str]], repeats: list[dict[int, int]]
) -> None:
    """Split again, at a cost for a comma list in the tool cell, the rows whose tool cell holds one where most of
    the table's rows hold none: the use's list begun in it, cut inside an item ("Datadog RUM Real-user performance,
    Core Web | Vitals, session replay"; "Figma Design specs, ..., Dev | Mode handoff"). Tools the page does list
    with commas ("Jira, Confluence") cost every cut alike, for a cut after a comma opens no cell; a tool cell
    listing names alone, no plain lower-case word among them, is not split again ("Samsara Dispatch, Motive
    Dispatch | Dispatch and tracking ..."): a use's list begun in it holds its words ("performance", "specs").
    Nor is one whose every item opens on a name and whose use opens on a capitalised word after a lower-case one
    ("Mitchell 1 TruckSeries, OEM service portals | Repair procedures ..."): a cut inside the use's list falls
    between two capitalised words ("Core Web | Vitals", "Dev | Mode"), not where a description starts."""
    tool = roles.index("tool")
    listed = [k for k, row in enumerate(cells) if "," in row[tool] and "," in _PARENTHESISED.sub("", row[tool])]
    if listed and len(listed) * 2 < len(cells):
        for k in listed:
            a = sum(len(cell.split()) for cell in cells[k][:tool])
            b = a + len(cells[k][tool].split())
            if not rows[k].count(rows[k].lowers, a, b) or _lists_names_before_use(rows[k], a, b):
                continue  # names alone: the page lists its tools with commas
            context = {"repeats": repeats[k], "list_commas": _list_commas(rows[k].words)}
            cells[k] = _split(roles, lines[k], context, rows[k])


def _lists_names_before_use(row: _Row, a: int, b: int) -> bool:
    """Whether a tool cell (words a..b-1) lists items that each open on a name ("Mitchell 1 TruckSeries, OEM
    service portals") and ends on a lower-case word before a use opening on a capitalised one ("Repair ...")."""
    shapes, words = row.shapes, row.words
    if b >= len(words) or shapes[b - 1] != _LOWER or shapes[b] != _TITLE:
        return False
    return all(shapes[i] in _NAME_SHAPES for i in range(a, b) if i == a or words[i - 1].endswith(","))


def _list_commas(words: Sequence[str]) -> tuple[int, ...]:
    """Prefix sums: words closing on a comma outside brackets, a list's items ("AWS (CloudFront, S3)": none)."""
    sums, total, depth = [0], 0, 0
    for word in words:
        depth += word.count("(") - word.count(")")
        total += word.endswith(",") and depth <= 0
        sums.append(total)
    return tuple(sums)


def _dangling_text(cell: str, after: str) -> bool:
    """Whether a cell's last clause after a ';' is one word and the next cell's first is a word or two (see
    _dangles)."""
    head, semicolon, tail = cell.rpartition(";")
    return bool(semicolon) and len(tail.split()) == 1 and ";" in " ".join(after.split(maxsplit=2)[:2])


_LONGEST_LABEL = 6  # words: the longest scorecard row label _open_after_known_label tries ("Top 10 technical skills")


def _open_after_known_label(row: _Row) -> _Row:
    """Let a lower-case word open the summary right after a known scorecard label ("Top KPIs | p99 query latency,
    ..."): the label is the row's whole first cell, not "Top" before a value "KPIs p99 ...". The longest label
    wins ("Career progression options", not "Career progression"); none ends before a word no cell opens with
    (a function word: "Top tools | or ...")."""
    b = _known_label_end(row.keys)
    if not b or row.start[b] > _FORBIDDEN or row.shapes[b] != _LOWER:
        return row  # no known label, or a capitalised value opening where the row says
    if row.keys[b] in _vocab().function_words or _word(row.words[b - 1]).no_cell_end:
        return row  # the label's words go on past it
    if _header_key(row.text(0, b)) not in _vocab().scorecard_labels:
        return row  # as the label scorer reads it (brackets, quotes), no known label after all
    start = list(row.start)
    start[b] = _LOWER_VALUE_START
    return row._replace(start=tuple(start))


def _known_label_end(keys: Sequence[str]) -> int:
    """How many of a row's first words (their keys) spell the longest known scorecard label, 0 for none."""
    starts, labels = _scorecard_label_starts(), _vocab().scorecard_labels
    end, key = 0, ""
    for b in range(1, min(_LONGEST_LABEL, len(keys) - 1) + 1):
        key = f"{key} {keys[b - 1]}" if key else keys[b - 1]
        if key not in starts:
            break  # no label goes on with these words: no longer one either
        end = b if key in labels else end
    return end


@lru_cache(maxsize=1)
def _scorecard_label_starts() -> frozenset[str]:
    """Every leading run of whole words of a known scorecard label ("top", "top 10", ...)."""
    labels = _vocab().scorecard_labels
    return frozenset(" ".join(label.split()[:k]) for label in labels for k in range(1, len(label.split()) + 1))


def _resplit_after_known_labels(
    roles: tuple[str, ...], lines: list[str], rows: list[_Row], cells: list[list[str]]
) -> None:
    """Split again, with the cut after a known scorecard label allowed, the rows a known label opens (see
    _open_after_known_label) whose label cell is none ("Top | KPIs p99 ...") or whose value opens in lower case
    (a forced cut: "Career progression | options senior analyst; ..."). Most rows pass neither: a lookup each."""
    labels = _vocab().scorecard_labels
    for k, row_cells in enumerate(cells):
        if _header_key(row_cells[0]) in labels and not row_cells[1][:1].islower():
            continue
        if (row := _open_after_known_label(rows[k])) is not rows[k]:
            rows[k] = row
            cells[k] = _split(roles, lines[k], {}, row)


# Lone comparison signs, as a target writes them after its percentile ("p95 ≤ 5 seconds").
_COMPARISON_WORDS = frozenset({"≤", "≥", "<", ">", "<=", ">=", "=", "≈", "~", "±"})
_COMPARISON_INITIALS = frozenset(word[0] for word in _COMPARISON_WORDS)


def _resplit_percentile_targets(
    roles: tuple[str, ...], lines: list[str], rows: list[_Row], cells: list[list[str]]
) -> None:
    """Split again the rows whose target opens with a comparison sign right after a lower-case percentile closing
    the cell before it ("... risky failovers p95 | ≤ 5 seconds"): the percentile is the target's (see
    _open_percentile_target). A string check per row: most targets open otherwise."""
    t = roles.index("target")
    for k, row_cells in enumerate(cells):
        if row_cells[t][:1] not in _COMPARISON_INITIALS:
            continue  # nearly every row
        if not _PERCENTILE.fullmatch(row_cells[t - 1].rpartition(" ")[2]):
            continue
        if (row := _open_percentile_target(rows[k])) is not rows[k]:
            rows[k] = row
            cells[k] = _split(roles, lines[k], {}, row)


def _open_percentile_target(row: _Row) -> _Row:
    """Let a lower-case percentile before a comparison sign open a cell ("p95 ≤ 5 seconds"): the target's own
    statistic, not the last word of the rationale before it, as a capitalised word ("Peak ≤ 70%") would be."""
    words = row.words
    opens = [
        i - 1
        for i in compress(count(), map(_COMPARISON_WORDS.__contains__, words))
        if i > 1 and row.shapes[i - 1] == _LOWER and _PERCENTILE.fullmatch(words[i - 1])
        and _may_open_after(words, i - 1)
    ]
    if not opens:
        return row
    start = list(row.start)
    for i in opens:
        start[i] = _START_SCORE[_SYMBOL]  # it opens the comparison, as the sign after it would
    return row._replace(start=tuple(start))


def _may_open_after(words: Sequence[str], i: int) -> bool:
    """Whether a cell may open at word i as far as the words before it say: none leaves it open (',', 'of') and
    no bracket or quote is open around it."""
    return not _word(words[i - 1]).no_cell_end and not _enclosed([_word(word).enclosers for word in words])[i]


_LONGEST_CATEGORY = 8  # words: the longest first cell _repeated_prefixes compares


def _repeated_prefixes(rows: list[_Row], longest: int = _LONGEST_CATEGORY) -> list[dict[int, int]]:
    """For each row, map each possible first-cell end to how many rows open with the same words.

    An end the rows sharing its words all go past, on one more category word that opens no known tool, is no
    evidence: the category they share is the longer one ("LLM APIs | OpenAI API" and "LLM APIs | Anthropic API"
    repeat "LLM" only as part of "LLM APIs"), so the shorter end counts as this row's own (1). So is a
    capitalised word no known name opens, which every such row goes on with though a lower-case tool after it
    bars the cut there ("Active Directory | impacket" beside "Active Directory | BloodHound"): the category's
    second word, not a product's first. A vendor's name shared past the category ("Switching | Cisco Catalyst",
    "Switching | Cisco Nexus") is no category word."""
    counts: Counter[tuple[str, ...]] = Counter()
    spans: Counter[tuple[str, ...]] = Counter()  # every run of first words, a cut allowed after it or not
    prefixes: list[dict[int, tuple[str, ...]]] = []  # per row: first-cell end -> its words, lower-cased
    for row in rows:
        lowered = tuple(word.lower() for word in row.words[:longest])
        row_prefixes = {
            b: lowered[:b] for b in range(1, min(longest, len(row.words) - 1) + 1) if row.start[b] > _FORBIDDEN
        }
        prefixes.append(row_prefixes)
        counts.update(row_prefixes.values())
        spans.update(lowered[:b] for b in range(1, len(lowered) + 1))
    return [_shared_ends(row, row_prefixes, counts, spans) for row, row_prefixes in zip(rows, prefixes, strict=True)]


def _shared_ends(
    row: _Row, prefixes: dict[int, tuple[str, ...]], counts: Counter[tuple[str, ...]], spans: Counter[tuple[str, ...]]
) -> dict[int, int]:
    """One row's part of _repeated_prefixes: each end's count, 1 where every row sharing it goes on a category."""
    return {b: 1 if _all_go_on(row, b, prefixes, counts, spans) else counts[prefix] for b, prefix in prefixes.items()}


def _all_go_on(
    row: _Row, b: int, prefixes: dict[int, tuple[str, ...]], counts: Counter[tuple[str, ...]],
    spans: Counter[tuple[str, ...]],
) -> bool:
    """Whether every row opening with a first cell's words (ending before word b) goes on with word b, a
    category's word: a category word (see _goes_on_category) where the longer end is one each row may cut at, or
    a capitalised word no known name opens (see _goes_on_name_free) wherever they cut."""
    prefix = prefixes[b]
    if b >= len(row.words) - 1:
        return False
    if b + 1 in prefixes and counts[prefixes[b + 1]] == counts[prefix] and _goes_on_category(row, b):
        return True
    longer = (*prefix, row.words[b].lower())
    return counts[prefix] >= 2 and spans[longer] == spans[prefix] and _goes_on_name_free(row, b)


def _goes_on_category(row: _Row, i: int) -> bool:
    """Whether word i may go on the category before it: a category word, or its plural ("APIs"), opening no known
    tool's name."""
    key, words = row.keys[i], _vocab().category_words
    return not row.tool_start[i] and (key in words or key.endswith("s") and key[:-1] in words)


def _goes_on_name_free(row: _Row, i: int) -> bool:
    """Whether word i is a capitalised word no gazetteer name opens (a vendor's would: "Cisco"), right after a
    capitalised one: the second word of a two-word label ("Active Directory"), not of a tool's name."""
    return (
        row.shapes[i] == _TITLE
        and row.shapes[i - 1] == _TITLE
        and not _word(row.words[i]).opens_tool
        and not row.tool_start[i]
    )


def _open_after_repeated_categories(rows: list[_Row], repeats: list[dict[int, int]]) -> None:
    """Let a lower-case word open the tool cell right after a category the table's other rows open with
    ("Testing or QA | axe DevTools / axe-core" under "Testing or QA | Playwright"), or the row above does
    ("Database tooling | gh-ost" under "Database tooling | Percona Toolkit", the category's only two rows): a
    lower-case product name (axe, dbt, pnpm), not more of the category, which a category noun ("tools") or a
    function word would be."""
    opened = [max(row_repeats.values(), default=0) >= 2 for row_repeats in repeats]
    heads = {rows[k].keys[0] for k in compress(range(len(rows)), opened)}  # the repeated categories' first words
    for k in compress(range(len(rows)), map(not_, opened)):
        if rows[k].keys[0] in heads or (k and rows[k].keys[0] == rows[k - 1].keys[0]):
            _open_after_repeated_category(rows, repeats, opened, k)


def _open_after_repeated_category(rows: list[_Row], repeats: list[dict[int, int]], opened: list[bool], k: int) -> None:
    """Row k's part of _open_after_repeated_categories: the first lower-case word ending a repeated category, or
    the category of the row above (one its words may end: a cell may open after them there)."""
    row, vocab = rows[k], _vocab()
    for b in range(1, min(_LONGEST_CATEGORY, len(row.words) - 1) + 1):
        if _word(row.words[b - 1]).enclosers:
            break  # a category's aside in brackets: the cell ends past it, where the row says
        key = row.keys[b]
        if row.shapes[b] != _LOWER or not row.words[b][0].isalpha():
            continue  # a product's name opens on its letters: "(self-hosted)" is the category's aside
        if key in vocab.category_words or key in vocab.function_words:
            continue
        if _word(row.words[b - 1]).no_cell_end:
            continue  # a cell does not end after ',', 'of', '/'...
        prefix = [word.lower() for word in row.words[:b]]
        for other, other_repeats, yes in zip(rows, repeats, opened):
            if yes and other_repeats.get(b, 0) >= 2 and [word.lower() for word in other.words[:b]] == prefix:
                _open_tool_cell(rows, repeats, k, b, other_repeats[b])
                return
        if k and b in repeats[k - 1] and rows[k - 1].keys[:b] == row.keys[:b]:
            _open_tool_cell(rows, repeats, k, b, 2)  # the row above opens with these words, a cell may open after them
            return


def _open_tool_cell(rows: list[_Row], repeats: list[dict[int, int]], k: int, b: int, repeated: int) -> None:
    """Let row k's tool cell open at word b, after a category ``repeated`` rows open with."""
    start = list(rows[k].start)
    start[b] = _LOWER_TOOL_START
    rows[k] = rows[k]._replace(start=tuple(start))
    repeats[k][b] = repeated


def _split(roles: tuple[str, ...], line: str, context: dict, row: _Row | None = None) -> list[str]:
    """Best split of one row line into len(roles) cells."""
    width = len(roles)
    stripped = line.strip()
    if "\t" in stripped:
        # Tab-separated cells, an empty one kept ("\tREDCap\t...": the category continues from the row above).
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) == width:
            return cells
    if "\t" in stripped or "  " in stripped:
        gapped = [part.strip() for part in _GAP.split(stripped) if part.strip()]
    else:
        gapped = [stripped] if stripped else []  # _GAP needs a tab or two spaces: nothing to split at
    if len(gapped) == width:
        return gapped  # the scraper kept a visible gap between cells: trust it
    row = row or _row(tuple(stripped.split()))
    if len(row.words) <= width:
        return list(row.words) + [""] * (width - len(row.words))
    cuts = _best_cuts(row, roles, context)
    return [row.text(a, b) for a, b in zip(cuts, cuts[1:], strict=False)]


@lru_cache(maxsize=256)
def _column_plan(roles: tuple[str, ...]) -> tuple[tuple, tuple[int, ...], tuple[bool, ...]]:
    """What _best_cuts needs of a table's columns, once per table kind: each column's scorer, how many
    positions the cells after it need (one each that cannot be empty), and whether it may be empty."""
    emptyable = tuple(role in _EMPTYABLE for role in roles)
    needed = [0] * len(roles)
    for c in range(len(roles) - 2, -1, -1):
        needed[c] = needed[c + 1] + (not emptyable[c + 1])
    return tuple(_SCORERS.get(role, _score_free) for role in roles), tuple(needed), emptyable


def _best_cuts(row: _Row, roles: tuple[str, ...], context: dict) -> list[int]:
    """Dynamic programming over cell starts; returns the len(roles)+1 cut positions."""
    n = len(row.words)
    width = len(roles)
    start = row.start
    allowed = [i for i in range(1, n) if start[i] > _FORBIDDEN]
    if len(allowed) < width - 1:
        allowed = list(range(1, n))  # the page broke its own conventions: consider every word
    positions = [0, *allowed, n]
    scorers, needed, emptyables = _column_plan(roles)
    minus_inf = float("-inf")
    # best[c][j]: best score of cells 0..c covering words[:positions[j]]; back[c][j]: previous j.
    best = [[minus_inf] * len(positions) for _ in range(width)]
    back = [[-1] * len(positions) for _ in range(width)]
    # Cell c can only end where the cells after it still fit: each one that cannot be empty
    # needs a position of its own, and the last cell ends at the row's end.
    last = len(positions) - 1
    scorer, here = scorers[0], best[0]
    for j in range(1, last - needed[0] + 1):
        here[j] = scorer(row, 0, positions[j], context)
    for c in range(1, width):
        scorer, before, here, back_here = scorers[c], best[c - 1], best[c], back[c]
        # Where cell c can start: after a reachable end of cell c - 1, in increasing order as the
        # loop over i was, so that ties still go to the earliest start.
        reachable = [i for i in range(1, last - needed[c - 1] + 1) if before[i] != minus_inf]
        emptyable = emptyables[c]
        for j in range(1 if c < width - 1 else last, last - needed[c] + 1):
            b = positions[j]
            for i in reachable:
                if i >= j and (i > j or not emptyable):
                    break  # a cell cannot end before it starts, nor be empty unless its column may be
                a = positions[i]
                gain = scorer(row, a, b, context) + (start[a] if a < b else 0.0)
                if before[i] + gain > here[j]:
                    here[j] = before[i] + gain
                    back_here[j] = i
    cuts = [n]
    j = last
    for c in range(width - 1, 0, -1):
        j = back[c][j]
        cuts.append(positions[j])
    cuts.append(0)
    return cuts[::-1]
