"""A service as the analyzer sees it: JavaScript modules and data files.

A service is one `.js` file or a folder. In a folder the entry is `app.js`,
`index.js` or the `main` of `package.json`; the local modules it requires
(`require('./lib/x')`) are loaded too. Other files are data: listed, not parsed.
"""
import json
import os
import posixpath
import re

from . import asyncsplit, esm, forawait, held
from .packages import package_of
from .parse import Lines, MappedLines, ParseError, parse, without_hashbang
from .values import is_local_specifier

JS_EXTENSIONS = (".js", ".cjs", ".mjs")
ENTRY_CANDIDATES = ("app.js", "index.js", "server.js", "main.js", "app.mjs", "index.mjs", "server.mjs", "main.mjs")
# folders that are never part of a service, wherever it comes from (a folder, an upload, manage.py deploy)
IGNORED_DIRS = frozenset({".git", "__MACOSX", "__pycache__"})
SKIPPED_DIRS = IGNORED_DIRS | {"node_modules"}  # a folder's own modules: its packages are read apart
NO_ENTRY = ("no entry file: expected the main of package.json, the file its start script runs, or app.js, "
            "index.js, server.js or main.js (.mjs too) at the top of the folder or in src/")
LOCAL_REQUIRE = re.compile(r"""require\(\s*(?:'((?:\.{1,2}/|#)[^']*)'|"((?:\.{1,2}/|#)[^"]*)"|`((?:\.{1,2}/|#)[^`$]*)`)\s*\)""")
LOCAL_IMPORT = re.compile(r"""(?:\bfrom|\bimport\(?)\s*(?:'((?:\.{1,2}/|#)[^']*)'|"((?:\.{1,2}/|#)[^"]*)")""")
# package.json "imports" conditions taken, in the package's order (Node.js's for require and import)
IMPORT_CONDITIONS = frozenset(("require", "import", "node", "default"))
REQUIRE_CONDITIONS, ESM_CONDITIONS = frozenset(("require", "node", "default")), frozenset(("import", "node", "default"))
# A local module named at run time: `import(`./plugins/${name}`)`, `require('./routes/' + file)`,
# `require(path.join(__dirname, 'routes', file))`: the folder it is taken from.
HERE = r"""(?:__dirname|import\.meta\.dirname)"""
COMPUTED_LOCAL = re.compile(r"""(?:\brequire|\bimport)\(\s*(?:new\s+URL\(\s*)?"""
                            r"""(?:'(\.{1,2}/[^']*)'\s*\+|"(\.{1,2}/[^"]*)"\s*\+|`(\.{1,2}/[^`$]*)\$\{"""
                            r"""|path\.(?:join|resolve)\(\s*""" + HERE + r"""\s*,\s*(?:'([^']+)'|"([^"]+)")\s*,"""
                            # the module's own folder, no literal part (Sequelize's models/index.js):
                            # path.join(__dirname, file), __dirname + '/' + file, `${__dirname}/${file}`
                            r"""|path\.(?:join|resolve)\(\s*""" + HERE + r"""\s*,\s*(?=[\w$])()"""
                            r"""|__dirname\s*\+\s*(?:'(/[^']*)'|"(/[^"]*)")\s*\+|`\$\{""" + HERE + r"""\}(/[^`$]*)\$\{)""")
# A folder kept in a variable, then joined to a name read at run time:
# `const dir = path.join(import.meta.dirname, 'plugins')` ... `import(path.join(dir, file))`
# A glob naming JavaScript files, written as a string (`'services/*.js'`, `'src/**/*.repo.{js,cjs}'`)
GLOB_LITERAL = re.compile(r"""['"`]((?:\./)?[\w@.-]*(?:/[\w@.-]*)*(?:\*|\{)[\w@.*/{},-]*\.(?:js|cjs|mjs|\{[\w,]+\}))['"`]""")
JOINED_GLOB = re.compile(r"""path\.(?:join|resolve)\(\s*""" + HERE + r"""((?:\s*,\s*(?:'[^'$]*'|"[^"$]*"))*\s*,\s*(?:'[^'$]*\*[^'$]*'|"[^"$]*\*[^"$]*"))\s*\)""")
SEGMENT = re.compile(r"'([^']*)'|\"([^\"]*)\"")
FOLDER_VARIABLE = re.compile(r"""\b(?:const|let|var)\s+([\w$]+)\s*=\s*path\.(?:join|resolve)\(\s*""" + HERE +
                             r"""\s*,\s*(?:'([^'$]+)'|"([^"$]+)")\s*\)""")
