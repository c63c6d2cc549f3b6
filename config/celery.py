"""The Celery application: each worker started with it is a Liquefy node."""
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from executor.celery_app import app  # noqa: E402
from executor.worker import NodeStep  # noqa: E402  (needs Django settings)

app.steps["worker"].add(NodeStep)
app.autodiscover_tasks(["executor"])
