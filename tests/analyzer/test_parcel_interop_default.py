"""Parcel 2's CommonJS output imports a package's default export through its own helper, which answers the
default itself (not a `{ default }` wrapper as tsc's and Babel's do): `(0, ($parcel$interopDefault($9TWv7$express)))()`.
The analysis did not know it: the service had no app, no route fluxion, and its handlers ran in the stateless HTTP
unit, writing the limiter's buckets there (fresh27a-parcel-rate-limits, verify mode: "unit __http wrote ...")."""
from .helpers import group_of, kind_of, routes, same_group, stateful

SOURCE = """
    var $9TWv7$express = require("express");
    function $parcel$interopDefault(a) {
      return a && a.__esModule ? a.default : a;
    }
    let $b7dc1e2a0d3c9f44$var$now = 0;
    const $4fa36e821943b400$var$app = (0, ($parcel$interopDefault($9TWv7$express)))();
    $4fa36e821943b400$var$app.use((0, ($parcel$interopDefault($9TWv7$express))).json());
    $4fa36e821943b400$var$app.post("/tick", (req, res)=>{
        $b7dc1e2a0d3c9f44$var$now += 1;
        res.json({ now: $b7dc1e2a0d3c9f44$var$now });
    });
    $4fa36e821943b400$var$app.listen(3000);
"""


def test_an_app_made_through_parcels_interop_helper_has_its_routes():
    assert ("POST", "/tick", 8) in routes(SOURCE)
    assert stateful(SOURCE, 8)


REQUIRE = """
    var $9TWv7$express = require("express");
    var $parcel$global = globalThis;
    function $parcel$interopDefault(a) {
      return a && a.__esModule ? a.default : a;
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
        throw new Error("Cannot find module '" + id + "'");
      };
      parcelRequire.register = function register(id, init) {
        $parcel$inits[id] = init;
      };
      $parcel$global["parcelRequire5b4e"] = parcelRequire;
    }
    var parcelRegister = parcelRequire.register;
    parcelRegister("kL1pQ", function(module, exports) {
      let lookups = 0;
      module.exports = { plan() { lookups++; return lookups; } };
    });
    const $4fa36e821943b400$var$app = (0, ($parcel$interopDefault($9TWv7$express)))();
    $4fa36e821943b400$var$app.get("/plan", (req, res)=>{
        res.json({ n: (parcelRequire("kL1pQ")).plan() });
    });
    $4fa36e821943b400$var$app.get("/again", (req, res)=>{
        res.json({ n: (parcelRequire("kL1pQ")).plan() });
    });
"""


def test_parcels_require_of_a_wrapped_module_changes_its_module_table():
    """`var parcelRequire = $parcel$global["parcelRequire5b4e"]; if (parcelRequire == null) { parcelRequire =
    function(id) {...} }`: a call of `parcelRequire` runs that function (the global holds only such a function, set
    just below). Unknown, the first request's `$parcel$modules[id] = module` (and `delete $parcel$inits[id]`) were
    no writes: `$parcel$modules` stayed main's empty table on the other node, where the init was gone from the
    group's `$parcel$inits`: "Cannot find module 'kL1pQ'" (500) once the units moved."""
    assert stateful(REQUIRE, 35)
    assert kind_of(REQUIRE, "$parcel$modules") == "share"
    assert group_of(REQUIRE, 35) is not None and same_group(REQUIRE, 35, 38)
