"""Carrying out what a message asked for: responses, posts, timers, writes.

Effects are applied in the order the code produced them, in one pipeline:
the unit's state and the file store are saved before any message that
follows from this one can run elsewhere.
"""
import base64
import html
import json
import logging
import time
import uuid

from . import keys
from .kv import KeyValue

log = logging.getLogger("liquefy.effects")


def now_ms():
    return int(time.time() * 1000)


def error_page(status, message):
    body = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
            f"</head>\n<body>\n<pre>{html.escape(message, quote=True)}</pre>\n</body>\n</html>\n")
    return body


class EffectApplier:
    def __init__(self, node):
        self.node = node
        self.r = node.r

    # -- the normal path --------------------------------------------------------

    def apply(self, view, unit, message, result, old_state):
        slug = view.slug
        pipe = self.r.pipeline(transaction=False)
        if result.get("state") is not None and result["state"] != old_state:
            pipe.set(keys.state(slug, unit), result["state"])
        responded = False
        version_bumps = []  # where the file store's version counter is in the pipeline
        for effect in result.get("effects", ()):
            op = effect.get("op")
            if op == "respond":
                self.respond(pipe, effect["rid"], effect["status"], effect["headers"], effect["body"])
                responded = True
            elif op == "post":
                self.post(pipe, view, unit, message, effect)
            elif op == "clearTimer":
                member = keys.timer_member(slug, effect["id"])
                pipe.zrem(keys.TIMERS, member)
                pipe.hdel(keys.TIMER_DATA, member)
            elif op == "fsWrite":
                if effect["data"] is None:
                    pipe.hdel(keys.files(slug), effect["path"])
                else:
                    pipe.hset(keys.files(slug), effect["path"], effect["data"])
                version_bumps.append(len(pipe.command_stack))
                pipe.incr(keys.files_version(slug))
            elif op == "redis":
                self.redis_command(pipe, view, unit, message, effect)
            elif op == "log":
                self.log_line(pipe, slug, effect.get("level", "log"), effect.get("text", ""), message, unit,
                              fluxion=effect.get("fx") or message.get("fx"), file=effect.get("file"),
                              line=effect.get("line"))
            elif op == "main":
                self.main_done(pipe, slug, message, effect)
            elif op == "error":
                self.record_error(pipe, slug, message, unit, effect["error"], "effect")
        if result.get("error"):
            error_id = self.record_error(pipe, slug, message, unit, result["error"], "exception")
            if message.get("k") == "main":
                pipe.rpush(keys.reply(message["rid"]), json.dumps({"main": "failed", "error": result["error"]}))
            elif message.get("rid") and not responded:
                self.fail_request(pipe, message["rid"], error_id)
        results = pipe.execute()
        if version_bumps:
            self.note_own_writes(slug, [results[i] for i in version_bumps])

    def note_own_writes(self, slug, versions):
        """If only this node wrote, its isolate's copy of the files is current."""
        held = self.node.loaded.get(slug)
        if held is not None and versions[-1] == held["files_version"] + len(versions):
            held["files_version"] = versions[-1]

    def respond(self, pipe, rid, status, headers, body_b64):
        pipe.set(f"flx:replied:{rid}", 1, nx=True, ex=keys.REPLY_TTL_S)
        pipe.rpush(keys.reply(rid), json.dumps({"status": status, "headers": headers, "body": body_b64}))
        pipe.expire(keys.reply(rid), keys.REPLY_TTL_S)

    def post(self, pipe, view, unit, message, effect):
        target = effect.get("target")
        dest = view.unit_of.get(target) or unit
        msg = {"id": uuid.uuid4().hex, "k": "call", "unit": dest, "fn": effect["fn"], "args": effect["args"],
               "rid": effect.get("rid") or message.get("rid"), "via": effect.get("via"),
               "src": message.get("fx") or unit, "fx": target, "t": now_ms()}
        text = json.dumps(msg)
        queue = keys.queue(view.slug, dest)
        delay = effect.get("delay")
        if delay:
            member = keys.timer_member(view.slug, effect["id"])
            data = {"queue": queue, "message": text, "repeat_ms": effect.get("repeat") or 0}
            pipe.hset(keys.TIMER_DATA, member, json.dumps(data))
            pipe.zadd(keys.TIMERS, {member: now_ms() + int(delay)})
        else:
            pipe.rpush(queue, text)

    def redis_command(self, pipe, view, unit, message, effect):
        kv = KeyValue(self.node.kv_client, keys.kv_prefix(view.slug))
        if effect["cmd"] == "multi":
            err, replies = kv.multi(effect["args"])
            for cb, reply in zip(effect.get("cbs") or [], replies or []):
                if cb is not None and cb.get("$") != "u":
                    is_error = isinstance(reply, dict) and reply.get("$") == "err"
                    self.post_callback(pipe, view, unit, message, cb, [reply if is_error else None,
                                                                        None if is_error else reply])
        else:
            err, replies = kv.run(effect["cmd"], effect["args"])
        cb = effect.get("cb")
        if cb is not None and cb.get("$") != "u":
            self.post_callback(pipe, view, unit, message, cb, [err, replies],
                               target=effect.get("target"), via="redis." + effect["cmd"])
        elif err is not None:
            self.log_line(pipe, view.slug, "error", "Redis: " + err["v"]["message"], message, unit)

    def post_callback(self, pipe, view, unit, message, cb, args, target=None, via="redis"):
        if target is None and cb.get("$") == "flx":
            target = cb.get("id")
        self.post(pipe, view, unit, message, {"fn": cb, "args": args, "target": target, "via": via})

    def main_done(self, pipe, slug, message, effect):
        pipe.set(keys.main(slug), effect["snapshot"])
        keep = set(message.get("keep") or ())
        for unit, state in (effect.get("units") or {}).items():
            if state is not None and unit not in keep:
                pipe.set(keys.state(slug, unit), state)
        if message.get("rid"):
            pipe.rpush(keys.reply(message["rid"]), json.dumps({"main": "done"}))
            pipe.expire(keys.reply(message["rid"]), keys.REPLY_TTL_S)

    # -- logs and failures ------------------------------------------------------

    def log_line(self, pipe, slug, level, text, message, unit, **extra):
        entry = {"ts": now_ms(), "level": level, "text": text, "fluxion": message.get("fx"), "unit": unit,
                 "node": self.node.name}
        entry.update({k: v for k, v in extra.items() if v is not None})
        pipe.lpush(keys.log(slug), json.dumps(entry))
        pipe.ltrim(keys.log(slug), 0, keys.LOG_LIMIT - 1)
        pipe.publish(keys.EVENTS, json.dumps({"type": "log", "slug": slug, "entry": entry}))

    def record_error(self, pipe, slug, message, unit, error, kind):
        error_id = uuid.uuid4().hex[:12]
        record = {"id": error_id, "ts": now_ms(), "kind": kind, "unit": unit,
                  "fluxion": error.get("fluxion") or message.get("fx"),
                  "via": message.get("via"), "rid": message.get("rid"), "node": self.node.name}
        record.update(error)
        pipe.hset(keys.errors(slug), error_id, json.dumps(record))
        where = f" ({error.get('file')}:{error.get('line')})" if error.get("file") else ""
        self.log_line(pipe, slug, "error", f"{error.get('name', 'Error')}: {error.get('message')}{where}",
                      message, unit, error_id=error_id, file=error.get("file"), line=error.get("line"),
                      fluxion=record["fluxion"])
        return error_id

    def fail_request(self, pipe, rid, error_id, status=500):
        """Answers a request whose chain broke, unless it was answered already."""
        if self.r.exists(f"flx:replied:{rid}"):
            return
        body = error_page(status, "Internal Server Error")
        headers = [["Content-Security-Policy", "default-src 'none'"], ["X-Content-Type-Options", "nosniff"],
                   ["Content-Type", "text/html; charset=utf-8"], ["X-Liquefy-Error", error_id]]
        self.respond(pipe, rid, status, headers, base64.b64encode(body.encode()).decode())

    def fail_message(self, slug, message, reason, text, unit=None):
        """A message the isolate could not finish (time, memory, crash)."""
        pipe = self.r.pipeline(transaction=False)
        error = {"name": {"timeout": "TimeoutError", "memory": "RangeError"}.get(reason, "Error"),
                 "message": text, "reason": reason}
        error_id = self.record_error(pipe, slug, message, unit, error, reason)
        if message.get("rid"):
            self.fail_request(pipe, message["rid"], error_id)
        if message.get("k") == "main" and message.get("rid"):
            pipe.rpush(keys.reply(message["rid"]), json.dumps({"main": "failed", "error": error}))
        pipe.execute()
