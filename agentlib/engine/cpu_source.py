"""The C source of the CPU decode kernels, and the ctypes signature of every symbol it exports.

A decode step reads every weight and the whole shared KV once for a handful of rows, so it is bound by memory
bandwidth. These kernels read their big operand once, in address order, with enough independent accumulators
to keep up, on `nt` OpenMP threads that split the output rows (or the heads) into contiguous ranges:
- `linear_f32`, `linear_bf16`, `linear_i8`: out (M, N) = X (M, K) · W (N, K)ᵀ (+ bias) for a few rows M; W fp32,
  bf16, or int8 with one fp32 scale per output row (weight-only int8). Products and sums in fp32 (bf16 and int8
  weights are widened exactly in registers); the output is written in the activations' dtype (fp32, or bf16
  rounded to nearest even, as PyTorch rounds). Sixteen rows at a time, reduced together by a transpose-and-add
  tree; the weights are prefetched ahead into L1 and L2, which brings one thread to a plain read's bandwidth.
- `attention_scores_f32|bf16`: the folded decode attention's scores (B, KV/2, 2, G, S) = scale · Q · K_stripeᵀ
  in fp32, K read in place from a (B, KV, S, hd) cache buffer of any row stride; heads and key blocks split
  over the threads (bf16 with hd = 64 uses AVX512-BF16's pair dot product where the CPU has it).
- `attention_values_f32|bf16`: softmax of those scores in place (vectorised exp, Cephes expf, ~2 ulp; masked
  keys exactly 0), then out (B, KV/2, 2G, 2hd) = P · [V_stripe0 | V_stripe1] in fp32.
- `selective_step_f32`: one Mamba decode step for a batch, h = exp(Δ·A)·h0 + Δ·u·B, y = C·h + D·u in fp32,
  reading h0 once and writing h once (PyTorch's five ops pass over the (B, E, N) state nine times, which is
  what a batched decode step of many sequences spends its time on); rows (sequence, channel) split over threads.
- `softmax_rows`: the softmax alone; `read_bytes`: a read of n bytes on nt threads (the bandwidth probe of
  the decode bench, a sum nobody uses).
- `agentlib_abi_version`, `agentlib_openmp`: what the loader checks before trusting the library.

Threads: built with `-fopenmp`, the library links the `libgomp.so.1` that PyTorch's CPU wheels already load,
so its threads are PyTorch's own pool (one runtime, no second set of spinning threads). Without OpenMP the
pragmas are ignored and every call runs on the calling thread.

CPUs differ: the kernels use only GCC vector extensions (AVX-512 where `-march=native` has it, AVX2 or NEON
otherwise) and never fail on a CPU that lacks a feature; which kernel is faster than PyTorch's for a shape is
measured on the machine (`cpu_choice`). Left out: AMX tiles and VNNI int8 dot products (a decode step is bound
by memory, and these keep up with it on every CPU tried), threads for one head's keys in `attention_values`.
"""

from __future__ import annotations

import ctypes

ABI_VERSION = 3

_P, _L, _I, _F = ctypes.c_void_p, ctypes.c_long, ctypes.c_int, ctypes.c_float

# name -> (restype, argtypes)
SIGNATURES: dict[str, tuple[object, list[object]]] = {
    "agentlib_abi_version": (ctypes.c_int, []),
    "agentlib_openmp": (ctypes.c_int, []),
    # W, ldw, X, bias, out, ldo, N, K, M, nt
    "linear_f32": (None, [_P, _L, _P, _P, _P, _L, _L, _L, _L, _I]),
    "linear_bf16": (None, [_P, _L, _P, _P, _P, _L, _L, _L, _L, _I]),
    # W, ldw, scale, X, x_bf16, bias, out, ldo, N, K, M, nt
    "linear_i8": (None, [_P, _L, _P, _P, _I, _P, _P, _L, _L, _L, _L, _I]),
    # Q, K, sb, sh, sr, scores, B, pairs, G, S, hd, scale, nt
    "attention_scores_f32": (None, [_P, _P, _L, _L, _L, _P, _L, _L, _L, _L, _L, _F, _I]),
    "attention_scores_bf16": (None, [_P, _P, _L, _L, _L, _P, _L, _L, _L, _L, _L, _F, _I]),
    # scores, V, sb, sh, sr, out, B, pairs, G, S, hd, nt
    "attention_values_f32": (None, [_P, _P, _L, _L, _L, _P, _L, _L, _L, _L, _L, _I]),
    "attention_values_bf16": (None, [_P, _P, _L, _L, _L, _P, _L, _L, _L, _L, _L, _I]),
    # X, ld, R, S, nt
    "softmax_rows": (None, [_P, _L, _L, _L, _I]),
    # h0, u, delta, A, B, C, D, h, y, batch, E, N, nt
    "selective_step_f32": (None, [_P, _P, _P, _P, _P, _P, _P, _P, _P, _L, _L, _L, _I]),
    # p, n, nt
    "read_bytes": (ctypes.c_ulonglong, [_P, _L, _I]),
}

