"""Section parser: tools (10) — the tools table: category, tool names, primary use, prevalence.

Columns are found from the table header's wording (vocabulary
``tool_columns``), falling back to the usual order Category, Tool, Primary
use, Common/Optional/Context-specific. A tool cell is split into individual
tools ("Azure / AWS / GCP" → three); a parenthetical of product names is kept
as the tool's variants ("Spark (Databricks / EMR / Synapse etc.)"), any other
parenthetical as its note ("SQL (platform-specific)").

A section written as lists instead of a table (editors who do not use one)
gives a row per tool bullet: "Excel (Common) – modelling" under the
sub-heading or lead that is its category (see _list_rows).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from pydantic import Field

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab
from ..tables import group_label, is_column_name, join_continued_tables, stacked_tables
from .common import FieldsModel, Node, SectionFields, all_blocks, item_tree, split_number, split_tables, table_header
from .text import is_short_form, normalise_label, paren_depth, paren_groups, spelled_out_start
from .vocabulary import SKILLS_TO_DECISIONS, find_terms, starts_with_term, term_keys, tools_in

__all__ = ["Prevalence", "ToolName", "ToolRow", "Tools", "parse", "split_prevalence", "split_tools"]


class Prevalence(FastStrEnum):
    """How commonly a tool is used in the role, as labelled on the page."""

    COMMON = "common"
    OPTIONAL = "optional"
    CONTEXT_SPECIFIC = "context_specific"


class ToolName(FieldsModel):
    """One tool of a tool cell, with the product variants or note in its parenthetical."""

    name: str = Field(description="Tool, platform or generic tool kind ('Spark', 'Secrets manager').")
    variants: list[str] = Field(
        default_factory=list, description="Products named in the tool's parenthetical ('Databricks', 'EMR', 'Synapse')."
    )
    note: str | None = Field(default=None, description="A parenthetical that names no products ('platform-specific').")

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the page gives the tool: its own, its variants', and the abbreviation its note may be
        ("Vendor-neutral archive (VNA)"), which a skill's text may name it by. A lower-case word whose
        parenthetical names its products ("drone (DJI Mavic)") is their kind, no maker's spelling: a skill's
        "drone" is the word."""
        abbreviation = (self.note,) if self.note is not None and _abbreviates(self.name, self.note) else ()
        kind = bool(self.variants) and self.name.isalpha() and self.name.islower()
        return (*(() if kind else (self.name,)), *self.variants, *abbreviation)


class ToolRow(FieldsModel):
    """One row of the tools table."""

    category: str | None = Field(
        default=None,
        description="Tool category as on the page ('Cloud platforms'); a blank category cell under a filled one "
        "continues the category above it.",
    )
    tools: list[ToolName] = Field(default_factory=list, description="The tool cell split into individual tools.")
    tool_text: str | None = Field(default=None, description="The tool cell as on the page.")
    primary_use: str | None = None
    prevalence: Prevalence | None = Field(default=None, description="First prevalence level the label names.")
    prevalence_levels: list[Prevalence] = Field(
        default_factory=list,
        description="Every prevalence level named outside parentheses ('Optional / Context-specific' → both).",
    )
    prevalence_qualifier: str | None = Field(
        default=None, description="The label's parenthetical ('one is common', 'but recommended')."
    )
    prevalence_text: str | None = Field(default=None, description="The prevalence cell as on the page.")
    extra_cells: list[str] = Field(default_factory=list, description="Cells of columns this parser does not know.")
    text: str = Field(description="The row as on the page, cells joined by ' | ' (blank cells at its ends left out).")


class Tools(SectionFields):
    """Typed fields of the tools section."""

    columns: list[str] = Field(default_factory=list, description="The table's column headers as on the page.")
    rows: list[ToolRow] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="Paragraphs and list items around the table.")


_COLUMN_ORDER = ("category", "tool", "primary_use", "prevalence")
# The levels by value: a dict lookup instead of Enum.__call__ (~1 µs, ~30 times a page).
_PREVALENCE: dict[str, Prevalence] = {level.value: level for level in Prevalence}


_WHITESPACE = re.compile(r"\s+")
# A bracket glued to the word it qualifies ("Tool(s)", "Platform(s)"): the word is still a word of the header.
_GLUED_BRACKET = re.compile(r"(?<=\w)\(")


@lru_cache(maxsize=1)
def _column_phrases() -> list[tuple[str, str]]:
    """(phrase with its slashes spaced, column key), longest phrase first."""
    columns = load_vocab(SKILLS_TO_DECISIONS)["tool_columns"]
    pairs = [(normalise_label(p), key) for key, phrases in columns.items() for p in phrases]
    pairs.sort(key=lambda pair: -len(pair[0]))
    return [(_WHITESPACE.sub(" ", phrase.replace("/", " / ")), key) for phrase, key in pairs]


def _column_key(header: str) -> str | None:
    text = normalise_label(header).replace("/", " / ")
    if "(" in text:
        text = _GLUED_BRACKET.sub(" (", text)
    text = _WHITESPACE.sub(" ", f" {text} ")
    for phrase, key in _column_phrases():
        if f" {phrase} " in text:
            return key
    return None


def column_roles(header: list[str]) -> list[str | None]:
    """The role of each column (category, tool, primary_use, prevalence), else None.

    Headers are read by wording; when fewer than two are recognised the
    columns are taken in the family's usual order.
    """
    roles: list[str | None] = []
    for cell in header:
        key = _column_key(cell)
        roles.append(key if key and key not in roles else None)
    if sum(role is not None for role in roles) < 2:
        roles = [(_COLUMN_ORDER[i] if i < len(_COLUMN_ORDER) else None) for i in range(len(header))]
    return roles


