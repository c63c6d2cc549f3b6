// Express 4, liquid: the same routing and response semantics, but the chain of
// handlers can stop on one node and go on on another. The router's position
// (which layer of which router, what prefix was removed) is data, so `next`
// is a value that can travel in a message like `req` and `res`.
require("./verify");  // rt.verifyIgnoreValue
require("./http_support");  // rt.http
const {EFFECT} = require("./protocol");
(function (rt) {
  "use strict";
  const H = rt.http;
  const METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "all"];
  // Routers, apps and routes have ids. Those that exist when main ends are in
  // every node (restored from main's snapshot under the same id) and travel as
  // a reference; ids made later carry a token of this isolate, so never clash.
  let routerIds = 0;
  let idToken = "main";
  const routersById = new Map();

  function register(obj, id) {
    obj._id = id || (idToken + ":" + (++routerIds));
    routersById.set(obj._id, obj);
    return obj;
  }

  // A mounted sub-app's settings inherit its parent's (Express sets the prototype of the sub-app's
  // `settings` to the parent's on 'mount'): a setting it has not set itself is its parent's, at
  // any depth. Here the settings objects stay plain (they travel as the unit's data) and a
  // lookup walks the mount chain, found by id on every node.
  function appSetting(app, setting) {
    for (let a = app, depth = 0; a && depth < 32; a = a.parentId === undefined ? undefined : routersById.get(a.parentId), depth++) {
      if (a.settings && Object.prototype.hasOwnProperty.call(a.settings, setting)) return a.settings[setting];
    }
    return app && app.settings ? app.settings[setting] : undefined;
  }
  rt.appSetting = appSetting;
  const trustProxySet = new WeakSet();  // apps whose "trust proxy" the service set (main mounts them)

  rt.onMainDone(function () {
    for (const r of routersById.values()) r._fromMain = true;
    idToken = Math.random().toString(36).slice(2, 10);
  });

  // -- layers and routes -------------------------------------------------------------
  function makeLayer(path, options, fn, extra) {
    const layer = Object.assign({spec: path, options: options, handle: fn, route: null, method: null}, extra || {});
    // Express's `layer.name`, which route listings and debug endpoints read: its handler's name, a
    // route's "bound dispatch" (Express 5: "handle"), a mounted sub-app's "mounted_app"
    if (layer.name === undefined) {
      layer.name = layer.route ? (rt.project.express === 5 ? "handle" : "bound dispatch")
        : (fn && fn.name) || "<anonymous>";
    }
    compileLayer(layer);
    return layer;
  }

  function compileLayer(layer) {
    if (rt.project.express === 5) { compileLayer5(layer); return; }
    layer.keys = [];
    layer.regexp = H.pathToRegexp(layer.spec, layer.keys, layer.options);
    layer.fastSlash = layer.spec === "/" && layer.options.end === false;
    layer.fastStar = layer.spec === "*";
    layer.regexp.fast_star = layer.fastStar;  // as Express 4's Layer marks them
    layer.regexp.fast_slash = layer.fastSlash;
  }

  // Express 5 (router 2's lib/layer.js): path-to-regexp 8 compiles each path, or throws
  // its PathError, when the route is defined; a RegExp's groups are its params.
  const TRAILING_SLASH_REGEXP = /\/+$/;
  const MATCHING_GROUP_REGEXP = /\((?:\?<(.*?)>)?(?!\?)/g;

  function compileLayer5(layer) {
    const opts = layer.options;
    const pathToRegexp8 = globalThis.__liquefyBuiltins.vendored("path-to-regexp/dist/index");
    const matcher = (path) => (path instanceof RegExp ? regexpMatcher(path) : pathToRegexp8.match(
      opts.strict ? path : loosen(path),
      {sensitive: opts.sensitive, end: opts.end, trailing: !opts.strict, decode: decodeParam}));
    const raw = Array.isArray(layer.spec) ? layer.spec.flat(Infinity) : layer.spec;
    layer.matchers = Array.isArray(raw) ? raw.map(matcher) : [matcher(layer.spec)];
    layer.fastSlash = layer.spec === "/" && opts.end === false;
  }

  function loosen(path) {
    if (path instanceof RegExp || path === "/") return path;
    return Array.isArray(path) ? path.map(loosen) : String(path).replace(TRAILING_SLASH_REGEXP, "");
  }

  function regexpMatcher(regexp) {
    const keys = [];
    let name = 0, m;
    MATCHING_GROUP_REGEXP.lastIndex = 0;
    while ((m = MATCHING_GROUP_REGEXP.exec(regexp.source))) keys.push(m[1] || name++);
    return function (path) {
      const match = regexp.exec(path);
      if (!match) return false;
      const params = {};
      for (let i = 1; i < match.length; i++) {
        const val = decodeParam(match[i]);
        if (val !== undefined) params[keys[i - 1]] = val;
      }
      return {params: params, path: match[0]};
    };
  }

  function matchLayer5(layer, path) {
    if (layer.fastSlash) return {params: {}, path: "", keys: []};
    for (const matcher of layer.matchers) {
      const m = matcher(path);
      if (m) return {params: m.params, path: m.path, keys: Object.keys(m.params)};
    }
    return null;
  }

  function decodeParam(val) {
    if (typeof val !== "string" || val.length === 0) return val;
    try {
      return decodeURIComponent(val);
    } catch (err) {
      if (err instanceof URIError) {
        err.message = "Failed to decode param '" + val + "'";
        err.status = err.statusCode = 400;
      }
      throw err;
    }
  }

  function matchLayer(layer, path) {
    if (path == null) return null;
    if (layer.matchers) return matchLayer5(layer, path);
    const keys = layer.keys.map((k) => k.name);
    if (layer.fastSlash) return {params: {}, path: "", keys: keys};
    if (layer.fastStar) return {params: {0: decodeParam(path)}, path: path, keys: keys};
    const m = layer.regexp.exec(path);
    if (!m) return null;
    const params = {};
    for (let i = 1; i < m.length; i++) {
      const key = layer.keys[i - 1];
      const val = decodeParam(m[i]);
      if (val !== undefined || !Object.prototype.hasOwnProperty.call(params, key.name)) params[key.name] = val;
    }
    return {params: params, path: m[0], keys: keys};
  }

  function flattenHandlers(args, what) {
    const out = [];
    (function walk(list) {
      for (const x of list) Array.isArray(x) ? walk(x) : out.push(x);
    })(args);
    for (const fn of out) {
      if (typeof fn !== "function") {
        throw new TypeError(what + " requires a callback function but got a " + Object.prototype.toString.call(fn));
      }
    }
    return out;
  }

  function Route(path, id) {
    const route = {path: path, stack: [], methods: {}, kind: "route"};
    register(route, id);
    for (const method of METHODS) {
      route[method] = function () {
        const handles = flattenHandlers(Array.prototype.slice.call(arguments),
          "Route." + method + "()");
        for (const fn of handles) {
          if (method !== "all") route.methods[method] = true;
          else route.methods._all = true;
          route.stack.push(makeLayer("/", {}, fn, {method: method === "all" ? null : method}));
        }
        return route;
      };
    }
    route[rt.SER] = () => serializeRouter(route);
    return route;
  }

  function routeHandlesMethod(route, method) {
    if (route.methods._all) return true;
    let name = typeof method === "string" ? method.toLowerCase() : method;
    if (name === "head" && !route.methods.head) name = "get";
    return Boolean(route.methods[name]);
  }

  function routeOptions(route) {
    const methods = Object.keys(route.methods).filter((m) => m !== "_all");
    if (route.methods.get && !route.methods.head) methods.push("head");
    return methods.map((m) => m.toUpperCase());
  }

  // -- routers and apps -------------------------------------------------------------
  // An app's router is made on its first use (Express's lazyrouter): it takes
  // the `case sensitive routing` and `strict routing` settings of that moment.
  function lazyRouter(router) {
    if (!router.isApp || router.routerMade) return;
    router.caseSensitive = router.enabled("case sensitive routing");
    router.strict = router.enabled("strict routing");
    router.routerMade = true;
  }

  function addRouterMethods(router) {
    router.stack = [];
    router.params = {};
    router.use = function use(fn) {
      lazyRouter(router);
      let offset = 0;
      let path = "/";
      if (typeof fn !== "function") {
        let arg = fn;
        while (Array.isArray(arg) && arg.length !== 0) arg = arg[0];
        if (typeof arg !== "function") { offset = 1; path = fn; }
      }
      const fns = flattenHandlers(Array.prototype.slice.call(arguments, offset), (router.isApp ? "app" : "Router") + ".use()");
      if (fns.length === 0) throw new TypeError((router.isApp ? "app" : "Router") + ".use() requires a middleware function");
      for (const handle of fns) {
        if (router.isApp && handle.isApp) {  // a sub-app (Express's app.use): its mount path, its parent, 'mount'
          handle.mountpath = path;
          handle.parentId = router._id;
          // Express's 'mount': a sub-app that never set "trust proxy" trusts as its parent does
          if (!trustProxySet.has(handle)) delete handle.settings["trust proxy"];
          handle.emit("mount", router);
        }
        router.stack.push(makeLayer(path, {sensitive: router.caseSensitive, strict: false, end: false}, handle,
                                    router.isApp && handle.isApp ? {name: "mounted_app"} : undefined));
      }
      return router;
    };
    router.route = function route(path) {
      lazyRouter(router);
      const r = Route(path);
      router.stack.push(makeLayer(path, {sensitive: router.caseSensitive, strict: router.strict, end: true},
                                  null, {route: r}));
      return r;
    };
    for (const method of rt.project.express === 5 ? METHODS : METHODS.concat(["del"])) {
      router[method] = function (path) {
        if (router.isApp && method === "get" && arguments.length === 1) return router.set(path);
        const r = router.route(path);
        r[method === "del" ? "delete" : method].apply(r, Array.prototype.slice.call(arguments, 1));
        return router;
      };
    }
    router.param = function param(name, fn) {
      if (typeof name === "function") throw new Error("app.param(fn) is not supported");
      lazyRouter(router);
      for (const n of Array.isArray(name) ? name : [name]) {
        const key = n[0] === ":" ? n.slice(1) : n;
        (router.params[key] = router.params[key] || []).push(fn);
      }
      return router;
    };
    router[rt.SER] = () => serializeRouter(router);
  }

  function Router(options, id) {
    const opts = options || {};
    const router = function router(req, res, next) { handleRouter(router, req, res, next); };
    router.kind = "router";
    router.caseSensitive = opts.caseSensitive;
    router.mergeParams = opts.mergeParams;
    router.strict = opts.strict;
    addRouterMethods(router);
    return register(router, id);
  }

  function createApplication(id) {
    const app = function app(req, res, next) {
      if (next && req.app && req.app !== app) {  // a mounted sub-app: req.app is it, until it hands back
        handleRouter(app, req, res, next, req.app);
        return;
      }
      handleRouter(app, req, res, next);
    };
    app.kind = "app";
    app.isApp = true;
    app.settings = {"x-powered-by": true, etag: "weak", env: rt.project.env.NODE_ENV || "development",
                    "query parser": rt.project.express === 5 ? "simple" : "extended", "subdomain offset": 2, "trust proxy": false,
                    "jsonp callback name": "callback"};
    app.locals = Object.create(null);  // as Express's: no prototype
    app.locals.settings = app.settings;
    app.mountpath = "/";
    addRouterMethods(app);
    // an app is an EventEmitter ('mount'); its parent, once mounted, is found by its id on every node
    const EventEmitter = rt.require("events");
    for (const k of ["on", "once", "off", "emit", "addListener", "removeListener", "prependListener", "listeners",
                     "listenerCount", "eventNames"]) {
      Object.defineProperty(app, k, {value: EventEmitter.prototype[k], writable: true, configurable: true});
    }
    Object.defineProperty(app, "parent", {configurable: true, get() {
      return app.parentId === undefined ? undefined : routersById.get(app.parentId);
    }});
    app.set = function (setting, val) {
      if (arguments.length === 1) return appSetting(app, setting);
      if (setting === "trust proxy") trustProxySet.add(app);
      app.settings[setting] = val;
      return app;
    };
    app.enable = (s) => app.set(s, true);
    app.disable = (s) => app.set(s, false);
    app.enabled = (s) => Boolean(appSetting(app, s));
    app.disabled = (s) => !appSetting(app, s);
    app.path = () => "";
    app.engines = {};
    app.cache = {};  // the views looked up, when "view cache" is on: each node's own
    rt.verifyIgnoreValue(app.engines);  // engines are also loaded by the first render on each node
    rt.verifyIgnoreValue(app.cache);
    app.settings.views = rt.project.root + "/views";  // path.resolve("views"): the service's folder is the cwd
    if (app.settings.env === "production") app.settings["view cache"] = true;
    app.engine = function engine(ext, fn) {
      if (typeof fn !== "function") throw new Error("callback function required");
      app.engines[ext[0] !== "." ? "." + ext : ext] = fn;
      return app;
    };
    app.render = function (name, options, callback) { render(app, name, options, callback); };
    app.listen = function () {
      // the app that listens is the one the gateway's requests go to, also where no module
      // variable holds it (made inside a function main calls, a bundle's IIFE): main's snapshot
      // carries it, so that a node that did not run main has it (express_reqres.js, rt.express.app)
      if (!rt.express.serverListener) rt.express.serverListener = app;
      const server = rt.makeServer();
      return server.listen.apply(server, arguments);
    };
    app.handle = function (req, res, callback) { lazyRouter(app); handleRouter(app, req, res, callback); };
    // `app.router`: Express 5's getter gives the app's router (made on its first read: the app's
    // stack here); Express 4's throws
    Object.defineProperty(app, "router", {configurable: true, enumerable: rt.project.express === 5, get() {
      if (rt.project.express !== 5) {
        throw new Error("'app.router' is deprecated!\nPlease see the 3.x to 4.x migration guide for details on how to update your app.");
      }
      return appRouter(app);
    }});
    // `app._router`: Express 4's router, made by the app's first route or middleware (undefined until
    // then), which route listings walk (`app._router.stack.filter((l) => l.route)`); Express 5 has none
    Object.defineProperty(app, "_router", {configurable: true, enumerable: false, get() {
      return rt.project.express !== 5 && app.routerMade ? appRouter(app) : undefined;
    }});
    // as Express's: the app's own prototypes of its requests and responses, on which a service hangs
    // its helpers (`app.response.success = function (data) {...}`, a getter `app.request.user`)
    app.request = Object.create(rt.express.reqProto, {app: {configurable: true, enumerable: true, writable: true, value: app}});
    app.response = Object.create(rt.express.resProto, {app: {configurable: true, enumerable: true, writable: true, value: app}});
    rt.express.lastApp = app;
    return register(app, id);
  }

  // Express 5's `app.router`, one per app: a router whose stack, params and methods are the app's own
  // (this runtime's app is its router), its methods chaining on it; it travels as its app's `router`.
  const appRouters = new WeakMap();
  function appRouter(app) {
    let r = appRouters.get(app);
    if (r) return r;
    lazyRouter(app);
    r = function router(req, res, next) { handleRouter(app, req, res, next); };
    if (rt.project.express !== 5) {
      // Express 4's stack starts with its `query` and `expressInit` layers, which this runtime runs itself:
      // a copy of the app's stack behind them (read, not spliced)
      Object.defineProperty(r, "stack", {enumerable: true, configurable: true, get: () => express4Layers().concat(app.stack)});
    }
    for (const k of rt.project.express === 5 ? ["stack", "params", "caseSensitive", "strict", "mergeParams"]
      : ["params", "caseSensitive", "strict", "mergeParams"]) {
      Object.defineProperty(r, k, {enumerable: true, configurable: true, get: () => app[k], set: (v) => { app[k] = v; }});
    }
    const chained = (fn) => function () { const out = fn.apply(app, arguments); return out === app ? r : out; };
    r.use = chained(app.use);
    r.param = chained(app.param);
    r.route = (path) => app.route(path);
    for (const method of METHODS) {
      r[method] = function (path) {
        const route = app.route(path);
        route[method].apply(route, Array.prototype.slice.call(arguments, 1));
        return r;
      };
    }
    r.handle = (req, res, next) => handleRouter(app, req, res, next);
    r[rt.SER] = () => ({k: rt.project.express === 5 ? "appRouter" : "appRouter4", v: app});
    appRouters.set(app, r);
    return r;
  }
  rt.handleKind("appRouter", (app) => app.router);
  rt.handleKind("appRouter4", (app) => app._router);
  // Express 4's first two layers of every app (its query parser and its init), as its route listings see them
  let firstLayers;
  function express4Layers() {
    const at = (fn) => makeLayer("/", {sensitive: false, strict: false, end: false}, fn);
    return firstLayers ||= [at(function query(req, res, next) { next(); }), at(function expressInit(req, res, next) { next(); })];
  }

  // Routers travel by id when the receiving node already has them (they were
  // built by main); otherwise, and in the main snapshot, they travel whole.
  // A unit's state as main leaves it (encoded while main's snapshot is) refers to main's routers
  // too: decoding them whole would give main's router, on each node, the layers of that first
  // state, whose handlers keep that state's objects (a constructor-bound `controller.open`'s
  // `this`), which the unit's next states replace (fresh22a-esm-feature-modules).
  function serializeRouter(r) {
    if ((!rt.snapshotting || rt.encodingUnitState) && r._fromMain) {
      return {k: "routerRef", v: r.isApp && rt.encodingUnitState ? {id: r._id, locals: ownLocals(r),
                                                                   settings: Object.assign({}, r.settings),
                                                                   props: ownProps(r)} : r._id};
    }
    const data = {id: r._id, kind: r.kind};
    if (r.kind === "route") {
      data.path = r.path; data.methods = r.methods;
      data.stack = r.stack.map(layerData);
    } else {
      data.stack = r.stack.map(layerData);
      data.params = r.params;
      data.caseSensitive = r.caseSensitive; data.mergeParams = r.mergeParams; data.strict = r.strict;
      if (r.isApp) {
        data.settings = r.settings; data.locals = r.locals; data.routerMade = r.routerMade; data.engines = r.engines;
        data.mountpath = r.mountpath; data.parentId = r.parentId; data.props = ownProps(r);
        data.protos = [ownDescriptors(r.request), ownDescriptors(r.response)];
      }
    }
    return {k: "router", v: data};
  }

  // Properties the program puts on an app itself (`app.hits = 0`, then `req.app.hits++` in a
  // middleware) travel with it as its locals do: every own enumerable property but those the
  // runtime (this file, the EventEmitter methods' `_events`) sets.
  const RUNTIME_APP_KEYS = new Set(["kind", "isApp", "settings", "locals", "mountpath", "set", "enable", "disable",
    "enabled", "disabled", "path", "engines", "cache", "engine", "render", "listen", "handle", "_id", "_fromMain",
    "stack", "params", "parentId", "routerMade", "caseSensitive", "strict", "mergeParams", "_router", "_events",
    "_eventsCount", "_maxListeners", "route", "use", "param", "del", "router", "request", "response", ...METHODS]);
  function ownProps(app) {
    let out;
    for (const k of Object.keys(app)) {
      if (RUNTIME_APP_KEYS.has(k)) continue;
      (out ||= {})[k] = app[k];
    }
    return out;
  }

  // What the program put on `app.request` and `app.response` (main does, as it mounts its routes):
  // travels with the app in main's snapshot, as its descriptors (a getter stays a getter).
  function ownDescriptors(proto) {
    const out = {};
    for (const k of Object.getOwnPropertyNames(proto)) {
      if (k === "app") continue;
      const d = Object.getOwnPropertyDescriptor(proto, k);
      out[k] = "value" in d ? {value: d.value, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable}
        : {get: d.get, set: d.set, enumerable: d.enumerable, configurable: d.configurable};
    }
    return out;
  }

  function setOwnProps(app, props) {
    for (const k of Object.keys(app)) {  // one the program deleted (`delete app.draft`)
      if (!RUNTIME_APP_KEYS.has(k) && !(props && Object.prototype.hasOwnProperty.call(props, k))) delete app[k];
    }
    if (props) Object.assign(app, props);
  }

  // An app's locals travel with the unit that keeps the app (the program's data:
  // `app.locals.visits++`), not with each request that names it; their
  // `settings` is the app's own settings object, linked again on arrival.
  function ownLocals(app) {
    const out = Object.assign(Object.create(null), app.locals);
    delete out.settings;
    return out;
  }

  function layerData(layer) {
    return {spec: layer.spec, options: layer.options, handle: layer.handle, route: layer.route, method: layer.method,
            name: layer.name};  // as its handler was named when it was added (`Object.defineProperty(fn, 'name', ...)`)
  }

  rt.handleKind("routerRef", function (ref) {
    const id = ref !== null && typeof ref === "object" ? ref.id : ref;
    const r = routersById.get(id);
    if (!r) throw new Error("Liquefy: router " + id + " is unknown on this node");
    if (id !== ref && ref.settings) Object.assign(r.settings, ref.settings);  // `app.set(...)` in the unit
    if (id !== ref) r.locals = Object.assign(ref.locals, {settings: r.settings});
    if (id !== ref && r.isApp) setOwnProps(r, ref.props);
    return r;
  });

  rt.handleKind("router", function (data) {
    let r;
    if (data.kind === "route") {
      r = Route(data.path, data.id);
      r.methods = data.methods;
    } else if (data.kind === "app") {
      // an app this node already has (main's snapshot gave it, and a message's `req.app` may already
      // hold it): the same object, given the data again, so that `req.app === blog` in a sub-app's unit
      r = routersById.get(data.id);
      if (!r || r.kind !== "app") r = createApplication(data.id);
      Object.assign(r.settings, data.settings);
      for (const k of Object.keys(data.settings ? r.settings : {})) {  // a default its app dropped (a mounted sub-app's "trust proxy")
        if (!Object.prototype.hasOwnProperty.call(data.settings, k)) delete r.settings[k];
      }
      r.locals = data.locals;
      Object.assign(r.engines, data.engines);
      Object.assign(r, {caseSensitive: data.caseSensitive, strict: data.strict, routerMade: data.routerMade});
      if (data.mountpath !== undefined) r.mountpath = data.mountpath;
      if (data.parentId !== undefined) r.parentId = data.parentId;
      setOwnProps(r, data.props);
      if (data.protos) {
        Object.defineProperties(r.request, data.protos[0]);
        Object.defineProperties(r.response, data.protos[1]);
      }
    } else {
      r = Router({caseSensitive: data.caseSensitive, mergeParams: data.mergeParams, strict: data.strict}, data.id);
    }
    r.stack = data.stack.map((l) => makeLayer(l.spec, l.options, l.handle, {route: l.route, method: l.method, name: l.name}));
    if (data.params) r.params = data.params;
    r._fromMain = true;
    return r;
  });

  rt.express = {lastApp: null, serverListener: null, Router: Router, routersById: routersById,
                callRemoteHandler: callRemoteHandler, asyncErrors: false};

  // express-async-errors patches Express 4's Layer so that what an async handler's promise
  // rejects with goes to `next`; here the Layer is the runtime's own, so requiring the
  // package turns this on (its rejection may come in a later message: the reaction travels).
  rt.defineRuntimeModule("express-async-errors", () => { rt.express.asyncErrors = true; return {}; });
  // Express 5 does so itself (router's Layer, and its app.param callbacks): a rejection
  // with no reason becomes Error('Rejected promise').
  rt.defineRuntimeModule("__liquefy_express", () => ({forwardError: (next, e) => next(e),
                                                       forwardRejected: (next, e) => next(e || new Error("Rejected promise"))}));

  function forwardRejection(ret, next) {
    if (rt.project.express === 5) {
      const thenable = ret !== null && (typeof ret === "object" || typeof ret === "function") && typeof ret.then === "function";
      if (thenable) ret.then(undefined, rt.partial(rt.require("__liquefy_express").forwardRejected, next));
      return;
    }
    if (!rt.express.asyncErrors || ret === null || typeof ret !== "object" || typeof ret.catch !== "function") return;
    ret.catch(rt.partial(rt.require("__liquefy_express").forwardError, next));
  }

  // A handler (req, res, next), error handler (err, req, res, next) or app.param callback
  // (req, res, next, value, name) called by a message: as Express's Layer calls it.
  function callRemoteHandler(fn, args) {
    const next = args.length === 5 ? args[2] : args[args.length - 1];
    if (args.length === 3 && rt.rerunsOnResponse(fn, false)) args = [args[0], args[1], holdingSession(...args)];
    try {
      const ret = fn.apply(undefined, args);
      if (args.length !== 5 || rt.project.express === 5) forwardRejection(ret, next);
    } catch (e) {
      next(e);
    }
  }

  // A session middleware (express-session: it sets `req.sessionStore`) that wrapped `res.end` saves the
  // session from that wrapper, a package's closure that stays in this message: when it calls `next`,
  // the response is held in this message (run.js, holdResponse), so that a handler answering in a
  // callback (`findUser(name).then(...)`, a timer) answers through the wrapper.
  function holdingSession(req, res, next) {
    const hadStore = req.sessionStore, end = res.end;
    const holding = function () {
      if (hadStore === undefined && req.sessionStore !== undefined && res.end !== end) rt.holdResponse(res);
      return next.apply(this, arguments);
    };
    if (next[rt.SER]) holding[rt.SER] = next[rt.SER];  // it travels as the `next` it calls
    return holding;
  }

  // -- dispatching: a chain of frames instead of closures --------------------------
  // A frame says where the walk through one router (or route) stands.
  function handleRouter(router, req, res, out, parentApp) {
    const frame = {router: router, idx: 0, removed: "", slashAdded: false,
                   parentUrl: req.baseUrl || "", parentParams: req.params, paramsCalled: {}, options: []};
    if (parentApp) {
      frame.parentApp = parentApp;
      req.app = router;
      res.app = router;
    }
    req.baseUrl = frame.parentUrl;
    req.originalUrl = req.originalUrl || req.url;
    const chain = {frames: [frame], out: out || null, req: req, res: res};
    nextInRouter(chain, undefined);
  }

  function makeNext(chain, kind = "next") {
    const next = kind === "next" ? function next(err) { resume(chain, err); }
      : function next(err) { continueParams(chain, err); };
    next[rt.SER] = () => ({k: kind, v: {frames: chain.frames.map(frameData), out: chain.out, req: chain.req,
                                         res: chain.res}});
    return next;
  }

  function frameData(f) {
    return Object.assign({}, f);
  }

  for (const kind of ["next", "paramNext"]) {
    rt.handleKind(kind, function (data) {
      const chain = {frames: data.frames, out: data.out, req: data.req, res: data.res};
      const next = makeNext(chain, kind);
      if (kind === "next" && data.req && typeof data.req.next !== "function") data.req.next = next;  // req.next does not travel with req
      return next;
    });
  }

  function resume(chain, err) {
    const top = chain.frames[chain.frames.length - 1];
    if (!top) { finish(chain, err); return; }
    if (top.route) nextInRoute(chain, err);
    else nextInRouter(chain, err);
  }

  function finish(chain, err) {
    if (chain.out) { chain.out(err); return; }
    finalHandler(chain.req, chain.res, err);
  }

  function popFrame(chain, err) {
    chain.frames.pop();
    if (chain.frames.length === 0) { finish(chain, err); return; }
    resume(chain, err);
  }

  function pathname(url) {
    if (url == null) return undefined;
    const q = url.indexOf("?");
    return q === -1 ? url : url.slice(0, q);
  }

  function nextInRouter(chain, err) {
    const frame = chain.frames[chain.frames.length - 1];
    const req = chain.req, res = chain.res;
    let layerError = err === "route" ? null : err;
    if (frame.slashAdded) { req.url = req.url.slice(1); frame.slashAdded = false; }
    if (frame.removed.length !== 0) {
      req.baseUrl = frame.parentUrl;
      req.url = frame.removed + req.url;
      frame.removed = "";
    }
    const stack = frame.router.stack;
    const leave = function (e) {
      req.baseUrl = frame.parentUrl;
      req.params = frame.parentParams;
      if (frame.parentApp) {  // out of a sub-app: the parent's again
        req.app = frame.parentApp;
        res.app = frame.parentApp;
      }
      // each router answers OPTIONS with the methods its routes take once its stack is done (Express's router
      // wraps its `done` so), a mounted one too (`app.use('/api', api)`: OPTIONS /api/items)
      if (req.method === "OPTIONS" && !e && frame.options.length) {
        sendOptions(res, frame.options);
        return;
      }
      popFrame(chain, e);
    };
    if (layerError === "router") { leave(null); return; }
    if (frame.idx >= stack.length) { leave(layerError); return; }
    const path = pathname(req.url);
    let layer, match = null, route;
    while (match === null && frame.idx < stack.length) {
      layer = stack[frame.idx++];
      try {
        match = matchLayer(layer, path);
      } catch (e) {
        layerError = layerError || e;
        match = null;
        continue;
      }
      route = layer.route;
      if (match === null || !route) continue;
      if (layerError) { match = null; continue; }
      const hasMethod = routeHandlesMethod(route, req.method);
      if (!hasMethod && req.method === "OPTIONS") {
        for (const m of routeOptions(route)) if (frame.options.indexOf(m) === -1) frame.options.push(m);
      }
      if (!hasMethod && req.method !== "HEAD") match = null;
    }
    if (match === null) { leave(layerError); return; }
    if (route) req.route = route;
    req.params = frame.router.mergeParams ? Object.assign({}, frame.parentParams, match.params) : match.params;
    frame.pending = {matched: match.path, layerError: layerError, path: path, keys: match.keys, key: null, fn: 0};
    continueParams(chain, undefined);
  }

  // The `app.param` callbacks of the layer just matched, one after the other. Where the
  // walk stands is kept in the frame (`pending`), so that a callback's `next` can travel
  // with a message when the callback is a fluxion that runs elsewhere.
  function continueParams(chain, err) {
    const frame = chain.frames[chain.frames.length - 1];
    const pending = frame.pending, req = chain.req;
    const layer = frame.router.stack[frame.idx - 1];
    if (err) { frame.pending = null; nextInRouter(chain, pending.layerError || err); return; }
    const params = frame.router.params;
    if (pending.key !== null) {
      const fn = params[pending.key][pending.fn++];
      if (fn) { callParam(chain, fn, pending.key); return; }
      pending.key = null;
    }
    const key = pending.keys.find((k) => params[k] && req.params[k] !== undefined &&
                                         frame.paramsCalled[k] !== req.params[k]);
    if (key !== undefined) {
      frame.paramsCalled[key] = req.params[key];
      Object.assign(pending, {key: key, fn: 0});
      continueParams(chain, undefined);
      return;
    }
    frame.pending = null;
    if (layer.route) { enterRoute(chain, layer); return; }
    trimPrefix(chain, frame, layer, pending.layerError, pending.matched, pending.path);
  }

  function callParam(chain, fn, name) {
    const req = chain.req;
    const next = makeNext(chain, "paramNext");
    const args = [req, chain.res, next, req.params[name], name];
    if (!rt.isLocal(fn)) {
      rt.post(fn, args, {via: "express", rid: chain.res._rid, src: "main"});
      return;
    }
    try {
      const ret = fn.apply(undefined, args);
      if (rt.project.express === 5) forwardRejection(ret, next);
    } catch (e) {
      next(e);
    }
  }

  function trimPrefix(chain, frame, layer, layerError, layerPath, path) {
    const req = chain.req;
    if (layerPath.length !== 0) {
      if (layerPath !== path.slice(0, layerPath.length)) { nextInRouter(chain, layerError); return; }
      const c = path[layerPath.length];  // Express 5 no longer mounts on a "."
      if (c && c !== "/" && (c !== "." || rt.project.express === 5)) { nextInRouter(chain, layerError); return; }
      frame.removed = layerPath;
      req.url = req.url.slice(frame.removed.length);
      if (req.url[0] !== "/") { req.url = "/" + req.url; frame.slashAdded = true; }
      req.baseUrl = frame.parentUrl + (frame.removed[frame.removed.length - 1] === "/" ?
        frame.removed.substring(0, frame.removed.length - 1) : frame.removed);
    }
    callLayer(chain, layer.handle, layerError, true);
  }

  function enterRoute(chain, layer) {
    const req = chain.req;
    const route = layer.route;
    let method = req.method.toLowerCase();
    if (method === "head" && !route.methods.head) method = "get";
    req.route = route;
    chain.frames.push({route: route, idx: 0, method: method});
    if (route.stack.length === 0) { popFrame(chain, undefined); return; }
    nextInRoute(chain, undefined);
  }

  function nextInRoute(chain, err) {
    const frame = chain.frames[chain.frames.length - 1];
    if (err === "route") { popFrame(chain, undefined); return; }
    if (err === "router") { popFrame(chain, err); return; }
    const stack = frame.route.stack;
    let layer = stack[frame.idx++];
    while (layer && layer.method && layer.method !== frame.method) layer = stack[frame.idx++];
    if (!layer) { popFrame(chain, err); return; }
    callLayer(chain, layer.handle, err);
  }

  // Calls one handler: here if its fluxion runs on this node, else as a message.
  // `mounted`: a middleware of `use`, not a route's handler.
  function callLayer(chain, handle, err, mounted) {
    const req = chain.req, res = chain.res;
    const isErrorHandler = handle.length === 4;
    if (err ? !isErrorHandler : isErrorHandler) { resume(chain, err); return; }
    const next = makeNext(chain);
    req.next = next;
    const args = err ? [err, req, res, next] : [req, res, next];
    if (!rt.isLocal(handle)) {  // (where it runs, callRemoteHandler holds a session's response)
      rt.post(handle, args, {via: "express", rid: res._rid, src: "main"});  // a start stream, in the graph
      return;
    }
    if (!err && rt.rerunsOnResponse(handle, false)) args[2] = holdingSession(req, res, next);  // a package's
    const patches = rt.rerunsOnResponse(handle, mounted) ? responsePatches(res) + requestPatches(req) : null;
    const at = res._patchers ? res._patchers.length : 0;
    const before = patches !== null ? ownFunctions(res) : null;
    try {
      forwardRejection(handle.apply(undefined, args), next);
    } catch (e) {
      next(e);
    }
    if (patches !== null && responsePatches(res) + requestPatches(req) !== patches) {
      (res._patchers = res._patchers || []).splice(at, 0, handle);
      // what it put on `res` is made again where `res` arrives: it does not travel (express_reqres.js)
      for (const k of Object.keys(res)) if (typeof res[k] === "function" && res[k] !== before[k]) rt.rerunMade.add(res[k]);
    }
  }

  // A middleware that wraps res.write, res.end or res.writeHead (a package's: compression,
  // morgan through on-headers, express-session; or the service's own, with on-headers or by
  // hand) leaves functions on `res` that close over what they wrap, which cannot travel as
  // they are: `res` remembers the middleware, and a node that decodes `res` runs it again on
  // it (express_reqres.js), in the same order, so that the response it finishes is wrapped
  // as well. The service's own only when mounted with `use` and its unit is stateless
  // (core.js, rerunsOnResponse): a route's handler running again would answer again.
  function ownFunctions(res) {
    const out = {};
    for (const k of Object.keys(res)) if (typeof res[k] === "function") out[k] = res[k];
    return out;
  }
  function responsePatches(res) {
    return Object.keys(res).filter((k) => typeof res[k] === "function").map((k) => k + ":" + rt.functionId(res[k])).join(",");
  }
  // So does one that puts a package's function on `req` (connect-flash's `req.flash`), which
  // cannot travel either: `req` travels without it (express_reqres.js), and the middleware,
  // run again where `res` arrives, puts it back.
  function requestPatches(req) {
    return "|" + Object.keys(req).filter((k) => k !== "next" && typeof req[k] === "function" && rt.staysHere(req[k]))
      .map((k) => k + ":" + rt.functionId(req[k])).join(",");
  }

  function sendOptions(res, options) {
    if (rt.project.express === 5) {  // router 2's sendOptionsResponse: sorted, unique, as text/plain
      const allow = Array.from(new Set(options)).sort().join(", ");
      res.setHeader("Allow", allow);
      res.setHeader("Content-Length", Buffer.byteLength(allow));
      res.setHeader("Content-Type", "text/plain");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.end(allow);
      return;
    }
    const body = options.join(",");
    res.set("Allow", body);
    res.send(body);
  }

  function finalHandler(req, res, err) {
    if (!err && res.headersSent) return;
    let status, msg, headers;
    if (err) {
      status = errorStatus(err);
      if (status === undefined) {
        status = (typeof res.statusCode !== "number" || res.statusCode < 400 || res.statusCode > 599) ? 500 : res.statusCode;
      } else if (err.headers && typeof err.headers === "object") {
        headers = err.headers;
      }
      const env = rt.project.env.NODE_ENV || "development";
      msg = env !== "production" ? (err.stack || String(err)) : null;
      msg = msg || H.STATUS[status];
      const error = rt.describeError(err);
      rt.emit({op: EFFECT.log, level: "error", text: error.stack, fx: error.fluxion, file: error.file, line: error.line});
    } else {
      status = 404;
      msg = "Cannot " + req.method + " " + H.encodeUrl(pathname(req.originalUrl));
    }
    if (res.headersSent) return;
    const body = H.createHtmlDocument(msg);
    res.statusCode = status;
    for (const name of ["Content-Encoding", "Content-Language", "Content-Range"]) res.removeHeader(name);
    if (headers) for (const k of Object.keys(headers)) res.setHeader(k, headers[k]);
    res.setHeader("Content-Security-Policy", "default-src 'none'");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", Buffer.byteLength(body, "utf8"));
    res.end(req.method === "HEAD" ? undefined : body, "utf8");
  }

  function errorStatus(err) {
    if (typeof err.status === "number" && err.status >= 400 && err.status < 600) return err.status;
    if (typeof err.statusCode === "number" && err.statusCode >= 400 && err.statusCode < 600) return err.statusCode;
    return undefined;
  }

  // -- views: Express 4's app.render and View (lib/application.js, lib/view.js) ---------
  function render(app, name, options, callback) {
    let done = callback, opts = options;
    if (typeof options === "function") { done = options; opts = {}; }
    const renderOptions = Object.assign({}, app.locals, opts && opts._locals, opts);
    if (renderOptions.cache == null) renderOptions.cache = Boolean(app.settings["view cache"]);
    let view = renderOptions.cache ? app.cache[name] : undefined;
    if (!view) {
      const ViewClass = typeof appSetting(app, "view") === "function" ? appSetting(app, "view") : View;
      view = new ViewClass(name, {defaultEngine: appSetting(app, "view engine"), root: app.settings.views, engines: app.engines});
      if (!view.path) {
        const roots = [].concat(view.root);
        const dirs = roots.length > 1
          ? "directories \"" + roots.slice(0, -1).join("\", \"") + "\" or \"" + roots[roots.length - 1] + "\""
          : "directory \"" + view.root + "\"";
        const err = new Error("Failed to lookup view \"" + name + "\" in views " + dirs);
        err.view = view;
        done(err);
        return;
      }
      if (renderOptions.cache) app.cache[name] = view;
    }
    try {
      view.render(renderOptions, done);
    } catch (err) {
      done(err);
    }
  }

  function View(name, options) {
    const path = rt.require("path");
    const opts = options || {};
    this.defaultEngine = opts.defaultEngine;
    this.ext = path.extname(name);
    this.name = name;
    this.root = opts.root;
    if (!this.ext && !this.defaultEngine) throw new Error("No default engine was specified and no extension was provided.");
    let fileName = name;
    if (!this.ext) {
      this.ext = this.defaultEngine[0] !== "." ? "." + this.defaultEngine : this.defaultEngine;
      fileName += this.ext;
    }
    if (!opts.engines[this.ext]) {
      const mod = this.ext.slice(1);
      const fn = rt.serviceRequire(mod).__express;
      if (typeof fn !== "function") throw new Error("Module \"" + mod + "\" does not provide a view engine.");
      opts.engines[this.ext] = fn;
    }
    this.engine = opts.engines[this.ext];
    this.path = this.lookup(fileName);
  }
  View.prototype.lookup = function (name) {
    const path = rt.require("path");
    let found;
    for (const root of [].concat(this.root)) {
      if (found) break;
      const loc = path.resolve(root, name);
      found = this.resolve(path.dirname(loc), path.basename(loc));
    }
    return found;
  };
  View.prototype.render = function (options, callback) { this.engine(this.path, options, callback); };
  View.prototype.resolve = function (dir, file) {
    const path = rt.require("path");
    const isFile = (p) => { try { return rt.require("fs").statSync(p).isFile(); } catch (e) { return false; } };
    const direct = path.join(dir, file);
    if (isFile(direct)) return direct;
    const index = path.join(dir, path.basename(file, this.ext), "index" + this.ext);
    return isFile(index) ? index : undefined;
  };
  rt.express.render = render;

  rt.express.finalHandler = finalHandler;
  rt.express.createApplication = createApplication;
  rt.express.Route = Route;
})(require("./core"));
