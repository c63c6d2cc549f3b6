"""A short call handed to another thread runs on the caller's CPU.

A message's way through a node is a chain of hand-offs in which one thread waits
while the next works: the node's loop writes a frame and waits for the sandbox
process, whose main thread hands the call to V8's thread and waits for its result.
Where the waiting thread and the woken one sit on different CPUs, each wake-up
costs an inter-processor interrupt, which on this project's virtual machines (an
idle vCPU halts at once: cpuidle haltpoll with guest_halt_poll_ns 0) was 30 to
40 us: an empty call into V8 took 84 to 117 us against 27 with both threads on one
CPU (docs/performance.md, the nineteenth session). The caller is idle during the
call, so the woken thread loses nothing by sharing its CPU; but a long call
(a CPU-bound route) must not stay tied to a CPU another busy process shares, so a
call that lasts longer than SHORT_CALL_S gets every CPU back.

LIQUEFY_SHARE_CORE=0 turns this off (for an A/B measurement, or a machine
where the process may not set affinities).
"""
import ctypes
import logging
import os

log = logging.getLogger("liquefy.cores")

SHORT_CALL_S = 0.002
ENABLED = os.environ.get("LIQUEFY_SHARE_CORE", "1") != "0"

try:
    _sched_getcpu = ctypes.CDLL("libc.so.6", use_errno=True).sched_getcpu
except (OSError, AttributeError):  # not Linux with glibc
    _sched_getcpu = None


def _allowed_cpus():
    """The CPUs this process may run on: its node's (a sandbox process may be tied to one CPU
    already when it starts, by the node's first call), else this thread's at import."""
    given = os.environ.get("LIQUEFY_CPUS")
    if given:
        return {int(cpu) for cpu in given.split(",")}
    return os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None


ALLOWED_CPUS = _allowed_cpus()


def child_environment():
    """For a child process whose threads are followed: the CPUs it may run on."""
    return {"LIQUEFY_SHARE_CORE": "1" if ENABLED else "0",
            "LIQUEFY_CPUS": ",".join(map(str, sorted(ALLOWED_CPUS or ())))}


def untie_this_thread():
    """Before this thread starts threads (V8's): they inherit its CPUs, and must have them all."""
    if ENABLED and ALLOWED_CPUS:
        try:
            os.sched_setaffinity(0, ALLOWED_CPUS)
        except OSError:
            pass


class CoreFollower:
    """Ties thread `tid` (a thread of this process, or another process's main thread: its pid)
    to the CPU of the thread that calls `follow`, until `release`."""

    def __init__(self, tid):
        self.tid = tid
        self.tied = False
        self.enabled = ENABLED and _sched_getcpu is not None and tid is not None and bool(ALLOWED_CPUS)

    def follow(self):
        if self.enabled:
            cpu = _sched_getcpu()
            if cpu >= 0:
                self.tied = self._set({cpu})

    def release(self):
        if self.enabled and self.tied:
            self.tied = not self._set(ALLOWED_CPUS)

    def _set(self, cpus):
        try:
            os.sched_setaffinity(self.tid, cpus)
            return True
        except OSError as e:  # the thread ended, or affinities are not ours to set here
            log.info("not sharing a CPU with thread %s: %s", self.tid, e)
            self.enabled = False
            return False
