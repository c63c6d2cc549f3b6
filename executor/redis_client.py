"""The executor's Redis clients: one server, or a Redis Cluster.

A URL `redis+cluster://[:password@]host:port` (or `rediss+cluster://`) names a cluster
(config/settings.py makes REDIS_URL one when LIQUEFY_REDIS_CLUSTER=1): the client is
redis-py's RedisCluster, which finds the other shards from that one node. Every key of a project
carries the hash tag `{slug}` (executor/keys.py), so what one project's scripts and
transactions touch is in one slot; the few global keys are only ever used one at a time.
"""
from urllib.parse import urlparse

import redis
import redis.asyncio as aioredis
from redis.asyncio.cluster import RedisCluster as AsyncRedisCluster
from redis.cluster import RedisCluster

CLUSTER_SCHEMES = {"redis+cluster": "redis", "rediss+cluster": "rediss"}


def is_cluster(url):
    return urlparse(url).scheme in CLUSTER_SCHEMES


def cluster_url(url):
    """`url` (redis:// or rediss://) as the URL of a cluster."""
    scheme, sep, rest = url.partition("://")
    return url if scheme in CLUSTER_SCHEMES else f"{scheme}+cluster{sep}{rest}"


def server_url(url):
    """A cluster's URL as redis-py reads it (a cluster has database 0 only)."""
    scheme, sep, rest = url.partition("://")
    return urlparse(CLUSTER_SCHEMES[scheme] + sep + rest)._replace(path="").geturl()


def connect(url, **options):
    """A client of the server or cluster at `url` (options as redis.Redis.from_url's)."""
    if is_cluster(url):
        return RedisCluster.from_url(server_url(url), **options)
    return redis.Redis.from_url(url, **options)


def connect_async(url, max_connections=None, **options):
    """An asyncio client; `max_connections` bounds the connections (per shard on a cluster),
    a request waiting for one rather than failing."""
    if is_cluster(url):
        if max_connections:
            options["max_connections"] = max_connections
        return AsyncRedisCluster.from_url(server_url(url), **options)
    if max_connections:
        pool = aioredis.BlockingConnectionPool.from_url(url, max_connections=max_connections, timeout=None,
                                                        **options)
        return aioredis.Redis(connection_pool=pool)
    return aioredis.Redis.from_url(url, **options)


def clustered(r):
    return isinstance(r, (RedisCluster, AsyncRedisCluster))


def queued(pipe):
    """The commands a pipeline holds, not sent yet (a list the caller may cut)."""
    strategy = getattr(pipe, "_execution_strategy", None)  # a cluster's pipeline
    return strategy.command_queue if strategy is not None else pipe.command_stack


def shard_of(r, key):
    """The client of the server holding `key` (and every key of its project): for the
    commands about a server's keys (SCAN), which a cluster client cannot route."""
    if isinstance(r, RedisCluster):
        return r.get_redis_connection(r.get_node_from_key(key))
    return r


def scan(r, match, count=500):
    """The keys matching `match`, a pattern that begins with a project's prefix (hash tag
    included): on a cluster, all are on the one shard of that tag."""
    shard = shard_of(r, match)
    cursor, found = "0", []
    while True:
        cursor, batch = shard.execute_command("SCAN", cursor, "MATCH", match, "COUNT", count)
        found += [k.decode() if isinstance(k, bytes) else k for k in batch]
        if str(cursor) in ("0", "b'0'"):
            return found


def raw_replies(r):
    """Makes `r` give the replies as Redis sends them (no redis-py reply callbacks):
    on a cluster, for each shard's client, also those it makes later."""
    if not isinstance(r, RedisCluster):
        r.response_callbacks.clear()
        return r
    manager = r.nodes_manager
    make = manager.create_redis_node

    def create_redis_node(*args, **kwargs):
        client = make(*args, **kwargs)
        client.response_callbacks.clear()
        return client
    manager.create_redis_node = create_redis_node
    for node in manager.nodes_cache.values():
        if node.redis_connection is not None:
            node.redis_connection.response_callbacks.clear()
    return r
