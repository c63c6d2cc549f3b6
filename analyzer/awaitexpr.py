"""Awaits inside expressions, taken out in evaluation order (used by analyzer/asyncsplit.py).

A statement whose expression awaits somewhere inside (`res.json({ n: await count() })`,
`c ? await a() : await b()`, `x && await f()`, `` `${await a()}` ``, `await (await x).y()`)
is lowered into steps written before it, each on the lines it came from:

    const __x0 = (E);                                       what is evaluated before a later
                                                            await and has an effect, kept once
    return __rt.awaitv(E).then(function __await_L(__x1) {   an await: the rest of the statement
                                                            (and of the function) in its continuation
    return __rt.awaitv(c ? __rt.block(() => {...; return __rt.ret(A)}) : __rt.ret(B))
        .then(function __await_L(__x2) {                    a conditional (`?:`, `&&`, `||`, `??`)
                                                            whose branch awaits: only the branch
                                                            taken runs, its value in a completion

and the statement itself then reads the temporaries in place of what was taken out.
The value of a branch travels in a completion (`__rt.ret`, read with `__rt.unret`), so a
promise a branch gives is not awaited. Every character of the statement is written once
(moved into a step, or kept), and what is left out keeps its newlines: lines stay put.

A form this does not lower (an await a `?.` may skip, in a logical assignment's right
side, in a class expression, in a pattern's default) raises Unsupported.
"""
from .asyncsplit import FUNCTION_TYPES, IMPURE, Unsupported, has_await, own_nodes

TRIVIAL = ("Identifier", "Literal", "ThisExpression", "Super", "TemplateElement", "MetaProperty")


