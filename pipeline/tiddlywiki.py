"""TiddlyWiki 5 tiddler files (".tid") read as the markdown the text reader knows.

A tiddler file opens with its fields, one "name: value" a line (created, modified, tags, title, type), then a
blank line and the body. The fields are no text: :func:`read_tiddler` blanks them and reads the title, the dates
(TiddlyWiki's 17-digit UTC "YYYYMMDDhhmmssSSS") and the type, which says how the body is written: wikitext
("text/vnd.tiddlywiki", or no type), markdown or plain text. The suffix and the header are the detector: no
other page pays for this reader.

Wikitext is rewritten line by line into markdown (:func:`wikitext_as_markdown`), every line as long as it was,
padded with spaces, so the blocks' offsets stay true: headings "!! Title", lists "#* sub" (the last marker says
the kind, their count the depth), tables "|!Header |h" with caption "|…|c" and class "|…|k" rows, "''bold''",
"//italic//" and the other inline marks, links "[[Text|Target]]", macros "<<name>>", transclusions "{{Tiddler}}",
widgets "<$button>…</$button>", styles "@@…@@", "<<<" quote fences and "\\define" pragmas.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from .markuplines import join_lines, split_lines

__all__ = ["Tiddler", "read_tiddler", "wikitext_as_markdown"]

# A header field, "modified: 20261120093011000": a lowercase name (TiddlyWiki's own, or a plugin's "x-y.z").
_FIELD = re.compile(r"([a-z][\w.\-]*):[ \t]?(.*)")
# A tiddler date: UTC to the millisecond, read to the second as the REST reader gives dates.
_DATE = re.compile(r"\d{14}(?:\d{3})?")
# The types a body may be written in; any other (or none) is wikitext, TiddlyWiki's default.
_MARKDOWN_TYPES = frozenset(("text/x-markdown", "text/markdown"))
_PLAIN_TYPES = frozenset(("text/plain",))

# A heading "!! 1) Role Summary": one "!" a level; "#" as many, the line as long.
_HEADING = re.compile(r"(!{1,6})[ \t]*(?=\S)")
# A list item: a run of "*" (bullet), "#" (numbered), ">" (quote) and ";"/":" (definition) markers, one per
# level, then the item's text. Markdown's "- " is the item of the shortest rewrite, one space of indent a level
# deeper; a quote or definition line's text is kept as its own line.
_LIST_ITEM = re.compile(r"([*#;:>]+)[ \t]*(?=\S)")
# A table row "|cell |cell |" and its kind after the last pipe: "h" header, "f" footer, "c" caption, "k" class.
_ROW = re.compile(r"\|.*\|([hfck]?)[ \t]*")
_NO_ROWS = frozenset("ck")  # a caption names the table (a row of no column), a class row styles it
# A header cell's "!" after its border, "|!Metric name |".
_HEADER_CELL = re.compile(r"\|[ \t]*!")
# A pragma line "\define name(params)", "\import [[X]]", "\rules except …", "\whitespace trim": no text.
# A "\define" or "\procedure" whose body opens on the next line runs to its "\end".
_PRAGMA = re.compile(r"\\(?:define|procedure|function|widget|import|rules|whitespace|parameters|relink)\b")
_MULTILINE_PRAGMA = re.compile(r"\\(?:define|procedure|function|widget)\s+[^\s(]+\([^)\n]*\)\s*$")
_PRAGMA_END = "\\end"
# A control widget (a button, a checkbox, a text box) with its label: the reader's, not the article's text.
_CONTROL = re.compile(
    r"<\$(button|checkbox|radio|select|edit-text|edit|dropzone|range|keyboard)\b[^>]*(?:/>|>.*?</\$\1>)", re.DOTALL
)
# Any other widget's tag "<$link to=…>" / "</$link>": its content is text.
_WIDGET_TAG = re.compile(r"</?\$[\w.-]+[^>]*>")
# A macro call "<<toc-selective-expandable 'Role Blueprints'>>", a transclusion "{{Nav}}" / "{{!!title}}" /
# "{{X||Template}}", a filtered one "{{{ [tag[X]] }}}": no text.
_MACRO = re.compile(r"<<[^<>\n]*?>>")
_TRANSCLUSION = re.compile(r"\{\{\{.*?\}\}\}|\{\{[^{}\n]*\}\}")
# Links: "[[Text|Target]]" its text, "[[Target]]" its target, "[ext[Text|url]]" its text, an image "[img[…]]" none.
_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|[^\[\]\n]*)?\]\]")
_EXTERNAL_LINK = re.compile(r"\[ext\[([^\[\]|\n]*)(?:\|[^\[\]\n]*)?\]\]")
_IMAGE = re.compile(r"\[img[^\[\]\n]*\[[^\[\]\n]*\]\]")
# A styled run "@@color:red;text@@" / "@@.note text@@": its text, its CSS and class dropped.
_STYLE = re.compile(r"@@((?:\s*[\w-]+:[^;@\n]*;)*)(?:\.[\w-]+\s+)*(.*?)@@")
# Inline marks around text, read as their text; bold as markdown's "**" (as long as "''").
_BOLD = re.compile(r"''(?=\S)(.+?)(?<=\S)''")
_MARKS = re.compile(r"(?<![:/])//(?=\S)(.+?)(?<=\S)//|__(?=\S)(.+?)(?<=\S)__|~~(.+?)~~|\^\^(.+?)\^\^|,,(.+?),,")
_QUOTE_FENCE = "<<<"  # a block quote's fence, "<<<" or "<<<.class": its lines are the quote's text
_CODE_FENCE = "```"


class Tiddler(NamedTuple):
    """A tiddler file as the text reader takes it: its text (header blanked, body as markdown when it was
    wikitext), whether that is markdown, and what its header says."""

    text: str
    markdown: bool
    title: str | None
    created: str | None
    modified: str | None


def read_tiddler(text: str) -> Tiddler:
    """The tiddler's fields read and blanked (lines kept, so offsets hold), its body as its type says."""
    bodies, ends = split_lines(text)
    fields: dict[str, str] = {}
    k = 0
    while k < len(bodies) and (field := _FIELD.fullmatch(bodies[k].strip())):
        fields.setdefault(field.group(1), field.group(2).strip())
        bodies[k] = " " * len(bodies[k])
        k += 1
    kind = fields.get("type", "").lower()
    markdown = kind in _MARKDOWN_TYPES
    if not fields or not (markdown or kind in _PLAIN_TYPES):
        _rewrite(bodies, k)
        markdown = True
    return Tiddler(
        join_lines(bodies, ends),
        markdown,
        fields.get("title") or None,
        _tiddler_date(fields.get("created")),
        _tiddler_date(fields.get("modified")),
    )


