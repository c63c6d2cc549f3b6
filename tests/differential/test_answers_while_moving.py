"""The same answers as Node.js while the services' units move between nodes.

Services with promises, async/await and closures carried across streams are
replayed under Liquefy while another thread moves every stateful unit back
and forth between the two nodes; the answers must still be Node.js's.
"""
import pytest
import redis

from executor import api
from tests.support.moving import replay_while_moving
from tests.support.nodejs import SERVICES, comparable, load_requests, needs_redis, run_service, services, with_known_gaps
from tests.support.stack import LiquefyStack, answer_label

pytestmark = [pytest.mark.executor, pytest.mark.slow]

MOVING = ["async-await", "promises", "shared-promises", "callbacks", "shared-state", "items-crud", "timers-chain",
          "modern-syntax", "esm-modules", "esm-interop", "esm-classes", "class-statics", "esm-live-state", "esm-seed",
          "esm-order", "esm-warmup", "esm-redis-boot", "redis-ioredis", "redis-ioredis-esm", "plain-http", "server-handle", "server-shutdown", "class-controllers", "class-layers", "class-bound-methods", "private-callbacks", "ts-compiled", "pkg-express-async-errors", "observer-subscribers",
          "state-helpers", "state-regexp-last-index", "state-tagged-templates", "state-event-target", "state-functions-in-data", "state-containers", "state-class-stores", "express-odd-apis", "node-core-modules", "state-json-modules", "pkg-subpath-imports", "state-globals", "state-request-user", "state-router-param", "pkg-validator-unique", "state-class", "state-map-objects", "state-emitter", "state-emitter-later", "state-closures", "events",
          "state-generators", "state-function-fields", "state-carried-objects",
          "pkg-lodash", "pkg-dotenv", "pkg-esm-only", "pkg-chalk", "pkg-lowdb", "pkg-passport", "pkg-dayjs", "pkg-together", "pkg-middleware", "pkg-cookie-session", "pkg-serve-favicon",
          "pkg-joi", "pkg-ajv", "pkg-jsonwebtoken", "pkg-bluebird", "pkg-debug", "pkg-express-validator",
          "pkg-body-parser", "pkg-multer", "pkg-compression", "pkg-morgan", "pkg-stream", "pkg-zlib",
          "pkg-ejs", "pkg-pug", "pkg-hbs", "pkg-mustache", "pkg-express-session", "pkg-express-session-default",
          "pkg-on-headers", "pkg-connect-redis", "pkg-express-rate-limit",
          "pkg-cors", "pkg-helmet",
          "pkg-nanoid", "pkg-moment", "pkg-bcryptjs", "pkg-marked", "pkg-async", "pkg-cookie-parser",
          "xmod-todo", "xmod-inventory", "xmod-chat", "app-locals", "factory-closures", "prototype-accounts",
          "router-params", "generator-pug-app", "async-start", "async-start-router",
          "syntax-spread-exponent", "syntax-optional-chaining", "syntax-nullish", "syntax-class-fields",
          "syntax-private-members", "syntax-optional-catch", "syntax-numeric-separators", "syntax-for-await",
          "syntax-named-groups", "syntax-logical-assignment",
          "fresh2-layered-orders", "fresh2-etag-catalog", "fresh2-event-bus", "fresh2-debounced-writer",
          "fresh2-lru-factors", "fresh2-cookie-prefs", "fresh2-wallets-weakmap", "fresh2-json-patch",
          "fresh2-middleware-closures", "fresh2-intl-ledger", "fresh2-tickets-mvc", "fresh2-webhooks",
          "fresh3-redux-store", "fresh3-layered-notes", "fresh3-esm-carts", "fresh3-rate-limits",
          "fresh3-pubsub-wildcards", "fresh3-mixin-accounts", "fresh3-seat-grid", "fresh3-lodash-state", "fresh3-lodash-memo",
          "fresh3-config-snapshots", "fresh3-editor-undo", "fresh3-plugin-host", "fresh3-esm-inventory"]

