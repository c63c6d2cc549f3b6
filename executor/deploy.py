"""Deployment: analyse, compile, store, place, run main once.

A deployed version is one JSON bundle in Redis: the compiled modules, the
runtime configuration (units, fluxions) and the graph. Units are what the
placement table places: a group of fluxions that share state, a lone
fluxion with a context it writes, or a stateless fluxion (replicated: every
node runs it).
"""
import base64
import json
import sys
import time

from analyzer import ParseError, analyze, source
from analyzer.pipeliner import MAIN

from . import console, esm_packages, events, keys, packages, redis_client, resume
from .errors import DeployError
from .placement import assign_placement, living_nodes, wake_all
from .compiler import SUPPORTED_MODULES, Compiler, function_length, function_name, required_module, written_kind

ROOT = "/srv"
# Where the program's global variables live (`global.count`, implicit globals): the
# runtime reads and writes them on the global object (runtime/core.js, GLOBAL_OBJECT).
GLOBAL_OBJECT = "<global>"


def variable_key(v):
    """[module path, name] of a module variable, [GLOBAL_OBJECT, name] of a global one."""
    return [GLOBAL_OBJECT if v.scope.kind == "global" else v.scope.module.path, v.name]


def global_variables(analysis):
    """The names of the program's global variables: main's snapshot holds their values."""
    return sorted(v.name for v in analysis.pipeline.scopes.global_scope.variables.values() if v.node is not None)
DEFAULT_ENV = {"NODE_ENV": "production"}


def data_module_variables(service):
    """"path:name" -> the JSON file a module variable holds (`const settings =
    require('./settings.json')`): restored from a unit's state, its value is what a `require` of
    that file gives in that isolate, as Node.js's cache gives one object (runtime/run.js)."""
    jsons = {p for p in service.data_files if p.endswith(".json")}
    found = {}
    for module in service.modules:
        for statement in module.ast.body:
            for decl in statement.declarations if statement.type == "VariableDeclaration" else ():
                request = required_module(decl.init, local_modules=True) if decl.init is not None else None
                path = source.resolve_request(jsons, module.path, request, service.imports) \
                    if request and decl.id.type == "Identifier" and source.is_local_specifier(request) else None
                if path is not None:
                    found[f"{module.path}:{decl.id.name}"] = path
    return found



def text_files(files):
    """Splits an upload into JavaScript sources (text) and data (bytes)."""
    out, entry = {}, source.find_entry(files)
    for path, content in files.items():
        problem = source.path_problem(path)
        if problem:
            raise DeployError(f"{path!r}: {problem}")
        if source.is_js_path(path, entry):
            try:
                out[path] = content.decode("utf-8") if isinstance(content, bytes) else content
            except UnicodeDecodeError:
                raise DeployError(f"{path} is not UTF-8 text", file=path) from None
        else:
            out[path] = content if isinstance(content, bytes) else content.encode()
    return out


NO_ACCESS = frozenset("tls dgram dns dns/promises child_process cluster worker_threads http2 inspector repl".split())


def required_modules(analysis):
    """(call, name, position) of each `require('literal')` of the service."""
    for call in analysis.scopes.calls:
        callee, args = call.node.callee, call.node.arguments
        if callee.type != "Identifier" or callee.name != "require" or not args:
            continue
        arg = args[0]
        if arg.type == "Literal" and isinstance(arg.value, str):
            yield call, arg.value, call.module.lines.pos(call.node.range[0])


def required_packages(analysis):
    return {packages.package_name(name) for _, name, _ in required_modules(analysis)
            if not source.is_local_specifier(name) and not packages.provided(name)}


def check_modules(analysis, package_names=frozenset()):
    """Refuses, at deployment, a require() of a module that neither the runtime nor a
    shipped package (`package_names`, from node_modules/) provides."""
    for call, name, pos in required_modules(analysis):
        if source.is_local_specifier(name):
            if not analysis.service.has_file(call.module.path, name):
                raise DeployError(f"require('{name}'): no such file in the service", call.module.path,
                                  pos["line"], pos["column"])
            continue
        base = name[5:] if name.startswith("node:") else name
        if base.split("/")[0] in SUPPORTED_MODULES or \
                (not packages.provided(name) and packages.package_name(name) in package_names):
            continue
        raise DeployError(f"module '{name}' is not available in Liquefy: {missing_module_reason(base)}",
                          call.module.path, pos["line"], pos["column"])


def missing_module_reason(base):
    if base in NO_ACCESS:
        return "a fluxion has no network or process access"
    if base in packages.NODE_CORE:
        return f"Node's module '{base}' is not provided yet (available: {', '.join(sorted(SUPPORTED_MODULES))})"
    return (f"it is not a builtin (available: {', '.join(sorted(SUPPORTED_MODULES))}) and no package "
            f"'{packages.package_name(base)}' is in node_modules/ (see docs/packages.md)")


