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


TYPES = """const { GraphQLObjectType, GraphQLSchema, GraphQLInt } = require('graphql');
const store = require('./store');
const Query = new GraphQLObjectType({
  name: 'Query',
  fields: () => ({ count: { type: GraphQLInt, resolve: () => store.count() } }),
});
const Mutation = new GraphQLObjectType({
  name: 'Mutation',
  fields: () => ({ bump: { type: GraphQLInt, resolve: () => store.bump() } }),
});
const schema = new GraphQLSchema({ query: Query, mutation: Mutation });
module.exports = { schema };
"""

STORE = """let n = 0;
exports.count = () => n;
exports.bump = () => ++n;
"""

CODE_FIRST = """const express = require('express');
const { createHandler } = require('graphql-http/lib/use/express');
const { schema } = require('./types');
const app = express();
app.use('/graphql', createHandler({ schema }));
module.exports = app;
"""


def test_resolvers_returned_by_a_fields_thunk_and_the_schema_they_make_are_one_unit():
    """fresh24b-esm-graphql-inventory: graphql's code-first types (`new GraphQLObjectType({ fields:
    () => ({ bump: { resolve } }) })`) call the resolvers of the object a thunk returns; they were
    no fluxions, and the handler made from the imported `schema` ran them in a replicated unit,
    each node writing its own store. The resolvers are callbacks of the package call, and the
    types and the schema made with them (through the import) are state of their unit, where the
    runtime then runs the handler (core.js, noteHeld)."""
    analysis = analyze_files({"app.js": CODE_FIRST, "types.js": TYPES, "store.js": STORE})
    units, unit_of = compute_units(analysis)
    writers = [f for f in analysis.graph["fluxions"] if f["file"] == "types.js" and f["id"].startswith("resolve")]
    assert len(writers) == 2
    unit = unit_of[writers[0]["id"]]
    assert unit_of[writers[1]["id"]] == unit
    assert {"store.js:n", "types.js:schema", "types.js:Query", "types.js:Mutation"} <= \
        {f"{m}:{n}" for m, n in units[unit]["vars"]}
