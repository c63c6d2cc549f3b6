"""Capsules: the analyzer's graph compiled into JavaScript the nodes can run.

Each module of the service becomes one script, rewritten by source ranges so
that every line stays where the user wrote it:

  - the module body is wrapped in `__rt.defineModule(path, function (...) {`
    on the user's first line; top-level statements other than declarations run
    only when `__defining` is true (at deployment, or on a node for a module main
    never loaded, first required by a handler), so that a node can load the
    module's functions without running `main` again; the parts of a top-level
    class that compute run only where the module is defined (executor/class_parts.py);
  - every fluxion's function literal is replaced in place by a stream
    placeholder `__rt.flx(id, envGetter)` padded to the same number of lines;
  - every other function literal is tagged in place, `__rt.fn(id, fn, envGetter)`,
    so that a closure can be carried across a stream as code plus captured values;
  - after the user's last line come the factories: a copy of each function
    literal's (rewritten) code that rebuilds it from a captured environment on any
    node, and accessors for the module-level variables. A line map sends error
    positions inside these copies back to the user's lines.
"""
import json
import re
from urllib.parse import quote

from analyzer.asyncsplit import lexical_nodes, own_nodes, top_level_method_homes
from analyzer.pipeliner import MAIN
from analyzer.scopes import WRITE, children, pattern_identifiers, walk
from analyzer.values import is_local_specifier

from .errors import DeployError
from .class_parts import class_part_edits, computes
from .privates import PrivatePlan

SUPPORTED_MODULES = frozenset("""
express fs path url querystring util events crypto redis ioredis buffer string_decoder assert timers http https os tty stream
zlib module express-async-errors readline net process diagnostics_channel async_hooks perf_hooks v8
""".split())


GENERATOR_HEAD = re.compile(r"function\s*\*\s*([A-Za-z_$][\w$]*)?\s*(?=\()")
IDENTIFIER = re.compile(r"^(?!(?:default|delete|new|class|function|return|this|in|of|do|if|for|let|var|const|void|"
                        r"typeof|yield|await|switch|case|break|continue|with|try|catch|finally|throw|while|else|"
                        r"export|import|super|extends|enum|null|true|false)$)[A-Za-z_$][\w$]*$")


class CompiledModule:
    def __init__(self, path, code, line_map):
        self.path, self.code, self.line_map = path, code, line_map

    def as_json(self):
        return {"path": self.path, "code": self.code, "lineMap": self.line_map}


