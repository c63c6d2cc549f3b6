"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestLog = void 0;
exports.loggerMiddleware = loggerMiddleware;
exports.requestLog = { total: 0, byMethod: {} };
function loggerMiddleware(request, response, next) {
    var _a;
    exports.requestLog.total += 1;
    exports.requestLog.byMethod[request.method] = ((_a = exports.requestLog.byMethod[request.method]) !== null && _a !== void 0 ? _a : 0) + 1;
    next();
}
