"""HTML to blocks, with the page chrome removed by structure.

lxml parses the page (libxml2's HTML parser: as lenient as a browser, and
twenty times faster than building a BeautifulSoup tree, which would take
most of a page's time budget). Scripts, navigation, headers, footers,
sidebars, forms, comment widgets, ad slots, related posts and author boxes go
first, by tag and by class/id vocabulary. The article root is then the
smallest element holding every section heading, which leaves out any chrome
the vocabulary missed. What remains is walked in document order.

libxml2 gives up on pathological markup (nesting past 256 levels) and drops
everything after that point. Then BeautifulSoup, with a tree builder that
flattens what is nested too deep as browsers do, reads the page instead, and
its well-formed, bounded serialisation is what lxml parses.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import takewhile
from typing import TYPE_CHECKING, NamedTuple

from lxml import etree

from .blocks import Block, BlockKind
from .dumps import aligned_rows
from .entities import DOUBLE_ESCAPED, DoubleEscapes
from .layout import (
    BALLOT_OPENERS,
    ITEM_MARKERS,
    MD_STRONG,
    TAB_ITEM_MARKERS,
    Piece,
    dash_run,
    md_heading,
    new_piece,
    split_inline_list,
    unticked,
)
from .markuplines import carry_rowspan
from .mojibake import PRIVATE_USE, Repair
from .nlp import load_vocab
from .notionhtml import rewrite_notion_page
from .pdfhtml import printed_text
from .sections import classify_heading
from .snapshot import byline_dates, is_snapshot, original_url
from .sources import DATE_PATTERN, SourceMeta, iso_date, slug_from_url
from .tables import (
    continues_cell_line,
    grid_header_width,
    is_pipe_separator,
    match_lost_border_header,
    names_a_column,
    parse_pipe_row,
    split_lost_border_rows,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from bs4 import BeautifulSoup

__all__ = [
    "ADMONITION_TYPES",
    "SHORTCODE",
    "SHORTCODE_TITLE",
    "TITLED_SHORTCODES",
    "HtmlPage",
    "blank_shortcodes",
    "chrome_class",
    "html_to_pieces",
    "shortcode_heading",
    "shortcode_tags",
]

_DROP_TAGS = frozenset((
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
    "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "dialog", "menu", "link", "meta",
    # GitHub's copy button element, which Forem (DEV) prints beside each code block: its label "Copy code".
    "clipboard-copy",
))  # fmt: skip
# Class/id words of page chrome; matched against whole words of the attribute.
_CHROME_WORDS = frozenset(
    "comment comments wpdiscuz wpd respond sidebar widget widgets related author byline share sharing social "
    "breadcrumb breadcrumbs menu nav navbar navigation ad ads adsbygoogle advert advertisement adverts sponsor "
    "sponsored promo promotion banner cookie cookies consent newsletter subscribe popup modal masthead "
    "site-header site-footer footer header skip-link jp-relatedposts sharedaddy yarpp addtoany "
    # Ad plugins' and networks' wrappers: Advanced Ads "advads-*", WP Quads "quads-location", Ezoic,
    # AdThrive, AdSense auto ads, AdSanity's "adsanity-single"/"adsanity-group" (its caption and title are the ad's).
    "advads quads ezoic adthrive google-auto-placed adsanity "
    # tagDiv's themes (Newspaper, Newsmag): an ad slot "td-a-rec" (a Google one "td-g-rec") and its label
    # "td-adspot-title" ("- Advertisement -"), by their whole names and the label's word.
    "td-a-rec td-g-rec adspot "
    # Author-box plugins that name no "author" in their wrapper's class: Simple Author Box ("saboxplugin-wrap",
    # its bio in "saboxplugin-desc"), Starbox ("abh_box"), PublishPress Authors: the writer's bio, not the role's.
    "saboxplugin-wrap abh_box pp-multiple-authors-boxes-wrapper "
    # The footnotes under an article and their reference markers ("footnotes", the WordPress block's
    # "wp-block-footnotes", Pandoc's role "doc-endnotes" and "doc-noteref"): citations and asides with no
    # place among a blueprint's fields, page apparatus as the markers pointing to them are. Not the
    # singular "footnote": a theme's small-print note under a table ('<p class="footnote">') is the article's.
    "footnotes endnotes noteref "
    # Link preview cards (Ghost's "kg-bookmark-card", embed plugins' "wp-block-embed" previews are not): a
    # preview of another page, its title, blurb and publisher, none of it this article's.
    "bookmark "
    # Forem's (DEV's) liquid-tag cards, by their whole names: an embedded post's card ("ltag__link", its title an
    # <h2>, its author and tags), a user's or a tag's card, and the story card of a feed ("crayons-story"): another
    # page's preview, as a bookmark card is.
    "ltag__link ltag__user ltag__tag crayons-story "
    # A pull quote (the "wp-block-pullquote" core block, a theme's "pull-quote" box) repeats a sentence of the
    # article as decoration: kept, it would be read twice, its "From the role summary" cite a line of its own.
    # A plain blockquote is the article's.
    "pullquote pull-quote "
    # Text only a screen reader reads (Drupal's and Bootstrap's "visually-hidden", "sr-only", WordPress's
    # "screen-reader-text"): a field's label ("Image" above a Drupal media), a link's "(opens in a new tab)".
    "visually-hidden sr-only screen-reader-text "
    # Quarto's appendix after the article (<div id="quarto-appendix">): its licence ("Reuse"), its citation and
    # BibTeX entry, the site's apparatus around every page, none of it the article's. By its whole name: an
    # "appendix" of an article's own is content.
    "quarto-appendix "
    # Ghost's Koenig cards around the post's text, by their whole names: a newsletter sign-up box, a product's
    # review box, a lone button, a hero banner and a call to action, the site's own pitch (a bookmark card
    # goes by "bookmark"). Its callout, toggle, image and HTML cards hold the article.
    "kg-signup-card kg-product-card kg-button-card kg-header-card kg-cta-card "
    # DataTables' controls beside the table it draws (TablePress and other table plugins use it), by their
    # whole names in versions 1 and 2: "Show 10 entries", "Search:", "Showing 1 to 12 of 12 entries",
    # "Previous 1 Next", its export buttons. The widget's chrome; the table between them is the article's.
    "datatables_length datatables_filter datatables_info datatables_paginate dt-buttons "
    "dt-length dt-search dt-info dt-paging".split()
)
# Elements shown on some devices only, by their whole class names (see noise.json): a page built with
# per-device copies of its content holds both kinds, and its mobile copy is chrome (_drop_mobile_copies).
_HIDDEN_ON_DESKTOP = frozenset(load_vocab("noise.json")["hidden_on_desktop"])
_HIDDEN_ON_MOBILE = frozenset(load_vocab("noise.json")["hidden_on_mobile"])
# Ad Inserter wraps each inserted block in "code-block code-block-N" (with "ai-viewport-N" when it is
# shown per device): the numbered slot tells its wrapper from a page's own "code-block" box of code.
_AD_INSERTER_SLOT = re.compile(r"(?:code-block|ai-viewport)-\d+")
# Page builders call every content block a widget ("elementor-widget-text-editor", "so-widget-sow-editor"):
# inside their namespace that word names no chrome, the words after it still do ("elementor-widget-nav-menu").
_BUILDER_NAMESPACE = re.compile(r"^(?:elementor|et_pb|wp-block|fl|vc|fusion|uagb|kb|brxe|oxy|so|siteorigin)[-_]")
_BUILDER_WORDS = frozenset(("widget", "widgets"))
# State classes say what an element has or is ("has-header-image", "is-layout-flow"), not what it is.
_STATE_PREFIXES = ("has-", "is-")
# A word after "no"/"without" or before "less" names what an element lacks, not what it is: DataTables' "no-footer"
# on every table it draws and its wrapper, a theme's "ast-no-sidebar", "page-without-sidebar", "footer-less".
_NEGATIONS = frozenset(("no", "without"))
_NEGATION_SUFFIX = "less"
_NEGATION_WORDS = _NEGATIONS | {_NEGATION_SUFFIX}
# A word between a widget's prefix and an alignment word names the part of the widget a modifier class aligns, not
# what the element is: Kadence's accordion box "kt-pane-header-alignment-left" (its panes' headers set left). A
# name that opens with the word aligns the element itself: "header-aligned-left", "ad-align-center" stay chrome.
_ALIGNMENT_WORDS = frozenset(("align", "aligned", "alignment", "halign", "valign"))
# A "header" right after the name of a content widget is the widget's own header, not the page's: Essential Addons'
# "eael-accordion-header" over a group of items, its data table's "data-table-header-text" cells, a "card-header". A
# header of the page goes by its own name ("header", "site-header", "header-main", "elementor-location-header").
_PAGE_HEADER_PART = "header"
_WIDGETS_WITH_HEADERS = frozenset(("accordion", "card", "table", "tab", "tabs", "panel", "toggle"))
# Chrome words that on a heading element name the heading itself, a title over the content after it (Divi's
# "et_pb_module_header" over every blurb and call to action, a theme's "section-header"); on a box
# (<div class="site-header">, Divi's "et_pb_fullwidth_header") they name the page's header.
_HEADING_WORDS = frozenset(("header",))
# The chrome words naming navigation: a menu's, or a tab widget's named after its tab row (_named_as_navigation).
_NAV_WORDS = frozenset(("nav", "navbar", "navigation", "menu"))
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# What an editor wraps around a heading it writes as a list item (LibreOffice's outline numbering: "<li><h2>").
_HEADING_WRAPPERS = frozenset(("p", "font", "span"))
# The body of a tab or an accordion item, by role or class ("tab-pane", "kt-accordion-panel", "accordion-collapse
# collapse"): its content is the article's, whether or not it is shown. Tab plugins print every panel but the
# first hidden, accordions all of them collapsed.
_PANEL_CLASS = re.compile(
    r"(?:^|[-_\s])(?:tab-?pane|tab-?panel|accordion-(?:collapse|body|panel|content)|collapse)(?:\s|$)"
)
# An inline style that hides its element from every reader: "display: none", "visibility:hidden" (read lower-cased,
# as CSS reads it case-blind). Not "overflow:hidden", nor "display:none" ending a longer property's name.
_HIDING_STYLE = re.compile(r"(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden)\b")
# What a collapsed section body is or holds and a script's message never does: a heading, a list or a table.
_ARTICLE_STRUCTURE = etree.XPath(
    "boolean(descendant-or-self::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
    " or self::ul or self::ol or self::dl or self::table])"
)
# Tab labels: the tabs of a tab list, by role, or its links to their panels ("<a href="#tab-3">"; the
# ancestor test only runs on links to a fragment).
_TABS = etree.XPath(
    "descendant::*[@role='tab' or (self::a and starts-with(@href, '#')"
    " and ancestor::*[@role='tablist' or contains(@class, 'tabs-title-list')])]"
)
_TAB_PANELS = etree.XPath("descendant::*[@role='tabpanel']")
# A tab row named by its class alone, no ARIA roles (Otter Blocks' "wp-block-themeisle-blocks-tabs__header",
# Shortcodes Ultimate's "su-tabs-nav"): its labels head as many panels after it (_label_class_tabs).
_TAB_ROW_WORDS = r"(?:__|[-_])(?:nav|navigation|header|titles|labels|buttons|menu)(?![\w-])"
_TAB_ROW_CLASS = re.compile("tabs?" + _TAB_ROW_WORDS)
# A tab list in the page's markup: ARIA's role="tablist", or a page builder's list class ("vc_tta-tabs-list",
# Kadence Blocks' "kt-tabs-title-list", whose labels head their panels as ARIA tabs' do), or a tab row's class:
# one scan finds all three (_tab_lists).
_TAB_LIST_MARK = re.compile(r"tabs?(?:-?(?:title-)?list|" + _TAB_ROW_WORDS + ")")
_TITLE_LIST_MARK = "tabs-title-list"
_TAB_LIST_CLASS = re.compile(r"(?:^|[-_\s])tabs?-(?:title-)?list(?:\s|$)")
# The tabs of one tab list: by role, or its links to their panels.
_TAB_LINKS = etree.XPath("descendant::*[@role='tab' or (self::a and starts-with(@href, '#'))]")
_ELEMENTS_WITH_ID = etree.XPath("descendant::*[@id]")
# Content tabs without ARIA roles (MkDocs Material's "tabbed-set"): radio inputs, a row of <label for> labels.
_FOR_LABELS = etree.XPath("descendant::label[@for]")
_PANEL_WRAPPERS = 4  # how deep a tab panel's own heading may sit in wrappers ("kt-tab-inner-content-inner")
_TAB_PANEL_LEVEL = "h3"  # a label's heading: its text, not its level, tells a section from a subsection
_TAB_LABELS = "data-tab-labels"  # marks the list a tab list under a sub-heading becomes (_label_list)
# The elements a class-named tab row may be (a tab row's name holds "tab"), and how long a tab's label may be: a
# phrase, a longer text is a row of content, not of labels.
_CLASSED_TABS = etree.XPath("descendant::*[contains(@class, 'tab')]")
_MAX_TAB_LABEL = 80
_PANEL_BOXES = frozenset(("div", "section"))  # what a tab panel standing beside its row is
# A footnote reference's text: "[2]", "[a]", "[*]"; a link to a note may print its number bare ("2", "†").
_BRACKETED_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|[*†‡§])\]")
_LINKED_MARK = re.compile(r"\[?(?:\d{1,3}|[a-z]|[*†‡§])\]?")
_FRAGMENT_LINKS = etree.XPath("descendant::a[starts-with(@href, '#')]")
_BLOCK_TAGS = frozenset(("p", "ul", "ol", "table", "li", "div", "section", "article", "main", "figure",
                         "blockquote", "pre", "dl", "dt", "dd", "figcaption", "details", "summary") + _HEADINGS)  # fmt: skip
# Elements nested deeper than this are flattened when libxml2 gives up (it stops at 256 levels).
_MAX_DEPTH = 200
# Block elements that end a line of text when flattened.
_LINE_BREAKS = _BLOCK_TAGS | {"br", "tr", "td", "th"}
# Div tables: the elements a row's cells are, the blocks a cell cannot hold (WordPress wraps a
# cell's text in a <p>), and the longest text a cell holds (a phrase, not prose).
_CELL_TAGS = ("div", "span")
_CELL_BLOCKS = _BLOCK_TAGS - {"p"}
_MAX_CELL = 160
# A div cell marked so by its ARIA role (GitBook's div tables: role="row" > role="columnheader"/"cell"): a cell
# whatever it holds (GitBook wraps each cell's text in a div and a <p>), at any length.
_ARIA_CELLS = frozenset(("cell", "columnheader", "rowheader", "gridcell"))
_MIN_GRID_CELLS = 4  # a CSS grid holding a table: a header of two columns and a row
# Table row groups, and the roles that mark a table as layout (ARIA: no table semantics).
_ROW_GROUPS = frozenset(("thead", "tbody", "tfoot"))
# The parts of a table: in a data table they name its header and cells ("simple-table-header"), never page chrome.
_TABLE_PARTS = ("caption", "thead", "tbody", "tfoot", "tr", "th", "td")
_PRESENTATION_ROLES = frozenset(("presentation", "none"))
# What a presentation table's data cell may wrap its text in (one paragraph, a div around it): any other block
# (a heading, a list, a nested table) is a layout's.
_PARAGRAPH_WRAPPERS = frozenset(("div", "p"))
_PRESENTED_CELL_BLOCKS = tuple(_BLOCK_TAGS - _PARAGRAPH_WRAPPERS)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")
# What a header cell never holds (it may hold a paragraph or a div around its phrase).
_STRUCTURE_TAGS = ("ul", "ol", "dl", "table", *_HEADINGS)
# What only a layout table's cells hold among rows of several cells: the article's headings, tables nested in it.
_LAYOUT_BLOCKS = ("table", *_HEADINGS)
# Spans past these are markup errors (HTML itself caps colspan at 1000): no table is that wide or long.
_MAX_COLSPAN = 64
_MAX_ROWSPAN = 10000
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_DETAIL_LINE = re.compile(r"^[–—]\s+")
# A dash or bullet typed before a sub-list item's text ("– Use: ..."): the list's own bullet marks it already.
_TYPED_BULLET = re.compile(r"^[–—•-]\s+(?=\S)")
# Bullets typed into a paragraph: the text path's item markers, and the middle dot some editors use.
_BULLET_LINE = re.compile(rf"^([{re.escape(ITEM_MARKERS)}])\s+(?=\S)")
# A numbered item typed into a paragraph, "1. Define the strategy" (the text path's numbered item line).
_NUMBERED_LINE = re.compile(r"^(\d{1,2})([.)])\s+(?=\S)")
_SPLIT_WORDS = re.compile(r"[-_\s]+")
# Markdown pasted into a rich-text editor, which kept it as the text of its paragraphs ("<p>### 3) Core
# Responsibilities</p>", "<p>**Daily activities**</p>", a pipe table's rows split by <br>): the page's test (a
# paragraph or a line after a <br> opening with such markup: a table by its "|---" separator row, as a line of
# links "| Privacy | Terms |" opens with a pipe too), so pages without it pay nothing per paragraph.
_PASTED_MARKDOWN = re.compile(r"(?:<p>|<br\s*/?>)\s*(?:#{1,6}\s|\*\*|\|\s*:?-{3})")
_MD_WHOLLY_BOLD = re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*:?")
# A wiki's footer dating the page's last edit (MediaWiki: "This page was last edited on 14 March 2026, at 10:22.").
_EDIT_DATE = re.compile(rf"\blast (?:edited|modified) on ({DATE_PATTERN})")
_EDIT_DATE_TEXTS = etree.XPath("//text()[contains(., 'last edited on') or contains(., 'last modified on')]")
# A wiki's section-edit link, and the bracketed control it is the link of ("[edit]", "[ edit | edit source ]").
_EDIT_LINK = re.compile(r"edit(?: source)?", re.IGNORECASE)
_EDIT_CONTROL = re.compile(r"\[\s*edit(?: source)?(?:\s*\|\s*edit(?: source)?)?\s*\]", re.IGNORECASE)
# Word's list paragraphs: the level in their style, and the marker typed before the item's text (a number,
# a letter or roman numeral, or a bullet character of its symbol font: "·", "§", Courier New's "o").
_WORD_LIST_LEVEL = re.compile(r"mso-list:\s*\w+\s+level(\d)")
# One letter or a roman numeral only: a word Word did not type as the marker ("Misc. admin tasks") is the item's.
_WORD_LIST_MARKER = re.compile(r"(?:\(?(?:(\d{1,3})|(?i:[a-z]|[ivxlc]{2,4}))([.)])|o|[^\w\s])\s+(?=\S)")
# The same list paragraphs without Word's style, as mammoth.js writes a .docx's "List Paragraph" (and Word's
# paste does): the typed marker, then a TAB. A number's ("1.", "2)") and a bullet's items are the list's level;
# a letter's ("a."), Word's deeper bullets' ("o", "§") and a dash's ("–", the item's detail line) one below it.
# Only the TAB tells a marker: a paragraph "o and ..." or "1. I think ..." is prose.
_TAB_LIST_MARKER = re.compile(rf"(?:\d{{1,3}}[.)]|(?i:[a-z]|[ivx]{{2,4}})[.)]|[{TAB_ITEM_MARKERS}–—])\t")
# An admonition box's title, by its class (MkDocs' and Sphinx's "admonition-title", Docusaurus' "admonition-heading",
# GitHub's "markdown-alert-title", Obsidian's "callout-title", VuePress' "hint-container-title", VitePress'
# "custom-block-title"), and a collapsible box's <summary>.
_ADMONITION_TITLES = etree.XPath(
    "descendant::*[contains(@class, 'admonition-title') or contains(@class, 'admonition-heading')"
    " or contains(@class, 'alert-title') or contains(@class, 'callout-title') or contains(@class, 'container-title')"
    " or contains(@class, 'custom-block-title')] | descendant::details/summary"
)
# Callout boxes by their class word "callout" (Notion's export, Obsidian's, Quarto's): they often open with an icon.
# Ghost's callout card too: its icon in <div class="kg-callout-emoji"> beside <div class="kg-callout-text">. The
# substring test in libxml2, the class words in Python: a word test in XPath (concat, normalize-space) costs far more.
_CALLOUT_CLASSES = frozenset(("callout", "kg-callout-card"))
_CALLOUT_CANDIDATES = etree.XPath("descendant::*[contains(@class, 'callout')]")
# A page builder's callout box by its class word: Beaver Builder's call-to-action module "fl-module-callout" (its
# "fl-callout-title", "fl-callout-text" inside). It holds a promotion as often as the article's own note: its text
# tells (_drop_ad_boxes).
_CALLOUT_WORD = re.compile(r"(?:^|[-_\s])callout(?:$|[-_\s])")
# VuePress' and VitePress' note boxes ("hint-container warning", "custom-block tip"), and their titles in them.
_HINT_BOXES = etree.XPath("descendant::*[contains(@class, 'hint-container') or contains(@class, 'custom-block')]")
_AD_BOX_CHARS = 600  # a box's title, copy and button: longer, it wraps more than one box
_TEXT_NODES = etree.XPath("descendant::text()")  # a control hint's text node, in a <summary>
# The box types the themes print as a default title: a bare type word says nothing of the box's text.
ADMONITION_TYPES = frozenset(
    "note notes tip tips hint warning caution danger attention important info information example examples "
    "abstract success question failure error bug quote todo".split()
) | {"see also"}
# A heading's permalink control prints a symbol, or nothing once its icon is gone: "¶", "#", "§", "🔗".
_PERMALINK_TEXT = re.compile(r"[^\w\s]{0,2}")
_SLUG_WORDS = re.compile(r"[^\W_]+")  # the words of a text or of its slug ("Skills_needed_for_promotion")
# A collapsible panel's control hint after its label: "(click to expand)", "(tap here to show)", "(expand)".
_CONTROL_HINT = re.compile(
    r"\s*\((?:(?:click|tap)(?: here)? to )?(?:expand|show|open|view)(?: more| all)?\)$", re.IGNORECASE
)
# A photo's credit in an image's caption (see noise.json): "photo via Unsplash / Luke Chesser", "© Jane Doe".
_PHOTO_CREDIT = re.compile("|".join(load_vocab("noise.json")["photo_credits"]), re.IGNORECASE)
# A table's caption that numbers or labels it: "Table 1: KPIs for the role", "Fig. 2", "Table: Designer KPIs".
_CAPTION_LABEL = re.compile(r"^(?:table|figure|fig\.)\s*(?:\d+|:)", re.IGNORECASE)
# TablePress's table description, printed under its table: the table's caption (_title_description).
_TABLE_DESCRIPTION = "tablepress-table-description"
# TablePress's table name, printed as a heading over its table when "show table name" is on
# (<h2 class="tablepress-table-name">), and other table plugins' title headings by the same class words
# ("table-name", "table-title"): the table's caption, never a section of the article (_table_name_heading).
_TABLE_NAME_CLASSES = ("table-name", "table-title")
# lxml refuses str input that declares an encoding, and text with C0 controls.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# C0 controls but tab and newlines; as UTF-8 bytes they are single bytes no multi-byte sequence contains.
_CONTROL_BYTES = bytes(range(0x20)).translate(None, b"\t\n\r")
_CONTROL_BYTE_LIST = [bytes((byte,)) for byte in _CONTROL_BYTES]  # one-byte needles: `in` is a memchr
_PARAGRAPH = BlockKind.PARAGRAPH
_CONTROL = re.compile(f"[{re.escape(_CONTROL_BYTES.decode('ascii'))}]")
# Icon-font glyphs written as character references ("&#xe0e5;", "&#61452;": what the pattern takes, the code
# point decides); the characters themselves are gone with the text's repair (mojibake.PRIVATE_USE).
# The same pass meets a double-escaped reference ("&amp;#8211;", group 3) and escapes it once (entities.py).
_GLYPH_REFERENCE = re.compile(rb"&(?:#(?:[xX]0*([0-9a-fA-F]{4,6})|(\d{5,7}));|" + DOUBLE_ESCAPED + rb")")
# lxml's own test for a str that declares an encoding (a second declaration can follow the first).
_LXML_ENCODING_DECLARATION = re.compile(r"^(<\?xml[^>]+)\s+encoding\s*=\s*[\"'][^\"']*[\"'](\s*\?>|)")
# A docs theme's disclosure, tab or callout shortcode, whose title is the heading of what it encloses, as an HTML
# <details>' <summary> or a tab's label is: '{{% details title="Bottlenecks" %}}', Docsy's '{{% tab header="Daily" %}}',
# Hugo Book's '{{< expand "Steps" >}}', Divi's '[et_pb_toggle title="Daily"]' (a word of its name). By name: another
# shortcode's title (a card's, a video's, a newsletter box's) is no heading of the article's.
TITLED_SHORTCODES = frozenset(
    "details expand accordion accordion-item collapse collapsible toggle spoiler tab callout admonition alert "
    "notice hint".split()
)
# The title among its attributes ('title="Anti-patterns"', "name=", "header=", "summary="), or a positional
# value ('"Steps"').
SHORTCODE_TITLE = re.compile(r"""\s(?:(?:title|name|header|summary)\s*=\s*)?(?:"([^"]*)"|'([^']*)')""")
# An unrendered WordPress shortcode, left in the content by a site whose plugin was switched off: "[adsense]",
# "[ad_slot id="3"]", "[/su_box]". Its name is a lowercase identifier; up to its "]" it holds no bracket or markup.
# Or a Hugo one, in a static site's markdown export: '{{< callout type="tip" >}}', "{{% /notice %}}". Or a Liquid
# (Jekyll) or Jinja tag in a template's source: "{% include newsletter.html %}", "{%- raw -%}", its closing tag
# "{% endraw %}" (slash: "end"); its attributes may hold brackets and markup ("{% if a > b %}"). Or a Joomla
# plugin's tag in single braces (brace), left unrendered: "{loadmodule mod_custom,Ad}", "{loadposition top}". Or a
# template's expression in double braces (expression: HubL's, Jinja's, Handlebars'), which a CMS API's post body
# keeps unrendered: "{{cta('3d9a7b52')}}", "{{ module.cta }}": spaced, or its name run on into a call or an attribute
# (a bare "{{word}}" may be prose's).
# (Each alternative opens on its literal character, which keeps the regex's fast first-character test: a group
# before the "{" of the brace alternative costs SHORTCODE.sub twice the time.)
SHORTCODE = re.compile(
    r"(?:\[|\{\{(?P<hugo>[<%])\s*|\{\{(?P<expression>)(?=\s|[a-z][a-z0-9_-]*[(.])\s*|\{%(?P<liquid>-?)\s*|\{(?P<brace>))"
    r"(?P<slash>(?(liquid)(?:end)?|/?))(?P<name>[a-z][a-z0-9_-]*)"
    r"(?P<attributes>(?(expression)[^{}<>]+?|\s(?(liquid)[^%]*?|(?(brace)[^{}<>]*?|[^\[\]<>]*?))))?"
    r"(?(hugo)\s*[%>]\}\}|(?(liquid)\s*-?%\}|(?(expression)\s*\}\}|(?(brace)\}|\]))))"
)
# Where a shortcode can start: "[" before a name, "{" before "{" or "%", or before a name and a blank or "}" at
# the start of a line of text (after markup, a blank or nothing: "){return a}" in a script is none, nor CSS's
# "{color:red}"). Each opens on one literal character, which the regex engine finds with a fast substring
# search; SHORTCODE's own search tries its alternatives at every character of the page, ten times slower
# (~1.1 ms on a 185 KB page).
_SHORTCODE_OPENINGS = (
    re.compile(r"\[(?=/?[a-z])"),
    re.compile(r"\{(?=[{%]|(?<![^>\s]\{)/?[a-z][a-z0-9_-]*[\s}])"),  # one lookahead: the least work per CSS "{"
)
# A template's comment, never content, what it says included: Liquid's and Django's "{% comment %} ... {% endcomment %}"
# and Liquid's inline "{% # note %}", Jinja's and Nunjucks' "{# note #}" (a blank or "-" after the "{#": a pandoc
# attribute "{#id}" is none), kramdown's "{::comment} ... {:/comment}" (or "{:/}"). One left open hides nothing.
# What opens a template's tag or comment, or kramdown's: "{%", "{#", "{:". One regex scan, ~3x faster on a page
# whose inline CSS holds hundreds of "{" than two substring tests ("{%" in html), which stall on each "{".
TEMPLATE_MARK = re.compile(r"\{[%#:]")
# A "{" opening a template's mark (TEMPLATE_MARK) or a shortcode (_SHORTCODE_OPENINGS[1]): blank_shortcodes finds
# both in one scan, not two.
_BRACE_MARK = re.compile(r"\{(?=[%#:{]|(?<![^>\s]\{)/?[a-z][a-z0-9_-]*[\s}])")
TEMPLATE_COMMENT = re.compile(
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#[^%]*%\}"
    r"|\{#[\s-].*?#\}|\{::comment\}.*?\{:/(?:comment)?\}",
    re.DOTALL,
)
# The attributes after a shortcode's name ('[ad_slot id="3"]'): prose in brackets has no "name=" ("[see below]").
_SHORTCODE_ATTRIBUTES = re.compile(r"\s+[a-z][\w-]*\s*=")
# A one-word attribute value ('title="Sponsored"', "type=ad"), quoted or not (wptexturize may curl the quotes,
# as characters or entities): it names the box as a class does; a title of several words is prose.
_WORD_VALUE = re.compile(r"=\s*([\"'‘’“”″]|&#\d+;)?([A-Za-z][\w-]*)(?(1)(?:[\"'‘’“”″]|&#\d+;)|(?=\s|$))")
_HEADING_TAG = re.compile(r"<h[1-6]\b", re.IGNORECASE)
# The nesting level a Google Docs list's class states: "lst-kix_5k92xq-1" is one level in.
_DOCS_LIST_LEVEL = re.compile(r"\blst-kix_\w+-(\d)\b")
# A highlighter's class naming a <pre> or its <code> source code (see _source_code).
_CODE_CLASS = re.compile(r"(?:^|\s)(?:sourceCode|(?:language|lang)-[\w+#-]+|hljs|highlight|prettyprint)(?:\s|$)")
# A docs platform's code block around a <pre>, by its class word (GitBook's "group/codeblock", a theme's
# "code-block"; Ad Inserter's numbered "code-block-3" slots are chrome, gone before): its caption and Copy
# button beside the <pre>, which holds source code.
_CODE_BLOCK_BOX = re.compile(r"(?:^|[\s/])code-?block(?:\s|$)", re.IGNORECASE)
_CODE_LANGUAGE = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#-]+)")
_STEP_NUMBER_DIGITS = 2
_DATA_LANGUAGE = "data-language"  # the language a highlighter (Expressive Code, Shiki) declares on its <pre>
# A box's words naming its sponsor: "(sponsored by DemoForge Academy)", "Sponsored:", "paid partnership".
_SPONSORED = re.compile(r"\b(?:sponsored|paid partnership|advertisement)\b", re.IGNORECASE)
_STEPS_WORD = "steps"  # a class word of a steps list ("sl-steps")
_CARD_WORD = "card"  # a card box's class ("card", "sl-link-card")
_LINK_CARD = "link-card"
_TITLE_WORD = "title"
_BADGE_WORD = "badge"  # a class word of a status label ("sl-badge", "badge badge-new")
_CODE_BOX_REACH = 2  # the box holds the <pre>, or the <pre>'s wrapper beside the caption
_LINE_REACH = 200  # how far from a bare shortcode the markup around its line is looked for


