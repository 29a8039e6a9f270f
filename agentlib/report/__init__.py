"""The run viewer: an agent run or a check-trace report as one self-contained HTML page.

`load_run(path)` reads a trace or report file into a `RunView` (`view.py`); `render_html(view)` writes the
page (`html.py`). `agentlib report FILE -o run.html` and the HTTP service's `GET /runs/{id}` both use these.
This package never imports the HTTP service, so it works without FastAPI.
"""

from __future__ import annotations

from agentlib.report.html import CONTENT_SECURITY_POLICY, render_html
from agentlib.report.view import RunView, ViewClaim, ViewStep, load_run, view_of_records, view_of_report

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "RunView",
    "ViewClaim",
    "ViewStep",
    "load_run",
    "render_html",
    "view_of_records",
    "view_of_report",
]
