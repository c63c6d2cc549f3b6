"""Waiting for something a real process does, without a timed assertion: the bound is
only how long a test waits before it says what never happened."""
import time


def wait_for(check, what, timeout=60):
    """`check()`'s first true value, asked every 0.2 s; AssertionError naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"waited {timeout} s for {what}")
