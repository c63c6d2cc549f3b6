"""A small abstract interpretation: where does a value come from?

Enough to tell an Express app from a redis client from a program function, so
that calls can be classified. Values are tuples:

    ("module", name)            require('fs'), require('express')
    ("localmod", path)          require('./lib/x')
    ("member", base, prop)      a property of an outside value (fs.promises)
    ("app", id) ("router", id)  express(), express.Router()
    ("route", base, paths)      app.route('/x'): paths a tuple of strings, or None if unknown
    ("redis", id)               redis.createClient(), new Redis() of ioredis
    ("emitter", id)             an emitter of the runtime: http.createServer()
    ("bus", id)                 an EventEmitter the service makes (`new EventEmitter()`):
                                program state, its listeners run inside `emit`
    ("promise",)                a promise (new Promise, fs.promises.*, async call)
    ("external",)               anything else produced by code outside the program
    ("func", Func)              a function of the program
    ("object", node, module)    an object literal of the program
    ("class", node, module)     a class of the program
    ("instance", node, module)  an object made by `new` of a class of the program
    ("interop", value)          what a compiler's interop helper makes of `value`, a required
                                module (`__importDefault(require('express'))`): its `default`
                                is the module, unless the module exports a `default` of its own
    ("getter", value)           webpack's `__webpack_require__.n(value)`: a function returning the
                                required module's default export (the module itself, for CommonJS)
    ("global", name)            an undeclared identifier
    ("local",)                  any other value of the program
"""
LOCAL = ("local",)
EXTERNAL = ("external",)
PROMISE = ("promise",)
# Modules whose EventEmitter runs its listeners synchronously inside `emit`, as Node's does: eventemitter3 is
# that API as a package (`on(event, fn, context)`, `once`, `off`, `emit`), so its emitters are in-process ones.
EMITTER_MODULES = {"events", "eventemitter3"}
SERVER_FACTORIES = {("http", "createServer"), ("https", "createServer"), ("net", "createServer")}
MAX_CLASS_CHAIN = 20
MAX_CONSTANT_CHAIN = 10
OUTSIDE_KINDS = {"module", "member", "app", "router", "route", "redis", "emitter", "external", "promise"}
# The helpers TypeScript, Babel, swc and esbuild put in CommonJS output to import a module.
INTEROP_HELPERS = frozenset(("__importDefault", "__importStar", "_interopRequireDefault", "_interopRequireWildcard",
                             "_interop_require_default", "_interop_require_wildcard", "__toESM"))

# Helpers answering a module's default export itself: Parcel 2's CommonJS output (`$parcel$interopDefault($x$express)`).
DEFAULT_INTEROP_HELPERS = frozenset(("$parcel$interopDefault",))


def is_webpack_getter_call(node):
    """`__webpack_require__.n(module)`: the getter of a module's default export a webpack bundle
    makes for each CommonJS module an ES module imports by default (`import express from 'express'`)."""
    callee = node.callee
    return callee.type == "MemberExpression" and not callee.computed and callee.property.name == "n" \
        and callee.object.type == "Identifier" and callee.object.name == "__webpack_require__" \
        and len(node.arguments) == 1


def star_sources(service, path, key=None):
    """The modules an ES module re-exports with `export * from` (never its `default`)."""
    module = service.by_path.get(path)
    bindings = getattr(module, "bindings", None)
    if bindings is None or key == "default":
        return []
    return [t for t in (service.resolve(path, spec) for spec in bindings.stars if is_local_specifier(spec)) if t]


def is_global_object(ident, v):
    """`global` in `global.count`, bound to the global variable `count` (analyzer/scopes.py)."""
    return ident.name in ("global", "globalThis") and v.scope.kind == "global" and v.name != ident.name


def is_local_specifier(spec):
    """A file of the service (`./x`, `../x`) or one its package.json "imports" names (`#lib/x`)."""
    return spec.startswith((".", "#"))


def is_outside(value):
    return without_interop(value)[0] in OUTSIDE_KINDS


def without_interop(value):
    return value[1] if value[0] == "interop" else value


