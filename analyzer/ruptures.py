"""Rupture points: the call sites where a function is handed to an asynchronous callee.

Every call site of the program is classified:
  - a rupture (`start`: a listener; `post`: a continuation), with its callbacks;
  - a call of a program function (function values flow into its parameters);
  - a call of a parameter (whatever function flowed into it is invoked here);
  - a synchronous call (a builtin, a known synchronous higher-order function).
"""
import posixpath
import re
from collections import namedtuple

from .packages import package_of
from .scopes import FUNCTION_TYPES, MUTATE, children
from .values import EXTERNAL, LOCAL, ValueTracker, is_local_specifier, is_outside, is_server_factory, literal_string, member_key, module_name, property_name, without_interop

ParamRef = namedtuple("ParamRef", "func index")
# An Express registration: `paths` a tuple of strings (None when not known), `path` the first;
# `base` the app, router or route value; `mounted` the values of the handlers.
Registration = namedtuple("Registration", "method path base mounted paths")
MAX_CALLER_ROUNDS = 4

# Array methods whose result holds (some of) the receiver's own elements.
ELEMENT_KEEPING_METHODS = frozenset("filter slice concat toSorted toReversed sort reverse flat".split())
EXPRESS_METHODS = frozenset("get post put patch delete del all use head options param".split())
LISTENER_METHODS = frozenset(("on", "addListener", "prependListener"))
ONCE_METHODS = frozenset(("once", "prependOnceListener"))
PROMISE_METHODS = frozenset(("then", "catch", "finally"))
OWN_LISTENER_METHODS = LISTENER_METHODS | ONCE_METHODS | {"addEventListener"}  # an EventTarget's too
EMIT_METHODS = frozenset(("emit", "dispatchEvent"))
# The events Node.js itself emits on `process`: their listeners are ruptures (nothing in the service runs them)
PROCESS_EVENTS = frozenset(("exit", "beforeExit", "uncaughtException", "uncaughtExceptionMonitor",
                            "unhandledRejection", "rejectionHandled", "warning", "message", "disconnect", "worker",
                            "multipleResolves"))


def is_process_event(names):
    """Whether every event name an argument may be (None: not known) is one Node.js emits on `process`."""
    return bool(names) and all(isinstance(n, str) and (n in PROCESS_EVENTS or n.startswith("SIG")) for n in names)
# `for (const l of bus.listeners(event)) l(payload)`, an "emitAsync" over `bus.listeners(e).map(...)`: the code
# taking an emitter's listeners may call them, as an emit does
LISTING_METHODS = frozenset(("listeners", "rawListeners"))


def is_once(prop, args):
    """Whether a listener goes after its first call: `once(...)`, or an EventTarget's
    `addEventListener(type, fn, { once: true })` (an options object not known: maybe)."""
    if prop in ONCE_METHODS:
        return True
    if prop != "addEventListener" or len(args) < 3:
        return False
    options = args[2]
    if options.type == "Literal" or options.type in ("ArrowFunctionExpression", "FunctionExpression"):
        return False  # `true`: capture
    if options.type != "ObjectExpression":
        return True
    for p in options.properties:
        if p.type == "SpreadElement":
            return True
        if not p.computed and getattr(p.key, "name", getattr(p.key, "value", None)) == "once":
            return not (p.value.type == "Literal" and not p.value.value)
    return False


ASYNC_GLOBALS = {"setTimeout": "post", "setImmediate": "post", "queueMicrotask": "post", "setInterval": "start"}
ITERATING_METHODS = frozenset("""
forEach map filter reduce reduceRight some every find findIndex findLast findLastIndex flatMap sort replace
replaceAll toSorted from loop forOf
""".split())
SYNC_HOF = frozenset("""
map filter forEach reduce reduceRight sort find findIndex findLast findLastIndex some every flatMap
replace replaceAll call apply bind from toSorted match split join keys values entries
""".split())
# Methods of arrays, maps and sets that never call a function they are given.
KNOWN_SYNC_METHODS = SYNC_HOF | frozenset("""
push unshift splice set add delete has includes indexOf lastIndexOf concat slice fill with
""".split())
# Functions of outside modules that take functions without ever calling them: no continuations.
NEVER_CALLS = frozenset({("util", "inherits")})
# tslib's helpers that call the functions they are handed at once (tsc's `importHelpers`).
TSLIB_CALLING = frozenset(("__decorate", "__param", "__esDecorate", "__runInitializers"))
BUILTIN_GLOBALS = frozenset("""
Array Object JSON Math String Number Boolean Symbol Date RegExp Map Set WeakMap WeakSet Reflect Proxy
Error TypeError RangeError SyntaxError console parseInt parseFloat isNaN isFinite encodeURIComponent
decodeURIComponent encodeURI decodeURI escape unescape Buffer Intl BigInt globalThis undefined NaN Infinity
process require module exports __filename __dirname clearTimeout clearInterval clearImmediate Promise
structuredClone URL URLSearchParams TextEncoder TextDecoder arguments __rt
""".split())


def with_option_values(args, depth=3):
    """The arguments of a call into a package, and the values of the object literals among them
    (`basicAuth({ authorizer: (user, pass) => ... })`, nested too): a package calls the
    functions of its options as it calls those handed directly."""
    out = []
    for arg in args:
        out.append(arg)
        if arg.type == "ObjectExpression" and depth > 0:
            out += with_option_values([p.value for p in arg.properties if p.type == "Property"], depth - 1)
    return out


def returned_tables(args):
    """The values of the object literals that the functions among `args` return (graphql's
    `new GraphQLObjectType({ fields: () => ({ add: { resolve: (_, a) => ... } }) })`): a package
    calling such a thunk calls the functions of what it returns as it calls its options'."""
    out = []
    for arg in args:
        if arg.type not in ("ArrowFunctionExpression", "FunctionExpression"):
            continue
        body = arg.body
        if body.type == "ObjectExpression":
            tables = [body]
        elif body.type == "BlockStatement":
            tables = [st.argument for st in body.body
                      if st.type == "ReturnStatement" and st.argument is not None and st.argument.type == "ObjectExpression"]
        else:
            tables = []
        for table in tables:
            out += with_option_values([p.value for p in table.properties if p.type == "Property"], 2)
    return out


class Rupture:
    """A call that hands functions to an asynchronous callee."""

    def __init__(self, call, kind, callee, callbacks, express=None):
        self.call, self.kind, self.callee, self.callbacks = call, kind, callee, callbacks
        self.express = express  # a Registration for an Express app, router or route
        self.join = join_of(call)  # for the continuation of Promise.all(...) & co: what it joins

    @property
    def func(self):
        return self.call.func


def receiving_param(func, index):
    """The position of the parameter argument `index` goes into: a rest parameter (`...fns`)
    gets every argument from its own position on."""
    params = func.node.params
    if params and params[-1].type == "RestElement" and index >= len(params) - 1:
        return len(params) - 1
    return index


def rest_ref(v):
    """The ParamRef of a rest parameter (`(...fns) =>`): every argument from its position on."""
    func = v.scope.func if v is not None and v.kind == "param" else None
    params = func.node.params if func is not None else ()
    if params and params[-1].type == "RestElement" and params[-1].argument is v.node:
        return ParamRef(func, len(params) - 1)
    return None


def param_ref(v):
    """The ParamRef of a variable that is a named parameter of a program function, or None."""
    if v is not None and v.kind == "param" and v.scope.func is not None and v in v.scope.func.params:
        return ParamRef(v.scope.func, v.scope.func.params.index(v))
    return None


