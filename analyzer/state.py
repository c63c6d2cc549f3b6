"""Which state outlives a message, and which code writes it.

A variable's refs say where it is written by name (`count++`, `items.push(x)`).
This pass finds the writes that reach its value another way, and adds each as
an `AliasWrite` to the variable's refs, in the function where the write runs:

  - through aliases: `const s = sessions.get(id); s.visits++` writes `sessions`
    (objects inside a Map, an array, an object, returned by a function, held by
    a closure, taken in a `for...of` or by a callback of `arr.forEach`);
  - through functions: a function that writes `this` or one of its parameters
    writes what its callers pass there (methods, helpers, setters, getters,
    callbacks of synchronous higher-order functions, listeners of `emit`),
    computed to a fixed point;
  - through calls it cannot resolve: `store.whatever(x)` on program state, a
    computed method, or an unknown function handed program state, may write it.

An alias is a set of roots, each with a depth: how many property steps from the
value to the root's object. A copy (`{...x}`, `arr.slice()`) is a new object
holding what x holds: x one step down, what is in x where it was in x (the
elements of `Object.values(stores)` are `stores`'s values). Changing the copy
itself changes no root, changing what is in it does.
"""
import re
from .packages import package_of
from .source import resolve_request
from .ruptures import BUILTIN_GLOBALS, ITERATING_METHODS, ParamRef, param_ref, split_await_operand
from .ruptures import within as within_node
from .scopes import FUNCTION_TYPES, MUTATE, MUTATING_METHODS, READ, WRITE, Reference, children, pattern_identifiers
from .scopes import walk as scope_walk
from .values import EXTERNAL, LOCAL, param_position, is_local_specifier, is_outside, literal_string, member_key, module_name, property_name, star_sources, without_interop

# Methods of built-in values that change nothing they are called on.
READ_ONLY_METHODS = frozenset("""
get has includes indexOf lastIndexOf slice concat map filter reduce reduceRight find findIndex findLast
findLastIndex some every forEach join keys values entries at toString toJSON valueOf toLocaleString flat
flatMap toSorted toReversed toSpliced with charAt charCodeAt codePointAt startsWith endsWith padStart padEnd
trim trimStart trimEnd split substring substr toUpperCase toLowerCase replace replaceAll match matchAll search
normalize localeCompare repeat test exec subarray equals compare format formatToParts resolvedOptions toFixed toPrecision getTime toISOString toDateString hasOwnProperty
isPrototypeOf propertyIsEnumerable listenerCount listeners rawListeners eventNames getMaxListeners then catch finally peek
""".split())
# A Buffer's or a DataView's reads of a number (`buf.readUInt32BE(0)`, `view.getFloat64(8)`).
NUMBER_READERS = re.compile(r"(read|get)(Big)?(U?Int|Float|Double)\d*(LE|BE)?")
# Methods that advance a generator object (or an iterator).
GENERATOR_METHODS = frozenset(("next", "return", "throw"))
# Methods that give a new container holding the receiver's elements.
COPYING_METHODS = frozenset("slice concat filter toSorted toReversed toSpliced flat with".split())
# Array methods that change the receiver in place and give it back (`copy.sort(byPoints)[0].wins++`).
RECEIVER_RETURNING_METHODS = frozenset("sort reverse fill copyWithin".split())
# Built-in functions reading every own enumerable property of their arguments from this position on.
ENUMERATING_FUNCTIONS = {("Object", "values"): 0, ("Object", "entries"): 0, ("Object", "assign"): 1}
# Methods that give one of the receiver's elements (or an iterator over them).
ELEMENT_METHODS = frozenset("get find findLast at pop shift values entries subarray deref getStore".split())
# Built-in functions that change their first argument.
MUTATING_FUNCTIONS = {("Object", "assign"), ("Object", "defineProperty"), ("Object", "defineProperties"),
                      ("Object", "setPrototypeOf"), ("Reflect", "set"), ("Reflect", "defineProperty"),
                      ("Reflect", "deleteProperty"), ("Reflect", "setPrototypeOf"), ("Object", "freeze"),
                      ("Object", "seal"), ("Object", "preventExtensions"), ("Reflect", "preventExtensions"),
                      ("crypto", "getRandomValues"), ("crypto", "randomFillSync"), ("crypto", "randomFill"),
                      ("Atomics", "add"), ("Atomics", "sub"), ("Atomics", "and"), ("Atomics", "or"), ("Atomics", "xor"),
                      ("Atomics", "store"), ("Atomics", "exchange"), ("Atomics", "compareExchange")}
# Views over the ArrayBuffer they are given (`new DataView(header)`, `new Uint8Array(buf, 4, 2)`): writing one
# writes the buffer (given an array instead, a typed array copies it; taken alike, to be safe).
BUFFER_VIEWS = frozenset("DataView Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array "
                         "Float32Array Float64Array BigInt64Array BigUint64Array".split())
# Array methods calling their callback with their second argument as its `this`.
THIS_ARG_METHODS = frozenset("forEach map filter some every find findIndex findLast findLastIndex flatMap".split())
# Methods of built-in containers that store their arguments from this position on.
STORING_METHODS = {"push": 0, "unshift": 0, "add": 0, "set": 1, "splice": 2}
# The ParamRef index of a function's `arguments`: any of its arguments.
ARGUMENTS = -1
# Built-in functions that call the function they are given: (function, this, arguments) positions.
CALLING_FUNCTIONS = {("Reflect", "apply"): (0, 1, 2), ("Reflect", "construct"): (0, None, 1)}
# Functions of the runtime's modules that add listeners to the emitter they are given.
MUTATING_MODULE_FUNCTIONS = {("events", "once"), ("events", "on"), ("crypto", "getRandomValues"),
                             ("crypto", "randomFillSync"), ("crypto", "randomFill")}
# Built-in functions that define a property, maybe an accessor, on their first argument.
DEFINING_FUNCTIONS = {("Object", "defineProperty"), ("Reflect", "defineProperty")}
# Built-in functions that define properties, maybe accessors, from an object of descriptors (their second argument).
DEFINING_MANY = {("Object", "defineProperties"), ("Object", "create")}
# Built-in functions that give their first argument back, or a container of its elements.
RETURNING_FIRST = {("Object", "assign"), ("Object", "freeze"), ("Object", "seal"), ("Object", "defineProperty")}
# Timers handing their callback the arguments from this position on.
TIMER_ARGUMENTS = {"setTimeout": 2, "setInterval": 2, "setImmediate": 1}
# Built-in collections made from an iterable (`new Map(entries)`).
COLLECTIONS = frozenset(("Map", "Set", "WeakMap", "WeakSet"))
COPYING_FUNCTIONS = {("Object", "values"), ("Object", "entries"), ("Array", "from"), ("Array", "of")}
# Built-in functions whose result holds nothing of their arguments.
FRESH_OBJECTS = frozenset("JSON Math String Number Boolean Date parseInt parseFloat isNaN isFinite structuredClone "
                          "encodeURIComponent decodeURIComponent encodeURI decodeURI Symbol BigInt RegExp".split())
# Built-ins whose functions make plain objects (`Object.create`, `JSON.parse`, `Array.from`) or buffers.
PLAIN_MAKERS = frozenset(("Object", "JSON", "Array", "Reflect", "Buffer"))
# Global classes of the runtime whose instances are not program containers: their methods are theirs.
RUNTIME_CLASSES = frozenset("""
URL URLSearchParams TextEncoder TextDecoder AbortController Headers FormData Blob Date ArrayBuffer DataView
Uint8Array Uint8ClampedArray Uint16Array Uint32Array Int8Array Int16Array Int32Array Float32Array Float64Array
BigInt64Array BigUint64Array
""".split())
# Buffer's functions that make a buffer (`const scratch = Buffer.alloc(8)`).
BUFFER_MAKERS = frozenset(("alloc", "allocUnsafe", "allocUnsafeSlow", "from", "concat"))
# A Proxy handler's functions the engine runs on the proxy's property reads, writes, `in`...
PROXY_TRAPS = frozenset("get set has deleteProperty defineProperty ownKeys getOwnPropertyDescriptor getPrototypeOf "
                        "setPrototypeOf preventExtensions isExtensible apply construct".split())
# Methods of Express's response that give the response back (`res.status(404).json(...)`).
# The app's settings whose function Express calls as a response's body is sent, and the methods sending one.
SENDING_SETTINGS = frozenset(("etag", "json replacer"))
SENDING_METHODS = frozenset(("send", "json", "jsonp", "sendStatus", "render"))
RETURNS_RESPONSE = frozenset("status set header type vary location links cookie clearCookie append attachment".split())
# An Express app's methods that change its settings (`app.set(name, value)`, `enable`, `disable`).
APP_SETTING_WRITERS = frozenset(("set", "enable", "disable"))
# Values of the runtime, not of the program: nothing of theirs is module state.
RUNTIME_KINDS = frozenset(("module", "member", "app", "router", "route", "redis", "emitter", "promise"))
# What Express (or the service's body parsing, express-session) makes afresh for each
# request: a change there changes no state the service keeps.
REQUEST_OWN_FIELDS = frozenset("""
body params query headers cookies signedCookies locals session file files rawHeaders url originalUrl baseUrl path
""".split())


class AliasWrite(Reference):
    """A write (or, for a bound function's `this`, a read) of `variable`'s value by code
    in `scope`'s function, found through an alias or a call; `site` is (module, node)
    of the write itself."""
    __slots__ = ("site", "why")

    def __init__(self, variable, scope, site, why, flags=MUTATE):
        super().__init__(variable.node, scope, flags)
        self.variable, self.site, self.why = variable, site, why


def write_site(ref):
    """(module, node) where a reference's write is, for the reports."""
    return ref.site if isinstance(ref, AliasWrite) else (ref.scope.module, ref.node)


def write_key(ref):
    """How the IDE names a write in overrides: `file:line:column` of where it is written."""
    module, node = write_site(ref)
    pos = module.lines.pos(node.range[0])
    return f"{module.path}:{pos['line']}:{pos['column']}"


