"""Confluence's REST API content objects, as the article objects the JSON reader reads.

GET /wiki/rest/api/content/ID?expand=body.storage,version,history answers {"id", "type": "page"|"blogpost",
"title", "body": {"storage": {"value", "representation"}}, "version": {"when"}, "history": {"createdDate"},
"_links": {"base", "webui"}}; a search or a space's listing {"results": [content, ...]}. The body's "view" and
"export_view" are HTML as the site shows it, read as they are. Its "storage" is XHTML holding Confluence's own
elements (ac:structured-macro, ac:task-list, ac:layout, ac:link, ri:page), which no HTML reader knows: they are
rendered here once, in one pass, into the plain HTML the reader reads (a callout <div>, <details>, <ul>, <pre>).
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from lxml import etree

from .feeds import utc_date

__all__ = ["confluence_articles"]

_CONTENT_TYPES = frozenset(("page", "blogpost"))
_LISTING = "results"
# The body representations, the one the site shows first; "storage" is the editor's XHTML.
_HTML_BODIES = ("view", "export_view", "styled_view", "storage", "editor")
_ELEMENT_MARK = re.compile(r"<(?:ac|ri):")


def confluence_articles(data: dict) -> object | None:
    """A content object, or a listing's (one the file's only page), as article objects; None for any other JSON."""
    if _is_content(data):
        return _article(data)
    results = data.get(_LISTING)
    if not isinstance(results, list) or not results or not any(map(_is_content, results)):
        return None
    articles = [_article(entry) if _is_content(entry) else entry for entry in results]
    return articles[0] if len(articles) == 1 else articles


def _is_content(value: object) -> bool:
    return isinstance(value, dict) and value.get("type") in _CONTENT_TYPES and isinstance(value.get("body"), dict)


def _article(content: dict) -> dict:
    """The content object's body as HTML, its title, id, url (the site's base and the page's web path) and dates."""
    links = content.get("_links") if isinstance(content.get("_links"), dict) else {}
    base, path = _text(links.get("base")), _text(links.get("webui"))
    history = content.get("history") if isinstance(content.get("history"), dict) else {}
    version = content.get("version") if isinstance(content.get("version"), dict) else {}
    ident = content.get("id")
    return {
        "html": _body_html(content["body"]),
        "title": _text(content.get("title")),
        "id": int(ident) if isinstance(ident, str) and ident.isdigit() else ident,
        "url": base + path if base and path else None,
        "date_published": utc_date(_text(history.get("createdDate"))),
        "date_modified": utc_date(_text(version.get("when"))),
    }


def _body_html(body: dict) -> str:
    """The first representation holding text; storage XHTML (anywhere: an export may save it as "view") rendered."""
    for key in _HTML_BODIES:
        field = body.get(key)
        value = _text(field.get("value")) if isinstance(field, dict) else None
        if value and not value.isspace():
            return storage_html(value) if _ELEMENT_MARK.search(value) else value
    return ""


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


# Storage format ------------------------------------------------------------------------------------------------------

_AC = "http://atlassian.com/content"
_RI = "http://atlassian.com/resource/identifier"
_NAMESPACES = f' xmlns:ac="{_AC}" xmlns:ri="{_RI}"'
_ROOT = f"<root{_NAMESPACES}>"
# XHTML knows only XML's five named entities; the editor writes HTML's ("&ndash;", "&nbsp;").
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*;)")
_XML_ENTITIES = frozenset(("amp;", "lt;", "gt;", "quot;", "apos;"))
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
_HOLDS_MARKUP = "data-confluence-markup"
_VOID = frozenset(("br", "hr", "img", "col", "wbr"))

# Boxes the site draws around their body, titled by their "title" parameter.
_CALLOUT_MACROS = frozenset(("info", "note", "tip", "warning", "panel"))
# Macros that render site furniture (a table of contents, a Jira issue, a child-page listing) or the page-properties
# table of the page's own metadata (owner, reviewer, last reviewed): no article text.
_DROPPED_MACROS = frozenset((
    "toc", "toc-zone", "jira", "children", "recently-updated", "details", "page-properties", "pagetree",
    "contentbylabel", "livesearch", "attachments", "page-properties-report", "detailssummary", "profile",
    "contributors", "recently-updated-dashboard", "space-details", "excerpt-include", "include",
))  # fmt: skip
# An expand macro's title is its toggle's button: the default "Click here to expand...", or a label telling the
# reader to open it ("Show role variants by context"), is the control's instruction, not a heading of its body.
_TOGGLE_LABEL = re.compile(r"(?:click|tap|show|view|see|expand|open)\b", re.IGNORECASE)
_CODE_MACROS = frozenset(("code", "noformat"))
# Confluence's inline-comment count, printed after the page: its comments are readers' talk, not the article.
_COMMENTS_FOOTER = re.compile(r"\s*Inline comments \(\d+\)")


def storage_html(storage: str) -> str:
    """Storage-format XHTML as plain HTML: its ac:/ri: elements rendered as the site shows them, or dropped."""
    xml = _NAMED_ENTITY.sub(_entity, storage)
    root = etree.fromstring(f"{_ROOT}{xml}</root>", _PARSER)
    if root is None:
        return html.escape(storage, quote=False)
    _mark_rendered(root)
    return _children(root)


