"""Closures whose environments hold each other (a store's `dispatch` and the thunk middleware that
was handed `api.dispatch`, which calls `dispatch` back) travel and come back as the same functions,
on a LocalService (each message in another isolate)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END})


def test_a_thunk_middleware_dispatches_through_the_store_whose_dispatch_it_is():
    """`api.dispatch = (a) => dispatch(a)` closes over `dispatch`, the chain `thunk(api)(base)` made,
    whose innermost arrow closes over `api.dispatch`: decoded, the second found the first still
    undefined ("dispatch is not a function", curried-store-thunks)."""
    with service("""
function createStore(reducer) {
  let state = reducer(undefined, { type: '@init' });
  const api = { getState: () => state, dispatch: (action) => dispatch(action) };
  const thunk = ({ dispatch, getState }) => (next) => (action) =>
    typeof action === 'function' ? action(dispatch, getState) : next(action);
  const base = (action) => { state = reducer(state, action); return action; };
  const dispatch = thunk(api)(base);
  return { ...api, dispatch };
}
const store = createStore((n = 0, a) => (a.type === 'add' ? n + a.by : n));
const addTwice = (by) => (dispatch, getState) => { dispatch({ type: 'add', by }); dispatch({ type: 'add', by }); return getState(); };
app.post('/add/:by', (req, res) => res.json({ now: store.dispatch(addTwice(Number(req.params.by))) }));
app.get('/n', (req, res) => res.json(store.getState()));""") as svc:
        assert svc.request("POST", "/add/2").json() == {"now": 4}
        assert svc.request("POST", "/add/5").json() == {"now": 14}
        assert svc.request("GET", "/n").json() == 14


def test_two_closures_calling_each_other():
    with service("""
function pair() {
  let calls = 0;
  const ping = (n) => (n <= 0 ? `ping ${calls}` : (calls++, pong(n - 1)));
  const pong = (n) => (n <= 0 ? `pong ${calls}` : (calls++, ping(n - 1)));
  return { ping, pong };
}
const game = pair();
app.get('/ping/:n', (req, res) => res.json(game.ping(Number(req.params.n))));
app.get('/pong/:n', (req, res) => res.json(game.pong(Number(req.params.n))));""") as svc:
        assert svc.request("GET", "/ping/3").json() == "pong 3"
        assert svc.request("GET", "/pong/2").json() == "pong 5"
        assert svc.request("GET", "/ping/0").json() == "ping 5"
