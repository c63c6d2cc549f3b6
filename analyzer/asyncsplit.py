"""async/await split into continuations, by a source transform that keeps lines.

Each `await` of an async function becomes a promise continuation: the rest of
the function after it is a function `__await_<line>` handed to `.then`, so the
analyzer sees a `post` stream there and the executor runs it as any other
continuation, on whichever node. Control flow around awaits is kept with small
runtime helpers and completion records (runtime/promise.js):

    return x;               ->  return __rt.ret(x);
    v = await E; rest       ->  return __rt.awaitv(E).then(function __await_L(v) { rest });
    if / try / loops        ->  return __rt.block(() => {...}).then(function __after_L(c) { if (c !== undefined) return c; rest })
    for (;;) {...}          ->  __rt.loop(test, body, update)      for (x of xs) -> __rt.forOf(xs, (x) => body)
    break / continue        ->  return __rt.BREAK / return __rt.CONTINUE   (inside a split loop)

An async function without await is rewritten as well (`__rt.async`), so that its
promise is the runtime's, settled within the message.

No newline is added or removed, so every line stays where the user wrote it;
`Mapping` sends columns of the new text back to the user's.
An await in a place this transform does not split (inside an expression, a
`switch`, a labelled statement, `do ... while`), or `this` or `arguments` used
from the first await on, leaves its function whole: one fluxion, with an info
diagnostic saying why.
"""
import bisect

FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
LOOPS = ("ForStatement", "ForOfStatement", "ForInStatement", "WhileStatement")


class Unsupported(Exception):
    def __init__(self, node, why):
        super().__init__(why)
        self.node, self.why = node, why


class Mapping:
    """Offsets of the transformed text -> offsets of the original."""

    def __init__(self, pieces):
        self.starts = [p[0] for p in pieces]
        self.pieces = pieces  # (new start, original start, length of copied text or 0 for inserted)

    def original(self, offset):
        i = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        new, orig, length = self.pieces[i]
        return orig + min(offset - new, length)


class Writer:
    """Builds the new text piece by piece, remembering where each piece came from."""

    def __init__(self, text):
        self.text, self.out, self.pieces, self.size = text, [], [], 0

    def copy(self, start, end):
        if end > start:
            self.pieces.append((self.size, start, end - start))
            self.out.append(self.text[start:end])
            self.size += end - start

    def copy_elsewhere(self, start, end):
        """Copies [start, end) here, though it is not next in the original order."""
        self.copy(start, end)

    def skip(self, start, end):
        """Leaves [start, end) out, keeping its newlines so that lines do not move."""
        newlines = self.text.count("\n", start, end)
        if newlines:
            self.insert("\n" * newlines, start)

    def insert(self, s, at):
        if s:
            self.pieces.append((self.size, at, 0))
            self.out.append(s)
            self.size += len(s)

    def result(self):
        return "".join(self.out), Mapping(self.pieces)


def has_await(node):
    """An await in this node's own code (not in nested functions)."""
    if node is None or not isinstance(getattr(node, "type", None), str):
        return False
    if node.type == "AwaitExpression" or is_for_await(node):
        return True
    if node.type in FUNCTION_TYPES:
        return False
    for key, value in node.__dict__.items():
        if key in ("type", "range", "loc"):
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(getattr(item, "type", None), str) and has_await(item):
                return True
    return False


def is_for_await(node):
    return node.type == "ForOfStatement" and getattr(node, "allowAwait", False)


IMPURE = ("CallExpression", "NewExpression", "AssignmentExpression", "UpdateExpression", "AwaitExpression",
          "YieldExpression", "TaggedTemplateExpression")
INLINE_STATEMENTS = ("ExpressionStatement", "VariableDeclaration", "ReturnStatement", "ThrowStatement", "IfStatement",
                     "ForOfStatement", "ForInStatement")


def children(node):
    """(key, child node) pairs of an esprima node."""
    for key, value in node.__dict__.items():
        if key in ("type", "range", "loc"):
            continue
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(getattr(item, "type", None), str):
                yield key, item


