"""Cleaning generalises: ads, widgets and menus the seeds never had are removed; the article is kept."""

from __future__ import annotations

import json
import re
import sys

import pytest

from conftest import SEED_000
from pipeline import extract
from pipeline.noise import (
    _CAPITALISED,
    _LOWERS_TO_ASCII,
    _WORD,
    _boundary_after_first,
    _distinct_words,
    _in_article,
    _more_words_than,
    _normal,
    _stem,
)

# Synthetic noise, unlike anything on the seed pages.
NEW_AD = [
    "Smile Brighter With Top Dental Clinics",
    "Compare certified dentists near you and book a same-day appointment.",
    "“A healthy smile opens every door.”",
    "Book Your Visit",
]
INSURANCE_AD = [
    "Cheap Car Insurance Quotes",
    "Save up to 40% on your premium in five minutes.",
    "Get a Free Quote",
]
COMMENTS = ["Leave a Reply", "Cancel reply", "Post Comment", "3 Comments"]
FOOTER = ["© 2025 Example Media. All rights reserved.", "Privacy Policy", "Terms of Use"]


def _page(*, before: list[str], between: list[str], after: list[str]) -> bytes:
    text = SEED_000.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("1) Role Summary"))
    title = next(line for line in lines if "Role Blueprint" in line)
    body = lines[start:]
    end = next(i for i, line in enumerate(body) if line.startswith("Find Trusted Cardiac"))
    body = body[:end]
    cut = next(i for i, line in enumerate(body) if line.startswith("8) Technical Skills"))
    blocks = lambda items: "\n\n".join(items)  # noqa: E731
    page = "\n\n".join(
        [blocks(before), title, "\n".join(body[:cut]), blocks(between), "\n".join(body[cut:]), blocks(after)]
    )
    return page.encode("utf-8")


@pytest.fixture(scope="module")
def cleaned() -> str:
    data = _page(before=NEW_AD, between=INSURANCE_AD, after=NEW_AD + COMMENTS + FOOTER)
    (result,) = extract(data, name="synthetic/new-ads.txt")
    return json.dumps(result.document, ensure_ascii=False)


@pytest.mark.parametrize("noise", NEW_AD + INSURANCE_AD + COMMENTS + FOOTER)
def test_unseen_noise_is_removed(cleaned: str, noise: str) -> None:
    assert noise not in cleaned


@pytest.mark.parametrize(
    "article",
    [
        "Metrics should reflect both scientific integrity and delivery impact.",
        "This role requires credible ML fundamentals plus enough software discipline",
        "Learning contributions",
        "Career progression options",
    ],
)
def test_article_around_the_ads_is_kept(cleaned: str, article: str) -> None:
    assert article in cleaned


def test_markdown_menu_and_links_are_removed() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    start = text.index("1) Role Summary")
    menu = "* [Home](https://example.com/)\n* [Blog](https://example.com/blog/)\n* [Contact](https://example.com/contact/)\n\n"
    related = "\n\n## Related posts\n\n* [Senior RAG Engineer: Role Blueprint](https://example.com/rag/)\n"
    page = (menu + "Home » Blog » Roles\n\n" + text[start:] + related).encode("utf-8")
    (result,) = extract(page, name="synthetic/menu.md")
    dumped = json.dumps(result.document, ensure_ascii=False)
    for noise in ["Home »", "example.com", "Related posts", "Senior RAG Engineer"]:
        assert noise not in dumped


def test_ad_right_under_a_section_heading_is_removed_whole() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    heading = "8) Technical Skills Required"
    ad = "\n\n".join(["Smile Brighter With Top Dental Clinics", *NEW_AD[1:]])
    page = text.replace(heading, f"{heading}\n\n{ad}", 1).encode("utf-8")
    (result,) = extract(page, name="synthetic/ad-under-heading.txt")
    dumped = json.dumps(result.document, ensure_ascii=False)
    for noise in ["Smile Brighter", "certified dentists", "healthy smile", "Book Your Visit"]:
        assert noise not in dumped
    assert "This role requires credible ML fundamentals" in dumped


def test_asking_a_stems_three_words_is_stemming_the_whole_article() -> None:
    article = {"hospitals", "policy", "policies", "class", "classes", "bus", "buses", "news", "series", "xies", "ties"}
    article |= {"analyses", "is"}
    stems = {_stem(w) for w in article}
    asked = stems | {"hospital", "polic", "clas", "busy", "new", "sery", "serie", "xie", "xy", "ty", "tie", "analys"}
    asked |= {"analyse", "i", "y", "s"}
    for stem in asked:
        assert _in_article(stem, article) == (stem in stems), stem


