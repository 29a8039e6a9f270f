"""The run page: an agent trace or a check-trace report as one self-contained HTML page, checked in a real
headless Chromium (no console errors, the steps visible, the first wrong step highlighted, a screenshot)."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest
from server_live import ROOT, serve

from agentlib import Agent, ScriptedModel
from agentlib.checking.checker import check_trace
from agentlib.errors import InputError
from agentlib.report import load_run, render_html, view_of_report
from agentlib.server import create_app

TRACE_PROBLEM = "Tom has 3 apples and buys 4 more. How many apples does he have?"
TRACE_STEPS = ["Tom has 3 apples.", "He buys 4 more, so 3 + 4 = 8.", "The answer is 8."]


def add(a: int, b: int) -> dict:
    """Add two integers exactly.

    Args:
        a: the first addend.
        b: the second addend.
    """
    return {"value": a + b, "certifies": True}


def divide(a: float, b: float) -> float:
    """Divide a by b.

    Args:
        a: the dividend.
        b: the divisor.
    """
    return a / b


def agent_trace(path, hostile: str = "") -> None:
    """A run with a failed call, a good call, and a verified answer citing the good one."""

    def script(messages, options):
        if "JSON only" in messages[0].content:
            return json.dumps({"steps": ["add the numbers" + hostile, "answer"]})
        observations = [m for m in messages if m.role == "user" and m.content.startswith("Observation")]
        if not observations:
            return '<tool_call>{"name": "divide", "arguments": {"a": 1, "b": 0}}</tool_call>'
        if len(observations) == 1:
            return '<tool_call>{"name": "add", "arguments": {"a": 2, "b": 3}}</tool_call>'
        return '<answer cite="o7">5</answer>'

    Agent(ScriptedModel(script), [add, divide], skills=False, trace_path=path).run("What is 2 + 3?" + hostile)


def test_agent_view_pairs_calls_with_observations(tmp_path):
    path = tmp_path / "run.jsonl"
    agent_trace(path)
    view = load_run(path)
    kinds = [s.kind for s in view.steps]
    assert kinds[0] == "plan" and kinds.count("tool") >= 1 and kinds[-1] == "answer"
    tools = [s for s in view.steps if s.kind == "tool"]
    assert tools[-1].status == "certifies" and '"value": 5' in tools[-1].observation
    answer = view.steps[-1]
    assert view.outcome_status == "verified" and answer.certificate == (tools[-1].number,)
    assert [s.number for s in view.steps] == list(range(1, len(view.steps) + 1))
    assert tools[0].status == "failed" and "ZeroDivisionError" in tools[0].observation
    assert view.first_wrong == tools[0].number and [s.number for s in view.steps if s.wrong] == [tools[0].number]
    assert all(s.duration_s is not None and s.duration_s >= 0 for s in view.steps)


def test_check_trace_view_marks_the_first_wrong_step():
    report = check_trace(TRACE_PROBLEM, TRACE_STEPS).to_dict()
    view = view_of_report({"problem": TRACE_PROBLEM, "report": report})
    assert view.first_wrong == 2 and [s.wrong for s in view.steps] == [False, True, False]
    assert view.steps[1].claims[0].verdict == "refuted" and view.steps[1].claims[0].correct == "3 + 4 = 7"
    assert view.steps[2].note == "depends on an earlier error"
    page = render_html(view)
    assert page.count('<li class="step ') == 3 and 'href="#step-2"' in page and "3 + 4 = 7" in page


def test_page_escapes_everything(tmp_path):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    path = tmp_path / "run.jsonl"
    agent_trace(path, hostile)
    page = render_html(load_run(path))
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page


def test_cli_report(tmp_path):
    report_file = tmp_path / "report.json"
    report_file.write_text(json.dumps(check_trace(TRACE_PROBLEM, TRACE_STEPS).to_dict()))
    out = tmp_path / "page.html"
    done = subprocess.run(
        [sys.executable, "-m", "agentlib.cli", "report", str(report_file), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == str(out)
    assert 'id="step-2"' in out.read_text() and "first wrong step" in out.read_text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    done = subprocess.run(
        [sys.executable, "-m", "agentlib.cli", "report", str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and done.stderr.startswith("error: ") and "not a check-trace report" in done.stderr


def test_load_run_refuses_foreign_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_run(tmp_path / "missing.jsonl")
    junk = tmp_path / "junk.jsonl"
    junk.write_text('{"seq":0,"kind":"something"}\n')
    with pytest.raises(InputError, match="not an agent trace"):
        load_run(junk)


def test_report_does_not_import_the_server():
    code = (
        "import sys, agentlib.report, agentlib.commands.report; "
        "assert not any(m.startswith(('fastapi', 'agentlib.server')) for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def _console_errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def test_run_pages_in_chromium(browser, config, tmp_path):
    """Both run kinds, served by the live server and opened from a file: no console errors, the steps shown."""
    from selenium.webdriver.common.by import By

    runs = config.runs_folder
    runs.mkdir(parents=True)
    agent_trace(runs / "agent-run.jsonl", hostile="<script>console.error('injected')</script>")
    with serve(create_app(None, config=config)) as url:
        run_id = httpx.post(f"{url}/check-trace", json={"problem": TRACE_PROBLEM, "steps": TRACE_STEPS}).json()[
            "run_id"
        ]
        browser.get(f"{url}/runs/{run_id}")
        steps = browser.find_elements(By.CSS_SELECTOR, "li.step")
        assert [s.get_attribute("id") for s in steps] == ["step-1", "step-2", "step-3"]
        wrong = browser.find_elements(By.CSS_SELECTOR, "li.step.wrong")
        assert [w.get_attribute("id") for w in wrong] == ["step-2"] and wrong[0].is_displayed()
        assert "3 + 4 = 7" in wrong[0].text and "first wrong step" in wrong[0].text
        browser.save_screenshot(str(tmp_path / "check-trace-run.png"))
        assert _console_errors(browser) == []

        browser.get(f"{url}/runs/agent-run")
        assert (
            "<script>console.error('injected')</script>"
            in browser.find_element(By.TAG_NAME, "h1").find_element(By.XPATH, "following-sibling::section").text
        )  # shown as text, never run
        kinds = [s.get_attribute("data-kind") for s in browser.find_elements(By.CSS_SELECTOR, "li.step")]
        assert kinds[0] == "plan" and "tool" in kinds and kinds[-1] == "answer"
        assert browser.find_element(By.CSS_SELECTOR, "#outcome .status").text == "verified"
        browser.save_screenshot(str(tmp_path / "agent-run.png"))
        assert _console_errors(browser) == []

    page = tmp_path / "run.html"
    page.write_text(render_html(load_run(runs / "agent-run.jsonl")))
    browser.get(page.as_uri())
    assert len(browser.find_elements(By.CSS_SELECTOR, "li.step")) == len(kinds)
    assert _console_errors(browser) == []
    screenshot = tmp_path / "agent-run-file.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000 and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
