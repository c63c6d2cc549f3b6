// Private fields (#x) of program classes and their values (serialize.js carries them).
(function (rt) {
  "use strict";

  // -- private fields (#x) of program classes: only code inside a class can read or
  // give them, so the compiler adds a static block that registers that code, and
  // guards constructors and field initialisers with `__rt.restoring` (executor/privates.py)
  const privateFields = new Map();  // class -> {save(o) -> [values], restore(o, values), methods(o) -> {name: fn}}
  rt.restoring = false;
  rt.privates = function (cls, save, restore, methods) {
    privateFields.set(cls, {save: save, restore: restore, methods: methods});
  };

  // A class's private methods by name (`#onJoin` handed to `this.on`), read from a blank instance.
  const methodsOf = new Map();
  function privateMethods(cls) {
    const entry = privateFields.get(cls);
    if (!entry || !entry.methods) return {};
    if (!methodsOf.has(cls)) methodsOf.set(cls, entry.methods(blankInstance(cls)));
    return methodsOf.get(cls);
  }

  // A private name used by a callback copied out of its class (executor/private_uses.py):
  // the class's own code, `access(o, name, op, arg)`, reads (0), writes (1), calls (2)
  // and tests (3) its members; compound assignments and updates are made of those.
  const privateAccessors = new Map();  // "path:offset" of a class -> access
  rt.privateAccess = function (key, access) { privateAccessors.set(key, access); };
  rt.privateUse = function (key, o, name, op, a, b) {
    const access = privateAccessors.get(key);
    if (op < 4) return access(o, name, op, a);
    const old = access(o, name, 0);
    if (op === 5) {
      const n = typeof old === "bigint" ? old : Number(old);
      const one = typeof n === "bigint" ? 1n : 1;
      access(o, name, 1, a === "++=" ? n + one : n - one);
      return b ? n : access(o, name, 0);
    }
    switch (a) {
      case "&&=": return old ? access(o, name, 1, b()) : old;
      case "||=": return old ? old : access(o, name, 1, b());
      case "??=": return old !== null && old !== undefined ? old : access(o, name, 1, b());
      default: return access(o, name, 1, COMPOUND[a](old, b()));
    }
  };
  const COMPOUND = {
    "+=": (x, y) => x + y, "-=": (x, y) => x - y, "*=": (x, y) => x * y, "/=": (x, y) => x / y,
    "%=": (x, y) => x % y, "**=": (x, y) => x ** y, "<<=": (x, y) => x << y, ">>=": (x, y) => x >> y,
    ">>>=": (x, y) => x >>> y, "&=": (x, y) => x & y, "|=": (x, y) => x | y, "^=": (x, y) => x ^ y,
  };

  function privateChain(cls) {
    const out = [];
    for (let c = cls; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      if (privateFields.has(c)) out.push(c);
    }
    return out;
  }

  function privateValues(v) {
    const proto = Object.getPrototypeOf(v);
    return proto && privateChain(proto.constructor).map((c) => privateFields.get(c).save(v));
  }

  rt.privateValues = privateValues;

  // A blank instance of `cls`: with the private brands of its classes when it has any,
  // made by its constructors with the program's own code skipped.
  function blankInstance(cls) {
    if (!privateChain(cls).length) return Object.create(cls.prototype);
    rt.restoring = true;
    try { return Reflect.construct(cls, []); } finally { rt.restoring = false; }
  }

  function restorePrivates(o, cls, values) {
    privateChain(cls).forEach((c, i) => privateFields.get(c).restore(o, values[i]));
  }

  exports.blankInstance = blankInstance;
  exports.registersPrivates = (cls) => privateFields.has(cls);  // a class of the service, compiled
  exports.privateChain = privateChain;
  exports.privateMethods = privateMethods;
  exports.privateValues = privateValues;
  exports.restorePrivates = restorePrivates;
})(require("./core"));
