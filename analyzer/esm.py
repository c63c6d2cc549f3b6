"""ES modules read as CommonJS, by a source transform that keeps lines.

The executor loads CommonJS modules; an ES module (`.mjs`, or `.js` under a
`package.json` with `"type": "module"`) is rewritten statement by statement, on
the lines where the user wrote it (analyzer/asyncsplit.py's Writer and Mapping
send positions back to the user's text):

    import D from 'pkg'                 ->  const D = require('pkg')            a package: its module.exports
    import D from './m.js'              ->  const D = require('./m.js').default an ES module of the service
    import { a, b as c } from 'S'       ->  const { a, b: c } = require('S')
    import * as N from 'S'              ->  const N = require('S')
    import 'S'                         ->  require('S')
    export const a = 1, b = 2           ->  const a = 1, b = 2;exports.a = a;exports.b = b;
    export function f() {}              ->  function f() {};exports.f = f;
    export { a, b as c }                ->  exports.a = a;exports.c = b;
    export { a as b } from 'S'          ->  exports.b = require('S').a;
    export { default as b } from 'S'    ->  exports.b = require('S')      S a package, CommonJS or JSON
    export * from 'S'                   ->  __rt.exportAll(exports, require('S'));
    export default E                    ->  exports.default = E
    import.meta                         ->  __rt.importMeta(__filename)
    import(S)                           ->  __rt.importDynamic(require, S)

and at the start of line 1, the imported modules in the order of the imports
(`require('S');`, or `await __rt.evaluated(require('S'), exports);` for one with a top-level
await), as Node.js evaluates them before the module's body.

Live bindings are the analysis's and the compiler's: a named import of a variable
that its module reassigns reads that variable itself (scopes.py, compiler.py).
"""
from .asyncsplit import Writer
from .scopes import pattern_identifiers

def to_commonjs(text, ast, is_local_esm, awaited=()):
    """(new text, Mapping, Bindings). `is_local_esm(specifier)`: whether an import names an
    ES module of the service (its default export is `exports.default`); `awaited`: the
    specifiers of the modules whose evaluation is asynchronous (top-level await)."""
    t = Transform(text, is_local_esm, awaited)
    new_text, mapping = t.run(ast)
    return new_text, mapping, t.bindings


class Bindings:
    """What a module imports and exports, by name, for the analysis (scopes.py links a
    named import to the exporting module's variable: a live binding).

    imports: local name -> (specifier, imported name or "*" for a namespace, offset of the import)
    exports: exported name -> ("local", local name) or ("from", specifier, imported name)
    stars: specifiers of `export * from`"""

    def __init__(self):
        self.imports, self.exports, self.stars = {}, {}, []


