"""Carrying out what a message asked for: responses, posts, timers, writes.

Effects are applied in the order the code produced them, in one pipeline:
the unit's state and the file store are saved before any message that
follows from this one can run elsewhere. A batch of messages shares one
pipeline (Batch), in the messages' order; a command that must see what is
queued before it (a script on a shared promise or a join, the service's own
Redis commands, the check whether a request was answered) runs after the
pipeline so far has been executed.

Exactly once: the pipeline runs as MULTI/EXEC, and a message's acknowledgement
(its removal from the node's processing list, keys.processing) is queued after
its last effect, so a message's effects and its acknowledgement commit together.
A message whose effects need more than one round trip (the steps above) keeps a
journal (keys.journal): its result goes in with its first step, and each step
commits with its own mark (a script's or a Redis command's reply too). A message
redelivered after its node died is replayed from its journal, not run again: the
steps marked are skipped (their replies reused), the others carried out, so every
effect happens once. A service's Redis commands run in one Lua script that keeps
their replies in the journal (kv.py). One gap is left: a command kv.py runs in a
MULTI transaction instead (one Redis refuses while queueing it, or one with very
many arguments) commits with a mark "ran" and its reply is written just after; a
node that dies between the two leaves a message that cannot go on, and its
replay fails it with an error that says so (ReplyLost), without running the
command twice.
"""
import base64
import html
import json
import logging
import time
import uuid

from . import console, events, keys, redis_client, timers
from .effect_checks import EffectRefused, check_effects, check_redis
from .kv import KeyValue
from .protocol import call_message
from .scripts import (CHAIN_POST, CLAIM_REQUEST, FS_WRITE, JOIN_PUT, MAIN_OUTCOME, PROMISE_SETTLE, PROMISE_THEN,
                      RECORD_ERROR, REQUEST_DONE, RESPOND, journaled)

log = logging.getLogger("liquefy.effects")


def now_ms():
    return int(time.time() * 1000)


def enqueue(pipe, slug, unit, *texts):
    """Queues messages to a unit, with the tokens its nodes wait on (keys.bell)."""
    pipe.rpush(keys.queue(slug, unit), *texts)
    pipe.rpush(keys.bell(slug, unit), *("1" for _ in texts))



def live_units(given, view):
    """{unit: [reason]} of a result's `live`, the units kept live (runtime/run.js, liveUnits);
    malformed entries are left out."""
    out = {}
    for unit, reasons in (given or {}).items() if isinstance(given, dict) else ():
        if unit in view.units and isinstance(reasons, list) and reasons and \
                all(isinstance(x, str) for x in reasons):
            out[unit] = [x[:500] for x in reasons[:20]]
    return out

class ReplyLost(Exception):
    """A redelivered message's Redis command ran, but its reply was not kept."""


def error_page(status, message):
    body = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
            f"</head>\n<body>\n<pre>{html.escape(message, quote=True)}</pre>\n</body>\n</html>\n")
    return body


