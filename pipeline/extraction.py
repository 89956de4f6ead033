"""Extract role blueprints from one input file: the whole pipeline on one screen."""

from __future__ import annotations

import gc
import html
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .articles import next_post_starts
from .blocks import Block, BlockKind, built_model
from .errors import NotABlueprintError
from .header import role_facts
from .htmlblocks import html_to_pieces
from .layout import Piece, infer_nesting
from .blueprint import Blueprint, Quality, RoleFields
from .coverage import (
    coverage_counts,
    empty_table_findings,
    label_findings,
    line_row_findings,
    prose_findings,
    scorecard_findings,
    table_findings,
)
from .models import Section, SectionId, Source, Subsection, section_json
from .parsers import PARSERS
from .parsers.career import CareerPath, with_own_role_chain
from .parsers.experience import Experience, with_own_role_years
from .parsers.technical_skills import TechnicalSkills, with_page_tools
from .parsers.text import split_at_colon, split_enumeration, split_title_detail
from .parsers.tools import Tools
from .mojibake import Repair
from .nlp import load_vocab
from .noise import article_lead, cut_article
from .options import ExtractOptions
from .schema import validate
from .sections import SectionStart, find_section_starts, section_specs, subheading_key, undecorated
from .sources import InputForm, Page, SourceMeta, island_page, pages_from_bytes, printed_page
from .textblocks import text_to_pieces
from .writer import document_bytes

__all__ = ["Extraction", "Extractions", "SkippedPost", "extract", "extract_file", "extract_page", "warm_up"]

_CANONICAL = [SectionId(spec.id) for spec in section_specs().values()]
# Fewer canonical sections than this, and no blueprint title: an ordinary page.
_MIN_SECTIONS = 3


@dataclass(frozen=True)
class Extraction:
    """A validated blueprint and what it took to make it."""

    blueprint: Blueprint
    document: dict  # the blueprint as validated JSON data
    repairs: list[Repair]
    #: noise blocks removed: those the article cut dropped, and the chrome the HTML reader dropped before it
    removed_blocks: int
    warnings: list[str] = field(default_factory=list)
    #: the blueprints of the posts the page holds after this one (an infinite scroll's: articles.py), in order
    next_posts: list[Extraction] = field(default_factory=list)


@dataclass(frozen=True)
class SkippedPost:
    """A post of a REST list that gave no blueprint: skipped, and why."""

    index: int  # the post's place among the file's results (a page before it may hold several posts)
    part: str  # as a blueprint of the list would record it: the post id, or its index
    post_id: int | None
    title: str | None  # the post's own title, to tell which one it was
    #: NotABlueprintError for a post that is none; for a post that failed, what stopped it
    error: Exception

    @property
    def reason(self) -> str:
        return str(self.error)


class Extractions(list[Extraction]):
    """The blueprints a file holds, in order; ``skipped`` the posts of a REST list that gave none."""

    def __init__(self, extractions: list[Extraction], skipped: list[SkippedPost]) -> None:
        super().__init__(extractions)
        self.skipped = skipped


def extract(
    source: str | Path | bytes, *, name: str | None = None, options: ExtractOptions | None = None
) -> Extractions:
    """Extract every blueprint a file holds (one, or one per REST post).

    ``source`` is a path or the file's bytes; ``name`` (required with bytes)
    is the path recorded in the blueprint and decides the input form.

    A page that is no blueprint raises NotABlueprintError. In a REST list each
    post is judged alone: a post that is none (a news post among role
    blueprints) or that fails is left out of the result and listed on its
    ``skipped``; only when no post of the list gave a blueprint does the list
    raise: the first failure's error, else NotABlueprintError.
    """
    extractions = extract_file(source, name=name, options=options)
    if not extractions and extractions.skipped:
        errors = [post.error for post in extractions.skipped]
        raise next(
            (error for error in errors if not isinstance(error, NotABlueprintError)),
            NotABlueprintError(f"no post of the list is a role blueprint ({errors[0]})"),
        )
    return extractions


