"""Classes of npm packages that keep their state in private members (`#cache`), made able to travel.

A unit's state travels as JSON; a package's instance is rebuilt from its prototype and its own
fields (runtime/serialize.js, "linst"). Private fields are not own properties and only a class's
own code can read or give them, so an instance of such a class (quick-lru's `QuickLRU`, whose
`#cache`, `#oldCache` and `#size` are all its state) could not be carried at all. As for the
service's own classes (executor/privates.py), each class with private instance members of a
package file the service needs gets, by insertions into its text at deployment, a static block
registering the code that reads and writes them (`__rt.privates(this, save, restore, methods)`),
and each class of that file a guard so that the runtime can make a blank instance carrying the
brands without running the package's code (`if(__rt.restoring)return;` at the start of each
constructor, field initialisers `= (__rt.restoring?undefined:(E))`). A file the parser cannot
read is left as it is (its instances then cannot travel, as before).
"""
import re

from analyzer.asyncsplit import children
from analyzer.parse import parse

from . import privates

# a private member declared in a class body (as runtime/core.js `PRIVATE_MEMBER` finds them)
PRIVATE_MEMBER = re.compile(r"(?:^[ \t]*|[;{}]\s*|static\s+)#[A-Za-z_$][\w$]*\s*[=;(\n]", re.M)


def with_private_hooks(path, text):
    """`text` of the package file at `path`, its classes with private instance members registered
    with the runtime; `text` itself when it declares none or cannot be parsed."""
    if "#" not in text or not PRIVATE_MEMBER.search(text):
        return text
    try:
        tree = parse(text, path)
    except Exception:  # ParseError, or esprima's own errors on syntax it lacks
        return text
    classes = []
    stack = [tree]
    while stack:
        n = stack.pop()
        if n.type in privates.CLASS_TYPES:
            classes.append(n)
        stack.extend(child for _, child in children(n))
    if not any(privates.private_members(c) for c in classes):
        return text
    edits = []
    for cls in classes:
        edits += class_edits(cls)
    out = text  # the parser blanks a hashbang line, keeping offsets
    for start, end, insert in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + insert + out[end:]
    return out


def class_edits(cls):
    edits = []
    for member in cls.body.body:
        if member.type == "PropertyDefinition" and not member.static and member.value is not None:
            edits.append((member.value.range[0], member.value.range[0], "(__rt.restoring?undefined:("))
            edits.append((member.value.range[1], member.value.range[1], "))"))
        if member.type == "MethodDefinition" and member.kind == "constructor":
            edits += privates.constructor_guard(member.value, cls.superClass is not None)
    if privates.private_members(cls):
        names = privates.private_fields(cls)
        save = ",".join(f"o.#{n}" for n in names)
        restore = "".join(f"o.#{n}=d[{i}];" for i, n in enumerate(names))
        methods = ",".join(f'"{n}":o.#{n}' for n in privates.private_methods(cls))
        end = cls.body.range[1] - 1
        edits.append((end, end, f";static{{__rt.privates(this,(o)=>[{save}],(o,d)=>{{{restore}}},"
                                f"(o)=>({{{methods}}}))}}"))
    return edits
