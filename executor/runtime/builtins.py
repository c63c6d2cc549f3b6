"""Node.js-compatible builtin modules for the V8 isolates, in plain JavaScript.

Each ``builtins/<name>.js`` is a CommonJS module body, run once as
``function (exports, require, module) { ... }`` when first required; its
``require`` reaches the other builtins, ``internal/*`` helpers included.

``bundle()`` is the one source to evaluate in a fresh context.  It defines

    globalThis.__liquefyBuiltins = { require(name), has(name), names }

where ``require`` accepts the ``node:`` prefix and throws for a name that is
not a builtin, and installs Node's globals ``Buffer``, ``TextEncoder``,
``TextDecoder``, ``URL``, ``URLSearchParams``, ``atob`` and ``btoa`` as lazy
accessors: nothing is instantiated until used.  Each module's source is kept
as a string and compiled on first use, with ``//# sourceURL=node:<name>`` so
that stack traces read as Node's do.

``bundle(runtime=True)`` also lets more modules in, for the runtime's own files
(executor/runtime/__init__.py): scripts evaluated after the bundle call
``__liquefyDefine(name, factory)``, each with its own sourceURL, then
``__liquefyStart(name)`` removes both globals and loads that module. Those
modules require each other by relative path and the builtins by name; user code
can require none of them.
"""
import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent / "builtins"

# The modules user code may require (plus their `node:` forms).
BUILTIN_NAMES = (
    "assert",
    "assert/strict",
    "buffer",
    "crypto",
    "diagnostics_channel",
    "events",
    "path",
    "path/posix",
    "punycode",
    "querystring",
    "readline",
    "stream",
    "stream/consumers",
    "stream/promises",
    "string_decoder",
    "url",
    "util",
    "util/types",
    "zlib",
)

# What the vendored npm packages (builtins/vendor, see vendor_npm.py) require by a bare
# name: Liquefy's own builtins, or another vendored package's entry file.
ALIASES = {
    "process/": "internal/process",
    "process": "internal/process",
    "abort-controller": "vendor/abort-controller/dist/abort-controller",
    "event-target-shim": "vendor/event-target-shim/dist/event-target-shim",
    "forwarded": "vendor/forwarded/index",
    "ipaddr.js": "vendor/ipaddr.js/lib/ipaddr",
}

# Globals Node defines that a bare V8 lacks: name -> (module, export).
GLOBALS = (
    ("Buffer", "buffer", "Buffer"),
    ("atob", "buffer", "atob"),
    ("btoa", "buffer", "btoa"),
    ("TextEncoder", "internal/encoding", "TextEncoder"),
    ("TextDecoder", "internal/encoding", "TextDecoder"),
    ("URL", "internal/url", "URL"),
    ("URLSearchParams", "internal/url", "URLSearchParams"),
    ("structuredClone", "internal/structured_clone", "structuredClone"),
    # Node 19+'s global Web Crypto object: `crypto.randomUUID()`, `crypto.getRandomValues(...)`
    ("crypto", "crypto", "webcrypto"),
)

