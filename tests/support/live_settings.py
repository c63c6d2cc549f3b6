"""Settings for running the IDE alone (browser tests, benchmarks): no Redis needed.

The channel layer lives in memory, which is enough for one ASGI server process.
"""
from config.settings import *  # noqa: F401,F403

CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