# The corpus written from scratch for issue 9, in today's Node.js style: every
# `fresh-*` service. A known gap is a strict xfail with its reason (tests/support/nodejs.py).
FRESH = [s.name for s in services() if s.name.startswith("fresh-")]
# A fourth round (`fresh4-*`): async and control flow as written today.
FRESH4 = [s.name for s in services() if s.name.startswith("fresh4-")]
# A fifth round (`fresh5-*`): state written through indirection and dynamic dispatch.
FRESH5 = [s.name for s in services() if s.name.startswith("fresh5-")]
# A sixth round (`fresh6-*`): apps structured as real ones, over several files.
FRESH6 = [s.name for s in services() if s.name.startswith("fresh6-")]
# A seventh round (`fresh7-*`): held responses, background workers, app.locals, layouts, modern syntax.
FRESH7 = [s.name for s in services() if s.name.startswith("fresh7-")]
# An eighth round (`fresh8-*`) and its services of one package each: npm packages of a 2025 Express API.
FRESH8 = [s.name for s in services() if s.name.startswith("fresh8-")] + ["pkg-yup", "pkg-csv", "pkg-node-cache",
                                                                           "pkg-lru-cache"]
# A ninth round (`fresh9-*`): small services as people write them today, state written through helpers,
# singletons' methods, emitter listeners and closures, in CommonJS and ES modules.
FRESH9 = [s.name for s in services() if s.name.startswith("fresh9-")]
# A tenth round of services of one package each: loggers, parsers, queues, emitters, view engines.
PKG10 = ["pkg-pino", "pkg-yaml", "pkg-fast-xml-parser", "pkg-p-queue", "pkg-rxjs", "pkg-async-mutex", "pkg-keyv",
         "pkg-express-basic-auth", "pkg-object-hash", "pkg-connect-flash", "pkg-immutable", "pkg-eventemitter2",
         "pkg-express-handlebars", "pkg-method-override", "pkg-prom-client"]
