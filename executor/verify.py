"""Verify mode, the node's side: what a verified message's digest found becomes an error.

The runtime digests what a message of a stateless unit can reach of main's values
before and after it (executor/runtime/verify.js) and says which paths changed. Each
change is recorded as an error of kind "verify" (the project's errors and console),
an event of type "verify" (the project's event log) and a line in the node's log:

    fluxion get_count wrote stats.hits at app.js:7 though analyzed as stateless

The file:line is the write's when the runtime could trace it (a field written again,
after a first report), else where the fluxion starts. The message's answer and effects
stand: the node keeps serving. A node reports each (version, text) once, so that a hot
route does not flood the logs.
"""
import logging

from . import events

log = logging.getLogger("liquefy.node")

MAX_PATHS = 5
MAX_PATH_CHARS = 300
REPORTED_LIMIT = 10_000


def checked(report):
    """The isolate's report, or None if it is not what the runtime makes (it is not trusted):
    {"wrote": [{"path", "file", "line"}], "capped", "failed"}."""
    if not isinstance(report, dict) or not isinstance(report.get("wrote"), list):
        return None
    wrote = []
    for change in report["wrote"][:MAX_PATHS]:
        if not isinstance(change, dict) or not isinstance(change.get("path"), str):
            continue
        file, line = change.get("file"), change.get("line")
        located = isinstance(file, str) and isinstance(line, int) and not isinstance(line, bool)
        wrote.append({"path": change["path"][:MAX_PATH_CHARS], "file": file[:MAX_PATH_CHARS] if located else None,
                      "line": line if located else None})
    failed = report.get("failed")
    return {"wrote": wrote, "capped": report.get("capped") is True,
            "failed": failed[:MAX_PATH_CHARS] if isinstance(failed, str) else None}


def writers(message, result, fluxions):
    """The fluxions that ran in the message, with where each starts: [(id, file, line)]."""
    ids = [message["fx"]] if message.get("fx") else []
    for entry in result.get("invoked") or ():
        if isinstance(entry, list) and entry and isinstance(entry[0], str) and entry[0] not in ids:
            ids.append(entry[0])
    return [(fid, (fluxions.get(fid) or {}).get("module"), (fluxions.get(fid) or {}).get("line")) for fid in ids]


def describe(change, unit, found):
    """`fluxion X wrote Y at file:line though analyzed as stateless` (several X when several ran):
    file:line of the write when the runtime traced it, else where the fluxion starts."""
    path = change["path"]
    if not found:
        where = f" at {change['file']}:{change['line']}" if change["file"] else ""
        return f"unit {unit} wrote {path}{where} though analyzed as stateless", change["file"], change["line"]
    names = " or ".join(fid for fid, _, _ in found)
    if change["file"]:
        file, line, places = change["file"], change["line"], f"{change['file']}:{change['line']}"
    else:
        file, line = found[-1][1], found[-1][2]
        places = " or ".join(f"{f}:{n}" for _, f, n in found if f) or "an unknown place"
    for prefix in {f + ":" for _, f, _ in found if f}:
        if path.startswith(prefix):
            path = path[len(prefix):]
    return f"fluxion {names} wrote {path} at {places} though analyzed as stateless", file, line


class Verifier:
    """One node's reports of verified messages."""

    def __init__(self, node, always, max_values, max_depth):
        self.node = node
        self.always = always  # every project, whatever its setting (the tests')
        self.caps = {"maxValues": max_values, "maxDepth": max_depth}
        self.reported = set()

    def caps_for(self, view):
        """The caps the isolate's digest gets (docs/executor.md, "Verify mode"), or None when off."""
        return self.caps if self.always or view.verify else None

    def report(self, view, unit, message, result, fluxions):
        found = checked(result.get("verify"))
        if found is None:
            return
        if found["failed"]:
            self.once(view, ("failed", found["failed"]), log.warning,
                      f"verify mode: no digest of {view.slug} ({found['failed']}); its messages go unchecked")
        if found["capped"]:
            self.once(view, ("capped",), log.warning,
                      f"verify mode: the digest of {view.slug} reached its cap "
                      f"({self.caps['maxValues']} values, depth {self.caps['maxDepth']}); "
                      "what lies beyond is not checked")
        ran = writers(message, result, fluxions)
        for change in found["wrote"]:
            text, file, line = describe(change, unit, ran)
            if self.once(view, (text,), log.error, f"node {self.node.name}: {view.slug}: {text}"):
                self.record(view, unit, message, text, file, line, change["path"], ran)

    def once(self, view, what, say, text):
        key = (view.slug, view.version) + what
        if key in self.reported:
            return False
        if len(self.reported) >= REPORTED_LIMIT:
            self.reported.clear()
        self.reported.add(key)
        say(text)
        return True

    def record(self, view, unit, message, text, file, line, path, ran):
        pipe = self.node.r.pipeline(transaction=False)
        error = {"name": "VerifyError", "message": text, "reason": "verify", "file": file, "line": line,
                 "fluxion": ran[-1][0] if ran else None, "path": path}
        error_id = self.node.effects.record_error(pipe, view.slug, message, unit, error, "verify")
        pipe.execute()
        events.publish(self.node.r, {"type": "verify", "unit": unit, "fluxion": error["fluxion"], "path": path,
                                     "file": file, "line": line, "text": text, "error_id": error_id,
                                     "node": self.node.name}, view.slug)
