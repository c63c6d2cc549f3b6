"""The newest rounds of the fresh corpus (`fresh20-*` and after) answer as Node.js on ONE node too.

On one node every unit with state is on the node that takes a request, so a request's message
runs the units' messages within its own (runtime/run.js, runInline) every time, and drops the
runs that post to their own unit; on two nodes that happens only when the request lands on the
node holding the unit. A cell a dropped run left in the isolate came back into its unit's state
(fresh24a-esm-rate-limits, fresh24c-esm-request-context, fresh20-webhooks): wrong on one node every
time, intermittent on two (tests/executor/test_cells_of_dropped_runs.py).
"""
import re

import pytest

from tests.differential.test_liquefy_matches_node import assert_same_answers
from tests.support.nodejs import services, with_known_gaps
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

# fresh20-mock-server's gap is two isolates' copies of a router a handler adds routes to: one
# isolate has only one copy, and its answers there prove nothing about the gap.
ONE_ISOLATE_HIDES_GAP = {"fresh20-mock-server"}


def newest_rounds():
    return [s for s in services() if re.match(r"fresh2\d[a-z]?-", s.name) and s.name not in ONE_ISOLATE_HIDES_GAP]


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["one1"]) as s:
        yield s


@pytest.mark.parametrize("service_dir", with_known_gaps(newest_rounds()))
def test_same_answers_as_node_on_one_node(stack, redis_url, service_dir):
    assert_same_answers(stack, redis_url, service_dir, "one-")