def written_by_fluxions(pipeline, variable):
    return any(r.writes() and any(k is not MAIN for k in pipeline.runs_of(r.scope.func)) for r in variable.refs)


def compute_units(analysis):
    """{unit id: {"fluxions": [...], "vars": [[module, name]...], "replicated": bool}}"""
    p = analysis.pipeline
    units = {keys.HTTP_UNIT: {"fluxions": [], "vars": [], "replicated": True},
             keys.MAIN_UNIT: {"fluxions": ["main"], "vars": [], "replicated": True}}
    unit_of = {}
    for g in p.groups:
        units[g.id] = {"fluxions": [f.id for f in g.fluxions], "vars": [variable_key(v) for v in g.held],
                       "replicated": False}
        if g.made:  # what the middleware keeps is a cell of the unit (runtime/core.js, madeState)
            units[g.id]["cells"] = True
        for f in g.fluxions:
            unit_of[f.id] = g.id
    for f in p.fluxions:
        if f.kind != "main" and f.id not in unit_of:
            units[f.id] = {"fluxions": [f.id], "vars": [], "replicated": True}
            unit_of[f.id] = f.id
    for info in p.variables:
        v = info.variable
        if info.kind == "share" and not v.is_module_level:
            for u in info.users:
                if u.kind != "main":
                    units[unit_of[u.id]].update(cells=True, replicated=False)
            continue
        if v.scope.kind not in ("module", "global") or info.kind == "stream":
            continue
        if info.kind == "scope" and not written_by_fluxions(p, v):
            continue  # a read-only constant: it stays in main's snapshot
        owners = {unit_of[u.id] for u in info.users if u.kind != "main"}
        for unit in owners:
            entry = variable_key(v)
            if entry not in units[unit]["vars"]:
                units[unit]["vars"].append(entry)
                units[unit]["replicated"] = False
    return units, unit_of


def build(slug, files, overrides=None, env=None, progress=None):
    """(analysis, bundle) for an upload; DeployError when it cannot run. `progress` hears
    how an npm install goes (packages.install)."""
    try:
        return build_bundle(slug, files, overrides, env, progress)
    except RecursionError:  # Python's stack, not the user's: a 4xx with the reason, never a crash
        raise DeployError("the code nests more deeply than the analyzer can follow in this process "
                          f"(Python's recursion limit, {sys.getrecursionlimit()})") from None


def build_bundle(slug, files, overrides, env, progress=None):
    files, package_files = packages.split(files)
    files = text_files(files)
    manifest = packages.manifest(files, "package.json")
    if not package_files and packages.needs_install(manifest):
        packages.check_specs(manifest)
        package_files = packages.install(files, progress)
    try:
        service = source.from_files(files, esm_packages=esm_packages.esm_package_names(package_files))
    except ParseError as e:
        raise DeployError(e.message, e.file, e.line, e.column) from None
    except FileNotFoundError as e:
        raise DeployError(str(e)) from None
    analysis = analyze(service, overrides)
    libraries = packages.libraries(package_files, manifest, required_packages(analysis))
    check_modules(analysis, packages.top_level(libraries))
    units, unit_of = compute_units(analysis)
    compiler = Compiler(analysis, unit_of)
    compiled = compiler.compile()
    fluxions = {}
    for f in analysis.pipeline.fluxions:
        if f.func is not None:
            fluxions[f.id] = {"unit": unit_of[f.id], "arity": function_length(f.func), "module": f.module.path,
                              "line": f.module.lines.pos(f.range[0])["line"],
                              "name": function_name(f.module, f.func) or (f.func.node.id.name if getattr(
                                  f.func.node, "id", None) is not None else "")}
            kind = written_kind(f.module, f.func)
            if kind is not None:  # compiled to a plain function: the runtime makes it an AsyncFunction again
                fluxions[f.id]["kind"] = kind
    config = {"slug": slug, "root": f"{ROOT}/{slug}", "entry": service.entry.path, "units": {
        u: info["vars"] for u, info in units.items()}, "fluxions": fluxions,
        "cellUnits": sorted(u for u, info in units.items() if info.get("cells")),
        "globals": global_variables(analysis), "dataModules": data_module_variables(service),
        "express": packages.express_major(manifest), "sources": function_sources(compiler),
        "env": dict(DEFAULT_ENV, **(env or {}))}
    order = list(reversed([m.path for m in service.modules]))
    modules = sorted((m.as_json() for m in compiled), key=lambda m: order.index(m["path"]))
    bundle = {"modules": modules, "libraries": libraries, "config": config, "units": units, "graph": analysis.graph}
    return analysis, bundle, files