def emitted(call):
    """(event name or None, the arguments its listeners get) of `emitter.emit('e', ...args)` or
    `target.dispatchEvent(new Event('e'))`, whose listeners get the event itself."""
    args = call.arguments
    if call.callee.property.name == "abort":  # `controller.abort(reason)`: its signal's 'abort' listeners
        return "abort", []
    if call.callee.property.name != "dispatchEvent":
        return (literal_string(args[0]) if args else None), args[1:]
    event = args[0] if args else None
    made = event is not None and event.type == "NewExpression" and event.arguments
    return (literal_string(event.arguments[0]) if made else None), args[:1]


def short_text(module, node):
    """An expression as written, on one line, with the arguments of inner calls that
    hold functions elided: `app.route('/book').get(...).post`."""
    t = node.type
    if t == "MemberExpression" and not node.computed:
        return f"{short_text(module, node.object)}.{node.property.name}"
    if t == "MemberExpression":
        return f"{short_text(module, node.object)}[{short_text(module, node.property)}]"
    if t in ("CallExpression", "NewExpression"):
        args = ", ".join("..." if holds_function(a) else short_text(module, a) for a in node.arguments)
        return f"{'new ' if t == 'NewExpression' else ''}{short_text(module, node.callee)}({args})"
    return re.sub(r"\s*\n\s*", " ", module.text[node.range[0]:node.range[1]])


def holds_function(node):
    return node.type in FUNCTION_TYPES or any(holds_function(child) for child in children(node))


def call_key(call):
    """How the IDE names a call site in overrides: `file:line:column` of its start."""
    pos = call.module.lines.pos(call.node.range[0])
    return f"{call.module.path}:{pos['line']}:{pos['column']}"


