"use strict";
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.Dvd = exports.Book = exports.Media = void 0;
var Media = /** @class */ (function () {
    function Media(id, title) {
        this.id = id;
        this.title = title;
        this.loans = 0;
        this.holder = null;
        Media.created++;
    }
    Media.prototype.lend = function (member) {
        this.holder = member;
        this.loans++;
    };
    Media.prototype.giveBack = function () {
        this.holder = null;
    };
    Object.defineProperty(Media.prototype, "timesLent", {
        get: function () {
            return this.loans;
        },
        enumerable: false,
        configurable: true
    });
    Media.prototype.toJSON = function () {
        return { id: this.id, title: this.title, kind: this.kind(), holder: this.holder, loans: this.loans, days: this.loanDays };
    };
    Media.created = 0;
    return Media;
}());
exports.Media = Media;
var Book = /** @class */ (function (_super) {
    __extends(Book, _super);
    function Book(id, title, pages) {
        var _this = _super.call(this, id, title) || this;
        _this.pages = pages;
        return _this;
    }
    Object.defineProperty(Book.prototype, "loanDays", {
        get: function () {
            return this.pages > 300 ? 21 : 14;
        },
        enumerable: false,
        configurable: true
    });
    Book.prototype.kind = function () {
        return "book";
    };
    return Book;
}(Media));
exports.Book = Book;
var Dvd = /** @class */ (function (_super) {
    __extends(Dvd, _super);
    function Dvd() {
        return _super !== null && _super.apply(this, arguments) || this;
    }
    Object.defineProperty(Dvd.prototype, "loanDays", {
        get: function () {
            return 7;
        },
        enumerable: false,
        configurable: true
    });
    Dvd.prototype.kind = function () {
        return "dvd";
    };
    return Dvd;
}(Media));
exports.Dvd = Dvd;
