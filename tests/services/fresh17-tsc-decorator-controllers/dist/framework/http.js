"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpException = exports.Delete = exports.Patch = exports.Post = exports.Get = void 0;
exports.Controller = Controller;
exports.mount = mount;
const container_1 = require("./container");
const controllers = new Map();
function entry(target) {
    let e = controllers.get(target);
    if (!e) {
        e = { prefix: "", routes: [] };
        controllers.set(target, e);
    }
    return e;
}
function Controller(prefix) {
    return (target) => {
        entry(target).prefix = prefix;
        (0, container_1.Injectable)()(target);
    };
}
const verb = (v) => (path = "", status = 200) => (target, key) => {
    entry(target.constructor).routes.push({ verb: v, path, handler: String(key), status });
};
exports.Get = verb("get");
exports.Post = verb("post");
exports.Patch = verb("patch");
exports.Delete = verb("delete");
class HttpException extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
exports.HttpException = HttpException;
function mount(router) {
    const table = [];
    for (const [ctor, { prefix, routes }] of controllers) {
        const instance = (0, container_1.resolve)(ctor);
        for (const r of routes) {
            const full = `${prefix}${r.path}`;
            table.push(`${r.verb.toUpperCase()} ${full}`);
            router[r.verb](full, async (req, res, next) => {
                try {
                    const out = await instance[r.handler](req);
                    res.status(r.status).json(out);
                }
                catch (err) {
                    next(err);
                }
            });
        }
    }
    return table;
}
