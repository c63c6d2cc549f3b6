"""npm packages of a service: which files of `node_modules/` travel with it.

Library code is not analysed or split into fluxions: it runs inside the fluxion
that calls it. Its files travel in the bundle as source text (`libraries`), and
the runtime compiles each one the first time it is required (runtime/core.js,
"require: Node's resolution").

What travels: the packages the service depends on (the `dependencies` and
`optionalDependencies` of its `package.json`, and those its code requires by
name, then theirs, found as Node.js finds them), or every package of
`node_modules/` when there is no `package.json`. Of each, the `.js`, `.cjs` and `.json` files.
Packages Liquefy provides itself (express, redis) and Node's own module names
are never taken from `node_modules/`, as Node.js never takes its core modules
from there either.

Refused: a package with a native addon (a `.node` file or `binding.gyp`), a
file that is not UTF-8, and more than LIQUEFY_PACKAGES_MAX_BYTES bytes or
LIQUEFY_PACKAGES_MAX_FILES files in all (docs/packages.md).
"""
import hashlib
import json
import logging
import os
import posixpath
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from analyzer import source
from analyzer.packages import NODE_CORE

from . import esm_packages, package_privates
from .errors import DeployError
from .compiler import SUPPORTED_MODULES

log = logging.getLogger("liquefy.packages")
ROOT = Path(__file__).resolve().parent.parent
INSTALL_TIMEOUT_S = int(os.environ.get("LIQUEFY_NPM_TIMEOUT_S", "300"))
NPM = shutil.which("npm") or "/usr/bin/npm"
MAX_BYTES = int(os.environ.get("LIQUEFY_PACKAGES_MAX_BYTES", str(48 * 2 ** 20)))
MAX_FILES = int(os.environ.get("LIQUEFY_PACKAGES_MAX_FILES", "20000"))
SHIPPED_EXTENSIONS = (".js", ".cjs", ".mjs", ".json")
SCRIPT_EXTENSIONS = (".js", ".cjs", ".mjs")
NODE_MODULES = "node_modules"


def is_package_file(path):
    return NODE_MODULES in path.split("/")


def split(files):
    """(the service's own files, the files under node_modules/)."""
    own = {p: c for p, c in files.items() if not is_package_file(p)}
    return own, {p: c for p, c in files.items() if is_package_file(p)}


def provided(name):
    """Whether `require(name)` never reaches node_modules/: Liquefy or Node.js itself answers it."""
    base = name[5:] if name.startswith("node:") else name
    return base in NODE_CORE or base.split("/")[0] in SUPPORTED_MODULES or name.startswith("node:")


def package_name(request):
    """'@scope/name/x' -> '@scope/name'; 'name/x' -> 'name'."""
    parts = request.split("/")
    return "/".join(parts[:2]) if request.startswith("@") else parts[0]


def manifest(files, path):
    """The parsed package.json at `path`, {} when absent; DeployError when it is not JSON."""
    raw = files.get(path)
    if raw is None:
        return {}
    try:
        data = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
    except ValueError as e:
        raise DeployError(f"{path} is not valid JSON: {e}", file=path) from None
    return data if isinstance(data, dict) else {}


def dependency_names(data):
    names = []
    for field in ("dependencies", "optionalDependencies"):
        deps = data.get(field)
        if isinstance(deps, dict):
            names.extend(n for n in deps if isinstance(n, str))
    return names


