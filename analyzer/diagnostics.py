"""What the analyzer could not decide, or wants the user to know.

Each kind has a severity and a message template; passes call `report.add` and
only the CLI and the IDE format them.
"""

KINDS = {
    "eval": ("warning", "eval() runs code the analyzer cannot see; its callbacks are not split"),
    "with-statement": ("warning", "`with` makes variable resolution dynamic; names inside are guessed"),
    "dynamic-require": ("warning", "require() of a computed name: the module cannot be known before run time"),
    "unknown-module": ("info", "module `{name}` is outside the program; functions passed to it are treated as "
                               "asynchronous continuations"),
    "dynamic-callback": ("info", "the function passed to `{callee}` is computed at run time; "
                                 "it is not split into its own fluxion"),
    "unknown-callee": ("info", "cannot tell whether `{callee}` calls its function argument later; "
                               "treated as synchronous"),
    "closure-crosses": ("info", "closure `{name}` crosses the stream {stream}: carried as its code and its "
                                "captured variables ({captured})"),
    "group": ("info", "{fluxions} share {variables}: they form group {group} and run one message at a time"),
    "file-writers": ("info", "{fluxions} write the service's files: they run in group {group}, one message at a "
                             "time, as a read and a write of a file in Node.js are never interleaved"),
    "package-held": ("info", "`{variable}`, an instance of a package's class handed to a package call, is changed "
                             "by what that call made: it is state of unit {group}, where that runs"),
    "session-users": ("info", "{fluxions} keep state and use `req.session`: they run in {group}, express-session's "
                      "unit, where its store is and where its `res.end` saves the session"),
    "package-made": ("info", "`{callee}(...)`, a middleware a package makes, may keep state of its own that the "
                             "analysis cannot see (a store made inside it): unit {group} runs it when it does"),
    "missing-module": ("warning", "require('{name}'): no such file in the service"),
    "possible-write": ("info", "the analysis cannot see what `{callee}` does: it is taken as a write of "
                               "`{name}` (state, so its fluxion is not replicated)"),
    "generator-state": ("warning", "`{variable}` keeps an object of the generator function {name}, which cannot "
                                   "travel between messages: {why}; keeping it as state fails (the deployment, or the "
                                   "message that keeps it)"),
    "await-kept-whole": ("info", "{why}: this async function is not split at its awaits; it runs as one "
                                 "fluxion, and an await there must settle within the same message"),
}


class Diagnostic:
    __slots__ = ("kind", "severity", "message", "file", "range", "loc")

    def __init__(self, kind, file, rng, **fields):
        severity, template = KINDS[kind]
        self.kind, self.severity, self.file, self.range = kind, severity, file, rng
        self.message = template.format(**fields)


class Report:
    def __init__(self):
        self.items = []
        self._seen = set()

    def add(self, kind, module, rng, loc=None, **fields):
        key = (kind, module.path if module else None, tuple(rng or ()), str(loc), tuple(sorted(fields.items())))
        if key in self._seen:
            return
        self._seen.add(key)
        d = Diagnostic(kind, module.path if module else None, rng, **fields)
        d.loc = loc
        self.items.append((d, module))

    def warning(self, kind, module, rng, **fields):
        self.add(kind, module, rng, **fields)

    info = warning

    def as_json(self):
        out = []
        for d, module in self.items:
            item = {"severity": d.severity, "kind": d.kind, "message": d.message, "file": d.file}
            if d.loc is not None:
                item["loc"] = d.loc
            elif module is not None and d.range:
                item["loc"] = module.lines.loc(d.range)
            out.append(item)
        return out