FROM_FOLDER_VARIABLE = re.compile(r"""(?:\brequire|\bimport)\(\s*(?:(?:url\.)?pathToFileURL\(\s*)?"""
                                  r"""path\.(?:join|resolve)\(\s*([\w$]+)\s*,""")

# A package.json "imports" specifier computed at run time: `import(`#upstreams/${name}`)`, `require('#lib/' + f)`.
COMPUTED_IMPORT = re.compile(r"""(?:\brequire|\bimport)\(\s*(?:'(#[^']*)'\s*\+|"(#[^"]*)"\s*\+|`(#[^`$]*)\$\{)""")
# A module loaded from a value (`import(file)`, `require(spec)`, over a list of its paths written as strings:
# `for (const [mount, file] of [['/rooms', './routes/rooms.js']]) app.use(mount, (await import(file)).router)`):
# each local path written in that module is a module it may load.
LOADED_FROM_VALUE = re.compile(r"""(?:\brequire|\bimport)\(\s*(?!['"`\s])""")
QUOTED_LOCAL = re.compile(r"""'((?:\.{1,2}/|#)[^'\n]*)'|"((?:\.{1,2}/|#)[^"\n]*)"|`((?:\.{1,2}/|#)[^`$\n]*)`""")

MAX_PATH_CHARS = 240
MAX_PATH_DEPTH = 32
PATH_SEGMENT = re.compile(r"[\w.@+~-]+")  # letters, digits, . _ @ + ~ -


def path_problem(path):
    """Why `path` cannot name a file of a service, or None. Paths reach generated
    code and logs: no control characters, quotes or backslashes, no escape upwards."""
    if not isinstance(path, str) or not path:
        return "a file needs a non-empty path"
    if len(path) > MAX_PATH_CHARS:
        return f"the path is longer than {MAX_PATH_CHARS} characters"
    segments = path.split("/")
    if len(segments) > MAX_PATH_DEPTH:
        return f"the path is deeper than {MAX_PATH_DEPTH} folders"
    for segment in segments:
        if segment in ("", ".", ".."):
            return "the path must be relative, without empty, '.' or '..' parts"
        if not PATH_SEGMENT.fullmatch(segment):
            return "the path may hold only letters, digits, '.', '_', '@', '+', '~' and '-', separated by '/'"
    return None


def check_paths(paths):
    """ValueError naming the first path that cannot name a file of a service."""
    for path in paths:
        problem = path_problem(path)
        if problem:
            raise ValueError(f"{path!r}: {problem}")


