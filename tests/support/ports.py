"""Ports for the servers tests start.

Picked at random below Linux's ephemeral range (32768-60999), which the
kernel hands to every outgoing connection: a port found free there can be
taken by a client's socket before the server binds it (a Redis Cluster node
failed on that in CI). Below it, only other listeners compete.
"""
import random
import socket

LOWEST, HIGHEST = 20000, 32767


def free_port():
    while True:
        port = random.randint(LOWEST, HIGHEST)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
