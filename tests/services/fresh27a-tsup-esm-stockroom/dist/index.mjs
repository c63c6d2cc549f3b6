import { createRequire } from 'module'; const require = createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/legacy/audit.cjs
var require_audit = __commonJS({
  "src/legacy/audit.cjs"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("events");
    var AuditLog = class extends EventEmitter {
      constructor(limit) {
        super();
        this.limit = limit;
        this.lines = [];
        this.counts = /* @__PURE__ */ Object.create(null);
        this.on("entry", (kind, detail) => {
          this.counts[kind] = (this.counts[kind] || 0) + 1;
          this.lines.push(`${kind} ${detail}`);
          if (this.lines.length > this.limit) this.lines.shift();
        });
      }
      tail(n) {
        return this.lines.slice(-n);
      }
    };
    module.exports = new AuditLog(6);
    module.exports.AuditLog = AuditLog;
  }
});

// src/index.ts
import express from "express";

// src/stock.ts
var import_audit = __toESM(require_audit(), 1);
var StockError = class extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
    this.code = code;
    this.name = "StockError";
  }
};
var Stockroom = class {
  #items = /* @__PURE__ */ new Map();
  #holds = /* @__PURE__ */ new Map();
  #nextHold = 1;
  static audit = import_audit.default;
  receive(sku, qty) {
    const item = this.#items.get(sku) ?? { sku, onHand: 0, held: 0 };
    item.onHand += qty;
    this.#items.set(sku, item);
    Stockroom.audit.emit("entry", "receive", `${sku}+${qty}`);
    return item;
  }
  hold(sku, qty, who) {
    const item = this.#items.get(sku);
    if (!item) throw new StockError(404, "unknown_sku");
    if (item.onHand - item.held < qty) throw new StockError(409, "insufficient");
    item.held += qty;
    const hold = { id: `H${this.#nextHold++}`, sku, qty, who, state: "held" };
    this.#holds.set(hold.id, hold);
    Stockroom.audit.emit("entry", "hold", `${hold.id}:${sku}x${qty}`);
    return hold;
  }
  settle(id, outcome) {
    const hold = this.#holds.get(id);
    if (!hold) throw new StockError(404, "unknown_hold");
    if (hold.state !== "held") throw new StockError(409, `already_${hold.state}`);
    const item = this.#items.get(hold.sku);
    item.held -= hold.qty;
    if (outcome === "ship") item.onHand -= hold.qty;
    hold.state = outcome === "ship" ? "shipped" : "released";
    Stockroom.audit.emit("entry", outcome, hold.id);
    return { hold, item };
  }
  levels() {
    return [...this.#items.values()].map(({ sku, onHand, held }) => ({ sku, onHand, held, free: onHand - held }));
  }
  holdsOf(who) {
    return [...this.#holds.values()].filter((h) => h.who === who);
  }
};

// src/seed.ts
async function loadSeed() {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return [
    ["bolt-m4", 40],
    ["nut-m4", 25]
  ];
}

// src/index.ts
var room = new Stockroom();
for (const [sku, qty] of await loadSeed()) room.receive(sku, qty);
var app = express();
app.use(express.json());
app.get("/levels", (_req, res) => {
  res.json(room.levels());
});
app.post("/receive", (req, res) => {
  const { sku, qty } = req.body;
  res.status(201).json(room.receive(sku, Number(qty)));
});
app.post("/holds", (req, res) => {
  const { sku, qty, who } = req.body;
  res.status(201).json(room.hold(sku, Number(qty), who));
});
app.post("/holds/:id/:outcome(ship|release)", (req, res) => {
  res.json(room.settle(req.params.id, req.params.outcome));
});
app.get("/people/:who/holds", (req, res) => {
  res.json(room.holdsOf(req.params.who));
});
app.get("/audit", (req, res) => {
  res.json({ tail: Stockroom.audit.tail(Number(req.query.n ?? 4)), counts: Stockroom.audit.counts });
});
app.use((err, _req, res, _next) => {
  if (err instanceof StockError) return res.status(err.status).json({ error: err.code });
  res.status(500).json({ error: "internal" });
});
var port = Number(process.env.PORT ?? 3e3);
app.listen(port, () => console.log(`stockroom ready on ${port}`));
var index_default = app;
export {
  index_default as default
};
