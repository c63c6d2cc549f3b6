"""Route handlers reached through injected objects (fresh6-layered-users): controllers made
in app.js and handed to routes factories, by constructor, by a destructured parameter or
as the object literal a factory returns. Each handler is a fluxion of its own, stateful
when it writes state; left unresolved, it would run inside the router's replicated unit."""

from .helpers import assert_fluxions, fluxion, graph, routes, same_group, stateful, writes

LAYERED = {
    "app.js": """
        const express = require('express');
        const routes = require('./routes');
        const UserController = require('./user-controller');
        const makeTeams = require('./team-controller');
        const app = express();
        app.use('/api', routes({ users: new UserController(), teams: makeTeams() }));
        module.exports = app;
    """,
    "routes.js": """
        const { Router } = require('express');
        module.exports = ({ users, teams }) => {
          const router = Router();
          router.get('/users', users.index);
          router.post('/users', users.create);
          router.post('/teams', teams.create);
          return router;
        };
    """,
    "db.js": """
        module.exports = { users: [], teams: [] };
    """,
    "user-controller.js": """
        const db = require('./db');
        class UserController {
          index(req, res) { res.json(db.users); }
          create(req, res) { db.users.push(req.body); res.sendStatus(201); }
        }
        module.exports = UserController;
    """,
    "team-controller.js": """
        const db = require('./db');
        module.exports = function makeTeams() {
          return {
            create: (req, res) => { db.teams.push(req.body); res.sendStatus(201); },
          };
        };
    """,
}


def test_handlers_of_a_destructured_parameter_are_fluxions():
    assert ("GET", "/users", 3) in routes(LAYERED) and ("POST", "/users", 4) in routes(LAYERED)


def test_the_object_literal_a_factory_returns_gives_its_handler():
    assert fluxion(LAYERED, "create_2")["file"] == "team-controller.js"
    assert ("POST", "/teams", 4) in routes(LAYERED)


def test_injected_handlers_that_write_are_stateful_with_their_readers():
    assert stateful(LAYERED, "create") and stateful(LAYERED, "create_2")
    assert same_group(LAYERED, "index", "create")


BY_NAME = """
    const express = require('express');
    const items = [];
    function mount(app, ctrl) {
      app.get('/items', ctrl.list);
      app.post('/items', ctrl.add);
    }
    const controllers = [{
      list: (req, res) => res.json(items),
      add(req, res) { items.push(1); res.json(items.length); },
    }];
    const app = express();
    mount(app, controllers[0]);
    module.exports = app;
"""


def test_a_handler_the_analysis_cannot_resolve_is_every_function_so_named():
    assert_fluxions(BY_NAME, ["main", ("start", 8, "list"), ("start", 9, "add")])
    assert stateful(BY_NAME, "add") and same_group(BY_NAME, "list", "add")


def test_a_handler_of_an_outside_module_is_not_resolved_by_name():
    src = """
        const express = require('express');
        function json(req, res) { res.json({}); }
        function mount(app) { app.use(express.json); }
        const app = express();
        mount(app);
        module.exports = app;
    """
    assert_fluxions(src, ["main"])


CLASS_ROUTER = """
    const express = require('express');
    class WalletRoutes {
      router = express.Router();
      wallets = new Map();
      constructor() {
        this.open = this.open.bind(this);
        this.router.post('/:owner', this.open);
        this.router.get('/:owner', this.show);
      }
      open(req, res) { this.wallets.set(req.params.owner, 0); res.sendStatus(201); }
      show = (req, res) => res.json(this.wallets.get(req.params.owner) ?? null);
    }
    const app = express();
    app.use('/wallets', new WalletRoutes().router);
    module.exports = app;
"""


def test_a_router_a_class_field_holds_registers_its_handlers():
    assert routes(CLASS_ROUTER) == {("POST", "/:owner", 10), ("GET", "/:owner", 11)}


HELD_INSTANCE = CLASS_ROUTER.replace("app.use('/wallets', new WalletRoutes().router);",
                                     "const walletRoutes = new WalletRoutes();\n    app.use('/wallets', walletRoutes.router);")


def test_handlers_a_constructor_hands_over_as_this_members_write_the_instances_holder():
    assert any(w["fluxion"] == "open" for w in writes(HELD_INSTANCE, "walletRoutes"))
    assert same_group(HELD_INSTANCE, "open", "show")


