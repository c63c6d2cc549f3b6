"""Example services offered on a new project: one folder each, copied from the reference corpus."""
from pathlib import Path

HERE = Path(__file__).parent
DESCRIPTIONS = {
    "hello": "the smallest Express service: one route",
    "readfile": "a route that reads a data file: a post stream carrying res",
    "shared-counter": "two routes sharing a counter: one group",
    "chain3": "a timer then a file read: a chain of three fluxions",
    "json-api": "a JSON API keeping items in memory",
}


def choices():
    return [(name, f"{name}: {text}") for name, text in DESCRIPTIONS.items()]


def files(name):
    """{path: bytes} of example `name`."""
    if name not in DESCRIPTIONS:
        raise KeyError(name)
    root = HERE / name
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
