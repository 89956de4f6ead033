"""Property tests (issue 5): each stage on arbitrary input, and whole pages built from seed fragments.

No stage raises anything but the documented PipelineError subclasses, every
blueprint validates against the committed schema, and adding only noise
(advertisement and widget lines) to a page loses none of its article lines.
Hypothesis runs derandomized with modest example counts, so the suite stays
fast and CI sees the same examples every time.
"""

from __future__ import annotations

import json
from functools import lru_cache

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile_corpus as corpus
from conftest import ROOT
from pipeline import extract
from pipeline.decode import decode_bytes
from pipeline.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    NotABlueprintError,
    PipelineError,
)
from pipeline.htmlblocks import html_to_pieces
from pipeline.mojibake import repair_text
from pipeline.textblocks import text_to_pieces

FAST = settings(
    max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
PAGES = settings(
    max_examples=30, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)

#: advertisement, widget and comment-form lines, as scraped pages carry them (none from an article)
NOISE = [
    "Advertisement",
    "Sponsored",
    "Find Trusted Cardiac Hospitals",
    "Compare heart hospitals by city and services — all in one place.",
    "Explore Hospitals",
    "Book a free consultation today",
    "Subscribe",
    "Notify of",
    "guest",
    "0 Comments",
    "Newest",
    "Oldest Most Voted",
    "Inline Feedbacks",
    "View all comments",
    "Would love your thoughts, please comment.",
    "Share this:",
    "Click to share on LinkedIn (Opens in new window)",
    "Related posts",
    "We use cookies to improve your experience. Accept all",
    "Sign up for our newsletter",
]


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "blueprint.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=4)
def _sections(seed: str, lines: int) -> tuple[str | None, list[list[str]]]:
    return corpus.sections(corpus.SEED_000 if seed == "000" else corpus.SEED_004, lines)


def _check_blueprints(data: bytes, name: str) -> list:
    """Extract; only PipelineErrors may escape; every blueprint is schema-valid and self-consistent."""
    try:
        results = extract(data, name=name)
    except PipelineError:
        return []
    for result in results:
        document = result.document
        errors = sorted(_validator().iter_errors(document), key=str)
        assert not errors, errors[0].message
        found = {s["id"] for s in document["sections"]}
        assert not found & set(document["missing_sections"])
        assert all("\n" not in warning for warning in result.warnings)
    return results


# --------------------------------------------------------------------------
# Stages
# --------------------------------------------------------------------------

_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "cp874", "shift_jis"]


@st.composite
def _page_bytes(draw: st.DrawFn) -> bytes:
    """Arbitrary bytes, or text in some encoding, possibly damaged."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=3000))
    text = draw(st.text(max_size=800))
    data = text.encode(draw(st.sampled_from(_ENCODINGS)), errors="replace")
    if data and draw(st.booleans()):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    return data


@FAST
@given(_page_bytes())
def test_decode_any_bytes(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except (BinaryInputError, DecodeError):
        return
    decoded.text.encode("utf-8")  # never a lone surrogate: every output is UTF-8
    assert decoded.encoding
    if b"\x00" not in data and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            strict = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        assert decoded.text == strict  # valid UTF-8 is taken as it is


@FAST
@given(st.text(max_size=2000))
def test_repair_any_text(text: str) -> None:
    repaired, repairs = repair_text(text)
    assert isinstance(repaired, str)
    assert all(r.count > 0 for r in repairs)
    if text.isascii():
        assert (repaired, repairs) == (text, [])


_MARKDOWN_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["", "# Title", "## 7) KPIs and Productivity Metrics", "1) Role Summary", "- item", "  - nested",
                     "| a | b |", "|---|---|", "– detail", "**Bold heading**", "Metric What it measures Target",
                     "[link](http://x)", "    1. numbered", "-", "•", "* * *", "```", "<b>html</b>"]),
)  # fmt: skip


@FAST
@given(st.one_of(st.text(max_size=2000), st.lists(_MARKDOWN_LINE, max_size=60).map("\n".join)))
def test_text_to_pieces_on_any_text(text: str) -> None:
    for piece in text_to_pieces(text):
        block = piece.block
        assert 0 <= block.start <= block.end
        assert 0.0 <= piece.link_ratio <= 1.0


_TAGS = ["div", "p", "span", "b", "i", "ul", "ol", "li", "table", "tr", "td", "th", "h1", "h2", "h3", "a", "br",
         "script", "style", "nav", "aside", "footer", "pre", "section", "article", "img", "form", "!--",
         "svg"]  # fmt: skip


@st.composite
def _tag_soup(draw: st.DrawFn) -> str:
    """Unbalanced, misnested markup from a small alphabet of tags, attributes and text."""
    parts = []
    for _ in range(draw(st.integers(0, 80))):
        tag = draw(st.sampled_from(_TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "attr"]))
        if kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "attr":
            word = draw(st.sampled_from(["sidebar", "entry-content", "ad", "comments", "x"]))
            parts.append(f'<{tag} class="{word}" id="{word}">')
        else:
            words = st.sampled_from(["1) Role Summary", "Text & more", "&amp;", "&#0;", "\x00", ""])
            parts.append(draw(st.one_of(words, st.text(max_size=30))))
    return "".join(parts)


@FAST
@given(st.one_of(st.text(max_size=1500), _tag_soup()))
def test_html_to_pieces_on_any_markup(html: str) -> None:
    page = html_to_pieces(html)
    for piece in page.pieces:
        assert 0 <= piece.block.start <= piece.block.end
        assert 0.0 <= piece.link_ratio <= 1.0


# --------------------------------------------------------------------------
# Whole pages from seed fragments
# --------------------------------------------------------------------------


@st.composite
def _fragment_page(draw: st.DrawFn) -> tuple[str, str]:
    """A page from one seed's sections: shuffled, duplicated, truncated and salted with noise; plus a form."""
    seed = draw(st.sampled_from(["000", "004"]))
    title, found = _sections(seed, draw(st.sampled_from([1, 3, 6])))
    order = list(range(len(found)))
    if draw(st.booleans()):
        order = draw(st.permutations(order))
    for index in draw(st.lists(st.integers(0, len(found) - 1), max_size=3)):
        order.insert(draw(st.integers(0, len(order))), index)  # a section repeated somewhere
    if draw(st.booleans()):
        order = order[: draw(st.integers(0, len(order)))]
    lines = [title, ""] if title and draw(st.booleans()) else []
    for index in order:
        lines.extend([*found[index], ""])
    if lines and draw(st.booleans()):
        lines = lines[: draw(st.integers(0, len(lines)))]  # cut off mid-section
    for _ in range(draw(st.integers(0, 6))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(NOISE)))
    form = draw(st.sampled_from(["txt", "md", "html"]))
    text = "\n".join(lines)
    if form == "html":
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines if line) + "</body></html>"
    return text, form


