"""A forum thread's BBCode source saved as text: synthetic snippets modelled on an unseen page of the family.

A phpBB thread reposts a blueprint in BBCode, split over posts, each part in a "[quote=Author]": headings
"[size=150][b]1) Role Summary[/b][/size]", "[list]"/"[list=1]" of "[*]" items, "[table][tr][td]" tables whose rows
may span lines, links, images, smileys; around it the forum's post headers, signatures, sponsored pseudo-posts,
replies quoting the article and the board's footer. The page is rewritten into markdown line by line, each line
keeping its length; the quotes holding the sections (or, unquoted, the bodies of the posts holding them) are the
article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.bbcode import bbcode_as_markdown
from pipeline.header import role_title_from
from pipeline.textblocks import text_to_pieces

_HEAD = """Board index ‹ Careers ‹ Ops Corner

[Repost] Warehouse Shift Supervisor: Role Blueprint, Responsibilities, Skills
Post Reply   3 posts • Page 1 of 1

ForkliftFrank
Regular
Posts: 88
Joined: Tue Jan 04, 2022 8:00 am

Posted: Mon Nov 10, 2025 9:14 am
Post subject: [Repost] Warehouse Shift Supervisor: Role Blueprint, Responsibilities, Skills

Found this, reposting it in two parts :)

"""
_PART_1 = """[size=150][b]1) Role Summary[/b][/size]

The Warehouse Shift Supervisor leads one shift of pickers, packers and loaders.

[b]Typical reporting line:[/b] Reports to the [url=https://example.com/wm]Warehouse Manager[/url].

[size=150][b]2) Role Mission[/b][/size]

[img]https://i.example.com/banner.png[/img]
[b]Core mission:[/b]
Ship every order on time, safely, and accurately :D

[size=150][b]3) Core Responsibilities[/b][/size]

[b][u]Operational responsibilities[/u][/b]
[list=1]
[*][b]Run the shift plan[/b]
– Staff each zone to the forecast and rebalance at breaks.
[*][b]Keep the dock moving[/b]
– Sequence trailers so no door sits idle.
[/list]

[color=#c00][i]-- end of part 1 of 2 --[/i][/color]
"""
_BETWEEN = """
_________________
Ten years on the dock | "Lift with your legs."

Top
Report post  Quote

[hr]
[b]Sponsored[/b]
[size=120][b]PalletPro scanners — scan faster[/b][/size]
[url=https://ads.example.com/click]Book a demo[/url]
[hr]

ForkliftFrank
Regular
Posts: 88
Joined: Tue Jan 04, 2022 8:00 am

Posted: Mon Nov 10, 2025 9:20 am
Post subject: Re: [Repost] Warehouse Shift Supervisor: Role Blueprint, Responsibilities, Skills

Part 2 of 2

"""
_PART_2 = """[size=150][b]7) KPIs and Productivity Metrics[/b][/size]

[table]
[tr][th]Metric name[/th][th]What it measures[/th][th]Example target/benchmark[/th][th]Frequency[/th][/tr]
[tr][td]Units per hour[/td][td]Picked units per labor hour[/td][td]≥ 120[/td][td]Daily[/td][/tr]
[tr]
[td]Order accuracy[/td]
[td]Orders shipped without an error[/td]
[td]≥ 99.5%[/td]
[td]Weekly[/td]
[/tr]
[/table]

[size=150][b]8) Technical Skills Required[/b][/size]

[b]Must-have technical skills[/b]
[list=1]
[*][b]WMS transactions &amp; cycle counts[/b] [color=#c00](Critical)[/color]
[list][*]Use: receiving, picking and adjusting stock.[/list]
[*][b]Labor planning[/b] (Important)
[/list]

[size=150][b]9) Soft Skills and Behavioral Capabilities[/b][/size]

[list=1]
[*][b]Calm under pressure[/b]
[list]
[*]Why it matters: peak days are chaos.
[*]How it shows up: a steady voice on the radio.
[/list]
[*][b]Fairness[/b]
[list][*]Why it matters: overtime must be shared evenly.[/list]
[/list]
"""
_TAIL = """
Top
Report post  Quote