class Compiler:
    def __init__(self, analysis, unit_of=None):
        self.analysis = analysis
        self.unit_of = unit_of or {}  # fluxion id -> the unit that runs it
        self.pipeline = analysis.pipeline
        self.scopes = analysis.scopes
        self.roots = {f.func: f.id for f in self.pipeline.fluxions if f.func is not None}
        self.ids = {}
        self.stream_module_vars = {id(i.variable) for i in self.pipeline.variables
                                   if i.kind == "stream" and i.variable.is_module_level}
        for n, func in enumerate(sorted(self.scopes.funcs, key=lambda f: (f.module.path, f.range[0]))):
            self.ids[func] = self.roots.get(func) or f"fn{n}_{func.module.lines.pos(func.range[0])['line']}"
        self.children = {}
        for func in self.scopes.funcs:
            self.children.setdefault(func.parent or func.module.path, []).append(func)
        for items in self.children.values():
            items.sort(key=lambda f: f.range[0])
        self._env = {}
        self.super_rewritten = set()  # arrows whose `super.x` are rewritten (check_super_arrows)
        self.cell_edits = self.plan_cells()
        self.plan_boxes(self.cell_edits)
        self.binding_edits = self.plan_bindings()
        self.privates = PrivatePlan(analysis, {id(f.node): f for f in self.scopes.funcs})
        self.check_super_arrows()
        self.accessor_edits = self.plan_accessors()
        self.template_edits = self.plan_templates()
        self.generators = {f: why for f, why in analysis.generators.items() if f not in self.roots}
        self.method_fluxions = self.plan_method_fluxions()
        for func in self.privates.confined & set(self.roots):
            pos = func.module.lines.pos(func.range[0])
            raise DeployError("a callback inside a class that uses its private names (#...) cannot run as a "
                              "fluxion of its own yet: use a method, or keep the private state in a public field",
                              func.module.path, pos["line"], pos["column"])

    def check_super_arrows(self):
        """An arrow that uses its method's `super` (`rows.map((r) => super.save(r))`, `setTimeout(() =>
        super.flush(), 5)`) cannot be copied out of its class as it is (`super` is a SyntaxError there).
        In a method of a class declared at the top level of its module, each `super.x` it reads becomes
        `Reflect.get(Object.getPrototypeOf(Home),"x",this)` (Home: `Class.prototype`, or `Class` in a static
        method), a call of one `Reflect.get(...).call(this,...)`, and the arrow keeps `this` as arrows using
        `this` do: it travels as any callback. Elsewhere (an anonymous class, `super(...)` or `super.x = v` in an
        arrow) it stays in place, as a method does, and one that is a fluxion of its own is refused."""
        arrows = {f for f in self.scopes.funcs if f.node.type == "ArrowFunctionExpression" and not f.is_method
                  and any(n.type == "Super" for n in lexical_nodes(f.node.body))}
        self.super_edits = {}
        homes = {k: v for m in self.analysis.service.modules for k, v in top_level_method_homes(m.ast).items()}
        by_node = {id(f.node): f for f in arrows}
        for func in sorted(arrows, key=lambda f: f.range[0]):
            if func.parent is not None and func.parent in arrows:
                continue  # an outer arrow's planning covers the arrows inside it
            method = func.parent
            while method is not None and method.node.type == "ArrowFunctionExpression":
                method = method.parent
            home = homes.get(id(method.node)) if method is not None else None
            edits = home and super_member_edits(func.module.text, func.node.body, home, by_node, func)
            if not edits:
                continue
            inner = {f for f in arrows if func.range[0] <= f.range[0] and f.range[1] <= func.range[1]}
            for owner, edit in edits:
                self.super_edits.setdefault(owner, []).append(edit)
            self.super_rewritten |= inner
            arrows -= inner
        for func in arrows & set(self.roots):
            pos = func.module.lines.pos(func.range[0])
            raise DeployError("a callback that uses `super` cannot run as a fluxion of its own yet: call a method "
                              "that uses it instead", func.module.path, pos["line"], pos["column"])
        self.privates.confined |= arrows

    def compile(self):
        self.check_method_fluxions()
        return [self.compile_module(m) for m in self.analysis.service.modules]

    def check_method_fluxions(self):
        """A class method stays in place (it is not rewritten as a fluxion): given as a
        handler or callback, it runs wherever it is called. For one that keeps state,
        that would be a wrong answer: it is refused instead."""
        for flx in self.pipeline.fluxions:
            func = flx.func
            if func is None or not func.is_method or self.travels_as_method(func) or func in self.method_fluxions \
                    or not self.keeps_state(flx):
                continue
            pos = func.module.lines.pos(func.range[0])
            raise DeployError(f"the method {func.name or ''} keeps state and is given as a handler or callback: "
                              "Liquefy cannot run a method as a fluxion of its own yet; call it from a function "
                              f"instead (`(req, res) => obj.{func.name or 'method'}(req, res)`)",
                              func.module.path, pos["line"], pos["column"])

    def plan_method_fluxions(self):
        """A fluxion that is a method of a top-level class (handed over bound,
        `ctrl.list.bind(ctrl)`, `this.#remove.bind(this)`) stays in its class, tagged with its fluxion after
        the class: `;__rt.methodFluxion(Class,"list",false,"list")` (`"#remove"` for a private one). The runtime then sends it,
        bound or not, to its unit, where the bound `this` is the unit's own object."""
        found = {}
        by_node = {id(f.func.node): f for f in self.pipeline.fluxions if f.func is not None and f.func.is_method}
        for module in self.analysis.service.modules:
            for st in module.ast.body:
                if st.type != "ClassDeclaration" or st.id is None:
                    continue
                for member in st.body.body:
                    flx = by_node.get(id(member.value)) if member.type == "MethodDefinition" else None
                    if flx is None or member.kind != "method" or member.computed \
                            or member.key.type not in ("Identifier", "PrivateIdentifier") \
                            or (member.key.type == "PrivateIdentifier" and member.static):
                        continue
                    key = member.key.name if member.key.type == "Identifier" else "#" + member.key.name
                    tag = (f";__rt.methodFluxion({st.id.name},{json.dumps(key)},"
                           f"{json.dumps(bool(member.static))},{json.dumps(flx.id)})")
                    found[flx.func] = (module.path, st.range[1], tag)
        return found

    def keeps_state(self, flx):
        """In a group, or using a module variable that some fluxion writes."""
        if flx.group is not None:
            return True
        p = self.pipeline
        return any(flx in info.users and info.variable.is_module_level and
                   any(r.writes() and any(k is not MAIN for k in p.runs_of(r.scope.func)) for r in info.variable.refs)
                   for info in p.variables)

    # -- environments ----------------------------------------------------

    def env_of(self, func):
        """Names a function literal captures: function-scope variables declared
        outside it, and module-level variables that travel in messages."""
        if func in self._env:
            return self._env[func]
        names = []
        for v in self.pipeline.free_variables(func):
            if v.node is None or v.name in names or v.scope.kind == "global":
                continue
            if not v.is_module_level or id(v) in self.stream_module_vars:
                names.append(v.name)
        self._env[func] = names
        return names

    @staticmethod
    def getter(names):
        return "function(){return {" + ",".join(f"{json.dumps(n)}:{n}" for n in names) + "};}"

    def env_getter(self, func):
        """The environment of `func`; an arrow that uses `this` also keeps the `this` of
        where it was made (a class field's arrow: the instance)."""
        names = self.env_of(func)
        if not lexical_this(func):
            return self.getter(names)
        return "()=>({" + ",".join([f"{json.dumps(n)}:{n}" for n in names] + ['"this":this']) + "})"

    # -- cells: function-scope variables that several messages write --------

    def plan_cells(self):
        """Edits that turn each such variable into a cell (`x` becomes `x.v`),
        grouped by the function whose text they are in."""
        edits = {}
        for info in self.pipeline.variables:
            v = info.variable
            if info.kind == "share" and not v.is_module_level and self.boxable(v):
                users = [u for u in info.users if u.kind != "main"]
                unit = self.unit_of.get(users[0].id, users[0].id) if users else None
                for owner, edit in self.cell_edits_of(v, unit):
                    edits.setdefault(owner, []).append(edit)
        return edits

    def plan_boxes(self, edits):
        """A function's variable that a closure made there reassigns while another closure
        uses it (createStore's `listeners`, reassigned by unsubscribe, read by dispatch) is
        kept in a box, `{v: value}`: one object the closures share wherever they travel
        together, where each would otherwise carry a copy of the value."""
        cells = {id(i.variable) for i in self.pipeline.variables
                 if i.kind == "share" and not i.variable.is_module_level}
        for scope in self.scopes.scopes:
            for v in scope.variables.values():
                if v.is_module_level or id(v) in cells or v.kind == "param" or not self.boxable(v):
                    continue
                closures = {r.scope.func for r in v.refs if r.scope.func is not v.scope.func}
                if len(closures) > 1 and any(r.flags & WRITE and not r.init and r.scope.func is not v.scope.func
                                             for r in v.refs):
                    for owner, edit in self.box_edits_of(v):
                        edits.setdefault(owner, []).append(edit)

    def box_edits_of(self, v):
        owner = v.scope.func or v.scope.module.path
        decl = self.scopes.declarators.get(id(v.node))
        if id(v.node) in self.scopes.loop_head_of:
            yield from self.loop_head_edits(v, lambda value: "{v:" + value + "}")
        elif decl is None:
            yield from self.pattern_edits(v, lambda value: "{v:" + value + "}")
        elif decl.init is not None:
            yield owner, (decl.init.range[0], decl.init.range[0], "{v:(")
            yield owner, (decl.init.range[1], decl.init.range[1], ")}")
        else:
            yield owner, (v.node.range[1], v.node.range[1], "={v:undefined}")
        for ref in v.refs:
            if ref.node is not v.node:
                text = f"{v.name}: {v.name}.v" if id(ref.node) in self.scopes.shorthands else f"{v.name}.v"
                yield ref.scope.func or ref.scope.module.path, (ref.node.range[0], ref.node.range[1], text)

    def boxable(self, v):
        if v.kind == "param":
            return v.scope.func is not None
        if id(v.node) in self.scopes.loop_heads:
            return id(v.node) in self.scopes.loop_head_of
        return v.kind in ("var", "let", "const") \
            and (id(v.node) in self.scopes.declarators or id(v.node) in self.scopes.pattern_declarators)

    def loop_head_edits(self, v, wrap):
        """A variable a `let`/`const` for-of (for-in) head declares, kept in a cell or a box (`for (const
        [name, repo] of Object.entries(resources)) router.post(..., () => repo.add(...))`): a binding of each
        iteration, so the head binds a name of its own and the body's first statement makes the variable
        from it (`for (const [name, __d_repo] of ...) {const repo=__rt.cell(__d_repo, unit); ...}`)."""
        loop = self.scopes.loop_head_of[id(v.node)]
        owner, temp = v.scope.func or v.scope.module.path, f"__d_{v.name}"
        yield self.rebinding(v, owner, temp)
        made = f"const {v.name}={wrap(temp)};"
        body = loop.body
        if body.type == "BlockStatement":
            yield owner, (body.range[0] + 1, body.range[0] + 1, made)
        else:
            yield owner, (body.range[0], body.range[0], "{" + made)
            yield owner, (body.range[1], body.range[1], "}")

    def pattern_edits(self, v, wrap):
        """A variable a destructuring declaration makes (`const { picking } = services`) and that is kept
        in a cell or a box: the pattern binds a name of its own, and a declarator added after the pattern's
        makes the variable from it (`const { picking: __d_picking } = services,picking=__rt.cell(__d_picking,
        unit)`), which works for `const`, nested patterns, defaults and rest elements alike."""
        decl = self.scopes.pattern_declarators[id(v.node)]
        owner, temp = v.scope.func or v.scope.module.path, f"__d_{v.name}"
        yield self.rebinding(v, owner, temp)
        yield owner, (decl.range[1], decl.range[1], f",{v.name}={wrap(temp)}")

    def rebinding(self, v, owner, temp):
        """The edit binding `temp` where `v` was declared (`{ picking }` keeps its key: `{ picking: temp }`)."""
        return owner, (v.node.range[0], v.node.range[1],
                       f"{v.name}: {temp}" if id(v.node) in self.scopes.shorthands else temp)

    def cell_edits_of(self, v, unit):
        """The cell is kept by `unit`, the group of the fluxions that use it."""
        tail = f",{json.dumps(unit)})"
        if v.kind == "param":
            body = v.scope.func.node.body
            if body.type == "BlockStatement":
                yield v.scope.func, (body.range[0] + 1, body.range[0] + 1, f"{v.name}=__rt.cell({v.name}{tail};")
            else:  # an arrow's expression body: `(counter) => (counter=__rt.cell(counter,unit),express.Router()...)`
                yield v.scope.func, (body.range[0], body.range[0], f"({v.name}=__rt.cell({v.name}{tail},")
                yield v.scope.func, (body.range[1], body.range[1], ")")
        elif id(v.node) in self.scopes.loop_head_of:
            yield from self.loop_head_edits(v, lambda value: f"__rt.cell({value}{tail}")
        elif id(v.node) in self.scopes.pattern_declarators:
            yield from self.pattern_edits(v, lambda value: f"__rt.cell({value}{tail}")
        else:
            decl = self.scopes.declarators[id(v.node)]
            owner = v.scope.func or v.scope.module.path
            if decl.init is not None:
                yield owner, (decl.init.range[0], decl.init.range[0], "__rt.cell(")
                yield owner, (decl.init.range[1], decl.init.range[1], tail)
            else:
                yield owner, (v.node.range[1], v.node.range[1], f"=__rt.cell(undefined{tail}")
        params = v.scope.func.node.params if v.kind == "param" else []
        for ref in v.refs:
            if ref.node is v.node:
                continue
            if params and params[0].range[0] <= ref.node.range[0] and ref.node.range[1] <= params[-1].range[1]:
                # a later parameter's default reads it before the body makes it a cell; a closure made there
                # (`clock = () => config.now`) may run after, or elsewhere with the cell for `config`
                if ref.scope.func is not v.scope.func and not ref.flags & WRITE:
                    read = f"__rt.cellValue({v.name})"
                    text = f"{v.name}: {read}" if id(ref.node) in self.scopes.shorthands else read
                    yield ref.scope.func or ref.scope.module.path, (ref.node.range[0], ref.node.range[1], text)
                continue
            text = f"{v.name}: {v.name}.v" if id(ref.node) in self.scopes.shorthands else f"{v.name}.v"
            yield ref.scope.func or ref.scope.module.path, (ref.node.range[0], ref.node.range[1], text)

    # -- live bindings: imports that read another ES module's variable -------

    def plan_bindings(self):
        """Each reference the analysis linked to a variable of another module (an import
        of a reassigned `export let`, scopes.py) reads it there: `__rt.binding(path, name)`."""
        edits = {}
        for scope in self.scopes.scopes:
            for r in scope.refs:
                v = r.variable
                if v is None or v.scope.kind != "module" or v.scope.module is r.scope.module:
                    continue
                read = f"__rt.binding({json.dumps(v.scope.module.path)},{json.dumps(v.name)})"
                node = self.scopes.namespace_reads.get(id(r.node))
                if node is not None:
                    edit = (node.range[0], node.range[1], read)
                elif id(r.node) in self.scopes.shorthands:
                    edit = (r.node.range[0], r.node.range[1], f"{r.node.name}: {read}")
                else:
                    edit = (r.node.range[0], r.node.range[1], read)
                edits.setdefault(r.scope.func or r.scope.module.path, []).append(edit)
        # a named import from a module in a cycle with the importer, with no variable behind it (a default
        # export made by an expression, re-exported by a barrel) was undefined when the importer ran: the module
        # imported (the barrel) sets it once its body has run, as Node.js's binding would read it by then
        for importer, local, path, name in self.scopes.late_imports:
            module = self.scopes.service.by_path.get(path)
            if module is None:
                continue
            end = len(module.text)
            text = (f"\n;if(__defining)__rt.lateImport({json.dumps(importer)},{json.dumps(local)},"
                    f"module.exports[{json.dumps(name)}]);")
            edits.setdefault(path, []).append((end, end, text))
        return edits

    # -- rewriting -------------------------------------------------------

    def rewrite(self, module, rng, owner):
        """The text of `rng` with the functions directly inside it rewritten."""
        text = module.text
        out, pos = [], rng[0]
        top = owner == module.path
        edits = self.top_level_edits(module) + package_call_edits(module, self.made_units(module)) + \
            class_part_edits(module) + \
            [(at, at, tag) for path, at, tag in self.method_fluxions.values() if path == module.path] if top \
            else self.declaration_tags(owner)
        edits += [e for e in list(self.cell_edits.get(owner, ())) + self.privates.edits.get(owner, [])
                  + self.accessor_edits.get(owner, []) + self.binding_edits.get(owner, [])
                  + self.template_edits.get(owner, []) + self.super_edits.get(owner, [])
                  if rng[0] <= e[0] and e[1] <= rng[1]]
        for func in self.children.get(owner, ()):
            span = func.property.range if self.travels_as_method(func) else func.range
            if not (rng[0] <= span[0] and span[1] <= rng[1]):
                continue
            edits.append((span[0], span[1], func))
        edits.sort(key=lambda e: (e[0], e[1]))
        for start, end, what in edits:
            if start < pos:
                continue
            out.append(text[pos:start])
            if isinstance(what, str):
                out.append(what)
            else:
                out.append(self.rewrite_function(module, what))
            pos = end
        out.append(text[pos:rng[1]])
        return "".join(out)

    def declaration_tags(self, owner):
        """Functions declared inside `owner` are tagged as soon as the block they are
        declared in starts (they are hoisted there: the function's body, or an inner
        block such as a `try`), so they can travel before they are first called."""
        body = owner.node.body
        if body.type != "BlockStatement":
            return []
        blocks = [b for b in own_nodes(body) if b.type == "BlockStatement"]
        by_block = {}
        for f in self.children.get(owner, ()):
            if f.node.type != "FunctionDeclaration":
                continue  # only declarations are hoisted (an arrow may be a parameter's default)
            holders = [b for b in blocks if b.range[0] < f.range[0] and f.range[1] <= b.range[1]]
            if not holders:
                continue  # a default parameter's function: declared in no block
            block = max(holders, key=lambda b: b.range[0])
            by_block.setdefault(block.range[0] + 1, []).append(f)
        edits = []
        for at, funcs in sorted(by_block.items()):
            tags = self.tags_for(funcs)
            if tags:
                edits.append((at, at, tags))
        return edits

    def tags_for(self, funcs):
        tags = []
        for f in funcs:
            if f.node.type != "FunctionDeclaration" or not f.name or f.is_method or f in self.privates.confined:
                continue
            kind = "flxDecl" if f in self.roots else "fn"
            if kind == "fn" and f.parent is None:
                continue  # a top-level declaration is found by its name
            tags.append(f"__rt.{kind}({json.dumps(self.ids[f])},{f.name},{self.getter(self.env_of(f))});")
        return "".join(tags)

    def travels_as_method(self, func):
        """An object literal's method with a plain key (`{ list(req, res) {...} }`) or a well-known
        symbol's (`[Symbol.asyncIterator]() {...}`): it is rebuilt elsewhere from a one-property
        object literal, so it stays a method."""
        prop = func.property
        return prop is not None and prop.kind == "init" and func not in self.privates.confined \
            and not uses_super(func) and (
            is_well_known_symbol(prop.key) if prop.computed else prop.key.type in ("Identifier", "Literal"))

    @staticmethod
    def is_accessor(func):
        """`get total() {...}` or `set total(v) {...}` of an object literal, with a plain key."""
        prop = func.property
        return prop is not None and prop.kind in ("get", "set") and not prop.computed and not uses_super(func) \
            and prop.key.type in ("Identifier", "Literal")

    def plan_accessors(self):
        """An object literal with accessors becomes `__rt.accessors({...}, [[key, kind, id, env]...])`,
        which tags each accessor's function so that the object travels with them (not
        with the values they gave when it was encoded)."""
        accessors = [f for f in self.scopes.funcs if self.is_accessor(f) and f not in self.privates.confined]
        if not accessors:
            return {}
        holders = {}
        for module in self.analysis.service.modules:
            for node in walk(module.ast):
                if node.type == "ObjectExpression":
                    for prop in node.properties:
                        holders[id(prop)] = node
        by_object = {}
        for func in accessors:
            obj = holders[id(func.property)]
            by_object.setdefault(id(obj), (obj, func.module, []))[2].append(func)
        edits = {}
        for obj, module, funcs in by_object.values():
            owner = self.enclosing(module, obj.range)
            entries = ",".join(f"[{json.dumps(property_key(f.property))},{json.dumps(f.property.kind)},"
                               f"{json.dumps(self.ids[f])},{self.getter(self.env_of(f))}]" for f in funcs)
            edits.setdefault(owner, []).extend([(obj.range[0], obj.range[0], "__rt.accessors("),
                                                (obj.range[1], obj.range[1], f",[{entries}])")])
        return edits

    def plan_templates(self):
        """A tagged template's strings array is one object per call site, which code may key a cache by; in a
        unit's state it must come back as the array of its site in the isolate decoding it. `tag`a${x}`` becomes
        `__rt.tagged("path:pos",tag)`a${x}``, `obj.tag`...`` becomes `__rt.tagged("path:pos",obj,"tag")`...``:
        the runtime hands the tag its site's array, which serialize.js names by the site (runtime/templates)."""
        edits = {}
        func_of = {id(f.node): f for f in self.scopes.funcs}
        for module in self.scopes.service.modules:
            stack = [(st, module.path) for st in reversed(module.ast.body)]
            while stack:
                node, owner = stack.pop()
                owner = func_of.get(id(node), owner)
                if node.type == "TaggedTemplateExpression":
                    found = tagged_edits(module.text, node, f"{module.path}:{node.range[0]}")
                    if found:
                        edits.setdefault(owner, []).extend(found)
                stack.extend((c, owner) for c in reversed(list(children(node))))
        return edits

    def enclosing(self, module, rng):
        """The innermost function of `module` whose code holds `rng`, or the module's path."""
        best = None
        for f in self.scopes.funcs:
            if f.module is module and f.range[0] <= rng[0] and rng[1] <= f.range[1] and f.range != rng \
                    and (best is None or best.range[0] <= f.range[0] and f.range[1] <= best.range[1]):
                best = f
        return best or module.path

    def accessor_code(self, module, func):
        """`Object.getOwnPropertyDescriptor({ get total() {...} }, "total").get`, rewritten."""
        prop = func.property
        head = module.text[prop.range[0]:func.range[0]]
        return (f"Object.getOwnPropertyDescriptor({{{head}{self.rewrite(module, func.range, func)}}},"
                f"{json.dumps(property_key(prop))}).{prop.kind}")

    def method_code(self, module, func):
        """`({ list(req, res) {...} }).list`, with the method's code rewritten."""
        prop = func.property
        head = module.text[prop.range[0]:func.range[0]]
        return f"({{{head}{self.rewrite(module, func.range, func)}}})[{method_key(module, prop)}]"

    def rewrite_function(self, module, func):
        original = module.text[func.range[0]:func.range[1]]
        fid = self.ids[func]
        getter = self.env_getter(func)
        if self.travels_as_method(func):
            prop = func.property
            key = module.text[prop.key.range[0]:prop.key.range[1]]
            key = f"[{key}]" if prop.computed else key
            if func in self.roots:
                padding = "\n" * module.text.count("\n", prop.range[0], prop.range[1])
                return f"{key}:__rt.flx({json.dumps(fid)},{getter}){padding}"
            return f"{key}:__rt.fn({json.dumps(fid)},{self.method_code(module, func)},{getter})"
        if func.is_method or func in self.privates.confined:
            return self.rewrite(module, func.range, func)
        if func in self.roots:
            padding = "\n" * original.count("\n")
            if func.node.type == "FunctionDeclaration":
                # still a declaration (hoisted, callable), tagged as the fluxion where it is hoisted
                return (f"function {func.name}(){{return __rt.invokeFluxion({json.dumps(fid)},({getter})(),this,"
                        f"arguments);}}{padding}")
            return f"__rt.flx({json.dumps(fid)},{getter}){padding}"
        body = self.function_code(module, func)
        if func.node.type == "FunctionDeclaration":
            return body  # tagged at the top of the enclosing body, or found by name at the top level
        name = function_name(module, func)
        named = "" if name is None else "," + json.dumps(name)
        return f"__rt.fn({json.dumps(fid)},{body},{getter}{named})"

    def function_code(self, module, func):
        """A function literal's rewritten text; a generator function's made into a function
        that hands each object it makes to `__rt.gen`, with the reason (from
        analyzer/generators.py) it cannot be replayed elsewhere, or null. Same lines."""
        code = self.rewrite(module, func.range, func)
        if func not in self.generators:
            return code
        head = GENERATOR_HEAD.match(code)
        if head is None:
            return code
        rest = code[head.end():]
        inferred = func.name if IDENTIFIER.match(func.name or "") and \
            not re.search(rf"(?<![\w$.]){re.escape(func.name)}(?![\w$])", rest) else None
        name = head.group(1) or inferred or "__rtGen"  # a name of its own that the body does not shadow
        why = json.dumps(self.generators[func])
        return f"function {name}(){{return __rt.gen({name},this,arguments,function*{rest},{why})}}"

    def made_units(self, module):
        """{call's range: unit} of the middleware packages make in this module's top level."""
        return {tuple(call.range): g.id for g in self.pipeline.groups for m, call in g.made if m is module}

    def top_level_edits(self, module):
        """`if(__defining)` before each top-level statement that is not a declaration (a module main
        never loaded runs them on the node that first requires it, as Node.js does);
        `let`/`const` become `var` (same width) so that the guard stays legal."""
        edits = []
        names, constructors = package_names(module), constructor_names(module)
        for st in module.ast.body:
            if st.type in ("FunctionDeclaration", "ClassDeclaration"):
                continue
            guard = "" if is_definition(st, names, constructors=constructors) else "if(__defining)"
            if not guard and exported_name(st):
                guard = f"if(__defining||{exported_name(st)}!==undefined)"
            if st.type == "VariableDeclaration" and st.kind in ("let", "const"):
                edits.append((st.range[0], st.range[0] + len(st.kind), guard + "var" + " " * (len(st.kind) - 3)))
            elif guard:
                edits.append((st.range[0], st.range[0], guard))
        return edits

    # -- modules ---------------------------------------------------------

    def compile_module(self, module):
        """One script per module. Line 1 carries the wrapper and the factory table;
        the user's lines follow unchanged in number; factories and accessors come
        after the last line."""
        body = self.rewrite(module, [0, len(module.text)], module.path)
        funcs = self.funcs_of(module)
        table = ",".join(f"{json.dumps(self.ids[f])}:{factory_name(self.ids[f])}" for f in funcs)
        # an ES module with a top-level await runs as an async function; the runtime takes
        # its description (`names`...) from `register`, since the function returns a promise
        described = "," + json.dumps(self.described(module)) if getattr(module, "is_async", False) else ""
        header = (f"__rt.defineModule({json.dumps(module.path)},"
                  f"{'async ' if described else ''}function(exports,require,module,__filename,__dirname,__main,__defining){{"
                  f"{self.strict_directive(module)}var __F={{{table}}};__rt.register({json.dumps(module.path)},__acc,__F{described});"
                  + self.tags_for(self.children.get(module.path, ())))
        parts = [header, body, "\n;\n"]
        line_no = 1 + body.count("\n") + 2  # the line the first factory starts on
        line_map = []
        for func in funcs:
            names = self.env_of(func)
            if self.travels_as_method(func):
                code = self.method_code(module, func)
            elif self.is_accessor(func):
                code = self.accessor_code(module, func)
            else:
                code = self.function_code(module, func)
            if func.node.type == "FunctionDeclaration" and (func.parent is None or func.name in names):
                code = anonymous(code, func.name)
            locals_ = "".join(f"var {n}=__env[{json.dumps(n)}];" for n in names)
            name = None if self.travels_as_method(func) else function_name(module, func)
            if name is not None:  # made again where it arrives: named as where it was written
                code = f"__rt.named(({code}),{json.dumps(name)})"
            made = f"return [({code}),{self.env_getter(func)}];"
            if lexical_this(func):  # made again inside a function whose `this` is the one it kept
                strict = '"use strict";' if is_strict(module, func) else ""
                made = f'return (function(){{{strict}{made}}}).call(__env["this"]);'
            factory = f"function {factory_name(self.ids[func])}(__env){{{locals_}{made}}}\n"
            original_line = module.lines.pos(func.range[0])["line"]
            line_map.append([line_no, line_no + code.count("\n"), original_line])
            line_no += factory.count("\n")
            parts.append(factory)
        parts.append(self.accessors(module))
        parts.append("});\n//# sourceURL=" + quote(module.path, safe="/._-~@+") + "\n")
        return CompiledModule(module.path, "".join(parts), line_map)

    @staticmethod
    def strict_directive(module):
        """A strict module (an ES module, or one starting with "use strict") stays strict: the
        directive must open the wrapper's body, where the user's own no longer does, so that
        its code and the factories rebuilding its functions run in strict mode."""
        return '"use strict";' if module.is_esm or has_use_strict(module.ast.body) else ""

    def funcs_of(self, module):
        """Every function literal of the module that may have to be rebuilt
        elsewhere: all but top-level declarations (found by name) and methods."""
        return [f for f in sorted(self.scopes.funcs, key=lambda f: f.range[0])
                if f.module is module and (not f.is_method or self.travels_as_method(f) or self.is_accessor(f))
                and f not in self.privates.confined
                and not (f.node.type == "FunctionDeclaration" and f.parent is None and f not in self.roots)]

    def module_variables(self, module):
        scope = self.scopes.module_scopes[module.path]
        return scope, [n for n, v in scope.variables.items() if v.kind != "param" and v.node is not None]

    def described(self, module):
        """{names, functions, classes}: the module's state (restored from main's snapshot),
        its top-level functions and classes."""
        scope, names = self.module_variables(module)
        # what a module of the service exports at load may be less than main left: restored too
        names_of_packages = package_names(module)
        definitions = [st for st in module.ast.body if is_definition(st, names_of_packages, local_modules=False)]
        defined = {n for st in definitions for n in declared_names(st)} - names_of_packages.remade
        # made by package calls on every node: where such a value cannot travel, each node keeps its own
        remade = {n for st in definitions if st.type == "VariableDeclaration"
                  and all(package_setup(d.init, names_of_packages, False) for d in st.declarations)
                  for n in declared_names(st)}
        return {"names": [n for n in names if scope.variables[n].kind not in ("function", "class") and n not in defined],
                "remade": sorted(remade & set(names)),
                "functions": [n for n in names if scope.variables[n].kind == "function" or holds_function(scope.variables[n])],
                "classes": [n for n in names if scope.variables[n].kind == "class"],
                "exported": exported_classes(module)}

    @staticmethod
    def exports_setter(scope):
        """`__acc("exports", null, v)`: a unit's copy of the module's exports becomes its
        `module.exports`, and its `exports` while the two were one object (runtime/core.js,
        restoreExports): the module's own functions write what the unit keeps."""
        if any(getattr(scope.variables.get(n), "node", None) is not None for n in ("exports", "module")):
            return ""  # shadowed by a variable of the module
        return "else if(__op==='exports'){if(exports===module.exports)exports=__v;module.exports=__v;}"

    def accessors(self, module):
        scope, names = self.module_variables(module)
        d = self.described(module)
        # the accessor's parameters are named as no module variable can be (`let n = 0` in the
        # service once read the accessor's own `n`: every message saw its name as its value)
        get_cases = "".join(f"case {json.dumps(n)}:return {n};" for n in names)
        set_cases = "".join(f"case {json.dumps(n)}:{n}=__v;return;" for n in names
                            if scope.variables[n].kind not in ("function", "class"))
        return ("function __acc(__op,__n,__v){if(__op==='get'){switch(__n){" + get_cases + "}}"
                + self.exports_setter(scope) +
                "else{switch(__n){" + set_cases + "}}}\n"
                "return {factories:__F,acc:__acc,"
                f"names:{json.dumps(d['names'])},remade:{json.dumps(d['remade'])},"
                f"functions:{json.dumps(d['functions'])},classes:{json.dumps(d['classes'])},"
                f"exported:{json.dumps(d['exported'])}}};\n")


