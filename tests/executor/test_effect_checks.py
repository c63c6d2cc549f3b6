"""Effects are checked in Python before anything is carried out (executor/effect_checks.py):
what comes out of an isolate is as untrusted as the code that ran there."""
import pytest

from executor.effect_checks import MAX_LOG_CHARS, EffectRefused, check_effects


class View:
    slug = "shop"
    units = {"__http": {}, "grp_cart": {}}


RID = "shop." + "ab" * 16
HTTP = {"k": "http", "rid": RID}


def check(*effects, message=HTTP):
    return check_effects(list(effects), message, View())


def respond(**fields):
    return dict({"op": "respond", "rid": RID, "status": 200, "headers": [["Content-Type", "text/plain"]],
                 "body": "b2s="}, **fields)


def post(**fields):
    return dict({"op": "post", "fn": {"$": "flx", "id": "f"}, "args": []}, **fields)


def test_what_the_runtime_emits_passes():
    effects = [respond(), post(), post(delay=10, id="t1"), post(delay=5, repeat=5, id="t2", unit="grp_cart"),
               {"op": "clearTimer", "id": "t1"}, {"op": "fsWrite", "path": "notes/a b.txt", "data": "eA=="},
               {"op": "fsWrite", "path": "old.txt", "data": None}, {"op": "redis", "cmd": "set", "args": ["k", "v"]},
               {"op": "log", "level": "warn", "text": "hi"}, {"op": "joinPut", "id": "j", "index": 0, "ok": True,
                                                               "value": 1},
               {"op": "promiseSettle", "id": "p", "args": ["fulfilled", 1]}]
    assert check(*effects) == effects


@pytest.mark.parametrize("effect", [
    respond(rid="other." + "ab" * 16),              # another project's request
    respond(rid="shop.x"),
    respond(status="200"), respond(status=42),
    respond(headers=[["X-A", "1\r\nSet-Cookie: liquefy_session=x"]]),
    respond(headers=[["Bad Name", "1"]]),
    respond(body=None),
    post(repeat="1", delay=1, id="t"),               # stalled every project's timers once
    post(delay=float("nan"), id="t"), post(delay=-1, id="t"), post(delay=2 ** 40, id="t"),
    post(delay=10),                                  # a timer needs its id
    post(unit="__other"),                            # a unit the project does not have
    post(rid="other." + "ab" * 16),
    post(args="x"),
    {"op": "fsWrite", "path": "../x", "data": ""}, {"op": "fsWrite", "path": "/etc/x", "data": ""},
    {"op": "fsWrite", "path": "a\nb", "data": ""}, {"op": "fsWrite", "path": "a", "data": "x" * (12 * 2 ** 20)},
    {"op": "redis", "cmd": None, "args": []},
    {"op": "log", "level": "panic", "text": "x"},
    {"op": "main", "snapshot": "{}"},                 # only main's own message ends main
    {"op": "promiseSettle", "id": "p", "args": ["maybe", 1]},
    {"op": "joinCreate", "id": "j", "mode": "all", "total": "3"},
    {"op": "selfDestruct"}, "respond",
])
def test_a_forged_effect_is_refused(effect):
    with pytest.raises(EffectRefused):
        check(effect)


def test_main_may_end_main():
    assert check({"op": "main", "snapshot": "{}"}, message={"k": "main", "rid": RID})


def test_a_long_console_line_is_cut():
    [line] = check({"op": "log", "text": "x" * (MAX_LOG_CHARS + 5)})
    assert line["text"].endswith("... (5 more characters)") and len(line["text"]) < MAX_LOG_CHARS + 40