@lru_cache(maxsize=1)
def _fillers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Filler words of a product list ("e.g.,", "etc.", "such as") as one pattern, and the same words lower-cased
    without the pattern's word bounds: a cheap pre-check on the lower-cased text (see _strip_fillers)."""
    words = sorted(load_vocab(SKILLS_TO_DECISIONS)["tool_list_fillers"], key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return (
        re.compile(rf"(?:(?<=^)|(?<=[\s,;/(]))(?:{alternatives})(?=$|[\s,;/)])", re.IGNORECASE),
        re.compile("|".join(re.escape(w.lower()) for w in words)),
    )


def _strip_fillers(text: str) -> str:
    fillers, gate = _fillers()
    # Most pieces hold no filler: in ASCII text a case-blind match is a substring of the lower-cased text, so
    # where the gate finds none the pattern finds none either (other text may match 'ſ' or 'İ': always read).
    if not text.isascii() or gate.search(text.lower()):
        text = fillers.sub(" ", text)
    # Words joined by single spaces, as r"\s+" → " " would (str.split's whitespace is \s); the ends are stripped.
    return " ".join(text.split()).strip(" ,;").rstrip(".").strip()


# A line break in a cell (<br>) separates tools as a comma does: "Firebase Crashlytics<br>Sentry" is two; so does a
# pipe kept in a cell (a markdown table's escaped "\|"): "ETQ Reliance | MasterControl" is two. A spaced '+' joins
# tools used together, "Vitest + Testing Library"; an unspaced one is a name's own ("C++", "Lexis+").
_TOOL_SEPARATORS = re.compile(r"[(),;/|\n]| \+ ")


def _split_top(text: str, unspaced_slash: bool) -> list[str]:
    """Split at ',', ';', '|', line breaks, spaced ' / ' and ' + ' outside parentheses; unspaced '/' when asked."""
    parts, start, depth = [], 0, 0
    for match in _TOOL_SEPARATORS.finditer(text):
        index = match.start()
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (char in ",;|" or (char == "\n" and not _continues(text, index))):
            parts.append(text[start:index])
            start = index + 1
        elif depth == 0 and char == " " and not _closes_name(text, match.end()):  # " + "
            parts.append(text[start:index])
            start = match.end()
        elif depth == 0 and char == "/":
            spaced = index > 0 and text[index - 1].isspace() and index + 1 < len(text) and text[index + 1].isspace()
            if spaced and _joins_versions(text, index):
                continue  # "PostgreSQL 15 / 16": releases of one product (see _versioned)
            if spaced or (unspaced_slash and not _slash_in_name(text, index)):
                parts.append(text[start:index])
                start = index + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


# A bare version number closing a '/'-part: "16" of "PostgreSQL 15 / 16".
_VERSION_PART = re.compile(r"\s*\d+(?:\.\d+)*\s*(?:$|[/,;|)\n])")


def _joins_versions(text: str, slash: int) -> bool:
    """Whether a spaced slash joins version numbers, "PostgreSQL 15 / 16": a bare number is no tool, but another
    release of the name before it."""
    return text[:slash].rstrip()[-1:].isdigit() and _VERSION_PART.match(text, slash + 1) is not None


# What follows a spaced '+' up to the next separator: "Billing" of "Azure Cost Management + Billing".
_AFTER_PLUS = re.compile(r"[^(),;/|\n+]*")


def _closes_name(text: str, start: int) -> bool:
    """Whether the part after a spaced '+' is one generic word that closes the product's name ("Azure Cost
    Management + Billing" is one product): alone it names no tool, as "Testing Library" or "DAX" do."""
    after = _AFTER_PLUS.match(text, start)
    word = after.group().strip() if after else ""
    return word.lower() in _tool_name_words() and not tools_in(word)


@lru_cache(maxsize=1)
def _tool_name_words() -> frozenset[str]:
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["tool_name_words"])


_NAME_PART = re.compile(r"[^\s,;|()/]+")  # the run of a name on one side of a slash


def _slash_in_name(text: str, slash: int) -> bool:
    """Whether an unspaced slash is part of one product's name: "S/4HANA", "OS/2", "PL/SQL" are one name (a capital
    letter alone before the slash, a digit after it, or a name the gazetteer knows whole); "Azure/AWS/GCP" and
    "S3/GCS" are names of their own."""
    before = _NAME_PART.search(text[:slash][::-1])
    after = _NAME_PART.match(text, slash + 1)
    if before is None or before.start() or after is None:
        return False
    left, right = before.group()[::-1], after.group()
    if right[0].isdigit() or len(left) == 1:
        return left[-1].isupper()  # "S/4HANA", "OS/2", "AS/400"; "S3/GCS" are two
    return tools_in(f"{left}/{right}") == (f"{left}/{right}",)


def _continues(text: str, line_break: int) -> bool:
    """Whether the line after a line break continues the tool before it: a parenthetical, "Spark<br>(Databricks)"."""
    return text[line_break + 1 :].lstrip().startswith("(")


def _is_product(piece: str) -> bool:
    """A piece that names a product: capitalised, a digit, a mixed-case word ("hireEZ", "iCIMS": no common
    word is written so) or found in the tool gazetteer."""
    return (
        bool(piece)
        and (piece[0].isupper() or piece[0].isdigit() or _mixed_case(piece) or bool(tools_in(piece)))
        and len(piece.split()) <= 4
    )


def _mixed_case(piece: str) -> bool:
    """Whether the first word has a capital after its first letter: "hireEZ", "eBay"."""
    return any(char.isupper() for char in piece.split(maxsplit=1)[0][1:])


# Split a piece only when every part is a known tool: "GitHub/GitLab", "Tableau or Power BI".
_ALTERNATIVES = re.compile(r"/|\s+or\s+")


# A code-like name, written as in code: "postgres_exporter", "node-exporter", "kube-state-metrics".
_CODE_NAME = re.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+")


def _split_with(piece: str) -> list[str]:
    """ "Grafana with postgres_exporter" is two tools, used together, when what comes after "with" is a code-like
    name (an exporter, a plugin, a CLI: written as in code, so no feature of the tool before it); "Excel with
    macros" stays whole, and so does "Git with GitLab CI", a pairing the page names as one entry."""
    tool, _, helper = piece.rpartition(" with ")
    tool, helper = tool.strip(), helper.strip()
    if "(" in piece or not _is_product(tool) or not _CODE_NAME.fullmatch(helper):
        return _split_unspaced_slashes(piece)
    return [*_split_unspaced_slashes(tool), helper]


def _split_unspaced_slashes(piece: str) -> list[str]:
    """Split an unspaced slash or an 'or' when every part is a known tool.

    GitHub/GitLab and "Tableau or Power BI" → two; CI/CD and "build or buy" stay whole.
    """
    if "(" in piece or ("/" not in piece and " or " not in piece):
        return [piece]
    parts = [p.strip() for p in _ALTERNATIVES.split(piece)]
    if all(p and tools_in(p) == (p,) for p in parts):
        return parts
    return [piece]


# A name and its releases joined by slashes: "PostgreSQL 15 / 16", "Windows 10/11".
_VERSIONED = re.compile(r"(?P<name>.*[^\d\s/.])\s+(?P<versions>\d+(?:\.\d+)*(?:\s*/\s*\d+(?:\.\d+)*)+)")


