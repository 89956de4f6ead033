"""OUT/_report.html: the batch report a person reads at a glance.

One self-contained page (CSS and script inline, no external asset, works
offline), rendered with Jinja2 with autoescaping on: totals by status, then
one row per page, worst first, with a 20-column heat strip of section
coverage, repairs, removed noise, warnings and a relative link to the page's
JSON. Status checkboxes and a search box filter the rows.

The page carries no timestamp or timing, so the same batch gives the same
bytes (the timings are in _report.json).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from . import __version__
from .export.jsonld import jsonld_name
from .models import SectionId
from .writer import write_atomic

__all__ = [
    "REPORT_HTML_NAME",
    "SECTION_LABELS",
    "HtmlReportSink",
    "PageView",
    "page_view",
    "render_report",
]

REPORT_HTML_NAME = "_report.html"

#: the 20 canonical sections in page order, with the label shown in the heat strip
SECTION_LABELS: dict[str, str] = {
    SectionId.ROLE_SUMMARY.value: "Role summary",
    SectionId.ROLE_MISSION.value: "Role mission",
    SectionId.RESPONSIBILITIES.value: "Responsibilities",
    SectionId.DAY_TO_DAY.value: "Day-to-day activities",
    SectionId.DELIVERABLES.value: "Deliverables",
    SectionId.GOALS.value: "Goals and milestones",
    SectionId.KPIS.value: "KPIs",
    SectionId.TECHNICAL_SKILLS.value: "Technical skills",
    SectionId.SOFT_SKILLS.value: "Soft skills",
    SectionId.TOOLS.value: "Tools",
    SectionId.TECH_STACK.value: "Tech stack",
    SectionId.STAKEHOLDERS.value: "Stakeholders",
    SectionId.DECISION_RIGHTS.value: "Decision rights",
    SectionId.EXPERIENCE.value: "Experience and qualifications",
    SectionId.CAREER_PATH.value: "Career path",
    SectionId.RISKS.value: "Risks and challenges",
    SectionId.ROLE_VARIANTS.value: "Role variants",
    SectionId.AI_IMPACT.value: "AI impact",
    SectionId.HIRING.value: "Hiring and interviews",
    SectionId.SCORECARD.value: "Scorecard",
}

STATUSES = ("failed", "not_a_blueprint", "warning", "ok")  # worst first
STATUS_LABELS = {"failed": "failed", "not_a_blueprint": "not a blueprint", "warning": "warning", "ok": "ok"}


@dataclass
class StripCell:
    """One section of a page's heat strip."""

    section: str
    label: str
    coverage: float | None  # None: missing, or no blueprint
    state: str  # covered, found (coverage unknown), missing, none (no blueprint)

    @property
    def title(self) -> str:
        if self.state == "covered":
            return f"{self.label}: {self.coverage:.0%} in typed fields"
        return {"found": f"{self.label}: found", "missing": f"{self.label}: missing"}.get(
            self.state, f"{self.label}: no blueprint"
        )

    @property
    def color(self) -> str | None:
        """Red (0%) through amber to green (100%), for covered sections."""
        if self.state != "covered" or self.coverage is None:
            return None
        return f"hsl({round(120 * self.coverage)}, 65%, 42%)"


@dataclass
class PageView:
    """What the report shows of one page."""

    path: str
    part: str | None
    status: str
    reasons: list[str]
    error: str | None
    output: str | None
    href: str | None
    jsonld_href: str | None
    title: str | None
    coverage: float | None
    repairs: int
    repairs_by_kind: dict[str, int]
    removed_blocks: int
    unparsed_items: int | None
    strip: list[StripCell] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.path}#{self.part}" if self.part else self.path

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def repairs_title(self) -> str:
        return "\n".join(f"{kind}: {count}" for kind, count in sorted(self.repairs_by_kind.items()))

    @property
    def sort_key(self) -> tuple:
        rank = STATUSES.index(self.status) if self.status in STATUSES else -1
        return (rank, -1.0 if self.coverage is None else self.coverage, self.path, self.part or "")


def page_view(page: Any, jsonld: bool = False) -> PageView:
    """A page's row of the report, from its batch result (which carries its per-section coverage)."""
    coverage_by_section = getattr(page, "section_coverage", None) or {}
    found = set(page.sections_found or [])
    strip = []
    for section_id, label in SECTION_LABELS.items():
        if section_id in coverage_by_section:
            strip.append(StripCell(section_id, label, coverage_by_section[section_id], "covered"))
        elif section_id in found:
            strip.append(StripCell(section_id, label, None, "found"))
        elif page.output:
            strip.append(StripCell(section_id, label, None, "missing"))
        else:
            strip.append(StripCell(section_id, label, None, "none"))
    output = page.output
    jsonld_href = None
    if output and jsonld:
        jsonld_href = quote(jsonld_name(output))
    return PageView(
        path=page.path,
        part=page.part,
        status=page.status,
        reasons=list(page.reasons or []),
        error=page.error,
        output=output,
        href=quote(output) if output else None,
        jsonld_href=jsonld_href,
        title=getattr(page, "title", None),
        coverage=page.coverage,
        repairs=sum((page.repairs or {}).values()),
        repairs_by_kind=dict(page.repairs or {}),
        removed_blocks=page.removed_blocks,
        unparsed_items=getattr(page, "unparsed_items", None),
        strip=strip,
    )


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["percent"] = lambda value: "–" if value is None else f"{value:.1%}"
    return env


def render_report(
    views: list[PageView],
    *,
    interrupted: bool = False,
    removed_inputs: list[str] | None = None,
    outputs: list[str] | None = None,
    ignored: dict[str, int] | None = None,
) -> str:
    """The report page for a batch's page views (sorted here, worst first)."""
    pages = sorted(views, key=lambda v: v.sort_key)
    counts = {status: sum(v.status == status for v in pages) for status in STATUSES}
    coverages = [v.coverage for v in pages if v.coverage is not None]
    totals = {
        "pages": len(pages),
        **counts,
        "repairs": sum(v.repairs for v in pages),
        "removed_blocks": sum(v.removed_blocks for v in pages),
        "mean_coverage": sum(coverages) / len(coverages) if coverages else None,
    }
    template = _environment().get_template("report.html.j2")
    return template.render(
        pages=pages,
        totals=totals,
        statuses=[(status, STATUS_LABELS[status]) for status in STATUSES],
        sections=list(SECTION_LABELS.items()),
        interrupted=interrupted,
        removed_inputs=removed_inputs or [],
        ignored=ignored or {},
        outputs=[(name, quote(name)) for name in outputs or []],
        version=__version__,
    )


class HtmlReportSink:
    """Collects every page's row and writes OUT/_report.html when the batch ends."""

    def __init__(self, out: Path, *, jsonld: bool = False, outputs: list[str] | None = None) -> None:
        self.out = out
        self.jsonld = jsonld
        self.outputs = outputs or []
        self.views: list[PageView] = []

    needs_documents = False  # the page results carry everything the report shows

    def add(self, page: Any, document: bytes | None) -> None:
        self.views.append(page_view(page, jsonld=self.jsonld))

    def close(self, report: Any) -> None:
        html = render_report(
            self.views,
            interrupted=getattr(report, "interrupted", False),
            removed_inputs=list(getattr(report, "removed_inputs", []) or []),
            outputs=self.outputs,
            ignored=dict(getattr(report, "ignored", {}) or {}),
        )
        write_atomic(self.out / REPORT_HTML_NAME, html.encode("utf-8"))
