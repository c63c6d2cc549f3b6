"""Celery tasks: control work sent to one node's own queue, or to any node."""
from celery import shared_task


@shared_task(name="executor.ping")
def ping():
    """A round trip through Celery: the baseline the executor's hops are compared with."""
    return "pong"
