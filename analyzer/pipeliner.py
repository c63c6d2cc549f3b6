"""From rupture points to the fluxion graph.

A fluxion is `main` or the callback of a rupture point. Every other function
runs inside the fluxions that call it (`runs_in`), so a variable is used by the
fluxions where the code that touches it runs. Variables are then placed:
`scope` (one fluxion's context, or read-only copies), `stream` (in the messages
of one chain), `share` (a group of fluxions that run one message at a time).
"""
import re

from .packages import package_of, package_uses, required_packages
from .ruptures import ParamRef, returned_tables, with_option_values
from .scopes import READ, WRITE, MUTATE, children
from .values import EXTERNAL, module_name

MAIN = None  # the key of the main fluxion in `runs_in` sets
# What a route reads on `req` to reach express-session's session: `req.session`, and connect-flash's `req.flash`.
SESSION_PROPERTIES = frozenset(("session", "flash"))
TIMERS = frozenset(("setTimeout", "setImmediate", "process.nextTick", "queueMicrotask"))
# The functions of `fs` (and fs.promises) that change the service's files.
FS_WRITES = frozenset("""
writeFile writeFileSync appendFile appendFileSync unlink unlinkSync rename renameSync mkdir mkdirSync rmdir
rmdirSync rm rmSync copyFile copyFileSync cp cpSync truncate truncateSync createWriteStream open openSync
symlink symlinkSync link linkSync mkdtemp mkdtempSync
""".split())


# Methods of a response a middleware keeps before wrapping them (`const end = res.end`).
RESPONSE_FUNCTIONS = frozenset("send json jsonp end write writeHead render redirect status set setHeader".split())

class Fluxion:
    def __init__(self, fid, kind, func, module, rng):
        self.id = self.name = fid
        self.kind, self.func, self.module, self.range = kind, func, module, rng
        self.context = []
        self.group = None

    def __repr__(self):
        return f"Fluxion({self.id})"


class Stream:
    def __init__(self, sid, src, dst, rupture):
        self.id, self.src, self.dst, self.rupture = sid, src, dst, rupture
        self.signature = []

    @property
    def type(self):
        return self.rupture.kind


class VariableInfo:
    def __init__(self, variable, kind, users):
        self.variable, self.kind, self.users = variable, kind, users


class Group:
    def __init__(self, gid, fluxions, variables, held=(), made=()):
        self.id, self.fluxions, self.variables = gid, fluxions, variables
        self.held = list(held)  # module variables only a package's made function changes (package_held)
        self.made = list(made)  # [(module, call node)]: a middleware a package made in main (package_made)


