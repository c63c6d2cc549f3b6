"""The npm packages a service uses, for the graph: each as one box, with the fluxions
that call it. Library code is never analysed here: only the service's own `require`s
of packages and the references to what they bind are followed, so node_modules/
costs the analysis nothing."""
from .scopes import children
from .values import module_name

# Node.js's own modules: require() never looks for these in node_modules/.
NODE_CORE = frozenset("""
assert assert/strict async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns
dns/promises domain events fs fs/promises http http2 https inspector module net os path path/posix path/win32
perf_hooks process punycode querystring readline readline/promises repl stream stream/consumers stream/promises
stream/web string_decoder sys timers timers/promises tls trace_events tty url util util/types v8 vm wasi
worker_threads zlib
""".split())
PROVIDED = frozenset(("express", "redis", "ioredis"))  # the runtime's own, never from node_modules/


def package_of(request):
    """'lodash' for 'lodash/fp', '@scope/x' for '@scope/x/y'; None for a relative path, a
    module of Node.js or one the runtime provides."""
    if not isinstance(request, str) or not request or request.startswith((".", "/", "#", "node:")):
        return None
    if request in NODE_CORE:
        return None
    parts = request.split("/")
    name = "/".join(parts[:2]) if request.startswith("@") else parts[0]
    return None if name in PROVIDED else name


def required_names(node):
    """'x' for `require('x')`, else None."""
    if node.type == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "require" \
            and len(node.arguments) == 1 and node.arguments[0].type == "Literal":
        return node.arguments[0].value
    return None


def package_uses(scopes, values, runs_of):
    """{package: set of run keys (Func roots or MAIN)}: where each package is required or
    what its require bound is referenced. `runs_of(func)` gives the fluxions a function runs in."""
    uses = {}
    for scope in scopes.scopes:
        for ref in scope.refs:
            v = ref.variable
            if v is None or not v.is_module_level:
                continue
            name = package_of(module_name(values.variable_value(v)))
            if name:
                uses.setdefault(name, set()).update(runs_of(ref.func))
    return uses


def required_packages(module, funcs, runs_of):
    """{package: run keys} for the `require('pkg')` calls of one module, wherever they are."""
    own = sorted((f for f in funcs if f.module is module), key=lambda f: f.range[1] - f.range[0])
    uses = {}

    def visit(node):
        name = package_of(required_names(node))
        if name:
            inner = next((f for f in own if f.range[0] <= node.range[0] and node.range[1] <= f.range[1]), None)
            uses.setdefault(name, set()).update(runs_of(inner))
        for child in children(node):
            visit(child)
    visit(module.ast)
    return uses
