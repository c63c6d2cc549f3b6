"""Classes with private members (`#x`) in capsules.

A unit's state is saved as JSON after each message and rebuilt before the next,
on whichever node: an instance of a program class is rebuilt from its prototype
and its own fields. Private fields are not own properties and only the class's
own constructor can give an object its private brand, so for a service with
private instance members the compiler adds, by range edits on existing lines:

  - in each class with private instance members, a static block at its closing
    brace: `static{__rt.privates(this,(o)=>[o.#a,...],(o,d)=>{o.#a=d[0];...},(o)=>({m:o.#m}))}`,
    the code that reads and writes them (only code inside the class may) and that gives its
    private methods (a method handed as a value, a listener, travels as its name); and
    for its private static fields, `static{__rt.privateStatics(this,...)}`, so
    that they travel with the class's other static state (core.js);
  - in every class of the service, a guard so that the runtime can construct a
    blank instance (it carries the brands) without running the program's code:
    each instance field initialiser `= E` becomes `= (__rt.restoring?undefined:(E))`
    and each constructor starts with `if(__rt.restoring)return;` (`super();return;`
    in a derived class); one whose parameters destructure or have defaults (they run
    before its body) takes `...args` and calls an arrow of its own parameters and body
    only when not restoring. The runtime then fills in the saved fields.

A function literal inside a class body that uses a private name is copied out of
the class with each use rewritten as a call of the runtime (executor/private_uses.py);
one with a use that cannot be rewritten stays in place, like a method, and so cannot
cross a stream; one that is a fluxion of its own is refused at deployment.
"""
from analyzer.asyncsplit import children

from . import private_uses

CLASS_TYPES = ("ClassDeclaration", "ClassExpression")


class PrivatePlan:
    def __init__(self, analysis, funcs_by_node):
        self.edits = {}  # owner (a Func or a module path) -> [(start, end, text)]
        self.confined = set()  # Funcs that must stay inside their class
        classes = {m.path: [] for m in analysis.service.modules}
        uses = {m.path: [] for m in analysis.service.modules}  # (offset of a private name, its class)
        for module in analysis.service.modules:
            walk(module.ast, None, classes[module.path], uses[module.path])
        all_classes = [(m, c) for m in analysis.service.modules for c in classes[m.path]]
        if not any(private_fields(c) or private_members(c) or private_static_fields(c) for _, c in all_classes):
            return
        funcs = [f for f in analysis.scopes.funcs]
        self.class_owner = {}
        for module, cls in all_classes:
            owner = enclosing(funcs, module, cls.range) or module.path
            self.class_owner[id(cls)] = owner
            self.plan_class(cls, owner, funcs_by_node)
        for f in funcs:
            if (not f.is_method or f.property is not None) and any(f.range[0] <= at < f.range[1] and not inside(c.range, f.range)
                                       for at, c in uses[f.module.path]):
                self.confined.add(f)
        self.free_confined(uses)

    def free_confined(self, uses):
        """A confined function whose private-name uses (and those of the confined functions
        inside it) can all be rewritten as calls of the runtime leaves its class
        (executor/private_uses.py); its classes get the code that may touch their members."""
        rewritten = {}
        for f in self.confined:
            class_at = dict(uses[f.module.path])
            rewritten[f] = private_uses.use_edits(f.module, f, class_at.get)
        freed = {f for f in self.confined if all(rewritten[g] is not None for g in self.confined
                                                   if g.module is f.module and inside(g.range, f.range))}
        blocks = set()
        for f in freed:
            self.edits.setdefault(f, []).extend(rewritten[f])
            for at, cls in uses[f.module.path]:
                if f.range[0] <= at < f.range[1] and cls is not None and id(cls) not in blocks:
                    blocks.add(id(cls))
                    end = cls.body.range[1] - 1
                    self.edits.setdefault(self.class_owner[id(cls)], []).append(
                        (end, end, private_uses.access_block(f.module, cls)))
        self.confined -= freed

    def plan_class(self, cls, owner, funcs_by_node):
        edits = self.edits.setdefault(owner, [])
        for member in cls.body.body:
            if member.type == "PropertyDefinition" and not member.static and member.value is not None:
                edits.append((member.value.range[0], member.value.range[0], "(__rt.restoring?undefined:("))
                edits.append((member.value.range[1], member.value.range[1], "))"))
            if member.type == "MethodDefinition" and member.kind == "constructor":
                self.edits.setdefault(funcs_by_node[id(member.value)], []).extend(
                    constructor_guard(member.value, cls.superClass is not None))
        names = private_fields(cls)
        if private_members(cls):  # private methods alone need the brand too
            save = ",".join(f"o.#{n}" for n in names)
            restore = "".join(f"o.#{n}=d[{i}];" for i, n in enumerate(names))
            methods = ",".join(f'"{n}":o.#{n}' for n in private_methods(cls))
            end = cls.body.range[1] - 1
            edits.append((end, end, f";static{{__rt.privates(this,(o)=>[{save}],(o,d)=>{{{restore}}},"
                                    f"(o)=>({{{methods}}}))}}"))
        statics = private_static_fields(cls)
        if statics:
            save = ",".join(f"this.#{n}" for n in statics)
            restore = "".join(f"this.#{n}=d[{i}];" for i, n in enumerate(statics))
            end = cls.body.range[1] - 1
            edits.append((end, end, f";static{{__rt.privateStatics(this,()=>[{save}],(d)=>{{{restore}}})}}"))


