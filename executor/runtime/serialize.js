// Serialization: a message's and a unit's values as JSON plus tags, and back, with the
// identities a unit's state and its messages share. What it needs of the core's other
// sections (function identities, classes, made values, units kept live) the core lends
// once it has defined them all (core.js, end).
(function (rt, global) {
  "use strict";
  const {SER, fillingKinds, functionKinds, handleKinds} = require("./handles");
  const {blankInstance, privateChain, privateMethods, privateValues, restorePrivates} = require("./privates");
  const {cannotCarryIterator, generatorRecipes, isIterator, replayGenerator} = require("./generators");

  let accOf, boundTargets, checking, classNames, closureStateError, constructedBy, constructorRef,
      decodedFluxion, effectRoots, encodingMessage, exportedConstructors, fieldsThatStay, findingLive,
      fnInfo, heldUnit, keptByRunningUnit, hiddenKeys, instantiate, isOnceWrapper, libraryPrototypes, liveValue,
      madeBy, madeKept, makeAgain, makeProxy, methodOf, nativeDefineProperty, noteKeptFunctions, noteLostPrototype, noteStaying,
      onlyPackageFunctions, privateClassOf, proxyParts, quietly, receivingUnit, requireBuiltin,
      runtimeValue, runtimeValues, staysHere, topLevelFunctions, travels, withAccessors, withHidden;
  exports.lend = function (core) {
    ({accOf, boundTargets, checking, classNames, closureStateError, constructedBy, constructorRef,
      decodedFluxion, effectRoots, encodingMessage, exportedConstructors, fieldsThatStay, findingLive,
      fnInfo, heldUnit, keptByRunningUnit, hiddenKeys, instantiate, isOnceWrapper, libraryPrototypes, liveValue,
      madeBy, madeKept, makeAgain, makeProxy, methodOf, nativeDefineProperty, noteKeptFunctions, noteLostPrototype, noteStaying,
      onlyPackageFunctions, privateClassOf, proxyParts, quietly, receivingUnit, requireBuiltin,
      runtimeValue, runtimeValues, staysHere, topLevelFunctions, travels, withAccessors, withHidden} = core);
  };

  // -- serialization -----------------------------------------------------------
  // JSON plus tags {"$": kind, ...}; objects reached twice are defined once and
  // referred to afterwards, so shared structure and cycles survive a trip.
  // -- WeakMaps that can travel ------------------------------------------------
  // A native WeakMap cannot list its entries, so the global WeakMap also keeps a
  // WeakRef to each key: the entries stay weak, and the encoding can carry those
  // whose key the rest of the state holds (the others could be collected anyway).
  const NativeWeakMap = global.WeakMap;
  const weakKeys = new NativeWeakMap();  // a WeakMap -> {refs: Set of WeakRefs, refOf: key -> its WeakRef}

  class TrackedWeakMap extends NativeWeakMap {
    constructor(entries) {
      super();
      weakKeys.set(this, {refs: new Set(), refOf: new NativeWeakMap()});
      if (entries !== undefined && entries !== null) for (const [k, v] of entries) this.set(k, v);
    }

    set(key, value) {
      super.set(key, value);
      const t = weakKeys.get(this);
      if (t && !t.refOf.has(key)) {
        const ref = new WeakRef(key);
        t.refOf.set(key, ref);
        t.refs.add(ref);
      }
      return this;
    }

    delete(key) {
      const t = weakKeys.get(this);
      if (t && t.refOf.has(key)) {
        t.refs.delete(t.refOf.get(key));
        t.refOf.delete(key);
      }
      return super.delete(key);
    }
  }
  Object.defineProperty(TrackedWeakMap, "name", {value: "WeakMap"});
  global.WeakMap = TrackedWeakMap;

  function weakEntries(map) {
    const t = weakKeys.get(map);
    if (!t) throw new TypeError("Liquefy cannot carry a WeakMap made before the service's code ran");
    const out = [];
    for (const ref of t.refs) {
      const key = ref.deref();
      if (key === undefined) t.refs.delete(ref);
      else out.push([key, NativeWeakMap.prototype.get.call(map, key)]);
    }
    return out;
  }

  // The entries of the WeakMaps met by countRefs whose key the state holds elsewhere
  // (to a fixed point: an entry's value may hold another entry's key). Their keys
  // are counted once more, so that they are encoded as shared objects.
  function countWeakEntries(counts, weakMaps) {
    const kept = new Map();
    for (let grew = true; grew;) {
      grew = false;
      for (const map of weakMaps) {
        const entries = kept.get(map) || [];
        kept.set(map, entries);
        for (const [key, value] of weakEntries(map)) {
          // a tagged template's strings array is held by its call site for good: its entry stays too
          // (`cache.get(strings)` in a tag caching what it built per site: fresh26b-als-tenants);
          // so is a class or top-level function of the program, held by its module (`counts.get(Order)`)
          if (!counts.has(key) && (templateSiteOf.has(key) || (typeof key === "function" && constructorRef(key)))) {
            countRefs(key, counts);
          }
          if (!counts.has(key) || entries.some(([k]) => k === key)) continue;
          entries.push([key, value]);
          counts.set(key, counts.get(key) + 1);
          countRefs(value, counts);
          grew = true;
        }
      }
    }
    return kept;
  }

  function countRefs(value, counts) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
    const n = counts.get(value) || 0;
    counts.set(value, n + 1);
    if (n > 0) return;
    if (proxyParts.has(value)) { for (const part of proxyParts.get(value)) countRefs(part, counts); return; }
    if (typeof value === "function") {
      // what a function carries is its environment, or a handle's data
      const info = fnInfo.get(value);
      if (info) {
        if (info.env) countRefs(info.env(), counts);
        for (const k of Object.keys(value)) countRefs(value[k], counts);
      } else if (!runtimeValues.has(value) && value[SER]) countRefs(handleOf(value, counts).v, counts);
      else if (!runtimeValues.has(value) && madeBy.has(value)) {
        countRefs(madeBy.get(value), counts);
        for (const k of Object.keys(value)) countRefs(value[k], counts);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const x of value) countRefs(x, counts);
      if (!arraySubclass(value)) {
        for (const k of arrayFields(value)) countRefs(value[k], counts);
        return;
      }
    }
    if (runtimeValues.has(value) || value === global) return;
    if (generatorRecipes.has(value)) { countRefs(generatorRecipes.get(value).f, counts); return; }
    if (madeBy.has(value)) { countRefs(madeBy.get(value), counts); return; }
    if (constructedBy.has(value)) countRefs(constructedBy.get(value).args, counts);
    if (value[SER]) { countRefs(handleOf(value, counts).v, counts); return; }
    const plain = isPlainObject(value);
    if (!plain) {
      if (value instanceof Date || value instanceof RegExp || isBuffer(value)) return;
      if (ArrayBuffer.isView(value)) { countRefs(value.buffer, counts); return; }  // views of one buffer share it
      if (value instanceof Map || value instanceof Set) {
        for (const x of collectionEntries(value)) countRefs(x, counts);
        if (!collectionSubclass(value)) return;
      }
      if (value instanceof NativeWeakMap) { if (counts.weakMaps) counts.weakMaps.push(value); return; }
      // a prototype the program made as a plain object (`Object.setPrototypeOf(o, shared)`, `Object.create(proto)`):
      // encoded with the object (encodePlain), it is one object with the variable holding it
      const proto = Object.getPrototypeOf(value);
      if (proto !== null && proto !== Object.prototype && Object.prototype.toString.call(proto) === "[object Object]"
          && !Object.prototype.hasOwnProperty.call(proto, "constructor")) countRefs(proto, counts);
    }
    for (const k of fieldKeys(value)) {
      const accessor = programAccessor(value, k);
      if (accessor) { countRefs(accessor.get, counts); countRefs(accessor.set, counts); } else countRefs(value[k], counts);
    }
    if (!plain) for (const saved of privateValues(value) || []) for (const x of saved) countRefs(x, counts);
    for (const k of ownSymbols(value)) countRefs(value[k], counts);
    for (const k of hiddenKeys(value)) countRefs(value[k], counts);
  }

  // A handle's data (its [SER]()): made once per encoding, by countRefs, when `counts` keeps them
  // (serialize's do); a request's data copies its fields.
  function handleOf(value, counts) {
    const handles = counts && counts.handles;
    let h = handles ? handles.get(value) : undefined;
    if (h === undefined) {
      h = value[SER]();
      if (handles) handles.set(value, h);
    }
    return h;
  }

  // Instances of the WHATWG classes Node has as globals, which keep what they hold in private
  // fields or fields under the builtin's own symbols (`const encoder = new TextEncoder()`, `const
  // base = new URL(...)` in main, read by handlers on another node): each travels as the call that
  // makes it again (a URL by its href, a URLSearchParams by its string, a TextDecoder by its
  // encoding and options, with the bytes a `{stream: true}` decode left pending and whether it met
  // its first character). A URLSearchParams that is a URL's `searchParams` arrives as a copy no
  // longer tied to its URL.
  const WEB_CLASSES = {
    URL: ["url", "URL", (v) => [v.href]],
    URLSearchParams: ["url", "URLSearchParams", (v) => [v.toString()]],
    TextEncoder: ["util", "TextEncoder", () => []],
    TextDecoder: ["util", "TextDecoder", (v) => [v.encoding, {fatal: v.fatal, ignoreBOM: v.ignoreBOM}]],
  };
  function webInstance(v, proto) {
    if (proto === null || proto === Object.prototype) return undefined;
    const desc = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag);
    const tag = desc && desc.value;
    if (typeof tag !== "string" || !Object.prototype.hasOwnProperty.call(WEB_CLASSES, tag)) return undefined;
    const [module, name, args] = WEB_CLASSES[tag];
    if (requireBuiltin(module)[name].prototype !== proto) return undefined;
    const out = {c: tag, a: args(v)};
    const state = tag === "TextDecoder" ? decoderState(v) : undefined;
    if (state && (state.pending.length || state.bomSeen)) out.s = {p: Array.from(state.pending), b: state.bomSeen};
    return out;
  }
  function decoderState(decoder) {  // builtins/internal/encoding.js keeps it under its Symbol('state')
    const key = Object.getOwnPropertySymbols(decoder).find((k) => k.description === "state");
    return key === undefined ? undefined : decoder[key];
  }
  rt.handleKind("web", function (d) {
    const [module, name] = WEB_CLASSES[d.c];
    const Ctor = requireBuiltin(module)[name];
    const made = new Ctor(...d.a);
    if (d.s) Object.assign(decoderState(made), {pending: Uint8Array.from(d.s.p), bomSeen: d.s.b});
    return made;
  });

  // An object made by a literal or Object.create(null): not a Date, a Map, a buffer, an error,
  // an instance... (their prototypes say so), so most of what encoding asks of a value is known.
  function isPlainObject(v) {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
  }

  // A Map's entries ([key, value] pairs flattened) or a Set's members, read with the built-in
  // methods: a subclass may override its iterator, `get` or `add` (an LRU on Map's order).
  function collectionEntries(v) {
    if (v instanceof Map) return Array.from(Map.prototype.entries.call(v)).flat();
    return Array.from(Set.prototype.values.call(v));
  }

  // An array of a program class that extends Array (`class Ranking extends Array`): the class.
  function arraySubclass(v) {
    const proto = Object.getPrototypeOf(v);
    if (proto === Array.prototype || !proto) return null;
    return constructorRef(proto.constructor) ? proto.constructor : null;
  }

  // A Map or Set of a program class that extends it (`class LRUCache extends Map`): the class.
  function collectionSubclass(v) {
    const proto = Object.getPrototypeOf(v);
    if (proto === Map.prototype || proto === Set.prototype || !proto) return null;
    return constructorRef(proto.constructor) ? proto.constructor : null;
  }

  // -- tagged templates' strings arrays, one per call site (compiler.py, plan_templates) -------------
  // `__rt.tagged(site, tag)` hands the tag the site's array: V8's own the first time the site runs in this
  // isolate, or the one a unit's state brought (`{$: "tpl", i: site}`), so that a Map keyed by it still finds it.
  const templateSites = new Map();  // site -> its strings array
  const templateSiteOf = new NativeWeakMap();  // strings array -> site
  function siteStrings(site, strings) {
    const known = templateSites.get(site);
    if (known !== undefined) return known;
    templateSites.set(site, strings);
    templateSiteOf.set(strings, site);
    return strings;
  }
  function madeTemplate(site, cooked, raw) {
    const known = templateSites.get(site);
    if (known !== undefined) return known;
    const strings = cooked.slice();
    Object.defineProperty(strings, "raw", {value: Object.freeze(raw.slice()), writable: false, enumerable: false, configurable: false});
    return siteStrings(site, Object.freeze(strings));
  }
  rt.tagged = function (site, target, key) {
    if (key === undefined) return function (strings, ...values) { return target(siteStrings(site, strings), ...values); };
    return function (strings, ...values) { return target[key](siteStrings(site, strings), ...values); };
  };

  const HOLE = {$: "hole"};  // an array's missing element (`delete a[i]`, `new Array(n)`)
  const isHole = (d) => d !== null && typeof d === "object" && d.$ === "hole";
  const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;  // an array's elements travel as its elements, not its fields

  // A plain array's own fields besides its elements (`journal.reads = 3`, a Symbol-keyed tag):
  // they travel with it (a program class extending Array keeps them as an instance's fields).
  function arrayFields(v) {
    return Object.keys(v).filter((k) => !ARRAY_INDEX.test(k)).concat(ownSymbols(v));
  }

  // The keys an object's fields travel under: its own enumerable ones, and the program's
  // accessors on it, enumerable or not (`Object.defineProperty`'s default).
  function fieldKeys(v) {
    const keys = Array.isArray(v) ? Object.keys(v).filter((k) => !ARRAY_INDEX.test(k)) : Object.keys(v);
    if (!withAccessors.has(v)) return keys;
    for (const k of Object.getOwnPropertyNames(v)) {
      if (!Object.prototype.propertyIsEnumerable.call(v, k) && programAccessor(v, k)) keys.push(k);
    }
    return keys;
  }

  // An own accessor whose functions are the program's (they travel as themselves); null otherwise.
  function programAccessor(v, k) {
    if (!withAccessors.has(v)) return null;
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (!d || "value" in d) return null;
    const ours = (f) => f === undefined || fnInfo.has(f);
    return ours(d.get) && ours(d.set) ? d : null;
  }

  function isBuffer(v) {
    return typeof Buffer !== "undefined" && Buffer.isBuffer(v);
  }

  // An Intl formatter (Intl.NumberFormat...): its kind, or null. It holds no state
  // but its options, so it travels as them and is made again where it arrives.
  function intlKind(v) {
    const tag = Object.prototype.toString.call(v);
    return tag.startsWith("[object Intl.") && typeof v.resolvedOptions === "function" ? tag.slice(13, -1) : null;
  }

  const DATE_FIELDS = ["weekday", "era", "year", "month", "day", "dayPeriod", "hour", "minute", "second",
                       "fractionalSecondDigits", "timeZoneName", "hour12"];

  function intlOptions(v, kind) {
    const options = v.resolvedOptions();
    // a style and its fields cannot be given together: the fields follow from the style
    if (kind === "DateTimeFormat" && (options.dateStyle || options.timeStyle)) {
      for (const k of DATE_FIELDS) delete options[k];
    }
    return options;
  }

  // A symbol keeps its identity across messages and nodes: a registered one is found by
  // its key, a well-known one by its name, any other by an id given at its first
  // encoding (the same symbol object for that id in each isolate).
  const WELL_KNOWN = new Map(Object.getOwnPropertyNames(Symbol).filter((k) => typeof Symbol[k] === "symbol")
                                .map((k) => [Symbol[k], k]));
  const symbolIds = new Map(), symbolsById = new Map();

  // A symbol each isolate's runtime makes for itself (node:events' `errorMonitor`) has a fixed id, so
  // that an emitter's listeners of it find the isolate's own symbol again.
  function namedSymbol(id, made) {
    symbolIds.set(made, id);
    symbolsById.set(id, made);
  }
  let builtinSymbols = false;
  function nameBuiltinSymbols() {
    if (builtinSymbols) return;
    builtinSymbols = true;
    namedSymbol("node:events.errorMonitor", __liquefyBuiltins.require("events").errorMonitor);
  }

  function encodeSymbol(v) {
    const key = Symbol.keyFor(v);
    if (key !== undefined) return {$: "sym", f: key};
    if (WELL_KNOWN.has(v)) return {$: "sym", w: WELL_KNOWN.get(v)};
    nameBuiltinSymbols();
    let id = symbolIds.get(v);
    if (id === undefined) {
      id = __liquefyBuiltins.require("crypto").randomUUID();
      symbolIds.set(v, id);
      symbolsById.set(id, v);
    }
    return {$: "sym", v: v.description, id: id};
  }

  function decodeSymbol(d) {
    if (d.f !== undefined) return Symbol.for(d.f);
    if (d.w !== undefined) return Symbol[d.w];
    nameBuiltinSymbols();
    let s = symbolsById.get(d.id);
    if (s === undefined) {
      s = Symbol(d.v);
      symbolIds.set(s, d.id);
      symbolsById.set(d.id, s);
    }
    return s;
  }

  // What JSON fields miss of a plain object or an instance: its own enumerable
  // symbol-keyed properties, and whether it is frozen or sealed.
  function ownSymbols(v) {
    const symbols = Object.getOwnPropertySymbols(v);
    return symbols.length ? symbols.filter((k) => Object.prototype.propertyIsEnumerable.call(v, k)) : symbols;
  }

  function integrity(v) {
    if (Object.isExtensible(v)) return undefined;
    return Object.isFrozen(v) ? "frozen" : Object.isSealed(v) ? "sealed" : "closed";
  }

  function encodeNumber(v) {
    if (Number.isNaN(v)) return {$: "n", v: "NaN"};
    if (v === Infinity) return {$: "n", v: "Infinity"};
    if (v === -Infinity) return {$: "n", v: "-Infinity"};
    if (v === 0 && 1 / v < 0) return {$: "n", v: "-0"};
    return v;
  }

  const HIDDEN_ERROR_FIELDS = ["message", "stack", "cause", "errors"];
  const STAYS_HERE = Symbol("staysHere");  // on encodeFunction's refusal (canTravel)

  // -- one object for a unit's state and its messages ------------------------------------
  // A unit's message may carry away an object its state holds (a session taken out of a
  // Map and kept across a timer, the value a module promise settled to, an emitter in a Map
  // of jobs that the unit's own timer emits on). Such an object gets an id, kept with it in
  // the state; the message refers to it by that id, with a copy. Decoded in the unit, the id
  // gives the unit's own object, so the message and the state meet again in one object;
  // anywhere else, the copy, which travels on with the id (a timer's resolver, run in no
  // unit, hands the unit's continuation the id again). Ids last as long as their objects
  // stay in the state.
  const objectIds = new WeakMap();  // object -> id, from the state it was decoded from or given here
  let objectsById = new Map();      // id -> object, in the state of the message being run
  const copyIds = new WeakMap();    // a copy decoded where its unit's state is not -> its object's id

  // What `effects` carry (counted as countRefs counts): all of them, or those to `unit`
  // (main, whose posts may go to several units).
  function carriedBy(effects, unit) {
    const carried = new Map();
    for (const effect of effects) {
      if (unit === undefined || receivingUnit(effect) === unit) for (const root of effectRoots(effect)) countRefs(root, carried);
    }
    return carried;
  }

  // While a unit's state is encoded: what its messages carry that (found then) the state
  // holds, each object given its id. Its variables' values too: a message to another unit
  // carries a copy of one (a stateless continuation holding a promise whose `finally`
  // reaction keeps `this`), which, coming back, must be the unit's own object again.
  let stateShares = null;  // {carried, shared}
  function noteSharedWithState(counts) {
    const {carried, shared} = stateShares;
    stateShares = null;
    for (const v of carried.keys()) {
      if (!counts.has(v) || runtimeValues.has(v)) continue;
      if (!objectIds.has(v)) objectIds.set(v, rt.newId());
      shared.add(v);
    }
  }

  // `held`: the values of the module variables the receiving unit keeps, each carried
  // as a reference to its variable (a message's closure that kept `this` or a module
  // object gets the unit's own, current object, not a copy of the sender's).
  // `shared`: objects the receiving unit's state holds too (noteSharedWithState), each carried
  // as a reference to the unit's own object, with a copy for when the state no longer has it.
  function serialize(value, held, shared) {
    const counts = new Map();
    counts.weakMaps = [];
    counts.handles = new Map();
    countRefs(value, counts);
    if (rt.encodingUnitState && stateShares !== null) noteSharedWithState(counts);
    const weak = countWeakEntries(counts, counts.weakMaps);
    const ids = new Map();
    let next = 0;
    let inFallback = false;

    function enc(v) {
      switch (typeof v) {
        case "undefined": return {$: "u"};
        case "number": return encodeNumber(v);
        case "string": case "boolean": return v;
        case "bigint": return {$: "big", v: String(v)};
        case "symbol": return encodeSymbol(v);
      }
      if (v === null) return null;
      const at = held !== undefined && held.has(v) ? held.get(v) : undefined;
      if (at !== undefined && at.length < 3) return {$: "mvar", m: at[0], n: at[1]};
      if (ids.has(v)) return {$: "ref", id: ids.get(v)};
      const identity = identityOf(v);
      if (at !== undefined && identity === null && !inFallback) {
        // an instance main left inside a variable the receiving unit keeps (core.js noteInside): found
        // there again, else this copy (in which such instances are copies too, so that a cycle through
        // them meets the ids)
        inFallback = true;
        try {
          return {$: "mvar", m: at[0], n: at[1], p: at[2], c: encodeObject(v)};
        } finally {
          inFallback = false;
        }
      }
      if ((counts.get(v) || 0) > 1 || identity !== null) {
        const id = next++;
        ids.set(v, id);
        const out = {$: "def", id: id, v: encodeObject(v)};
        return identity === null ? out : Object.assign(out, identity);
      }
      return encodeObject(v);
    }

    // In a unit's state, an object a message refers to keeps its id (`o`); in a message,
    // such an object, or a copy of one, refers to it (`r`).
    function identityOf(v) {
      if (rt.encodingUnitState) return objectIds.has(v) ? {o: objectIds.get(v)} : null;
      if (shared !== undefined && shared !== null && shared.has(v)) return {r: objectIds.get(v)};
      return encodingMessage() && copyIds.has(v) ? {r: copyIds.get(v)} : null;
    }

    // A held instance (heldUnit, below): in a message as its variable; elsewhere marked, so
    // that the node decoding it knows it again.
    function encodeObject(v) {
      const held = typeof v === "object" ? heldUnit.get(v) : undefined;
      if (held === undefined) return encodeValue(v);
      if (encodingMessage()) return {$: "mvar", m: held[1], n: held[2]};
      return {$: "held", u: held, v: encodeValue(v)};
    }

    function encodeValue(v) {
      if (proxyParts.has(v)) return {$: "proxy", t: enc(proxyParts.get(v)[0]), h: enc(proxyParts.get(v)[1])};
      if (typeof v === "function") return encodeFunction(v);
      if (templateSiteOf.has(v)) return {$: "tpl", i: templateSiteOf.get(v), c: Array.from(v), r: Array.from(v.raw)};
      if (Array.isArray(v)) {
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) out[i] = (i in v) ? enc(v[i]) : HOLE;  // `delete ring[i]` leaves a hole
        const cls = arraySubclass(v);
        if (cls) return Object.assign(encodeInstance(v, cls), {c: out, k: "array"});
        const fields = arrayFields(v);
        if (!integrity(v) && !fields.length) return out;
        const d = {$: "arr", v: out};  // a frozen array stays frozen; its own fields come back
        if (fields.length) d.s = fields.map((k) => [enc(k), enc(v[k])]);
        if (integrity(v)) d.z = integrity(v);
        return d;
      }
      if (v === global) return {$: "global"};  // `this` of sloppy code called without a receiver
      if (runtimeValues.has(v)) return {$: "rtv", p: runtimeValues.get(v)};
      const constructed = constructedBy.get(v);
      if (constructed !== undefined) {
        const left = fieldsThatStay(v);
        if (left.length) return encodeConstructed(v, constructed, left);
      }
      if (v[SER]) { const h = handleOf(v, counts); return {$: "h", k: h.k, v: enc(h.v)}; }
      if (isIterator(v)) {
        const r = generatorRecipes.get(v);
        if ((!r || r.why) && keepsLive()) return staysLive(cannotCarryIterator(v).message);
        if (!r || r.why) throw cannotCarryIterator(v);
        return {$: "gen", f: enc(r.f), a: r.a.map(enc), s: r.s.map(([m, x, n]) => [m, enc(x), n])};
      }
      const libProto = libraryPrototypes.get(Object.getPrototypeOf(v));
      if (libProto !== undefined) {
        const hidden = privateClassOf(v);
        if (hidden) {
          const e = new TypeError("Liquefy cannot carry an instance of " + (hidden.name || "a class") + " (" + libProto[0] +
                                  ") across a stream: its state is in private fields (#...), which only its class can read");
          e[STAYS_HERE] = true;
          throw e;
        }
        const error = v instanceof Error;
        const out = {$: "linst", p: libProto, e: error, v: encodeFields(v, error ? ["message", "stack"] : [])};
        // a package's class with private members, registered as the service's are (executor/package_privates.py)
        const saved = privateValues(v);
        if (saved && saved.length) out.pv = saved.map((values) => values.map(enc));
        return withExtras(out, v, true);
      }
      if (madeBy.has(v)) return {$: "made", v: enc(madeBy.get(v))};
      if (isPlainObject(v)) return encodePlain(v, Object.getPrototypeOf(v));
      if (v instanceof Date) return {$: "date", v: v.getTime()};
      const intl = intlKind(v);
      if (intl) return {$: "intl", k: intl, o: intlOptions(v, intl)};
      if (v instanceof RegExp) return v.lastIndex ? {$: "re", s: v.source, f: v.flags, i: v.lastIndex} : {$: "re", s: v.source, f: v.flags};
      if (isBuffer(v)) return {$: "buf", v: v.toString("base64")};
      if (v instanceof Map || v instanceof Set) {
        const entries = collectionEntries(v).map(enc);
        const cls = collectionSubclass(v);
        if (cls) return Object.assign(encodeInstance(v, cls), {c: entries, k: v instanceof Map ? "map" : "set"});
        if (v instanceof Set) return {$: "set", v: entries};
        const pairs = [];
        for (let i = 0; i < entries.length; i += 2) pairs.push([entries[i], entries[i + 1]]);
        return {$: "map", v: pairs};
      }
      if (v instanceof NativeWeakMap) return {$: "wmap", v: (weak.get(v) || []).map(([a, b]) => [enc(a), enc(b)])};
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null && proto && constructorRef(proto.constructor)) {
        return encodeInstance(v, proto.constructor);  // before Error: `class NotFound extends Error`
      }
      if (v instanceof Error) return {$: "err", v: encodeFields(v, ["name", "message", "stack"])};
      if (typeof Promise !== "undefined" && v instanceof Promise) {
        throw new TypeError("Liquefy cannot carry a pending Promise across a stream");
      }
      // a typed array or DataView refers to its ArrayBuffer, kept once: a write through one view
      // (`bitmap.subarray(4, 8)[i] ^= 1`, `new DataView(header).setUint32(0, n)`) shows through the others
      if (ArrayBuffer.isView(v)) {
        return {$: "ta", k: v.constructor.name, b: enc(v.buffer), o: v.byteOffset, n: v instanceof DataView ? v.byteLength : v.length};
      }
      if (v instanceof ArrayBuffer) return {$: "ab", v: Buffer.from(v).toString("base64")};
      const web = webInstance(v, proto);
      if (web !== undefined) return {$: "h", k: "web", v: enc(web)};
      if (findingLive()) noteLostPrototype(proto);
      return encodePlain(v, proto);
    }

    // An object's fields, and what JSON misses of it (its symbols, hidden fields, integrity,
    // a prototype the program made).
    function encodePlain(v, proto) {
      const fields = encodeFields(v, []);
      if (proto === null) return withExtras({$: "nobj", v: fields}, v);
      const extras = withExtras({$: "obj", v: fields}, v);
      if (programPrototype(proto)) extras.proto = enc(proto);  // `Object.create(shapeProto)`: it keeps its prototype
      if (extras.s || extras.z || extras.h || extras.proto) return extras;
      for (const k in fields) if (k.charCodeAt(0) === 36) return extras;  // a "$" key
      return fields;
    }

    // An instance a top-level `new` of a package made, with fields that cannot travel (a
    // store's client object of the package's closures): as that call, made again where it
    // arrives, then given the fields that can travel; an emitter's listeners that can travel too.
    function encodeConstructed(v, recipe, left) {
      if (findingLive()) noteKeptFunctions(v, left);
      // the call first: decoded first (decodeConstructed), what its arguments share with the
      // instance's fields (prom-client's `labelNames`) is defined there
      const target = enc(recipe.target), args = enc(recipe.args);
      const fields = {};
      for (const k of Object.keys(v)) {
        if (!left.includes(k) && k !== "_events" && k !== "_eventsCount") fields[k] = enc(v[k]);
      }
      const events = [];
      if (v instanceof requireBuiltin("events")) {
        for (const type of Reflect.ownKeys(v._events || {})) {
          const listeners = [].concat(v._events[type]).filter((l) => !staysHere(isOnceWrapper(l) ? l.listener : l));
          if (listeners.length) events.push([typeof type === "symbol" ? enc(type) : type, listeners.map((l) => (isOnceWrapper(l) ? [enc(l.listener), true] : [enc(l), false]))]);
        }
      }
      return {$: "new", c: target, a: args, f: fields, e: events};
    }

    // A function a package made travels as its call; in a unit's state, also with its own
    // fields that can travel (`_.memoize`'s `cache`): the call makes it again, then it gets
    // them back (decodeMade). Not its accessors (debug's `enabled`): the function made again
    // has its own, whose setter would pin the value the getter gave here. Inside a check
    // whether something travels, they are left out: the encoding itself filters them.
    function withOwnFields(out, f) {
      if (!rt.encodingUnitState || checking.size) return out;
      const keys = Object.keys(f).filter((k) => {
        const desc = Object.getOwnPropertyDescriptor(f, k);
        return desc !== undefined && "value" in desc && travels(desc.value);
      });
      if (keys.length) {
        out.f = {};
        for (const k of keys) out.f[k] = enc(f[k]);
      }
      return out;
    }

    function encodeInstance(v, cls) {
      const [m, n] = constructorRef(cls);
      const error = v instanceof Error;
      const saved = privateValues(v);
      const out = {$: "inst", m: m, n: n, v: encodeFields(v, error ? ["message", "stack"] : [])};
      if (error) out.e = true;
      if (saved.length) out.p = saved.map((values) => values.map(enc));
      return withExtras(out, v);
    }

    // A prototype the program made as a plain object (`const shapeProto = { area() {...} }`, then
    // `Object.create(shapeProto)`): every function on it is the program's, down its chain to
    // Object.prototype; none is a class's or a constructor function's `prototype`. One of data only
    // counts too (`Object.setPrototypeOf(o, shared)` with `shared = { hits: [] }`, pushed through `o.hits`).
    function programPrototype(proto) {
      let methods = 0, data = 0;
      for (let depth = 0; proto !== Object.prototype; depth++) {
        if (proto === null || depth > 8 || Object.prototype.toString.call(proto) !== "[object Object]") return false;
        if (Object.prototype.hasOwnProperty.call(proto, "constructor")) return false;  // a class's or a function's
        for (const k of Reflect.ownKeys(proto)) {
          const d = Object.getOwnPropertyDescriptor(proto, k);
          for (const f of [d.value, d.get, d.set]) {
            if (typeof f !== "function") continue;
            if (!fnInfo.has(f) && !topLevelFunctions.has(f)) return false;
            methods++;
          }
          if ("value" in d && d.value !== null && typeof d.value === "object") data++;
        }
        proto = Object.getPrototypeOf(proto);
      }
      return methods > 0 || data > 0;
    }

    function withExtras(out, v, library) {
      const symbols = ownSymbols(v);
      if (symbols.length) out.s = symbols.map((k) => [enc(k), enc(v[k])]);
      // a package's instance keeps the closures it hides on itself where it is (express-session's
      // wrapped `reload` and `save` on a Session): they cannot travel, and the package sets them again
      const hidden = hiddenKeys(v).filter((k) => !(out.v && k in out.v) && !(library && onlyPackageFunctions(v[k], 0)));
      if (hidden.length) {
        out.h = hidden.map((k) => {
          const d = Object.getOwnPropertyDescriptor(v, k);
          return [typeof k === "symbol" ? enc(k) : k, enc(d.value), d.writable, d.configurable];
        });
      }
      const z = integrity(v);
      if (z) out.z = z;
      return out;
    }

    function encodeFields(v, extra) {
      const out = {};
      const held = heldUnit.has(v) || madeKept.has(v);
      for (const k of extra) if (v[k] !== undefined) out[k] = enc(v[k]);
      if (v instanceof Error) {  // own but not enumerable: `new Error(m, {cause})`, AggregateError's list
        for (const k of ["cause", "errors"]) if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = enc(v[k]);
      }
      for (const k of fieldKeys(v)) {
        const accessor = programAccessor(v, k);
        if (accessor) {
          out[k] = {$: "acc", g: enc(accessor.get), s: enc(accessor.set)};
          if (!accessor.enumerable) out[k].e = false;
          continue;
        }
        if (held && onlyPackageFunctions(v[k], 2)) continue;
        out[k] = enc(v[k]);
      }
      return out;
    }

    function encodeFunction(f) {
      const info = fnInfo.get(f);
      const named = topLevelFunctions.get(f);
      if (named && !(info && info.k === "flx")) return {$: "mfn", m: named[0], n: named[1]};
      const exported = exportedConstructors.get(f);
      if (exported && !(info && info.k === "flx")) {  // the function its module's load made, with its own fields
        const out = {$: "cls", m: exported[0], n: exported[1]};
        if (Object.keys(f).length) out.f = encodeFields(f, []);
        return out;
      }
      if (info) {
        const env = enc(info.env ? info.env() : {});
        const out = info.k === "flx" ? {$: "flx", id: info.id, env: env} : {$: "fn", id: info.id, env: env};
        // a module's own binding to a fluxion (`const award = (e) => {...}` handed to `bus.on`): it keeps
        // its tag (a callback posted to its fluxion is routed by it), and comes back as that binding, so
        // that `bus.off('placed', award)` finds it
        if (named && info.k === "flx") { out.m = named[0]; out.n = named[1]; }
        if (Object.keys(f).length) out.f = encodeFields(f, []);  // its own fields: `middleware.buckets = buckets`
        return out;
      }
      if (runtimeValues.has(f)) return {$: "rtv", p: runtimeValues.get(f)};
      if (f[SER]) { const h = handleOf(f, counts); return {$: "h", k: h.k, v: enc(h.v)}; }
      if (classNames.has(f)) return {$: "cls", m: classNames.get(f)[0], n: classNames.get(f)[1]};
      if (f.name && !f.name.startsWith("__") && global[f.name] === f) return {$: "gfn", n: f.name};
      const method = methodOf(f);
      if (method) return method;
      if (madeBy.has(f) && madeBy.get(f).closures) {
        const e = closureStateError(madeBy.get(f), true);
        e[STAYS_HERE] = true;
        throw e;
      }
      if (madeBy.has(f)) return withOwnFields({$: "made", v: enc(madeBy.get(f))}, f);
      const e = new TypeError("Liquefy cannot carry the function " + (f.name || "(anonymous)") +
                              " across a stream: it is not code of the service");
      if (keepsLive()) return staysLive(e.message + " (a package's closure)");
      e[STAYS_HERE] = true;
      throw e;
    }

    // In a unit's state, what cannot travel keeps the unit live (run.js, "units kept live"):
    // its isolate keeps the value itself, and the record of the state in Redis has a hole.
    // Not inside a check whether a value travels (`travels`), which must hear that it does not.
    function keepsLive() {
      return findingLive() && checking.size === 0;
    }

    function staysLive(why) {
      noteStaying(why.replace(/^Liquefy cannot carry (.*?) (between messages|across a stream): /, "it holds $1, which cannot travel: "));
      return {$: "u"};
    }

    return enc(value);
  }

  // The binding of a module that held the fluxion encoded (`{$: "flx", m, n}`), when it still
  // holds that fluxion here.
  function moduleFluxion(d) {
    if (d.m === undefined) return null;
    let fn;
    try {
      fn = accOf(d.m)("get", d.n);
    } catch (e) {
      return null;
    }
    const info = typeof fn === "function" ? fnInfo.get(fn) : undefined;
    return info && info.k === "flx" && info.id === d.id ? fn : null;
  }

  function deserialize(data) {
    const defs = new Map();
    const skipped = new Map();  // def id -> its encoding, inside the copy of an object the state gave
    const pending = new Map();  // def id of a closure whose environment is being decoded -> whether it was met there

    // an array's elements, its holes left as holes (not `undefined`: `i in a`, `Object.keys`, `filter` see them)
    function decodeElements(list, out) {
      for (let i = 0; i < list.length; i++) if (!isHole(list[i])) out[i] = dec(list[i]);
      out.length = list.length;
      return out;
    }

    function dec(d) {
      if (d === null || typeof d !== "object") return d;
      if (Array.isArray(d)) return decodeElements(d, []);
      const tag = d.$;
      if (tag === undefined) return decodeFields(d, {});
      switch (tag) {
        case "u": return undefined;
        case "tpl": return madeTemplate(d.i, d.c, d.r);
        case "hole": return undefined;  // outside an array (decodeElements leaves it out)
        case "n": return d.v === "-0" ? -0 : Number(d.v);
        case "big": return BigInt(d.v);
        case "sym": return decodeSymbol(d);
        case "ref":
          if (pending.has(d.id)) pending.set(d.id, true);
          return !defs.has(d.id) && skipped.has(d.id) ? decodeSkipped(d.id) : defs.get(d.id);
        case "def": return decodeDef(d);
        case "obj": return applyExtras(d, decodeFields(d.v, {}));
        case "arr": return applyExtras(d, decodeElements(d.v, []));
        case "global": return global;
        case "proxy": return makeProxy(dec(d.t), dec(d.h));
        case "nobj": return applyExtras(d, decodeFields(d.v, Object.create(null)));
        case "date": return new Date(d.v);
        case "intl": return new Intl[d.k](d.o.locale, d.o);
        case "re": { const re = new RegExp(d.s, d.f); if (d.i) re.lastIndex = d.i; return re; }
        case "buf": return Buffer.from(d.v, "base64");
        case "ta": {
          if (d.b !== undefined) return new global[d.k](dec(d.b), d.o, d.n);
          const b = Buffer.from(d.v, "base64");
          return new global[d.k](b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
        }
        case "ab": { const b = Buffer.from(d.v, "base64"); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); }
        case "map": return new Map(d.v.map(([a, b]) => [dec(a), dec(b)]));
        case "set": return new Set(d.v.map(dec));
        case "wmap": { const m = new TrackedWeakMap(); for (const [a, b] of d.v) m.set(dec(a), dec(b)); return m; }
        case "err": return decodeError(d.v);
        case "rtv": return runtimeValue(d.p);
        case "live": return liveValue(d);
        case "h": return fillingKinds.has(d.k) ? handleKinds[d.k](dec(d.v), fillingTarget(d)) : handleKinds[d.k](dec(d.v), d.k);
        case "flx": {
          const own = moduleFluxion(d);
          // a module's function the running unit keeps has its own fields from the unit's state: the
          // copy's fields, as the sender's isolate last saw them, would undo the unit's last writes
          if (own) return keptByRunningUnit(d.m, d.n) ? own : withFields(own, d);
          const env = dec(d.env);
          return withFields(decodedFluxion(d.id, () => env), d);
        }
        case "fn": return withFields(instantiate(d.id, dec(d.env)), d);
        case "mfn": return accOf(d.m)("get", d.n);
        case "mvar": {
          const value = accOf(d.m)("get", d.n);
          if (d.p === undefined) return value;
          const inside = rt.atSteps(value, d.p);
          return inside !== null && typeof inside === "object" ? inside : dec(d.c);
        }
        case "cls": return withFields(accOf(d.m)("get", d.n), d);
        case "gfn": if (d.n.startsWith("__")) break; return global[d.n];
        case "meth": {  // a method of a top-level class, as `obj.m.bind(obj)` keeps it
          const cls = accOf(d.m)("get", d.n);
          return (d.s ? cls : cls.prototype)[d.k];
        }
        case "pmeth": return privateMethods(accOf(d.m)("get", d.n))[d.k];  // `#onJoin` of a top-level class
        case "made": return decodeMade(d);
        case "new": return decodeConstructed(d);
        case "gen": return replayGenerator(dec(d.f), d.a.map(dec), d.s.map(([m, x, n]) => [m, dec(x), n]));
        case "linst": return decodeLibraryInstance(d, blankLibraryInstance(d));
        case "held": {
          const out = dec(d.v);
          if (out !== null && typeof out === "object") heldUnit.set(out, d.u);
          return out;
        }
        case "inst": return decodeInstance(d, null);
      }
      throw new Error("Liquefy: unknown value tag " + tag);
    }

    // Made again by its call, a package's function takes back its own fields: into the objects
    // the call made (`_.memoize`'s MapCache and lodash's own Hash objects inside it, whose
    // classes no path reaches), so that they keep their prototypes.
    function decodeMade(d) {
      const made = makeAgain(dec(d.v));
      for (const k of Object.keys(d.f || {})) made[k] = adoptInto(made[k], dec(d.f[k]), 0);
      return made;
    }

    function adoptInto(current, saved, depth) {
      if (depth > 8 || !plainKind(current) || !plainKind(saved)) return saved;
      const proto = Object.getPrototypeOf(saved);
      if (proto !== Object.getPrototypeOf(current) && proto !== Object.prototype && proto !== null) return saved;
      for (const k of Object.keys(current)) if (!(k in saved)) delete current[k];
      for (const k of Object.keys(saved)) current[k] = adoptInto(current[k], saved[k], depth + 1);
      return current;
    }

    function plainKind(v) {  // an object or an instance of a class, not a Map, an array, a date...
      return v !== null && typeof v === "object" && Object.prototype.toString.call(v) === "[object Object]" &&
        !runtimeValues.has(v) && !v[SER];
    }

    function decodeConstructed(d) {
      const target = dec(d.c), args = dec(d.a);
      const out = quietly(() => Reflect.construct(target, args));
      constructedBy.set(out, {target: target, args: args});
      decodeFields(d.f, out);
      for (const [type, listeners] of d.e) {
        for (const [fn, once] of listeners) out[once ? "once" : "on"](typeof type === "string" ? type : dec(type), dec(fn));
      }
      return out;
    }

    function decodeInstance(d, defId) {
      const cls = accOf(d.m)("get", d.n);
      const out = d.c ? blankCollection(cls, d.k) : blankInstance(cls);
      if (defId !== null) defs.set(defId, out);
      if (d.c) fillCollection(out, d.k, d.k === "array" ? decodeElements(d.c, []) : d.c.map(dec));
      decodeFields(d.v, out);
      if (d.e) hideErrorFields(out, d.v);
      if (d.p) restorePrivates(out, cls, d.p.map((values) => values.map(dec)));
      return applyExtras(d, out);
    }

    // A real Map, Set or array (its internal slots) of a program class extending it, none of the
    // program's code run; with private fields, made by its constructors, guarded (privates.js).
    function blankCollection(cls, kind) {
      if (privateChain(cls).length) return blankInstance(cls);
      return Reflect.construct(kind === "map" ? Map : kind === "set" ? Set : Array, [], cls);
    }

    function fillCollection(out, kind, entries) {
      if (kind === "array") {  // by index: a hole stays a hole
        for (let i = 0; i < entries.length; i++) {
          if (i in entries) Array.prototype.push.call(out, entries[i]);
          else out.length = i + 1;
        }
        return;
      }
      if (kind === "set") { for (const x of entries) Set.prototype.add.call(out, x); return; }
      for (let i = 0; i < entries.length; i += 2) Map.prototype.set.call(out, entries[i], entries[i + 1]);
    }

    function applyExtras(d, target) {
      if (d.proto !== undefined) Object.setPrototypeOf(target, dec(d.proto));
      if (d.s) for (const [k, v] of d.s) target[dec(k)] = dec(v);
      if (d.h) {
        for (const [k, v, writable, configurable] of d.h) {
          nativeDefineProperty(target, typeof k === "string" ? k : dec(k),
                               {value: dec(v), writable: writable, configurable: configurable, enumerable: false});
        }
        withHidden.add(target);
      }
      if (d.z === "frozen") Object.freeze(target);
      else if (d.z === "sealed") Object.seal(target);
      else if (d.z) Object.preventExtensions(target);
      return target;
    }

    // An object of the unit's state (`r`) is that object; what its copy holds is decoded
    // only if the message refers to it elsewhere.
    function decodeDef(d) {
      if (d.r !== undefined && objectsById.has(d.r)) {
        defs.set(d.id, objectsById.get(d.r));
        skipDefs(d.v);
        return objectsById.get(d.r);
      }
      const out = decodeDefValue(d);
      if (out === null || (typeof out !== "object" && typeof out !== "function")) return out;
      if (d.o !== undefined) {
        objectIds.set(out, d.o);
        objectsById.set(d.o, out);
      } else if (d.r !== undefined) {
        copyIds.set(out, d.r);
      }
      return out;
    }

    function skipDefs(d) {
      if (d === null || typeof d !== "object") return;
      if (d.$ === "def") skipped.set(d.id, d);
      for (const k of Object.keys(d)) skipDefs(d[k]);
    }

    function decodeSkipped(id) {
      const d = skipped.get(id);
      skipped.delete(id);
      return decodeDef(d);
    }

    function decodeDefValue(d) {
      const inner = d.v;
      if (Array.isArray(inner) || (inner !== null && typeof inner === "object" && inner.$ === "arr")) {
        const out = [];
        defs.set(d.id, out);
        decodeElements(Array.isArray(inner) ? inner : inner.v, out);
        return Array.isArray(inner) ? out : applyExtras(inner, out);
      }
      if (inner !== null && typeof inner === "object" && (inner.$ === undefined || inner.$ === "obj" || inner.$ === "nobj")) {
        const out = inner.$ === "nobj" ? Object.create(null) : {};
        defs.set(d.id, out);
        return applyExtras(inner, decodeFields(inner.$ === undefined ? inner : inner.v, out));
      }
      if (inner !== null && typeof inner === "object" && (inner.$ === "set" || inner.$ === "map" || inner.$ === "wmap")) {
        // its entries may refer to it (a group `{ all: groups }` kept in `groups`, an effect's dependency Set
        // holding the subscriber Set that holds the effect): registered before they are decoded
        const out = inner.$ === "set" ? new Set() : inner.$ === "map" ? new Map() : new TrackedWeakMap();
        defs.set(d.id, out);
        if (inner.$ === "set") for (const x of inner.v) out.add(dec(x));
        else for (const [a, b] of inner.v) out.set(dec(a), dec(b));
        return out;
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "inst") {  // its fields may refer to it
        return decodeInstance(inner, d.id);
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "linst") {
        const out = blankLibraryInstance(inner);
        defs.set(d.id, out);
        return decodeLibraryInstance(inner, out);
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "flx" && moduleFluxion(inner)) {
        const own = moduleFluxion(inner);
        defs.set(d.id, own);
        return withFields(own, inner);
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "flx") {  // its environment may refer to it
        let env;
        const ref = decodedFluxion(inner.id, () => env);
        defs.set(d.id, ref);
        env = dec(inner.env);
        return withFields(ref, inner);
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "fn") {  // its fields may refer to it
        // and so may its environment (`ping` and `pong` calling each other, a thunk middleware
        // holding `api.dispatch`, which calls the chain it is in): a reference met while the
        // environment is decoded gets a function that calls the one made from it
        let made = null;
        const forward = function (...args) {
          return new.target ? Reflect.construct(made, args, new.target) : made.apply(this, args);
        };
        defs.set(d.id, forward);
        pending.set(d.id, false);
        const env = dec(inner.env);
        const cyclic = pending.get(d.id);
        pending.delete(d.id);
        made = instantiate(inner.id, env);
        if (!cyclic) {
          defs.set(d.id, made);
          return withFields(made, inner);
        }
        Object.defineProperty(forward, "name", {value: made.name});
        Object.defineProperty(forward, "length", {value: made.length});
        fnInfo.set(forward, fnInfo.get(made));
        return withFields(forward, inner);
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "h" && functionKinds.has(inner.k)) {
        return decodeFunctionHandle(d.id, inner);
      }
      if (inner !== null && typeof inner === "object" && inner.$ === "h" && fillingKinds.has(inner.k)) {
        const out = fillingTarget(inner);
        defs.set(d.id, out);
        return handleKinds[inner.k](dec(inner.v), out);
      }
      const value = dec(inner);
      defs.set(d.id, value);
      return value;
    }

    function decodeFunctionHandle(id, d) {
      let made;
      const out = function (...args) { return new.target ? Reflect.construct(made, args, new.target) : made.apply(this, args); };
      defs.set(id, out);
      made = handleKinds[d.k](dec(d.v), d.k);
      Object.defineProperty(out, "name", {value: made.name});
      Object.defineProperty(out, "length", {value: made.length});
      out[SER] = made[SER];
      if (boundTargets.has(made)) boundTargets.set(out, boundTargets.get(made));
      return out;
    }

    // The object a filling handle fills: an emitter of a program class with private
    // fields must be made by that class (only its constructors give the brands).
    function fillingTarget(d) {
      if (d.k !== "emitter" || !d.v || !d.v.c) return {};
      const cls = dec(d.v.c);
      return privateChain(cls).length ? blankInstance(cls) : {};
    }

    function withFields(fn, d) {
      return d.f ? decodeFields(d.f, fn) : fn;
    }

    function decodeFields(fields, target) {
      for (const k of Object.keys(fields)) {
        const f = fields[k];
        if (f !== null && typeof f === "object" && f.$ === "acc") {
          Object.defineProperty(target, k, {get: dec(f.g), set: dec(f.s), enumerable: f.e !== false, configurable: true});
          withAccessors.add(target);
        } else {
          target[k] = dec(f);
        }
      }
      return target;
    }

    // A package's instance, blank: made by its constructors with their code skipped when its class
    // keeps private members (they give it the brands), else of its prototype.
    function blankLibraryInstance(d) {
      const proto = runtimeValue(d.p);
      return d.pv ? blankInstance(proto.constructor) : Object.create(proto);
    }

    function decodeLibraryInstance(d, target) {
      decodeFields(d.v, target);
      if (d.e) hideErrorFields(target, d.v);
      if (d.pv) restorePrivates(target, runtimeValue(d.p).constructor, d.pv.map((values) => values.map(dec)));
      return applyExtras(d, target);
    }

    function hideErrorFields(target, fields) {  // own but not enumerable, as Error's constructor leaves them
      for (const k of HIDDEN_ERROR_FIELDS) if (k in fields) Object.defineProperty(target, k, {enumerable: false});
    }

    function decodeError(fields) {
      const name = dec(fields.name);
      const Ctor = errorClasses[name] || global[name] || Error;
      const e = Object.create(Ctor.prototype);
      for (const k of Object.keys(fields)) {
        if (k === "name" && Ctor.prototype.name === name) continue;  // the prototype's, as in Node
        Object.defineProperty(e, k, {value: dec(fields[k]), writable: true, configurable: true,
                                     enumerable: !(k === "name" || HIDDEN_ERROR_FIELDS.includes(k))});
      }
      return e;
    }

    return dec(data);
  }

  rt.serialize = serialize;
  // Error classes of runtime modules (node-redis's ReplyError): errors of that name are
  // decoded as their instances.
  const errorClasses = {};
  rt.errorClass = function (Ctor) { errorClasses[Ctor.name] = Ctor; };

  rt.deserialize = deserialize;

  // While a unit's state is encoded: its messages' shared objects are noted (noteSharedWithState).
  function shareWithState(carried) {
    stateShares = {carried: carried, shared: new Set()};
    return stateShares.shared;
  }
  function stopSharing() { stateShares = null; }
  function forgetObjects() { objectsById = new Map(); }
  // The objects of a unit's state reached from `values` that have ids: a message names them.
  function knowObjects(values) {
    const reach = new Map();
    countRefs(values, reach);
    for (const v of reach.keys()) if (objectIds.has(v)) objectsById.set(objectIds.get(v), v);
  }

  Object.assign(exports, {STAYS_HERE, carriedBy, countRefs, deserialize, forgetObjects, knowObjects,
                          serialize, shareWithState, stopSharing});
})(require("./core"), globalThis);
