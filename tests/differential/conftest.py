import pytest

from tests.support.nodejs import redis_server


@pytest.fixture(scope="session")
def redis_url():
    """One private Redis server for the whole differential session."""
    with redis_server() as url:
        yield url
