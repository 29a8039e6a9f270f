"""The HTTP service embedded in a program: start it on a free loopback port, then talk to it as any client would.

Run: `python examples/http_service.py [--backend SPEC]` (default: a scripted model that echoes, so it runs
anywhere; `--backend sambay:DIR` uses the engine and reuses each conversation's state between requests).
Prints a chat reply through the official `openai` client, a puzzle's verified answer from `POST /solve`
(asked twice: the second answer comes from the result cache), a checked trace with the address of its run
page, and the service's statistics.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import httpx
import openai

from agentlib import ScriptedModel
from agentlib.backends import load_backend
from agentlib.server import ServerConfig, create_app
from agentlib.server.background import running

PUZZLE = (
    "A very special island is inhabited only by knights and knaves. Knights always tell the truth, and knaves "
    'always lie. You meet 2 inhabitants: Zoey, and Oliver. Zoey remarked, "Oliver is not a knight". Oliver '
    'stated, "Oliver is a knight if and only if Zoey is a knave". So who is a knight and who is a knave?'
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default=None, help="a backend spec (default: a scripted echo model)")
    args = parser.parse_args()
    model = (
        load_backend(args.backend)
        if args.backend
        else ScriptedModel(lambda messages, _: f"You said: {messages[-1].content}")
    )
    with tempfile.TemporaryDirectory() as state:
        app = create_app(model, config=ServerConfig(state_dir=Path(state)))
        with running(app) as url:
            chat = openai.OpenAI(base_url=f"{url}/v1", api_key="local").chat.completions.create(
                model="any", messages=[{"role": "user", "content": "Hello, service."}], max_tokens=32
            )
            print(
                "chat:",
                chat.choices[0].message.content,
                f"(cached prompt tokens: {chat.usage.prompt_tokens_details.cached_tokens})",
            )
            for _ in range(2):
                verdict = httpx.post(f"{url}/solve", json={"problem": PUZZLE}, timeout=60).json()
                print("solve:", verdict["answer"], verdict["status"], "(from the cache)" if verdict["cached"] else "")
            report = httpx.post(
                f"{url}/check-trace",
                timeout=60,
                json={
                    "problem": "Tom has 3 apples and buys 4 more. How many does he have?",
                    "trace": ["Tom has 3 apples.", "He buys 4, so 3 + 4 = 8.", "The answer is 8."],
                },
            ).json()
            print("check-trace:", report["explanation"], f"(run page: {url}/runs/{report['run_id']})")
            total = httpx.get(f"{url}/stats").json()["total"]
            print("stats:", {k: total[k] for k in ("requests", "errors", "cache_hits", "tokens_in", "tokens_out")})


if __name__ == "__main__":
    main()
