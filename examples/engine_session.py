"""A multi-turn session on the in-process SambaY engine: extend, fork, rewind, save and load.

Runs anywhere in seconds: it writes a tiny random checkpoint and a 512-id tokenizer to a temporary folder
(random weights, so the replies are gibberish; what matters is which tokens get prefilled and that every
path gives the same text as a fresh run).

    python examples/engine_session.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from agentlib.engine.generation import GenerationConfig, generate
from agentlib.engine.model import SambaY
from agentlib.engine.sampling import SamplingParams
from agentlib.engine.session import Session
from agentlib.engine.testing import save_random_checkpoint
from agentlib.engine.tokenizer import Tokenizer
from agentlib.engine.tokenizer_build import build_small


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = save_random_checkpoint(Path(tmp) / "tiny-sambay", seed=0)
        build_small(folder)
        model, tokenizer = SambaY.from_pretrained(folder), Tokenizer.from_dir(folder)
        config = GenerationConfig(max_new_tokens=12, sampling=SamplingParams(temperature=0.8), seed=1)

        session = Session(model, tokenizer)
        session.add("system", "You are a terse assistant.")
        session.add("user", "Here is a document: the sky is blue and grass is green.")
        session.add("assistant", "Read it.")
        print(f"prefill: fed {session.prefill()} tokens for {session.turns} messages")

        session.add("user", "What colour is the sky?")
        before = session.prefilled_tokens
        first = session.generate(config)
        print(f"turn 4: fed only {session.prefilled_tokens - before} new tokens, reply {first.text!r}")
        fresh = generate(model, tokenizer, tokenizer.encode_chat(session.messages[:-1]), config)
        print(f"  equals a from-scratch run of the whole prompt: {fresh.text == first.text}")

        branch = session.fork()
        branch.add("user", "And the grass?")
        print(f"fork: branch reply {branch.generate(config).text!r} (the original still has {session.turns} messages)")

        session.add("user", "Say it again.")
        session.generate(config)
        session.rewind(4)
        again = session.generate(config)
        print(f"rewind to turn 4 (before the reply) and regenerate: same reply as before: {again.text == first.text}")

        path = session.save(Path(tmp) / "session.safetensors")
        loaded = Session.load(path, model, tokenizer)
        for s in (session, loaded):
            s.add("user", "One more question?")
        same = loaded.generate(config).text == session.generate(config).text
        print(f"save -> load ({path.stat().st_size} bytes): next reply identical: {same}")


if __name__ == "__main__":
    main()
