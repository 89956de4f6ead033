"""Synthetic snippets modelled on unseen pages of the family: a page converted by ``pandoc -f html -t markdown``.

pandoc keeps a heading's id and classes as an attribute block ("## 1) Role Summary {#role-summary
.wp-block-heading}", "# Title {.entry-title}"), wraps paragraphs and list items at 72 columns, writes
spans as "[Critical]{.highlight}", a hard line break as a trailing backslash, and en and em dashes as
"--" and "---". The negative cases guard what the seed pages and earlier pages read.
"""

from pipeline import extract
from pipeline.sources import pages_from_bytes
from pipeline.textblocks import text_to_pieces

_TITLE = "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path {.entry-title}\n\n"
_START = (
    "## 1) Role Summary {#role-summary .wp-block-heading}\n\nThe Test Role does this work for the business.\n\n"
    "## 2) Role Mission {#role-mission .wp-block-heading}\n\nCore mission: make the work reliable for every team.\n\n"
)


def _extraction(body: str):
    return extract((_TITLE + _START + body).encode(), name="x.md")[0]


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(p.block.kind.value, p.block.text) for p in text_to_pieces(text)]


def test_heading_attribute_blocks_are_no_title_text():
    extraction = _extraction("## 3) Core Responsibilities {#core-responsibilities .wp-block-heading}\n\n- Own the plan.\n")
    document = extraction.document
    assert document["role"]["title"] == "Test Role"
    assert [(s["id"], s["title"]) for s in document["sections"]] == [
        ("role_summary", "Role Summary"),
        ("role_mission", "Role Mission"),
        ("responsibilities", "Core Responsibilities"),
    ]
    assert [item["text"] for item in document["fields"]["responsibilities"]["items"]] == ["Own the plan."]


def test_heading_attributes_of_every_kind_go_and_braces_of_words_stay():
    assert _blocks("### Daily {#daily .a .b data-x=\"a b\" key=v}\n\n## Kramdown {: #k}\n\n## Sets {a, b}\n") == [
        ("heading", "Daily"),
        ("heading", "Kramdown"),
        ("heading", "Sets {a, b}"),
    ]


def test_bracketed_spans_keep_their_text():
    assert _blocks(
        "[Role horizon:]{.has-inline-color .has-vivid-purple-color} **Current**\n\n"
        "[By [Priya Raman](https://example.com/author/priya/)]{.byline}\n\n"
        "1.  **LMS administration** ([Important]{.highlight})\n"
    ) == [
        ("paragraph", "Role horizon: Current"),
        ("paragraph", "By Priya Raman"),
        ("list_item", "LMS administration (Important)"),
    ]


def test_a_skill_marked_by_a_highlight_span_gets_its_importance():
    skills = _extraction(
        "## 8) Technical Skills Required {#technical-skills-required .wp-block-heading}\n\n"
        "### Must-have technical skills {#must-have-technical-skills .wp-block-heading}\n\n"
        "1.  **LMS administration** ([Important]{.highlight})\n"
    ).document["fields"]["technical_skills"]["skills"]
    assert [(s["name"], s["importance"]) for s in skills] == [("LMS administration", "important")]


def test_a_trailing_backslash_is_a_line_break_not_text():
    assert _blocks("**Core mission:**\\\nBuild a workforce that can do the work.\n\nPaths use C:\\\\\n") == [
        ("heading", "Core mission:"),
        ("paragraph", "Build a workforce that can do the work."),
        ("paragraph", "Paths use C:\\"),
    ]


def test_a_bold_label_over_a_hard_break_is_the_mission_label():
    page = (
        _TITLE + "## 1) Role Summary\n\nThe Test Role does this work for the business.\n\n"
        "## 2) Role Mission\n\n**Core mission:**\\\nBuild a workforce that can do the work.\n\n"
        "## 3) Core Responsibilities\n\n- Own the plan.\n"
    )
    mission = extract(page.encode(), name="x.md")[0].document["fields"]["role_mission"]
    assert mission["core_mission"] == "Build a workforce that can do the work."


_WRAPPED = (
    "## 3) Core Responsibilities\n\n"
    "The specialist designs, delivers, and evaluates learning programs that\n"
    "close capability gaps across the workforce, from business priorities.\n\n"
    + "".join(
        f"{k}.  **Run program number {k} from end to end for the business units**\\\n"
        "    – Scheduling, enrollment, rooms and virtual classrooms, facilitator\n"
        "    briefings, materials, and follow-up communications for each cohort.\n"
        for k in range(1, 13)
    )
    + "\n**Typical reporting line:** reports to the Learning and Development\n"
    "Manager or Head of Talent Development within the People (HR) function.\n"
)


