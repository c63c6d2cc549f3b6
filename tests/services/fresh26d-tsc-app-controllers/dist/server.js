"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const app_1 = __importDefault(require("./app"));
const posts_controller_1 = __importDefault(require("./controllers/posts.controller"));
const authors_controller_1 = __importDefault(require("./controllers/authors.controller"));
const stats_controller_1 = __importDefault(require("./controllers/stats.controller"));
const app = new app_1.default([
    new posts_controller_1.default(),
    new authors_controller_1.default(),
    new stats_controller_1.default(),
], Number(process.env.PORT) || 5000);
app.listen();
//# sourceMappingURL=server.js.map