class Module:
    """One JavaScript file of the service: its text, AST and line table.

    The text is the file's, with a `#!` first line blanked out as Node.js ignores
    it (offsets unchanged), so that any part of it is valid JavaScript.
    """

    def __init__(self, path, text, is_esm=False, is_local_esm=None, esm_ast=None, awaited=(), is_async=False):
        self.path = path  # relative to the service root, with forward slashes
        self.original_text = self.text = without_hashbang(text)
        self.user_lines = self.lines = Lines(text)
        self.is_esm = is_esm
        self.is_async = is_async  # an ES module whose evaluation awaits (top-level await, or an import's)
        self.bindings = None  # esm.Bindings of an ES module
        self.mapping = None
        if is_esm:
            self.read_as_commonjs(is_local_esm or (lambda spec: False), esm_ast, awaited)
        else:
            self.ast = parse_commonjs(text, path)
            if "import" in self.text:
                new_text, mapping = esm.dynamic_imports(self.text, self.ast)
                if new_text is not None:
                    self.replace_text(new_text, mapping)
        if "new " in self.text:
            self.hold_instances()
        self.kept_whole = []  # async functions left in one piece: (loc of the await's place, why)
        if "await" in text or "async" in text:
            self.write_out_for_await()
            self.split_awaits()

    def read_as_commonjs(self, is_local_esm, ast, awaited):
        """An ES module, rewritten as CommonJS on the user's lines (analyzer/esm.py)."""
        ast = ast or parse(self.text, self.path, module=True)
        new_text, mapping, self.bindings = esm.to_commonjs(self.text, ast, is_local_esm, awaited)
        self.ast = parse(new_text, self.path, top_level_await=self.is_async)
        self.text, self.mapping = new_text, mapping
        self.lines = MappedLines(new_text, self.user_lines, mapping)

    def hold_instances(self):
        """Top-level instances no variable holds get one (analyzer/held.py)."""
        new_text, mapping = held.hold(self.text, self.ast, self.lines)
        if new_text is not None:
            self.replace_text(new_text, mapping)

    def replace_text(self, new_text, mapping):
        self.ast = parse(new_text, self.path, top_level_await=self.is_async)
        self.text = new_text
        self.mapping = mapping if self.mapping is None else Composed(self.mapping, mapping)
        self.lines = MappedLines(new_text, self.user_lines, self.mapping)

    def write_out_for_await(self):
        """`for await` as the loop it is (analyzer/forawait.py), split then as any other."""
        new_text, mapping = forawait.desugar(self.text, self.ast)
        if new_text is not None:
            self.replace_text(new_text, mapping)

    def split_awaits(self):
        """Async functions become promise continuations (analyzer/asyncsplit.py); the
        analysis runs on the new text, positions are reported in the user's."""
        new_text, mapping, kept = asyncsplit.split(self.text, self.ast, self.lines)
        self.kept_whole = [(self.lines.loc(n.range), why) for f, n, why in kept]
        if new_text is not None:
            self.replace_text(new_text, mapping)

    def original_range(self, rng, with_async=False):
        """Offsets in the user's text; `with_async`: a function split at its awaits
        starts at its `async` keyword, as written."""
        if self.mapping is None:
            return list(rng)
        start, end = self.mapping.original(rng[0]), self.mapping.original(rng[1])
        if with_async:
            before = self.original_text[:start].rstrip()
            if before.endswith("async") and not before[-6:-5].isalnum():
                start = len(before) - len("async")
        return [start, end]

    def original_loc(self, rng):
        """loc of a range already in the user's offsets."""
        return self.user_lines.loc(rng)

    def __repr__(self):
        return f"Module({self.path!r})"


def parse_commonjs(text, path):
    """As Node.js, an `import` or `export` in a CommonJS file is refused, saying why."""
    try:
        return parse(text, path)
    except ParseError as error:
        try:
            statements = parse(text, path, module=True).body
        except ParseError:
            raise error from None
        first = next((st for st in statements if st.type.startswith(("Import", "Export"))), None)
        if first is None:
            raise
        pos = Lines(text).pos(first.range[0])
        raise ParseError(path, pos["line"], pos["column"],
                         "Cannot use import or export outside a module: name the file .mjs, or add "
                         "\"type\": \"module\" to package.json") from None


class Composed:
    """Offsets of a text transformed twice -> offsets of the original."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def original(self, offset):
        return self.first.original(self.second.original(offset))


class Service:
    """The modules of a service (entry first) and its data files."""

    def __init__(self, modules, data_files, root=None, imports=None):
        self.modules = modules
        self.data_files = data_files
        self.root = root
        self.imports = imports or {}  # its package.json's "imports" (`#lib/*` specifiers)
        self.by_path = {m.path: m for m in modules}

    @property
    def entry(self):
        return self.modules[0]

    def resolve(self, from_path, request):
        """The module path that `require(request)` in `from_path` loads, or None."""
        return resolve_request(self.by_path, from_path, request, self.imports)

    def has_file(self, from_path, request):
        """Whether `require(request)` in `from_path` finds a module or a data file of the service."""
        return self.resolve(from_path, request) is not None or \
            resolve_request(set(self.data_files), from_path, request, self.imports) is not None


def resolve_request(known, from_path, request, imports=None):
    if request.startswith("#"):  # package.json "imports": a path from the service's root
        target = subpath_import(imports or {}, request)
        if target is None or not target.startswith("./"):
            return None
        from_path, request = "package.json", target
    base = posixpath.normpath(posixpath.join(posixpath.dirname(from_path), request))
    for candidate in (base, base + ".js", base + ".cjs", base + ".json", base + "/index.js"):
        if candidate in known:
            return candidate
    return None


def subpath_import(imports, spec, conditions=IMPORT_CONDITIONS):
    """What `spec` (`#config`, `#lib/text`) names in a package.json's "imports", as Node.js
    resolves it: its own key, else the pattern with the longest prefix before its `*`; a
    target string, the first of an array that resolves, a condition's (require, import, node,
    default, in the package's order). None when nothing matches."""
    if not isinstance(imports, dict):
        return None
    if spec in imports and "*" not in spec:
        return import_target(imports[spec], "", conditions)
    best = None
    for pattern in imports:
        before, star, after = pattern.partition("*")
        if star and spec.startswith(before) and spec.endswith(after) and len(spec) >= len(pattern) \
                and (best is None or len(before) > len(best[1])):
            best = (pattern, before, after)
    if best is None:
        return None
    pattern, before, after = best
    return import_target(imports[pattern], spec[len(before):len(spec) - len(after)], conditions)


