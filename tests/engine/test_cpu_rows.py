"""The C decode kernels against their PyTorch twins (same signatures), the wrappers' argument checks, the routing
in kernels.py and whole decode steps in fp32, bf16 and int8, on one and two threads. Skipped where no C compiler
builds the library (the PyTorch path is what runs there)."""

from __future__ import annotations

import pytest
import torch

from agentlib.engine import cpu_build, cpu_choice, cpu_rows, kernels
from agentlib.engine.model import SambaY
from agentlib.engine.quant import quantize_int8
from agentlib.engine.testing import tiny_config

DTYPES = [torch.float32, torch.bfloat16]


@pytest.fixture(scope="module", autouse=True)
def library():
    lib = cpu_build.library()
    if lib is None:
        pytest.skip(f"C decode kernels unavailable: {cpu_build.loaded().reason}")
    return lib


def _close(got: torch.Tensor, want: torch.Tensor, dtype: torch.dtype) -> None:
    if dtype == torch.bfloat16:  # both round one fp32 sum to bf16; sums in another order may round apart by 1 ulp
        torch.testing.assert_close(got.float(), want.float(), atol=1e-2, rtol=1.6e-2)
    else:
        torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)  # fp32 sums of up to 2560 terms, other order


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("m", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("n,k", [(1, 4), (17, 64), (100, 100), (40, 130), (64, 2560)])
@pytest.mark.parametrize("threads", [1, 2])
def test_linear_equals_its_reference(dtype, m, n, k, threads):
    g = torch.Generator().manual_seed(m * 1000 + k * 10 + n)
    weight = torch.randn(n, k + 3, generator=g)[:, :k].to(dtype)  # row stride != K, as a sliced Wqkv
    x, bias = torch.randn(m, k, generator=g).to(dtype), torch.randn(n, generator=g).to(dtype)
    for b in (None, bias):
        got = cpu_rows.linear(x, weight, b, threads=threads)
        assert got.dtype == dtype and got.shape == (m, n)
        _close(got, cpu_rows.linear_reference(x, weight, b, threads=threads), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("m", [1, 4, 5])
@pytest.mark.parametrize("threads", [1, 2])
def test_int8_linear_equals_its_reference(dtype, m, threads):
    g = torch.Generator().manual_seed(m)
    weight = torch.randint(-127, 128, (70, 300), dtype=torch.int8, generator=g)
    scale, x = torch.rand(70, generator=g) * 0.01, torch.randn(m, 300, generator=g).to(dtype)
    bias = torch.randn(70, generator=g).to(dtype)
    got = cpu_rows.linear(x, weight, bias, scale, threads=threads)
    _close(got, cpu_rows.linear_reference(x, weight, bias, scale, threads=threads), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("hd", [16, 64, 40])
@pytest.mark.parametrize("g_rows", [1, 2, 5])
def test_attention_scores_and_values_equal_their_references(dtype, hd, g_rows):
    """The folded decode attention's two kernels over keys of a larger cache buffer (as the shared KV is held)."""
    gen = torch.Generator().manual_seed(hd * 10 + g_rows)
    bsz, pairs, s = 2, 3, 1500
    q = torch.randn(bsz, pairs, 2, g_rows, hd, generator=gen).to(dtype)
    k, v = (torch.randn(bsz, 2 * pairs, s + 9, hd, generator=gen)[:, :, :s].to(dtype) for _ in range(2))
    for threads in (1, 2):
        scores = cpu_rows.attention_scores(q, k, 0.125, threads=threads)
        want = cpu_rows.attention_scores_reference(q, k, 0.125, threads=threads)
        torch.testing.assert_close(scores, want, atol=1e-4, rtol=1e-5)
        mine, theirs = scores.view(bsz, pairs, 2 * g_rows, s), want.view(bsz, pairs, 2 * g_rows, s).clone()
        out = cpu_rows.attention_values(mine, v, threads=threads)
        torch.testing.assert_close(out, cpu_rows.attention_values_reference(theirs, v), atol=1e-5, rtol=1e-4)
        torch.testing.assert_close(mine, theirs, atol=1e-6, rtol=1e-5)  # both left the softmax in place


@pytest.mark.parametrize("s", [1, 15, 16, 33, 1000])
def test_softmax_rows_equals_its_reference_and_zeroes_masked_keys(s):
    g = torch.Generator().manual_seed(s)
    x = torch.randn(3, s + 4, generator=g)[:, :s] * 30  # strided rows, logits far apart
    if s > 1:
        x[1, ::2] = float("-inf")  # masked keys
    got = cpu_rows.softmax_rows(x.clone())
    torch.testing.assert_close(got, cpu_rows.softmax_rows_reference(x.clone()), atol=1e-6, rtol=1e-5)
    if s > 1:
        assert bool((got[1, ::2] == 0).all())


@pytest.mark.parametrize("numel", [0, 7, 64, 1000, 123457])
def test_read_bytes_equals_its_reference(numel):
    t = torch.randint(-(2 ** 31), 2 ** 31 - 1, (numel,), dtype=torch.int32, generator=torch.Generator().manual_seed(1))
    assert cpu_rows.read_bytes(t, threads=2) == cpu_rows.read_bytes_reference(t)


def test_wrappers_refuse_bad_tensors_before_any_pointer_reaches_c():
    """Regression (the old wrappers passed raw pointers unchecked): dtype, shape, stride and contiguity errors
    are typed and name the argument."""
    w, x = torch.randn(8, 16), torch.randn(1, 16)
    bad = [
        (lambda: cpu_rows.linear(x.double(), w.double()), "x must be"),
        (lambda: cpu_rows.linear(x, w.bfloat16()), "weight must be"),
        (lambda: cpu_rows.linear(x, torch.randn(8, 15)), "columns"),
        (lambda: cpu_rows.linear(x, w.t().contiguous().t()), "unit last stride"),
        (lambda: cpu_rows.linear(torch.randn(16, 2).t(), w), "contiguous"),
        (lambda: cpu_rows.linear(x, w, torch.randn(7)), "bias has 7"),
        (lambda: cpu_rows.linear(x, w.to(torch.int8)), "scale"),
        (lambda: cpu_rows.linear(x, w.to(torch.int8), None, torch.rand(3)), "scale has 3"),
        (lambda: cpu_rows.linear(x, w, None, torch.rand(8)), "only for int8"),
        (lambda: cpu_rows.linear(x[0], w), "2 dimensions"),
        (lambda: cpu_rows.attention_scores(torch.randn(1, 2, 2, 1, 16), torch.randn(1, 3, 5, 16), 1.0), "must be"),
        (lambda: cpu_rows.attention_values(torch.randn(1, 1, 3, 5), torch.randn(1, 2, 5, 16)), "must be"),
        (lambda: cpu_rows.softmax_rows(torch.randn(2, 3).t()), "unit last stride"),
        (lambda: cpu_rows.selective_step(*_step_operands(2, 6, 4)[:6], torch.randn(2, 6, 5)), "A has shape"),
        (lambda: cpu_rows.selective_step(*_step_operands(2, 6, 4)[:6], torch.randn(2, 4, 6).transpose(1, 2)),
         "contiguous"),
        (lambda: cpu_rows.selective_step(*(t.double() for t in _step_operands(1, 3, 4))), "u must be"),
    ]
    for call, message in bad:
        with pytest.raises(cpu_rows.KernelArgumentError, match=message):
            call()


def _step_operands(bsz: int, e: int, n: int, seed: int = 0) -> list[torch.Tensor]:
    """u, delta, A, B, C, D, h0 of a Mamba decode step as the model makes them (Δ = softplus, A = -exp)."""
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(bsz, 1, e, generator=g), torch.nn.functional.softplus(torch.randn(bsz, 1, e, generator=g)),
            -torch.exp(torch.randn(e, n, generator=g)), torch.randn(bsz, 1, n, generator=g),
            torch.randn(bsz, 1, n, generator=g), torch.randn(e, generator=g), torch.randn(bsz, e, n, generator=g)]


@pytest.mark.parametrize("bsz,e,n", [(1, 7, 16), (3, 10, 5), (2, 33, 20), (1, 64, 32), (40, 24, 16), (2, 0, 16),
                                     (2, 5, 0)])
@pytest.mark.parametrize("threads", [1, 2])
def test_selective_step_equals_its_reference_and_the_engines_step(bsz, e, n, threads):
    """d_state not a multiple of 16 takes the tail; h0 is never written; vexp (~2 ulp) against torch.exp."""
    u, delta, A, B, C, D, h0 = _step_operands(bsz, e, n, seed=bsz * 100 + e + n)
    before = h0.clone()
    y, h = cpu_rows.selective_step(u, delta, A, B, C, D, h0, threads=threads)
    y_ref, h_ref = cpu_rows.selective_step_reference(u, delta, A, B, C, D, h0)
    y_engine, h_engine = kernels.selective_step(u, delta, A, B, C, D, h0)
    assert y.shape == (bsz, 1, e) and h.shape == (bsz, e, n) and torch.equal(h0, before)
    for want_y, want_h in ((y_ref, h_ref), (y_engine, h_engine)):
        torch.testing.assert_close(h, want_h, atol=1e-5, rtol=1e-5)
        torch.testing.assert_close(y, want_y, atol=1e-5, rtol=1e-5)


def test_selective_step_refuses_signs_outside_vexps_range():
    """The C exp is exact only for Δ·A <= 0, which Mamba guarantees (Δ = softplus >= 0, A = -exp(A_log))."""
    u, delta, A, B, C, D, h0 = _step_operands(2, 6, 4)
    with pytest.raises(cpu_rows.KernelArgumentError, match="A <= 0 and delta >= 0"):
        cpu_rows.selective_step(u, delta, -A, B, C, D, h0)
    with pytest.raises(cpu_rows.KernelArgumentError, match="A <= 0 and delta >= 0"):
        cpu_rows.selective_step(u, -delta, A, B, C, D, h0)


def test_the_engines_decode_scan_takes_the_c_step_unless_reference_is_forced(monkeypatch):
    operands = _step_operands(3, 16, 16)
    calls = []
    monkeypatch.setattr(cpu_rows, "selective_step", lambda *a, **k: calls.append(1) or
                        cpu_rows.selective_step_reference(*a, **k))
    u, delta, A, B, C, D, h0 = operands
    kernels.selective_scan(u, delta, A, B, C, D, h0, fresh=False)
    assert calls == [1]
    with kernels.use_kernels("reference"):
        kernels.selective_scan(u, delta, A, B, C, D, h0, fresh=False)
    kernels.selective_scan(u.bfloat16(), delta, A, B, C, D, h0, fresh=False)  # not fp32: PyTorch's step
    assert calls == [1]


def test_linear_routing_follows_the_measured_choice(tmp_path, monkeypatch):
    """kernels.linear takes the side cpu_choice picked for the shape (forced here), and both sides agree."""
    g = torch.Generator().manual_seed(0)
    weight, bias, x = torch.randn(300, 512, generator=g), torch.randn(300, generator=g), torch.randn(1, 1, 512)
    calls = []
    monkeypatch.setattr(cpu_rows, "linear", lambda *a, **k: calls.append(1) or cpu_rows.linear_reference(*a, **k))
    with cpu_choice.forced("c"):
        c_side = kernels.linear(x, weight, bias)
    assert calls == [1] and c_side.shape == (1, 1, 300)
    with cpu_choice.forced("torch"):
        torch_side = kernels.linear(x, weight, bias)
    assert calls == [1]
    torch.testing.assert_close(c_side, torch_side, atol=1e-4, rtol=1e-5)


def test_probe_picks_the_faster_side_and_is_remembered_per_cpu(tmp_path, monkeypatch):
    monkeypatch.setenv("AGENTLIB_CACHE", str(tmp_path))
    cpu_choice.forget()
    try:
        shape = cpu_choice.LinearShape("w", "a", 1, 10, 20, 1)
        slow = lambda: sum(range(20000))  # noqa: E731
        assert cpu_choice.linear_choice(shape, lambda: None, slow) == "c"
        assert cpu_choice.cache_path().is_file()
        cpu_choice.forget()  # a new process: read back, not probed again (the sides are swapped and not called)
        assert cpu_choice.linear_choice(shape, lambda: pytest.fail("probed again"), lambda: None) == "c"
        assert "C for 1 shape" in cpu_choice.describe()
        other = cpu_choice.LinearShape("w", "a", 1, 10, 20, 2)
        assert cpu_choice.linear_choice(other, slow, lambda: None) == "torch"
    finally:
        cpu_choice.forget()


@pytest.mark.parametrize("dtype", ["float32", "bfloat16", "int8"])
@pytest.mark.parametrize("threads", [1, 2])
def test_decode_steps_with_c_kernels_match_the_pytorch_path(dtype, threads, monkeypatch):
    """Widths of 64+ so every Linear and both attention products take the C path; prefill then 4 steps. fp32:
    equal to the PyTorch path (AGENTLIB_KERNELS=reference). bf16 and int8: roundings differ, so both paths are
    held against the fp32 model: the C path is no further from it than PyTorch's (within 20%)."""
    config = tiny_config(hidden_size=128, intermediate_size=256, num_attention_heads=2, num_key_value_heads=2,
                         sliding_window=16)
    ids = torch.randint(0, config.vocab_size, (1, 24), generator=torch.Generator().manual_seed(2))

    c_calls = 0
    c_linear = cpu_rows.linear

    def counted(*args, **kwargs):
        nonlocal c_calls
        c_calls += 1
        return c_linear(*args, **kwargs)

    monkeypatch.setattr(cpu_rows, "linear", counted)

    def run(model: SambaY, mode: str) -> torch.Tensor:
        with kernels.use_kernels(mode), cpu_choice.forced("c"):
            state = model.new_state()
            steps = [model(ids[:, :20], state).logits]
            steps += [model(ids[:, i: i + 1], state).logits for i in range(20, 24)]
            return torch.cat(steps, dim=1)

    model = SambaY(config, dtype=torch.float32 if dtype == "float32" else torch.bfloat16, seed=3)
    if dtype == "int8":
        quantize_int8(model)
    saved = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        fast = run(model, "auto")
        fast_calls = c_calls
        slow = run(model, "reference")
        exact = run(SambaY(config, seed=3), "reference")
    finally:
        torch.set_num_threads(saved)
    # the C path really ran: counted, not inferred from different roundings (on a CPU with AVX512-BF16 the bf16
    # logits of both paths can be bit-identical)
    assert fast_calls > 0 and c_calls == fast_calls  # the reference runs never take the C path
    if dtype == "float32":
        torch.testing.assert_close(fast, slow, atol=1e-4, rtol=1e-4)
        return
    for reduce in (torch.mean, torch.max):
        c_error, torch_error = float(reduce((fast - exact).abs())), float(reduce((slow - exact).abs()))
        assert c_error <= 1.2 * torch_error + 1e-3, (reduce.__name__, c_error, torch_error)
