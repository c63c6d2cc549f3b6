"""An object of the program handed to a package by name (graphql-http's `createHandler({ schema,
rootValue })`, `rootValue` a module's exports of resolvers): the package may call any of its
functions, as graphql calls the root value's resolvers, so those writing module state are
fluxions in the unit of that state (fresh24b-graphql-todos, whose resolvers wrote the store
from a unit analysed as stateless)."""
from analyzer import analyze_files
from executor.deploy import compute_units

APP = """const express = require('express');
const { createHandler } = require('graphql-http/lib/use/express');
const schema = require('./schema');
const rootValue = require('./resolvers');
const app = express();
app.all('/graphql', createHandler({ schema, rootValue, context: (req) => ({ user: req.headers.u }) }));
module.exports = app;
"""

SCHEMA = """const { buildSchema } = require('graphql');
module.exports = buildSchema('type Query { count: Int } type Mutation { bump: Int }');
"""

RESOLVERS = """let count = 0;
const root = {
  count: () => count,
  bump: () => ++count,
};
module.exports = root;
"""


def test_the_functions_of_an_object_handed_to_a_package_by_name_are_its_callbacks():
    units, unit_of = compute_units(analyze_files({"app.js": APP, "schema.js": SCHEMA, "resolvers.js": RESOLVERS}))
    assert "bump" in unit_of and "count" in unit_of
    unit = units[unit_of["bump"]]
    assert ["resolvers.js", "count"] in unit["vars"] and not unit["replicated"]
    assert unit_of["count"] == unit_of["bump"]
