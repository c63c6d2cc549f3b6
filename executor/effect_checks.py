"""What a message may ask of the node, checked before anything is carried out.

The isolate runs users' code: whatever comes out of it is untrusted. A service
can patch the built-ins the runtime encodes its effects with, so the effects a
node receives are checked here, in Python, against what the runtime emits:
types, ranges, sizes, and that they stay within the project. One refused
effect fails the whole message (nothing of it is carried out), with its reason.
"""
import math
import re

from .keys import owns_request

MAX_ID_CHARS = 200
MAX_LOG_CHARS = 8 * 1024
MAX_RESPONSE_B64_CHARS = 44 * 1024 * 1024  # 32 MB of body, base64
MAX_FILE_B64_CHARS = 4 * ((8 * 1024 * 1024 + 2) // 3)  # fs.js's 8 MB a file, base64
MAX_TIMER_MS = 2 ** 31 - 1               # Node's own bound for setTimeout / setInterval
LOG_LEVELS = {"log", "info", "debug", "warn", "error"}
JOIN_MODES = {"all", "allSettled", "any", "race"}
PROMISE_STATES = {"fulfilled", "rejected"}
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
BAD_HEADER_VALUE = re.compile(r"[\r\n\x00]")


class EffectRefused(Exception):
    pass


def check_effects(effects, message, view):
    """The effects to carry out (log lines cut to length), or EffectRefused."""
    if not isinstance(effects, list):
        raise EffectRefused("the effects are not a list")
    checked = []
    for effect in effects:
        if not isinstance(effect, dict):
            raise EffectRefused("an effect is not an object")
        check = CHECKS.get(effect.get("op"))
        if check is None:
            raise EffectRefused(f"unknown effect {str(effect.get('op'))[:40]!r}")
        checked.append(check(effect, message, view) or effect)
    return checked


# -- small predicates -----------------------------------------------------------------

def require(ok, what):
    if not ok:
        raise EffectRefused(what)


def is_id(value):
    return isinstance(value, str) and 0 < len(value) <= MAX_ID_CHARS


def optional(value, predicate):
    return value is None or predicate(value)


def is_int(value, low, high):
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def is_delay(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
        and 0 <= value <= MAX_TIMER_MS


# -- one check per effect kind --------------------------------------------------------

def check_respond(e, message, view):
    require(owns_request(view.slug, e.get("rid")), "respond: to a request of another project, or malformed")
    require(is_int(e.get("status"), 100, 999), "respond: the status is not a number from 100 to 999")
    headers = e.get("headers")
    require(isinstance(headers, list) and len(headers) <= 1000, "respond: the headers are not a list")
    for pair in headers:
        require(isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair),
                "respond: a header is not a [name, value] pair of strings")
        require(HEADER_NAME.fullmatch(pair[0]) is not None, f"respond: invalid header name {pair[0][:60]!r}")
        require(not BAD_HEADER_VALUE.search(pair[1]), f"respond: the value of {pair[0][:60]} holds CR, LF or NUL")
    body = e.get("body")
    require(isinstance(body, str) and len(body) <= MAX_RESPONSE_B64_CHARS, "respond: the body is too large")
    require(optional(e.get("route"), lambda r: isinstance(r, str) and len(r) <= 300), "respond: bad route")


def check_post(e, message, view):
    require("fn" in e and isinstance(e.get("args"), list), "post: no function or no argument list")
    require(optional(e.get("unit"), lambda u: u in view.units), "post: to a unit the project does not have")
    for field in ("target", "id", "via", "src", "kind"):
        require(optional(e.get(field), is_id), f"post: {field} is malformed")
    require(optional(e.get("rid"), lambda rid: owns_request(view.slug, rid)),
            "post: for a request of another project, or malformed")
    require(optional(e.get("delay"), is_delay), "post: the delay is not a number of ms from 0 to 2^31-1")
    require(optional(e.get("repeat"), is_delay), "post: the interval is not a number of ms from 0 to 2^31-1")
    require(not e.get("delay") or is_id(e.get("id")), "post: a timer without an id")


def check_clear_timer(e, message, view):
    require(is_id(e.get("id")), "clearTimer: the id is malformed")


def check_fs_write(e, message, view):
    path = e.get("path")
    require(isinstance(path, str) and 0 < len(path) <= 1024 and not path.startswith("/")
            and ".." not in path.split("/") and not re.search(r"[\x00-\x1f]", path), "fsWrite: bad path")
    data = e.get("data")
    require(data is None or (isinstance(data, str) and len(data) <= MAX_FILE_B64_CHARS),
            "fsWrite: the file is over its size limit")


def check_redis(e, message, view):
    require(isinstance(e.get("cmd"), str) and 0 < len(e["cmd"]) <= 32, "redis: the command is malformed")
    require(isinstance(e.get("args"), list), "redis: the arguments are not a list")
    require(optional(e.get("target"), is_id), "redis: target is malformed")
    require(optional(e.get("kp"), lambda p: isinstance(p, str) and len(p) <= 256), "redis: the key prefix is malformed")


def check_log(e, message, view):
    require(e.get("level", "log") in LOG_LEVELS, "log: unknown level")
    text = e.get("text", "")
    require(isinstance(text, str), "log: the text is not a string")
    require(optional(e.get("line"), lambda n: is_int(n, 0, 10 ** 9)), "log: the line is not a number")
    for field in ("fx", "file"):
        require(optional(e.get(field), is_id), f"log: {field} is malformed")
    if len(text) > MAX_LOG_CHARS:
        return dict(e, text=text[:MAX_LOG_CHARS] + f"... ({len(text) - MAX_LOG_CHARS} more characters)")
    return None


def check_main(e, message, view):
    require(message.get("k") == "main", "main: only main's own message ends main")
    require(isinstance(e.get("snapshot"), str), "main: the snapshot is not a string")


def check_join_create(e, message, view):
    require(is_id(e.get("id")) and e.get("mode") in JOIN_MODES, "joinCreate: malformed")
    require(is_int(e.get("total"), 0, 10 ** 6), "joinCreate: the count is not a number")
    require(isinstance(e.get("settled") or {}, dict), "joinCreate: settled is not an object")


def check_join_put(e, message, view):
    require(is_id(e.get("id")) and is_int(e.get("index"), 0, 10 ** 6) and isinstance(e.get("ok"), bool),
            "joinPut: malformed")


def check_error(e, message, view):
    require(isinstance(e.get("error"), dict), "error: not an object")


def check_promise(e, message, view):
    require(is_id(e.get("id")), f"{e['op']}: the id is malformed")
    require(optional(e.get("jobs"), lambda j: isinstance(j, list)), f"{e['op']}: the jobs are not a list")
    if e["op"] == "promiseSettle":
        args = e.get("args")
        require(isinstance(args, list) and len(args) == 2 and args[0] in PROMISE_STATES,
                "promiseSettle: not [state, value]")


CHECKS = {
    "respond": check_respond, "post": check_post, "clearTimer": check_clear_timer, "fsWrite": check_fs_write,
    "redis": check_redis, "log": check_log, "main": check_main, "joinCreate": check_join_create,
    "joinPut": check_join_put, "error": check_error, "promiseCreate": check_promise,
    "promiseKeep": check_promise, "promiseThen": check_promise, "promiseSettle": check_promise,
}
