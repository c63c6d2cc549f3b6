"""Requests put straight into a project's HTTP queue, as the gateway puts them, with their replies
read from a made-up gateway's list: for tests that run a node in their own process and step it.
`r` is a Redis client with decode_responses=True."""
import base64
import json

from executor import gateway, keys
from executor.effects import enqueue

GATEWAY = "0123456789abcdef"  # the replies go to this made-up gateway's list


def send(r, slug, paths, method="GET", headers=None):
    """Queues a request for each path, in order; returns their request ids."""
    rids = [keys.request_id(slug, GATEWAY) for _ in paths]
    head = dict({"host": "x"}, **(headers or {}))
    pipe = r.pipeline()
    enqueue(pipe, slug, keys.HTTP_UNIT, *(json.dumps(gateway.http_message(rid, method, path, head, b"", "::1"))
                                          for rid, path in zip(rids, paths)))
    pipe.execute()
    return rids


def answers(r, slug, rids):
    """(status, body) of each request answered so far, None for the others."""
    replies = {}
    for raw in r.lrange(keys.gateway_replies(slug, GATEWAY), 0, -1):
        reply = json.loads(raw)
        replies[reply["rid"]] = (reply["status"], base64.b64decode(reply["body"]).decode())
    return [replies.get(rid) for rid in rids]


def ask(r, slug, method, path, headers=None, timeout=30):
    """(status, body) of one request, waiting for its reply (a node steps meanwhile)."""
    rid, = send(r, slug, [path], method, headers)
    while True:
        item = r.blpop([keys.gateway_replies(slug, GATEWAY)], timeout=timeout)
        assert item is not None, f"no answer to {path}"
        reply = json.loads(item[1])
        if reply["rid"] == rid:
            return reply["status"], base64.b64decode(reply["body"]).decode()
