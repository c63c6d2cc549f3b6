"""Which generator functions make objects that can travel between messages.

V8 shows nothing of a suspended generator's frame, so a generator object kept in
state travels as the call that made it and the calls that advanced it since
(`next(v)`, `return(v)`, `throw(e)`), replayed where it arrives (runtime/core.js,
`rt.gen`). A replay gives the same generator only when its body depends on nothing
but its arguments and the values it is given, and changes nothing a replay would
change again. This pass checks that of each generator function, conservatively:
its body may read its own variables, constants outside it bound to a primitive
literal, and pure built-ins; it may not use `this`, call the program's functions,
make functions, change an object's fields or read anything that changes.
`replay_reasons` gives, for each generator function, None (its objects can travel)
or why not, with the `file:line` where the body does it.
"""
from .scopes import FUNCTION_TYPES, MUTATING_METHODS, children
from .state import READ_ONLY_METHODS

# Globals a replayable body may use. Math.random and Date are left out: they differ on replay.
PURE_GLOBALS = frozenset("""
Math Number String Boolean BigInt JSON Array Object Map Set Error TypeError RangeError parseInt parseFloat isNaN isFinite
Infinity NaN undefined arguments
""".split())
IMPURE_MEMBERS = {("Math", "random")}
PURE_CONSTRUCTORS = frozenset("Map Set Array Object Error TypeError RangeError".split())
PURE_FUNCTIONS = frozenset("Number String Boolean BigInt parseInt parseFloat isNaN isFinite".split())


def replay_reasons(scopes):
    """{Func: None or the reason its objects cannot be replayed} for every generator function
    (async generators and methods aside: their objects never travel)."""
    out = {}
    for func in scopes.funcs:
        node = func.node
        if getattr(node, "generator", False) and not func.is_async and not func.is_method:
            out[func] = reason(func, scopes)
    return out


def reason(func, scopes):
    for scope in scopes.scopes:
        if scope.func is not func:
            continue
        for ref in scope.refs:
            why = outside_reference(ref, func)
            if why:
                return at(func, ref.node, why)
    return body_reason(func)


def outside_reference(ref, func):
    v, name = ref.variable, ref.node.name
    if v is None:
        return None if name in PURE_GLOBALS else f"it reads the global `{name}`"
    if v.scope.func is func:
        return None
    if ref.writes():
        return f"it writes `{name}`, a variable outside it"
    if constant_primitive(v):
        return None
    return f"it reads `{name}`, a variable outside it"


def constant_primitive(v):
    """A `const` bound to a literal number, string, boolean or null, never written."""
    if v.kind != "const" or not v.assigned or any(r.writes() for r in v.refs):
        return False
    init = v.assigned[0]
    if getattr(init, "type", None) == "UnaryExpression" and init.operator == "-":
        init = init.argument
    return getattr(init, "type", None) == "Literal" and getattr(init, "regex", None) is None


def body_reason(func):
    stack = list(func.node.params) + [func.node.body]
    while stack:
        node = stack.pop()
        if node.type in FUNCTION_TYPES:
            return at(func, node, "it makes a function")
        why = node_reason(node)
        if why:
            return at(func, node, why)
        stack.extend(children(node))
    return None


def node_reason(node):
    t = node.type
    if t == "ThisExpression":
        return "it uses `this`"
    if t in ("AssignmentExpression", "UpdateExpression") and \
            (node.left if t == "AssignmentExpression" else node.argument).type == "MemberExpression":
        return "it changes an object's field"
    if t == "UnaryExpression" and node.operator == "delete":
        return "it deletes an object's field"
    if t == "NewExpression" and not (node.callee.type == "Identifier" and node.callee.name in PURE_CONSTRUCTORS):
        return "it makes an object with `new` of something other than a plain built-in"
    if t == "CallExpression":
        return call_reason(node.callee)
    if t == "TaggedTemplateExpression":
        return "it calls a template tag"
    return None


def call_reason(callee):
    if callee.type == "Identifier":
        return None if callee.name in PURE_FUNCTIONS else f"it calls `{callee.name}`"
    if callee.type == "MemberExpression" and not callee.computed:
        prop = callee.property.name
        if callee.object.type == "Identifier" and callee.object.name in ("Math", "JSON", "Number", "String", "Array",
                                                                         "Object"):
            pair = (callee.object.name, prop)
            return f"it calls `{pair[0]}.{prop}`" if pair in IMPURE_MEMBERS or prop in MUTATING_METHODS \
                or prop in ("assign", "defineProperty", "setPrototypeOf", "freeze") else None
        if prop in READ_ONLY_METHODS and prop not in MUTATING_METHODS:
            return None
        return f"it calls the method `{prop}`"
    return "it calls a computed function"


def at(func, node, why):
    pos = func.module.lines.pos(node.range[0])
    return f"{why} ({func.module.path}:{pos['line']})"


def report_kept_generators(state, reasons, report):
    """A warning where a variable that outlives its message may hold an object of a
    generator function that cannot be replayed: keeping it in state will fail."""
    for v, funcs in state.generator_holders.items():
        if v.node is None or not (v.is_module_level or state.captured(v)):
            continue
        for func in sorted(funcs, key=lambda f: f.range[0]):
            if reasons.get(func):
                report.warning("generator-state", v.scope.module, v.node.range, variable=v.name,
                               name=func.name or "an anonymous generator function", why=reasons[func])