class RuptureFinder:
    def __init__(self, scopes, report, overrides=None):
        self.scopes = scopes
        self.report = report
        self.overrides = overrides or {}  # "file:line:column" of a call -> "sync" | "post" | "start"
        self.values = ValueTracker(scopes)
        self.ruptures = []
        self.flows = {}  # ParamRef -> [Func | ParamRef] passed into it
        self.param_calls = {}  # ParamRef -> [Func | None] where it is invoked
        self.param_call_sites = {}  # ParamRef -> [CallSite] that invoke it
        self.sync_calls = {}  # Func -> [Func | None] where it is invoked synchronously
        self.iterated = set()  # Funcs handed to an iterating method (forEach, map...): called many times
        self.param_arguments = []  # (ParamRef, CallSite): a parameter called with arguments
        self.user_calls = []  # (CallSite, Func)
        self._returned = {}  # Func -> what it may return (see returned_items)
        self._computed_writes = {}  # Func -> [(parameter index, value expression)] of `param[key] = value`
        self._module_calls = {}  # module path -> its call expressions
        self._decorated = None  # decorated_wrappers()
        self._instance_methods = {}  # (Func, parameter index) -> param_instance_methods
        self.own_listeners = []  # (emitter or None, event or None, [Func | ParamRef], once) of the service's emitters
        self.emits = []  # (CallSite, emitter or None): `x.emit(...)` that may run those listeners
        self.emit_targets = {}  # id of an emit call node -> [(Func, once)] it runs
        self._nodes_by_type = {}  # module path -> {node type: the module's nodes of that type}
        self._iterated_from = {}  # Func -> (container expression, module): it gets its elements
        self._reduced_from = {}  # Func -> (container expression, module): a reduce callback, elements second
        self._funcs_by_name = None  # name -> [Func], for handlers resolved by name

    def run(self):
        self.find_direct_callers()
        self.note_iterations()
        for call in self.scopes.calls:
            self.classify(call)
        self.note_onabort_handlers()
        self.dispatch_emits()
        self.pass_arguments_through_parameters()
        self.drop_outside_mutations()
        return self

    def note_onabort_handlers(self):
        """`signal.onabort = onAbort`: a listener of 'abort', run by the controller's `abort()`."""
        for module in self.scopes.service.modules:
            for node in self.module_nodes(module, "AssignmentExpression"):
                if node.operator == "=" and node.left.type == "MemberExpression" \
                        and not node.left.computed and member_key(node.left) == "onabort":
                    self.own_listeners.append((None, "abort", self.items(node.right, module), False))

    def pass_arguments_through_parameters(self):
        """`iterator(item, done)` where `iterator` is a parameter: `done` flows into the
        parameters of every function passed as `iterator`. Repeated until nothing new
        flows; when no function is known to flow there, the call counts as synchronous."""
        changed = True
        while changed:
            changed = False
            for ref, call in self.param_arguments:
                for func in self.funcs_flowing(ref):
                    for index, arg in enumerate(call.node.arguments):
                        known = self.flows.setdefault(ParamRef(func, index), [])
                        for item in self.items(arg, call.module):
                            if item not in known:
                                known.append(item)
                                changed = True
        for ref, call in self.param_arguments:
            if not self.funcs_flowing(ref):
                self.sync_call(call, call.node.arguments)

    def drop_outside_mutations(self):
        """`client.set(k, v)` on an object from outside the program (a redis client, a module)
        changes no program variable: such a call is a read, unlike `items.push(x)`."""
        for ref, receiver in self.scopes.mutating_calls:
            if is_outside(self.values.value(receiver, ref.scope.module)):
                ref.flags &= ~MUTATE

    def callee_text(self, call):
        """The rupture's callee as written; for a split await, what is awaited; for
        the code after a block with awaits, the block's keyword."""
        block = split_block_keyword(call.node.callee)
        if block is not None:
            return f"{block} with await"
        awaited = split_await_operand(call.node.callee)
        if awaited is not None:
            target = awaited.callee if awaited.type in ("CallExpression", "NewExpression") else awaited
            return short_text(call.module, target)
        return short_text(call.module, call.node.callee)

    def loop_element_methods(self, callee, module):
        """`for (const plugin of plugins) plugin.register(app, ctx)` over plugins the analysis cannot
        list (picked from a table by names read from a file): any method of the program so named
        (an object literal's, a class's, a module's exported function), as a handler the analysis
        cannot resolve is found by its name (named_handlers). Its parameters then get what the
        loop hands them: the app, the context object (fresh22a-esm-plugins)."""
        if callee.type != "MemberExpression" or callee.computed or callee.property.type != "Identifier" \
                or callee.object.type != "Identifier":
            return []
        v = self.values.variable(callee.object)
        if v is None or self.for_of_declaring(v) is None or self.values.value(callee.object, module) not in (LOCAL, EXTERNAL):
            return []
        name = callee.property.name
        return [f for f in self.scopes.funcs if f.name == name and (f.is_method or f.parent is None)]

    def find_direct_callers(self):
        """Who calls which program function: needed to know parameter values.

        What a callee names may depend on parameter values (`app.get` inside
        `function mount(app)`, itself called from another module), so the search
        is repeated, with values forgotten in between, until it finds no new caller.
        """
        for _ in range(MAX_CALLER_ROUNDS):
            callers = {}
            for call in self.scopes.calls:
                for func in self.called_functions(call):
                    callers.setdefault(func, []).append(call)
            known, self.values.callers = self.values.callers, callers
            self.values.forget()
            if callers == known:
                break

    def called_functions(self, call):
        """The program functions a call runs, when its callee names one (not through a parameter)."""
        callee = call.node.callee
        if callee.type == "Identifier" and param_ref(self.values.variable(callee)) is not None:
            return []
        if callee.type == "Super":  # `super(...)` in a constructor runs its base's constructor
            values = self.values.super_constructors(callee, call.module)
        else:
            values = [self.values.value(callee, call.module)]
        found = []
        for value in values:
            if value[0] == "class":
                value = self.values.class_member(value, "constructor")
            if value[0] == "func" and value[1] not in found:
                found.append(value[1])
        if not found:
            found = self.computed_require_funcs(callee, call.module)
        if not found:
            found = self.loop_element_methods(callee, call.module)
        return found

    def computed_require_funcs(self, callee, module):
        """The functions `require(`./listeners/${name}`)(bus)` may call: the function each module the computed
        specifier may name exports (`module.exports = function register(bus) {...}`), or the export a name is bound
        to (`const { default: register } = await import(`./listeners/${name}.js`); register(bus)`,
        `require('./plugins/' + name).setup(app)`). The names are the constant strings the loop variable runs over
        (`for (const name of ['audit', 'stock'])`), else every module of the folder (analyzer/source.py
        `modules_under`, which made them modules of the service)."""
        key = None
        if callee.type == "Identifier":  # `const register = require('./plugins/' + name); register(app)`
            v = self.values.variable(callee)
            if v is None or len(v.assigned) != 1 or any(r.writes() for r in v.refs):
                return []
            made, module = v.assigned[0], v.scope.module
            if isinstance(made, tuple):  # ("pattern", `{ default: register }`, init)
                if made[1].type != "ObjectPattern":
                    return []
                keys = [property_name(p.key) for p in made[1].properties if p.type == "Property" and not p.computed
                        and p.value.type == "Identifier" and p.value.name == callee.name]
                if len(keys) != 1 or keys[0] is None:
                    return []
                made, key = made[2], keys[0]
            callee = made
        elif callee.type == "MemberExpression" and not callee.computed:  # `(await import(spec)).default(bus)`
            callee, key = callee.object, property_name(callee.property)
        while callee is not None and callee.type == "AwaitExpression":
            callee = callee.argument
        if module is None or callee is None or callee.type != "CallExpression":
            return []
        if callee.callee.type == "Identifier" and callee.callee.name == "require" and len(callee.arguments) == 1:
            spec = callee.arguments[0]
        elif self.values.is_dynamic_import(callee) and key is not None:  # `__rt.importDynamic(require, spec)`
            spec = callee.arguments[1]
        else:
            return []
        if spec.type == "TemplateLiteral" and len(spec.expressions) == 1:
            prefix, rest, suffix = spec.quasis[0].value.cooked, spec.expressions[0], spec.quasis[1].value.cooked
        elif spec.type == "BinaryExpression" and spec.operator == "+":
            suffix = literal_string(spec.right) if spec.left.type == "BinaryExpression" else None
            joined = spec.left if suffix is not None else spec  # `'./listeners/' + name + '.js'`
            if joined.type != "BinaryExpression" or joined.operator != "+" or literal_string(joined.left) is None:
                return []
            prefix, rest, suffix = literal_string(joined.left), joined.right, suffix or ""
        else:
            return []
        if not is_local_specifier(prefix):
            return []
        service = self.scopes.service
        names = self.loop_strings(rest)
        if names is not None:
            paths = [service.resolve(module.path, prefix + name + suffix) for name in names]
        else:
            folder = posixpath.normpath(posixpath.join(posixpath.dirname(module.path), posixpath.dirname(prefix)))
            inside = "" if folder == "." else folder + "/"
            paths = [p for p in service.by_path if p.startswith(inside) and not p.startswith("node_modules/")]
        found = []
        for path in paths:
            if path is None or path == module.path:
                continue
            value = self.values.module_value(path)
            if key is not None:
                value = self.values.property_of(value, key)
            if value[0] == "func" and value[1] not in found:
                found.append(value[1])
        return found

    def loop_strings(self, node):
        """The constant strings an expression stands for, a `for...of` variable's those of the array it runs over."""
        found = self.values.strings(node, None) if node.type != "Identifier" else None
        if found is not None or node.type != "Identifier":
            return found
        v = self.values.variable(node)
        if v is None:
            return None
        loop = self.for_of_declaring(v)
        if loop is not None:
            return loop.left.type == "VariableDeclaration" and loop.left.declarations[0].id.type == "Identifier" \
                and self.values.strings(loop.right, v.scope.module) or None
        return self.values.strings(node, v.scope.module)

    # -- classification -------------------------------------------------

    def classify(self, call):
        node, module = call.node, call.module
        callee = node.callee
        forced = self.overrides.get(call_key(call))
        if forced == "sync":
            self.sync_call(call, node.arguments)
        elif forced in ("post", "start"):
            self.rupture(call, forced, node.arguments, dynamic=self.computed_function)
        elif callee.type == "Identifier":
            self.classify_plain_call(call, callee)
        elif callee.type == "MemberExpression":
            self.classify_method_call(call, callee)
        elif callee.type == "Super":
            bases = self.values.super_constructors(callee, module)
            for base in bases:
                self.classify_value_call(call, base, node.arguments)
            if not bases:
                self.sync_call(call, node.arguments)
        else:
            required = self.computed_require_funcs(callee, module)
            for func in required:  # `require(`./listeners/${name}`)(bus)`: any of the folder's exported functions
                self.user_call(call, func, node.arguments)
            if not required:
                self.classify_value_call(call, self.values.value(callee, module), node.arguments)

    def classify_plain_call(self, call, callee):
        args = call.node.arguments
        v = self.values.variable(callee)
        ref = param_ref(v)
        if ref is not None:
            self.note_param_call(ref, call)
            self.param_arguments.append((ref, call))
            for item in self.reduced_items(v):  # `fns.reduce((acc, fn) => fn(acc), x)`: each element of fns
                if isinstance(item, ParamRef):
                    self.note_param_call(item, call)
                    self.param_arguments.append((item, call))
                else:
                    self.user_call(call, item, args)
            return
        value = self.values.value(callee, call.module)
        items = self.items(callee, call.module) if v is not None and value[0] != "func" else []
        held = [f for f in items if not isinstance(f, ParamRef)]
        for ref in (f for f in items if isinstance(f, ParamRef)):  # `const fn = middleware[i]; fn(ctx)`
            self.note_param_call(ref, call)
            self.param_arguments.append((ref, call))
        if items and not held:
            return
        if held:  # `for (const [name, fn] of Object.entries({ a, b })) fn(x)`: any of them runs here
            for func in held:
                self.user_call(call, func, args)
            return
        required = self.computed_require_funcs(callee, call.module) if value[0] != "func" else []
        if required:  # `const register = require('./plugins/' + name); register(app)`
            for func in required:
                self.user_call(call, func, args)
            return
        if value[0] == "global" and value[1] in ASYNC_GLOBALS:
            self.rupture(call, ASYNC_GLOBALS[value[1]], args[:1])
        elif value[0] == "global" and value[1] not in BUILTIN_GLOBALS and v is None:
            self.outside_call(call, args, unknown_module=value[1])
        else:
            self.classify_value_call(call, value, args)

    def classify_value_call(self, call, value, args):
        """A call of whatever the callee evaluates to: a program function, outside code, or else."""
        if value[0] == "func":
            self.user_call(call, value[1], args)
        elif is_server_factory(value):
            self.rupture(call, "start", args)
        elif value[0] == "class":
            self.construction(call, value, args)
        elif is_outside(value) and not (value[0] == "member" and value[2] in SYNC_HOF):
            self.outside_call(call, args)
        else:
            self.sync_call(call, args)

    def classify_method_call(self, call, callee):
        args, module = call.node.arguments, call.module
        if not callee.computed and callee.object.type in ("CallExpression", "AwaitExpression"):
            required = self.computed_require_funcs(callee, module)
            for func in required:  # `require('./plugins/' + name).setup(app)`, `(await import(spec)).default(bus)`
                self.user_call(call, func, args)
            if required:
                return
        prop = None if callee.computed else callee.property.name
        base = self.values.value(callee.object, module)
        kind = base[0]
        target = self.values.value(callee, module)
        if kind == "instance" and target[0] == "member":
            base, kind = target[1], target[1][0]  # inherited from an outside class (an EventEmitter)
        if prop in ("call", "apply") and self.call_or_apply(call, callee.object, prop, args):
            return
        if self.own_emitter_call(call, callee, base, prop, args):
            return
        if kind in ("app", "router", "route") and prop in EXPRESS_METHODS:
            self.express_rupture(call, base, prop, args)
        elif kind in ("app", "router", "route") and callee.computed and len(args) > 1:
            # `app[route.method](route.path, route.handler)` over a table of routes: a route of the
            # method the table names, or of any when the analysis cannot tell which
            methods = [m for m in self.values.strings(callee.property, module) or () if m in EXPRESS_METHODS]
            self.express_rupture(call, base, methods[0] if len(set(methods)) == 1 else "all", args)
        elif kind == "app" and prop == "set" and len(args) == 2 and literal_string(args[0]) in ("etag", "json replacer"):
            # `app.set('etag', (body) => ...)`: Express calls it as a body is sent, inside the handler sending
            # it (state.py, sending_functions): no continuation
            self.sync_call(call, args[1:])
        elif kind == "app" and prop == "listen":
            self.rupture(call, "post", args, dynamic=self.computed_function)
        elif is_server_factory(target):
            self.rupture(call, "start", args)
        elif prop in LISTENER_METHODS and len(args) > 1 and self.emits_events(base, callee.object):
            self.rupture(call, "start", args[1:])
        elif prop in ONCE_METHODS and len(args) > 1 and self.emits_events(base, callee.object):  # not `_.once(fn)`
            self.rupture(call, "post", args[1:])
        elif base == ("global", "process") and prop == "nextTick":
            self.rupture(call, "post", args[:1])
        elif prop in PROMISE_METHODS and kind != "func":
            self.rupture(call, "post", args)
        elif target[0] == "func":
            self.user_call(call, target[1], args)
            for wrapper in self.decorated_wrappers().get((id(base[1]), prop), ()) if kind == "instance" else ():
                if wrapper is not target[1]:  # `box.vote(x)`: the decorator's `descriptor.value = function...`
                    self.user_call(call, wrapper, args)
        elif module_name(target) == "tslib" and prop in TSLIB_CALLING:
            # `tslib_1.__decorate([Audited('vote')], Box.prototype, "vote", null)` (tsc's `importHelpers`): it
            # calls the decorators now, as the `__decorate` tsc inlines does
            self.sync_call(call, args)
        elif (is_outside(base) or (kind == "global" and base[1] not in BUILTIN_GLOBALS)) and prop not in SYNC_HOF:
            self.outside_call(call, args, unknown_module=base[1] if kind == "global" else None)
        else:
            if kind != "global" and prop not in KNOWN_SYNC_METHODS and self.function_args(args, module):
                self.report.info("unknown-callee", module, callee.range, callee=self.callee_text(call))
            self.sync_call(call, args)

    def own_emitter_call(self, call, callee, base, prop, args):
        """An emitter the service made (or `this` in a method: maybe one) runs its
        listeners synchronously inside `emit`: registering one is no rupture point,
        and `emit` calls them. True when the call was handled here."""
        emitter = self.values.own_emitter(base)
        if emitter is None and base == ("global", "process") and args \
                and not is_process_event(self.values.strings(args[0], call.module)) \
                and (prop in OWN_LISTENER_METHODS or prop in EMIT_METHODS or prop in LISTING_METHODS):
            # `process.on('orders:refund', fn)` and `process.emit('orders:refund', order)`: the service's
            # own event, whose listeners `emit` calls synchronously (runtime/node_globals.js)
            emitter = ("global", "process")
        if emitter is None and prop == "abort" and base[0] not in ("module", "global"):
            # `ctrls.get(id).abort(reason)`: maybe an AbortController, whose signal runs its 'abort' listeners
            self.emits.append((call, None))
        if emitter is None and prop == "addEventListener" and len(args) >= 2 and literal_string(args[0]) == "abort":
            # `controller.signal.addEventListener('abort', onAbort)`: run by that controller's `abort()`
            self.own_listeners.append((None, "abort", self.items(args[1], call.module), is_once(prop, args)))
        if emitter is None and callee.object.type != "ThisExpression" and \
                (base[0] != "local" or self.is_param(callee.object)):
            if base[0] == "local" and prop in OWN_LISTENER_METHODS and len(args) >= 2:
                # a parameter the program passes (`track(lobby)`), maybe one of its own emitters: its
                # `emit`s may run the listener too, besides the runtime's (a rupture all the same)
                self.own_listeners.append((None, literal_string(args[0]), self.items(args[1], call.module),
                                           is_once(prop, args)))
            if (prop == "emit" or prop in LISTING_METHODS) and args and base[0] not in ("module", "global"):
                self.emits.append((call, None))  # `req.lobby.emit('leave')`: maybe an emitter of the program
            return False  # an emitter of the runtime (a parameter may be one), or no emitter
        if prop in OWN_LISTENER_METHODS and len(args) >= 2:
            event = literal_string(args[0])
            self.own_listeners.append((emitter, event, self.items(args[1], call.module), is_once(prop, args)))
            return True
        if prop in EMIT_METHODS or prop in LISTING_METHODS:
            self.emits.append((call, emitter))
            return True
        return False

    def dispatch_emits(self):
        """Each emit runs the listeners of its emitter for its event, where it is called;
        an emit or a listener whose emitter or event is not known matches any."""
        for call, emitter in self.emits:
            event, args = emitted(call.node)
            aborts = call.node.callee.property.name == "abort"  # only the listeners of 'abort' itself
            targets = []
            for owner, name, items, once in self.own_listeners:
                if (owner is None or emitter is None or owner == emitter) and \
                        (name == event if aborts else (name is None or event is None or name == event)):
                    for func in self.expand(items):
                        targets.append((func, once))
                        self.sync_calls.setdefault(func, []).append(call.func)
                        for index, arg in enumerate(args):
                            self.flows.setdefault(ParamRef(func, index), []).extend(self.items(arg, call.module))
            self.emit_targets[id(call.node)] = targets

    def construction(self, call, cls, args):
        """`new C(...)` of a program class runs its constructor."""
        constructor = self.values.class_member(cls, "constructor")
        if constructor[0] == "func":
            self.user_call(call, constructor[1], args)
        else:
            self.sync_call(call, args)

    def call_or_apply(self, call, fn_node, prop, args):
        """`f.call(this, a)`, `f.apply(this, [a])`: True when `f` is a program function."""
        fn = self.values.value(fn_node, call.module)
        ref = param_ref(self.values.variable(fn_node)) if fn_node.type == "Identifier" else None
        if ref is not None:
            # `fn.call(this, req, res, next)` in an asyncHandler: every function its calls give it, where
            # the parameter's value is only the first call's (`asyncHandler(controller.stats)`)
            self.note_param_call(ref, call)
        if fn[0] == "func":
            self.user_call(call, fn[1], args[1:] if prop == "call" else [])
            return True
        return False

    def emits_events(self, base, node):
        """Whether `node.on(...)` registers a listener: outside objects and parameters may be emitters."""
        return is_outside(base) or base == ("global", "process") or self.is_param(node)

    def is_param(self, node):
        if node.type != "Identifier":
            return False
        v = self.values.variable(node)
        return v is not None and v.kind == "param" and v.node is not None

    # -- outcomes ------------------------------------------------------

    def express_rupture(self, call, base, method, args):
        paths = self.values.strings(args[0], call.module) if args else None
        handlers = args
        if base[0] == "route":
            paths = base[2]
        elif args and (paths is not None or self.is_path_like(args[0], call.module)):
            handlers = args[1:]
        elif method != "use":
            handlers = args[1:]
        callbacks = self.callbacks_of(call, handlers, self.maybe_function)
        for handler in handlers:
            if not self.items(handler, call.module):
                callbacks.extend(f for f in self.named_handlers(handler, call.module) if f not in callbacks)
        mounted = [self.values.value(a, call.module) for a in handlers]
        express = Registration(method, paths[0] if paths else None, base, mounted, paths)
        self.ruptures.append(Rupture(call, "start", self.callee_text(call), callbacks, express=express))

    def named_handlers(self, node, module):
        """`router.get('/', controller.index)` where the analysis cannot tell what `controller`
        is (a parameter of a routes factory, an injected object): every function of the
        program named `index` may be the handler. Unresolved, it would run inside the
        router's own replicated unit, whatever state it writes."""
        if node.type == "ChainExpression":
            node = node.expression
        if node.type != "MemberExpression" or node.computed or node.property.type != "Identifier":
            return []
        if is_outside(self.values.value(node.object, module)) or self.values.value(node, module)[0] == "func":
            return []
        if node.object.type == "ThisExpression":  # `this.open`, a method or a field's arrow of this class
            cls = self.values.enclosing_class(node, module)
            own = self.values.class_member(("class", cls, module), node.property.name) if cls else None
            if own is not None and own[0] == "func":
                return [own[1]]
        if self._funcs_by_name is None:
            self._funcs_by_name = {}
            for func in self.scopes.funcs:
                if func.name:
                    self._funcs_by_name.setdefault(func.name, []).append(func)
        return list(self._funcs_by_name.get(node.property.name, ()))

    def is_path_like(self, node, module):
        if node.type in ("Literal", "TemplateLiteral", "ArrayExpression"):
            return node.type != "Literal" or isinstance(node.value, str) or node.regex is not None
        if node.type == "Identifier":
            value = self.values.value(node, module)
            return value[0] not in ("func", "router", "app")
        return False

    def rupture(self, call, kind, args, dynamic=None):
        """A rupture of `kind` whose callbacks are the functions among `args`.

        `dynamic` tells which arguments that are not known functions are reported as
        computed callbacks; by default, for a continuation, any value of the program.
        """
        if dynamic is None and kind == "post":
            dynamic = self.maybe_function
        callbacks = self.callbacks_of(call, args, dynamic)
        if callbacks:
            self.ruptures.append(Rupture(call, kind, self.callee_text(call), callbacks))

    def outside_call(self, call, args, unknown_module=None):
        """A call into code outside the program: the functions handed to it are continuations."""
        callee = without_interop(self.values.value(call.node.callee, call.module))
        if callee[0] == "member" and (module_name(callee), callee[2]) in NEVER_CALLS:
            return
        args = with_option_values(args)
        if package_of(module_name(callee)) is not None:
            args = args + self.tables_handed(args, call.module)
            args = args + returned_tables(args)
        if unknown_module and self.function_args(args, call.module):
            self.report.info("unknown-module", call.module, call.node.range, name=unknown_module)
        self.rupture(call, "post", args, dynamic=self.computed_function)

    def tables_handed(self, args, module):
        """The values of the program's object literals handed to a package by name, whole or as an
        option (`createHandler({ schema, rootValue })` where `rootValue` is a module's exports
        `{ addTodo: (args) => ... }`): the package may call any of their functions, as graphql
        calls a root value's resolvers."""
        out, seen = [], set()
        for arg in with_option_values(args):
            if arg.type not in ("Identifier", "MemberExpression"):
                continue
            value = self.values.value(arg, module)
            if value[0] == "object" and id(value[1]) not in seen:
                seen.add(id(value[1]))
                out += with_option_values([p.value for p in value[1].properties if p.type == "Property"], 2)
        return out

    def user_call(self, call, func, args):
        self.user_calls.append((call, func))
        for index, arg in enumerate(args):
            items = self.items(arg, call.module)
            if items:
                self.flows.setdefault(ParamRef(func, receiving_param(func, index)), []).extend(items)

    def note_param_call(self, ref, call):
        self.param_calls.setdefault(ref, []).append(call.func)
        self.param_call_sites.setdefault(ref, []).append(call)

    def sync_call(self, call, args):
        callee = call.node.callee
        iterating = callee.type == "MemberExpression" and not callee.computed \
            and callee.property.name in ITERATING_METHODS
        items = [item for arg in args for item in self.items(arg, call.module)]
        for item in items:
            if iterating:
                self.iterated.add(item)
            if isinstance(item, ParamRef):
                self.note_param_call(item, call)
            else:
                self.sync_calls.setdefault(item, []).append(call.func)
        if is_split_loop(callee):
            self.loop_resumes(items)

    def loop_resumes(self, items):
        """A loop split at an await inside it (`__rt.loop(test, body, update)`, `__rt.forOf`)
        goes on where its body's awaits resume: test, body and update run there too."""
        parts = [item for item in items if not isinstance(item, ParamRef)]
        for body in parts:
            for inner in self.scopes.funcs:
                if inner is not body and body.range[0] <= inner.range[0] and inner.range[1] <= body.range[1]:
                    for part in parts:
                        self.sync_calls.setdefault(part, []).append(inner)

    def function_args(self, args, module):
        return any(self.items(arg, module) for arg in args)

    def callbacks_of(self, call, args, dynamic=None):
        found = []
        for arg in args:
            items = self.items(arg, call.module)
            if not items and dynamic is not None and dynamic(arg, call.module):
                self.report.info("dynamic-callback", call.module, arg.range, callee=self.callee_text(call))
            found.extend(items)
        return found

    def maybe_function(self, node, module):
        """Where a function is expected: any value of the program that is not a known function."""
        if node.type not in ("Identifier", "MemberExpression", "CallExpression", "ChainExpression"):
            return False
        value = self.values.value(node, module)
        return value[0] == "local" and module is not None

    def computed_function(self, node, module):
        """`table[key]`, where `table` is an object of the program holding functions."""
        if node.type != "MemberExpression" or not node.computed:
            return False
        base = self.values.value(node.object, module)
        return base[0] == "object" and any(self.items(p.value, base[2]) for p in base[1].properties
                                           if p.type == "Property")

    def items(self, node, module):
        """The program functions (or parameters holding them) an expression may evaluate to."""
        t = node.type
        if t in ("FunctionExpression", "ArrowFunctionExpression"):
            return [self.values.func_of[id(node)]]
        if t == "Identifier":
            v = self.values.variable(node)
            if v is None:
                return []
            ref = param_ref(v)
            if ref is not None:
                iterated = self._iterated_from.get(v.scope.func) if ref.index == 0 else None
                if iterated is not None:  # `[validate, persist].map((fn) => timed(fn))`: one of the elements
                    return [ref] + self.held_items(*iterated)
                return [ref]
            value = self.values.variable_value(v)
            if value[0] == "func":
                return [value[1]]
            elements = self.element_items(v)
            if elements is not None:
                return elements
            reduced = self.reduced_items(v)
            if reduced:
                return reduced
            if len(v.assigned) == 1 and getattr(v.assigned[0], "type", None) == "MemberExpression" \
                    and v.assigned[0].computed:  # `const Kind = kinds[kind]`: any of the table's
                table = v.assigned[0].object  # or `const fn = controller[action]`: any method of a class handed
                held = self.held_items(table, v.scope.module)
                return held + [f for f in self.param_instance_methods(table) if f not in held]
            return self.globally_kept_items(v)
        if t == "ArrayExpression":
            return [i for el in node.elements if el is not None for i in self.items(el, module)]
        if t == "SpreadElement":  # `[a, ...more]`: what `more` holds
            return self.items(node.argument, module) + self.held_items(node.argument, module)
        if t == "ConditionalExpression":
            return self.items(node.consequent, module) + self.items(node.alternate, module)
        if t == "ChainExpression":
            return self.items(node.expression, module)
        if t == "LogicalExpression":
            return self.items(node.left, module) + self.items(node.right, module)
        if t == "CallExpression" and module is not None:
            return self.call_items(node, module)
        if t == "MemberExpression" and module is not None:
            value = self.values.value(node, module)
            if value[0] != "func" and node.object.type == "ThisExpression" and not node.computed:
                value = self.this_member(node, module)  # `this.on('join', this.#onJoin)` in a class
            if value[0] != "func" and node.computed and node.property.type == "Literal" \
                    and isinstance(node.property.value, (int, float)):
                return self.held_items(node.object, module)  # `handlers.Opened[0]`: an element of an array
            found = [value[1]] if value[0] == "func" else []
            if not node.computed and node.object.type == "Identifier":
                found += [f for f in self.replaced_members(node.object, module) if f not in found]
            if node.computed and not found:
                found = self.prototype_methods(node.object, module) or self.param_instance_methods(node.object)
            if not found and node.object.type == "Identifier":
                found = self.element_member_items(node.object) or self.built_table_items(node.object, module)
            return found
        return []

    def globally_kept_items(self, v):
        """`var parcelRequire = $parcel$global["parcelRequire5b4e"]; if (parcelRequire == null) { parcelRequire =
        function (id) {...}; $parcel$global["parcelRequire5b4e"] = parcelRequire; }` (Parcel's bundles, a
        singleton kept on the global object): the functions assigned, when every other assignment reads a
        property of the global object; a call of `v` runs one of them."""
        funcs = []
        for assigned in v.assigned:
            t = getattr(assigned, "type", None)
            if t in ("FunctionExpression", "ArrowFunctionExpression") and id(assigned) in self.values.func_of:
                funcs.append(self.values.func_of[id(assigned)])
            elif not (t == "MemberExpression" and self.is_global_object(assigned.object)):
                return []
        return funcs if len(funcs) < len(v.assigned) else []

    def is_global_object(self, node, depth=0):
        """`globalThis`, `global`, or a variable holding it (`var $parcel$global = globalThis`)."""
        if node.type != "Identifier" or depth > 2:
            return False
        v = self.values.variable(node)
        if v is None:
            return node.name in ("globalThis", "global")
        return len(v.assigned) == 1 and getattr(v.assigned[0], "type", None) == "Identifier" \
            and self.is_global_object(v.assigned[0], depth + 1)

    def built_table_items(self, obj, module):
        """`handlers.open` where `const handlers = Object.fromEntries(names.map((n) => [n, (req, res) => ...]))`:
        any function the table was built with."""
        v = self.values.variable(obj)
        made = v.assigned[0] if v is not None and len(v.assigned) == 1 else None
        if made is None or isinstance(made, tuple) or made.type != "CallExpression" \
                or made.callee.type != "MemberExpression" or made.callee.computed \
                or made.callee.object.type != "Identifier" or made.callee.object.name != "Object" \
                or made.callee.property.name != "fromEntries":
            return []
        return self.held_items(made, v.scope.module or module)

    def element_member_items(self, obj):
        """`r.handler` where `r` is an element of a table of routes iterated (`routes.forEach((r) =>
        router[r.method](r.path, r.handler))`, `for (const r of routes)`): any function the table holds."""
        v = self.values.variable(obj)
        return (self.element_items(v) or []) if v is not None else []

    def element_items(self, v):
        """The functions a container holds, when `v` is an element of it (a for-of's variable, the first
        parameter of a callback iterating it); None when `v` is no element."""
        loop = self.for_of_declaring(v)
        if loop is not None:
            return self.held_items(loop.right, v.scope.module)
        iterated = self._iterated_from.get(v.scope.func) if v.kind == "param" else None
        if iterated is not None and v.scope.func.node.params and within(v.node, v.scope.func.node.params[0]):
            return self.held_items(*iterated)  # an element of what the callback iterates
        return None

    def prototype_methods(self, obj, module):
        """`proto[name]` where `const proto = Object.getPrototypeOf(instance)`, `instance` a parameter: any
        method of the classes whose instances the function's callers hand it there (wrapController above)."""
        v = self.values.variable(obj) if obj.type == "Identifier" else None
        if v is None or len(v.assigned) != 1 or getattr(v.assigned[0], "type", None) != "CallExpression":
            return []
        call = v.assigned[0]
        callee = call.callee
        if not (callee.type == "MemberExpression" and not callee.computed and callee.property.name == "getPrototypeOf"
                and callee.object.type == "Identifier" and callee.object.name in ("Object", "Reflect")
                and len(call.arguments) == 1 and call.arguments[0].type == "Identifier"):
            return []
        return self.param_instance_methods(call.arguments[0])

    def param_instance_methods(self, node):
        """`controller[action]` where `controller` is a parameter (`mount(app, notes, routes)` binding
        `controller[action].bind(controller)` for each route): any method of the classes whose instances
        the function's callers hand it there."""
        param = self.values.variable(node) if node.type == "Identifier" else None
        func = param.scope.func if param is not None else None
        if param is None or param.kind != "param" or func is None or param not in func.params:
            return []
        key = (func, func.params.index(param))
        if key not in self._instance_methods:  # asked of each computed member: every call is looked at once
            self._instance_methods[key] = self.handed_instance_methods(*key)
        return self._instance_methods[key]

    def handed_instance_methods(self, func, index):
        found = []
        for m in self.scopes.service.modules:
            for c in self.module_calls(m):
                if len(c.arguments) <= index or self.values.value(c.callee, m)[:2] != ("func", func):
                    continue
                made = self.values.value(c.arguments[index], m)
                if made[0] != "instance":
                    continue
                for member in made[1].body.body:
                    if member.type == "MethodDefinition" and member.kind == "method" and not member.static:
                        f = self.values.func_of.get(id(member.value))
                        if f is not None and f not in found:
                            found.append(f)
        return found

    def decorated_wrappers(self):
        """{(id of a class node, method name): [the functions legacy method decorators put in its place]}:
        `__decorate([Audited('vote')], PollBox.prototype, "vote", null)` (tsc's inlined helper, or tslib's)
        where the decorator does `descriptor.value = function (...args) {...}`: calling `box.vote(x)` runs that."""
        if self._decorated is not None:
            return self._decorated
        self._decorated = table = {}
        for site in self.scopes.calls:
            node, callee = site.node, site.node.callee
            name = callee.name if callee.type == "Identifier" else callee.property.name \
                if callee.type == "MemberExpression" and not callee.computed else None
            if name != "__decorate" or len(node.arguments) < 3 or node.arguments[0].type != "ArrayExpression":
                continue
            target, key = node.arguments[1], literal_string(node.arguments[2])
            if key is None or target.type != "MemberExpression" or target.computed \
                    or target.property.name != "prototype":
                continue
            cls = self.values.value(target.object, site.module)
            if cls[0] != "class":
                continue
            for element in node.arguments[0].elements:
                for decorator in self.items(element, site.module) if element is not None else ():
                    if not isinstance(decorator, ParamRef):
                        for wrapper in self.descriptor_values(decorator):
                            table.setdefault((id(cls[1]), key), []).append(wrapper)
        return table

    def descriptor_values(self, func):
        """The functions a method decorator assigns to its descriptor's `value` (`descriptor.value = ...`)."""
        params = func.node.params
        if len(params) < 3 or params[2].type != "Identifier" or func.node.body is None:
            return []
        found = []
        for n in walk_nodes(func.node.body):
            if n.type == "AssignmentExpression" and n.operator == "=" and n.left.type == "MemberExpression" \
                    and not n.left.computed and n.left.property.name == "value" \
                    and n.left.object.type == "Identifier" and self.values.variable(n.left.object) is func.params[2]:
                found += [f for f in self.items(n.right, func.module) if not isinstance(f, ParamRef) and f not in found]
        return found

    def replaced_members(self, obj, module):
        """What a function the object was handed to put in its properties by computed keys: `wrapController(
        controller)` doing `for (const name of Object.getOwnPropertyNames(proto)) instance[name] =
        asyncHandler(proto[name].bind(instance))`, so that `controller.hit` is that wrapper, not the class's
        method (fresh23a: the wrapper, no fluxion, ran the route in the HTTP unit with main's copy)."""
        v = self.values.variable(obj)
        if v is None or v.kind == "param":
            return []
        found = []
        calls = [a for a in v.assigned if getattr(a, "type", None) == "CallExpression"]
        calls += [c for c in self.module_calls(module)
                  if any(a.type == "Identifier" and self.values.variable(a) is v for a in c.arguments)]
        for call in calls:
            fn = self.values.value(call.callee, module)
            if fn[0] != "func":
                continue
            for index, expr in self.computed_writes(fn[1]):
                if index >= len(call.arguments):
                    continue
                arg = call.arguments[index]
                if arg in v.assigned or (arg.type == "Identifier" and self.values.variable(arg) is v) or call in v.assigned:
                    found += [f for f in self.items(expr, fn[1].module) if f not in found]
        return found

    def module_nodes(self, module, node_type):
        """The nodes of `module` of one type, from one walk of its tree."""
        if module.path not in self._nodes_by_type:
            table = self._nodes_by_type[module.path] = {}
            for n in walk_nodes(module.ast):
                table.setdefault(n.type, []).append(n)
        return self._nodes_by_type[module.path].get(node_type, [])

    def module_calls(self, module):
        """The call expressions of `module` (the scope analysis's call sites)."""
        if not self._module_calls:
            for call in self.scopes.calls:
                self._module_calls.setdefault(call.module.path, []).append(call.node)
        return self._module_calls.get(module.path, [])

    def computed_writes(self, func):
        """[(index, value)] of `p[key] = value` in `func` (not in functions inside it), `p` its parameter."""
        if func not in self._computed_writes:
            names = {p.name: i for i, p in enumerate(func.node.params) if p.type == "Identifier"}
            found = []
            if names:
                for n in walk_nodes(func.node.body):
                    if n.type == "AssignmentExpression" and n.operator == "=" and n.left.type == "MemberExpression" \
                            and n.left.computed and n.left.object.type == "Identifier" \
                            and n.left.object.name in names and n.left.property.type != "Literal" \
                            and self.values.variable(n.left.object) is func.params[names[n.left.object.name]]:
                        found.append((names[n.left.object.name], n.right))
            self._computed_writes[func] = found
        return self._computed_writes[func]

    def reduced_items(self, v):
        """What `v`, the second parameter of a callback of `reduce`/`reduceRight` (or a name in its
        pattern), may hold: the functions in the container reduced."""
        reduced = self._reduced_from.get(v.scope.func) if v is not None and v.kind == "param" else None
        if reduced is None or len(v.scope.func.node.params) < 2 or not within(v.node, v.scope.func.node.params[1]):
            return []
        return self.held_items(*reduced)

    def this_member(self, node, module):
        """`this.m` in a class's method, constructor or field: its method (or field's function) `m`."""
        cls = self.values.enclosing_class(node, module)
        return self.values.class_member(("class", cls, module), member_key(node)) if cls is not None else LOCAL

    def note_iterations(self):
        """Callbacks that get the elements of a container: `__rt.forOf(xs, body)` (a split
        for...of) and `xs.forEach(cb)` and the like: body -> (xs, module)."""
        for call in self.scopes.calls:
            callee, args = call.node.callee, call.node.arguments
            if callee.type != "MemberExpression" or callee.computed or not args:
                continue
            if is_split_loop(callee) and callee.property.name == "forOf" and len(args) > 1:
                container, callback = args[0], args[1]
            elif callee.property.name in ("forEach", "map", "filter", "some", "every", "find", "flatMap"):
                container, callback = callee.object, args[0]
            elif callee.property.name in ("reduce", "reduceRight"):
                if args[0].type in ("FunctionExpression", "ArrowFunctionExpression"):
                    reducer = self.values.func_of[id(args[0])]
                    self._reduced_from[reducer] = (callee.object, call.module)
                    self.elements_flow(ParamRef(reducer, 1), callee.object, call.module)
                continue
            else:
                continue
            if callback.type in ("FunctionExpression", "ArrowFunctionExpression"):
                self._iterated_from[self.values.func_of[id(callback)]] = (container, call.module)
                self.elements_flow(ParamRef(self.values.func_of[id(callback)], 0), container, call.module)

    def elements_flow(self, ref, container, module):
        """The functions a container holds flow into the callback's parameter that gets its elements, so that
        calling it (`saves.forEach((fn) => fn(doc))`, `steps.reduce((acc, step) => step(acc), x)`) runs them."""
        held = [i for i in self.held_items(container, module) if not isinstance(i, ParamRef)]
        if held:
            known = self.flows.setdefault(ref, [])
            known.extend(f for f in held if f not in known)

    def iterated_container(self, func):
        """(container expression, module) whose elements `func` gets as its first parameter, or None."""
        return self._iterated_from.get(func)

    def reduced_container(self, func):
        """(container expression, module) whose elements `func`, a `reduce` callback, gets as its
        second parameter, or None."""
        return self._reduced_from.get(func)

    def for_of_declaring(self, v):
        """The `for (const x of ...)` (or `for (const [k, x] of ...)`) that declares `v`."""
        if v.node is None or v.scope.module is None:
            return None
        module = v.scope.module
        for loop in self.module_nodes(module, "ForOfStatement"):
            if loop.left.range[0] <= v.node.range[0] and v.node.range[1] <= loop.left.range[1]:
                return loop
        return None

    def held_items(self, node, module, depth=0):
        """The program functions held in a container (an array, an object literal's values,
        `Object.entries`/`Object.values` of one): what a for...of over it may give."""
        t = node.type
        if depth > 5:
            return []
        if t == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "require" \
                and node.arguments and module is not None:
            # `const routes = require('./routes')`: what that module gives to `module.exports`
            name = literal_string(node.arguments[0])
            path = self.scopes.service.resolve(module.path, name) if name and is_local_specifier(name) else None
            exported = self.scopes.exports.get(path, {}).get(None) if path else None
            if exported is not None:
                return self.held_items(exported, self.scopes.service.by_path.get(path), depth + 1)
        if t == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed \
                and node.callee.property.name in ELEMENT_KEEPING_METHODS:
            # `routes.filter(...)`, `[...a].concat(b)`: an array of the same elements
            extra = node.arguments if node.callee.property.name == "concat" else []
            return self.held_items(node.callee.object, module, depth + 1) + \
                [i for a in extra for i in self.items(a, module) + self.held_items(a, module, depth + 1)]
        if t == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed \
                and node.callee.object.type == "Identifier" and node.callee.object.name == "Object" \
                and node.callee.property.name in ("entries", "values", "fromEntries") and node.arguments:
            return self.held_items(node.arguments[0], module, depth + 1)
        if t == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed \
                and node.callee.property.name in ("map", "flatMap") and node.arguments \
                and node.arguments[0].type in ("ArrowFunctionExpression", "FunctionExpression"):
            # `names.map((name) => [name, (req, res) => ...])`: what the callback gives (Object.fromEntries' entries)
            return [i for expr in returned_expressions(node.arguments[0])
                    for i in self.items(expr, module) + self.held_items(expr, module, depth + 1)]
        if t == "ObjectExpression":
            return [i for prop in node.properties if prop.type == "Property" for expr in self.property_values(prop)
                    for i in self.items(expr, module)]
        if t == "ArrayExpression":
            return [i for el in node.elements if el is not None
                    for i in self.items(el, module) + self.held_items(el, module, depth + 1)]
        if t == "Identifier":
            v = self.values.variable(node)
            ref = (param_ref(v) or rest_ref(v)) if v is not None else None
            if ref is not None:  # an element of an array handed in (`...fns` too): any function passed there
                return [ref]
            if v is not None and len(v.assigned) == 1 and not isinstance(v.assigned[0], tuple):
                return self.held_items(v.assigned[0], module, depth + 1)
            loop = self.for_of_declaring(v) if v is not None and v.kind != "param" else None
            if loop is not None:  # `fns` of `for (const [type, fns] of Object.entries(table))`: an element of
                return self.held_items(loop.right, module, depth + 1)  # the table, any function it holds
        if t == "MemberExpression":  # `hooks.save`, `hooks[event]`: a property of an object literal of the program
            return [i for expr in self.member_values(node, depth) for i in self.items(expr, module)
                    + self.held_items(expr, module, depth + 1)]
        if t == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed \
                and node.callee.property.name in ("map", "flatMap") and node.arguments \
                and node.arguments[0].type in ("FunctionExpression", "ArrowFunctionExpression"):
            # `names.map((n) => catalog[n])`: what the callback returns, any function of a table it picks from
            mapper = self.values.func_of[id(node.arguments[0])]
            return [i for expr in mapper.returns for i in self.items(expr, module) + self.picked_items(expr, module)]
        if t == "CallExpression":  # `Object.entries(makeActions(store))`: the table a program factory returns
            fn = self.values.value(node.callee, module)
            if fn[0] == "func" and not fn[1].is_async:
                return [i for expr in fn[1].returns for i in self.held_items(expr, fn[1].module, depth + 1)]
        return []

    def member_values(self, node, depth=0):
        """The expressions a member of an object literal of the program may be: `hooks.save` of
        `const hooks = { save: [...] }` (any property for a computed key), nested ones too."""
        obj, literals = node.object, []
        if depth > 5:
            return []
        if obj.type == "Identifier":
            v = self.values.variable(obj)
            if v is not None and len(v.assigned) == 1 and not isinstance(v.assigned[0], tuple):
                literals = [v.assigned[0]]
        elif obj.type == "MemberExpression":
            literals = self.member_values(obj, depth + 1)
        key = None if node.computed and node.property.type != "Literal" else member_key(node)
        return [expr for lit in literals if getattr(lit, "type", None) == "ObjectExpression"
                for prop in lit.properties if prop.type == "Property"
                and (key is None or prop.computed or property_name(prop.key) == key)
                for expr in self.property_values(prop)]

    def property_values(self, prop):
        """What reading an object literal's property gives: its value, or what its getter returns (`get seen()
        { return this._seen; }` is read, never handed: fresh25c's probe, `res.json([...book.seen])`)."""
        if prop.kind == "init":
            return [prop.value]
        getter = self.values.func_of.get(id(prop.value)) if prop.kind == "get" else None
        return list(getter.returns) if getter is not None else []

    def picked_items(self, node, module):
        """`table[key]` of an object literal of the program: any of its functions."""
        if node.type != "MemberExpression" or not node.computed:
            return []
        base = self.values.value(node.object, module)
        return self.held_items(base[1], base[2]) if base[0] == "object" else []

    def call_items(self, node, module):
        """The functions a call returns: of a program function, `f.bind(...)`, `xs.map(cb)`'s."""
        callee = node.callee
        fn = self.values.value(callee, module)
        if fn[0] == "func" and not fn[1].is_async:
            return self.returned_items(fn[1])
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name == "bind":
            return self.items(callee.object, module)
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name in ("map", "flatMap") \
                and node.arguments and node.arguments[0].type in ("FunctionExpression", "ArrowFunctionExpression"):
            # `names.map((name) => (req, res, next) => ...)`: an array of what the callback returns
            return self.returned_items(self.values.func_of[id(node.arguments[0])])
        value = self.values.value(node, module)
        return [value[1]] if value[0] == "func" else []

    def returned_items(self, func):
        """The functions `func` may return, every branch of a conditional included."""
        if func not in self._returned:
            self._returned[func] = []  # a recursive factory returns nothing more through itself
            found = [i for expr in func.returns for i in self.items(expr, func.module) if i is not func]
            self._returned[func] = found
        return self._returned[func]

    # -- flows ---------------------------------------------------------

    def funcs_flowing(self, ref, seen=None):
        """The program functions that may be passed into a parameter."""
        seen = seen if seen is not None else set()
        if ref in seen:
            return []
        seen.add(ref)
        found = []
        for item in self.flows.get(ref, ()):
            if isinstance(item, ParamRef):
                found.extend(self.funcs_flowing(item, seen))
            elif item not in found:
                found.append(item)
        return found

    def expand(self, items):
        found = []
        for item in items:
            for func in (self.funcs_flowing(item) if isinstance(item, ParamRef) else [item]):
                if func not in found:
                    found.append(func)
        return found


