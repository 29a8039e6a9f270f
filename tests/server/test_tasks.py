"""Task endpoints: the same results as the CLI commands, cached by normalized input, batches in order, and the
endpoints whose library functions another part of agentlib provides (501 until they exist)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from puzzles_gen import puzzle
from server_live import ROOT

import agentlib
from agentlib.server import ServerConfig, create_app

TRACE = {
    "problem": "Tom has 3 apples and buys 4 more. How many apples does he have?",
    "steps": ["Tom has 3 apples.", "He buys 4 more, so 3 + 4 = 8.", "The answer is 8."],
}
DOCUMENT = (
    "Revenue grew by 12 percent in 2023 to 4.5 million dollars. The company hired 40 people. "
    "Costs fell by 3 percent. The board expects growth to continue in 2024."
)


def cli_json(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "agentlib.cli", *args, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    return json.loads(done.stdout)


@pytest.fixture
def api(config):
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1") as client:
        yield client


def without(data: dict, *keys: str) -> dict:
    return {k: v for k, v in data.items() if k not in keys}


def test_endpoints_give_the_cli_results(api, tmp_path):
    text = puzzle(3, 4)
    assert without(api.post("/solve", json={"problem": text}).json(), "cached") == cli_json("solve", text)
    trace_file = tmp_path / "trace.json"
    trace_file.write_text(json.dumps(TRACE))
    checked = api.post("/check-trace", json=TRACE).json()
    assert without(checked, "cached", "run_id") == cli_json("check-trace", str(trace_file))
    assert checked["first_error_step"] == 2 and checked["explanation"].startswith("Step 2")  # printed numbers
    document = tmp_path / "report.txt"
    document.write_text(DOCUMENT)
    summary = api.post("/summarize", json={"text": DOCUMENT, "words": 30}).json()
    expected = cli_json("summarize", str(document), "--words", "30", "--no-cache")
    assert without(summary, "cached", "source", "status") == without(expected, "source")
    assert summary["status"] in ("supported", "flagged") and summary["sentences"]


def test_answers_are_cached_by_normalized_input(api):
    text = puzzle(7, 5)
    first = api.post("/solve", json={"problem": text}).json()
    respelled = "\r\n  " + text.replace(" ", "  \t", 3) + "  \r\n"  # CRLF, runs of spaces and tabs, blank edges
    spaced = api.post("/solve", json={"problem": respelled}).json()
    assert first["cached"] is False and spaced["cached"] is True
    assert without(first, "cached") == without(spaced, "cached")
    other_options = api.post("/solve", json={"problem": text, "votes": 5}).json()
    assert other_options["cached"] is False  # options are part of the key
    stats = api.get("/stats").json()["endpoints"]["/solve"]
    assert (stats["cache_hits"], stats["cache_misses"]) == (1, 2)


def test_batch_answers_in_order_and_caches_each_item(api):
    problems = [puzzle(seed, 3 + seed % 3) for seed in range(6)]
    first = api.post("/batch-solve", json={"problems": problems[:3]}).json()
    assert [a["index"] for a in first["answers"]] == [0, 1, 2] and first["computed"] == 3
    second = api.post("/batch-solve", json={"problems": problems}).json()
    assert [a["cached"] for a in second["answers"]] == [True] * 3 + [False] * 3
    for index, answer in enumerate(second["answers"]):
        direct = agentlib.solve(problems[index]).to_dict()
        assert answer["kind"] == "puzzle" and answer["status"] == direct["status"]
        assert answer["answer"] == json.loads(json.dumps(direct["answer"]))


def test_batch_reports_a_bad_item_in_place(api):
    answers = api.post(
        "/batch-solve", json={"problems": [puzzle(1), {"problem": "2 + 2", "kind": "math"}, puzzle(2)]}
    ).json()["answers"]
    assert [a["index"] for a in answers] == [0, 1, 2]
    assert answers[0]["status"] != "error" and answers[2]["status"] != "error"
    if not hasattr(agentlib, "solve_math"):
        assert answers[1]["status"] == "error" and answers[1]["error"]["type"] == "not_implemented_error"


def test_check_trace_takes_steps_or_one_text(api):
    as_text = api.post("/check-trace", json={"problem": TRACE["problem"], "trace": "\n\n".join(TRACE["steps"])}).json()
    as_steps = api.post("/check-trace", json=TRACE).json()
    assert without(as_text, "run_id", "cached") == without(as_steps, "run_id", "cached")
    missing = api.post("/check-trace", json={"problem": "x"})
    assert missing.status_code == 400 and "trace" in missing.json()["error"]["message"]


def test_check_trace_run_page_is_served(api):
    run_id = api.post("/check-trace", json=TRACE).json()["run_id"]
    page = api.get(f"/runs/{run_id}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"].startswith("default-src 'none'") and "<script" not in page.text
    assert 'id="step-2"' in page.text and "first wrong step" in page.text
    assert api.get("/runs/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert api.get("/runs/no-such-run").json()["error"]["type"] == "not_found_error"


# -- endpoints over functions that other parts of agentlib provide ----------------------------------------------
def test_missing_library_functions_answer_501(api):
    for path, body, name in (
        ("/solve-math", {"problem": "x^2 - 5x + 6 = 0"}, "solve_math"),
        ("/logical-reasoning", {"question": "Is Socrates mortal?"}, "analyze"),
    ):
        if hasattr(agentlib, name):
            continue
        answer = api.post(path, json=body)
        assert answer.status_code == 501
        assert (
            answer.json()["error"]["code"] == "not_available"
            and f"agentlib.{name}" in answer.json()["error"]["message"]
        )


@pytest.mark.skipif(not hasattr(agentlib, "solve_math"), reason="agentlib.solve_math is not on this branch yet")
def test_solve_math_gives_the_library_result(api):
    body = api.post("/solve-math", json={"problem": "Solve x^2 - 5x + 6 = 0", "level": "beginner"}).json()
    expected = agentlib.solve_math("Solve x^2 - 5x + 6 = 0", level="beginner").to_dict()
    assert without(body, "cached") == json.loads(json.dumps(expected, default=str))
    assert body["status"] == "verified"


@pytest.mark.skipif(not hasattr(agentlib, "analyze"), reason="agentlib.analyze is not on this branch yet")
def test_logical_reasoning_routes_arguments_questions_and_puzzles(api):
    question = api.post(
        "/logical-reasoning",
        json={"context": "If it rains, the ground is wet. It rains.", "question": "Is the ground wet?"},
    ).json()
    assert (question["kind"], question["status"], question["answer"]) == ("question", "verified", "yes")
    text = "If it rains, the ground is wet. The ground is wet. Therefore, it rained."
    argument = api.post("/logical-reasoning", json={"question": text}).json()
    expected = json.loads(json.dumps(agentlib.analyze(text).to_dict(), default=str))
    assert argument["kind"] == "argument" and argument["answer"] == expected["answer"] == "invalid"
    text = puzzle(4, 3)
    solved = api.post("/logical-reasoning", json={"question": text}).json()
    assert solved["kind"] == "puzzle" and solved["status"] == agentlib.solve(text).status == "verified"


def test_task_deadline_answers_an_abstention(config, tmp_path):
    import time

    from agentlib.server import tasks

    slow_config = ServerConfig(state_dir=tmp_path / "slow", deadline_s=0.2)
    original = tasks.solve

    def slow(request, backend, deadline_s=None):
        time.sleep(0.6)
        return original(request, backend, deadline_s)

    tasks.solve = slow
    try:
        with TestClient(create_app(None, config=slow_config), base_url="http://127.0.0.1") as client:
            answer = client.post("/solve", json={"problem": puzzle(1)})
    finally:
        tasks.solve = original
    assert answer.status_code == 200
    assert answer.json()["status"] == "abstained" and answer.json()["failure"] == "deadline"


def test_batch_answers_by_its_deadline_even_when_an_item_runs_long(tmp_path, monkeypatch):
    """Regression: a batch item stuck in uninterruptible work (a long prefill) held the answer past the deadline."""
    import time

    from agentlib.server import routing

    original = routing.route

    def route(item, backend, deadline_s):
        if "slow" in item.problem:
            time.sleep(2.0)
        return original(item, backend, deadline_s)

    monkeypatch.setattr(routing, "route", route)
    config = ServerConfig(state_dir=tmp_path, deadline_s=0.5)
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1") as api:
        started = time.monotonic()
        body = api.post("/batch-solve", json={"problems": [puzzle(31), "slow", puzzle(32)]}).json()
        elapsed = time.monotonic() - started
    assert elapsed < 1.5
    assert [a["index"] for a in body["answers"]] == [0, 1, 2]
    assert body["answers"][0]["status"] != "abstained" or body["answers"][0].get("failure") != "deadline"
    assert [a.get("failure") for a in body["answers"][1:]] == ["deadline", "deadline"]


@pytest.mark.skipif(not hasattr(agentlib, "analyze"), reason="agentlib.analyze is not on this branch yet")
@pytest.mark.parametrize(
    "body",
    [
        {"question": " "},
        {"question": "\n\t", "context": "  "},
    ],
)
def test_logical_reasoning_answers_a_blank_question_with_a_400(api, body):
    # Bug: a blank question (the schema's min_length counts a space) made the puzzle reader build a SolveRequest
    # with an empty problem: pydantic's ValidationError escaped the route as a 500 "internal server error".
    answer = api.post("/logical-reasoning", json=body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["type"] == "invalid_request_error"


def test_summarize_errors_name_the_request_not_a_server_path(api):
    # Regression: a blank or binary /summarize text answered "/tmp/agentlib-summarize-.../document.txt has no text".
    for text in ("   \n  ", "<p> </p>", "a\x00b" * 50):
        fmt = "html" if text.startswith("<") else "text"
        response = api.post("/summarize", json={"text": text, "format": fmt})
        assert response.status_code == 400
        message = response.json()["error"]["message"]
        assert "<request>" in message and "/tmp" not in message and "agentlib-summarize" not in message
