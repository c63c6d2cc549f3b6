"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogicalClock = exports.CLOCK = void 0;
exports.CLOCK = "CLOCK";
class LogicalClock {
    t = 0;
    now() {
        return ++this.t;
    }
}
exports.LogicalClock = LogicalClock;
