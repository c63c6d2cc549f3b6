// Node's module resolution over a deployed project's files: the service's modules, its
// data files and its packages' files (core.js loads what this finds).
(function (rt, global) {
  "use strict";
  const project = rt.project;
  const builtins = global.__liquefyBuiltins;

  // -- require: Node's resolution ----------------------------------------------------
  // Over the service's modules (compiled), its data files (JSON) and its packages'
  // files (node_modules/..., source text compiled on first require). Paths are
  // relative to the service's root; filenames (module.id, __filename) are absolute.
  const NODE_CORE = new Set(("assert assert/strict async_hooks buffer child_process cluster console constants crypto " +
    "dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector module net os " +
    "path path/posix path/win32 perf_hooks process punycode querystring readline readline/promises repl stream " +
    "stream/consumers stream/promises stream/web string_decoder sys timers timers/promises tls trace_events tty url " +
    "util util/types v8 vm wasi worker_threads zlib").split(" "));
  const NO_ACCESS = new Set("tls dgram dns dns/promises child_process cluster worker_threads http2 inspector repl".split(" "));
  const CONDITIONS = new Set(["require", "node", "default"]);
  const packageJsons = new Map();            // folder -> parsed package.json, or null

  rt.setLibraries = function (json) {
    project.libraries = JSON.parse(json);
    packageJsons.clear();
    return true;
  };

  function sub(dir, name) { return dir ? dir + "/" + name : name; }
  function dirOf(path) { const i = path.lastIndexOf("/"); return i < 0 ? "" : path.slice(0, i); }
  function absolute(path) { return path ? project.root + "/" + path : project.root; }

  function joinPath(dir, request) {
    const parts = dir ? dir.split("/") : [];
    for (const p of request.split("/")) {
      if (p === "..") { if (!parts.length) return null; parts.pop(); }
      else if (p !== "." && p !== "") parts.push(p);
    }
    return parts.join("/");
  }

  function isFile(path) {
    return path !== "" && (project.modules[path] !== undefined || project.libraries[path] !== undefined ||
                           project.files[path] !== undefined);
  }

  function fileText(path) {
    const lib = project.libraries[path];
    return lib !== undefined ? lib : project.files[path].toString("utf8");
  }

  function packageJson(dir) {
    if (packageJsons.has(dir)) return packageJsons.get(dir);
    const path = sub(dir, "package.json");
    let data = null;
    if (isFile(path)) {
      try { data = JSON.parse(fileText(path)); } catch (e) {
        const err = new Error("Invalid package config " + absolute(path) + ".");
        err.code = "ERR_INVALID_PACKAGE_CONFIG";
        throw err;
      }
    }
    packageJsons.set(dir, data);
    return data;
  }

  function asFile(x) {
    for (const suffix of ["", ".js", ".json", ".cjs"]) if (isFile(x + suffix)) return x + suffix;
    return null;
  }

  function asIndex(x) {
    for (const name of ["index.js", "index.json"]) if (isFile(sub(x, name))) return sub(x, name);
    return null;
  }

  function asDirectory(x) {
    const pkg = packageJson(x);
    if (pkg && typeof pkg.main === "string" && pkg.main) {
      const main = joinPath(x, pkg.main);
      const found = main !== null && (asFile(main) || asIndex(main));
      if (found) return found;
    }
    return asIndex(x);
  }

  function asPath(x) { return x === null ? null : asFile(x) || asDirectory(x); }

  // The node_modules folders a module in `dir` looks in, nearest first, as absolute
  // paths, with those above the service's root (where nothing is ever found).
  function modulePaths(dir) {
    const out = lookupDirs(dir).map(absolute);
    const above = project.root.split("/").slice(1, -1);
    for (let i = above.length; i >= 0; i--) out.push("/" + sub(above.slice(0, i).join("/"), "node_modules"));
    return out;
  }

  // The node_modules folders a module in `dir` looks in, nearest first.
  function lookupDirs(dir) {
    const parts = dir ? dir.split("/") : [];
    const out = [];
    for (let i = parts.length; i >= 0; i--) {
      if (i > 0 && parts[i - 1] === "node_modules") continue;
      out.push(sub(parts.slice(0, i).join("/"), "node_modules"));
    }
    return out;
  }

  function splitPackage(request) {
    const parts = request.split("/");
    const n = request.startsWith("@") ? 2 : 1;
    const rest = parts.slice(n).join("/");
    return [parts.slice(0, n).join("/"), rest ? "./" + rest : "."];
  }

  function resolvePackage(request, dir) {
    const [name, subpath] = splitPackage(request);
    const own = selfReference(name, dir);  // a package importing its own name, through its "exports"
    if (own !== null) return resolveExports(own.folder, own.pkg.exports, subpath, request);
    for (const nm of lookupDirs(dir)) {
      const folder = nm + "/" + name;
      const pkg = packageJson(folder);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) return resolveExports(folder, pkg.exports, subpath, request);
      const found = asPath(nm + "/" + request);
      if (found) return found;
    }
    return null;
  }

  // The nearest package.json (within its node_modules folder, if any) when it is named `name` and has
  // "exports": Node.js resolves `require('my-app/rules')` inside my-app so (a computed specifier; a literal
  // one the analysis rewrote to a relative path, analyzer/source.py self_references).
  function selfReference(name, dir) {
    for (let folder = dir; ; folder = dirOf(folder)) {
      const pkg = packageJson(folder);
      if (pkg) return pkg.name === name && pkg.exports !== undefined && pkg.exports !== null ? {folder, pkg} : null;
      if (!folder || folder.split("/").pop() === "node_modules") return null;
    }
  }

  // package.json "exports": the "." and "./sub" entries, "*" patterns, conditions
  // require > node > default in the order the package lists them, arrays of fallbacks.
  function resolveExports(folder, exports, subpath, request) {
    let map = exports;
    if (typeof map === "string" || Array.isArray(map) || !Object.keys(map).some((k) => k.startsWith("."))) map = {".": map};
    const target = mapTarget(map, subpath, false);
    if (target === null) {
      const e = new Error(subpath === "." ? "No \"exports\" main defined in " + absolute(folder) + "/package.json"
        : "Package subpath '" + subpath + "' is not defined by \"exports\" in " + absolute(folder) + "/package.json");
      e.code = "ERR_PACKAGE_PATH_NOT_EXPORTED";
      throw e;
    }
    const path = joinPath(folder, target);
    if (path === null || !isFile(path)) throw notFound(absolute(path || folder), null);
    return path;
  }

  // The target `key` names in an "exports" or "imports" map: its own entry, else the
  // pattern with the longest prefix before its "*". `bare`: a package name may be one.
  function mapTarget(map, key, bare) {
    if (Object.prototype.hasOwnProperty.call(map, key) && key.indexOf("*") < 0) return exportsTarget(map[key], "", bare);
    let best = null;
    for (const pattern of Object.keys(map)) {
      const star = pattern.indexOf("*");
      if (star < 0) continue;
      const before = pattern.slice(0, star), after = pattern.slice(star + 1);
      if (key.length >= pattern.length && key.startsWith(before) && key.endsWith(after) &&
          (best === null || before.length > best[1].length)) best = [pattern, before, after];
    }
    return best ? exportsTarget(map[best[0]], key.slice(best[1].length, key.length - best[2].length), bare) : null;
  }

  function exportsTarget(target, star, bare = false) {
    if (typeof target === "string") {
      return target.startsWith("./") || (bare && !target.startsWith(".") && !target.startsWith("/"))
        ? target.split("*").join(star) : null;
    }
    if (Array.isArray(target)) {
      for (const t of target) { const found = exportsTarget(t, star, bare); if (found !== null) return found; }
      return null;
    }
    if (target !== null && typeof target === "object") {
      for (const key of Object.keys(target)) {
        if (!CONDITIONS.has(key)) continue;
        const found = exportsTarget(target[key], star, bare);
        if (found !== null) return found;
      }
    }
    return null;
  }

  // package.json "imports" ("#name" specifiers, private to the package): the nearest
  // package.json's map decides, its target a file of the package or another package.
  function resolveImports(request, dir) {
    for (let folder = dir; ; folder = dirOf(folder)) {
      const pkg = packageJson(folder);
      if (pkg) {
        const map = pkg.imports;
        const target = map && typeof map === "object" ? mapTarget(map, request, true) : null;
        if (target === null) {
          const e = new TypeError("Package import specifier \"" + request + "\" is not defined in package " +
                                  absolute(sub(folder, "package.json")));
          e.code = "ERR_PACKAGE_IMPORT_NOT_DEFINED";
          throw e;
        }
        return target.startsWith("./") ? asFile(joinPath(folder, target)) : resolvePackage(target, folder);
      }
      if (!folder) return null;
    }
  }

  function notFound(request, parent) {
    const stack = [];
    for (let m = parent; m; m = m.parent) stack.push("- " + m.filename);
    const e = new Error("Cannot find module '" + request + "'" + (stack.length ? "\nRequire stack:\n" + stack.join("\n") : ""));
    e.code = "MODULE_NOT_FOUND";
    e.requireStack = stack.map((s) => s.slice(2));
    return e;
  }

  // The package a file belongs to, for messages: "node_modules/a/node_modules/@s/b/x.js" -> "@s/b".
  function packageOf(path) {
    const at = path.lastIndexOf("node_modules/");
    if (at < 0) return null;
    return splitPackage(path.slice(at + "node_modules/".length))[0];
  }

  // Outgoing network use (http.request, fetch): an error naming the package whose code
  // asked (the innermost frame in a file under node_modules/), if any.
  rt.noNetwork = function (what) {
    const stack = String(new Error().stack || "");
    const frame = /(node_modules\/[^\s:()]+):\d+:\d+/.exec(stack);
    const who = frame ? "package '" + packageOf(frame[1]) + "' (" + frame[1] + ") made " : "";
    const e = new Error("Liquefy: " + who + (who ? "an outgoing request with " : "outgoing requests with ") + what +
                        (who ? ", which is" : " are") + " not available: a fluxion has no network or process access");
    e.code = "ERR_LIQUEFY_UNAVAILABLE";
    return e;
  };

  function unavailable(name, from) {
    const pkg = packageOf(from);
    const who = pkg ? "package '" + pkg + "' (" + from + ")" : from;
    const why = NO_ACCESS.has(name) ? "a fluxion has no network or process access"
      : "Node's module '" + name + "' is not provided by Liquefy yet (see docs/packages.md)";
    const e = new Error("Liquefy: " + who + " requires '" + name + "', which is not available: " + why);
    e.code = "ERR_LIQUEFY_UNAVAILABLE";
    return e;
  }

  function isBuiltin(name) {
    return rt.isRuntimeModule(name) || (builtins && builtins.has(name));
  }

  // {builtin: name} or {path}; throws as Node.js does when nothing is found.
  function resolveRequest(request, from, parent) {
    if (typeof request !== "string") {
      const e = new TypeError("The \"id\" argument must be of type string." + rt.received(request));
      e.code = "ERR_INVALID_ARG_TYPE";
      throw e;
    }
    if (request === "") {
      const e = new TypeError("The argument 'id' must be a non-empty string. Received ''");
      e.code = "ERR_INVALID_ARG_VALUE";
      throw e;
    }
    const core = request.startsWith("node:") ? request.slice(5) : request;
    if (isBuiltin(core)) return {builtin: core};  // Node's modules and Liquefy's own express, redis, ioredis
    if (NODE_CORE.has(core) || request !== core) throw unavailable(core, from);
    let path;
    if (request.startsWith("#")) {
      path = resolveImports(request, dirOf(from));
    } else if (request === "." || request === ".." || request.startsWith("./") || request.startsWith("../")) {
      path = asPath(joinPath(dirOf(from), request));
    } else if (request.startsWith("/")) {
      path = request === project.root || request.startsWith(project.root + "/")
        ? asPath(joinPath("", request.slice(project.root.length + 1))) : null;
    } else {
      path = resolvePackage(request, dirOf(from));
    }
    if (path === null) throw notFound(request, parent);
    return {path: path};
  }

  Object.assign(exports, {NODE_CORE, absolute, dirOf, isBuiltin, modulePaths, packageOf, resolveRequest});
})(require("./core"), globalThis);
