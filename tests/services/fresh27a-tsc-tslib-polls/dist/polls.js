"use strict";
var _PollBox_polls, _PollBox_ballots;
Object.defineProperty(exports, "__esModule", { value: true });
exports.PollBox = exports.PollError = void 0;
const tslib_1 = require("tslib");
const audit_1 = require("./audit");
class PollError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
exports.PollError = PollError;
class PollBox {
    constructor() {
        _PollBox_polls.set(this, new Map());
        _PollBox_ballots.set(this, new Set());
        this.created = 0;
    }
    open(id, options) {
        if (tslib_1.__classPrivateFieldGet(this, _PollBox_polls, "f").has(id))
            throw new PollError(409, `poll ${id} exists`);
        if (!Array.isArray(options) || options.length < 2)
            throw new PollError(400, 'need two options');
        const poll = { id, options: Object.fromEntries(options.map((o) => [o, 0])), closed: false };
        tslib_1.__classPrivateFieldGet(this, _PollBox_polls, "f").set(id, poll);
        this.created++;
        return poll;
    }
    vote(id, voter, option) {
        const poll = this.get(id);
        if (poll.closed)
            throw new PollError(409, `poll ${id} is closed`);
        if (!(option in poll.options))
            throw new PollError(400, `no option ${option}`);
        const ballot = `${id}/${voter}`;
        if (tslib_1.__classPrivateFieldGet(this, _PollBox_ballots, "f").has(ballot))
            throw new PollError(409, `${voter} already voted`);
        tslib_1.__classPrivateFieldGet(this, _PollBox_ballots, "f").add(ballot);
        poll.options[option]++;
        return poll;
    }
    close(id) {
        const poll = this.get(id);
        poll.closed = true;
        const [winner] = Object.entries(poll.options).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        return { ...poll, winner: winner[0] };
    }
    get(id) {
        const poll = tslib_1.__classPrivateFieldGet(this, _PollBox_polls, "f").get(id);
        if (!poll)
            throw new PollError(404, `no poll ${id}`);
        return poll;
    }
    get ballots() {
        return tslib_1.__classPrivateFieldGet(this, _PollBox_ballots, "f").size;
    }
}
exports.PollBox = PollBox;
_PollBox_polls = new WeakMap(), _PollBox_ballots = new WeakMap();
tslib_1.__decorate([
    (0, audit_1.Audited)('open')
], PollBox.prototype, "open", null);
tslib_1.__decorate([
    (0, audit_1.Audited)('vote')
], PollBox.prototype, "vote", null);
tslib_1.__decorate([
    (0, audit_1.Audited)('close')
], PollBox.prototype, "close", null);
