"""Streaming fp32 CPU kernels for one-token decode, in C: compiled on first use, called through ctypes.

A decode step reads every weight and the whole shared KV once for a handful of rows, so it is bound by memory
bandwidth; on one CPU thread MKL serves these skinny shapes at 15-25 GB/s of a ~42 GB/s read bandwidth. The
kernels read their big operand once, in address order, with enough independent accumulators to keep up:
- `rows_dot`: out = X·Wᵀ, X (M, K) a few rows, W (N, K) streamed (a Linear on one token; ~40 GB/s);
- `weighted_rows`: out = P·V, P (M, S) a few rows, V (S, N) streamed (attention's P·V; ~35-40 GB/s);
- `softmax_rows`: in place, with a vectorised exp (Cephes expf, ~2 ulp);
- `attention_scores`, `attention_values`: the folded decode attention of kernels.py over every KV pair in
  one call each (K·qᵀ; softmax then P·V), so a layer costs two calls, not one per stripe.
Sums run in another order than MKL's (fp32 rounding differs by ~1e-6 relative).

`load()` compiles SOURCE with the system C compiler (`CC`, default `cc`; -O3 -march=native) into a cache
folder (AGENTLIB_CACHE or ~/.cache/agentlib) keyed by source, flags and CPU, once per machine; it returns
None and the reason when that fails (no compiler, or one without GCC's vector extensions: the PyTorch path
runs). kernels.py decides when these run.

Left out: threads (MKL's own threading serves multi-thread runs), dtypes other than fp32.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import platform
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import torch

FLAGS = ("-O3", "-march=native", "-shared", "-fPIC")

SOURCE = r"""
#include <stddef.h>
typedef float v16 __attribute__((vector_size(64), aligned(4)));
typedef int i16 __attribute__((vector_size(64)));
/* Key/value rows (64 floats) prefetched this many rows ahead: ~10% faster than the hardware prefetcher alone
   on one thread; a prefetch past the end never faults. */
#define PREFETCH_ROWS 64

/* Lane i of the result = the sum of a[i]'s lanes (a transpose-and-add tree). */
static inline v16 hsum16(const v16 *a) {
    v16 b[8], c[4], d[2], e;
    for (int i = 0; i < 8; i++)
        b[i] = __builtin_shuffle(a[2 * i], a[2 * i + 1],
                                 (i16){0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23})
             + __builtin_shuffle(a[2 * i], a[2 * i + 1],
                                 (i16){8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31});
    for (int i = 0; i < 4; i++)
        c[i] = __builtin_shuffle(b[2 * i], b[2 * i + 1],
                                 (i16){0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27})
             + __builtin_shuffle(b[2 * i], b[2 * i + 1],
                                 (i16){4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31});
    for (int i = 0; i < 2; i++)
        d[i] = __builtin_shuffle(c[2 * i], c[2 * i + 1],
                                 (i16){0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29})
             + __builtin_shuffle(c[2 * i], c[2 * i + 1],
                                 (i16){2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31});
    e = __builtin_shuffle(d[0], d[1], (i16){0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30})
      + __builtin_shuffle(d[0], d[1], (i16){1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31});
    return __builtin_shuffle(e, (i16){0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15});
}

/* out[m*ldo + n] = sum_k W[n*ldw + k] * X[m*K + k] for m < M: W's rows read once, in order; 16 rows at a
   time, each with independent accumulators (FMA latency), reduced together by hsum16. */
static inline __attribute__((always_inline)) void rows_dot_m(const float *W, long ldw, const float *X, float *out,
                                                              long ldo, long N, long K, const int M) {
    long kb = K - K % 64, n = 0;
    for (; n + 16 <= N; n += 16) {
        v16 acc[4][16];
        for (int r = 0; r < 16; r++) {
            const float *w = W + (n + r) * ldw;
            v16 s[4][4] = {};
            for (long k = 0; k < kb; k += 64)
                for (int j = 0; j < 4; j++) {
                    v16 wv = *(const v16 *)(w + k + 16 * j);
                    for (int m = 0; m < M; m++) s[m][j] += wv * *(const v16 *)(X + m * K + k + 16 * j);
                }
            for (int m = 0; m < M; m++) {
                float tail = 0.f;
                for (long k = kb; k < K; k++) tail += w[k] * X[m * K + k];
                v16 t = (s[m][0] + s[m][1]) + (s[m][2] + s[m][3]);
                t[0] += tail;
                acc[m][r] = t;
            }
        }
        for (int m = 0; m < M; m++) *(v16 *)(out + m * ldo + n) = hsum16(acc[m]);
    }
    for (; n < N; n++) {
        const float *w = W + n * ldw;
        for (int m = 0; m < M; m++) {
            float t = 0.f;
            for (long k = 0; k < K; k++) t += w[k] * X[m * K + k];
            out[m * ldo + n] = t;
        }
    }
}

