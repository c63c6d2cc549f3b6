"""Private names (`#x`) used by a callback that leaves its class.

A function literal inside a class body that uses a private name (`queueMicrotask(() =>
this.#drain())`, `setTimeout(() => { this.#timer = null; }, 10)`) is copied out of the
class when it must run elsewhere (a fluxion, a continuation), where `#x` means nothing.
So each use of a private name in such a function is rewritten, by range edits that leave
the object and arguments in place, into a call of the runtime:

    o.#x            __rt.privateUse(K,o,"x",0)
    o.#x = v        __rt.privateUse(K,o,"x",1,v)
    o.#m(a, b)      __rt.privateUse(K,o,"m",2,[a, b])
    #x in o         __rt.privateUse(K,o,"x",3)
    o.#x += v       __rt.privateUse(K,o,"x",4,"+=",()=>(v))     (the thunk: `&&=` `||=` `??=`)
    o.#x++          __rt.privateUse(K,o,"x",5,"++",true)       (`true`: postfix)

K names the class (`path:offset`); a static block the compiler adds to the class,
`static{__rt.privateAccess(K,(o,n,op,a)=>{switch(n){case "x":...}})}`, is the code that may
touch its private members. A form not listed (optional chaining) keeps the function in
its class, as before (executor/privates.py: confined).
"""
import json

from analyzer.asyncsplit import children

READ, WRITE, CALL, HAS, COMPOUND, UPDATE = range(6)


def class_key(module, cls):
    return f"{module.path}:{cls.range[0]}"


def access_block(module, cls):
    """The static block that reads, writes, calls and tests the class's private members."""
    cases = []
    for member in cls.body.body:
        if member.key is None or member.key.type != "PrivateIdentifier":
            continue
        n = member.key.name
        method = member.type == "MethodDefinition" and member.kind == "method"
        write = f'throw new TypeError("Private method is not writable")' if method else f"return o.#{n}=a"
        cases.append(f'case {json.dumps(n)}:switch(op){{case 0:return o.#{n};case 1:{write};'
                      f'case 2:return o.#{n}(...a);case 3:return #{n} in o;}}')
    key = json.dumps(class_key(module, cls))
    return f";static{{__rt.privateAccess({key},(o,n,op,a)=>{{switch(n){{{''.join(cases)}}}}})}}"


def declared_names(cls):
    return {m.key.name for m in cls.body.body if m.key is not None and m.key.type == "PrivateIdentifier"}


def use_edits(module, func, cls_of):
    """Range edits rewriting the private-name uses of `func`'s own code (not of the
    functions inside it), or None when one cannot be rewritten. `cls_of(offset)` is the
    innermost class around a private name."""
    edits = []
    for node, parent, key in own_nodes_with_parents(func.node):
        if node.type == "MemberExpression" and node.property.type == "PrivateIdentifier":
            cls = cls_of(node.property.range[0])
            if cls is None or node.property.name not in declared_names(cls) or node.optional or \
                    (parent is not None and parent.type == "ChainExpression"):
                return None
            edits.extend(member_edits(node, parent, key, class_key(module, cls), module.text))
        elif node.type == "BinaryExpression" and node.operator == "in" and node.left.type == "PrivateIdentifier":
            cls = cls_of(node.left.range[0])
            if cls is None or node.left.name not in declared_names(cls):
                return None
            k = json.dumps(class_key(module, cls))
            edits += [(node.range[0], node.right.range[0], f"__rt.privateUse({k},"),
                      (node.right.range[1], node.right.range[1], f",{json.dumps(node.left.name)},{HAS})")]
    return edits


def member_edits(node, parent, key, cls_key, text):
    k, name = json.dumps(cls_key), json.dumps(node.property.name)
    obj_end = node.object.range[1]
    head = f"__rt.privateUse({k},"
    if parent is not None and parent.type == "CallExpression" and key == "callee":
        open_paren = text.index("(", node.range[1])
        return [(parent.range[0], parent.range[0], head), (obj_end, open_paren + 1, f",{name},{CALL},["),
                (parent.range[1] - 1, parent.range[1], "])")]
    if parent is not None and parent.type == "AssignmentExpression" and key == "left":
        right = parent.right
        if parent.operator == "=":
            return [(parent.range[0], parent.range[0], head), (obj_end, right.range[0], f",{name},{WRITE},"),
                    (parent.range[1], parent.range[1], ")")]
        return [(parent.range[0], parent.range[0], head),
                (obj_end, right.range[0], f",{name},{COMPOUND},{json.dumps(parent.operator)},()=>("),
                (parent.range[1], parent.range[1], "))")]
    if parent is not None and parent.type == "UpdateExpression":
        op = json.dumps(parent.operator + "=")
        if parent.prefix:
            return [(parent.range[0], node.range[0], head), (obj_end, parent.range[1], f",{name},{UPDATE},{op},false)")]
        return [(parent.range[0], parent.range[0], head), (obj_end, parent.range[1], f",{name},{UPDATE},{op},true)")]
    return [(node.range[0], node.range[0], head), (obj_end, node.range[1], f",{name},{READ})")]


def own_nodes_with_parents(root):
    """(node, parent, key in parent) for the nodes of a function's own code, outer first."""
    stack = [(root.body, None, None)] + [(p, None, None) for p in root.params]
    out = []
    while stack:
        node, parent, key = stack.pop()
        out.append((node, parent, key))
        if node.type in ("FunctionExpression", "FunctionDeclaration", "ArrowFunctionExpression", "ClassBody"):
            continue
        stack.extend((child, node, k) for k, child in reversed(list(children(node))))
    return out
