"""The protocol's one home (executor/protocol.py) against what documents it and what carries it out:
docs/executor.md's message schema names exactly the fields the builders produce, every effect kind
is checked and has a handler, and the runtime emits no effect kind the protocol does not know."""
import re
from pathlib import Path

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
              "src": "g", "promise": "p1"}
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


def test_the_runtime_emits_only_effect_kinds_of_the_protocol():
    emitted = set()
    for path in (ROOT / "executor" / "runtime").glob("*.js"):
        emitted |= set(re.findall(r'\bop: "([A-Za-z]+)"', path.read_text()))
    assert emitted and emitted <= set(protocol.EFFECTS)
