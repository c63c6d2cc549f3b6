"""The Celery application: each worker started with it is a Liquefy node."""
import os

import django
from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from executor.worker import NodeStep  # noqa: E402  (needs Django settings)

app = Celery("liquefy")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.steps["worker"].add(NodeStep)
app.autodiscover_tasks(["executor"])