def is_packaged_interop(value):
    """tslib's `__importDefault`/`__importStar`, or a Babel runtime's `interopRequireDefault`/`Wildcard` module
    (`require('@babel/runtime/helpers/interopRequireDefault')`, its `default` too)."""
    if value[0] == "member" and value[1] == ("module", "tslib") and value[2] in ("__importDefault", "__importStar"):
        return True
    if value[0] == "member" and value[2] == "default":
        value = value[1]
    return value[0] == "module" and value[1] in (
        "@babel/runtime/helpers/interopRequireDefault", "@babel/runtime/helpers/interopRequireWildcard")


def is_server_factory(value):
    """http.createServer and the like: the function handed to it listens to connections."""
    return value[0] == "member" and (module_name(value), value[2]) in SERVER_FACTORIES


def module_name(value):
    """The outside module a value derives from, if any."""
    while value[0] == "member":
        value = value[1]
    return value[1] if value[0] == "module" else None


class ValueTracker:
    def __init__(self, scopes):
        self.scopes = scopes
        self.ref_of = {}
        for scope in scopes.scopes:
            for r in scope.refs:
                self.ref_of[id(r.node)] = r
        self.func_of = {id(f.node): f for f in scopes.funcs}
        self.callers = {}  # Func -> call sites that call it directly (filled by RuptureFinder)
        self._var_values = {}
        self._busy = set()
        self._classes = {}  # module path -> its class nodes
        self._lazy = {}  # variable -> the function declared as it that replaces itself, or None

    def forget(self):
        """Drops the values computed so far (after `callers` changed)."""
        self._var_values.clear()

    def variable(self, ident):
        r = self.ref_of.get(id(ident))
        return r.variable if r is not None else None

    # -- values of expressions ----------------------------------------

    def value(self, node, module):
        t = node.type
        if t == "Identifier":
            v = self.variable(node)
            if v is None or is_global_object(node, v):
                return ("global", node.name)
            inside = self.replacement_inside(v, node) if len(v.assigned) == 2 else None
            return ("func", inside) if inside is not None else self.variable_value(v)
        if t in ("FunctionExpression", "ArrowFunctionExpression", "FunctionDeclaration"):
            return ("func", self.func_of[id(node)])
        if t == "ObjectExpression":
            return ("object", node, module)
        if t == "ClassExpression":
            return ("class", node, module)
        if t == "CallExpression":
            return self.call_value(node, module)
        if t == "NewExpression":
            return self.new_value(node, module)
        if t == "MemberExpression":
            return self.member_value(node, module)
        if t == "AwaitExpression":  # `await import('./m.js')` (a top-level await, kept in main): the module
            imported = self.dynamic_import(node.argument, module)
            return self.module_value(imported) if imported is not None else LOCAL
        if t == "ChainExpression":  # `a?.b`: what `a.b` is, when `a` is not nullish
            return self.value(node.expression, module)
        if t in ("ConditionalExpression",):
            return self.value(node.consequent, module)
        if t == "LogicalExpression":
            left = self.value(node.left, module)
            return left if left != LOCAL else self.value(node.right, module)
        if t == "SequenceExpression":
            return self.value(node.expressions[-1], module)
        if t == "AssignmentExpression" and node.operator == "=":
            return self.value(node.right, module)
        return LOCAL

    def variable_value(self, v):
        key = id(v)
        if key in self._var_values:
            return self._var_values[key]
        if key in self._busy:
            return LOCAL
        self._busy.add(key)
        try:
            result = self._compute_variable_value(v)
        finally:
            self._busy.discard(key)
        self._var_values[key] = result
        return result

    def _compute_variable_value(self, v):
        if v.kind == "param":
            return self.param_value(v)
        if v.kind == "class" and v.scope.kind == "class":  # a class's own name, inside its body
            return ("class", v.scope.node, v.scope.module)
        values = []
        for assigned in v.assigned:
            if isinstance(assigned, tuple):  # ("pattern", pattern, init)
                values.append(self.pattern_value(v, assigned[1], assigned[2]))
            elif assigned.type == "ClassDeclaration":
                values.append(("class", assigned, v.scope.module))
            else:
                values.append(self.value(assigned, v.scope.module))
        if not values:
            return LOCAL
        first = values[0]
        if all(x == first for x in values):
            return first
        lazy = self.lazily_redefined(v)
        return ("func", lazy) if lazy is not None else LOCAL

    def lazily_redefined(self, v):
        """The function declared as `v` when it replaces itself on its first call by a function its
        own run makes and calls at once: `function f() { ...; return (f = function () { ... })(); }`,
        as Babel's and tsc's inlined helpers do (`_regenerator`, `_isNativeReflectConstruct`). A call
        of `v` runs the declared function, or the replacement with the same closure; the declared
        function calls the replacement, so what it returns and changes covers both."""
        if v not in self._lazy:
            self._lazy[v] = self.find_lazily_redefined(v)
        return self._lazy[v]

    def find_lazily_redefined(self, v):
        declared = [a for a in v.assigned if getattr(a, "type", None) == "FunctionDeclaration"]
        if len(declared) != 1 or id(declared[0]) not in self.func_of:
            return None
        func = self.func_of[id(declared[0])]
        replacements = [a for a in v.assigned if a is not declared[0]]
        called, by_name = set(), False
        for expr in func.returns:
            if expr.type == "SequenceExpression":
                expr = expr.expressions[-1]
            if expr.type == "CallExpression" and expr.callee.type == "AssignmentExpression" \
                    and expr.callee.operator == "=" and expr.callee.left.type == "Identifier" \
                    and expr.callee.left.name == v.name and self.variable(expr.callee.left) is v:
                called.add(id(expr.callee.right))
            elif expr.type == "CallExpression" and expr.callee.type == "Identifier" and self.variable(expr.callee) is v:
                by_name = True  # `f = function () {...}; return f();`: the replacement, called by name
        if not replacements or any(isinstance(a, tuple) for a in replacements):
            return None
        if all(id(a) in called for a in replacements):
            return func
        if by_name and len(replacements) == 1 and replacements[0].type == "FunctionExpression" \
                and func.node.range[0] < replacements[0].range[0] < func.node.range[1]:
            return func
        return None

    def replacement_inside(self, v, node):
        """Inside the function declared as `v` that replaces itself (`lazily_redefined`), `v` called by
        name after the replacement is the replacement: its one function expression assigned to `v`."""
        func = self.lazily_redefined(v) if len(v.assigned) == 2 else None
        if func is None or not (func.node.range[0] < node.range[0] < func.node.range[1]):
            return None
        [replacement] = [a for a in v.assigned if a is not func.node]
        return self.func_of.get(id(replacement)) if replacement.type == "FunctionExpression" else None

    def pattern_value(self, v, pattern, init):
        """`const { readFile } = require('fs')` gives fs.readFile."""
        base = self.value(init, v.scope.module)
        if pattern.type != "ObjectPattern":
            return EXTERNAL if is_outside(base) else LOCAL
        for prop in pattern.properties:
            if prop.type == "Property" and prop.value.type == "Identifier" and prop.value.name == v.name \
                    and not prop.computed:
                key = prop.key.name if prop.key.type == "Identifier" else prop.key.value
                return self.property_of(base, key)
        return LOCAL

    def param_value(self, v):
        func = v.scope.func
        if func is None or v.node is None:
            return LOCAL
        index, pattern = param_position(func, v)
        if index is None:
            return LOCAL
        callers = self.callers.get(func)
        if not callers:
            return EXTERNAL  # called by code outside the program: a listener, a continuation
        for call in callers:
            if index < len(call.node.arguments):
                if pattern is None:
                    return self.value(call.node.arguments[index], call.module)
                # `({ users, teams }) => ...` called with an object: the part the name is bound to
                base = self.value(call.node.arguments[index], call.module)
                return self.pattern_part(v, pattern, base)
        return LOCAL

    def pattern_part(self, v, pattern, base):
        """What `v` is bound to when `pattern`, an object pattern, destructures `base`."""
        for prop in pattern.properties:
            if prop.type == "Property" and prop.value.type == "Identifier" and prop.value.name == v.name \
                    and not prop.computed:
                key = prop.key.name if prop.key.type == "Identifier" else prop.key.value
                return self.property_of(base, key)
        return EXTERNAL if is_outside(base) else LOCAL

    def call_value(self, node, module):
        callee = node.callee
        if callee.type == "Identifier" and callee.name == "require" and self.variable(callee) is not None \
                and self.variable(callee).kind == "param":
            name = literal_string(node.arguments[0]) if node.arguments else None
            if name is not None:
                if is_local_specifier(name) and module is None:  # an implicit global's value (`x = require('./a')`)
                    return LOCAL
                if is_local_specifier(name):
                    target = self.scopes.service.resolve(module.path, name)
                    return self.module_value(target) if target else LOCAL
                return ("module", name[5:] if name.startswith("node:") else name)
            return EXTERNAL
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name == "bind":
            bound = self.value(callee.object, module)
            if bound[0] == "func":
                return bound
        if is_webpack_getter_call(node):
            return ("getter", self.value(node.arguments[0], module))
        if callee.type == "Identifier" and callee.name in DEFAULT_INTEROP_HELPERS and len(node.arguments) == 1:
            # Parcel's `$parcel$interopDefault(m)`: the default export itself (the module, for CommonJS)
            return self.property_of(("interop", self.value(node.arguments[0], module)), "default")
        fn = self.value(callee, module)
        kind = fn[0]
        if kind == "getter":  # webpack's default-export getter called: the module (or its own default)
            return self.property_of(("interop", fn[1]), "default")
        if kind == "func" and callee.type == "Identifier" and callee.name in INTEROP_HELPERS and node.arguments:
            return ("interop", self.value(node.arguments[0], module))
        if is_packaged_interop(fn) and node.arguments:
            # tsc's `importHelpers`: `tslib_1.__importDefault(require('express'))`; Babel's runtime helpers:
            # `_interopRequireDefault(require('express'))` with the helper required from @babel/runtime
            return ("interop", self.value(node.arguments[0], module))
        if kind == "module" and fn[1] == "express":
            return ("app", id(node))
        if kind == "member" and fn[2] == "Router" and module_name(fn) == "express":
            return ("router", id(node))
        if kind == "member" and fn[2] == "createClient" and module_name(fn) == "redis":
            return ("redis", id(node))
        if kind == "member" and module_name(fn) and (module_name(fn), fn[2]) in SERVER_FACTORIES:
            return ("emitter", id(node))
        if kind == "member" and fn[1][0] in ("app", "router") and fn[2] == "route" and node.arguments:
            return ("route", fn[1], self.strings(node.arguments[0], module))
        if kind == "member" and fn[1][0] == "route":
            return fn[1]
        if kind == "member" and module_name(fn) == "util" and fn[2] == "promisify":
            return ("member", ("module", "promisified"), "fn")
        if kind == "member" and fn[2] in ("then", "catch", "finally"):
            return PROMISE
        if kind == "member" and module_name(fn) and fn[1] == ("member", ("module", "fs"), "promises"):
            return PROMISE
        if kind == "func":
            if fn[1].is_async and not getattr(fn[1].node, "generator", False):  # an async generator's object is no promise
                return PROMISE
            if callee.type == "MemberExpression" and fn[1].is_method and fn[1].returns \
                    and all(r.type == "ThisExpression" for r in fn[1].returns):
                # a chainable method (`register(name, f) { ...; return this; }`): its receiver
                # (`container.register('a', fa).register('b', fb)`: fresh22a-di-container)
                return self.value(callee.object, module)
            returned = self.returned_functions(fn[1])
            if len(returned) == 1:
                return ("func", returned[0])
            made = self.returned_instance(fn[1])
            if made[0] == "class" and len(made) == 3:  # a mixin: its `Base` is this call's argument
                return made + ((node, module),)
            return made
        if kind == "member" and fn[2] == "bind":
            return self.value(callee.object, module)
        if is_outside(fn):
            return EXTERNAL
        return LOCAL

    def new_value(self, node, module):
        fn = self.value(node.callee, module)
        if fn[0] == "class":
            return ("instance", fn[1], fn[2])
        return self.constructed(fn, id(node))

    def constructed(self, fn, key):
        """What `new fn()` gives, for a constructor that is not a class of the program."""
        if fn == ("global", "Promise"):
            return PROMISE
        if fn == ("module", "ioredis") or (fn[0] == "member" and module_name(fn) == "ioredis"
                                           and fn[2] in ("Redis", "default")):
            return ("redis", key)
        if fn == ("global", "EventTarget"):
            return ("bus", key)
        if (fn[0] == "module" and fn[1] in EMITTER_MODULES) or \
                (fn[0] == "member" and module_name(fn) in EMITTER_MODULES):
            return ("bus", key)
        return EXTERNAL if is_outside(fn) else LOCAL

    def own_emitter(self, value):
        """The emitter the service made that `value` is (a `bus`, or an instance of a
        program class extending EventEmitter), or None."""
        if value[0] == "bus":
            return value
        if value[0] != "instance":
            return None
        cls = ("class", value[1], value[2])
        for _ in range(MAX_CLASS_CHAIN):
            node, module = cls[1], cls[2]
            if node.superClass is None:
                return None
            cls = self.super_of(cls)
            if cls[0] != "class":
                return value if self.constructed(cls, id(node))[0] == "bus" else None
        return None

    def class_member(self, cls, key, static=False):
        """A method of a program class, looked up along its `extends` chain.

        Past the last class of the program, a member of the outside class it
        extends (an EventEmitter): ("member", what that class makes, key).
        """
        for _ in range(MAX_CLASS_CHAIN):
            node, module = cls[1], cls[2]
            own = None if static else self.constructor_property(node, key, module)
            if own is not None:
                return own
            method = find_method(node, key, static)
            if method is not None and method.type == "PropertyDefinition" and method.value.type == "CallExpression":
                handed = self.wrapped_function(method.value)
                if handed is not None:
                    return handed
                method = None
            if method is not None:
                return ("func", self.func_of[id(method.value)])
            if node.superClass is None:
                return LOCAL
            cls = self.super_of(cls)
            if cls[0] != "class":
                return self.property_of(cls if static else self.constructed(cls, id(node)), key)
        return LOCAL

    def constructor_property(self, cls, key, module):
        """The function the constructor of `cls` puts on each instance as `key`, which hides a method
        so named (`this.add = asyncHandler(async (req, res) => ...)`, `this.has = (req, res) => ...`),
        or None. One assignment only, a statement of the constructor's own body."""
        ctor = next((m for m in cls.body.body if m.type == "MethodDefinition" and m.kind == "constructor"), None)
        if ctor is None:
            return None
        found = [st.expression.right for st in ctor.value.body.body
                 if st.type == "ExpressionStatement" and st.expression.type == "AssignmentExpression"
                 and st.expression.operator == "=" and st.expression.left.type == "MemberExpression"
                 and not st.expression.left.computed and st.expression.left.object.type == "ThisExpression"
                 and member_key(st.expression.left) == key]
        if len(found) != 1 or found[0].type not in FIELD_MAKERS:
            return None
        if found[0].type == "CallExpression":  # not `this.add = asyncHandler(this.add.bind(this))`: the method
            return self.wrapped_function(found[0])
        return ("func", self.func_of[id(found[0])])

    def wrapped_function(self, call):
        """`asyncHandler(async (req, res) => ...)`, a class field's or a constructor's: the one function
        literal handed to the wrapper, which the wrapper's closure calls (the runtime runs that closure in
        this function's unit: core.js, closureFluxion), or None."""
        handed = [a for a in call.arguments if a.type in FUNCTIONS]
        return ("func", self.func_of[id(handed[0])]) if len(handed) == 1 else None

    def member_value(self, node, module):
        v = self.variable(node.object) if node.object.type == "Identifier" else None
        if v is not None and is_global_object(node.object, v):  # `global.count`: the global variable
            return self.variable_value(v)
        if node.computed and node.property.type != "Literal":
            base = self.value(node.object, module)
            return EXTERNAL if is_outside(base) else LOCAL
        if node.object.type == "ThisExpression" and module is not None:
            held = self.express_field(node, module)
            if held is not None:
                return held
        if module is not None and not node.computed and self.is_own_exports(node.object):
            own = self.own_export(module, member_key(node))
            if own != LOCAL:
                return own
        return self.property_of(self.value(node.object, module), member_key(node))

    def is_own_exports(self, node):
        """`exports` or `module.exports` of the module it is written in (CommonJS's own)."""
        if node.type == "MemberExpression" and not node.computed and property_name(node.property) == "exports":
            node = node.object
            name = "module"
        else:
            name = "exports"
        if node.type != "Identifier" or node.name != name:
            return False
        v = self.variable(node)
        return v is not None and v.kind == "param" and v.scope.kind == "module"

    def own_export(self, module, key):
        """What a module put in its own exports under `key` (`exports.router = Router();
        exports.router.get(...)`, as tsc writes an exported const)."""
        busy = ("export", module.path, key)
        if busy in self._busy:
            return LOCAL
        self._busy.add(busy)
        try:
            return self.export_value(module.path, key)
        finally:
            self._busy.discard(busy)

    def express_field(self, node, module):
        """`this.router` in a class whose field (`router = Router()`) or constructor
        (`this.router = express.Router()`) holds an Express app or router: that value."""
        cls = self.enclosing_class(node, module)
        key = member_key(node)
        if cls is None or (id(cls), key) in self._busy:
            return None  # `this.create = this.create.bind(this)`: not a router anyway
        self._busy.add((id(cls), key))
        try:
            return self.express_field_of(cls, key, module)
        finally:
            self._busy.discard((id(cls), key))

    def express_field_of(self, cls, key, module):
        found = []
        for member in cls.body.body:
            if member.type == "PropertyDefinition" and not member.static and not member.computed \
                    and property_name(member.key) == key and member.value is not None:
                found.append(self.value(member.value, module))
            if member.type == "MethodDefinition" and member.kind == "constructor":
                for child in walk(member.value.body):
                    if child.type == "AssignmentExpression" and child.operator == "=" \
                            and child.left.type == "MemberExpression" and not child.left.computed \
                            and child.left.object.type == "ThisExpression" and member_key(child.left) == key:
                        found.append(self.value(child.right, module))
        if len(found) == 1 and found[0][0] in ("app", "router", "route"):
            return found[0]
        return None

    def enclosing_class(self, node, module):
        """The class whose method, constructor or field initialiser `this` at `node` is in
        (arrows between them keep that `this`), or None."""
        start, end = node.range
        best = None
        for cls in self.classes_of(module):
            if cls.range[0] <= start and end <= cls.range[1] and (best is None or cls.range[0] >= best.range[0]):
                best = cls
        if best is None:
            return None
        for member in best.body.body:
            value = getattr(member, "value", None)
            if value is not None and value.range[0] <= start and end <= value.range[1]:
                inner = value.body if member.type == "MethodDefinition" else value
                return None if any(f.type in ("FunctionExpression", "FunctionDeclaration") and
                                   f.range[0] <= start and end <= f.range[1] for f in walk(inner)) else best
        return None

    def super_of(self, cls):
        """The class `cls` (a ("class", node, module[, (call, module)]) value) extends, or LOCAL. A
        class a mixin made (`const Stamped = (Base) => class extends Base {...}`) extends what the
        call that made it was given (`Stamped(B)`: B), when the value carries that call."""
        node, module = cls[1], cls[2]
        if node.superClass is None:
            return LOCAL
        if len(cls) > 3 and node.superClass.type == "Identifier":
            given = self.mixin_argument(node.superClass, cls[3])
            if given is not None:
                return given
        return self.value(node.superClass, module)

    def mixin_argument(self, base, made_by):
        """What the call `made_by` gave the parameter `base` names, or None."""
        v = self.variable(base)
        if v is None or v.kind != "param" or v.scope.func is None or v.node is None:
            return None
        index, pattern = param_position(v.scope.func, v)
        call, module = made_by
        if index is None or pattern is not None or index >= len(call.arguments):
            return None
        if self.value(call.callee, module) != ("func", v.scope.func):
            return None
        return self.value(call.arguments[index], module)

    def mixin_bases(self, cls_node):
        """Every class a mixin's class (`class extends Base` in `(Base) => ...`) may extend: what
        each call of the mixin gives `Base`; None when its `extends` is no parameter."""
        base = cls_node.superClass
        v = self.variable(base) if base is not None and base.type == "Identifier" else None
        if v is None or v.kind != "param" or v.scope.func is None or v.node is None:
            return None
        index, pattern = param_position(v.scope.func, v)
        if index is None or pattern is not None:
            return None
        found = []
        for call in self.callers.get(v.scope.func, ()):
            if index < len(call.node.arguments):
                value = self.value(call.node.arguments[index], call.module)
                if value[0] == "class" and value not in found:
                    found.append(value)
        return found

    def super_constructors(self, node, module):
        """The classes `super(...)` at `node` may construct: the `extends` of the class whose
        constructor it is in, when that is a program class (in a mixin's class, what each call
        of the mixin gives it), else []."""
        cls = self.enclosing_class(node, module)
        if cls is None or cls.superClass is None:
            return []
        bases = self.mixin_bases(cls)
        if bases is not None:
            return bases
        parent = self.value(cls.superClass, module)
        return [parent] if parent[0] == "class" else []

    def classes_of(self, module):
        found = self._classes.get(module.path)
        if found is None:
            found = self._classes[module.path] = [n for n in walk(module.ast)
                                                  if n.type in ("ClassDeclaration", "ClassExpression")]
        return found

    def property_of(self, base, key):
        kind = base[0]
        if kind == "getter":  # `getter.a`, as webpack reads a default export through it
            return self.property_of(("interop", base[1]), "default") if key == "a" else LOCAL
        if kind == "interop":
            inner = base[1]
            own_default = inner[0] == "localmod" and "default" in self.scopes.exports.get(inner[1], {})
            return inner if key == "default" and not own_default else self.property_of(inner, key)
        if kind in ("module", "member") or (kind == "global" and base[1] == "process"):
            return ("member", base, key)
        if kind == "app" and key == "router":  # Express 5's `app.router`: the app's own router, its routes the app's
            return base
        if kind in ("app", "router", "redis", "emitter", "route", "external"):
            return ("member", base, key)
        if kind == "localmod":
            return self.export_value(base[1], key)
        if kind == "object":
            return self.object_property(base[1], base[2], key)
        if kind in ("class", "instance"):
            return self.class_member(base, key, static=kind == "class")
        if kind == "global":
            return ("member", base, key)
        return LOCAL

    def export_value(self, path, key, depth=0):
        exports = self.scopes.exports.get(path, {})
        module = self.scopes.service.by_path.get(path)
        if key in exports:
            return self.value(exports[key], module)
        if None in exports:
            whole = self.value(exports[None], module)
            return self.property_of(whole, key)
        for target in star_sources(self.scopes.service, path, key) if depth < MAX_CONSTANT_CHAIN else ():
            found = self.export_value(target, key, depth + 1)
            if found != LOCAL:
                return found
        return LOCAL

    def object_property(self, node, module, key):
        for prop in node.properties:
            if prop.type == "Property" and not prop.computed:
                name = prop.key.name if prop.key.type == "Identifier" else getattr(prop.key, "value", None)
                if name == key:  # `get stats() {...}` gives what the getter returns, not the getter
                    return self.value(prop.value, module) if prop.kind == "init" else LOCAL
        return LOCAL

    @staticmethod
    def is_dynamic_import(node):
        """`__rt.importDynamic(require, spec)`: what analyzer/esm.py makes of `import(spec)`."""
        callee = node.callee
        return node.type == "CallExpression" and len(node.arguments) == 2 and callee.type == "MemberExpression" \
            and not callee.computed and callee.property.name == "importDynamic" \
            and callee.object.type == "Identifier" and callee.object.name == "__rt"

    def dynamic_import(self, node, module):
        """The local module `import('./m.js')` loads (`__rt.importDynamic(require, './m.js')`, analyzer/esm.py),
        or None."""
        if module is None or node.type != "CallExpression" or len(node.arguments) != 2:
            return None
        callee = node.callee
        if callee.type != "MemberExpression" or callee.computed or callee.property.name != "importDynamic" \
                or callee.object.type != "Identifier" or callee.object.name != "__rt":
            return None
        name = literal_string(node.arguments[1])
        return self.scopes.service.resolve(module.path, name) if name and is_local_specifier(name) else None

    def module_value(self, path):
        """The value of `require(path)` for a local module."""
        exports = self.scopes.exports.get(path, {})
        if None in exports:
            return self.value(exports[None], self.scopes.service.by_path.get(path))
        return ("localmod", path)

    def strings(self, node, module, depth=0):
        """The constant strings an expression stands for (a literal, an array of them, a
        variable never written after its initialiser), as a tuple; None if not constant."""
        single = literal_string(node)
        if single is not None:
            return (single,)
        if node.type == "ArrayExpression" and node.elements and depth < MAX_CONSTANT_CHAIN:
            parts = [self.strings(el, module, depth + 1) if el is not None else None for el in node.elements]
            return None if None in parts else tuple(s for part in parts for s in part)
        if node.type == "Identifier" and depth < MAX_CONSTANT_CHAIN:
            v = self.variable(node)
            if v is not None and len(v.assigned) == 1 and not isinstance(v.assigned[0], tuple) \
                    and not any(r.writes() for r in v.refs):
                return self.strings(v.assigned[0], v.scope.module, depth + 1)
        return None

    def returned_instance(self, func):
        """The instance a factory returns (`static create() { return new Store(); }`), the
        object literal (`makeController(service)` returning `{ create: (req, res) => ... }`), or the
        class (a mixin, `(Base) => class extends Base {...}`: its `Base` is the call's argument), else LOCAL."""
        if func in self._busy or not func.returns:
            return LOCAL
        self._busy.add(func)
        try:
            values = {self.value(expr, func.module) for expr in func.returns}
        finally:
            self._busy.discard(func)
        only = values.pop() if len(values) == 1 else LOCAL
        return only if only[0] in ("instance", "bus", "object", "class") else LOCAL

    def returned_functions(self, func):
        if func in self._busy:
            return []  # a recursive call: what it returns is found where it returns it
        self._busy.add(func)
        try:
            values = [self.value(expr, func.module) for expr in func.returns]
        finally:
            self._busy.discard(func)
        return [v[1] for v in values if v[0] == "func" and v[1] is not func]