class _StartTags(dict[str, re.Pattern[str]]):
    """The pattern of an element's start tag in the source, compiled on first use."""

    def __missing__(self, tag_name: str) -> re.Pattern[str]:
        pattern = self[tag_name] = re.compile(rf"<{tag_name}\b", re.IGNORECASE)
        return pattern


_START_TAG = _StartTags()
# The <meta property=...> tags the page's metadata is read from.
# Pandoc and Quarto date the page in <meta name="dcterms.date">, by name where Open Graph's tags have a property.
_META_PROPERTIES = frozenset(("og:url", "og:title", "article:published_time", "article:modified_time", "dcterms.date"))
# The comment a browser's "Save page as" writes at the top of the page, naming the URL it was saved from
# ('<!-- saved from url=(0083)https://example.org/roles/x.html#top -->'): the page's URL when its head names none.
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d+\)(https?://[^\s#>]+)")
_SAVED_FROM_REACH = 512  # the comment opens the file, before <html> (after a doctype at most)
_TODO_TAG = "To Do"  # the alt text of OneNote's to-do tag icon
# WordPress themes print the post id in the body class ("postid-48213"; a static page: "page-id-48213")
# and in the entry's id ("<article id="post-48213">"), shortlink or not.
_BODY_POST_ID = re.compile(r"(?:^|\s)(?:postid|page-id)-(\d+)(?:\s|$)")
_ARTICLE_POST_ID = re.compile(r"post-(\d+)")
# A <time> with these classes dates the entry's last edit, not its publication.
_UPDATED_CLASSES = frozenset(("updated", "modified", "entry-date-modified"))
# A byline's word labelling a date as the last edit's: "Updated", "Last modified on:"; before a <time>, or alone.
_UPDATE_LABEL = re.compile(r"(?:last\s+)?(?:updated|modified|edited|revised)(?:\s+on)?:?", re.IGNORECASE)
_UPDATE_LABEL_BEFORE = re.compile(rf"\b{_UPDATE_LABEL.pattern}\s*$", re.IGNORECASE)
# The classes themes mark the entry's own title with (hAtom's entry-title; Blogger's post-title).
_ENTRY_TITLE_CLASSES = frozenset(("entry-title", "post-title"))
# A heading in a blueprint's title shape ("IT Change Manager: Role Blueprint, ..."): the entry's title when the <h1>
# names the site and no class marks it (a help centre's article heading, Freshdesk's <h2 class="heading">).
_BLUEPRINT_TITLE = re.compile(r"\S\s*[:–—|-]\s*role blueprint\b", re.IGNORECASE)
# A link to a site's home page: its root, absolute or relative.
_HOME_URL = re.compile(r"(?:https?://[^/?#]+)?/?")
# Framer names its components in data-framer-name ("Navigation", "CTA Banner", "Footer"), where other sites name
# theirs in a class: its words say chrome as class words do. Read only on Framer's own elements (their classes
# "framer-..."): another page pays a substring test of a short class string.
_FRAMER_CLASS = "framer-"
_FRAMER_NAME = "data-framer-name"
# A component for a call to action ("CTA Banner") or a scrolling strip of customer logos ("Ticker"): the site's
# own promotion. As class words they are too loose ("cta" may name an article's own box).
_COMPONENT_CHROME_WORDS = frozenset(("cta", "ticker"))
# Only elements with attributes can be chrome by name; libxml2 finds them for us. (A predicate
# naming the five attributes costs libxml2 four times as much as testing for any attribute.)
_WITH_ATTRIBUTES = etree.XPath("descendant::*[@*]")


@dataclass(frozen=True)
class HtmlPage:
    """The blocks of an HTML page plus what its head says."""

    pieces: list[Piece]
    meta: SourceMeta
    #: a PDF shown as pdf2htmlEX's positioned lines: the text pdftotext -layout prints for it, read instead (pdfhtml.py)
    printed: str | None = None
    #: the double-escaped references escaped once before the parse (entities.py)
    repairs: list[Repair] = field(default_factory=list)
    #: the chrome elements showing text that the sweep dropped (a share bar, an ad box, a menu): noise blocks
    removed: int = 0


def _chrome_attrs(attrs) -> bool:  # noqa: ANN001 - an attribute dict, or an lxml element (its get reads attributes)
    """True for an element whose class, id or role names page chrome, or that is hidden."""
    return _hidden(attrs) or bool(_chrome_words(attrs))


def _chrome_element(element: etree._Element) -> bool:
    """_chrome_attrs of an element. Most hold a lone class: one items() call reads it, not five get()s
    (with no hidden flag, id or role, the class alone decides)."""
    attributes = element.items()
    if len(attributes) == 1 and attributes[0][0] == "class":
        return bool(_chrome_names(attributes[0][1], "", ""))
    return _chrome_attrs(element)


def chrome_class(classes: str) -> bool:
    """Whether a class attribute's words name page chrome ("sponsor", "ad-slot"): what a markup source's class
    ("p(sponsor). " in Textile) renders as."""
    return bool(_chrome_names(classes, "", ""))


def _hidden(attrs) -> bool:  # noqa: ANN001
    """Hidden, and not a tab or accordion panel (a panel is hidden only until its tab is chosen), nor the body a
    disclosure control shows."""
    # Attribute values are str, never None ("<div hidden>" has ''), so get(...) is not None tests presence.
    if attrs.get("aria-hidden") != "true" and attrs.get("hidden") is None and not _styled_hidden(attrs):
        return False
    if attrs.get("role") == "tabpanel" or _PANEL_CLASS.search(attrs.get("class") or "") is not None:
        return False
    return not (isinstance(attrs, etree._Element) and _disclosed(attrs))


def _styled_hidden(attrs: dict[str, str] | etree._Element) -> bool:
    """Whether an element's own inline style hides it ("display:none", "visibility:hidden"): a widget's message
    shown only once a script runs (a feedback box's "Thanks!", a form's status), a tracking pixel. Not what is or
    holds a heading, a list or a table: the collapsed body of an expander or a tab whose class no vocabulary knows
    (Confluence's "expand-content") is the article's, shown by a click. Read on a tree's elements only, where that
    content can be seen (a capped parse's attribute dict keeps its element)."""
    style = (attrs.get("style") or "").lower()
    if "none" not in style and "hidden" not in style:  # cheap first: most elements have no such style
        return False
    if not isinstance(attrs, etree._Element) or _HIDING_STYLE.search(style) is None:
        return False
    return not _ARTICLE_STRUCTURE(attrs)


def _disclosed(element: etree._Element) -> bool:
    """Whether the control right before a hidden element expands it: a collapsible group's button ('<div
    role="button" aria-expanded="false" aria-controls="body">', Google Sites' collapsible text box) over its
    collapsed body. The body is the article's, hidden only until the button is pressed; a hidden copy (an
    icon's label, a tooltip, a visually hidden duplicate) has no such control."""
    element_id = element.get("id")
    control = element.getprevious()
    return (
        element_id is not None
        and control is not None
        and control.get("aria-controls") == element_id
        and control.get("aria-expanded") is not None
    )


def _chrome_words(attrs) -> frozenset[str]:  # noqa: ANN001
    classes = attrs.get("class") or ""
    words = _chrome_names(classes, attrs.get("id") or "", attrs.get("role") or "")
    if _FRAMER_CLASS in classes:  # a Framer site's element: its component's name may say more
        name = attrs.get(_FRAMER_NAME)
        if name:
            return words | _component_chrome(name)
    return words


@lru_cache(maxsize=1024)
def _component_chrome(name: str) -> frozenset[str]:
    """The words of a site builder's component name ("CTA Banner", "Navigation") that name page chrome."""
    return _chrome_names(name, "", "") | _COMPONENT_CHROME_WORDS.intersection(_SPLIT_WORDS.split(name.lower()))


@lru_cache(maxsize=16384)
def _chrome_names(classes: str, element_id: str, role: str) -> frozenset[str]:
    """The class, id or role words that name page chrome (pages repeat the same few class strings)."""
    words: set[str] = set()
    for value in [*classes.split(), element_id, role]:
        lowered = value.lower()
        if lowered.startswith(_STATE_PREFIXES):
            continue
        words.add(lowered)
        parts = _SPLIT_WORDS.split(lowered)
        if _BUILDER_NAMESPACE.match(lowered):
            parts = [part for part in parts if part not in _BUILDER_WORDS]
        words.update(parts)
    chrome = _CHROME_WORDS.intersection(words) | _HIDDEN_ON_DESKTOP.intersection(words)
    if chrome and not _NEGATION_WORDS.isdisjoint(words):  # rare: asked only of names that hold chrome words
        chrome -= _absent_words([*classes.split(), element_id, role])
    if chrome and not _ALIGNMENT_WORDS.isdisjoint(words):  # rare too: a content widget's alignment modifier
        chrome -= _aligned_parts([*classes.split(), element_id, role])
    if _PAGE_HEADER_PART in chrome and not _WIDGETS_WITH_HEADERS.isdisjoint(words):  # rare: a widget's header
        chrome -= _widget_headers([*classes.split(), element_id, role])
    lowered_classes = classes.lower()
    if "code-block-" in lowered_classes or "ai-viewport-" in lowered_classes:  # mostly neither: skip the regex
        names = lowered_classes.split()
        chrome |= {n for n in names if _AD_INSERTER_SLOT.fullmatch(n) and (n[0] == "a" or "code-block" in names)}
    return chrome


def _absent_words(values: list[str]) -> set[str]:
    """The words the class, id or role names only say an element lacks: "footer" of "no-footer", not of
    "site-footer no-sidebar"."""
    absent: set[str] = set()
    present: set[str] = set()
    for value in values:
        parts = _SPLIT_WORDS.split(value.lower())
        negated = {i + 1 for i, part in enumerate(parts) if part in _NEGATIONS}
        negated.update(i - 1 for i, part in enumerate(parts) if part == _NEGATION_SUFFIX)
        for i, part in enumerate(parts):
            (absent if i in negated else present).add(part)
    return absent - present


def _aligned_parts(values: list[str]) -> set[str]:
    """The words the class, id or role names only as the widget's part an alignment modifier sets: "header" of
    "kt-pane-header-alignment-left", not of "header-aligned-left" nor of "site-header kt-pane-header-align-left"."""
    aligned: set[str] = set()
    present: set[str] = set()
    for value in values:
        parts = _SPLIT_WORDS.split(value.lower())
        last = max((i for i, part in enumerate(parts) if part in _ALIGNMENT_WORDS), default=0)
        aligned.update(parts[1:last])  # the first part is the widget's prefix, or the element's own name
        present.update(parts[:1], parts[last + 1 :] if last else parts)
    return aligned - present


def _widget_headers(values: list[str]) -> set[str]:
    """{"header"} when the class, id or role names a header only as a content widget's part ("eael-accordion-header",
    "data-table-header-text"), not when a name says the page's header too ("header", "site-header card-header")."""
    widget = page = False
    for value in values:
        parts = _SPLIT_WORDS.split(value.lower())
        for i, part in enumerate(parts):
            if part == _PAGE_HEADER_PART:
                if i and parts[i - 1] in _WIDGETS_WITH_HEADERS:
                    widget = True
                else:
                    page = True
    return {_PAGE_HEADER_PART} if widget and not page else set()


def _parse(html: str, utf8: bytes | None = None, escapes: DoubleEscapes | None = None) -> etree._Element | None:
    """The document tree, or None when libxml2 could not read all of it.

    ``utf8``: the page's own UTF-8 bytes, when the caller has them: the page is not encoded again. ``escapes``
    counts the double-escaped references undone."""
    if "<?xml" in html[:200]:
        html, utf8 = _XML_DECLARATION.sub("", html, count=1), None
    source: str | bytes
    try:
        encoded = html.encode("utf-8") if utf8 is None else utf8
    except UnicodeEncodeError:  # a lone surrogate: lxml reads the text itself
        source = html = _CONTROL.sub("", html)
    else:
        # libxml2 reads UTF-8 as is, and bytes.translate drops the controls in one
        # C pass, a quarter of a regex scan's time. Most pages hold none: a memchr per
        # control byte costs a quarter of that pass, which then runs only on a page holding one.
        source = encoded
        if any(control in encoded for control in _CONTROL_BYTE_LIST):
            source = encoded.translate(None, _CONTROL_BYTES)
            if len(source) != len(encoded):
                html = _CONTROL.sub("", html)
        source = _drop_icon_glyphs(source, escapes or DoubleEscapes())
    if not html or html.isspace():  # what `not html.strip()` tests, without copying the page
        return _empty()
    if _LXML_ENCODING_DECLARATION.match(html):
        return None  # lxml refuses such text; parsing its UTF-8 instead must not change that
    # Plain etree elements, not lxml.html's: its per-element class lookup costs more than the parse.
    encoding = "utf-8" if isinstance(source, bytes) else None
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True, encoding=encoding)
    try:
        root = etree.fromstring(source, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return _empty()
    if any(entry.level == etree.ErrorLevels.FATAL for entry in parser.error_log):
        return None
    return root


def _drop_icon_glyphs(source: bytes, escapes: DoubleEscapes) -> bytes:
    """The page's UTF-8 without the icon-font glyphs it writes as character references, its double-escaped
    references escaped once."""
    # One regex pass: it costs half the substring tests that could spare it ("&#x" in source, ...).
    escapes.source = source
    return _GLYPH_REFERENCE.sub(partial(_kept_reference, escapes=escapes), source)


def _kept_reference(reference: re.Match[bytes], escapes: DoubleEscapes) -> bytes:
    """A character reference as it is, unless it names an icon-font glyph or is escaped twice."""
    hexadecimal, decimal, escaped = reference.groups()
    if escaped is not None:
        return escapes.once(reference, escaped)
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    return b"" if any(code in area for area in PRIVATE_USE) else reference[0]


def shortcode_tags(text: str, brace_openings: Iterable[int] | None = None) -> list[re.Match[str]]:
    """The shortcodes in the text, as ``SHORTCODE.finditer`` finds them (left to right, none overlapping), but
    for a single-brace tag glued to the word before it ("/{rel}", "a{b}"): a template's placeholder, no plugin's.

    ``brace_openings``: where _SHORTCODE_OPENINGS[1] matches, when the caller found them already."""
    brackets, braces = _SHORTCODE_OPENINGS
    if brace_openings is None:
        brace_openings = [opening.start() for opening in braces.finditer(text)]
    openings = sorted({*(opening.start() for opening in brackets.finditer(text)), *brace_openings})
    tags: list[re.Match[str]] = []
    end = 0
    for start in openings:
        if start >= end and (tag := SHORTCODE.match(text, start)):
            tags.append(tag)
            end = tag.end()
    return tags


def blank_shortcodes(html: str, headings: bool = False) -> str:
    """The page with its unrendered shortcodes blanked out by as many spaces (offsets into it stay true).

    A shortcode is markup, not text: a closing tag "[/name]", an opening tag with attributes or closed
    further on, a bare tag alone in its element ("<p>[adsense]</p>"). A bracketed word in prose ("[sic]",
    "[Optional]", a link's "[text]") is none of these. The text a pair encloses stays, unless the opening
    tag names chrome as a class name does ('[su_box title="Sponsored"]') or a picture ("[caption]"): then
    the pair goes whole, as a chrome element or a figure does, across paragraphs too, but never across a
    heading; such a tag left unclosed stays.
    A template's tag ("{% include ad.html %}") is markup wherever it stands, its comment (TEMPLATE_COMMENT)
    goes whole. A Joomla plugin's tag ("{loadposition article-bottom}") is markup alone in its element, as a
    bare shortcode is: a brace in prose ("the {name} field") is text. So is a template's expression
    ("{{cta('3d9a7b52')}}"), the box it stands for gone with it.
    ``headings``: a titled container's opening tag ('[et_pb_toggle title="Daily"]') becomes its title's heading,
    padded to the tag's length, as a rendered toggle's title heads its body: its only copy on the page.
    """
    braces = [mark.start() for mark in _BRACE_MARK.finditer(html)]  # TEMPLATE_MARK's and the shortcodes' "{"s
    template = any(html[brace + 1] in "%#:" for brace in braces)
    if not template and "[" not in html and "{" not in html:  # most pages: C scans
        return html
    if template:
        html = TEMPLATE_COMMENT.sub(lambda comment: " " * len(comment[0]), html)
    # Without a template's mark, every "{" found opens a shortcode as _SHORTCODE_OPENINGS[1] reads it.
    tags = shortcode_tags(html, None if template else braces)
    # Each tag's next tag of the same name: an opening tag's closing tag when that one closes.
    following: list[re.Match[str] | None] = [None] * len(tags)
    last_of: dict[str, re.Match[str]] = {}
    for k in range(len(tags) - 1, -1, -1):
        following[k] = last_of.get(tags[k]["name"])
        last_of[tags[k]["name"]] = tags[k]
    closed = {tag["name"] for tag in tags if tag["slash"] and tag["brace"] is None}
    spans: list[tuple[int, int]] = []
    titles: dict[int, str] = {}  # a titled container's heading, by its opening tag's start
    for tag, after in zip(tags, following):
        hugo, expression, liquid, brace, slash, name, attributes = tag.groups()
        start, end = tag.span()
        if spans and start < spans[-1][1]:
            continue  # inside a chrome pair already blanked
        if brace is not None or expression is not None:  # braces in prose ("the {name} field") are text
            if not _alone(html, start, end):
                continue
        elif not (
            hugo  # a Hugo or Liquid tag is markup wherever it stands: prose has no "{{<" or "{%"
            or liquid is not None
            or slash
            or name in closed
            or (attributes and _SHORTCODE_ATTRIBUTES.match(attributes))
            or _alone(html, start, end)
        ):
            continue
        if not slash and (name in _PICTURE_SHORTCODES or _chrome_shortcode(name, attributes)):
            if after is not None and after["slash"] and _HEADING_TAG.search(html, end, after.start()) is None:
                end = after.end()
            elif liquid is None and expression is None:  # a Liquid include, a HubL cta() stand for their box
                continue  # unclosed: left to the noise filter, which reads its words ('title="Sponsored"')
        elif headings and not slash and (title := shortcode_heading(name, attributes)):
            titles[start] = f"<{_TAB_PANEL_LEVEL}>{title}</{_TAB_PANEL_LEVEL}>"
        spans.append((start, end))
    if not spans:
        return html
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts += (html[last:start], titles.get(start, "").ljust(end - start))
        last = end
    parts.append(html[last:])
    return "".join(parts)


# WordPress's caption shortcode wraps an image and its caption, as <figure> does: the picture's words, none of the
# article's ("[caption id=...]<img ...> The implementation lifecycle as practised …[/caption]").
_PICTURE_SHORTCODES = frozenset(("caption", "wp_caption"))


def shortcode_heading(name: str, attributes: str | None) -> str | None:
    """The title a titled container's opening tag gives what it encloses (none: None): its name or a word of it
    one of TITLED_SHORTCODES ("et_pb_accordion_item"). A bare admonition type ('title="Warning"') heads nothing."""
    if name not in TITLED_SHORTCODES and TITLED_SHORTCODES.isdisjoint(_SPLIT_WORDS.split(name)):
        return None
    title = SHORTCODE_TITLE.search(attributes or "")
    text = title and (title[1] or title[2] or "").strip()
    return text if text and text.lower().rstrip(":") not in ADMONITION_TYPES else None


def _alone(html: str, start: int, end: int) -> bool:
    """Whether a shortcode is all the text of its element's line: only other shortcodes and blanks
    lie between it and the markup on either side."""
    before = html.rfind(">", max(0, start - _LINE_REACH), start)
    after = html.find("<", end, end + _LINE_REACH)
    if (before == -1 and start > _LINE_REACH) or (after == -1 and end + _LINE_REACH < len(html)):
        return False  # a long text around it: prose (or a script), not a line of tags
    around = html[before + 1 : start] + html[end : after if after != -1 else len(html)]
    return not SHORTCODE.sub("", around).strip()


def _chrome_shortcode(name: str, attributes: str | None) -> bool:
    """Whether a shortcode's name or one-word attribute values name page chrome ("ad_slot", "Sponsored")."""
    if not _CHROME_SHORTCODE_WORDS.isdisjoint(_SPLIT_WORDS.split(name)):
        return True
    values = [value[2] for value in _WORD_VALUE.finditer(attributes)] if attributes else []
    return bool(_chrome_names(" ".join([name, *values]), "", ""))


# A call to action named so only in a shortcode ('[et_pb_cta title="Start your free trial"]...[/et_pb_cta]',
# which Divi renders as an "et_pb_promo" box): the site's pitch. Not a class word: a "cta" class may style an
# article's own link.
_CHROME_SHORTCODE_WORDS = frozenset(("cta",))


def _empty() -> etree._Element:
    return etree.fromstring("<html><body></body></html>", parser=etree.HTMLParser())


def _drop(element: etree._Element) -> None:
    """Remove an element but keep its tail: that text belongs to its parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        _put_before(element, parent, element.tail)
    parent.remove(element)


def _signup_form(form: etree._Element) -> bool:
    """Whether a form signs a reader up: it asks for an e-mail address (an input of type "email", or one named so)."""
    return any(
        field.get("type") == "email" or "email" in (field.get("name") or "").lower() for field in form.iter("input")
    )


_FORM_CAPTION_CHARS = 160  # a sign-up box's line or two ("Was this forwarded to you? Get the next issue ...")
_FORM_CAPTION_BLOCKS = ("p", "span", "div", "strong", "b", *_HEADINGS)


def _drop_form_caption(form: etree._Element) -> int:
    """Drop the caption of a sign-up form, its box's only other text: a line or two of paragraphs over it in the
    same parent, with no list or table ("Was this forwarded to you? Get the next blueprint in your inbox." over
    the e-mail field and its button, in a newsletter issue's mid-article box). The form goes as chrome; its
    caption, left alone, would read as the item of the section it stands in. A parent holding more, or longer
    text, is the article's. Return how many blocks went.

    <p>Get the next issue in your inbox.</p><form><input type="email"></form>  →  (both gone)
    """
    parent = form.getparent()
    if parent is None or parent.tag in ("body", "article", "main") or (parent.text or "").strip():
        return 0
    others = [child for child in parent if child is not form and isinstance(child.tag, str)]
    if not others or len(others) > 2 or any(child.tag not in _FORM_CAPTION_BLOCKS for child in others):
        return 0
    if any(next(child.iter("ul", "ol", "table", "li"), None) is not None for child in others):
        return 0
    if sum(len(_text(child)) for child in others) > _FORM_CAPTION_CHARS or (form.tail or "").strip():
        return 0
    for child in others:
        _drop(child)
    return len(others)


def _empty_out(element: etree._Element) -> None:
    """Remove an element's text and children but keep its tail: that text belongs to its parent."""
    tail = element.tail
    element.clear()
    element.tail = tail


def _put_before(element: etree._Element, parent: etree._Element, text: str) -> None:
    """Append text to what stands before the element in its parent: its previous sibling's tail, else the parent's
    text."""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _meta(root: etree._Element, h1: etree._Element | None) -> SourceMeta:
    """What the page's head says about it; the entry's title (its <h1>) dates it when the head does not."""
    # One pass over the <meta> tags: the first tag naming each property decides it (blank content: None).
    first: dict[str, str | None] = {}
    for tag in root.iter("meta"):
        prop = tag.get("property") or tag.get("name")
        if prop in _META_PROPERTIES and prop not in first:
            first[prop] = (tag.get("content") or "").strip() or None
            if len(first) == len(_META_PROPERTIES):
                break  # all found: no need to walk the body for more
    content = first.get

    url = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = link.get("href") or ""
            url = href if href.startswith(("http://", "https://")) else None
            break
    url = url or content("og:url")
    title_tag = next(root.iter("title"), None)
    title_text = " ".join(s.strip() for s in title_tag.itertext() if s.strip()) if title_tag is not None else None
    published, modified = content("article:published_time") or content("dcterms.date"), content("article:modified_time")
    if is_snapshot(url):
        # An archive's head names and dates the snapshot (its capture): the page's own URL and dates are the page's.
        url = original_url(root)
        published, modified = byline_dates(h1)
    elif published is None or modified is None:
        # Site builders (Wix, Squarespace) and some themes date the page only in its schema.org JSON-LD.
        linked = _linked_data_dates(root)
        published, modified = published or linked[0], modified or linked[1]
    return SourceMeta(
        url=url,
        slug=slug_from_url(url),
        post_id=_post_id(root),
        title=content("og:title") or title_text or None,
        date_published=published or _entry_date(h1),
        date_modified=modified or _entry_modified(h1) or _modified_line(h1),
    )


# The schema.org types whose dates are the page's own; a WebPage node is read when no article node has them.
_ARTICLE_TYPES = frozenset({"Article", "BlogPosting", "NewsArticle", "TechArticle", "Report"})


def _linked_data_dates(root: etree._Element) -> tuple[str | None, str | None]:
    """(datePublished, dateModified) of the page's article in its JSON-LD, a Yoast "@graph" too; (None, None)."""
    pages: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue  # a broken block is no metadata
        nodes = data if isinstance(data, list) else [data]
        nodes = [n for node in nodes if isinstance(node, dict) for n in [node, *(node.get("@graph") or [])]]
        for node in nodes:
            if not isinstance(node, dict) or not isinstance(node.get("datePublished") or node.get("dateModified"), str):
                continue
            kinds = node.get("@type")
            kinds = {kinds} if isinstance(kinds, str) else set(kinds) if isinstance(kinds, list) else set()
            if kinds & _ARTICLE_TYPES:
                return _text_or_none(node.get("datePublished")), _text_or_none(node.get("dateModified"))
            if "WebPage" in kinds:
                pages.append(node)
    if pages:
        return _text_or_none(pages[0].get("datePublished")), _text_or_none(pages[0].get("dateModified"))
    return None, None


def _text_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _entry_date(h1: etree._Element | None) -> str | None:
    """The publication date the entry header prints next to the title: <time datetime="2025-03-14">, or a <time>
    with no datetime whose text is a date (Elementor: <time>November 19, 2025</time>).

    Block themes without an SEO plugin write no article:published_time. The first dated <time> in the
    nearest ancestor of the <h1> holding one is the entry's, up to the <article> or <main> element: the
    body as a whole may hold other posts' dates (related posts, comments, a recent-posts sidebar).
    """
    if h1 is None:
        return None
    for holder in h1.iterancestors():
        if holder.tag == "body":
            break
        edited = False  # the holder's dated <time> is labelled as the last edit's
        for time in holder.iter("time"):
            stamp = _time_stamp(time)
            if stamp and not _UPDATED_CLASSES.intersection((time.get("class") or "").split()):
                if not _labelled_update(time):
                    return stamp
                edited = True
        if edited:
            return None  # the byline dates the last edit only: the publication's date is not printed
        if holder.tag == "article" or holder.tag == "main":
            break
    return None


def _time_stamp(time: etree._Element) -> str:
    """A <time>'s date: its datetime attribute, or, with none (Elementor's post-info widget writes
    "<time>November 19, 2025</time>"), its text when that is a date."""
    stamp = time.get("datetime")
    if stamp is None:
        return iso_date(_text(time)) or ""
    return stamp.strip()


# An entry header holds the title and its meta line, a few elements: an ancestor with more is the content's box.
_HEADER_CHILDREN = 8
_ENTRY_BOUNDS = frozenset(("article", "main", "body"))


def _entry_modified(h1: etree._Element | None) -> str | None:
    """The date of the entry's last edit its header prints next to the title: <time class="updated" datetime=...>
    (hAtom's "updated", which _entry_date passes over for the publication date).

    Only the title's own header is read, the ancestors of the <h1> of a few elements below the <article> or
    <main>: around it, comments and related posts date other things, and reading the article costs a pass.
    """
    if h1 is None:
        return None
    for holder in h1.iterancestors():
        if holder.tag in _ENTRY_BOUNDS or len(holder) > _HEADER_CHILDREN:
            return None
        for time in holder.iter("time", "p"):
            if time.tag == "p":  # Quarto's title block prints it as text: <p class="date-modified">June 18, 2025</p>
                if time.get("class") == "date-modified" and (stamp := iso_date(_text(time))):
                    return stamp
                continue
            stamp = (time.get("datetime") or "").strip()
            if stamp and (_UPDATED_CLASSES.intersection((time.get("class") or "").split()) or _labelled_update(time)):
                return stamp
    return None


# A help centre's meta line under the article's title, the last edit's date and time as text: Freshdesk's
# "Modified on: Tue, 3 Nov, 2026 at 10:12 AM" (its portals' non-US format; the US one reads "Tue, Nov 3, 2026").
_MODIFIED_ON = re.compile(
    r"modified on:?\s+(?:[a-z]{3},\s+)?"  # the weekday
    r"(?:(?P<day>\d{1,2} [a-z]{3,9}),?(?P<year> \d{4})|(?P<us>[a-z]{3,9} \d{1,2}, \d{4}))",
    re.IGNORECASE,
)


def _modified_line(title: etree._Element | None) -> str | None:
    """The date of the "Modified on: ..." line right after the entry's title, when the title's header holds no
    dated <time> (see _entry_modified)."""
    line = title.getnext() if title is not None else None
    if line is None or line.tag != "p":
        return None  # mostly the title's header ends with it
    if (match := _MODIFIED_ON.match(_text(line))) is None:
        return None
    return iso_date(match["day"] + match["year"]) if match["day"] else iso_date(match["us"])


def _labelled_update(time: etree._Element) -> bool:
    """Whether a byline's <time> is labelled as the last edit's date by the text before it ("Updated <time>",
    "Last modified: <time>") or by the meta item right after its own (Zendesk's Copenhagen theme:
    '<li class="meta-data"><time ...></li><li class="meta-data">Updated</li>'; "Created" there dates the article)."""
    previous, parent = time.getprevious(), time.getparent()
    before = (previous.tail if previous is not None else parent.text if parent is not None else None) or ""
    if _UPDATE_LABEL_BEFORE.search(before[-40:]):
        return True
    label = parent.getnext() if parent is not None and previous is None and not (time.tail or "").strip() else None
    return label is not None and not len(label) and _UPDATE_LABEL.fullmatch(_text(label)) is not None


def _entry_heading(body: etree._Element) -> etree._Element | None:
    """The element holding the entry's title: the first <h1>, unless that names the site (Blogger's header
    widget, a theme's site title) and a heading marked as the entry's title stands elsewhere: Blogger
    writes the post's title as an <h3 class="post-title entry-title">; a help centre's article, unmarked, as a
    heading in the blueprint's title shape under its portal's <h1>."""
    h1 = next(body.iter("h1"), None)
    if h1 is None or _ENTRY_TITLE_CLASSES.intersection((h1.get("class") or "").split()) or not _site_title(h1):
        return h1
    marked = next((h for h in body.iter(*_HEADINGS) if _entry_title(h)), None)
    if marked is None:
        marked = next((h for h in body.iter(*_HEADINGS) if _BLUEPRINT_TITLE.search(_text(h))), None)
    return marked if marked is not None else h1


def _entry_title(heading: etree._Element) -> bool:
    """Whether a heading is marked as the entry's title: class entry-title / post-title, itemprop headline."""
    return bool(_ENTRY_TITLE_CLASSES.intersection((heading.get("class") or "").split())) or (
        "headline" in (heading.get("itemprop") or "").split()
    )


def _site_title(h1: etree._Element) -> bool:
    """Whether an <h1> names the site: it links to the home page, or stands in a page header or navigation
    outside the entry (<article>, <main>)."""
    for link in h1.iter("a"):
        href = link.get("href") or ""
        if "home" in (link.get("rel") or "").split() or (href and _HOME_URL.fullmatch(href)):
            return True
    for holder in h1.iterancestors("header", "nav", "article", "main"):
        return holder.tag in ("header", "nav") and next(holder.iterancestors("article", "main"), None) is None
    return False


def _microdata_date(root: etree._Element, prop: str = "datePublished") -> str | None:
    """The first schema.org microdata stamp of the property (datePublished, dateModified): its content, datetime or
    title attribute (Blogger: <abbr itemprop="datePublished" title="2025-03-15T09:12:00+05:30">9:12 AM</abbr>), else
    its text when that is a date as a byline prints one (WordPress themes: <span itemprop="datePublished">March
    14, 2026</span>, no attribute)."""
    for element in root.iterfind(".//*[@itemprop]"):
        if prop in element.get("itemprop").split():
            for attribute in ("content", "datetime", "title"):
                if stamp := (element.get(attribute) or "").strip():
                    return stamp
            if stamp := iso_date(_text(element)):
                return stamp
    return None


def _wiki_edit_date(root: etree._Element) -> str | None:
    """The ISO date of a wiki's footer line "This page was last edited on 14 March 2026, at 10:22.", if any."""
    for text in _EDIT_DATE_TEXTS(root):
        if (stamp := _EDIT_DATE.search(text)) and (date := iso_date(stamp.group(1))):
            return date
    return None


def _post_id(root: etree._Element) -> int | None:
    """The WordPress post id: from the body class, else from the first <article>'s id."""
    body = root.find("body")
    match = _BODY_POST_ID.search(body.get("class") or "") if body is not None else None
    if match is None:
        article = next(root.iter("article"), None)  # the entry comes before related-post articles
        match = _ARTICLE_POST_ID.fullmatch(article.get("id") or "") if article is not None else None
    return int(match.group(1)) if match else None


def _tab_lists(html: str) -> tuple[bool, bool, bool]:
    """Whether the page names a page builder's tab list ("vc_tta-tabs-list"), an ARIA one (role="tablist"), and a
    tab row by its class ("su-tabs-nav"): one scan for all spares most pages the searches over the tree."""
    builder = aria = row = False
    for mark in _TAB_LIST_MARK.finditer(html):
        word = mark.group()
        if word == "tablist":
            aria = True
        elif word.endswith("list"):
            builder = True
            aria = aria or word == _TITLE_LIST_MARK
        else:
            row = True
        if builder and aria and row:
            break
    return builder, aria, row


def _sweep(body: etree._Element, builder_tabs: bool, aria_tabs: bool) -> int:
    """Remove page chrome: tags that are never article, and elements whose attributes name chrome. Return how
    many of them showed text (see _shown_chrome): the noise blocks the page loses here, never cut as blocks.

    A tab list whose labels repeat its panels' own headings goes, and the labels of the other ARIA tabs move to
    their panels first (only where the page has a tab list: finding them costs a pass over the tree), and a
    hidden panel that a tab or an accordion's button shows stays.

    The tags go first: what is left holds a quarter fewer elements with attributes to read, and the
    elements inside a removed subtree could only be removed from that detached subtree, never the body.
    """
    controlled = _drop_echoed_tab_lists(body) if builder_tabs else set()
    panels: set[etree._Element] = set()  # the panels ARIA tabs' labels head
    if aria_tabs or builder_tabs:  # a "tabs-list" of role="tab" buttons with no tablist (Mintlify's <Tabs>)
        controlled |= _label_panels(body, panels)
    tab_boxes = {a for panel in panels for a in panel.iterancestors()}  # what holds them: a few dozen at most
    shown = 0
    for element in list(body.iter(*_DROP_TAGS)):
        if element.tag == "button":
            target = element.get("aria-controls")
            if target:
                controlled.add(target)  # the panel an accordion's button shows
            if next(element.iterancestors(*_HEADINGS), None) is not None:
                _unwrap(element)  # an accordion header's button: its text is the heading's
                continue
            if _pane_title_button(element):
                continue  # its box is now the heading over its panel
        elif element.tag == "noscript" and _noscript_content(element):
            _lift(element)  # a lazy-loading plugin's fallback: the article's own content, for a reader without scripts
            continue
        elif element.tag == "object" and _object_content(element):
            _lift(element)  # a wrapper with no plug-in to run (Apple Notes' tables): its content is the article's
            continue
        elif element.tag == "aside" and _quoted_passage(element):
            _lift_quotation(element)
            continue
        elif element.tag == "aside" and _admonition_aside(element):
            continue  # the article's callout: its bare type title ("Tip") is hidden, gone with the hidden chrome
        elif element.tag == "aside" and _book_sidebar(element):
            continue  # an EPUB chapter's sidebar or tip box: the book's own text, not a site's sidebar
        elif element.tag in _LANDMARKS and _left_open(element) and _in_page(element, body) and _holds_article(element):
            _lift(element)  # an unclosed tag nested the article in it: its own chrome goes piece by piece below
            continue
        elif element.tag == "form" and _signup_form(element) and _in_page(element, body):
            shown += _drop_form_caption(element)
        if _shown_chrome(element):
            shown += 1
        _drop(element)
    _drop_footnote_references(body)
    _drop_edit_links(body)
    headings = [h for h in body.iter(*_HEADINGS) if len(h)]  # those with markup inside: one pass for both
    _drop_permalinks(headings)
    _drop_heading_badges(headings)
    chrome = [e for e in _WITH_ATTRIBUTES(body) if _chrome_element(e)]
    if not chrome:
        return shown
    chrome = _drop_mobile_copies(body, chrome)
    # A class name is a weak signal next to the article's own numbered section headings. What holds
    # one is no chrome, whatever a theme named it ("widget-area"). And chrome words on the wrappers
    # of those headings below the article root name this page's content blocks (a page builder's
    # "widget" the vocabulary does not know): an element named by those words alone stays.
    sections = [h for h in body.iter(*_HEADINGS) if _numbered_section(h)]
    article: set[etree._Element] = set(sections)
    content_words: set[str] = set()
    if sections:
        root = _smallest_holder(sections, body)
        for heading in sections:
            below_root = True
            for wrapper in heading.iterancestors():
                article.add(wrapper)
                below_root = below_root and wrapper is not root
                if below_root:
                    content_words.update(_chrome_words(wrapper))
    data_tables: dict[etree._Element, bool] = {}  # per table holding a part named like chrome: a data table?
    for element in chrome:
        if element in article or _header_row(element) or _data_table_part(element, data_tables):
            continue
        tag = element.tag  # read once for both tests below: most chrome is neither
        if tag in _HEADINGS and _titled_heading(element):
            continue
        if tag == "a" and _titled_permalink(element):
            _lift(element)  # a link to itself: read as a link, the heading would be navigation, no page title
            continue
        if controlled and element.get("id") in controlled and not _chrome_words(element):
            continue  # hidden, but the panel a tab or an accordion button shows
        if tab_boxes and element in tab_boxes and _named_as_navigation(element):
            continue  # a tab widget named after its tab row ("nav-not-justified"), not a menu: its panels stay
        if content_words and not _hidden(element) and _chrome_words(element) <= content_words:
            continue
        if _heading_anchor(element, root if sections else None):
            continue
        if sections and element.tag == "section" and _section_anchor(element, root):
            continue
        if not sections and _open_header_box(element):
            continue  # the chrome inside it still goes
        if _chrome_words(element) and _shown_chrome(element):  # named chrome, not a hidden copy
            shown += 1
        _drop(element)
    return shown


# The elements a reader sees as a block of the page: a box, a list, a menu, a site header, a comment form. Not
# code, media, a lone control, nor an inline label (a heading's "Section titled ..." for screen readers).
_CHROME_BLOCK_TAGS = _BLOCK_TAGS | {"nav", "header", "footer", "aside", "form", "dialog", "menu"}


# Still in the page (under the <body>, not inside chrome dropped before: libxml2 unlinks what is dropped) and
# holding text. In libxml2, not Python: a Python walk made lxml build a proxy for each ancestor and text node.
_IN_PAGE_WITH_TEXT = etree.XPath("boolean(ancestor::body) and normalize-space(.) != ''")


def _shown_chrome(element: etree._Element) -> bool:
    """Whether dropping the element takes a block of text off the page: a block that holds text and is still in
    the page, not inside chrome dropped before (a share bar's links go with the bar, one block). Asked of dropped
    elements only."""
    return element.tag in _CHROME_BLOCK_TAGS and _IN_PAGE_WITH_TEXT(element)


def _onenote_page(generator: str) -> bool:
    """Whether OneNote wrote the page: its head names it the generator ("Microsoft OneNote 15")."""
    return "OneNote" in generator


def _vue_docs_page(generator: str) -> bool:
    """Whether VuePress or VitePress built the page ("VuePress 2.0.0-rc.18"): their boxes' titles ("hint-container-
    title", "custom-block-title") are admonition titles."""
    return generator.startswith(("VuePress", "VitePress"))


def _generator(root: etree._Element) -> str:
    """The generator the page's head names, or ''."""
    head = root.find("head")
    if head is None:
        return ""
    for meta in head.iterchildren("meta"):
        if (meta.get("name") or "").lower() == "generator":
            return meta.get("content") or ""
    return ""


def _drop_todo_notes(body: etree._Element) -> None:
    """Drop an editor's to-do note: a paragraph led by OneNote's "To Do" tag icon ("<p><img alt="To Do"> Check
    with Legal ... (Priya)</p>") is a task about the page, not its text. A run of them is a checklist the article
    shows, and stays."""
    notes = {img.getparent() for img in body.iter("img") if _leads_todo_note(img)}
    for note in [n for n in notes if n.getprevious() not in notes and n.getnext() not in notes]:
        _drop(note)


def _leads_todo_note(img: etree._Element) -> bool:
    """A "To Do" tag icon opening its paragraph, no text before it."""
    parent = img.getparent()
    return (
        (img.get("alt") or "").strip() == _TODO_TAG
        and parent is not None
        and parent.tag == "p"
        and parent[0] is img
        and not (parent.text or "").strip()
    )


def _drop_mobile_copies(body: etree._Element, chrome: list[etree._Element]) -> list[etree._Element]:
    """Drop the mobile copy of a page built with per-device copies of its content; return the rest of its chrome.

    Such a page holds elements hidden on mobile (the desktop copy) and elements hidden on desktop (the mobile
    copy: cards, an accordion in place of a table). CSS shows one, a scraper reads both: read as a desktop reader
    sees it, the mobile copy goes, whatever its order and the section headings it holds. With no element hidden
    on mobile, one hidden on desktop is its content's only copy: chrome only if its other words name chrome.
    """
    copies = [e for e in chrome if not _HIDDEN_ON_DESKTOP.isdisjoint(_chrome_words(e))]
    if not copies:  # most pages: no element shown on mobile only
        return chrome
    if any(not _HIDDEN_ON_MOBILE.isdisjoint((e.get("class") or "").lower().split()) for e in _WITH_ATTRIBUTES(body)):
        for copy in copies:
            _drop(copy)
        return chrome  # the copies and what they held are detached: dropping them again changes nothing
    return [e for e in chrome if _hidden(e) or _chrome_words(e) - _HIDDEN_ON_DESKTOP]


def _data_table_part(element: etree._Element, data_tables: dict[etree._Element, bool]) -> bool:
    """A part of a data table (its header row, a cell), whatever its class says. A layout table's cells are
    the page's boxes: one named "header" or "footer" holds the site's header or footer, chrome as a div is."""
    if element.tag not in _TABLE_PARTS:
        return False
    table = next(element.iterancestors("table"), None)
    if table is None:
        return False
    if table not in data_tables:
        data_tables[table] = not _layout_table(table)
    return data_tables[table]


def _titled_heading(element: etree._Element) -> bool:
    """A heading element whose only chrome word names it a heading ("et_pb_module_header"): a title of the
    content, whatever box it heads; the box decides (a promotion's or a newsletter box's title goes with it).
    Other words still name chrome ("widget-title", "comments-header"), and a hidden heading stays hidden."""
    return element.tag in _HEADINGS and _chrome_words(element) <= _HEADING_WORDS and not _hidden(element)


def _titled_permalink(element: etree._Element) -> bool:
    """A heading's permalink that holds the heading's whole text, named a heading by its class alone (VuePress'
    '<h2 id="kpis"><a class="header-anchor" href="#kpis"><span>7) KPIs</span></a></h2>'): the heading's title,
    not chrome. An icon permalink ("#", "¶", an svg) has no text of its own: it still goes."""
    if not (element.get("href") or "").startswith("#"):
        return False
    heading = next(element.iterancestors(*_HEADINGS), None)
    if heading is None or not _chrome_words(element) <= _HEADING_WORDS or _hidden(element):
        return False
    text = _text(element)
    return bool(text) and _PERMALINK_TEXT.fullmatch(text) is None and text == _text(heading)


def _heading_anchor(element: etree._Element, article_root: etree._Element | None) -> bool:
    """A heading, or an element inside one (MediaWiki's "mw-headline" span), named as chrome by its id alone:
    an anchor, not chrome ('<h3 id="skills-needed-for-promotion">', 'id="Skills_needed_for_promotion"'), when
    the id is the slug of the heading's own text or the heading is inside the article's root."""
    heading = element if element.tag in _HEADINGS else element.getparent()
    if heading is None or heading.tag not in _HEADINGS or _hidden(element):
        return False
    if _chrome_names(element.get("class") or "", "", element.get("role") or ""):
        return False  # the class or role names chrome too
    if article_root is not None and any(a is article_root for a in heading.iterancestors()):
        return True
    return _SLUG_WORDS.findall(element.get("id", "").lower()) == _SLUG_WORDS.findall(_text(heading).lower())


def _section_anchor(element: etree._Element, article_root: etree._Element) -> bool:
    """A <section> wrapping a sub-heading of the article, named as chrome by its id alone: pandoc and Quarto wrap
    each heading in a section whose id is the heading's slug ('<section id="skills-needed-for-promotion"
    class="level3"><h3>Skills needed for promotion</h3>'), an anchor, not chrome: its content is the article's."""
    heading = next(element.iterchildren(*_HEADINGS), None)
    if heading is None or _hidden(element) or _chrome_names(element.get("class") or "", "", element.get("role") or ""):
        return False
    if not any(a is article_root for a in element.iterancestors()):
        return False
    return _SLUG_WORDS.findall(element.get("id", "").lower()) == _SLUG_WORDS.findall(_text(heading).lower())


def _drop_echoed_tab_lists(body: etree._Element) -> set[str]:
    """Drop each page builder's tab list (a list named so by its class, "vc_tta-tabs-list") whose labels all head
    the panels they open; the ids of those panels. _label_panels drops an ARIA tab list of the kind.

    A page builder may print a panel's title twice: in the tab list, and over the panel as its own heading, shown
    when the tabs fold into an accordion on phones (WPBakery's "vc_tta-panel-heading"). The headings name the
    panels already: the list is navigation, and read as a list its labels would stand as items of the section.
    """
    panels: set[str] = set()
    tab_lists = [e for e in body.iter("ul", "ol") if _tab_list_class(e.get("class") or "")]
    by_id = _by_id(body) if tab_lists else {}
    for tab_list in tab_lists:
        if targets := _echoed_panels(tab_list, by_id):
            panels.update(targets)
            _drop(tab_list)
    return panels


def _tab_list_class(names: str) -> bool:
    """A page builder's tab list class. "list" first: long utility-class strings make the pattern's search costly."""
    return "list" in names and _TAB_LIST_CLASS.search(names) is not None


def _by_id(body: etree._Element) -> dict[str, etree._Element]:
    """The elements with an id, by id (the first of a repeated id)."""
    by_id: dict[str, etree._Element] = {}
    for element in _ELEMENTS_WITH_ID(body):
        by_id.setdefault(element.get("id"), element)
    return by_id


def _echoed_panels(tab_list: etree._Element, by_id: dict[str, etree._Element]) -> list[str]:
    """The ids of the panels a tab list's tabs open, when each tab's label is the first heading of its panel (two
    tabs at least); else none."""
    tabs = _outermost(_TAB_LINKS(tab_list))
    targets = [_tab_target(tab) or "" for tab in tabs]
    panels = [by_id.get(target) if target else None for target in targets]
    echoed = len(tabs) > 1 and all(_echoed_label(tab, panel, tab_list) for tab, panel in zip(tabs, panels))
    return targets if echoed else []


def _outermost(elements: list[etree._Element]) -> list[etree._Element]:
    """The elements not inside another of them, in order (a tab's <li role="tab"> and the link in it: one tab)."""
    kept: list[etree._Element] = []
    for element in elements:
        if not kept or not any(a in kept for a in element.iterancestors()):
            kept.append(element)
    return kept


def _echoed_label(tab: etree._Element, panel: etree._Element | None, tab_list: etree._Element) -> bool:
    """Whether a tab's label is the first heading of the panel it opens, a panel outside its list (Elementor puts
    each panel with a phone's copy of its title in a tab list of their own)."""
    if panel is None or any(a is tab_list for a in panel.iterancestors()):
        return False
    heading = next(panel.iter(*_HEADINGS), None)
    label = _text(tab).casefold()
    return heading is not None and bool(label) and _text(heading).casefold() == label


def _label_panels(body: etree._Element, panels: set[etree._Element]) -> set[str]:
    """Move each tab's label into its panel as the panel's heading; the ids of the panels controls show. The
    panels a label went to are added to ``panels``.

    A tab list prints all the labels first, then the panels: a label is the heading of the panel
    its tab controls (aria-controls, or a link's "#id"), or of the panel at its place in the list
    when the tabs name none. A label whose panel is not found stays where it is.
    """
    controlled: set[str] = set()
    tabs = _outermost(_TABS(body))  # a link inside a tab: one label
    if not tabs:
        return controlled
    by_id = _by_id(body)
    places: dict[etree._Element, int] = {}  # per tab list, the tabs seen so far
    # Per tab list under a sub-heading, the list its labels become (None: under a section's heading, or none).
    label_lists: dict[etree._Element, etree._Element | None] = {}
    echoed: set[etree._Element] = set()  # the tab lists whose labels head their panels already: dropped
    labelled: set[etree._Element] = set()
    row_panels: dict[etree._Element, list[etree._Element]] = {}  # per tab list whose panels name no role
    for tab in tabs:
        tab_list = _tab_list(tab)
        place = places[tab_list] = places.get(tab_list, -1) + 1
        if place == 0 and _echoed_panels(tab_list, by_id):
            echoed.add(tab_list)
            label_lists[tab_list] = None
        elif place == 0:
            label_lists[tab_list] = _label_list(tab_list, (_text(t) for t in _TABS(tab_list)))
        target = _tab_target(tab)
        panel = by_id.get(target) if target else None
        if panel is None or any(a is panel for a in tab.iterancestors()):
            # none named, or the tab's own item (Kadence's aria-controls names the <li>): the panel at its place
            target, panel = None, _panel_at(tab_list, place, row_panels)
        if panel is None and _head_own_panel(tab):
            continue
        label = _text(tab)
        if panel is None or not label or any(a is panel for a in tab.iterancestors()):
            continue
        if target:
            controlled.add(target)
        if panel not in labelled and tab_list not in echoed and not _titled_at_length(panel, label):  # else a second
            # label of the panel (Elementor repeats each for phones), or one its panel's own heading repeats or says at
            # length ("Must-have" over "Must-have technical skills"): dropped
            labelled.add(panel)
            panels.add(panel)
            if (labels := label_lists[tab_list]) is not None:
                _list_panel(labels, panel, label)
            else:
                _head_panel(panel, label)
        tab.text = None
        for child in list(tab):
            _drop(child)
    return controlled


def _named_as_navigation(element: etree._Element) -> bool:
    """Whether an element's chrome words name navigation only ("nav", "menu"), and it is not hidden. Asked of one
    holding tab panels: a tab widget named after its tab row (Avada's "fusion-tabs nav-not-justified"), whose
    panels, dropped with it, would take a section's lists with them, and nothing left to tell."""
    return _chrome_words(element) <= _NAV_WORDS and not _hidden(element)


def _titled_at_length(panel: etree._Element, label: str) -> bool:
    """Whether a tab panel opens on a heading of its own (through the wrappers around it) that starts with the tab
    label's first word: the panel's title ("Advanced or expert-level technical skills"), which the label only
    shortens ("Advanced / expert"). A label naming a section over a panel opening on a sub-heading is no such."""
    node = panel
    for _ in range(_PANEL_WRAPPERS):
        if (node.text or "").strip() or not len(node):
            return False
        node = node[0]
        if node.tag in _HEADINGS:
            first = _SLUG_WORDS.search(label.casefold())
            return first is not None and _SLUG_WORDS.findall(_text(node).casefold())[:1] == [first.group()]
    return False


def _tab_list(tab: etree._Element) -> etree._Element:
    """The list a tab stands in: its role="tablist" ancestor, or a page builder's list by its class (Kadence's
    "kt-tabs-title-list", each tab a link in an item), else the tab's parent."""
    for ancestor in tab.iterancestors():
        if ancestor.get("role") == "tablist":
            return ancestor
        if ancestor.tag in ("ul", "ol") and _tab_list_class(ancestor.get("class") or ""):
            return ancestor
    parent = tab.getparent()
    if parent.tag == "li" and parent.getparent() is not None:
        return parent.getparent()  # each tab a button in an item (Mintlify's <Tabs>): the list holds the row
    return parent


def _label_admonitions(body: etree._Element) -> None:
    """An admonition's title: dropped when it is a bare type word ("Note", "Warning"), chrome that would stand as a
    paragraph of the section; a title in real words ("Measurement caveats") is made bold, the label of the box's
    text as a bold lead line is. A <summary> in real words is a collapsible group's heading already: it stays."""
    for title in _ADMONITION_TITLES(body):
        text = _text(title)
        if text.lower().rstrip(":") in ADMONITION_TYPES:
            _drop(title)
        elif title.tag == "p" and text and _wholly_bold(title) is None:
            for child in list(title):
                title.remove(child)
            bold = title.makeelement("strong")
            bold.text, title.text = text, None
            title.append(bold)
        elif text and title.tag == "div":
            _callout_lead(title, text)
        elif title.tag == "summary" and _CONTROL_HINT.search(text):
            _drop_control_hint(title)


def _drop_control_hint(summary: etree._Element) -> None:
    """Drop the control hint closing a <summary>'s label ("Role Variants (click to expand)"): the control's
    instructions, not the label, which may title a section (a collapsible section with no heading of its own)."""
    for node in reversed(_TEXT_NODES(summary)):
        if node.strip():
            label = _CONTROL_HINT.sub("", node.rstrip(), count=1)
            owner = node.getparent()
            if node.is_text:
                owner.text = label
            else:
                owner.tail = label
            return


def _callout_lead(title: etree._Element, text: str) -> None:
    """A callout's title in a <div> (Quarto's "callout-title-container" inside its "callout-header", Obsidian's
    "callout-title"): the box's bold lead line, put before the box's header, which names page chrome ("header")."""
    box_child = title
    for ancestor in title.iterancestors():
        if "callout" in (ancestor.get("class") or "").split():
            lead = ancestor.makeelement("p")
            bold = lead.makeelement("strong")
            bold.text = text
            lead.append(bold)
            box_child.addprevious(lead)
            _drop(title)
            return
        box_child = ancestor


def _drop_callout_icons(callouts: list[etree._Element]) -> None:
    """Drop a callout's icon: a child of the box holding an emoji or a symbol and no word (Notion's
    '<div style="font-size:1.5em"><span class="icon">💡</span></div>' beside the box's text). Kept, it would
    stand as a paragraph of the section of its own, a note "💡"."""
    for callout in callouts:
        if _CALLOUT_CLASSES.isdisjoint(callout.get("class").split()):
            continue
        for child in list(callout):
            if isinstance(child.tag, str) and (text := _text(child)) and _SLUG_WORDS.search(text) is None:
                _drop(child)


def _drop_ad_boxes(callouts: list[etree._Element]) -> None:
    """Drop a callout box whose text says it is an ad: a sponsorship kicker opening its title ("Partner course:
    ..."), a promo code (noise.is_ad_copy). Read as blocks, its title would stand as a
    sub-heading of the section and its copy as the section's item. An ad's box links to its offer (its button): a box
    with no link (a Notion page's note), or holding a list or a table, is the article's and is not read.
    """
    from .noise import is_ad_copy  # noise reads this module's shortcode pattern: imported here, not at the top

    for box in callouts:
        if _CALLOUT_WORD.search(box.get("class")) is None:
            continue
        if {e.tag for e in box.iter("a", "ul", "ol", "table")} != {"a"}:
            continue
        text = _text(box)
        if len(text) <= _AD_BOX_CHARS and is_ad_copy(text):
            _drop(box)


def _drop_hint_ads(body: etree._Element) -> None:
    """Drop a VuePress or VitePress note box that is an ad: its text says so (noise.is_ad_copy), or it closes on a
    promotional link after an offer ("Spring cohort closes Friday — apply now"). Its title would stand as a note of
    the section, its copy as another. A box holding a list or a table is the article's."""
    from .noise import is_ad_copy, is_offer_box  # noise reads this module's shortcode pattern: imported here

    for box in _HINT_BOXES(body):
        links = list(box.iter("a"))
        if not links or next(box.iter("ul", "ol", "table"), None) is not None:
            continue  # a box's title, or a box of the article's
        text = _text(box)
        if len(text) <= _AD_BOX_CHARS and (is_ad_copy(text) or is_offer_box(text, _text(links[-1]))):
            _drop(box)


def _label_list(tab_list: etree._Element, labels: Iterable[str]) -> etree._Element | None:
    """A new list before a tab list that stands under a sub-heading (the heading before it names no section), for
    its labels; else None, its labels then head their panels (as they do when one names a section: tabs holding
    whole sections, "7) KPIs" beside "8) Technical Skills", stand under whatever heading came last). ARIA tabs and
    radio-button tabs alike: what they stand for is told by the heading and the labels, not by the markup.

    A section's sub-headings come flat: a label heading its panel under "By company size" would read as a
    sub-heading beside it, a dimension of its own, not the variant ("Startup", "Enterprise") it names. As a
    list's item, its panel's content nested under it, it is a name line over its points, one level down.
    """
    before = _heading_before(tab_list)
    if before is None or classify_heading(_text(before)).spec is not None:
        return None
    if any(classify_heading(label).spec is not None for label in labels):
        return None
    label_list = tab_list.makeelement("ul", {_TAB_LABELS: ""})
    tab_list.addprevious(label_list)
    return label_list


def _list_panel(labels: etree._Element, panel: etree._Element, label: str) -> None:
    """Move a tab's panel into a new item of its labels' list, after the label's text."""
    item = etree.SubElement(labels, "li")
    item.text = label
    if panel.tail:
        _put_before(panel, panel.getparent(), panel.tail)
        panel.tail = None
    item.append(panel)


def _heading_before(element: etree._Element) -> etree._Element | None:
    """The last heading before an element in document order: a preceding sibling, or the last heading inside
    one (GitBook wraps each heading in a div), of the element or of an ancestor; None."""
    node: etree._Element | None = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            if sibling.tag in _HEADINGS:
                return sibling
            inner = None
            for inner in sibling.iterdescendants(*_HEADINGS):
                pass
            if inner is not None:
                return inner
        node = node.getparent()
    return None


def _head_panel(panel: etree._Element, label: str) -> None:
    """Put a tab's label at the top of its panel, as the panel's heading."""
    heading = panel.makeelement(_TAB_PANEL_LEVEL)
    heading.text = label
    heading.tail, panel.text = panel.text, None
    panel.insert(0, heading)


def _label_radio_tabs(body: etree._Element) -> None:
    """Move each label of a row of <label for> tabs to the panel at its place, as _label_panels does for ARIA tabs:
    under a sub-heading, a list of the labels, each over its panel; else each label heading its panel.

    CSS-only tabs (MkDocs Material's content tabs) switch radio inputs: the row holds only the labels, and the
    element after it holds as many panels (or the row is followed by as many panels). Left in place, the labels
    glue into one line ("StartupMid-sizeEnterprise") and the panels read as loose text.
    """
    for row in {id(label.getparent()): label.getparent() for label in _FOR_LABELS(body)}.values():
        labels = list(row)
        if len(labels) < 2 or any(label.tag != "label" or not label.get("for") for label in labels):
            continue
        if panels := _panels_after(row, len(labels)):
            _label_row_panels(row, [_text(label) for label in labels], panels)


def _label_class_tabs(body: etree._Element) -> None:
    """Move each label of a tab row named by its class (_TAB_ROW_CLASS) to the panel at its place, as
    _label_radio_tabs does: label n heads panel n.

    Such a widget (Otter Blocks' tabs, Shortcodes Ultimate's su-tabs) prints its labels in a row named "header" or
    "nav", then a holder of as many panels. The chrome sweep drops the row by its name, and with it every label:
    a Day-to-Day section's cadence lists ran together under no heading. A row of ARIA tabs is _label_panels' own.
    """
    for row in _CLASSED_TABS(body):
        if _TAB_ROW_CLASS.search(row.get("class")) is None or row.getparent() is None:
            continue  # not a tab row, or inside one already moved
        labels = _tab_row_labels(row)
        if labels and (panels := _panels_after(row, len(labels))):
            _label_row_panels(row, labels, panels)


def _tab_row_labels(row: etree._Element) -> list[str] | None:
    """The labels of a row of class-named tabs, one per child: short phrases, no list, table or paragraph in one;
    None for any other row, and for ARIA tabs (_label_panels reads those)."""
    if row.get("role") == "tablist" or row.find(".//*[@role='tab']") is not None:
        return None
    labels = []
    for tab in row:
        if not isinstance(tab.tag, str):
            continue
        if (text := _tab_label(tab)) is None:
            return None
        labels.append(text)
    return labels if len(labels) > 1 else None


def _tab_label(tab: etree._Element) -> str | None:
    """A tab's text when it is a label: a short phrase, no list, table or paragraph in it; else None (a row of
    content, or an accordion's item holding its own panel)."""
    text = _text(tab)
    if not text or len(text) > _MAX_TAB_LABEL or next(tab.iter("p", "ul", "ol", "table"), None) is not None:
        return None
    return text


def _panels_after(row: etree._Element, count: int) -> list[etree._Element]:
    """The panels a row of tab labels opens: as many elements in the element after it, or as many boxes after it
    (a widget holding its row and panels); else none. Any other element after it is the article's own flow: a
    row of links over the rest of a section ("Previous role", "Next role") heads nothing."""
    holder = row.getnext()
    panels = [e for e in holder if isinstance(e.tag, str)] if holder is not None else []
    if len(panels) != count:
        panels = [e for e in row.itersiblings() if isinstance(e.tag, str)]
        if any(panel.tag not in _PANEL_BOXES for panel in panels):
            return []
    return panels if len(panels) == count else []


def _label_row_panels(row: etree._Element, labels: list[str], panels: list[etree._Element]) -> None:
    """Put each label of a tab row over the panel at its place, and drop the row: under a sub-heading, a list of
    the labels, each over its panel (_label_list); else each heading its panel, unless the panel opens on its own
    heading saying it (_titled_at_length). A panel's first element repeating its label (a phone's copy, Otter's
    "tabs-item__header") gives way to the label, so the panel is headed once."""
    label_list = _label_list(row, labels)
    for label, panel in zip(labels, panels):
        _drop_label_copy(panel, label)
        if label_list is not None:
            _list_panel(label_list, panel, label)
        elif not _titled_at_length(panel, label):
            _head_panel(panel, label)
    _drop(row)


def _drop_label_copy(panel: etree._Element, label: str) -> None:
    """Drop a panel's opening element when it only repeats the panel's tab label and is no heading."""
    first = next((e for e in panel if isinstance(e.tag, str)), None)
    if first is None or first.tag in _HEADINGS or (panel.text or "").strip():
        return
    if _text(first).casefold() == label.casefold():
        _drop(first)


def _tab_target(tab: etree._Element) -> str | None:
    """The id of the panel a tab names: its aria-controls, or the "#id" its link goes to."""
    target = tab.get("aria-controls")
    if target:
        return target
    link = tab if tab.tag == "a" else tab.find(".//a")
    href = (link.get("href") or "") if link is not None else ""
    return href[1:] if href.startswith("#") else None


def _panel_at(
    tab_list: etree._Element, place: int, row_panels: dict[etree._Element, list[etree._Element]]
) -> etree._Element | None:
    """The tab panel at a place among those after a tab list, in the element that holds them both; where no element
    there has the tabpanel role, the panel at its place after a row of labels (_row_panels, found once per list)."""
    holder = tab_list.getparent()
    panels = _TAB_PANELS(holder) if holder is not None else []
    if not panels:
        if tab_list not in row_panels:
            row_panels[tab_list] = _row_panels(tab_list)
        panels = row_panels[tab_list]
    return panels[place] if place < len(panels) else None


def _row_panels(tab_list: etree._Element) -> list[etree._Element]:
    """The panels after a row of ARIA tabs whose panels have no role and whose links name no element (Spectra's
    "uagb-tabs__body-container"s after its tab row, linked to "#uagb-tabs__tab0"): as many panels as tabs, label n
    over panel n, as a class-named row's (_panels_after); none when a tab is no short label (an accordion's item
    marked as a tab holds its own panel: _head_own_panel)."""
    tabs = _outermost(_TABS(tab_list))
    if len(tabs) < 2 or any(_tab_label(tab) is None for tab in tabs):
        return []
    return _panels_after(tab_list, len(tabs))


def _head_own_panel(tab: etree._Element) -> bool:
    """Make the question of an FAQ's item marked as a tab the heading of the answer after it, in the item (Spectra's
    FAQ: '<div class="uagb-faq-item" role="tab">', a question button, then the answer); whether it was one.

    Its question heads its answer, as an accordion's toggle title heads its panel (_toggle_title): read as two
    paragraphs, each question stood apart from its answer among the section's notes. A title that asks nothing
    ("1. Systems thinking", an FAQ block used for a list) stays a title paragraph: it reads as a numbered item."""
    parts = [child for child in tab if isinstance(child.tag, str)]
    if len(parts) != 2 or parts[0].tag in _HEADINGS or not _text(parts[1]):
        return False
    title, label = parts[0], _tab_label(parts[0])
    if label is None or not label.endswith("?"):
        return False
    heading = title.makeelement(_TAB_PANEL_LEVEL)
    heading.text, heading.tail = label, title.tail
    tab.replace(title, heading)
    return True


# What a <noscript> holds when it is the article's content, not a script's stand-in (an ad's <iframe>, a tracking
# pixel, a lazy image's copy, a "please enable JavaScript" line, a "Load more comments" link).
_NOSCRIPT_BLOCKS = frozenset(("table", "ul", "ol", "dl", *_HEADINGS))
# The same, opening a tag in a noscript's markup when libxml2 kept it as text ("<h" opens any heading).
_NOSCRIPT_BLOCK_MARKUP = ("<table", "<ul", "<ol", "<dl", "<h", "<p")
# Paragraphs of text are content from two on: one is a line about scripts or a fallback link.
_NOSCRIPT_PARAGRAPHS = 2
# The landmarks dropped whole as chrome unless one holds the article (_holds_article): those that open before it,
# where an unclosed tag nests it (a footer closes the page: the article is behind it); and how many section
# headings tell so (a related-posts box may title a card like a section: "Career path for data analysts").
_LANDMARKS = frozenset(("header", "nav", "aside"))
# The chrome words of a theme's header box, the one an unclosed <div> leaves open over the article (only such a box
# is asked: a page's other chrome boxes, many and small, would cost a walk each).
_PAGE_HEADER_WORDS = frozenset(("header", "site-header", "masthead", "banner"))
_ARTICLE_SECTIONS = 3


def _noscript_content(noscript: etree._Element) -> bool:
    """Whether a <noscript> holds the article's own content: a table, a list, a heading, paragraphs of text.

    libxml2 parses a noscript's markup into elements; should it keep it as text, that text is parsed here, only when
    it opens a block's tag (a tracking pixel's "<img" or an "<iframe" does not).
    """
    if not len(noscript):
        markup = noscript.text or ""
        if "<" not in markup or not any(tag in markup for tag in _NOSCRIPT_BLOCK_MARKUP):
            return False
        _parse_markup_text(noscript, markup)
    paragraphs = 0
    for element in noscript.iter():  # a few elements: one pass, cheaper than lxml's matcher for several tags
        if element.tag in _NOSCRIPT_BLOCKS:
            return True
        if element.tag == "p" and "".join(element.itertext()).strip():
            paragraphs += 1
            if paragraphs == _NOSCRIPT_PARAGRAPHS:
                return True
    return False


def _object_content(wrapper: etree._Element) -> bool:
    """Whether an <object> only wraps the page's content: no plug-in to run (no data= nor classid=), and a table,
    a list or a heading inside. Apple Notes' HTML export wraps each table so; a Flash movie's fallback line is not."""
    if wrapper.get("data") or wrapper.get("classid"):
        return False
    return any(element.tag in _NOSCRIPT_BLOCKS for element in wrapper.iter())


def _open_header_box(element: etree._Element) -> bool:
    """A theme's header box, by its chrome words ("site-header"), that an unclosed tag made hold the article."""
    return not _PAGE_HEADER_WORDS.isdisjoint(_chrome_words(element)) and _left_open(element) and _holds_article(element)


def _left_open(landmark: etree._Element) -> bool:
    """Whether a landmark runs to the end of its parent: what an unclosed tag in it makes of it (libxml2 drops its end
    tag, and all that follows nests in it), only scripts, a footer and the like left after it. A header closed as
    written is followed by the page's content: one step decides most."""
    return all(not isinstance(after.tag, str) or after.tag in _DROP_TAGS for after in landmark.itersiblings())


def _in_page(element: etree._Element, body: etree._Element) -> bool:
    """Whether an element is still in the page, not inside a landmark dropped before it (a menu's nested <nav>s):
    a few steps up, cheaper than a walk over its subtree."""
    return any(ancestor is body for ancestor in element.iterancestors())


def _holds_article(landmark: etree._Element) -> bool:
    """Whether a page landmark (a <header>, <nav>, <aside>, a "site-header" box) holds the article's
    sections: one unclosed <div> in a theme's header makes libxml2 nest all that follows in it, where a browser
    closes the header.

    A few section headings tell it: a footer's or a sidebar's widget titles ("Recent Posts", "Categories") name
    none, and a landmark holding fewer headings than that is decided by lxml's tag filter alone.
    """
    headings = list(landmark.iter(*_HEADINGS))
    if len(headings) < _ARTICLE_SECTIONS:
        return False
    sections = 0
    for heading in headings:
        if classify_heading(_text(heading)).spec is not None:
            sections += 1
            if sections == _ARTICLE_SECTIONS:
                return True
    return False


def _quoted_passage(aside: etree._Element) -> bool:
    """Whether an <aside> is a forum's quote box holding the article's own text under a section heading.

    Discourse quotes a post in '<aside class="quote" data-username=...>': a title line ("rolebook_editor:")
    over a <blockquote>. A reply opens on one, quoting the post it answers; the post itself may quote its
    blueprint in one right under a section's heading, where the quoted passage is the section's content.
    """
    if "quote" not in (aside.get("class") or "").split() or aside.find("blockquote") is None:
        return False
    return any(isinstance(before.tag, str) and before.tag in _HEADINGS for before in aside.itersiblings(preceding=True))


def _admonition_aside(aside: etree._Element) -> bool:
    """Whether an <aside> is the article's callout box (Starlight's '<aside class="starlight-aside
    starlight-aside--tip">'): its class names an admonition type, and its text is no promotion (a "Caution" box
    selling a PDF "sponsored by" a vendor is the site's ad). A sidebar's aside names no such type."""
    classes = aside.get("class")
    if not classes or ADMONITION_TYPES.isdisjoint(_SPLIT_WORDS.split(classes.lower())):
        return False
    from .noise import is_ad_copy  # noise reads this module's shortcode pattern: imported here, not at the top

    text = _text(aside)
    return not (is_ad_copy(text) or _SPONSORED.search(text))


# The EPUB structural types (and DPUB-ARIA roles) of an aside holding the book's text; its "footnote",
# "endnote" and "rearnote" asides stay dropped, as every page's footnotes are.
_BOOK_ASIDE_TYPES = frozenset(("sidebar", "tip", "note", "doc-tip"))


def _book_sidebar(aside: etree._Element) -> bool:
    """Whether an <aside> is an EPUB chapter's sidebar, tip or note box ('<aside epub:type="sidebar">'). Only an
    EPUB document writes epub:type; a role="doc-tip" counts where the page declares the EPUB namespace, so no
    web page's aside changes."""
    epub_type = aside.get("epub:type")
    if epub_type is not None:
        return not _BOOK_ASIDE_TYPES.isdisjoint(epub_type.lower().split())
    if aside.get("role") != "doc-tip":
        return False
    return aside.getroottree().getroot().get("xmlns:epub") is not None


def _lift_quotation(aside: etree._Element) -> None:
    """Keep a quote box's passages in its place; its title line, who is quoted, is chrome."""
    for child in list(aside):
        if child.tag != "blockquote":
            _drop(child)
    aside.text = None
    _lift(aside)


def _parse_markup_text(element: etree._Element, markup: str) -> None:
    """Replace an element's text, which is markup, by the elements it is."""
    fragment = etree.fromstring(f"<html><body><div>{markup}</div></body></html>", parser=etree.HTMLParser())
    holder = fragment.find("body/div")
    element.text = holder.text
    element.extend(holder)


def _lift(element: etree._Element) -> None:
    """Replace an element by its content: its text and children take its place, its tail stays after them."""
    parent = element.getparent()
    if parent is None:
        return
    if element.text:
        _put_before(element, parent, element.text)
        element.text = None
    for child in list(element):
        element.addprevious(child)  # with its tail
    _drop(element)


def _unwrap(element: etree._Element) -> None:
    """Replace an element by its text, which joins its parent's."""
    element.tail = _text(element) + (element.tail or "")
    _drop(element)


def _glued_to_text(element: etree._Element) -> bool:
    """Whether the text right before an element ends on a visible character: "brands.<a>1</a>"."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        before = (parent.text or "") if parent is not None else ""
    else:
        before = previous.tail or _text(previous)
    return bool(before) and not before[-1].isspace()


def _drop_footnote_references(body: etree._Element) -> None:
    """Drop footnote reference markers ("<sup>[2]</sup>", "<sup><a href="#fn2">2</a></sup>"), glued to the
    values they annotate, and a list of the notes they point to, with the heading that titles it.

    A marker is bracketed, or a link to a fragment, superscript or glued to the text before it; a bare
    "<sup>2</sup>" is an exponent ("km²"), and markers named as footnotes by their class go with the chrome.
    """
    targets: set[str] = set()
    markers: set[str] = set()  # the ids of the dropped markers, which a note's number links back to
    for sup in list(body.iter("sup")):
        text = _text(sup)
        parent = sup.getparent()
        # The marker is the superscript, or the link it is the whole text of ('<a href="#fn1"><sup>1</sup></a>').
        marker = parent if parent is not None and parent.tag == "a" and _text(parent) == text else sup
        link = marker if marker is parent else sup.find("a")
        href = (link.get("href") or "") if link is not None else ""
        if _BRACKETED_MARK.fullmatch(text) is None and not (href.startswith("#") and _LINKED_MARK.fullmatch(text)):
            continue
        if href.startswith("#"):
            targets.add(href[1:])
        _drop(marker)
    for link in _FRAGMENT_LINKS(body):
        # A link to a note with no superscript (Substack's '<a class="footnote-anchor" href="#footnote-1">1</a>'):
        # a marker glued to the word before it ("brands.1"); a spaced "step <a href="#s2">2</a>" is a reference.
        if _LINKED_MARK.fullmatch(_text(link)) and _glued_to_text(link):
            targets.add(link.get("href")[1:])
            if link.get("id"):
                markers.add(link.get("id"))
            _drop(link)
    if not targets:
        return
    if markers:
        _drop_linked_notes(body, targets, markers)
    notes = [li.getparent() for li in body.iter("li") if li.get("id") in targets]
    for note_list in {id(n): n for n in notes if n is not None}.values():
        if all(li.get("id") in targets for li in note_list.iterchildren("li")):
            # The list, or the wrappers that hold it alone (MediaWiki's "mw-references-wrap" div): the heading
            # before them titles the notes.
            notes_box = note_list
            while notes_box.getprevious() is None and (holder := notes_box.getparent()) is not None:
                if len(holder) != 1 or (holder.text or "").strip() or holder.tag == "body":
                    break
                notes_box = holder
            title = notes_box.getprevious()
            if title is not None and title.tag in _HEADINGS:
                _drop(title)
            _drop(notes_box)


def _drop_linked_notes(body: etree._Element, targets: set[str], markers: set[str]) -> None:
    """Drop the notes kept as blocks of their own, each opened by its number linking back to its marker
    (Substack's '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1">1</a><div>...</div></div>'):
    the note goes as a listed one does, its number and its text (kept, they would read as the last section's)."""
    for number in [a for a in body.iter("a") if a.get("id") in targets]:
        note = number.getparent()
        if (
            note is None
            or note.tag not in _NOTE_BOXES
            or number.getprevious() is not None
            or (note.text or "").strip()
            or (number.get("href") or "")[1:] not in markers
            or not _LINKED_MARK.fullmatch(_text(number))
        ):
            continue
        _drop(note)


_NOTE_BOXES = frozenset(("div", "p", "aside", "section"))


def _drop_edit_links(body: etree._Element) -> None:
    """Drop a wiki's section-edit control from the headings: a bracketed "edit" link ("[edit]", "[edit source]",
    MediaWiki's "mw-editsection" span), with its brackets. Kept, it ends every heading's text ("Goals [ edit ]")."""
    for heading in [h for h in body.iter(*_HEADINGS) if len(h)]:
        for link in list(heading.iter("a")):
            if _EDIT_LINK.fullmatch(_text(link)) is None:
                continue
            control = link  # the link, or the largest element around it that holds the bracketed control alone
            for holder in link.iterancestors():
                if holder is heading or _EDIT_CONTROL.fullmatch(_text(holder)) is None:
                    break
                control = holder
            if control is link:  # the brackets are typed around the link: they go with it
                previous, parent = link.getprevious(), link.getparent()
                before = (previous.tail if previous is not None else parent.text) or ""
                after = link.tail or ""
                if not (before.rstrip().endswith("[") and after.lstrip().startswith("]")):
                    continue
                before = before.rstrip()[:-1]
                if previous is not None:
                    previous.tail = before
                else:
                    parent.text = before
                link.tail = after.lstrip()[1:]
            _drop(control)


def _drop_permalinks(headings: list[etree._Element]) -> None:
    """Drop a heading's permalink: a link to the heading's own anchor whose text is a symbol or empty (Sphinx's and
    MkDocs' "¶" headerlink, Hugo's and Docusaurus' "#" hash-link, GitHub's icon anchor). Kept, it ends every
    heading's text ("Strategic responsibilities ¶"). The anchor is the id of the heading, of an element in it or
    around it, or the slug of its text (GitHub's link names "#title" and its own id "user-content-title")."""
    for heading in headings:
        for link in list(heading.iter("a")):
            href = link.get("href") or ""
            if not href.startswith("#") or _PERMALINK_TEXT.fullmatch(_text(link)) is None:
                continue
            target = href[1:]
            ids = {e.get("id") for e in heading.iter()} | {e.get("id") for e in heading.iterancestors()}
            if target in ids or _SLUG_WORDS.findall(target.lower()) == _SLUG_WORDS.findall(_text(heading).lower()):
                _drop(link)


def _drop_heading_badges(headings: list[etree._Element]) -> None:
    """Drop a badge inside a heading (Starlight's '<span class="sl-badge note">New</span>'): a status label the
    theme draws beside the title, not its words ("Emerging future skills New"). Only in headings: a badge in a
    table's cell may be the cell's value (an importance "Critical")."""
    for heading in headings:
        for span in list(heading.iter("span")):
            classes = span.get("class") or ""
            if _BADGE_WORD in classes and _BADGE_WORD in _SPLIT_WORDS.split(classes.lower()):
                _drop(span)


def _numbered_section(heading: etree._Element) -> bool:
    """A heading such as "7) KPIs and Productivity Metrics"."""
    lead = (heading.text or "").lstrip()
    if lead and not lead[0].isdigit():  # most headings: decided without reading their text
        return False
    text = _text(heading)
    if not text[:1].isdigit():
        return False
    match = classify_heading(text)
    return match.number is not None and match.spec is not None


def _header_row(element: etree._Element) -> bool:
    """The header row (or row group) of a div table, named like chrome ("row header", "table-header")
    where the rows after it are not."""
    following = element.getnext()
    if following is None or following.tag != "div" or _chrome_attrs(following):
        return False
    rows = _table_rows(element)
    body = _table_rows(following) if rows is not None else None
    return body is not None and len(body[0]) == len(rows[0])


def _article_root(body: etree._Element) -> etree._Element:
    """The smallest element that holds every section heading."""
    headings = [h for h in body.iter(*_HEADINGS) if classify_heading(_text(h)).spec is not None]
    return _smallest_holder(headings, body) if headings else body


def _smallest_holder(headings: list[etree._Element], body: etree._Element) -> etree._Element:
    """The smallest element that holds all the headings."""
    # Mostly the headings are siblings: then their parent is the smallest element holding them all
    # (the nearest ancestor of the first, and an ancestor of every other). The parent proxy stays
    # alive, so lxml hands out that same proxy for the node: identity is a node test.
    parent = headings[0].getparent()
    if parent is not None and all(h.getparent() is parent for h in headings):
        return parent
    # Keep the ancestor lists alive: lxml proxies that are dropped can hand their id() to new ones.
    chains = [list(h.iterancestors()) for h in headings]
    common = set(map(id, chains[0]))
    for chain in chains[1:]:
        common &= set(map(id, chain))
    for parent in chains[0]:
        if id(parent) in common:
            return parent
    return body


def _squeeze(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space.

    Most text has none: a few substring tests cost less than a regex pass that
    would replace every single space by itself.
    """
    if "  " in text or "\t" in text or "\u00a0" in text or "\r" in text or "\f" in text or "\v" in text:
        return _SPACE.sub(" ", text)
    return text


def _text(element: etree._Element) -> str:
    if not len(element):  # a leaf: its text is all itertext would yield, without the generator's cost
        return _squeeze(element.text or "").strip()
    return _squeeze(" ".join(element.itertext())).strip()


def _cell_text(cell: etree._Element) -> str:
    """A table cell's text with its lines kept: a <br>, or a block in the cell (its paragraphs, list
    items), ends a line, as "\n" (the pipe-table reader gives a cell's <br> the same); a line break
    in the source is a space. "<td>Firebase Crashlytics<br>Sentry</td>" holds two tools, not one.
    A <br> that only wraps a phrase is a space (tables.continues_cell_line), as is one after a semicolon before
    anything but a list's item: the semicolon parts the clauses already ("≤ 14% overall;<br>≤ 18% for heart
    failure" is one target, as "≥ 90%<br>of caseload" is).
    """
    if not len(cell):  # most cells: plain text
        return _squeeze(_flat(cell.text)).strip()
    parts = [_flat(cell.text)]
    _cell_parts(cell, parts)
    lines: list[str] = []
    for line in _lines(" ".join(parts)):
        if lines and (_next_clause(lines[-1], line) or continues_cell_line(lines[-1], line)):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


def _next_clause(before: str, line: str) -> bool:
    """Whether a cell's line after a <br> is the next clause of the line before, which a semicolon ends: a numbered
    or bulleted line opens an item of a list in the cell ("1) Own the plan;<br>2) Run events")."""
    return before[-1] == ";" and _NUMBERED_LINE.match(line) is None and _BULLET_LINE.match(line) is None


def _cell_parts(element: etree._Element, parts: list[str]) -> None:
    """The texts inside an element, in order, "\n" where a <br> or a block breaks the line."""
    for child in element:
        tag = child.tag
        if tag == "br":
            parts.append("\n")
        elif isinstance(tag, str):
            block = tag in _BLOCK_TAGS
            parts.append("\n" if block else "")
            parts.append(_flat(child.text))
            _cell_parts(child, parts)
            parts.append("\n" if block else "")
        parts.append(_flat(child.tail))


def _lines(text: str) -> list[str]:
    """The non-empty lines of a text, spaces collapsed (<br> breaks lines, as "\n")."""
    text = _squeeze(text)
    if "\n" not in text:
        text = text.strip()
        return [text] if text else []
    return [stripped for line in text.split("\n") if (stripped := line.strip())]


def _pre_text(element: etree._Element) -> str:
    """A <pre>'s text with its spacing, a <br> a line break (Medium writes a <pre>'s lines as <br>s)."""
    if not len(element):
        return element.text or ""
    # An element's tail follows its own content: a highlighter's spans nest (a line's span holds its tokens' spans),
    # and a line's "\n" is the tail of the line's span, after its tokens.
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            parts.append("\n" if node.tag == "br" else (node.text or "") if isinstance(node.tag, str) else "")
        elif node is not element:
            if node.tag == "div" and not "".join(parts[-2:]).endswith("\n"):
                parts.append("\n")  # a line of its own (Expressive Code's "ec-line" divs), as a browser shows it
            parts.append(node.tail or "")
    return "".join(parts)


_MIN_ALIGNED_ROWS = 2  # rows under the header: one is a label and its value, not a table


def _aligned_table(lines: list[str]) -> list[list[str]] | None:
    """A <pre>'s lines as a table, its header row first, when they are space-aligned columns under a header whose
    cells all name columns the family publishes ("Category  Tool  Primary use  Usage"): Telegraph has no tables,
    a page types one so. Read by the gutters, as a terminal dump's table is; None for any other <pre>."""
    run = "\n".join(lines).strip("\n").split("\n")
    if len(run) <= _MIN_ALIGNED_ROWS or "  " not in run[0].strip() or not all(line.strip() for line in run):
        return None  # a cheap test first: a header's cells stand two spaces apart
    rows = aligned_rows(run)
    if rows is None or len(rows) <= _MIN_ALIGNED_ROWS or not all(rows[0]) or not all(map(names_a_column, rows[0])):
        return None
    return rows


def _source_code(pre: etree._Element) -> bool:
    """Whether a <pre> is declared source code by its highlighter's class, on it or on its <code>: pandoc's and
    Quarto's "sourceCode", highlight.js's and Prism's "language-r"/"lang-r", "hljs", Pygments' "highlight"; or by
    the code block box around it (_CODE_BLOCK_BOX). A bare <pre> or <pre><code> may be a text table or lines typed
    by hand (Medium, Substack): read as such."""
    if pre.get(_DATA_LANGUAGE):  # Expressive Code's and Shiki's <pre data-language="yaml">
        return True
    code = pre.find("code")
    classes = (pre.get("class") or "") + " " + (code.get("class") or "" if code is not None else "")
    return _CODE_CLASS.search(classes) is not None or _code_box(pre) is not None


def _code_box(pre: etree._Element) -> etree._Element | None:
    """The code block box around a <pre> (_CODE_BLOCK_BOX), else None."""
    box = pre
    for _ in range(_CODE_BOX_REACH):
        box = box.getparent()
        if box is None:
            return None
        if _CODE_BLOCK_BOX.search(box.get("class") or ""):
            return box
    return None


def _code_caption(pre: etree._Element) -> str | None:
    """The caption a code block box prints beside its <pre> ("Example POC environment request"), else None: the
    box's text outside the <pre> (its Copy button is gone with the other buttons)."""
    box = _code_box(pre)
    if box is None:
        return None
    texts = [_text(child) for child in box if child is not pre and pre not in child.iterdescendants("pre")]
    return " ".join(text for text in texts if text) or None


def _code_language(pre: etree._Element) -> str | None:
    """The language a code block declares (Mintlify's language="bash" on its box and <pre>, a highlighter's
    "language-bash" class), casefolded: a box's header printing it alone is a label, like its Copy button, no
    caption."""
    code = pre.find("code")
    for element in (pre, code, _code_box(pre)):
        if element is None:
            continue
        if language := element.get("language"):
            return language.casefold()
        if (named := _CODE_LANGUAGE.search(element.get("class") or "")) is not None:
            return named.group(1).casefold()
    return None


def _link_card(link: etree._Element) -> bool:
    """Whether a link holding blocks is a card of a card grid (Mintlify's <Card>: <a class="card ..."> around a
    title heading and a blurb): a preview of another page, chrome whole as a bookmark card is. Read, its titles
    stood as headings and its blurbs as the notes of the section before."""
    return "card" in (link.get("class") or "").split() and next(link.iter(*_HEADINGS), None) is not None


def _card_title(card: etree._Element) -> etree._Element | None:
    """The title of a card box (a class named "card", or a link card's: "sl-link-card"), its first element with
    text, named "title" or a heading; None for a box that is no single card (a "card-grid" holding cards,
    Bootstrap's "card" around a "card-body"), or whose text opens on no title. Not a card word among others: Ghost's
    "kg-card kg-toggle-card" is a disclosure, its heading the group's."""
    if not any(name == _CARD_WORD or name.endswith(_LINK_CARD) for name in (card.get("class") or "").split()):
        return None
    for node in card.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        classes = node.get("class") or ""
        if _CARD_WORD in classes:
            return None
        if node.tag in _HEADINGS or (classes and _TITLE_WORD in _SPLIT_WORDS.split(classes.lower())):
            return node if _text(node) else None
        if (node.text or "").strip():
            return None
    return None


def _linked_title(card: etree._Element, title: etree._Element) -> bool:
    """Whether a card's title is a link to another page (in one, or holding one): the card previews that page."""
    links = [*title.iter("a"), *(a for a in title.iterancestors("a") if card in a.iterancestors())]
    return any(not (link.get("href") or "#").startswith("#") for link in links)


def _drop_step_number(item: etree._Element) -> None:
    """Drop the number badge opening a step of a steps list (Mintlify's <Steps>: a div role="listitem", its number
    alone in a box, then the step's title and content): the list numbers its steps, the badge is no text. Read,
    each number stood as a paragraph at the end of the step before."""
    for node in item.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        text = (node.text or "").strip()
        if text:  # the item's first text: a lone number in an element of its own, before the step's title
            if text.isdigit() and len(text) <= _STEP_NUMBER_DIGITS and not len(node) and node.getnext() is None:
                _drop(node)
            return


def _steps_list(element: etree._Element) -> bool:
    """Whether an ordered list is a docs theme's steps list, by a class word (Starlight's <Steps>: "sl-steps")."""
    classes = element.get("class")
    return bool(classes) and _STEPS_WORD in classes and _STEPS_WORD in _SPLIT_WORDS.split(classes.lower())


def _titled_step(item: etree._Element) -> bool:
    """Whether a step of a steps list opens on its title, a bold-only paragraph or a heading, over a list ('<li><p>
    <strong>30-day goals</strong></p><ul>...</ul></li>'): the step is a titled group, not one item whose points
    are its details (Mintlify's steps, role="listitem" divs, are read so already)."""
    children = [child for child in item if isinstance(child.tag, str)]
    if len(children) < 2 or (item.text or "").strip() or children[-1].tag not in ("ul", "ol"):
        return False
    title = children[0]
    return title.tag in _HEADINGS or (title.tag == "p" and _bold_sub_heading(title) is not None)


def _flat(text: str | None) -> str:
    return text.replace("\n", " ") if text else ""


def _inline_text(element: etree._Element) -> str:
    """Text of inline content, with <br> as a line break."""
    tag = element.tag
    if tag == "br":
        return "\n"
    if tag == "img" or not isinstance(tag, str):
        return ""
    if not len(element):
        return _flat(element.text)
    return _flat(element.text) + "".join([_inline_text(child) + _flat(child.tail) for child in element])


# Loose content: strings (text and tails) and inline elements, in order.
_Part = str | etree._Element
# A line break among loose content (_inline_text reads a <br> as "\n").
_BREAK = etree.Element("br")


def _links_length(element: etree._Element) -> int:
    """Length of the link text inside an element."""
    if not len(element):
        return 0
    return sum(len(_text(a)) for a in element.iterdescendants("a"))


def _link_ratio(element: etree._Element) -> float:
    linked = _links_length(element)
    if not linked:  # most blocks hold no link: skip measuring their text
        return 0.0
    return min(1.0, linked / (len(_text(element)) or 1))


def _loose_text(parts: list[_Part]) -> tuple[str, float]:
    """The text of loose content and its link ratio, in one pass over the parts."""
    texts: list[str] = []
    linked = 0
    for part in parts:
        if isinstance(part, str):
            texts.append(part.replace("\n", " "))  # _flat(part), inline: parts are never None
        else:
            texts.append(_inline_text(part))
            if part.tag == "a":
                linked += len(_text(part))
            elif len(part):  # a leaf holds no link: skip asking
                linked += _links_length(part)
    text = "".join(texts)
    if not linked:
        return text, 0.0
    return text, min(1.0, linked / (sum([len(t.strip()) for t in texts]) or 1))


def _wholly_bold(element: etree._Element) -> str | None:
    """The text of a paragraph that is nothing but one bold run."""
    if not len(element) or (element.text or "").strip():  # most paragraphs: no child, or text before it
        return None
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) != 1 or (children[0].tail or "").strip():
        return None
    if children[0].tag not in ("strong", "b"):
        return None
    text = _text(children[0]).rstrip(":").strip()
    return text or None


def _bold_sub_heading(element: etree._Element) -> str | None:
    """The text of a block that is one short bold run, not a section's heading (those are read from the
    text, their number and words: "<b>11) Typical Tech Stack</b>")."""
    bold = _wholly_bold(element)
    if bold is None or len(bold.split()) > 14 or classify_heading(bold).spec is not None:
        return None
    return bold


def _tab_list_depth(text: str) -> int | None:
    """The level below its list of a paragraph typed as a list's item, its marker and a TAB opening its text
    ("1.\tTitle", "o\tsub item", "–\tdetail"): 0 for a number's item, 1 for a deeper one; None for any other.
    A bullet's ("•\titem") is read with the paragraph's other lines (_paragraph_lines)."""
    if _TAB_LIST_MARKER.match(text) is None:
        return None
    return 0 if text[0].isdigit() else 1


def _typed_numbered_list(lines: list[str]) -> bool:
    """Whether a paragraph's lines, from its first numbered line on, are a numbered list typed with
    <br> breaks: "1. Title", its "– detail" lines, "2. Title", ... (a lead line may come before).

    The shape decides, as on text pages: a paragraph that merely opens with a number
    ("3 of 5 teams ...", "2. Then the council met, ..." followed by prose) stays a paragraph.
    """
    first = next((k for k, line in enumerate(lines) if line[0].isdigit() and _NUMBERED_LINE.match(line)), None)
    if first is None or first == len(lines) - 1:
        return False
    return all(_NUMBERED_LINE.match(line) or _DETAIL_LINE.match(line) for line in lines[first + 1 :])


def _block_holders(root: etree._Element) -> set[etree._Element]:
    """The elements with block elements inside them (misnested or container markup).

    One pass up from every block: asking each element about its subtree costs
    a tag-matcher build per question and rescans nested subtrees.
    """
    holders: set[etree._Element] = set()
    for block in root.iterdescendants(*_BLOCK_TAGS):
        parent = block.getparent()
        while parent is not None and parent not in holders:
            holders.add(parent)
            parent = parent.getparent()
    return holders


def _sub_item_line(line: str) -> str:
    """A sub-list item's line without the dash or bullet typed before it: OneNote's "– Why it matters: ..." under
    a skill reads as the text path's "– detail" line does, its label first."""
    return _TYPED_BULLET.sub("", line, count=1) if line[0] in "–—•-" else line


def _item_heading(item: etree._Element) -> etree._Element | None:
    """The heading that is a list item's whole content, alone or wrapped in inline or paragraph markup
    ("<li><h2>Title</h2></li>", "<li><p><font><h3>Title</h3></font></p></li>"), else None."""
    node = item
    while len(node) == 1 and not (node.text or "").strip():
        node = node[0]
        tag = node.tag
        if tag in _HEADING_WRAPPERS:
            continue
        if tag not in _HEADINGS:
            return None
        heading = node
        while node is not item:  # no text after the heading or a wrapper
            if (node.tail or "").strip():
                return None
            node = node.getparent()
        return heading
    return None


def _item_content(item: etree._Element) -> tuple[str, float, list[etree._Element]]:
    """A list item's own text and link ratio, and the lists nested in it (with its collapsible <details>).

    A block inside the item (each <p> of "<dd><p>Why it matters: ...</p><p>How it shows up: ...</p>")
    is a line of its own, as if a <br> ended the text before and after it. A <details> is no line: Notion
    writes each toggle as one in a list item, its summary a group's label over the group's lists.
    """
    nested: list[etree._Element] = []
    lead = item.text
    own: list[_Part] = [lead] if lead else []
    _item_parts(item, own, nested, False)
    text, ratio = _loose_text(own)
    return text, ratio, nested


def _item_parts(element: etree._Element, own: list[_Part], nested: list[etree._Element], after_block: bool) -> bool:
    """Add the parts of a list item's element to its own (a block's line breaks kept) and nested lists; whether
    the last part was a block. A <div> holding blocks is a wrapper, read through (GitBook wraps an item's
    paragraphs in '<li><div><div>Title</div><div>– detail</div></div>'): flattened, its lines would glue."""
    for child in element:
        tag = child.tag
        if tag == "ul" or tag == "ol" or tag == "dl" or tag == "details":
            nested.append(child)
        elif tag == "div" and _holds_blocks(child):
            if own:
                own.append(_BREAK)
            if child.text and not child.text.isspace():
                own.append(child.text)
            _item_parts(child, own, nested, False)
            after_block = True
        elif isinstance(tag, str):
            block = tag in _BLOCK_TAGS
            if own and (block or after_block):
                own.append(_BREAK)
            own.append(child)
            after_block = block
        tail = child.tail
        if tail:
            if after_block and not tail.isspace():
                own.append(_BREAK)
                after_block = False
            own.append(tail)
    return after_block


def _pane_title_button(button: etree._Element) -> bool:
    """Make an accordion pane's title button, alone in a box right before its panel, the panel's heading; say
    whether it did. Kadence's pane writes its title box as a div when the editor picks no heading tag ('<div
    class="kt-accordion-header-wrap"><button>16) Risks ...</button></div><div class="kt-accordion-panel">'): dropped
    as a button, the panels' content fell under the section before the accordion, untitled. A heading at the panel
    level, as a tab's label gets (_head_panel): its text tells a section from a subsection."""
    box = button.getparent()
    if box is None or box.tag != "div" or len(box) != 1 or (box.text and not box.text.isspace()):
        return False
    panel = box.getnext()
    if panel is None or "panel" not in (panel.get("class") or "") or not _PANEL_CLASS.search(panel.get("class")):
        return False
    text = _text(button)
    if not text:
        return False
    box.remove(button)
    box.tag, box.text = _TAB_PANEL_LEVEL, text
    for name in list(box.attrib):
        del box.attrib[name]  # its class names a header: read as chrome, the heading would go
    return True


def _toggle_title(element: etree._Element) -> str | None:
    """The text of a page builder's accordion or toggle title, else None: a div the page's script makes the button
    opening the panel right after it (Elementor's '<div class="elementor-tab-title" role="button"
    aria-controls="elementor-tab-content-1">', its icons hidden, its text in an <a> going nowhere).

    Read as a line of its own, the title would be a link alone on its line (a menu's, noise) and its panel's lines
    the section's loose points: no title, no item per panel. A control opening an element elsewhere (a menu's
    toggle) heads nothing."""
    if element.get("role") != "button":  # asked of single-child divs only: most hold no role
        return None
    panel, target = element.getnext(), element.get("aria-controls")
    if panel is None or not target or panel.get("id") != target:
        return None
    return _text(element) or None


def _holds_blocks(element: etree._Element) -> bool:
    """Whether an element has a block element among its children."""
    return any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element)


def _row_cells(row: etree._Element, in_table: bool = False) -> list[str] | None:
    """The cell texts of a div laid out as one table row, else None.

    A row is two or more div or span children with nothing between them, each
    holding a short text and no block but a paragraph: a layout rule, as class
    names vary ("row"/"cell", "grid"/"col", "tr"/"td"). A row met inside a table
    (in_table: after rows of its width) may hold prose after its short label cell
    ("Top 10 responsibilities" | "1) Privacy strategy 2) ROPA ..."). A cell its
    ARIA role names one (_ARIA_CELLS) is one whatever it holds, read as a <td> is.
    """
    if row.tag != "div" or len(row) < 2 or (row.text and not row.text.isspace()):
        return None
    cells: list[str] = []
    for cell in row:
        if cell.tag not in _CELL_TAGS or (cell.tail and not cell.tail.isspace()):
            return None
        if len(cell) and any(inner.tag in _CELL_BLOCKS for inner in cell.iterdescendants()):
            if cell.get("role") not in _ARIA_CELLS:  # asked only of a cell holding blocks: rare
                return None
            cells.append(_cell_text(cell))
            continue
        text = _text(cell)
        if len(text) > _MAX_CELL and not (in_table and cells) and cell.get("role") not in _ARIA_CELLS:
            return None  # prose laid out in columns, not a table
        cells.append(text)
    if not any(cells) or _toggle_title(row[0]) is not None:  # asked of a row found only: an accordion's item
        return None  # its title and its panel are no cells: the title heads the panel (_toggle_title)
    return cells


def _table_rows(element: etree._Element, in_table: bool = False) -> list[list[str]] | None:
    """The rows of a div that is a div table's row, or a group of its rows of one width (a heading
    or a body, as <thead> and <tbody> group a table's rows), else None. in_table: the div follows
    rows of a table (_row_cells)."""
    if element.tag != "div" or (element.text and not element.text.isspace()):
        return None
    # A group's rows have div cells: a row whose cells hold spans ("<span>Tool</span><span>Airflow</span>",
    # a label repeated in each cell) would read as a group of rows of span cells.
    rows: list[list[str]] = []
    for child in element:
        cells = _row_cells(child, in_table or bool(rows)) if len(child) > 1 and child[0].tag == "div" else None
        if cells is None or (rows and len(cells) != len(rows[0])) or (child.tail and not child.tail.isspace()):
            break
        rows.append(cells)
    else:
        if rows:
            return rows
    cells = _row_cells(element, in_table)
    return [cells] if cells is not None else None


def _cell_grid(grid: etree._Element) -> list[list[str]] | None:
    """The rows of a table a page builder wrote as a CSS grid of cells, its header first, else None.

    Webflow's "w-layout-grid" (any builder's grid) holds a table's cells with no row around them; the column
    count is in a style sheet the saved page does not carry. When the leading cells head a table the family
    publishes (tables.grid_header_width) and the cells fill whole rows of that width, the grid is that table,
    its cells read as a <table>'s are; a header the grid repeats is no row. A card grid (related posts,
    products) opens with a card, not a column's name: one cell's text, then no more is asked of it.
    """
    if grid.text and not grid.text.isspace():
        return None
    first = grid[0]
    if first.tag not in _CELL_TAGS or not (name := _header_cell_text(first)) or not names_a_column(name):
        return None
    cells: list[str] = []
    for cell in grid:
        if not isinstance(cell.tag, str):
            continue  # a comment between cells
        if cell.tag not in _CELL_TAGS or (cell.tail and not cell.tail.isspace()):
            return None
        if len(cell) and next(cell.iterdescendants(*_LAYOUT_BLOCKS), None) is not None:
            return None  # a heading or a table in a cell: a layout's box, not a table's cell
        cells.append(_cell_text(cell))
    width = grid_header_width(cells)
    if not width or len(cells) % width or len(cells) < 2 * width:
        return None
    header = cells[:width]
    rows = (cells[i : i + width] for i in range(width, len(cells), width))
    return [header, *(row for row in rows if row != header)]


def _header_cell_text(cell: etree._Element) -> str | None:
    """A grid cell's text when it may name a column: plain text, alone or down a chain of single wrappers
    ("<div class="cell"><div class="cell-text"><strong>Category</strong></div></div>"), else None."""
    leaf = cell
    while len(leaf) == 1:
        leaf = leaf[0]
    tag = leaf.tag
    if len(leaf) or not isinstance(tag, str) or tag in _HEADINGS:
        return None  # a page builder's column of widgets opens with a heading widget: asked no more
    node = leaf
    while node is not cell:  # the wrappers hold no text of their own
        if node.tail and not node.tail.isspace():
            return None
        node = node.getparent()
        if node.text and not node.text.isspace():
            return None
    return _squeeze(_flat(leaf.text)).strip()


def _pull_quote(quote: etree._Element) -> bool:
    """Whether a <blockquote> is a pull quote: a line set off to decorate the article, signed by its <cite>
    (Gutenberg's quote block: '<blockquote class="wp-block-quote"><p>“…”</p><cite>Priya Raman, BA Lead</cite>').
    Read, its quote and its cite would stand as two paragraphs of the section. A blockquote holding a list, a table
    or a heading, or signed by no cite, is the article's own passage."""
    if quote.find("cite") is None:
        return False
    return next(quote.iter("ul", "ol", "table", *_HEADINGS), None) is None


def _captions_table(caption: etree._Element) -> bool:
    figure = caption.getparent()
    return figure is not None and figure.tag == "figure" and next(figure.iter("table"), None) is not None


def _captions_image(caption: etree._Element) -> bool:
    """Whether a <figcaption> is a sentence about an image ("The career ladder I sketch for every new hire. Yes,
    it was drawn on an iPad."): the author's aside on the picture, not what the role is, wherever the figure
    sits; or credits the picture ("Mock-up of a dashboard – photo via Unsplash / Luke Chesser"), its apparatus.
    A phrase titling the image ("Discovery loop of the team") stays: the picture's only text."""
    figure = caption.getparent()
    if figure is None or figure.tag != "figure" or next(figure.iter("img", "picture", "video"), None) is None:
        return False
    text = _inline_text(caption).strip()
    return not _title_caption(text) or _PHOTO_CREDIT.search(text) is not None


def _table_caption(table: etree._Element) -> str | None:
    """The text of a table's <caption> or <figcaption> when it says something about the table, else None.

    "Targets are starting points; calibrate against the team's own baseline." is a note under the table,
    read as the text after a table is, whether the caption is written before or after it. A caption that
    only titles the table ("Table 1: KPIs for the role", "Common product management tooling") is left out.
    """
    captions = list(table.iterchildren("caption"))
    figure = next(table.iterancestors("figure"), None)
    if figure is not None and next(figure.iter("table")) is table:  # a figure's caption goes after its first table
        captions += figure.iterchildren("figcaption")
    texts = [text for caption in captions if (text := _inline_text(caption).strip()) and not _title_caption(text)]
    return "\n".join(texts) or None


def _title_description(table: etree._Element) -> etree._Element | None:
    """TablePress's description printed under a table (a span after it) when it only titles the table ("Table:
    Platform Security Engineer KPIs (example targets)"): a caption, left out as _table_caption leaves a title out;
    read, it stood as a note of the section. One saying something about the table is read where it stands."""
    after = table.getnext()
    if after is None or after.tag != "span" or _TABLE_DESCRIPTION not in (after.get("class") or ""):
        return None
    return after if _title_caption(_inline_text(after).strip()) else None


def _table_name_heading(heading: etree._Element) -> bool:
    """Whether a heading is a table plugin's name over its table (TablePress's "show table name": <h2
    class="tablepress-table-name">Solar Sales Consultant – KPIs</h2>): its class says so and a table, or a
    wrapper opening on one, comes next. A caption that titles the table, left out as _table_caption leaves a
    title out; read, it opened a section of its own and took the table out of the section it stands in."""
    classes = heading.get("class")
    if not classes or not any(word in classes for word in _TABLE_NAME_CLASSES):
        return False
    after = heading.getnext()
    while after is not None and after.tag in ("div", "figure") and len(after):
        after = after[0]  # a scroll wrapper's or a figure's first child
    return after is not None and after.tag == "table"


def _title_caption(text: str) -> bool:
    """A caption that titles its table: labelled "Table 2" or "Table:", or a phrase with no sentence punctuation."""
    return _CAPTION_LABEL.match(text) is not None or not any(mark in text for mark in ".;:!?")


def _definitions(dl: etree._Element) -> list[etree._Element]:
    """The terms and descriptions of a definition list, in order (a <div> may group a term with its descriptions)."""
    return [
        item
        for child in dl
        for item in (child.iterchildren("dt", "dd") if child.tag == "div" else (child,))
        if item.tag == "dt" or item.tag == "dd"
    ]


# A term short enough to be a field's label ("Role horizon", "What high performance looks like"), not a sentence.
_MAX_LABEL_WORDS = 6


def _label_value_pairs(dl: etree._Element) -> list[tuple[str, str, float]] | None:
    """A definition list of label/value pairs (MediaWiki's ";Label" / ":value", many CMSs' field lists) as its
    labels, one-line values and their link ratios; None for any other: a term with several descriptions, a
    description without a term, a value of several lines or lists, a term that is a sentence."""
    items = _definitions(dl)
    if not items or len(items) % 2:
        return None
    pairs = []
    for term, description in zip(items[::2], items[1::2], strict=True):
        if term.tag != "dt" or description.tag != "dd":
            return None
        label, _, label_nested = _item_content(term)
        value, ratio, nested = _item_content(description)
        label, value = _squeeze(label).strip().rstrip(":").strip(), _squeeze(value).strip()
        if label_nested or nested or not label or not value or "\n" in label or "\n" in value:
            return None
        if label[-1] in ".!?" or len(label.split()) > _MAX_LABEL_WORDS:
            return None
        pairs.append((label, value, ratio))
    return pairs


def _int(value: object, default: int) -> int:
    if value is None:  # an absent attribute, mostly: the default, without raising on int("None")
        return default
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _joins(run: list[tuple[etree._Element, list[list[str]]]], rows: list[list[str]]) -> bool:
    """Whether rows of the same width continue a div table's run: single rows join single rows,
    a group of rows only a lone header row before it (two tables in a row stay two)."""
    if len(rows) == 1:
        return len(run[-1][1]) == 1
    return len(run) == 1 and len(run[0][1]) == 1


def _run_rows(run: list[tuple[etree._Element, list[list[str]]]], element: etree._Element) -> list[list[str]] | None:
    """The rows of a div that continues a div table's run only as its next row: one whose cells hold
    prose after a short label, of the run's width ("Top 10 responsibilities" | "1) ... 2) ..." among
    the scorecard's rows), else None."""
    if not run:
        return None
    rows = _table_rows(element, in_table=True)
    if rows is None or len(rows[0]) != len(run[0][1][0]) or not _joins(run, rows):
        return None
    return rows


def _pipe_header(line: str) -> list[str] | None:
    """The cells of a line that may head a table pasted as pipe rows: one naming every column, no "---|---" rule."""
    if "|" not in line or "\n" in line or is_pipe_separator(line):
        return None
    cells = parse_pipe_row(line)
    return cells if cells is not None and all(cells) else None


# A header's underline typed without pipes ("--------", "-----+-----"), as a Medium <pre> table has under its header.
_BARE_RULE = re.compile(r"-{3,}[-+ ]*")


def _bare_rule(line: str) -> bool:
    """Whether a line is only a dashed underline, no pipes in it: under a pipe header it marks the header."""
    return line[:1] == "-" and _BARE_RULE.fullmatch(line.strip()) is not None


def _rows_under(width: int, following: Iterable[str]) -> tuple[list[list[str]], int]:
    """The rows of a pipe table from the lines after its header, and how many lines they take: rows of the header's
    width, a "---|---" rule among them passed over when a row comes after it (as a text page's pipe table reads),
    and so is a bare dashed rule right under the header."""
    rows: list[list[str]] = []
    taken = rules = 0
    for line in following:
        if is_pipe_separator(line) or (not rows and not rules and _bare_rule(line)):
            rules += 1
            continue
        cells = parse_pipe_row(line) if "|" in line and "\n" not in line else None
        if cells is None or len(cells) != width:
            break
        rows.append(cells)
        taken, rules = taken + rules + 1, 0
    return rows, taken


# A two-column table pasted as pipe rows without outer pipes: one pipe a row, which an aside in prose may have too.
_HEADER_CELL_WORDS = 4  # "Category | Executive summary": a header names its columns
_TWO_COLUMN_ROWS = 3


def _two_column_cells(line: str) -> list[str] | None:
    """The two cells of a line split at its one " | ", None for any other line."""
    if line.count("|") != 1 or "\n" in line:
        return None
    cells = [cell.strip() for cell in line.split(" | ")]
    return cells if len(cells) == 2 and all(cells) else None


def _ruled(lines: list[str], i: int) -> bool:
    """Whether the header at line i has its "---|---" rule right under it, as a markdown table must."""
    return i + 1 < len(lines) and is_pipe_separator(lines[i + 1])


def _following_paragraphs(element: etree._Element, holders: set[etree._Element]) -> Iterator[str]:
    """The texts of the <p>s right after an element, one after another with only blank text between them."""
    while (element.tail is None or element.tail.isspace()) and (element := element.getnext()) is not None:
        if element.tag != "p" or element in holders:
            return
        yield _inline_text(element).strip()


class _Walker:
    """Walks the article root in document order and emits pieces."""

    def __init__(self, source: str, root: etree._Element, pasted_markdown: bool = False) -> None:
        self.source = source
        self.pasted_markdown = pasted_markdown  # the page's paragraphs may hold markdown as text
        self.cursor = 0
        self.pieces: list[Piece] = []
        self.has_title = False  # a level-1 heading was emitted (only <h1> gives one)
        self.pipe_rows_left = 0  # paragraphs still to come that a table pasted as one <p> per pipe row has read
        # The set keeps the holders' lxml proxies alive, so membership by identity is stable.
        self.holders = _block_holders(root)

    def offset(self, tag_name: str) -> int:
        """Find the element's start tag in the source, scanning forward."""
        found = _START_TAG[tag_name].search(self.source, self.cursor)
        if found is None:
            return self.cursor
        start, self.cursor = found.span()
        return start

    def walk(self, node: etree._Element, list_depth: int = 0) -> None:
        holders = self.holders
        lead = node.text
        loose: list[_Part] = [lead] if lead else []
        # A run of div rows of one width: a div table. Its parts are single rows, or a group of rows
        # after a lone header row (a div table's heading and body).
        run: list[tuple[etree._Element, list[list[str]]]] = []
        for child in node:
            tag = child.tag
            if tag == "div" and len(child) and (rows := _table_rows(child) or _run_rows(run, child)) is not None:
                if loose:
                    self._flush(loose)
                    loose = []
                if run and (len(rows[0]) != len(run[0][1][0]) or not _joins(run, rows)):
                    self._div_table(run, list_depth)
                    run = []
                run.append((child, rows))
                tail = child.tail
                if tail and not tail.isspace():
                    self._div_table(run, list_depth)
                    run = []
                    loose.append(tail)
                continue
            if run:
                self._div_table(run, list_depth)
                run = []
            if isinstance(tag, str):
                if tag in _BLOCK_TAGS or child in holders:
                    # Misnested markup ("<p><i>text<ul>...") puts blocks inside inline
                    # elements: those are containers, not inline text.
                    if loose:
                        self._flush(loose)
                        loose = []
                    self.element(child, list_depth)
                else:
                    loose.append(child)
            tail = child.tail
            if tail:
                loose.append(tail)
        if run:
            self._div_table(run, list_depth)
        self._flush(loose)

    def _flush(self, loose: list[_Part]) -> None:
        """Text sitting directly in a container becomes a paragraph."""
        if not loose or (len(loose) == 1 and isinstance(loose[0], str) and loose[0].isspace()):
            return  # mostly the whitespace between two blocks: no paragraph (isspace is strip's test)
        text, ratio = _loose_text(loose)
        if text.strip():
            start = self.cursor
            self._paragraph_lines(text, start, start + len(text), ratio)

    def element(self, element: etree._Element, list_depth: int) -> None:
        name = element.tag
        if name == "figcaption" and (_captions_table(element) or _captions_image(element)):
            return  # the table it captions reads it (_table_caption); an image's caption describes the picture
        if name == "blockquote" and _pull_quote(element):
            return
        if name == "a" and _link_card(element):
            return
        if (name == "div" or name == "article") and _CARD_WORD in (element.get("class") or ""):
            if (title := _card_title(element)) is not None:
                self._card(element, title, list_depth)
                return
        if name in _HEADINGS:
            if _table_name_heading(element):
                return  # a table plugin's name over its table: the table's caption, no section (cheap class test)
            # A tab's label moved into its panel has no start tag of its own in the source (no source line).
            start = self.offset(name) if element.sourceline is not None else self.cursor
            text = _text(element)
            if text:
                self._heading(text, start, int(name[1]), _link_ratio(element))
        elif name == "p" and element not in self.holders:
            start = self.offset("p")
            text = _inline_text(element)
            if "|" in text and self._pipe_paragraph(element, text, start):
                return
            if self.pasted_markdown and self._markdown_paragraph(text, start, _link_ratio(element)):
                return
            bold = _wholly_bold(element)
            style = element.get("style")
            if style and "mso-list" in style and (level := _WORD_LIST_LEVEL.search(style)):
                self._word_list_item(text, start, list_depth + int(level.group(1)) - 1, _link_ratio(element))
            elif "\t" in text and (depth := _tab_list_depth(text)) is not None:
                self._word_list_item(text, start, list_depth + depth, _link_ratio(element))
            elif bold and len(text.split()) <= 14:
                self.pieces.append(new_piece((Block.heading(bold, start, start + len(text), 4), _link_ratio(element))))
            elif text.strip():
                self._paragraph_lines(text, start, start + len(text), _link_ratio(element))
        elif name == "ul" or name == "ol" or name == "dl":
            self._list(element, list_depth)
        elif name == "table":
            if _layout_table(element):
                self._layout_cells(element, list_depth)
            else:
                self._table(element)
        elif name == "pre":
            start = self.offset("pre")
            text = _pre_text(element)
            if not text.strip():
                pass
            elif _source_code(element):
                caption = _code_caption(element)
                label = caption is not None and caption.casefold() == _code_language(element)
                self._code_block(text, start, caption, label)
            else:
                self._pre_lines(text.split("\n"), start, start + len(text))
        elif name == "div" and len(element) == 1 and (bold := _bold_sub_heading(element)):
            # Blogger's editor writes each line as a <div>: one holding only a bold run is a sub-heading,
            # as the same run in a <p> is.
            start = self.offset("div")
            self.pieces.append(new_piece((Block.heading(bold, start, start + len(bold), 4), _link_ratio(element))))
        elif name == "div" and len(element) == 1 and (label := _toggle_title(element)):
            # An accordion's or a toggle's title heads the panel it opens, as a tab's label does (_head_panel).
            self._heading(label, self.offset("div"), int(_TAB_PANEL_LEVEL[1]), 0.0)
        elif name == "div" and len(element) >= _MIN_GRID_CELLS and (rows := _cell_grid(element)) is not None:
            self._div_table([(element, rows)], list_depth)
        else:
            if name == "div" and element.get("role") == "listitem":
                _drop_step_number(element)
            self.walk(element, list_depth)

    def _card(self, card: etree._Element, title: etree._Element, list_depth: int) -> None:
        """A card of a card grid: one item "Title (description)", as a role and its note are written (Starlight's
        <Card>: '<article class="card"><p class="title">Product Manager</p><div class="body"><p>...'). Read as
        blocks, its title and blurb stood as two loose notes. A card whose title links to another page (a
        LinkCard, '<div class="sl-link-card"><a><span class="title">') previews that page: chrome, as a bookmark
        card is. A card titled by a heading, or holding a list or a table, is read as any box: its heading heads it."""
        if _linked_title(card, title):
            return
        if title.tag in _HEADINGS or next(card.iter("ul", "ol", "table"), None) is not None:
            self.walk(card, list_depth)
            return
        start = self.offset(card.tag)
        name, text = _text(title), _text(card)
        description = text[len(name) :].strip().removesuffix(".") if text.startswith(name) else ""
        line = f"{name} ({description})" if description else name
        self.pieces.append(new_piece((Block.list_item(line, start, start + len(text), list_depth, "•"), 0.0)))

    def _heading(self, text: str, start: int, level: int, ratio: float) -> None:
        self._drop_control_label(text)
        self.pieces.append(new_piece((Block.heading(text, start, start + len(text), level), ratio)))
        if level == 1:
            self.has_title = True

    def _list_heading(self, heading: etree._Element, number: int | None) -> None:
        """A heading that is a list's item, numbered by the list: LibreOffice writes outline-numbered headings
        so ('<ol start="3"><li><h2>Core Responsibilities</h2></li></ol>'). Its number is read as one typed
        into its text ("3) Core Responsibilities"), as the section matcher reads a numbered heading."""
        start = self.offset(heading.tag)
        text = _text(heading)
        if not text:
            return
        if number is not None and not text[0].isdigit():
            text = f"{number}) {text}"
        self._heading(text, start, int(heading.tag[1]), _link_ratio(heading))

    def _code_block(self, text: str, start: int, caption: str | None = None, label: bool = False) -> None:
        """A block of source code: one paragraph, its lines kept as lines (as a table's text keeps its rows).
        Its lines are no list items or prose: a "# comment" line is no heading, "- x" no bullet, "a: b" no label.
        A caption its box prints above it, read just before as a paragraph, is its first line: one item, not two;
        a caption only naming the code's language ("bash", ``label``) is chrome, as the box's Copy button is."""
        lines = [line.rstrip() for line in text.strip("\n").split("\n")]
        end = start + len(text)
        last = self.pieces[-1].block if caption and self.pieces else None
        if last is not None and last.kind is _PARAGRAPH and last.text == caption:
            self.pieces.pop()
            if not label:
                lines.insert(0, caption)
                start = last.start
        self.pieces.append(new_piece((Block.paragraph("\n".join(lines), start, end), 0.0)))

    def _pre_lines(self, lines: list[str], start: int, end: int) -> None:
        """A <pre>'s lines: a table aligned by spaces (Medium has no tables) is read as on a text page, from
        its known header line to a blank line; the lines around it are paragraph lines."""
        for i, line in enumerate(lines):
            if (known := match_lost_border_header(line.strip())) is not None:
                break
        else:
            if (rows := _aligned_table(lines)) is not None:
                self.pieces.append(Piece(Block.table(rows[0], rows[1:], start, end), 0.0))
            else:
                self._paragraph_lines("\n".join(lines), start, end, 0.0)
            return
        if i:
            self._paragraph_lines("\n".join(lines[:i]), start, end, 0.0)
        from .textblocks import _DASH_GROUPS  # textblocks imports this module: imported when a <pre> holds a table

        row_lines: list[str] = []
        j = i + 1
        while j < len(lines) and (row := lines[j]).strip():
            if _DASH_GROUPS.fullmatch(row.strip()):  # the header's underline, "--------  -----": no row
                j += 1
                continue
            if row[0].isspace() and row_lines:
                row_lines[-1] += " " + row.strip()  # an indented line wraps the row above's last cell
            else:
                row_lines.append(row.strip())
            j += 1
        table = Block.table(list(known.columns), split_lost_border_rows(known, row_lines), start, end)
        self.pieces.append(Piece(table, 0.0))
        if j < len(lines):
            self._pre_lines(lines[j:], start, end)

    def _word_list_item(self, text: str, start: int, depth: int, ratio: float) -> None:
        """A list item Microsoft Word wrote as a paragraph ('<p class="MsoListParagraph" style="mso-list:l3
        level2 lfo4">'), its level in the style. Word types the item's marker into its text ("5.", "·", "o",
        "§", "a."): the marker, not the item's words. Lines after a <br> are the item's details."""
        lines = _lines(text)
        if not lines:
            return
        end = start + len(text)
        item, marker, number = lines[0], "•", None
        if typed := _WORD_LIST_MARKER.match(item):
            item = item[typed.end() :]
            if typed.group(1):
                marker, number = typed.group(1) + typed.group(2), int(typed.group(1))
            elif typed.group(2):  # a letter or roman numeral
                marker = typed.group(0).rstrip()
        add = self.pieces.append
        add(new_piece((Block.list_item(item, start, end, depth, marker, number), ratio)))
        for detail in lines[1:]:
            add(new_piece((Block.list_item(_DETAIL_LINE.sub("", detail), start, end, depth + 1, "–"), ratio)))

    def _drop_control_label(self, heading: str) -> None:
        """Drop a collapsed panel's control label just before the heading that titles the panel: "Governance
        responsibilities (click to expand)" over "Governance responsibilities" (a Confluence expand macro's
        control) is chrome, the heading says it; kept, it would open an empty subsection."""
        last = self.pieces[-1].block if self.pieces else None
        if last is not None and last.kind is _PARAGRAPH and last.text.startswith(heading):
            if _CONTROL_HINT.sub("", last.text, count=1) == heading:
                self.pieces.pop()

    def _paragraph_lines(self, text: str, start: int, end: int, ratio: float, markdown: bool = False) -> None:
        """A paragraph, or lines of a list typed into it.

        A line opening with a bullet ("• item", "- item": the page's author typed the
        list) is an item, as on text pages; so is a numbered line ("1. Define the
        strategy") when the paragraph is shaped as a numbered list, or is markdown (an
        ordered list's item, one per paragraph as an editor keeps a pasted list). '– detail'
        lines hang under the item before them, or make an inline list after a lead line.
        """
        lines = _lines(text)
        if not lines:
            return
        if len(lines) == 1 and lines[0][0] not in ITEM_MARKERS and not (markdown and lines[0][0].isdigit()):
            self.pieces.extend(split_inline_list(Block.paragraph(lines[0], start, end), ratio))
            return
        if "|" in text and not markdown and self._pipe_lines(lines, start, end, ratio, markdown):
            return
        numbered = markdown or _typed_numbered_list(lines)
        parent_open = False  # the dash item before ends with ":": lowercase dash lines after it nest
        in_item = False  # a bullet or numbered item is open: dash lines are its details
        for line in lines:
            if line[0] in ITEM_MARKERS and (bullet := _BULLET_LINE.match(line)):
                in_item, parent_open = True, False
                item = line[bullet.end() :]
                self.pieces.append(new_piece((Block.list_item(item, start, end, 0, bullet.group(1)), ratio)))
            # In markdown, a numbered line naming a section ("4) Day-to-Day Activities") is its heading, not an item.
            elif (
                numbered and (numeral := _NUMBERED_LINE.match(line)) and not (markdown and classify_heading(line).spec)
            ):
                in_item, parent_open = True, False
                item, number = line[numeral.end() :], numeral.group(1)
                marked = Block.list_item(item, start, end, 0, number + numeral.group(2), int(number))
                self.pieces.append(new_piece((marked, ratio)))
            elif line[0] in "–—" and (dash := _DETAIL_LINE.match(line)):
                item = line[dash.end() :]  # all sub() would remove: its pattern is anchored at the start
                depth = 1 if in_item or (parent_open and item[:1].islower()) else 0
                if depth == 0:
                    parent_open = item.endswith(":")
                    if " – " in item and (run := dash_run(item)):
                        # "– A – B – C" under a lead line: the list run on in one line, one item a dash (each
                        # with the paragraph's span, as its other lines).
                        for text_of_item, _, _ in run:
                            self.pieces.append(new_piece((Block.list_item(text_of_item, start, end, 0, "–"), ratio)))
                        continue
                self.pieces.append(new_piece((Block.list_item(item, start, end, depth, "–"), ratio)))
            else:
                in_item = parent_open = False
                self.pieces.extend(split_inline_list(Block.paragraph(line, start, end), ratio))

    def _pipe_lines(self, lines: list[str], start: int, end: int, ratio: float, markdown: bool) -> bool:
        """A paragraph's lines holding a table pasted as pipe rows (a header, then rows of its width), as a
        flattened page writes the <p>s of one: the table, the lines around it read as the paragraph's. False when
        no such table is among them."""
        for i, line in enumerate(lines):
            if (header := _pipe_header(line)) is None or (self.pasted_markdown and not _ruled(lines, i)):
                continue
            rows, taken = _rows_under(len(header), lines[i + 1 :])
            if not rows:
                continue
            if i:
                self._paragraph_lines("\n".join(lines[:i]), start, end, ratio, markdown)
            self.pieces.append(new_piece((Block.table(header, rows, start, end), ratio)))
            if i + 1 + taken < len(lines):
                self._paragraph_lines("\n".join(lines[i + 1 + taken :]), start, end, ratio, markdown)
            return True
        return self._two_column_lines(lines, start, end, ratio, markdown)

    def _two_column_lines(self, lines: list[str], start: int, end: int, ratio: float, markdown: bool) -> bool:
        """A paragraph's lines that open with a two-column table pasted as pipe rows without outer pipes ("Item |
        Summary" over "Role title | Payroll Tax Analyst", a Medium <pre>), read as _two_column_paragraph reads one
        <p> a row; the lines after it are the paragraph's. False for any other lines."""
        header = _two_column_cells(lines[0])
        if header is None or self.pasted_markdown or any(len(cell.split()) > _HEADER_CELL_WORDS for cell in header):
            return False
        ruled = _bare_rule(lines[1]) or is_pipe_separator(lines[1])
        rows = list(takewhile(bool, map(_two_column_cells, lines[1 + ruled :])))
        if len(rows) < _TWO_COLUMN_ROWS:
            return False
        self.pieces.append(new_piece((Block.table(header, rows, start, end), ratio)))
        if (taken := 1 + ruled + len(rows)) < len(lines):
            self._paragraph_lines("\n".join(lines[taken:]), start, end, ratio, markdown)
        return True

    def _pipe_paragraph(self, element: etree._Element, text: str, start: int) -> bool:
        """A paragraph that heads a table pasted as pipe rows, one <p> each ("Category | Tool | Primary use" over
        "CRM | Salesforce | Referrals"): it and the rows of its width in the paragraphs after it are a table, as the
        same lines are on a text page; those paragraphs are then passed over. False for any other paragraph."""
        if self.pipe_rows_left:
            self.pipe_rows_left -= 1
            return True
        header = _pipe_header(text.strip())
        if header is None:
            return self._two_column_paragraph(element, text, start)
        paragraphs = _following_paragraphs(element, self.holders)
        ruled = self.pasted_markdown  # pasted markdown's table is markdown's: its "---|---" rule under the header
        if ruled and not is_pipe_separator(next(paragraphs, "")):
            return False
        rows, taken = _rows_under(len(header), paragraphs)
        if not rows:
            return False
        self.pipe_rows_left = taken + ruled
        self._pasted_table(element, header, rows, start)
        return True

    def _two_column_paragraph(self, element: etree._Element, text: str, start: int) -> bool:
        """A paragraph that heads a two-column table pasted as pipe rows without outer pipes, one <p> each
        ("Category | Executive summary" over "Role title | Fleet Maintenance Manager", as a Tumblr post writes a
        table): a header of short cells and a few rows under it, as one pipe in prose ("a | b") has neither."""
        header = _two_column_cells(text.strip())
        if header is None or self.pasted_markdown or any(len(cell.split()) > _HEADER_CELL_WORDS for cell in header):
            return False
        rows = list(takewhile(bool, map(_two_column_cells, _following_paragraphs(element, self.holders))))
        if len(rows) < _TWO_COLUMN_ROWS:
            return False
        self.pipe_rows_left = len(rows)
        self._pasted_table(element, header, rows, start)
        return True

    def _pasted_table(self, element: etree._Element, header: list[str], rows: list[list[str]], start: int) -> None:
        end = start + sum(len(" | ".join(cells)) for cells in [header, *rows])
        self.pieces.append(new_piece((Block.table(header, rows, start, end), _link_ratio(element))))

    def _markdown_paragraph(self, text: str, start: int, ratio: float) -> bool:
        """A paragraph holding pasted markdown as text, read as the markup it stands for: a "### Title" line is
        a heading of that level, a line wholly in "**" a bold sub-heading (as a <p> of one <strong> is), a pipe
        table (its header, a separator row, its rows, a <br> between them) a table, and "**" around words is
        bold, no text. The other lines are paragraph lines, a numbered one an ordered list's item. False when the
        paragraph holds no such markdown.
        """
        if "**" not in text and "#" not in text and "|" not in text and not text.lstrip()[:1].isdigit():  # most
            return False
        lines = _lines(text)
        if "**" not in text and not any(line[0] in "#|" or _NUMBERED_LINE.match(line) for line in lines):
            return False
        end = start + len(text)
        plain: list[str] = []  # the lines before the next heading or table, read together as a paragraph's
        add = self.pieces.append
        i = 0
        while i < len(lines):
            line = lines[i]
            block = None
            if line[0] == "#" and (heading := md_heading(line)):
                level, title = heading
                block = Block.heading(title, start, end, level)
            elif line[0] == "*" and (bold := _MD_WHOLLY_BOLD.fullmatch(line)) and len(line.split()) <= 14:
                block = Block.heading(bold.group(1).rstrip(":").strip(), start, end, 4)
            elif line[0] == "|" and i + 1 < len(lines) and is_pipe_separator(lines[i + 1]):
                header = parse_pipe_row(MD_STRONG.sub(r"\2", line))
                rows: list[list[str]] = []
                i += 2
                while i < len(lines) and (row := parse_pipe_row(MD_STRONG.sub(r"\2", lines[i]))) is not None:
                    rows.append((row + [""] * len(header))[: len(header)])
                    i += 1
                i -= 1
                block = Block.table(header, rows, start, end)
            if block is None:
                plain.append(MD_STRONG.sub(r"\2", line) if "**" in line else line)
            else:
                if plain:
                    self._paragraph_lines("\n".join(plain), start, end, ratio, markdown=True)
                    plain = []
                add(new_piece((block, ratio)))
            i += 1
        if plain:
            self._paragraph_lines("\n".join(plain), start, end, ratio, markdown=True)
        return True

    def _list(self, element: etree._Element, depth: int) -> None:
        """A list's items, nested lists one level deeper. A definition list's terms are items, each
        description an item under its term, as a skill and its "Why it matters: ..." lines are."""
        tag = element.tag
        # A list built for tab labels (_label_list) has no start tag in the source, nor its items: no offset of
        # their own, as a tab's heading has none (the search would pass the panel's own list and items).
        built = element.get(_TAB_LABELS) is not None
        if not built:
            self.offset(tag)
        if depth == 0 and (level := _DOCS_LIST_LEVEL.search(element.get("class") or "")):
            # A Google Docs export nests no list: each level is a list of its own, side by side, its class saying
            # which ("lst-kix_5k92xq-1"). Read so, a responsibility's detail lines are under it, not items of their own.
            depth = int(level.group(1))
        if tag == "dl" and depth == 0 and not built and (pairs := _label_value_pairs(element)):
            self._labelled_lines(pairs)
            return
        ordered = tag == "ol"
        number = _int(element.get("start"), 1) if ordered else None
        steps = ordered and _steps_list(element)
        marker = "•"
        add = self.pieces.append
        for item in _definitions(element) if tag == "dl" else element.iterchildren("li", "ul", "ol"):
            item_tag = item.tag
            if item_tag == "ul" or item_tag == "ol":
                # A list directly in a list is the previous item's sub-list, written beside its <li> rather than
                # in it (OneNote, Word and many editors do): read one level deeper, as if nested in the item.
                self._list(item, depth + 1)
                continue
            start = self.cursor if built else self.offset(item_tag)
            level = depth + 1 if item_tag == "dd" else depth
            if ordered:
                marker = f"{number}."
            if not len(item):  # most items are plain text: one line at most, as _flat leaves no line break
                text = _flat(item.text)
                if line := _squeeze(text).strip():
                    if line[0] in BALLOT_OPENERS:
                        line = unticked(line)
                    line = _sub_item_line(line) if level else line
                    add(new_piece((Block.list_item(line, start, start + len(text), level, marker, number), 0.0)))
            # An item holding a heading holds a block: one set lookup spares the others the search.
            elif item in self.holders and (heading := _item_heading(item)) is not None:
                self._list_heading(heading, number)
            elif steps and item in self.holders and _titled_step(item):
                self.walk(item, level)  # its title a sub-heading over its list, as outside a list
            else:
                text, ratio, nested = _item_content(item)
                lines = _lines(text)
                if lines:
                    end = start + len(text)
                    first = unticked(lines[0]) if lines[0][:1] in BALLOT_OPENERS else lines[0]
                    first = _sub_item_line(first) if level else first
                    add(new_piece((Block.list_item(first, start, end, level, marker, number), ratio)))
                    # An item's further lines are its details; a description's all describe its term.
                    detail_level = level if item_tag == "dd" else level + 1
                    for detail in lines[1:]:
                        body = _DETAIL_LINE.sub("", detail)
                        add(new_piece((Block.list_item(body, start, end, detail_level, "–"), ratio)))
                for child in nested:
                    if child.tag == "details":
                        self.element(child, level)  # read as outside a list: its summary, then its blocks
                    else:
                        self._list(child, level + 1)
            if number is not None:
                number += 1

    def _labelled_lines(self, pairs: list[tuple[str, str, float]]) -> None:
        """Label/value pairs as the "Label: value" paragraphs the section parsers read (a "<b>Role horizon:</b>
        Current" paragraph's), not as a term over its description, which leaves both unplaced."""
        for label, value, ratio in pairs:
            start = self.offset("dt")
            end = self.offset("dd") + len(value)
            self.pieces.extend(split_inline_list(Block.paragraph(f"{label}: {value}", start, end), ratio))

    def _div_table(self, run: list[tuple[etree._Element, list[list[str]]]], list_depth: int) -> None:
        """A run of div rows as a table, its first row the header; a lone row as any div."""
        rows = [cells for _, part in run for cells in part]
        header = rows[0]
        if len(rows) < 2 or not all(header):  # a header names every column
            for element, _ in run:
                self.element(element, list_depth)
            return
        start = self.cursor
        body = [cells for cells in rows[1:] if any(cells)]
        end = start + sum(len(" | ".join(cells)) for cells in body)
        self.pieces.append(new_piece((Block.table(header, body, start, end), 0.0)))

    def _layout_cells(self, table: etree._Element, list_depth: int) -> None:
        """A layout table's cells are containers, read in document order as divs are."""
        self.offset("table")
        for row in _own_rows(table):
            for cell in row.iterchildren("td", "th"):
                self.walk(cell, list_depth)

    def _table(self, element: etree._Element) -> None:
        start = self.offset("table")
        rows = _grid(element)
        if next(element.iterchildren("tfoot"), None) is not None:
            # A browser shows a <tfoot>'s rows under the body's, wherever the markup puts it (HTML 4 wrote it
            # first): a totals row closes the table.
            rows.sort(key=_in_foot)
        width = max((len(row.cells) for row in rows), default=0)
        # A leading row of one cell over a wider table titles it ("Illustrative KPIs" spanning the five
        # columns): a caption, left out as <caption> and <figcaption> are, and the row after it is the header.
        while len(rows) > 1 and width > 1 and rows[0].written == 1:
            del rows[0]
        header = rows.pop(0).cells if rows else []
        width = len(header) or width
        # A row repeating the header holds no values: TablePress's "table foot" repeats it in a <tfoot>.
        rows = [row for row in rows if row.cells != header]
        # A closing row of one cell, or of cells that each span columns ("Note: avoid vanity metrics ..."
        # over two columns, "Pair every metric ..." over three), holds notes under the table, as the text
        # after a table does, not a row.
        notes: list[str] = []
        while len(rows) > 1 and width > 1 and _notes_row(rows[-1]):
            notes[:0] = [cell for cell in rows.pop().cells if cell]
        body = [_body_row(row, width) for row in rows if any(row.cells)]
        end = start + sum(len(" | ".join(r)) for r in body)
        self.pieces.append(new_piece((Block.table(header, body, start, end), 0.0)))
        for note in notes:
            self.pieces.extend(split_inline_list(Block.paragraph(note, end, end + len(note)), 0.0))
            end += len(note)
        caption = _table_caption(element)
        if caption:
            self._paragraph_lines(caption, end, end + len(caption), 0.0)
        if (title := _title_description(element)) is not None:
            _empty_out(title)  # its parent's walk comes to it next: nothing left to read


def _own_rows(table: etree._Element) -> list[etree._Element]:
    """A table's own rows, directly or in its row groups (a nested table's rows are not its own)."""
    return [
        row
        for child in table
        for row in (child.iterchildren("tr") if child.tag in _ROW_GROUPS else (child,))
        if row.tag == "tr"
    ]


def _layout_table(table: etree._Element) -> bool:
    """Whether a table lays out the page rather than holding data: an email's blocks (Mailchimp's and every
    vendor's templates), an old theme's columns. Structure decides, not class names: a data table's first
    row of several cells is a header of short phrases (its cells may hold paragraphs and lists, as classic
    themes write them); a layout table is marked role="presentation", is one box (a single cell), or its
    cells hold blocks (the article's headings, paragraphs and lists, nested tables; in rows of several
    cells, headings and tables only).
    """
    if table.get("role") in _PRESENTATION_ROLES:
        return not _presented_grid(table)
    rows = [list(row.iterchildren("td", "th")) for row in _own_rows(table)]
    first = next((cells for cells in rows if len(cells) > 1), None)
    if first is not None and _phrase_row(first):
        return False
    if len(rows) == 1 and first is None:
        return True  # a single cell: a box around content (a spacer, a divider, a text block)
    # Rows of several cells are records, whose cells hold paragraphs and lists in exports that wrap every
    # cell in a <p> (a header-less scorecard opening with a long "Role purpose"): only a heading or a table
    # in a cell makes those layout.
    blocks = _LAYOUT_BLOCKS if sum(len(cells) > 1 for cells in rows) > 1 else _BLOCK_TAGS
    return any(len(cell) and next(cell.iterdescendants(*blocks), None) is not None for cells in rows for cell in cells)


def _presented_grid(table: etree._Element) -> bool:
    """Whether a role="presentation" table holds data all the same: email builders mark every table so, their
    data tables too, and so do help centers' editors (Intercom's articles). A regular grid of text cells (no
    block, no image) under a header row of <th> or bold cells is a table: nested in the email's layout tables
    (whose own columns hold paragraphs), or an article's own, whose cells may wrap their text in a paragraph
    (Intercom: a div > p in each cell). The layout's own tables hold the body, images, buttons or a single row."""
    # The tree tests first: they reject the layout's tables (a nested table, a heading) before any row is read.
    nested = next(table.iterancestors("table"), None) is not None
    blocks = _BLOCK_TAGS if nested else _PRESENTED_CELL_BLOCKS
    if next(table.iterdescendants(*blocks, "img"), None) is not None:
        return False
    rows = [list(row.iterchildren("td", "th")) for row in _own_rows(table)]
    width = len(rows[0]) if len(rows) > 2 else 0  # a header and two records at least
    if width < 2 or any(len(cells) != width for cells in rows):
        return False
    return _phrase_row(rows[0]) and all(cell.tag == "th" or _bold_cell(_cell_paragraph(cell)) for cell in rows[0])


def _cell_paragraph(cell: etree._Element) -> etree._Element:
    """The paragraph a cell wraps its text in (a div > p, as help centers' editors write each cell), or the
    cell itself: where its bold run is."""
    inner = cell
    while len(inner) == 1 and inner[0].tag in _PARAGRAPH_WRAPPERS and not (inner.text or "").strip():
        if (inner[0].tail or "").strip():
            break
        inner = inner[0]
    return inner


def _bold_cell(cell: etree._Element) -> bool:
    """A cell set in bold, by a <b>/<strong> run or by its style (an email's header cells)."""
    return _wholly_bold(cell) is not None or _BOLD_STYLE.search(cell.get("style") or "") is not None


def _phrase_row(cells: list[etree._Element]) -> bool:
    """A row of short phrases, as a header is (an empty corner cell allowed): no cell holds a heading, a
    list or a table, or more than a phrase."""
    texts = []
    for cell in cells:
        if len(cell) and next(cell.iterdescendants(*_STRUCTURE_TAGS), None) is not None:
            return False
        texts.append(_text(cell))
    return any(texts) and all(len(text) <= _MAX_CELL for text in texts)


class _GridRow(NamedTuple):
    """A table row with its spans resolved."""

    cells: list[str]  # one per column: a colspan cell's text in its first column, "" in the others
    written: int  # the <td>/<th> cells the row itself holds (cells carried down from above not counted)
    row: etree._Element  # the <tr>


# _GridRow(cells, written, row) without NamedTuple's Python-level __new__, as new_piece builds pieces.
_new_grid_row = partial(tuple.__new__, _GridRow)


def _grid(table: etree._Element) -> list[_GridRow]:
    """The table's rows, spans resolved as a browser lays them out.

    A rowspan cell is carried down into the rows below, at its column (a category
    cell over the tools of that category); a colspan cell fills its columns, its
    text in the first and the rest padded empty, so the cells after it stay in
    their columns.
    """
    rows: list[_GridRow] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill) of a rowspan cell
    holds_tables = next(table.iterdescendants("table"), None) is not None
    for tr in table.iter("tr"):
        if holds_tables and next(tr.iterancestors("table"), None) is not table:
            continue  # a nested table's rows belong to that table
        cells = list(tr.iterchildren("th", "td"))  # the tag test in C, not per child in Python
        values: list[str] = []
        for cell in cells:
            while carried and len(values) in carried:
                values.append(carry_rowspan(carried, len(values)))
            text = _cell_text(cell)
            # Most cells have no attribute at all (asking keys() costs a third of two get() calls).
            across, down = (cell.get("colspan"), cell.get("rowspan")) if cell.keys() else (None, None)
            if across is None and down is None:  # most cells span nothing
                values.append(text)
                continue
            across = min(max(_int(across, 1), 1), _MAX_COLSPAN) if across is not None else 1
            down = (min(_int(down, 1), _MAX_ROWSPAN) or _MAX_ROWSPAN) if down is not None else 1  # 0: to the end
            for column in range(len(values), len(values) + across):
                if down > 1:
                    carried[column] = (text, down - 1)
                values.append(text)
                text = ""
        while carried and max(carried) >= len(values):  # cells carried past the row's own cells
            values.append(carry_rowspan(carried, len(values)) if len(values) in carried else "")
        rows.append(_new_grid_row((values, len(cells), tr)))
    return rows


def _in_foot(row: _GridRow) -> bool:
    """Whether the row is in the table's <tfoot>."""
    return row.row.getparent().tag == "tfoot"


def _notes_row(row: _GridRow) -> bool:
    """A row of one cell, or whose every cell spans columns: notes, not values in the table's columns."""
    if row.written == 1:
        return True
    return all(_int(cell.get("colspan"), 1) > 1 for cell in row.row.iterchildren("th", "td"))


def _body_row(row: _GridRow, width: int) -> list[str]:
    """The row's cells, as many as the table's columns; a row of one cell spanning them all keeps that one
    cell alone, the mark of a group label (see tables.group_label)."""
    if row.written == 1 and _spans_table(row, width):  # the cheap test first: most rows write several cells
        return row.cells[:1]
    return (row.cells + [""] * width)[:width]


def _spans_table(row: _GridRow, width: int) -> bool:
    """Whether the row's one cell spans every column of a table of several (no cell carried into it)."""
    cell = next(row.row.iterchildren("th", "td"))
    return width > 1 and _int(cell.get("colspan"), 1) >= width and not any(row.cells[1:])


@lru_cache(maxsize=1)
def _capped_tree_builder() -> type:
    """The _CappedTreeBuilder class, built on first use.

    Only pathological markup needs BeautifulSoup, and importing bs4 (with
    soupsieve) costs ~50 ms of every process start.
    """
    from bs4.builder import LXMLTreeBuilder

    class _CappedTreeBuilder(LXMLTreeBuilder):
        """lxml's HTML tree builder for BeautifulSoup, with nesting capped at _MAX_DEPTH as browsers do.

        Past the cap, elements are not nested any further: their text joins the
        deepest open element, a block element becomes a line break, and what a
        dropped tag (script, style, a sidebar, ...) holds is left out. However
        deep the markup, building the tree stays linear in its size.
        """

        def initialize_soup(self, soup: BeautifulSoup) -> None:
            super().initialize_soup(soup)
            self._flat: list[str | None] = []  # per open element: None if nested, else how it was flattened
            self._muted = 0  # open flattened elements whose content is left out
            self._break = False  # a flattened block ended the line: break it before more text

        def start(self, tag, attrib, nsmap={}) -> None:  # noqa: ANN001, B006 - lxml's parser-target interface
            if len(self.soup.tagStack) <= _MAX_DEPTH:
                self._flat.append(None)
                self._break = False
                super().start(tag, attrib, nsmap)
                return
            name = str(tag).lower()
            if self._muted or name in _DROP_TAGS or _chrome_attrs(dict(attrib)):
                self._muted += 1
                self._flat.append("muted")
            else:
                self._flat.append("block" if name in _LINE_BREAKS else "inline")
                self._break = self._break or name in _LINE_BREAKS

        def end(self, tag) -> None:  # noqa: ANN001
            how = self._flat.pop()
            if how is None:
                self._break = False
                super().end(tag)
            elif how == "muted":
                self._muted -= 1
            elif how == "block":
                self._break = True

        def data(self, content) -> None:  # noqa: ANN001
            if self._muted:
                return
            if self._break and content.strip():
                self._break = False
                self.soup.handle_starttag("br", None, None, {})
                self.soup.handle_endtag("br")
            super().data(content)

    return _CappedTreeBuilder


def _flattened(html: str) -> etree._Element:
    """Read pathological markup with BeautifulSoup's capped builder, then parse its bounded output."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        # Deliberate: XHTML and XML-ish pages are read as HTML, and any text may look like a URL.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, builder=_capped_tree_builder()())
    root = _parse(str(soup))
    return root if root is not None else _empty()


def html_to_pieces(html: str, utf8: bytes | None = None) -> HtmlPage:
    """Parse an HTML page or fragment into article blocks and head metadata.

    ``utf8``: the page's own UTF-8 bytes, when the caller has them (an HTML file read as it is)."""
    blanked = blank_shortcodes(html, headings=True)
    if blanked is not html:  # shortcodes blanked: the bytes are no longer the page's
        html, utf8 = blanked, None
    escapes = DoubleEscapes()
    root = _parse(html, utf8, escapes)
    if root is None:
        root = _flattened(html)
    body = root.find("body")
    if body is None:
        body = root
    # The page title lives in the entry header, which the chrome sweep removes.
    h1 = _entry_heading(body)
    meta = _meta(root, h1)
    if meta.url is None and (saved := _SAVED_FROM.search(html, 0, _SAVED_FROM_REACH)):
        meta = replace(meta, url=saved.group(1), slug=slug_from_url(saved.group(1)))
    if meta.date_modified is None and ("last edited on" in html or "last modified on" in html):
        meta = replace(meta, date_modified=_wiki_edit_date(root))
    if meta.date_published is None and "datePublished" in html:  # a schema.org microdata byline
        meta = replace(meta, date_published=_microdata_date(root))
    if meta.date_modified is None and "dateModified" in html:
        meta = replace(meta, date_modified=_microdata_date(root, "dateModified"))
    if (printed := printed_text(root)) is not None:  # an id lookup: ~1 µs on any other page
        return HtmlPage([], meta, printed)
    rewrite_notion_page(root, body)  # a Notion page's block divs as the elements they stand for: two attribute reads
    title = _text(h1) if h1 is not None else ""  # read before the sweep, which may change the <h1>
    if "<label" in html:  # CSS-only tabs (a search or comment form has labels too: the XPath is cheap)
        _label_radio_tabs(body)
    builder_tabs, aria_tabs, tab_rows = _tab_lists(html)
    if tab_rows:
        _label_class_tabs(body)
    callout = "callout" in html  # mostly absent: then "callout-title" need not be looked for
    generator = _generator(root)  # read once: OneNote's and VuePress' pages are told by it
    vue_docs = _vue_docs_page(generator)
    if vue_docs:
        _drop_hint_ads(body)
    if "admonition" in html or "alert-title" in html or (callout and "callout-title" in html) or "<summary" in html:
        _label_admonitions(body)
    elif vue_docs:  # its boxes' titles: "hint-container-title", "custom-block-title"
        _label_admonitions(body)
    if callout:
        callouts = _CALLOUT_CANDIDATES(body)
        _drop_ad_boxes(callouts)
        _drop_callout_icons(callouts)
    if _onenote_page(generator):  # a few <meta> reads: a search of the page for the tag costs a hundred times more
        _drop_todo_notes(body)
    removed = _sweep(body, builder_tabs, aria_tabs)
    article = _article_root(body)
    walker = _Walker(html, article, _PASTED_MARKDOWN.search(html) is not None)
    walker.walk(article)
    pieces = walker.pieces
    if title and not walker.has_title:  # mostly the walker found the <h1>: no block built to be dropped
        pieces.insert(0, new_piece((Block.heading(title, 0, len(title), 1), 0.0)))
    return HtmlPage(pieces, meta, repairs=escapes.repairs(), removed=removed)