def own_nodes(node):
    """The nodes of this node's own code (nested functions left out), parents first."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed([c for _, c in children(n) if c.type not in FUNCTION_TYPES]))


def lexical_nodes(node):
    """The nodes that share the enclosing function's `this`: its own code and arrow functions'."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for key, c in children(n) if c.type not in ("FunctionDeclaration", "FunctionExpression")
                     and not (key in ("property", "key") and not getattr(n, "computed", True)))  # a name, not a variable


def inline_awaits(st):
    """The awaits of a statement that can be taken out of it in order, or None."""
    plan = inline_plan(st)
    return plan[0] if plan is not None else None


def inline_plan(st):
    """(awaits, hoists) for a statement whose awaits can be taken out of it in order,
    else None. What has an effect and is evaluated before an await (`res.status(201)`
    in `res.status(201).json(await f())`) is hoisted: [(node, index of that await)],
    each evaluated once, in its place in the order, its value kept in a temporary."""
    head = st.test if st.type == "IfStatement" else st
    if st.type == "IfStatement" and (has_await(st.consequent) or has_await(st.alternate)):
        return None
    if st.type in ("ForOfStatement", "ForInStatement"):  # `for (x of await f())`: its iterable, once, first
        if has_await(st.body) or has_await(st.left) or is_for_await(st):
            return None
        head = st.right
    awaits = sorted((n for n in own_nodes(head) if n.type == "AwaitExpression"), key=lambda n: n.range[0])
    if not awaits or any(has_await(a.argument) for a in awaits):
        return None
    if any(conditional(head, aw) for aw in awaits):
        return None  # `x ? await f() : y` must not call f() when x is false
    taken, hoists = set(), []
    for k, aw in enumerate(awaits):
        before = [n for n in own_nodes(head) if n.range[1] <= aw.range[0] and n.type in IMPURE and id(n) not in taken]
        for n in before:
            if any(m is not n and inside(n, m) for m in before):
                continue  # evaluated as part of an outer one
            if n.type in ("AwaitExpression", "YieldExpression") or conditional(head, n) or holds_function(n):
                return None  # a function literal would be copied out of its place unrewritten
            hoists.append((n, k))
            taken.update(id(x) for x in own_nodes(n))
        taken.update(id(x) for x in own_nodes(aw))
    return awaits, hoists


def holds_function(node):
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in FUNCTION_TYPES or n.type in ("ClassExpression", "ClassDeclaration"):
            return True
        stack.extend(c for _, c in children(n))
    return False


def inside(inner, outer):
    return outer.range[0] <= inner.range[0] and inner.range[1] <= outer.range[1]


def conditional(root, target):
    """Whether `target` is evaluated only on some condition inside `root`."""
    def walk(node, under_condition):
        if node is target:
            return under_condition
        if not isinstance(getattr(node, "type", None), str) or (node.type in FUNCTION_TYPES):
            return None
        t = node.type
        for key, value in node.__dict__.items():
            if key in ("type", "range", "loc"):
                continue
            guarded = under_condition or (t == "ConditionalExpression" and key in ("consequent", "alternate")) \
                or (t == "LogicalExpression" and key == "right") \
                or (t == "AssignmentExpression" and node.operator in LOGICAL_ASSIGNMENTS and key == "right") \
                or (key not in ("object", "callee") and after_optional_link(node))
            for item in (value if isinstance(value, list) else [value]):
                found = walk(item, guarded)
                if found is not None:
                    return found
        return None
    return bool(walk(root, False))


LOGICAL_ASSIGNMENTS = ("||=", "&&=", "??=")


def after_optional_link(node):
    """Whether the parts of a member or call other than its object (callee) are skipped
    when an optional link `?.` at or below it in the same chain meets null or undefined."""
    while node.type in ("MemberExpression", "CallExpression"):
        if getattr(node, "optional", False):
            return True
        node = node.object if node.type == "MemberExpression" else node.callee
    return False


def direct_await(st):
    """(kind, await node) for the statement forms split directly, else None."""
    t = st.type
    if t == "ExpressionStatement":
        e = st.expression
        if e.type == "AwaitExpression":
            return "plain", e
        if e.type == "AssignmentExpression" and e.operator == "=" and e.right.type == "AwaitExpression":
            return "assign", e.right
    if t == "VariableDeclaration" and len(st.declarations) == 1:
        d = st.declarations[0]
        if d.init is not None and d.init.type == "AwaitExpression":
            return "declare", d.init
    if t == "ReturnStatement" and st.argument is not None and st.argument.type == "AwaitExpression":
        return "return", st.argument
    return None


