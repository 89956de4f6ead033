"""Round 64, mintlify64: a Mintlify docs page saved as HTML (Next.js, MDX components rendered)
(api-product-manager-mintlify).

* <Tabs>: a "tabs-list" row of role="tab" buttons, each in a list item, with no role="tablist", then all panels (the
  hidden ones with the hidden attribute): no label found its panel, so Role Variants' 5 dimension labels were lost
  and each bold item lead made a one-item dimension. Label n heads panel n now.
* A code block's header printing only its language ("bash", the box's language="bash") glued onto the code, and
  the code sample and its colon lead-in stood as two hiring exercises. The label is chrome; sample and lead-in go
  to exercise_notes.
* <Steps>: each step's number badge stood as intro text of the goal group before it.
* <CardGroup>/<Card>: link cards to other pages; two blurbs stood in scorecard.notes.

The page is frozen in tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, html_fields, unseen_document

MINTLIFY = "api-product-manager-mintlify.synthetic.html"

# --- synthetic: Mintlify tabs -------------------------------------------------------------------------------------


def _mintlify_tabs(tabs: list[tuple[str, list[str]]]) -> str:
    row = "".join(
        f'<li class="cursor-pointer"><button class="flex text-sm" role="tab" aria-selected="{str(not n).lower()}">'
        f"{label}</button></li>"
        for n, (label, _) in enumerate(tabs)
    )
    panels = "".join(
        f'<div class="prose overflow-x-auto" role="tabpanel" data-component-part="tab-content"{" hidden" if n else ""}>'
        "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></div>"
        for n, (_, items) in enumerate(tabs)
    )
    return (
        '<div class="tabs tab-container"><ul class="not-prose mb-6 flex" data-component-part="tabs-list">'
        f"{row}</ul>{panels}</div>"
    )


_VARIANTS = [
    ("By company size", ["<strong>Startup:</strong> does it all.", "<strong>Enterprise:</strong> one domain."]),
    ("By industry", ["<strong>Payments:</strong> strict audit.", "<strong>Healthcare:</strong> consent rules."]),
    ("By geography", ["Data residency matters most in the EU."]),
]


def test_synthetic_mintlify_tab_labels_head_their_panels() -> None:
    body = f"<h2>17) Role Variants</h2>{_mintlify_tabs(_VARIANTS)}<h2>18) AI Impact</h2>"
    dimensions = html_fields(body)["role_variants"]["dimensions"]
    assert [(d["heading"], d["dimension"]) for d in dimensions] == [
        ("By company size", "company_size"), ("By industry", "industry"), ("By geography", "geography"),
    ]  # fmt: skip
    assert [v["name"] for v in dimensions[0]["variants"]] == ["Startup", "Enterprise"]
    assert [n["text"] for n in dimensions[2]["notes"]] == ["Data residency matters most in the EU."]


# --- synthetic: code block ------------------------------------------------------------------------------------------


def _code_block(language: str, lines: list[str]) -> str:
    code = "\n".join(f'<span class="line"><span style="color:#24292F">{line}</span></span>' for line in lines)
    return (
        f'<div class="code-block mt-5 relative group" language="{language}">'
        '<div class="flex text-xs" data-component-part="code-block-header">'
        f'<div class="flex-none flex items-center">{language}</div><div class="flex-1 flex"><div class="z-10 relative">'
        '<button data-testid="copy-code-button" aria-label="Copy the contents from the code block"></button>'
        '<div aria-hidden="true" class="absolute">Copy</div></div></div></div>'
        f'<div class="w-0 min-w-full"><pre class="shiki" language="{language}"><code language="{language}">{code}'
        "</code></pre></div></div>"
    )


def test_synthetic_code_block_language_label_and_sample() -> None:
    body = (
        "<h2>19) Hiring and Interview Guide</h2><h3>Practical exercises or case studies</h3><ul>"
        "<li><strong>Spec review:</strong> critique a flawed spec.</li>"
        "<li><strong>Deprecation plan:</strong> retire a v1 endpoint.</li></ul>"
        "<p>Sample request handed to candidates:</p>"
        + _code_block("bash", ["curl -X POST https://api.example.com/v1/charges \\", "  -d amount=2000"])
        + "<h2>20) Final Role Scorecard Summary</h2>"
    )
    hiring = html_fields(body)["hiring"]
    assert [e["name"] for e in hiring["exercises"]] == ["Spec review", "Deprecation plan"]
    assert hiring["exercise_notes"] == [
        "Sample request handed to candidates:",
        "curl -X POST https://api.example.com/v1/charges \\\n  -d amount=2000",
    ]
    assert not any(s.startswith("bash") for s in all_strings(hiring))


def test_synthetic_code_block_caption_in_words_stays() -> None:
    """A header in words ("Create a charge") is the code's caption: its first line, as before."""
    block = _code_block("bash", ["curl https://api.example.com"]).replace(
        '<div class="flex-none flex items-center">bash</div>', '<div class="flex-none flex items-center">Charge</div>'
    )
    body = f"<h2>11) Tech Stack</h2><h3>Application</h3>{block}<h2>12) Stakeholders</h2>"
    assert "Charge\ncurl https://api.example.com" in all_strings(html_fields(body)["tech_stack"])


