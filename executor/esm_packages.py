"""npm packages written as ES modules, read as CommonJS.

The runtime loads a package's files as CommonJS (runtime/core.js, compileLibrary). A
file Node.js would load as an ES module (`.mjs`, or `.js` under a package.json whose
`"type"` is `"module"`, the nearest one) is rewritten at deployment by the transform
the service's own ES modules go through (analyzer/esm.py): `import` becomes
`require`, `export` assignments to `exports`, `import.meta` and `import()` calls of
the runtime. A default import of another ES module (of the package, or of an ES
package) takes that module's `default` export, as in Node.js; of a CommonJS package,
its `module.exports`. Not supported: a top-level `await` in a package's module (its
body would have to run as an async function): requiring it fails saying so (a package
may ship such files that nothing requires, so the deployment does not fail).
"""
import json
import posixpath

from analyzer import asyncsplit, esm
from analyzer.packages import package_of
from analyzer.parse import ParseError, parse

NODE_MODULES = "node_modules"


def module_type(files, path):
    """The `type` of the package.json nearest to `path` ("commonjs" when it has none)."""
    return package_json_type(files, import_folder(files, path)) or "commonjs"


def package_json_type(files, folder):
    raw = files.get(posixpath.join(folder, "package.json"))
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
    except ValueError:
        return None
    return data.get("type", "commonjs") if isinstance(data, dict) else None


def is_esm(files, path):
    return path.endswith(".mjs") or (path.endswith(".js") and module_type(files, path) == "module")


def esm_package_names(files):
    """Names of the packages under node_modules/ whose own package.json says `"type": "module"`."""
    names = set()
    for path in files:
        parts = path.split("/")
        if parts[-1] != "package.json" or NODE_MODULES not in parts:
            continue
        last = len(parts) - 1 - parts[::-1].index(NODE_MODULES)
        name = parts[last + 1:-1]
        is_package_folder = len(name) == (2 if name and name[0].startswith("@") else 1)
        if is_package_folder and package_json_type(files, "/".join(parts[:-1])) == "module":
            names.add("/".join(name))
    return names


def as_commonjs(path, text, esm_packages, files=None):
    """The CommonJS text of a package's ES module (`files`: the package files, for its
    package.json's "imports")."""
    files = files or {}
    try:
        ast = parse(text, path, module=True)
    except ParseError as e:
        return refusing(f"{path}:{e.line}:{e.column}: {e.message}")
    if any(asyncsplit.has_await(st) for st in ast.body):
        return refusing(f"{path}: a package's ES module with a top-level await is not supported yet")

    def is_esm_import(spec):
        if spec.startswith("#"):
            target = imports_target(files, path, spec)
            if target is None or not target.startswith("./"):
                return target is not None and package_of(target) in esm_packages
            return is_esm(files, posixpath.normpath(posixpath.join(import_folder(files, path), target)))
        if spec.startswith("."):
            return not spec.endswith((".cjs", ".json"))
        return package_of(spec) in esm_packages
    new_text, _, _ = esm.to_commonjs(text, ast, is_esm_import)
    # its exports are an ES module's namespace: `import()` of it gives them as they are (runtime/core.js)
    return "__rt.esModule(exports);" + new_text


def refusing(reason):
    """A module that fails when it is required, saying why: a package ships files no one
    requires (fast-uri's benchmark.mjs awaits at its top level), so the deployment goes on."""
    return f"throw new Error({json.dumps('Liquefy: ' + reason)});\n"


CONDITIONS = ("require", "node", "default")  # as the runtime resolves (runtime/core.js, exportsTarget)


def import_folder(files, path):
    """The folder of the package.json nearest to `path`: its `type`, its "imports"."""
    folder = posixpath.dirname(path)
    while folder and posixpath.join(folder, "package.json") not in files:
        folder = posixpath.dirname(folder)
    return folder


def imports_target(files, path, spec):
    """What a `#name` specifier names in the nearest package.json's "imports" (exact keys
    and conditions; a pattern is not looked at): a "./" path or a package, or None."""
    raw = files.get(posixpath.join(import_folder(files, path), "package.json"))
    try:
        imports = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw).get("imports") or {}
    except (AttributeError, TypeError, ValueError):
        return None
    target = imports.get(spec) if isinstance(imports, dict) else None
    while isinstance(target, (dict, list)):
        options = target if isinstance(target, list) else [target[k] for k in target if k in CONDITIONS]
        target = next((t for t in options if t is not None), None)
    return target if isinstance(target, str) else None