[hr]

DockDiane
Member
Posts: 12
Joined: Fri Aug 27, 2021 6:33 pm

Posted: Mon Nov 10, 2025 3:48 pm
Post subject: Re: [Repost] Warehouse Shift Supervisor: Role Blueprint, Responsibilities, Skills

[quote=ForkliftFrank]Ship every order on time[/quote]
Ha, try that on Black Friday :lol:
[quote=ForkliftFrank]7) KPIs and Productivity Metrics[/quote]
Where is throughput per dock door?
[list]
[*]Hire temps two weeks early
[/list]

Top
Report post  Quote

Who is online
Users browsing this forum: Bing [Bot] and 3 guests
"""
# The repost quoted, one quote a part; and the same thread with the parts posted unquoted.
QUOTED = (
    _HEAD + "[quote=OpsBlueprints]\n" + _PART_1 + "[/quote]\n" + _BETWEEN
    + "[quote=OpsBlueprints]\n" + _PART_2 + "[/quote]\n" + _TAIL
)  # fmt: skip
UNQUOTED = _HEAD + _PART_1 + _BETWEEN + _PART_2 + _TAIL
FORUM_NOISE = [
    "Posted:", "Joined:", "Posts: 88", "Report post", "Lift with your legs", "Ten years on the dock", "PalletPro",
    "Book a demo", "Sponsored", "end of part", "Part 2 of 2", "Black Friday", "Hire temps", "Users browsing",
    "ForkliftFrank", "DockDiane", "Repost", "dock door",
]  # fmt: skip
MARKUP = ["[b]", "[/b]", "[list", "[*]", "[color", "[url", "[img", "[quote", "[size", "[td]", "[tr]", "&amp;", ":)",
          ":D", ":lol:", "**"]  # fmt: skip


def _document(page: str) -> dict:
    (extraction,) = extract(page.encode("utf-8"), name="thread.txt")
    return extraction.document




def _field_strings(document: dict) -> list[str]:
    return all_strings(document["role"]) + all_strings(document["fields"]) + all_strings(document["sections"])


@pytest.mark.parametrize("page", [QUOTED, UNQUOTED], ids=["quoted", "unquoted"])
def test_wrapped_numbered_lines_head_sections_and_bbcode_lists_are_items(page: str) -> None:
    document = _document(page)
    assert [s["id"] for s in document["sections"]] == [
        "role_summary", "role_mission", "responsibilities", "kpis", "technical_skills", "soft_skills",
    ]  # fmt: skip
    fields = document["fields"]
    assert [(i["category"], i["title"], i["detail"]) for i in fields["responsibilities"]["items"]] == [
        ("operational", "Run the shift plan", "Staff each zone to the forecast and rebalance at breaks."),
        ("operational", "Keep the dock moving", "Sequence trailers so no door sits idle."),
    ]
    assert [(s["name"], s["why_it_matters"], s["how_it_shows_up"]) for s in fields["soft_skills"]["skills"]] == [
        ("Calm under pressure", "peak days are chaos.", "a steady voice on the radio."),
        ("Fairness", "overtime must be shared evenly.", None),
    ]
    assert fields["role_mission"]["core_mission"] == "Ship every order on time, safely, and accurately"
    assert document["role"]["title"] == "Warehouse Shift Supervisor"
    assert document["role"]["reporting_line"] == "Reports to the Warehouse Manager."


def test_a_bbcode_table_is_read_row_by_row_also_where_a_row_spans_lines() -> None:
    kpis = _document(QUOTED)["fields"]["kpis"]
    assert kpis["columns"] == ["Metric name", "What it measures", "Example target/benchmark", "Frequency"]
    assert [(r["name"], r["what_it_measures"], r["target"], r["frequency"]) for r in kpis["rows"]] == [
        ("Units per hour", "Picked units per labor hour", "≥ 120", "Daily"),
        ("Order accuracy", "Orders shipped without an error", "≥ 99.5%", "Weekly"),
    ]


def test_colour_wrapped_importance_and_entities_read_as_text() -> None:
    skills = _document(QUOTED)["fields"]["technical_skills"]["skills"]
    assert [(s["name"], s["importance"], s["use"]) for s in skills] == [
        ("WMS transactions & cycle counts", "critical", "receiving, picking and adjusting stock."),
        ("Labor planning", "important", None),
    ]


@pytest.mark.parametrize("page", [QUOTED, UNQUOTED], ids=["quoted", "unquoted"])
def test_the_forum_around_the_article_and_the_markup_land_in_no_field(page: str) -> None:
    texts = _field_strings(_document(page))
    for noise in FORUM_NOISE + MARKUP:
        assert not [text for text in texts if noise in text], noise


def test_a_forum_title_prefix_is_no_part_of_the_role_title() -> None:
    assert role_title_from("[Repost] Line Cook Lead: Role Blueprint, Skills") == "Line Cook Lead"
    assert role_title_from("Re: [Repost] Barista Trainer – Role Blueprint") == "Barista Trainer"
    assert role_title_from("Retail Store Manager: Role Blueprint") == "Retail Store Manager"


def test_the_rewrite_keeps_every_line_and_offset() -> None:
    markdown = bbcode_as_markdown(QUOTED)
    assert len(markdown) == len(QUOTED)
    assert [len(line) for line in markdown.split("\n")[:25]] == [len(line) for line in QUOTED.split("\n")[:25]]
    blocks = [p.block for p in text_to_pieces(QUOTED)]
    headings = [QUOTED[b.start : b.end] for b in blocks if b.kind == "heading"]
    assert "[size=150][b]7) KPIs and Productivity Metrics[/b][/size]" in headings
    (table,) = [b for b in blocks if b.kind == "table"]
    assert QUOTED[table.start : table.end].startswith("[tr][th]Metric name[/th]")
    assert QUOTED[table.start : table.end].endswith("[td]Weekly[/td]\n[/tr]")


def test_items_on_one_line_nested_lists_and_rules() -> None:
    page = "[list]\n[*]One[*]Two\n[list]\n[*]Deep\n[list][*]Deeper[/list]\n[/list][/list]\n[hr]\nSee :) ok [/b][/i]"
    assert bbcode_as_markdown(page).split("\n") == [
        "      ", "- One", "- Two ", "      ", " - Deep", "\t- Deeper             ", "              ", "*** ",
        "See ok            ",
    ]  # fmt: skip


def test_a_page_without_bbcode_is_left_as_it_is() -> None:
    markdown = "## 1) Role Summary\n\nSee [the guide](https://x.io) and [/su_box] [b]bold[/b], [Repost] [list].\n"
    assert bbcode_as_markdown(markdown) is markdown
    assert bbcode_as_markdown("no brackets at all") == "no brackets at all"


# --- the unseen page itself ---------------------------------------------------------------------------------------

PAGE = Path(__file__).resolve().parent / "unseen" / "restaurant-general-manager-bbcode.synthetic.txt"
PAGE_NOISE = [
    "Skip to content", "The Pass — Forum", "Board index", "Posted: Mon Nov 10, 2025", "Joined: Sat Mar 09",
    "Posts: 412", "Report post", "The guest never sees the walk-in", "servicewithsalt.blog", "TillPoint POS",
    "Book a 15-minute demo", "Brightline Linen Co.", "Get a same-day quote", "Hearthstone Culinary Academy",
    "Tie at least 30% of the GM bonus", "walkout of three servers", "We run 66 and the owner is thrilled",
    "end of part 1 of 3", "Part 3 of 3", "Users browsing this forum", "Powered by phpBB", "Mod note",
    "LineCookLarry", "grillmarks_gina", "[Repost]", "[b]", "[/b]", "[list]", "[*]", "[color=#c00]", "[url=", "[img]",
    "[quote=", "[size=", "[td]", "&amp;", ":)", ":lol:",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> dict:
    (extraction,) = extract(PAGE, name=PAGE.name)
    assert extraction.warnings == []
    return extraction.document


def test_the_page_is_whole_and_clean(page: dict) -> None:
    assert len(page["sections"]) == 20 and page["missing_sections"] == []
    assert page["quality"]["coverage"] == 1.0
    assert page["role"]["title"] == "Restaurant General Manager"
    texts = _field_strings(page)
    for noise in PAGE_NOISE:
        assert not [text for text in texts if noise in text], noise


def test_the_page_lists_and_responsibilities(page: dict) -> None:
    fields = page["fields"]
    assert len(fields["role_summary"]["interaction"]["groups"]) == 4
    mission = fields["role_mission"]
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 5)
    items = fields["responsibilities"]["items"]
    categories = [i["category"] for i in items]
    kinds = ("strategic", "operational", "technical", "cross_functional", "governance", "leadership")
    assert [categories.count(kind) for kind in kinds] == [4, 5, 4, 3, 4, 4]
    control = next(i for i in items if i["title"] == "Control prime cost")
    assert control["detail"].startswith("Manage food, beverage, and labor cost against budget every week;")
    day = fields["day_to_day"]
    kinds = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[kind]["items"]) for kind in kinds] == [6, 6, 6, 6, 5]
    assert day["daily"]["items"][2]["sub_items"] == [
        "features and 86'd items", "VIPs, large parties, and allergies on the book",
        "one service focus and one safety reminder",
    ]  # fmt: skip
    assert len(fields["deliverables"]["items"]) == 16
    goals = fields["goals"]
    kinds = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[kind]["items"]) for kind in kinds] == [5, 4, 4, 4, 4, 3]
    assert len(goals["day_30"]["items"][3]["sub_items"]) == 4


def test_the_page_tables(page: dict) -> None:
    fields = page["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 17
    first = (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"])
    assert first == ("Net sales vs budget", "Within ±2% of budget", "Weekly")
    assert (kpis[-1]["name"], kpis[-1]["frequency"]) == ("Brand standards audit score", "Quarterly")
    tools = fields["tools"]["rows"]
    assert len(tools) == 21
    assert [(t["category"], t["tool_text"], t["prevalence"]) for t in tools[:2]] == [
        ("Point of sale", "Toast POS", "common"), ("Point of sale", "Square for Restaurants", "optional"),
    ]  # fmt: skip
    assert len(fields["hiring"]["scorecard"]["rows"]) == 8
    scorecard = fields["scorecard"]
    assert scorecard["role_title"] == "Restaurant General Manager"
    assert len(scorecard["rows"]) == 10
    assert scorecard["top_responsibilities"][0] == "Own the annual operating plan"
    assert scorecard["top_responsibilities"][-1] == "Drive local sales and community presence"
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["top_technical_skills"][0] == "P&L management"
    assert scorecard["career_progression_options"][-1]["name"] == "Food & Beverage Director"


def test_the_page_skills_and_career(page: dict) -> None:
    fields = page["fields"]
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 19
    assert [s["importance_note"] for s in skills[:6]] == [
        "Critical", "Critical", "Critical", "Critical", "Important", "Important; Critical for full-bar concepts",
    ]  # fmt: skip
    assert skills[0]["name"] == "P&L management and restaurant financial literacy"
    assert len(fields["soft_skills"]["skills"]) == 8
    assert all(s["why_it_matters"] and s["how_it_shows_up"] for s in fields["soft_skills"]["skills"])
    career = fields["career_path"]
    assert [len(career[k]) for k in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 4, 5]
    assert career["adjacent_paths"][1]["name"] == "Food & Beverage Director"
    assert fields["experience"]["certifications"][0]["name"].startswith("ServSafe Food Protection Manager")
    hiring = fields["hiring"]
    kinds = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[kind]) for kind in kinds] == [5, 3, 3, 2, 3]


def test_the_page_json_holds_no_forum_chrome(page: dict) -> None:
    dumped = json.dumps({k: page[k] for k in ("role", "fields", "sections")}, ensure_ascii=False)
    for noise in ("Sponsored", "Ads help keep", "Who is online", "Display posts from previous"):
        assert noise not in dumped
