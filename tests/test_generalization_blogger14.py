"""Synthetic snippets modelled on unseen pages of the family: a Blogger post (the blog's name in the header
widget's <h1>, the post's title in an <h3 class="post-title entry-title">, the date in microdata)."""

from __future__ import annotations

from pipeline import extract

_SECTIONS = (
    "<h2>1) Role Summary</h2><p>The Store Manager runs the store with several teams.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: run a safe, compliant and profitable store.</p>"
    "<h2>3) Core Responsibilities</h2><ul><li>Lead the team – coach daily.</li></ul>"
)


def _blogger_page(header: str, post_title: str = "Retail Store Manager: Role Blueprint", byline: str = "") -> bytes:
    return (
        f"<html><head><title>My Blog: {post_title}</title></head><body>{header}"
        "<div class='blog-posts hfeed'><div class='post hentry'>"
        f"<h3 class='post-title entry-title' itemprop='name'>{post_title}</h3>"
        f"<div class='post-body entry-content'>{_SECTIONS}</div>{byline}</div></div></body></html>"
    ).encode()


def _role_and_source(page: bytes) -> tuple[str, str | None]:
    (extraction,) = extract(page, name="x.html")
    document = extraction.document
    return document["role"]["title"], document["source"]["date_published"]


def test_blog_name_h1_linking_home_gives_way_to_the_post_title():
    header = "<div class='header'><h1 class='title'><a href='https://my-blog.blogspot.com/'>My Blog</a></h1></div>"
    assert _role_and_source(_blogger_page(header)) == ("Retail Store Manager", None)


def test_h1_in_the_site_header_gives_way_to_the_post_title():
    header = "<header><h1>Career Notes</h1></header>"
    assert _role_and_source(_blogger_page(header))[0] == "Retail Store Manager"


def test_microdata_date_published_dates_the_page():
    byline = "<abbr class='published' itemprop='datePublished' title='2025-03-15T09:12:00+05:30'>9:12 AM</abbr>"
    header = "<header><h1><a href='/'>My Blog</a></h1></header>"
    assert _role_and_source(_blogger_page(header, byline=byline)) == ("Retail Store Manager", "2025-03-15T09:12:00+05:30")


def test_h1_in_the_entry_stays_the_title():
    # The role's own <h1> (no home link, not in a site header) is kept over a marked heading elsewhere.
    header = "<h1>Retail Store Manager: Role Blueprint</h1>"
    assert _role_and_source(_blogger_page(header, post_title="Also on this blog: Assistant Manager"))[0] == (
        "Retail Store Manager"
    )


def test_h1_in_an_article_header_stays_the_title():
    page = (
        "<html><body><article><header><h1>Retail Store Manager: Role Blueprint</h1></header>"
        f"{_SECTIONS}<h3 class='entry-title'>Warehouse Supervisor</h3></article></body></html>"
    ).encode()
    assert _role_and_source(page)[0] == "Retail Store Manager"


def _decision_rights(authority: str) -> dict:
    from tests.snippets import html_fields

    return html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2><h3>Budget, architecture, vendor, delivery, hiring, compliance authority</h3>"
        + authority
    )["decision_rights"]


def test_one_authority_paragraph_with_several_bare_area_labels():
    rights = _decision_rights(
        "<p>Budget: owns the store's cost lines, not capital. Vendor: may order approved local services. "
        "Hiring: full authority for hourly roles; recommends for managers. Compliance: accountable on site.</p>"
    )
    assert [(rights[k]["label"], rights[k]["text"]) for k in ("budget", "vendor", "hiring", "compliance")] == [
        ("Budget", "owns the store's cost lines, not capital."),
        ("Vendor", "may order approved local services."),
        ("Hiring", "full authority for hourly roles; recommends for managers."),
        ("Compliance", "accountable on site."),
    ]


def test_unknown_label_after_a_full_stop_stays_in_the_area_text():
    rights = _decision_rights("<p>Budget: owns cost lines. Note: capital goes to the region.</p>")
    assert rights["budget"]["text"] == "owns cost lines. Note: capital goes to the region."
    assert rights["other_areas"] == []


def test_bold_div_lines_open_tech_stack_environments_known_or_not():
    from tests.snippets import html_fields

    stack = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2>"
        "<div><b>Store format and scale</b></div><div>Mid-to-large store, 15–80 colleagues.</div>"
        "<div><b>Data environment</b></div><div>Daily dashboards fed from POS.</div>"
        "<div><b>Operating model</b></div><div>Head office sets range and price; stores execute.</div>"
    )["tech_stack"]
    assert stack["intro"] == []
    assert [(e["key"], e["name"], [i["text"] for i in e["items"]]) for e in stack["environments"]] == [
        (None, "Store format and scale", ["Mid-to-large store, 15–80 colleagues."]),
        ("data", "Data environment", ["Daily dashboards fed from POS."]),
        ("delivery_model", "Operating model", ["Head office sets range and price; stores execute."]),
    ]


