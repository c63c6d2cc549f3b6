"""The IDE's side of the analyzer: one call that returns everything a page shows."""
import contextlib
import functools
import gc

import graphviz

from analyzer import ParseError, analyze_files
from analyzer.formats import to_dot, to_flx


def analyse_for_display(files, entry=None, overrides=None, show_calls=False, names=None):
    """{graph, svg, flx} for a service, or {error} with the parse error's position.

    `names` ({fluxion id or "file:line:column" of its start: display name}) renames fluxions.
    """
    with gc_paused():
        try:
            analysis = analyze_files(files, entry, overrides)
        except ParseError as e:
            return {"error": e.as_dict()}
        except FileNotFoundError as e:
            return {"error": {"file": None, "line": 1, "column": 0, "message": str(e)}}
        graph = apply_names(analysis.graph, names or {})
        return {"graph": graph, "svg": layout(to_dot(graph, show_calls).source), "flx": to_flx(analysis)}


@functools.lru_cache(maxsize=32)
def layout(dot_source):
    """The SVG of a DOT source, as analyzer.formats.to_svg draws it. Most keystrokes change
    neither the graph nor its line numbers: the same DOT is then not laid out again."""
    return graphviz.Source(dot_source).pipe(format="svg").decode("utf-8")


@contextlib.contextmanager
def gc_paused():
    """No cyclic garbage collection while one analysis runs: the parse makes many objects,
    and a full collection in the middle of it doubled the slowest round trips of the IDE.
    The garbage is collected right after, when nobody waits for it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def apply_names(graph, names):
    for f in graph["fluxions"]:
        start = f["loc"]["start"]
        name = names.get(f["id"]) or names.get(f"{f['file']}:{start['line']}:{start['column']}")
        if name:
            f["name"] = name
    return graph


def export(result, fmt, show_calls=False):
    """(content, content type, extension) of an analysed graph in `fmt`."""
    import json
    if fmt == "json":
        return json.dumps(result["graph"], indent=2), "application/json", "json"
    if fmt == "flx":
        return result["flx"], "text/plain; charset=utf-8", "flx"
    if fmt == "dot":
        return to_dot(result["graph"], show_calls).source, "text/vnd.graphviz; charset=utf-8", "dot"
    if fmt == "svg":
        return result["svg"], "image/svg+xml", "svg"
    raise ValueError(fmt)
