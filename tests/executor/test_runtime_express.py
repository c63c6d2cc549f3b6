"""The runtime's Express against Express 4's behaviour, on a LocalService."""
from tests.executor.runtime_harness import LocalService


EXPRESS = "var express = require('express');\nvar app = express();\n"
END = "\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": EXPRESS + code + END, **files})


def test_routing_settings_are_read_when_the_router_is_made():
    with service("""
app.set('case sensitive routing', true);
app.set('strict routing', true);
app.get('/Case', function upper(req, res) { res.send('upper'); });
app.get('/strict/', function slash(req, res) { res.send('slash'); });
app.get('/strict', function noSlash(req, res) { res.send('no slash'); });
app.set('case sensitive routing', false);  // too late: Express's router exists
""") as svc:
        assert svc.request("GET", "/Case").text == "upper"
        assert svc.request("GET", "/case").status == 404
        assert svc.request("GET", "/strict/").text == "slash"
        assert svc.request("GET", "/strict").text == "no slash"


def test_routing_is_loose_by_default():
    with service("app.get('/Case/', function r(req, res) { res.send('ok'); });") as svc:
        assert svc.request("GET", "/case").text == "ok"


def test_req_is_answers_the_actual_type_for_a_wildcard():
    with service("""
app.post('/is', function is(req, res) {
  res.json([req.is('text/*'), req.is('json', 'text'), req.is('+json'), req.is(['text/plain']), req.is()]);
});""") as svc:
        answer = svc.request("POST", "/is", {"content-type": "text/plain; charset=utf-8"}, "hi")
        assert answer.json() == ["text/plain", "text", False, "text/plain", "text/plain"]
        answer = svc.request("POST", "/is", {"content-type": "application/ld+json"}, "{}")
        assert answer.json() == [False, False, "application/ld+json", False, "application/ld+json"]


def test_jsonp_with_and_without_a_callback():
    with service("""
app.set('jsonp callback name', 'cb');
app.get('/p', function p(req, res) { res.jsonp({ ok: '\\u2028<' }); });""") as svc:
        plain = svc.request("GET", "/p")
        assert plain.header("content-type") == "application/json; charset=utf-8"
        assert plain.header("x-content-type-options") == "nosniff"
        assert plain.body == '{"ok":"\u2028<"}'.encode()
        called = svc.request("GET", "/p?cb=show!me")
        assert called.header("content-type") == "text/javascript; charset=utf-8"
        assert called.text == "/**/ typeof showme === 'function' && showme({\"ok\":\"\\u2028<\"});"


STATIC = {"public/a.txt": "hello world", "public/sub/index.html": "<p>sub</p>", "public/.secret": "s",
          "secret.txt": "outside"}


def static_service(options=""):
    return service(f"app.use('/s', express.static(require('path').join(__dirname, 'public'){options}));", **STATIC)


def test_static_serves_files_with_their_type():
    with static_service() as svc:
        answer = svc.request("GET", "/s/a.txt")
        assert (answer.status, answer.text) == (200, "hello world")
        assert answer.header("content-type") == "text/plain; charset=UTF-8"
        assert answer.header("accept-ranges") == "bytes"
        assert svc.request("GET", "/s/sub/").text == "<p>sub</p>"
        head = svc.request("HEAD", "/s/a.txt")
        assert (head.status, head.body, head.header("content-length")) == (200, b"", "11")


def test_static_redirects_a_folder_to_its_slash_keeping_the_query():
    with static_service() as svc:
        answer = svc.request("GET", "/s/sub?x=1")
        assert answer.status == 301 and answer.header("location") == "/s/sub/?x=1"
        assert "<title>Redirecting</title>" in answer.text and "<pre>Redirecting to /s/sub/?x=1</pre>" in answer.text
        assert svc.request("GET", "/s").header("location") == "/s/"


def test_static_ranges():
    with static_service() as svc:
        answer = svc.request("GET", "/s/a.txt", {"range": "bytes=6-"})
        assert (answer.status, answer.text, answer.header("content-range")) == (206, "world", "bytes 6-10/11")
        unsatisfiable = svc.request("GET", "/s/a.txt", {"range": "bytes=20-30"})
        assert unsatisfiable.status == 416 and unsatisfiable.header("content-range") == "bytes */11"
        several = svc.request("GET", "/s/a.txt", {"range": "bytes=0-1,5-6"})
        assert (several.status, several.text) == (200, "hello world")