class Pipeliner:
    def __init__(self, service, scopes, finder, report):
        self.service, self.scopes, self.finder, self.report = service, scopes, finder, report
        self.values = finder.values
        self.roots = {}  # Func -> rupture kind
        self.runs = {}  # Func -> set of roots (Func) or MAIN
        self.fluxions = []
        self.fluxion_of = {}  # Func or MAIN -> Fluxion
        self.streams = []
        self.variables = []
        self.groups = []
        self.routes = []
        self.calls = []
        self.packages = []  # [{"name", "fluxions"}]: the npm packages used, and by which fluxions

    def run(self):
        self.find_roots()
        self.compute_runs_in()
        self.make_fluxions()
        self.make_streams()
        self.place_variables()
        self.make_groups()
        self.group_file_writers()
        self.make_signatures()
        self.make_routes()
        self.make_call_edges()
        self.make_packages()
        return self

    # -- fluxions --------------------------------------------------------

    def find_roots(self):
        for r in self.finder.ruptures:
            for func in self.finder.expand(r.callbacks):
                self.roots.setdefault(func, r)

    def contexts(self):
        """Where each function is invoked: the functions (or MAIN) that call it."""
        found = {}
        for call, func in self.finder.user_calls:
            found.setdefault(func, []).append(call.func)
        for ref, places in self.finder.param_calls.items():
            for func in self.finder.funcs_flowing(ref):
                found.setdefault(func, []).extend(places)
        for func, places in self.finder.sync_calls.items():
            found.setdefault(func, []).extend(places)
        return found

    def compute_runs_in(self):
        contexts = self.contexts()
        funcs = sorted(self.scopes.funcs, key=depth)
        runs = {f: ({f} if f in self.roots else set()) for f in funcs}
        changed = True
        while changed:
            changed = False
            for f in funcs:
                new = set(runs[f])
                places = [k for k in contexts.get(f, ()) if k is not f]
                for k in places:
                    new |= runs[k] if k is not None else {MAIN}
                if not places and f not in self.roots:
                    new |= runs[f.parent] if f.parent is not None else {MAIN}
                if new != runs[f]:
                    runs[f] = new
                    changed = True
        self.runs = runs
        self.places = contexts
        self._escaped = {}  # declaring function -> {function inside it: whether code outside calls it}

    def runs_of(self, func):
        return self.runs[func] if func is not None else {MAIN}

    def make_fluxions(self):
        main = Fluxion("main", "main", None, self.service.entry, [0, len(self.service.entry.text)])
        self.fluxions.append(main)
        self.fluxion_of[MAIN] = main
        taken = {"main"}
        ordered = sorted(self.roots, key=lambda f: (self.service.modules.index(f.module), f.range[0]))
        for func in ordered:
            rupture = self.roots[func]
            name = unique(self.name_for(func, rupture), taken)
            flx = Fluxion(name, rupture.kind, func, func.module, func.range)
            self.fluxions.append(flx)
            self.fluxion_of[func] = flx

    def name_for(self, func, rupture):
        if func.name and not (func.node.type == "ArrowFunctionExpression" and rupture.express is None
                              and func.name in ("callback", "cb")):
            return identifier(func.name)
        line = func.module.lines.pos(func.range[0])["line"]
        if rupture.express is not None:
            method, path = rupture.express.method, rupture.express.path or ""
            return identifier(f"{method}_{path}") if path.strip("/") else f"{method}_root"
        last = rupture.callee.split(".")[-1]
        return identifier(f"{last}_{line}")

    def make_streams(self):
        seen = set()
        by_call = {id(r.call.node): r for r in self.finder.ruptures}
        for r in self.finder.ruptures:
            for func in self.finder.expand(r.callbacks):
                dst = self.fluxion_of[func]
                for src in self.sources(r, by_call):
                    key = (src.id, dst.id, id(r.call))
                    if key not in seen:
                        seen.add(key)
                        self.streams.append(Stream(f"s{len(self.streams) + 1}", src, dst, r))

    def sources(self, rupture, by_call):
        """Where a rupture's messages come from: the fluxions running its call site,
        or, for `.then` chained on another `.then` (or an await of one), that one's callback."""
        previous = by_call.get(id(chained_on(rupture.call.node)))
        if previous is not None:
            callbacks = [self.fluxion_of[f] for f in self.finder.expand(previous.callbacks) if f in self.fluxion_of]
            if callbacks:
                return sorted(set(callbacks), key=self.fluxions.index)
        return [self.fluxion_of[k] for k in sorted(self.runs_of(rupture.func), key=self.order)]

    def order(self, key):
        flx = self.fluxion_of[key]
        return self.fluxions.index(flx)

    # -- variables -------------------------------------------------------

    def downstream(self):
        """fluxion -> every fluxion reachable from it through streams."""
        nexts = {}
        for s in self.streams:
            nexts.setdefault(s.src, set()).add(s.dst)
        reach = {}
        for flx in self.fluxions:
            seen, todo = set(), list(nexts.get(flx, ()))
            while todo:
                x = todo.pop()
                if x not in seen:
                    seen.add(x)
                    todo.extend(nexts.get(x, ()))
            reach[flx] = seen
        return reach

    # -- fan-out: a stream that may carry many messages per run of its source --

    def repeated_functions(self):
        """Functions that may run several times in one run of their fluxion: handed
        to an iterating method, called in a loop, from two places, or by such a function."""
        sites = {}
        for call, func in self.finder.user_calls:
            sites.setdefault(func, []).append(call)
        for ref, calls in self.finder.param_call_sites.items():
            for func in self.finder.funcs_flowing(ref):
                sites.setdefault(func, []).extend(calls)
        repeated = set(self.finder.expand(self.finder.iterated))
        changed = True
        while changed:
            changed = False
            for func, calls in sites.items():
                if func in repeated or func in self.roots:
                    continue
                if len(calls) > 1 or any(c.in_loop or (c.func is not None and c.func not in self.roots
                                                          and c.func in repeated) for c in calls):
                    repeated.add(func)
                    changed = True
        return repeated

    def fan_out_reach(self):
        """fluxion -> the fluxions it reaches through at least one stream that may
        carry several messages for one message of its source (every `start` stream
        does: a listener fires again and again)."""
        repeated = self.repeated_functions()
        fans = {s: (s.type == "start" or s.rupture.call.in_loop
                    or (s.rupture.func is not None and s.rupture.func not in self.roots
                        and s.rupture.func in repeated)) for s in self.streams}
        nexts = {}
        for s in self.streams:
            nexts.setdefault(s.src, []).append((s.dst, fans[s]))
        reach = {}
        for flx in self.fluxions:
            seen, todo = set(), [(d, f) for d, f in nexts.get(flx, ())]
            while todo:
                x, fanned = todo.pop()
                if (x, fanned) in seen:
                    continue
                seen.add((x, fanned))
                todo.extend((d, fanned or f) for d, f in nexts.get(x, ()))
            reach[flx] = {x for x, fanned in seen if fanned}
        return reach

    def place_variables(self):
        self.held_by_packages = self.package_held()
        self.handed_on = self.package_handed()
        reach = self.downstream()
        self.reach = reach
        self.fanned = self.fan_out_reach()
        for variable in self.candidate_variables():
            info = self.place(variable, reach)
            if info is not None:
                self.variables.append(info)

    def candidate_variables(self):
        seen = []
        for scope in self.scopes.scopes:
            for v in scope.variables.values():
                if v.refs and v.node is not None:
                    seen.append(v)
        module_order = {m.path: i for i, m in enumerate(self.service.modules)}
        return sorted(seen, key=lambda v: (not v.is_module_level,
                                           module_order.get(v.scope.module.path, 0) if v.scope.module else -1,
                                           v.range[0]))

    def is_code(self, v):
        """Functions, classes and modules: code available everywhere, not state."""
        if any(r.writes() for r in v.refs):
            return False
        if v.kind in ("function", "class", "fname"):
            return True
        if not v.is_module_level or v.kind == "param":
            return False
        value = self.values.variable_value(v)
        return value[0] in ("func", "class", "module", "localmod", "member", "app", "router", "redis", "emitter")

    def place(self, v, reach):
        module_level = v.is_module_level
        creators = {self.fluxion_of[k] for k in self.runs_of(v.scope.func)} if not module_level else set()
        readers, writers = set(), set(creators)
        for r in v.refs:
            for key in self.runs_of(r.scope.func):
                flx = self.fluxion_of[key]
                if module_level and flx.kind == "main":
                    continue
                if r.flags & READ:
                    readers.add(flx)
                if r.flags & (WRITE | MUTATE) and not (r.init and module_level):
                    writers.add(flx)
        made_users = self.package_made_users(v) if module_level and v in self.handed_on else set()
        writers |= made_users  # the package keeps what those functions give it, on what it made
        users = readers | writers
        if module_level and not users:
            return VariableInfo(v, "held", []) if v in self.held_by_packages else None
        request = not module_level and self.request_param(v)
        split_shared = not module_level and not request and self.written_across_awaits(v)
        kept = not module_level and self.kept_from_main(v)
        if not module_level and users <= creators and not split_shared and not self.used_by_inner_root(v) \
                and not kept:
            return None
        if not module_level and not request and not split_shared and not kept and writers <= creators \
                and all(r.init or not r.flags & (WRITE | MUTATE) for r in v.refs) and self.holds_response_method(v):
            # `const json = res.json.bind(res)` in a middleware, read by the wrapper it puts on `res` (`res.json =
            # (body) => json(wrap(body))`) wherever the handler answers: never changed, it travels in the wrapper's
            # environment with the response; as group state, it stayed bound to the copy of the response that
            # state held, not the one the handler answers (fresh24c-envelope-audit)
            return None
        if self.is_code(v):
            return None
        users = sorted(users, key=self.fluxions.index)
        if split_shared or kept or v in self.held_by_packages or made_users or \
                (module_level and getattr(v, "kept_inside", False)):
            # (a module value another module variable keeps, `cache.set(owners[i], ...)`: state.py pair_stored)
            kind = "share"
        elif len(users) == 1 or not (writers - ({self.fluxion_of[MAIN]} if module_level else set())):
            kind = "scope"
        elif not module_level and not request and self.written_by_many_messages(writers - creators, creators):
            kind = "share"
        elif request or (self.is_stream(writers, readers, reach, module_level) and not imported_elsewhere(v)
                         and v.scope.kind != "global"):  # a global variable is read where it lives
            kind = "stream"
        else:
            kind = "share"
        return VariableInfo(v, kind, users)

    @staticmethod
    def holds_response_method(v):
        """Whether a function's variable holds a method of the request or response its function (or the function
        around it) is handed, kept before a middleware wraps it: `const json = res.json.bind(res)`, `const send =
        res.send`."""
        if v.kind not in ("const", "let", "var") or len(v.assigned) != 1:
            return False
        init = v.assigned[0]
        if getattr(init, "type", None) is None:  # a value the tracker computed, not an expression
            return False
        if init.type == "CallExpression" and init.callee.type == "MemberExpression" and not init.callee.computed \
                and init.callee.property.name == "bind":
            init = init.callee.object
        if init.type != "MemberExpression" or init.computed or init.property.name not in RESPONSE_FUNCTIONS \
                or init.object.type != "Identifier":
            return False
        # the response a parameter of the function, or of the function around it: `const json = ...` after an
        # await is in the split function's continuation, whose own parameter is the awaited value
        # (fresh25a-esm-idempotency)
        holder = v.scope.lookup(init.object.name)
        return v.scope.func is not None and holder is not None and holder.kind == "param" \
            and holder.scope.func is not None

    def used_by_inner_root(self, v):
        """Whether a fluxion nested in its declaring function uses it (a split loop's body
        runs in its own continuations too, yet each iteration's locals travel to them)."""
        for r in v.refs:
            f = r.scope.func
            while f is not None and f is not v.scope.func:
                if f in self.roots:
                    return True
                f = f.parent
        return False

    def kept_from_main(self, v):
        """Whether a closure made by main's run of the variable's function uses it in another
        fluxion: `createStore` runs in main (and, as the analysis sees it, in handlers too);
        `store.dispatch()` in a handler runs the `dispatch` main's call made, which uses main's
        `listeners`, not a variable of the handler's own run: it is state, not a local."""
        declaring = v.scope.func
        if MAIN not in self.runs_of(declaring) or not any(r.writes() for r in v.refs):
            return False  # never changed after its initialisation: a copy of main's value is the value
        memo = self._escaped.setdefault(declaring, {})  # what follows depends on the function, not on v

        def escaped(f):
            """Whether code outside `declaring` calls `f` (a function inside it), in a fluxion other than main."""
            if f in memo:
                return memo[f]
            memo[f] = False
            if not within(f, declaring):
                # code outside the function changing the local's value through an alias (an
                # enclosing function mutating a module variable the local's object went into):
                # it changes the object main's run made if it runs in another fluxion
                memo[f] = found = any(x is not MAIN for x in self.runs_of(f))
                return found
            places = [k for k in self.places.get(f, ()) if k is not f]
            found = False
            for k in places:
                if k is None or not within(k, declaring):
                    found = any(x is not MAIN for x in self.runs_of(k))
                elif k is not declaring:
                    found = escaped(k)
                if found:
                    break
            if not places and f not in self.roots and f.parent is not declaring:
                found = escaped(f.parent)
            memo[f] = found
            return found

        return any(r.scope.func is not declaring and r.scope.func is not None and escaped(r.scope.func)
                   for r in v.refs)

    def written_across_awaits(self, v):
        """In an async function split at its awaits, a variable written by one piece
        (a continuation, a catch or finally block, a loop body) and used by another
        runs in several messages: it must be one shared cell, not copies."""
        declaring = v.scope.func
        if not in_split_async(declaring):
            return False
        writers = {r.scope.func for r in v.refs if r.writes()} - {declaring}
        users = {r.scope.func for r in v.refs} - {declaring}
        # a piece created inside the writer sees the written value; any other keeps an old copy
        return any(u is not w and not within(u, w) for w in writers for u in users)

    def request_param(self, v):
        """`req`, `res` or `next` of an Express handler or middleware (`(err, req, res, next)` of an error
        handler): the request the router goes on with. `next` carries it from message to message, so that
        what a piece after an await hangs on it (`const member = await find(id); req.member = member;
        next()`) is on the request the next handlers get; made a cell, kept in the unit's state, it became
        a copy of that request once the cell and `next` crossed a message apart (fresh23a-request-scoped)."""
        if v.kind != "param" or v.scope.func is None:
            return False
        rupture = self.roots.get(v.scope.func)
        if rupture is None or not rupture.express:
            return False
        params = v.scope.func.node.params
        first = 1 if len(params) == 4 and rupture.express.method != "param" else 0
        return any(p.type == "Identifier" and p.name == v.name for p in params[first:first + 3])

    def written_by_many_messages(self, writers, creators):
        """Several messages of one chain write it (a fan-out): copies would diverge."""
        return any(w in self.fanned[c] for w in writers for c in creators)

    @staticmethod
    def is_stream(writers, readers, reach, module_level):
        if module_level and writers & readers:
            return False  # read then written again by the same fluxion: state across messages
        return all(r in reach[w] for w in writers for r in readers if r is not w)

    def make_groups(self):
        parent = {}

        def find(x):
            while parent.get(x, x) is not x:
                x = parent[x]
            return x

        def union(a, b):
            a, b = find(a), find(b)
            if a is not b:
                parent[b] = a

        for info in self.variables:
            if info.kind == "share":
                users = [u for u in info.users if u.kind != "main"]
                for u in users[1:]:
                    union(users[0], u)
        for caller, callback in self.handed_to_packages():
            union(caller, callback)
        components = {}
        for info in self.variables:
            if info.kind == "share":
                users = [u for u in info.users if u.kind != "main"]
                if users:
                    components.setdefault(find(users[0]), []).append(info)
        taken = set()
        for root, infos in components.items():
            members = {u for i in infos for u in i.users if u.kind != "main"}
            members |= {root} | {f for f in parent if find(f) is root}
            members = sorted(members, key=self.fluxions.index)
            gid = unique("grp_" + identifier(infos[0].variable.name), taken)
            names = []
            for i in infos:
                if i.variable.name not in names:
                    names.append(i.variable.name)
            group = Group(gid, members, names)
            self.groups.append(group)
            for flx in members:
                flx.group = gid
            if len(members) > 1:
                self.report.info("group", members[0].module, members[0].range,
                                 fluxions=", ".join(f.id for f in members),
                                 variables=", ".join(names), group=gid)
        for info in self.variables:
            if info.kind == "held":
                gid = unique("pkg_" + identifier(info.variable.name), taken)
                self.groups.append(Group(gid, [], [info.variable.name], held=[info.variable]))
                self.report.info("package-held", info.variable.scope.module, info.variable.range,
                                 variable=info.variable.name, group=gid)
        for module, call in self.package_made():
            callee = module.text[call.callee.range[0]:call.callee.range[1]]
            gid = unique("pkg_made_" + identifier(callee), taken)
            self.groups.append(Group(gid, [], [], made=[(module, call)]))
            self.report.info("package-made", module, call.range, callee=callee, group=gid)
        self.join_session_users()
        for info in self.variables:
            if info.kind == "scope":
                for u in info.users:
                    if u.kind != "main" and info.variable.name not in u.context:
                        u.context.append(info.variable.name)

    def group_file_writers(self):
        """The fluxions that write the service's files run one message at a time, in one
        group: in Node.js a read-modify-write (`readFileSync`, then `writeFileSync`) is
        never interleaved with another's, and two nodes writing at once would lose one."""
        writing = self.file_writers()
        writers = [f for f in self.fluxions if f.kind != "main" and f in writing]
        if not writers:
            return
        joined = [g for g in self.groups if any(f in writers for f in g.fluxions)]
        members = sorted(set(writers) | {f for g in joined for f in g.fluxions}, key=self.fluxions.index)
        gid = joined[0].id if joined else unique("grp_files", {g.id for g in self.groups})
        group = Group(gid, members, [name for g in joined for name in g.variables])
        self.groups = [g for g in self.groups if g not in joined] + [group]
        for flx in members:
            flx.group = gid
        self.report.info("file-writers", writers[0].module, writers[0].range,
                         fluxions=", ".join(f.id for f in writers), group=gid)

    def file_writers(self):
        by_func = {f.func: f for f in self.fluxions if f.func is not None}
        found = set()
        for call in self.scopes.calls:
            value = self.finder.values.value(call.node.callee, call.module)
            if value[0] == "member" and module_name(value) in ("fs", "fs/promises") and value[2] in FS_WRITES:
                found.update(by_func[k] for k in self.runs_of(call.func) if k in by_func)
        return found

    def handed_to_packages(self):
        """(caller, callback) fluxion pairs: a fluxion handing a callback to a package or
        to what a package made (`Promise.delay(10).then(cb)` with bluebird). The package
        calls it itself, in the caller's message, where the runtime cannot make it a
        message of its own: the two run in one unit. Not main's top-level calls."""
        pairs, handed = [], set()
        for r in self.finder.ruptures:
            if r.express is not None or not self.package_rooted(r.call):
                continue
            for func in self.finder.expand(r.callbacks):
                callback = self.fluxion_of.get(func)
                if callback is None:
                    continue
                handed.add(func)
                for key in self.runs_of(r.call.func):
                    caller = self.fluxion_of[key]
                    if caller.kind != "main" and caller is not callback:
                        pairs.append((caller, callback))
        # a function or object a package made in the top level with a callback (`seed =
        # _.once(fn)`, `quotes = new LRUCache({ fetchMethod })`), called by a fluxion (`seed()`,
        # `quotes.fetch(k)`): the package calls the callback inside that call
        for call in self.scopes.calls:
            made = self.made_with(call.node.callee) if call.func is not None else None
            if made is None or not self.rooted_in_package(made.callee, call.module, False):
                continue
            handed = with_option_values(made.arguments)
            for arg in handed + self.finder.tables_handed(handed, call.module):
                for func in self.finder.expand(self.finder.items(arg, call.module)):
                    callback = self.fluxion_of.get(func)
                    if callback is not None:
                        pairs += [(self.fluxion_of[k], callback) for k in self.runs_of(call.func)
                                  if self.fluxion_of[k] is not callback]
        # a timer set inside such a callback may hold the package's function (`done`): it then
        # runs in the same message (runtime/run.js, keepTimer), so in the same unit
        for r in self.finder.ruptures:
            if r.callee in TIMERS and any(k in handed for k in self.runs_of(r.call.func)):
                for func in self.finder.expand(r.callbacks):
                    if self.fluxion_of.get(func) is not None:
                        pairs += [(self.fluxion_of[k], self.fluxion_of[func]) for k in self.runs_of(r.call.func)
                                  if k in handed]
        return pairs

    def package_handed(self):
        """Module variables given once what a package call or `new` made, handed in the top level
        to a package call (`new GraphQLSchema({ query: QueryType })`, `createHandler({ schema })`,
        also through an import of the variable), with the variables they name."""
        origins = (self.exported_origin(v) for v in self.package_call_arguments())
        return {v for v in origins if v is not None and v.is_module_level}

    def package_call_arguments(self):
        """The variables (or None) each identifier in the arguments of the top level's package calls names."""
        for call in self.scopes.calls:
            if call.func is None and self.package_rooted(call):
                for arg in call.node.arguments:
                    for ident in identifiers(arg):
                        yield self.values.variable(ident)

    def exported_origin(self, v, depth=0):
        """The variable of the module that exports what `v` was given by an import of it
        (`const { schema } = require('./schema')`, an ES module's `import { schema }`), else `v`."""
        if v is None or depth > 4 or not v.is_module_level or len(v.assigned) != 1:
            return v
        assigned = v.assigned[0]
        key, init = None, None
        if isinstance(assigned, tuple) and assigned[1].type == "ObjectPattern":
            for prop in assigned[1].properties:
                if prop.type == "Property" and not prop.computed and prop.value.type == "Identifier" \
                        and prop.value.name == v.name:
                    key = prop.key.name if prop.key.type == "Identifier" else getattr(prop.key, "value", None)
            init = assigned[2]
        elif getattr(assigned, "type", None) == "MemberExpression" and not assigned.computed:
            key, init = assigned.property.name, assigned.object
        if key is None or init is None:
            return v
        base = self.values.value(init, v.scope.module)
        if base[0] == "localmod":
            expr = self.scopes.exports.get(base[1], {}).get(key)
        elif base[0] == "object":  # `module.exports = { schema }`
            expr = next((p.value for p in base[1].properties if p.type == "Property" and not p.computed
                         and getattr(p.key, "name", getattr(p.key, "value", None)) == key), None)
        else:
            return v
        if expr is None or expr.type != "Identifier":
            return v
        origin = self.values.variable(expr)
        return v if origin is None else self.exported_origin(origin, depth + 1)

    def package_made_users(self, v, depth=0):
        """The fluxions of the service's functions handed to the package call that made module
        variable v's value (`new GraphQLObjectType({ fields: () => ({ x: { resolve } }) })`), and
        of those that made the package-made variables among its arguments (`new GraphQLSchema({
        query: QueryType })`): what that call made may call them whenever a package uses it."""
        if depth > 3 or not v.is_module_level or len(v.assigned) != 1:
            return set()
        made = v.assigned[0]
        module = v.scope.module
        if getattr(made, "type", None) not in ("CallExpression", "NewExpression") \
                or not self.rooted_in_package(made.callee, module, False):
            return set()
        handed = with_option_values(made.arguments)
        handed = handed + self.finder.tables_handed(handed, module)
        handed = handed + returned_tables(handed)
        users = set()
        for arg in handed:
            for func in self.finder.expand(self.finder.items(arg, module)):
                if not isinstance(func, ParamRef) and self.fluxion_of.get(func) is not None:
                    users.add(self.fluxion_of[func])
        for arg in made.arguments:
            for ident in identifiers(arg):
                w = self.exported_origin(self.values.variable(ident))
                if w is not None and w is not v:
                    users |= self.package_made_users(w, depth + 1)
        return users

    def package_held(self):
        """Module variables holding an instance of a package's class (`new session.MemoryStore()`)
        handed, in the top level, to a package call (`session({store: store})`): what that call
        makes (a middleware) changes the instance whenever it runs, so the instance is state,
        in a unit of its own, where the runtime runs that middleware."""
        return {v for v in self.package_call_arguments()
                if v is not None and v.is_module_level and self.package_instance(v)}

    def package_made(self):
        """Calls of a package in the top level mounted as middleware (`app.use(session({...}))`),
        none of whose arguments is a held instance (above). What such a call makes may keep
        state of its own, out of the service's sight (express-session's default MemoryStore,
        made inside `session()`): the analysis cannot see into it, so each gets a unit of its
        own, where the runtime runs the middleware whenever making it made instances that
        hold state (runtime/core.js, `madeState`)."""
        found = []
        for r in self.finder.ruptures:
            if r.express is None or r.call.func is not None:
                continue
            for arg in r.call.node.arguments:
                call = self.made_call(arg)
                if call is None or not self.rooted_in_package(call.callee, r.call.module, False):
                    continue
                if all(c is not call for _, c in found) and \
                        not any(self.values.variable(i) in self.held_by_packages for i in identifiers(call)):
                    found.append((r.call.module, call))
        return found

    def join_session_users(self):
        """express-session's middleware, made in main, keeps its sessions in the made unit (its default
        MemoryStore, runtime/core.js `madeState`) and saves `req.session` there from its `res.end` wrapper. A
        route with state of its own that reads or writes `req.session` would run in its own unit, write the
        copy of the session that travelled with `req`, and have the wrapper, made again there, save it into
        that node's store, not the unit's (fresh15-session-cart): its group joins the made unit, where the
        route then runs after the middleware, in the same message."""
        for made in [g for g in self.groups if g.made and any(self.made_package(m, c) == "express-session"
                                                             for m, c in g.made)]:
            joined = [g for g in self.groups if not g.made and not g.held and g.fluxions
                      and any(self.reads_session(f) for f in g.fluxions)]
            alone = [f for f in self.fluxions if f.kind != "main" and f.group is None and self.keeps_state(f)
                     and self.reads_session(f)]
            if not joined and not alone:
                continue
            made.fluxions = sorted({f for g in joined for f in g.fluxions} | set(alone), key=self.fluxions.index)
            made.variables = [name for g in joined for name in g.variables]
            self.groups = [g for g in self.groups if g not in joined]
            for flx in made.fluxions:
                flx.group = made.id
            module, call = made.made[0]
            self.report.info("session-users", module, call.range, group=made.id,
                             fluxions=", ".join(f.id for f in made.fluxions))

    def keeps_state(self, flx):
        """A fluxion in no group that uses a module variable some fluxion writes: a unit with state of its own."""
        for info in self.variables:
            v = info.variable
            if info.kind == "scope" and v.is_module_level and flx in info.users and \
                    any(r.writes() and any(k is not MAIN for k in self.runs_of(r.scope.func)) for r in v.refs):
                return True
        return False

    def made_package(self, module, call):
        """The npm package whose function made a middleware (`session` of express-session), or None."""
        node = call.callee
        while node.type in ("MemberExpression", "CallExpression"):
            node = node.object if node.type == "MemberExpression" else node.callee
        if node.type != "Identifier" or self.values.variable(node) is None:
            return None
        return package_of(module_name(self.values.value(node, module)))

    def reads_session(self, flx):
        """Whether the fluxion's code reads a `.session` property (`req.session.cart`), or `.flash`, which
        connect-flash (and express-flash) put on `req` to write `req.session.flash`."""
        if flx.func is None:
            return False
        lo, hi = flx.range
        found = []

        def walk(node):
            if found or node.range[1] <= lo or node.range[0] >= hi:
                return
            if node.type == "MemberExpression" and not node.computed and node.property.type == "Identifier" \
                    and node.property.name in SESSION_PROPERTIES and lo <= node.range[0] and node.range[1] <= hi:
                found.append(node)
                return
            for child in children(node):
                walk(child)
        walk(flx.module.ast)
        return bool(found)

    def made_with(self, callee):
        """The package call or `new` in the top level that made what `callee` calls: a module
        variable given it once, called (`seed()`) or called a method of (`quotes.fetch(k)`)."""
        holder = callee.object if callee.type == "MemberExpression" else callee
        v = self.values.variable(holder) if holder.type == "Identifier" else None
        if v is None or not v.is_module_level or len(v.assigned) != 1:
            return None
        made = v.assigned[0]
        return made if getattr(made, "type", None) in ("CallExpression", "NewExpression") else None

    def made_call(self, node):
        """The call that made a middleware: `session({...})` itself, or the one a module
        variable was given once (`var sessions = session({...}); app.use(sessions)`)."""
        if node.type == "Identifier":
            v = self.values.variable(node)
            if v is None or not v.is_module_level or len(v.assigned) != 1:
                return None
            node = v.assigned[0]
        return node if getattr(node, "type", None) == "CallExpression" else None

    def package_instance(self, v):
        if len(v.assigned) != 1 or getattr(v.assigned[0], "type", None) != "NewExpression":
            return False
        root = v.assigned[0].callee
        while root.type == "MemberExpression":
            root = root.object
        if root.type != "Identifier" or self.values.variable(root) is None:
            return False
        return package_of(module_name(self.values.value(root, v.scope.module))) is not None

    def package_rooted(self, call):
        """Whether a call's callee is reached from a package (`P.map`, `P.delay(1).then`,
        `lookupAsync(x).then` of `lookupAsync = P.promisify(f)`) or from a value made by
        code outside the program."""
        return self.rooted_in_package(call.node.callee, call.module)

    def rooted_in_package(self, node, module, outside=True):
        """Whether `node` is reached from a package, or (`outside`) from a value made by code
        outside the program."""
        while node.type in ("MemberExpression", "CallExpression", "ChainExpression", "NewExpression"):
            node = node.object if node.type == "MemberExpression" else \
                node.expression if node.type == "ChainExpression" else node.callee
        if node.type != "Identifier" or self.values.variable(node) is None:
            return False
        value = self.values.value(node, module)
        return (outside and value == EXTERNAL) or package_of(module_name(value)) is not None

    # -- signatures -----------------------------------------------------

    def free_variables(self, func):
        """Variables referenced inside `func` (nested functions included) declared outside it."""
        found = []
        for r in self.refs_inside(func):
            v = r.variable
            if v is not None and v not in found and not within(v.scope.func, func):
                found.append(v)
        return found

    def refs_inside(self, func):
        stack = [func]
        while stack:
            f = stack.pop()
            for s in self.scopes_of(f):
                yield from s.refs
            stack.extend(f.inner)

    def scopes_of(self, func):
        if not hasattr(self, "_scopes_by_func"):
            self._scopes_by_func = {}
            for s in self.scopes.scopes:
                self._scopes_by_func.setdefault(s.func, []).append(s)
        return self._scopes_by_func.get(func, ())

    def make_signatures(self):
        kinds = {id(i.variable): i.kind for i in self.variables}
        for flx in self.fluxions:
            if flx.func is None:
                continue
            carried = [v for v in self.free_variables(flx.func)
                       if (not v.is_module_level and v.node is not None) or kinds.get(id(v)) == "stream"]
            for s in self.streams:
                if s.dst is flx:
                    s.signature = carried
                    self.report_closures(s, carried)

    def report_closures(self, stream, carried):
        for v in carried:
            value = self.values.variable_value(v)
            funcs = [value[1]] if value[0] == "func" else []
            if v.kind == "param" and v.scope.func is not None and v in v.scope.func.params:
                funcs = self.finder.funcs_flowing(ParamRef(v.scope.func, v.scope.func.params.index(v)))
            for func in funcs:
                captured = [c.name for c in self.free_variables(func) if not c.is_module_level]
                self.report.info("closure-crosses", stream.rupture.call.module, stream.rupture.call.node.range,
                                 name=v.name, stream=f"{stream.src.id} -> {stream.dst.id}",
                                 captured=", ".join(captured) or "none")

    # -- routes and calls -----------------------------------------------

    def make_routes(self):
        mounts = {}
        for r in self.finder.ruptures:
            if r.express and r.express.method == "use":
                for value in r.express.mounted:
                    if value[0] == "router":
                        mounts.setdefault(value[1], []).extend(
                            (r.express.base, path) for path in r.express.paths or ("/",))

        def prefixes(base, depth=0):
            if depth > 20:
                return [""]
            if base[0] == "route":
                return prefixes(base[1], depth + 1)
            if base[0] == "router" and base[1] in mounts:
                return [join_path(p, path) for owner, path in mounts[base[1]]
                        for p in prefixes(owner, depth + 1)]
            return [""]

        for r in self.finder.ruptures:
            if not r.express or r.express.method == "param":
                continue
            method = {"del": "DELETE"}.get(r.express.method, r.express.method.upper())
            for prefix in prefixes(r.express.base):
                for path in r.express.paths or ("/",):
                    for func in self.finder.expand(r.callbacks):
                        self.routes.append({"method": method, "path": join_path(prefix, path),
                                            "fluxion": self.fluxion_of[func].id})

    def func_label(self, func):
        if func is None:
            return "main"
        if func in self.fluxion_of:
            return self.fluxion_of[func].id
        return func.name or "anonymous"

    def make_call_edges(self):
        for call, func in self.finder.user_calls:
            if func in self.roots:
                continue
            for key in sorted(self.runs_of(call.func), key=self.order):
                self.calls.append({"fluxion": self.fluxion_of[key].id,
                                   "caller": self.func_label(call.func),
                                   "callee": func.name or "anonymous",
                                   "loc": call.module.lines.loc(call.node.range), "file": call.module.path})


    def make_packages(self):
        def runs(func):
            return {MAIN} if func is None else self.runs.get(func, set())
        uses = package_uses(self.scopes, self.finder.values, runs)
        for module in self.service.modules:
            for name, keys in required_packages(module, self.scopes.funcs, runs).items():
                uses.setdefault(name, set()).update(keys)
        order = {f.id: i for i, f in enumerate(self.fluxions)}
        for name in sorted(uses):
            ids = {self.fluxion_of[k].id for k in uses[name] if k in self.fluxion_of}
            self.packages.append({"name": name, "fluxions": sorted(ids, key=order.get)})


