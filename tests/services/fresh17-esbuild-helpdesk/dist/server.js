var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/lib/clock.js
var require_clock = __commonJS({
  "src/lib/clock.js"(exports2, module2) {
    var now = 0;
    module2.exports = {
      tick() {
        return ++now;
      },
      get now() {
        return now;
      }
    };
  }
});

// src/lib/priority-queue.js
var require_priority_queue = __commonJS({
  "src/lib/priority-queue.js"(exports2, module2) {
    var PriorityQueue = class {
      constructor(compare) {
        this.items = [];
        this.compare = compare;
      }
      push(item) {
        this.items.push(item);
        this.items.sort(this.compare);
        return this.items.length;
      }
      shift() {
        return this.items.shift();
      }
      remove(pred) {
        const i = this.items.findIndex(pred);
        return i === -1 ? void 0 : this.items.splice(i, 1)[0];
      }
      get length() {
        return this.items.length;
      }
    };
    module2.exports = PriorityQueue;
  }
});

// src/lib/metrics.mjs
var metrics_exports = {};
__export(metrics_exports, {
  counters: () => counters,
  inc: () => inc,
  snapshot: () => snapshot
});
function inc(name, by = 1) {
  counters[name] = (counters[name] ?? 0) + by;
  timeline.push(name);
  if (timeline.length > 6) timeline.shift();
}
function snapshot() {
  return { counters: { ...counters }, recent: [...timeline] };
}
var counters, timeline;
var init_metrics = __esm({
  "src/lib/metrics.mjs"() {
    counters = /* @__PURE__ */ Object.create(null);
    timeline = [];
  }
});

// src/lib/tickets.js
var require_tickets = __commonJS({
  "src/lib/tickets.js"(exports2, module2) {
    var { EventEmitter } = require("events");
    var PriorityQueue = require_priority_queue();
    var clock2 = require_clock();
    var { inc: inc2 } = (init_metrics(), __toCommonJS(metrics_exports));
    var RANK = { urgent: 0, high: 1, normal: 2, low: 3 };
    function createDesk({ slaTicks }) {
      const events = new EventEmitter();
      const tickets2 = /* @__PURE__ */ new Map();
      const agents = /* @__PURE__ */ new Map();
      let seq = 0;
      const queue = new PriorityQueue((a, b) => RANK[a.priority] - RANK[b.priority] || a.id - b.id);
      function open(subject, priority = "normal") {
        if (!(priority in RANK)) throw new RangeError(`bad priority ${priority}`);
        const ticket = { id: ++seq, subject, priority, state: "queued", openedAt: clock2.now, agent: null };
        tickets2.set(ticket.id, ticket);
        queue.push(ticket);
        inc2(`opened.${priority}`);
        events.emit("opened", ticket);
        return ticket;
      }
      function addAgent(name) {
        agents.set(name, { name, load: 0, solved: 0 });
        return agents.get(name);
      }
      function assignNext(name) {
        const agent = agents.get(name);
        if (!agent) return { error: "no such agent" };
        const ticket = queue.shift();
        if (!ticket) return { error: "queue empty" };
        ticket.state = "assigned";
        ticket.agent = name;
        agent.load++;
        inc2("assigned");
        return { ticket, waited: clock2.now - ticket.openedAt };
      }
      function solve(id) {
        const ticket = tickets2.get(id);
        if (!ticket || ticket.state !== "assigned") return null;
        const agent = agents.get(ticket.agent);
        agent.load--;
        agent.solved++;
        ticket.state = "solved";
        const late = clock2.now - ticket.openedAt > slaTicks;
        if (late) events.emit("breach", ticket);
        inc2(late ? "solved.late" : "solved.ontime");
        return { ticket, late };
      }
      function escalate(id) {
        const ticket = queue.remove((t) => t.id === id);
        if (!ticket) return null;
        ticket.priority = ticket.priority === "urgent" ? "urgent" : Object.keys(RANK)[RANK[ticket.priority] - 1];
        queue.push(ticket);
        inc2("escalated");
        return ticket;
      }
      return {
        events,
        open,
        addAgent,
        assignNext,
        solve,
        escalate,
        board: () => ({ queued: queue.items.map((t) => `${t.id}:${t.priority}`), agents: [...agents.values()] })
      };
    }
    module2.exports = createDesk({ slaTicks: 8 });
  }
});

// src/lib/notifier.mjs
var notifier_exports = {};
__export(notifier_exports, {
  outbox: () => outbox
});
var import_tickets, outbox;
var init_notifier = __esm({
  "src/lib/notifier.mjs"() {
    import_tickets = __toESM(require_tickets(), 1);
    outbox = [];
    import_tickets.default.events.on("opened", (t) => {
      if (t.priority === "urgent") outbox.push(`page on-call: #${t.id}`);
    });
    import_tickets.default.events.on("breach", (t) => outbox.push(`SLA breach #${t.id} (${t.agent})`));
  }
});

// src/routes/tickets.js
var require_tickets2 = __commonJS({
  "src/routes/tickets.js"(exports2, module2) {
    var express2 = require("express");
    var desk3 = require_tickets();
    var router = express2.Router();
    router.post("/", (req, res) => {
      try {
        res.status(201).json(desk3.open(req.body.subject, req.body.priority));
      } catch (err) {
        res.status(400).json({ error: err.message });
      }
    });
    router.post("/:id/escalate", (req, res) => {
      const t = desk3.escalate(Number(req.params.id));
      t ? res.json(t) : res.status(404).json({ error: "not queued" });
    });
    router.post("/:id/solve", (req, res) => {
      const r = desk3.solve(Number(req.params.id));
      r ? res.json(r) : res.status(409).json({ error: "not assigned" });
    });
    module2.exports = router;
  }
});

// src/server.js
var express = require("express");
var clock = require_clock();
var desk2 = require_tickets();
var { snapshot: snapshot2 } = (init_metrics(), __toCommonJS(metrics_exports));
var { outbox: outbox2 } = (init_notifier(), __toCommonJS(notifier_exports));
var tickets = require_tickets2();
var app = express();
app.use(express.json());
app.use((req, res, next) => {
  res.set("x-tick", String(clock.tick()));
  next();
});
app.use("/tickets", tickets);
app.post("/agents", (req, res) => res.status(201).json(desk2.addAgent(req.body.name)));
app.post("/agents/:name/next", (req, res) => {
  const r = desk2.assignNext(req.params.name);
  res.status(r.error ? 409 : 200).json(r);
});
app.get("/board", (req, res) => res.json(desk2.board()));
app.get("/metrics", (req, res) => res.json({ ...snapshot2(), outbox: outbox2 }));
var port = process.env.PORT || 3e3;
app.listen(port);