typedef float v8 __attribute__((vector_size(32), aligned(4)));
typedef int i8 __attribute__((vector_size(32)));
/* Lane i = the sum of a[i]'s lanes. */
static inline v8 hsum8(const v8 *a) {
    v8 b[4], c[2], e;
    for (int i = 0; i < 4; i++)
        b[i] = __builtin_shuffle(a[2 * i], a[2 * i + 1], (i8){0, 1, 2, 3, 8, 9, 10, 11})
             + __builtin_shuffle(a[2 * i], a[2 * i + 1], (i8){4, 5, 6, 7, 12, 13, 14, 15});
    /* b[i]: [a2i (4) | a2i+1 (4)] */
    for (int i = 0; i < 2; i++)
        c[i] = __builtin_shuffle(b[2 * i], b[2 * i + 1], (i8){0, 1, 8, 9, 4, 5, 12, 13})
             + __builtin_shuffle(b[2 * i], b[2 * i + 1], (i8){2, 3, 10, 11, 6, 7, 14, 15});
    /* c[i]: [a4i (2), a4i+2 (2), a4i+1 (2), a4i+3 (2)] */
    e = __builtin_shuffle(c[0], c[1], (i8){0, 8, 2, 10, 4, 12, 6, 14})
      + __builtin_shuffle(c[0], c[1], (i8){1, 9, 3, 11, 5, 13, 7, 15});
    /* e: [a0, a4, a2, a6, a1, a5, a3, a7] */
    return __builtin_shuffle(e, (i8){0, 4, 2, 6, 1, 5, 3, 7});
}

/* rows_dot_m for K = 64 (a head dim): 8-lane vectors, the queries held in registers; ~1.3x faster. */
static inline __attribute__((always_inline)) void rows_dot64_m(const float *W, long ldw, const float *X, float *out,
                                                                long ldo, long N, const int M) {
    long n = 0;
    v8 x[4][8];
    for (int m = 0; m < M; m++) for (int j = 0; j < 8; j++) x[m][j] = *(const v8 *)(X + m * 64 + 8 * j);
    for (; n + 8 <= N; n += 8) {
        v8 acc[4][8];
        for (int r = 0; r < 8; r++) {
            const float *w = W + (n + r) * ldw, *ahead = w + PREFETCH_ROWS * ldw;
            __builtin_prefetch(ahead); __builtin_prefetch(ahead + 16);
            __builtin_prefetch(ahead + 32); __builtin_prefetch(ahead + 48);
            for (int m = 0; m < M; m++) {
                v8 s0 = *(const v8 *)(w) * x[m][0], s1 = *(const v8 *)(w + 8) * x[m][1];
                s0 += *(const v8 *)(w + 16) * x[m][2]; s1 += *(const v8 *)(w + 24) * x[m][3];
                s0 += *(const v8 *)(w + 32) * x[m][4]; s1 += *(const v8 *)(w + 40) * x[m][5];
                s0 += *(const v8 *)(w + 48) * x[m][6]; s1 += *(const v8 *)(w + 56) * x[m][7];
                acc[m][r] = s0 + s1;
            }
        }
        for (int m = 0; m < M; m++) *(v8 *)(out + m * ldo + n) = hsum8(acc[m]);
    }
    for (; n < N; n++)
        for (int m = 0; m < M; m++) {
            float t = 0.f;
            for (int k = 0; k < 64; k++) t += W[n * ldw + k] * X[m * 64 + k];
            out[m * ldo + n] = t;
        }
}
void rows_dot(const float *W, long ldw, const float *X, float *out, long ldo, long N, long K, long M) {
    for (long m = 0; m < M; m += 4) {
        long c = M - m < 4 ? M - m : 4;
        const float *x = X + m * K;
        float *o = out + m * ldo;
        if (K == 64 && c == 1) rows_dot64_m(W, ldw, x, o, ldo, N, 1);
        else if (K == 64 && c == 2) rows_dot64_m(W, ldw, x, o, ldo, N, 2);
        else if (K == 64 && c == 3) rows_dot64_m(W, ldw, x, o, ldo, N, 3);
        else if (K == 64) rows_dot64_m(W, ldw, x, o, ldo, N, 4);
        else if (c == 1) rows_dot_m(W, ldw, x, o, ldo, N, K, 1);
        else if (c == 2) rows_dot_m(W, ldw, x, o, ldo, N, K, 2);
        else if (c == 3) rows_dot_m(W, ldw, x, o, ldo, N, K, 3);
        else rows_dot_m(W, ldw, x, o, ldo, N, K, 4);
    }
}

