/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 118:
/***/ ((module) => {

"use strict";


class FlagStore {
  constructor() {
    this.flags = new Map();
    this.history = [];
    this.revision = 0;
  }

  upsert(key, patch) {
    const current = this.flags.get(key) || { key, enabled: false, rollout: 0, overrides: {} };
    const next = Object.assign({}, current, patch, { overrides: Object.assign({}, current.overrides, patch.overrides) });
    this.flags.set(key, next);
    this.revision += 1;
    this.history.push(`r${this.revision}:${key}`);
    return next;
  }

  get(key) {
    return this.flags.get(key);
  }

  keys() {
    return Array.from(this.flags.keys()).sort();
  }
}

module.exports = FlagStore;
module.exports.shared = new FlagStore();


/***/ }),

/***/ 860:
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
/******/ 	function __nccwpck_require__(moduleId) {
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
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat */
/******/ 	
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ src)
});

// EXTERNAL MODULE: external "express"
var external_express_ = __nccwpck_require__(860);
var external_express_default = /*#__PURE__*/__nccwpck_require__.n(external_express_);
// EXTERNAL MODULE: ./src/legacy/flag-store.js
var flag_store = __nccwpck_require__(118);
var flag_store_default = /*#__PURE__*/__nccwpck_require__.n(flag_store);
;// CONCATENATED MODULE: ./src/bucket.ts
function bucketOf(flag, user) {
    let h = 7;
    for (const ch of `${flag}:${user}`)
        h = (h * 31 + ch.charCodeAt(0)) % 1000;
    return h % 100;
}

;// CONCATENATED MODULE: ./src/evaluator.ts


class Evaluator {
    store;
    cache = new Map();
    seenRevision = -1;
    stats = { evaluations: 0, cacheHits: 0, flushes: 0 };
    constructor(store) {
        this.store = store;
    }
    evaluate(key, user) {
        this.stats.evaluations++;
        if (this.seenRevision !== this.store.revision) {
            this.cache.clear();
            this.seenRevision = this.store.revision;
            this.stats.flushes++;
        }
        const id = `${key}|${user}`;
        const hit = this.cache.get(id);
        if (hit) {
            this.stats.cacheHits++;
            return hit;
        }
        const flag = this.store.get(key);
        let result;
        if (!flag)
            result = { key, on: false, why: 'unknown' };
        else if (user in flag.overrides)
            result = { key, on: flag.overrides[user], why: 'override' };
        else if (!flag.enabled)
            result = { key, on: false, why: 'disabled' };
        else {
            const bucket = bucketOf(key, user);
            result = { key, on: bucket < flag.rollout, why: `bucket ${bucket}/${flag.rollout}` };
        }
        this.cache.set(id, result);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/index.ts



const evaluator = new Evaluator((flag_store_default()).shared);
const app = external_express_default()();
app.use(external_express_default().json());
app.put('/flags/:key', (req, res) => {
    const flag = (flag_store_default()).shared.upsert(req.params.key, req.body);
    res.json({ flag, revision: (flag_store_default()).shared.revision });
});
app.get('/flags', (_req, res) => {
    res.json({ keys: (flag_store_default()).shared.keys(), history: (flag_store_default()).shared.history });
});
app.get('/eval/:user', (req, res) => {
    const keys = String(req.query.flags ?? '').split(',').filter(Boolean);
    res.json(keys.map((key) => evaluator.evaluate(key, req.params.user)));
});
app.get('/stats', (_req, res) => {
    res.json({ ...evaluator.stats, cached: evaluator.cache.size });
});
app.listen(Number(process.env.PORT ?? 3000));
/* harmony default export */ const src = (app);

})();

module.exports = __webpack_exports__;
/******/ })()
;