# A tenth round (`fresh10-*`): services as people write them today, several files, CommonJS and ES modules.
FRESH10 = [s.name for s in services() if s.name.startswith("fresh10-")]
# Services written for Express 5 (their package.json asks for ^5.1.0).
EXPRESS5 = [s.name for s in services() if s.name.startswith("express5-")]
# Written by the lead from how people code (`unseen-*`): a redux-like store fed through a subscription,
# constructor functions with prototype methods and a generator of ids, a promise-chain mutex, a lazy
# getter and a module object other modules write, listeners writing totals through forEach callbacks.
UNSEEN = [s.name for s in services() if s.name.startswith("unseen-")]
# An eleventh round (`fresh11-*`), written from how people code: layered classes over caches, a domain
# event bus, router and middleware factories, weak pub/sub bookkeeping, node-redis 4, file persistence.
FRESH11 = [s.name for s in services() if s.name.startswith("fresh11-")]
# Higher-order functions as people write them (`curried-*`): middleware factories with options and closures,
# compose/pipe, decorators (memoize, withRetry, once), factories returning objects of closures made in main
# and in handlers, functions returning functions returning functions, a store with curried middlewares.
CURRIED = [s.name for s in services() if s.name.startswith("curried-")]
# A twelfth round (`fresh12-*`): real projects with a package.json, code in src/ or lib/ (routes, services,
# models, middleware), today's syntax (private fields, static blocks, ??=, node: imports, timers/promises,
# AbortController, structuredClone, util.promisify, events.once), CommonJS and ES modules.
FRESH12 = [s.name for s in services() if s.name.startswith("fresh12-")]
# A thirteenth round (`fresh13-*`): state changed through indirection, as real code does it: detached and
# re-bound store methods, accessors and defineProperty, a journaling Proxy, a DI container, emitter
# listeners in other modules, signals, mixins and commands, hand-written memoize/once/debounce, plugin
# hooks, and module state written from replace/sort/reduce callbacks, async generators and Promise.all.
FRESH13 = [s.name for s in services() if s.name.startswith("fresh13-")]
# A fourteenth round (`fresh14-*`): state reached through indirection: plugin hooks in Maps of Sets run by
# for..of/some/reduce/find, closures returned by factories kept in module objects, class hierarchies with
# super calls, accessors, toJSON and iterators, emitters reached through helpers, Proxies, optional hooks.
FRESH14 = [s.name for s in services() if s.name.startswith("fresh14-")]
# A fifteenth round (`fresh15-*`): services as a Node.js developer lays out a small production Express service,
# with a package.json (`main`, `scripts.start`, caret ranges), entry in src/ (no app.js) or index.js, config from
# process.env, and the npm packages such a service uses (express-validator, zod, joi, ajv, helmet, jsonwebtoken,
# bcryptjs, express-rate-limit, express-session, lru-cache, eventemitter3, immer, p-limit, dayjs, ejs...).
FRESH15 = [s.name for s in services() if s.name.startswith("fresh15-")]
# A sixteenth round (`fresh16-*`): state written the ways 2026 code writes it: generator objects and async
# generators kept in state, logical assignment and destructuring swaps, app settings, mixins and static blocks,
# closures run by bind/call/apply/timers/microtasks/finally, catch/finally and error middleware, Node 20's array
# methods beside mutating ones, and ES module re-exports with top-level await.
FRESH16 = [s.name for s in services() if s.name.startswith("fresh16-")]
# A seventeenth round (`fresh17-*`): services deployed as build output: TypeScript compiled by tsc to CommonJS
# (ES2019, ES2015 with __awaiter over generators, ES5 with __generator, decorators, enums, parameter
# properties), Babel's CommonJS (interop, private-field and class helpers), esbuild and webpack bundles.
FRESH17 = [s.name for s in services() if s.name.startswith("fresh17-")]
# An eighteenth round (`fresh18-*`): module state written indirectly: a named function expression writing its own
# properties, properties hung on the app (`req.app.hits++`, `app.set('cache', new Map())`, `app.locals.stats`),
# getters/setters and `Object.defineProperty` accessors over module variables, Proxy stores, Symbol registries,
# WeakMap privates, static blocks, `thisArg` callbacks and EventEmitter subclasses whose listeners write state.
FRESH18 = [s.name for s in services() if s.name.startswith("fresh18-")]
# A nineteenth round (`fresh19-*`): projects as published in 2025-2026, a package.json (`main`, `scripts.start`,
# `"imports"`, ES modules or CommonJS) over src/ routes, controllers, services, repositories, middleware and config,
# with several npm packages used together (zod, joi, yup, uuid, date-fns, luxon, dayjs, immer, ramda, decimal.js,
# eventemitter3, mitt, lru-cache, node-cache, generic-pool, p-limit, papaparse, nunjucks, winston, semver...).
FRESH19 = [s.name for s in services() if s.name.startswith("fresh19-")]
# A twentieth round (`fresh20-*`): the small services a developer pastes in to try Liquefy (a URL shortener, polls,
# a leaderboard, expiring reservations, feature flags, long-polling chat, webhooks with retries, a job queue, carts
# with coupons, notes with a full-text index), written as in 2025-2026 across several files.
FRESH20 = [s.name for s in services() if s.name.startswith("fresh20-")]
# A twenty-first round (`fresh21-*`): the web-standard globals Node 20 has without a require (Blob, File, Headers,
# Request/Response handlers behind an Express adapter, FormData, URL.canParse, an EventTarget bus, AbortSignal.timeout
# and .any, AsyncLocalStorage with queueMicrotask, crypto.subtle.digest, MessageChannel/BroadcastChannel), their
# module state written by listeners, helpers and promise continuations.
FRESH21 = [s.name for s in services() if s.name.startswith("fresh21-")]
# A twenty-second round (`fresh22a-*`): projects wired as in 2025-2026, module state written through the wiring: a
# hand-written DI container resolving controllers lazily (arrow-field and bound handlers), plugins registered in a
# loop with a context whose own on/emit keep hooks, a lazily memoised `getDb()` promise, a frozen config with a
# runtime-settings store and health flags, middleware factories mounted twice, feature modules made by a factory.
FRESH22A = [s.name for s in services() if s.name.startswith("fresh22a-")]
# A twenty-second round's second half (`fresh22b-*`): module state written indirectly through today's syntax, in code
# spread over helpers, methods and emitters: optional-chaining calls that write (`boards.get(id)?.push(m)`,
# `plugins[name]?.[hook]?.(...)`), logical assignment in helpers, private methods and accessors reached through
# chains of calls, callbacks handed to array methods (a counting sort comparator), generator cursors, tagged templates,
# emitters whose listeners are methods of class instances, Object.assign / Reflect.set / push.apply / splice / fill /
# copyWithin, and typed arrays (Atomics, subarray views kept in a Map, a DataView over an ArrayBuffer, encodeInto).
FRESH22B = [s.name for s in services() if s.name.startswith("fresh22b-")]
# A twenty-third round (`fresh23a-*`): services laid out as 2025-2026 boilerplates and AI assistants lay them out
# (routes -> controllers -> services -> repositories, error classes, asyncHandler, zod/joi/express-validator, JWT and
# bcryptjs), state written through helpers mutating what they are handed, repository callbacks and instances handed
# down by constructors, a Prisma-shaped client, generic base classes, a tenant's repository carried on `req`, and an
# async middleware hanging a member on `req` after its await (directly and through a helper: the request travels with
# the chain, never as a cell of the unit's state), and services importing each other through a barrel that
# re-exports them (`export *`, `export { default as x } from`).
FRESH23A = [s.name for s in services() if s.name.startswith("fresh23a-")]
# A twenty-third round's second half (`fresh23b-*`): state written through events and callbacks as written in
# 2025-2026: an EventEmitter subclass watching its own listeners (`newListener`/`removeListener`, `errorMonitor`,
# `rawListeners`), domain events projected by listeners registered from a table in another module, an EventTarget
# with Event subclasses (`stopImmediatePropagation`, an AbortSignal removing listeners), a zustand-like store's
# `subscribe`, tapable-style hooks tapped by plugins in a loop, nextTick/microtask callbacks, node:http observers.
FRESH23B = [s.name for s in services() if s.name.startswith("fresh23b-")]
# A twenty-fourth round (`fresh24a-*`): services written for Express 5 as `npm install express` gives it in 2026:
# async handlers that just throw (an error middleware counting by class), the new path syntax (`/files/*path`,
# `{/:version}`, `/:name{.:ext}`) with state keyed by the captured params, `req.query` as a getter with the
# extended parser, `req.body` undefined when no parser ran, signed-cookie sessions, `router.param` tenants with
# `mergeParams` routers, an Idempotency-Key store, ETag/If-Match documents, a CQRS log with a long poll, feature
# flags with routes added on `app.router`, sub-apps mounted beside the main app, files served by `res.sendFile`.
FRESH24A = [s.name for s in services() if s.name.startswith("fresh24a-")]
# The twenty-fourth round's third part (`fresh24c-*`): state written by middleware that intercepts and decorates requests and
# responses: a response cache wrapping res.send, per-route metrics in 'finish' listeners with res.write/res.end
# wrapped, helpers on app.response/app.request and Object.assign(res, {...}), AsyncLocalStorage request ids and a
# buffering logger, ETags and conditional requests, a res.locals pipeline and a res.render override, idempotency
# keys replaying stored responses with a quota decremented on finish, envelopes and an audit trail.
FRESH24C = [s.name for s in services() if s.name.startswith("fresh24c-")]
# A twenty-fourth round's second half (`fresh24b-*`): state kept inside popular npm packages no earlier service
# used: GraphQL APIs over graphql-http's Express handler (a root value of resolvers; code-first types whose field
# thunks return resolvers), a payment proxy behind an opossum circuit breaker (open, half-open after its reset timer,
# close), an awilix container (singletons, request scopes, CLASSIC injection, repositories loaded by a glob), a login
# throttle on rate-limiter-flexible's RateLimiterMemory, report exports through a bottleneck reservoir and Group,
# cache-manager 7 over two Keyv tiers, quick-lru 7 sessions (private fields), an Elo leaderboard over mnemonist.
FRESH24B = [s.name for s in services() if s.name.startswith("fresh24b-")]
# A twenty-fifth round (`fresh25a-*`): services whose state lives in Redis as well as in the process, written as
# in 2026 with node-redis 4 and ioredis: a sliding-window limiter on sorted sets in a MULTI with refusals counted in
# process, a cache-aside catalog behind lru-cache, a leaderboard with a "last seen" Map, a reliable LMOVE job queue
# with retries, ES module sessions in hashes after a top-level await connect, a stream event log with an in-memory
# projection, scan iterators under `for await`, an Idempotency-Key middleware wrapping res.json after an await,
# buffered counters flushed by pipelines, versioned feature flags, single-flight loads sharing in-flight promises;
# a wallet with WATCH/MULTI and a pub/sub notifier are known gaps (WATCH and pub/sub are refused). A connect-redis
# session written after an await was never saved until such handlers were kept whole (seventeenth session), as in
# fresh25d-session-after-await: logins and carts written after awaits, express-session's default MemoryStore.
FRESH25A = [s.name for s in services() if s.name.startswith(("fresh25a-", "fresh25d-"))]
# A twenty-fifth round's second part (`fresh25b-*`): mid-sized back ends as a team writes them in 2026 (300 to 700
# lines over config, repositories, services, middleware, routes and an app/server split, `createApp({ repos, clock })`):
# an issue tracker (zod, jsonwebtoken on an injected clock, helmet, cors, a bus feeding notifications and an audit),
# a library's loans, holds and fines (a TTL cache on a manual clock, morgan into memory), an ES module shop (yup,
# bcryptjs sessions, lapsing stock reservations, idempotent checkout, compression), room bookings over an async
# table driver (express-promise-router, async-mutex, an async bus promoting waitlists), multi-tenant notes (If-Match
# versions, signed links, a wildcard bus), payouts with an outbox relayed by a setInterval worker (timers/promises
# retries, events.once, Readable.from, pino, prom-client), workspaces with AsyncLocalStorage, DataLoader and a unit
# of work, a warehouse started by an async bootstrap whose router factory destructures the services it is handed, and
# an admin API whose CRUD routes a loop over a resource registry registers.
FRESH25B = [s.name for s in services() if s.name.startswith("fresh25b-")]
# A twenty-fifth round's third part (`fresh25c-*`): state written in ways a state analysis easily misses, in small
# services as people write them: helpers writing the store they are handed, methods of instances kept in Maps and
# arrays, array callbacks, `Object.assign`/`Reflect.set`, destructuring assignment to module variables (and to
# exported `let`s), logical assignment, in-place array methods, a Proxy store with logging traps, getters/setters
# over private fields, WeakMap privates, static blocks, factory closures, `bind` partials, generators advanced by
# requests, emitter listeners, nextTick/microtask/setImmediate writes after the response, a JSON.parse reviver,
# an Array.from mapper, a replace callback, `arguments`, methods borrowed with call/apply, a memoize decorator.
FRESH25C = [s.name for s in services() if s.name.startswith("fresh25c-")]
# A twenty-sixth round (`fresh26a-*`): small complete apps for Express 5.1 as put on GitHub in 2025-2026, half ES
# modules: JWT todos (bcryptjs, jsonwebtoken on a moved clock), a blog with slugs and a tag index, a kanban board of
# spliced arrays, polls on an emitter subclass and live SSE tallies, an expense splitter, bookmarks with an inverted
# index, a quiz with timer-closed rounds, lapsing stock holds, an issue tracker with an activity feed, sorted
# leaderboards, a repository subclass calling `super` from callbacks, signed webhooks read with stream/consumers,
# controllers of class field arrows handed to an app factory as `new` instances no variable holds, and ones an async
# main() or a route factory builds in its locals. With them the lead's fresh26d-di-controllers: notes and tags behind
# a DI container, class-field asyncHandler controllers, a constructor's binding loop, read-only admin routes.
FRESH26A = [s.name for s in services() if s.name.startswith(("fresh26a-", "fresh26d-"))]
# A twenty-sixth round's second part (`fresh26b-*`): state written where a static analysis easily misses it: arrays
# on a prototype shared by every instance, mixins copied with Object.assign, methods run detached or borrowed
# (call/apply/bind, Reflect.apply, thisArg), registries of callbacks other modules register, `process.on` + `process.emit`
# (listeners registered in main and by requests), EventTarget listener objects with handleEvent, Transform/Writable
# subclasses counting in `_transform`/`_write`, accessors defined in a loop, lazy getters, Symbol.for keys on
# globalThis and globals made by defineProperty, AsyncLocalStorage stores changed by handlers, tagged templates
# cached per call site in a WeakMap, shared generator cursors, util.promisify(.custom) callbacks, mostly stateless
# services with a few handlers that write while looking like reads.
FRESH26B = [s.name for s in services() if s.name.startswith("fresh26b-")]
# A twenty-sixth round's third part (`fresh26c-*`): projects as uploaded, with their package.json and today's syntax:
# `src/` trees, "main"/"exports"/"imports" maps (`#lib/*`, `#config`, a package importing its own name), ES modules
# with `.cjs` files and `createRequire`, JSON imported `with { type: 'json' }` and re-exported from barrels, config
# read by a top-level await, routes imported from lists with `await import()`, modules importing each other,
# dotenv defaults, frozen configs, class fields, private methods, static blocks, `toSorted`/`with`/`findLast`,
# async iterators and `for await` workers.
FRESH26C = [s.name for s in services() if s.name.startswith("fresh26c-")]
# A twenty-seventh round (`fresh27a-*`): services as build tools deploy them, written by hand as the tools emit them
# (helpers verbatim, package.json `main` at dist/): an esbuild CommonJS bundle (`__commonJS`, `__toESM`, `__export`,
# `__name`), webpack 5 with node externals, tsc ES2022 decorators building a routing table, Babel for node 10
# (private fields and methods on WeakMaps/WeakSets), rollup's flat module, a tsup `.mjs` with a createRequire banner,
# swc es2019, ncc (`__nccwpck_require__`), bun build, Parcel 2 (`parcelRequire` on globalThis) and tsc with tslib.
FRESH27A = [s.name for s in services() if s.name.startswith("fresh27a-")]
# A twenty-seventh round's second part (`fresh27b-*`): state reached indirectly, as real codebases hide it: generic
# memoize/once/batcher helpers and lodash's whose closures hold Map caches and counters, plugin factories mounted with
# app.use(plugin(options)) and a registerPlugins loop, before/after save hooks, mixins copied onto a base class whose
# save() subclasses reach through super.save(), a Mongoose-shaped ODM, listener modules loaded by loops of computed
# require()s and import()s (once, prependListener, removeListener), a hand-written Redux store and an RxJS one,
# Proxy observables writing a change log through Reflect.set, signals whose setters re-run effects, repository
# methods destructured, bound and borrowed from a Symbol-keyed registry, event-sourced aggregates applying events by
# computed method names, and class methods a helper replaces on the prototype.
FRESH27B = [s.name for s in services() if s.name.startswith("fresh27b-")]
# A twenty-seventh round's third part (`fresh27c-*`): today's syntax and Node's standard library in services with
# state: a CSV import streamed through Transforms (stream/promises pipeline) into a table with running stats, a gzip'd
# NDJSON export (Readable.from -> Transform -> createGzip) with gzip'd backups kept as Buffers, token buckets with
# static blocks, static private fields, `#x in obj` brand checks and `new.target` under a top-level await, ETags from
# createHash with If-None-Match/If-Match and structuredClone revisions, an event-sourced ledger replayed by generators
# with nextTick/microtask/setImmediate ordering and events.once, a shortener counting in a Buffer (base64url ids,
# URL/URLSearchParams rewriting, TextEncoder), background jobs under AbortSignal.any/timeout over events.on, a URL
# rewriting gateway over module-level URL/URLSearchParams constants, resumable uploads keeping a streaming TextDecoder
# and a running createHash, a metrics registry (new.target, lazy static `??=`, setImmediate batches), an asyncHandler
# wrapping only handlers whose constructor is AsyncFunction.
FRESH27C = [s.name for s in services() if s.name.startswith("fresh27c-")]
# A twenty-seventh round's Redis part (`fresh27e-*`): services keeping state in Redis through node-redis 4 or ioredis
# 6 as well as in module Maps and counters: orders in MULTI/EXEC with JSON strings under EXPIRE and SET NX PX locks,
# a ledger whose MULTI XADDs to a stream feeding an in-process projection, two cache layers (lru-cache, then JSON
# strings with SET EX) purged through scanIterator, express-session over connect-redis 7 with `regenerate` after
# awaits, tenant settings walked by ioredis `scanStream` in `for await`, a lazyConnect ioredis job queue, an ES module
# scoreboard with a `duplicate()` reader (execAsPipeline, sendCommand), a repository class with a write-behind buffer,
# a client connected lazily by the first request, and four known gaps (Lua scripts: a scriptLoad/evalSha
# sliding-window limiter; rate-limiter-flexible's RateLimiterRedis on ioredis; stream consumer groups; defineCommand
# with WATCH/MULTI seat bookings).
FRESH27E = [s.name for s in services() if s.name.startswith("fresh27e-")]
# The lead's fresh27d-startup-retry: an async main() retrying a database connection with `await sleep()` (promisified
# callbacks, exponential backoff) before it adds its routes and listens.
FRESH27D = [s.name for s in services() if s.name.startswith("fresh27d-")]
# A twenty-seventh round's sixth part (`fresh27f-*`): what services read of Express's and JavaScript's internals:
# a route listing walking Express 4's `app._router.stack` (layer names, `layer.regexp`, mounted routers'
# `layer.handle.stack`), a DI container resolving factories by the parameter names `fn.toString()` shows (and awilix
# in CLASSIC mode), class controllers wrapped by whether their methods are `AsyncFunction`s, a plugin loader telling
# plugins apart by `typeof`, `constructor.name`, `instanceof GeneratorFunction` and `Object.prototype.toString`, and
# middleware naming itself in headers by `fn.name` (arrows assigned to consts, factories, bound methods), logging
# with util.styleText.
FRESH27F = [s.name for s in services() if s.name.startswith("fresh27f-")]


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["mv1", "mv2"]) as s:
        yield s


