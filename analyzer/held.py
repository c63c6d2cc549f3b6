"""Instances no variable holds get one: a source transform that keeps lines.

A unit keeps module variables (docs/executor.md, "Units, state and placement"), so an
object of the service's own class made at the top level and held by no variable
(`app.use('/counters', new CounterController().router)`, whose handlers change the
instance's fields) would be main's snapshot in every message. The transform gives each
such `new` a module variable of its own, as if the user had written one:

    app.use('/c', new Counter().router);   ->  app.use('/c', (__new_Counter_12 = new Counter()).router);var __new_Counter_12;

The analysis then sees the instance as that variable's value (its fields are state, the
handlers that change them share its unit) and main's snapshot carries it by name.
Only the top level's own code is looked at (not functions, not class bodies), only a
`new` whose value is read from and dropped (`new C().router`, `new C(app);`) or handed to a call
(`createApp({ controller: new TodoController(service) })`: the function keeps it in its parameters, and
the handlers it registers, `router.get('/', controller.list)`, change it), and only of a class the module declares or takes from a module of the service
(`require('./x')`, `require('./x').C`, `const { C } = require('./x')`): a package's or a
built-in's objects (`new Map()`, `new LRUCache()`) are left as they are.
"""
from .asyncsplit import FUNCTION_TYPES, Writer, children
from .values import is_local_specifier

PREFIX = "__new_"
INTEROP_HELPERS = frozenset(("__importDefault", "__importStar", "_interopRequireDefault", "_interopRequireWildcard",
                             "_interop_require_default", "_interop_require_wildcard"))
CLASS_BODIES = ("ClassBody",)


def hold(text, ast, lines):
    """(new text, Mapping), or (None, None) when no `new` needs a variable."""
    classes = local_classes(ast)
    found = []
    bootstraps = top_level_calls(ast)
    for statement in ast.body:
        for node in unheld_news(statement, classes):
            found.append((statement, node))
        for body in bootstrap_bodies(statement, bootstraps):
            for node in unheld_news(body, classes):
                found.append((statement, node))
            for node in declared_news(body, classes):
                found.append((statement, node))
    seen = {id(node) for _, node in found}
    for statement in ast.body:
        for node in registered_instances(statement, classes):
            if id(node) not in seen:
                seen.add(id(node))
                found.append((statement, node))
    if not found:
        return None, None
    w, pos, names = Writer(text), 0, {}
    inserts = []  # (offset, text), in order
    for statement, node in found:
        name = f"{PREFIX}{class_name(node.callee)}_{lines.pos(node.range[0])['line']}"
        names[name] = names.get(name, 0) + 1
        if names[name] > 1:
            name += f"_{names[name]}"
        inserts.append((node.range[0], f"({name} = "))
        inserts.append((node.range[1], ")"))
        inserts.append((statement.range[1], f";var {name};"))
    for at, piece in sorted(inserts, key=lambda item: item[0]):
        w.copy(pos, at)
        w.insert(piece, at)
        pos = at
    w.copy(pos, len(text))
    return w.result()


def unheld_news(node, classes, dropped=False):
    """The `new C(...)` in the top level's own code whose value is only read from and then
    dropped: `new C().router`, `new C(app);`, or handed to a function of the program as an argument,
    alone or in an object or array literal (`createApp({ controller: new TodoController(service) })`,
    `app.use('/todos', todoRoutes(new TodoController()))`): the function keeps it in its parameters,
    where handlers it registers reach it (`router.get('/', controller.list)`, a class field's arrow),
    not in module state. A value kept in a variable or a property is that holder's; the instances a
    `new` is given (`new Controller(new Service())`) are kept in its fields."""
    if node is None or node.type in FUNCTION_TYPES or node.type in CLASS_BODIES:
        return
    if node.type == "NewExpression" and dropped and is_class(node.callee, classes):
        yield node
    for key, child in children(node):
        read = (node.type == "MemberExpression" and key == "object") or node.type == "ExpressionStatement" \
            or handed(node, key, child, dropped)
        yield from unheld_news(child, classes, read)


def bootstrap_bodies(statement, called):
    """The bodies of a function the top level declares and calls (`function bootstrap() { const service =
    new TodoService(repo); return createApp({ todos: new TodoController(service) }); }`, `const main = async
    () => {...}`, run by `bootstrap()`, `main().catch(...)`): the composition root of the program, run by
    main, whose instances are kept as the top level's are."""
    if statement.type == "FunctionDeclaration" and statement.id is not None and statement.id.name in called:
        yield statement.body
    elif statement.type == "VariableDeclaration":
        for decl in statement.declarations:
            if decl.id.type == "Identifier" and decl.id.name in called and decl.init is not None \
                    and decl.init.type in ("FunctionExpression", "ArrowFunctionExpression") \
                    and decl.init.body.type == "BlockStatement":
                yield decl.init.body


def declared_news(body, classes):
    """`const controller = new TodoController(service)` in a bootstrap's own code: a local variable, gone
    when the function returns, while the handlers it hands over (`router.get('/', controller.list)`) keep
    the instance; it is held by a module variable too."""
    stack = list(body.body)
    while stack:
        node = stack.pop(0)
        if node is None or node.type in FUNCTION_TYPES or node.type in CLASS_BODIES:
            continue
        if node.type == "VariableDeclarator" and is_local_new(node.init, classes):
            yield node.init
        stack.extend(child for _, child in children(node))


REGISTERING = frozenset(("get", "post", "put", "patch", "delete", "all", "use", "options", "head", "on", "once",
                         "addListener", "param"))