class StateAnalysis:
    def __init__(self, scopes, finder, report):
        self.scopes, self.finder, self.report = scopes, finder, report
        self.values = finder.values
        self.writes_this = {}  # Func -> (module, node) of a write of its `this`
        self.writes_param = {}  # ParamRef -> (module, node) of a write of that parameter's value
        self.lexical_writes = {}  # arrow -> (module, node) of a write of the `this` it keeps
        self.writes_closure = {}  # Func -> {maker Func: (module, node)}: it changes a variable of a function around it
        self.captured_writes = {}  # closure -> (module, node): it changes module state, using its maker's variables
        self._captures = {}  # Func -> whether it uses a variable of a function around it
        self._scopes_of = {}  # Func -> its scopes (its body's, its blocks')
        self.deep = set()  # Funcs and ParamRefs whose write may be of an object inside `this` or the parameter
        self.recorded = set()
        self._var_roots, self._returns, self._busy = {}, {}, set()
        self._function_holders = None  # see function_holders
        self._aliases = self._holders = self._continued = self._registered = None
        self._apps = None
        self._handed = None
        self._stored = None
        self._funcs_by_node = None
        self._keepers = {}
        self._call_sites = None
        self._timer_arguments = None
        self._this_stores = None
        self._prototype_data = None
        self._prototype_hooks = None
        self.passed_keepers = {}  # method -> arrows made by methods it calls on its `this`
        self._package_handed = {}  # module variable -> the service's functions handed to the package call that made it
        self.escaped = set()  # state variables whose objects were handed to outside code's callbacks
        self.request_writes = []  # changes of objects a request (or response) carries in a field of its own
        self.conversion_sites = []  # (Func, Module, node) of `${x}`, `a + b`, `a < b`, `+x`: may convert an object
        self.to_primitive = []  # the program's `[Symbol.toPrimitive](hint) {...}` methods

    def run(self):
        self.index()
        changed = True
        while changed:
            self.changed = False
            for func, module, node in self.sites:
                self.visit_site(func, module, node)
            self.visit_handed_methods()
            self.visit_conversions()
            for func, module, node in self.iterations:
                self.visit_iteration(func, module, node)
            for func, module, node in self.captured_reads:
                self.visit_captured_read(func, module, node)
            changed = self.changed
        self.record_process_events()
        self.record_request_writes()
        self.drop_read_only(self.finder.overrides)
        return self

    def record_process_events(self):
        """`process.on('orders:refund', fn)` in a handler registers a listener of the service's own event
        on the runtime's process, whose table of such listeners is the global variable PROCESS_EVENTS_VAR
        (runtime/node_globals.js): registering or removing one changes it, `process.emit` reads it. Without
        it, a listener a request registered lived in the isolate that ran the request only. Registrations
        in main alone need no variable: main's snapshot carries them."""
        sites = []
        for func, module, node in self.sites:
            callee = node.callee if node.type == "CallExpression" else None
            if callee is None or callee.type != "MemberExpression" or callee.computed \
                    or callee.object.type != "Identifier" or callee.object.name != "process" \
                    or self.values.variable(callee.object) is not None:
                continue
            prop = member_key(callee)
            if prop in PROCESS_LISTENER_CHANGES or prop in PROCESS_LISTENER_READS:
                names = self.values.strings(node.arguments[0], module) if node.arguments else None
                if names and all(is_node_process_event(n) for n in names):
                    continue
                sites.append((func, module, node, MUTATE if prop in PROCESS_LISTENER_CHANGES else READ))
        if not any(func is not None and flags == MUTATE for func, _, _, flags in sites):
            return
        first = next(node for func, _, node, flags in sites if func is not None and flags == MUTATE)
        v = self.scopes.global_scope.declare(PROCESS_EVENTS_VAR, "implicit", first.callee.object)
        for func, module, node, flags in sites:
            self.record(v, func, (module, node), node, module, None, flags)

    def record_request_writes(self):
        """An object of the program's state that outside code got (`done(null, user)` in
        passport's deserializeUser, with `user` from `users`) may come back in any field of a
        request (`req.user`): a change through such a field may change that state."""
        for func, module, site, at in self.request_writes:
            for v in sorted(self.escaped, key=lambda v: v.name):
                self.record(v, func, site, at, module, "an object outside code put on the request")

    def drop_read_only(self, overrides):
        """Writes a user declared read-only ("read-only here: replicate") count no more."""
        keys = {k for k, v in overrides.items() if v == "read-only"}
        if not keys:
            return
        for scope in self.scopes.scopes:
            for v in scope.variables.values():
                kept = []
                for r in v.refs:
                    if r.writes() and write_key(r) in keys:
                        if isinstance(r, AliasWrite):
                            continue
                        r.flags &= READ
                    kept.append(r)
                v.refs[:] = kept

    # -- what the program holds ------------------------------------------------

    def index(self):
        """Every write, call and member read, with the function it runs in; the values
        assigned to each variable with the function that assigns them."""
        self.sites = []
        self.iterations = []  # (function, module, expression iterated): `for (x of e)`, `[...e]`, `[a] = e`
        self.generator_holders = {}  # variable that may hold a generator object -> the generator functions
        self.put_generators = []  # (container expression, argument) of `m.set(k, gen())`, `a.push(gen())`
        self.assigned = {}  # Variable -> [(expression, function, depth)]
        self.awaited = {}  # the variable an await's value is given to -> [(awaited expression, function, depth)]
        self.methods_by_name, self.accessors_by_name = {}, AccessorTable()
        self.literal_getters = []  # the getters of object literals: reading every property runs them
        self.event_listener_objects = []  # (node, function, module): `target.addEventListener(type, obj)`
        self._named_writing_getters = None
        self.proxy_traps = []  # the functions of the program's Proxy handlers
        self.class_of_method = {}  # id of a class method's function node -> the class node
        self.registries = {}  # id of a class node -> [(container, Func)]: its code put `this` there
        self.fluxion_funcs = {f for r in self.finder.ruptures for f in self.finder.expand(r.callbacks)}
        self.this_users = set()  # functions whose own `this` their code uses
        self.lexical_this = {}  # function -> the arrows inside it that use its `this`
        self.callees = {}  # id of a call node -> [Func] it runs
        self.required = {}  # id of a `require('./x')` call node -> the module (or JSON file) path it loads
        self.carried, self._carrying = {}, set()  # property name -> [(value, Func)] stored on a req/res
        self.request_accessors = {}  # property name -> [Func]: getters and setters defined on `app.request`...
        self.sending_functions = []  # [Func] an app's settings hand Express to call as a body is sent (its etag)
        self.carried_vars = {}  # Variable -> property names of a req/res it was destructured from
        self.locals_aliases = set()  # variables holding a part of an app's locals (`const { stats } = app.locals`)
        for func in self.fluxion_funcs:  # `async ({ account, body }, res) => ...`
            for param in func.node.params[:2]:
                if param.type == "ObjectPattern":
                    self.note_carried_pattern(param, None, func)
        for call, func in self.finder.user_calls:
            self.callees.setdefault(id(call.node), []).append(func)
        for ref, calls in self.finder.param_call_sites.items():
            for call in calls:
                self.callees.setdefault(id(call.node), []).extend(self.finder.funcs_flowing(ref))
        for func in self.scopes.funcs:
            if func.name:
                self.methods_by_name.setdefault(func.name, []).append(func)
        self._private_methods = {}  # id of a `#name() {}` method's function node -> "#name"
        self._patched = None  # method name (or ANY_NAME) -> functions assigned onto a prototype: patched_methods
        self.this_stored_params = {}  # method -> {(parameter position, depth)} it keeps inside its `this`
        self.stored_pairs = []  # (module variable, module variable whose value keeps it): note_stored_through_methods
        self.var_keyed_params = {}  # function -> {(position, module variable)}: a parameter it keeps as a Map's key
        self.var_stored_params = {}  # function -> {(parameter position, module variable, depth)} it keeps there
        for module in self.scopes.service.modules:
            self.walk(module.ast, None, module)
        self.note_stored_through_methods()
        self.note_registries_through_helpers()
        for scope in self.scopes.scopes:
            for r in scope.refs:
                if r.value is not None and r.variable is not None:
                    self.assigned.setdefault(r.variable, []).append((r.value, r.scope.func, 0))
        self.note_generator_holders()
        self.captured_reads = [(r.scope.func, r.scope.module, r.node) for scope in self.scopes.scopes for r in scope.refs
                               if r.variable is not None and not r.writes() and is_captured(r)]
        for scope in self.scopes.scopes:
            for r in scope.refs:
                if r.variable is not None and r.writes():
                    self.note_closure_write(r.variable, r.scope.func, (r.scope.module, r.node))
        for func in self.scopes.funcs:  # scopes names only public methods
            if id(func.node) in self._private_methods:
                self.methods_by_name.setdefault(self._private_methods[id(func.node)], []).append(func)

    def walk(self, node, func, module):
        for child in children(node):
            if child.type in FUNCTION_TYPES:
                self.walk_function(child, module)
                continue
            t = child.type
            if t == "MethodDefinition" and child.key.type == "PrivateIdentifier":
                self._private_methods[id(child.value)] = "#" + child.key.name
            if t in ("ThisExpression", "Super"):  # `super.flush()` in an arrow runs on its method's `this` too
                owner = this_owner(func)
                self.this_users.add(owner)
                if owner is not func and func is not None:  # an arrow using its method's `this`
                    self.lexical_this.setdefault(owner, set()).add(func)
            if is_site(child) or (t == "VariableDeclarator" and child.id.type == "ObjectPattern" and child.init is not None):
                self.sites.append((func, module, child))
            if converted_operands(child):
                self.conversion_sites.append((func, module, child))
            if t in ("MethodDefinition", "Property") and child.computed and is_iterator_key(child.key) \
                    and id(child.value) in self.values.func_of:
                self.note_iterator_methods(node, child)
            if t in ("MethodDefinition", "Property") and child.computed and is_to_primitive_key(child.key) \
                    and id(child.value) in self.values.func_of:
                self.to_primitive.append(self.values.func_of[id(child.value)])
            if t == "CallExpression" and child.callee.type == "Identifier" and child.callee.name == "require":
                self.note_require(child, module)
            if t == "CallExpression" and child.callee.type == "MemberExpression" and not child.callee.computed \
                    and member_key(child.callee) == "addEventListener" and len(child.arguments) > 1 \
                    and child.arguments[1].type not in FUNCTION_TYPES:
                self.event_listener_objects.append((child.arguments[1], func, module))
            if t == "CallExpression":
                self.note_awaited(child, func)
                self.note_stored(child, func)
                self.note_prototype_set(child, func)
                self.note_assigned_members(child, func)
                self.note_app_setting_function(child, module)
            self.note_iteration(child, func, module)
            if t == "AssignmentExpression" and child.operator == "=" and child.left.type == "MemberExpression":
                self.note_carried(child, func)
            if t == "VariableDeclarator" and child.init is not None:
                self.note_declarator(child, func)
            elif t == "AssignmentExpression" and child.operator == "=" and child.left.type == "MemberExpression":
                self.note_property(child, func)
            elif t in ("ForOfStatement", "ForInStatement"):
                self.note_loop_head(child, func)
            elif t == "MethodDefinition" and child.key.type == "PrivateIdentifier" and child.kind == "method":
                self.methods_by_name.setdefault(property_name(child.key), []).append(self.values.func_of[id(child.value)])
            elif t in ("MethodDefinition", "Property") and child.kind in ("get", "set"):
                name = child.key.name if child.key.type == "Identifier" else literal_string(child.key)
                if name:
                    self.accessors_by_name.setdefault(name, []).append(self.values.func_of[id(child.value)])
                if t == "Property" and child.kind == "get":  # an own, enumerable getter
                    self.literal_getters.append(self.values.func_of[id(child.value)])
            elif t == "CallExpression" and builtin_function(child.callee) in DEFINING_FUNCTIONS:
                self.note_defined_accessors(child.arguments)
                self.note_prototype_accessors(child.arguments)
            elif t == "CallExpression" and builtin_function(child.callee) in DEFINING_MANY \
                    and len(child.arguments) > 1 and child.arguments[1].type == "ObjectExpression":
                for prop in child.arguments[1].properties:  # `Object.defineProperties(o, { total: { get() {...} } })`
                    name = property_name(prop.key) if prop.type == "Property" and not prop.computed else None
                    if name is not None:
                        self.note_descriptor(name, prop.value)
            if self.makes_proxy(child) and len(child.arguments) > 1:
                self.note_proxy_handler(child.arguments[1], module)
            if t in ("ClassDeclaration", "ClassExpression"):
                for member in child.body.body:
                    if getattr(member, "value", None) is not None and member.value.type in FUNCTION_TYPES:
                        self.class_of_method[id(member.value)] = child
            self.note_registry(child, func)
            self.walk(child, func, module)

    def note_registry(self, node, func):
        """`Win.instances.push(this)`, `registry[id] = this` in a class's code: every instance
        of the class is also inside that container; so is a part of it, `deps.add(this.#subs)` (a signal's
        subscriber set, kept by the effect running: fresh27b-esm-signals)."""
        if node.type == "CallExpression" and node.callee.type == "MemberExpression" \
                and any(of_this(a) for a in node.arguments):
            container = node.callee.object
        elif node.type == "AssignmentExpression" and of_this(node.right) \
                and node.left.type == "MemberExpression":
            container = node.left.object
        else:
            return
        owner = this_owner(func)
        cls = self.class_of_method.get(id(owner.node)) if owner is not None else None
        if cls is not None:
            self.registries.setdefault(id(cls), []).append((container, func))

    def note_defined_accessors(self, args):
        """`Object.defineProperty(o, 'total', { get: () => total })`: an accessor named `total`. Its name
        computed (`for (const key of Object.keys(raw)) Object.defineProperty(settings, key, {...})`):
        an accessor of any name (fresh26b-esm-lazy-getters: a getter counting reads of each setting)."""
        if len(args) < 3:
            return
        name = literal_string(args[1])
        self.note_descriptor(name if name is not None else ANY_NAME, args[2])

    def note_descriptor(self, name, descriptor):
        """The `get` and `set` functions of a property descriptor's object literal: accessors named `name`.
        An enumerable getter (`enumerable: true`) runs where the object is spread or serialised too."""
        if descriptor.type != "ObjectExpression":
            return
        enumerable = any(prop.type == "Property" and getattr(prop, "key", None) is not None
                         and property_name(prop.key) == "enumerable" and prop.value.type == "Literal"
                         and prop.value.value is True for prop in descriptor.properties)
        for prop in descriptor.properties:
            key = getattr(prop, "key", None)
            if prop.type == "Property" and key is not None and property_name(key) in ("get", "set") \
                    and prop.value.type in FUNCTION_TYPES:
                self.accessors_by_name.setdefault(name, []).append(self.values.func_of[id(prop.value)])
                if enumerable and property_name(key) == "get":
                    self.literal_getters.append(self.values.func_of[id(prop.value)])

    def makes_proxy(self, node):
        """`new Proxy(target, handler)` or `Proxy.revocable(target, handler)`."""
        if node.type == "NewExpression":
            callee = node.callee
        elif node.type == "CallExpression" and builtin_function(node.callee) == ("Proxy", "revocable"):
            callee = node.callee.object
        else:
            return False
        return callee.type == "Identifier" and callee.name == "Proxy" and self.values.variable(callee) is None

    def note_proxy_handler(self, handler, module):
        """The traps of a handler: the functions of its object literal; when it is not one of
        the program's literals (or a property is not a function written there), any
        function named like a trap."""
        literal = handler if handler.type == "ObjectExpression" else self.literal_of(handler, module)
        found = []
        self.add_table_functions([literal], found)
        if literal is None or len(found) < len(literal.properties):
            found.extend(f for name in PROXY_TRAPS for f in self.methods_by_name.get(name, ()))
        self.proxy_traps.extend(f for f in found if f not in self.proxy_traps)

    def walk_function(self, node, module):
        func = self.values.func_of[id(node)]
        for param in node.params:
            if param.type == "AssignmentPattern":
                self.walk(param, func, module)
        if node.body.type in FUNCTION_TYPES:  # `(name) => (req, res, next) => {...}`: the inner one's own code
            self.walk_function(node.body, module)
        elif node.body.type != "BlockStatement":
            # an expression body is noted as any expression in a body is (`users.forEach((u) => index.set(u.id,
            # u))` stores `u`), through a statement holding it
            self.walk(ExpressionBody(node.body), func, module)
        else:
            self.walk(node.body, func, module)

    def note_declarator(self, decl, func):
        """`const x = init`: x is an alias of init; `const { a } = init`: a is inside init."""
        depth = 0 if decl.id.type == "Identifier" else 1
        for ident in pattern_identifiers(decl.id):
            v = self.values.variable(ident)
            if v is not None:
                self.assigned.setdefault(v, []).append((decl.init, func, depth))
        if decl.id.type == "ObjectPattern" and decl.init is not None:
            self.note_carried_pattern(decl.id, decl.init)
        if decl.init is not None and (through_locals(decl.init) or self.from_locals(decl.init)):
            for ident in pattern_identifiers(decl.id):  # `const { stats } = req.app.locals`
                v = self.values.variable(ident)
                if v is not None:
                    self.locals_aliases.add(v)

    def from_locals(self, node):
        """Whether `node` is reached from a variable that holds a part of an app's `locals`."""
        while node.type == "MemberExpression":
            node = node.object
        return node.type == "Identifier" and self.values.variable(node) in self.locals_aliases

    def note_carried_pattern(self, pattern, init, func=None):
        """`const { account } = req`: account is what any code stored at `req.account`.
        Without `init`, the pattern is a handler's request (or response) parameter."""
        for prop in pattern.properties:
            if prop.type != "Property" or prop.computed or prop.key.type != "Identifier":
                continue
            target = prop.value.left if prop.value.type == "AssignmentPattern" else prop.value
            v = None
            if target.type == "Identifier":
                v = self.values.variable(target) if func is None else func.scope.variables.get(target.name)
            key = prop.key.name if init is None else self.carried_key_of(init, prop.key.name)
            if v is not None and key is not None:
                self.carried_vars.setdefault(v, set()).add(key)

    def note_awaited(self, call, func):
        """`const v = await E`, split into `__rt.awaitv(E).then(function (v) {...})`: v is
        what E settles to; so is `v` in `E.then((v) => ...)` written by hand, and each name of a
        pattern there is inside it (`Promise.all([a, b]).then(([x, y]) => ...)`)."""
        operand = split_await_operand(call.callee)
        if operand is None and call.callee.type == "MemberExpression" and not call.callee.computed \
                and call.callee.property.name == "then":
            operand = call.callee.object
        if operand is None or not call.arguments or call.arguments[0].type not in FUNCTION_TYPES:
            return
        callback = call.arguments[0]
        params = callback.params
        if not params:
            return
        depth = 0 if params[0].type == "Identifier" else 1
        scope = self.values.func_of[id(callback)].scope
        for ident in pattern_identifiers(params[0]):
            v = scope.variables.get(ident.name)
            if v is not None:
                self.awaited.setdefault(v, []).append((operand, func, depth))

    def note_property(self, assign, func):
        """`holder.p = value` (`middleware.buckets = buckets`): value is inside holder's value,
        one step down per property."""
        steps, base = 0, assign.left
        while base.type == "MemberExpression":
            steps, base = steps + 1, base.object
        v = self.values.variable(base) if base.type == "Identifier" else None
        if v is not None:
            self.assigned.setdefault(v, []).append((assign.right, func, -steps))

    def note_stored(self, call, func):
        """`index.set(key, users[0])`, `picks.push(user)`, `views.set(t, bitmap.subarray(0, 4))`: what a
        container's method stores is inside the container's value, as `holder.p = value` (note_property), so
        a write through `index.get(key).n++` reaches `users`."""
        callee = call.callee
        if callee.type != "MemberExpression" or callee.computed or callee.property.type != "Identifier":
            return
        stored = STORING_METHODS.get(callee.property.name)
        last = None
        if stored is None and callee.property.name in ("run", "enterWith") and self.is_async_local_storage(callee.object):
            # `als.run(tenant, next)`: the store is what `als.getStore()` answers inside, `tenants.get(id)`'s
            # record that a handler changes through it (fresh26b-als-tenants)
            stored, last = 0, 1
        if stored is None:
            return
        steps, base = 1, callee.object
        while base.type == "MemberExpression":
            steps, base = steps + 1, base.object
        if base.type == "ThisExpression" and func is not None:
            # `attach(o) { this.#observers.add(o); }`: what a caller passes is kept inside the receiver
            for index, arg in enumerate(call.arguments[stored:], start=stored):
                v = self.values.variable(arg) if arg.type == "Identifier" else None
                if v is not None and v.kind == "param" and v.scope.func is func:
                    position, pattern = param_position(func, v)
                    if position is not None and pattern is None:
                        self.this_stored_params.setdefault(func, set()).add((position, steps))
            return
        v = self.values.variable(base) if base.type == "Identifier" else None
        if v is None:
            return
        if callee.property.name == "set" and call.arguments:  # a Map's key is kept too (an object, found again)
            key = call.arguments[0]
            self.pair_stored(key, v)
            p = self.values.variable(key) if key.type == "Identifier" and func is not None else None
            position, pattern = param_position(func, p) if p is not None and p.kind == "param" \
                and p.scope.func is func else (None, None)
            if position is not None and pattern is None and v.is_module_level:
                # `function cached(o) { cache.set(o, load(o)); }`: what a caller passes is a key `cache` keeps
                self.var_keyed_params.setdefault(func, set()).add((position, v))
        for index, arg in enumerate(call.arguments[stored:last], start=stored):
            arg = arg.argument if arg.type == "SpreadElement" else arg
            cls_id = self.static_block_class(arg, func, v.scope.module)
            arg = self.iterated_element(arg, func) or cls_id or arg
            cls_var = self.module_variable(v.scope.module, cls_id.name) if cls_id is not None else None
            if cls_var is not None and v.is_module_level:
                self.stored_pairs.append((cls_var, v))  # one object: each has the other's aliases
            if cls_id is not None or self.reaches_module_value(arg):
                self.assigned.setdefault(v, []).append((arg, func, -steps))
                self.pair_stored(arg, v)
            elif v.is_module_level and func is not None and arg.type == "Identifier":
                # `function attach(o) { subjects.add(o); }`: what a caller passes is kept inside `subjects`
                p = self.values.variable(arg)
                position, pattern = param_position(func, p) if p is not None and p.kind == "param" \
                    and p.scope.func is func else (None, None)
                if position is not None and pattern is None:
                    self.var_stored_params.setdefault(func, set()).add((position, v, steps))

    def is_async_local_storage(self, node):
        """`als` made by `new AsyncLocalStorage()` (node:async_hooks)."""
        v = self.values.variable(node) if node.type == "Identifier" else None
        made = v.assigned[0] if v is not None and len(v.assigned) == 1 and not isinstance(v.assigned[0], tuple) else None
        return made is not None and made.type == "NewExpression" and (
            (made.callee.type == "Identifier" and made.callee.name == "AsyncLocalStorage")
            or (made.callee.type == "MemberExpression" and member_key(made.callee) == "AsyncLocalStorage"))

    def static_block_class(self, arg, func, module):
        """`static { registry.add(this); }` at the top level: `this` is the class, the identifier naming it
        (so `registry` holds the module's class A, whose statics `for (const C of registry) C.count++` changes:
        a probe of the twenty-sixth round), or None."""
        if arg.type != "ThisExpression" or func is not None or module is None:
            return None
        start, end = arg.range
        for cls in self.values.classes_of(module):
            if cls.id is None or not (cls.range[0] <= start and end <= cls.range[1]):
                continue
            for member in cls.body.body:
                if member.type == "StaticBlock" and member.range[0] <= start and end <= member.range[1]:
                    return cls.id
        return None

    def visit_mixed_in_call(self, prop, func, module, node):
        """`new A().bump()` where A's class has no `bump`: one a mixin copied onto its prototype
        (`Object.assign(A.prototype, Counting)`, `withCounter()`'s object): every program method of that
        name may run here (they wrote module state from handlers analysed as stateless: a probe of the
        twenty-sixth round)."""
        if prop is None or prop not in self.methods_by_name:
            return
        value = self.values.value(node.callee.object, module)
        if value[0] != "instance" or len(value) < 3:
            return
        if self.values.class_member(("class", value[1], value[2]), prop)[0] == "func":
            return
        self.run_named_methods(prop, node, func, module)

    def visit_patched_call(self, func, module, node):
        """`svc.lookup(k)` on an instance of a program class whose prototype the program assigned a function
        under that name (`Svc.prototype.lookup = function (k) { log.push(k); ... }`) or a computed one (a helper
        wrapping `C.prototype[name]` in a loop): the replacement may run, not the class's own method
        (fresh27b-instrumented)."""
        callee = node.callee
        if callee.type != "MemberExpression" or callee.computed:
            return
        patched = self.patched_methods(member_key(callee))
        if not patched or self.values.value(callee.object, module)[0] != "instance":
            return
        for target in patched:
            self.runs_in(target, func)
            self.write_call_target(target, node, func, module)

    def patched_methods(self, prop):
        """The program functions assigned onto a prototype under the name `prop`, or under a computed key
        (`C.prototype.add = ...`, `Class.prototype[name] = function instrumented() {...}`)."""
        if self._patched is None:
            self._patched = {}
            for module in self.scopes.service.modules:
                for node in self.finder.module_nodes(module, "AssignmentExpression"):
                    left = node.left
                    if node.operator != "=" or left.type != "MemberExpression" or not is_prototype(left.object):
                        continue
                    key = literal_string(left.property) if left.computed else member_key(left)
                    funcs = [f for f in self.finder.items(node.right, module) if not isinstance(f, ParamRef)]
                    self._patched.setdefault(ANY_NAME if key is None else key, []).extend(funcs)
        return self._patched.get(prop, []) + self._patched.get(ANY_NAME, [])

    def iterated_element(self, arg, func):
        """`users.forEach((u) => index.set(u.id, u))`: `u`, the callback's first parameter, is an element of
        `users`: the container expression (its elements are what is stored), or None. Stored so, `users`'
        objects are inside `index` too, and `index.get(id).n++` changes `users` (a probe of the twenty-sixth
        round: an index built at startup)."""
        if arg.type != "Identifier" or func is None:
            return None
        v = self.values.variable(arg)
        if v is None or v.kind != "param" or v.scope.func is not func or not func.node.params \
                or func.node.params[0].type != "Identifier" or func.node.params[0].name != arg.name:
            return None
        container = self.finder.iterated_container(func)
        if container is None:
            return None
        node = container[0]
        # `Object.values(promos).forEach(...)`, `registry.values().forEach(...)`: the elements are promos' own
        if node.type == "CallExpression" and node.arguments and builtin_function(node.callee) == ("Object", "values"):
            return node.arguments[0]
        if node.type == "CallExpression" and not node.arguments and node.callee.type == "MemberExpression" \
                and not node.callee.computed and member_key(node.callee) == "values":
            return node.callee.object
        return node

    def note_prototype_set(self, call, func):
        """`Object.setPrototypeOf(o, shared)` with `o` a module variable's value or inside one (an element
        of `objs`, also as a forEach callback's parameter): `shared` is part of that value now, so a write
        through `o.hits.push(x)` may change `shared` (a probe of the twenty-sixth round)."""
        if builtin_function(call.callee) != ("Object", "setPrototypeOf") or len(call.arguments) < 2:
            return
        target, proto = call.arguments[0], call.arguments[1]
        steps = 1
        container = self.iterated_element(target, func)
        if container is not None:
            target, steps = container, 2  # (a Map's values one deeper still: deeper roots only add aliases)
        while target.type == "MemberExpression":
            steps, target = steps + 1, target.object
        v = self.values.variable(target) if target.type == "Identifier" else None
        if v is not None and v.is_module_level and self.reaches_module_value(proto):
            self.assigned.setdefault(v, []).append((proto, func, -steps))
            self.pair_stored(proto, v)

    def note_stored_through_methods(self):
        """`subject.attach(counter)` where `attach(o) { this.#observers.add(o); }`: the module's `counter` is
        inside `subject`'s value, as with `subject.observers.add(counter)` (note_stored), so that an observer's
        `update()` writing its `this` through `for (const o of this.#observers) o.update(...)` reaches it."""
        results = None
        for call, target in self.finder.user_calls:
            for position, holder, steps in self.var_stored_params.get(target, ()):
                # `attach(counter)` where `attach(o) { subjects.add(o); }`: `counter` is inside `subjects`
                self.keep_argument(call, position, holder, steps)
                if holder.is_module_level and self.returns_param(target, position):
                    # `const balances = store.project({ table: {}, handle(e) {...} })` where `project(p) {
                    # projections.push(p); return p; }`: `balances` holds what `projections` keeps
                    if results is None:
                        results = self.module_call_results()
                    w = results.get(id(call.node))
                    if w is not None and w is not holder:
                        self.stored_pairs.append((w, holder))
                        w.kept_inside = True
            for position, holder in self.var_keyed_params.get(target, ()):
                if position < len(call.node.arguments):
                    self.pair_stored(call.node.arguments[position], holder)
            kept = self.this_stored_params.get(target)
            callee = call.node.callee
            if not kept or callee.type != "MemberExpression":
                continue
            depth, base = 0, callee.object
            while base.type == "MemberExpression":
                depth, base = depth + 1, base.object
            while base.type == "CallExpression" and base.callee.type == "MemberExpression":
                base = base.callee.object  # `subject.attach(a).attach(b)`: a chained method returning `this`
                while base.type == "MemberExpression":
                    depth, base = depth + 1, base.object
            v = self.values.variable(base) if base.type == "Identifier" else None
            if v is not None:
                for position, steps in kept:
                    self.keep_argument(call, position, v, steps + depth)

    def note_registries_through_helpers(self):
        """`_classPrivateMethodInitSpec(this, _Wallet_brand)` in a class's code, the helper's body `a.add(e)`
        (Babel's private methods; `t.set(e, a)` for its private fields): the container handed to the helper
        keeps the `this` handed with it, as `_Wallet_brand.add(this)` in the class's code would (note_registry),
        so the set lives where the class's instances do (fresh27a-babel-subscriptions: a brand set copied from
        main's into each fluxion's context never held the group's instance)."""
        kept = {}
        for call, target in self.finder.user_calls:
            if id(target) not in kept:
                kept[id(target)] = self.param_containers(target)
            for container, element in kept[id(target)]:
                args = call.node.arguments
                if max(container, element) >= len(args) or args[element].type != "ThisExpression":
                    continue
                owner = this_owner(call.func) if call.func is not None else None
                cls = self.class_of_method.get(id(owner.node)) if owner is not None else None
                if cls is not None and args[container].type != "SpreadElement":
                    self.registries.setdefault(id(cls), []).append((args[container], call.func))

    def param_containers(self, func):
        """(container position, element position) for each `a.add(e)`, `t.set(e, v)`, `list.push(e)` in
        `func`'s own code where both `a` and `e` are its plain parameters."""
        found = set()

        def param_at(node):
            v = self.values.variable(node) if node.type == "Identifier" else None
            if v is None or v.kind != "param" or v.scope.func is not func:
                return None
            position, pattern = param_position(func, v)
            return position if pattern is None else None

        def visit(node):
            if node.type == "CallExpression" and node.callee.type == "MemberExpression" \
                    and not node.callee.computed and node.callee.property.type == "Identifier":
                name = node.callee.property.name
                at = 0 if name == "set" else STORING_METHODS.get(name)
                if at is not None and len(node.arguments) > at:
                    container, element = param_at(node.callee.object), param_at(node.arguments[at])
                    if container is not None and element is not None and container != element:
                        found.add((container, element))
            for child in children(node):
                if child.type not in FUNCTION_TYPES:
                    visit(child)

        if func.node.body is not None:
            visit(func.node.body)
        return found

    @staticmethod
    def returns_param(func, position):
        """Whether every `return` of `func` gives back its parameter at `position` (`return p;`, `(p) => p`)."""
        params = func.node.params
        if position >= len(params) or params[position].type != "Identifier" or not func.returns:
            return False
        return all(r is not None and r.type == "Identifier" and r.name == params[position].name for r in func.returns)

    def module_call_results(self):
        """id of a call -> the module variable declared with its result (`const balances = store.project(...)`)."""
        found = {}
        for scope in self.scopes.scopes:
            for w in scope.variables.values():
                if w.is_module_level and w.kind in ("const", "let", "var") and len(w.assigned) == 1 \
                        and getattr(w.assigned[0], "type", None) == "CallExpression":
                    found[id(w.assigned[0])] = w
        return found

    def keep_argument(self, call, position, holder, steps):
        """The argument at `position` of `call` is kept `steps` deep inside the module variable `holder`'s value.
        Both module variables, they hold one object then: a write of `holder`'s value, through any variable
        holding it (another module's `require('./subject')`), may be one of the argument's."""
        arg = call.node.arguments[position] if position < len(call.node.arguments) else None
        if arg is None or arg.type == "SpreadElement" or not self.reaches_module_value(arg):
            return
        self.assigned.setdefault(holder, []).append((arg, call.func, -steps))
        w = self.values.variable(arg) if arg.type == "Identifier" else None
        if w is not None and w.is_module_level and holder.is_module_level:
            self.stored_pairs.append((w, holder))
        self.pair_stored(arg, holder)

    def pair_stored(self, arg, holder):
        """`holder` keeps `arg`, a module variable's value or part of it (`cache.set(owners[i], v)`, `o` made
        from `owners[i]`): both module variables hold those objects then. One never written (`owners`) is
        marked `kept_inside` (pipeliner.py): no longer a copy of main's that each message gets, it lives as
        the group's state, where a key kept in `holder` is the object it reads (a fresh25c probe: a WeakMap
        cache by owner never found an owner again)."""
        if not holder.is_module_level:
            return
        for w in self.module_roots(arg):
            if w is not holder:
                w.kept_inside = True

    def module_roots(self, node, hops=1, stepped=False):
        """The module variables holding objects whose part `node` is: `owners[i]`, `teams.get(k)`,
        `users.find(...)`, a local made from one (`const o = owners[i]`), or such a variable itself when it
        holds a container it was made with (`[...]`, `{...}`, `new X()`); not what a method makes
        (`schema.parse(body)`) nor a variable's primitive (`app.set('port', port)`)."""
        while node.type in ("MemberExpression", "CallExpression", "ChainExpression"):
            if node.type == "CallExpression":
                callee = node.callee
                if callee.type != "MemberExpression" or callee.computed or \
                        callee.property.name not in ELEMENT_METHODS | COPYING_METHODS | {"find", "filter"}:
                    return []
                node, stepped = callee.object, True
            elif node.type == "MemberExpression":
                node, stepped = node.object, True
            else:
                node = node.expression
        v = self.values.variable(node) if node.type == "Identifier" else None
        if v is None or v.kind in ("param", "function", "class", "import"):
            return []
        if v.is_module_level:
            made = len(v.assigned) == 1 and getattr(v.assigned[0], "type", None) in \
                ("ArrayExpression", "ObjectExpression", "NewExpression")
            return [v] if stepped or made else []
        if hops <= 0:
            return []
        return [w for e in v.assigned if not isinstance(e, tuple) and getattr(e, "type", None) not in (None, *FUNCTION_TYPES)
                for w in self.module_roots(e, hops - 1, stepped)]

    def reaches_module_value(self, node, hops=1):
        """Whether `node` is a module variable's value or part of it (`users[0]`, `bitmap.subarray(0, 4)`),
        or a local made from one (`const user = users.find(...)`): a value another container may alias."""
        while node.type in ("MemberExpression", "CallExpression", "ChainExpression"):
            if node.type == "CallExpression" and node.callee.type != "MemberExpression":
                return False  # what a function makes (`list.push(createItem(x))`)
            node = node.expression if node.type == "ChainExpression" else \
                node.object if node.type == "MemberExpression" else node.callee
        v = self.values.variable(node) if node.type == "Identifier" else None
        if v is None or v.kind in ("param", "function", "class", "import"):
            return False
        if v.is_module_level:
            return True
        return hops > 0 and any(not isinstance(e, tuple) and getattr(e, "type", None) not in (None, *FUNCTION_TYPES)
                                and self.reaches_module_value(e, hops - 1) for e in v.assigned)

    # -- generator objects: iterating one advances it --------------------------------

    def note_iterator_methods(self, holder, method):
        """`*[Symbol.iterator]() {...}` of a class or an object literal, and the `next` and `return` beside it
        (an object that is its own iterator): the methods iterating such an object runs, kept as "@@iterator"."""
        found = self.methods_by_name.setdefault(ITERATOR_METHODS, [])
        for child in children(holder):
            if child.type not in ("MethodDefinition", "Property") or id(child.value) not in self.values.func_of:
                continue
            named = not child.computed and property_name(child.key) in ("next", "return")
            if (child is method or named) and self.values.func_of[id(child.value)] not in found:
                found.append(self.values.func_of[id(child.value)])

    def note_iteration(self, node, func, module):
        """Where a value is iterated, and where a generator object is put into a container."""
        t, found = node.type, None
        if t == "ForOfStatement":
            found = node.right
        elif t == "SpreadElement":
            found = node.argument
        elif t == "YieldExpression" and node.delegate:
            found = node.argument
        elif t == "VariableDeclarator" and node.id.type == "ArrayPattern":
            found = node.init
        elif t == "AssignmentExpression" and node.left.type == "ArrayPattern":
            found = node.right
        elif t == "NewExpression" and node.callee.type == "Identifier" and node.callee.name in COLLECTIONS \
                and node.arguments and self.values.variable(node.callee) is None:
            found = node.arguments[0]  # `new Set(bag)`
        elif t == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed:
            if builtin_function(node.callee) in ITERATING_FUNCTIONS and node.arguments:
                found = node.arguments[0]
            elif node.callee.property.name in MUTATING_METHODS:
                self.put_generators.extend((node.callee.object, arg) for arg in node.arguments)
        if found is not None:
            self.iterations.append((func, module, found))

    def generators_made(self, node):
        """The generator functions whose objects an expression may give (a call in it made them)."""
        found, stack = [], [node]
        while stack:
            n = stack.pop()
            if n is None or n.type in FUNCTION_TYPES:
                continue
            if n.type == "CallExpression":
                found += [f for f in self.callees.get(id(n), ()) if getattr(f.node, "generator", False)]
            stack.extend(children(n))
        return found

    def note_generator_holders(self):
        for v, exprs in self.assigned.items():
            for expr, _, _ in exprs:
                self.hold_generators(v, self.generators_made(expr))
        for container, arg in self.put_generators:
            base = container
            while base.type == "MemberExpression":
                base = base.object
            v = self.values.variable(base) if base.type == "Identifier" else None
            if v is not None:
                self.hold_generators(v, self.generators_made(arg))

    def hold_generators(self, v, funcs):
        if funcs:
            self.generator_holders.setdefault(v, set()).update(funcs)

    def visit_iteration(self, func, module, node):
        """Iterating a generator object kept in state (`for (const id of ids)`) advances it: a write."""
        roots = self.roots(node, func)
        if any(root[0] == "var" and root[1] in self.generator_holders for root, depth in roots.items() if depth <= 0):
            self.write(node, func, module, None, node)
        targets = self.methods_by_name.get(ITERATOR_METHODS, ())
        if targets and (self.holds_program_object(node, func) or self.program_value(node, module)):
            # `for (const x of bag)` on an object of the program: its `[Symbol.iterator]` (and `next`, `return`) run
            # here, and what they write of `this` is the object iterated (`*[Symbol.iterator]() { this.reads++ }`)
            for target in targets:
                self.runs_in(target, func)
                if target in self.writes_this:
                    self.write(node, func, module, self.writes_this[target], node, deep=target in self.deep)


    def note_carried(self, assignment, func):
        """`req.item = items.get(id)`: the request (or `res.locals`) hands state on to the
        next handlers, which may change it through `req.item`."""
        key = self.carried_key(assignment.left)
        if key is not None:
            self.carried.setdefault(key, []).append((assignment.right, func))

    def carried_key(self, member):
        """The property name of `p.name` or `p.locals.name` on a parameter `p`, or None."""
        if member.computed:
            return None
        return self.carried_key_of(member.object, member.property.name)

    def carried_key_of(self, obj, name):
        """`name`, if `obj` is a parameter `p` or `p.locals`: a request or response; or the prototype of every
        request or response of an app (`app.request`, `app.response`, `express.response`)."""
        if self.is_request_prototype(obj):
            return name
        if obj.type == "MemberExpression" and not obj.computed and obj.property.name == "locals":
            obj = obj.object
        if obj.type != "Identifier":
            return None
        v = self.values.variable(obj)
        return name if v is not None and v.kind == "param" else None

    def is_request_prototype(self, obj):
        """`app.request`, `app.response` (an app, or a parameter that may be one) or `express.request`,
        `express.response`: what a program puts there, every request or response has (`app.response.success =
        function (data) {...}`, then `res.success(data)` in a handler)."""
        if obj.type != "MemberExpression" or obj.computed or obj.property.type != "Identifier" \
                or obj.property.name not in ("request", "response") or obj.object.type != "Identifier":
            return False
        v = self.values.variable(obj.object)
        if v is None:
            return False
        value = self.values.variable_value(v)
        return v.kind == "param" or value[0] == "app" or value[:2] == ("module", "express")

    def note_assigned_members(self, call, func):
        """`Object.assign(res, { ok, fail })` on a request or response (or `app.response`): each property is
        stored at its name there, as `res.ok = ok` (note_carried)."""
        if builtin_function(call.callee) != ("Object", "assign") or len(call.arguments) < 2:
            return
        for source in call.arguments[1:]:
            if source.type != "ObjectExpression":
                continue
            for prop in source.properties:
                if prop.type != "Property" or prop.computed or prop.kind != "init":
                    continue
                key = self.carried_key_of(call.arguments[0], property_name(prop.key))
                if key is not None:
                    self.carried.setdefault(key, []).append((prop.value, func))

    def note_app_setting_function(self, call, module):
        """`app.set('etag', (body) => ...)`, `app.set('json replacer', fn)`: Express calls the function as a
        response's body is sent (res.send, and res.json, jsonp, sendStatus and render through it)."""
        callee, args = call.callee, call.arguments
        if callee.type != "MemberExpression" or callee.computed or callee.property.type != "Identifier" \
                or callee.property.name != "set" or len(args) != 2 or literal_string(args[0]) not in SENDING_SETTINGS:
            return
        if not self.is_app(callee.object) and not (callee.object.type == "Identifier" and self.values.variable(callee.object)
                                                   is not None and self.values.variable(callee.object).kind == "param"):
            return
        for target in self.finder.items(args[1], module):
            if not isinstance(target, ParamRef) and target not in self.sending_functions:
                self.sending_functions.append(target)

    def note_prototype_accessors(self, args):
        """`Object.defineProperty(app.request, 'user', { get() {...} })`: reading `req.user` in a handler runs it."""
        name = literal_string(args[1]) if len(args) > 2 else None
        if name is None or not self.is_request_prototype(args[0]) or args[2].type != "ObjectExpression":
            return
        for prop in args[2].properties:
            key = getattr(prop, "key", None)
            if prop.type == "Property" and key is not None and property_name(key) in ("get", "set") \
                    and prop.value.type in FUNCTION_TYPES:
                self.request_accessors.setdefault(name, []).append(self.values.func_of[id(prop.value)])

    def carried_functions(self, callee):
        """The program's functions some handler stored at `callee`'s place on a request or a response
        (a middleware wrapping `res.json`): a later handler's call of it runs them."""
        if callee.type != "MemberExpression" or callee.computed:
            return []
        obj = callee.object
        while obj.type == "CallExpression" and obj.callee.type == "MemberExpression" and \
                not obj.callee.computed and obj.callee.property.name in RETURNS_RESPONSE:
            obj = obj.callee.object  # `res.status(500).json(body)`
        key = self.carried_key_of(obj, callee.property.name)
        found = []
        for expr, f in self.carried.get(key, ()):
            module = f.module if f is not None else None
            found += [t for t in self.finder.items(expr, module) if not isinstance(t, ParamRef) and t not in found]
        return found

    def carried_roots(self, node):
        """The roots of what any code stored at `node`'s place on a request or response."""
        return self.carried_roots_of(self.carried_key(node))

    def carried_roots_of(self, key):
        if key not in self.carried or key in self._carrying:
            return {}
        self._carrying.add(key)
        found = union(*(self.roots(expr, f) for expr, f in self.carried[key]))
        self._carrying.discard(key)
        return found

    def note_require(self, call, module):
        name = literal_string(call.arguments[0]) if call.arguments else None
        if name is not None and is_local_specifier(name):
            service = self.scopes.service
            path = service.resolve(module.path, name)
            if path is None:  # a JSON file: every require of it gives the same object, changed in place
                path = resolve_request({p for p in service.data_files if p.endswith(".json")}, module.path, name,
                                       service.imports)
            if path is not None:
                self.required[id(call)] = path

    def note_loop_head(self, loop, func):
        """`for (const u of users)`: u is an element of users (for...in gives keys)."""
        if loop.type != "ForOfStatement":
            return
        left = loop.left.declarations[0].id if loop.left.type == "VariableDeclaration" else loop.left
        for ident in pattern_identifiers(left):
            v = self.values.variable(ident)
            if v is not None:
                self.assigned.setdefault(v, []).append((loop.right, func, 1))

    # -- roots: what an expression's value may be part of ---------------------------

    def roots(self, node, func):
        """{root: depth}: a root is ("var", Variable), ("this", Func) or ("param", ParamRef)."""
        t = node.type
        if t == "Identifier":
            v = self.values.variable(node)
            if node.name == "exports" and func is not None and is_module_param(v):
                return {("exports", func.module.path): 0}  # the module's own, in its functions
            return self.var_roots(v) if v is not None else {}
        if t in ("ThisExpression", "Super"):  # `super.save(row)` runs on `this`
            owner = this_owner(func)
            return {("this", owner): 0} if owner is not None else {}
        if t == "MemberExpression":
            if func is not None and is_own_module_exports(node, self.values):
                return {("exports", func.module.path): 0}
            if self.is_request_app(node):
                return {("var", v): 0 for v in self.app_variables()}
            held = deeper(self.roots(node.object, func), -1)
            if held and not node.computed and node.property.type == "Identifier" \
                    and node.property.name in self.accessors_by_name:
                held = union(held, self.getter_roots(node.property.name))
            return union(held, self.carried_roots(node))
        if self.makes_proxy(node) and node.arguments:  # the proxy is its target, reached through traps
            handler = node.arguments[1:2]
            return union(self.roots(node.arguments[0], func), *(deeper(self.roots(h, func), 1) for h in handler))
        if t in ("CallExpression", "NewExpression"):
            return self.call_roots(node, func)
        if t == "ConditionalExpression":
            return union(self.roots(node.consequent, func), self.roots(node.alternate, func))
        if t == "LogicalExpression":
            return union(self.roots(node.left, func), self.roots(node.right, func))
        if t == "SequenceExpression":
            return self.roots(node.expressions[-1], func)
        if t == "AssignmentExpression":
            if node.operator in ("??=", "||=", "&&="):  # the target's value, or the right's put there
                return union(self.roots(node.left, func), self.roots(node.right, func))
            if node.operator == "=" and node.left.type == "Identifier":  # `(x = new C())`: now what `x` holds
                return union(self.roots(node.left, func), self.roots(node.right, func))
            return self.roots(node.right, func) if node.operator == "=" else {}
        if t == "ClassExpression":
            return self.field_roots(node, static=True)
        if t in ("AwaitExpression", "SpreadElement"):
            return self.roots(node.argument, func)
        if t == "ObjectExpression":
            return self.literal_roots([p.argument if p.type == "SpreadElement" else p.value for p in node.properties],
                                      [p.type == "SpreadElement" for p in node.properties], func)
        if t == "ArrayExpression":
            elements = [el for el in node.elements if el is not None]
            return self.literal_roots([el.argument if el.type == "SpreadElement" else el for el in elements],
                                      [el.type == "SpreadElement" for el in elements], func)
        return {}

    def literal_roots(self, parts, spread, func):
        """An object or array literal holds its parts' values (`[x]`, `{ x }`) and a spread's
        contents (`{ ...defaults }`, `[...Object.values(stores)]`)."""
        return union(*(copied(self.roots(part, func)) if whole else deeper(self.roots(part, func), 1)
                       for part, whole in zip(parts, spread)))

    def var_roots(self, v):
        if v in self._var_roots:
            return self._var_roots[v]
        if v in self._busy:
            return {("var", v): 0}
        self._busy.add(v)
        found = {("var", v): 0}
        ref = param_ref(v)
        if ref is not None:
            found[("param", ref)] = 0
        else:
            found.update(unnamed_param_roots(v))
        for expr, func, depth in self.assigned.get(v, ()):
            found = union(found, deeper(self.roots(expr, func), -depth))
        for cls in v.assigned if v.kind == "class" else ():  # `class Shop { static carts = carts; }`
            found = union(found, self.field_roots(cls, static=True))
        default = param_default(v)
        if default is not None:  # `function record(line, { into = journal } = {})`: maybe journal itself
            found = union(found, self.roots(default, v.scope.func))
        for expr, func, depth in self.awaited.get(v, ()):
            found = union(found, deeper(self.settled_roots(self.roots(expr, func)), -depth))
        for arg, caller in self.timer_arguments_of(v):  # `setTimeout((job) => job.tries++, 10, job)`
            found = union(found, self.roots(arg, caller))
        container = self.iterated_by(v)
        if container is not None:  # `Object.values(counters).map((c) => c.snapshot())`: an element
            found = union(found, deeper(self.roots(container, v.scope.func.parent), -1))
        for key in self.carried_vars.get(v, ()):
            found = union(found, self.carried_roots_of(key))
        if v.kind == "fname":  # `module.exports = function nextId() { nextId.last = ... }`: what holds it
            found = union(found, self.function_holders().get(id(v.assigned[0]), {}))
        self._busy.discard(v)
        if not self._busy:  # inside a cycle the result may lack the outer variable's roots
            self._var_roots[v] = found
        return found

    def function_holders(self):
        """id of a function expression -> {root: 0} of what holds it: the variables it is assigned
        to (`const slugify = function toSlug() {}`) and the exports of a module exporting it
        (`module.exports = function nextId() {}`, `exports.make = function make() {}`). Its own
        name inside it is that value: a write of `nextId.last` there writes them."""
        if self._function_holders is None:
            held = self._function_holders = {}
            for w, entries in self.assigned.items():
                for expr, _, depth in entries:
                    if expr.type == "FunctionExpression" and depth == 0:
                        held.setdefault(id(expr), {})[("var", w)] = 0
            for path, exports in self.scopes.exports.items():
                for expr in exports.values():
                    if expr is not None and expr.type == "FunctionExpression":
                        held.setdefault(id(expr), {})[("exports", path)] = 0
        return self._function_holders

    def timer_arguments_of(self, v):
        """(argument, caller) of each timer call handing its callback the argument parameter `v`
        gets: `setTimeout(cb, ms, ...args)`, `setImmediate(cb, ...args)`, `process.nextTick(cb, ...args)`."""
        if v.kind != "param" or v.node is None or v.scope.func is None:
            return []
        if self._timer_arguments is None:
            self._timer_arguments = {}
            for caller, module, node in self.sites:
                first = timer_arguments_start(node, self.values)
                if first is None or len(node.arguments) <= first:
                    continue
                for target in self.callbacks(node.arguments[:1], module):
                    if not isinstance(target, ParamRef):
                        self._timer_arguments.setdefault(target, []).append((node.arguments[first:], caller))
        params = v.scope.func.node.params
        index = next((i for i, p in enumerate(params) if within_node(v.node, p)), None)
        return [(extra[index], caller) for extra, caller in self._timer_arguments.get(v.scope.func, ())
                if index is not None and index < len(extra)]

    def iterated_by(self, v):
        """The container whose elements `v` gets: the first parameter of a callback of `forEach`,
        `map`... or the second of one of `reduce` (or a name in its pattern); None for any other
        variable."""
        if v.kind != "param" or v.node is None or v.scope.func is None:
            return None
        params = v.scope.func.node.params
        iterated = self.finder.iterated_container(v.scope.func)
        if iterated is not None and params and within_node(v.node, params[0]):
            return iterated[0]
        reduced = self.finder.reduced_container(v.scope.func)
        if reduced is not None and len(params) > 1 and within_node(v.node, params[1]):
            return reduced[0]
        return None

    def settled_roots(self, roots):
        """What awaiting values with these roots gives: a variable holding a promise of the
        program (`const boardReady = Board.open()`) gives what that promise settles to,
        the variable's state (("settled", v)); other values, themselves."""
        out = {}
        for root, depth in roots.items():
            if root[0] == "var" and self.is_program_promise(root[1]):
                root = ("settled", root[1])
            out = union(out, {root: depth})
        return out

    def is_program_promise(self, v):
        """A variable whose value is a promise made by the program's own code: the
        promise of a program function's call or of `new Promise`."""
        if without_interop(self.values.variable_value(v))[0] != "promise":
            return False
        for expr, _, _ in self.assigned.get(v, ()):
            while expr.type == "CallExpression" and expr.callee.type == "MemberExpression" \
                    and not expr.callee.computed and expr.callee.property.name in ("then", "catch", "finally") \
                    and id(expr) not in self.callees:
                expr = expr.callee.object
            if expr.type == "NewExpression" and expr.callee.type == "Identifier" and expr.callee.name == "Promise":
                return True
            if expr.type == "CallExpression" and self.callees.get(id(expr)):
                return True
        return False

    def call_roots(self, node, func):
        callee, args = node.callee, node.arguments
        if node.type == "NewExpression":
            if is_promise_constructor(node, self.values):
                return self.resolved_roots(self.values.func_of[id(args[0])])
            classes = self.constructed_classes(callee)
            made = union(*(self.field_roots(cls, static=False) for cls in classes),
                         *(self.this_stored_roots(f) for f in self.class_functions(classes) + self.callees.get(id(node), [])))
            if callee.type == "Identifier" and callee.name in COLLECTIONS and self.values.variable(callee) is None:
                return collected(callee.name, self.roots(args[0], func) if args else {})
            if callee.type == "Identifier" and callee.name in BUFFER_VIEWS and self.values.variable(callee) is None \
                    and args:  # the view is its buffer
                return union(made, self.roots(args[0], func), deeper(union(*(self.roots(a, func) for a in args)), 1))
            return union(made, deeper(union(*(self.roots(a, func) for a in args)), 1))  # it may keep its arguments
        targets = self.callees.get(id(node))
        if targets:
            return union(*(self.returned_roots(f, node, func) for f in targets))
        if id(node) in self.required:
            return self.export_roots(self.required[id(node)])
        if callee.type == "MemberExpression":
            prop = None if callee.computed else callee.property.name
            outer = builtin_function(callee)
            if outer in RETURNING_FIRST:
                return self.roots(args[0], func) if args else {}
            if outer in (("__rt", "async"), ("__rt", "ret")) and args:
                # an async function's body (`return __rt.async(() => {...})`) and what it
                # returns (`return __rt.ret(order)`): its promise settles to that
                return self.settled_by(args[0], func)
            if outer in COPYING_FUNCTIONS:
                return copied(union(*(self.roots(a, func) for a in args)))
            if outer is not None and outer[0] in FRESH_OBJECTS:
                return {}
            receiver = self.roots(callee.object, func)
            if prop == "flat":  # the elements of its elements
                return copied(deeper(receiver, -1))
            if prop in COPYING_METHODS:
                return copied(receiver)
            if prop in ELEMENT_METHODS:
                return deeper(receiver, -1)
            if prop in ("map", "flatMap") and args and func is not None:  # an array of the callback's returns
                returns = [self.function_returns(f) for f in self.callbacks(args[:1], func.module)
                           if not isinstance(f, ParamRef)]
                return deeper(union(*returns), 1)
            if prop in ("reduce", "reduceRight") and len(args) > 1 and func is not None:
                # the accumulator: the initial value, or what the callback returns (`middlewares.reduceRight(
                # (next, mw) => (p) => mw(p, next), handler)` gives `handler` or a new function)
                returns = [self.function_returns(f) for f in self.callbacks(args[:1], func.module)
                           if not isinstance(f, ParamRef)]
                return union(self.roots(args[1], func), *returns)
            if prop == "then":  # settles to what its callbacks return (a split await's continuation)
                return union(*(self.settled_by(a, func) for a in args[:1]))
            if prop in RECEIVER_RETURNING_METHODS:  # the array itself (a copy's, holding what it copied)
                return union(receiver, *(self.returned_roots(f, node, func) for f in self.methods_by_name.get(prop, ())))
            if prop in READ_ONLY_METHODS or prop in MUTATING_METHODS:
                return {}  # a copy, a string, a number, a boolean... (`push` gives a length)
            named = [self.returned_roots(f, node, func) for f in self.methods_by_name.get(prop, ())]
            return union(receiver, *named, *(self.roots(a, func) for a in args))
        if callee.type == "Identifier" and callee.name in FRESH_OBJECTS and self.values.variable(callee) is None:
            return {}
        if func is not None and is_outside(self.values.value(callee, func.module)):
            return {}
        return union(*(self.roots(a, func) for a in args))

    def constructed_classes(self, callee):
        """The program class `new callee()` makes, and the classes it extends."""
        v = self.values.variable(callee) if callee.type == "Identifier" else None
        if v is None or v.scope.module is None:
            return []
        return [cls[1] for cls in self.class_chain(self.values.value(callee, v.scope.module))]

    def class_chain(self, cls):
        """A program class value and the program classes it extends (through a mixin's call too)."""
        found = []
        while cls[0] == "class" and len(found) < 8:
            found.append(cls)
            if cls[1].superClass is None:
                break
            cls = self.values.super_of(cls)
        return found

    def class_functions(self, classes):
        """The methods, accessors and constructors of these program classes."""
        return [self.values.func_of[id(m.value)] for cls in classes for m in cls.body.body
                if m.type == "MethodDefinition" and not m.static and id(m.value) in self.values.func_of]

    def this_stored_roots(self, owner):
        """What code of `owner` (a method or constructor) stores on its `this`
        (`this.store = inventory`): the object is made holding it."""
        if self._this_stores is None:
            self._this_stores = {}
            for func, _, node in self.sites:
                if node.type == "AssignmentExpression" and node.operator == "=" \
                        and node.left.type == "MemberExpression" and node.left.object.type == "ThisExpression":
                    self._this_stores.setdefault(this_owner(func), []).append((node.right, func))
        stored = union(*(self.roots(expr, func) for expr, func in self._this_stores.get(owner, ())))
        # what the caller hands in (a parameter) are the call's arguments, which the object holds anyway
        return deeper({root: depth for root, depth in stored.items() if root[0] not in ("param", "this")}, 1)

    def field_roots(self, cls, static):
        """What a class's fields start with: its static fields for the class itself, its instance
        fields for an object it makes (`#store = inventory`)."""
        return deeper(union(*(self.roots(m.value, None) for m in cls.body.body
                              if m.type == "PropertyDefinition" and bool(m.static) == static
                              and m.value is not None)), 1)

    def resolved_roots(self, executor):
        """What `new Promise((resolve) => ... resolve(x) ...)` settles to: what its executor's
        first parameter is called with (fresh16: `new Promise((r) => r(stats)).then((s) => s.n++)`)."""
        calls = self.finder.param_call_sites.get(ParamRef(executor, 0), ())
        return union(*(self.roots(call.node.arguments[0], call.func) for call in calls if call.node.arguments))

    def settled_by(self, node, func):
        """The roots of what a function literal returns, or of any other value itself."""
        if node.type in FUNCTION_TYPES:
            return self.function_returns(self.values.func_of[id(node)])
        return self.roots(node, func)

    def export_roots(self, path, seen=()):
        """What `require(path)` gives: its `module.exports` value, or an object holding its
        exports (an ES module's `export * from` ones too). Every require of a path gives the
        same object, whatever made it (`module.exports = new Store()`): its root
        ("exports", path) ties the bindings of all the modules that require it."""
        exports = self.scopes.exports.get(path, {})
        own = {("exports", path): 0}
        if None in exports:
            return union(own, self.roots(exports[None], None))
        stars = [self.export_roots(t, seen + (path,))
                 for t in star_sources(self.scopes.service, path) if t not in seen and t != path]
        return union(own, deeper(union(*(self.roots(expr, None) for expr in exports.values())), 1), *stars)

    def returned_roots(self, target, node, func):
        """What a call of program function `target` returns, in terms of the caller's values."""
        inner = self.function_returns(target)
        out = {}
        for root, depth in inner.items():
            if root[0] == "this":
                out = union(out, deeper(self.receiver_roots(node, func), depth))
            elif root[0] == "param" and root[1].func is target:
                for arg in args_of(root[1], node.arguments):
                    out = union(out, deeper(self.roots(arg, func), depth))
            elif not (root[0] == "var" and root[1].scope.func is target and not self.captured(root[1])):
                out = union(out, {root: depth})  # a local of the call itself is new at each call
            elif target in self.this_users and node.callee.type == "MemberExpression":
                # a method's new object may be kept by its receiver (`this.jobs.set(job.id, job)`)
                out = union(out, deeper(self.receiver_roots(node, func), depth - 1))
        return out

    @staticmethod
    def captured(v):
        """A function's variable that a closure made in it uses: it outlives the call."""
        return any(r.scope.func is not v.scope.func for r in v.refs)

    def getter_roots(self, name):
        """What the program's getters named `name` return of module state (`get carts() { return
        carts; }` in an object literal, `Object.defineProperty(exports, 'catalog', { get: () => catalog })`):
        `shop.season.discount = 0.5` changes `season` (fresh18-getter-carts)."""
        found = {}
        for getter in self.accessors_by_name.get(name, ()):
            for root, depth in self.function_returns(getter).items():
                if root[0] == "var" and root[1].is_module_level or root[0] == "exports":
                    found = union(found, {root: depth})
        return found

    def function_returns(self, target):
        if target in self._returns:
            return self._returns[target]
        self._returns[target] = {}  # a recursive call returns nothing more through itself
        found = union(*(self.roots(expr, target) for expr in target.returns))
        self._returns[target] = found
        return found

    def receiver_roots(self, node, func):
        callee = node.callee
        if callee.type == "MemberExpression":
            return self.roots(callee.object, func)
        return {}

    # -- writes --------------------------------------------------------------

    def visit_site(self, func, module, node):
        t = node.type
        if t == "AssignmentExpression" and node.left.type == "MemberExpression":
            self.write(node.left.object, func, module, None, node, app_own=self.is_app(node.left.object))
        elif t == "UpdateExpression" and node.argument.type == "MemberExpression":
            self.write(node.argument.object, func, module, None, node, app_own=self.is_app(node.argument.object))
        elif t == "UnaryExpression" and node.argument.type == "MemberExpression":
            self.write(node.argument.object, func, module, None, node, app_own=self.is_app(node.argument.object))
        elif t == "CallExpression":
            if id(node) in self.required:
                self.visit_local_require(func, module, node)
            self.visit_call(func, module, node)
        elif t == "NewExpression":
            for target in self.callees.get(id(node), ()):
                self.write_params(target, node.arguments, func, module, node)
            self.visit_stream_construction(func, module, node)
            self.visit_field_initialisers(func, module, node)
        elif t == "TaggedTemplateExpression":
            self.visit_tagged_template(func, module, node)
        elif t == "ObjectExpression":  # `{ ...gauge }` reads each own property
            for prop in node.properties:
                if prop.type == "SpreadElement":
                    self.run_enumerated_getters(prop.argument, func, module, node)
        elif t == "MemberExpression" and self.is_request_app(node):
            self.visit_request_app(func, module, node)
        if t == "VariableDeclarator":
            self.visit_destructured_getters(func, module, node)
            return
        if t == "MemberExpression" and self.proxy_traps:
            self.visit_proxy_traps(func, module, node)
        if t == "MemberExpression" and not node.computed and node.property.name in self.request_accessors \
                and self.carried_key_of(node.object, node.property.name) is not None:
            for accessor in self.request_accessors[node.property.name]:  # `req.user`, a getter of `app.request`
                self.runs_in(accessor, func)
        if t == "MemberExpression" and not node.computed and node.property.name in self.accessors_by_name \
                and self.holds_program_object(node.object, func):
            for accessor in self.accessors_by_name[node.property.name]:
                self.runs_in(accessor, func)
                if accessor in self.writes_this:
                    self.write(node.object, func, module, self.writes_this[accessor], node, deep=accessor in self.deep)

    def visit_tagged_template(self, func, module, node):
        """``tag`...${x}...` `` calls `tag`: a program function used as a tag (a query logger, a
        caching `t` for translations) runs in the calling fluxion, its writes the caller's."""
        value = self.values.value(node.tag, module)
        targets = [value[1]] if value[0] == "func" else []
        if node.tag.type == "MemberExpression" and not node.tag.computed and not targets:
            targets = self.methods_by_name.get(member_key(node.tag), [])
        for target in targets:
            self.runs_in(target, func)
            if target in self.writes_this and node.tag.type == "MemberExpression":
                self.write(node.tag.object, func, module, self.writes_this[target], node, deep=target in self.deep)

    def visit_destructured_getters(self, func, module, node):
        """`const { next: id } = ids`: destructuring reads each property, running a getter so named
        (`get next() { counter += 1; ... }`) as `ids.next` would (fresh14-implicit-calls)."""
        if not self.holds_program_object(node.init, func):
            return
        for prop in node.id.properties:
            name = property_name(prop.key) if prop.type == "Property" and not prop.computed else None
            for accessor in self.accessors_by_name.get(name, ()):
                self.runs_in(accessor, func)
                if accessor in self.writes_this:
                    self.write(node.init, func, module, self.writes_this[accessor], node, deep=accessor in self.deep)

    def visit_proxy_traps(self, func, module, node):
        """A property read, write, call or delete on program state may go through one of the
        program's proxies: its traps run here (their writes by name are this function's), and
        what a trap changes of its arguments (the target, the receiver) is a change of the
        object the property is read of."""
        roots = [r for r in self.state_roots(self.roots(node.object, func), func)
                 if not (r[0] == "param" and r[1].func in self.fluxion_funcs)]  # a request, a response
        if not self.program_object_among(roots):
            return
        for trap in self.proxy_traps:
            self.runs_in(trap, func)
            for index in range(len(trap.node.params)):
                ref = ParamRef(trap, index)
                site = self.writes_param.get(ref)
                if site is not None:
                    self.write(node.object, func, module, site, node, deep=ref in self.deep)

    def visit_local_require(self, func, module, node):
        """`require('./listeners/mailer').outbox` in a handler: what the call gives holds the module's
        exported state (`module.exports = { outbox }`), so the function reads it, as it would through
        a module variable holding the same `require` (fresh14-emitter-relay's report)."""
        if func is None:
            return
        for root in self.export_roots(self.required[id(node)]):
            if root[0] == "var" and root[1].is_module_level and root[1].node is not None \
                    and not self.is_runtime(root[1]):
                self.record(root[1], func, (module, node), node, module, None, flags=READ)
            elif root[0] == "exports":
                for v in self.exports_holders(root[1]):
                    self.record(v, func, (module, node), node, module, None, flags=READ)

    def visit_captured_read(self, func, module, node):
        """A closure reads a variable of a function around it: `jobs.map(...)` in a continuation,
        `jobs` a local of the function it continues that holds objects of module state
        (`queue.add(...)`'s jobs); `res.json({ log, n: stats.n })` in a handler a router factory
        made, `log` and `stats` its parameters, given the module's by the factory's call. It reads
        that state, so it must run where the state is, not on a copy carried in its message."""
        v = self.values.variable(node)
        if func is None or v is None or v.is_module_level or v.scope.func is func or v.node is None:
            return
        for root in self.var_roots(v):
            if root[0] == "var" and root[1].is_module_level and root[1].node is not None \
                    and not self.is_runtime(root[1]) and not only_primitives(root[1]):
                self.record(root[1], func, (module, node), node, module, None, flags=READ)
            elif root[0] == "param":
                for source in self.param_sources(root[1]):
                    self.record(source, func, (module, node), node, module, None, flags=READ)
                    if not source.is_module_level:
                        # a factory's variable (a cell, kept with its unit's state): the parameter holding
                        # its object must be a cell of that unit too, or it keeps main's copy of the object
                        self.record(v, func, (module, node), node, module, None)

    def param_sources(self, ref, hops=3):
        """The variables of state a parameter may hold something of: what the calls of its function give
        it, through the parameters of their callers in turn (`adminRoutes(container)` in `routes(container)`,
        called as `routes(createContainer())`): module variables and a factory's variables its closures keep."""
        found = []
        for caller, _, call in self.call_sites(ref.func):
            for arg in args_of(ref, call.arguments):
                for root in self.roots(arg, caller):
                    if root[0] == "var" and root[1].node is not None and not self.is_runtime(root[1]) and (
                            root[1].is_module_level or self.factory_kept(root[1])
                            or self.runs_only_in_main(root[1].scope.func)):
                        found.append(root[1])
                    elif root[0] == "param" and hops > 1 and root[1] is not ref:
                        found.extend(self.param_sources(root[1], hops - 1))
        return found

    def visit_handed_methods(self):
        """`app.post('/items', items.create)`: a method handed over as `obj.method` (bound in
        obj's constructor, or a class field's arrow) runs with `obj` as its `this`, wherever
        it runs: it reads obj's value, and writes it if it writes `this`."""
        for rupture in self.finder.ruptures:
            module, caller = rupture.call.module, rupture.call.func
            for arg in rupture.call.node.arguments:
                if arg.type == "ArrowFunctionExpression":
                    self.handed_constructor_arrow(arg, caller, module)
                if arg.type != "MemberExpression" or arg.computed:
                    continue
                targets = self.finder.expand(self.finder.items(arg, module)) or self.own_member(arg, module) \
                    or self.finder.named_handlers(arg, module)  # `router.get('/', controller.list)`, unknown controller
                for target in targets:
                    if target in self.this_users or self.uses_lexical_this(target):
                        self.handed_method(target, arg, caller, module)

    def uses_lexical_this(self, arrow):
        """An arrow using the `this` of the function it was made in (`this.has = (req, res) =>
        res.json(this.repo.has(...))` in a constructor, handed over as `controller.has`)."""
        return bool(self.lexical_this_users(arrow))

    def lexical_this_users(self, arrow):
        """The arrows in `arrow` (itself too) that use the `this` of the function it was made in."""
        if arrow.node.type != "ArrowFunctionExpression":
            return []
        return [f for f in self.lexical_this.get(this_owner(arrow), ()) if within(f.node, arrow.node)]

    def lexical_write(self, arrow):
        """Where an arrow (or one in it) writes the `this` of the function it was made in, or None."""
        return next((self.lexical_writes[f] for f in self.lexical_this_users(arrow) if f in self.lexical_writes), None)

    def own_member(self, arg, module):
        """`this.open` in the code of a class: its method or field's arrow `open`."""
        if arg.object.type != "ThisExpression" or arg.property.type != "Identifier":
            return []
        cls = self.values.enclosing_class(arg, module)
        member = self.values.class_member(("class", cls, module), arg.property.name) if cls else LOCAL
        return [member[1]] if member[0] == "func" else []

    def instance_holders(self, arg, module):
        """`this.router.post('/', this.open)` in a class's constructor, `this.app.post('/todos',
        this.controller.create)` in an App class's method: `this` is each instance of the class, so
        the module variables assigned a `new` of it hold it (and what its fields hold)."""
        root = arg.object
        while root.type == "MemberExpression":
            root = root.object
        cls = self.values.enclosing_class(arg, module) if root.type == "ThisExpression" else None
        return self.holders_of_class(cls, module)

    def holders_of_class(self, cls, module):
        if cls is None:
            return []
        return [v for scope in self.scopes.scopes if scope.kind == "module" for v in scope.variables.values()
                if v.node is not None and self.values.variable_value(v) == ("instance", cls, module)]

    def handed_constructor_arrow(self, arg, caller, module):
        """`this.router.get('/', (req, res) => res.json(this.counts))` in a constructor: the
        arrow's `this` is the instance being made, held by the module variables assigned a
        `new` of the class: it reads their value, and writes it if it writes `this`."""
        arrow = self.values.func_of[id(arg)]
        cls = self.constructed_class(this_owner(caller))
        if cls is None or not self.lexical_this_users(arrow):
            return
        site = self.lexical_write(arrow)
        for v in self.holders_of_class(cls, module):
            self.record(v, arrow, (module, arg), arg, module, None, READ)
            if site is not None:
                self.record(v, arrow, site, arg, module, None)

    def handed_method(self, target, arg, caller, module):
        site = self.writes_this.get(target) or self.lexical_write(target)
        for v in self.receiver_state(arg.object, caller, target, target) + self.instance_holders(arg, module):
            self.record(v, target, (module, arg), arg, module, None, READ)
            if site is not None:
                self.record(v, target, site, arg, module, None)

    def receiver_state(self, receiver, func, target, runner):
        """The module variables a function `target` run by `runner` with `receiver` as its
        `this` reaches: every object it holds when `target` may change one inside it."""
        roots = self.roots(receiver, func)
        if target in self.deep:
            roots = {root: 0 for root in roots}
        found = []
        for root in self.state_roots(roots, runner):
            if root[0] == "var":
                found.append(root[1])
            elif root[0] == "exports":
                found.extend(self.exports_holders(root[1]))
            elif root[0] == "param" and root[1].func is func:
                found.extend(v for v in self.handed_in(root[1], runner) if v not in found)
        return found

    def handed_in(self, ref, runner):
        """The module variables whose objects the callers of a factory hand in as its parameter
        `ref`: `buildRoutes(container)` registering `tasks.list` with `tasks =
        container.resolve('tasks')` hands a method whose `this` is inside what `container` holds
        (fresh22a-di-container)."""
        found = []
        for caller, _, call in self.call_sites(ref.func):
            for arg in args_of(ref, call.arguments):
                roots = {root: 0 for root in self.roots(arg, caller)}
                for root in self.state_roots(roots, runner):
                    if root[0] == "var" and root[1].is_module_level and root[1] not in found:
                        found.append(root[1])
                    elif root[0] == "exports":
                        found.extend(v for v in self.exports_holders(root[1]) if v not in found)
        return found

    def visit_field_initialisers(self, func, module, node):
        """`new C()` runs C's instance field initialisers (and its bases', a mixin's too): what they
        write (`label = `#${++C.made}``, `createdAt = tick()`) the constructing function writes."""
        for cls in self.class_chain(self.values.value(node.callee, module)):
            cls_node, cls_module = cls[1], cls[2]
            for member in cls_node.body.body:
                if member.type == "PropertyDefinition" and not member.static and member.value is not None:
                    for site in initialiser_sites(member.value):
                        self.visit_site(func, cls_module, site)
                        if site.type in ("CallExpression", "NewExpression"):
                            # `createdAt = tick()`: the function it calls runs in the constructing function
                            for target in self.callees.get(id(site), ()):
                                self.runs_in(target, func)

    def visit_request_app(self, func, module, node):
        """`req.app` (or `res.app`) reads the Express app: a handler that reads `req.app.locals`
        uses the app's locals as state, with whichever fluxion writes them."""
        if func is not None and self.is_request_app(node):
            for v in self.app_variables():
                self.record(v, func, (module, node), node, module, None, flags=READ)

    def is_app(self, node):
        """`req.app`, `res.app`, or a module variable holding an Express app."""
        if self.is_request_app(node):
            return True
        v = self.values.variable(node) if node.type == "Identifier" else None
        return v is not None and v in self.app_variables()

    def is_request_app(self, node):
        """`x.app` on a parameter: the Express app of the request or response it names."""
        if node.type != "MemberExpression" or node.computed or node.property.name != "app" \
                or node.object.type != "Identifier":
            return False
        v = self.values.variable(node.object)
        return v is not None and v.kind == "param"

    def app_variables(self):
        """The variables holding an Express app: module variables, and a factory's local that its
        closures keep (`function createApp() { const app = express(); events.on('x', () =>
        app.locals.log.push(...)); ... return app; }`: fresh22a-esm-feature-modules)."""
        if self._apps is None:
            self._apps = [v for scope in self.scopes.scopes for v in scope.variables.values()
                          if v.node is not None and self.values.variable_value(v)[0] == "app"
                          and (v.is_module_level or self.kept_by_closures(v))]
        return self._apps

    @staticmethod
    def kept_by_closures(v):
        return v.kind in ("var", "let", "const") and any(r.scope.func is not v.scope.func for r in v.refs)

    def visit_stream_construction(self, func, module, node):
        """`new LevelFilter(2)` of a program class extending a stream: the stream calls its
        `_transform`, `_write`, `_read`... as data flows, mostly within the message that made it
        (`await pipeline(source, new LevelFilter(2), sink)`), writing what they write there
        (fresh26b-stream-meter: a Map of levels counted in `_transform`, never seen written)."""
        if not any(hook in self.methods_by_name for hook in STREAM_HOOKS):
            return
        cls = self.values.value(node.callee, module)
        if cls[0] == "func" and node.callee.type == "Identifier":
            # `util.inherits(Upper, Transform); Upper.prototype._transform = function (...) {...}`
            for target in self.prototype_stream_hooks().get(id(cls[1]), ()):
                self.runs_in(target, func)
            return
        if cls[0] != "class":
            return
        for hook in STREAM_HOOKS:
            if hook in self.methods_by_name:
                member = self.values.class_member(cls, hook)
                if member[0] == "func":
                    self.runs_in(member[1], func)

    def prototype_stream_hooks(self):
        """{id of a constructor function: [hook functions]} of `Ctor.prototype._transform = function (...) {...}`."""
        if self._prototype_hooks is None:
            self._prototype_hooks = {}
            for _, module, site in self.sites:
                if site.type == "AssignmentExpression" and site.left.type == "MemberExpression" \
                        and not site.left.computed and member_key(site.left) in STREAM_HOOKS \
                        and is_prototype(site.left.object) and site.left.object.object.type == "Identifier" \
                        and id(site.right) in self.values.func_of:
                    ctor = self.values.value(site.left.object.object, module)
                    if ctor[0] == "func":
                        self._prototype_hooks.setdefault(id(ctor[1]), []).append(self.values.func_of[id(site.right)])
        return self._prototype_hooks

    def visit_stream_use(self, func, module, node):
        """`audit.write(entry)`, `source.pipe(sink)`, `pipeline(a, b, c)` on a stream the program keeps
        (made in main, written by a handler): any program stream hook may run there."""
        callee, args = node.callee, node.arguments
        name = callee.property.name if callee.type == "MemberExpression" and not callee.computed else \
            callee.name if callee.type == "Identifier" else None
        if name not in STREAM_DRIVERS or not any(hook in self.methods_by_name for hook in STREAM_HOOKS):
            return
        operands = ([callee.object] if callee.type == "MemberExpression" else []) + \
            [a for a in args if a.type != "SpreadElement"]
        if any(self.holds_program_object(o, func) for o in operands):
            for hook in STREAM_HOOKS:
                for target in self.methods_by_name.get(hook, ()):
                    self.runs_in(target, func)

    def visit_handle_event(self, func, module, node):
        """`target.dispatchEvent(e)` runs the `handleEvent` of every listener object an
        `addEventListener(type, obj)` registered, with `this` that object (`stats.handleEvent`
        counting into `this.started`: fresh26b-esm-handle-event). Which target holds which object
        is not followed: every program `handleEvent` may run, writing every object so registered
        and the target (which holds them)."""
        callee = node.callee
        if callee.type != "MemberExpression" or callee.computed or member_key(callee) != "dispatchEvent" \
                or not self.event_listener_objects:
            return
        for target in self.methods_by_name.get("handleEvent", ()):
            self.runs_in(target, func)
            site = self.writes_this.get(target)
            if site is None:
                continue
            self.write(callee.object, func, module, site, node, deep=True)
            for listener, at_func, at_module in self.event_listener_objects:
                roots = {root: 0 for root in self.roots(listener, at_func)}
                for root in self.state_roots(roots, func):
                    if root[0] == "var" and root[1].is_module_level:
                        self.record(root[1], func, site, node, module, None)

    def visit_indirect_emit(self, func, module, node):
        """`EventEmitter.prototype.emit.call(bus, 'x')`, `bus.emit.apply(bus, args)`, `Reflect.apply(bus.emit,
        bus, ['x'])`: an emit the rupture finder does not see as one runs the listeners all the same. Which
        emitter and event is not followed: every listener of the program's emitters may run, and what they
        change of their `this` is the emitter given."""
        callee, args = node.callee, node.arguments
        if callee.type == "MemberExpression" and not callee.computed and member_key(callee) in ("call", "apply") \
                and callee.object.type == "MemberExpression" and not callee.object.computed \
                and member_key(callee.object) in ("emit", "dispatchEvent"):
            emitter = args[0] if args else None
        elif builtin_function(callee) == ("Reflect", "apply") and args and args[0].type == "MemberExpression" \
                and not args[0].computed and member_key(args[0]) in ("emit", "dispatchEvent"):
            emitter = args[1] if len(args) > 1 else None
        else:
            return
        for _, _, items, _ in self.finder.own_listeners:
            for target in self.finder.expand(items):
                self.runs_in(target, func)
                owner = this_owner(target)
                if emitter is not None and owner in self.writes_this:
                    self.write(emitter, func, module, self.writes_this[owner], node, deep=owner in self.deep)

    def visit_call(self, func, module, node):
        callee, args = node.callee, node.arguments
        self.visit_serialised(func, module, node)
        self.visit_stream_use(func, module, node)
        self.visit_handle_event(func, module, node)
        self.visit_indirect_emit(func, module, node)
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name == "bind":
            self.visit_bind(node, func, module)
        if self.made_by_package(callee, module):  # `priceOf(sku)`, `seed()`: its cache, its flag
            self.write(callee, func, module, None, node, unresolved=short_callee(module, callee))
        self.calls_into_package_object(func, module, node)
        self.visit_handed_mutators(func, module, node)
        self.visit_listener_iterator(func, module, node)
        outer = builtin_function(callee) if callee.type == "MemberExpression" else None
        if outer in MUTATING_FUNCTIONS or self.mutating_module_function(callee, module):
            if args:
                self.write(args[0], func, module, None, node)
            return
        if outer in CALLING_FUNCTIONS:
            self.visit_reflected_call(CALLING_FUNCTIONS[outer], func, module, node)
            return
        if outer == ("Array", "from") and len(args) > 2:  # `Array.from(items, function (x) {...}, totals)`
            for target in self.callbacks(args[1:2], module):
                if not isinstance(target, ParamRef) and target in self.writes_this:
                    self.write(args[2], func, module, self.writes_this[target], node, deep=target in self.deep)
        self.visit_patched_call(func, module, node)
        targets = self.callees.get(id(node))
        if targets:
            for target in targets:
                self.write_call_target(target, node, func, module)
            if callee.type == "MemberExpression" and not callee.computed and callee.property.name in MUTATING_METHODS \
                    and self.values.value(callee, module)[0] != "func":
                # `this.#subscribers.add(fn)`, `.delete(fn)`: the functions found are the arguments (maybe
                # called), the Set or array is changed all the same (fresh14-esm-store's unsubscribe)
                self.write(callee.object, func, module, None, node)
            return
        listeners = self.finder.emit_targets.get(id(node))
        if listeners is not None:
            self.visit_emit(listeners, node, func, module)
            self.visit_program_emit(func, module, node)
            return
        if callee.type == "MemberExpression":
            self.visit_method_call(func, module, node)
        else:
            self.visit_unknown_call(func, module, node)

    def visit_serialised(self, func, module, node):
        """`res.json(basket)`, `res.send(doc)`, `JSON.stringify(x)`: serialising a program object
        calls its `toJSON`, and its elements' (`serialized.lines += 1` in a line's toJSON): every
        program method so named may run here (fresh14-implicit-calls)."""
        callee, args = node.callee, node.arguments
        if not args or args[0].type in ("Literal", "TemplateLiteral"):
            return
        outer = builtin_function(callee)
        if outer in ENUMERATING_FUNCTIONS:  # `Object.values(gauge)`, `Object.assign({}, gauge)`: each property read
            for arg in args[ENUMERATING_FUNCTIONS[outer]:]:
                self.run_enumerated_getters(arg, func, module, node)
            return
        if outer != ("JSON", "stringify") and not (
                callee.type == "MemberExpression" and not callee.computed and member_key(callee) in ("json", "send", "jsonp")):
            return
        self.run_enumerated_getters(args[0], func, module, node, deep=True)
        if "toJSON" not in self.methods_by_name:
            return
        for target in self.methods_by_name["toJSON"]:
            self.runs_in(target, func)
            if target in self.writes_this and self.holds_program_object(args[0], func):
                self.write(args[0], func, module, self.writes_this[target], node, deep=True)

    def run_enumerated_getters(self, arg, func, module, node, deep=False):
        """Serialising, spreading or copying the properties of a program object reads each own enumerable one,
        an object literal's getters among them (`get now() { return ++gauge.ticks; }`, a caching `get total()
        { return this._total ??= ...; }`): each may run here, on the object or one inside it (a fresh25c probe;
        a class's getters are its prototype's, which none of these read)."""
        getters = self.writing_getters()
        if not getters or arg.type in ("Literal", "TemplateLiteral"):
            return
        if deep and arg.type in ("ObjectExpression", "ArrayExpression"):  # `res.json({ gauge })`: what it holds
            parts = arg.properties if arg.type == "ObjectExpression" else [e for e in arg.elements if e is not None]
            for part in parts:
                part = part.argument if part.type == "SpreadElement" else part.value if part.type == "Property" else part
                self.run_enumerated_getters(part, func, module, node, deep)
            return
        if not self.holds_program_object(arg, func):
            return
        for getter in getters:
            self.runs_in(getter, func)
            if getter in self.writes_this:
                self.write(arg, func, module, self.writes_this[getter], node, deep=True)

    def writing_getters(self):
        """The object literals' getters that change something (their `this`, or a variable not their own): only
        those matter where every property is read; the others would only add readers."""
        if self._named_writing_getters is None:
            own = {id(g): g for g in self.literal_getters}
            self._named_writing_getters = {id(scope.func) for scope in self.scopes.scopes
                                           if id(scope.func) in own for r in scope.refs
                                           if r.flags & (WRITE | MUTATE) and r.variable is not None
                                           and r.variable.scope.func is not scope.func}
        return [g for g in self.literal_getters if g in self.writes_this or id(g) in self._named_writing_getters]

    def visit_conversions(self):
        """A template literal, `+`, a comparison or unary `+` given an object calls its
        `[Symbol.toPrimitive]`, else `valueOf` or `toString`: no call is written out, so each program
        method so named may run wherever an operand is not a literal (`conversions[hint] += 1`
        in a Money's toPrimitive: fresh14-implicit-calls)."""
        targets = self.to_primitive + self.methods_by_name.get("valueOf", []) + self.methods_by_name.get("toString", [])
        if not targets:
            return
        for func, module, node in self.conversion_sites:
            for operand in converted_operands(node):
                for target in targets:
                    self.runs_in(target, func)
                    if target in self.writes_this and self.holds_program_object(operand, func):
                        self.write(operand, func, module, self.writes_this[target], node)

    def visit_handed_mutators(self, func, module, node):
        """A built-in changing method handed to a call as a value (`names.forEach(tags.add, tags)`,
        `forEach(Set.prototype.add, seen)`): the call may run it on the object it was read from
        and on any other argument (a `thisArg`)."""
        for arg in node.arguments:
            if arg.type != "MemberExpression" or arg.computed or member_key(arg) not in MUTATING_METHODS:
                continue
            if not borrowed_mutator(arg):
                self.write(arg.object, func, module, None, node)
            for other in node.arguments:
                if other is not arg and self.holds_state(other, func):
                    self.write(other, func, module, None, node)

    def visit_reflected_call(self, positions, func, module, node):
        """`Reflect.apply(bump, null, [tally, key])`: the program functions given run here, with
        the arguments of the array; one that is not written out may hand any of them on."""
        at_fn, at_this, at_args = positions
        args = node.arguments
        if len(args) <= at_args:
            return
        listed = args[at_args].elements if args[at_args].type == "ArrayExpression" else None
        for target in self.callbacks(args[at_fn:at_fn + 1], module):
            self.runs_in(target, func)
            if at_this is not None and target in self.writes_this:
                self.write(args[at_this], func, module, self.writes_this[target], node, deep=target in self.deep)
            if listed is not None:
                self.write_params(target, [a for a in listed if a is not None], func, module, node)
            else:
                for ref in self.written_params(target):
                    self.write(args[at_args], func, module, self.writes_param[ref], node, deep=True)

    def visit_listener_iterator(self, func, module, node):
        """`it.next()` of `it = on(bus, 'change')` (or of the `for await` over it, written out as
        `__rt.asyncIter(on(bus, 'change'))`): the iterator's queue is one record with the listeners
        `on` added to `bus`, so reading it changes both: they live together (fresh26c-esm-kanban-board's
        feed, a `for await` in main's async IIFE, got the first event only)."""
        callee = node.callee
        if callee.type != "MemberExpression" or callee.computed or callee.property.name not in ("next", "return", "throw") \
                or callee.object.type != "Identifier":
            return
        v = self.values.variable(callee.object)
        init = v.assigned[0] if v is not None and v.assigned else None
        if isinstance(init, tuple):  # a part of a destructured value (`const [it] = ...`)
            return
        if init is not None and init.type == "CallExpression" and builtin_function(init.callee) == ("__rt", "asyncIter") \
                and init.arguments:
            init = init.arguments[0]
        if init is None or init.type != "CallExpression" or not init.arguments \
                or not self.mutating_module_function(init.callee, module):
            return
        outer = v.scope.func  # an iterator a request makes and reads is the message's (state-emitter-later)
        while outer is not None:
            if outer in self.fluxion_funcs:
                return
            outer = outer.parent
        self.write(callee.object, func, module, None, node)
        self.write(init.arguments[0], func, module, None, node)

    def mutating_module_function(self, callee, module):
        """`events.once(bus, 'done')`, `once(bus, 'done')` from `require('events')`."""
        value = without_interop(self.values.value(callee, module))
        return value[0] == "member" and (module_name(value), value[2]) in MUTATING_MODULE_FUNCTIONS

    def write_call_target(self, target, node, func, module):
        callee, args = node.callee, node.arguments
        self.write_closure_holder(target, node, func, module)
        if callee.type == "Identifier" and target in self.captured_writes and target not in self.lexical_writes:
            # `unsubscribe()` with `unsubscribe = subscribe(fn)` holding `() => subscribers.delete(fn)`: the arrow
            # changes a module's Set with its maker's `fn`; it travels with that Set, its `fn` the one in the Set
            self.write(callee, func, module, self.captured_writes[target], node, held=True)
        if callee.type == "Identifier" and target in self.lexical_writes:
            # `stop()` with `stop = store.subscribe(fn)` holding `() => this.#subs.delete(fn)`: the arrow
            # changes the `this` it keeps; it travels with that object, its `fn` the one in the Set
            self.write(callee, func, module, self.lexical_writes[target], node, held=True)
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name in ("call", "apply") \
                and self.values.value(callee.object, module)[0] == "func":
            if target in self.writes_this and args:
                self.write(args[0], func, module, self.writes_this[target], node, deep=target in self.deep)
            if callee.property.name == "call":
                self.write_params(target, args[1:], func, module, node)
            elif len(args) > 1:  # `fn.apply(self, list)`: the list's elements are its arguments
                for ref in self.written_params(target):
                    self.write(args[1], func, module, self.writes_param[ref], node, deep=True)
            return
        if target in self.writes_this and callee.type == "MemberExpression":
            self.write(callee.object, func, module, self.writes_this[target], node, deep=target in self.deep)
        if callee.type == "MemberExpression":
            self.arrows_keep_receiver(target, callee.object, func, module)
        elif target in self.writes_this and target.is_field:
            # `const { inc } = counter; inc()`: a class field's arrow changes the instance it came from
            self.write(callee, func, module, self.writes_this[target], node, deep=True)
        self.write_params(target, args, func, module, node)

    def arrows_keep_receiver(self, target, receiver, func, module):
        """`queue.push(job)` where push makes `() => this.#drain()`: wherever that arrow
        runs later (a timer, a promise reaction), its `this` is `queue`: it reads queue's
        value, and may write it if anything writes push's `this`. Called on `this` by a method
        (`this.#schedule()` in `enqueue`), those arrows keep that method's `this` too."""
        keepers = self.this_keepers(target)
        owner = this_owner(func)
        if keepers and owner is not None and owner is not target and ("this", owner) in self.roots(receiver, func):
            passed = self.passed_keepers.setdefault(owner, set())
            if not keepers <= passed:
                passed.update(keepers)
                self.changed = True
        for arrow in keepers:
            for v in self.receiver_state(receiver, func, target, arrow):
                self.record(v, arrow, (module, receiver), receiver, module, None, READ)
                if target in self.writes_this:
                    self.record(v, arrow, self.writes_this[target], receiver, module, None)

    def this_keepers(self, target):
        """The functions made inside `target` that use its `this`: arrows, and functions
        that use a variable holding it (`const self = this`, an await's `__this`)."""
        if target in self._keepers:
            return self._keepers[target] | self.passed_keepers.get(target, set())
        keepers = set(self.lexical_this.get(target, ()))
        for scope in self.scopes.scopes:
            if scope.func is None or this_owner(scope.func) is not target:
                continue
            for v in scope.variables.values():
                if ("this", target) in self.var_roots(v):
                    keepers.update(r.scope.func for r in v.refs if r.scope.func is not scope.func)
        self._keepers[target] = keepers
        return keepers | self.passed_keepers.get(target, set())

    def write_params(self, target, args, func, module, node):
        for ref in self.written_params(target):
            for arg in args_of(ref, args):
                self.write(arg, func, module, self.writes_param[ref], node, deep=ref in self.deep)

    def written_params(self, target):
        """The ParamRefs of `target` whose arguments it changes: its parameters' positions
        and ARGUMENTS."""
        refs = [ParamRef(target, index) for index in range(len(target.node.params))] + [ParamRef(target, ARGUMENTS)]
        return [ref for ref in refs if ref in self.writes_param]

    def visit_program_emit(self, func, module, node):
        """`ctx.emit('note:added', note)` on an object a plugin is handed as a parameter, where the
        program has an `emit` of its own (`createContext()`'s, calling the functions its `on` kept):
        maybe that one, which runs them itself, in this message (fresh22a-esm-plugins)."""
        receiver = node.callee.object
        if "emit" in self.methods_by_name and receiver.type == "Identifier" \
                and param_ref(self.values.variable(receiver)) is not None \
                and self.values.value(receiver, module) in (EXTERNAL, LOCAL):
            self.run_named_methods("emit", node, func, module)

    def visit_emit(self, listeners, node, func, module):
        """`bus.emit(name, ...args)` runs the listeners here; removing a `once` one writes the emitter."""
        receiver = node.callee.object
        if any(once for _, once in listeners):
            self.write(receiver, func, module, None, node)
        for target, _ in listeners:
            owner = this_owner(target)  # an arrow's is its function's: a constructor's, the instance
            if owner in self.writes_this:  # a listener's `this` is the emitter
                self.write(receiver, func, module, self.writes_this[owner], node, deep=owner in self.deep)
                # or an instance of the listener's class: a constructor's arrow, a method bound
                # to it (`bus.on('placed', this.onPlaced)` after `this.onPlaced = this.onPlaced.bind(this)`)
                cls = self.values.enclosing_class(owner.node, owner.module) if owner.is_method else None
                for v in self.holders_of_class(cls, owner.module):
                    self.record(v, func, self.writes_this[owner], node, module, None)
            self.write_params(target, node.arguments[1:], func, module, node)

    def visit_method_call(self, func, module, node):
        callee, args = node.callee, node.arguments
        prop = None if callee.computed else member_key(callee)  # `#name` for a private one
        self.visit_mixed_in_call(prop, func, module, node)
        if prop in APP_SETTING_WRITERS and func is not None and args:
            # `admin.set('maintenance', true)` in a handler: the app's settings are its state, as its locals
            for root in self.state_roots(self.roots(callee.object, func), func, locals_=True):
                if root[0] == "var" and self.values.variable_value(root[1])[0] == "app":
                    self.record(root[1], func, (module, node), node, module, None)
        for item in self.callbacks(args, module):
            for ref in self.written_params(item):  # a callback changing an element, or reduce's accumulator
                accumulator = prop in ("reduce", "reduceRight") and ref.index in (0, ARGUMENTS) and len(args) > 1
                self.write(args[1] if accumulator else callee.object, func, module, self.writes_param[ref], node,
                           deep=ref in self.deep, element=not accumulator)
        if prop in THIS_ARG_METHODS and len(args) > 1:  # `items.forEach(addTo, totals)`: its `this` is totals
            for target in self.callbacks(args[:1], module):
                if not isinstance(target, ParamRef) and target in self.writes_this:
                    self.write(args[1], func, module, self.writes_this[target], node, deep=target in self.deep)
        if prop in SENDING_METHODS:  # `res.json(page)` with `app.set('etag', (body) => ...)`: Express calls it
            for target in self.sending_functions:
                self.runs_in(target, func)
        for target in self.carried_functions(callee):  # `res.json(body)` after `res.json = (b) => {...}`
            self.runs_in(target, func)
            self.write_call_target(target, node, func, module)
            if target in self.lexical_writes:
                # the wrapper a class's middleware put on `res` writes its instance through its lexical `this`
                # (`res.json = (body) => { this.#store.set(url, body); ... }`): the instances the module variables
                # hold (fresh22a-mw-instances)
                cls = self.values.enclosing_class(target.node, target.module)
                for v in self.holders_of_class(cls, target.module):
                    self.record(v, func, self.lexical_writes[target], node, module, None)
        holder = self.package_made_holder(callee.object, module)
        if holder is not None and self.callbacks(args, module):
            # `bus.onAny(fn)`, `events$.pipe(...).subscribe(fn)`: the package's object keeps the function
            self.write(holder, func, module, None, node, unresolved=prop)
        if prop == "copy" and args:  # `source.copy(target)`: a Buffer's copy fills its argument
            self.write(args[0], func, module, None, node, unresolved=prop)
        if prop == "encodeInto" and len(args) > 1:  # `encoder.encodeInto(text, scratch)` fills its second
            self.write(args[1], func, module, None, node, unresolved=prop)
        if self.package_function(callee, module):
            self.handed_to_package(func, module, node)
        elif prop in MUTATING_METHODS:
            self.write(callee.object, func, module, None, node)
            if prop in self.methods_by_name and self.holds_program_object(callee.object, func):
                self.run_named_methods(prop, node, func, module)  # `store.add(note)`: maybe the program's add
        elif prop in GENERATOR_METHODS and self.holds_program_object(callee.object, func):
            self.write(callee.object, func, module, None, node, unresolved=prop)  # it may be a generator
            self.run_named_methods(prop, node, func, module)
        elif prop in ("call", "apply") and borrowed_mutator(callee.object) and args:
            self.write(args[0], func, module, None, node)  # `Array.prototype.push.apply(target, items)`
        elif prop in ("exec", "test") and self.keeps_last_index(callee.object):
            self.write(callee.object, func, module, None, node)  # a /g or /y regexp: its lastIndex
        elif prop == "emit" or (prop in ITERATING_METHODS and not self.program_method_writes(prop)) \
                or self.reads_only(prop):
            if prop == "emit":
                self.visit_program_emit(func, module, node)
            return
        elif not self.holds_program_object(callee.object, func):
            if prop in self.methods_by_name and self.program_value(callee.object, module):
                # a program object that is not state: `for (const step of steps) step.run(order)`
                self.run_named_methods(prop, node, func, module)
            elif func is not None and holder is callee.object and \
                    self.values.variable(holder).assigned[0].type == "NewExpression":
                # `hits.inc()` on `const hits = new client.Counter(...)`: an instance a package's class made,
                # kept by the module, changes through methods the analysis cannot see
                self.write(callee.object, func, module, None, node, unresolved=prop or "[computed]")
            return  # else a method of an object of the runtime (`res.send`, `stream.write`)
        elif prop is not None and self.runtime_class_instance(callee.object, module):
            # `seen.append('who', x)` on `const seen = new URLSearchParams()`, `encoder.encode(s)`: the
            # runtime's method, whatever a class of the program names alike (a `Journal`'s `append`, a
            # codec's static `encode`): it may change the object (fresh27c-shortener)
            self.write(callee.object, func, module, None, node, unresolved=prop)
        elif prop in self.methods_by_name:  # resolved by its name: any method so named may run
            self.run_named_methods(prop, node, func, module)
        elif prop in ("call", "apply", "bind"):
            self.run_named_called_methods(prop, node, func, module)
            self.visit_unknown_call(func, module, node)
        else:
            if prop is None:  # `table[key](...)`, `doc[action]()`: any function of the table, any method,
                # any function kept in program data (`hooks[0]()` after `hooks.push(fn)`)
                kept = self.stored_functions() if self.in_program_data(callee.object, func) else []
                for target in self.literal_functions(callee.object, func) + self.class_methods() + kept:
                    self.runs_in(target, func)
                    self.write_call_target(target, node, func, module)
            elif self.in_program_data(callee.object, func):
                # `entry.factory(this)` with `entry = this.#factories.get(name)`: a function kept in an
                # entry of program data (fresh22a-di-container's transient factory counting in its module)
                for target in self.stored_functions():
                    self.runs_in(target, func)
                    self.write_params(target, node.arguments, func, module, node)
                # `hook.fn(...args)` over `hooks.get(event).add({ plugin, fn })`: a listener a program
                # object's own `on` kept runs here too (fresh14-hook-pipeline's slugger)
                self.run_stored_fluxions(node, func, module)
            self.write(callee.object, func, module, None, node, unresolved=prop or "[computed]")

    def runtime_class_instance(self, node, module):
        """Whether `node` is a variable, or a field of `this` (`this.#scratch`), only ever given instances of
        a class the runtime has as a global, whose methods are its own (`new URL(...)`, `new TextDecoder()`,
        `new Date(0)`, `Buffer.alloc(8)`), not the program's. (Taken so, a call is a possible write.)"""
        if node.type == "MemberExpression" and node.object.type == "ThisExpression" and not node.computed:
            made = self.this_field_values(node, module)
            return bool(made) and all(e is not None and self.makes_runtime_instance(e, module) for e in made)
        v = self.values.variable(node) if node.type == "Identifier" else None
        return v is not None and bool(v.assigned) and all(
            not isinstance(e, tuple) and self.makes_runtime_instance(e, v.scope.module) for e in v.assigned)

    def this_field_values(self, node, module):
        """What the class around `node` (`this.key`) gives its field `key`: its initialiser and every
        `this.key = ...` in its body (None for a compound assignment)."""
        cls = self.values.enclosing_class(node, module)
        if cls is None:
            return []
        key, found = member_key(node), []
        for member in cls.body.body:
            if member.type == "PropertyDefinition" and not member.static and not member.computed \
                    and property_name(member.key) == key and member.value is not None:
                found.append(member.value)
        for child in scope_walk(cls.body):
            if child.type == "AssignmentExpression" and child.left.type == "MemberExpression" \
                    and child.left.object.type == "ThisExpression" and not child.left.computed \
                    and member_key(child.left) == key:
                found.append(child.right if child.operator == "=" else None)
        return found

    def makes_runtime_instance(self, e, module):
        if e.type == "NewExpression" and e.callee.type == "Identifier":
            name = e.callee.name
            return name in RUNTIME_CLASSES and self.values.value(e.callee, module) == ("global", name)
        if e.type == "CallExpression" and e.callee.type == "MemberExpression" and not e.callee.computed:
            obj, prop = e.callee.object, e.callee.property.name
            return obj.type == "Identifier" and obj.name == "Buffer" and prop in BUFFER_MAKERS and \
                self.values.value(obj, module) == ("global", "Buffer")
        return False

    def keeps_last_index(self, node):
        """Whether `node` is a variable that may hold a global or sticky regular expression, whose
        `exec` and `test` move its `lastIndex` (`const WORD = /\\w+/g` used by a handler)."""
        v = self.values.variable(node) if node.type == "Identifier" else None
        return v is not None and any(regexp_flags(e) is None or set(regexp_flags(e)) & {"g", "y"}
                                     for e in v.assigned if not isinstance(e, tuple) and is_regexp(e))

    def run_named_called_methods(self, prop, node, func, module):
        """`this.hooks?.onSave?.call(this, item)`: every program method named `onSave` may run here,
        with the first argument as its `this` (fresh14-optional-hooks' audit clock)."""
        inner, args = node.callee.object, node.arguments
        if prop == "bind" or inner.type != "MemberExpression" or inner.computed:
            return
        for target in self.methods_by_name.get(member_key(inner), ()):
            self.runs_in(target, func)
            if target in self.writes_this and args:
                self.write(args[0], func, module, self.writes_this[target], node, deep=target in self.deep)
            if prop == "call":
                self.write_params(target, args[1:], func, module, node)

    def run_named_methods(self, prop, node, func, module):
        """Every program method named `prop` may run here, in the calling fluxion."""
        for target in self.methods_by_name.get(prop, ()):
            self.runs_in(target, func)
            self.write_call_target(target, node, func, module)

    def program_value(self, node, module):
        """Whether `node` is a value of the program (not state): a local value, or an element
        of a program container that a split `for...of` or a `forEach` callback gets."""
        value = self.values.value(node, module)
        if value == LOCAL:
            return True
        v = self.values.variable(node) if node.type == "Identifier" else None
        iterated = self.finder.iterated_container(v.scope.func) if v is not None and v.kind == "param" else None
        return iterated is not None and not is_outside(self.values.value(*iterated))

    def class_methods(self):
        return [f for fs in self.methods_by_name.values() for f in fs if f.is_method and f.property is None]

    def literal_functions(self, node, func):
        """The functions written as properties of the object literals `node`'s variables
        are made from (`const checks = { a: () => ..., b() {...} }`)."""
        found = []
        path, roots = literal_path(node), self.roots(node, func)
        for root in self.state_roots(roots, func):
            if root[0] == "var":  # `plugins[name][hook](...)`: also the functions of the literals inside
                # through another variable (`const p = plugins[name]; p[hook]()`), any literal inside
                keys = path if root[1] is self.values.variable(chain_base(node)) else [None] * MAX_TABLE_DEPTH
                self.add_table_functions(nested_literals(root[1].assigned, keys), found)
            elif root[0] == "exports":  # `broker[action](name)` on `import * as broker`, a required module
                self.add_exported_functions(root[1], found)
        return found

    def add_exported_functions(self, path, found):
        """Adds to `found` the program functions module `path` exports (by name, or in an object
        literal given to `module.exports`)."""
        module = next((m for m in self.scopes.service.modules if m.path == path), None)
        if module is None:
            return
        for name, expr in self.scopes.exports.get(path, {}).items():
            if name is None:
                self.add_table_functions([expr], found)
                continue
            value = self.values.value(expr, module)
            if value[0] == "func" and value[1] not in found:
                found.append(value[1])

    def literal_of(self, node, module):
        """The object literal of the program `node`'s value is, or None."""
        value = self.values.value(node, module)
        return value[1] if value[0] == "object" else None

    def picked_functions(self, callee, module):
        """`const handler = handlers[type]; handler(job)`: the functions of the table."""
        v = self.values.variable(callee)
        found = []
        for expr in (v.assigned if v is not None else ()):
            if getattr(expr, "type", None) == "MemberExpression" and expr.computed:
                self.add_table_functions([self.literal_of(expr.object, module)], found)
        return found

    def add_table_functions(self, exprs, found):
        """Adds to `found` the functions written as properties of the object literals among `exprs`,
        or as elements of the array literals (`const steps = [(x) => ..., audit]`)."""
        if self._funcs_by_node is None:
            self._funcs_by_node = {id(f.node): f for f in self.scopes.funcs}
        for expr in exprs:
            t = getattr(expr, "type", None)
            if t == "ArrayExpression":
                values = [e for e in expr.elements if e is not None]
            elif t == "ObjectExpression":
                values = [getattr(prop, "value", None) for prop in expr.properties]
            else:
                continue
            for value in values:
                target = self._funcs_by_node.get(id(value))
                if target is not None and target not in found:
                    found.append(target)

    def reads_only(self, prop):
        """A method name that changes nothing: a read-only built-in that no method of
        the program named alike writes `this`."""
        if prop is None or self.program_method_writes(prop):
            return False
        return prop in READ_ONLY_METHODS or NUMBER_READERS.fullmatch(prop) is not None

    def program_method_writes(self, prop):
        return any(f in self.writes_this for f in self.methods_by_name.get(prop, ()))

    def holds_state(self, node, func):
        return bool(self.state_roots(self.roots(node, func), func))

    def holds_program_object(self, node, func):
        """Whether `node` may be program state made by the program: objects from outside
        code (a request, a stream, a parsed reply) have only the runtime's methods. What an app's
        `locals` hold is the program's (`app.locals.hits = createCounter()`, then
        `req.app.locals.hits.inc(m)`: fresh14-factory-services)."""
        locals_ = through_locals(node) or self.from_locals(node)
        return self.program_object_among(self.state_roots(self.roots(node, func), func, locals_))

    def program_object_among(self, roots):
        for root in roots:
            v = root[1] if root[0] == "var" else named_param(root[1]) if root[0] == "param" else None
            if v is None or self.values.variable_value(v) != EXTERNAL or self.made_by_builtin(v):
                return True
        return False

    @staticmethod
    def made_by_builtin(v):
        """`Object.create(null)`, `JSON.parse(text)`: outside code made it, but a plain object."""
        return any(not isinstance(e, tuple) and e.type == "CallExpression" and e.callee.type == "MemberExpression"
                   and e.callee.object.type == "Identifier" and e.callee.object.name in PLAIN_MAKERS
                   for e in v.assigned)

    def visit_unknown_call(self, func, module, node):
        """A function the analysis cannot see, handed program state, may change it."""
        callee = node.callee
        if callee.type == "Identifier":
            v = self.values.variable(callee)
            ref = param_ref(v)
            if ref is not None and not self.values.callers.get(ref.func) and self.iterated_by(v) is None:
                self.note_escaped(node.arguments, func)
                return  # a parameter of a function only outside code calls: `next`, `done`
            if v is None and callee.name in BUILTIN_GLOBALS:
                return
        value = self.values.value(callee, module)
        if self.package_function(callee, module):
            self.handed_to_package(func, module, node)
            return
        # an element of a program container that a forEach callback gets (`listeners.forEach((fn) =>
        # fn(state))`) is a value of the program, whatever outside code calls the callback
        element = callee.type == "Identifier" and v is not None and self.iterated_by(v) is not None
        if value[0] == "func" or (is_outside(value) and not is_user_global(value) and not element):
            return
        from_state = callee.type == "Identifier" and self.holds_state(callee, func)
        if callee.type == "Identifier":
            for target in self.picked_functions(callee, module):
                self.runs_in(target, func)
                self.write_params(target, node.arguments, func, module, node)
        kept = self.handed_functions() if from_state else []
        if callee.type != "Super" and self.in_program_data(callee, func):
            kept = kept + self.stored_functions()
        for target in kept:  # `for (const fn of this.#listeners) fn(e)`, `ops.get(name)(x)`
            self.runs_in(target, func)
            self.write_params(target, node.arguments, func, module, node)
        if callee.type != "Super" and self.in_program_data(callee, func):
            self.run_stored_fluxions(node, func, module)
        for arg in node.arguments:
            if self.holds_state(arg, func):
                self.write(arg, func, module, None, node, unresolved=short_callee(module, callee))

    def note_escaped(self, args, func):
        for arg in args:
            for root in self.roots(arg, func):
                if root[0] == "var" and root[1].is_module_level and not self.is_runtime(root[1]):
                    self.escaped.add(root[1])

    def note_request_write(self, node, func, module, site, at):
        """`req.user.visits += 1`: a change inside a field of a parameter of a fluxion's
        function (a request, a response) that Express does not make afresh."""
        first = None
        while node.type == "MemberExpression":
            if node.computed or node.property.type != "Identifier":
                first = None
            else:
                first = node.property.name
            node = node.object
        if first is None or first in REQUEST_OWN_FIELDS or node.type != "Identifier":
            return
        v = self.values.variable(node)
        ref = param_ref(v)
        if ref is not None and ref.func in self.fluxion_funcs:
            entry = (func, module, site, at)
            if entry not in self.request_writes:
                self.request_writes.append(entry)

    def package_function(self, callee, module):
        """`_.set`, `merge` from `require('lodash')`: a function of an npm package, code the
        analysis does not read (Node's own modules and the runtime's are known)."""
        return package_of(module_name(without_interop(self.values.value(callee, module)))) is not None

    def made_by_package(self, callee, module):
        """A module variable given once what a package call made (`const priceOf = _.memoize(f)`,
        `const seed = _.once(f)`): a function that may keep state of its own, which each call may
        change (a cache on the function, a flag in the package's closure)."""
        if callee.type != "Identifier":
            return False
        v = self.values.variable(callee)
        if v is None or not v.is_module_level or len(v.assigned) != 1:
            return False
        made = v.assigned[0]
        return getattr(made, "type", None) == "CallExpression" and \
            self.package_function(made.callee, v.scope.module or module)

    def package_made_holder(self, node, module):
        """The module variable (its identifier) at the root of `node` (`bus`, `events$.pipe(...)`)
        that was given once what a package call or `new` made; None otherwise."""
        while node.type in ("MemberExpression", "CallExpression", "ChainExpression"):
            node = node.object if node.type == "MemberExpression" else \
                node.expression if node.type == "ChainExpression" else node.callee
        v = self.values.variable(node) if node.type == "Identifier" else None
        if v is None or not v.is_module_level or len(v.assigned) != 1:
            return None
        made = v.assigned[0]
        if getattr(made, "type", None) not in ("CallExpression", "NewExpression"):
            return None
        return node if self.package_function(made.callee, v.scope.module or module) else None

    def calls_into_package_object(self, func, module, node):
        """`cache.fetch(k)` on `const cache = new LRUCache({ fetchMethod, dispose })`: the
        functions of the service handed to the package where it made the object may run in
        any call into it (a loader, a dispose callback), so what they write by name the caller
        writes; and the object may keep what they gave it (a fetched value): a possible write
        of it."""
        callee = node.callee
        holder = callee.object if callee.type == "MemberExpression" else callee
        v = self.values.variable(holder) if holder.type == "Identifier" else None
        handed = self.package_callbacks(v, module) if v is not None else ()
        if not handed:
            return
        for target in handed:
            self.runs_in(target, func)
        self.write(holder, func, module, None, node, unresolved=short_callee(module, callee))

    def package_callbacks(self, v, module):
        """The service's functions handed to the package call that made module variable v's
        value (`new LRUCache({ fetchMethod: async (k) => ... })`), in its arguments or the
        object literals among them; [] when a package did not make it."""
        if v in self._package_handed:
            return self._package_handed[v]
        found = []
        if v.is_module_level and len(v.assigned) == 1:
            made = v.assigned[0]
            if getattr(made, "type", None) in ("CallExpression", "NewExpression") \
                    and self.package_function(made.callee, v.scope.module or module):
                found = [f for f in self.callbacks(made.arguments, v.scope.module or module)
                         if not isinstance(f, ParamRef)]
                self.add_table_functions([a for a in made.arguments if a.type == "ObjectExpression"], found)
        self._package_handed[v] = found
        return found

    def handed_to_package(self, func, module, node):
        """A package's function handed program state may change it (`_.set(settings, k, v)`)."""
        for arg in node.arguments:
            if self.holds_state(arg, func):
                self.write(arg, func, module, None, node, unresolved=short_callee(module, node.callee))

    def handed_functions(self):
        """The program functions handed to code of the program (`Store.instance.subscribe(fn)`,
        whether the analysis resolves that call or not): whatever kept them, a function value
        taken from program state may be one of them."""
        if self._handed is None:
            self._handed = []
            for call in self.scopes.calls:
                if is_outside(self.values.value(call.node.callee, call.module)):
                    continue
                tables = []  # `new JobQueue(handlers)`: the functions of a table handed over
                for arg in call.node.arguments:
                    self.add_table_functions([self.literal_of(arg, call.module)], tables)
                for target in self.callbacks(call.node.arguments, call.module) + tables:
                    if target not in self._handed and target not in self.fluxion_funcs:
                        self._handed.append(target)
        return self._handed

    def stored_functions(self):
        """The program functions put into program data, where a call of a value taken from it may
        find them: put into a container of state (`hooks.push(fn)`, `ops.set('inc', fn)`, main's
        `new Map([['inc', fn]])`), assigned to a property of state (`registry[name] = fn`) or kept
        as a class field (`inc = () => {...}`)."""
        if self._stored is None:
            self._stored, self._stored_fluxions = [], []
            for call in self.scopes.calls:
                callee = call.node.callee
                if (callee.type == "MemberExpression" and member_key(callee) in MUTATING_METHODS
                        and self.in_program_data(callee.object, call.func)) or \
                        (call.func is None and call.node.type == "NewExpression" and callee.type == "Identifier"
                         and callee.name in ("Map", "Set", "WeakMap")):
                    self.add_stored(self.callbacks(call.node.arguments, call.module), fluxions=True)
                    # `this.#factories.set(name, { factory, lifetime })`: the functions of an entry made there,
                    # or in a variable (`const tap = { name, fn }; this.taps.push(tap)`)
                    entries = self.entry_objects(call.node.arguments)
                    self.add_stored(self.finder.expand([i for a in entries for i in self.finder.held_items(a, call.module)]),
                                    fluxions=True)
                    self.add_stored(self.passed_by_name(call.node.arguments, call.module), fluxions=True)
                    # `hooks.add({ plugin, fn })` in an `on(event, fn)` the analysis sees no call of
                    self.add_stored(self.passed_by_name([p.value for a in entries
                                                         for p in a.properties if p.type == "Property"], call.module),
                                    fluxions=True)
            for func, module, node in self.sites:
                if node.type == "AssignmentExpression" and node.left.type == "MemberExpression" \
                        and self.in_program_data(node.left.object, func, exports=False) \
                        and not is_prototype(node.left.object):  # `Counter.prototype.inc = ...`: a method
                    self.add_stored(self.callbacks([node.right], module))
            self.add_stored([func for func in self.scopes.funcs if func.is_field])
        return self._stored

    def in_program_data(self, node, func, exports=True):
        """Whether `node` may be taken from data the program keeps: a module variable's value, an
        object's field or (`exports`) a module's exports; not only what a parameter was given."""
        kinds = ("this", "exports") if exports else ("this",)
        return any(depth == 0 and (root[0] in kinds or (root[0] == "var" and not is_module_param(root[1])
                                                        and (root[1].is_module_level or self.closure_kept(root[1], func))))
                   for root, depth in self.roots(node, func).items())

    def closure_kept(self, v, func):
        """A factory's local that the closures it made keep (`const hooks = new Map()` in
        `createContext`, read by its `on` and `emit`): data the program keeps as it keeps a
        module variable's, seen from those closures (fresh22a-esm-plugins)."""
        return v.scope.func is not None and func is not None and v.scope.func is not func \
            and self.kept_by_closures(v)

    def entry_objects(self, args):
        """The object literals among a container method's arguments: written there, or the value of a
        variable assigned once (`const tap = { name, stage, fn }; this.taps.splice(at, 0, tap)`)."""
        found = []
        for arg in args:
            if arg.type == "Identifier":
                v = self.values.variable(arg)
                if v is not None and len(v.assigned) == 1 and not isinstance(v.assigned[0], tuple):
                    arg = v.assigned[0]
            if getattr(arg, "type", None) == "ObjectExpression":
                found.append(arg)
        return found

    def passed_by_name(self, args, module):
        """What a method's parameter stored in program data may be when no call of that method is
        resolved (`on(name, fn) { hooks.get(name).push(fn) }` of an object a plugin gets as a
        parameter, called `ctx.on('note:added', fn)`): the functions passed there by every call
        of a method of that name (fresh22a-esm-plugins)."""
        found = []
        for arg in args:
            for item in self.finder.items(arg, module):
                if not isinstance(item, ParamRef) or self.finder.funcs_flowing(item) or not item.func.name \
                        or not isinstance(item.index, int):
                    continue
                for call in self.scopes.calls:
                    callee = call.node.callee
                    if callee.type == "MemberExpression" and member_key(callee) == item.func.name \
                            and len(call.node.arguments) > item.index and not self.callees.get(id(call.node)):
                        for f in self.finder.expand(self.finder.items(call.node.arguments[item.index], call.module)):
                            if f not in found:
                                found.append(f)
        return found

    def add_stored(self, funcs, fluxions=False):
        for target in funcs:
            if target in self.fluxion_funcs:
                if fluxions and target not in self._stored_fluxions:
                    self._stored_fluxions.append(target)
            elif target not in self._stored:
                self._stored.append(target)

    def run_stored_fluxions(self, node, func, module):
        """A call of a value taken from program data: the fluxions kept there run in this message."""
        for target in self.stored_fluxions():
            callers = self.finder.sync_calls.setdefault(target, [])
            if func is not target and func not in callers:
                callers.append(func)
            self.write_params(target, node.arguments, func, module, node)

    def stored_fluxions(self):
        """The fluxions put into program data (stored_functions): a listener registered with a
        program object's own `on` (`ctx.on('note:added', fn)` pushing `fn` into a Map of arrays),
        which that object's `emit` then calls itself, in the caller's message
        (fresh22a-esm-plugins)."""
        self.stored_functions()
        return self._stored_fluxions

    def callbacks(self, args, module):
        found = []
        for arg in args:
            for item in self.finder.expand(self.finder.items(arg, module)):
                if item not in found:
                    found.append(item)
        return found

    def write(self, node, func, module, site, at, unresolved=None, deep=False, held=False, element=False,
              app_own=False):
        """Code of `func` changes the value of `node`: a write of each of its roots at depth 0.
        `site` is where the change itself is written (None: at `at`). `deep`: what changes may
        be any object inside node's value (a method that changed `this.store`'s contents), so
        every root it holds, at any depth, is written. `held`: only what outlives the message
        (a module variable, or what the callers pass as `this` or a parameter), not a local.
        `element`: what changes is an element of node's value (`[cart].forEach(clear)`).
        `app_own`: node is an Express app whose own property is set (`req.app.hits++`): the
        program's data on the app, which travels with it as its locals do (runtime/express.js)."""
        site = site or (module, at)
        if func is not None:
            self.note_request_write(node, func, module, site, at)
        for v in self.constructor_variables(node, module):  # `this.constructor.sent++`: a static of any subclass
            self.record(v, func, site, at, module, unresolved)
        for v in self.prototype_data_holders(node):  # `this.items.push(x)` with `Cart.prototype.items = []`
            self.record(v, func, site, at, module, unresolved)
        roots = self.roots(node, func)
        if deep:
            roots = {root: 0 for root in roots}
        elif element:
            roots = deeper(roots, -1)
        inside = deep or not self.is_own_root(node)
        for root in self.state_roots(roots, func, through_locals(node) or self.from_locals(node) or app_own):
            kind = root[0]
            if kind == "this":
                self.note(self.writes_this, root[1], site)
                if func is not root[1]:  # an arrow writing the `this` of the function it is in
                    self.note(self.lexical_writes, func, site)
                if inside:
                    self.note_deep(root[1])
            elif kind == "param":
                self.note(self.writes_param, root[1], site)
                if inside:
                    self.note_deep(root[1])
                self.write_kept_param(root[1], func, module, site, at, unresolved, inside=inside)
            elif kind == "exports":
                for v in self.exports_holders(root[1]):
                    self.record(v, func, site, at, module, unresolved)
            elif not (held and kind == "var" and not root[1].is_module_level):
                if kind == "var" and root[1].is_module_level and func is not None and self.captures(func):
                    self.note(self.captured_writes, func, site)
                self.record(root[1], func, site, at, module, unresolved)

    def write_kept_param(self, ref, func, module, site, at, unresolved, flags=MUTATE, inside=False):
        """A closure a factory made changes (or reads) the factory's parameter after the call
        returned (`makeCrudRouter(store)`'s handlers calling `store.create(...)`): it changes
        the module state each call of the factory handed there (`stores.books`), in the
        closure's fluxion, not in the caller's (fresh11-esm-crud-factory). A change `inside` the
        parameter (`opts.store.push(x)`), or through a name its pattern picks (`timed({ store })`),
        may change anything the argument holds (`timed({ store: trail })`: curried-async-factories).
        The argument may be the caller's own variable that a closure of the caller also uses
        (`const audit = new Audit(); app.use(notesRouter({ audit })); app.get('/audit', ... audit.size)`
        in a `start()`): that variable is state too, written where the parameter is."""
        if func is None or func is ref.func or not nested_in(func, ref.func):
            return
        anywhere_in = inside or named_param(ref) is None
        for caller, _, call in self.call_sites(ref.func):
            for arg in args_of(ref, call.arguments):
                roots = self.roots(arg, caller)
                if anywhere_in:
                    roots = {root: 0 for root in roots}
                for root in self.state_roots(roots, func):
                    if root[0] == "var" and (root[1].is_module_level or self.captured(root[1])):
                        self.record(root[1], func, site, at, module, unresolved, flags)

    def runs_only_in_main(self, func, hops=4):
        """Whether `func` is only called by main, directly or through functions only main calls
        (`createContainer()` at the top level): what it makes lives as long as main's values."""
        calls = self.values.callers.get(func)
        if not calls or func in self.fluxion_funcs:
            return False
        return all(c.func is None or (hops > 1 and self.runs_only_in_main(c.func, hops - 1)) for c in calls)

    def call_sites(self, target):
        """(caller, module, call node) of every call of program function `target`."""
        if self._call_sites is None:
            self._call_sites = {}
            for caller, module, node in self.sites:
                if node.type in ("CallExpression", "NewExpression"):
                    for f in self.callees.get(id(node), ()):
                        self._call_sites.setdefault(f, []).append((caller, module, node))
        return self._call_sites.get(target, ())

    def constructor_variables(self, node, module):
        """The variables of the classes `this.constructor` may be at `node`, in a method of a
        program class: that class and every program class that extends it, at any depth."""
        if not (node.type == "MemberExpression" and not node.computed and node.object.type == "ThisExpression"
                and member_key(node) == "constructor"):
            return []
        cls = self.values.enclosing_class(node, module)
        if cls is None:
            return []
        family, found = [(cls, module)], []
        for m in self.scopes.service.modules:
            for other in self.values.classes_of(m):
                chain = ("class", other, m)
                for _ in range(8):
                    if chain[1].superClass is None:
                        break
                    parent = self.values.super_of(chain)  # through a mixin, what its call gave it
                    if parent[0] != "class":
                        break
                    if parent[1] is cls:
                        family.append((other, m))
                        break
                    chain = parent
        for c, m in family:
            v = self.module_variable(m, c.id.name) if getattr(c, "id", None) is not None else None
            if v is not None and v not in found:
                found.append(v)
        return found

    def prototype_data_holders(self, node):
        """The constructors whose prototype holds, under a member name `node` reads (at any step of
        its chain: `this.items`, `cart.tags.byKind`), an object the program set there
        (`Cart.prototype.items = []`): every instance without an own one shares it, so changing it
        inside changes the constructor's prototype, whichever instance it was reached through
        (fresh26b-proto-carts). The name alone decides: an own field of that name is taken as
        the shared one too, which only makes more code stateful."""
        if self._prototype_data is None:
            self._prototype_data = {}
            for _, _, site in self.sites:
                if site.type == "AssignmentExpression" and site.left.type == "MemberExpression" \
                        and not site.left.computed and is_prototype(site.left.object) \
                        and site.left.object.object.type == "Identifier" \
                        and site.right.type not in PRIMITIVE_OR_FUNCTION_NODES:
                    v = self.values.variable(site.left.object.object)
                    if v is not None:
                        self._prototype_data.setdefault(member_key(site.left), []).append(v)
        found = []
        while node.type == "MemberExpression":
            if not node.computed:
                found.extend(v for v in self._prototype_data.get(member_key(node), ()) if v not in found)
            node = node.object
        return found

    def module_variable(self, module, name):
        for scope in self.scopes.scopes:
            if scope.kind == "module" and scope.module is module and name in scope.variables:
                return scope.variables[name]
        return None

    def state_roots(self, roots, func, locals_=False):
        """The roots a change reaches: at depth 0, neither a local of `func` nor a value of the
        runtime, but for an Express app's `locals` (`app.locals.visits++`): the program's data."""
        out = []
        for root, depth in roots.items():
            if depth > 0:
                continue
            if root[0] == "settled":
                root = ("var", root[1])
                if root[1].node is None or root[1].scope.func is func:
                    continue
            elif root[0] == "var":
                v = root[1]
                if v.node is None or v.scope.func is func:
                    continue
                if self.is_runtime(v) and not (locals_ and self.values.variable_value(v)[0] == "app"):
                    continue
            out.append(root)
        return out

    def is_runtime(self, v):
        value = without_interop(self.values.variable_value(v))
        return value[0] in RUNTIME_KINDS or (value[0] == "global" and value[1] in BUILTIN_GLOBALS)

    def runs_in(self, target, func):
        """A method, getter or setter found by its name runs inside `func` (and the
        fluxions it runs in): its own writes by name are theirs."""
        if target in self.fluxion_funcs or target is func:
            return
        callers = self.finder.sync_calls.setdefault(target, [])
        if func not in callers:
            callers.append(func)

    def is_own_root(self, node):
        """`this` or a parameter itself (a change of its own fields), not something reached from it."""
        if node.type in ("ThisExpression", "Super"):
            return True
        return node.type == "Identifier" and param_ref(self.values.variable(node)) is not None

    def note_deep(self, key):
        if key not in self.deep:
            self.deep.add(key)
            self.changed = True

    def note(self, table, key, site):
        if key not in table:
            table[key] = site
            self.changed = True

    def captures(self, func):
        """Whether `func` uses a variable of a function it is made in (a closure a factory made)."""
        if not self._scopes_of:
            for scope in self.scopes.scopes:
                self._scopes_of.setdefault(scope.func, []).append(scope)
        if func not in self._captures:
            self._captures[func] = func.parent is not None and any(
                r.variable is not None and not r.variable.is_module_level and r.variable.scope.func is not None
                and r.variable.scope.func is not func and made_in(func, r.variable.scope.func)
                for scope in self._scopes_of.get(func, ()) for r in scope.refs)
        return self._captures[func]

    def note_closure_write(self, v, func, site):
        """`func`, made inside the function that declares v (a factory), changes v: so does
        every function between them (`add` whose forEach callback does `total += x`)."""
        maker = v.scope.func
        if v.is_module_level or v.node is None or maker is None or func is None or func is maker \
                or not made_in(func, maker):
            return
        self.mark_closure_writers(func, maker, site)

    def mark_closure_writers(self, func, maker, site):
        """Every function from `func` up to (not including) `maker` changes a variable of `maker`."""
        f = func
        while f is not None and f is not maker:
            makers = self.writes_closure.setdefault(f, {})
            if maker not in makers:
                makers[maker] = site
                self.changed = True
            f = f.parent

    def write_closure_holder(self, target, node, func, module):
        """`store.dispatch(a)`, `unsubscribe()`: a function that changes a variable of the factory
        that made it (createStore's `listeners`) changes what holds it, called from outside
        that factory: the value the call reads it from (`store`, `unsubscribe`). Called by code
        of the same factory's call, the caller changes that variable too."""
        makers = self.writes_closure.get(target)
        if not makers:
            return
        outside = None
        for maker, site in list(makers.items()):
            if func is not None and made_in(func, maker):
                self.mark_closure_writers(func, maker, site)
            elif outside is None:
                outside = site
        if outside is not None:
            callee = node.callee
            if callee.type == "MemberExpression" and not callee.computed and callee.property.name in ("call", "apply") \
                    and self.values.value(callee.object, module)[0] == "func":
                callee = callee.object
            holder = callee.object if callee.type == "MemberExpression" else callee
            self.write(holder, func, module, outside, node, held=True)

    def record(self, v, func, site, at, module, unresolved, flags=MUTATE):
        """`func` writes (or reads) v's value; so it does any variable whose value is part of v's."""
        if func is None:
            return  # main: initialisation
        if flags & MUTATE and holds_primitive(v):
            return  # `const ROWS = 4` reached through `Array.from({ length: ROWS })`: nothing in it changes
        if flags & MUTATE:
            self.note_closure_write(v, func, site)
        for alias in [v] + self.aliases_of(v):
            key = (id(alias), func, id(site[1]), flags)
            if key in self.recorded:
                continue
            self.recorded.add(key)
            alias.refs.append(AliasWrite(alias, func.scope, site, unresolved, flags))
            if unresolved is not None and alias is v:
                self.report.info("possible-write", module, at.range, callee=unresolved, name=v.name)

    def aliases_of(self, v):
        """Module variables whose value may be part of v's (`const shop = state.shop`):
        changing v's objects may change theirs. So may a function's variable that closures made
        there keep (`const { stock, alerts } = services` in a router factory, its handlers reading
        `alerts` while `stock.receive()` changes it through `this.alerts`). (Any other local of a
        function is the message's.)"""
        if self._aliases is None:
            self._aliases, registered = {}, []
            for scope in self.scopes.scopes:
                for w in scope.variables.values():
                    if w.node is None or w not in self.assigned \
                            or not (w.is_module_level or self.factory_kept(w)):
                        continue
                    for root in self.var_roots(w):
                        if root[0] == "var" and root[1] is not w:
                            self._aliases.setdefault(root[1], []).append(w)
                    registered += [(w, holder) for holder in self.registered_in(w)]
            registered += self.kept_keepers() + self.stored_pairs
            for w, holder in registered:  # one object: each has the other's aliases too
                both = [w, holder] + self._aliases.get(w, []) + self._aliases.get(holder, [])
                for x in (w, holder):
                    self._aliases[x] = [a for a in dict.fromkeys(both) if a is not x]
        return self._aliases.get(v, [])

    def factory_kept(self, w):
        """A variable of a factory (`routes(services)`, run by main) that the closures it registers
        keep past the call. Not one of a handler, nor of a function with continuations of its own
        (an async function's awaits, a `.then`): those closures go on with the same call, the message's."""
        func = w.scope.func
        if self._continued is None:
            self._continued = {r.func for r in self.finder.ruptures if r.kind == "post"}
        return func is not None and func not in self.fluxion_funcs and func not in self._continued \
            and not getattr(func.node, "generator", False) and w.kind in ("var", "let", "const") \
            and any(self.inside_registered(r.scope.func, func) for r in w.refs)

    def inside_registered(self, inner, outer):
        """Whether `inner` is, or is nested in, a function that `outer` registers (a handler or listener
        the factory hands to `router.get`, a start of its own), not a callback it runs before it returns
        (`[...log].map((e) => raw[e])`, `commit((draft) => ...)`)."""
        if self._registered is None:
            self._registered = {}
            for r in self.finder.ruptures:
                if r.kind == "start":
                    self._registered.setdefault(r.func, set()).update(self.finder.expand(r.callbacks))
        registered = self._registered.get(outer, ())
        while inner is not None and inner is not outer:
            if inner in registered:
                return True
            inner = inner.parent
        return False

    def kept_keepers(self):
        """(w, holder) pairs: a method's arrow that keeps its `this` (`stats: () => this.total` in
        `register(app, ctx)`) put into what a parameter holds (`ctx.registry.push({ stats })`): the
        module variables handed there (`ctx`) hold the receiver's object (`counter`), reached through
        the arrow (fresh22a-esm-plugins)."""
        pairs = []
        for func, module, node in self.sites:
            if func is None or node.type != "CallExpression" or node.callee.type != "MemberExpression" \
                    or member_key(node.callee) not in MUTATING_METHODS:
                continue
            owner = this_owner(func)
            keepers = self.this_keepers(owner) if owner is not None else set()
            stored = [f for a in node.arguments for f in self.finder.expand(
                self.finder.items(a, module) + (self.finder.held_items(a, module) if a.type == "ObjectExpression" else []))]
            if not keepers or not any(f in keepers for f in stored):
                continue
            refs = [root[1] for root in self.roots(node.callee.object, func) if root[0] == "param"]
            for ref in refs:
                if ref.func is not owner:
                    continue
                sites = [(c, c_call) for c, _, c_call in self.call_sites(owner)]
                sites += [(c.func, c.node) for c in self.values.callers.get(owner, ())
                          if all(c.node is not n for _, n in sites)]
                for caller, call in sites:
                    callee = call.callee
                    if callee.type != "MemberExpression":
                        continue
                    receivers = self.receiver_state(callee.object, caller, owner, owner)
                    for arg in args_of(ref, call.arguments):
                        for root in self.state_roots({r: 0 for r in self.roots(arg, caller)}, owner):
                            if root[0] == "var" and root[1].is_module_level:
                                pairs += [(root[1], holder) for holder in receivers if holder is not root[1]]
        return pairs

    def registered_in(self, w):
        """The module variables holding the containers an instance `w` holds was put in by its class."""
        value = self.values.variable_value(w)
        if value[0] != "instance":
            return []
        found = []
        for container, func in self.registries.get(id(value[1]), ()):
            for root in self.state_roots(self.roots(container, func), func):
                if root[0] == "var" and root[1] is not w and root[1].is_module_level:
                    found.append(root[1])
        return found

    def exports_holders(self, path):
        """Module variables whose value may be part of `require(path)`'s, in any module."""
        if self._holders is None:
            self._holders = {}
            for scope in self.scopes.scopes:
                for w in scope.variables.values():
                    if w.node is not None and w in self.assigned and w.is_module_level:
                        for root in self.var_roots(w):
                            if root[0] == "exports":
                                self._holders.setdefault(root[1], []).append(w)
        return self._holders.get(path, [])

    def visit_bind(self, node, func, module):
        """`obj.m.bind(target)`: wherever the bound function runs, its `this` is target:
        it reads target's value, and writes it if it writes `this`."""
        fn = self.values.value(node.callee.object, module)
        # else `this.#remove.bind(this)` in a class's code: its method (ruptures.py, this_member), or
        # `controller[action].bind(controller)` in a helper handed instances: any method of their classes
        funcs = [fn[1]] if fn[0] == "func" else \
            [f for f in self.finder.items(node.callee.object, module) if not isinstance(f, ParamRef)]
        if not funcs or not node.arguments:
            return
        roots = dict(self.roots(node.arguments[0], func))
        for root in [r for r in roots if r[0] == "param"]:  # `fn.bind(controller)`, `controller` as its callers give it
            for v in self.param_sources(root[1]):
                roots.setdefault(("var", v), 0)
        for bound in funcs:
            self.bind_this(bound, roots, node, func, module)

    def bind_this(self, bound, roots, node, func, module):
        """`bound`'s `this` is what `roots` hold, wherever the bound function runs."""
        site = self.writes_this.get(bound)
        if bound in self.deep:
            roots = {root: 0 for root in roots}
        for root in self.state_roots(roots, bound):
            if root[0] == "var":
                self.record(root[1], bound, (module, node), node, module, None, READ)
                if site is not None:
                    self.record(root[1], bound, site, node, module, None)
            elif root[0] == "this":
                # `this.router.delete('/:id', this.#remove.bind(this))` in a constructor: the instances made
                for v in self.holders_of_class(self.constructed_class(root[1]), module):
                    self.record(v, bound, (module, node), node, module, None, READ)
                    if site is not None:
                        self.record(v, bound, site, node, module, None)
                if site is not None:
                    self.note(self.writes_this, root[1], site)
        self.visit_bound_arguments(node, func, module, bound)

    def constructed_class(self, func):
        """The class whose constructor `func` is, or None."""
        cls = self.values.enclosing_class(func.node, func.module) if func is not None else None
        return cls if cls is not None and any(m.type == "MethodDefinition" and m.kind == "constructor"
                                              and m.value is func.node for m in cls.body.body) else None

    def visit_bound_arguments(self, node, func, module, bound):
        """`push.bind(null, items)`: wherever the bound function runs (a timer's callback, a
        microtask, a call), its first parameters are those arguments: what it changes of them
        it changes of the state they hold (fresh16-deferred-writes)."""
        given = node.arguments[1:]
        if not given:
            return
        # a partial made in main (`const bump = inc.bind(null, tally)` at the top level): what it is
        # given are module variables, main's own scope but the program's state (fresh25c's probe)
        local_to = func if func is not None else bound
        for ref in self.written_params(bound):
            args = given if ref.index == ARGUMENTS else given[ref.index:ref.index + 1]
            for arg in args:
                roots = self.roots(arg, func)
                if ref in self.deep:
                    roots = {root: 0 for root in roots}
                for root in self.state_roots(roots, local_to):
                    if root[0] == "var":
                        self.record(root[1], bound, self.writes_param[ref], node, module, None)
                    elif root[0] == "exports":
                        for v in self.exports_holders(root[1]):
                            self.record(v, bound, self.writes_param[ref], node, module, None)


