"""Celery tasks: work for the control worker (queue `liquefy`), and a ping."""
from celery import shared_task


@shared_task(name="executor.ping")
def ping():
    """A round trip through Celery: the baseline the executor's hops are compared with."""
    return "pong"


@shared_task(name="executor.loadgen")
def loadgen(slug, run_id, plan):
    """Runs the load generator (executor/loadgen.py) for one project."""
    from django.conf import settings

    from . import loadgen as lg
    from .api import _client
    from .live import channel_publisher
    return lg.run_task(_client(settings.REDIS_URL), slug, run_id, plan, channel_publisher())
