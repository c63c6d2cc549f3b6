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


class CoreFollower:
    """Ties thread `tid` (a thread of this process, or another process's main thread: its pid)
    to the CPU of the thread that calls `follow`, until `release`."""

    def __init__(self, tid):
        self.tid = tid
        self.pinned = None
        self.enabled = ENABLED and _sched_getcpu is not None and tid is not None
        self.all_cpus = os.sched_getaffinity(0) if self.enabled else None

    def follow(self):
        if not self.enabled:
            return
        cpu = _sched_getcpu()
        if cpu != self.pinned and cpu >= 0:
            self._set({cpu})
            self.pinned = cpu

    def release(self):
        if self.enabled and self.pinned is not None:
            self._set(self.all_cpus)
            self.pinned = None

    def _set(self, cpus):
        try:
            os.sched_setaffinity(self.tid, cpus)
        except OSError as e:  # the thread ended, or affinities are not ours to set here
            log.info("not sharing a CPU with thread %s: %s", self.tid, e)
            self.enabled = False