def initialiser_sites(expression):
    """The sites of a field initialiser's own code (functions made there run later)."""
    stack = [expression]
    while stack:
        n = stack.pop()
        if n.type in FUNCTION_TYPES:
            continue
        if is_site(n):
            yield n
        stack.extend(children(n))


def is_own_module_exports(node, values):
    """`module.exports` of the module's own `module`."""
    return not node.computed and node.object.type == "Identifier" and node.object.name == "module" \
        and node.property.name == "exports" and is_module_param(values.variable(node.object))


def is_module_param(v):
    """`module` or `exports` of the module's wrapper (scopes.py declares them without a node)."""
    return v is not None and v.node is None and v.kind == "param" and v.scope.kind == "module"


def within(inner, outer):
    return outer.range[0] <= inner.range[0] and inner.range[1] <= outer.range[1]


def made_in(func, outer):
    """Whether function `func` is `outer` or made inside it (`within` compares ranges, which
    different modules share)."""
    while func is not None:
        if func is outer:
            return True
        func = func.parent
    return False


def param_default(v):
    """The default of a parameter, or of a name a parameter's pattern binds (`into = journal` in
    `{ into = journal, clock = defaultClock } = {}`), else None."""
    func = v.scope.func if v.kind == "param" and v.node is not None else None
    if func is None:
        return None
    todo = list(func.node.params)
    while todo:
        node = todo.pop()
        if node.type == "AssignmentPattern":
            if node.left is v.node:
                return node.right
            todo.append(node.left)
        elif node.type == "ObjectPattern":
            todo.extend(p.value if p.type == "Property" else p for p in node.properties)
        elif node.type == "ArrayPattern":
            todo.extend(e for e in node.elements if e is not None)
        elif node.type == "RestElement":
            todo.append(node.argument)
    return None


