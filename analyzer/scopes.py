"""Scope analysis: every identifier resolved to its declaration.

The model (Scope, Variable, Reference, Func, CallSite) is separate from the
walker (ScopeAnalyzer). References are resolved when the whole service has been
walked, which gives `var` and function hoisting for free.
"""
from .diagnostics import Report
from .values import is_local_specifier, literal_string

READ, WRITE, MUTATE = 1, 2, 4

# Methods that change the object they are called on.
MUTATING_METHODS = frozenset("""
push pop shift unshift splice sort reverse fill copyWithin set delete add clear
""".split())

# The global object's names: a property the program writes through them is a global variable.
GLOBAL_OBJECT_NAMES = frozenset(("global", "globalThis"))
RUNTIME_GLOBALS = ("__rt", "__liquefy")  # the runtime's own globals (sealed): never program variables
FUNCTION_TYPES = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))
SKIPPED_KEYS = frozenset(("type", "range", "loc", "regex"))


class Variable:
    def __init__(self, name, scope, kind, node=None):
        self.name = name
        self.scope = scope
        self.kind = kind  # var let const function param catch class fname implicit
        self.node = node  # the declaring identifier
        self.refs = []
        self.assigned = []  # expressions assigned to it (initialiser first)

    @property
    def is_module_level(self):
        return self.scope.kind in ("module", "global")

    @property
    def range(self):
        return self.node.range if self.node is not None else [0, 0]

    def __repr__(self):
        return f"Variable({self.name!r} in {self.scope.kind})"


class Reference:
    __slots__ = ("node", "scope", "flags", "init", "value", "variable")

    def __init__(self, node, scope, flags, init=False, value=None):
        self.node, self.scope, self.flags, self.init = node, scope, flags, init
        self.value = value  # the assigned expression, for a plain `x = value`
        self.variable = None

    @property
    def func(self):
        return self.scope.func

    def reads(self):
        return bool(self.flags & READ)

    def writes(self):
        return bool(self.flags & (WRITE | MUTATE)) and not self.init


class Scope:
    def __init__(self, kind, node, parent, func, module):
        self.kind = kind  # global module function block catch class
        self.node, self.parent, self.func, self.module = node, parent, func, module
        self.variables = {}
        self.refs = []

    @property
    def var_scope(self):
        s = self
        while s.kind not in ("function", "module", "global"):
            s = s.parent
        return s

    def declare(self, name, kind, node):
        v = self.variables.get(name)
        if v is None or v.kind == "fname" or (kind != "var" and v.kind != "param"):
            v = Variable(name, self, kind, node)
            self.variables[name] = v
        return v

    def lookup(self, name):
        s = self
        while s is not None:
            v = s.variables.get(name)
            if v is not None:
                return v
            s = s.parent
        return None


class Func:
    """A function literal or declaration of the program."""

    def __init__(self, node, parent, module, name):
        self.node, self.parent, self.module, self.name = node, parent, module, name
        self.scope = None
        self.params = []  # Variable per parameter position, None for a pattern
        self.calls = []
        self.returns = []
        self.inner = []
        self.is_method = False  # an object or class method: not a standalone expression
        self.property = None  # for an object literal's method `m() {}` or accessor `get m() {}`: its Property
        self.is_field = False  # an arrow function a class field holds: its `this` is the instance (or the class)

    @property
    def range(self):
        return self.node.range

    @property
    def is_async(self):
        return bool(getattr(self.node, "isAsync", False))

    def __repr__(self):
        return f"Func({self.name or 'anonymous'}@{self.module.path}:{self.module.lines.pos(self.range[0])['line']})"


class CallSite:
    __slots__ = ("node", "func", "scope", "module", "in_loop")

    def __init__(self, node, func, scope, module, in_loop=False):
        self.node, self.func, self.scope, self.module = node, func, scope, module
        self.in_loop = in_loop  # inside a loop of its own function: it may run many times per call


def children(node):
    for key, value in node.__dict__.items():
        if key in SKIPPED_KEYS or value is None:
            continue
        if isinstance(value, list):
            for item in value:
                if item is not None and isinstance(getattr(item, "type", None), str):
                    yield item
        elif isinstance(getattr(value, "type", None), str):
            yield value


