"""swc's CommonJS output: `const _express = /*#__PURE__*/ _interop_require_default(require("express"))` and
`(0, _express.default)()`. The analysis knew tsc's `__importDefault` and Babel's `_interopRequireDefault`, not swc's
`_interop_require_default`: the app was no app, the service had no fluxion at all and ran whole in the stateless
HTTP unit (fresh27a-swc-room-booker, verify mode: "unit __http wrote booker.seq"). The exports swc defines through
getters (`_export(exports, { RoomBooker: function() { return RoomBooker; } })`, newer swc's `get RoomBooker () {...}`,
a lone `Object.defineProperty(exports, "RoomBooker", { get: ... })`) were already followed: kept here as checks."""
from .helpers import stateful

HELPER = """
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
"""

ROOMS = HELPER + """
    _export(exports, {
        RoomBooker: function() {
            return RoomBooker;
        },
        other: function() {
            return other;
        }
    });
    const other = 1;
    class RoomBooker {
        book(room) {
            this.seq++;
            return { id: this.seq, room };
        }
        constructor(){
            this.seq = 0;
        }
    }
"""

NEWER = HELPER + """
    _export(exports, {
        get RoomBooker () {
            return RoomBooker;
        },
        get other () {
            return other;
        }
    });
    const other = 1;
    class RoomBooker {
        book(room) {
            this.seq++;
            return { id: this.seq, room };
        }
        constructor(){
            this.seq = 0;
        }
    }
"""

LONE = """
    "use strict";
    Object.defineProperty(exports, "__esModule", {
        value: true
    });
    Object.defineProperty(exports, "RoomBooker", {
        enumerable: true,
        get: function() {
            return RoomBooker;
        }
    });
    class RoomBooker {
        book(room) {
            this.seq++;
            return { id: this.seq, room };
        }
        constructor(){
            this.seq = 0;
        }
    }
"""

INDEX = """
    "use strict";
    const _express = require("express");
    const _rooms = require("./rooms");
    const booker = new _rooms.RoomBooker();
    const app = _express();
    app.post("/book", (req, res)=>{
        res.json(booker.book("oak"));
    });
    app.listen(3000);
"""


def test_a_class_exported_through_the_export_helper_is_found():
    assert stateful({"index.js": INDEX, "rooms.js": ROOMS}, "post_book")


def test_so_through_getters_in_the_object_handed_to_it():
    assert stateful({"index.js": INDEX, "rooms.js": NEWER}, "post_book")


def test_so_through_a_lone_defined_getter():
    assert stateful({"index.js": INDEX, "rooms.js": LONE}, "post_book")


SWC_INDEX = """
    "use strict";
    const _express = /*#__PURE__*/ _interop_require_default(require("express"));
    const _rooms = require("./rooms");
    function _interop_require_default(obj) {
        return obj && obj.__esModule ? obj : {
            default: obj
        };
    }
    const booker = new _rooms.RoomBooker();
    const app = (0, _express.default)();
    app.use(_express.default.json());
    app.post("/book", (req, res)=>{
        res.json(booker.book("oak"));
    });
    app.listen(3000);
"""


def test_an_app_made_through_swcs_interop_helper_has_its_routes():
    """swc names its helper `_interop_require_default` (Babel `_interopRequireDefault`, tsc `__importDefault`):
    `(0, _express.default)()` was no app, the service had no fluxion at all."""
    assert stateful({"index.js": SWC_INDEX, "rooms.js": ROOMS}, "post_book")
