"""OUT/_report.html: parsed with BeautifulSoup, and driven in real headless Chromium.

The browser test speaks the Chrome DevTools protocol over a pipe
(--remote-debugging-pipe: fd 3 in, fd 4 out, NUL-separated JSON), so it
needs nothing but Debian's chromium: no driver, no port, no download. It is
skipped when /usr/bin/chromium is absent, except in CI (CI=true), where it
fails instead: .ci/run installs chromium.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from conftest import OUT, SEED_000, SEED_004
from pipeline.batch import PageResult
from pipeline.cli import main
from pipeline.report_html import SECTION_LABELS, page_view, render_report

CHROMIUM = Path("/usr/bin/chromium")
ODD_NAME = "odd name #1 <x> & 'y'.txt"
STATUS_ORDER = ["failed", "not_a_blueprint", "warning", "ok"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small batch with every status: ok (twice), warning, not a blueprint (twice), failed."""
    raw = tmp_path_factory.mktemp("raw")
    (raw / "nested").mkdir()
    shutil.copy(SEED_000, raw / SEED_000.name)
    shutil.copy(SEED_004, raw / "nested" / ODD_NAME)
    (raw / "truncated.txt").write_bytes(SEED_000.read_bytes()[:30000])  # sections 12-20 missing: a warning
    (raw / "notes.txt").write_text("Shopping list: eggs, milk.\n", encoding="utf-8")
    (raw / "a <b>bold & page.html").write_text("<html><body><p>About us</p></body></html>", encoding="utf-8")
    (raw / "blob.txt").write_bytes(b"\x00\x01binary\x00\xff")
    (raw / "nested" / "logo.png").write_bytes(b"\x89PNG\r\n")  # a type no input form reads: ignored, counted
    (raw / "role.pdf").write_bytes(b"%PDF-1.7")
    folder = tmp_path_factory.mktemp("report") / "out"
    result = CliRunner().invoke(main, [str(raw), str(folder), "--format", "jsonld", "-q"])
    assert result.exit_code == 1, result.stderr  # some pages are not blueprints
    return folder