def extract_file(
    source: str | Path | bytes, *, name: str | None = None, options: ExtractOptions | None = None
) -> Extractions:
    """extract, except that a REST list none of whose posts gave a blueprint comes back empty, every post skipped.

    For the batch, which reports each post of a list on its own line.
    """
    options = options or ExtractOptions()
    if isinstance(source, bytes):
        if name is None:
            raise ValueError("name is required when extracting from bytes")
        data = source
    else:
        path = Path(source)
        name = name or path.name
        data = path.read_bytes()
    extractions: list[Extraction] = []
    skipped: list[SkippedPost] = []
    for page in pages_from_bytes(data, name, options.max_bytes):
        try:
            extraction = extract_page(page, name)
        except Exception as exc:  # noqa: BLE001 - kept on ``skipped``: one post must not cost the list's others
            if not page.part:  # the file's only page
                raise
            index = len(extractions) + len(skipped)
            skipped.append(SkippedPost(index, page.part, page.meta.post_id, page.meta.title, exc))
            continue
        extractions += [extraction, *extraction.next_posts]
    return Extractions(extractions, skipped)


def warm_up(options: ExtractOptions | None = None) -> None:
    """Build the spaCy pipeline, matchers and validator now, once, before workers fork.

    Runs a short blueprint page (seed 000 cut to 12 lines a section, in
    warm_up_page.txt) as text and as HTML, so that every parser's lazily built
    rules exist before the first real page: otherwise each forked worker built
    them again, ~100 ms on its first page.

    Then hides everything built so far from the garbage collector (gc.freeze):
    those ~100k objects live as long as the process, and every collection
    scanned them again, 2-4 ms a page.

    And lets the youngest generation grow to 20,000 objects before a collection: a page keeps ~5-10k
    containers alive while it is extracted and makes no cyclic garbage, so at the default 700 the
    collector ran ~10 times a page, scanning the page's live objects and freeing nothing (~1 ms a page).
    Cyclic garbage, if a page makes any, is still collected, only later.
    """
    options = options or ExtractOptions()
    page = resources.files("pipeline").joinpath("warm_up_page.txt").read_text(encoding="utf-8")
    extract(page.encode(), name="warm-up.txt", options=options)
    extract(_as_html(page).encode(), name="warm-up.html", options=options)
    gc.collect()
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS_BEFORE_COLLECTION)


_YOUNG_OBJECTS_BEFORE_COLLECTION = 20_000


