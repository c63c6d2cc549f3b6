"""The Celery application: each worker started with it is a Liquefy node."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("liquefy")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["executor"])
