"""Runtime bugs the third fresh corpus (tests/services/fresh3-*) found, each on a
LocalService (two isolates: every message may run in another isolate than the
one before, so values cross a serialization boundary between messages)."""

from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\napp.use((err, req, res, next) => res.status(500).json({ error: err.message }));\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_methods_a_mixin_copied_onto_a_prototype_are_there_on_every_node():
    """fresh3-mixin-accounts: `Object.assign(Account.prototype, Freezable)` with a mixin
    object of another module: main's prototype has the mixin's methods, and so must
    the prototype of a node that loaded the modules without running main."""
    mixins = "module.exports = { Freezable: { assertActive() { if (this.frozen) throw new Error('frozen'); } } };\n"
    model = """const { Freezable } = require('./mixins');
function Account(id) { this.id = id; this.balance = 0; }
Account.prototype.deposit = function deposit(amount) { this.assertActive(); this.balance += amount; return this; };
Object.assign(Account.prototype, Freezable);
class Wallet { constructor() { this.coins = 0; } }
Object.assign(Wallet.prototype, { add(n) { this.coins += n; return this.coins; } });
module.exports = { Account, Wallet };
"""
    with service("""
const { Account, Wallet } = require('./models');
const accounts = {};
const wallet = new Wallet();
app.post('/a/:id', (req, res) => { accounts[req.params.id] = new Account(req.params.id); res.json(accounts[req.params.id]); });
app.post('/a/:id/deposit', (req, res) => res.json({ balance: accounts[req.params.id].deposit(5).balance }));
app.post('/wallet', (req, res) => res.json({ coins: wallet.add(2) }));""", **{"models.js": model, "mixins.js": mixins}) as svc:
        svc.request("POST", "/a/x")
        assert svc.request("POST", "/a/x/deposit").json() == {"balance": 5}
        assert svc.request("POST", "/a/x/deposit").json() == {"balance": 10}
        assert svc.request("POST", "/wallet").json() == {"coins": 2}
        assert svc.request("POST", "/wallet").json() == {"coins": 4}


def test_a_function_with_an_arrow_as_a_default_parameter_compiles():
    """fresh3-lodash-state: `function memoize(fn, keyOf = (x) => x) {...}`: the arrow of the
    default parameter lies in no block of the body, and the deployment failed on it."""
    with service("""
function memoize(fn, keyOf = (x) => x) {
  const cache = new Map();
  const memo = (arg) => (cache.has(keyOf(arg)) ? cache.get(keyOf(arg)) : (cache.set(keyOf(arg), fn(arg)), cache.get(keyOf(arg))));
  return memo;
}
const double = memoize((n) => n * 2);
app.get('/double/:n', (req, res) => res.json(double(Number(req.params.n))));""") as svc:
        assert svc.request("GET", "/double/21").json() == 42


def test_trust_proxy_gives_the_client_address_as_express_does():
    """fresh3-rate-limits: with `app.set('trust proxy', ...)`, Express computes req.ip,
    req.ips, req.protocol and req.hostname from X-Forwarded-For/-Proto/-Host (proxy-addr);
    the runtime gave the socket's address whatever the setting. (Answers of Node.js 20 +
    Express 4.21.2 for these headers.)"""
    headers = {"x-forwarded-for": "10.0.0.1, 10.0.0.2", "x-forwarded-proto": "https",
               "x-forwarded-host": "shop.example:8443", "host": "localhost:3000"}
    behind = {"protocol": "https", "secure": True, "hostname": "shop.example"}
    expected = {
        "false": {"ip": "::ffff:127.0.0.1", "ips": [], "protocol": "http", "secure": False, "hostname": "localhost"},
        "true": {"ip": "10.0.0.1", "ips": ["10.0.0.1", "10.0.0.2"], **behind},
        "1": {"ip": "10.0.0.2", "ips": ["10.0.0.2"], **behind},
        "'loopback'": {"ip": "10.0.0.2", "ips": ["10.0.0.2"], **behind},
    }
    for value, answer in expected.items():
        with service(f"""
app.set('trust proxy', {value});
app.get('/who', (req, res) => res.json({{ ip: req.ip, ips: req.ips, protocol: req.protocol, secure: req.secure,
                                         hostname: req.hostname }}));""") as svc:
            assert svc.request("GET", "/who", headers=headers).json() == answer, value


def test_closures_of_one_call_keep_one_binding_when_one_of_them_reassigns_it():
    """fresh3-redux-store: createStore's `listeners`, reassigned by the unsubscribe closure
    (`listeners = listeners.filter(...)`) and read by dispatch: both closures, kept in module
    state, must still share the variable after they travel, not each hold a copy. (It failed here
    while `store` and `off` were read-only copies of main's closures: the listener `off` compares
    with was not the one in the cell; the handlers calling them now write them.)"""
    with service("""
function createStore() {
  let listeners = [];
  return {
    subscribe(fn) { listeners.push(fn); return () => { listeners = listeners.filter((l) => l !== fn); }; },
    fire() { listeners.slice().forEach((l) => l()); return listeners.length; },
  };
}
const store = createStore();
let calls = 0;
const off = store.subscribe(() => { calls++; });
app.post('/fire', (req, res) => res.json({ n: store.fire(), calls }));
app.post('/off', (req, res) => { off(); res.json({ n: store.fire(), calls }); });""") as svc:
        assert svc.request("POST", "/fire").json() == {"n": 1, "calls": 1}
        assert svc.request("POST", "/off").json() == {"n": 0, "calls": 1}
        assert svc.request("POST", "/fire").json() == {"n": 0, "calls": 1}


def test_a_getter_defined_on_module_exports_reads_the_current_value_on_every_node():
    """fresh3-layered-notes: `Object.defineProperty(module.exports, 'issued', { get: () => issued })`:
    main's snapshot held the getter's value at the time (0), and nodes answered it forever."""
    ids = """let issued = 0;
function nextId() { issued++; return issued; }
module.exports = { nextId };
Object.defineProperty(module.exports, 'issued', { get: () => issued, enumerable: true });
"""
    with service("""
const ids = require('./ids');
app.post('/ids', (req, res) => res.json({ id: ids.nextId() }));
app.get('/stats', (req, res) => res.json({ issued: ids.issued, keys: Object.keys(ids) }));""", **{"ids.js": ids}) as svc:
        svc.request("POST", "/ids")
        svc.request("POST", "/ids")
        for _ in range(2):
            assert svc.request("GET", "/stats").json() == {"issued": 2, "keys": ["nextId", "issued"]}