def _mark_rendered(root: etree._Element) -> None:
    """Mark the plain elements holding a Confluence element, and drop the editor's ac: attributes (a table's
    ac:local-id): any unmarked element is serialized by lxml as it is, the costly walk in Python kept to the paths
    down to the ac:/ri: elements."""
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag[0] != "{" and tag != "time":
            for name in [name for name in element.attrib if name[0] == "{"]:
                del element.attrib[name]
            continue
        for ancestor in element.iterancestors():
            if ancestor.get(_HOLDS_MARKUP) is not None:
                break
            ancestor.set(_HOLDS_MARKUP, "")


def _entity(match: re.Match[str]) -> str:
    name = match[1]
    if name in _XML_ENTITIES or name not in html5:
        return match[0]
    return html.escape(html5[name], quote=False)


def _children(element: etree._Element) -> str:
    """An element's content: its text, each child rendered, and each child's tail."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_render(child))
        parts.append(html.escape(child.tail or "", quote=False))
    return "".join(parts)


def _render(element: etree._Element) -> str:
    tag = element.tag
    if tag.startswith(f"{{{_AC}}}"):
        return _ac_element(element, tag[len(_AC) + 2 :])
    if tag.startswith("{"):  # ri: resources (a user, a page, an attachment) are no text outside a link
        return ""
    if tag == "time":
        return html.escape(element.get("datetime") or "", quote=False) + _children(element)
    if tag == "p" and _COMMENTS_FOOTER.match("".join(element.itertext())):
        return ""
    if element.get(_HOLDS_MARKUP) is None:
        # lxml repeats the root's namespace declarations on each subtree it serializes
        return etree.tostring(element, method="html", encoding="unicode", with_tail=False).replace(_NAMESPACES, "", 1)
    attributes = "".join(
        f' {name}="{html.escape(value)}"'
        for name, value in element.attrib.items()
        if not name.startswith("{") and name != _HOLDS_MARKUP
    )
    if tag in _VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{_children(element)}</{tag}>"


def _ac_element(element: etree._Element, name: str) -> str:
    """An ac: element as the site renders it: a macro by its name, a task list as a list, a layout as <div>s."""
    if name == "structured-macro" or name == "macro":
        return _macro(element)
    if name == "task-list":
        return f"<ul>{''.join(_task(task) for task in element if _local(task) == 'task')}</ul>"
    if name in ("layout", "layout-section", "layout-cell"):
        return f"<div>{_children(element)}</div>"
    if name == "link":
        return _link(element)
    if name in ("emoticon", "image", "placeholder", "parameter", "task-id", "task-status"):
        return ""
    return _children(element)  # an inline-comment marker and the like: its text as it stands


def _macro(macro: etree._Element) -> str:
    name = (macro.get(f"{{{_AC}}}name") or "").lower()
    if name in _DROPPED_MACROS:
        return ""
    title = _parameter(macro, "title")
    body = _part(macro, "rich-text-body")
    if name in _CALLOUT_MACROS:
        lead = f"<p><strong>{html.escape(title, quote=False)}</strong></p>" if title else ""
        return f'<div class="callout confluence-{name}">{lead}{_children(body) if body is not None else ""}</div>'
    if name == "expand":
        label = title if title and _TOGGLE_LABEL.match(title) is None else None
        summary = f"<summary>{html.escape(label, quote=False)}</summary>" if label else ""
        return f"<details>{summary}{_children(body) if body is not None else ''}</details>"
    if name == "status":  # a lozenge: its label is the text, its colour none
        return html.escape(title or "", quote=False)
    plain = _part(macro, "plain-text-body")
    if name in _CODE_MACROS or (body is None and plain is not None):
        return f"<pre>{html.escape(plain.text or '', quote=False)}</pre>" if plain is not None else ""
    return _children(body) if body is not None else ""


def _task(task: etree._Element) -> str:
    """A task as a list item: its body's text, not its id and status."""
    body = _part(task, "task-body")
    return f"<li>{_children(body) if body is not None else ''}</li>"


def _link(link: etree._Element) -> str:
    """A link as its text: its body, else the title of the page it points to (a user's name is not in storage)."""
    body = _part(link, "link-body")
    if body is not None:
        return _children(body)
    plain = _part(link, "plain-text-link-body")
    if plain is not None and plain.text:
        return html.escape(plain.text, quote=False)
    page = next((child for child in link if child.tag == f"{{{_RI}}}page"), None)
    return html.escape(page.get(f"{{{_RI}}}content-title") or "", quote=False) if page is not None else ""


def _part(element: etree._Element, name: str) -> etree._Element | None:
    return next((child for child in element if child.tag == f"{{{_AC}}}{name}"), None)


def _parameter(macro: etree._Element, name: str) -> str | None:
    for child in macro:
        if child.tag == f"{{{_AC}}}parameter" and child.get(f"{{{_AC}}}name") == name:
            return "".join(child.itertext()).strip() or None
    return None


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
