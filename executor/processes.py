"""Child processes that stop when their parent does (Linux), so that a node
killed with SIGKILL leaves no sandbox behind, nor a test run its nodes."""
import ctypes
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(sig=signal.SIGTERM):
    """For `subprocess.Popen(preexec_fn=...)`: `sig` when the parent goes."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, sig)
    except OSError:
        pass  # not Linux: children then outlive a killed parent
