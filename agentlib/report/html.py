"""A run as one self-contained HTML page: inline CSS, no script, no external request, every text escaped.

The page reads top to bottom: what was asked and the facts of the run, a banner linking to the first wrong
step (or saying there is none), the steps as numbered boxes (a plan's items; a tool call with its
observation; a trace step with its claims marked ✓ ✗ ! ?), the answer with its status and the steps its
certificate rests on, and timings (each step's offset from the start and its duration, the total).

Text from the run (model replies, tool results, user problems) is data: it is HTML-escaped everywhere, and
the page carries no script at all, so a `<script>` in a trace shows as text. The favicon is an inline empty
`data:` URL so a browser makes no request of its own for it (a 404 there would be a console error).

Left out: interactivity (steps are `<details>` where long) and loading anything from the server.
"""

from __future__ import annotations

from html import escape

from agentlib.report.view import RunView, ViewClaim, ViewStep

# The only policy the page needs: inline styles, nothing else (served as a header by the HTTP service too).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
)
_LONG = 1200  # characters past which a text block folds into <details>

_CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --flag: #9a6700; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328;
       background: #f6f8fa; }
main { max-width: 980px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.question { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 12px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.banner { border-radius: 6px; padding: 10px 12px; margin: 12px 0; border: 1px solid var(--line); background: #fff; }
.banner.wrong { border-color: var(--bad); background: #ffebe9; }
.banner.clean { border-color: var(--ok); background: #dafbe1; }
ol.steps { list-style: none; padding: 0; margin: 0; }
li.step { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
          margin: 10px 0; padding: 10px 12px; }
li.step.wrong { border-color: var(--bad); border-left-color: var(--bad); background: #fff5f5; }
li.step.s-verified, li.step.s-certifies, li.step.s-ok { border-left-color: var(--ok); }
li.step.s-refuted, li.step.s-failed { border-left-color: var(--bad); }
li.step.s-unsupported { border-left-color: var(--flag); }
.head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.head .num { font-weight: 700; } .head .title { font-weight: 600; }
.tag { font-size: 12px; border-radius: 10px; padding: 1px 8px; border: 1px solid var(--line); color: var(--muted); }
.tag.wrong { color: #fff; background: var(--bad); border-color: var(--bad); }
.time { margin-left: auto; color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
pre { white-space: pre-wrap; word-break: break-word; margin: 6px 0; padding: 8px; background: #f6f8fa;
      border-radius: 4px; font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
.label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
ul.claims { margin: 6px 0 0; padding-left: 0; list-style: none; }
ul.claims li { margin: 2px 0; } .mark { display: inline-block; width: 1.4em; font-weight: 700; }
.v-verified .mark { color: var(--ok); } .v-refuted .mark { color: var(--bad); }
.v-unsupported .mark { color: var(--flag); }
.v-unchecked .mark { color: var(--muted); }
.outcome { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; margin-top: 16px; }
.status { font-weight: 700; } .status.verified { color: var(--ok); }
.status.refuted, .status.abstained { color: var(--bad); }
.status.unverified, .status.unfinished { color: var(--flag); }
a { color: #0969da; }
"""


def _text_block(text: str, label: str = "") -> str:
    head = f'<div class="label">{escape(label)}</div>' if label else ""
    body = f"<pre>{escape(text)}</pre>"
    if len(text) > _LONG:
        body = f"<details><summary>{escape(text[:160])}… ({len(text):,} characters)</summary>{body}</details>"
    return head + body


def _seconds(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _claim(claim: ViewClaim) -> str:
    extra = f" → {escape(claim.correct)}" if claim.correct else (f" ({escape(claim.reason)})" if claim.reason else "")
    return (
        f'<li class="claim v-{escape(claim.verdict)}"><span class="mark">{escape(claim.mark)}</span>'
        f'<span class="tag">{escape(claim.kind)}</span> {escape(claim.text)}{extra}'
        f' <span class="tag">{escape(claim.verdict)}</span></li>'
    )


def _step(step: ViewStep) -> str:
    classes = (
        ["step", f"k-{step.kind}"] + ([f"s-{step.status}"] if step.status else []) + (["wrong"] if step.wrong else [])
    )
    timing = " · ".join(
        t for t in (f"+{_seconds(step.offset_s)}" if step.offset_s is not None else "", _seconds(step.duration_s)) if t
    )
    parts = [
        f'<li class="{escape(" ".join(classes))}" id="step-{step.number}" data-kind="{escape(step.kind)}">',
        '<div class="head">',
        f'<span class="num">{step.number}.</span><span class="title">{escape(step.title)}</span>',
        f'<span class="tag">{escape(step.status)}</span>' if step.status else "",
        '<span class="tag wrong">first wrong step</span>' if step.wrong else "",
        f'<span class="time">{escape(timing)}</span>' if timing else "",
        "</div>",
    ]
    if step.lines:
        parts.append("<ol>" + "".join(f"<li>{escape(line)}</li>" for line in step.lines) + "</ol>")
    if step.body:
        parts.append(_text_block(step.body))
    if step.call:
        parts.append(_text_block(step.call, "call"))
    if step.observation or step.kind == "tool":
        parts.append(_text_block(step.observation, "observation"))
    if step.claims:
        parts.append('<ul class="claims">' + "".join(_claim(c) for c in step.claims) + "</ul>")
    if step.certificate:
        links = ", ".join(f'<a href="#step-{n}">step {n}</a>' for n in step.certificate)
        parts.append(f'<div class="certificate"><span class="label">certificate</span> rests on {links}</div>')
    if step.note:
        parts.append(f'<div class="note">{escape(step.note)}</div>')
    parts.append("</li>")
    return "".join(parts)


def render_html(view: RunView) -> str:
    """The whole page for `view` (a complete HTML document)."""
    facts = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in view.facts)
    if view.total_s is not None:
        facts += f"<dt>total time</dt><dd>{escape(_seconds(view.total_s))}</dd>"
    if view.first_wrong is not None:
        banner = (
            f'<div class="banner wrong" id="first-wrong">First wrong step: '
            f'<a href="#step-{view.first_wrong}">step {view.first_wrong}</a></div>'
        )
    else:
        banner = '<div class="banner clean" id="first-wrong">No step was found wrong.</div>'
    notes = "".join(f'<div class="note">note: {escape(n)}</div>' for n in view.notes)
    question = _text_block(view.question) if view.question else '<p class="label">(no problem text recorded)</p>'
    steps = "".join(_step(s) for s in view.steps) or '<li class="step">No steps were recorded.</li>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CONTENT_SECURITY_POLICY)}">'
        '<link rel="icon" href="data:,">'
        f"<title>{escape(view.title)}: {escape(view.question[:80])}</title>"
        f"<style>{_CSS}</style></head><body><main>"
        f'<h1>{escape(view.title)}</h1><section class="question-box">{question}</section>'
        f'<dl class="facts">{facts}</dl>{banner}'
        f'<h2>Steps</h2><ol class="steps">{steps}</ol>'
        f'<section class="outcome" id="outcome"><span class="label">outcome</span> '
        f'<span class="status {escape(view.outcome_status)}">{escape(view.outcome_status)}</span>'
        f"{_text_block(view.outcome)}{notes}</section>"
        "</main></body></html>\n"
    )