class Lowering:
    """The steps and replacements of one statement (or one conditional branch)."""

    def __init__(self, splitter):
        self.sp = splitter
        self.steps = []  # each a list of segments: ("copy", a, b) | ("text", s, at) | ("skip", a, b)
        self.closers = ""

    # -- a statement -------------------------------------------------------------------

    def statement(self, st, force_temp=False):
        """Replacements [(a, b, text, moved)] for the statement's head expression."""
        t = st.type
        if t == "ExpressionStatement":
            return self.value(st.expression)
        if t == "VariableDeclaration":
            decls = [d for d in st.declarations if has_await(d.init) or has_await(d.id)]
            if len(st.declarations) > 1 and any(d is not st.declarations[0] for d in decls):
                raise Unsupported(st, "an await in a declaration list after its first declarator")
            if has_await(st.declarations[0].id):
                raise Unsupported(st, "an await in a pattern's default value")
            return self.value(st.declarations[0].init)
        if t in ("ReturnStatement", "ThrowStatement"):
            return self.value(st.argument)
        if t == "IfStatement":
            return self.value(st.test)
        if t in ("ForOfStatement", "ForInStatement"):  # the iterable, once, first
            reps = self.value(st.right)
            return self.fixed(st.right, reps) if force_temp and reps else reps
        raise Unsupported(st, "an await inside an expression")

    # -- expressions -------------------------------------------------------------------

    def value(self, node):
        """Replacements within `node` that leave its value to compute once the steps ran."""
        if not has_await(node):
            return []
        t = node.type
        if t == "AwaitExpression":
            return self.await_step(node)
        if t == "ConditionalExpression" and (has_await(node.consequent) or has_await(node.alternate)):
            return self.branch_step(node, node.test, node.consequent, node.alternate, "?")
        if t == "LogicalExpression" and has_await(node.right):
            return self.branch_step(node, node.left, node.right, None, node.operator)
        if t == "AssignmentExpression" and node.operator != "=" and has_await(node.right):
            return self.compound_assignment(node)
        return self.in_order(node, ordered(node), bases(node))

    def in_order(self, node, parts, base=()):
        """Parts evaluated left to right: each one evaluated before an await and with an
        effect is kept in a temporary, so it runs once, before that await; and so is a value
        read before it (`[n, await f(), n]`, `total + await more()`), which the awaited call
        may change: it is read before the await, as in JavaScript. The object of a method
        call or of an assignment is left in place: the call keeps its `this`, the write its
        target."""
        last = max((i for i, p in enumerate(parts) if has_await(p)), default=-1)
        reps = []
        for i, part in enumerate(parts):
            r = self.value(part)
            if i < last and (self.has_effect(part, r)
                             or (not any(part is b for b in base) and self.reads(part, r))):
                r = self.fixed(part, r)
                if getattr(part, "_shorthand", False):  # `{ n, v: await f() }`: `{ n: __x0, ... }`
                    r = [(a, b, f"{part.name}: {text}", moved) for a, b, text, moved in r]
            reps += r
        return reps

    def reads(self, part, reps):
        """Whether `part` reads a variable or a property, which an await after it may change."""
        if len(reps) == 1 and (reps[0][0], reps[0][1]) == tuple(part.range):
            return False  # already a temporary
        return any((n.type == "Identifier" and n.name != "undefined") or n.type == "MemberExpression"
                   for n in own_nodes(part) if not self.taken(n, reps))

    def has_effect(self, part, reps):
        if len(reps) == 1 and (reps[0][0], reps[0][1]) == tuple(part.range):
            return False  # already a temporary
        return any(n.type in IMPURE or (n.type == "UnaryExpression" and n.operator == "delete")
                   for n in own_nodes(part) if not self.taken(n, reps))

    @staticmethod
    def taken(node, reps):
        return any(a <= node.range[0] and node.range[1] <= b for a, b, _, _ in reps)

    def fixed(self, part, reps):
        """`part` evaluated now into a temporary: [(its range, the temporary)]."""
        name = self.sp.temp()
        if part.type == "SpreadElement":  # `...xs` iterated now: `...__x` reads the copy
            arg = part.argument  # (`{ ...o }`'s properties copied now: `{...o}`)
            opening, closing = ("({...", "});") if getattr(part, "_in_object", False) else ("[...", "];")
            self.steps.append([("text", f"const {name} = {opening}", arg.range[0])] + self.render(arg.range, reps)
                              + [("text", closing, arg.range[1])])
            return [(arg.range[0], arg.range[1], name, True)]
        self.steps.append([("text", f"const {name} = (", part.range[0])] + self.render(part.range, reps)
                          + [("text", ");", part.range[1])])
        return [(part.range[0], part.range[1], name, True)]

    def await_step(self, node):
        arg = node.argument
        reps = self.value(arg)
        name = self.sp.temp()
        line = self.sp.lines.pos(node.range[0])["line"]
        self.steps.append([("text", "return __rt.awaitv(", node.range[0]), ("skip", node.range[0], arg.range[0])]
                          + self.render(arg.range, reps)
                          + [("skip", arg.range[1], node.range[1]),
                             ("text", f").then(function __await_{line}({name}) {{", node.range[0])])
        self.closers += "});"
        return [(node.range[0], node.range[1], name, True)]

    def branch_step(self, node, test, first, second, operator):
        """`test ? first : second`, or `test && first` (`||`, `??`): the branch taken runs,
        in a block of its own when it awaits; the continuation gets its completion."""
        test_reps = self.value(test)
        if operator != "?":
            test_reps = self.fixed(test, test_reps)
            left = test_reps[0][2]
            kept = ("text", f"__rt.ret({left})", test.range[1])
            condition = {"&&": left, "||": f"!{left}", "??": f"({left} === null || {left} === undefined)"}[operator]
            choice = [("text", f"{condition} ? ", test.range[1]), ("skip", test.range[1], first.range[0])] \
                + self.branch(first) + [("text", " : ", first.range[1]), kept]
            segments = choice + [("skip", first.range[1], node.range[1])]
            head = [("skip", node.range[0], test.range[0])]
        else:
            head = [("skip", node.range[0], test.range[0]), ("text", "(", test.range[0])] \
                + self.render(test.range, test_reps) + [("text", ") ? ", test.range[1]),
                                                       ("skip", test.range[1], first.range[0])]
            segments = self.branch(first) + [("text", " : ", first.range[1]),
                                             ("skip", first.range[1], second.range[0])] \
                + self.branch(second) + [("skip", second.range[1], node.range[1])]
        name = self.sp.temp()
        line = self.sp.lines.pos(node.range[0])["line"]
        self.steps.append([("text", "return __rt.awaitv(", node.range[0])] + head + segments
                          + [("text", f").then(function __await_{line}({name}) {{", node.range[0])])
        self.closers += "});"
        return [(node.range[0], node.range[1], f"__rt.unret({name})", True)]

    def branch(self, node):
        if not has_await(node):
            return [("text", "__rt.ret(", node.range[0])] + self.render(node.range, []) + [("text", ")", node.range[1])]
        inner = Lowering(self.sp)
        reps = inner.value(node)
        return [("text", "__rt.block(() => {", node.range[0])] + [s for step in inner.steps for s in step] \
            + [("text", "return __rt.ret(", node.range[0])] + self.render(node.range, reps) \
            + [("text", ");" + inner.closers + "})", node.range[1])]

    def compound_assignment(self, node):
        """`t += await f()`: the target's value is read before the await, as in JavaScript."""
        if node.operator in ("||=", "&&=", "??="):
            raise Unsupported(node, "an await on a logical assignment's right side")
        target = node.left
        if target.type == "Identifier":
            reps = []
        elif target.type == "MemberExpression" and not target.computed and target.object.type != "Super":
            reps = self.value(target.object)
            if self.has_effect(target.object, reps):
                reps = self.fixed(target.object, reps)
        else:
            raise Unsupported(node, "an await on the right of a compound assignment to this target")
        read = self.text_of(target.range, reps)
        if "\n" in read or "//" in read or "/*" in read:
            raise Unsupported(node, "an await on the right of a compound assignment to this target")
        old = self.sp.temp()
        self.steps.append([("text", f"const {old} = {read};", target.range[0])])
        right = self.value(node.right)
        op = node.operator[:-1]
        # `t op= R` -> `t = old op (R)`: the operator's text goes, its newlines kept
        return reps + [(target.range[1], node.right.range[0], f" = {old} {op} (", False),
                       (node.right.range[1], node.range[1], ")", False)] + right

    # -- text ----------------------------------------------------------------------------

    def render(self, rng, reps):
        """Segments for [start, end) with the replacements in it."""
        segments, cur = [], rng[0]
        for a, b, text, moved in sorted(reps):
            segments.append(("copy", cur, a))
            segments.append(("text", text, a))
            if not moved:
                segments.append(("skip", a, b))
            cur = b
        segments.append(("copy", cur, rng[1]))
        return segments

    def text_of(self, rng, reps):
        out = []
        for seg in self.render(rng, reps):
            out.append(self.sp.text[seg[1]:seg[2]] if seg[0] == "copy" else seg[1] if seg[0] == "text" else "")
        return "".join(out)

    def write(self, w):
        """Writes the steps; returns the closing text they owe."""
        for step in self.steps:
            for seg in step:
                if seg[0] == "copy":
                    self.sp.emit_plain(w, seg[1], seg[2])
                elif seg[0] == "text":
                    w.insert(seg[1], seg[2])
                else:
                    w.skip(seg[1], seg[2])
        return self.closers


