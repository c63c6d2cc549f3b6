"use strict";
// Output of `tsc` (module CommonJS, esModuleInterop) for an Express service written in
// TypeScript: packages and local modules imported through __importDefault, the app made
// by `(0, express_1.default)()`, `??` lowered to a temporary.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const notes_1 = __importDefault(require("./dist/notes"));
const app = (0, express_1.default)();
let requests = 0;
app.use(express_1.default.json());
app.use((_req, _res, next) => {
    requests += 1;
    next();
});
app.post("/notes", (req, res) => {
    var _a;
    const note = notes_1.default.add((_a = req.body.text) !== null && _a !== void 0 ? _a : "");
    res.status(201).json(note);
});
app.get("/notes", (_req, res) => {
    res.json(notes_1.default.all());
});
app.delete("/notes/:id", (req, res) => {
    const removed = notes_1.default.remove(Number(req.params.id));
    removed ? res.json(removed) : res.status(404).json({ error: "no such note" });
});
app.get("/requests", (_req, res) => res.json({ requests }));
exports.default = app;
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
