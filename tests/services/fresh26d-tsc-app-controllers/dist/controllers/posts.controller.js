"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const errorMiddleware_1 = require("../middleware/errorMiddleware");
const store_1 = require("../store");
class PostsController {
    constructor() {
        this.path = '/posts';
        this.router = express_1.default.Router();
        this.views = new Map();
        this.getAllPosts = (request, response) => {
            const { author } = request.query;
            const posts = author ? store_1.db.posts.filter((p) => p.author === author) : store_1.db.posts;
            response.send(posts.map((p) => ({ id: p.id, title: p.title, author: p.author })));
        };
        this.getPostById = (request, response, next) => {
            var _a;
            const id = Number(request.params.id);
            const post = store_1.db.posts.find((p) => p.id === id);
            if (!post) {
                return next(new errorMiddleware_1.HttpException(404, `Post ${id} not found`));
            }
            this.views.set(id, ((_a = this.views.get(id)) !== null && _a !== void 0 ? _a : 0) + 1);
            response.send(Object.assign(Object.assign({}, post), { views: this.views.get(id) }));
        };
        this.createPost = (request, response, next) => {
            const { title, content, author } = request.body;
            if (!store_1.db.authors.has(author)) {
                return next(new errorMiddleware_1.HttpException(422, `Unknown author ${author}`));
            }
            const post = { id: store_1.db.nextPostId++, title, content, author };
            store_1.db.posts.push(post);
            store_1.db.authors.get(author).posts += 1;
            response.status(201).send(post);
        };
        this.deletePost = (request, response, next) => {
            const id = Number(request.params.id);
            const index = store_1.db.posts.findIndex((p) => p.id === id);
            if (index === -1) {
                return next(new errorMiddleware_1.HttpException(404, `Post ${id} not found`));
            }
            const [removed] = store_1.db.posts.splice(index, 1);
            store_1.db.authors.get(removed.author).posts -= 1;
            response.sendStatus(204);
        };
        this.initializeRoutes();
    }
    initializeRoutes() {
        this.router.get(this.path, this.getAllPosts);
        this.router.get(`${this.path}/:id`, this.getPostById);
        this.router.post(this.path, this.createPost);
        this.router.delete(`${this.path}/:id`, this.deletePost);
    }
}
exports.default = PostsController;
