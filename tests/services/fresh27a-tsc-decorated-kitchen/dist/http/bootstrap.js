"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mounted = void 0;
exports.mountControllers = mountControllers;
const express_1 = require("express");
const decorators_1 = require("./decorators");
const errors_1 = require("./errors");
exports.mounted = [];
function mountControllers(app) {
    for (const { prefix, target } of decorators_1.controllers) {
        const instance = new target();
        const router = (0, express_1.Router)();
        for (const def of decorators_1.routeTable.get(target) ?? []) {
            const id = `${target.name}.${def.handler}`;
            const roles = decorators_1.guardTable.get(id) ?? [];
            const params = decorators_1.paramTable.get(id) ?? [];
            router[def.method](def.path || '/', async (req, res, next) => {
                try {
                    const role = req.get('x-role') ?? 'guest';
                    if (roles.length > 0 && !roles.includes(role)) {
                        throw new errors_1.HttpError(403, `${def.handler} needs ${roles.join('|')}`);
                    }
                    const args = params.map((p) => p && req[p.source]?.[p.name]);
                    const result = await instance[def.handler](...args);
                    res.status(def.method === 'post' ? 201 : 200).json(result ?? { ok: true });
                }
                catch (err) {
                    next(err);
                }
            });
            exports.mounted.push(`${def.method.toUpperCase()} ${prefix}${def.path}`);
        }
        app.use(prefix, router);
    }
}
