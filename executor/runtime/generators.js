// Generator objects that travel (serialize.js encodes them with these).
(function (rt) {
  "use strict";

  // -- generator objects ---------------------------------------------------------
  // V8 shows nothing of a suspended generator's frame. A generator function of the
  // service is compiled into a function that hands each object it makes to `rt.gen`
  // (executor/compiler.py): the object travels as that call and the calls that advanced
  // it since, replayed where it arrives. The analyzer (analyzer/generators.py) gives
  // `why` when a replay could differ (the body reads what changes, or changes what a
  // replay would change again); so does a call given an object. Such an object, or a
  // generator or iterator made elsewhere, refuses to travel with the reason.
  const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
  const generatorRecipes = new WeakMap();  // generator object -> {f, a, s: [[method, value, times]], n, why}
  const RecordingPrototype = Object.create(GeneratorPrototype);
  for (const method of ["next", "return", "throw"]) {
    const native = GeneratorPrototype[method];
    const recording = {[method](value) { recordStep(this, method, value); return native.call(this, value); }}[method];
    Object.defineProperty(RecordingPrototype, method, {value: recording, writable: true, configurable: true});
  }

  // -- async generators -------------------------------------------------------------
  // An async generator runs on V8's own promises (analyzer/asyncsplit.py keeps it whole). One
  // kept in state and resumed by a later message (`await feed.next()` in a handler) starts again
  // at a `yield`, not at the top of its body. So each step (next/return/throw) is a function kept
  // whole while it runs (rt.asyncEnter, until the step's promise settles): V8 runs its
  // continuations in the message, what settles its awaits (`await new Promise((r) =>
  // setImmediate(r))`) runs there too, and a step waiting for another message fails the message
  // saying so, as a kept-whole function does.
  const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;
  for (const method of ["next", "return", "throw"]) {
    const native = AsyncGeneratorPrototype[method];
    const stepping = {[method](value) {
      const token = rt.asyncEnter ? rt.asyncEnter(null) : null;
      let step;
      try {
        step = native.call(this, value);
      } catch (e) {
        if (token !== null) rt.asyncExit(token);
        throw e;
      }
      if (token !== null) {
        const done = () => rt.asyncExit(token);
        step.then(done, done);
      }
      return step;
    }}[method];
    Object.defineProperty(AsyncGeneratorPrototype, method, {value: stepping, writable: true, configurable: true});
  }

  function isReplayable(v) {  // a primitive that decodes as itself
    return v === null || (typeof v !== "object" && typeof v !== "function" && typeof v !== "symbol");
  }

  function recordStep(g, method, value) {
    const r = generatorRecipes.get(g);
    if (!r) return;
    r.n += 1;
    if (r.why) return;
    if (!isReplayable(value)) {
      r.why = "its " + method + "() was given an object, which a replay could not give again as it was";
      r.s = [];
      return;
    }
    const last = r.s[r.s.length - 1];
    if (last && last[0] === method && Object.is(last[1], value)) last[2] += 1;
    else r.s.push([method, value, 1]);
  }

  rt.gen = function (outer, self, args, inner, why) {
    const g = inner.apply(self, args);
    if (!RecordingPrototype.isPrototypeOf(outer.prototype)) outer.prototype = Object.create(RecordingPrototype);
    Object.setPrototypeOf(g, outer.prototype);  // `g instanceof outer`, as for the generator function it was
    const a = Array.from(args);
    if (!why && !a.every(isReplayable)) why = "it was made with an object argument, which a replay could not give again as it was";
    generatorRecipes.set(g, {f: outer, a: why ? [] : a, s: [], n: 0, why: why || null});
    return g;
  };

  rt.generatorSteps = function (g) {  // for verify mode: how many calls advanced it
    const r = generatorRecipes.get(g);
    return r ? r.n : undefined;
  };

  const ITERATOR_TAGS = new Set(["Generator", "AsyncGenerator", "Map Iterator", "Set Iterator", "Array Iterator",
                                 "String Iterator", "RegExp String Iterator"]);

  function cannotCarryIterator(v) {
    const r = generatorRecipes.get(v);
    const what = r ? "the generator object made by " + (r.f.name && r.f.name !== "__rtGen" ? r.f.name : "an anonymous generator function")
      : "a " + Object.prototype.toString.call(v).slice(8, -1).toLowerCase() + " object";
    const why = r ? r.why : "only the objects of a generator function of the service (function*) can travel, " +
      "replayed from the calls that made and advanced them";
    return new TypeError("Liquefy cannot carry " + what + " between messages: " + why + " (docs/analyzer.md, Generators)");
  }

  function isIterator(v) {
    return ITERATOR_TAGS.has(Object.prototype.toString.call(v).slice(8, -1)) && !Array.isArray(v);
  }

  function replayGenerator(f, args, steps) {
    const g = f.apply(undefined, args);
    for (const [method, value, times] of steps) {
      for (let i = 0; i < times; i++) {
        try { g[method](value); } catch (e) { /* it threw there the first time too */ }
      }
    }
    return g;
  }

  exports.cannotCarryIterator = cannotCarryIterator;
  exports.generatorRecipes = generatorRecipes;
  exports.isIterator = isIterator;
  exports.replayGenerator = replayGenerator;
})(require("./core"));
