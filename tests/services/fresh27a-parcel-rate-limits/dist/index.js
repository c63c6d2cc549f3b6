var $9TWv7$express = require("express");


var $parcel$global = globalThis;

function $parcel$interopDefault(a) {
  return a && a.__esModule ? a.default : a;
}

function $parcel$export(e, n, v, s) {
  Object.defineProperty(e, n, {get: v, set: s, enumerable: true, configurable: true});
}

var $parcel$modules = {};
var $parcel$inits = {};

var parcelRequire = $parcel$global["parcelRequire5b4e"];

if (parcelRequire == null) {
  parcelRequire = function(id) {
    if (id in $parcel$modules) {
      return $parcel$modules[id].exports;
    }
    if (id in $parcel$inits) {
      var init = $parcel$inits[id];
      delete $parcel$inits[id];
      var module = {id: id, exports: {}};
      $parcel$modules[id] = module;
      init.call(module.exports, module, module.exports);
      return module.exports;
    }
    var err = new Error("Cannot find module '" + id + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  };

  parcelRequire.register = function register(id, init) {
    $parcel$inits[id] = init;
  };

  $parcel$global["parcelRequire5b4e"] = parcelRequire;
}

var parcelRegister = parcelRequire.register;
parcelRegister("kL1pQ", function(module, exports) {
// Quotas per plan, kept by the billing team as a plain CommonJS file.
const plans = {
    free: {
        capacity: 3,
        refill: 1
    },
    pro: {
        capacity: 6,
        refill: 3
    }
};
let lookups = 0;
module.exports = {
    planFor (key) {
        lookups++;
        return key.startsWith("pro_") ? plans.pro : plans.free;
    },
    get lookups () {
        return lookups;
    }
};

});


$parcel$export(module.exports, "default", () => $4fa36e821943b400$export$2e2bcd8739ae039);
$parcel$export(module.exports, "limiter", () => $4fa36e821943b400$export$b3a1f3e4c6f5a2b1);

let $b7dc1e2a0d3c9f44$var$now = 0;
function $b7dc1e2a0d3c9f44$export$9b2a4d3f1c0e7a55(ticks) {
    $b7dc1e2a0d3c9f44$var$now += ticks;
    return $b7dc1e2a0d3c9f44$var$now;
}
function $b7dc1e2a0d3c9f44$export$461939dd4422153() {
    return $b7dc1e2a0d3c9f44$var$now;
}


class $d08f6a3b5e2c1a97$export$6e7c8f2b1a9d3e45 {
    buckets = new Map();
    denied = {};
    take(key) {
        const plan = (parcelRequire("kL1pQ")).planFor(key);
        const now = (0, $b7dc1e2a0d3c9f44$export$461939dd4422153)();
        const bucket = this.buckets.get(key) ?? {
            tokens: plan.capacity,
            at: now
        };
        bucket.tokens = Math.min(plan.capacity, bucket.tokens + (now - bucket.at) * plan.refill);
        bucket.at = now;
        this.buckets.set(key, bucket);
        if (bucket.tokens < 1) {
            this.denied[key] = (this.denied[key] ?? 0) + 1;
            return {
                ok: false,
                left: 0
            };
        }
        bucket.tokens -= 1;
        return {
            ok: true,
            left: bucket.tokens
        };
    }
}



const $4fa36e821943b400$export$b3a1f3e4c6f5a2b1 = new (0, $d08f6a3b5e2c1a97$export$6e7c8f2b1a9d3e45)();
const $4fa36e821943b400$var$app = (0, ($parcel$interopDefault($9TWv7$express)))();
$4fa36e821943b400$var$app.use((req, res, next)=>{
    const key = req.get("x-api-key");
    if (!key) return res.status(401).json({
        error: "missing key"
    });
    const verdict = $4fa36e821943b400$export$b3a1f3e4c6f5a2b1.take(key);
    res.set("x-ratelimit-remaining", String(verdict.left));
    if (!verdict.ok) return res.status(429).json({
        error: "slow down"
    });
    next();
});
$4fa36e821943b400$var$app.get("/work", (req, res)=>{
    res.json({
        done: true,
        at: (0, $b7dc1e2a0d3c9f44$export$461939dd4422153)()
    });
});
$4fa36e821943b400$var$app.post("/tick", (req, res)=>{
    res.json({
        now: (0, $b7dc1e2a0d3c9f44$export$9b2a4d3f1c0e7a55)(Number(req.query.n ?? 1))
    });
});
$4fa36e821943b400$var$app.get("/report", (req, res)=>{
    res.json({
        denied: $4fa36e821943b400$export$b3a1f3e4c6f5a2b1.denied,
        keys: [
            ...$4fa36e821943b400$export$b3a1f3e4c6f5a2b1.buckets.keys()
        ],
        lookups: (parcelRequire("kL1pQ")).lookups
    });
});
$4fa36e821943b400$var$app.listen(Number(process.env.PORT ?? 3000));
var $4fa36e821943b400$export$2e2bcd8739ae039 = $4fa36e821943b400$var$app;


//# sourceMappingURL=index.js.map