SOURCE = r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#if defined(__AVX2__) || defined(__AVX512F__)
#include <immintrin.h>  /* int8 -> fp32 widening: GCC's generic vectors do it one lane at a time */
#endif

#define ABI_VERSION 3
/* Software prefetch distances in bytes ahead of the stream each kernel reads (a prefetch past the end never
   faults). The hardware prefetcher alone leaves a one-row GEMV at ~75% of a plain read on one thread, because
   the widening and FMAs between loads shrink how far ahead the core runs. Weights: into L1 PREFETCH_NEAR ahead
   and into L2 PREFETCH_FAR ahead; measured on a Sapphire Rapids Xeon, one thread: bf16 10.3 -> 13.0 GB/s, int8
   7.9 -> 13.7 GB/s (a plain read: 13-15 GB/s). Attention keys and values: PREFETCH_KEYS into L1 and
   PREFETCH_FAR into L2, bf16 keys 9.3 -> 10.6 GB/s, values 8.7 -> 10.2 GB/s. */
#define PREFETCH_NEAR 1024
#define PREFETCH_FAR 8192
#define PREFETCH_KEYS 1024
/* Keys per work unit of the score kernel: enough units to balance a few heads over the threads. */
#define KEY_BLOCK 1024

typedef float v16 __attribute__((vector_size(64), aligned(4)));
typedef int i16 __attribute__((vector_size(64)));
typedef unsigned int u16v __attribute__((vector_size(64)));
typedef unsigned short h16 __attribute__((vector_size(32), aligned(2)));
typedef signed char b16 __attribute__((vector_size(16), aligned(1)));
typedef float v8 __attribute__((vector_size(32), aligned(4)));
typedef int i8v __attribute__((vector_size(32)));
typedef unsigned int u8v __attribute__((vector_size(32)));
typedef unsigned short h8 __attribute__((vector_size(16), aligned(2)));
typedef unsigned long long q8 __attribute__((vector_size(64), aligned(8)));

int agentlib_abi_version(void) { return ABI_VERSION; }
int agentlib_openmp(void) {
#ifdef _OPENMP
    return 1;
#else
    return 0;
#endif
}
static inline int thread_id(void) {
#ifdef _OPENMP
    return omp_get_thread_num();
#else
    return 0;
#endif
}
static inline int thread_count(void) {
#ifdef _OPENMP
    return omp_get_num_threads();
#else
    return 1;
#endif
}

/* Loads widened to fp32 (exact for bf16 and int8), scalar twins for the tails. */
static inline v16 ld_f32(const float *p) { return *(const v16 *)p; }
#if defined(__AVX512F__)
static inline v16 ld_bf16(const uint16_t *p) {
    return (v16)_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)p)), 16);
}
#else
static inline v16 ld_bf16(const uint16_t *p) { return (v16)(__builtin_convertvector(*(const h16 *)p, u16v) << 16); }
#endif
#if defined(__AVX512F__)
static inline v16 ld_i8(const int8_t *p) {
    return (v16)_mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128((const __m128i *)p)));
}
#elif defined(__AVX2__)
static inline v16 ld_i8(const int8_t *p) {
    __m256 lo = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)p)));
    __m256 hi = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)(p + 8))));
    v16 out;
    memcpy(&out, &lo, 32);
    memcpy((char *)&out + 32, &hi, 32);
    return out;
}
#else
static inline v16 ld_i8(const int8_t *p) {
    return __builtin_convertvector(__builtin_convertvector(*(const b16 *)p, i16), v16);
}
#endif
static inline v8 ld8_f32(const float *p) { return *(const v8 *)p; }
static inline v8 ld8_bf16(const uint16_t *p) { return (v8)(__builtin_convertvector(*(const h8 *)p, u8v) << 16); }
static inline float sc_f32(float x) { return x; }
static inline float sc_bf16(uint16_t x) { uint32_t u = (uint32_t)x << 16; float f; memcpy(&f, &u, 4); return f; }
static inline float sc_i8(int8_t x) { return (float)x; }

/* fp32 -> bf16, round to nearest even; NaN stays a quiet NaN. */
static inline uint16_t to_bf16(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40);
    return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
