"""Django settings, URLs, ASGI and Celery wiring for Liquefy."""