def test_hard_wrapped_paragraphs_and_items_read_as_one_line_each():
    responsibilities = _extraction(_WRAPPED).document["fields"]["responsibilities"]
    assert responsibilities["intro"] == [
        "The specialist designs, delivers, and evaluates learning programs that close capability gaps across the "
        "workforce, from business priorities.",
        "Typical reporting line: reports to the Learning and Development Manager or Head of Talent Development "
        "within the People (HR) function.",
    ]
    assert [(item["title"], item["detail"]) for item in responsibilities["items"]][:2] == [
        (
            f"Run program number {k} from end to end for the business units",
            "Scheduling, enrollment, rooms and virtual classrooms, facilitator briefings, materials, and follow-up "
            "communications for each cohort.",
        )
        for k in (1, 2)
    ]
    assert len(responsibilities["items"]) == 12


def test_lines_of_a_page_written_a_paragraph_a_line_are_not_joined():
    # Label lines one under the other, short items without blank lines between them, and long one-line
    # paragraphs (the seeds' markdown): the page is not hard-wrapped, its text stays as it is.
    body = _TITLE + "## 3) Core Responsibilities\n\n" + "".join(
        f"- **Own program {k}**\n"
        f"**Why it matters:** the business depends on program {k} running on time, every cycle, for every "
        "team that relies on it, and on its data being clean.\n"
        "**How it shows up:** a plan\n"
        "in two lines\n"
        for k in range(1, 13)
    )
    (page,) = pages_from_bytes(body.encode(), "x.md", 1 << 20)
    assert page.text == body


def test_a_wrapped_page_keeps_hard_breaks_labels_and_simple_tables_apart():
    rows = "".join(f"  Engineering {k}    Weekly planning for the team\n" for k in range(3))
    lines = "".join(
        f"Paragraph {k} runs on for a while, until the converter wraps its line at\nthe width.\n\n" for k in range(12)
    )
    body = (
        lines + "**Core mission:**\\\nBuild a workforce that can do today's work well and tomorrow's work too\n"
        "**How it shows up:** a plan\n\n  Team             Ritual\n  ---------------- ------------------------------\n"
        + rows
    )
    (page,) = pages_from_bytes(body.encode(), "x.md", 1 << 20)
    assert page.text == (
        "".join(f"Paragraph {k} runs on for a while, until the converter wraps its line at the width.\n\n" for k in range(12))
        + "**Core mission:**\\\nBuild a workforce that can do today's work well and tomorrow's work too\n"
        "**How it shows up:** a plan\n\n  Team             Ritual\n  ---------------- ------------------------------\n"
        + rows
    )


def test_pandoc_dashes_are_read_as_en_and_em_dashes_and_counted_as_repairs():
    body = (
        _TITLE + "- Years: 2--5, grades K--12, \\$45--\\$70 per hour\n- **Current** --- an established role\n"
        "    -- Use: course setup\n\n| A | B |\n|:---|---:|\n\n---\n\n<!-- note -->\n\n"
        "Run `tool --force` and see [AI](#18-ai--automation-impact).\n"
    )
    (page,) = pages_from_bytes(body.encode(), "x.md", 1 << 20)
    assert page.text == (
        _TITLE + "- Years: 2–5, grades K–12, \\$45–\\$70 per hour\n- **Current** — an established role\n"
        "    – Use: course setup\n\n| A | B |\n|:---|---:|\n\n---\n\n<!-- note -->\n\n"
        "Run `tool --force` and see [AI](#18-ai--automation-impact).\n"
    )
    assert [(r.broken, r.fixed, r.count) for r in page.repairs] == [("--", "–", 4), ("---", "—", 1)]


def test_a_pandoc_year_range_reads_both_bounds():
    experience = _extraction(
        "## 14) Required Experience and Qualifications {#required-experience-and-qualifications}\n\n"
        "### Typical years of experience {#typical-years-of-experience}\n\n"
        "-   **2--5 years** in learning and development or a related HR role.\n"
    ).document["fields"]["experience"]["years_of_experience"]
    assert (experience["min_years"], experience["max_years"], experience["range_text"]) == (2.0, 5.0, "2–5 years")


def test_dashes_of_a_text_page_stay():
    (page,) = pages_from_bytes(b"Years: 2--5\n", "x.txt", 1 << 20)
    assert page.text == "Years: 2--5\n"
    assert page.repairs == []