def _versioned(piece: str) -> ToolName | None:
    """One product with its releases as variants, "PostgreSQL 15 / 16" → PostgreSQL (PostgreSQL 15, PostgreSQL 16),
    each variant a name of its own (a bare "16" would name no tool where the page's tool names are looked for)."""
    match = _VERSIONED.fullmatch(piece.strip())
    if match is None:
        return None
    name = match["name"].strip()
    variants = [f"{name} {version.strip()}" for version in match["versions"].split("/")]
    return ToolName.__pydantic_validator__.validate_python({"name": name, "variants": variants})


def _tool(piece: str) -> ToolName:
    groups = paren_groups(piece)
    if not groups:
        versioned = _versioned(piece) if "/" in piece and piece[-1:].isdigit() else None  # cheap first: most have none
        return versioned or ToolName.__pydantic_validator__.validate_python({"name": piece.strip()})
    start, end, inner = groups[-1]
    if piece[:start].strip() and _strip_fillers(piece[end:]):
        # A bracket inside a product name, "OTA Insight (Lighthouse) Rate Insight", names the words before it
        # otherwise (a former or alternative name), not the whole: closing the name up around it would make
        # one no one writes ("OTA Insight Rate Insight"), so the name stays as written.
        return ToolName.__pydantic_validator__.validate_python({"name": piece.strip()})
    name = f"{piece[:start].strip()} {piece[end:].strip()}".strip()
    if _abbreviates(name, inner.strip()):
        return ToolName.__pydantic_validator__.validate_python({"name": name, "note": inner.strip()})
    products = _strip_fillers(inner)
    variants = [v for v in _comma_list_end(products, _split_top(products, unspaced_slash=True)) if v]
    # "Duck Creek Claims (Context-specific)" beside the row's own prevalence: the tool's label, no product.
    if (
        variants
        and all(_is_product(v) for v in variants)
        and not _describes_kind(variants)
        and not _is_prevalence_label(inner)
        and not _lists_contents(name, inner, variants)
        and not _is_provider_model(inner)
    ):
        return ToolName.__pydantic_validator__.validate_python({"name": name or inner.strip(), "variants": variants})
    return ToolName.__pydantic_validator__.validate_python({"name": name or inner.strip(), "note": inner.strip()})


def _abbreviates(name: str, inner: str) -> bool:
    """Whether a bracketed acronym is the name's own short form, its capitals the initials of the name's words
    ("Vendor-neutral archive (VNA)", "Picture archiving and communication system (PACS)"): no product of that kind,
    as "PACS (Sectra / Philips)" names, but the name again."""
    if not (name and is_short_form(inner) and sum(map(str.isupper, inner)) > 1):
        return False  # one capital ("D365") is no run of initials
    return spelled_out_start(name, len(name), inner) is not None


def _lists_contents(name: str, inner: str, variants: list[str]) -> bool:
    """Whether a bracket after a generic name (sentence case, no known tool: "Detonation lab") says what it holds or
    runs on, not which products it is. A class of things ("VMs", a plural acronym) among its items names no product:
    "Detonation lab (VMs, Sysmon)" is a lab running VMs and Sysmon. Nor does one bare name after an activity (no kind
    of product, so none is one of it): "Financial reporting (D365)" is reporting done in D365. Then the bracket is a
    note, its known tools the row's too (see _held_tools); "Secrets manager (Key Vault / Secrets Manager)" and
    "Dock appointment scheduling (e.g., Opendock, ...)" list the products that are one."""
    if not _is_generic_name(name):
        return False
    if any(map(_is_plural_acronym, variants)):
        return True
    return name.endswith("ing") and variants == [inner.strip()] and " " not in inner.strip()  # no "e.g.", one word


def _is_plural_acronym(word: str) -> bool:
    return len(word) > 2 and word[-1] == "s" and _is_acronym(word[:-1])  # "VMs", "APIs"; not "AWS", "SaaS"


def _is_generic_name(name: str) -> bool:
    """A sentence-case phrase of plain words, "Detonation lab": a kind or an activity, no product's name."""
    head, _, rest = name.partition(" ")
    return bool(rest) and head.istitle() and rest.replace(" ", "").isalpha() and rest.islower() and not tools_in(name)


def _held_tools(tools: list[ToolName]) -> list[ToolName]:
    """The row's tools with the known ones a generic tool's contents note names after it ("Detonation lab (VMs,
    Sysmon)" → the lab, then Sysmon): a product the lab runs is a tool of the row, not hidden in the lab's note."""
    held: list[ToolName] = []
    for tool in tools:
        held.append(tool)
        if tool.note is None:
            continue
        if _lists_contents(tool.name, tool.note, _split_top(_strip_fillers(tool.note), unspaced_slash=True)):
            held.extend(ToolName.__pydantic_validator__.validate_python({"name": t}) for t in tools_in(tool.note))
    return held


@lru_cache(maxsize=1)
def _provider_models() -> frozenset[str]:
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["provider_models"])


def _is_provider_model(aside: str) -> bool:
    """Whether a parenthetical names the kind of provider the tool is, "(EOR)": how the vendor serves, no product."""
    return aside.strip() in _provider_models()


@lru_cache(maxsize=1)
def _tool_kinds() -> frozenset[str]:
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["tool_kinds"])


def _describes_kind(variants: list[str]) -> bool:
    """Whether a parenthetical is one phrase ending in a lowercase tool kind: "German customs IT system" says what
    "ATLAS" is (a note), where "Databricks / EMR" or "e.g., DHL, Kuehne+Nagel" name products."""
    if len(variants) != 1:
        return False
    head, _, last = variants[0].rpartition(" ")
    return bool(head) and last in _tool_kinds()


# The conjunction that closes a comma list: "Washer-disinfectors, ultrasonic cleaners and cart washers".
_LIST_AND = re.compile(r"(?:^|\s)and\s+")


def _comma_list_end(cell: str, pieces: list[str]) -> list[str]:
    """The pieces of a cell with a comma list's last item split at its "and" (outside brackets), as the commas split
    the others: "A, B and C" (or "A, B, and C") is three. Without a comma before it an "and" is the name's own:
    "ATP and protein residue test systems" is one tool."""
    last = pieces[-1] if len(pieces) > 1 else ""
    if "and" not in last or not cell[: cell.rfind(last)].rstrip().endswith(","):
        return pieces
    conjunction = next((m for m in _LIST_AND.finditer(last) if not paren_depth(last, m.start())), None)
    if conjunction is None:
        return pieces
    return [*pieces[:-1], *(p for p in (last[: conjunction.start()].strip(), last[conjunction.end() :]) if p)]


