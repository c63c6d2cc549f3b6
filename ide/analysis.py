"""The IDE's side of the analyzer: one call that returns everything a page shows.

The work itself runs in a worker process (ide/analysis_worker.py, via ide/analysis_pool.py):
the web process never parses user code nor runs Graphviz.
"""
import json

from django.conf import settings

from analyzer.formats import to_dot

from . import analysis_pool


def analyse_for_display(files, entry=None, overrides=None, show_calls=False, names=None):
    """{graph, svg, flx} for a service, or {error: {message, file, line, column, status}}: the place
    when known, and the HTTP status to answer (413 too large, 422 the code, 503 busy).

    `names` ({fluxion id or "file:line:column" of its start: display name}) renames fluxions.
    """
    size = sum(len(p) + len(v) for p, v in files.items())
    limit = settings.LIQUEFY_ANALYSIS_MAX_CHARS
    if size > limit:
        return analysis_pool.error(413, f"the code is {size} characters; analysis takes at most {limit}")
    texts = {p: v.decode("utf-8", "replace") if isinstance(v, bytes) else v for p, v in files.items()}
    return analysis_pool.pool().run({"files": texts, "entry": entry, "overrides": overrides or {},
                                     "show_calls": bool(show_calls), "names": names or {}})


def http_status(result):
    """The status to answer a result of analyse_for_display with."""
    return result["error"].get("status", 422) if "error" in result else 200


def json_answer(result):
    """A JsonResponse for a result of analyse_for_display, with Retry-After when busy."""
    from django.http import JsonResponse
    response = JsonResponse(result, status=http_status(result))
    if "error" in result and result["error"].get("retry_after"):
        response["Retry-After"] = str(result["error"]["retry_after"])
    return response


def export(result, fmt, show_calls=False):
    """(content, content type, extension) of an analysed graph in `fmt`."""
    if fmt == "json":
        return json.dumps(result["graph"], indent=2), "application/json", "json"
    if fmt == "flx":
        return result["flx"], "text/plain; charset=utf-8", "flx"
    if fmt == "dot":
        return to_dot(result["graph"], show_calls).source, "text/vnd.graphviz; charset=utf-8", "dot"
    if fmt == "svg":
        return result["svg"], "image/svg+xml", "svg"
    raise ValueError(fmt)