class AsyncSplitter:
    def __init__(self, text, ast, lines):
        self.text, self.ast, self.lines = text, ast, lines
        self.kept_whole = []  # (function node, unsupported node, why)
        self.guarded = []  # the async functions kept whole, that the runtime must know are running

    def run(self):
        """(new text, Mapping) or (None, None) when there is nothing to split."""
        found, self.generators = self.async_functions(self.ast)
        funcs = [f for f in found if has_await(f.body)]
        splittable = []
        for f in funcs:
            try:
                self.check_body(f)
                splittable.append(f)
            except Unsupported as e:
                self.kept_whole.append((f, e.node, e.why))
        # Without an await there is nothing to split, but a native async function's promise
        # would settle on V8's queue, after the message: it returns the runtime's promise too.
        awaitless = [f for f in found if f not in funcs]
        splittable += [f for f in awaitless if self.text.startswith("async", f.range[0])]
        self.guarded = [f for f in funcs + awaitless if f not in splittable]
        if not found and not self.generators:
            return None, None
        w = Writer(self.text)
        self.emit_range(w, 0, len(self.text), splittable)
        return w.result()

    # -- finding and checking ---------------------------------------------------

    def async_functions(self, node):
        """([async functions], [async generators]) under `node`."""
        found, generators = [], []
        stack = [node]
        while stack:
            n = stack.pop()
            if not isinstance(getattr(n, "type", None), str):
                continue
            if n.type in FUNCTION_TYPES and getattr(n, "isAsync", False):
                (generators if getattr(n, "generator", False) else found).append(n)
            for key, value in n.__dict__.items():
                if key in ("type", "range", "loc"):
                    continue
                for item in (value if isinstance(value, list) else [value]):
                    if isinstance(getattr(item, "type", None), str):
                        stack.append(item)
        return found, generators

    def check_body(self, f):
        if not self.text.startswith("async", f.range[0]):
            raise Unsupported(f, "an async method")
        if f.body.type != "BlockStatement":
            self.check_statement(ExpressionBody(f.body), in_loop=False)
            self.check_receiver(f.body)
            return
        self.check_list(f.body.body, in_loop=False)
        first = next(i for i, st in enumerate(f.body.body) if has_await(st))
        for st in f.body.body[first:]:
            self.check_receiver(st)

    def check_receiver(self, node):
        """`this` and `arguments` in code that may run in a continuation would be the
        continuation's own (arrow functions share them with the function)."""
        for n in lexical_nodes(node):
            if n.type == "ThisExpression":
                raise Unsupported(n, "`this` used from an await on")
            if n.type == "Identifier" and n.name == "arguments":
                raise Unsupported(n, "`arguments` used from an await on")

    def check_list(self, statements, in_loop):
        for st in statements:
            self.check_statement(st, in_loop)

    def check_statement(self, st, in_loop):
        if not has_await(st):
            if in_loop:
                self.check_jumps(st)
            return
        form = direct_await(st)
        if form is not None:
            kind, aw = form
            rest = aw.argument
            if has_await(rest) or (kind == "assign" and has_await(st.expression.left)):
                raise Unsupported(st, "an await inside an await's operand")
            return
        if st.type in INLINE_STATEMENTS and inline_awaits(st) is not None:
            return
        t = st.type
        if t == "BlockStatement":
            self.check_list(st.body, in_loop)
        elif t == "IfStatement":
            if has_await(st.test):
                raise Unsupported(st.test, "an await in an if's condition")
            for branch in (st.consequent, st.alternate):
                if branch is not None:
                    self.check_statement(branch, in_loop)
        elif t == "TryStatement":
            self.check_statement(st.block, in_loop)
            if st.handler is not None:
                self.check_statement(st.handler.body, in_loop)
            if st.finalizer is not None and has_await(st.finalizer):
                raise Unsupported(st.finalizer, "an await in a finally block")
        elif t in LOOPS:
            heads = [getattr(st, k, None) for k in ("init", "test", "update", "right")]
            if any(has_await(h) for h in heads if h is not None):
                raise Unsupported(st, "an await in a loop's head")
            if is_for_await(st):
                raise Unsupported(st, "for await ... of")
            self.check_statement(st.body, in_loop=True)
        else:
            what = {"SwitchStatement": "a switch", "LabeledStatement": "a labelled statement",
                    "DoWhileStatement": "a do ... while loop", "WithStatement": "a with statement"}.get(t)
            raise Unsupported(st, f"an await inside {what}" if what else "an await inside an expression")

    def check_jumps(self, st):
        """break/continue with labels cannot be split inside a split loop."""
        if st.type in ("BreakStatement", "ContinueStatement") and st.label is not None:
            raise Unsupported(st, "a labelled break or continue")

    # -- writing ------------------------------------------------------------------

    def emit_range(self, w, start, end, splittable):
        """Copies [start, end), rewriting the async functions inside it."""
        pos = start
        for f in sorted((f for f in splittable + self.guarded + self.generators
                         if start <= f.range[0] and f.range[1] <= end), key=lambda f: f.range[0]):
            if f.range[0] < pos:
                continue  # nested in a function already written
            w.copy(pos, f.range[0])
            if f in self.guarded:
                self.emit_guarded(w, f, splittable)
            elif f in self.generators:
                self.emit_generator(w, f, splittable)
            else:
                self.emit_function(w, f, splittable)
            pos = f.range[1]
        w.copy(pos, end)

    def emit_generator(self, w, f, splittable):
        """An async generator runs on V8's own promises, as a function kept whole does, but
        may stay suspended at a `yield` when the message ends: it only tells the runtime
        to let V8 run its continuations before the message ends (`__rt.asyncTouch()`)."""
        body = f.body
        w.copy(f.range[0], body.range[0] + 1)
        w.insert("__rt.asyncTouch();", body.range[0] + 1)
        self.emit_range(w, body.range[0] + 1, f.range[1], splittable)

    def emit_guarded(self, w, f, splittable):
        """A function kept whole tells the runtime while it runs (its awaits resume only
        within the message): `{ body }` -> `{__rt.asyncEnter();try{ body }finally{__rt.asyncExit()}}`."""
        body = f.body
        w.copy(f.range[0], body.range[0])
        if body.type == "BlockStatement":
            w.copy(body.range[0], body.range[0] + 1)
            w.insert("__rt.asyncEnter();try{", body.range[0] + 1)
            self.emit_range(w, body.range[0] + 1, body.range[1] - 1, splittable)
            w.insert("}finally{__rt.asyncExit()}", body.range[1] - 1)
            w.copy(body.range[1] - 1, f.range[1])
        else:  # `async x => expr`
            w.insert("{__rt.asyncEnter();try{return ", body.range[0])
            self.emit_range(w, body.range[0], body.range[1], splittable)
            w.insert("}finally{__rt.asyncExit()}}", body.range[1])
            w.copy(body.range[1], f.range[1])

    def emit_function(self, w, f, splittable):
        """`async function (...) { body }` -> `function (...) { return __rt.async(() => { body' }); }`"""
        self.splittable = splittable
        async_kw = self.text.index("async", f.range[0])
        w.copy(f.range[0], async_kw)
        w.insert(" " * len("async"), async_kw)  # keep columns of the function's first line
        body = f.body
        if body.type != "BlockStatement":  # `async x => expr`: as `{ return expr; }`
            w.copy(async_kw + len("async"), body.range[0])
            w.insert("__rt.async(() => {", body.range[0])
            closers = self.emit_list(w, [ExpressionBody(body)], body.range[0], body.range[1], in_loop=False)
            w.insert(closers + "})", body.range[1])
            w.copy(body.range[1], f.range[1])
            return
        w.copy(async_kw + len("async"), body.range[0] + 1)
        w.insert("return __rt.async(() => {", body.range[0] + 1)
        closers = self.emit_list(w, body.body, body.range[0] + 1, body.range[1] - 1, in_loop=False)
        w.insert(closers + "});", body.range[1] - 1)
        w.copy(body.range[1] - 1, f.range[1])

    def emit_plain(self, w, start, end):
        """Code without awaits of this function: copied, nested async functions rewritten."""
        self.emit_range(w, start, end, self.splittable)

    def emit_list(self, w, statements, start, end, in_loop):
        """Writes statements; returns the closing text owed by continuations opened."""
        pos = start
        closers = ""
        for i, st in enumerate(statements):
            if not has_await(st):
                self.emit_simple(w, pos, st, in_loop)
                pos = st.range[1]
                continue
            self.emit_plain(w, pos, st.range[0])
            closers = self.emit_await_statement(w, st, in_loop) + closers
            pos = st.range[1]
        self.emit_plain(w, pos, end)
        return closers

    def emit_simple(self, w, pos, st, in_loop, extra_edits=()):
        """A statement without await: returns become completion records, and
        (inside a split loop) break/continue become signals."""
        self.emit_plain(w, pos, st.range[0])
        edits = list(extra_edits)
        self.collect_jumps(st, edits, in_loop, in_inner_loop=False)
        self.apply_edits(w, st.range[0], st.range[1], sorted(edits))

    def apply_edits(self, w, start, end, edits):
        """Copies [start, end) with edits (a, b, (prefix, suffix, inner offset)); an edit
        with a suffix keeps its inside [a + offset, b), where inner edits apply too."""
        cur = start
        i = 0
        while i < len(edits):
            a, b, (prefix, suffix, offset) = edits[i]
            if a < cur:
                i += 1
                continue
            self.emit_plain(w, cur, a)
            w.insert(prefix, a)
            inner = [e for e in edits[i + 1:] if a + offset <= e[0] and e[1] <= b]
            if suffix is not None:
                self.apply_edits(w, a + offset, b, inner)
                w.insert(suffix, b)
            elif offset != -1:
                w.skip(a, b)
            cur = b
            i += 1 + len(inner)
        self.emit_plain(w, cur, end)

    def collect_jumps(self, node, edits, in_loop, in_inner_loop):
        """Edits for `return x` (-> return __rt.ret(x)) and, in a split loop, break/continue."""
        if not isinstance(getattr(node, "type", None), str) or node.type in FUNCTION_TYPES:
            return
        t = node.type
        if t == "ReturnStatement":
            if node.argument is None:
                edits.append((node.range[0], node.range[1], ("return __rt.ret(undefined);", None, 0)))
            else:
                edits.append((node.range[0], node.argument.range[1],
                              ("return __rt.ret(", ")", node.argument.range[0] - node.range[0])))
            return
        if in_loop and not in_inner_loop and t in ("BreakStatement", "ContinueStatement") and node.label is None:
            signal = "BREAK" if t == "BreakStatement" else "CONTINUE"
            edits.append((node.range[0], node.range[1], (f"return __rt.{signal};", None, 0)))
            return
        inner = in_inner_loop or t in LOOPS or t in ("DoWhileStatement", "SwitchStatement")
        for key, value in node.__dict__.items():
            if key in ("type", "range", "loc"):
                continue
            for item in (value if isinstance(value, list) else [value]):
                self.collect_jumps(item, edits, in_loop, inner if key != "test" else in_inner_loop)

    def emit_await_statement(self, w, st, in_loop):
        form = direct_await(st)
        if form is not None:
            return self.emit_direct(w, st, form)
        inline = inline_plan(st) if st.type in INLINE_STATEMENTS else None
        if inline is not None:
            return self.emit_inline(w, st, *inline, in_loop)
        line = self.lines.pos(st.range[0])["line"]
        t = st.type
        w.insert("return __rt.block(() => {", st.range[0])
        keyword = self.KEYWORDS.get(t, "block")
        if t == "BlockStatement":
            inner = self.emit_list(w, st.body, st.range[0] + 1, st.range[1] - 1, in_loop)
            w.insert(inner, st.range[1] - 1)
        elif t == "IfStatement":
            self.emit_if(w, st, in_loop)
        elif t == "TryStatement":
            self.emit_try(w, st, in_loop)
        else:
            self.emit_loop(w, st)
        w.insert(f"}}, \"{keyword}\").then(function __after_{line}(__c) {{ if (__c !== undefined) return __c;",
                 st.range[1])
        return "});"

    # the keyword a block's continuation is named after in the graph (stream callee)
    KEYWORDS = {"IfStatement": "if", "TryStatement": "try", "ForStatement": "for", "ForOfStatement": "for...of",
                "ForInStatement": "for...in", "WhileStatement": "while", "BlockStatement": "block"}

    def emit_direct(self, w, st, form):
        kind, aw = form
        line = self.lines.pos(aw.range[0])["line"]
        name = f"__await_{line}"
        w.insert("return __rt.awaitv(", st.range[0])
        w.skip(st.range[0], aw.argument.range[0])
        self.emit_plain(w, aw.argument.range[0], aw.argument.range[1])
        if kind == "return":
            w.insert(").then(__rt.ret);", aw.argument.range[1])
            w.skip(aw.argument.range[1], st.range[1])
            return ""
        if kind == "declare" and st.declarations[0].id.type == "Identifier":
            param, bind = st.declarations[0].id.name, ""
        elif kind == "declare":
            decl = st.declarations[0]
            param = "__v"
            bind = f"{st.kind} {self.text[decl.id.range[0]:decl.id.range[1]]} = __v;"
        elif kind == "assign":
            param = "__v"
            left = st.expression.left
            bind = f"{self.text[left.range[0]:left.range[1]]} = __v;"
        else:
            param, bind = "__v", ""
        w.insert(").then(", aw.argument.range[1])
        w.insert(f"function {name}(", aw.range[0])  # the continuation starts at the await
        w.insert(param, st.declarations[0].id.range[0] if param != "__v" else aw.range[0])
        w.insert(f") {{{bind}", aw.range[0])
        w.skip(aw.argument.range[1], st.range[1])
        return "});"

    def emit_inline(self, w, st, awaits, hoists, in_loop):
        """`res.json(await load())` -> the awaits taken out in order, each a continuation,
        the statement itself in the last one with the awaited values in their places;
        what is evaluated before an await is kept in a temporary `__p<offset>_<i>` first."""
        closers = ""
        edits = []
        for n, aw in enumerate(awaits):
            for i, (part, k) in enumerate(hoists):
                if k == n:
                    name = f"__p{st.range[0]}_{i}"
                    w.insert(f"const {name} = (", st.range[0])
                    w.copy_elsewhere(part.range[0], part.range[1])
                    w.insert(");", st.range[0])
                    edits.append((part.range[0], part.range[1], (name, None, -1)))
            line = self.lines.pos(aw.range[0])["line"]
            w.insert("return __rt.awaitv(", st.range[0])
            w.copy_elsewhere(aw.argument.range[0], aw.argument.range[1])
            w.insert(").then(", st.range[0])
            w.insert(f"function __await_{line}(__a{n}) {{", aw.range[0])
            closers += "});"
        # the operand was copied above, newlines included: the await goes without them
        edits += [(aw.range[0], aw.range[1], (f"__a{n}", None, -1)) for n, aw in enumerate(awaits)]
        self.emit_simple(w, st.range[0], st, in_loop, extra_edits=edits)
        return closers

    def emit_if(self, w, st, in_loop):
        w.copy(st.range[0], st.consequent.range[0])
        self.emit_branch(w, st.consequent, in_loop)
        if st.alternate is not None:
            self.emit_plain(w, st.consequent.range[1], st.alternate.range[0])
            self.emit_branch(w, st.alternate, in_loop)
            self.emit_plain(w, st.alternate.range[1], st.range[1])
        else:
            self.emit_plain(w, st.consequent.range[1], st.range[1])

    def emit_branch(self, w, branch, in_loop):
        if branch.type == "BlockStatement":
            w.copy(branch.range[0], branch.range[0] + 1)
            inner = self.emit_list(w, branch.body, branch.range[0] + 1, branch.range[1] - 1, in_loop)
            w.insert(inner, branch.range[1] - 1)
            w.copy(branch.range[1] - 1, branch.range[1])
        else:
            w.insert("{", branch.range[0])
            inner = self.emit_list(w, [branch], branch.range[0], branch.range[1], in_loop)
            w.insert(inner + "}", branch.range[1])

    def emit_try(self, w, st, in_loop):
        """try { A } catch (e) { B } finally { C }  ->  a promise chain with catch and finally."""
        block, handler, final = st.block, st.handler, st.finalizer
        w.insert("return __rt.tryBlock(() => {", block.range[0])
        w.skip(st.range[0], block.range[0] + 1)
        inner = self.emit_list(w, block.body, block.range[0] + 1, block.range[1] - 1, in_loop)
        w.insert(inner + "}", block.range[1] - 1)
        after = block.range[1] - 1
        if handler is not None:
            param = self.text[handler.param.range[0]:handler.param.range[1]] if handler.param else "__e"
            w.insert(f", ({param}) => {{", handler.body.range[0])
            w.skip(after, handler.body.range[0] + 1)
            inner = self.emit_list(w, handler.body.body, handler.body.range[0] + 1, handler.body.range[1] - 1, in_loop)
            w.insert(inner + "}", handler.body.range[1] - 1)
            after = handler.body.range[1] - 1
        else:
            w.insert(", null", block.range[1])
        if final is not None:
            w.insert(", () => {", final.range[0])
            w.skip(after, final.range[0] + 1)
            self.emit_simple(w, final.range[0] + 1, _Span(final.range[0] + 1, final.range[1] - 1, final), in_loop)
            w.insert("}", final.range[1] - 1)
            after = final.range[1] - 1
        w.skip(after, st.range[1])
        w.insert(");", st.range[1])

    def emit_loop(self, w, st):
        t = st.type
        body = st.body
        head_end = body.range[0] + (1 if body.type == "BlockStatement" else 0)
        if t == "ForStatement":
            if st.init is not None:
                w.skip(st.range[0], st.init.range[0])
                self.emit_plain(w, st.init.range[0], st.init.range[1])
                w.insert(";", st.init.range[1])
                w.skip(st.init.range[1], head_end)
            else:
                w.skip(st.range[0], head_end)
            test = self.text[st.test.range[0]:st.test.range[1]] if st.test is not None else "true"
            update = self.text[st.update.range[0]:st.update.range[1]] if st.update is not None else ""
            w.insert(f"return __rt.loop(() => ({test}), () => {{", body.range[0])
            self.emit_loop_body(w, body)
            w.insert(f"}}, () => {{{update}}});", body.range[1])
        elif t == "WhileStatement":
            test = self.text[st.test.range[0]:st.test.range[1]]
            w.skip(st.range[0], head_end)
            w.insert(f"return __rt.loop(() => ({test}), () => {{", body.range[0])
            self.emit_loop_body(w, body)
            w.insert("}, null);", body.range[1])
        else:
            left = st.left
            target = self.text[left.declarations[0].id.range[0]:left.declarations[0].id.range[1]] \
                if left.type == "VariableDeclaration" else None
            right = self.text[st.right.range[0]:st.right.range[1]]
            items = f"Object.keys({right})" if t == "ForInStatement" else right
            w.skip(st.range[0], head_end)
            if target is None:
                target_text = self.text[left.range[0]:left.range[1]]
                w.insert(f"return __rt.forOf({items}, (__x) => {{{target_text} = __x;", body.range[0])
            else:
                w.insert(f"return __rt.forOf({items}, ({target}) => {{", body.range[0])
            self.emit_loop_body(w, body)
            w.insert("});", body.range[1])

    def emit_loop_body(self, w, body):
        if body.type == "BlockStatement":
            inner = self.emit_list(w, body.body, body.range[0] + 1, body.range[1] - 1, in_loop=True)
            w.insert(inner, body.range[1] - 1)
            w.skip(body.range[1] - 1, body.range[1])
        else:
            inner = self.emit_list(w, [body], body.range[0], body.range[1], in_loop=True)
            w.insert(inner, body.range[1])


class ExpressionBody:
    """The expression body of an arrow, seen as the statement `return expr;`."""

    def __init__(self, expression):
        self.type = "ReturnStatement"
        self.argument = expression
        self.range = list(expression.range)


class _Span:
    """A stand-in statement covering a range (the inside of a finally block)."""

    def __init__(self, start, end, node):
        self.range = [start, end]
        self.type = "BlockStatement"
        self.body = node.body


def split(text, ast, lines):
    """(new text or None, Mapping or None, [(function node, node, why)] kept whole)."""
    splitter = AsyncSplitter(text, ast, lines)
    new_text, mapping = splitter.run()
    return new_text, mapping, splitter.kept_whole