class Packages:
    """The packages of an upload: {package folder: [its files]}."""

    def __init__(self, files):
        self.files = files
        self.folders = {}
        for path in files:
            folder = self.folder_of(path)
            if folder is not None:
                self.folders.setdefault(folder, []).append(path)

    @staticmethod
    def folder_of(path):
        """'node_modules/a/node_modules/@s/b/lib/x.js' -> 'node_modules/a/node_modules/@s/b'."""
        parts = path.split("/")
        last = max((i for i, p in enumerate(parts) if p == NODE_MODULES), default=None)
        if last is None or last + 1 >= len(parts) - 1:
            return None  # not inside a package folder (node_modules/.package-lock.json)
        width = 3 if parts[last + 1].startswith("@") else 2
        if last + width >= len(parts):
            return None
        return "/".join(parts[:last + width])

    def find(self, name, from_folder):
        """The folder `require(name)` in `from_folder` reaches, as Node.js looks it up, or None."""
        parts = from_folder.split("/") if from_folder else []
        for i in range(len(parts), -1, -1):
            if i > 0 and parts[i - 1] == NODE_MODULES:
                continue
            candidate = posixpath.join(*parts[:i], NODE_MODULES, name) if i else posixpath.join(NODE_MODULES, name)
            if candidate in self.folders:
                return candidate
        return None

    def needed(self, root_manifest, required=(), every_top_level=True):
        """The package folders the service depends on, transitively. `required`: the
        packages its code requires by name. Without a `package.json` (`root_manifest` empty),
        and `every_top_level`, every package at the top of node_modules/ too: a package.json
        says what the service depends on, even when it lists nothing (an ES module's
        `{"type": "module"}` next to a node_modules/ it does not use)."""
        todo = [(n, "") for n in list(dependency_names(root_manifest)) + list(required)]
        if not root_manifest and every_top_level:
            todo += [(package_name(f.split("/", 1)[1]), "") for f in self.folders if f.count(NODE_MODULES) == 1]
        seen = set()
        while todo:
            name, where = todo.pop()
            if provided(name):
                continue
            folder = self.find(name, where)
            if folder is None or folder in seen:
                continue  # a missing package fails at require(), as in Node.js
            seen.add(folder)
            todo.extend((n, folder) for n in dependency_names(manifest(self.files, folder + "/package.json")))
        return sorted(seen)

    def own_files(self, folder):
        """The package's files, not those of the packages nested in it."""
        return sorted(p for p in self.folders[folder] if self.folder_of(p) == folder)


def check_native(folder, paths):
    for path in paths:
        if path.endswith(".node") or posixpath.basename(path) == "binding.gyp":
            name = folder.rsplit(NODE_MODULES + "/", 1)[1]
            raise DeployError(f"package '{name}' has a native addon ({path}): Liquefy runs JavaScript only, "
                              "in V8 isolates that cannot load compiled code", file=path)


def libraries(package_files, root_manifest, required=()):
    """{path: source text} of the package files the service needs; DeployError past the limits."""
    packages = Packages(package_files)
    esm_names = esm_packages.esm_package_names(package_files)
    # ES modules are read as CommonJS only in the packages the service names and theirs:
    # reading every package of a whole node_modules/ would take seconds at each deployment
    depended = set(packages.needed(root_manifest, required, every_top_level=False))
    out, total = {}, 0
    for folder in packages.needed(root_manifest, required):
        paths = packages.own_files(folder)
        check_native(folder, paths)
        for path in paths:
            if not path.endswith(SHIPPED_EXTENSIONS):
                continue
            problem = source.path_problem(path)
            if problem:
                raise DeployError(f"{path!r}: {problem}")
            raw = package_files[path]
            raw = raw.encode() if isinstance(raw, str) else raw
            try:
                out[path] = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise DeployError(f"{path} is not UTF-8 text", file=path) from None
            if folder in depended and esm_packages.is_esm(package_files, path):
                out[path] = esm_packages.as_commonjs(path, out[path], esm_names, package_files)
            if folder in depended and path.endswith(SCRIPT_EXTENSIONS):
                out[path] = package_privates.with_private_hooks(path, out[path])
            total += len(raw)
    if len(out) > MAX_FILES:
        raise DeployError(f"the packages hold {len(out)} files: more than the limit of {MAX_FILES} "
                          "(LIQUEFY_PACKAGES_MAX_FILES, see docs/packages.md)")
    if total > MAX_BYTES:
        raise DeployError(f"the packages' files take {total} bytes: more than the limit of {MAX_BYTES} "
                          "(LIQUEFY_PACKAGES_MAX_BYTES, see docs/packages.md)")
    return out


def top_level(libs):
    """Names of the packages `require('name')` from the service's own files can reach."""
    names = set()
    for path in libs:
        folder = Packages.folder_of(path)
        if folder and folder.count(NODE_MODULES) == 1:
            names.add(folder.split("/", 1)[1])
    return names


def needed_on_disk(name):
    """Whether a file of node_modules/ matters to a deployment: what may travel or be refused."""
    return name.endswith(SHIPPED_EXTENSIONS) or name.endswith(".node") or name == "binding.gyp"


def read_folder(root, prefix=""):
    """{relative path: bytes} of the files under `root` (symbolic links followed) that a
    deployment reads; in node_modules/ only those `needed_on_disk`. `prefix` goes before each path."""
    found = {}
    for here, dirs, names in os.walk(root, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d not in source.IGNORED_DIRS and d != ".bin")
        for name in sorted(names):
            full = os.path.join(here, name)
            rel = posixpath.join(prefix, os.path.relpath(full, root).replace(os.sep, "/")) if prefix else \
                os.path.relpath(full, root).replace(os.sep, "/")
            if is_package_file(rel) and not needed_on_disk(name):
                continue
            with open(full, "rb") as f:
                found[rel] = f.read()
    return found