def split_tools(cell: str) -> list[ToolName]:
    """Split a tool cell into tools.

    "Azure / AWS / GCP" → Azure, AWS, GCP; "MLflow / Weights & Biases" → MLflow, Weights & Biases;
    "Slack, Zoom and Teams" → Slack, Zoom, Teams (a comma list's closing "and");
    "Tableau or Power BI" → Tableau, Power BI (known tools only);
    "Spark (Databricks / EMR / Synapse etc.)" → Spark with variants Databricks, EMR, Synapse;
    "SQL (platform-specific)" → SQL with note 'platform-specific';
    "SecureCRT / PuTTY via jump host" → SecureCRT, PuTTY, each with note 'via jump host'.
    """
    means = _TRAILING_MEANS.search(cell) if " via " in cell else None  # cheap first: most cells have no 'via'
    if means is None and " or " in cell:  # cheap first: most cells have no 'or'
        means = _IN_HOUSE_ALTERNATIVE.search(cell)
    if means is None:
        tools = [_tool(part) for part in _tool_pieces(cell)]
        return _held_tools(tools) if "(" in cell else tools  # cheap first: most cells hold no bracket
    return [_noted(_tool(part), means.group().strip()) for part in _tool_pieces(cell[: means.start()])]


# A closing "via" and lower-case words, "SecureCRT / PuTTY via jump host": how the tools are reached, which every
# tool of the cell shares (as a run shares 'for Jira', see _shared_host), no part of a name.
_TRAILING_MEANS = re.compile(r"\s+via\s+[a-z][a-z -]*$")
# A closing alternative built in-house, "Open-RMF or in-house fleet manager": what a team may use instead, no
# product of its own, so a note on the tools before it. "internal" only before a tool's kind ("ServiceNow or
# internal complaint system"): "for SOX or internal audit" names a purpose.
_IN_HOUSE_ALTERNATIVE = re.compile(
    r"\s+or\s+(?:an?\s+)?(?:(?:in-house|in house|home-?grown|bespoke|custom-built)\s+[a-z][a-z -]*"
    r"|internal\s+(?:[a-z-]+\s+){0,2}(?:system|systems|tool|tools|platform|software|application|app|database))$"
)


def _tool_pieces(cell: str) -> list[str]:
    """The text of each tool of a tool cell, its parentheticals kept (see split_tools)."""
    pieces: list[str] = []
    top = _split_top(cell, unspaced_slash=False)
    names = _comma_list_end(cell, top)
    if "-" in cell and " / " in cell:  # cheap first: most cells hold no such pair
        names = _shared_compound_head(cell, names)
    names = _shared_module(_shared_product(_shared_head_noun(_shared_kind(cell, names))))
    if " for " in cell:  # cheap first: most cells name no service for an engine
        names = _shared_service(cell, names)
    for piece in _shared_aside(cell, _shared_host(cell, names)):
        for part in _split_unspaced_slashes(piece) if " with " not in piece else _split_with(piece):
            part = _strip_fillers(part) if not paren_groups(part) else part.strip(" ,;")
            if part:
                pieces.append(part)
    return pieces


def _shared_aside(cell: str, pieces: list[str]) -> list[str]:
    """A parenthesis closing a '/'-run of names with one listed tool, "Snowflake / BigQuery (SQL)", qualifies each
    name of the run (the language or platform they share), as a kind after it does (see _shared_kind); so does one
    naming a kind of provider, "Deel / Remote (EOR)" (both employers of record, see _is_provider_model). Any other
    aside is the last name's own: a former name or its vendors ("Loopio / Responsive (RFPIO)", "Epic / Cerner
    (Oracle Health)"), and a known product's name after a name the gazetteer lacks (see _former_name). Not after a
    comma list either, nor a run whose names have asides of their own."""
    if len(pieces) < 2 or not pieces[-1].endswith(")"):
        return pieces  # cheap first: most cells end on a name
    groups = paren_groups(pieces[-1])
    if not groups or groups[-1][1] != len(pieces[-1]) or not groups[-1][0]:
        return pieces
    inner = groups[-1][2].strip()
    aside = pieces[-1][groups[-1][0] :]
    run = cell[: cell.rfind(aside)]
    if any(ch in run for ch in ",;|(\n") or any("(" in piece for piece in pieces[:-1]):
        return pieces
    if tools_in(inner) != (inner,) and not _is_provider_model(inner):
        return pieces
    if _former_name(inner, pieces[-1][: groups[-1][0]].strip()):
        return pieces
    return [f"{piece} {aside}" for piece in pieces[:-1]] + [pieces[-1]]


def _former_name(aside: str, name: str) -> bool:
    """Whether a bracket gives the name before it by another name, its former one: "Account Engagement (Pardot)".
    One capitalised word naming a product (an acronym, "SQL", is a language a run shares) after a name the
    gazetteer does not know whole: the page explains a new or unfamiliar name by the one readers know."""
    return aside.isalpha() and aside[:1].isupper() and aside[1:].islower() and tools_in(name) != (name,)


def _shared_kind(cell: str, pieces: list[str]) -> list[str]:
    """Brands named before the kind of tool they share, "Greenlee / Milwaukee hydraulic benders", each with that
    kind ("Greenlee hydraulic benders", "Milwaukee hydraulic benders"): a bare brand is no tool beside them. A
    last piece the gazetteer knows whole names no shared kind, nor one led by an acronym after brands that are
    none ("Quartzy / LIMS inventory module": the acronym is the kind's own word, as "ICE / EEX / CME" are not).
    An interface kind ("APIs") is shared after any names (see _INTERFACES). After a comma (a list, not
    alternatives) only a plural kind is shared: in "Navisworks, Revit viewer" the viewer is Revit's alone. After a
    line break (a cell's "<br>" list: one entry a line) none is: "Snowbase<br>Paper accident forms"."""
    if len(pieces) < 2:
        return pieces  # most cells: one tool
    brand, _, kind = pieces[-1].partition(" ")
    if kind[-1:] == "s" and _INTERFACES.fullmatch(kind) and _is_brand(brand) and all(map(_is_name, pieces[:-1])):
        return [f"{piece} {kind}" for piece in pieces[:-1]] + [pieces[-1]]
    if not ((kind.islower() or _ACRONYM_KIND.fullmatch(kind)) and _is_brand(brand) and "(" not in kind):
        return pieces  # cheap first: most last pieces have no lower-case kind ("Google Sheets", "SQL")
    if "." in kind and _DOTTED_WORD.search(kind):
        return pieces  # a domain's or a file's name, "Glidewell fastdesign.io", is the product's own, no kind
    if not all(_is_brand(piece) for piece in pieces[:-1]) or tools_in(pieces[-1]):
        return pieces
    if brand.isupper() and not any(piece.isupper() for piece in pieces[:-1]) and not _device_class(kind):
        return pieces
    before = cell[: cell.rfind(pieces[-1])]
    if not _plural(kind) and not before.rstrip().endswith("/"):
        return pieces
    if "\n" in before and before.rstrip(" \t").endswith("\n"):
        return pieces  # "Snowbase<br>Paper accident forms": a line of its own is an entry of its own, none shared
    return [f"{piece} {kind}" for piece in pieces[:-1]] + [pieces[-1]]