static inline void store16(void *out, int bf16, long i, v16 y) {
    if (!bf16) { *(v16 *)((float *)out + i) = y; return; }
    u16v u = (u16v)y;
    i16 nan = y != y;
    u = (u + 0x7fffu + ((u >> 16) & 1u)) >> 16;
    u = (u & ~(u16v)nan) | ((u16v){0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0,
                                    0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0, 0x7fc0} & (u16v)nan);
    *(h16 *)((uint16_t *)out + i) = __builtin_convertvector(u, h16);
}
static inline void store1(void *out, int bf16, long i, float y) {
    if (bf16) ((uint16_t *)out)[i] = to_bf16(y); else ((float *)out)[i] = y;
}
static inline float load1(const void *p, int bf16, long i) {
    return bf16 ? sc_bf16(((const uint16_t *)p)[i]) : ((const float *)p)[i];
}

/* Lane i of the result = the sum of a[i]'s lanes (a transpose-and-add tree). */
static inline v16 hsum16(const v16 *a) {
    v16 b[8], c[4], d[2], e;
    for (int i = 0; i < 8; i++)
        b[i] = __builtin_shuffle(a[2 * i], a[2 * i + 1], (i16){0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22,
                                                               23})
             + __builtin_shuffle(a[2 * i], a[2 * i + 1], (i16){8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29,
                                                               30, 31});
    for (int i = 0; i < 4; i++)
        c[i] = __builtin_shuffle(b[2 * i], b[2 * i + 1], (i16){0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26,
                                                               27})
             + __builtin_shuffle(b[2 * i], b[2 * i + 1], (i16){4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30,
                                                               31});
    for (int i = 0; i < 2; i++)
        d[i] = __builtin_shuffle(c[2 * i], c[2 * i + 1], (i16){0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28,
                                                               29})
             + __builtin_shuffle(c[2 * i], c[2 * i + 1], (i16){2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30,
                                                               31});
    e = __builtin_shuffle(d[0], d[1], (i16){0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30})
      + __builtin_shuffle(d[0], d[1], (i16){1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31});
    return __builtin_shuffle(e, (i16){0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15});
}

/* Lane i = the sum of a[i]'s lanes, 8 lanes. */
static inline v8 hsum8(const v8 *a) {
    v8 b[4], c[2], e;
    for (int i = 0; i < 4; i++)
        b[i] = __builtin_shuffle(a[2 * i], a[2 * i + 1], (i8v){0, 1, 2, 3, 8, 9, 10, 11})
             + __builtin_shuffle(a[2 * i], a[2 * i + 1], (i8v){4, 5, 6, 7, 12, 13, 14, 15});
    for (int i = 0; i < 2; i++)
        c[i] = __builtin_shuffle(b[2 * i], b[2 * i + 1], (i8v){0, 1, 8, 9, 4, 5, 12, 13})
             + __builtin_shuffle(b[2 * i], b[2 * i + 1], (i8v){2, 3, 10, 11, 6, 7, 14, 15});
    e = __builtin_shuffle(c[0], c[1], (i8v){0, 8, 2, 10, 4, 12, 6, 14})
      + __builtin_shuffle(c[0], c[1], (i8v){1, 9, 3, 11, 5, 13, 7, 15});
    return __builtin_shuffle(e, (i8v){0, 4, 2, 6, 1, 5, 3, 7});
}

/* BLOCK16: res[m] lane r = dot(W row r, X row m) for 16 rows of W (row stride ldw) and M <= 4 fp32 rows of X
   (row stride K). Each W row is read once, in order, with four independent accumulators per X row. */
#define BLOCK16(NAME, WT, LD, SC)                                                                           \
static inline __attribute__((always_inline)) void NAME(const WT *W, long ldw, const float *X, long K,       \
                                                       const int M, v16 *res) {                            \
    long kb = K - K % 64;                                                                                  \
    v16 acc[4][16];                                                                                        \
    for (int r = 0; r < 16; r++) {                                                                         \
        const WT *w = W + r * ldw;                                                                         \
        v16 s[4][4] = {};                                                                                  \
        for (long k = 0; k < kb; k += 64) {                                                                \
            for (int l = 0; l < (int)sizeof(WT); l++) {                                                    \
                __builtin_prefetch((const char *)(w + k) + 64 * l + PREFETCH_NEAR * (sizeof(WT) > 1 ? 2 : 1), 0, 3); \
                __builtin_prefetch((const char *)(w + k) + 64 * l + PREFETCH_FAR, 0, 2);                   \
            }                                                                                              \
            for (int j = 0; j < 4; j++) {                                                                  \
                v16 wv = LD(w + k + 16 * j);                                                               \
                for (int m = 0; m < M; m++) s[m][j] += wv * ld_f32(X + m * K + k + 16 * j);                \
            }                                                                                              \
        }                                                                                                  \
        for (int m = 0; m < M; m++) {                                                                      \
            v16 t = (s[m][0] + s[m][1]) + (s[m][2] + s[m][3]);                                             \
            if (kb != K) { /* a row length that is not a multiple of 64: the rest one by one */            \
                float tail = 0.f;                                                                          \
                for (long k = kb; k < K; k++) tail += SC(w[k]) * X[m * K + k];                             \
                t[0] += tail;                                                                              \
            }                                                                                              \
            acc[m][r] = t;                                                                                 \
        }                                                                                                  \
    }                                                                                                      \
    for (int m = 0; m < M; m++) res[m] = hsum16(acc[m]);                                                   \
}
BLOCK16(block16_f32, float, ld_f32, sc_f32)
BLOCK16(block16_bf16, uint16_t, ld_bf16, sc_bf16)