def test_static_falls_through_for_what_it_does_not_serve():
    with static_service() as svc:
        for path in ["/s/missing.txt", "/s/%2e%2e/secret.txt", "/s/.secret", "/s/%E0%A4%A"]:
            answer = svc.request("GET", path)
            assert answer.status == 404 and f"Cannot GET {path}" in answer.text, path
        assert svc.request("POST", "/s/a.txt").status == 404


def test_static_without_fallthrough_answers_its_errors():
    with static_service(", { fallthrough: false, index: false, redirect: false }") as svc:
        assert "<pre>Not Found</pre>" in svc.request("GET", "/s/missing.txt").text
        assert "<pre>Not Found</pre>" in svc.request("GET", "/s/sub").text
        assert "<pre>Not Found</pre>" in svc.request("GET", "/s/sub/").text
        assert "<pre>Forbidden</pre>" in svc.request("GET", "/s/%2e%2e/secret.txt").text
        post = svc.request("POST", "/s/a.txt")
        assert (post.status, post.header("allow")) == (405, "GET, HEAD")


def test_static_extensions_option():
    with static_service(", { extensions: ['txt'] }") as svc:
        assert svc.request("GET", "/s/a").text == "hello world"


def test_static_max_age_as_a_duration():
    with static_service(", { maxAge: '1d', immutable: true }") as svc:
        assert svc.request("GET", "/s/a.txt").header("cache-control") == "public, max-age=86400, immutable"


SAME_CODE = """
var defined = [];
['/old/*', '/opt/:id?'].forEach(function (p) {
  try { app.get(p, function h(req, res) { res.send('matched ' + p); }); defined.push(p); }
  catch (e) { defined.push(e.name); }
});
app.get('/defined', function d(req, res) { res.json(defined); });
app.get('/apis', function a(req, res) {
  req.query = {replaced: true};
  res.json([typeof req.param, typeof app.del, req.query, app.get('query parser')]);
});
app.get('/send', function s(req, res) { res.send(404); });
"""


def test_express_4_and_5_by_the_range_in_package_json():
    five = {"package.json": '{"dependencies": {"express": "^5.1.0"}}'}
    four = {"package.json": '{"dependencies": {"express": "^4.21.2"}}'}
    with service(SAME_CODE, **four) as svc:
        assert svc.request("GET", "/defined").json() == ["/old/*", "/opt/:id?"]
        assert svc.request("GET", "/old/a/b").text == "matched /old/*"
        assert svc.request("GET", "/apis?x=1").json() == ["function", "function", {"replaced": True}, "extended"]
        assert svc.request("GET", "/send").status == 404
    with service(SAME_CODE, **five) as svc:
        assert svc.request("GET", "/defined").json() == ["TypeError", "TypeError"]
        assert svc.request("GET", "/old/a/b").status == 404
        assert svc.request("GET", "/apis?x=1").json() == ["undefined", "undefined", {"x": "1"}, "simple"]
        answer = svc.request("GET", "/send")
        assert (answer.status, answer.text) == (200, "404")


SUB_APP_SETTINGS = """
var express = require('express');
var app = express();
var admin = express();
app.set('title', 'main');
admin.set('own', 'admin');
app.use('/admin', admin);
admin.get('/settings', function (req, res) {
  res.json({ title: req.app.get('title'), own: admin.get('own'), uploads: admin.enabled('uploads'),
             off: admin.disabled('uploads') });
});
admin.post('/title', function (req, res) { req.app.set('title', 'admin'); res.json(admin.get('title')); });
app.post('/uploads', function (req, res) { app.enable('uploads'); res.json(app.get('title')); });
app.set('json spaces', 1);
module.exports = app;
"""


def test_a_mounted_sub_app_inherits_the_settings_it_has_not_set():
    """Express links a sub-app's settings to its parent's on 'mount': `admin.get('title')` is the
    parent's until the sub-app sets its own, also for settings the parent sets later (json spaces,
    `app.enable`), on any node (fresh16-subapp-settings)."""
    with LocalService({"app.js": SUB_APP_SETTINGS}, nodes=2) as svc:
        assert svc.request("GET", "/admin/settings").text == \
            '{\n "title": "main",\n "own": "admin",\n "uploads": false,\n "off": true\n}'
        assert svc.request("POST", "/uploads").json() == "main"
        assert svc.request("GET", "/admin/settings").json()["uploads"] is True
        assert svc.request("POST", "/admin/title").json() == "admin"
        assert svc.request("GET", "/admin/settings").json()["title"] == "admin"
        assert svc.request("POST", "/uploads").json() == "main"