/* out[m*ldo + n] = sum_s P[m*ldp + s] * V[s*ldv + n] for m < M: V's rows read once, in order, each scaled
   into 64-column accumulators (no horizontal sums). */
static inline __attribute__((always_inline)) void weighted_rows_m(const float *P, long ldp, const float *V, long ldv,
                                                                   float *out, long ldo, long S, long N, const int M) {
    long nb = 0;
    for (; nb + 64 <= N; nb += 64) {
        v16 acc[4][4] = {};
        for (long s = 0; s < S; s++) {
            const float *v = V + s * ldv + nb, *ahead = v + PREFETCH_ROWS * ldv;
            __builtin_prefetch(ahead); __builtin_prefetch(ahead + 16);
            __builtin_prefetch(ahead + 32); __builtin_prefetch(ahead + 48);
            v16 a = *(const v16 *)v, b = *(const v16 *)(v + 16), c = *(const v16 *)(v + 32), d = *(const v16 *)(v + 48);
            for (int m = 0; m < M; m++) {
                float p = P[m * ldp + s];
                acc[m][0] += p * a; acc[m][1] += p * b; acc[m][2] += p * c; acc[m][3] += p * d;
            }
        }
        for (int m = 0; m < M; m++)
            for (int j = 0; j < 4; j++) *(v16 *)(out + m * ldo + nb + 16 * j) = acc[m][j];
    }
    for (long n = nb; n < N; n++)
        for (int m = 0; m < M; m++) {
            float t = 0.f;
            for (long s = 0; s < S; s++) t += P[m * ldp + s] * V[s * ldv + n];
            out[m * ldo + n] = t;
        }
}

void weighted_rows(const float *P, long ldp, const float *V, long ldv, float *out, long ldo, long S, long N, long M) {
    for (long m = 0; m < M; m += 4) {
        long c = M - m < 4 ? M - m : 4;
        const float *p = P + m * ldp;
        float *o = out + m * ldo;
        if (c == 1) weighted_rows_m(p, ldp, V, ldv, o, ldo, S, N, 1);
        else if (c == 2) weighted_rows_m(p, ldp, V, ldv, o, ldo, S, N, 2);
        else if (c == 3) weighted_rows_m(p, ldp, V, ldv, o, ldo, S, N, 3);
        else weighted_rows_m(p, ldp, V, ldv, o, ldo, S, N, 4);
    }
}

/* exp on 16 lanes (Cephes expf: range reduction by ln 2, degree-6 polynomial, 2^n through the exponent bits),
   ~2 ulp; inputs below -87.3 (masked keys: -inf) give 0. Inputs are <= 0 here (a row's maximum is subtracted). */
static inline v16 vexp(v16 x) {
    const v16 lo = {-87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f,
                    -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f};
    i16 below = x < lo;
    x = (v16)(((i16)x & ~below) | ((i16)lo & below));
    v16 fx = x * 1.44269504088896341f + 0.5f;
    i16 n = __builtin_convertvector(fx, i16);  /* truncates toward zero: floor below */
    n += __builtin_convertvector(n, v16) > fx;  /* true lanes are -1 */
    v16 nf = __builtin_convertvector(n, v16);
    x = x - nf * 0.693359375f - nf * -2.12194440e-4f;
    v16 y = 1.9875691500E-4f * x + 1.3981999507E-3f;
    y = y * x + 8.3334519073E-3f;
    y = y * x + 4.1665795894E-2f;
    y = y * x + 1.6666665459E-1f;
    y = y * x + 5.0000001201E-1f;
    y = y * x * x + x + 1.0f;
    return (v16)(((i16)y + (n << 23)) & ~below);
}

