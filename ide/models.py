"""Projects and their revisions. A project belongs to its owner alone."""
import base64

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

from . import package_store

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
slug_validator = RegexValidator(SLUG_PATTERN, "Use lowercase letters, digits and single dashes (e.g. my-service).")


class Project(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="projects")
    slug = models.CharField(max_length=40, unique=True, validators=[slug_validator])
    name = models.CharField(max_length=100)
    created = models.DateTimeField(auto_now_add=True)
    # Graph edits, applied on every analysis:
    names = models.JSONField(default=dict, blank=True)      # fluxion id -> {"name", "at": "file:line:column"}
    overrides = models.JSONField(default=dict, blank=True)  # "file:line:column" of a call -> sync|post|start
    pins = models.JSONField(default=dict, blank=True)       # fluxion id -> node name
    # Deploy setting: verify mode (docs/executor.md), passed to the executor at each deploy
    verify = models.BooleanField(default=False)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.slug

    @property
    def head(self):
        return self.revisions.order_by("-number").first()


class Revision(models.Model):
    """One saved state of the service: text files as text, other files in base64."""
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    entry = models.CharField(max_length=200, blank=True)
    files = models.JSONField(default=dict)   # path -> text
    binary = models.JSONField(default=dict, blank=True)  # path -> base64
    packages = models.CharField(max_length=64, blank=True, default="")  # its node_modules/ (ide/package_store.py)
    message = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["project", "number"], name="unique_revision_number")]

    def __str__(self):
        return f"{self.project.slug} r{self.number}"

    def as_bytes(self):
        """Every file as {path: bytes}: what the executor deploys."""
        out = {p: t.encode("utf-8") for p, t in self.files.items()}
        out.update({p: base64.b64decode(b) for p, b in self.binary.items()})
        out.update(package_store.get(self.packages))
        return out

    def paths(self):
        return sorted([*self.files, *self.binary])