def registered_instances(statement, classes):
    """`const controller = new TodoController(service)` or `this.controller = new TodoController(...)` in any
    function of the module (a route factory `(service) => { ... router.get('/', controller.list); return router;
    }`, a class wrapping the app whose `routes()` registers `this.controller.create`), whose members are handed
    to a route or listener registration: the handlers (class field arrows, bound methods) keep the instance past
    the function, in no variable of their own (also through a wrapper: `router.get('/', asyncHandler(controller.list))`).
    It gets a module variable, as the top level's instances do."""
    made = {}  # the text of what holds it ("controller", "this.controller") -> the `new`
    registered = set()
    stack = [statement]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.type == "VariableDeclarator" and node.id.type == "Identifier" and is_local_new(node.init, classes):
            made[node.id.name] = node.init
        elif node.type == "AssignmentExpression" and node.operator == "=" and is_local_new(node.right, classes) \
                and holder_text(node.left) is not None:
            made[holder_text(node.left)] = node.right
        elif node.type == "CallExpression" and node.callee.type == "MemberExpression" \
                and not node.callee.computed and node.callee.property.type == "Identifier" \
                and node.callee.property.name in REGISTERING:
            args = list(node.arguments)
            while args:
                arg = args.pop()
                if arg.type == "MemberExpression" and not arg.computed:
                    registered.add(holder_text(arg.object))
                elif arg.type == "CallExpression" and arg.callee.type == "MemberExpression" \
                        and member_name(arg.callee) == "bind" and arg.callee.object.type == "MemberExpression":
                    registered.add(holder_text(arg.callee.object.object))
                elif arg.type == "CallExpression":  # a wrapper: `asyncHandler(controller.list)`
                    args.extend(arg.arguments)
        stack.extend(child for _, child in children(node))
    for holder, node in made.items():
        if holder in registered:
            yield node


def is_local_new(node, classes):
    return node is not None and node.type == "NewExpression" and is_class(node.callee, classes)


def is_class(callee, classes):
    """`C`, or `x_1.default` / `x_1.C` of a module of the service as tsc and Babel write an import."""
    if callee.type == "MemberExpression" and not callee.computed and callee.property.type == "Identifier":
        callee = callee.object
    return callee.type == "Identifier" and callee.name in classes


def class_name(callee):
    """What a variable made for a `new` of it is named after: `C`; `x_1` for `x_1.default`; `C` for `x_1.C`."""
    if callee.type == "MemberExpression":
        return callee.object.name if callee.property.name == "default" else callee.property.name
    return callee.name


def holder_text(node):
    """`controller` or `this.controller` (what a registration names the instance by), else None."""
    if node.type == "Identifier":
        return node.name
    if node.type == "MemberExpression" and not node.computed and node.object.type == "ThisExpression" \
            and node.property.type == "Identifier":
        return "this." + node.property.name
    return None


def member_name(node):
    return node.property.name if not node.computed and node.property.type == "Identifier" else None


def top_level_calls(ast):
    """Names the top level's own code calls (`bootstrap()`, `const app = await main()`)."""
    names = set()
    stack = list(ast.body)
    while stack:
        node = stack.pop()
        if node is None or node.type in FUNCTION_TYPES or node.type in CLASS_BODIES:
            continue
        if node.type == "CallExpression" and node.callee.type == "Identifier":
            names.add(node.callee.name)
        stack.extend(child for _, child in children(node))
    return names


def handed(node, key, child, dropped):
    """Whether `child` (under `node` by `key`) is a value handed to a call and kept by nothing else."""
    if node.type == "CallExpression" and key == "arguments":
        return not (node.callee.type == "Identifier" and node.callee.name == "require")
    if node.type == "NewExpression" and key == "arguments":
        # `new App([new PostsController(), new AuthorsController()], port)`: a list of instances a constructor
        # goes through and registers (`controllers.forEach((c) => this.app.use('/', c.router))`), as the
        # TypeScript tutorials' App does; one given alone it keeps in a field
        return child.type == "ArrayExpression"
    if node.type == "ObjectExpression" and key == "properties" or node.type == "ArrayExpression" and key == "elements":
        return dropped and child.type != "SpreadElement"
    if node.type == "Property" and key == "value":
        return dropped and not node.computed and node.kind == "init"
    return False


def local_classes(ast):
    """Top-level names bound to a class of the service: declared here, or taken from a
    module of the service."""
    names = set()
    for statement in ast.body:
        if statement.type == "ClassDeclaration" and statement.id is not None:
            names.add(statement.id.name)
        elif statement.type == "VariableDeclaration":
            for decl in statement.declarations:
                if decl.init is not None and (decl.init.type == "ClassExpression" or local_require(decl.init)):
                    names.update(bound_names(decl.id))
    return names


def local_require(node):
    """`require('./x')`, `require('./x').C`, or one wrapped by an interop helper as tsc and Babel write it
    (`__importDefault(require('./x'))`, `_interopRequireDefault(require('./x'))`)."""
    if node.type == "MemberExpression" and not node.computed:
        node = node.object
    callee = node.callee if node.type == "CallExpression" else None
    if callee is not None and len(node.arguments) == 1 and (
            (callee.type == "Identifier" and callee.name in INTEROP_HELPERS)
            or (callee.type == "MemberExpression" and not callee.computed and callee.property.type == "Identifier"
                and callee.property.name in INTEROP_HELPERS)):  # tslib's `tslib_1.__importDefault(require('./x'))`
        node = node.arguments[0]
    return node.type == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "require" \
        and len(node.arguments) == 1 and node.arguments[0].type == "Literal" \
        and isinstance(node.arguments[0].value, str) and is_local_specifier(node.arguments[0].value)


def bound_names(pattern):
    if pattern.type == "Identifier":
        return [pattern.name]
    if pattern.type == "ObjectPattern":
        return [p.value.name for p in pattern.properties
                if p.type == "Property" and p.value.type == "Identifier"]
    return []
