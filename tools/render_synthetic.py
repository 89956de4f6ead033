"""Render the two real seed pages as synthetic crawler markdown, WordPress HTML, REST JSON and gzip files.

Run ``python tools/render_synthetic.py`` (from anywhere). The files land in
``raw/synthetic/`` and are the same bytes on every run: fixed ids, dates and
gzip mtime, no randomness.

The article is not retyped: it is the pipeline's own reading of each text seed
(sections, sub-headings and blocks), so every rendering carries the same
content as its seed in another form. Around it goes site chrome and noise that
the seeds do not have (different advertisements, a wpDiscuz comment form, a
site promotion, menus, breadcrumb, sidebar, footer; in the HTML also the
theme's and block editor's inline CSS, a schema graph, a mega menu printed for
desktop and mobile, footer widgets and an icon sprite, so that a page weighs
what a served WordPress page does), and the markdown of seed
000 keeps the seeds' Thai-code-page mojibake, re-broken, so that repair is
exercised on a form other than plain text.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline import extract  # noqa: E402
from pipeline.blocks import Block, BlockKind  # noqa: E402

RAW = ROOT / "raw"
OUT = RAW / "synthetic"
SITE = "https://www.rolepathways.example"
SITE_NAME = "RolePathways"
TITLE_SUFFIX = ": Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
DASHES = ("–", "—")


# --------------------------------------------------------------------------
# Noise (none of it taken from the seeds)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Ad:
    """An advertising block: headline, one-line pitch, quoted slogan, call to action."""

    headline: str
    pitch: str
    slogan: str
    cta: str
    url: str


DENTAL = Ad(
    "Smile Brighter with Certified Dental Clinics",
    "Book cleanings, braces and implants at verified clinics with transparent prices and same-week appointments.",
    "“A healthy smile is the first thing people notice.”",
    "Book a Dental Check-up",
    "https://ads.brightsmile.example/clinics?utm_source=rolepathways&utm_medium=display",
)
CAR_INSURANCE = Ad(
    "Car Insurance Renewal Due?",
    "Get quotes from 20+ insurers in two minutes and switch your policy without paperwork.",
    "“Drive more, worry less.”",
    "Get My Free Quote",
    "https://ads.safelane.example/car-insurance/quote?ref=rolepathways",
)
ONLINE_MBA = Ad(
    "Earn an Online MBA Without Pausing Your Career",
    "Accredited weekend programs with live classes, flexible fees and placement support.",
    "“Your next leadership role starts with one application.”",
    "Apply for the Spring Intake",
    "https://ads.northbridge-business.example/online-mba?campaign=spring",
)

NAV = [
    ("Home", "/"),
    ("Role Blueprints", "/category/role-blueprints/"),
    ("Career Paths", "/career-paths/"),
    ("Interview Kits", "/interview-kits/"),
    ("Salary Guides", "/salary-guides/"),
    ("About Us", "/about/"),
    ("Contact", "/contact/"),
]
CATEGORIES = [
    ("AI & ML Roles", "/category/ai-ml/", 214),
    ("Cloud & Platform Roles", "/category/cloud-platform/", 167),
    ("Data Engineering Roles", "/category/data-engineering/", 143),
    ("Security Roles", "/category/security/", 98),
    ("Engineering Management", "/category/engineering-management/", 76),
]
ARCHIVES = ["July 2025", "June 2025", "May 2025", "April 2025", "March 2025", "February 2025"]
RELATED = [
    ("Senior RAG Engineer", "senior-rag-engineer",
     "A hands-on look at the engineers who ground language models in company knowledge."),
    ("DevOps Manager", "devops-manager",
     "What it takes to run delivery pipelines and an on-call team at the same time."),
    ("Machine Learning Platform Engineer", "machine-learning-platform-engineer",
     "The people who turn notebooks into dependable training and serving infrastructure."),
]
RECENT = ["Staff Data Engineer", "Cloud Security Architect", "Principal Product Designer"]
CONTACT_HEADING = "Talk to a Career Advisor"
CONTACT_PITCH = "Questions about hiring for this role? Our advisors answer within one business day."
PHONE = "+1 (415) 555-0142"
CONTACT_EMAIL = "advisors@rolepathways.example"
COPYRIGHT = "© 2025 RolePathways. All rights reserved."
TAGLINE = "Role blueprints for modern technology teams"
PROMO_HEADING = "Certification Courses"
PROMO_TEXT = (
    "RolePathways Academy has launched a new series of professional certification courses in cloud, data and "
    "AI engineering, built with practitioners from leading product companies. Each course combines live "
    "mentoring with graded projects. Explore the following programs:"
)
PROMO_PROGRAMS = "Kubernetes Administrator, MLOps Practitioner, and Data Engineering Professional Certifications"
PROMO_CTA = "Enroll in a RolePathways Academy certification program and earn a credential employers recognize."
COMMENT_PROMPT = "Would love your thoughts, please comment."


@dataclass(frozen=True)
class Seed:
    """One real page and how its synthetic renderings are dressed."""

    stem: str
    post_id: int
    slug: str
    author: str
    author_slug: str
    author_bio: str
    category: tuple[str, str, int]
    tags: tuple[int, ...]
    date: str  # site-local, as WordPress "date"
    date_gmt: str
    modified: str
    modified_gmt: str
    display_date: str
    read_minutes: int
    ads: tuple[Ad, Ad, Ad]  # before the article, between two sections, after the last section
    mid_ad_after: int  # the section number the mid-article ad follows
    md_mojibake: bool
    md_continue_numbering: str | None  # section id whose numbered lists continue across sub-headings
    gzip_form: str  # "md" or "html"


SEEDS = [
    Seed(
        stem="000_de98393afd8030e6",
        post_id=48213,
        slug="associate-applied-scientist-role-blueprint",
        author="Priya Raman",
        author_slug="priya-raman",
        author_bio="Priya Raman writes about AI teams, hiring loops and career frameworks for RolePathways.",
        category=("AI & ML Roles", "ai-ml", 7),
        tags=(112, 118, 131),
        date="2025-03-14T14:42:44",
        date_gmt="2025-03-14T09:12:44",
        modified="2025-06-02T22:10:03",
        modified_gmt="2025-06-02T16:40:03",
        display_date="March 14, 2025",
        read_minutes=24,
        ads=(DENTAL, ONLINE_MBA, CAR_INSURANCE),
        mid_ad_after=9,
        md_mojibake=True,
        md_continue_numbering="responsibilities",
        gzip_form="md",
    ),
    Seed(
        stem="004_c6037ac0a712d293",
        post_id=51790,
        slug="associate-nlp-scientist-role-blueprint",
        author="Daniel Okafor",
        author_slug="daniel-okafor",
        author_bio="Daniel Okafor covers language technology roles and the teams that ship them.",
        category=("AI & ML Roles", "ai-ml", 7),
        tags=(112, 126, 140),
        date="2025-05-21T10:05:19",
        date_gmt="2025-05-21T04:35:19",
        modified="2025-07-09T18:27:51",
        modified_gmt="2025-07-09T12:57:51",
        display_date="May 21, 2025",
        read_minutes=21,
        ads=(CAR_INSURANCE, DENTAL, ONLINE_MBA),
        mid_ad_after=5,
        md_mojibake=False,
        md_continue_numbering=None,
        gzip_form="html",
    ),
]


# --------------------------------------------------------------------------
# The article, as the pipeline reads the text seed
# --------------------------------------------------------------------------


@dataclass
class Sub:
    title: str
    key: str | None
    blocks: list[Block]


@dataclass
class Sec:
    id: str
    number: int
    title: str
    blocks: list[Block]
    subs: list[Sub]


@dataclass
class Article:
    role: str
    sections: list[Sec]

    @property
    def page_title(self) -> str:
        return self.role + TITLE_SUFFIX


def read_article(seed: Seed) -> Article:
    """The seed's sections and blocks, as the pipeline extracts them."""
    (result,) = extract(RAW / f"{seed.stem}.txt")
    sections = [
        Sec(
            s.id.value,
            s.number,
            s.title,
            list(s.blocks),
            [Sub(ss.title, ss.key, list(ss.blocks)) for ss in s.subsections],
        )
        for s in result.blueprint.sections
    ]
    role = result.blueprint.role.title
    if not role:
        raise SystemExit(f"{seed.stem}: the pipeline found no role title")
    # Render only a complete reading: all 20 sections, and every table cell recovered.
    if result.blueprint.missing_sections:
        raise SystemExit(f"{seed.stem}: sections missing from the text seed: {result.blueprint.missing_sections}")
    for section in sections:
        for block in section.blocks + [b for sub in section.subs for b in sub.blocks]:
            if block.kind == BlockKind.TABLE and any(not cell.strip() for row in block.rows or [] for cell in row):
                raise SystemExit(f"{seed.stem}: a {section.id} table has empty cells; are its borders recovered?")
    return Article(role, sections)


