"""The IDE's side of the analyzer: one call that returns everything a page shows."""
from analyzer import ParseError, analyze_files
from analyzer.formats import to_flx, to_svg


def analyse_for_display(files, entry=None, overrides=None, show_calls=False):
    """{graph, svg, flx} for a service, or {error} with the parse error's position."""
    try:
        analysis = analyze_files(files, entry, overrides)
    except ParseError as e:
        return {"error": e.as_dict()}
    except FileNotFoundError as e:
        return {"error": {"file": None, "line": 1, "column": 0, "message": str(e)}}
    graph = analysis.graph
    return {"graph": graph, "svg": to_svg(graph, show_calls), "flx": to_flx(analysis)}
