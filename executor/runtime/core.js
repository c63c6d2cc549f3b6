// Liquefy runtime core: what runs around users' code inside a node's V8 isolate.
//
// One isolate per project per node. Python calls `run(message, state)` once
// per message, through `__liquefyHost` (see "sealing"); user code never touches
// the outside world directly: runtime modules (fs, redis, timers, express
// responses) append effects to an outbox that Python checks and carries out
// after the run.
const {EFFECT, MESSAGE} = require("./protocol");
(function (global) {
  "use strict";
  const rt = {};
  global.__rt = rt;
  module.exports = rt;  // before the files core.js requires, which require it back
  const builtins = global.__liquefyBuiltins;

  // -- project configuration -------------------------------------------------
  const project = {
    slug: "", root: "/srv/app", units: {}, fluxions: {}, local: new Set(), env: {},
    modules: {}, order: [], main: null, files: {}, filesVersion: -1, libraries: {},
  };
  rt.project = project;

  const configuredHooks = [];
  rt.onConfigured = function (hook) { configuredHooks.push(hook); };  // hook(project), after each configure

  rt.configure = function (json) {
    const c = JSON.parse(json);
    project.slug = c.slug;
    project.root = c.root;
    project.units = c.units;          // unit id -> [[module path, variable name], ...]
    project.fluxions = c.fluxions;    // fluxion id -> {unit, arity, module}
    project.env = c.env || {};
    project.cellUnits = new Set(c.cellUnits || []);
    project.local = new Set(c.local || []);
    project.entry = c.entry;
    project.dataModules = c.dataModules || {};  // "path:name" -> the JSON file it holds
    project.globals = c.globals || [];  // the program's global variables (`global.count = 0`)
    project.clockOrigin = c.clockOrigin;  // when it was deployed (ms): runtime/node_globals.js
    project.express = c.express || 4;  // the major version of Express the service asks for (runtime/express.js)
    project.sources = c.sources || {};  // function id -> [module path, start, end] as written (fn.toString())
    writtenSources.clear();
    for (const hook of configuredHooks) hook(project);
    return true;
  };

  // The program's global variables are properties of the global object: a unit keeps them
  // as [GLOBAL_OBJECT, name], read and written there as a module's variables are.
  const GLOBAL_OBJECT = "<global>";
  // a global under a registered symbol (`globalThis[Symbol.for('app.plugins')]`) is named
  // "Symbol.for(app.plugins)" (analyzer/scopes.py, symbol_for): the same symbol in every isolate
  rt.globalKey = (name) => typeof name === "string" && name.startsWith("Symbol.for(") && name.endsWith(")") ? Symbol.for(name.slice(11, -1)) : name;
  const globalObjectModule = {
    desc: {acc: (op, name, v) => {
      const key = rt.globalKey(name);
      if (op === "get") return global[key];
      // one the program defined read-only (`Object.defineProperty(globalThis, 'appState', { value })`)
      const d = Object.getOwnPropertyDescriptor(global, key);
      if (d !== undefined && "value" in d && !d.writable) {
        if (d.value !== v && d.configurable) Object.defineProperty(global, key, {value: v});
      } else global[key] = v;
    },
           names: [], functions: [], classes: [], factories: {}},
    module: {exports: {}},
  };

  // -- entropy -------------------------------------------------------------------------
  // Fresh bytes from the host (os.urandom) at load and with every message, taken
  // by node:crypto's generator (builtins/crypto.js).
  let entropy = "";
  rt.addEntropy = function (hex) { entropy = (entropy + hex).slice(-512); return true; };
  Object.defineProperty(global, "__liquefyTakeEntropy", {
    value: function () { const taken = entropy; entropy = ""; return taken; },
    writable: false, configurable: false, enumerable: false,
  });

  rt.setLocal = function (json) {
    project.local = new Set(JSON.parse(json));
    return true;
  };

  // -- function identities -----------------------------------------------------
  // Every function literal of the program is tagged where it is created, so
  // that it can be carried across a stream as code (an id) plus captured values.
  const fnInfo = new WeakMap();
  const factoryModule = {};  // factory id -> module path
  rt.fnInfo = fnInfo;

  rt.flx = function (fid, env) {
    const ref = function () {
      return invokeFluxion(fid, env(), this, arguments);
    };
    if (rt.isMainRunning() || rt.snapshotting) madeByMain.add(ref);
    return tagFluxion(ref, fid, {k: "flx", id: fid, env: env});
  };
  const madeByMain = new WeakSet();  // fluxions main made, or main's snapshot brought: holdsMainsVariable

  // A fluxion written `async` is compiled to a plain function returning a promise: an AsyncFunction
  // still (`fn.constructor.name === 'AsyncFunction'`, util.types.isAsyncFunction), as an asyncHandler
  // that wraps only those asks (fresh27c-async-handler-detect).
  const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
  function tagFluxion(ref, fid, info) {
    const about = project.fluxions[fid] || {};
    const {arity, kind} = about;
    // the name Node.js gives the function as written (`const list = (req, res) => ...`: "list"), or ""
    Object.defineProperty(ref, "name", {value: typeof about.name === "string" ? about.name : fid});
    if (kind) writtenKinds.set(ref, kind);  // written as an async or generator function
    if (arity !== undefined) Object.defineProperty(ref, "length", {value: arity});
    if (kind === "async") Object.setPrototypeOf(ref, AsyncFunctionPrototype);
    fnInfo.set(ref, info);
    return ref;
  }

  // A fluxion that arrived in a message: its environment is what the message carried,
  // until a call makes a copy of it, whose variables are then its environment (so that
  // `const step = () => { i++; setTimeout(step, 5); }` carries on with the `i` it wrote).
  function decodedFluxion(fid, env) {
    const info = {k: "flx", id: fid, env: env};
    const ref = function () {
      return invokeFluxion(fid, info.env(), this, arguments, info);
    };
    if (rt.snapshotting) madeByMain.add(ref);
    return tagFluxion(ref, fid, info);
  }

  // A fluxion main posted (a timer's callback) and runs within main (run.js, runPostedInMain: start-up
  // on timers, a top-level await's): as when it arrives in a message, its copy's variables are its
  // environment for the next run, so that a warm-up step rescheduling itself (`const step = () => {
  // warmed.push(steps[i++]); if (i < steps.length) setTimeout(step, 10); }`) goes on with its `i`.
  const postedInMain = new WeakMap();  // the fluxion -> {env}: what its last run left
  rt.runPostedInMain = function (fn, args) {
    const info = fnInfo.get(fn);
    if (info === undefined || info.k !== "flx" || typeof info.env !== "function") return fn.apply(undefined, args);
    let kept = postedInMain.get(fn);
    if (kept === undefined) postedInMain.set(fn, kept = {env: info.env});
    return invokeFluxion(info.id, kept.env(), undefined, args, kept);
  };

  // A fluxion written as a function declaration stays a declaration; this tags it.
  rt.flxDecl = function (fid, fn, env) {
    const arity = (project.fluxions[fid] || {}).arity;
    if ((project.fluxions[fid] || {}).kind) writtenKinds.set(fn, project.fluxions[fid].kind);
    if (arity !== undefined) Object.defineProperty(fn, "length", {value: arity});
    fnInfo.set(fn, {k: "flx", id: fid, env: env});
    return fn;
  };

  rt.fn = function (cid, fn, env, name) {
    if (typeof fn === "function" && !fnInfo.has(fn)) fnInfo.set(fn, {k: "fn", id: cid, env: env});
    if (name !== undefined) rt.named(fn, name);
    return fn;
  };
  // A literal the compiler wraps in a call (`__rt.fn(id, (req, res) => ..., env)`) is anonymous: it
  // gets the name Node.js infers where it is written (compiler.py function_name)
  rt.named = function (fn, name) {
    if (typeof fn === "function" && fn.name === "") nativeDefineProperty(fn, "name", {value: name, configurable: true});
    return fn;
  };

  // -- async and generator functions, as the program wrote them ---------------------------
  // analyzer/asyncsplit.py writes an async function as a plain one returning `__rt.async(() => {...})`,
  // the compiler a generator function as a plain one returning `__rt.gen(...)`: code that tells them
  // apart (an async-aware wrapper of class controllers: `fn.constructor.name === 'AsyncFunction'`,
  // `fn instanceof AsyncFunction`, util.types.isAsyncFunction, `Object.prototype.toString.call(fn)`, a
  // plugin loader's `p instanceof GeneratorFunction`) sees them as Node.js does: their constructor,
  // `instanceof` and toStringTag say what the function was written as, found in its code.
  const NativeAsyncFunction = (async function () {}).constructor;
  const NativeGeneratorFunction = (function* () {}).constructor;
  const NativeAsyncGeneratorFunction = (async function* () {}).constructor;
  const nativeFunctionToString = Function.prototype.toString;
  const defineOwn = Object.defineProperty;
  const writtenKinds = new WeakMap();
  const ASYNC_BODY = /(?:\{return |=>\s*)__rt\.async\(/;
  const GENERATOR_BODY = /^function\s*[\w$]*\(\)\{return __rt\.gen\(/;
  function writtenKind(fn) {
    if (typeof fn !== "function") return null;
    let kind = writtenKinds.get(fn);
    if (kind !== undefined) return kind;
    kind = null;
    let src;
    try { src = nativeFunctionToString.call(fn); } catch (e) { src = ""; }
    if (GENERATOR_BODY.test(src)) kind = "generator";
    else if (!/^class\b/.test(src)) {
      const m = ASYNC_BODY.exec(src);
      // its own body's start: one `{` open before it (`m(a) {return __rt.async(...`), or none after
      // an arrow's `=>`; a nested async function's is deeper
      if (m !== null) {
        let depth = 0;
        for (let i = 0; i < m.index; i++) {
          const c = src[i];
          if (c === "(" || c === "[" || c === "{") depth++;
          else if (c === ")" || c === "]" || c === "}") depth--;
        }
        if (depth === 0) kind = "async";
      }
    }
    writtenKinds.set(fn, kind);
    return kind;
  }
  rt.writtenKind = writtenKind;
  // `fn.toString()` of a function of the program: its text as written (a DI container parses its
  // parameters' names, a loader looks for `async`), not the compiled code, nor the function the
  // runtime makes of a fluxion; found by the id the function is tagged with (deploy.py function_sources)
  const writtenSources = new Map();
  function writtenSource(fn) {
    const info = fnInfo.get(fn);
    const at = info && project.sources && project.sources[info.id];
    if (!at) return undefined;
    let text = writtenSources.get(at[0]);
    if (text === undefined) {
      const file = project.files && project.files[at[0]];
      text = file ? file.toString("utf8") : null;
      writtenSources.set(at[0], text);
    }
    return text === null ? undefined : text.slice(at[1], at[2]);
  }
  defineOwn(Function.prototype, "toString", {configurable: true, writable: true, enumerable: false,
    value: {toString() {
      if (typeof this === "function") {
        const written = writtenSource(this);
        if (written !== undefined) return written;
      }
      return nativeFunctionToString.call(this);
    }}.toString});
  defineOwn(Function.prototype, "constructor", {configurable: true, enumerable: false,
    get() {
      const kind = writtenKind(this);
      return kind === "async" ? NativeAsyncFunction : kind === "generator" ? NativeGeneratorFunction
        : kind === "async generator" ? NativeAsyncGeneratorFunction : Function;
    },
    set(v) { defineOwn(this, "constructor", {value: v, writable: true, enumerable: true, configurable: true}); }});
  defineOwn(Function.prototype, Symbol.toStringTag, {configurable: true, enumerable: false,
    get() {
      const kind = writtenKind(this);
      return kind === "async" ? "AsyncFunction" : kind === "generator" ? "GeneratorFunction"
        : kind === "async generator" ? "AsyncGeneratorFunction" : undefined;
    },
    set(v) { defineOwn(this, Symbol.toStringTag, {value: v, writable: true, enumerable: true, configurable: true}); }});
  const functionHasInstance = Function.prototype[Symbol.hasInstance];
  for (const [Ctor, kind] of [[NativeAsyncFunction, "async"], [NativeGeneratorFunction, "generator"],
                              [NativeAsyncGeneratorFunction, "async generator"]]) {
    defineOwn(Ctor, Symbol.hasInstance, {configurable: true, writable: false, enumerable: false,
      value: function (v) { return writtenKind(v) === kind || functionHasInstance.call(this, v); }});
  }

  // An object literal's accessors (`get total() {...}`), tagged as functions of the program.
  // Only such objects are looked at for accessors when they travel: the others' fields are read.
  const withAccessors = new WeakSet();
  rt.accessors = function (obj, list) {
    withAccessors.add(obj);
    for (const [key, kind, cid, env] of list) {
      const fn = Object.getOwnPropertyDescriptor(obj, key)[kind];
      if (typeof fn === "function" && !fnInfo.has(fn)) fnInfo.set(fn, {k: "fn", id: cid, env: env});
    }
    return obj;
  };

  // An accessor the program defines on an object (`Object.defineProperty(player, 'current',
  // {get() {...}, set(v) {...}})`): the object is looked at for accessors when it travels,
  // so that the accessor, not the value it gave when encoded, arrives.
  function noteAccessor(target, descriptor) {
    if (!descriptor) return;
    if (descriptor.get || descriptor.set) withAccessors.add(target);
    else if (!descriptor.enumerable) withHidden.add(target);
  }
  // A data field the program defines hidden (`Object.defineProperty(this, 'version', {value: 0,
  // writable: true})`, or keyed by a symbol as yaml's nodes mark their kind): JSON's keys miss
  // it, so the object travels with its hidden fields too.
  const withHidden = new WeakSet();
  function hiddenKeys(v) {
    if (!withHidden.has(v)) return [];
    return Reflect.ownKeys(v).filter((k) => {
      const d = Object.getOwnPropertyDescriptor(v, k);
      return !d.enumerable && "value" in d;
    });
  }
  const nativeDefineProperty = Object.defineProperty, nativeDefineProperties = Object.defineProperties;
  const nativeReflectDefine = Reflect.defineProperty;
  const replaceBuiltin = (owner, name, fn) => nativeDefineProperty(owner, name, {writable: true, configurable: true, value: fn});
  // A global the program defines (`Object.defineProperty(globalThis, 'appState', { value })`) is one of its
  // global variables (analyzer/scopes.py, note_defined_global): left configurable, so that restoring it from
  // a unit's state can set what another isolate made of it (globalObjectModule's acc)
  const globalDescriptor = (o, d) => (o === global && d !== null && typeof d === "object" && "value" in d
    ? Object.assign({}, d, {configurable: true}) : d);
  replaceBuiltin(Object, "defineProperty", function defineProperty(o, k, d) {
    const out = nativeDefineProperty(o, k, globalDescriptor(o, d));
    noteAccessor(o, d);
    return out;
  });
  replaceBuiltin(Object, "defineProperties", function defineProperties(o, ds) {
    const out = nativeDefineProperties(o, ds);
    for (const k of Reflect.ownKeys(Object(ds))) noteAccessor(o, ds[k]);
    return out;
  });
  // `Object.create(proto, {area: {value() {...}}})`: a descriptor holding a function of the program
  // defines a field as defineProperties does (the runtime's own descriptors hold none)
  const nativeCreate = Object.create;
  replaceBuiltin(Object, "create", function create(proto, ds) {
    const out = ds === undefined ? nativeCreate(proto) : nativeCreate(proto, ds);
    if (ds === undefined || ds === null) return out;
    for (const k of Reflect.ownKeys(Object(ds))) {
      const d = ds[k];
      if (d && [d.value, d.get, d.set].some((f) => typeof f === "function" && fnInfo.has(f))) noteAccessor(out, d);
    }
    return out;
  });
  replaceBuiltin(Reflect, "defineProperty", function defineProperty(o, k, d) {
    const out = nativeReflectDefine(o, k, globalDescriptor(o, d));
    if (out) noteAccessor(o, d);
    return out;
  });

  // A Proxy the program makes travels as its target and its handler, made again where it
  // arrives: V8 shows nothing of a proxy (reading it runs its traps), so the runtime keeps
  // what made each one.
  const NativeProxy = Proxy;
  const proxyParts = new WeakMap();  // proxy -> [target, handler]
  function makeProxy(target, handler) {
    const proxy = new NativeProxy(target, handler);
    proxyParts.set(proxy, [target, handler]);
    return proxy;
  }
  const ProgramProxy = function Proxy(target, handler) {
    if (!new.target) throw new TypeError("Constructor Proxy requires 'new'");
    return makeProxy(target, handler);
  };
  replaceBuiltin(ProgramProxy, "revocable", function revocable(target, handler) {
    const made = NativeProxy.revocable(target, handler);
    proxyParts.set(made.proxy, [target, handler]);
    return made;
  });
  replaceBuiltin(global, "Proxy", ProgramProxy);

  function factory(id) {
    const path = factoryModule[id];
    const mod = path && loadModule(path, false);
    // a module still loading (a package's setup call in its top level calls the fluxion it was
    // handed: pino's mixin, an rxjs subscriber) has only the factories its first line registered
    const make = mod && (mod.desc ? mod.desc.factories : registeredFactories[path])[id];
    if (!make) throw new Error("Liquefy: no code for function " + id + " (was the service redeployed?)");
    return make;
  }

  function instantiate(id, envObj) {
    const made = factory(id)(envObj);
    fnInfo.set(made[0], {k: "fn", id: id, env: made[1]});
    return made[0];
  }

  // Which fluxion is running, for logs and errors.
  const running = [];
  let invoked = [];  // [fluxion, its sender] that ran in this message, for the metrics
  function takeInvoked() {
    const ran = invoked;
    invoked = [];
    return ran;
  }
  const errorFluxion = new WeakMap();  // error -> the fluxion it was thrown in
  rt.errorFluxion = errorFluxion;  // errors.js
  rt.runningFluxion = () => (running.length ? running[running.length - 1] : (rt.current() && rt.current().fx) || null);

  function invokeFluxion(fid, envObj, self, args, decoded) {
    const made = factory(fid)(envObj);
    if (decoded !== undefined) decoded.env = made[1];
    // the copy is the fluxion too: inside it, its name refers to it (`setImmediate(step)`)
    fnInfo.set(made[0], {k: "flx", id: fid, env: made[1]});
    const current = rt.current();
    if (running.length === 0 && current) {
      // what ran in this message, for the metrics: a route handler the router ran
      // here comes from main (a start stream), anything else from the message's sender
      invoked.push([fid, current.k === MESSAGE.http ? "main" : (current.src || null)]);
    }
    if (running.length === 0) noteForeignUnit(fid);
    running.push(fid);
    try {
      return made[0].apply(self, args);
    } catch (e) {
      if (e !== null && typeof e === "object" && !errorFluxion.has(e)) errorFluxion.set(e, fid);
      throw e;
    } finally {
      running.pop();
    }
  }
  rt.invokeFluxion = invokeFluxion;

  // A fluxion of a unit with state, called straight from code that is not the service's
  // (passport calling `deserializeUser` in its middleware) while another unit's message
  // runs: that unit's state is not loaded here, so the fluxion reads main's copy of it and
  // its changes are lost. Not caught yet (docs/executor.md): said in the service's log.
  const warnedForeign = new Set();
  function noteForeignUnit(fid) {
    const current = rt.current();
    if (!current || !current.unit || current.k === MESSAGE.main || rt.restoring || run.isWholeLive()) return;
    const unit = (project.fluxions[fid] || {}).unit;
    if (unit === undefined || unit === current.unit || isStateless(unit) || warnedForeign.has(fid)) return;
    warnedForeign.add(fid);
    rt.emit({op: EFFECT.log, level: "warn", fx: fid,
                 text: "Liquefy: " + fid + " ran in a message of " + current.unit + ", called by code outside the " +
                       "service's fluxions (a package's); its unit " + unit + " keeps state that is not loaded there: it read main's " +
                       "copy of it, and what it changed is lost"});
  }

  function fluxionOf(fn) {
    while (typeof fn === "function" && boundTargets.has(fn)) fn = boundTargets.get(fn);
    const info = typeof fn === "function" ? fnInfo.get(fn) : undefined;
    if (info === undefined && methodFluxions.has(fn)) return methodFluxions.get(fn);
    return info && info.k === "flx" ? info.id : null;
  }
  rt.fluxionOf = fluxionOf;

  // A method of a top-level class that is a fluxion stays in its class (compiler.py,
  // plan_method_fluxions): it travels as a method (`meth`), bound or not.
  const methodFluxions = new WeakMap();
  rt.methodFluxion = function (cls, key, isStatic, fid) {
    const method = key.startsWith("#") ? privateMethods(cls)[key.slice(1)] : (isStatic ? cls : cls.prototype)[key];
    methodFluxions.set(method, fid);
    const kind = (project.fluxions[fid] || {}).kind;  // its compiled body may start with its cells
    if (kind) writtenKinds.set(method, kind);
  };

  // Can this fluxion run inside the current message? Yes if it belongs to the
  // message's unit, or to a stateless unit this node runs; a stateful unit's
  // state is only loaded by a message of its own.
  rt.isLocal = function (fn) {
    if (run.isWholeLive()) return true;  // every unit's state is this isolate's, live: as Node.js calls
    const current = rt.current();
    const held = madeHeldUnit(fn);
    if (held !== null) return Boolean(current) && current.unit === held;
    const fid = targetFluxion(fn);
    if (fid === null) return true;
    const unit = (project.fluxions[fid] || {}).unit;
    if (current && unit === current.unit) return isStateless(unit) || !holdsMainsVariable(fn, unit);
    return isStateless(unit) && project.local.has(unit);
  };

  // A function main made (a router's layer: `controller.create`, a class-field arrow) whose
  // closure holds main's object for a variable the unit keeps (its `this`): run here, it would
  // change main's object, not the unit's; posted, it arrives holding the unit's (`mvar`).
  function holdsMainsVariable(fn, unit) {
    const info = fnInfo.get(fn), held = heldBy(unit);
    if (held === undefined) return false;
    // a method bound in main to the object a variable holds (`this.middleware =
    // this.middleware.bind(this)` in a constructor, mounted as `cache.middleware`): its `this`
    // is main's object, not the unit's (fresh22a-mw-instances)
    if (boundTargets.has(fn) && typeof fn[SER] === "function") {
      const made = fn[SER]();
      return [made.v.self].concat(made.v.args || []).some((v) => notUnits(v, held));
    }
    // a function a message made may hold an object a variable held before it was reassigned
    // (`const batch = buffer; buffer = []`): that object is its own, not main's
    if (!info || !info.env || !madeByMain.has(fn)) return false;
    const env = info.env();
    return Object.keys(env).some((k) => notUnits(env[k], held));
  }

  // Whether `v` is an object a variable the unit keeps held (or holds inside) in main, and
  // no longer is the unit's own there.
  function notUnits(v, held) {
    if (!held.has(v)) return false;
    const [path, name, steps] = held.get(v);
    const value = loadModule(path, false).desc.acc("get", name);
    return (steps === undefined ? value : atSteps(value, steps)) !== v;
  }

  function isStateless(unit) {
    return !(project.units[unit] || []).length && !project.cellUnits.has(unit);
  }
  rt.isStateless = isStateless;

  // -- values the runtime provides (modules and their members) -----------------
  const runtimeValues = new Map();   // value -> path such as "fs.readFile"
  function registerRuntimeValue(value, path, depth) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
    if (runtimeValues.has(value)) return;
    runtimeValues.set(value, path);
    if (depth > 0) {
      for (const key of Object.getOwnPropertyNames(value)) {
        if (key === "prototype" || key === "caller" || key === "arguments" || key === "callee") continue;
        let v;
        try { v = value[key]; } catch (e) { continue; }
        registerRuntimeValue(v, path + "." + key, depth - 1);
      }
    }
  }
  rt.isRuntimeValue = (v) => runtimeValues.has(v);
  function runtimeValue(path) {
    if (Array.isArray(path)) return libraryValue(path);
    const parts = path.split(".");
    let v = requireBuiltin(parts[0]);
    for (let i = 1; i < parts.length; i++) v = v[parts[i]];
    return v;
  }

  // -- handles: runtime objects that serialize themselves: handles.js -------------------
  const {SER} = require("./handles");

  // -- runtime classes (fs.Stats...): their instances travel as a handle --------
  // made of the class's name and the instance's own fields (hidden ones too). Not an
  // instance of a program class extending one (`class Desk extends EventTarget`): it
  // travels as its own class's instances do, its hidden fields and private ones with it.
  const runtimeClasses = {};  // name -> constructor
  rt.runtimeClass = function (name, Ctor) {
    runtimeClasses[name] = Ctor;
    const handle = function () {
      const fields = {}, hidden = [];
      for (const k of Object.getOwnPropertyNames(this)) {
        fields[k] = this[k];
        if (!Object.prototype.propertyIsEnumerable.call(this, k)) hidden.push(k);
      }
      return {k: "object", v: {c: name, f: fields, h: hidden}};
    };
    nativeDefineProperty(Ctor.prototype, SER, {
      get() { return Object.getPrototypeOf(this) === Ctor.prototype ? handle : undefined; },
      configurable: true,
    });
  };
  rt.handleKind("object", function (v, target) {
    Object.setPrototypeOf(target, runtimeClasses[v.c].prototype);
    for (const k of Object.keys(v.f)) {
      Object.defineProperty(target, k, {value: v.f[k], writable: true, configurable: true, enumerable: v.h.indexOf(k) === -1});
    }
    return target;
  }, true);

  // A runtime function with some arguments fixed (what `bind` would make), able to travel.
  rt.partial = function (fn, ...fixed) {
    const bound = function (...rest) { return fn.apply(this, fixed.concat(rest)); };
    bound[SER] = () => ({k: "partial", v: {fn: fn, args: fixed}});
    return bound;
  };
  rt.handleKind("partial", (v) => rt.partial(v.fn, ...v.args), "function");

  // fn.bind(self, ...args) made by user code can travel when fn and self can;
  // a bound fluxion stays that fluxion (its messages go to its unit).
  const nativeBind = Function.prototype.bind;
  const boundTargets = new WeakMap();
  Object.defineProperty(Function.prototype, "bind", {writable: true, configurable: true, value: function bind(self, ...args) {
    const target = this;
    const bound = nativeBind.call(target, self, ...args);
    bound[SER] = () => ({k: "bound", v: {fn: target, self: self, args: args}});
    boundTargets.set(bound, target);
    if (self !== null && typeof self === "object") boundSelves.set(bound, self);
    return bound;
  }});
  const boundSelves = new WeakMap();
  // the object a function is bound to (`res` of `res.json.bind(res)`), or undefined
  rt.boundThis = function (fn) { return boundSelves.get(fn); };
  rt.handleKind("bound", (v) => v.fn.bind(v.self, ...v.args), "function");

  // -- classes defined at the top level of a module ----------------------------
  const classNames = new Map();  // constructor -> [module path, name]

  // -- private fields (#x) of program classes: privates.js ------------------------------
  const {privateMethods, privateValues, registersPrivates, restorePrivates} = require("./privates");

  // -- static state of top-level classes -------------------------------------------
  // A class's own enumerable fields (`static count = 0`, `Cls.cache = ...`) and its
  // private static fields belong to whoever keeps the class: main's snapshot, and the
  // unit that keeps it when a fluxion writes them. The class itself travels by name.
  const privateStatics = new Map();  // class -> {save() -> [values], restore(values)}
  rt.privateStatics = function (cls, save, restore) { privateStatics.set(cls, {save: save, restore: restore}); };

  rt.privateStaticValues = function (cls) { const p = privateStatics.get(cls); return p ? p.save() : null; };

  // With the prototype's own enumerable data fields: what main copied onto it by code a
  // node does not run again (`Object.assign(Account.prototype, mixin)`, mixin from a variable).
  function staticState(cls) {
    const own = {};
    for (const k of Object.keys(cls)) own[k] = cls[k];
    const p = privateStatics.get(cls);
    const out = {own: own, p: p ? p.save() : null};
    const proto = prototypeFields(cls);
    if (proto) out.proto = proto;
    const replaced = replacedMethods(cls);
    if (replaced) out.methods = replaced;
    return out;
  }

  function prototypeFields(cls) {
    const proto = cls.prototype;
    if (proto === null || typeof proto !== "object") return null;
    const out = {};
    for (const k of Object.keys(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, k);
      if ("value" in desc) out[k] = desc.value;
    }
    return Object.keys(out).length ? out : null;
  }

  // A method main's code replaced by assignment (`C.prototype.lookup = memoize(C.prototype.lookup)`,
  // a helper wrapping `C.prototype[name]` in a loop) stays non-enumerable: the function made at run time
  // (a program closure, or one a package made) that a node's own load of the class does not make.
  // The class's own methods are no such functions.
  function replacedMethods(cls) {
    const proto = cls.prototype;
    if (proto === null || typeof proto !== "object") return null;
    const out = {};
    for (const k of Object.getOwnPropertyNames(proto)) {
      if (k === "constructor" || Object.prototype.propertyIsEnumerable.call(proto, k)) continue;
      const desc = Object.getOwnPropertyDescriptor(proto, k);
      if ("value" in desc && typeof desc.value === "function" && (fnInfo.has(desc.value) || madeBy.has(desc.value))) {
        out[k] = desc.value;
      }
    }
    return Object.keys(out).length ? out : null;
  }

  function restoreStatics(cls, state) {
    for (const k of Object.keys(cls)) if (!(k in state.own)) delete cls[k];
    for (const k of Object.keys(state.own)) {
      Object.defineProperty(cls, k, {value: state.own[k], writable: true, enumerable: true, configurable: true});
    }
    for (const k of Object.keys(state.proto || {})) {
      Object.defineProperty(cls.prototype, k, {value: state.proto[k], writable: true, enumerable: true, configurable: true});
    }
    for (const k of Object.keys(state.methods || {})) {
      Object.defineProperty(cls.prototype, k, {value: state.methods[k], writable: true, enumerable: false, configurable: true});
    }
    if (state.p) privateStatics.get(cls).restore(state.p);
  }

  function classStatics(path, names) {
    const out = {};
    for (const name of names) {
      const cls = moduleAccs[path]("get", name);
      if (constructorRef(cls)) out[name] = staticState(cls);
    }
    return out;
  }

  // [module, name] of a class or function the program declares at a module's top level, or
  // that a module exports without a variable ("module.exports", "module.exports.X").
  function constructorRef(f) {
    return classNames.get(f) || topLevelFunctions.get(f) || exportedConstructors.get(f);
  }
  const exportedConstructors = new Map();  // `module.exports = function Thing() {}` -> [module path, name]

  // -- parts of a top-level class that compute (executor/class_parts.py) -------------
  // Main evaluates them; a node loading a module main loaded takes main's values.
  const classParts = {};  // path -> [value], made where the module was defined
  let mainClassParts = {};  // path -> [{v: encoded value} or {again: true}], from main's snapshot
  let mainModules = new Set();  // the modules main loaded: a node does not define them again
  rt.classPart = function (defining, path, i, compute) {
    if (!defining) {
      const part = (mainClassParts[path] || [])[i];  // none: main never reached that class
      if (part && !part.again) return deserialize(part.v);
    }
    const value = compute();
    (classParts[path] = classParts[path] || [])[i] = value;
    return value;
  };

  // A value that cannot travel (a class a function makes: `extends mixin(Base)`) is
  // computed again where the module loads, as any definition is.
  function encodeClassPart(value) {
    try {
      return {v: serialize(value)};
    } catch (e) {
      return {again: true};
    }
  }

  // A method of a top-level class travels as the class and its key.
  function methodOf(f) {
    for (const [cls, [m, n]] of classNames) {
      for (const [holder, isStatic] of [[cls.prototype, false], [cls, true]]) {
        for (const k of Object.getOwnPropertyNames(holder)) {
          const d = Object.getOwnPropertyDescriptor(holder, k);
          if (d.value === f) return {$: "meth", m: m, n: n, k: k, s: isStatic};
        }
      }
      const privates = privateMethods(cls);
      for (const k of Object.keys(privates)) if (privates[k] === f) return {$: "pmeth", m: m, n: n, k: k};
    }
    return null;
  }

  // -- serialization: serialize.js -------------------------------------------------------
  const serialization = require("./serialize");
  const {STAYS_HERE, carriedBy, countRefs, deserialize, forgetObjects, knowObjects, serialize, shareWithState,
         stopSharing} = serialization;

  rt.snapshotting = false;  // true while main's values are written or read back
  const mainDoneHooks = [];
  rt.onMainDone = function (hook) { mainDoneHooks.push(hook); };
  rt.mainDone = function () { for (const hook of mainDoneHooks) hook(); };

  // -- modules ---------------------------------------------------------------
  const runtimeModules = {};      // name -> factory() for modules the runtime implements
  const runtimeModuleCache = {};
  const topLevelFunctions = new Map();  // function -> [module path, name]

  rt.defineRuntimeModule = function (name, make) { runtimeModules[name] = make; };

  // Package code and the builtins taken from npm (stream, zlib) are not compiled by Liquefy:
  // their async functions run on V8's own promises (the global Promise is the runtime's),
  // whose continuations V8 runs only between two calls into the isolate. Once a package
  // file with `async` in it is loaded, or the service or a package requires stream or zlib,
  // each message ends over at least two calls (rt.run, rt.resume), so that what they do
  // settles in the message. (The runtime's own use of stream, for requests, has no async
  // function on its way; a second call costs about 1.5 ms.)
  const NATIVE_ASYNC_BUILTINS = new Set(["stream", "stream/consumers", "stream/promises", "zlib"]);
  let nativeAsync = false;
  let librariesLoaded = false;  // a package's code was compiled in this isolate

  function requireBuiltin(name) {
    if (name.startsWith("node:")) name = name.slice(5);
    if (runtimeModuleCache[name] !== undefined) return runtimeModuleCache[name];
    let value;
    if (runtimeModules[name]) value = runtimeModules[name]();
    else if (builtins) value = builtins.require(name);
    else throw new Error("Cannot find module '" + name + "'");
    runtimeModuleCache[name] = value;
    if (name === "events") {
      noteEmitters(value);
      value.prototype[SER] = emitterHandle;
    }
    registerRuntimeValue(value, name, 2);
    return value;
  }
  rt.require = requireBuiltin;

  // -- EventEmitters travel with their listeners -----------------------------------
  // An emitter is a handle: its class, its own fields and its listeners by event
  // (events named by strings or symbols: `errorMonitor`, a module's `Symbol('audit')`). A `once` listener travels as the function it
  // wraps, and is wrapped again for the emitter it arrives in.
  function isOnceWrapper(fn) {
    return typeof fn === "function" && fn.name === "bound onceWrapper" && typeof fn.listener === "function";
  }

  function emitterHandle() {
    const fields = {}, events = [];
    const held = heldUnit.has(this) || madeKept.has(this);  // without the package's own functions: the call made again sets them
    for (const k of Object.keys(this)) {
      if (k !== "_events" && k !== "_eventsCount" && !(held && onlyPackageFunctions(this[k], 2))) fields[k] = this[k];
    }
    for (const type of Reflect.ownKeys(this._events || {})) {  // symbol events too (errorMonitor)
      const listeners = [].concat(this._events[type]).filter((l) => !(held && staysHere(l)));
      if (!listeners.length) continue;
      events.push([type, listeners.map((l) => (isOnceWrapper(l) ? [l.listener, true] : [l, false]))]);
    }
    const saved = privateValues(this);
    const out = {c: Object.getPrototypeOf(this).constructor, f: fields, e: events, p: saved && saved.length ? saved : null};
    if (this[captureSymbol()] === true) out.cr = true;  // made with `{ captureRejections: true }`
    return {k: "emitter", v: out};
  }

  // node:events' own symbol of `captureRejections`, which an emitter keeps as its own property
  let kCapture = null;
  function captureSymbol() {
    if (kCapture === null) {
      kCapture = Object.getOwnPropertySymbols(requireBuiltin("events").prototype)
        .find((s) => s.description === "kCapture") || Symbol("none");
    }
    return kCapture;
  }

  // events.once(emitter, name): its listeners are partial applications of runtime
  // functions, handles that travel with the emitter while it waits (a queue in a
  // unit's state that a later message empties), not closures of the events module.

  function onceWrapper() {  // as the events module's
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      return this.listener.apply(this.target, arguments);
    }
    return undefined;
  }

  rt.handleKind("emitter", function (v, target) {
    Object.setPrototypeOf(target, v.c.prototype);
    // a blank instance of a class with private fields ran EventEmitter's constructor already: its
    // `_events` goes, so that init starts the emitter afresh (not in "shape mode", which leaves
    // the key of an event whose last listener went), with the emitter's captureRejections
    target._events = undefined;
    requireBuiltin("events").init.call(target, v.cr ? {captureRejections: true} : undefined);
    Object.assign(target, v.f);
    for (const [type, listeners] of v.e) {
      const fns = listeners.map(([fn, once]) => {
        if (!once) return fn;
        const state = {fired: false, wrapFn: undefined, target: target, type: type, listener: fn};
        const wrapped = onceWrapper.bind(state);
        wrapped.listener = fn;
        state.wrapFn = wrapped;
        return wrapped;
      });
      target._events[type] = fns.length === 1 ? fns[0] : fns;
      target._eventsCount++;
    }
    if (v.p) restorePrivates(target, v.c, v.p);
    return target;
  }, true);

  rt.defineModule = function (path, fn) {
    project.modules[path] = {path: path, fn: fn, desc: null, module: null, loading: false};
    project.order.push(path);
  };

  // -- require: Node's resolution: resolve.js --------------------------------------------
  const requireCache = Object.create(null);  // filename -> module: require.cache
  rt.isRuntimeModule = (name) => runtimeModules[name] !== undefined;
  const {NODE_CORE, absolute, dirOf, isBuiltin, modulePaths, packageOf, resolveRequest} = require("./resolve");


  function makeRequire(from, module) {
    const req = function require(request) {
      const found = resolveRequest(request, from, module);
      if (found.builtin !== undefined) {
        if (NATIVE_ASYNC_BUILTINS.has(found.builtin)) nativeAsync = true;
        return requireBuiltin(found.builtin);
      }
      return loadFile(found.path, module).exports;
    };
    req.main = undefined;
    req.resolve = function resolve(request) {
      const found = resolveRequest(request, from, module);
      return found.builtin !== undefined ? request : absolute(found.path);
    };
    req.resolve.paths = function paths(request) {
      return isBuiltin(request.startsWith("node:") ? request.slice(5) : request) ? null
        : modulePaths(dirOf(from));
    };
    req.cache = requireCache;
    return req;
  }

  // `require` as the service's entry module has it: Express's View loads an engine package so.
  rt.serviceRequire = function (request) { return makeRequire(project.entry, null)(request); };

  // module.createRequire(import.meta.url, or an absolute filename): a require that
  // resolves from that file. It travels as the file's path.
  function createRequire(filename) {
    let file = filename instanceof URL ? filename.href : filename;
    if (typeof file === "string" && file.startsWith("file:")) file = requireBuiltin("url").fileURLToPath(file);
    if (typeof file !== "string" || !file.startsWith("/")) {
      const e = new TypeError("The argument 'filename' must be a file URL object, file URL string, or absolute " +
                              "path string." + received(filename));
      e.code = "ERR_INVALID_ARG_VALUE";
      throw e;
    }
    const path = file.startsWith(project.root + "/") ? file.slice(project.root.length + 1) : "";
    const module = {id: file, filename: file, path: dirOf(file), exports: {}, loaded: false, children: [],
                    paths: modulePaths(dirOf(path))};
    const req = makeRequire(path, module);
    req[SER] = () => ({k: "require", v: file});
    return req;
  }
  rt.handleKind("require", createRequire);
  rt.defineRuntimeModule("module", function () {
    const isBuiltinName = (name) => NODE_CORE.has(name.startsWith("node:") ? name.slice(5) : name);
    return {createRequire: createRequire, builtinModules: Array.from(NODE_CORE), isBuiltin: isBuiltinName};
  });

  // -- ES modules, read as CommonJS (analyzer/esm.py) ----------------------------
  rt.exportAll = function (exports, from) {  // export * from '...'
    for (const k of Object.keys(from)) if (k !== "default") exports[k] = from[k];
  };
  rt.importMeta = function (filename) {
    const url = requireBuiltin("url");
    return {url: url.pathToFileURL(filename).href, filename: filename,
            dirname: filename.slice(0, filename.lastIndexOf("/")),
            // import.meta.resolve(specifier) (Node 20.6): the URL the module's import of it loads
            resolve: function resolve(specifier) {
              const request = String(specifier);
              const path = filename.startsWith(project.root + "/") ? filename.slice(project.root.length + 1) : "";
              const found = resolveRequest(request.startsWith("file:") ? url.fileURLToPath(request) : request, path, null);
              if (found.builtin !== undefined) return "node:" + found.builtin;
              return url.pathToFileURL(absolute(found.path)).href;
            }};
  };
  // import(x): the namespace of a module of the service (its exports) or of a package
  // (its exports as the default export, and their properties as named ones)
  // import() takes its specifier's string (`new URL('./routes/a.js', import.meta.url)` gives its href),
  // a file: URL names a file, and a file of the service by its absolute path is the service's module.
  // The exports of a package's ES modules (executor/esm_packages.py): `import('p-queue')` from CommonJS
  // code gives them as they are, its `default` the class, not `{...m, default: m}` as for CommonJS.
  const esModules = new WeakSet();
  rt.esModule = function (exports) { esModules.add(exports); };

  // A module whose evaluation is asynchronous (a top-level await, its own or an import's) is awaited
  // first, as a static import's is (`evaluated`): its exports are not all set before.
  rt.importDynamic = function (require, specifier) {
    return new rt.Promise(function (resolve, reject) {
      let request = String(specifier);
      if (request.startsWith("file:")) request = requireBuiltin("url").fileURLToPath(request);
      const own = /^[.#]/.test(request) || (request.startsWith(project.root + "/") &&
                                            !request.slice(project.root.length).includes("/node_modules/"));
      const m = require(request);
      const settle = function () {
        const local = esModules.has(m) || (own && m && Object.prototype.hasOwnProperty.call(m, "default"));
        resolve(local ? m : Object.assign({}, m, {default: m}));
      };
      const pending = m !== null && (typeof m === "object" || typeof m === "function") ? evaluations.get(m) : undefined;
      if (pending) pending.then(settle, reject);
      else settle();
    });
  };

  // The module object of a resolved path: the service's own modules (compiled), its
  // JSON data files, a package's files.
  function loadFile(path, parent) {
    if (project.modules[path]) {
      const module = loadModule(path, rt.isMainRunning()).module;
      if (module.parent === undefined) module.parent = parent || null;
      return module;
    }
    if (project.libraries[path] === undefined) return dataModule(path);
    const filename = absolute(path);
    const cached = requireCache[filename];
    if (cached) return cached;  // a cycle gets the exports so far
    const module = {id: filename, filename: filename, path: dirOf(filename), exports: {}, loaded: false,
                    children: [], paths: modulePaths(dirOf(path)), parent: parent || null};
    module.require = makeRequire(path, module);
    requireCache[filename] = module;
    if (parent && parent.children) parent.children.push(module);
    try {
      if (path.endsWith(".json")) module.exports = parseJson(path, filename);
      else compileLibrary(path).call(module.exports, module.exports, module.require, module, filename, module.path);
    } catch (e) {
      delete requireCache[filename];
      throw e;
    }
    module.loaded = true;
    registerLibraryValue(module.exports, [path], 2);
    return module;
  }

  // A JSON data file of the service, parsed at its first require in this isolate; later requires
  // give the same object, as Node.js's cache does. A unit's variable holding it (project.dataModules)
  // points it at the unit's value when restored (run.js), so a require in a handler reads what the
  // unit changed.
  const dataModules = {};
  function dataModule(path) {
    if (dataModules[path] === undefined) dataModules[path] = {exports: JSON.parse(project.files[path].toString("utf8"))};
    return dataModules[path];
  }
  rt.holdDataModule = (path, value) => { dataModule(path).exports = value; };

  function parseJson(path, filename) {
    try {
      return JSON.parse(project.libraries[path]);
    } catch (e) {
      e.message = filename + ": " + e.message;
      throw e;
    }
  }

  const indirectEval = global.eval;
  function compileLibrary(path) {
    let source = project.libraries[path];
    librariesLoaded = true;
    if (/\basync\b/.test(source)) nativeAsync = true;
    if (source.startsWith("#!")) source = "//" + source.slice(2);
    try {
      return indirectEval("(function (exports, require, module, __filename, __dirname) {" + source +
                          "\n})\n//# sourceURL=" + path);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      const esm = /^\s*(import\s*[\w{*'"]|export\s)/m.test(source);
      throw new SyntaxError(path + ": " + e.message + (esm ? " (ES module syntax in a file Node.js loads as " +
                            "CommonJS: no \"type\": \"module\" in its package.json, see docs/packages.md)" : ""));
    }
  }

  // A function a package makes in main (`app.use(cors())`: calls of packages in the top
  // level go through here) travels as the call that made it, made again where it arrives.
  const madeBy = new WeakMap();
  rt.pcall = function (target, key, args, unit) {
    const fn = key === undefined ? target : target[key];
    if (typeof fn !== "function") throw new TypeError((key === undefined ? "the callee" : key) + " is not a function");
    const self = key === undefined ? undefined : target;
    noteHeld(args);
    const posted = run.effectCount();
    const [made, kept] = unit !== undefined && rt.isMainRunning() ? madeWith(() => fn.apply(self, args), args) : [fn.apply(self, args), []];
    if (madeHere(made)) {
      // a builder's method that returns its receiver (`body('x').trim()`): one more step of its recipe
      const before = made === self ? madeBy.get(self) : undefined;
      if (before) madeBy.set(made, Object.assign({}, before, {steps: (before.steps || []).concat([[key, args]])}));
      else if (made !== self) {
        const recipe = madeState({target: target, key: key, args: args}, unit, kept, made);
        // an interval set as it was made (express-rate-limit's store): its state is in its closures
        if (typeof made === "function" && run.effectsSince(posted).some((e) => e.op === "post" && e.repeat)) recipe.closures = true;
        madeBy.set(made, recipe);
      }
    } else if (Array.isArray(made)) {  // the functions in an array a call makes (`checkSchema({...})`)
      made.forEach((item, at) => {
        if (typeof item === "function" && !fnInfo.has(item) && !runtimeValues.has(item) && !madeBy.has(item)) {
          madeBy.set(item, {target: target, key: key, args: args, at: at});
        }
      });
    }
    return made;
  };

  // `new P(...)` of a package in the top level (compiler.py, package_call_edits): the instance
  // remembers its call, so that fields of it that cannot travel are made again by that call
  // where it arrives (encodeConstructed).
  const constructedBy = new WeakMap();
  rt.pnew = function (target, args) {
    if (typeof target !== "function") throw new TypeError("the callee is not a constructor");
    const made = Reflect.construct(target, args);
    if (made !== null && typeof made === "object" && !runtimeValues.has(made)) {
      constructedBy.set(made, {target: target, args: args});
    }
    return made;
  };

  // The own fields of `v` (not an emitter's listeners) that cannot travel; "#" when a class of
  // its package keeps state in private fields, which no code outside the class can read.
  // Asked again for `v` within its own check (a field bound to `v`: node-cache binds its methods
  // to itself), `v` is taken to travel, as travels() takes a value under check: else each field's
  // check would check the others again, exponentially.
  const stayChecking = new Set();
  function fieldsThatStay(v) {
    if (stayChecking.has(v)) return [];
    stayChecking.add(v);
    try {
      const left = Object.keys(v).filter((k) => k !== "_events" && k !== "_eventsCount" && !travels(v[k]));
      return privateClassOf(v) ? left.concat("#") : left;
    } finally {
      stayChecking.delete(v);
    }
  }

  // The class of a package's instance, or one it extends, that declares private members
  // (`#max = 0`, `#evict() {`), found in its source; null when none does. (The service's own
  // classes register theirs: executor/privates.py.)
  const PRIVATE_MEMBER = /(?:^[ \t]*|[;{}]\s*|static\s+)#[A-Za-z_$][\w$]*\s*[=;(\n]/m;
  const privateClasses = new WeakMap();
  function privateClassOf(v) {
    for (let proto = Object.getPrototypeOf(v); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      const cls = Object.prototype.hasOwnProperty.call(proto, "constructor") ? proto.constructor : null;
      if (typeof cls !== "function" || registersPrivates(cls)) continue;
      if (!privateClasses.has(cls)) {
        const source = nativeFunctionToString.call(cls);
        privateClasses.set(cls, /^class\b/.test(source) && PRIVATE_MEMBER.test(source));
      }
      if (privateClasses.get(cls)) return cls;
    }
    return null;
  }

  const NAMESPACES = new Set([JSON, Math, Reflect, Intl]);  // their functions are not enumerable: `{}` once encoded
  const checking = new Set();  // values whose check is under way: one reached again inside it is the outer check's
  function travels(value) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return true;
    if (NAMESPACES.has(value)) return false;
    if (checking.has(value)) return true;
    checking.add(value);
    try {
      serialize(value);
      return true;
    } catch (e) {
      if (e && e[STAYS_HERE]) return false;
      throw e;
    } finally {
      checking.delete(value);
    }
  }

  rt.travels = travels;

  // What a package call makes that travels as that call: a function, or an instance of a
  // class the package does not export (`var upload = multer({...})`), whose fields could
  // not travel. Plain objects and instances of exported classes travel as their fields.
  function madeHere(made) {
    if (typeof made === "function") return !fnInfo.has(made) && !runtimeValues.has(made);
    if (made === null || typeof made !== "object" || runtimeValues.has(made) || made[SER]) return false;
    const proto = Object.getPrototypeOf(made);
    return proto !== null && proto !== Object.prototype && proto !== Array.prototype && !libraryPrototypes.has(proto) &&
      typeof proto.constructor === "function" && !fnInfo.has(proto.constructor) && global[proto.constructor.name] !== proto.constructor;
  }

  // A middleware that may run again on a response decoded elsewhere, to wrap it there as
  // well (express.js, responsePatches): one a package made in main, or one of the service's
  // own, `mounted` with `use`, whose unit is stateless (running it again changes no state;
  // one that changes state must not run twice).
  // the functions such a middleware put on a response (express.js, express_reqres.js)
  rt.rerunMade = new WeakSet();
  rt.rerunsOnResponse = function (f, mounted) {
    if (typeof f !== "function") return false;
    if (madeBy.has(f)) return true;
    if (!mounted) return false;
    const fid = fluxionOf(f);
    return fid !== null && isStateless((project.fluxions[fid] || {}).unit);
  };

  // An instance of a package's class that a module variable holds and the service hands to a
  // package call in main (`session({store: store})`, analyzer: package_held): state of a unit
  // of its own (`pkg_store`), changed by what that call made, which runs in that unit. In
  // that unit's state and main's snapshot, it travels without the package's own functions
  // set on it (`store.generate`, its listeners): the call, made again, sets them again. In a
  // message, it travels as the variable, so that the call is made again on the unit's copy.
  const heldUnit = new WeakMap();  // object -> [unit, module path, variable name]
  const heldUnits = () => Object.keys(project.units).filter((u) => project.units[u].length);

  function heldVariable(unit, value) {
    for (const [path, name] of project.units[unit] || []) {
      // a module whose load has not begun holds nothing yet: reading it must not load it, out
      // of Node's order, in the middle of the module making this call
      if (path !== GLOBAL_OBJECT && !moduleAccs[path]) continue;
      let current;
      try {
        current = accOf(path)("get", name);
      } catch (e) {
        continue;  // not declared yet (a `let` below the call)
      }
      if (current === value) return [path, name];
    }
    return null;
  }

  // In main, the held instances among a package call's arguments (two levels down).
  function noteHeld(args) {
    const units = heldUnits();
    if (!units.length) return;
    const look = (v, depth) => {
      if (v === null || typeof v !== "object" || depth < 0 || runtimeValues.has(v)) return;
      for (const unit of units) {
        const at = heldVariable(unit, v);
        if (at !== null) heldUnit.set(v, [unit, at[0], at[1]]);
      }
      if (!heldUnit.has(v)) for (const k of Object.keys(v)) look(v[k], depth - 1);
    };
    look(args, 2);
  }

  function onlyPackageFunctions(v, depth) {
    if (typeof v === "function") return staysHere(v);
    if (v === null || typeof v !== "object" || depth === 0) return false;
    const proto = Object.getPrototypeOf(v);
    if (proto !== null && proto !== Object.prototype && proto !== Array.prototype) return false;
    const values = Object.values(v);
    return values.length > 0 && values.every((x) => onlyPackageFunctions(x, depth - 1));
  }

  // The unit of a held instance a made function was made with, or null. A message carries
  // such an instance as its variable (`mvar`), read in the unit's message, after its state.
  const madeHeld = new WeakMap();
  function madeHeldUnit(f) {
    if (typeof f !== "function" || !madeBy.has(f)) return null;
    if (madeBy.get(f).cell !== undefined) return madeBy.get(f).unit;
    if (!madeHeld.has(f)) {
      let found = null;
      const look = (v, depth) => {
        if (found !== null || v === null || typeof v !== "object" || depth < 0 || runtimeValues.has(v)) return;
        if (heldUnit.has(v)) { found = heldUnit.get(v)[0]; return; }
        for (const k of Object.keys(v)) look(v[k], depth - 1);
      };
      look(madeBy.get(f).args, 2);
      madeHeld.set(f, found);
    }
    return madeHeld.get(f);
  }

  // -- state a package keeps inside what it made ------------------------------------
  // `app.use(session({...}))` without a store: session() makes its MemoryStore itself and
  // keeps it in the middleware's closure, which no code of the service reaches. The analysis
  // gives such a call a unit of its own (pipeliner.py, package_made), named in its pcall. If
  // making the middleware in main makes instances of a package's classes (EventEmitters:
  // stores are), they are the middleware's state: a cell of that unit, where the
  // middleware then runs. There, in each message, the middleware is made again by its call
  // (its closure cannot travel), and the instances that call makes take the fields of the
  // unit's (by their order: the call is the same), which become the unit's. Elsewhere the
  // middleware made again keeps its own instances, which nothing uses.
  let making = null;  // the emitters made while a made call runs, or null
  const madeKept = new WeakSet();  // those instances: their package's functions are made again with them
  function noteEmitters(events) {
    const init = events.init;
    events.init = function (opts) {
      if (making !== null && !making.includes(this)) making.push(this);
      return init.call(this, opts);
    };
  }

  // What `call` makes, and the instances it keeps: those among its arguments (an inline
  // `session({store: new MemoryStore()})`), then those it made.
  function madeWith(call, args) {
    const given = argumentInstances(args);
    const outer = making;
    making = [];
    try {
      const made = call();
      return [made, given.concat(making.filter((v) => packageInstance(v) && !given.includes(v)))];
    } finally {
      making = outer;
    }
  }

  // The emitters of a package's classes among a call's arguments (two levels down) that no
  // module variable holds (those are held instances, above).
  function argumentInstances(args) {
    const found = [];
    const EventEmitter = requireBuiltin("events");
    const look = (v, depth) => {
      if (v === null || typeof v !== "object" || depth < 0 || runtimeValues.has(v) || heldUnit.has(v)) return;
      if (v instanceof EventEmitter) {
        if (packageInstance(v) && !found.includes(v)) found.push(v);
        return;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === Array.prototype || proto === null) {
        for (const k of Object.keys(v)) look(v[k], depth - 1);
      }
    };
    look(args, 2);
    return found;
  }

  // An instance of a package's class (not of Liquefy's own: a stream, an emitter).
  function packageInstance(v) {
    const proto = Object.getPrototypeOf(v);
    const ref = proto && typeof proto.constructor === "function" ? runtimeValues.get(proto.constructor) : undefined;
    return ref === undefined || Array.isArray(ref);
  }

  function madeState(recipe, unit, kept, made) {
    if (!kept.length || typeof made !== "function") return recipe;
    for (const v of kept) madeKept.add(v);
    return Object.assign(recipe, {unit: unit, cell: rt.cell(kept, unit)});
  }

  function madeAgainWithState(recipe, call) {
    const [made, kept] = madeWith(call, recipe.args);
    const cell = recipe.cell;
    for (const v of kept) madeKept.add(v);
    const current = rt.current();
    if (current && current.unit === recipe.unit && cell.loaded) {
      const saved = cell.v;
      if (saved.length !== kept.length) {
        throw new Error("Liquefy: made again, a package's middleware made " + kept.length + " instances, not " +
                        saved.length + " as before: its state cannot be given back to it");
      }
      kept.forEach((v, i) => adoptFields(v, saved[i]));
      cell.v = kept;
    }
    madeBy.set(made, recipe);
    return made;
  }

  function adoptFields(target, saved) {
    if (target === saved) return;
    for (const k of Object.keys(saved)) if (k !== "_events" && k !== "_eventsCount") target[k] = saved[k];
  }

  // The fluxion of a stateful unit among the service's functions a made function was made
  // with (`body('user').custom(isFree)`, where isFree reads the service's state): the package
  // calls it from inside the made function, so the made function runs in that fluxion's unit.
  const madeFluxions = new WeakMap();
  function madeFluxion(f) {
    if (typeof f !== "function" || !madeBy.has(f)) return null;
    if (!madeFluxions.has(f)) {
      const recipe = madeBy.get(f);
      const found = [];
      const look = (v, depth) => {
        if (typeof v === "function") {
          const fid = fluxionOf(v);
          if (fid !== null && !isStateless((project.fluxions[fid] || {}).unit)) found.push(fid);
          else if (madeBy.has(v) && depth > 0) look(madeBy.get(v).args, depth - 1);
        } else if (v !== null && typeof v === "object" && depth > 0 && !runtimeValues.has(v)) {
          for (const k of Object.keys(v)) look(v[k], depth - 1);
        }
      };
      look([recipe.target, recipe.args, (recipe.steps || []).map((step) => step[1])], 4);
      madeFluxions.set(f, found.length ? found[0] : null);
    }
    return madeFluxions.get(f);
  }

  // The fluxion of a stateful unit that a closure of the service, not itself a fluxion, calls
  // (`this[name] = asyncHandler(this[name].bind(this))` in a controller's constructor, mounted
  // as `controller.add`: the analysis names the method, Express gets asyncHandler's arrow).
  // Run where it was called, the arrow called the method on main's copy of the unit's objects;
  // it runs in that fluxion's unit. Only the functions its variables hold are looked at (and
  // theirs, one closure deep): its objects may be a store's whole data.
  function closureFluxion(f) {
    const info = fnInfo.get(f);
    if (info === undefined || info.k !== "fn" || !info.env) return null;
    const look = (fn, depth) => {
      const fid = fluxionOf(fn) || madeFluxion(fn);
      if (fid !== null) return isStateless((project.fluxions[fid] || {}).unit) ? null : fid;
      const inner = fnInfo.get(fn);
      if (depth === 0 || inner === undefined || inner.k !== "fn" || !inner.env) return null;
      const env = inner.env();
      for (const k of Object.keys(env)) {
        // a variable several messages write is a cell (a wrapper's `fn`): read only in the unit keeping it
        const unit = rt.cellUnit(env[k]);
        if (unit !== null && !isStateless(unit)) return unitFluxion(unit);
        const v = env[k];
        const found = typeof v === "function" && v !== fn ? look(v, depth - 1) : null;
        if (found !== null) return found;
      }
      return null;
    };
    return look(f, 2);
  }

  // A fluxion of the unit, standing for it where a message must go to the unit (closureFluxion).
  const unitFluxions = new Map();
  function unitFluxion(unit) {
    if (!unitFluxions.has(unit)) {
      unitFluxions.set(unit, Object.keys(project.fluxions).find((fid) => project.fluxions[fid].unit === unit) || null);
    }
    return unitFluxions.get(unit);
  }

  // The fluxion whose unit runs `fn`: its own, or the one of a stateful unit it calls.
  function targetFluxion(fn) {
    return fluxionOf(fn) || madeFluxion(fn) || closureFluxion(fn);
  }

  // An id that tells two functions apart within a message (a function replaced by another).
  const functionIds = new WeakMap();
  let functionCount = 0;
  rt.functionId = function (f) {
    if (!functionIds.has(f)) functionIds.set(f, ++functionCount);
    return functionIds.get(f);
  };

  function makeAgain(recipe) {
    return quietly(() => madeAgain(recipe), recipe);
  }

  // What a package's call does besides making its value (a log line, a timer) was done when
  // the value was first made: made again where it arrives (restoring main's values, or in a
  // message), it is not done twice. But a call that sets an interval as it makes a function
  // (express-rate-limit's memory store, resetting its counts) keeps state in that function's
  // closures, which cannot travel: made again, it would start afresh in every message, so
  // it fails, saying so, rather than answer as if nothing had happened.
  function quietly(make, recipe) {
    const [made, effects] = run.apart(make);
    if (recipe !== undefined && typeof made === "function" && effects.some((e) => e.op === "post" && e.repeat)) {
      throw closureStateError(recipe);
    }
    return made;
  }

  function closureStateError(recipe, encoding) {
    const fn = recipe.key === undefined ? recipe.target : recipe.target[recipe.key];
    const ref = runtimeValues.get(fn) || runtimeValues.get(recipe.target);
    const pkg = Array.isArray(ref) ? packageOf(String(ref[0])) : null;
    const e = new Error("Liquefy: " + (pkg ? "package '" + pkg + "'" : "a package") + " made a function (" +
                        ((fn && fn.name) || recipe.key || "a call") + "(...)) that keeps its state in its own " +
                        "closures (it set an interval when made); that state cannot be carried from one message " +
                        "to the next" + (encoding ? "" : ", so it cannot run in a liquid service yet"));
    e.code = "ERR_LIQUEFY_UNAVAILABLE";
    return e;
  }

  function madeAgain(recipe) {
    const fn = recipe.key === undefined ? recipe.target : recipe.target[recipe.key];
    const call = () => fn.apply(recipe.key === undefined ? undefined : recipe.target, recipe.args);
    if (recipe.cell !== undefined) return madeAgainWithState(recipe, call);
    let made = call();
    if (recipe.at !== undefined) made = made[recipe.at];
    for (const [key, args] of recipe.steps || []) made = made[key].apply(made, args);
    if (madeHere(made)) madeBy.set(made, recipe);
    return made;
  }

  // A package's exports are the runtime's kind of value: they travel as the path that
  // reaches them ([file, key, key]); instances of its classes as that class's prototype's path.
  const libraryPrototypes = new Map();
  function registerLibraryValue(value, ref, depth) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
    if (runtimeValues.has(value)) return;
    runtimeValues.set(value, ref);
    const proto = typeof value === "function" && global[value.name] !== value ? value.prototype : undefined;
    if (proto !== null && typeof proto === "object" && !libraryPrototypes.has(proto) && proto !== Object.prototype) {
      libraryPrototypes.set(proto, ref.concat("prototype"));
      registerPrototypeMethods(proto, ref.concat("prototype"));
    }
    if (depth === 0) return;
    for (const key of Object.getOwnPropertyNames(value)) {
      if (key === "prototype" || key === "caller" || key === "arguments" || key === "callee") continue;
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && "value" in desc) registerLibraryValue(desc.value, ref.concat(key), depth - 1);
    }
  }

  // A class's methods travel as their path too: an instance holding one in a field of its own
  // (prom-client's `this.inc = this.incWithoutExemplar`) travels as its fields, not as its constructor's call.
  function registerPrototypeMethods(proto, ref) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === "constructor") continue;
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (desc && typeof desc.value === "function" && !runtimeValues.has(desc.value)) {
        runtimeValues.set(desc.value, ref.concat(key));
      }
    }
  }

  function libraryValue(ref) {
    let v = loadFile(ref[0], null).exports;
    for (let i = 1; i < ref.length; i++) v = v[ref[i]];
    return v;
  }

  const moduleAccs = {};  // path -> its variables' accessor, from the module's first line

  // A module's accessor, also while the module loads (a class part main made may
  // refer to a class the module declared above it).
  function accOf(path) {
    if (path === GLOBAL_OBJECT) return globalObjectModule.desc.acc;
    loadModule(path, false);
    return moduleAccs[path];
  }

  function loadModule(path, main) {
    if (path === GLOBAL_OBJECT) return globalObjectModule;
    const m = project.modules[path];
    if (!m) throw new Error("Liquefy: no module " + path);
    if (m.desc || m.loading) return m;
    m.loading = true;
    const filename = absolute(path);
    const dirname = dirOf(filename);
    m.module = {exports: {}, id: main && path === project.entry ? "." : filename, filename: filename,
                loaded: false, path: dirname, children: [], paths: modulePaths(dirOf(path))};
    m.module.require = makeRequire(path, m.module);
    requireCache[filename] = m.module;
    const exports = m.module.exports;
    const defining = main || !mainModules.has(path);
    const result = m.fn.call(exports, exports, m.module.require, m.module, filename, dirname, main, defining);
    if (m.described) {  // an async module (top-level await): `result` is its evaluation
      m.desc = m.described;
      m.evaluation = result;
      evaluations.set(exports, result);
    } else {
      m.desc = result;
    }
    registerDefinitions(m, path);
    m.module.loaded = true;
    m.loading = false;
    return m;
  }
  rt.loadModule = loadModule;

  function registerDefinitions(m, path) {
    for (const id of Object.keys(m.desc.factories)) factoryModule[id] = path;
    for (const name of m.desc.functions) topLevelFunctions.set(m.desc.acc("get", name), [path, name]);
    for (const name of m.desc.classes) {
      let cls;
      try {
        cls = m.desc.acc("get", name);
      } catch (e) {
        continue;  // declared after a top-level await still pending: registered when main ends
      }
      if (typeof cls === "function") classNames.set(cls, [path, name]);
    }
    for (const name of m.desc.exported || []) {  // `module.exports = class {...}`: named by where it is
      const exports = m.module.exports;
      const cls = name === "module.exports" ? exports : exports !== null && exports !== undefined ? exports[name.slice(15)] : undefined;
      if (typeof cls !== "function" || constructorRef(cls)) continue;
      (exportedClasses[path] = exportedClasses[path] || {})[name] = cls;
      (fnInfo.has(cls) ? exportedConstructors : classNames).set(cls, [path, name]);
    }
  }

  // Called from a module's first line: its factories and variable accessors.
  const exportedClasses = {};  // path -> {"module.exports" or "module.exports.X": the class its load made}
  const registeredFactories = {};  // path -> its factories, from its first line on
  rt.register = function (path, acc, factories, described) {
    moduleAccs[path] = (op, n, v) => (op === "get" && n.startsWith("module.exports") ? exportedClasses[path][n] : acc(op, n, v));
    registeredFactories[path] = factories;
    for (const id of Object.keys(factories)) factoryModule[id] = path;
    const m = project.modules[path];
    if (described) m.described = Object.assign({factories: factories, acc: acc}, described);
  };

  // `await __rt.evaluated(require('./m.js'))`: an ES module waits for the evaluation of
  // an imported module that has a top-level await, as Node.js does.
  // In a cycle (a.js imports b.js, which imports a.js, both importing a module with a top-level
  // await), the importer does not wait for a module that is itself waiting, through the modules it
  // awaits, for the importer: Node.js evaluates such a cycle as one, and each waiting for the other
  // never ended (`importer`: the exports of the module that awaits).
  const evaluations = new WeakMap();  // exports of a module evaluated asynchronously -> its promise
  const awaiting = new WeakMap();  // exports of a module evaluated asynchronously -> the exports it awaits
  rt.evaluated = function (exports, importer) {
    const evaluation = evaluations.get(exports);
    if (evaluation === undefined || importer === undefined) return evaluation;
    for (let m = exports, n = 0; m !== undefined && n < 10000; m = awaiting.get(m), n++) {
      if (m === importer) return undefined;
    }
    awaiting.set(importer, exports);
    return evaluation;
  };

  // A live binding (analyzer/scopes.py): an import of a variable its ES module
  // reassigns reads the variable itself, in whichever state this message restored.
  // An ES module's named import from a module in a cycle with it, which that module (a barrel) had not
  // exported yet when the importer ran: the barrel sets it when its body has run (compiler.py, plan_bindings).
  rt.lateImport = function (path, name, value) {
    const acc = moduleAccs[path];
    if (acc !== undefined && acc("get", name) === undefined) acc("set", name, value);
  };
  rt.binding = function (path, name) {
    if (!moduleAccs[path]) loadModule(path, rt.isMainRunning());
    return moduleAccs[path]("get", name);
  };

  // -- loading a deployed project on a node -------------------------------------
  // Modules are loaded without running main (only their definitions run), then
  // the values main left are decoded and put back in the module-level variables.
  rt.loadMain = function (snapshotText) {
    const snapshot = JSON.parse(snapshotText);
    if (snapshot.__live !== undefined) { run.loseWholeLive(snapshot.__live); return true; }
    mainClassParts = snapshot.__classParts;
    mainModules = new Set(snapshot.__modules);
    run.loading(() => { for (const path of project.order) loadModule(path, false); });
    rt.snapshotting = true;
    let values;
    try {
      const decoded = deserialize(snapshot.__all);
      values = decoded.modules;
      rt.express.serverListener = decoded.serverListener;
      if (decoded.env) {
        for (const key of Object.keys(project.env)) if (!(key in decoded.env)) delete project.env[key];
        Object.assign(project.env, decoded.env);
      }
      if (decoded.protos) rt.express.restoreProtos(decoded.protos);
      if (decoded.processListeners) rt.restoreProcessListeners(decoded.processListeners);
    } finally {
      rt.snapshotting = false;
    }
    rt.mainDone();
    for (const path of Object.keys(values)) {
      const m = loadModule(path, false);
      for (const name of Object.keys(values[path].vars)) {
        m.desc.acc("set", name, values[path].vars[name]);
        noteVariable(path, name, values[path].vars[name]);
      }
      setExports(m, keepAccessors(m.module.exports, values[path].exports));
      for (const name of Object.keys(values[path].statics)) {
        restoreStatics(m.desc.acc("get", name), values[path].statics[name]);
      }
    }
    noteUnitsInside((path, name) => values[path] && name in values[path].vars ? [values[path].vars[name]] : []);
    return true;
  };

  // The instances inside the units' variables as main left them (noteInside), with `valuesOf(path,
  // name)` giving [the variable's value] or [].
  function noteUnitsInside(valuesOf) {
    for (const unit of Object.keys(project.units)) {
      if (isStateless(unit)) continue;
      for (const [path, name] of project.units[unit]) for (const value of valuesOf(path, name)) noteInside(path, name, value);
    }
  }

  // A module's exports from main's snapshot or a unit's state: its `module.exports`, and its
  // `exports` too while the two were one object (compiler.py, exports_setter), so that its
  // functions (`exports.byName[name] = ...`) write these, not what its load made.
  function setExports(m, value) {
    m.desc.acc("exports", null, value);
    m.module.exports = value;
  }

  // A unit's variable whose value main gave as a module's exports (`const ledger =
  // require('./ledger')`): restored from the unit's state, it becomes that module's exports,
  // so that ledger.js's own `module.exports.transfers += 1` writes what the unit keeps.
  const exportsHeld = new Map();  // "path:name" -> the module whose exports main gave it, or null
  function exportsModuleOf(key, mainValue) {
    if (!exportsHeld.has(key)) {
      let found = null;
      if (mainValue !== null && typeof mainValue === "object") {
        found = project.order.find((p) => project.modules[p].module && project.modules[p].module.exports === mainValue);
      }
      exportsHeld.set(key, found === undefined ? null : found);
    }
    return exportsHeld.get(key);
  }

  // The accessors a module defined again on its exports at load (`Object.defineProperty(
  // module.exports, 'n', {get})`) replace the values main's snapshot holds for them; not on a
  // frozen object (a revealing module's `Object.freeze({get resets() {...}})`), which came back
  // with its own.
  function keepAccessors(loaded, restored) {
    if (loaded === null || typeof loaded !== "object" || restored === null || typeof restored !== "object") return restored;
    for (const k of Object.getOwnPropertyNames(loaded)) {  // non-enumerable ones too: never encoded
      const desc = Object.getOwnPropertyDescriptor(loaded, k);
      const own = Object.getOwnPropertyDescriptor(restored, k);
      if ((desc.get || desc.set) && (own === undefined || own.configurable)) Object.defineProperty(restored, k, desc);
    }
    return restored;
  }

  // -- files ---------------------------------------------------------------------
  rt.setFiles = function (json, version) {
    const files = JSON.parse(json);
    project.files = {};
    for (const path of Object.keys(files)) project.files[path] = Buffer.from(files[path], "base64");
    project.filesVersion = version;
    return true;
  };

  // The end of Node's ERR_INVALID_ARG_TYPE messages.
  function received(v) {
    if (v == null) return " Received " + v;
    if (typeof v === "function") return " Received function " + (v.name || "<anonymous>");
    if (typeof v === "object") {
      const name = v.constructor && v.constructor.name;
      return name ? " Received an instance of " + name : " Received " + requireBuiltin("util").inspect(v, {depth: -1});
    }
    let shown = requireBuiltin("util").inspect(v, {colors: false});
    if (shown.length > 28) shown = shown.slice(0, 25) + "...";
    return " Received type " + typeof v + " (" + shown + ")";
  }
  rt.received = received;

  // Whether encodeFunction (serialize) would refuse `f`: no code of the service, nor a
  // value, class, method or made function Liquefy knows how to find again elsewhere.
  function staysHere(f) {
    return !fnInfo.has(f) && !runtimeValues.has(f) && !f[SER] && !topLevelFunctions.has(f) &&
      !classNames.has(f) && !madeBy.has(f) && methodOf(f) === null;
  }
  rt.staysHere = staysHere;

  // An object or function that was the value of a module variable, in main's snapshot or in
  // a unit's state as this isolate decoded it -> [module path, name]. (Restoring a unit gives
  // its variables new objects, while values made by main, such as a router's handlers, keep
  // referring to main's: both stand for the variable.)
  const variableOf = new WeakMap();
  function noteVariable(path, name, value) {
    if (value !== null && (typeof value === "object" || typeof value === "function")) variableOf.set(value, [path, name]);
  }

  // An instance of a program class that main left inside a module variable's value (a DI
  // container's controller, in a private Map of singletons) -> [module path, name, steps]:
  // a route handler main made keeps it as its `this`, and a message carrying it to the unit
  // keeping the variable names it by its place there, so that the handler changes the unit's
  // own object, not a copy of main's (fresh22a-di-container). Steps: ["p", key] a field,
  // ["#", class index, field index] a private field, ["m", key] a Map's entry (a string or
  // number key). Arrays are not walked: an element's index moves.
  const insideOf = new WeakMap();
  const INSIDE_DEPTH = 4, INSIDE_MAX = 2000;
  function noteInside(path, name, value) {
    walkInside(value, (child, steps) => {
      if (!insideOf.has(child)) insideOf.set(child, [path, name, steps]);
      return false;
    });
  }

  // The instances of program classes inside `value` (not through arrays, nor other variables'
  // values), breadth first: `found(child, steps)` returns true to stop.
  function walkInside(value, found) {
    if (value === null || typeof value !== "object" || runtimeValues.has(value)) return;
    const seen = new Set([value]);
    let queue = [[value, []]];
    let stop = false;
    for (let depth = 0; depth < INSIDE_DEPTH && queue.length && seen.size < INSIDE_MAX && !stop; depth++) {
      const next = [];
      const visit = (child, steps) => {
        if (stop || child === null || typeof child !== "object" || seen.has(child) || runtimeValues.has(child) ||
            unitsVariable(child) || Array.isArray(child) || seen.size >= INSIDE_MAX) return;
        seen.add(child);
        const proto = Object.getPrototypeOf(child);
        if (proto !== null && classNames.has(proto.constructor) && found(child, steps)) { stop = true; return; }
        next.push([child, steps]);
      };
      for (const [v, steps] of queue) {
        if (v instanceof Map) {
          for (const [k, child] of v) if (typeof k === "string" || typeof k === "number") visit(child, steps.concat([["m", k]]));
          continue;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== null && proto !== Object.prototype && !classNames.has(proto.constructor)) continue;
        for (const k of Object.keys(v)) {
          const d = Object.getOwnPropertyDescriptor(v, k);
          if (d && "value" in d) visit(d.value, steps.concat([["p", k]]));
        }
        let privates = null;
        try { privates = rt.privateValues(v); } catch (e) { privates = null; }
        (privates || []).forEach((fields, ci) => (fields || []).forEach((child, fi) => visit(child, steps.concat([["#", ci, fi]]))));
      }
      queue = next;
    }
  }

  // Whether `v` is the value of a variable a unit keeps (named by it). The value of one no unit keeps (a
  // `new` analyzer/held.py named: `this.controller = (__new_TodoController_15 = new TodoController(...))` in an
  // App class's constructor) is named by its place inside the unit's variable that holds it.
  function unitsVariable(v) {
    if (!variableOf.has(v)) return false;
    const [path, name] = variableOf.get(v);
    return keptVariables().has(path + ":" + name);
  }
  let keptByUnits = null, keptFor = null;
  function keptVariables() {
    if (keptFor !== project.units) {
      keptByUnits = new Set();
      for (const unit of Object.keys(project.units)) for (const [p, n] of project.units[unit]) keptByUnits.add(p + ":" + n);
      keptFor = project.units;
    }
    return keptByUnits;
  }

  // [path, name, steps] of `v` inside the current value of one of `vars`, or undefined.
  function foundInside(v, vars) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
    const proto = Object.getPrototypeOf(v);
    if (proto === null || !classNames.has(proto.constructor)) return undefined;
    for (const [path, name] of vars) {
      if (path === GLOBAL_OBJECT || !moduleAccs[path]) continue;
      let value;
      try { value = accOf(path)("get", name); } catch (e) { continue; }
      let at;
      walkInside(value, (child, steps) => { if (child === v) at = steps; return child === v; });
      if (at !== undefined) return [path, name, at];
    }
    return undefined;
  }

  // The object at `steps` inside `value` (noteInside), or undefined.
  function atSteps(value, steps) {
    let v = value;
    for (const step of steps) {
      if (v === null || typeof v !== "object") return undefined;
      if (step[0] === "p") v = Object.prototype.hasOwnProperty.call(v, step[1]) ? v[step[1]] : undefined;
      else if (step[0] === "m") v = v instanceof Map ? v.get(step[1]) : undefined;
      else {
        const privates = rt.privateValues(v);
        v = privates && privates[step[1]] ? privates[step[1]][step[2]] : undefined;
      }
    }
    return v;
  }
  rt.atSteps = atSteps;

  // What a message to `unit` carries by reference: the values of the variables it keeps
  // (made once per unit's list of variables, not per effect), and the instances main left
  // inside them (noteInside).
  const heldByVars = new WeakMap();
  function heldBy(unit) {
    const vars = unit ? project.units[unit] || [] : [];
    if (!vars.length) return undefined;
    if (!heldByVars.has(vars)) {
      const keys = new Set(vars.map(([path, name]) => path + ":" + name));
      // else, an instance of a program class found inside what the unit's variables hold here (this
      // isolate's copy of the unit's state may be the one main's handlers were decoded with)
      const at = (v) => variableOf.get(v) || insideOf.get(v) || foundInside(v, vars);
      heldByVars.set(vars, {
        has: (v) => { const found = at(v); return found !== undefined && keys.has(found[0] + ":" + found[1]); },
        get: at,
      });
    }
    return heldByVars.get(vars);
  }


  // -- the run loop: run.js ----------------------------------------------------------------
  const run = require("./run");

  // -- what serialize.js and run.js need of the sections above ----------------------------------
  serialization.lend({
    accOf, boundTargets, checking, classNames, closureStateError, constructedBy, constructorRef, decodedFluxion,
    exportedConstructors, fieldsThatStay, fnInfo, heldUnit, hiddenKeys, instantiate,
    isOnceWrapper, libraryPrototypes, madeBy, madeKept, makeAgain, makeProxy, methodOf,
    nativeDefineProperty, onlyPackageFunctions, privateClassOf, proxyParts, quietly,
    requireBuiltin, runtimeValue, runtimeValues, staysHere, topLevelFunctions, travels,
    withAccessors, withHidden,
    effectRoots: run.effectRoots, encodingMessage: run.encodingMessage, findingLive: run.findingLive,
    liveValue: run.liveValue, noteKeptFunctions: run.noteKeptFunctions, noteLostPrototype: run.noteLostPrototype,
    noteStaying: run.noteStaying, receivingUnit: run.receivingUnit, keptByRunningUnit: run.keptByRunningUnit,
  });
  run.lend({
    classParts, classStatics, constructedBy, constructorRef, encodeClassPart, exportsModuleOf, fluxionOf, fnInfo,
    GLOBAL_OBJECT, heldBy, isStateless, keepAccessors, loadModule, madeBy, madeHeldUnit, targetFluxion, noteUnitsInside, noteVariable,
    privateClassOf, project, received, registerDefinitions, requireBuiltin, requireCache, restoreStatics,
    runtimeValues, setExports, staticState, takeInvoked, travels,
    librariesLoaded: () => librariesLoaded,
    nativeAsync: () => nativeAsync,
  });

  // -- sealing -------------------------------------------------------------------------
  // Once the runtime's files are loaded (each took `rt` as it loaded), user code can
  // name only the hooks that compiled code calls; the host's entry points answer
  // only to the isolate's token, which Python alone holds. (What comes out of the
  // isolate is checked in Python all the same: executor/effect_checks.py.)
  const HOOKS = ["defineModule", "register", "fn", "flx", "flxDecl", "named", "cell", "cellValue", "invokeFluxion", "pcall", "pnew", "async",
                 "asyncClose", "asyncEnter", "asyncExit", "asyncIter", "asyncTouch", "awaitv", "block", "BREAK", "CONTINUE", "doLoop", "forOf", "gen", "iterDone", "loop",
                 "ret", "tryBlock", "unret", "privates", "privateStatics", "classPart", "accessors", "exportAll", "lateImport",
                 "importDynamic", "importMeta", "binding", "evaluated", "esModule", "methodFluxion", "privateAccess", "privateUse",
                 "tagged"];
  const FLAGS = ["restoring"];  // read by compiled code while the runtime changes them
  const HOST = new Set(["configure", "addEntropy", "setLineMaps", "setLibraries", "setLocal", "setFiles", "loadMain",
                        "run", "runBatch", "resume", "takeReplies"]);
  rt.seal = function (token) {
    const hooks = Object.create(null);
    for (const name of HOOKS) if (name in rt) hooks[name] = rt[name];
    for (const name of FLAGS) Object.defineProperty(hooks, name, {get: () => rt[name], enumerable: true});
    const host = function (given, name, ...args) {
      if (given !== token || !HOST.has(name)) throw new Error("Liquefy: the runtime's entry points are the host's");
      return rt[name](...args);
    };
    for (const [name, value] of [["__rt", Object.freeze(hooks)], ["__liquefyHost", host]]) {
      Object.defineProperty(global, name, {value: value, writable: false, configurable: false, enumerable: false});
    }
    return true;
  };
})(globalThis);