SUB_APP_TRUST_PROXY = """
const express = require('express');
const app = express();
app.set('trust proxy', true);
const admin = express();
const strict = express();
strict.set('trust proxy', false);
admin.get('/ip', (req, res) => res.json({ ip: req.ip, proto: req.protocol, tp: admin.get('trust proxy') }));
strict.get('/ip', (req, res) => res.json({ ip: req.ip, proto: req.protocol }));
app.use('/admin', admin);
app.use('/strict', strict);
app.get('/ip', (req, res) => res.json({ ip: req.ip }));
module.exports = app;
"""


def test_a_mounted_sub_app_trusts_the_proxy_as_its_parent_unless_it_set_its_own():
    """Express's 'mount' drops a sub-app's default "trust proxy" (its parent's applies), on any node."""
    forwarded = {"x-forwarded-for": "10.1.2.3", "x-forwarded-proto": "https"}
    with LocalService({"app.js": SUB_APP_TRUST_PROXY}, nodes=2) as svc:
        assert svc.request("GET", "/ip", headers=forwarded).json() == {"ip": "10.1.2.3"}
        assert svc.request("GET", "/admin/ip", headers=forwarded).json() == {"ip": "10.1.2.3", "proto": "https", "tp": True}
        assert svc.request("GET", "/strict/ip", headers=forwarded).json()["proto"] == "http"
        assert svc.request("GET", "/admin/ip", headers=forwarded).json()["ip"] == "10.1.2.3"


APP_ROUTER = """
const express = require('express');
const app = express();
let checks = 0;
const seen = [];
app.router.get('/health', (req, res) => {
  checks++;
  res.json({ checks, layers: app.router.stack.length, same: app.router === app.router });
});
app.router.use('/log', (req, res, next) => { seen.push(req.path); next(); })
  .post('/log/:what', (req, res) => res.json(seen));
app.get('/four', (req, res) => {
  try { res.json(typeof app.router); } catch (e) { res.json(e.message.split('\\n')[0]); }
});
module.exports = app;
"""


def test_app_router_is_the_apps_router_in_express_5():
    """Express 5's `app.router` is a getter giving the app's router (made on its first read): routes added
    on it are the app's, its methods chain; Express 4's throws (fresh24a-esm-flags: `app.router.get(...)`
    failed main with "Cannot read properties of undefined")."""
    five = {"package.json": '{"dependencies": {"express": "^5.1.0"}}'}
    with LocalService({"app.js": APP_ROUTER, **five}, nodes=2) as svc:
        assert svc.request("GET", "/health").json() == {"checks": 1, "layers": 4, "same": True}
        assert svc.request("GET", "/health").json()["checks"] == 2
        assert svc.request("POST", "/log/a").json() == ["/a"]
        assert svc.request("POST", "/log/b").json() == ["/a", "/b"]
        assert svc.request("GET", "/health").json()["checks"] == 3
        assert svc.request("GET", "/four").json() == "function"
    four = {"package.json": '{"dependencies": {"express": "^4.21.2"}}'}
    with LocalService({"app.js": APP_ROUTER.replace("app.router.get('/health'", "app.get('/health'")
                       .replace("app.router.use(", "app.use(").replace("app.router.stack", "app.stack"),
                       **four}) as svc:
        assert svc.request("GET", "/four").json() == "'app.router' is deprecated!"


BODIES = """
const express = require('express');
const app = express();
app.post('/form', express.urlencoded(), (req, res) => res.json(req.body));
app.post('/json', express.json(), (req, res) => res.json(req.body));
app.use((err, req, res, next) => res.status(err.status).json({ message: err.message, type: err.type }));
module.exports = app;
"""
FORM = {"content-type": "application/x-www-form-urlencoded"}


def test_express_5_parses_a_flat_urlencoded_body_as_qs_at_depth_0():
    """body-parser 2's non-extended urlencoded parser is qs with depth 0: names stay whole (`user[age]`), as
    Node's querystring leaves them, but an empty name and `__proto__` are dropped and a name in brackets loses
    them (checked against Express 5.1)."""
    with LocalService({"app.js": BODIES, "package.json": '{"dependencies": {"express": "^5.1.0"}}'}) as svc:
        assert svc.request("POST", "/form", FORM, "=1&c&d=%20&user[age]=3").json() == {"c": "", "d": " ", "user[age]": "3"}
        assert svc.request("POST", "/form", FORM, "[a]=1&a=2&a]=b=c").json() == {"a": ["1", "2"], "a]": "b=c"}
        assert svc.request("POST", "/form", FORM, "__proto__=1&toString=2&a+b=c+d").json() == {"toString": "2", "a b": "c d"}