__all__ = ["RuptureFinder", "Rupture", "Registration", "ParamRef", "module_name"]


def split_block_keyword(callee):
    """"for" when the callee is `__rt.block(fn, "for").then` (asyncsplit's block continuation)."""
    if callee.type != "MemberExpression" or callee.computed or callee.property.name != "then":
        return None
    inner = callee.object
    if inner.type != "CallExpression" or inner.callee.type != "MemberExpression" or len(inner.arguments) != 2:
        return None
    base = inner.callee
    if base.object.type == "Identifier" and base.object.name == "__rt" and base.property.name == "block" \
            and inner.arguments[1].type == "Literal":
        return inner.arguments[1].value
    return None


def split_await_operand(callee):
    """`E` when the callee is `__rt.awaitv(E).then` (an await split by asyncsplit)."""
    if callee.type != "MemberExpression" or callee.computed or callee.property.name != "then":
        return None
    inner = callee.object
    if inner.type != "CallExpression" or inner.callee.type != "MemberExpression" or not inner.arguments:
        return None
    base = inner.callee
    if base.object.type == "Identifier" and base.object.name == "__rt" and base.property.name == "awaitv":
        return inner.arguments[0]
    return None


def within(inner, outer):
    return outer.range[0] <= inner.range[0] and inner.range[1] <= outer.range[1]


