"""One-line questions about the fluxion graph of an inline JavaScript fixture.

A fixture is JavaScript text (dedented; its first line is line 1) or a
{path: text} mapping for a folder service. Fluxions are referred to by the line
where their code starts, by their id, or as "main".
"""
import functools
import os
import subprocess
import sys
import textwrap

from analyzer import analyze_files, analyze_source

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def js(src):
    """The fixture as analysed: dedented, without the leading newline."""
    return textwrap.dedent(src).lstrip("\n")


@functools.lru_cache(maxsize=None)
def _graph_of_source(text):
    return analyze_source(text).graph


def graph(fixture):
    """The flx-graph/1 dict of a fixture (a graph passes through unchanged)."""
    if isinstance(fixture, str):
        return _graph_of_source(js(fixture))
    if "schema" in fixture:
        return fixture
    return analyze_files({path: js(text) for path, text in fixture.items()}).graph


def line_of(flx):
    return flx["loc"]["start"]["line"]


def fluxion(fixture, ref):
    """The fluxion `ref` names: "main", a start line (int), or an id."""
    g = graph(fixture)
    for f in g["fluxions"]:
        if (ref == "main" and f["kind"] == "main") or \
                (isinstance(ref, int) and f["kind"] != "main" and line_of(f) == ref) or f["id"] == ref:
            return f
    raise AssertionError(f"no fluxion {ref!r}; the graph has {summary(g)}")


def fluxion_at(fixture, line):
    return fluxion(fixture, line)


def summary(fixture):
    """["main", (kind, line), ...] in graph order."""
    return ["main" if f["kind"] == "main" else (f["kind"], line_of(f)) for f in graph(fixture)["fluxions"]]


def assert_fluxions(fixture, expected):
    """Exactly these fluxions: "main", (kind, line) or (kind, line, name)."""
    g = graph(fixture)
    got = summary(g)
    want = [e if e == "main" else tuple(e[:2]) for e in expected]
    assert sorted(got, key=str) == sorted(want, key=str), f"fluxions {got}, expected {want}"
    for e in expected:
        if e != "main" and len(e) > 2:
            assert fluxion(g, e[1])["name"] == e[2], f"fluxion at line {e[1]} named {fluxion(g, e[1])['name']!r}"


def kind_at(fixture, line):
    return fluxion(fixture, line)["kind"]


def streams(fixture, src, dst):
    """Every stream from fluxion `src` to fluxion `dst`."""
    g = graph(fixture)
    a, b = fluxion(g, src)["id"], fluxion(g, dst)["id"]
    return [s for s in g["streams"] if s["from"] == a and s["to"] == b]


def stream(fixture, src, dst):
    found = streams(fixture, src, dst)
    assert found, f"no stream {src} -> {dst}; streams: {[(s['from'], s['to']) for s in graph(fixture)['streams']]}"
    return found[0]


def streams_into(fixture, line):
    """Every stream into the fluxion starting at `line`."""
    g = graph(fixture)
    target = fluxion_at(g, line)["id"]
    return [st for st in g["streams"] if st["to"] == target]


def reaches(fixture, names, line):
    """The fluxion starting at `line` is reached by streams, and every one carries `names`
    (one name or several)."""
    wanted = {names} if isinstance(names, str) else set(names)
    found = streams_into(fixture, line)
    return bool(found) and all(wanted <= set(st["signature"]) for st in found)


def has_stream(fixture, src, dst):
    return bool(streams(fixture, src, dst))


def signature(fixture, src, dst):
    return set(stream(fixture, src, dst)["signature"])


def variables(fixture, name):
    return [v for v in graph(fixture)["variables"] if v["name"] == name]


def variable(fixture, name, declared_in=None):
    """The reported variable `name` (the first one, or the one declared in that fluxion or function)."""
    found = [v for v in variables(fixture, name) if declared_in is None or v["declared_in"] == declared_in]
    assert found, f"variable {name!r} not reported; variables: {[v['name'] for v in graph(fixture)['variables']]}"
    return found[0]


def kind_of(fixture, name, declared_in=None):
    return variable(fixture, name, declared_in)["kind"]


def context(fixture, ref):
    return fluxion(fixture, ref)["context"]


def group_of(fixture, ref):
    return fluxion(fixture, ref)["group"]


def same_group(fixture, *refs):
    groups = {group_of(fixture, r) for r in refs}
    return None not in groups and len(groups) == 1


def group(fixture, gid):
    found = [g for g in graph(fixture)["groups"] if g["id"] == gid]
    assert found, f"no group {gid!r}"
    return found[0]


def routes(fixture):
    """{(METHOD, path, start line of the fluxion)}"""
    g = graph(fixture)
    return {(r["method"], r["path"], line_of(fluxion(g, r["fluxion"]))) for r in g["routes"]}


def diagnostics(fixture, kind=None, severity=None):
    return [d for d in graph(fixture)["diagnostics"]
            if (kind is None or d.get("kind") == kind) and (severity is None or d["severity"] == severity)]


def diagnostic_lines(fixture, kind):
    return {d["loc"]["start"]["line"] for d in diagnostics(fixture, kind)}


def run_analyzer(*args, timeout=120):
    """`python -m analyzer ARGS` from the project root."""
    return subprocess.run([sys.executable, "-m", "analyzer", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def writes(fixture, name):
    """The writes recorded for variable `name`: [{"fluxion", "file", "line", "code"}...]."""
    return variable(fixture, name).get("writes", [])


def write_lines(fixture, name):
    """{(fluxion id, line of the write)} for variable `name`."""
    return {(w["fluxion"], w["line"]) for w in writes(fixture, name)}


def stateful(fixture, ref):
    """Whether the fluxion keeps state across messages (it must not be replicated): it is in
    a group, or it uses a module-level variable that some fluxion other than main writes."""
    g = graph(fixture)
    f = fluxion(g, ref)
    if f["group"] is not None:
        return True
    return any(f["id"] in v["fluxions"] and v["declared_in"] == "main" and v.get("writes")
               for v in g["variables"])