def test_a_strict_json_body_error_has_json_parses_own_message():
    """body-parser's strict mode makes its SyntaxError from JSON.parse of the text with '#'s from the first
    character on, the '#'s given back: V8's message for the text (`Unexpected token 'n', "null" is not valid
    JSON`), not V8 10's `Unexpected token n in JSON at position 0`, for Express 4 and 5."""
    for version in ("^4.21.2", "^5.1.0"):
        with LocalService({"app.js": BODIES, "package.json": '{"dependencies": {"express": "%s"}}' % version}) as svc:
            json_type = {"content-type": "application/json"}
            assert svc.request("POST", "/json", json_type, "null").json() == \
                {"message": "Unexpected token 'n', \"null\" is not valid JSON", "type": "entity.parse.failed"}
            assert svc.request("POST", "/json", json_type, ' "str"').json()["message"] == \
                "Unexpected token '\"', \" \"str\"\" is not valid JSON"


def test_express_5_clear_cookie_ignores_the_expiry_it_is_given():
    code = """const express = require('express');
const app = express();
app.get('/', (req, res) => res.clearCookie('a', { expires: new Date(86400000), maxAge: 5, path: '/x' }).json(res.get('Set-Cookie')));
module.exports = app;
"""
    with LocalService({"app.js": code, "package.json": '{"dependencies": {"express": "^5.1.0"}}'}) as svc:
        assert svc.request("GET", "/").json() == "a=; Path=/x; Expires=Thu, 01 Jan 1970 00:00:00 GMT"


def test_static_ignores_a_dot_folder_in_express_5_only():
    """send 1 (Express 5's serve-static 2) ignores every path part starting with a dot by default; send 0.19
    (Express 4) only a dotfile named last (checked against both: `/.hidden/x.txt` is 404 in Express 5)."""
    files = {"public/.hidden/x.txt": "secret", "public/.env": "env", "public/ok.txt": "ok"}
    for version, status in (("^4.21.2", 200), ("^5.1.0", 404)):
        with service("app.use(express.static(require('path').join(__dirname, 'public')));", **files,
                     **{"package.json": '{"dependencies": {"express": "%s"}}' % version}) as svc:
            assert svc.request("GET", "/.hidden/x.txt").status == status
            assert svc.request("GET", "/.env").status == 404
            assert svc.request("GET", "/ok.txt").text == "ok"


SEND_FILE = """
const express = require('express');
const path = require('path');
const app = express();
const root = path.join(__dirname, 'files');
app.get('/f/:name', (req, res) => res.sendFile(req.params.name, { root, headers: { 'x-file': req.params.name } }));
app.get('/cb/:name', (req, res) => res.sendFile(req.params.name, { root }, (err) => {
  if (err) res.status(err.status).json({ code: err.code ?? null, expose: err.expose });
}));
app.get('/rel', (req, res) => res.sendFile('files/a.txt'));
app.get('/dir', (req, res) => res.sendFile('sub', { root }));
app.get('/dl', (req, res) => res.download(path.join(root, 'a.txt'), 'report.csv'));
app.use((req, res) => res.status(404).json('fell through'));
app.use((err, req, res, next) => res.status(err.status ?? 500).json(err.message.split(',')[0]));
module.exports = app;
"""
SEND_FILE_FILES = {"app.js": SEND_FILE, "files/a.txt": "hello", "files/.env": "env", "files/sub/x.txt": "x",
                   "files/.secret/k.txt": "k"}


