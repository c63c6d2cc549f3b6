// `http` and `https`: a liquid service does not listen on a port (the gateway
// does), so a server only keeps its request listener, which is the app.
require("./http_support");  // rt.http
require("./express");  // rt.express
(function (rt) {
  "use strict";
  function makeModule() {
    return {
      createServer(options, listener) {
        const handler = typeof options === "function" ? options : listener;
        const server = makeServer();
        if (handler) addRequestListener(server, handler, false);
        return server;
      },
      STATUS_CODES: Object.assign({}, rt.http.STATUS),
      METHODS: METHODS.slice(),
      // `req instanceof http.IncomingMessage` and `res instanceof http.ServerResponse` hold
      IncomingMessage: classOf(rt.express.reqProto, "IncomingMessage"),
      ServerResponse: classOf(rt.express.resProto, "ServerResponse"),
      // Node's ServerResponse.prototype inherits its header methods from here (cookies calls them on res)
      OutgoingMessage: classOf(rt.express.resProto, "OutgoingMessage"),
      Agent: Agent,
      globalAgent: new Agent(),
      request() { throw rt.noNetwork("http.request"); },
      get() { throw rt.noNetwork("http.get"); },
    };
  }

  // A server made in main is module state like any object (`const server =
  // app.listen(...)`): it travels as a handle, with the fields the service set on it.
  // Its 'listening' listeners run once it listens, as Node's do: those added before `listen`, then
  // the callback handed to `listen`, then those added after it (express-generator's bin/www calls
  // `server.on('listening', onListening)` after `server.listen(port)`), as ticks: Node emits
  // 'listening' in a nextTick (before a setImmediate of the same turn). Other events never come.
  const listening = new WeakMap();  // server -> its 'listening' listeners until it listens, then true
  function makeServer(fields) {
    const listener = (first) => function (event, fn) {
      if (event === "request" && typeof fn === "function") return addRequestListener(server, fn, first);
      if (event !== "listening" || typeof fn !== "function") return server;
      const state = listening.get(server);
      if (state === true) rt.tick(fn, [], "server.listening");
      else if (!state) listening.set(server, [fn]);
      else if (first) state.unshift(fn);
      else state.push(fn);
      return server;
    };
    const onEvent = listener(false);
    const server = Object.assign({
      listen() {
        const cb = arguments[arguments.length - 1];
        const before = listening.get(server);
        listening.set(server, true);
        rt.noteListening();
        if (Array.isArray(before)) for (const fn of before) rt.tick(fn, [], "server.listening");
        if (typeof cb === "function") rt.tick(cb, [], "server.listen");
        return server;
      },
      close(cb) { if (typeof cb === "function") rt.post(cb, [], {via: "server.close"}); return server; },
      on: onEvent, once: onEvent, addListener: onEvent, prependListener: listener(true),
      address: () => ({address: "::", family: "IPv6", port: 0}),
      setTimeout() { return server; },
    }, fields);
    server[rt.SER] = () => ({k: "httpServer", v: ownData(server)});
    return server;
  }
  rt.makeServer = makeServer;

  // `http.createServer()` then `server.on('request', fn)` (Node's createServer(fn) does just that), or a
  // second 'request' listener beside the app (a counter): the server's listeners, in Node's order,
  // kept as main's `serverListener` (a list when there are several: express_reqres.js calls each).
  function addRequestListener(server, fn, first) {
    const known = rt.express.serverListener;
    const all = known ? [].concat(known) : [];
    if (first) all.unshift(fn);
    else all.push(fn);
    rt.express.serverListener = all.length === 1 ? all[0] : all;
    return server;
  }
  rt.handleKind("httpServer", (fields) => makeServer(fields));

  function ownData(server) {
    const out = {};
    for (const k of Object.keys(server)) if (typeof server[k] !== "function") out[k] = server[k];
    return out;
  }

  function classOf(proto, name) {
    const Cls = {[name]: function () { throw new Error("Liquefy: a fluxion cannot make an http." + name + "; the gateway makes them"); }}[name];
    Cls.prototype = proto;
    return Cls;
  }

  // An agent can be made (packages make one when they load); a request through it fails.
  // Node 20's (llhttp's): what `methods` lists, and so which methods method-override accepts
  const METHODS = ["ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH",
                   "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND",
                   "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE",
                   "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE"];
  class Agent {
    constructor(options) { this.options = Object.assign({}, options); this.maxSockets = Infinity; }
    destroy() {}
  }

  // Node's global fetch: the promise fails with the same clear error as http.request.
  globalThis.fetch = function fetch() { return Promise.reject(rt.noNetwork("fetch")); };
  rt.defineRuntimeModule("http", makeModule);
  rt.defineRuntimeModule("https", makeModule);
  // `os`: the machine a fluxion sees is a small, constant one; it has no network interfaces.
  const CPU = {model: "Liquefy isolate", speed: 0, times: {user: 0, nice: 0, sys: 0, idle: 0, irq: 0}};
  rt.defineRuntimeModule("os", () => ({
    EOL: "\n", devNull: "/dev/null", platform: () => "linux", type: () => "Linux", arch: () => "x64",
    machine: () => "x86_64", hostname: () => "liquefy", version: () => "#1 SMP", release: () => "6.1.0",
    cpus: () => [Object.assign({}, CPU, {times: Object.assign({}, CPU.times)})], availableParallelism: () => 1,
    totalmem: () => 128 * 1024 * 1024, freemem: () => 64 * 1024 * 1024, tmpdir: () => "/tmp", homedir: () => "/",
    uptime: () => 0, endianness: () => "LE", loadavg: () => [0, 0, 0], networkInterfaces: () => ({}),
    userInfo: () => ({uid: 1000, gid: 1000, username: "liquefy", homedir: "/", shell: null}),
    getPriority: () => 0, setPriority() { throw new Error("Liquefy: a fluxion has no process priority to set"); },
    constants: {signals: {SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15}, errno: {}, priority: {PRIORITY_NORMAL: 0}},
  }));
  // `net`: the address checks packages use (express-rate-limit keys IPv6 clients by subnet);
  // a socket or a server fails with the same clear error as http.request. Node's own
  // expressions (lib/internal/net.js), so that what is an address is the same.
  const v4Seg = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
  const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
  const IPv4Reg = new RegExp(`^${v4Str}$`);
  const v6Seg = "(?:[0-9a-fA-F]{1,4})";
  const IPv6Reg = new RegExp("^(?:" +
    `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
    `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
    `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
    `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
    `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
    `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
    `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
    `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
  ")(?:%[0-9a-zA-Z-.:]{1,})?$");
  const isIPv4 = (s) => IPv4Reg.test(s);
  const isIPv6 = (s) => IPv6Reg.test(s);
  rt.defineRuntimeModule("net", () => {
    const refuse = (what) => function () { throw rt.noNetwork(what); };
    return {
      isIP: (s) => (isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0), isIPv4, isIPv6,
      connect: refuse("net.connect"), createConnection: refuse("net.createConnection"),
      createServer: refuse("net.createServer"), Socket: refuse("net.Socket"), Server: refuse("net.Server"),
    };
  });
  // `worker_threads`: a fluxion runs on the main thread and starts no thread; packages read
  // `isMainThread` as they load (pino; thread-stream takes `Worker`, made only for a transport).
  rt.defineRuntimeModule("worker_threads", () => {
    const refuse = (what) => function () {
      const e = new Error("Liquefy: worker_threads' " + what + " is not available: a fluxion has no network or process access");
      e.code = "ERR_LIQUEFY_UNAVAILABLE";
      throw e;
    };
    return {
      isMainThread: true, parentPort: null, workerData: null, threadId: 0, resourceLimits: {},
      SHARE_ENV: Symbol.for("nodejs.worker_threads.SHARE_ENV"),
      Worker: refuse("new Worker()"), MessageChannel: refuse("new MessageChannel()"),
      receiveMessageOnPort: refuse("receiveMessageOnPort()"), markAsUntransferable() {},
    };
  });
  // `cluster`: a fluxion is the primary process and forks none; packages require it as they load
  // (rate-limiter-flexible's index takes it for RateLimiterCluster) and read `isPrimary`.
  rt.defineRuntimeModule("cluster", () => {
    const EventEmitter = rt.require("events");
    const refuse = (what) => function () {
      const e = new Error("Liquefy: cluster." + what + "() is not available: a fluxion has no network or process access");
      e.code = "ERR_LIQUEFY_UNAVAILABLE";
      throw e;
    };
    const cluster = new EventEmitter();
    return Object.assign(cluster, {
      isPrimary: true, isMaster: true, isWorker: false, workers: {}, settings: {},
      SCHED_NONE: 1, SCHED_RR: 2, schedulingPolicy: 2,
      fork: refuse("fork"), setupPrimary: refuse("setupPrimary"), setupMaster: refuse("setupMaster"),
      disconnect: refuse("disconnect"),
    });
  });
  // `v8`: the heap is the node's (limits it sets, docs/executor.md); a fluxion sees zeros, as in
  // process.memoryUsage(). What packages read as they load or report (prom-client's default metrics).
  rt.defineRuntimeModule("v8", () => {
    const unavailable = (what) => function () {
      const e = new Error("Liquefy: v8." + what + "() is not available in a fluxion");
      e.code = "ERR_LIQUEFY_UNAVAILABLE";
      throw e;
    };
    const HEAP = ["total_heap_size", "total_heap_size_executable", "total_physical_size", "total_available_size",
                  "used_heap_size", "heap_size_limit", "malloced_memory", "peak_malloced_memory", "does_zap_garbage",
                  "number_of_native_contexts", "number_of_detached_contexts", "total_global_handles_size",
                  "used_global_handles_size", "external_memory"];
    const CODE = ["code_and_metadata_size", "bytecode_and_metadata_size", "external_script_source_size",
                  "cpu_profiler_metadata_size"];
    const zeros = (names) => Object.fromEntries(names.map((n) => [n, 0]));
    return {
      getHeapStatistics: () => zeros(HEAP), getHeapSpaceStatistics: () => [], getHeapCodeStatistics: () => zeros(CODE),
      cachedDataVersionTag: () => 0, setFlagsFromString() {}, setHeapSnapshotNearHeapLimit() {},
      serialize: unavailable("serialize"), deserialize: unavailable("deserialize"),
      getHeapSnapshot: unavailable("getHeapSnapshot"), writeHeapSnapshot: unavailable("writeHeapSnapshot"),
    };
  });
  // `tty`: a fluxion has no terminal; what `debug` and colour detection ask for.
  rt.defineRuntimeModule("tty", () => {
    function NoTerminal() { throw new Error("Liquefy: a fluxion has no terminal (tty)"); }
    return {isatty: () => false, ReadStream: NoTerminal, WriteStream: NoTerminal};
  });
})(require("./core"));