def walk_nodes(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        for value in n.__dict__.values():
            for item in (value if isinstance(value, list) else [value]):
                if isinstance(getattr(item, "type", None), str):
                    stack.append(item)


def is_split_loop(callee):
    """`__rt.loop`, `__rt.doLoop` or `__rt.forOf`: a loop asyncsplit split at its awaits."""
    return callee.type == "MemberExpression" and not callee.computed and callee.object.type == "Identifier" \
        and callee.object.name == "__rt" and callee.property.name in ("loop", "doLoop", "forOf")


JOINS = ("all", "allSettled", "race", "any")


def join_of(call):
    """{"kind": "all", "branches": [...]} when the continuation waits for Promise.all (and
    allSettled, race, any) over an array written in place: a fan-out and a join."""
    callee = call.node.callee
    if callee.type != "MemberExpression" or callee.computed or callee.property.name not in ("then", "catch", "finally"):
        return None
    target = split_await_operand(callee) or callee.object
    if target.type != "CallExpression" or target.callee.type != "MemberExpression" or not target.arguments:
        return None
    base = target.callee
    if not (base.object.type == "Identifier" and base.object.name == "Promise" and not base.computed
            and base.property.name in JOINS and target.arguments[0].type == "ArrayExpression"):
        return None
    branches = [short_text(call.module, el) for el in target.arguments[0].elements if el is not None]
    return {"kind": base.property.name, "branches": branches}


def returned_expressions(func):
    """What a function literal may return: its expression body, or its own `return` statements' arguments."""
    if func.body.type != "BlockStatement":
        return [func.body]
    found, stack = [], list(func.body.body)
    while stack:
        node = stack.pop()
        if node is None or node.type in FUNCTION_TYPES:
            continue
        if node.type == "ReturnStatement" and node.argument is not None:
            found.append(node.argument)
        stack.extend(children(node))
    return found