/* In-place softmax of R rows of S floats (row stride ld): max, exp and sum, scale; each row stays in cache. */
void softmax_rows(float *X, long ld, long R, long S) {
    for (long r = 0; r < R; r++) {
        float *x = X + r * ld, top = -__builtin_inff(), total = 0.f;
        long i = 0;
        v16 big = {};
        big -= __builtin_inff();
        for (; i + 16 <= S; i += 16) {
            v16 v = *(v16 *)(x + i);
            i16 more = v > big;
            big = (v16)(((i16)v & more) | ((i16)big & ~more));
        }
        for (int j = 0; j < 16; j++) top = big[j] > top ? big[j] : top;
        for (; i < S; i++) top = x[i] > top ? x[i] : top;
        if (top == -__builtin_inff()) top = 0.f;  /* a fully masked row: NaNs, as torch.softmax gives */
        v16 shift = {}, sum = {};
        shift += top;
        for (i = 0; i + 16 <= S; i += 16) {
            v16 p = vexp(*(v16 *)(x + i) - shift);
            *(v16 *)(x + i) = p;
            sum += p;
        }
        for (int j = 0; j < 16; j++) total += sum[j];
        for (; i < S; i++) {
            x[i] = __builtin_expf(x[i] - top);
            total += x[i];
        }
        float inv = 1.f / total;
        for (i = 0; i + 16 <= S; i += 16) *(v16 *)(x + i) *= inv;
        for (; i < S; i++) x[i] *= inv;
    }
}

/* The folded decode attention over heads laid out (B, KV, S, hd) with strides (sb, sh, hd-rows sr): pair j of
   batch row b holds heads 2j (stripe 0) and 2j+1 (stripe 1); G query rows per stripe.
   attention_scores: scores (B, KV/2, 2, G, S) = Q (B, KV/2, 2, G, hd) · K_stripeᵀ. */
void attention_scores(const float *Q, const float *K, long sb, long sh, long sr, float *scores,
                      long B, long pairs, long G, long S, long hd) {
    for (long b = 0; b < B; b++)
        for (long h = 0; h < 2 * pairs; h++) {
            long at = b * 2 * pairs + h;
            rows_dot(K + b * sb + h * sh, sr, Q + at * G * hd, scores + at * G * S, S, S, hd, G);
        }
}