def test_bold_div_lines_open_variant_dimensions():
    from tests.snippets import html_fields

    variants = html_fields(
        "<h2>17) Role Variants</h2>"
        "<div><b>By store size / format</b></div><div>Small-format: manager works shifts.</div>"
        "<div><b>Franchise vs corporate-owned</b></div><div>Franchise managers carry more latitude.</div>"
    )["role_variants"]
    assert variants["notes"] == []
    assert [(d["dimension"], d["heading"]) for d in variants["dimensions"]] == [
        ("company_size", "By store size / format"),
        ("other", "Franchise vs corporate-owned"),
    ]
    assert [n["text"] for n in variants["dimensions"][1]["notes"]] == ["Franchise managers carry more latitude."]


def test_a_div_with_bold_and_plain_text_stays_a_paragraph():
    from tests.snippets import html_fields

    stack = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2><div><b>Data environment</b></div>"
        "<div><b>Warehouse</b> fed nightly from POS.</div>"
    )["tech_stack"]
    assert [(e["name"], [i["text"] for i in e["items"]]) for e in stack["environments"]] == [
        ("Data environment", ["Warehouse fed nightly from POS."])
    ]


def _assess(body: str) -> tuple[list[str], list[str]]:
    from tests.snippets import html_fields

    hiring = html_fields("<h2>19) Hiring Evaluation Criteria</h2><h3>What to assess</h3>" + body)["hiring"]
    return [area["dimension"] for area in hiring["what_to_assess"]], hiring["notes"]


def test_what_to_assess_as_one_semicolon_joined_line():
    assert _assess("<p>Commercial acumen; people leadership; operational discipline; resilience.</p>") == (
        ["Commercial acumen", "People leadership", "Operational discipline", "Resilience"],
        [],
    )


def test_a_sentence_with_semicolons_over_what_to_assess_stays_a_note():
    note = "Assess how the candidate plans a trading week; probe the choices they made; ask for numbers they used."
    assert _assess(f"<p>{note}</p>") == ([], [note])


def test_escalation_points_naming_functions_as_targets():
    from pipeline.parsers.stakeholders import escalation_point

    points = [
        escalation_point(text)
        for text in ("Asset Protection for loss events", "Health and Safety team for reportable incidents.")
    ]
    assert [(p.trigger, p.escalate_to) for p in points] == [
        ("loss events", ["Asset Protection"]),
        ("reportable incidents", ["Health and Safety team"]),
    ]


def test_a_plain_phrase_for_a_trigger_names_no_target():
    from pipeline.parsers.stakeholders import escalation_point

    point = escalation_point("Repeated stock losses for two weeks")
    assert (point.trigger, point.action, point.escalate_to) == ("Repeated stock losses for two weeks", None, [])


def test_stakeholder_escalation_written_as_a_semicolon_clause():
    from pipeline.parsers.stakeholders import _details

    details = _details(None, "bands, offers, exceptions; escalation when offers exceed band.")
    assert [(d.label, d.kind.value, d.text) for d in details] == [
        (None, "description", "bands, offers, exceptions"),
        ("escalation", "escalation", "when offers exceed band"),  # the stop closes the line
    ]
    assert [(d.kind.value, d.text) for d in _details(None, "headcount and budget; escalation on freezes.")] == [
        ("description", "headcount and budget"),
        ("escalation", "freezes"),
    ]


def test_semicolon_clauses_without_a_detail_word_stay_one_description():
    from pipeline.parsers.stakeholders import _details

    details = _details(None, "line manager; sets targets, approves exceptions.")
    assert [(d.kind.value, d.text) for d in details] == [("description", "line manager; sets targets, approves exceptions.")]


def test_variants_named_after_full_stops_in_one_paragraph():
    from pipeline.parsers.variants import _inline_variants

    variants = _inline_variants("Grocery: freshness and waste. Apparel: visual merchandising. Electronics: services.", [])
    assert [(v.name, v.description) for v in variants] == [
        ("Grocery", "freshness and waste."),
        ("Apparel", "visual merchandising."),
        ("Electronics", "services."),
    ]


def test_a_second_sentence_without_a_name_stays_in_the_variant():
    from pipeline.parsers.variants import _inline_variants

    variants = _inline_variants("Startup: ownership breadth. Expect fewer formal artifacts, e.g. no RFCs.", [])
    assert [(v.name, v.description) for v in variants] == [
        ("Startup", "ownership breadth. Expect fewer formal artifacts, e.g. no RFCs.")
    ]


def test_an_aside_after_a_sentence_end_stays_in_its_variant() -> None:
    """"Note:" or "Example:" opening the next sentence is the same variant's, not a variant named Note."""
    from pipeline.parsers.variants import _inline_variants

    for text, name in (
        ("Startup: broad scope across the stack. Note: titles vary by company.", "Startup"),
        ("Enterprise: narrower scope. Example: owns one product line.", "Enterprise"),
    ):
        variants = _inline_variants(text, [])
        assert [v.name for v in variants] == [name] and variants[0].text == text
