"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.db = void 0;
// an in-memory "database" shared by the controllers
exports.db = {
    authors: new Map(),
    posts: [],
    nextPostId: 1,
};