def import_target(target, star, conditions=IMPORT_CONDITIONS):
    if isinstance(target, str):
        return target.replace("*", star)
    if isinstance(target, list):
        return next((t for t in (import_target(x, star, conditions) for x in target) if t is not None), None)
    if isinstance(target, dict):
        return next((t for t in (import_target(v, star, conditions) for k, v in target.items() if k in conditions)
                     if t is not None), None)
    return None


def package_imports(files):
    """The "imports" of the service's package.json ({} when none)."""
    try:
        imports = json.loads(as_text(files["package.json"])).get("imports")
    except (KeyError, ValueError, AttributeError):
        return {}
    return imports if isinstance(imports, dict) else {}


def from_source(text, path="app.js"):
    """A one-file service from source text (the IDE's pasted code)."""
    return Service([Module(path, text)], [])


def from_files(files, entry=None, esm_packages=frozenset()):
    """A service from a {relative path: text or bytes} mapping (an upload). `esm_packages`:
    the names of its npm packages that are ES modules (a default import takes their
    `default` export, as in Node.js; executor/esm_packages.py)."""
    entry = entry or find_entry(files)
    if entry is None:
        raise FileNotFoundError(NO_ENTRY)
    js = self_references(files, {p: t for p, t in files.items() if is_js_path(p, entry)})
    imports = package_imports(files)
    order = reachable_modules(js, entry, imports)
    module_type = package_type(files)
    esm_paths = {p for p in order if is_esm_path(p, module_type)}
    asts = {p: parse(without_hashbang(as_text(js[p])), p, module=True) for p in esm_paths}
    is_async = async_modules(asts, esm_paths, imports)

    def local_esm(path):
        def is_esm(spec):
            if is_local_specifier(spec):
                return resolve_request(esm_paths, path, spec, imports) is not None
            return package_of(spec) in esm_packages
        return is_esm

    def awaited(path):
        return {spec for spec in imported_specifiers(asts[path])
                if is_local_specifier(spec) and resolve_request(is_async, path, spec, imports) is not None}
    modules = [Module(p, as_text(js[p]), p in esm_paths, local_esm(p), asts.get(p),
                      awaited(p) if p in asts else (), p in is_async) for p in order]
    data = sorted(p for p in files if p not in order)
    return Service(modules, data, imports=imports)


def self_references(files, js):
    """The JavaScript files with each import or require of the package's own name rewritten to the
    relative path of the file it names: Node.js resolves `import { stats } from 'flagd-lite/rules'`
    inside the package named flagd-lite through its package.json's "exports" (a package's self-
    reference), as it would a file of the service. Only the columns after such a specifier on its
    line move."""
    manifest = package_manifest(files)
    name, exports = manifest.get("name"), manifest.get("exports")
    if not isinstance(name, str) or not name or exports is None:
        return js
    if not isinstance(exports, dict) or not any(k.startswith(".") for k in exports):
        exports = {".": exports}
    found = re.compile(r"""(\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(%s(?:/[^'"\n]*)?)\2"""
                       % re.escape(name))

    def rewritten(path, text):
        def relative(m):
            # a dual package's self-reference: `require` takes its "require" condition, `import` its "import"
            conditions = REQUIRE_CONDITIONS if m.group(1).startswith("require") else ESM_CONDITIONS
            target = subpath_import(exports, "." + m.group(3)[len(name):], conditions)
            if target is None or not target.startswith("./"):
                return m.group(0)
            rel = posixpath.relpath(posixpath.normpath(target), posixpath.dirname(path) or ".")
            return f"{m.group(1)}{m.group(2)}{rel if rel.startswith('.') else './' + rel}{m.group(2)}"
        return found.sub(relative, text)
    return {p: rewritten(p, as_text(t)) if name in as_text(t) else t for p, t in js.items()}


def imported_specifiers(ast):
    return [st.source.value for st in ast.body
            if st.type == "ImportDeclaration" or (st.type in ("ExportNamedDeclaration", "ExportAllDeclaration")
                                                  and st.source is not None)]