def _plural(kind: str) -> bool:
    """Whether a kind's last word is a plural noun: "hydraulic benders", "PLCs" (not "viewer", "glass")."""
    last = kind.rpartition(" ")[2]
    return last.endswith("s") and not last.endswith("ss")


def _shared_head_noun(pieces: list[str]) -> list[str]:
    """Two modifiers of one noun around a '/', the noun written once after the second: "Benchtop pH / ISE meter"
    names a benchtop pH meter and an ISE meter. Only a first side closing on a measure's symbol ("pH", "dB": a
    unit, no noun) is no tool on its own; one capitalised word before a lower-case phrase ("Availity / payer
    portals") is most often a product, whose kind the page does not repeat. Brands before a kind are
    _shared_kind's."""
    if len(pieces) != 2 or " " not in pieces[0]:
        return pieces  # most cells: one tool, or a run of names
    first, second = pieces
    words = second.split()
    head = words[-1]
    if len(words) < 2 or not (head.isalpha() and head.islower()) or second[:1].islower():
        return pieces
    if _MEASURE_SYMBOL.fullmatch(first.rpartition(" ")[2]) is None or tools_in(first):
        return pieces
    return [f"{first} {head}", second]


def _shared_compound_head(cell: str, pieces: list[str]) -> list[str]:
    """Two compound modifiers of one noun around a '/', alike in their last part, the noun written once after the
    second: "Oxy-acetylene / air-acetylene torch" names an oxy-acetylene torch and an air-acetylene torch,
    "Single-stage / two-stage pumps" both pumps; a bare modifier is no tool. The noun is lower-case words."""
    for i, (first, second) in enumerate(pairwise(pieces)):
        modifier, _, head = second.partition(" ")
        if " " in first or "-" not in first or "-" not in modifier or f"{first} / {second}" not in cell:
            continue
        alike = first.rpartition("-")[2].lower() == modifier.rpartition("-")[2].lower()
        if alike and head.replace(" ", "").isalpha() and head.islower():
            pieces = [*pieces[:i], f"{first} {head}", *pieces[i + 1 :]]
    return pieces


# A word with a dot inside it, "fastdesign.io", "node.js": a product's coined name, never a kind of tool.
_DOTTED_WORD = re.compile(r"\w\.\w")
# A measure's symbol, lower-case first then a capital: "pH", "dB", "kWh", "mL".
_MEASURE_SYMBOL = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]{0,2}")
# A kind written as an acronym's plural, "Allen-Bradley / Siemens PLCs": each brand's PLCs, shared as a lower-case kind
# is after one-word brands (not after a product's name of several words: "VS Code / JetBrains IDEs").
_ACRONYM_KIND = re.compile(r"[A-Z]{2,5}s")
# The interfaces closing a '/'-run of vendors, "OpenAI / Azure OpenAI / Anthropic APIs": each vendor's APIs or
# SDKs, the kind shared as a lower-case one is, whatever the names before it (not "IDEs": "VS Code" is no IDE's kind).
_INTERFACES = re.compile(r"(?:API|SDK)s")


def _is_name(piece: str) -> bool:
    """A product's name of a few capitalised words: "Azure OpenAI", "Google Maps"."""
    words = piece.split()
    return len(words) <= 3 and all(word[:1].isupper() and word.isalnum() for word in words)


def _device_class(kind: str) -> bool:
    """Whether a kind is one plural noun naming a class of things ("scanners"), which each piece before it
    qualifies ("Barcode / RFID scanners": barcode and RFID scanners); not a generic kind ("tools", "systems")
    nor a singular one ("inventory module"), which the acronym before it names."""
    return " " not in kind and kind.endswith("s") and not kind.endswith("ss") and kind not in _tool_kinds()


def _shared_product(pieces: list[str]) -> list[str]:
    """Editions of one product listed after it, "Epic Willow Inpatient / Ambulatory", each with the product's name
    ("Epic Willow Ambulatory"): a bare edition word is no tool. Only an edition word after a name that closes on
    one takes it, so "Microsoft Teams / Slack" stays two products."""
    if len(pieces) < 2:
        return pieces  # most cells: one tool
    editions = _tool_editions()
    if editions.isdisjoint(pieces):
        return pieces  # most lists: no edition word of its own
    names = pieces[:1]
    for piece in pieces[1:]:
        product, _, edition = names[-1].rpartition(" ")
        names.append(f"{product} {piece}" if piece in editions and product and edition in editions else piece)
    return names


def _shared_module(pieces: list[str]) -> list[str]:
    """A vendor's modules listed after one of them, "ServiceNow PPM / SPM", "ServiceNow CMDB / Discovery", "Cognex
    In-Sight / DataMan", each with the vendor's name ("ServiceNow SPM", "Cognex DataMan"): a bare module is no tool.
    Only after a known vendor's one-word name and its module: an acronym after an acronym module the gazetteer does
    not know alone, or a word it knows under the vendor's name only: "Oracle EBS / SAP" and "DocuSign CLM / Icertis"
    stay two products."""
    if len(pieces) < 2:
        return pieces  # most cells: one tool
    names = pieces[:1]
    for piece in pieces[1:]:
        vendor, _, module = names[-1].rpartition(" ")
        if _is_brand(vendor) and tools_in(vendor) == (vendor,):
            if _is_acronym(module) and (_is_acronym(piece) or _edition_module(piece, module)):
                piece = piece if tools_in(piece) else f"{vendor} {piece}"
            elif _vendor_module(vendor, piece):
                piece = f"{vendor} {piece}"
        names.append(piece)
    return names


