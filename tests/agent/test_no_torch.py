"""The agent side must not import torch: every agent-side module is imported in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

AGENT_SIDE = [
    "agentlib",
    "agentlib.llm",
    "agentlib.agent",
    "agentlib.agent.steps",
    "agentlib.agent.tools",
    "agentlib.agent.protocol",
    "agentlib.agent.loop",
    "agentlib.agent.planner",
    "agentlib.agent.budget",
    "agentlib.agent.skills",
    "agentlib.agent.tracefile",
    "agentlib.agent.thinking",
    "agentlib.backends",
    "agentlib.backends.openai_http",
    "agentlib.backends.replay",
    "agentlib.backends.transformers_backend",
]


def test_agent_side_imports_no_torch():
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in AGENT_SIDE)
    code += "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
