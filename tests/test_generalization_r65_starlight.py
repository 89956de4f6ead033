"""Round 65, starlight65: an Astro Starlight docs page saved as HTML (solutions-consultant-starlight).

* <Steps> (ol.sl-steps): each step's title a bold-only paragraph over a list; all six timed goals read empty, the
  steps one "other" group of items. A titled step is a sub-heading over its list now.
* <CardGrid>/<Card> (article.card: p.title, div.body): the adjacent career paths stood as eight loose notes. A card is
  one item "Title (description)" now; a <LinkCard> (its title a link out) is chrome, as a bookmark card is.
* <Badge> in a heading ("Emerging future skills New"): chrome.
* <Aside type="tip">: every <aside> was dropped, the tip's text lost. A callout aside (its class names an admonition
  type) is the article's, unless it says it is sponsored.
* Expressive Code (pre[data-language] > code > div.ec-line): lines glued ("ACME-2291duration_days"). Each line div
  is a line, the block is code.

The page is frozen in tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, html_fields, unseen_document

STARLIGHT = "solutions-consultant-starlight.synthetic.html"

# --- synthetic: steps ------------------------------------------------------------------------------------------------


def _steps(steps: list[tuple[str, list[str]]]) -> str:
    return (
        '<div class="sl-steps-wrapper"><ol class="sl-steps" role="list">'
        + "".join(
            f"<li><p><strong>{title}</strong></p><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></li>"
            for title, items in steps
        )
        + "</ol></div>"
    )


def test_synthetic_starlight_steps_head_their_lists() -> None:
    steps = [
        ("30-day goals", ["Learn the product.", "Shadow calls."]),
        ("90-day goals (full ownership)", ["Own deals."]),
    ]
    body = f"<h2>6) Goals, Objectives, and Milestones</h2>{_steps(steps)}<h2>7) KPIs</h2>"
    goals = html_fields(body)["goals"]
    assert [i["text"] for i in goals["day_30"]["items"]] == ["Learn the product.", "Shadow calls."]
    assert goals["day_90"]["qualifier"] == "full ownership"
    assert [i["text"] for i in goals["day_90"]["items"]] == ["Own deals."]
    assert goals["other"] == []


def test_synthetic_plain_ordered_list_items_keep_their_points() -> None:
    """Outside a steps list, a bold-titled item over a list stays one item with sub-items."""
    body = (
        "<h2>6) Goals, Objectives, and Milestones</h2><ol><li><p><strong>Onboarding</strong></p><ul><li>Learn.</li>"
        "</ul></li></ol><h2>7) KPIs</h2>"
    )
    items = [i for group in html_fields(body)["goals"]["other"] for i in group["items"]]
    assert [(i["text"], i["sub_items"]) for i in items] == [("Onboarding", ["Learn."])]


# --- synthetic: cards ------------------------------------------------------------------------------------------------


def _card(title: str, blurb: str) -> str:
    return (
        f'<article class="card sl-flex"><p class="title sl-flex"><span>{title}</span></p>'
        f'<div class="body"><p>{blurb}</p></div></article>'
    )


def _link_card(href: str, title: str, blurb: str) -> str:
    return (
        f'<div class="sl-link-card"><span class="sl-flex stack"><a href="{href}"><span class="title">{title}</span>'
        f'</a><span class="description">{blurb}</span></span></div>'
    )


def test_synthetic_card_grid_is_a_list_of_roles() -> None:
    cards = _card("Product Manager", "Turn field insight into roadmap decisions.") + _card("Account Executive", "Sell.")
    body = (
        "<h2>15) Career Path and Progression</h2><h3>Adjacent career paths</h3>"
        f'<div class="card-grid">{cards}</div><h2>16) Risks</h2>'
    )
    career = html_fields(body)["career_path"]
    assert [(r["name"], r["note"]) for r in career["adjacent_paths"]] == [
        ("Product Manager", "Turn field insight into roadmap decisions"), ("Account Executive", "Sell"),
    ]  # fmt: skip
    assert career["notes"] == []


def test_synthetic_link_cards_are_chrome() -> None:
    """A guard (a snippet's link cards were dropped before too): the page's stood in scorecard.notes, which
    test_page_keeps_no_noise checks."""
    links = _link_card("/roles/sa/", "Solutions Architect blueprint", "Deeper design role.") + _link_card(
        "/kits/interview/", "Interview kit", "Download rubrics."
    )
    body = (
        "<h2>15) Career Path and Progression</h2><h3>Next likely roles</h3><ul><li>Senior Consultant</li></ul>"
        f'<div class="card-grid">{links}</div><h2>16) Risks</h2>'
    )
    career = html_fields(body)["career_path"]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Consultant"]
    assert not any("blueprint" in s or "rubrics" in s for s in all_strings(career))


# --- synthetic: badge, aside, code -----------------------------------------------------------------------------------


def test_synthetic_heading_badge_is_chrome() -> None:
    body = (
        "<h2>8) Technical Skills</h2><h3>Emerging future skills <span class='sl-badge note'>New</span></h3>"
        "<table><tr><th>Skill</th><th>Importance</th></tr><tr><td>AI evaluation</td><td>Important</td></tr></table>"
        "<h2>9) Soft Skills</h2>"
    )
    tiers = html_fields(body)["technical_skills"]["tiers"]
    assert [t["heading"] for t in tiers] == ["Emerging future skills"]


def _aside(kind: str, title: str, text: str) -> str:
    return (
        f'<aside aria-label="{title}" class="starlight-aside starlight-aside--{kind}">'
        f'<p class="starlight-aside__title" aria-hidden="true">{title}</p>'
        f'<div class="starlight-aside__content"><p>{text}</p></div></aside>'
    )


def test_synthetic_tip_aside_kept_sponsored_aside_dropped() -> None:
    body = (
        "<h2>3) Core Responsibilities</h2><h3>Strategic responsibilities</h3><ol><li>Shape deal strategy</li></ol>"
        + _aside("tip", "Tip", "The same role is often titled Sales Engineer.")
        + _aside("caution", "Caution", "<strong>Get the Playbook PDF</strong> (sponsored by DemoForge).")
        + "<h2>4) Day-to-Day Activities</h2>"
    )
    strings = all_strings(html_fields(body)["responsibilities"])
    assert "The same role is often titled Sales Engineer." in strings
    assert not any("Playbook" in s or "DemoForge" in s or s in ("Tip", "Caution") for s in strings)


def test_synthetic_expressive_code_lines() -> None:
    lines = ["opportunity: ACME-2291", "duration_days: 21", "  - SSO login via Okta"]
    code = "".join(f'<div class="ec-line"><div class="code">{line}</div></div>' for line in lines)
    body = (
        "<h2>11) Typical Tech Stack</h2><h3>Delivery model</h3><ul><li>Quarterly cycles.</li></ul>"
        f'<div class="expressive-code"><figure class="frame"><pre data-language="yaml"><code>{code}</code></pre>'
        "</figure></div><h2>12) Stakeholders</h2>"
    )
    strings = all_strings(html_fields(body)["tech_stack"])
    assert "\n".join(lines) in strings
    assert not any("ACME-2291duration" in s for s in strings)


# --- the page --------------------------------------------------------------------------------------------------------


def test_page_goals_from_steps() -> None:
    goals = unseen_document(STARLIGHT)["fields"]["goals"]
    counts = {
        key: len(goals[key]["items"]) for key in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    }
    assert counts == {"day_30": 3, "day_60": 3, "day_90": 3, "month_6": 3, "month_12": 3, "long_term": 2}
    first = "Complete product certification and pass the internal standard demo review."
    assert goals["day_30"]["items"][0]["text"] == first
    assert goals["other"] == []


def test_page_adjacent_paths_from_cards() -> None:
    career = unseen_document(STARLIGHT)["fields"]["career_path"]
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "Product Manager", "Customer Success Manager", "Account Executive", "Partner Solutions Manager",
    ]  # fmt: skip
    assert career["notes"] == []


def test_page_headings_tip_and_code() -> None:
    document = unseen_document(STARLIGHT)
    fields = document["fields"]
    assert fields["technical_skills"]["tiers"][3]["heading"] == "Emerging future skills"
    assert document["sections"][17]["title"] == "AI / Automation Impact on the Role"
    assert any("titled Sales Engineer" in p for p in fields["role_summary"]["paragraphs"])
    code = "opportunity: ACME-2291\nduration_days: 21\nsuccess_criteria:"
    assert any(s.startswith(code) for s in all_strings(fields["tech_stack"]))


def test_page_keeps_no_noise() -> None:
    document = unseen_document(STARLIGHT)
    assert document["fields"]["scorecard"]["notes"] == []
    strings = all_strings(document)
    for noise in (
        "Solutions Architect blueprint", "Presales interview kit", "Get the Demo Playbook PDF", "DemoForge Academy",
        "Copy to clipboard", "Section titled", "Built with Starlight", "ACME-2291duration",
    ):  # fmt: skip
        assert not any(noise in s for s in strings), noise
    assert not any(s.endswith(" New") for s in strings)
