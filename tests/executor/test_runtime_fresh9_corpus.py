"""Runtime bugs the ninth differential corpus (tests/services/fresh9-*, small services as
people write them today) found, each on a LocalService (two isolates: every message may run
in another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_a_hidden_data_field_defined_with_object_define_property_travels():
    """fresh9-warehouse: `Object.defineProperty(this, 'version', {value: 0, writable: true,
    enumerable: false})` in a singleton's constructor, bumped by its methods: not among JSON's
    keys, it must still travel, hidden, with its value (it arrived missing: `version` undefined)."""
    with service("""
class Inventory {
  constructor() {
    this.items = {};
    Object.defineProperty(this, 'version', { value: 0, writable: true, enumerable: false });
  }
  add(sku) { this.items[sku] = (this.items[sku] ?? 0) + 1; this.version++; }
}
const inventory = new Inventory();
const tags = Object.defineProperty({ n: 1 }, 'fixed', { value: 'kept' });
app.post('/add/:sku', (req, res) => {
  inventory.add(req.params.sku);
  res.json({ version: inventory.version, keys: Object.keys(inventory), fixed: tags.fixed,
             writable: Object.getOwnPropertyDescriptor(tags, 'fixed').writable });
});""") as svc:
        for n in (1, 2, 3):
            assert svc.request("POST", "/add/a").json() == {"version": n, "keys": ["items"], "fixed": "kept",
                                                            "writable": False}
