"""A sixty-seventh round unseen page: mammoth.js's HTML of a .docx for an Occupational Therapy Assistant. Word's
"List Paragraph" lists come out as paragraphs, the typed marker then a TAB: "<p>1.\tTitle</p>", "<p>o\tsub
item</p>", "<p>–\tdetail</p>". Only "•\t" paragraphs were read as items: the numbered ones and Word's deeper bullets
("o", "§") stayed prose, so soft skills read empty, three responsibility categories lost their items (and their
bold headings), the "o\tUse:" lines of two skill tiers fell to the intro with "o " kept. Such a paragraph is an item,
a deeper marker's (and a dash's detail) one level below; without the TAB ("o and ...", "1. I think ...") it stays
prose. Two sibling exercises each told as a task are two exercises, not one and its detail.

The page is frozen as tests/unseen/<slug>.synthetic.html with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from collections import Counter

from tests.snippets import all_strings, hiring_exercises, html_fields, unseen_document

_PAGE = "occupational-therapy-assistant-mammoth.synthetic.html"

_SOFT_SKILLS = (
    "<h2>9) Soft Skills</h2>"
    "<p>1.\t<strong>Time management</strong></p>"
    "<p>o\tWhy it matters: sessions and notes compete for the same hours</p>"
    "<p>o\tHow it shows up: documents at point of service</p>"
    "<p>2.\t<strong>Patient education</strong></p>"
    "<p>o\tWhy it matters: gains fade without carry-over</p>"
)


def test_tab_typed_numbered_paragraphs_are_soft_skills_with_their_sub_bullets() -> None:
    soft = html_fields(_SOFT_SKILLS)["soft_skills"]
    assert [skill["name"] for skill in soft["skills"]] == ["Time management", "Patient education"]
    assert soft["skills"][0]["why_it_matters"] == "sessions and notes compete for the same hours"
    assert soft["skills"][0]["how_it_shows_up"] == "documents at point of service"
    assert soft["intro"] == []


def test_a_bold_paragraph_heads_tab_typed_responsibilities_with_dash_details() -> None:
    body = (
        "<h2>3) Core Responsibilities</h2>"
        "<p><strong>Operational responsibilities</strong></p>"
        "<p>1.\tDeliver daily caseload</p><p>–\tTreat 8–12 patients per day.</p>"
        "<p>2.\tManage the schedule</p><p>–\tCoordinate treatment times with nursing.</p>"
        "<p><strong>Leadership responsibilities</strong></p>"
        "<p>1.\tLead in-services</p><p>–\tPresent short in-services to nursing.</p>"
    )
    responsibilities = html_fields(body)["responsibilities"]
    items = [(item["category_heading"], item["title"], item["detail"]) for item in responsibilities["items"]]
    assert items == [
        ("Operational responsibilities", "Deliver daily caseload", "Treat 8–12 patients per day."),
        ("Operational responsibilities", "Manage the schedule", "Coordinate treatment times with nursing."),
        ("Leadership responsibilities", "Lead in-services", "Present short in-services to nursing."),
    ]
    assert responsibilities["intro"] == []


def test_an_o_tab_line_is_the_sub_item_of_the_bullet_before() -> None:
    body = (
        "<h2>4) Day-to-Day Activities</h2><h3>Weekly activities</h3>"
        "<p>•\tAttend the utilization review meeting</p>"
        "<p>•\tPlan caregiver training sessions:</p>"
        "<p>o\tschedule family members</p><p>§\tprint home programs</p>"
        "<p>•\tRe-check grip strength</p>"
    )
    (weekly,) = [group for group in html_fields(body)["day_to_day"].values() if isinstance(group, dict)]
    assert [(item["text"], item["sub_items"]) for item in weekly["items"]] == [
        ("Attend the utilization review meeting", []),
        ("Plan caregiver training sessions:", ["schedule family members", "print home programs"]),
        ("Re-check grip strength", []),
    ]
    assert weekly["intro"] == []


def test_a_marker_without_a_tab_stays_prose() -> None:
    body = (
        "<h2>3) Core Responsibilities</h2>"
        "<p>o and the supervising OT agree on the plan each week.</p>"
        "<p>1. I think the caseload is the main work of the role.</p>"
    )
    responsibilities = html_fields(body)["responsibilities"]
    assert responsibilities["items"] == []
    assert responsibilities["intro"] == [
        "o and the supervising OT agree on the plan each week.",
        "1. I think the caseload is the main work of the role.",
    ]


def test_two_sibling_exercises_told_as_tasks_are_two() -> None:
    exercises = hiring_exercises(
        ["Write a daily note from a short case vignette", "Demonstrate a stand-pivot transfer and a measurement"]
    )
    assert [(exercise["name"], exercise["details"]) for exercise in exercises] == [
        ("Write a daily note from a short case vignette", []),
        ("Demonstrate a stand-pivot transfer and a measurement", []),
    ]


def test_the_mammoth_pages_lists_are_read() -> None:
    fields = unseen_document(_PAGE)["fields"]
    categories = Counter(item["category"] for item in fields["responsibilities"]["items"])
    assert sum(categories.values()) == 20 and len(categories) == 6
    assert fields["responsibilities"]["intro"][1:] == []
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == [
        "Therapeutic use of self",
        "Clinical observation and reporting",
        "Time management",
        "Patient and caregiver education",
        "Collaboration with the supervising OT",
        "Resilience and empathy",
    ]
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 14 and all(skill["use"] for skill in skills)
    assert fields["technical_skills"]["intro"] == []
    weekly = fields["day_to_day"]["weekly"]["items"]
    assert weekly[2]["sub_items"] == ["schedule family members", "prepare home exercise program printouts"]
    assert [exercise["name"] for exercise in fields["hiring"]["exercises"]] == [
        "Write a daily note from a short case vignette",
        "Demonstrate a stand-pivot transfer and a goniometric measurement",
    ]


def test_the_mammoth_page_keeps_no_marker_or_noise() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    assert not [text for text in strings if text.startswith(("o ", "§ ", "– ")) or "\t" in text]
    noise = ("Print this page", "Accept all cookies", "OTCEU Pro", "Share this blueprint", "Leave a Reply", "_Toc")
    assert not [text for text in strings if any(word in text for word in noise)]