_LOADER = r"""
(function (global) {
  'use strict';
  const sources = %(sources)s;
  const aliases = %(aliases)s;
  const publicNames = %(names)s;
  const isPublic = new Set(publicNames);
  const cache = Object.create(null);
  const defined = Object.create(null);  // name -> factory, given by __liquefyDefine

  function load(name) {
    const cached = cache[name];
    if (cached !== undefined) return cached.exports;
    const factory = defined[name] || compile(name);
    const module = { id: name, exports: {}, loaded: false };
    cache[name] = module;
    try {
      factory.call(module.exports, module.exports, requireFrom(name), module);
    } catch (err) {
      delete cache[name];
      throw err;
    }
    module.loaded = true;
    return module.exports;
  }

  function compile(name) {
    const source = sources[name];
    if (source === undefined) {
      const err = new Error(`No such built-in module: ${name}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    return (0, eval)(
      `(function (exports, require, module) {${source}\n})\n//# sourceURL=node:${name}\n`);
  }

  // A module's own require: other builtins by name, and for the vendored packages,
  // paths relative to the module ('./x', '../x.js', a folder's index) and ALIASES.
  function requireFrom(name) {
    const dir = name.split('/').slice(0, -1);
    return function require(request) {
      if (aliases[request] !== undefined) return load(aliases[request]);
      if (!request.startsWith('.')) return load(request);
      const parts = dir.slice();
      for (const part of request.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.' && part !== '') parts.push(part);
      }
      const path = parts.join('/');
      for (const candidate of [path, path.replace(/\.js(on)?$/, ''), path + '/index']) {
        if (sources[candidate] !== undefined) return load(candidate);
      }
      return load(path);
    };
  }

  function canonical(name) {
    name = `${name}`;
    return name.startsWith('node:') ? name.slice(5) : name;
  }

  function has(name) {
    return isPublic.has(canonical(name));
  }

  function require(name) {
    const id = canonical(name);
    if (!isPublic.has(id)) {
      const prefixed = `${name}`.startsWith('node:');
      const err = new Error(prefixed ? `No such built-in module: ${name}` : `Cannot find module '${name}'`);
      err.code = prefixed ? 'ERR_UNKNOWN_BUILTIN_MODULE' : 'MODULE_NOT_FOUND';
      throw err;
    }
    return load(id);
  }

  Object.defineProperty(global, '__liquefyBuiltins', {
    // `vendored`: the runtime's own use of a vendored package (Express's proxy-addr)
    value: Object.freeze({ require, has, names: Object.freeze(publicNames.slice()),
                           vendored: (name) => load(`vendor/${name}`) }),
    writable: false, enumerable: false, configurable: false,
  });

  // Node's globals, created on first use.
  function lazyGlobal(name, moduleName, exportName) {
    const define = (value) => Object.defineProperty(global, name, {
      value, writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(global, name, {
      enumerable: false,
      configurable: true,
      get() {
        const value = load(moduleName)[exportName];
        define(value);
        return value;
      },
      set(value) { define(value); },
    });
  }
  for (const [name, moduleName, exportName] of %(globals)s) lazyGlobal(name, moduleName, exportName);

  if (%(runtime)s) {
    const temporary = (name, value) => Object.defineProperty(global, name, {value, configurable: true});
    temporary('__liquefyDefine', (name, factory) => { defined[name] = factory; });
    temporary('__liquefyStart', (name) => {
      delete global.__liquefyDefine;
      delete global.__liquefyStart;
      load(name);
    });
  }
})(globalThis);
"""


def _module_sources():
    sources = {}
    for path in sorted(p for p in HERE.rglob("*.js") if p.is_file()):  # not the folder vendor/ipaddr.js
        name = path.relative_to(HERE).with_suffix("").as_posix()
        sources[name] = path.read_text()
    for path in sorted(HERE.rglob("*.json")):  # a vendored package's data (mime's types.json)
        sources[path.relative_to(HERE).with_suffix("").as_posix()] = f"module.exports = {path.read_text()};"
    return sources


@lru_cache(maxsize=2)
def bundle(runtime=False):
    """The JS source that installs the builtins in a context (see module doc);
    `runtime`: with the two globals that bring in the runtime's modules."""
    sources = _module_sources()
    missing = [name for name in BUILTIN_NAMES if name not in sources]
    if missing:
        raise RuntimeError(f"builtins without a source file: {missing}")
    return _LOADER % {
        "sources": json.dumps(sources, ensure_ascii=True, separators=(",", ":")),
        "names": json.dumps(list(BUILTIN_NAMES)),
        "aliases": json.dumps(ALIASES),
        "globals": json.dumps([list(g) for g in GLOBALS]),
        "runtime": json.dumps(runtime),
    } + "//# sourceURL=liquefy/builtins.js\n"
