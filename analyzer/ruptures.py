"""Rupture points: the call sites where a function is handed to an asynchronous callee.

Every call site of the program is classified:
  - a rupture (`start`: a listener; `post`: a continuation), with its callbacks;
  - a call of a program function (function values flow into its parameters);
  - a call of a parameter (whatever function flowed into it is invoked here);
  - a synchronous call (a builtin, a known synchronous higher-order function).
"""
from collections import namedtuple

from .values import ValueTracker, is_outside, literal_string, module_name

ParamRef = namedtuple("ParamRef", "func index")

EXPRESS_METHODS = frozenset("get post put patch delete del all use head options param".split())
LISTENER_METHODS = frozenset(("on", "addListener", "prependListener"))
ONCE_METHODS = frozenset(("once", "prependOnceListener"))
PROMISE_METHODS = frozenset(("then", "catch", "finally"))
ASYNC_GLOBALS = {"setTimeout": "post", "setImmediate": "post", "queueMicrotask": "post", "setInterval": "start"}
SYNC_HOF = frozenset("""
map filter forEach reduce reduceRight sort find findIndex findLast findLastIndex some every flatMap
replace replaceAll call apply bind from toSorted match split join keys values entries
""".split())
BUILTIN_GLOBALS = frozenset("""
Array Object JSON Math String Number Boolean Symbol Date RegExp Map Set WeakMap WeakSet Reflect Proxy
Error TypeError RangeError SyntaxError console parseInt parseFloat isNaN isFinite encodeURIComponent
decodeURIComponent encodeURI decodeURI escape unescape Buffer Intl BigInt globalThis undefined NaN Infinity
process require module exports __filename __dirname clearTimeout clearInterval clearImmediate Promise
structuredClone URL URLSearchParams TextEncoder TextDecoder arguments
""".split())


