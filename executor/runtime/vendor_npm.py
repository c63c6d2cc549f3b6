"""Copies the npm packages that serve as Node builtins into builtins/vendor/.

    cd executor/runtime/npm && npm ci --ignore-scripts
    python -m executor.runtime.vendor_npm

`stream` is readable-stream 4 (Node 20's own stream code, published for other
platforms), `zlib` is built on pako 2 (builtins/zlib.js); abort-controller and
event-target-shim are readable-stream's fallbacks for AbortController; proxy-addr
(with forwarded and ipaddr.js) is what Express 4 computes req.ip with. Their
files are copied unchanged, with their licences, and loaded by builtins.py as
internal modules named `vendor/<package>/<path>`; their requires of `buffer`,
`events`, `string_decoder` and `process/` reach Liquefy's builtins (ALIASES in
builtins.py); path-to-regexp 8 is what Express 5's router matches paths with; range-parser is what Express's
req.range() and serve-static parse a Range header with; negotiator is what Express 4's
`accepts` (req.accepts, acceptsLanguages...) negotiates with; mime 1's types.json is the table
of types by extension that Express 4's `send` looks up (a JSON file is loaded as a module
exporting it); cookie 0.7 is what res.cookie serializes with; dc-polyfill's
reimplementation and patches make `diagnostics_channel` (builtins/diagnostics_channel.js; not
its entry file, which requires Node's own module). Versions: executor/runtime/npm/package.json (+ lock).
"""
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "npm" / "node_modules"
OUT = HERE / "builtins" / "vendor"

# package -> the folders or files of it that are loaded
PACKAGES = {
    "readable-stream": ["lib"],
    "pako": ["index.js", "lib"],
    "abort-controller": ["dist/abort-controller.js"],
    "event-target-shim": ["dist/event-target-shim.js"],
    "proxy-addr": ["index.js"],  # Express's req.ip, req.ips under "trust proxy", with its two dependencies
    "forwarded": ["index.js"],
    "ipaddr.js": ["lib/ipaddr.js"],
    "path-to-regexp": ["dist/index.js"],  # Express 5's route paths (router 2 uses path-to-regexp 8)
    "range-parser": ["index.js"],  # req.range() and express.static's Range, as Express 4 parses them
    "negotiator": ["index.js", "lib"],  # req.accepts*(), as Express 4's `accepts` negotiates them
    "mime": ["types.json"],
    "cookie": ["index.js"],  # res.cookie's Set-Cookie (Express 4.21 and 5.1 serialize with cookie 0.7)  # the extensions' types of res.type(), sendFile and express.static (send's mime 1)
    "dc-polyfill": ["reimplementation.js", "acquire-channel-registry.js", "primordials.js", "errors.js",
                    "patch-top-subscribe-unsubscribe.js", "patch-channel-store-methods.js",
                    "patch-tracing-channel.js", "patch-tracing-channel-has-subscribers.js"],
}
LICENCES = {"dc-polyfill": "LICENSE.txt"}  # the others' are LICENSE
NOT_LOADED = {"readable-stream/lib/ours/index.js"}  # it requires Node's own 'stream'; ours/browser.js is the entry


def files(package):
    root = SOURCE / package
    for part in PACKAGES[package]:
        path = root / part
        for f in sorted(path.rglob("*.js")) if path.is_dir() else [path]:
            rel = f.relative_to(SOURCE).as_posix()
            if rel not in NOT_LOADED:
                yield f, rel


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    for package in PACKAGES:
        for f, rel in files(package):
            target = OUT / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
        licence = LICENCES.get(package, "LICENSE")
        shutil.copyfile(SOURCE / package / licence, OUT / package / licence)
        version = __import__("json").loads((SOURCE / package / "package.json").read_text())["version"]
        (OUT / package / "VERSION").write_text(version + "\n")
    print(f"vendored {', '.join(PACKAGES)} into {OUT}")


if __name__ == "__main__":
    main()
