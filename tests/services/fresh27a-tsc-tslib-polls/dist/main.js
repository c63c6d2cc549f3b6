"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.app = void 0;
const tslib_1 = require("tslib");
const express_1 = tslib_1.__importDefault(require("express"));
const polls_1 = require("./polls");
const audit_1 = require("./audit");
const box = new polls_1.PollBox();
exports.app = (0, express_1.default)();
exports.app.use(express_1.default.json());
exports.app.post('/polls', (req, res) => {
    res.status(201).json(box.open(req.body.id, req.body.options));
});
exports.app.post('/polls/:id/votes', (req, res) => {
    res.json(box.vote(req.params.id, req.body.voter, req.body.option));
});
exports.app.post('/polls/:id/close', (req, res) => {
    res.json(box.close(req.params.id));
});
exports.app.get('/polls/:id', (req, res) => {
    res.json(box.get(req.params.id));
});
exports.app.get('/audit', (_req, res) => {
    res.json({ trail: audit_1.trail, created: box.created, ballots: box.ballots });
});
exports.app.use((err, _req, res, next) => {
    if (err instanceof polls_1.PollError)
        return res.status(err.status).json({ error: err.message });
    next(err);
});
exports.app.listen(Number(process.env.PORT ?? 3000));