def function_sources(compiler):
    """{function id: [module path, start, end]}: where each function of the program is in its file as
    written (UTF-16 offsets, as JavaScript's strings count), for `fn.toString()` (core.js), which DI
    containers and loaders parse (`fn.toString().match(/\\((.*?)\\)/)`): the compiled code is another
    text, and a fluxion is a function the runtime makes. Functions the transforms wrote are left out."""
    out, offsets = {}, {}
    for func, fid in compiler.ids.items():
        module = func.module
        if isinstance(func.name, str) and func.name.startswith("__"):
            continue
        start, end = module.original_range(func.range, with_async=True)
        head = module.text[func.range[0]:func.range[0] + 12].lstrip()
        written = module.original_text[start:end]
        if not head or not written.replace("async", "", 1).lstrip().startswith(head[:8].strip()[:4]):
            continue
        if module.path not in offsets:
            offsets[module.path] = utf16_offsets(module.original_text)
        utf16 = offsets[module.path]
        out[fid] = [module.path, utf16(start), utf16(end)]
    return out


def utf16_offsets(text):
    """index in `text` -> the same place counted in UTF-16 code units (made once a module: a bundle has
    thousands of functions, and encoding the text before each was quadratic)."""
    if text.isascii():
        return lambda n: n
    units = [0]
    for ch in text:
        units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return units.__getitem__


def drop_state(r, slug):
    """Forgets everything the project stored: contexts, files, its own keys, logs, timers.

    Not its meta: the version number goes on counting. A node keeps a project's isolate
    (with what its module-level variables hold) while the version it loaded is current,
    so a version number used again would have nodes go on with the old deployment."""
    batch = [k for k in redis_client.scan(r, keys.project(slug) + ":*") if k != keys.meta(slug)]
    for at in range(0, len(batch), 1000):  # (one slot: a cluster takes them in one command)
        r.delete(*batch[at:at + 1000])
    drop_timers(r, slug)


def drop_timers(r, slug):
    """The project's pending timers and intervals: a new main registers its own (the index
    entry left goes at the clocks' next look)."""
    r.delete(keys.timers(slug), keys.timer_data(slug))


def runs_same_code(r, slug, bundle):
    """Whether `bundle` is the code the project runs now (its fluxions, units and modules)."""
    version = r.hget(keys.meta(slug), "version")
    old = r.get(keys.bundle(slug, version)) if version else None
    if old is None:
        return False
    old = json.loads(old)
    return old["modules"] == bundle["modules"] and all(
        old["config"].get(k) == bundle["config"].get(k) for k in ("units", "fluxions", "entry"))


def settle_timers(r, slug, same_code):
    """A redeploy's pending timers: main's go (the new main sets its own); those that
    requests made stay when the code is the same, and otherwise a request still
    waiting on one is answered 503 at once instead of never."""
    main_rid = r.hget(keys.meta(slug), "main_rid")
    members = r.hkeys(keys.timer_data(slug))
    records = r.hmget(keys.timer_data(slug), members) if members else []
    gone, waiting = [], set()
    for member, raw in zip(members, records):
        if member.endswith("#pending"):  # a firing queued: with the same code, it still runs (scripts.TAKE)
            if not same_code:
                gone.append(member)
            continue
        rid = timer_request(raw)
        if rid is None or rid == main_rid or not same_code:
            gone.append(member)
            if rid is not None and rid != main_rid:
                waiting.add(rid)
    if gone:
        r.zrem(keys.timers(slug), *gone)
        r.hdel(keys.timer_data(slug), *gone)
    body = base64.b64encode(b"the service was deployed again while this request waited on a timer\n").decode()
    for rid in waiting:
        if r.set(keys.replied(rid), 1, nx=True, ex=keys.REPLY_TTL_S):
            r.rpush(keys.reply(rid), json.dumps({"rid": rid, "status": 503, "body": body, "route": None,
                                                 "headers": [["Content-Type", "text/plain; charset=utf-8"],
                                                             ["Retry-After", "1"]]}))
            r.expire(keys.reply(rid), keys.REPLY_TTL_S)


def timer_request(raw):
    """The request a timer's message belongs to, if any."""
    try:
        rid = json.loads(json.loads(raw)["message"]).get("rid")
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    return rid if isinstance(rid, str) else None


def claim(r, slug, owner):
    """The name is `owner`'s from now on, or DeployError if it is somebody else's. A name
    with data from before owners were kept goes to the operator only."""
    if r.hget(keys.OWNERS, slug) is None:
        if r.exists(keys.meta(slug)) and r.hget(keys.meta(slug), "status") and owner != keys.OPERATOR:
            raise DeployError(f"the name {slug} holds an earlier deployment with no owner: "
                              "only the operator (manage.py deploy) can deploy it")
        r.hsetnx(keys.OWNERS, slug, owner)
    if r.hget(keys.OWNERS, slug) != owner:
        raise DeployError(f"the name {slug} belongs to another owner: choose another name")