# --------------------------------------------------------------------------
# Blocks to layout units shared by every form
# --------------------------------------------------------------------------


@dataclass
class Item:
    """A list item, the '– detail' lines printed under it, and its nested items."""

    text: str
    number: int | None
    details: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)


@dataclass
class ItemList:
    ordered: bool
    items: list[Item]


@dataclass
class DashPara:
    """A paragraph holding an inline list: an optional lead line, then '– item' lines."""

    lead: str | None
    dashes: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


def _is_dash(block: Block) -> bool:
    return block.kind == BlockKind.LIST_ITEM and block.marker in DASHES


def units(blocks: list[Block]) -> list[ItemList | DashPara | Table]:
    """Group a run of blocks into paragraphs with inline lists, nested lists and tables."""
    out: list[ItemList | DashPara | Table] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == BlockKind.TABLE:
            out.append(Table(list(block.header or []), [list(r) for r in block.rows or []]))
            i += 1
        elif block.kind == BlockKind.PARAGRAPH or _is_dash(block):
            lead = block.text if block.kind == BlockKind.PARAGRAPH else None
            j = i + 1 if lead is not None else i
            dashes = []
            while j < len(blocks) and _is_dash(blocks[j]):
                dashes.append(blocks[j].text)
                j += 1
            out.append(DashPara(lead, dashes))
            i = j
        elif block.kind == BlockKind.LIST_ITEM:
            flat: list[tuple[int, Item]] = []
            j = i
            while j < len(blocks) and blocks[j].kind == BlockKind.LIST_ITEM:
                b = blocks[j]
                if _is_dash(b):
                    if flat and (b.depth or 0) > flat[-1][0]:
                        flat[-1][1].details.append(b.text)
                        j += 1
                        continue
                    break
                flat.append((b.depth or 0, Item(b.text, b.number)))
                j += 1
            out.append(ItemList(flat[0][1].number is not None, _tree(flat)))
            i = j
        else:
            raise SystemExit(f"unexpected {block.kind} block inside a section: {block.text[:60]!r}")
    return out


def _tree(flat: list[tuple[int, Item]]) -> list[Item]:
    roots: list[Item] = []
    stack: list[tuple[int, Item]] = []
    for depth, item in flat:
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            if depth != stack[-1][0] + 1:
                raise SystemExit(f"list depth jumps to {depth} at {item.text[:60]!r}")
            stack[-1][1].children.append(item)
        elif depth != 0:
            raise SystemExit(f"nested item without a parent: {item.text[:60]!r}")
        else:
            roots.append(item)
        stack.append((depth, item))
    return roots


_LABEL_END = ": "


def split_label(text: str) -> tuple[str, str] | None:
    """("Use", "training scripts") for "Use: training scripts"; None when no short label leads."""
    head, sep, rest = text.partition(_LABEL_END)
    if sep and rest and 0 < len(head.split()) <= 5 and head[:1].isupper() and not head.endswith(")"):
        return head + ":", rest
    return None


def _label_style(section: Sec, sub: Sub) -> bool:
    """Sub-headings printed as a bold label leading the paragraph, as the seeds' summary and mission do."""
    first = sub.blocks[0] if sub.blocks else None
    return section.id in ("role_summary", "role_mission") or (first is not None and _is_dash(first))


# --------------------------------------------------------------------------
# Markdown, as a crawler writes it
# --------------------------------------------------------------------------


def md_inline(text: str) -> str:
    """Bold a leading label the way crawlers keep <strong>: "Use: x" → "**Use:** x"."""
    label = split_label(text)
    return f"**{label[0]}** {label[1]}" if label else text


def md_units(found: list, numbering: list[int] | None) -> list[str]:
    """Markdown paragraphs for layout units; ``numbering`` continues ordered lists when given."""
    parts: list[str] = []
    for unit in found:
        if isinstance(unit, Table):
            lines = ["| " + " | ".join(unit.header) + " |", "|" + "|".join("---" for _ in unit.header) + "|"]
            lines += ["| " + " | ".join(row) + " |" for row in unit.rows]
            parts.append("\n".join(lines))
        elif isinstance(unit, DashPara):
            lines = ([unit.lead] if unit.lead is not None else []) + [f"– {md_inline(d)}" for d in unit.dashes]
            parts.append("  \n".join(lines))
        else:
            lines: list[str] = []
            _md_items(unit.items, unit.ordered, 0, lines, numbering)
            parts.append("\n".join(lines))
    return parts


def _md_items(items: list[Item], ordered: bool, indent: int, lines: list[str], numbering: list[int] | None) -> None:
    for item in items:
        if ordered and item.number is not None:
            if numbering is not None and indent == 0:
                numbering[0] += 1
                marker = f"{numbering[0]}."
            else:
                marker = f"{item.number}."
        else:
            marker = "*"
        lines.append(" " * indent + f"{marker} {md_inline(item.text)}")
        pad = " " * (indent + len(marker) + 1)
        lines.extend(f"{pad}– {md_inline(d)}" for d in item.details)
        child_ordered = bool(item.children) and item.children[0].number is not None
        _md_items(item.children, child_ordered, indent + len(marker) + 1, lines, None)


def md_ad(ad: Ad) -> list[str]:
    return [ad.headline, ad.pitch, ad.slogan, f"[{ad.cta}]({ad.url})"]