def _tiddler_date(value: str | None) -> str | None:
    """"20261103141522000" as "2026-11-03T14:15:22"; None for a value that is no tiddler date."""
    if not value or not _DATE.fullmatch(value):
        return None
    try:
        return datetime.strptime(value[:14], "%Y%m%d%H%M%S").isoformat()
    except ValueError:
        return None


def wikitext_as_markdown(text: str) -> str:
    """A tiddler's wikitext body as markdown, every line as long as it was."""
    bodies, ends = split_lines(text)
    _rewrite(bodies, 0)
    return join_lines(bodies, ends)


def _rewrite(bodies: list[str], start: int) -> None:
    """The lines from ``start`` on rewritten in place as markdown; code blocks kept, pragmas blanked."""
    code = False
    pragma = False
    for k in range(start, len(bodies)):
        line = bodies[k]
        stripped = line.strip()
        if stripped.startswith(_CODE_FENCE):
            code = not code
            continue
        if code:
            continue
        if pragma or (stripped[:1] == "\\" and _PRAGMA.match(stripped)):
            pragma = (pragma and stripped != _PRAGMA_END) or (not pragma and bool(_MULTILINE_PRAGMA.match(stripped)))
            bodies[k] = " " * len(line)
        elif stripped.startswith(_QUOTE_FENCE):
            bodies[k] = " " * len(line)
        elif stripped:
            bodies[k] = _markdown_line(line).ljust(len(line))


def _markdown_line(line: str) -> str:
    """One wikitext line as markdown, no longer than it was. The line's own marker is read before its inline
    marks: "''Core mission:''" opens with no list item's "*"."""
    first = line[:1]
    if first == "!" and (heading := _HEADING.match(line)):
        return "#" * len(heading.group(1)) + " " + _inline(line[heading.end() :])
    if first in "*#;:>" and (item := _LIST_ITEM.match(line)):
        markers = item.group(1)
        text = _inline(line[item.end() :])
        return text if markers[-1] in ";:>" else " " * (len(markers) - 1) + "- " + text
    if first == "|" and (row := _ROW.fullmatch(line)):
        if row.group(1) in _NO_ROWS:
            return ""
        return _inline(_HEADER_CELL.sub("|", line[: row.start(1)]))
    return _inline(line)


def _inline(line: str) -> str:
    """The line's inline markup read as text: widgets, macros and transclusions gone, links as their text."""
    out = line
    if "<" in out:
        out = _CONTROL.sub("", out)
        out = _WIDGET_TAG.sub("", out)
        out = _MACRO.sub("", out)
    if "{{" in out:
        out = _TRANSCLUSION.sub("", out)
    if "[" in out:
        out = _IMAGE.sub("", out)
        out = _EXTERNAL_LINK.sub(r"\1", out)
        out = _LINK.sub(r"\1", out)
    if "@@" in out:
        out = _STYLE.sub(r"\2", out)
    if "''" in out:
        out = _BOLD.sub(r"**\1**", out)
    if "//" in out or "__" in out or "~~" in out or "^^" in out or ",," in out:
        out = _MARKS.sub(lambda m: next(g for g in m.groups() if g is not None), out)
    return out