BLOCK16(block16_i8, int8_t, ld_i8, sc_i8)

/* ROWS: out[m*ldo + n] = (scale[n] ·) dot(W row n, X row m) (+ bias[n]) for n in [lo, hi), M <= 4; bias and
   out in the activation dtype (bf16 when abf16). */
#define ROWS(NAME, WT, BLOCK, SC, XB)                                                                       \
static void NAME(const WT *W, long ldw, const float *scale, const float *X, const void *Xraw, const void *bias, \
                 int abf16, void *out, long ldo, long lo, long hi, long K, int M) {                        \
    v16 res[4];                                                                                            \
    long n = lo;                                                                                           \
    (void)Xraw;                                                                                            \
    for (; n + 16 <= hi; n += 16) {                                                                        \
        const WT *w = W + n * ldw;                                                                         \
        if (M == 1) BLOCK(w, ldw, XB, K, 1, res);                                                          \
        else if (M == 2) BLOCK(w, ldw, XB, K, 2, res);                                                     \
        else if (M == 3) BLOCK(w, ldw, XB, K, 3, res);                                                     \
        else BLOCK(w, ldw, XB, K, 4, res);                                                                 \
        for (int m = 0; m < M; m++) {                                                                      \
            v16 y = res[m];                                                                                \
            if (scale) y *= ld_f32(scale + n);                                                             \
            if (bias) y += abf16 ? ld_bf16((const uint16_t *)bias + n) : ld_f32((const float *)bias + n);  \
            store16(out, abf16, m * ldo + n, y);                                                           \
        }                                                                                                  \
    }                                                                                                      \
    for (; n < hi; n++) {                                                                                  \
        const WT *w = W + n * ldw;                                                                         \
        for (int m = 0; m < M; m++) {                                                                      \
            float t = 0.f;                                                                                 \
            for (long k = 0; k < K; k++) t += SC(w[k]) * X[m * K + k];                                     \
            if (scale) t *= scale[n];                                                                      \
            if (bias) t += load1(bias, abf16, n);                                                          \
            store1(out, abf16, m * ldo + n, t);                                                            \
        }                                                                                                  \
    }                                                                                                      \
}
ROWS(rows_f32, float, block16_f32, sc_f32, X)
ROWS(rows_bf16, uint16_t, block16_bf16, sc_bf16, X)  /* widened in registers: as fast as a plain read */
ROWS(rows_i8, int8_t, block16_i8, sc_i8, X)

/* The activations as fp32 (a copy only for bf16: M x K values, small next to W). */
static float *widen(const void *X, int bf16, long n) {
    float *out = malloc(sizeof(float) * (n > 0 ? n : 1));
    if (!out) return NULL;
    for (long i = 0; i < n; i++) out[i] = load1(X, bf16, i);
    return out;
}

/* Thread t of T takes a contiguous range of whole 16-row blocks. */
static void split_rows(long N, int t, int T, long *lo, long *hi) {
    long blocks = (N + 15) / 16, per = (blocks + T - 1) / T;
    *lo = t * per * 16 < N ? t * per * 16 : N;
    *hi = *lo + per * 16 < N ? *lo + per * 16 : N;
}

#define LINEAR_BODY(ROWSFN, WCAST)                                                                          \
    _Pragma("omp parallel num_threads(nt) if (nt > 1)")                                                    \
    {                                                                                                      \
        long lo, hi;                                                                                       \
        split_rows(N, thread_id(), thread_count(), &lo, &hi);                                              \
        for (long m0 = 0; m0 < M && lo < hi; m0 += 4) {                                                    \
            int c = M - m0 < 4 ? (int)(M - m0) : 4;                                                        \
            char *o = (char *)out + m0 * ldo * (abf16 ? 2 : 4);                                            \
            ROWSFN(WCAST W, ldw, scale, xf + m0 * K, (const char *)X + m0 * K * (abf16 ? 2 : 4), bias, abf16, \
                   o, ldo, lo, hi, K, c);                                                                  \
        }                                                                                                  \
    }

void linear_f32(const float *W, long ldw, const float *X, const float *bias, float *out, long ldo,
                long N, long K, long M, int nt) {
    const float *scale = NULL, *xf = X;
    int abf16 = 0;
    LINEAR_BODY(rows_f32, (const float *))
}