@pytest.fixture(scope="module")
def report(out: Path) -> dict:
    return json.loads((out / "_report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def soup(out: Path) -> BeautifulSoup:
    return BeautifulSoup((out / "_report.html").read_text(encoding="utf-8"), "lxml")


def _key(page: dict) -> str:
    return f"{page['path']}#{page['part']}" if page["part"] else page["path"]


def test_the_batch_has_every_status(report: dict) -> None:
    statuses = {page["path"]: page["status"] for page in report["pages"]}
    assert statuses == {
        SEED_000.name: "ok",
        f"nested/{ODD_NAME}": "ok",
        "truncated.txt": "warning",
        "notes.txt": "not_a_blueprint",
        "a <b>bold & page.html": "not_a_blueprint",
        "blob.txt": "failed",
    }


def test_one_row_per_page_worst_first(soup: BeautifulSoup, report: dict) -> None:
    rows = soup.select("#pages tbody tr")
    assert len(rows) == len(report["pages"]) == 6
    statuses = [row["data-status"] for row in rows]
    assert statuses == sorted(statuses, key=STATUS_ORDER.index)
    assert statuses[0] == "failed" and statuses[-1] == "ok"
    assert sorted(row.select_one(".path").get_text() for row in rows) == sorted(_key(p) for p in report["pages"])


def test_totals_match_the_json_report(soup: BeautifulSoup, report: dict) -> None:
    summary = report["summary"]
    assert soup.select_one("#total-pages").get_text() == str(summary["pages"])
    for status in STATUS_ORDER:
        assert soup.select_one(f"#total-{status}").get_text() == str(summary[status])
    assert soup.select_one("#total-repairs").get_text() == str(summary["repairs"])
    assert soup.select_one("#total-removed").get_text() == str(summary["removed_blocks"])


def test_files_ignored_for_their_type_are_counted(soup: BeautifulSoup, report: dict) -> None:
    assert report["summary"]["ignored"] == {"files": 2, "by_suffix": {".pdf": 1, ".png": 1}}
    line = " ".join(soup.select_one("#ignored").get_text().split())
    assert line.startswith("2 file(s) under RAW not read") and ".pdf 1, .png 1" in line


def test_each_row_has_a_20_section_heat_strip(soup: BeautifulSoup, report: dict) -> None:
    by_key = {_key(p): p for p in report["pages"]}
    for row in soup.select("#pages tbody tr"):
        page = by_key[row.select_one(".path").get_text()]
        cells = row.select(".strip .c")
        assert [c["data-section"] for c in cells] == list(SECTION_LABELS)
        states = {c["data-section"]: c["class"][1] for c in cells}
        if page["output"] is None:
            assert set(states.values()) == {"none"}
        else:
            assert {s for s, state in states.items() if state == "missing"} == set(page["missing_sections"])
            for cell in cells:
                if cell["class"][1] == "covered":
                    assert cell["style"].startswith("background: hsl(") and "%" in cell["title"]
    warning = next(r for r in soup.select("#pages tbody tr") if r["data-status"] == "warning")
    assert "truncated after section" in warning.get_text()


def test_repairs_noise_and_reasons_are_shown(soup: BeautifulSoup, report: dict) -> None:
    rows = {row.select_one(".path").get_text(): row for row in soup.select("#pages tbody tr")}
    seed = rows[SEED_000.name]
    entry = next(p for p in report["pages"] if p["path"] == SEED_000.name)
    numbers = [td.get_text() for td in seed.select("td.num")]
    assert str(entry["repairs"]["total"]) in numbers and str(entry["removed_blocks"]) in numbers
    assert "not a text file" in rows["blob.txt"].get_text()


def test_links_to_each_json_are_relative_and_resolve(soup: BeautifulSoup, out: Path, report: dict) -> None:
    links = soup.select("#pages tbody a.json")
    assert len(links) == sum(1 for p in report["pages"] if p["output"])
    for link in links:
        href = link["href"]
        assert "://" not in href and not href.startswith("/")
        assert (out / unquote(href)).is_file(), href
    odd = next(link for link in links if "odd" in link["href"])
    assert odd["href"] == "nested/odd%20name%20%231%20%3Cx%3E%20%26%20%27y%27.txt.json"
    for link in soup.select("#pages tbody a.jsonld"):
        assert (out / unquote(link["href"])).is_file()


def test_self_contained(out: Path, soup: BeautifulSoup) -> None:
    assert not soup.select("script[src], img, iframe, object, embed, link[rel=stylesheet]")
    for tag in soup.find_all(True):
        for attribute in ("href", "src", "action"):
            value = tag.get(attribute)
            if value is not None:
                assert "://" not in value and not value.startswith("//"), (tag.name, value)
    style = soup.style.get_text()
    assert "@import" not in style and "url(" not in style
    assert soup.script is not None and soup.style is not None


def test_text_is_escaped(soup: BeautifulSoup) -> None:
    # The page named 'a <b>bold & page.html' stays text: a raw <b> would open an element.
    assert not soup.select("#pages b")
    assert any(row.select_one(".path").get_text() == "a <b>bold & page.html" for row in soup.select("#pages tbody tr"))
    hostile = PageResult(path="x.txt", part=None, status="failed", reasons=["<script>alert(1)</script>"], error="<i>")
    html = render_report([page_view(hostile)])
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<i>" not in html


def test_status_filters_are_there(soup: BeautifulSoup) -> None:
    boxes = soup.select("input.status-filter")
    assert [b["value"] for b in boxes] == STATUS_ORDER and all(b.has_attr("checked") for b in boxes)


def test_render_is_deterministic() -> None:
    views = []
    for path in sorted(OUT.rglob("*.txt.json")):  # the reviewed baseline blueprints
        document = json.loads(path.read_text(encoding="utf-8"))
        output = path.relative_to(OUT).as_posix()
        page = PageResult(
            path=document["source"]["path"],
            part=None,
            status="ok",
            reasons=[],
            output=output,
            coverage=document["quality"]["coverage"],
            title=document["role"]["title"],
            section_coverage=document["quality"]["sections"],
        )
        views.append(page_view(page, jsonld=True))
    assert views
    first = render_report(views, outputs=["kpis.csv"])
    assert first == render_report(list(reversed(views)), outputs=["kpis.csv"])
    assert 'href="kpis.csv"' in first


def test_page_view_without_a_blueprint() -> None:
    page = SimpleNamespace(
        path="a.txt",
        part=None,
        status="failed",
        reasons=["x"],
        error="binary",
        output=None,
        sections_found=[],
        repairs={},
        removed_blocks=0,
        coverage=None,
    )
    view = page_view(page)
    assert [c.state for c in view.strip] == ["none"] * 20 and view.href is None


# --- the real browser -----------------------------------------------------------------------------

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]


def _chromium() -> Path:
    if CHROMIUM.is_file():
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {CHROMIUM} is missing: .ci/run must install Debian's chromium")
    pytest.skip(f"headless Chromium is not installed ({CHROMIUM}); apt-get install chromium to run this test")


class DevTools:
    """A minimal Chrome DevTools protocol client over --remote-debugging-pipe."""

    def __init__(self, binary: Path, profile: Path, log: Path) -> None:
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def on_fds_3_and_4() -> None:  # runs in the child, before exec
            read_end = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        with log.open("wb") as stderr:
            self.process = subprocess.Popen(  # noqa: S603 - a fixed binary and fixed flags
                [str(binary), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                pass_fds=(3, 4),
                preexec_fn=on_fds_3_and_4,  # noqa: PLW1509
            )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict] = []

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_browser], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise ConnectionError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 20) -> dict:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self.to_browser, data) :]
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 20) -> dict:
        deadline = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        while True:
            event = self._read_message(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing anyway
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        os.close(self.to_browser)
        os.close(self.from_browser)


def _console_errors(events: list[dict]) -> list[str]:
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(json.dumps(params.get("exceptionDetails", {}))[:300])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(json.dumps(params.get("args", []))[:300])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            errors.append(params["entry"].get("text", "")[:300])
    return errors


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_report_in_headless_chromium(out: Path, report: dict, tmp_path: Path) -> None:
    binary = _chromium()
    browser = DevTools(binary, tmp_path / "profile", tmp_path / "chromium.log")
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            browser.send(f"{domain}.enable", session=session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        browser.send("Page.navigate", {"url": (out / "_report.html").as_uri()}, session=session)
        browser.wait_for("Page.loadEventFired")

        def evaluate(expression: str) -> Any:
            result = browser.send(
                "Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session
            )
            assert "exceptionDetails" not in result, result["exceptionDetails"]
            return result["result"].get("value")

        visible = (
            "Array.from(document.querySelectorAll('#pages tbody tr'))"
            ".filter(r => r.getClientRects().length > 0).map(r => r.dataset.status)"
        )

        def click(selector: str) -> None:
            box = evaluate(
                f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
            )
            for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
                browser.send(
                    "Input.dispatchMouseEvent",
                    {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1},
                    session=session,
                )

        statuses = [page["status"] for page in report["pages"]]
        assert evaluate("document.querySelectorAll('#pages tbody tr').length") == len(statuses) == 6
        assert sorted(evaluate(visible)) == sorted(statuses)
        assert evaluate("document.getElementById('shown').textContent") == "6 of 6 page(s) shown"

        screenshot = tmp_path / "report.png"
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        print(f"\nscreenshot of the report: {screenshot}")

        click("input.status-filter[value=ok]")  # a real mouse click on the 'ok' checkbox
        assert evaluate("document.querySelector('input.status-filter[value=ok]').checked") is False
        assert sorted(evaluate(visible)) == sorted(s for s in statuses if s != "ok")
        assert evaluate("document.getElementById('shown').textContent") == "4 of 6 page(s) shown"
        click("input.status-filter[value=ok]")
        assert sorted(evaluate(visible)) == sorted(statuses)

        for status in ("failed", "not_a_blueprint", "warning"):
            click(f"input.status-filter[value={status}]")
        assert evaluate(visible) == ["ok", "ok"]
        click("input.status-filter[value=ok]")
        assert evaluate(visible) == [] and evaluate("document.getElementById('empty').hidden") is False
        click("#show-problems")
        assert evaluate(visible) == ["failed", "not_a_blueprint", "not_a_blueprint", "warning"]
        filtered = tmp_path / "report-problems-only.png"
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
        filtered.write_bytes(base64.b64decode(shot["data"]))
        print(f"screenshot with the 'problems only' filter: {filtered}")
        click("#show-all")
        assert len(evaluate(visible)) == 6

        evaluate(
            "(() => { const s = document.getElementById('search'); s.value = 'ODD name';"
            " s.dispatchEvent(new Event('input')); })()"
        )
        assert evaluate(visible) == ["ok"]

        assert _console_errors(browser.events) == []
    finally:
        browser.close()
    data = screenshot.read_bytes()
    assert _png_size(data) == (1400, 1000)
    assert len(data) > 20_000  # a page with text and colour, not a blank image