def exported_classes(module):
    """The classes (and constructor functions) the module exports without naming them by a
    variable: `module.exports = class NotFound extends Error {...}` gives "module.exports",
    `exports.Conflict = class ...` and `module.exports = { Conflict: class ... }`
    "module.exports.Conflict"; `module.exports = function Thing() {...}` and
    `exports.Thing = function ...` likewise. Made again
    by each node's load, they travel by that name, and their instances with them."""
    out = []
    for st in module.ast.body:
        e = st.expression if st.type == "ExpressionStatement" else None
        if e is None or e.type != "AssignmentExpression" or e.operator != "=":
            continue
        target = e.left
        whole = target.type == "MemberExpression" and not target.computed and target.object.type == "Identifier" \
            and target.object.name == "module" and target.property.name == "exports"
        if whole and e.right.type in CONSTRUCTOR_TYPES:
            out.append("module.exports")
        elif whole and e.right.type == "ObjectExpression":
            out += ["module.exports." + key for key in class_properties(e.right)]
        elif e.right.type in CONSTRUCTOR_TYPES and is_exports_target(target) and not target.computed \
                and target.property.type == "Identifier" and not is_exports_target(target.object):
            out.append("module.exports." + target.property.name)
    return out


CONSTRUCTOR_TYPES = ("ClassExpression", "FunctionExpression")