def through_locals(node):
    """Whether a changed value is reached through `.locals` (`req.app.locals.list`, `app.locals`)."""
    while node.type == "MemberExpression":
        if not node.computed and node.property.name == "locals":
            return True
        node = node.object
    return False


CONVERTING_OPERATORS = {"+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "==", "!="}


def converted_operands(node):
    """The operands of `node` that JavaScript converts to primitives, literals left out."""
    if node.type == "TemplateLiteral":
        operands = node.expressions
    elif node.type == "BinaryExpression" and node.operator in CONVERTING_OPERATORS:
        operands = [node.left, node.right]
    elif node.type == "UnaryExpression" and node.operator in ("+", "-"):
        operands = [node.argument]
    else:
        return []
    return [o for o in operands if o.type not in ("Literal", "TemplateLiteral")]


ITERATOR_METHODS = "@@iterator"
# Built-in functions iterating their first argument.
ITERATING_FUNCTIONS = {("Array", "from"), ("Object", "fromEntries"), ("Promise", "all"), ("Promise", "allSettled"),
                       ("Promise", "any"), ("Promise", "race"),
                       ("__rt", "asyncIter")}  # a `for await` written out (analyzer/forawait.py)


def is_iterator_key(key):
    return key.type == "MemberExpression" and not key.computed and key.object.type == "Identifier" \
        and key.object.name == "Symbol" and key.property.name in ("iterator", "asyncIterator")


def is_to_primitive_key(key):
    return key.type == "MemberExpression" and not key.computed and key.object.type == "Identifier" \
        and key.object.name == "Symbol" and key.property.name == "toPrimitive"


def is_captured(ref):
    """A reference, in a function, to a variable of a function around it."""
    v = ref.variable
    return ref.scope.func is not None and not v.is_module_level and v.node is not None and v.scope.func is not ref.scope.func


def is_site(node):
    """A node that may change a value: an assignment, `++`, `delete`, a call, a getter read (`{ ...gauge }` too)."""
    return node.type in ("AssignmentExpression", "UpdateExpression", "CallExpression", "NewExpression",
                         "MemberExpression", "TaggedTemplateExpression") or (
        node.type == "UnaryExpression" and node.operator == "delete") or (
        node.type == "ObjectExpression" and any(p.type == "SpreadElement" for p in node.properties))


# The global variable holding the listeners of the service's own process events (runtime/node_globals.js)
PROCESS_EVENTS_VAR = "Symbol.for(liquefy.process.events)"
PROCESS_LISTENER_CHANGES = frozenset(("on", "once", "addListener", "prependListener", "prependOnceListener", "off",
                                      "removeListener", "removeAllListeners"))
PROCESS_LISTENER_READS = frozenset(("emit", "listeners", "rawListeners", "listenerCount", "eventNames"))


def is_node_process_event(name):
    return isinstance(name, str) and (name.startswith("SIG") or name in (
        "exit", "beforeExit", "uncaughtException", "uncaughtExceptionMonitor", "unhandledRejection",
        "rejectionHandled", "warning", "message", "disconnect", "worker", "multipleResolves"))


ANY_NAME = "*"  # an accessor defined under a computed name: it may be any property


class AccessorTable(dict):
    """Accessors by property name; those defined under a computed name (ANY_NAME) are found under every name."""

    def __contains__(self, name):
        return dict.__contains__(self, name) or dict.__contains__(self, ANY_NAME)

    def __getitem__(self, name):
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def get(self, name, default=None):
        own, wild = dict.get(self, name), dict.get(self, ANY_NAME)
        if own is None and wild is None:
            return default
        return (own or []) + ([f for f in wild if f not in (own or [])] if wild and name != ANY_NAME else [])


class ExpressionBody:
    """An arrow function's expression body as the statement its walk goes through."""

    def __init__(self, expression):
        self.type = "ExpressionStatement"
        self.expression = expression


# What a stream calls of its own class as data flows, and what makes data flow through one
STREAM_HOOKS = ("_transform", "_flush", "_write", "_writev", "_final", "_read", "_destroy", "_construct")
STREAM_DRIVERS = frozenset(("write", "end", "pipe", "pipeline", "read", "resume", "compose", "finished", "from"))

PRIMITIVE_OR_FUNCTION_NODES = ("Literal", "TemplateLiteral", "FunctionExpression", "ArrowFunctionExpression",
                               "UnaryExpression", "BinaryExpression")


def is_prototype(node):
    return node.type == "MemberExpression" and member_key(node) == "prototype"


def is_regexp(node):
    """A regular expression literal, or `new RegExp(...)` / `RegExp(...)`."""
    return getattr(node, "regex", None) is not None or (
        node.type in ("NewExpression", "CallExpression") and node.callee.type == "Identifier"
        and node.callee.name == "RegExp")


def regexp_flags(node):
    """The flags of a regular expression literal or of `new RegExp(source, 'flags')`: '' for
    none, None when the code computes them."""
    if getattr(node, "regex", None) is not None:
        return node.regex.flags
    if len(node.arguments) < 2:  # `new RegExp(/\\w+/g)` keeps the flags of the one it copies
        return node.arguments[0].regex.flags if node.arguments and getattr(node.arguments[0], "regex", None) else ""
    return literal_string(node.arguments[1])


def union(*parts):
    out = {}
    for part in parts:
        for root, depth in part.items():
            if root not in out or depth < out[root]:
                out[root] = depth
    return out


def nested_in(inner, outer):
    """`inner` is a function made inside `outer` (at any depth)."""
    f = inner.parent
    while f is not None:
        if f is outer:
            return True
        f = f.parent
    return False


def timer_arguments_start(node, values):
    """Where the arguments a timer call hands its callback start (`setTimeout(cb, ms, a, b)`: 2),
    or None for any other node."""
    if node.type != "CallExpression":
        return None
    callee = node.callee
    if callee.type == "Identifier" and callee.name in TIMER_ARGUMENTS and values.variable(callee) is None:
        return TIMER_ARGUMENTS[callee.name]
    if callee.type == "MemberExpression" and member_key(callee) == "nextTick" and callee.object.type == "Identifier" \
            and callee.object.name == "process" and values.variable(callee.object) is None:
        return 1
    return None


def is_promise_constructor(node, values):
    """`new Promise(executor)`, with the global Promise."""
    callee = node.callee
    return node.type == "NewExpression" and callee.type == "Identifier" and callee.name == "Promise" \
        and values.variable(callee) is None and bool(node.arguments) and node.arguments[0].type in FUNCTION_TYPES


def holds_primitive(v):
    """A `const` whose value is a number, string, boolean or null literal: no write changes it."""
    if v.kind != "const" or len(v.assigned) != 1 or isinstance(v.assigned[0], tuple):
        return False
    init = v.assigned[0]
    if init.type == "UnaryExpression" and init.operator in ("-", "+", "!"):
        init = init.argument
    return (init.type == "Literal" and getattr(init, "regex", None) is None) or \
        (init.type == "TemplateLiteral" and not init.expressions)


PRIMITIVE_OPERATORS = frozenset("- + * / % ** -= += *= /= %= **= ++ -- ! ~ typeof void < > <= >= == != === !== "
                                 "<< >> >>> & | ^ in instanceof".split())


def only_primitives(v):
    """A variable only ever given numbers, strings, booleans or null (`let balance = 100; balance -= n`):
    a copy of its value (`const left = balance`) shares nothing with it."""
    if not v.assigned or v.kind not in ("var", "let", "const"):
        return False
    for e in v.assigned:
        if isinstance(e, tuple):
            return False
        t = e.type
        if t == "Literal" and getattr(e, "regex", None) is None or t == "TemplateLiteral":
            continue
        if t in ("UnaryExpression", "BinaryExpression", "UpdateExpression", "AssignmentExpression") \
                and e.operator in PRIMITIVE_OPERATORS:
            continue
        return False
    return True


def copied(roots):
    """A shallow copy of a value with these roots (`list.slice()`, `Object.values(stores)`,
    `{ ...x }`): a new object, whose contents are the original's (`stores`'s `x` is an element
    of `Object.values(stores)`)."""
    return {root: depth or 1 for root, depth in roots.items()}


def collected(kind, roots):
    """`new Set(iterable)` holds the iterable's elements; `new Map(entries)` each entry's value."""
    if kind in ("Map", "WeakMap"):
        return {root: 1 if depth <= 1 else depth - 1 for root, depth in roots.items()}
    return copied(roots)


def deeper(roots, step):
    """Roots `step` property steps nearer (+1: `[x]` holds x) or further (-1: `x.p` of x)."""
    return {root: max(depth + step, 0) for root, depth in roots.items()}


def unnamed_param_roots(v):
    """The roots of a parameter that is no position's plain name: `arguments` holds every
    argument, a rest parameter those from its position on; a name in a pattern or with a
    default is its position's argument or something in it."""
    func = v.scope.func
    if v.kind != "param" or func is None:
        return {}
    if v.node is None:
        return {("param", ParamRef(func, ARGUMENTS)): 1} if v.name == "arguments" else {}
    for index, param in enumerate(func.node.params):
        if within_node(v.node, param):
            whole_rest = param.type == "RestElement" and param.argument.type == "Identifier"
            return {("param", ParamRef(func, index)): 1 if whole_rest else 0}
    return {}


def args_of(ref, args):
    """The arguments of a call that parameter `ref` may get: its position's, every one from a
    rest parameter's position on, any for ARGUMENTS; one at or after a spread may be any
    position from the spread's on."""
    params = ref.func.node.params
    spread = next((i for i, a in enumerate(args) if a.type == "SpreadElement"), len(args))
    if ref.index == ARGUMENTS:
        return list(args)
    rest = params[ref.index].type == "RestElement"
    return [arg for i, arg in enumerate(args)
            if i == ref.index or (rest and i > ref.index) or (i >= spread and (rest or ref.index >= spread))]


def named_param(ref):
    """The Variable of a plain named parameter, None for a pattern, a rest one or ARGUMENTS."""
    return ref.func.params[ref.index] if 0 <= ref.index < len(ref.func.params) else None


def borrowed_mutator(node):
    """`Array.prototype.push`, `[].push`, `Map.prototype.set`: a built-in changing method taken
    off its object, called on another with `call` or `apply`."""
    return node.type == "MemberExpression" and not node.computed and node.property.name in MUTATING_METHODS \
        and (node.object.type == "ArrayExpression" or node.object.type == "MemberExpression"
             and not node.object.computed and node.object.property.name == "prototype")


def this_owner(func):
    """The function whose `this` a `this` in `func` is (arrows have their outer one's; a
    class field's arrow is like a method: its `this` is the instance)."""
    while func is not None and func.node.type == "ArrowFunctionExpression" and not func.is_field:
        func = func.parent
    return func


def builtin_function(callee):
    """("Object", "assign") for `Object.assign`, or None."""
    if callee.type == "MemberExpression" and not callee.computed and callee.object.type == "Identifier":
        return callee.object.name, callee.property.name
    return None


def is_user_global(value):
    """`global.plugin`, `globalThis.x`: a value someone set on the global object."""
    while value[0] == "member":
        value = value[1]
    return value[0] == "global" and value[1] in ("global", "globalThis")


def short_callee(module, node):
    return module.text[node.range[0]:node.range[1]].replace("\n", " ")[:60]


MAX_TABLE_DEPTH = 3


def literal_path(node):
    """The keys from a variable to `node` (`plugins[name]` -> [None], `hooks.byEvent` -> ['byEvent']),
    None for a computed one; [] when `node` is no chain of members on a variable."""
    path = []
    while node.type in ("MemberExpression", "ChainExpression") and len(path) < MAX_TABLE_DEPTH:
        if node.type == "ChainExpression":
            node = node.expression
            continue
        path.append(None if node.computed and node.property.type != "Literal" else member_key(node))
        node = node.object
    return path[::-1] if node.type == "Identifier" else []


def chain_base(node):
    while node.type in ("MemberExpression", "ChainExpression"):
        node = node.expression if node.type == "ChainExpression" else node.object
    return node


def nested_literals(exprs, path):
    """`exprs` and the object and array literals reached from them along `path` (a table of tables:
    `const plugins = { archive: { onClose() {...} } }` called as `plugins[name][hook](...)`)."""
    out, level = list(exprs), list(exprs)
    for key in path:
        inner = []
        for expr in level:
            t = getattr(expr, "type", None)
            if t == "ObjectExpression":
                inner += [p.value for p in expr.properties if p.type == "Property"
                          and (key is None or p.computed or property_name(p.key) == key)]
            elif t == "ArrayExpression":
                inner += [e for e in expr.elements if e is not None]
        level = [e for e in inner if e.type in ("ObjectExpression", "ArrayExpression")]
        out += level
    return out


def of_this(node):
    """`this`, or a part of it: `this.#subs`, `this.items[0]`."""
    while node.type == "MemberExpression":
        node = node.object
    return node.type == "ThisExpression"
