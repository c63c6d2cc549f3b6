"""The live channels between the executor and the browsers: the Channels groups the
executor publishes a project's live data to, the IDE's group of a project, and the
types of the messages sent through them and on the project's WebSocket
(ide/consumers.py; docs/ide.md).
"""

# Channels groups: what the executor sends (executor/monitor.py, executor/loadgen.py)


def metrics_group(slug):
    return f"metrics.{slug}"


def events_group(slug):
    return f"events.{slug}"


def load_group(slug):
    return f"load.{slug}"


def project_groups(slug):
    """Every group of the project's live data."""
    return [metrics_group(slug), events_group(slug), load_group(slug)]


def project_group(project_id):
    """The IDE's group of a project (its placement changes): by the project's database id."""
    return f"project-{project_id}"


# channel layer message types (a consumer's method: "flx.metrics" -> flx_metrics)
METRICS = "flx.metrics"
EVENT = "flx.event"
LOAD = "flx.load"
PLACEMENT = "flx.placement"

# on the project's WebSocket (ide/consumers.py): what the browser asks for ...
FOLLOW_LOGS, ASK_HISTORY = "logs.follow", "history"
# ... and what it is sent
SOCKET_PLACEMENT, SOCKET_METRICS, SOCKET_EVENT, SOCKET_LOAD = "placement", "metrics", "event", "load"
SOCKET_LOGS, SOCKET_LOGS_UNAVAILABLE = "logs", "logs.unavailable"
SOCKET_HISTORY, SOCKET_HISTORY_UNAVAILABLE = "history", "history.unavailable"
SOCKET_ERROR = "error"


def channel_publisher():
    """Publishes to the Channels layer (the browsers' WebSocket consumers)."""
    from asgiref.sync import async_to_sync
    from channels.layers import get_channel_layer
    layer = get_channel_layer()
    send = async_to_sync(layer.group_send)

    def publish(group, message):
        try:
            send(group, message)
        except Exception as e:  # noqa: BLE001 - a slow browser must not stop the loop
            print(f"metrics: could not publish to {group}: {e}", flush=True)
    return publish