def class_properties(obj):
    """Keys of an object literal's properties whose value is a class expression."""
    keys = []
    for prop in obj.properties:
        if prop.type != "Property" or prop.computed or prop.kind != "init" or prop.value.type != "ClassExpression":
            continue
        key = prop.key.name if prop.key.type == "Identifier" else prop.key.value
        if isinstance(key, str):
            keys.append(key)
    return keys


def holds_function(variable):
    """A `const` bound to a function literal: its value is the same function for good,
    so it travels by name and keeps its identity (`bus.off('x', listener)`)."""
    return (variable.kind == "const" and len(variable.assigned) == 1
            and getattr(variable.assigned[0], "type", None) in ("FunctionExpression", "ArrowFunctionExpression"))


FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "ClassDeclaration",
                  "ClassExpression")


def tagged_edits(text, node, site):
    """The edits of `tag`...`` (an identifier) or `obj.tag`...`` (a named member of an identifier or `this`)."""
    tag = node.tag
    if tag.type == "Identifier":
        return [(tag.range[0], tag.range[0], f"__rt.tagged({json.dumps(site)},"), (tag.range[1], tag.range[1], ")")]
    if tag.type == "MemberExpression" and not tag.computed and tag.property.type == "Identifier" \
            and tag.object.type in ("Identifier", "ThisExpression") and not getattr(tag, "optional", False):
        between = text[tag.object.range[1]:tag.range[1]]
        if re.fullmatch(r"\s*\.\s*" + re.escape(tag.property.name), between) is None:
            return []
        return [(tag.range[0], tag.range[0], f"__rt.tagged({json.dumps(site)},"),
                (tag.object.range[1], tag.range[1], f",{json.dumps(tag.property.name)}" + "\n" * between.count("\n") + ")")]
    return []