# --- synthetic: steps and cards -------------------------------------------------------------------------------------


def _steps(steps: list[tuple[str, list[str]]]) -> str:
    return (
        '<div role="list" class="ml-3.5 mt-10">'
        + "".join(
            '<div role="listitem" class="relative flex items-start pb-5"><div class="absolute w-px"></div>'
            f'<div class="absolute py-2"><div class="w-7 h-7 rounded-lg">{n}</div></div>'
            f'<div class="w-full pl-8"><p class="mt-2 font-semibold" data-component-part="step-title">{title}</p>'
            '<div class="prose" data-component-part="step-content"><ul>'
            + "".join(f"<li>{item}</li>" for item in items)
            + "</ul></div></div></div>"
            for n, (title, items) in enumerate(steps, 1)
        )
        + "</div>"
    )


def test_synthetic_step_numbers_are_no_text() -> None:
    steps = [("30-day goals", ["Map the API surface."]), ("60-day goals", ["Ship two docs fixes."])]
    body = f"<h2>6) Goals, Objectives, and Milestones</h2><p>Assumes a new hire.</p>{_steps(steps)}<h2>7) KPIs</h2>"
    goals = html_fields(body)["goals"]
    assert goals["intro"] == ["Assumes a new hire."]
    assert goals["day_30"]["intro"] == [] and goals["day_60"]["intro"] == []
    assert [i["text"] for i in goals["day_60"]["items"]] == ["Ship two docs fixes."]


def test_synthetic_card_group_is_chrome() -> None:
    cards = "".join(
        f'<a class="card block not-prose group" href="/blueprints/{slug}"><div class="px-6 py-5">'
        f'<div><h2 class="not-prose font-semibold" data-component-part="card-title">{title}</h2>'
        f'<div class="prose mt-1" data-component-part="card-content"><span>{blurb}</span></div></div></div></a>'
        for slug, title, blurb in [
            ("sa", "Solutions Architect", "Blueprint for pre-sales integration design."),
            ("pe", "Platform Engineer", "Blueprint for gateway engineering."),
        ]
    )
    body = (
        "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Field</th><th>Summary</th></tr>"
        "<tr><td>Role title</td><td>API Product Manager</td></tr></table>"
        f'<h3>Related roles</h3><div class="not-prose grid gap-x-4" data-component-part="card-group">{cards}</div>'
    )
    strings = all_strings(html_fields(body))
    assert not any("Blueprint for" in s or s == "Platform Engineer" for s in strings)


# --- the page --------------------------------------------------------------------------------------------------------


def test_page_role_variants_tabs() -> None:
    dimensions = unseen_document(MINTLIFY)["fields"]["role_variants"]["dimensions"]
    read = [(d["heading"], len(d["variants"]) + len(d["notes"])) for d in dimensions]
    assert read == [
        ("By company size", 3), ("By industry", 3), ("By geography", 1), ("Product-led vs service-led", 2),
        ("Regulated vs non-regulated", 2),
    ]  # fmt: skip
    assert [d["dimension"] for d in dimensions[:3]] == ["company_size", "industry", "geography"]


def test_page_hiring_exercises_and_goals() -> None:
    fields = unseen_document(MINTLIFY)["fields"]
    hiring = fields["hiring"]
    assert [e["name"] for e in hiring["exercises"]] == ["Spec review", "Onboarding teardown", "Deprecation plan"]
    assert hiring["exercise_notes"][0] == "Sample request handed to candidates in the spec review exercise:"
    assert hiring["exercise_notes"][1].startswith("curl -X POST https://api.example.com/v1/charges")
    goals = fields["goals"]
    assert goals["intro"] == ["The milestones below assume a new senior hire joining an existing developer platform."]
    for key in ("day_30", "day_60", "day_90", "month_6", "month_12"):
        assert goals[key]["intro"] == [] and len(goals[key]["items"]) == 3, key


def test_page_keeps_no_noise() -> None:
    document = unseen_document(MINTLIFY)
    assert document["fields"]["scorecard"]["notes"] == []
    strings = all_strings(document)
    for noise in ("Blueprint for", "Copy the contents", "Navigate to header", "Powered by Mintlify", "<svg", "\u200b"):
        assert not any(noise in s for s in strings), noise
    assert not any(s.startswith("bash\n") or s == "bash" for s in strings)