def _vendor_module(vendor: str, piece: str) -> bool:
    """Whether one or two capitalised words name a module the gazetteer knows only under the vendor's name:
    "Discovery" after "ServiceNow CMDB" ("ServiceNow Discovery"). A word is too often a rival's coined name
    ("Icertis", "Redoc") to take the vendor on its shape alone."""
    words = piece.split()
    if len(words) > 2 or not all(map(_is_brand, words)) or tools_in(piece):
        return False
    named = f"{vendor} {piece}"
    return tools_in(named) == (named,)


def _edition_module(piece: str, module: str) -> bool:
    """Whether a piece is a module acronym named alike the one before it, with an edition word: "SAM Pro" after
    "ServiceNow HAM" (as long, the same last letter: one suite's modules). Not an acronym the gazetteer knows
    alone ("SAP Ariba" after "Oracle EBS", a vendor's own product), nor one unlike the module ("JDA Planning")."""
    acronym, _, edition = piece.partition(" ")
    return (
        _is_brand(edition)
        and _is_acronym(acronym)
        and len(acronym) == len(module)
        and acronym[-1] == module[-1]
        and not tools_in(acronym)
    )


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()  # str methods: most pieces fail the first


def _shared_service(cell: str, pieces: list[str]) -> list[str]:
    """Engines listed after a service named for one, "Azure Database for PostgreSQL / MySQL", each with the
    service's name ("Azure Database for MySQL"): the bare engine is the service's edition here, no tool of the
    cell's own (as an edition word after a product is, see _shared_product). Only bare one-word names the
    gazetteer knows after an engine it knows, in a '/'-run: "Defender for Endpoint / Intune" stays two."""
    if len(pieces) < 2 or " for " not in pieces[0]:
        return pieces
    service, _, engine = pieces[0].rpartition(" for ")
    if not (_is_name(service) and tools_in(engine) == (engine,)) or any(ch in cell for ch in ",;|(\n"):
        return pieces
    if not all(_is_brand(piece) and tools_in(piece) == (piece,) for piece in pieces[1:]):
        return pieces
    return [pieces[0], *(f"{service} for {piece}" for piece in pieces[1:])]


def _shared_host(cell: str, pieces: list[str]) -> list[str]:
    """Add-ons named before the platform they extend, "Zephyr / Xray for Jira", each for it ("Zephyr for Jira"), as
    a kind after a '/'-run of brands is shared (see _shared_kind). Only one-word brands, and a platform the gazetteer
    knows: "Google Business Profile / Yelp for Business" and "Proofpoint / Microsoft Defender for Office 365" name
    their own products. Not after a comma list ("Slack, Zoom for Healthcare")."""
    if len(pieces) < 2 or " for " not in pieces[-1]:
        return pieces  # cheap first: most last pieces extend nothing
    brand, _, host = pieces[-1].partition(" for ")
    run = cell[: cell.rfind(pieces[-1])]
    if not (_is_brand(brand) and all(map(_is_brand, pieces[:-1])) and tools_in(host) == (host,)):
        return pieces
    if any(ch in run for ch in ",;|(\n"):
        return pieces
    return [f"{piece} for {host}" for piece in pieces[:-1]] + [pieces[-1]]


@lru_cache(maxsize=1)
def _tool_editions() -> frozenset[str]:
    return frozenset(load_vocab("tables.json")["tool_editions"])


def _is_brand(piece: str) -> bool:
    """One capitalised word, perhaps hyphenated: "Greenlee", "Milwaukee", "Allen-Bradley"."""
    return piece[:1].isupper() and " " not in piece and piece.replace("-", "").isalnum() and piece[-1:] != "-"


def split_prevalence(cell: str) -> tuple[list[Prevalence], str | None]:
    """(levels named outside parentheses, the parenthetical) of a prevalence cell.

    "Optional (one is common)" → ([optional], "one is common");
    "Optional / Context-specific" → ([optional, context_specific], None);
    "Optional; for EU teams" → ([optional], "for EU teams"): what follows the labels is their qualifier too.
    """
    groups = paren_groups(cell)
    outside = cell
    for start, end, _ in reversed(groups):
        outside = outside[:start] + " " + outside[end:]
    qualifiers = [inner.strip() for _, _, inner in groups]
    labels, *rest = _LABEL_END.split(outside, maxsplit=1)
    if rest and rest[0].strip() and _is_prevalence_label(labels) and not _is_prevalence_label(rest[0]):
        outside = labels  # "Optional; common in startups": the levels are the labels', not the qualifier's
        qualifiers.append(rest[0].strip())
    keys = term_keys(outside, "prevalence") or term_keys(cell, "prevalence")
    return [_PREVALENCE[k] for k in keys], "; ".join(qualifiers) or None


def _row(cells: list[str], roles: list[str | None], group: str | None = None) -> ToolRow:
    values: dict[str, str] = {}
    extra: list[str] = []
    for k, cell in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        if role and role not in values:
            values[role] = cell.strip()
        elif cell.strip():
            extra.append(cell.strip())
    tool_text = values.get("tool") or None
    prevalence_text = values.get("prevalence") or None
    # Without a prevalence cell a table may write the label in the tool cell: "Zendesk (Common)".
    in_cell = _tool_cell_prevalence(tool_text) if tool_text and not prevalence_text and "(" in tool_text else None
    if in_cell is not None:
        tools, prevalence_text, levels, qualifier = in_cell
    else:
        tools = split_tools(tool_text) if tool_text else []
        levels, qualifier = split_prevalence(prevalence_text) if prevalence_text else ([], None)
    return ToolRow.__pydantic_validator__.validate_python(
        {
            "category": values.get("category") or group,
            "tools": tools,
            "tool_text": tool_text,
            "primary_use": values.get("primary_use") or None,
            "prevalence": levels[0] if levels else None,
            "prevalence_levels": levels,
            "prevalence_qualifier": qualifier,
            "prevalence_text": prevalence_text,
            "extra_cells": extra,
            "text": _row_text(cells),
        }
    )


def _row_text(cells: list[str]) -> str:
    """The cells joined by ' | ', blank cells at either end left out: a row continuing the category above,
    "| | TrustArc | ... |", reads "TrustArc | ..." as its neighbours do, not with a stray leading separator.
    Blank cells inside the row stay: they hold their columns' places."""
    if cells and cells[0].strip() and cells[-1].strip():
        return " | ".join(cells)  # nearly every row: filled at both ends
    filled = [k for k, cell in enumerate(cells) if cell.strip()]
    return " | ".join(cells[filled[0] : filled[-1] + 1]) if filled else ""