def constructor_guard(ctor, derived):
    """Edits that make `ctor` return at once while the runtime restores an instance. Parameters
    that destructure or have defaults run before the body (with no arguments, `{ title }`
    throws and `id = next++` writes): such a constructor takes `...args` and passes them to
    an arrow made of its own parameters and body, which it calls only when not restoring."""
    guard = "if(__rt.restoring){super();return;}" if derived else "if(__rt.restoring)return;"
    body = ctor.body.range
    if all(p.type == "Identifier" or p.type == "RestElement" and p.argument.type == "Identifier"
           for p in ctor.params):
        return [(body[0] + 1, body[0] + 1, guard)]
    return [(ctor.range[0], ctor.range[0], f"(...__liquefyArgs){{{guard}return("),
            (body[0], body[0], "=>"),
            (body[1], body[1], ")(...__liquefyArgs)}")]


def private_fields(cls):
    """Names of the private instance fields (storage; not methods or accessors)."""
    return [m.key.name for m in cls.body.body
            if m.type == "PropertyDefinition" and not m.static and m.key.type == "PrivateIdentifier"]


def private_static_fields(cls):
    return [m.key.name for m in cls.body.body
            if m.type == "PropertyDefinition" and m.static and m.key.type == "PrivateIdentifier"]


def private_methods(cls):
    """Names of the private instance methods (a value: `this.on('join', this.#onJoin)`)."""
    return [m.key.name for m in cls.body.body
            if m.type == "MethodDefinition" and m.kind == "method" and not m.static and m.key.type == "PrivateIdentifier"]


def private_members(cls):
    return [m for m in cls.body.body if m.type in ("PropertyDefinition", "MethodDefinition")
            and not m.static and m.key.type == "PrivateIdentifier"]


def walk(node, cls, classes, uses):
    stack = [(node, cls)]
    while stack:
        n, c = stack.pop()
        if n.type in CLASS_TYPES:
            classes.append(n)
            c = n
        elif n.type == "PrivateIdentifier":
            uses.append((n.range[0], c))
        stack.extend((child, c) for _, child in children(n))


def inside(inner, outer):
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def enclosing(funcs, module, rng):
    """The innermost function of `module` whose code holds `rng`."""
    best = None
    for f in funcs:
        if f.module is module and inside(rng, f.range) and f.range != rng:
            if best is None or inside(f.range, best.range):
                best = f
    return best