# -- installing from the npm registry ------------------------------------------------
# A service that brings no node_modules/ but whose package.json has dependencies gets
# them from the registry: `npm ci` with its package-lock.json, else `npm install`,
# both with --omit=dev --ignore-scripts (no package's script runs here), into a folder
# of the cache named by the digest of package.json and package-lock.json. The next
# deployment with the same two files takes that folder as it is.
REGISTRY_SPEC_REFUSED = ("file:", "link:", "portal:", "workspace:", "git:", "git+", "github:", "gitlab:",
                         "bitbucket:", "gist:", "http:", "https:")


def cache_dir():
    return Path(os.environ.get("LIQUEFY_RUN_DIR", ROOT / ".run")) / "npm-packages"


def needs_install(root_manifest):
    return any(not provided(n) for n in dependency_names(root_manifest))


def check_specs(root_manifest):
    """Only versions from the registry: a local path, git or URL dependency would have npm
    read or fetch what the service names."""
    for field in ("dependencies", "optionalDependencies"):
        for name, spec in (root_manifest.get(field) or {}).items():
            spec = str(spec)
            if spec.startswith(REGISTRY_SPEC_REFUSED) or ("/" in spec and not spec.startswith("npm:")):
                raise DeployError(f"package.json: the dependency {name} ({spec}) is not a version from the npm "
                                  "registry; bring it in node_modules/ instead", file="package.json")


def install(files, progress=None):
    """{path: bytes} of node_modules/ for the service's package.json, from the cache or npm.
    `progress(event)` hears about it: npm.cached, or npm.start, one npm.log per line of npm's
    output, then npm.end (docs/packages.md)."""
    return read_folder(str(installed(files, progress) / NODE_MODULES), NODE_MODULES)


def installed(files, progress=None):
    """The folder of the cache whose node_modules/ holds the packages of `files`' package.json
    (and package-lock.json), installed by npm first if needed."""
    progress = progress or (lambda event: None)
    manifest_bytes = as_bytes(files["package.json"])
    lock = files.get("package-lock.json")
    digest = hashlib.sha256(manifest_bytes + b"\0" + (as_bytes(lock) if lock is not None else b"")).hexdigest()[:40]
    folder = cache_dir() / digest
    if not (folder / NODE_MODULES).is_dir():
        fresh = run_npm(manifest_bytes, None if lock is None else as_bytes(lock), progress)
        try:
            os.rename(fresh, folder)
        except OSError:  # another deployment installed the same meanwhile
            shutil.rmtree(fresh, ignore_errors=True)
    else:
        log.info("packages of %s taken from the cache", digest)
        progress({"type": "npm.cached", "digest": digest})
    return folder


def run_npm(manifest_bytes, lock, progress):
    """A new folder of the cache with the installed node_modules/; DeployError with npm's words."""
    cache_dir().mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="installing-", dir=cache_dir()))
    (work / "package.json").write_bytes(manifest_bytes)
    command = [NPM, "ci" if lock is not None else "install", "--omit=dev", "--ignore-scripts", "--no-audit",
               "--no-fund", "--no-update-notifier", "--no-progress", "--loglevel=http", "--prefer-offline",
               "--cache", os.environ.get("LIQUEFY_NPM_CACHE") or str(cache_dir() / "_npm")]
    if lock is not None:
        (work / "package-lock.json").write_bytes(lock)
    words = " ".join(["npm", *command[1:4]])
    progress({"type": "npm.start", "command": words})
    started = time.monotonic()
    code, lines = run_streaming(command, work, lambda text: progress({"type": "npm.log", "line": text}))
    seconds = round(time.monotonic() - started, 1)
    ok = code == 0 and (work / "node_modules").is_dir()
    progress({"type": "npm.end", "command": words, "ok": ok, "seconds": seconds,
              "packages": count_packages(work / "node_modules") if ok else 0})
    log.info("npm %s: %s", command[1], "\n".join(lines)[-2000:])
    if code is None:
        shutil.rmtree(work, ignore_errors=True)
        raise DeployError(f"npm {command[1]} took longer than {INSTALL_TIMEOUT_S} s (LIQUEFY_NPM_TIMEOUT_S)")
    if not ok:
        shutil.rmtree(work, ignore_errors=True)
        last = "\n".join(line for line in lines if not line.startswith("npm http "))
        raise DeployError(f"npm {command[1]} failed (exit {code}):\n" + "\n".join(last.splitlines()[-12:]),
                          file="package.json")
    return work