class _CellPrevalence(NamedTuple):
    """The prevalence a tool cell carries in parentheses, and the cell's tools without it."""

    tools: list[ToolName]
    text: str | None  # the row's label as on the page; None when the labels stay with their tools
    levels: list[Prevalence]
    qualifier: str | None


def _tool_cell_prevalence(cell: str) -> _CellPrevalence | None:
    """The prevalence labels closing the tools of a cell, else None.

    One label after the last tool, or the same label after every tool, is the row's: "Slack / Microsoft Teams
    (Common)" → Slack, Microsoft Teams, 'Common'. Labels on only some tools, or differing ones, are each its
    tool's note ("Jira (Common), Linear (Optional)"), the row naming all their levels.
    """
    pieces = _tool_pieces(cell)
    labels = [_closing_label(piece) for piece in pieces]
    named = [label for label in labels if label is not None]
    if not named:
        return None
    tools = [_tool(piece[: label[0]].rstrip()) if label else _tool(piece) for piece, label in zip(pieces, labels)]
    texts = [inner for _, inner in named]
    if len(set(texts)) == 1 and (len(named) == len(pieces) or (len(named) == 1 and labels[-1] is not None)):
        return _CellPrevalence(tools, texts[0], *split_prevalence(texts[0]))
    tools = [_noted(tool, label[1]) if label else tool for tool, label in zip(tools, labels)]
    levels = list(dict.fromkeys(level for text in texts for level in split_prevalence(text)[0]))
    return _CellPrevalence(tools, None, levels, None)


def _closing_label(piece: str) -> tuple[int, str] | None:
    """(start, text) of a prevalence label closing a tool's text, "Zendesk (Common)" → 'Common', else None."""
    groups = paren_groups(piece)
    if not groups:
        return None
    start, end, inner = groups[-1]
    if piece[end:].strip() or not piece[:start].strip() or not _is_prevalence_label(inner):
        return None
    return start, inner.strip()


def _noted(tool: ToolName, label: str) -> ToolName:
    """A tool with its own prevalence label as its note, after any note it had ("warehouse-specific; Optional")."""
    return tool.model_copy(update={"note": f"{tool.note}; {label}" if tool.note else label})


def _with_prevalence_column(roles: list[str | None], rows: list[list[str]]) -> list[str | None]:
    """The roles, a column no role was left for taken as the prevalence when every cell of it is a prevalence label:
    "Category | Tool | Primary use | Usage" names its labels' column as a use again ("Usage": Common, Optional)."""
    if "prevalence" in roles or None not in roles or not rows:
        return roles  # most tables: a prevalence column named as such
    for k, role in enumerate(roles):
        cells = [row[k].strip() for row in rows if k < len(row) and row[k].strip()]
        if role is None and cells and all(map(_is_prevalence_label, cells)):
            return [*roles[:k], "prevalence", *roles[k + 1 :]]
    return roles


def _table_rows(block: Block, unparsed: list[str], notes: list[str]) -> list[ToolRow]:
    header = block.header or []
    width = max([len(header)] + [len(r) for r in block.rows or []])
    roles = _with_prevalence_column(column_roles(header or [""] * width), block.rows or [])
    rows: list[ToolRow] = []
    group: str | None = None  # the group label over the rows ("Payroll engines" across the table)
    grouped = 0  # rows of the table when the label came
    # A category written once over the rows it spans (a merged cell, or blank cells under it in a pipe table) is
    # the first column's: a blank category cell further right names none.
    spans = roles[:1] == ["category"]
    above: str | None = None  # the category of the row above, which a blank first cell continues
    for cells in block.rows or []:
        filled = [c for c in cells if c.strip()]
        if not filled:
            continue
        label = group_label(cells, width)
        if label is not None:
            _close_group(group, rows[grouped:], notes)
            group, grouped, above = label.strip(), len(rows), None
            continue
        if len(filled) == 1 and width >= 3:
            # A row whose cells were never split (a lost-border line the table stage could not read).
            unparsed.append(filled[0])
            continue
        rows.append(_row(cells, roles, above or group))
        above = rows[-1].category if spans else None
    _close_group(group, rows[grouped:], notes)
    return rows


def _close_group(group: str | None, rows: list[ToolRow], notes: list[str]) -> None:
    """A group label that no row under it took for its category (they each have their own) is a note."""
    if group and not any(row.category == group for row in rows):
        notes.append(group)


# --- sections written as lists ------------------------------------------------------------------

# Where the parts of a tool bullet meet: "Category: tools", "tools (Common) – use", "tools: use".
_PART_SEPARATOR = re.compile(r":\s+|\s+[–—-]\s+")
# A lead ("Spreadsheets:") is a category when it is a few words, as a table's category cell is; a longer
# one is a sentence introducing the list.
_CATEGORY_WORDS = 5


def _list_rows(section: Section) -> tuple[list[ToolRow], list[str]]:
    """(rows, notes) of a section written as lists instead of a table; no rows when no bullet is a tool line.

    A bullet (or a line, on pages that lost their bullets) is a row (see _list_row) whose category is its own
    label, else the lead ("Spreadsheets:", "Spreadsheets: Excel • Google Sheets") or sub-heading it stands
    under. Other blocks are notes.
    """
    rows: list[ToolRow] = []
    notes: list[str] = []
    groups = [(_Heading(), section.blocks)]
    groups += [(_heading(split_number(sub.title)[1]), sub.blocks) for sub in section.subsections]
    for heading, blocks in groups:
        _read_list_nodes(item_tree(blocks), heading, rows, notes)
    return rows, notes


class _Heading(NamedTuple):
    """What a sub-heading or lead gives the rows under it: their category, or their prevalence."""

    category: str | None = None
    prevalence: str | None = None


def _heading(title: str) -> _Heading:
    """ "Spreadsheets and BI" names a category; "Optional tools" a prevalence (editors who group tools by label)."""
    return _Heading(prevalence=title) if starts_with_term(title, "prevalence") else _Heading(category=title)


def _read_list_nodes(nodes: list[Node], heading: _Heading, rows: list[ToolRow], notes: list[str]) -> None:
    positional = _full_width_run(nodes)
    for node in nodes:
        row = _list_row(node.text, heading, positional)
        lead = _category_lead(node) if row is None else None
        if row is not None:
            rows.append(row)
        elif lead is None:
            notes.append(node.text)
        elif not node.children:
            heading = _heading(lead)  # a lead the scraper left without its items: the lines after it are them
        _read_list_nodes(node.children, _heading(lead) if lead else heading, rows, notes)