def async_modules(asts, esm_paths, imports=None):
    """The ES modules whose evaluation is asynchronous: a top-level await, or a static
    import of such a module (Node.js awaits it before the importer's body)."""
    found = {p for p, ast in asts.items() if any(asyncsplit.has_await(st) for st in ast.body)}
    changed = True
    while changed:
        changed = False
        for path, ast in asts.items():
            if path not in found and any(resolve_request(found, path, spec, imports) is not None
                                         for spec in imported_specifiers(ast) if is_local_specifier(spec)):
                found.add(path)
                changed = True
    return found


def from_path(path):
    """A service from a `.js` file or a folder on disk."""
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        service = from_files({os.path.basename(path): text}, os.path.basename(path))
        service.root = os.path.dirname(os.path.abspath(path))
        return service
    files = {}
    for rel in list_files(path):
        with open(os.path.join(path, rel), "rb") as f:
            files[rel] = f.read()
    service = from_files(files)
    service.root = os.path.abspath(path)
    return service


def list_files(root):
    found = []
    for here, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(here, name), root)
            found.append(rel.replace(os.sep, "/"))
    return found


def find_entry(files):
    """The entry module, the one resolver of every way a service comes (the IDE's uploads,
    manage.py deploy, the analyzer): the file its `start` script runs (`node src/bin/www.js`:
    `npm start` is how a service is run, by a host or a Dockerfile, and a package's `main` may
    name a module that only exports the app, for tests), else the file Node.js runs for `node .`
    by package.json's `main`, else app.js, index.js... at the top or in src/, else a lone
    top-level .js file."""
    manifest = package_manifest(files)
    main, start = manifest.get("main"), start_script_file(manifest)
    if start and script_file(files, start):
        return script_file(files, start)
    if isinstance(main, str) and main:
        found = node_file(files, main) or ("index.js" if "index.js" in files else None)  # Node's fallback (DEP0128)
        if found:
            return found
    for name in ENTRY_CANDIDATES + tuple("src/" + c for c in ENTRY_CANDIDATES):
        if name in files:
            return name
    js = sorted(p for p in files if p.endswith(JS_EXTENSIONS) and "/" not in p)
    return js[0] if len(js) == 1 else None


def node_file(files, request):
    """The JavaScript file `node <request>` runs in the service's folder, as Node.js 20's CommonJS
    loader finds it (the file, with .js, or the folder's index.js: no .cjs or .mjs added), or None."""
    base = posixpath.normpath(request)
    return next((c for c in (base, base + ".js", base + "/index.js") if c.endswith(JS_EXTENSIONS) and c in files), None)