@pytest.mark.parametrize("name", with_known_gaps(MOVING + FRESH + FRESH4 + FRESH5 + FRESH6 + FRESH7 + FRESH8 + FRESH9
                                                   + PKG10 + FRESH10 + EXPRESS5 + UNSEEN + FRESH11 + CURRIED + FRESH12
                                                   + FRESH13 + FRESH14 + FRESH15 + FRESH16 + FRESH17 + FRESH18 + FRESH19 + FRESH20
                                                   + FRESH21 + FRESH22A + FRESH22B + FRESH23A + FRESH23B + FRESH24A + FRESH24B + FRESH24C
                                                   + FRESH25A + FRESH25B + FRESH25C + FRESH26A + FRESH26B + FRESH26C + FRESH27A + FRESH27B + FRESH27C + FRESH27D + FRESH27E + FRESH27F,
                                                   moving=True))
def test_same_answers_while_units_move(stack, redis_url, name):
    service = SERVICES / name
    redis.Redis.from_url(redis_url).flushdb()
    node = run_service(service, redis_url if needs_redis(service) else None)
    with stack.deployed("moving-" + name, service, reset=True) as slug:
        liquid, moves = replay_while_moving(stack, slug, service, ["mv1", "mv2"])
        wrote = [e["message"] for e in stack.verify_errors(slug)]
        assert not wrote, f"verify mode: units analysed as stateless changed module state: {wrote}"
        for request, expected, got in zip(load_requests(service), node, liquid):
            assert comparable(got) == comparable(expected), answer_label(slug, request, got)
        if any(info["stateful"] and not info["pinned"] for info in api.placement(slug).values()):
            assert moves, "nothing moved during the replay"
