"""A project's console: the lines its code logs, its errors, and what the gateway refused.

Newest first in `p:log`, capped at keys.LOG_LIMIT; the IDE's live view polls it.
"""
import json
import time

from . import keys


def line(level, text, node, fluxion=None, unit=None, **extra):
    entry = {"ts": int(time.time() * 1000), "level": level, "text": text, "fluxion": fluxion, "unit": unit,
             "node": node}
    entry.update({k: v for k, v in extra.items() if v is not None})
    return entry


def push(pipe, slug, entry):
    """Queues the line on `pipe` (a Redis pipeline, sync or async)."""
    pipe.lpush(keys.log(slug), json.dumps(entry))
    pipe.ltrim(keys.log(slug), 0, keys.LOG_LIMIT - 1)
