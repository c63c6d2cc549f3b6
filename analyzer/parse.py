"""Parsing with esprima (the esprima-fork distribution: ECMAScript 2026), and source positions.

esprima is asked for ranges only: building `loc` objects for every node costs
almost as much as the parse itself, so lines and columns are computed on demand
from a table of line starts.

A file is parsed as Node.js loads a CommonJS module: a `#!` first line is
ignored and the body is a function body (a top-level `return` is allowed).
Offsets stay those of the original text, in Python characters (code points,
`positionEncoding: "scalar"`), not JavaScript's UTF-16 units, so that a range
indexes the text the analyzer and the compiler slice.
"""
import bisect

import esprima
from esprima.parser import Parser


OPTIONS = {"range": True, "tolerant": False, "positionEncoding": "scalar"}


class ParseError(Exception):
    """A file that esprima cannot parse. `line` is 1-based, `column` 0-based."""

    def __init__(self, file, line, column, message):
        super().__init__(f"{file}:{line}:{column + 1}: {message}")
        self.file, self.line, self.column, self.message = file, line, column, message

    def as_dict(self):
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message}


class Lines:
    """Maps source offsets to {line, column} (1-based lines, 0-based columns)."""

    def __init__(self, text):
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)

    def pos(self, offset):
        line = bisect.bisect_right(self.starts, offset) - 1
        return {"line": line + 1, "column": offset - self.starts[line]}

    def loc(self, rng):
        return {"start": self.pos(rng[0]), "end": self.pos(rng[1])}

    def offset(self, line, column=0):
        return self.starts[line - 1] + column


class MappedLines(Lines):
    """Line starts of a transformed text (`offset`), positions reported in the original's."""

    def __init__(self, text, original_lines, mapping):
        super().__init__(text)
        self.original_lines, self.mapping = original_lines, mapping

    def pos(self, offset):
        return self.original_lines.pos(self.mapping.original(offset))


def parse(text, file="<input>", module=False, top_level_await=False):
    """Parses a CommonJS module, or with `module` an ES module. Raises ParseError with the position.
    `top_level_await`: the CommonJS text of an ES module that awaits at its top level
    (the runtime runs such a module's body as an async function)."""
    try:
        parser = Parser(without_hashbang(text), dict(OPTIONS))
        if module:
            return parser.parseModule()
        parser.context.inFunctionBody = True  # Node wraps a module in a function
        parser.context.allowAwait = top_level_await
        return parser.parseScript()
    except esprima.Error as e:
        message = str(getattr(e, "description", "") or e.message)
        message = message.split(": ", 1)[1] if message.startswith("Line ") else message
        line = getattr(e, "lineNumber", 1) or 1
        column = max((getattr(e, "column", 1) or 1) - 1, 0)
        raise ParseError(file, line, column, message) from None
    except RecursionError:
        raise ParseError(file, 1, 0, "program nested too deeply to parse") from None


def without_hashbang(text):
    """The text with a `#!` first line blanked out, offsets unchanged."""
    if not text.startswith("#!"):
        return text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    return " " * end + text[end:]
