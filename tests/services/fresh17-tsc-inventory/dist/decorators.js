"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registry = exports.callCounts = void 0;
exports.counted = counted;
exports.registered = registered;
exports.callCounts = {};
exports.registry = [];
function counted(target, key, desc) {
    const original = desc.value;
    desc.value = function (...args) {
        var _a;
        const name = `${target.constructor.name}.${key}`;
        exports.callCounts[name] = ((_a = exports.callCounts[name]) !== null && _a !== void 0 ? _a : 0) + 1;
        return original.apply(this, args);
    };
    return desc;
}
function registered(name) {
    return function (ctor) {
        exports.registry.push(name);
        return ctor;
    };
}
