"""The Google Docs API's documents.get answer, as the article object the JSON reader reads.

A document is {"title", "documentId", "revisionId", "body": {"content": [StructuralElement, ...]}, "lists": {listId:
{"listProperties": {"nestingLevels": [{"glyphType" | "glyphSymbol"}, ...]}}}, "headers", "footers", "inlineObjects",
...}. A structural element is a "paragraph" (its "elements"' textRun contents joined, each ending in "\n"; a
"bullet" makes it a list item), a "table", a "tableOfContents" (the headings again: dropped) or a "sectionBreak".
Headers, footers and inline objects (images) are page furniture and never read. The API gives no url nor date.
"""

from __future__ import annotations

import html
import re

from .headless import nonblank

__all__ = ["gdocs_api_article"]


_BODY, _CONTENT, _LISTS = "body", "content", "lists"
_HEADINGS = {"TITLE": "h1", **{f"HEADING_{n}": f"h{n}" for n in range(1, 7)}}
# Glyph types Docs numbers with; any other list (a glyphSymbol's) is bulleted.
_NUMBERED = frozenset(("DECIMAL", "ZERO_DECIMAL", "ALPHA", "UPPER_ALPHA", "ROMAN", "UPPER_ROMAN"))
_SOFT_BREAK = "\u000b"  # how Docs stores a line break inside a paragraph
# A draft's furniture written as paragraphs: an editor's bracketed note to the team ("[Internal: check the numbers
# with Maria]", "[TODO: ...]") and the closing mark of the document ("— End of blueprint. Questions: ... —").
_EDITOR_NOTE = re.compile(r"\[[A-Z][A-Za-z ]{0,24}:[^\]]*\]")
_END_MARK = re.compile(r"[—–-]+\s*end of\b", re.IGNORECASE)


def gdocs_api_article(data: dict) -> dict | None:
    """A documents.get answer as an article object: its body as HTML, its "title"; None for any other object."""
    body = data.get(_BODY)
    content = body.get(_CONTENT) if isinstance(body, dict) else None
    if not isinstance(content, list) or not isinstance(data.get("documentId"), str):
        return None
    lists = data.get(_LISTS)
    article = _Body(lists if isinstance(lists, dict) else {}).html(content)
    return {"html": article, "title": nonblank(data.get("title"))} if article.strip() else None


class _Body:
    """Renders structural elements, keeping the open list across them: a list id that runs on past a heading
    (one numbering across sub-headings) goes on counting where it stopped."""

    def __init__(self, lists: dict) -> None:
        self.lists = lists
        self.counts: dict[str, int] = {}  # items rendered so far per list id, for an <ol start> that runs on
        # closing tags of the open list levels, innermost last: "</li></ul>" once the level holds an item, an item
        # left open until the next one so that its detail lines and a deeper list go inside it
        self.open: list[str] = []
        self.list_id: str | None = None
        self.after_image = False  # whether the last paragraph held only an image
        self.parts: list[str] = []

    def html(self, content: list) -> str:
        for element in content:
            if not isinstance(element, dict):
                continue
            if isinstance(paragraph := element.get("paragraph"), dict):
                self._paragraph(paragraph)
            elif isinstance(table := element.get("table"), dict):
                self._close_list()
                self.parts.append(_table_html(table))
        self._close_list()
        return "".join(self.parts)

    def _paragraph(self, paragraph: dict) -> None:
        elements = paragraph.get("elements")
        text = _runs_html(elements)
        after_image, self.after_image = self.after_image, not text and _holds_image(elements)
        if after_image and text.startswith("<em>") and text.endswith("</em>"):
            return  # Docs has no captions: an italic line under an image is its caption, dropped with it
        if _is_furniture(elements):
            return
        bullet = paragraph.get("bullet")
        if isinstance(bullet, dict) and isinstance(bullet.get("listId"), str):
            self._item(bullet["listId"], bullet.get("nestingLevel") or 0, text)
            return
        style = paragraph.get("paragraphStyle") or {}
        if self.open and text and style.get("indentStart") and style.get("namedStyleType") == "NORMAL_TEXT":
            # An unbulleted paragraph indented under a list item ("– Use: ...") is that item's detail line.
            self.parts.append(f"<p>{text}</p>")
            return
        self._close_list()
        if text:
            tag = _HEADINGS.get(style.get("namedStyleType"), "p")
            self.parts.append(f"<{tag}>{text}</{tag}>")

    def _item(self, list_id: str, level: int, text: str) -> None:
        if list_id != self.list_id:
            self._close_list()
            self.list_id = list_id
        while len(self.open) > level + 1:
            self.parts.append(self.open.pop())
        if len(self.open) == level + 1 and self.open[-1].startswith("</li>"):
            self.parts.append("</li>")
        while len(self.open) < level + 1:
            self._open_level(list_id, len(self.open))
        self.counts[list_id] = self.counts.get(list_id, 0) + (not level)
        self.parts.append(f"<li>{text}")
        self.open[-1] = "</li>" + self.open[-1].removeprefix("</li>")

    def _open_level(self, list_id: str, level: int) -> None:
        tag = "ol" if self._numbered(list_id, level) else "ul"
        start = self.counts.get(list_id, 0) + 1 if not level else 1
        self.parts.append(f'<ol start="{start}">' if tag == "ol" and start > 1 else f"<{tag}>")
        self.open.append(f"</{tag}>")

    def _numbered(self, list_id: str, level: int) -> bool:
        entry = self.lists.get(list_id)
        levels = ((entry or {}).get("listProperties") or {}).get("nestingLevels") if isinstance(entry, dict) else None
        if not isinstance(levels, list) or not levels:
            return False
        glyph = levels[min(level, len(levels) - 1)]
        return isinstance(glyph, dict) and glyph.get("glyphType") in _NUMBERED

    def _close_list(self) -> None:
        while self.open:
            self.parts.append(self.open.pop())
        self.list_id = None