void linear_bf16(const uint16_t *W, long ldw, const uint16_t *X, const uint16_t *bias, uint16_t *out, long ldo,
                 long N, long K, long M, int nt) {
    const float *scale = NULL;
    int abf16 = 1;
    float *xf = widen(X, 1, M * K);
    if (!xf) return;
    LINEAR_BODY(rows_bf16, (const uint16_t *))
    free(xf);
}

void linear_i8(const int8_t *W, long ldw, const float *scale, const void *X, int abf16, const void *bias, void *out,
               long ldo, long N, long K, long M, int nt) {
    float *xf = widen(X, abf16, M * K);
    if (!xf) return;
    LINEAR_BODY(rows_i8, (const int8_t *))
    free(xf);
}

/* K = 64 (a head dim): res[m] lane r = dot(W row r, X row m) for 8 rows, the queries held in registers;
   rows prefetched PREFETCH_KEYS bytes (bf16; twice as far for fp32) ahead. */
#define BLOCK64(NAME, WT, LD8)                                                                              \
static inline __attribute__((always_inline)) void NAME(const WT *W, long ldw, const v8 x[4][8], const int M, \
                                                       v8 *res) {                                          \
    v8 acc[4][8];                                                                                          \
    for (int r = 0; r < 8; r++) {                                                                          \
        const WT *w = W + r * ldw;                                                                         \
        const char *ahead = (const char *)w + PREFETCH_KEYS * (int)sizeof(WT) / 2;                         \
        __builtin_prefetch(ahead); __builtin_prefetch(ahead + 64);                                         \
        if (sizeof(WT) == 4) { __builtin_prefetch(ahead + 128); __builtin_prefetch(ahead + 192); }         \
        v8 w0 = LD8(w), w1 = LD8(w + 8), w2 = LD8(w + 16), w3 = LD8(w + 24);                               \
        v8 w4 = LD8(w + 32), w5 = LD8(w + 40), w6 = LD8(w + 48), w7 = LD8(w + 56);                         \
        for (int m = 0; m < M; m++) {                                                                      \
            v8 s0 = w0 * x[m][0], s1 = w1 * x[m][1];                                                       \
            s0 += w2 * x[m][2]; s1 += w3 * x[m][3]; s0 += w4 * x[m][4]; s1 += w5 * x[m][5];                \
            s0 += w6 * x[m][6]; s1 += w7 * x[m][7];                                                        \
            acc[m][r] = s0 + s1;                                                                           \
        }                                                                                                  \
    }                                                                                                      \
    for (int m = 0; m < M; m++) res[m] = hsum8(acc[m]);                                                    \
}
BLOCK64(block64_f32, float, ld8_f32)
BLOCK64(block64_bf16, uint16_t, ld8_bf16)

/* scores[m*lds + s] = dot(K row s, X row m) for s in [lo, hi), M <= 4, X fp32 (M, hd). */
#define KEYS(NAME, WT, BLOCK64FN, BLOCKFN, SC)                                                              \
static void NAME(const WT *Kp, long sr, const float *X, float *scores, long lds, long lo, long hi, long hd,  \
                 int M) {                                                                                  \
    long s = lo;                                                                                           \
    if (hd == 64) {                                                                                        \
        v8 x[4][8], res[4];                                                                                \
        for (int m = 0; m < M; m++) for (int j = 0; j < 8; j++) x[m][j] = ld8_f32(X + m * 64 + 8 * j);     \
        for (; s + 8 <= hi; s += 8) {                                                                      \
            if (M == 1) BLOCK64FN(Kp + s * sr, sr, x, 1, res);                                             \
            else if (M == 2) BLOCK64FN(Kp + s * sr, sr, x, 2, res);                                        \
            else if (M == 3) BLOCK64FN(Kp + s * sr, sr, x, 3, res);                                        \
            else BLOCK64FN(Kp + s * sr, sr, x, 4, res);                                                    \
            for (int m = 0; m < M; m++) *(v8 *)(scores + m * lds + s) = res[m];                            \
        }                                                                                                  \
    } else {                                                                                               \
        v16 res[4];                                                                                        \
        for (; s + 16 <= hi; s += 16) {                                                                    \
            if (M == 1) BLOCKFN(Kp + s * sr, sr, X, hd, 1, res);                                           \
            else if (M == 2) BLOCKFN(Kp + s * sr, sr, X, hd, 2, res);                                      \
            else if (M == 3) BLOCKFN(Kp + s * sr, sr, X, hd, 3, res);                                      \
            else BLOCKFN(Kp + s * sr, sr, X, hd, 4, res);                                                  \
            for (int m = 0; m < M; m++) *(v16 *)(scores + m * lds + s) = res[m];                           \
        }                                                                                                  \
    }                                                                                                      \
    for (; s < hi; s++)                                                                                    \
        for (int m = 0; m < M; m++) {                                                                      \
            float t = 0.f;                                                                                 \
            for (long d = 0; d < hd; d++) t += SC(Kp[s * sr + d]) * X[m * hd + d];                         \
            scores[m * lds + s] = t;                                                                       \
        }                                                                                                  \
}
KEYS(keys_f32, float, block64_f32, block16_f32, sc_f32)
KEYS(keys_bf16, uint16_t, block64_bf16, block16_bf16, sc_bf16)

