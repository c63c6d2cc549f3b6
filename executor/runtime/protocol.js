// The protocol as the runtime speaks it; executor/protocol.py is the Python side, and
// tests/executor/test_protocol.py checks that the two name the same kinds.
"use strict";

// The kinds of message a run is given (the message's "k").
exports.MESSAGE = Object.freeze({http: "http", call: "call", main: "main"});

// The effects a run asks for (an effect's "op"): executor/effects.py carries them out
// after the run, executor/effect_checks.py checks them first.
exports.EFFECT = Object.freeze({
  respond: "respond", post: "post", clearTimer: "clearTimer", fsWrite: "fsWrite", redis: "redis", log: "log",
  main: "main", joinCreate: "joinCreate", joinPut: "joinPut", error: "error",
  promiseCreate: "promiseCreate", promiseKeep: "promiseKeep", promiseThen: "promiseThen", promiseSettle: "promiseSettle",
});