def test_only_the_listed_characters_lowercase_to_ascii() -> None:
    """_distinct_words skips lowercasing a text without them: lowercasing leaves it as ASCII and non-ASCII as before."""
    lowering = [c for c in map(chr, range(128, sys.maxunicode + 1)) if any(ch.isascii() for ch in c.lower())]
    assert sorted(lowering) == sorted(_LOWERS_TO_ASCII)


@pytest.mark.parametrize(
    "text",
    [
        "Hospital hospitals --leading-hyphens x-ray -ab- a-b ab abc",
        "İstanbul abcİ KELVIN \u212aitchen ÉCOLE naïve café’s résumé ΣΊΣΥΦΟΣ straße",
        "co‐operate (Unicode hyphen) 3-step e-mail -- --- ---word word--- a--b\tTAB\nline\u00a0nbsp",
        "emoji 🙂smile🙂 \udcff surrogate",
        "",
    ],
)
def test_distinct_words_are_the_words_the_word_pattern_finds(text: str) -> None:
    assert _distinct_words(text) == set(_WORD.findall(text.lower()))


@pytest.mark.parametrize(
    "text",
    ["", " ", "a", "a b", " a  b ", "ab cd ef", "a\u00a0b\u2009c", "a\tb\nc d", "x " * 30, "xy " * 31, " x" * 31, "word " * 40],
)
@pytest.mark.parametrize("n", [0, 1, 2, 3, 24, 30])
def test_more_words_than_counts_as_splitting(text: str, n: int) -> None:
    assert _more_words_than(text, n) == (len(text.split()) > n)


def test_only_the_space_is_printable_whitespace() -> None:
    """_normal returns a printable text as it is when its spaces are single and inner."""
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable()] == [" "]


@pytest.mark.parametrize(
    "text",
    ["Subscribe", "Notify of", " Notify of", "Notify of ", "Notify  of", "Notify\tof", "Notify\u00a0of", "Notify\u2028of", "İ K\u212a", ""],
)
def test_normal_is_the_lowercase_words_joined_by_single_spaces(text: str) -> None:
    assert _normal(text) == " ".join(text.lower().split())


@pytest.mark.parametrize(
    ("pattern", "moved"),
    [
        (r"\bnewsletters?\b", r"n(?<!\w.)ewsletters?\b"),
        (r"\b\d[\d,.]*\s?usd\b", r"\d(?<!\w.)[\d,.]*\s?usd\b"),
        (r"\b_x|y", r"_(?<!\w.)x|y"),
        (r"\bé", r"é(?<!\w.)"),
        (r"\bs?x", None),  # a repeated character: left as it is
        (r"\b(un)?subscribe", None),
        (r"\b\Dx", None),  # not a word character
        (r"^join", None),
    ],
)
def test_a_leading_word_boundary_moves_past_the_word_character_and_matches_the_same(
    pattern: str, moved: str | None
) -> None:
    assert _boundary_after_first(pattern) == (moved or pattern)
    lines = ["", "x", "_x", "1x", "éx", " x", "-x", "\nx", "ax y", "newsletters", "enewsletter", "a newsletter", "12 usd"]
    lines += ["1,5 usd", "x12 usd", "_12 usd", "é", "aé", " é", "y", "s x", "sx", "subscribe", "unsubscribe", "٣ usd"]
    for line in lines + [a + b for a in lines for b in lines]:
        expected = re.search(pattern, line)
        found = re.search(_boundary_after_first(pattern), line)
        assert (found and found.span()) == (expected and expected.span()), (pattern, line)


def test_capitalised_words_are_those_after_a_word_boundary() -> None:
    parts = ["SprintDesk", "Ab", "ABC", "aBcd", "_Abc", "9Abc", "éAbc", "É", "Abc-9", " ", "-", ".", "\n", "x"]
    for line in [a + b + c for a in parts for b in parts for c in parts]:
        assert _CAPITALISED.findall(line) == re.findall(r"\b[A-Z][A-Za-z0-9-]{2,}", line), line


def test_related_titles_in_any_case_are_teasers() -> None:
    """'Role BluePrint' is the family's title as much as 'Role Blueprint': a list of such titles is teasers."""
    text = SEED_000.read_text(encoding="utf-8")
    related = "  • Data Engineer: Role BluePrint, Skills and KPIs\n  • QA Lead: Role BluePrint, Responsibilities\n\n"
    at = text.index("9) Soft Skills")
    (result,) = extract((text[:at] + related + text[at:]).encode("utf-8"), name="synthetic/related-mixed-case.txt")
    dumped = json.dumps(result.document, ensure_ascii=False)
    assert "BluePrint" not in dumped
    assert "Career progression options" in dumped
