"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const errorMiddleware_1 = require("../middleware/errorMiddleware");
const store_1 = require("../store");
class AuthorsController {
    constructor() {
        this.path = '/authors';
        this.router = express_1.default.Router();
        this.registered = 0;
        this.register = (request, response, next) => {
            const { handle, name } = request.body;
            if (!handle || store_1.db.authors.has(handle)) {
                return next(new errorMiddleware_1.HttpException(409, `Handle ${handle} is taken`));
            }
            this.registered++;
            store_1.db.authors.set(handle, { handle, name, posts: 0, joined: this.registered });
            response.status(201).send(store_1.db.authors.get(handle));
        };
        this.list = (request, response) => {
            response.send([...store_1.db.authors.values()].sort((a, b) => b.posts - a.posts || a.joined - b.joined));
        };
        this.initializeRoutes();
    }
    initializeRoutes() {
        this.router.post(this.path, this.register);
        this.router.get(this.path, this.list);
    }
}
exports.default = AuthorsController;