FILE_STORE_B64_CHARS = 4 * ((32 * 2 ** 20 + 2) // 3)  # fs.js's 32 MB a project, base64


# the JavaScript error name a visitor sees for each way a message can fail as a whole
FAILURE_NAMES = {"timeout": "TimeoutError", "stuck": "TimeoutError", "memory": "RangeError", "node": "NodeStopped"}


DEADLINE_MARGIN_S = 1.0  # a request with less left before its deadline claims its commit first


def in_pipeline(pipe, script, script_keys, args):
    """A script queued in a pipeline as EVAL: redis-py checks that the scripts of a pipeline
    are loaded (SCRIPT EXISTS) with one more round trip before each execute."""
    pipe.execute_command("EVAL", script, len(script_keys), *script_keys, *args)  # (a cluster's pipeline has no eval())


def error_headers(error_id):
    return [["Content-Security-Policy", "default-src 'none'"], ["X-Content-Type-Options", "nosniff"],
            ["Content-Type", "text/html; charset=utf-8"], ["X-Liquefy-Error", error_id]]


class Batch:
    """The effects of a batch of messages: one pipeline, each execution one transaction
    (MULTI/EXEC), and what to do once it ran."""

    def __init__(self, r):
        self.pipe = r.pipeline(transaction=True)
        self.results = []  # of the commands executed so far
        self.runs = []
        self.chained = []  # (slug, unit, message, files version, state) chained to this node, in order

    def at(self):
        """Where the next command queued will be in `results`."""
        return len(self.results) + len(self.pipe)

    def flush(self):
        if len(self.pipe):
            self.results.extend(self.pipe.execute())


class Run:
    """One message's effects being carried out."""

    def __init__(self, view, unit, message, batch, ack=None, journal=None):
        self.view, self.unit, self.message, self.batch, self.pipe = view, unit, message, batch, batch.pipe
        self.ack = ack  # (the processing list, the message's entry in it)
        self.journal_key = keys.journal(view.slug, message.get("id") or uuid.uuid4().hex)
        self.journal = journal  # as a redelivery found it
        self.recorded = journal is not None  # the journal holds the message's result
        self.result = None  # as the sandbox gave it: what the journal keeps
        self.steps = 0
        self.mark = batch.at()  # where this message's commands not yet committed begin
        self.state = self.error = self.refused = None
        self.discarded = False  # given up on by the gateway while it ran: nothing of it is committed
        self.check = None  # where the end of this message is counted for its request
        self.responded = False
        self.sent = 0
        self.version_bumps = []  # where the file store's version counter is in the pipeline
        self.timers_due = []
        self.fs_writes = []  # (where in the pipeline, path): writes the store's quota may refuse
        self.chained = []  # (where in the pipeline, unit, message): posts that may be chained (CHAIN_POST)
        self.opened = 0  # messages posted in the request's chain, not yet counted in p:rq (count_opened)
        self.inlined_states = {}  # unit -> the state its messages that ran within this one left

    def acting_for(self, parts):
        """Each part's effects, `unit` and `message` being that part's while they are carried out:
        the message's own, then those of the messages that ran within it (`inlined`)."""
        own = self.unit, self.message
        try:
            for self.unit, self.message, effects in parts:
                yield effects
        finally:
            self.unit, self.message = own


class EffectApplier:
    def __init__(self, node):
        self.node = node
        self.r = node.r
        self.join_put = self.r.register_script(journaled(JOIN_PUT))
        self.promise_then = self.r.register_script(journaled(PROMISE_THEN))
        self.promise_settle = self.r.register_script(journaled(PROMISE_SETTLE))
        self.claim_request = self.r.register_script(CLAIM_REQUEST)

    # -- the normal path --------------------------------------------------------

    def batch(self):
        return Batch(self.r)

    def apply(self, view, unit, message, result, old_state, batch, ack=None, journal=None, due=None):
        """Queues one message's result into the batch's pipeline; returns its Run (state, error,
        refused, discarded, sent: how many messages it sent on). `finish` carries out the rest.
        `ack`: the message's entry in the node's processing list; `journal`: what a redelivery
        found of its earlier steps (ReplyLost when it cannot go on); `due`: its request's deadline
        (time.monotonic())."""
        run = Run(view, unit, message, batch, ack, journal)
        run.result = result
        if message.get("timer"):  # a timer's firing ran, committed or not: an interval's next may fire
            run.pipe.hdel(keys.timer_data(view.slug), keys.timer_pending(message["timer"]))
        result = self.checked(result, view, message)
        if due is not None and not self.may_commit(run, result, old_state, due):
            return self.discard(run)
        run.state, run.error, run.refused = result.get("state"), result.get("error"), result.get("refused")
        batch.runs.append(run)
        live = live_units({unit: result.get("live")}, view)
        if live and not view.units[unit].get("live") and run.state is not None:  # found live after main
            self.pin_live(run.pipe, view, unit, live[unit], message)
        if result.get("state") is not None and result["state"] != old_state:
            run.pipe.set(keys.state(view.slug, unit), result["state"])
        # messages of units with state that ran within this one (runtime/run.js, runInline): each
        # unit's last state; their effects are carried out as that unit's message's would be
        inlined = result.get("inlined", ())
        run.inlined_states = {c["message"]["unit"]: c["state"] for c in inlined}
        for other, state in run.inlined_states.items():
            run.pipe.set(keys.state(view.slug, other), state)
        parts = [(unit, message, result["effects"])] + [(c["message"]["unit"], c["message"], c["effects"])
                                                        for c in inlined]
        for effects in run.acting_for(parts):  # before any message that refers to them can run
            for effect in effects:
                if effect.get("op") == "joinCreate":
                    self.join_create(run.pipe, view.slug, run.unit, effect)
                    self.flush_step(run)
                elif effect.get("op") == "promiseCreate":
                    self.promise_create(run, effect)
        for rid in result.get("escaped", ()):
            self.request_escaped(run.pipe, view.slug, rid)
        # answers first: a message posted here may end the chain before this pipeline does
        for answers in (True, False):
            for effects in run.acting_for(parts):
                for effect in effects:
                    handler = getattr(self, "on_" + effect.get("op", ""), None)
                    if handler is not None and (effect.get("op") == "respond") == answers:
                        handler(run, effect)
        if result.get("error"):
            self.failed(run, result["error"])
        run.check = self.chain_check(run, result)
        if ack is not None:  # committed with the message's last effects
            run.pipe.lrem(ack[0], 1, ack[1])
        if run.recorded or result.get("inline"):
            run.pipe.delete(run.journal_key)
        return run

    # -- requests given up on while they ran ---------------------------------------

    def may_commit(self, run, result, old_state, due):
        """Whether a message of a request may commit its effects. Long before the deadline the
        gateway cannot have given up on it; once a part of the request is committed (an answer,
        or `begun`, marked here) the gateway lets it run to its end (gateway.py, GIVE_UP)."""
        rid = run.message["rid"]
        begins = not self.only_carries_on(rid, result, old_state)
        answers = any(e.get("op") == "respond" and e.get("rid") == rid for e in result["effects"])
        return self.claim(run.pipe, run.view.slug, rid, due, begins and not answers)

    def claim(self, pipe, slug, rid, due, begins):
        """False when the gateway gave up on the request (asked of Redis near its deadline);
        else True, the request marked `begun` when `begins` (in `pipe`, long before it)."""
        if time.monotonic() >= due - DEADLINE_MARGIN_S:
            return bool(self.claim_request(keys=[keys.given_up(slug), keys.request(slug, rid)],
                                           args=[rid, "1" if begins else "0", keys.REPLY_TTL_S]))
        if begins:
            pipe.hset(keys.request(slug, rid), "begun", 1)
            pipe.expire(keys.request(slug, rid), keys.REPLY_TTL_S)
        return True

    @staticmethod
    def only_carries_on(rid, result, old_state):
        """Whether a message of a request did nothing but pass the request on to its next
        messages (which carry its deadline): the request has not begun, it can still be discarded."""
        if result.get("error") or result.get("escaped") or result.get("inlined") or \
                result.get("state") not in (None, old_state):
            return False
        return all(e.get("op") == "log" or (e.get("op") == "post" and not e.get("repeat")
                                            and (e.get("rid") or rid) == rid)
                   for e in result["effects"])

    def may_write_inline(self, slug, rid, due):
        """Whether a message of a request may run Redis commands within it (inline_redis): they
        commit as they run, so the request has begun, and is marked so first (as may_commit does)."""
        if rid is None:
            return True
        pipe = self.r.pipeline(transaction=False)
        allowed = self.claim(pipe, slug, rid, due, True)
        if len(pipe):
            pipe.execute()
        return allowed

    def discard(self, run):
        """The gateway answered 504 `discarded` for this message's request: none of its effects."""
        run.discarded = True
        run.batch.runs.append(run)
        if run.ack is not None:
            run.pipe.lrem(run.ack[0], 1, run.ack[1])
        rid = run.message["rid"]
        run.pipe.zrem(keys.open_requests(run.view.slug), rid)
        self.log_line(run.pipe, run.view.slug, "warn", f"request {rid}: the gateway gave up on it (504) while it "
                      "ran; its effects are discarded", run.message, run.unit)
        return run

    # -- steps: the parts of a message committed before its end ---------------------

    def next_step(self, run):
        """(the journal's field for the message's next step, what it holds if a run before a
        redelivery committed that step already). The first step carries the message's result."""
        run.steps += 1
        field = f"s{run.steps}"
        if run.journal is not None and field in run.journal:
            return field, run.journal[field]
        if not run.recorded:
            run.pipe.hset(run.journal_key, "r", json.dumps(run.result))
            run.pipe.expire(run.journal_key, keys.JOURNAL_TTL_S)
            run.recorded = True
        return field, None

    def flush_step(self, run):
        """Executes the pipeline so far, with a mark in the message's journal; in a replay, drops
        what the message queued since its last step when that part was committed already."""
        field, done = self.next_step(run)
        if done is None:
            self.count_opened(run)  # committed with the posts they count
            run.pipe.hset(run.journal_key, field, "1")
            run.batch.flush()
        else:
            run.opened = 0  # their posts were committed, counted, before a redelivery
            cut = run.mark - len(run.batch.results)
            del redis_client.queued(run.pipe)[cut:]
            run.version_bumps = [at for at in run.version_bumps if at < run.mark]
            run.fs_writes = [(at, path) for at, path in run.fs_writes if at < run.mark]
            run.chained = [entry for entry in run.chained if entry[0] < run.mark]
        run.mark = run.batch.at()

    def script_step(self, run, script, script_keys, args):
        """A script run as one step of the message, its reply kept in the journal (after a
        flush_step: the journal holds the result already)."""
        field, done = self.next_step(run)
        if done is not None:
            kept = json.loads(done)
            return kept[0] if isinstance(kept, list) and kept else None
        return script(keys=script_keys + [run.journal_key], args=args + [field, keys.JOURNAL_TTL_S])

    def finish(self, batch):
        """Executes the batch's pipeline, then what each message's results call for."""
        batch.flush()
        results = batch.results
        dues = {}
        for run in batch.runs:
            for due in run.timers_due:
                dues[run.view.slug] = min(due, dues.get(run.view.slug, due))
        if dues:  # stored now: indexed for the clocks (executor/timers.py)
            timers.index(self.r, dues)
        for run in batch.runs:
            view, message = run.view, run.message
            if run.check is not None and results[run.check]:
                self.fail_hung(view, run.unit, message, run.waited)
            for due in run.timers_due:  # stored now: the clock may look for them
                self.node.clock.expect(due)
            if run.version_bumps:
                self.note_own_writes(view.slug, [results[i] for i in run.version_bumps])
            for at, unit, text in run.chained:
                if results[at][0] == 1:
                    batch.chained.append((view.slug, unit, text, int(results[at][1]), results[at][2]))
            refused = [path for at, path in run.fs_writes if results[at] == 0]
            if refused:
                pipe = self.r.pipeline(transaction=False)
                self.log_line(pipe, view.slug, "error",
                              f"fs: the file store is full; not written: {', '.join(refused)}", message, run.unit)
                pipe.execute()

    @staticmethod
    def checked(result, view, message):
        """The result with its effects checked; one refused fails the whole message."""
        try:
            state = result.get("state")
            if state is not None and not isinstance(state, str):
                raise EffectRefused("the unit's state is not a string")
            if result.get("error") is not None and not isinstance(result["error"], dict):
                raise EffectRefused("the message's error is not an object")
            escaped = result.get("escaped", [])
            if not isinstance(escaped, list) or not all(keys.owns_request(view.slug, rid) for rid in escaped):
                raise EffectRefused("escaped: not a list of this project's requests")
            if not isinstance(result.get("waited") or {}, dict):
                raise EffectRefused("waited: not an object")
            inlined = [EffectApplier.checked_inline(c, view, message) for c in result.get("inlined") or []]
            return dict(result, effects=check_effects(result.get("effects", []), message, view), inlined=inlined)
        except EffectRefused as refused:
            error = {"name": "Error", "message": f"Liquefy refused this message's effects: {refused}"}
            return {"state": None, "effects": [], "error": error, "refused": True}

    @staticmethod
    def checked_inline(child, view, message):
        """A message of another unit with state that ran within `message`, in its request."""
        ok = isinstance(child, dict) and isinstance(child.get("message"), dict) and isinstance(child.get("state"), str)
        unit = child["message"].get("unit") if ok else None
        if not isinstance(unit, str) or unit == message.get("unit") or not view.keeps_state(unit) or \
                child["message"].get("rid") != message.get("rid"):
            raise EffectRefused("inlined: not a message of another unit with state, in this one's request")
        return dict(child, effects=check_effects(child.get("effects", []), child["message"], view))

    # -- requests nothing can answer any more -----------------------------------

    def chain_check(self, run, result):
        """Where in the pipeline the end of this message is counted for its request, if it is."""
        message = run.message
        if not message.get("rid") or message.get("k") not in ("http", "call") or run.responded or result.get("error"):
            self.count_opened(run)
            return None
        run.waited = result.get("waited") or {}
        if run.opened:  # the chain goes on with what this one posted: its count cannot reach 0 here
            key = keys.request(run.view.slug, message["rid"])
            delta = run.opened - (1 if message["k"] == "call" else 0)
            if delta:
                run.pipe.hincrby(key, "open", delta)
            run.pipe.expire(key, keys.REPLY_TTL_S)
            run.opened = 0
            return None
        at = run.batch.at()
        in_pipeline(run.pipe, REQUEST_DONE, [keys.request(run.view.slug, message["rid"]), keys.replied(message["rid"])],
                    [-1 if message["k"] == "call" else 0, keys.REPLY_TTL_S])
        return at

    def count_opened(self, run):
        if run.opened:
            run.pipe.hincrby(keys.request(run.view.slug, run.message["rid"]), "open", run.opened)
            run.opened = 0

    def request_escaped(self, pipe, slug, rid):
        pipe.hset(keys.request(slug, rid), "escaped", 1)
        pipe.expire(keys.request(slug, rid), keys.REPLY_TTL_S)

    def fail_hung(self, view, unit, message, waited):
        fluxion = waited.get("fluxion")
        file, line = waited.get("file"), waited.get("line")
        if file:
            text = (f"this request can no longer be answered: it waits at {file}:{line} on a promise that nothing "
                    f"can settle any more (no message, timer or Redis reply of its own is left, and no other "
                    f"part of the service holds its response)")
        else:
            file, line = self.fluxion_place(view, fluxion)
            text = ("this request can no longer be answered: its handler ended without answering, and no message, "
                    "timer or Redis reply of its own is left, and no other part of the service holds its response")
        error = {"name": "Error", "message": text, "reason": "hung", "fluxion": fluxion, "file": file, "line": line}
        pipe = self.r.pipeline(transaction=False)
        error_id = self.record_error(pipe, view.slug, message, unit, error, "hung")
        body = error_page(500, "Internal Server Error")
        self.respond(pipe, message["rid"], 500, error_headers(error_id), base64.b64encode(body.encode()).decode())
        pipe.execute()

    def fluxion_place(self, view, fluxion):
        """(file, line) where the fluxion's function starts, from the deployed graph."""
        bundle = self.r.get(keys.bundle(view.slug, view.version))
        for f in json.loads(bundle)["graph"]["fluxions"] if bundle else ():
            if f["id"] == fluxion:
                return f.get("file"), f.get("loc", {}).get("start", {}).get("line")
        return None, None

    def on_respond(self, run, effect):
        self.respond(run.pipe, effect["rid"], effect["status"], effect["headers"], effect["body"], effect.get("route"))
        run.responded = True

    def on_post(self, run, effect):
        due = self.post(run.pipe, run.view, run.unit, run.message, effect, run)
        if due is not None:
            run.timers_due.append(due)
        run.sent += 1

    def on_clearTimer(self, run, effect):  # noqa: N802 - named after the effect
        run.pipe.zrem(keys.timers(run.view.slug), effect["id"])
        run.pipe.hdel(keys.timer_data(run.view.slug), effect["id"], keys.timer_pending(effect["id"]))

    def on_fsWrite(self, run, effect):  # noqa: N802
        files = keys.files(run.view.slug)
        if effect["data"] is None:
            run.pipe.hdel(files, effect["path"])
        else:  # the store's quota, kept here too: fs.js runs in the isolate, among users' code
            run.fs_writes.append((run.batch.at(), effect["path"]))
            in_pipeline(run.pipe, FS_WRITE, [files], [effect["path"], effect["data"], FILE_STORE_B64_CHARS])
        run.version_bumps.append(run.batch.at())
        run.pipe.incr(keys.files_version(run.view.slug))

    def on_redis(self, run, effect):
        self.flush_step(run)
        field, done = self.next_step(run)
        err, replies = self.journaled_command(run.view, effect, run.journal_key, field, done)
        self.redis_replies(run.pipe, run.view, run.unit, run.message, effect, err, replies, run)
        run.sent += 1

    def journaled_command(self, view, command, journal, field, done):
        """(error, replies) of a service's Redis command kept at `field` of a message's journal:
        run now (`done` None), or as a run before a redelivery kept it (never run twice)."""
        if done is None:
            err, replies, kept = self.redis_command(view, command, (journal, field))
            if not kept:  # (kv.py: a command not run by its journaled script)
                self.r.hset(journal, field, "x:" + json.dumps([err, replies]))
            return err, replies
        if done == "ran":
            raise ReplyLost(f"the node that ran this message before stopped right after its Redis command "
                            f"{command['cmd'].upper()} ran, before its reply was kept: the message cannot go on "
                            "(the command is not run twice)")
        if done.startswith("x:"):
            return tuple(json.loads(done[2:]))
        err, replies, _ = self.redis_command(view, command, None, recorded=done)
        return err, replies

    def inline_redis(self, view, ask, requests):
        """Replies to the Redis commands a message waits for while it runs (a package's, whose
        callback cannot travel: runtime/run.js), {n: [error, replies]}. Each is kept in the
        message's journal (field k<n>) in the same step as it runs: the message run again
        after its node stopped gets the same replies, and nothing is written twice. `requests`:
        message id -> (its request, the request's deadline on this node's clock)."""
        for command in ask["redis"]:  # what comes out of the isolate is checked, as its effects are
            check_redis(command, None, view)
            if not isinstance(command.get("n"), int):
                raise EffectRefused("redis: the command's number is malformed")
        if not self.may_write_inline(view.slug, *requests.get(ask.get("message"), (None, None))):
            error = {"$": "err", "v": {"name": "Error", "message": "Liquefy: the gateway gave up on this request "
                                       "(504): its Redis commands are not run"}}
            return {command["n"]: [error, None] for command in ask["redis"]}
        message_id = ask.get("message")
        journal = keys.journal(view.slug, message_id if isinstance(message_id, str) else uuid.uuid4().hex)
        fields = [f"k{command['n']}" for command in ask["redis"]]
        kept = self.r.hmget(journal, fields) if fields else []
        out = {}
        for command, field, done in zip(ask["redis"], fields, kept):
            out[command["n"]] = list(self.journaled_command(view, command, journal, field, done))
        self.r.expire(journal, keys.JOURNAL_TTL_S)
        return out

    def on_log(self, run, effect):
        self.log_line(run.pipe, run.view.slug, effect.get("level", "log"), effect.get("text", ""), run.message,
                      run.unit, fluxion=effect.get("fx") or run.message.get("fx"), file=effect.get("file"),
                      line=effect.get("line"))

    def on_main(self, run, effect):
        self.main_done(run.pipe, run.view, run.message, effect)

    def on_joinPut(self, run, effect):  # noqa: N802
        self.flush_step(run)
        self.join_report(run, effect)

    def on_error(self, run, effect):
        self.record_error(run.pipe, run.view.slug, run.message, run.unit, effect["error"], "effect")

    def failed(self, run, error):
        """The message threw: recorded; main's deployment fails; a request still open answers 500."""
        message = run.message
        error_id = self.record_error(run.pipe, run.view.slug, message, run.unit, error, "exception")
        if message.get("k") == "main":
            self.main_failed(run.pipe, run.view.slug, message, error)
        elif message.get("rid") and not run.responded:
            self.flush_step(run)  # an answer queued by an earlier message of the batch counts
            self.fail_request(run.pipe, message["rid"], error_id)

    def note_own_writes(self, slug, versions):
        """If only this node wrote, its isolate's copy of the files is current."""
        held = self.node.sandboxes.held(slug)
        if held is not None and versions[-1] == held["files_version"] + len(versions):
            held["files_version"] = versions[-1]

    def respond(self, pipe, rid, status, headers, body_b64, route=None):
        reply = json.dumps({"rid": rid, "status": status, "headers": headers, "body": body_b64, "route": route})
        in_pipeline(pipe, RESPOND, [keys.replied(rid), keys.open_requests(keys.slug_of(rid)), keys.reply(rid)],
                    [rid, reply, keys.REPLY_TTL_S])

    def post(self, pipe, view, unit, message, effect, run=None):
        """Queues a message to a fluxion, or stores it as a timer; returns when the timer is due.
        A message `run` posts to a unit of this node may be chained instead (CHAIN_POST)."""
        target = effect.get("target")
        dest = effect.get("unit") or view.unit_of.get(target) or unit
        msg = call_message(dest, effect, message, unit)
        text = json.dumps(msg)
        delay = effect.get("delay")
        if msg["rid"]:  # one more message in the request's chain (an interval: too many to count)
            if effect.get("repeat"):
                self.request_escaped(pipe, view.slug, msg["rid"])
            elif run is not None and msg["rid"] == message.get("rid"):
                run.opened += 1  # counted with the message's own end (chain_check)
            else:
                pipe.hincrby(keys.request(view.slug, msg["rid"]), "open", 1)
        if delay:
            data = {"queue": keys.queue(view.slug, dest), "message": text, "repeat_ms": effect.get("repeat") or 0}
            due = now_ms() + int(delay)
            pipe.hset(keys.timer_data(view.slug), effect["id"], json.dumps(data))
            pipe.zadd(keys.timers(view.slug), {effect["id"]: due})
            return due
        if run is not None and self.node.may_chain(run, dest):
            run.chained.append((run.batch.at(), dest, text))
            in_pipeline(pipe, CHAIN_POST, [keys.queue(view.slug, dest), keys.bell(view.slug, dest), run.ack[0],
                                           keys.place(view.slug), keys.moving(view.slug), keys.meta(view.slug),
                                           keys.files_version(view.slug), keys.state(view.slug, dest)],
                        [dest, self.node.name, text, "1" if view.keeps_state(dest) else "0"])
            return None
        enqueue(pipe, view.slug, dest, text)
        return None

    def redis_command(self, view, effect, mark, recorded=None):
        """(error, replies, whether they are kept in the journal already) of the service's
        command, its replies kept at `mark` ((journal, field)) in the same step; or as they
        were `recorded` there by a run before a redelivery."""
        kv = KeyValue(self.node.kv_client, keys.kv_prefix(view.slug), used_key=keys.kv_used(view.slug),
                      quota_bytes=self.node.kv_quota_mb * 1024 * 1024, mark=mark, recorded=recorded)
        key_prefix = effect.get("kp") or ""
        if effect["cmd"] == "multi":
            err, replies = kv.multi(effect["args"], raw=bool(effect.get("raw")), key_prefix=key_prefix)
        else:
            err, replies = kv.run(effect["cmd"], effect["args"], raw=bool(effect.get("raw")), key_prefix=key_prefix)
        return err, replies, kv.kept

    def redis_replies(self, pipe, view, unit, message, effect, err, replies, run=None):
        """Posts the callbacks of a Redis command with its replies (chained, if they may be)."""
        if effect["cmd"] == "multi":
            for cb, reply in zip(effect.get("cbs") or [], replies or []):
                if cb is not None and cb.get("$") != "u":
                    is_error = isinstance(reply, dict) and reply.get("$") == "err"
                    self.post_callback(pipe, view, unit, message, cb, [reply if is_error else None,
                                                                        None if is_error else reply],
                                       run=run, ctx=effect.get("ctx"))
        cb = effect.get("cb")
        if cb is not None and cb.get("$") != "u":
            self.post_callback(pipe, view, unit, message, cb, [err, replies],
                               target=effect.get("target"), via="redis." + effect["cmd"], run=run, ctx=effect.get("ctx"))
        elif err is not None:
            self.log_line(pipe, view.slug, "error", "Redis: " + err["v"]["message"], message, unit)

    def post_callback(self, pipe, view, unit, message, cb, args, target=None, via="redis", run=None, ctx=None):
        if target is None and cb.get("$") == "flx":
            target = cb.get("id")
        self.post(pipe, view, unit, message, {"fn": cb, "args": args, "target": target, "via": via, "ctx": ctx}, run)

    def join_create(self, pipe, slug, unit, effect):
        key = keys.join(slug, effect["id"])
        fields = {"meta": json.dumps({"mode": effect["mode"], "total": effect["total"], "unit": unit}),
                  "resolve": json.dumps(effect["resolve"]), "reject": json.dumps(effect["reject"]), "count": 0}
        settled = effect.get("settled") or {}
        for index, pair in settled.items():  # branches that settled before the join moved here
            if isinstance(pair, list) and len(pair) == 2:
                fields["v" + index] = json.dumps(pair[1])
                fields["ok" + index] = "1" if pair[0] is True else "0"
        fields["count"] = len(settled)
        pipe.hset(key, mapping=fields)
        pipe.expire(key, keys.JOIN_TTL_S)

    def join_report(self, run, effect):
        done = self.script_step(run, self.join_put, [keys.join(run.view.slug, effect["id"])],
                                [effect["index"], "1" if effect["ok"] else "0", json.dumps(effect["value"])])
        if done:
            _, value, settle_fn, join_unit = done
            self.post(run.pipe, run.view, join_unit or run.unit, run.message,
                      {"fn": json.loads(settle_fn), "args": [json.loads(value)], "target": None, "via": "join"})

    # -- promises several places hold ----------------------------------------------

    def promise_create(self, run, effect):
        key, jobs = keys.promise(run.view.slug, effect["id"]), keys.promise_jobs(run.view.slug, effect["id"])
        run.pipe.hset(key, mapping={"state": "pending", "kept": "1" if effect.get("kept") else "0"})
        if effect["jobs"]:
            run.pipe.rpush(jobs, *(json.dumps(job) for job in effect["jobs"]))
        if not effect.get("kept"):
            run.pipe.expire(key, keys.PROMISE_TTL_S)
            run.pipe.expire(jobs, keys.PROMISE_TTL_S)

    def on_promiseKeep(self, run, effect):  # noqa: N802
        key = keys.promise(run.view.slug, effect["id"])
        run.pipe.hset(key, "kept", "1")
        run.pipe.persist(key)
        run.pipe.persist(keys.promise_jobs(run.view.slug, effect["id"]))

    def on_promiseThen(self, run, effect):  # noqa: N802
        self.flush_step(run)
        slug = run.view.slug
        for job in effect["jobs"]:
            got = self.script_step(run, self.promise_then,
                                   [keys.promise(slug, effect["id"]), keys.promise_jobs(slug, effect["id"])],
                                   [json.dumps(job), keys.PROMISE_TTL_S])
            if got and got[0] == "missing":
                self.promise_gone(run, effect["id"])
            elif got:
                self.run_promise_job(run, effect["id"], job, got[0], json.loads(got[1]))

    def on_promiseSettle(self, run, effect):  # noqa: N802
        self.flush_step(run)
        slug, state = run.view.slug, effect["args"][0]
        got = self.script_step(run, self.promise_settle,
                               [keys.promise(slug, effect["id"]), keys.promise_jobs(slug, effect["id"])],
                               [state, json.dumps(effect["args"]), keys.PROMISE_TTL_S])
        if got[0] == "missing":
            self.promise_gone(run, effect["id"])
        for job in got[1:] if got[0] == "run" else ():
            self.run_promise_job(run, effect["id"], json.loads(job), state, effect["args"])

    def run_promise_job(self, run, promise_id, job, state, args):
        """A reaction of a promise kept in Redis, with its outcome: the message names the
        promise, so that a unit holding it keeps its value as its own (run.js, ownSettledPromise)."""
        target, unit = job[state]
        self.post(run.pipe, run.view, run.unit, run.message,
                  {"fn": job["fn"], "args": args, "target": target, "unit": unit, "via": "promise",
                   "promise": promise_id})
        run.sent += 1

    def promise_gone(self, run, promise_id):
        self.log_line(run.pipe, run.view.slug, "error",
                      f"a promise shared between messages ({promise_id}) is gone: unused for "
                      f"{keys.PROMISE_TTL_S // 3600} hours, or its project was reset", run.message, run.unit)

    def main_done(self, pipe, view, message, effect):
        slug = view.slug
        pipe.set(keys.main(slug), effect["snapshot"])
        keep = set(message.get("keep") or ())
        live = live_units(effect.get("live"), view)
        whole = isinstance(effect.get("whole"), str)
        for unit, state in (effect.get("units") or {}).items():
            if state is not None and (unit not in keep or unit in live or whole):  # a live unit starts afresh
                pipe.set(keys.state(slug, unit), state)
        for unit, reasons in live.items():  # on this node: its isolate holds what main made
            self.pin_live(pipe, view, unit, reasons, message)
        if whole:
            self.pin_whole(pipe, view, effect["whole"][:2000], message)
        self.main_outcome(pipe, slug, message, "running", "")
        if message.get("rid"):
            # what main posted (a listen callback, a connect's continuation) carries main's rid,
            # which no HTTP answer ends: the chain's end is no hung request
            pipe.set(keys.replied(message["rid"]), "main", ex=keys.REPLY_TTL_S)
            pipe.rpush(keys.reply(message["rid"]), json.dumps({"main": "done"}))
            pipe.expire(keys.reply(message["rid"]), keys.REPLY_TTL_S)

    def pin_live(self, pipe, view, unit, reasons, message):
        """Pins a unit kept live (runtime/run.js, liveUnits) to this node: its isolate holds
        what its state cannot carry, so it never moves (executor/placement.py refuses)."""
        info = dict(view.units[unit], live=reasons)
        view.units[unit] = info
        view.place[unit] = self.node.name
        pipe.hset(keys.units(view.slug), unit, json.dumps(info))
        pipe.hset(keys.place(view.slug), unit, self.node.name)
        pipe.hdel(keys.moving(view.slug), unit)
        self.log_line(pipe, view.slug, "info", f"unit {unit} is kept live on node {self.node.name}, pinned there: "
                      + "; ".join(reasons), message, unit)
        events.publish(self.r, {"type": "unit.live", "unit": unit, "node": self.node.name, "why": reasons}, view.slug)

    def pin_whole(self, pipe, view, reason, message):
        """Every unit of a service that runs whole, live, in the isolate that ran main
        (runtime/run.js, wholeLive), on this node: the stateless ones and the HTTP unit too."""
        for unit, info in view.units.items():  # main's own posts too (an interval a package set)
            info = dict(info, live=[reason], replicated=False)  # its node stopping, another takes it (and fails it)
            view.units[unit], view.place[unit] = info, self.node.name
            pipe.hset(keys.units(view.slug), unit, json.dumps(info))
            pipe.hset(keys.place(view.slug), unit, self.node.name)
        self.log_line(pipe, view.slug, "warn", f"the service runs whole on node {self.node.name}, every unit "
                      f"pinned there: {reason}", message, keys.MAIN_UNIT)
        events.publish(self.r, {"type": "unit.live", "unit": "*", "node": self.node.name, "why": [reason]},
                       view.slug)

    def main_failed(self, pipe, slug, message, error):
        self.main_outcome(pipe, slug, message, "stopped", f"main failed: {error.get('message', 'unknown error')}")
        pipe.rpush(keys.reply(message["rid"]), json.dumps({"main": "failed", "error": error}))
        pipe.expire(keys.reply(message["rid"]), keys.REPLY_TTL_S)

    def main_outcome(self, pipe, slug, message, status, reason):
        if "version" in message:
            in_pipeline(pipe, MAIN_OUTCOME, [keys.meta(slug)], [message["version"], status, reason])

    # -- logs and failures ------------------------------------------------------

    def log_line(self, pipe, slug, level, text, message, unit, **extra):
        extra["fluxion"] = extra.get("fluxion") or message.get("fx")
        console.push(pipe, slug, console.line(level, text, self.node.name, unit=unit, **extra))

    def record_error(self, pipe, slug, message, unit, error, kind):
        error_id = uuid.uuid4().hex[:12]
        record = {"id": error_id, "ts": now_ms(), "kind": kind, "unit": unit,
                  "fluxion": error.get("fluxion") or message.get("fx"),
                  "via": message.get("via"), "rid": message.get("rid"), "node": self.node.name}
        record.update(error)
        in_pipeline(pipe, RECORD_ERROR, [keys.errors(slug), keys.error_ids(slug)],
                    [error_id, json.dumps(record), keys.ERROR_LIMIT])
        where = f" ({error.get('file')}:{error.get('line')})" if error.get("file") else ""
        self.log_line(pipe, slug, "error", f"{error.get('name', 'Error')}: {error.get('message')}{where}",
                      message, unit, error_id=error_id, file=error.get("file"), line=error.get("line"),
                      fluxion=record["fluxion"])
        return error_id

    def drop_given_up(self, slug, message, unit):
        """A request the gateway gave up on (it answered 504) before any node ran it: it never runs."""
        pipe = self.r.pipeline(transaction=False)
        self.log_line(pipe, slug, "warn", f"request {message['rid']} dropped before it ran: the gateway gave up "
                      "on it (504)", message, unit)
        pipe.execute()

    def fail_request(self, pipe, rid, error_id, status=500):
        """Answers a request whose chain broke, unless it was answered already."""
        if self.r.exists(keys.replied(rid)):
            return
        body = error_page(status, "Internal Server Error")
        self.respond(pipe, rid, status, error_headers(error_id), base64.b64encode(body.encode()).decode())

    def fail_message(self, slug, message, reason, text, unit=None, ack=None):
        """A message that could not finish (time, memory, crash, its node stopped); `ack`: its
        entry in the node's processing list, removed in the same transaction."""
        pipe = self.r.pipeline(transaction=True)
        if ack is not None:
            pipe.lrem(ack[0], 1, ack[1])
            pipe.delete(keys.journal(slug, message.get("id") or ""))
        error = {"name": FAILURE_NAMES.get(reason, "Error"), "message": text, "reason": reason}
        error_id = self.record_error(pipe, slug, message, unit, error, reason)
        if message.get("k") == "main" and message.get("rid"):  # the deployment waits for this, not for an HTTP answer
            self.main_failed(pipe, slug, message, error)
        elif message.get("rid"):
            self.fail_request(pipe, message["rid"], error_id)
        pipe.execute()
