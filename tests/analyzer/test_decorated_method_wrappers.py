"""A legacy method decorator replacing the method (`descriptor.value = function (...args) { ...; trail.push(x);
return original.apply(this, args); }`), applied by tsc's `__decorate([Audited('vote')], PollBox.prototype, "vote",
null)`: a handler's `box.vote(...)` runs the wrapper, not the class's method. The analysis followed the method
only, so the trail the wrapper writes was no state of the handlers calling it (a copy of main's: `/audit` answered
an empty trail, fresh27a-tsc-tslib-polls). With tslib's `tslib_1.__decorate(...)` (tsc's `importHelpers`) the
decorators were moreover callbacks handed to a package, run later in a fluxion of their own."""
from .helpers import kind_of, same_group, write_lines

AUDIT = """
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.trail = void 0;
    exports.Audited = Audited;
    exports.trail = [];
    let sequence = 0;
    function Audited(action) {
        return (_target, _key, descriptor) => {
            const original = descriptor.value;
            descriptor.value = function (...args) {
                const result = original.apply(this, args);
                exports.trail.push(`${++sequence}:${action}:${args[0]}`);
                return result;
            };
        };
    }
"""

INLINE = """
    "use strict";
    var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
    };
    const express = require("express");
    const audit_1 = require("./audit");
    class PollBox {
        vote(id) { return id; }
    }
    __decorate([
        (0, audit_1.Audited)('vote')
    ], PollBox.prototype, "vote", null);
    const box = new PollBox();
    const app = express();
    app.post('/votes/:id', (req, res) => {
        res.json(box.vote(req.params.id));
    });
    app.get('/audit', (_req, res) => {
        res.json(audit_1.trail);
    });
"""

TSLIB = """
    "use strict";
    const tslib_1 = require("tslib");
    const express = require("express");
    const audit_1 = require("./audit");
    class PollBox {
        vote(id) { return id; }
    }
    tslib_1.__decorate([
        (0, audit_1.Audited)('vote')
    ], PollBox.prototype, "vote", null);
    const box = new PollBox();
    const app = express();
    app.post('/votes/:id', (req, res) => {
        res.json(box.vote(req.params.id));
    });
    app.get('/audit', (_req, res) => {
        res.json(audit_1.trail);
    });
"""


def test_a_handler_calling_a_decorated_method_runs_the_decorators_wrapper():
    files = {"app.js": INLINE, "audit.js": AUDIT}
    assert ("post_votes_id", 12) in write_lines(files, "sequence")
    assert same_group(files, "post_votes_id", "get_audit")


def test_so_with_tslibs_decorate():
    files = {"app.js": TSLIB, "audit.js": AUDIT}
    assert ("post_votes_id", 12) in write_lines(files, "sequence")
    assert same_group(files, "post_votes_id", "get_audit")
