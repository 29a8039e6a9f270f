"""`agentlib bench documents`: document QA cost, fork-per-question vs re-prefill-per-question.

On the scaled engine config (random weights: speed does not depend on them), a document of
`doc_tokens` random token ids is prefilled once; each of `questions` questions then runs on a clone
of that state (question prefill + a few greedy decode steps). The baseline re-prefills document +
question for every question. Re-prefilling a 32K document ten times is slow on a CPU, so the
baseline is timed on `baseline_questions` questions and reported per question; both totals are
per-question medians times the question count (every question costs the same by construction).
Two per-question figures: to the first answer token (what the fork saves: the question's own
tokens vs document + question), and with `answer_tokens` greedy decode steps included (decode costs
the same on both sides, so it dilutes the ratio).
Memory: the document state's bytes, one fork's bytes, and the process's peak RSS (CUDA: peak
allocated). torch is imported here, lazily.
Left out: tokenization and chat templating (engine benches cover them).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from typing import Any

FULL = {"doc_tokens": 32768, "questions": 10, "question_tokens": 32, "answer_tokens": 8, "baseline_questions": 2}
QUICK = {"doc_tokens": 1024, "questions": 3, "question_tokens": 16, "answer_tokens": 2, "baseline_questions": 1}


def run(args: argparse.Namespace) -> dict[str, Any]:
    import torch

    from agentlib.engine.config import scaled_config
    from agentlib.engine.model import SambaY

    sizes = QUICK if args.quick else FULL
    device = torch.device(args.device)
    torch.manual_seed(0)
    config = scaled_config(**({"hidden_size": 128, "intermediate_size": 256, "num_hidden_layers": 4,
                                "num_attention_heads": 4, "num_key_value_heads": 2, "sliding_window": 128}
                               if args.quick else {}))
    model = SambaY(config).to(device).eval()
    model.init_random(0)
    generator = torch.Generator().manual_seed(1)
    document = torch.randint(0, config.vocab_size, (1, sizes["doc_tokens"]), generator=generator).to(device)
    questions = [torch.randint(0, config.vocab_size, (1, sizes["question_tokens"]), generator=generator).to(device)
                 for _ in range(sizes["questions"])]

    def sync() -> None:
        if device.type == "cuda":
            torch.cuda.synchronize()

    def prefill(ids: torch.Tensor, state: Any) -> torch.Tensor:
        return model.forward(ids, state, logits_at="last").logits  # time chunks: engine/chunking.py

    def answer(state: Any, question: torch.Tensor, started: float) -> tuple[float, float]:
        """Prefill the question, decode the answer; (seconds to first token, seconds in all) since `started`."""
        logits = prefill(question, state)
        sync()
        first = time.perf_counter() - started
        for _ in range(sizes["answer_tokens"]):
            logits = model.forward(logits[:, -1].argmax(-1, keepdim=True), state, logits_at="last").logits
        sync()
        return first, time.perf_counter() - started

    with torch.inference_mode():
        # warm-up: first-call allocations and kernel choice
        answer(model.new_state(), questions[0][:, :4], time.perf_counter())
        sync()
        started = time.perf_counter()
        document_state = model.new_state()
        prefill(document, document_state)
        sync()
        prefill_s = time.perf_counter() - started

        fork_times = []
        for _ in range(max(1, args.repeats)):
            for question in questions:
                sync()
                started = time.perf_counter()
                fork_times.append(answer(document_state.clone(), question, started))

        baseline_times = []
        for question in questions[: sizes["baseline_questions"]]:
            sync()
            started = time.perf_counter()
            state = model.new_state()
            prefill(document, state)
            baseline_times.append(answer(state, question, started))

    fork_first = statistics.median(t for t, _ in fork_times)
    baseline_first = statistics.median(t for t, _ in baseline_times)
    fork_per_q = statistics.median(t for _, t in fork_times)
    baseline_per_q = statistics.median(t for _, t in baseline_times)
    n = sizes["questions"]
    result = {
        "bench": "documents", "device": str(device), "threads": args.threads, "quick": bool(args.quick),
        "config": {"hidden_size": config.hidden_size, "num_hidden_layers": config.num_hidden_layers,
                   "vocab_size": config.vocab_size},
        "doc_tokens": sizes["doc_tokens"], "questions": n, "question_tokens": sizes["question_tokens"],
        "answer_tokens": sizes["answer_tokens"],
        "document_prefill_s": round(prefill_s, 4),
        "fork_first_token_s": round(fork_first, 5),
        "reprefill_first_token_s": round(baseline_first, 4),
        "speedup_first_token": round(baseline_first / fork_first, 1),
        "fork_per_question_s": round(fork_per_q, 5),
        "reprefill_per_question_s": round(baseline_per_q, 4),
        "reprefill_questions_timed": len(baseline_times),
        "fork_total_s": round(prefill_s + n * fork_per_q, 4),
        "reprefill_total_s": round(n * baseline_per_q, 4),
        "speedup_per_question": round(baseline_per_q / fork_per_q, 1),
        "speedup_total": round(n * baseline_per_q / (prefill_s + n * fork_per_q), 2),
        "document_state_bytes": int(document_state.nbytes()),
        "fork_state_bytes": int(document_state.clone().nbytes()),
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }
    if device.type == "cuda":
        result["cuda_peak_allocated_bytes"] = int(torch.cuda.max_memory_allocated())
    return result