def walk(node):
    """`node` and every node inside it."""
    from .scopes import children
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(children(current))


def param_position(func, v):
    """(index, None) for a named parameter, (index, pattern) for a name an object pattern
    parameter binds at its first level (`({ repo, audit })`), else (None, None)."""
    for index, param in enumerate(func.node.params):
        if param.type == "Identifier" and func.params[index] is v:
            return index, None
        if param.type == "ObjectPattern" and param.range[0] <= v.node.range[0] and v.node.range[1] <= param.range[1]:
            return index, param
    return None, None


def find_method(cls, key, static):
    """The method `key` (`constructor` included) written in the body of class `cls`, or
    its field `key` initialised with a function literal (`onLoad = () => ...`)."""
    for member in cls.body.body:
        if member.type == "StaticBlock" or member.computed or member.static != static:
            continue
        if member.type == "MethodDefinition" and member.kind not in ("method", "constructor"):
            continue
        if member.type == "PropertyDefinition" and (member.value is None or member.value.type not in FIELD_MAKERS):
            continue
        if property_name(member.key) == key:
            return member
    return None


FUNCTIONS = ("FunctionExpression", "ArrowFunctionExpression")
# What a class field may be initialised with to be taken for a method: a function, or a call handing one to a
# wrapper (`add = asyncHandler(async (req, res) => ...)`), which stands for the function handed.
FIELD_MAKERS = FUNCTIONS + ("CallExpression",)


def property_name(key):
    """The name a non-computed key stands for; a private name keeps its `#`, being another property."""
    if key.type == "Identifier":
        return key.name
    if key.type == "PrivateIdentifier":
        return "#" + key.name
    return getattr(key, "value", None)


def member_key(node):
    """The property name of a member expression `a.b`, `a.#b` or `a['b']`."""
    return property_name(node.property) if not node.computed else node.property.value


def literal_string(node):
    if node is None:
        return None
    if node.type == "Literal" and isinstance(node.value, str):
        return node.value
    if node.type == "TemplateLiteral" and not node.expressions:
        return node.quasis[0].value.cooked
    return None
