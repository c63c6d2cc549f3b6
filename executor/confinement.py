"""What holds an isolate process in, besides V8's own limits.

Each project's isolates run in a process of their own (executor/sandbox.py),
started here:

- with an empty environment: none of the node's settings (Redis's password,
  Django's secret key) are there to be read;
- without a network: in a network namespace of its own, with no interface but a
  loopback that is down, where the machine allows it (root, or user namespaces);
- with rlimits: no core dumps, few open files, small files written;
- in a memory cgroup (LIQUEFY_SANDBOX_MEMORY_MB, where the machine has cgroup v1's
  memory controller): V8's heap limit does not count the memory behind typed arrays
  and buffers, so the kernel counts all of the process. Past it the kernel kills
  the process, and the node reports the message as over its memory.

Whatever the machine refuses is left out and said once in the node's log
(`describe()` tells what holds).
"""
import ctypes
import logging
import os
import resource
from pathlib import Path

log = logging.getLogger("liquefy.sandbox")

CLONE_NEWNET = 0x40000000
CGROUP_V1_MEMORY = Path("/sys/fs/cgroup/memory")
OPEN_FILES = 256
WRITTEN_FILE_BYTES = 64 * 2 ** 20  # stderr is a file: what the process may write to it
_refused = set()


def refused_once(what, error):
    if what not in _refused:
        _refused.add(what)
        log.warning("isolate processes run without %s here: %s", what, error)


def child_setup():
    """Run in the child between fork and exec."""
    for limit, value in ((resource.RLIMIT_CORE, 0), (resource.RLIMIT_NOFILE, OPEN_FILES),
                         (resource.RLIMIT_FSIZE, WRITTEN_FILE_BYTES)):
        resource.setrlimit(limit, (value, value))
    ctypes.CDLL(None, use_errno=True).unshare(CLONE_NEWNET)  # checked by the parent (has_own_network)


def environment(extra):
    """The child's whole environment: what Python needs to start, and `extra`."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def own_memory_cgroup():
    """This process's memory cgroup (v1), under which the isolate processes' go."""
    try:
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if "memory" in controllers.split(","):
                return CGROUP_V1_MEMORY / path.lstrip("/")
    except OSError:
        pass
    return None


class MemoryCgroup:
    """A memory cgroup for one isolate process; None-like (`active` False) where there is none."""

    def __init__(self, name, limit_mb):
        self.path, self.active = None, False
        base = own_memory_cgroup()
        if base is None or not (base / "memory.limit_in_bytes").exists():
            refused_once("a memory cgroup", "no cgroup v1 memory controller")
            return
        try:
            self.path = base / "liquefy" / name
            self.path.mkdir(parents=True, exist_ok=True)
            (self.path / "memory.limit_in_bytes").write_text(str(limit_mb * 2 ** 20))
            self.active = True
        except OSError as e:
            refused_once("a memory cgroup", e)

    def add(self, pid):
        if self.active:
            try:
                (self.path / "cgroup.procs").write_text(str(pid))
            except OSError as e:
                refused_once("a memory cgroup", e)

    def oom_kills(self):
        """How many times the kernel killed a process of this cgroup for its memory."""
        if not self.active:
            return 0
        try:
            for line in (self.path / "memory.oom_control").read_text().splitlines():
                if line.startswith("oom_kill "):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def remove(self):
        if self.active:
            try:
                self.path.rmdir()  # empty once its process is gone
            except OSError:
                pass


def has_own_network(pid):
    """Whether the process `pid` got a network namespace of its own (else it is said once)."""
    try:
        own = os.readlink(f"/proc/{pid}/ns/net") != os.readlink("/proc/self/ns/net")
    except OSError as e:
        own = False
        refused_once("a network namespace of their own", e)
    if not own:
        refused_once("a network namespace of their own", "unshare(CLONE_NEWNET) was refused")
    return own
