/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 809
(module) {

// CommonJS helper module (kept as a module in webpack's table)
const formatters = {};

function format(cents, currency) {
  formatters[currency] = formatters[currency] || new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return formatters[currency].format(cents / 100);
}

function assertAmount(n) {
  if (!Number.isInteger(n) || n <= 0) {
    const err = new Error('amount must be a positive integer of cents');
    err.status = 422;
    throw err;
  }
  return n;
}

module.exports = { GP: format, RZ: assertAmount, MP: () => Object.keys(formatters) };


/***/ },

/***/ 774
(module) {

module.exports = class Mutex {
  constructor() {
    this.tail = Promise.resolve();
    this.waits = 0;
  }
  run(task) {
    const result = this.tail.then(() => task());
    this.waits++;
    this.tail = result.catch(() => undefined);
    return result;
  }
};


/***/ }

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	const __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		const cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		const module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__webpack_require__.n = (module) => {
/******/ 		const getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__webpack_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	// define getter/value functions for harmony exports
/******/ 	__webpack_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop));
/******/ 	
/************************************************************************/
// This entry needs to be wrapped in an IIFE because it needs to be in strict mode.
(() => {
"use strict";

;// external "express"
const external_express_namespaceObject = require("express");
var external_express_default = /*#__PURE__*/__webpack_require__.n(external_express_namespaceObject);
// EXTERNAL MODULE: ./src/domain/money.js
var money = __webpack_require__(809);
// EXTERNAL MODULE: ./src/domain/mutex.js
var mutex = __webpack_require__(774);
var mutex_default = /*#__PURE__*/__webpack_require__.n(mutex);
;// ./src/domain/wallets.js



class InsufficientFunds extends Error {
  constructor(id, balance, amount) {
    super(`wallet ${id} has ${balance}, needs ${amount}`);
    this.status = 409;
  }
}

const wallets = new Map();
const journal = [];
const lock = new (mutex_default())();
let nextId = 1;

function wallets_open(owner, currency = 'EUR') {
  const wallet = { id: `w${nextId++}`, owner, currency, balance: 0, version: 0 };
  wallets.set(wallet.id, wallet);
  return wallet;
}

function get(id) {
  const w = wallets.get(id);
  if (!w) throw Object.assign(new Error(`no wallet ${id}`), { status: 404 });
  return w;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 3));

function deposit(id, amount) {
  return lock.run(async () => {
    const w = get(id);
    await settle();
    w.balance += (0,money/* assertAmount */.RZ)(amount);
    w.version++;
    journal.push({ kind: 'deposit', to: id, amount });
    return w;
  });
}

function transfer(from, to, amount) {
  return lock.run(async () => {
    const a = get(from);
    const b = get(to);
    (0,money/* assertAmount */.RZ)(amount);
    if (a.currency !== b.currency) throw Object.assign(new Error('currency mismatch'), { status: 422 });
    await settle();
    if (a.balance < amount) throw new InsufficientFunds(from, a.balance, amount);
    a.balance -= amount;
    b.balance += amount;
    a.version++;
    b.version++;
    journal.push({ kind: 'transfer', from, to, amount });
    return { from: a, to: b };
  });
}

const wallets_history = (id) => journal.filter((e) => e.to === id || e.from === id);
const stats = () => ({ wallets: wallets.size, entries: journal.length, queued: lock.waits });

;// ./src/http/idempotency.js
const seen = new Map();
let replays = 0;

function idempotent(req, res, next) {
  const key = req.get('idempotency-key');
  if (!key) return next();
  if (seen.has(key)) {
    replays++;
    const { status, body } = seen.get(key);
    return res.status(status).set('x-replayed', String(replays)).json(body);
  }
  const json = res.json.bind(res);
  res.json = (body) => {
    seen.set(key, { status: res.statusCode, body });
    return json(body);
  };
  next();
}

;// ./src/index.js





const app = external_express_default()();
app.use(external_express_default().json());
app.use(idempotent);

const view = (w) => ({ ...w, display: money/* format */.GP(w.balance, w.currency) });
const handle = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);

app.post('/wallets', (req, res) => res.status(201).json(view(wallets_open(req.body.owner, req.body.currency))));
app.get('/wallets/:id', handle((req, res) => res.json({ ...view(get(req.params.id)), history: wallets_history(req.params.id) })));
app.post('/wallets/:id/deposits', handle(async (req, res) => {
  res.status(201).json(view(await deposit(req.params.id, req.body.amount)));
}));
app.post('/transfers', handle(async (req, res) => {
  const { from, to } = await transfer(req.body.from, req.body.to, req.body.amount);
  res.status(201).json({ from: view(from), to: view(to) });
}));
app.get('/stats', (req, res) => res.json({ ...stats(), formatters: money/* cachedFormatters */.MP() }));

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message, type: err.constructor.name });
});

app.listen(process.env.PORT || 3000);

})();

/******/ })()
;