"""A deleted project (or a deleted user's projects) leaves nothing in the executor."""
import logging

from django.db.models.signals import post_delete
from django.dispatch import receiver

from . import running
from .models import Project

log = logging.getLogger("liquefy.ide")


@receiver(post_delete, sender=Project)
def forget_in_the_executor(sender, instance, **kwargs):
    try:
        running.forget(instance)
    except running.ExecutorUnavailable as e:
        # its name stays registered to its old owner, so nobody else inherits its data
        log.warning("project %s deleted, but its executor data stays: %s", instance.slug, e)
