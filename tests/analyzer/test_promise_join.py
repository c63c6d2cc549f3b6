"""Promise.all (allSettled, race, any) over an array written in place is a fan-out
and a join: the continuation's stream names the branches, the diagram draws them."""
from analyzer import analyze_source
from analyzer.formats import to_dot

SOURCE = """
const app = require('express')();
const fs = require('fs');
app.get('/both', async (req, res) => {
  const [a, b] = await Promise.all([fs.promises.readFile('a'), fs.promises.readFile('b')]);
  res.send(a + b);
});
app.get('/first', (req, res) => {
  Promise.race([fs.promises.readFile('a'), fs.promises.readFile('b')]).then((x) => res.send(x));
});
"""


def join_streams():
    return [s for s in analyze_source(SOURCE).graph["streams"] if s.get("join")]


def test_await_of_promise_all_is_a_join_of_its_branches():
    join = [s for s in join_streams() if s["join"]["kind"] == "all"][0]
    assert join["join"]["branches"] == ["fs.promises.readFile('a')", "fs.promises.readFile('b')"]
    assert join["from"] == "get_both" and join["to"].startswith("await_")


def test_then_of_promise_race_is_a_join():
    assert [s["join"]["kind"] for s in join_streams()] == ["all", "race"]


def test_the_diagram_draws_a_join_point_with_one_edge_per_branch():
    dot = to_dot(analyze_source(SOURCE).graph).source
    assert dot.count("shape=diamond") == 2
    assert dot.count("-branch-") == 4
