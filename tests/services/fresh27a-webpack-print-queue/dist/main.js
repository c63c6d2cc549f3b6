/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ "./src/lib/printers.js":
/*!*****************************!*\
  !*** ./src/lib/printers.js ***!
  \*****************************/
/***/ ((module) => {

class Printer {
  constructor(name, speed) {
    this.name = name;
    this.speed = speed;
    this.current = null;
    this.printed = 0;
  }

  busy() {
    return this.current !== null;
  }
}

class PrinterPool {
  constructor() {
    this.printers = new Map();
  }

  add(name, speed) {
    if (this.printers.has(name)) return null;
    const printer = new Printer(name, speed);
    this.printers.set(name, printer);
    return printer;
  }

  get(name) {
    return this.printers.get(name);
  }

  describe() {
    return Array.from(this.printers.values(), (p) => ({
      name: p.name,
      speed: p.speed,
      job: p.current ? p.current.id : null,
      printed: p.printed,
    }));
  }
}

module.exports = { Printer, PrinterPool, pool: new PrinterPool() };


/***/ }),

/***/ "./src/queue.js":
/*!**********************!*\
  !*** ./src/queue.js ***!
  \**********************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JobQueue: () => (/* binding */ JobQueue),
/* harmony export */   queue: () => (/* binding */ queue)
/* harmony export */ });
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./stats.js */ "./src/stats.js");


const RANK = { high: 0, normal: 1, low: 2 };

class JobQueue {
  #seq = 0;
  #waiting = [];
  jobs = new Map();

  submit({ owner, pages, priority = 'normal' }) {
    const job = {
      id: `job-${++this.#seq}`,
      owner,
      pages,
      left: pages,
      priority: priority in RANK ? priority : 'normal',
      state: 'queued',
      printer: null,
    };
    this.jobs.set(job.id, job);
    this.#waiting.push(job);
    this.#waiting.sort((a, b) => RANK[a.priority] - RANK[b.priority] || a.id.localeCompare(b.id, undefined, { numeric: true }));
    (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__.record)('submitted', owner);
    return job;
  }

  takeNext() {
    return this.#waiting.shift() ?? null;
  }

  cancel(id) {
    const i = this.#waiting.findIndex((job) => job.id === id);
    if (i === -1) return null;
    const [job] = this.#waiting.splice(i, 1);
    job.state = 'cancelled';
    (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__.record)('cancelled', job.owner);
    return job;
  }

  get waiting() {
    return this.#waiting.map((job) => job.id);
  }
}

const queue = new JobQueue();


/***/ }),

/***/ "./src/stats.js":
/*!**********************!*\
  !*** ./src/stats.js ***!
  \**********************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addPages: () => (/* binding */ addPages),
/* harmony export */   byOwner: () => (/* binding */ byOwner),
/* harmony export */   record: () => (/* binding */ record),
/* harmony export */   totalPages: () => (/* binding */ totalPages)
/* harmony export */ });
let totalPages = 0;
const byOwner = {};

function record(event, owner) {
  const row = (byOwner[owner] ??= { submitted: 0, cancelled: 0, done: 0, pages: 0 });
  row[event] += 1;
}

function addPages(owner, n) {
  totalPages += n;
  byOwner[owner].pages += n;
}


/***/ }),

/***/ "./src/worker.js":
/*!***********************!*\
  !*** ./src/worker.js ***!
  \***********************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tick: () => (/* binding */ tick)
/* harmony export */ });
/* harmony import */ var _lib_printers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./lib/printers.js */ "./src/lib/printers.js");
/* harmony import */ var _lib_printers_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_lib_printers_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _queue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./queue.js */ "./src/queue.js");
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./stats.js */ "./src/stats.js");