/* Folded decode attention over heads laid out (B, KV, S, hd) with strides (sb, sh, sr): pair j of batch row b
   holds heads 2j (stripe 0) and 2j+1 (stripe 1); G query rows per stripe.
   scores (B, KV/2, 2, G, S) = scale * Q (B, KV/2, 2, G, hd) · K_stripeᵀ. */
#define SCORES(STORAGE, NAME, WT, KEYSFN, QBF16)                                                            \
STORAGE void NAME(const WT *Q, const WT *K, long sb, long sh, long sr, float *scores, long B, long pairs, long G,    \
          long S, long hd, float scale, int nt) {                                                          \
    long heads = 2 * pairs, blocks = (S + KEY_BLOCK - 1) / KEY_BLOCK, units = B * heads * blocks;          \
    float *qf = widen(Q, QBF16, B * heads * G * hd);                                                       \
    if (!qf) return;                                                                                       \
    for (long i = 0; i < B * heads * G * hd; i++) qf[i] *= scale;                                          \
    _Pragma("omp parallel for num_threads(nt) schedule(static) if (nt > 1)")                               \
    for (long u = 0; u < units; u++) {                                                                     \
        long bh = u / blocks, blk = u % blocks, b = bh / heads, h = bh % heads;                            \
        long lo = blk * KEY_BLOCK, hi = lo + KEY_BLOCK < S ? lo + KEY_BLOCK : S;                           \
        for (long m0 = 0; m0 < G; m0 += 4) {                                                               \
            int c = G - m0 < 4 ? (int)(G - m0) : 4;                                                        \
            KEYSFN(K + b * sb + h * sh, sr, qf + (bh * G + m0) * hd, scores + (bh * G + m0) * S, S, lo, hi, \
                   hd, c);                                                                                 \
        }                                                                                                  \
    }                                                                                                      \
    free(qf);                                                                                              \
}
SCORES(, attention_scores_f32, float, keys_f32, 0)
#if defined(__AVX512BF16__)
SCORES(static, attention_scores_bf16_any, uint16_t, keys_bf16, 1)
/* hd = 64 with the AVX512-BF16 pair dot product: one key row is two 32-pair vectors, the raw bf16 queries stay
   in registers (exact products, fp32 sums), 16 keys reduced together, the scale applied to the sums. */
static inline __attribute__((always_inline)) void keys64_dpbf16_m(const uint16_t *Kp, long sr, const uint16_t *Qb,
                                                                  float scale, float *scores, long lds, long lo,
                                                                  long hi, const int M) {
    __m512bh q0[4], q1[4];
    for (int m = 0; m < M; m++) {
        q0[m] = (__m512bh)_mm512_loadu_si512(Qb + m * 64);
        q1[m] = (__m512bh)_mm512_loadu_si512(Qb + m * 64 + 32);
    }
    long s = lo;
    for (; s + 16 <= hi; s += 16) {
        v16 acc[4][16];
        for (int r = 0; r < 16; r++) {
            const uint16_t *k = Kp + (s + r) * sr;
            __builtin_prefetch((const char *)k + PREFETCH_KEYS, 0, 3);
            __builtin_prefetch((const char *)k + PREFETCH_KEYS + 64, 0, 3);
            __builtin_prefetch((const char *)k + PREFETCH_FAR, 0, 2);
            __builtin_prefetch((const char *)k + PREFETCH_FAR + 64, 0, 2);
            __m512bh a = (__m512bh)_mm512_loadu_si512(k), b = (__m512bh)_mm512_loadu_si512(k + 32);
            for (int m = 0; m < M; m++)
                acc[m][r] = (v16)_mm512_add_ps(_mm512_dpbf16_ps(_mm512_setzero_ps(), a, q0[m]),
                                               _mm512_dpbf16_ps(_mm512_setzero_ps(), b, q1[m]));
        }
        for (int m = 0; m < M; m++) *(v16 *)(scores + m * lds + s) = hsum16(acc[m]) * scale;
    }
    for (; s < hi; s++)
        for (int m = 0; m < M; m++) {
            float t = 0.f;
            for (long d = 0; d < 64; d++) t += sc_bf16(Kp[s * sr + d]) * sc_bf16(Qb[m * 64 + d]);
            scores[m * lds + s] = t * scale;
        }
}

