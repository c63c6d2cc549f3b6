"""The Celery application, as the executor sends tasks with it (the load generator's run
to the control worker); config/celery.py makes each worker started with it a node."""
from celery import Celery

app = Celery("liquefy")
app.config_from_object("django.conf:settings", namespace="CELERY")