def run_streaming(command, cwd, on_line):
    """(exit code, or None when it ran past INSTALL_TIMEOUT_S; every line of output). Each
    line, stdout and stderr together, goes to `on_line` as it comes."""
    process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, errors="replace")
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        process.kill()
    timer = threading.Timer(INSTALL_TIMEOUT_S, kill)
    timer.start()
    lines = []
    try:
        for raw in process.stdout:
            if raw.strip():
                lines.append(raw.rstrip())
                on_line(lines[-1])
        code = process.wait()
    finally:
        timer.cancel()
    return (None if timed_out.is_set() else code), lines


def count_packages(folder):
    """How many packages npm put in `folder` (a node_modules/), nested ones too."""
    paths = [f"{NODE_MODULES}/{p.relative_to(folder).as_posix()}" for p in folder.glob("**/package.json")]
    return sum(1 for p in paths if Packages.folder_of(p) == posixpath.dirname(p))


def as_bytes(content):
    return content.encode() if isinstance(content, str) else content


# -- Express's major version --------------------------------------------------------
# The runtime provides `express` itself, as Express 4 or, for a service whose package.json
# asks only for 5.x (`"express": "^5.1.0"`, "5.x", ">=5"), as Express 5 (runtime/express.js).

def express_major(root_manifest):
    """5 when the `dependencies.express` range admits some 5.x version and no 4.x; else 4."""
    deps = root_manifest.get("dependencies")
    spec = deps.get("express") if isinstance(deps, dict) else None
    if not isinstance(spec, str):
        return 4
    intervals = [comparator_set_interval(part) for part in spec.split("||")]
    return 5 if admits_major(intervals, 5) and not admits_major(intervals, 4) else 4


def admits_major(intervals, major):
    return any(max(lo, (major, 0, 0)) < min(hi, (major + 1, 0, 0)) for lo, hi in intervals)


TOP = (float("inf"),) * 3


def comparator_set_interval(text):
    """npm's comparator set (`>=4.2 <5`, `^5.1.0`, `1.2 - 2`, `5.x`) as versions [lo, hi):
    integer triples; pre-release tags are ignored. An unreadable range admits nothing."""
    text = text.strip()
    lo, hi = (0, 0, 0), TOP
    if " - " in text:
        first, last = text.split(" - ", 1)
        return tighten(tighten((lo, hi), ">=", first), "<=", last)
    interval = (lo, hi)
    for token in text.replace(">= ", ">=").replace("<= ", "<=").replace("> ", ">").replace("< ", "<").split():
        op = next((o for o in ("^", "~", ">=", "<=", ">", "<", "=") if token.startswith(o)), "")
        interval = tighten(interval, op, token[len(op):].lstrip("v"))
    return interval


def tighten(interval, op, version):
    lo, hi = interval
    parts = []
    for p in version.split("-")[0].split("+")[0].split("."):
        if p in ("", "x", "X", "*") or len(parts) == 3:
            break
        if not p.isdigit():
            return (TOP, (0, 0, 0))
        parts.append(int(p))
    if version.strip() in ("", "*", "x", "X", "latest") or not parts:
        return (lo, hi) if op in ("", "=", ">=", "<=", "^", "~") else (TOP, (0, 0, 0))
    given = len(parts)
    low = tuple(parts + [0] * (3 - given))
    after = tuple(parts[:given - 1] + [parts[given - 1] + 1] + [0] * (3 - given))  # first version past it
    bump = lambda at: low[:at] + (low[at] + 1,) + (0,) * (2 - at)  # noqa: E731
    if op == "^":  # the left-most non-zero part of those given stays
        new = (low, bump(min(next((i for i, v in enumerate(low) if v), given - 1), given - 1)))
    elif op == "~":
        new = (low, bump(min(1, given - 1)))
    else:  # a bare version or "=" names what it gives (5.x: all of 5)
        new = {">=": (low, TOP), ">": (after, TOP), "<": ((0, 0, 0), low),
               "<=": ((0, 0, 0), after)}.get(op, (low, after))
    return (max(lo, new[0]), min(hi, new[1]))
