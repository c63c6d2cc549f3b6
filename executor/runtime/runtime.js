// The runtime's entry module, the one the bundle loads (executor/runtime/__init__.py):
// each file requires the files it uses, so these requires load them all, each after
// what it needs. The host seals the runtime once all are loaded (core.js, "sealing").
require("./protocol");
require("./core");
require("./verify");
require("./promise");
require("./timers");
require("./async_hooks");
require("./abort");
require("./web");
require("./http_support");
require("./express");
require("./serve_static");
require("./express_reqres");
require("./fs");
require("./redis4_commands");
require("./redis");
require("./ioredis");
require("./http");