def deploy(r, slug, files, owner=keys.OPERATOR, reset=False, overrides=None, env=None, pins=None, timeout_s=30,
           verify=False):
    if r.hget(keys.OWNERS, slug) not in (None, owner):  # before npm's lines reach its log
        raise DeployError(f"the name {slug} belongs to another owner: choose another name")
    analysis, bundle, files = build(slug, files, overrides, env, install_reporter(r, slug))
    claim(r, slug, owner)
    if not living_nodes(r):
        raise DeployError("no node is running: start one with `celery -A config worker -n NAME@%h` (see README)")
    settle_timers(r, slug, same_code=not reset and runs_same_code(r, slug, bundle))
    if reset:
        drop_state(r, slug)
    old_units = {u: json.loads(v) for u, v in r.hgetall(keys.units(slug)).items()}
    keep = [u for u, info in bundle["units"].items()  # not a unit kept live: its old isolate held it
            if u in old_units and old_units[u].get("vars") == info["vars"] and info["vars"] and not reset
            and not old_units[u].get("live")]
    version = r.hincrby(keys.meta(slug), "version", 1)
    deployed_ms = int(time.time() * 1000)
    bundle["config"]["clockOrigin"] = deployed_ms  # performance.now()'s origin in every isolate
    pipe = r.pipeline(transaction=True)
    pipe.set(keys.deploying(slug), "1", ex=resume.LEASE_S)
    pipe.hset(keys.meta(slug), mapping={"status": "starting", "entry": bundle["config"]["entry"],
                                        "deployed_ms": deployed_ms, "deploy_phase": "stored",
                                        "verify": "1" if verify else "0",
                                        "deploy_keep": json.dumps(keep)})
    pipe.hdel(keys.meta(slug), "stopped_reason")
    pipe.set(keys.bundle(slug, version), json.dumps(bundle))
    pipe.delete(keys.bundle(slug, version - 1), keys.main(slug), keys.units(slug))
    pipe.hset(keys.units(slug), mapping={u: json.dumps(info) for u, info in bundle["units"].items()})
    for path, content in files.items():
        raw = content.encode() if isinstance(content, str) else content
        pipe.hset(keys.files(slug), path, base64.b64encode(raw).decode())
    pipe.incr(keys.files_version(slug))
    pipe.execute()
    r.sadd(keys.PROJECTS, slug)
    try:
        placement = assign_placement(r, slug, bundle["units"], pins)
        wake_all(r)
        run_main(r, slug, version, keep, timeout_s)
    except DeployError as e:
        r.hset(keys.meta(slug), mapping={"status": "stopped", "stopped_reason": str(e)})
        raise
    finally:
        resume.drop_lease(r, slug)
    wake_all(r)
    events.publish(r, {"type": "deploy", "version": version, "verify": verify}, slug)
    return {"version": version, "graph": bundle["graph"], "units": bundle["units"], "placement": placement}


def install_reporter(r, slug):
    """An npm install's progress for the IDE: each line of npm's output in the project's log,
    its start and end (or the cache taken instead) also as events."""
    def report(event):
        if event["type"] == "npm.log":
            text = event["line"]
        elif event["type"] == "npm.cached":
            text = "packages taken from the install cache (same package.json and package-lock.json)"
        elif event["type"] == "npm.start":
            text = f"{event['command']}: installing the packages of package.json"
        else:
            count = f"{event['packages']} package{'' if event['packages'] == 1 else 's'}"
            text = (f"{event['command']}: {count} installed in {event['seconds']} s"
                    if event["ok"] else f"{event['command']} failed after {event['seconds']} s")
        pipe = r.pipeline()
        console.push(pipe, slug, console.line("info", text, "deploy", source="npm"))
        pipe.execute()
        if event["type"] != "npm.log":
            events.publish(r, event, slug)
    return report


def run_main(r, slug, version, keep, timeout_s):
    """Queues main and waits for its outcome, holding the deploy's lease meanwhile; its
    node sets the project `running` (executor/resume.py: a node finishes a deploy whose
    process died)."""
    rid = resume.queue_main(r, slug, version, keep)
    deadline = time.monotonic() + timeout_s
    got = None
    while got is None and time.monotonic() < deadline:
        resume.hold_lease(r, slug)
        got = r.blpop([keys.reply(rid)], timeout=max(1, min(2, int(deadline - time.monotonic()))))
    if got is None:
        raise DeployError(f"main did not finish within {timeout_s} s (are the nodes running?)")
    result = json.loads(got[1])
    if result.get("main") != "done":
        error = result.get("error") or {}
        raise DeployError(f"main failed: {error.get('message', 'unknown error')}", error.get("file"),
                          error.get("line"), error.get("column"))