def package_call_edits(module, made_units=None):
    """Calls of a package in the top level, outside functions (`app.use(cors())`), go
    through `__rt.pcall(target, key, [args])`: a function the package makes in main
    can then be made again, by the same call, on a node that needs it. A middleware the
    analysis gave a unit of its own (pipeliner.py, package_made) names it:
    `__rt.pcall(target, key, [args], unit)`."""
    names = package_names(module)
    made_units = made_units or {}
    edits = []

    def visit(node):
        if node.type in FUNCTION_TYPES:
            return
        if node.type == "CallExpression" and not getattr(node, "optional", False):
            edits.extend(pcall_edits(module.text, node, names, made_units.get(tuple(node.range))))
        elif node.type == "NewExpression":
            edits.extend(pnew_edits(module.text, node, names))
        for child in children(node):
            visit(child)

    for statement in module.ast.body:
        visit(statement)
    return edits


def pcall_edits(text, call, packages, unit=None):
    callee = call.callee
    if callee.type == "MemberExpression" and not callee.computed and callee.property.type == "Identifier":
        target, key = callee.object, json.dumps(callee.property.name)
        between = re.fullmatch(r"\s*\.\s*" + re.escape(callee.property.name) + r"\s*\(", text[target.range[1]:paren(text, callee)])
    else:
        target, key = callee, "undefined"
        between = re.fullmatch(r"\s*\(", text[callee.range[1]:paren(text, callee)])
    if not package_rooted(target, packages):
        return []
    if between is None or text[call.range[1] - 1] != ")":
        return []
    gap = text[target.range[1]:paren(text, callee)]
    return [(call.range[0], call.range[0], "__rt.pcall("),
            (target.range[1], paren(text, callee), f",{key},[" + "\n" * gap.count("\n")),
            (call.range[1] - 1, call.range[1], "])" if unit is None else f"],{json.dumps(unit)})")]