def test_send_file_goes_through_send():
    """res.sendFile is Express's over send: a `..` under `root` is 403 (it served the file outside `root`), a
    dotfile 404, `headers` are set, a relative path without `root` throws, a directory goes on to the next
    handler, ranges are served; res.download's type is the file's, not the download name's (checked against
    Express 4.21 and 5.1; Express 5 also ignores a dot folder)."""
    for version in ("^4.21.2", "^5.1.0"):
        files = dict(SEND_FILE_FILES, **{"package.json": '{"dependencies": {"express": "%s"}}' % version})
        with LocalService(files) as svc:
            a = svc.request("GET", "/f/a.txt")
            assert (a.status, a.text, a.header("x-file")) == (200, "hello", "a.txt")
            assert svc.request("GET", "/f/..%2Fapp.js").json() == "Forbidden"
            assert svc.request("GET", "/cb/..%2Fapp.js").json() == {"code": None, "expose": True}
            assert svc.request("GET", "/f/.env").json() == "Not Found"
            assert svc.request("GET", "/cb/missing").json() == {"code": "ENOENT", "expose": False}
            assert svc.request("GET", "/f/.secret%2Fk.txt").status == (404 if version == "^5.1.0" else 200)
            assert svc.request("GET", "/rel").json() == "path must be absolute or specify root to res.sendFile"
            assert svc.request("GET", "/dir").json() == "fell through"
            assert svc.request("GET", "/f/a.txt", {"range": "bytes=1-2"}).text == "el"
            dl = svc.request("GET", "/dl")
            assert dl.header("content-type").startswith("text/plain")
            assert dl.header("content-disposition") == 'attachment; filename="report.csv"'


def test_cookies_are_serialized_by_cookie_0_7():
    """res.cookie serializes with cookie 0.7 as Express 4.21 and 5.1 do: `partitioned` and `priority` were left out,
    an invalid `sameSite` or name throws (checked against both)."""
    code = """const express = require('express');
const app = express();
app.get('/', (req, res) => {
  res.cookie('a', 'b', { partitioned: true, secure: true, priority: 'High', sameSite: 'lax', httpOnly: true });
  res.cookie('n', 1, { path: null, domain: 'example.com' });
  const errors = [];
  try { res.cookie('c', 'd', { sameSite: 'sometimes' }); } catch (e) { errors.push(e.message); }
  try { res.cookie('bad name', 'd'); } catch (e) { errors.push(e.message); }
  res.json([...res.get('Set-Cookie'), ...errors]);
});
module.exports = app;
"""
    for version in ("^4.21.2", "^5.1.0"):
        with LocalService({"app.js": code, "package.json": '{"dependencies": {"express": "%s"}}' % version}) as svc:
            answer = svc.request("GET", "/")
            assert answer.json() == ["a=b; Path=/; HttpOnly; Secure; Partitioned; Priority=High; SameSite=Lax",
                                     "n=1; Domain=example.com; Path=/", "option sameSite is invalid",
                                     "argument name is invalid"]


def test_express_5_answers_options_as_router_2():
    """Express 5's automatic OPTIONS answer is router 2's: the methods sorted and unique, joined by ", ", as
    text/plain with nosniff (Express 4's is "GET,HEAD" sent as HTML); checked against both."""
    code = """const express = require('express');
const app = express();
app.route('/r').post((req, res) => res.end()).get((req, res) => res.end());
app.put('/r', (req, res) => res.end());
const api = express.Router();
api.get('/items', (req, res) => res.end());
api.delete('/items', (req, res) => res.end());
app.use('/api', api);
module.exports = app;
"""
    for version, allow, media in (("^4.21.2", "POST,GET,HEAD,PUT", "text/html; charset=utf-8"),
                                  ("^5.1.0", "GET, HEAD, POST, PUT", "text/plain")):
        with LocalService({"app.js": code, "package.json": '{"dependencies": {"express": "%s"}}' % version}) as svc:
            answer = svc.request("OPTIONS", "/r")
            assert (answer.text, answer.header("allow"), answer.header("content-type")) == (allow, allow, media)
            mounted = svc.request("OPTIONS", "/api/items")  # answered by the mounted router (it was 404)
            assert (mounted.status, mounted.text) == (200, "GET,HEAD,DELETE" if version == "^4.21.2" else "DELETE, GET, HEAD")


SUB_APP_AFTER = """const express = require('express');
const app = express();
const admin = express();
let hits = 0;
admin.get('/hits', async (req, res) => { await null; hits++; res.json(hits); });
app.use('/admin', admin);
app.get('/', (req, res) => res.json('home'));
module.exports = app;
"""
SUB_APP_AFTER_ESM = """import express from 'express';
const app = express();
const sub = express();
let hits = 0;
sub.get('/q', async (req, res) => { await null; hits++; res.json({ q: req.query, hits }); });
app.use('/sub', sub);
app.get('/', (req, res) => res.json('home'));
export default app;
"""


