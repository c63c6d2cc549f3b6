"""Textual and graphical renderings of an analysis: flx, dot, svg."""
import json

import graphviz

STREAM_ARROWS = {"start": ">>", "post": "->"}


def render(analysis, fmt):
    if fmt == "json":
        return json.dumps(analysis.graph, indent=1)
    if fmt == "flx":
        return to_flx(analysis)
    if fmt == "dot":
        return to_dot(analysis.graph).source
    if fmt == "svg":
        return to_svg(analysis.graph)
    raise ValueError(f"unknown format {fmt!r}")


# -- flx: the fluxional language of the paper -------------------------------

def to_flx(analysis):
    p = analysis.pipeline
    blocks = []
    for flx in p.fluxions:
        header = f"flx {flx.id}"
        if flx.group:
            header += f" & {flx.group}"
        header += " {" + ", ".join(flx.context) + "}"
        lines = [header]
        for s in p.streams:
            if s.src is flx:
                sig = ", ".join(v.name for v in s.signature)
                lines.append(f"{STREAM_ARROWS[s.type]} {s.dst.id} [{sig}]")
        code = fluxion_code(analysis, flx)
        lines.extend("  " + line for line in code.rstrip().splitlines())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def fluxion_code(analysis, flx):
    """The fluxion's source as the user wrote it, nested fluxions replaced by stream
    placeholders (an await's continuation runs from the await to the end of its function)."""
    p = analysis.pipeline
    if flx.func is None:
        pieces = []
        for module in analysis.service.modules:
            text = with_placeholders(p, module, [0, len(module.original_text)], None)
            pieces.append(text if len(analysis.service.modules) == 1 else f"// {module.path}\n{text}")
        return "\n".join(pieces)
    rng = flx.module.original_range(flx.range, with_async=True)
    return dedent_tail(with_placeholders(p, flx.module, rng, flx), flx.module, rng[0])


def dedent_tail(code, module, offset):
    """Lines after the first lose the indentation of the line the fluxion starts on."""
    text = module.original_text
    line_start = text.rfind("\n", 0, offset) + 1
    indent = len(text[line_start:offset]) - len(text[line_start:offset].lstrip())
    lines = code.split("\n")
    return "\n".join([lines[0]] + [ln[indent:] if ln[:indent].strip() == "" else ln for ln in lines[1:]])


def with_placeholders(p, module, rng, owner):
    """`rng` of the user's text with the fluxions inside it replaced by placeholders."""
    ranges = [(module.original_range(f.range, with_async=True), f) for f in p.fluxions
              if f.func is not None and f is not owner and f.module is module]
    nested = sorted(((r, f) for r, f in ranges if rng[0] <= r[0] and r[1] <= rng[1]), key=lambda x: x[0][0])
    text = module.original_text
    out, pos = [], rng[0]
    for (start, end), f in nested:
        if start < pos:
            continue  # inside a fluxion already replaced
        out.append(text[pos:start])
        out.append(f"{STREAM_ARROWS.get(f.kind, '->')}{f.id}")
        pos = end
    out.append(text[pos:rng[1]])
    return "".join(out)


# -- dot and svg -------------------------------------------------------------

KIND_STYLE = {
    "main": {"shape": "box", "style": "rounded,filled", "fillcolor": "#e8e8e8"},
    "start": {"shape": "box", "style": "rounded,filled", "fillcolor": "#dbeafe"},
    "post": {"shape": "box", "style": "rounded,filled", "fillcolor": "#fef3c7"},
}
STREAM_STYLE = {
    "start": {"style": "bold", "color": "#1d4ed8"},
    "post": {"style": "dashed", "color": "#b45309"},
}


def fluxion_label(f):
    line = f["loc"]["start"]["line"]
    ctx = "{" + ", ".join(f["context"]) + "}" if f["context"] else ""
    parts = [f["name"], f"{f['kind']} · {f['file']}:{line}"]
    if ctx:
        parts.append(ctx)
    return "\n".join(parts)


def to_dot(graph, show_calls=False):
    dot = graphviz.Digraph("fluxions", graph_attr={"rankdir": "LR", "fontname": "Helvetica", "bgcolor": "transparent"},
                           node_attr={"fontname": "Helvetica", "fontsize": "11"},
                           edge_attr={"fontname": "Helvetica", "fontsize": "9"})
    grouped = {}
    for f in graph["fluxions"]:
        if f["group"]:
            grouped.setdefault(f["group"], []).append(f)
    for g in graph["groups"]:
        with dot.subgraph(name=f"cluster_{g['id']}") as sub:
            sub.attr(label=f"{g['id']}: " + ", ".join(g["variables"]), style="dashed", color="#7c3aed",
                     fontcolor="#7c3aed", fontname="Helvetica", fontsize="10")
            for f in grouped.get(g["id"], []):
                sub.node(f["id"], fluxion_label(f), id=f"flx-{f['id']}", **KIND_STYLE[f["kind"]])
    for f in graph["fluxions"]:
        if not f["group"]:
            dot.node(f["id"], fluxion_label(f), id=f"flx-{f['id']}", **KIND_STYLE[f["kind"]])
    for s in graph["streams"]:
        label = s["callee"] + ("\n[" + ", ".join(s["signature"]) + "]" if s["signature"] else "")
        if s.get("join"):
            draw_join(dot, s, label)
            continue
        dot.edge(s["from"], s["to"], label=label, id=f"stream-{s['id']}", **STREAM_STYLE[s["type"]])
    draw_packages(dot, graph.get("packages", []))
    if show_calls:
        for i, c in enumerate(graph.get("calls", [])):
            node = f"call_{i}"
            dot.node(node, c["callee"] + "()", shape="plaintext", fontsize="9", id=f"call-{i}")
            dot.edge(c["fluxion"], node, style="dotted", arrowhead="open", color="#6b7280")
    return dot


def draw_packages(dot, packages):
    """Each npm package as one collapsed box, a dotted line from each fluxion that calls it."""
    for i, p in enumerate(packages):
        node = f"package_{i}"
        dot.node(node, f"{p['name']}\npackage · {len(p['fluxions'])} caller{'s' if len(p['fluxions']) != 1 else ''}",
                 id=f"package-{i}", shape="box3d", style="filled", fillcolor="#ecfdf5", color="#047857",
                 tooltip="called by " + ", ".join(p["fluxions"]))
        for f in p["fluxions"]:
            dot.edge(f, node, style="dotted", arrowhead="odiamond", color="#047857", id=f"uses-{i}-{f}")


def draw_join(dot, s, label):
    """A fan-out and a join: one edge per branch into a join point, then the continuation."""
    join = f"join_{s['id']}"
    dot.node(join, f"Promise.{s['join']['kind']}", shape="diamond", style="filled", fillcolor="#ede9fe",
             fontsize="9", id=f"join-{s['id']}")
    for i, branch in enumerate(s["join"]["branches"]):
        dot.edge(s["from"], join, label=branch, id=f"stream-{s['id']}-branch-{i}", **STREAM_STYLE["post"])
    dot.edge(join, s["to"], label=label, id=f"stream-{s['id']}", **STREAM_STYLE[s["type"]])


def to_svg(graph, show_calls=False):
    return to_dot(graph, show_calls).pipe(format="svg").decode("utf-8")