void attention_scores_bf16(const uint16_t *Q, const uint16_t *K, long sb, long sh, long sr, float *scores, long B,
                           long pairs, long G, long S, long hd, float scale, int nt) {
    if (hd != 64) {
        attention_scores_bf16_any(Q, K, sb, sh, sr, scores, B, pairs, G, S, hd, scale, nt);
        return;
    }
    long heads = 2 * pairs, blocks = (S + KEY_BLOCK - 1) / KEY_BLOCK, units = B * heads * blocks;
    _Pragma("omp parallel for num_threads(nt) schedule(static) if (nt > 1)")
    for (long u = 0; u < units; u++) {
        long bh = u / blocks, blk = u % blocks, b = bh / heads, h = bh % heads;
        long lo = blk * KEY_BLOCK, hi = lo + KEY_BLOCK < S ? lo + KEY_BLOCK : S;
        for (long m0 = 0; m0 < G; m0 += 4) {
            int c = G - m0 < 4 ? (int)(G - m0) : 4;
            const uint16_t *k = K + b * sb + h * sh, *q = Q + (bh * G + m0) * 64;
            float *out = scores + (bh * G + m0) * S;
            if (c == 1) keys64_dpbf16_m(k, sr, q, scale, out, S, lo, hi, 1);
            else if (c == 2) keys64_dpbf16_m(k, sr, q, scale, out, S, lo, hi, 2);
            else if (c == 3) keys64_dpbf16_m(k, sr, q, scale, out, S, lo, hi, 3);
            else keys64_dpbf16_m(k, sr, q, scale, out, S, lo, hi, 4);
        }
    }
}
#else
SCORES(, attention_scores_bf16, uint16_t, keys_bf16, 1)
#endif

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

