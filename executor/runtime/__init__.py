"""The JavaScript runtime evaluated in every isolate before a project's code.

Each file here is a CommonJS module of the builtins' loader (builtins.py), named
`liquefy/<file>`: it requires what it uses, and runtime.js, the module the last
script loads, requires the rest, so the load order follows from the requires.
docs/executor.md, "The runtime's modules", draws the graph."""
import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = "liquefy/runtime"


def module_script(path, then=""):
    """A runtime file as a script that gives the loader its module (one script per
    file, so that V8 compiles it once, eagerly, and stack traces name the file)."""
    name = json.dumps(f"liquefy/{path.stem}")
    return (f"__liquefyDefine({name}, (function (exports, require, module) {{{path.read_text()}\n}}));\n"
            f"{then}//# sourceURL=liquefy/{path.name}\n")


@lru_cache(maxsize=1)
def runtime_source():
    """The scripts to evaluate in order: the builtins, then each runtime file, the last
    one ending with the start (one call into V8 fewer)."""
    from .builtins import bundle
    *paths, last = sorted(HERE.glob("*.js"))
    start = f"__liquefyStart({json.dumps(START)});\n"
    return [bundle(runtime=True), *map(module_script, paths), module_script(last, start)]
