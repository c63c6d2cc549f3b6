"""The JavaScript runtime evaluated in every isolate before a project's code."""
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Order matters: each file uses what the earlier ones define.
RUNTIME_FILES = ("core.js", "verify.js", "promise.js", "timers.js", "abort.js", "http_support.js", "express.js", "express_reqres.js",
                 "fs.js", "redis4_commands.js", "redis.js", "http.js")


@lru_cache(maxsize=1)
def runtime_source():
    from .builtins import bundle
    parts = [bundle()]
    for name in RUNTIME_FILES:
        parts.append((HERE / name).read_text() + f"\n//# sourceURL=liquefy/{name}\n")
    return parts