def _holds_image(elements: object) -> bool:
    return isinstance(elements, list) and any(isinstance(e, dict) and "inlineObjectElement" in e for e in elements)


def _is_furniture(elements: object) -> bool:
    """Whether a paragraph is an editor's bracketed note or the document's end mark, by its text alone."""
    if not isinstance(elements, list):
        return False
    runs = [e.get("textRun") for e in elements if isinstance(e, dict)]
    text = "".join(r["content"] for r in runs if isinstance(r, dict) and isinstance(r.get("content"), str)).strip()
    return bool(text) and text[0] in "[—–-" and bool(_EDITOR_NOTE.fullmatch(text) or _END_MARK.match(text))


def _runs_html(elements: object) -> str:
    """A paragraph's text runs joined, its closing newline dropped; inline objects, auto text and the like dropped."""
    if not isinstance(elements, list):
        return ""
    parts = []
    for element in elements:
        run = element.get("textRun") if isinstance(element, dict) else None
        # A suggested insertion is not yet the document's text (the editor may reject it): left out. A suggested
        # deletion still is, until accepted: kept.
        if not isinstance(run, dict) or run.get("suggestedInsertionIds") or not isinstance(run.get("content"), str):
            continue
        text = html.escape(run["content"].replace("\n", ""), quote=False).replace(_SOFT_BREAK, "<br>")
        style = run.get("textStyle") or {}
        if text.strip() and style.get("italic"):
            text = f"<em>{text}</em>"
        if text.strip() and style.get("bold"):
            text = f"<strong>{text}</strong>"
        parts.append(text)
    return "".join(parts).strip()


def _table_html(table: dict) -> str:
    rows = [row.get("tableCells") for row in table.get("tableRows") or () if isinstance(row, dict)]
    rows = [[_cell_html(cell) for cell in cells if isinstance(cell, dict)] for cells in rows if isinstance(cells, list)]
    if not rows:
        return ""
    # Docs has no header cells: a first row all bold is the header.
    header = all(text.startswith("<strong>") and text.endswith("</strong>") for text in rows[0] if text)
    lines = []
    for index, cells in enumerate(rows):
        tag = "th" if header and not index else "td"
        lines.append("<tr>" + "".join(f"<{tag}>{text}</{tag}>" for text in cells) + "</tr>")
    return "<table>" + "".join(lines) + "</table>"


def _cell_html(cell: dict) -> str:
    """A cell's paragraphs as lines of one cell."""
    paragraphs = [e.get("paragraph") for e in cell.get(_CONTENT) or () if isinstance(e, dict)]
    texts = [_runs_html(p.get("elements")) for p in paragraphs if isinstance(p, dict)]
    return "<br>".join(text for text in texts if text)
