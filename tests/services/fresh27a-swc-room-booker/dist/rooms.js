"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: all[name]
    });
}
_export(exports, {
    BookingError: function() {
        return BookingError;
    },
    RoomBooker: function() {
        return RoomBooker;
    }
});
const _calendar = require("./calendar");
function _define_property(obj, key, value) {
    if (key in obj) {
        Object.defineProperty(obj, key, {
            value: value,
            enumerable: true,
            configurable: true,
            writable: true
        });
    } else {
        obj[key] = value;
    }
    return obj;
}
class BookingError extends Error {
    constructor(status, code){
        super(code), _define_property(this, "status", void 0), _define_property(this, "code", void 0), this.status = status, this.code = code;
    }
}
class RoomBooker {
    open(room) {
        if (this.calendars.has(room)) throw new BookingError(409, "room_exists");
        this.calendars.set(room, new _calendar.Calendar(room));
        return {
            room,
            rooms: this.calendars.size
        };
    }
    book(room, input) {
        var _input_hours;
        const cal = this.calendar(room);
        const from = input.day * 24 + input.hour;
        const slot = {
            id: ++this.seq,
            who: input.who,
            from,
            to: from + ((_input_hours = input.hours) !== null && _input_hours !== void 0 ? _input_hours : 1)
        };
        const result = cal.book(slot);
        if (result.clash) {
            this.conflicts.push(`${input.who}->${result.clash.who}@${room}`);
            throw new BookingError(409, "clash");
        }
        return {
            ...slot,
            room,
            version: cal.version
        };
    }
    cancel(room, id) {
        const slot = this.calendar(room).cancel(id);
        if (!slot) throw new BookingError(404, "no_such_booking");
        return slot;
    }
    calendar(room) {
        const cal = this.calendars.get(room);
        if (!cal) throw new BookingError(404, "no_such_room");
        return cal;
    }
    constructor(){
        _define_property(this, "calendars", new Map());
        _define_property(this, "seq", 0);
        _define_property(this, "conflicts", []);
    }
}