def test_an_instance_no_variable_holds_gets_one_whose_unit_its_handlers_share():
    """`app.use('/wallets', new WalletRoutes().router)` (fresh6-anonymous-controller): the
    instance is given a module variable of its own (analyzer/held.py), the state a unit
    keeps; lines and columns stay the user's."""
    assert any(w["fluxion"] == "open" for w in writes(CLASS_ROUTER, "__new_WalletRoutes_14"))
    assert same_group(CLASS_ROUTER, "open", "show")
    assert fluxion(CLASS_ROUTER, "show")["loc"]["start"] == {"line": 11, "column": 9}


def test_only_a_dropped_new_of_a_class_of_the_service_gets_a_variable():
    src = CLASS_ROUTER.replace("module.exports = app;", "const m = new WalletRoutes(); new Map().set(1, 2);\n"
                               "    app.locals.w = new WalletRoutes();\n    module.exports = app;")
    assert [v["name"] for v in graph(src)["variables"] if v["name"].startswith("__new_")] == ["__new_WalletRoutes_14"]


CONSTRUCTOR_ARROW = CLASS_ROUTER.replace(
    "this.router.get('/:owner', this.show);",
    "this.router.get('/:owner', this.show);\n        this.router.get('/', (req, res) => res.json([...this.wallets.keys()]));")


def test_an_arrow_a_constructor_hands_over_reads_the_instance_being_made():
    assert same_group(CONSTRUCTOR_ARROW, "open", "show", 9)


def test_a_getter_of_a_factory_made_object_is_no_function_value():
    src = """
        const express = require('express');
        function createBroker() {
          let delivered = 0;
          return { publish() { delivered++; }, get stats() { return { delivered }; } };
        }
        const broker = createBroker();
        const app = express();
        app.post('/publish', (req, res) => { broker.publish(); res.sendStatus(204); });
        app.get('/stats', (req, res) => res.json(broker.stats));
        module.exports = app;
    """
    assert_fluxions(src, ["main", ("start", 8), ("start", 9)])


INJECTED_CONTROLLER = """
    const express = require('express');
    class TodoService {
      #items = [];
      add(title) { this.#items.push(title); return this.#items.length; }
      get count() { return this.#items.length; }
    }
    class TodoController {
      #service;
      constructor(service) { this.#service = service; }
      create = (req, res) => res.status(201).json({ n: this.#service.add(req.body.title) });
      count = (req, res) => res.json({ n: this.#service.count });
    }
    function createApp({ controller }) {
      const app = express();
      app.post('/todos', controller.create);
      app.get('/todos', controller.count);
      return app;
    }
    module.exports = createApp({ controller: new TodoController(new TodoService()) });
"""


def test_an_instance_handed_to_a_factory_gets_a_variable_whose_unit_its_handlers_share():
    """fresh26a-esm-todo-di (controllers with class field arrows, `createApp({ controller: new
    TodoController(new TodoService(repo)) })`): the instance, held by no variable, was main's snapshot in
    every message (every todo got id 1). A `new` handed to a call as an argument, alone or in an object
    or array literal, gets a module variable (analyzer/held.py), and `(x = new C())` is what `x` holds
    (state.py roots)."""
    names = [v["name"] for v in graph(INJECTED_CONTROLLER)["variables"] if v["name"].startswith("__new_")]
    assert names == ["__new_TodoController_19"]
    assert same_group(INJECTED_CONTROLLER, 10, 11)
    assert any(w["fluxion"] for w in writes(INJECTED_CONTROLLER, "__new_TodoController_19"))


BOOTSTRAPPED = """
    const express = require('express');
    class TodoService {
      #items = [];
      add(title) { this.#items.push(title); return this.#items.length; }
    }
    class TodoController {
      constructor(service) { this.service = service; }
      create = (req, res) => res.status(201).json({ n: this.service.add(req.body.title) });
    }
    function bootstrap() {
      const service = new TodoService();
      const controller = new TodoController(service);
      const app = express();
      app.post('/todos', controller.create);
      return app;
    }
    module.exports = bootstrap();
"""


def test_instances_a_called_bootstrap_function_makes_get_variables():
    """A composition root in a function the top level calls (`function bootstrap() { const controller = new
    TodoController(service); app.post('/todos', controller.create); ... }`): its locals are gone once it
    returns, the handlers it registered keep the instance; each `new` of a program class declared there, or
    handed to a call, gets a module variable (analyzer/held.py bootstrap_bodies)."""
    names = sorted(v["name"] for v in graph(BOOTSTRAPPED)["variables"] if v["name"].startswith("__new_"))
    assert names == ["__new_TodoController_12", "__new_TodoService_11"]
    assert any(w["fluxion"] for w in writes(BOOTSTRAPPED, "__new_TodoController_12"))