def pnew_edits(text, new, packages):
    """`new P(args)` of a package: `__rt.pnew(P, [args])`, so that the instance can be made
    again by its call where fields of it cannot travel (runtime/serialize.js, encodeConstructed)."""
    callee = new.callee
    if not package_rooted(callee, packages) or text[new.range[1] - 1] != ")":
        return []
    if not re.fullmatch(r"new\s+", text[new.range[0]:callee.range[0]]) or \
            not re.fullmatch(r"\s*\(", text[callee.range[1]:paren(text, callee)]):
        return []
    gap = text[callee.range[1]:paren(text, callee)]
    return [(new.range[0], callee.range[0], "__rt.pnew("),
            (callee.range[1], paren(text, callee), ",[" + "\n" * gap.count("\n")),
            (new.range[1] - 1, new.range[1], "])")]


def package_rooted(node, packages):
    """Whether `node` is a package, a part of one, or what a call of one made: `_.map`,
    `require('x').y`, `body('email').trim()` (each call of such a chain goes through pcall)."""
    while node.type == "MemberExpression" and not node.computed:
        node = node.object
    if node.type == "Identifier":
        return node.name in packages
    if node.type == "CallExpression" and not getattr(node, "optional", False):
        return is_package(required_module(node)) or (required_module(node) is None
                                                     and package_rooted(node.callee, packages))
    return False


def paren(text, callee):
    """The offset just after the `(` that opens the arguments after `callee`."""
    at = text.find("(", callee.range[1])
    return len(text) if at < 0 else at + 1


def anonymous(code, name):
    """A top-level `function F(...) {...}` rebuilt as `function (...) {...}`: inside it, `F`
    must stay the module's binding (its fields, `F.all = {}`), as in the declaration. So must a
    declaration inside a function whose code names it (`function memoized() { memoized.hits++ }`
    returned by `memoize(fn)`): its environment's `memoized`, the value its holders got when its
    environment held it (a forwarding function, serialize.js), not the rebuilt function itself.
    Named by a property (`({F: function (...) {...}}).F`), as `F.name` still says."""
    head = code[:code.index("(")].rstrip()
    assert head.endswith(name), head
    key = json.dumps(name)
    return f"({{{key}:{head[:-len(name)]}{code[len(head):]}}})[{key}]"


def property_key(prop):
    return prop.key.name if prop.key.type == "Identifier" else str(prop.key.value)


MEMBER_TARGET = re.compile(r"(?:\.\s*#?[\w$]+|\])\s*(?:=|\?\?=|\|\|=|&&=)\s*$")
COMPUTED_KEY = re.compile(r"\]\s*[:=]\s*$")


def function_name(module, func):
    """The `name` Node.js gives a function literal that its text does not name itself: the one
    inferred from where it is written (`const list = (req, res) => ...`, `{ onSave: async () => ... }`,
    a class field `handle = () => ...`), or an object literal's method's key; None where there is none
    (`obj.run = () => ...`, `{ [key]: () => ... }`, an argument), or where its code names it (a
    declaration, `function named() {}`). The rewritten code loses it: a fluxion is a function the
    runtime makes, and a literal handed to `__rt.fn(...)` as an argument is anonymous."""
    node = func.node
    if node.type == "FunctionDeclaration" or getattr(node, "id", None) is not None:
        return None
    prop = func.property
    if prop is not None:
        if prop.computed or prop.kind != "init":
            return None
        return property_key(prop)
    name = func.name
    if not isinstance(name, str) or not name:
        return None
    before = module.text[max(0, func.range[0] - 200):func.range[0]]
    if MEMBER_TARGET.search(before) or COMPUTED_KEY.search(before):
        return None
    return name


ASYNC_BODY = re.compile(r"(?:\{return |=>\s*)__rt\.async\(")


def written_kind(module, func):
    """"async" or "generator" for a function written so (analyzer/asyncsplit.py made an async one a
    plain function returning `__rt.async(...)`), else None: a fluxion, which the runtime makes, is
    such a function to `fn.constructor`, `instanceof AsyncFunction` and util.types (core.js writtenKind)."""
    node = func.node
    if getattr(node, "generator", False):
        return "async generator" if getattr(node, "isAsync", False) else "generator"
    if getattr(node, "isAsync", False):
        return "async"
    text = module.text[func.range[0]:func.range[1]]
    m = ASYNC_BODY.search(text)
    if m is None:
        return None
    depth = 0
    for c in text[:m.start()]:
        depth += 1 if c in "([{" else -1 if c in ")]}" else 0
    return "async" if depth == 0 else None


def function_length(func):
    """`fn.length`: the parameters before the first with a default or the rest one."""
    n = 0
    for param in func.node.params:
        if param.type in ("AssignmentPattern", "RestElement"):
            break
        n += 1
    return n


def lexical_this(func):
    """An arrow function whose code uses `this` (not that of a function or class inside it), or its
    method's `super` (rewritten to read through `this`: Compiler.check_super_arrows)."""
    if func.node.type != "ArrowFunctionExpression":
        return False
    stack = [func.node.body]
    while stack:
        node = stack.pop()
        if node.type in ("ThisExpression", "Super"):
            return True
        if node.type not in ("FunctionExpression", "FunctionDeclaration", "ClassBody"):
            stack.extend(children(node))
    return False


def uses_super(func):
    """A function whose own code (its arrows' included) uses `super`: an object literal's method or accessor
    doing so stays in its literal, whose object is its home (`super.greet()` looks up the literal's prototype);
    rebuilt from a literal of its own, it looked up Object.prototype's."""
    return any(n.type == "Super" for n in lexical_nodes(func.node.body))


def super_member_edits(text, body, home, arrows, outer):
    """[(owner arrow, (start, end, text))] rewriting each `super.x` / `super[k]` of `body` (an arrow's,
    the arrows inside it included) to read through `this`; None when one cannot be (`super(...)`, an
    assignment to or an update or delete of a `super` member)."""
    proto = f"Object.getPrototypeOf({home})"
    edits = []
    stack = [(body, None, None, outer)]
    while stack:
        node, parent, key, owner = stack.pop()
        if node.type == "Super":
            if parent is None or parent.type != "MemberExpression" or key != "object":
                return None
            member = parent
            name = (text[member.property.range[0]:member.property.range[1]] if member.computed
                    else json.dumps(member.property.name))
            read = f"Reflect.get({proto},{name},this)"
            edits.append((owner, (member.range[0], member.range[1], read), member))
            continue
        if node.type in ("FunctionExpression", "FunctionDeclaration", "ClassBody"):
            continue
        if node.type == "ArrowFunctionExpression" and node is not body:
            owner = arrows.get(id(node), owner)
        for k, c in children_with_keys(node):
            stack.append((c, node, k, owner))
    # a member called (`super.x(...)`) is called with `this`; one written is refused
    parents = {}
    stack = [(body, None)]
    while stack:
        node, parent = stack.pop()
        parents[id(node)] = parent
        if node.type not in ("FunctionExpression", "FunctionDeclaration", "ClassBody"):
            stack.extend((c, node) for _, c in children_with_keys(node))
    out = []
    for owner, (start, end, read), member in edits:
        parent = parents.get(id(member))
        if parent is not None and (parent.type == "AssignmentExpression" and parent.left is member
                                   or parent.type == "UpdateExpression"
                                   or parent.type == "UnaryExpression" and parent.operator == "delete"
                                   or parent.type in ("ForInStatement", "ForOfStatement") and parent.left is member):
            return None
        if parent is not None and parent.type == "CallExpression" and parent.callee is member:
            args = parent.arguments
            if args:
                out.append((owner, (start, args[0].range[0], f"{read}.call(this,")))
            else:
                out.append((owner, (start, parent.range[1], f"{read}.call(this)")))
        else:
            out.append((owner, (start, end, read)))
    return out