def render_markdown(seed: Seed, article: Article) -> str:
    """The page as a crawler's markdown: chrome, the article, an ad between sections, sidebar, footer."""
    url = f"{SITE}/{seed.slug}/"
    cat_name, cat_slug, _ = seed.category
    parts: list[str] = [
        "[Skip to content](#content)",
        f"[![{SITE_NAME} logo]({SITE}/wp-content/uploads/2024/02/rolepathways-logo.png)]({SITE}/)",
        f"{TAGLINE}",
        "\n".join(f"* [{name}]({SITE}{path})" for name, path in NAV),
        f"[Home]({SITE}/) » [{cat_name}]({SITE}/category/{cat_slug}/) » {article.page_title}",
        f"# {article.page_title}",
        f"By [{seed.author}]({SITE}/author/{seed.author_slug}/) | {seed.display_date} | "
        f"[{cat_name}]({SITE}/category/{cat_slug}/) | {seed.read_minutes} min read",
        f"![{article.role} career path illustration]({SITE}/wp-content/uploads/2025/03/{seed.slug}-cover.webp)",
    ]
    before, middle, after = seed.ads
    parts += md_ad(before)
    for section in article.sections:
        parts.append(f"## {section.number}) {section.title}")
        numbering = [0] if section.id == seed.md_continue_numbering else None
        parts += md_units(units(section.blocks), numbering)
        for sub in section.subs:
            if _label_style(section, sub):
                found = units(sub.blocks)
                label = f"**{sub.title}:**"
                if found and isinstance(found[0], DashPara):
                    # "**Label:**" opens the paragraph that holds the inline list.
                    first = md_units(found[:1], numbering)[0]
                    parts.append(f"{label}  \n{first}")
                    parts += md_units(found[1:], numbering)
                else:
                    parts.append(label)
                    parts += md_units(found, numbering)
            else:
                parts.append(f"### {sub.title}")
                parts += md_units(units(sub.blocks), numbering)
        if section.number == seed.mid_ad_after:
            parts += md_ad(middle)
    parts += md_ad(after)
    parts += [
        f"Tags: [{article.role}]({SITE}/tag/{seed.slug}/), [Career Frameworks]({SITE}/tag/career-frameworks/), "
        f"[Hiring]({SITE}/tag/hiring/)",
        "Share this:",
        f"[LinkedIn](https://www.linkedin.com/sharing/share-offsite/?url={url}) "
        f"[X](https://x.com/intent/post?url={url}) [Email](mailto:?subject={seed.slug})",
        f"![{seed.author}]({SITE}/wp-content/uploads/2024/05/{seed.author_slug}-96x96.jpg)",
        f"**About the author: {seed.author}**",
        seed.author_bio,
        "### Related Posts",
    ]
    for role, slug, teaser in RELATED:
        parts.append(f"[**{role}{TITLE_SUFFIX}**]({SITE}/{slug}-role-blueprint/)  \n{teaser}")
    parts += [
        "Subscribe",
        "Notify of",
        "guest",
        "Name*",
        "Email*",
        "[Post Comment]",
        "0 Comments",
        "Newest Oldest Most Voted",
        "Inline Feedbacks",
        "View all comments",
        f"## {PROMO_HEADING}",
        PROMO_TEXT,
        f"**{PROMO_PROGRAMS}**",
        PROMO_CTA,
        "### Recent Posts",
        "\n".join(f"* [{title}{TITLE_SUFFIX}]({SITE}/{_slug(title)}-role-blueprint/)" for title in RECENT),
        "### Archives",
        "\n".join(f"* [{month}]({SITE}/{_archive_path(month)}/)" for month in ARCHIVES),
        "### Categories",
        "\n".join(f"* [{name}]({SITE}{path}) ({count})" for name, path, count in CATEGORIES),
        f"### {CONTACT_HEADING}",
        CONTACT_PITCH,
        f"Call us: {PHONE}",
        f"Email: [{CONTACT_EMAIL}](mailto:{CONTACT_EMAIL})",
        COMMENT_PROMPT,
        COPYRIGHT,
        f"[Privacy Policy]({SITE}/privacy-policy/) | [Terms of Use]({SITE}/terms/) | [Sitemap]({SITE}/sitemap/)",
    ]
    text = "\n\n".join(parts) + "\n"
    return break_mojibake(text) if seed.md_mojibake else text


def _slug(title: str) -> str:
    return "-".join(title.lower().replace("&", "and").split())


def _archive_path(month: str) -> str:
    name, year = month.split()
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]  # fmt: skip
    return f"{year}/{months.index(name.lower()) + 1:02d}"


# --------------------------------------------------------------------------
# Mojibake, as the seeds were damaged
# --------------------------------------------------------------------------

# The seeds' damage (page-family.md): UTF-8 read through Windows-874 (A1–FF)
# with Windows-1252 for 80–9F, and the closing quote's last byte lost.
_BROKEN = ("–", "—", "“", "”", "’", "→", "≤", "≥")


def _hybrid(char: str) -> str:
    """The character's UTF-8 bytes read through the hybrid code page; unmapped bytes are lost (”: 9D)."""
    out = []
    for byte in char.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252" if byte < 0xA0 else "cp874"))
        except UnicodeDecodeError:
            continue
    return "".join(out)


def break_mojibake(text: str) -> str:
    """Re-break the characters the seeds had broken: "3–5 years" → "3โ€“5 years", "done”" → "doneโ€".

    A '– ' opening a line stays well formed, as the seeds' detail lines did.
    """
    table = {c: _hybrid(c) for c in _BROKEN}
    lines = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        keep = len(line) - len(stripped) + 2 if stripped.startswith("– ") else 0
        lines.append(line[:keep] + "".join(table.get(c, c) for c in line[keep:]))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# WordPress HTML
# --------------------------------------------------------------------------

_ENTITIES = {"–": "&#8211;", "—": "&#8212;", "‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;",
             "…": "&#8230;"}  # fmt: skip


def h(text: str) -> str:
    """Escape text the way WordPress serves it: "Q&A – it’s" → "Q&amp;A &#8211; it&#8217;s"."""
    escaped = html.escape(text, quote=False)
    return "".join(_ENTITIES.get(c, c) for c in escaped)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def h_inline(text: str) -> str:
    label = split_label(text)
    return f"<strong>{h(label[0])}</strong> {h(label[1])}" if label else h(text)


def html_units(found: list) -> list[str]:
    parts: list[str] = []
    for unit in found:
        if isinstance(unit, Table):
            head = "".join(f"<th>{h(c)}</th>" for c in unit.header)
            body = "".join("<tr>" + "".join(f"<td>{h(c)}</td>" for c in row) + "</tr>" for row in unit.rows)
            parts.append(
                f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></figure>"
            )
        elif isinstance(unit, DashPara):
            lines = ([h(unit.lead)] if unit.lead is not None else []) + [f"&#8211; {h_inline(d)}" for d in unit.dashes]
            parts.append("<p>" + "<br>\n".join(lines) + "</p>")
        else:
            parts.append(_html_list(unit.items, unit.ordered))
    return parts