function tick(name) {
  const printer = _lib_printers_js__WEBPACK_IMPORTED_MODULE_0___default().pool.get(name);
  if (!printer) return null;
  if (!printer.busy()) {
    const next = _queue_js__WEBPACK_IMPORTED_MODULE_1__.queue.takeNext();
    if (!next) return { printer: name, idle: true };
    next.state = 'printing';
    next.printer = name;
    printer.current = next;
  }
  const job = printer.current;
  const n = Math.min(printer.speed, job.left);
  job.left -= n;
  printer.printed += n;
  (0,_stats_js__WEBPACK_IMPORTED_MODULE_2__.addPages)(job.owner, n);
  if (job.left === 0) {
    job.state = 'done';
    printer.current = null;
    (0,_stats_js__WEBPACK_IMPORTED_MODULE_2__.record)('done', job.owner);
  }
  return { printer: name, job: job.id, printed: n, left: job.left };
}


/***/ }),

/***/ "express":
/*!**************************!*\
  !*** external "express" ***!
  \**************************/
/***/ ((module) => {

"use strict";
module.exports = require("express");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
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
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__webpack_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__webpack_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__webpack_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__webpack_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry needs to be wrapped in an IIFE because it needs to be in strict mode.
(() => {
"use strict";
/*!*********************!*\
  !*** ./src/main.js ***!
  \*********************/
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var express__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! express */ "express");
/* harmony import */ var express__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(express__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_printers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./lib/printers.js */ "./src/lib/printers.js");
/* harmony import */ var _lib_printers_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_lib_printers_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _queue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./queue.js */ "./src/queue.js");
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./stats.js */ "./src/stats.js");
/* harmony import */ var _worker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./worker.js */ "./src/worker.js");






const app = express__WEBPACK_IMPORTED_MODULE_0___default()();
app.use(express__WEBPACK_IMPORTED_MODULE_0___default().json());

app.post('/printers', (req, res) => {
  const { name, speed = 2 } = req.body;
  const printer = _lib_printers_js__WEBPACK_IMPORTED_MODULE_1___default().pool.add(name, speed);
  if (!printer) return res.status(409).json({ error: `printer ${name} exists` });
  res.status(201).json({ name: printer.name, speed: printer.speed });
});

app.get('/printers', (req, res) => {
  res.json(_lib_printers_js__WEBPACK_IMPORTED_MODULE_1___default().pool.describe());
});

app.post('/jobs', (req, res) => {
  const { owner, pages } = req.body;
  if (!owner || !(pages > 0)) return res.status(400).json({ error: 'owner and pages required' });
  const job = _queue_js__WEBPACK_IMPORTED_MODULE_2__.queue.submit(req.body);
  res.status(201).json({ id: job.id, priority: job.priority, waiting: _queue_js__WEBPACK_IMPORTED_MODULE_2__.queue.waiting });
});

app.get('/jobs/:id', (req, res) => {
  const job = _queue_js__WEBPACK_IMPORTED_MODULE_2__.queue.jobs.get(req.params.id);
  if (!job) return res.sendStatus(404);
  res.json(job);
});

app.delete('/jobs/:id', (req, res) => {
  const job = _queue_js__WEBPACK_IMPORTED_MODULE_2__.queue.cancel(req.params.id);
  if (!job) return res.status(409).json({ error: 'not waiting' });
  res.json({ cancelled: job.id, waiting: _queue_js__WEBPACK_IMPORTED_MODULE_2__.queue.waiting });
});

app.post('/printers/:name/tick', (req, res) => {
  const result = (0,_worker_js__WEBPACK_IMPORTED_MODULE_4__.tick)(req.params.name);
  if (!result) return res.sendStatus(404);
  res.json(result);
});

app.get('/stats', (req, res) => {
  res.json({ totalPages: _stats_js__WEBPACK_IMPORTED_MODULE_3__.totalPages, byOwner: _stats_js__WEBPACK_IMPORTED_MODULE_3__.byOwner, waiting: _queue_js__WEBPACK_IMPORTED_MODULE_2__.queue.waiting });
});

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`print-queue on :${port}`));

/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (app);

})();

module.exports = __webpack_exports__;
/******/ })()
;
