"""The fast paths of the HTML reader give what the general paths give.

html_to_pieces parses UTF-8 bytes (controls dropped by bytes.translate), keeps
lxml's refusal of text that declares an encoding, finds inline elements that
hold blocks in one pass, and measures link text only where links are.
"""

from __future__ import annotations

from pipeline.htmlblocks import html_to_pieces

PAGE = (
    "<html><body><article><h2>Responsibilities</h2>"
    "<p>Own the \u00a0 model\t roadmap – and é’s</p>"
    "<ul><li>Plain item</li><li>Item with <a href='/x'>a link</a><ul><li>nested</li></ul></li></ul>"
    "<table><tr><th>KPI</th><th>Target</th></tr><tr><td>Latency</td><td>≤ 200 ms</td></tr></table>"
    "</article></body></html>"
)


def _texts(html: str) -> list[tuple[str, str, float]]:
    return [(p.block.kind, p.block.text, p.link_ratio) for p in html_to_pieces(html).pieces]


def test_control_characters_are_dropped_as_before() -> None:
    dirty = PAGE.replace("Plain item", "Plain\x00 item\x0b").replace("KPI", "K\x1fPI")
    assert _texts(dirty) == _texts(PAGE)


def test_a_second_encoding_declaration_is_refused_as_lxml_refuses_text() -> None:
    declared = "<?xml version='1.0'?><?xml version='1.0' encoding='utf-8'?>" + PAGE
    # lxml will not parse such text, so the page is read by the flattening reader: same article.
    assert [t for k, t, _ in _texts(declared)] == [t for k, t, _ in _texts(PAGE)]


def test_an_inline_element_holding_a_list_is_a_container() -> None:
    misnested = "<div><span>Lead text<ul><li>one</li><li>two</li></ul></span><p>after</p></div>"
    assert _texts(misnested) == [
        ("paragraph", "Lead text", 0.0),
        ("list_item", "one", 0.0),
        ("list_item", "two", 0.0),
        ("paragraph", "after", 0.0),
    ]


def test_link_ratios_are_measured_only_where_links_are() -> None:
    pieces = _texts(PAGE)
    ratios = {text: ratio for _, text, ratio in pieces}
    assert ratios["Plain item"] == 0.0
    # Each loose part counts stripped: "Item with" and "a link".
    assert ratios["Item with a link"] == len("a link") / len("Item witha link")
    assert ratios["nested"] == 0.0


def test_loose_text_between_blocks_is_a_paragraph_and_whitespace_is_not() -> None:
    page = "<div>\n  <p>one</p>\n \u00a0 <p>two</p> loose <b>bold</b>\n<p>three</p>\n</div>"
    assert [t for _, t, _ in _texts(page)] == ["one", "two", "loose bold", "three"]


def test_a_whitespace_only_page_has_no_pieces() -> None:
    assert _texts(" \n\t\u00a0\u2003 ") == []
    assert _texts("") == []


def test_hidden_and_chrome_attributes_read_from_the_element_as_from_a_dict() -> None:
    from lxml import etree

    from pipeline.htmlblocks import _chrome_attrs

    root = etree.fromstring(
        "<html><body><div hidden>a</div><div hidden=''>b</div><div aria-hidden='true'>c</div>"
        "<div class='post-sidebar'>d</div><div class='entry' id='main'><p hidden>e</p></div></body></html>",
        etree.HTMLParser(),
    )
    for element in root.iter("div"):  # the last div only holds a hidden child: itself not hidden
        assert _chrome_attrs(element) == _chrome_attrs(dict(element.attrib))
    assert [_chrome_attrs(e) for e in root.iter("div")] == [True, True, True, True, False]


def test_the_first_meta_tag_of_a_property_decides_it() -> None:
    page = (
        "<html><head><meta property='og:title' content='  '><meta property='og:title' content='Later'>"
        "<meta property='article:published_time' content=' 2024-01-02 '><title>Page title</title></head>"
        "<body><p>x</p><meta property='og:url' content='https://example.com/roles/ml-engineer'></body></html>"
    )
    meta = html_to_pieces(page).meta
    assert meta.title == "Page title"  # a blank first og:title is no title, as before: the <title> stands
    assert meta.date_published == "2024-01-02"
    assert meta.date_modified is None
    assert meta.url == "https://example.com/roles/ml-engineer"  # found past the head


def test_the_article_root_of_sibling_headings_is_their_parent_as_by_ancestor_sets() -> None:
    from lxml import etree

    from pipeline.htmlblocks import _article_root
    from pipeline.sections import classify_heading

    def general(body: etree._Element) -> str | None:
        # The smallest element holding every section heading, by intersecting ancestor chains.
        headings = [h for h in body.iter("h2") if classify_heading(h.text).spec is not None]
        chains = [list(h.iterancestors()) for h in headings]
        common = set.intersection(*(set(map(id, chain)) for chain in chains))
        return next(p.get("id") for p in chains[0] if id(p) in common)

    pages = [
        "<div id='a'><h2>Responsibilities</h2><p>x</p><h2>KPIs</h2></div>",  # siblings
        "<div id='a'><section><h2>Responsibilities</h2></section><section><h2>KPIs</h2></section></div>",
        "<div id='a'><h2>Responsibilities</h2><div id='b'><h2>KPIs</h2></div></div>",  # one nested deeper
        "<div id='a'><div id='b'><h2>Responsibilities</h2><h2>KPIs</h2></div></div>",
    ]
    for page in pages:
        body = etree.fromstring(f"<html><body>{page}</body></html>", etree.HTMLParser()).find("body")
        assert _article_root(body).get("id") == general(body)


