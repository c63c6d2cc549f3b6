"""The executor's protocol, in one place: the messages a unit's queue holds (their kinds
and how each is built), the effects a message's run asks for (executor/effects.py carries
them out, executor/effect_checks.py checks them), and the commands a node sends its
project's sandbox process (executor/sandbox.py). docs/executor.md, "Messages", documents
the messages' fields; tests/executor/test_protocol.py checks it against these builders.
"""
import base64
import time
import uuid

from . import keys

# -- messages ---------------------------------------------------------------------------

HTTP, CALL, MAIN = "http", "call", "main"  # "k": a request, a call of a function, a deployment's main
KINDS = (HTTP, CALL, MAIN)
# what a node adds: when it puts a message back (node.py, redeliver); a request's deadline when it
# takes the request (scripts.TAKE), which the request's messages carry on (call_message)
NODE_FIELDS = ("redelivered", "dl")


def now_ms():
    return int(time.time() * 1000)


def http_message(rid, method, url, headers, body, ip):
    """The message a request becomes, for the project's HTTP unit."""
    return {"id": rid, "k": HTTP, "unit": keys.HTTP_UNIT, "rid": rid, "t": int(time.time() * 1000),
            "req": {"method": method, "url": url, "headers": headers, "ip": ip,
                    "body": base64.b64encode(body).decode() if body else ""}}


def call_message(dest, effect, message, unit):
    """The message a run posts (effect "post") to unit `dest`: a function and its arguments,
    with the request it belongs to and the fluxion it comes from (`message`, run by `unit`)."""
    msg = {"id": uuid.uuid4().hex, "k": CALL, "unit": dest, "fn": effect["fn"], "args": effect["args"],
           "rid": effect.get("rid") or message.get("rid"), "via": effect.get("via"),
           "src": effect.get("src") or message.get("fx") or unit, "fx": effect.get("target"), "t": now_ms()}
    if "dl" in message and msg["rid"] == message.get("rid"):
        msg["dl"] = message["dl"]  # the request's deadline (scripts.TAKE)
    if effect.get("promise"):
        msg["promise"] = effect["promise"]
    if effect.get("ctx") is not None:
        msg["ctx"] = effect["ctx"]  # AsyncLocalStorage's stores where it was posted (runtime/run.js)
    if effect.get("delay"):
        msg["timer"] = effect["id"]  # a timer's firing: cleared before it runs, it does not (scripts.TAKE)
    return msg


def main_message(rid, version, keep):
    """A deployment's run of main for `version`; `keep`: the units whose state carries over."""
    return {"id": rid, "k": MAIN, "unit": keys.MAIN_UNIT, "rid": rid, "keep": keep, "fx": "main",
            "version": version, "t": now_ms()}


# -- effects: what a run asks for ("op") ----------------------------------------------------

EFFECTS = ("respond", "post", "clearTimer", "fsWrite", "redis", "log", "main", "joinCreate", "joinPut", "error",
           "promiseCreate", "promiseKeep", "promiseThen", "promiseSettle")
# carried out before the others (EffectApplier.apply), not by an on_<op>: a message they let
# run may refer to what they create
CREATED_FIRST = ("joinCreate", "promiseCreate")

# -- a node's commands to its sandbox process ("op") ------------------------------------------

LOAD, BATCH, FILES, DROP = "load", "batch", "files", "drop"
SANDBOX_COMMANDS = (LOAD, BATCH, FILES, DROP)
