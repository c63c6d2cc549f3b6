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
    do {...} while (t)      ->  __rt.doLoop(test, body)
    break / continue        ->  return __rt.BREAK / return __rt.CONTINUE   (inside a split loop)

An async function without await is rewritten as well (`__rt.async`), so that its
promise is the runtime's, settled within the message.

No newline is added or removed, so every line stays where the user wrote it;
`Mapping` sends columns of the new text back to the user's.
An await inside an expression is taken out in evaluation order by
analyzer/awaitexpr.py. Async methods are split too; in a split function `this` is
`__this`, bound when it starts (a private name a continuation uses is rewritten by
the compiler, executor/private_uses.py, as for any callback leaving its class).
An await in a place this transform does not split (a `switch`, a labelled
statement, a `do ... while`'s test, a `for` loop's init or update, a `for await` analyzer/forawait.py did not write out,
see awaitexpr.py for expressions), `arguments` used from the first await on, or `super` anywhere, leaves its
function whole: one fluxion, with an info diagnostic saying why.
"""
import bisect

FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
LOOPS = ("ForStatement", "ForOfStatement", "ForInStatement", "WhileStatement", "DoWhileStatement")


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
        self.subst = {}  # offset -> [(length, text)]: applied wherever that offset is copied
        self.subst_at = []

    def substitute(self, at, length, text):
        """Whenever [at, at + length) is copied, `text` is written instead (`this` -> `__this`)."""
        if at not in self.subst:
            bisect.insort(self.subst_at, at)
        if (length, text) not in self.subst.setdefault(at, []):
            self.subst[at].append((length, text))

    def copy(self, start, end):
        i = bisect.bisect_left(self.subst_at, start)
        while i < len(self.subst_at) and self.subst_at[i] < end:
            at = self.subst_at[i]
            self.copy_plain(start, at)
            start = at
            for length, text in sorted(self.subst[at]):
                self.insert(text, at)
                self.skip(at, at + length)
                start = max(start, at + length)
            i = max(bisect.bisect_left(self.subst_at, start), i + 1)
        self.copy_plain(start, end)

    def copy_plain(self, start, end):
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
        stack.extend(c for key, c in children(n) if c.type not in ("FunctionDeclaration", "FunctionExpression",
                                                                    "ClassBody")  # a class's members: their own `this`
                     and not (key in ("property", "key") and not getattr(n, "computed", True)))  # a name, not a variable


def direct_await(st):
    """(kind, await node) for the statement forms split directly, else None."""
    t = st.type
    if t == "ExpressionStatement":
        e = st.expression
        if e.type == "AwaitExpression":
            return "plain", e
        if e.type == "AssignmentExpression" and e.operator == "=" and e.right.type == "AwaitExpression" and \
                not (e.left.type == "MemberExpression" and any(n.type in IMPURE for n in own_nodes(e.left))):
            # (`out[i++] = await f()`: the key's effect comes before the await, as awaitexpr.py lowers it)
            return "assign", e.right
    if t == "VariableDeclaration" and len(st.declarations) == 1:
        d = st.declarations[0]
        if d.init is not None and d.init.type == "AwaitExpression":
            return "declare", d.init
    if t == "ReturnStatement" and st.argument is not None and st.argument.type == "AwaitExpression":
        return "return", st.argument
    return None


def async_method_keywords(ast, text):
    """id(function) -> offset of `async` for the async methods of classes and object literals
    (`async load() {}`, `static async open() {}`): the keyword is before the method's name."""
    found = {}
    for n in own_nodes_all(ast):
        if n.type == "MethodDefinition" or (n.type == "Property" and (n.method or n.kind != "init")):
            f = n.value
            if getattr(f, "isAsync", False):
                at = text.find("async", n.range[0], n.key.range[0])
                if at >= 0:
                    found[id(f)] = at
    return found


def own_nodes_all(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for _, c in children(n))


def direct_form(st):
    """direct_await(st) when its operand awaits nothing more, else None."""
    form = direct_await(st)
    if form is None:
        return None
    kind, aw = form
    if has_await(aw.argument) or (kind == "assign" and has_await(st.expression.left)):
        return None
    return form


