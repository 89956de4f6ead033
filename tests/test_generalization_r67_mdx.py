"""A sixty-seventh round unseen page lost whole: a Docusaurus page's MDX source (".mdx", as docs sites keep their pages
in git) was ignored by suffix. MDX is markdown with JSX: ES module statements ("import Tabs from '@theme/Tabs';",
"export const meta = {...};"), JSX comments ("{/* TODO */}"), components. Read as markdown, the page also showed an
SQL code fence kept as a KPI note with its "-- comment" repaired into a dash, tab labels ("AWS") read as empty
environments over the panels' own headings, and a "Press Ctrl + K to search" hint kept in a hiring exercise.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.mdx with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.mdx import mdx_as_markdown
from pipeline.sources import InputForm, form_of, pages_from_bytes
from tests.snippets import all_strings, unseen_document

_PAGE = "cloud-finops-lead-docusaurus-mdx.synthetic.mdx"

_SNIPPET = """---
title: Test Role
last_update:
  date: 2026-11-18
  author: A. Writer
---

import Tabs from '@theme/Tabs';
import {Promo} from '@site/src/components/Promo';

export const meta = {
  family: "Widgets Board",
};

# Test Role

{/* TODO: drop before publishing */}

## 1) Role Summary

The Test Role runs the widget platform for the business with several teams. {/* inline note */}

## 7) KPIs and Productivity Metrics

| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |
|---|---|---|---|---|
| Widget uptime | Share of hours up | Customers rely on it | ≥ 99.9% | Monthly |

```sql title="uptime.sql"
-- Monthly uptime per widget
SELECT widget, AVG(up) FROM uptime GROUP BY 1;
```

## 11) Typical Tech Stack / Environment

<Tabs groupId="cloud">
<TabItem value="aws" label="AWS" default>

### Infrastructure environment (AWS)

- Accounts per team with consolidated billing.

</TabItem>
<TabItem value="gcp" label="GCP">

- Folders per business unit.

</TabItem>
</Tabs>

## 19) Hiring Evaluation Criteria

### What to assess

- Judgement under pressure.

Press <kbd>Ctrl</kbd> + <kbd>K</kbd> to search all role blueprints.
"""


def _snippet() -> dict:
    (extraction,) = extract(_SNIPPET.encode(), name="role.mdx")
    return extraction.document


def test_mdx_is_read_as_markdown() -> None:
    assert form_of("docs/roles/test-role.mdx") is InputForm.MARKDOWN
    (page,) = pages_from_bytes(_SNIPPET.encode(), "role.mdx", 1 << 20)
    assert len(page.text) == len(_SNIPPET)  # blanked, not cut: offsets index the file
    assert "import" not in page.text and "Widgets Board" not in page.text and "TODO" not in page.text
    assert page.meta.title == "Test Role" and page.meta.date_modified == "2026-11-18"


def test_mdx_statements_and_jsx_comments_are_blanked_at_the_same_length() -> None:
    text = (
        "import X from 'y';\nexport const a = {\n  b: [1,\n 2],\n};\nText {/* note */} here.\n"
        "```js\nimport z from 'z';\n```\n"
    )
    out = mdx_as_markdown(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out.split("\n")[:5] == [" " * len(line) for line in text.split("\n")[:5]]
    assert out.split("\n")[5] == "Text              here."
    assert "import z from 'z';" in out  # code is quoted as written
    assert mdx_as_markdown("Plain page.\n") == "Plain page.\n"


def test_code_fence_is_kept_as_written_and_no_kpi_row() -> None:
    # A code sample stays one paragraph, as in every other form (a <pre> in HTML); its "--" is no dash to repair.
    document = _snippet()
    strings = all_strings(document)
    assert any(s.startswith("-- Monthly uptime per widget") and "SELECT" in s for s in strings)
    assert not any("– Monthly uptime per widget" in s for s in strings)
    assert [row["name"] for row in document["fields"]["kpis"]["rows"]] == ["Widget uptime"]
    assert not any("drop before publishing" in s or "inline note" in s or "Widgets Board" in s for s in strings)


def test_tab_label_heads_only_a_panel_without_its_own_heading() -> None:
    environments = _snippet()["fields"]["tech_stack"]["environments"]
    assert [(e["name"], len(e["items"])) for e in environments] == [
        ("Infrastructure environment (AWS)", 1),
        ("GCP", 1),
    ]


def test_search_shortcut_hint_is_chrome() -> None:
    assert not any("Ctrl" in s or "to search all" in s for s in all_strings(_snippet()))


def test_unseen_mdx_page() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Cloud FinOps Lead"
    assert document["source"]["date_modified"] == "2026-11-18"
    assert not document["missing_sections"]
    assert len(fields["responsibilities"]["items"]) == 20
    assert len(fields["kpis"]["rows"]) == 12
    assert len(fields["tools"]["rows"]) == 17
    assert len(fields["technical_skills"]["skills"]) == 17
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["deliverables"]["items"]) == 13
    assert [len(e["items"]) for e in fields["tech_stack"]["environments"][:3]] == [3, 3, 3]
    assert len(fields["tech_stack"]["environments"]) == 10
    assert [n["lead"] for n in fields["kpis"]["notes"]] == ["Targets depend on maturity", "Notes on implementation"]
    (sample,) = fields["kpis"]["notes"][1]["intro"]  # the unit-cost SQL, quoted as written
    assert sample.startswith("-- Monthly unit cost per transaction") and sample.endswith("ORDER BY 1, 2;")
    strings = all_strings(document)
    for noise in ("Skyline Ledger", "CloudCrunch", "BrightDesk", "FinOps Weekly", "Share this blueprint", "TODO",
                  "Giscus", "3 reactions", "Ctrl", "<kbd", "truncate", "{#", "<Tabs", "@theme",
                  "Blueprint Editorial Board", "finops-analyst"):
        assert not any(noise in s for s in strings), noise