ROUTE_FACTORY = {
    "lib.js": """
        class TodoController {
          hits = 0;
          constructor(service) { this.service = service; }
          list = (req, res) => { this.hits++; res.json({ hits: this.hits }); };
        }
        module.exports = { TodoController };
    """,
    "routes.js": """
        const { Router } = require('express');
        const { TodoController } = require('./lib');
        module.exports = (service) => {
          const router = Router();
          const controller = new TodoController(service);
          router.get('/', controller.list);
          return router;
        };
    """,
    "app.js": """
        const express = require('express');
        const todoRoutes = require('./routes');
        const app = express();
        app.use('/todos', todoRoutes({}));
        module.exports = app;
    """,
}


def test_an_instance_a_route_factory_registers_members_of_gets_a_variable():
    """`module.exports = (service) => { const controller = new TodoController(service); router.get('/',
    controller.list); return router; }` (a route factory of another module): the handler, a class field
    arrow, kept the instance, a local of the factory: its `hits` was main's in each message. An instance
    whose members a function hands to a route or listener registration gets a module variable (held.py
    registered_instances)."""
    names = [v["name"] for v in graph(ROUTE_FACTORY)["variables"] if v["name"].startswith("__new_")]
    assert names == ["__new_TodoController_5"]
    assert any(w["fluxion"] for w in writes(ROUTE_FACTORY, "__new_TodoController_5"))


def test_an_instance_whose_members_are_registered_through_a_wrapper_gets_a_variable():
    """`router.get('/', asyncHandler(controller.list))`: the member handed to a wrapper of the registration."""
    src = dict(ROUTE_FACTORY)
    src["routes.js"] = src["routes.js"].replace(
        "router.get('/', controller.list);",
        "router.route('/').get(wrap(controller.list));").replace(
        "module.exports = (service) => {",
        "const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);\n"
        "        module.exports = (service) => {")
    names = [v["name"] for v in graph(src)["variables"] if v["name"].startswith("__new_")]
    assert names == ["__new_TodoController_6"]
    assert any(w["fluxion"] for w in writes(src, "__new_TodoController_6"))


TSC_APP = {
    "package.json": '{"main": "server.js"}',
    "server.js": """
        "use strict";
        var __importDefault = (this && this.__importDefault) || function (mod) {
            return (mod && mod.__esModule) ? mod : { "default": mod };
        };
        Object.defineProperty(exports, "__esModule", { value: true });
        const app_1 = __importDefault(require("./app"));
        const counter_controller_1 = __importDefault(require("./counter.controller"));
        const app = new app_1.default([new counter_controller_1.default()], 5000);
        app.listen();
    """,
    "app.js": """
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        const express = require("express");
        class App {
            constructor(controllers, port) {
                this.app = express();
                this.port = port;
                controllers.forEach((controller) => this.app.use('/', controller.router));
            }
            listen() { return this.app.listen(this.port); }
        }
        exports.default = App;
    """,
    "counter.controller.js": """
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        const express = require("express");
        class CounterController {
            constructor() {
                this.router = express.Router();
                this.count = 0;
                this.bump = (request, response) => { this.count++; response.send({ count: this.count }); };
                this.read = (request, response) => response.send({ count: this.count });
                this.router.post('/count', this.bump);
                this.router.get('/count', this.read);
            }
        }
        exports.default = CounterController;
    """,
}


def test_controllers_tsc_output_hands_to_an_app_get_variables_their_handlers_share():
    """tsc's output of the TypeScript tutorials' app (`new app_1.default([new posts_controller_1.default()], port)`,
    the classes imported through `__importDefault(require(...))`, the handlers arrows a constructor assigns): the
    controllers, in an array given to the App's constructor, were held by no variable, and the handlers changed
    main's snapshot in each message (fresh26d-tsc-app-controllers, while its units moved). Each gets a variable
    (held.py), named after its module's binding."""
    names = [v["name"] for v in graph(TSC_APP)["variables"] if v["name"].startswith("__new_")]
    assert names == ["__new_counter_controller_1_8"]
    assert same_group(TSC_APP, "bump", "read")
