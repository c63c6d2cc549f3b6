"""One analysis worker: `python -m ide.analysis_worker MEMORY_MB`, started by ide/analysis_pool.py.

Reads one JSON job a line on stdin, answers one JSON line on stdout: {graph, svg, flx}, or
{error: {message, file, line, column, status}}. No Django here. The pool kills the worker (and
its `dot`) when a job overruns; the worker itself limits its memory and gives `dot` the time
left, so that an oversized layout ends as an error and the worker lives on.
"""
import collections
import contextlib
import gc
import json
import resource
import subprocess
import sys
import threading
import time
import traceback

from analyzer import ParseError, analyze_files
from analyzer.formats import to_dot, to_flx
from analyzer.source import Module

from .svg import sanitize

STACK_BYTES = 256 * 1024 * 1024
# Deep enough for a sum of thousands of terms (each pass recurses once per operand); the
# thread's stack holds it. Past that, a RecursionError becomes a located error.
RECURSION_LIMIT = 30_000


def main():
    memory_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(STACK_BYTES)
    thread = threading.Thread(target=serve, args=(sys.stdin.buffer, sys.stdout.buffer))
    thread.start()
    thread.join()


def serve(jobs, answers):
    for line in jobs:
        try:
            reply = run(json.loads(line))
        except BaseException as e:  # noqa: BLE001 - the worker answers every job
            reply = failure(e)
        try:
            out = json.dumps(reply).encode()
        except (ValueError, TypeError, RecursionError) as e:
            out = json.dumps(failure(e)).encode()
        answers.write(out + b"\n")
        answers.flush()


def run(job):
    """{graph, svg, flx} of the job's files, or {error} located when the place is known."""
    deadline = time.monotonic() + float(job.get("time_limit_s", 10))
    files = job["files"]
    problem = package_json_error(files)
    if problem:
        return {"error": {**problem, "status": 422}}
    try:
        with gc_paused():
            analysis = analyze_files(files, job.get("entry"), job.get("overrides") or {})
            graph = apply_names(analysis.graph, job.get("names") or {})
            flx = to_flx(analysis)
            dot_source = to_dot(graph, bool(job.get("show_calls"))).source
    except ParseError as e:
        return {"error": {**e.as_dict(), "status": 422}}
    except FileNotFoundError as e:
        return {"error": {"file": None, "line": None, "column": None, "message": str(e), "status": 422}}
    except BaseException as e:  # noqa: BLE001 - any failure on this input is an answer about it
        return failure(e)
    try:
        svg = layout(dot_source, timeout_s=max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        return {"error": {"file": None, "line": None, "column": None, "status": 422,
                          "message": f"the diagram took longer than {job.get('time_limit_s', 10):g} s to lay out: "
                                     "the graph is too large to draw"}}
    except (LayoutFailed, ValueError, MemoryError) as e:
        return {"error": {"file": None, "line": None, "column": None, "status": 422,
                          "message": f"the diagram could not be drawn: {e}"}}
    return {"graph": graph, "svg": svg, "flx": flx}


class LayoutFailed(Exception):
    pass


LAYOUTS = collections.OrderedDict()  # DOT source -> SVG, the last 32


def layout(dot_source, timeout_s):
    """The sanitized SVG of a DOT source, as analyzer.formats.to_svg draws it; `dot` is killed past
    timeout_s (subprocess.TimeoutExpired). Most keystrokes change neither the graph nor its line
    numbers: the same DOT is then not laid out again."""
    if dot_source in LAYOUTS:
        LAYOUTS.move_to_end(dot_source)
        return LAYOUTS[dot_source]
    done = subprocess.run(["dot", "-Tsvg"], input=dot_source.encode("utf-8"), capture_output=True,
                          timeout=timeout_s)
    if done.returncode != 0:
        raise LayoutFailed(done.stderr.decode("utf-8", "replace").strip()[:300] or f"dot exited {done.returncode}")
    LAYOUTS[dot_source] = svg = sanitize(done.stdout.decode("utf-8"))
    if len(LAYOUTS) > 32:
        LAYOUTS.popitem(last=False)
    return svg


def failure(error):
    """{error} for an analyzer failure, at the innermost source position found in the traceback."""
    if isinstance(error, RecursionError):
        message = "the program is nested too deeply for the analyzer"
    elif isinstance(error, MemoryError):
        message = "the analysis ran out of memory"
    else:
        message = f"the analyzer failed on this code ({type(error).__name__}: {error})"
        traceback.print_exception(error, file=sys.stderr)
    try:
        place = where(error.__traceback__)
    except Exception:  # noqa: BLE001 - the place is a help, the answer must not fail
        place = None
    return {"error": {**(place or {"file": None, "line": None, "column": None}),
                      "message": message, "status": 422}}


def where(tb):
    """{file, line, column} of the innermost AST node a frame of the traceback was working on."""
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    module = None
    for frame in reversed(frames):
        for value in frame.f_locals.values():
            module = module or as_module(value)
    if module is None:
        return None
    for frame in reversed(frames):
        for value in frame.f_locals.values():
            rng = getattr(value, "range", None)
            if isinstance(rng, list) and len(rng) == 2 and all(isinstance(x, int) for x in rng):
                pos = module.original_loc(rng)["start"]
                return {"file": module.path, "line": pos["line"], "column": pos["column"]}
    return None


def as_module(value):
    """The analyzer's Module a value is or belongs to (a scope, a fluxion), or None."""
    for candidate in (value, getattr(value, "module", None), getattr(getattr(value, "scope", None), "module", None)):
        if isinstance(candidate, Module):
            return candidate
    return None


def package_json_error(files):
    """{file, line, column, message} when the service's package.json cannot be read as Node reads it:
    not JSON, nested too deeply, not an object, or a `main` that is not a string. None when fine."""
    text = files.get("package.json")
    if text is None:
        return None
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")

    def at(line, column, message):
        return {"file": "package.json", "line": line, "column": column, "message": message}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        return at(e.lineno, e.colno - 1, f"package.json is not valid JSON: {e.msg}")
    except RecursionError:
        return at(1, 0, "package.json is nested too deeply")
    if not isinstance(data, dict):
        return at(1, 0, "package.json must hold a JSON object")
    if "main" in data and not isinstance(data["main"], str):
        offset = max(text.find('"main"'), 0)
        line = text.count("\n", 0, offset) + 1
        return at(line, offset - (text.rfind("\n", 0, offset) + 1), "`main` in package.json must be a string")
    return None


def apply_names(graph, names):
    """`names` ({fluxion id or "file:line:column" of its start: display name}) renames fluxions."""
    for f in graph["fluxions"]:
        start = f["loc"]["start"]
        name = names.get(f["id"]) or names.get(f"{f['file']}:{start['line']}:{start['column']}")
        if name:
            f["name"] = name
    return graph


@contextlib.contextmanager
def gc_paused():
    """No cyclic garbage collection while one analysis runs: the parse makes many objects, and a
    full collection in the middle of it doubled the slowest round trips of the IDE. This process
    does nothing else; the garbage is collected right after."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


if __name__ == "__main__":
    main()