def children_with_keys(node):
    for key, value in node.__dict__.items():
        if isinstance(value, list):
            for item in value:
                if item is not None and isinstance(getattr(item, "type", None), str):
                    yield key, item
        elif isinstance(getattr(value, "type", None), str):
            yield key, value


def is_strict(module, func):
    """Whether `func`'s code is strict mode code: an ES module, a class body, or under a
    "use strict" directive."""
    if module.is_esm or has_use_strict(module.ast.body):
        return True
    for node in walk(module.ast):
        inside = node.range[0] <= func.range[0] and func.range[1] <= node.range[1]
        if inside and (node.type == "ClassBody" or (node.type in ("FunctionDeclaration", "FunctionExpression")
                                                    and node.body.type == "BlockStatement"
                                                    and has_use_strict(node.body.body))):
            return True
    return False


def has_use_strict(statements):
    for st in statements:
        if st.type != "ExpressionStatement" or st.expression.type != "Literal" or \
                not isinstance(st.expression.value, str):
            return False
        if st.expression.value == "use strict":
            return True
    return False


def factory_name(fid):
    return "__F_" + fid


def declared_names(statement):
    if statement.type == "VariableDeclaration":
        return [i.name for d in statement.declarations for i in pattern_identifiers(d.id)]
    return []


def is_definition(statement, packages=frozenset(), local_modules=True, constructors=frozenset()):
    """Top-level statements a node runs again when it loads a module: they only
    define code (functions, classes, builtin modules, modules of the service), or set
    up a package of node_modules (`dayjs.extend(utc)`, `var row = _.template('...')`:
    what a package makes or changes lives in each node's copy of it), or set up a
    constructor the module declares (`Account.prototype.deposit = function...`,
    `util.inherits(Savings, Account)`, `Account.all = {}`), so running them
    twice is harmless, and data restored later may refer to what they define. A module
    of the service is needed at load: `class B extends A` with `A` from `require('./a')`.
    (A constructor's own fields come back from main's snapshot all the same.)"""
    if statement.type == "VariableDeclaration":
        return all(d.init is not None and (defines_code(d.init, local_modules) or package_setup(d.init, packages, True)
                                           or methods_only(d.init))
                   for d in statement.declarations) or remade_setup(statement, packages)
    if statement.type == "ExpressionStatement":
        e = statement.expression
        if required_module(e, local_modules) is not None:  # `require('express-async-errors')`: for its effect
            return True
        if package_setup(e, packages, False) or constructor_setup(e, constructors) or package_assignment(e, packages):
            return True
        return (e.type == "AssignmentExpression" and e.operator == "=" and is_exports_target(e.left)
                and (defines_code(e.right, local_modules) or e.right.type == "Identifier"
                     or only_code(e.right, local_modules) or only_names(e.right, local_modules)))
    return False


def package_assignment(e, packages):
    """`Settings.defaultLocale = 'en-GB'` (luxon): a setup argument set on what a package exports,
    a setting of each node's copy of the package, as a setup call is."""
    if e.type != "AssignmentExpression" or e.operator != "=" or e.left.type != "MemberExpression":
        return False
    root = e.left
    while root.type == "MemberExpression" and not root.computed:
        root = root.object
    return root.type == "Identifier" and root.name in packages and setup_argument(e.right, packages)


def only_code(node, local_modules):
    """`{ NotFound: class extends Error {}, make() {...} }`: an object literal of code only, with
    a class in it (one without is left to main's snapshot, as before: its getters, run again on
    a node, would read variables not restored yet)."""
    return node.type == "ObjectExpression" and bool(class_properties(node)) and all(
        p.type == "Property" and p.kind == "init" and not p.computed and defines_code(p.value, local_modules)
        for p in node.properties)


def methods_only(node):
    """`const Versioned = { bump() {...}, tag: function (t) {...} }`: an object literal of plain functions
    only (a mixin, copied onto a prototype by `Object.assign(Doc.prototype, Versioned)`, which runs on
    every node): made again by a node's load, so that the copy finds its methods there; the variable
    still comes back from main's snapshot. Getters and setters, computed keys and data keep it main's."""
    return node.type == "ObjectExpression" and bool(node.properties) and all(
        p.type == "Property" and p.kind == "init" and not p.computed
        and p.value.type in ("FunctionExpression", "ArrowFunctionExpression") for p in node.properties)


def only_names(node, local_modules):
    """`module.exports = { Versioned, Tagged, stats }`: the module's variables under their names (and
    code), as `module.exports = name` is: a node's load makes it, so that a module requiring this one
    at load (`const { Versioned } = require('./mixins')`, then `Object.assign(Doc.prototype, Versioned)`)
    gets what the load made; main's snapshot gives the exports back afterwards."""
    return node.type == "ObjectExpression" and bool(node.properties) and all(
        p.type == "Property" and p.kind == "init" and not p.computed
        and (p.value.type == "Identifier" or defines_code(p.value, local_modules)) for p in node.properties)


def remade_setup(statement, packages):
    """`const Name = z.string()`, `const User = z.object({ name: Name }).strict()`: a declaration made
    by package calls with setup arguments, where a call has no arguments (it may read the
    package's state, `var startedAt = counter.next()`) or an argument names such a declaration.
    It runs on every node as a setup does, and main's snapshot still keeps main's value, where
    it can travel (runtime/run.js, finishMain); one that cannot (a zod schema, its methods
    bound to it) is the node's own, made again by the same calls. (A `new` without arguments,
    `new session.MemoryStore()`, stays main's: an instance whose state the service keeps.)"""
    return statement.type == "VariableDeclaration" and bool(statement.declarations) and all(
        d.init is not None and d.init.type != "NewExpression" and package_setup(d.init, packages, False)
        for d in statement.declarations) and any(
        not package_setup(d.init, packages, True) or names_any(d.init, getattr(packages, "remade", ())) for d in statement.declarations)


def names_any(node, names):
    if not names:
        return False
    if node.type == "Identifier":
        return node.name in names
    return any(names_any(c, names) for c in children(node))


# Calls that only wire prototypes together: harmless to run again on every node.
PROTOTYPE_CALLS = {("Object", "create"), ("Object", "setPrototypeOf"), ("Object", "assign"), ("Object", "defineProperty"),
                   ("Object", "defineProperties"), ("util", "inherits")}


def constructor_names(module):
    """Functions and classes the module declares at its top level: `function F`, `class C`, `var F = function`."""
    names = set()
    for st in module.ast.body:
        if st.type in ("FunctionDeclaration", "ClassDeclaration") and st.id is not None:
            names.add(st.id.name)
        elif st.type == "VariableDeclaration":
            names.update(d.id.name for d in st.declarations if d.id.type == "Identifier" and d.init is not None
                         and d.init.type in ("FunctionExpression", "ClassExpression"))
    return names


def constructor_setup(e, constructors):
    """`F.prototype.m = function...`, `F.count = 0`, `F.prototype = Object.create(G.prototype)`,
    `util.inherits(F, G)`: setting up a constructor the module declares, computing nothing else."""
    if e.type == "AssignmentExpression" and e.operator == "=" and e.left.type == "MemberExpression":
        return (member_root(e.left) in constructors or exported_prototype(e.left)) \
            and (not computes(e.right) or prototype_call(e.right))
    return prototype_call(e) and bool(e.arguments) and (member_root(e.arguments[0]) in constructors
                                                        or exports_accessor(e))


def exported_prototype(target):
    """`module.exports.prototype.m` or `exports.Thing.prototype.m`: the prototype of a
    constructor the module exports without a variable (`module.exports = function Thing`)."""
    holder = target.object
    return holder.type == "MemberExpression" and not holder.computed and holder.property.type == "Identifier" \
        and holder.property.name == "prototype" and is_exports_target(holder.object)