def test_chrome_inside_a_dropped_tag_leaves_the_article_as_before() -> None:
    # A sidebar class inside a <nav>, a <nav> with a chrome class, and a tail after each: the tags
    # go first, and what they held goes with them; the tails stay with the article, joined as before.
    page = (
        "<html><body><article><h2>Responsibilities</h2><p>one</p>"
        "<nav class='menu'><div class='sidebar'>x</div>y</nav>after nav"
        "<div class='widget'><aside>z</aside></div>after widget<p>two</p></article></body></html>"
    )
    assert [t for _, t, _ in _texts(page)] == ["Responsibilities", "one", "after navafter widget", "two"]


def test_plain_and_mixed_list_items_number_and_split_as_before() -> None:
    page = (
        "<ol start='3'><li>  plain \u00a0 item </li><li></li><li>Lead<br>– detail</li>"
        "<li><strong>Label:</strong> text<ol><li>inner</li></ol></li></ol>"
    )
    pieces = [(p.block.text, p.block.marker, p.block.number, p.block.depth) for p in html_to_pieces(page).pieces]
    assert pieces == [
        ("plain item", "3.", 3, 0),
        ("Lead", "5.", 5, 0),
        ("detail", "–", None, 1),
        ("Label: text", "6.", 6, 0),
        ("inner", "1.", 1, 1),
    ]


def test_a_lone_class_decides_chrome_as_all_five_attributes_do() -> None:
    from lxml import etree

    from pipeline.htmlblocks import _chrome_attrs, _chrome_element

    root = etree.fromstring(
        "<html><body><div class='sidebar'>a</div><div class='wp-block-group'>b</div><div class=''>c</div>"
        "<div id='comments'>d</div><div role='navigation'>e</div><div hidden>f</div><div aria-hidden='false'>g</div>"
        "<div class='entry' hidden>h</div><div class='ad' id='x'>i</div><div style='x'>j</div>"
        "<div class='elementor-widget-text-editor'>k</div><div class='code-block code-block-3'>l</div></body></html>",
        etree.HTMLParser(),
    )
    divs = list(root.iter("div"))
    assert [_chrome_element(e) for e in divs] == [_chrome_attrs(dict(e.attrib)) for e in divs]
    assert [_chrome_element(e) for e in divs] == [True, False, False, True, True, True, False, True, True, False, False, True]


def test_integer_attributes_absent_blank_or_malformed_give_the_default() -> None:
    from pipeline.htmlblocks import _int

    assert [_int(v, 1) for v in (None, "", "x", "3", " 4 ", "0", "-2")] == [1, 1, 1, 3, 4, 0, -2]


def test_dash_lines_typed_into_a_paragraph_lose_the_dash_as_before() -> None:
    page = "<p>Outcomes:<br>– Working prototypes:<br>—  faster cycles<br>–no space</p>"
    pieces = [(p.block.kind, p.block.text, p.block.depth) for p in html_to_pieces(page).pieces]
    assert pieces == [
        ("paragraph", "Outcomes:", None),
        ("list_item", "Working prototypes:", 0),
        ("list_item", "faster cycles", 1),
        ("paragraph", "–no space", None),
    ]


def test_a_paragraph_is_a_heading_only_when_one_bold_run_is_all_it_holds() -> None:
    page = (
        "<p><strong>Key outcomes:</strong></p><p>Lead <strong>bold</strong></p>"
        "<p><b>Bold</b> tail</p><p></p><p>plain</p><p><strong>a</strong><em>b</em></p>"
    )
    pieces = [(p.block.kind, p.block.text) for p in html_to_pieces(page).pieces]
    assert pieces == [
        ("heading", "Key outcomes"),
        ("paragraph", "Lead bold"),
        ("paragraph", "Bold tail"),
        ("paragraph", "plain"),
        ("paragraph", "ab"),
    ]


def test_the_title_in_a_removed_header_still_opens_the_page() -> None:
    page = (
        "<html><body><header><h1>Data <span class='share'>x</span>Engineer</h1></header>"
        "<article><h2>Responsibilities</h2><p>one</p></article></body></html>"
    )
    pieces = html_to_pieces(page).pieces
    assert (pieces[0].block.text, pieces[0].block.level, pieces[0].block.start) == ("Data x Engineer", 1, 0)
    assert [p.block.text for p in pieces[1:]] == ["Responsibilities", "one"]