def edits(reps):
    """The replacements as AsyncSplitter.apply_edits takes them."""
    return [(a, b, (text, None, -1 if moved else 0)) for a, b, text, moved in reps]


def ordered(node):
    """The parts of an expression that may hold an await, in evaluation order."""
    t = node.type
    if t in ("CallExpression", "NewExpression"):
        return callee_parts(node.callee) + list(node.arguments)
    if t == "MemberExpression":
        return [node.object] + ([node.property] if node.computed else [])
    if t == "TaggedTemplateExpression":
        return callee_parts(node.tag) + list(node.quasi.expressions)
    if t == "TemplateLiteral":
        return list(node.expressions)
    if t == "ArrayExpression":
        return [e for e in node.elements if e is not None]
    if t == "ObjectExpression":
        parts = []
        for p in node.properties:
            if p.type == "SpreadElement":
                p._in_object = True
                parts.append(p)
            else:
                parts += ([p.key] if p.computed else [])
                if p.shorthand and p.value.type == "Identifier":
                    p.value._shorthand = True
                    parts.append(p.value)
                elif not p.shorthand:
                    parts.append(p.value)
        return parts
    if t in ("SpreadElement", "UnaryExpression", "UpdateExpression"):
        return [node.argument]
    if t in ("BinaryExpression",):
        return [node.left, node.right]
    if t == "LogicalExpression":
        return [node.left]  # an await on the right is a branch (Lowering.value)
    if t == "ConditionalExpression":
        return [node.test]
    if t == "SequenceExpression":
        return list(node.expressions)
    if t == "AssignmentExpression":
        left = node.left
        if left.type == "MemberExpression" and left.object.type != "Super":
            target = [left.object] + ([left.property] if left.computed else [])
        elif left.type == "Identifier" or not has_await(left):
            target = []
        else:
            raise Unsupported(node, "an await in an assignment's pattern")
        return target + [node.right]
    if t == "ChainExpression":
        base = chain_base(node.expression)
        if any(has_await(p) for p in chain_parts(node.expression) if p is not base):
            raise Unsupported(node, "an await that a `?.` may skip")
        return [base]
    if t in FUNCTION_TYPES or t in TRIVIAL:
        return []
    raise Unsupported(node, "an await inside an expression of this kind")


def bases(node):
    """The parts of `node` (among ordered(node)'s) that are the object a method is called on
    or a property is read from or written to: used in place, never copied."""
    t = node.type
    if t in ("CallExpression", "NewExpression"):
        return [callee_parts(node.callee)[0]]
    if t == "TaggedTemplateExpression":
        return [callee_parts(node.tag)[0]]
    if t == "MemberExpression":
        return [node.object]
    if t == "AssignmentExpression" and node.left.type == "MemberExpression":
        return [node.left.object]
    return []


def callee_parts(callee):
    """What a call evaluates of its callee before its arguments: the object of a method
    (the method itself is looked up in place, so the call keeps its `this`)."""
    if callee.type == "MemberExpression" and callee.object.type != "Super":
        return [callee.object] + ([callee.property] if callee.computed else [])
    return [callee]


def chain_base(node):
    while node.type in ("MemberExpression", "CallExpression"):
        node = node.object if node.type == "MemberExpression" else node.callee
    return node


def chain_parts(node):
    """The parts of an optional chain below its top: objects, keys, arguments."""
    out = []
    while node.type in ("MemberExpression", "CallExpression"):
        if node.type == "MemberExpression":
            out += [node.property] if node.computed else []
            node = node.object
        else:
            out += list(node.arguments)
            node = node.callee
    return out + [node]
