import { createRequire } from "node:module";
var __create = Object.create;
var __getProtoOf = Object.getPrototypeOf;
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __toESM = (mod, isNodeMode, target) => {
  target = mod != null ? __create(__getProtoOf(mod)) : {};
  const to = isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target;
  for (let key of __getOwnPropNames(mod))
    if (!__hasOwnProp.call(to, key))
      __defProp(to, key, {
        get: () => mod[key],
        enumerable: true
      });
  return to;
};
var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
var __require = /* @__PURE__ */ createRequire(import.meta.url);

// src/legacy/meter.cjs
var require_meter = __commonJS((exports, module) => {
  var RATES = { compact: 2, standard: 3, oversize: 5 };
  module.exports = {
    clock: 0,
    revenue: 0,
    tickets: new Map,
    open(plate, size) {
      this.clock += 1;
      const ticket = { plate, size, rate: RATES[size] ?? RATES.standard, in: this.clock };
      this.tickets.set(plate, ticket);
      return ticket;
    },
    close(plate) {
      const ticket = this.tickets.get(plate);
      if (!ticket)
        return null;
      this.clock += 1;
      this.tickets.delete(plate);
      const hours = Math.max(1, this.clock - ticket.in);
      const due = hours * ticket.rate;
      this.revenue += due;
      return { ...ticket, out: this.clock, hours, due };
    },
    advance(hours) {
      this.clock += hours;
      return this.clock;
    }
  };
});

// src/garage.ts
var import_meter = __toESM(require_meter(), 1);

class Garage {
  levels;
  static opened = 0;
  #spots = new Map;
  #parked = new Map;
  constructor(levels) {
    this.levels = levels;
    Garage.opened++;
    for (const [level, count] of Object.entries(levels)) {
      for (let i = 1;i <= count; i++)
        this.#spots.set(`${level}${i}`, null);
    }
  }
  park(plate, size) {
    if (this.#parked.has(plate))
      throw new GarageError(409, "already_parked");
    const spot = [...this.#spots].find(([, who]) => who === null)?.[0];
    if (!spot)
      throw new GarageError(503, "full");
    this.#spots.set(spot, plate);
    this.#parked.set(plate, spot);
    const ticket = import_meter.default.open(plate, size);
    return { spot, ticket };
  }
  leave(plate) {
    const spot = this.#parked.get(plate);
    if (!spot)
      throw new GarageError(404, "not_parked");
    this.#parked.delete(plate);
    this.#spots.set(spot, null);
    return { spot, receipt: import_meter.default.close(plate) };
  }
  occupancy() {
    const taken = [...this.#spots.values()].filter(Boolean).length;
    return { taken, free: this.#spots.size - taken, revenue: import_meter.default.revenue, clock: import_meter.default.clock };
  }
}

class GarageError extends Error {
  status;
  constructor(status, code) {
    super(code);
    this.status = status;
  }
}

// src/index.ts
import express from "express";
var garage = new Garage({ A: 2, B: 1 });
var app = express();
app.use(express.json());
app.post("/park", (req, res) => {
  res.status(201).json(garage.park(req.body.plate, req.body.size));
});
app.post("/leave/:plate", (req, res) => {
  res.json(garage.leave(req.params.plate));
});
app.post("/clock/advance", (req, res) => {
  res.json({ clock: import_meter.default.advance(Number(req.query.hours ?? 1)) });
});
app.get("/occupancy", (_req, res) => {
  res.json({ ...garage.occupancy(), garages: Garage.opened });
});
app.use((err, _req, res, _next) => {
  if (err instanceof GarageError)
    return res.status(err.status).json({ error: err.message });
  res.status(500).json({ error: "internal" });
});
app.listen(Number(process.env.PORT ?? 3000));
var src_default = app;
export {
  src_default as default
};
