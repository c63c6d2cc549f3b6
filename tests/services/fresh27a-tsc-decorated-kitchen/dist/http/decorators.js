"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Delete = exports.Post = exports.Get = exports.callCounts = exports.guardTable = exports.paramTable = exports.routeTable = exports.controllers = void 0;
exports.Controller = Controller;
exports.Guard = Guard;
exports.Body = Body;
exports.Param = Param;
exports.Counted = Counted;
exports.controllers = [];
exports.routeTable = new Map();
exports.paramTable = new Map();
exports.guardTable = new Map();
exports.callCounts = {};
function Controller(prefix) {
    return (target) => {
        exports.controllers.push({ prefix, target });
    };
}
function route(method, path) {
    return (target, key) => {
        const list = exports.routeTable.get(target.constructor) ?? [];
        list.push({ method, path, handler: String(key) });
        exports.routeTable.set(target.constructor, list);
    };
}
const Get = (path = '') => route('get', path);
exports.Get = Get;
const Post = (path = '') => route('post', path);
exports.Post = Post;
const Delete = (path = '') => route('delete', path);
exports.Delete = Delete;
function Guard(role) {
    return (target, key) => {
        const id = `${target.constructor.name}.${String(key)}`;
        exports.guardTable.set(id, [...(exports.guardTable.get(id) ?? []), role]);
    };
}
function param(source) {
    return (name) => (target, key, index) => {
        const id = `${target.constructor.name}.${String(key)}`;
        const list = exports.paramTable.get(id) ?? [];
        list[index] = { source, name };
        exports.paramTable.set(id, list);
    };
}
function Body(name) {
    return param('body')(name);
}
function Param(name) {
    return param('params')(name);
}
function Counted() {
    return (target, key, descriptor) => {
        const original = descriptor.value;
        const name = `${target.constructor.name}.${String(key)}`;
        exports.callCounts[name] = 0;
        descriptor.value = function (...args) {
            exports.callCounts[name]++;
            return original.apply(this, args);
        };
        return descriptor;
    };
}
