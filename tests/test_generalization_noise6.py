"""An ad that shares the article's words: its headline, its product's lines and what lies between.

These are synthetic snippets modelled on unseen pages of the family (a compact text page with a
project-tool ad at the end of the tech-stack section and an academy's promotion after the final
scorecard; the site's ads follow its subject, so their lines share the article's words). The
negative cases guard what the seeds keep: an article line at the edge of an ad, and a title-case
heading that closes the ad's run ahead of the article's prose.
"""

from __future__ import annotations

import json

from pipeline import extract

HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\n"
    "The Test Role builds and runs the delivery platform that takes models from experiment to production, "
    "with boards, roadmaps and reports that keep teams aligned across sprints and releases.\n"
    "2) Role Mission\n"
    "Core mission: Give every team a secure and observable path to production for each model and service they run.\n"
    "10) Tools, Platforms, and Software\n"
    "| Tool | Category | Primary use | Adoption |\n|---|---|---|---|\n"
    "| Jira | Work tracking | Backlog, boards and sprints | Common |\n"
    "| Confluence | Documentation | Roadmaps, runbooks and reports | Common |\n"
    "| MLflow | Registry | Certified model versions for professional teams | Common |\n"
    "11) Typical Tech Stack / Environment\n"
    "Team topology – Platform team of 4–8 engineers serving several model teams; close partnership with SRE.\n"
)
TOPOLOGY = "Platform team of 4–8 engineers serving several model teams; close partnership with SRE."
AD = (
    "Looking for a Better Way to Run Sprints?\n"
    "TaskForge 5 brings boards, roadmaps & reports together.\n"
    "Try it free for 14 days\n"
    "Read the TaskForge customer stories\n"
)
TAIL = (
    "12) Stakeholders and Collaboration Map\n"
    "Internal stakeholders\n- Data Scientists\n- Primary platform users.\n"
    "20) Final Role Scorecard Summary\n| Item | Summary |\n|---|---|\n| Role title | Test Role |\n"
    "| Main goals | Ship models |\n"
)
PROMO = (
    "Level Up Your Career\n"
    "Become a Certified Platform Professional with BestOps Academy\n"
    "Hands-on labs & live mentors. Enroll today and get 20% off the program.\n"
    "View All Courses\n"
)


def _fields(page: str) -> dict:
    return extract(page.encode(), name="x.txt")[0].document["fields"]


def _topology(fields: dict) -> list[str]:
    envs = {e["key"]: e for e in fields["tech_stack"]["environments"]}
    return [i["text"] for i in envs["team_topology"]["items"]]


def test_an_ads_headline_and_product_line_go_with_its_call_to_action() -> None:
    fields = _fields(HEAD + AD + TAIL)
    assert _topology(fields) == [TOPOLOGY]
    assert "TaskForge" not in json.dumps(fields) and "Sprints?" not in json.dumps(fields)


def test_a_line_between_an_ads_lines_goes() -> None:
    # The product line sits inside the ad, not at its edge: it goes without naming the product.
    ad = (
        "Looking for a Better Way to Run Sprints?\nOne place for boards, roadmaps & reports.\nTry it free for 14 days\n"
    )
    assert _topology(_fields(HEAD + ad + TAIL)) == [TOPOLOGY]


def test_the_sites_promotion_after_the_last_table_goes_whole() -> None:
    fields = _fields(HEAD + TAIL + PROMO + "Subscribe\nNotify of\n")
    assert fields["scorecard"]["notes"] == []
    assert "BestOps" not in json.dumps(fields) and "Level Up" not in json.dumps(fields)


def test_an_article_line_at_the_edge_of_an_ad_stays() -> None:
    edge = "Tool choices depend on the company's delivery platform and team roadmap."
    assert _topology(_fields(HEAD + edge + "\n" + AD + TAIL)) == [TOPOLOGY, edge]


def test_a_title_case_heading_closing_the_ads_run_ahead_of_prose_stays() -> None:
    prose = (
        "The platform team publishes its roadmap, boards and reports every sprint so that model teams can plan "
        "their releases, production changes and experiments with confidence, and so that every reviewer can "
        "trace which model version runs where."
    )
    fields = _fields(HEAD + AD + "Platform Team Practices\n" + prose + "\n" + TAIL)
    assert _topology(fields) == [TOPOLOGY, "Platform Team Practices", prose]