PROMISE_CHAIN = ("then", "catch", "finally")


def identifiers(node):
    """The identifiers read in an expression (not property names, not inside functions)."""
    if node.type == "Identifier":
        yield node
        return
    if node.type in ("FunctionExpression", "ArrowFunctionExpression"):
        return
    for child in children(node):
        if node.type == "MemberExpression" and child is node.property and not node.computed:
            continue
        if node.type == "Property" and child is node.key and not node.computed:
            continue
        yield from identifiers(child)


def imported_elsewhere(v):
    """A live binding read by another ES module: that module reads the variable where it
    lives (`__rt.binding`), not from a message, so it is never carried in one."""
    return any(r.scope.module is not v.scope.module for r in v.refs)


def chained_on(node):
    """For `x.then(...)` where x is itself `y.then(...)` (or `__rt.awaitv(y.then(...))`), that call."""
    callee = node.callee
    if callee.type != "MemberExpression" or callee.computed or callee.property.name not in PROMISE_CHAIN:
        return None
    target = callee.object
    if target.type == "CallExpression" and target.callee.type == "MemberExpression" \
            and target.callee.object.type == "Identifier" and target.callee.object.name == "__rt" \
            and target.arguments:
        target = target.arguments[0]
    if target.type == "CallExpression" and target.callee.type == "MemberExpression" \
            and not target.callee.computed and target.callee.property.name in PROMISE_CHAIN:
        return target
    return None


def split_body(func):
    """Whether `func` is the arrow asyncsplit made for an async function's body."""
    return func.module.text.endswith("__rt.async(", 0, func.range[0])


def user_function(func):
    """The function the user wrote: the async function around a split body."""
    while func is not None and split_body(func):
        func = func.parent
    return func


def in_split_async(func):
    """Whether `func` is the body of an async function split by asyncsplit, or inside one."""
    while func is not None:
        text = func.module.text
        if text.endswith("__rt.async(", 0, func.range[0]):
            return True
        func = func.parent
    return False


def depth(func):
    d = 0
    while func.parent is not None:
        func, d = func.parent, d + 1
    return d


def within(func, outer):
    while func is not None:
        if func is outer:
            return True
        func = func.parent
    return False


def join_path(prefix, path):
    if not prefix or prefix == "/":
        return path or "/"
    if path in ("", "/"):
        return prefix
    return prefix.rstrip("/") + "/" + path.lstrip("/")


def identifier(text):
    """`text` as a name: letters (any script), digits and `$`; runs of anything else become `_`."""
    name = re.sub(r"(?:[^\w$]|_)+", "_", text).strip("_")
    return name or "anonymous"


def unique(name, taken):
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    taken.add(candidate)
    return candidate
