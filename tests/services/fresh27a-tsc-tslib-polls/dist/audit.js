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
