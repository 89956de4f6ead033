"""Tools a skill names from the page's own tools table; exercise lines whose colon follows a task.

These are synthetic snippets modelled on unseen pages of the family (round 19): a pharmacovigilance page whose
skill reads "Use: Embase and PubMed search strategies" under a tools table listing both, and exercise lists whose
items read "Process a mock literature article into a case: validity, coding ... (60 minutes)".
"""

from __future__ import annotations

import pytest
from snippets import html_fields

from pipeline.parsers.hiring import parse_exercise_title
from pipeline.parsers.vocabulary import page_tool_names, tools_by_segment


def _skill_tools(use: str, tools: list[str]) -> list[str]:
    """The tools of the one skill of a page whose tools table lists ``tools``, one a row."""
    rows = "".join(f"<tr><td>{tool}</td><td>Research</td><td>Daily work</td><td>Common</td></tr>" for tool in tools)
    body = (
        "<h2>8) Technical Skills Required</h2><h3>Must-have technical skills</h3>"
        f"<ul><li><strong>Literature search and screening</strong> (Important)<br>&#8211; Use: {use}</li></ul>"
        "<h2>10) Tools, Platforms, and Software</h2>"
        "<table><tr><th>Tool / platform</th><th>Category</th><th>Primary use</th><th>Prevalence</th></tr>"
        f"{rows}</table>"
    )
    return html_fields(body)["technical_skills"]["skills"][0]["tools"]


def test_a_table_name_opening_a_line_is_a_tool_in_a_list_of_tools() -> None:
    tools = ["Embase", "PubMed"]
    assert _skill_tools("Embase and PubMed search strategies, valid case criteria.", tools) == ["Embase", "PubMed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use: Embase and PubMed search strategies.", ["Embase", "PubMed"]),
        ("Embase, Ovid or PubMed searches.", ["Embase", "Ovid", "PubMed"]),  # joined through another opener
        ("Embase / Python scripts.", ["Embase", "Python"]),  # a gazetteer name is a tool to be listed with
        ("Embase searches every week.", []),  # alone, the word may open the sentence as an ordinary word
        ("Embase Search Strategies and PubMed.", ["PubMed"]),  # a capitalised phrase stays one
    ],
)
def test_sentence_opening_table_names_need_a_list_of_tools(text: str, expected: list[str]) -> None:
    assert tools_by_segment([text], ("Embase", "Ovid", "PubMed")) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linear algebra for churn models.", []),  # the seeds' guard: an ordinary word opening the sentence
        ("Linear regression and Python notebooks.", ["Python"]),  # an ordinary word joined to no tool
        ("Linear Algebra, Python basics.", ["Python"]),  # a capitalised phrase, even next to a list
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_tool(text: str, expected: list[str]) -> None:
    assert tools_by_segment([text], ("Linear",)) == [expected]


def test_a_one_letter_language_of_the_tools_table_is_a_tool_in_a_list() -> None:
    assert _skill_tools("automating triangles in Python or R.", ["Python", "R"]) == ["Python", "R"]


def test_a_one_letter_name_the_tools_table_lacks_is_no_tool() -> None:
    assert _skill_tools("automating triangles in Python or R.", ["Python"]) == ["Python"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R, Python and SQL for analysis.", ["R", "Python", "SQL"]),
        ("Python, R&D budgets.", ["Python"]),  # a letter glued to a sign is no language
        ("Gauge R&R and Python.", ["Python"]),
        ("Python or R-squared checks.", ["Python"]),
        ("Plan R with Python.", ["Python"]),  # a stray capital joined to no tool
        ("R is the team's language.", []),
    ],
)
def test_one_letter_table_names_count_only_as_whole_words_in_a_list_of_tools(text: str, expected: list[str]) -> None:
    assert tools_by_segment([text], ("R",)) == [expected]


def test_page_tool_names_keep_a_capital_letter_alone_but_not_two_letters() -> None:
    assert page_tool_names(["R", "CI", "x", "RenewIQ"]) == ("R", "RenewIQ")


def _exercises(items: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    """(label, name, duration) of each exercise of a hiring section listing ``items``."""
    body = (
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises or case studies</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )
    return [(e["label"], e["name"], e["duration"]) for e in html_fields(body)["hiring"]["exercises"]]


def test_a_task_before_the_colon_is_part_of_the_exercise_name() -> None:
    task = "Process a mock literature article into a case: validity, coding, seriousness and narrative"
    dates = "Given three cases with dates, decide which are expedited and the due dates"
    assert _exercises([f"{task} (60 minutes).", f"{dates}."]) == [(None, task, "60 minutes"), (None, dates, None)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Exercise A: Review the dashboard (45 minutes)", ("Exercise A", "Review the dashboard", "45 minutes")),
        ("Case study 2: churn analysis (60 minutes)", ("Case study 2", "churn analysis", "60 minutes")),
        ("Take-home: build a model (2 hours)", ("Take-home", "build a model", "2 hours")),
        ("Design case: a fraud service (45 minutes)", ("Design case", "a fraud service", "45 minutes")),
    ],
)
def test_short_labels_before_the_colon_stay_labels(title: str, expected: tuple[str, str, str]) -> None:
    assert parse_exercise_title(title)[:3] == expected
