"""`for await` written out as the loop it is, on the user's lines, before async functions are split
(analyzer/asyncsplit.py): its awaits are then the function's own, split as any other, and the
iterator goes from one `next()` to the next in the function's continuations, which run in their
units. (Kept as a `for await`, the loop left its function whole: a `next()` that settles in a later
message, a queue's that a later request pushes to, could not resume it.)

    for await (const x of xs) body
->  {const __fai1 = __rt.asyncIter(xs, "xs"); let __fan1 = false; try { while (true) { __fan1 = false;
     const __far1 = await __fai1.next(); if (__rt.iterDone(__far1)) break; __fan1 = true;
     const x = __far1.value; body } } finally { if (__fan1) await __rt.asyncClose(__fai1); }}

`__fan1` says the body is running: a break, a return or an error there closes the iterator (its
`return()`, awaited), as V8 does; the end of the items or a `next()` that throws does not. A
labelled `for await`, or one outside an async function (an ES module's top level), is left as it is.
"""
import json

from .asyncsplit import FUNCTION_TYPES, Writer, children, is_for_await


def desugar(text, ast):
    """(new text, Mapping), or (None, None) when there is no `for await` to write out."""
    found = []
    collect(ast, False, False, found)
    if not found:
        return None, None
    w = Writer(text)
    write(w, text, 0, len(text), sorted(found, key=lambda n: n.range[0]), iter(range(1, len(found) + 1)))
    return w.result()


def collect(node, in_async, labelled, found):
    if node.type in FUNCTION_TYPES:
        in_async = bool(getattr(node, "isAsync", False))
    if is_for_await(node) and in_async and not labelled:
        found.append(node)
    for key, child in children(node):
        collect(child, in_async, node.type == "LabeledStatement" and key == "body", found)


def write(w, text, start, end, loops, numbers):
    pos = start
    while loops:
        st, loops = loops[0], loops[1:]
        body = st.body
        inner = [n for n in loops if n.range[0] >= body.range[0] and n.range[1] <= body.range[1]]
        loops = [n for n in loops if n.range[0] >= st.range[1]]  # one in the head stays as it is
        n = next(numbers)
        w.copy(pos, st.range[0])
        w.insert(f"{{const __fai{n} = __rt.asyncIter(", st.range[0])
        w.skip(st.range[0], st.right.range[0])
        w.copy(*st.right.range)
        w.insert(f", {json.dumps(v8_rendering(text, st.right))}); let __fan{n} = false; try {{ while (true) {{ __fan{n} = false; "
                 f"const __far{n} = await __fai{n}.next(); if (__rt.iterDone(__far{n})) break; __fan{n} = true; ",
                 st.right.range[1])
        declare(w, st.left, n)
        w.skip(st.right.range[1], body.range[0])
        write(w, text, body.range[0], body.range[1], inner, numbers)
        w.insert(f" }} }} finally {{ if (__fan{n}) await __rt.asyncClose(__fai{n}); }}}}", body.range[1])
        pos = st.range[1]
    w.copy(pos, end)


def declare(w, left, n):
    """`const x = __far1.value;`, or `(x = __far1.value);` for a target declared elsewhere."""
    if left.type == "VariableDeclaration":
        target = left.declarations[0].id
        w.insert(f"{left.kind} ", target.range[0])
        w.copy(*target.range)
        w.insert(f" = __far{n}.value; ", target.range[1])
    else:
        w.insert("(", left.range[0])
        w.copy(*left.range)
        w.insert(f" = __far{n}.value); ", left.range[1])


def v8_rendering(text, node):
    """The iterable as V8's TypeError names it (`o.a is not async iterable`, `f(...) is not a function
    or its return value is not async iterable`)."""
    if node.type == "CallExpression":
        return v8_rendering(text, node.callee) + "(...)"
    if node.type in ("Identifier", "Literal", "ThisExpression") or (node.type == "MemberExpression" and not node.computed):
        return " ".join(text[node.range[0]:node.range[1]].split())
    return "(intermediate value)"