def _full_width_run(nodes: list[Node]) -> bool:
    """Whether the lines that write a tool row's columns as parts, "Scheduling — GoodTime / ModernLoop — Interview
    scheduling — Optional", are two or more and all as wide as a table row: such a run is a table written as
    lines, its parts read in the usual column order (see _list_row) rather than by which part names known tools.
    """
    widths = [len(_part_cuts(node.text)) + 1 for node in nodes]
    wide = [width for width in widths if width >= len(_COLUMN_ORDER)]
    return len(wide) >= 2 and all(width == len(_COLUMN_ORDER) for width in wide)


def _category_lead(node: Node) -> str | None:
    """The heading a lead names ("Spreadsheets:" → 'Spreadsheets'), else None.

    On a page that lost its markup a sub-heading is a short line of its own ("Spreadsheets and BI"), a
    paragraph without a sentence's closing stop.
    """
    lead = node.text.strip()
    if len(lead.split()) > _CATEGORY_WORDS:
        return None
    if lead.endswith(":"):
        return lead[:-1].strip() or None
    lost_heading = node.block.kind is BlockKind.PARAGRAPH and not node.children and lead[-1:].isalnum()
    if lost_heading and is_column_name(lead.split(":", 1)[0]):
        return None  # "Tool: Epic Willow", a stacked row's cell, names its column: no heading
    return lead if lost_heading else None


def _list_row(text: str, heading: _Heading, positional: bool = False) -> ToolRow | None:
    """A tool bullet read as a table row (category, tools, primary use, prevalence); None when it is no tool line.

    "Excel (Common) – modelling" → Excel, use 'modelling'; "Tableau or Power BI (Common): dashboards" → Tableau,
    Power BI, use 'dashboards'; "SQL warehouse: Snowflake / BigQuery (Context-specific)" → category 'SQL
    warehouse', Snowflake, BigQuery. The tools are the part a prevalence label is attached to, else the part
    naming the most known tools, else the first part ("Tools – use") or the one after a colon ("Kind: tools").
    A bullet is a tool line when every tool it names is a product and, unless it carries a prevalence label,
    a known one (so "Most teams use Excel." stays a note). In a run of full-width lines (``positional``, see
    _full_width_run) a line whose prevalence is a part of its own is read in column order: category, tools, use.
    """
    body, cuts, prevalence_text = text, _part_cuts(text), None
    for k, cut in enumerate(cuts):  # a part that is a prevalence label alone: "Jira – Common – tickets"
        end = cuts[k + 1].start() if k + 1 < len(cuts) else len(body)
        if _is_prevalence_label(body[cut.end() : end]):
            prevalence_text, body = body[cut.end() : end].strip(), body[: cut.start()] + body[end:]
            cuts = _part_cuts(body)
            break
    attached, standalone = None, prevalence_text is not None
    if prevalence_text is None:
        label = next(((a, b, inner) for a, b, inner in paren_groups(body) if _is_prevalence_label(inner)), None)
        if label is not None:
            start, end, inner = label
            prevalence_text, closes = inner.strip(), not body[end:].strip()
            before, after = body[:start].rstrip(), body[end:]
            body = before + (" " if after[:1].isspace() else "") + after.lstrip()
            cuts = _part_cuts(body)
            # The part the label is attached to; a label closing the line may be the whole line's.
            attached = None if closes else sum(cut.end() <= len(before) for cut in cuts)
    bounds = zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(body)])
    parts = [body[a:b] for a, b in bounds]
    default = 1 if len(parts) > 1 and body[cuts[0].start()] == ":" else 0
    if positional and standalone and len(parts) == len(_COLUMN_ORDER) - 1:
        tools_at = _COLUMN_ORDER.index("tool")
    else:
        tools_at = max(range(len(parts)), key=lambda k: (k == attached, len(tools_in(parts[k])), k == default))
    tool_text = parts[tools_at].strip().rstrip(".;")
    if is_column_name(tool_text):
        return None  # a stacked row's cell left alone ("Prevalence: Common"): a column's name is no tool
    tools = split_tools(tool_text)
    if not tools or not all(_is_product(tool.name) for tool in tools):
        return None
    if prevalence_text is None and any(tools_in(tool.name) != (tool.name,) for tool in tools):
        return None
    cells = [
        body[: cuts[tools_at - 1].start()].strip() if tools_at else heading.category or "",
        tool_text,
        body[cuts[tools_at].end() :].strip() if tools_at < len(cuts) else "",
        prevalence_text or heading.prevalence or "",
    ]
    return _row(cells, list(_COLUMN_ORDER)).model_copy(update={"text": text.strip()})


def _part_cuts(text: str) -> list[re.Match[str]]:
    """The separators between a tool bullet's parts, outside brackets."""
    return [m for m in _PART_SEPARATOR.finditer(text) if not paren_depth(text, m.start())]


# Where prevalence labels end and their qualifier begins: "Optional; for EU teams".
_LABEL_END = re.compile(r"[;,]")
# What may join prevalence labels: "Optional / Context-specific", "Common or Optional".
_LABEL_JOINERS = re.compile(r"[\s/,&|]+|\b(?:or|and)\b")


def _is_prevalence_label(text: str) -> bool:
    """Prevalence labels and nothing else before a ';' or ',' outside brackets.

    "Common", "Optional / Context-specific", "Optional (one is common)", "Optional; common in startups" → True;
    "Standard reporting" (a use), "core banking" (a tool's note) → False.
    """
    head = _LABEL_END.split(text, maxsplit=1)[0]
    for start, end, _ in reversed(paren_groups(head)):
        head = head[:start] + head[end:]
    terms = find_terms(head, "prevalence")
    for _, start, end in reversed(terms):
        head = head[:start] + head[end:]
    return bool(terms) and not _LABEL_JOINERS.sub("", head)


def parse(section: Section) -> Tools:
    """Rows of every table in the section; other blocks become notes.

    A section with no table gives a row per tool bullet when it has any (see _list_rows).
    """
    unparsed: list[str] = []
    tables, notes = split_tables(stacked_tables(all_blocks(section)))  # stacked: "Tool: ... / Prevalence: ..." rows
    tables = join_continued_tables(tables)  # a table cut by page breaks is read as one, its wrapped rows whole
    columns = table_header(tables)
    rows = [row for table in tables for row in _table_rows(table, unparsed, notes)]
    if not tables and notes:
        list_rows, list_notes = _list_rows(section)
        if list_rows:
            rows, notes = list_rows, list_notes
    return Tools(columns=columns, rows=rows, notes=notes, unparsed=unparsed)