class Rupture:
    """A call that hands functions to an asynchronous callee."""

    def __init__(self, call, kind, callee, callbacks, express=None):
        self.call, self.kind, self.callee, self.callbacks = call, kind, callee, callbacks
        self.express = express  # (method, path or None, base value) for Express registrations

    @property
    def func(self):
        return self.call.func


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
        self.sync_calls = {}  # Func -> [Func | None] where it is invoked synchronously
        self.user_calls = []  # (CallSite, Func)

    def run(self):
        self.find_direct_callers()
        for call in self.scopes.calls:
            self.classify(call)
        return self

    def text(self, module, node):
        return module.text[node.range[0]:node.range[1]]

    def find_direct_callers(self):
        """Who calls which program function by name: needed to know parameter values."""
        for call in self.scopes.calls:
            callee = call.node.callee
            if callee.type == "Identifier":
                v = self.values.variable(callee)
                if v is not None and v.kind != "param":
                    value = self.values.variable_value(v)
                    if value[0] == "func":
                        self.values.callers.setdefault(value[1], []).append(call)

    # -- classification -------------------------------------------------

    def classify(self, call):
        node, module = call.node, call.module
        callee = node.callee
        forced = self.overrides.get(call_key(call))
        if forced == "sync":
            self.sync_call(call, node.arguments)
        elif forced in ("post", "start"):
            self.rupture(call, forced, node.arguments)
        elif callee.type == "Identifier":
            self.classify_plain_call(call, callee)
        elif callee.type == "MemberExpression":
            self.classify_method_call(call, callee)
        else:
            value = self.values.value(callee, module)
            if value[0] == "func":
                self.user_call(call, value[1], node.arguments)
            else:
                self.sync_call(call, node.arguments)

    def classify_plain_call(self, call, callee):
        args = call.node.arguments
        v = self.values.variable(callee)
        if v is not None and v.kind == "param" and v.scope.func is not None and v in v.scope.func.params:
            ref = ParamRef(v.scope.func, v.scope.func.params.index(v))
            self.param_calls.setdefault(ref, []).append(call.func)
            self.sync_call(call, args)
            return
        value = self.values.value(callee, call.module)
        if value[0] == "func":
            self.user_call(call, value[1], args)
        elif value[0] == "global" and value[1] in ASYNC_GLOBALS:
            self.rupture(call, ASYNC_GLOBALS[value[1]], args[:1])
        elif value[0] == "global" and value[1] not in BUILTIN_GLOBALS and v is None:
            if self.function_args(args):
                self.report.info("unknown-module", call.module, call.node.range, name=value[1])
                self.rupture(call, "post", args)
        elif is_outside(value) and value[0] != "global":
            if self.function_args(args) and not (value[0] == "member" and value[2] in SYNC_HOF):
                self.rupture(call, "post", args)
        else:
            self.sync_call(call, args)

    def classify_method_call(self, call, callee):
        args, module = call.node.arguments, call.module
        prop = None if callee.computed else callee.property.name
        base = self.values.value(callee.object, module)
        kind = base[0]
        target = self.values.value(callee, module)
        if prop in ("call", "apply"):
            fn = self.values.value(callee.object, module)
            if fn[0] == "func":
                self.user_call(call, fn[1], args[1:] if prop == "call" else [])
                return
            if callee.object.type == "Identifier":
                v = self.values.variable(callee.object)
                if v is not None and v.kind == "param" and v.scope.func and v in v.scope.func.params:
                    ref = ParamRef(v.scope.func, v.scope.func.params.index(v))
                    self.param_calls.setdefault(ref, []).append(call.func)
        if kind in ("app", "router", "route") and prop in EXPRESS_METHODS:
            self.express_rupture(call, base, prop, args)
        elif kind == "app" and prop == "listen":
            self.rupture(call, "post", args)
        elif prop in LISTENER_METHODS and (kind in ("emitter", "external", "member") or self.is_param(callee.object)):
            self.rupture(call, "start", args[1:])
        elif prop in ONCE_METHODS and (kind in ("emitter", "external", "member") or self.is_param(callee.object)):
            self.rupture(call, "post", args[1:])
        elif base == ("global", "process") and prop == "nextTick":
            self.rupture(call, "post", args[:1])
        elif prop in PROMISE_METHODS and kind != "func":
            self.rupture(call, "post", args)
        elif target[0] == "func":
            self.user_call(call, target[1], args)
        elif is_outside(base) or (kind == "global" and base[1] not in BUILTIN_GLOBALS):
            if self.function_args(args) and prop not in SYNC_HOF:
                if kind == "global":
                    self.report.info("unknown-module", module, call.node.range, name=base[1])
                self.rupture(call, "post", args)
            else:
                self.sync_call(call, args)
        else:
            if self.function_args(args) and prop not in SYNC_HOF and kind != "global":
                self.report.info("unknown-callee", module, callee.range, callee=self.text(module, callee))
            self.sync_call(call, args)

    def is_param(self, node):
        if node.type != "Identifier":
            return False
        v = self.values.variable(node)
        return v is not None and v.kind == "param" and v.node is not None

    # -- outcomes ------------------------------------------------------

    def express_rupture(self, call, base, method, args):
        path = literal_string(args[0]) if args else None
        handlers = args
        if base[0] == "route":
            path = base[2]
        elif args and (path is not None or self.is_path_like(args[0], call.module)):
            handlers = args[1:]
        elif method != "use":
            handlers = args[1:]
        callbacks = self.callbacks_of(call, handlers, report_dynamic=True)
        mounted = [self.values.value(a, call.module) for a in handlers]
        self.ruptures.append(Rupture(call, "start", self.text(call.module, call.node.callee), callbacks,
                                     express=(method, path, base, mounted)))

    def is_path_like(self, node, module):
        if node.type in ("Literal", "TemplateLiteral", "ArrayExpression"):
            return node.type != "Literal" or isinstance(node.value, str) or node.regex is not None
        if node.type == "Identifier":
            value = self.values.value(node, module)
            return value[0] not in ("func", "router", "app")
        return False

    def rupture(self, call, kind, args):
        callbacks = self.callbacks_of(call, args, report_dynamic=kind == "post")
        if callbacks:
            self.ruptures.append(Rupture(call, kind, self.text(call.module, call.node.callee), callbacks))

    def user_call(self, call, func, args):
        self.user_calls.append((call, func))
        for index, arg in enumerate(args):
            items = self.items(arg, call.module)
            if items:
                self.flows.setdefault(ParamRef(func, index), []).extend(items)

    def sync_call(self, call, args):
        for arg in args:
            for item in self.items(arg, call.module):
                if isinstance(item, ParamRef):
                    self.param_calls.setdefault(item, []).append(call.func)
                else:
                    self.sync_calls.setdefault(item, []).append(call.func)

    def function_args(self, args):
        return any(arg.type in ("FunctionExpression", "ArrowFunctionExpression") or
                   (arg.type == "Identifier" and self.items(arg, None)) for arg in args)

    def callbacks_of(self, call, args, report_dynamic):
        found = []
        for arg in args:
            items = self.items(arg, call.module)
            if not items and report_dynamic and self.maybe_function(arg, call.module):
                self.report.info("dynamic-callback", call.module, arg.range,
                                 callee=self.text(call.module, call.node.callee))
            found.extend(items)
        return found

    def maybe_function(self, node, module):
        if node.type not in ("Identifier", "MemberExpression", "CallExpression"):
            return False
        value = self.values.value(node, module)
        return value[0] == "local" and module is not None

    def items(self, node, module):
        """The program functions (or parameters holding them) an expression may evaluate to."""
        t = node.type
        if t in ("FunctionExpression", "ArrowFunctionExpression"):
            return [self.values.func_of[id(node)]]
        if t == "Identifier":
            v = self.values.variable(node)
            if v is None:
                return []
            if v.kind == "param" and v.scope.func is not None and v in v.scope.func.params:
                return [ParamRef(v.scope.func, v.scope.func.params.index(v))]
            value = self.values.variable_value(v)
            return [value[1]] if value[0] == "func" else []
        if t == "ArrayExpression":
            return [i for el in node.elements if el is not None for i in self.items(el, module)]
        if t == "ConditionalExpression":
            return self.items(node.consequent, module) + self.items(node.alternate, module)
        if t == "LogicalExpression":
            return self.items(node.left, module) + self.items(node.right, module)
        if t in ("CallExpression", "MemberExpression") and module is not None:
            value = self.values.value(node, module)
            if value[0] == "func":
                return [value[1]]
            if t == "CallExpression" and node.callee.type == "MemberExpression" \
                    and not node.callee.computed and node.callee.property.name == "bind":
                return self.items(node.callee.object, module)
        return []

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


__all__ = ["RuptureFinder", "Rupture", "ParamRef", "module_name"]
