"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const loggerMiddleware_1 = require("../middleware/loggerMiddleware");
const store_1 = require("../store");
class StatsController {
    constructor() {
        this.path = '/stats';
        this.router = express_1.default.Router();
        this.getStats = (request, response) => {
            response.send({
                requests: loggerMiddleware_1.requestLog,
                authors: store_1.db.authors.size,
                posts: store_1.db.posts.length,
            });
        };
        this.router.get(this.path, this.getStats);
    }
}
exports.default = StatsController;