/* In-place softmax of one row of S floats: max, exp and sum, scale; the row stays in cache. */
static void softmax_row(float *x, long S) {
    float top = -__builtin_inff(), total = 0.f;
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

void softmax_rows(float *X, long ld, long R, long S, int nt) {
    _Pragma("omp parallel for num_threads(nt) schedule(static) if (nt > 1 && R > 1)")
    for (long r = 0; r < R; r++) softmax_row(X + r * ld, S);
}

/* out[m*ldo + n] = sum_s P[m*ldp + s] * V[s*ldv + n] for m < M <= 4, n < N: V's rows read once, in order,
   each scaled into 64-column accumulators (no horizontal sums). */
#define WEIGHTED(NAME, WT, LD, SC)                                                                          \
static void NAME(const float *P, long ldp, const WT *V, long ldv, float *out, long ldo, long S, long N,     \
                 const int M) {                                                                            \
    long nb = 0;                                                                                           \
    for (; nb + 64 <= N; nb += 64) {                                                                       \
        v16 acc[4][4] = {};                                                                                \
        for (long s = 0; s < S; s++) {                                                                     \
            const WT *v = V + s * ldv + nb;                                                                \
            const char *ahead = (const char *)v + PREFETCH_KEYS * (int)sizeof(WT) / 2;                     \
            for (int l = 0; l < (int)sizeof(WT); l++) {                                                    \
                __builtin_prefetch(ahead + 64 * l, 0, 3);                                                  \
                __builtin_prefetch(ahead + 64 * l + PREFETCH_FAR, 0, 2);                                   \
            }                                                                                              \
            v16 a = LD(v), b = LD(v + 16), c = LD(v + 32), d = LD(v + 48);                                 \
            for (int m = 0; m < M; m++) {                                                                  \
                float p = P[m * ldp + s];                                                                  \
                acc[m][0] += p * a; acc[m][1] += p * b; acc[m][2] += p * c; acc[m][3] += p * d;            \
            }                                                                                              \
        }                                                                                                  \
        for (int m = 0; m < M; m++)                                                                        \
            for (int j = 0; j < 4; j++) *(v16 *)(out + m * ldo + nb + 16 * j) = acc[m][j];                 \
    }                                                                                                      \
    for (long n = nb; n < N; n++)                                                                          \
        for (int m = 0; m < M; m++) {                                                                      \
            float t = 0.f;                                                                                 \
            for (long s = 0; s < S; s++) t += P[m * ldp + s] * SC(V[s * ldv + n]);                         \
            out[m * ldo + n] = t;                                                                          \
        }                                                                                                  \
}
WEIGHTED(weighted_f32, float, ld_f32, sc_f32)
WEIGHTED(weighted_bf16, uint16_t, ld_bf16, sc_bf16)

/* Softmax of scores (B, KV/2, 2G, S) in place, then out (B, KV/2, 2G, 2, hd) = P · V_stripe for both stripes
   of each pair (both maps of differential attention share the values [v1 ; v2]). */
#define VALUES(NAME, WT, WEIGHTEDFN)                                                                        \
void NAME(float *scores, const WT *V, long sb, long sh, long sr, float *out, long B, long pairs, long G,     \
          long S, long hd, int nt) {                                                                       \
    long rows = B * pairs * 2 * G, units = B * pairs * 2;                                                  \
    _Pragma("omp parallel num_threads(nt) if (nt > 1)")                                                    \
    {                                                                                                      \
        _Pragma("omp for schedule(static)")                                                                \
        for (long r = 0; r < rows; r++) softmax_row(scores + r * S, S);                                    \
        _Pragma("omp for schedule(static)")                                                                \
        for (long u = 0; u < units; u++) {                                                                 \
            long at = u / 2, a = u % 2, b = at / pairs, j = at % pairs;                                    \
            for (long m0 = 0; m0 < 2 * G; m0 += 4) {                                                       \
                int c = 2 * G - m0 < 4 ? (int)(2 * G - m0) : 4;                                            \
                WEIGHTEDFN(scores + (at * 2 * G + m0) * S, S, V + b * sb + (2 * j + a) * sh, sr,           \
                           out + (at * 2 * G + m0) * 2 * hd + a * hd, 2 * hd, S, hd, c);                   \
            }                                                                                              \
        }                                                                                                  \
    }                                                                                                      \
}
VALUES(attention_values_f32, float, weighted_f32)
VALUES(attention_values_bf16, uint16_t, weighted_bf16)

/* One Mamba decode step, rows r = (b, e) of R = B·E: h[r] = exp(Δ[r]·A[e])·h0[r] + Δ[r]·u[r]·Bm[b] and
   y[r] = Cm[b]·h[r] + D[e]·u[r], over N states, in fp32. Mamba's Δ = softplus(...) >= 0 and A = -exp(A_log) < 0,
   so Δ·A <= 0 lies in vexp's range (the wrapper checks the signs). N need not be a multiple of 16. */
void selective_step_f32(const float *h0, const float *u, const float *delta, const float *A, const float *Bm,
                        const float *Cm, const float *D, float *h, float *y, long B, long E, long N, int nt) {
    _Pragma("omp parallel for num_threads(nt) schedule(static) if (nt > 1 && B * E > 1)")
    for (long r = 0; r < B * E; r++) {
        long b = r / E, e = r % E;
        float d = delta[r], x = u[r], dx = d * x;
        const float *a = A + e * N, *bb = Bm + b * N, *cc = Cm + b * N, *hp = h0 + r * N;
        float *out = h + r * N;
        v16 acc = {};
        long n = 0;
        for (; n + 16 <= N; n += 16) {
            v16 hv = vexp(d * ld_f32(a + n)) * ld_f32(hp + n) + dx * ld_f32(bb + n);
            *(v16 *)(out + n) = hv;
            acc += hv * ld_f32(cc + n);
        }
        float total = 0.f;
        for (int j = 0; j < 16; j++) total += acc[j];
        if (n < N) {
            v16 av = {}, hv0 = {}, bv = {};
            for (long j = n; j < N; j++) { av[j - n] = a[j]; hv0[j - n] = hp[j]; bv[j - n] = bb[j]; }
            v16 hv = vexp(d * av) * hv0 + dx * bv;
            for (long j = n; j < N; j++) { out[j] = hv[j - n]; total += hv[j - n] * cc[j]; }
        }
        y[r] = total + D[e] * x;
    }
}

/* Read n bytes (a multiple of 64 is read vectorised, the rest bytewise) on nt threads; returns a sum so the
   reads cannot be optimised away. */
unsigned long long read_bytes(const void *p, long n, int nt) {
    const unsigned char *base = (const unsigned char *)p;
    long lines = n / 64;
    unsigned long long total = 0;
    _Pragma("omp parallel num_threads(nt) if (nt > 1) reduction(+:total)")
    {
        long T = thread_count(), t = thread_id(), per = (lines + T - 1) / T;
        long lo = t * per < lines ? t * per : lines, hi = lo + per < lines ? lo + per : lines;
        q8 a = {}, b = {}, c = {}, d = {};
        long i = lo;
        for (; i + 4 <= hi; i += 4) {
            a += *(const q8 *)(base + 64 * i);
            b += *(const q8 *)(base + 64 * (i + 1));
            c += *(const q8 *)(base + 64 * (i + 2));
            d += *(const q8 *)(base + 64 * (i + 3));
        }
        for (; i < hi; i++) a += *(const q8 *)(base + 64 * i);
        a += b + c + d;
        for (int j = 0; j < 8; j++) total += a[j];
    }
    for (long i = lines * 64; i < n; i++) total += base[i];
    return total;
}
"""