def _as_html(text: str) -> str:
    """The warm-up page as HTML: numbered section titles as <h2>, every other line a <p>."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = [
        f"<h2>{html.escape(line)}</h2>" if _SECTION_TITLE.match(line) else f"<p>{html.escape(line)}</p>"
        for line in lines[1:]
    ]
    return f"<html><head><title>{html.escape(lines[0])}</title></head><body><h1>{html.escape(lines[0])}</h1>{''.join(body)}</body></html>"


_SECTION_TITLE = re.compile(r"^\d{1,2}\) ")


def extract_page(page: Page, name: str) -> Extraction:
    """Run one decoded, repaired page through the stages and validate it.

    A page holding several posts one after another (an infinite scroll's) gives each its own blueprint: the
    first's, the others' on its ``next_posts``."""
    if page.not_a_post is not None:
        raise NotABlueprintError(page.not_a_post)
    if page.error is not None:
        raise page.error
    # 1. Blocks, by input form.
    meta = page.meta
    if page.form is InputForm.HTML:
        html = html_to_pieces(page.text, page.utf8)
        pieces, meta = html.pieces, _merge_meta(page.meta, html.meta)
        if html.repairs:  # double-escaped references, undone before the parse
            repairs = sorted([*page.repairs, *html.repairs], key=lambda repair: (repair.broken, repair.fixed))
            page = replace(page, repairs=repairs)
        if html.removed:  # chrome dropped as elements (a share bar, an ad box): noise the report counts too
            page = replace(page, removed_chrome=html.removed)
        if html.printed is not None:  # a PDF's pages as pdf2htmlEX's positioned lines: read as the PDF's text
            page = printed_page(page, html.printed)
            pieces, meta = text_to_pieces(page.text), _merge_meta(meta, page.meta)
    else:
        pieces = text_to_pieces(page.text)
    # 2. Nesting the scraper flattened.
    pieces = infer_nesting(pieces)
    # 3. Sections, then everything that is not the article.
    starts = find_section_starts(pieces)
    if titles := next_post_starts(pieces, starts):
        return _posts_in_sequence(page, name, meta, pieces, titles)
    return _extract_post(page, name, meta, pieces, starts, page.part)


def _posts_in_sequence(page: Page, name: str, meta: SourceMeta, pieces: list[Piece], titles: list[int]) -> Extraction:
    """The posts of a page that holds several one after another (articles.py), each read as a page of its own and
    named as a part of it, as a feed's items are: the first's blueprint, the others' on its ``next_posts``.

    What the page's head says (its URL, title, dates) is the first post's; the page's repairs are counted once."""
    bounds = [0, *titles, len(pieces)]
    runs = [pieces[first:end] for first, end in pairwise(bounds)]
    posts = _read_posts(page, name, meta, runs)
    # A crawler that saved the page twice into one file repeats its post whole: one blueprint, not two of the
    # same role (an HR import would count every item twice). Told apart by what they say, not by their offsets.
    distinct: dict[bytes, int] = {}
    for n, post in enumerate(posts):
        distinct.setdefault(_post_key(post), n)
    if len(distinct) == len(posts):
        return replace(posts[0], next_posts=posts[1:])
    repeats = len(posts) - len(distinct)
    kept = [runs[n] for n in sorted(distinct.values())]
    # Read again under the names the remaining posts have: a page of one post has no part of its own.
    posts = (
        _read_posts(page, name, meta, kept)
        if len(kept) > 1
        else [_extract_post(page, name, meta, kept[0], find_section_starts(kept[0]), page.part)]
    )
    what = "its post" if len(kept) == 1 else "a post"
    warning = f"the page repeats {what} whole, as a crawler's double capture does: {repeats} repeat(s) not read"
    return replace(posts[0], warnings=[*posts[0].warnings, warning], next_posts=posts[1:])


def _read_posts(page: Page, name: str, meta: SourceMeta, runs: list[list[Piece]]) -> list[Extraction]:
    """Each run of pieces read as a post, named by its place: "3.1" is line 3's second post, as a JSON Lines list's."""
    # What the page says of itself, and what it took to read it, is no later post's.
    later = replace(page, meta=SourceMeta(), repairs=[], removed_chrome=0)
    posts = []
    for n, post in enumerate(runs):
        part = ".".join(filter(None, (page.part, str(n))))
        post_page, post_meta = (page, meta) if not n else (later, later.meta)
        posts.append(_extract_post(post_page, name, post_meta, post, find_section_starts(post), part))
    return posts


def _post_key(post: Extraction) -> bytes:
    """What a post says: its role and typed fields, without where on the page it stands."""
    return document_bytes({"role": post.document["role"], "fields": post.document["fields"]})


def _extract_post(
    page: Page, name: str, meta: SourceMeta, pieces: list[Piece], starts: list[SectionStart], part: str
) -> Extraction:
    """Steps 3 to 7 for one post of the page: its sections, header facts and typed fields, validated."""
    cut = cut_article(pieces, starts)
    before = _under_title(pieces[: starts[0].index] if starts else [], cut.title)  # the cut keeps none of it
    starts = cut.starts
    canonical = [s for s in starts if s.match.spec is not None]
    title_text = cut.title.text if cut.title else None
    if len(canonical) < _MIN_SECTIONS and not (title_text and "blueprint" in title_text.lower() and canonical):
        # A client-rendered page's body is the app shell: its article may sit in its JSON data island. Tried
        # only now, so an ordinary page never pays for it; the island's article is shorter than the page
        # holding it, so reading islands within islands ends.
        if (island := island_page(page, meta)) is not None:
            return extract_page(island, name)
        raise NotABlueprintError(
            "no role-blueprint sections found"
            if not canonical
            else f"only {len(canonical)} role-blueprint section(s) found; not a blueprint"
        )
    # 4. Sections with their sub-headings.
    sections = [_section(cut.pieces, starts, n) for n in range(len(starts))]
    warnings = _structure_warnings(sections)
    # 5. Header facts.
    summary = _section_blocks(sections, SectionId.ROLE_SUMMARY)
    # The department is often named where responsibilities are introduced.
    context = summary + [s for sec in sections if sec.id == SectionId.RESPONSIBILITIES for s in sec.blocks]
    role = role_facts(_title_candidates(title_text, meta, page, sections), context, sections)
    if role.title is None:
        warnings.append("no role title found")
    sections = _with_lead(sections, article_lead(before, role.title))
    # 6. Typed fields, section by section.
    fields, fields_json, quality = _typed_fields(sections, warnings, role.title)
    warnings += _itemless_section_warnings(sections, fields_json, warnings)
    # A horizon set apart from its label ("<strong>Role horizon:</strong><br>Current") is no one sentence the
    # header's rule reads, but the summary's parser reads it under its sub-heading: one horizon for the role.
    if role.horizon is None and fields.role_summary is not None and fields.role_summary.role_horizon is not None:
        role = role.model_copy(update={"horizon": fields.role_summary.role_horizon.horizon})
    # So is a reporting line stated inside another sentence ("..., with the reporting line usually into a
    # Director of Data Platform") or as a list item: the header reads only a paragraph of its own.
    if role.reporting_line is None and fields.role_summary is not None and fields.role_summary.reporting_line:
        role = role.model_copy(update={"reporting_line": fields.role_summary.reporting_line.reports_to})
    found = {s.id for s in sections}
    blueprint = Blueprint(
        source=Source(
            path=name,
            part=part or None,
            input_form=page.input_form.value,
            encoding=page.encoding,
            url=meta.url,
            slug=meta.slug,
            post_id=meta.post_id,
            date_published=meta.date_published,
            date_modified=meta.date_modified,
        ),
        role=role,
        fields=fields,
        quality=quality,
        sections=sections,
        missing_sections=[sid for sid in _CANONICAL if sid not in found],
    )
    # 7. Validate the JSON document against the committed schema. The typed fields are JSON data already
    #    (coverage read them), and so are the blocks (made with them): dump the rest and put them in their
    #    place, in the model's key order.
    document = blueprint.model_dump(mode="json", exclude={"fields", "sections"})
    document["fields"] = fields_json
    document["sections"] = [section_json(section) for section in sections]
    document = {key: document[key] for key in Blueprint.model_fields}
    validate(document)
    return Extraction(blueprint, document, page.repairs, page.removed_chrome + cut.removed, warnings)


def _typed_fields(
    sections: list[Section], warnings: list[str], title: str | None = None
) -> tuple[RoleFields, dict[str, Any], Quality]:
    """Run each canonical section's parser; measure how much of the article they placed.

    Returns the fields, the same as JSON data (dumped once, for coverage and for the document), and the quality.
    """
    parsed: dict[str, BaseModel] = {}
    for section in sections:
        parser = PARSERS.get(section.id)
        # A repeat of a section already parsed: its text is in no typed field.
        if parser is not None and section.id.value not in parsed:
            parsed[section.id.value] = parser(section)
    skills, tools = parsed.get(SectionId.TECHNICAL_SKILLS.value), parsed.get(SectionId.TOOLS.value)
    if isinstance(skills, TechnicalSkills) and isinstance(tools, Tools):
        # Skills name the page's own tools too: business tools (Gainsight, DocuSign) the gazetteer lacks.
        names = [name for row in tools.rows for tool in row.tools for name in tool.names]
        parsed[SectionId.TECHNICAL_SKILLS.value] = with_page_tools(skills, names)
    career = parsed.get(SectionId.CAREER_PATH.value)
    if isinstance(career, CareerPath):
        # A chain of roles through the page's own role (known only here) names its feeder and next roles.
        parsed[SectionId.CAREER_PATH.value] = with_own_role_chain(career, title)
    experience = parsed.get(SectionId.EXPERIENCE.value)
    if isinstance(experience, Experience):
        # A list of ranges by level names the page's own role (known only here) on one line: its years are those.
        parsed[SectionId.EXPERIENCE.value] = with_own_role_years(experience, title)
    fields = RoleFields(**parsed)
    fields_json = fields.model_dump(mode="json")
    counts: dict[str, list[int]] = {}  # canonical section id -> [covered, total]
    covered = total = unparsed = 0
    placed: set[str] = set()
    for section in sections:
        blocks = list(section.blocks) + [b for sub in section.subsections for b in sub.blocks]
        typed = None
        if section.id in PARSERS and section.id.value not in placed:
            placed.add(section.id.value)
            typed = fields_json[section.id.value]
            if typed["unparsed"]:
                unparsed += len(typed["unparsed"])
                warnings.append(f"{section.id.value}: {len(typed['unparsed'])} item(s) not placed in typed fields")
        section_covered, section_total, tables_whole, line_rows = coverage_counts(blocks, typed, section.id.value)
        if typed is not None:
            # Covered, but as paragraphs or as whole tables: a layout the parser did not recognise. Said, so
            # that a page in a new layout is not reported ok with its KPIs in the intro.
            # A table not in the text read leaves little or no prose: the prose findings say nothing of it.
            findings = prose_findings(typed, section_total) or empty_table_findings(
                section.id.value, typed, section_total, total
            )
            findings += table_findings(tables_whole)
            findings += label_findings(section.id.value, typed)
            if line_rows:
                findings += line_row_findings(line_rows)
            if section.id is SectionId.SCORECARD:
                # A table cut short reads as a role without tools or KPIs. `total` is the page's text so far.
                findings += scorecard_findings(typed, total)
            warnings += [f"{section.id.value}: {finding}" for finding in findings]
        if section.id in PARSERS:
            tally = counts.setdefault(section.id.value, [0, 0])
            tally[0] += section_covered
            tally[1] += section_total
        covered += section_covered
        total += section_total
    quality = Quality(
        coverage=round(covered / total, 4) if total else 0.0,
        unparsed_items=unparsed,
        sections={sid: round(c / t, 4) if t else 1.0 for sid, (c, t) in counts.items()},
    )
    return fields, fields_json, quality


def _merge_meta(given: SourceMeta, found: SourceMeta) -> SourceMeta:
    """REST fields win over what the HTML says."""
    return SourceMeta(
        url=given.url or found.url,
        slug=given.slug or found.slug,
        post_id=given.post_id or found.post_id,
        title=given.title or found.title,
        date_published=given.date_published or found.date_published,
        date_modified=given.date_modified or found.date_modified,
    )


def _title_candidates(
    title_text: str | None, meta: SourceMeta, page: Page, sections: list[Section]
) -> list[tuple[str, str | None]]:
    candidates: list[tuple[str, str | None]] = []
    if page.input_form is InputForm.WP_JSON:
        candidates.append(("wp_title", meta.title))
    candidates.append(("page_title", title_text))
    if page.input_form is not InputForm.WP_JSON:
        # The HTML <title>, or a reader crawler's "Title:" line reporting it (sources.py).
        candidates.append(("html_title", meta.title))
    candidates.append(("scorecard", _scorecard_title(sections)))
    return candidates


def _scorecard_title(sections: list[Section]) -> str | None:
    """Section 20's "Role title" row."""
    for block in _section_blocks(sections, SectionId.SCORECARD):
        if block.kind == BlockKind.TABLE:
            for row in block.rows or []:
                if len(row) >= 2 and row[0].strip().lower() == "role title":
                    return row[1].strip()
    return None


def _under_title(before: list[Piece], title: Block | None) -> list[Piece]:
    """The pieces after the page's title among those before the first section: a lead sits under the title; what
    is above it (a saved page's excerpt, a menu, a banner) is the site's."""
    at = next((k for k, piece in enumerate(before) if piece.block is title), None) if title is not None else None
    return before if at is None else before[at + 1 :]


def _with_lead(sections: list[Section], lead: list[Block]) -> list[Section]:
    """The sections, the article's lead under its title (noise.article_lead) made the first paragraphs of the role
    summary when the article opens with it: the lead says what the role is, as the summary does."""
    if not lead or not sections or sections[0].id is not SectionId.ROLE_SUMMARY:
        return sections
    summary = sections[0].model_copy(update={"blocks": [*lead, *sections[0].blocks]})
    return [summary, *sections[1:]]


def _section_blocks(sections: list[Section], section_id: SectionId) -> list[Block]:
    for section in sections:
        if section.id == section_id:
            return list(section.blocks) + [b for sub in section.subsections for b in sub.blocks]
    return []


def _section(pieces: list[Piece], starts: list[SectionStart], n: int) -> Section:
    start = starts[n]
    stop = starts[n + 1].index if n + 1 < len(starts) else len(pieces)
    spec = start.match.spec
    section_id = SectionId(spec.id) if spec else SectionId.OTHER
    key_space = section_id.value  # read once: an enum's .value is a Python property
    body = [p.block for p in pieces[start.index + 1 : stop]]
    intro: list[Block] = []
    subsections: list[tuple[str | None, str, list[Block]]] = []
    current = intro  # where the next block goes: the intro, then the last sub-heading's blocks
    for block, following in zip(body, [*body[1:], None]):
        kind = block.kind
        if kind is not _HEADING and kind is not _PARAGRAPH:  # most blocks: list items, and tables
            current.append(block)
            continue
        # A known sub-heading with nothing under it yet: the next short lead may restate it.
        opened = subsections[-1][1] if subsections and not current and subsections[-1][0] else None
        if kind is _HEADING or _plays_subheading(
            key_space, block.text, following, opened, opened is not None and _same_span(block, following)
        ):
            # The sub-heading's words, without the emoji decorating them ("🎯 Strategic responsibilities").
            title = undecorated(block.text.strip()).rstrip(":").strip()
            current = []
            subsections.append((subheading_key(key_space, title), title, current))
        elif labelled := _labelled_items(key_space, block):  # a paragraph
            # "Scale or complexity context – Typically 100–500 services ...": a known sub-heading and
            # its one item on one line (with two or more items the inline-list rule already split it), or
            # its list run on after a colon ("Requires team approval: changes to ..., new ..., ...").
            (key, title), current = labelled
            subsections.append((key, title, current))
        elif current and subsections and subsections[-1][0] and (
            between := _between_labelled(key_space, block, following)
        ):
            # "Workflow and production cycle – Write, edit, ...": no sub-heading phrase knows it, but it stands
            # between two known ones of the same "Title – item" form, where only a sub-heading does.
            subsections.append((None, between[0], current := [between[1]]))
        else:
            current.append(block)
    # Built unchecked, as blocks are (~100 models a page; the validators cost 0.2 ms a page, checking every block
    # of their lists again): the id is a SectionId, the number an int or None and the titles and keys strs, as
    # classify_heading and subheading_key give them, the lists are new; the schema checks them in the document.
    return built_model(
        Section,
        {
            "id": section_id,
            "number": start.match.number,
            "title": start.match.title,
            "blocks": intro,
            "subsections": [
                built_model(Subsection, {"key": key, "title": title, "blocks": blocks})
                for key, title, blocks in subsections
            ],
        },
    )


_INNER_COLON = re.compile(r":\s*\S")
_PARENTHESISED = re.compile(r"\([^)]*\)")
_HEADING, _PARAGRAPH = BlockKind.HEADING, BlockKind.PARAGRAPH
_LIST_OR_TABLE = (BlockKind.LIST_ITEM, BlockKind.TABLE)


_LABEL_WORDS = 6


@lru_cache(maxsize=1)
def _colon_labels() -> dict[str, frozenset[str]]:
    labels = load_vocab("subheadings.json")["_colon_labels"]
    return {key: frozenset(labels[key]) for key in ("sections", "inline_lists", "parser_read")}


def _labelled_items(section_id: str, block: Block) -> tuple[tuple[str, str], list[Block]] | None:
    """((key, title), items) when a paragraph opens with a known sub-heading, a dash or a colon and its text.

    "**Infrastructure environment:** Public cloud, ..." labels its item as the dash form does, in the sections
    whose sub-headings hold lists (elsewhere "Role horizon: Current" is a fact its parser reads); only a
    known sub-heading of the section splits, so a prose sentence with a colon stays whole.
    """
    title, item = split_title_detail(block.text)
    if item is not None and not (item[:1].isupper() or item[:1].isdigit()):
        # Prose goes on after the dash: "Weekly – or more often during launches"; a number opens an item as a
        # capital does: "Scale or complexity context – 6–8 brand accounts, 25–40 posts per week".
        return None
    colon_labels = _colon_labels()
    colon = inline_list = False
    if item is None and section_id in colon_labels["sections"]:
        # After a colon any start: "Can decide independently: validation thresholds, ..." (the known
        # sub-heading before it is what marks the label).
        title, item = split_at_colon(block.text, _LABEL_WORDS) or (title, None)
        colon = item is not None
        # A capital opens a sentence or one item ("New expectations: Fluency with LLM APIs, ..."); the text
        # going on in lower case is the label's list run on ("Requires team approval: changes to ..., ...").
        inline_list = colon and not item[:1].isupper() and section_id in colon_labels["inline_lists"]
    if item is None:
        return None
    title = undecorated(title)
    if len(title.split()) > _LABEL_WORDS:
        return None
    if (key := subheading_key(section_id, title)) is None and not (colon and _names_own_heading(section_id, title)):
        return None
    if colon and key in colon_labels["parser_read"]:
        return None  # "Budget and hiring authority: ...": a line the section's parser reads wherever it stands
    offset = block.end - len(item)  # where the item starts in the page
    pieces = _inline_items(item) if inline_list else [item]
    items = []
    for piece in pieces:
        start = offset + max(0, item.find(piece))
        items.append(Block.list_item(piece, max(block.start, start), min(block.end, start + len(piece)), 0, "–"))
    return (key, title), items


def _between_labelled(section_id: str, block: Block, following: Block | None) -> tuple[str, Block] | None:
    """(title, item) of a "Title – Item" paragraph that the next paragraph follows as a known sub-heading with
    its item on one line: after a known sub-heading's items (the caller checks), the title between the two is
    a sub-heading of its own, not a line of the list above ("Workflow and production cycle – Write, edit, ...").
    Only in the tech stack, whose environments are named freely: elsewhere such a line is an item of the list
    above it (a risk's "Hidden constraints – ..." before "Bottlenecks – ...")."""
    if following is None or following.kind is not _PARAGRAPH or section_id != SectionId.TECH_STACK.value:
        return None
    title, item = split_title_detail(block.text)
    if item is None or not (item[:1].isupper() or item[:1].isdigit()) or not title[:1].isupper():
        return None
    if len(title.split()) > _LABEL_WORDS or title[-1] in ".:;,!?)":
        return None
    after, after_item = split_title_detail(following.text)
    if after_item is None or len(after.split()) > _LABEL_WORDS:
        return None
    if subheading_key(section_id, undecorated(after)) is None:
        return None
    start = max(block.start, block.end - len(item))
    return title, Block.list_item(item, start, block.end, 0, "–")


def _names_own_heading(section_id: str, label: str) -> bool:
    """Whether a label no sub-heading phrase knows still names a sub-heading of the section by its last word:
    "Reporting environment: ..." in the tech stack is an environment of its own, as "Data environment" is."""
    ends = load_vocab("subheadings.json")["_colon_labels"]["heading_ends"].get(section_id)
    head, _, last = label.rpartition(" ")
    return bool(ends and head) and last.lower() in ends  # "Environment: ..." alone names none


_MIN_COMMA_ITEMS = 3  # "A, B" is more often one item ("clean, governed data"); "A, B, C" a list


def _inline_items(text: str) -> list[str]:
    """The items of a sub-heading's list written after its label on one line, as a list under the heading gives
    them: "changes to methodology, new factor sources, changes to the owner matrix" → 3 items. Split at
    semicolons, else at three or more commas; a lone word before a semicolon makes no list ("none; may evaluate
    tools"), nor does a line with too few commas: one item then."""
    pieces = split_enumeration(text, ";")
    if len(pieces) > 1 and all(" " in piece for piece in pieces):
        return pieces
    by_comma = [] if ";" in text else split_enumeration(text, ",")
    return by_comma if len(by_comma) >= _MIN_COMMA_ITEMS else [text]


def _same_span(block: Block, following: Block | None) -> bool:
    """Whether the next block comes from the same element of the page as this one: an HTML paragraph's lines
    ("<p>Examples of unplanned work:<br>– Temperature excursion ...<br>– ...</p>") all carry its span."""
    return following is not None and following.start == block.start and following.end == block.end


def _plays_subheading(
    section_id: str, text: str, following: Block | None, opened: str | None = None, lead_in: bool = False
) -> bool:
    """A short paragraph that plays a heading inside a section.

    ``opened``: the title of a known sub-heading the paragraph comes right under, nothing between them.
    ``lead_in``: right under that sub-heading, the paragraph is the first line of the element its list is typed
    in ("<p>Examples of unplanned work:<br>– ...</p>"): the lead-in of the sub-heading's list, no heading of its
    own unless its words name a known sub-heading. Further on, a lead line of this form still heads its list, as
    each of a run of "<p><strong>Data deliverables:</strong><br>– ...</p>" does.
    """
    text = undecorated(text.strip())
    # A sentence is no heading, nor is a labelled fact: "Role horizon: Current". Asked first: the cheapest.
    if text.endswith((".", ";", ",", "!", "?")) or _INNER_COLON.search(text):
        return False
    words = text.split(None, 14)  # all of them, unless there are too many for a heading
    # A known heading's parenthesised qualifier may run long ("How AI changes the role over
    # the next 2–5 years (Current → more platform- and governance-centric)"): not counted.
    own_words = _PARENTHESISED.sub(" ", text).split(None, 14) if "(" in text else words
    if not own_words or len(own_words) > 14:
        return False
    if subheading_key(section_id, text):
        return True
    if lead_in:
        return False
    before_list = following is not None and following.kind in _LIST_OR_TABLE
    return (
        before_list
        and text[:1].isupper()
        and len(words) <= 10
        and "," not in _PARENTHESISED.sub("", text)
        and (not text.endswith(":") or (len(words) <= 6 and not (opened and _introduces(opened, words))))
    )


def _introduces(heading: str, words: list[str]) -> bool:
    """Whether a colon lead right under a known sub-heading introduces that sub-heading's list: it restates the
    heading, or it is a clause cut before its list ("Moving to multi-unit leadership requires:") where a new
    sub-heading would be a name ("Mentoring expectations:"), or one that opens with an infinitive of purpose
    ("To move to Senior Curator:"): a sub-heading's name opens with no "To" and a verb."""
    return (
        words[-1][:-1].lower() in _list_lead_ends()
        or (len(words) > 1 and words[0].lower() in _list_lead_opens() and words[1][:1].islower())
        or _restates(heading, " ".join(words))
    )


@lru_cache(maxsize=1)
def _list_lead_ends() -> frozenset[str]:
    return frozenset(load_vocab("subheadings.json")["_list_leads"]["ends"])


@lru_cache(maxsize=1)
def _list_lead_opens() -> frozenset[str]:
    return frozenset(load_vocab("subheadings.json")["_list_leads"]["opens"])


_STEM_LETTERS = 5  # "promotion" and "promotions", "promote" share them; shorter words are mostly function words
_WORD_LETTERS = re.compile(rf"[^\W\d_]{{{_STEM_LETTERS},}}")


def _restates(heading: str, lead: str) -> bool:
    """Whether a lead shares a word with the heading above it: "Skills needed for promotion (…)", then
    "Promotion typically requires:" introduces that heading's list rather than opening a sub-section."""
    stems = {word[:_STEM_LETTERS].lower() for word in _WORD_LETTERS.findall(_PARENTHESISED.sub(" ", heading))}
    return any(word[:_STEM_LETTERS].lower() in stems for word in _WORD_LETTERS.findall(lead))


def _structure_warnings(sections: list[Section]) -> list[str]:
    warnings: list[str] = []
    numbers = [section_specs()[s.id.value].number for s in sections if s.id != SectionId.OTHER]
    seen: set[SectionId] = set()
    for section in sections:
        if section.id != SectionId.OTHER and section.id in seen:
            warnings.append(f"section {section.id.value} appears more than once")
        seen.add(section.id)
    if numbers != sorted(numbers):
        warnings.append("sections out of order")
    missing = [sid for sid in _CANONICAL if sid not in seen]
    if missing:
        last = max(numbers) if numbers else 0
        after = [sid for sid in missing if section_specs()[sid.value].number > last]
        if after and len(after) == len(missing):
            warnings.append(f"truncated after section {last}: missing {', '.join(s.value for s in missing)}")
        else:
            warnings.append(f"missing sections: {', '.join(s.value for s in missing)}")
    others = [s.title for s in sections if s.id == SectionId.OTHER]
    if others:
        warnings.append(f"unknown sections kept: {', '.join(others)}")
    return warnings


# The sections that are a list on every page, what their items are called and the fields they go to (a day's
# activities to six; the table sections have their own finding, coverage.empty_table_findings). Found with no item
# read, their list was lost: dropped as page chrome (an accordion's box read as a header, a tab widget as a menu),
# or written in a way the parser does not read.
_ITEM_LISTS = {
    SectionId.RESPONSIBILITIES: ("items", ("items",)),
    SectionId.DELIVERABLES: ("items", ("items",)),
    SectionId.TECHNICAL_SKILLS: ("skills", ("skills",)),
    SectionId.SOFT_SKILLS: ("skills", ("skills",)),
    SectionId.DAY_TO_DAY: (
        "activities",
        ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work", "other"),
    ),
}
# A page this long (characters of text: ~1,600 words; the seeds hold ~35,000) writes each section out; a stub or an
# excerpt may sum one up in a line.
_ITEMS_EXPECTED_FROM = 10_000


def _itemless_section_warnings(sections: list[Section], fields: dict[str, Any], warnings: list[str]) -> list[str]:
    """A warning for each list section found under its heading with no item read, on a page long enough to list;
    none for a section the coverage findings already warn of (its text read as prose)."""
    itemless = [
        section.id
        for section in sections
        if (lists := _ITEM_LISTS.get(section.id)) is not None
        and (section_fields := fields.get(section.id.value))
        and not any(section_fields.get(key) for key in lists[1])
    ]
    itemless = [sid for sid in itemless if not any(w.startswith(f"{sid.value}: ") for w in warnings)]
    if not itemless:  # every page but a broken one: its text is not weighed
        return []
    blocks = [b for s in sections for b in (*s.blocks, *(b for sub in s.subsections for b in sub.blocks))]
    if sum(len(b.text) for b in blocks) < _ITEMS_EXPECTED_FROM:
        return []
    return [
        f"{sid.value}: no {_ITEM_LISTS[sid][0]} were read under its heading: its list was dropped (as page chrome?)"
        " or is written in a form not read"
        for sid in dict.fromkeys(itemless)
    ]
