from django.apps import AppConfig


class IdeConfig(AppConfig):
    name = "ide"
    verbose_name = "Liquefy IDE"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