def _html_list(items: list[Item], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    start = items[0].number if ordered and items and items[0].number not in (None, 1) else None
    opening = f'<{tag} class="wp-block-list"' + (f' start="{start}"' if start else "") + ">"
    out = [opening]
    for item in items:
        body = h_inline(item.text) + "".join(f"<br>&#8211; {h_inline(d)}" for d in item.details)
        if item.children:
            child_ordered = item.children[0].number is not None
            body += "\n" + _html_list(item.children, child_ordered) + "\n"
        out.append(f"<li>{body}</li>")
    out.append(f"</{tag}>")
    return "\n".join(out)


def html_ad(ad: Ad, where: str) -> str:
    """An ad block: the in-article one in a neutral group block, the others in ad-inserter code blocks."""
    if where == "middle":
        return (
            '<div class="wp-block-group has-background" style="background-color:#f4f7fb">'
            '<div class="wp-block-group__inner-container is-layout-constrained wp-block-group-is-layout-constrained">\n'
            f'<h3 class="wp-block-heading has-text-align-center">{h(ad.headline)}</h3>\n'
            f'<p class="has-text-align-center">{h(ad.pitch)}</p>\n'
            f'<p class="has-text-align-center"><em>{h(ad.slogan)}</em></p>\n'
            '<div class="wp-block-buttons is-content-justification-center is-layout-flex">'
            f'<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{attr(ad.url)}">'
            f"{h(ad.cta)}</a></div></div>\n"
            "</div></div>"
        )
    number = 1 if where == "before" else 3
    return (
        f'<div class="code-block code-block-{number}" style="margin: 8px auto; text-align: center; clear: both;">\n'
        f"<p><strong>{h(ad.headline)}</strong></p>\n"
        f"<p>{h(ad.pitch)}</p>\n"
        f"<p>{h(ad.slogan)}</p>\n"
        f'<p><a href="{attr(ad.url)}" rel="sponsored noopener" target="_blank">{h(ad.cta)}</a></p>\n'
        "</div>"
    )


def entry_content(seed: Seed, article: Article) -> str:
    """The post's content as WordPress stores and serves it (REST ``content.rendered``)."""
    before, middle, after = seed.ads
    parts = [html_ad(before, "before")]
    for section in article.sections:
        parts.append(f'<h2 class="wp-block-heading">{section.number}) {h(section.title)}</h2>')
        parts += html_units(units(section.blocks))
        for sub in section.subs:
            found = units(sub.blocks)
            if _label_style(section, sub):
                label = f"<strong>{h(sub.title)}:</strong>"
                if found and isinstance(found[0], DashPara):
                    first = html_units(found[:1])[0]
                    parts.append(first.replace("<p>", f"<p>{label}<br>\n", 1))
                    parts += html_units(found[1:])
                else:
                    parts.append(f"<p>{label}</p>")
                    parts += html_units(found)
            else:
                parts.append(f'<h3 class="wp-block-heading">{h(sub.title)}</h3>')
                parts += html_units(found)
        if section.number == seed.mid_ad_after:
            parts.append(html_ad(middle, "middle"))
    parts.append(html_ad(after, "after"))
    return "\n\n\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------
# What a WordPress site serves around the article
# --------------------------------------------------------------------------
#
# A page as served carries far more markup than text: the theme's and the
# block editor's inline CSS, the SEO plugin's schema graph, the emoji loader,
# a mega menu printed twice (desktop and mobile header), footer widgets, an
# icon sprite and the comment plugin's settings. The page family's reference
# page weighs 185 KB for 50 KB of article text (../shared/docs/
# performance-notes.md); without this the renderings weighed 80-86 KB, half
# of what the extractor (and trafilatura in the benchmark) meets in a crawl.

MENU_ROLES = {
    ("AI & ML Roles", "ai-ml"): [
        "Machine Learning Engineer", "Senior Data Scientist", "MLOps Engineer", "Computer Vision Engineer",
        "Applied Research Scientist", "AI Product Manager", "Prompt Engineer", "Recommendation Systems Engineer",
    ],
    ("Cloud & Platform Roles", "cloud-platform"): [
        "Cloud Architect", "Platform Engineer", "Site Reliability Engineer", "Kubernetes Administrator",
        "Cloud Cost Analyst", "Infrastructure Engineer", "Cloud Network Engineer", "Developer Experience Engineer",
    ],
    ("Data Engineering Roles", "data-engineering"): [
        "Analytics Engineer", "Data Platform Engineer", "ETL Developer", "Data Quality Engineer",
        "Streaming Data Engineer", "Data Warehouse Architect", "BI Developer", "Data Governance Lead",
    ],
    ("Security Roles", "security"): [
        "Security Engineer", "Penetration Tester", "SOC Analyst", "Cloud Security Engineer",
        "Application Security Engineer", "Identity and Access Engineer", "Threat Intelligence Analyst", "CISO",
    ],
    ("Engineering Management", "engineering-management"): [
        "Engineering Manager", "Director of Engineering", "VP of Engineering", "Technical Program Manager",
        "Head of Platform", "CTO", "Release Manager", "Delivery Manager",
    ],
    ("Product & Design Roles", "product-design"): [
        "Product Manager", "Senior Product Designer", "UX Researcher", "Product Operations Manager",
        "Content Designer", "Design Systems Lead", "Growth Product Manager", "Product Analyst",
    ],
}
FOOTER_COLUMNS = [
    ("Popular Blueprints", ["Site Reliability Engineer", "Analytics Engineer", "Engineering Manager",
                            "Security Engineer", "Product Manager", "MLOps Engineer"]),
    ("Resources", ["Interview Question Bank", "Salary Benchmarks 2025", "Career Ladder Templates",
                   "Hiring Scorecard Kit", "Skills Matrix Builder", "Newsletter Archive"]),
    ("Company", ["About RolePathways", "Editorial Standards", "Write for Us", "Advertise With Us",
                 "Careers at RolePathways", "Press"]),
]  # fmt: skip
TAG_CLOUD = [
    "Agile", "AIOps", "Analytics", "AWS", "Azure", "Career Frameworks", "CI/CD", "Cloud Native", "Compliance",
    "Data Mesh", "DevSecOps", "Docker", "FinOps", "GCP", "Generative AI", "GitOps", "Hiring", "Incident Response",
    "Interview Prep", "Kubernetes", "Leadership", "LLMs", "Microservices", "Observability", "OKRs",
    "Platform Engineering", "Python", "Remote Work", "Salary", "Terraform", "Upskilling", "Zero Trust",
]  # fmt: skip
NEWSLETTER_PITCH = "Get one new role blueprint in your inbox every Tuesday. No spam, unsubscribe anytime."
MORE_ARCHIVES = [
    "January 2025", "December 2024", "November 2024", "October 2024", "September 2024", "August 2024",
    "July 2024", "June 2024", "May 2024", "April 2024", "March 2024", "February 2024",
]  # fmt: skip

_PALETTE = [
    ("black", "#000000"), ("cyan-bluish-gray", "#abb8c3"), ("white", "#ffffff"), ("pale-pink", "#f78da7"),
    ("vivid-red", "#cf2e2e"), ("luminous-vivid-orange", "#ff6900"), ("luminous-vivid-amber", "#fcb900"),
    ("light-green-cyan", "#7bdcb5"), ("vivid-green-cyan", "#00d084"), ("pale-cyan-blue", "#8ed1fc"),
    ("vivid-cyan-blue", "#0693e3"), ("vivid-purple", "#9b51e0"), ("ast-global-color-0", "var(--ast-global-color-0)"),
    ("ast-global-color-1", "var(--ast-global-color-1)"), ("ast-global-color-2", "var(--ast-global-color-2)"),
    ("ast-global-color-3", "var(--ast-global-color-3)"), ("ast-global-color-4", "var(--ast-global-color-4)"),
    ("ast-global-color-5", "var(--ast-global-color-5)"), ("ast-global-color-6", "var(--ast-global-color-6)"),
    ("ast-global-color-7", "var(--ast-global-color-7)"), ("ast-global-color-8", "var(--ast-global-color-8)"),
]  # fmt: skip
_GRADIENTS = [
    ("vivid-cyan-blue-to-vivid-purple", "linear-gradient(135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%)"),
    ("light-green-cyan-to-vivid-green-cyan", "linear-gradient(135deg,rgb(122,220,180) 0%,rgb(0,208,130) 100%)"),
    ("luminous-vivid-amber-to-luminous-vivid-orange",
     "linear-gradient(135deg,rgba(252,185,0,1) 0%,rgba(255,105,0,1) 100%)"),
    ("luminous-vivid-orange-to-vivid-red", "linear-gradient(135deg,rgba(255,105,0,1) 0%,rgb(207,46,46) 100%)"),
    ("very-light-gray-to-cyan-bluish-gray", "linear-gradient(135deg,rgb(238,238,238) 0%,rgb(169,184,195) 100%)"),
    ("cool-to-warm-spectrum", "linear-gradient(135deg,rgb(74,234,220) 0%,rgb(151,120,209) 20%,rgb(207,42,186) 40%,"
     "rgb(238,44,130) 60%,rgb(251,105,98) 80%,rgb(254,248,76) 100%)"),
    ("blush-light-purple", "linear-gradient(135deg,rgb(255,206,236) 0%,rgb(152,150,240) 100%)"),
    ("blush-bordeaux", "linear-gradient(135deg,rgb(254,205,165) 0%,rgb(254,45,45) 50%,rgb(107,0,62) 100%)"),
    ("luminous-dusk", "linear-gradient(135deg,rgb(255,203,112) 0%,rgb(199,81,192) 50%,rgb(65,88,208) 100%)"),
    ("pale-ocean", "linear-gradient(135deg,rgb(255,245,203) 0%,rgb(182,227,212) 50%,rgb(51,167,181) 100%)"),
    ("electric-grass", "linear-gradient(135deg,rgb(202,248,128) 0%,rgb(113,206,126) 100%)"),
    ("midnight", "linear-gradient(135deg,rgb(2,3,129) 0%,rgb(40,116,252) 100%)"),
]  # fmt: skip
_FONT_SIZES = [("small", "13px"), ("medium", "20px"), ("large", "36px"), ("x-large", "42px")]
_SPACING = [("20", "0.44rem"), ("30", "0.67rem"), ("40", "1rem"), ("50", "1.5rem"), ("60", "2.25rem"),
            ("70", "3.38rem"), ("80", "5.06rem")]  # fmt: skip
_SHADOWS = [("natural", "6px 6px 9px rgba(0, 0, 0, 0.2)"), ("deep", "12px 12px 50px rgba(0, 0, 0, 0.4)"),
            ("sharp", "6px 6px 0px rgba(0, 0, 0, 0.2)"),
            ("outlined", "6px 6px 0px -3px rgba(255, 255, 255, 1), 6px 6px rgba(0, 0, 0, 1)"),
            ("crisp", "6px 6px 0px rgba(0, 0, 0, 1)")]  # fmt: skip


def global_styles_css() -> str:
    """The block editor's presets and their utility classes, as WordPress inlines them on every page."""
    root = "".join(f"--wp--preset--color--{n}: {v};" for n, v in _PALETTE)
    root += "".join(f"--wp--preset--gradient--{n}: {v};" for n, v in _GRADIENTS)
    root += "".join(f"--wp--preset--font-size--{n}: {v};" for n, v in _FONT_SIZES)
    root += "".join(f"--wp--preset--spacing--{n}: {v};" for n, v in _SPACING)
    root += "".join(f"--wp--preset--shadow--{n}: {v};" for n, v in _SHADOWS)
    rules = [f":root{{{root}}}", ":where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}",
             "body .is-layout-flex{display: flex;}.is-layout-flex{flex-wrap: wrap;align-items: center;}",
             ".is-layout-flex > :is(*, div){margin: 0;}body .is-layout-grid{display: grid;}"]  # fmt: skip
    for prop, suffix in (("color", "color"), ("background-color", "background-color"),
                         ("border-color", "border-color")):  # fmt: skip
        rules += [f".has-{n}-{suffix}{{{prop}: var(--wp--preset--color--{n}) !important;}}" for n, _ in _PALETTE]
    rules += [f".has-{n}-gradient-background{{background: var(--wp--preset--gradient--{n}) !important;}}"
              for n, _ in _GRADIENTS]  # fmt: skip
    rules += [f".has-{n}-font-size{{font-size: var(--wp--preset--font-size--{n}) !important;}}"
              for n, _ in _FONT_SIZES]  # fmt: skip
    return "\n".join(rules)


_THEME_PARTS = [
    "site-header", "main-header-bar", "ast-primary-header-bar", "ast-above-header-bar", "ast-below-header-bar",
    "main-header-menu", "ast-builder-menu-1", "ast-builder-menu-2", "ast-mobile-header-wrap", "ast-header-break-point",
    "site-title", "site-description", "ast-site-identity", "entry-title", "entry-meta", "entry-content",
    "ast-article-single", "ast-separate-container", "ast-plain-container", "ast-narrow-container", "widget-title",
    "widget-area", "secondary", "site-footer", "site-primary-footer-wrap", "site-below-footer-wrap",
    "footer-widget-area", "ast-footer-copyright", "ast-breadcrumbs", "post-navigation", "comments-area",
    "ast-comment-formwrap", "ast-single-related-posts-container", "ast-related-post-content", "ast-author-box",
    "ast-search-menu-icon", "ast-button-wrap", "menu-toggle", "ast-scroll-to-top", "ast-page-builder-template",
]  # fmt: skip
_THEME_RULES = [
    "padding-top:{a}px;padding-bottom:{a}px;", "margin-bottom:{b}em;", "font-size:{c}rem;line-height:1.{a}em;",
    "color:var(--ast-global-color-{d});", "background-color:var(--ast-global-color-{e});",
    "border-bottom-width:{f}px;border-bottom-color:#eaeaea;border-bottom-style:solid;",
    "max-width:{g}px;margin-left:auto;margin-right:auto;",
]  # fmt: skip
_BREAKPOINTS = ["", "@media (max-width:921px)", "@media (max-width:544px)"]


def theme_css() -> str:
    """A theme's customizer output: every header, content and footer part restyled at each breakpoint."""
    blocks = []
    for point, media in enumerate(_BREAKPOINTS):
        rules = []
        for k, part in enumerate(_THEME_PARTS):
            values = {"a": 10 + (k * 7 + point) % 30, "b": (k + point) % 4 + 1, "c": 0.8 + ((k + point) % 9) / 10,
                      "d": (k + point) % 9, "e": (k * 3 + point) % 9, "f": (k + point) % 3,
                      "g": 1140 + 20 * ((k + point) % 5)}  # fmt: skip
            chosen = [_THEME_RULES[(k + point + j) % len(_THEME_RULES)] for j in range(3)]
            body = "".join(rule.format(**values) for rule in chosen)
            rules.append(f".{part},.ast-theme-transparent-header .{part}{{{body}}}")
            rules.append(f".{part} a:hover,.{part} a:focus{{color:var(--ast-global-color-{(k + 1) % 9});}}")
        text = "".join(rules)
        blocks.append(f"{media}{{{text}}}" if media else text)
    colors = "".join(f"--ast-global-color-{n}:#{(0x1b4f72 + 0x2a3b1 * n) % 0xFFFFFF:06x};" for n in range(9))
    return f":root{{{colors}--ast-container-default-xlg-padding:3em;--ast-border-color:#dddddd;}}\n" + "\n".join(blocks)


def emoji_script() -> str:
    """WordPress core's emoji-support settings and loader (minified, as inlined in <head>)."""
    settings = wp_json({
        "baseUrl": "https://s.w.org/images/core/emoji/15.0.3/72x72/", "ext": ".png",
        "svgUrl": "https://s.w.org/images/core/emoji/15.0.3/svg/", "svgExt": ".svg",
        "source": {"concatemoji": f"{SITE}/wp-includes/js/wp-emoji-release.min.js?ver=6.7.1"},
    })  # fmt: skip
    loader = (
        "!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};"
        "sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,"
        "e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height)"
        ".data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData"
        "(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}function u(e,t,n)"
        "{switch(t){case\"flag\":return n(e,\"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f\",\"\\ud83c\\udff3\\ufe0f"
        "\\u200b\\u26a7\\ufe0f\")?!1:!n(e,\"\\ud83c\\uddfa\\ud83c\\uddf3\",\"\\ud83c\\uddfa\\u200b\\ud83c\\uddf3\")"
        ";case\"emoji\":return!n(e,\"\\ud83d\\udc26\\u200d\\u2b1b\",\"\\ud83d\\udc26\\u200b\\u2b1b\")}return!1}"
        "function f(e,t,n){var r=\"undefined\"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new "
        "OffscreenCanvas(300,150):i.createElement(\"canvas\"),a=r.getContext(\"2d\",{willReadFrequently:!0}),o=(a."
        "textBaseline=\"top\",a.font=\"600 32px Arial\",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}"
        "n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener("
        "\"DOMContentLoaded\",e,{once:!0})})}((window,document),window._wpemojiSettings);"
    )
    return f"window._wpemojiSettings = {settings};\n{loader}"


def schema_graph(seed: Seed, article: Article, url: str) -> str:
    """The SEO plugin's JSON-LD: web page, article, breadcrumb, image, site search, organization, author."""
    cat_name, cat_slug, _ = seed.category
    published, modified = seed.date + "+05:30", seed.modified + "+05:30"
    image = f"{SITE}/wp-content/uploads/2025/03/{seed.slug}-cover.webp"
    person = f"{SITE}/#/schema/person/{seed.author_slug}"
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": seed.author, "@id": person}, "headline": article.page_title,
         "datePublished": published, "dateModified": modified, "mainEntityOfPage": {"@id": url},
         "wordCount": 7200 + seed.post_id % 900, "commentCount": 0, "publisher": {"@id": f"{SITE}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image, "articleSection": [cat_name],
         "inLanguage": "en-US", "potentialAction": [{"@type": "CommentAction", "name": "Comment",
                                                     "target": [f"{url}#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.page_title} - {SITE_NAME}",
         "isPartOf": {"@id": f"{SITE}/#website"}, "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
         "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image, "datePublished": published,
         "dateModified": modified, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US",
         "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "en-US", "@id": f"{url}#primaryimage", "url": image,
         "contentUrl": image, "width": 1200, "height": 675, "caption": f"{article.role} career path illustration"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{SITE}/"},
            {"@type": "ListItem", "position": 2, "name": cat_name, "item": f"{SITE}/category/{cat_slug}/"},
            {"@type": "ListItem", "position": 3, "name": article.page_title}]},
        {"@type": "WebSite", "@id": f"{SITE}/#website", "url": f"{SITE}/", "name": SITE_NAME,
         "description": TAGLINE, "publisher": {"@id": f"{SITE}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint",
                                                                  "urlTemplate": f"{SITE}/?s={{search_term_string}}"},
                              "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                                              "valueName": "search_term_string"}}], "inLanguage": "en-US"},
        {"@type": "Organization", "@id": f"{SITE}/#organization", "name": SITE_NAME, "url": f"{SITE}/",
         "logo": {"@type": "ImageObject", "inLanguage": "en-US", "@id": f"{SITE}/#/schema/logo/image/",
                  "url": f"{SITE}/wp-content/uploads/2024/02/rolepathways-logo.png", "width": 180, "height": 48,
                  "caption": SITE_NAME},
         "sameAs": ["https://www.linkedin.com/company/rolepathways-example", "https://x.com/rolepathways_ex"]},
        {"@type": "Person", "@id": person, "name": seed.author, "description": seed.author_bio,
         "url": f"{SITE}/author/{seed.author_slug}/"},
    ]  # fmt: skip
    return json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))


def mega_menu(menu_id: str, first_item: int) -> str:
    """The primary menu with its role-blueprint mega menu: one sub-menu per category, one link per role."""
    items = []
    number = first_item
    for name, path in NAV:
        number += 1
        if path != "/category/role-blueprints/":
            items.append(f'<li id="menu-item-{number}" class="menu-item menu-item-type-custom menu-item-object-custom '
                         f'menu-item-{number}"><a href="{SITE}{path}" class="menu-link">{h(name)}</a></li>')
            continue
        columns = []
        for (category, slug), roles in MENU_ROLES.items():
            number += 1
            links = []
            for role in roles:
                number += 1
                links.append(
                    f'<li id="menu-item-{number}" class="menu-item menu-item-type-post_type menu-item-object-post '
                    f'menu-item-{number}"><a href="{SITE}/{_slug(role)}-role-blueprint/" class="menu-link">'
                    f"{h(role)}</a></li>"
                )
            columns.append(
                f'<li id="menu-item-{number}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'menu-item-has-children menu-item-{number}"><a href="{SITE}/category/{slug}/" class="menu-link">'
                f'{h(category)}<span role="application" class="dropdown-menu-toggle ast-header-navigation-arrow" '
                f'tabindex="0" aria-expanded="false" aria-label="Menu Toggle"></span></a>\n'
                f'<ul class="sub-menu">\n' + "\n".join(links) + "\n</ul></li>"
            )
        items.append(
            f'<li id="menu-item-{number}" class="menu-item menu-item-type-taxonomy menu-item-has-children '
            f'astra-megamenu-li full-width-mega menu-item-{number}"><a href="{SITE}{path}" class="menu-link">'
            f'{h(name)}</a>\n<ul class="astra-megamenu sub-menu astra-mega-menu-width-full">\n'
            + "\n".join(columns) + "\n</ul></li>"
        )
    classes = "main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border"
    return f'<ul id="{menu_id}" class="{classes}">\n' + "\n".join(items) + "\n</ul>"


def footer_widgets() -> str:
    """Footer link columns, a tag cloud and a newsletter sign-up."""
    columns = []
    for k, (title, links) in enumerate(FOOTER_COLUMNS):
        rows = "\n".join(f'<li><a href="{SITE}/{_slug(link)}/">{h(link)}</a></li>' for link in links)
        columns.append(
            f'<div class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-'
            f'widget-{k + 1}"><section id="nav_menu-{k + 4}" class="widget widget_nav_menu"><h2 class="widget-title">'
            f'{h(title)}</h2><nav class="menu-{_slug(title)}-container" aria-label="{attr(title)}"><ul class="menu">\n'
            f"{rows}\n</ul></nav></section></div>"
        )
    tags = "\n".join(
        f'<a href="{SITE}/tag/{_slug(tag).replace("/", "-")}/" class="tag-cloud-link tag-link-{200 + k} '
        f'tag-link-position-{k + 1}" style="font-size: {8 + (k * 5) % 14}pt;" aria-label="{attr(tag)} '
        f'({3 + (k * 7) % 40} items)">{h(tag)}</a>'
        for k, tag in enumerate(TAG_CLOUD)
    )
    columns.append(
        '<div class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-'
        f'widget-4"><section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Topics</h2>'
        f'<div class="tagcloud">\n{tags}\n</div></section>'
        '<section id="block-7" class="widget widget_block"><form class="newsletter-form" method="post" '
        f'action="{SITE}/newsletter/subscribe/"><p>{h(NEWSLETTER_PITCH)}</p><input type="email" name="ne" '
        'placeholder="Your work email" required><button type="submit">Subscribe</button></form></section></div>'
    )
    return (
        '<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item '
        'ast-builder-grid-row-4-equal ast-builder-grid-row-tablet-2-equal ast-builder-grid-row-mobile-full">'
        '<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns '
        'site-primary-footer-inner-wrap ast-builder-grid-row">\n' + "\n".join(columns) + "\n</div></div></div>"
    )


_ICONS = ["menu", "close", "search", "arrow-up", "angle-down", "facebook", "linkedin", "x-twitter", "youtube",
          "envelope", "share", "bookmark"]  # fmt: skip


def icon_sprite() -> str:
    """The theme's inline SVG icon sprite (path data is generated: only its weight matters here)."""
    symbols = []
    for k, name in enumerate(_ICONS):
        points = " ".join(
            f"{'M' if j == 0 else 'C' if j % 3 == 1 else ''}{(k * 37 + j * 53) % 512}.{(j * 7) % 10} "
            f"{(k * 91 + j * 29) % 512}.{(j * 3) % 10}"
            for j in range(48)
        )
        symbols.append(f'<symbol id="ast-icon-{name}" viewBox="0 0 512 512"><path d="{points}Z"></path></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(symbols) + "</svg>"


def wpdiscuz_settings(seed: Seed) -> str:
    """The comment plugin's settings object, as it prints it before its script."""
    phrases = {
        "wc_be_the_first_text": "Be the First to Comment!", "wc_comment_start_text": "Start the discussion",
        "wc_comment_join_text": "Join the discussion", "wc_content_and_settings": "My content and settings",
        "wc_hottest_comment_thread": "Hottest comment thread", "wc_most_reacted_comment": "Most reacted comment",
        "wc_load_more_submit_text": "Load More Comments", "wc_load_rest_comments_submit_text": "Load Rest of Comments",
        "wc_reply_button_text": "Reply", "wc_hide_replies_text": "Hide Replies", "wc_show_replies_text": "View Replies",
        "wc_email_text": "Email", "wc_subscribe_message": "You're subscribed for", "wc_subscribe_anchor": "Subscribe",
        "wc_error_empty_text": "please fill out this field to comment",
        "wc_error_email_text": "email address is invalid",
        "wc_error_url_text": "url is invalid", "wc_msg_input_min_length": "Input is too short",
        "wc_msg_input_max_length": "Input is too long", "wc_comment_edit_save_button": "Save",
        "wc_comment_edit_cancel_button": "Cancel", "wc_msg_required_fields": "Please fill out required fields",
        "wc_follow_user": "Follow this user", "wc_unfollow_user": "Unfollow this user",
        "wc_copied_to_clipboard": "Copied to clipboard!", "wc_feedback_content_text": "Your feedback",
    }  # fmt: skip
    options = {
        "wc_post_id": str(seed.post_id), "commentsCount": "0", "isPostRated": 0, "wordpressIsPaginate": "",
        "commentTextMaxLength": None, "replyTextMaxLength": None, "commentTextMinLength": 1, "replyTextMinLength": 1,
        "storeCommenterData": 100000, "socialLoginAgreementCheckbox": 1, "enableFbLogin": 0, "fbUseOAuth2": 0,
        "enableFbShare": 0, "facebookAppID": "", "facebookUseOAuth2": 0, "enableGoogleLogin": 0, "googleClientID": "",
        "enableTwitterShare": 1, "cookiehash": f"{seed.post_id * 2654435761 % 2**128:032x}",
        "isLoadOnlyParentComments": 0,
        "scrollToComment": 1, "commentFormView": "collapsed", "enableDropAnimation": 1, "isNativeAjaxEnabled": 1,
        "userInteractionCheck": 1, "enableBubble": 0, "bubbleLiveUpdate": 0, "bubbleHintTimeout": 45,
        "url": f"{SITE}/wp-admin/admin-ajax.php",
        "customAjaxUrl": f"{SITE}/wp-content/plugins/wpdiscuz/utils/ajax/wpdiscuz-ajax.php",
        "bubbleUpdateUrl": f"{SITE}/wp-json/wpdiscuz/v1/update", "restNonce": f"{seed.post_id * 40503 % 16**10:010x}",
        "is_rate_editable": 0,
        "menu_icon": f"{SITE}/wp-content/plugins/wpdiscuz/assets/img/plugin-icon/wpdiscuz-svg.svg",
        "menu_icon_hover": f"{SITE}/wp-content/plugins/wpdiscuz/assets/img/plugin-icon/wpdiscuz-svg_hover.svg",
        "is_email_field_required": 1, **phrases,
    }  # fmt: skip
    return f"var wpdiscuzAjaxObj = {json.dumps(options, separators=(',', ':'))};"


def render_html(seed: Seed, article: Article) -> str:
    """A full WordPress page: head, header and menu, breadcrumb, the article, author box, comments, sidebar."""
    url = f"{SITE}/{seed.slug}/"
    cat_name, cat_slug, cat_id = seed.category
    title = article.page_title
    offset = "+05:30"
    published = seed.date + offset
    modified = seed.modified + offset
    related = "\n".join(
        f'<article class="related-post"><a href="{SITE}/{slug}-role-blueprint/">'
        f'<img src="{SITE}/wp-content/uploads/2025/02/{slug}-300x169.webp" alt="{attr(role)}" width="300" height="169">'
        f'</a><h4><a href="{SITE}/{slug}-role-blueprint/">{h(role + TITLE_SUFFIX)}</a></h4>'
        f"<p>{h(teaser)}</p></article>"
        for role, slug, teaser in RELATED
    )
    recent = "\n".join(
        f'<li><a href="{SITE}/{_slug(t)}-role-blueprint/">{h(t + TITLE_SUFFIX)}</a></li>' for t in RECENT
    )
    archives = "\n".join(f'<li><a href="{SITE}/{_archive_path(m)}/">{m}</a></li>' for m in ARCHIVES + MORE_ARCHIVES)
    categories = "\n".join(
        f'<li class="cat-item"><a href="{SITE}{path}">{h(name)}</a> ({count})</li>' for name, path, count in CATEGORIES
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h(title)} &#8211; {SITE_NAME}</title>
<meta name="description" content="{attr(article.role)} role blueprint: mission, responsibilities, skills, KPIs, tools and career path.">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:image" content="{SITE}/wp-content/uploads/2025/03/{seed.slug}-cover.webp">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
<meta name="generator" content="WordPress 6.7.1">
<link rel="alternate" type="application/json" href="{SITE}/wp-json/wp/v2/posts/{seed.post_id}">
<script type="application/ld+json" class="yoast-schema-graph">{schema_graph(seed, article, url)}</script>
<script>
{emoji_script()}
</script>
<link rel='stylesheet' id='astra-theme-css-css' href='{SITE}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='{SITE}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='wpdiscuz-frontend-css-css' href='{SITE}/wp-content/plugins/wpdiscuz/themes/default/style.css?ver=7.6.24' media='all' />
<style id='astra-theme-css-inline-css'>
{theme_css()}
</style>
<style id='global-styles-inline-css'>
{global_styles_css()}
.wp-block-group.has-background{{padding:1.25em 2.375em;border-radius:8px}}
</style>
<script src="{SITE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{SITE}/wp-json/"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{SITE}/xmlrpc.php?rsd">
<link rel="icon" href="{SITE}/wp-content/uploads/2024/02/cropped-favicon-32x32.png" sizes="32x32">
<link rel="icon" href="{SITE}/wp-content/uploads/2024/02/cropped-favicon-192x192.png" sizes="192x192">
</head>
<body class="post-template-default single single-post postid-{seed.post_id} single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding">
<a href="{SITE}/" rel="home"><img src="{SITE}/wp-content/uploads/2024/02/rolepathways-logo.png" alt="{SITE_NAME} logo" width="180" height="48"></a>
<p class="site-title"><a href="{SITE}/" rel="home">{SITE_NAME}</a></p>
<p class="site-description">{h(TAGLINE)}</p>
</div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
{mega_menu("primary-menu", 100)}
</nav>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><div class="ast-mobile-header-content content-align-flex-start">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="ast-hf-mobile-menu" aria-label="Site Navigation: Primary">
{mega_menu("ast-hf-mobile-menu-list", 400)}
</nav></div></div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<div class="rank-math-breadcrumb"><p><a href="{SITE}/">Home</a><span class="separator"> &raquo; </span><a href="{SITE}/category/{cat_slug}/">{h(cat_name)}</a><span class="separator"> &raquo; </span><span class="last">{h(title)}</span></p></div>
<article id="post-{seed.post_id}" class="post-{seed.post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat_slug}">
<header class="entry-header">
<h1 class="entry-title">{h(title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{published}">{seed.display_date}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="{SITE}/author/{seed.author_slug}/">{h(seed.author)}</a></span></span></div>
</header>
<div class="post-thumbnail"><img src="{SITE}/wp-content/uploads/2025/03/{seed.slug}-cover.webp" alt="{attr(article.role)} career path illustration" width="1200" height="675"></div>
<div class="entry-content">
{entry_content(seed, article)}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{SITE}/category/{cat_slug}/" rel="category tag">{h(cat_name)}</a></span> <span class="tags-links">Tagged <a href="{SITE}/tag/career-frameworks/" rel="tag">Career Frameworks</a>, <a href="{SITE}/tag/hiring/" rel="tag">Hiring</a></span></footer>
</article>
<div class="saboxplugin-wrap author-box"><div class="saboxplugin-gravatar"><img src="{SITE}/wp-content/uploads/2024/05/{seed.author_slug}-96x96.jpg" alt="{attr(seed.author)}" width="96" height="96"></div>
<div class="saboxplugin-authorname"><a href="{SITE}/author/{seed.author_slug}/">{h(seed.author)}</a></div>
<div class="saboxplugin-desc"><p>{h(seed.author_bio)}</p></div></div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related Posts</h3>
{related}
</div>
<div class="wpdiscuz_top_clearing"></div>
<div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1">
<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">Subscribe</span></div><div class="wpd-auth"><div class="wpd-login"><img alt="guest" src="{SITE}/wp-content/plugins/wpdiscuz/assets/img/avatar.png" width="56" height="56"> <span class="wpd-guest">guest</span></div></div></div>
<div class="wpdiscuz-subscribe-bar"><form method="post" id="wpdiscuz-subscribe-form"><div class="wpdiscuz-subscribe-form-intro">Notify of </div><select class="wpdiscuz_select" name="wpdiscuzSubscriptionType"><option value="post">new follow-up comments</option><option value="all_comment">new replies to my comments</option></select><input type="email" name="wpdiscuzSubscriptionEmail" placeholder="Email"><input type="submit" value="&rsaquo;"></form></div>
<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper"><form method="post" enctype="multipart/form-data" class="wpd_comm_form wpd_main_comm_form">
<div class="wpd-field-comment"><textarea name="wc_comment" placeholder="{h(COMMENT_PROMPT)}"></textarea></div>
<div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper"><input name="wc_name" type="text" placeholder="Name*" required></div>
<div class="wpdiscuz-item wc_email-wrapper"><input name="wc_email" type="email" placeholder="Email*" required></div></div>
<div class="wc-field-submit"><input class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Post Comment"></div>
</form></div></div>
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="0"><span class="wpdtc">0</span> Comments</div>
<div class="wpd-thread-filter"><div class="wpd-filter wpdf-sorting"><span class="wpdiscuz-sort-button wpdiscuz-newest-sort">Newest</span> <span class="wpdiscuz-sort-button wpdiscuz-oldest-sort">Oldest</span> <span class="wpdiscuz-sort-button wpdiscuz-vote-sort">Most Voted</span></div></div></div>
<div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas fa-quote-left"></i> Inline Feedbacks</div><div class="wpd-filter-view-all">View all comments</div></div>
<div class="wpd-thread-list"><span class="wpdiscuz-comment-pagination"></span></div></div>
</div></div>
<section class="wp-block-group site-courses">
<h2 class="wp-block-heading">{h(PROMO_HEADING)}</h2>
<p>{h(PROMO_TEXT)}</p>
<h3 class="wp-block-heading">{h(PROMO_PROGRAMS)}</h3>
<p>{h(PROMO_CTA)}</p>
</section>
</main>
</div>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{recent}
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
{archives}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
{categories}
</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">{h(CONTACT_HEADING)}</h2><div class="textwidget custom-html-widget"><p>{h(CONTACT_PITCH)}</p><p>Call us: <a href="tel:+14155550142">{PHONE}</a><br>Email: <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a></p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
{footer_widgets()}
<div class="site-info">{h(COPYRIGHT)} <a href="{SITE}/privacy-policy/">Privacy Policy</a> | <a href="{SITE}/terms/">Terms of Use</a></div>
</footer>
</div>
<div id="wpdiscuz-comment-message" style="display:none">{h(COMMENT_PROMPT)}</div>
{icon_sprite()}
<script id="wpdiscuz-combo-js-js-extra">{wpdiscuz_settings(seed)}</script>
<script src="{SITE}/wp-content/plugins/wpdiscuz/assets/js/wpdiscuz-combo.min.js?ver=7.6.24" id="wpdiscuz-combo-js-js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------
# WordPress REST JSON
# --------------------------------------------------------------------------


def rest_post(seed: Seed, article: Article) -> dict:
    """The post as ``/wp-json/wp/v2/posts/<id>`` returns it."""
    url = f"{SITE}/{seed.slug}/"
    first = next(b.text for s in article.sections for b in s.blocks if b.kind == BlockKind.PARAGRAPH)
    words = first.split()
    excerpt = " ".join(words[:55]) + (" [&hellip;]" if len(words) > 55 else "")
    return {
        "id": seed.post_id,
        "date": seed.date,
        "date_gmt": seed.date_gmt,
        "guid": {"rendered": f"{SITE}/?p={seed.post_id}"},
        "modified": seed.modified,
        "modified_gmt": seed.modified_gmt,
        "slug": seed.slug,
        "status": "publish",
        "type": "post",
        "link": url,
        "title": {"rendered": h(article.page_title)},
        "content": {"rendered": entry_content(seed, article), "protected": False},
        "excerpt": {"rendered": f"<p>{h(excerpt)}</p>\n", "protected": False},
        "author": 3 if seed.author_slug == "priya-raman" else 5,
        "featured_media": seed.post_id + 1,
        "comment_status": "open",
        "ping_status": "open",
        "sticky": False,
        "template": "",
        "format": "standard",
        "meta": {"footnotes": ""},
        "categories": [seed.category[2]],
        "tags": list(seed.tags),
        "class_list": [f"post-{seed.post_id}", "post", "type-post", "status-publish", "format-standard",
                       "has-post-thumbnail", "hentry", f"category-{seed.category[1]}"],  # fmt: skip
        "_links": {
            "self": [{"href": f"{SITE}/wp-json/wp/v2/posts/{seed.post_id}"}],
            "collection": [{"href": f"{SITE}/wp-json/wp/v2/posts"}],
            "author": [{"embeddable": True, "href": f"{SITE}/wp-json/wp/v2/users/{seed.author_slug}"}],
        },
    }


def wp_json(data: object) -> str:
    """JSON as WordPress encodes it: ASCII with \\u escapes and escaped slashes."""
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def gzipped(data: bytes) -> bytes:
    """Gzip with a fixed mtime and no file name, so the bytes never change."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as stream:
        stream.write(data)
    return buffer.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    posts = []
    for seed in SEEDS:
        article = read_article(seed)
        markdown = render_markdown(seed, article).encode("utf-8")
        page = render_html(seed, article).encode("utf-8")
        post = rest_post(seed, article)
        posts.append(post)
        files[f"{seed.stem}.synthetic.md"] = markdown
        files[f"{seed.stem}.synthetic.html"] = page
        files[f"{seed.stem}.synthetic.json"] = wp_json(post).encode("ascii")
        if seed.gzip_form == "md":
            files[f"{seed.stem}.synthetic.md.gz"] = gzipped(markdown)
        else:
            files[f"{seed.stem}.synthetic.html.gz"] = gzipped(page)
    files["wp_posts_000_004.synthetic.json"] = wp_json(posts).encode("ascii")
    for stale in OUT.iterdir():
        if stale.is_file() and stale.name not in files:
            stale.unlink()
    for name, data in sorted(files.items()):
        (OUT / name).write_bytes(data)
        print(f"raw/synthetic/{name}  {len(data):>7} bytes")


if __name__ == "__main__":
    main()