@PAGES
@given(_fragment_page())
def test_pages_from_seed_fragments_give_valid_blueprints_or_a_documented_error(page: tuple[str, str]) -> None:
    text, form = page
    _check_blueprints(text.encode("utf-8"), f"fragments.{form}")


@PAGES
@given(_fragment_page(), st.sampled_from(["gz", "json"]))
def test_the_same_pages_gzipped_or_as_rest_posts(page: tuple[str, str], wrapper: str) -> None:
    import gzip

    text, form = page
    if wrapper == "gz":
        _check_blueprints(gzip.compress(text.encode("utf-8"), mtime=0), f"fragments.{form}.gz")
    else:
        post = {"id": 1, "title": {"rendered": "Role"}, "content": {"rendered": text}}
        _check_blueprints(json.dumps([post, post]).encode("utf-8"), "fragments.json")


def _article_lines(result) -> set[str]:  # noqa: ANN001
    """Every line of text the blueprint keeps from the article: block texts (inline lists split) and table cells."""
    kept: set[str] = set()
    for section in result.document["sections"]:
        kept.add(section["title"])
        blocks = list(section["blocks"]) + [b for sub in section["subsections"] for b in sub["blocks"]]
        kept.update(sub["title"] for sub in section["subsections"])
        for block in blocks:
            if block["kind"] == "table":
                kept.update(cell for row in block.get("rows", []) for cell in row if cell)
            else:
                kept.update(part for part in block["text"].split(" – ") if part)
    return kept


def _article_text(result) -> str:  # noqa: ANN001
    """All the article text the blueprint keeps, in one string."""
    return "\n".join(sorted(_article_lines(result)))


@lru_cache(maxsize=8)
def _clean(seed: str, lines: int) -> tuple[list[str], frozenset[str]]:
    """The mini seed's lines and the article lines of its blueprint."""
    text = corpus.mini_seed(corpus.SEED_000 if seed == "000" else corpus.SEED_004, lines)
    [result] = extract(text.encode("utf-8"), name="clean.txt")
    return text.split("\n"), frozenset(_article_lines(result))


@PAGES
@given(st.sampled_from(["000", "004"]), st.sampled_from([3, 6]), st.data())
def test_adding_only_noise_loses_no_article_line(seed: str, lines_per_section: int, data: st.DataObject) -> None:
    lines, clean = _clean(seed, lines_per_section)
    # Noise goes where ads go: between blocks (at blank lines) and before the first section.
    gaps = [0] + [i + 1 for i, line in enumerate(lines) if not line.strip()]
    noisy = list(lines)
    for gap in sorted(data.draw(st.lists(st.sampled_from(gaps), min_size=1, max_size=5)), reverse=True):
        block = data.draw(st.lists(st.sampled_from(NOISE), min_size=1, max_size=3))
        noisy[gap:gap] = [piece for line in block for piece in (line, "")]
    try:
        [result] = extract("\n".join(noisy).encode("utf-8"), name="noisy.txt")
    except NotABlueprintError as exc:  # pragma: no cover - a failure report
        raise AssertionError(f"noise made the page unreadable: {exc}") from exc
    kept = _article_text(result)
    lost = sorted(line for line in clean if line not in kept)
    assert not lost, f"article lines lost to added noise: {lost[:5]}"


def test_a_short_sections_only_paragraph_survives_an_ad_after_it() -> None:
    lines, clean = _clean("000", 1)
    line = "Deliverables should be concrete, reviewable, and tied to measurable outcomes."
    assert line in clean
    at = lines.index(line) + 1
    noisy = [*lines[:at], "", "Advertisement", *lines[at:]]
    [result] = extract("\n".join(noisy).encode("utf-8"), name="noisy.txt")
    assert line in _article_lines(result)


def test_an_empty_or_blank_page_is_an_empty_input_error() -> None:
    for data in (b"", b" \n\t\r\n", "\u3000\n".encode("utf-8")):
        try:
            extract(data, name="blank.txt")
        except EmptyInputError:
            continue
        raise AssertionError(f"{data!r} gave no EmptyInputError")
