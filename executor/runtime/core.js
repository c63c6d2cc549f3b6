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
    project.globals = c.globals || [];  // the program's global variables (`global.count = 0`)
    project.express = c.express || 4;  // the major version of Express the service asks for (runtime/express.js)
    for (const hook of configuredHooks) hook(project);
    return true;
  };

  // The program's global variables are properties of the global object: a unit keeps them
  // as [GLOBAL_OBJECT, name], read and written there as a module's variables are.
  const GLOBAL_OBJECT = "<global>";
  const globalObjectModule = {
    desc: {acc: (op, name, v) => { if (op === "get") return global[name]; global[name] = v; },
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
    if (mainRunning || rt.snapshotting) madeByMain.add(ref);
    return tagFluxion(ref, fid, {k: "flx", id: fid, env: env});
  };
  const madeByMain = new WeakSet();  // fluxions main made, or main's snapshot brought: holdsMainsVariable

  function tagFluxion(ref, fid, info) {
    const arity = (project.fluxions[fid] || {}).arity;
    Object.defineProperty(ref, "name", {value: fid});
    if (arity !== undefined) Object.defineProperty(ref, "length", {value: arity});
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

  // A fluxion written as a function declaration stays a declaration; this tags it.
  rt.flxDecl = function (fid, fn, env) {
    const arity = (project.fluxions[fid] || {}).arity;
    if (arity !== undefined) Object.defineProperty(fn, "length", {value: arity});
    fnInfo.set(fn, {k: "flx", id: fid, env: env});
    return fn;
  };

  rt.fn = function (cid, fn, env) {
    if (typeof fn === "function" && !fnInfo.has(fn)) fnInfo.set(fn, {k: "fn", id: cid, env: env});
    return fn;
  };

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
  replaceBuiltin(Object, "defineProperty", function defineProperty(o, k, d) {
    const out = nativeDefineProperty(o, k, d);
    noteAccessor(o, d);
    return out;
  });
  replaceBuiltin(Object, "defineProperties", function defineProperties(o, ds) {
    const out = nativeDefineProperties(o, ds);
    for (const k of Reflect.ownKeys(Object(ds))) noteAccessor(o, ds[k]);
    return out;
  });
  replaceBuiltin(Reflect, "defineProperty", function defineProperty(o, k, d) {
    const out = nativeReflectDefine(o, k, d);
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
  let invoked = [];
  const errorFluxion = new WeakMap();  // error -> the fluxion it was thrown in
  rt.errorFluxion = errorFluxion;  // errors.js
  rt.runningFluxion = () => (running.length ? running[running.length - 1] : (current && current.fx) || null);

  function invokeFluxion(fid, envObj, self, args, decoded) {
    const made = factory(fid)(envObj);
    if (decoded !== undefined) decoded.env = made[1];
    // the copy is the fluxion too: inside it, its name refers to it (`setImmediate(step)`)
    fnInfo.set(made[0], {k: "flx", id: fid, env: made[1]});
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
    if (!current || !current.unit || current.k === MESSAGE.main || rt.restoring || wholeLive !== null) return;
    const unit = (project.fluxions[fid] || {}).unit;
    if (unit === undefined || unit === current.unit || isStateless(unit) || warnedForeign.has(fid)) return;
    warnedForeign.add(fid);
    outbox.push({op: EFFECT.log, level: "warn", fx: fid,
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
    methodFluxions.set((isStatic ? cls : cls.prototype)[key], fid);
  };

  // Can this fluxion run inside the current message? Yes if it belongs to the
  // message's unit, or to a stateless unit this node runs; a stateful unit's
  // state is only loaded by a message of its own.
  rt.isLocal = function (fn) {
    if (wholeLive !== null) return true;  // every unit's state is this isolate's, live: as Node.js calls
    const held = madeHeldUnit(fn);
    if (held !== null) return Boolean(current) && current.unit === held;
    const fid = fluxionOf(fn) || madeFluxion(fn);
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
    // a function a message made may hold an object a variable held before it was reassigned
    // (`const batch = buffer; buffer = []`): that object is its own, not main's
    if (!info || !info.env || held === undefined || !madeByMain.has(fn)) return false;
    const env = info.env();
    for (const k of Object.keys(env)) {
      if (!held.has(env[k])) continue;
      const [path, name] = held.get(env[k]);
      if (loadModule(path, false).desc.acc("get", name) !== env[k]) return true;
    }
    return false;
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
  // made of the class's name and the instance's own fields (hidden ones too).
  const runtimeClasses = {};  // name -> constructor
  rt.runtimeClass = function (name, Ctor) {
    runtimeClasses[name] = Ctor;
    Ctor.prototype[SER] = function () {
      const fields = {}, hidden = [];
      for (const k of Object.getOwnPropertyNames(this)) {
        fields[k] = this[k];
        if (!Object.prototype.propertyIsEnumerable.call(this, k)) hidden.push(k);
      }
      return {k: "object", v: {c: name, f: fields, h: hidden}};
    };
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
    return bound;
  }});
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

  function restoreStatics(cls, state) {
    for (const k of Object.keys(cls)) if (!(k in state.own)) delete cls[k];
    for (const k of Object.keys(state.own)) {
      Object.defineProperty(cls, k, {value: state.own[k], writable: true, enumerable: true, configurable: true});
    }
    for (const k of Object.keys(state.proto || {})) {
      Object.defineProperty(cls.prototype, k, {value: state.proto[k], writable: true, enumerable: true, configurable: true});
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
  const NATIVE_ASYNC_BUILTINS = new Set(["stream", "stream/promises", "zlib"]);
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
  // (events named by strings). A `once` listener travels as the function it
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
    for (const type of Object.keys(this._events || {})) {
      const listeners = [].concat(this._events[type]).filter((l) => !(held && staysHere(l)));
      if (!listeners.length) continue;
      events.push([type, listeners.map((l) => (isOnceWrapper(l) ? [l.listener, true] : [l, false]))]);
    }
    const saved = privateValues(this);
    return {k: "emitter", v: {c: Object.getPrototypeOf(this).constructor, f: fields, e: events,
                              p: saved && saved.length ? saved : null}};
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
    requireBuiltin("events").init.call(target);
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
    return {url: requireBuiltin("url").pathToFileURL(filename).href, filename: filename,
            dirname: filename.slice(0, filename.lastIndexOf("/"))};
  };
  // import(x): the namespace of a module of the service (its exports) or of a package
  // (its exports as the default export, and their properties as named ones)
  rt.importDynamic = function (require, specifier) {
    return new promises.Promise(function (resolve) {
      const m = require(specifier);
      const local = specifier.startsWith(".") && m && Object.prototype.hasOwnProperty.call(m, "default");
      resolve(local ? m : Object.assign({}, m, {default: m}));
    });
  };

  // The module object of a resolved path: the service's own modules (compiled), its
  // JSON data files, a package's files.
  function loadFile(path, parent) {
    if (project.modules[path]) {
      const module = loadModule(path, mainRunning).module;
      if (module.parent === undefined) module.parent = parent || null;
      return module;
    }
    if (project.libraries[path] === undefined) {  // a data file of the service: JSON, read afresh
      return {exports: JSON.parse(project.files[path].toString("utf8"))};
    }
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
    const posted = outbox.length;
    const [made, kept] = unit !== undefined && mainRunning ? madeWith(() => fn.apply(self, args), args) : [fn.apply(self, args), []];
    if (madeHere(made)) {
      // a builder's method that returns its receiver (`body('x').trim()`): one more step of its recipe
      const before = made === self ? madeBy.get(self) : undefined;
      if (before) madeBy.set(made, Object.assign({}, before, {steps: (before.steps || []).concat([[key, args]])}));
      else if (made !== self) {
        const recipe = madeState({target: target, key: key, args: args}, unit, kept, made);
        // an interval set as it was made (express-rate-limit's store): its state is in its closures
        if (typeof made === "function" && outbox.slice(posted).some((e) => e.op === "post" && e.repeat)) recipe.closures = true;
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
  function fieldsThatStay(v) {
    const left = Object.keys(v).filter((k) => k !== "_events" && k !== "_eventsCount" && !travels(v[k]));
    return privateClassOf(v) ? left.concat("#") : left;
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
        const source = Function.prototype.toString.call(cls);
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
  let encodingMessage = false;
  const heldUnits = () => Object.keys(project.units).filter((u) => project.units[u].length);

  function heldVariable(unit, value) {
    for (const [path, name] of project.units[unit] || []) {
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
    const outside = outbox, running = current;
    outbox = [];
    if (current === null) current = {id: "made-again"};  // timers' ids
    try {
      const made = make();
      if (recipe !== undefined && typeof made === "function" && outbox.some((e) => e.op === "post" && e.repeat)) {
        throw closureStateError(recipe);
      }
      return made;
    } finally {
      outbox = outside;
      current = running;
    }
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
    }
    if (depth === 0) return;
    for (const key of Object.getOwnPropertyNames(value)) {
      if (key === "prototype" || key === "caller" || key === "arguments" || key === "callee") continue;
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && "value" in desc) registerLibraryValue(desc.value, ref.concat(key), depth - 1);
    }
  }

  function libraryValue(ref) {
    let v = loadFile(ref[0], null).exports;
    for (let i = 1; i < ref.length; i++) v = v[ref[i]];
    return v;
  }

  let mainRunning = false;
  rt.isMainRunning = () => mainRunning;  // cells.js
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
  const evaluations = new WeakMap();  // exports of a module evaluated asynchronously -> its promise
  rt.evaluated = function (exports) { return evaluations.get(exports); };

  // A live binding (analyzer/scopes.py): an import of a variable its ES module
  // reassigns reads the variable itself, in whichever state this message restored.
  rt.binding = function (path, name) {
    if (!moduleAccs[path]) loadModule(path, mainRunning);
    return moduleAccs[path]("get", name);
  };

  // -- loading a deployed project on a node -------------------------------------
  // Modules are loaded without running main (only their definitions run), then
  // the values main left are decoded and put back in the module-level variables.
  rt.loadMain = function (snapshotText) {
    const snapshot = JSON.parse(snapshotText);
    if (snapshot.__live !== undefined) { wholeLiveLost = snapshot.__live; return true; }
    mainClassParts = snapshot.__classParts;
    mainModules = new Set(snapshot.__modules);
    current = {id: "load"};  // package setup (hbs.registerPartials) may start timers and reads
    ticks = [];
    microtasks = [];
    immediates = [];
    timers = [];
    clock = 0;
    for (const path of project.order) loadModule(path, false);
    settle(true);
    timers = [];
    current = null;
    rt.snapshotting = true;
    let values;
    try {
      const decoded = deserialize(snapshot.__all);
      values = decoded.modules;
      rt.express.serverListener = decoded.serverListener;
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
    return true;
  };

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
  // module.exports, 'n', {get})`) replace the values main's snapshot holds for them.
  function keepAccessors(loaded, restored) {
    if (loaded === null || typeof loaded !== "object" || restored === null || typeof restored !== "object") return restored;
    for (const k of Object.getOwnPropertyNames(loaded)) {  // non-enumerable ones too: never encoded
      const desc = Object.getOwnPropertyDescriptor(loaded, k);
      if (desc.get || desc.set) Object.defineProperty(restored, k, desc);
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

  // -- the outbox ----------------------------------------------------------------
  let outbox = [];
  let current = null;  // the message being run
  let counter = 0;

  rt.emit = function (effect) {
    if (effect.op === "redis" && calledFromPackage()) fromPackage.add(effect);
    outbox.push(effect);
  };

  // Whether the code that called into the runtime is a package's (its file one of
  // node_modules/), not the service's: the nearest frame of either decides.
  const fromPackage = new WeakSet();  // Redis commands a package sent
  function calledFromPackage() {
    const prepare = Error.prepareStackTrace, limit = Error.stackTraceLimit;
    const holder = {};
    try {
      Error.prepareStackTrace = (e, frames) => frames;
      Error.stackTraceLimit = 16;
      Error.captureStackTrace(holder, calledFromPackage);
      for (const frame of Array.isArray(holder.stack) ? holder.stack : []) {
        const file = frame.getScriptNameOrSourceURL();  // eval'd code's file is its sourceURL
        if (project.libraries[file] !== undefined) return true;
        if (project.modules[file] !== undefined) return false;
      }
      return false;
    } finally {
      Error.prepareStackTrace = prepare;
      Error.stackTraceLimit = limit;
    }
  }
  rt.current = function () { return current; };
  rt.newId = function () { return current.id + "." + (++counter); };

  // Hands `fn` to whichever node runs its fluxion, with `args`: a post stream.
  rt.post = function (fn, args, extra) {
    const effect = Object.assign({op: EFFECT.post, fn: fn, args: args || []}, extra || {});
    postedAt.set(effect, clock);
    outbox.push(effect);
    return effect;
  };

  // -- promises ----------------------------------------------------------------------
  // What promise.js provides the run loop (its microtasks, the promises held in several
  // places): it registers them here as it loads.
  let promises = null;
  rt.usePromises = function (hooks) { promises = hooks; };

  // -- process.nextTick and queueMicrotask ------------------------------------------
  // Node runs them as soon as the running code returns, before any timer or I/O
  // callback: the nextTick queue first, then microtasks, until both are empty.
  // Those whose fluxion can run here run at the end of the message, before its
  // state is saved and its effects are sent; the others are posted ahead of
  // the message's other posts.
  let ticks = [], microtasks = [];
  const tickPosts = new WeakSet();

  rt.tick = function (fn, args, via) {
    if (typeof fn !== "function") {
      const e = new TypeError('The "callback" argument must be of type function.' + received(fn));
      e.code = "ERR_INVALID_ARG_TYPE";
      throw e;
    }
    (via === "queueMicrotask" ? microtasks : ticks).push([fn, args, via]);
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

  function runTicks() {
    do {
      while (ticks.length) runTick(ticks.shift());
      while (microtasks.length) runTick(microtasks.shift());
    } while (ticks.length);
  }

  // Ticks and microtasks until none is left, then what is kept here (below), each followed
  // by the ticks and microtasks it queued. With V8's own promises in play (nativeAsync),
  // the clock moves on only in rt.resume, once V8 ran its continuations.
  // While a function kept whole is suspended, the clock moves only as the first step of a
  // resumed call (`resumed`): anything run since may have left V8 a continuation to run first
  // (an `await` of a settled promise goes on before a timer of 600 ms fires).
  function settle(advance = !nativeAsync, resumed = false) {
    let moves = advance ? (nativeAsync ? 1 : Infinity) : 0;
    for (let first = resumed; ; first = false) {
      do { runTicks(); promises.drainMicrotasks(); } while (ticks.length);
      if (promises.hasMicrotasks()) continue;
      if (keptWhole.size) moves = first ? Math.min(moves, 1) : 0;
      releaseWaitedTimers();
      const before = clock;
      const next = takeKept(moves > 0);
      if (next === null && reclaimPosts()) continue;
      if (next === null) return;
      if (clock !== before) moves--;
      next.fn.apply(undefined, next.args);
    }
  }

  // Callbacks no other node could run (a package's closure, or the service's closure
  // holding one: express-session's MemoryStore deferring with setImmediate, bluebird's
  // promisified callback in a service's timer) run in this message instead of being posted:
  // immediates after the ticks and microtasks, as Node's check phase; short timers
  // (rt.keepTimer) on the message's own clock, by due time, as if the time passed at once.
  // The clock moves only while nothing this message started elsewhere could answer
  // first (kept[...] below); a timer left then is posted at the end, and fails as a
  // function that cannot be carried.
  let immediates = [];  // {id, fn, args}
  let timers = [];      // {id, due, fn, args}, in the order they were set
  let clock = 0;        // ms of the message's own clock
  const postedAt = new WeakMap();  // a post effect -> the clock when it was made

  rt.keepImmediate = function (fn, args, id) {
    if (!waitedHere(fn) && !chainsHere(fn) && canTravel(fn, args)) return false;
    immediates.push({id: id, fn: fn, args: args});
    return true;
  };

  // Chained delivery within one V8 entry (docs/executor.md, "Chained delivery"): a callback
  // of a stateless unit this node runs runs in this message, as an immediate, instead of
  // going back through Python and Redis as a message of its own. Not a unit with state: its
  // turn among other requests' messages is its queue's to give. At most CHAIN_MAX of them
  // and CHAIN_BUDGET_MS of a message (a job cut in slices by setImmediate keeps its slices).
  const CHAIN_MAX = 256, CHAIN_BUDGET_MS = 20;
  let chainedHere = 0, chainStart = 0;
  function chainsHere(fn) {
    if (madeHeldUnit(fn) !== null || !current || current.k === "main") return false;
    const fid = fluxionOf(fn) || madeFluxion(fn);
    const unit = fid === null ? undefined : (project.fluxions[fid] || {}).unit;
    if (unit === undefined || !isStateless(unit) || !project.local.has(unit)) return false;
    if (chainedHere === 0) chainStart = Date.now();
    if (chainedHere >= CHAIN_MAX || Date.now() - chainStart > CHAIN_BUDGET_MS) return false;
    chainedHere++;
    return true;
  }
  rt.keepTimer = function (fn, args, id, delay) {
    const waited = waitedHere(fn);
    if (!waited && canTravel(fn, args)) return false;
    timers.push({id: id, due: clock + delay, fn: fn, args: args, waited: waited});
    return true;
  };
  // A timer kept only because a function kept whole was suspended (it might wait for it) is
  // posted once none is: it then keeps its delay, as in Node (a debounce timer a handler
  // kept whole set must not fire before the requests that follow).
  function releaseWaitedTimers() {
    if (keptWhole.size) return;
    for (const t of timers.filter((t) => t.waited && canTravel(t.fn, t.args))) {
      timers.splice(timers.indexOf(t), 1);
      rt.post(t.fn, t.args, {via: "setTimeout", delay: Math.max(1, t.due - clock), id: t.id});
    }
  }
  // While an async function kept whole is suspended in this message, it cannot wait for
  // another message: a callback that may run here (a promise's resolver, code of this unit
  // or of a stateless one) runs in this message, so that `await new Promise((r) =>
  // setImmediate(r))` in what it awaits settles (fresh7-async-pages).
  function waitedHere(fn) {
    return keptWhole.size > 0 && rt.isLocal(fn);
  }
  rt.clearKeptImmediate = function (id) {
    for (const list of [immediates, timers]) {
      const at = list.findIndex((entry) => entry.id === id);
      if (at !== -1) { list.splice(at, 1); return true; }
    }
    return false;
  };

  // A timer or an immediate posted while its callback could travel, which cannot any more:
  // a promise's resolver handed to `setTimeout` before a package's code reacted to the
  // promise (lru-cache's fetch on what a fetchMethod of the service returns). It is kept
  // here after all, as if it had been kept when set. Only once a package is loaded: only its
  // closures stay here.
  const KEEPABLE_VIA = new Set(["setTimeout", "setImmediate"]);
  function reclaimPosts() {
    if (!librariesLoaded) return false;
    const reclaimed = outbox.filter((e) => e.op === EFFECT.post && KEEPABLE_VIA.has(e.via) && !e.repeat &&
                                           (e.delay || 0) <= KEPT_TIMER_MS && !canTravel(e.fn, e.args));
    for (const e of reclaimed) {
      outbox.splice(outbox.indexOf(e), 1);
      if (e.via === "setImmediate") immediates.push({id: e.id, fn: e.fn, args: e.args});
      else timers.push({id: e.id, due: (postedAt.get(e) || 0) + e.delay, fn: e.fn, args: e.args});
    }
    return reclaimed.length > 0;
  }
  const KEPT_TIMER_MS = 1000;  // timers.js PACKAGE_TIMER_MS

  // Node's order: the timers that are due, then the immediates, then the clock moves to
  // the next timer, unless something started elsewhere could come back before it.
  function takeKept(advance) {
    let first = null;
    for (const t of timers) if (first === null || t.due < first.due) first = t;
    if (first !== null && first.due <= clock) return timers.splice(timers.indexOf(first), 1)[0];
    if (immediates.length) return immediates.shift();
    if (first === null || !advance || answersFirst(first.due)) return null;
    clock = first.due;
    return timers.splice(timers.indexOf(first), 1)[0];
  }

  // Work this message handed elsewhere whose answer could come back before `due`: a Redis
  // command, a wait on another unit's promise or join, a post due sooner.
  const WAITS = new Set(["redis", "promiseThen", "joinCreate", "joinPut"]);
  function answersFirst(due) {
    return outbox.some((e) => WAITS.has(e.op) ||
      (e.op === "post" && (postedAt.get(e) || 0) + (e.delay || 0) <= due));
  }

  // A top-level await on a timer (`await sleep(100)` before `app.listen`, an imported
  // module's warm-up loop in an async method): nothing but main runs until main ends, so
  // what main posted runs here, in order, main's own clock moving to each timer's due time.
  // Timers left at main's end are posted for what remains of their delay.
  function runPostedInMain() {
    if (outbox.some((e) => WAITS.has(e.op))) return false;
    const cleared = new Set(outbox.filter((e) => e.op === "clearTimer").map((e) => e.id));
    const due = (e) => (postedAt.get(e) || 0) + (e.delay || 0);
    let first = null;
    for (const e of outbox) {
      if (e.op !== "post" || cleared.has(e.id)) continue;
      if (first === null || due(e) < due(first)) first = e;
    }
    if (first === null) return false;
    const now = Math.max(clock, due(first));
    if (!first.repeat) outbox.splice(outbox.indexOf(first), 1);
    for (const e of outbox) {
      if (e.op === "post" && e.delay) { e.delay = e === first ? e.repeat : Math.max(1, due(e) - now); postedAt.set(e, now); }
    }
    clock = now;
    try {
      first.fn.apply(undefined, first.args);
    } catch (e) {
      runError = runError || rt.describeError(e);
    }
    return true;
  }

  // The kept timers the clock did not reach are posted (and fail to encode, saying why).
  function postKeptTimers() {
    for (const t of timers) rt.post(t.fn, t.args, {via: "setTimeout", delay: Math.max(1, t.due - clock), id: t.id});
    timers = [];
  }

  // Whether `fn` with `args` is to be carried to another node: code of the service, or a
  // runtime handle, which serialize (encodeFunction) does not refuse, nor one of the
  // functions in `args`. A package's function stays, even one found again by its path
  // (bluebird's `async.drainQueues`): what it works on is this node's copy of the package.
  function canTravel(fn, args) {
    if (!fnInfo.has(fn) && typeof runtimeValues.get(fn) !== "string" && !fn[SER]) return false;  // a library's path is an array
    try {
      serialize([fn, args]);
    } catch (e) {
      if (e && e[STAYS_HERE]) return false;
    }
    return true;
  }

  // Whether encodeFunction (serialize) would refuse `f`: no code of the service, nor a
  // value, class, method or made function Liquefy knows how to find again elsewhere.
  function staysHere(f) {
    return !fnInfo.has(f) && !runtimeValues.has(f) && !f[SER] && !topLevelFunctions.has(f) &&
      !classNames.has(f) && !madeBy.has(f) && methodOf(f) === null;
  }
  rt.staysHere = staysHere;

  function runTick([fn, args, via]) {
    if (rt.isLocal(fn)) { fn.apply(undefined, args); return; }
    const effect = {op: EFFECT.post, fn: fn, args: args, via: via};
    tickPosts.add(effect);
    const at = outbox.findIndex((e) => e.op === "post" && !tickPosts.has(e));
    if (at === -1) outbox.push(effect);
    else outbox.splice(at, 0, effect);
  }

  // -- console, process: node_globals.js ----------------------------------------------
  require("./node_globals");

  // -- errors: errors.js ---------------------------------------------------------------
  const {userFrames} = require("./errors");

  // -- cells: cells.js ---------------------------------------------------------------
  const {saveCells, restoreCells, cellValues} = require("./cells");

  // -- running one message ---------------------------------------------------------
  const messageKinds = {};  // kind -> function(message)
  rt.messageKind = function (kind, handle) { messageKinds[kind] = handle; };

  function restoreUnit(unit, stateText) {
    if (isStateless(unit) || stateText === null || stateText === undefined) return;
    const encoded = JSON.parse(stateText);
    if (encoded.length > 3) {  // kept live (liveUnits)
      liveUnits.set(unit, encoded[3]);
      const live = liveMade.get(unit);
      if (live === undefined || !live.whole || live.text !== stateText) throw liveLostError("unit " + unit, encoded[3]);
      keepLive(unit);
      return;
    }
    const [values, cells, statics] = deserialize(encoded);
    if (cells) restoreCells(unit, cells);
    const live = liveMade.get(unit);
    for (const [path, name] of project.units[unit] || []) {
      const key = path + ":" + name;
      const acc = loadModule(path, false).desc.acc;
      const kept = live !== undefined && live.text === stateText && key in live.fns;
      if (key in statics) restoreStatics(acc("get", name), statics[key]);
      else if (key in values || kept) {
        const value = kept ? live.fns[key] : values[key];
        const held = exportsModuleOf(key, acc("get", name));  // asked first with main's value
        acc("set", name, value);
        noteVariable(path, name, value);
        if (held !== null && value !== null && typeof value === "object") {
          const m = loadModule(held, false);
          setExports(m, keepAccessors(m.module.exports, value));
        }
      }
    }
  }

  // A function a package made, in a unit's variable, keeps what its closure holds (`_.once`'s
  // flag) only in the isolate that last ran the unit: the next message there, given the state
  // that isolate left (no other ran the unit since), takes that function itself, not the
  // one its call made again. Elsewhere (the unit moved) it is made again, its closure new.
  // So does an instance a top-level `new` of a package made whose class keeps private fields
  // (lru-cache's LRUCache): it travels as that call (fieldsThatStay), its entries kept here.
  const liveMade = new Map();  // unit -> {text: the state it left, fns: {"path:name": function or instance}}
  function keepLiveMade(unit, kept, text) {
    liveMade.delete(unit);
    if (kept === null || typeof text !== "string") return;
    if (liveUnits.has(unit)) { liveMade.set(unit, {text: text, whole: true}); return; }
    const fns = Object.assign({}, kept.remade);
    for (const key of Object.keys(kept.vars)) {
      const v = kept.vars[key];
      if ((typeof v === "function" && madeBy.has(v)) || (v !== null && typeof v === "object" && constructedBy.has(v) && privateClassOf(v))) fns[key] = v;
    }
    if (Object.keys(fns).length) liveMade.set(unit, {text: text, fns: fns});
  }

  // A variable made by package calls that every node makes again (compiler.py, remade_setup)
  // whose value cannot travel (a zod schema, its methods bound to it; a mitt emitter, its
  // functions closures of mitt's): each node has its own, and the isolate that last ran the
  // unit keeps the one it changed (keepLiveMade), lost when the unit moves.
  function remadeHere(desc, name, value) {
    return (desc.remade || []).includes(name) && !travels(value);
  }

  // -- units kept live -----------------------------------------------------------------
  // A unit whose state holds what cannot travel (a function a package made, whose closure
  // holds its state: `_.once`'s flag, mitt's handlers; an instance whose state is in private
  // fields: lru-cache's LRUCache; an instance of a class no path reaches: luxon's Locale,
  // BigNumber.clone's class) is kept live: the isolate that runs it keeps its variables as
  // they are, from one message to the next, instead of restoring them from its state. Its
  // encoded state says why (a fourth element, the reasons), so the node pins it (the
  // placement never moves it: executor/placement.py) and an isolate that no longer holds it
  // (its node stopped, its sandbox was recycled) fails its messages, saying what was lost,
  // rather than answer from a state made again.
  const liveUnits = new Map();  // unit -> [reason], what keeps it live
  let liveFound = null;  // while a unit's state is encoded: the reasons found in it
  let liveLost = false;  // the message's unit is live and this isolate no longer holds it
  // A service whose main values cannot travel at all (main's snapshot cannot carry them: a
  // package's closures in the app's router or settings, a class a function made) runs whole,
  // live, in the isolate that ran main, as under Node.js: every unit on that node, every call
  // made where it is (isLocal), no state restored or encoded. `wholeLive`: why, in that
  // isolate; `wholeLiveLost`: why, in an isolate that loaded main's snapshot instead.
  let wholeLive = null, wholeLiveLost = null;

  // A function of a unit with state that a package's module keeps (passport.deserializeUser(fn),
  // kept in the passport singleton): the package may call it from its own code in any message,
  // where that unit's state is not loaded (noteForeignUnit), so the service cannot be split.
  // Only what the packages' exports reach by data properties (no getter runs), a bounded walk.
  const KEPT_WALK_MAX = 20000;
  function statefulFunctionAPackageKeeps() {
    const seen = new Set(), queue = [];
    for (const filename of Object.keys(requireCache)) {
      if (filename.indexOf("/node_modules/") >= 0) queue.push([requireCache[filename].exports, filename, 0]);
    }
    while (queue.length && seen.size < KEPT_WALK_MAX) {
      const [value, filename, depth] = queue.shift();
      if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value)) continue;
      seen.add(value);
      if (typeof value === "function") {
        const fid = fluxionOf(value);
        const unit = fid === null ? undefined : (project.fluxions[fid] || {}).unit;
        if (unit !== undefined && !isStateless(unit)) {
          return "package code (" + filename.slice(filename.indexOf("node_modules/")) + ") keeps " + fid +
                 ", a function of " + unit + ", which keeps state: the package may call it from any message, " +
                 "where that state is not";
        }
        if (fnInfo.has(value)) continue;  // the service's own function: not walked into
      }
      if (depth >= 4) continue;
      try {
        for (const key of Reflect.ownKeys(value)) {
          const desc = Object.getOwnPropertyDescriptor(value, key);
          if (desc !== undefined && "value" in desc) queue.push([desc.value, filename, depth + 1]);
        }
      } catch (e) { /* a proxy's trap that throws: nothing more to see there */ }
    }
    return null;
  }

  function snapshotStays(e) {
    return e !== null && typeof e === "object" && (e[STAYS_HERE] === true ||
      (typeof e.message === "string" && e.message.startsWith("Liquefy cannot carry")));
  }

  // What a message of a service run whole carries stays in this isolate: the values themselves,
  // found again by id when the message runs here (its node runs every unit), as under Node.js
  // a callback keeps what it closes over. `once`: decoded once (a timer's, not an interval's).
  const liveValues = new Map();
  let liveValueCount = 0, liveValuePrefix = null;
  function liveHandle(v, once) {
    if (v === null || (typeof v !== "object" && typeof v !== "function")) return serialize(v);
    if (liveValuePrefix === null) liveValuePrefix = rt.newId();
    const id = liveValuePrefix + ":" + (++liveValueCount);
    liveValues.set(id, v);
    return once ? {$: "live", id: id, once: true} : {$: "live", id: id};
  }

  function liveValue(d) {
    if (!liveValues.has(d.id)) {
      throw liveLostError("the service", [wholeLive || wholeLiveLost || "a value a message carried"]);
    }
    const v = liveValues.get(d.id);
    if (d.once) liveValues.delete(d.id);
    return v;
  }

  // An effect's encoded value: as it travels, or, in a service run whole, kept here when it cannot.
  function encodeOrKeep(v, held, shared) {
    if (wholeLive === null) return serialize(v, held, shared);
    try {
      return serialize(v, held, shared);
    } catch (e) {
      if (!snapshotStays(e)) throw e;
      return liveHandle(v, false);
    }
  }

  function wholeLiveState(unit, reason) {
    const text = JSON.stringify([{}, null, {}, [reason], "live " + rt.newId()]);
    liveUnits.set(unit, [reason]);
    liveMade.set(unit, {text: text, whole: true});
    return text;
  }

  // A package's instance that travels as its call (serialize.js, encodeConstructed), whose fields
  // that cannot travel hold functions of the service (eventemitter2's listeners, some wrapped by
  // its `many` and `once`): made again, it would have lost them, so its unit is kept live.
  function noteKeptFunctions(v, left) {
    const nodeEmitter = v instanceof requireBuiltin("events");
    const keys = nodeEmitter ? left : left.concat(["_events"].filter((k) => k in v && !left.includes(k)));
    if (!keys.some((k) => holdsProgramFunction(v[k], 5))) return;
    const cls = Object.getPrototypeOf(v).constructor;
    liveFound.push("an instance of " + ((cls && cls.name) || "a package's class") + " keeps functions of the service " +
                   "in fields that cannot travel (" + keys.join(", ") + ")");
  }

  function holdsProgramFunction(x, depth) {
    if (typeof x === "function") return fnInfo.has(x) || (typeof x.listener === "function" && fnInfo.has(x.listener));
    if (x === null || typeof x !== "object" || depth === 0) return false;
    return Object.values(x).some((y) => holdsProgramFunction(y, depth - 1));
  }

  function noteLostPrototype(proto) {
    const cls = Object.prototype.hasOwnProperty.call(proto, "constructor") ? proto.constructor : null;
    if (typeof cls !== "function" || cls.prototype !== proto || fnInfo.has(cls)) return;
    liveFound.push("an instance of " + (cls.name || "a class") + ", a class no path reaches (its package " +
                   "does not export it): it would arrive as a plain object");
  }

  // Why a variable's value cannot travel but is kept live, or null.
  function liveReason(name, value, remade) {
    if (remade) return "`" + name + "` is made by a package call on every node and cannot travel (its functions " +
                       "are the package's closures)";
    if (typeof value === "function" && madeBy.has(value) && madeBy.get(value).cell === undefined) {
      const pkg = madePackage(madeBy.get(value));
      return "`" + name + "` is a function " + (pkg ? "package '" + pkg + "'" : "a package") + " made: its state " +
             "is in the package's closures";
    }
    if (value !== null && typeof value === "object" && constructedBy.has(value)) {
      const cls = privateClassOf(value);
      if (cls) return "`" + name + "` is an instance of " + (cls.name || "a class") + ": its state is in private fields";
    }
    return null;
  }

  function madePackage(recipe) {
    const fn = recipe.key === undefined ? recipe.target : recipe.target[recipe.key];
    const ref = runtimeValues.get(fn) || runtimeValues.get(recipe.target);
    return Array.isArray(ref) ? packageOf(String(ref[0])) : null;
  }

  function liveReasonsOf(unit, state, found) {
    const reasons = (liveUnits.get(unit) || []).slice();
    const add = (why) => { if (why !== null && !reasons.includes(why) && reasons.length < 20) reasons.push(why); };
    for (const [key, value] of Object.entries(state.vars)) add(liveReason(key.split(":").pop(), value, false));
    for (const key of Object.keys(state.remade)) add(liveReason(key.split(":").pop(), state.remade[key], true));
    for (const why of found) add(why);
    return reasons;
  }

  // The unit's variables as this isolate left them: each noted as its unit's, and the
  // objects its messages refer to by id found among them.
  function keepLive(unit) {
    const values = [];
    for (const [path, name] of project.units[unit] || []) {
      const value = loadModule(path, false).desc.acc("get", name);
      noteVariable(path, name, value);
      values.push(value);
    }
    knowObjects(values);
  }

  function liveLostError(what, reasons) {
    liveLost = true;
    const e = new Error("Liquefy: " + what + " is kept live in one isolate, and this isolate does not hold it " +
                        "(its node stopped, or its isolate was recycled): " + reasons.join("; ") + ". What it held " +
                        "is lost; deploy the service again to start it afresh");
    e.code = "ERR_LIQUEFY_LIVE_STATE_LOST";
    return e;
  }

  // What a unit keeps between messages: its variables and its cells (not yet encoded).
  function unitState(unit) {
    if (isStateless(unit)) return null;
    const values = {};
    const remade = {};  // kept in this isolate only (keepLiveMade)
    const statics = {};  // a top-level class that a fluxion changes: its static state
    for (const [path, name] of project.units[unit] || []) {
      const desc = loadModule(path, false).desc;
      const value = desc.acc("get", name);
      const declared = constructorRef(value);
      if (declared && declared[1] === name) statics[path + ":" + name] = staticState(value);
      else if (remadeHere(desc, name, value)) remade[path + ":" + name] = value;
      else values[path + ":" + name] = value;
    }
    return {vars: values, remade: remade, statics: statics, cells: project.cellUnits.has(unit) ? saveCells(unit) : null};
  }

  // Variables, cells and classes' statics in one encoding: an object two reach stays one object
  // (a Map's entry that a listener's closure also holds).
  // `carried`: what the unit's messages carry (carriedBy), of which the state's objects are
  // noted in sharedByUnit.
  function encodeUnitState(state, unit, carried) {
    if (state === null) return null;
    rt.encodingUnitState = true;  // what a unit keeps, not what a message carries (express.js: an app's locals)
    liveFound = [];
    if (carried.size) {
      sharedByUnit.set(unit, shareWithState(carried));
    }
    try {
      const encoded = serialize([state.vars, state.cells, state.statics]);
      const reasons = liveReasonsOf(unit, state, liveFound);
      if (reasons.length) {
        liveUnits.set(unit, reasons);
        encoded.push(reasons);  // strings and a plain array: decoded as they are
      }
      return JSON.stringify(encoded);
    } finally {
      rt.encodingUnitState = false;
      stopSharing();
      liveFound = null;
    }
  }

  // Effect fields holding values of the program (encoded); the rest is plain data.
  // In `jobs` (reactions of a shared promise), each job's `fn` is encoded on its own.
  const ENCODED_FIELDS = new Set(["fn", "args", "cb", "cbs", "value", "resolve", "reject", "settled"]);

  // -- values that leave the message -------------------------------------------------
  // Each is encoded on its own ("a root"), so a value two roots reach arrives as two
  // copies. For a pending promise that would make two promises: such promises are
  // shared through Redis first (promise.js). Roots that stay (a unit's state, main's
  // snapshot) also keep the shared promises they hold alive.
  function effectRoots(effect) {
    const roots = [];
    for (const k of Object.keys(effect)) {
      if (k === "jobs") for (const job of effect.jobs) roots.push(job.fn);
      else if (k !== "resolve" && k !== "reject" && ENCODED_FIELDS.has(k)) roots.push(effect[k]);
    }
    // a join runs its resolve or its reject, never both: one root
    if ("resolve" in effect || "reject" in effect) roots.push([effect.resolve, effect.reject]);
    // kept in Redis and decoded again and again (a settlement handed to every reaction,
    // an interval's message): as good as two roots
    if (effect.op === "promiseSettle") roots.push(effect.args);
    if (effect.op === "post" && effect.repeat) roots.push(effect.fn, effect.args);
    return roots;
  }

  function sharePendingPromises(keptRoots) {
    for (;;) {
      const emitted = outbox.length;
      const roots = keptRoots.map((value) => ({value: value, kept: true}));
      for (const effect of outbox) for (const value of effectRoots(effect)) roots.push({value: value, kept: false});
      const holders = new Map();  // pending promise -> [how many roots reach it, whether a kept one does]
      for (const root of roots) {
        const counts = new Map();
        countRefs(root.value, counts);  // may emit effects (a join moving to Redis): counted next round
        for (const v of counts.keys()) {
          if (promises.isLocalPending(v)) {
            const h = holders.get(v) || [0, false];
            holders.set(v, [h[0] + 1, h[1] || root.kept]);
          } else if (root.kept && promises.isRemotePromise(v) && !v._kept) {
            promises.keepPromise(v);
          }
        }
      }
      // one at a time, outermost first: sharing a promise takes its reactions (and the
      // promises they would settle) out of every root that reached them through it
      const shared = [...holders].find(([, h]) => h[0] > 1);
      if (shared) promises.sharePromise(shared[0], shared[1][1]);
      else if (outbox.length === emitted) return;
    }
  }

  function receivingUnit(effect) {
    if (effect.unit !== undefined) return effect.unit;
    const fid = effect.target !== undefined ? effect.target : fluxionOf(effect.fn !== undefined ? effect.fn : effect.cb);
    return fid === null || fid === undefined ? null : (project.fluxions[fid] || {}).unit;
  }

  // An object or function that was the value of a module variable, in main's snapshot or in
  // a unit's state as this isolate decoded it -> [module path, name]. (Restoring a unit gives
  // its variables new objects, while values made by main, such as a router's handlers, keep
  // referring to main's: both stand for the variable.)
  const variableOf = new WeakMap();
  function noteVariable(path, name, value) {
    if (value !== null && (typeof value === "object" || typeof value === "function")) variableOf.set(value, [path, name]);
  }

  // What a message to `unit` carries by reference: the values of the variables it keeps
  // (made once per unit's list of variables, not per effect).
  const heldByVars = new WeakMap();
  function heldBy(unit) {
    const vars = unit ? project.units[unit] || [] : [];
    if (!vars.length) return undefined;
    if (!heldByVars.has(vars)) {
      const keys = new Set(vars.map(([path, name]) => path + ":" + name));
      heldByVars.set(vars, {
        has: (v) => { const at = variableOf.get(v); return at !== undefined && keys.has(at[0] + ":" + at[1]); },
        get: (v) => variableOf.get(v),
      });
    }
    return heldByVars.get(vars);
  }

  const sharedByUnit = new Map();  // unit -> what its state and its messages both hold (noteSharedWithState)

  function encodeEffects(effects) {
    encodingMessage = true;
    try {
      return encodeEach(effects);
    } finally {
      encodingMessage = false;
    }
  }

  function encodeEach(effects) {
    const out = [];
    for (const effect of effects) {
      try {
        const encoded = {};
        resSeen = new Set();
        const unit = receivingUnit(effect);
        // what the receiving unit's state holds (main's posts), else what the sender's does
        const held = heldBy(unit), shared = sharedByUnit.get(unit) || (current ? sharedByUnit.get(current.unit) : undefined);
        for (const k of Object.keys(effect)) {
          const v = effect[k];
          if (k === "jobs") encoded.jobs = v.map((job) => Object.assign({}, job, {fn: encodeOrKeep(job.fn, undefined, shared)}));
          else if (wholeLive !== null && effect.op === EFFECT.post && (k === "fn" || k === "args")) {
            encoded[k] = k === "fn" ? liveHandle(v, !effect.repeat) : v.map((a) => liveHandle(a, !effect.repeat));
          } else encoded[k] = ENCODED_FIELDS.has(k) ? encodeOrKeep(v, held, shared) : v;
        }
        const envelope = effect.rid || (current && current.rid);
        for (const rid of resSeen) if (!CHAIN_OPS.has(effect.op) || rid !== envelope) escaped.add(rid);
        resSeen = null;
        if (effect.target === undefined) {
          if (effect.fn !== undefined) encoded.target = fluxionOf(effect.fn) || madeFluxion(effect.fn);
          if (effect.unit === undefined && madeHeldUnit(effect.fn) !== null) encoded.unit = madeHeldUnit(effect.fn);
          if (effect.cb !== undefined) encoded.target = fluxionOf(effect.cb);
        }
        out.push(encoded);
      } catch (e) {
        out.push({op: EFFECT.error, error: rt.describeError(e), during: effect.op});
      }
    }
    return out;
  }

  function unhandledRejection(reason) {
    const error = rt.describeError(reason);
    error.message = "Unhandled promise rejection: " + error.message;
    return error;
  }

  // -- async functions kept whole --------------------------------------------------
  // An async function the analyzer could not split runs on V8's own promises, whose
  // continuations V8 runs only once our call returns. So a message that entered one
  // is finished over several calls (Isolate.run): each lets V8 run its continuations,
  // then `rt.resume` drains what they queued, until nothing is left. Such a function
  // still suspended at the end waits for something another message will settle: it
  // cannot go on there, and the message fails saying so.
  // Package code runs on V8's own promises too (its `async` functions, its `await`s, a
  // native `.then`): once a package is loaded, every message is finished the same way.
  // Each one running: where it is (the line of what keeps it whole) and which fluxion entered it.
  const keptWhole = new Map();
  let keptWholeNext = 0, keptWholeEntered = false;
  rt.asyncEnter = function (line) {
    keptWhole.set(++keptWholeNext, {line: line, fluxion: rt.runningFluxion(), error: new Error()});
    keptWholeEntered = true;
    return keptWholeNext;
  };
  rt.asyncExit = function (token) { keptWhole.delete(token); };
  rt.asyncTouch = function () { keptWholeEntered = true; };  // an async generator ran: V8 has continuations to run

  let runError = null, runMessage = null, runStateText = null;

  // -- Redis replies inside the message ---------------------------------------------
  // A Redis command a package sent whose callback cannot travel (the package's closure; a
  // promise of node-redis 4 that the package awaits: V8's own continuation is its
  // reaction) cannot be answered in a message of its own. It is asked of the node while this message
  // waits: the message returns pending with the commands (`redis`), the node runs them
  // (keeping their replies in the message's journal: a message run again gets the
  // same replies, and nothing is written twice) and rt.resume hands the replies in.
  // They are delivered as I/O is in Node: once the ticks and microtasks are done.
  let asked = [], replies = [], inlineCount = 0;

  // `all`: main's own commands too, while a top-level await waits (their replies go on in main).
  function takeInline(all = false) {
    const taken = outbox.filter((e) => e.op === "redis" && (all || (fromPackage.has(e) && !redisCanTravel(e))));
    if (!taken.length) return [];
    outbox = outbox.filter((e) => !taken.includes(e));
    for (const e of taken) { e.n = ++inlineCount; asked.push(e); }
    return taken.map((e) => ({n: e.n, cmd: e.cmd, args: e.args, raw: Boolean(e.raw), kp: e.kp}));
  }

  function redisCanTravel(effect) {
    const cbs = [effect.cb].concat(effect.cbs || []).filter((cb) => typeof cb === "function");
    return cbs.every((cb) => canTravel(cb, []));
  }

  function deliverReplies() {
    while (replies.length) {
      const [effect, [err, reply]] = replies.shift();
      const [error, value] = deserialize([err, reply]);
      if (effect.cmd === "multi") {
        (effect.cbs || []).forEach((cb, i) => {
          if (typeof cb !== "function" || !Array.isArray(value)) return;
          const failed = value[i] instanceof Error;
          cb(failed ? value[i] : null, failed ? null : value[i]);
        });
      }
      if (typeof effect.cb === "function") effect.cb(error, value);
      else if (error) outbox.push({op: EFFECT.log, level: "error", text: "Redis: " + error.message});
    }
  }

  function pendingResult(inline) {
    return inline.length ? JSON.stringify({pending: true, redis: inline}) : PENDING;
  }

  rt.takeReplies = function (json) {
    const given = JSON.parse(json);
    for (const effect of asked) replies.push([effect, given[effect.n]]);
    asked = [];
    return true;
  };

  // -- requests nothing can answer any more -------------------------------------------
  // The node counts the messages of a request's chain (executor/effects.py): when none
  // is left and the request is not answered, nothing can answer it. That holds while its
  // `res` travels only in messages of its own chain ("post", "redis"); a request whose
  // `res` went anywhere else (a unit's state, a shared promise, a join, another
  // request's message) is `escaped`: the node no longer counts for it. `waited` says
  // where the message last waited on a pending promise (or, if it did not, which
  // fluxion it ran), for the error the node then records.
  const CHAIN_OPS = new Set(["post", "redis"]);
  let resSeen = null, escaped = new Set(), lastWait = null;
  rt.noteRes = function (rid) { if (resSeen !== null) resSeen.add(rid); };
  rt.isUserFunction = (fn) => typeof fn === "function" && fnInfo.has(fn);
  rt.noteWait = function () { lastWait = {error: new Error(), fluxion: rt.runningFluxion()}; };

  function waitedAt(ran) {
    if (lastWait === null) return {fluxion: ran.length ? ran[ran.length - 1][0] : (current && current.fx) || null};
    const frames = userFrames(lastWait.error);
    return {fluxion: lastWait.fluxion, file: frames.length ? frames[0].file : null,
            line: frames.length ? frames[0].line : null};
  }

  // `verifyJson`: the node's caps for verify mode ({maxValues, maxDepth}), or "null"
  // when it is off; messages of stateless units only are verified (verify.js).
  rt.run = function (messageText, stateText, entropyHex, verifyJson) {
    rt.addEntropy(entropyHex);
    const message = JSON.parse(messageText);
    const verify = verifyJson ? JSON.parse(verifyJson) : null;
    rt.verifyStart(verify && message.k !== MESSAGE.main && isStateless(message.unit) && wholeLive === null ? verify : null);
    outbox = [];
    counter = 0;
    current = runMessage = message;
    rt.promisesTouched = false;  // no promise made or decoded: none to share at the end
    ticks = [];
    microtasks = [];
    immediates = [];
    chainedHere = 0;
    keptWhole.clear();
    timers = [];
    clock = 0;
    keptWholeEntered = false;
    asked = [];
    replies = [];
    inlineCount = 0;
    runError = null;
    escaped = new Set();
    lastWait = null;
    forgetObjects();
    liveLost = false;
    runStateText = stateText;
    try {
      if (wholeLiveLost !== null) throw liveLostError("the service", [wholeLiveLost]);
      restoreUnit(message.unit, stateText);
      messageKinds[message.k](message);
      settle();
    } catch (e) {
      runError = rt.describeError(e);
    }
    if (nativeAsync) keptWholeEntered = true;
    const inline = takeInline();
    return keptWholeEntered || inline.length ? pendingResult(inline) : finishRun();
  };

  rt.resume = function () {
    if (mainEvaluation !== null && mainEvaluation.done) {
      const evaluation = mainEvaluation;
      mainEvaluation = null;
      try {
        if (evaluation.failed) throw evaluation.error;
        finishMain();
      } catch (e) {
        runError = runError || rt.describeError(e);
      }
      return finishRun();
    }
    if (replies.length && !ticks.length && !promises.hasMicrotasks()) {
      try {
        deliverReplies();
        settle(false);
      } catch (e) {
        runError = runError || rt.describeError(e);
      }
      return pendingResult(takeInline());
    }
    const advance = !ticks.length && !promises.hasMicrotasks() && !immediates.length && !replies.length;
    releaseWaitedTimers();
    if (advance && !timers.some((t) => t.due <= clock || !answersFirst(t.due))) {
      const inline = takeInline(mainEvaluation !== null);
      if (inline.length) return pendingResult(inline);
      if (mainEvaluation === null || !runPostedInMain()) return finishRun();
    }
    try {
      settle(advance, true);
    } catch (e) {
      runError = runError || rt.describeError(e);
    }
    return pendingResult(takeInline());
  };

  // Messages of one unit in one call from the host: each runs as `run` runs it, the unit's
  // state carried from one to the next when `chain`; their results are joined by newlines
  // (JSON.stringify leaves none inside one). It stops after a message still pending: the host
  // resumes that one, then sends the rest.
  const PENDING = JSON.stringify({pending: true});
  let lastRunState = null;
  rt.runBatch = function (messageTexts, stateText, chain, entropyHex, verifyJson) {
    const out = [];
    for (let i = 0; i < messageTexts.length; i++) {
      const result = rt.run(messageTexts[i], stateText, entropyHex.slice(64 * i, 64 * (i + 1)), verifyJson);
      out.push(result);
      if (result.startsWith(PENDING.slice(0, -1))) break;
      if (chain && typeof lastRunState === "string") stateText = lastRunState;
    }
    return out.join("\n");
  };

  const WHOLE_LIVE = {};
  function finishRun() {
    const message = runMessage;
    let error = runError;
    if (!error && mainEvaluation !== null) {
      error = rt.describeError(new Error(
        "Liquefy: a top-level await waits for something that settles in another message (a request, a " +
        "promise another unit settles); only what settles within main (files, imports, timers, Redis replies, " +
        "promises already settled) can be awaited there"));
    }
    mainEvaluation = null;
    mainRunning = false;
    if (!error && keptWhole.size > 0) {
      const [waiting] = keptWhole.values();
      const frames = userFrames(waiting.error);
      error = Object.assign(rt.describeError(new Error(
        "Liquefy: an async function kept whole (see its info diagnostic) awaits something that settles in " +
        "another message (a timer, a Redis reply, another request); only awaits that settle within the message " +
        "can run there")), {fluxion: waiting.fluxion, file: frames.length ? frames[0].file : null, line: waiting.line,
                             column: null});
    }
    const rejected = promises.takeUnhandledRejections();
    if (!error && rejected.length) error = unhandledRejection(rejected[0]);
    let state = null;
    try {
      if (liveLost) throw runError;  // its state stays as it was (its isolate is gone): nothing of it happens
      if (wholeLive !== null) throw WHOLE_LIVE;
      const kept = unitState(message.unit);
      if (rt.promisesTouched) sharePendingPromises(kept === null ? [] : [kept]);
      resSeen = new Set();
      state = encodeUnitState(kept, message.unit, kept === null ? new Map() : carriedBy(outbox));
      keepLiveMade(message.unit, kept, state);
      for (const rid of resSeen) escaped.add(rid);
      resSeen = null;
    } catch (e) {  // a state that cannot be kept (a generator that cannot travel): nothing of the message happens
      if (e === WHOLE_LIVE) {  // nothing encoded: the state stays this isolate's, live
        state = isStateless(message.unit) ? null : runStateText;
        if (message.rid) escaped.add(message.rid);  // its `res` may be kept in the service's state, live
      } else {
        error = error || rt.describeError(e);
        outbox = [];
      }
    }
    postKeptTimers();
    const effects = encodeEffects(outbox);
    outbox = [];
    sharedByUnit.clear();
    current = runMessage = null;
    const ran = invoked;
    invoked = [];
    const out = {state: state, effects: effects, error: error, invoked: ran, escaped: Array.from(escaped),
                 waited: waitedAt(ran)};
    if (inlineCount) out.inline = inlineCount;  // its journal holds their replies until the message ends
    if (liveUnits.has(message.unit)) out.live = liveUnits.get(message.unit);  // the node pins it
    const verified = rt.verifyEnd();
    if (verified !== null) out.verify = verified;
    escaped = new Set();
    lastWait = null;
    lastRunState = state;
    return JSON.stringify(out);
  }

  // A call message: run a function (a fluxion or a carried closure) with arguments.
  rt.messageKind(MESSAGE.call, function (message) {
    const fn = deserialize(message.fn);
    const args = deserialize(message.args);
    if (message.promise !== undefined) ownSettledPromise(message, args);
    if (message.via !== "express") { fn.apply(undefined, args); return; }
    rt.express.callRemoteHandler(fn, args);  // as Express's Layer: a handler's throw goes to its `next`
  });

  // A reaction of a promise kept in Redis ([status, value] its arguments), run in a unit
  // whose state holds that promise: see rt.ownSettled.
  function ownSettledPromise(message, args) {
    if (isStateless(message.unit)) return;
    const reach = new Map();
    countRefs((project.units[message.unit] || []).map(([path, name]) => loadModule(path, false).desc.acc("get", name)),
              reach);
    countRefs(cellValues(message.unit), reach);  // `let p` of `lazy(init)`, holding `p ??= init()`
    for (const v of reach.keys()) {
      const own = promises.ownSettled(v, message.promise, args[0], args[1]);
      if (own !== undefined) { args[1] = own.value; return; }
    }
  }

  // The main message: the top level of the program, once, at deployment.
  // An entry module with a top-level await: main ends when its evaluation does, the
  // message resumed until then as one that runs a function kept whole.
  let mainEvaluation = null;  // {done, failed, error}
  rt.messageKind(MESSAGE.main, function (message) {
    mainRunning = true;
    let evaluation;
    try {
      evaluation = loadModule(project.entry, true).evaluation;
      // ticks and promise reactions of the top level run before the snapshot, as they
      // run in Node before any timer or I/O callback
      settle();
    } catch (e) {
      mainRunning = false;
      throw e;
    }
    if (evaluation === undefined) {
      finishMain();
      return;
    }
    const state = mainEvaluation = {done: false, failed: false, error: null};
    keptWholeEntered = true;
    evaluation.then(() => { state.done = true; }, (e) => { state.done = state.failed = true; state.error = e; });
  });

  function finishMain() {
    settle();
    mainRunning = false;
    for (const path of project.order) if (project.modules[path].described) registerDefinitions(project.modules[path], path);
    rt.mainDone();
    const all = {};
    for (const path of project.order) {
      const m = project.modules[path];
      if (!m.desc) continue;
      const vars = {};
      for (const name of m.desc.names) {
        const value = m.desc.acc("get", name);
        if (remadeHere(m.desc, name, value)) continue;
        vars[name] = value;
        noteVariable(path, name, value);
      }
      all[path] = {vars: vars, exports: m.module.exports,
                   statics: classStatics(path, m.desc.classes.concat(m.desc.functions))};
    }
    if (project.globals.length) {
      const vars = {};
      for (const name of project.globals) { vars[name] = global[name]; noteVariable(GLOBAL_OBJECT, name, vars[name]); }
      all[GLOBAL_OBJECT] = {vars: vars, exports: {}, statics: {}};
    }
    const units = {}, live = {};
    rt.snapshotting = true;
    let snapshot;
    try {
      const states = {};
      for (const unit of Object.keys(project.units)) states[unit] = unitState(unit);
      sharePendingPromises([all, ...Object.values(states).filter((x) => x !== null)]);
      const kept = statefulFunctionAPackageKeeps();
      if (kept !== null) wholeLive = kept + ": the whole service runs live on one node, as under Node.js";
      else try {
        const parts = {};
        for (const path of Object.keys(classParts)) parts[path] = classParts[path].map(encodeClassPart);
        const main = {modules: all, serverListener: rt.express.serverListener || null};
        snapshot = JSON.stringify({__all: serialize(main), __classParts: parts, __modules: Object.keys(all)});
      } catch (e) {
        if (!snapshotStays(e)) throw e;
        wholeLive = "main's values cannot travel between nodes (" + e.message.replace(/^Liquefy:? /, "") +
                    "): the whole service runs live on one node, as under Node.js";
      }
      if (wholeLive !== null) {
        snapshot = JSON.stringify({__live: wholeLive});
        for (const unit of Object.keys(states)) {
          units[unit] = states[unit] === null ? null : wholeLiveState(unit, wholeLive);
        }
        outbox.push({op: EFFECT.main, snapshot: snapshot, units: units, live: {}, whole: wholeLive});
        return;
      }
      for (const unit of Object.keys(states)) {
        units[unit] = encodeUnitState(states[unit], unit, states[unit] === null ? new Map() : carriedBy(outbox, unit));
        keepLiveMade(unit, states[unit], units[unit]);
        if (liveUnits.has(unit)) live[unit] = liveUnits.get(unit);
      }
    } finally {
      rt.snapshotting = false;
    }
    outbox.push({op: EFFECT.main, snapshot: snapshot, units: units, live: live});
  }

  // -- what serialize.js needs of the sections above ----------------------------------
  serialization.lend({
    accOf, boundTargets, checking, classNames, closureStateError, constructedBy, constructorRef, decodedFluxion,
    effectRoots, exportedConstructors, fieldsThatStay, fnInfo, heldUnit, hiddenKeys, instantiate,
    isOnceWrapper, libraryPrototypes, liveValue, madeBy, madeKept, makeAgain, makeProxy, methodOf,
    nativeDefineProperty, noteKeptFunctions, noteLostPrototype, onlyPackageFunctions, privateClassOf, proxyParts, quietly,
    receivingUnit, requireBuiltin, runtimeValue, runtimeValues, staysHere, topLevelFunctions, travels,
    withAccessors, withHidden,
    encodingMessage: () => encodingMessage,
    findingLive: () => liveFound !== null,
  });

  // -- sealing -------------------------------------------------------------------------
  // Once the runtime's files are loaded (each took `rt` as it loaded), user code can
  // name only the hooks that compiled code calls; the host's entry points answer
  // only to the isolate's token, which Python alone holds. (What comes out of the
  // isolate is checked in Python all the same: executor/effect_checks.py.)
  const HOOKS = ["defineModule", "register", "fn", "flx", "flxDecl", "cell", "invokeFluxion", "pcall", "pnew", "async",
                 "asyncEnter", "asyncExit", "asyncTouch", "awaitv", "block", "BREAK", "CONTINUE", "doLoop", "forOf", "gen", "loop",
                 "ret", "tryBlock", "unret", "privates", "privateStatics", "classPart", "accessors", "exportAll",
                 "importDynamic", "importMeta", "binding", "evaluated", "methodFluxion", "privateAccess", "privateUse"];
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
