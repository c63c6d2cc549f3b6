"""Replaying a service's requests while another thread moves its stateful units."""
import threading
import time

from executor import api
from executor.errors import PlacementError
from tests.support.nodejs import load_requests, replay


def keep_moving(slug, nodes, stop, moves):
    """Moves every stateful unit of `slug` to the other of `nodes`, again and again; not those
    kept live on their node (`pinned`: a move is refused, tests/executor/test_live_units.py)."""
    while not stop.is_set():
        for unit, info in api.placement(slug).items():
            if info["stateful"] and not info["pinned"]:
                target = nodes[(nodes.index(info["node"]) + 1) % 2] if info["node"] in nodes else nodes[0]
                try:
                    moves.append(api.place(slug, unit, target, timeout=20))
                except PlacementError:
                    # found live meanwhile (what it holds cannot travel: its node keeps it); the other
                    # units go on moving. Anything else (a hand-over that did not come) still fails.
                    if not api.placement(slug).get(unit, {}).get("pinned"):
                        raise
        time.sleep(0.01)


def replay_while_moving(stack, slug, service, nodes):
    """(the answers to the service's requests, the moves made meanwhile)."""
    stop, moves = threading.Event(), []
    mover = threading.Thread(target=keep_moving, args=(slug, nodes, stop, moves))
    mover.start()
    try:
        answers = replay(stack.url(slug, ""), load_requests(service))
    finally:
        stop.set()
        mover.join()
    return answers, moves
