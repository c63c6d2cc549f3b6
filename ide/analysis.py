"""The IDE's side of the analyzer: one call that returns everything a page shows."""
from analyzer import ParseError, analyze_files
from analyzer.formats import to_dot, to_flx, to_svg


def analyse_for_display(files, entry=None, overrides=None, show_calls=False, names=None):
    """{graph, svg, flx} for a service, or {error} with the parse error's position.

    `names` ({fluxion id or "file:line:column" of its start: display name}) renames fluxions.
    """
    try:
        analysis = analyze_files(files, entry, overrides)
    except ParseError as e:
        return {"error": e.as_dict()}
    except FileNotFoundError as e:
        return {"error": {"file": None, "line": 1, "column": 0, "message": str(e)}}
    graph = apply_names(analysis.graph, names or {})
    return {"graph": graph, "svg": to_svg(graph, show_calls), "flx": to_flx(analysis)}


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