/* attention_values: softmax of scores (B, KV/2, 2G, S) in place, then out (B, KV/2, 2G, 2, hd) = P·V_stripe. */
void attention_values(float *scores, const float *V, long sb, long sh, long sr, float *out,
                      long B, long pairs, long G, long S, long hd) {
    softmax_rows(scores, S, B * pairs * 2 * G, S);
    for (long b = 0; b < B; b++)
        for (long j = 0; j < pairs; j++)
            for (long a = 0; a < 2; a++) {
                long at = b * pairs + j;
                weighted_rows(scores + at * 2 * G * S, S, V + b * sb + (2 * j + a) * sh, sr,
                              out + at * 2 * G * 2 * hd + a * hd, 2 * hd, S, hd, 2 * G);
            }
}
"""


def _cpu_key() -> str:
    try:
        flags = next((line for line in open("/proc/cpuinfo") if line.startswith("flags")), "")
    except OSError:
        flags = ""
    return f"{platform.machine()} {platform.processor()} {flags}"


def load() -> tuple[ctypes.CDLL | None, str]:
    """The compiled library and a one-line reason; (None, why) when it cannot be built."""
    compiler = os.environ.get("CC", "cc")
    key = hashlib.sha256("\0".join([SOURCE, compiler, *FLAGS, _cpu_key()]).encode()).hexdigest()[:16]
    folder = Path(os.environ.get("AGENTLIB_CACHE") or Path.home() / ".cache" / "agentlib") / "kernels"
    target = folder / f"cpu_rows_{key}.so"
    if not target.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=folder) as tmp:
                src = Path(tmp) / "cpu_rows.c"
                src.write_text(SOURCE)
                subprocess.run([compiler, *FLAGS, str(src), "-o", str(Path(tmp) / "out.so")], check=True,
                               capture_output=True, text=True, timeout=120)
                os.replace(Path(tmp) / "out.so", target)  # atomic: concurrent processes see all or nothing
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", "") or exc
            return None, f"C decode kernels unavailable ({compiler}: {str(detail).strip()[:200]})"
    try:
        lib = ctypes.CDLL(str(target))
    except OSError as exc:
        return None, f"C decode kernels unavailable ({exc})"
    c_long, ptr = ctypes.c_long, ctypes.c_void_p
    lib.rows_dot.argtypes = [ptr, c_long, ptr, ptr, c_long, c_long, c_long, c_long]
    lib.weighted_rows.argtypes = [ptr, c_long, ptr, c_long, ptr, c_long, c_long, c_long, c_long]
    lib.softmax_rows.argtypes = [ptr, c_long, c_long, c_long]
    attention_args: list[Any] = [ptr, ptr, c_long, c_long, c_long, ptr] + [c_long] * 5
    lib.attention_scores.argtypes = lib.attention_values.argtypes = attention_args
    for name in ("rows_dot", "weighted_rows", "softmax_rows", "attention_scores", "attention_values"):
        getattr(lib, name).restype = None
    return lib, f"C decode kernels for one-token fp32 CPU steps ({target.name})"


def rows_dot(lib: ctypes.CDLL, x: torch.Tensor, weight: torch.Tensor, out: torch.Tensor | None = None) -> torch.Tensor:
    """x (M, K) contiguous · weight (N, K)ᵀ -> out (M, N), both with unit last stride; fp32 CPU."""
    (m, k), n = x.shape, weight.shape[0]
    out = torch.empty(m, n, dtype=torch.float32) if out is None else out
    lib.rows_dot(weight.data_ptr(), weight.stride(0), x.data_ptr(), out.data_ptr(), out.stride(0), n, k, m)
    return out


def weighted_rows(lib: ctypes.CDLL, p: torch.Tensor, v: torch.Tensor, out: torch.Tensor) -> None:
    """out (M, N) = p (M, S) · v (S, N), each with unit last stride; fp32 CPU, written in place."""
    (m, s), n = p.shape, v.shape[1]
    lib.weighted_rows(p.data_ptr(), p.stride(0), v.data_ptr(), v.stride(0), out.data_ptr(), out.stride(0), s, n, m)


def softmax_rows(lib: ctypes.CDLL, x: torch.Tensor) -> torch.Tensor:
    """x (R, S) with unit last stride -> softmax over S, in place; fp32 CPU."""
    lib.softmax_rows(x.data_ptr(), x.stride(0), x.shape[0], x.shape[1])
    return x


def attention_scores(lib: ctypes.CDLL, q: torch.Tensor, k: torch.Tensor) -> torch.Tensor:
    """Folded decode scores: q (B, KV/2, 2, G, hd) contiguous, k (B, KV, S, hd) with unit last stride (pair j =
    heads 2j, 2j+1) -> (B, KV/2, 2, G, S) = q·k_stripeᵀ; fp32 CPU."""
    bsz, pairs, _, g, hd = q.shape
    s = k.shape[2]
    scores = torch.empty(bsz, pairs, 2, g, s, dtype=torch.float32)
    lib.attention_scores(q.data_ptr(), k.data_ptr(), k.stride(0), k.stride(1), k.stride(2), scores.data_ptr(),
                         bsz, pairs, g, s, hd)
    return scores


def attention_values(lib: ctypes.CDLL, scores: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """softmax(scores) · [v_stripe0 | v_stripe1]: scores (B, KV/2, 2G, S) contiguous (softmax-ed in place), v (B,
    KV, S, hd) with unit last stride -> (B, KV/2, 2G, 2hd); fp32 CPU."""
    bsz, pairs, rows, s = scores.shape
    hd = v.shape[3]
    out = torch.empty(bsz, pairs, rows, 2 * hd, dtype=torch.float32)
    lib.attention_values(scores.data_ptr(), v.data_ptr(), v.stride(0), v.stride(1), v.stride(2), out.data_ptr(),
                         bsz, pairs, rows // 2, s, hd)
    return out