def exports_accessor(call):
    """`Object.defineProperty(module.exports, 'n', { get: () => n })`: an accessor a node defines
    again on its own exports, main's snapshot holding only the value it gave then. Only on the
    exports object itself (`exports`, `module.exports`): `Object.defineProperty(exports.stats, ...)`
    defines it on an object main made (`exports.stats = stats`), which a node that did not run main
    has not (that object travels with its accessor, as any object the program defines one on)."""
    target = call.arguments[0]
    exports = (target.type == "Identifier" and target.name == "exports") or \
        (target.type == "MemberExpression" and not target.computed and target.object.type == "Identifier"
         and target.object.name == "module" and target.property.name == "exports")
    return exports and call.callee.property.name == "defineProperty"


def prototype_call(node):
    callee = getattr(node, "callee", None)
    return node.type == "CallExpression" and callee.type == "MemberExpression" and not callee.computed \
        and callee.object.type == "Identifier" and (callee.object.name, callee.property.name) in PROTOTYPE_CALLS \
        and not any(computes(a) for a in node.arguments)


def member_root(node):
    while node.type == "MemberExpression":
        node = node.object
    return node.name if node.type == "Identifier" else None


def defines_code(node, local_modules=True):
    if node.type in ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression"):
        return True
    if node.type == "MemberExpression" and not node.computed:
        return defines_code(node.object, local_modules)
    return required_module(node, local_modules) is not None


def required_module(node, local_modules=False):
    """'x' for `require('x')` (a relative path only with `local_modules`), else None."""
    if node.type == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "require":
        arg = node.arguments[0] if node.arguments else None
        if arg is not None and arg.type == "Literal" and isinstance(arg.value, str) \
                and (local_modules or not is_local_specifier(arg.value)):
            return arg.value
    return None


def package_names(module):
    """Top-level names bound to a package of node_modules: `var _ = require('lodash')`,
    `var { v5 } = require('uuid')`, `var Pool = require('x').Pool`, and to what a package
    setup makes: `var ajv = new Ajv({...})`; `path_names` are those bound to Node's `path`
    (`path.join(__dirname, 'views')` is a setup argument)."""
    names = PackageNames()
    for st in module.ast.body:
        if st.type != "VariableDeclaration":
            continue
        for d in st.declarations:
            init = d.init
            while init is not None and init.type == "MemberExpression" and not init.computed:
                init = init.object
            if init is not None and (is_package(required_module(init)) or
                                     (init.type == "Identifier" and init.name in names)):  # var body = ev.body
                names.update(i.name for i in pattern_identifiers(d.id))
            if d.id.type == "Identifier" and d.init is not None and required_module(d.init) in ("path", "node:path"):
                names.path_names.add(d.id.name)
        # what a package setup makes is set up further the same way: `var ajv = new Ajv({...})`
        # then `ajv.addSchema({...})`, `var check = ajv.compile({...})` on every node
        declared = [i.name for d in st.declarations for i in pattern_identifiers(d.id)]
        if remade_setup(st, names):
            names.remade.update(declared)
            names.update(declared)
        elif all(d.init is not None and package_setup(d.init, names, True) for d in st.declarations):
            names.update(declared)
    for st in module.ast.body:  # `var upload = multer({...})`: what a package call makes, in turn
        if st.type == "VariableDeclaration":
            for d in st.declarations:
                if d.id.type == "Identifier" and d.init is not None and made_by_package(d.init, names):
                    names.add(d.id.name)
    return names


class PackageNames(set):
    def __init__(self):
        super().__init__()
        self.path_names = set()
        self.remade = set()  # declared by a remade_setup


def made_by_package(node, packages):
    """`multer(...)`, `session.MemoryStore(...)`, `multer.memoryStorage()` with `multer` a package name."""
    if node.type != "CallExpression":
        return False
    root = node.callee
    while root.type == "MemberExpression" and not root.computed:
        root = root.object
    return root.type == "Identifier" and root.name in packages


def is_package(name):
    """Whether `require(name)` names an npm package rather than a module the runtime provides."""
    return bool(name) and not name.startswith("node:") and name.split("/")[0] not in SUPPORTED_MODULES


def package_setup(node, packages, needs_args):
    """A call of a package (`dayjs.extend(utc)`, `require('debug')('app')`) whose arguments are all literals,
    packages or functions: running it again on another node does the same."""
    if node.type not in ("CallExpression", "NewExpression") or (needs_args and not node.arguments):
        return False
    callee = node.callee
    while callee.type == "MemberExpression" and (not callee.computed or callee.property.type == "Literal"):
        callee = callee.object
    of_package = (callee.type == "Identifier" and callee.name in packages) or is_package(required_module(callee)) \
        or (callee.type in ("CallExpression", "NewExpression") and required_module(callee) is None
            and package_setup(callee, packages, False))  # a chain: `Joi.string().min(2)`
    return of_package and all(setup_argument(a, packages) for a in node.arguments)


def setup_argument(node, packages):
    t = node.type
    if t in ("Literal", "FunctionExpression", "ArrowFunctionExpression"):
        return True
    if t == "TemplateLiteral":
        return not node.expressions
    if t == "Identifier":
        return node.name in packages or node.name in ("undefined", "__dirname", "__filename")
    if t == "CallExpression" and path_call(node, packages):  # path.join(__dirname, 'views', 'partials')
        return True
    if t in ("CallExpression", "NewExpression"):
        return package_setup(node, packages, False)  # `Joi.object({ name: Joi.string() })`
    if t == "UnaryExpression":
        return setup_argument(node.argument, packages)
    if t == "ArrayExpression":
        return all(e is not None and setup_argument(e, packages) for e in node.elements)
    if t == "ObjectExpression":
        return all(p.type == "Property" and not p.computed and setup_argument(p.value, packages)
                   for p in node.properties)
    return False


def path_call(node, packages):
    callee = node.callee
    return (callee.type == "MemberExpression" and not callee.computed and callee.object.type == "Identifier"
            and callee.object.name in getattr(packages, "path_names", ()) and callee.property.name in ("join", "resolve")
            and all(setup_argument(a, packages) for a in node.arguments))


def exported_name(statement):
    """'bus' for `module.exports = bus` (or `exports.bus = bus`): a name whose value a node's load may
    not have made (`const bus = new Bus()` is main's, restored from its snapshot after the load).
    Exporting `undefined` there would make the next `module.exports.notify = notify` throw and a
    module's `const { notify } = require('./bus')` fail: the load skips the statement while the
    name is undefined, and the exports object stays the one the load's definitions fill."""
    e = statement.expression if statement.type == "ExpressionStatement" else None
    if e is not None and e.type == "AssignmentExpression" and e.operator == "=" and e.right.type == "Identifier" \
            and is_exports_target(e.left) and e.right.name != "undefined":
        return e.right.name
    return None


def is_exports_target(node):
    if node.type != "MemberExpression":
        return False
    obj = node.object
    if obj.type == "Identifier":
        return obj.name == "exports" or (obj.name == "module" and not node.computed and node.property.name == "exports")
    return (obj.type == "MemberExpression" and obj.object.type == "Identifier" and obj.object.name == "module"
            and not obj.computed and obj.property.name == "exports")


WELL_KNOWN_SYMBOLS = ("iterator", "asyncIterator", "toPrimitive", "toStringTag", "hasInstance")


def is_well_known_symbol(key):
    """`Symbol.iterator`, `Symbol.asyncIterator`...: a computed key that is the same everywhere."""
    return key.type == "MemberExpression" and not key.computed and key.object.type == "Identifier" \
        and key.object.name == "Symbol" and key.property.name in WELL_KNOWN_SYMBOLS


def method_key(module, prop):
    """The key of an object literal's method as an expression: `"list"`, `Symbol.asyncIterator`."""
    if prop.computed:
        return module.text[prop.key.range[0]:prop.key.range[1]]
    return json.dumps(prop.key.name if prop.key.type == "Identifier" else prop.key.value)
