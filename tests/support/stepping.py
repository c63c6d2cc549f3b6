"""An in-process node stepped by a thread of the test, while a deployment or requests need it."""
import contextlib
import threading


@contextlib.contextmanager
def stepping(node):
    """Steps `node` in a thread of its own until the block ends."""
    stop = threading.Event()

    def loop():
        while not stop.is_set():
            node.step()
    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield node
    finally:
        stop.set()
        thread.join(10)
