"""The parts of a top-level class definition that compute, kept for main.

A node loads each module again without running main: the definitions run, and
the values main left are put back. A class declared at the top level is a
definition, but parts of it run code when the class is made: a call in its
`extends`, a computed key such as `[makeKey()]`, a static field's initialiser,
a static block. Run again on every node, they could give each node another
class than main's, or have effects main never had (a loop that starts once
main wrote a file). So each such part runs only where the module is defined
(`__defining`: in main, or on a node for a module main never loaded) and a
node takes main's values instead, by range edits on the user's lines:

  - `extends E` and `[E]` become `__rt.classPart(__defining, path, i, ()=>(E))`,
    which records the value in main and gives it back, decoded, on a node;
  - in a class the module declares (`class C` at its top level), a static field
    `= E` becomes `= (__defining?(E):undefined)`, and a static block's body runs
    only `if(__defining)`: the static state they make comes back with main's
    snapshot and with the unit that keeps the class. A class expression
    (`module.exports = class {...}`) makes its static state on each node.

Parts that only name things (`extends Base`, `[Symbol.iterator]`, `static
limit = 10`) run everywhere as written; a computed key naming a variable of the
module's top level (`[SAVE]` with `const SAVE = Symbol('save')`) is main's too.
"""
import json

from analyzer.scopes import children

CLASS_TYPES = ("ClassDeclaration", "ClassExpression")
FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
COMPUTING = frozenset(("CallExpression", "NewExpression", "AssignmentExpression", "UpdateExpression",
                       "TaggedTemplateExpression", "AwaitExpression", "YieldExpression", "ImportExpression"))


def class_part_edits(module):
    """[(start, end, text)] for the classes made when `module` loads."""
    edits, parts = [], 0
    declared = {id(st) for st in module.ast.body if st.type == "ClassDeclaration"}
    variables = top_level_variables(module.ast)
    for cls in load_time_classes(module.ast):
        keys = computed_keys(cls)
        for expression in (cls.superClass, *keys):
            if expression is not None and (computes(expression) or
                                           (any(expression is k for k in keys) and names_variable(expression, variables))):
                edits += wrap(expression, f"__rt.classPart(__defining,{json.dumps(module.path)},{parts},()=>(", "))")
                parts += 1
        if id(cls) not in declared:
            continue  # static state comes back only for a class the module declares (`class C`): this one makes its own
        for member in cls.body.body:
            if member.type == "PropertyDefinition" and member.static and member.value is not None \
                    and computes(member.value):
                edits += wrap(member.value, "(__defining?(", "):undefined)")
            elif member.type == "StaticBlock":
                opening = module.text.index("{", member.range[0]) + 1
                edits += [(opening, opening, "if(__defining){"), (member.range[1] - 1, member.range[1] - 1, "}")]
    return edits


def top_level_variables(program):
    """The names the module's top-level `var`/`let`/`const` declare: set by main (a node skips such a
    statement unless it only defines code, and puts main's value back after the module loads)."""
    names = set()
    for st in program.body:
        if st.type == "VariableDeclaration":
            names.update(d.id.name for d in st.declarations if d.id.type == "Identifier")
    return names


def names_variable(node, variables):
    """`[SAVE]`, `[KEYS.save]` with `const SAVE = Symbol('save')` at the top level: a key a node would read
    before main's value is back (a method named "undefined" there: `r[SAVE] is not a function`)."""
    while node.type == "MemberExpression":
        node = node.object
    return node.type == "Identifier" and node.name in variables


def wrap(node, before, after):
    return [(node.range[0], node.range[0], before), (node.range[1], node.range[1], after)]


def computed_keys(cls):
    return [m.key for m in cls.body.body if m.type in ("MethodDefinition", "PropertyDefinition") and m.computed]


def load_time_classes(program):
    """Classes made by the module's own top-level code (not inside a function), outermost first."""
    stack = list(reversed(program.body))
    while stack:
        node = stack.pop()
        if node.type in FUNCTION_TYPES:
            continue
        if node.type in CLASS_TYPES:
            yield node
            continue  # a class inside a class's parts is made by that part, which runs in main only
        stack.extend(reversed(list(children(node))))


def computes(node):
    """Whether evaluating `node` may run code: a call, `new`, an assignment... (a
    function written there is only made, not run)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in COMPUTING or (n.type == "UnaryExpression" and n.operator == "delete"):
            return True
        if n.type in FUNCTION_TYPES:
            continue
        if n.type in CLASS_TYPES:
            if n.superClass is not None and computes(n.superClass) or any(computes(k) for k in computed_keys(n)) \
                    or any(m.type == "StaticBlock" or (m.type == "PropertyDefinition" and m.static and m.value is not None
                                                      and computes(m.value)) for m in n.body.body):
                return True
            continue
        stack.extend(children(n))
    return False