def package_manifest(files):
    """package.json as a dict ({} when there is none or it is not a JSON object)."""
    if "package.json" not in files:
        return {}
    try:
        manifest = json.loads(as_text(files["package.json"]))
    except (ValueError, RecursionError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


START_SCRIPT = re.compile(r"(?:^|[\s;&])(?:node|nodemon)((?:\s+[^\s;&|]+)+)")
FLAGS_WITH_VALUE = {"-r", "--require", "--import", "--loader", "--experimental-loader", "--env-file", "--watch-path"}


def start_script_file(manifest):
    """The script `node` runs in the `start` script, its first argument that is not an option: `src/server.js`
    for `"start": "NODE_ENV=production node --enable-source-maps src/server.js"`, `./bin/www` for
    express-generator's `"node ./bin/www"`."""
    scripts = manifest.get("scripts")
    start = scripts.get("start") if isinstance(scripts, dict) else None
    found = START_SCRIPT.search(start) if isinstance(start, str) else None
    args = iter(found.group(1).split() if found else ())
    for arg in args:
        if arg in FLAGS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def script_file(files, request):
    """The file `node <request>` runs: as node_file, or a file without an extension (express-generator's
    `bin/www`), which Node.js runs as CommonJS, or as an ES module under `"type": "module"`."""
    found = node_file(files, request)
    if found:
        return found
    path = posixpath.normpath(request)
    return path if path in files and "." not in posixpath.basename(path) else None


def is_js_path(path, entry):
    return path.endswith(JS_EXTENSIONS) or path == entry


def reachable_modules(js, entry, imports=None):
    """Entry first, then the local modules it requires, transitively."""
    order, todo = [], [entry]
    while todo:
        path = todo.pop(0)
        if path in order or path not in js:
            continue
        order.append(path)
        text = as_text(js[path])
        for quoted in LOCAL_REQUIRE.findall(text) + LOCAL_IMPORT.findall(text):
            request = "".join(quoted)  # one of the three quote styles matched
            target = resolve_request(js, path, request, imports)
            if target and target not in order:
                todo.append(target)
        for quoted in COMPUTED_LOCAL.findall(text):
            prefix = "".join(quoted)  # '/models/' after __dirname is './models/', path.join(__dirname, f) './'
            todo.extend(modules_under(js, path, "." + prefix if prefix.startswith("/") or not prefix else prefix))
        for pattern in GLOB_LITERAL.findall(text):  # `container.loadModules(['services/*.js'], { cwd: __dirname })`
            todo.extend(modules_matching(js, path, pattern))
        for m in JOINED_GLOB.finditer(text):  # `path.join(__dirname, 'services', '*.js')`
            todo.extend(modules_matching(js, path, "./" + "/".join("".join(t) for t in SEGMENT.findall(m.group(1)))))
        for quoted in COMPUTED_IMPORT.findall(text):
            todo.extend(modules_imported_as(js, "".join(quoted), imports))
        if LOADED_FROM_VALUE.search(text):
            for quoted in QUOTED_LOCAL.findall(text):
                target = resolve_request(js, path, "".join(quoted), imports)
                if target and target not in order:
                    todo.append(target)
        folders = {m.group(1): m.group(2) or m.group(3) for m in FOLDER_VARIABLE.finditer(text)}
        for name in FROM_FOLDER_VARIABLE.findall(text):
            if name in folders:
                todo.extend(modules_under(js, path, "./" + folders[name].strip("/") + "/"))
    return order


def modules_imported_as(js, prefix, imports):
    """The modules a package.json "imports" specifier starting with `prefix` may name (`#upstreams/`
    for `import(`#upstreams/${name}`)`): the files its patterns' targets match."""
    found = []
    for key in (imports or {}):
        before = key.partition("*")[0]
        if key.startswith("#") and (prefix.startswith(before) if "*" in key else key.startswith(prefix)):
            target = import_target(imports[key], "*")
            if isinstance(target, str) and target.startswith("./"):
                found.extend(modules_matching(js, "package.json", target))
    return found


def modules_matching(js, from_path, pattern):
    """The modules a glob written in the service may name, as a package loading modules by globs
    reads it (awilix's `loadModules`, with `cwd: __dirname` or from the project's root):
    relative to the module's folder and to the root."""
    rx = re.compile(glob_regex(posixpath.normpath(pattern.lstrip("/")) if not pattern.startswith("./") else
                               posixpath.normpath(pattern)))
    here = posixpath.dirname(from_path)
    found = []
    for p in sorted(js):
        if p.startswith("node_modules/"):
            continue
        inside = posixpath.relpath(p, here) if here else p
        if rx.fullmatch(p) or (not inside.startswith("../") and rx.fullmatch(inside)):
            found.append(p)
    return found


def glob_regex(pattern):
    """A regular expression of a glob's paths: `**/` any folders, `*` within a name, `{a,b}`."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "{":
            end = pattern.find("}", i)
            if end < 0:
                out.append(re.escape(c))
            else:
                out.append("(?:" + "|".join(re.escape(x) for x in pattern[i + 1:end].split(",")) + ")")
                i = end + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def modules_under(js, from_path, prefix):
    """The modules a specifier computed from `prefix` may name: those of its folder, and below.
    A prefix such as './plugins/' or './routes/v1-' ends in that folder; path.join's 'routes' is one."""
    if prefix.startswith("."):
        prefix = posixpath.dirname(prefix)
    folder = posixpath.normpath(posixpath.join(posixpath.dirname(from_path), prefix))
    inside = "" if folder == "." else folder + "/"
    return sorted(p for p in js if p.startswith(inside) and not p.startswith("node_modules/"))


def package_type(files):
    """The `type` of the service's package.json ("commonjs" when none)."""
    try:
        return json.loads(as_text(files["package.json"])).get("type", "commonjs")
    except (KeyError, ValueError, AttributeError):
        return "commonjs"


def is_esm_path(path, module_type):
    extensionless = "." not in posixpath.basename(path)
    return path.endswith(".mjs") or ((path.endswith(".js") or extensionless) and module_type == "module")


def as_text(content):
    return content.decode("utf-8") if isinstance(content, bytes) else content
