"""A Redis Cluster of three masters on this machine, for tests.

Three `redis-server --cluster-enabled yes` on free ports (127.0.0.1 only, one
password), joined by `redis-cli --cluster create ... --cluster-replicas 0`.
`make test` installs redis-cli (Debian's redis-tools) with redis-server.
"""
import contextlib
import os
import shutil
import subprocess
import tempfile
import time

import redis

from executor import redis_server
from tests.support.ports import free_port

MASTERS = 3


def redis_cli():
    path = shutil.which("redis-cli")
    if path is None:
        raise RuntimeError("redis-cli is missing: `make test` installs it (Debian's redis-tools)")
    return path


class PortTaken(RuntimeError):
    pass


def start_server(directory, password):
    """(process, port) of a cluster node on free ports, tried again on others if one is taken meanwhile."""
    for _ in range(5):
        port = free_port()
        try:
            return start_server_on(port, os.path.join(directory, str(port)), password), port
        except PortTaken:
            continue
    raise RuntimeError("no free ports for a cluster node after 5 tries")


def start_server_on(port, directory, password):
    binary, _ = redis_server.server_binary()
    os.makedirs(directory, exist_ok=True)
    config = os.path.join(directory, "redis.conf")
    with open(config, "w") as f:
        f.write("\n".join([f"port {port}", "bind 127.0.0.1", f"dir {directory}", "save ''", "appendonly no",
                           "cluster-enabled yes", f"cluster-port {free_port()}", "cluster-config-file nodes.conf", "cluster-node-timeout 5000",
                           f"requirepass {password}", f"masterauth {password}", "logfile server.log"]) + "\n")
    proc = subprocess.Popen([binary, config], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    client = redis.Redis(host="127.0.0.1", port=port, password=password)
    deadline = time.monotonic() + 10
    while True:
        with contextlib.suppress(redis.RedisError):
            if client.ping():
                return proc
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            with open(os.path.join(directory, "server.log"), errors="replace") as log:
                text = log.read()
            if "Address already in use" in text:
                raise PortTaken(port)
            raise RuntimeError(f"a cluster node did not start on port {port}:\n{text[-2000:]}")
        time.sleep(0.05)


def wait_until_formed(ports, password, timeout=30):
    """Every node sees the whole cluster, all slots served."""
    deadline = time.monotonic() + timeout
    while True:
        states = []
        for port in ports:
            info = redis.Redis(host="127.0.0.1", port=port, password=password, decode_responses=True).cluster("info")
            states.append(info.get("cluster_state") == "ok" and int(info.get("cluster_known_nodes", 0)) == len(ports))
        if all(states):
            return
        if time.monotonic() > deadline:
            raise RuntimeError("the Redis Cluster did not form")
        time.sleep(0.1)


@contextlib.contextmanager
def redis_cluster():
    """Yields (URL for the executor: redis+cluster://..., [ports])."""
    cli = redis_cli()
    password = "cluster-test"
    procs = []
    with tempfile.TemporaryDirectory(prefix="redis-cluster-") as tmp:
        try:
            ports = []
            for _ in range(MASTERS):
                proc, port = start_server(tmp, password)
                procs.append(proc)
                ports.append(port)
            subprocess.run([cli, "-a", password, "--no-auth-warning", "--cluster", "create",
                            *(f"127.0.0.1:{p}" for p in ports), "--cluster-replicas", "0", "--cluster-yes"],
                           check=True, capture_output=True, timeout=60)
            wait_until_formed(ports, password)
            yield f"redis+cluster://:{password}@127.0.0.1:{ports[0]}/0", ports
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
