"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "default", {
    enumerable: true,
    get: function() {
        return _default;
    }
});
const _express = /*#__PURE__*/ _interop_require_default(require("express"));
const _rooms = require("./rooms");
const _calendar = require("./calendar");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const booker = new _rooms.RoomBooker();
const app = (0, _express.default)();
app.use(_express.default.json());
app.post("/rooms", (req, res)=>{
    var _req_body;
    res.status(201).json(booker.open((_req_body = req.body) === null || _req_body === void 0 ? void 0 : _req_body.room));
});
app.post("/rooms/:room/bookings", (req, res)=>{
    res.status(201).json(booker.book(req.params.room, req.body));
});
app.delete("/rooms/:room/bookings/:id", (req, res)=>{
    res.json(booker.cancel(req.params.room, Number(req.params.id)));
});
app.get("/rooms/:room", (req, res)=>{
    var _req_query_day;
    const cal = booker.calendar(req.params.room);
    res.json({
        label: cal.createdAs,
        version: cal.version,
        slots: cal.slots(),
        free: cal.freeHours(Number((_req_query_day = req.query.day) !== null && _req_query_day !== void 0 ? _req_query_day : 0))
    });
});
app.get("/report", (_req, res)=>{
    res.json({
        rooms: [
            ...booker.calendars.keys()
        ],
        bookings: _calendar.Calendar.bookings,
        conflicts: booker.conflicts
    });
});
app.use((err, _req, res, next)=>{
    if (err instanceof _rooms.BookingError) return res.status(err.status).json({
        error: err.code
    });
    next(err);
});
app.listen(Number(process.env.PORT || 3000));
const _default = app;
