// Output of `tsc` (target ES2020, module CommonJS) for a class with a #private field:
// tsc keeps it in a module-level WeakMap read through its __classPrivateFieldGet helper.
"use strict";
var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _NoteService_notes;
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoteService = void 0;
class NoteService {
    constructor() {
        _NoteService_notes.set(this, []);
    }
    add(text) {
        const note = { id: __classPrivateFieldGet(this, _NoteService_notes, "f").length + 1, text };
        __classPrivateFieldGet(this, _NoteService_notes, "f").push(note);
        return note;
    }
    all() {
        return [...__classPrivateFieldGet(this, _NoteService_notes, "f")];
    }
    remove(id) {
        const notes = __classPrivateFieldGet(this, _NoteService_notes, "f");
        const at = notes.findIndex((n) => n.id === id);
        return at === -1 ? null : notes.splice(at, 1)[0];
    }
}
exports.NoteService = NoteService;
_NoteService_notes = new WeakMap();
exports.default = new NoteService();
