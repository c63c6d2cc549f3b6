// The run loop: running one message in this isolate. What the message emits (its outbox),
// what runs before it ends (ticks, microtasks, the immediates and timers kept on its own
// clock), the state of its unit restored and kept (units kept live), its effects encoded,
// the Redis replies it waits for inside the message, and the entry points the host calls
// (`run`, `runBatch`, `resume`, `takeReplies`). What it needs of the core's other sections
// (modules, function identities, made values) the core lends once it has defined them all
// (core.js, end); the core reaches back only through what this file exports and its `rt` hooks.
(function (rt, global) {
  "use strict";
  const {EFFECT, MESSAGE} = require("./protocol");
  const {SER} = require("./handles");
  const {packageOf} = require("./resolve");
  const {STAYS_HERE, carriedBy, countRefs, deserialize, forgetObjects, knowObjects, serialize, shareWithState,
         stopSharing} = require("./serialize");

  let classParts, classStatics, constructedBy, constructorRef, encodeClassPart, exportsModuleOf,
      fluxionOf, fnInfo, GLOBAL_OBJECT, heldBy, isStateless, keepAccessors, librariesLoaded,
      loadModule, madeBy, madeHeldUnit, nativeAsync, noteUnitsInside, noteVariable, privateClassOf,
      project, received, registerDefinitions, requireBuiltin, requireCache, restoreStatics,
      runtimeValues, setExports, staticState, takeInvoked, targetFluxion, travels;
  exports.lend = function (core) {
    ({classParts, classStatics, constructedBy, constructorRef, encodeClassPart, exportsModuleOf,
      fluxionOf, fnInfo, GLOBAL_OBJECT, heldBy, isStateless, keepAccessors, librariesLoaded,
      loadModule, madeBy, madeHeldUnit, nativeAsync, noteUnitsInside, noteVariable, privateClassOf,
      project, received, registerDefinitions, requireBuiltin, requireCache, restoreStatics,
      runtimeValues, setExports, staticState, takeInvoked, targetFluxion, travels} = core);
  };

  // -- where the message stands ---------------------------------------------------------
  let mainRunning = false;  // main's message is running (the program's top level)
  rt.isMainRunning = () => mainRunning;  // the core, cells.js
  let encodingMessage = false;  // effects are being encoded (not a unit's state)

  // -- the outbox ----------------------------------------------------------------
  let outbox = [];
  let current = null;  // the message being run
  let counter = 0;

  rt.emit = function (effect) {
    if (effect.op === "redis" && calledFromPackage()) fromPackage.add(effect);
    if (effect.op === "redis" && asyncContext !== null) effect.ctx = asyncContext;  // its callbacks run in it
    outbox.push(effect);
  };

  // -- the async context: AsyncLocalStorage's stores (async_hooks.js) ------------------
  // For the code running, {storage id: store}, or null. What the code schedules takes it
  // along (ticks, microtasks, promise reactions, immediates and timers kept here, posts and
  // Redis callbacks: their message's `ctx`) and runs in it, as Node's async context follows
  // them. A store travels as a copy with each message, as any value a message carries.
  let asyncContext = null;
  rt.asyncContext = () => asyncContext;
  rt.enterAsyncContext = (ctx) => { asyncContext = ctx; };
  function inContext(ctx, fn, thisArg, args) {
    const outer = asyncContext;
    asyncContext = ctx === undefined ? null : ctx;
    try {
      return fn.apply(thisArg, args);
    } finally {
      asyncContext = outer;
    }
  }
  rt.inAsyncContext = inContext;
  // `extra` of a post (rt.post) that runs in `ctx` (as captured: null for none), not in the current one
  function withContext(extra, ctx) {
    return Object.assign(extra, {ctx: ctx === undefined ? null : ctx});
  }

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
    if (!("ctx" in effect)) effect.ctx = asyncContext;
    if (effect.ctx === null) delete effect.ctx;
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
  // callback: the nextTick queue first, then the microtask queue (promise reactions and
  // queueMicrotask's callbacks, in the order queued: promise.js), until both are empty.
  // Those whose fluxion can run here run at the end of the message, before its
  // state is saved and its effects are sent; the others are posted ahead of
  // the message's other posts.
  let ticks = [];
  const tickPosts = new WeakSet();

  rt.tick = function (fn, args, via) {
    if (typeof fn !== "function") {
      const e = new TypeError('The "callback" argument must be of type function.' + received(fn));
      e.code = "ERR_INVALID_ARG_TYPE";
      throw e;
    }
    const entry = [fn, args, via, asyncContext];
    if (via === "queueMicrotask") promises.queueTask(() => runTick(entry));
    else ticks.push(entry);
  };

  function runTicks() {
    while (ticks.length) runTick(ticks.shift());
  }

  // Ticks and microtasks until none is left, then what is kept here (below), each followed
  // by the ticks and microtasks it queued. With V8's own promises in play (nativeAsync),
  // the clock moves on only in rt.resume, once V8 ran its continuations.
  // While a function kept whole is suspended, the clock moves only as the first step of a
  // resumed call (`resumed`): anything run since may have left V8 a continuation to run first
  // (an `await` of a settled promise goes on before a timer of 600 ms fires).
  function settle(advance = !nativeAsync(), resumed = false) {
    let moves = advance ? (nativeAsync() ? 1 : Infinity) : 0;
    for (let first = resumed; ; first = false) {
      do { runTicks(); promises.drainMicrotasks(); } while (ticks.length);
      if (promises.hasMicrotasks()) continue;
      if (keptWhole.size) moves = first ? Math.min(moves, 1) : 0;
      releaseWaitedTimers();
      const before = clock;
      const next = takeKept(moves > 0);
      if (next === null && (reclaimPosts() || takeMainsImmediatePosts())) continue;
      if (next === null) return;
      if (clock !== before) moves--;
      inContext(next.ctx, next.fn, undefined, next.args);
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

  // `chain`: false for a callback that must be posted whenever it can travel (a write's).
  rt.keepImmediate = function (fn, args, id, chain = true) {
    if (!waitedHere(fn) && !(chain && chainsHere(fn)) && canTravel(fn, args)) return false;
    immediates.push({id: id, fn: fn, args: args, ctx: asyncContext});
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
    const fid = targetFluxion(fn);
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
    timers.push({id: id, due: clock + delay, fn: fn, args: args, waited: waited, ctx: asyncContext});
    return true;
  };
  // A timer kept only because a function kept whole was suspended (it might wait for it) is
  // posted once none is: it then keeps its delay, as in Node (a debounce timer a handler
  // kept whole set must not fire before the requests that follow).
  function releaseWaitedTimers() {
    if (keptWhole.size) return;
    for (const t of timers.filter((t) => t.waited && canTravel(t.fn, t.args))) {
      timers.splice(timers.indexOf(t), 1);
      rt.post(t.fn, t.args, withContext({via: "setTimeout", delay: Math.max(1, t.due - clock), id: t.id}, t.ctx));
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
    if (!librariesLoaded()) return false;
    const reclaimed = outbox.filter((e) => e.op === EFFECT.post && KEEPABLE_VIA.has(e.via) && !e.repeat &&
                                           (e.delay || 0) <= KEPT_TIMER_MS && !canTravel(e.fn, e.args));
    for (const e of reclaimed) {
      outbox.splice(outbox.indexOf(e), 1);
      if (e.via === "setImmediate") immediates.push({id: e.id, fn: e.fn, args: e.args, ctx: e.ctx});
      else timers.push({id: e.id, due: (postedAt.get(e) || 0) + e.delay, fn: e.fn, args: e.args, ctx: e.ctx});
    }
    return reclaimed.length > 0;
  }
  const KEPT_TIMER_MS = 1000;  // timers.js PACKAGE_TIMER_MS

  // Start-up that goes on after the top level (`async function start() { await store.load();
  // app.get('/started', ...); app.listen(...) }`, a file read's callback, setImmediate, the
  // listen callback): what main posts to run at once runs in main, in the order posted, as
  // Node.js runs it before the server takes a request. Posted, it would run as a message of
  // its own after main's snapshot, and what it changed (a route added to the app) would be
  // its unit's alone, not the app every node dispatches from. Main's Redis commands are answered
  // within main too (mainWaitsForRedis); timers keep their delay. At most MAIN_POSTS_MAX of them
  // (a loop of setImmediate goes on as messages).
  const MAIN_POSTS_MAX = 1000;
  let mainPostsTaken = 0;

  // A CommonJS start-up that waits on a timer before its server listens (`await sleep(500)`
  // between attempts to reach a database, then `app.get(...)` and `app.listen(...)`): Node.js
  // takes no request before `listen`, so main's one-shot timers run in main, on main's own clock,
  // as a top-level await's do (runPostedInMain), until a server listens. Posted, the routes the
  // start-up adds would be its timer's unit's alone, and every request a 404. Intervals alone
  // do not keep main going, nor a start-up that waits longer than STARTUP_CLOCK_MS, nor a program
  // that never calls `listen` here (`module.exports = app` for a test harness, or `if (require.main ===
  // module) app.listen(...)`: `require.main` is undefined here): its timers keep their time.
  // (A top-level await's main ends with the entry's evaluation: mainEvaluation.)
  const STARTUP_CLOCK_MS = 60000;
  let startingUp = false;  // main of a CommonJS entry whose program calls `listen`
  let serverListened = false;
  rt.noteListening = function () { serverListened = true; };
  function callsListen() {
    const sources = Object.values(project.modules).map((m) => String(m.fn));
    return sources.some((text) => /\.listen\s*\(/.test(text)) && !sources.some((text) => /\brequire\.main\b/.test(text));
  }
  function startsUpOnTimers() {
    return mainRunning && startingUp && !serverListened && mainPostsTaken < MAIN_POSTS_MAX && clock < STARTUP_CLOCK_MS &&
      outbox.some((e) => e.op === EFFECT.post && e.delay && !e.repeat);
  }
  function takeMainsImmediatePosts() {
    if (!mainRunning || mainPostsTaken >= MAIN_POSTS_MAX) return false;
    const at = outbox.findIndex((e) => e.op === EFFECT.post && !e.delay && !e.repeat && e.promise === undefined);
    if (at === -1) return false;
    const [e] = outbox.splice(at, 1);
    mainPostsTaken++;
    immediates.push({id: e.id, fn: rt.runPostedInMain, args: [e.fn, e.args], ctx: e.ctx});
    return true;
  }

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
      inContext(first.ctx, rt.runPostedInMain, undefined, [first.fn, first.args]);
    } catch (e) {
      runError = runError || rt.describeError(e);
    }
    return true;
  }

  // The kept timers the clock did not reach are posted (and fail to encode, saying why).
  function postKeptTimers() {
    for (const t of timers) {
      rt.post(t.fn, t.args, withContext({via: "setTimeout", delay: Math.max(1, t.due - clock), id: t.id}, t.ctx));
    }
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

  function runTick([fn, args, via, ctx]) {
    if (rt.isLocal(fn)) { inContext(ctx, fn, undefined, args); return; }
    const effect = {op: EFFECT.post, fn: fn, args: args, via: via};
    if (ctx !== null) effect.ctx = ctx;
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

  // `module.exports = { outbox }`: the exports object (main's, restored at load) holds the
  // variable's value under a name; restored from the unit's state, the variable gets a new object,
  // and the exports' property follows it, so that `require('./mailer').outbox` in a handler reads
  // what the unit's listeners wrote (fresh14-emitter-relay).
  function pointExports(path, previous, value) {
    if (previous === null || typeof previous !== "object" || previous === value) return;
    const exports = loadModule(path, false).module.exports;
    if (exports === null || typeof exports !== "object" || exports === previous || Object.isFrozen(exports)) return;
    for (const k of Object.keys(exports)) {
      const d = Object.getOwnPropertyDescriptor(exports, k);
      if (d !== undefined && d.writable && d.value === previous) exports[k] = value;
    }
  }

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
        const previous = acc("get", name);
        const held = exportsModuleOf(key, previous);  // asked first with main's value
        acc("set", name, value);
        noteVariable(path, name, value);
        pointExports(path, previous, value);
        if (project.dataModules[key] !== undefined) rt.holdDataModule(project.dataModules[key], value);
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

  // A package's closure handed to a timer longer than those a message keeps (timers.js,
  // PACKAGE_TIMER_MS: opossum's reset timer, its stats interval) works on what the package made,
  // which a stateful unit's state holds (a breaker made in a handler, kept in a Map): it cannot
  // travel, so the unit is kept live here (its node pins it) and the timer's message carries the
  // closure itself (a live handle), run by this isolate in a message of that unit, as Node.js runs it.
  function keepLiveForPackageTimers(unit) {
    if (isStateless(unit)) return;
    for (const effect of outbox) {
      if (effect.op !== EFFECT.post || !effect.delay || effect.target !== undefined || effect.unit !== undefined ||
          typeof effect.fn !== "function" || targetFluxion(effect.fn) ||
          madeHeldUnit(effect.fn) !== null || travels(effect.fn)) continue;
      effect.liveUnit = unit;
      const why = "a package's timer (" + effect.via + ") calls its closure " + (effect.fn.name || "(anonymous)") +
                  ", which cannot travel, on the unit's objects";
      const reasons = liveUnits.get(unit) || [];
      if (!reasons.includes(why)) liveUnits.set(unit, reasons.concat([why]));
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

  // What a unit's state holds that cannot travel at all (a package's closure a cell keeps, the
  // generator object tsc's __awaiter drives): the unit is kept live.
  function noteStaying(why) {
    if (liveFound !== null && !liveFound.includes(why)) liveFound.push(why);
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
  const ENCODED_FIELDS = new Set(["fn", "args", "cb", "cbs", "value", "resolve", "reject", "settled", "ctx"]);

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

  // Whether the running message's unit keeps module variable `name` of `path`: its state gave the
  // variable's value, own fields included (a function's `listPosts.hits`, restoreStatics).
  function keptByRunningUnit(path, name) {
    const unit = current === null ? undefined : current.unit;
    return (project.units[unit] || []).some(([p, n]) => p === path && n === name);
  }

  function receivingUnit(effect) {
    if (effect.unit !== undefined) return effect.unit;
    const fid = effect.target !== undefined ? effect.target : (effect.fn !== undefined ? targetFluxion(effect.fn) : fluxionOf(effect.cb));
    return fid === null || fid === undefined ? null : (project.fluxions[fid] || {}).unit;
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
        // a unit kept live posting to itself (a timer, a promise's settling): its message runs in this isolate, which
        // keeps the unit's objects as they are, and carries them as they are (copied, a callback's `this`
        // held by no module variable changed a copy: fresh25b-payouts-outbox's bank)
        // (one to no fluxion goes to the sender's unit: executor/effects.py, post)
        const toLiveSelf = effect.op === EFFECT.post && current !== null && liveUnits.has(current.unit) &&
          (unit === current.unit || unit === null);
        for (const k of Object.keys(effect)) {
          const v = effect[k];
          if (k === "jobs") encoded.jobs = v.map((job) => Object.assign({}, job, {fn: encodeOrKeep(job.fn, undefined, shared)}));
          else if ((wholeLive !== null || effect.liveUnit !== undefined || toLiveSelf) && effect.op === EFFECT.post && (k === "fn" || k === "args")) {
            encoded[k] = k === "fn" ? liveHandle(v, !effect.repeat) : v.map((a) => liveHandle(a, !effect.repeat));
          } else encoded[k] = ENCODED_FIELDS.has(k) ? encodeOrKeep(v, held, shared) : v;
        }
        const envelope = effect.rid || (current && current.rid);
        for (const rid of resSeen) if (!CHAIN_OPS.has(effect.op) || rid !== envelope) escaped.add(rid);
        resSeen = null;
        if (effect.liveUnit !== undefined) {  // keepLiveForPackageTimers
          delete encoded.liveUnit;
          encoded.unit = effect.liveUnit;
        } else if (effect.target === undefined) {
          if (effect.fn !== undefined) encoded.target = targetFluxion(effect.fn);
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
  // A response a session middleware wrapped (express-session saves the session from its `res.end`
  // wrapper, a package's closure that stays in this message: express.js, holdingSession) is answered in
  // this message when what answers it can run here: while it is held, a callback that may run here
  // (a timer's, an immediate's, a promise's reaction) runs here, as for a function kept whole, and its
  // Redis commands are asked within the message. Not answered when nothing is left, it goes on as
  // any other, in later messages, without the wrapper (docs/packages.md).
  rt.holdResponse = function (res) {
    if (res._held) return;
    keptWhole.set(++keptWholeNext, {soft: true, line: null, fluxion: rt.runningFluxion(), error: null});
    Object.defineProperty(res, "_held", {value: keptWholeNext, writable: true, configurable: true});
  };
  rt.releaseResponse = function (res) {
    if (!res._held) return;
    keptWhole.delete(res._held);
    res._held = 0;
  };
  function dropHeldResponses() {
    for (const [token, entry] of keptWhole) if (entry.soft) keptWhole.delete(token);
  }
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
  // While an async function kept whole is suspended or a response is held, the commands it may
  // await are asked too (not a blocking one): their replies in a message of their own would come
  // after it failed, or answer without the session middleware's wrapper.
  function takeInline(all = false) {
    const taken = outbox.filter((e) => e.op === "redis" && (all || (fromPackage.has(e) && !redisCanTravel(e)) ||
                                                           (keptWhole.size > 0 && !blocks(e))));
    if (!taken.length) return [];
    outbox = outbox.filter((e) => !taken.includes(e));
    for (const e of taken) { e.n = ++inlineCount; asked.push(e); }
    return taken.map((e) => ({n: e.n, cmd: e.cmd, args: e.args, raw: Boolean(e.raw), kp: e.kp}));
  }

  // Main's Redis commands are answered within main (rt.resume), so that the start-up awaiting them
  // goes on in main (takeMainsImmediatePosts): at most MAIN_REDIS_ROUNDS rounds, and none while main
  // sent a command that blocks (a worker loop's BLPOP runs beside the server in Node.js, not before it).
  const MAIN_REDIS_ROUNDS = 200;
  const BLOCKING_COMMANDS = new Set(["blpop", "brpop", "brpoplpush", "blmove", "blmpop", "bzpopmin", "bzpopmax",
                                     "bzmpop", "xread", "xreadgroup", "wait", "subscribe", "psubscribe", "ssubscribe"]);
  let mainRedisRounds = 0;
  function mainWaitsForRedis() {
    if (!mainRunning || mainRedisRounds >= MAIN_REDIS_ROUNDS) return false;
    const commands = outbox.filter((e) => e.op === EFFECT.redis);
    return commands.length > 0 && !commands.some(blocks);
  }
  function blocks(e) {
    return BLOCKING_COMMANDS.has(e.cmd) ||
      (e.cmd === "multi" && e.args.some((c) => BLOCKING_COMMANDS.has(String(c[0]).toLowerCase())));
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
          inContext(effect.ctx, cb, undefined, [failed ? value[i] : null, failed ? null : value[i]]);
        });
      }
      if (typeof effect.cb === "function") inContext(effect.ctx, effect.cb, undefined, [error, value]);
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
    asyncContext = null;
    current = runMessage = message;
    rt.promisesTouched = false;  // no promise made or decoded: none to share at the end
    ticks = [];
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
    if (nativeAsync() || keptWhole.size > 0) keptWholeEntered = true;  // (a response held and not answered yet)
    const inline = takeInline();
    return keptWholeEntered || inline.length ? pendingResult(inline) : finishRun();
  };

  rt.resume = function () {
    if (mainEvaluation !== null && mainEvaluation.done && !replies.length && mainWaitsForRedis()) {
      mainRedisRounds++;
      return pendingResult(takeInline(true));
    }
    if (mainEvaluation !== null && mainEvaluation.done && !replies.length && startsUpOnTimers()) {
      mainPostsTaken++;
      let ran = false;
      try {
        ran = runPostedInMain();
        if (ran) settle(false);
      } catch (e) {
        runError = runError || rt.describeError(e);
      }
      if (ran) return pendingResult(takeInline(true));
    }
    if (mainEvaluation !== null && mainEvaluation.done && !replies.length) {
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
  // `inlineJson`: the units with state whose messages may run within this call (runInline), with
  // their states, or null.
  const PENDING = JSON.stringify({pending: true});
  let lastRunState = null, lastRun = null;  // the last finished message and its result, not yet encoded
  // While runBatch runs a message, finishRun leaves its result to it to encode (KEPT, the
  // result in lastRun): runInline adds to it first. A message resumed later (pending) is
  // encoded by finishRun, as rt.run's always are.
  const KEPT = {};
  let keepingResult = false;
  function runKept(messageText, stateText, entropyHex, verifyJson) {
    keepingResult = true;
    try {
      return rt.run(messageText, stateText, entropyHex, verifyJson);
    } finally {
      keepingResult = false;
    }
  }

  rt.runBatch = function (messageTexts, stateText, chain, entropyHex, verifyJson, inlineJson) {
    const inline = inlineJson ? new Map(Object.entries(JSON.parse(inlineJson))) : null;
    const out = [];
    for (let i = 0; i < messageTexts.length; i++) {
      const result = runKept(messageTexts[i], stateText, entropyHex.slice(64 * i, 64 * (i + 1)), verifyJson);
      if (result !== KEPT) { out.push(result); break; }  // pending
      const ownState = lastRunState, ran = lastRun;
      if (inline !== null && inline.size) runInline(ran, inline, i === messageTexts.length - 1);
      out.push(JSON.stringify(ran.out));
      if (lastRun === INLINE_FAILED) break;
      if (chain && typeof ownState === "string") stateText = ownState;
    }
    return out.join("\n");
  };

  // -- messages to units with state, run within the message that posts them ----------------
  // (docs/executor.md, "Chained delivery"). The node gives a batch the units with state it
  // holds whose queues were empty when it took the batch, with their states: a message of the
  // batch posts to one of them, and the message runs right after, in this call, on that state.
  // Its effects and the unit's new state go with the poster's result (`inlined`), committed in
  // its transaction. Each unit still sees its messages one at a time, in an order Node.js could
  // give them: the ones of the batch's messages in turn, never before one already on its way to
  // it (a post not run here takes the unit off the list). A run that posts to its own unit (a
  // `setImmediate` chain) is dropped and goes as a message of its own: what it posts must take
  // its turn behind the posts of the batch's next messages, as Node's check phase runs it after
  // the requests already read; after the batch's last message none is left to run first, so
  // such a run is kept there (its post to its unit then takes the unit off the list).
  const INLINE_MAX = 64;  // per message of the batch
  const INLINE_FAILED = {};
  function runInline({message, out}, inline, lastOfBatch) {
    if (out.error || !inlineSafe()) return;
    const parts = [{message: message, effects: out.effects}];  // grows with each run here
    let ran = 0;
    for (const part of parts) {
      for (let i = 0; i < part.effects.length; i++) {
        const e = part.effects[i], unit = immediateTarget(e);
        if (!inline.has(unit)) continue;
        if (unit === message.unit || unit === part.message.unit || (e.rid || part.message.rid) !== message.rid ||
            ran >= INLINE_MAX) {
          inline.delete(unit);  // on its way to the unit: nothing of this batch may run there before it
          continue;
        }
        const child = inlineMessage(part.message, e, unit, message.id + "." + ++ran);
        if (runKept(JSON.stringify(child), inline.get(unit), "", null) !== KEPT) {  // V8 holds continuations of it:
          out.inlineFailed = "a message of " + unit + " run within " + message.id + " waited for V8";
          lastRun = INLINE_FAILED;  // the node starts afresh
          return;
        }
        const run = lastRun.out;
        const postsToItself = run.effects.some((x) => immediateTarget(x) === unit);
        if (run.error || run.live || run.inline || run.verify || (postsToItself && !lastOfBatch)) {
          inline.delete(unit);  // it runs as a message of its own
          continue;
        }
        part.effects.splice(i--, 1);
        parts.push({message: child, effects: run.effects});
        (out.inlined = out.inlined || []).push({message: envelope(child), effects: run.effects, state: run.state});
        inline.set(unit, run.state);
        out.invoked = out.invoked.concat(run.invoked);
        out.escaped = Array.from(new Set(out.escaped.concat(run.escaped)));
        out.waited = run.waited;
      }
    }
    lastRun = null;
  }

  // What the node needs of a message that ran within another (its unit, request, ids): not what it
  // carried, which ran here and is not run again (a redelivery replays its effects, journaled).
  function envelope(message) {
    const out = {};
    for (const k of Object.keys(message)) if (k !== "fn" && k !== "args" && k !== "ctx") out[k] = message[k];
    return out;
  }

  function immediateTarget(e) {
    if (e.op !== "post" || e.delay || e.repeat) return undefined;
    return e.unit || (project.fluxions[e.target] || {}).unit;
  }

  // The message the node would make of the post (protocol.py, call_message); its id follows the
  // batch's message's, so that one run again (redelivered) makes the same ids.
  function inlineMessage(message, e, unit, id) {
    const m = {id: id, k: MESSAGE.call, unit: unit, fn: e.fn, args: e.args, rid: message.rid,
               via: e.via, src: e.src || message.fx || message.unit, fx: e.target, t: message.t};
    if (message.dl !== undefined) m.dl = message.dl;
    if (e.promise) m.promise = e.promise;
    if (e.ctx !== undefined) m.ctx = e.ctx;
    return m;
  }

  // Whether a message run here may be left to run to its end in this call: not when V8's own
  // promises or a function kept whole may hold a continuation of it (the service's code
  // mentions a builtin on V8's promises, or the compiler kept an async function whole).
  let splitThroughout = null;
  function inlineSafe() {
    if (nativeAsync() || wholeLive !== null) return false;
    if (splitThroughout === null) {
      splitThroughout = !Object.values(project.modules).some(
        (m) => /__rt\.async(Enter|Touch)\(|\b(stream|zlib)\b/.test(String(m.fn)));
    }
    return splitThroughout;
  }

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
    dropHeldResponses();
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
      keepLiveForPackageTimers(message.unit);
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
    const ran = takeInvoked();
    const out = {state: state, effects: effects, error: error, invoked: ran, escaped: Array.from(escaped),
                 waited: waitedAt(ran)};
    if (inlineCount) out.inline = inlineCount;  // its journal holds their replies until the message ends
    if (liveUnits.has(message.unit)) out.live = liveUnits.get(message.unit);  // the node pins it
    const verified = rt.verifyEnd();
    if (verified !== null) out.verify = verified;
    escaped = new Set();
    lastWait = null;
    lastRunState = state;
    lastRun = {message: message, out: out};
    return keepingResult ? KEPT : JSON.stringify(out);
  }

  // A call message: run a function (a fluxion or a carried closure) with arguments.
  rt.messageKind(MESSAGE.call, function (message) {
    const fn = deserialize(message.fn);
    const args = deserialize(message.args);
    if (message.ctx !== undefined) asyncContext = deserialize(message.ctx);
    if (message.promise !== undefined) ownSettledPromise(message, args);
    if (message.via === "http") {  // a server's 'request' listener: then the listeners after it
      fn.apply(undefined, args);
      rt.express.continueRequestListeners(args[0], args[1]);
      return;
    }
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
    startingUp = serverListened = false;
    mainPostsTaken = mainRedisRounds = 0;
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
      // start-up waiting for Redis (`await client.ping()` before the routes): main waits for the replies
      startingUp = !serverListened && callsListen();
      if (!mainWaitsForRedis() && !startsUpOnTimers()) {
        finishMain();
        return;
      }
      mainEvaluation = {done: true, failed: false, error: null};
      keptWholeEntered = true;
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
      for (const name of project.globals) { vars[name] = global[rt.globalKey(name)]; noteVariable(GLOBAL_OBJECT, name, vars[name]); }
      all[GLOBAL_OBJECT] = {vars: vars, exports: {}, statics: {}};
    }
    // the instances inside the units' variables, which main's handlers may keep (core.js noteInside)
    noteUnitsInside((path, name) => all[path] && name in all[path].vars ? [all[path].vars[name]] : []);
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
        // process.env as main left it (dotenv's config(), process.loadEnvFile(), `process.env.X = ...`): a
        // handler reading process.env.X on a node that did not run main reads it too (core.js loadMain)
        const main = {modules: all, serverListener: rt.express.serverListener || null, env: Object.assign({}, project.env)};
        const protos = rt.express.protoChanges && rt.express.protoChanges();
        if (protos) main.protos = protos;
        const processListeners = rt.processListenersOfMain();
        if (processListeners) main.processListeners = processListeners;
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

  // -- what the core's other sections use of the run loop ---------------------------------
  // `make` run apart from the message: what it emits is returned, not sent.
  function apart(make) {
    const outside = outbox, running = current;
    outbox = [];
    if (current === null) current = {id: "made-again"};  // timers' ids
    try {
      return [make(), outbox];
    } finally {
      outbox = outside;
      current = running;
    }
  }

  // Loading a deployed project on a node: its modules' setup (hbs.registerPartials) may start
  // timers and reads, run as a message's are; timers left are dropped.
  function loading(load) {
    current = {id: "load"};
    ticks = [];
    immediates = [];
    timers = [];
    clock = 0;
    load();
    settle(true);
    timers = [];
    current = null;
  }

  Object.assign(exports, {
    apart, loading,
    effectCount: () => outbox.length,
    effectsSince: (n) => outbox.slice(n),
    isWholeLive: () => wholeLive !== null,
    loseWholeLive: (why) => { wholeLiveLost = why; },
    // for serialize.js
    effectRoots, keptByRunningUnit, liveValue, noteKeptFunctions, noteLostPrototype, noteStaying, receivingUnit,
    encodingMessage: () => encodingMessage,
    findingLive: () => liveFound !== null,
  });
})(require("./core"), globalThis);