def test_requests_go_to_the_main_app_not_a_sub_app_made_after_it():
    """The app the requests go to was the last app made (or decoded from a unit's state) before the one that
    listens: a sub-app made after the main app took the requests (`GET /` answered 404), in a project whose
    `server.js` listens on the app `app.js` exports, and in an ES module service's `export default app`
    (its default export was not looked at)."""
    server = {"app.js": SUB_APP_AFTER, "server.js": "const app = require('./app');\napp.listen(process.env.PORT || 3000);\n",
              "package.json": '{"main": "server.js", "scripts": {"start": "node server.js"}}'}
    esm = {"app.js": SUB_APP_AFTER_ESM, "package.json": '{"type": "module", "dependencies": {"express": "^5.1.0"}}'}
    for files, sub in ((server, "/admin/hits"), (esm, "/sub/q?k")):
        with LocalService(files, nodes=2) as svc:
            assert svc.request("GET", "/").json() == "home"
            assert svc.request("GET", sub).status == 200
            assert svc.request("GET", sub).status == 200
            assert svc.request("GET", "/").json() == "home"


def test_more_urlencoded_parameters_than_the_limit_is_a_413():
    """body-parser answers a body of more than `parameterLimit` parameters with 413 "too many parameters" (it
    parsed them all, or cut them at 1000); a JSON parse error's http-errors fields come in their order."""
    code = """const express = require('express');
const app = express();
app.post('/a', express.urlencoded({ extended: false, parameterLimit: 3 }), (req, res) => res.json(req.body));
app.post('/b', express.urlencoded({ extended: true, parameterLimit: 3 }), (req, res) => res.json(req.body));
app.post('/j', express.json(), (req, res) => res.json(req.body));
app.use((err, req, res, next) => res.status(err.status).json({ m: err.message, t: err.type, n: err.name, e: err.expose,
                                                              json: JSON.parse(JSON.stringify(err)) }));
module.exports = app;
"""
    form = {"content-type": "application/x-www-form-urlencoded"}
    for version in ("^4.21.2", "^5.1.0"):
        with LocalService({"app.js": code, "package.json": '{"dependencies": {"express": "%s"}}' % version}) as svc:
            assert svc.request("POST", "/a", form, "a=1&b=2&c=3").json() == {"a": "1", "b": "2", "c": "3"}
            for path in ("/a", "/b"):
                answer = svc.request("POST", path, form, "a=1&b=2&c=3&d")
                assert answer.status == 413
                assert {k: v for k, v in answer.json().items() if k != "json"} == \
                    {"m": "too many parameters", "t": "parameters.too.many", "n": "PayloadTooLargeError", "e": True}
            bad = svc.request("POST", "/j", {"content-type": "application/json"}, "{x").json()
            assert list(bad["json"]) == ["expose", "statusCode", "status", "body", "type"]


def test_app_locals_have_no_prototype():
    """Express makes `app.locals` with Object.create(null), on every node it travels to."""
    code = """const express = require('express');
const app = express();
app.locals.visits = 0;
app.get('/', async (req, res) => {
  await null;
  req.app.locals.visits++;
  res.json({ proto: Object.getPrototypeOf(req.app.locals) === null, has: 'toString' in app.locals, visits: app.locals.visits });
});
module.exports = app;
"""
    with LocalService({"app.js": code}, nodes=2) as svc:
        for visits in (1, 2, 3):
            assert svc.request("GET", "/").json() == {"proto": True, "has": False, "visits": visits}


def test_express_5_params_keep_their_null_prototype_across_an_await():
    """path-to-regexp 8's params have no prototype; a handler's continuation in another unit, on the other
    isolate, still sees them so (`'toString' in req.params` is false)."""
    code = """const express = require('express');
const app = express();
const seen = [];
app.get('/p/:id', async (req, res) => {
  await new Promise((r) => setImmediate(r));
  seen.push(req.params.id);
  res.json({ proto: Object.getPrototypeOf(req.params) === null, seen, inherited: 'toString' in req.params });
});
module.exports = app;
"""
    with LocalService({"app.js": code, "package.json": '{"dependencies": {"express": "^5.1.0"}}'}, nodes=2) as svc:
        for n in (1, 2, 3):
            answer = svc.request("GET", f"/p/{n}").json()
            assert (answer["proto"], answer["inherited"], len(answer["seen"])) == (True, False, n)
