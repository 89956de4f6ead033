"""The hostile corpus: one broken, odd or malicious input per case of issue 5.

Every file is synthetic, and named so. Where a case needs a real blueprint
underneath (an encoding, broken markup, an odd file name), the page is a
"mini seed": each of the 20 sections of a real seed page (raw/) with its
first few lines, so the corpus stays small and every page still deserves a
complete blueprint.

Small cases are committed under tests/hostile/; run ``python
tests/hostile_corpus.py`` to write them again (the same bytes every time).
Big cases (a 5 MB single line, a file over --max-bytes, a gzip bomb, HTML
nested 100,000 levels deep) and names git cannot carry portably are made at
test time by ``write_generated``.
"""

from __future__ import annotations

import codecs
import gzip
import html
import io
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.mojibake import repair_text  # noqa: E402

HOSTILE = Path(__file__).resolve().parent / "hostile"
SEED_000 = ROOT / "raw" / "000_de98393afd8030e6.txt"
SEED_004 = ROOT / "raw" / "004_c6037ac0a712d293.txt"
_HEADING = re.compile(r"^(\d{1,2})\) \S")
TITLE_SUFFIX = ": Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"

# --------------------------------------------------------------------------
# Seed fragments
# --------------------------------------------------------------------------


def sections(seed: Path, lines_per_section: int = 3) -> tuple[str | None, list[list[str]]]:
    """The seed's title line and, per section, its heading and first non-empty body lines."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    heads = [i for i, line in enumerate(lines) if _HEADING.match(line)]
    title = next((line for line in lines[: heads[0]] if "Role Blueprint" in line), None)
    found = []
    for n, start in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = [line for line in lines[start + 1 : stop] if line.strip()][:lines_per_section]
        found.append([lines[start], *body])
    return title, found


def _scorecard_role(seed: Path) -> str:
    """The role title in the seed's final scorecard ("Role title | ..."), for a page title where it has none."""
    match = re.search(r"^\|?\s*Role title\s*\|\s*([^|\n]+)", seed.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"no role title in {seed.name}"
    return match.group(1).strip()


def mini_seed(seed: Path, lines_per_section: int = 3, order: list[int] | None = None) -> str:
    """A complete but short blueprint page in the seed's own text layout (mojibake included)."""
    title, found = sections(seed, lines_per_section)
    chosen = [found[i] for i in order] if order is not None else found
    parts = [title, ""] if title else []
    for section in chosen:
        parts.extend([*section, ""])
    return "\n".join(parts)


def mini_html(seed: Path, *, head: str = "", sloppy: bool = False) -> str:
    """The mini seed as an HTML page: <h2> per section, a <p> per line (or broken markup, with sloppy)."""
    title, found = sections(seed)
    text_title = repair_text(title)[0] if title else f"{_scorecard_role(seed)}{TITLE_SUFFIX}"
    out = [f"<html><head>{head}<title>{html.escape(text_title)}</title></head><body>"]
    out.append(f"<h1>{html.escape(text_title)}</h1>")
    for n, section in enumerate(found):
        heading, *body = (repair_text(line)[0].strip() for line in section)
        if not sloppy:
            out.append(f"<h2>{html.escape(heading)}</h2>")
            out.extend(f"<p>{html.escape(line)}</p>" for line in body)
            continue
        # Unclosed and misnested tags, stray end tags, an unclosed wrapper per section.
        out.append(f"<div class=sec{n}><h2><b>{html.escape(heading)}</h2></b>")
        for k, line in enumerate(body):
            if k % 3 == 0:
                out.append(f"<p><i>{html.escape(line)}</span>")
            elif k % 3 == 1:
                out.append(f"<ul><li>{html.escape(line)}</ul></li>")
            else:
                out.append(f"<p>{html.escape(line)}</div></font>")
    out.append("</body></html>" if not sloppy else "<table><tr><td>unclosed cell<tr><td>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# Binaries (tiny but genuine files)
# --------------------------------------------------------------------------


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def zip_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("page.html", date_time=(2024, 1, 1, 0, 0, 0))
        archive.writestr(info, "<p>1) Role Summary</p>")
    return buffer.getvalue()


def pdf() -> bytes:
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


# --------------------------------------------------------------------------
# The committed corpus
# --------------------------------------------------------------------------

BLOG_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Weekend sourdough, step by step | Crumb Diaries</title></head>
<body>
<nav class="menu"><a href="/">Home</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></nav>
<article>
<h1>Weekend sourdough, step by step</h1>
<p>Posted on 3 March by Ana. I have been baking sourdough every weekend since the spring, and this is the
schedule that finally works around a busy week.</p>
<h2>What you need</h2>
<ul><li>500 g strong white flour</li><li>350 g water</li><li>100 g lively starter</li><li>10 g salt</li></ul>
<h2>Friday evening</h2>
<p>Feed the starter before bed. In a warm kitchen it doubles by morning; in winter give it a few more hours.</p>
<h2>Saturday</h2>
<p>Mix flour and water and leave them for an hour. Add the starter and salt, then fold the dough every half
hour for the first two hours. Shape it, put it in a floured basket and let it rest in the fridge overnight.</p>
<h2>Sunday morning</h2>
<p>Bake in a preheated pot at 250 degrees: twenty minutes with the lid, twenty-five without. Let the loaf cool
for an hour before you cut it, however hard that is.</p>
</article>
<aside class="sidebar"><h3>Popular posts</h3><ul><li><a href="/rye">Dark rye</a></li></ul></aside>
<div id="comments"><h3>3 comments</h3><p>Lovely crumb!</p></div>
<footer>&copy; Crumb Diaries</footer>
</body></html>
"""

BLOG_MD = """# Three days on the coastal path

*June 12 · 6 min read*

We finally walked the stretch of coast we had talked about for years: three days, sixty kilometres,
two blisters and far too many ice creams.

## Day one

The path leaves the harbour and climbs straight onto the cliffs. Gulls everywhere, a seal in the cove below
the lighthouse, and a café at the top that closes at four, as we found out at ten past.

## Day two

Rain all morning. We sheltered in a chapel, dried our socks on the pews and set off again at noon; the sun
came out over the dunes and stayed for the rest of the trip.

## Day three

A short day to the estuary and the little ferry across. The ferryman told us the path is busiest in August,
so go in June.

[Read more travel stories](https://example.org/travel) · [Subscribe](https://example.org/subscribe)
"""

NOT_A_POST = {
    "kind": "youtube#searchListResponse",
    "pageInfo": {"totalResults": 2, "resultsPerPage": 2},
    "items": [
        {"id": {"videoId": "a1"}, "snippet": {"title": "Associate Applied Scientist: Role Blueprint"}},
        {"id": {"videoId": "b2"}, "snippet": {"title": "Day in the life of an NLP scientist"}},
    ],
}

EXTERNAL_HEAD = (
    '<link rel="stylesheet" href="http://127.0.0.1:9/site.css">'
    '<script src="http://127.0.0.1:9/tracker.js"></script>'
    '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/elsewhere">'
)
# An XML prolog, a DTD fetched from the network and external entities (a local file, a URL): the
# classic XXE attack. None may be resolved, and the page must still give its blueprint.
XXE_PROLOG = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<?xml-stylesheet type="text/xsl" href="http://127.0.0.1:9/style.xsl"?>\n'
    '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" [\n'
    '  <!ENTITY local SYSTEM "file:///etc/passwd">\n'
    '  <!ENTITY remote SYSTEM "http://127.0.0.1:9/entity.txt">\n'
    "]>\n"
)
XXE_BODY = (
    "<p>&local; &remote;</p>"
    '<img src="http://127.0.0.1:9/pixel.png" srcset="http://127.0.0.1:9/2x.png 2x">'
    '<iframe src="http://127.0.0.1:9/frame.html"></iframe>'
    '<object data="http://127.0.0.1:9/movie.swf"></object>'
    '<svg><image href="http://127.0.0.1:9/vector.svg"/></svg>'
    '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="http://127.0.0.1:9/include.xml"/>'
)


def _invalid_utf8(text: str) -> bytes:
    """UTF-8 with a few damaged sequences in body lines: a stray byte, a bad continuation, a cut-off character."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if len(line.split()) > 12 and not _HEADING.match(line)]
    data = [line.encode("utf-8") for line in lines]
    for index, bad in zip((body[2], body[len(body) // 2], body[-3]), (b"\xff", b"\xc3\x28", b"\xe2\x80")):
        words = data[index].split(b" ")
        words.insert(len(words) // 2, bad)
        data[index] = b" ".join(words)
    return b"\n".join(data)


def _lying_utf8_declaration() -> bytes:
    """Declares UTF-8 but is Windows-1252, as pages re-saved by old editors are."""
    page = mini_html(SEED_004).replace("<head>", '<head><meta charset="utf-8">', 1)
    return page.encode("cp1252", errors="replace")


def _lying_latin1_declaration() -> bytes:
    """Declares ISO-8859-1 but is UTF-8 (the page was converted and kept its old <meta>)."""
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    return mini_html(SEED_000).replace("<head>", f"<head>{meta}", 1).encode("utf-8")


def _truncated() -> bytes:
    """Seed 000 cut off in the middle of section 9, mid-sentence."""
    text = mini_seed(SEED_000, lines_per_section=4)
    start = text.index("\n9) ")
    second_line = text.index("\n", text.index("\n", start + 1) + 1)
    return text[: second_line + 40].encode("utf-8")


def _duplicated_out_of_order() -> bytes:
    """Seed 004 with sections 5 and 6 swapped, 12 before 11, and section 3 repeated at the end."""
    order = list(range(20))
    order[4], order[5] = order[5], order[4]
    order[10], order[11] = order[11], order[10]
    order.append(2)
    return mini_seed(SEED_004, order=order).encode("utf-8")


def _corrupt_gzip() -> bytes:
    data = bytearray(gzip_bytes(mini_seed(SEED_004).encode("utf-8")))
    data[20:60] = bytes((b ^ 0x5A) for b in data[20:60])  # damage the deflate stream after the header
    return bytes(data)


def committed_cases() -> dict[str, bytes]:
    """Every small case, by file name."""
    mini_000 = mini_seed(SEED_000)
    mini_004 = mini_seed(SEED_004)
    return {
        "empty.synthetic.txt": b"",
        "whitespace-only.synthetic.md": b" \t \n\n   \r\n\t\n      \n",
        "png-image.synthetic.txt": png(),
        "zip-archive.synthetic.html": zip_archive(),
        "pdf-document.synthetic.md": pdf(),
        "invalid-utf8.synthetic.txt": _invalid_utf8(mini_000),
        "utf16-bom.synthetic.txt": codecs.BOM_UTF16_LE + mini_004.encode("utf-16-le"),
        "utf8-bom.synthetic.md": codecs.BOM_UTF8 + mini_000.encode("utf-8"),
        "charset-lies-latin1.synthetic.html": _lying_latin1_declaration(),
        "charset-lies-utf8.synthetic.htm": _lying_utf8_declaration(),
        "unclosed-misnested.synthetic.html": mini_html(SEED_004, sloppy=True).encode("utf-8"),
        "blog-post.synthetic.html": BLOG_HTML.encode("utf-8"),
        "blog-post.synthetic.md": BLOG_MD.encode("utf-8"),
        "truncated-mid-section.synthetic.txt": _truncated(),
        "duplicated-out-of-order.synthetic.txt": _duplicated_out_of_order(),
        "not-a-wordpress-post.synthetic.json": json.dumps(NOT_A_POST, indent=1).encode("utf-8"),
        "malformed.synthetic.json": (  # cut off inside a string, as an interrupted download is
            b'{"id": 7,\n "title": {"rendered": "Associate NLP Scientist"},\n'
            b' "content": {"rendered": "<h2>1) Role Summary</h2><p>The Associate'
        ),
        "corrupt.synthetic.txt.gz": _corrupt_gzip(),
        "external-entities.synthetic.html": (
            XXE_PROLOG + mini_html(SEED_000, head=EXTERNAL_HEAD).replace("<h1>", XXE_BODY + "<h1>", 1)
        ).encode("utf-8"),
        "name with spaces.synthetic.txt": mini_004.encode("utf-8"),
        "ñame-日本語-ü.synthetic.md": mini_000.encode("utf-8"),
        "-leading-dash.synthetic.html": mini_html(SEED_000).encode("utf-8"),
    }


# --------------------------------------------------------------------------
# Generated at test time
# --------------------------------------------------------------------------

#: a name whose bytes are not UTF-8 (Latin-1 "é"), as old archives and some scrapers leave them
NON_UTF8_NAME = b"latin1-caf\xe9.synthetic.txt"
#: a name that fits (252 bytes) but is too long to get ".json" appended (255 bytes per name on most file systems)
LONG_NAME = "long-" + "n" * 233 + ".synthetic.txt"


def gzip_bomb(expanded: int, member: int = 16 << 20) -> bytes:
    """A gzip file of `expanded` zero bytes, about a thousandth of that size.

    Gzip members may be concatenated, so one compressed member of zeros,
    repeated, makes a bomb of any size at once.
    """
    one = gzip.compress(bytes(member), compresslevel=9, mtime=0)
    return one * max(1, expanded // member)


def single_line(size: int) -> bytes:
    """A seed page with every line break removed, repeated to `size` bytes: one enormous line."""
    words = " ".join(SEED_000.read_text(encoding="utf-8").split()).encode("utf-8") + b" "
    return (words * (size // len(words) + 1))[:size].rsplit(b" ", 1)[0]


def deeply_nested(levels: int) -> bytes:
    """The mini seed's HTML inside `levels` nested <div>s."""
    page = mini_html(SEED_004)
    head, body = page.split("<body>", 1)
    return f"{head}<body>{'<div>' * levels}{body}".encode("utf-8")


def pathological_markdown() -> bytes:
    """A blueprint in markdown under lines that make naive link and image patterns backtrack quadratically."""
    lines = ["![" * 50_000, "[a](" * 20_000, "<http://" * 20_000, "[x" * 50_000, "**a" * 30_000]
    return ("\n\n".join(lines) + "\n\n" + mini_seed(SEED_000)).encode("utf-8")


def long_list(lines: int) -> bytes:
    """A blueprint whose last section runs on with thousands of '– detail' lines (each once walked back over all)."""
    details = "\n".join(f"– detail line {n} of an endless list" for n in range(lines))
    return (mini_seed(SEED_004) + details + "\n").encode("utf-8")


def write_generated(raw: Path, max_bytes: int) -> dict[str, str]:
    """Write the big and unportable cases into raw; return their file names by case."""
    names = {
        "single_line": "single-line-5mb.synthetic.txt",
        "too_large": "over-max-bytes.synthetic.txt",
        "gzip_bomb": "gzip-bomb.synthetic.txt.gz",
        "deep": "nested-100000-deep.synthetic.html",
        "long_name": LONG_NAME,
        "backtracking": "pathological-markdown.synthetic.md",
        "long_list": "long-list-30000-lines.synthetic.txt",
    }
    (raw / names["single_line"]).write_bytes(single_line(5 * 1024 * 1024))
    with (raw / names["too_large"]).open("wb") as handle:  # sparse: no need to write the zeros
        handle.truncate(max_bytes + 1)
    (raw / names["gzip_bomb"]).write_bytes(gzip_bomb(1 << 30))  # 1 GB
    (raw / names["deep"]).write_bytes(deeply_nested(100_000))
    (raw / names["long_name"]).write_bytes(mini_seed(SEED_004).encode("utf-8"))
    (raw / names["backtracking"]).write_bytes(pathological_markdown())
    (raw / names["long_list"]).write_bytes(long_list(30_000))
    with open(os.path.join(os.fsencode(raw), NON_UTF8_NAME), "wb") as handle:
        handle.write(mini_seed(SEED_000).encode("utf-8"))
    return names


def main() -> None:
    HOSTILE.mkdir(exist_ok=True)
    cases = committed_cases()
    for stale in HOSTILE.iterdir():
        if stale.name not in cases:
            stale.unlink()
    for name, data in cases.items():
        (HOSTILE / name).write_bytes(data)
    print(f"wrote {len(cases)} files to {HOSTILE}")


if __name__ == "__main__":
    main()
