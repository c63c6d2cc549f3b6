"""The fluxion graph as data (schema `flx-graph/1`)."""

from .pipeliner import user_function
from .ruptures import split_await_operand
from .state import write_key, write_site

SCHEMA = "flx-graph/1"


def awaited_range(call_node):
    """A split await's stream is located at what it awaits."""
    operand = split_await_operand(call_node.callee)
    return operand.range if operand is not None else None


def loc_of(module, rng):
    return module.lines.loc(rng)


def to_json(analysis):
    p = analysis.pipeline
    service = analysis.service
    return {
        "schema": SCHEMA,
        "files": [m.path for m in service.modules],
        "data": list(service.data_files),
        "fluxions": [fluxion_json(f) for f in p.fluxions],
        "streams": [stream_json(s) for s in p.streams],
        "variables": [variable_json(p, v) for v in p.variables],
        "groups": [{"id": g.id, "fluxions": [f.id for f in g.fluxions], "variables": g.variables}
                   for g in p.groups],
        "routes": p.routes,
        "calls": p.calls,
        "packages": p.packages,
        "diagnostics": analysis.report.as_json(),
    }


def fluxion_json(f):
    rng = f.module.original_range(f.range, with_async=True)
    item = {
        "id": f.id, "name": f.name, "kind": f.kind, "file": f.module.path,
        "loc": f.module.original_loc(rng), "range": rng,
        "context": list(f.context), "group": f.group,
    }
    if f.func is not None:
        item["async"] = f.func.is_async or f.module.original_text.startswith("async", rng[0])
    return item


def stream_json(s):
    call = s.rupture.call
    item = {
        "id": s.id, "from": s.src.id, "to": s.dst.id, "type": s.type,
        "callee": s.rupture.callee, "file": call.module.path,
        "loc": loc_of(call.module, awaited_range(call.node) or call.node.range),
        "signature": [v.name for v in s.signature],
    }
    if s.rupture.join:
        item["join"] = s.rupture.join  # {"kind": "all" | ..., "branches": [expressions]}
    return item


def variable_json(p, info):
    v = info.variable
    declared = user_function(v.scope.func)
    declared_in = "main" if declared is None else (
        p.fluxion_of[declared].id if declared in p.fluxion_of else (declared.name or "anonymous"))
    return {
        "name": v.name, "declared_in": declared_in, "kind": info.kind,
        "fluxions": [u.id for u in info.users],
        "file": v.scope.module.path if v.scope.module else None,
        "loc": loc_of(v.scope.module, v.range) if v.scope.module else None,
        "writes": writes_json(p, v),
    }


def writes_json(p, v):
    """Where fluxions (main aside) write the variable's value: by name, or through an alias,
    a method, a helper or a call the analysis cannot resolve (the reason of its placement)."""
    found = {}
    for r in v.refs:
        if not r.writes():
            continue
        module, node = write_site(r)
        line = module.lines.pos(node.range[0])["line"]
        for key in p.runs_of(r.scope.func):
            flx = p.fluxion_of[key]
            if flx.kind == "main":
                continue
            item = {"fluxion": flx.id, "file": module.path, "line": line,
                    "code": source_line(module, line), "key": write_key(r)}
            if getattr(r, "why", None):
                item["unresolved"] = r.why
            found.setdefault((p.fluxions.index(flx), module.path, line), item)
    return [found[k] for k in sorted(found)]


def source_line(module, line):
    """The user's line `line`, trimmed, for a reason a person reads."""
    lines = module.original_text.splitlines()
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return text if len(text) <= 80 else text[:77] + "..."