class Transform:
    def __init__(self, text, is_local_esm, awaited=()):
        self.text, self.is_local_esm, self.awaited = text, is_local_esm, set(awaited)
        self.w = Writer(text)
        self.pos = 0
        self.bindings = Bindings()

    def run(self, ast):
        self.expressions(ast)
        self.hoist_imports(ast)
        for st in ast.body:
            handler = getattr(self, st.type, None)
            if handler is not None:
                handler(st)
        self.flush(len(self.text))
        return self.w.result()

    # -- writing helpers ---------------------------------------------------------

    def flush(self, upto):
        """Copies the user's text up to `upto`, with `import.meta` and `import()` replaced."""
        for start, end, replacement in self.pending_expressions(upto):
            self.w.copy(self.pos, start)
            self.w.insert(replacement, start)
            self.w.skip(start, end)
            self.pos = end
        self.w.copy(self.pos, upto)
        self.pos = max(self.pos, upto)

    def replace(self, start, end, new_text):
        self.flush(start)
        self.w.insert(new_text, start)
        self.w.skip(start, end)
        self.pos = end

    def source(self, node):
        return self.text[node.range[0]:node.range[1]]

    def required(self, source_node):
        return f"require({self.source(source_node)})"

    # -- statements ----------------------------------------------------------------

    def hoist_imports(self, ast):
        """Node.js evaluates the imported modules before the module's own body, in the
        order of the import statements: each is required first, at the start of line 1
        (the bindings stay where they are written). A module whose evaluation is
        asynchronous is awaited there (`__rt.evaluated`)."""
        sources = [st.source for st in ast.body
                   if st.type == "ImportDeclaration" or (st.type in ("ExportNamedDeclaration", "ExportAllDeclaration")
                                                         and st.source is not None)]
        first = {}
        for src in sources:
            first.setdefault(src.value, src)  # each module once, where first imported
        if first:
            self.w.insert(";", 0)  # offset 0 stays the user's 0 (main's start)
        for src in first.values():  # each maps to its import's specifier, for the messages about it
            self.w.insert(f"await __rt.evaluated({self.required(src)}, exports);" if src.value in self.awaited
                          else f"{self.required(src)};", src.range[0])

    def ImportDeclaration(self, st):
        spec = st.source.value
        req = self.required(st.source)
        local_esm = self.is_local_esm(spec)
        parts = []
        named = []
        for s in st.specifiers:
            if s.type == "ImportDefaultSpecifier":
                parts.append(f"const {s.local.name} = {req}{'.default' if local_esm else ''};")
                imported = "default"
            elif s.type == "ImportNamespaceSpecifier":
                parts.append(f"const {s.local.name} = {req};")
                imported = "*"
            else:
                imported = s.imported.name if s.imported.type == "Identifier" else s.imported.value
                named.append(imported if imported == s.local.name else f"{imported}: {s.local.name}")
            if local_esm:
                self.bindings.imports[s.local.name] = (spec, imported, st.range[0])
        if named:
            parts.append(f"const {{ {', '.join(named)} }} = {req};")
        self.replace(st.range[0], st.range[1], "".join(parts) or f"{req};")

    def ExportNamedDeclaration(self, st):
        if st.declaration is not None:
            decl = st.declaration
            self.replace(st.range[0], decl.range[0], "")
            self.flush(decl.range[1])
            names = declared_names(decl)
            self.w.insert(";" + "".join(f"exports.{n} = {n};" for n in names), decl.range[1])
            self.bindings.exports.update((n, ("local", n)) for n in names)
            return
        assigns = []
        for s in st.specifiers:
            local = name_of(s.local)
            exported = name_of(s.exported)
            self.bindings.exports[exported] = ("from", st.source.value, local) if st.source is not None \
                else ("local", local)
            if st.source is None:
                value = local
            elif local == "default" and not self.is_local_esm(st.source.value):
                # the default of a package, a CommonJS file or a JSON file is its module.exports,
                # as an import's is (`export { default as seed } from './seed.json' with { type: 'json' }`)
                value = self.required(st.source)
            else:
                value = f"{self.required(st.source)}{member(local)}"
            assigns.append(f"exports{member(exported)} = {value};")
        self.replace(st.range[0], st.range[1], "".join(assigns))

    def ExportAllDeclaration(self, st):
        if getattr(st, "exported", None) is not None:
            self.bindings.exports[name_of(st.exported)] = ("from", st.source.value, "*")
            self.replace(st.range[0], st.range[1],
                         f"exports{member(name_of(st.exported))} = {self.required(st.source)};")
        else:
            self.bindings.stars.append(st.source.value)
            self.replace(st.range[0], st.range[1], f"__rt.exportAll(exports, {self.required(st.source)});")

    def ExportDefaultDeclaration(self, st):
        decl = st.declaration
        named = decl.type in ("FunctionDeclaration", "ClassDeclaration") and decl.id is not None
        if named:
            self.replace(st.range[0], decl.range[0], "")
            self.flush(decl.range[1])
            self.w.insert(f";exports.default = {decl.id.name};", decl.range[1])
            self.bindings.exports["default"] = ("local", decl.id.name)
        else:
            self.replace(st.range[0], decl.range[0], "exports.default = ")

    # -- expressions: import.meta and import() anywhere ----------------------------

    def expressions(self, ast):
        found = []
        stack = [ast]
        while stack:
            n = stack.pop()
            if n.type == "MetaProperty" and n.meta.name == "import":
                found.append((n.range[0], n.range[1], "__rt.importMeta(__filename)"))
                continue
            if n.type == "ImportExpression":
                found.append((n.range[0], n.source.range[0], "__rt.importDynamic(require, "))
            for value in n.__dict__.values():
                for item in (value if isinstance(value, list) else [value]):
                    if isinstance(getattr(item, "type", None), str):
                        stack.append(item)
        self._expressions = sorted(found)

    def pending_expressions(self, upto):
        todo = self._expressions
        while todo and todo[0][0] < upto:
            start, end, replacement = todo.pop(0)
            if start >= self.pos:
                yield start, end, replacement


def dynamic_imports(text, ast):
    """A CommonJS module's `import(S)` as `__rt.importDynamic(require, S)`, as an ES module's
    (`const { default: PQueue } = await import('p-queue')`, how CommonJS code loads an ES-only
    package): (new text, Mapping), or (None, None) when it has none. V8 refused it in the
    isolates ('Not supported')."""
    found = []
    stack = [ast]
    while stack:
        n = stack.pop()
        if n.type == "ImportExpression":
            found.append((n.range[0], n.source.range[0]))
        for value in n.__dict__.values():
            for item in (value if isinstance(value, list) else [value]):
                if isinstance(getattr(item, "type", None), str):
                    stack.append(item)
    if not found:
        return None, None
    w, pos = Writer(text), 0
    for start, end in sorted(found):
        w.copy(pos, start)
        w.insert("__rt.importDynamic(require, ", start)
        w.skip(start, end)
        pos = end
    w.copy(pos, len(text))
    return w.result()


def name_of(node):
    return node.name if node.type == "Identifier" else node.value


def member(name):
    return f".{name}" if name.isidentifier() else f"[{name!r}]"


def declared_names(decl):
    if decl.type == "VariableDeclaration":
        return [i.name for d in decl.declarations for i in pattern_identifiers(d.id)]
    return [decl.id.name]
