"""The protocol's one home (executor/protocol.py) against what documents it and what carries it out:
docs/executor.md's message schema names exactly the fields the builders produce, every effect kind
is checked and has a handler, the runtime's side (executor/runtime/protocol.js) names the same
kinds, and the runtime emits no effect kind the protocol does not know."""
import json
import re
from pathlib import Path

from py_mini_racer import MiniRacer

from executor import keys, protocol
from executor.effect_checks import CHECKS
from executor.effects import EffectApplier

ROOT = Path(__file__).resolve().parents[2]


def documented_schema():
    """The names quoted in docs/executor.md's message schema (the first block of "## Messages")."""
    text = (ROOT / "docs" / "executor.md").read_text()
    section = text.split("\n## Messages\n", 1)[1]
    block = section.split("```\n", 2)[1]
    return set(re.findall(r'"([A-Za-z_]+)"', block))


def built_messages():
    rid = keys.request_id("shop")
    effect = {"fn": {"$": "flx", "id": "f"}, "args": [], "target": "f", "via": "setTimeout", "rid": rid,
              "src": "g", "promise": "p1", "delay": 15, "repeat": 15, "id": "t1"}
    return [protocol.http_message(rid, "GET", "/", {"host": "x"}, b"body", "::1"),
            protocol.call_message("u1", effect, {"rid": rid, "fx": "g", "dl": 1000}, "u0"),
            protocol.main_message(rid, 3, ["u1"])]


def test_the_documented_message_schema_is_what_the_builders_send():
    fields = set(protocol.KINDS) | set(protocol.NODE_FIELDS)
    for message in built_messages():
        fields |= set(message)
        fields |= set(message.get("req", {}))
    assert documented_schema() == fields


def test_each_kind_is_built_with_its_own_k():
    assert [m["k"] for m in built_messages()] == [protocol.HTTP, protocol.CALL, protocol.MAIN]


def test_every_effect_kind_is_checked_and_carried_out():
    assert set(CHECKS) == set(protocol.EFFECTS)
    handled = [op for op in protocol.EFFECTS if callable(getattr(EffectApplier, "on_" + op, None))]
    assert sorted(handled + list(protocol.CREATED_FIRST)) == sorted(protocol.EFFECTS)


def runtime_protocol():
    """What executor/runtime/protocol.js exports, evaluated as the runtime's loader would."""
    source = (ROOT / "executor" / "runtime" / "protocol.js").read_text()
    return json.loads(MiniRacer().eval(f"(function () {{ const exports = {{}};\n{source}\nreturn JSON.stringify(exports); }})()"))


def test_both_sides_name_the_same_kinds():
    js = runtime_protocol()
    assert sorted(js["EFFECT"]) == sorted(js["EFFECT"].values()) == sorted(protocol.EFFECTS)
    assert sorted(js["MESSAGE"]) == sorted(js["MESSAGE"].values()) == sorted(protocol.KINDS)


def test_the_runtime_emits_only_effect_kinds_of_the_protocol():
    named, spelled = set(), set()
    for path in (ROOT / "executor" / "runtime").glob("*.js"):
        text = path.read_text()
        named |= set(re.findall(r"\bop: EFFECT\.(\w+)", text))
        spelled |= set(re.findall(r'\bop: "(\w+)"', text))
    assert spelled == set()  # every effect is made with protocol.js's name for its kind
    assert named and named <= set(runtime_protocol()["EFFECT"])


def test_a_deployments_main_is_told_from_other_messages_by_its_text():
    """isolate.is_main gives main the time limit of a load: it reads main's envelope in the text the node holds."""
    from executor.isolate import is_main
    main = protocol.main_message("shop:main:1", 3, [])
    assert is_main([json.dumps(main)]) and is_main([json.dumps(dict(main, redelivered=True))])
    request = json.dumps({"id": "r1", "k": "http", "unit": keys.HTTP_UNIT, "req": {"body": '"k": "main"'}})
    assert not is_main([request]) and not is_main([json.dumps(main), request])
