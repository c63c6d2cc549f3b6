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
    Calendar: function() {
        return Calendar;
    },
    overlaps: function() {
        return overlaps;
    }
});
function _check_private_redeclaration(obj, privateCollection) {
    if (privateCollection.has(obj)) {
        throw new TypeError("Cannot initialize the same private elements twice on an object");
    }
}
function _class_apply_descriptor_get(receiver, descriptor) {
    if (descriptor.get) {
        return descriptor.get.call(receiver);
    }
    return descriptor.value;
}
function _class_apply_descriptor_set(receiver, descriptor, value) {
    if (descriptor.set) {
        descriptor.set.call(receiver, value);
    } else {
        if (!descriptor.writable) {
            throw new TypeError("attempted to set read only private field");
        }
        descriptor.value = value;
    }
}
function _class_extract_field_descriptor(receiver, privateMap, action) {
    if (!privateMap.has(receiver)) {
        throw new TypeError("attempted to " + action + " private field on non-instance");
    }
    return privateMap.get(receiver);
}
function _class_private_field_get(receiver, privateMap) {
    var descriptor = _class_extract_field_descriptor(receiver, privateMap, "get");
    return _class_apply_descriptor_get(receiver, descriptor);
}
function _class_private_field_init(obj, privateMap, value) {
    _check_private_redeclaration(obj, privateMap);
    privateMap.set(obj, value);
}
function _class_private_field_set(receiver, privateMap, value) {
    var descriptor = _class_extract_field_descriptor(receiver, privateMap, "set");
    _class_apply_descriptor_set(receiver, descriptor, value);
    return value;
}
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
const overlaps = (a, b)=>a.from < b.to && b.from < a.to;
var _room = /*#__PURE__*/ new WeakMap(), _slots = /*#__PURE__*/ new WeakMap(), _version = /*#__PURE__*/ new WeakMap();
class Calendar {
    get room() {
        return _class_private_field_get(this, _room);
    }
    get version() {
        return _class_private_field_get(this, _version);
    }
    book(slot) {
        const clash = _class_private_field_get(this, _slots).find((s)=>overlaps(s, slot));
        if (clash) return {
            clash
        };
        _class_private_field_get(this, _slots).push(slot);
        _class_private_field_get(this, _slots).sort((a, b)=>a.from - b.from);
        _class_private_field_set(this, _version, _class_private_field_get(this, _version) + 1);
        Calendar.bookings++;
        return {
            slot
        };
    }
    cancel(id) {
        const i = _class_private_field_get(this, _slots).findIndex((s)=>s.id === id);
        if (i < 0) return undefined;
        const [slot] = _class_private_field_get(this, _slots).splice(i, 1);
        _class_private_field_set(this, _version, _class_private_field_get(this, _version) + 1);
        return slot;
    }
    slots() {
        return _class_private_field_get(this, _slots).map((s)=>({
                ...s,
                room: _class_private_field_get(this, _room)
            }));
    }
    freeHours(day) {
        const free = [];
        for(let h = 9; h < 17; h++){
            const probe = {
                from: day * 24 + h,
                to: day * 24 + h + 1
            };
            if (!_class_private_field_get(this, _slots).some((s)=>overlaps(s, probe))) free.push(h);
        }
        return free;
    }
    constructor(room){
        _class_private_field_init(this, _room, {
            writable: true,
            value: void 0
        });
        _class_private_field_init(this, _slots, {
            writable: true,
            value: []
        });
        _class_private_field_init(this, _version, {
            writable: true,
            value: 0
        });
        _define_property(this, "createdAs", void 0);
        _class_private_field_set(this, _room, room);
        this.createdAs = `calendar:${room}`;
    }
}
_define_property(Calendar, "bookings", 0);
