"""A Celery worker becomes a Liquefy node: a bootstep runs the node's loop.

    celery -A config worker -n node1@%h -Q node1 --pool=solo

The loop runs in its own thread, owning the node's isolates; the worker's
own queue (named after the node) takes control tasks (executor.tasks).
"""
import logging
import os
import threading

from celery import bootsteps
from django.conf import settings

log = logging.getLogger("liquefy.node")


def node_name(hostname):
    return hostname.split("@", 1)[0]


class NodeStep(bootsteps.StartStopStep):
    requires = {"celery.worker.components:Pool"}

    def __init__(self, worker, **kwargs):
        super().__init__(worker, **kwargs)
        self.node = None
        self.thread = None

    def start(self, worker):
        if os.environ.get("LIQUEFY_NODE", "1") == "0":  # a control worker: Celery tasks only, no fluxions
            self.thread = threading.Thread(target=beat_as_control, args=(worker,), daemon=True)
            self.thread.start()
            return
        from .node import Node

        self.node = Node(node_name(worker.hostname), settings.REDIS_URL,
                         time_limit_ms=settings.LIQUEFY_MESSAGE_TIME_LIMIT_MS,
                         heap_limit_mb=settings.LIQUEFY_HEAP_LIMIT_MB, kv_quota_mb=settings.LIQUEFY_KV_QUOTA_MB,
                         sandbox_memory_mb=settings.LIQUEFY_SANDBOX_MEMORY_MB,
                         sandbox_limit=settings.LIQUEFY_NODE_SANDBOXES,
                         sandboxes_budget_mb=settings.LIQUEFY_NODE_SANDBOXES_MB,
                         unit_queue_limit=settings.LIQUEFY_UNIT_QUEUE_LIMIT, verify=settings.LIQUEFY_VERIFY,
                         verify_max_values=settings.LIQUEFY_VERIFY_MAX_VALUES,
                         verify_max_depth=settings.LIQUEFY_VERIFY_MAX_DEPTH)
        self.thread = threading.Thread(target=self.node.run, name=f"liquefy-node-{self.node.name}", daemon=True)
        self.thread.start()

    def stop(self, worker):
        if self.node is not None:
            self.node.stop()
            self.thread.join(timeout=5)


def beat_as_control(worker):
    """The control worker says it is there (the load generator needs one)."""
    import time

    import redis

    from . import keys, redis_client
    r = redis_client.connect(settings.REDIS_URL)
    while True:
        try:
            r.set(keys.CONTROL_ALIVE, worker.hostname, px=keys.NODE_TTL_MS)
        except redis.RedisError:
            log.warning("control worker: heartbeat failed")
        time.sleep(1)
