"""Compiled code reaches the runtime only through the hooks the sealed `__rt` keeps
(executor/runtime/core.js, "sealing"): every hook the compiler writes must be one."""
import re
from pathlib import Path

from py_mini_racer import MiniRacer

from executor.runtime import runtime_source

ROOT = Path(__file__).resolve().parents[2]
GENERATED_ELSEWHERE = {"seal"}  # called by the node before sealing (executor/isolate.py)
F_STRING_KINDS = {"fn", "flxDecl"}  # `__rt.{kind}(...)` in executor/compiler.py


def sealed_names():
    core = (ROOT / "executor/runtime/core.js").read_text()
    names = set()
    for table in ("HOOKS", "FLAGS"):
        listed = re.search(rf"const {table} = \[(.*?)\];", core, re.S).group(1)
        names |= set(re.findall(r'"(\w+)"', listed))
    return names


def written_hooks():
    sources = list((ROOT / "analyzer").glob("*.py")) + list((ROOT / "executor").glob("*.py"))
    return {name for path in sources for name in re.findall(r"__rt\.(\w+)", path.read_text())}


def test_every_hook_compiled_code_calls_survives_sealing():
    assert written_hooks() - GENERATED_ELSEWHERE - sealed_names() == set()
    assert F_STRING_KINDS <= sealed_names()


def test_the_runtime_modules_are_out_of_users_reach():
    """The runtime's files are modules of the builtins' loader (executor/runtime/__init__.py):
    once loaded, neither the globals that brought them in nor a require reaches them."""
    ctx = MiniRacer()
    for source in runtime_source():
        ctx.eval(source)
    assert ctx.eval("typeof __liquefyDefine + typeof __liquefyStart") == "undefinedundefined"
    for request in ("__liquefyBuiltins.require('liquefy/core')", "__liquefyBuiltins.require('node:liquefy/core')",
                    "__liquefyBuiltins.vendored('../liquefy/core')"):
        assert ctx.eval(f"try {{ {request}; 'reached' }} catch (e) {{ e.code }}") in (
            "MODULE_NOT_FOUND", "ERR_UNKNOWN_BUILTIN_MODULE")
    assert ctx.eval("typeof __rt.seal") == "function"  # the host seals it next (executor/isolate.py)
