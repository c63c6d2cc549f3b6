"""The executor as the rest of Liquefy (the IDE, management commands) sees it.

Everything here talks to Redis; nothing needs a node to be in this process.
"""


class DeployError(Exception):
    """A service refused at deployment, with where the problem is when known."""

    def __init__(self, message, file=None, line=None, column=None):
        super().__init__(message)
        self.message, self.file, self.line, self.column = message, file, line, column

    def as_dict(self):
        return {"message": self.message, "file": self.file, "line": self.line, "column": self.column}


def deploy(slug, files, *, reset=False, overrides=None, limits=None):
    """Analyses, compiles and starts `files` ({path: bytes}) as project `slug`.

    Returns {"version": int, "graph": flx-graph/1 dict, "units": {...}}.
    Raises DeployError (parse error, module outside the runtime, no node alive).
    """
    raise NotImplementedError("executor.api.deploy: being written (issue 3)")


def stop(slug):
    """Stops the project: the gateway answers 503 until the next deploy."""
    raise NotImplementedError("executor.api.stop: being written (issue 3)")


def status(slug):
    """{"deployed": bool, "version": int|None, "placement": placement(slug)}"""
    raise NotImplementedError("executor.api.status: being written (issue 3)")


def nodes():
    """[{"name": str, "alive": bool, "heartbeat_ms": int}] of the nodes known to Redis."""
    raise NotImplementedError("executor.api.nodes: being written (issue 3)")


def placement(slug):
    """{unit_id: {"node": name or None, "fluxions": [fluxion ids], "replicated": bool}}

    A unit is a group or a lone stateful fluxion; replicated units run on every node.
    """
    raise NotImplementedError("executor.api.placement: being written (issue 3)")


def place(slug, fluxion_or_unit, node, timeout=10.0):
    """Moves a fluxion (its whole unit) to `node` while traffic flows.

    Returns {"unit": id, "from": node, "to": node, "pause_ms": float}.
    """
    raise NotImplementedError("executor.api.place: being written (issue 3)")


def logs(slug, since_ms=0, limit=200):
    """The project's console output and errors, oldest first:
    [{"ts": ms, "level": "log"|"error"|..., "text": str, "fluxion": id|None,
      "file": str|None, "line": int|None, "error_id": str|None}]"""
    raise NotImplementedError("executor.api.logs: being written (issue 3)")


async def request(slug, method, path, headers=None, body=b"", timeout_ms=None):
    """Sends one HTTP request to the deployed service, as the gateway does.

    Returns (status, [(header, value)], body bytes).
    """
    raise NotImplementedError("executor.api.request: being written (issue 3)")
