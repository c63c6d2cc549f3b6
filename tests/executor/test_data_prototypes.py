"""Objects whose prototype is a plain object of the program holding data only (`Object.setPrototypeOf(o, shared)`
with `shared = { hits: [] }`): the prototype was carried only when it had methods, so such objects came back
from a unit's state without it (`o.hits` undefined: a 500), and with one, as a copy apart from the variable
holding it (countRefs never counted a prototype). The analysis now sees `shared` inside `objs` (state.py
`note_prototype_set`)."""
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
const app = express();
const shared = { hits: [] };
const objs = [{}, {}];
objs.forEach((o) => Object.setPrototypeOf(o, shared));
app.get('/c', (req, res) => {
  objs[Number(req.query.i)].hits.push(req.query.i);
  res.json({ n: shared.hits.length, same: Object.getPrototypeOf(objs[1]) === shared });
});
module.exports = app;
"""}


def test_a_data_prototype_travels_as_the_object_its_variable_holds():
    for nodes in (1, 3):
        with LocalService(FILES, nodes=nodes) as svc:
            got = [svc.request("GET", "/c?i=%d" % i).json() for i in (0, 1, 0)]
        assert got == [{"n": 1, "same": True}, {"n": 2, "same": True}, {"n": 3, "same": True}], nodes