class AsyncSplitter:
    def __init__(self, text, ast, lines):
        self.text, self.ast, self.lines = text, ast, lines
        self.kept_whole = []  # (function node, unsupported node, why)
        self.guarded = []  # the async functions kept whole, that the runtime must know are running
        self.temps = 0
        self.keywords = async_method_keywords(ast, text)  # id(method's function) -> offset of its `async`
        self.homed = set(top_level_method_homes(ast))  # methods of top-level classes: `super` read through `this`

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
        for f in awaitless:
            try:
                self.check_super(f)
                if self.async_keyword(f) is not None:
                    splittable.append(f)
            except Unsupported as e:
                self.kept_whole.append((f, e.node, e.why))
        self.guarded = [f for f in funcs + awaitless if f not in splittable]
        if not found and not self.generators:
            return None, None
        w = self.writer = Writer(self.text)
        for f in splittable:
            if f in funcs:
                self.substitute_receiver(w, f)
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
        if self.async_keyword(f) is None:
            raise Unsupported(f, "an async function whose `async` was not found")
        if f.body.type != "BlockStatement":
            self.check_statement(ExpressionBody(f.body), in_loop=False)
            self.check_receiver(f.body)
            return
        self.check_super(f)
        self.check_list(f.body.body, in_loop=False)
        first = next(i for i, st in enumerate(f.body.body) if has_await(st))
        for st in f.body.body[first:]:
            self.check_receiver(st)

    def check_super(self, f):
        """`super` anywhere in the function's own code: its body goes into arrows (`__rt.async`'s,
        the continuations') that the compiler copies out of the class, where `super` is no
        longer allowed (a SyntaxError at load: fresh10-catalog-sync's `return super.save(row)`).
        In a method of a class declared with a name at the top level, the compiler reads `super.x`
        in arrows through `this` (executor/compiler.py check_super_arrows): only a `super` from an
        await on (in a continuation, a function) is refused there, by check_receiver."""
        if id(f) in self.homed:
            return
        for n in lexical_nodes(f.body):
            if n.type == "Super":
                raise Unsupported(n, "`super` in an async function")

    def check_receiver(self, node):
        """`this` becomes `__this` (bound when the function starts); `arguments` and `super`
        in code that may run in a continuation would be the continuation's own (arrow
        functions share them with the function)."""
        for n in lexical_nodes(node):
            if n.type == "Identifier" and n.name == "arguments":
                raise Unsupported(n, "`arguments` used from an await on")
            if n.type == "Super":
                raise Unsupported(n, "`super` used from an await on")

    def async_keyword(self, f):
        """Where the function's `async` is: before its parameters, or before a method's name."""
        if id(f) in self.keywords:
            return self.keywords[id(f)]
        return f.range[0] if self.text.startswith("async", f.range[0]) else None

    def outer_start(self, f):
        """Where a function's text starts: a method's at its `async` (after `static`)."""
        return min(self.async_keyword(f) or f.range[0], f.range[0])

    def temp(self):
        self.temps += 1
        return f"__x{self.temps}"

    def lowering(self, st):
        """The awaits inside the statement's expression, taken out (analyzer/awaitexpr.py)."""
        low = Lowering(self)
        low.reps = low.statement(st, force_temp=self.needs_block(st))
        return low

    @staticmethod
    def needs_block(st):
        """An if whose branches await, a for...of whose body awaits: split as blocks, their
        head lowered first."""
        if st.type == "IfStatement":
            return has_await(st.consequent) or has_await(st.alternate)
        if st.type in ("ForOfStatement", "ForInStatement"):
            return has_await(st.body) or has_await(st.left) or is_for_await(st)
        return False

    def substitute_receiver(self, w, f):
        """`this` is `__this`, bound when the function starts: a continuation has its own
        `this`. (A private name a continuation uses is the compiler's: executor/private_uses.py.)"""
        body = f.body.body if f.body.type == "BlockStatement" else [f.body]
        nodes = [n for st in body for n in lexical_nodes(st)]
        if not any(n.type == "ThisExpression" for n in nodes):
            f.binds_this = False
        else:
            f.binds_this = True
            for n in nodes:
                if n.type == "ThisExpression":
                    w.substitute(n.range[0], n.range[1] - n.range[0], "__this")

    def source(self, start, end):
        """The text of [start, end) as a continuation reads it (`this` as `__this`)."""
        w = Writer(self.text)
        w.subst, w.subst_at = self.writer.subst, self.writer.subst_at
        w.copy(start, end)
        return "".join(w.out)

    def check_list(self, statements, in_loop):
        for st in statements:
            self.check_statement(st, in_loop)

    def check_statement(self, st, in_loop):
        if not has_await(st):
            if in_loop:
                self.check_jumps(st)
            return
        if direct_form(st) is not None:
            return
        if st.type in INLINE_STATEMENTS:
            self.lowering(st)
            if not self.needs_block(st):
                return
        t = st.type
        if t == "BlockStatement":
            self.check_list(st.body, in_loop)
        elif t == "IfStatement":
            for branch in (st.consequent, st.alternate):
                if branch is not None:
                    self.check_statement(branch, in_loop)
        elif t == "TryStatement":
            self.check_statement(st.block, in_loop)
            if st.handler is not None:
                self.check_statement(st.handler.body, in_loop)
            if st.finalizer is not None:
                self.check_statement(st.finalizer, in_loop)
        elif t in LOOPS:
            heads = [getattr(st, k, None) for k in ("init", "update")]
            if any(has_await(h) for h in heads if h is not None):
                raise Unsupported(st, "an await in a loop's head")
            if t == "DoWhileStatement" and has_await(st.test):
                raise Unsupported(st, "an await in a do ... while loop's test")
            if has_await(getattr(st, "test", None)):
                Lowering(self).value(st.test)  # raises Unsupported for a form not lowered
            if is_for_await(st):
                raise Unsupported(st, "for await ... of")
            self.check_statement(st.body, in_loop=True)
        else:
            what = {"SwitchStatement": "a switch", "LabeledStatement": "a labelled statement",
                    "WithStatement": "a with statement"}.get(t)
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
            if f in self.guarded:
                w.copy(pos, f.range[0])
                self.emit_guarded(w, f, splittable)
            elif f in self.generators:
                w.copy(pos, f.range[0])
                self.emit_generator(w, f, splittable)
            else:
                w.copy(pos, self.outer_start(f))
                self.emit_function(w, f, splittable)
            pos = f.range[1]
        w.copy(pos, end)

    def kept_line(self, f):
        """The line of what keeps `f` whole (its function's own line when nothing does)."""
        node = next((n for g, n, _ in self.kept_whole if g is f), f)
        return self.lines.pos(node.range[0])["line"]

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
        within the message, and names the line of what kept it whole, for the error when one
        waits for another message): `{ body }` ->
        `{const __kw=__rt.asyncEnter(LINE);try{ body }finally{__rt.asyncExit(__kw)}}`."""
        body = f.body
        w.copy(f.range[0], body.range[0])
        if body.type == "BlockStatement":
            w.copy(body.range[0], body.range[0] + 1)
            w.insert(f"const __kw=__rt.asyncEnter({self.kept_line(f)});try{{", body.range[0] + 1)
            self.emit_range(w, body.range[0] + 1, body.range[1] - 1, splittable)
            w.insert("}finally{__rt.asyncExit(__kw)}", body.range[1] - 1)
            w.copy(body.range[1] - 1, f.range[1])
        else:  # `async x => expr`
            w.insert(f"{{const __kw=__rt.asyncEnter({self.kept_line(f)});try{{return ", body.range[0])
            self.emit_range(w, body.range[0], body.range[1], splittable)
            w.insert("}finally{__rt.asyncExit(__kw)}}", body.range[1])
            w.copy(body.range[1], f.range[1])

    def emit_function(self, w, f, splittable):
        """`async function (...) { body }` -> `function (...) { return __rt.async(() => { body' }); }`"""
        self.splittable = splittable
        async_kw = self.async_keyword(f)
        w.copy(self.outer_start(f), async_kw)
        w.insert(" " * len("async"), async_kw)  # keep columns of the function's first line
        body = f.body
        bind = "const __this = this;" if getattr(f, "binds_this", False) else ""
        if body.type != "BlockStatement":  # `async x => expr`: as `{ return expr; }`
            w.copy(async_kw + len("async"), body.range[0])
            w.insert("__rt.async(() => {" + bind, body.range[0])
            closers = self.emit_list(w, [ExpressionBody(body)], body.range[0], body.range[1], in_loop=False)
            w.insert(closers + "})", body.range[1])
            w.copy(body.range[1], f.range[1])
            return
        w.copy(async_kw + len("async"), body.range[0] + 1)
        w.insert("return __rt.async(() => {" + bind, body.range[0] + 1)
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
            inner = [e for e in edits[i + 1:] if a + offset <= e[0] and e[1] <= b] if suffix is not None else []
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
        inner = in_inner_loop or t in LOOPS or t == "SwitchStatement"
        for key, value in node.__dict__.items():
            if key in ("type", "range", "loc"):
                continue
            for item in (value if isinstance(value, list) else [value]):
                self.collect_jumps(item, edits, in_loop, inner if key != "test" else in_inner_loop)

    def emit_await_statement(self, w, st, in_loop):
        form = direct_form(st)
        if form is not None:
            return self.emit_direct(w, st, form)
        head, closers = [], ""
        if st.type in INLINE_STATEMENTS:
            low = self.lowering(st)
            closers = low.write(w)
            head = lowered_edits(low.reps)
            if not self.needs_block(st):
                self.emit_simple(w, st.range[0], st, in_loop, extra_edits=head)
                return closers
        line = self.lines.pos(st.range[0])["line"]
        t = st.type
        w.insert("return __rt.block(() => {", st.range[0])
        keyword = self.KEYWORDS.get(t, "block")
        if t == "BlockStatement":
            inner = self.emit_list(w, st.body, st.range[0] + 1, st.range[1] - 1, in_loop)
            w.insert(inner, st.range[1] - 1)
        elif t == "IfStatement":
            self.emit_if(w, st, in_loop, head)
        elif t == "TryStatement":
            self.emit_try(w, st, in_loop)
        else:
            self.emit_loop(w, st, head)
        w.insert(f"}}, \"{keyword}\").then(function __after_{line}(__c) {{ if (__c !== undefined) return __c;",
                 st.range[1])
        return "});" + closers

    # the keyword a block's continuation is named after in the graph (stream callee)
    KEYWORDS = {"IfStatement": "if", "TryStatement": "try", "ForStatement": "for", "ForOfStatement": "for...of",
                "ForInStatement": "for...in", "WhileStatement": "while", "DoWhileStatement": "do...while",
                "BlockStatement": "block"}

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
            if left.type == "ObjectPattern":  # `({ status } = await post())`: a statement can't start with `{`
                bind = f"({bind[:-1]});"
        else:
            param, bind = "__v", ""
        w.insert(").then(", aw.argument.range[1])
        w.insert(f"function {name}(", aw.range[0])  # the continuation starts at the await
        w.insert(param, st.declarations[0].id.range[0] if param != "__v" else aw.range[0])
        w.insert(f") {{{bind}", aw.range[0])
        w.skip(aw.argument.range[1], st.range[1])
        return "});"

    def emit_if(self, w, st, in_loop, head=()):
        self.apply_edits(w, st.range[0], st.consequent.range[0], list(head))
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
            inner = self.emit_list(w, final.body, final.range[0] + 1, final.range[1] - 1, in_loop)
            w.insert(inner + "}", final.range[1] - 1)
            after = final.range[1] - 1
        w.skip(after, st.range[1])
        w.insert(");", st.range[1])

    def emit_loop(self, w, st, head=()):
        t = st.type
        body = st.body
        head_end = body.range[0] + (1 if body.type == "BlockStatement" else 0)
        if t in ("ForStatement", "WhileStatement"):
            update = self.source(*st.update.range) if getattr(st, "update", None) is not None else None
            after = "}, null);" if update is None else f"}}, () => {{{update}}});"
            if getattr(st, "init", None) is not None:
                w.skip(st.range[0], st.init.range[0])
                self.emit_plain(w, st.init.range[0], st.init.range[1])
                w.insert(";", st.init.range[1])
                start = st.init.range[1]
            else:
                start = st.range[0]
            if has_await(st.test):  # the test, lowered, opens each turn of the body: false ends the loop
                w.skip(start, st.test.range[0])
                w.insert("return __rt.loop(() => (true), () => {", st.test.range[0])
                low = Lowering(self)
                edits = lowered_edits(low.value(st.test))
                closers = low.write(w)
                w.insert("if (!(", st.test.range[0])
                self.apply_edits(w, st.test.range[0], st.test.range[1], edits)
                w.insert(")) return __rt.BREAK;", st.test.range[1])
                w.skip(st.test.range[1], head_end)
                self.emit_loop_body(w, body, closers)
            else:
                test = self.source(*st.test.range) if st.test is not None else "true"
                w.skip(start, head_end)
                w.insert(f"return __rt.loop(() => ({test}), () => {{", body.range[0])
                self.emit_loop_body(w, body)
            w.insert(after, body.range[1])
        elif t == "DoWhileStatement":  # the body first, then the test before each further turn
            test = self.source(*st.test.range)
            w.skip(st.range[0], head_end)
            w.insert(f"return __rt.doLoop(() => ({test}), () => {{", body.range[0])
            self.emit_loop_body(w, body)
            w.skip(body.range[1], st.range[1])
            w.insert("});", body.range[1])
        else:
            left = st.left
            target = self.text[left.declarations[0].id.range[0]:left.declarations[0].id.range[1]] \
                if left.type == "VariableDeclaration" else None
            if head:  # the iterable was taken out into a temporary, its text moved there
                [(_, _, (right, _, _))] = head
                w.skip(st.range[0], st.right.range[0])
                w.skip(st.right.range[1], head_end)
            else:
                right = self.source(*st.right.range)
                w.skip(st.range[0], head_end)
            items = f"Object.keys({right})" if t == "ForInStatement" else right
            if target is None:
                target_text = self.source(*left.range)
                w.insert(f"return __rt.forOf({items}, (__x) => {{{target_text} = __x;", body.range[0])
            else:
                w.insert(f"return __rt.forOf({items}, ({target}) => {{", body.range[0])
            self.emit_loop_body(w, body)
            w.insert("});", body.range[1])

    def emit_loop_body(self, w, body, closers=""):
        if body.type == "BlockStatement":
            inner = self.emit_list(w, body.body, body.range[0] + 1, body.range[1] - 1, in_loop=True)
            w.insert(inner + closers, body.range[1] - 1)
            w.skip(body.range[1] - 1, body.range[1])
        else:
            inner = self.emit_list(w, [body], body.range[0], body.range[1], in_loop=True)
            w.insert(inner + closers, body.range[1])


class ExpressionBody:
    """The expression body of an arrow, seen as the statement `return expr;`."""

    def __init__(self, expression):
        self.type = "ReturnStatement"
        self.argument = expression
        self.range = list(expression.range)


def top_level_method_homes(ast):
    """id(method's function node) -> the expression of its home object, for the methods, accessors and
    constructor of each class declared with a name at the top level of the module (exported or not):
    `Name.prototype`, or `Name` for a static one (what `super` is looked up from)."""
    homes = {}
    for st in ast.body:
        decl = getattr(st, "declaration", None) if st.type.startswith("Export") else st
        if decl is None or decl.type != "ClassDeclaration" or decl.id is None:
            continue
        for member in decl.body.body:
            if member.type == "MethodDefinition":
                homes[id(member.value)] = decl.id.name if member.static else f"{decl.id.name}.prototype"
    return homes


def split(text, ast, lines):
    """(new text or None, Mapping or None, [(function node, node, why)] kept whole)."""
    splitter = AsyncSplitter(text, ast, lines)
    new_text, mapping = splitter.run()
    return new_text, mapping, splitter.kept_whole


from .awaitexpr import Lowering, edits as lowered_edits  # noqa: E402  (it uses this module's helpers)