def pattern_identifiers(pattern):
    """The identifiers bound by a declaration or assignment target."""
    if pattern is None:
        return
    t = pattern.type
    if t == "Identifier":
        yield pattern
    elif t == "ObjectPattern":
        for prop in pattern.properties:
            yield from pattern_identifiers(prop.argument if prop.type == "RestElement" else prop.value)
    elif t == "ArrayPattern":
        for el in pattern.elements:
            yield from pattern_identifiers(el)
    elif t == "AssignmentPattern":
        yield from pattern_identifiers(pattern.left)
    elif t == "RestElement":
        yield from pattern_identifiers(pattern.argument)


def walk(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(children(n))


def is_reassigned(variable):
    """Written after its declaration (`count += 1`, `count = x`, `count++`)."""
    return any(r.flags & WRITE and not r.init for r in variable.refs)


def used_above(module, variable, at):
    """A reference to `variable` written before offset `at` of the user's text."""
    return any(not r.init and module.original_range(r.node.range)[0] < at for r in variable.refs)


def static_key(member):
    """"x" for `o.x` and `o['x']`, None for a computed key."""
    if not member.computed:
        return member.property.name if member.property.type == "Identifier" else None
    return member.property.value if member.property.type == "Literal" and isinstance(member.property.value, str) else None


class SymbolKey(str):
    """A global variable's key still to resolve: `globalThis[KEY]`'s identifier (ScopeAnalyzer.resolve)."""
    def __new__(cls, node):
        obj = super().__new__(cls, "\0" + node.name)
        obj.node = node
        return obj


def member_root(node):
    """`a` for `a.b[c].d`, or None when the chain does not start at an identifier."""
    while node.type == "MemberExpression":
        node = node.object
    return node if node.type == "Identifier" else None


class ScopeAnalyzer:
    """Walks every module of a service once, building scopes, functions and calls."""

    def __init__(self, service, report=None):
        self.service = service
        self.report = report or Report()
        self.global_scope = Scope("global", None, None, None, None)
        self.module_scopes = {}
        self.funcs = []
        self.calls = []
        self.exports = {}  # module path -> {name or None: expression node}
        self.mutating_calls = []  # (Reference, receiver) of `x.push(...)`, `x.set(...)`: see RuptureFinder
        self.scopes = [self.global_scope]
        self.scope = None
        self.func = None
        self.module = None
        self.loop_depth = 0
        self.shorthands = set()  # ids of identifiers written `{name}` in an object literal or a pattern
        self.declarators = {}  # id of a declared identifier -> its VariableDeclarator
        self.pattern_declarators = {}  # id of an identifier declared in a pattern (`const { a } = x`) -> its declarator
        self.loop_heads = set()  # ids of identifiers declared in a for-in/of head
        self.loop_head_of = {}  # id of an identifier a `let`/`const` for-in/of head declares -> the loop
        self.global_members = {}  # id of `global` in `global.x...` -> (x, flags of x, value assigned to x)
        self.symbol_keys = {}  # id of the key identifier of `globalThis[KEY]` -> the identifier
        self.namespace_reads = {}  # id of `count` in `N.count` linked to a live binding -> the member expression
        self.late_imports = []  # (importer path, local name, path of the module imported, name): read before it set it

    def run(self):
        for module in self.service.modules:
            self.module = module
            self.exports[module.path] = {}
            self.scope = self.global_scope
            self.module_scopes[module.path] = self.push("module", module.ast)
            for loc, why in module.kept_whole:
                self.report.info("await-kept-whole", module, None, loc=loc, why=why[0].upper() + why[1:])
            for name in ("require", "module", "exports", "__filename", "__dirname"):
                self.scope.declare(name, "param", None)
            self.visit_body(module.ast.body)
        self.resolve()
        self.link_imports()
        return self

    # -- walking -------------------------------------------------------

    def visit(self, node, name_hint=None):
        if node is None:
            return
        handler = getattr(self, node.type, None)
        if handler is not None:
            if node.type in FUNCTION_TYPES:
                handler(node, name_hint)
            else:
                handler(node)
        else:
            for child in children(node):
                self.visit(child)

    def visit_body(self, statements):
        for st in statements:
            if st.type == "FunctionDeclaration":
                self.scope.var_scope.declare(st.id.name, "function", st.id) \
                    if self.scope.kind in ("function", "module") else \
                    self.scope.declare(st.id.name, "function", st.id)
        for st in statements:
            self.visit(st)

    def push(self, kind, node):
        self.scope = Scope(kind, node, self.scope, self.func, self.module)
        self.scopes.append(self.scope)
        return self.scope

    def pop(self):
        self.scope = self.scope.parent

    def ref(self, ident, flags, init=False, value=None):
        r = Reference(ident, self.scope, flags, init, value)
        self.scope.refs.append(r)
        return r

    # -- functions -----------------------------------------------------

    def FunctionDeclaration(self, node, name_hint=None):
        v = self.scope.lookup(node.id.name)
        if v is not None:
            v.assigned.append(node)
        self.function(node, node.id.name)

    def FunctionExpression(self, node, name_hint=None):
        self.function(node, node.id.name if node.id else name_hint)

    def ArrowFunctionExpression(self, node, name_hint=None):
        self.function(node, name_hint)

    def function(self, node, name):
        func = Func(node, self.func, self.module, name)
        self.funcs.append(func)
        if self.func is not None:
            self.func.inner.append(func)
        outer_func, outer_loops = self.func, self.loop_depth
        self.func, self.loop_depth = func, 0
        func.scope = scope = self.push("function", node)
        if node.type == "FunctionExpression" and node.id is not None:
            scope.declare(node.id.name, "fname", node.id).assigned.append(node)
        if node.type != "ArrowFunctionExpression":
            scope.declare("arguments", "param", None)
        for param in node.params:
            idents = list(pattern_identifiers(param))
            for ident in idents:
                scope.declare(ident.name, "param", ident)
            func.params.append(scope.variables[param.name] if param.type == "Identifier" else None)
            self.visit_pattern_defaults(param)
        if node.body.type == "BlockStatement":
            self.visit_body(node.body.body)
        else:
            func.returns.append(node.body)
            self.visit(node.body)
        self.pop()
        self.func, self.loop_depth = outer_func, outer_loops

    def visit_pattern_defaults(self, pattern):
        """Default values and computed keys inside a pattern are reads."""
        t = pattern.type if pattern is not None else None
        if t == "AssignmentPattern":
            self.visit_pattern_defaults(pattern.left)
            self.visit(pattern.right)
        elif t == "ObjectPattern":
            for prop in pattern.properties:
                if prop.type == "RestElement":
                    self.visit_pattern_defaults(prop.argument)
                else:
                    if prop.computed:
                        self.visit(prop.key)
                    self.visit_pattern_defaults(prop.value)
        elif t == "ArrayPattern":
            for el in pattern.elements:
                self.visit_pattern_defaults(el)
        elif t == "RestElement":
            self.visit_pattern_defaults(pattern.argument)
        elif t == "MemberExpression":
            self.visit_target(pattern, WRITE)

    def ReturnStatement(self, node):
        if self.func is not None and node.argument is not None:
            self.func.returns.append(node.argument)
        self.visit(node.argument)

    # -- declarations --------------------------------------------------

    def VariableDeclaration(self, node):
        target = self.scope.var_scope if node.kind == "var" else self.scope
        for decl in node.declarations:
            if decl.id.type == "Identifier":
                self.declarators[id(decl.id)] = decl
            else:
                self.pattern_declarators.update((id(i), decl) for i in pattern_identifiers(decl.id))
                self.note_pattern_shorthands(decl.id)
            for ident in pattern_identifiers(decl.id):
                v = target.declare(ident.name, node.kind, ident)
                if decl.init is not None and decl.id.type == "Identifier":
                    v.assigned.append(decl.init)
                elif decl.init is not None:
                    v.assigned.append(("pattern", decl.id, decl.init))
            self.visit_pattern_defaults(decl.id)
            if decl.init is not None:
                hint = decl.id.name if decl.id.type == "Identifier" else None
                self.visit(decl.init, hint)
                for ident in pattern_identifiers(decl.id):
                    self.ref(ident, WRITE, init=True)

    def ClassDeclaration(self, node):
        self.scope.declare(node.id.name, "class", node.id).assigned.append(node)
        self.visit_class(node)

    def ClassExpression(self, node):
        self.visit_class(node)

    def visit_class(self, node):
        self.visit(node.superClass)
        self.push("class", node)
        if node.id is not None and node.type == "ClassExpression":
            # a declaration's own name inside its body is the binding it declares: its
            # static state is written and read there (`Counter.made++` in a field initialiser)
            self.scope.declare(node.id.name, "class", node.id)
        for member in node.body.body:
            if member.type == "StaticBlock":
                self.BlockStatement(member)
                continue
            if member.computed:
                self.visit(member.key)
            first = len(self.funcs)
            self.visit(member.value, member.key.name if member.key.type == "Identifier" else None)
            if member.type == "MethodDefinition":
                self.funcs[first].is_method = True
            elif member.value is not None:
                # the field's arrow (`onLoad = () => ...`), or one its initialiser hands on (`add =
                # asyncHandler(async (req, res) => ...)`): outside any function of the initialiser, its
                # `this` is the instance (or the class)
                made = self.funcs[first:]
                for f in made:
                    if f.node.type == "ArrowFunctionExpression" and f.parent not in made:
                        f.is_field = True
        self.pop()

    # -- blocks --------------------------------------------------------

    def BlockStatement(self, node):
        self.push("block", node)
        self.visit_body(node.body)
        self.pop()

    def SwitchStatement(self, node):
        self.visit(node.discriminant)
        self.push("block", node)
        for case in node.cases:
            self.visit(case.test)
            self.visit_body(case.consequent)
        self.pop()

    def ForStatement(self, node):
        self.push("block", node)
        self.visit(node.init)
        self.in_loop(node.test, node.update, node.body)
        self.pop()

    def in_loop(self, *nodes):
        self.loop_depth += 1
        for n in nodes:
            self.visit(n)
        self.loop_depth -= 1

    def WhileStatement(self, node):
        self.in_loop(node.test, node.body)

    DoWhileStatement = WhileStatement

    def ForInStatement(self, node):
        self.push("block", node)
        self.visit(node.right)
        left = node.left
        if left.type == "VariableDeclaration":
            for decl in left.declarations:
                self.loop_heads.update(id(i) for i in pattern_identifiers(decl.id))
                if left.kind != "var" and not getattr(node, "await", False):
                    self.loop_head_of.update((id(i), node) for i in pattern_identifiers(decl.id))
            self.visit(left)
            for ident in pattern_identifiers(left.declarations[0].id):
                self.ref(ident, WRITE)
        else:
            self.visit_target(left, WRITE)
        self.in_loop(node.body)
        self.pop()

    ForOfStatement = ForInStatement

    def CatchClause(self, node):
        self.push("catch", node)
        for ident in pattern_identifiers(node.param):
            self.scope.declare(ident.name, "catch", ident)
        self.visit(node.body)
        self.pop()

    def LabeledStatement(self, node):
        self.visit(node.body)

    def BreakStatement(self, node):
        pass

    ContinueStatement = BreakStatement

    def WithStatement(self, node):
        self.report.warning("with-statement", self.module, node.range)
        for child in children(node):
            self.visit(child)

    # -- expressions ---------------------------------------------------

    def Identifier(self, node):
        self.ref(node, READ)

    def MemberExpression(self, node):
        if node.object.type == "Identifier" and node.object.name in GLOBAL_OBJECT_NAMES:
            key = self.global_key(node)
            if key is not None and not key.startswith(RUNTIME_GLOBALS):
                self.global_members.setdefault(id(node.object), (key, READ, None))
        self.visit(node.object)
        if node.computed:
            self.visit(node.property)

    def Property(self, node):
        if node.computed:
            self.visit(node.key)
        hint = node.key.name if node.key.type == "Identifier" else getattr(node.key, "value", None)
        first = len(self.funcs)
        self.visit(node.value, hint if isinstance(hint, str) else None)
        if node.method or node.kind in ("get", "set"):
            self.funcs[first].is_method = True
            if node.kind in ("get", "set") or node.method:
                self.funcs[first].property = node
        if node.shorthand and node.value.type == "Identifier":
            self.shorthands.add(id(node.value))

    def MethodDefinition(self, node):
        if node.computed:
            self.visit(node.key)
        self.visit(node.value)

    def AssignmentExpression(self, node):
        flags = WRITE if node.operator == "=" else READ | WRITE
        left = node.left
        self.note_export(left, node.right)
        if left.type == "Identifier":
            self.ref(left, flags, value=node.right if node.operator == "=" else None)
        else:
            self.visit_target(left, flags, node.right if node.operator == "=" else None)
        hint = left.name if left.type == "Identifier" else (
            left.property.name if left.type == "MemberExpression" and not left.computed else None)
        self.visit(node.right, hint)

    def note_export(self, left, value):
        """`module.exports = x`, `module.exports.a = x`, `exports.a = x`."""
        if left.type != "MemberExpression" or left.computed and left.property.type != "Literal":
            return
        key = left.property.name if not left.computed else left.property.value
        obj = left.object
        exports = self.exports[self.module.path]
        if obj.type == "Identifier" and obj.name == "module" and key == "exports":
            exports[None] = value
        elif obj.type == "Identifier" and obj.name == "exports":
            exports[key] = value
        elif (obj.type == "MemberExpression" and not obj.computed and obj.property.name == "exports"
              and obj.object.type == "Identifier" and obj.object.name == "module"):
            exports[key] = value

    def UpdateExpression(self, node):
        self.visit_target(node.argument, READ | WRITE)

    def UnaryExpression(self, node):
        argument = node.argument.expression if node.argument.type == "ChainExpression" else node.argument
        if node.operator == "delete" and argument.type == "MemberExpression":
            self.visit_target(argument, WRITE)
        else:
            self.visit(node.argument)

    def visit_target(self, target, flags, value=None):
        """A written place; returns the reference to the variable it changes, if one."""
        if target.type == "MemberExpression":
            root = member_root(target)
            self.visit_member_parts(target)
            if root is not None:
                self.note_global_member(target, root, flags, value)
                return self.ref(root, READ | MUTATE)
            self.visit(self.chain_base(target))
        elif target.type == "Identifier":
            return self.ref(target, flags)
        else:
            self.note_pattern_shorthands(target)
            for ident in pattern_identifiers(target):
                self.ref(ident, WRITE)
            self.visit_pattern_defaults(target)

    def note_pattern_shorthands(self, pattern):
        """`{ a }` and `{ a = 1 }` in a destructuring pattern: `a` names both the key and the target, so
        code that rewrites the target (a cell's `a.v`) must keep the key (`{ a: a.v }`)."""
        t = pattern.type if pattern is not None else None
        if t == "ObjectPattern":
            for prop in pattern.properties:
                if prop.type == "RestElement":
                    self.note_pattern_shorthands(prop.argument)
                    continue
                value = prop.value.left if prop.value.type == "AssignmentPattern" else prop.value
                if prop.shorthand and value.type == "Identifier":
                    self.shorthands.add(id(value))
                else:
                    self.note_pattern_shorthands(prop.value)
        elif t == "ArrayPattern":
            for el in pattern.elements:
                self.note_pattern_shorthands(el)
        elif t in ("AssignmentPattern", "RestElement"):
            self.note_pattern_shorthands(pattern.left if t == "AssignmentPattern" else pattern.argument)

    def note_global_member(self, target, root, flags, value):
        """`global.x = v` writes x (`flags`); `global.x.y = v`, `global.x.push(v)` change x's value."""
        if root.name not in GLOBAL_OBJECT_NAMES:
            return
        node = target
        while node.object is not root:
            node = node.object
        key = self.global_key(node)
        if key is not None and not key.startswith(RUNTIME_GLOBALS):
            direct = node is target
            self.global_members[id(root)] = (key, flags if direct else READ | MUTATE, value if direct else None)

    def global_key(self, member):
        """The global variable `global.x` names: "x"; for `globalThis[KEY]` with a variable for a
        key, that identifier node, resolved to a symbol's name once variables are bound (resolve)."""
        key = static_key(member)
        if key is None and member.computed and member.property.type == "Identifier":
            self.symbol_keys[id(member.property)] = member.property
            return SymbolKey(member.property)
        return key

    def visit_member_parts(self, node):
        """The computed keys along a member chain (they are reads)."""
        while node.type == "MemberExpression":
            if node.computed:
                self.visit(node.property)
            node = node.object

    @staticmethod
    def chain_base(node):
        while node.type == "MemberExpression":
            node = node.object
        return node

    def CallExpression(self, node):
        self.calls.append(CallSite(node, self.func, self.scope, self.module, self.loop_depth > 0))
        if self.func is not None:
            self.func.calls.append(self.calls[-1])
        callee = node.callee
        if callee.type == "MemberExpression" and not callee.computed \
                and callee.property.name in MUTATING_METHODS and member_root(callee.object) is not None:
            ref = self.visit_target(callee.object, READ | MUTATE)
            self.mutating_calls.append((ref, callee.object))
        else:
            self.visit(callee)
        if callee.type == "Identifier" and callee.name == "eval":
            self.report.warning("eval", self.module, node.range)
        if callee.type == "MemberExpression" and not callee.computed and callee.property.name == "assign" \
                and callee.object.type == "Identifier" and callee.object.name == "Object" and node.arguments:
            first, rest = node.arguments[0], node.arguments[1:]
            self.visit_target(first, MUTATE) if first.type in ("Identifier", "MemberExpression") \
                else self.visit(first)
            for arg in rest:
                self.visit(arg)
            return
        if callee.type == "Identifier" and callee.name == "require":
            self.check_require(node)
        self.note_defined_global(node)
        for arg in node.arguments:
            self.visit(arg)

    NewExpression = CallExpression

    def note_defined_global(self, node):
        """`Object.defineProperty(globalThis, 'appState', { value: {...} })` sets the global variable
        `appState` as `globalThis.appState = {...}` does (its value the descriptor's `value`)."""
        callee, args = node.callee, node.arguments
        if callee.type != "MemberExpression" or callee.computed or callee.object.type != "Identifier" \
                or callee.object.name not in ("Object", "Reflect") or callee.property.name != "defineProperty" \
                or len(args) < 3 or args[0].type != "Identifier" or args[0].name not in GLOBAL_OBJECT_NAMES:
            return
        key = literal_string(args[1])
        if key is None or key.startswith(RUNTIME_GLOBALS):
            return
        value = next((p.value for p in args[2].properties if p.type == "Property" and not p.computed
                      and (p.key.name if p.key.type == "Identifier" else literal_string(p.key)) == "value"), None) if args[2].type == "ObjectExpression" else None
        self.global_members[id(args[0])] = (key, WRITE, value)

    def check_require(self, node):
        name = literal_string(node.arguments[0]) if node.arguments else None
        if name is None:
            self.report.warning("dynamic-require", self.module, node.range)
        elif is_local_specifier(name) and not self.service.has_file(self.module.path, name):
            self.report.warning("missing-module", self.module, node.range, name=name)

    # -- resolution ----------------------------------------------------

    def resolve(self):
        unresolved = []
        for scope in self.scopes:
            for r in scope.refs:
                v = scope.lookup(r.node.name)
                if v is None:
                    unresolved.append(r)
                else:
                    self.bind(r, v)
        implicit = {r.node.name for r in unresolved if r.flags & WRITE and not r.flags & READ}
        # a property the program sets on the global object is a variable too, one with the
        # implicit global of its name: `global.count = 0`, `global.count++`, `count`
        members = {id(r.node): self.global_members[id(r.node)] for r in unresolved
                   if r.node.name in GLOBAL_OBJECT_NAMES and id(r.node) in self.global_members}
        # `globalThis[REGISTRY]` with `const REGISTRY = Symbol.for('app.plugins')`, here or required
        # from another module: the global variable "Symbol.for(app.plugins)" (runtime/core.js)
        bound = {id(r.node): r.variable for scope in self.scopes for r in scope.refs
                 if id(r.node) in self.symbol_keys and r.variable is not None}
        for at, (key, flags, value) in list(members.items()):
            if isinstance(key, SymbolKey):
                name = self.symbol_for(bound.get(id(key.node)))
                if name is None:
                    del members[at]
                else:
                    members[at] = (name, flags, value)
        implicit |= {key for key, flags, _ in members.values() if flags & WRITE}
        self.unresolved = []
        for r in unresolved:
            member = members.get(id(r.node))
            if member is not None and member[0] in implicit:
                r.flags, r.value = member[1], member[2]
                self.bind(r, self.global_scope.variables.get(member[0])
                          or self.global_scope.declare(member[0], "implicit", r.node))
            elif r.node.name in implicit:
                v = self.global_scope.variables.get(r.node.name) \
                    or self.global_scope.declare(r.node.name, "implicit", r.node)
                self.bind(r, v)
            else:
                self.unresolved.append(r)

    def symbol_for(self, v, depth=0):
        """"Symbol.for(k)" when variable `v` holds `Symbol.for('k')`: its initialiser, or what it was
        destructured from a local module's exports (`const { KEY } = require('./registry')`), or the
        variable an ES module import of it binds."""
        if v is None or depth > 10 or not v.assigned or is_reassigned(v):
            return None
        init = v.assigned[0]
        if isinstance(init, tuple):  # ("pattern", pattern, init)
            _, pattern, source = init
            if pattern.type != "ObjectPattern" or source.type != "CallExpression" \
                    or source.callee.type != "Identifier" or source.callee.name != "require" \
                    or len(source.arguments) != 1:
                return None
            spec = literal_string(source.arguments[0])
            key = next((p.key.name if p.key.type == "Identifier" else getattr(p.key, "value", None)
                        for p in pattern.properties if p.type == "Property" and not p.computed
                        and p.value is v.node), None)
            path = self.service.resolve(v.scope.module.path, spec) if spec and is_local_specifier(spec) else None
            exports = self.exports.get(path, {})
            expr = exports.get(key)
            if expr is None and exports.get(None) is not None and exports[None].type == "ObjectExpression":
                expr = next((p.value for p in exports[None].properties if p.type == "Property" and not p.computed
                             and (p.key.name if p.key.type == "Identifier" else getattr(p.key, "value", None)) == key),
                            None)
            if expr is None or expr.type != "Identifier":
                return None
            return self.symbol_for(self.module_scopes[path].variables.get(expr.name), depth + 1)
        if init.type == "CallExpression" and init.callee.type == "MemberExpression" and not init.callee.computed \
                and init.callee.object.type == "Identifier" and init.callee.object.name == "Symbol" \
                and init.callee.property.name == "for" and len(init.arguments) == 1:
            name = literal_string(init.arguments[0])
            return None if name is None else "Symbol.for(" + name + ")"
        return None

    # -- ES modules: live bindings -------------------------------------------------

    def link_imports(self):
        """An import of a variable that its ES module reassigns (`export let count`,
        `count += 1` in a function) is a live binding of that variable: each read of the
        import, and each `N.count` of a namespace import, is a reference to the exporting
        module's variable itself (the compiler reads it there: `__rt.binding`). So is any
        named import from a module that imports the importer back (a cycle): there the
        exporter may not have run yet when the importer does; and one used above its
        `import` statement (Node.js binds imports before the module's body runs)."""
        for module in self.service.modules:
            bindings = getattr(module, "bindings", None)
            if not bindings:
                continue
            scope = self.module_scopes[module.path]
            for local, (spec, name, at) in bindings.imports.items():
                mine = scope.variables.get(local)
                if mine is None:
                    continue
                if name == "*":
                    self.link_namespace(module, mine, spec)
                    continue
                target = self.exported_variable(module.path, spec, name)
                if target is None and self.imports_back(module, spec):
                    # no variable to read (`export default new UserService()` re-exported by a barrel as
                    # `export { default as userService } from`): the module imported sets the import when
                    # its body has run (the compiler), as the importer ran before it had set its exports
                    self.late_imports.append((module.path, local, self.service.resolve(module.path, spec), name))
                if target is None or target is mine:
                    continue
                if not (is_reassigned(target) or self.in_cycle(module, target) or self.imports_back(module, spec)
                        or used_above(module, mine, at)):
                    continue
                for r in list(mine.refs):
                    # a read, or a change of the value it holds (`tags.push(x)`, `tags.length = 0`: the exporter's
                    # current array, after `tags = []` there; an import itself is never assigned)
                    if not r.init and r.flags & READ and not r.flags & WRITE:
                        mine.refs.remove(r)
                        self.bind(r, target)

    def link_namespace(self, module, namespace, spec):
        reads = {id(r.node): r for r in namespace.refs if r.flags & READ and not r.flags & WRITE}
        if not reads:
            return
        for node in walk(module.ast):
            if node.type != "MemberExpression" or node.computed or id(node.object) not in reads:
                continue
            target = self.exported_variable(module.path, spec, node.property.name)
            if target is not None and is_reassigned(target):
                r = Reference(node.property, reads[id(node.object)].scope, reads[id(node.object)].flags)
                r.scope.refs.append(r)
                self.bind(r, target)
                self.namespace_reads[id(node.property)] = node

    def in_cycle(self, module, variable):
        """Whether the module of `variable` imports `module`, directly or not."""
        return self.reaches(variable.scope.module.path, module)

    def imports_back(self, module, spec):
        """Whether the module `spec` names imports `module`, directly or not: a barrel re-exporting
        the importer beside what it imports from there (`services/index.js` with `export * from
        './order.service.js'` and `export { userService } from './user.service.js'`, order.service.js
        importing `userService` from './index.js'). The barrel requires the importer before it sets its
        own exports, so the binding read when the importer runs was undefined (fresh23a, barrels)."""
        path = self.service.resolve(module.path, spec) if is_local_specifier(spec) else None
        return path is not None and path != module.path and self.reaches(path, module)

    def reaches(self, start, module):
        """Whether the module at path `start` imports `module`, directly or not."""
        todo, seen = [start], set()
        while todo:
            path = todo.pop()
            if path == module.path:
                return True
            if path in seen:
                continue
            seen.add(path)
            bindings = getattr(self.service.by_path.get(path), "bindings", None)
            if bindings is not None:
                specs = [i[0] for i in bindings.imports.values()] + bindings.stars + \
                    [e[1] for e in bindings.exports.values() if e[0] == "from"]
                todo.extend(t for t in (self.service.resolve(path, s) for s in specs if is_local_specifier(s)) if t)
        return False

    def exported_variable(self, from_path, spec, name, depth=0):
        """The module-level variable that `name` exported by module `spec` is, following
        re-exports and imports; None when it is not a variable of an ES module of the service."""
        path = self.service.resolve(from_path, spec) if is_local_specifier(spec) else None
        module = self.service.by_path.get(path)
        if module is None or module.bindings is None or depth > 20 or name == "*":
            return None
        found = module.bindings.exports.get(name)
        if found is None:
            stars = module.bindings.stars if name != "default" else ()
            return next((v for v in (self.exported_variable(path, s, name, depth + 1) for s in stars) if v), None)
        if found[0] == "from":
            return self.exported_variable(path, found[1], found[2], depth + 1)
        imported = module.bindings.imports.get(found[1])
        if imported is not None:
            return self.exported_variable(path, imported[0], imported[1], depth + 1)
        return self.module_scopes[path].variables.get(found[1])

    @staticmethod
    def bind(ref, variable):
        ref.variable = variable
        variable.refs.append(ref)
        if ref.value is not None:
            variable.assigned.append(ref.value)
